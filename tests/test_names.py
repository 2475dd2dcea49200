"""Tests of when two actor names denote one party."""

from __future__ import annotations

from rasd.names import actors_agree, synonymous

ASSAD = "Military Forces of Syria (2000-2024)"
NEW_GOVERNMENT = "Military Forces of Syria (2024-)"
PMF = "Military Forces of Iraq (2018-) Popular Mobilization Forces"


def test_names_of_one_actor_are_synonymous() -> None:
    assert synonymous("Houthis", "Military Forces of Yemen (2016-) Supreme Political Council")
    assert synonymous("Military Forces of Syria", ASSAD)
    assert not synonymous("Military Forces of Iraq", PMF)


def test_two_regimes_of_one_state_are_two_actors_though_scoring_lets_either_agree() -> None:
    assert not synonymous(ASSAD, NEW_GOVERNMENT)
    assert actors_agree(ASSAD, NEW_GOVERNMENT)
