"""The in-memory merge index of ``rasd batch-merge`` decides as ``Store.save`` does: for any
sequence of reports, the same merged events with the same reports (folds included), the same
merged values and the same tallies."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd import acled
from rasd.batch.merge import MergeIndex
from rasd.dedupe import Merged
from rasd.store import BulkLoad, Store
from rasd.types import Event
from tests.factories import MAARAT, NEAR_SARAQIB, SARAQIB, document, strike

pytestmark = pytest.mark.issue(12)

NO_PLACE = {"location": None, "location_ar": None, "geonameid": None, "latitude": None, "longitude": None}
PLACES = (SARAQIB, NEAR_SARAQIB, MAARAT, {**NO_PLACE, "admin1": "Idlib"}, {**NO_PLACE, "admin1": None})

report = st.fixed_dictionaries(
    {
        "day": st.sampled_from([9, 10, 11, 13, None]),
        "place": st.sampled_from(PLACES),
        "actor1": st.sampled_from(["Military Forces of Syria", "Military Forces of Russia", None]),
        "fatalities": st.sampled_from([7, 3, None]),
        "weapons": st.sampled_from([("warplane",), ("artillery",), ()]),
        "sub_event_type": st.sampled_from(["Air/drone strike", "Shelling/artillery/missile attack"]),
    }
)


def _event(article_id: str, number: int, r: dict) -> Event:
    event = strike(
        article_id,
        actor1=r["actor1"],
        fatalities=r["fatalities"],
        weapons=r["weapons"],
        sub_event_type=r["sub_event_type"],
        **r["place"],
    )
    date = dt.date(2019, 5, r["day"]) if r["day"] else None
    return replace(event, date=date, id=f"{article_id}-{number}")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(report, min_size=1, max_size=2), min_size=1, max_size=8))
def test_the_index_merges_as_the_store_does(articles: list[list[dict]]) -> None:
    documents = [
        document(f"a{n}", *(_event(f"a{n}", k, r) for k, r in enumerate(reports)))
        for n, reports in enumerate(articles)
    ]
    index = MergeIndex((), 0)
    with Store.open(":memory:") as store:
        for doc in documents:
            store.save([doc])
            for event in doc.events:
                index.add(event)
        index.take_changes()
        reports = {m.id: sorted(m.event_ids) for m in store.merged_events()}
        stored, _ = store.clusters([("SY", acled.family("Explosions/Remote violence", None))])
        expected = sorted(_outcome(reports[c.id], c.merged) for c in stored)

    # ids are compared by their order only: SQLite gives a merged event folded away its id to the next
    # new one, PostgreSQL's sequence (like the index) never reuses one; either way a new merged event
    # ranks after every one before it, which is all that the choice among candidates reads.
    assert len(stored) == len(reports)
    assert sorted(_outcome(sorted(c.event_ids), c.merged) for c in index.clusters.values()) == expected


def _outcome(event_ids: list[str], merged: Merged) -> tuple:
    """A merged event's reports, values and tally (its own id aside: the store's row id or the
    index's lead report id, which nothing reads)."""
    return event_ids, repr(replace(merged.event, id=None)), merged.tally


@pytest.mark.issue(11)
def test_a_report_joins_a_reviewed_event_in_the_index_as_in_the_store(tmp_path) -> None:
    """The analyst credited the strike to another force and lowered the toll: a report naming the
    army still joins (compared with the machine's merged event), and the corrections win again,
    whether the report is saved or bulk-loaded by batch-merge."""
    block = ("SY", acled.family("Explosions/Remote violence", None))
    report = document("a2", strike("a2", fatalities=3))
    outcomes = []
    for name in ("saved", "loaded"):
        with Store.open(str(tmp_path / f"{name}.sqlite")) as store:
            store.save([document("a1", strike("a1"))])
            merged_id = next(store.merged_events()).id
            store.review(
                merged_id, "correct", "huda", None, {"fatalities": 5, "actor1": "Military Forces of Russia"}
            )
            if name == "saved":
                assert store.save([report]).merged_joined == 1
            else:
                index = MergeIndex(*store.clusters([block]))
                joined_id, joined = index.add(report.events[0])
                new, updated, folds = index.take_changes()
                sources = [(report.events[0].id, index.final(joined_id), "a2")]
                store.bulk_load(BulkLoad([report.article], list(report.events), new, updated, folds, sources))
                assert joined and joined_id == merged_id
            (shown,) = store.merged_events()
            assert (shown.event.fatalities, shown.event.actor1, shown.review) == (
                5,
                "Military Forces of Russia",
                "corrected",
            )
            assert shown.article_ids == ("a1", "a2")
            (cluster,) = store.clusters([block])[0]
            assert (
                cluster.merged.event.actor1 == "Military Forces of Syria"
                and cluster.merged.event.fatalities == 3
            )
            outcomes.append(
                (repr(replace(shown.event, id=None)), shown.event_ids, cluster.merged, cluster.corrections)
            )
    assert outcomes[0][:3] == outcomes[1][:3]
