"""Numbers written in digits or words (خمسة وعشرين، مئة وعشرون، ثلاثة آلاف) at a token."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rasd.extract.mentions import TextMentions

MAX_COUNT = 10_000_000
YEAR_RANGES = ((1300, 1500), (1900, 2100))  # Hijri and Gregorian years
THOUSAND = 1000
#: A number word inside a time expression is a day, not a count ("اليوم الإثنين" is Monday).
DATE_KINDS = ("time",)
#: Tokens a number ending at a token may span: "خمسة وعشرين" is three, "«17»" with its marks three.
NUMBER_SPAN = 4


@dataclass(frozen=True, slots=True)
class Number:
    value: int
    first_token: int
    end_token: int


def number_at(mentions: TextMentions, token: int) -> Number | None:
    """The number that starts at a token: digits, or a run of number words joined by و."""
    text = mentions.text
    if token >= len(text):
        return None
    word = text.norms[token]
    if word[0].isdigit():
        digits = word.replace(",", "")
        if not digits.isdigit():
            return None
        value, end = _scaled(mentions, int(digits), token + 1)
        return Number(value, token, end) if 0 < value < MAX_COUNT else None
    return _number_words_at(mentions, token)


def _scaled(mentions: TextMentions, value: int, token: int) -> tuple[int, int]:
    """Digits a thousand-word follows count thousands: "50 ألف شخص" is 50,000, not 50."""
    scale = mentions.starting_at("number", token) if token < len(mentions.text) else None
    if scale is not None and mentions.lexicon.numbers[scale.entry_id] == (THOUSAND, "thousand"):
        return value * THOUSAND, scale.end_token
    return value, token


def looks_like_year(value: int) -> bool:
    return any(low <= value <= high for low, high in YEAR_RANGES)


def number_ending_at(
    mentions: TextMentions,
    token: int,
    first: int = 0,
    reader: Callable[[TextMentions, int], Number | None] | None = None,
) -> Number | None:
    """The number whose last token is just before ``token`` and whose first is at or after ``first``;
    ``reader`` reads a number at a token (a plain one by default, an enclosed one for a caller)."""
    read = reader or number_at
    for start in range(max(first, token - NUMBER_SPAN), token):
        number = read(mentions, start)
        if number is not None and number.end_token == token:
            return number
    return None


def ordinal_ending_at(mentions: TextMentions, token: int) -> Number | None:
    """The ordinal whose last token is just before ``token``: "الثالث"، "الخامس عشر", and the tens
    that days of the month take ("العشرين"، "الحادي والعشرين")."""
    numbers = mentions.lexicon.numbers
    last = mentions.ending_at("number", token)
    if last is None:
        return None
    value, kind = numbers[last.entry_id]
    if kind == "ordinal":
        return Number(value, last.first_token, token)
    if kind != "ten":
        return None
    unit = mentions.ending_at("number", last.first_token)
    if unit is not None and numbers[unit.entry_id][1] == "ordinal" and numbers[unit.entry_id][0] < 10:
        return Number(value + numbers[unit.entry_id][0], unit.first_token, token)
    return Number(value, last.first_token, token)


def _number_words_at(mentions: TextMentions, token: int) -> Number | None:
    total, end = 0, token
    lexicon = mentions.lexicon
    dates = mentions.covered_by(DATE_KINDS)
    while end not in dates and (mention := mentions.starting_at("number", end)) is not None:
        value, kind = lexicon.numbers[mention.entry_id]
        if kind in {"ordinal", "fraction"}:
            break
        if value == THOUSAND and total:
            total *= THOUSAND
        else:
            total += value
        end = mention.end_token
    return Number(total, token, end) if end > token and total > 0 else None
