"""Throughput of the whole extraction beside the text layer, on the same articles in the same run.

Issue targets: at least 300 articles of ~3 KB a second on one core, and extraction at most 10x the
cost of the text layer. Articles: SaudiNewsNet when ``../shared/data/saudinewsnet`` is present
(never committed, never required), otherwise the team's examples repeated. CPU time, best of
interleaved runs.

    python bench/extract_throughput.py [--articles 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from text_throughput import best_interleaved, load_corpus  # noqa: E402

from rasd.extract.stage import extract_stage  # noqa: E402
from rasd.geocode.gazetteer import default_gazetteer  # noqa: E402
from rasd.lexicon.lexicon import load_lexicon  # noqa: E402
from rasd.text.analyze import analyze_text, text_stage  # noqa: E402
from rasd.types import Article, Document  # noqa: E402

TARGET_ARTICLE_BYTES = 3000


def articles_of(texts: list[str]) -> list[Article]:
    """Articles of about 3 KB: long texts are cut at a paragraph, as news pages are."""
    articles = []
    for number, text in enumerate(texts):
        title, _, body = text.partition("\n")
        while len(body.encode()) > TARGET_ARTICLE_BYTES and "\n" in body:
            body = body.rsplit("\n", 1)[0]
        if body.strip():
            articles.append(Article(str(number), title, body))
    return articles


def text_only(articles: list[Article]) -> int:
    return sum(len(analyze_text(a.text)) + len(analyze_text(a.title, "title")) for a in articles)


def full_extraction(articles: list[Article]) -> int:
    return sum(len(extract_stage(text_stage(Document(a))).events) for a in articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    name, texts = load_corpus(args.articles)
    articles = articles_of(texts)
    random.Random(1).shuffle(articles)
    mean_kb = sum(len(a.text.encode()) for a in articles) / len(articles) / 1000
    load_lexicon(), default_gazetteer()
    full_extraction(articles[:50])  # resources loaded and caches warm outside the timing

    (text_seconds, _), (full_seconds, events) = best_interleaved(
        args.repeat, lambda: text_only(articles), lambda: full_extraction(articles)
    )

    table = Table(title=f"Extraction throughput — {name}: {len(articles)} articles, mean {mean_kb:.1f} KB")
    for column in ("pass", "CPU s", "articles/s", "× text layer"):
        table.add_column(column, justify="right")
    table.add_row("text layer only", f"{text_seconds:.2f}", f"{len(articles) / text_seconds:,.0f}", "1.0")
    table.add_row(
        "text + extraction (all stages)",
        f"{full_seconds:.2f}",
        f"{len(articles) / full_seconds:,.0f}",
        f"{full_seconds / text_seconds:.1f}",
    )
    console = Console()
    console.print(table)
    console.print(f"events found: {events}")


if __name__ == "__main__":
    main()
