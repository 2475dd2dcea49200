"""POST /extract: an article in, its events out, nothing stored; limits give clear 4xx/5xx codes."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from rasd.api.app import create_app
from rasd.config import Settings
from rasd.pipeline import Pipeline

REPORT = {
    "title": "مقتل ثلاثة مدنيين بغارة جوية في ريف إدلب",
    "text": "قتل ثلاثة مدنيين اليوم الأحد في غارة جوية شنتها طائرات حربية على بلدة سراقب في ريف إدلب الشرقي.",
    "published": "2019-05-12",
    "outlet": "Test Wire",
}


def test_an_article_gives_its_events_and_nothing_is_stored(client, api_store) -> None:
    before = api_store.counts()
    body = client.post("/extract", json=REPORT).json()
    assert body["problems"] == []
    event = body["events"][0]
    assert (event["sub_event_type"], event["admin1"], event["fatalities"], event["date"]) == (
        "Air/drone strike",
        "Idlib",
        3,
        "2019-05-12",
    )
    assert event["article_id"] == body["article_id"] and event["evidence_spans"]
    assert api_store.counts() == before


def test_a_too_long_article_is_413(api_store) -> None:
    small = TestClient(create_app(api_store, Settings(api_max_article_chars=50)))
    response = small.post("/extract", json=REPORT)
    assert response.status_code == 413 and response.json()["code"] == "E210"


def test_text_that_is_not_arabic_is_422_with_its_code(client) -> None:
    response = client.post("/extract", json={"text": "Three civilians were killed in an air strike."})
    assert response.status_code == 422 and response.json()["code"] == "E209"


def test_a_malformed_article_is_422(client) -> None:
    assert client.post("/extract", json={"title": "بلا نص"}).status_code == 422
    assert client.post("/extract", json={"text": "نص", "published": "someday"}).status_code == 422
    assert client.post("/extract", json={"text": "نص", "extra": 1}).status_code == 422
    assert (
        client.post("/extract", content=b"not json", headers={"content-type": "application/json"}).status_code
        == 422
    )


def _slow_stage(document):
    time.sleep(0.5)
    return document


def test_an_extraction_past_the_time_limit_is_504(api_store) -> None:
    app = create_app(api_store, Settings(api_extract_seconds=0.05))
    app.state.pipeline = Pipeline((("slow", _slow_stage),))
    response = TestClient(app).post("/extract", json=REPORT)
    assert response.status_code == 504 and response.json()["code"] == "E705"
