"""ACLED's coding conventions as rasd applies them: disorder types and event-type families.

The facts live in ``resources/acled.yaml``; this module only reads them.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any

import yaml

from rasd.errors import Code, ResourceError

RESOURCE = "acled.yaml"


@lru_cache(maxsize=1)
def conventions() -> dict[str, Any]:
    path = importlib_resources.files("rasd") / "resources" / RESOURCE
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ResourceError(Code.RESOURCE_INVALID, f"{RESOURCE}: {error}") from error


def _event_type(event_type: str) -> dict[str, str]:
    try:
        return conventions()["event_types"][event_type]
    except KeyError as error:
        raise ValueError(f"{event_type!r} is not an ACLED event type") from error


def family(event_type: str) -> str:
    """The family of event types that may describe one occurrence (deduplication blocks on it)."""
    return _event_type(event_type)["family"]


def disorder_type(event_type: str, sub_event_type: str | None = None) -> str:
    """ACLED's ``disorder_type`` column for an event type and sub-event type."""
    override = conventions()["sub_event_disorder_types"].get(sub_event_type or "")
    return override or _event_type(event_type)["disorder_type"]
