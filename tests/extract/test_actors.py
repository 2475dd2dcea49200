"""Who did it and to whom: agents named by passive and nominal phrases, sources that only report,
unnamed gunmen, and the ACLED names the lexicon gives them. Sentences written by the team."""

from __future__ import annotations

import pytest

from rasd.extract.actors import actor_mentions
from rasd.extract.frames import claimant_of
from rasd.extract.mentions import TextMentions
from rasd.lexicon.lexicon import load_lexicon
from rasd.text.analyze import analyze_text


def _mentions(text: str) -> TextMentions:
    return TextMentions.of(analyze_text(text), load_lexicon())


def test_an_agent_named_after_nafadhahu_is_actor1_and_its_gunmen_are_one_mention(events_of) -> None:
    text = "قتل جنديان سوريان في هجوم نفذه مسلحو تنظيم داعش على حاجز للجيش في بادية تدمر اليوم."
    (event,) = events_of(text)
    assert (event.actor1, event.actor2) == ("Islamic State", "Military Forces of Syria")
    assert event.actor1_ar == "مسلحو تنظيم داعش"
    assert "actor1:agent_marker" in event.rules


def test_gunmen_of_a_named_group_keep_their_offsets() -> None:
    text = "هاجم مسلحون من تنظيم القاعدة نقطة تفتيش في شبوة."
    mentions = _mentions(text)
    (actor,) = actor_mentions(mentions, 0, len(mentions.text), set())
    assert actor.name == "Al Qaeda"
    assert text[actor.span.start : actor.span.end] == "مسلحون من تنظيم القاعدة"


def test_as_for_a_group_is_no_act_laid_on_it() -> None:
    mentions = _mentions("فالعدو الوحيد بالنسبة إلى مقاتلي وحدات حماية الشعب هو تنظيم داعش.")
    assert claimant_of(mentions, actor_mentions(mentions, 0, len(mentions.text), set())) is None


def test_gunmen_of_a_group_known_by_its_kind_are_that_group(events_of) -> None:
    (event,) = events_of("وهاجم مسلحو المقاومة الشعبية رتلا عسكريا للحوثيين في مدينة تعز أمس.")
    assert (event.actor1, event.actor2) == ("Popular Resistance (Yemen)", "Houthis")


@pytest.mark.parametrize(
    "text",
    [
        "وقالت مصادر إن الحوثيين شنوا هجوما مسلحا على مواقع المقاومة في مدينة مأرب أمس.",
        "وقالت مصادر إن الحوثيين شنوا الهجوم المسلح على مواقع المقاومة في مدينة مأرب أمس.",
    ],
)
def test_a_word_of_arms_after_an_act_noun_is_its_adjective_not_gunmen(events_of, text: str) -> None:
    (event,) = events_of(text)
    assert (event.actor1, event.actor2) == ("Houthis", "Popular Resistance (Yemen)")


def test_a_gunman_after_a_verb_is_still_its_subject() -> None:
    mentions = _mentions("هاجم مسلح مركزا للشرطة في مدينة العريش.")
    names = [a.name for a in actor_mentions(mentions, 0, len(mentions.text), set())]
    assert names[0] == "Unidentified Armed Group ({country})"


def test_the_sdf_spelled_with_suriya_in_ta_marbuta_is_no_syrian_army() -> None:
    mentions = _mentions("قتل قيادي في قوات سورية الديمقراطية في القامشلي.")
    names = [a.name for a in actor_mentions(mentions, 0, len(mentions.text), set())]
    assert names == ["Syrian Democratic Forces"]


def test_gunmen_joined_to_the_army_stay_a_party_of_their_own() -> None:
    mentions = _mentions("اندلعت اشتباكات بين مسلحين وقوات الجيش السوري.")
    names = [a.name for a in actor_mentions(mentions, 0, len(mentions.text), set())]
    assert names == ["Unidentified Armed Group ({country})", "Military Forces of Syria"]


def test_a_nationality_with_a_preposition_is_no_adjective_of_the_force_before_it() -> None:
    mentions = _mentions("وتواصلت الاشتباكات إثر توقيف الجيش للسوري أحمد جمعة في بلدة عرسال.")
    assert [a.name for a in actor_mentions(mentions, 0, len(mentions.text), set())] == [
        "Military Forces of {country}"
    ]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("هاجم مسلحون يعتقد أنهم ينتمون إلى تنظيم داعش حاجزا للجيش في مدينة كركوك اليوم.", "Islamic State"),
        ("هاجم مسلحون يشتبه في انتمائهم لحركة الشباب قاعدة للجيش في مدينة بلدوين اليوم.", "Al Shabaab"),
    ],
)
def test_gunmen_believed_to_belong_to_a_group_are_that_group(events_of, text: str, actor1: str) -> None:
    (event,) = events_of(text)
    assert event.actor1 == actor1 and event.actor2 != actor1  # not the target it was read as


def test_unnamed_kidnappers_after_ala_yad_are_an_unidentified_armed_group(events_of) -> None:
    (event,) = events_of("اختطف ناشط مدني على يد مسلحين مجهولين في مدينة البصرة مساء الاثنين.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Abduction/forced disappearance",
        "Unidentified Armed Group (Iraq)",
        "Civilians (Iraq)",
    )


def test_a_source_in_the_police_is_neither_author_nor_target(events_of) -> None:
    events = events_of(
        "أفاد مصدر في الشرطة العراقية بمقتل شخصين بانفجار عبوة ناسفة في ناحية الرشيد جنوب بغداد اليوم."
    )
    assert events
    for event in events:
        assert event.actor1 == "Unidentified Armed Group (Iraq)"
        assert event.actor2 != "Police Forces of Iraq"


def test_the_force_whose_station_was_hit_is_the_target(events_of) -> None:
    (event,) = events_of("انفجرت عبوة ناسفة قرب مركز للشرطة في مدينة العريش اليوم.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Egypt)", "Police Forces of Egypt")


def test_forces_stationed_at_a_base_hit_by_unclaimed_rockets_are_its_target(events_of) -> None:
    (event,) = events_of(
        "سقطت ثلاثة صواريخ كاتيوشا على قاعدة بلد الجوية التي توجد فيها قوات أمريكية "
        "في محافظة صلاح الدين مساء الاثنين."
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Shelling/artillery/missile attack",
        "Unidentified Armed Group (Iraq)",
        "Military Forces of the United States",
    )


def test_an_air_force_named_without_its_country_is_the_event_countrys(events_of) -> None:
    (event,) = events_of("شن الطيران الحربي غارات على بلدة كفرنبل في ريف إدلب الجنوبي اليوم.")
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike", "Military Forces of Syria")


def test_the_gunmen_after_a_named_group_are_that_group(candidate_events_of) -> None:
    events = candidate_events_of(
        "سيطر تنظيم داعش على قرية البو حمد في محافظة الأنبار يوم السبت. "
        "وهاجم المسلحون اليوم الاثنين قرية البو نمر المجاورة في محافظة الأنبار."
    )
    attack = next(e for e in events if e.sub_event_type == "Armed clash")
    assert attack.actor1 == "Islamic State"
    assert "actor1:armed_group_named_before" in attack.rules


def test_the_pair_of_a_clash_told_far_from_its_noun(events_of) -> None:
    (event,) = events_of(
        "وقعت اشتباكات عنيفة الليلة الماضية في حي الحصبة بالعاصمة صنعاء بين أفراد من المقاومة الشعبية "
        "وجماعة الحوثيين."
    )
    assert (event.actor1, event.actor2) == ("Popular Resistance (Yemen)", "Houthis")


def test_the_pair_of_a_clash_told_in_a_later_clause_that_opens_with_bayn(events_of) -> None:
    (event,) = events_of(
        "تجددت المواجهات المسلحة، صباح اليوم الخميس، بين قوات الجيش العراقي ووحدات مقاومة سنجار "
        "في قضاء سنجار غربي محافظة نينوى."
    )
    assert (event.actor1, event.actor2) == ("Military Forces of Iraq", "YBS: Sinjar Resistance Units")


def test_bedouin_and_druze_fighters_are_their_communal_militias(events_of) -> None:
    (event,) = events_of(
        "قتل خمسة أشخاص اليوم في اشتباكات بين مسلحين من البدو ومقاتلين من الطائفة الدرزية في مدينة السويداء."
    )
    assert (event.actor1, event.actor2) == (
        "Bedouin Communal Militia (Syria)",
        "Druze Communal Militia (Syria)",
    )


def test_darfur_tribes_fighters_are_their_ethnic_militias(events_of) -> None:
    (event,) = events_of(
        "قتل ثمانية أشخاص أمس في اشتباكات بين مسلحين من الرزيقات ومسلحين من الفلاتة في محلية تلس بولاية "
        "جنوب دارفور."
    )
    assert (event.actor1, event.actor2) == (
        "Rizeigat Ethnic Militia (Sudan)",
        "Fellata Ethnic Militia (Sudan)",
    )


