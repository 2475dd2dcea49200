"""``rasd train sentences``: the sentence-kind model.

Fits a logistic regression (scikit-learn, the optional extra ``train``) on the labelled sentences
of train, scores it by 5-fold cross-validation grouped by cluster, tunes its veto threshold on
cross-validated extraction (each article's sentences judged by the model trained without its fold),
validates on dev without tuning, and writes the model and its metadata as deterministic JSON.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import NamedTuple

import rasd
from rasd.eval.score import score
from rasd.extract.deciders import ModelSentenceDecider, SentenceDecider
from rasd.extract.event_confidence import RAW, RAW_LOGIT, event_features, vouched_for
from rasd.extract.sentence_features import LABELLED_KINDS
from rasd.extract.sentence_model import (
    META_FILE,
    MODEL_FILE,
    ConfidenceModel,
    SentenceModel,
    Vectorizer,
    rounded,
)
from rasd.extract.stage import extract_with
from rasd.learn.folds import group_folds
from rasd.learn.linear import fit_logistic_from_prior, fit_sparse_logistic, learning_libraries
from rasd.learn.spans import NEW_OCCURRENCE, SENTENCE_LABELS, LabelledArticle, files_digest, load_labelled
from rasd.lexicon.lexicon import load_lexicon

FOLDS = 5
REGULARIZATION = 1.0  # scikit-learn's C
MIN_DF = 5  # rarer features add size, not accuracy (train CV: AUC 0.884 at 2, 0.882 at 5)
#: The event confidence's L2 penalty on its corrections to the raw score (scikit-learn's C 0.2).
#: Any of 3–30 beat the raw score on held-out folds of train and on eight other fold splits;
#: chosen inside the folds it flipped from fold to fold. Of 5 and 10, 5 passed fewer SaudiNewsNet
#: events over the floor, mostly wrong ones (docs/extraction.md, "Session 14: an event confidence
#: that beats the raw score").
CONFIDENCE_PENALTY = 5.0
#: The frames' raw score as a confidence, unchanged: what ships where the learned one does not beat it.
RAW_SCORE = ConfidenceModel({RAW_LOGIT: 1.0}, 0.0)
#: Veto thresholds tried on train CV. A veto needs the model to find "not a new occurrence" at
#: least as likely as not: above 0.5 CV F1 rose by 0.01 but clear reports with a full date (a month
#: name and a year, as recaps often carry) began to be vetoed.
CONFIDENT = 0.8  # issue 10: of events this confident, at least 80% should be right
CONFIDENCE_CUTS = (0.5, 0.6, 0.7, CONFIDENT)
THRESHOLDS = tuple(round(0.1 + 0.05 * i, 2) for i in range(9))  # 0.1 … 0.5
TRAIN, TRAIN_SPANS, DEV, DEV_SPANS = "eval/train", "eval/train-spans", "eval/dev", "eval/dev-spans"


@dataclass(frozen=True, slots=True)
class SentenceScores:
    """How well the model tells new-occurrence sentences from the rest, at a threshold."""

    sentences: int
    precision: float
    recall: float
    f1: float
    auc: float
    accepted_by_label: dict[str, float]  # the share of each label's sentences the model accepts


@dataclass(frozen=True, slots=True)
class ExtractionScores:
    """Event scores of extraction with the model at a threshold (``None``: the rules alone)."""

    threshold: float | None
    system: int
    matched: int
    precision: float
    recall: float
    f1: float
    no_event_articles: int
    no_event_articles_with_events: int
    field_accuracy: dict[str, float | None]  # on matched events
    confident_events: int  # events with confidence >= CONFIDENT
    confident_matched: int  # of them, those a gold event matched


@dataclass(frozen=True, slots=True)
class TrainingReport:
    model: SentenceModel
    meta: dict


def train_sentences(shared: Path, seed: int = 0, folds: int = FOLDS) -> TrainingReport:
    """Train, cross-validate and validate the sentence-kind model on ``shared/eval``."""
    train = load_labelled(shared / TRAIN, shared / TRAIN_SPANS)
    fold_of = group_folds([a.group for a in train], folds)
    fold_models = [
        fit_model([a for a, f in zip(train, fold_of, strict=True) if f != k], seed) for k in range(folds)
    ]
    runs = [cross_validated_extraction(train, fold_of, fold_models, t) for t in (None, *THRESHOLDS)]
    extraction = [scores for scores, _ in runs]
    best = max(range(1, len(runs)), key=lambda i: (round(extraction[i].f1, 4), -extraction[i].threshold))
    threshold = extraction[best].threshold
    folds_of_article = {a.gold.article.id: f for a, f in zip(train, fold_of, strict=True)}
    gold_of_article = {a.gold.article.id: len(a.gold.events) for a in train}
    confidence, confidence_scores = fit_confidence(runs[best][1], folds_of_article, gold_of_article)
    cv_probabilities = [
        p for a, f in zip(train, fold_of, strict=True) for p in probabilities(fold_models[f], a)
    ]
    model = replace(fit_model(train, seed, threshold), confidence=confidence)
    meta = {
        "model": "sentence_kind",
        "task": "does a sentence report a new occurrence (event, event_detail) or not",
        "rasd_version": rasd.__version__,
        "seed": seed,
        "learner": {"kind": "logistic regression (liblinear, class_weight=balanced)", "C": REGULARIZATION},
        "features": _feature_description(),
        "vocabulary": len(model.coefficients),
        "threshold": threshold,
        "data": {
            "train": {"sha256": files_digest(shared / TRAIN, shared / TRAIN_SPANS), **_counts(train)},
        },
        "cross_validation": {
            "folds": folds,
            "grouped_by": "cluster",
            "sentences": asdict(sentence_scores(train, cv_probabilities, threshold)),
            "extraction": [asdict(e) for e in extraction],
            "event_confidence": confidence_scores,
        },
    }
    if (shared / DEV_SPANS).is_dir():
        dev = load_labelled(shared / DEV, shared / DEV_SPANS)
        dev_probabilities = [p for a in dev for p in probabilities(model, a)]
        meta["data"]["dev"] = {"sha256": files_digest(shared / DEV, shared / DEV_SPANS), **_counts(dev)}
        meta["validation"] = {
            "sentences": asdict(sentence_scores(dev, dev_probabilities, threshold)),
            "extraction": [
                asdict(_extraction(dev, lambda _: None, None)),
                asdict(_extraction(dev, lambda _: ModelSentenceDecider(model), threshold)),
            ],
        }
    return TrainingReport(model, meta)


def write_model(report: TrainingReport, directory: Path) -> tuple[Path, Path]:
    """The model and its metadata as JSON: the same report gives the same bytes."""
    return write_model_files(
        report.model.to_json(), report.meta, directory / MODEL_FILE, directory / META_FILE
    )


def write_model_files(model: dict, meta: dict, model_path: Path, meta_path: Path) -> tuple[Path, Path]:
    """A model (compact) and its metadata (indented, keys sorted) as JSON: same input, same bytes."""
    model_path.parent.mkdir(parents=True, exist_ok=True)
    model_path.write_text(
        json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    meta_path.write_text(
        json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    return model_path, meta_path


def fit_model(articles: Sequence[LabelledArticle], seed: int, threshold: float = 0.5) -> SentenceModel:
    """A logistic regression over the TF-IDF features of the articles' labelled sentences,
    rounded as it ships."""
    sentences = [s for a in articles for s in a.sentences]
    vectorizer = Vectorizer(_idf([s.features for s in sentences]))
    labels = [s.new_occurrence for s in sentences]
    if len(set(labels)) < 2:
        raise ValueError(
            "a training split holds only one kind of sentence: label more articles or use fewer folds"
        )
    rows = [vectorizer.vector(list(s.features)) for s in sentences]
    coefficients, intercept = fit_sparse_logistic(rows, sorted(vectorizer.idf), labels, REGULARIZATION, seed)
    fitted = SentenceModel(vectorizer, coefficients, intercept, threshold)
    return SentenceModel.from_json(fitted.to_json(), "training")


def probabilities(model: SentenceModel, article: LabelledArticle) -> list[float]:
    return [model.probability(model.vectorizer.vector(list(s.features))) for s in article.sentences]


def cross_validated_extraction(
    articles: Sequence[LabelledArticle],
    fold_of: Sequence[int],
    fold_models: Sequence[SentenceModel],
    threshold: float | None,
) -> tuple[ExtractionScores, dict[str, list[EventOutcome]]]:
    """Extraction over the articles, each judged by the model trained without its fold: the scores,
    and each article's events as ``EventOutcome``s."""
    deciders = [
        None if threshold is None else ModelSentenceDecider(replace(m, threshold=threshold))
        for m in fold_models
    ]
    by_article = {a.gold.article.id: deciders[f] for a, f in zip(articles, fold_of, strict=True)}
    return _scored_extraction(articles, lambda a: by_article[a.gold.article.id], threshold)


