"""Transliteration keys: an Arabic place name and its Latin spellings reduced to one consonant skeleton.

Most villages of the Sahel, Sudan and Somalia are in the gazetteers under Latin names only
("Wad An Nora", "Mukayshifah"). An article writes ود النورة or مكيشيفة. Both sides are reduced to
classes of consonants (``resources/ar/transliteration.yaml``): vowels, long vowels inside a word,
ع and h are dropped, the article goes, and letters written two ways (ج as "j" or "g") give one key
per spelling. The key is coarse on purpose, so it is only used inside the article's country, for
places that have no Arabic name, and the event's rules say so.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rasd.lexicon.resources import load_yaml

#: An Arabic name with more ambiguous letters than this gets no key (the variants multiply).
MAX_VARIANTS = 8
LATIN_WORD = re.compile(r"[a-z]+")
COMBINING_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@dataclass(frozen=True, slots=True)
class TransliterationRules:
    arabic: dict[str, tuple[str, ...]]
    arabic_pairs: dict[str, tuple[str, ...]]  # two letters written for one sound (تش: ç)
    latin: tuple[tuple[str, str], ...]  # longest letter groups first
    latin_letters: dict[int, str]  # a str.translate table: ç → ch, before accents are folded
    latin_letter_countries: frozenset[str]  # where latin_letters hold (Turkish ş is sh, not ص)
    initial_only: frozenset[str]
    dropped: frozenset[str]
    latin_articles: frozenset[str]
    min_classes: int


@lru_cache(maxsize=1)
def transliteration_rules() -> TransliterationRules:
    data = load_yaml("transliteration.yaml")
    arabic = {
        letter: tuple(classes) if isinstance(classes, list) else (classes,)
        for letter, classes in data["arabic"].items()
    }
    latin = tuple(sorted(((str(k), str(v)) for k, v in data["latin"].items()), key=lambda kv: -len(kv[0])))
    return TransliterationRules(
        arabic=arabic,
        arabic_pairs={str(pair): tuple(classes) for pair, classes in data["arabic_pairs"].items()},
        latin=latin,
        latin_letters=str.maketrans({str(k): str(v) for k, v in data["latin_letters"]["letters"].items()}),
        latin_letter_countries=frozenset(data["latin_letters"]["countries"]),
        initial_only=frozenset(data["initial_only"]),
        dropped=frozenset(data["dropped"]),
        latin_articles=frozenset(data["latin_articles"]),
        min_classes=int(data["min_classes"]),
    )


def latin_key(name: str, country: str) -> str | None:
    """The skeleton of a Latin spelling of a place in ``country`` ("Wad An Nora" → "WDNR"), or None
    when it is too short. The country tells what a letter stands for: Turkish ş is sh, the ş of an
    Arabic name romanized by GeoNames is ص."""
    rules = transliteration_rules()
    if country in rules.latin_letter_countries:
        name = name.lower().translate(rules.latin_letters)
    words = [w for w in LATIN_WORD.findall(ascii_lower(name)) if w not in rules.latin_articles]
    return _joined([_latin_word_classes(word) for word in words], rules)


def arabic_keys(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The skeletons of an Arabic name given as normalized stems without the article, one per
    reading of its ambiguous letters (ج as J or G…); empty when too short or too ambiguous."""
    rules = transliteration_rules()
    per_word = [_arabic_units(stem, rules) for stem in stems]
    choices = [options for word in per_word for options in word if len(options) > 1]
    if not per_word or math.prod(len(c) for c in choices) > MAX_VARIANTS:
        return ()
    keys = []
    for reading in itertools.product(*choices):
        picks = iter(reading)
        words = [[opts[0] if len(opts) == 1 else next(picks) for opts in word] for word in per_word]
        key = _joined(words, rules)
        if key is not None and key not in keys:
            keys.append(key)
    return tuple(keys)


def _arabic_units(stem: str, rules: TransliterationRules) -> list[tuple[str, ...]]:
    """The classes each letter, or letter pair written for one sound (تش), may stand for."""
    units, index = [], 0
    while index < len(stem):
        pair = rules.arabic_pairs.get(stem[index : index + 2])
        units.append(pair or rules.arabic.get(stem[index], ("",)))
        index += 2 if pair else 1
    return units


def _latin_word_classes(word: str) -> list[str]:
    """Each letter group's class; a vowel or a letter that carries no consonant gives ""."""
    pattern, classes = _latin_groups()
    return [classes[m.lastgroup] if m.lastgroup else "" for m in pattern.finditer(word)]


@lru_cache(maxsize=1)
def _latin_groups() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of the letter groups, longest first, then any single letter."""
    groups = transliteration_rules().latin
    pattern = re.compile(
        "|".join(f"(?P<g{i}>{re.escape(group)})" for i, (group, _) in enumerate(groups)) + "|."
    )
    return pattern, {f"g{i}": value for i, (_, value) in enumerate(groups)}


def _joined(words: list[list[str]], rules: TransliterationRules) -> str | None:
    """One skeleton from the classes of each word (a letter may stand for two: x is K S, تش may be
    T X): initial-only classes kept at a word's start, dropped classes and vowels removed, runs of
    one class collapsed."""
    skeleton: list[str] = []
    for classes in words:
        for index, value in enumerate(classes):
            for one in value:
                if one in rules.dropped or (one in rules.initial_only and index > 0):
                    continue
                if not skeleton or skeleton[-1] != one:
                    skeleton.append(one)
    return "".join(skeleton) if len(skeleton) >= rules.min_classes else None


def ascii_lower(text: str) -> str:
    """Lower case without accents ("Ḩadīthah" → "hadithah"); one pass in C over any length."""
    return COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text)).lower()
