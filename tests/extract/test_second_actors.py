"""Second actors of acts that strike a target: a civilian site struck, and the party of an earlier act
the report answers. Sentences written by the team."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "ألقى مسلحون مجهولون قنبلة يدوية على منزل أحد الأطباء في مدينة البصرة مساء اليوم، ما ألحق أضرارا به.",
        "استهدف مسلحون مجهولون منزل مدير مدرسة في مدينة البصرة بقنبلة يدوية مساء اليوم دون وقوع إصابات.",
    ],
)
def test_a_home_struck_with_no_one_named_makes_civilians_the_target(candidate_events_of, text) -> None:
    (event,) = candidate_events_of(text)
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Civilians (Iraq)")
    assert event.actor2_ar == "منزل"


def test_a_named_target_beside_a_civilian_site_stays_the_target(candidate_events_of) -> None:
    text = "قصفت طائرات حربية روسية اليوم مواقع لتنظيم داعش قرب مسجد في مدينة الرقة."
    (event,) = candidate_events_of(text)
    assert event.actor2 == "Islamic State"


def test_the_author_of_the_act_answered_is_not_the_target(candidate_events_of) -> None:
    text = "شنت طائرات حربية روسية اليوم غارات على بلدة معرة النعمان ردا على هجوم لجبهة النصرة أمس."
    strike = next(e for e in candidate_events_of(text) if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 == "Military Forces of Russia"
    assert strike.actor2 is None


def test_a_time_of_day_after_baad_opens_no_earlier_act(candidate_events_of) -> None:
    text = "قصفت طائرات حربية روسية بعد ظهر اليوم مواقع لتنظيم داعش في مدينة الرقة."
    (event,) = candidate_events_of(text)
    assert event.actor2 == "Islamic State"


def test_a_report_that_names_the_target_replaces_the_civilians_of_a_site(events_of) -> None:
    text = (
        "انفجرت عبوة ناسفة صباح اليوم أمام مسجد في حي الجراف بالعاصمة اليمنية صنعاء. "
        "وقال مصدر أمني إن العبوة استهدفت دورية للشرطة كانت تمر قرب المسجد."
    )
    (event,) = events_of(text)
    assert event.actor2 == "Police Forces of Yemen"
    assert "actor2:civilian_site" not in event.rules


def test_what_a_crowd_protests_at_is_not_the_force_that_met_it(candidate_events_of) -> None:
    text = (
        "نظم عشرات الطلاب وقفة احتجاجية اليوم أمام مقر الجيش في مدينة أم درمان، "
        "قبل أن تفرقهم قوات الأمن بالغاز المسيل للدموع."
    )
    (event,) = candidate_events_of(text)
    assert (event.sub_event_type, event.actor2) == ("Protest with intervention", "Police Forces of Sudan")
