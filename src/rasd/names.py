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
    return _one_name(ka, kb) or _qualifies(ka, kb) or _qualifies(kb, ka)


def synonymous(a: str, b: str) -> bool:
    """One actor under two established names ("Saudi-led Coalition", "Military Forces of Saudi
    Arabia"), not a qualified unit of it, which may be a rival faction. Two periods of one state's
    forces are two regimes (Syria's "(2000-2024)" and "(2024-)"), though scoring lets either name
    a state's forces."""
    period_a, period_b = _period(a), _period(b)
    other_regime = None not in (period_a, period_b) and period_a != period_b
    return not other_regime and _one_name(actor_key(a), actor_key(b))


def _period(name: str) -> str | None:
    """ACLED's period suffix of a name ("(2000-2024)"), if it has one."""
    found = _PERIOD_SUFFIX.search(name)
    return found.group().strip() if found else None


def _one_name(ka: str, kb: str) -> bool:
    """Two actor keys that are one name or established synonyms."""
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
