"""Building the bundled gazetteer from Who's On First files and GeoNames towns (all places invented)."""

from __future__ import annotations

from pathlib import Path

import yaml

from rasd.geocode.bundle import BUNDLE_FILE, SOURCES_FILE, GeoNamesCities, build_bundle, build_code_sha256
from rasd.geocode.gazetteer import name_stems, read_bundle
from rasd.geocode.sources import SourcePlace

WOF_HEADER = (
    "wof_id\tplacetype\tname\tcountry\tlat\tlon\tis_current\tgeonameid\twikidata\tgn_feature_code\t"
    "population\tregion\tcounty\tnames_ar\tnames_ar_other\tnames_latin"
)
WOF_ROWS = [
    # the GeoNames town again, with a name GeoNames lacks
    "11\tlocality\tTell Nakhil\tSY\t35.10\t38.10\t-1\t901\t\tPPL\t0\tRaqqa Gov\t\tتل النخيل\t\tTall Nakhil",
    # no GeoNames id, same name 1 km away: the same place
    "12\tlocality\tTell Nakhil\tSY\t35.109\t38.10\t-1\t\t\t\t0\t\t\t\t\tTell Nakhil",
    # a village of the same region, coded by the region's majority
    "13\tlocality\tKharbat Zaytun\tSY\t35.30\t38.40\t-1\t902\t\tPPL\t0\tRaqqa Gov\t\tخربة الزيتون\t\t",
    # a village without a region: coded by the nearest coded place
    "14\tlocality\tUmm Sidra\tSY\t35.12\t38.12\t-1\t903\t\tPPL\t0\t\t\tأم السدرة\t\t",
    # a district and the town named after it near its centre: the town is the seat
    "15\tcounty\tWadi Rimal\tSY\t35.60\t38.60\t1\t\t\t\t5000\tRaqqa Gov\t\t\t\tWadi Rimal",
    "16\tlocality\tWadi Rimal\tSY\t35.62\t38.62\t-1\t904\t\tPPL\t0\tRaqqa Gov\t\tوادي الرمال\t\t",
    "17\tcountry\tSyria\tSY\t35.0\t38.0\t1\t\t\t\t0\t\t\tسوريا\t\tSyria",
]
GEONAMES_TOWN = SourcePlace(
    "geonames:901", 901, "Tall an Nakhil", "SY", 35.10, 38.10, 2500, "P", "PPL", "04", "", ("النخيل",), ()
)
CITIES = GeoNamesCities((GEONAMES_TOWN,), {901: "04", 902: "04"})


def write_shared(root: Path, rows: list[str] = WOF_ROWS, country: str = "SY") -> Path:
    folder = root / "data" / "gazetteer_extra" / "whosonfirst_admin"
    folder.mkdir(parents=True)
    (folder / f"wof_{country}.tsv").write_text("\n".join([WOF_HEADER, *rows]) + "\n", encoding="utf-8")
    return root / "data"


def test_sources_merge_into_one_place_with_all_its_names(tmp_path: Path) -> None:
    report = build_bundle(write_shared(tmp_path), tmp_path / "out", CITIES)
    gazetteer = read_bundle((tmp_path / "out" / BUNDLE_FILE).read_bytes()).build()
    assert report.merged_by_id == 1 and report.merged_by_name == 1
    (town,) = gazetteer.lookup(name_stems("تل النخيل"))
    assert (town.geonameid, town.population, town.admin1_code) == (901, 2500, "04")
    assert gazetteer.lookup(name_stems("النخيل")) == [town]
    assert [p.name for p in gazetteer.latin_lookup("tell nakhil")] == ["Tall an Nakhil"]
    assert all(p.name != "Syria" for p in gazetteer.latin_lookup("syria"))  # countries are not places


