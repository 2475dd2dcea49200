"""The article's genre, read from what every input gives (its title, its text and, where it has one,
its URL): a piece that reports no occurrence of its own gives no event, and one that is no plain
report gives only the events whose own sentences state their day.

- No news of its own: a press review (its title opens with "صحف"، "الصحافة" or "اهتمامات الصحف",
  past an agency's desk label such as "عام /": it retells what other papers printed), a history
  page (its title opens with "من التاريخ" or "في مثل هذا اليوم": it recounts the past), and a page
  of a site's opinion section (``sections.yaml``).
- Not a plain report: a court report, whose title tells a trial, a defendant before a court or a
  verdict (the attack and the arrests it recalls are the case judged); an article that asks a
  question (an interview asks its guest, a column its reader); one that tells in the present what
  people say ("يقول أحد القادة"، "ويرى مراقبون") more often than what they said, as features,
  analyses and columns do and news reports do not; and a sports page, by its URL section or the
  words of a match ("مباراة"، "المنتخب"، "الشوط"; many, or several different ones in a short
  piece), where a riot of its fans on a day it names is still an event.
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
#: Words of a match an article needs to read as a sports page: halfway between the five of a report
#: of a stadium blown up ("داعش يدمر ملعب الرمادي الأولمبي") and the nine to nineteen of train's match
#: reports.
SPORT_WORDS_MIN = 7
#: Different words of the game that make a short piece a sports page ("وقع اللاعب للنادي بنظام
#: الإعارة الموسم المقبل"): none of train's reports of an occurrence names more than one.
SPORT_KINDS_MIN = 3
#: Tokens (title and text) of a piece short enough for a few different words of the game to make it
#: a sports page: SaudiNewsNet's transfer and training-camp notes run 47 to 220, while its festival
#: reports that name a match and its coach in passing run 300 and more.
SPORT_NOTE_TOKENS_MAX = 250
#: Tokens of the desk label a news agency heads its titles with before a slash ("عام / اهتمامات
#: الصحف التونسية"، "سياسي / …"): the title's own words open after it.
DESK_LABEL_TOKENS_MAX = 2
SLASH = "/"
SECTIONS_RESOURCE = "sections.yaml"
#: Sections whose pages may still report an occurrence on a day they name (a riot after a match).
REPORTING_SECTIONS = frozenset({"sport"})
SECTION_WORD_SEPARATORS = str.maketrans("-_.", "   ")


@dataclass(frozen=True, slots=True)
class Genre:
    """What kind of piece an article is, by the signal that says so (``press_review``,
    ``history_page``, ``court_report``, ``section:opinion``, ``sport_words``, ``asks_questions``,
    ``feature_voice``);
    ``news_of_its_own`` is False for a piece that reports no occurrence at all, True for one that
    may still tell one on a day it names."""

    signal: str
    news_of_its_own: bool


def article_genre(article: Article, texts: Sequence[AnalyzedText], lexicon: Lexicon) -> Genre | None:
    """The article's genre when it is not a plain news report, else None."""
    section = url_section(article.url)
    if section is not None:
        return Genre(f"section:{section}", news_of_its_own=section in REPORTING_SECTIONS)
    mentions = [lexicon.genre_matcher.match(text) for text in texts]
    titled = bool(texts) and texts[0].field == "title"
    for signal in ("press_review", "history_page"):
        if titled and _opens_with(mentions[0][signal], _title_opening(texts[0])):
            return Genre(signal, news_of_its_own=False)
    if titled and mentions[0]["court_report"]:
        return Genre("court_report", news_of_its_own=True)
    tokens = sum(len(text.norms) for text in texts)
    if tells_sport([m["sport_words"] for m in mentions], [m["sport_settings"] for m in mentions], tokens):
        return Genre("sport_words", news_of_its_own=True)
    if asks_questions(texts):
        return Genre("asks_questions", news_of_its_own=True)
    present = sum(len(m["feature_voice"]) for m in mentions)
    if present >= FEATURE_VOICE_MIN and present > sum(len(m["report_voice"]) for m in mentions):
        return Genre("feature_voice", news_of_its_own=True)
    return None


def tells_sport(
    sport_words: Sequence[Sequence[Mention]], settings: Sequence[Sequence[Mention]], tokens: int
) -> bool:
    """Whether the words of a match and of its setting, per text, make an article of so many tokens a
    sports page: many of them, or, in a short piece, several different words of the game (a stadium
    or football is also what an attack hits or a victim played)."""
    game = [m for text_words in sport_words for m in text_words]
    named = len(game) + sum(len(text_settings) for text_settings in settings)
    several = len({m.entry_id for m in game}) >= SPORT_KINDS_MIN
    return named >= SPORT_WORDS_MIN or (several and tokens <= SPORT_NOTE_TOKENS_MAX)


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


def _opens_with(mentions: Sequence[Mention], opening: int) -> bool:
    return any(m.first_token == opening for m in mentions)


def _title_opening(title: AnalyzedText) -> int:
    """The token a title's own words open on: the first, or the one after a desk label's slash."""
    head = title.norms[: DESK_LABEL_TOKENS_MAX + 1]
    return head.index(SLASH) + 1 if SLASH in head[1:] else 0


@lru_cache(maxsize=1)
def _sections() -> dict[str, frozenset[str]]:
    try:
        listed = load_yaml(SECTIONS_RESOURCE)["sections"]
        return {name: frozenset(str(w).lower() for w in words) for name, words in listed.items()}
    except (KeyError, TypeError, AttributeError) as error:
        raise ResourceError(Code.RESOURCE_INVALID, f"{SECTIONS_RESOURCE}: {error}") from error