def test_the_rebel_militia_of_sudanese_army_statements_is_the_rsf(events_of) -> None:
    (event,) = events_of("هاجمت الميليشيا المتمردة مدينة الأبيض في ولاية شمال كردفان اليوم.")
    assert event.actor1 == "Rapid Support Forces"


def test_a_claim_after_a_negation_claims_nothing() -> None:
    mentions = _mentions("لم تعلن أي جهة مسؤوليتها عن التفجير، لكن هجمات مماثلة تبناها تنظيم داعش.")
    assert claimant_of(mentions, actor_mentions(mentions, 0, len(mentions.text), set())) is None


def test_a_claim_stated_plainly_names_the_group() -> None:
    mentions = _mentions("وتبنى تنظيم داعش التفجير في بيان نشرته وكالة أعماق.")
    claimant = claimant_of(mentions, actor_mentions(mentions, 0, len(mentions.text), set()))
    assert claimant is not None and claimant.name == "Islamic State"


def test_the_unnamed_victims_of_an_abduction_are_civilians(events_of) -> None:
    (event,) = events_of("اختطف مسلحون مجهولون مسؤولا محليا في مدينة سبها صباح اليوم.")
    assert (event.sub_event_type, event.actor2) == ("Abduction/forced disappearance", "Civilians (Libya)")


def test_the_body_a_report_quotes_is_its_source_not_the_bomber(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "ونقلت وكالة الأنباء عن وزارة الداخلية البحرينية قولها إن التفجير الإرهابي في منطقة سترة "
        "أسفر عن إصابة ستة من رجال الشرطة."
    )
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Bahrain)", "Police Forces of Bahrain")


def test_the_author_of_strikes_among_their_victims_is_no_victim(events_of) -> None:
    (event,) = events_of("ارتفع عدد ضحايا غارات النظام السوري على مدينة دوما إلى 40 قتيلا اليوم.")
    assert event.actor1 == "Military Forces of Syria"


def test_of_two_subjects_before_a_clash_noun_the_first_is_actor1(events_of) -> None:
    (event,) = events_of("واستأنف الجيش والجماعات المسلحة المعارك في منطقة كيدال اليوم الأحد.")
    assert (event.actor1, event.actor2) == ("Military Forces of Mali", "Unidentified Armed Group (Mali)")


@pytest.mark.parametrize(
    "text",
    [
        "انفجرت عبوة ناسفة بسيارة كان جنود الجيش العراقي يستقلونها في مدينة الموصل اليوم.",
        "انفجرت عبوة ناسفة بالحافلة التي تقل قوات الجيش في مدينة الموصل اليوم.",
    ],
)
def test_an_actor_in_a_clause_after_the_act_is_not_its_author(candidate_events_of, text: str) -> None:
    (event,) = candidate_events_of(text)
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq")


def test_who_a_speech_verb_introduces_before_a_bare_anna_reports_the_act(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "أكدت قيادة الجيش السوداني في مدينة الفاشر أن القصف أسفر عن مقتل 12 مدنيا في سوق المدينة اليوم."
    )
    assert event.actor1 != "Military Forces of Sudan"


def test_an_actor_before_a_speech_verb_is_not_the_author_of_the_act_it_reports(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "أمر وزير الدفاع الإسرائيلي الجيش بمحاصرة ما قال إنها قرية منفذ الهجوم الذي قتل فيه مستوطنان "
        "قرب مدينة الخليل اليوم."
    )
    assert event.actor1 != "Military Forces of Israel"


def test_who_issued_the_statement_a_speech_verb_speaks_in_is_the_author(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "أصدر الجيش اللبناني بيانا قال فيه إنه تم توقيف ثلاثة مطلوبين في بلدة عرسال اليوم."
    )
    assert (event.sub_event_type, event.actor1) == ("Arrests", "Military Forces of Lebanon")


def test_a_drone_nobody_owns_told_before_its_verb_struck_not_the_group_after(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "طائرة مسيرة قصفت مقر الدعم اللوجستي للحشد الشعبي في بغداد اليوم وقتلت اثنين من قيادييه."
    )
    assert (event.actor1, event.actor2) == (
        "Unidentified Armed Group (Iraq)",
        "Military Forces of Iraq (2018-) Popular Mobilization Forces",
    )


@pytest.mark.parametrize(
    "text",
    [
        "تبنى تنظيم القاعدة هجوما انتحاريا على معسكر للجيش في مدينة كاتي غرب مالي اليوم.",
        "قتل جندي في هجوم انتحاري على معسكر للجيش في مدينة كاتي غرب مالي اليوم، وتبنى تنظيم القاعدة الهجوم.",
    ],
)
def test_al_qaeda_in_the_sahel_is_its_local_branch_jnim(candidate_events_of, text: str) -> None:
    (event,) = candidate_events_of(text)
    assert event.actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_a_state_that_carries_out_strikes_is_its_military(events_of) -> None:
    (event,) = events_of("شنت الولايات المتحدة غارة بطائرة مسيرة على موقع في مدينة القائم غرب العراق اليوم.")
    assert (event.actor1, event.actor1_ar) == ("Military Forces of the United States", "الولايات المتحدة")


def test_a_state_named_before_a_blast_in_a_tag_line_is_no_author(candidate_events_of) -> None:
    (event,) = candidate_events_of("البحرين تفجير إرهابي يقتل شرطيين في منطقة سترة اليوم.")
    assert event.actor1 != "Military Forces of Bahrain"


def test_arrests_nobody_is_named_for_are_the_polices(events_of) -> None:
    (arrest,) = events_of("اعتقل خمسة أشخاص خلال مداهمة في مدينة الإسكندرية فجر اليوم.")
    assert (arrest.sub_event_type, arrest.actor1) == ("Arrests", "Police Forces of Egypt")


def test_the_side_whose_men_died_in_a_firefight_was_attacked(events_of) -> None:
    (event,) = events_of(
        "قتل ثلاثة من رجال الشرطة في تبادل لإطلاق النار بين الشرطة ومسلحين في مدينة الكرك اليوم الأحد."
    )
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Jordan)", "Police Forces of Jordan")


def test_a_claim_made_in_a_statement_names_the_group_before_it() -> None:
    mentions = _mentions("أعلن تنظيم داعش في بيان نشره اليوم الجمعة مسؤوليته عن تفجير السوق.")
    claimant = claimant_of(mentions, actor_mentions(mentions, 0, len(mentions.text), set()))
    assert claimant is not None and claimant.name == "Islamic State"


