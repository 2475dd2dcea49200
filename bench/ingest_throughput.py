"""Ingest throughput: articles a second through the pipeline alone and through ``rasd ingest`` into
SQLite and PostgreSQL, in one run over the same articles.

Four passes a round: (a) the pipeline alone (``default_pipeline().run`` on each article), (b)
``monitor.ingest`` into a fresh SQLite file, (c) the same into a freshly emptied PostgreSQL database,
(d) the same articles ingested again into that SQLite file, where every article is known and skipped
(the cost of idempotence). Rounds are repeated and each pass keeps its best wall time; the ratio of
each pass to the pipeline alone, taken in the same run, is the figure that matters on a shared
machine. The store's overhead per article is the pass's wall time less the pipeline's, over the
articles (all of the re-ingest's, where no article reaches the pipeline).

Articles: the first N of SaudiNewsNet when ``../shared/data/saudinewsnet`` is present (never
committed, never required), otherwise a JSONL file of rasd records given with ``--input``.
PostgreSQL: the database of ``--postgres`` is created if missing and emptied before each use
(``DROP SCHEMA public CASCADE``); ``--no-postgres`` skips it.

    python bench/ingest_throughput.py [--articles 2000] [--repeat 3] [--input FILE.jsonl]
        [--postgres postgresql://postgres@127.0.0.1:5432/rasd_bench | --no-postgres]
"""

from __future__ import annotations

import argparse
import json
import lzma
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from tempfile import TemporaryDirectory

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from text_throughput import SAUDINEWSNET  # noqa: E402

from rasd.errors import InputError  # noqa: E402
from rasd.ingest import read_inputs  # noqa: E402
from rasd.ingest.records import article_from_record  # noqa: E402
from rasd.monitor import ingest  # noqa: E402
from rasd.pipeline import Pipeline, default_pipeline  # noqa: E402
from rasd.store import Store  # noqa: E402
from rasd.types import Article  # noqa: E402

POSTGRES = "postgresql://postgres@127.0.0.1:5432/rasd_bench"
WARM_UP = 50

#: What a pass returns: articles read, new articles stored, events, merged events in the store.
Counts = tuple[int, int | None, int, int | None]


@dataclass(frozen=True, slots=True)
class Pass:
    """One timed pass: what it read and stored, and how long it took."""

    name: str
    articles: int
    stored: int | None
    events: int
    merged: int | None
    wall: float
    cpu: float


