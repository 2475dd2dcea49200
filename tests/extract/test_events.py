"""An article's frames become its events: later mentions join the first report, what the article
says as a whole fills what one sentence left out."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from rasd import acled
from rasd.extract.event_type import TYPE_RULE_PREFIX, type_rules
from rasd.extract.events import (
    ATTACK_ON_CIVILIANS_RULE,
    _default_actors,
    _fallback_foe,
    _merge,
    _places_it_better,
    _seat_tellings_joined,
    _twins_joined,
)
from rasd.extract.frames import SOURCE_SEAT_RULE
from rasd.lexicon.lexicon import load_lexicon
from rasd.pipeline import default_pipeline
from rasd.types import Article, Event, Span


def test_passive_with_unnamed_perpetrator(events_of) -> None:
    (event,) = events_of(
        "قُتل ثلاثة جنود وأصيب اثنان بانفجار عبوة ناسفة استهدفت دورية عسكرية قرب مدينة الرمادي مساء أمس.",
        published="2019-03-13",
    )
    assert (event.sub_event_type, event.actor1, event.fatalities) == (
        "Remote explosive/landmine/IED",
        "Unidentified Armed Group (Iraq)",
        3,
    )
    assert event.date == dt.date(2019, 3, 12)


def test_a_clash_that_names_only_the_side_attacked_is_an_unidentified_groups(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "تعرض معسكر للجيش النيجري في مدينة نيامي اليوم لهجوم أسفر عن مقتل 40 جنديا."
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash",
        "Unidentified Armed Group (Niger)",
        "Military Forces of Niger",
    )


def test_arrests_at_a_protest_are_its_intervention(events_of) -> None:
    (event,) = events_of(
        "تظاهر المئات اليوم في مدينة البصرة للمطالبة بتحسين الخدمات. "
        "واعتقلت قوات الأمن العراقية عشرة من المتظاهرين في مدينة البصرة."
    )
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")


def test_arrests_at_a_riot_are_its_intervention(events_of) -> None:
    (event,) = events_of(
        "أحرق محتجون غاضبون إطارات وأغلقوا الطرق بالحجارة في مدينة عطبرة اليوم احتجاجا على غلاء الخبز، "
        "واشتبكوا مع قوات الشرطة. واعتقلت الشرطة عددا من المحتجين في عطبرة."
    )
    assert (event.sub_event_type, event.actor2) == ("Violent demonstration", "Police Forces of Sudan")


def test_arrests_told_on_their_own_after_a_riot_are_an_event_of_their_own(events_of) -> None:
    events = events_of(
        "أحرق محتجون غاضبون سبعة منازل وأغلقوا الطرق بالحجارة في مدينة عطبرة اليوم. "
        "ووصلت قوات الشرطة إلى المدينة مساء اليوم نفسه، وألقت القبض على ستة أشخاص في عطبرة."
    )
    assert sorted(e.sub_event_type for e in events) == ["Arrests", "Violent demonstration"]


def test_later_mentions_of_the_attack_join_the_first_report(events_of) -> None:
    events = events_of(
        "قتل سبعة أشخاص في تفجير سيارة مفخخة في مدينة كركوك صباح اليوم. "
        "ووقع الانفجار قرب سوق شعبي مزدحم. وأدى الهجوم إلى أضرار كبيرة في المحال."
    )
    assert len(events) == 1
    assert (events[0].sub_event_type, events[0].fatalities) == ("Remote explosive/landmine/IED", 7)


def test_the_attack_the_report_does_not_tell_opens_no_event(events_of) -> None:
    # Published on a Tuesday: the blast "on Saturday" is three days before the strike the report tells.
    events = events_of(
        "قصفت طائرات حربية صباح اليوم الثلاثاء بلدة كفرنبل في ريف إدلب، ما أدى إلى مقتل ثلاثة مدنيين. "
        "وأسفر التفجير الذي هز مدينة حلب يوم السبت عن مقتل خمسة أشخاص."
    )
    assert [e.location_ar for e in events] == ["كفرنبل"]


def test_a_lone_report_of_the_attack_with_its_day_is_an_event(events_of) -> None:
    (event,) = events_of("أسفر الهجوم على حاجز للجيش في مدينة درعا اليوم الثلاثاء عن مقتل أربعة جنود.")
    assert (event.location_ar, event.fatalities) == ("درعا", 4)


_UNDATED_HEADLINE = "أكدت وزارة الخارجية اختطاف مهندس ألماني يعمل لدى شركة نفطية في مدينة بنغازي"


@pytest.mark.parametrize(
    ("told_day", "dates"),
    [
        # published on a Tuesday: Saturday lies within the week the undated headline stands for
        ("مساء السبت", [dt.date(2019, 3, 9)]),
        # a day before that week tells another act, which the relative clause tells as known
        ("في الأول من فبراير", []),
    ],
)
def test_a_body_report_dates_the_undated_headline_within_its_week(events_of, told_day, dates) -> None:
    events = events_of(
        f"وقالت الوزارة إن سفارتها في بنغازي تعمل لضمان الإفراج عن الرجل الذي اختطف {told_day}.",
        title=_UNDATED_HEADLINE,
    )
    assert [e.date for e in events] == dates


def test_the_second_explosion_is_one_more_occurrence(events_of) -> None:
    events = events_of(
        "انفجرت سيارة مفخخة صباح اليوم في سوق بمدينة منبج، ما أدى إلى مقتل ثلاثة مدنيين. "
        "وبعد ساعات وقع الانفجار الثاني قرب دوار في مدينة إدلب ما أدى إلى مقتل خمسة أشخاص."
    )
    assert sorted(e.location_ar for e in events) == ["إدلب", "منبج"]


@pytest.mark.parametrize("result", ["أسفرت عن تدمير", "أدت إلى تدمير"])
def test_what_a_strike_destroyed_is_the_strike(candidate_events_of, result) -> None:
    (event,) = candidate_events_of(
        "قال سكان محليون إن طيران التحالف شن فجر اليوم الثلاثاء ثلاث غارات جوية على منزل قائد "
        f"عسكري في مدينة ذمار، {result} المنزل بالكامل وتضرر عدد من المنازل المجاورة."
    )
    assert (event.sub_event_type, event.location_ar) == ("Air/drone strike", "ذمار")


def test_a_destruction_told_as_another_sides_act_is_an_event_of_its_own(candidate_events_of) -> None:
    events = candidate_events_of(
        "شن طيران التحالف فجر اليوم الثلاثاء غارات جوية على معسكر للحوثيين في مدينة ذمار، "
        "فيما أقدم مسلحون حوثيون على تدمير منزل قائد عسكري في المدينة."
    )
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Looting/property destruction"]


# "إلى ذلك"، "من جهة أخرى": a roundup's turn to its next item
@pytest.mark.parametrize(
    "opening",
    ["وفي حادث منفصل،", "وفي حادث آخر،", "وفي واقعة ثانية،", "إلى ذلك،", "من جهة أخرى،", "وعلى صعيد آخر،"],
)
def test_another_incident_in_the_same_province_is_an_event_of_its_own(candidate_events_of, opening) -> None:
    events = candidate_events_of(
        "قتل ثلاثة جنود في هجوم مسلح على حاجز للجيش في مدينة بعقوبة اليوم الأحد. "
        f"{opening} هاجم مسلحون مجهولون دورية للشرطة قرب بلدة المقدادية."
    )
    assert sorted(e.location_ar for e in events) == ["المقدادية", "بعقوبة"]


def test_a_similar_strike_the_day_before_is_one_more_occurrence(candidate_events_of) -> None:
    events = candidate_events_of(
        "استشهد خمسة فلسطينيين اليوم الإثنين في غارة إسرائيلية استهدفت منزلا في مدينة دير البلح. "
        "وكان قصف إسرائيلي مماثل استهدف أمس الأحد منزلا في مخيم النصيرات، مما أسفر عن شهداء."
    )
    assert sorted(e.location_ar for e in events) == ["النصيرات", "دير البلح"]


@pytest.mark.parametrize("joined", ["جوية وبرية", "جوية، وبرية"])
def test_air_and_ground_attacks_named_together_are_two_acts(candidate_events_of, joined) -> None:
    events = candidate_events_of(f"وشنت قوات النظام أمس الجمعة هجمات {joined} عنيفة على مدينة حرستا.")
    assert sorted((e.sub_event_type, e.location_ar) for e in events) == [
        ("Air/drone strike", "حرستا"),
        ("Armed clash", "حرستا"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وشنت قوات النظام أمس الجمعة هجمات جوية عنيفة على مدينة حرستا.",
        "وشنت القوات الجوية والبرية أمس الجمعة غارات جوية على مدينة حرستا في ريف دمشق.",
    ],
)
def test_an_air_attack_alone_is_one_act(candidate_events_of, text) -> None:
    assert [e.sub_event_type for e in candidate_events_of(text)] == ["Air/drone strike"]


def test_a_clash_with_two_state_forces_on_one_side_is_one_event_per_pair(candidate_events_of) -> None:
    events = candidate_events_of(
        "ودارت ظهر اليوم اشتباكات عنيفة بين المسلحين والجيش وقوى الأمن الداخلي في بلدة عرسال."
    )
    assert sorted(e.actor2 for e in events) == ["Military Forces of Lebanon", "Police Forces of Lebanon"]


def test_two_state_forces_that_fight_each_other_are_one_pair(candidate_events_of) -> None:
    events = candidate_events_of("ودارت ظهر اليوم اشتباكات عنيفة بين الشرطة والجيش في مدينة دنقلا.")
    assert len(events) == 1


def test_an_act_a_speaker_condemns_beside_the_report_opens_no_event(events_of) -> None:
    events = events_of(
        "قصفت طائرات حربية صباح اليوم بلدة كفرنبل في ريف إدلب، ما أدى إلى مقتل ثلاثة مدنيين. "
        "وأدان المرصد بأشد العبارات استهداف المدنيين في مدينة سراقب."
    )
    assert [e.location_ar for e in events] == ["كفرنبل"]


def test_a_condemnation_whose_speaker_is_named_at_length_is_read_after_the_report(events_of) -> None:
    # the reacting verb stands seven words before the act it condemns, and the act's word is more
    # specific than the report's generic verb: read first, it would open an event of its own
    events = events_of(
        "قالت مصادر محلية إن مسلحين استهدفوا فجر اليوم سوقا في مدينة الفاشر ما أدى إلى مقتل 12 مدنيا. "
        "وأدانت الحكومة السودانية في بيان أصدرته وزارة الخارجية استهداف المدنيين العزل في مدينة كادقلي."
    )
    assert [e.location_ar for e in events] == ["الفاشر"]


def test_the_towns_that_celebrate_a_recapture_are_not_its_places(events_of) -> None:
    events = events_of(
        "استعاد الجيش السوداني اليوم السيطرة على مدينة ود مدني بعد معارك مع قوات الدعم السريع. "
        "وخرج الآلاف في بورتسودان وكسلا وعطبرة يحتفلون في الشوارع باستعادة الجيش السيطرة على المدينة."
    )
    assert [e.location_ar for e in events] == ["ود مدني"]


def test_a_condemnation_alone_is_the_report(events_of) -> None:
    (event,) = events_of(
        "أدانت وزارة الخارجية الهجوم الذي استهدف مسجدا في مدينة كركوك اليوم وأسفر عن مقتل عشرة مصلين."
    )
    assert (event.location_ar, event.fatalities) == ("كركوك", 10)


@pytest.mark.parametrize(
    "text",
    [
        "دان مجلس الوزراء بشدة التفجير الإرهابي الذي استهدف المصلين في أحد مساجد مدينة الموصل، معربا "
        "عن تضامنه مع أسر الضحايا.",
        "زار وزير الداخلية أمس مصابي حادثة التفجير الإرهابي التي استهدفت سوقا شعبيا في مدينة الحلة، "
        "واطمأن على صحتهم.",
        "استقبل المحافظ مساء أمس ذوي الجنود الذين قتلوا في الهجوم الإرهابي على نقطة تفتيش قرب مدينة العريش.",
        "دانت وزارة الخارجية بأشد العبارات الجريمة التي نفذها مسلحون في قرية الحمرا بريف حماة، وأدت إلى "
        "حرق منزل عائلة وإصابة أربعة من أفرادها بحروق.",
    ],
)
def test_a_known_act_others_condemn_or_attend_to_with_no_day_of_its_own_is_no_event(
    candidate_events_of, text: str
) -> None:
    # the day such a sentence names is the condemnation's or the visit's: the act, told by a
    # definite noun or a relative clause, was reported before
    assert candidate_events_of(text) == []


def test_an_act_a_condemnation_tells_as_news_is_the_report(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "دان الرئيس قصفا جويا استهدف قرية قرب مدينة زاخو وأسفر عن مقتل خمسة مدنيين."
    )
    assert event.location_ar == "زاخو"


def test_a_condemned_act_its_relative_clause_dates_is_the_report(candidate_events_of) -> None:
    events = candidate_events_of(
        "دانت وزارة الخارجية بأشد العبارات الجريمة التي نفذها مسلحون فجر اليوم في قرية الحمرا بريف حماة، "
        "وأدت إلى حرق منزل عائلة وإصابة أربعة من أفرادها بحروق."
    )
    assert [e.location_ar for e in events] == ["الحمرا"]


@pytest.mark.parametrize(
    "background",
    [
        "ويقيم في البلدة نازحون من مدينة تدمر التي استعادت القوات الحكومية السيطرة عليها.",
        "ويقيم في البلدة نازحون من مدينة حمص التي أغارت عليها الطائرات الروسية.",
    ],
)
def test_what_a_relative_clause_tells_beside_the_report_opens_no_event(events_of, background) -> None:
    events = events_of(
        "قصفت طائرات حربية صباح اليوم بلدة كفرنبل في ريف إدلب، ما أدى إلى مقتل ثلاثة مدنيين. " + background
    )
    assert [e.location_ar for e in events] == ["كفرنبل"]


def test_a_headline_the_body_does_not_tell_is_no_event(events_of) -> None:
    events = events_of(
        "أصدرت منظمة حقوقية تقريرا اليوم عن أوضاع النازحين في المنطقة، وطالبت بفتح الطرق أمام المساعدات.",
        title="تقرير: مسلحون هاجموا أكثر من مائة قرية في شمال دارفور",
    )
    assert events == []


def test_a_headline_alone_is_the_report() -> None:
    article = Article(id="t", title="مقتل ثلاثة جنود في هجوم مسلح على حاجز للجيش في مدينة الفاشر", text="")
    (event,) = default_pipeline().run(article).events
    assert event.location_ar == "الفاشر"


def test_strikes_the_article_tells_without_an_author_are_its_main_agents(events_of) -> None:
    events = events_of(
        "شنت طائرات حربية روسية غارات على بلدة كفرنبل في ريف إدلب صباح اليوم. "
        "كما استهدفت غارات جوية قرية حاس في ريف إدلب ظهر اليوم."
    )
    assert {e.location_ar: e.actor1 for e in events} == {
        "كفرنبل": "Military Forces of Russia",
        "حاس": "Military Forces of Russia",
    }


def test_a_generic_strike_takes_the_means_the_article_names_elsewhere(events_of) -> None:
    (event,) = events_of(
        "قتل عشرات المدنيين اليوم في استهداف سوق شعبي في مدينة حجة. "
        "وقالت مصادر محلية إن طيران التحالف حلق فوق المدينة قبل الانفجار."
    )
    assert event.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # no means named: the coalition bombards Yemen from the air, the Houthis have no aircraft
        ("قصف التحالف مواقع للحوثيين في مدينة صعدة اليوم ما أدى إلى مقتل خمسة مسلحين.", "Air/drone strike"),
        (
            "قصف الحوثيون أحياء سكنية في مدينة تعز اليوم ما أدى إلى مقتل خمسة مدنيين.",
            "Shelling/artillery/missile attack",
        ),
        # artillery named in the article is the coalition's means
        (
            "قصف التحالف مواقع للحوثيين في مدينة صعدة اليوم ما أدى إلى مقتل خمسة مسلحين. "
            "وقالت مصادر محلية إن مدفعية التحالف استهدفت المدينة.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_a_generic_strike_with_no_means_named_takes_its_authors_means(events_of, text, sub_type) -> None:
    (event,) = events_of(text, published="2015-07-20")
    assert event.sub_event_type == sub_type


def test_the_authors_means_chooses_between_several_the_article_names(events_of) -> None:
    (event,) = events_of(
        "قتل أمس الأحد ثلاثة مدنيين في قصف إسرائيلي على منزل في مدينة خان يونس جنوب قطاع غزة. "
        "ويشن الجيش الإسرائيلي منذ أشهر غارات جوية وهجمات صاروخية على أنحاء القطاع.",
        published="2024-09-30",
    )
    assert event.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        # the aircraft told beside the Houthis are the coalition's, not the means of their shelling
        "قتل عشرة مدنيين اليوم جراء قصف الحوثيين لأحياء سكنية في مدينة عدن. "
        "وقصف الحوثيون، الذين يواجهون هجوما بدعم من طيران التحالف، أحياء المدينة.",
        "قتل عشرة مدنيين اليوم جراء قصف مسلحي الحوثي لأحياء سكنية شمال مدينة عدن. "
        "وقال سكان إن ضربات طيران التحالف أجبرت الحوثيين على التراجع.",
    ],
)
def test_a_side_with_no_aircraft_shelled_when_its_own_reports_say_so(events_of, text) -> None:
    (event,) = events_of(text, published="2015-07-20")
    assert (event.sub_event_type, event.actor1) == ("Shelling/artillery/missile attack", "Houthis")


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # an ally read first: the air force its report names
        (
            "بدأت قوات النظام وحزب الله اللبناني اليوم هجوما على مدينة الزبداني، ترافق مع قصف جوي عنيف.",
            ("Military Forces of Syria", "Hezbollah"),
        ),
        # the target read first: the one air force of the country's war, else an unidentified one
        (
            "واستهدف الطيران اليوم مواقع وتعزيزات عسكرية شمال مدينة الضالع، واستهدف القصف أيضا موقعا "
            "للحوثيين بمنطقة سناح.",
            ("Saudi-led Coalition", "Houthis"),
        ),
        (
            "قال المرصد إن قياديا في تنظيم داعش وخمسة متطرفين آخرين قتلوا اليوم في غارة جوية "
            "قرب مدينة الحسكة.",
            ("Unidentified Armed Group (Syria)", "Islamic State"),
        ),
    ],
)
def test_an_air_strike_read_with_a_side_that_has_no_aircraft_is_the_air_forces(
    events_of, text, actors
) -> None:
    (event,) = events_of(text, published="2015-07-20")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Air/drone strike", *actors)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("قصف الحوثيون بطائرة مسيرة مطار أبها اليوم.", "Houthis"),
        # the subject of أغار with no aircraft named raided the town on the ground
        (
            "وقال النائب إن بوكو حرام أغارت مساء أمس على مدينة مايدوغوري في نيجيريا، وقتلت أكثر من 20 شخصا.",
            "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
        ),
    ],
)
def test_a_drone_strike_or_a_raid_stays_with_a_side_that_has_no_aircraft(events_of, text, author) -> None:
    (event,) = events_of(text, published="2015-07-20")
    assert event.actor1 == author


def test_a_suicide_bombing_read_with_a_state_force_is_the_armed_groups(events_of) -> None:
    (event,) = events_of(
        "ويعد الجيش التشادي في مقدمة المشاركين في العملية ضد جماعة بوكو حرام التي كثفت من هجماتها "
        "الانتحارية، كالهجوم الذي وقع اليوم في مايدوغوري حيث قتل شخصان بعدما فجر انتحاريان نفسيهما "
        "في محطة حافلات.",
        published="2015-07-20",
    )
    assert (event.sub_event_type, event.actor1) == (
        "Suicide bomb",
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
    )


def test_a_headline_without_a_place_joins_the_bodys_town_not_the_dateline(events_of) -> None:
    events = events_of(
        "حلب - قُتل أربعة مدنيين اليوم جراء غارة جوية نفذتها طائرات حربية على بلدة الأتارب في ريف حلب الغربي.",
        title="قتلى مدنيون في غارة جوية للطيران الحربي",
    )
    assert [(e.location, e.fatalities) for e in events] == [("Al Atārib", 4)]


@pytest.mark.parametrize(
    ("body", "title", "toll"),
    [
        (  # "tens of dead" in the headline, counted in the body
            "حلب - قتل سبعة عشر مدنيا اليوم جراء غارة جوية نفذتها طائرات حربية على بلدة الأتارب بريف حلب.",
            "عشرات القتلى في غارة جوية على الأتارب",
            17,
        ),
        (  # one named victim in the lead, counted later
            "قتل قيادي في الفصيل جراء غارة جوية نفذتها طائرات حربية على بلدة الأتارب بريف حلب. "
            "وقالت مصادر محلية إن الغارة أسفرت عن مقتل ثلاثة من عناصر الفصيل بينهم القيادي.",
            "",
            3,
        ),
        (  # "tens killed" in the headline, counted in the body
            "حلب - قتل سبعة عشر مدنيا اليوم جراء غارة جوية نفذتها طائرات حربية على بلدة الأتارب بريف حلب.",
            "مقتل العشرات في غارة جوية على الأتارب",
            17,
        ),
        (  # the body says the headline's toll rose
            "حلب - ارتفعت حصيلة الغارة الجوية التي استهدفت سوق بلدة الأتارب بريف حلب أمس إلى 23 قتيلا.",
            "18 قتيلا في غارة جوية على الأتارب",
            23,
        ),
    ],
)
def test_a_later_report_replaces_a_tentative_or_earlier_toll(
    events_of, body: str, title: str, toll: int
) -> None:
    events = events_of(body, title=title)
    assert [(e.location, e.fatalities) for e in events] == [("Al Atārib", toll)]


def test_the_lead_places_the_event_not_the_city_a_later_source_speaks_from(candidate_events_of) -> None:
    # "الغارات" is read first (a specific noun), but the lead names the town where it happened.
    events = candidate_events_of(
        "قتل خمسة مدنيين اليوم في قصف استهدف سوقا في بلدة الأتارب بريف حلب. "
        "وقالت مصادر محلية في مدينة حلب إن الغارات دمرت عدة محال."
    )
    assert [(e.location, e.fatalities) for e in events] == [("Al Atārib", 5)]


def test_the_head_of_a_compound_name_is_not_a_village_of_that_one_word(candidate_events_of) -> None:
    # "دار" (a house) alone is a hamlet of Taiz; "دار سعد" is Aden's district (GeoNames' "مديرية دار
    # سعد", keyed without its designator too).
    events = candidate_events_of("قتل عشرة مدنيين أمس في قصف استهدف منطقة دار سعد شمال مدينة عدن.")
    assert {(e.location, e.admin1) for e in events} == {("Dar Sad", "Aden")}


def test_an_arrest_does_not_take_the_toll_of_the_bombing_it_follows(candidate_events_of) -> None:
    events = candidate_events_of(
        "اعتقلت الشرطة العراقية أمس خمسة من المتورطين في تفجير سوق بلدة خان بني سعد "
        "الذي أسفر عن مقتل 120 شخصا."
    )
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and all(e.fatalities is None for e in arrests)


def test_an_event_in_a_country_the_lexicons_do_not_list_takes_its_gazetteer_country(
    candidate_events_of,
) -> None:
    [event] = candidate_events_of("قتل 9 أشخاص أمس في انفجار قنبلة داخل سوق شعبي في مدينة أكرا.")
    assert (event.country, event.actor2) == ("GH", "Civilians (Ghana)")


def test_a_coastal_west_african_country_is_where_its_attack_happened(candidate_events_of) -> None:
    [event] = candidate_events_of("قتل 12 جنديا أمس في هجوم شنه مسلحون على موقع للجيش في شمال توغو.")
    assert event.country == "TG"


def test_shelling_told_beside_a_clash_is_an_event_of_its_own(candidate_events_of) -> None:
    events = candidate_events_of(
        "اندلعت اشتباكات عنيفة بين الجيش ومسلحي الحركة في مدينة كادقلي اليوم. "
        "وقتل 12 مدنيا جراء قصف على أحياء المدينة."
    )
    assert {e.event_type for e in events} == {"Battles", "Explosions/Remote violence"}


def test_a_burning_rampage_that_killed_someone_is_an_attack(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "أحرق مستوطنون منازل ومركبات في بلدة ترمسعيا شمال رام الله اليوم. "
        "واستشهد شاب في الهجوم الذي نفذه المستوطنون على البلدة."
    )
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.fatalities == 1


def test_fighting_recalled_as_background_does_not_retype_a_shelling(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "قتل 12 مدنيا جراء قصف على مدينة كادقلي اليوم. "
        "وتعاني الولاية من اضطرابات متكررة نتيجة المواجهات المسلحة."
    )
    assert event.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (  # the claim names the bomber who drove the truck
            "قتل 14 شرطيا أمس الأحد في انفجار شاحنة مفخخة عند مدخل مركز للشرطة في مدينة بعقوبة. "
            "وقال التنظيم في بيان إن الانتحاري الذي فجر الشاحنة المفخخة يدعى أبو عمر.",
            "Suicide bomb",
        ),
        (  # the claim says the car was parked, whatever the lead calls the attack
            "قتل 9 أشخاص أمس الأحد في هجوم انتحاري بسيارة ملغومة في سوق شعبي بمدينة بعقوبة. "
            "وقال التنظيم في بيان إن عناصره فجروا سيارة مفخخة مركونة قرب السوق.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_a_car_bomb_is_a_suicide_bomb_when_driven_an_ied_when_parked(
    candidate_events_of, text: str, sub_type: str
) -> None:
    events = candidate_events_of(text)
    assert events and all(e.sub_event_type == sub_type for e in events)


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (  # the bomber blew up at the checkpoint, then his comrades fired rockets at it
            "قتل 12 جنديا اليوم في هجوم انتحاري على حاجز للجيش في مدينة العريش. "
            "وقالت مصادر أمنية إن انتحاريا فجر نفسه عند الحاجز ثم أطلق مسلحون القذائف الصاروخية "
            "على الجنود.",
            "Armed clash",
        ),
        (  # the bombing alone
            "قتل 12 جنديا اليوم في هجوم انتحاري على حاجز للجيش في مدينة العريش. "
            "وقالت مصادر أمنية إن انتحاريا فجر نفسه عند الحاجز.",
            "Suicide bomb",
        ),
        (  # a roadside bomb, then the ambushers opened fire on the patrol
            "قتل 4 جنود اليوم في انفجار عبوة ناسفة استهدفت دورية للجيش قرب مدينة الشيخ زويد. "
            "وقالت مصادر أمنية إن مسلحين أطلقوا الرصاص بكثافة على الدورية بعد الانفجار.",
            "Armed clash",
        ),
        (  # the roadside bomb alone
            "قتل 4 جنود اليوم في انفجار عبوة ناسفة استهدفت دورية للجيش قرب مدينة الشيخ زويد.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_a_bombing_with_gunfire_is_an_armed_clash(candidate_events_of, text: str, sub_type: str) -> None:
    assert [e.sub_event_type for e in candidate_events_of(text)] == [sub_type]


def test_one_suicide_car_bomb_among_several_leaves_the_others_ieds(candidate_events_of) -> None:
    text = (
        "قتل 7 أشخاص أمس الأحد في انفجار سيارة مفخخة في سوق بمدينة بعقوبة. وفي حادث آخر قتل 3 جنود "
        "عندما فجر انتحاري سيارة مفخخة عند حاجز في مدينة سامراء. كما انفجرت سيارة مفخخة في "
        "مدينة تكريت ما أدى إلى مقتل 4 أشخاص."
    )
    types = sorted(e.sub_event_type for e in candidate_events_of(text))
    assert types == ["Remote explosive/landmine/IED"] * 2 + ["Suicide bomb"]


def test_a_raid_told_beside_the_fighting_it_met_is_the_clash(candidate_events_of) -> None:
    text = (
        "استشهد شاب وأصيب آخرون في اقتحام قوات الاحتلال مدينة جنين فجر الثلاثاء. "
        "وذكرت مصادر محلية أن اشتباكات مسلحة عنيفة اندلعت بين مقاومين وقوات الاحتلال في المدينة."
    )
    assert [e.sub_event_type for e in candidate_events_of(text)] == ["Armed clash"]


def test_a_killing_a_type_rule_read_as_an_attack_is_no_retelling_of_the_clash(candidate_events_of) -> None:
    events = candidate_events_of(
        "اندلعت اشتباكات مسلحة عنيفة بين مقاومين وقوات الاحتلال في مدينة نابلس فجر اليوم. "
        "وقال مدير المستشفى إن الشاب محمد أحمد استشهد برصاص الاحتلال، وأصيب 5 آخرون خلال الاقتحام."
    )
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Attack"]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("تبنى التنظيم هجوماً على ثكنة للجيش في مدينة كيدال أمس.", "Armed clash"),
        ("شنت الطائرات هجوماً جوياً على مواقع المسلحين في مدينة كيدال أمس.", "Air/drone strike"),
        ("أعلن التنظيم أن انتحارياً فجر نفسه قرب ثكنة للجيش في مدينة كيدال أمس.", "Suicide bomb"),
    ],
)
def test_an_event_noun_in_the_indefinite_accusative_is_its_trigger(
    candidate_events_of, text, sub_event_type
) -> None:
    # هجوماً، انتحارياً: the object of a verb takes the accusative alif, which is no pronoun or
    # clitic the segmenter strips.
    assert [e.sub_event_type for e in candidate_events_of(text)] == [sub_event_type]


def test_a_takeover_told_again_as_a_withdrawal_is_one_event(events_of) -> None:
    events = events_of(
        "سيطر مسلحو تنظيم داعش اليوم على مدينة الرمادي بعد معارك عنيفة مع القوات العراقية. "
        "وسيطر التنظيم على مقر قيادة الشرطة في مدينة الرمادي بعد انسحاب القوات الأمنية منه."
    )
    assert [(e.location_ar, e.sub_event_type) for e in events] == [
        ("الرمادي", "Non-state actor overtakes territory")
    ]


def test_protests_in_scattered_places_sum_up_the_towns_the_article_names(events_of) -> None:
    summary = "خرجت مظاهرات في مناطق متفرقة شرقي دير الزور اليوم احتجاجا على تردي الوضع الأمني."
    events = events_of(summary + " وتظاهر العشرات في بلدتي الشحيل وذيبان للمطالبة بمحاسبة المسؤولين.")
    assert sorted(e.location_ar for e in events) == ["الشحيل", "ذيبان"]
    assert [e.location_ar for e in events_of(summary)] == ["دير الزور"]


def test_a_bombing_retyped_as_the_clash_it_was_part_of_joins_that_clash(events_of) -> None:
    """The bombing opened an event of its own (another type than the clash); once its gunfire makes
    it an armed clash, it is the clash told again, at the same place and day."""
    events = events_of(
        "قتل 5 جنود أمس الاثنين في اشتباكات مع مسلحين هاجموا كمينا للجيش في مدينة الشيخ زويد بشمال سيناء.\n"
        "وأوضح مصدر أمني أن انتحاريا فجر سيارة مفخخة في الكمين، ثم أطلق المسلحون قذائف الهاون على الجنود."
    )
    assert [(e.sub_event_type, e.location_ar, e.fatalities) for e in events] == [
        ("Armed clash", "الشيخ زويد", 5)
    ]


def test_the_state_that_regains_a_town_after_a_fight_told_first_is_actor1(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "ويأتي دخول الجيش إلى مدينة سنجة اليوم بعد معارك عنيفة استمرت ثلاثة أيام أمام قوات الدعم "
        "السريع. واحتفل السكان في الشوارع باستعادة الجيش السيطرة على مدينة سنجة."
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Government regains territory",
        "Military Forces of Sudan",
        "Rapid Support Forces",
    )


# شرناخ: the Kurdish press's spelling of Şırnak beside شرناق
@pytest.mark.parametrize(("province", "admin1"), [("أغري", "Agri"), ("شرناخ", "Sirnak")])
def test_a_province_a_later_report_names_places_an_event_the_article_placed_by_default(
    events_of, province, admin1
) -> None:
    (event,) = events_of(
        "قتل جنديان تركيان وأصيب عشرة في هجوم شنه مسلحون خلال الليل في شرق تركيا. وقال مكتب والي إقليم"
        f" {province} إن الهجوم استهدف موقعا للجيش. وقالت الحكومة في أنقرة إنها ستلاحق المهاجمين."
    )
    assert (event.admin1, event.geo_precision) == (admin1, 3)


def test_an_explosion_told_after_a_shelling_keeps_it_a_shelling(events_of) -> None:
    # انفجار is a generic word: its IED is only a default, no more than the shells the lead names.
    (event,) = events_of(
        "أصيب مواطن بجروح إثر سقوط قذائف أطلقت من داخل الحدود على قرية المروة في محافظة الحرث أمس. "
        "وأوضح الدفاع المدني أن الانفجار ألحق أضرارا بعدد من المنازل في قرية المروة.",
        published="2015-07-25",
    )
    assert event.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    "text",
    [
        "وخرجت مظاهرات واسعة اليوم الخميس في مدينة كسلا، للمطالبة بالحكم المدني ورفضا للانقلاب العسكري.",
        "وخرجت مظاهرات اليوم الخميس في مدن عدة، بينها العاصمة الخرطوم، تنديدا بالانقلاب العسكري.",
    ],
)
def test_what_a_crowd_protests_is_no_occurrence_of_its_own(rule_events_of, text: str) -> None:
    assert [e.sub_event_type for e in rule_events_of(text)] == ["Peaceful protest"]


def test_a_later_report_naming_the_bombers_group_replaces_the_unnamed_attacker(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "قتل 12 جنديا في هجوم بسيارة مفخخة فجرها انتحاري عند حاجز للجيش جنوب مدينة العريش اليوم. "
        "وأوضح مصدر أمني أن الانتحاري ينتمي إلى تنظيم أنصار بيت المقدس وقد فجر السيارة عند الحاجز."
    )
    assert event.actor1 == "Islamic State (Sinai Province)"


def test_the_group_a_headline_gives_the_attacks_to_is_the_unnamed_bombers(candidate_events_of) -> None:
    events = candidate_events_of(
        "قتل عشرة أشخاص اليوم في هجوم انتحاري على محطة للكهرباء في بلدة الدبس شمال العراق، وقال "
        "مسؤول محلي إن انتحاريين اثنين هاجموا المحطة.",
        title="هجمات انتحارية لداعش في كركوك",
    )
    assert {e.actor1 for e in events} == {"Islamic State"}


def test_a_group_a_headline_names_beside_the_act_is_no_author(candidate_events_of) -> None:
    events = candidate_events_of(
        "خطف مسلحون مجهولون مواطنا أجنبيا في مدينة نيامي عاصمة النيجر اليوم.",
        title="مخاوف من نقله لمناطق سيطرة داعش.. اختطاف أجنبي في النيجر",
    )
    assert "Islamic State" not in {e.actor1 for e in events}


def test_a_town_regained_takes_the_group_the_article_names_as_its_second_actor(candidate_events_of) -> None:
    """ACLED names the losing side of every territory change: where the sentence of the recapture
    names none, the article's other armed party is it."""
    events = candidate_events_of(
        "استعاد الجيش السوداني اليوم السبت السيطرة على مدينة سنجة عاصمة ولاية سنار. وتعرضت المدينة أمس "
        "لقصف مدفعي من قوات الدعم السريع أسفر عن مقتل خمسة مدنيين."
    )
    regained = next(e for e in events if e.sub_event_type == "Government regains territory")
    assert (regained.actor1, regained.actor2) == ("Military Forces of Sudan", "Rapid Support Forces")


