"""Schema tests of the lexicons: every file has the shape the extractor relies on."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from rasd import acled
from rasd.errors import ResourceError
from rasd.geocode.gazetteer import ADDED_FIRST_ID, added_places
from rasd.lexicon.lexicon import (
    ACTOR_KEYS,
    CUE_CATEGORIES,
    _check_countries,
    _check_flag,
    _check_keys,
    load_lexicon,
)
from rasd.lexicon.matcher import phrase_key
from rasd.lexicon.resources import load_tsv, load_yaml
from rasd.names import actors_agree
from rasd.text.analyze import analyze_text

ISO2 = re.compile(r"^[A-Z]{2}$")


def test_triggers_cover_every_event_type_and_20_sub_types() -> None:
    rows = load_tsv("triggers.tsv")
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(acled.sub_event_types()[r["sub_event_type"]] == r["event_type"] for r in rows)
    assert {r["event_type"] for r in rows} == set(acled.event_types())
    assert len({r["sub_event_type"] for r in rows}) >= 20
    assert {r["kind"] for r in rows} <= {"verb", "noun", "phrase"}


def test_trigger_flags_are_declared_with_what_reads_them() -> None:
    flags = load_yaml("trigger_flags.yaml")["flags"]
    for name, entry in flags.items():
        assert entry["argument"] in {"none", "free", "cues"}, name
        assert entry["by"] if entry["read"] else entry["about"], name
    assert {"generic", "weak", "ambiguous", "excl", "not_before", "not_after"} <= flags.keys()


@pytest.mark.parametrize(
    "flag",
    ["generic", "weak", "weak:troop_movement", "excl:judicial_execution", "not_before:sports", "often_recap"],
)
def test_a_declared_flag_passes(flag: str) -> None:
    declared = load_yaml("trigger_flags.yaml")["flags"]
    _check_flag("t", flag, declared, CUE_CATEGORIES)


@pytest.mark.parametrize(
    "flag",
    ["genric", "generic:missile", "excl:no_such_cues", "not_after", "weakly"],
)
def test_a_misspelt_flag_or_argument_is_an_error(flag: str) -> None:
    declared = load_yaml("trigger_flags.yaml")["flags"]
    with pytest.raises(ResourceError, match="trigger_flags.yaml"):
        _check_flag("t", flag, declared, CUE_CATEGORIES)


def test_actors_are_many_well_formed_and_unambiguous() -> None:
    actors = load_yaml("actors.yaml")["actors"]
    assert len(actors) >= 300
    assert len({a["id"] for a in actors}) == len(actors)
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for actor in actors:
        assert 1 <= int(actor["inter"]) <= 8, actor["id"]
        assert actor["country"] is None or ISO2.match(actor["country"]), actor["id"]
        assert ("{country}" in actor["name"]) == (actor["country"] is None) or actor["country"] is None
        assert actor["aliases"], actor["id"]
        for alias in actor["aliases"]:
            owners[phrase_key(alias).stems].add(actor["id"])
    ambiguous = {k: v for k, v in owners.items() if len(v) > 1}
    assert ambiguous == {}


def test_weapons_imply_known_sub_types() -> None:
    for row in load_tsv("weapons.tsv"):
        assert row["weapon"]
        assert not row["implies_sub_event_type"] or row["implies_sub_event_type"] in acled.sub_event_types()


def test_a_weapon_has_one_role_whatever_its_phrase() -> None:
    roles: dict[str, set[str]] = {}
    for row in load_tsv("weapons.tsv"):
        roles.setdefault(row["weapon"], set()).add(row["role"])
    assert {name: r for name, r in roles.items() if len(r) > 1} == {}


@pytest.mark.parametrize(
    ("name", "column", "allowed"),
    [
        (
            "numbers.tsv",
            "kind",
            {"unit", "teen", "ten", "hundred", "thousand", "ordinal", "fraction", "dual"},
        ),
        ("months.tsv", "calendar", {"gregorian", "levantine", "maghrebi", "hijri"}),
        (
            "time_words.tsv",
            "kind",
            {
                "weekday",
                "day_offset",
                "part_of_day",
                "week_offset",
                "month_offset",
                "relative_past",
                "days_after",
                "same_day",
                "night",
                "past_hours",
                "past_night",
                "last",
                "next",
                "hijri_marker",
                "gregorian_marker",
            },
        ),
        ("attribution.tsv", "kind", {"verb", "prep", "noun"}),
        ("weapons.tsv", "role", {"", "fired", "vehicle_bomb", "unmanned"}),
        ("force_nouns.tsv", "agreement", {"masc", "fem", "plural"}),
    ],
)
def test_enumerated_columns_hold_known_values(name: str, column: str, allowed: set[str]) -> None:
    assert {row[column] for row in load_tsv(name)} <= allowed


def test_months_and_numbers_have_valid_values() -> None:
    assert all(1 <= int(r["month"]) <= 12 for r in load_tsv("months.tsv"))
    assert all(float(r["value"]) > 0 for r in load_tsv("numbers.tsv"))
    assert all(r["precision"] in {"1", "2", "3"} for r in load_tsv("place_cues.tsv"))


def test_places_have_valid_codes_and_coordinates() -> None:
    countries = {r["iso2"] for r in load_tsv("countries.tsv")}
    assert all(ISO2.match(c) for c in countries)
    owner: dict[tuple[str, tuple[str, ...]], str] = {}
    for row in load_tsv("admin1.tsv"):
        assert row["iso2"] in countries
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        for name in row["names_ar"].split("|"):
            key = (row["iso2"], phrase_key(name).stems)
            assert owner.setdefault(key, row["admin1_en"]) == row["admin1_en"], name
    assert all(ISO2.match(r["iso2"]) and r["country_en"] for r in load_tsv("nationalities.tsv"))


def test_waters_have_a_coast_country_a_kind_and_coordinates() -> None:
    countries = {r["iso2"] for r in load_tsv("countries.tsv")}
    waters = load_tsv("waters.tsv")
    assert waters
    for row in waters:
        assert row["iso2"] in countries and row["feature_code"] in {"SEA", "GULF", "STRT"}
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        assert all(phrase_key(name) is not None for name in row["names_ar"].split("|"))


def test_added_places_have_a_province_of_their_country_a_feature_and_coordinates() -> None:
    provinces = {r["geonames_code"] for r in load_tsv("admin1.tsv")}
    rows = load_tsv("places_added.tsv")
    assert rows
    for row in rows:
        assert f"{row['iso2']}.{row['admin1']}" in provinces, row["name_en"]
        assert row["feature_class"] in {"P", "S"} and row["feature_code"]
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        assert all(phrase_key(name) is not None for name in row["names_ar"].split("|"))


def test_added_places_keep_ids_of_their_own_below_the_waters() -> None:
    # The ids are exported as geonameid and dedupe compares them: a row's id is written, not its order.
    ids = [int(row["id"]) for row in load_tsv("places_added.tsv")]
    assert len(set(ids)) == len(ids) and all(i <= ADDED_FIRST_ID for i in ids)
    assert [entry.place.geonameid for entry in added_places()] == ids


def test_cue_lists_are_present() -> None:
    cues = load_yaml("cues.yaml")
    for category in CUE_CATEGORIES:
        assert cues[category] and all(str(word).strip() for word in cues[category]), category
    assert all(v is None or v > 0 for v in cues["vague_counts"].values())


def test_preludes_stay_among_the_answered_acts() -> None:
    # A word that tells what came before an act ("بعد معارك") opens the earlier act too: the two lists
    # of cues.yaml must not drift apart.
    cues = load_yaml("cues.yaml")
    assert set(cues["preludes"]) <= set(cues["answered_acts"])


def test_the_whole_lexicon_loads() -> None:
    lexicon = load_lexicon()
    assert len(lexicon.index("actor")) > 1000 and len(lexicon.index("trigger")) > 200


def test_place_names_do_not_key_to_a_short_common_word() -> None:
    """A name such as وان must not be read as و + ان (it would match every أن)."""
    short = [
        name
        for table in ("admin1.tsv", "countries.tsv")
        for row in load_tsv(table)
        for name in row["names_ar"].split("|")
        if len(stems := phrase_key(name).stems) == 1 and len(stems[0]) < 3 and stems[0] != "قم"
    ]
    assert short == []


def test_place_word_lists_are_single_words() -> None:
    words = load_yaml("function_words.yaml")
    for name in (
        "locatives",
        "name_qualifiers",
        "generic_heads",
        "elaborations",
        "not_place_names",
        "locality_cues",
    ):
        assert words[name], name
        assert all(len(phrase_key(str(word)).stems) == 1 for word in words[name]), name


def test_place_cues_have_known_kinds() -> None:
    kinds = {"settlement", "area", "city_part", "direction", "proximity", "countryside", "admin", "inside"}
    assert {row["kind"] for row in load_tsv("place_cues.tsv")} <= kinds | {"country_context"}


def test_transliteration_rules_are_well_formed() -> None:
    rules = load_yaml("transliteration.yaml")
    classes = {
        c for value in rules["arabic"].values() for c in (value if isinstance(value, list) else [value])
    }
    latin = {str(c) for value in rules["latin"].values() for c in str(value)}
    assert latin <= classes | {"S"}  # x is K + S
    assert set(rules["initial_only"]) | set(rules["dropped"]) <= classes
    assert all(len(str(letter)) == 1 for letter in rules["arabic"])
    pairs = rules["arabic_pairs"]
    assert all(len(str(pair)) == 2 and set("".join(map(str, pairs[pair]))) <= classes for pair in pairs)
    assert all(len(str(letter)) == 1 for letter in rules["latin_letters"]["letters"])
    assert all(len(str(country)) == 2 for country in rules["latin_letters"]["countries"])
    assert all(str(group) == str(group).lower() for group in rules["latin"])
    assert all(len(group) >= 2 for group in rules["confusable_letters"])
    assert int(rules["min_classes"]) >= 3


@pytest.mark.parametrize(
    ("alias", "country", "acled_name"),
    [
        # ACLED's own spellings of these actors (its names change little; its punctuation does)
        ("الجيش الوطني الليبي", "Libya", "Military Forces of Libya (2014-) Haftar Faction"),
        ("قوات حكومة الوفاق", "Libya", "Military Forces of Libya (2016-) Government of National Accord"),
        ("حزب العمال الكردستاني", "Turkey", "PKK: Kurdistan Workers Party"),
        ("جبهة النصرة", "Syria", "Jabhat al-Nusra"),
        ("فصائل المعارضة السورية", "Syria", "Opposition Rebels (Syria)"),
        ("المقاومة الجنوبية", "Yemen", "Southern Resistance"),
        ("جهاز مكافحة الإرهاب", "Iraq", "Military Forces of Iraq (2014-) Counter Terrorism Service"),
        ("مسلحون", "Mali", "Unidentified Armed Group (Mali)"),
        ("انتحاري", "Iraq", "Unidentified Armed Group (Iraq)"),
        ("مسلحين من العشائر", "Yemen", "Unidentified Tribal Militia (Yemen)"),
        ("جماعة نصرة الإسلام والمسلمين", "Mali", "JNIM: Group for Support of Islam and Muslims"),
        ("قوات الدعم السريع", "Sudan", "Rapid Support Forces"),
        ("حركة الشباب", "Somalia", "Al Shabaab"),
        ("الحركة الشعبية لتحرير السودان – شمال", "Sudan", "SPLM-N: Sudan People's Liberation Movement-North"),
        ("المستوطنين", "Palestine", "Settlers (Israel)"),
        # spellings of ACLED's own exports (2016, 2020) and of its current names
        ("وحدات حماية الشعب", "Syria", "YPG: Peoples Protection Units - Anti-Terror Unit"),
        ("جيش الشرقية", "Syria", "Sharqiya Army"),
        ("لواء القدس", "Syria", "LaQ: Quds Brigade"),
        ("لواء السلطان سليمان شاه", "Syria", "Sultan Suleiman Shah Brigade (Syria)"),
        ("هيئة تحرير الشام", "Syria", "Hayat Tahrir al-Sham"),
        ("الحشد الشعبي", "Iraq", "Military Forces of Iraq (2018-) Popular Mobilization Forces"),
        ("مجلس شورى مجاهدي درنة", "Libya", "Shura Council of Darnah Mujahidin"),
        ("قوات الحزام الأمني", "Yemen", "Military Forces of Yemen (2012-) Security Belt Forces"),
        ("سرايا السلام", "Iraq", "Peace Companies"),
        ("قوات درع ليبيا", "Libya", "Libya Shield Brigade"),
        ("شرطة أرض الصومال", "Somalia", "Police Forces of Somaliland (2010-)"),
        ("قوات جوبالاند", "Somalia", "Military Forces of Jubaland (2013-)"),
        ("ولاية سيناء", "Egypt", "Islamic State (Egypt)"),
        ("ولاية غرب أفريقيا", "Nigeria", "Boko Haram - Wilayat Gharb Ifriqiyyah"),
        ("بوكو حرام", "Nigeria", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"),
        ("سرايا القدس", "Palestine", "Al Quds Brigades"),
        ("نصرة الإسلام والمسلمين", "Mali", "JNIM: Jama'at Nusrat al-Islam wal-Muslimin"),
        # ACLED's 2016 and 2020 exports name these with their periods and qualifiers
        ("ولاية الصحراء الكبرى", "Niger", "Islamic State (Greater Sahara)"),
        ("تنظيم الدولة في غرب أفريقيا", "Nigeria", "Boko Haram - Wilayat Gharb Ifriqiyyah"),
        ("قوات الدفاع والأمن", "Burkina Faso", "Military Forces of Burkina Faso (2015-)"),
        ("قوات الدراويش", "Somalia", "Military Forces of Somalia (2017-) Puntland Dervish Force"),
        ("قوات غلمدغ", "Somalia", "Military Forces of Somalia (2017-) Galmudug Administration"),
        ("ميليشيا الدوغون", "Mali", "Dogon Ethnic Militia (Mali)"),
        # the opposition press names the regime's aircraft after its president ("طيران الأسد")
        ("طيران الأسد", "Syria", "Military Forces of Syria"),
        ("مروحيات الأسد", "Syria", "Military Forces of Syria"),
    ],
)
def test_aliases_name_actors_as_acled_does(alias: str, country: str, acled_name: str) -> None:
    lexicon = load_lexicon()
    text = analyze_text(alias)
    (mention,) = lexicon.matcher.match(text)["actor"]
    assert actors_agree(lexicon.actors[mention.entry_id].name.format(country=country), acled_name)


def test_actor_synonym_groups_join_distinct_names() -> None:
    groups = load_yaml("actor_synonyms.yaml")["groups"]
    names = [name for group in groups for name in group]
    assert all(len(group) >= 2 for group in groups)
    assert len(names) == len(set(names))


def test_actor_theatres_name_known_actors_of_known_countries() -> None:
    lexicon = load_lexicon()
    theatres = [(a.id, iso2, target) for a in lexicon.actors.values() for iso2, target in a.theatres]
    assert theatres
    for actor_id, iso2, target in theatres:
        assert iso2 in lexicon.countries and target in lexicon.actors, actor_id


def test_actors_go_unnamed_only_in_known_countries() -> None:
    lexicon = load_lexicon()
    unnamed_in = {iso2 for actor in lexicon.actors.values() for iso2 in actor.unnamed_in}
    assert unnamed_in and unnamed_in <= lexicon.countries.keys()


@pytest.mark.parametrize(
    "entry",
    [
        {"id": "il.military", "unnamed_in": ["PS", "LBN"]},
        {"id": "il.military", "theatres": {"PSE": "ps.police"}},
    ],
)
def test_a_misspelt_country_code_of_an_actor_is_an_error(entry: dict) -> None:
    countries = {row["iso2"] for row in load_tsv("countries.tsv")}
    with pytest.raises(ResourceError, match="unknown country codes"):
        _check_countries(entry, countries)
    _check_countries({"id": "il.military", "unnamed_in": ["PS", "LB"]}, countries)


def test_has_trigger_answers_as_the_full_reading_does() -> None:
    lexicon = load_lexicon()
    for raw, reports in (("قصف الطيران بلدة في ريف إدلب", True), ("افتتح الوزير معرضا للكتاب أمس", False)):
        text = analyze_text(raw)
        assert lexicon.has_trigger(text) is reports
        assert bool(lexicon.matcher.match(text)["trigger"]) is reports


def test_actor_entries_use_only_known_keys() -> None:
    """A flag read as false when absent must not hide behind a misspelt key."""
    for entry in load_yaml("actors.yaml")["actors"]:
        assert entry.keys() <= ACTOR_KEYS, entry["id"]


def test_a_misspelt_key_of_an_actor_is_an_error() -> None:
    with pytest.raises(ResourceError, match="unknown keys"):
        _check_keys({"id": "iq.pmf", "name": "PMF", "inter": 3, "state_units": True})
    _check_keys({"id": "iq.pmf", "name": "PMF", "inter": 3, "state_unit": True})
