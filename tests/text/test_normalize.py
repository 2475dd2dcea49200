from __future__ import annotations

import pytest

from rasd.text.normalize import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أحمد إبراهيم آمن ٱلله", "احمد ابراهيم امن الله"),
        ("مؤتمر رئيس", "موتمر رييس"),
        ("مستشفى المدينة", "مستشفي المدينه"),
        ("قُتِلَ الجُنودُ", "قتل الجنود"),
        ("قـــصـف", "قصف"),
        ("٢٠١٨ و۱۲", "2018 و12"),
        ("قال، ثم؛ لماذا؟", "قال, ثم; لماذا?"),
        ("«قصف» “عنيف”", '"قصف" "عنيف"'),
        ("بغداد\u00a0–\u00a0قال", "بغداد - قال"),
        ("\u200fداعش\u200e\u200c", "داعش"),
    ],
)
def test_normalizes_arabic_for_matching(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


def test_leaves_latin_text_and_numbers_intact() -> None:
    raw = "F-16 jets, ISIS (Reuters) 3.5 km; 2019-11-20"
    assert normalize(raw).text == raw


def test_offsets_map_back_to_the_raw_slice() -> None:
    raw = "قَصَفَتْ الطائراتُ\u200f مدينةَ الرقة"
    normalized = normalize(raw)
    start = normalized.text.index("مدينه")
    span = normalized.raw_span(start, start + len("مدينه"))
    assert span.text == "مدينةَ"
    assert raw[span.start : span.end] == span.text


def test_text_without_deletions_has_no_map() -> None:
    normalized = normalize("قصفت الطائرات مدينة الرقة")
    assert normalized.gaps == ()
    assert normalized.raw_index(5) == 5


def test_surface_keeps_letters_and_drops_only_marks() -> None:
    normalized = normalize("آلِيّات المدينةِ")
    assert normalized.surface == "آليات المدينة"
    assert len(normalized.surface) == len(normalized.text)


@pytest.mark.parametrize("raw", ["قُتِلَ «الجنود» ٣", "آليات\u200f – مؤتمر؟", "Latin 3.5"])
def test_fold_agrees_with_the_full_normalizer(raw: str) -> None:
    from rasd.text.normalize import default_normalizer

    assert default_normalizer().fold(raw) == normalize(raw).text
