from __future__ import annotations

import pytest

from rasd.lexicon.resources import load_yaml
from rasd.text import analyze_text
from rasd.text import tokenize as tokenize_module
from rasd.text.tokenize import RESOURCE, segmenter_from_data


def analysis(word: str) -> tuple[str, str, str]:
    token = analyze_text(word).token(0)
    return token.prefix, token.stem, token.suffix


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وبالفلوجة", ("وبال", "فلوجه", "")),
        ("فللجيش", ("فلل", "جيش", "")),
        ("للقوات", ("لل", "قوات", "")),
        ("والجيش", ("وال", "جيش", "")),
        ("وسيقصف", ("وس", "يقصف", "")),
        ("وقال", ("و", "قال", "")),
        ("بقصف", ("ب", "قصف", "")),
        ("مقاتليها", ("", "مقاتلي", "ها")),
        ("قواتهم", ("", "قوات", "هم")),
        ("ومدينتهم", ("و", "مدينه", "هم")),
    ],
)
def test_separates_proclitics_and_enclitics(word: str, expected: tuple[str, str, str]) -> None:
    assert analysis(word) == expected


@pytest.mark.parametrize("word", ["لبنان", "بغداد", "كركوك", "فلسطين", "واشنطن", "بلدة", "وزير"])
def test_does_not_break_words_that_only_begin_with_clitic_letters(word: str) -> None:
    prefix, _, suffix = analysis(word)
    assert (prefix, suffix) == ("", "")


@pytest.mark.parametrize(("word", "stem"), [("ولبنان", "لبنان"), ("وبغداد", "بغداد"), ("وبيان", "بيان")])
def test_a_clitic_before_a_protected_word_is_still_split(word: str, stem: str) -> None:
    assert analysis(word)[1] == stem


@pytest.mark.parametrize(("word", "expected"), [("سكان", ("", "سكان", "")), ("وسكان", ("و", "سكان", ""))])
def test_a_protected_word_is_not_found_behind_a_clitic_it_cannot_follow(
    word: str, expected: tuple[str, str, str]
) -> None:
    # كان is protected, but س marks the future only before an imperfect's ي، ت، ن، أ: "سكان" is
    # residents, and reading it as س + كان made every "وكان" a source of news ("قال سكان").
    assert analysis(word) == expected


@pytest.mark.parametrize(
    ("word", "stem"), [("فجرت", "فجرت"), ("وفجرت", "فجرت"), ("فجروا", "فجروا"), ("وفجروا", "فجروا")]
)
def test_the_verb_blew_up_keeps_its_first_letter(word: str, stem: str) -> None:
    # "فجرت" is blew up, not ف + جرت (it ran): read so, "وفجرت" had another stem than the trigger.
    assert analysis(word)[1] == stem


@pytest.mark.parametrize(
    ("word", "stem"),
    [("كبدت", "كبدت"), ("وكبدت", "كبدت"), ("كبدوا", "كبدوا"), ("بدت", "بدت"), ("وكبدتهم", "كبدتهم")],
)
def test_the_verb_inflicted_keeps_its_first_letter(word: str, stem: str) -> None:
    # "كبدت" is inflicted (losses), not ك + بدت (it seemed): read so, every "بدت" was a battle word.
    assert analysis(word)[1] == stem


def test_ta_marbuta_is_not_a_pronoun() -> None:
    assert analysis("المدينة") == ("ال", "مدينه", "")
    assert analysis("مدينة")[2] == ""


def test_alef_madda_is_not_the_article() -> None:
    assert analysis("آليات") == ("", "اليات", "")


def test_numbers_and_punctuation_are_tokens_of_their_own() -> None:
    text = analyze_text("قتل 12 مسلحاً، و3.5 كلم.")
    assert list(text.norms) == ["قتل", "12", "مسلحا", ",", "و", "3.5", "كلم", "."]


