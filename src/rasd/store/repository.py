"""The one place that reads and writes the database.

Writes are transactional: a batch of documents is stored whole or not at all, so a run killed
midway leaves every article either fully stored (with its events merged) or absent, and the
re-run picks up the rest. Articles already stored are skipped, so ingesting twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any, TypeVar

from sqlalchemy import JSON, Connection, Engine, Table, and_, bindparam, func, or_, select
from sqlalchemy.exc import IntegrityError

from rasd import acled
from rasd.config import get_settings
from rasd.dedupe import (
    Candidate,
    Merged,
    Tally,
    blocking_key,
    date_window,
    joinable,
    matches,
    merged_with,
    reach_box,
    start_merged,
)
from rasd.store import aggregates
from rasd.store import reviews as review_sql
from rasd.store.engine import connect, write_transaction
from rasd.store.tables import (
    articles,
    event_columns,
    events,
    feeds,
    merged_event_sources,
    merged_events,
    problems,
    reviews,
)
from rasd.types import (
    Article,
    Document,
    Event,
    FeedState,
    MergedEvent,
    Problem,
    Review,
    ReviewAction,
    ReviewStatus,
    Span,
)

EVENT_FIELDS = tuple(column.name for column in event_columns())
#: What deduplication reads of every merged event in a block: the summary fields (date, place,
#: parties, sub-type, toll, weapons), not the evidence, so a crowded day costs little to scan.
_NOT_SUMMARY = {
    "evidence",
    "evidence_spans",
    "rules",
    "notes",
    "actor1_ar",
    "actor2_ar",
    "claimed_by",
    "weapons",
}
SUMMARY_FIELDS = tuple(name for name in EVENT_FIELDS if name not in _NOT_SUMMARY)
#: Merged events are read in pages of this many rows, with their sources fetched page by page.
PAGE = 1000
#: Tries of a write transaction that lost a race for the same row to another process.
RACE_ATTEMPTS = 3
T = TypeVar("T")
# Statements built once: row values travel as parameters, so each write reuses the compiled SQL.
_UPDATE_MERGED = merged_events.update().where(merged_events.c.id == bindparam("merged_id"))
_UPDATE_PROBLEM = problems.update().where(problems.c.key == bindparam("problem_key"))


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which merged events to list; every given condition must hold."""

    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None  # an event type or a sub-event type
    sub_event_type: str | None = None
    actor: str | None = None  # a part of actor1's or actor2's name, any case
    since: dt.date | None = None
    until: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north (degrees)
    review: str | None = None  # one of reviews.REVIEW_FILTERS; None: every event but rejected ones
    min_reports: int | None = None  # at least this many reports (extracted events) merged
    min_confidence: float | None = None  # the merged event's confidence is at least this (0–1)
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a page of newest-first events ended: the last event's date (None if undated) and id."""

    date: dt.date | None
    id: int


@dataclass(frozen=True, slots=True)
class Marker:
    """What the map draws of a merged event: the fields of its tooltip, its reports, its place."""

    id: int
    event_type: str
    sub_event_type: str | None
    date: dt.date | None
    fatalities: int | None
    actor1: str | None
    actor2: str | None
    country: str | None
    admin1: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    review: ReviewStatus | None
    article_ids: tuple[str, ...]


#: The columns of ``merged_events`` that a listed merged event reads (not the tally, which only
#: deduplication needs: one JSON document less to parse per row).
_LISTED_COLUMNS = ("id", *EVENT_FIELDS, "updated")
#: The columns of ``merged_events`` that a marker reads: its fields up to ``review``.
_MARKER_COLUMNS = tuple(f.name for f in fields(Marker))[:-2]


@dataclass(frozen=True, slots=True)
class StoredProblem:
    problem: Problem
    first_seen: dt.datetime
    last_seen: dt.datetime
    times: int


@dataclass(slots=True)
class SaveCounts:
    """What one save did: new and already known articles, events stored, and how they merged."""

    articles: int = 0
    known: int = 0
    events: int = 0
    merged_new: int = 0
    merged_joined: int = 0

    def add(self, other: SaveCounts) -> None:
        for count in fields(self):
            setattr(self, count.name, getattr(self, count.name) + getattr(other, count.name))


