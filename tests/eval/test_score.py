from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rasd.errors import GoldError
from rasd.eval import evaluate, load_gold, report_to_dict, score
from rasd.eval.score import match_events
from rasd.types import Event

STRIKE = {
    "event_type": "Explosions/Remote violence",
    "sub_event_type": "Air/drone strike",
    "date": "2019-03-12",
    "time_precision": 1,
    "actor1": "Military Forces of Iraq",
    "actor1_ar": "الجيش العراقي",
    "actor2": "Islamic State",
    "actor2_ar": "داعش",
    "country": "SY",
    "admin1": "Deir ez-Zor",
    "location": "Hajin",
    "location_ar": "هجين",
    "geo_precision": 1,
    "fatalities": 12,
    "weapons": ["F-16"],
    "claimed_by": "Military Forces of Iraq",
    "evidence": "شنت غارات على مقر في بلدة هجين",
}
CLASH = {
    **STRIKE,
    "event_type": "Battles",
    "sub_event_type": "Armed clash",
    "location": "Al Shafah",
    "location_ar": "الشعفة",
    "fatalities": None,
    "evidence": "اشتباكات في الشعفة",
}


def gold_article(article_id: str, *events: dict) -> dict:
    return {
        "id": article_id,
        "title": "عنوان",
        "text": "نص الخبر عن غارات وقعت اليوم في البلدة.",
        "published": "2019-03-12",
        "cluster": None,
        "events": list(events),
    }


def as_event(data: dict, **changes) -> Event:
    values = {"date": dt.date.fromisoformat(data["date"]), **{**data, **changes}}
    if isinstance(values["date"], str):
        values["date"] = dt.date.fromisoformat(values["date"])
    values["weapons"] = tuple(values["weapons"])
    return Event(**values)


def test_scores_precision_recall_and_field_accuracy(write_gold) -> None:
    gold = load_gold(write_gold(gold_article("a1", STRIKE, CLASH), gold_article("a2")))
    system = {
        "a1": [as_event(STRIKE, fatalities=10, date=dt.date(2019, 3, 11))],
        "a2": [as_event(CLASH)],
    }
    report = score(gold, system)
    assert (report.overall.gold, report.overall.system, report.overall.matched) == (2, 2, 1)
    assert report.overall.precision == report.overall.recall == report.overall.f1 == 0.5
    accuracy = {f.field: f.accuracy for f in report.fields}
    assert accuracy == {
        "sub_event_type": 1.0,
        "actor1": 1.0,
        "actor2": 1.0,
        "fatalities": 0.0,
        "date": 0.0,
        "location": 1.0,
    }
    assert [(m.article_id, m.event.event_type) for m in report.misses] == [("a1", "Battles")]
    assert [(s.article_id, s.event.event_type) for s in report.spurious] == [("a2", "Battles")]
    by_type = dict(report.by_type)
    assert (by_type["Battles"].gold, by_type["Battles"].system, by_type["Battles"].matched) == (1, 1, 0)


def test_each_gold_event_matches_at_most_one_system_event() -> None:
    gold = [as_event(STRIKE)]
    system = [as_event(STRIKE), as_event(STRIKE)]
    assert match_events(gold, system) == [(0, 0)]


def test_matching_is_maximal_not_greedy() -> None:
    # Gold 0 fits both system events, gold 1 only the first: both must be matched.
    near, far = dt.date(2019, 3, 12), dt.date(2019, 3, 13)
    gold = [as_event(STRIKE, date=near), as_event(STRIKE, date=dt.date(2019, 3, 11))]
    system = [as_event(STRIKE, date=near), as_event(STRIKE, date=far)]
    assert len(match_events(gold, system)) == 2


def test_evaluate_runs_extraction_without_reading_gold_events(write_gold) -> None:
    report = evaluate(load_gold(write_gold(gold_article("a1", STRIKE))))
    assert report.overall.gold == 1 and report.problems == ()
    data = report_to_dict(report)
    assert data["events"]["gold"] == 1 and data["misses"][0]["article_id"] == "a1"


def test_invalid_gold_is_a_coded_error(tmp_path: Path, write_gold) -> None:
    with pytest.raises(GoldError, match="E301"):
        load_gold(write_gold(gold_article("a1", {**STRIKE, "date": "12/03/2019"})))
    with pytest.raises(GoldError, match="no gold"):
        load_gold(tmp_path)
