from __future__ import annotations

import pytest

from rasd.ingest.records import article_from_record
from rasd.pipeline import default_pipeline
from rasd.types import Event


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