def fit_confidence(
    outcomes: dict[str, list[EventOutcome]], fold_of: dict[str, int], gold_of: dict[str, int]
) -> tuple[ConfidenceModel, dict]:
    """A logistic regression from an event's features to whether a gold event matched it, fitted on
    the cross-validated events, and how well it holds on events it was not fitted on: each fold's
    events scored by the model fitted on the other folds, beside the frames' raw score. Where it
    does not beat the raw score there (Brier and AUC), the raw score ships as it is. The floor is
    half the F1 of the events given unwithheld (``gold_of``: gold events per article)."""
    metrics = learning_libraries()[1]
    events = [
        (features, right, fold_of[article], article, vouched)
        for article, told in outcomes.items()
        for features, right, vouched in told
    ]
    names = sorted({name for features, *_ in events for name in features} - {RAW})
    folds = sorted(set(fold_of.values()))
    fold_models = {
        k: _fit_confidence([(f, r) for f, r, fold, *_ in events if fold != k], names) for k in folds
    }
    learned = _held_out(events, fold_models, gold_of)
    raw = _held_out(events, dict.fromkeys(folds, RAW_SCORE), gold_of)
    learned_scores, raw_scores = (
        _confidence_scores([(h.confidence, h.right) for h in held], metrics) for held in (learned, raw)
    )
    beats_raw = _beats(learned_scores, raw_scores)
    held_out = learned if beats_raw else raw
    gold_in_fold: Counter[int] = Counter()
    for article, fold in fold_of.items():
        gold_in_fold[fold] += gold_of.get(article, 0)
    floor = _best_floor(held_out, sum(gold_in_fold.values()))
    scores = {
        "events": len(events),
        "right": sum(r for _, r, *_ in events),
        "fitted_on": "cross-validated extraction of train at the chosen threshold",
        "learner": {
            "kind": "logistic corrections to the raw score's log-odds (Newton, L2 on every weight)",
            "penalty": CONFIDENCE_PENALTY,
        },
        "features": names,
        "raw": raw_scores,
        "learned": learned_scores,
        "shipped": "learned" if beats_raw else "raw score",
        "held_out": learned_scores if beats_raw else raw_scores,
        "floor": _floor_scores(held_out, gold_in_fold, floor),
    }
    shipped = _fit_confidence([(f, r) for f, r, *_ in events], names) if beats_raw else RAW_SCORE
    return replace(shipped, floor=floor), scores


