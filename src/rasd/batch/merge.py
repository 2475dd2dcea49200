"""``rasd batch-merge``: a batch's events deduplicated into the store, by the rules of ingest.

Ingest asks the database for each event's candidates; here the candidates live in an index in
memory (the store's merged events of the batch's blocks, then every new one), decided by the same
functions (``rasd.dedupe``: ``in_block``, ``joinable``, ``matches``, ``start_merged``,
``merged_with``) in the same order, on the same merged values and tallies, with analysts'
corrections re-applied after each join as the store re-applies them, so the merged events are
those that ``rasd ingest`` of the same articles would give. New merged events take ids
after the store's highest, as PostgreSQL's sequence gives them (SQLite would give the id of a
merged event folded away to the next new one: other numbers, the same order, the same choices). The
result is bulk-loaded (COPY on PostgreSQL) every ``LOAD_ARTICLES`` articles, one transaction each:
a merge killed midway leaves whole articles stored, and its re-run skips them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from rasd import acled
from rasd.batch.layout import (
    ARTICLES,
    EVENTS,
    Layout,
    article_from_row,
    event_from_row,
    read_manifest,
    read_problems,
    read_rows,
)
from rasd.dedupe import (
    Candidate,
    Merged,
    blocking_key,
    date_window,
    in_block,
    joinable,
    matches,
    merged_with,
    start_merged,
)
from rasd.errors import BatchError, Code
from rasd.store import BulkLoad, SaveCounts, Store, StoredCluster
from rasd.store import reviews as review_sql
from rasd.types import Article, Event

#: Articles per bulk load (one transaction): big enough that COPY pays, small enough to hold.
LOAD_ARTICLES = 20_000

Block = tuple[str, str]


@dataclass(slots=True)
class Cluster:
    """One occurrence as the store holds it: its merged event as the machine merged it and its
    tally (what reports are compared with and merged into), its analysts' corrections and the
    merged event they give (``shown``: what the store's row, and so its candidate query, holds),
    the articles in it, whether the store already has it, and the reports this index added."""

    id: int
    merged: Merged
    corrections: review_sql.Corrections
    article_ids: set[str | None]
    stored: bool
    event_ids: list[str] = field(default_factory=list)
    shown: Event = field(init=False)

    def __post_init__(self) -> None:
        self.shown = review_sql.corrected(self.merged.event, self.corrections)


def _keys(merged: Event) -> list[tuple]:
    """Where the index files a merged event: under its block and day, and under its block and
    gazetteer place (the two ways ``in_block`` can admit it); none without a country."""
    if merged.country is None:
        return []
    block = (merged.country, acled.family(merged.event_type, merged.sub_event_type))
    keys: list[tuple] = []
    if merged.date is not None:
        keys.append((*block, merged.date))
    if merged.geonameid is not None:
        keys.append((*block, merged.geonameid))
    return keys


class MergeIndex:
    """Merged events in memory, filed by block and day and by block and place, as the store's
    index serves its candidate query; it remembers what changed since the last load."""

    def __init__(self, stored: Iterable[StoredCluster], top_id: int) -> None:
        self.clusters: dict[int, Cluster] = {}
        self.filed: dict[tuple, set[int]] = defaultdict(set)
        self.next_id = top_id + 1
        self.changed: set[int] = set()
        self.folded_stored: list[int] = []
        self.redirect: dict[int, int] = {}
        for c in stored:
            self._file(Cluster(c.id, c.merged, dict(c.corrections), set(c.article_ids), stored=True))

    def _file(self, cluster: Cluster) -> None:
        self.clusters[cluster.id] = cluster
        for key in _keys(cluster.shown):
            self.filed[key].add(cluster.id)

    def _unfile(self, cluster: Cluster) -> None:
        del self.clusters[cluster.id]
        for key in _keys(cluster.shown):
            self.filed[key].discard(cluster.id)

    def add(self, event: Event) -> tuple[int, bool]:
        """The id of the merged event the event joins (True) or starts (False), as ``Store.save``
        decides it: the first match's merged event, merged with the other matches (folded into it)
        and then with the event, the corrections of all of them applied last."""
        found = matches(event, self._candidates(event))
        if not found:
            cluster = Cluster(self.next_id, start_merged(event), {}, {event.article_id}, stored=False)
            cluster.event_ids.append(event.id or "")
            self.next_id += 1
            self._file(cluster)
            self.changed.add(cluster.id)
            return cluster.id, False
        target = self.clusters[found[0].id]
        merged = target.merged
        for candidate in found[1:]:
            other = self.clusters[candidate.id]
            merged = merged_with(merged, other.merged)
            target.article_ids |= other.article_ids
            target.corrections = review_sql.combined(target.corrections, other.corrections)
            target.event_ids += other.event_ids
            self._fold(other.id, target.id)
        self._unfile(target)  # its merged date and place may change
        target.merged = merged_with(merged, start_merged(event))
        target.shown = review_sql.corrected(target.merged.event, target.corrections)
        target.article_ids.add(event.article_id)
        target.event_ids.append(event.id or "")
        self._file(target)
        self.changed.add(target.id)
        return target.id, True

    def _candidates(self, event: Event) -> list[Candidate]:
        """The merged events that ``in_block`` admits (the store's SQL, on the rows as shown) and
        whose summary, as the machine merged it, passes ``joinable``, looked up by the event's days
        and place rather than read whole. The whole merged event stands for the store's summary
        row: the comparison reads only summary fields.
        Every article of a candidate is given, where the store gives only those that can bar the
        join: the other articles never can, so the choice is the same."""
        key = blocking_key(event)
        if key is None:
            return []
        window = date_window(event)
        days = (
            [window[0] + dt.timedelta(days=n) for n in range((window[1] - window[0]).days + 1)]
            if window
            else []
        )
        places = [event.geonameid] if event.geonameid is not None else []
        ids = set().union(*(self.filed.get((*key, value), ()) for value in (*days, *places)))
        near = (self.clusters[i] for i in sorted(ids))
        found = (
            Candidate(c.id, c.merged.event, c.merged.tally, frozenset(c.article_ids))
            for c in near
            if in_block(event, c.shown)
        )
        return [candidate for candidate in found if joinable(event, candidate)]

    def _fold(self, folded: int, into: int) -> None:
        cluster = self.clusters[folded]
        self._unfile(cluster)
        self.redirect[folded] = into
        self.changed.discard(folded)
        if cluster.stored:
            self.folded_stored.append(folded)

    def final(self, cluster_id: int) -> int:
        """Where a merged event ended up after the folds since the last load."""
        while cluster_id in self.redirect:
            cluster_id = self.redirect[cluster_id]
        return cluster_id

    def take_changes(
        self,
    ) -> tuple[list[tuple[int, Merged]], list[tuple[int, Merged]], list[tuple[int, int]]]:
        """Merged events new and updated, and folds, since the last load; then all count as stored."""
        changed = [self.clusters[i] for i in sorted(self.changed)]
        new = [(c.id, c.merged) for c in changed if not c.stored]
        updated = [(c.id, c.merged) for c in changed if c.stored]
        folds = [(self.final(i), i) for i in self.folded_stored]
        for cluster in changed:
            cluster.stored = True
        self.changed.clear()
        self.folded_stored.clear()
        self.redirect.clear()
        return new, updated, folds


@dataclass(slots=True)
class _Pending:
    """What the next bulk load writes."""

    articles: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sources: list[tuple[str, int, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class MergeReport:
    saved: SaveCounts
    problems: int


def merge_batch(out: Layout, store: Store, listener: Callable[[int], None] | None = None) -> MergeReport:
    """Load a batch's finished shards into the store, deduplicated; ``listener`` hears each shard's
    number as it is done. Problems the batch recorded are recorded in the store too."""
    if read_manifest(out) is None:
        raise BatchError(Code.BATCH_OUT_MISMATCH, f"{out.root} holds no batch (no manifest.json)")
    shards = out.finished()
    index = MergeIndex(*store.clusters(_blocks(out, shards)))
    counts, pending, seen = SaveCounts(), _Pending(), set[str]()
    for shard in shards:
        _add_shard(out, shard, store, index, counts, pending, seen)
        if len(pending.articles) >= LOAD_ARTICLES:
            pending = _load(store, index, pending)
        if listener is not None:
            listener(shard)
    _load(store, index, pending)
    problems = store.record_problems(read_problems(out))
    return MergeReport(counts, problems)


def _blocks(out: Layout, shards: Sequence[int]) -> set[Block]:
    """The blocks of the batch's events, read from two columns only."""
    blocks: set[Block] = set()
    for shard in shards:
        for row in read_rows(out, EVENTS, shard, columns=("country_code", "event_type", "sub_event_type")):
            if row["country_code"]:
                blocks.add((row["country_code"], acled.family(row["event_type"], row["sub_event_type"])))
    return blocks


def _add_shard(
    out: Layout,
    shard: int,
    store: Store,
    index: MergeIndex,
    counts: SaveCounts,
    pending: _Pending,
    seen: set[str],
) -> None:
    """A shard's articles not stored yet, each event merged as ``Store.save`` would merge it."""
    articles = [article_from_row(row) for row in read_rows(out, ARTICLES, shard)]
    by_article: dict[str, list[Event]] = defaultdict(list)
    for row in read_rows(out, EVENTS, shard):
        by_article[row["article_id"]].append(event_from_row(row))
    stored = store.known_articles(a.id for a in articles)
    for article in articles:
        if article.id in stored or article.id in seen:
            counts.known += 1
            continue
        seen.add(article.id)
        pending.articles.append(article)
        counts.articles += 1
        _add_events(by_article[article.id], index, counts, pending)


def _add_events(events: Iterable[Event], index: MergeIndex, counts: SaveCounts, pending: _Pending) -> None:
    stored: set[str] = set()
    for event in events:
        if event.id is None or event.id in stored:
            continue
        stored.add(event.id)
        merged_id, joined = index.add(event)
        pending.events.append(event)
        pending.sources.append((event.id, merged_id, event.article_id or ""))
        counts.events += 1
        if joined:
            counts.merged_joined += 1
        else:
            counts.merged_new += 1


def _load(store: Store, index: MergeIndex, pending: _Pending) -> _Pending:
    """Write what is pending in one transaction; returns the next, empty, pending load."""
    sources = [
        (event_id, index.final(merged_id), article_id) for event_id, merged_id, article_id in pending.sources
    ]
    new, updated, folds = index.take_changes()
    store.bulk_load(BulkLoad(pending.articles, pending.events, new, updated, folds, sources))
    return _Pending()
