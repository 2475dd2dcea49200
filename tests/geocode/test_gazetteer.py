from __future__ import annotations

import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.config import Settings
from rasd.errors import ResourceError
from rasd.geocode import gazetteer as gazetteer_module
from rasd.geocode.distance import km_between
from rasd.geocode.gazetteer import (
    ARABIC,
    GazetteerBuilder,
    Place,
    PlaceNames,
    added_places,
    default_gazetteer,
    name_stems,
)
from rasd.lexicon.resources import load_tsv
from rasd.text.normalize import default_normalizer

BAGHUZ = Place(1, "Al Baghuz Fawqani", "SY", "07", 34.4575, 40.9372, 0)
HAJIN = Place(2, "Hajin", "SY", "07", 34.6958, 40.8333, 29237)
WAD_NORA = Place(3, "Wad An Nora", "SD", "38", 14.5196, 32.5067, 0)
NAMESAKE = Place(4, "Al Baghuz", "IQ", "01", 33.0, 42.0, 0)


def stems(name: str) -> tuple[str, ...]:
    return name_stems(name)


@pytest.fixture
def small():
    builder = GazetteerBuilder()
    builder.add_place(BAGHUZ, ["الباغوز فوقاني", "Baghuz Fawqani"])
    builder.add_place(HAJIN, ["هجين"])
    builder.add_place(WAD_NORA, ["Wad An Nora", "Wad an Nura"])
    return builder.build()


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("الموصل", "IQ"),
        ("بالموصل", "IQ"),
        ("منبج", "SY"),
        ("خان شيخون", "SY"),
        ("تعز", "YE"),
        ("ترمسعيا", "PS"),
    ],
)
def test_bundled_gazetteer_finds_arabic_names_through_clitics(name: str, country: str) -> None:
    places = default_gazetteer().lookup(stems(name))
    assert country in {p.country for p in places}
    assert all(p.latitude and p.longitude for p in places)


def test_the_bundle_reaches_villages_of_the_sahel_and_sudan() -> None:
    gazetteer = default_gazetteer()
    assert {"NE"} <= {p.country for p in gazetteer.lookup(stems("تيلابيري"))}
    assert {"SD"} <= {p.country for p in gazetteer.lookup(stems("الفاشر"))}
    villages = gazetteer.transliterated_lookup(stems("مكيشيفة"), frozenset({"IQ"}))
    assert [p.name for p in villages] == ["Mukayshifah"]


def test_a_name_is_found_with_or_without_its_article(small) -> None:
    assert small.lookup(stems("هجين")) == [HAJIN]
    assert small.lookup(stems("والهجين")) == [HAJIN]


def test_the_head_of_a_qualified_name_finds_it(small) -> None:
    assert small.lookup(stems("الباغوز")) == []
    assert small.head_lookup(stems("الباغوز")) == [BAGHUZ]
    assert small.head_lookup(stems("بالباغوز")) == [BAGHUZ]


def test_a_base_is_found_without_the_adjective_that_ends_its_name() -> None:
    builder = GazetteerBuilder()
    base = Place(5, "Al Asad Airport", "IQ", "01", 33.8, 42.43, 0, "S", "AIRP")
    builder.add_place(base, ["قاعدة الرمل الجوية"])
    gazetteer = builder.build()
    assert gazetteer.lookup(stems("قاعدة الرمل")) == [base]
    assert gazetteer.lookup(stems("قاعدة الرمل الجوية")) == [base]
    assert gazetteer.lookup(stems("الرمل")) == []


def test_a_base_is_found_by_its_place_name_alone() -> None:
    builder = GazetteerBuilder()
    base = Place(5, "Ayn al Rih Airbase", "IQ", "01", 33.8, 42.43, 0, "S", "AIRP")
    builder.add_place(base, ["قاعدة عين الريح الجوية"])
    gazetteer = builder.build()
    assert gazetteer.lookup(stems("عين الريح")) == [base]  # "سقط صاروخ في عين الريح"