def test_protesters_killed_by_a_force_the_report_does_not_name_met_the_police(events_of) -> None:
    (event,) = events_of("قتل متظاهران وأصيب آخرون خلال احتجاجات في مدينة أم درمان اليوم الخميس.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Excessive force against protesters",
        "Protesters (Sudan)",
        "Police Forces of Sudan",
    )


def _actor2_after_defaults(
    sub_event_type: str, actor1: str, country: str, parties: list[str], actor2: str | None = None
) -> str | None:
    """The second actor `_default_actors` gives an event of an article whose armed parties are `parties`."""
    event_type = acled.sub_event_types()[sub_event_type]
    event = Event(event_type, sub_event_type, actor1=actor1, actor2=actor2, country=country)
    return _default_actors(event, load_lexicon(), parties, {}).actor2


def test_a_mob_attack_with_no_target_named_falls_on_civilians() -> None:
    assert _actor2_after_defaults("Mob violence", "Rioters (Egypt)", "EG", []) == "Civilians (Egypt)"


@pytest.mark.parametrize(
    ("country", "actor1", "read_as_actor2", "foe"),
    [
        # a state's army and its police are one side
        ("EG", "Military Forces of Egypt", "Police Forces of Egypt", "Islamic State"),
        # a side named again under an established synonym ("التحالف السعودي") is the same side
        ("YE", "Saudi-led Coalition", "Military Forces of Saudi Arabia", "Houthis"),
    ],
)
def test_a_clash_never_sets_a_side_against_itself(country, actor1, read_as_actor2, foe) -> None:
    parties = [actor1, read_as_actor2, foe]
    actor2 = _actor2_after_defaults("Armed clash", actor1, country, parties, actor2=read_as_actor2)
    assert actor2 == foe


