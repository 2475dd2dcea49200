"""The shipped sentence-kind model, its metadata and the decider that uses it in extraction."""

from __future__ import annotations

import json
import math

import pytest
from pydantic import ValidationError

import rasd
from rasd.config import Settings
from rasd.errors import ModelError
from rasd.extract.deciders import ModelSentenceDecider
from rasd.extract.mentions import TextMentions
from rasd.extract.sentence_features import sentence_features
from rasd.extract.sentence_model import (
    META_FILE,
    MODEL_FILE,
    ConfidenceModel,
    Vectorizer,
    models_dir,
    read_model,
    shipped_model,
)
from rasd.extract.stage import extract_with
from rasd.ingest.records import article_from_record
from rasd.lexicon.lexicon import load_lexicon
from rasd.text.analyze import analyze_text, text_stage
from rasd.types import Decision, Document

ATTACK = (
    "قتل خمسة جنود وأصيب ثلاثة آخرون صباح اليوم الثلاثاء في هجوم بعبوة ناسفة استهدف دورية "
    "للجيش قرب مدينة الرمادي."
)
AIR_STRIKE = (
    "شنت طائرات حربية فجر الأحد غارات على بلدة كفرنبل في ريف إدلب الجنوبي أسفرت عن مقتل "
    "سبعة مدنيين بينهم طفلان."
)
NOT_NEW = {
    "recap": "وكانت المدينة قد شهدت خلال السنوات الماضية هجمات عديدة تبناها التنظيم.",
    "threat": "وهدد التنظيم في بيان بشن هجمات جديدة على مواقع الجيش خلال الأيام المقبلة.",
    "statistic": "وبلغت حصيلة القتلى منذ مطلع العام الجاري أكثر من 1200 شخص بحسب إحصائية للأمم المتحدة.",
    "denial": "ونفت الحركة في بيان رسمي أن تكون لها أي علاقة بالتفجير، ووصفت الاتهامات بأنها كاذبة.",
    "statement": "وقال المتحدث باسم الحكومة إن الدولة ماضية في مكافحة الإرهاب وإن الأمن سيعود إلى المحافظة.",
}


def _decision(sentence: str) -> Decision:
    text = analyze_text(sentence, "text")
    mentions = TextMentions.of(text, load_lexicon())
    [only] = text.sentences
    return ModelSentenceDecider(shipped_model()).decide(mentions, only)


def test_metadata_describes_data_version_features_and_cross_validated_scores() -> None:
    meta = json.loads((models_dir() / META_FILE).read_text(encoding="utf-8"))
    model = shipped_model()
    assert meta["model"] == "sentence_kind" and meta["rasd_version"] == rasd.__version__
    assert meta["threshold"] == model.threshold and meta["vocabulary"] == len(model.coefficients)
    assert len(meta["data"]["train"]["sha256"]) == 64 and meta["data"]["train"]["articles"] > 0
    assert {"words", "clitics", "lexicon", "numbers", "position"} <= set(meta["features"])
    cv = meta["cross_validation"]
    assert cv["grouped_by"] == "cluster" and cv["folds"] == 5
    assert 0.5 < cv["sentences"]["auc"] <= 1
    rules_only, *with_model = cv["extraction"]
    assert rules_only["threshold"] is None
    assert model.threshold in {row["threshold"] for row in with_model}
    assert {"sentences", "extraction"} <= set(meta["validation"])


def test_scoring_is_deterministic_and_reads_the_same_model_back() -> None:
    again = read_model(models_dir() / MODEL_FILE)
    assert again == shipped_model()
    first, second = _decision(ATTACK), _decision(ATTACK)
    assert first == second and first.decider == "sentence_model"


@pytest.mark.parametrize("sentence", [ATTACK, AIR_STRIKE])
def test_a_fresh_attack_report_is_a_new_occurrence(sentence: str) -> None:
    decision = _decision(sentence)
    assert decision.accept and decision.score > 0.8
    assert decision.reasons[0].startswith("p_new_occurrence=")


@pytest.mark.parametrize("kind", sorted(NOT_NEW))
def test_recaps_threats_statistics_denials_and_statements_are_not(kind: str) -> None:
    decision = _decision(NOT_NEW[kind])
    assert not decision.accept and decision.score < shipped_model().threshold


def test_the_vector_is_unit_length_and_ignores_unknown_features() -> None:
    text = analyze_text(ATTACK, "text")
    [only] = text.sentences
    features = sentence_features(TextMentions.of(text, load_lexicon()), 0, only.end_token, "lead")
    vector = shipped_model().vectorizer.vector([*features, "w:كلمة_لم_ترد_قط"])
    assert abs(sum(w * w for w in vector.values()) - 1) < 1e-9
    assert "w:كلمة_لم_ترد_قط" not in vector


def test_a_feature_counts_sublinearly_and_one_told_once_weighs_its_idf() -> None:
    vector = Vectorizer({"lex:trigger": 2.0, "w:قصف": 3.0}).vector(["lex:trigger", "w:قصف", "lex:trigger"])
    repeated, once = (1.0 + math.log(2)) * 2.0, 3.0
    norm = math.sqrt(repeated * repeated + once * once)
    assert vector == {"lex:trigger": repeated / norm, "w:قصف": once / norm}


def test_a_malformed_model_file_is_a_coded_error(tmp_path) -> None:
    path = tmp_path / MODEL_FILE
    path.write_text(json.dumps({"format": 1, "features": ["a"], "idf": [], "coefficients": [1]}))
    with pytest.raises(ModelError, match="E104"):
        read_model(path)
    with pytest.raises(ModelError, match="E104"):
        read_model(tmp_path / "missing.json")


