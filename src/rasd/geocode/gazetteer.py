"""The gazetteer: places with their Arabic and Latin names, looked up as article text is read.

The bundled part is ``resources/gazetteer/places.tsv.xz`` (``rasd gazetteer build`` makes it from
GeoNames cities500 and Who's On First's village-level records for 16 countries). Full GeoNames dumps
and OpenStreetMap exports that a user imports (``rasd gazetteer import``) are kept in the data
directory and merged in.

Places are stored as lines of one string (the bundle's own TSV rows) with their offsets, and read
into ``Place`` objects only when looked up, so the cached index loads without building an object
per place. Three indexes point at rows (a fourth, of Latin names for look-ups in English, is built
when first asked):

- ``by_key``: the stems of each Arabic name, exactly as article text is analysed, so "بالموصل"
  finds الموصل;
- ``by_head``: the first word of a name whose other words only qualify it (الباغوز for
  "الباغوز فوقاني");
- ``by_skeleton``: transliteration keys of places that have no Arabic name (``translit``).

The index is built once from the bundle (a few seconds) and cached as a pickle in the cache
directory, keyed on the bundle's checksum, this module's format version and the resources that make
the keys.
"""

from __future__ import annotations

import hashlib
import logging
import lzma
import pickle
import re
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from importlib import resources as importlib_resources
from pathlib import Path

from rasd.config import get_settings
from rasd.errors import Code, ResourceError
from rasd.geocode.translit import arabic_keys, ascii_lower, latin_key
from rasd.lexicon.cache import unpickled
from rasd.lexicon.matcher import DASHES, phrase_key
from rasd.lexicon.resources import load_tsv, load_yaml, read_manifest
from rasd.text.normalize import default_normalizer
from rasd.text.tokenize import clitic_roles

FORMAT_VERSION = 14
MIN_NAME_LETTERS = 3
#: A shorter name (إب، اللد) is keyed only after a settlement word (``short_name_cues``).
MIN_CUED_NAME_LETTERS = 2
#: Words whose misspellings are remembered (news repeats its words; the least recent are dropped).
MISSPELLINGS_CACHED = 50_000
#: Places kept built from their rows (a run names the same towns again and again).
PLACES_CACHED = 20_000
#: After this many distinct words asked, misspellings are first screened by skeleton (see ``_skeleton``).
SKELETONS_AFTER = 1_000
#: One edit is forgiven only in names this long (الباغور for الباغوز, not حمص for حماة).
MIN_FUZZY_LETTERS = 5
#: The resources that make the keys: a change to one rebuilds the index.
KEY_RESOURCES = (
    "normalization.yaml",
    "clitics.yaml",
    "countries.tsv",
    "admin1.tsv",
    "function_words.yaml",
    "transliteration.yaml",
    "waters.tsv",
    "place_aliases.tsv",
    "places_added.tsv",
)
ARABIC = re.compile(r"[\u0621-\u064a]")
LATIN = re.compile(r"[A-Za-z]")
NON_ALPHANUMERIC = re.compile(r"[^0-9a-z]+")
BUNDLE = "places.tsv.xz"
BUNDLED_PREFIX = "gazetteer-bundled-"
IMPORTED_FILE = "gazetteer-imported.pickle"
#: Ids of the seas, gulfs and straits of ``waters.tsv``: below every Who's On First id.
WATERS_FIRST_ID = -2_000_000_000
#: Ids of the places of ``places_added.tsv``: below the waters' ids.
ADDED_FIRST_ID = -2_100_000_000
WATER_CLASS = "H"
COLUMNS = 11  # id, name, country, admin1, lat, lon, population, class, code, Arabic names, Latin names

Stems = tuple[str, ...]
#: A named way of looking a name up: ("exact", gazetteer.lookup)…
Strategy = tuple[str, Callable[[Stems], list["Place"]]]


@dataclass(frozen=True, slots=True)
class Place:
    """A place. ``geonameid`` is GeoNames' id, or a negative id for a place that only Who's On
    First or OpenStreetMap lists."""

    geonameid: int
    name: str
    country: str
    admin1_code: str | None
    latitude: float
    longitude: float
    population: int
    feature_class: str = "P"
    feature_code: str = ""


@dataclass(frozen=True, slots=True)
class PlaceNames:
    place: Place
    arabic: tuple[str, ...]
    latin: tuple[str, ...]