@dataclass(frozen=True, slots=True)
class StoredCluster:
    """A merged event as deduplication reads it from the store: its id, its merged values as the
    machine merged them (an analyst's corrections set aside) and tally, the articles in it, and the
    corrections that its row shows and that win again whenever a new report joins it."""

    id: int
    merged: Merged
    article_ids: frozenset[str]
    corrections: review_sql.Corrections = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BulkLoad:
    """What a bulk load writes: new articles and their events; merged events (with their tallies)
    new (with the ids the caller gave them), updated, or folded into another (``(into, folded)``);
    and each event's merged event (``(event_id, merged_id, article_id)``)."""

    articles: Sequence[Article] = ()
    events: Sequence[Event] = ()
    new_merged: Sequence[tuple[int, Merged]] = ()
    updated_merged: Sequence[tuple[int, Merged]] = ()
    folds: Sequence[tuple[int, int]] = ()
    sources: Sequence[tuple[str, int, str]] = ()


@dataclass
class Store:
    engine: Engine
    _now: Any = field(default=lambda: dt.datetime.now(dt.UTC), repr=False)

    @property
    def _dialect(self) -> str:
        return self.engine.dialect.name

    @classmethod
    def open(cls, target: str | None = None, create: bool = True) -> Store:
        """The database at a path or URL (default: ``RASD_DB`` or the data folder's SQLite file);
        ``create=False`` refuses to start a new SQLite file."""
        return cls(connect(target or get_settings().database(), create))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- articles and events -------------------------------------------------------------------

    def known_articles(self, ids: Iterable[str]) -> set[str]:
        with self.engine.connect() as connection:
            return _existing(connection, articles.c.id, ids)

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        with self.engine.connect() as connection:
            return _existing(connection, articles.c.url, urls)

    def save(self, documents: Sequence[Document]) -> SaveCounts:
        """Store documents with their events, merging each event into the occurrence it reports;
        one transaction for the batch."""

        def write(connection: Connection) -> SaveCounts:
            counts, delta = SaveCounts(), aggregates.Delta()
            known = _existing(connection, articles.c.id, (d.article.id for d in documents))
            for document in documents:
                if document.article.id in known:
                    counts.known += 1
                    continue
                known.add(document.article.id)
                self._save_document(connection, document, counts, delta)
            delta.apply(connection)
            return counts

        return self._write(write)

    def _write(self, work: Callable[[Connection], T]) -> T:
        """``work`` in one write transaction. When another process stored the same row first (a
        unique-key clash on PostgreSQL; SQLite writers queue at BEGIN), the transaction is run
        again: it now sees that row and skips or updates it, so the race changes nothing."""
        for attempt in range(1, RACE_ATTEMPTS + 1):
            try:
                with write_transaction(self.engine) as connection:
                    return work(connection)
            except IntegrityError:
                if attempt == RACE_ATTEMPTS:
                    raise
        raise AssertionError("unreachable: the loop returns or raises")

    def _save_document(
        self, connection: Connection, document: Document, counts: SaveCounts, delta: aggregates.Delta
    ) -> None:
        connection.execute(articles.insert(), _article_values(document.article, self._now()))
        counts.articles += 1
        stored: set[str] = set()
        for event in document.events:
            if event.id is None or event.id in stored:
                continue
            stored.add(event.id)
            connection.execute(events.insert(), {"id": event.id, **_event_values(event)})
            counts.events += 1
            if self._merge_event(connection, event, delta):
                counts.merged_joined += 1
            else:
                counts.merged_new += 1

    def _merge_event(self, connection: Connection, event: Event, delta: aggregates.Delta) -> bool:
        """Join the event to the merged event it reports (folding in any other it ties to that
        one), or start one; True when it joined. Only the merged events themselves are read and
        written, never their other reports, so a join costs the same at the 2nd report as at the
        10,000th. ``delta`` gathers what the writes change in the aggregate tables."""
        found = matches(event, self._candidates(connection, event))
        delta.subtract(connection, [c.id for c in found])
        if not found:
            merged_id = self._insert_merged(connection, start_merged(event))
        else:
            merged_id = found[0].id
            stored = _stored_merged(connection, [c.id for c in found])
            merged = stored[merged_id]
            for candidate in found[1:]:
                merged = merged_with(merged, stored[candidate.id])
            _fold(connection, merged_id, [c.id for c in found[1:]])
            values = _merged_values(merged_with(merged, start_merged(event)), self._now())
            # a review outlives new reports: its corrections win again (the machine's values kept)
            values = review_sql.reviewed_values(values, review_sql.corrections(connection, merged_id))
            connection.execute(_UPDATE_MERGED, {"merged_id": merged_id, **values})
        connection.execute(
            merged_event_sources.insert(),
            {"event_id": event.id, "merged_id": merged_id, "article_id": event.article_id},
        )
        delta.add(connection, [merged_id])
        return bool(found)

    def _candidates(self, connection: Connection, event: Event) -> list[Candidate]:
        """Merged events in the event's block (same country and family, and dates within the
        window, or no date at the same gazetteer place) whose summary passes the cheap test."""
        key = blocking_key(event)
        near = _near_in_time(event) if key is not None else []
        if not near:
            return []
        table = merged_events.c
        rows = connection.execute(
            select(table.id, table.weapons, table.tally, *(table[name] for name in SUMMARY_FIELDS)).where(
                table.country == key[0], table.family == key[1], or_(*near), *_same_province(event)
            )
        )
        found = (
            Candidate(row.id, review_sql.machine_event(_summary_from_row(row), row.tally), _tally_of(row))
            for row in rows
        )
        passing = [candidate for candidate in found if joinable(event, candidate)]
        articles = _articles_that_matter(connection, event, [c.id for c in passing])
        return [replace(c, article_ids=articles[c.id]) for c in passing]

    def _insert_merged(self, connection: Connection, merged: Merged) -> int:
        result = connection.execute(merged_events.insert(), _merged_values(merged, self._now()))
        return result.inserted_primary_key[0]

    # --- bulk loading (rasd batch-merge) ----------------------------------------------------------

    def clusters(self, blocks: Iterable[tuple[str, str]]) -> tuple[list[StoredCluster], int]:
        """The merged events of the given blocks (country, family) as ``_merge_event`` reads them
        (merged values and tally, the articles in each, their corrections), and the highest merged
        event id, so that an index in memory can go on where the store stands."""
        wanted = list(dict.fromkeys(blocks))
        table = merged_events.c
        with self.engine.connect() as connection:
            top = connection.execute(select(func.max(table.id))).scalar_one() or 0
            found: list[StoredCluster] = []
            for start in range(0, len(wanted), PAGE):
                keys = [and_(table.country == c, table.family == f) for c, f in wanted[start : start + PAGE]]
                rows = {row.id: row for row in connection.execute(select(merged_events).where(or_(*keys)))}
                ids = sorted(rows)
                articles = _articles_of(connection, ids)
                corrections = review_sql.latest_corrections(connection, ids)
                found += [
                    StoredCluster(
                        i,
                        _machine_merged(rows[i]),
                        articles.get(i, frozenset()),
                        corrections.get(i, {}),
                    )
                    for i in ids
                ]
        return found, top

    def bulk_load(self, load: BulkLoad) -> None:
        """Store a batch's articles, events and merged events in one transaction, by COPY on
        PostgreSQL and by multi-row inserts on SQLite; ``load`` was decided by the same rules as
        ``save`` (``rasd.batch.merge``)."""
        now = self._now()
        touched = {i for i, _ in [*load.new_merged, *load.updated_merged]} | {
            i for f in load.folds for i in f
        }
        with self.engine.begin() as connection:
            delta = aggregates.Delta()
            delta.subtract(connection, touched)
            # a microsecond apart, so that reports keep their arrival order (``_sources``)
            stamps = (now + dt.timedelta(microseconds=i) for i in range(len(load.articles)))
            _bulk_insert(
                connection,
                articles,
                [_article_values(a, t) for a, t in zip(load.articles, stamps, strict=True)],
            )
            _bulk_insert(connection, events, [{"id": e.id, **_event_values(e)} for e in load.events])
            new = [{"id": merged_id, **_merged_values(m, now)} for merged_id, m in load.new_merged]
            _bulk_insert(connection, merged_events, new)
            if new and connection.dialect.name == "postgresql":
                connection.exec_driver_sql(
                    "SELECT setval(pg_get_serial_sequence('merged_events', 'id'), "
                    "(SELECT max(id) FROM merged_events))"
                )
            for into, folded in load.folds:
                _fold(connection, into, [folded])
            # a review is never overwritten: the corrections (folded ones included) win again, as in save
            changed = [*load.new_merged, *load.updated_merged]
            corrections = review_sql.latest_corrections(connection, [i for i, _ in changed])
            stored = {i for i, _ in load.updated_merged}
            updated = [
                {
                    "merged_id": i,
                    **review_sql.reviewed_values(
                        _merged_values(m, now), review_sql.corrected_values(corrections.get(i, {}))
                    ),
                }
                for i, m in changed
                if i in stored or i in corrections
            ]
            if updated:
                connection.execute(_UPDATE_MERGED, updated)
            sources = [{"event_id": e, "merged_id": m, "article_id": a} for e, m, a in load.sources]
            _bulk_insert(connection, merged_event_sources, sources)
            delta.add(connection, touched)
            delta.apply(connection)

    # --- reading merged events -------------------------------------------------------------------

    def merged_events(
        self, where: EventFilter | None = None, after: Cursor | None = None
    ) -> Iterator[MergedEvent]:
        """Merged events, newest first and undated ones last, each with every article and outlet
        that reported it and its review status; with ``after``, those that follow that event.

        Dated and undated events are read by two queries, so that ``ORDER BY date DESC`` needs no
        NULLS LAST, which PostgreSQL's date index cannot serve (it would sort the whole table).
        """
        where = where or EventFilter()
        remaining = where.limit
        with self.engine.connect() as connection:
            for dated in _date_passes(where, after):
                if remaining is not None and remaining <= 0:
                    return
                query = _newest_first(where, dated, self._dialect, after, _LISTED_COLUMNS).limit(remaining)
                # a page that fits one partition is fetched at once: streaming it costs PostgreSQL
                # a server-side cursor and its round trips; an export of every event streams
                streamed = {"yield_per": PAGE} if remaining is None or remaining > PAGE else {}
                result = connection.execution_options(**streamed).execute(query)
                for page in result.partitions(PAGE):
                    ids = [row._mapping["id"] for row in page]
                    sources, status = _sources(connection, ids), review_sql.statuses(connection, ids)
                    for id_, row in zip(ids, page, strict=True):
                        yield _merged_from_row(row, sources[id_], status.get(id_))
                    if remaining is not None:
                        remaining -= len(page)

    def markers(self, where: EventFilter) -> list[Marker]:
        """The merged events of ``merged_events(where)`` as the map's markers, in the same order:
        only the columns a marker shows are read, so a view of 2,000 parses no evidence or JSON."""
        found: list[Marker] = []
        with self.engine.connect() as connection:
            for dated in _date_passes(where):
                remaining = None if where.limit is None else where.limit - len(found)
                if remaining is not None and remaining <= 0:
                    break
                query = _newest_first(where, dated, self._dialect, columns=_MARKER_COLUMNS).limit(remaining)
                rows = connection.execute(query).all()
                ids = [row[0] for row in rows]  # the first marker column: id
                sources, status = _sources(connection, ids), review_sql.statuses(connection, ids)
                found += [
                    Marker(*row, status.get(id_), tuple(dict.fromkeys(a for a, _, _ in sources[id_])))
                    for id_, row in zip(ids, rows, strict=True)
                ]
        return found

    def count_merged_events(self, where: EventFilter | None = None) -> int:
        conditions = _conditions(where or EventFilter(), self._dialect)
        query = select(func.count()).select_from(merged_events).where(*conditions)
        with self.engine.connect() as connection:
            return connection.execute(query).scalar_one()

    def merged_event(self, merged_id: int) -> MergedEvent | None:
        with self.engine.connect() as connection:
            row = connection.execute(select(merged_events).where(merged_events.c.id == merged_id)).first()
            if row is None:
                return None
            status = review_sql.statuses(connection, [merged_id]).get(merged_id)
            return _merged_from_row(row, _sources(connection, [merged_id])[merged_id], status)

    def reports(self, merged_id: int) -> list[tuple[Article, Event]]:
        """The articles that report a merged event, each with the event extracted from it, in the
        order they arrived."""
        query = (
            select(articles, events.c.id.label("event_id"))
            .join(merged_event_sources, merged_event_sources.c.article_id == articles.c.id)
            .join(events, events.c.id == merged_event_sources.c.event_id)
            .where(merged_event_sources.c.merged_id == merged_id)
            .order_by(articles.c.ingested, articles.c.id)
        )
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
            found = {e.id: e for e in _events_by_id(connection, [row.event_id for row in rows])}
        return [(_article_from_row(row), found[row.event_id]) for row in rows]

    def article(self, article_id: str) -> tuple[Article, list[Event]] | None:
        """A stored article and the events extracted from it."""
        with self.engine.connect() as connection:
            row = connection.execute(select(articles).where(articles.c.id == article_id)).first()
            if row is None:
                return None
            query = select(events).where(events.c.article_id == article_id).order_by(events.c.id)
            return _article_from_row(row), [_event_from_row(e) for e in connection.execute(query)]

    def review(
        self,
        merged_id: int,
        action: ReviewAction,
        reviewer: str,
        comment: str | None = None,
        changes: dict[str, Any] | None = None,
    ) -> list[Review] | None:
        """Record an analyst's verdict (a correction applies ``changes``, field name → value);
        None when there is no such merged event."""
        unknown = set(changes or {}) - set(review_sql.CORRECTABLE)
        if unknown:
            raise ValueError(f"fields that cannot be corrected: {', '.join(sorted(unknown))}")
        with self.engine.begin() as connection:
            delta = aggregates.Delta()
            delta.subtract(connection, [merged_id])  # the status and the corrected fields are counted
            recorded = review_sql.record(
                connection, merged_id, action, reviewer, comment, changes or {}, self._now()
            )
            delta.add(connection, [merged_id])
            delta.apply(connection)
            return recorded

    def reviews(self, merged_id: int) -> list[Review]:
        with self.engine.connect() as connection:
            return review_sql.history(connection, merged_id)

    def stats(self, where: EventFilter | None = None) -> aggregates.Stats:
        """Events and fatalities by week, country, province, type and actor (from the aggregate
        tables unless the filter has a condition they do not cover: a bounding box among them)."""
        where = where or EventFilter()
        with self.engine.connect() as connection:
            cube = None if where.bbox else _slice(where)
            return aggregates.stats(connection, _conditions(where, self._dialect), cube)

    def bins(self, where: EventFilter, zoom: int) -> list[aggregates.Bin]:
        """The located events counted per grid cell of the zoom level (``aggregates.cell_degrees``),
        for a map view holding too many to draw."""
        with self.engine.connect() as connection:
            conditions = _conditions(where, self._dialect)
            return aggregates.bins(connection, conditions, zoom, _slice(where), where.bbox)

    def more_in_view(self, where: EventFilter, limit: int, zoom: int) -> bool:
        """Whether the map's view (``where.bbox``) at this zoom level holds more than ``limit`` events
        (``aggregates.more_than``)."""
        with self.engine.connect() as connection:
            conditions = _conditions(where, self._dialect)
            return aggregates.more_than(connection, conditions, limit, zoom, _slice(where), where.bbox)

    def count_at_most(self, where: EventFilter, limit: int) -> int:
        with self.engine.connect() as connection:
            return aggregates.at_most(connection, _conditions(where, self._dialect), limit)

    def rebuild_aggregates(self) -> None:
        """Count every merged event afresh into the aggregate tables (after rows were written to
        ``merged_events`` by other means than this class)."""
        with write_transaction(self.engine) as connection:
            aggregates.rebuild(connection)

    def counts(self) -> dict[str, int]:
        """Rows per table, for summaries."""
        tables = (articles, events, merged_events, problems)
        with self.engine.connect() as connection:
            return {
                table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
                for table in tables
            }

    # --- problems ------------------------------------------------------------------------------

    def record_problems(self, items: Iterable[Problem]) -> int:
        """Record problems; one seen before gets its count and last-seen time updated. One
        transaction and two bulk statements for the lot (a corpus may bring thousands)."""
        now = self._now()
        batch = list(items)
        seen: dict[str, tuple[Problem, int]] = {}
        for problem in batch:
            key = _problem_key(problem)
            seen[key] = (problem, seen[key][1] + 1 if key in seen else 1)

        def write(connection: Connection) -> int:
            known = _existing(connection, problems.c.key, seen)
            if known:
                connection.execute(
                    _UPDATE_PROBLEM.values(last_seen=now, times=problems.c.times + bindparam("seen")),
                    [{"problem_key": key, "seen": seen[key][1]} for key in known],
                )
            new = [
                {"key": key, "first_seen": now, "last_seen": now, "times": times, **asdict(problem)}
                for key, (problem, times) in seen.items()
                if key not in known
            ]
            if new:
                connection.execute(problems.insert(), new)
            return len(batch)

        return self._write(write)

    def problems(self, limit: int | None = None, code: str | None = None) -> list[StoredProblem]:
        query = select(problems).order_by(problems.c.last_seen.desc(), problems.c.id.desc()).limit(limit)
        if code is not None:
            query = query.where(problems.c.code == code)
        with self.engine.connect() as connection:
            return [_stored_problem(row) for row in connection.execute(query)]

    # --- feeds ---------------------------------------------------------------------------------

    def feed_state(self, url: str) -> FeedState:
        with self.engine.connect() as connection:
            row = connection.execute(select(feeds).where(feeds.c.url == url)).first()
        return FeedState(url, row.etag, row.modified) if row else FeedState(url)

    def save_feed_state(self, state: FeedState) -> None:
        values = {"etag": state.etag, "modified": state.modified, "polled": self._now()}

        def write(connection: Connection) -> None:
            updated = connection.execute(feeds.update().where(feeds.c.url == state.url).values(**values))
            if updated.rowcount == 0:
                connection.execute(feeds.insert().values(url=state.url, **values))

        self._write(write)