def test_a_force_read_beside_an_abduction_is_not_whom_it_took(events_of) -> None:
    (event,) = events_of(
        "اختطف مسلحون مجهولون طبيبا من أمام مستشفى قرب مقر للشرطة في مدينة سبها صباح اليوم الأحد."
    )
    assert (event.sub_event_type, event.actor2) == ("Abduction/forced disappearance", "Civilians (Libya)")


def test_arrests_a_crowd_is_named_as_making_are_its_not_the_polices(candidate_events_of) -> None:
    # "على يد" names the protesters as who held the reporters: no state's police is put in
    text = "وتحدثت مصادر صحفية عن احتجاز ثلاثة صحفيين على يد متظاهرين غاضبين وسط مدينة الإسكندرية."
    [event] = candidate_events_of(text)
    assert (event.sub_event_type, event.actor1) == ("Abduction/forced disappearance", "Rioters (Egypt)")


def test_soldiers_an_armed_group_abducted_stay_an_abduction_of_civilians(candidate_events_of) -> None:
    # ACLED never codes an abduction against a force: soldiers taken on duty are an armed clash
    # with their army (two rows of its 2020 sample), one taken off duty a civilian. rasd does not
    # read whether the captives are the force's members on duty, so the abduction keeps its
    # civilians rather than pair the army with a sub-type ACLED never gives it.
    text = "خطف مسلحون من جبهة النصرة جنديين من الجيش اللبناني في بلدة عرسال أمس."
    (event,) = (e for e in candidate_events_of(text) if e.sub_event_type == "Abduction/forced disappearance")
    assert (event.actor1, event.actor2) == ("Jabhat al-Nusra", "Civilians (Lebanon)")


