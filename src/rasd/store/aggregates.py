"""Counts over merged events for the timeline, the charts and the map's bins.

Weeks are folded from per-day counts in Python (at most a few thousand days), so the SQL stays the
same on SQLite and PostgreSQL, which name their week functions differently.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, Integer, cast, func, select

from rasd.store.tables import merged_events

#: How many actors the statistics list, the most frequent first.
TOP_ACTORS = 20


@dataclass(frozen=True, slots=True)
class Count:
    """Events and their reported fatalities under one key (a week's Monday, a country, a type…)."""

    key: str
    events: int
    fatalities: int


@dataclass(frozen=True, slots=True)
class Stats:
    total: Count
    weeks: tuple[Count, ...]
    countries: tuple[Count, ...]
    admin1: tuple[Count, ...]
    event_types: tuple[Count, ...]
    actors: tuple[Count, ...]


@dataclass(frozen=True, slots=True)
class Bin:
    """The events of one grid cell, placed at their mean position."""

    latitude: float
    longitude: float
    events: int
    fatalities: int


def _grouped(connection: Connection, conditions: list, *columns) -> list[tuple]:
    """(key columns…, events, fatalities) for each group of the filtered events."""
    table = merged_events.c
    query = (
        select(*columns, func.count(), func.coalesce(func.sum(table.fatalities), 0))
        .where(*conditions)
        .group_by(*columns)
    )
    return [tuple(row) for row in connection.execute(query)]


def _counts(rows: Iterable[tuple], top: int | None = None) -> tuple[Count, ...]:
    totals: Counter[str] = Counter()
    fatalities: Counter[str] = Counter()
    for key, events, killed in rows:
        if key is None:
            continue
        totals[str(key)] += events
        fatalities[str(key)] += int(killed)
    return tuple(Count(key, events, fatalities[key]) for key, events in totals.most_common(top))


def _monday(day: dt.date) -> str:
    return (day - dt.timedelta(days=day.weekday())).isoformat()


def stats(connection: Connection, conditions: list) -> Stats:
    """Four scans: by day, by (country, province, type) — a few hundred groups, folded here into
    the three tallies — and by each actor column."""
    table = merged_events.c
    days = _grouped(connection, conditions, table.date)
    weeks = sorted(
        _counts((_monday(day), n, k) for day, n, k in days if day is not None), key=lambda c: c.key
    )
    total = Count("all", sum(n for _, n, _ in days), sum(int(k) for _, _, k in days))
    places = _grouped(connection, conditions, table.country, table.admin1, table.event_type)
    actors = _grouped(connection, conditions, table.actor1) + _grouped(connection, conditions, table.actor2)
    return Stats(
        total=total,
        weeks=tuple(weeks),
        countries=_counts((country, n, k) for country, _, _, n, k in places),
        admin1=_counts((f"{country}/{admin1}", n, k) for country, admin1, _, n, k in places if admin1),
        event_types=_counts((event_type, n, k) for _, _, event_type, n, k in places),
        actors=_counts(actors, TOP_ACTORS),
    )


def _cell(column, size: float, dialect: str):
    """The grid row or column of a coordinate: floor(value / size). SQLite's CAST truncates toward
    zero, so the value is shifted to be positive first; PostgreSQL's CAST rounds, so it gets floor."""
    if dialect == "sqlite":
        return cast(column / size + 1000, Integer) - 1000
    return cast(func.floor(column / size), Integer)


def bins(connection: Connection, conditions: list, cell_degrees: float) -> list[Bin]:
    """The located events counted per square cell of ``cell_degrees``."""
    table = merged_events.c
    dialect = connection.dialect.name
    row, column = _cell(table.latitude, cell_degrees, dialect), _cell(table.longitude, cell_degrees, dialect)
    query = (
        select(
            func.avg(table.latitude),
            func.avg(table.longitude),
            func.count(),
            func.coalesce(func.sum(table.fatalities), 0),
        )
        .where(*conditions, table.latitude.is_not(None), table.longitude.is_not(None))
        .group_by(row, column)
    )
    return [
        Bin(round(float(lat), 5), round(float(lon), 5), n, int(killed))
        for lat, lon, n, killed in connection.execute(query)
    ]


def at_most(connection: Connection, conditions: list, limit: int) -> int:
    """How many events match, counting no further than ``limit`` (cheap on a million rows)."""
    inner = select(merged_events.c.id).where(*conditions).limit(limit).subquery()
    return connection.execute(select(func.count()).select_from(inner)).scalar_one()