def test_a_unit_is_found_without_the_word_that_designates_it() -> None:
    builder = GazetteerBuilder()
    district = Place(6, "Nahiyat Bir al Tut", "IQ", "10", 33.6, 44.5, 0)
    camp = Place(7, "Mukhayyam Salim", "PS", "WE", 31.9, 35.2, 0)
    builder.add_place(district, ["ناحية بئر التوت"])
    builder.add_place(camp, ["مخيم سالم"])
    gazetteer = builder.build()
    assert gazetteer.lookup(stems("بئر التوت")) == [district]
    assert gazetteer.lookup(stems("ناحية بئر التوت")) == [district]
    assert gazetteer.lookup(stems("سالم")) == []  # one word alone is too often a common word
    assert gazetteer.lookup(stems("مخيم سالم")) == [camp]


def test_latin_names_are_looked_up_in_english_only(small) -> None:
    assert small.latin_lookup("baghuz fawqani") == [BAGHUZ]
    assert small.latin_lookup("Hajin") == [HAJIN]
    assert small.lookup(("Baghuz",)) == []


def test_a_misspelling_is_forgiven_only_in_the_articles_countries(small) -> None:
    assert small.fuzzy_lookup(stems("هجير"), frozenset({"SY"})) == []  # too short to guess
    builder = GazetteerBuilder.of(small)
    builder.add_place(Place(5, "Al Baghuz", "SY", "07", 34.43, 40.99, 0), ["الباغوز"])
    gazetteer = builder.build()
    assert gazetteer.lookup(stems("الباغور")) == []
    assert [p.geonameid for p in gazetteer.fuzzy_lookup(stems("الباغور"), frozenset({"SY"}))] == [5]
    assert gazetteer.fuzzy_lookup(stems("الباغور"), frozenset({"IQ"})) == []
    assert gazetteer.fuzzy_lookup(stems("الباغور"), frozenset()) == []


def test_only_letters_that_differ_by_their_dots_or_a_long_vowel_are_forgiven() -> None:
    misspellings = gazetteer_module._misspellings
    assert "باغوز" in misspellings("باغور")  # ر / ز
    assert "منبج" in misspellings("منبيج")  # a long vowel written
    assert "باغوز" not in misspellings("باشور")  # another letter
    assert "منبج" not in misspellings("منبتج")  # a consonant added
    assert "باغوز" not in misspellings("ناغوز")  # never the first letter
    assert "منبج" not in misspellings("منبيج", vowels=False)


def test_qaf_written_for_the_g_sound_is_forgiven_as_jim() -> None:
    misspellings = gazetteer_module._misspellings
    assert "افجوي" in misspellings("افقوي", vowels=False)  # Afgooye as Somali news writes it
    assert "افقوي" in misspellings("افجوي", vowels=False)
    assert "رفاه" in misspellings("رقاه", vowels=False)  # ق is still ف with other dots
    assert "فحص" not in misspellings("فقص")  # ق is not ح, nor ف ج
    assert gazetteer_module._skeleton("افقوي") == gazetteer_module._skeleton("افجوي")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ", min_size=1, max_size=12))
def test_every_misspelling_shares_the_skeleton_of_the_word(word: str) -> None:
    skeleton = gazetteer_module._skeleton(word)
    assert all(gazetteer_module._skeleton(v) == skeleton for v in gazetteer_module._misspellings(word))


def test_a_dashed_name_is_found_by_its_words_with_or_without_the_dash() -> None:
    builder = GazetteerBuilder()
    builder.add_place(HAJIN, ["هجين-الشرقية"])
    gazetteer = builder.build()
    assert gazetteer.lookup(stems("هجين-الشرقية")) == gazetteer.lookup(stems("هجين الشرقية")) == [HAJIN]


def test_screening_by_skeleton_finds_what_probing_every_misspelling_finds(small, monkeypatch) -> None:
    builder = GazetteerBuilder.of(small)
    builder.add_place(Place(5, "Al Baghuz", "SY", "07", 34.43, 40.99, 0), ["الباغوز"])
    builder.add_place(Place(6, "Manbij", "SY", "02", 36.52, 37.95, 0), ["منبج"])
    asked = [stems(w) for w in ("الباغور", "منبيج", "المنبج", "الحكومة", "الباغوز", "سوريا")]
    probed = [builder.build().fuzzy_lookup(s, frozenset({"SY"})) for s in asked]
    monkeypatch.setattr(gazetteer_module, "SKELETONS_AFTER", 0)
    screened = [builder.build().fuzzy_lookup(s, frozenset({"SY"})) for s in asked]
    assert screened == probed
    assert [[p.geonameid for p in found] for found in screened][:2] == [[5], [6]]