def test_place_names_that_begin_with_clitic_letters_stay_whole() -> None:
    # وهران (Oran) is not و + هران, and بولو (Bolu) is not ب + ولو; with a real clitic they split.
    assert analysis("وهران") == ("", "وهران", "")
    assert analysis("بوهران") == ("ب", "وهران", "")
    assert analysis("بولو") == ("", "بولو", "")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # a nationality made from a country name keeps its first letter as the name does
        ("ليبي", ("", "ليبي", "")),
        ("الليبي", ("ال", "ليبي", "")),
        ("بالليبيين", ("بال", "ليبيين", "")),
        ("كينيون", ("", "كينيون", "")),
        ("والبوروندية", ("وال", "بورونديه", "")),
    ],
)
def test_nationality_adjectives_that_begin_with_clitic_letters_stay_whole(
    word: str, expected: tuple[str, str, str]
) -> None:
    assert analysis(word) == expected


@pytest.mark.parametrize(
    ("word", "definite"),
    [("الجيش", True), ("للجيش", True), ("وبالجيش", True), ("وجيش", False), ("آليات", False)],
)
def test_definiteness_comes_from_the_definite_proclitics(word: str, definite: bool) -> None:
    from rasd.text.tokenize import is_definite

    assert is_definite(analyze_text(word).analyses[0]) is definite


@pytest.mark.parametrize(
    ("word", "purposive"),
    [
        ("للقبض", True),
        ("ولاعتقال", True),
        ("لتوقيف", True),
        ("القبض", False),
        ("بالقبض", False),
        ("والقبض", False),
    ],
)
def test_the_purpose_preposition_is_read_after_a_conjunction(word: str, purposive: bool) -> None:
    from rasd.text.tokenize import is_purposive

    assert is_purposive(analyze_text(word).analyses[0]) is purposive


def test_the_analysis_cache_stays_bounded(monkeypatch) -> None:
    monkeypatch.setattr(tokenize_module, "CACHE_WORDS", 50)
    segmenter = segmenter_from_data(load_yaml(RESOURCE))
    first = segmenter.fold_and_analyze(["والجيش"])
    for batch in range(10):
        segmenter.fold_and_analyze([f"كلمة{batch}{n}" for n in range(20)])
        assert len(segmenter._cache) <= 50
    assert segmenter.fold_and_analyze(["والجيش"]) == first  # a dropped form is analysed again, alike


def test_folded_forms_and_analyses_come_as_two_columns_in_word_order() -> None:
    segmenter = segmenter_from_data(load_yaml(RESOURCE))
    words = ["وقصفت", "الطائرات", "بلدةً", "شمالي", "حلب", "وقصفت"]  # a repeat is read from the cache
    norms, analyses = segmenter.fold_and_analyze(words)
    assert isinstance(norms, tuple) and isinstance(analyses, tuple)
    assert norms == tuple(segmenter._fold(w) for w in words)
    assert analyses[0] == analyses[-1] == ("و", "قصفت", "") and analyses[2][1] == "بلده"
    assert segmenter.fold_and_analyze([]) == ((), ())


def test_cached_and_new_forms_are_read_alike_in_word_order(monkeypatch) -> None:
    monkeypatch.setattr(tokenize_module, "CACHE_WORDS", 8)
    segmenter = segmenter_from_data(load_yaml(RESOURCE))
    segmenter.fold_and_analyze(["وقصفت", "الطائرات", "حلب"])
    # known forms between new ones, and enough new ones to drop half the cache on the way
    words = ["مسلحون", "وقصفت", "بلدةً", "حلب", "قواتهم", "الطائرات", "وبالفلوجة", "شمالي", "الجيش", "وقصفت"]
    fresh = segmenter_from_data(load_yaml(RESOURCE))
    assert segmenter.fold_and_analyze(words) == fresh.fold_and_analyze(words)
    assert segmenter.fold_and_analyze(words) == fresh.fold_and_analyze(words)  # now all cached


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("باليستي", ("", "باليستي", "")),
        ("وباليستية", ("و", "باليستيه", "")),
        ("بالستي", ("", "بالستي", "")),
        ("بالونات", ("", "بالونات", "")),
    ],
)
def test_a_loanword_that_begins_with_clitic_letters_keeps_them(
    word: str, expected: tuple[str, str, str]
) -> None:
    # "صاروخ باليستي" is a ballistic missile, not ب + ال + يستي (a stem no lexicon knows).
    assert analysis(word) == expected


def test_the_article_is_still_split_from_a_loanword() -> None:
    assert analysis("الباليستية") == ("ال", "باليستيه", "")