def test_a_bombing_beside_the_acts_of_a_named_group_is_the_groups(events_of) -> None:
    events = events_of(
        "هاجم مسلحو تنظيم داعش فجر اليوم مباني حكومية في مدينة كركوك. "
        "وانفجرت سيارة مفخخة قرب محطة الكهرباء في ناحية الدبس شمال غرب كركوك."
    )
    bombing = next(e for e in events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert bombing.actor1 == "Islamic State"


def test_a_drone_after_istihdaf_struck_it_was_not_struck(events_of) -> None:
    (event,) = events_of("قتل عنصر من قسد إثر استهداف مسيرة تركية لسيارتهم في ريف القامشلي اليوم السبت.")
    assert (event.actor1, event.actor2) == ("Military Forces of Turkey", "Syrian Democratic Forces")


def test_the_group_a_force_pursues_is_its_target(events_of) -> None:
    (event,) = events_of(
        "تمكنت القوات الأمنية خلال ملاحقة عصابات داعش من ضبط مخبأ للعبوات الناسفة في قضاء الطارمية اليوم."
    )
    assert event.actor1 != "Islamic State"


def test_the_army_in_the_palestinian_territories_is_israels(events_of) -> None:
    (event,) = events_of("اعتقلت قوات الجيش ثلاثة شبان من بلدة بيت أمر في الضفة الغربية اليوم.")
    assert event.actor1 == "Military Forces of Israel"


def test_a_strike_carried_out_by_a_drone_nobody_owns_is_an_unidentified_groups(events_of) -> None:
    (event,) = events_of(
        "قتل عشرة أشخاص جراء قصف نفذته طائرة مسيرة استهدفت سوقا في منطقة المالحة بولاية شمال دارفور أمس."
    )
    assert (event.actor1, event.actor1_ar) == ("Unidentified Armed Group (Sudan)", "طائرة مسيرة")


def test_an_attack_the_article_says_a_group_carried_out_is_the_groups(candidate_events_of) -> None:
    events = candidate_events_of(
        "قتل صحفي برصاص مسلح في قرية الرشاد جنوب غرب المقدادية مساء اليوم. "
        "وقال مسؤول محلي إن الهجوم نفذه داعش."
    )
    assert [e.actor1 for e in events] == ["Islamic State"]


def test_a_peaceful_protest_has_no_second_actor(events_of) -> None:
    (protest,) = events_of(
        "تظاهر مئات المحتجين اليوم أمام مقر قيادة الشرطة في مدينة البصرة للمطالبة بالإفراج عن المعتقلين."
    )
    assert (protest.sub_event_type, protest.actor2) == ("Peaceful protest", None)


def test_civilians_a_clash_displaced_are_no_side_of_it(events_of) -> None:
    (clash,) = events_of(
        "اندلعت اشتباكات عنيفة اليوم بين الجيش السوري وفصائل المعارضة في بلدة سراقب، ما أدى إلى "
        "نزوح مئات المدنيين."
    )
    assert clash.sub_event_type == "Armed clash"
    assert clash.actor2 is None or not clash.actor2.startswith("Civilians")


def test_gunmen_right_after_a_killing_verb_and_before_the_count_killed(events_of) -> None:
    (attack,) = events_of("قتل مسلحون مجهولون اليوم خمسة مدنيين في هجوم على قرية في ريف إدلب.")
    assert (attack.sub_event_type, attack.actor1, attack.actor2, attack.fatalities) == (
        "Attack",
        "Unidentified Armed Group (Syria)",
        "Civilians (Syria)",
        5,
    )


def test_the_armed_group_named_in_an_arrest_is_who_was_arrested(events_of) -> None:
    # ACLED's arrests are made by states: "اعتقال عناصر من داعش" arrests the group's men.
    (arrest,) = events_of("أعلنت وزارة الداخلية اعتقال خمسة عناصر من تنظيم داعش اليوم في مدينة كركوك.")
    assert (arrest.sub_event_type, arrest.actor1, arrest.actor2) == (
        "Arrests",
        "Police Forces of Iraq",
        "Islamic State",
    )


@pytest.mark.parametrize(
    "text",
    [
        "طالت حملة اعتقالات تقوم بها جماعة الحوثي أمس عشرة ناشطين في مدينة إب.",
        "أفادت مصادر محلية باعتقال عشرة ناشطين على يد مسلحي جماعة الحوثي في مدينة إب أمس.",
    ],
)
def test_arrests_a_word_names_a_ruling_group_as_making_are_its_police(candidate_events_of, text) -> None:
    # ACLED codes the arrests of a group that governs its ground as its police's (the Houthis' as
    # the Supreme Political Council's); the group is not whom they arrested.
    arrest = next(e for e in candidate_events_of(text) if e.sub_event_type == "Arrests")
    assert arrest.actor1 == "Police Forces of Yemen (2016-) Supreme Political Council"
    assert arrest.actor2 != "Houthis"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "تحدث ناشطون أمس عن اعتقالات تقوم بها عناصر تنظيم داعش في مدينة الرقة.",
            "Islamic State",
        ),
        ("اعتقل عشرة شبان على أيدي عناصر حركة الشباب في مدينة بيدوا أمس.", "Al Shabaab"),
    ],
)
def test_arrests_a_word_names_another_armed_group_as_making_are_its_abductions(
    candidate_events_of, text, group
) -> None:
    # ACLED codes the detentions of an armed group that is no ground's government (QSD, HTS) as
    # its abductions, not as the country's police's arrests.
    (event,) = (e for e in candidate_events_of(text) if e.event_type == "Violence against civilians")
    assert (event.sub_event_type, event.actor1) == ("Abduction/forced disappearance", group)
    assert event.actor2 is not None and event.actor2.startswith("Civilians")


def test_a_verb_of_doing_that_carries_the_act_back_names_its_author() -> None:
    mentions = _mentions(
        "مجزرة ارتكبها الطيران، وعبوة زرعتها خلية، وقذائف أطلقها المسلحون، وبراميل ألقتها المروحيات"
    )
    assert [m.span.text for m in mentions.by_kind["agents"]] == [
        "ارتكبها",
        "زرعتها",
        "أطلقها",
        "ألقتها",
    ]


def test_an_exchange_of_fire_between_two_sides_is_fought_by_them(candidate_events_of) -> None:
    # "تبادل لإطلاق النار بين" names its pair after بين, as "اشتباكات بين" does.
    (clash,) = candidate_events_of(
        "وقع تبادل لإطلاق النار يوم الخميس قرب بلدة كلس بين الجيش التركي ومقاتلي داعش قتل خلاله جندي تركي."
    )
    assert (clash.actor1, clash.actor2) == ("Military Forces of Turkey", "Islamic State")


def test_the_arab_coalition_in_syria_is_the_us_led_one(candidate_events_of) -> None:
    # The Saudi-led coalition fights in Yemen; in Syria "التحالف العربي - الدولي" is the US-led one.
    (strike,) = candidate_events_of(
        "قتل 20 مسلحا من جبهة النصرة يوم الثلاثاء جراء غارات نفذها التحالف العربي - الدولي على مقرات"
        " للجبهة في ريف حلب الغربي."
    )
    assert (strike.actor1, strike.actor2) == ("Global Coalition Against Daesh", "Jabhat al-Nusra")


@pytest.mark.parametrize("together", ["بالاشتراك مع", "بالتعاون مع", "جنباً إلى جنب مع"])
def test_a_force_that_fights_together_with_actor1_is_not_the_side_faced(
    candidate_events_of, together
) -> None:
    (clash,) = candidate_events_of(
        f"اشتبكت قوات الجيش العراقي {together} قوات الحشد الشعبي يوم الثلاثاء مع عناصر تنظيم داعش"
        " في قضاء الحويجة."
    )
    assert (clash.actor1, clash.actor2) == ("Military Forces of Iraq", "Islamic State")


def test_who_set_an_ambush_is_its_author(events_of) -> None:
    (ambush,) = events_of("قتل خمسة جنود اليوم في كمين نصبه مسلحون لدورية للجيش قرب مدينة العريش.")
    assert (ambush.actor1, ambush.actor2) == ("Unidentified Armed Group (Egypt)", "Military Forces of Egypt")


def test_protesters_named_in_an_arrest_were_arrested(events_of) -> None:
    events = events_of("شارك المحتجون في مسيرة اليوم في المنامة قبل اعتقال عدد منهم.")
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    assert (arrest.actor1, arrest.actor2) == ("Police Forces of Bahrain", "Protesters (Bahrain)")


def test_blame_laid_on_a_force_is_no_claim() -> None:
    mentions = _mentions("وحمل ناشطون في بيانات على الإنترنت قوات قسد المسؤولية عن اغتيال شيخ العشيرة.")
    assert claimant_of(mentions, actor_mentions(mentions, 0, len(mentions.text), set())) is None


def test_a_group_a_state_force_holds_responsible_is_the_author(events_of) -> None:
    (bombing,) = events_of(
        "قتل سبعة مصلين مساء أمس في تفجير سيارة مفخخة أمام مسجد في مدينة بنغازي. واتهم المتحدث باسم "
        "الجيش الليبي تنظيم داعش بالمسؤولية عن هذه الجريمة."
    )
    assert (bombing.actor1, bombing.actor2) == ("Islamic State", "Civilians (Libya)")


def test_a_group_activists_hold_responsible_is_no_author() -> None:
    mentions = _mentions("واتهم ناشطون في بيان تنظيم داعش بالمسؤولية عن اغتيال شيخ العشيرة.")
    assert claimant_of(mentions, actor_mentions(mentions, 0, len(mentions.text), set())) is None


def test_a_claim_of_some_of_the_attacks_names_no_author_of_each() -> None:
    mentions = _mentions("قتل 20 شخصا في سلسلة تفجيرات ضربت بغداد أمس، تبنى بعضها تنظيم داعش.")
    assert claimant_of(mentions, actor_mentions(mentions, 0, len(mentions.text), set())) is None


def test_the_force_under_whose_car_a_bomb_was_planted_is_its_target(events_of) -> None:
    text = "قتل شرطي وأصيب اثنان في انفجار عبوة ناسفة زرعت أسفل سيارة دورية للشرطة في مدينة الزرقاء اليوم."
    (event,) = events_of(text)
    assert event.actor2 == "Police Forces of Jordan" and event.actor1 != "Police Forces of Jordan"


def test_the_force_whose_stronghold_was_taken_is_not_the_taker(events_of) -> None:
    text = "وقال سكان إن مقاتلي القبائل سيطروا اليوم على آخر معقل لقوات الجيش اليمني في مديرية لودر."
    (event,) = events_of(text)
    assert event.actor1 != "Military Forces of Yemen" and event.actor2 == "Military Forces of Yemen"


def test_the_islamic_jihad_brigades_take_acleds_spelling(events_of) -> None:
    (event,) = events_of(
        "اندلعت اشتباكات مسلحة عنيفة فجر اليوم بين سرايا القدس وقوات الجيش الإسرائيلي في مدينة جنين."
    )
    assert "Al-Quds Brigades" in {event.actor1, event.actor2}


def test_a_word_inside_a_town_name_is_no_actor(events_of) -> None:
    """ "ود مدني": the town's second word reads "a civilian" alone."""
    (event,) = events_of(
        "استعاد الجيش السوداني السيطرة على مدينة ود مدني بعد انسحاب قوات الدعم السريع منها اليوم السبت."
    )
    assert (event.actor2, event.actor2_ar) == ("Rapid Support Forces", "قوات الدعم السريع")


def test_the_body_whose_statement_confirms_the_act_is_no_target(events_of) -> None:
    (event,) = events_of(
        "فجر انتحاري نفسه مساء اليوم في مقهى شعبي بمدينة طرابلس شمال لبنان ما أوقع خمسة قتلى، وهو ما"
        " أكده بيان للجيش."
    )
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Lebanon)", "Civilians (Lebanon)")