def test_extraction_keeps_rejected_triggers_with_the_decision_against_them() -> None:
    article, _ = article_from_record(
        {"id": "t", "title": "", "text": f"{ATTACK} {NOT_NEW['threat']}", "published": "2019-03-12"}, "test"
    )
    document = text_stage(Document(article))
    with_model = extract_with(document, ModelSentenceDecider(shipped_model()))
    rules_only = extract_with(document, None)
    assert len(with_model.events) == len(rules_only.events) == 1
    assert "decider:sentence_model" in with_model.events[0].rules
    [threat] = [r for r in with_model.rejected if r.decision.reasons == ("modality.threat",)]
    assert threat.decision.decider == "rules" and not threat.decision.accept
    assert article.text[threat.trigger.start : threat.trigger.end] == threat.trigger.text


def test_the_model_vetoes_a_background_sentence_that_the_rules_read_as_an_event() -> None:
    background = "وتعد محافظة الأنبار من أكثر المناطق التي تشهد هجمات متكررة للتنظيم على القوات الأمنية."
    article, _ = article_from_record({"id": "t", "title": "", "text": background, "published": None}, "test")
    document = text_stage(Document(article))
    assert extract_with(document, None).events
    vetoed = extract_with(document, ModelSentenceDecider(shipped_model()))
    assert vetoed.events == ()
    [rejection] = vetoed.rejected
    assert rejection.decision.decider == "sentence_model" and not rejection.decision.accept


def test_the_sentence_decider_setting_is_a_validated_name() -> None:
    assert Settings(sentence_decider="rules").sentence_decider == "rules"
    with pytest.raises(ValidationError):
        Settings(sentence_decider="modle")


def test_the_confidence_model_weighs_named_features_and_ignores_unknown_ones() -> None:
    model = ConfidenceModel({"geo:exact": 1.0, "date:stated": 0.5}, -1.0)
    assert model.probability({"raw": 0.4}) == pytest.approx(1 / (1 + math.exp(1.0)), abs=1e-4)
    sure = model.probability({"raw": 0.4, "geo:exact": 1.0, "date:stated": 1.0, "novel": 1.0})
    assert sure == pytest.approx(1 / (1 + math.exp(-0.5)), abs=1e-4)
    assert ConfidenceModel.from_json(model.to_json()) == model
    floored = ConfidenceModel({"geo:exact": 1.0}, -1.0, floor=0.2)
    assert ConfidenceModel.from_json(floored.to_json()) == floored


def test_the_shipped_confidence_holds_on_events_it_was_not_fitted_on() -> None:
    assert shipped_model().confidence is not None
    meta = json.loads((models_dir() / META_FILE).read_text(encoding="utf-8"))
    scores = meta["cross_validation"]["event_confidence"]
    held_out, raw = scores["held_out"], scores["raw"]
    # Issue 10: of events at confidence 0.8 or more, at least 80% are right, and the confidence says
    # so of no fewer events than the raw score does (session 14: 257 events, 87% right, against 170,
    # 88%).
    assert held_out["at"]["0.8"]["right"] >= 0.8
    assert held_out["at"]["0.8"]["events"] >= raw["at"]["0.8"]["events"]
    # It scores and ranks events at least as well as the raw score: the learned corrections to the
    # raw score's log-odds ship only where they beat it on held-out folds, else the raw score ships
    # (session 14: Brier 0.1454 -> 0.1409, AUC 0.676 -> 0.696; until then the learned confidence
    # trailed it, 0.1486 against 0.1454).
    assert scores["shipped"] == "learned"
    assert held_out["brier"] <= raw["brier"] and held_out["auc"] >= raw["auc"]


def test_the_shipped_floor_is_half_the_f1_and_buys_precision_on_folds_that_did_not_set_it() -> None:
    meta = json.loads((models_dir() / META_FILE).read_text(encoding="utf-8"))
    floor = meta["cross_validation"]["event_confidence"]["floor"]
    assert shipped_model().confidence.floor == floor["floor"]
    nested, without = floor["nested_cv"], floor["without"]
    # An event is worth giving when it is right with a chance above half the F1 (learn/sentences.py).
    assert floor["floor"] == round(without["f1"] / 2, 3)
    # Withholding is for precision: on folds that did not set the floor it raises precision, at a
    # cost in F1 of at most two right events' weight (session 11: 0.762 without, 0.7586 nested,
    # precision 0.79 -> 0.81). The train events just under the floor were right 9 times in 20;
    # on new text (SaudiNewsNet, read by hand) 10 times in 43, against 16 in 30 just above it.
    gold = round(nested["matched"] / nested["recall"])
    assert nested["precision"] > without["precision"]
    assert nested["f1"] >= without["f1"] - 4 / (gold + nested["system"])


def test_a_function_word_list_is_no_feature() -> None:
    text = analyze_text("وفي الثالث من مارس قتل جندي في هجوم على حاجز.")
    features = sentence_features(TextMentions.of(text, load_lexicon()), 0, len(text), "body")
    assert "lex:month" in features and "lex:day_of_month" not in features


def test_quotation_marks_are_a_feature_and_other_punctuation_is_not() -> None:
    # reported speech is marked by its quotation marks, whichever kind the outlet uses
    text = analyze_text("وقال المتحدث: «سنرد على أي هجوم يستهدف قواتنا»، مضيفا أن الوضع هادئ.")
    features = sentence_features(TextMentions.of(text, load_lexicon()), 0, len(text), "body")
    assert features.count("punct:quote") == 2
    assert not any(f.startswith("punct:") and f != "punct:quote" for f in features)
