"""Readers for the GeoNames dump files, so a full gazetteer can be built from download.geonames.org.

Three formats are read (see https://download.geonames.org/export/dump/readme.txt): a country or
``allCountries`` dump (19 columns), ``alternateNamesV2`` (10 columns; the older 8-column
``alternateNames`` too) and ``admin1CodesASCII`` (4 columns). Each may be a ``.txt`` file or a
``.zip`` holding one. Files are streamed line by line, since ``allCountries.txt`` is several GB.

A bad line becomes a ``Problem`` with its path and line number and reading goes on. Lines that a
reader drops anyway (a feature class not asked for, a non-Arabic alternate name) are only checked
for their column count, so that a full dump is not parsed field by field for nothing.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from rasd.errors import Code, InputError
from rasd.types import Problem

Kind = Literal["places", "alternate_names", "admin1"]

PLACE_COLUMNS = 19
ALTERNATE_COLUMNS = (10, 8)  # alternateNamesV2.txt, and the older alternateNames.txt
ADMIN1_COLUMNS = 4
ALL_FEATURE_CLASSES = frozenset({"P", "A", "S", "L", "T", "H", "V"})
ARABIC = re.compile(r"[\u0621-\u064a]")
ADMIN1_CODE = re.compile(r"^[A-Z]{2}\.[^.]+$")
PLACES_STEM = re.compile(r"^(?:[A-Z]{2}|allCountries|cities\d+)$")

Row = tuple[int, list[str]]


@dataclass(frozen=True, slots=True)
class GeoNamesPlace:
    """One row of a country dump; ``admin1_code`` is the dump's own code (``"07"``, not ``"SY.07"``)."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country: str
    admin1_code: str | None
    population: int
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AlternateName:
    """An Arabic name of a place; ``language`` is ``"ar"`` or ``""`` for an unlabelled one."""

    geonameid: int
    name: str
    language: str


@dataclass(frozen=True, slots=True)
class Admin1Name:
    """A first-level division: ``code`` is the country and the admin1 code, as in ``"SY.07"``."""

    code: str
    name: str
    geonameid: int


def read_places(
    path: Path, feature_classes: frozenset[str] = ALL_FEATURE_CLASSES
) -> Iterator[GeoNamesPlace | Problem]:
    """Places of the given feature classes from a country or allCountries dump (``.txt`` or ``.zip``).

    Raises ``InputError`` at once (not on first use) when the file is missing or holds no dump.
    """
    member = _check_file(path)
    return _places(path, member, feature_classes)


def read_alternate_names(path: Path) -> Iterator[AlternateName | Problem]:
    """Arabic names only: language ``ar``, or no language and Arabic script (``link``, ``post`` and
    the like carry a language of their own and are skipped)."""
    member = _check_file(path)
    return _alternate_names(path, member)


def read_admin1_codes(path: Path) -> Iterator[Admin1Name | Problem]:
    """Admin1 names from ``admin1CodesASCII.txt``, to name the division a place lies in."""
    member = _check_file(path)
    return _admin1_codes(path, member)


def detect_kind(path: Path) -> Kind:
    """Which reader a file needs: from its name (or its zip member's) first, else its first line."""
    member = _check_file(path)
    for name in (path.name, member):
        kind = _kind_from_name(name) if name else None
        if kind is not None:
            return kind
    kind = _kind_from_line(_first_line(path, member))
    if kind is None:
        raise InputError(
            Code.INPUT_UNSUPPORTED,
            f"{path}: not a GeoNames country dump, alternateNames or admin1CodesASCII file",
        )
    return kind


def _places(
    path: Path, member: str | None, feature_classes: frozenset[str]
) -> Iterator[GeoNamesPlace | Problem]:
    source = str(path)
    for row in _rows(path, member):
        if isinstance(row, Problem):
            yield row
        elif len(row[1]) != PLACE_COLUMNS:
            yield _column_problem(source, row, (PLACE_COLUMNS,))
        elif row[1][6] in feature_classes:
            yield _place(source, row)


def _place(source: str, row: Row) -> GeoNamesPlace | Problem:
    number, cols = row
    try:
        latitude, longitude = checked_coordinate(cols[4], 90.0), checked_coordinate(cols[5], 180.0)
        return GeoNamesPlace(
            geonameid=int(cols[0]),
            name=cols[1],
            latitude=latitude,
            longitude=longitude,
            feature_class=cols[6],
            feature_code=cols[7],
            country=cols[8],
            admin1_code=cols[10] or None,
            population=int(cols[14]) if cols[14] else 0,
            names=tuple(n.strip() for n in cols[3].split(",") if n.strip()),
        )
    except ValueError as error:
        return _bad_record(source, number, f"bad number in place row: {error}")


def checked_coordinate(text: str, limit: float) -> float:
    """A latitude or longitude; NaN, infinities and values out of range would misplace a place."""
    value = float(text)
    if not math.isfinite(value) or abs(value) > limit:
        raise ValueError(f"coordinate out of range: {text!r}")
    return value


def _alternate_names(path: Path, member: str | None) -> Iterator[AlternateName | Problem]:
    source = str(path)
    for row in _rows(path, member):
        if isinstance(row, Problem):
            yield row
        elif len(row[1]) not in ALTERNATE_COLUMNS:
            yield _column_problem(source, row, ALTERNATE_COLUMNS)
        elif _is_arabic_name(row[1][2], row[1][3]):
            yield _alternate_name(source, row)