def _near_in_time(event: Event) -> list:
    """Conditions on a merged event's date: within the event's window, or undated at the same
    gazetteer place; an undated event looks only at its place, whatever the date."""
    table = merged_events.c
    same_place = table.geonameid == event.geonameid if event.geonameid is not None else None
    window = date_window(event)
    if window is None:
        return [same_place] if same_place is not None else []
    conditions = [table.date.between(*window)]
    if same_place is not None:
        conditions.append(and_(table.date.is_(None), same_place))
    return conditions


def _bulk_insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows: by COPY on PostgreSQL (~5x ``executemany``), else as one executemany."""
    if not rows:
        return
    if connection.dialect.name != "postgresql":
        connection.execute(table.insert(), rows)
        return
    columns = list(rows[0])
    as_json = {c.name for c in table.columns if isinstance(c.type, JSON)}
    quoted = ", ".join(f'"{column}"' for column in columns)
    statement = f"COPY {table.name} ({quoted}) FROM STDIN"
    with connection.connection.driver_connection.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row([_copy_value(row[c], c in as_json) for c in columns])


def _copy_value(value: Any, is_json: bool) -> Any:
    """COPY reads JSON columns as text."""
    return json.dumps(value, ensure_ascii=False) if is_json and value is not None else value


def _same_province(event: Event) -> list:
    """The part of the cheap test that SQL can apply: a merged event in another province is
    another place (``dedupe``'s place rule), unless it is the same gazetteer place or lies in the
    box around the event's town (the exact distance is ``joinable``'s); in a crowded
    block this leaves most rows in the database."""
    if not event.admin1:
        return []
    table = merged_events.c
    same = [table.admin1.is_(None), table.admin1 == "", table.admin1 == event.admin1]
    if event.geonameid is not None:
        same.append(table.geonameid == event.geonameid)
    if (box := reach_box(event)) is not None:
        south, north, west, east = box
        same.append(and_(table.latitude.between(south, north), table.longitude.between(west, east)))
    return [or_(*same)]


def _existing(connection: Connection, column, values: Iterable[str]) -> set[str]:
    wanted = list(dict.fromkeys(v for v in values if v))
    found: set[str] = set()
    for start in range(0, len(wanted), PAGE):
        chunk = wanted[start : start + PAGE]
        found.update(connection.execute(select(column).where(column.in_(chunk))).scalars())
    return found


#: (merged id, article id, event id, outlet) of the reports of some merged events, in the order
#: they arrived: built once, the ids travel as one expanding parameter.
_SOURCES = (
    select(
        merged_event_sources.c.merged_id,
        merged_event_sources.c.article_id,
        merged_event_sources.c.event_id,
        articles.c.outlet,
    )
    .join(articles, articles.c.id == merged_event_sources.c.article_id)
    .where(merged_event_sources.c.merged_id.in_(bindparam("ids", expanding=True)))
    .order_by(articles.c.ingested, articles.c.id)
)


def _sources(
    connection: Connection, merged_ids: Sequence[int]
) -> dict[int, list[tuple[str, str, str | None]]]:
    """(article id, event id, outlet) of each merged event, in the order the reports arrived."""
    found: dict[int, list[tuple[str, str, str | None]]] = defaultdict(list)
    if not merged_ids:
        return found
    for merged_id, article_id, event_id, outlet in connection.execute(_SOURCES, {"ids": list(merged_ids)}):
        found[merged_id].append((article_id, event_id, outlet))
    return found


def _fold(connection: Connection, into: int, others: Sequence[int]) -> None:
    """Move the reports (and reviews) of merged events into another, and drop them."""
    if not others:
        return
    for table in (merged_event_sources, reviews):
        connection.execute(table.update().where(table.c.merged_id.in_(others)).values(merged_id=into))
    connection.execute(merged_events.delete().where(merged_events.c.id.in_(others)))


def _articles_that_matter(
    connection: Connection, event: Event, merged_ids: Sequence[int]
) -> dict[int, frozenset[str | None]]:
    """For each merged event, the articles in it that can bar a join: the event's own article or,
    when several merged events are candidates (to be folded together), every article, so that
    two that share one stay apart. One candidate, the usual case, costs one indexed look-up."""
    found: dict[int, set[str | None]] = {merged_id: set() for merged_id in merged_ids}
    if not merged_ids:
        return {}
    sources = merged_event_sources.c
    query = select(sources.merged_id, sources.article_id).where(sources.merged_id.in_(merged_ids))
    if len(merged_ids) == 1:
        query = query.where(sources.article_id == event.article_id)
    for merged_id, article_id in connection.execute(query):
        found[merged_id].add(article_id)
    return {merged_id: frozenset(articles) for merged_id, articles in found.items()}


def _articles_of(connection: Connection, merged_ids: Sequence[int]) -> dict[int, frozenset[str]]:
    """The articles in each of these merged events."""
    found: dict[int, set[str]] = defaultdict(set)
    sources = merged_event_sources.c
    for start in range(0, len(merged_ids), PAGE):
        chunk = merged_ids[start : start + PAGE]
        query = select(sources.merged_id, sources.article_id).where(sources.merged_id.in_(chunk))
        for merged_id, article_id in connection.execute(query):
            found[merged_id].add(article_id)
    return {merged_id: frozenset(articles) for merged_id, articles in found.items()}


def _stored_merged(connection: Connection, merged_ids: Sequence[int]) -> dict[int, Merged]:
    rows = connection.execute(select(merged_events).where(merged_events.c.id.in_(merged_ids)))
    return {row.id: _machine_merged(row) for row in rows}


def _machine_merged(row) -> Merged:
    """A merged event as deduplication reads it: the machine's values (an analyst's corrections
    set aside, ``reviews.machine_event``) and its tally."""
    return Merged(review_sql.machine_event(_event_from_row(row), row.tally), _tally_of(row))


def _tally_of(row) -> Tally:
    """A merged event's tally; rows stored before tallies existed get one from their own fields."""
    if row.tally is not None and "lead" in row.tally:  # a review may have given it only ``machine``
        return Tally.from_json(row.tally)
    dates = ((row.date.isoformat(), row.time_precision, 1),) if row.date is not None else ()
    return Tally((row.confidence or 0.0, 0, ""), dates, row.fatalities)


