"""Tokens and their clitics.

Words are split into proclitics + stem + enclitic by the rules of ``resources/ar/clitics.yaml``,
applied to the word as written (only diacritics removed) so that ة, ه, آ and ا are still told apart;
the parts are then folded like the rest of the text. A word is analysed once per distinct form
(news vocabulary is Zipfian), so the cost per token is a dictionary look-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, islice
from operator import add, itemgetter, not_, sub

from rasd.lexicon.resources import load_tsv, load_yaml
from rasd.text.normalize import RESOURCE as NORMALIZATION
from rasd.text.normalize import default_normalizer, rules_from_data
from rasd.types import NormalizedText

RESOURCE = "clitics.yaml"
#: Tables of names whose words are never split into clitics, with their name columns: places, and
#: the nationality adjectives made from country names (الليبي is ال + ليبي, not ال + ل + يبي).
NAME_COLUMNS = {
    "countries.tsv": ("names_ar",),
    "admin1.tsv": ("names_ar",),
    "nationalities.tsv": ("adj_masc", "adj_fem", "adj_plural"),
}
MIN_NAME_WORD = 4  # shorter name words (وان) are common words too (وأن)
TA_MARBUTA = "\u0629"

ARABIC_LETTERS = "".join(chr(c) for c in range(0x0621, 0x064B))
NUMBER_SEPARATORS = ".,"
#: Word forms whose analysis is remembered (about 30 MiB at most).
CACHE_WORDS = 100_000


@lru_cache(maxsize=1)
def token_pattern() -> re.Pattern[str]:
    """Arabic letter runs (a narrow class first, because it is faster), other letter runs, numbers
    with their separators, and any other visible character.

    Every character that normalization maps to an Arabic letter or a number separator joins that
    class, so the normalized text and the surface text split into the same tokens.
    """
    letters, separators = set(ARABIC_LETTERS), set(NUMBER_SEPARATORS)
    for source, target in rules_from_data(load_yaml(NORMALIZATION)).substitutions:
        if target in letters:
            letters.add(source)
        elif target in separators:
            separators.add(source)
    letter_class = re.escape("".join(sorted(letters)))
    separator_class = re.escape("".join(sorted(separators)))
    return re.compile(f"[{letter_class}]+|[^\\W\\d_]+|\\d+(?:[{separator_class}]\\d+)*|\\S")


Analysis = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Proclitic:
    form: str
    min_stem: int
    stem_starts: frozenset[str] = frozenset()
    definite: bool = False

    def stem_of(self, word: str) -> str | None:
        """The stem left after this proclitic, if the word can carry it."""
        if not word.startswith(self.form):
            return None
        stem = word[len(self.form) :]
        if len(stem) < self.min_stem:
            return None
        if not self.may_start(stem):
            return None
        return stem

    def may_start(self, stem: str) -> bool:
        """Whether the stem begins with a letter this clitic can come before (س before an imperfect's
        ي، ت، ن، أ)."""
        return not self.stem_starts or stem[:1] in self.stem_starts


@dataclass(frozen=True, slots=True)
class Enclitic:
    form: str
    min_stem: int


@dataclass(frozen=True, slots=True)
class TaMarbutaRestore:
    min_stem: int
    not_after: frozenset[str]
    written_as: str

    def applies(self, core: str) -> bool:
        return (
            len(core) >= self.min_stem and core.endswith(self.written_as) and core[-2] not in self.not_after
        )


@dataclass(frozen=True, slots=True)
class CliticRoles:
    """Folded forms of the clitics the extractor gives a meaning to (``roles`` in clitics.yaml)."""

    article: str
    conjunctions: frozenset[str]
    locative: str
    future: str
    purpose: str
    counting_pronouns: dict[str, int]
    speaker_side: str
    plural_subjects: tuple[str, ...]
    feminine_subject: str


class CliticSegmenter:
    """Splits a written word into folded (prefix, stem, suffix); ``analyze`` caches by word."""

    def __init__(
        self,
        proclitics: list[Proclitic],
        enclitics: list[Enclitic],
        protected: frozenset[str],
        fold: Callable[[str], str],
        restore_ta_marbuta: TaMarbutaRestore | None = None,
    ) -> None:
        self._proclitics = tuple(sorted(proclitics, key=lambda p: -len(p.form)))
        self.definite_prefixes = frozenset(fold(p.form) for p in proclitics if p.definite)
        self._enclitics = tuple(sorted(enclitics, key=lambda e: -len(e.form)))
        self._protected = protected
        self._restore = restore_ta_marbuta
        self._fold = fold
        # Only the forms that can carry a clitic are tried: by first letter, and by last letter.
        self._proclitics_by_initial: dict[str, tuple[Proclitic, ...]] = {}
        for proclitic in self._proclitics:
            initial = proclitic.form[0]
            self._proclitics_by_initial[initial] = (*self._proclitics_by_initial.get(initial, ()), proclitic)
        self._enclitics_by_final: dict[str, tuple[Enclitic, ...]] = {}
        for enclitic in self._enclitics:
            final = enclitic.form[-1]
            self._enclitics_by_final[final] = (*self._enclitics_by_final.get(final, ()), enclitic)
        self._cache: dict[str, tuple[str, Analysis]] = {}  # written form → (folded form, analysis)

    def fold_and_analyze(self, words: list[str]) -> tuple[tuple[str, ...], tuple[Analysis, ...]]:
        """The folded form and the clitic analysis of each written word: new forms are segmented
        once, the rest cost one dictionary look-up each.

        The cache holds at most ``CACHE_WORDS`` forms (news vocabulary is Zipfian, but an archive
        run meets millions of names and misspellings): when full, the older half is dropped.
        """
        entries = list(map(self._cache.get, words))
        # ``all`` only tests each entry's truth, several times faster than ``None in``, which
        # compares every pair with None: a cached entry is a pair, never empty
        if not all(entries):
            self._fill_new_forms(words, entries)
        # two passes in C: unpacking the pairs into ``zip`` took half as long again
        return tuple(map(itemgetter(0), entries)), tuple(map(itemgetter(1), entries))

    def _fill_new_forms(self, words: list[str], entries: list) -> None:
        """Segments the forms not yet cached and fills in their entries; only the missing ones
        are looked up again (on new text nearly every article has a few, among hundreds of words)."""
        missing = list(compress(range(len(words)), map(not_, entries)))
        cache, fold = self._cache, self._fold
        new = {words[i] for i in missing}
        if len(cache) + len(new) > CACHE_WORDS:
            self._cache = cache = dict(islice(cache.items(), len(cache) // 2, None))
            new = set(words).difference(cache)
        for word in new:
            folded = fold(word)
            prefix, stem, suffix = self._segment(word, folded)
            # a stem that is the whole word (most forms) is folded already
            analysis = ("", folded, "") if stem == word else (fold(prefix), fold(stem), fold(suffix))
            cache[word] = (folded, analysis)
        for i in missing:
            entries[i] = cache[words[i]]

    def _is_protected(self, word: str) -> bool:
        return self._fold(word) in self._protected

    def _segment(self, word: str, folded: str) -> Analysis:
        """The first reading that leaves a protected word (وبيان is و + بيان, not وب + يان, and
        بيانه is بيان + ه; short protected words count too: وأن is و + أن, ومن is و + من): the
        word with a suffix shed, then each proclitic the rules allow with each suffix (none after
        the article), then each proclitic the rules do not allow. Failing that, the longest
        proclitic the rules allow and the longest suffix."""
        if not word.isalpha() or folded in self._protected:
            return "", word, ""
        proclitics = [p for p in self._proclitics_by_initial.get(word[0], ()) if word.startswith(p.form)]
        if not proclitics and word[-1] not in self._enclitics_by_final:
            return "", word, ""  # nothing to split off (most names and plain words): no reading to try
        stems = [(p, p.stem_of(word)) for p in proclitics]
        allowed = [(p, stem) for p, stem in stems if stem is not None]
        # A stem too short for the rules may still be a protected word (وأن); a stem that cannot
        # follow the clitic at all may not: س before ك is no future mark (سكان is not س + كان).
        others = [
            (p, rest)
            for p, stem in stems
            if stem is None and len(word) > len(p.form) and p.may_start(rest := word[len(p.form) :])
        ]
        readings = [("", word, False), *((p.form, stem, p.definite) for p, stem in allowed + others)]
        protected, fold = self._protected, self._fold
        for prefix, stem, definite in readings:
            # Only a protected result is taken here, so any suffix may be tried (أنه is أن + ه).
            if prefix and fold(stem) in protected:
                return prefix, stem, ""
            for suffix in () if definite else self._suffixes_of(stem, 1):
                if fold(core := self._shed(stem, suffix)) in protected:
                    return prefix, core, suffix
        if not allowed:
            # After an article the rules do not allow, a word protected only with a suffix keeps
            # the suffix: the article is split off, the suffix is not.
            for proclitic, rest in others:
                if proclitic.definite and any(
                    self._is_protected(self._shed(rest, s)) for s in self._suffixes_of(rest, 1)
                ):
                    return proclitic.form, rest, ""
            suffixes = self._suffixes_of(word)
            return ("", self._shed(word, suffixes[0]), suffixes[0]) if suffixes else ("", word, "")
        proclitic, stem = allowed[0]
        suffixes = () if proclitic.definite else self._suffixes_of(stem)
        if not suffixes:
            return proclitic.form, stem, ""
        return proclitic.form, self._shed(stem, suffixes[0]), suffixes[0]

    def _shed(self, stem: str, suffix: str) -> str:
        """The stem without the suffix, with the ة that the suffix turned into ت given back."""
        if not suffix:
            return stem
        core = stem[: -len(suffix)]
        if self._restore and self._restore.applies(core):
            return core[:-1] + TA_MARBUTA
        return core

    def _suffixes_of(self, stem: str, min_stem: int | None = None) -> list[str]:
        """The pronoun suffixes the stem can shed, longest first (``min_stem`` overrides the rules'
        minimum, for short protected words such as أن in بأنه)."""
        return [
            e.form
            for e in self._enclitics_by_final.get(stem[-1:], ())
            if len(stem) - len(e.form) >= (e.min_stem if min_stem is None else min_stem)
            and stem.endswith(e.form)
        ]


def segmenter_from_data(data: dict, names: Iterable[str] = ()) -> CliticSegmenter:
    """The segmenter of ``clitics.yaml``; the words of ``names`` (places, nationalities) are protected
    too, so بولو stays بولو instead of becoming ب + ولو and matching every ولو."""
    fold = default_normalizer().fold
    article = fold(data["roles"]["article"])
    name_words = {word.removeprefix(article) for name in names for word in fold(name).split()}
    proclitics = [
        Proclitic(p["form"], int(p["min_stem"]), frozenset(p.get("stem_starts", [])), bool(p.get("definite")))
        for p in data["proclitics"]
    ]
    enclitics = [Enclitic(e["form"], int(e["min_stem"])) for e in data["enclitics"]]
    restore = data.get("ta_marbuta_restore")
    return CliticSegmenter(
        proclitics,
        enclitics,
        frozenset(fold(w) for w in data["protected"]) | {w for w in name_words if len(w) >= MIN_NAME_WORD},
        fold,
        TaMarbutaRestore(int(restore["min_stem"]), frozenset(restore["not_after"]), restore["written_as"])
        if restore
        else None,
    )


@lru_cache(maxsize=1)
def clitic_roles() -> CliticRoles:
    roles, fold = load_yaml(RESOURCE)["roles"], default_normalizer().fold
    return CliticRoles(
        fold(roles["article"]),
        frozenset(fold(c) for c in roles["conjunctions"]),
        fold(roles["locative"]),
        fold(roles["future"]),
        fold(roles["purpose"]),
        {fold(pronoun): count for pronoun, count in roles["counting_pronouns"].items()},
        fold(roles["speaker_side"]),
        tuple(fold(ending) for ending in roles["plural_subjects"]),
        fold(roles["feminine_subject"]),
    )


def is_definite(analysis: Analysis) -> bool:
    """The word carries the article: its prefix is one of the ``definite`` proclitics (ال، وال، لل…)."""
    return analysis[0] in default_segmenter().definite_prefixes


def bears_preposition(analysis: Analysis) -> bool:
    """The word carries a proclitic besides a conjunction and the article: a preposition
    (للسوري "to the Syrian", بالجيش), never part of a name's inner word (الجيش السوري)."""
    roles = clitic_roles()
    prefix = analysis[0]
    if prefix[:1] in roles.conjunctions:
        prefix = prefix[1:]
    return prefix not in ("", roles.article)


