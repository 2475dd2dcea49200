"""aggregate tables for the map's counts, filled from the merged events; indexes for newest first

Revision ID: 0003_aggregates
Revises: 0002_actor_search
Create Date: 2026-12-06 12:40:00

- ``agg_places``, ``agg_weeks_all``, ``agg_actors_all``, ``agg_weeks_by_type``,
  ``agg_actors_by_type``, ``agg_weeks``, ``agg_actors``, ``agg_week_places``, ``agg_cells``: events
  and fatalities per key (``rasd.store.aggregates``), filled here from the merged events already
  stored; from then on every write keeps them up to date.
- ``ix_merged_events_date`` gains ``id`` (the second key of newest first), and newest first within
  one country, event type, sub-event type or province (in lower case) gets its own index;
  ``ix_merged_events_position`` serves a map view's latitude band.
"""

import sqlalchemy as sa
from alembic import op

from rasd.store import aggregates

revision = "0003_aggregates"
down_revision = "0002_actor_search"
branch_labels = None
depends_on = None

_KEYS = {
    "zoom": sa.Integer(),
    "row": sa.Integer(),
    "col": sa.Integer(),
    "week": sa.String(length=10),
    "country": sa.String(length=2),
    "admin1": sa.String(length=100),
    "event_type": sa.String(length=64),
    "sub_event_type": sa.String(length=64),
    "actor": sa.String(length=200),
    "review": sa.String(length=16),
}
_TYPES = ("event_type", "sub_event_type")
TABLES = {
    "agg_places": (("country", "admin1", *_TYPES, "review"), False),
    "agg_weeks_all": (("week", "review"), False),
    "agg_actors_all": (("actor", "review"), False),
    "agg_weeks_by_type": ((*_TYPES, "week", "review"), False),
    "agg_actors_by_type": ((*_TYPES, "actor", "review"), False),
    "agg_weeks": (("country", "week", *_TYPES, "review"), False),
    "agg_actors": (("country", "actor", *_TYPES, "review"), False),
    "agg_week_places": (("country", "admin1", "week", *_TYPES, "review"), False),
    "agg_cells": (("zoom", "row", "col", "country", *_TYPES, "review"), True),
}
INDEXES = {
    "ix_merged_events_country_date": ["country", "date", "id"],
    "ix_merged_events_type_date": ["event_type", "date", "id"],
    "ix_merged_events_sub_type_date": ["sub_event_type", "date", "id"],
    "ix_merged_events_position": ["latitude", "longitude"],
}

ADMIN1_INDEX = "ix_merged_events_admin1_date"


def upgrade() -> None:
    for name, (keys, located) in TABLES.items():
        sums = [sa.Column(c, sa.Float(), nullable=False) for c in ("latitude_sum", "longitude_sum")]
        op.create_table(
            name,
            *(sa.Column(key, _KEYS[key], autoincrement=False, nullable=False) for key in keys),
            sa.Column("events", sa.Integer(), nullable=False),
            sa.Column("fatalities", sa.Integer(), nullable=False),
            *(sums if located else []),
            sa.PrimaryKeyConstraint(*keys),
            sqlite_with_rowid=False,
        )
    op.drop_index("ix_merged_events_date", table_name="merged_events")
    op.create_index("ix_merged_events_date", "merged_events", ["date", "id"])
    for name, columns in INDEXES.items():
        op.create_index(name, "merged_events", columns)
    op.create_index(ADMIN1_INDEX, "merged_events", [sa.text("lower(admin1)"), "date", "id"])
    # the counting code of this release fills them; a later change of a table rebuilds it again
    aggregates.rebuild(op.get_bind())


def downgrade() -> None:
    for name in [*INDEXES, ADMIN1_INDEX]:
        op.drop_index(name, table_name="merged_events")
    op.drop_index("ix_merged_events_date", table_name="merged_events")
    op.create_index("ix_merged_events_date", "merged_events", ["date"])
    for name in reversed(TABLES):
        op.drop_table(name)
