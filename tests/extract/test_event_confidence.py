"""The features the learned event confidence reads: what the whole event shows."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from rasd.extract.event_confidence import event_features, vouched_for
from rasd.lexicon.lexicon import load_lexicon
from rasd.types import Span
from tests.factories import strike


def test_an_event_is_described_by_its_place_date_actors_and_toll() -> None:
    features = event_features(strike("a1", fatalities=5), [strike("a1")], load_lexicon(), dated=True)
    assert {
        "actor1",
        "fatalities",
        "date:stated",
        "article_events:1",
        "type:Explosions/Remote violence",
    } <= set(features)
    assert features["raw"] == (strike("a1").confidence or 0.0)
    # the learned confidence corrects the raw score's log-odds: 0.8 is four to one
    assert features["raw:logit"] == pytest.approx(math.log(4))


def test_an_undated_event_counts_against_it_only_in_a_dated_article() -> None:
    undated = replace(strike("a1"), date=None)
    assert "date:none" in event_features(undated, [undated], load_lexicon(), dated=True)
    # A text file with no publication date: no event of it has a date, which says nothing of it.
    assert "date:none" not in event_features(undated, [undated], load_lexicon(), dated=False)


def test_an_event_of_the_type_its_headline_tells_is_marked() -> None:
    headline = replace(strike("a1"), evidence_spans=(Span(0, 20, "مقتل 7 بغارة جوية على سراقب", "title"),))
    body = replace(strike("a1"), evidence_spans=(Span(40, 70, "وكانت غارة سابقة قد استهدفت البلدة", "text"),))
    battle = replace(body, event_type="Battles", sub_event_type="Armed clash")
    events = [headline, body, battle]
    assert "headline_type" in event_features(headline, events, load_lexicon(), dated=True)
    # Another strike the body tells shares the headline's type; a clash it tells does not.
    assert "headline_type" in event_features(body, events, load_lexicon(), dated=True)
    assert "headline_type" not in event_features(battle, events, load_lexicon(), dated=True)
    assert "headline_type" not in event_features(body, [body, battle], load_lexicon(), dated=True)


def test_an_event_at_one_of_the_places_a_clause_lists_is_marked() -> None:
    listed = replace(strike("a1"), rules=(*strike("a1").rules, "place:one_per_place"))
    assert "place:listed" in event_features(listed, [listed], load_lexicon(), dated=True)
    assert "place:listed" not in event_features(strike("a1"), [strike("a1")], load_lexicon(), dated=True)


def test_a_toll_and_a_day_its_own_sentence_states_vouch_for_an_event() -> None:
    stated = replace(strike("a1", fatalities=4), rules=("trigger:x", "time.day_offset"))
    assert vouched_for(stated, dated=True)
    assert not vouched_for(replace(stated, fatalities=None), dated=True)
    # A day taken from the lead or the publication date vouches for nothing: an essay has those too.
    assert not vouched_for(replace(stated, rules=("trigger:x", "date:lead")), dated=True)
    # Where the article has no date, no day could be stated against it: the toll alone vouches.
    assert vouched_for(replace(stated, rules=("trigger:x",)), dated=False)


def test_a_day_a_quote_borrows_from_the_act_before_it_is_not_stated() -> None:
    quoted = replace(strike("a1"), rules=(*strike("a1").rules, "date:quoted_on"))
    assert "date:stated" not in event_features(quoted, [quoted], load_lexicon(), dated=True)
