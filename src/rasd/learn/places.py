"""``rasd train places``: the place model.

Each place candidate the place rules read in a train article (``ArticleContext.places``) is a
training example, labelled by the place spans of train-spans: it is an event's place when it
overlaps a mention annotated ``event_place``. A logistic regression (scikit-learn, the extra
``train``) is fitted on the candidates' features, scored by 5-fold cross-validation grouped by
cluster, its veto threshold tuned on cross-validated extraction (each article extracted with the
model trained without its fold), validated on dev without tuning, and written as deterministic JSON.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import rasd
from rasd.config import get_settings
from rasd.errors import Code, GoldError
from rasd.eval.gold import GoldArticle, load_gold
from rasd.eval.places import place_reach
from rasd.eval.score import score
from rasd.extract.deciders import ModelPlaceDecider, PlaceDecider, sentence_decider
from rasd.extract.frames import ArticleContext
from rasd.extract.mentions import TextMentions
from rasd.extract.place_features import place_features
from rasd.extract.place_model import META_FILE, MODEL_FILE, PlaceModel
from rasd.extract.stage import extract_with
from rasd.geocode.gazetteer import default_gazetteer
from rasd.learn.folds import group_folds
from rasd.learn.linear import fit_sparse_logistic, learning_libraries
from rasd.learn.sentences import DEV, FOLDS, TRAIN, write_model_files
from rasd.learn.spans import files_digest
from rasd.lexicon.lexicon import load_lexicon
from rasd.text.analyze import text_stage
from rasd.types import Document

TRAIN_SPANS, DEV_SPANS = "eval/train-spans", "eval/dev-spans"
MIN_COUNT = 3  # features seen on fewer training candidates are dropped (a word seen once or twice)
REGULARIZATION = 0.5  # scikit-learn's C
#: Veto thresholds tried on cross-validated extraction of train.
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)


@dataclass(frozen=True, slots=True)
class PlaceExample:
    features: tuple[str, ...]
    event_place: bool


@dataclass(frozen=True, slots=True)
class PlaceArticle:
    gold: GoldArticle
    document: Document  # after the text stage, ready for extraction
    examples: tuple[PlaceExample, ...]

    @property
    def group(self) -> str:
        return self.gold.cluster or self.gold.article.id


@dataclass(frozen=True, slots=True)
class CandidateScores:
    candidates: int
    event_places: int
    precision: float
    recall: float
    f1: float
    auc: float


@dataclass(frozen=True, slots=True)
class PlaceExtractionScores:
    """Event scores and place reach of extraction with the model at a threshold (``None``: rules)."""

    threshold: float | None
    system: int
    matched: int
    precision: float
    recall: float
    f1: float
    gold_with_coordinates: int
    events_within_25km: float


@dataclass(frozen=True, slots=True)
class PlaceTrainingReport:
    model: PlaceModel
    meta: dict


def load_places(gold_dir: Path, spans_dir: Path) -> list[PlaceArticle]:
    """Every gold article with its place candidates, each labelled by the spans."""
    lexicon, gazetteer = load_lexicon(), default_gazetteer()
    articles = []
    for gold in load_gold(gold_dir):
        document = text_stage(Document(gold.article))
        texts = [TextMentions.of(text, lexicon) for text in document.texts()]
        context = ArticleContext(gold.article, texts, gazetteer, bare_names=True)
        marked = _event_place_spans(spans_dir / f"{gold.article.id}.json")
        examples = []
        for mentions in texts:
            places = context.places(mentions, 0, len(mentions.text))
            for place in places:
                label = any(
                    f == place.span.field and start < place.span.end and place.span.start < end
                    for f, start, end in marked
                )
                examples.append(
                    PlaceExample(tuple(place_features(mentions, place, places, context.where_facts)), label)
                )
        articles.append(PlaceArticle(gold, document, tuple(examples)))
    return articles


def train_places(shared: Path, seed: int = 0, folds: int = FOLDS) -> PlaceTrainingReport:
    """Train, cross-validate and validate the place model on ``shared/eval``."""
    train = load_places(shared / TRAIN, shared / TRAIN_SPANS)
    fold_of = group_folds([a.group for a in train], folds)
    fold_models = [
        fit_place_model([a for a, f in zip(train, fold_of, strict=True) if f != k], seed)
        for k in range(folds)
    ]
    cv_scores = [
        fold_models[f].probability(list(e.features))
        for a, f in zip(train, fold_of, strict=True)
        for e in a.examples
    ]
    runs = [_cross_validated_extraction(train, fold_of, fold_models, t) for t in (None, *THRESHOLDS)]
    best = max(range(1, len(runs)), key=lambda i: (runs[i].f1, runs[i].events_within_25km, -i))
    threshold = runs[best].threshold
    model = fit_place_model(train, seed, threshold)
    meta = {
        "model": "place_decider",
        "task": "is a place candidate where an event of its article happened",
        "rasd_version": rasd.__version__,
        "seed": seed,
        "learner": {"kind": "logistic regression (liblinear, class_weight=balanced)", "C": REGULARIZATION},
        "features": _feature_description(),
        "vocabulary": len(model.coefficients),
        "threshold": threshold,
        "data": {"train": {"sha256": files_digest(shared / TRAIN, shared / TRAIN_SPANS), **_counts(train)}},
        "cross_validation": {
            "folds": folds,
            "grouped_by": "cluster",
            "candidates": asdict(candidate_scores(train, cv_scores, threshold)),
            "extraction": [asdict(r) for r in runs],
        },
    }
    if (shared / DEV_SPANS).is_dir():
        dev = load_places(shared / DEV, shared / DEV_SPANS)
        dev_scores = [model.probability(list(e.features)) for a in dev for e in a.examples]
        meta["data"]["dev"] = {"sha256": files_digest(shared / DEV, shared / DEV_SPANS), **_counts(dev)}
        meta["validation"] = {
            "candidates": asdict(candidate_scores(dev, dev_scores, threshold)),
            "extraction": [
                asdict(_extraction(dev, lambda _: None, None)),
                asdict(_extraction(dev, lambda _: ModelPlaceDecider(model), threshold)),
            ],
        }
    return PlaceTrainingReport(model, meta)


def write_place_model(report: PlaceTrainingReport, directory: Path) -> tuple[Path, Path]:
    """The model and its metadata as JSON: the same report gives the same bytes."""
    return write_model_files(
        report.model.to_json(), report.meta, directory / MODEL_FILE, directory / META_FILE
    )


def fit_place_model(articles: Sequence[PlaceArticle], seed: int, threshold: float = 0.5) -> PlaceModel:
    """A logistic regression over the binary features of the articles' candidates, rounded as it
    ships."""
    examples = [e for a in articles for e in a.examples]
    labels = [e.event_place for e in examples]
    if len(set(labels)) < 2:
        raise ValueError("a training split holds only one kind of candidate: use fewer folds")
    seen = Counter(f for e in examples for f in set(e.features))
    names = sorted(f for f, n in seen.items() if n >= MIN_COUNT)
    rows = [dict.fromkeys(sorted(set(e.features)), 1.0) for e in examples]
    coefficients, intercept = fit_sparse_logistic(rows, names, labels, REGULARIZATION, seed)
    fitted = PlaceModel(coefficients, intercept, threshold)
    return PlaceModel.from_json(fitted.to_json(), "training")


def candidate_scores(
    articles: Sequence[PlaceArticle], scores: Sequence[float], threshold: float
) -> CandidateScores:
    _, metrics, _ = learning_libraries()
    truth = [e.event_place for a in articles for e in a.examples]
    predicted = [p >= threshold for p in scores]
    precision, recall, f1, _ = metrics.precision_recall_fscore_support(
        truth, predicted, average="binary", zero_division=0
    )
    return CandidateScores(
        candidates=len(truth),
        event_places=sum(truth),
        precision=round(float(precision), 4),
        recall=round(float(recall), 4),
        f1=round(float(f1), 4),
        auc=round(float(metrics.roc_auc_score(truth, scores)), 4) if len(set(truth)) == 2 else 0.0,
    )


def _cross_validated_extraction(
    articles: Sequence[PlaceArticle],
    fold_of: Sequence[int],
    fold_models: Sequence[PlaceModel],
    threshold: float | None,
) -> PlaceExtractionScores:
    deciders = [
        None if threshold is None else ModelPlaceDecider(replace(m, threshold=threshold)) for m in fold_models
    ]
    by_article = {a.gold.article.id: deciders[f] for a, f in zip(articles, fold_of, strict=True)}
    return _extraction(articles, lambda a: by_article[a.gold.article.id], threshold)


def _extraction(
    articles: Sequence[PlaceArticle],
    decider_of: Callable[[PlaceArticle], PlaceDecider | None],
    threshold: float | None,
) -> PlaceExtractionScores:
    """Extraction with the settings' sentence decider and each article's place decider."""
    sentences = sentence_decider(get_settings().sentence_decider)
    documents = {a.gold.article.id: extract_with(a.document, sentences, decider_of(a)) for a in articles}
    golds = [a.gold for a in articles]
    report = score(golds, {i: list(d.events) for i, d in documents.items()})
    reach = place_reach(golds, documents, default_gazetteer())
    return PlaceExtractionScores(
        threshold=threshold,
        system=report.overall.system,
        matched=report.overall.matched,
        precision=round(report.overall.precision, 4),
        recall=round(report.overall.recall, 4),
        f1=round(report.overall.f1, 4),
        gold_with_coordinates=reach.located_gold,
        events_within_25km=round(reach.event_share, 4),
    )


def _event_place_spans(path: Path) -> list[tuple[str, int, int]]:
    try:
        places = json.loads(path.read_text(encoding="utf-8"))["places"]
        return [(p["field"], int(p["start"]), int(p["end"])) for p in places if p["event_place"]]
    except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        raise GoldError(Code.SPANS_INVALID, f"{path}: no place labels ({error})") from error


def _counts(articles: Sequence[PlaceArticle]) -> dict:
    examples = [e for a in articles for e in a.examples]
    return {
        "articles": len(articles),
        "candidates": len(examples),
        "event_places": sum(e.event_place for e in examples),
    }


def _feature_description() -> dict:
    return {
        "found_by": "the cue word's kind or a bare locative, list conjunct, gazetteer match kind, precision",
        "gazetteer": "resolved or not, feature class and code, population (power of ten), country: the "
        "article's, one it places events in, another, none",
        "position": "title or body, sentence kind (dateline, bullet...), sentence index bucket",
        "context": "nearest trigger word (side, distance bucket, sub-type), a trigger in the same clause, "
        "killed/wounded/time/weapon/attribution/actor words in the sentence, the proclitic, the words "
        "right before and after, a nationality adjective after",
        "article": "how often the article names the place, whether the headline names it, the number "
        "of places in the sentence and whether it is the first",
        "encoding": f"binary, features seen on at least {MIN_COUNT} training candidates",
    }
