"""Sentences and clauses in news text: headlines, datelines, bullet highlights, quoted statements.

Works on the normalized text (so ؟ is ? and ، is ,) with the rules of
``resources/ar/sentences.yaml``; every boundary is a normalized offset that the caller maps back
to the raw text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, count
from operator import add

from rasd.lexicon.resources import load_tsv, load_yaml
from rasd.text.normalize import default_normalizer
from rasd.types import Field, SentenceKind

RESOURCE = "sentences.yaml"
PLACE_CUES = "place_cues.tsv"
ARABIC_LETTER = "\u0621-\u064a"


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence or clause as normalized offsets ``[start, end)``."""

    start: int
    end: int
    kind: SentenceKind = "body"


class SentenceSplitter:
    def __init__(self, data: dict, place_cues: tuple[dict[str, str], ...] = ()) -> None:
        fold = default_normalizer().fold
        cue_kinds = set(data["wrap_cue_kinds"])
        cue_words = [r["phrase"] for r in place_cues if r["kind"] in cue_kinds and " " not in r["phrase"]]
        self._unfinished_ends = {fold(word) for word in (*data["unfinished_ends"], *cue_words)}
        self._unfinished_marks = frozenset(data["unfinished_marks"])
        enders = "".join(re.escape(c) for c in data["sentence_end"])
        quotes = "".join(re.escape(c) for c in data["quotes"])
        # A quote, or a run of enders that closes a sentence before white space, the end, or an
        # Arabic letter (news often glues the next sentence on: "قتيلاً.وقال"). Written to open with
        # one character class, which the regex engine scans for quickly.
        self._boundary = re.compile(
            f"[{quotes}{enders}](?:(?<=[{quotes}])|(?<=[{enders}])[{enders}]*(?=\\s|$|[{ARABIC_LETTER}]))"
        )
        self._quotes = set(data["quotes"])
        self._abbreviations = {fold(a) for a in data["abbreviations"]}
        marks = "".join(re.escape(c) for c in data["clause_marks"])
        # a spaced dash: the look-behind runs only where a dash is found
        self._clause_mark = re.compile(f"[{marks}]|-(?<=\\s-)(?=\\s)")
        bullets = "".join(re.escape(c) for c in data["bullets"])
        self._bullet = re.compile(f"\\s*[{bullets}]\\s+")
        dateline = data["dateline"]
        self._dateline_marks = tuple(dateline["marks"])
        dashes = "".join(re.escape(c) for c in dateline["marks"])
        self._dateline = re.compile(f"\\s*([^\\n.!?{dashes}]+?)\\s+[{dashes}]\\s+")
        # "دمشق (وكالات) قتل ..." : a place and an agency in parentheses, with no dash after them or
        # with dashes glued on ("بغداد، العراق (CNN)-- أعلنت").
        self._agency_dateline = re.compile(f"\\s*([^\\n.!?()]+?\\s*\\([^()\\n]{{2,30}}\\))[{dashes}]*\\s+")
        # "رويترز - بنغازي (ليبيا): قال…", "سبق- جازان: تعرضت…": an agency or reporter, a dash or an
        # agency in parentheses, and the city, ended by a colon. Tried first: the dash alone would end
        # the dateline at the agency and leave its city to open the lead.
        self._colon_dateline = re.compile(f'\\s*([^\\n.!?:"]*?[{dashes}()][^\\n.!?:"]*?)\\s*:(?!\\d)\\s*')
        self._dateline_max_words = int(dateline["max_words"])

    def split(self, text: str, field: Field = "text", headline: str = "") -> list[Segment]:
        """``headline``: the article's title, which many pages repeat as the body's first line; the
        dateline then opens the line after it ("بغداد، العراق (CNN)-- أعلنت…")."""
        segments: list[Segment] = []
        first_paragraph = True
        for start, end in self._paragraphs(text):
            kind: SentenceKind = "headline" if field == "title" else "body"
            if bullet := self._bullet.match(text, start, end):
                start, kind = bullet.end(), "bullet"
            elif first_paragraph and (dateline := self._dateline_at(text, start, end)):
                segments.append(_trimmed(text, start, dateline[0], "dateline"))
                start = dateline[1]
            first_paragraph = first_paragraph and bool(headline) and text[start:end].strip() == headline
            segments.extend(self._sentences(text, start, end, kind))
        return [s for s in segments if s.end > s.start]

    def _paragraphs(self, text: str) -> list[tuple[int, int]]:
        """The text's lines as ``(start, end)``, a line cut inside its sentence joined to the next."""
        paragraphs: list[tuple[int, int]] = []
        continues = False
        for line in re.finditer(r"[^\n]+", text):
            if not line.group().strip():
                continue
            after_blank_line = bool(paragraphs) and text.count("\n", paragraphs[-1][1], line.start()) > 1
            if continues and not after_blank_line and not self._bullet.match(text, line.start(), line.end()):
                paragraphs[-1] = (paragraphs[-1][0], line.end())
            else:
                paragraphs.append((line.start(), line.end()))
            continues = self._ends_unfinished(line.group())
        return paragraphs

    def _ends_unfinished(self, line: str) -> bool:
        """Whether a line stops where no sentence can end: on a clause mark, a preposition, a
        conjunction or a place cue (a hard wrap); a blank line between is a paragraph break."""
        stripped = line.rstrip()
        if stripped[-1:] in self._unfinished_marks:
            return True
        words = stripped.rsplit(None, 1)
        return bool(words) and words[-1] in self._unfinished_ends

    def clause_marks(self, text: str) -> list[int]:
        """Offsets of the marks (each one character) that separate clauses. The text is split on
        them and the offsets summed in C: the k-th mark follows k + 1 pieces and k marks."""
        pieces = self._clause_mark.split(text)
        return list(map(add, accumulate(map(len, pieces[:-1])), count()))

    def _dateline_at(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        # Each pattern needs its mark in the line: where it has none, the lazy scan is not run.
        colon = self._colon_dateline.match(text, start, end) if text.find(":", start, end) >= 0 else None
        if colon is not None and (dateline := self._short_dateline(colon, end)):
            return dateline
        match = None
        if any(text.find(mark, start, end) >= 0 for mark in self._dateline_marks):
            match = self._dateline.match(text, start, end)
        if match is None and text.find("(", start, end) >= 0:
            match = self._agency_dateline.match(text, start, end)
        return None if match is None else self._short_dateline(match, end)

    def _short_dateline(self, match: re.Match[str], end: int) -> tuple[int, int] | None:
        if match.end() >= end:
            return None
        words = re.findall(r"[^\W\d_]+", match.group(1))
        if not words or len(words) > self._dateline_max_words or self._quotes.intersection(match.group(1)):
            return None  # a quoted name is a sentence's wording: 'أعلن تنظيم "الدولة الإسلامية" (داعش)'
        return match.end(1), match.end()

    def _sentences(self, text: str, start: int, end: int, kind: SentenceKind) -> list[Segment]:
        marks = list(self._boundary.finditer(text, start, end))
        quote_count = sum(1 for m in marks if m.group() in self._quotes)
        honour_quotes = quote_count % 2 == 0  # unbalanced quotes (a cut page) are not trusted
        sentences, sentence_start, inside_quote = [], start, False
        for mark in marks:
            if mark.group() in self._quotes:
                inside_quote = honour_quotes and not inside_quote
                continue
            if inside_quote or self._after_abbreviation(text, sentence_start, mark.start()):
                continue
            sentences.append(_trimmed(text, sentence_start, mark.end(), kind))
            sentence_start = mark.end()
        sentences.append(_trimmed(text, sentence_start, end, kind))
        return sentences

    def _after_abbreviation(self, text: str, start: int, at: int) -> bool:
        """Whether the word just before ``at`` (within the line, so no newline) is an abbreviation."""
        before = text[max(start, at - 20) : at]
        return bool(before) and not before[-1].isspace() and before.rsplit(None, 1)[-1] in self._abbreviations


def _trimmed(text: str, start: int, end: int, kind: SentenceKind = "body") -> Segment:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return Segment(start, start, kind)
    start += len(piece) - len(piece.lstrip())
    return Segment(start, start + len(stripped), kind)


@lru_cache(maxsize=1)
def default_splitter() -> SentenceSplitter:
    return SentenceSplitter(load_yaml(RESOURCE), load_tsv(PLACE_CUES))
