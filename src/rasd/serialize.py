"""Events to and from the JSON objects of EVENT_SCHEMA.md (plus rasd's own fields)."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from typing import Any

from rasd.errors import Code, GoldError
from rasd.types import SCHEMA_FIELDS, Event, Span

_EVENT_FIELD_NAMES = frozenset(f.name for f in fields(Event))
_SPAN_FIELDS = tuple(f.name for f in fields(Span))


def event_to_dict(event: Event) -> dict[str, Any]:
    """The event's schema fields in EVENT_SCHEMA.md's order, then ``article_id`` and rasd's own."""
    data = {name: getattr(event, name) for name in SCHEMA_FIELDS}
    data["date"] = event.date.isoformat() if event.date else None
    data["weapons"] = list(event.weapons)
    data.update(
        id=event.id,
        article_id=event.article_id,
        confidence=event.confidence,
        notes=event.notes,
        geonameid=event.geonameid,
        evidence_spans=[span_to_dict(s) for s in event.evidence_spans],
        rules=list(event.rules),
    )
    return data


def span_to_dict(span: Span) -> dict[str, Any]:
    """``asdict(span)`` without its deep copy: a span's values are plain numbers and strings."""
    return {name: getattr(span, name) for name in _SPAN_FIELDS}


def event_from_dict(data: dict[str, Any], where: str = "event") -> Event:
    """An event from a JSON object; unknown keys are ignored, a bad value is a ``GoldError``."""
    values = {k: v for k, v in data.items() if k in _EVENT_FIELD_NAMES}
    if not isinstance(values.get("event_type"), str):
        raise GoldError(Code.GOLD_INVALID, f'{where}: "event_type" is missing')
    try:
        if values.get("date"):
            values["date"] = dt.date.fromisoformat(values["date"])
        values["weapons"] = tuple(values.get("weapons") or ())
        values["rules"] = tuple(values.get("rules") or ())
        values["evidence_spans"] = tuple(Span(**s) for s in values.get("evidence_spans") or ())
        return Event(**values)
    except (TypeError, ValueError) as error:
        raise GoldError(Code.GOLD_INVALID, f"{where}: {error}") from error