def _summary_from_row(row) -> Event:
    values = row._mapping
    return Event(**{name: values[name] for name in SUMMARY_FIELDS}, weapons=tuple(values["weapons"]))


def _date_passes(where: EventFilter, after: Cursor | None = None) -> tuple[bool, ...]:
    """Which of the newest-first queries to run, in order: dated events (True), then undated ones.
    A cursor among the undated leaves only them; a date bound leaves no undated event, so that
    query (one round trip, and on the map one more statement for no row) is skipped."""
    passes = (True, False) if after is None or after.date is not None else (False,)
    if where.since is not None or where.until is not None:
        return tuple(dated for dated in passes if dated)
    return passes


def _newest_first(
    where: EventFilter,
    dated: bool,
    dialect: str,
    after: Cursor | None = None,
    columns: Sequence[str] | None = None,
):
    """The merged events (all their columns, or ``columns``) that the filter selects, dated or
    undated ones, newest first."""
    table = merged_events.c
    has_date = table.date.is_not(None) if dated else table.date.is_(None)
    chosen = [merged_events] if columns is None else [table[name] for name in columns]
    return (
        select(*chosen)
        .where(*_conditions(where, dialect), has_date, *_following(after, dated))
        .order_by(table.date.desc(), table.id.desc())
    )


