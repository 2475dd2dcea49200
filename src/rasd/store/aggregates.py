"""Counts over merged events for the timeline, the charts and the map's bins.

Reads at a million events must not scan a million rows, so the counts are kept in aggregate tables
(``tables.AGGREGATES``): events and fatalities per week, place, type, actor and review status, and
per grid cell at the zoom levels ``CELL_ZOOMS``. Every write of merged events (a save, a merge, a
fold, a bulk load, a review) takes the counts of the rows it touches away before it writes and adds
them back after (``Delta``), in the same transaction, so the tables always equal a recount
(``rebuild``). A count is read from the first table that has a column for each of the request's
conditions and groups (``Slice``); a condition no table covers (an actor's name, a bounding box on
/stats, a minimum of reports or confidence, dates that are not whole weeks) is answered from
``merged_events`` itself, as before the tables existed.

Weeks are folded from per-day counts in Python on that path (at most a few thousand days), so the
SQL stays the same on SQLite and PostgreSQL, which name their week functions differently.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, Integer, Table, bindparam, cast, func, select
from sqlalchemy.dialects import postgresql, sqlite

from rasd.store.tables import AGGREGATES, agg_cells, merged_events, reviews
from rasd.types import REVIEW_STATUS

#: How many actors the statistics list, the most frequent first.
TOP_ACTORS = 20
#: The map's zoom levels whose grid cells are kept counted; finer views count from the events.
CELL_ZOOMS = range(0, 10)
#: Merged events read per query when counting them.
_PAGE = 5000
#: The columns of a merged event that its counts depend on, and its latest review's action: one
#: statement, built once, for every write (the ids travel as an expanding parameter).
_LATEST_ACTION = (
    select(reviews.c.action)
    .where(reviews.c.merged_id == merged_events.c.id)
    .order_by(reviews.c.id.desc())
    .limit(1)
    .correlate(merged_events)
    .scalar_subquery()
)
_COUNTED = (
    *(
        merged_events.c[name]
        for name in (
            "id",
            "date",
            "country",
            "admin1",
            "event_type",
            "sub_event_type",
            "actor1",
            "actor2",
            "latitude",
            "longitude",
            "fatalities",
        )
    ),
    _LATEST_ACTION.label("action"),
)
_COUNTED_ROWS = select(*_COUNTED).where(merged_events.c.id.in_(bindparam("ids", expanding=True)))


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


@dataclass(frozen=True, slots=True)
class Slice:
    """The conditions of an event filter that the aggregate tables can answer: each is a column of
    them. ``weeks`` is the first and last Monday of whole weeks; ``review`` as ``EventFilter``'s."""

    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None  # an event type or a sub-event type
    sub_event_type: str | None = None
    weeks: tuple[str | None, str | None] | None = None
    review: str | None = None

    def columns(self) -> set[str]:
        """The aggregate columns these conditions need."""
        needed = {"review"}
        if self.country:
            needed.add("country")
        if self.admin1:
            needed.add("admin1")
        if self.event_type:
            needed |= {"event_type", "sub_event_type"}
        if self.sub_event_type:
            needed.add("sub_event_type")
        if self.weeks:
            needed.add("week")
        return needed

    def conditions(self, table: Table) -> list:
        c = table.c
        found = []
        if self.country:
            found.append(c.country == self.country.upper())
        if self.admin1:
            found.append(func.lower(c.admin1) == self.admin1.lower())
        if self.event_type:
            found.append((c.event_type == self.event_type) | (c.sub_event_type == self.event_type))
        if self.sub_event_type:
            found.append(c.sub_event_type == self.sub_event_type)
        if self.weeks:
            first, last = self.weeks
            found.append(c.week != "")
            found += [c.week >= first] if first else []
            found += [c.week <= last] if last else []
        return found + _review_conditions(table, self.review)


def whole_weeks(since: dt.date | None, until: dt.date | None) -> tuple[str | None, str | None] | None:
    """The Mondays of the first and last week of a date range made of whole weeks (from a Monday,
    to a Sunday, as the timeline's brush gives), or None when an end cuts a week."""
    if since is not None and since.weekday() != 0 or until is not None and until.weekday() != 6:
        return None
    return (since.isoformat() if since else None, monday(until) if until else None)


def _review_conditions(table: Table, review: str | None) -> list:
    """``reviews.condition`` on an aggregate's ``review`` column."""
    column = table.c.review
    if review is None:
        return [column != "rejected"]
    if review == "all":
        return []
    if review == "reviewed":
        return [column != ""]
    if review == "unreviewed":
        return [column == ""]
    return [column == review]


def monday(day: dt.date) -> str:
    return (day - dt.timedelta(days=day.weekday())).isoformat()