def test_transliteration_finds_latin_only_places_in_the_articles_country(small) -> None:
    assert small.transliterated_lookup(stems("ود النورة"), frozenset({"SD"})) == [WAD_NORA]
    assert small.transliterated_lookup(stems("ود النورة"), frozenset({"SY"})) == []
    # places with an Arabic name are matched by it, never by sound
    assert small.transliterated_lookup(stems("هاجين"), frozenset({"SY"})) == []


def test_a_common_word_is_read_neither_as_written_nor_by_sound_nor_misspelt() -> None:
    builder = GazetteerBuilder()
    builder.add_place(Place(11, "Al Fawr", "SY", "09", 36.0, 37.0, 0), ["الفور"])
    builder.add_place(Place(12, "Al Mukalla", "YE", "11", 14.5, 49.1, 0), ["Al Mukalla"])
    builder.add_place(Place(13, "Al Maaqil", "YE", "11", 14.6, 49.2, 0), ["المعقل"])
    builder.add_place(Place(14, "Ash Sharyah", "YE", "11", 14.7, 49.3, 0), ["الشرية"])
    builder.add_place(Place(15, "Kayrid", "SY", "09", 36.1, 37.1, 0), ["بريد"])
    builder.add_place(Place(16, "Al Maktab", "YE", "15", 16.1, 43.1, 0), ["المكتب"])
    builder.add_place(Place(17, "Al Hawd", "YE", "15", 16.2, 43.2, 0), ["الحوض"])
    gazetteer = builder.build()
    # "رد الجيش على الفور" (at once); "قصفت معاقل التنظيم" (its strongholds); "خسائر بشرية" (human losses)
    assert gazetteer.lookup(stems("الفور")) == []
    assert gazetteer.lookup(stems("بشرية")) == []
    assert gazetteer.transliterated_lookup(stems("معاقل"), frozenset({"YE"})) == []
    assert gazetteer.fuzzy_lookup(stems("معاقل"), frozenset({"YE"})) == []
    assert gazetteer.lookup(stems("بريد")) == []  # "عبر البريد الإلكتروني" (by e-mail)
    # "محيط مكتب الوزارة" (an office), "حوض المياه" (a basin): words of a quarter's name, not villages
    assert gazetteer.lookup(stems("مكتب")) == []
    assert gazetteer.lookup(stems("حوض")) == []
    assert [p.geonameid for p in gazetteer.transliterated_lookup(stems("المكلا"), frozenset({"YE"}))] == [12]


def test_lookup_strategies_go_from_faithful_to_loose(small) -> None:
    assert [name for name, _ in small.strategies(frozenset())] == ["exact", "head"]
    assert [name for name, _ in small.strategies(frozenset({"SD"}))] == [
        "exact",
        "head",
        "one_edit",
        "transliteration",
    ]


def test_merging_adds_places_and_names_and_keeps_one_entry_per_id(small) -> None:
    other = GazetteerBuilder()
    other.add_place(Place(6, "As Susah", "SY", "07", 34.4872, 40.8919, 0), ["السوسة"])
    other.add(PlaceNames(BAGHUZ, ("باغوز",), ()))
    merged = small.merged(other.build())
    assert merged.lookup(stems("السوسة"))[0].geonameid == 6
    assert merged.lookup(stems("باغوز")) == [BAGHUZ]
    assert len(merged) == len(small) + 1


def test_the_bundled_index_is_cached_and_rebuilt_when_damaged(tmp_path, monkeypatch, caplog, small) -> None:
    monkeypatch.setattr(
        gazetteer_module, "get_settings", lambda: Settings(cache_dir=tmp_path, data_dir=tmp_path)
    )
    path = gazetteer_module._bundled_path()
    builds = []

    def build():
        builds.append(1)
        return small

    with caplog.at_level(logging.INFO, logger="rasd.geocode.gazetteer"):
        assert gazetteer_module._load_or_build(path, build).lookup(stems("هجين")) == [HAJIN]
        assert gazetteer_module._load_or_build(path, build).lookup(stems("هجين")) == [HAJIN]
    assert len(builds) == 1 and "first run" in caplog.text
    path.write_bytes(b"not a pickle")
    gazetteer_module._load_or_build(path, build)
    assert len(builds) == 2