def _held_out(
    events: Sequence[tuple[dict[str, float], bool, int, str, bool]],
    fold_models: dict[int, ConfidenceModel],
    gold_of: dict[str, int],
) -> list[HeldOut]:
    """Each event scored by its fold's model (the one fitted without the fold)."""
    return [
        HeldOut(fold_models[fold].probability(f), right, fold, article, not gold_of.get(article), vouched)
        for f, right, fold, article, vouched in events
    ]


def _beats(learned: dict, raw: dict) -> bool:
    """Whether a confidence scores held-out events at least as well as the raw score: Brier no
    higher and, where both classes occur, AUC no lower."""
    return learned["brier"] <= raw["brier"] and (raw["auc"] is None or learned["auc"] >= raw["auc"])


class EventOutcome(NamedTuple):
    """An event of cross-validated extraction: its confidence features, whether a gold event
    matched it, and whether it is given whatever its confidence (``event_confidence.vouched_for``)."""

    features: dict[str, float]
    right: bool
    vouched: bool


class HeldOut(NamedTuple):
    """An event of cross-validated extraction: its confidence from the model fitted without its
    fold, whether a gold event matched it, and its fold."""

    confidence: float
    right: bool
    fold: int
    article: str = ""
    article_without_gold: bool = False
    vouched_for: bool = False  # given whatever its confidence (``event_confidence.vouched_for``)

    def kept_at(self, floor: float) -> bool:
        """Whether the event is given when events below ``floor`` are withheld."""
        return self.confidence >= floor or self.vouched_for


