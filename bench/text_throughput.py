"""Throughput of the text layer (normalization + tokens + sentences) against a bare pass.

The bare pass maps the same characters with a chain of ``str.replace`` (the fastest plain-Python
way) and keeps no offsets; the ratio between the two, taken within each round, is the figure that
matters on a shared, noisy machine. Peak
memory is measured in a separate pass (tracemalloc slows the code it watches).

Corpus: the first N articles of SaudiNewsNet when ``../shared/data/saudinewsnet`` is present
(never committed, never required), otherwise the team's example articles, shuffled and repeated.
Min / median / max over interleaved rounds, on new text (a fresh slice per pass and round) and on
repeated text (the same slice every round), as ``rounds.py`` describes.

    python bench/text_throughput.py [--articles 500] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import sys
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rounds import console, interleaved, on_input, table  # noqa: E402

from rasd.ingest import read_inputs  # noqa: E402
from rasd.lexicon.resources import load_yaml  # noqa: E402
from rasd.text import analyze_text  # noqa: E402
from rasd.text.normalize import RESOURCE, rules_from_data  # noqa: E402
from rasd.types import Article  # noqa: E402

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
    """Every text's tokens and sentences (split when first read, so read here)."""
    return sum(len(analyze_text(text).sentences) for text in texts)


def peak_mib(run) -> float:
    """Peak traced memory of a run (a separate run: tracing slows the code it watches)."""
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=500, help="articles per pass and round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    size, rounds = args.articles, args.rounds
    name, texts = load_corpus(size * (2 * rounds + 2))
    slices = [texts[i * size : (i + 1) * size] for i in range(len(texts) // size)]
    text_layer(slices[0])  # load resources and warm caches outside the timing
    repeated, fresh = slices[1], iter(slices[2:])
    passes = {
        "bare str.replace chain (no offsets)": bare_pass,
        "rasd normalize + tokens + sentences": text_layer,
    }
    out = console()
    for label, pick in (("new text", lambda: next(fresh)), ("repeated text", lambda: repeated)):
        results = interleaved(rounds, {pass_name: on_input(run, pick) for pass_name, run in passes.items()})
        megabytes = sum(len(t.encode()) for t in repeated) / 1e6
        title = f"Text layer on {label} — {name}: {size} texts a pass (~{megabytes:.1f} MB), {rounds} rounds"
        out.print(table(title, results, (next(iter(passes)),), items=size, item="texts"))
    layer_peak = peak_mib(lambda: [(a, a.sentences) for a in map(analyze_text, repeated)])
    out.print(f"peak memory holding {size} analysed texts: {layer_peak:.1f} MiB")


if __name__ == "__main__":
    main()
