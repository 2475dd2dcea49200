"""The aggregate tables on SQLite and PostgreSQL: after saves, merges, folds, bulk loads and reviews
they equal a recount from scratch, and the statistics, bins and map counts read from them equal
those counted from the merged events themselves."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from rasd.dedupe import merged_with, start_merged
from rasd.store import EventFilter, Store, aggregates
from rasd.store.repository import BulkLoad, _conditions, _slice
from rasd.store.tables import AGGREGATES
from tests.factories import MAARAT, NEAR_SARAQIB, document, strike

MOSUL = {"location": "Mosul", "geonameid": 99072, "latitude": 36.34, "longitude": 43.13}
SHELLED = {"sub_event_type": "Shelling/artillery/missile attack", "weapons": ()}


def _contents(store: Store) -> dict[str, set[tuple]]:
    """Every row of every aggregate table, positions rounded (sums of floats drift in the last bits)."""
    with store.engine.connect() as connection:
        return {
            table.name: {
                tuple(round(v, 6) if isinstance(v, float) else v for v in row)
                for row in connection.execute(select(table))
            }
            for table in AGGREGATES
        }


def _assert_equal_to_a_recount(store: Store) -> None:
    kept = _contents(store)
    store.rebuild_aggregates()
    assert kept == _contents(store)


def _history(store: Store) -> None:
    """Saves that start, join and fold merged events, a bulk load, and reviews of every kind."""
    store.save([document("a1", strike("a1", actor1=None, actor2="Hayat Tahrir al-Sham", **SHELLED))])
    store.save(
        [document("a2", strike("a2", actor1="Military Forces of Syria", actor2=None, fatalities=None))]
    )
    store.save([document("a3", strike("a3", actor2="Hayat Tahrir al-Sham"))])  # folds a1's and a2's
    store.save(
        [
            document("b1", strike("b1", day=20, **MAARAT, fatalities=2)),
            document("b2", strike("b2", day=20, **MAARAT, fatalities=4)),  # joins b1's
            document("c1", strike("c1", day=3, **NEAR_SARAQIB, date=None)),
            document("d1", strike("d1", day=14, country="IQ", admin1="Nineveh", **MOSUL)),
        ]
    )
    ids = {m.event.location: m.id for m in store.merged_events(EventFilter(review="all"))}
    store.review(ids["Saraqib"], "accept", "huda")
    store.review(
        ids["Maarat al-Numan"],
        "correct",
        "huda",
        None,
        {"event_type": "Battles", "sub_event_type": "Armed clash", "admin1": "Hama", "latitude": 35.1},
    )
    store.review(ids["Afis"], "reject", "huda")
    store.review(ids["Afis"], "correct", "omar", None, {"date": "2019-05-02", "fatalities": 1})
    store.save([document("b3", strike("b3", day=20, **MAARAT, fatalities=9))])  # joins a corrected event
    _bulk_load(store, updated=ids["Saraqib"], folded=ids["Mosul"])


def _bulk_load(store: Store, updated: int, folded: int) -> None:
    """A bulk load that starts a merged event, updates one and folds another into it."""
    _, top = store.clusters([])
    stored = store.merged_event(updated)
    store.bulk_load(
        BulkLoad(
            new_merged=[(top + 1, start_merged(strike("e1", day=28, fatalities=3)))],
            updated_merged=[(updated, merged_with(start_merged(stored.event), start_merged(strike("e2"))))],
            folds=[(updated, folded)],
        )
    )


def test_the_aggregates_equal_a_recount_after_saves_merges_loads_and_reviews(store: Store) -> None:
    _history(store)
    _assert_equal_to_a_recount(store)


#: Filters the aggregate tables answer: every condition they have a column for, each review filter,
#: whole weeks.
COVERED = (
    EventFilter(),
    EventFilter(country="sy"),
    EventFilter(country="IQ", review="all"),
    EventFilter(event_type="Battles"),
    EventFilter(event_type="Air/drone strike"),
    EventFilter(sub_event_type="Armed clash", admin1="HAMA"),
    EventFilter(admin1="idlib"),
    *(
        EventFilter(review=review)
        for review in ("all", "reviewed", "unreviewed", "accepted", "corrected", "rejected")
    ),
    EventFilter(since=dt.date(2019, 5, 13), until=dt.date(2019, 5, 26)),
    EventFilter(until=dt.date(2019, 5, 19), country="SY"),
    EventFilter(since=dt.date(2019, 5, 20), review="all"),
)


def _positions(bins: list[aggregates.Bin]) -> list[float]:
    """Each bin's counts and position, flat (positions agree to float rounding)."""
    return [
        v
        for b in sorted(bins, key=lambda b: (b.latitude, b.longitude))
        for v in (b.events, b.fatalities, b.latitude, b.longitude)
    ]


def test_what_the_aggregates_answer_equals_a_count_of_the_events(store: Store) -> None:
    _history(store)
    with store.engine.connect() as connection:
        for where in COVERED:
            conditions, cube = _conditions(where, store._dialect), _slice(where)
            assert cube is not None, where
            assert aggregates.stats(connection, conditions, cube) == aggregates.stats(
                connection, conditions, None
            )
            for zoom in (2, 9):
                from_cells = aggregates.bins(connection, conditions, zoom, cube, None)
                counted = aggregates.bins(connection, conditions, zoom, None, None)
                assert _positions(from_cells) == pytest.approx(_positions(counted), abs=1e-4), (where, zoom)
            for limit in (0, 1, 3, 100):
                exact = aggregates.at_most(connection, conditions, limit + 1) > limit
                assert aggregates.more_than(connection, conditions, limit, 3, cube, None) is exact


def test_filters_that_the_aggregates_do_not_cover_are_counted_from_the_events(store: Store) -> None:
    _history(store)
    uncovered = (
        EventFilter(actor="tahrir"),
        EventFilter(min_reports=2),
        EventFilter(min_confidence=0.5),
        EventFilter(since=dt.date(2019, 5, 14)),  # a Tuesday: the week is cut
        EventFilter(until=dt.date(2019, 5, 18)),
    )
    assert all(_slice(where) is None for where in uncovered)
    stats = store.stats(EventFilter(since=dt.date(2019, 5, 14), until=dt.date(2019, 5, 20)))
    assert [(w.key, w.events) for w in stats.weeks] == [("2019-05-20", 1)]


def test_a_view_counts_the_cells_it_touches(store: Store) -> None:
    _history(store)
    syria = EventFilter(bbox=(35.0, 32.0, 42.0, 37.5), review="all")
    assert sum(b.events for b in store.bins(syria, 5)) == 4
    assert store.more_in_view(syria, 3, 5) and not store.more_in_view(syria, 4, 5)
    assert store.bins(EventFilter(bbox=(0.0, 0.0, 1.0, 1.0)), 5) == []
