"""ACLED's conventions as data: the shape of acled.yaml and the functions that read it."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd import acled
from rasd.lexicon.resources import load_tsv

#: ACLED's region names (ACLED API user guide, regions).
ACLED_REGIONS = {
    "Western Africa",
    "Middle Africa",
    "Eastern Africa",
    "Southern Africa",
    "Northern Africa",
    "South Asia",
    "Southeast Asia",
    "Middle East",
    "Europe",
    "Caucasus and Central Asia",
    "Central America",
    "South America",
    "Caribbean",
    "East Asia",
    "North America",
    "Oceania",
}


#: The codebook's six event types (ACLED Codebook 2023, section 2).
ACLED_EVENT_TYPES = {
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
}


def test_every_event_type_has_a_family_a_disorder_type_and_sub_types() -> None:
    event_types = acled.conventions()["event_types"]
    assert set(event_types) == ACLED_EVENT_TYPES
    for entry in event_types.values():
        assert entry.keys() == {"family", "disorder_type", "sub_event_types"}
        assert entry["sub_event_types"]


def test_a_sub_event_type_belongs_to_one_event_type() -> None:
    entries = acled.conventions()["event_types"].values()
    listed = [sub for entry in entries for sub in entry["sub_event_types"]]
    assert len(listed) == len(set(listed)) == 25
    assert acled.sub_event_types()["Air/drone strike"] == "Explosions/Remote violence"


def test_specificity_orders_every_sub_type_once() -> None:
    order = acled.conventions()["specificity"]
    assert len(order) == len(set(order)) and set(order) == set(acled.sub_event_types())
    assert acled.specificity("Suicide bomb") < acled.specificity("Armed clash") < acled.specificity("Other")


def test_one_assault_pairs_a_bombing_with_a_clash() -> None:
    assert set(acled.conventions()["sub_event_types_of_one_assault"]) <= set(acled.sub_event_types())
    assert acled.one_assault("Suicide bomb", "Armed clash")
    assert not acled.one_assault("Shelling/artillery/missile attack", "Armed clash")
    assert not acled.one_assault("Armed clash", "Armed clash")


def test_sub_event_overrides_name_real_sub_event_types() -> None:
    assert set(acled.conventions()["sub_event_disorder_types"]) <= set(acled.sub_event_types())


def test_csv_columns_are_acleds_in_acleds_order() -> None:
    assert acled.csv_columns() == (
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
        "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
        "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
        "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
        "fatalities", "tags", "timestamp",
    )  # fmt: skip


def test_every_country_rasd_knows_has_an_acled_region_and_codes() -> None:
    for row in load_tsv("countries.tsv"):
        assert acled.region(row["iso2"]) in ACLED_REGIONS, row["iso2"]
        codes = acled.country_codes(row["iso2"])
        assert codes is not None, row["iso2"]
        assert codes.name == row["name_en"], row["iso2"]
        assert len(codes.iso3) == 3 and codes.isonumeric > 0


def test_regions_use_only_acled_region_names_by_alpha2_code() -> None:
    regions = acled.conventions()["regions"]
    assert all(isinstance(code, str) and len(code) == 2 for code in regions)  # a bare NO reads as false
    assert set(regions.values()) <= ACLED_REGIONS


@pytest.mark.parametrize(
    ("iso2", "expected"),
    [("IQ", ("Iraq", "IRQ", 368)), ("SY", ("Syria", "SYR", 760)), ("PS", ("Palestine", "PSE", 275))],
)
def test_country_codes_give_acleds_name_iso3_and_numeric(iso2: str, expected: tuple) -> None:
    assert acled.country_codes(iso2) == expected


def test_unknown_country_has_no_codes_and_no_region() -> None:
    assert acled.country_codes("XX") is None
    assert acled.region("XX") is None


@pytest.mark.parametrize(
    ("inter1", "inter2", "expected"),
    [(1, 7, 17), (7, 1, 17), (1, 1, 11), (2, 3, 23), (6, None, 60), (None, 7, None), (None, None, None)],
)
def test_interaction_joins_the_codes_lower_first(inter1, inter2, expected) -> None:
    assert acled.interaction(inter1, inter2) == expected


def test_civilians_are_targeted_by_their_inter_code() -> None:
    assert acled.targets_civilians(7)
    assert not acled.targets_civilians(1) and not acled.targets_civilians(None)


def test_disorder_type_follows_sub_event_overrides() -> None:
    assert acled.disorder_type("Riots", "Mob violence") == "Political violence"
    assert acled.disorder_type("Riots", "Violent demonstration") == "Demonstrations"
    assert acled.family("Riots", None) == acled.family("Protests", None)
    with pytest.raises(ValueError):
        acled.disorder_type("Parades")


def test_sub_types_without_fatalities_are_non_violent_developments() -> None:
    listed = acled.conventions()["sub_event_types_without_fatalities"]
    assert {acled.sub_event_types()[sub] for sub in listed} == {"Strategic developments"}
    assert not acled.counts_fatalities("Arrests") and acled.counts_fatalities("Armed clash")


def test_agreements_are_told_at_one_place() -> None:
    assert set(acled.conventions()["sub_event_types_at_one_place"]) <= set(acled.sub_event_types())
    assert acled.told_at_one_place("Agreement") and not acled.told_at_one_place("Air/drone strike")


def test_second_actor_conventions_name_known_sub_types() -> None:
    conventions = acled.conventions()
    for key in (
        "sub_event_types_without_actor2",
        "sub_event_types_never_against_civilians",
        "sub_event_types_with_actor2",
        "actor2_defaults",
    ):
        assert set(conventions[key]) <= set(acled.sub_event_types())
    assert set(conventions["actor2_defaults"]) <= set(conventions["sub_event_types_with_actor2"])
    assert acled.always_has_actor2("Armed clash") and not acled.always_has_actor2("Air/drone strike")
    assert acled.default_actor2("Mob violence") == "Civilians ({country})"
    assert acled.default_actor2("Armed clash") is None
    assert set(conventions["actor2_fallbacks"]) <= set(conventions["sub_event_types_with_actor2"])
    assert acled.fallback_actor2("Disrupted weapons use") == "Unidentified Armed Group ({country})"
    assert acled.fallback_actor2("Armed clash") is None
    assert not acled.takes_actor2("Peaceful protest") and acled.takes_actor2("Armed clash")
    assert not acled.may_target_civilians("Armed clash") and acled.may_target_civilians("Attack")
    assert acled.targets_only_the_unarmed("Attack") and not acled.targets_only_the_unarmed("Air/drone strike")
    assert acled.is_civilians("Civilians (Syria)") and not acled.is_civilians("Military Forces of Syria")


def test_an_air_strike_with_no_author_takes_its_country_s_air_force_from_the_day_its_war_began() -> None:
    assert set(acled.conventions()["actor1_defaults"]) <= set(acled.sub_event_types())
    assert acled.default_actor1("Air/drone strike", "YE", dt.date(2016, 1, 5)) == "Saudi-led Coalition"
    placeholder = "Unidentified Armed Group ({country})"
    assert acled.default_actor1("Air/drone strike", "YE", dt.date(2012, 1, 5)) == placeholder
    assert acled.default_actor1("Air/drone strike", "LY", None) == placeholder
    assert acled.default_actor1("Attack", "PS", None) is None


def test_unidentified_attackers_take_the_country_they_acted_in_but_in_israel() -> None:
    assert acled.unidentified_attackers_from("IL") == "Palestine"
    assert acled.unidentified_attackers_from("IQ") is None


@pytest.mark.parametrize(
    ("actor", "flies"),
    [
        ("Military Forces of Syria", True),
        ("Saudi-led Coalition", True),
        ("Global Coalition Against Daesh", True),
        ("Police Forces of Egypt", False),
        ("Houthis", False),
        ("Popular Resistance (Yemen)", False),
    ],
)
def test_aircraft_belong_to_states_and_their_coalitions(actor: str, flies: bool) -> None:
    assert acled.flies_aircraft(actor) is flies


def test_every_air_force_is_a_state_force_template_or_an_actor_name() -> None:
    for name in acled.conventions()["air_forces"]:
        assert name in acled.conventions()["state_forces"] or "{country}" not in name


@pytest.mark.parametrize(
    ("group", "police"),
    [
        ("Houthis", "Police Forces of Yemen (2016-) Supreme Political Council"),
        ("Islamic State", None),
        (None, None),
    ],
)
def test_only_a_group_that_governs_its_ground_arrests_as_its_police(group, police) -> None:
    assert acled.police_of(group) == police


def test_an_armed_group_arrests_by_abduction() -> None:
    assert acled.arrests_by_armed_groups() in acled.sub_event_types()
