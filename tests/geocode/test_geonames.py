from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from rasd.errors import Code, InputError
from rasd.geocode.geonames import (
    Admin1Name,
    AlternateName,
    GeoNamesPlace,
    detect_kind,
    read_admin1_codes,
    read_alternate_names,
    read_places,
)
from rasd.types import Problem

FIXTURES = Path(__file__).parent.parent / "fixtures" / "geonames"
PLACES = FIXTURES / "SY.txt"
ALTERNATES = FIXTURES / "alternateNamesV2.txt"
ADMIN1 = FIXTURES / "admin1CodesASCII.txt"

Reader = Callable[[Path], Iterator[object]]


def split(items: Iterator[object]) -> tuple[list[object], list[Problem]]:
    items = list(items)
    return [i for i in items if not isinstance(i, Problem)], [i for i in items if isinstance(i, Problem)]


def zipped(tmp_path: Path, source: Path, zip_name: str, member: str, readme: bool = True) -> Path:
    """A GeoNames-style zip of one fixture, with the readme.txt the real downloads carry."""
    path = tmp_path / zip_name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.write(source, member)
        if readme:
            archive.writestr("readme.txt", "Readme for GeoNames Gazetteer extract files\n")
    return path


def with_lines(tmp_path: Path, source: Path, inserts: dict[int, str], name: str | None = None) -> Path:
    """A copy of a fixture with lines inserted so that they end up at the given line numbers."""
    lines = source.read_text(encoding="utf-8").splitlines()
    for number in sorted(inserts):
        lines.insert(number - 1, inserts[number])
    path = tmp_path / (name or source.name)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def place_row(geonameid: int | str, name: str, latitude: str) -> str:
    """A 19-column country-dump line for a village in Aleppo governorate."""
    cols = [str(geonameid), name, name, "", latitude, "36.0", "P", "PPL", "SY", "", "09"]
    return "\t".join([*cols, "", "", "", "0", "", "300", "Asia/Damascus", "2023-11-05"])


def test_country_dump_rows_become_places() -> None:
    places, problems = split(read_places(PLACES))
    assert problems == []
    by_id = {p.geonameid: p for p in places}
    assert by_id[170063] == GeoNamesPlace(
        geonameid=170063,
        name="Aleppo",
        latitude=36.20124,
        longitude=37.16117,
        feature_class="P",
        feature_code="PPLA",
        country="SY",
        admin1_code="09",
        population=1602264,
        names=("Alep", "Halab", "Haleb", "حلب"),
    )
    assert by_id[173122].admin1_code is None  # the Euphrates lies in no one governorate
    assert (by_id[7911201].names, by_id[7911201].population) == ((), 0)  # empty columns


def test_the_default_feature_classes_leave_out_roads() -> None:
    places, _ = split(read_places(PLACES))
    assert len(places) == 15
    assert {p.feature_class for p in places} == {"P", "A", "S", "L", "T", "H", "V"}
    assert 11204350 not in {p.geonameid for p in places}


def test_feature_classes_filter_places() -> None:
    places, _ = split(read_places(PLACES, frozenset({"P"})))
    assert len(places) == 8
    assert all(p.feature_class == "P" for p in places)
    roads, _ = split(read_places(PLACES, frozenset({"R"})))
    assert [p.name for p in roads] == ["M5 Highway"]


def test_a_zipped_country_dump_reads_like_the_txt(tmp_path: Path) -> None:
    path = zipped(tmp_path, PLACES, "SY.zip", "SY.txt")
    assert list(read_places(path)) == list(read_places(PLACES))


def test_a_zip_named_otherwise_is_read_from_its_only_data_file(tmp_path: Path) -> None:
    path = zipped(tmp_path, PLACES, "download.zip", "allCountries.txt")
    assert list(read_places(path)) == list(read_places(PLACES))


def test_a_zip_without_a_data_file_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "SY.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "nothing here\n")
    with pytest.raises(InputError) as raised:
        read_places(path)
    assert raised.value.code is Code.INPUT_UNSUPPORTED


def test_a_file_that_is_not_a_zip_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "SY.zip"
    path.write_bytes(b"not a zip at all")
    with pytest.raises(InputError) as raised:
        read_places(path)
    assert raised.value.code is Code.INPUT_UNSUPPORTED


def test_crlf_line_ends_and_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    path = tmp_path / "SY.txt"
    text = PLACES.read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert list(read_places(path)) == list(read_places(PLACES))


def test_alternate_names_keep_only_arabic() -> None:
    names, problems = split(read_alternate_names(ALTERNATES))
    assert problems == []
    assert names == [
        AlternateName(170063, "حلب", "ar"),
        AlternateName(170654, "دمشق", "ar"),
        AlternateName(170654, "الشام", ""),  # no language, Arabic script
        AlternateName(169577, "حمص", "ar"),
        AlternateName(166365, "منبج", ""),
        AlternateName(99072, "الموصل", "ar"),
        AlternateName(98182, "بغداد", "ar"),
        AlternateName(98182, "Baghdad", "ar"),  # labelled ar: kept whatever its script
    ]


def test_alternate_names_skip_links_codes_and_other_arabic_script_languages() -> None:
    kept = {n.name for n in read_alternate_names(ALTERNATES) if isinstance(n, AlternateName)}
    assert not kept & {"https://en.wikipedia.org/wiki/Aleppo", "ALP", "0000", "Q1530", "Manbij", "مووسڵ"}
    languages = {n.language for n in read_alternate_names(ALTERNATES) if isinstance(n, AlternateName)}
    assert languages == {"ar", ""}  # the Persian "دمشق" (fa) is not kept


