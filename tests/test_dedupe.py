"""The deduplication rule: which reports are one occurrence, and what the merged event says."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from rasd.dedupe import Candidate, Tally, in_block, matches, merge, merged_with, similarity, start_merged
from rasd.types import Event
from tests.factories import IDLIB_CITY, MAARAT, NEAR_SARAQIB, strike


def test_reports_agreeing_on_place_day_and_parties_match() -> None:
    assert similarity(strike("a1"), strike("a2")) is not None


def test_a_place_a_few_km_away_is_the_same_place() -> None:
    assert similarity(strike("a1", geonameid=None, location="Saraqib east"), strike("a2", **NEAR_SARAQIB))


def test_another_town_or_province_rules_a_match_out() -> None:
    assert similarity(strike("a1"), strike("a2", **MAARAT)) is None
    province = {"geonameid": None, "location": None, "location_ar": None, "geo_precision": 3}
    assert similarity(strike("a1"), strike("a2", admin1="Aleppo", **province)) is None


def test_towns_a_few_km_apart_are_one_place_across_a_province_line() -> None:
    # The gazetteer files a capital's outskirts under the province around it.
    across = strike("a2", **{**NEAR_SARAQIB, "admin1": "Aleppo"})
    assert similarity(strike("a1"), across) is not None
    assert in_block(strike("a1"), across)
    assert similarity(strike("a1"), strike("a2", **{**MAARAT, "admin1": "Aleppo"})) is None
    province = {"geonameid": None, "location": None, "location_ar": None, "geo_precision": 3}
    assert similarity(strike("a1"), strike("a2", **{**NEAR_SARAQIB, **province, "admin1": "Aleppo"})) is None


def test_a_province_named_by_its_city_covers_a_nearby_town_when_the_count_agrees() -> None:
    # "In Idlib" of a strike on Saraqib, 17 km from the city: the same toll and sub-type tie them.
    in_the_city = strike("a2", **IDLIB_CITY)
    assert similarity(strike("a1"), in_the_city) is not None
    assert similarity(strike("a1"), replace(in_the_city, fatalities=4)) is None
    assert similarity(strike("a1", fatalities=1), replace(in_the_city, fatalities=1)) is None
    assert similarity(strike("a1"), replace(in_the_city, sub_event_type="Grenade")) is None
    assert similarity(strike("a1", **MAARAT), in_the_city) is None  # 32 km: beyond the city's area


def test_other_countries_and_families_rule_a_match_out() -> None:
    assert similarity(strike("a1"), strike("a2", country="LB")) is None
    protest = strike("a2", event_type="Protests", sub_event_type="Peaceful protest")
    assert similarity(strike("a1"), protest) is None


def test_within_one_family_types_may_differ() -> None:
    clash = strike("a2", event_type="Battles", sub_event_type="Armed clash", actor2="Hayat Tahrir al-Sham")
    assert similarity(strike("a1", actor2="Hayat Tahrir al-Sham"), clash) is not None


def test_a_place_taken_in_battle_and_handed_over_is_one_change_of_hands() -> None:
    # "الجيش يستعيد البلدة" in one outlet, "انسحاب المسلحين وتسليم البلدة للجيش" the next day in another
    regained = strike(
        "a1",
        event_type="Battles",
        sub_event_type="Government regains territory",
        actor2="Hayat Tahrir al-Sham",
        fatalities=None,
        weapons=(),
    )
    handover = replace(
        regained,
        article_id="a2",
        event_type="Strategic developments",
        sub_event_type="Non-violent transfer of territory",
        date=dt.date(2019, 5, 11),
    )
    assert in_block(handover, regained)
    assert similarity(regained, handover) is not None
    taken_back = replace(handover, actor1="Hayat Tahrir al-Sham", actor2="Military Forces of Syria")
    assert similarity(regained, taken_back) is None  # the group took it back the next day


def test_the_party_an_air_strike_hit_is_not_the_one_taking_the_town() -> None:
    # "غارات للجيش على مواقع الهيئة" and, the same day, "الهيئة تسيطر على البلدة بعد انسحاب الجيش"
    raid = strike("a1", actor2="Hayat Tahrir al-Sham", fatalities=None)
    takeover = strike(
        "a2",
        event_type="Battles",
        sub_event_type="Non-state actor overtakes territory",
        actor1="Hayat Tahrir al-Sham",
        actor2="Military Forces of Syria",
        fatalities=None,
        weapons=(),
    )
    assert similarity(raid, takeover) is None
    regained = {"sub_event_type": "Government regains territory", "actor2": "Hayat Tahrir al-Sham"}
    assert similarity(raid, replace(takeover, actor1="Military Forces of Syria", **regained)) is not None
    clash = replace(takeover, sub_event_type="Armed clash")  # a fight is told from either side
    assert similarity(raid, clash) is not None


def test_a_city_at_war_keeps_a_clash_and_a_shelling_of_one_day_apart() -> None:
    # Aden, July 2015: one party is in every report of the day, its clashes and the shelling of a
    # district; only a toll both give ties reports of two event types.
    shelling = strike("a1", sub_event_type="Shelling/artillery/missile attack", fatalities=57, weapons=())
    clash = strike(
        "a2", event_type="Battles", sub_event_type="Armed clash", actor2="Hayat Tahrir al-Sham", weapons=()
    )
    assert not similarity(shelling, replace(clash, fatalities=28))
    assert similarity(shelling, replace(clash, fatalities=57))


def test_tolls_a_tenth_apart_are_one_count_but_small_tolls_must_agree() -> None:
    # Outlets count the dead of one shelling as 44 and 40 as the toll rises; 3 and 4 dead in a city
    # at war may be two incidents.
    shelling = strike("a1", sub_event_type="Shelling/artillery/missile attack", fatalities=44, weapons=())
    clash = strike(
        "a2", event_type="Battles", sub_event_type="Armed clash", actor2="Hayat Tahrir al-Sham", weapons=()
    )
    assert similarity(shelling, replace(clash, fatalities=40))
    assert not similarity(replace(shelling, fatalities=3), replace(clash, fatalities=4))


def test_a_bombing_and_a_clash_of_one_assault_may_count_other_dead() -> None:
    # A car bomb at an army checkpoint opens a gunfight: one outlet reports a bombing that killed
    # ten soldiers, another a clash with seventeen dead; small tolls or a day apart stay apart.
    bombing = strike(
        "a1",
        sub_event_type="Remote explosive/landmine/IED",
        actor1="Islamic State",
        actor2="Military Forces of Syria",
        fatalities=10,
        weapons=("car bomb",),
    )
    clash = strike(
        "a2",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor2="Islamic State",
        fatalities=17,
        weapons=(),
    )
    assert similarity(bombing, clash)
    assert not similarity(replace(bombing, fatalities=2), replace(clash, fatalities=4))
    assert not similarity(bombing, replace(clash, date=dt.date(2019, 5, 11)))


def test_two_types_of_one_occurrence_merge_when_only_one_report_gives_a_toll() -> None:
    # One outlet calls the attack on a checkpoint a suicide bombing with its toll, another a clash
    # and counts no dead: nothing says they are two occurrences.
    bombing = strike("a1", sub_event_type="Suicide bomb", fatalities=7, weapons=())
    clash = strike("a2", event_type="Battles", sub_event_type="Armed clash", fatalities=None, weapons=())
    assert similarity(bombing, clash)


def test_different_initiators_rule_a_match_out() -> None:
    assert similarity(strike("a1"), strike("a2", actor1="Military Forces of Russia")) is None


def test_a_first_actor_acled_s_default_gave_rules_no_match_out() -> None:
    # One report names the Houthis' drone; another named nobody and took Yemen's usual air force.
    in_aden = {"country": "YE", "admin1": "Aden", "actor2": "Military Forces of Yemen"}
    named = strike("a1", actor1="Houthis", **in_aden)
    assert similarity(named, strike("a2", actor1="Saudi-led Coalition", **in_aden)) is not None
    assert similarity(named, strike("a2", actor1="Military Forces of the United States", **in_aden)) is None


def test_one_countrys_army_and_police_are_one_party() -> None:
    assert similarity(strike("a1"), strike("a2", actor1="Police Forces of Syria")) is not None
    assert similarity(strike("a1"), strike("a2", actor1="Police Forces of Iraq")) is None


def test_an_unidentified_group_and_different_victims_do_not_rule_a_match_out() -> None:
    unnamed = strike("a2", actor1="Unidentified Armed Group (Syria)", actor2="Police Forces of Syria")
    assert similarity(strike("a1"), unnamed) is not None


def test_roles_swapped_between_reports_still_agree() -> None:
    a = strike("a1", event_type="Battles", sub_event_type="Armed clash", actor2="Hayat Tahrir al-Sham")
    b = strike(
        "a2",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Hayat Tahrir al-Sham",
        actor2="Military Forces of Syria",
    )
    assert similarity(a, b) is not None


def test_a_day_apart_needs_the_same_place_and_a_detail() -> None:
    assert similarity(strike("a1", day=10), strike("a2", day=11)) is not None
    bare = {"sub_event_type": None, "weapons": (), "fatalities": None}
    assert similarity(strike("a1", day=10, **bare), strike("a2", day=11, **bare)) is None
    assert similarity(strike("a1", day=10), strike("a2", day=12)) is None


def test_a_vaguely_placed_report_a_day_apart_needs_both_parties_the_sub_type_and_the_toll() -> None:
    country = {"admin1": None, "geonameid": None, "location": None, "location_ar": None, "geo_precision": 3}
    next_day = strike("a2", day=11, **country)
    assert similarity(strike("a1"), next_day) is not None
    assert similarity(strike("a1"), replace(next_day, fatalities=5)) is None
    assert similarity(strike("a1", fatalities=2), replace(next_day, fatalities=2)) is None  # an everyday toll
    assert similarity(strike("a1"), replace(next_day, actor2="Civilians (Turkey)")) is None
    assert similarity(strike("a1"), replace(next_day, sub_event_type="Grenade")) is None


def test_an_undated_report_needs_a_full_fingerprint() -> None:
    assert similarity(strike("a1"), strike("a2", date=None)) is not None
    assert similarity(strike("a1"), strike("a2", date=None, fatalities=70)) is None  # a trial years on
    assert similarity(strike("a1"), strike("a2", date=None, **NEAR_SARAQIB)) is None


def test_place_and_day_alone_are_not_enough() -> None:
    bare = {"actor1": None, "actor2": None, "sub_event_type": None, "weapons": (), "fatalities": None}
    assert similarity(strike("a1", **bare), strike("a2", **bare)) is None
    assert similarity(strike("a1", **bare), strike("a2", **{**bare, "fatalities": 7, "weapons": ()})) is None
    assert similarity(strike("a1", **{**bare, "fatalities": 7}), strike("a2", **{**bare, "fatalities": 7}))


def candidate(number: int, summary: Event) -> Candidate:
    return Candidate(number, summary, start_merged(summary).tally, frozenset({summary.article_id}))


def test_a_candidate_holding_the_article_is_never_chosen() -> None:
    assert matches(strike("a1", weapons=("rocket",)), [candidate(1, strike("a1"))]) == []


def test_a_report_is_compared_with_the_merged_event_itself() -> None:
    vague = strike(
        "x",
        actor1="Unidentified Armed Group (Syria)",
        actor2=None,
        sub_event_type=None,
        weapons=(),
        fatalities=None,
    )
    assert matches(strike("a1"), [candidate(1, vague)]) == []
    assert matches(strike("a1"), [candidate(1, merge([vague, strike("y")]))])


def test_matches_come_closest_first_and_never_share_an_article() -> None:
    province = {"geonameid": None, "geo_precision": 3, "location": None, "location_ar": None}
    weak = candidate(1, strike("x", **province))
    strong = candidate(2, strike("y"))
    overlapping = candidate(3, strike("y", day=11))
    assert matches(strike("a1"), [weak, overlapping, strong]) == [strong, weak]


def test_merging_one_report_at_a_time_needs_only_the_merged_event() -> None:
    reports = [strike("a1", fatalities=12), strike("a2", fatalities=9, day=11), strike("a3", fatalities=15)]
    merged = start_merged(reports[0])
    for report in reports[1:]:
        merged = merged_with(merged, start_merged(report))
    assert merged.event == merge(reports)
    assert merged.event.date == dt.date(2019, 5, 10) and merged.event.fatalities == 9
    assert merged.tally.max_fatalities == 15 and merged.tally.reports == 3
    assert Tally.from_json(json.loads(json.dumps(merged.tally.to_json()))) == merged.tally


def test_merge_keeps_lowest_toll_most_precise_place_and_every_weapon() -> None:
    members = [
        strike("a1", fatalities=12, geo_precision=2, weapons=("warplane",)),
        strike("a2", fatalities=9, weapons=("barrel bomb",), **NEAR_SARAQIB),
        strike("a3", fatalities=None, day=11, geo_precision=2),
        strike("a4", fatalities=None, day=10, geo_precision=2),
    ]
    merged = merge(members)
    assert merged.fatalities == 9
    assert merged.location == "Afis" and merged.geo_precision == 1
    assert set(merged.weapons) == {"warplane", "barrel bomb"}
    assert merged.date == dt.date(2019, 5, 10)
    assert merged.article_id is None
    assert "9 killed" in merged.notes


def test_merge_takes_the_second_actor_its_lead_leaves_out_when_one_party_did_one_thing() -> None:
    # "rioters set fire to the party's office" (the lead) beside "rioters clashed with the police"
    riot = {"event_type": "Riots", "sub_event_type": "Violent demonstration", "actor1": "Rioters (Syria)"}
    lead = strike("a1", actor2=None, confidence=0.9, **riot)
    told_whom = strike("a2", actor2="Police Forces of Syria", confidence=0.5, **riot)
    assert merge([lead, told_whom]).actor2 == "Police Forces of Syria"
    # another sub-type, or another first actor, may cast the second actor in another role
    peaceful = replace(
        lead, sub_event_type="Peaceful protest", event_type="Protests", actor1="Protesters (Syria)"
    )
    assert merge([peaceful, replace(told_whom, event_type="Protests")]).actor2 is None
    assert merge([lead, replace(told_whom, actor1="Rioters (Iraq)")]).actor2 is None
    # an unidentified group is a party its report read, not a gap
    gunmen = replace(lead, actor2="Unidentified Armed Group (Syria)")
    assert merge([gunmen, told_whom]).actor2 == "Unidentified Armed Group (Syria)"


def test_merge_prefers_a_precise_date_over_a_common_vague_one() -> None:
    members = [
        strike("a1", day=1, time_precision=2),
        strike("a2", day=1, time_precision=2),
        strike("a3", day=2),
    ]
    assert merge(members).date == dt.date(2019, 5, 2)
    assert merge(members).time_precision == 1


def test_places_without_coordinates_agree_by_their_arabic_name() -> None:
    unmapped = {"geonameid": None, "latitude": None, "longitude": None, "location": None}
    a = strike("a1", **unmapped, location_ar="قرية الأمل")
    assert similarity(a, strike("a2", **unmapped, location_ar="قرية الامل")) is not None
    assert similarity(a, strike("a3", **unmapped, location_ar="قرية النور")) is None


def test_a_report_dated_by_its_publication_may_tell_a_day_stated_two_days_before() -> None:
    # "the army regained the city" in a wire run two days on, with no day named, beside "on Friday"
    published = strike("a2", day=12, time_precision=2)
    assert similarity(strike("a1", day=10), published) is not None
    assert similarity(strike("a1", day=9), published) is None
    # a city at war fights every day: two days back, only both parties at one place tie them
    one_party = {"actor2": "Hayat Tahrir al-Sham"}
    assert similarity(strike("a1", day=10, **one_party), published) is None
    assert similarity(strike("a1", day=11, **one_party), published) is not None
    assert similarity(strike("a1", day=13), published) is not None  # a day either side, as for any
    assert similarity(strike("a1", day=14), published) is None
    assert similarity(strike("a1", day=10), strike("a2", day=12)) is None  # both days stated
    assert in_block(published, strike("a1", day=10)) and in_block(strike("a1", day=10), published)
    # a day off needs the place and a detail, as between two stated days
    province = {"geonameid": None, "location": None, "location_ar": None, "geo_precision": 3}
    vague = strike("a2", day=12, time_precision=2, fatalities=None, weapons=(), **province)
    assert similarity(strike("a1", day=12), vague) is not None  # the same day
    assert similarity(strike("a1", day=10), vague) is None


def test_a_stated_day_joins_a_merged_event_its_publication_dated_report_spans() -> None:
    # published on the 12th with no day named, the 11th, then the 10th: every stated day is within a
    # day of the others and up to two days before the publication
    merged = merged_with(
        start_merged(strike("a1", day=12, time_precision=2)), start_merged(strike("a2", day=11))
    )
    candidate = Candidate(1, merged.event, merged.tally, frozenset({"a1", "a2"}))
    assert merged.event.date == dt.date(2019, 5, 11)
    assert matches(strike("a3", day=10), [candidate]) == [candidate]
    assert matches(strike("a3", day=9), [candidate]) == []


def test_protesters_and_rioters_of_one_country_are_one_crowd() -> None:
    # one outlet's protest met with force is another's riot (stones thrown at the police)
    demo = {"geonameid": None, "latitude": None, "longitude": None, "location": "Kirkuk", "admin1": "Kirkuk"}
    protest = strike(
        "a1",
        event_type="Protests",
        sub_event_type="Excessive force against protesters",
        actor1="Protesters (Iraq)",
        actor2="Police Forces of Iraq",
        country="IQ",
        location_ar="كركوك",
        **demo,
    )
    riot = replace(protest, article_id="a2", event_type="Riots", sub_event_type="Violent demonstration")
    assert similarity(protest, replace(riot, actor1="Rioters (Iraq)")) is not None
    assert similarity(protest, replace(riot, actor1="Rioters (Syria)")) is None
