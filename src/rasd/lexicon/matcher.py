"""Phrase matching over tokens: lexicon entries become ``Mention``s with spans into the raw text.

Entries and text are compared stem by stem (clitics and the article stripped on both sides by the
same segmenter), so one entry covers والجيش، للجيش، بالجيش. An index may be article-sensitive: then
an entry written with the article (اليوم) only matches a word that carries it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress

from rasd.lexicon.resources import load_yaml
from rasd.text import analyze_text
from rasd.text.tokenize import bears_preposition, is_definite
from rasd.types import AnalyzedText, Mention

DASHES = frozenset("-‐‑–")


@lru_cache(maxsize=1)
def name_marks() -> frozenset[str]:
    """The quotation marks and brackets a phrase is read across (``name_marks`` in sentences.yaml)."""
    return frozenset(load_yaml("sentences.yaml")["name_marks"])


@dataclass(frozen=True, slots=True)
class Key:
    """An entry as the matcher sees it: its stems and, per word, whether it had the article and
    which pronoun suffix it carried."""

    stems: tuple[str, ...]
    definite: tuple[bool, ...]
    suffixes: tuple[str, ...] = ()
    prepositions: tuple[bool, ...] = ()


def phrase_key(phrase: str) -> Key | None:
    """The key of a lexicon phrase, analysed exactly as article text is: its words, and a dash that
    joins two of them (إف-16 is three tokens in text too), but no other punctuation."""
    text = analyze_text(phrase)
    stems = text.stems
    words = [i for i in range(len(text)) if stems[i].isalnum() or _joining_dash(stems, i)]
    if not words:
        return None
    return Key(
        tuple(stems[i] for i in words),
        tuple(is_definite(text.analyses[i]) for i in words),
        tuple(text.analyses[i][2] for i in words),
        tuple(bears_preposition(text.analyses[i]) for i in words),
    )


def _joining_dash(stems: Sequence[str], i: int) -> bool:
    return stems[i] in DASHES and 0 < i < len(stems) - 1 and stems[i - 1].isalnum() and stems[i + 1].isalnum()


@dataclass
class PhraseIndex:
    """Entries of one kind, by their stem tuples, and how the kind's entries must agree with the
    text's words; ``PhraseMatcher`` matches many indexes at once."""

    kind: str
    article_sensitive: bool = False
    article_exact: bool = False  # names: "مالي" (Mali) is not "المالي" (financial)
    suffix_sensitive: bool = False  # "بينهم" is not "بين", "إنه" is not "إن"
    # names: after a definite word comes an adjective, which takes no preposition ("الجيش للسوري"
    # is not "الجيش السوري"); after a construct noun, ل may paraphrase the genitive ("قوات للتحالف")
    inner_preposition_exact: bool = False
    # entries (by id) that are names: a name takes no pronoun its phrase lacks ("بحماسه", with his
    # zeal, is no Hamas), while a common noun may ("من سكانها", of its people)
    names: frozenset[str] = frozenset()
    _entries: dict[tuple[str, ...], list[tuple[Key, str, str]]] = field(default_factory=dict)

    def add(self, phrase: str, entry_id: str, label: str) -> None:
        key = phrase_key(phrase)
        if key is not None:
            self.add_key(key, entry_id, label)

    def add_key(self, key: Key, entry_id: str, label: str) -> None:
        self._entries.setdefault(key.stems, []).append((key, entry_id, label))

    def add_all(self, items: Iterable[tuple[str, str, str]]) -> PhraseIndex:
        for phrase, entry_id, label in items:
            self.add(phrase, entry_id, label)
        return self

    def __len__(self) -> int:
        return len(self._entries)

    def words(self) -> set[str]:
        """Every stem that occurs in an entry."""
        return {stem for stems in self._entries for stem in stems}

    def single_words(self) -> set[str]:
        """The stems of the entries of one word."""
        return {stems[0] for stems in self._entries if len(stems) == 1}

    def entries(self) -> Iterable[tuple[tuple[str, ...], list[tuple[Key, str, str]]]]:
        return self._entries.items()

    def match(self, text: AnalyzedText) -> list[Mention]:
        """Longest, non-overlapping matches, left to right."""
        return PhraseMatcher((self,)).match(text)[self.kind]

    def agrees(self, key: Key, entry_id: str, analyses: list, i: int) -> bool:
        """The text's words at ``i`` carry the article and the pronouns that the entry asks for
        (always so for an entry that ``checks`` says it never refuses, which the matcher does not ask)."""
        if self.inner_preposition_exact and any(
            bears_preposition(analyses[i + k]) != wants
            for k, wants in enumerate(key.prepositions)
            if k and key.definite[k - 1]
        ):
            return False
        if (self.suffix_sensitive or entry_id in self.names) and any(
            analyses[i + k][2] != s for k, s in enumerate(key.suffixes)
        ):
            return False
        if self.article_exact:
            return all(is_definite(analyses[i + k]) == wants for k, wants in enumerate(key.definite))
        if not self.article_sensitive:
            return True
        return all(not wants or is_definite(analyses[i + k]) for k, wants in enumerate(key.definite))

    def checks(self, key: Key, entry_id: str) -> bool:
        """Whether ``agrees`` can ever say no to this entry (most entries agree with any word)."""
        return (
            self.suffix_sensitive
            or entry_id in self.names
            or self.article_exact
            or (self.inner_preposition_exact and len(key.stems) > 1)
            or (self.article_sensitive and any(key.definite))
        )