@pytest.mark.parametrize(
    ("sub_event_type", "read_as_actor2"),
    [
        ("Attack", "Military Forces of Israel"),
        ("Abduction/forced disappearance", "Islamic State"),
    ],
)
def test_an_attack_on_civilians_strikes_no_armed_side(sub_event_type, read_as_actor2) -> None:
    actor2 = _actor2_after_defaults(sub_event_type, "Settlers (Israel)", "PS", [], actor2=read_as_actor2)
    assert actor2 == "Civilians (Palestine)"


def test_an_attack_on_a_crowd_keeps_its_protesters() -> None:
    actor2 = _actor2_after_defaults(
        "Attack", "Unidentified Armed Group (Lebanon)", "LB", [], actor2="Protesters (Lebanon)"
    )
    assert actor2 == "Protesters (Lebanon)"


def test_a_rival_government_is_another_side_of_the_state() -> None:
    haftar = "Military Forces of Libya (2014-) Haftar Faction"
    parties = ["Military Forces of Libya", haftar]
    actor2 = _actor2_after_defaults("Government regains territory", "Military Forces of Libya", "LY", parties)
    assert actor2 == haftar


def test_the_other_sides_shelling_of_the_city_is_an_event_of_its_own(candidate_events_of) -> None:
    events = candidate_events_of(
        "قتل 15 مدنيا اليوم الخميس في غارات جوية لقوات النظام على حي الشعار في مدينة حلب. "
        "وقتل 6 آخرون جراء قذائف أطلقتها الفصائل المقاتلة على أحياء تحت سيطرة قوات النظام في غرب حلب."
    )
    pairs = sorted((e.sub_event_type, e.actor1) for e in events)
    assert pairs == [
        ("Air/drone strike", "Military Forces of Syria"),
        ("Shelling/artillery/missile attack", "Opposition Rebels (Syria)"),
    ]


def test_a_massacre_by_the_side_the_strikes_hit_keeps_its_own_toll(candidate_events_of) -> None:
    # The strikes told first fell on the Houthis; the massacre the Houthis committed is their act,
    # and its dead are not the strikes'.
    events = candidate_events_of(
        "شنت مقاتلات التحالف العربي صباح اليوم عشر غارات على مواقع الحوثيين في مدينة عدن. "
        "وارتكبت ميليشيات الحوثيين مجزرة في مدينة عدن بعدما قصفت حي المنصورة بالصواريخ ما أدى إلى "
        "مقتل 21 مدنيا."
    )
    tolls = sorted((e.actor1 or "", e.fatalities or 0) for e in events)
    assert tolls == [("Houthis", 21), ("Saudi-led Coalition", 0)]


