"""covering indexes for the reports of a page of merged events

Revision ID: 0004_report_indexes
Revises: 0003_aggregates
Create Date: 2026-12-06 15:00:00

A page of ``/events`` or of the map's markers reads the reports of each of its merged events in
the order they arrived (article id, event id, outlet, ordered by ``articles.ingested``). Two
indexes answer that without reading the rows of the tables:

- ``ix_merged_event_sources_merged_report`` (merged id, article id, event id) replaces
  ``ix_merged_event_sources_merged_article`` (merged id, article id), whose lookups it serves too;
- ``ix_articles_arrival`` (id, ingested, outlet): on SQLite an article's row holds its text before
  ``ingested``, and a long text spills onto overflow pages that the lookup would otherwise walk.
"""

from alembic import op

revision = "0004_report_indexes"
down_revision = "0003_aggregates"
branch_labels = None
depends_on = None


SOURCES = "merged_event_sources"


def upgrade() -> None:
    op.create_index("ix_merged_event_sources_merged_report", SOURCES, ["merged_id", "article_id", "event_id"])
    op.drop_index("ix_merged_event_sources_merged_article", table_name=SOURCES)
    op.create_index("ix_articles_arrival", "articles", ["id", "ingested", "outlet"])


def downgrade() -> None:
    op.drop_index("ix_articles_arrival", table_name="articles")
    op.create_index("ix_merged_event_sources_merged_article", SOURCES, ["merged_id", "article_id"])
    op.drop_index("ix_merged_event_sources_merged_report", table_name=SOURCES)
