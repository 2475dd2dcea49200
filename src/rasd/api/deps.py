"""What the routes share: the store, the settings, the event filters and the write token."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hmac
from typing import Annotated, Any, Literal

import pydantic_core
from fastapi import Depends, Path, Query, Request
from fastapi.responses import JSONResponse

from rasd.config import Settings
from rasd.errors import Code
from rasd.store import Cursor, EventFilter, Store


class ApiError(Exception):
    """An HTTP error with one of rasd's codes; the app turns it into ``{"code", "message"}``."""

    def __init__(self, status: int, code: Code, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


class FastJSON(JSONResponse):
    """JSON written by pydantic-core (Rust) instead of the standard library: the same JSON values,
    several times faster for the pages of hundreds of events that /events and /map send."""

    def render(self, content: Any) -> bytes:
        return pydantic_core.to_json(content)


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
#: A merged event's id: the databases' 32-bit integer key.
EventId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The merged event's id.")]
ReviewFilter = Literal["all", "reviewed", "unreviewed", "accepted", "corrected", "rejected"]


def _bbox(text: str | None) -> tuple[float, float, float, float] | None:
    if text is None:
        return None
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError as error:
        raise ApiError(
            400, Code.API_BAD_REQUEST, "bbox must be four numbers: west,south,east,north"
        ) from error
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise ApiError(
            400, Code.API_BAD_REQUEST, "bbox must satisfy -180 ≤ west ≤ east ≤ 180, -90 ≤ south ≤ north ≤ 90"
        )
    return west, south, east, north


def event_filter(
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO 3166 alpha-2 code.")
    ] = None,
    admin1: Annotated[str | None, Query(max_length=100, description="First-level division, English.")] = None,
    event_type: Annotated[
        str | None, Query(alias="type", max_length=64, description="ACLED event type or sub-event type.")
    ] = None,
    sub_event_type: Annotated[str | None, Query(max_length=64)] = None,
    actor: Annotated[
        str | None, Query(max_length=200, description="Part of actor1's or actor2's name.")
    ] = None,
    since: Annotated[dt.date | None, Query(description="From this day on.")] = None,
    until: Annotated[dt.date | None, Query(description="Up to this day.")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees.")] = None,
    review: Annotated[
        ReviewFilter | None, Query(description="Review status; by default every event but rejected ones.")
    ] = None,
    min_reports: Annotated[
        int | None, Query(ge=1, le=10_000, description="At least this many reports.")
    ] = None,
    min_confidence: Annotated[
        float | None, Query(ge=0.0, le=1.0, description="Confidence (0-1) at least this.")
    ] = None,
) -> EventFilter:
    return EventFilter(
        country=country.upper() if country else None,
        admin1=admin1,
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor=actor,
        since=since,
        until=until,
        bbox=_bbox(bbox),
        review=review,
        min_reports=min_reports,
        min_confidence=min_confidence,
    )


FilterDep = Annotated[EventFilter, Depends(event_filter)]


def encode_cursor(cursor: Cursor) -> str:
    text = f"{cursor.date.isoformat() if cursor.date else ''}|{cursor.id}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(text: str | None) -> Cursor | None:
    """The cursor a previous page returned; anything else is a 400."""
    if text is None:
        return None
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
        day, number = raw.split("|")
        return Cursor(dt.date.fromisoformat(day) if day else None, int(number))
    except (ValueError, binascii.Error, UnicodeDecodeError) as error:
        raise ApiError(400, Code.API_BAD_REQUEST, "cursor is not one that this API returned") from error


def require_token(request: Request, settings: SettingsDep) -> None:
    """Writes need ``Authorization: Bearer TOKEN`` matching RASD_API_TOKEN (compared in constant time);
    with no token configured every write is refused."""
    if settings.api_token is None or not settings.api_token.get_secret_value():
        raise ApiError(
            403, Code.API_WRITES_DISABLED, "writes are disabled: start the server with RASD_API_TOKEN set"
        )
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    expected = settings.api_token.get_secret_value().encode()
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected):
        raise ApiError(
            401, Code.API_UNAUTHORIZED, "a valid bearer token is needed", {"WWW-Authenticate": "Bearer"}
        )
