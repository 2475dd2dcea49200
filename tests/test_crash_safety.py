"""An ingest killed midway (SIGKILL) and run again stores every article once and merges every
event once: batches are transactions, and stored articles are skipped on the re-run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLES = 1000
TOWNS = ["سراقب", "أريحا", "معرة النعمان", "جسر الشغور", "خان شيخون", "كفرنبل", "الأتارب", "دارة عزة"]
ACTORS = ["قوات النظام السوري", "الطيران الروسي", "فصائل المعارضة", "هيئة تحرير الشام"]
WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def report(n: int) -> dict:
    """A short shelling report; town, actor, toll and date vary so that some reports merge."""
    town, actor = TOWNS[n % len(TOWNS)], ACTORS[(n // 8) % len(ACTORS)]
    day = 1 + (n // 32) % 28
    killed = 2 + n % 9
    return {
        "id": f"crash-{n:04d}",
        "published": f"2019-06-{day:02d}",
        "outlet": f"Outlet {n % 5}",
        "title": f"قتلى بقصف على {town}",
        "text": f"إدلب - قُتل {killed} مدنيين اليوم {WEEKDAYS[day % 7]} جراء قصف مدفعي نفذته {actor} "
        f"على بلدة {town} في ريف إدلب، بحسب مصادر محلية (تقرير رقم {n}).",
    }


def ingest(inputs: Path, db: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "rasd", "ingest", str(inputs), "--db", str(db)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stored_articles(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as connection:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created or migrated yet
        return 0


def merged_groups(db: Path) -> list[tuple[str, ...]]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT merged_id, article_id FROM merged_event_sources ORDER BY merged_id, article_id"
        ).fetchall()
    groups: dict[int, list[str]] = {}
    for merged_id, article_id in rows:
        groups.setdefault(merged_id, []).append(article_id)
    return sorted(tuple(g) for g in groups.values())


@pytest.mark.issue(5)
def test_an_ingest_killed_midway_and_run_again_stores_everything_once(tmp_path: Path) -> None:
    inputs = tmp_path / "reports.jsonl"
    inputs.write_text("\n".join(json.dumps(report(n), ensure_ascii=False) for n in range(ARTICLES)))
    db = tmp_path / "killed.sqlite"
    process = ingest(inputs, db)
    deadline = time.monotonic() + 120
    while stored_articles(db) < ARTICLES // 5 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    killed_at = stored_articles(db)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert 0 < killed_at < ARTICLES, "the ingest was not killed midway"

    assert ingest(inputs, db).wait(timeout=300) == 0
    clean = tmp_path / "clean.sqlite"
    assert ingest(inputs, clean).wait(timeout=300) == 0

    with sqlite3.connect(db) as connection:
        articles, distinct = connection.execute(
            "SELECT count(*), count(DISTINCT id) FROM articles"
        ).fetchone()
        events, sources = (
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("events", "merged_event_sources")
        )
    assert articles == distinct == ARTICLES
    assert events == sources > 0  # every event merged exactly once
    assert merged_groups(db) == merged_groups(clean)  # the same merged events as an uninterrupted run