def is_future(analysis: Analysis) -> bool:
    """The word carries the future particle as its last proclitic (ستهاجم، وسيقصف)."""
    return analysis[0].endswith(clitic_roles().future)


def is_purposive(analysis: Analysis) -> bool:
    """The word carries the purpose preposition, after any conjunction and before any article
    (للقبض، ولاعتقال، لتوقيف)."""
    roles = clitic_roles()
    proclitic = analysis[0].lstrip("".join(roles.conjunctions))
    return proclitic in (roles.purpose, roles.purpose + roles.article[-1])


@lru_cache(maxsize=1)
def default_segmenter() -> CliticSegmenter:
    names = [
        name
        for table, columns in NAME_COLUMNS.items()
        for row in load_tsv(table)
        for column in columns
        for name in row[column].split("|")
    ]
    return segmenter_from_data(load_yaml(RESOURCE), names)


def tokenize(
    normalized: NormalizedText,
    segmenter: CliticSegmenter | None = None,
) -> tuple[list[int], list[int], tuple[str, ...], tuple[Analysis, ...]]:
    """Token columns: normalized starts, ends and forms, and clitic analyses.

    The written words are split out of the surface text (which still tells ة from ه), and the
    segmenter's cache gives each word's folded form (the normalized token: the surface is the
    normalized text before its one-for-one substitutions) with its analysis, so the text is
    scanned once. Offsets are summed in C from the lengths of the tokens and of the white space
    between them, which is faster than reading a million match objects.
    """
    # Splitting on the captured token pattern gives [space, token, space, token, ..., space].
    parts = _capturing_token_pattern().split(normalized.surface)
    words, spaces = parts[1::2], parts[0::2]
    lengths = list(map(len, words))
    ends = list(accumulate(map(add, map(len, spaces), lengths)))
    starts = list(map(sub, ends, lengths))
    norms, analyses = (segmenter or default_segmenter()).fold_and_analyze(words)
    return starts, ends, norms, analyses


@lru_cache(maxsize=1)
def _capturing_token_pattern() -> re.Pattern[str]:
    return re.compile(f"({token_pattern().pattern})")
