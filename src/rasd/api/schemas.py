"""The API's request and response models: Pydantic at the edge, rasd's dataclasses inside."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from rasd import acled


class ArticleIn(BaseModel):
    """An article to extract events from; nothing is stored."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The body, in Arabic.")
    title: str = Field(default="", description="The headline, if any.")
    published: dt.date | None = Field(
        default=None, description="Publication day: relative dates count from it."
    )
    url: str | None = None
    outlet: str | None = None


class Correction(BaseModel):
    """Corrected values of a merged event's fields; only the fields given change (null clears one)."""

    model_config = ConfigDict(extra="forbid")

    event_type: str | None = None
    sub_event_type: str | None = Field(default=None, max_length=64)
    date: dt.date | None = None
    time_precision: int | None = Field(default=None, ge=1, le=3)
    actor1: str | None = Field(default=None, max_length=200)
    actor2: str | None = Field(default=None, max_length=200)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    admin1: str | None = Field(default=None, max_length=100)
    location: str | None = Field(default=None, max_length=200)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    geo_precision: int | None = Field(default=None, ge=1, le=3)
    fatalities: int | None = Field(default=None, ge=0, le=1_000_000)
    weapons: list[str] | None = None
    claimed_by: str | None = Field(default=None, max_length=200)
    notes: str | None = Field(default=None, max_length=5000)

    @field_validator("event_type")
    @classmethod
    def _acled_type(cls, value: str | None) -> str | None:
        if value is not None and value not in acled.conventions()["event_types"]:
            raise ValueError(f"{value!r} is not an ACLED event type")
        return value

    def changes(self) -> dict[str, Any]:
        """The fields the reviewer gave, as JSON values; the event type cannot be cleared."""
        given = self.model_dump(mode="json", exclude_unset=True)
        if "event_type" in given and given["event_type"] is None:
            raise ValueError("event_type cannot be cleared")
        return given


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Literal["accept", "correct", "reject"]
    reviewer: str = Field(min_length=1, max_length=200)
    comment: str | None = Field(default=None, max_length=5000)
    fields: Correction | None = Field(default=None, description="For a correction: the corrected values.")


class ReviewOut(BaseModel):
    id: int | None
    action: str
    reviewer: str
    created: dt.datetime
    comment: str | None
    field: str | None
    before: Any = None
    after: Any = None


class CountOut(BaseModel):
    key: str
    events: int
    fatalities: int


class StatsOut(BaseModel):
    total: CountOut
    weeks: list[CountOut] = Field(description="Keyed by each week's Monday, oldest first.")
    countries: list[CountOut]
    admin1: list[CountOut] = Field(description="Keyed COUNTRY/Province.")
    event_types: list[CountOut]
    actors: list[CountOut] = Field(description="The most frequent actors, on either side.")


class Health(BaseModel):
    status: Literal["ok"]


class MapConfig(BaseModel):
    tile_url: str | None
    writes: bool = Field(description="Whether a token is configured, so that reviews can be written.")
    map_limit: int = Field(description="Above this many events in view, /map returns bins.")


class ApiProblem(BaseModel):
    code: str
    message: str