def cell_degrees(zoom: int) -> float:
    """The side of a grid cell at a zoom level: an eighth of a map tile."""
    return 360 / 2 ** (zoom + 3)


def _grid(latitude: float, longitude: float, zoom: int) -> tuple[int, int]:
    size = cell_degrees(zoom)
    return math.floor(latitude / size), math.floor(longitude / size)


#: Each kept zoom level and its cell size, worked out once: every event is counted at each.
_CELL_SIZES = tuple((zoom, cell_degrees(zoom)) for zoom in CELL_ZOOMS)


# --- keeping the tables up to date -------------------------------------------------------------------

#: A key of an aggregate table (its columns' values in order) → events, fatalities, latitude and
#: longitude sums.
Sums = dict[tuple, list[float]]


def _keys(row, status: str) -> Iterator[tuple[Table, tuple, bool]]:
    """Each aggregate key the merged event counts under, and whether the key sums its position."""
    values = {
        "week": monday(row.date) if row.date is not None else "",
        "country": row.country or "",
        "admin1": row.admin1 or "",
        "event_type": row.event_type,
        "sub_event_type": row.sub_event_type or "",
        "review": status,
    }
    for table, names in _KEYED:
        yield table, tuple(values[name] for name in names), False
    for actor in (row.actor1, row.actor2):  # each side counts, as the events' own tally does
        if actor:
            for table, names in _BY_ACTOR:
                yield table, tuple(actor if name == "actor" else values[name] for name in names), False
    if row.latitude is not None and row.longitude is not None:
        latitude, longitude, rest = row.latitude, row.longitude, tuple(values[n] for n in _CELL_REST)
        for zoom, size in _CELL_SIZES:  # floor, inlined: a rebuild counts a million events ten times
            yield agg_cells, (zoom, math.floor(latitude / size), math.floor(longitude / size), *rest), True


def _key_names(table: Table) -> tuple[str, ...]:
    return tuple(column.name for column in table.primary_key.columns)


#: The tables keyed by an event's own values, those keyed by an actor too, and the cells' key after
#: its zoom, row and column.
_KEYED = tuple((t, _key_names(t)) for t in AGGREGATES if {"actor", "zoom"}.isdisjoint(_key_names(t)))
_BY_ACTOR = tuple((t, _key_names(t)) for t in AGGREGATES if "actor" in _key_names(t))
_CELL_REST = _key_names(agg_cells)[3:]


@dataclass
class Delta:
    """What a write changes in the aggregate tables: the counts of the merged events it touches,
    taken away before it writes (``subtract``) and added back after (``add``); ``apply`` writes the
    difference. Rows that do not exist (not yet, or no longer) count nothing."""

    sums: dict[Table, Sums] = field(default_factory=lambda: defaultdict(dict))

    def subtract(self, connection: Connection, merged_ids: Iterable[int]) -> None:
        self._count(_rows(connection, merged_ids), -1)

    def add(self, connection: Connection, merged_ids: Iterable[int]) -> None:
        self._count(_rows(connection, merged_ids), 1)

    def _count(self, rows: Iterable[tuple], sign: int) -> None:
        for row, status in rows:
            killed = sign * (row.fatalities or 0)
            for table, key, located in _keys(row, status):
                sums = self.sums[table].setdefault(key, [0, 0, 0.0, 0.0])
                sums[0] += sign
                sums[1] += killed
                if located:
                    sums[2] += sign * row.latitude
                    sums[3] += sign * row.longitude

    def apply(self, connection: Connection) -> None:
        """Write the difference, at the end of the transaction so that the rows it locks (on
        PostgreSQL) stay locked briefly; in one order of tables and keys for every writer, so that
        two writers touching the same keys queue instead of deadlocking."""
        for table in AGGREGATES:
            if table in self.sums:
                _upsert(connection, table, dict(sorted(self.sums[table].items())))
        self.sums.clear()


def _rows(connection: Connection, merged_ids: Iterable[int]) -> Iterator[tuple]:
    """(row of the counted columns, review status or '') of each of these merged events."""
    wanted = sorted(set(merged_ids))
    for start in range(0, len(wanted), _PAGE):
        for row in connection.execute(_COUNTED_ROWS, {"ids": wanted[start : start + _PAGE]}):
            yield row, REVIEW_STATUS.get(row.action, "")


def _key_rows(table: Table, sums: Sums) -> list[dict]:
    """The table's rows for the sums that change something."""
    keys = [column.name for column in table.primary_key.columns]
    measures = [c.name for c in table.columns if c.name not in keys]
    return [
        dict(zip(keys, key, strict=True)) | dict(zip(measures, v[: len(measures)], strict=True))
        for key, v in sums.items()
        if any(v)
    ]


