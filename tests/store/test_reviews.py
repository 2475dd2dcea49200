"""Analyst reviews in the store, on SQLite and PostgreSQL: kept as history, applied to the merged
event, outliving new reports; and the newest-first pages that the API's cursor walks."""

from __future__ import annotations

import datetime as dt
from itertools import islice

import pytest

from rasd import acled
from rasd.store import Cursor, EventFilter, Store
from rasd.store.reviews import column_values
from tests.factories import MAARAT, document, strike


def _one_strike(store: Store) -> int:
    store.save([document("a1", strike("a1"))])
    return next(store.merged_events()).id


def test_a_correction_changes_the_event_and_keeps_before_and_after(store: Store) -> None:
    merged_id = _one_strike(store)
    recorded = store.review(
        merged_id, "correct", "huda", "two bodies were soldiers", {"fatalities": 5, "date": "2019-05-09"}
    )
    assert [(r.field, r.before, r.after) for r in recorded] == [
        ("fatalities", 7, 5),
        ("date", "2019-05-10", "2019-05-09"),
    ]
    merged = store.merged_event(merged_id)
    assert (merged.event.fatalities, merged.event.date, merged.review) == (
        5,
        dt.date(2019, 5, 9),
        "corrected",
    )
    history = store.reviews(merged_id)
    assert [(r.action, r.reviewer, r.field) for r in history] == [
        ("correct", "huda", "fatalities"),
        ("correct", "huda", "date"),
    ]
    assert history[0].comment == "two bodies were soldiers" and history[0].id is not None


def test_a_new_report_does_not_overwrite_a_correction(store: Store) -> None:
    merged_id = _one_strike(store)
    store.review(merged_id, "correct", "huda", None, {"fatalities": 5, "actor1": "Military Forces of Russia"})
    counts = store.save([document("a2", strike("a2", fatalities=3))])
    assert counts.merged_joined == 1
    merged = store.merged_event(merged_id)
    assert (merged.event.fatalities, merged.event.actor1) == (5, "Military Forces of Russia")
    assert merged.article_ids == ("a1", "a2") and merged.review == "corrected"


def test_a_corrected_event_type_moves_the_event_to_its_family(store: Store) -> None:
    merged_id = _one_strike(store)
    store.review(
        merged_id, "correct", "huda", None, {"event_type": "Protests", "sub_event_type": "Peaceful protest"}
    )
    assert store.count_merged_events(EventFilter(event_type="Peaceful protest")) == 1
    # a later strike report no longer blocks with the (now) protest, so it starts its own event
    assert store.save([document("a2", strike("a2"))]).merged_new == 1


def test_a_corrected_sub_type_alone_moves_the_event_to_its_family() -> None:
    # a handover blocks with the battles for territory, not with its event type's family
    handover = "Non-violent transfer of territory"
    assert column_values({"sub_event_type": handover})["family"] == acled.family("Battles", None)
    assert "family" not in column_values({"fatalities": 3})


def test_rejected_events_leave_the_default_listing(store: Store) -> None:
    merged_id = _one_strike(store)
    store.save([document("b1", strike("b1", **MAARAT))])
    store.review(merged_id, "reject", "huda", "a recap of last year's strike")
    assert [m.id for m in store.merged_events()] != [] and merged_id not in [
        m.id for m in store.merged_events()
    ]
    assert [m.id for m in store.merged_events(EventFilter(review="rejected"))] == [merged_id]
    assert store.count_merged_events(EventFilter(review="all")) == 2
    assert store.count_merged_events(EventFilter(review="unreviewed")) == 1
    store.review(merged_id, "accept", "omar", "it is a new strike after all")
    assert store.merged_event(merged_id).review == "accepted"
    assert store.count_merged_events() == 2


def test_fields_that_cannot_be_corrected_are_refused(store: Store) -> None:
    merged_id = _one_strike(store)
    with pytest.raises(ValueError, match="evidence"):
        store.review(merged_id, "correct", "huda", None, {"evidence": "..."})
    assert store.review(merged_id + 1000, "accept", "huda") is None


def test_pages_after_a_cursor_walk_every_event_once(store: Store) -> None:
    store.save([document(f"d{day}", strike(f"d{day}", day=day)) for day in (1, 4, 7, 10, 13)])
    store.save([document("u1", strike("u1", date=None, **MAARAT))])
    seen, cursor = [], None
    while True:
        page = list(islice(store.merged_events(EventFilter(limit=3), cursor), 2))
        if not page:
            break
        seen += page
        cursor = Cursor(page[-1].event.date, page[-1].id)
    dates = [m.event.date for m in seen]
    assert len(seen) == 6 and len({m.id for m in seen}) == 6
    assert dates[:5] == sorted(dates[:5], reverse=True) and dates[5] is None


def test_stats_and_bins_count_the_filtered_events(store: Store) -> None:
    store.save(
        [document("s1", strike("s1", day=6)), document("s2", strike("s2", day=13, **MAARAT, fatalities=2))]
    )
    stats = store.stats()
    assert (stats.total.events, stats.total.fatalities) == (2, 9)
    assert [(w.key, w.events) for w in stats.weeks] == [("2019-05-06", 1), ("2019-05-13", 1)]
    assert [c.key for c in stats.admin1] == ["SY/Idlib"]
    assert {(c.key, c.events) for c in stats.actors} == {
        ("Civilians (Syria)", 2),
        ("Military Forces of Syria", 2),
    }
    assert sum(b.events for b in store.bins(EventFilter(), 5)) == 2
    assert len(store.bins(EventFilter(), 9)) == 2  # Saraqib and Maarat fall in different small cells
    assert store.count_at_most(EventFilter(), 1) == 1
