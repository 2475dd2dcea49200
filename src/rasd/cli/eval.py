"""``rasd eval``: precision, recall and F1 of extraction against gold articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from rasd.cli.output import print_error, report_problems, stdout
from rasd.errors import GoldError
from rasd.eval import EvalReport, evaluate, load_gold, report_to_dict
from rasd.eval.score import Unmatched

EVIDENCE_CHARS = 110


def evaluate_gold(
    gold_dir: Annotated[
        Path, typer.Argument(help="A folder of gold *.json articles.", exists=True, file_okay=False)
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score extraction against gold articles (EVENT_SCHEMA.md's matching rule)."""
    try:
        gold = load_gold(gold_dir)
    except GoldError as error:
        print_error(error)
        raise typer.Exit(2) from error
    report = evaluate(gold)
    if as_json:
        stdout.out(json.dumps(report_to_dict(report), ensure_ascii=False, indent=2), highlight=False)
    else:
        _print_report(report)
    raise typer.Exit(report_problems(report.problems))


def _print_report(report: EvalReport) -> None:
    o = report.overall
    stdout.print(
        f"[bold]{report.articles} articles[/]: {o.gold} gold events, {o.system} system "
        f"events, {o.matched} matched"
    )
    stdout.print(f"event precision {o.precision:.3f}  recall {o.recall:.3f}  F1 {o.f1:.3f}")
    if (d := report.dedupe) is not None:
        stdout.print(
            f"deduplication ({d.gold} gold article pairs, {d.system} merged, {d.matched} shared): "
            f"precision {d.precision:.3f}  recall {d.recall:.3f}  F1 {d.f1:.3f}"
        )
    if (r := report.places) is not None:
        stdout.print(
            f"places: of {r.named_gold} gold events with coordinates and a place name, "
            f"{r.gazetteer_share:.3f} resolve within 25 km; of {r.located_gold} with coordinates, "
            f"{r.event_share:.3f} have a system event of their article within 25 km"
        )
    fields = Table(title="Field accuracy on matched events")
    for column in ("field", "correct", "matched", "accuracy"):
        fields.add_column(column)
    for f in report.fields:
        fields.add_row(
            f.field, str(f.correct), str(f.total), "-" if f.accuracy is None else f"{f.accuracy:.3f}"
        )
    stdout.print(fields)
    types = Table(title="By event type")
    for column in ("event type", "gold", "system", "matched", "P", "R", "F1"):
        types.add_column(column)
    for name, c in report.by_type:
        types.add_row(
            name,
            str(c.gold),
            str(c.system),
            str(c.matched),
            f"{c.precision:.2f}",
            f"{c.recall:.2f}",
            f"{c.f1:.2f}",
        )
    stdout.print(types)
    _print_unmatched("Missed gold events", report.misses)
    _print_unmatched("Spurious system events", report.spurious)


def _print_unmatched(title: str, items: tuple[Unmatched, ...]) -> None:
    if not items:
        return
    table = Table(title=f"{title} ({len(items)})")
    for column in ("article", "date", "type", "where", "evidence"):
        table.add_column(column, overflow="fold")
    for u in items:
        e = u.event
        evidence = (e.evidence or "")[:EVIDENCE_CHARS]
        table.add_row(
            u.article_id,
            e.date.isoformat() if e.date else "",
            e.sub_event_type or e.event_type,
            ", ".join(x for x in (e.location, e.country) if x),
            evidence,
        )
    stdout.print(table)