def test_the_body_a_statement_calls_on_is_still_a_party(events_of) -> None:
    """ "في بيانه الجيش": the statement has its own author; the army after it is its addressee."""
    (event,) = events_of(
        "قتل خمسة مدنيين في غارة جوية على بلدة سراقب بريف إدلب اليوم، ودعا المرصد في بيانه الجيش"
        " السوري إلى وقف القصف."
    )
    assert event.actor1 == "Military Forces of Syria"


def test_gunmen_named_by_ala_yad_are_no_target_of_the_act(events_of) -> None:
    """ "على يد مسلحين": على here opens the author's words, not a target."""
    (event,) = events_of("اختطف صحفي ليبي صباح الثلاثاء في حي المنصور بطرابلس على يد مسلحين ملثمين.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Libya)", "Civilians (Libya)")
    assert event.actor2_ar == "صحفي"


def test_migrants_are_international_civilians(events_of) -> None:
    (event,) = events_of(
        "قتل أكثر من 40 شخصا في غارة جوية استهدفت مركز إيواء للمهاجرين في تاجوراء شرق العاصمة الليبية طرابلس."
    )
    assert event.actor2 == "Civilians (International)"


def test_two_tribes_of_a_clash_in_southern_libya_are_their_ethnic_militias(events_of) -> None:
    (event,) = events_of(
        "اندلعت اشتباكات عنيفة اليوم في مدينة سبها بين مسلحين من قبيلة أولاد سليمان وآخرين من قبيلة التبو."
    )
    assert (event.actor1, event.actor2) == (
        "Awlad Suleiman Ethnic Militia (Libya)",
        "Tebu Ethnic Militia (Libya)",
    )


def test_the_armys_auxiliary_forces_in_burkina_faso_are_the_vdp(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "شن مسلحون هجوما ليل الجمعة على موقع للقوات الرديفة التابعة للجيش في بلدة سولهان شمال بوركينا فاسو."
    )
    assert event.actor2 == "VDP: Volunteer for Defense of Homeland"


@pytest.mark.parametrize(
    "text, country, force",
    [
        (
            "أصيب عشرات في صدامات بين المتظاهرين والقوى الأمنية وسط بيروت مساء السبت بعدما رشق محتجون"
            " الحجارة وأحرقوا الإطارات.",
            "Lebanon",
            "والقوى الأمنية",
        ),
        (
            "اندلعت صدامات بين شبان غاضبين رشقوا الحجارة وعناصر من مكافحة الشغب مساء الاثنين في مدينة"
            " نواذيبو.",
            "Mauritania",
            "مكافحة الشغب",
        ),
    ],
)
def test_the_security_forces_and_riot_police_that_meet_rioters_are_the_police(
    events_of, text: str, country: str, force: str
) -> None:
    """The force's own words, not the crowd's, are the second actor's text."""
    (event,) = events_of(text)
    assert (event.actor1, event.actor2, event.actor2_ar) == (
        f"Rioters ({country})",
        f"Police Forces of {country}",
        force,
    )


def test_the_dead_told_between_laqi_and_hatf_are_no_authors(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "ولقي أربعة من عناصر الشرطة حتفهم اليوم الاثنين في انفجار عبوة ناسفة قرب مدينة الموصل."
    )
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Police Forces of Iraq")


def test_who_holds_the_town_struck_is_neither_author_nor_target(events_of) -> None:
    (event,) = events_of(
        "قتل خمسة مدنيين في غارات شنتها الطائرات الحربية على بلدة عربين التي يسيطر عليها فيلق الرحمن "
        "في الغوطة الشرقية اليوم."
    )
    assert (event.actor1, event.actor2) == ("Military Forces of Syria", "Civilians (Syria)")


def test_shelling_of_districts_the_regime_holds_is_set_apart_from_its_air_strike(events_of) -> None:
    events = events_of(
        "قتل عشرون مدنيا في غارات شنها الطيران الحربي السوري على حي السكري في مدينة حلب اليوم. "
        "وقتل سبعة مدنيين جراء قذائف أطلقتها الفصائل المقاتلة على أحياء تحت سيطرة قوات النظام "
        "في مدينة حلب اليوم."
    )
    pairs = sorted((e.sub_event_type, e.actor1, e.actor2) for e in events)
    assert pairs == [
        ("Air/drone strike", "Military Forces of Syria", "Civilians (Syria)"),
        ("Shelling/artillery/missile attack", "Opposition Rebels (Syria)", "Civilians (Syria)"),
    ]


def test_soldiers_counted_in_the_accusative_or_the_dual_are_the_military() -> None:
    for text in ("أعلن الجيش مقتل 92 جنديا في الهجوم.", "قتل جنديان في الهجوم.", "أصيب جنديين في الهجوم."):
        mentions = _mentions(text)
        names = [a.name for a in actor_mentions(mentions, 0, len(mentions.text), set())]
        assert "Military Forces of {country}" in names, text


def test_gendarmeries_that_are_corps_of_the_army_are_military_forces() -> None:
    mentions = _mentions(
        "اغتالت مجموعة مسلحة ثلاثة من أفراد الدرك الوطني الجزائري، وهاجم مسلحون الدرك التركي."
    )
    names = [a.name for a in actor_mentions(mentions, 0, len(mentions.text), set())]
    assert "Military Forces of Algeria" in names
    assert "Military Forces of Turkey (2016-) Gendarmerie" in names


def test_a_drone_shot_down_whose_owner_nobody_names_is_an_unidentified_groups(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "أعلنت قوات الدفاع الجوي السعودية اعتراض طائرة مسيرة مفخخة أطلقت باتجاه مطار أبها الدولي صباح اليوم."
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Disrupted weapons use",
        "Military Forces of Saudi Arabia",
        "Unidentified Armed Group (Saudi Arabia)",
    )


def test_the_resistance_in_yemen_is_the_popular_resistance(candidate_events_of) -> None:
    events = candidate_events_of(
        "قال سكان إن المقاومة سيطرت على مدينة قعطبة في محافظة الضالع اليمنية اليوم الاثنين."
    )
    assert [e.actor1 for e in events] == ["Popular Resistance (Yemen)"]


def test_a_drone_believed_to_be_a_countrys_is_its_military() -> None:
    mentions = _mentions("قتل قياديان بقصف طائرة مسيرة يرجح أنها أمريكية على مقر للحشد شرقي بغداد.")
    names = [a.name for a in actor_mentions(mentions, 0, len(mentions.text), set())]
    assert names == ["Military Forces of the United States"]


def test_the_force_whose_positions_were_struck_is_the_target_not_a_holder(events_of) -> None:
    (event,) = events_of(
        "شن طيران التحالف العربي غارات جوية استهدفت مواقع تسيطر عليها جماعة الحوثي في محافظة صعدة اليوم."
    )
    assert (event.actor1, event.actor2) == ("Saudi-led Coalition", "Houthis")


def test_the_owner_named_after_a_word_of_belonging_is_the_author_of_the_aircraft_s_strike(events_of) -> None:
    events = events_of("قتل عشرة مدنيين اليوم في غارات شنتها طائرات تابعة لقوات النظام على مدينة حلب.")
    assert [e.actor1 for e in events] == ["Military Forces of Syria"]


def test_an_aircraft_with_no_owner_named_stays_an_unnamed_author(candidate_events_of) -> None:
    events = candidate_events_of("قتل عشرة مدنيين اليوم في قصف نفذته طائرة مسيرة على مدينة حلب.")
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Syria)"]


