"""Many reports of one occurrence: is storing the n-th report as cheap as storing the 2nd?

One SaudiNewsNet article's first event, copied into N articles (each its own article and event
id, as N outlets would report it), saved into a fresh SQLite store in batches of 100; the table
gives wall and CPU per report for each stretch of 1,000 reports, min / median / max over rounds
(a fresh store each round; the stretches of one round cannot be reordered, since the store grows).
Flat figures mean linear time in the number of reports.

    python bench/one_occurrence.py [--reports 5000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clusters import stream  # noqa: E402
from rich.table import Table  # noqa: E402
from rounds import Measure, console, spread, timed  # noqa: E402

from rasd.pipeline import default_pipeline  # noqa: E402
from rasd.store import Store  # noqa: E402
from rasd.types import Document  # noqa: E402

BATCH = 100
STRETCH = 1000


def first_event_document() -> Document:
    pipeline = default_pipeline()
    for article in stream(5000):
        document = pipeline.run(article)
        if any(e.country and e.date for e in document.events):
            return document
    raise SystemExit("no dated event with a country in the first 5,000 articles")


def copies(document: Document, count: int) -> list[Document]:
    event = next(e for e in document.events if e.country and e.date)
    return [
        Document(
            replace(document.article, id=f"copy-{n}"),
            events=(replace(event, id=f"copy-{n}-e", article_id=f"copy-{n}"),),
        )
        for n in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    docs = copies(first_event_document(), args.reports)
    stretches = [docs[start : start + STRETCH] for start in range(0, args.reports, STRETCH)]
    measures: list[list[Measure]] = [[] for _ in stretches]
    for _round in range(args.rounds):
        with Store.open(str(Path(tempfile.mkdtemp()) / "one.sqlite")) as store:
            for number, stretch in enumerate(stretches):
                saves = [stretch[i : i + BATCH] for i in range(0, len(stretch), BATCH)]
                measures[number].append(timed(lambda saves=saves: [store.save(s) for s in saves]))
            merged = store.counts()["merged_events"]
    title = f"{args.reports:,} reports of one occurrence into one SQLite store, {args.rounds} rounds"
    out = Table(title=title)
    for column in ("reports", "wall ms / report (min / med / max)", "CPU ms / report (min / med / max)"):
        out.add_column(column, justify="right")
    for number, (stretch, found) in enumerate(zip(stretches, measures, strict=True)):
        first = number * STRETCH + 1
        per_report = 1000 / len(stretch)
        out.add_row(
            f"{first:,}–{first + len(stretch) - 1:,}",
            spread([m.wall * per_report for m in found], 2),
            spread([m.cpu * per_report for m in found], 2),
        )
    console().print(out)
    console().print(f"merged events at the end of a round: {merged} (one occurrence)")


if __name__ == "__main__":
    main()
