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
    Index("ix_merged_events_date", "date"),
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

merged_event_sources = Table(
    "merged_event_sources",
    metadata,
    Column("event_id", String(ID), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("merged_id", Integer, ForeignKey("merged_events.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", String(ID), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Index("ix_merged_event_sources_merged_id", "merged_id"),
    Index("ix_merged_event_sources_merged_article", "merged_id", "article_id"),
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