@pytest.mark.parametrize(
    ("text", "country", "acled_name"),
    [
        # Somali, Ethiopian and Lebanese kin militias are clans in ACLED's names, not tribes.
        (
            "قتل ثلاثة أشخاص في اشتباكات بين مسلحين من العشائر في هيران.",
            "SO",
            "Unidentified Clan Militia (Somalia)",
        ),
        ("قصفت ميليشيات الانقلاب أحياء سكنية في مدينة تعز بقذائف الهاون.", "YE", "Houthis"),
        ("هاجم مسلحو الشباب قاعدة عسكرية في إقليم شبيلي السفلى فجر اليوم.", "SO", "Al Shabaab"),
        ("أعلنت المقاومة الإسلامية استهداف موقع عسكري قرب الحدود الجنوبية.", "LB", "Hezbollah"),
        ("هاجم مسلحون من جماعة أنصار الإسلام دورية في شمال البلاد.", "BF", "Ansaroul Islam"),
        ("اقتحمت قوات الفرقة الرابعة بلدة في ريف درعا الغربي.", "SY", "Military Forces of Syria"),
        ("تقدمت القوات الموالية لهادي نحو مديرية نهم شرق صنعاء.", "YE", "Military Forces of Yemen"),
        ("اشتبكت قوات درع السودان مع قوات الدعم السريع شرق ولاية الجزيرة.", "SD", "Sudan Shield Forces"),
        ("قتل مرتزقة فانغر عشرة رعاة في قرية قرب موبتي.", "ML", "Wagner Group"),
        ("انتشرت قوات الفيلق الروسي الأفريقي في قاعدة بشمال البلاد.", "ML", "Africa Corps"),
        ("قصف مسلحو كتائب البراء مواقع في أم درمان.", "SD", "Al Baraa Bin Malik Brigade"),
        (
            "اشتبك الجيش مع المقاتلين الأزواديين على مشارف كيدال.",
            "ML",
            "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development",
        ),
        ("هاجم مسلحون معسكرا للحرس الوطني قرب موبتي.", "ML", "Military Forces of Mali"),
        ("أوقفت دورية للحرس الوطني مهربين قرب القصرين.", "TN", "Police Forces of Tunisia"),
        ("أحبط حرس الحدود محاولة تهريب في منطقة جازان.", "SA", "Police Forces of Saudi Arabia"),
        ("تبنى تنظيم ولاية الخير تفجير سيارة مفخخة في البلدة.", "SY", "Islamic State"),
        ("هاجمت جماعة أنصار التوحيد نقطة للجيش في ريف إدلب الجنوبي.", "SY", "Ansar al Tawhid"),
        ("داهمت قوات الصاعقة مخبأ لمسلحين في شمال سيناء.", "EG", "Military Forces of Egypt"),
        ("قتل ثلاثة مدنيين في قصف للمتمردين على حي سكني في مدينة عدن.", "YE", "Houthis"),
        ("سقطت قذائف أطلقها المتمردون على قرية في منطقة جازان.", "SA", "Houthis"),
        ("سيطر الثوار على تلة في ريف اللاذقية بعد معارك مع قوات النظام.", "SY", "Opposition Rebels (Syria)"),
        ("هاجم متمردون أكراد مركزا للدرك في ولاية أغري.", "TR", "PKK: Kurdistan Workers Party"),
        ("قتل ثلاثة من المسلحين الأكراد في اشتباك مع الجيش قرب شرناق.", "TR", "PKK: Kurdistan Workers Party"),
        ("تقدمت قوات البنيان المرصوص نحو وسط مدينة سرت.", "LY", "Military Forces of Libya"),
        # a nationality whose first letter is a clitic letter, and the nominative plural (-ون)
        ("اشتبكت القوات الليبية مع مهربين قرب الحدود مع النيجر.", "NE", "Military Forces of Libya"),
        ("قتل جندي كيني في انفجار عبوة ناسفة بإقليم جوبا السفلى.", "SO", "Military Forces of Kenya"),
        ("قتل جنود ماليون في هجوم على موقع حدودي مع بوركينا فاسو.", "BF", "Military Forces of Mali"),
        # words that name the African Union's mission, Al Shabaab or the SPLM-N where they fight
        (
            "قصفت قوات الاتحاد الأفريقي مواقع لمسلحين في إقليم شبيلي السفلى.",
            "SO",
            "AMISOM: African Union Mission in Somalia",
        ),
        ("انتشرت قوات حفظ السلام في بلدة قرب مقديشو.", "SO", "AMISOM: African Union Mission in Somalia"),
        ("تبنت الشباب الصومالية الهجوم على فندق في مقديشو.", "SO", "Al Shabaab"),
        ("نفذ متشددو الشباب هجوما على قاعدة عسكرية قرب الحدود.", "KE", "Al Shabaab"),
        (
            "هاجمت الحركة الشعبية لتحرير السودان مواقع للجيش في جنوب كردفان.",
            "SD",
            "SPLM-N: Sudan People's Liberation Movement-North",
        ),
        ("اشتبكت قوات الدراويش مع مسلحين في إقليم بري.", "SO", "Military Forces of Somalia"),
        ("نصب مسلحون كمينا لقوات الدفاع والأمن في شمال البلاد.", "BF", "Military Forces of Burkina Faso"),
        ("تبنى تنظيم ولاية الصحراء الكبرى الهجوم على ثكنة في منطقة تيلابيري.", "NE", "Islamic State (Sahel)"),
        ("هاجمت ميليشيا الدوغون قرية للرعاة في وسط البلاد.", "ML", "Dogon Ethnic Militia (Mali)"),
    ],
)
def test_region_actors_get_acled_names_from_news_words(text: str, country: str, acled_name: str) -> None:
    mentions = _mentions(text)
    lexicon = mentions.lexicon
    names = [
        a.name.format(country=lexicon.countries[country].name_en)
        for a in actor_mentions(mentions, 0, len(mentions.text), set(), country)
    ]
    assert acled_name in names


def test_putschists_in_yemen_are_the_houthis_who_shelled(events_of) -> None:
    (event,) = events_of("قتل مدنيان بقصف شنته ميليشيات الانقلاب على أحياء سكنية في مدينة تعز اليوم الأحد.")
    assert (event.actor1, event.actor2) == ("Houthis", "Civilians (Yemen)")


def test_a_kidnapped_ambassador_is_a_civilian_of_his_own_country(events_of) -> None:
    """ACLED codes foreigners struck abroad by their nationality ("Civilians (Jordan)")."""
    (event,) = events_of("اختطف مسلحون ملثمون السفير الأردني في طرابلس صباح الثلاثاء.")
    assert (event.actor2, event.actor2_ar) == ("Civilians (Jordan)", "السفير الأردني")


def test_a_foreign_civilian_s_country_takes_no_article_in_parentheses(events_of) -> None:
    (event,) = events_of("اختطف مسلحون مبشر أمريكي في نيامي مساء الثلاثاء.")
    assert event.actor2 == "Civilians (United States)"


def test_a_citizen_of_another_country_struck_where_he_lives_is_a_civilian_of_that_place(events_of) -> None:
    """Only words for people abroad as such (diplomats, missionaries, hostages, refugees) keep their
    nationality; a citizen or civilian is coded by the country he was struck in."""
    (event,) = events_of("قتل مواطن يمني مقيم في السعودية بقصف صاروخي على مدينة جازان.")
    assert event.actor2 == "Civilians (Saudi Arabia)"


def test_refugees_are_international_civilians(events_of) -> None:
    (event,) = events_of("قتل خمسة لاجئين في غارة جوية استهدفت مركز إيواء في تاجوراء شرق طرابلس.")
    assert event.actor2 == "Civilians (International)"


def test_a_military_base_with_its_name_between_is_the_military_struck(events_of) -> None:
    (event,) = events_of("نفذ انتحاري هجوما استهدف قاعدة «كاتي» العسكرية قرب باماكو اليوم.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Mali)", "Military Forces of Mali")


def test_a_base_after_the_act_is_where_it_struck_not_its_author(events_of) -> None:
    (event,) = events_of("سقطت ثلاثة صواريخ في قاعدة بلد الجوية العراقية شمالي بغداد مساء الاثنين.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq")
    assert event.actor2_ar == "قاعدة بلد الجوية العراقية"


def test_al_qaeda_before_military_sites_is_no_base() -> None:
    mentions = _mentions("تصاعدت هجمات القاعدة على المواقع العسكرية في أبين.")
    assert [a.name for a in actor_mentions(mentions, 0, len(mentions.text), set())] == []


def test_a_base_taken_back_is_the_ground_taken_not_a_side(events_of) -> None:
    (event,) = events_of(
        "استعادت القوات الموالية للرئيس اليمني قاعدة العند العسكرية في لحج اليوم بعد معارك ضارية مع الحوثيين."
    )
    assert event.actor2 == "Houthis"


def test_a_base_the_coalition_strikes_is_not_its_own_ally_s(events_of) -> None:
    (event,) = events_of(
        "شنت مقاتلات التحالف العربي غارات جوية استهدفت قاعدة العند الجوية في محافظة لحج اليوم."
    )
    assert event.actor1 == "Saudi-led Coalition"
    assert event.actor2 != "Military Forces of Yemen"


@pytest.mark.parametrize(
    "text",
    [
        "سيطرت قوات المقاومة الشعبية على مدينة زنجبار في محافظة أبين بمساندة طيران التحالف.",
        "سيطرت المقاومة الشعبية على مدينة زنجبار في محافظة أبين بإسناد من طيران التحالف بعد معارك مع "
        "الحوثيين.",
    ],
)
def test_the_force_that_backs_a_side_is_neither_actor(candidate_events_of, text: str) -> None:
    (event,) = candidate_events_of(text)
    assert event.actor1 == "Popular Resistance (Yemen)"
    assert event.actor2 != "Saudi-led Coalition"


def test_the_backer_of_a_force_is_not_its_opponent(candidate_events_of) -> None:
    text = (
        "سيطرت قوات سوريا الديمقراطية المدعومة من التحالف الدولي على قرية في ريف دير الزور بعد معارك مع "
        "تنظيم داعش."
    )
    (event,) = candidate_events_of(text)
    assert (event.actor1, event.actor2) == ("Syrian Democratic Forces", "Islamic State")