def _following(after: Cursor | None, dated: bool) -> list:
    """Conditions for the events after the cursor, in newest-first order."""
    table = merged_events.c
    if after is None or (dated and after.date is None):
        return []
    if not dated:
        return [table.id < after.id] if after.date is None else []
    return [or_(table.date < after.date, and_(table.date == after.date, table.id < after.id))]


def _slice(where: EventFilter) -> aggregates.Slice | None:
    """The filter's conditions as the aggregate tables take them (its bounding box aside), or None
    when it has one they cannot answer."""
    weeks = aggregates.whole_weeks(where.since, where.until) if where.since or where.until else None
    uncovered = (
        where.actor,
        where.min_reports and where.min_reports > 1,
        where.min_confidence is not None,
        (where.since or where.until) and weeks is None,
    )
    if any(uncovered):
        return None
    return aggregates.Slice(
        country=where.country,
        admin1=where.admin1,
        event_type=where.event_type,
        sub_event_type=where.sub_event_type,
        weeks=weeks,
        review=where.review,
    )


def _conditions(where: EventFilter, dialect: str) -> list:
    table = merged_events.c
    conditions = []
    review = review_sql.condition(where.review)
    if review is not None:
        conditions.append(review)
    if where.sub_event_type:
        conditions.append(table.sub_event_type == where.sub_event_type)
    if where.bbox:
        west, south, east, north = where.bbox
        conditions += [table.longitude.between(west, east), table.latitude.between(south, north)]
    if where.min_reports and where.min_reports > 1:
        reports = (
            select(func.count())
            .where(merged_event_sources.c.merged_id == table.id)
            .correlate(merged_events)
            .scalar_subquery()
        )
        conditions.append(reports >= where.min_reports)
    if where.min_confidence is not None:
        conditions.append(table.confidence >= where.min_confidence)
    if where.country:
        conditions.append(table.country == where.country.upper())
    if where.admin1:
        conditions.append(func.lower(table.admin1) == where.admin1.lower())
    if where.event_type:
        conditions.append(or_(table.event_type == where.event_type, table.sub_event_type == where.event_type))
    if where.actor:
        conditions.append(_actor_condition(where.actor.lower(), dialect))
    if where.since:
        conditions.append(table.date >= where.since)
    if where.until:
        conditions.append(table.date <= where.until)
    return conditions


