from __future__ import annotations

import pytest

from rasd.geocode.gazetteer import name_stems
from rasd.geocode.translit import arabic_keys, ascii_lower, latin_key


@pytest.mark.parametrize(
    ("arabic", "latin", "country"),
    [
        ("ود النورة", "Wad An Nora", "SD"),
        ("مكيشيفة", "Mukayshifah", "YE"),
        ("ترمسعيا", "Turmus'ayya", "PS"),
        ("الخرطوم", "Khartoum", "SD"),
        ("تيلابيري", "Tillabéri", "NE"),
        ("القضارف", "Gedaref", "SD"),
        ("منبج", "Manbij", "SY"),
        ("تشينار", "Çınar", "TR"),  # Turkish ç written تش
        ("شرناخ", "Şırnak", "TR"),  # Turkish ş is sh
        ("الصفراء", "Aş Şafrā", "YE"),  # in GeoNames' romanization of Arabic ş is ص
        ("المصينعة", "Al Muşayni‘ah", "YE"),
    ],
)
def test_an_arabic_name_and_its_latin_spelling_share_a_key(arabic: str, latin: str, country: str) -> None:
    assert latin_key(latin, country) in arabic_keys(name_stems(arabic))


def test_a_romanized_arabic_s_is_not_a_turkish_sh() -> None:
    assert latin_key("Al Muşayni‘ah", "YE") not in arabic_keys(name_stems("المشينعة"))
    assert latin_key("Şırnak", "TR") not in arabic_keys(name_stems("سرناخ"))


def test_keys_too_short_to_tell_places_apart_are_not_made() -> None:
    assert latin_key("El Geneina", "SD") is None  # J N N: two classes
    assert arabic_keys(name_stems("الجنينة")) == ()


def test_a_letter_pair_for_one_sound_is_read_as_its_letters_too() -> None:
    assert latin_key("Mutashaddid", "SY") in arabic_keys(name_stems("متشدد"))


def test_different_names_get_different_keys() -> None:
    assert latin_key("Hajin", "SY") not in arabic_keys(name_stems("حمص"))


def test_accents_are_folded_in_one_pass() -> None:
    assert ascii_lower("Ḩadīthah Bârhoûz Oğuz") == "hadithah barhouz oguz"
