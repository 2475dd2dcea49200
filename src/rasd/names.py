"""When two ACLED-style actor names denote one party: the rule of EVENT_SCHEMA.md that scoring
and deduplication share."""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.lexicon.resources import load_yaml

_PERIOD_SUFFIX = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")
_ACRONYM_PREFIX = re.compile(r"^[A-Z0-9][A-Za-z0-9-]*:\s+")


def actors_agree(a: str | None, b: str | None) -> bool:
    """Equal after dropping period suffixes and acronym prefixes, one the other plus a
    qualifier, or established synonyms."""
    if a is None or b is None:
        return a is b
    ka, kb = actor_key(a), actor_key(b)
    if ka == kb or _qualifies(ka, kb) or _qualifies(kb, ka):
        return True
    synonyms = _synonym_groups()
    return ka in synonyms and synonyms.get(ka) == synonyms.get(kb)


def synonymous(a: str, b: str) -> bool:
    """One actor under two established names ("Saudi-led Coalition", "Military Forces of Saudi
    Arabia"), not a qualified unit of it, which may be a rival faction."""
    ka, kb = actor_key(a), actor_key(b)
    synonyms = _synonym_groups()
    return ka == kb or (ka in synonyms and synonyms.get(ka) == synonyms.get(kb))


def actor_key(name: str) -> str:
    name = _ACRONYM_PREFIX.sub("", name.strip())
    name = _PERIOD_SUFFIX.sub("", name)
    return " ".join(name.lower().split())


def _qualifies(longer: str, shorter: str) -> bool:
    return longer.startswith(shorter + " ")


@lru_cache(maxsize=1)
def _synonym_groups() -> dict[str, int]:
    groups = load_yaml("actor_synonyms.yaml")["groups"]
    return {actor_key(name): index for index, group in enumerate(groups) for name in group}
