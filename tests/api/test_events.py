"""GET /events, /map, /stats, /events/{id} and /articles/{id} over the example articles.

The examples hold four merged events: a Yemeni drone strike (2021, two reports), an Iraqi protest
(2019-11), the Iraqi air strike in Deir ez-Zor (2019-03, two reports) and an SDF clash there (2019-02).
"""

from __future__ import annotations

import csv
import io

import pytest

from rasd.api import events as events_routes


def ids(client, query: str = "") -> list[int]:
    response = client.get(f"/events?{query}")
    assert response.status_code == 200, response.text
    return [event["id"] for event in response.json()["events"]]


def test_events_come_newest_first_with_their_reports(client) -> None:
    body = client.get("/events").json()
    dates = [event["date"] for event in body["events"]]
    assert len(dates) == 4 and dates == sorted(dates, reverse=True) and body["next"] is None
    strike = next(e for e in body["events"] if e["country"] == "YE")
    assert len(strike["article_ids"]) == 2 and strike["review"] is None


@pytest.mark.parametrize(
    ("query", "countries"),
    [
        ("country=SY", ["SY", "SY"]),
        ("country=sy", ["SY", "SY"]),
        ("admin1=dhi qar", ["IQ"]),
        ("type=Battles", ["SY"]),
        ("type=Air/drone strike", ["YE", "SY"]),
        ("sub_event_type=Excessive force against protesters", ["IQ"]),
        ("actor=houthi", ["YE"]),
        ("since=2019-03-01&until=2019-12-31", ["IQ", "SY"]),
        ("bbox=39,33,42,36", ["SY", "SY"]),
        ("min_reports=2", ["YE", "SY"]),
        ("review=unreviewed", ["YE", "IQ", "SY", "SY"]),
        ("review=reviewed", []),
        ("country=SY&type=Battles&actor=syrian", ["SY"]),
    ],
)
def test_each_filter_selects_events(client, query: str, countries: list[str]) -> None:
    events = client.get(f"/events?{query}").json()["events"]
    assert [event["country"] for event in events] == countries


@pytest.mark.parametrize(
    "query",
    ["bbox=1,2,3", "bbox=10,0,5,1", "bbox=a,b,c,d", "cursor=not-a-cursor", "cursor=bm90aGluZw"],
)
def test_bad_parameters_are_400_with_a_code(client, query: str) -> None:
    response = client.get(f"/events?{query}")
    assert response.status_code == 400 and response.json()["code"] == "E702"


@pytest.mark.parametrize(
    "query",
    [
        "country=Syria",
        "since=yesterday",
        "limit=0",
        "limit=5000",
        "format=xml",
        "review=maybe",
        "min_reports=0",
    ],
)
def test_invalid_values_are_422(client, query: str) -> None:
    assert client.get(f"/events?{query}").status_code == 422


def test_the_cursor_walks_every_event_once(client) -> None:
    seen, query = [], "limit=1"
    while True:
        body = client.get(f"/events?{query}").json()
        seen += [event["id"] for event in body["events"]]
        if body["next"] is None:
            break
        query = f"limit=1&cursor={body['next']}"
    assert seen == ids(client)


def test_geojson_features_carry_the_merged_id(client) -> None:
    body = client.get("/events?format=geojson&limit=2").json()
    assert body["type"] == "FeatureCollection" and body["next"]
    feature = body["features"][0]
    assert feature["properties"]["id"] == feature["id"] and feature["geometry"]["type"] == "Point"


def test_csv_is_acleds_with_the_next_cursor_in_a_header(client) -> None:
    response = client.get("/events?format=csv&limit=3")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert response.headers["content-type"].startswith("text/csv") and "x-next-cursor" in response.headers
    assert len(rows) == 3 and rows[0]["event_id_cnty"] == f"YEM{ids(client)[0]}"


def test_the_map_sends_markers_or_bins(client, monkeypatch) -> None:
    markers = client.get("/map?country=SY").json()
    assert markers["kind"] == "events" and len(markers["features"]) == 2
    assert set(markers["features"][0]["properties"]) == set(events_routes.MARKER_FIELDS)
    monkeypatch.setattr(events_routes, "MAP_LIMIT", 1)
    bins = client.get("/map?zoom=2").json()
    assert bins["kind"] == "bins" and sum(b["events"] for b in bins["bins"]) == 4
    assert bins["cell"] == 360 / 2**5


