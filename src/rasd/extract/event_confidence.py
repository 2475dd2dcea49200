"""An event's confidence: how likely a coder keeps it, judged once every report of it is read.

A frame's raw score says how complete its sentence was; the event shows more: how many sentences
told it, whether its place resolved to a settlement, whether a day was stated, who acted, how many
other events the article gave, whether its headline tells an event of its type, whether its place
is one of several a clause lists. A logistic regression that starts from the raw score's log-odds
and learns how far these move them, fitted by ``rasd train sentences`` on cross-validated
extraction of train (label: a gold event matched it), turns them into a probability
(``sentence_model.ConfidenceModel``, shipped inside the sentence-kind model's JSON).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from rasd import acled
from rasd.dates import ABSOLUTE_DATE_RULE, RELATIVE_DATE_RULE
from rasd.extract.events import ACTOR2_FALLBACK_RULE, COUNTRY_DEFAULT_RULE, told_generically
from rasd.extract.frames import DEFAULT_DATE_RULE, ONE_PER_PLACE_RULE, QUOTED_ON_DATE_RULE
from rasd.lexicon.lexicon import Lexicon
from rasd.types import Event

EXACT = 1  # geo_precision of a settlement
#: Rules of a day the event's own sentences state ("time.weekday", "date.gregorian"), as against
#: "date:lead" and "date:published".
OWN_DAY_RULES = (RELATIVE_DATE_RULE, ABSOLUTE_DATE_RULE)
#: The frames' own score as a probability, and as log-odds: the learned confidence starts from the
#: log-odds and learns corrections to them (``learn.sentences``).
RAW, RAW_LOGIT = "raw", "raw:logit"
#: How far from 0 and 1 a raw score is read as log-odds (train CV's raw scores lie within 0.49–0.94).
RAW_BOUND = 0.01
#: Buckets of counts: one, two, three or more (sentences telling the event; events of its article).
COUNT_BUCKETS = ("1", "2", "3+")


def event_features(
    event: Event, article_events: Sequence[Event], lexicon: Lexicon, dated: bool
) -> dict[str, float]:
    """The named features of an event among its article's events (1.0 when present; ``raw`` is the
    frames' own score, ``raw:logit`` its log-odds). In an article without a publication date
    (``dated`` False) an undated event is the rule, not a sign of a recap: ``date:none`` is left
    out there."""
    present = [
        f"reports:{_bucket(len(event.evidence_spans))}",
        f"article_events:{_bucket(len(article_events))}",
        f"type:{event.event_type}" if event.event_type in acled.event_types() else "type:other",
        _geo(event),
    ]
    present += [
        name
        for name, holds in (
            # a quote's day is borrowed from the act before it ("وقال مصدر …"), not stated for it
            (
                "date:stated",
                event.date is not None and not {DEFAULT_DATE_RULE, QUOTED_ON_DATE_RULE} & set(event.rules),
            ),
            ("date:none", event.date is None and dated),
            # ACLED's default for the country (an air strike in Gaza is Israel's) says nothing of the text.
            ("actor1", event.actor1 is not None and COUNTRY_DEFAULT_RULE not in event.rules),
            ("actor2", event.actor2 is not None and ACTOR2_FALLBACK_RULE not in event.rules),
            ("fatalities", event.fatalities is not None),
            ("weapons", bool(event.weapons)),
            ("title", told_in_title(event)),
            ("headline_type", headline_tells_its_type(event, article_events)),
            ("trigger:generic_only", told_generically(event, lexicon)),
            ("country:from_article", "country:article" in event.rules),
            # One of the places a clause lists: each is coded, though one sentence tells them all.
            ("place:listed", ONE_PER_PLACE_RULE in event.rules),
        )
        if holds
    ]
    raw = event.confidence or 0.0
    return {RAW: raw, RAW_LOGIT: log_odds(raw), **dict.fromkeys(present, 1.0)}


def log_odds(probability: float) -> float:
    bounded = min(max(probability, RAW_BOUND), 1 - RAW_BOUND)
    return math.log(bounded / (1 - bounded))


def vouched_for(event: Event, dated: bool) -> bool:
    """An event that states its toll, and its day in its own sentences (or its toll alone, where
    the article has no publication date to state a day against), is given whatever its
    confidence: that is what a coder needs of it, and a one-sentence alert or a headline alone
    ("قتل 4 جنود أمس في هجوم …") has little else to show. A day taken from the lead or the
    publication date vouches for nothing: an essay's numbers carry those too."""
    return event.fatalities is not None and (states_its_day(event) or not dated)


def unplaced(event: Event) -> bool:
    """An event that no place of the text locates, not even a province or the place the article is
    about, and that counts no dead: a coder can code neither where nor what it cost. Such events
    are the acts a statement, a claim or a background paragraph names in passing ("استهدفت عشر
    ضربات شنها التحالف قرب ثماني مدن"، "تبنت الجبهة التفجير")."""
    return event.latitude is None and event.fatalities is None


def told_in_title(event: Event) -> bool:
    return any(span.field == "title" for span in event.evidence_spans)


def headline_tells_its_type(event: Event, article_events: Sequence[Event]) -> bool:
    """Whether the headline tells an event of this event's type (this one or another): a headline
    gives the article's news, and an event of a type it does not tell is more often background,
    an earlier occurrence or a second reading of the news than a coder's event."""
    return any(told_in_title(e) and e.event_type == event.event_type for e in article_events)


def states_its_day(event: Event) -> bool:
    """Whether the event's own sentences state its day (not the lead's or the publication's)."""
    return any(rule.startswith(OWN_DAY_RULES) for rule in event.rules)


def _bucket(count: int) -> str:
    return COUNT_BUCKETS[min(count, len(COUNT_BUCKETS)) - 1] if count > 0 else COUNT_BUCKETS[0]


def _geo(event: Event) -> str:
    if event.latitude is None:
        return "geo:none"
    return "geo:exact" if event.geo_precision == EXACT else "geo:area"
