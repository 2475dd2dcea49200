"""What storing an article costs as the store grows: stores of 0, 10,000 and 30,000 articles
whose date windows are crowded (SaudiNewsNet: 31,000 articles over 18 days, so every new
report's ±1-day block holds thousands of merged events).

The articles are run through the pipeline once (the documents are kept in a pickle in the
temporary folder, keyed by their number, for later runs); each store is filled with the first
N documents of the shuffled stream (each store holds a share of every day), untimed. Then, in
interleaved rounds (the order of the stores alternating), every
store saves a fresh batch of later documents, the same batch for all stores in a round: wall and
CPU per article, and the ratio to the empty store within the round. SQLite, in temporary files.

    python bench/store_growth.py [--sizes 0,10000,30000] [--batch 120] [--rounds 5]

SaudiNewsNet has 30,676 articles with a text: the largest store and the rounds' batches must fit.
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clusters import stream  # noqa: E402
from rounds import console, interleaved, table, timed  # noqa: E402

from rasd.pipeline import default_pipeline  # noqa: E402
from rasd.store import Store  # noqa: E402
from rasd.types import Document  # noqa: E402

FILL_BATCH = 500


def documents(count: int) -> list[Document]:
    """The first ``count`` SaudiNewsNet articles with their events (cached between runs)."""
    path = Path(tempfile.gettempdir()) / f"rasd-bench-documents-{count}.pickle"
    if path.exists():
        with path.open("rb") as handle:
            return pickle.load(handle)
    pipeline = default_pipeline()
    # Only the article and its events are stored: the analysed text is dropped to save memory.
    found = [replace(pipeline.run(article), title=None, body=None) for article in stream(count)]
    with path.open("wb") as handle:
        pickle.dump(found, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return found


def filled(size: int, docs: list[Document], folder: Path) -> Store:
    store = Store.open(str(folder / f"store-{size}.sqlite"))
    for start in range(0, size, FILL_BATCH):
        store.save(docs[start : min(start + FILL_BATCH, size)])
    return store


def saving(store: Store, batches: list[list[Document]]):
    """A pass that saves the round's batch into the store."""
    return lambda number: timed(lambda: store.save(batches[number]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="0,10000,30000")
    parser.add_argument("--batch", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    largest = max(sizes)
    # Shuffled, so that every store holds a share of every day and each batch's dates are crowded.
    docs = documents(largest + args.batch * args.rounds)
    if len(docs) < largest + args.batch * args.rounds:
        raise SystemExit(f"only {len(docs):,} articles: fewer stored or smaller batches, please")
    random.Random(13).shuffle(docs)
    out = console()
    folder = Path(tempfile.mkdtemp(prefix="rasd-growth-"))
    stores = {}
    for size in sizes:
        stores[size] = filled(size, docs, folder)
        merged = stores[size].counts()["merged_events"]
        out.print(f"store of {size:,} articles: {merged:,} merged events")
    batches = [docs[largest + r * args.batch : largest + (r + 1) * args.batch] for r in range(args.rounds)]
    events = sum(len(d.events) for batch in batches for d in batch)
    results = interleaved(
        args.rounds, {f"{size:,} stored": saving(store, batches) for size, store in stores.items()}
    )
    title = (
        f"Saving {args.batch} new articles ({events / args.rounds:.0f} events a batch) into stores "
        f"of {', '.join(f'{s:,}' for s in sizes)} articles, {args.rounds} rounds (SQLite)"
    )
    out.print(table(title, results, (f"{sizes[0]:,} stored",), items=args.batch))
    for size, measures in results.items():
        per_article = sorted(m.wall / args.batch * 1000 for m in measures)
        out.print(f"{size}: {per_article[len(per_article) // 2]:.2f} ms wall per article (median)")
    for store in stores.values():
        store.close()


if __name__ == "__main__":
    main()