@dataclass(frozen=True)
class PlaceTable:
    """Places as TSV lines of one string; row ``i`` is ``text[starts[i]:starts[i + 1] - 1]``."""

    text: str
    starts: array
    countries: tuple[str, ...]  # read on every filter, so kept apart

    def __len__(self) -> int:
        return len(self.countries)

    def place(self, row: int) -> Place:
        return _place_of(self.line(row).split("\t"))

    def names(self, row: int) -> PlaceNames:
        cols = self.line(row).split("\t")
        return PlaceNames(_place_of(cols), _split(cols[9]), _split(cols[10]))

    def arabic_names(self, row: int) -> tuple[str, ...]:
        """The Arabic names alone (no ``Place`` built)."""
        return _split(self.line(row).split("\t")[9])

    def line(self, row: int) -> str:
        return self.text[self.starts[row] : self.starts[row + 1] - 1]

    @cached_property
    def row_of(self) -> dict[int, int]:
        """GeoNames id → row, for merging and for the importer."""
        return {
            int(self.text[start : self.text.index("\t", start)]): row
            for row, start in enumerate(self.starts[:-1])
        }


@dataclass(frozen=True)
class Gazetteer:
    table: PlaceTable
    by_key: dict[str, tuple[int, ...]]
    by_head: dict[str, tuple[int, ...]] = field(default_factory=dict)
    by_skeleton: dict[str, tuple[int, ...]] = field(default_factory=dict)
    admin1_names: dict[str, str] = field(default_factory=dict)  # "SY.07" → "Deir ez-Zor" (imported)

    def __len__(self) -> int:
        return len(self.table)

    def place(self, row: int) -> Place:
        return self.table.place(row)

    def lookup(self, stems: Stems) -> list[Place]:
        """Places with an Arabic name of exactly these stems."""
        rows = self.by_key.get(" ".join(stems))
        return self._places(rows) if rows else []  # most words asked name no place

    def knows(self, stems: Stems) -> bool:
        """Some place has an Arabic name of exactly these stems (no place is built to say so)."""
        return " ".join(stems) in self.by_key

    def written_so(self, word: str) -> bool:
        """Some place's Arabic name is this one word as written, with no article the text left out
        (بعشيقة is Bashiqa's whole name; شدة only keys الشدة). Answered once per word: the words
        that key a place after a bare ب are few and come back (شان، هدف), each with several rows."""
        rows = self.by_key.get(word)
        if not rows:
            return False
        known = self._written_so.get(word)
        if known is None:
            fold = default_normalizer().fold
            known = self._written_so[word] = any(
                fold(name) == word for row in rows for name in self.table.arabic_names(row)
            )
        return known

    def head_lookup(self, stems: Stems) -> list[Place]:
        """Places whose name is these stems plus qualifiers ("باغوز" → "باغوز فوقاني"); never a common
        word's ("مسجد" is a mosque, not the Iranian village Masjed-e ‘Olyā)."""
        if _is_common_word(stems):
            return []
        return self._places(self.by_head.get(" ".join(stems), ()))

    def latin_lookup(self, name: str) -> list[Place]:
        """Places with this Latin name, case and accents aside ("Baghdad", "Deir ez-Zor")."""
        return self._places(self._by_latin.get(latin_fold(name), ()))

    def transliterated_lookup(self, stems: Stems, countries: frozenset[str]) -> list[Place]:
        """Places of ``countries`` known only by Latin names that sound like the Arabic stems (never
        a common word's: معاقل "strongholds" sounds like Mukalla)."""
        if _is_common_word(stems):
            return []
        rows = {row for key in arabic_keys(stems) for row in self.by_skeleton.get(key, ())}
        return self._places(sorted(r for r in rows if self.table.countries[r] in countries))

    def fuzzy_lookup(
        self, stems: Stems, countries: frozenset[str], letters_only: bool = False
    ) -> list[Place]:
        """Places of ``countries`` whose Arabic name is one misspelling from the stems: a letter
        swapped for one of the same shape with other dots (or ق for the g sound written ج), or
        (unless ``letters_only``: الواحدة is a number, not الوحدة) a long vowel written or left
        out (``transliteration.yaml``); never the first letter. Only in the countries the text is
        about: a misspelling is forgiven where context agrees. The few spellings one misspelling
        away are looked up directly (a few dozen dictionary probes); in a long run, only for stems
        whose misspelling skeleton some name of those countries shares: most words after a locative
        are no place, and one probe turns them away."""
        text = " ".join(stems)
        if len(text.replace(" ", "")) < MIN_FUZZY_LETTERS or not countries or _is_common_word(stems):
            return []
        key = (text, countries, letters_only)
        rows = self._misspelt.get(key)
        if rows is None:
            rows = self._misspelt_rows(text, countries, letters_only)
            self._misspelt[key] = rows
            if len(self._misspelt) > MISSPELLINGS_CACHED:
                self._misspelt.popitem(last=False)
        else:
            self._misspelt.move_to_end(key)  # least recently asked goes first
        return self._places(rows)

    def strategies(self, countries: frozenset[str], transliterate: bool = True) -> list[Strategy]:
        """The look-ups to try for an Arabic name, most faithful first: as written, as the head of a
        qualified name, then (in the article's countries only) one misspelling off, then through the
        transliteration key of places known only in Latin letters."""
        found: list[Strategy] = [("exact", self.lookup), ("head", self.head_lookup)]
        if countries:
            found.append(("one_edit", lambda stems: self.fuzzy_lookup(stems, countries)))
            if transliterate:
                found.append(("transliteration", lambda stems: self.transliterated_lookup(stems, countries)))
        return found

    def merged(self, other: Gazetteer) -> Gazetteer:
        """This gazetteer with ``other``'s places and names appended; a place both have (same id) stays
        one row, found by the names of both. Keys are not recomputed, so merging costs milliseconds."""
        known, rows = self.table.row_of, []
        lines, starts, countries = (
            [self.table.text],
            array("q", self.table.starts),
            list(self.table.countries),
        )
        for row in range(len(other)):
            line = other.table.line(row)
            geonameid = int(line.split("\t", 1)[0])
            if geonameid in known:
                rows.append(known[geonameid])
                continue
            rows.append(len(countries))
            lines.append(line + "\n")
            starts.append(starts[-1] + len(line) + 1)
            countries.append(other.table.countries[row])

        def union(mine: dict[str, tuple[int, ...]], theirs: dict[str, tuple[int, ...]]) -> dict:
            joined = dict(mine)
            for key, found in theirs.items():
                joined[key] = tuple(dict.fromkeys(joined.get(key, ()) + tuple(rows[r] for r in found)))
            return joined

        return Gazetteer(
            PlaceTable("".join(lines), starts, tuple(countries)),
            union(self.by_key, other.by_key),
            union(self.by_head, other.by_head),
            union(self.by_skeleton, other.by_skeleton),
            {**self.admin1_names, **other.admin1_names},
        )

    def _misspelt_rows(self, text: str, countries: frozenset[str], letters_only: bool) -> tuple[int, ...]:
        if len(self._misspelt) >= SKELETONS_AFTER and not self._shares_a_skeleton(text, countries):
            return ()
        return tuple(
            dict.fromkeys(
                row
                for variant in _misspellings(text, vowels=not letters_only)
                for row in self.by_key.get(variant, ())
                if self.table.countries[row] in countries
            )
        )

    def _places(self, rows: Iterable[int]) -> list[Place]:
        """The places of rows, built once while a run keeps naming them (at most ``PLACES_CACHED``;
        the cache starts afresh when full)."""
        built, place_of = self._built, self.table.place
        found = []
        for row in rows:
            place = built.get(row)
            if place is None:
                if len(built) >= PLACES_CACHED:
                    built.clear()
                place = built[row] = place_of(row)
            found.append(place)
        return found

    @cached_property
    def _built(self) -> dict[int, Place]:
        return {}

    @cached_property
    def _written_so(self) -> dict[str, bool]:
        """Answers of ``written_so`` (at most one per key of ``by_key``)."""
        return {}

    @cached_property
    def _misspelt(self) -> OrderedDict[tuple[str, frozenset[str], bool], tuple[int, ...]]:
        """Answers of ``fuzzy_lookup``, least recently asked first (news repeats its words)."""
        return OrderedDict()

    def _shares_a_skeleton(self, text: str, countries: frozenset[str]) -> bool:
        skeleton = _skeleton(text)
        return any(f"{country}\t{skeleton}" in self._skeletons for country in countries)

    @cached_property
    def _skeletons(self) -> frozenset[str]:
        """ "country<TAB>skeleton" of every Arabic name. Built when a run has asked about
        ``SKELETONS_AFTER`` words (it takes a tenth of a second or two, which one article would not
        win back): the skeletons of all keys are made at once by a ``str.replace`` chain."""
        keys = list(self.by_key)
        tails = _skeleton_tail("\n".join(key[1:] for key in keys)).split("\n")
        countries = self.table.countries
        return frozenset(
            countries[row] + "\t" + key[:1] + tail
            for key, tail, rows in zip(keys, tails, self.by_key.values(), strict=True)
            for row in rows
        )

    @cached_property
    def _by_latin(self) -> dict[str, list[int]]:
        """Built on the first look-up in Latin letters (only the CLI asks): the whole table is folded
        at once, which keeps its lines, so line ``i`` is still row ``i``."""
        index: dict[str, list[int]] = {}
        for row, line in enumerate(ascii_lower(self.table.text).split("\n")[: len(self)]):
            cols = line.split("\t")
            for name in (cols[1], *cols[10].split("|")):
                if folded := " ".join(NON_ALPHANUMERIC.split(name)).strip():
                    _append(index, folded, row)
        return index


