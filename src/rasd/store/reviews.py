"""Analyst reviews: the SQL that records them, applies them to merged events and reads them back.

A review never edits history: each verdict is a new row of ``reviews`` (a correction is one row per
changed field, with the value before and after). The corrected values are also written into the
merged event's row, so every reader, filter and export sees them; when a new report later changes
the machine's values, ``corrections`` gives the reviewed values back and they win again.

Deduplication compares a new report with the merged event as the machine merged it, not as the
analyst corrected it (a report naming the army joins the strike an analyst credited to another
force): the machine's own values of the corrected fields are kept in the row's tally, under
``machine`` (``MACHINE``), and ``machine_event`` puts them back. The block (country, event-type
family, date window, province) is the corrected row's, as every other reader sees it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, bindparam, func, select

from rasd import acled
from rasd.store.tables import merged_events, reviews
from rasd.types import REVIEW_STATUS, Event, Review, ReviewAction, ReviewStatus

#: The merged-event fields an analyst may correct (the explanation fields stay the machine's).
CORRECTABLE: tuple[str, ...] = (
    "event_type",
    "sub_event_type",
    "date",
    "time_precision",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "weapons",
    "claimed_by",
    "notes",
)
#: The key, in a merged event's tally, of the machine's values of the fields analysts corrected.
MACHINE = "machine"
#: Merged events whose corrections are read by one query.
_PAGE = 1000
#: What ``EventFilter.review`` accepts besides a status: every event, reviewed ones, unreviewed ones.
REVIEW_FILTERS: tuple[str, ...] = ("all", "reviewed", "unreviewed", *REVIEW_STATUS.values())


def to_json_value(name: str, value: Any) -> Any:
    """A column value as the JSON a review row keeps (dates as ISO strings, weapons as a list)."""
    if name == "date" and isinstance(value, dt.date):
        return value.isoformat()
    if name == "weapons" and value is not None:
        return list(value)
    return value


def to_column_value(name: str, value: Any) -> Any:
    """A review's JSON value as the column takes it."""
    if name == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if name == "weapons":
        return list(value or [])
    return value


def record(
    connection: Connection,
    merged_id: int,
    action: ReviewAction,
    reviewer: str,
    comment: str | None,
    changes: Mapping[str, Any],
    now: dt.datetime,
) -> list[Review] | None:
    """Store one verdict and apply a correction to the merged event; None when no such event."""
    row = connection.execute(select(merged_events).where(merged_events.c.id == merged_id)).first()
    if row is None:
        return None
    base = {
        "merged_id": merged_id,
        "action": action,
        "reviewer": reviewer,
        "comment": comment,
        "created": now,
    }
    if action != "correct" or not changes:
        connection.execute(reviews.insert(), {**base, "field": None, "value": None})
        return [Review(merged_id, action, reviewer, now, comment)]
    rows = [
        {
            **base,
            "field": name,
            "value": {"before": to_json_value(name, getattr(row, name)), "after": to_json_value(name, value)},
        }
        for name, value in changes.items()
    ]
    connection.execute(reviews.insert(), rows)
    tally = dict(row.tally or {})
    machine = dict(tally.get(MACHINE) or {})
    for name in changes:  # the machine's value, unless an earlier correction already kept it
        machine.setdefault(name, to_json_value(name, getattr(row, name)))
    tally[MACHINE] = machine
    connection.execute(
        merged_events.update()
        .where(merged_events.c.id == merged_id)
        .values(**column_values(changes), tally=tally)
    )
    return [Review(merged_id, action, reviewer, now, comment, r["field"], **r["value"]) for r in rows]