class PhraseMatcher:
    """Every index of a lexicon merged into one table of stem tuples, so that a text is read once
    (not once per kind of mention): at each token whose stem can begin an entry, the lengths that
    entries starting with it have are tried longest first, and each kind keeps its own longest,
    non-overlapping matches, exactly as matching each index alone would. Quotation marks and
    brackets are stepped over (جماعة "الحوثي" is جماعة الحوثي): no entry holds one, and a match's
    tokens run from its first word to its last, the marks between included."""

    def __init__(self, indexes: Iterable[PhraseIndex]) -> None:
        self.kinds: tuple[str, ...] = ()
        self._marks = name_marks()
        # each entry with its index when the index must check the text's words, else ``None``
        self._entries: dict[tuple[str, ...], list[tuple[str, PhraseIndex | None, Key, str, str]]] = {}
        for index in indexes:
            self.kinds += (index.kind,)
            for stems, entries in index.entries():
                self._entries.setdefault(stems, []).extend(
                    (index.kind, index if index.checks(key, entry_id) else None, key, entry_id, label)
                    for key, entry_id, label in entries
                )
        # by first stem, the lengths of the entries it begins, longest first, each with the entries
        # when they are of one word (no tuple to build to find them)
        lengths: dict[str, set[int]] = {}
        for stems in self._entries:
            lengths.setdefault(stems[0], set()).add(len(stems))
        self._starting = {
            stem: tuple((n, self._entries[(stem,)] if n == 1 else None) for n in sorted(found, reverse=True))
            for stem, found in lengths.items()
        }
        # by first stem, the second stems of its entries of several words: most words that begin
        # an entry are not followed by one that goes on with it, and need no longer look-up
        self._second: dict[str, set[str]] = {}
        for stems in self._entries:
            if len(stems) > 1:
                self._second.setdefault(stems[0], set()).add(stems[1])

    def may_match(self, text: AnalyzedText) -> bool:
        """Whether some word of the text can begin an entry (one pass in C): where none can, no
        entry matches, and most texts have no word that begins, say, a trigger."""
        return not self._starting.keys().isdisjoint(text.stems)

    def match(self, text: AnalyzedText) -> dict[str, list[Mention]]:
        """Each kind's longest, non-overlapping matches, left to right."""
        found: dict[str, list[Mention]] = {kind: [] for kind in self.kinds}
        taken_until = dict.fromkeys(self.kinds, 0)
        starting, second = self._starting, self._second
        analyses, stems, tokens = self._words(text)
        count = len(stems)
        # the few words whose stem can begin an entry are picked out in C
        for i in compress(range(count), map(starting.__contains__, stems)):
            goes_on = i + 1 < count and stems[i + 1] in second.get(stems[i], ())
            for length, entries in starting[stems[i]]:
                if entries is None:  # several words
                    if not goes_on:
                        continue
                    words = tuple(stems[i : i + length]) if i + length <= count else ()
                    entries = self._entries.get(words, ())
                for kind, index, key, entry_id, label in entries:
                    if i < taken_until[kind] or (
                        index is not None and not index.agrees(key, entry_id, analyses, i)
                    ):
                        continue  # this kind already matched here (longer) or just before
                    # most texts have no quotation mark: a match's tokens are then its words
                    if tokens is None:
                        first, end = i, i + length
                    else:
                        first, end = self._tokens_of(text, tokens, i, length)
                    found[kind].append(Mention(kind, entry_id, label, first, end, text))
                    taken_until[kind] = i + length
        return found

    def _tokens_of(self, text: AnalyzedText, tokens: list[int], i: int, length: int) -> tuple[int, int]:
        """The tokens of the match of ``length`` words from word ``i``: from its first word to its
        last, and the mark right after it that closes one left open inside (جماعة "الحوثي")."""
        first, end = tokens[i], tokens[i + length - 1] + 1
        inside = end - first - length
        if inside % 2 and end < len(text.stems) and text.stems[end] in self._marks:
            end += 1
        return first, end

    def _words(self, text: AnalyzedText) -> tuple[Sequence, Sequence[str], list[int] | None]:
        """The analyses and stems of the text's tokens that are not quotation marks or brackets,
        with the token index of each (``None`` when the text has no such mark: every token counts)."""
        analyses, stems = text.analyses, text.stems
        if self._marks.isdisjoint(stems):
            return analyses, stems, None
        # the few marks cut the text into runs of words, copied as slices: indexing each word
        # cost a fifth of a text's matching, and every text is matched two or three times
        marks = list(compress(range(len(stems)), map(self._marks.__contains__, stems)))
        runs = [(a + 1, b) for a, b in zip([-1, *marks], [*marks, len(stems)], strict=True) if b > a + 1]
        return (
            list(chain.from_iterable(analyses[a:b] for a, b in runs)),
            list(chain.from_iterable(stems[a:b] for a, b in runs)),
            list(chain.from_iterable(range(a, b) for a, b in runs)),
        )
