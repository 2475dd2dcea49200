"""Over 10,000 generated malformed inputs — JSON, JSONL lines, HTML, feeds and text with control
characters and mixed scripts — go through one ingest: nothing crashes, no stage fails, and every
input is either stored or recorded as a problem under its own path (and line).

The inputs are written in bulk by a seeded generator (most as lines of a few JSONL files, the rest
as files of one folder and feeds named on the command line), so the whole run takes seconds.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from rasd.errors import Code
from rasd.ingest import read_inputs
from rasd.monitor import ingest
from rasd.pipeline import default_pipeline
from rasd.store import Store
from tests.ingest.site import FakeInternet, answer

SEED = 14
JSONL_LINES = 8_000
FILES = 2_000
FEEDS = 300
ARABIC = "قصف مدفعي على بلدة في ريف حلب وقتل مدنيان وأصيب آخرون بجروح"
CONTROL = "".join(map(chr, range(0x20))) + "\x7f\u200b\u200e\u200f\u202a\u202e\u2066\ufeff\ufffe"
#: A feed entry's link names its feed, so that the entry's problem counts for the feed file.
FEED_ENTRY = re.compile(r"/fuzz/(feed-\d+)/")
SCRIPTS = ["Ελληνικά", "Кириллица", "中文字符", "עברית", "हिन्दी", "فارسی گزارش", "latin text", "😀🔥"]


def mixed_text(rng: random.Random, arabic_share: float) -> str:
    """Words from several scripts, control characters between them, some Arabic."""
    words = []
    for _ in range(rng.randint(1, 40)):
        if rng.random() < arabic_share:
            words.append(rng.choice(ARABIC.split()))
        else:
            words.append(rng.choice(SCRIPTS))
        if rng.random() < 0.3:
            words.append(rng.choice(CONTROL) * rng.randint(1, 3))
    return " ".join(words)


def bad_line(rng: random.Random) -> bytes:
    """One malformed JSONL line (never a newline inside it)."""
    kind = rng.choices(range(12), weights=[1] * 8 + [0.1] * 3 + [1])[0]  # 8-10 are stored: fewer
    unique = f" {rng.getrandbits(64)}"  # a stored article must not repeat another (it would be "known")
    if kind == 0:
        cut = mixed_text(rng, 0.5).encode()[: rng.randint(0, 60)].replace(b"\n", b" ")
        return b'{"text": "' + cut  # cut off
    if kind == 1:
        return b"\xff" + rng.randbytes(rng.randint(1, 80)).replace(b"\n", b"")  # not UTF-8
    if kind == 2:
        return json.dumps(rng.choice([[1, 2], 7, "نص", None, True, 1e308])).encode()
    if kind == 3:
        value = rng.choice([7, ["قصف"], {"a": 1}, "", "   ", None, "\u200f\u200e"])
        return json.dumps({"text": value, "title": "عنوان"}).encode()
    if kind == 4:
        return json.dumps({"text": ARABIC, "title": rng.choice([5, ["x"], {"y": 1}])}).encode()
    if kind == 5:
        depth = rng.choice([50, 5_000, 100_000])
        return b"[" * depth + b"]" * (depth if rng.random() < 0.5 else 0)  # deeply nested
    if kind == 6:
        text = mixed_text(rng, 0.05) + unique
        return json.dumps({"text": text}, ensure_ascii=rng.random() < 0.5).encode()
    if kind == 7:  # lone surrogates and noncharacters, legal in JSON escapes, not in UTF-8
        return b'{"text": "\\ud800\\udfff\\ud83d ' + ARABIC.encode() + b' \\uffff", "title": "\\udc80"}'
    if kind == 8:
        date = rng.choice(["أمس", "2019-02-30", 1])
        return json.dumps({"content": mixed_text(rng, 0.9) + unique, "pubDate": date}).encode()
    if kind == 9:
        return json.dumps(
            {"text": ARABIC + unique, "published": {"y": 2019}, "url": 5, "outlet": ["x"]}
        ).encode()
    if kind == 10:
        return b"\xef\xbb\xbf" + json.dumps({"body": ARABIC + rng.choice(CONTROL) * 50 + unique}).encode()
    return json.dumps(
        {"id": rng.choice([None, "", 0, [], {}]), "headline": "x", "text": "\x00" * 20}
    ).encode()


def bad_file(rng: random.Random) -> tuple[str, bytes]:
    """One malformed file: its suffix and content."""
    kind = rng.choices(range(10), weights=[1] * 7 + [0.1, 1, 0.1])[0]  # 7 and 9 are stored: fewer
    unique = f" {rng.getrandbits(64)}"
    if kind == 0:
        return ".json", rng.choice([b"", b"   ", b"{", b"[1, 2", b"\x00\x01\x02", b"[" * 200_000])
    if kind == 1:
        return ".json", json.dumps(
            [{"text": 1}, "x", {"title": "t"}, {"text": mixed_text(rng, 0.1)}]
        ).encode()
    if kind == 2:
        return ".txt", (mixed_text(rng, rng.random()) + unique).encode()
    if kind == 3:
        return ".txt", rng.choice([b"", b"\n\n", b"\xef\xbb\xbf", rng.randbytes(64), "خبر".encode("cp1256")])
    if kind == 4:
        return ".html", f"<html><body><nav>{mixed_text(rng, 0.0)}</nav></body></html>".encode()
    if kind == 5:
        tags = "".join(
            rng.choice(["<div>", "</p>", "<table><tr><td>", "<script>", "<!--", "<![CDATA["])
            for _ in range(300)
        )
        return ".html", f"<html>{tags}{mixed_text(rng, 0.5)}".encode()
    if kind == 6:
        return ".html", b'<meta charset="x-no-such-charset"><p>' + rng.randbytes(200) + b"</p>"
    if kind == 7:
        return ".htm", (
            "<html><body><article><p>" + mixed_text(rng, 0.95) + unique + "</p></article></body></html>"
        ).encode()
    if kind == 8:
        return ".jsonl", b"\n".join([b"[2]", *(bad_line(rng) for _ in range(3))])  # lines count for it
    return ".txt", ("عنوان\n" + ARABIC + "".join(rng.choice(CONTROL) for _ in range(40)) + unique).encode()


def bad_feed(rng: random.Random, number: int) -> tuple[str, bytes]:
    """A feed that does not parse, or whose entries lead nowhere good (each entry link unique)."""
    kind = rng.randrange(5)
    links = [
        rng.choice(
            ["http://127.0.0.1", "http://169.254.169.254", "file://", "http://news.example", "javascript:"]
        )
        + f"/fuzz/feed-{number:04d}/{i}"
        for i in range(rng.randint(1, 3))
    ]
    if kind == 0:
        return ".xml", rng.choice([b"<rss", b"<?xml version='1.0'?><html/>", rng.randbytes(100), b""])
    if kind == 1:
        items = "".join("<item><title>بلا رابط</title></item>" for _ in links)  # entries without a link
        return ".rss", f"<rss version='2.0'><channel>{items}</channel></rss>".encode()
    items = "".join(
        f"<item><title>{mixed_text(rng, 0.5)}</title><link>{link}</link></item>" for link in links
    )
    feed = f"<rss version='2.0'><channel><title>t</title>{items}</channel></rss>"
    return ".atom" if kind == 4 else ".rss", feed.encode("utf-8", "surrogatepass")


def write_inputs(folder: Path, rng: random.Random) -> tuple[list[str], set[str]]:
    """The arguments of one ingest, and every source (path, or path:line) that must be accounted for."""
    expected: set[str] = set()
    files = folder / "files"
    files.mkdir()
    for part in range(4):
        path = files / f"lines-{part}.jsonl"
        lines = [
            b"[1]",
            *(bad_line(rng) for _ in range(JSONL_LINES // 4 - 1)),
        ]  # line 1 text: not a binary file
        path.write_bytes(b"\n".join(lines) + b"\n")
        expected.update(f"{path}:{line}" for line in range(1, JSONL_LINES // 4 + 1))
    for number in range(FILES):
        suffix, content = bad_file(rng)
        path = files / f"{number:05d}{suffix}"
        path.write_bytes(content)
        expected.add(str(path))
    feeds = []
    for number in range(FEEDS):
        suffix, content = bad_feed(rng, number)
        path = folder / f"feed-{number:04d}{suffix}"
        path.write_bytes(content)
        feeds.append(str(path))
        expected.add(str(path))
    return [str(files), *feeds], expected


@pytest.mark.issue(14)
def test_ten_thousand_malformed_inputs_crash_nothing_and_are_all_recorded(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    args, expected = write_inputs(tmp_path, rng)
    assert len(expected) >= 10_000
    public_garbage = {"93.184.216.34": answer(b"\x00\x01 not a page", "text/html")}
    net = FakeInternet({"news.example": ["93.184.216.34"]}, public_garbage)
    with net.fetcher(retries=1) as fetcher, Store.open(str(tmp_path / "fuzz.sqlite")) as store:
        report = ingest(read_inputs(args, fetcher=fetcher), store, default_pipeline())
        problems = store.problems(limit=None)
        with store.engine.connect() as connection:
            sources = {row[0] for row in connection.exec_driver_sql("SELECT source FROM articles")}
    assert not [p for p in report.problems if p.code == Code.STAGE_FAILED.value]
    recorded = {p.problem.where() for p in problems} | sources
    recorded |= {where.rsplit(":", 1)[0] for where in recorded}  # a line of a JSONL file counts for it
    feeds = {Path(arg).stem: arg for arg in args}
    recorded |= {feeds[match[1]] for p in problems if (match := FEED_ENTRY.search(p.problem.source))}
    assert expected - recorded == set()
    assert set(net.connected) <= {"93.184.216.34"}  # no private address was ever contacted
