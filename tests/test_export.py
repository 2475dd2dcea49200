"""Exports of merged events: ACLED CSV, JSON Lines, GeoJSON, Parquet. Events written by the team."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from rasd import acled, export
from rasd.export import (
    ExportError,
    acled_row,
    merged_to_dict,
    write_csv,
    write_events,
    write_geojson,
    write_jsonl,
    write_parquet,
)
from rasd.lexicon.lexicon import load_lexicon
from rasd.types import Event, MergedEvent, Span

UPDATED = dt.datetime(2024, 3, 5, 12, 0, tzinfo=dt.UTC)

AIR_STRIKE = MergedEvent(
    id=42,
    event=Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        date=dt.date(2024, 3, 4),
        actor1="Military Forces of Russia",
        actor1_ar="الطيران الروسي",
        actor2="Civilians (Syria)",
        country="SY",
        admin1="Idlib",
        location="Maarrat an Nu'man",
        location_ar="معرة النعمان",
        latitude=35.6484,
        longitude=36.6717,
        geo_precision=1,
        fatalities=5,
        weapons=("warplane",),
        evidence="قتل خمسة مدنيين بغارات للطيران الروسي على معرة النعمان.",
        notes="Russian air strikes on Maarrat an Nu'man killed five civilians.",
        evidence_spans=(Span(0, 10, "قتل خمسة م"),),
    ),
    article_ids=("a1", "a2"),
    event_ids=("a1:0", "a2:1"),
    outlets=("Enab Baladi", "Al Jazeera"),
    updated=UPDATED,
)

PROTEST = MergedEvent(
    id=7,
    event=Event(
        event_type="Protests",
        sub_event_type="Peaceful protest",
        date=dt.date(2024, 7, 2),
        time_precision=2,
        actor1="Protesters (Iraq)",
        country="IQ",
        admin1="Basra",
        location="Basra",
        geo_precision=3,
    ),
    article_ids=("b1",),
    event_ids=("b1:0",),
)


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_acled_row_of_a_state_air_strike_on_civilians(lexicon) -> None:
    row = acled_row(AIR_STRIKE, lexicon)
    assert list(row) == list(acled.csv_columns())
    assert row["event_id_cnty"] == "SYR42"
    assert (row["event_date"], row["year"]) == ("2024-03-04", 2024)
    assert row["disorder_type"] == "Political violence"
    assert (row["inter1"], row["inter2"], row["interaction"]) == (1, 7, 17)
    assert row["civilian_targeting"] == "Civilian targeting"
    assert (row["iso"], row["region"], row["country"]) == (760, "Middle East", "Syria")
    assert row["source"] == "Enab Baladi; Al Jazeera"
    assert (row["fatalities"], row["tags"]) == (5, None)
    assert row["timestamp"] == int(UPDATED.timestamp())
    assert row["notes"] == AIR_STRIKE.event.notes


def test_acled_row_of_a_protest_with_no_fatality_report(lexicon) -> None:
    row = acled_row(PROTEST, lexicon)
    assert row["event_id_cnty"] == "IRQ7"
    assert (row["iso"], row["region"], row["country"]) == (368, "Middle East", "Iraq")
    assert (row["inter1"], row["inter2"], row["interaction"]) == (6, None, 60)
    assert row["disorder_type"] == "Demonstrations"
    assert row["civilian_targeting"] is None
    assert (row["fatalities"], row["tags"]) == (0, "fatalities=no report")
    assert row["source"] is None and row["timestamp"] is None
    assert all(row[c] is None for c in ("assoc_actor_1", "assoc_actor_2", "admin2", "admin3", "source_scale"))


def test_interaction_is_empty_when_actor2_is_unknown_to_the_lexicon(lexicon) -> None:
    event = Event("Battles", "Armed clash", actor1="Military Forces of Iraq", actor2="A Group rasd Never Saw")
    row = acled_row(MergedEvent(1, event, ("c1",), ("c1:0",)), lexicon)
    assert (row["inter1"], row["inter2"], row["interaction"]) == (1, None, None)
    assert row["event_id_cnty"] == "1" and row["iso"] is None and row["region"] is None


def test_naive_updated_time_is_read_as_utc(lexicon) -> None:
    naive = MergedEvent(3, PROTEST.event, ("b1",), ("b1:0",), updated=dt.datetime(1970, 1, 2))
    assert acled_row(naive, lexicon)["timestamp"] == 86400


def test_csv_header_is_acleds_column_list_and_rows_read_back(lexicon) -> None:
    stream = io.StringIO()
    assert write_csv(iter([AIR_STRIKE, PROTEST]), stream, lexicon) == 2
    stream.seek(0)
    reader = csv.DictReader(stream)
    assert tuple(reader.fieldnames or ()) == acled.csv_columns()
    strike, protest = list(reader)
    assert strike["event_id_cnty"] == "SYR42" and strike["interaction"] == "17"
    assert strike["latitude"] == "35.6484" and strike["longitude"] == "36.6717"
    assert protest["iso"] == "368" and protest["fatalities"] == "0"
    assert protest["tags"] == "fatalities=no report" and protest["inter2"] == "" and protest["latitude"] == ""


def test_jsonl_holds_the_merged_ids_and_the_reports_behind_them() -> None:
    stream = io.StringIO()
    assert write_jsonl([AIR_STRIKE, PROTEST], stream) == 2
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first["id"] == 42 and first["article_ids"] == ["a1", "a2"] and "article_id" not in first
    assert first["event_ids"] == ["a1:0", "a2:1"] and first["outlets"] == ["Enab Baladi", "Al Jazeera"]
    assert first["updated"] == UPDATED.isoformat() and first["date"] == "2024-03-04"
    assert first["location_ar"] == "معرة النعمان"
    assert second["updated"] is None and second["fatalities"] is None


def test_merged_dict_keeps_the_schema_fields_in_order() -> None:
    from rasd.types import SCHEMA_FIELDS

    assert list(merged_to_dict(AIR_STRIKE))[: len(SCHEMA_FIELDS)] == list(SCHEMA_FIELDS)


def test_geojson_points_are_lon_lat_and_missing_coordinates_are_null() -> None:
    stream = io.StringIO()
    assert write_geojson((e for e in [AIR_STRIKE, PROTEST]), stream) == 2
    collection = json.loads(stream.getvalue())
    assert collection["type"] == "FeatureCollection"
    strike, protest = collection["features"]
    assert strike["geometry"] == {"type": "Point", "coordinates": [36.6717, 35.6484]}
    assert strike["properties"]["article_ids"] == ["a1", "a2"]
    assert "evidence_spans" not in strike["properties"]
    assert protest["geometry"] is None and protest["id"] == 7


def test_geojson_of_no_events_is_an_empty_collection() -> None:
    stream = io.StringIO()
    assert write_geojson([], stream) == 0
    assert json.loads(stream.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_parquet_columns_are_the_merged_fields() -> None:
    pa = pytest.importorskip("pyarrow")
    assert export.parquet_schema(pa).names == list(merged_to_dict(AIR_STRIKE))


def test_parquet_round_trip_keeps_types_and_values(tmp_path: Path, monkeypatch) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    monkeypatch.setattr(export, "PARQUET_BATCH", 1)
    path = tmp_path / "events.parquet"
    assert write_parquet(iter([AIR_STRIKE, PROTEST]), path) == 2
    assert pq.ParquetFile(path).num_row_groups == 2
    table = pq.read_table(path)
    schema = table.schema
    assert schema.field("date").type == pa.date32()
    assert schema.field("fatalities").type == pa.int64() and schema.field("id").type == pa.int64()
    assert schema.field("latitude").type == pa.float64()
    assert schema.field("weapons").type == pa.list_(pa.string())
    assert schema.field("article_ids").type == pa.list_(pa.string())
    strike, protest = table.to_pylist()
    assert strike["date"] == dt.date(2024, 3, 4) and strike["id"] == 42
    assert strike["weapons"] == ["warplane"] and strike["article_ids"] == ["a1", "a2"]
    assert strike["updated"] == UPDATED and strike["evidence_spans"][0]["text"] == "قتل خمسة م"
    assert protest["fatalities"] is None and protest["latitude"] is None and protest["updated"] is None


def test_parquet_of_no_events_is_an_empty_table(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "none.parquet"
    assert write_parquet([], path) == 0
    assert pq.read_table(path).num_rows == 0


def test_parquet_without_pyarrow_says_what_to_install(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ExportError, match=r"rasd\[parquet\]"):
        write_parquet([AIR_STRIKE], tmp_path / "events.parquet")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson"])
def test_write_events_to_a_file_and_to_stdout_agree(fmt: str, tmp_path: Path, capsys, lexicon) -> None:
    path = tmp_path / f"events.{fmt}"
    assert write_events([AIR_STRIKE, PROTEST], fmt, path, lexicon) == 2
    assert write_events([AIR_STRIKE, PROTEST], fmt, None, lexicon) == 2
    assert capsys.readouterr().out == path.read_text(encoding="utf-8")


def test_write_events_loads_the_lexicon_for_csv_when_none_is_given(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    assert write_events([PROTEST], "csv", path) == 1
    assert "IRQ7" in path.read_text(encoding="utf-8")


def test_write_events_writes_parquet_to_a_file(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    assert write_events([AIR_STRIKE], "parquet", tmp_path / "events.parquet") == 1


def test_parquet_to_stdout_is_refused() -> None:
    with pytest.raises(ExportError, match="output file"):
        write_events([AIR_STRIKE], "parquet", None)


def test_unknown_format_is_refused_with_the_choices() -> None:
    with pytest.raises(ExportError, match="jsonl, csv, geojson, parquet"):
        write_events([AIR_STRIKE], "xlsx", None)
