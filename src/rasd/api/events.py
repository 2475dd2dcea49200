"""``/events``, ``/map``, ``/stats`` and the review of one event."""

from __future__ import annotations

import io
from dataclasses import asdict, fields, replace
from itertools import islice
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Response

from rasd.api.deps import (
    ApiError,
    EventId,
    FastJSON,
    FilterDep,
    StoreDep,
    decode_cursor,
    encode_cursor,
    require_token,
)
from rasd.api.evidence import evidence_pieces
from rasd.api.schemas import ApiProblem, ReviewIn, StatsOut
from rasd.errors import Code
from rasd.export import geojson_feature, merged_to_dict, write_csv
from rasd.highlight import deciding_words
from rasd.lexicon.lexicon import load_lexicon
from rasd.serialize import event_to_dict
from rasd.store import Cursor
from rasd.store.aggregates import Count, cell_degrees
from rasd.store.repository import Marker
from rasd.types import MergedEvent, Review

router = APIRouter(tags=["events"])
#: Above this many events in view, /map sends bins instead of events.
MAP_LIMIT = 2000
NOT_FOUND = {404: {"model": ApiProblem, "description": "No such merged event."}}
#: Properties the map's markers need; the event panel asks /events/{id} for the rest.
MARKER_FIELDS = tuple(f.name for f in fields(Marker) if f.name not in ("latitude", "longitude"))


def _page(store, where, cursor: str | None, limit: int) -> tuple[list[MergedEvent], str | None]:
    """One page of newest-first events and the cursor of the next page (None on the last)."""
    found = list(
        islice(store.merged_events(replace(where, limit=limit + 1), decode_cursor(cursor)), limit + 1)
    )
    if len(found) <= limit:
        return found, None
    last = found[limit - 1]
    return found[:limit], encode_cursor(Cursor(last.event.date, last.id))


def _csv(events: list[MergedEvent]) -> str:
    stream = io.StringIO()
    write_csv(events, stream, load_lexicon())
    return stream.getvalue()


@router.get("/events", summary="Merged events, newest first")
def list_events(
    store: StoreDep,
    where: FilterDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    cursor: Annotated[str | None, Query(max_length=200, description="`next` of the previous page.")] = None,
    output_format: Annotated[Literal["json", "geojson", "csv"], Query(alias="format")] = "json",
) -> Response:
    """Each event with its merged values (reviewed values where an analyst corrected them), its
    reports and its `review` status. `next` (or the `X-Next-Cursor` header for CSV) gives the
    following page."""
    events, following = _page(store, where, cursor, limit)
    headers = {"X-Next-Cursor": following} if following else {}
    if output_format == "csv":
        return Response(_csv(events), media_type="text/csv; charset=utf-8", headers=headers)
    if output_format == "geojson":
        body: dict[str, Any] = {"type": "FeatureCollection", "features": [geojson_feature(m) for m in events]}
    else:
        body = {"events": [merged_to_dict(m) for m in events]}
    body["next"] = following
    return FastJSON(body, headers=headers)


def _marker_feature(marker: Marker) -> dict[str, Any]:
    """A GeoJSON Feature as ``geojson_feature`` makes it, with only the marker's properties."""
    properties = {name: getattr(marker, name) for name in MARKER_FIELDS}
    properties.update(
        date=marker.date.isoformat() if marker.date else None, article_ids=list(marker.article_ids)
    )
    located = marker.latitude is not None and marker.longitude is not None
    point = {"type": "Point", "coordinates": [marker.longitude, marker.latitude]} if located else None
    return {"type": "Feature", "id": marker.id, "geometry": point, "properties": properties}


@router.get("/map", summary="What the map shows: events, or bins when too many are in view")
def map_view(
    store: StoreDep,
    where: FilterDep,
    zoom: Annotated[int, Query(ge=0, le=20, description="The map's zoom level: sets the bin size.")] = 3,
) -> Response:
    """Up to `MAP_LIMIT` events as GeoJSON markers; beyond that, counts per grid cell
    (`360 / 2^(zoom+3)` degrees a side) so that a million events stay smooth. Where the filter
    allows, the counts are read from cells kept counted (see docs/api.md): a cell that the view
    touches counts whole."""
    if not store.more_in_view(where, MAP_LIMIT, zoom):
        features = [_marker_feature(m) for m in store.markers(replace(where, limit=MAP_LIMIT))]
        return FastJSON({"kind": "events", "features": features})
    bins = [asdict(b) for b in store.bins(where, zoom)]
    return FastJSON({"kind": "bins", "cell": cell_degrees(zoom), "bins": bins})


