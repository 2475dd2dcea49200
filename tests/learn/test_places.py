"""``rasd train places`` on a tiny labelled corpus the team wrote: it runs, it is reproducible, and
it reports cross-validated extraction beside the rules alone."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from rasd.cli import app
from rasd.extract.place_model import META_FILE, MODEL_FILE, read_place_model
from rasd.learn.places import THRESHOLDS
from tests.learn.test_sentences import _shared

runner = CliRunner()
#: The agency's city opens each body, as a dateline; it is never where the strike was.
DATELINE = "دمشق"


def _with_places(shared: Path) -> Path:
    """Each article of ``_shared`` behind a dateline, with its place labels: every mention of its
    own town is the event's place when the article reports a strike, the dateline never is."""
    for folder in ("train", "dev"):
        for path in sorted((shared / "eval" / folder).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            gold["text"] = f"{DATELINE} - {gold['text']}"
            town = gold["events"][0]["location_ar"] if gold["events"] else None
            spans_path = shared / "eval" / f"{folder}-spans" / path.name
            spans = json.loads(spans_path.read_text(encoding="utf-8"))
            shift = len(DATELINE) + 3
            spans["sentences"] = [
                {**s, "start": s["start"] + shift, "end": s["end"] + shift} if s["field"] == "text" else s
                for s in spans["sentences"]
            ]
            spans["places"] = [{"field": "text", "start": 0, "end": len(DATELINE), "event_place": False}]
            for field in ("title", "text"):
                for name in [t for t in (town, *_towns(gold)) if t]:
                    start = gold[field].find(name)
                    if start >= 0:
                        spans["places"].append(
                            {
                                "field": field,
                                "start": start,
                                "end": start + len(name),
                                "event_place": name == town,
                            }
                        )
            path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
            spans_path.write_text(json.dumps(spans, ensure_ascii=False), encoding="utf-8")
    return shared


def _towns(gold: dict) -> list[str]:
    """The town a threat names in the articles that report no strike."""
    return [w for w in gold["title"].split() if w in gold["text"] and len(w) > 3 and not gold["events"]][-1:]


def _train(shared: Path, out: Path, folds: int = 2):
    return runner.invoke(
        app, ["train", "places", "--shared", str(shared), "--out", str(out), "--folds", str(folds)]
    )


def test_place_training_runs_and_gives_the_same_bytes_twice(tmp_path: Path) -> None:
    shared = _with_places(_shared(tmp_path / "shared"))
    first, second = _train(shared, tmp_path / "one"), _train(shared, tmp_path / "two")
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    for name in (MODEL_FILE, META_FILE):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    meta = json.loads((tmp_path / "one" / META_FILE).read_text(encoding="utf-8"))
    assert meta["data"]["train"]["articles"] == 6 and meta["data"]["dev"]["articles"] == 2
    assert meta["data"]["train"]["event_places"] > 0
    assert meta["cross_validation"]["grouped_by"] == "cluster" and meta["threshold"] in THRESHOLDS
    rows = meta["cross_validation"]["extraction"]
    assert rows[0]["threshold"] is None and len(rows) == len(THRESHOLDS) + 1
    model = read_place_model(tmp_path / "one" / MODEL_FILE)
    assert model.threshold == meta["threshold"] and len(model.coefficients) == meta["vocabulary"]
    assert "within 25 km" in first.stdout and "Extraction on dev" in first.stdout


def test_place_labels_that_are_not_json_are_a_coded_error(tmp_path: Path) -> None:
    shared = _shared(tmp_path / "shared")
    (shared / "eval" / "train-spans" / "a00.json").write_text("{", encoding="utf-8")
    result = _train(shared, tmp_path / "out")
    assert result.exit_code == 2 and "E302" in result.stderr
