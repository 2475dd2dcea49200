"""Phrase matching over tokens: lexicon entries become ``Mention``s with spans into the raw text.

Entries and text are compared stem by stem (clitics and the article stripped on both sides by the
same segmenter), so one entry covers والجيش، للجيش، بالجيش. An index may be article-sensitive: then
an entry written with the article (اليوم) only matches a word that carries it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rasd.text import analyze_text
from rasd.text.tokenize import is_definite
from rasd.types import AnalyzedText, Mention


@dataclass(frozen=True, slots=True)
class Key:
    """An entry as the matcher sees it: its stems and, per word, whether it had the article and
    which pronoun suffix it carried."""

    stems: tuple[str, ...]
    definite: tuple[bool, ...]
    suffixes: tuple[str, ...] = ()


def phrase_key(phrase: str) -> Key | None:
    """The key of a lexicon phrase, analysed exactly as article text is."""
    text = analyze_text(phrase)
    words = [i for i in range(len(text)) if text.analyses[i][1].isalnum()]
    if not words:
        return None
    return Key(
        tuple(text.analyses[i][1] for i in words),
        tuple(is_definite(text.analyses[i]) for i in words),
        tuple(text.analyses[i][2] for i in words),
    )


@dataclass
class PhraseIndex:
    """Entries of one kind, by their stem tuples; ``match`` finds the longest at each token."""

    kind: str
    article_sensitive: bool = False
    article_exact: bool = False  # names: "مالي" (Mali) is not "المالي" (financial)
    suffix_sensitive: bool = False  # "بينهم" is not "بين", "إنه" is not "إن"
    _entries: dict[tuple[str, ...], list[tuple[Key, str, str]]] = field(default_factory=dict)
    _first_words: set[str] = field(default_factory=set)
    max_words: int = 0

    def add(self, phrase: str, entry_id: str, label: str) -> None:
        key = phrase_key(phrase)
        if key is not None:
            self.add_key(key, entry_id, label)

    def add_key(self, key: Key, entry_id: str, label: str) -> None:
        self._entries.setdefault(key.stems, []).append((key, entry_id, label))
        self._first_words.add(key.stems[0])
        self.max_words = max(self.max_words, len(key.stems))

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

    def match(self, text: AnalyzedText, positions: dict[str, list[int]] | None = None) -> list[Mention]:
        """Longest, non-overlapping matches, left to right.

        ``positions`` (``stem_positions(text)``) may be shared by many indexes over one text: then
        only the tokens whose stem can begin an entry are looked at.
        """
        positions = positions if positions is not None else stem_positions(text)
        starts = sorted(i for word in self._first_words.intersection(positions) for i in positions[word])
        stems = [a[1] for a in text.analyses] if starts else []
        mentions: list[Mention] = []
        taken_until = 0
        for i in starts:
            if i < taken_until:
                continue
            found = self._longest_at(text, stems, i, len(stems))
            if found is not None:
                length, entry_id, label = found
                mentions.append(Mention(text.span(i, i + length), self.kind, entry_id, label, i, i + length))
                taken_until = i + length
        return mentions

    def _longest_at(
        self,
        text: AnalyzedText,
        stems: list[str],
        i: int,
        end: int,
    ) -> tuple[int, str, str] | None:
        for length in range(min(self.max_words, end - i), 0, -1):
            for key, entry_id, label in self._entries.get(tuple(stems[i : i + length]), ()):
                if self._article_agrees(key, text, i) and self._suffixes_agree(key, text, i):
                    return length, entry_id, label
        return None

    def _suffixes_agree(self, key: Key, text: AnalyzedText, i: int) -> bool:
        if not self.suffix_sensitive:
            return True
        return all(text.analyses[i + k][2] == suffix for k, suffix in enumerate(key.suffixes))

    def _article_agrees(self, key: Key, text: AnalyzedText, i: int) -> bool:
        if self.article_exact:
            return all(is_definite(text.analyses[i + k]) == wants for k, wants in enumerate(key.definite))
        if not self.article_sensitive:
            return True
        return all(not wants or is_definite(text.analyses[i + k]) for k, wants in enumerate(key.definite))


def stem_positions(text: AnalyzedText) -> dict[str, list[int]]:
    """Where each stem occurs in a text, for matching many indexes over it."""
    positions: dict[str, list[int]] = {}
    for i, analysis in enumerate(text.analyses):
        positions.setdefault(analysis[1], []).append(i)
    return positions
