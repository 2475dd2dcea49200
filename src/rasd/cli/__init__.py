"""The ``rasd`` command line: one thin module per command group over library functions."""

from __future__ import annotations

import typer

from rasd.cli import batch as batch_command
from rasd.cli import eval as eval_command
from rasd.cli import events as events_command
from rasd.cli import extract as extract_command
from rasd.cli import gazetteer as gazetteer_command
from rasd.cli import resources as resources_command
from rasd.cli import serve as serve_command
from rasd.cli import store as store_command
from rasd.cli import train as train_command
from rasd.cli.output import VersionOption, show_notices

app = typer.Typer(
    name="rasd",
    help="Arabic news → ACLED-style conflict events, each field backed by the text it came from.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def _every_command(version: VersionOption = False) -> None:
    show_notices()


app.command("extract")(extract_command.extract)
app.command("ingest")(store_command.ingest_command)
app.command("watch")(store_command.watch_command)
app.command("problems")(store_command.problems_command)
app.command("events")(events_command.events_command)
app.command("demo")(events_command.demo_command)
app.command("eval")(eval_command.evaluate_gold)
app.command("batch")(batch_command.batch_command)
app.command("batch-merge")(batch_command.batch_merge_command)
app.command("serve")(serve_command.serve_command)
app.add_typer(resources_command.app, name="resources")
app.add_typer(gazetteer_command.app, name="gazetteer")
app.add_typer(train_command.app, name="train")


def main() -> None:
    app()
