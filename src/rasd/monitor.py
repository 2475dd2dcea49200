"""Inputs → pipeline → store: the job behind ``rasd ingest``, ``rasd watch`` and ``rasd demo``.

Articles are taken in batches; one already stored is not analysed again, and each batch is saved
in one transaction. Every problem (an unreadable input, a stage that failed) is recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rasd.ingest import Fetcher, poll_feed
from rasd.pipeline import Pipeline
from rasd.store import SaveCounts, Store
from rasd.types import Article, Document, Problem

#: Articles saved per transaction: large enough to amortize the commit, small enough that a run
#: killed midway loses little work.
BATCH = 100
#: Input problems recorded per transaction.
PROBLEM_BATCH = 1000


@dataclass(slots=True)
class IngestReport:
    saved: SaveCounts = field(default_factory=SaveCounts)
    problems: list[Problem] = field(default_factory=list)


def ingest(
    items: Iterable[Article | Problem],
    store: Store,
    pipeline: Pipeline,
    batch_size: int = BATCH,
) -> IngestReport:
    """Store the articles with their events, merged across reports, and record every problem."""
    report = IngestReport()
    batch: list[Article] = []
    pending: list[Problem] = []  # recorded in bulk: a broken corpus may bring thousands
    for item in items:
        if isinstance(item, Problem):
            pending.append(item)
        else:
            batch.append(item)
        if len(batch) >= batch_size or len(pending) >= PROBLEM_BATCH:
            _record(store, pending, report)
            _flush(batch, store, pipeline, report)
            batch, pending = [], []
    _record(store, pending, report)
    _flush(batch, store, pipeline, report)
    return report


def _flush(batch: list[Article], store: Store, pipeline: Pipeline, report: IngestReport) -> None:
    if not batch:
        return
    known = store.known_articles(a.id for a in batch)
    documents: list[Document] = [pipeline.run(a) for a in batch if a.id not in known]
    saved = store.save(documents)
    saved.known += len(batch) - len(documents)
    report.saved.add(saved)
    _record(store, [p for d in documents for p in d.problems], report)


def _record(store: Store, problems: list[Problem], report: IngestReport) -> None:
    if problems:
        store.record_problems(problems)
        report.problems.extend(problems)


@dataclass(frozen=True, slots=True)
class FeedReport:
    """One feed's poll: whether it changed, and what its new entries gave."""

    url: str
    not_modified: bool
    report: IngestReport


def poll_feeds(urls: Iterable[str], store: Store, pipeline: Pipeline, fetcher: Fetcher) -> list[FeedReport]:
    """One round of ``rasd watch``: each feed fetched if it changed (ETag / Last-Modified), the
    pages of entries not stored yet ingested, and the feed's validators kept for the next round."""
    reports = []
    for url in urls:
        poll = poll_feed(store.feed_state(url), fetcher, is_known=lambda link: bool(store.known_urls([link])))
        report = ingest(poll.items, store, pipeline)
        store.save_feed_state(poll.state)
        reports.append(FeedReport(url, poll.not_modified, report))
    return reports


def read_feed_list(text: str) -> list[str]:
    """Feed URLs from a FEEDS.txt: one a line; blank lines and ``#`` comments are skipped."""
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return list(dict.fromkeys(line for line in lines if line))