def _upsert(connection: Connection, table: Table, sums: Sums) -> None:
    """Add the sums to their rows (creating missing ones), then drop the rows left counting nothing."""
    rows = _key_rows(table, sums)
    if not rows:
        return
    keys = [column.name for column in table.primary_key.columns]
    measures = [c.name for c in table.columns if c.name not in keys]
    insert = (postgresql if connection.dialect.name == "postgresql" else sqlite).insert(table)
    statement = insert.on_conflict_do_update(
        index_elements=keys, set_={m: table.c[m] + insert.excluded[m] for m in measures}
    )
    connection.execute(statement, rows)
    emptied = [{f"k_{k}": v for k, v in zip(keys, key, strict=True)} for key, v in sums.items() if v[0] < 0]
    if emptied:
        same = [table.c[k] == bindparam(f"k_{k}") for k in keys]
        connection.execute(table.delete().where(*same, table.c.events <= 0), emptied)


def rebuild(connection: Connection) -> None:
    """Count every merged event afresh into emptied aggregate tables (a migration's backfill, a
    bulk fill that wrote ``merged_events`` directly)."""
    for table in AGGREGATES:
        connection.execute(table.delete())
    delta = Delta()
    result = connection.execute(select(*_COUNTED), execution_options={"yield_per": _PAGE})
    for page in result.partitions():
        delta._count(((row, REVIEW_STATUS.get(row.action, "")) for row in page), 1)
    for table, sums in delta.sums.items():  # the tables are empty: plain inserts
        rows = _key_rows(table, sums)
        for start in range(0, len(rows), _PAGE):
            connection.execute(table.insert(), rows[start : start + _PAGE])


# --- reading the counts ----------------------------------------------------------------------------


def _covering(columns: set[str]) -> Table | None:
    """The smallest aggregate table with all these columns; None when none has them."""
    return next((t for t in AGGREGATES if columns <= set(t.primary_key.columns.keys())), None)


def _summed(connection: Connection, table: Table, where: Slice, *names: str) -> list[tuple]:
    """(key columns…, events, fatalities) per group of an aggregate table; '' keys read as None."""
    columns = [table.c[name] for name in names]
    query = (
        select(*columns, func.sum(table.c.events), func.sum(table.c.fatalities))
        .where(*where.conditions(table))
        .group_by(*columns)
        .order_by(*columns)
    )
    return [
        (*(None if v == "" else v for v in row[:-2]), int(row[-2]), int(row[-1]))
        for row in connection.execute(query)
    ]


def _grouped(connection: Connection, conditions: list, *columns) -> list[tuple]:
    """(key columns…, events, fatalities) for each group of the filtered merged events."""
    table = merged_events.c
    query = (
        select(*columns, func.count(), func.coalesce(func.sum(table.fatalities), 0))
        .where(*conditions)
        .group_by(*columns)
        .order_by(*columns)
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
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:top]  # ties by name
    return tuple(Count(key, events, fatalities[key]) for key, events in ranked)


def _weeks(connection: Connection, conditions: list, where: Slice | None) -> list[tuple]:
    """(Monday, events, fatalities) of each week with events; by day and folded on the slow path."""
    table = _covering(where.columns() | {"week"}) if where is not None else None
    if table is not None:
        return _summed(connection, table, where, "week")
    days = _grouped(connection, conditions, merged_events.c.date)
    return [(monday(day), n, k) for day, n, k in days if day is not None]


def _places(connection: Connection, conditions: list, where: Slice | None) -> list[tuple]:
    """(country, province, event type, events, fatalities) of each such group."""
    names = ("country", "admin1", "event_type")
    table = _covering(where.columns() | set(names)) if where is not None else None
    if table is not None:
        return _summed(connection, table, where, *names)
    return _grouped(connection, conditions, *(merged_events.c[name] for name in names))


def _actors(connection: Connection, conditions: list, where: Slice | None) -> list[tuple]:
    """(actor, events, fatalities) on either side."""
    table = _covering(where.columns() | {"actor"}) if where is not None else None
    if table is not None:
        return _summed(connection, table, where, "actor")
    table = merged_events.c
    return _grouped(connection, conditions, table.actor1) + _grouped(connection, conditions, table.actor2)