def test_an_attack_told_as_foiled_is_no_second_event(candidate_events_of) -> None:
    text = (
        "فجر انتحاري نفسه صباح اليوم عند بوابة قاعدة عسكرية في مدينة أفجوي مما أدى إلى مقتل جنديين."
        " وقال قائد القاعدة إنه تم إحباط الهجوم ولم يتمكن الانتحاري من دخول القاعدة."
    )
    assert [e.sub_event_type for e in candidate_events_of(text, "2012-06-16")] == ["Suicide bomb"]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # An air strike nobody claims is the one air force of its war's, else an unidentified group's.
        (
            "استشهد أربعة مواطنين بينهم طفلان في غارة جوية استهدفت منزلا في مدينة رفح "
            "جنوب قطاع غزة فجر اليوم.",
            "Military Forces of Israel",
        ),
        (
            "قتل خمسة مدنيين في غارة جوية استهدفت سوقا شعبيا في مدينة الفاشر صباح اليوم.",
            "Unidentified Armed Group (Sudan)",
        ),
        # Unnamed assailants of an attack in Israel are Palestinian.
        (
            "قتل إسرائيلي وأصيب آخران في هجوم طعن نفذه مهاجم في مدينة بئر السبع جنوب إسرائيل اليوم الخميس، "
            "وقالت الشرطة إن المهاجم فر من المكان.",
            "Unidentified Armed Group (Palestine)",
        ),
    ],
)
def test_an_author_nobody_names_is_acled_s_for_the_country(events_of, text: str, actor1: str) -> None:
    (event,) = events_of(text, published="2024-05-02")
    assert event.actor1 == actor1


def test_a_headline_at_the_province_seat_is_the_body_town_told_again(events_of) -> None:
    # "جنوب إدلب" in the headline names the province by its seat; the body names the town.
    events = events_of(
        "قتل تسعة جنود أتراك اليوم الخميس في هجوم جوي لقوات النظام السوري في إدلب. وقالت مصادر محلية "
        "إن الطائرات الحربية قصفت رتلا عسكريا قرب بلدة بليون في ريف إدلب الجنوبي.",
        title="مقتل تسعة جنود أتراك بقصف جوي جنوب إدلب",
        published="2019-03-14",
    )
    assert [(e.location_ar, e.fatalities) for e in events] == [("بليون", 9)]


def test_suicide_attacks_headlined_at_the_seat_are_the_district_attack(events_of) -> None:
    events = events_of(
        "شن تنظيم داعش صباح اليوم الخميس هجمات انتحارية في مناطق متفرقة من محافظة كركوك. "
        "وفجر انتحاري نفسه داخل مبنى البلدية في قضاء الدبس.",
        title="داعش يشن هجمات انتحارية في كركوك",
        published="2019-03-14",
    )
    assert [e.location_ar for e in events] == ["الدبس"]


def test_the_seat_of_whoever_counted_the_dead_is_the_town_told_again(events_of) -> None:
    # the health office in Aden counts the dead of the shelling of Dar Saad, in the same sentence
    events = events_of(
        "وقال القيادي إن ميليشيات الحوثي ارتكبت أمس مجزرة بحق المدنيين في دار سعد بقصف عشوائي بصواريخ "
        "الكاتيوشا، مبينا أن دار سعد منطقة تتبع لمحافظة عدن، حيث أعلن مكتب الصحة في عدن عن مقتل 43 مدنيا "
        "وإصابة 170 آخرين في قصف الميليشيات لأحياء سكنية بصواريخ الكاتيوشا في دار سعد مساء أمس الأول.",
        title="قتلى مدنيون بقصف حوثي",
        published="2015-07-20",
    )
    assert [(e.location_ar, e.fatalities) for e in events] == [("دار سعد", 43)]


@pytest.mark.parametrize(
    "text",
    [
        "قال مصدر أمني اليوم إن تفجيرا في مدينة كركوك أسفر عن مقتل 5 أشخاص.",  # the blast's own place
        "شيع أهالي قرية كفر قدوم أمس الشاب الذي قتل برصاص قوات الاحتلال.",  # the mourners' village
    ],
)
def test_a_place_past_the_source_s_phrase_is_no_seat_of_the_source(events_of, text: str) -> None:
    assert all(SOURCE_SEAT_RULE not in e.rules for e in events_of(text, published="2019-03-14"))


def test_a_seat_told_as_the_place_of_its_own_act_is_no_counter_s_seat(events_of) -> None:
    # one toll for both, but Kirkuk is where "5 others" died, not where someone counted Hawija's dead
    events = events_of(
        "قتل 5 أشخاص بتفجير سيارة مفخخة في قضاء الحويجة، فيما قتل 5 آخرون بتفجير عبوة ناسفة في "
        "مدينة كركوك اليوم.",
        published="2019-03-14",
    )
    assert sorted((e.location_ar, e.fatalities) for e in events) == [("الحويجة", 5), ("كركوك", 5)]


def test_a_bombing_at_the_seat_with_a_toll_of_its_own_stays_an_event(events_of) -> None:
    events = events_of(
        "قتل 19 شخصا اليوم الخميس في تفجير سيارة مفخخة في سوق مزدحم وسط مدينة كركوك. "
        "وقتل أربعة أشخاص بتفجير سيارة مفخخة في قضاء الدبس بمحافظة كركوك.",
        title="مقتل 19 شخصا بتفجيرات في كركوك",
        published="2019-03-14",
    )
    assert sorted((e.location_ar, e.fatalities) for e in events) == [("الدبس", 4), ("كركوك", 19)]


def test_a_merged_actor_keeps_the_words_it_was_read_from() -> None:
    # The kept report's civilians were defaulted from its toll (no words); the other report names a
    # force as its target: the merged event keeps the civilians, so it must not show the force's words.
    kept = Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        actor1="Islamic State",
        actor1_ar="تنظيم داعش",
        actor2="Civilians (Iraq)",
        fatalities=5,
    )
    new = replace(kept, actor1=None, actor1_ar=None, actor2="Police Forces of Iraq", actor2_ar="الشرطة")
    merged = _merge(kept, new, load_lexicon())
    assert (merged.actor1_ar, merged.actor2, merged.actor2_ar) == ("تنظيم داعش", "Civilians (Iraq)", None)
    assert _merge(replace(kept, actor2=None), new, load_lexicon()).actor2_ar == "الشرطة"


def test_a_merged_event_tells_each_sentence_once() -> None:
    # The lead was joined with a later sentence before; a third report of that later sentence must
    # not repeat it in the evidence a coder reads.
    lead = "قال مسؤولون إن 14 جنديا قتلوا في ضربة جوية على معسكر للجيش."
    detail = "ونفذت الضربة الجوية صباح اليوم في منطقة بركي برك."
    kept = Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        fatalities=14,
        evidence=f"{lead} … {detail}",
    )
    merged = _merge(kept, replace(kept, evidence=detail), load_lexicon())
    assert merged.evidence == f"{lead} … {detail}"


def test_a_takeover_told_without_its_taker_takes_none_from_the_fight_around_it() -> None:
    # "وتمت السيطرة على الحي" names no taker; the clash told there names the side that lost it first.
    takeover = Event(
        event_type="Battles",
        sub_event_type="Non-state actor overtakes territory",
        actor2="Houthis",
        location_ar="التواهي",
    )
    clash = replace(
        takeover, sub_event_type="Armed clash", actor1="Houthis", actor2="Popular Resistance (Yemen)"
    )
    assert _merge(takeover, clash, load_lexicon()).actor1 is None
    taker = replace(
        takeover, actor1="Popular Resistance (Yemen)", sub_event_type="Government regains territory"
    )
    assert _merge(takeover, taker, load_lexicon()).actor1 == "Popular Resistance (Yemen)"


def test_a_lead_known_only_by_its_province_leaves_the_headline_city() -> None:
    # "مركز تدريب": a training centre read as an unknown place of the province is no suburb of it.
    headline = Event(
        event_type="Explosions/Remote violence",
        location="Mosul",
        location_ar="الموصل",
        admin1="Nineveh",
        latitude=36.34,
        longitude=43.13,
        geo_precision=1,
        evidence_spans=(Span(0, 10, "بالموصل", "title"),),
    )
    lead = replace(
        headline,
        location=None,
        location_ar="تدريب",
        latitude=36.3,
        longitude=43.1,
        geo_precision=3,
        evidence_spans=(Span(0, 10, "مركز تدريب"),),
    )
    suburb = replace(lead, location="Hammam al-Alil", location_ar="حمام العليل", geo_precision=2)
    assert not _places_it_better(headline, lead)
    assert _places_it_better(headline, suburb)


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (  # car bombs and the arms of an assault on army posts: the assault with fighting
            "هاجم مسلحون صباح اليوم عددا من الكمائن للجيش في مدينة العريش باستخدام عربات مفخخة "
            "وأسلحة مختلفة، ما أسفر عن مقتل 10 جنود.",
            "Armed clash",
        ),
        (  # the car bombs alone
            "هاجم مسلحون صباح اليوم عددا من الكمائن للجيش في مدينة العريش باستخدام عربات مفخخة، "
            "ما أسفر عن مقتل 10 جنود.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_car_bombs_with_assorted_arms_are_an_assault_with_fighting(
    candidate_events_of, text: str, sub_type: str
) -> None:
    assert [e.sub_event_type for e in candidate_events_of(text)] == [sub_type]


def test_suicide_attacks_beside_the_fight_their_group_wages_in_the_town_are_that_clash(
    candidate_events_of,
) -> None:
    events = candidate_events_of(
        "قتل 16 شخصا اليوم في هجمات انتحارية شنها تنظيم داعش على مبان حكومية في مدينة كركوك. "
        "وقالت مصادر أمنية إن اشتباكات عنيفة تدور بين القوات العراقية ومسلحي داعش في مدينة كركوك."
    )
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Armed clash", "Kirkuk", 16)]


def test_a_suicide_bombing_in_another_town_than_the_fighting_is_its_own_event(candidate_events_of) -> None:
    events = candidate_events_of(
        "قتل 16 شخصا اليوم في هجوم انتحاري لتنظيم داعش على محطة للكهرباء في مدينة بيجي. "
        "وقالت مصادر أمنية إن اشتباكات عنيفة تدور بين القوات العراقية ومسلحي داعش في مدينة كركوك."
    )
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Suicide bomb"]


