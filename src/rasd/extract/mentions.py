"""All lexicon mentions of one analysed text, computed once and looked up by kind and range."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from rasd.lexicon.lexicon import Lexicon
from rasd.types import AnalyzedText, Mention


@dataclass(frozen=True)
class TextMentions:
    text: AnalyzedText
    lexicon: Lexicon
    by_kind: dict[str, list[Mention]]

    @classmethod
    def of(cls, text: AnalyzedText, lexicon: Lexicon) -> TextMentions:
        return cls(text, lexicon, {kind: index.match(text) for kind, index in lexicon.indexes.items()})

    def within(self, kind: str, first: int, end: int) -> list[Mention]:
        """Mentions of a kind that lie inside tokens ``[first, end)``."""
        mentions = self.by_kind.get(kind, [])
        starts = [m.first_token for m in mentions]
        return [
            m for m in mentions[bisect_left(starts, first) : bisect_left(starts, end)] if m.end_token <= end
        ]

    def at(self, kind: str, token: int) -> Mention | None:
        """The mention of a kind that starts at a token."""
        found = self.within(kind, token, token + 1)
        return found[0] if found else None

    def ending_at(self, kind: str, token: int) -> Mention | None:
        """The mention of a kind that ends just before a token."""
        for mention in self.within(kind, max(0, token - 8), token):
            if mention.end_token == token:
                return mention
        return None