def test_a_two_letter_name_is_found_only_after_a_settlement_word() -> None:
    builder = GazetteerBuilder()
    town = Place(8, "Ibb", "YE", "23", 13.97, 44.18, 771514)
    builder.add_place(town, ["إب"])
    builder.add_place(Place(9, "Om", "SD", "02", 13.6, 25.3, 0), ["أم"])
    gazetteer = builder.build()
    assert gazetteer.lookup(stems("مدينة إب")) == [town]
    assert gazetteer.lookup(stems("إب")) == []  # alone it is أب, father
    assert gazetteer.lookup(stems("مدينة أم")) == []  # أم opens longer names: "مدينة أم درمان"


def test_every_alias_names_a_bundled_place_by_its_bundled_name() -> None:
    rows = load_tsv("place_aliases.tsv")
    assert rows and all(set(row) == {"id", "name", "names_ar"} for row in rows)
    gazetteer = default_gazetteer()
    row_of = gazetteer.table.row_of
    for row in rows:
        assert gazetteer.place(row_of[int(row["id"])]).name == row["name"]
        assert all(ARABIC.search(name) for name in row["names_ar"].split("|"))


def test_the_news_names_of_places_no_source_names_so_are_found() -> None:
    gazetteer = default_gazetteer()
    assert [p.name for p in gazetteer.lookup(stems("أسدود"))] == ["Ashdod"]
    assert [p.name for p in gazetteer.lookup(stems("كوباني"))] == ["‘Ayn al ‘Arab"]
    assert "Hadera" in {p.name for p in gazetteer.lookup(stems("الخضيرة"))}
    assert [p.name for p in gazetteer.lookup(stems("نامبالا"))] == ["Nampala"]
    # Sudanese towns of the Gezira, in the bundle in Latin letters only
    assert [p.name for p in gazetteer.lookup(stems("رفاعة"))] == ["Rufā‘a"]
    assert [p.name for p in gazetteer.lookup(stems("الحصاحيصا"))] == ["Al Hasaheisa"]


def test_places_no_source_lists_are_found_at_their_own_point() -> None:
    gazetteer = default_gazetteer()
    (square,) = gazetteer.lookup(stems("ميدان التحرير"))
    assert (square.country, square.admin1_code, square.feature_code) == ("EG", "11", "SQR")
    assert {p.country for p in gazetteer.lookup(stems("الخوبة"))} >= {"SA", "YE"}
    assert [p.name for p in gazetteer.lookup(stems("صامطة"))] == ["Şāmitah"]
    assert [p.feature_code for p in gazetteer.lookup(stems("قاعدة العند"))] == ["AIRB"]


def test_an_alias_of_an_unknown_place_is_an_error(monkeypatch) -> None:
    rows = ({"id": "999999999", "name": "Nowhere", "names_ar": "لامكان"},)
    monkeypatch.setattr(gazetteer_module, "load_tsv", lambda name: rows)
    with pytest.raises(ResourceError, match="no place 999999999"):
        gazetteer_module.add_aliases(GazetteerBuilder())


def test_the_saudi_border_towns_added_lie_on_the_saudi_side() -> None:
    # Their points are good to a few km only: each must lie farther than that from every Yemeni village
    # the gazetteer knows, else a shelling of the Saudi town is placed in Sa'dah.
    table = default_gazetteer().table
    yemeni = [table.place(row) for row, country in enumerate(table.countries) if country == "YE"]
    for town in (entry.place for entry in added_places() if entry.place.country == "SA"):
        nearest = min(km_between(town.latitude, town.longitude, p.latitude, p.longitude) for p in yemeni)
        assert nearest > 3, town.name


def test_a_name_written_so_has_no_article_the_text_left_out() -> None:
    gazetteer = default_gazetteer()
    fold = default_normalizer().fold
    assert gazetteer.written_so(fold("بعشيقة"))
    assert gazetteer.knows((fold("شدة"),)) and not gazetteer.written_so(fold("شدة"))
    assert not gazetteer.written_so(fold("شدة"))  # asked again: the answer kept, the same


def test_a_rows_arabic_names_are_read_without_its_place(small) -> None:
    (row,) = small.by_key["هجين"]
    assert small.table.arabic_names(row) == small.table.names(row).arabic == ("هجين",)
