"""Merged events written out: JSON Lines, ACLED's CSV, GeoJSON and Parquet.

Every writer takes an iterable and streams it, so an export of 100,000 events never holds them all:
the text formats write one event at a time, Parquet one row group of ``PARQUET_BATCH`` events at a
time. docs/outputs.md describes each format and how rasd's fields fill ACLED's columns.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import chain, islice, repeat
from pathlib import Path
from typing import Any, TextIO

from rasd import acled
from rasd.errors import Code, RasdError
from rasd.lexicon.lexicon import Lexicon, load_lexicon
from rasd.serialize import event_to_dict
from rasd.types import Event, MergedEvent

FORMATS: tuple[str, ...] = ("jsonl", "csv", "geojson", "parquet")
#: Events per Parquet row group: the most an export holds in memory at once.
PARQUET_BATCH = 10_000

TextWriter = Callable[[Iterable[MergedEvent], TextIO], int]


class ExportError(RasdError):
    """Events cannot be written as asked: an unknown format, no file for a binary format, a missing
    optional dependency."""


def merged_to_dict(merged: MergedEvent) -> dict[str, Any]:
    """A merged event as one JSON object: EVENT_SCHEMA.md's fields with ``id`` the merged event's id,
    then rasd's own, then the reports behind it (``article_ids``, ``event_ids``, ``outlets``),
    ``updated`` (ISO 8601) and ``review`` (accepted, corrected, rejected, or null: not reviewed)."""
    data = event_to_dict(merged.event)
    del data["article_id"]
    data["id"] = merged.id
    data.update(
        article_ids=list(merged.article_ids),
        event_ids=list(merged.event_ids),
        outlets=list(merged.outlets),
        updated=merged.updated.isoformat() if merged.updated else None,
        review=merged.review,
    )
    return data


def _utc(moment: dt.datetime) -> dt.datetime:
    """A naive time is taken to be UTC, as rasd stores times."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _unix_seconds(moment: dt.datetime | None) -> int | None:
    return int(_utc(moment).timestamp()) if moment else None


def _inter_code(actor: str | None, lexicon: Lexicon) -> int | None:
    return lexicon.inter_code(actor) if actor else None


def _interaction(actor2: str | None, inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction; unknown when a second actor is named but its inter code is unknown."""
    if actor2 and inter2 is None:
        return None
    return acled.interaction(inter1, inter2)


def _fatalities_and_tags(fatalities: int | None, review: str | None) -> tuple[int, str | None]:
    """ACLED writes 0 when no count is reported; rasd adds a tag so that 0 killed stays distinct,
    and one that says an analyst reviewed the row."""
    tags = [acled.no_fatality_report_tag()] if fatalities is None else []
    if review:
        tags.append(f"rasd_review={review}")
    return fatalities or 0, "; ".join(tags) or None


def acled_row(merged: MergedEvent, lexicon: Lexicon) -> dict[str, object]:
    """One row of ACLED's CSV, in ACLED's column order; None is an empty cell."""
    return event_acled_row(
        merged.event, str(merged.id), merged.outlets, merged.updated, lexicon, merged.review
    )


def event_acled_row(
    event: Event,
    event_id: str,
    outlets: Sequence[str],
    updated: dt.datetime | None,
    lexicon: Lexicon,
    review: str | None = None,
) -> dict[str, object]:
    """ACLED's columns of one event (merged, or one article's as ``rasd batch`` writes them):
    ``event_id`` follows the country's ISO3 code, ``outlets`` fill ``source``, ``review`` is an
    analyst's verdict on a merged event."""
    codes = acled.country_codes(event.country) if event.country else None
    inter1, inter2 = _inter_code(event.actor1, lexicon), _inter_code(event.actor2, lexicon)
    fatalities, tags = _fatalities_and_tags(event.fatalities, review)
    values: dict[str, object] = {
        "event_id_cnty": f"{codes.iso3 if codes else ''}{event_id}",
        "event_date": event.date.isoformat() if event.date else None,
        "year": event.date.year if event.date else None,
        "time_precision": event.time_precision,
        "disorder_type": acled.disorder_type(event.event_type, event.sub_event_type),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": None,
        "inter1": inter1,
        "actor2": event.actor2,
        "assoc_actor_2": None,
        "inter2": inter2,
        "interaction": _interaction(event.actor2, inter1, inter2),
        "civilian_targeting": acled.civilian_targeting_label() if acled.targets_civilians(inter2) else None,
        "iso": codes.isonumeric if codes else None,
        "region": acled.region(event.country) if event.country else None,
        "country": codes.name if codes else event.country,
        "admin1": event.admin1,
        "admin2": None,
        "admin3": None,
        "location": event.location,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "source": "; ".join(outlets) or None,
        "source_scale": None,
        "notes": event.notes,
        "fatalities": fatalities,
        "tags": tags,
        "timestamp": _unix_seconds(updated),
    }
    return {column: values[column] for column in acled.csv_columns()}


def _point(event: Event) -> dict[str, Any] | None:
    """A GeoJSON Point, ``[longitude, latitude]`` in that order; None without coordinates."""
    if event.latitude is None or event.longitude is None:
        return None
    return {"type": "Point", "coordinates": [event.longitude, event.latitude]}


