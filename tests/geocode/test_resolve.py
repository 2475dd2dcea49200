from __future__ import annotations

from rasd.geocode.gazetteer import WATER_CLASS, Place
from rasd.geocode.resolve import Context, choose, rank

TRIPOLI_LB = Place(1, "Tripoli", "LB", "03", 34.4367, 35.8497, 229398)
TRIPOLI_LY = Place(2, "Tripoli", "LY", "77", 32.8925, 13.18, 1150989)
VILLAGE_NORTH = Place(3, "Tell Abyad", "SY", "04", 36.697, 38.956, 0)
VILLAGE_SOUTH = Place(4, "Tell Abyad", "SY", "06", 32.60, 36.10, 0)
PROVINCE = Place(5, "Tell Abyad", "SY", "04", 36.0, 38.0, 0, "A", "ADM2")


def test_candidates_carry_a_score_and_the_reasons_for_it() -> None:
    (best, other) = rank([TRIPOLI_LY, TRIPOLI_LB], Context(frozenset({"LB"})))
    assert best.place == TRIPOLI_LB and best.score > other.score
    assert "+4.0 in the text's country" in best.reasons
    assert any("population" in reason for reason in best.reasons)


def test_without_context_the_bigger_town_ranks_first() -> None:
    assert rank([TRIPOLI_LB, TRIPOLI_LY])[0].place == TRIPOLI_LY


def test_another_place_the_text_names_settles_a_namesake() -> None:
    near_the_south = Context(frozenset({"SY"}), neighbours=((32.62, 36.11),))
    best = choose([VILLAGE_NORTH, VILLAGE_SOUTH], near_the_south).best
    assert best is not None and best.place == VILLAGE_SOUTH
    assert any("km from another place the text names" in reason for reason in best.reasons)


def test_the_province_named_nearby_outweighs_the_rest() -> None:
    in_raqqa = Context(frozenset({"SY"}), admin1_code="SY.04")
    assert choose([VILLAGE_SOUTH, VILLAGE_NORTH], in_raqqa).best.place == VILLAGE_NORTH


def test_same_named_villages_far_apart_are_a_tie_not_a_coin_toss() -> None:
    choice = choose([VILLAGE_NORTH, VILLAGE_SOUTH], Context(frozenset({"SY"})))
    assert choice.best is None and {r.place for r in choice.tied} == {VILLAGE_NORTH, VILLAGE_SOUTH}


def test_a_division_never_ties_with_the_town_named_after_it() -> None:
    choice = choose([VILLAGE_NORTH, PROVINCE], Context(frozenset({"SY"})))
    assert choice.best is not None and choice.best.place == VILLAGE_NORTH


def test_a_sea_is_admitted_in_any_report_but_lies_inside_none_of_its_countries() -> None:
    red_sea = Place(-1, "Red Sea", "YE", None, 15.5, 41.5, 0, WATER_CLASS, "SEA")
    about_israel = Context(frozenset({"IL"}))
    assert about_israel.admits(red_sea) and not about_israel.inside(red_sea)
    assert not about_israel.admits(TRIPOLI_LB)
