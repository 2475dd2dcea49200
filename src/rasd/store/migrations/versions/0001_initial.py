"""initial schema: articles, events, merged events and sources, problems, reviews, feeds

Revision ID: 0001
Revises:
Create Date: 2026-11-24 23:49:30.126483
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _event_columns() -> list[sa.Column]:
    """The event-field columns of ``events`` and ``merged_events`` as this revision made them."""
    return [
        sa.Column("event_type", sa.String(length=64), nullable=False),
        sa.Column("sub_event_type", sa.String(length=64), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("time_precision", sa.Integer(), nullable=False),
        sa.Column("actor1", sa.String(length=200), nullable=True),
        sa.Column("actor1_ar", sa.Text(), nullable=True),
        sa.Column("actor2", sa.String(length=200), nullable=True),
        sa.Column("actor2_ar", sa.Text(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("admin1", sa.String(length=100), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("location_ar", sa.Text(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.Integer(), nullable=True),
        sa.Column("geonameid", sa.Integer(), nullable=True),
        sa.Column("fatalities", sa.Integer(), nullable=True),
        sa.Column("weapons", sa.JSON(), nullable=False),
        sa.Column("claimed_by", sa.String(length=200), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("evidence_spans", sa.JSON(), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("ingested", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index("ix_articles_url", ["url"], unique=False)

    op.create_table(
        "feeds",
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("modified", sa.Text(), nullable=True),
        sa.Column("polled", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("url"),
    )
    op.create_table(
        "merged_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("family", sa.String(length=64), nullable=False),
        *_event_columns(),
        sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("merged_events", schema=None) as batch_op:
        batch_op.create_index("ix_merged_events_block", ["country", "family", "date"], unique=False)
        batch_op.create_index("ix_merged_events_date", ["date"], unique=False)

    op.create_table(
        "problems",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("times", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        *_event_columns(),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_article_id", ["article_id"], unique=False)

    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("reviewer", sa.String(length=200), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["merged_id"], ["merged_events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index("ix_reviews_merged_id", ["merged_id"], unique=False)

    op.create_table(
        "merged_event_sources",
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["merged_id"], ["merged_events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id"),
    )
    with op.batch_alter_table("merged_event_sources", schema=None) as batch_op:
        batch_op.create_index("ix_merged_event_sources_merged_id", ["merged_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("merged_event_sources", schema=None) as batch_op:
        batch_op.drop_index("ix_merged_event_sources_merged_id")

    op.drop_table("merged_event_sources")
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_index("ix_reviews_merged_id")

    op.drop_table("reviews")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_article_id")

    op.drop_table("events")
    op.drop_table("problems")
    with op.batch_alter_table("merged_events", schema=None) as batch_op:
        batch_op.drop_index("ix_merged_events_date")
        batch_op.drop_index("ix_merged_events_block")

    op.drop_table("merged_events")
    op.drop_table("feeds")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index("ix_articles_url")

    op.drop_table("articles")
