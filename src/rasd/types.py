"""The typed objects that pass between rasd's stages.

Every object is a frozen dataclass. Spans point into the raw text of one field of an article
(``title`` or ``text``), so ``getattr(article, span.field)[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, Literal

Field = Literal["title", "text"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news report as it came in; ``source`` says where (path and line, URL, ``-``)."""

    id: str
    title: str
    text: str
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A slice ``[start, end)`` of the raw text of one article field, with that slice's text."""

    start: int
    end: int
    text: str
    field: Field = "text"


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark; ``norm`` is its normalized form, split into clitics and stem."""

    span: Span
    norm: str
    prefix: str = ""
    stem: str = ""
    suffix: str = ""


SentenceKind = Literal["headline", "dateline", "bullet", "body"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or headline, dateline, bullet): its tokens are ``[first_token, end_token)`` and
    its clauses are token ranges too, split at commas, semicolons, colons and spaced dashes."""

    span: Span
    kind: SentenceKind
    first_token: int
    end_token: int
    clauses: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalized text with the map back to the raw text.

    Normalization only substitutes one character for one character or deletes characters, so the
    map is the list of deletions: ``gaps[j]`` is the normalized index before which the j-th
    deleted raw character stood. A normalized index ``i`` is raw index ``i + #{gaps <= i}``.
    ``surface`` is the raw text with only the deletions applied: aligned with ``text`` index for
    index, it still tells ة from ه and أ from ا where segmentation needs to.
    """

    raw: str
    text: str
    surface: str
    gaps: tuple[int, ...] = ()

    def raw_index(self, i: int) -> int:
        return i + bisect_right(self.gaps, i) if self.gaps else i

    def raw_span(self, start: int, end: int, field: Field = "text") -> Span:
        """The raw slice behind normalized ``[start, end)``; marks after the last char stay in."""
        gaps = self.gaps  # ``raw_index`` inlined: every mention and place takes a span
        if gaps:
            start, end = start + bisect_right(gaps, start), end + bisect_right(gaps, end)
        return Span(start, end, self.raw[start:end], field)


@dataclass(frozen=True, slots=True)
class AnalyzedText:
    """The text layer of one article field: normalized text, tokens and sentences.

    Tokens are kept as parallel columns (normalized offsets and forms) because news corpora hold
    millions of them; ``token(i)`` builds the ``Token`` view with raw offsets on demand.
    """

    field: Field
    normalized: NormalizedText
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    norms: tuple[str, ...]
    analyses: tuple[tuple[str, str, str], ...]
    #: the analyses' stems as a column of their own: phrase matching and name look-ups read nothing
    #: else, and would otherwise pick them out of the analyses for every lexicon and every name
    stems: tuple[str, ...]
    #: splits the text into sentences (``text.analyze``), run when they are first asked for: about
    #: half of all news has no word that reports an event, and extraction reads no sentence of it
    splitter: Callable[[AnalyzedText], tuple[Sentence, ...]] = field(repr=False, compare=False)
    #: the article's title when this text is its body (where the splitter looks for the dateline)
    headline: str = ""
    #: no init argument, so that ``dataclasses.replace`` (a new headline) splits the copy anew
    _sentences: tuple[Sentence, ...] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        sentences = self._sentences
        if sentences is None:
            sentences = self.splitter(self)
            object.__setattr__(self, "_sentences", sentences)  # frozen: set once, by hand
        return sentences

    @property
    def raw(self) -> str:
        return self.normalized.raw

    def __len__(self) -> int:
        return len(self.norms)

    def token(self, i: int) -> Token:
        prefix, stem, suffix = self.analyses[i]
        span = self.normalized.raw_span(self.starts[i], self.ends[i], self.field)
        return Token(span, self.norms[i], prefix, stem, suffix)

    def tokens(self, first: int = 0, end: int | None = None) -> list[Token]:
        return [self.token(i) for i in range(first, len(self) if end is None else end)]

    def span(self, first: int, end: int) -> Span:
        """The raw span covering tokens ``[first, end)``."""
        return self.normalized.raw_span(self.starts[first], self.ends[end - 1], self.field)


@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """A lexicon match: which entry of which resource fired on which tokens of a text.

    The raw span is made when first asked for: an article holds some 130 mentions, mostly of
    function words, and most are only ever looked at by their tokens. Treated as immutable (hashed
    by its fields) but not declared frozen: a frozen dataclass sets each field through
    ``object.__setattr__``, which made building a text's mentions four times slower."""

    kind: str
    entry_id: str
    label: str
    first_token: int
    end_token: int
    text: AnalyzedText = field(repr=False, hash=False)
    _span: Span | None = field(default=None, repr=False, compare=False)

    @property
    def span(self) -> Span:
        if self._span is None:
            self._span = self.text.span(self.first_token, self.end_token)
        return self._span


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression resolved to a day, with ACLED time precision (1 day, 2 week, 3 month)."""

    span: Span
    date: dt.date
    precision: int
    rule: str


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place; ``geonameid`` is None for a place known only from the text."""

    name: str
    name_ar: str | None
    country: str
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 1
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One event in the fields of EVENT_SCHEMA.md, plus what rasd adds to explain itself."""

    event_type: str
    sub_event_type: str | None = None
    date: dt.date | None = None
    time_precision: int = 1
    actor1: str | None = None
    actor1_ar: str | None = None
    actor2: str | None = None
    actor2_ar: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    location_ar: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    weapons: tuple[str, ...] = ()
    claimed_by: str | None = None
    evidence: str | None = None
    id: str | None = None
    article_id: str | None = None
    confidence: float | None = None
    notes: str | None = None
    geonameid: int | None = None
    evidence_spans: tuple[Span, ...] = ()
    rules: tuple[str, ...] = ()

    @property
    def province_only(self) -> bool:
        """Only a province is known: no place named (in English or Arabic), or ACLED's precision 3."""
        return (self.location is None and self.location_ar is None) or self.geo_precision == 3


