"""The database tables (SQLAlchemy Core). Migrations under ``migrations/`` create and change them;
a test checks that the migrated schema equals this one."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
)

metadata = MetaData()

ID = 64  # article and event ids: content hashes or the ids that sources give


def event_columns() -> list[Column]:
    """The columns of an event's fields (EVENT_SCHEMA.md plus rasd's own), shared by extracted and
    merged events."""
    return [
        Column("event_type", String(64), nullable=False),
        Column("sub_event_type", String(64)),
        Column("date", Date),
        Column("time_precision", Integer, nullable=False),
        Column("actor1", String(200)),
        Column("actor1_ar", Text),
        Column("actor2", String(200)),
        Column("actor2_ar", Text),
        Column("country", String(2)),
        Column("admin1", String(100)),
        Column("location", String(200)),
        Column("location_ar", Text),
        Column("latitude", Float),
        Column("longitude", Float),
        Column("geo_precision", Integer),
        Column("geonameid", Integer),
        Column("fatalities", Integer),
        Column("weapons", JSON, nullable=False),
        Column("claimed_by", String(200)),
        Column("evidence", Text),
        Column("evidence_spans", JSON, nullable=False),
        Column("rules", JSON, nullable=False),
        Column("confidence", Float),
        Column("notes", Text),
    ]


articles = Table(
    "articles",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("published", Date),
    Column("url", Text),
    Column("outlet", String(200)),
    Column("source", Text),
    Column("ingested", DateTime(timezone=True), nullable=False),
    Index("ix_articles_url", "url"),
    # the reports of a page of merged events in arrival order, read from the index alone: on
    # SQLite the row holds the text before ``ingested``, and a long text spills onto overflow pages
    Index("ix_articles_arrival", "id", "ingested", "outlet"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("article_id", String(ID), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    *event_columns(),
    Index("ix_events_article_id", "article_id"),
)

merged_events = Table(
    "merged_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("family", String(64), nullable=False),
    *event_columns(),
    Column("tally", JSON),  # what merging needs of the reports (dedupe.Tally); NULL before 0002
    Column("updated", DateTime(timezone=True), nullable=False),
    Index("ix_merged_events_block", "country", "family", "date"),
    Index("ix_merged_events_date", "date", "id"),
    # newest first within one country, event type or sub-event type: the index gives the order
    Index("ix_merged_events_country_date", "country", "date", "id"),
    Index("ix_merged_events_type_date", "event_type", "date", "id"),
    Index("ix_merged_events_sub_type_date", "sub_event_type", "date", "id"),
    Index("ix_merged_events_position", "latitude", "longitude"),
)


def _actor_search_index(column: str) -> Index:
    """``rasd events --actor`` matches a part of a name: a trigram GIN index serves it on
    PostgreSQL (pg_trgm, created by migration 0002); SQLite gets a B-tree on the same expression."""
    label = f"{column}_lower"
    return Index(
        f"ix_merged_events_{label}",
        func.lower(merged_events.c[column]).label(label),
        postgresql_using="gin",
        postgresql_ops={label: "gin_trgm_ops"},
    )


ACTOR_SEARCH_INDEXES = (_actor_search_index("actor1"), _actor_search_index("actor2"))
#: Newest first within one province (the filter compares names in lower case).
ADMIN1_INDEX = Index(
    "ix_merged_events_admin1_date",
    func.lower(merged_events.c.admin1).label("admin1_lower"),
    merged_events.c.date,
    merged_events.c.id,
)

merged_event_sources = Table(
    "merged_event_sources",
    metadata,
    Column("event_id", String(ID), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("merged_id", Integer, ForeignKey("merged_events.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", String(ID), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Index("ix_merged_event_sources_merged_id", "merged_id"),
    # whether a merged event holds an article, and its reports, from the index alone
    Index("ix_merged_event_sources_merged_report", "merged_id", "article_id", "event_id"),
)

problems = Table(
    "problems",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(64), nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("line", Integer),
    Column("code", String(8), nullable=False),
    Column("message", Text, nullable=False),
    Column("severity", String(16), nullable=False),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
    Column("times", Integer, nullable=False),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("merged_id", Integer, ForeignKey("merged_events.id", ondelete="CASCADE"), nullable=False),
    Column("action", String(16), nullable=False),  # accept, correct or reject
    Column("field", String(64)),
    Column("value", JSON),
    Column("reviewer", String(200)),
    Column("comment", Text),
    Column("created", DateTime(timezone=True), nullable=False),
    Index("ix_reviews_merged_id", "merged_id"),
)

feeds = Table(
    "feeds",
    metadata,
    Column("url", String(2000), primary_key=True),
    Column("etag", Text),
    Column("modified", Text),
    Column("polled", DateTime(timezone=True)),
)


# --- aggregates: counts over merged events kept up to date by every write (``aggregates.py``) ------

#: The columns a merged event is counted under. A missing value is stored as '' (a week as its
#: Monday, ISO), so that every key column is NOT NULL and the primary key serves the upsert on both
#: databases; ``review`` is the latest review's status ('' when none).
DIMENSIONS: dict[str, type] = {
    "zoom": Integer,
    "row": Integer,
    "col": Integer,
    "week": String(10),
    "country": String(2),
    "admin1": String(100),
    "event_type": String(64),
    "sub_event_type": String(64),
    "actor": String(200),
    "review": String(16),
}


def _aggregate(name: str, *dimensions: str, located: bool = False) -> Table:
    """A table of event and fatality counts per key; a grid's also sums positions (for the mean).
    The key's first columns are the ones filtered on, then the one grouped by, so that a read is a
    range of the primary key in its order; SQLite keeps the rows in that order (WITHOUT ROWID)."""
    keys = [Column(d, DIMENSIONS[d], primary_key=True, autoincrement=False) for d in dimensions]
    sums = [Column("latitude_sum", Float, nullable=False), Column("longitude_sum", Float, nullable=False)]
    return Table(
        name,
        metadata,
        *keys,
        Column("events", Integer, nullable=False),
        Column("fatalities", Integer, nullable=False),
        *(sums if located else []),
        sqlite_with_rowid=False,
    )


_TYPES = ("event_type", "sub_event_type")
agg_places = _aggregate("agg_places", "country", "admin1", *_TYPES, "review")
agg_weeks_all = _aggregate("agg_weeks_all", "week", "review")
agg_actors_all = _aggregate("agg_actors_all", "actor", "review")
agg_weeks_by_type = _aggregate("agg_weeks_by_type", *_TYPES, "week", "review")
agg_actors_by_type = _aggregate("agg_actors_by_type", *_TYPES, "actor", "review")
agg_weeks = _aggregate("agg_weeks", "country", "week", *_TYPES, "review")
agg_actors = _aggregate("agg_actors", "country", "actor", *_TYPES, "review")
agg_week_places = _aggregate("agg_week_places", "country", "admin1", "week", *_TYPES, "review")
agg_cells = _aggregate("agg_cells", "zoom", "row", "col", "country", *_TYPES, "review", located=True)
#: Every aggregate table, the smallest first: a query reads the first one that has its columns.
AGGREGATES = (
    agg_places,
    agg_weeks_all,
    agg_actors_all,
    agg_weeks_by_type,
    agg_actors_by_type,
    agg_weeks,
    agg_actors,
    agg_week_places,
    agg_cells,
)