@dataclass
class GazetteerBuilder:
    """Collects places and their names into a ``Gazetteer``; one place per id, names unioned."""

    entries: dict[int, PlaceNames] = field(default_factory=dict)
    admin1_names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> GazetteerBuilder:
        builder = cls(admin1_names=dict(gazetteer.admin1_names))
        for row in range(len(gazetteer)):
            builder.add(gazetteer.table.names(row))
        return builder

    def add(self, entry: PlaceNames) -> None:
        known = self.entries.get(entry.place.geonameid)
        if known is not None:
            entry = PlaceNames(
                known.place,
                tuple(dict.fromkeys(known.arabic + entry.arabic)),
                tuple(dict.fromkeys(known.latin + entry.latin)),
            )
        self.entries[entry.place.geonameid] = entry

    def add_place(self, place: Place, names: Iterable[str] = ()) -> None:
        self.add(PlaceNames(place, (), ()))
        self.add_names(place.geonameid, names)

    def add_names(self, geonameid: int, names: Iterable[str]) -> bool:
        """Adds names (Arabic or Latin, told apart by script) to a known place; False if unknown."""
        known = self.entries.get(geonameid)
        if known is None:
            return False
        names = [_clean(n) for n in names if _clean(n)]
        arabic = tuple(n for n in names if ARABIC.search(n))
        latin = tuple(n for n in names if not ARABIC.search(n) and LATIN.search(n))
        self.add(PlaceNames(known.place, arabic, latin))
        return True

    def build(self) -> Gazetteer:
        ids = sorted(self.entries)
        lines, starts, countries = [], array("q"), []
        position = 0
        for geonameid in ids:
            line = place_line(self.entries[geonameid]) + "\n"
            starts.append(position)
            position += len(line)
            lines.append(line)
            countries.append(self.entries[geonameid].place.country)
        starts.append(position)
        indexes = _Indexes()
        for row, geonameid in enumerate(ids):
            indexes.add(row, self.entries[geonameid])
        return Gazetteer(
            PlaceTable("".join(lines), starts, tuple(_intern(countries))),
            indexes.frozen(indexes.by_key),
            indexes.frozen(indexes.by_head),
            indexes.frozen(indexes.by_skeleton),
            dict(self.admin1_names),
        )