def test_reinforcements_sent_after_an_attack_do_not_make_it_a_troop_movement(candidate_events_of) -> None:
    events = candidate_events_of(
        "أعلنت جماعة مسلحة مسؤوليتها عن هجوم على قاعدة عسكرية في مدينة غاو يوم الأحد، أسفر عن مقتل "
        "30 جنديا. وأرسل الجيش تعزيزات إلى القاعدة بعد مقتل 30 جنديا في الهجوم."
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (  # volunteers who fight beside the army take the town for the government's side
            "سيطرت المقاومة الشعبية اليوم على مدينة الضالع بعد معارك عنيفة مع الحوثيين.",
            "Government regains territory",
        ),
        (
            "سيطر الحوثيون اليوم على مدينة الضالع بعد معارك عنيفة مع المقاومة الشعبية.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_a_town_the_armys_affiliates_take_is_regained(candidate_events_of, text: str, sub_type: str) -> None:
    assert [e.sub_event_type for e in candidate_events_of(text)] == [sub_type]


def test_a_takeover_told_first_without_its_taker_is_the_one_the_taker_named_later_made(
    candidate_events_of,
) -> None:
    # the verb of the second clause, read first, has no subject; the army named in the first
    # clause took the town for the state
    events = candidate_events_of(
        "أحكمت قوات الجيش اليمني سيطرتها على مدينة لودر اليوم، ونشرت مدرعات في شوارعها بعد أن سيطرت على "
        "معسكر اللواء الثالث."
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Government regains territory", "Military Forces of Yemen")
    ]


def test_the_rebels_shelling_is_not_the_strike_of_aircraft_that_belong_to_the_regime(events_of) -> None:
    events = events_of(
        "قتل عشرة مدنيين اليوم في غارات شنتها طائرات تابعة لقوات النظام على مدينة حلب. "
        "وقتل ثلاثة مدنيين اليوم في قذائف أطلقها جيش الإسلام على أحياء تحت سيطرة قوات النظام في مدينة حلب."
    )
    assert sorted((e.sub_event_type, e.actor1) for e in events) == [
        ("Air/drone strike", "Military Forces of Syria"),
        ("Shelling/artillery/missile attack", "Jaysh al Islam"),
    ]


def test_an_act_that_describes_an_actor_does_not_type_the_reported_act(events_of) -> None:
    (event,) = events_of(
        "قتل 30 شخصا في قصف للمتمردين على أحياء في مدينة تعز، وقال مسؤولون إن المقاتلين هناك "
        "استفادوا من دعم التحالف العربي الذي شن غارات على مواقع المتمردين.",
        published="2015-07-20",
    )
    assert (event.sub_event_type, event.fatalities) == ("Shelling/artillery/missile attack", 30)


def test_aircraft_in_a_relative_clause_on_an_actor_are_not_the_acts_means(events_of) -> None:
    (event,) = events_of(
        "استهدف الحوثيون الذين تلاحقهم طائرات حربية منذ أسابيع أحياء سكنية في مدينة تعز، "
        "ما أدى إلى مقتل 25 مدنيا.",
        published="2015-07-20",
    )
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_aircraft_in_a_closed_relative_clause_before_the_act_are_not_its_means(events_of) -> None:
    (event,) = events_of(
        "قام المتمردون الذين يواجهون هجوما للقوات الحكومية يجري بدعم من طائرات التحالف العربي، "
        "بقصف حي سكني في مدينة تعز اليوم الأحد مما أدى إلى مقتل 14 مدنيا.",
        published="2015-07-20",
    )
    assert (event.sub_event_type, event.actor1) == ("Shelling/artillery/missile attack", "Houthis")


def test_an_actor_inside_a_description_of_the_subject_is_not_the_author(events_of) -> None:
    (event,) = events_of(
        "قام المتمردون الذين يتعرضون لغارات طائرات التحالف منذ أسابيع، بقصف حي سكني في مدينة تعز "
        "اليوم الأحد مما أدى إلى مقتل 14 مدنيا.",
        published="2015-07-20",
    )
    assert (event.sub_event_type, event.actor1) == ("Shelling/artillery/missile attack", "Houthis")


def test_a_strike_told_in_a_relative_clause_alone_is_still_reported(events_of) -> None:
    (event,) = events_of(
        "قتل 12 مسلحا حوثيا في مدينة صعدة، بحسب مصادر في التحالف العربي الذي شن غارات على مواقعهم اليوم.",
        published="2015-07-20",
    )
    assert event.sub_event_type == "Air/drone strike"


def test_a_coalition_air_strike_stays_one(events_of) -> None:
    (event,) = events_of(
        "شن طيران التحالف غارات على مواقع الحوثيين في مدينة صعدة، ما أدى إلى مقتل 12 مسلحا.",
        published="2015-07-20",
    )
    assert event.sub_event_type == "Air/drone strike"


def test_another_named_sides_air_strikes_are_not_the_means_of_its_shelling(events_of) -> None:
    events = events_of(
        "شن طيران التحالف غارات على مواقع الحوثيين في مدينة صعدة اليوم. "
        "وفي مدينة تعز، قصف الحوثيون أحياء سكنية ما أدى إلى مقتل ثمانية مدنيين.",
        published="2015-07-20",
    )
    assert {(e.actor1, e.sub_event_type) for e in events} == {
        ("Saudi-led Coalition", "Air/drone strike"),
        ("Houthis", "Shelling/artillery/missile attack"),
    }


def test_the_same_sides_air_strikes_are_still_the_means_of_its_generic_strike(events_of) -> None:
    events = events_of(
        "شن طيران التحالف غارات على مواقع الحوثيين في مدينة صعدة اليوم. "
        "وفي مدينة تعز، قصف التحالف مواقع للحوثيين ما أدى إلى مقتل ثمانية مسلحين.",
        published="2015-07-20",
    )
    assert {e.sub_event_type for e in events} == {"Air/drone strike"}


def test_a_telling_dated_only_by_publication_joins_the_day_another_states(events_of) -> None:
    # a Thursday's report: its opening names no day; a later line tells the abduction's Tuesday
    (event,) = events_of(
        "قالت مصادر رسمية أمريكية إن الحكومة الأمريكية على علم باختطاف مبشر أمريكي في نيامي عاصمة النيجر. "
        "وأضافت المصادر أنها تعمل مع السلطات المحلية لتحريره. "
        "وقال متحدث باسم الخارجية إن سلامة كل أمريكي من أهم أولويات الإدارة. "
        "ويعمل المبشر طيارا في منظمة إنجيلية منذ سنوات. "
        "وقام ثلاثة مسلحين باختطاف المبشر قرب المطار مساء الثلاثاء قبل أن يفروا باتجاه الحدود.",
        published="2025-10-23",
    )
    assert (event.sub_event_type, event.date) == ("Abduction/forced disappearance", dt.date(2025, 10, 21))


def test_tellings_that_each_state_their_day_stay_apart(candidate_events_of) -> None:
    events = candidate_events_of(
        "اختطف مسلحون مبشرا أمريكيا في نيامي عاصمة النيجر اليوم. "
        "وكان مسلحون قد اختطفوا عاملا أمريكيا آخر في نيامي يوم الأحد الماضي.",
        published="2025-10-23",
    )
    assert sorted(e.date for e in events) == [dt.date(2025, 10, 19), dt.date(2025, 10, 23)]


# "خلال هجومين": the article tells two acts, so the gunfire at العريش with its own toll is the second,
# not the car bomb told again; told as one attack, it is that attack's fire.
@pytest.mark.parametrize(
    ("told", "places"), [("خلال هجومين", ["الشيخ زويد", "العريش"]), ("في هجوم", ["الشيخ زويد"])]
)
def test_a_report_with_its_own_town_and_toll_is_one_of_the_acts_an_article_counts(
    candidate_events_of, told, places
) -> None:
    events = candidate_events_of(
        f"قتل 12 جنديا {told} في شمال سيناء اليوم الجمعة. وقتل عشرة جنود في انفجار سيارة مفخخة "
        "استهدف كمينا للجيش في مدينة الشيخ زويد. وقالت المصادر إن مسلحين فتحوا النار على نقطة أمنية "
        "في مدينة العريش ما أسفر عن مقتل جنديين."
    )
    assert sorted(e.location_ar for e in events) == places


# "غارات على مناطق متفرقة": a roundup of strikes in scattered places, so a strike told at a town of
# its own is another of them even with no toll of its own; strikes "on the Gaza Strip" are one story.
@pytest.mark.parametrize(
    ("lead", "places"),
    [("على مناطق متفرقة من قطاع غزة", ["بيت لاهيا", "دير البلح"]), ("على قطاع غزة", ["دير البلح"])],
)
def test_a_strike_at_a_town_of_its_own_is_one_of_a_roundup_s_acts(candidate_events_of, lead, places) -> None:
    events = candidate_events_of(
        f"شنت طائرات حربية إسرائيلية اليوم الإثنين غارات {lead}. "
        "واستشهد ثلاثة فلسطينيين في غارة إسرائيلية استهدفت منزلا في مدينة دير البلح. "
        "وقصف الجيش الإسرائيلي مدرسة تؤوي نازحين في بلدة بيت لاهيا شمال القطاع.",
        published="2024-09-30",
    )
    assert sorted(e.location_ar for e in events) == places


def test_an_attack_noun_whose_aim_a_verb_tells_joins_the_strike_the_article_reports(events_of) -> None:
    # "عقب هجوم استهدف حافلة": the air strike told again, not an attack on civilians of its own.
    events = events_of(
        "شنت طائرات التحالف اليوم غارة جوية على سوق في مدينة صعدة. "
        "وقال مسؤول في المستشفى إنه استقبل عشرات الجرحى عقب هجوم استهدف مدنيين في سوق صعدة."
    )
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_a_claim_of_an_act_in_one_city_names_no_author_for_acts_elsewhere(candidate_events_of) -> None:
    events = candidate_events_of(
        "شن طيران التحالف غارات على مواقع للحوثيين في محافظة صعدة اليوم. "
        "كما شن طيران التحالف غارات على معسكر في مدينة عمران. "
        "وتبنى تنظيم داعش مساء الاثنين تفجير سيارة مفخخة في مدينة صنعاء أدى إلى مقتل خمسة أشخاص. "
        "وفي محافظة الضالع استهدف قصف مدفعي موقعا للحوثيين في بلدة قعطبة.",
        published="2015-07-21",
    )
    authors = {e.location: e.actor1 for e in events}
    assert authors["Sanaa"] == "Islamic State"
    assert authors["Qa‘ţabah"] != "Islamic State"


def test_a_bombing_told_beside_a_groups_bombings_in_another_province_is_unidentified(
    candidate_events_of,
) -> None:
    events = candidate_events_of(
        "قتل عشرة أشخاص في تفجير سيارة مفخخة نفذه تنظيم داعش في حي الكرادة ببغداد اليوم. "
        "وفي محافظة ديالى، قتل أربعة أشخاص في تفجير سيارة مفخخة في بلدة مندلي.",
        published="2015-07-21",
    )
    authors = {e.location: e.actor1 for e in events}
    assert authors["Mandalī"] == "Unidentified Armed Group (Iraq)"


INTERCEPTED = "اعترضت الدفاعات السعودية صاروخا باليستيا فوق مدينة جازان مساء اليوم، "


def test_the_launch_of_an_intercepted_missile_is_its_interception(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        INTERCEPTED + "بعد ساعات من إعلان جماعة الحوثي إطلاق صاروخ نحو الأراضي السعودية. "
        "وقالت الجماعة إن الصاروخ استهدف مطار جازان."
    )
    assert (event.sub_event_type, event.actor2) == ("Disrupted weapons use", "Houthis")


def test_a_missile_that_fell_beside_an_interception_is_an_event_of_its_own(candidate_events_of) -> None:
    events = candidate_events_of(
        INTERCEPTED.replace("، ", ". ") + "وسقط صاروخ أطلقه الحوثيون على قرية الخوبة في جازان."
    )
    assert sorted(e.sub_event_type for e in events) == [
        "Disrupted weapons use",
        "Shelling/artillery/missile attack",
    ]


def test_a_crowds_projectiles_are_its_protest_not_a_shelling(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "أطلقت قوات الأمن العراقية الرصاص الحي على المتظاهرين في مدينة الناصرية اليوم، ما أدى إلى مقتل خمسة "
        "منهم. وأطلق المحتجون مقذوفات بالمقاليع على قوات الأمن."
    )
    assert (event.sub_event_type, event.fatalities) == ("Excessive force against protesters", 5)


def test_a_peaceful_protest_at_a_riots_place_and_day_is_that_riot(candidate_events_of) -> None:
    listed = "أفاد ناشطون بخروج مظاهرات في كل من بلدتي هجين والبصيرة وقرية غرانيج"
    events = candidate_events_of(
        listed + "، بريف دير الزور الشرقي. وأغلق المحتجون الطرق وأحرقوا إطارات السيارات، احتجاجا على "
        "اغتيال أحد شيوخ العشائر. كما أطلق مسلحون من المحتجين النار على عناصر قسد في قرية غرانيج.",
        title=listed + " …",
    )
    by_place = sorted((e.location_ar, e.sub_event_type) for e in events)
    assert by_place == [
        ("البصيرة", "Peaceful protest"),
        ("غرانيج", "Peaceful protest"),
        ("هجين", "Violent demonstration"),
    ]


def test_a_crowds_risen_toll_told_as_clashes_is_the_crowds_event(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "أعلنت وزارة الصحة السودانية عن ارتفاع حصيلة ضحايا الاشتباكات التي رافقت فض اعتصامي القيادة "
        "العامة وجامعة الخرطوم في الخرطوم إلى 9 قتلى بينهم 2 من عناصر الأمن. وفي وسط الخرطوم تواصل "
        "قوات الشرطة فض الاعتصام وإزالة الخيام، في ظل استمرار الاشتباكات مع المعتصمين. وأكدت الداخلية "
        "سقوط قتيلين و40 جريحا للشرطة في فض الاعتصامات.",
        title="تواصل الاشتباكات في الخرطوم ووزارة الصحة تؤكد مقتل 9 بينهم 2 من الأمن",
    )
    assert (event.sub_event_type, event.fatalities) == ("Violent demonstration", 9)


def test_the_fight_told_before_a_takeover_is_the_takeover(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "أعلنت المقاومة الشعبية في مدينة عدن اليوم الثلاثاء استعادة القصر الرئاسي ومقر قيادة المنطقة "
        "العسكرية الرابعة من مسلحي الحوثي. وكانت المقاومة تمكنت أمس من فرض سيطرتها على القصر الرئاسي "
        "والقاعدة البحرية في منطقة التواهي بعد معارك عنيفة مع مسلحي الحوثي منذ مساء أول من أمس.",
        title="المقاومة الشعبية تعلن استعادة القصر الرئاسي في عدن من الحوثيين",
    )
    assert (event.sub_event_type, event.location_ar) == ("Government regains territory", "عدن")


def test_civilians_an_exchange_of_fire_hurt_beside_the_shelling_are_its_harm(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "اتهمت باكستان الهند اليوم بانتهاك جديد لوقف إطلاق النار في إقليم كشمير، وذكرت أن ثلاثة مدنيين "
        "قتلوا في قصف هندي للمناطق الباكستانية على خط المراقبة. وتبادلت القوات الهندية والباكستانية "
        "إطلاق النار على الحدود المتنازع عليها، مما أسفر عن إصابة عدة مدنيين.",
        title="القوات الهندية والباكستانية تتبادل إطلاق النار في كشمير",
    )
    assert (event.sub_event_type, event.fatalities) == ("Shelling/artillery/missile attack", 3)


def test_a_force_that_took_ground_beside_the_author_is_not_its_foe(events_of) -> None:
    events = events_of(
        "عدن - سيطرت القوات الموالية لهادي وقوات المقاومة الشعبية اليوم على مدينة الحوطة. وفي تعز، دارت "
        "اشتباكات عنيفة بين المقاومة الشعبية وميليشيات الحوثي. وقالت المقاومة الشعبية إنها ستواصل القتال."
    )
    [takeover] = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert takeover.actor2 != "Popular Resistance (Yemen)"


def test_iraqs_security_forces_fight_as_its_military_and_meet_a_crowd_as_its_police(
    candidate_events_of,
) -> None:
    """ACLED codes Iraq's unqualified "security forces" in a fight as its military, and facing
    protesters as its police."""
    (clash,) = candidate_events_of(
        "اندلعت اشتباكات عنيفة اليوم بين القوات الأمنية ومسلحي تنظيم داعش في مدينة الرمادي غرب العراق."
    )
    (protest,) = candidate_events_of(
        "أطلقت قوات الأمن العراقية الغاز المسيل للدموع لتفريق متظاهرين في مدينة الناصرية اليوم الأحد."
    )
    assert (clash.actor1, clash.actor2) == ("Military Forces of Iraq", "Islamic State")
    assert (protest.actor1, protest.actor2) == ("Protesters (Iraq)", "Police Forces of Iraq")


def test_an_armed_group_that_fired_on_a_protest_is_its_second_actor(events_of) -> None:
    """ACLED names whoever met the crowd, a state's force or not ("برصاص عناصر قسد")."""
    (event,) = events_of(
        "أصيب ستة متظاهرين برصاص عناصر قوات سوريا الديمقراطية أثناء محاولتهم فض مظاهرة في بلدة "
        "الحوايج بريف دير الزور اليوم الثلاثاء."
    )
    assert (event.event_type, event.actor1, event.actor2) == (
        "Protests",
        "Protesters (Syria)",
        "Syrian Democratic Forces",
    )


# "اندلعت قبل أربعة أيام" dates when the fighting began; the toll told later takes the lead's "أمس",
# the day it was reported: one fighting at one town. A day its own sentence states is a day of its own.
_KUFRA_LEAD = (
    "قال مسؤولون أمس إن اشتباكات اندلعت بين قبيلتين قبل أربعة أيام في مدينة الكفرة مع اتساع الفراغ الأمني. "
    "وأدى الصراع على السلطة في الشمال إلى انقطاع إمدادات الوقود والدواء عن مدن الشرق النائية. "
)


def test_a_toll_dated_by_the_lead_joins_the_fighting_it_says_began_days_before(candidate_events_of) -> None:
    events = candidate_events_of(
        _KUFRA_LEAD + "وأوضح عميد البلدية من الكفرة الواقعة على مسافة 900 كيلومتر جنوب شرقي بنغازي، "
        "قتل نحو 17 فردا من القبيلة وجرح خمسة في الاشتباكات.",
        published="2024-03-08",
    )
    assert [(e.date, e.location_ar, e.fatalities) for e in events] == [(dt.date(2024, 3, 4), "الكفرة", 17)]


def test_fighting_renewed_on_a_day_its_sentence_states_is_an_event_of_its_own(candidate_events_of) -> None:
    events = candidate_events_of(
        _KUFRA_LEAD + "وتجددت الاشتباكات في مدينة الكفرة يوم الأربعاء وقتل فيها 17 فردا من القبيلة.",
        published="2024-03-08",
    )
    assert [e.date for e in events] == [dt.date(2024, 3, 4), dt.date(2024, 3, 6)]


def test_a_word_for_fighting_used_as_a_figure_with_no_side_named_opens_no_event(events_of) -> None:
    text = (
        "وتعد تصريحات رئيس الهيئة أمس أحدث مواجهة ضمن معركة طويلة الأمد بين مسؤولين يدعمون الاتفاق"
        " ومتشددين يعلنون تشككهم فيه في طهران."
    )
    assert events_of(text) == []


def test_a_battle_with_its_dead_opens_its_event_though_no_side_is_named(events_of) -> None:
    (event,) = events_of("سقط عشرة قتلى في معركة دامية قرب بلدة اللطامنة أمس.")
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 10)


def test_a_battle_whose_sides_are_named_still_opens_its_event(events_of) -> None:
    (event,) = events_of("واندلعت معركة عنيفة أمس بين الجيش وتنظيم داعش في مدينة الرمادي.")
    assert event.sub_event_type == "Armed clash"


def test_the_attack_on_civilians_rule_events_name_is_a_rule_of_type_rules_yaml() -> None:
    # events.py reads the rule by the id it records: a renamed rule in the YAML must fail here.
    assert ATTACK_ON_CIVILIANS_RULE in {f"{TYPE_RULE_PREFIX}{rule.id}" for rule in type_rules()}


def test_a_quarter_placed_at_its_city_tells_the_blasts_of_the_city_once(events_of) -> None:
    """The gazetteer lacks the quarter and places it at its city: the blasts told at the quarter and
    at the city are one occurrence at one spot, not two."""
    events = events_of(
        "قالت مصادر محلية إن ثلاثة انفجارات هزت حي النصر، وشارع الكورنيش وسط مدينة بنغازي، صباح أمس "
        "الأحد، ووجد شعار لتنظيم داعش مرسوم على جدار قريب من موقع التفجيرات.",
        published="2015-07-20",
    )
    assert [(e.sub_event_type, e.location) for e in events] == [("Remote explosive/landmine/IED", "Benghazi")]


def test_two_names_at_one_spot_join_only_when_one_sentence_tells_them_with_one_toll(events_of) -> None:
    """Two names placed at one spot join only where one sentence names both and no two tolls set
    the blasts apart."""
    (blast,) = events_of(
        "قتل خمسة أشخاص في انفجار سيارة مفخخة في حي النصر وسط مدينة بنغازي صباح أمس الأحد.",
        published="2015-07-20",
    )
    at_the_city = replace(blast, location_ar="بنغازي", fatalities=3)
    assert len(_twins_joined([blast, at_the_city], load_lexicon())) == 2
    untolled = replace(at_the_city, fatalities=None)
    assert len(_twins_joined([blast, untolled], load_lexicon())) == 1
    told_later = replace(untolled, evidence_spans=(Span(200, 230, "غارات على محيط البلدتين"),))
    assert len(_twins_joined([blast, told_later], load_lexicon())) == 2


def test_a_toll_told_at_a_word_no_gazetteer_locates_is_the_town_s_occurrence(events_of) -> None:
    """ "بمركز تدريب الشرطة": تدريب read as a place the gazetteer cannot locate, with the town's toll in
    its province, is the bombing at the town told again; another toll there is another act."""
    (bombing,) = events_of(
        "قتل 60 شخصا على الأقل في تفجير انتحاري بشاحنة مفخخة صباح اليوم الخميس في مدينة زليتن.",
        published="2016-01-07",
    )
    misread = replace(bombing, location=None, location_ar="تدريب", latitude=None, longitude=None)
    claimed = replace(misread, actor1="Islamic State")
    for order in ([claimed, bombing], [bombing, claimed]):
        (joined,) = _twins_joined(order, load_lexicon())
        assert (joined.location_ar, joined.actor1) == ("زليتن", bombing.actor1)
    assert len(_twins_joined([misread, replace(bombing, fatalities=4)], load_lexicon())) == 2


def test_a_statement_s_shelling_with_no_place_of_its_own_explains_the_attack_on_the_camp(events_of) -> None:
    events = events_of(
        "قتل 71 جنديا في هجوم شنه مسلحون أمس الثلاثاء على معسكر للجيش النيجري في مدينة تيلابيري غرب "
        "البلاد. وقال بيان لوزارة الدفاع: «الإرهابيون قصفوا المعسكر، والسبب الرئيسي لهذه الحصيلة الكبيرة "
        "هو انفجار الذخائر والوقود».",
        published="2019-12-11",
    )
    assert [(e.sub_event_type, e.location_ar, e.fatalities) for e in events] == [
        ("Armed clash", "تيلابيري", 71)
    ]


@pytest.mark.parametrize(
    "author",
    [
        "مسلحون مجهولون",  # indefinite twice: a group the text brings in anew
        "تنظيم داعش",  # one named author, but Basra is no place of the Tarmiyah shelling
    ],
)
def test_an_act_placed_in_another_province_is_no_second_telling(events_of, author: str) -> None:
    events = events_of(
        f"هاجم {author} قرية في قضاء الطارمية بقذائف الهاون اليوم. وفي محافظة البصرة، فجر {author} "
        "عبوة ناسفة.",
        published="2019-03-14",
    )
    assert sorted(e.admin1 for e in events) == ["Baghdad", "Basrah"]


def test_a_misread_twin_with_a_toll_the_town_lacks_keeps_it() -> None:
    """The town's telling takes only the sentences of a twin at a misread word with its own toll;
    a twin that alone states the toll is merged, so the toll stays."""
    town = Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb",
        date=dt.date(2016, 1, 7),
        country="LY",
        admin1="Misratah",
        location="Zliten",
        location_ar="زليتن",
        latitude=32.47,
        longitude=14.57,
        evidence_spans=(Span(0, 40, "تفجير انتحاري في مدينة زليتن"),),
    )
    misread = replace(town, location=None, location_ar="تدريب", fatalities=60)
    (joined,) = _twins_joined([town, misread], load_lexicon())
    assert (joined.location_ar, joined.fatalities) == ("زليتن", 60)


