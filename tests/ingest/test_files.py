from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys
from pathlib import Path

import httpx
import pytest

from rasd.errors import Code
from rasd.ingest import fetch, read_inputs
from rasd.ingest.fetch import Fetcher
from rasd.types import Article, Problem
from tests.ingest.site import FIXTURES, RSS, Site, fail, fixture, news_site, serve

BODY = "قصفت طائرات حربية مواقع في ريف المدينة صباح اليوم، وفق مصادر محلية."


def split(items) -> tuple[list[Article], list[Problem]]:
    items = list(items)
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)])


def record(**fields) -> str:
    return json.dumps({"title": "غارات على الريف", "text": BODY, **fields}, ensure_ascii=False)


def test_text_file_first_line_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"غارات على الريف\n{BODY}\n", encoding="utf-8")
    (article,), problems = split(read_inputs([str(path)]))
    assert (article.title, article.text, problems) == ("غارات على الريف", BODY, [])


def test_json_record_fields_and_unknown_keys_ignored(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(
        record(
            id="x1",
            published="2019-03-12",
            outlet="وكالة",
            url="http://e/1",
            events=[{"event_type": "Battles"}],
            extra=1,
        ),
        encoding="utf-8",
    )
    (article,), _ = split(read_inputs([str(path)]))
    assert article == Article(
        "x1", "غارات على الريف", BODY, dt.date(2019, 3, 12), "http://e/1", "وكالة", str(path)
    )


def test_article_without_id_gets_a_stable_content_id(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(record(), encoding="utf-8")
    (tmp_path / "b.json").write_text(record(url="http://other"), encoding="utf-8")
    (a, b), _ = split(read_inputs([str(tmp_path)]))
    assert a.id == b.id and len(a.id) == 16


def test_broken_jsonl_line_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        "\n".join([record(id="1"), "{not json", record(id="3"), '{"title": "x"}']), encoding="utf-8"
    )
    articles, problems = split(read_inputs([str(path)]))
    assert [a.id for a in articles] == ["1", "3"]
    assert [(p.code, p.line) for p in problems] == [(Code.INPUT_BAD_JSON, 2), (Code.INPUT_BAD_RECORD, 4)]
    assert articles[1].source == f"{path}:3"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", Code.INPUT_EMPTY),
        (b"  \n ", Code.INPUT_EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", Code.INPUT_BINARY),
        ("قصف المدينة".encode("cp1256"), Code.INPUT_NOT_UTF8),
        (b"The army said on Tuesday that its jets struck targets near the border.", Code.INPUT_NOT_ARABIC),
    ],
)
def test_bad_files_are_problems_and_do_not_stop_the_run(tmp_path: Path, content: bytes, code: Code) -> None:
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_bytes(content)
    good.write_text(f"عنوان\n{BODY}", encoding="utf-8")
    articles, problems = split(read_inputs([str(bad), str(good)]))
    assert len(articles) == 1
    assert [(p.source, p.code) for p in problems] == [(str(bad), code)]


@pytest.mark.parametrize("content", ["[]", " [ ]\n"])
def test_a_json_file_of_no_records_is_a_problem(tmp_path: Path, content: str) -> None:
    bad, good = tmp_path / "none.json", tmp_path / "good.txt"
    bad.write_text(content, encoding="utf-8")
    good.write_text(f"عنوان\n{BODY}", encoding="utf-8")
    articles, problems = split(read_inputs([str(bad), str(good)]))
    assert len(articles) == 1
    assert [(p.source, p.code) for p in problems] == [(str(bad), Code.INPUT_EMPTY)]


def test_missing_and_unsupported_files(tmp_path: Path) -> None:
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF-1.4")
    _, problems = split(read_inputs([str(tmp_path / "nope.txt"), str(other)]))
    assert [p.code for p in problems] == [Code.INPUT_NOT_FOUND, Code.INPUT_UNSUPPORTED]


