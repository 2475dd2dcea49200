"""How well places are found, over gold events that carry coordinates.

- gazetteer reach: the gold ``location_ar``, read as the extractor reads a place after a locative
  (in the gold country, with the article's provinces and other places as evidence), resolves to a
  place within ``REACH_KM`` of the gold coordinates;
- event reach: some system event of the same article lies within ``REACH_KM`` of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from rasd.eval.gold import GoldArticle
from rasd.extract.frames import ArticleContext
from rasd.extract.mentions import TextMentions
from rasd.extract.places import place_mentions
from rasd.geocode.distance import km_between
from rasd.geocode.gazetteer import Gazetteer
from rasd.geocode.resolve import Context
from rasd.lexicon.lexicon import Lexicon, load_lexicon
from rasd.lexicon.resources import load_yaml
from rasd.text import analyze_text
from rasd.types import Document, Event

REACH_KM = 25.0


@dataclass(frozen=True, slots=True)
class PlaceReach:
    located_gold: int  # gold events with coordinates
    named_gold: int  # of those, with a location_ar
    gazetteer_hits: int
    event_hits: int

    @property
    def gazetteer_share(self) -> float:
        return self.gazetteer_hits / self.named_gold if self.named_gold else 0.0

    @property
    def event_share(self) -> float:
        return self.event_hits / self.located_gold if self.located_gold else 0.0


def place_reach(
    gold_articles: Iterable[GoldArticle], documents: dict[str, Document], gazetteer: Gazetteer
) -> PlaceReach:
    located = named = gazetteer_hits = event_hits = 0
    lexicon = load_lexicon()
    for gold_article in gold_articles:
        document = documents.get(gold_article.article.id)
        system = list(document.events) if document is not None else []
        where: Context | None = None
        for event in gold_article.events:
            if event.latitude is None or event.longitude is None:
                continue
            located += 1
            event_hits += any(_within(event, s.latitude, s.longitude) for s in system)
            if event.location_ar and document is not None:
                named += 1
                where = where or _article_context(document, gazetteer, lexicon)
                gazetteer_hits += _name_resolves_near(event, gazetteer, where, lexicon)
    return PlaceReach(located, named, gazetteer_hits, event_hits)


def _article_context(document: Document, gazetteer: Gazetteer, lexicon: Lexicon) -> Context:
    """What the article itself says about where (its provinces and other places)."""
    texts = [TextMentions.of(text, lexicon) for text in document.texts()]
    return ArticleContext(document.article, texts, gazetteer).where


def _name_resolves_near(event: Event, gazetteer: Gazetteer, where: Context, lexicon: Lexicon) -> bool:
    """Read as the extractor reads a place after a locative ("في <name>"), in the gold country and
    with the article's other places as evidence."""
    context = replace(where, countries=frozenset({event.country}) if event.country else frozenset())
    locative = load_yaml("function_words.yaml")["locatives"][0]
    mentions = TextMentions.of(analyze_text(f"{locative} {event.location_ar}"), lexicon)
    for found in place_mentions(mentions, 0, len(mentions.text), gazetteer, context):
        if found.place is not None:
            return _within(event, found.place.latitude, found.place.longitude)
        if found.admin1 is not None:
            return _within(event, found.admin1.latitude, found.admin1.longitude)
    return False


def _within(event: Event, latitude: float | None, longitude: float | None) -> bool:
    if latitude is None or longitude is None:
        return False
    return km_between(event.latitude, event.longitude, latitude, longitude) <= REACH_KM