@dataclass
class _Indexes:
    by_key: dict[str, list[int]] = field(default_factory=dict)
    by_head: dict[str, list[int]] = field(default_factory=dict)
    by_skeleton: dict[str, list[int]] = field(default_factory=dict)

    def add(self, row: int, entry: PlaceNames) -> None:
        for name in entry.arabic:
            for stems in _name_keys(name):
                _append(self.by_key, " ".join(stems), row)
                head = _head(stems)
                if head is not None:
                    _append(self.by_head, head, row)
        if not entry.arabic:
            for name in (entry.place.name, *entry.latin):
                if (skeleton := latin_key(name, entry.place.country)) is not None:
                    _append(self.by_skeleton, skeleton, row)

    @staticmethod
    def frozen(index: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
        return {key: tuple(rows) for key, rows in index.items()}


def _append(index: dict[str, list[int]], key: str, row: int) -> None:
    rows = index.setdefault(key, [])
    if not rows or rows[-1] != row:
        rows.append(row)


def name_stems(phrase: str) -> Stems | None:
    """A place name's words as the gazetteer keys them: proclitics and the article stripped, as the
    analyser strips them from article text, but word endings kept (a name has no pronoun suffix:
    حديثه is Haditha, not حديث + ه "his talk")."""
    key = phrase_key(phrase)
    return None if key is None else tuple(s + x for s, x in zip(key.stems, key.suffixes, strict=True))


def _name_keys(name: str) -> list[Stems]:
    """The name as the analyser reads it, and its words as written without the article: a name has
    no clitics, yet the analyser reads باغوز as ب + اغوز, as it will in text that writes it so;
    الباغوز in text gives باغوز."""
    stems = name_stems(name)
    if stems is None:
        return []
    article = clitic_roles().article
    words = tuple(
        w[len(article) :] if w.startswith(article) and len(w) > len(article) + 1 else w
        for w in default_normalizer().fold(name).split()
    )
    keys = list(dict.fromkeys([stems, words] if all(w.isalpha() for w in words) else [stems]))
    # "غورما-راروس": text that joins the words with a dash is read without it
    keys += [undashed for key in keys if (undashed := tuple(w for w in key if w not in DASHES)) != key]
    keys += [key[:-1] for key in keys if len(key) > 2 and key[-1] in _facility_qualifiers()]
    keys += [key[1:] for key in keys if len(key) > 2 and key[0] in _designators()]
    keys += [(cue, key[0]) for key in keys if _short_name(key) for cue in sorted(_short_name_cues())]
    # "وان" keys as "ان": a two-letter name would match every "أن"; الإطار (Tyre) is a common word
    return [k for k in keys if (len(k) > 1 or len(k[0]) >= MIN_NAME_LETTERS) and not _is_common_word(k)]


def _short_name(stems: Stems) -> bool:
    """ "مدينة إب"، "مدينة اللد": a two-letter word alone would match every "أب" or "أن", so it is
    keyed only after a settlement word, unless it opens longer names ("مدينة أم درمان"، "بلدة تل أبيض"
    would read أم or تل where the gazetteer lacks the whole)."""
    return (
        len(stems) == 1
        and MIN_CUED_NAME_LETTERS <= len(stems[0]) < MIN_NAME_LETTERS
        and stems[0] not in _one_word_stems("generic_heads") | _one_word_stems("short_heads")
    )


def _head(stems: Stems) -> str | None:
    """The head of a name whose other words only qualify it (فوقاني، الجديدة، الشرقي)."""
    if len(stems) < 2 or len(stems[0]) < MIN_FUZZY_LETTERS - 1:
        return None
    return stems[0] if all(s in _qualifiers() for s in stems[1:]) else None


def _is_common_word(stems: Stems) -> bool:
    """The stems spell a common word that names no place in news prose (``not_place_names``)."""
    return " ".join(stems) in _common_words()


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    words = load_yaml("function_words.yaml")["not_place_names"]
    return frozenset(" ".join(stems) for word in words if (stems := name_stems(str(word))) is not None)


def _facility_qualifiers() -> frozenset[str]:
    """ "قاعدة عين الأسد الجوية" is keyed as "قاعدة عين الأسد" too: articles leave the adjective out."""
    return _one_word_stems("facility_qualifiers")


def _designators() -> frozenset[str]:
    """ "ناحية خان بني سعد" is keyed as "خان بني سعد" too: news names the unit without its designator."""
    return _one_word_stems("name_designators")


def _short_name_cues() -> frozenset[str]:
    return _one_word_stems("short_name_cues")


def _qualifiers() -> frozenset[str]:
    return _one_word_stems("name_qualifiers")


@cache
def _one_word_stems(list_name: str) -> frozenset[str]:
    """The stems of a function_words.yaml list's one-word entries."""
    return frozenset(
        stems[0]
        for word in load_yaml("function_words.yaml")[list_name]
        if (stems := name_stems(str(word))) is not None and len(stems) == 1
    )


def latin_fold(name: str) -> str:
    """A Latin name folded for look-up: lower-case ASCII words joined by spaces."""
    return " ".join(NON_ALPHANUMERIC.split(ascii_lower(name))).strip()


def _intern(values: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    return [seen.setdefault(v, v) for v in values]


def place_line(entry: PlaceNames) -> str:
    """The entry as one row of the bundle's TSV (``COLUMNS`` fields)."""
    p = entry.place
    return "\t".join(
        (
            str(p.geonameid),
            _clean(p.name),
            p.country,
            p.admin1_code or "",
            f"{p.latitude:.5f}",
            f"{p.longitude:.5f}",
            str(p.population),
            p.feature_class,
            p.feature_code,
            "|".join(entry.arabic),
            "|".join(entry.latin),
        )
    )


def _place_of(cols: list[str]) -> Place:
    return Place(
        int(cols[0]),
        cols[1],
        cols[2],
        cols[3] or None,
        float(cols[4]),
        float(cols[5]),
        int(cols[6]),
        cols[7],
        cols[8],
    )


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split("|") if v)


def _clean(name: str) -> str:
    return " ".join(name.replace("|", " ").split())


def read_bundle(data: bytes) -> GazetteerBuilder:
    """The builder of a bundle file's rows (an xz-compressed TSV with a header)."""
    builder = GazetteerBuilder()
    lines = lzma.decompress(data).decode("utf-8").split("\n")
    for line in lines[1:]:
        cols = line.split("\t")
        if len(cols) == COLUMNS:
            builder.add(PlaceNames(_place_of(cols), _split(cols[9]), _split(cols[10])))
    return builder


def bundle_path() -> Path:
    return Path(str(importlib_resources.files("rasd") / "resources" / "gazetteer" / BUNDLE))


def build_bundled() -> Gazetteer:
    builder = read_bundle(bundle_path().read_bytes())
    for entry in waters() + added_places():
        builder.add(entry)
    add_aliases(builder)
    return builder.build()


def add_aliases(builder: GazetteerBuilder) -> None:
    """The Arabic names news uses for places that no source names so (``place_aliases.tsv``: Israeli
    towns known only in Latin letters, Kurdish names such as كوباني, spellings like خورمكسر)."""
    for row in load_tsv("place_aliases.tsv"):
        if not builder.add_names(int(row["id"]), _split(row["names_ar"])):
            message = f"place_aliases.tsv: no place {row['id']} ({row['name']}) in the gazetteer"
            raise ResourceError(Code.RESOURCE_INVALID, message)


def added_places() -> list[PlaceNames]:
    """Places news names that no source lists (``places_added.tsv``): Saudi towns on the Yemeni
    border, Bahrain's villages, Cairo's squares, an air base; each row gives its own id, at or below
    ``ADDED_FIRST_ID``, so that deleting or moving a row renumbers no stored place."""
    return [
        _listed_place(r, int(r["id"]), r["admin1"], r["feature_class"]) for r in load_tsv("places_added.tsv")
    ]


def waters() -> list[PlaceNames]:
    """The seas, gulfs and straits where attacks on ships are told (``waters.tsv``): no source of
    the bundle names them as places, and ACLED codes such an attack at the sea, in the country
    whose coast the file gives."""
    return [
        _listed_place(r, WATERS_FIRST_ID - i, None, WATER_CLASS) for i, r in enumerate(load_tsv("waters.tsv"))
    ]


def _listed_place(row: dict[str, str], geonameid: int, admin1: str | None, feature_class: str) -> PlaceNames:
    """A place of one of rasd's own place lists (``waters.tsv``, ``places_added.tsv``)."""
    place = Place(
        geonameid,
        row["name_en"],
        row["iso2"],
        admin1,
        float(row["lat"]),
        float(row["lon"]),
        0,
        feature_class,
        row["feature_code"],
    )
    return PlaceNames(place, _split(row["names_ar"]), (row["name_en"],))


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, with the user's imported places merged in."""
    bundled = _load_or_build(_bundled_path(), build_bundled)
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
    """Keyed on the bundle and on the rules that make the name keys, so a change to either builds a
    new index."""
    manifest = read_manifest()
    rules = "".join(manifest[name].sha256 for name in KEY_RESOURCES)
    bundle = hashlib.sha256(bundle_path().read_bytes()).hexdigest()
    digest = hashlib.sha256(f"{bundle}|{FORMAT_VERSION}|{rules}".encode()).hexdigest()
    return get_settings().cache_dir / f"{BUNDLED_PREFIX}{digest[:16]}.pickle"


def _load_or_build(path: Path, build: Callable[[], Gazetteer]) -> Gazetteer:
    cached = _read(path)
    if cached is not None:
        return cached
    # the CLI shows it: the first run waits some seconds
    logging.getLogger(__name__).info("building the gazetteer index in %s (first run)…", path.parent)
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
            gazetteer = unpickled(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
        return None  # a damaged or outdated file is rebuilt
    return gazetteer if isinstance(gazetteer, Gazetteer) else None


def _write(path: Path, gazetteer: Gazetteer) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{id(gazetteer)}.tmp")
    plain = Gazetteer(  # without derived indexes and caches
        PlaceTable(gazetteer.table.text, gazetteer.table.starts, gazetteer.table.countries),
        gazetteer.by_key,
        gazetteer.by_head,
        gazetteer.by_skeleton,
        gazetteer.admin1_names,
    )
    with temporary.open("wb") as handle:
        pickle.dump(plain, handle, protocol=pickle.HIGHEST_PROTOCOL)
    temporary.replace(path)


def _misspellings(text: str, vowels: bool = True) -> set[str]:
    """Every spelling one misspelling from ``text``: a letter (not the first) swapped for one of the
    same shape with other dots and, with ``vowels``, a long vowel added or left out after the first
    letter (``transliteration.yaml``)."""
    confusable, optional = _confusable(), _optional_letters()
    found = set()
    for i in range(1, len(text)):
        found.update(text[:i] + other + text[i + 1 :] for other in confusable.get(text[i], ""))
        if vowels and text[i] in optional:
            found.add(text[:i] + text[i + 1 :])
    if vowels:
        found.update(text[:i] + vowel + text[i:] for i in range(1, len(text) + 1) for vowel in optional)
    found.discard(text)
    return found


def _skeleton(text: str) -> str:
    """What every spelling one misspelling from ``text`` shares with it (so a name whose skeleton
    differs is not one): the first letter as written, then the others without the optional
    letters and with each confusable letter as its group's first. A group that holds an optional
    letter (ي among بتثني) is left out whole, since ي may be a swapped ب or a long vowel added."""
    return text[:1] + _skeleton_tail(text[1:])


def _skeleton_tail(text: str) -> str:
    for letter, kept_as in _skeleton_letters():
        text = text.replace(letter, kept_as)  # a replace chain beats translate on Arabic text
    return text


@lru_cache(maxsize=1)
def _skeleton_letters() -> tuple[tuple[str, str], ...]:
    classes, optional = _confusable_classes(), _optional_letters()
    dropped = {letter for letter, linked in classes.items() if optional.intersection(linked)} | optional
    kept = {letter: linked[0] for letter, linked in classes.items() if letter not in dropped}
    return tuple((letter, "") for letter in sorted(dropped)) + tuple(
        (letter, first) for letter, first in sorted(kept.items()) if letter != first
    )


@lru_cache(maxsize=1)
def _confusable() -> dict[str, str]:
    """Each letter and the letters it may be misspelt as: all its groups (ق is in فق by its dots
    and in جق by the g sound it is written for)."""
    fold = default_normalizer().fold
    swaps: dict[str, str] = {}
    for group in map(fold, load_yaml("transliteration.yaml")["confusable_letters"]):
        for letter in group:
            swaps[letter] = "".join(dict.fromkeys(swaps.get(letter, "") + group))
    return swaps


@lru_cache(maxsize=1)
def _confusable_classes() -> dict[str, str]:
    """Each letter and every letter linked to it through shared groups, sorted: a skeleton keeps
    one letter per class, so a spelling one swap away always has the same skeleton."""
    swaps, classes = _confusable(), {}
    for letter in swaps:
        linked, pending = set(), [letter]
        while pending:
            other = pending.pop()
            if other not in linked:
                linked.add(other)
                pending.extend(swaps[other])
        classes[letter] = "".join(sorted(linked))
    return classes


@lru_cache(maxsize=1)
def _optional_letters() -> frozenset[str]:
    return frozenset(load_yaml("transliteration.yaml")["optional_letters"])
