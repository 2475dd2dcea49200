"""Shards: the unit of batch work. The driver cuts the input stream into shards of a fixed number
of articles; a worker runs the pipeline over one shard and returns its result.

Shards are numbered in input order and cut the same way on every run, so a shard's number names
the same articles when a killed run is resumed. The functions here are pure and picklable: the
process pool and Ray call the same ``process_shard``.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rasd.geocode.gazetteer import default_gazetteer
from rasd.ingest.records import screened
from rasd.lexicon.lexicon import load_lexicon
from rasd.pipeline import default_pipeline
from rasd.runtime import tune_collector
from rasd.types import Article, Event, Problem

#: Articles per shard: hundreds, so that a task's overhead (~0.5 ms on Ray) and a shard's files
#: are small beside its work (~0.5 s), and a killed run loses little.
SHARD_SIZE = 200


@dataclass(frozen=True, slots=True)
class Shard:
    """Consecutive inputs: articles, and the problems met while reading them."""

    index: int
    items: tuple[Article | Problem, ...]

    @property
    def articles(self) -> int:
        return sum(isinstance(item, Article) for item in self.items)


@dataclass(frozen=True, slots=True)
class ShardResult:
    """What one shard gave: its articles (stored by ``batch-merge``), their events and every
    problem (from reading and from the stages); ``seconds`` is the worker's time on it."""

    index: int
    articles: tuple[Article, ...]
    events: tuple[Event, ...]
    problems: tuple[Problem, ...]
    seconds: float


def cut_shards(items: Iterable[Article | Problem], size: int = SHARD_SIZE) -> Iterator[Shard]:
    """Shards of ``size`` articles each (the last may hold fewer); problems travel with the articles
    read around them."""
    index, pending, articles = 0, [], 0
    for item in items:
        pending.append(item)
        articles += isinstance(item, Article)
        if articles == size:
            yield Shard(index, tuple(pending))
            index, pending, articles = index + 1, [], 0
    if pending:
        yield Shard(index, tuple(pending))


def warm_up() -> None:
    """Load the gazetteer and the lexicon, once per worker process, before the first shard."""
    tune_collector()
    default_gazetteer()
    load_lexicon()


def process_shard(shard: Shard) -> ShardResult:
    """Run the default pipeline over a shard's articles, each first checked to be Arabic (as
    ``rasd.ingest`` checks it); a stage failure costs one article."""
    started = time.perf_counter()
    pipeline = default_pipeline()
    articles: list[Article] = []
    events: list[Event] = []
    problems: list[Problem] = []
    for item in screened(shard.items, f"shard {shard.index}"):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        document = pipeline.run(item)
        articles.append(item)
        events.extend(document.events)
        problems.extend(document.problems)
    elapsed = time.perf_counter() - started
    return ShardResult(shard.index, tuple(articles), tuple(events), tuple(problems), elapsed)