def _is_arabic_name(language: str, name: str) -> bool:
    return language == "ar" or (language == "" and ARABIC.search(name) is not None)


def _alternate_name(source: str, row: Row) -> AlternateName | Problem:
    number, cols = row
    name = cols[3].strip()
    if not name:
        return _bad_record(source, number, "empty alternate name")
    try:
        return AlternateName(geonameid=int(cols[1]), name=name, language=cols[2])
    except ValueError as error:
        return _bad_record(source, number, f"bad geonameid in alternate name row: {error}")


def _admin1_codes(path: Path, member: str | None) -> Iterator[Admin1Name | Problem]:
    source = str(path)
    for row in _rows(path, member):
        if isinstance(row, Problem):
            yield row
        elif len(row[1]) != ADMIN1_COLUMNS:
            yield _column_problem(source, row, (ADMIN1_COLUMNS,))
        else:
            yield _admin1(source, row)


def _admin1(source: str, row: Row) -> Admin1Name | Problem:
    number, cols = row
    if not ADMIN1_CODE.match(cols[0]):
        return _bad_record(source, number, f"admin1 code {cols[0]!r} is not like 'SY.07'")
    try:
        return Admin1Name(code=cols[0], name=cols[1], geonameid=int(cols[3]))
    except ValueError as error:
        return _bad_record(source, number, f"bad geonameid in admin1 row: {error}")


def _column_problem(source: str, row: Row, expected: tuple[int, ...]) -> Problem:
    wanted = " or ".join(str(n) for n in expected)
    return _bad_record(source, row[0], f"expected {wanted} tab-separated columns, found {len(row[1])}")


def _bad_record(source: str, number: int, message: str) -> Problem:
    return Problem(source, Code.INPUT_BAD_RECORD.value, message, number)


def _rows(path: Path, member: str | None) -> Iterator[Row | Problem]:
    """Numbered lines split on tabs; blank lines are skipped and a line that is not UTF-8 is a
    problem of its own (decoding line by line keeps one bad byte from ending the file)."""
    with _open_binary(path, member) as stream:
        for number, raw in enumerate(stream, start=1):
            data = raw.rstrip(b"\r\n")
            if number == 1 and data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
            if not data.strip():
                continue
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as error:
                yield Problem(str(path), Code.INPUT_NOT_UTF8.value, f"line is not UTF-8: {error}", number)
                continue
            yield number, text.split("\t")


def _first_line(path: Path, member: str | None) -> str:
    """The first non-blank line, decoded leniently: it is only counted, to guess the format."""
    with _open_binary(path, member) as stream:
        for raw in stream:
            text = raw.decode("utf-8", errors="replace").lstrip("\ufeff").rstrip("\r\n")
            if text.strip():
                return text
    return ""


def _kind_from_name(name: str) -> Kind | None:
    stem = Path(name).stem
    if stem.lower().startswith("admin1codes"):
        return "admin1"
    if stem.lower().startswith("alternatenames"):
        return "alternate_names"
    if PLACES_STEM.match(stem):
        return "places"
    return None


def _kind_from_line(line: str) -> Kind | None:
    cols = line.split("\t")
    if len(cols) == PLACE_COLUMNS:
        return "places"
    if len(cols) in ALTERNATE_COLUMNS:
        return "alternate_names"
    if len(cols) == ADMIN1_COLUMNS and ADMIN1_CODE.match(cols[0]):
        return "admin1"  # admin2Codes.txt has 4 columns too, but codes like "SY.07.1234"
    return None


def _check_file(path: Path) -> str | None:
    """Checks the file now, so a missing file fails where it was named; for a zip, the member."""
    if not path.exists():
        raise InputError(Code.INPUT_NOT_FOUND, f"{path}: no such file")
    if not path.is_file():
        raise InputError(Code.INPUT_UNSUPPORTED, f"{path}: not a file")
    return _zip_member(path) if path.suffix.lower() == ".zip" else None


def _zip_member(path: Path) -> str:
    """The data file in a GeoNames zip: the one named like the zip (``SY.zip`` holds ``SY.txt``),
    else the only ``.txt`` that is not the ``readme.txt`` or ``iso-languagecodes.txt`` beside it."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if not n.endswith("/")]
    except (zipfile.BadZipFile, OSError) as error:
        raise InputError(Code.INPUT_UNSUPPORTED, f"{path}: not a readable zip file: {error}") from error
    wanted = f"{path.stem}.txt"
    if wanted in names:
        return wanted
    extras = {"readme.txt", "iso-languagecodes.txt"}
    candidates = [n for n in names if n.lower().endswith(".txt") and Path(n).name.lower() not in extras]
    if len(candidates) != 1:
        raise InputError(
            Code.INPUT_UNSUPPORTED, f"{path}: expected one GeoNames .txt file, found {candidates}"
        )
    return candidates[0]


@contextmanager
def _open_binary(path: Path, member: str | None) -> Iterator[IO[bytes]]:
    """A binary stream of the file or zip member; iterating it reads one line at a time."""
    if member is None:
        with path.open("rb") as stream:
            yield stream
    else:
        with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
            yield stream
