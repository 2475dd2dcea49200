"""Lexicon.inter_code: canonical actor names, templates filled with any country, unknown names."""

from __future__ import annotations

import pytest

from rasd.lexicon.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Military Forces of Syria", 1),
        ("Military Forces of Libya (444th Brigade)", 1),
        ("Islamic State", 2),
        ("Polisario Front", 2),
        ("Protesters (Iraq)", 6),
        ("Rioters (Lebanon)", 5),
        ("Civilians (Syria)", 7),
        ("Civilians (Democratic Republic of Congo)", 7),
        ("Unidentified Armed Group (Yemen)", 3),
        ("Military Forces of Canada", 1),
        ("Unidentified Military Forces", 8),
    ],
)
def test_inter_code_of_canonical_and_template_names(name: str, code: int) -> None:
    assert load_lexicon().inter_code(name) == code


@pytest.mark.parametrize(
    "name", ["A Group rasd Never Saw", "Civilians ()", "Civilians", "", "civilians (Syria)"]
)
def test_inter_code_of_an_unknown_name_is_none(name: str) -> None:
    assert load_lexicon().inter_code(name) is None


def test_every_actor_answers_with_its_own_code() -> None:
    lexicon = load_lexicon()
    for actor in lexicon.actors.values():
        name = actor.name.replace("{country}", "Iraq")
        assert lexicon.inter_code(name) == actor.inter, actor.id
