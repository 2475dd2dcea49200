"""Throughput of the text layer (normalization + tokens + sentences) against a bare pass.

The bare pass maps the same characters with a chain of ``str.replace`` (the fastest plain-Python
way) and keeps no offsets; the ratio between the two, measured in the same run over the same text,
is the figure that matters on a shared, noisy machine (CPU time, best of interleaved runs). Peak
memory is measured in a separate pass (tracemalloc slows the code it watches).

Corpus: the first N articles of SaudiNewsNet when ``../shared/data/saudinewsnet`` is present
(never committed, never required), otherwise the team's example articles, shuffled and repeated.

    python bench/text_throughput.py [--articles 3000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import time
import tracemalloc
from pathlib import Path

from rich.console import Console
from rich.table import Table

from rasd.ingest import read_inputs
from rasd.lexicon.resources import load_yaml
from rasd.text import analyze_text
from rasd.text.normalize import RESOURCE, rules_from_data
from rasd.types import Article

ROOT = Path(__file__).resolve().parent.parent
SAUDINEWSNET = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.xz"


def load_corpus(limit: int) -> tuple[str, list[str]]:
    if SAUDINEWSNET.exists():
        texts = []
        with lzma.open(SAUDINEWSNET, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                texts.append(f"{record.get('title') or ''}\n{record.get('content') or ''}")
                if len(texts) >= limit:
                    break
        return f"SaudiNewsNet, first {len(texts)} articles", texts
    paragraphs = [
        p
        for item in read_inputs([str(ROOT / "examples")])
        if isinstance(item, Article)
        for p in item.text.split("\n")
        if p.strip()
    ]
    rng = random.Random(7)
    texts = ["\n".join(rng.sample(paragraphs, min(6, len(paragraphs)))) for _ in range(limit)]
    return f"examples/ paragraphs, {limit} shuffled articles", texts


def bare_pass(texts: list[str]) -> None:
    rules = rules_from_data(load_yaml(RESOURCE))
    pairs = list(rules.substitutions) + [(c, "") for c in sorted(rules.deletions)]
    for text in texts:
        for source, target in pairs:
            text = text.replace(source, target)


def text_layer(texts: list[str]) -> int:
    return sum(len(analyze_text(text)) for text in texts)


def cpu_seconds(run) -> tuple[float, object]:
    start = time.process_time()
    result = run()
    return time.process_time() - start, result


def best_interleaved(repeat: int, *runs) -> list[tuple[float, object]]:
    """The fastest of ``repeat`` CPU-time runs of each, taken in turn so that noise hits all alike."""
    best: list[tuple[float, object]] = [(float("inf"), None)] * len(runs)
    for _ in range(repeat):
        for index, run in enumerate(runs):
            seconds, result = cpu_seconds(run)
            if seconds < best[index][0]:
                best[index] = (seconds, result)
    return best


def peak_mib(run) -> float:
    """Peak traced memory of a run (a separate run: tracing slows the code it watches)."""
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    name, texts = load_corpus(args.articles)
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    text_layer(texts[:50])  # load resources and warm caches outside the timing

    (bare_seconds, _), (layer_seconds, tokens) = best_interleaved(
        args.repeat, lambda: bare_pass(texts), lambda: text_layer(texts)
    )
    layer_peak = peak_mib(lambda: [analyze_text(t) for t in texts[:500]])

    table = Table(title=f"Text layer throughput — {name}, {megabytes:.1f} MB UTF-8")
    for column in ("pass", "CPU s", "MB/s", "tokens/s", "× bare"):
        table.add_column(column, justify="right")
    table.add_row(
        "bare str.replace chain (no offsets)",
        f"{bare_seconds:.2f}",
        f"{megabytes / bare_seconds:.1f}",
        "-",
        "1.0",
    )
    table.add_row(
        "rasd normalize + tokens + sentences",
        f"{layer_seconds:.2f}",
        f"{megabytes / layer_seconds:.1f}",
        f"{tokens / layer_seconds:,.0f}",
        f"{layer_seconds / bare_seconds:.1f}",
    )
    console = Console()
    console.print(table)
    console.print(f"tokens: {tokens:,}; peak memory holding 500 analysed articles: {layer_peak:.1f} MiB")


if __name__ == "__main__":
    main()