def _best_floor(events: Sequence[HeldOut], gold: int) -> float:
    """Half the F1 of the events given unwithheld. A calibrated confidence is the chance that the
    event is right, and giving an event that is right with chance p raises the expected F1 exactly
    when p > F1 / 2 (2(m + p) / (g + e + 1) > 2m / (g + e); Lipton, Elkan and Naryanaswamy 2014).
    Derived rather than picked as the best of a grid of floors: train F1 is flat over 0.2–0.35,
    so the grid's best flipped with one event per fold (nested CV, sessions 8–11)."""
    return round(_kept_scores(events, gold, 0.0)["f1"] / 2, 3)


def _kept_scores(events: Sequence[HeldOut], gold: int, floor: float) -> dict:
    kept = [e for e in events if e.kept_at(floor)]
    right = sum(e.right for e in kept)
    return {
        "system": len(kept),
        "matched": right,
        "precision": round(right / len(kept), 4) if kept else 0.0,
        "recall": round(right / gold, 4) if gold else 0.0,
        "f1": round(2 * right / (gold + len(kept)), 4) if gold + len(kept) else 0.0,
        "no_event_articles_with_events": len({e.article for e in kept if e.article_without_gold}),
    }


def _floor_scores(events: Sequence[HeldOut], gold_in_fold: Counter[int], floor: float) -> dict:
    """Scores without a floor and with one, the floor chosen on the other folds for each fold
    (nested, so the figure is not the floor's fit to the events it is scored on)."""
    gold = sum(gold_in_fold.values())
    nested: list[HeldOut] = []
    chosen = {}
    for k in sorted(gold_in_fold):
        chosen[k] = _best_floor([e for e in events if e.fold != k], gold - gold_in_fold[k])
        nested += [e for e in events if e.fold == k and e.kept_at(chosen[k])]
    return {
        "floor": floor,
        "without": _kept_scores(events, gold, 0.0),
        "nested_cv": {**_kept_scores(nested, gold, 0.0), "floors": [chosen[k] for k in sorted(chosen)]},
        # The floor chosen on all folds, applied to each fold's held-out confidences: steadier than
        # the nested figure (one fold's floor flipping moves that by several events), a little
        # optimistic, since the floor has seen every fold.
        "at_floor": _kept_scores(events, gold, floor),
    }


def _fit_confidence(rows: Sequence[tuple[dict[str, float], bool]], names: list[str]) -> ConfidenceModel:
    """Corrections to the raw score's log-odds: the raw score enters with weight one, and what the
    features (its log-odds among them, for its slope) add is shrunk toward nothing."""
    outcomes = [right for _, right in rows]
    if len(set(outcomes)) < 2:
        # One outcome only (a tiny corpus): the smoothed share of right events, whatever the features.
        share = (sum(outcomes) + 1) / (len(outcomes) + 2)
        return ConfidenceModel({}, rounded(math.log(share / (1 - share))))
    weights, intercept = fit_logistic_from_prior(
        [[f.get(n, 0.0) for n in names] for f, _ in rows],
        [f[RAW_LOGIT] for f, _ in rows],
        outcomes,
        CONFIDENCE_PENALTY,
    )
    coefficients = {n: rounded(w + 1.0 if n == RAW_LOGIT else w) for n, w in zip(names, weights, strict=True)}
    return ConfidenceModel({n: w for n, w in coefficients.items() if w}, rounded(intercept))


def _confidence_scores(scored: Sequence[tuple[float, bool]], metrics) -> dict:
    """Brier score, AUC, and at each cut-off how many events reach it and the share of them right."""
    truth = [r for _, r in scored]
    at = {}
    for cut in CONFIDENCE_CUTS:
        reached = [r for c, r in scored if c >= cut]
        at[str(cut)] = {
            "events": len(reached),
            "right": round(sum(reached) / len(reached), 4) if reached else None,
        }
    auc = metrics.roc_auc_score(truth, [c for c, _ in scored]) if len(set(truth)) == 2 else None
    return {
        "brier": round(sum((c - r) ** 2 for c, r in scored) / len(scored), 4) if scored else None,
        "auc": None if auc is None else round(float(auc), 4),
        "at": at,
    }


