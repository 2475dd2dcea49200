"""Is extraction linear in article length? One article made of SaudiNewsNet texts joined
(paragraph after paragraph) at sizes of 1 to 16 MB, run through the whole pipeline; each size gets
its own stretch of the corpus in every round. The last column is the CPU time per MB relative to
the smallest size's, within the round: about 1 when the cost is linear.

    python bench/article_length.py [--sizes 1,2,4,8,16] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import lzma
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rounds import console, interleaved, spread, table, timed  # noqa: E402
from text_throughput import SAUDINEWSNET  # noqa: E402

from rasd.pipeline import default_pipeline  # noqa: E402
from rasd.types import Article  # noqa: E402


def texts_of(total_bytes: int) -> list[str]:
    found, size = [], 0
    with lzma.open(SAUDINEWSNET, "rt", encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line).get("content") or ""
            found.append(text)
            size += len(text.encode())
            if size >= total_bytes:
                break
    return found


def article_of(texts: list[str], start: int, megabytes: int) -> tuple[Article, int]:
    """One article of about ``megabytes`` MB from the texts after ``start``; and where it ended."""
    body, size, end = [], 0, start
    while size < megabytes * 1_000_000:
        text = texts[end % len(texts)]
        body.append(text)
        size += len(text.encode())
        end += 1
    return Article(f"long-{start}", "مقال طويل", "\n".join(body)), end


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1,2,4,8,16", help="MB")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    texts = texts_of(int(sum(sizes) * 1_000_000 * 1.2))  # the corpus, reused when it runs short
    pipeline = default_pipeline()
    pipeline.run(Article("warm", "", texts[0]))
    cursor = [0]

    def run(megabytes: int):
        def one(_round: int):
            article, cursor[0] = article_of(texts, cursor[0], megabytes)
            return timed(lambda: len(pipeline.run(article).events))

        return one

    results = interleaved(args.rounds, {f"{mb} MB": run(mb) for mb in sizes})
    out = console()
    out.print(table(f"One article of 1–{max(sizes)} MB through the pipeline, {args.rounds} rounds", results))
    smallest = results[f"{sizes[0]} MB"]
    for mb in sizes:
        ratios = [
            (m.cpu / mb) / (s.cpu / sizes[0]) for m, s in zip(results[f"{mb} MB"], smallest, strict=True)
        ]
        events = statistics.median(m.result for m in results[f"{mb} MB"])
        out.print(
            f"{mb:>3} MB: CPU per MB × the {sizes[0]} MB article's: {spread(ratios, 2)}; events {events:.0f}"
        )


if __name__ == "__main__":
    main()