@pytest.mark.parametrize(("told_at", "kept"), [("السكري", 2), ("حلب", 1)])
def test_a_headline_at_a_quarter_of_the_seat_is_no_seat_standing_for_its_province(told_at, kept) -> None:
    """ "في حي السكري بحلب": a quarter the gazetteer lacks stands at its city, but it is a place of its
    own, not the seat that names the province as "جنوب إدلب" does; its act is not the town's."""
    strike = Event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", country="SY")
    # the headline's strike, standing at Aleppo (the province's seat) near a name of its own
    seat = replace(strike, date=dt.date(2016, 4, 27), admin1="Aleppo", location="Aleppo", location_ar=told_at)
    seat = replace(seat, latitude=36.2012, longitude=37.1612, geo_precision=2)
    seat = replace(seat, evidence_spans=(Span(0, 30, "قتلى بغارتين على حي في حلب", "title"),))
    town = replace(
        seat,
        date=dt.date(2016, 4, 26),
        location="Al Atarib",
        location_ar="الأتارب",
        latitude=36.1389,
        longitude=36.83,
        geo_precision=1,
        evidence_spans=(Span(40, 80, "غارة على مركز في مدينة الأتارب"),),
    )
    assert len(_seat_tellings_joined([seat, town], load_lexicon())) == kept


