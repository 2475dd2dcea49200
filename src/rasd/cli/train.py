"""``rasd train``: fit the learned deciders from the labelled data in ``../shared``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from rasd.cli.output import stderr, stdout
from rasd.errors import GoldError, ModelError
from rasd.extract.sentence_model import models_dir

TABLE_WIDTH = 110
app = typer.Typer(help="Train the learned deciders (needs the extra `train`).", no_args_is_help=True)
SharedOption = Annotated[
    Path, typer.Option(help="The shared folder holding eval/train, eval/train-spans, eval/dev…")
]
SeedOption = Annotated[int, typer.Option(help="Seed of the learner (same seed, same bytes).")]
OutOption = Annotated[
    Path | None, typer.Option(help="Where to write the model (default: the package's models folder).")
]
FoldsOption = Annotated[int, typer.Option(help="Cross-validation folds, grouped by cluster.")]


@app.command("sentences")
def sentences(
    shared: SharedOption = Path("../shared"),
    seed: SeedOption = 0,
    out: OutOption = None,
    folds: FoldsOption = 5,
) -> None:
    """The sentence-kind model: cross-validated on train (grouped by cluster), threshold tuned on
    cross-validated extraction, validated on dev; writes the model and its metadata."""
    from rasd.learn.sentences import train_sentences, write_model  # scikit-learn only here

    try:
        report = train_sentences(shared, seed, folds)
    except (GoldError, ModelError, ValueError) as error:
        stderr.print(f"[red]error[/] {error}")
        raise typer.Exit(2) from error
    meta = report.meta
    cv = meta["cross_validation"]
    _print_sentences(f"Sentences, {cv['folds']}-fold CV grouped by cluster (train)", cv["sentences"])
    _print_extraction("Extraction on train, each article judged by its fold's model", cv["extraction"])
    if "validation" in meta:
        _print_sentences("Sentences on dev (validation)", meta["validation"]["sentences"])
        _print_extraction("Extraction on dev (validation)", meta["validation"]["extraction"])
    model_path, meta_path = write_model(report, out or models_dir())
    c = meta["cross_validation"]["event_confidence"]
    stdout.print(
        f"event confidence learned on {c['events']} cross-validated events ({c['right']} right): "
        f"Brier {c['raw']['brier']} raw -> {c['held_out']['brier']} on held-out folds, "
        f"AUC {c['raw']['auc']} -> {c['held_out']['auc']}"
    )
    for cut, held in c["held_out"]["at"].items():
        raw = c["raw"]["at"][cut]
        stdout.print(
            f"  confidence >= {cut}: {held['events']} events, {held['right']} right "
            f"(raw score: {raw['events']} events, {raw['right']} right)"
        )
    floor = c["floor"]
    without, nested, fixed = floor["without"], floor["nested_cv"], floor["at_floor"]
    stdout.print(
        f"events below confidence {floor['floor']} are withheld: train CV F1 {without['f1']} "
        f"(P {without['precision']}, R {without['recall']}) -> {nested['f1']} "
        f"(P {nested['precision']}, R {nested['recall']}), each fold's floor chosen on the others "
        f"({', '.join(map(str, nested['floors']))}); no-event articles with events "
        f"{without['no_event_articles_with_events']} -> {nested['no_event_articles_with_events']}"
    )
    stdout.print(
        f"  at {floor['floor']} in every fold: {fixed['system']} events, {fixed['matched']} right, "
        f"F1 {fixed['f1']}"
    )
    stdout.print(f"threshold {meta['threshold']}; wrote {model_path} and {meta_path}")


@app.command("places")
def places(
    shared: SharedOption = Path("../shared"),
    seed: SeedOption = 0,
    out: OutOption = None,
    folds: FoldsOption = 5,
) -> None:
    """The place model: cross-validated on train's place labels (grouped by cluster), veto threshold
    tuned on cross-validated extraction, validated on dev; writes the model and its metadata."""
    from rasd.learn.places import train_places, write_place_model  # scikit-learn only here

    try:
        report = train_places(shared, seed, folds)
    except (GoldError, ModelError, ValueError) as error:
        stderr.print(f"[red]error[/] {error}")
        raise typer.Exit(2) from error
    meta = report.meta
    cv = meta["cross_validation"]
    _print_candidates(f"Place candidates, {cv['folds']}-fold CV grouped by cluster (train)", cv["candidates"])
    _print_place_extraction(
        "Extraction on train, each article's places judged by its fold's model", cv["extraction"]
    )
    if "validation" in meta:
        _print_candidates("Place candidates on dev (validation)", meta["validation"]["candidates"])
        _print_place_extraction("Extraction on dev (validation)", meta["validation"]["extraction"])
    model_path, meta_path = write_place_model(report, out or models_dir())
    stdout.print(f"threshold {meta['threshold']}; wrote {model_path} and {meta_path}")


def _print_candidates(title: str, scores: dict) -> None:
    stdout.print(
        f"[bold]{title}[/]: {scores['candidates']} candidates, {scores['event_places']} event places, "
        f"P {scores['precision']:.3f} R {scores['recall']:.3f} F1 {scores['f1']:.3f} AUC {scores['auc']:.3f}"
    )


def _print_place_extraction(title: str, rows: list[dict]) -> None:
    """P/R/F1 of events and the share of gold events with coordinates that an event reaches."""
    reach = {"within 25 km": lambda r: f"{r['events_within_25km']:.3f} of {r['gold_with_coordinates']}"}
    _print_extraction_rows(title, rows, reach)


def _accuracy(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _print_sentences(title: str, scores: dict) -> None:
    stdout.print(
        f"[bold]{title}[/]: {scores['sentences']} sentences, new occurrence P {scores['precision']:.3f} "
        f"R {scores['recall']:.3f} F1 {scores['f1']:.3f} AUC {scores['auc']:.3f}"
    )
    accepted = ", ".join(f"{label} {share:.2f}" for label, share in scores["accepted_by_label"].items())
    stdout.print(f"  share accepted by label: {accepted}")


def _print_extraction(title: str, rows: list[dict]) -> None:
    """P/R/F1 of events, sub-type and actor1 accuracy on matched events, and how many articles
    without a gold event got one."""
    columns = {
        "sub-type": lambda r: _accuracy(r["field_accuracy"].get("sub_event_type")),
        "actor1": lambda r: _accuracy(r["field_accuracy"].get("actor1")),
        "no-event": lambda r: f"{r['no_event_articles_with_events']}/{r['no_event_articles']}",
        "conf≥0.8 right": lambda r: f"{r['confident_matched']}/{r['confident_events']}",
    }
    _print_extraction_rows(title, rows, columns)


def _print_extraction_rows(title: str, rows: list[dict], more: dict[str, Callable[[dict], str]]) -> None:
    """One row per decider setting: its events, matched, P/R/F1, then the ``more`` columns."""
    table = Table(title=title, box=None, padding=(0, 1))
    for column in ("decider", "events", "matched", "P", "R", "F1", *more):
        table.add_column(column, no_wrap=True)
    for row in rows:
        table.add_row(
            "rules" if row["threshold"] is None else f"model≥{row['threshold']}",
            str(row["system"]),
            str(row["matched"]),
            f"{row['precision']:.3f}",
            f"{row['recall']:.3f}",
            f"{row['f1']:.3f}",
            *(cell(row) for cell in more.values()),
        )
    Console(width=TABLE_WIDTH, soft_wrap=True).print(table)  # wider than a pipe's 80 columns
