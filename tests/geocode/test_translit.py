from __future__ import annotations

import pytest

from rasd.geocode.gazetteer import name_stems
from rasd.geocode.translit import arabic_keys, ascii_lower, latin_key


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("ود النورة", "Wad An Nora"),
        ("مكيشيفة", "Mukayshifah"),
        ("ترمسعيا", "Turmus'ayya"),
        ("الخرطوم", "Khartoum"),
        ("تيلابيري", "Tillabéri"),
        ("القضارف", "Gedaref"),
        ("منبج", "Manbij"),
        ("تشينار", "Çınar"),  # Turkish ç written تش
        ("شرناخ", "Şırnak"),  # Turkish ş is sh
    ],
)
def test_an_arabic_name_and_its_latin_spelling_share_a_key(arabic: str, latin: str) -> None:
    assert latin_key(latin) in arabic_keys(name_stems(arabic))


def test_keys_too_short_to_tell_places_apart_are_not_made() -> None:
    assert latin_key("El Geneina") is None  # J N N: two classes
    assert arabic_keys(name_stems("الجنينة")) == ()


def test_a_letter_pair_for_one_sound_is_read_as_its_letters_too() -> None:
    assert latin_key("Mutashaddid") in arabic_keys(name_stems("متشدد"))


def test_different_names_get_different_keys() -> None:
    assert latin_key("Hajin") not in arabic_keys(name_stems("حمص"))


def test_accents_are_folded_in_one_pass() -> None:
    assert ascii_lower("Ḩadīthah Bârhoûz Oğuz") == "hadithah barhouz oguz"
