"""handovers of territory blocked with the battles for it

Revision ID: 0005_transfer_family
Revises: 0004_report_indexes
Create Date: 2026-12-07 06:00:00

Deduplication now files a sub-event type that ``acled.yaml``'s ``sub_event_families`` names (a
non-violent transfer of territory) in that family's block, with the battles whose reports tell the
same place changing hands; merged events stored before keep their event type's family, so they are
moved here, or a new report would never find them.
"""

import sqlalchemy as sa
from alembic import op

from rasd import acled

revision = "0005_transfer_family"
down_revision = "0004_report_indexes"
branch_labels = None
depends_on = None

_merged = sa.table(
    "merged_events",
    sa.column("event_type", sa.String),
    sa.column("sub_event_type", sa.String),
    sa.column("family", sa.String),
)


def upgrade() -> None:
    for sub_event_type in acled.conventions()["sub_event_families"]:
        _refile(sub_event_type, lambda event_type, sub=sub_event_type: acled.family(event_type, sub))


def downgrade() -> None:
    for sub_event_type in acled.conventions()["sub_event_families"]:
        _refile(sub_event_type, lambda event_type: acled.family(event_type, None))


def _refile(sub_event_type: str, family_of) -> None:
    event_types = [name for name, subs in acled.event_types().items() if sub_event_type in subs]
    for event_type in event_types:
        op.execute(
            _merged.update()
            .where(_merged.c.event_type == event_type, _merged.c.sub_event_type == sub_event_type)
            .values(family=family_of(event_type))
        )
