from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from rasd.errors import Code
from rasd.ingest import read_inputs
from rasd.types import Article, Problem

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