def stats(connection: Connection, conditions: list, where: Slice | None) -> Stats:
    """Events and fatalities by week, by (country, province, type) — a few hundred groups, folded
    here into the three tallies — and by actor: each from an aggregate table that covers ``where``
    (None: the filter has conditions that none covers), else from the events that ``conditions``
    select."""
    places = _places(connection, conditions, where)
    return Stats(
        total=Count("all", sum(n for *_, n, _ in places), sum(int(k) for *_, k in places)),
        weeks=tuple(sorted(_counts(_weeks(connection, conditions, where)), key=lambda c: c.key)),
        countries=_counts((country, n, k) for country, _, _, n, k in places),
        admin1=_counts((f"{country}/{admin1}", n, k) for country, admin1, _, n, k in places if admin1),
        event_types=_counts((event_type, n, k) for _, _, event_type, n, k in places),
        actors=_counts(_actors(connection, conditions, where), TOP_ACTORS),
    )


def _cells_cover(where: Slice | None, zoom: int) -> bool:
    return where is not None and zoom in CELL_ZOOMS and _covering(where.columns() | {"zoom"}) is agg_cells


def _cell_range(bbox: tuple[float, float, float, float] | None, zoom: int) -> list:
    """The cells of ``agg_cells`` that a view touches (all of them without a view)."""
    if bbox is None:
        return []
    west, south, east, north = bbox
    (low_row, low_col), (high_row, high_col) = _grid(south, west, zoom), _grid(north, east, zoom)
    c = agg_cells.c
    return [c.row.between(low_row, high_row), c.col.between(low_col, high_col)]


def _cell(column, size: float, dialect: str):
    """The grid row or column of a coordinate: floor(value / size). SQLite's CAST truncates toward
    zero, so the value is shifted to be positive first; PostgreSQL's CAST rounds, so it gets floor."""
    if dialect == "sqlite":
        return cast(column / size + 1000, Integer) - 1000
    return cast(func.floor(column / size), Integer)


def bins(
    connection: Connection,
    conditions: list,
    zoom: int,
    where: Slice | None,
    bbox: tuple[float, float, float, float] | None,
) -> list[Bin]:
    """The located events counted per square cell of ``cell_degrees(zoom)``: from ``agg_cells`` when
    it covers ``where`` (a cell that the view ``bbox`` touches counts whole), else from the events
    that ``conditions`` (the view included) select."""
    if _cells_cover(where, zoom):
        c = agg_cells.c
        sums = [
            func.sum(c.latitude_sum),
            func.sum(c.longitude_sum),
            func.sum(c.events),
            func.sum(c.fatalities),
        ]
        query = (
            select(*sums)
            .where(c.zoom == zoom, *where.conditions(agg_cells), *_cell_range(bbox, zoom))
            .group_by(c.row, c.col)
        )
        rows = [(lat / n, lon / n, n, killed) for lat, lon, n, killed in connection.execute(query)]
    else:
        rows = _located_cells(connection, conditions, cell_degrees(zoom))
    return [
        Bin(round(float(lat), 5), round(float(lon), 5), int(n), int(killed)) for lat, lon, n, killed in rows
    ]


def _located_cells(connection: Connection, conditions: list, size: float) -> list[tuple]:
    table = merged_events.c
    dialect = connection.dialect.name
    query = (
        select(
            func.avg(table.latitude),
            func.avg(table.longitude),
            func.count(),
            func.coalesce(func.sum(table.fatalities), 0),
        )
        .where(*conditions, table.latitude.is_not(None), table.longitude.is_not(None))
        .group_by(_cell(table.latitude, size, dialect), _cell(table.longitude, size, dialect))
    )
    return [tuple(row) for row in connection.execute(query)]


def more_than(
    connection: Connection,
    conditions: list,
    limit: int,
    zoom: int,
    where: Slice | None,
    bbox: tuple[float, float, float, float] | None,
) -> bool:
    """Whether more than ``limit`` events are in view. From the aggregates where they cover the
    filter: without a view, the exact count; with one, the events of the cells it touches at the
    zoom level (or the finest level kept), an upper bound. Else counted from the events, no further
    than ``limit + 1``."""
    if where is not None and bbox is None and (table := _covering(where.columns())) is not None:
        query = select(func.coalesce(func.sum(table.c.events), 0)).where(*where.conditions(table))
        return connection.execute(query).scalar_one() > limit
    level = min(zoom, max(CELL_ZOOMS))
    if bbox is not None and _cells_cover(where, level):
        c = agg_cells.c
        query = select(func.coalesce(func.sum(c.events), 0)).where(
            c.zoom == level, *where.conditions(agg_cells), *_cell_range(bbox, level)
        )
        return connection.execute(query).scalar_one() > limit
    return at_most(connection, conditions, limit + 1) > limit


def at_most(connection: Connection, conditions: list, limit: int) -> int:
    """How many events match, counting no further than ``limit`` (cheap on a million rows)."""
    inner = select(merged_events.c.id).where(*conditions).limit(limit).subquery()
    return connection.execute(select(func.count()).select_from(inner)).scalar_one()
