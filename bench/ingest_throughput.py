"""Ingest throughput: articles a second through the pipeline alone and through ``rasd ingest`` into
SQLite and PostgreSQL, in one run over the same articles.

Four passes a round, in interleaved rounds (``rounds.py``: the order alternates, min / median /
max, ratios to the pipeline alone within each round): (a) the pipeline alone
(``default_pipeline().run`` on each article), (b) ``monitor.ingest`` into a fresh SQLite file, (c)
the same into a freshly emptied PostgreSQL database, each on its own fresh slice of new articles
every round, and (d) a slice ingested again into a SQLite file that already holds it (filled
before the timing), where every article is known and skipped (the cost of idempotence).

Articles: the first N of SaudiNewsNet when ``../shared/data/saudinewsnet`` is present (never
committed, never required), otherwise a JSONL file of rasd records given with ``--input``.
PostgreSQL: the database of ``--postgres`` is created if missing and emptied before each use
(``DROP SCHEMA public CASCADE``); ``--no-postgres`` skips it.

    python bench/ingest_throughput.py [--articles 500] [--rounds 5] [--input FILE.jsonl]
        [--postgres postgresql://postgres@127.0.0.1:5432/rasd_bench | --no-postgres]
"""

from __future__ import annotations

import argparse
import json
import lzma
import sys
from itertools import islice
from pathlib import Path
from tempfile import TemporaryDirectory

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict
from rich.console import Console

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rounds import Measure, console, interleaved, table, timed  # noqa: E402
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


def pipeline_only(pipeline: Pipeline, articles: list[Article]) -> Measure:
    return timed(lambda: sum(len(pipeline.run(a).events) for a in articles))


def ingest_into(target: str, pipeline: Pipeline, articles: list[Article]) -> Measure:
    """``monitor.ingest`` of the articles into the database at ``target``; the store is opened (and
    migrated) before the clock starts."""
    with Store.open(target) as store:
        return timed(lambda: ingest(articles, store, pipeline).saved)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=500, help="articles per pass and round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--input", type=Path, help="a JSONL file of articles, instead of SaudiNewsNet")
    parser.add_argument("--postgres", default=POSTGRES, help="the bench database (emptied first)")
    parser.add_argument("--no-postgres", action="store_true", help="measure SQLite only")
    args = parser.parse_args()
    out = console()
    size, rounds = args.articles, args.rounds
    name, articles = load_articles(args.input, size * (3 * rounds + 1) + WARM_UP)
    pipeline = default_pipeline()
    for article in articles[:WARM_UP]:  # resources loaded and caches warm outside the timing
        pipeline.run(article)
    slices = [articles[WARM_UP + i * size : WARM_UP + (i + 1) * size] for i in range(3 * rounds + 1)]
    repeated, fresh = slices[0], iter(slices[1:])
    postgres = postgres_url(args, out)
    mean_kb = sum(len(a.text.encode()) for a in repeated) / len(repeated) / 1000

    with TemporaryDirectory() as folder:
        known = str(Path(folder) / "known.sqlite")
        ingest_into(known, pipeline, repeated)
        files = iter(Path(folder) / f"new{n}.sqlite" for n in range(rounds))
        passes = {
            "pipeline only": lambda _r: pipeline_only(pipeline, next(fresh)),
            "SQLite": lambda _r: ingest_into(str(next(files)), pipeline, next(fresh)),
        }
        if postgres is not None:
            passes["PostgreSQL"] = lambda _r: ingest_into(fresh_postgres(postgres), pipeline, next(fresh))
        passes["SQLite re-ingest (all known)"] = lambda _r: ingest_into(known, pipeline, repeated)
        results = interleaved(rounds, passes)

    title = f"Ingest throughput — {name}: {size} new articles a pass (mean {mean_kb:.1f} KB), {rounds} rounds"
    out.print(table(title, results, ("pipeline only",), items=size))
    stored = {
        key: m.result for key, measures in results.items() for m in measures[:1] if key != "pipeline only"
    }
    out.print(
        "first round: "
        + "; ".join(
            f"{key}: {s.articles} stored, {s.known} known, {s.events} events" for key, s in stored.items()
        )
    )
    out.print("CPU counts this process only, not the PostgreSQL server.")


if __name__ == "__main__":
    main()
