"""Arabic normalization for matching that keeps a map back to the raw text.

The rules (``resources/ar/normalization.yaml``) only substitute one character for one character or
delete characters. Substitutions therefore keep every offset, and the map back to the raw text is
just the list of deletions, which are rare outside fully vocalized text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.errors import Code, ResourceError
from rasd.lexicon.resources import load_yaml
from rasd.types import NormalizedText

RESOURCE = "normalization.yaml"


@dataclass(frozen=True, slots=True)
class NormalizationRules:
    substitutions: tuple[tuple[str, str], ...]
    deletions: frozenset[str]


def parse_chars(items: list[str], where: str) -> list[str]:
    """Literal characters, ``U+XXXX`` code points and ``U+XXXX-U+YYYY`` ranges, as characters."""
    chars: list[str] = []
    for item in items:
        item = str(item)
        if item.upper().startswith("U+"):
            low, _, high = item.upper().partition("-")
            first = int(low[2:], 16)
            last = int(high[2:], 16) if high else first
            if last < first:
                raise ResourceError(Code.RESOURCE_INVALID, f"{where}: empty range {item}")
            chars.extend(chr(c) for c in range(first, last + 1))
        elif len(item) == 1:
            chars.append(item)
        else:
            raise ResourceError(Code.RESOURCE_INVALID, f"{where}: {item!r} is not one character")
    return chars


def rules_from_data(data: dict) -> NormalizationRules:
    deletions = frozenset(
        c for rule in data.get("delete", []) for c in parse_chars(rule["chars"], rule["name"])
    )
    substitutions: dict[str, str] = {}
    for rule in data.get("map", []):
        (target,) = parse_chars([rule["to"]], rule["name"])
        for source in parse_chars(rule["from"], rule["name"]):
            if source in substitutions or source in deletions:
                raise ResourceError(Code.RESOURCE_INVALID, f"{RESOURCE}: U+{ord(source):04X} has two rules")
            substitutions[source] = target
    return NormalizationRules(tuple(substitutions.items()), deletions)


class Normalizer:
    """Callable: raw text in, ``NormalizedText`` (normalized text + offset map) out."""

    def __init__(self, rules: NormalizationRules) -> None:
        self._substitutions = rules.substitutions
        # For short strings (lexicon keys, single words) one translate beats the replace chain.
        self._table = str.maketrans({**dict(rules.substitutions), **dict.fromkeys(rules.deletions)})
        deletable = "".join(sorted(rules.deletions))
        self._deletions = re.compile(f"[{re.escape(deletable)}]") if deletable else None

    def __call__(self, raw: str) -> NormalizedText:
        text = raw
        # A chain of str.replace is the fastest plain-Python way to substitute characters.
        for source, target in self._substitutions:
            text = text.replace(source, target)
        if self._deletions is None:
            return NormalizedText(raw, text, raw)
        positions = [m.start() for m in self._deletions.finditer(text)]
        if not positions:
            return NormalizedText(raw, text, raw)
        gaps = tuple(p - j for j, p in enumerate(positions))
        delete = self._deletions.sub
        return NormalizedText(raw, delete("", text), delete("", raw), gaps)

    def fold(self, text: str) -> str:
        """Only the normalized string, for short keys such as words and lexicon entries."""
        return text.translate(self._table)


@lru_cache(maxsize=1)
def default_normalizer() -> Normalizer:
    return Normalizer(rules_from_data(load_yaml(RESOURCE)))


def normalize(raw: str) -> NormalizedText:
    return default_normalizer()(raw)
