"""The matching rule of EVENT_SCHEMA.md: when a system event is a gold event, field by field."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rasd.geocode.distance import event_km
from rasd.lexicon.matcher import phrase_key
from rasd.lexicon.resources import load_tsv
from rasd.names import actors_agree
from rasd.types import Event

MAX_DAYS_APART = 1
MAX_KM_APART = 25.0

_NAME_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|az|ar)[-\s']")


def events_match(gold: Event, system: Event) -> bool:
    """Same event type and country, dates at most a day apart, and agreeing locations."""
    return (
        gold.event_type == system.event_type
        and gold.country == system.country
        and dates_close(gold, system)
        and locations_agree(gold, system)
    )


def dates_close(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return a.date is b.date
    return abs((a.date - b.date).days) <= MAX_DAYS_APART


def locations_agree(a: Event, b: Event) -> bool:
    """Same place, or within 25 km, or the same admin1 when either side only has the province."""
    if a.province_only or b.province_only:
        return _same_name(a.admin1, b.admin1)
    if _place_key(a.location) == _place_key(b.location):
        return True
    if a.location_ar and b.location_ar and _arabic_key(a.location_ar) == _arabic_key(b.location_ar):
        return True
    distance = event_km(a, b)
    return distance is not None and distance <= MAX_KM_APART


#: Field accuracies reported over matched pairs, and how each field is compared.
FIELD_COMPARISONS: dict[str, Callable[[Event, Event], bool]] = {
    "sub_event_type": lambda g, s: g.sub_event_type == s.sub_event_type,
    "actor1": lambda g, s: actors_agree(g.actor1, s.actor1),
    "actor2": lambda g, s: actors_agree(g.actor2, s.actor2),
    "fatalities": lambda g, s: g.fatalities == s.fatalities,
    "date": lambda g, s: g.date == s.date,
    "location": locations_agree,
}


def _same_name(a: str | None, b: str | None) -> bool:
    return _place_key(a) == _place_key(b)


def _place_key(name: str | None) -> str | None:
    if name is None:
        return None
    key = _NAME_ARTICLE.sub("", name.strip().lower())
    return re.sub(r"[^a-z0-9]", "", key)


def _arabic_key(name: str) -> tuple[str, ...] | None:
    """The stems of an Arabic place name without a leading cue word (مدينة سراقب is سراقب)."""
    key = phrase_key(name)
    if key is None:
        return None
    stems = list(key.stems)
    while len(stems) > 1 and stems[0] in _place_cue_stems():
        stems.pop(0)
    return tuple(stems)


@lru_cache(maxsize=1)
def _place_cue_stems() -> frozenset[str]:
    keys = (phrase_key(row["phrase"]) for row in load_tsv("place_cues.tsv"))
    return frozenset(k.stems[0] for k in keys if k is not None and len(k.stems) == 1)
