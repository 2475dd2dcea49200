from __future__ import annotations

import pytest

from rasd.extract.mentions import TextMentions
from rasd.extract.numbers import Number, number_at, number_ending_at
from rasd.lexicon.lexicon import load_lexicon
from rasd.text import analyze_text


def value_at_start(raw: str) -> int | None:
    text = analyze_text(raw)
    number = number_at(TextMentions.of(text, load_lexicon()), 0)
    return number.value if number is not None else None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("خمسة وعشرون جنديا", 25),
        ("أربعة عشر مدنيا", 14),  # a teen is written in two words
        ("ثلاث عشرة امرأة", 13),
        ("ثلاثة آلاف شخص", 3000),
        ("50 ألف شخص", 50_000),  # digits count the thousands a thousand-word after them names
        ("12 آلاف", 12_000),
        ("50 قتيلا", 50),
    ],
)
def test_numbers_in_words(raw: str, expected: int) -> None:
    assert value_at_start(raw) == expected


def test_a_number_ending_at_a_token_starts_no_earlier_than_the_first_token() -> None:
    mentions = TextMentions.of(analyze_text("وأسفر القصف عن مقتل 25 مسلحا في البلدة"), load_lexicon())
    ending = number_ending_at(mentions, 5)
    assert ending is not None and ending.value == 25
    assert number_ending_at(mentions, 5, first=5) is None


def test_a_number_ending_at_a_token_is_read_by_the_reader_given() -> None:
    mentions = TextMentions.of(analyze_text("وأسفر القصف عن مقتل 25 مسلحا في البلدة"), load_lexicon())

    def word_pair(_: TextMentions, token: int) -> Number | None:
        return Number(2, token, token + 2) if token == 3 else None

    assert number_ending_at(mentions, 5, reader=word_pair) == Number(2, 3, 5)
