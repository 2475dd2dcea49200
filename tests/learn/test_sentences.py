"""``rasd train sentences`` on a tiny labelled corpus the team wrote: it runs, and it is reproducible."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from rasd.cli import app
from rasd.extract.event_confidence import RAW_LOGIT, event_features
from rasd.extract.sentence_model import META_FILE, MODEL_FILE, read_model
from rasd.learn.folds import group_folds
from rasd.learn.sentences import (
    RAW_SCORE,
    THRESHOLDS,
    EventOutcome,
    HeldOut,
    _best_floor,
    _floor_scores,
    fit_confidence,
)
from rasd.lexicon.lexicon import load_lexicon
from tests.eval.test_score import STRIKE
from tests.factories import strike

runner = CliRunner()
TOWNS = ("هجين", "الشعفة", "سراقب", "كفرنبل", "الميادين", "البوكمال", "معرة النعمان", "خان شيخون")
#: (label, sentence) in the order a report tells them; {town} is the article's own town.
REPORT = (
    ("event", "قصفت طائرات حربية بلدة {town} فجر اليوم ما أسفر عن مقتل ستة مدنيين."),
    ("event_detail", "وأفاد مصدر طبي بأن بين القتلى طفلين وامرأة، وأن الجرحى نقلوا إلى مشفى ميداني."),
    ("recap", "وكانت البلدة قد تعرضت خلال الأشهر الماضية لقصف متكرر."),
    ("statement", "وقال ناشطون إن الأهالي بدأوا بالنزوح نحو المخيمات القريبة من الحدود."),
)
BACKGROUND = (
    ("threat_plan", "وهدد التنظيم بشن هجمات جديدة على بلدة {town} خلال الأيام المقبلة."),
    ("statistic", "وبلغت حصيلة القتلى منذ مطلع العام أكثر من ثلاثمئة شخص بحسب إحصائية محلية."),
    ("other", "وتقع البلدة على الضفة الشرقية لنهر الفرات."),
)


def _article(number: int, town: str) -> tuple[dict, dict]:
    """A gold article and its stand-off sentence labels: every third only threatens and counts,
    the others report a strike."""
    told = REPORT if number % 3 else BACKGROUND
    title = told[0][1].format(town=town)
    sentences = [{"field": "title", "start": 0, "end": len(title), "label": told[0][0], "events": []}]
    text = ""
    for label, template in told:
        sentence = template.format(town=town)
        start = len(text) + (1 if text else 0)
        text = f"{text} {sentence}" if text else sentence
        sentences.append({"field": "text", "start": start, "end": len(text), "label": label, "events": []})
    article_id = f"a{number:02d}"
    gold = {
        "id": article_id,
        "title": title,
        "text": text,
        "published": "2019-03-12",
        "cluster": None,
        "events": [{**STRIKE, "location_ar": town}] if number % 3 else [],
    }
    return gold, {"id": article_id, "places": [], "sentences": sentences}


def _shared(root: Path, spans_change: dict | None = None) -> Path:
    for folder, numbers in (("train", range(6)), ("dev", range(6, 8))):
        for sub in (folder, f"{folder}-spans"):
            (root / "eval" / sub).mkdir(parents=True, exist_ok=True)
        for number in numbers:
            gold, spans = _article(number, TOWNS[number])
            spans |= spans_change or {}
            for sub, data in ((folder, gold), (f"{folder}-spans", spans)):
                path = root / "eval" / sub / f"{gold['id']}.json"
                path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return root


def _train(shared: Path, out: Path, folds: int = 2):
    return runner.invoke(
        app, ["train", "sentences", "--shared", str(shared), "--out", str(out), "--folds", str(folds)]
    )


def test_training_runs_and_gives_the_same_bytes_twice(tmp_path: Path) -> None:
    shared = _shared(tmp_path / "shared")
    first, second = _train(shared, tmp_path / "one"), _train(shared, tmp_path / "two")
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    for name in (MODEL_FILE, META_FILE):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    meta = json.loads((tmp_path / "one" / META_FILE).read_text(encoding="utf-8"))
    assert meta["data"]["train"]["articles"] == 6 and meta["data"]["dev"]["articles"] == 2
    assert meta["cross_validation"]["folds"] == 2 and meta["threshold"] in THRESHOLDS
    assert len(meta["cross_validation"]["extraction"]) == len(THRESHOLDS) + 1
    model = read_model(tmp_path / "one" / MODEL_FILE)
    assert model.threshold == meta["threshold"] and len(model.coefficients) == meta["vocabulary"]
    assert "held_out" in meta["cross_validation"]["event_confidence"]
    confidence = meta["cross_validation"]["event_confidence"]
    assert model.confidence is not None and RAW_LOGIT in confidence["features"]
    assert confidence["shipped"] in ("learned", "raw score") and "learned" in confidence
    assert "model≥" in first.stdout and "Extraction on dev" in first.stdout


def test_unknown_sentence_labels_are_a_coded_error(tmp_path: Path) -> None:
    bad = {"sentences": [{"field": "text", "start": 0, "end": 4, "label": "rumour"}]}
    result = _train(_shared(tmp_path / "shared", bad), tmp_path / "out")
    assert result.exit_code == 2 and "E302" in result.stderr


def test_more_folds_than_clusters_is_refused(tmp_path: Path) -> None:
    result = _train(_shared(tmp_path / "shared"), tmp_path / "out", folds=7)
    assert result.exit_code == 2 and "cannot fill 7 folds" in result.stderr


def test_folds_keep_a_cluster_together_and_balance_sizes() -> None:
    groups = ["c1", "c1", "c1", "a", "b", "c2", "c2", "d"]
    folds = group_folds(groups, 3)
    assert len({folds[i] for i in (0, 1, 2)}) == 1 and folds[5] == folds[6]
    assert sorted(folds.count(k) for k in range(3)) == [2, 3, 3]
    assert folds == group_folds(groups, 3)


def test_the_floor_is_half_the_f1_and_is_scored_on_folds_that_did_not_choose_it() -> None:
    # Four folds of one gold event each: a right event at 0.9 and a wrong one at 0.15 in each. Given
    # all, F1 is 2/3, so an event is worth giving when it is right with a chance above 1/3.
    events = [HeldOut(c, r, k) for k in range(4) for c, r in ((0.9, True), (0.15, False))]
    gold_in_fold = Counter({k: 1 for k in range(4)})
    assert _best_floor(events, 4) == 0.333
    scores = _floor_scores(events, gold_in_fold, 0.333)
    assert scores["without"]["f1"] == 0.6667 and scores["nested_cv"]["f1"] == 1.0
    assert scores["nested_cv"]["floors"] == [0.333] * 4
    assert scores["at_floor"]["system"] == 4 and scores["at_floor"]["f1"] == 1.0


def test_an_event_more_likely_right_than_half_the_f1_is_given() -> None:
    # Given both, F1 is 1.0: the floor 0.5 keeps the event right with chance 0.6 and withholds none.
    events = [HeldOut(0.6, True, 0), HeldOut(0.9, True, 1)]
    assert _best_floor(events, 2) == 0.5
    assert all(e.kept_at(0.5) for e in events)


def _outcomes(folds: list[list[tuple[float, int, bool]]]) -> tuple[dict, dict, dict]:
    """Cross-validated strikes, one article each: per fold, (raw score, geo precision, right)."""
    outcomes, fold_of, gold_of = {}, {}, {}
    for k, told in enumerate(folds):
        for i, (raw, precision, right) in enumerate(told):
            event = strike(f"f{k}-{i}", confidence=raw, geo_precision=precision)
            features = event_features(event, [event], load_lexicon(), dated=True)
            outcomes[event.article_id] = [EventOutcome(features, right, False)]
            fold_of[event.article_id], gold_of[event.article_id] = k, int(right)
    return outcomes, fold_of, gold_of


def test_the_learned_confidence_ships_where_it_beats_the_raw_score_on_held_out_folds() -> None:
    # Every strike scores 0.7 raw; the ones placed at a settlement are right, the rest are not.
    fold = [(0.7, 1, True)] * 6 + [(0.7, 2, False)] * 3
    model, scores = fit_confidence(*_outcomes([fold, fold, fold]))
    assert scores["shipped"] == "learned" and scores["held_out"] == scores["learned"]
    assert scores["learned"]["brier"] < scores["raw"]["brier"]
    assert model.coefficients["geo:exact"] > 0 > model.coefficients["geo:area"]


def test_the_raw_score_ships_where_the_learned_confidence_does_not_beat_it() -> None:
    # The raw score tells right from wrong in one fold and barely in the other: what either fold
    # teaches the other misleads it, and the raw score alone does better on both.
    sharp = [(0.8, 1, True)] * 5 + [(0.2, 1, False)] * 5
    flat = [(0.8, 1, True)] * 3 + [(0.8, 1, False)] * 2 + [(0.2, 1, True)] * 2 + [(0.2, 1, False)] * 3
    model, scores = fit_confidence(*_outcomes([sharp, flat]))
    assert scores["learned"]["brier"] > scores["raw"]["brier"]
    assert scores["shipped"] == "raw score" and scores["held_out"] == scores["raw"]
    assert model.coefficients == RAW_SCORE.coefficients and model.intercept == 0.0
    assert model.probability({RAW_LOGIT: 0.0}) == 0.5
