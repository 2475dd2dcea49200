"""Article text cut into pieces that say which are evidence and which words decided which field."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rasd.highlight import Highlight
from rasd.types import Span


def segments(
    text: str, field: str, evidence: Iterable[Span], highlights: Iterable[Highlight]
) -> list[dict[str, Any]]:
    """``text`` (one article field) as consecutive pieces ``{"text", "evidence", "decides"}``, cut
    wherever an evidence span or a highlight starts or ends; joined, the pieces give ``text`` back."""
    spans = [s for s in evidence if s.field == field]
    marks = [h for h in highlights if h.span.field == field]
    cuts = {0, len(text)}
    for span in spans:
        cuts.update((span.start, span.end))
    for mark in marks:
        cuts.update((mark.span.start, mark.span.end))
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    pieces = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        decides = sorted({m.decides for m in marks if m.span.start <= start and end <= m.span.end})
        inside = any(s.start <= start and end <= s.end for s in spans)
        pieces.append({"text": text[start:end], "evidence": inside, "decides": decides})
    return pieces


def evidence_pieces(text: str, span: Span, highlights: Iterable[Highlight]) -> list[dict[str, Any]]:
    """One evidence span of an article field as highlighted pieces."""
    inside = [
        h
        for h in highlights
        if h.span.field == span.field and span.start <= h.span.start and h.span.end <= span.end
    ]
    shifted = [
        Highlight(
            Span(h.span.start - span.start, h.span.end - span.start, h.span.text, h.span.field), h.decides
        )
        for h in inside
    ]
    whole = Span(0, span.end - span.start, span.text, span.field)
    return segments(text[span.start : span.end], span.field, [whole], shifted)
