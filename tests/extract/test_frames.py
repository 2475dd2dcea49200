"""Hard cases of reading a report as an ACLED coder does, one article (written by the team) each."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.dates import DAY_OFFSET_RULE
from rasd.extract.frames import STATEMENT_DAY_RULE

TUESDAY = "2019-03-12"


def test_recap_beside_a_new_event_gives_only_the_new_event(events_of) -> None:
    events = events_of(
        "قصفت طائرات حربية روسية صباح اليوم بلدة كفرنبل في ريف إدلب، ما أدى إلى مقتل ثلاثة مدنيين. "
        "وسبق أن قصفت الطائرات الروسية البلدة مرات عدة خلال السنوات الماضية."
    )
    assert len(events) == 1
    (event,) = events
    assert (event.sub_event_type, event.actor1, event.country, event.fatalities) == (
        "Air/drone strike",
        "Military Forces of Russia",
        "SY",
        3,
    )
    assert event.actor2 == "Civilians (Syria)"


def test_a_threat_is_not_an_event(events_of) -> None:
    assert events_of("توعد قائد الجماعة في خطاب متلفز بقصف المطارات إذا استمر الحصار على الميناء.") == []


def test_a_denial_is_not_an_event(events_of) -> None:
    assert events_of("نفت قيادة العمليات المشتركة وقوع هجوم مسلح على سجن في مدينة الموصل اليوم.") == []


def test_denying_responsibility_for_an_attack_still_reports_it(candidate_events_of) -> None:
    [event] = candidate_events_of(
        "نفى الجيش اليوم أي مسؤولية له عن القصف الذي استهدف سوقا في مدينة الموصل وأوقع 12 قتيلا."
    )
    assert (event.sub_event_type, event.fatalities) == ("Shelling/artillery/missile attack", 12)


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت جماعة مسلحة براءتها من عملية قصف السفارة الأمريكية في العاصمة العراقية بغداد.",
        "تبرأت جماعة مسلحة اليوم من تفجير استهدف سوقا في مدينة كركوك.",
    ],
)
def test_disowning_an_attack_is_not_an_event(events_of, text) -> None:
    assert events_of(text) == []


def test_two_places_in_one_sentence_are_two_events(events_of) -> None:
    events = events_of("قصفت طائرات حربية صباح اليوم بلدة كفرنبل وقرية حاس في ريف إدلب الجنوبي.")
    assert sorted(e.location_ar for e in events) == ["حاس", "كفرنبل"]
    assert {e.admin1 for e in events} == {"Idlib"}


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        (
            "أغارت مقاتلات التحالف فجر اليوم على مخازن أسلحة للحوثيين في محافظتي حجة وصعدة.",
            ["Hajjah", "Sa'dah"],
        ),
        ("سيطر مسلحو الحوثي أمس على مواقع للجيش في محافظتي الجوف ومأرب.", ["Al Jawf", "Ma'rib"]),
        # each order of a pair, the article on either name or none (الجوف، حجة are read by their seats)
        *(
            (f"شنت طائرات التحالف غارات على مواقع للحوثيين في محافظتي {a} و{b} اليوم.", sorted(names))
            for first, second, names in (
                ("صعدة", "الجوف", ["Sa'dah", "Al Jawf"]),
                ("عمران", "الجوف", ["Amran", "Al Jawf"]),
                ("مأرب", "حجة", ["Ma'rib", "Hajjah"]),
                ("صعدة", "حجة", ["Sa'dah", "Hajjah"]),
                ("تعز", "لحج", ["Taiz", "Lahij"]),
            )
            for a, b in ((first, second), (second, first))
        ),
        *(
            (f"قصفت المقاتلات مواقع لتنظيم داعش في محافظتي {a} و{b}.", sorted(names))
            for first, second, names in (
                ("الأنبار", "نينوى", ["Al Anbar", "Nineveh"]),
                ("صلاح الدين", "ديالى", ["Salah ad Din", "Diyala"]),
            )
            for a, b in ((first, second), (second, first))
        ),
    ],
)
def test_each_province_of_a_list_a_dual_province_word_opens_is_an_event(events_of, text, provinces) -> None:
    # محافظتي governs both names: two provinces, not a province and a town of the second's name
    events = events_of(text)
    assert sorted(e.admin1 for e in events) == provinces
    assert {e.geo_precision for e in events} == {3}


def test_a_later_act_of_another_author_does_not_join_a_province_of_a_list(events_of) -> None:
    # the Nineveh copy of the strike is closed as a listed town is: the Peshmerga shelling at Sinjar
    # is an act of its own, not the coalition's strike told again
    events = events_of(
        "قتل 30 من مسلحي داعش في غارات لطيران التحالف على مواقعهم في محافظتي الأنبار ونينوى أمس. "
        "وقصفت قوات البشمركة مواقع التنظيم في قضاء سنجار مما أدى إلى مقتل 15 مسلحا."
    )
    told = sorted((e.sub_event_type, e.admin1, e.fatalities) for e in events)
    assert told == [
        ("Air/drone strike", "Al Anbar", None),
        ("Air/drone strike", "Nineveh", None),
        ("Shelling/artillery/missile attack", "Nineveh", 15),
    ]


def test_a_town_that_locates_another_is_no_second_place(events_of) -> None:
    events = events_of(
        "قتل ثمانية أشخاص وأصيب عشرون اليوم الجمعة في انفجار سيارة مفخخة قرب سوق شعبي في مدينة طنطا "
        "شمالي القاهرة."
    )
    assert [e.location_ar for e in events] == ["طنطا"]


def test_a_capital_named_after_a_direction_is_no_second_place(events_of) -> None:
    events = events_of("قتل 12 شخصا في غارة جوية استهدفت مخزنا في تاجوراء شرق العاصمة الليبية طرابلس أمس.")
    assert [e.location_ar for e in events] == ["تاجوراء"]


def test_a_town_named_as_the_neighbour_of_another_is_no_second_place(events_of) -> None:
    events = events_of(
        "قتل ستة جنود أمس الأحد في هجوم انتحاري استهدف معسكرا للجيش في مدينة كاتي المجاورة للعاصمة باماكو."
    )
    assert [e.location_ar for e in events] == ["كاتي"]


def test_a_town_behind_a_locative_right_after_a_place_says_where_it_lies(events_of) -> None:
    events = events_of("قتل ثلاثة مدنيين اليوم في قصف جوي استهدف قرية حاس بمدينة معرة النعمان في ريف إدلب.")
    assert [e.location_ar for e in events] == ["حاس"]


def test_the_countryside_behind_a_locative_right_after_a_town_says_where_it_lies(events_of) -> None:
    events = events_of("كثف طيران النظام غاراته اليوم على مدينة الزبداني في ريف دمشق الغربي.")
    assert [(e.location_ar, e.geo_precision) for e in events] == [("الزبداني", 1)]


def test_a_town_joined_by_a_conjunction_is_a_second_place(events_of) -> None:
    events = events_of("قتل ثلاثة مدنيين اليوم في قصف جوي استهدف قرية حاس وبمدينة معرة النعمان في ريف إدلب.")
    assert sorted(e.location_ar for e in events) == ["حاس", "معرة النعمان"]


def test_a_toll_told_once_for_a_list_of_towns_is_no_towns_toll(candidate_events_of) -> None:
    # The six dead are the sum over both towns: neither town's own count.
    events = candidate_events_of(
        "قتل ستة مدنيين اليوم في قصف جوي استهدف بلدة كفرنبل وقرية حاس في ريف إدلب الجنوبي."
    )
    assert sorted((e.location_ar, e.fatalities) for e in events) == [("حاس", None), ("كفرنبل", None)]


def test_dead_summed_over_listed_towns_still_make_them_a_strike_on_people(candidate_events_of) -> None:
    # No town takes the seven, but the clause still counts people killed where it names no target.
    events = candidate_events_of("قتل سبعة أشخاص جراء سقوط قذائف على بلدتي الفوعة وكفريا في ريف إدلب اليوم.")
    assert [e.actor2 for e in events] == ["Civilians (Syria)", "Civilians (Syria)"]


def test_a_toll_told_once_beside_a_town_and_its_quarter_is_the_towns(candidate_events_of) -> None:
    events = candidate_events_of("قتل سبعة مدنيين اليوم في قصف جوي على قرية حاس بمنطقة معرة النعمان.")
    assert [e.fatalities for e in events] == [7]


def test_a_toll_told_in_a_clause_of_another_act_is_that_acts(candidate_events_of) -> None:
    events = candidate_events_of(
        "سيطرت فصائل المعارضة على تلة استراتيجية قرب بلدة كفرنبل صباح اليوم، فيما قتل 12 مدنيا "
        "في قصف مدفعي لقوات النظام على مدينة معرة النعمان."
    )
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [
        ("Non-state actor overtakes territory", None),
        ("Shelling/artillery/missile attack", 12),
    ]


def test_a_toll_that_names_another_act_as_its_cause_is_that_acts(candidate_events_of) -> None:
    events = candidate_events_of(
        "سيطرت فصائل المعارضة على معظم أحياء مدينة معرة النعمان صباح اليوم، فيما قتل 12 مدنيا وأصيب "
        "30 آخرون بجروح في قصف نسب إلى قوات النظام."
    )
    assert [e.fatalities for e in events if e.sub_event_type.endswith("territory")] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات الحربية بلدة الزبداني أمس، فيما قتل 5 مدنيين في القصف.",  # definite: the act told
        "لقي خمسة أشخاص مصرعهم وأصيب ثمانية آخرون في هجوم بسيارة مفخخة في مدينة صنعاء مساء الاثنين.",
    ],
)
def test_a_cause_that_tells_the_frames_own_act_keeps_its_toll(candidate_events_of, text: str) -> None:
    (event,) = candidate_events_of(text)
    assert event.fatalities == 5


def test_a_toll_the_sentence_says_rose_is_the_update_of_its_first_figure(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "قال مصدر أمني إن 7 جنود قتلوا في انفجار عبوة ناسفة استهدفت دورية للجيش قرب مدينة العريش "
        "في حصيلة أولية، غير أن عدد القتلى ارتفع لاحقا إلى 15."
    )
    assert event.fatalities == 15


def test_two_towns_named_in_a_clause_after_the_trigger_are_two_events(events_of) -> None:
    events = events_of(
        "اندلعت مواجهات بين شبان غاضبين وقوات الشرطة، مساء الاثنين، في أحياء مدينتي نواكشوط ونواذيبو."
    )
    assert sorted(e.location_ar for e in events) == ["نواذيبو", "نواكشوط"]


def test_two_towns_that_bound_a_stretch_are_one_place(candidate_events_of) -> None:
    events = candidate_events_of(
        "تعرض زورق لهجوم في قطاع غورما راروس، بين تمبكتو وغاو، ما أدى إلى مقتل 49 مدنيا أمس."
    )
    assert [e.location_ar for e in events] == ["تمبكتو"]


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        (
            "شن طيران التحالف أمس غارات على تجمعات للحوثيين في محافظة لحج استهدفت قرية الحصين "
            "الواقعة بين مدينة صبر ودار سعد.",
            "دار سعد",
        ),
        (
            "استهدفت غارات التحالف أمس تجمعات الحوثيين في مزارع الوهط، "
            "ودمرت جسر الحسيني الرابط بين عدن ولحج.",
            "لحج",
        ),
    ],
)
def test_towns_that_bound_a_stretch_after_a_place_add_no_events(candidate_events_of, text, bound) -> None:
    # the village and the bridge lie between the towns: one strike, at neither the second town
    events = candidate_events_of(text)
    assert len(events) == 1 and events[0].location_ar != bound


@pytest.mark.parametrize(
    "text",
    [
        "شنت طائرات التحالف أمس غارات على مواقع الحوثيين في مدينة صعدة، ودمرت منصة لإطلاق صواريخ "
        "الكاتيوشا في مديرية حيدان.",
        "وقصفت طائرات التحالف أمس مواقع للحوثيين في عدن، وتمكنت من تدمير موقع إطلاق قذائف المورتر في "
        "مديرية دار سعد.",
    ],
)
def test_a_launcher_destroyed_is_no_launch(candidate_events_of, text: str) -> None:
    # "منصة لإطلاق صواريخ" names the thing struck, not rockets fired: the strikes alone are told
    events = candidate_events_of(text, published="2015-08-10")
    assert events and all(e.sub_event_type == "Air/drone strike" for e in events)


def test_dateline_in_one_country_and_event_in_another(events_of) -> None:
    (event,) = events_of(
        "بغداد (خاص) - قال الجيش العراقي في بيان اليوم إنه شن غارات جوية على مقر لتنظيم داعش "
        "في بلدة هجين داخل الأراضي السورية."
    )
    assert (event.country, event.location_ar, event.admin1) == ("SY", "هجين", "Deir ez-Zor")
    assert (event.actor1, event.actor2) == ("Military Forces of Iraq", "Islamic State")
    assert event.latitude is not None and event.geonameid is not None


def test_number_words_are_counted(events_of) -> None:
    (event,) = events_of(
        "قُتل خمسة وعشرون عنصراً من قوات النظام في اشتباكات مع فصائل المعارضة في بلدة اللطامنة بريف حماة اليوم."
    )
    assert (event.event_type, event.fatalities) == ("Battles", 25)


def test_nominal_headline(events_of) -> None:
    (event,) = events_of(
        "وأفاد مصدر طبي بأن القذائف سقطت على سوق شعبي.", title="مقتل خمسة مدنيين بقصف مدفعي على مدينة تعز"
    )
    assert (event.sub_event_type, event.fatalities, event.location_ar, event.country) == (
        "Shelling/artillery/missile attack",
        5,
        "تعز",
        "YE",
    )


def test_the_speaker_is_the_agent(events_of) -> None:
    (event,) = events_of(
        "قالت قوات سوريا الديمقراطية في بيان إنها سيطرت على بلدة الباغوز بعد معارك مع "
        "تنظيم داعش استمرت يومين."
    )
    assert (event.event_type, event.actor1, event.actor2) == (
        "Battles",
        "Syrian Democratic Forces",
        "Islamic State",
    )


def test_levantine_month_name(events_of) -> None:
    (event,) = events_of(
        "اندلعت اشتباكات بين الجيش اليمني والحوثيين في مدينة الضالع يوم 3 كانون الثاني/يناير "
        "2019، ما أسفر عن مقتل 7 أشخاص.",
        published="2019-01-04",
    )
    assert (event.date, event.country, event.fatalities) == (dt.date(2019, 1, 3), "YE", 7)


def test_yesterday_in_an_article_published_the_next_day(events_of) -> None:
    (event,) = events_of(
        "أطلقت قوات الأمن العراقية أمس الغاز المسيل للدموع على المتظاهرين في ساحة التحرير وسط بغداد.",
        published="2019-11-15",
    )
    assert event.date == dt.date(2019, 11, 14)
    assert (event.event_type, event.actor1, event.actor2) == (
        "Protests",
        "Protesters (Iraq)",
        "Police Forces of Iraq",
    )


def test_a_day_the_text_never_names_is_the_publication_within_a_week(events_of) -> None:
    (undated,) = events_of(
        "قتل خمسة جنود في تفجير عبوة ناسفة استهدفت دوريتهم في مدينة الرمادي.", published="2019-11-15"
    )
    assert (undated.date, undated.time_precision) == (dt.date(2019, 11, 15), 2)
    (stated,) = events_of(
        "قتل خمسة جنود أمس في تفجير عبوة ناسفة استهدفت دوريتهم في مدينة الرمادي.", published="2019-11-15"
    )
    assert (stated.date, stated.time_precision) == (dt.date(2019, 11, 14), 1)


def test_yesterday_counts_from_the_day_the_text_names_as_its_own(events_of) -> None:
    # crawled on the Tuesday; "أمس الجمعة" says the text was written on the Saturday
    (event,) = events_of(
        "ذكر الجيش النيجيري أمس الجمعة أن 50 شخصا قتلوا في تفجيرين انتحاريين في مدينة داماتورو. "
        "وكانت امرأتان قد فجرتا عبوات ناسفة عند مدخل مصلى في مدينة داماتورو صباح أمس.",
        published="2015-07-21",
    )
    assert (event.date, event.fatalities) == (dt.date(2015, 7, 17), 50)


def test_a_claim_names_the_perpetrator(events_of) -> None:
    events = events_of(
        "قتل 9 أشخاص بينهم ثلاثة جنود عراقيين في تفجير انتحاري استهدف نقطة تفتيش في مدينة الرمادي "
        "اليوم. وتبنى تنظيم داعش الهجوم في بيان."
    )
    (event,) = events
    assert (event.sub_event_type, event.actor1, event.fatalities) == ("Suicide bomb", "Islamic State", 9)


@pytest.mark.parametrize(
    "statement",
    [
        "وقالت وزارة الداخلية، في بيان أصدرته في نيامي،",
        "وقال وزير الداخلية في مؤتمر صحافي في نيامي",
        "وقال وزير الداخلية أمام الصحافيين في نيامي",
        "وقال وزير الداخلية في تصريح أدلى به في نيامي",
    ],
)
def test_the_city_where_a_statement_was_issued_is_not_the_events_place(
    candidate_events_of, statement
) -> None:
    events = candidate_events_of(
        "هاجم مسلحون مركزا للشرطة في مدينة تيلابيري غربي النيجر فجر الخميس. "
        f"{statement} إن المهاجمين قتلوا 5 شرطيين قبل أن يفروا."
    )
    assert {e.location_ar for e in events} == {"تيلابيري"}


def test_every_event_explains_itself(events_of) -> None:
    raw = "قصفت طائرات حربية روسية صباح اليوم بلدة كفرنبل في ريف إدلب، ما أدى إلى مقتل ثلاثة مدنيين."
    (event,) = events_of(raw)
    assert event.evidence_spans and all(raw[s.start : s.end] == s.text for s in event.evidence_spans)
    assert any(rule.startswith("trigger:") for rule in event.rules)
    assert 0 < event.confidence <= 1 and event.notes and event.id


def test_coalition_is_read_by_theatre(events_of) -> None:
    (yemen,) = events_of("شن طيران التحالف غارات جوية على مدينة صعدة اليوم، ما أسفر عن مقتل أربعة مدنيين.")
    assert yemen.actor1 == "Saudi-led Coalition"
    (syria,) = events_of("شن طيران التحالف غارات جوية على مدينة الرقة اليوم، ما أسفر عن مقتل أربعة مدنيين.")
    assert syria.actor1 == "Global Coalition Against Daesh"
    (named,) = events_of(
        "شن طيران التحالف الدولي غارات جوية على مدينة صعدة اليوم، ما أسفر عن مقتل أربعة مدنيين."
    )
    assert named.actor1 == "Saudi-led Coalition"


@pytest.mark.parametrize(
    ("text", "published", "author"),
    [
        ("قصفت طائرات حربية عربية اليوم مواقع الحوثيين في مدينة صعدة.", "2015-07-20", "Saudi-led Coalition"),
        (
            "شن الطيران الحربي اليوم غارات على بلدة كفركلا في جنوب لبنان.",
            "2024-08-16",
            "Military Forces of Israel",
        ),
        ("شن الطيران الحربي اليوم غارات على مدينة درنة في ليبيا.", "2015-07-20", "Military Forces of Libya"),
    ],
)
def test_warplanes_nobody_names_are_the_air_force_over_the_country(
    events_of, text, published, author
) -> None:
    (event,) = events_of(text, published=published)
    assert event.actor1 == author


def test_territory_taken_without_resistance_is_a_transfer(events_of) -> None:
    (event,) = events_of(
        "سيطرت القوات العراقية اليوم على مبنى محافظة كركوك دون مقاومة بعد انسحاب قوات البيشمركة."
    )
    assert (event.event_type, event.sub_event_type, event.actor1) == (
        "Strategic developments",
        "Non-violent transfer of territory",
        "Military Forces of Iraq",
    )


def test_a_base_handed_over_is_a_transfer_without_a_toll(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "سلمت قوات حفظ السلام الأممية اليوم معسكرها في مدينة كيدال إلى القوات المالية."
    )
    assert (event.sub_event_type, event.location) == ("Non-violent transfer of territory", "Kidal")


@pytest.mark.parametrize(
    "text",
    [
        "سلمت الشرطة المتهم إلى النيابة العامة في مدينة كيدال اليوم.",
        "ستسلم قوات حفظ السلام الأممية معسكرها في مدينة كيدال إلى القوات المالية الشهر المقبل.",
        "تسلمت القوات الجوية المصرية أمس ثلاث طائرات مقاتلة من فرنسا في قاعدة قرب القاهرة.",
        "أعلن الدفاع المدني وفاة شخصين داخل بئر قرب مدينة كيدال أمس، وتم انتشالهما وتسليمهما إلى ذويهما.",
    ],
)
def test_a_handover_of_no_base_or_a_planned_one_is_no_transfer(candidate_events_of, text) -> None:
    assert candidate_events_of(text) == []


def test_rebels_overtake_and_the_state_regains(events_of) -> None:
    (taken,) = events_of("سيطر مسلحو تنظيم داعش اليوم على مدينة الموصل بعد معارك مع القوات العراقية.")
    assert (taken.sub_event_type, taken.actor1) == ("Non-state actor overtakes territory", "Islamic State")
    (regained,) = events_of("استعادت القوات العراقية اليوم السيطرة على مدينة الفلوجة من تنظيم داعش.")
    assert (regained.sub_event_type, regained.actor1) == (
        "Government regains territory",
        "Military Forces of Iraq",
    )


def test_a_town_under_a_partys_control_is_no_takeover_by_it(events_of) -> None:
    (event,) = events_of(
        "قتل 20 شخصا اليوم في انفجار سيارة مفخخة في سوق مدينة الرمادي، المدينة الخاضعة لسيطرة "
        "قوات الحشد الشعبي."
    )
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert "trigger:nsotakeover.sytra" not in event.rules


def test_a_report_written_in_the_accusative_is_no_liberation(candidate_events_of) -> None:
    assert candidate_events_of("وقال المتحدث إن أفراد الدوريات حرروا محضراً رسمياً في مدينة عرعر اليوم.") == []


def test_a_campaign_to_retake_a_town_is_not_its_retaking(events_of) -> None:
    assert events_of("أعلن الوزير أن عملية استعادة السيطرة على مدينة الرمادي تكتسب المزيد من الزخم.") == []
    (retaken,) = events_of("استعادت القوات العراقية اليوم السيطرة على مدينة الرمادي.")
    assert retaken.sub_event_type == "Government regains territory"


def test_a_sentence_that_locates_a_place_reports_no_event(rule_events_of) -> None:
    assert rule_events_of("ويقع كمين الصفا التابع للقوات المسلحة على بعد 15 كيلومترا غرب مدينة رفح.") == []
    # A report that says further on where its place lies is still a report.
    (event,) = rule_events_of("قتل 5 مدنيين أمس في غارة جوية على بلدة سراقب التي تقع جنوب مدينة إدلب.")
    assert event.fatalities == 5


def test_a_toll_of_thousands_without_a_day_sums_up_a_war(rule_events_of) -> None:
    war = "وأوقعت المعارك بين الجيش وقوات الدعم السريع ثلاثة آلاف قتيل على الأقل، وأدت الى نزوح مليون آخرين."
    assert rule_events_of(war) == []
    (event,) = rule_events_of("قتل 12 شخصا أمس في اشتباكات بين الجيش وقوات الدعم السريع في مدينة الفاشر.")
    assert event.fatalities == 12


def test_an_anniversary_column_reports_no_event(events_of) -> None:
    assert events_of("في مثل هذا اليوم قبل ثلاثة أعوام قصف الطيران مدينة صعدة وقتل عشرات المدنيين.") == []


@pytest.mark.parametrize(
    "text",
    [
        "نفذ مئات الأشخاص، اليوم الثلاثاء، وقفة في مدينة حمص، إحياء لذكرى مجزرة ارتكبها الجيش عام 2012.",
        "خرج مئات المتظاهرين في مدينة حمص، اليوم الثلاثاء، في الذكرى السنوية لمجزرة ارتكبها الجيش عام 2012.",
    ],
)
def test_an_anniversary_marked_by_a_crowd_is_news(rule_events_of, text) -> None:
    (event,) = rule_events_of(text)
    assert (event.sub_event_type, event.date.isoformat()) == ("Peaceful protest", "2019-03-12")
    # The rest of such an article recalls what the crowd remembers.
    (event,) = rule_events_of(text + " وقتل عشرات المدنيين في قصف الطيران للمدينة.")
    assert event.sub_event_type == "Peaceful protest"
    recalled = "في ذكرى المجزرة التي ارتكبها الجيش عام 2012، قصف الطيران مدينة حمص وقتل عشرة مدنيين."
    assert rule_events_of(recalled) == []


@pytest.mark.parametrize(
    "text",
    [
        "في الذكرى السنوية لمظاهرات يناير، يستعيد المصريون تلك الأيام."
        " قتل مئات المتظاهرين برصاص الشرطة في ميدان التحرير.",
        "في الذكرى السنوية الثامنة لاحتجاجات درعا نستعيد ما جرى."
        " أطلقت قوات الأمن النار على المتظاهرين فقتلت 4 منهم.",
    ],
)
def test_a_protest_remembered_is_no_crowd_of_the_day(rule_events_of, text) -> None:
    assert rule_events_of(text) == []


def test_a_crowd_past_the_clause_of_the_remembered_protest_marks_the_anniversary(rule_events_of) -> None:
    (event,) = rule_events_of(
        "في الذكرى السنوية لمظاهرات يناير، خرج آلاف المتظاهرين إلى ميدان التحرير اليوم الثلاثاء."
    )
    assert event.sub_event_type == "Peaceful protest"


_MARCH = "خرج مئات المتظاهرين في مدينة حمص، اليوم الثلاثاء، في الذكرى السنوية لمجزرة ارتكبها الجيش عام 2012"


@pytest.mark.parametrize(
    ("text", "news"),
    [
        (_MARCH + ". واعتقلت قوات الأمن 12 متظاهرا في حي الوعر اليوم.", "Arrests"),
        (
            _MARCH + ". وفي سياق آخر، قتل 5 مدنيين اليوم الثلاثاء في غارة جوية روسية على كفرنبل.",
            "Air/drone strike",
        ),
        (_MARCH + "، فيما قتل جندي في انفجار عبوة ناسفة في تلكلخ.", "Remote explosive/landmine/IED"),
    ],
)
def test_a_commemoration_keeps_the_news_told_beside_it(rule_events_of, text, news) -> None:
    types = sorted(event.sub_event_type for event in rule_events_of(text))
    assert types == sorted(["Peaceful protest", news])


def test_what_follows_the_years_since_an_attack_recalls_it_unless_a_day_is_named(events_of) -> None:
    assert (
        events_of(
            "أعيد افتتاح السوق المركزي في مدينة الموصل أمس السبت بعد مرور نحو عامين على هجوم شنه "
            "مسلحون وأسفر عن مقتل 30 شخصا خلال عملية احتجاز رهائن دامت يومين."
        )
        == []
    )
    (strike,) = events_of(
        "بعد ثلاث سنوات على الحرب، قصفت الطائرات الحربية اليوم الأحد بلدة سراقب في ريف إدلب مما "
        "أدى إلى مقتل 5 مدنيين."
    )
    assert (strike.sub_event_type, strike.fatalities) == ("Air/drone strike", 5)


def test_a_headline_counting_the_years_since_an_attack_recalls_it(events_of) -> None:
    events = events_of(
        "يستذكر أهالي المدينة الهجوم الذي شنه مسلحون على مركز الشرطة وأدى إلى مقتل سبعة أشخاص.",
        title="ثلاث سنوات على هجوم مسلحين على مركز شرطة في مدينة الكرك",
    )
    assert events == []


def test_a_year_after_an_agreement_fighting_is_still_reported(events_of) -> None:
    events = events_of("بعد عام على اتفاق التهدئة، قصفت طائرات حربية صباح اليوم بلدة كفرنبل في ريف إدلب.")
    assert [(e.sub_event_type, e.location_ar) for e in events] == [("Air/drone strike", "كفرنبل")]


@pytest.mark.parametrize(
    "text",
    [
        "أكد المتحدث أن العملية العسكرية المرتقبة في ريف حلب الشمالي تبدأ خلال ساعات.",
        "الهجوم البري المرتقب على مدينة رفح يثير مخاوف الأمم المتحدة.",
    ],
)
def test_an_operation_its_next_words_plan_is_not_an_event(events_of, text) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "أكد قائد عسكري أن الجيش مستعد لشن هجوم واسع على مدينة كيدال.",
        "كشف مسؤول محلي أن التنظيم يزمع تنفيذ هجوم على سجن مدينة الموصل.",
    ],
)
def test_an_attack_a_force_is_ready_for_is_not_an_event(events_of, text) -> None:
    assert events_of(text) == []


def test_a_court_sentence_is_not_an_execution(events_of) -> None:
    assert events_of("أصدرت المحكمة الجنائية حكماً بالإعدام بحق خمسة مدانين في بغداد.") == []


def test_a_takeover_told_with_qama_bi_is_a_takeover(events_of) -> None:
    (event,) = events_of(
        "قال مصدر محلي إن مسلحين من العشائر قاموا بالسيطرة على بلدة ذيبان بريف دير الزور الشرقي "
        "اليوم بعد اشتباكات مع قوات سوريا الديمقراطية."
    )
    assert (event.sub_event_type, event.location) == ("Non-state actor overtakes territory", "Dhībān")


@pytest.mark.parametrize("managed", ["تمكنوا من", "نجحوا في"])
def test_a_takeover_a_force_managed_is_a_takeover(events_of, managed) -> None:
    (event,) = events_of(
        f"قال مصدر محلي إن مسلحين من العشائر {managed} السيطرة على بلدة ذيبان بريف دير الزور الشرقي "
        "اليوم بعد اشتباكات مع قوات سوريا الديمقراطية."
    )
    assert (event.sub_event_type, event.location) == ("Non-state actor overtakes territory", "Dhībān")


def test_a_vehicle_brought_under_control_is_no_territory(candidate_events_of) -> None:
    text = (
        "وباشرت فرق الدفاع المدني والجهات المعنية في المدينة المنورة، التي بدورها قامت بالسيطرة على "
        "المركبة والمحل، وفصل الكهرباء."
    )
    assert candidate_events_of(text) == []


def test_factions_that_announce_their_merger_change_their_group(events_of) -> None:
    events = events_of("أعلنت فصائل مسلحة في إدلب اليوم عن اندماجها الكامل في تشكيل عسكري جديد.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Change to group/activity", "Idlib")]


def test_a_square_the_gazetteer_lacks_is_placed_in_its_city(events_of) -> None:
    (event,) = events_of("قتل خمسة أشخاص في تفجير انتحاري في ساحة المدفعية وسط بغداد اليوم.")
    assert (event.location, event.admin1, event.country) == ("Baghdad", "Baghdad", "IQ")
    assert event.sub_event_type == "Suicide bomb"  # "المدفعية" names the square, not artillery
    (elsewhere,) = events_of(
        "قتل خمسة أشخاص في تفجير انتحاري في ساحة المدفعية اليوم. وتقع الساحة وسط مدينة بغداد."
    )
    assert (elsewhere.location, elsewhere.geo_precision) == ("Baghdad", 2)


def test_a_misspelled_town_after_a_town_cue_is_still_found(events_of) -> None:
    (event,) = events_of("قصفت طائرات حربية اليوم مواقع في مدينة منبيج في ريف حلب.")
    assert (event.location, event.country) == ("Manbij", "SY")


def test_a_drone_carrying_explosives_is_a_drone_strike(events_of) -> None:
    (event,) = events_of("قتل أربعة مدنيين أمس بهجوم بطائرة مسيرة مفخخة على حي سكني في مدينة مأرب.")
    assert (event.sub_event_type, event.fatalities, event.location) == ("Air/drone strike", 4, "Ma'rib")


def test_an_undated_headline_takes_the_date_the_body_gives(events_of) -> None:
    (event,) = events_of(
        "أطلقت قوات الأمن العراقية مساء الأحد 24 تشرين الثاني/نوفمبر 2019 الغاز المسيل للدموع على "
        "المتظاهرين وسط مدينة الناصرية.",
        title="قوات الأمن تفرق محتجين في الناصرية",
        published=None,
    )
    assert event.date == dt.date(2019, 11, 24)
    assert "2019-11-24" in event.notes


def test_any_attack_is_hypothetical(events_of) -> None:
    assert (
        events_of("وحذرت منظمات إغاثة من أن أي هجوم على مخيمات النازحين قرب مدينة مأرب ستكون له عواقب وخيمة.")
        == []
    )


def test_attacks_warned_of_as_possible_are_no_event(rule_events_of) -> None:
    text = "وحذرت السفارة رعاياها أمس من هجمات محتملة تستهدف محطات الحافلات في مدينة أنقرة."
    assert rule_events_of(text) == []
    text = "وتحدث سكان أمس عن غارات مرتقبة على مواقع المسلحين في مدينة درنة."
    assert rule_events_of(text) == []
    # dead told after the possible act are what it may bring
    text = "وحذرت الأمم المتحدة أمس من غارات محتملة قد توقع قتلى بين المدنيين في مدينة إدلب."
    assert rule_events_of(text) == []
    (event,) = rule_events_of("وقتل ثلاثة جنود أمس في هجوم مسلح استهدف حاجزا في مدينة العريش.")
    assert event.fatalities == 3
    # a clause that counts the dead reports the act; only its kind is in doubt
    (event,) = rule_events_of("وقتل 25 شخصا في هجوم كيميائي محتمل على بلدة خان شيخون في ريف إدلب أمس.")
    assert (event.sub_event_type, event.fatalities) == ("Chemical weapon", 25)


def test_acts_told_as_what_happens_at_times_are_no_event(rule_events_of) -> None:
    text = "وسجلت في ولاية بورنو حوادث خطف لجنود، أحيانا مع عائلاتهم، على أيدي مسلحي الجماعة."
    assert rule_events_of(text) == []
    text = "ويشهد حي الليثي في مدينة بنغازي هدوءا حذرا هذه الأيام مع اشتباكات متقطعة."
    assert rule_events_of(text) == []
    # a cue in a relative or a later clause tells it of the place, not of the act, which a
    # dateline dates
    text = "قتل 7 مدنيين في قصف مدفعي على مدينة داريا التي تشهد هذه الأيام معارك عنيفة."
    assert [e.fatalities for e in rule_events_of(text)] == [7]
    text = "وقتل جنديان في هجوم لمسلحي الحركة على حاجز في إقليم هلمند، وهي منطقة تتعرض أحيانا لهجمات مماثلة."
    assert [e.fatalities for e in rule_events_of(text)] == [2]
    text = "وقتل 6 مدنيين في غارة جوية على مدينة دوما، حيث يسقط الضحايا في أغلب الأحيان من النساء."
    assert [e.fatalities for e in rule_events_of(text)] == [6]
    # a day names the occurrence beside the background
    text = "ونفذت الضربة الجوية صباح اليوم في ولاية لوغار، حيث يشن المسلحون أحيانا هجمات على القوات."
    assert [e.sub_event_type for e in rule_events_of(text)] == ["Air/drone strike"]
    # أحيانا is read whole: the neighbourhoods shelled, typed without their hamza (الاحيا), are no
    # "at times" (أحيا + نا)
    text = "وقصفت المليشيات بالمدفعية الاحيا السكنية في مدينة تعز."
    assert [e.sub_event_type for e in rule_events_of(text)] == ["Shelling/artillery/missile attack"]


def test_acts_told_as_kinds_a_side_commits_are_no_event(rule_events_of) -> None:
    # a statement's or a report's list of what a side does, not one occurrence
    text = (
        "وقالت اللجنة إن تقاريرها كشفت عن أنماط الانتهاكات التي ارتكبها المسلحون في مدينة تعز، "
        "والتي شملت القصف العشوائي للأحياء السكنية وإعدامات خارج القانون واعتقالات تعسفية."
    )
    assert rule_events_of(text) == []


def test_a_running_tally_is_not_an_event(events_of) -> None:
    assert events_of("أعلنت وزارة الدفاع مقتل 30 من عناصرها حتى الآن في المعارك الدائرة شرق البلاد.") == []


def test_a_days_toll_in_the_ongoing_clashes_is_the_days(events_of) -> None:
    # "الاشتباكات المتواصلة" tells fighting still going on, not a tally: the day's dead are its toll.
    (event,) = events_of("قتل خمسة جنود أمس في الاشتباكات المتواصلة مع مسلحي داعش في مدينة الرمادي.")
    assert event.fatalities == 5


def test_a_headline_dateline_is_not_the_place_of_the_event(events_of) -> None:
    (event,) = events_of(
        "وتبنى تنظيم داعش التفجير.", title="القاهرة (رويترز) قتل 8 أشخاص في تفجير انتحاري في مدينة الرمادي"
    )
    assert (event.location, event.actor1) == ("Ramadi", "Islamic State")


def test_who_announces_the_toll_is_the_source_not_the_attacker(events_of) -> None:
    (event,) = events_of(
        "أعلن الجيش المالي مقتل 53 جنديا في هجوم استهدف موقعا عسكريا في منطقة ميناكا أمس، "
        "وتبنى تنظيم الدولة الإسلامية الهجوم.",
        published="2019-11-02",
    )
    assert (event.actor1, event.fatalities, event.country) == ("Islamic State", 53, "ML")
    assert event.claimed_by == "Military Forces of Mali"


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1", "location"),
    [
        (
            "أعلنت قوات الدعم السريع أمس سيطرتها على مدينة الفاشر في شمال دارفور.",
            "Non-state actor overtakes territory",
            "Rapid Support Forces",
            "El Fasher",
        ),
        (
            "وأعلن تنظيم «الدولة الإسلامية» عن سيطرته الكاملة على مدينة الرمادي غرب العراق.",
            "Non-state actor overtakes territory",
            "Islamic State",
            "Ramadi",
        ),
        (
            "أعلن الجيش السوداني، اليوم السبت، استعادة السيطرة على مدينة ود مدني.",
            "Government regains territory",
            "Military Forces of Sudan",
            "Wad Medani",
        ),
    ],
)
def test_a_force_that_announces_its_own_takeover_of_a_place_made_it(
    candidate_events_of, text: str, sub_event_type: str, actor1: str, location: str
) -> None:
    (event,) = candidate_events_of(text)
    assert (event.sub_event_type, event.actor1, event.location) == (sub_event_type, actor1, location)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # an armed group announces its own operation, as its claim
        ("أعلنت حركة الشباب، مساء أمس، استهداف قاعدة عسكرية بقذائف الهاون في مدينة بلدوين.", "Al Shabaab"),
        ("أعلن الحوثيون اليوم قصف مطار أبها بطائرة مسيرة في منطقة عسير.", "Houthis"),
    ],
)
def test_an_armed_group_that_announces_an_act_made_it(candidate_events_of, text: str, actor1: str) -> None:
    assert [e.actor1 for e in candidate_events_of(text)] == [actor1]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # the force right after the act's noun is its author, not the group that announces it
        (
            "أعلنت حركة الشباب، في بيان، قصف الجيش الأمريكي قرية في جنوب الصومال أمس.",
            "Military Forces of the United States",
        ),
        (
            "أعلن الحوثيون اليوم قصف الطيران السعودي سوقا شعبيا في مدينة صعدة.",
            "Military Forces of Saudi Arabia",
        ),
    ],
)
def test_the_force_after_an_announced_act_noun_is_its_author(
    candidate_events_of, text: str, actor1: str
) -> None:
    assert [e.actor1 for e in candidate_events_of(text)] == [actor1]


@pytest.mark.parametrize(
    "text",
    [
        # a state announces a strike it suffered; a group reports another's strike after أن
        "أعلن الجيش الأمريكي، مساء أمس، استهداف قاعدة عين الأسد بصواريخ في محافظة الأنبار.",
        "أعلنت حركة الشباب أن قصفا استهدف قاعدة عسكرية في مدينة بلدوين أمس.",
    ],
)
def test_an_act_a_state_announces_or_a_group_reports_after_an_is_not_theirs(
    candidate_events_of, text: str
) -> None:
    announcers = ("Military Forces of the United States", "Al Shabaab")
    assert all(e.actor1 not in announcers for e in candidate_events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "يسعى تنظيم داعش للسيطرة على مدينة الرمادي غرب العراق.",
        "هدد تنظيم داعش أمس بالسيطرة على مدينة الرمادي غرب العراق.",
        "وأعلن الجيش السوداني سعيه للسيطرة على مدينة الفاشر.",
        "نفت قوات الدعم السريع أمس سيطرتها على مدينة الفاشر.",
        "أعلنت قوات الدعم السريع السيطرة على النيران التي اندلعت في سوق مدينة الفاشر.",
        "أعلن الجيش السوداني أمس سيطرة قوات الدعم السريع على مدينة الفاشر.",  # another's, told
        "أمهلت عشائر المنطقة أمس الحكومة ثلاثة أيام لتسليم المتورطين في اغتيال شيخ بالرمادي.",  # ultimatum
        "وقال مسؤول أمس إن الوسطاء يعملون على مقترح جديد لوقف إطلاق النار في مدينة غزة.",  # proposal
    ],
)
def test_an_aim_a_threat_a_denial_a_fire_or_anothers_takeover_told_opens_nothing(
    rule_events_of, text: str
) -> None:
    assert rule_events_of(text) == []


def test_the_force_after_a_cause_is_the_perpetrator_not_a_victim(events_of) -> None:
    (event,) = events_of("قتل 15 مدنيا جراء قصف مدفعي لقوات النظام على بلدة كفربطنا في الغوطة الشرقية اليوم.")
    assert (event.actor1, event.actor2, event.fatalities) == (
        "Military Forces of Syria",
        "Civilians (Syria)",
        15,
    )


def test_the_authority_that_announces_arrests_made_them(events_of) -> None:
    (event,) = events_of("أعلنت وزارة الداخلية العراقية اليوم اعتقال خمسة مطلوبين في مدينة الرمادي.")
    assert (event.sub_event_type, event.actor1) == ("Arrests", "Police Forces of Iraq")


def test_clearing_mines_is_no_explosion(events_of) -> None:
    assert events_of("وقال مسؤول محلي إن فرق الهندسة تواصل البحث عن الألغام في الحقول الزراعية.") == []


def test_detecting_explosives_is_no_explosion(events_of) -> None:
    text = "واستعانت قوات الأمن بكلاب مدربة على رصد العبوات الناسفة لتأمين الطريق العام في مدينة الموصل."
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال مصدر أمني إن الرجل مطلوب بمذكرة توقيف صادرة عن النيابة العامة في مدينة طرابلس.",
        "وأصدرت النيابة العامة أمس مذكرة اعتقال بحق قائد المجموعة المسلحة في مدينة الموصل.",
    ],
)
def test_a_warrant_for_an_arrest_is_no_arrest(rule_events_of, text: str) -> None:
    assert [e.sub_event_type for e in rule_events_of(text)] == []


@pytest.mark.parametrize(
    ("text", "arrests"),
    [
        ("ونص الاتفاق على توقيف حملات التحريض بين الفصيلين في بلدة مديرا أمس.", []),
        ("وأعلنت الشرطة أمس توقيف ثلاثة مشتبهين في مدينة دوما.", ["Arrests"]),
    ],
)
def test_stopping_an_activity_is_no_arrest(rule_events_of, text: str, arrests: list[str]) -> None:
    assert [e.sub_event_type for e in rule_events_of(text) if e.sub_event_type == "Arrests"] == arrests


def test_a_trial_recounts_no_new_event(events_of) -> None:
    assert (
        events_of("وأوضح البيان أن المحكمة نظرت قضية متهمين قاموا بتفجير عبوة ناسفة قرب جسر في كركوك.") == []
    )


def test_a_tally_since_a_start_is_not_an_event(events_of) -> None:
    assert events_of("وبلغ عدد القتلى في صفوف المحتجين في مدينة الناصرية 20 قتيلا، منذ بدء الاحتجاجات.") == []


def test_snatching_a_win_is_no_abduction(events_of) -> None:
    assert events_of("ونجح الفريق الضيف في خطف الفوز بهدف متأخر في مباراة الأمس.") == []


def test_a_channel_named_like_a_march_is_no_protest(candidate_events_of) -> None:
    assert (
        candidate_events_of("وقالت قناة المسيرة إن 17 عاملا قتلوا اليوم في العدوان على ميناء الحديدة.") == []
    )
    assert candidate_events_of("وبثت قناة «المسيرة» صورا لجثث 17 عاملا في ميناء الحديدة اليوم.") == []
    (event,) = candidate_events_of("ونظم المئات اليوم مسيرة احتجاجية وسط مدينة تعز تطالب بصرف الرواتب.")
    assert event.event_type == "Protests"


def test_a_festival_is_no_demonstration(candidate_events_of) -> None:
    assert candidate_events_of("تعيش مدينة أبها تظاهرة ثقافية كبرى اليوم الخميس بمشاركة آلاف الزوار.") == []
    (event,) = candidate_events_of("وشارك المئات اليوم الخميس في تظاهرة أمام مبنى المحافظة في مدينة البصرة.")
    assert event.event_type == "Protests"


def test_fireworks_are_no_shelling(candidate_events_of) -> None:
    assert (
        candidate_events_of("وأضاءت عشرات القذائف الملونة سماء الرياض مساء أمس في ختام احتفالات العيد.") == []
    )


def test_an_airline_booking_is_no_air_strike(candidate_events_of) -> None:
    text = "وغاب مدافع الفريق عن تدريبات أمس بسبب حجوزات الطيران، وسيلتحق بالبعثة في معسكر القاهرة."
    assert candidate_events_of(text) == []


def test_the_fields_of_fighting_are_no_clash(candidate_events_of) -> None:
    text = "وقال المتحدث يوم الجمعة إن على مقاتلي الحزب نقل ساحات القتال بعيدا عن مدينة دهوك."
    assert candidate_events_of(text) == []


def test_a_verbal_attack_is_no_clash(candidate_events_of) -> None:
    text = "وانتقد مسؤولون في أبوظبي أمس السبت هجوم الكاتب المصري على السياسة الخارجية لدولة الإمارات."
    assert candidate_events_of(text) == []
    assert candidate_events_of("وشن النائب أمس هجوما حادا على الحكومة في بغداد بسبب الموازنة.") == []


def test_a_broken_truce_is_no_new_agreement(candidate_events_of) -> None:
    assert candidate_events_of("وأفاد سكان بخرق الهدنة في مدينة تعز بعد ساعة من سريانها أمس.") == []


def test_a_truce_watched_or_in_force_is_no_new_agreement(candidate_events_of) -> None:
    text = "وقالت البعثة الدولية التي تراقب وقف إطلاق النار إن الجانبين لم يسحبا المدفعية من مدينة دونيتسك."
    assert candidate_events_of(text) == []
    text = "وتصدت القوات لهجمات متزامنة في مدينة مأرب بعد سريان الهدنة بساعات أمس."
    assert not [e for e in candidate_events_of(text) if e.sub_event_type == "Agreement"]
    text = "ولم يسحب الجانبان المدفعية من مدينة دونيتسك كما تنص على ذلك الهدنة الموقعة بينهما."
    assert candidate_events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ووقع الطرفان أمس في مدينة الحديدة اتفاقا ينص على وقف إطلاق النار في المدينة.",
        "وأعلنت القيادة العامة أمس بدء سريان وقف إطلاق النار في مدينة حلب.",
    ],
)
def test_a_truce_whose_terms_or_start_are_told_is_made(candidate_events_of, text: str) -> None:
    """An agreement's own terms (ينص على) and its start (بدء سريان) tell the truce made; the
    phrases of one in force (بعد سريان) or measured by (كما تنص) do not."""
    assert [e.sub_event_type for e in candidate_events_of(text)] == ["Agreement"]


def test_a_truce_broken_a_few_words_on_is_no_new_agreement(candidate_events_of) -> None:
    text = "واتهمت الحكومة المتمردين أمس بانتهاك جديد لوقف إطلاق النار في مدينة تعز."
    assert candidate_events_of(text) == []
    text = "وقال المسؤول إن من المؤسف أن تنتهك قوات الحوثيين مرة أخرى الهدنة في مدينة تعز أمس."
    assert candidate_events_of(text) == []


def test_a_truce_exploited_ended_or_rejected_is_no_new_agreement(candidate_events_of) -> None:
    # the truce was made before (or never): what is told is a side's use of it, its end or its refusal
    text = "واستغلت الجماعة الهدنة أمس وأخرجت تعزيزات من مدينة البيضاء نحو جبهة مكيراس."
    assert candidate_events_of(text) == []
    text = "وقال الحزب في بيان أمس إن الحكومة أنهت من جانب واحد وقف إطلاق النار في مدينة ديار بكر."
    assert candidate_events_of(text) == []
    text = "ودارت أمس مواجهات في مدينة الضالع مع المسلحين الذين يرفضون الالتزام بالهدنة."
    assert all(e.sub_event_type != "Agreement" for e in candidate_events_of(text))


def test_a_truce_called_for_is_no_agreement(rule_events_of) -> None:
    # ACLED codes an agreement reached: a call, a demand or an appeal for one is no event
    text = "وطالبت الجامعة العربية أمس بهدنة إنسانية في مدينة عدن لإدخال المساعدات."
    assert rule_events_of(text) == []
    text = "ودعا الأمين العام للأمم المتحدة أمس جميع الأطراف في اليمن إلى وقف إطلاق النار في مدينة تعز."
    assert rule_events_of(text) == []
    text = "وناشدت منظمة الصليب الأحمر أمس الطرفين الإفراج عن الأسرى في مدينة تعز."
    assert rule_events_of(text) == []


def test_a_truce_reached_after_calls_is_an_agreement(rule_events_of) -> None:
    # the calls come after the truce: it answered them
    text = "وأعلن الطرفان أمس هدنة في مدينة تعز استجابة لدعوات الأمم المتحدة."
    assert [e.sub_event_type for e in rule_events_of(text)] == ["Agreement"]


def test_calming_a_crowd_is_no_truce(candidate_events_of) -> None:
    text = "وتدخلت فرق الدفاع المدني أمس لتهدئة المصلين داخل المسجد بعد انقطاع الكهرباء في مدينة جدة."
    assert candidate_events_of(text) == []
    (event,) = candidate_events_of("أعلنت الفصائل في غزة أمس التوصل إلى تهدئة مع إسرائيل برعاية مصرية.")
    assert event.sub_event_type == "Agreement"


def test_a_business_deal_is_no_agreement(candidate_events_of) -> None:
    """Once the airline is no aircraft, its name still counts as the weapon a weak agreement word
    needs; the company in the sentence makes the deal a business one."""
    text = (
        "أعلنت شركة “طيران الخليج” اليوم أنها وقعت اتفاقية مع نادي الهلال في الرياض لتصبح الناقل الرسمي له."
    )
    assert candidate_events_of(text, title="طيران الخليج الناقل الرسمي لنادي الهلال") == []


def test_an_article_opening_with_a_verdict_reports_no_attack(candidate_events_of) -> None:
    text = (
        "قضت محكمة الجنايات في بغداد، اليوم الأحد، بإعدام ثلاثة أشخاص أدينوا بتفجير سوق شعبي. وكان انفجار"
        " سيارة مفخخة في سوق الشورجة وسط بغداد قد أسفر عن مقتل 25 شخصا."
    )
    assert candidate_events_of(text) == []
    text = (
        "تظاهر المئات أمس في مدينة الناصرية مطالبين بكشف قتلة أبنائهم. وكانت المحكمة قد أصدرت"
        " مطلع الشهر حكما بالإعدام على 24 متهما."
    )
    (event,) = candidate_events_of(text)
    assert event.event_type == "Protests"


def test_an_article_opening_with_a_sentence_carried_out_reports_no_killing(candidate_events_of) -> None:
    text = (
        "نفذت وزارة الداخلية اليوم حكم القتل قصاصا في جان أقدم على قتل مواطن بإطلاق النار عليه من"
        " مسدس إثر خلاف بينهما."
    )
    assert candidate_events_of(text) == []
    assert candidate_events_of("واس - الرياض: " + text) == []


def test_control_over_a_blaze_is_no_takeover(events_of, candidate_events_of) -> None:
    assert events_of("سيطرت فرق الدفاع المدني أمس الثلاثاء على حريق شب في سوق شعبي بمدينة جدة.") == []
    assert candidate_events_of("وأضاف أن الفرق سيطرت على النيران في زمن قياسي قرب مدينة الباحة أمس.") == []
    (event,) = events_of("سيطر مسلحو تنظيم داعش أمس الثلاثاء على بلدة القريتين في ريف حمص الشرقي.")
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_someone_trapped_in_an_accident_is_not_detained(events_of) -> None:
    assert events_of("وباشرت فرق الدفاع المدني أمس احتجاز عاملين بداخل خزان مياه في مدينة الطائف.") == []
    assert events_of("توفي سائق أمس بعد احتجازه داخل مركبته إثر حادث تصادم على طريق الرياض.") == []
    (event,) = events_of("احتجزت قوات الأمن العراقية أمس الأحد خمسة مطلوبين في قضاء الطارمية شمال بغداد.")
    assert event.sub_event_type == "Arrests"


def test_the_abducted_a_release_names_tell_no_abduction(candidate_events_of) -> None:
    # Who is freed was taken earlier; the verb of a new abduction in the sentence is still read.
    assert candidate_events_of("وأفرجت الجماعة المسلحة عن المخطوفين الثلاثة في مدينة الموصل يوم الأحد.") == []
    (event,) = candidate_events_of(
        "اختطف مسلحون ثلاثة مدنيين في مدينة الموصل يوم الأحد، وأفرجوا لاحقا عن أحدهم."
    )
    assert event.sub_event_type == "Abduction/forced disappearance"
    (event,) = candidate_events_of("وعثرت الشرطة على جثث المخطوفين الثلاثة في مدينة الموصل يوم الأحد.")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_an_accidental_blast_is_no_bombing(candidate_events_of) -> None:
    assert candidate_events_of("لقي 14 شخصا مصرعهم أمس في انفجار بمحطة وقود وسط مدينة كانو.") == []
    assert candidate_events_of("قتل ثلاثة أشخاص أمس في انفجار ناجم عن تسرب للغاز داخل مطعم في عمّان.") == []
    (event,) = candidate_events_of("قتل خمسة أشخاص أمس في انفجار سيارة مفخخة قرب محطة وقود في بغداد.")
    assert (event.sub_event_type, event.fatalities) == ("Remote explosive/landmine/IED", 5)


def test_a_burst_tyre_is_no_bombing(candidate_events_of) -> None:
    text = "توفي شاب أمس بعد أن انفجر الإطار الأمامي لسيارته فانقلبت على طريق القصيم."
    assert candidate_events_of(text) == []
    (event,) = candidate_events_of("قتل جنديان أمس عندما انفجرت عبوة ناسفة في دوريتهما جنوب مدينة الرمادي.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_wildfire_is_no_riot(events_of) -> None:
    assert (
        events_of(
            "وأعلنت السلطات أمس السيطرة على حرائق الغابات التي أسفرت عن إحراق عشرات المنازل قرب أنطاليا."
        )
        == []
    )
    assert (
        events_of("وقتل رجل إطفاء أمس بعدما تعرض للحرق خلال مشاركته في عمليات الإطفاء قرب مدينة أنطاليا.")
        == []
    )
    (event,) = events_of(
        "أحرق محتجون غاضبون أمس عشرات الإطارات وسط مدينة البصرة احتجاجا على انقطاع الكهرباء."
    )
    assert event.event_type == "Riots"


def test_arresting_a_harasser_or_a_swindler_is_not_coded(events_of) -> None:
    assert events_of("ألقت شرطة جدة أمس القبض على شاب ظهر في مقطع فيديو يتحرش بفتاة في سوق شعبي.") == []
    assert events_of("أعلنت شرطة الرياض أمس القبض على وافد ينتحل صفة طبيب في عيادة غير مرخصة.") == []
    assert events_of("اعتقلت الشرطة أمس ثلاثة أشخاص بتهمة سرقة سيارات في مدينة الدمام.") == []
    assert events_of("وقرر المدعي العام أمس توقيف الرجل 14 يوما بتهمة القتل العمد في مدينة الزرقاء.") == []
    (event,) = events_of("ألقت قوات الأمن أمس القبض على ثلاثة عناصر من تنظيم داعش في مدينة كركوك.")
    assert event.sub_event_type == "Arrests"


def test_an_arrest_sought_is_not_one_made(events_of) -> None:
    assert events_of("وقال مدير الشرطة إن عمليات البحث جارية للقبض على منفذي التفجير في مدينة المنامة.") == []
    assert events_of("وتسعى قوات الأمن لاعتقال المسلحين الفارين في مدينة المنامة.") == []
    assert events_of("وأكد المتحدث أن الشرطة في طور القبض على بقية أفراد الخلية في مدينة المنامة.") == []
    (event,) = events_of("وأعلنت الشرطة أمس القبض على منفذي التفجير في مدينة المنامة.")
    assert event.sub_event_type == "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "وفتحت الشرطة تحقيقا بهدف القبض على منفذي التفجير في مدينة المنامة.",
        "ونشرت قوات الأمن حواجز في مدينة المنامة بغية اعتقال المسلحين الفارين.",
        "ودفعت القوات بتعزيزات إلى أطراف مدينة الرقة من أجل السيطرة على الحي.",
    ],
)
def test_an_act_after_a_word_of_purpose_is_an_aim(candidate_events_of, text: str) -> None:
    assert candidate_events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وتسعى القوات الحكومية منذ أسابيع إلى إحكام سيطرتها على مدينة سرت الساحلية.",
        "ويسعى الجيش إلى استعادة السيطرة على مدينة درنة من المسلحين.",
        "ونفذت القوات إنزالا جويا أمس في عملية تهدف إلى استعادة السيطرة على سد الرمادي.",
        "وأعلنت القيادة خطة من ثلاث مراحل لتطهير أحياء مدينة الموصل.",
        # a long subject between the aim and the إلى that opens what it seeks
        "ويسعى الجيش الموالي للحكومة المعترف بها دوليا، ومقرها طبرق - شرق البلاد، إلى استعادة السيطرة على"
        " المدن كافة.",
    ],
)
def test_a_takeover_after_a_word_of_aim_is_sought_not_made(candidate_events_of, text: str) -> None:
    assert not [e for e in candidate_events_of(text) if e.event_type == "Battles"]


@pytest.mark.parametrize(
    "text",
    [
        # the aim is the operation's, in a clause before; the takeover is told as done
        "وبدأ الجيش أمس حملة عسكرية تهدف إلى تطهير محافظة صلاح الدين، وتمكنت قواته من استعادة السيطرة"
        " على مدينة بيجي بعد قتال عنيف مع تنظيم داعش.",
        # an aim of another subject, in another clause
        "وقال الناطق إن الحكومة تسعى إلى تسوية سياسية، لكن قوات الجيش تمكنت أمس من استعادة السيطرة على"
        " بلدة الكرمة.",
        # a plan that frames the arrest, not one that seeks it
        "وفي إطار الخطة الأمنية لمدينة بعقوبة، ألقت قوات الشرطة أمس القبض على 15 مطلوبا في مدينة بعقوبة.",
    ],
)
def test_an_aim_word_elsewhere_in_the_sentence_leaves_a_takeover_told(candidate_events_of, text: str) -> None:
    assert candidate_events_of(text)


def test_an_aim_word_leaves_an_act_that_is_not_sought(events_of) -> None:
    text = (
        "ويسعى المحققون لمعرفة دوافع المسلح الذي أطلق النار على مركز للشرطة في مدينة تشاتانوغا أمس "
        "فقتل أربعة جنود."
    )
    assert events_of(text)


def test_fighting_one_is_sent_or_called_to_is_no_battle(events_of) -> None:
    assert (
        events_of(
            "وقال مصدر في الجيش الحر إن القيادي المقتول كان يدعو جبهة النصرة لقتال تنظيم داعش في ريف حلب."
        )
        == []
    )
    assert events_of("وجندت الميليشيات مئات الأطفال من ريف حلب للقتال في صفوفها ضد قوات النظام السوري.") == []


def test_what_the_reader_already_knows_is_background(events_of) -> None:
    assert events_of("وكما هو معروف استهدفت تلك الهجمات منتجعا سياحيا في مدينة سوسة التونسية.") == []
    assert events_of("ومن المعروف أن مسلحي التنظيم هاجموا مواقع الجيش في مدينة الرمادي.") == []


def test_an_abduction_two_years_ago_is_background(events_of) -> None:
    assert events_of("تعرض العقيد للاختطاف على أيدي مسلحين منذ عامين في مدينة طرابلس.") == []
    assert events_of("وخطف مسلحون الصحفي منذ شهرين في مدينة سرت.") == []


@pytest.mark.parametrize(
    "text",
    [
        "واستهدف تفجير انتحاري ألقي باللوم فيه على تنظيم داعش مركزا ثقافيا في مدينة سروج أمس وقتل 32 شخصا.",
        "وقتل 32 شخصا في التفجير الانتحاري الذي نسب إلى تنظيم داعش في مدينة سروج أمس.",
    ],
)
def test_a_group_an_act_is_laid_on_is_its_author(events_of, text: str) -> None:
    (event,) = events_of(text)
    assert (event.actor1, event.actor2) == ("Islamic State", "Civilians (Turkey)")


def test_a_claim_by_the_short_name_of_a_group_the_article_names_is_its_claim(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "يسيطر تنظيم داعش على مناطق في محافظة ديالى. وقتل 40 شخصا في تفجير انتحاري في سوق مدينة "
        "خان بني سعد في ديالى أمس، وتبناه التنظيم."
    )
    assert (event.sub_event_type, event.actor1) == ("Suicide bomb", "Islamic State")


def test_a_claim_of_acts_in_named_towns_does_not_reach_another_town_of_their_province(
    candidate_events_of,
) -> None:
    events = candidate_events_of(
        "وتبنى تنظيم داعش تفجير سيارة مفخخة في منطقة الزعفرانية في بغداد أمس. وقتل ثلاثة جنود في تفجير "
        "سيارة مفخخة يقودها انتحاري عند نقطة تفتيش في منطقة الطارمية شمال بغداد أمس."
    )
    actors = {e.location_ar: e.actor1 for e in events}
    assert actors["الطارمية"] == "Unidentified Armed Group (Iraq)"


def test_an_officer_who_speaks_before_a_colon_only_reports_the_act(events_of) -> None:
    (event,) = events_of(
        "وقال ضابط في الشرطة برتبة عقيد: «قتل 16 شخصا على الأقل في تفجير سيارة مفخخة في منطقة البياع» "
        "في غرب بغداد اليوم."
    )
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_a_speaker_whose_quoted_words_say_our_is_the_agent(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        'وقال قائد بالمقاومة: "نحن في عملية لاستكمال بسط سيطرتنا على مدينة عدن" أمس.'
    )
    assert event.actor1 == "Popular Resistance (Yemen)"


@pytest.mark.parametrize(
    "text",
    [
        "وقتل 12 من المتمردين إثر انفجار عبوة ناسفة أمام قسم شرطة الأحمر في مدينة عدن أمس.",
        "انفجار يستهدف دورية للشرطة في قرية العكر قرب المنامة اليوم دون وقوع إصابات.",
    ],
)
def test_a_state_force_where_a_bomb_went_off_is_not_its_bomber(candidate_events_of, text: str) -> None:
    events = candidate_events_of(text)
    assert events
    assert all(not e.actor1.startswith(("Police Forces", "Military Forces")) for e in events)


def test_a_claim_with_an_object_pronoun_names_the_group_after_it(events_of) -> None:
    (event,) = events_of(
        "أسفر التفجير الانتحاري في مدينة الرمادي عن مقتل 9 أشخاص بينهم 3 جنود عراقيين وتبناه تنظيم داعش."
    )
    assert (event.actor1, event.actor2) == ("Islamic State", "Military Forces of Iraq")


def test_the_body_a_source_speaks_for_is_not_the_attacker(events_of) -> None:
    (event,) = events_of(
        "قال مسؤولون بوزارة الداخلية الصومالية إن 9 أشخاص على الأقل، لقوا حتفهم في تفجير "
        "نفذه انتحاريان يرتديان حزامين ناسفين قرب سوق في مدينة مقديشو صباح اليوم."
    )
    assert (event.sub_event_type, event.actor1, event.fatalities) == (
        "Suicide bomb",
        "Unidentified Armed Group (Somalia)",
        9,
    )


def test_aircraft_belonging_to_a_government_and_the_first_of_two_subjects(events_of) -> None:
    (event,) = events_of(
        "ذكر ناشطون أن مروحيات تابعة للحكومة السورية أو مقاتلات روسية قصفت مدينة معرة النعمان مساء اليوم."
    )
    assert event.actor1 == "Military Forces of Syria"


def test_a_generic_attack_with_a_suicide_bomber_is_an_explosion(events_of) -> None:
    (event,) = events_of("قتل 12 شخصا في هجوم نفذه انتحاريان في سوق شعبي وسط مدينة الموصل اليوم.")
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")


def test_what_happened_since_a_past_start_is_a_summary(events_of) -> None:
    assert events_of("وأحرق المحتجون عددا من المقار الحكومية منذ أن بدأت المظاهرات قبل أسبوعين.") == []


def test_the_dead_a_report_counts_without_a_day_are_its_tally(events_of) -> None:
    # A monitoring group's report over a holiday week, not one occurrence.
    assert events_of("وبحسب التقرير فإن قوات النظام قتلت 96 شخصا في ريف حماة، بينهم 20 طفلا.") == []
    # With a day, the report tells the occurrence; what it says of one incident stays an event.
    assert events_of("وبحسب التقرير فإن قوات النظام قتلت أمس 6 أشخاص في قصف على بلدة اللطامنة.")
    assert events_of("وأفاد التقرير بأن قوات النظام قصفت بلدة اللطامنة في ريف حماة بالمدفعية.")


def test_a_toll_over_months_is_a_tally(events_of) -> None:
    assert events_of("قصفت طائرات التحالف مواقع التنظيم في الرمادي وقتلت 400 مسلح خلال تسعة أشهر.") == []


def test_the_worst_attack_in_years_is_still_an_attack_on_its_day(events_of) -> None:
    (event,) = events_of(
        "قتل 12 شخصا مساء الثلاثاء في تفجير سيارة مفخخة في مدينة الرمادي،"
        " في أعنف هجوم تشهده المدينة منذ سنوات."
    )
    assert event.fatalities == 12


def test_the_day_of_the_lead_dates_a_strike_the_headline_told_first(events_of) -> None:
    (event,) = events_of(
        "أفادت مصادر طبية بمقتل 10 أشخاص جراء قصف نفذته طائرة مسيرة استهدفت سوقا في مدينة الفاشر أمس الأحد.",
        title="أفادت مصادر طبية بمقتل 10 أشخاص جراء قصف نفذته طائرة مسيرة استهدفت سوقا في مدينة الفاشر …",
        published="2025-12-22",
    )
    assert event.date == dt.date(2025, 12, 21)


def test_the_day_of_a_statement_gives_way_to_the_day_of_what_it_reports(events_of) -> None:
    (event,) = events_of(
        "أفادت مصادر طبية، الأحد، بمقتل 10 أشخاص جراء قصف نفذته طائرة مسيرة استهدفت سوقا في مدينة الفاشر،"
        " مساء السبت.",
        published="2025-12-21",
    )
    assert event.date == dt.date(2025, 12, 20)


def test_the_lead_dates_the_story_by_what_happened_not_by_its_statement(candidate_events_of) -> None:
    # The lead's statement day (الخميس) and the day it tells of (أمس الأربعاء): a later sentence that
    # names no day of its own is the story's, and the story happened on Wednesday.
    events = candidate_events_of(
        "قالت الأمم المتحدة اليوم الخميس إن مركزا لإيواء المهاجرين تعرض للقصف أمس الأربعاء في ضواحي"
        " العاصمة طرابلس. وأضافت أن حراسا أطلقوا النار على مهاجرين حاولوا الفرار من المركز في تاجوراء.",
        published="2019-07-04",
    )
    assert {e.date for e in events} == {dt.date(2019, 7, 3)}


def test_the_day_of_a_statement_dates_what_it_reports_when_nothing_else_does(events_of) -> None:
    (event,) = events_of(
        "أفادت مصادر طبية، الأحد، بمقتل 10 أشخاص جراء قصف نفذته طائرة مسيرة على سوق في مدينة الفاشر.",
        published="2025-12-22",
    )
    assert event.date == dt.date(2025, 12, 21)


def test_the_day_of_a_denial_is_not_the_day_the_lead_tells(candidate_events_of) -> None:
    # What is denied happened before the denial; the day the lead states of it dates the story.
    events = candidate_events_of(
        "نفت قيادة الشرطة، اليوم الثلاثاء، الأنباء التي تحدثت عن هجوم مسلح على مراكزها في المدينة ليلة"
        " أمس. وأوضحت القيادة أن مسلحين فجروا برجا لنقل الكهرباء في المنطقة.",
        published="2021-01-19",
    )
    assert {e.date for e in events} == {dt.date(2021, 1, 18)}


def test_a_denial_with_a_long_subject_dates_the_denial_not_the_act(events_of) -> None:
    # Ten words of subject, a verb among them, lie between the denial and its day, which still dates
    # the denial; the next sentence tells the day of the shelling.
    (event,) = events_of(
        "نفى الجيش الوطني الذي يقاتل المسلحين منذ سنوات في شمال البلاد، اليوم الثلاثاء، أي مسؤولية"
        " له عن القصف على سوق في مدينة الموصل أوقع 12 قتيلا. وكان السوق مزدحما بالمتسوقين مساء الاثنين.",
        published="2015-09-29",
    )
    assert event.date == dt.date(2015, 9, 28)


def test_the_lead_reads_past_a_statement_day_for_the_earlier_day_of_the_act(candidate_events_of) -> None:
    # The statement's sentence names only its own day; the next tells the attack's, and the day the
    # lead takes dates the statement's act too.
    events = candidate_events_of(
        "أعلن رئيس البلاد، الثلاثاء، مقتل 30 جنديا في هجوم لمسلحين على معسكر للجيش في شمال البلاد."
        " وهاجم المسلحون المعسكر مساء الاثنين بعشرات العربات.",
        published="2020-03-24",
    )
    assert {e.date for e in events} == {dt.date(2020, 3, 23)}


def test_a_lead_day_of_a_statement_does_not_override_a_later_statement_s_own_day(
    candidate_events_of,
) -> None:
    # The lead's act has no day; its statement's day (الأحد) is no story day that a later report's own
    # "أمس" gives way to: the shelling reported yesterday happened yesterday.
    events = candidate_events_of(
        "تظاهر آلاف المحتجين في وسط العاصمة بغداد للمطالبة بالإصلاحات. وقالت قيادة الشرطة في بيان"
        " الأحد إن التظاهرة انتهت دون حوادث. وأفادت مصادر طبية أمس بمقتل ستة مدنيين في قصف مدفعي على"
        " سوق في مدينة إدلب.",
        published="2018-11-20",
    )
    (shelling,) = [e for e in events if e.fatalities == 6]
    assert shelling.date == dt.date(2018, 11, 19)


def test_the_day_of_a_funeral_is_not_the_day_its_dead_fell(candidate_events_of) -> None:
    # The lead dates the funeral; the shooting it mourns, told with no day of its own, was the day before.
    events = candidate_events_of(
        "تشيع مدينة الناصرية اليوم الأربعاء ثلاثة متظاهرين قتلوا برصاص قوات الأمن في ساحة الحبوبي."
        " وأطلقت قوات الأمن الرصاص الحي على المحتجين قرب جسر الزيتون.",
        published="2019-11-27",
    )
    assert events
    assert {e.date for e in events} == {dt.date(2019, 11, 26)}


def test_a_day_told_after_a_follow_on_sentence_s_prelude_is_not_the_lead_s(events_of) -> None:
    # "ويأتي ذلك بعد زيارة … أمس": yesterday dates the visit the story follows, not the capture the
    # lead tells without a day of its own.
    (event,) = events_of(
        "سيطرت قوات الجيش العراقي على مدينة الرمادي بعد انهيار دفاعات تنظيم داعش."
        " ويأتي ذلك بعد زيارة رئيس الوزراء أمس إلى قاعدة الحبانية.",
        published="2016-02-13",
    )
    assert event.date == dt.date(2016, 2, 13)


def test_an_act_before_a_follow_on_prelude_is_not_dated_by_the_earlier_occurrence(events_of) -> None:
    # The raids come after Monday's bombing: Monday dates the bombing, the raids took place today.
    events = events_of(
        "داهمت قوات الأمن اليوم الأربعاء منازل في مدينة بعقوبة واعتقلت عشرة مطلوبين."
        " وجاءت المداهمات بعد مقتل 12 شخصا في تفجير انتحاري استهدف سوقا في المدينة الاثنين.",
        published="2015-07-22",
    )
    dates = {e.sub_event_type: e.date for e in events}
    assert dates["Arrests"] == dt.date(2015, 7, 22)
    assert dates["Suicide bomb"] == dt.date(2015, 7, 20)


def test_a_funeral_s_word_that_spreads_fear_does_not_move_the_day(events_of) -> None:
    # "يشيع المسلحون اليوم الرعب": the gunmen spread terror, they bury no one; today dates the killing.
    (event,) = events_of(
        "يشيع المسلحون اليوم الأحد الرعب في قضاء الطارمية بعدما قتلوا 3 جنود في هجوم على نقطة تفتيش.",
        published="2019-03-10",
    )
    assert event.date == dt.date(2019, 3, 10)


def test_a_funeral_of_bodies_dates_the_dead_the_day_before(candidate_events_of) -> None:
    # "شيعت جموع غفيرة أمس جثامين": the bodies buried yesterday fell the day before at the latest.
    events = candidate_events_of(
        "شيعت جموع غفيرة أمس جثامين ثلاثة متظاهرين قتلوا برصاص قوات الأمن في ساحة الحبوبي.",
        published="2019-11-27",
    )
    assert events
    assert {e.date for e in events} == {dt.date(2019, 11, 25)}


def test_a_funeral_of_a_person_named_after_the_day_dates_his_death_the_day_before(
    candidate_events_of,
) -> None:
    # "شيع الأهالي أمس الشاب فلان الذي قتل": the young man buried yesterday fell the day before.
    events = candidate_events_of(
        "شيع أهالي بلدة كفر قدوم أمس الشاب محمد عبيد الذي قتل برصاص قوات الاحتلال قرب البلدة.",
        published="2019-03-10",
    )
    assert events
    assert {e.date for e in events} == {dt.date(2019, 3, 8)}


@pytest.mark.parametrize("part_of_day", ["بعد ظهر أمس", "بعد منتصف ليل أمس"])
def test_a_statement_s_where_it_was_said_is_no_follow_on(events_of, part_of_day: str) -> None:
    # "وجاء في بيان": it was stated in a statement; yesterday afternoon dates the attack it reports.
    (event,) = events_of(
        f"وجاء في بيان للجيش العراقي أن مسلحين هاجموا {part_of_day} نقطة تفتيش في قضاء الطارمية.",
        published="2019-03-10",
    )
    assert event.date == dt.date(2019, 3, 9)


@pytest.mark.parametrize("part_of_day", ["بعد ظهر أمس", "بعد منتصف ليل أمس"])
def test_a_follow_on_s_time_of_day_is_no_earlier_occurrence(events_of, part_of_day: str) -> None:
    # "ويأتي الهجوم بعد ظهر أمس": بعد opens the attack's time of day, not an earlier occurrence.
    (event,) = events_of(
        "قتل ثلاثة جنود عراقيين في هجوم على نقطة تفتيش في قضاء الطارمية."
        f" ويأتي الهجوم {part_of_day} في وقت تشن فيه القوات حملة تفتيش.",
        published="2019-03-10",
    )
    assert event.date == dt.date(2019, 3, 9)


def test_the_night_before_last_dates_its_own_sentence_but_not_the_story(candidate_events_of) -> None:
    # A roundup's statement told "الليلة قبل الماضية" gives no day to the later sentences that name none.
    events = candidate_events_of(
        "وقالت قوة المهام المشتركة في بيان الليلة قبل الماضية إن طائرات التحالف نفذت تسع ضربات جوية"
        " على مواقع التنظيم قرب الحسكة. وقتل خمسة مدنيين في قصف مدفعي على سوق في مدينة إدلب. وقتل"
        " 18 مدنيا جراء سقوط قذائف هاون الليلة قبل الماضية على منازل في مدينة بعقوبة.",
        published="2018-11-20",
    )
    (idlib,) = [e for e in events if e.fatalities == 5]
    (baqubah,) = [e for e in events if e.fatalities == 18]
    assert (idlib.date, idlib.time_precision) == (dt.date(2018, 11, 20), 2)
    assert baqubah.date == dt.date(2018, 11, 18)


def test_a_quote_counts_its_relative_days_from_the_statement_it_continues(candidate_events_of) -> None:
    # The officials spoke on Thursday; their "last night" is Wednesday's, not the eve of Friday's paper.
    # The shifted day names its own rule, so --explain says why it is not publication−1.
    events = candidate_events_of(
        "أعلن مسؤولون أمنيون عراقيون أمس الخميس مقتل عشرة مدنيين في موجة عنف جديدة شهدتها محافظة ديالى."
        " وقال المسؤولون إن عشرة مدنيين قتلوا في انفجار عبوتين ناسفتين الليلة الماضية في قضاء بلدروز.",
        published="2015-07-24",
    )
    (blast,) = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert blast.date == dt.date(2015, 7, 22)
    assert STATEMENT_DAY_RULE in blast.rules and DAY_OFFSET_RULE not in blast.rules


def test_a_later_day_than_the_statement_s_does_not_move_the_lead(candidate_events_of) -> None:
    events = candidate_events_of(
        "أعلن الجيش، اليوم الثلاثاء، أنه سيطر على مدينة كيدال بعد معارك مع المسلحين."
        " وذكرت قيادة أركان الجيش في بيان نشرته على الشبكات الاجتماعية أن القوات اتخذت مواقع في المدينة"
        " الثلاثاء. واستؤنفت المعارك الأحد في محيط المدينة.",
        published="2023-11-14",
    )
    (takeover,) = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert takeover.date == dt.date(2023, 11, 14)


def test_the_day_after_counts_back_from_the_statement_day(events_of) -> None:
    # "غداة هجوم": the day after the attack is the moment the story is told from, the statement's.
    events = events_of(
        "تعهدت الحكومة بتعزيز الإجراءات الأمنية غداة هجوم انتحاري ضرب مدينة سوروج وأودى بحياة 32 شخصا."
        " وأعلن رئيس الوزراء الثلاثاء أن الشرطة تعرفت على هوية المهاجم."
        " وكان المركز الثقافي في المدينة ظهر الاثنين هدفا للهجوم.",
        published="2015-07-22",
    )
    assert {e.date for e in events} == {dt.date(2015, 7, 20)}


@pytest.mark.parametrize(
    "raw",
    [
        "أعلن محافظ المدينة، اليوم الثلاثاء، ارتفاع عدد قتلى القصف الجوي على سوق البلدة إلى 33 قتيلا.",
        "أعلنت وزارة الصحة الثلاثاء عن ارتفاع حصيلة ضحايا التفجير الانتحاري في سوق المدينة إلى 40 قتيلا.",
    ],
)
def test_a_toll_that_rose_by_the_statement_day_counts_the_dead_of_the_day_before(
    candidate_events_of, raw
) -> None:
    events = candidate_events_of(raw, published="2019-03-12")
    assert {e.date for e in events} == {dt.date(2019, 3, 11)}


@pytest.mark.parametrize("same_day", ["في اليوم نفسه", "مساء اليوم ذاته", "في نفس اليوم"])
def test_the_same_day_is_the_day_of_the_act_told_before(candidate_events_of, same_day) -> None:
    events = candidate_events_of(
        "قتل ثلاثة جنود في هجوم بعبوة ناسفة على دورية للجيش في مدينة الرمادي يوم السبت الماضي."
        f" واغتال مسلحون مجهولون {same_day} ضابطا في الشرطة بمدينة الفلوجة.",
        published="2019-03-12",
    )
    assert {e.date for e in events} == {dt.date(2019, 3, 9)}


@pytest.mark.parametrize(
    "raw",
    [
        "وقال المتحدث إن قوات الجيش ستهاجم مواقع المسلحين في جنوب البلاد خلال الساعات المقبلة.",
        "أكد وزير الدفاع أن الجيش سيستعيد السيطرة على مدينة كيدال قريبا.",
    ],
)
def test_a_verb_in_the_future_is_no_event(events_of, raw: str) -> None:
    assert events_of(raw) == []


def test_a_bombing_dated_to_an_earlier_year_is_background(events_of) -> None:
    assert (
        events_of(
            "وأصدرت المحكمة حكمها اليوم. وكان المدان قد فجر سيارة مفخخة في سوق مدينة كربلاء عام 2012،"
            " مما أدى إلى مقتل 12 شخصا.",
            published="2019-03-12",
        )
        == []
    )


def test_a_toll_of_last_year_named_by_its_number_is_background(events_of) -> None:
    text = "وأوضح المتحدث باسم وزارة الصحة أن القصف على مدينة غزة العام الماضي 2011 أدى إلى مقتل 114 شخصا."
    assert events_of(text, published="2012-12-27") == []


def test_since_a_year_only_says_how_long(events_of) -> None:
    (event,) = events_of("قتل 4 جنود أمس في هجوم على حاجز للجيش قرب الرمادي التي يقيم فيها اللواء منذ 2016.")
    assert event.fatalities == 4


def test_a_sentence_without_a_day_takes_the_day_of_the_lead(events_of) -> None:
    events = events_of(
        "قتل خمسة مدنيين أمس الإثنين في قصف مدفعي على بلدة هجين. "
        "وفي مدينة الميادين، قتل مدنيان في غارة جوية استهدفت سوقا شعبيا.",
        published=TUESDAY,
    )
    assert {e.location for e in events} == {"Hajīn", "Al Mayādīn"}
    assert {e.date for e in events} == {dt.date(2019, 3, 11)}


def test_a_day_the_fourth_sentence_states_dates_the_opening_that_names_none(events_of) -> None:
    (event,) = events_of(
        "قتل ثلاثة جنود في هجوم مسلح على حاجز للجيش قرب مدينة الرمادي. "
        "وقال مصدر أمني إن المسلحين فروا إلى جهة مجهولة. "
        "وأضاف المصدر أن التعزيزات وصلت إلى المنطقة. "
        "وأغلقت القوات الطرق المؤدية إلى المدينة مساء أمس الإثنين.",
        published=TUESDAY,
    )
    assert event.date == dt.date(2019, 3, 11)


def test_the_dateline_of_the_page_is_not_the_day_of_the_lead(events_of) -> None:
    events = events_of(
        "الأحد 21 ديسمبر 2025 08:40 ص\n\n"
        "قتل عشرة مدنيين مساء السبت في قصف بطائرة مسيرة استهدف سوقا في مدينة الفاشر. "
        "وفي مدينة كادوقلي، قتل مدنيان في قصف مدفعي استهدف حيا سكنيا.",
        published="2025-12-21",
    )
    assert len(events) == 2
    assert {e.date for e in events} == {dt.date(2025, 12, 20)}


def test_a_reported_killing_is_never_dated_after_its_report(candidate_events_of) -> None:
    events = candidate_events_of(
        "قتل خمسة مدنيين في قصف مدفعي على بلدة هجين يوم 25 مارس 2019، وتشيع جنازتهم غدا.",
        published=TUESDAY,
    )
    assert events
    assert all(e.date <= dt.date.fromisoformat(TUESDAY) for e in events)


def test_a_day_days_before_publication_after_the_lead_is_background(events_of) -> None:
    # "الحداد بدءا من الجمعة" is a mourning to come; a weekday read back four days is no story's day
    (event,) = events_of(
        "قتل ثلاثة متظاهرين برصاص قوات الأمن في مدينة الناصرية. "
        "وقال مصدر طبي إن المستشفى استقبل جثث القتلى. "
        "وأعلنت السلطات الحداد ثلاثة أيام بدءا من الجمعة.",
        published=TUESDAY,
    )
    assert event.date == dt.date.fromisoformat(TUESDAY)


def test_a_day_in_a_relative_clause_of_the_lead_is_not_the_day_of_the_story(candidate_events_of) -> None:
    events = candidate_events_of(
        "خرجت مظاهرات في بلدة ذيبان بريف دير الزور الشرقي. "
        "وطالب المتظاهرون بالكشف عن قتلة الشيخ الذي اغتيل أول أمس.",
        published=TUESDAY,
    )
    assert {(e.sub_event_type, e.date) for e in events if e.event_type == "Protests"} == {
        ("Peaceful protest", dt.date(2019, 3, 12))
    }


def test_a_day_in_a_relative_clause_on_the_act_dates_the_act(events_of) -> None:
    # the clause describes the bombing itself, not a person or place of the story
    (event,) = events_of(
        "وأدان وزير الداخلية التفجير الإرهابي الذي وقع الأحد الماضي في مدينة سترة وأسفر عن مقتل شرطيين.",
        published=TUESDAY,
    )
    assert event.date == dt.date(2019, 3, 10)


def test_a_relative_clause_that_tells_no_act_leaves_its_day_to_the_sentence(events_of) -> None:
    # "التي دمرتها الحرب" describes the town; the day after it is the clash's
    (event,) = events_of(
        "قال مسعفون إن ستة جنود قتلوا خلال اشتباكات مع مسلحين في مدينة درنة التي دمرتها الحرب يوم الأحد.",
        published=TUESDAY,
    )
    assert event.date == dt.date(2019, 3, 10)


def test_a_relative_clause_whose_act_follows_its_day_keeps_the_day(events_of) -> None:
    # "الذي تعرض مساء الأحد لقصف": the day is the shelling's, not the takeover's
    events = events_of(
        "سيطر المسلحون على مبنى البلدية في مدينة درنة الذي تعرض مساء الأحد لقصف عنيف.",
        published=TUESDAY,
    )
    takeovers = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [e.date for e in takeovers] == [dt.date.fromisoformat(TUESDAY)]


def test_the_lead_takes_the_day_of_a_relative_clause_on_the_act(events_of) -> None:
    # the clause "الذي وقع يوم الأحد" tells when the bombing happened, not another act
    events = events_of(
        "أعلنت السلطات أن منفذ التفجير الانتحاري الذي وقع يوم الأحد في السوق شاب في العشرين، حسبما أفاد "
        "مصدر رسمي الثلاثاء. وأسفر التفجير الانتحاري عن مقتل 12 شخصا في سوق المدينة.",
        published=TUESDAY,
    )
    assert {e.date for e in events} == {dt.date(2019, 3, 10)}


def test_a_quote_after_a_dated_act_of_its_sub_type_is_dated_by_it(candidate_events_of) -> None:
    # the opening states no day; the source quoted tells more of the retaking dated "أمس"
    events = candidate_events_of(
        "رحب مجلس المحافظة بوصول شحنة مساعدات غذائية إلى المدينة. وقال رئيس المجلس إن الشحنة تكفي لشهر. "
        "ودعا المنظمات الدولية إلى زيادة الدعم. وأشار إلى أن آلاف الأسر نزحت خلال الأشهر الماضية. "
        "من جانب آخر، استعادت قوات الجيش أمس السيطرة على تلال قرب بلدة كفرنبودة في ريف حماة. "
        "وقال مصدر عسكري إن القوات شنت هجوما مباغتا واستعادت السيطرة على قرية الهبيط جنوب البلدة.",
        published=TUESDAY,
    )
    assert len(events) == 2
    assert {e.date for e in events} == {dt.date(2019, 3, 11)}


def test_a_history_that_names_no_day_of_its_own_reports_nothing(events_of) -> None:
    assert (
        events_of(
            "شهدت مدينة حلب عام 1915 أحداثا دامية. وأعدم الجنود 80 مدنيا رميا بالرصاص في ساحة السوق.",
            title="ملامح من تاريخ المدينة",
        )
        == []
    )


def test_a_weak_trigger_needs_a_weapon_besides_its_own_word(candidate_events_of) -> None:
    # "طيران" is a weak strike word and the aircraft it names: an airline honouring its crew is no
    # strike, the air force striking with missiles is.
    airline = "كرم طيران ناس طاقم رحلة متجهة من حائل إلى الرياض اليوم بعد عودتها إلى المدرج."
    assert candidate_events_of(airline) == []
    strike = candidate_events_of("قصف الطيران بالصواريخ مواقع المسلحين في ريف إدلب اليوم.")
    assert [e.sub_event_type for e in strike] == ["Air/drone strike"]


def test_a_march_is_told_by_what_met_it_not_by_an_aircraft(candidate_events_of) -> None:
    # "مسيرة" is a march and a drone: a reconnaissance aircraft beside it makes it the drone, tear
    # gas fired to disperse it makes it a march met by the police.
    drone = (
        "قال مدير إعلام الشرطة إن الأجهزة الأمنية عثرت أمس على طائرة استطلاع أمريكية مسيرة في "
        "بادية السماوة، من دون معرفة أسباب سقوطها."
    )
    assert candidate_events_of(drone) == []
    march = candidate_events_of("أطلقت الشرطة قنابل الغاز اليوم لتفريق مسيرة مؤيدة للحكومة في مدينة المنيا.")
    assert [e.sub_event_type for e in march] == ["Protest with intervention"]
    # A weak word told twice does not confirm itself.
    movement = (
        "وتابع: «هناك حراك سياسي في الإقليم وهذا الحراك ما زال في طوره الصحي». وقال المستشار إن "
        "الشعب دفع آلاف الضحايا من أجل وحدة الإقليم، ومن يستهدف وحدته يستهدف الجميع."
    )
    assert candidate_events_of(movement) == []


def test_planted_or_stored_explosives_and_minefields_are_no_explosion(candidate_events_of) -> None:
    assert candidate_events_of("أصابت الضربات اليوم وحدات تكتيكية وحقول ألغام قريبة من مدينة الرقة.") == []
    depot = "عثرت القوات اليوم على مخزن للعبوات الناسفة في حي الزهراء بمدينة الموصل."
    assert candidate_events_of(depot) == []


def test_a_checkpoint_is_no_ambush_unless_a_toll_or_weapon_says_so(candidate_events_of) -> None:
    # "كمين" is an ambush and, in Egypt, a checkpoint: alone it tells no fight.
    road = "وقام المسلحون اليوم بزرع عبوات ناسفة على الطرق المؤدية إلى الكمين في مدينة العريش."
    assert candidate_events_of(road) == []
    (ambush,) = candidate_events_of("قتل خمسة جنود اليوم في كمين لدورية للجيش قرب مدينة العريش.")
    assert (ambush.sub_event_type, ambush.fatalities) == ("Armed clash", 5)


def test_freeing_the_injured_or_snatching_a_bag_takes_no_town_and_abducts_nobody(candidate_events_of) -> None:
    wreck = (
        "لقي شخص مصرعه فجر أمس وأصيب سبعة آخرون بحادث انقلاب مركبة على الطريق السريع، وتم تحرير "
        "المصابين من داخل المركبة ونقلوا إلى مستشفى مدينة المدينة المنورة."
    )
    assert candidate_events_of(wreck) == []
    assert candidate_events_of("انقض القرد على المرأة وخطف حقيبتها في معبد ببلدة فريندافان الهندية.") == []
    assert candidate_events_of("الفيلم السوري خطف الأضواء في افتتاح مهرجان جرش مساء أمس.") == []


def test_a_plot_or_planning_is_not_the_attack(candidate_events_of) -> None:
    plot = "وشملت التهم التخطيط لاستهداف مقار أمنية في الرياض ضمن مخطط لاغتيال ضباط."
    assert candidate_events_of(plot) == []


@pytest.mark.parametrize(
    "title",
    [
        "4844 مدنيا ضحايا الغارات خلال 9 أشهر",
        "26 ألف غارة و14 ألف برميل متفجر في 9 أشهر",  # في opens a period with a count after it
    ],
)
def test_a_headline_that_counts_over_months_makes_its_undated_sentences_part_of_the_count(
    candidate_events_of, title: str
) -> None:
    text = (
        "وقصفت طائرات النظام مدن إدلب وحلب ودرعا بالبراميل المتفجرة. "
        "وقتل أمس خمسة مدنيين في غارة جوية على بلدة سراقب في ريف إدلب."
    )
    events = candidate_events_of(text, title=title)
    assert [(e.location_ar, e.fatalities) for e in events] == [("سراقب", 5)]


def test_a_headline_that_names_a_month_counts_no_period(candidate_events_of) -> None:
    text = "وأغارت الطائرات الحربية على مدينة سراقب في ريف إدلب ما أسفر عن مقتل خمسة مدنيين."
    events = candidate_events_of(text, title="غارات على سراقب في شهر رمضان")
    assert [e.location_ar for e in events] == ["سراقب"]


def test_the_day_a_tallys_report_was_issued_is_not_the_day_of_what_it_counts(candidate_events_of) -> None:
    text = (
        "وقالت الشبكة في تقرير لها أصدرته، أمس، إن الطيران المروحي ألقى 640 برميلا متفجرا على "
        "محافظة درعا، و310 براميل على مدينة داريا. "
        "وقتل أمس خمسة مدنيين في غارة جوية على بلدة سراقب في ريف إدلب."
    )
    events = candidate_events_of(text, title="1500 برميل متفجر ألقيت على السوريين خلال مارس")
    assert [e.location_ar for e in events] == ["سراقب"]


def test_a_sentence_that_counts_since_an_act_sums_up_the_period(candidate_events_of) -> None:
    since = "ومنذ مقتل الشاب، سجلت حوادث عدة قتل فيها شبان سود برصاص شرطيين بيض في مدن أميركية."
    assert candidate_events_of(since) == []
    dated = "وقتل شاب أسود أمس برصاص شرطي أبيض في مدينة بالتيمور، في أول حادث منذ مقتل غراي."
    assert len(candidate_events_of(dated)) == 1
    compared = (
        "وسيطرت المقاومة على جبل صبر، فيما تشهد المدينة مواجهات هي الأعنف منذ سقوط المدينة في أيدي الحوثيين."
    )
    assert len(candidate_events_of(compared)) >= 1
    # an act of several words after منذ opens the period as one word does
    since_phrase = "ومنذ الهجوم الانتحاري على الكنيسة، سجلت هجمات عدة قتل فيها مسيحيون في مدن مصرية."
    assert candidate_events_of(since_phrase) == []


def test_a_sentence_dated_with_an_earlier_years_full_date_is_background(candidate_events_of) -> None:
    history = (
        "وقعت محاولة اغتيال فاشلة استهدفت السلطان في باحة جامع يلدز بعد صلاة الجمعة يوم 21 يوليو (تموز) "
        "1905 وقتل فيها 26 شخصا."
    )
    assert candidate_events_of(history, published="2015-07-17") == []
    siege = "قتل 5 جنود أمس في هجوم على حاجز في مدينة الرمادي التي يحاصرها التنظيم منذ 21 يوليو 2014."
    assert [e.fatalities for e in candidate_events_of(siege, published="2015-07-17")] == [5]


def test_a_projectile_that_fell_is_shelling(candidate_events_of) -> None:
    events = candidate_events_of(
        "أعلن الدفاع المدني سقوط مقذوف عسكري أطلق من داخل الأراضي اليمنية على منزل في مدينة نجران أمس "
        "الاثنين، ما أدى إلى إصابة طفلين."
    )
    assert [(e.sub_event_type, e.date) for e in events] == [
        ("Shelling/artillery/missile attack", dt.date(2019, 3, 11))
    ]


@pytest.mark.parametrize(
    "report",
    [
        "باشر الدفاع المدني في منطقة جازان أمس بلاغا عن سقوط مقذوفات، من داخل الأراضي اليمنية، "
        "على حي سكني بمحافظة الطوال، ما نتج عنه إصابة مواطنين.",
        "أوضح الدفاع المدني بمنطقة جازان أنه تم أمس سقوط مقذوف في مزرعة بقرية الخوبة بمحافظة الحرث "
        "من داخل الحدود اليمنية، ما نتج عنه إصابة مقيم.",
    ],
)
def test_the_territory_fire_came_from_names_its_author_past_a_comma_or_a_place(
    candidate_events_of, report
) -> None:
    (event,) = candidate_events_of(report)
    assert (event.sub_event_type, event.actor1) == ("Shelling/artillery/missile attack", "Houthis")


@pytest.mark.parametrize(
    "report",
    [
        "اللواء سعد الغامدي المتحدث الرسمي لشرطة منطقة عسير استنكر الهجوم الذي استهدف أمس مسجدا في أبها "
        "وأسفر عن مقتل ثلاثة مصلين.",
        "العقيد سالم القحطاني الناطق الإعلامي لشرطة منطقة عسير استنكر الهجوم الذي استهدف أمس مسجدا في "
        "أبها وأسفر عن مقتل ثلاثة مصلين.",
    ],
)
def test_a_spokesman_of_the_police_with_his_title_s_adjective_reports_an_attack_it_did_not_make(
    candidate_events_of, report
) -> None:
    (event,) = candidate_events_of(report)
    assert event.actor1 == "Unidentified Armed Group (Saudi Arabia)"


@pytest.mark.parametrize(
    "report",
    [
        "أعلنت قيادة العمليات اليوم سقوط صاروخين على معسكر للجيش في مدينة الرمادي دون وقوع إصابات.",
        "أفاد مصدر أمني بسقوط صاروخي كاتيوشا على معسكر للجيش في مدينة الرمادي اليوم.",
        "أعلن الدفاع المدني سقوط قذيفتين على حي سكني في مدينة الرمادي اليوم دون إصابات.",
    ],
)
def test_two_rockets_that_fell_are_shelling(candidate_events_of, report: str) -> None:
    """The dual ("سقوط صاروخين"، "سقوط صاروخي كاتيوشا") tells the fall as the plural does."""
    events = candidate_events_of(report)
    shelling = "Shelling/artillery/missile attack"
    assert [(e.sub_event_type, e.location_ar) for e in events] == [(shelling, "الرمادي")]


def test_a_negated_claim_does_not_negate_the_attack(candidate_events_of) -> None:
    events = candidate_events_of(
        "ولم تتبن أي جهة الهجوم الذي استهدف حاجزا للجيش في مدينة العريش اليوم وأسفر عن مقتل ثلاثة جنود."
    )
    assert [(e.location_ar, e.fatalities) for e in events] == [("العريش", 3)]


def test_a_day_of_an_earlier_year_does_not_make_a_history_a_report(candidate_events_of) -> None:
    history = (
        "انطلقت الثورة في مدينة تعز في 11 فبراير 2011 وامتدت إلى صنعاء. "
        "وشهدت مدينة الحديدة احتجاجات حاشدة تطالب بطرد المسلحين من المدينة."
    )
    assert candidate_events_of(history) == []


def test_an_earlier_occurrence_with_its_day_is_an_event(candidate_events_of) -> None:
    dated = candidate_events_of(
        "وفي وقت سابق من يوم الأحد قصفت طائرات حربية بلدة كفرنبل في ريف إدلب، ما أدى إلى مقتل ثلاثة مدنيين.",
        published=TUESDAY,
    )
    assert [(e.sub_event_type, e.date) for e in dated] == [("Air/drone strike", dt.date(2019, 3, 10))]
    undated = candidate_events_of(
        "وفي وقت سابق قصفت طائرات حربية بلدة كفرنبل في ريف إدلب، ما أدى إلى مقتل ثلاثة مدنيين.",
        published=TUESDAY,
    )
    assert undated == []


def test_an_occurrence_a_few_days_back_is_background(candidate_events_of) -> None:
    # "قبل أيام" dates nothing to a day: it is an earlier occurrence told without its day.
    few_days = candidate_events_of(
        "وقبل أيام قليلة شنت طائرات التحالف غارة جوية على فندق في منطقة بيت العذري شمال صنعاء.",
        published=TUESDAY,
    )
    assert few_days == []
    hours = candidate_events_of(
        "وقبل ساعات شنت طائرات التحالف غارة جوية على فندق في منطقة بيت العذري شمال صنعاء.",
        published=TUESDAY,
    )
    assert [e.sub_event_type for e in hours] == ["Air/drone strike"]


def test_an_occurrence_months_or_years_back_is_background(candidate_events_of) -> None:
    text = "وأصيب الصحفي قبل شهرين أثناء تصويره المعارك في مدينة حلب."
    assert candidate_events_of(text, published=TUESDAY) == []
    # a cue that opens the sentence governs its later clauses too
    text = (
        "وقبل عام مضى، أعلن الرئيس الأمريكي شن ضربات جوية في العراق، وجاء قراره بعدما سيطر مقاتلو "
        "تنظيم داعش على أجزاء من محافظة الأنبار."
    )
    assert candidate_events_of(text, published=TUESDAY) == []
    text = "واستعادت القوات العراقية أمس مدينة هيت بعد أن سيطر عليها تنظيم داعش قبل عام."
    assert [e.sub_event_type for e in candidate_events_of(text, published=TUESDAY)] == [
        "Government regains territory"
    ]


def test_a_negated_aspect_of_an_attack_does_not_negate_the_attack(candidate_events_of) -> None:
    events = candidate_events_of("ولم تعرف بعد حصيلة الانفجار الذي هز سوقا شعبيا في مدينة الرمادي اليوم.")
    assert [(e.event_type, e.location_ar) for e in events] == [("Explosions/Remote violence", "الرمادي")]
    assert candidate_events_of("ولم يقع أي انفجار في سوق مدينة الرمادي اليوم.") == []


def test_at_least_is_no_negation(candidate_events_of) -> None:
    events = candidate_events_of(
        "وقال مسؤولون أمنيون اليوم إن ما لا يقل عن ثلاثة صواريخ سقطت في مدينة الرمادي دون أن تسفر عن إصابات."
    )
    assert [(e.sub_event_type, e.location_ar) for e in events] == [
        ("Shelling/artillery/missile attack", "الرمادي")
    ]


def test_a_killing_by_gunfire_is_an_attack(candidate_events_of) -> None:
    events = candidate_events_of("قتل خمسة مدنيين برصاص مسلحين مجهولين في بلدة الشحيل بريف دير الزور اليوم.")
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Attack", "Civilians (Syria)", 5)
    ]
    volley = candidate_events_of("أطلق مجهولون أعيرة نارية على دورية للشرطة في مدينة الرمادي اليوم.")
    assert [e.event_type for e in volley] == ["Battles"]


def test_a_drone_named_after_its_nationality_is_no_march(candidate_events_of) -> None:
    events = candidate_events_of(
        "مقتل قيادي في قسد بطائرة تركية مسيرة في مدينة القامشلي\n"
        "قتل قيادي في قسد اليوم بقصف من طائرة تركية مسيرة استهدف سيارته في مدينة القامشلي.",
        published="2022-08-07",
    )
    assert {e.event_type for e in events} == {"Explosions/Remote violence"}


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات مسلحة بين عشيرتين في مدينة الرمادي أسفرت عن مقتل 4 أشخاص، "
        "وتدخلت الشرطة لاستعادة الأمن.",
        "اندلعت اشتباكات مسلحة بين عشيرتين في مدينة الرمادي أسفرت عن مقتل 4 أشخاص، "
        "وقالت الشرطة إنها سيطرت على الوضع.",
    ],
)
def test_order_restored_or_a_situation_mastered_is_no_territory(candidate_events_of, text: str) -> None:
    assert [e.sub_event_type for e in candidate_events_of(text)] == ["Armed clash"]


def test_an_occurrence_told_days_before_the_story_is_dated_back_from_its_day(events_of) -> None:
    # TUESDAY is 2019-03-12: the foiled attack is the day before, the suicide attack two days before it.
    events = events_of(
        "أعلن الجيش أمس إحباط هجوم على معسكر في بلدة هجين، "
        "وذلك بعد يومين من هجوم انتحاري استهدف مدينة الميادين وأسفر عن مقتل جنديين.",
        published=TUESDAY,
    )
    assert {(e.location, e.date) for e in events} == {
        ("Hajīn", dt.date(2019, 3, 11)),
        ("Al Mayādīn", dt.date(2019, 3, 9)),
    }


def test_days_before_the_story_reach_past_only(candidate_events_of) -> None:
    # "فقط" and a comma may stand between the days and the occurrence they count back to.
    (event,) = candidate_events_of(
        "ويأتي ذلك بعد يومين فقط، من هجوم انتحاري استهدف مدينة الميادين أسفر عن مقتل جنديين.",
        published=TUESDAY,
    )
    assert event.date == dt.date(2019, 3, 10)


def test_the_morning_after_dates_what_follows_to_the_day_before(events_of) -> None:
    (protest, burning) = events_of(
        "أحرق متظاهرون مقر الحزب الحاكم في مدينة الميادين، وذلك غداة إحراق مقره في بلدة هجين.",
        published=TUESDAY,
    )
    assert (protest.date, burning.date) == (dt.date(2019, 3, 12), dt.date(2019, 3, 11))


def test_an_unknown_village_stands_in_its_province_not_at_the_article_s_city_of_another(events_of) -> None:
    events = events_of(
        "قتل ثمانية مدنيين في قصف بطائرة مسيرة استهدف سوقا في منطقة الكومة بولاية شمال دارفور أمس. وفي "
        "كادقلي عاصمة ولاية جنوب كردفان قصفت قوات الدعم السريع مستشفى المدينة. وتعرضت كادقلي لقصف "
        "مدفعي متواصل خلال الأيام الماضية."
    )
    village = next(e for e in events if e.location_ar == "الكومة")
    assert (village.admin1, village.location, village.geo_precision) == ("North Darfur", None, 3)


def test_a_clause_set_in_part_of_a_country_borrows_no_town_of_another(events_of) -> None:
    events = events_of(
        "قتل فلسطيني إسرائيليين اثنين في هجوم طعن شمال إسرائيل اليوم، وقالت الشرطة إن المنفذ من سكان بلدة"
        " قباطية في محافظة جنين بالضفة الغربية."
    )
    assert events and all(e.country == "IL" and e.location != "Qabāţīyah" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "قتل خمسة مدنيين أمس في انفجار في بلدتي المقدادية وبلدروز شرقي العراق.",
        "هاجم مسلحون أمس نقاطا للشرطة في بلدتي المقدادية وبلدروز شرقي العراق.",
    ],
)
def test_a_generic_trigger_in_listed_towns_is_one_event_per_town(events_of, text) -> None:
    # A generic word (انفجار، هاجم) alone refers back to an event told before; each town a list
    # names is an occurrence of its own.
    events = events_of(text)
    assert sorted(e.location for e in events) == ["Al Miqdādīyah", "Baladrūz"]


def test_towns_listed_inside_a_city_are_where_the_event_happened(candidate_events_of) -> None:
    events = candidate_events_of("أصيب سبعة مدنيين أمس في انفجار عبوتين في قضاء بلدروز والمقدادية في بعقوبة.")
    assert sorted(e.location_ar for e in events) == ["المقدادية", "بلدروز"]


@pytest.mark.parametrize(
    "text",
    [
        "وبدأت القوات الحكومية أمس الأحد معركة طرابلس بعد حشد آلاف المقاتلين في محيط المدينة.",
        "وأعلنت القوات الحكومية اليوم بدء معركة استعادة حلب.",
    ],
)
def test_the_battle_of_a_city_names_a_campaign(rule_events_of, text: str) -> None:
    assert rule_events_of(text) == []


def test_shells_fired_from_yemen_onto_a_saudi_town_are_the_houthis(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "أعلن الدفاع المدني في منطقة جازان سقوط مقذوف عسكري من داخل الحدود اليمنية على منزل في "
        "مدينة جازان أمس، ما أدى إلى إصابة طفلين."
    )
    assert (event.country, event.actor1) == ("SA", "Houthis")


def test_an_actor_after_a_clause_opening_target_verb_is_who_struck(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "واستهدف الحوثيون يوم الأحد ناقلة نفط قرب ميناء الحديدة بصاروخ، في هجوم نادر."
    )
    assert event.actor1 == "Houthis"


def test_an_actor_after_a_target_verb_behind_a_connective_is_who_struck(candidate_events_of) -> None:
    """ "كما استهدفت طائرات التحالف": the verb still opens its clause; the aircraft struck."""
    (event,) = candidate_events_of("كما استهدفت طائرات التحالف مواقع للحوثيين في منطقة يريم وسط اليمن.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Air/drone strike",
        "Saudi-led Coalition",
        "Houthis",
    )


def test_an_actor_after_a_target_verb_told_after_the_act_is_what_was_hit(candidate_events_of) -> None:
    (event,) = candidate_events_of("قتل ثلاثة أشخاص في هجوم استهدف الحوثيين في مدينة الحديدة اليوم.")
    assert event.actor1 != "Houthis"


@pytest.mark.parametrize(
    "text",
    [
        "ارتفعت حصيلة هجوم استهدف الثلاثاء معسكرا للجيش النيجري في مدينة نيامي إلى 40 قتيلا.",
        "قام مسلحون اليوم بالهجوم على عدد من الكمائن للقوات المسلحة في مدينة العريش.",
    ],
)
def test_the_army_whose_camp_was_attacked_is_the_target(candidate_events_of, text: str) -> None:
    (event,) = candidate_events_of(text)
    assert event.actor1.startswith("Unidentified Armed Group")
    assert event.actor2.startswith("Military Forces of")


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "قال المرصد إن فصائل المعارضة السورية قصفت بالصواريخ اليوم تمركزات لقوات النظام في مطار "
            "الثعلة العسكري غرب مدينة السويداء.",
            ("Opposition Rebels (Syria)", "Military Forces of Syria"),
        ),
        (
            "واستهدف القصف اليوم موقعا للحوثيين في مدينة قعطبة.",
            ("Unidentified Armed Group (Yemen)", "Houthis"),
        ),
        (
            "قال مسؤول إن التحالف قصف اليوم أهدافا لداعش في مدينة الرقة.",
            ("Global Coalition Against Daesh", "Islamic State"),
        ),
    ],
)
def test_the_side_whose_positions_were_struck_is_the_target(candidate_events_of, text, actors) -> None:
    (event,) = candidate_events_of(text, published="2015-07-20")
    assert (event.actor1, event.actor2) == actors


def test_the_side_a_group_opposes_is_no_party_to_its_act(candidate_events_of) -> None:
    events = candidate_events_of(
        "أمطرت الفصائل المقاتلة المعارضة للنظام السوري اليوم بلدتي الفوعة وكفريا في ريف إدلب "
        "بالقذائف الصاروخية والمدفعية.",
        published="2015-07-20",
    )
    assert {(e.actor1, e.actor2) for e in events} == {("Opposition Rebels (Syria)", None)}


def test_a_side_named_after_the_opposition_in_a_pair_is_still_a_party(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "اندلعت اشتباكات عنيفة اليوم بين فصائل المعارضة وقوات النظام في مدينة درعا."
    )
    assert "Military Forces of Syria" in (event.actor1, event.actor2)


def test_the_army_that_strikes_a_camp_is_its_author(candidate_events_of) -> None:
    (event,) = candidate_events_of("قصف الجيش المالي اليوم معسكرا لتنظيم داعش قرب مدينة غاو.")
    assert (event.actor1, event.actor2) == ("Military Forces of Mali", "Islamic State")


def test_a_killed_word_inside_the_acts_name_marks_no_victim(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "أفاد ناشطون بسقوط قذيفة هاون أطلقها الحوثيون على حي سكني في مدينة تعز اليوم، ما أدى إلى إصابة طفل."
    )
    assert event.actor1 == "Houthis"


def test_the_group_whose_faction_carried_out_the_attack_is_its_author(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "قتل 20 شخصا جراء قصف استهدف مدينة كادوقلي اليوم. وأكدت مصادر طبية أن الهجوم نفذ بواسطة "
        "فصيل تابع للحركة الشعبية لتحرير السودان شمال."
    )
    assert event.actor1 == "SPLM-N: Sudan People's Liberation Movement-North"


def test_soldiers_told_as_wounded_before_the_attack_are_its_target(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "قال مصدر أمني إن أربعة جنود أصيبوا في هجوم على حاجز قرب مدينة العريش اليوم."
    )
    assert event.actor2 == "Military Forces of Egypt" and event.actor1 != event.actor2


def test_a_truce_for_two_towns_is_one_agreement(candidate_events_of) -> None:
    text = "اتفقت الأطراف المتنازعة اليوم الأحد على وقف إطلاق النار في مدينتي الزاوية وصبراتة غرب ليبيا."
    events = candidate_events_of(text)
    assert [e.sub_event_type for e in events] == ["Agreement"]


def test_an_agreement_is_placed_where_its_parties_met(candidate_events_of) -> None:
    text = (
        "أعلنت البعثة الأممية أن أطراف النزاع في طرابلس اتفقت اليوم الأحد على وقف إطلاق النار. "
        "وجاء ذلك خلال اجتماع عقده المبعوث الأممي، اليوم الأحد، بمدينة الزاوية مع قادة المجموعات المسلحة."
    )
    events = candidate_events_of(text)
    assert [(e.sub_event_type, e.location_ar) for e in events] == [("Agreement", "الزاوية")]
    assert "place:meeting" in events[0].rules


def test_a_bombing_verb_after_a_conjunction_is_read(candidate_events_of) -> None:
    events = candidate_events_of("وفجرت عناصر من تنظيم داعش منزلا لأحد الضباط في مدينة الموصل اليوم الأحد.")
    assert [(e.event_type, e.actor1) for e in events] == [("Explosions/Remote violence", "Islamic State")]


def test_fajr_is_the_verb_beside_its_subject_and_dawn_before_a_day(candidate_events_of) -> None:
    blew_up = candidate_events_of("فجر مسلحون من تنظيم داعش منزلا لأحد الضباط في مدينة الموصل اليوم الأحد.")
    assert [(e.event_type, e.actor1) for e in blew_up] == [("Explosions/Remote violence", "Islamic State")]
    for dawn in ("اقتحمت قوات الاحتلال فجر اليوم الأحد", "اقتحمت قوات الاحتلال فجر أمس"):
        events = candidate_events_of(f"{dawn} مدينة جنين واعتقلت ثلاثة شبان.")
        assert "Explosions/Remote violence" not in {e.event_type for e in events}
    prayer = candidate_events_of("توافد المصلون إلى المسجد لأداء صلاة الفجر في مدينة الموصل اليوم الأحد.")
    assert prayer == []


def test_the_official_who_prepares_suicide_bombers_is_no_suicide_bombing(events_of) -> None:
    text = (
        "أعلنت خلية الاستخبارات الخميس مقتل 20 عنصرا من التنظيم بينهم مسؤول تجهيز الانتحاريين، "
        "بقصف جوي غرب مدينة الرمادي."
    )
    assert [e.sub_event_type for e in events_of(text)] == ["Air/drone strike"]


def test_conduct_called_suicidal_is_no_suicide_bombing(events_of) -> None:
    shelling = (
        "قتل 12 مدنيا اليوم الأحد في قصف للمتمردين على حي سكني في مدينة تعز. "
        "وقال المحافظ إن قصف الأحياء السكنية عمل انتحاري يقوم به المتمردون."
    )
    assert "Suicide bomb" not in {e.sub_event_type for e in events_of(shelling)}
    leanings = "قال مسؤولون إن المسلح الذي قتل أربعة جنود في الهجوم أمس كانت لديه ميول انتحارية."
    assert "Suicide bomb" not in {e.sub_event_type for e in events_of(leanings)}
    bomber = "فجر انتحاري نفسه اليوم الأحد في سوق مزدحمة بمدينة قندوز مما أسفر عن مقتل 9 أشخاص."
    assert [e.sub_event_type for e in events_of(bomber)] == ["Suicide bomb"]


def test_a_bomb_defused_by_experts_named_before_it_is_disrupted(candidate_events_of) -> None:
    events = candidate_events_of(
        "أبطل خبراء متفجرات من الشرطة مفعول عبوة ناسفة كانت موضوعة قرب مبنى البلدية في مدينة الموصل اليوم."
    )
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_the_countryside_a_following_clause_names_is_no_event_at_its_city(candidate_events_of) -> None:
    events = candidate_events_of("قتل خمسة مدنيين اليوم في قصف جوي، وفي الوقت نفسه في ريف دمشق.")
    assert [(e.admin1, e.location_ar) for e in events] == [("Rural Damascus", None)]


def test_a_march_dispersed_is_an_intervention_not_a_drone(candidate_events_of) -> None:
    (event,) = candidate_events_of("أطلقت الشرطة قنابل الغاز لتفريق مسيرة طلابية وسط مدينة الكوت اليوم.")
    assert event.sub_event_type == "Protest with intervention"
    assert not any(rule.startswith("weapon:drone") for rule in event.rules)


def test_an_aside_on_a_listed_town_leaves_the_list_to_the_first_act(candidate_events_of) -> None:
    events = candidate_events_of(
        "اندلعت اشتباكات بين قوات الأمن وأنصار المعارضة في مدينة الكوت، وفي مدينة العمارة، حيث أطلقت "
        "الشرطة قنابل الغاز لتفريق مسيرة للمعارضة، وفي مدينة الديوانية والحلة."
    )
    by_place = {e.location: e.sub_event_type for e in events}
    assert by_place["Al Diwaniyah"] == by_place["Al Hillah"] == by_place["Al-Kut"] == "Violent demonstration"


def test_an_act_told_after_haythu_keeps_the_places_its_own_clauses_name(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "تواصل إسرائيل تصعيدها العسكري في جنوب لبنان، حيث استهدفت، اليوم الجمعة، بصاروخ موجه سيارة في "
        "مدينة النبطية، ما أسفر عن مقتل قيادي في حزب الله."
    )
    assert event.location_ar is not None and "النبطية" in event.location_ar


@pytest.mark.parametrize(
    "text",
    [
        "خرج المئات في احتجاجات غاضبة في مدينة كسلا مساء أمس إثر وفاة شاب في مركز للشرطة.",
        "تظاهر المئات في مدينة كسلا مساء أمس احتجاجا على مقتل ثلاثة مدنيين برصاص مسلحين.",
    ],
)
def test_the_death_a_crowd_protests_is_not_its_toll(candidate_events_of, text: str) -> None:
    assert [e.fatalities for e in candidate_events_of(text) if e.event_type == "Protests"] == [None]


def test_the_death_a_riot_protests_is_not_its_toll(candidate_events_of) -> None:
    events = candidate_events_of(
        "اندلعت أعمال شغب في مدينة كسلا مساء أمس، وأحرق شبان غاضبون إطارات احتجاجا على مقتل شاب برصاص الشرطة."
    )
    assert [e.fatalities for e in events if e.event_type == "Riots"] == [None]


def test_the_dead_of_a_crowd_told_in_a_later_clause_are_its_toll(candidate_events_of) -> None:
    events = candidate_events_of(
        "اندلعت احتجاجات في مدينة كسلا مساء أمس، ونشبت بعد ذلك توترات بين المتظاهرين وقوات الأمن، "
        "حيث أطلقت القوات الرصاص على المتظاهرين ما أدى لمقتل ثلاثة أشخاص."
    )
    assert 3 in [e.fatalities for e in events if e.event_type == "Protests"]


def test_a_toll_after_an_act_told_as_another_is_that_acts(candidate_events_of) -> None:
    events = candidate_events_of(
        "انفجرت قنبلة في قرية قرب مدينة المنامة أمس ما أدى إلى إصابة اثنين من رجال الشرطة، وذلك بعد "
        "انفجار آخر في البلاد الشهر الماضي أدى إلى مقتل ثلاثة من رجال الأمن."
    )
    assert [e.fatalities for e in events] == [None]


def test_an_attack_noun_whose_aim_a_verb_tells_is_the_act_not_a_shelling(candidate_events_of) -> None:
    # "هجوم استهدف معسكرا": استهدف says what the assault aimed at; the noun tells the act.
    (camp,) = candidate_events_of("قتل 20 جنديا في هجوم استهدف أمس معسكرا للجيش في مدينة العريش.")
    assert camp.sub_event_type == "Armed clash"
    (post,) = candidate_events_of("قتل 20 جنديا في هجوم إرهابي استهدف أمس موقعا للجيش في مدينة العريش.")
    assert post.sub_event_type == "Armed clash"
    # The noun after the verb is its subject: "an attack targeted a camp".
    (told_verb_first,) = candidate_events_of(
        "استهدف هجوم أمس معسكرا للجيش في مدينة العريش وقتل فيه 20 جنديا."
    )
    assert told_verb_first.sub_event_type == "Armed clash"
    # With no act noun beside it the verb still tells a strike.
    (strike,) = candidate_events_of("استهدف المسلحون أمس معسكرا للجيش في مدينة العريش بقذائف الهاون.")
    assert strike.sub_event_type == "Shelling/artillery/missile attack"


def test_explosives_found_with_a_count_between_are_disrupted_weapons_use(candidate_events_of) -> None:
    # "العثور على 3 عبوات": the count breaks the phrase "عثور على عبوات", not the find.
    (found,) = candidate_events_of("تمكنت القوات الأمنية اليوم من العثور على 3 عبوات ناسفة في مدينة الرمادي.")
    assert found.sub_event_type == "Disrupted weapons use"
    (seized,) = candidate_events_of("أعلنت الشرطة اليوم ضبط خمس عبوات ناسفة معدة للتفجير في مدينة الرمادي.")
    assert seized.sub_event_type == "Disrupted weapons use"
    (blast,) = candidate_events_of("قتل ثلاثة جنود اليوم بانفجار 3 عبوات ناسفة في مدينة الرمادي.")
    assert blast.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (  # a comma sets the third party apart as the other side
            "دارت اليوم اشتباكات بين المقاومة الشعبية وقوات الجيش الوطني، وميليشيات الحوثي في مدينة تعز.",
            ("Popular Resistance (Yemen)", "Houthis"),
        ),
        (  # words that close a side
            "دارت اليوم اشتباكات بين قوات النظام وميليشيا الدفاع الوطني من طرف، "
            "والفصائل المقاتلة من طرف آخر في محيط مدينة حماة.",
            ("Military Forces of Syria", "Opposition Rebels (Syria)"),
        ),
        (  # two subjects of one verb take the town together
            "سيطرت القوات الموالية لهادي وقوات المقاومة الشعبية على مدينة الحوطة بعد اشتباكات مع الحوثيين.",
            ("Military Forces of Yemen", "Houthis"),
        ),
        (  # بين and two names: the pair itself
            "دارت اليوم الاثنين اشتباكات عنيفة بين الجيش السوري وتنظيم داعش في مدينة حلب.",
            ("Military Forces of Syria", "Islamic State"),
        ),
    ],
)
def test_a_force_joined_to_the_author_fights_beside_it(candidate_events_of, text, pair) -> None:
    [event] = candidate_events_of(text)
    assert (event.actor1, event.actor2) == pair


def test_the_pair_after_bayna_outranks_the_dead_it_counts(candidate_events_of) -> None:
    # The dead are counted first, but the pair names the sides: civilians are no side of a clash.
    text = (
        "قتل 12 شخصا، بينهم امرأة، أمس في اشتباكات مسلحة اندلعت بين مسلحين من التبو "
        "ومسلحين من قبيلة أولاد سليمان في مدينة سبها."
    )
    [event] = candidate_events_of(text)
    tebu, awlad_suleiman = "Tebu Ethnic Militia (Libya)", "Awlad Suleiman Ethnic Militia (Libya)"
    assert (event.actor1, event.actor2) == (tebu, awlad_suleiman)


@pytest.mark.parametrize(
    ("text", "ally"),
    [
        (
            "قالت مصادر إن المقاومة الشعبية سيطرت اليوم على منطقة الحوطة بلحج بالتنسيق مع قوات التحالف.",
            "Saudi-led Coalition",
        ),
        (
            "قال ناشطون إن عناصر من حزب الله تخوض المعارك إلى جانب القوات السورية في بلدة نبل اليوم.",
            "Military Forces of Syria",
        ),
        (  # a participle of backing and بـ
            "سيطرت المقاومة الشعبية في محافظة شبوة مدعومة برجال قبائل اليوم على مواقع "
            "كانت في قبضة الحوثيين في بيحان.",
            "Unidentified Tribal Militia (Yemen)",
        ),
    ],
)
def test_a_force_an_act_is_done_with_or_beside_is_no_side(candidate_events_of, text, ally) -> None:
    for event in candidate_events_of(text):
        assert ally not in {event.actor1, event.actor2}


def test_two_joined_names_that_fight_are_each_others_foe(candidate_events_of) -> None:
    [event] = candidate_events_of(
        "واستأنف الجيش المالي والجماعات المسلحة المعارك في منطقة كيدال اليوم الأحد."
    )
    assert event.actor2 is not None and event.actor2 != event.actor1


def test_a_backing_word_with_a_pronoun_backs_no_one_after_it(candidate_events_of) -> None:
    events = candidate_events_of(
        "ويخوض الجيش السوري والفصائل التي تقاتل إلى جانبه اليوم معارك ضد تنظيم داعش في مدينة الحسكة."
    )
    assert any(e.actor2 == "Islamic State" for e in events)


def test_arresting_a_drug_carrier_a_stabber_or_a_thief_is_not_coded(rule_events_of) -> None:
    # ACLED codes arrests of political or armed actors; a road patrol's drug find, a stabbing's
    # suspect or a thief are ordinary crime, whatever the arrest verb.
    assert rule_events_of("ألقت دوريات الأمن أمس القبض على مواطن بحوزته حبوب مخدرة قرب الخرج.") == []
    assert rule_events_of("وألقت شرطة حائل أمس القبض على شاب سدد طعنات لآخر في حي المنتزه بمدينة حائل.") == []
    assert rule_events_of("اعتقلت الشرطة أمس عاملين ضبطت بحوزتهما مسروقات من متجر في مدينة الدمام.") == []
    assert rule_events_of("داهمت البلدية أمس معملا في مدينة جدة تعمل فيه عمالة مخالفة لنظام الإقامة.") == []
    (event,) = rule_events_of("داهمت قوات الأمن أمس مخبأ لتنظيم داعش في مدينة كركوك واعتقلت ثلاثة من عناصره.")
    assert event.sub_event_type == "Arrests"


def test_arresting_a_runaway_maid_or_a_gang_of_swindlers_is_not_coded(rule_events_of) -> None:
    # a household's and a city police's daily cases, not political or armed actors
    text = "وألقت الشرطة أمس القبض على خادمة آسيوية هربت من منزل كفيلها في مدينة بريدة."
    assert rule_events_of(text) == []
    text = "ألقت شرطة منطقة تبوك أمس القبض على تشكيل عصابي من أربعة وافدين في مدينة تبوك."
    assert rule_events_of(text) == []
    # كفيل alone says "capable of": a guarantee of more arrests is no sponsor
    text = (
        "واعتقلت قوات الأمن 6 من عناصر تنظيم داعش في مدينة كركوك أمس، وأكد قائد الشرطة أن الجهاز "
        "الأمني كفيل بملاحقة بقية الخلايا."
    )
    assert [e.sub_event_type for e in rule_events_of(text)] == ["Arrests"]


def test_fireworks_and_a_crash_are_no_attack(rule_events_of) -> None:
    text = "أصيب جندي من الدفاع المدني أمس في عينه حين انفجرت ألعاب نارية في وجهه خلال حفل بمدينة الطائف."
    assert rule_events_of(text) == []
    text = "لقي تسعة جنود مصرعهم أمس في حادث تحطم طائرة مروحية تابعة لطيران الجيش قرب مدينة بيشاور."
    assert rule_events_of(text) == []
    (event,) = rule_events_of("قتل جنديان أمس عندما انفجرت عبوة ناسفة في دوريتهما جنوب مدينة الرمادي.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_flood_that_sweeps_or_traps_people_is_no_raid(rule_events_of) -> None:
    assert rule_events_of("ونجا شاب أمس بعد مداهمة مياه السيول مركبته في وادي بيش بجازان.") == []
    assert rule_events_of("وطالب الأهالي أمس بجسر يمنع احتجازهم بسبب جريان الأمطار والسيول في بيشة.") == []
    assert rule_events_of("وغمرت المياه أمس أحياء محافظة ضمد بعد انفجار سد ترابي تحت ضغط الأمطار.") == []
    (event,) = rule_events_of("داهمت قوات الأمن العراقية أمس منزلا في مدينة الفلوجة واعتقلت مطلوبين اثنين.")
    assert event.sub_event_type == "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "وقال قائد الحرس أمس إن السفن التجارية ستظل محل استهداف من جانب قواته في البحر الأحمر.",
        "وأكد المتحدث أمس أن القوات لن تتردد بعد اليوم في استهداف السفن في ميناء الحديدة.",
        "وقال مسؤول أمس إن صفقة تبادل الأسرى المتفق عليها مع الجماعة سيبدأ تنفيذها في عدن.",
        "وأكد الوفد أمس استمرار مفاوضات تبادل الأسرى في مدينة مأرب.",
        "ورفع البحارة أعلام دول أخرى على السفن أمس تجنبا للاستهداف قرب ميناء الحديدة.",
    ],
)
def test_an_act_a_future_verb_governs_talked_of_or_guarded_against_opens_nothing(
    rule_events_of, text: str
) -> None:
    assert rule_events_of(text) == []


def test_what_the_reader_is_reminded_of_opens_nothing(rule_events_of) -> None:
    text = "وللتذكير فقد أسفرت المواجهات بين الجيش والمسلحين في مدينة الرمادي عن مقتل 20 مسلحا."
    assert rule_events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال قائد المنطقة أمس إن استعادة السيطرة على بلدة تلكيف ليست مشكلة بالنسبة لقواته.",
        "وقال المتحدث أمس إن استعادة الجيش السوري مدينة الباب مسألة وقت.",
    ],
)
def test_an_act_whose_feasibility_is_judged_opens_nothing(rule_events_of, text: str) -> None:
    assert rule_events_of(text) == []


def test_a_past_act_judged_hard_is_still_read(rule_events_of) -> None:
    (event,) = rule_events_of("سيطرت القوات العراقية أمس على بلدة تلكيف، وكان اقتحامها صعبا.")
    assert event.location_ar is not None


def test_a_claim_made_to_a_camera_without_a_day_opens_nothing(rule_events_of) -> None:
    text = "ويقول قائد الفصيل في تسجيل مصور نشر على الإنترنت إن مقاتليه سيطروا على ضواحي بلدة تلكيف."
    assert rule_events_of(text) == []
    (event,) = rule_events_of(
        "وقال قائد الفصيل في تسجيل مصور نشر على الإنترنت إن مقاتليه سيطروا أمس الأحد على بلدة تلكيف."
    )
    assert event.location_ar is not None


def test_footage_that_shows_an_act_is_still_read(rule_events_of) -> None:
    (event,) = rule_events_of(
        "وأظهرت مقاطع فيديو نشرها ناشطون محتجين يحرقون مقر الحزب في مدينة الناصرية أمس."
    )
    assert event.location_ar is not None


def test_a_past_stretch_is_background(rule_events_of) -> None:
    text = "وأكدت تقارير أن المسلحين أقدموا خلال الفترة الماضية على إعدام عشرات الأسرى في مدينة زنجبار."
    assert rule_events_of(text) == []


def test_the_abducted_a_rescue_names_tell_no_abduction(candidate_events_of) -> None:
    text = "وتشارك القوة الخاصة في عمليات حفظ الأمن وإنقاذ الرهائن والمخطوفين في مدينة الرياض."
    assert candidate_events_of(text) == []


def test_the_dead_a_document_counts_are_its_tally(rule_events_of) -> None:
    text = (
        "والمعارك بين المتمردين وقوات الأمن هي السبب الأول لسقوط الضحايا في ولاية هلمند بحسب الوثيقة "
        "التي نسبت سقوط 70% من القتلى إلى المسلحين."
    )
    assert rule_events_of(text) == []


def test_a_bare_year_before_publication_dates_an_old_act(rule_events_of) -> None:
    text = "واقتحم مسلحون قرية تنغو في ولاية بورنو في 2016 وقتلوا 20 شخصا."
    assert rule_events_of(text) == []
    (event,) = rule_events_of(text.replace("2016", "2019"))  # the year of publication
    assert event.fatalities == 20


def test_a_service_aviation_carrying_a_martyr_is_no_air_strike(candidate_events_of) -> None:
    """ "طيران الأمن" names the interior ministry's aircraft that carry the dead and the wounded:
    the aircraft word right before such a service is no warplane."""
    text = (
        "نقل طيران الأمن أمس جثمان شهيد الواجب الجندي أول علي القحطاني من مطار أبها إلى محافظة بيشة "
        "حيث ووري الثرى بحضور عدد من أقاربه."
    )
    assert candidate_events_of(text) == []
    (event,) = candidate_events_of("قصف الطيران صباح اليوم مواقع للمسلحين في بلدة كفرنبل بريف إدلب.")
    assert event.sub_event_type == "Air/drone strike"


def test_an_act_a_period_is_counted_from_is_no_news(candidate_events_of) -> None:
    """ "منذ الاعتداء الانتحاري في سروج": the act right after منذ is the known point the period starts
    from; a day after it dates it, and then it is told as news."""
    events = candidate_events_of(
        "قصفت مقاتلات تركية أمس مواقع لحزب العمال الكردستاني في جبال قنديل شمال العراق، في أعنف تصعيد "
        "منذ الاعتداء الانتحاري في بلدة سروج الذي أودى بحياة 32 شابا."
    )
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    events = candidate_events_of(
        "ساد الهدوء مدينة العريش منذ الهجوم الانتحاري الذي استهدف حاجزا للجيش فجر اليوم وأوقع ثلاثة قتلى."
    )
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]
    events = candidate_events_of(
        "تشهد مدينة العريش منذ أيام اشتباكات عنيفة بين الجيش ومسلحين قتل فيها ثلاثة جنود."
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_ground_a_force_is_about_to_retake_is_not_yet_taken(events_of) -> None:
    text = (
        "وأكد رئيس الأركان أمس أن القوات الموالية للحكومة على وشك استعادة السيطرة على قاعدة العند العسكرية"
        " في محافظة لحج."
    )
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a search tightened against feared bombings
        "شددت قوات الأمن الليبية اليوم إجراءات التفتيش على مداخل مدينة مصراتة تخوفا من عمليات انتحارية"
        " بعد تهديدات أطلقها تنظيم داعش.",
        # forces readying for an offensive
        "وتركز القوات العراقية أنظارها على محافظة الأنبار حيث يتأهبون لهجوم يستهدف استعادة مدينة الرمادي.",
    ],
)
def test_acts_feared_or_readied_for_are_not_done(events_of, text: str) -> None:
    assert events_of(text, published="2015-07-26") == []


def test_ground_a_force_strives_to_retake_is_not_yet_taken(events_of) -> None:
    """The fighting told first is news; the retaking the forces strive for after it is not."""
    text = (
        "وتدور منذ صباح اليوم معارك عنيفة بين الجيش والمتمردين في محافظة أبين، ويسعى الجيش إلى استعادة"
        " السيطرة على مدينة زنجبار."
    )
    assert [e.sub_event_type for e in events_of(text, published="2015-08-03")] == ["Armed clash"]


@pytest.mark.parametrize(
    "aftermath",
    [
        "ويأتي الهجوم فيما تسعى تل أبيب إلى استعادة علاقاتها بأنقرة، وقالت أنقرة إن المحادثات مستمرة.",
        "ونددت أنقرة بالهجوم، واستدعت أنقرة القائم بالأعمال السوري احتجاجا على تكرار الهجمات.",
        "وأنقرة تتهم التنظيم بالوقوف وراء الهجوم، وأنقرة تطالب حلفاءها بالمساعدة في ملاحقة منفذيه.",
        # the subject of a verb whose object is its pronoun
        "ويأتي الهجوم ضمن التصعيد الذي يرافق الحملة التي بدأتها أنقرة على المسلحين.",
    ],
)
def test_a_capital_standing_for_its_government_is_not_where_an_event_falls_back_to(
    candidate_events_of, aftermath
) -> None:
    events = candidate_events_of(
        f"قتل انتحاري 30 شخصا على الأقل وأصاب العشرات في بلدة حدودية تركية مساء الاثنين. {aftermath}"
    )
    assert events and all(e.location != "Ankara" for e in events)


def test_one_bombing_told_as_an_answer_to_a_campaign_abroad_stays_one_event(candidate_events_of) -> None:
    # the capital and the country beyond "ردا على" are the campaign's, not the bombing's
    events = candidate_events_of(
        "قال الجيش التركي إن مسلحين قتلوا اثنين من جنوده في تفجير قنبلة على الطريق امس ردا على الحملة "
        "التي بدأتها أنقرة على الحزب بالتزامن مع ضربات تستهدف التنظيم في سورية. وقال بيان للجيش إن "
        "جنديين قتلا حينما انفجرت عبوة ناسفة أثناء مرور سيارة عسكرية قرب مدينة ديار بكر.",
        published="2015-07-26",
    )
    assert [(e.country, e.location_ar, e.fatalities) for e in events] == [("TR", "ديار بكر", 2)]


def test_the_article_s_own_country_after_an_answered_act_is_still_named_by_its_sentence(
    candidate_events_of,
) -> None:
    # the country the answer names is the article's own: the sentence names it, no fallback is read
    (event,) = candidate_events_of(
        "قالت الشرطة العراقية إن مسلحين قتلوا جنديين في تفجير عبوة ناسفة أمس ردا على الحملة التي يشنها "
        "الجيش على التنظيم في العراق.",
        published="2015-08-10",
    )
    assert event.country == "IQ" and "country:article" not in event.rules


@pytest.mark.parametrize(
    ("told", "country"),
    [
        ("وفي تطور آخر، قتل أربعة مصلين في تفجير عقب صلاة الجمعة في الكويت.", "KW"),
        ("وقتل ثلاثة جنود أتراك في انفجار لغم بعد ظهر أمس في تركيا.", "TR"),
        ("وقتل حارسان في هجوم على فندق بعد منتصف الليل في تونس.", "TN"),
    ],
)
def test_a_time_after_a_sequel_word_keeps_the_country_after_it(candidate_events_of, told, country) -> None:
    # "عقب صلاة الجمعة"، "بعد ظهر أمس" say when, they open no other act: the country after them is the act's
    events = candidate_events_of(
        "قتل خمسة جنود عراقيين في هجوم انتحاري في الرمادي أمس، وقتل جندي عراقي في هجوم في بغداد. " + told,
        published="2015-08-10",
    )
    assert country in {e.country for e in events} and len(events) == 3


@pytest.mark.parametrize(
    "report",
    [
        "قتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد اليوم أعلنت الشرطة العراقية.",
        "قتل خمسة أشخاص في انفجار سيارة مفخخة استهدف سوقا شعبيا في بغداد اليوم. وقالت بغداد إن التحقيق بدأ.",
    ],
)
def test_a_capital_where_the_event_happened_stays_its_place(candidate_events_of, report) -> None:
    events = candidate_events_of(report)
    assert events and all(e.location == "Baghdad" for e in events)


@pytest.mark.parametrize(
    ("report", "town"),
    [
        ("هاجم مسلحون مقر حكومة كركوك المحلية أمس وقتلوا حارسين.", "Kirkuk"),
        ("انفجرت سيارة مفخخة خلال زيارة درنة أمس وقتل ثلاثة مدنيين.", "Darnah"),
        ("انفجرت عبوة ناسفة قرب موقف الحلة للحافلات أمس وقتل مدنيان.", "Al Hillah"),
    ],
)
def test_a_city_that_completes_a_government_s_noun_is_still_a_place(
    candidate_events_of, report, town
) -> None:
    events = candidate_events_of(report)
    assert events and all(e.location == town for e in events)


def test_a_village_named_like_a_visit_governs_no_town_after_it(candidate_events_of) -> None:
    events = candidate_events_of(
        "قتل ستة عناصر من قوات النظام في اشتباكات عنيفة دارت أمس في بلدتي الزيارة وجورين في سهل "
        "الغاب بريف حماة الشمالي الغربي."
    )
    assert {e.location_ar for e in events} == {"الزيارة", "جورين"}


def test_a_name_two_countries_share_goes_where_the_articles_big_cities_lie(events_of) -> None:
    events = events_of(
        "اعتقلت الشرطة ثلاثة أشخاص في القنيطرة بعد مواجهات مع محتجين، "
        "كما امتدت الاحتجاجات إلى سلا والرباط والدار البيضاء."
    )
    assert {e.country for e in events} == {"MA"}
    assert "Kenitra" in {e.location for e in events}


def test_a_shared_name_stays_in_its_provinces_country_when_the_cities_lie_there(events_of) -> None:
    events = events_of("قتل جنديان في قصف في القنيطرة أمس، فيما قصفت الطائرات مواقع في درعا ودمشق.")
    assert ("SY", "Quneitra") in {(e.country, e.admin1) for e in events}


def test_one_city_read_abroad_does_not_take_a_shared_name_from_the_states_forces(events_of) -> None:
    events = events_of(
        "أطلقت قوات الأمن العراقية الغاز المسيل للدموع على متظاهرين تجمعوا قرب جسر الزيتون "
        "وسط مدينة الناصرية، ما أدى إلى مقتل متظاهرين اثنين."
    )
    assert events and {e.country for e in events} == {"IQ"}


@pytest.mark.parametrize(
    "text",
    [
        "قتل 20 شخصا في غارة جوية على قاعة زفاف في مدينة المخا أمس.",
        "قصفت طائرات التحالف مطعما في مدينة صعدة أمس.",
        "فجر انتحاري نفسه داخل مقهى شعبي في مدينة كركوك أمس.",
    ],
)
def test_a_hall_a_restaurant_or_a_cafe_struck_stands_for_its_civilians(candidate_events_of, text) -> None:
    [event] = candidate_events_of(text)
    assert event.actor2 is not None and event.actor2.startswith("Civilians")
    assert "actor2:civilian_site" in event.rules


def test_a_side_that_replies_in_a_clause_of_its_own_is_not_the_target(candidate_events_of) -> None:
    text = "قتل خمسة أشخاص أمس في غارة إسرائيلية على مبنى في بلدة الخيام جنوبي لبنان، وحزب الله يتوعد بالرد."
    [event] = candidate_events_of(text)
    assert (event.actor1, event.actor2) == ("Military Forces of Israel", "Civilians (Lebanon)")


def test_the_unit_a_dead_man_served_in_is_the_victim(events_of) -> None:
    text = (
        "أعلنت قيادة القوات المشتركة في بيان اليوم استشهاد الجندي أول سالم بن محمد القحطاني "
        "- رحمه الله - من منسوبي الحرس الوطني إثر إصابته بمقذوف في قطاع نجران."
    )
    (event,) = events_of(text)
    assert event.actor1 == "Unidentified Armed Group (Saudi Arabia)"
    assert event.actor2 == "Military Forces of Saudi Arabia"


def test_a_force_whose_mosque_was_bombed_is_its_target(events_of) -> None:
    (event,) = events_of("وقع التفجير الإرهابي بمسجد قوات أمن الطوارئ في مدينة أبها ظهر أمس.")
    assert event.actor1 == "Unidentified Armed Group (Saudi Arabia)"
    assert event.actor2 == "Police Forces of Saudi Arabia"


@pytest.mark.parametrize(
    "text",
    [
        "أدانت الحكومة التفجير الإرهابي الذي استهدف مسجدا في مقر قوات الطوارئ الخاصة بمنطقة تبوك اليوم.",
        "وقع تفجير انتحاري اليوم في مسجد قوات الطوارئ بمدينة تبوك، نتج عنه استشهاد ثمانية من منسوبي القوات.",
    ],
)
def test_saudi_special_emergency_forces_are_its_police(events_of, text) -> None:
    (event,) = events_of(text)
    assert event.actor2 == "Police Forces of Saudi Arabia"


def test_men_of_a_unit_at_prayer_are_not_the_bombers(events_of) -> None:
    text = (
        "قال المتحدث الأمني إنه أثناء قيام مجموعة من منسوبي قوات الطوارئ الخاصة بمنطقة تبوك بأداء صلاة "
        "العصر في مسجد المقر أمس، حدث تفجير بحزام ناسف في جموع المصلين نتج عنه استشهاد ثمانية منهم."
    )
    (event,) = events_of(text)
    assert event.actor1 == "Unidentified Armed Group (Saudi Arabia)"
    assert event.actor2 == "Police Forces of Saudi Arabia"


def test_a_note_of_protest_is_no_protest(rule_events_of) -> None:
    text = (
        "وسلمت الخارجية الباكستانية أمس مذكرة احتجاج إلى السفير الهندي على قصف القوات الهندية "
        "قرية حدودية في إقليم البنجاب أدى إلى مقتل ثلاثة مدنيين."
    )
    assert "Protests" not in {e.event_type for e in rule_events_of(text)}


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("وغادر اليوم ثمانية من مصابي تفجير السوق الشعبي مستشفى مدينة الموصل بعد تحسن حالتهم.", 0),
        ("ونقل جرحى القصف المدفعي الذي استهدف سوق مدينة تعز صباح اليوم إلى المستشفى الجمهوري.", 1),
    ],
)
def test_an_act_named_by_its_wounded_is_known(events_of, text: str, events: int) -> None:
    assert len(events_of(text)) == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "وأكد الوزير تضامن بلاده، مستنكرا الهجوم الإرهابي الذي استهدف سوقا شعبيا في مدينة الحلة.",
            0,
        ),
        ("وانتشر الوسم كردة فعل على العمل الإرهابي الذي استهدف كنيسة في مدينة الإسكندرية.", 0),
        (
            "وأكد الوزير تضامن بلاده مع العراق، مستنكرا الهجوم الإرهابي الذي استهدف أمس سوقا في مدينة الحلة.",
            1,
        ),
    ],
)
def test_an_act_a_participle_of_reaction_names_is_known(events_of, text: str, events: int) -> None:
    assert len(events_of(text, published="2015-08-08")) == events


def test_a_burn_in_a_fire_from_a_short_circuit_is_no_mob_violence(events_of) -> None:
    text = (
        "وأوضح الدفاع المدني أن سبب الحريق ناجم عن التماس كهربائي في مطبخ الشقة، "
        "ونقل طفل إلى المستشفى نتيجة إصابته بحرق سطحي في حي النسيم بمدينة جدة."
    )
    assert events_of(text) == []


def test_opening_fire_in_the_plural_is_read(events_of) -> None:
    text = "قتل شرطي إثر قيام مسلحين بإطلاق النيران على دورية أمنية في مدينة العريش أمس."
    assert [e.sub_event_type for e in events_of(text)] == ["Armed clash"]


def test_the_fighting_season_is_no_clash(rule_events_of) -> None:
    text = "وقال محلل إن كثيرا من المروحيات تخضع للصيانة خلال موسم القتال بين الجيش الأفغاني وحركة طالبان."
    assert rule_events_of(text) == []


def test_warning_shots_are_no_clash(rule_events_of) -> None:
    text = "وقال سكان إنهم سمعوا دوي إطلاق نيران تحذيرية طوال الليل من نقاط الأمن على ساحل مدينة العريش."
    assert rule_events_of(text) == []


def test_protesters_burying_their_dead_hold_no_protest(rule_events_of) -> None:
    text = "وشيع المحتجون أمس جثامين الضحايا في مقبرة مدينة الناصرية وسط حضور كبير."
    assert rule_events_of(text) == []
    text = "وشيع المحتجون أمس جثامين الضحايا، ثم خرج متظاهرون في مسيرة حاشدة في مدينة الناصرية."
    assert [e.sub_event_type for e in rule_events_of(text)] == ["Peaceful protest"]


def test_shooting_ones_own_kin_or_another_person_is_a_private_crime(rule_events_of) -> None:
    text = "وأفادت الشرطة بأن مواطنا أطلق النار أمس على شقيقه إثر خلاف عائلي في مدينة حائل."
    assert rule_events_of(text) == []
    text = "وتلقت الشرطة أمس بلاغا عن قيام شخص بإطلاق النار على شخص آخر في حي السلي بمدينة الرياض."
    assert rule_events_of(text) == []
    text = "وقال شقيق الشهيد إن جنود الاحتلال أطلقوا النار على شقيقه أمس عند حاجز قلنديا شمال القدس."
    assert len(rule_events_of(text)) == 1  # soldiers shot someone's brother: an event
    text = "وباشرت الشرطة أمس بلاغا عن قيام مواطن بالاعتداء على شقيقه بآلة حادة في حي الشرقية بمدينة الطائف."
    assert rule_events_of(text) == []
    text = "وألقت الشرطة أمس القبض على مواطن أطلق النار على شقيقه إثر خلاف عائلي في مدينة حائل."
    assert rule_events_of(text) == []
    text = "واعتقلت قوات الاحتلال أمس شابا وشقيقه بعد مداهمة منزلهما في مدينة الخليل."
    assert [e.sub_event_type for e in rule_events_of(text)] == ["Arrests"]


def test_a_friendly_match_is_no_clash(rule_events_of) -> None:
    text = "وخاض الفريق أمس في مدينة بولو التركية مواجهات تجريبية ودية مع أندية محلية."
    assert rule_events_of(text) == []


def test_floods_that_sweep_houses_away_are_no_destruction(events_of) -> None:
    text = "وقال مسؤولون أمس إن مياه الفيضانات جرفت عشرات المنازل في مدينة وينتشو الصينية."
    assert events_of(text) == []
    text = "وتسببت الأمطار الغزيرة أمس في اقتلاع الأشجار وسيول جارفة في مدينة هانغتشو الصينية."
    assert events_of(text) == []
    (event,) = events_of("وجرفت جرافات الاحتلال أمس أراضي زراعية في بلدة بيت حانون شمال قطاع غزة.")
    assert event.sub_event_type == "Looting/property destruction"


def test_celebratory_gunfire_is_no_clash(rule_events_of) -> None:
    text = "وسمع دوي إطلاق نار ابتهاجا بفوز المنتخب الوطني أمس في أحياء مدينة البصرة."
    assert rule_events_of(text) == []
    text = "ولا تزال ظاهرة إطلاق الأعيرة النارية في الأفراح منتشرة في مدينة الحلة."
    assert rule_events_of(text) == []


def test_a_side_hurt_in_a_new_clause_is_no_victim_of_the_first(events_of) -> None:
    text = (
        "وأفادت مصادر ميدانية بأن نحو 12 من مسلحي الحوثي قتلوا، وأصيب اثنان من أفراد المقاومة الشعبية "
        "في اشتباكات وقصف لطائرات التحالف لمحافظة مأرب."
    )
    assert [e.actor2 for e in events_of(text)] == ["Houthis"]


def test_the_wounded_by_an_attack_tell_its_toll(events_of) -> None:
    (event,) = events_of("قتيل وجرحى بهجوم مسلح على حافلة ركاب في مدينة الموصل", title="")
    assert event.sub_event_type in {"Armed clash", "Attack"}


def test_a_clause_telling_what_a_city_lives_through_adds_no_target(candidate_events_of) -> None:
    # "حيث تشهد درعا قصفا": the background of the strike on Nawa, not a second place it hit.
    events = candidate_events_of(
        "قتل ثلاثة مدنيين في غارة جوية على بلدة نوى حيث تشهد مدينة درعا وريفها قصفا عنيفا."
    )
    assert [(e.location_ar, e.fatalities) for e in events] == [("نوى", 3)]


def test_a_time_bomb_as_a_figure_opens_no_bombing(candidate_events_of) -> None:
    assert not candidate_events_of(
        "وقال المفتي إن استمرار اعتداءات قوات الاحتلال الإسرائيلي على المسجد الأقصى يحول المنطقة إلى "
        "قنبلة موقوتة."
    )
    (event,) = candidate_events_of("انفجرت قنبلة موقوتة في سوق شعبي وسط بغداد مما أدى إلى مقتل ثلاثة أشخاص.")
    assert (event.sub_event_type, event.fatalities) == ("Remote explosive/landmine/IED", 3)


@pytest.mark.parametrize(
    "text",
    [
        "وجاء ذلك بعد تطهير مدينة الضالع من ميليشيات الحوثي اليوم، وسيطرت المقاومة الشعبية على المدينة.",
        "استعادت قوات الجيش اليمني اليوم مدينة لودر من ميليشيات الحوثي.",
    ],
)
def test_the_force_ground_is_taken_from_is_not_the_taker(candidate_events_of, text: str) -> None:
    # "من ميليشيات الحوثي" after the takeover's word names who lost the ground
    (event,) = candidate_events_of(text)
    assert (event.sub_event_type, event.actor2) == ("Government regains territory", "Houthis")
    assert event.actor1 != "Houthis"


@pytest.mark.parametrize(
    ("text", "taker"),
    [
        ("سيطر مسلحون من تنظيم داعش على مدينة الرمادي غرب العراق أمس.", "Islamic State"),
        ("سيطرت عناصر من الجيش السوري الحر على بلدة خان شيخون في ريف إدلب أمس.", "Free Syrian Army"),
        ("سيطر المئات من مسلحي تنظيم داعش على بلدة في محافظة الأنبار أمس.", "Islamic State"),
        ("سيطر نحو 200 من مسلحي تنظيم داعش على بلدة في محافظة الأنبار أمس.", "Islamic State"),
    ],
)
def test_the_men_of_a_side_told_with_من_are_the_taker(candidate_events_of, text: str, taker: str) -> None:
    # "مسلحون من تنظيم داعش": من right after the verb's subject says whose men they are
    (event,) = candidate_events_of(text)
    assert event.actor1 == taker


def test_the_taker_a_takeovers_verb_names_stays_its_actor1_whoever_lost_men(candidate_events_of) -> None:
    events = candidate_events_of(
        "وذكرت المصادر أن المقاومة الشعبية سيطرت على مثلث العند في لحج، فيما قتل 22 من ميليشيات الحوثي "
        "في كمين للمقاومة الشعبية في منطقة القاعدة شرقي تعز."
    )
    [takeover] = [
        e
        for e in events
        if e.sub_event_type in ("Government regains territory", "Non-state actor overtakes territory")
    ]
    assert (takeover.sub_event_type, takeover.actor1, takeover.actor2) == (
        "Government regains territory",
        "Popular Resistance (Yemen)",
        "Houthis",
    )


def test_a_state_force_a_bomb_went_off_against_is_its_target(events_of) -> None:
    (event,) = events_of("تعرضت دورية للجيش العراقي لانفجار عبوة ناسفة في قضاء الطارمية اليوم.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq")


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "اطمأن وزير الداخلية أمس على المصابين من أفراد الشرطة في حادث تفجير مقر القيادة بمدينة بعقوبة، "
            "والمنومين في المستشفى العسكري.",
            0,
        ),
        ("زار المحافظ صباح اليوم الجرحى في تفجير السوق بمدينة الحلة واطمأن على صحتهم.", 0),
        ("زار المحافظ صباح اليوم الجرحى في تفجير على حاجز للشرطة بمدينة الحلة.", 1),
        # A chain of nouns in construct may run three or four words to its definite end.
        ("زار المحافظ مساء اليوم المصابين من جراء تفجير مسجد قيادة قوة الشرطة بالمدينة واطمأن على صحتهم.", 0),
        ("اطمأن الوزير أمس على المصابين في تفجير مبنى إدارة مرور الحلة ودعا لهم بالشفاء.", 0),
        # A part of the day that names a prayer names no day of the act.
        (
            "استنكر الوزير التفجير الإرهابي الذي استهدف رجال الأمن أثناء أدائهم صلاة الظهر في مسجد قيادة "
            "الشرطة بمدينة الحلة.",
            0,
        ),
        (
            "استنكر الوزير التفجير الإرهابي الذي استهدف رجال الأمن أثناء أدائهم صلاة الظهر أمس في مسجد "
            "قيادة الشرطة بمدينة الحلة.",
            1,
        ),
        # The definite wounded named by a definite act the article told before: the first report
        # is the one event.
        (
            "انفجرت عبوة ناسفة في مسجد قيادة الشرطة بمدينة الحلة ظهر أمس. تداول ناشطون مقطعا مصورا لأحد "
            "المصابين في تفجير مسجد قيادة الشرطة، روى فيه ما رآه داخل المسجد.",
            1,
        ),
        (
            "انفجرت سيارة مفخخة قرب سوق مدينة الحلة ظهر أمس. وقال الطبيب إن حالة الجرحى من جراء التفجير "
            "مستقرة وإن بعضهم غادر المستشفى.",
            1,
        ),
        ("قتل ثلاثة أشخاص وأصيب عشرة في تفجير سيارة مفخخة بمدينة الحلة صباح اليوم.", 1),
        ("سقط قتلى وجرحى جراء قصف طيران الجيش لمعسكر التنظيم في مدينة الرقة.", 1),
        # The wounded by a definite act with nothing to retell it after are a first report.
        ("وقال ناشطون إن الجرحى من جراء القصف على حي الفردوس نقلوا إلى مستشفى ميداني في مدينة حلب.", 1),
        # An indefinite subject ends the act's construct: what follows is its object.
        ("أدانت الحكومة استهداف طائرة مسيرة سيارة المدنيين في محافظة مأرب.", 1),
        ("أدانت الحكومة استهداف طائرات التحالف سيارة للمدنيين في محافظة مأرب.", 0),
        ("زار الأمير المصابين من جراء تفجير مسجد قيادة قوة الطوارئ واطمأن على صحتهم.", 0),
    ],
)
def test_a_known_act_retold_with_no_day_opens_no_event(candidate_events_of, text: str, events: int) -> None:
    assert len(candidate_events_of(text)) == events


@pytest.mark.parametrize(
    "text",
    [
        "وقال البيان إن المقاتلين صدوا الهجوم واستولوا على عتاد عسكري ثقيل منها دبابات وراجمات صواريخ.",
        "وأعلنت الشرطة أنها ضبطت شحنة ذخائر كبيرة بينها 40 صاروخا في ميناء المدينة.",
        "استولى مقاتلو جبهة النصرة على أسلحة وذخائر كثيرة منها مدافع وصواريخ في ريف إدلب أمس.",
    ],
)
def test_a_weapon_listed_after_what_was_seized_is_held(candidate_events_of, text: str) -> None:
    assert "Shelling/artillery/missile attack" not in {e.sub_event_type for e in candidate_events_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "استولى مسلحو التنظيم على بلدة الكرمة ثم أطلقوا منها صواريخ على مواقع الجيش في مدينة الفلوجة.",
        "استولى المقاتلون على تلة استراتيجية وقصفت منها القذائف أحياء مدينة الرمادي.",
    ],
)
def test_a_weapon_fired_from_a_place_seized_is_fired(candidate_events_of, text: str) -> None:
    # منها after a verb is "from it", the ground a later fire came from, not a list of things held
    assert "Shelling/artillery/missile attack" in {e.sub_event_type for e in candidate_events_of(text)}


def test_a_death_a_protest_protests_retold_by_its_pronoun_is_no_toll(candidate_events_of) -> None:
    text = (
        "ونفذ مئات الأشخاص اعتصاما أمام مبنى المحافظة في مدينة حمص احتجاجا على قتل أحد أقارب المحافظ "
        "للمهندس سامي الخطيب عند دوار الساعة ليل الخميس بإطلاق النار عليه وقتله أمام أطفاله."
    )
    protests = [e for e in candidate_events_of(text) if e.event_type == "Protests"]
    assert protests
    assert {(e.sub_event_type, e.fatalities) for e in protests} == {("Peaceful protest", None)}


@pytest.mark.parametrize(
    "text",
    [
        "قتل شاب برصاص مسلحين مجهولين مساء اليوم، وقالت مصادر محلية إن الشاب ينتمي إلى مدينة الزنتان.",
        "قتل مسلحون مجهولون اليوم ثلاثة جنود ينتمون إلى قرية المشيرفة في هجوم على نقطة تفتيش.",
        "قتل في الغارات اليوم سبعة مسلحين حوثيين ينحدرون من محافظتي صعدة وعمران.",
    ],
)
def test_the_place_someone_comes_from_is_not_where_the_event_happened(candidate_events_of, text) -> None:
    [event] = candidate_events_of(text)
    assert event.location is None


def test_a_place_after_a_word_of_origin_leaves_the_sentence_s_own_place(candidate_events_of) -> None:
    [event] = candidate_events_of(
        "قتل جنديان ينحدران من مدينة الزنتان اليوم في اشتباكات مع مسلحين في مدينة سرت."
    )
    assert event.location == "Sirte"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("خرج أبناء مدينة تعز اليوم الجمعة في مظاهرة حاشدة للمطالبة برحيل المسلحين.", "Taiz"),
        ("تظاهر المئات من أبناء محافظة الحسكة اليوم احتجاجا على انقطاع الكهرباء.", "Al-Hasakah"),
    ],
)
def test_the_people_of_a_town_protest_in_it(candidate_events_of, text: str, place: str) -> None:
    [event] = candidate_events_of(text)
    assert place in (event.location, event.admin1)


def test_a_capital_a_speaker_reports_as_accusing_stands_for_its_government(candidate_events_of) -> None:
    [event] = candidate_events_of(
        "أعلن مسؤول تركي يوم الاثنين أن أنقرة تتهم مجموعة يسارية متطرفة بالهجوم المسلح الذي استهدف "
        "القنصلية الأمريكية في إسطنبول وأسفر عن مقتل شرطي."
    )
    assert event.location == "Istanbul"


@pytest.mark.parametrize(
    "sentence",
    [
        "قتلت طائرة مسيرة قياديا بارزا في تنظيم القاعدة في مدينة عتق مساء اليوم.",
        "قتلت مروحية عسكرية ثلاثة مسلحين في مدينة الشيخ زويد اليوم.",
        "قال مصدر أمني إن طائرة مسيرة قتلت ثلاثة مسلحين في مدينة الشيخ زويد اليوم.",
    ],
)
def test_an_aircraft_that_kills_is_an_air_strike(candidate_events_of, sentence) -> None:
    (event,) = candidate_events_of(sentence)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "أطلق مستوطنون النار على شاب فلسطيني قرب قرية في محافظة نابلس صباح اليوم.",
            ("Settlers (Israel)", "Civilians (Palestine)"),
        ),
        (
            "أطلق جنود إسرائيليون النار على شاب فلسطيني عند حاجز في مدينة الخليل اليوم.",
            ("Military Forces of Israel", "Civilians (Palestine)"),
        ),
    ],
)
def test_the_actor_between_the_firing_verb_and_its_fire_fired(candidate_events_of, text, reading) -> None:
    [event] = candidate_events_of(text)
    assert (event.actor1, event.actor2) == reading


def test_security_men_who_open_fire_on_protesters_use_excessive_force(candidate_events_of) -> None:
    [event] = candidate_events_of("فتح عناصر الأمن النار على المحتجين في ساحة التحرير ببغداد مساء اليوم.")
    excessive = ("Excessive force against protesters", "Police Forces of Iraq")
    assert (event.sub_event_type, event.actor2) == excessive


def test_coalition_aircraft_that_kill_tell_an_air_strike(candidate_events_of) -> None:
    [event] = candidate_events_of("قتلت طائرات التحالف خمسة مسلحين في محافظة مأرب اليوم.")
    strike = ("Air/drone strike", "Saudi-led Coalition", 5)
    assert (event.sub_event_type, event.actor1, event.fatalities) == strike


@pytest.mark.parametrize(
    "sentence",
    [
        # a feminine aircraft before the masculine قتل is not its subject: its crew died
        "أسقط مسلحو الحركة مروحية عسكرية قتل طاقمها المكون من خمسة جنود في ولاية قندهار اليوم.",
        "أسقطت فصائل المعارضة طائرة حربية قتل طيارها في ريف إدلب اليوم.",
        # an aircraft brought down is no striker, whatever the verb's gender
        "أسقطت فصائل المعارضة طائرة حربية قتلت طيارها في ريف إدلب اليوم.",
    ],
)
def test_a_downed_aircraft_whose_crew_died_is_no_air_strike(candidate_events_of, sentence) -> None:
    assert "Air/drone strike" not in {e.sub_event_type for e in candidate_events_of(sentence)}


@pytest.mark.parametrize(
    ("text", "author", "struck"),
    [
        (
            "أمطر المسلحون الحوثيون القوات الحكومية بالقذائف في مدينة تعز.",
            "Houthis",
            "Military Forces of Yemen",
        ),
        (
            "استهدفت ميليشيا الحوثي القوات الحكومية بقذائف الهاون في مدينة تعز.",
            "Houthis",
            "Military Forces of Yemen",
        ),
    ],
)
def test_the_actor_right_before_a_weapon_told_with_bi_is_the_struck_object(
    events_of, text, author, struck
) -> None:
    # verb, subject, object, then the means with بـ: the actor nearest the weapon was struck
    (event,) = events_of(text)
    assert (event.actor1, event.actor2) == (author, struck)


def test_an_act_between_the_actors_and_the_weapon_is_the_one_the_weapon_serves(events_of) -> None:
    # the accuser's accused is the author of the shelling, not the accuser
    (event,) = events_of("اتهمت الحكومة اليمنية الحوثيين بقصف الأحياء السكنية بالقذائف في مدينة تعز.")
    assert event.actor1 == "Houthis"


def test_an_act_noun_with_bi_is_told_by_its_doer_right_before_it(events_of) -> None:
    # "قامت القوات باستهداف": the act's own noun, not a means; its doer is the actor before it
    (event,) = events_of(
        "وبناء على معلومات من الأجهزة الأمنية قامت القوات المسلحة المصرية باستهداف مقر للإرهابيين في رفح."
    )
    assert event.actor1 == "Military Forces of Egypt"


@pytest.mark.parametrize(
    ("where", "tolls"),
    [
        # the background line retells the clash at the town the lead names: its dead are the clash's
        ("في سبها", [12]),
        # at another town it tells another clash, whose dead are not this one's
        ("في مدينة الكفرة", [None]),
    ],
)
def test_a_background_line_gives_its_toll_to_the_act_of_its_kind_there(
    candidate_events_of, where: str, tolls: list[int | None]
) -> None:
    text = (
        "عاد الهدوء إلى مدينة سبها اليوم الأربعاء بعد الاشتباكات القبلية الدامية التي شهدتها المدينة "
        f"يوم السبت الماضي. يذكر أن اشتباكات عنيفة كانت اندلعت بين قبيلتين {where}، وأسفرت عن سقوط "
        "12 قتيلا وأكثر من 20 جريحا."
    )
    clashes = [e for e in candidate_events_of(text) if e.sub_event_type == "Armed clash"]
    assert [e.fatalities for e in clashes] == tolls


def test_the_victims_of_another_acts_clause_are_not_the_target(candidate_events_of) -> None:
    """Fighters killed in a raid the sentence's first clause tells are not the victims of the
    bombing its later clause tells: the civilians killed "في انفجار عبوتين" are."""
    text = (
        "وقال المسؤولون إن قوة من البيشمركة شنت عملية عسكرية على قرى شمال بعقوبة تمكنت خلالها من قتل "
        "11 مسلحا من تنظيم داعش، وأشاروا إلى مقتل 10 مدنيين في انفجار عبوتين ناسفتين في قضاء المقدادية."
    )
    bombing = next(
        e for e in candidate_events_of(text) if e.sub_event_type == "Remote explosive/landmine/IED"
    )
    assert bombing.actor2 == "Civilians (Iraq)"


def test_the_names_joined_after_an_attacks_preposition_attacked_together(candidate_events_of) -> None:
    """ "لهجوم من قوات النظام وحزب الله": Hezbollah attacked beside the army; it is no side against it."""
    (event,) = candidate_events_of(
        "تعرضت بلدة الزبداني في ريف دمشق أمس لهجوم من قوات النظام وحزب الله اللبناني."
    )
    assert (event.actor1, event.actor2) == ("Military Forces of Syria", None)


def test_a_camp_belonging_to_a_group_makes_the_group_the_target(candidate_events_of) -> None:
    """ "التابع لـ": the camp's owner was struck; the article makes the word no verb of speech (تابع)."""
    (event,) = candidate_events_of(
        "استهدفت طائرات التحالف معسكر اللواء 55 التابع لميليشيات الحوثي في منطقة يريم وسط اليمن."
    )
    assert (event.actor1, event.actor2) == ("Saudi-led Coalition", "Houthis")