_EVENT_FIELDS = [f.name for f in fields(Event)]
#: The fields of EVENT_SCHEMA.md, in its order; the fields after ``evidence`` are rasd's own.
SCHEMA_FIELDS: tuple[str, ...] = tuple(_EVENT_FIELDS[: _EVENT_FIELDS.index("evidence") + 1])


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One occurrence as all its reports tell it.

    ``event`` holds the merged values (the lowest fatality figure, the most precise date and place,
    every weapon named) and ``event_ids`` the extracted events behind them, one per article at most.
    """

    id: int
    event: Event
    article_ids: tuple[str, ...]
    event_ids: tuple[str, ...]
    outlets: tuple[str, ...] = ()
    updated: dt.datetime | None = None
    review: ReviewStatus | None = None  # the latest analyst verdict; None while nobody reviewed it


ReviewAction = Literal["accept", "correct", "reject"]
ReviewStatus = Literal["accepted", "corrected", "rejected"]
#: The status an event takes from the latest review action on it.
REVIEW_STATUS: dict[str, ReviewStatus] = {"accept": "accepted", "correct": "corrected", "reject": "rejected"}


@dataclass(frozen=True, slots=True)
class Review:
    """One analyst verdict on a merged event; a correction is one record per changed field, with the
    value before and after it (as JSON values: a date is an ISO string, weapons a list)."""

    merged_id: int
    action: ReviewAction
    reviewer: str
    created: dt.datetime
    comment: str | None = None
    field: str | None = None
    before: Any = None
    after: Any = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class FeedState:
    """What a feed answered last time: the validators for the next conditional GET."""

    url: str
    etag: str | None = None
    modified: str | None = None


Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be read (or was read with a caveat), and why."""

    source: str
    code: str
    message: str
    line: int | None = None
    severity: Severity = "error"

    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source


@dataclass(frozen=True, slots=True)
class Decision:
    """A decider's verdict on a candidate: accepted or not, a score in [0, 1] and why."""

    accept: bool
    score: float
    reasons: tuple[str, ...] = ()
    decider: str = "rules"


@dataclass(frozen=True, slots=True)
class Rejection:
    """A trigger that did not become an event frame: where it stood and the decision against it
    (kept for review, ``--explain`` and training)."""

    trigger: Span
    sentence: Span
    decision: Decision


@dataclass(frozen=True, slots=True)
class Document:
    """An article on its way through the pipeline: each stage fills in more of it."""

    article: Article
    title: AnalyzedText | None = None
    body: AnalyzedText | None = None
    events: tuple[Event, ...] = ()
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    rejected: tuple[Rejection, ...] = ()

    def texts(self) -> tuple[AnalyzedText, ...]:
        return tuple(t for t in (self.title, self.body) if t is not None)