def column_values(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Column values for corrected fields; a new event type or sub-type moves the event to its
    family's block (a handover of territory blocks with the battles, whatever its event type)."""
    values = {name: to_column_value(name, value) for name, value in changes.items()}
    sub_event_type = values.get("sub_event_type")
    event_type = values.get("event_type") or acled.sub_event_types().get(sub_event_type or "")
    if event_type is not None:
        values["family"] = acled.family(event_type, sub_event_type)
    return values


def corrections(connection: Connection, merged_id: int) -> dict[str, Any]:
    """The reviewed value of each corrected field (the latest correction wins), as column values."""
    query = (
        select(reviews.c.field, reviews.c.value)
        .where(reviews.c.merged_id == merged_id, reviews.c.action == "correct")
        .order_by(reviews.c.id)
    )
    latest = {name: value["after"] for name, value in connection.execute(query)}
    return column_values(latest) if latest else {}


#: Each corrected field of a merged event: (review id, reviewed value as its review row keeps it).
Corrections = dict[str, tuple[int, Any]]


def latest_corrections(connection: Connection, merged_ids: Sequence[int]) -> dict[int, Corrections]:
    """The latest correction of each field of each of these merged events, with its review id, so
    that corrections of events folded together can be combined (the later review wins) in memory."""
    found: dict[int, Corrections] = {}
    wanted = list(merged_ids)
    for start in range(0, len(wanted), _PAGE):
        query = (
            select(reviews.c.merged_id, reviews.c.id, reviews.c.field, reviews.c.value)
            .where(reviews.c.merged_id.in_(wanted[start : start + _PAGE]), reviews.c.action == "correct")
            .order_by(reviews.c.id)
        )
        for merged_id, review_id, name, value in connection.execute(query):
            found.setdefault(merged_id, {})[name] = (review_id, value["after"])
    return found


def combined(*corrections: Corrections) -> Corrections:
    """The corrections of merged events folded into one: each field's latest review."""
    found: Corrections = {}
    for each in corrections:
        for name, (review_id, value) in each.items():
            if name not in found or found[name][0] < review_id:
                found[name] = (review_id, value)
    return found


def corrected_values(corrections: Corrections) -> dict[str, Any]:
    """The column values that ``corrections`` gives (as ``corrections`` does for one event)."""
    return column_values({name: value for name, (_, value) in corrections.items()})


def event_with(event: Event, values: Mapping[str, Any]) -> Event:
    """The event with some fields set from their JSON values (a review's or the tally's)."""
    if not values:
        return event
    fields = column_values(values)
    fields.pop("family", None)
    if "weapons" in fields:
        fields["weapons"] = tuple(fields["weapons"])
    return replace(event, **fields)


def corrected(event: Event, corrections: Corrections) -> Event:
    """The merged event as its row reads once the corrections are written into it."""
    return event_with(event, {name: value for name, (_, value) in corrections.items()})


def machine_event(event: Event, tally: Mapping[str, Any] | None) -> Event:
    """A merged event read from its row, with the machine's values of the corrected fields back."""
    return event_with(event, (tally or {}).get(MACHINE) or {})


def reviewed_values(values: dict[str, Any], corrections: Mapping[str, Any]) -> dict[str, Any]:
    """A merged event's row values (``tally`` included) once the corrections (column values) are
    written in, the machine's own values of those fields kept in the tally."""
    if not corrections:
        return values
    machine = {name: to_json_value(name, values[name]) for name in corrections if name in CORRECTABLE}
    return {**values, **corrections, "tally": {**values["tally"], MACHINE: machine}}


def history(connection: Connection, merged_id: int) -> list[Review]:
    """Every verdict on the event, oldest first."""
    query = select(reviews).where(reviews.c.merged_id == merged_id).order_by(reviews.c.id)
    return [
        Review(
            row.merged_id,
            row.action,
            row.reviewer or "",
            row.created,
            row.comment,
            row.field,
            (row.value or {}).get("before"),
            (row.value or {}).get("after"),
            row.id,
        )
        for row in connection.execute(query)
    ]


def _latest():
    """Each reviewed event's latest review row id."""
    return select(reviews.c.merged_id, func.max(reviews.c.id).label("last")).group_by(reviews.c.merged_id)


def with_status(status: ReviewStatus):
    """The ids of merged events whose latest review gives them this status."""
    action = next(a for a, s in REVIEW_STATUS.items() if s == status)
    latest = _latest().subquery()
    return (
        select(reviews.c.merged_id)
        .join(latest, reviews.c.id == latest.c.last)
        .where(reviews.c.action == action)
    )


def condition(review: str | None):
    """The SQL condition on ``merged_events.id`` for a review filter; by default rejected events are
    left out (None when every event is wanted)."""
    ids = merged_events.c.id
    if review is None:
        return ids.not_in(with_status("rejected"))
    if review == "all":
        return None
    if review == "reviewed":
        return ids.in_(select(reviews.c.merged_id))
    if review == "unreviewed":
        return ids.not_in(select(reviews.c.merged_id))
    return ids.in_(with_status(review))


#: (merged id, action) of the latest review of some merged events: built once, the ids travel
#: as one expanding parameter (a page of 2,000 markers is one statement, not 2,000 parameters).
_LATEST_OF = _latest().where(reviews.c.merged_id.in_(bindparam("ids", expanding=True))).subquery()
_STATUSES = select(reviews.c.merged_id, reviews.c.action).join(_LATEST_OF, reviews.c.id == _LATEST_OF.c.last)


def statuses(connection: Connection, merged_ids: Sequence[int]) -> dict[int, ReviewStatus]:
    """The review status of each of these merged events that has been reviewed."""
    if not merged_ids:
        return {}
    rows = connection.execute(_STATUSES, {"ids": list(merged_ids)})
    return {merged_id: REVIEW_STATUS[action] for merged_id, action in rows}