def test_stats_count_events_and_fatalities(client) -> None:
    stats = client.get("/stats").json()
    listed = client.get("/events").json()["events"]
    assert stats["total"]["events"] == 4
    assert stats["total"]["fatalities"] == sum(e["fatalities"] or 0 for e in listed)
    assert {c["key"]: c["events"] for c in stats["countries"]} == {"SY": 2, "IQ": 1, "YE": 1}
    assert all(week["key"] < "2022" for week in stats["weeks"]) and len(stats["weeks"]) == 4
    assert client.get("/stats?country=YE").json()["total"]["events"] == 1


def test_one_event_shows_its_reports_and_highlighted_evidence(client) -> None:
    strike_id = client.get("/events?country=SY&type=Air/drone strike").json()["events"][0]["id"]
    body = client.get(f"/events/{strike_id}").json()
    assert body["event"]["id"] == strike_id and body["reviews"] == []
    assert len(body["reports"]) == 2
    report = body["reports"][0]
    assert report["event"]["rules"] and report["event"]["confidence"] is not None
    for evidence in report["evidence"]:
        joined = "".join(piece["text"] for piece in evidence["pieces"])
        assert len(joined) == evidence["end"] - evidence["start"]
    decided = {field for e in report["evidence"] for piece in e["pieces"] for field in piece["decides"]}
    assert {"event_type", "actor1", "actor2", "location", "fatalities"} <= decided


def test_a_missing_event_is_404(client) -> None:
    response = client.get("/events/999999")
    assert response.status_code == 404 and response.json()["code"] == "E701"
    assert client.get("/events/not-a-number").status_code == 422


def test_an_article_comes_with_its_evidence_marked(client) -> None:
    body = client.get("/articles/ex-iq-airstrike").json()
    assert "".join(p["text"] for p in body["text_pieces"]) == body["text"]
    assert "".join(p["text"] for p in body["title_pieces"]) == body["title"]
    marked = {p["text"]: p["decides"] for p in body["text_pieces"] if p["decides"]}
    assert marked["شنت غارات"] == ["event_type"] and marked["هجين"] == ["location"]
    assert all(p["evidence"] for p in body["text_pieces"] if p["decides"])
    assert len(body["event_ids"]) == 1


def test_a_missing_article_is_404(client) -> None:
    response = client.get("/articles/nope")
    assert response.status_code == 404 and response.json()["code"] == "E701"


def test_health_config_docs_and_the_page(client, read_only_client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/config").json() == {
        "tile_url": None,
        "writes": True,
        "map_limit": events_routes.MAP_LIMIT,
    }
    assert read_only_client.get("/config").json()["writes"] is False
    assert "/events/{event_id}/review" in client.get("/openapi.json").json()["paths"]
    assert client.get("/docs").status_code == 200
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    assert client.get("/static/vendor/leaflet.js").status_code == 200


#: The countries whose provinces the web map outlines (web/build_outlines.js).
OUTLINED_COUNTRIES = {
    *("SY", "IQ", "YE", "EG", "LB", "PS", "IL", "JO", "SA", "LY", "SD", "SS", "SO", "DZ", "TN", "MA", "ML"),
    *("NE", "BF", "TD", "TR", "IR", "KW", "BH", "QA", "AE", "OM", "MR", "ER", "DJ", "ET", "NG", "CM"),
}


def test_the_province_outlines_are_served_as_topojson_of_the_region(client) -> None:
    response = client.get("/static/vendor/provinces.json")
    assert response.status_code == 200 and len(response.content) < 1_500_000
    topology = response.json()
    assert topology["type"] == "Topology" and "transform" in topology
    provinces = topology["objects"]["provinces"]["geometries"]
    assert {province["properties"]["country"] for province in provinces} >= OUTLINED_COUNTRIES
    iraq = [p["properties"] for p in provinces if p["properties"]["country"] == "IQ"]
    assert len(iraq) >= 15 and {"name", "name_ar"} <= set(iraq[0])
    arcs_used = {i if i >= 0 else ~i for p in provinces for ring in _rings(p) for i in ring}
    assert max(arcs_used) < len(topology["arcs"])


def _rings(geometry: dict) -> list[list[int]]:
    if geometry["type"] == "Polygon":
        return geometry["arcs"]
    return [ring for polygon in geometry["arcs"] for ring in polygon]
