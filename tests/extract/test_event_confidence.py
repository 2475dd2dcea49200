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


def test_a_toll_and_a_day_its_own_sentence_states_vouch_for_an_event() -> None:
    stated = replace(strike("a1", fatalities=4), rules=("trigger:x", "time.day_offset"))
    assert vouched_for(stated, dated=True)
    assert not vouched_for(replace(stated, fatalities=None), dated=True)
    # A day taken from the lead or the publication date vouches for nothing: an essay has those too.
    assert not vouched_for(replace(stated, rules=("trigger:x", "date:lead")), dated=True)
    # Where the article has no date, no day could be stated against it: the toll alone vouches.
    assert vouched_for(replace(stated, rules=("trigger:x",)), dated=False)