def test_directory_reads_supported_files_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(f"ب\n{BODY}", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.jsonl").write_text(record(id="j1") + "\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("not an article", encoding="utf-8")
    articles, problems = split(read_inputs([str(tmp_path)]))
    assert [a.title for a in articles] == ["ب", "غارات على الريف"] and problems == []


def test_bad_publication_date_is_a_warning_and_the_article_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(record(published="الثلاثاء"), encoding="utf-8")
    (article,), (problem,) = split(read_inputs([str(path)]))
    assert article.published is None
    assert (problem.code, problem.severity) == (Code.INPUT_BAD_DATE, "warning")


@pytest.mark.parametrize(
    ("stdin", "titles"),
    [
        (f"عنوان الخبر\n{BODY}", ["عنوان الخبر"]),
        (record(id="s1"), ["غارات على الريف"]),
        (record(id="s1") + "\n" + record(id="s2", title="ثان"), ["غارات على الريف", "ثان"]),
    ],
)
def test_stdin_as_text_json_or_jsonl(monkeypatch: pytest.MonkeyPatch, stdin: str, titles: list[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    articles, problems = split(read_inputs(["-"]))
    assert [a.title for a in articles] == titles and problems == []


ENGLISH_PAGE = (
    "<html><head><title>Jets strike border posts</title></head><body><article>"
    "<p>The army said on Tuesday that its jets struck targets near the border.</p></article></body></html>"
)
PAGE_URLS = ["https://news.example/a/77", "https://news.example/a/78"]


def test_html_file_is_read_as_an_article(tmp_path: Path) -> None:
    path = tmp_path / "page.HTM"
    path.write_bytes(fixture("article.html"))
    (article,), problems = split(read_inputs([str(path)]))
    assert (article.title, article.source, article.published, problems) == (
        "محتجون يغلقون الطريق الرئيسية في صفاقس",
        str(path),
        dt.date(2023, 6, 14),
        [],
    )


@pytest.mark.parametrize(
    ("content", "code"), [(b"", Code.INPUT_EMPTY), (ENGLISH_PAGE.encode(), Code.INPUT_NOT_ARABIC)]
)
def test_bad_html_files_are_problems(tmp_path: Path, content: bytes, code: Code) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(content)
    assert [(p.source, p.code) for p in read_inputs([str(path)])] == [(str(path), code)]


def test_directory_reads_html_pages_but_not_feeds(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(fixture("article.html"))
    (tmp_path / "feed.rss").write_bytes(fixture("feed.rss"))
    site = Site()
    articles, problems = split(read_inputs([str(tmp_path)], fetcher=site.fetcher()))
    assert [a.source for a in articles] == [str(tmp_path / "page.html")]
    assert problems == [] and site.requests == []


@pytest.mark.parametrize("name", ["feed.rss", "feed.atom"])
def test_local_feed_fetches_the_page_of_each_entry(name: str) -> None:
    site = news_site()
    articles, problems = split(read_inputs([str(FIXTURES / name)], fetcher=site.fetcher()))
    assert sorted(a.url for a in articles) == PAGE_URLS
    assert [(p.source, p.code) for p in problems] == (
        [("https://news.example/a/79", Code.INPUT_HTTP_ERROR)] if name == "feed.rss" else []
    )


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/html; charset=utf-8", fixture("article.html")),
        ("application/octet-stream", fixture("article.html")),
        ("application/json", record(id="u1").encode()),
        ("text/plain; charset=utf-8", f"محتجون يغلقون الطريق الرئيسية في صفاقس\n{BODY}".encode()),
    ],
)
def test_url_is_read_by_its_content_type_and_its_start(content_type: str, body: bytes) -> None:
    url = "https://news.example/x"
    site = Site({url: serve(body, content_type)})
    (article,), problems = split(read_inputs([url], fetcher=site.fetcher()))
    assert (article.source, problems) == (url, [])


@pytest.mark.parametrize("content_type", [RSS, "text/xml", "text/html"])
def test_feed_url_is_read_entry_by_entry(content_type: str) -> None:
    site = news_site([("https://news.example/feed", serve(fixture("feed.rss"), content_type))])
    articles, problems = split(read_inputs(["https://news.example/feed"], fetcher=site.fetcher()))
    assert [a.url for a in articles] == PAGE_URLS
    assert [p.source for p in problems] == ["https://news.example/a/79"]


@pytest.mark.parametrize(
    ("route", "code"),
    [
        (fail(httpx.ConnectError), Code.INPUT_FETCH_FAILED),
        (serve("", status=404), Code.INPUT_HTTP_ERROR),
        (serve(ENGLISH_PAGE), Code.INPUT_NOT_ARABIC),
        (serve(b"%PDF-1.4", "application/pdf"), Code.INPUT_UNSUPPORTED),
    ],
)
def test_url_that_fails_is_a_problem_and_the_run_goes_on(tmp_path: Path, route, code: Code) -> None:
    url, good = "https://news.example/bad", tmp_path / "good.txt"
    good.write_text(f"عنوان\n{BODY}", encoding="utf-8")
    site = Site({url: route})
    articles, problems = split(read_inputs([url, str(good)], fetcher=site.fetcher(retries=1)))
    assert [a.source for a in articles] == [str(good)]
    assert [(p.source, p.code) for p in problems] == [(url, code)]


def test_other_schemes_are_refused_without_a_fetcher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "Fetcher", None)  # files makes its fetcher from fetch when asked
    assert [p.code for p in read_inputs(["ftp://news.example/a.txt"])] == [Code.INPUT_BAD_SCHEME]


def test_fetcher_is_made_once_when_needed_and_closed_at_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    site = news_site()
    made: list[Fetcher] = []

    def make(allow_private: bool | None) -> Fetcher:
        assert allow_private is True  # the caller's choice reaches the fetcher it did not make
        made.append(site.fetcher())
        return made[-1]

    monkeypatch.setattr(fetch, "Fetcher", make)
    articles, _ = split(read_inputs(PAGE_URLS, allow_private=True))
    assert len(articles) == 2 and len(made) == 1
    with pytest.raises(RuntimeError):
        made[0].fetch(PAGE_URLS[0])


@pytest.mark.issue(14)
def test_paths_that_are_not_files_are_problems_not_silent_skips(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"عنوان\n{BODY}", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # never opened: reading it would block the run
    (tmp_path / "gone.json").symlink_to(tmp_path / "deleted.json")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    articles, problems = split(read_inputs([str(tmp_path)]))
    assert len(articles) == 1
    assert sorted((Path(p.source).name, p.code) for p in problems) == [
        ("gone.json", Code.INPUT_NOT_A_FILE),
        ("loop.txt", Code.INPUT_NOT_A_FILE),
        ("pipe.txt", Code.INPUT_NOT_A_FILE),
    ]
    assert "FIFO" in next(p.message for p in problems if p.source.endswith("pipe.txt"))


def test_a_directory_named_like_a_file_is_read_as_a_folder(tmp_path: Path) -> None:
    (tmp_path / "x.txt").mkdir()
    (tmp_path / "x.txt" / "inner.txt").write_text(f"عنوان\n{BODY}", encoding="utf-8")
    articles, problems = split(read_inputs([str(tmp_path)]))
    assert [a.source for a in articles] == [str(tmp_path / "x.txt" / "inner.txt")] and problems == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(f"عنوان\n{BODY}", encoding="utf-8")
    path.chmod(0)
    _, (problem,) = split(read_inputs([str(tmp_path)]))
    assert problem.code == Code.INPUT_UNREADABLE and "Permission denied" in problem.message
