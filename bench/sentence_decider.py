"""What the learned sentence decider costs inside extraction (issue 10: at most a fifth of it).

Three passes a round, interleaved so that noise hits all alike: extraction with the rules alone,
extraction with the sentence model, and — inside the second pass — the time spent in the model's
``decide`` (features + scoring), read with a timing wrapper. The text stage runs once, before the
timing. Prints min / median / max of CPU and wall seconds over the rounds, and the ratios within
each round. Articles: a gold folder when given (``--gold ../shared/eval/train``: real news, read
in place, never committed), else the team's examples shuffled into articles.

    python bench/sentence_decider.py [--gold DIR] [--articles 500] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_throughput import articles_of  # noqa: E402
from text_throughput import load_corpus  # noqa: E402

from rasd.eval.gold import load_gold  # noqa: E402
from rasd.extract.deciders import ModelSentenceDecider  # noqa: E402
from rasd.extract.mentions import TextMentions  # noqa: E402
from rasd.extract.sentence_model import shipped_model  # noqa: E402
from rasd.extract.stage import extract_with  # noqa: E402
from rasd.text.analyze import text_stage  # noqa: E402
from rasd.types import Decision, Document, Sentence  # noqa: E402


@dataclass
class TimedDecider:
    """The model decider, with the CPU and wall time spent in it (the sentence model and the event
    confidence, both learned) added up."""

    inner: ModelSentenceDecider
    cpu: float = 0.0
    wall: float = 0.0
    calls: int = 0

    def decide(self, mentions: TextMentions, sentence: Sentence) -> Decision:
        self.calls += 1
        return self._timed(self.inner.decide, mentions, sentence)

    def confidence(self, features: dict[str, float]) -> float:
        return self._timed(self.inner.confidence, features)

    def withholds(self, confidence: float) -> bool:
        return self.inner.withholds(confidence)

    def _timed(self, call, *args):
        cpu, wall = time.process_time(), time.perf_counter()
        answer = call(*args)
        self.cpu += time.process_time() - cpu
        self.wall += time.perf_counter() - wall
        return answer


def timed(run) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def documents(gold: Path | None, limit: int) -> tuple[str, list[Document]]:
    if gold is not None:
        articles = [g.article for g in load_gold(gold)][:limit]
        name = f"{gold}: {len(articles)} articles"
    else:
        name, texts = load_corpus(limit)
        articles = articles_of(texts)
    return name, [text_stage(Document(a)) for a in articles]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=None)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    name, docs = documents(args.gold, args.articles)
    model = ModelSentenceDecider(shipped_model())
    for document in docs[:20]:
        extract_with(document, model)  # resources, gazetteer and model loaded outside the timing

    rows: dict[str, list[tuple[float, float]]] = {
        "text stage": [],
        "rules only": [],
        "rules + model": [],
        "model alone": [],
    }
    ratios: list[float] = []
    with_text: list[float] = []
    calls = 0
    for _ in range(args.rounds):
        rows["text stage"].append(timed(lambda: [text_stage(Document(d.article)) for d in docs]))
        rows["rules only"].append(timed(lambda: [extract_with(d, None) for d in docs]))
        decider = TimedDecider(model)
        rows["rules + model"].append(timed(lambda decider=decider: [extract_with(d, decider) for d in docs]))
        rows["model alone"].append((decider.cpu, decider.wall))
        ratios.append(decider.cpu / rows["rules + model"][-1][0])
        with_text.append(decider.cpu / (rows["rules + model"][-1][0] + rows["text stage"][-1][0]))
        calls = decider.calls

    table = Table(title=f"Sentence decider cost — {name}, {args.rounds} interleaved rounds")
    for column in ("pass", "CPU s min", "median", "max", "wall s min", "median", "max"):
        table.add_column(column, justify="right")
    for label, values in rows.items():
        cpu, wall = [v[0] for v in values], [v[1] for v in values]
        table.add_row(label, *_spread(cpu), *_spread(wall))
    console = Console()
    console.print(table)
    for label, shares in (("extraction", ratios), ("text stage + extraction", with_text)):
        console.print(
            f"model share of {label} CPU (per round): min {min(shares):.3f}, "
            f"median {statistics.median(shares):.3f}, max {max(shares):.3f}"
        )
    console.print(f"{calls} sentences judged a round")


def _spread(values: list[float]) -> tuple[str, str, str]:
    return f"{min(values):.3f}", f"{statistics.median(values):.3f}", f"{max(values):.3f}"


if __name__ == "__main__":
    main()
