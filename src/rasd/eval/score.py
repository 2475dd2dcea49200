"""Event precision, recall and F1, field accuracies and a per-type table over gold articles."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rasd.eval.clusters import gold_pairs, merged_pairs
from rasd.eval.gold import GoldArticle
from rasd.eval.match import FIELD_COMPARISONS, events_match
from rasd.eval.places import PlaceReach, place_reach
from rasd.geocode.gazetteer import default_gazetteer
from rasd.pipeline import Pipeline, default_pipeline
from rasd.store import Store
from rasd.types import Event, Problem


@dataclass(frozen=True, slots=True)
class Counts:
    gold: int
    system: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class FieldAccuracy:
    field: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass(frozen=True, slots=True)
class Unmatched:
    """A gold event the system missed, or a system event no gold event matched."""

    article_id: str
    event: Event


@dataclass(frozen=True, slots=True)
class EvalReport:
    articles: int
    overall: Counts
    fields: tuple[FieldAccuracy, ...]
    by_type: tuple[tuple[str, Counts], ...]
    misses: tuple[Unmatched, ...]
    spurious: tuple[Unmatched, ...]
    problems: tuple[Problem, ...] = ()
    #: article pairs that share a merged event, against pairs that share a gold cluster
    dedupe: Counts | None = None
    places: PlaceReach | None = None


def match_events(gold: list[Event], system: list[Event]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of gold to system events (index pairs).

    Kuhn's augmenting paths; each gold event tries the closest system events first, so that when
    several matchings are maximal the closer pairs are kept.
    """
    candidates = [
        sorted(
            (j for j, s in enumerate(system) if events_match(g, s)),
            key=lambda j, g=g: _closeness(g, system[j]),
        )
        for g in gold
    ]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def score(
    gold_articles: Iterable[GoldArticle],
    system_events: dict[str, list[Event]],
    problems: Iterable[Problem] = (),
) -> EvalReport:
    """Scores system events (by article id) against the gold articles."""
    totals, by_type = Counter(), {}
    field_correct, field_total = Counter(), Counter()
    misses, spurious, articles = [], [], 0
    for gold_article in gold_articles:
        articles += 1
        article_id = gold_article.article.id
        gold, system = list(gold_article.events), system_events.get(article_id, [])
        pairs = match_events(gold, system)
        matched_gold = {i for i, _ in pairs}
        matched_system = {j for _, j in pairs}
        for i, j in pairs:
            for name, agrees in FIELD_COMPARISONS.items():
                field_total[name] += 1
                field_correct[name] += agrees(gold[i], system[j])
        misses += [Unmatched(article_id, e) for i, e in enumerate(gold) if i not in matched_gold]
        spurious += [Unmatched(article_id, e) for j, e in enumerate(system) if j not in matched_system]
        _tally(totals, by_type, gold, system, [gold[i] for i, _ in pairs])
    return EvalReport(
        articles=articles,
        overall=Counts(totals["gold"], totals["system"], totals["matched"]),
        fields=tuple(
            FieldAccuracy(name, field_correct[name], field_total[name]) for name in FIELD_COMPARISONS
        ),
        by_type=tuple(
            sorted(
                ((t, Counts(c["gold"], c["system"], c["matched"])) for t, c in by_type.items()),
                key=lambda item: -item[1].gold,
            )
        ),
        misses=tuple(misses),
        spurious=tuple(spurious),
        problems=tuple(problems),
    )


def evaluate(gold_articles: list[GoldArticle], pipeline: Pipeline | None = None) -> EvalReport:
    """Runs extraction over the gold articles (never reading their events) and scores it, then
    stores the documents in a scratch database and scores how their events merged."""
    pipeline = pipeline or default_pipeline()
    documents = list(pipeline.run_all(g.article for g in gold_articles))
    system = {d.article.id: list(d.events) for d in documents}
    problems = [p for d in documents for p in d.problems]
    report = score(gold_articles, system, problems)
    with Store.open("sqlite://") as store:
        store.save(documents)
        merged = merged_pairs(store.merged_events())
    gold = gold_pairs(gold_articles)
    reach = place_reach(gold_articles, {d.article.id: d for d in documents}, default_gazetteer())
    return replace(report, dedupe=Counts(len(gold), len(merged), len(gold & merged)), places=reach)


def _tally(
    totals: Counter, by_type: dict[str, Counter], gold: list[Event], system: list[Event], matched: list[Event]
) -> None:
    for key, events in (("gold", gold), ("system", system), ("matched", matched)):
        totals[key] += len(events)
        for event in events:
            by_type.setdefault(event.event_type, Counter())[key] += 1


def _closeness(gold: Event, system: Event) -> tuple[int, int]:
    days = abs((gold.date - system.date).days) if gold.date and system.date else 0
    disagreements = sum(not agrees(gold, system) for agrees in FIELD_COMPARISONS.values())
    return days, disagreements


def _reach(reach: PlaceReach) -> dict:
    return {
        "gold_with_coordinates": reach.located_gold,
        "gold_with_location_ar": reach.named_gold,
        "gazetteer_within_25km": round(reach.gazetteer_share, 4),
        "events_within_25km": round(reach.event_share, 4),
    }


def report_to_dict(report: EvalReport) -> dict:
    """The report as plain JSON data (figures rounded to four places)."""

    def counts(c: Counts) -> dict:
        return {
            "gold": c.gold,
            "system": c.system,
            "matched": c.matched,
            "precision": round(c.precision, 4),
            "recall": round(c.recall, 4),
            "f1": round(c.f1, 4),
        }

    def unmatched(u: Unmatched) -> dict:
        e = u.event
        return {
            "article_id": u.article_id,
            "event_type": e.event_type,
            "sub_event_type": e.sub_event_type,
            "date": e.date.isoformat() if e.date else None,
            "country": e.country,
            "location": e.location,
            "actor1": e.actor1,
            "evidence": e.evidence,
        }

    return {
        "articles": report.articles,
        "events": counts(report.overall),
        "fields": {
            f.field: {
                "correct": f.correct,
                "total": f.total,
                "accuracy": None if f.accuracy is None else round(f.accuracy, 4),
            }
            for f in report.fields
        },
        "by_type": {t: counts(c) for t, c in report.by_type},
        "dedupe_pairs": counts(report.dedupe) if report.dedupe else None,
        "places": _reach(report.places) if report.places else None,
        "misses": [unmatched(u) for u in report.misses],
        "spurious": [unmatched(u) for u in report.spurious],
        "problems": [{"where": p.where(), "code": p.code, "message": p.message} for p in report.problems],
    }
