"""Property: every token, sentence and clause span is exactly the raw slice it claims to be."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.text import analyze_text
from rasd.text.normalize import normalize
from rasd.text.tokenize import token_pattern

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MARKS = st.sampled_from(["\u064e", "\u0651", "\u0640", "\u200f", "\u200c", "\u00a0", "\ufeff", "\u202b"])
PUNCTUATION = st.sampled_from(list(" \n\n.،؛؟!:«»\"'-–—()•"))
LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x7E)

arabic_text = st.text(st.one_of(ARABIC, ARABIC, ARABIC, MARKS, PUNCTUATION), max_size=300)
mixed_text = st.text(st.one_of(ARABIC, LATIN, MARKS, PUNCTUATION, st.characters()), max_size=300)
garbage = st.text(max_size=300)

PROPERTY = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_spans(raw: str) -> None:
    text = analyze_text(raw)
    previous_end = 0
    for i in range(len(text)):
        token = text.token(i)
        assert raw[token.span.start : token.span.end] == token.span.text
        assert normalize(token.span.text).text == token.norm
        assert text.normalized.text[text.starts[i] : text.ends[i]] == token.norm  # folded = normalized
        assert token.span.start >= previous_end
        previous_end = token.span.end
    for sentence in text.sentences:
        assert raw[sentence.span.start : sentence.span.end] == sentence.span.text
        assert sentence.span.text.strip()
        for first, end in sentence.clauses:
            assert sentence.first_token <= first < end <= sentence.end_token
            clause = text.span(first, end)
            assert raw[clause.start : clause.end] == clause.text
            assert sentence.span.start <= clause.start <= clause.end <= sentence.span.end


@PROPERTY
@given(arabic_text)
def test_spans_on_random_arabic(raw: str) -> None:
    check_spans(raw)


@PROPERTY
@given(mixed_text)
def test_spans_on_mixed_script(raw: str) -> None:
    check_spans(raw)


@PROPERTY
@given(garbage)
def test_spans_on_garbage(raw: str) -> None:
    check_spans(raw)


@PROPERTY
@given(st.one_of(arabic_text, mixed_text), st.integers(0, 300), st.integers(0, 300))
def test_any_normalized_span_maps_to_a_raw_slice_that_normalizes_back(raw: str, a: int, b: int) -> None:
    normalized = normalize(raw)
    start, end = sorted((min(a, len(normalized.text)), min(b, len(normalized.text))))
    span = normalized.raw_span(start, end)
    assert raw[span.start : span.end] == span.text
    assert normalize(span.text).text == normalized.text[start:end]


@PROPERTY
@given(st.one_of(arabic_text, mixed_text, garbage))
def test_surface_and_normalized_text_split_into_the_same_tokens(raw: str) -> None:
    normalized = normalize(raw)
    pattern = token_pattern()
    surface_tokens = [m.span() for m in pattern.finditer(normalized.surface)]
    assert surface_tokens == [m.span() for m in pattern.finditer(normalized.text)]