def test_zipped_alternate_names(tmp_path: Path) -> None:
    path = zipped(tmp_path, ALTERNATES, "alternateNamesV2.zip", "alternateNamesV2.txt", readme=False)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\tISO 639-1\tLanguage Name\n")
    assert list(read_alternate_names(path)) == list(read_alternate_names(ALTERNATES))


def test_the_older_eight_column_alternate_names_are_read(tmp_path: Path) -> None:
    path = tmp_path / "alternateNames.txt"
    path.write_text("1\t170063\tar\tحلب\t1\t\t\t\n2\t170063\ten\tAleppo\t\t\t\t\n", encoding="utf-8")
    assert list(read_alternate_names(path)) == [AlternateName(170063, "حلب", "ar")]


def test_admin1_codes() -> None:
    names, problems = split(read_admin1_codes(ADMIN1))
    assert problems == []
    assert len(names) == 14
    assert names[0] == Admin1Name("SY.01", "Daraa", 170903)
    assert Admin1Name("IQ.15", "Nineveh", 99071) in names


BROKEN = [
    pytest.param(
        read_places,
        PLACES,
        "170000\tToo Short\tToo Short\t\t35.0\t36.0\tP\tPPL",
        place_row(170001, "Nowhere", "north"),
        15,
        id="places",
    ),
    pytest.param(
        read_alternate_names,
        ALTERNATES,
        "99\t170063\tar",
        "100\tabc\tar\tحلب\t\t\t\t\t\t",
        8,
        id="alternate_names",
    ),
    pytest.param(
        read_admin1_codes, ADMIN1, "SY.08\tQuneitra", "SY.08\tQuneitra\tQuneitra\tx173", 14, id="admin1"
    ),
]


@pytest.mark.parametrize(("reader", "fixture", "short_line", "bad_number_line", "good"), BROKEN)
def test_a_broken_line_is_a_problem_and_reading_goes_on(
    tmp_path: Path, reader: Reader, fixture: Path, short_line: str, bad_number_line: str, good: int
) -> None:
    path = with_lines(tmp_path, fixture, {3: short_line, 6: bad_number_line})
    items, problems = split(reader(path))
    assert len(items) == good
    assert [(p.source, p.line, p.code) for p in problems] == [
        (str(path), 3, Code.INPUT_BAD_RECORD.value),
        (str(path), 6, Code.INPUT_BAD_RECORD.value),
    ]
    assert "columns" in problems[0].message


def test_coordinates_out_of_range_are_a_problem(tmp_path: Path) -> None:
    path = with_lines(tmp_path, PLACES, {1: place_row(170002, "Somewhere", "95.0")})
    places, problems = split(read_places(path))
    assert (len(places), [p.line for p in problems]) == (15, [1])


def test_a_line_that_is_not_utf8_is_a_problem_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "admin1CodesASCII.txt"
    path.write_bytes(
        b"SY.01\tDaraa\tDaraa\t170903\nSY.02\tDeir\xff\tDeir\t170792\n\nSY.05\tHoms\tHoms\t169575\n"
    )
    names, problems = split(read_admin1_codes(path))
    assert [n.code for n in names] == ["SY.01", "SY.05"]
    assert [(p.line, p.code) for p in problems] == [(2, Code.INPUT_NOT_UTF8.value)]


@pytest.mark.parametrize(
    ("path", "kind"),
    [(PLACES, "places"), (ALTERNATES, "alternate_names"), (ADMIN1, "admin1")],
)
def test_detect_kind_from_the_file_name(path: Path, kind: str) -> None:
    assert detect_kind(path) == kind


@pytest.mark.parametrize(
    ("source", "kind"),
    [(PLACES, "places"), (ALTERNATES, "alternate_names"), (ADMIN1, "admin1")],
)
def test_detect_kind_from_the_column_count(tmp_path: Path, source: Path, kind: str) -> None:
    path = tmp_path / "renamed.tsv"
    path.write_bytes(source.read_bytes())
    assert detect_kind(path) == kind
    assert detect_kind(zipped(tmp_path, source, "archive.zip", "data.txt")) == kind


def test_detect_kind_of_zips_by_their_names(tmp_path: Path) -> None:
    assert detect_kind(zipped(tmp_path, PLACES, "SY.zip", "SY.txt")) == "places"
    assert detect_kind(zipped(tmp_path, PLACES, "allCountries.zip", "allCountries.txt")) == "places"
    assert detect_kind(zipped(tmp_path, ALTERNATES, "alternateNamesV2.zip", "alternateNamesV2.txt")) == (
        "alternate_names"
    )


@pytest.mark.parametrize(
    "content",
    [
        "SY.09.1234\tJabal Saman\tJabal Saman\t170064\n",  # admin2Codes.txt: 4 columns, but admin2
        "P\tpopulated place\n",
        "",
    ],
    ids=["admin2", "two_columns", "empty"],
)
def test_detect_kind_fails_on_an_unknown_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        detect_kind(path)
    assert raised.value.code is Code.INPUT_UNSUPPORTED


@pytest.mark.parametrize("reader", [read_places, read_alternate_names, read_admin1_codes, detect_kind])
def test_a_missing_file_raises_at_once(tmp_path: Path, reader: Callable[[Path], object]) -> None:
    with pytest.raises(InputError) as raised:
        reader(tmp_path / "SY.txt")  # raises on the call, before any iteration
    assert raised.value.code is Code.INPUT_NOT_FOUND
    assert raised.value.code.value == "E201"