@router.get("/stats", response_model=StatsOut, summary="Counts and fatalities for the timeline and charts")
def stats(store: StoreDep, where: FilterDep) -> Response:
    # StatsOut's shape written straight from the dataclasses: for a few thousand counts, asdict's
    # deep copies and a second validation cost more than the aggregate tables' queries
    found = store.stats(where)
    body: dict[str, Any] = {"total": _count_dict(found.total)}
    for name in ("weeks", "countries", "admin1", "event_types", "actors"):
        body[name] = [_count_dict(count) for count in getattr(found, name)]
    return FastJSON(body)


def _count_dict(count: Count) -> dict[str, Any]:
    return {"key": count.key, "events": count.events, "fatalities": count.fatalities}


def _review_dict(review: Review) -> dict[str, Any]:
    data = asdict(review)
    data["created"] = review.created.isoformat()
    del data["merged_id"]
    return data


@router.get("/events/{event_id}", responses=NOT_FOUND, summary="One merged event with its reports")
def get_event(store: StoreDep, event_id: EventId) -> Response:
    """Every field, the machine's values before review (`machine`), each report with its article,
    extracted event (rules, confidence) and highlighted evidence, and the review history."""
    merged = _merged_or_404(store, event_id)
    lexicon = load_lexicon()
    reports = []
    for article, event in store.reports(event_id):
        highlights = deciding_words(event, article, lexicon)
        reports.append(
            {
                "article": {k: v for k, v in asdict(article).items() if k != "text"}
                | {"published": article.published.isoformat() if article.published else None},
                "event": event_to_dict(event),
                "evidence": [
                    {
                        "field": span.field,
                        "start": span.start,
                        "end": span.end,
                        "pieces": evidence_pieces(getattr(article, span.field), span, highlights),
                    }
                    for span in event.evidence_spans
                ],
            }
        )
    history = store.reviews(event_id)
    return FastJSON(
        {
            "event": merged_to_dict(merged),
            "reports": reports,
            "reviews": [_review_dict(r) for r in history],
        }
    )


def _merged_or_404(store, event_id: int) -> MergedEvent:
    merged = store.merged_event(event_id)
    if merged is None:
        raise ApiError(404, Code.API_NOT_FOUND, f"no merged event {event_id}")
    return merged


@router.post(
    "/events/{event_id}/review",
    dependencies=[Depends(require_token)],
    responses={
        **NOT_FOUND,
        401: {"model": ApiProblem},
        403: {"model": ApiProblem},
        400: {"model": ApiProblem},
    },
    summary="Accept, correct or reject a merged event (needs the bearer token)",
)
def review_event(store: StoreDep, event_id: EventId, review: ReviewIn) -> Response:
    """Kept in the review history with who, when, and each corrected field's value before and
    after; the event shows the corrected values from then on, in every export, and later reports
    of the same occurrence do not overwrite them."""
    if review.action == "correct" and (review.fields is None or not review.fields.model_fields_set):
        raise ApiError(400, Code.API_BAD_REQUEST, "a correction needs `fields` with at least one value")
    try:
        changes = review.fields.changes() if review.action == "correct" and review.fields else {}
    except ValueError as error:
        raise ApiError(400, Code.API_BAD_REQUEST, str(error)) from error
    recorded = store.review(event_id, review.action, review.reviewer, review.comment, changes)
    if recorded is None:
        raise ApiError(404, Code.API_NOT_FOUND, f"no merged event {event_id}")
    return FastJSON(
        {
            "event": merged_to_dict(_merged_or_404(store, event_id)),
            "reviews": [_review_dict(r) for r in recorded],
        }
    )
