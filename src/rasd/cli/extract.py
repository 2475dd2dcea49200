"""``rasd extract``: events of articles, printed as JSON lines, JSON or a table."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer
from rich.table import Table

from rasd.cli.output import FieldOption, PrivateNetworksOption, field_map, report_problems, stderr, stdout
from rasd.errors import Code
from rasd.ingest import read_inputs
from rasd.pipeline import default_pipeline
from rasd.serialize import event_to_dict
from rasd.types import Article, Document, Event, Problem


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def extract(
    articles: Annotated[
        list[str],
        typer.Argument(help="Article files (.txt, .json, .jsonl), folders of them, or - for stdin."),
    ],
    output_format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    field: FieldOption = None,
    allow_private_networks: PrivateNetworksOption = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Also list, on stderr, each trigger word that did not become an event and why "
            "(the rule or model that decided, its score and its reasons).",
        ),
    ] = False,
) -> None:
    """Print the events of one or more articles."""
    inputs = read_inputs(articles, allow_private=allow_private_networks or None, fields=field_map(field))
    pipeline = default_pipeline()
    events: list[Event] = []
    problems: list[Problem] = []
    seen: set[tuple[str, int]] = set()
    for item in inputs:
        if isinstance(item, Problem):
            problems.append(item)
            continue
        key = (item.id, hash((item.title, item.text)))
        if key in seen:
            problems.append(_repeated(item))
            continue
        seen.add(key)
        document = pipeline.run(item)
        problems.extend(document.problems)
        if explain:
            stderr.print(_rejections(document))
        if output_format is Format.jsonl:
            for event in document.events:
                stdout.out(json.dumps(event_to_dict(event), ensure_ascii=False), highlight=False)
        else:
            events.extend(document.events)
    if output_format is Format.json:
        stdout.out(
            json.dumps([event_to_dict(e) for e in events], ensure_ascii=False, indent=2), highlight=False
        )
    elif output_format is Format.table:
        stdout.print(_table(events))
    raise typer.Exit(report_problems(problems))


def _repeated(article: Article) -> Problem:
    """A crawl often holds one article twice; its events are given once, or a reader would count
    each of them twice."""
    return Problem(
        article.source or article.id,
        Code.INPUT_REPEATED.value,
        f"article {article.id} repeats an earlier input word for word; its events were given once",
        severity="warning",
    )


def _table(events: list[Event]) -> Table:
    table = Table(title=f"{len(events)} events", show_lines=False)
    for column in ("article", "date", "type", "actor1", "actor2", "location", "fatalities"):
        table.add_column(column)
    for e in events:
        table.add_row(
            e.article_id,
            e.date.isoformat() if e.date else "",
            e.sub_event_type or e.event_type,
            e.actor1 or "",
            e.actor2 or "",
            ", ".join(x for x in (e.location, e.admin1, e.country) if x),
            "" if e.fatalities is None else str(e.fatalities),
        )
    return table


SENTENCE_SHOWN = 90  # characters of the sentence shown beside a rejected trigger
WHY_WIDTH = 24  # "p_new_occurrence=0.29" and most rule names on one line


def _rejections(document: Document) -> Table:
    """The triggers of an article that opened no event: a veto of the rules, or a sentence the
    model judged no new occurrence (such a frame may still add details to another event)."""
    table = Table(title=f"{document.article.id}: {len(document.rejected)} trigger words not read as events")
    for column in ("trigger", "decided by", "score"):
        table.add_column(column)
    # The reasons are what a reader came for: one to a line, wide enough for the model's score and
    # folded beyond, never cut to fit a pipe's 80 columns ("p_new_occurrence=0…").
    table.add_column("why", overflow="fold", min_width=WHY_WIDTH)
    table.add_column("sentence")
    for rejection in document.rejected:
        decision, sentence = rejection.decision, rejection.sentence.text
        table.add_row(
            rejection.trigger.text,
            decision.decider,
            f"{decision.score:.2f}",
            "\n".join(decision.reasons),
            sentence if len(sentence) <= SENTENCE_SHOWN else sentence[:SENTENCE_SHOWN] + "…",
        )
    return table
