"""merged events remember their tally; indexes for actor search and for the article check of a join

Revision ID: 0002_actor_search
Revises: 0001
Create Date: 2026-12-06 10:20:00

- ``merged_events.tally`` (JSON, NULL on rows stored before): what merging a new report needs of
  the reports already merged (``rasd.dedupe.Tally``), so a join reads the merged event alone.
- ``ix_merged_event_sources_merged_article``: whether a merged event already holds an article,
  answered from the index.
- ``ix_merged_events_actor1_lower`` and ``…actor2_lower``: on PostgreSQL trigram (``pg_trgm``) GIN
  indexes that serve ``lower(actor) LIKE '%…%'``; on SQLite B-tree indexes on ``lower(actor)``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_actor_search"
down_revision = "0001"
branch_labels = None
depends_on = None

ACTOR_INDEXES = {"ix_merged_events_actor1_lower": "actor1", "ix_merged_events_actor2_lower": "actor2"}


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("merged_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tally", sa.JSON(), nullable=True))
    with op.batch_alter_table("merged_event_sources", schema=None) as batch_op:
        batch_op.create_index(
            "ix_merged_event_sources_merged_article", ["merged_id", "article_id"], unique=False
        )
    if postgres:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, column in ACTOR_INDEXES.items():
        if postgres:
            op.execute(f"CREATE INDEX {name} ON merged_events USING gin (lower({column}) gin_trgm_ops)")
        else:
            op.create_index(name, "merged_events", [sa.text(f"lower({column})")])


def downgrade() -> None:
    for name in ACTOR_INDEXES:
        op.drop_index(name, table_name="merged_events")
    with op.batch_alter_table("merged_event_sources", schema=None) as batch_op:
        batch_op.drop_index("ix_merged_event_sources_merged_article")
    with op.batch_alter_table("merged_events", schema=None) as batch_op:
        batch_op.drop_column("tally")