@pytest.mark.parametrize(
    "text",
    [
        "تمكن الجيش العراقي من صد هجوم شنه تنظيم داعش على مدينة حديثة.",
        "تمكن الجيش العراقي من صد هجوم لتنظيم داعش على مدينة حديثة.",
    ],
)
def test_the_attacker_named_after_a_repelled_attack_stays_actor1(candidate_events_of, text: str) -> None:
    (event,) = candidate_events_of(text)
    assert (event.actor1, event.actor2) == ("Islamic State", "Military Forces of Iraq")


def test_the_owner_of_a_position_in_the_accusative_was_struck(candidate_events_of) -> None:
    (event,) = candidate_events_of("استهدف القصف المدفعي موقعا للحوثيين في مدينة تعز اليوم.")
    assert event.actor1 != "Houthis"
    assert event.actor2 == "Houthis"


def test_rebels_told_meeting_their_death_before_the_act_are_its_victims(candidate_events_of) -> None:
    text = "وذكرت مصادر أن عشرات المتمردين لقوا مصرعهم في غارات جوية على مواقعهم في شمال مدينة عدن."
    (event,) = candidate_events_of(text)
    assert (event.actor1, event.actor2) == ("Saudi-led Coalition", "Houthis")


@pytest.mark.parametrize(
    "text",
    [
        "وأكد مدير الدفاع المدني في تصريحات صحفية أن طائرة مسيرة قصفت مستودعات الوقود في مدينة "
        "بورتسودان اليوم.",
        "قصفت طائرة مسيرة مستودعات الوقود في مدينة بورتسودان اليوم، وقال مسؤول إن فرق للدفاع المدني "
        "تعمل على إخماد الحريق.",
    ],
)
def test_the_civil_defence_and_the_press_are_no_civilians_struck(events_of, text: str) -> None:
    """A civilian word that qualifies a noun ("الدفاع المدني"، "تصريحات صحفية") names no one struck."""
    (event,) = events_of(text)
    assert (event.sub_event_type, event.actor2) == ("Air/drone strike", None)


@pytest.mark.parametrize(
    "text",
    ["سيطر مقاتلو التنظيم على حي السيدة خديجة.", "سيطر مقاتلو التنظيم على مشفى الأطفال في المدينة."],
)
def test_a_civilian_word_in_a_quarters_or_hospitals_name_is_no_actor(text: str) -> None:
    """ "حي السيدة خديجة"، "مشفى الأطفال": a name, not a woman or children struck."""
    mentions = _mentions(text)
    assert [a.inter for a in actor_mentions(mentions, 0, len(mentions.text), set())] == []


def test_a_journalist_killed_is_a_civilian(events_of) -> None:
    (event,) = events_of("قتل صحفي بقصف طائرة مسيرة على مدينة بورتسودان اليوم.")
    assert event.actor2 == "Civilians (Sudan)"


def test_the_body_in_a_speakers_title_reports_the_act_and_is_not_its_target(candidate_events_of) -> None:
    """ "الملازم في شرطة ديالى فلان، قال إن مسلحين هاجموا القرية": the police the speaker serves in
    report the attack; they were not attacked."""
    (event,) = candidate_events_of(
        "الملازم أول في شرطة ديالى أحمد الجبوري، قال إن مجموعة من مسلحي داعش هاجمت قرية الرشاد في "
        "محافظة ديالى بأسلحة قنص ورشاشات."
    )
    assert (event.actor1, event.actor2) == ("Islamic State", "Civilians (Iraq)")


def test_an_ambassador_named_by_his_countrys_name_is_its_civilian(events_of) -> None:
    """ "سفير الأردن" as "السفير الأردني": a person abroad keeps the country the text gives him."""
    (event,) = events_of("خطف مسلحون ملثمون سفير الأردن لدى ليبيا في العاصمة طرابلس صباح اليوم الثلاثاء.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Libya)", "Civilians (Jordan)")


def test_a_drone_with_a_preposition_is_the_means_of_the_named_attack(events_of) -> None:
    (event,) = events_of(
        "وقالت مصادر أمنية إن الهجوم الأمريكي تم بطائرة مسيرة واستهدف سيارة في حي المنصور ببغداد مساء اليوم."
    )
    assert event.actor1 == "Military Forces of the United States"


def test_unnamed_gunmen_paired_with_the_army_after_bayna_are_its_attackers(events_of) -> None:
    (event,) = events_of(
        "اندلعت اليوم الاثنين اشتباكات عنيفة بين قوات الجيش ومسلحين في بلدة عرسال اللبنانية."
    )
    assert (event.actor1, event.actor2) == (
        "Unidentified Armed Group (Lebanon)",
        "Military Forces of Lebanon",
    )


def test_who_describes_the_killing_did_not_do_it(events_of) -> None:
    (event,) = events_of(
        "قتل ناشط مدني بإطلاق نار وسط مدينة الحلة مساء الأحد. "
        "ووصفت قيادة الشرطة في المحافظة عملية الاغتيال بالجبانة."
    )
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_who_condemns_the_shelling_did_not_do_it_but_may_have_suffered_it(events_of) -> None:
    (condemned,) = events_of(
        "أدانت وحدات حماية الشعب الكردية في بيان القصف الذي استهدف قرية زور مغار مساء أمس وأدى إلى "
        "مقتل ثلاثة مدنيين."
    )
    assert (condemned.actor1, condemned.actor2) == ("Unidentified Armed Group (Syria)", "Civilians (Syria)")
    (suffered,) = events_of(
        "ونددت وحدات حماية الشعب الكردية بالقصف المدفعي التركي الذي استهدف مواقعها في قرية زور مغار مساء أمس."
    )
    assert (suffered.actor1, suffered.actor2) == (
        "Military Forces of Turkey",
        "YPG: Peoples Protection Units",
    )


def test_a_state_named_after_a_killing_verb_did_the_strike_its_clause_tells(events_of) -> None:
    (event,) = events_of(
        "وقتلت إسرائيل مساء أمس الأحد قائدا عسكريا بارزا في جماعة الحوثيين واثنين من مرافقيه في غارة "
        "على العاصمة صنعاء."
    )
    assert (event.actor1, event.actor2) == ("Military Forces of Israel", "Houthis")


def test_the_youth_with_a_word_for_fighters_is_no_group_outside_al_shabaab_s_theatre() -> None:
    mentions = _mentions("تظاهر مقاتلو الشباب القدامى أمام مقر المحافظة.")
    names = [a.name for a in actor_mentions(mentions, 0, len(mentions.text), set(), "EG")]
    assert "Al Shabaab" not in names


@pytest.mark.parametrize(
    ("text", "country", "not_named"),
    [
        # "an attack a Jordanian carried out": the man is no army
        ("قتل سائحان في هجوم نفذه أردني في مدينة البتراء.", "JO", "Military Forces of Jordan"),
        # three Syrians arrested by the security forces, not Syria's police
        ("اعتقلت قوات الأمن 3 سوريين في مدينة إربد.", "JO", "Police Forces of Syria"),
    ],
)
def test_a_nationality_after_a_verb_or_a_number_is_no_adjective_of_the_force(
    text: str, country: str, not_named: str
) -> None:
    mentions = _mentions(text)
    names = [a.name for a in actor_mentions(mentions, 0, len(mentions.text), set(), country)]
    assert not_named not in names


def test_the_party_a_struck_ship_is_tied_to_is_no_side_of_the_strike(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "وأعلنت جماعة الحوثيين أنها استهدفت بصاروخين سفينة شحن في البحر الأحمر لارتباطها بالعدو الإسرائيلي."
    )
    assert "Military Forces of Israel" not in (event.actor1, event.actor2)


def test_the_party_of_a_relation_told_with_maa_is_no_author(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "استهدف مجهولون بعبوة ناسفة منزل تاجر في مدينة الفلوجة بسبب علاقة مع قوات التحالف الدولي."
    )
    assert "Coalition" not in (event.actor1 or "") and "Coalition" not in (event.actor2 or "")


def test_an_arrests_charge_of_ties_keeps_the_group_as_actor2(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "اعتقلت قوات الأمن العراقية خمسة أشخاص في الموصل بتهمة التعاون مع تنظيم داعش."
    )
    assert event.actor2 == "Islamic State"


def test_the_subject_of_a_passive_verb_of_hurt_is_the_victim(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "أصيب الجنود الإسرائيليون الثلاثة بجروح طفيفة من جراء رشق الحجارة على دوريتهم قرب نابلس مساء أمس."
    )
    assert (event.actor1, event.actor2) == ("Rioters (Palestine)", "Military Forces of Israel")


def test_men_wounded_after_jurih_are_not_the_attackers(candidate_events_of) -> None:
    (event,) = candidate_events_of("جرح اثنان من عناصر الشرطة المصرية في هجوم على كمين في العريش.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Egypt)", "Police Forces of Egypt")


@pytest.mark.parametrize(
    "text",
    [
        "قصفت طائرات حربية يعتقد أنها تابعة لتحالف تقوده الولايات المتحدة مواقع لجبهة النصرة قرب بلدة اعزاز"
        " شمالي حلب اليوم.",
        "دمرت طائرات حربية تابعة للائتلاف الدولي جسرا قرب مدينة دير الزور اليوم.",
    ],
)
def test_warplanes_of_a_named_owner_in_syria_are_the_owner_s_not_the_regime_s(events_of, text: str) -> None:
    (event,) = events_of(text)
    assert event.actor1 == "Global Coalition Against Daesh"
    assert event.actor1_ar is not None and event.actor1_ar.startswith("طائرات حربية")