def sentence_scores(
    articles: Sequence[LabelledArticle], scores: Sequence[float], threshold: float
) -> SentenceScores:
    _, metrics, _ = learning_libraries()
    sentences = [s for a in articles for s in a.sentences]
    truth = [s.new_occurrence for s in sentences]
    predicted = [p >= threshold for p in scores]
    accepted, total = Counter(), Counter()
    for sentence, accept in zip(sentences, predicted, strict=True):
        total[sentence.label] += 1
        accepted[sentence.label] += accept
    precision, recall, f1, _ = metrics.precision_recall_fscore_support(truth, predicted, average="binary")
    return SentenceScores(
        sentences=len(sentences),
        precision=round(float(precision), 4),
        recall=round(float(recall), 4),
        f1=round(float(f1), 4),
        auc=round(float(metrics.roc_auc_score(truth, scores)), 4) if len(set(truth)) == 2 else math.nan,
        accepted_by_label={k: round(accepted[k] / total[k], 4) for k in SENTENCE_LABELS if total[k]},
    )


def _extraction(
    articles: Sequence[LabelledArticle],
    decider_of: Callable[[LabelledArticle], SentenceDecider | None],
    threshold: float | None,
) -> ExtractionScores:
    return _scored_extraction(articles, decider_of, threshold)[0]


def _scored_extraction(
    articles: Sequence[LabelledArticle],
    decider_of: Callable[[LabelledArticle], SentenceDecider | None],
    threshold: float | None,
) -> tuple[ExtractionScores, dict[str, list[EventOutcome]]]:
    """The scores, and each article's events as ``EventOutcome``s."""
    system = {a.gold.article.id: list(extract_with(a.document, decider_of(a)).events) for a in articles}
    report = score([a.gold for a in articles], system)
    empty = [a.gold.article.id for a in articles if not a.gold.events]
    wrong = {id(u.event) for u in report.spurious}
    confident = [e for events in system.values() for e in events if (e.confidence or 0) >= CONFIDENT]
    lexicon = load_lexicon()
    dated = {a.gold.article.id: a.gold.article.published is not None for a in articles}
    outcomes = {
        i: [
            EventOutcome(
                event_features(e, events, lexicon, dated[i]),
                id(e) not in wrong,
                vouched_for(e, dated[i]),
            )
            for e in events
        ]
        for i, events in system.items()
    }
    return ExtractionScores(
        threshold=threshold,
        system=report.overall.system,
        matched=report.overall.matched,
        precision=round(report.overall.precision, 4),
        recall=round(report.overall.recall, 4),
        f1=round(report.overall.f1, 4),
        no_event_articles=len(empty),
        no_event_articles_with_events=sum(bool(system[i]) for i in empty),
        field_accuracy={f.field: None if f.accuracy is None else round(f.accuracy, 4) for f in report.fields},
        confident_events=len(confident),
        confident_matched=sum(id(e) not in wrong for e in confident),
    ), outcomes


def _idf(documents: list[tuple[str, ...]]) -> dict[str, float]:
    """Smoothed inverse document frequency of the features seen in at least ``MIN_DF`` sentences."""
    df = Counter(f for features in documents for f in set(features))
    n = len(documents)
    return {f: math.log((1 + n) / (1 + d)) + 1.0 for f, d in df.items() if d >= MIN_DF}


def _counts(articles: Sequence[LabelledArticle]) -> dict:
    labels = Counter(s.label for a in articles for s in a.sentences)
    return {
        "articles": len(articles),
        "sentences": sum(labels.values()),
        "labels": {k: labels[k] for k in SENTENCE_LABELS if labels[k]},
        "new_occurrence_labels": sorted(NEW_OCCURRENCE),
    }


def _feature_description() -> dict:
    return {
        "words": "normalized word forms (w:), stems without clitics (s:), stem pairs (b:)",
        "clitics": "each proclitic string (p:), e.g. the future prefix",
        "lexicon": "each resources/ar index that fires (lex:kind), with the entry label for "
        + ", ".join(sorted(LABELLED_KINDS)),
        "numbers": "digits, and years (Hijri and Gregorian)",
        "quotation": "each quotation mark (punct:quote)",
        "position": "title, lead, body; length bucket",
        "weighting": f"sublinear tf x smoothed idf, L2-normalized, min_df {MIN_DF}",
    }
