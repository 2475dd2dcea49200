"""The words of an article that decided each field of an event, for a reviewer to check.

The article is analysed again and its lexicon mentions are kept where they lie inside the event's
evidence spans and agree with the event's value for a field (the trigger whose rule fired, the actor
it names, the weapon, the time word, the killed cue and the count). Every highlight is a ``Span`` into
the raw article, so the page marks exactly those characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rasd.extract.mentions import TextMentions
from rasd.lexicon.lexicon import Lexicon, load_lexicon
from rasd.text.analyze import text_stage
from rasd.types import Article, Document, Event, Mention, Span

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@dataclass(frozen=True, slots=True)
class Highlight:
    """Characters of the article that decided one field of the event."""

    span: Span
    decides: str  # the event field: event_type, actor1, actor2, location, admin1, date, weapons, fatalities


def _decides(mention: Mention, event: Event) -> str | None:
    """The field this mention decided in this event, if any."""
    kind, label = mention.kind, mention.label
    if kind == "trigger" and f"trigger:{mention.entry_id}" in event.rules:
        return "event_type"
    if kind == "actor" and label in (event.actor1, event.actor2):
        return "actor1" if label == event.actor1 else "actor2"
    if kind == "weapon" and label in event.weapons:
        return "weapons"
    if kind == "admin1" and label == event.admin1:
        return "admin1"
    if kind == "time" and _fired(f"time.{label}", event.rules):
        return "date"
    if kind == "killed" and event.fatalities is not None:
        return "fatalities"
    return None


def _fired(rule: str, rules: tuple[str, ...]) -> bool:
    """The rule, or one of its sub-rules ("time.day_offset.from_statement"), dated the event."""
    return any(r == rule or r.startswith(f"{rule}.") for r in rules)


def _surface_hits(event: Event, span: Span) -> Iterator[Highlight]:
    """The event's Arabic names and its fatality count where they appear in an evidence span."""
    wanted = [("actor1", event.actor1_ar), ("actor2", event.actor2_ar), ("location", event.location_ar)]
    if event.fatalities is not None:
        digits = str(event.fatalities)
        wanted += [("fatalities", digits), ("fatalities", digits.translate(_ARABIC_INDIC))]
    for decides, phrase in wanted:
        if not phrase:
            continue
        pattern = rf"(?<!\d){re.escape(phrase)}(?!\d)"
        for found in re.finditer(pattern, span.text):
            start = span.start + found.start()
            yield Highlight(Span(start, start + len(phrase), phrase, span.field), decides)


def _inside(span: Span, evidence: tuple[Span, ...]) -> bool:
    return any(e.field == span.field and e.start <= span.start and span.end <= e.end for e in evidence)


def deciding_words(event: Event, article: Article, lexicon: Lexicon | None = None) -> list[Highlight]:
    """Highlights of the event's deciding words in the article, in reading order (title first)."""
    lexicon = lexicon or load_lexicon()
    document = text_stage(Document(article))
    found: dict[tuple[str, int, int], Highlight] = {}
    for analysed in document.texts():
        mentions = TextMentions.of(analysed, lexicon)
        for kind_mentions in mentions.by_kind.values():
            for mention in kind_mentions:
                decides = _decides(mention, event)
                if decides and _inside(mention.span, event.evidence_spans):
                    found.setdefault(
                        (mention.span.field, mention.span.start, mention.span.end),
                        Highlight(mention.span, decides),
                    )
    for span in event.evidence_spans:
        for hit in _surface_hits(event, span):
            found.setdefault((hit.span.field, hit.span.start, hit.span.end), hit)
    order = {"title": 0, "text": 1}
    return sorted(found.values(), key=lambda h: (order[h.span.field], h.span.start, h.span.end))