def test_a_jewish_terror_gang_that_burns_a_family_s_home_is_the_settlers(events_of) -> None:
    (event,) = events_of(
        "أقدمت عصابة إرهابية يهودية فجر اليوم على إحراق منزل عائلة فلسطينية في قرية دوما جنوب نابلس بالضفة"
        " الغربية."
    )
    assert event.actor1 == "Settlers (Israel)"
    assert event.actor1_ar == "عصابة إرهابية يهودية"


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a side's men with the pronoun of "we" are the speaker's
        (
            "وقال المتحدث باسم قوات الدعم السريع في بيان إن قواتنا سيطرت على مدينة الفاشر بعد معارك "
            "مع الجيش السوداني.",
            ("Rapid Support Forces", "Military Forces of Sudan"),
        ),
        (
            "وأعلنت حركة الشباب في بيان أن مجاهدينا هاجموا قاعدة للجيش الصومالي في بلدة بلدوين.",
            ("Al Shabaab", "Military Forces of Somalia"),
        ),
        (
            "وقال الناطق باسم وحدات حماية الشعب إن الطائرات التركية قصفت مواقع قواتنا في بلدة عين العرب.",
            ("Military Forces of Turkey", "YPG: Peoples Protection Units"),
        ),
        # the speaker says it carried the act out or managed it
        (
            "وأعلن الجيش العراقي أنه قام بقصف مواقع لتنظيم داعش في قضاء الحويجة.",
            ("Military Forces of Iraq", "Islamic State"),
        ),
        (
            "وأعلن الجيش التركي أنه نفذ غارات على مواقع لحزب العمال الكردستاني في شمال العراق.",
            ("Military Forces of Turkey", "PKK: Kurdistan Workers Party"),
        ),
        (
            "وقال الجيش اليمني إنه تمكن أمس من صد هجوم واسع لميليشيات الحوثي على مواقعه في مدينة مأرب.",
            ("Houthis", "Military Forces of Yemen"),
        ),
    ],
)
def test_what_a_speaker_says_its_own_side_did_is_the_speakers(candidate_events_of, text, actors) -> None:
    (event,) = candidate_events_of(text)
    assert (event.actor1, event.actor2) == actors


def test_a_preposition_after_the_speaker_pronoun_does_not_make_the_speaker_the_author(
    candidate_events_of,
) -> None:
    (event,) = candidate_events_of(
        "وقالت الشرطة العراقية إنه في هجوم على نقطة تفتيش قرب مدينة بعقوبة قتل ثلاثة جنود أمس."
    )
    assert event.actor1 != "Police Forces of Iraq"


def test_a_name_after_a_verb_with_its_plural_subject_is_not_its_subject(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "وقالت مصادر محلية إن مسلحي داعش اقتحموا قرية البوعيثة جنوب بغداد واشتبكوا مع قوات الجيش العراقي."
    )
    assert (event.actor1, event.actor2) == ("Islamic State", "Military Forces of Iraq")


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الشرطة إن جنديا أوكرانيا قتل في انفجار لغم قرب مدينة دونيتسك أمس.",
        "وذكرت مصادر أمنية أن جنديين عراقيين قتلا بانفجار عبوة ناسفة في قضاء الطارمية أمس.",
        "أفاد مصدر في الشرطة العراقية بأن جنديا قتل وأصيب اثنان آخران بانفجار عبوة ناسفة في الطارمية أمس.",
        # the count after a later verb of hurt is its own subject, not the killing verb's object
        "وقالت الشرطة إن جنديا أوكرانيا قتل في انفجار لغم وأصيب ثلاثة آخرون قرب مدينة دونيتسك أمس.",
    ],
)
def test_the_subject_of_a_passive_killing_verb_is_the_victim(candidate_events_of, text: str) -> None:
    (event,) = candidate_events_of(text, published="2024-05-10")
    assert event.actor2 is not None and event.actor2.startswith("Military Forces of")
    assert event.actor1.startswith("Unidentified Armed Group")


def test_gunmen_before_a_killing_verb_and_its_object_still_killed(candidate_events_of) -> None:
    (event,) = candidate_events_of("قال مصدر أمني إن مسلحين قتلوا خمسة مدنيين في قرية قرب مدينة بعقوبة أمس.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Civilians (Iraq)")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "وقال سكان إن الحوثيين قتلوا في قصف عشوائي على حي سكني ثلاثة مدنيين في تعز أمس.",
            ("Houthis", "Civilians (Yemen)"),
        ),
        (
            "وقالت مصادر محلية إن مسلحين قتلوا في هجوم على سوق شعبي أربعة مدنيين قرب مدينة بعقوبة أمس.",
            ("Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
        ),
    ],
)
def test_a_killing_verb_whose_object_follows_a_phrase_is_active(candidate_events_of, text, sides) -> None:
    # "قتلوا في قصف … ثلاثة مدنيين": the count after the phrase is the object, its subject killed
    (event,) = candidate_events_of(text, published="2015-08-10")
    assert (event.actor1, event.actor2) == sides


@pytest.mark.parametrize(
    "text",
    [
        "سيطرت اللجان الشعبية الموالية للرئيس هادي على مدينة زنجبار بمحافظة أبين بعد معارك مع الحوثيين.",
        "قصفت المقاومة واللجان الشعبية مواقع الحوثيين في مدينة الحوطة بمحافظة لحج أمس.",
    ],
)
def test_committees_told_as_hadi_s_are_the_popular_resistance(candidate_events_of, text: str) -> None:
    (event,) = candidate_events_of(text, published="2015-08-10")
    assert (event.actor1, event.actor2) == ("Popular Resistance (Yemen)", "Houthis")


def test_bare_popular_committees_in_yemen_stay_the_houthis_allies(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "هاجم الجيش واللجان الشعبية مواقع للمرتزقة في مديرية صرواح بمحافظة مأرب أمس.", published="2015-08-10"
    )
    assert event.actor1 == "Houthis"


@pytest.mark.parametrize(
    "text",
    [
        "قالت وزارة الصحة الفلسطينية إن شابا استشهد برصاص الاحتلال في مدينة طولكرم فجر اليوم.",
        "اعتقلت سلطات الاحتلال ثلاثة شبان من بلدة سلواد شرق رام الله فجر اليوم.",
        "شنت طائرات العدو غارة على بلدة شبعا جنوب لبنان فجر اليوم.",
    ],
)
def test_the_occupation_and_the_enemy_on_israel_s_fronts_are_its_forces(candidate_events_of, text) -> None:
    (event,) = candidate_events_of(text, published="2024-05-10")
    assert event.actor1 == "Military Forces of Israel"


def test_an_act_after_a_plural_speech_verb_is_reported_not_the_earlier_actor_s(events_of) -> None:
    events = events_of(
        "وقال مسؤولون أمنيون إن قوة تابعة للجيش العراقي شنت عملية عسكرية على قرى شمال بعقوبة، وأشاروا إلى"
        " مقتل خمسة مدنيين في انفجار عبوة ناسفة في قضاء المقدادية.",
        published="2015-07-23",
    )
    (bombing,) = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert bombing.actor1 == "Unidentified Armed Group (Iraq)"


def test_mauritanias_abolitionist_movement_is_named_as_acled_names_it(events_of) -> None:
    (event,) = events_of("اعتقلت الشرطة الموريتانية أمس في نواكشوط عددا من قادة حركة إيرا.")
    assert (event.actor1, event.actor2) == (
        "Police Forces of Mauritania",
        "IRA: Initiative for the Resurgence of the Abolitionist Movement",
    )


def test_the_houthis_drone_air_force_is_the_houthis_not_yemens_army() -> None:
    mentions = _mentions("نفذ سلاح الجو المسير عملية عسكرية استهدفت سفينة في البحر الأحمر.")
    names = [a.name for a in actor_mentions(mentions, 0, len(mentions.text), set(), "YE")]
    assert names == ["Houthis"]


@pytest.mark.parametrize(
    ("text", "published", "foe"),
    [
        (  # Iraq's Counter Terrorism Service, a unit of Iraq's forces
            "استعادت القوات المسلحة ورجال جهاز مكافحة الإرهاب السيطرة على المجمع الحكومي في الرمادي"
            " اليوم من تنظيم داعش.",
            "2015-12-28",
            "Islamic State",
        ),
        (  # the volunteers who fight beside Yemen's army
            "دارت معارك عنيفة اليوم في قاعدة العند بين الجيش والمقاومة الشعبية من جهة وعناصر جماعة"
            " الحوثي من جهة أخرى.",
            "2015-07-23",
            "Houthis",
        ),
    ],
)
def test_the_state_s_own_side_is_never_its_second_actor(
    events_of, text: str, published: str, foe: str
) -> None:
    (event,) = events_of(text, published=published)
    assert event.actor2 == foe