def saudinewsnet_articles(limit: int) -> list[Article]:
    """The first ``limit`` SaudiNewsNet articles with a body, read as rasd reads a JSON record."""
    found = []
    with lzma.open(SAUDINEWSNET, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            raw = json.loads(line)
            record = {
                "title": raw.get("title"),
                "text": raw.get("content"),
                "published": raw.get("date_extracted"),
                "url": raw.get("url"),
                "outlet": raw.get("source"),
            }
            try:
                found.append(article_from_record(record, SAUDINEWSNET.name, number)[0])
            except InputError:
                continue  # an empty body: the crawler missed it
            if len(found) >= limit:
                break
    return found


def file_articles(path: Path, limit: int) -> list[Article]:
    articles = (item for item in read_inputs([str(path)]) if isinstance(item, Article))
    return list(islice(articles, limit))


def load_articles(input_file: Path | None, limit: int) -> tuple[str, list[Article]]:
    if input_file is not None:
        articles = file_articles(input_file, limit)
        return f"{input_file.name}, first {len(articles)} articles", articles
    if SAUDINEWSNET.exists():
        articles = saudinewsnet_articles(limit)
        return f"SaudiNewsNet, first {len(articles)} articles", articles
    raise SystemExit(f"{SAUDINEWSNET} is absent: give a JSONL file of articles with --input")


def fresh_postgres(url: str) -> str:
    """Creates the URL's database if missing (through the server's ``postgres`` maintenance
    database) and empties it; returns the URL. Raises ``psycopg.OperationalError`` when the server
    cannot be reached."""
    params = conninfo_to_dict(url)
    name = params.pop("dbname")
    with psycopg.connect(**params, dbname="postgres", autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if exists is None:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP SCHEMA public CASCADE")
        connection.execute("CREATE SCHEMA public")
    return url


def postgres_url(args: argparse.Namespace, console: Console) -> str | None:
    """The emptied bench database's URL, or None (said on the console) when skipped or unreachable."""
    if args.no_postgres:
        return None
    try:
        return fresh_postgres(args.postgres)
    except psycopg.OperationalError as error:
        console.print(f"[yellow]PostgreSQL skipped[/]: cannot reach {args.postgres}: {error}")
        return None


def timed(name: str, run: Callable[[], Counts]) -> Pass:
    wall, cpu = time.perf_counter(), time.process_time()
    counts = run()
    return Pass(name, *counts, time.perf_counter() - wall, time.process_time() - cpu)


def pipeline_only(articles: list[Article], pipeline: Pipeline) -> Pass:
    return timed(
        "pipeline only",
        lambda: (len(articles), None, sum(len(pipeline.run(a).events) for a in articles), None),
    )


def ingest_into(target: str, name: str, articles: list[Article], pipeline: Pipeline) -> Pass:
    """``monitor.ingest`` of the articles into the database at ``target``; the store is opened (and
    migrated) before the clock starts."""
    with Store.open(target) as store:

        def run() -> Counts:
            saved = ingest(articles, store, pipeline).saved
            return saved.articles + saved.known, saved.articles, saved.events, store.count_merged_events()

        return timed(name, run)


def one_round(articles: list[Article], pipeline: Pipeline, sqlite: Path, postgres: str | None) -> list[Pass]:
    """The four passes: the pipeline, a new SQLite file, the emptied PostgreSQL, the SQLite again."""
    passes = [pipeline_only(articles, pipeline), ingest_into(str(sqlite), "SQLite", articles, pipeline)]
    if postgres is not None:
        passes.append(ingest_into(fresh_postgres(postgres), "PostgreSQL", articles, pipeline))
    passes.append(ingest_into(str(sqlite), "SQLite re-ingest (all known)", articles, pipeline))
    return passes


def best_rounds(repeat: int, run_round: Callable[[int], list[Pass]]) -> list[Pass]:
    """Each pass's fastest wall time over ``repeat`` rounds, taken in turn so that noise hits all alike."""
    rounds = [run_round(number) for number in range(repeat)]
    return [min(passes, key=lambda p: p.wall) for passes in zip(*rounds, strict=True)]


def store_ms(run: Pass, baseline: Pass) -> str:
    """The store's cost per article: the pass less the pipeline, or all of a pass that stored
    nothing (a re-ingest, where no article reaches the pipeline)."""
    if run is baseline:
        return "-"
    seconds = run.wall if run.stored == 0 else run.wall - baseline.wall
    return f"{seconds / run.articles * 1000:.2f}"


def results_table(title: str, passes: list[Pass]) -> Table:
    table = Table(title=title)
    table.add_column("backend")
    columns = ("articles", "new stored", "events", "merged events", "wall s", "CPU s", "articles/s")
    for column in (*columns, "× pipeline", "store ms/article"):
        table.add_column(column, justify="right")
    baseline = passes[0]
    for run in passes:
        table.add_row(
            run.name,
            f"{run.articles:,}",
            "-" if run.stored is None else f"{run.stored:,}",
            f"{run.events:,}",
            "-" if run.merged is None else f"{run.merged:,}",
            f"{run.wall:.2f}",
            f"{run.cpu:.2f}",
            f"{run.articles / run.wall:,.0f}",
            f"{run.wall / baseline.wall:.2f}",
            store_ms(run, baseline),
        )
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; each pass keeps its best")
    parser.add_argument("--input", type=Path, help="a JSONL file of articles, instead of SaudiNewsNet")
    parser.add_argument("--postgres", default=POSTGRES, help="the bench database (emptied first)")
    parser.add_argument("--no-postgres", action="store_true", help="measure SQLite only")
    args = parser.parse_args()
    console = Console()
    name, articles = load_articles(args.input, args.articles)
    mean_kb = sum(len(a.text.encode()) for a in articles) / len(articles) / 1000
    pipeline = default_pipeline()
    for article in articles[:WARM_UP]:  # resources loaded and caches warm outside the timing
        pipeline.run(article)
    postgres = postgres_url(args, console)

    with TemporaryDirectory() as folder:
        passes = best_rounds(
            args.repeat,
            lambda number: one_round(articles, pipeline, Path(folder) / f"round{number}.sqlite", postgres),
        )

    console.print(results_table(f"Ingest throughput — {name}, mean {mean_kb:.1f} KB", passes))
    console.print(
        f"Best wall time of {args.repeat} rounds, into fresh databases each round. CPU s counts this "
        "process only, not the PostgreSQL server. Events: distinct events stored (the pipeline's count "
        "includes repeated articles). store ms/article = (pass − pipeline only) / articles."
    )


if __name__ == "__main__":
    main()
