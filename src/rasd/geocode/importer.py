"""Importing full GeoNames dumps (country files, allCountries, alternateNamesV2, admin1 codes) and
OpenStreetMap place exports (ODbL, so not bundled) into the user's gazetteer, so that rasd reaches
every village they name."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rasd.errors import InputError
from rasd.geocode.gazetteer import Gazetteer, GazetteerBuilder, Place, load_imported, save_imported
from rasd.geocode.geonames import (
    Admin1Name,
    AlternateName,
    GeoNamesPlace,
    detect_kind,
    read_admin1_codes,
    read_alternate_names,
    read_places,
)
from rasd.geocode.sources import detect_source, place_names, read_osm
from rasd.types import Problem


@dataclass
class ImportReport:
    places: int = 0
    names: int = 0
    admin1: int = 0
    problems: list[Problem] = field(default_factory=list)


def import_dumps(paths: Iterable[Path], known: Gazetteer | None = None) -> ImportReport:
    """Read the dumps and merge them into the imported gazetteer (kept in the data directory).

    ``known`` is the gazetteer alternate names may refer to besides the dumps' own places (the
    bundled one), so alternateNamesV2 alone can add Arabic names to places rasd already has.
    """
    report = ImportReport()
    existing = load_imported()
    builder = GazetteerBuilder.of(existing) if existing is not None else GazetteerBuilder()
    names: list[AlternateName] = []
    for path in paths:
        try:
            if path.suffix.lower() == ".tsv" and detect_source(path) == "osm":
                report.places += _add_osm_places(builder, _collect(read_osm(path), report))
                continue
            kind = detect_kind(path)
            if kind == "places":
                report.places += _add_places(builder, _collect(read_places(path), report))
            elif kind == "alternate_names":
                names += _collect(read_alternate_names(path), report)
            else:
                report.admin1 += _add_admin1(builder, _collect(read_admin1_codes(path), report))
        except InputError as error:
            report.problems.append(Problem(str(path), error.code.value, error.message))
    known_rows = known.table.row_of if known is not None else {}
    for name in names:
        if not builder.add_names(name.geonameid, [name.name]) and name.geonameid in known_rows:
            # A name of a bundled place: the place comes along, so that merging adds the name.
            builder.add(known.table.names(known_rows[name.geonameid]))
            builder.add_names(name.geonameid, [name.name])
        report.names += name.geonameid in builder.entries
    save_imported(builder.build())
    return report


def _collect(items: Iterator, report: ImportReport) -> list:
    kept = []
    for item in items:
        if isinstance(item, Problem):
            report.problems.append(item)
        else:
            kept.append(item)
    return kept


def _add_places(builder: GazetteerBuilder, places: list[GeoNamesPlace]) -> int:
    for p in places:
        place = Place(
            p.geonameid,
            p.name,
            p.country,
            p.admin1_code,
            p.latitude,
            p.longitude,
            p.population,
            p.feature_class,
        )
        builder.add_place(place, p.names)
    return len(places)


def _add_osm_places(builder: GazetteerBuilder, places: list) -> int:
    for place in places:
        builder.add(place_names(place))
    return len(places)


def _add_admin1(builder: GazetteerBuilder, names: list[Admin1Name]) -> int:
    builder.admin1_names.update({n.code: n.name for n in names})
    return len(names)