def test_victims_whose_nationality_the_sentence_tells_are_its_civilians(events_of) -> None:
    """Syrians killed in Lebanon are Civilians (Syria), though the first victims named have no
    nationality of their own."""
    text = (
        "استهدفت غارة إسرائيلية اليوم معملا في بلدة وادي الكفور بالنبطية وأسفرت عن مقتل حارس المعمل"
        " وعائلته بالإضافة إلى عمال سوريين آخرين."
    )
    (event,) = events_of(text, published="2024-08-17")
    assert (event.actor2, event.actor2_ar) == ("Civilians (Syria)", "عمال سوريين")


def test_people_counted_by_their_nationality_are_its_civilians(events_of) -> None:
    (event,) = events_of("قتل مسلحون اليوم الاثنين 3 مصريين في هجوم على مزرعة في مدينة سرت الليبية.")
    assert (event.actor2, event.actor2_ar) == ("Civilians (Egypt)", "3 مصريين")


def test_one_of_the_people_counted_gives_them_no_nationality(events_of) -> None:
    (event,) = events_of("خطف مسلحون اليوم الاثنين ثلاثة عمال أجانب أحدهم مصري قرب مدينة سرت الليبية.")
    assert event.actor2 != "Civilians (Egypt)"


def test_men_killed_on_a_day_are_the_victims_not_the_bombers(events_of) -> None:
    """ "قتلوا اليوم في انفجار": a time between the killed-word and its cause leaves it passive."""
    text = "قال مصدر أمني إن ثلاثة من عناصر الشرطة المصرية قتلوا اليوم في انفجار عبوة ناسفة في مدينة العريش."
    (event,) = events_of(text, published="2015-07-20")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Egypt)", "Police Forces of Egypt")


def test_two_backers_joined_after_a_word_of_backing_are_both_allies(events_of) -> None:
    text = (
        "وكانت المقاومة المسنودة بقوات الجيش الوطني وطيران التحالف قد سيطرت أمس على وادي عقان شمال"
        " محافظة لحج."
    )
    (event,) = events_of(text, published="2015-07-20")
    assert event.actor1 == "Popular Resistance (Yemen)"
    assert event.actor2 not in ("Saudi-led Coalition", "Military Forces of Yemen")


def test_after_bayna_the_force_joined_to_a_backer_is_the_other_side(events_of) -> None:
    text = "ويتواصل القتال اليوم بين المقاتلين المحليين المدعومين بالتحالف وقوات الحوثي وصالح في مدينة تعز."
    (event,) = events_of(text, published="2015-07-20")
    assert event.actor2 == "Houthis"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("هاجم مسلحو تنظيم داعش مقر الفرقة 18 السورية قرب مدينة الرقة اليوم.", "Armed clash"),
        ("قصفت طائرات حربية مواقع اللواء 92 العراقي في محافظة الأنبار اليوم.", "Air/drone strike"),
    ],
)
def test_a_unit_numbered_before_a_definite_nationality_is_no_counted_civilians(
    events_of, text: str, sub_event_type: str
) -> None:
    """ "الفرقة 18 السورية": the nationality with the article qualifies the unit, while people
    counted by nationality are told without it ("أربعة إيطاليين")."""
    (event,) = events_of(text, published="2015-07-20")
    assert event.sub_event_type == sub_event_type
    assert not (event.actor2 or "").startswith("Civilians")


@pytest.mark.parametrize(
    ("text", "foe"),
    [
        (  # an army named without its country is the event's country's, not Iran's
            "قال الجيش إنه قصف مواقع لفيلق القدس الإيراني قرب مدينة حمص اليوم، بحسب بيان عسكري.",
            "Military Forces of Iran (Quds Force)",
        ),
        (  # a unit the strike struck is its target, whoever it serves
            "استهدف الطيران الحربي مقرا للحشد الشعبي في مدينة القائم اليوم ما أدى إلى مقتل 4 من عناصره.",
            "Military Forces of Iraq (2018-) Popular Mobilization Forces",
        ),
        (  # two forces of one state a clash's مع sets against each other
            "اشتبكت قوات الجيش العراقي مع عناصر من الحشد الشعبي في قضاء سنجار اليوم.",
            "Military Forces of Iraq (2018-) Popular Mobilization Forces",
        ),
        (  # ... or its بين
            "اندلعت اشتباكات بين الجيش العراقي والحشد الشعبي في قضاء سنجار اليوم.",
            "Military Forces of Iraq (2018-) Popular Mobilization Forces",
        ),
    ],
)
def test_a_state_s_unit_struck_or_fought_is_the_second_actor(events_of, text: str, foe: str) -> None:
    (event,) = events_of(text, published="2019-07-20")
    assert event.actor2 == foe


def test_words_laid_on_a_leader_after_a_speech_noun_lay_no_act_on_his_group() -> None:
    mentions = _mentions(
        "قتل 10 مدنيين في غارة جوية على مدينة صعدة اليوم، بحسب تصريحات نسبت إلى قيادي في جماعة الحوثي."
    )
    assert claimant_of(mentions, actor_mentions(mentions, 0, len(mentions.text), set())) is None


def test_words_laid_on_a_leader_do_not_make_his_force_the_attacker(events_of) -> None:
    (event,) = events_of(
        "قتل 4 جنود عراقيين بهجوم في قضاء الطارمية اليوم، وفق تصريحات نسبت إلى قيادي في الحشد الشعبي."
    )
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq")


def test_an_act_laid_on_a_group_in_another_sentence_is_no_claim_of_todays(events_of) -> None:
    (event,) = events_of(
        "انفجرت عبوة ناسفة قرب حاجز للشرطة في بلدة الطارمية اليوم. ويتذكر السكان خطف عشرات من أبناء "
        "البلدة العام الماضي على يد خلية نسبت إلى تنظيم داعش."
    )
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


@pytest.mark.parametrize(
    "text",
    [
        "قتل 3 أشخاص في هجوم مسلح على حاجز في بلدة الطارمية اليوم.",
        "قتل شرطيان في هجوم مسلح استهدف دورية في مدينة بعقوبة اليوم.",
    ],
)
def test_an_armed_attack_nobody_is_named_for_is_an_unidentified_groups(events_of, text: str) -> None:
    (event,) = events_of(text)
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_expatriate_residents_hurt_by_a_projectile_are_civilians(events_of) -> None:
    (event,) = events_of("أصيب ثلاثة مقيمين من الجنسية البنغالية اليوم إثر سقوط مقذوف عسكري على مدينة جازان.")
    assert event.actor2 == "Civilians (Saudi Arabia)"


def test_a_saudi_mujahideen_force_patrol_is_the_interior_ministrys_police(events_of) -> None:
    (event,) = events_of(
        "تعرضت دورية من قوة المجاهدين بقطاع الحرث في منطقة جازان اليوم لقذيفة من داخل الأراضي اليمنية "
        "أدت إلى استشهاد أحد أفرادها."
    )
    assert (event.actor1, event.actor2) == ("Houthis", "Police Forces of Saudi Arabia")


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("قتل 12 حوثيا في غارات لطيران التحالف على مواقع في محافظة صعدة اليوم.", "Houthis"),
        ("قتل 20 داعشيا في غارات لطيران التحالف الدولي على قرية قرب الموصل اليوم.", "Islamic State"),
        ("قتل ستة داعشيين في غارة لطيران التحالف الدولي على قرية قرب الموصل اليوم.", "Islamic State"),
    ],
)
def test_members_counted_by_their_groups_adjective_are_that_group(events_of, text: str, actor2: str) -> None:
    (event,) = events_of(text)
    assert event.actor2 == actor2


def test_the_saudi_emergency_forces_are_its_police_not_its_army(candidate_events_of) -> None:
    [event] = candidate_events_of("قتل مسلح في تبادل لإطلاق النار مع قوات الطوارئ السعودية في القطيف اليوم.")
    assert "Police Forces of Saudi Arabia" in (event.actor1, event.actor2)


def test_a_farmer_told_with_his_nationality_is_a_civilian(events_of) -> None:
    # مزارع alone may be farms; with a nationality adjective after it, it is a man
    (event,) = events_of("أطلق مستوطنون النار على مزارع فلسطيني قرب قرية بورين جنوب نابلس.")
    assert (event.actor1, event.actor2) == ("Settlers (Israel)", "Civilians (Palestine)")


def test_farms_without_a_nationality_are_no_party(events_of) -> None:
    (event,) = events_of("قصفت قوات النظام مزارع بلدة كفرنبل في ريف إدلب.")
    assert event.actor2 is None


def test_a_name_with_a_pronoun_is_no_group(candidate_events_of) -> None:
    """ "بحماسه لفنون القتال" (with his zeal for martial arts) names no Hamas."""
    events = candidate_events_of(
        "أطلق مسلح النار على مركز للتجنيد في مدينة تشاتانوغا فقتل أربعة جنود، "
        "وقد عرف المسلح بحماسه لفنون القتال."
    )
    assert events
    assert "Hamas" not in {e.actor1 for e in events} | {e.actor2 for e in events}
