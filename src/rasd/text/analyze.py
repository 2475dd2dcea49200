"""The text stage: raw field text → ``AnalyzedText`` (normalized text, tokens, sentences)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from operator import itemgetter

from rasd.text.normalize import default_normalizer
from rasd.text.segment import default_splitter
from rasd.text.tokenize import default_segmenter, tokenize
from rasd.types import AnalyzedText, Document, Field, Sentence


def analyze_text(raw: str, field: Field = "text", headline: str = "") -> AnalyzedText:
    """``headline``: the article's title, when ``raw`` is its body (see ``SentenceSplitter.split``).
    The sentences are split when first read (``AnalyzedText.sentences``)."""
    normalized = default_normalizer()(raw)
    starts, ends, norms, analyses = tokenize(normalized, default_segmenter())
    return AnalyzedText(
        field,
        normalized,
        tuple(starts),
        tuple(ends),
        norms,
        analyses,
        tuple(map(itemgetter(1), analyses)),
        _sentences,
        headline,
    )


def _sentences(text: AnalyzedText) -> tuple[Sentence, ...]:
    """The text's sentences, each with its token range and its clauses."""
    normalized, starts = text.normalized, text.starts
    splitter = default_splitter()
    mark_tokens = [bisect_left(starts, at) for at in splitter.clause_marks(normalized.text)]
    sentences = []
    title = default_normalizer()(text.headline).text.strip() if text.headline else ""
    for segment in splitter.split(normalized.text, text.field, title):
        first, end = bisect_left(starts, segment.start), bisect_left(starts, segment.end)
        marks = mark_tokens[bisect_left(mark_tokens, first) : bisect_left(mark_tokens, end)]
        sentences.append(
            Sentence(
                span=normalized.raw_span(segment.start, segment.end, text.field),
                kind=segment.kind,
                first_token=first,
                end_token=end,
                clauses=_between(first, marks, end),
            )
        )
    return tuple(sentences)


def _between(first: int, marks: list[int], end: int) -> tuple[tuple[int, int], ...]:
    """The non-empty token ranges between the mark tokens."""
    if not marks:
        return ((first, end),) if end > first else ()
    bounds = [first - 1, *marks, end]
    return tuple((a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a + 1)


def text_stage(document: Document) -> Document:
    """Pipeline stage: analyse the article's title and body."""
    article = document.article
    title = analyze_text(article.title, "title") if article.title else None
    return replace(document, title=title, body=analyze_text(article.text, "text", article.title or ""))
