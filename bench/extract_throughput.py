"""Throughput of the whole extraction beside the text layer and a bare ``str.replace`` pass.

Issue 13's targets, on one core and on text the process has not seen: at least 500 articles of
~3 KB a second, extraction at most 10× the text layer, the text layer at most 8× the bare pass.

Articles: SaudiNewsNet when ``../shared/data/saudinewsnet`` is present (never committed, never
required), otherwise the team's examples. Two tables:

- **new text**: in every round each pass gets its own fresh slice of articles, never seen by any
  pass before (the caches hold what earlier slices left, as in a long run over a feed);
- **repeated text**: every pass reads the same slice in every round (caches full).

One pass runs extraction with the gazetteer's fuzzy (one-edit) place look-up switched off, to
show its share of the cost; its events differ, so only its time means anything.

    python bench/extract_throughput.py [--articles 400] [--rounds 5]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rounds import console, interleaved, on_input, table  # noqa: E402
from text_throughput import bare_pass, load_corpus  # noqa: E402

from rasd.extract.stage import extract_stage  # noqa: E402
from rasd.geocode.gazetteer import Gazetteer, default_gazetteer  # noqa: E402
from rasd.lexicon.lexicon import load_lexicon  # noqa: E402
from rasd.runtime import tune_collector  # noqa: E402
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


def bare(articles: list[Article]) -> int:
    bare_pass([f"{a.title}\n{a.text}" for a in articles])
    return 0


def text_only(articles: list[Article]) -> int:
    """The text layer in full: the sentences too, which extraction splits only where it reads them."""
    return sum(
        len(analyze_text(a.text).sentences) + len(analyze_text(a.title, "title").sentences) for a in articles
    )


def full_extraction(articles: list[Article]) -> int:
    return sum(len(extract_stage(text_stage(Document(a))).events) for a in articles)


def without_fuzzy_places(articles: list[Article]) -> int:
    original = Gazetteer.fuzzy_lookup
    Gazetteer.fuzzy_lookup = lambda self, stems, countries, letters_only=False: []
    try:
        return full_extraction(articles)
    finally:
        Gazetteer.fuzzy_lookup = original


PASSES: dict[str, Callable[[list[Article]], int]] = {
    "bare str.replace chain": bare,
    "text layer": text_only,
    "text + extraction": full_extraction,
    "text + extraction, no fuzzy places": without_fuzzy_places,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=400, help="articles per pass and round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    size, rounds = args.articles, args.rounds
    slices_needed = rounds * len(PASSES) + 2  # fresh slices, the repeated one, the warm-up
    name, texts = load_corpus(int(size * slices_needed * 1.1))
    articles = articles_of(texts)
    slices = [articles[i * size : (i + 1) * size] for i in range(len(articles) // size)]
    if len(slices) < slices_needed:
        raise SystemExit(f"{name}: {len(articles)} articles, too few for {slices_needed} slices of {size}")
    tune_collector()  # as the rasd command and batch workers run extraction
    load_lexicon(), default_gazetteer()
    full_extraction(slices[0])  # resources loaded outside the timing
    repeated, fresh = slices[1], iter(slices[2:])

    kb = sum(len(a.text.encode()) + len(a.title.encode()) for a in repeated) / len(repeated) / 1000
    out = console()
    for label, pick in (("new text", lambda: next(fresh)), ("repeated text", lambda: repeated)):
        results = interleaved(rounds, {pass_name: on_input(run, pick) for pass_name, run in PASSES.items()})
        title = f"Extraction on {label} — {name}: {size} articles a pass (mean {kb:.1f} KB), {rounds} rounds"
        out.print(table(title, results, ("bare str.replace chain", "text layer"), items=size))
        events = [m.result for m in results["text + extraction"]]
        out.print(f"events found per pass: {events}")


if __name__ == "__main__":
    main()