def geojson_feature(merged: MergedEvent) -> dict[str, Any]:
    """A GeoJSON Feature: the event's Point (null without coordinates) and the merged event's fields
    as properties, less the bulky evidence spans."""
    properties = merged_to_dict(merged)
    del properties["evidence_spans"]
    return {"type": "Feature", "id": merged.id, "geometry": _point(merged.event), "properties": properties}


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)


def _write_each(events: Iterable[MergedEvent], write: Callable[[MergedEvent], object]) -> int:
    """Writes the events one by one; returns how many there were."""
    count = 0
    for merged in events:
        write(merged)
        count += 1
    return count


def write_jsonl(events: Iterable[MergedEvent], stream: TextIO) -> int:
    """One JSON object (``merged_to_dict``) per line; returns how many events were written."""
    return _write_each(events, lambda merged: stream.write(_json(merged_to_dict(merged)) + "\n"))


def write_csv(events: Iterable[MergedEvent], stream: TextIO, lexicon: Lexicon) -> int:
    """ACLED's CSV: the header, then one ``acled_row`` per event; returns how many were written."""
    writer = csv.DictWriter(stream, fieldnames=acled.csv_columns(), lineterminator="\n")
    writer.writeheader()
    return _write_each(events, lambda merged: writer.writerow(acled_row(merged, lexicon)))


def write_geojson(events: Iterable[MergedEvent], stream: TextIO) -> int:
    """A FeatureCollection, written one feature at a time; returns how many events were written."""
    separators = chain(["\n"], repeat(",\n"))
    stream.write('{"type": "FeatureCollection", "features": [')
    count = _write_each(
        events, lambda merged: stream.write(next(separators) + _json(geojson_feature(merged)))
    )
    stream.write("\n]}\n")
    return count


def load_pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as error:
        raise ExportError(
            Code.INPUT_UNSUPPORTED, "Parquet output needs pyarrow: pip install 'rasd[parquet]'"
        ) from error
    return pyarrow, pyarrow.parquet


def parquet_schema(pa: Any) -> Any:
    """The Parquet columns, typed, in ``merged_to_dict``'s order (``pa`` is the pyarrow module)."""
    text, integer, real, texts = pa.string(), pa.int64(), pa.float64(), pa.list_(pa.string())
    span = pa.struct([("start", integer), ("end", integer), ("text", text), ("field", text)])
    columns = {
        "event_type": text,
        "sub_event_type": text,
        "date": pa.date32(),
        "time_precision": integer,
        "actor1": text,
        "actor1_ar": text,
        "actor2": text,
        "actor2_ar": text,
        "country": text,
        "admin1": text,
        "location": text,
        "location_ar": text,
        "latitude": real,
        "longitude": real,
        "geo_precision": integer,
        "fatalities": integer,
        "weapons": texts,
        "claimed_by": text,
        "evidence": text,
        "id": integer,
        "confidence": real,
        "notes": text,
        "geonameid": integer,
        "evidence_spans": pa.list_(span),
        "rules": texts,
        "article_ids": texts,
        "event_ids": texts,
        "outlets": texts,
        "updated": pa.timestamp("us", tz="UTC"),
        "review": text,
    }
    return pa.schema(list(columns.items()))


def _parquet_record(merged: MergedEvent) -> dict[str, Any]:
    record = merged_to_dict(merged)
    record.update(date=merged.event.date, updated=_utc(merged.updated) if merged.updated else None)
    return record


def _batches(events: Iterable[MergedEvent], size: int) -> Iterator[list[MergedEvent]]:
    iterator = iter(events)
    while batch := list(islice(iterator, size)):
        yield batch


def write_parquet(events: Iterable[MergedEvent], path: Path) -> int:
    """A Parquet file of typed columns, one row group per ``PARQUET_BATCH`` events; needs pyarrow
    (``pip install 'rasd[parquet]'``). Returns how many events were written."""
    pa, pq = load_pyarrow()
    schema = parquet_schema(pa)
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for batch in _batches(events, PARQUET_BATCH):
            writer.write_table(pa.Table.from_pylist([_parquet_record(m) for m in batch], schema=schema))
            count += len(batch)
    return count


def _text_writer(fmt: str, lexicon: Lexicon | None) -> TextWriter:
    if fmt == "csv":
        return partial(write_csv, lexicon=lexicon if lexicon is not None else load_lexicon())
    return {"jsonl": write_jsonl, "geojson": write_geojson}[fmt]


def write_events(
    events: Iterable[MergedEvent], fmt: str, out: Path | None = None, lexicon: Lexicon | None = None
) -> int:
    """Writes events in one of ``FORMATS`` to ``out``, or to standard output when ``out`` is None
    (Parquet needs a file). The CSV loads the lexicon when none is given. Returns the event count."""
    if fmt not in FORMATS:
        raise ExportError(
            Code.INPUT_UNSUPPORTED, f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}"
        )
    if fmt == "parquet":
        if out is None:
            raise ExportError(Code.INPUT_UNSUPPORTED, "Parquet is a binary format: give an output file")
        return write_parquet(events, out)
    writer = _text_writer(fmt, lexicon)
    if out is None:
        return writer(events, sys.stdout)
    with out.open("w", encoding="utf-8", newline="") as stream:
        return writer(events, stream)
