from __future__ import annotations

from rasd.eval import evaluate, load_gold, report_to_dict
from tests.eval.test_score import STRIKE, gold_article

HAJIN = {**STRIKE, "latitude": 34.6927, "longitude": 40.827}
FAR_AWAY = {
    **STRIKE,
    "location": "Nowhere",
    "location_ar": "بلدة لاوجود",
    "latitude": 20.0,
    "longitude": 20.0,
}


def test_place_reach_counts_gold_places_found_and_events_placed_near_them(write_gold) -> None:
    article = {
        **gold_article("a1", HAJIN, FAR_AWAY),
        "text": "شنت طائرات حربية اليوم غارات على مقر لتنظيم داعش في بلدة هجين بريف دير الزور.",
    }
    report = evaluate(load_gold(write_gold(article)))
    reach = report.places
    assert (reach.located_gold, reach.named_gold) == (2, 2)
    assert (reach.gazetteer_hits, reach.event_hits) == (1, 1)
    assert report_to_dict(report)["places"]["events_within_25km"] == 0.5
