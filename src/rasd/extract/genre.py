"""The article's genre, read from what every input gives (its title, its text and, where it has one,
its URL): a piece that reports no occurrence of its own gives no event, and a commentary gives only
the events whose own sentences state their day.

- No news of its own: a press review (its title opens with "صحف" or "الصحافة": it retells what other
  papers printed), and a page of a site's opinion or sport section (``sections.yaml``).
- Commentary: an article that asks a question (an interview asks its guest, a column its reader), or
  one that tells in the present what people say ("يقول أحد القادة"، "ويرى مراقبون") more often than
  what they said, as features, analyses and columns do and news reports do not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from rasd.errors import Code, ResourceError
from rasd.lexicon.lexicon import Lexicon
from rasd.lexicon.resources import load_yaml
from rasd.types import AnalyzedText, Article, Mention

QUESTION_MARK = "?"  # the normalized form of ؟ and ?
#: Present-tense speech verbs an article needs, beyond outnumbering the past ones, to read as a
#: feature: a report may quote one "يقول" or two.
FEATURE_VOICE_MIN = 3
SECTIONS_RESOURCE = "sections.yaml"
SECTION_WORD_SEPARATORS = str.maketrans("-_.", "   ")


@dataclass(frozen=True, slots=True)
class Genre:
    """What kind of piece an article is, by the signal that says so (``press_review``,
    ``section:opinion``, ``asks_questions``, ``feature_voice``); ``news_of_its_own`` is False for
    a piece that reports no occurrence at all, True for a commentary that may still tell one."""

    signal: str
    news_of_its_own: bool


def article_genre(article: Article, texts: Sequence[AnalyzedText], lexicon: Lexicon) -> Genre | None:
    """The article's genre when it is not a plain news report, else None."""
    section = url_section(article.url)
    if section is not None:
        return Genre(f"section:{section}", news_of_its_own=False)
    mentions = [lexicon.genre_matcher.match(text) for text in texts]
    if texts and texts[0].field == "title" and _opens_with(mentions[0]["press_review"]):
        return Genre("press_review", news_of_its_own=False)
    if asks_questions(texts):
        return Genre("asks_questions", news_of_its_own=True)
    present = sum(len(m["feature_voice"]) for m in mentions)
    if present >= FEATURE_VOICE_MIN and present > sum(len(m["report_voice"]) for m in mentions):
        return Genre("feature_voice", news_of_its_own=True)
    return None


def asks_questions(texts: Sequence[AnalyzedText]) -> bool:
    """Whether a sentence of the article asks a question. News reports tell; an interview asks
    its guest, a column or an essay asks its reader ("فمن المستفيد من هذا الخراب؟"), and the
    occurrences they bring up are examples, memories and background, not the news of the day."""
    return any(
        QUESTION_MARK in text.norms[s.first_token : s.end_token] for text in texts for s in text.sentences
    )


def url_section(url: str | None) -> str | None:
    """The section (``opinion``, ``sport``) a URL's path files the piece under, if it is one of
    ``sections.yaml``; the last segment is the piece's own name and is not read."""
    if not url:
        return None
    segments = unquote(urlsplit(url).path).lower().split("/")[:-1]
    words = {word for segment in segments for word in segment.translate(SECTION_WORD_SEPARATORS).split()}
    return next((name for name, listed in _sections().items() if not words.isdisjoint(listed)), None)


def _opens_with(mentions: Sequence[Mention]) -> bool:
    return any(m.first_token == 0 for m in mentions)


@lru_cache(maxsize=1)
def _sections() -> dict[str, frozenset[str]]:
    try:
        listed = load_yaml(SECTIONS_RESOURCE)["sections"]
        return {name: frozenset(str(w).lower() for w in words) for name, words in listed.items()}
    except (KeyError, TypeError, AttributeError) as error:
        raise ResourceError(Code.RESOURCE_INVALID, f"{SECTIONS_RESOURCE}: {error}") from error
