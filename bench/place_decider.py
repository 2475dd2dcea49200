"""What the learned place decider costs inside extraction (issue 10: the learned parts together at
most a fifth of it).

Two passes a round, interleaved so that noise hits both alike, each with the shipped sentence
model: extraction with the place rules alone, and with the place model too (which also reads the
bare town names only it may accept, and judges candidates only where a frame asks). Its cost is the
difference. The text stage runs once, before the timing. Prints min / median / max of CPU and wall
seconds over the rounds, and the share within each round.

    python bench/place_decider.py [--gold DIR] [--articles 500] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sentence_decider import _spread, documents, timed  # noqa: E402

from rasd.extract.deciders import place_decider, sentence_decider  # noqa: E402
from rasd.extract.stage import extract_with  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=None)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    name, docs = documents(args.gold, args.articles)
    sentences, places = sentence_decider("model"), place_decider("model")
    for document in docs[:20]:
        extract_with(document, sentences, places)  # resources, gazetteer and models loaded outside

    rows: dict[str, list[tuple[float, float]]] = {"place rules": [], "place rules + model": []}
    shares: list[float] = []
    for _ in range(args.rounds):
        rows["place rules"].append(timed(lambda: [extract_with(d, sentences) for d in docs]))
        rows["place rules + model"].append(timed(lambda: [extract_with(d, sentences, places) for d in docs]))
        with_model = rows["place rules + model"][-1][0]
        shares.append((with_model - rows["place rules"][-1][0]) / with_model)

    table = Table(title=f"Place decider cost — {name}, {args.rounds} interleaved rounds")
    for column in ("pass", "CPU s min", "median", "max", "wall s min", "median", "max"):
        table.add_column(column, justify="right")
    for label, values in rows.items():
        table.add_row(label, *_spread([v[0] for v in values]), *_spread([v[1] for v in values]))
    console = Console()
    console.print(table)
    console.print(
        f"place model share of extraction CPU (per round): min {min(shares):.3f}, "
        f"median {statistics.median(shares):.3f}, max {max(shares):.3f}"
    )


if __name__ == "__main__":
    main()