def test_a_town_a_group_takes_from_no_side_named_is_taken_from_the_state() -> None:
    actor2 = _actor2_after_defaults("Non-state actor overtakes territory", "Islamic State", "IQ", [])
    assert actor2 == "Military Forces of Iraq"


@pytest.mark.parametrize(
    ("taker", "country"),
    [
        ("Military Forces of Iraq (2018-) Popular Mobilization Forces", "IQ"),  # a unit of the state's forces
        ("Military Forces of Turkey", "SY"),  # a foreign army
        ("Popular Resistance (Yemen)", "YE"),  # volunteers fighting beside the state
    ],
)
def test_a_state_force_taking_a_town_from_no_side_named_is_not_set_against_a_state(
    taker: str, country: str
) -> None:
    assert _actor2_after_defaults("Non-state actor overtakes territory", taker, country, []) is None


def test_a_states_two_regimes_are_two_sides() -> None:
    old_regime, new_government = "Military Forces of Syria (2000-2024)", "Military Forces of Syria (2024-)"
    assert _actor2_after_defaults("Armed clash", new_government, "SY", [], old_regime) == old_regime


def test_a_fallback_second_actor_is_never_the_first() -> None:
    unidentified = "Unidentified Armed Group (Yemen)"
    assert _fallback_foe(unidentified, unidentified, load_lexicon()) is None
    assert _fallback_foe("Houthis", unidentified, load_lexicon()) == unidentified


def test_a_takeover_with_no_taker_named_gets_no_loser_guessed() -> None:
    event = Event("Strategic developments", "Non-state actor overtakes territory", country="IQ")
    assert _default_actors(event, load_lexicon(), [], {}).actor2 is None


def test_men_arrested_after_a_mobs_attack_are_its_rioters(candidate_events_of) -> None:
    events = candidate_events_of(
        "هاجم حشد من الأهالي منازل الأقباط في قرية الكرم بمحافظة المنيا وأحرقوا سبعة منها مساء الجمعة. "
        "واعتقلت الشرطة المصرية ستة أشخاص في القرية مساء اليوم ذاته."
    )
    [arrest] = [e for e in events if e.sub_event_type == "Arrests"]
    assert (arrest.actor1, arrest.actor2) == ("Police Forces of Egypt", "Rioters (Egypt)")


MOB_ATTACK = "هاجم عشرات من الأهالي منازل للأقباط في قرية الحمام بمحافظة سوهاج وأحرقوا أربعة منها مساء السبت."


@pytest.mark.parametrize(
    "text",
    [
        # in another city the same evening
        f"{MOB_ATTACK} وفي القاهرة، اعتقلت الشرطة أربعة أشخاص بتهمة الانتماء لجماعة محظورة مساء السبت.",
        # the day before
        f"اعتقلت الشرطة المصرية خمسة أشخاص في الأقصر يوم الجمعة. و{MOB_ATTACK}",
    ],
)
def test_men_arrested_elsewhere_or_before_a_mobs_attack_are_not_the_mob(candidate_events_of, text) -> None:
    [arrest] = [e for e in candidate_events_of(text, published="2016-06-12") if e.sub_event_type == "Arrests"]
    assert arrest.actor2 != "Rioters (Egypt)"


def test_the_volunteers_beside_the_state_keep_the_ground_they_took_from_a_forces_building(
    candidate_events_of,
) -> None:
    # the intelligence building's force is what was taken, not the taker the sub-type names first
    (event,) = candidate_events_of(
        "سيطرت المقاومة الشعبية اليوم على مبنى المخابرات في مدينة عدن بعد معارك عنيفة."
    )
    assert (event.sub_event_type, event.actor1) == (
        "Government regains territory",
        "Popular Resistance (Yemen)",
    )


def test_a_headline_toll_takes_the_force_its_report_names_as_the_dead_mans(events_of) -> None:
    title = "استشهاد الرقيب سالم القحطاني بعد إصابته بمقذوف في قطاع نجران"
    text = (
        "أعلنت قيادة القوات المشتركة في بيان لها اليوم استشهاد الرقيب سالم بن علي القحطاني من منسوبي "
        "الحرس الوطني بعد إصابته بمقذوف في قطاع نجران، داعية الله بأن يتغمده بواسع رحمته."
    )
    (event,) = events_of(text, title=title)
    assert event.actor2 == "Military Forces of Saudi Arabia"
    assert event.fatalities == 1


def test_copies_of_one_trigger_in_two_provinces_are_two_acts(events_of) -> None:
    events = events_of(
        "اعتقلت الشرطة عشرة مطلوبين في حي الجهاد ببغداد وفي حي الحسين بكربلاء اليوم.", published="2015-08-03"
    )
    assert sorted(e.admin1 for e in events) == ["Baghdad", "Karbala"]


def test_a_place_told_inside_another_is_one_occurrence_listed_towns_two(events_of) -> None:
    # "في وادي خبش بمديرية المطمة": the valley lies in the district; the clause tells one strike.
    inside = events_of(
        "وشن طيران التحالف أمس ست غارات على تجمعات للمسلحين الحوثيين في وادي خبش بمديرية المطمة "
        "في محافظة الجوف، دون أن ترد أنباء عن ضحايا.",
        published="2015-08-03",
    )
    assert [e.location_ar for e in inside] == ["وادي خبش"]
    # "في بلدة X وقرية Y": a list of towns, each struck.
    listed = events_of(
        "وقصفت مقاتلات التحالف أمس مواقع للحوثيين في بلدة الصقلاوية وقرية البوعيثة شمال الفلوجة.",
        published="2015-08-03",
    )
    assert len(listed) == 2
