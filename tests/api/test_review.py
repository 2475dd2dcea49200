"""POST /events/{id}/review: the token, the three actions, the history, and the round trip into
``rasd events`` exports and through a later report of the same occurrence."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from tests.api.conftest import auth

runner = CliRunner()


def _event_id(client, query: str = "country=YE") -> int:
    return client.get(f"/events?{query}").json()["events"][0]["id"]


def _review(client, event_id: int, headers=None, **body):
    return client.post(
        f"/events/{event_id}/review", json={"reviewer": "huda", **body}, headers=headers or auth()
    )


def test_without_a_configured_token_writes_are_refused(read_only_client) -> None:
    event_id = _event_id(read_only_client)
    response = _review(read_only_client, event_id, action="accept")
    assert response.status_code == 403 and response.json()["code"] == "E704"
    assert read_only_client.get(f"/events/{event_id}").json()["reviews"] == []


@pytest.mark.parametrize("headers", [{}, auth("wrong-token"), {"Authorization": "Basic dGVzdA=="}])
def test_a_missing_or_wrong_token_is_401(client, headers) -> None:
    response = client.post(
        f"/events/{_event_id(client)}/review", json={"action": "accept", "reviewer": "x"}, headers=headers
    )
    assert response.status_code == 401 and response.json()["code"] == "E703"
    assert response.headers["www-authenticate"] == "Bearer"


def test_accept_marks_the_event(client) -> None:
    event_id = _event_id(client)
    body = _review(client, event_id, action="accept", comment="matches the video").json()
    assert body["event"]["review"] == "accepted"
    assert body["reviews"][0]["action"] == "accept" and body["reviews"][0]["comment"] == "matches the video"
    assert _event_id(client, "review=accepted") == event_id


def test_a_correction_is_kept_with_before_and_after(client) -> None:
    event_id = _event_id(client)
    before = client.get(f"/events/{event_id}").json()["event"]
    body = _review(
        client,
        event_id,
        action="correct",
        fields={"fatalities": 3, "actor2": "Civilians (Yemen)", "date": "2021-02-14"},
    ).json()
    assert (body["event"]["fatalities"], body["event"]["date"], body["event"]["review"]) == (
        3,
        "2021-02-14",
        "corrected",
    )
    history = client.get(f"/events/{event_id}").json()["reviews"]
    assert {(r["field"], r["before"], r["after"]) for r in history} == {
        ("fatalities", before["fatalities"], 3),
        ("actor2", before["actor2"], "Civilians (Yemen)"),
        ("date", before["date"], "2021-02-14"),
    }
    assert all(r["reviewer"] == "huda" and r["created"] for r in history)


def test_a_rejected_event_leaves_the_map_but_stays_listable(client) -> None:
    event_id = _event_id(client)
    assert _review(client, event_id, action="reject", comment="a recap").status_code == 200
    assert event_id not in [e["id"] for e in client.get("/events").json()["events"]]
    assert [e["id"] for e in client.get("/events?review=rejected").json()["events"]] == [event_id]
    assert client.get("/stats").json()["total"]["events"] == 3


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"action": "correct"}, 400),
        ({"action": "correct", "fields": {}}, 400),
        ({"action": "correct", "fields": {"event_type": None}}, 400),
        ({"action": "correct", "fields": {"event_type": "Skirmish"}}, 422),
        ({"action": "correct", "fields": {"evidence": "x"}}, 422),
        ({"action": "correct", "fields": {"fatalities": -1}}, 422),
        ({"action": "correct", "fields": {"country": "Syria"}}, 422),
        ({"action": "approve"}, 422),
        ({"action": "accept", "reviewer": ""}, 422),
    ],
)
def test_bad_reviews_are_refused(client, body, status) -> None:
    event_id = _event_id(client)
    response = client.post(f"/events/{event_id}/review", json={"reviewer": "huda", **body}, headers=auth())
    assert response.status_code == status
    assert client.get(f"/events/{event_id}").json()["reviews"] == []


def test_reviewing_a_missing_event_is_404(client) -> None:
    response = _review(client, 999999, action="accept")
    assert response.status_code == 404 and response.json()["code"] == "E701"


def test_reviewed_values_reach_the_exports_with_a_marker(client, api_store) -> None:
    event_id = _event_id(client)
    _review(client, event_id, action="correct", fields={"fatalities": 3})
    db = str(api_store.engine.url.database)
    lines = [
        json.loads(line)
        for line in runner.invoke(app, ["events", "--db", db, "-f", "jsonl"]).stdout.splitlines()
    ]
    reviewed = next(e for e in lines if e["id"] == event_id)
    assert (reviewed["fatalities"], reviewed["review"]) == (3, "corrected")
    assert all(e["review"] is None for e in lines if e["id"] != event_id)
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["events", "--db", db, "-f", "csv"]).stdout)))
    row = next(r for r in rows if r["event_id_cnty"] == f"YEM{event_id}")
    assert row["fatalities"] == "3" and row["tags"] == "rasd_review=corrected"
    api_csv = client.get("/events?format=csv&country=YE").text
    assert "rasd_review=corrected" in api_csv


def test_reingesting_the_articles_keeps_the_review(client, api_store, examples_dir) -> None:
    event_id = _event_id(client)
    _review(client, event_id, action="correct", fields={"fatalities": 3})
    db = str(api_store.engine.url.database)
    again = runner.invoke(app, ["ingest", str(examples_dir), "--db", db])
    assert again.exit_code == 0, again.stdout
    assert client.get(f"/events/{event_id}").json()["event"]["fatalities"] == 3


def test_rejected_events_leave_rasd_events_unless_asked_for(client, api_store) -> None:
    event_id = _event_id(client)
    _review(client, event_id, action="reject")
    db = str(api_store.engine.url.database)

    def listed(*options: str) -> list[int]:
        result = runner.invoke(app, ["events", "--db", db, "-f", "jsonl", *options])
        return [json.loads(line)["id"] for line in result.stdout.splitlines()]

    assert event_id not in listed() and len(listed()) == 3
    assert listed("--review", "rejected") == [event_id]
    assert len(listed("--review", "all")) == 4
