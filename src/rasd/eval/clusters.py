"""Deduplication scored on article pairs (EVENT_SCHEMA.md): two articles that share a merged
event, against two articles that carry the same gold ``cluster``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations

from rasd.eval.gold import GoldArticle
from rasd.types import MergedEvent

Pair = frozenset[str]


def gold_pairs(gold_articles: Iterable[GoldArticle]) -> set[Pair]:
    clusters: dict[str, list[str]] = defaultdict(list)
    for gold in gold_articles:
        if gold.cluster:
            clusters[gold.cluster].append(gold.article.id)
    return _pairs(clusters.values())


def merged_pairs(merged_events: Iterable[MergedEvent]) -> set[Pair]:
    return _pairs(m.article_ids for m in merged_events)


def _pairs(groups: Iterable[Iterable[str]]) -> set[Pair]:
    return {frozenset(pair) for group in groups for pair in combinations(sorted(set(group)), 2)}
