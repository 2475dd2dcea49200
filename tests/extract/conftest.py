from __future__ import annotations

import pytest

from rasd.extract.deciders import sentence_decider
from rasd.extract.frames import ArticleContext
from rasd.extract.mentions import TextMentions
from rasd.extract.stage import extract_with
from rasd.geocode.gazetteer import default_gazetteer
from rasd.ingest.records import article_from_record
from rasd.lexicon.lexicon import load_lexicon
from rasd.pipeline import default_pipeline
from rasd.text.analyze import text_stage
from rasd.types import Document, Event


@pytest.fixture
def events_of():
    """Events rasd extracts from an article the team wrote."""
    pipeline = default_pipeline()

    def run(text: str, title: str = "", published: str | None = "2019-03-12") -> list[Event]:
        article, _ = article_from_record(
            {"id": "t", "title": title, "text": text, "published": published}, "test"
        )
        document = pipeline.run(article)
        assert document.problems == ()
        return list(document.events)

    return run


@pytest.fixture
def candidate_events_of():
    """Every event rasd reads in an article the team wrote, those the event confidence would
    withhold too: tests of a reading rule ask what the rule made of a sentence, and a one-sentence
    text about a village the gazetteer lacks is too thin for the confidence to vouch for."""

    def run(text: str, published: str | None = "2019-03-12", title: str = "") -> list[Event]:
        record = {"id": "t", "title": title, "text": text, "published": published}
        article, _ = article_from_record(record, "test")
        document = extract_with(text_stage(Document(article)), sentence_decider("model"), withhold=False)
        return list(document.events)

    return run


@pytest.fixture
def rule_events_of():
    """Every event the reading rules alone give for an article the team wrote (no sentence model,
    nothing withheld): tests of a rule that vetoes what the model may veto too."""

    def run(text: str, published: str | None = "2019-03-12") -> list[Event]:
        record = {"id": "t", "title": "", "text": text, "published": published}
        article, _ = article_from_record(record, "test")
        return list(extract_with(text_stage(Document(article)), None, withhold=False).events)

    return run


@pytest.fixture
def places_of():
    """The place candidates rasd reads in the body of an article the team wrote, with the article's
    context (its countries, provinces and other places)."""

    def run(text: str) -> list:
        article, _ = article_from_record({"id": "t", "title": "", "text": text}, "test")
        texts = [TextMentions.of(t, load_lexicon()) for t in text_stage(Document(article)).texts()]
        context = ArticleContext(article, texts, default_gazetteer())
        return [p for m in texts for p in context.places(m, 0, len(m.text))]

    return run
