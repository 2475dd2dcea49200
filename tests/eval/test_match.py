from __future__ import annotations

import datetime as dt

import pytest

from rasd.eval.match import events_match, locations_agree
from rasd.names import actors_agree
from rasd.types import Event


def event(**fields) -> Event:
    base = dict(
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        date=dt.date(2019, 3, 12),
        country="SY",
        admin1="Deir ez-Zor",
        location="Hajin",
        location_ar="هجين",
        geo_precision=1,
    )
    return Event(**{**base, **fields})


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Islamic State", "islamic state", True),
        ("Islamic State", "Islamic State (Iraq)", True),
        ("Military Forces of Iraq", "Military Forces of Iraq (2018-) Popular Mobilization Forces", True),
        ("Military Forces of Syria (2000-)", "Military Forces of Syria", True),
        ("HTS: Hayat Tahrir al Sham", "Hayat Tahrir al Sham", True),
        ("Houthis", "Military Forces of Yemen (2016-) Supreme Political Council", True),
        ("Saudi-led Coalition", "Military Forces of Saudi Arabia", True),
        ("Ansar Bayt al-Maqdis", "Islamic State (Sinai Province)", True),  # renamed in 2014
        ("Military Forces of Iraq", "Military Forces of Iran", False),
        ("Islamic State", "Islamic Statehood Party", False),
        (None, None, True),
        ("Islamic State", None, False),
    ],
)
def test_actor_names_agree_as_event_schema_says(a, b, agree: bool) -> None:
    assert actors_agree(a, b) is agree


def test_same_type_country_place_and_date_within_a_day_match() -> None:
    assert events_match(event(), event(date=dt.date(2019, 3, 13), sub_event_type="Suicide bomb"))


@pytest.mark.parametrize(
    "change",
    [
        {"event_type": "Battles"},
        {"country": "IQ"},
        {"date": dt.date(2019, 3, 14)},
        {"location": "Raqqa", "location_ar": "الرقة", "admin1": "Ar Raqqah"},
    ],
)
def test_any_disagreement_on_the_key_fields_is_no_match(change: dict) -> None:
    assert not events_match(event(), event(**change))


def test_places_within_25_km_agree() -> None:
    gold = event(location="Al Baghuz Fawqani", location_ar=None, latitude=34.4575, longitude=40.9372)
    near = event(location="Al Susah", location_ar=None, latitude=34.4872, longitude=40.8919)
    far = event(location="Al Mayadin", location_ar=None, latitude=35.0193, longitude=40.4513)
    assert locations_agree(gold, near)
    assert not locations_agree(gold, far)


def test_place_names_agree_across_spellings() -> None:
    assert locations_agree(event(location="Al-Baghuz"), event(location="Baghuz", location_ar="الباغوز"))
    assert locations_agree(event(location="Hajin"), event(location="Hajeen", location_ar="هَجين"))


def test_province_only_compares_admin1() -> None:
    province = event(location=None, location_ar=None, geo_precision=3)
    assert locations_agree(event(), province)
    assert not locations_agree(event(admin1="Homs"), province)


def test_arabic_names_agree_without_their_cue_word() -> None:
    assert locations_agree(
        event(location="Dahyan", location_ar="مدينة ضحيان"),
        event(location=None, location_ar="ضحيان", geo_precision=1),
    )
