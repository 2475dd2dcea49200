"""The features the learned event confidence reads: what the whole event shows."""

from __future__ import annotations

from dataclasses import replace

from rasd.extract.event_confidence import event_features, vouched_for
from rasd.lexicon.lexicon import load_lexicon
from tests.factories import strike


def test_an_event_is_described_by_its_place_date_actors_and_toll() -> None:
    features = event_features(strike("a1", fatalities=5), 1, load_lexicon(), dated=True)
    assert {
        "actor1",
        "fatalities",
        "date:stated",
        "article_events:1",
        "type:Explosions/Remote violence",
    } <= set(features)
    assert features["raw"] == (strike("a1").confidence or 0.0)


def test_an_undated_event_counts_against_it_only_in_a_dated_article() -> None:
    undated = replace(strike("a1"), date=None)
    assert "date:none" in event_features(undated, 1, load_lexicon(), dated=True)
    # A text file with no publication date: no event of it has a date, which says nothing of it.
    assert "date:none" not in event_features(undated, 1, load_lexicon(), dated=False)


def test_a_stated_toll_and_day_vouch_for_an_event_and_a_toll_alone_where_no_day_can_be_stated() -> None:
    toll_and_day = {"fatalities": 1.0, "date:stated": 1.0}
    assert vouched_for(toll_and_day, dated=True)
    assert not vouched_for({"fatalities": 1.0}, dated=True)
    assert vouched_for({"fatalities": 1.0}, dated=False)
    assert not vouched_for({"date:stated": 1.0}, dated=False)
