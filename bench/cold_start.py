"""Cold start: a fresh ``rasd extract ARTICLE`` process, as a desk that runs it on each new article
meets it, with the caches already built (the compiled lexicon and the gazetteer index in
``RASD_CACHE_DIR``: the first run builds them, outside the timing).

Passes, interleaved: a bare interpreter (``python -c pass``), extraction of a new article in
every round (a fresh SaudiNewsNet article, or one of the team's examples without the corpus), and
extraction of the same article every round. Wall and CPU (user + system) of the child process.
Issue 13's target: at most 1 s wall.

    python bench/cold_start.py [--rounds 7]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_throughput import articles_of  # noqa: E402
from rounds import child_timed, console, interleaved, table  # noqa: E402
from text_throughput import load_corpus  # noqa: E402

EXTRACT = [sys.executable, "-m", "rasd", "extract"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    name, texts = load_corpus(args.rounds * 4 + 10)
    articles = articles_of(texts)
    folder = Path(tempfile.mkdtemp(prefix="rasd-cold-"))
    files = []
    for number, article in enumerate(articles[: args.rounds + 1]):
        path = folder / f"article-{number}.txt"
        path.write_text(f"{article.title}\n\n{article.text}", encoding="utf-8")
        files.append(str(path))
    warm = child_timed([*EXTRACT, files[0]])  # builds the caches if they are missing
    if warm.result.returncode not in (0, 1):
        raise SystemExit(warm.result.stderr.decode())
    results = interleaved(
        args.rounds,
        {
            "python -c pass": lambda _round: child_timed([sys.executable, "-c", "pass"]),
            "rasd extract (new article)": lambda number: child_timed([*EXTRACT, files[number + 1]]),
            "rasd extract (same article)": lambda _round: child_timed([*EXTRACT, files[0]]),
        },
    )
    out = console()
    out.print(table(f"Cold start — {name}, {args.rounds} rounds", results, ("python -c pass",)))
    out.print(f"first run (caches as found): {warm.wall:.2f} s wall, {warm.cpu:.2f} s CPU")


if __name__ == "__main__":
    main()
