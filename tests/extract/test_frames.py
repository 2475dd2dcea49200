"""Hard cases of reading a report as an ACLED coder does, one article (written by the team) each."""

from __future__ import annotations

import datetime as dt

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


def test_two_places_in_one_sentence_are_two_events(events_of) -> None:
    events = events_of("قصفت طائرات حربية صباح اليوم بلدة كفرنبل وقرية حاس في ريف إدلب الجنوبي.")
    assert sorted(e.location_ar for e in events) == ["حاس", "كفرنبل"]
    assert {e.admin1 for e in events} == {"Idlib"}


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
        "اندلعت اشتباكات بين الجيش اليمني والحوثيين في مدينة تعز يوم 22 تشرين الثاني/نوفمبر "
        "2016، ما أسفر عن مقتل 16 شخصاً.",
        published="2016-11-23",
    )
    assert (event.date, event.country, event.fatalities) == (dt.date(2016, 11, 22), "YE", 16)


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


def test_a_claim_names_the_perpetrator(events_of) -> None:
    events = events_of(
        "قتل 14 شخصا بينهم أربعة جنود أمريكيين في تفجير انتحاري استهدف مطعما في مدينة منبج "
        "اليوم. وتبنى تنظيم داعش الهجوم في بيان."
    )
    (event,) = events
    assert (event.sub_event_type, event.actor1, event.fatalities) == ("Suicide bomb", "Islamic State", 14)


def test_every_event_explains_itself(events_of) -> None:
    raw = "قصفت طائرات حربية روسية صباح اليوم بلدة كفرنبل في ريف إدلب، ما أدى إلى مقتل ثلاثة مدنيين."
    (event,) = events_of(raw)
    assert event.evidence_spans and all(raw[s.start : s.end] == s.text for s in event.evidence_spans)
    assert any(rule.startswith("trigger:") for rule in event.rules)
    assert 0 < event.confidence <= 1 and event.notes and event.id