def _like_literal(text: str) -> str:
    """``text`` with LIKE's wildcards escaped, so that ``--actor %`` looks for a per cent sign."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _actor_condition(part: str, dialect: str):
    """A part of actor1's or actor2's name. PostgreSQL's trigram indexes serve ``LIKE '%…%'`` as it
    is; SQLite's B-tree indexes on ``lower(actor)`` cannot, so the few distinct names that match are
    found in the index first (a scan of the small index, not of the table's wide rows), and the
    events are then fetched by name through the same index. LIKE's wildcards in ``part`` are
    escaped, so that ``--actor %`` looks for a per cent sign."""
    pattern = f"%{_like_literal(part)}%"
    names = [func.lower(merged_events.c.actor1), func.lower(merged_events.c.actor2)]
    if dialect == "postgresql":
        return or_(*(name.like(pattern, escape="\\") for name in names))
    return or_(
        *(
            name.in_(select(name).where(name.like(pattern, escape="\\")).distinct().scalar_subquery())
            for name in names
        )
    )


def _article_values(article: Article, now: dt.datetime) -> dict[str, Any]:
    values = asdict(article)
    values["ingested"] = now
    return values


def _event_values(event: Event) -> dict[str, Any]:
    values = {name: getattr(event, name) for name in EVENT_FIELDS}
    values.update(
        weapons=list(event.weapons),
        evidence_spans=[asdict(span) for span in event.evidence_spans],
        rules=list(event.rules),
        article_id=event.article_id,
    )
    return values


def _merged_values(merged: Merged, now: dt.datetime) -> dict[str, Any]:
    values = _event_values(merged.event)
    del values["article_id"]
    family = acled.family(merged.event.event_type, merged.event.sub_event_type)
    values.update(family=family, tally=merged.tally.to_json(), updated=now)
    return values


def _event_from_row(row) -> Event:
    """The event of a row of ``events`` or ``merged_events`` (no ``article_id``). Columns are read
    through ``row._mapping``: SQLAlchemy's attribute access by name costs ten times more, which a
    page of a thousand rows of 24 columns feels."""
    columns = row._mapping
    values = {name: columns[name] for name in EVENT_FIELDS}
    values.update(
        weapons=tuple(values["weapons"]),
        evidence_spans=tuple(Span(**span) for span in values["evidence_spans"]),
        rules=tuple(values["rules"]),
        id=str(columns["id"]),
        article_id=columns.get("article_id"),
    )
    return Event(**values)


def _article_from_row(row) -> Article:
    columns = row._mapping
    return Article(**{name: columns[name] for name in Article.__dataclass_fields__})


def _events_by_id(connection: Connection, ids: Sequence[str]) -> list[Event]:
    if not ids:
        return []
    return [_event_from_row(row) for row in connection.execute(select(events).where(events.c.id.in_(ids)))]


def _merged_from_row(
    row, sources: Sequence[tuple[str, str, str | None]], review: ReviewStatus | None = None
) -> MergedEvent:
    columns = row._mapping
    return MergedEvent(
        id=columns["id"],
        event=_event_from_row(row),
        article_ids=tuple(dict.fromkeys(article for article, _, _ in sources)),
        event_ids=tuple(event for _, event, _ in sources),
        outlets=tuple(dict.fromkeys(outlet for _, _, outlet in sources if outlet)),
        updated=columns["updated"],
        review=review,
    )


def _problem_key(problem: Problem) -> str:
    key = "\x1f".join(str(x) for x in (problem.source, problem.line, problem.code, problem.message))
    return hashlib.sha256(key.encode()).hexdigest()


def _stored_problem(row) -> StoredProblem:
    problem = Problem(row.source, row.code, row.message, row.line, row.severity)
    return StoredProblem(problem, row.first_seen, row.last_seen, row.times)