def test_every_village_gets_a_first_level_division(tmp_path: Path) -> None:
    report = build_bundle(write_shared(tmp_path), tmp_path / "out", CITIES)
    gazetteer = read_bundle((tmp_path / "out" / BUNDLE_FILE).read_bytes()).build()
    assert gazetteer.lookup(name_stems("خربة الزيتون"))[0].admin1_code == "04"
    assert gazetteer.lookup(name_stems("أم السدرة"))[0].admin1_code == "04"
    assert report.admin1_by_neighbour >= 1


def test_a_town_named_like_its_district_is_its_seat(tmp_path: Path) -> None:
    report = build_bundle(write_shared(tmp_path), tmp_path / "out", CITIES)
    gazetteer = read_bundle((tmp_path / "out" / BUNDLE_FILE).read_bytes()).build()
    (seat,) = gazetteer.lookup(name_stems("وادي الرمال"))
    assert seat.feature_code == "PPLA2" and report.district_seats == 1


def test_a_seat_is_told_by_its_country_s_spelling(tmp_path: Path) -> None:
    rows = [
        "21\tcounty\tAs Safra\tYE\t15.00\t44.00\t1\t\t\t\t9000\tSa'dah\t\t\t\tAs Safra",
        # GeoNames writes ص as ş: the district's namesake town, its seat
        "22\tlocality\tAş Şafrā\tYE\t15.01\t44.01\t-1\t905\t\tPPL\t0\tSa'dah\t\t\t\tAş Şafrā",
        "23\tcounty\tAsh Shamsiyah\tYE\t15.20\t44.20\t1\t\t\t\t9000\tSa'dah\t\t\t\tAsh Shamsiyah",
        # ş is no sh here: a village of ص beside a district of ش is not its seat
        "24\tlocality\tAş Şamsiyah\tYE\t15.21\t44.21\t-1\t906\t\tPPL\t0\tSa'dah\t\t\t\tAş Şamsiyah",
    ]
    report = build_bundle(write_shared(tmp_path, rows, "YE"), tmp_path / "out", GeoNamesCities((), {}))
    gazetteer = read_bundle((tmp_path / "out" / BUNDLE_FILE).read_bytes()).build()
    places = [gazetteer.place(row) for row in range(len(gazetteer))]
    assert [place.name for place in places if place.feature_code == "PPLA2"] == ["Aş Şafrā"]
    assert report.district_seats == 1
    found = gazetteer.transliterated_lookup(name_stems("الصفراء"), frozenset({"YE"}))
    assert "Aş Şafrā" in [place.name for place in found]


def test_the_build_is_reproducible_and_records_its_inputs(tmp_path: Path) -> None:
    shared = write_shared(tmp_path)
    build_bundle(shared, tmp_path / "one", CITIES)
    build_bundle(shared, tmp_path / "two", CITIES)
    assert (tmp_path / "one" / BUNDLE_FILE).read_bytes() == (tmp_path / "two" / BUNDLE_FILE).read_bytes()
    sources = yaml.safe_load((tmp_path / "one" / SOURCES_FILE).read_text(encoding="utf-8"))
    assert "gazetteer_extra/whosonfirst_admin/wof_SY.tsv" in sources["inputs"]
    assert len(sources["inputs"]["gazetteer_extra/whosonfirst_admin/wof_SY.tsv"]["sha256"]) == 64
    assert sources["code"]["sha256"] == build_code_sha256()


def test_the_shipped_bundle_matches_its_sources_file() -> None:
    from hashlib import sha256

    from rasd.geocode.gazetteer import bundle_path

    sources = yaml.safe_load((bundle_path().parent / SOURCES_FILE).read_text(encoding="utf-8"))
    assert sha256(bundle_path().read_bytes()).hexdigest() == sources["output"]["sha256"]
    assert sources["output"]["places"] > 150_000


def test_the_shipped_bundle_was_built_by_the_code_of_this_version() -> None:
    from rasd.geocode.gazetteer import bundle_path

    sources = yaml.safe_load((bundle_path().parent / SOURCES_FILE).read_text(encoding="utf-8"))
    assert sources["code"]["sha256"] == build_code_sha256(), (
        "rebuild: rasd gazetteer build --shared ../shared"
    )
