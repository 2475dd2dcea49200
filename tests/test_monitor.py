"""Inputs through the pipeline into the store (SQLite and PostgreSQL): team-written reports of one
shelling by two outlets become one merged event; problems are recorded; feeds are polled
conditionally."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from rasd.ingest import read_inputs
from rasd.monitor import ingest, poll_feeds, read_feed_list
from rasd.pipeline import default_pipeline
from rasd.store import Store
from tests.ingest.site import RSS, fixture, news_site, serve

FIRST_REPORT = {
    "id": "wire-1",
    "outlet": "Example Wire",
    "published": "2020-01-20",
    "title": "قتلى مدنيون بقصف مدفعي على سراقب",
    "text": "إدلب - قُتل ثلاثة مدنيين اليوم الإثنين جراء قصف مدفعي نفذته قوات النظام السوري على مدينة سراقب "
    "في ريف إدلب الشرقي، بحسب الدفاع المدني.\nوأضاف الدفاع المدني أن فرقه أخمدت حرائق في عدد من المنازل.",
}
SECOND_REPORT = {
    "id": "daily-1",
    "outlet": "Example Daily",
    "published": "2020-01-21",
    "title": "قصف على سراقب يوقع ضحايا",
    "text": "ريف إدلب - أفاد ناشطون بمقتل أربعة مدنيين أمس الإثنين في قصف بقذائف المدفعية شنته قوات النظام "
    "على الأحياء السكنية في مدينة سراقب.\nوتشهد المنطقة تصعيداً منذ أسابيع.",
}
OTHER_DAY = {
    "id": "wire-2",
    "outlet": "Example Wire",
    "published": "2020-01-25",
    "title": "قصف جديد على سراقب",
    "text": "إدلب - قُتل مدنيان اليوم الجمعة في قصف مدفعي لقوات النظام السوري على مدينة سراقب في ريف إدلب.",
}


def write_jsonl(path: Path, *records: dict | str) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.issue(5)
def test_two_outlets_reports_become_one_merged_event(tmp_path: Path, store: Store) -> None:
    inputs = write_jsonl(tmp_path / "reports.jsonl", FIRST_REPORT, SECOND_REPORT, OTHER_DAY)
    report = ingest(read_inputs([str(inputs)]), store, default_pipeline())
    assert report.saved.articles == 3
    merged = {m.event.date.isoformat(): m for m in store.merged_events()}
    assert set(merged) == {"2020-01-20", "2020-01-24"}
    shelling = merged["2020-01-20"]
    assert shelling.article_ids == ("wire-1", "daily-1")
    assert shelling.outlets == ("Example Wire", "Example Daily")
    assert shelling.event.fatalities == 3
    assert shelling.event.location == "Saraqib"
    assert merged["2020-01-24"].article_ids == ("wire-2",)


def test_ingesting_twice_changes_nothing(tmp_path: Path, store: Store) -> None:
    inputs = write_jsonl(tmp_path / "reports.jsonl", FIRST_REPORT, SECOND_REPORT)
    ingest(read_inputs([str(inputs)]), store, default_pipeline())
    counts = store.counts()
    again = ingest(read_inputs([str(inputs)]), store, default_pipeline())
    assert again.saved.articles == 0 and again.saved.known == 2
    assert store.counts() == counts


def test_bad_inputs_are_recorded_and_the_rest_is_stored(tmp_path: Path, store: Store) -> None:
    inputs = write_jsonl(tmp_path / "mixed.jsonl", FIRST_REPORT, "{broken", {"title": "no text"})
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "english.txt").write_text("Headline\nThe army said on Monday it shelled the town.")
    sources = [str(inputs), str(tmp_path / "empty.txt"), str(tmp_path / "english.txt")]
    report = ingest(read_inputs(sources), store, default_pipeline())
    assert report.saved.articles == 1
    recorded = {(p.problem.where(), p.problem.code) for p in store.problems()}
    assert recorded == {
        (f"{inputs}:2", "E205"),
        (f"{inputs}:3", "E206"),
        (str(tmp_path / "empty.txt"), "E202"),
        (str(tmp_path / "english.txt"), "E209"),
    }


def test_feed_list_skips_comments_blanks_and_repeats() -> None:
    text = "# Yemen\nhttps://a.example/rss\n\nhttps://b.example/rss  # daily\nhttps://a.example/rss\n"
    assert read_feed_list(text) == ["https://a.example/rss", "https://b.example/rss"]


def test_watch_round_ingests_new_entries_then_asks_conditionally(store: Store) -> None:
    feed = "https://news.example/feed"

    def conditional(request: httpx.Request) -> httpx.Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return httpx.Response(304)
        return serve(fixture("feed.rss"), RSS, ETag='"v1"')(request)

    site = news_site([(feed, conditional)])
    with site.fetcher() as fetcher:
        [first] = poll_feeds([feed], store, default_pipeline(), fetcher)
        [second] = poll_feeds([feed], store, default_pipeline(), fetcher)
    assert first.report.saved.articles == 2  # the third entry's page is missing: a problem
    assert [p.code for p in first.report.problems] == ["E211"]
    assert second.not_modified
    assert store.feed_state(feed).etag == '"v1"'
    assert store.counts()["problems"] == 1
