"""The ``rasd`` command line: one thin module per command group over library functions.

Commands are registered by name and imported only when they run, so that ``rasd extract`` does
not pay for the database, web and evaluation libraries that other commands need.
"""

from __future__ import annotations

import importlib

import typer
import typer.main
from typer.core import TyperGroup
from typer.models import CommandInfo

from rasd.cli.output import VersionOption, show_notices
from rasd.runtime import tune_collector

#: Command name → ``module:attribute``, a command function or a ``typer.Typer`` group.
COMMANDS: dict[str, str] = {
    "extract": "rasd.cli.extract:extract",
    "ingest": "rasd.cli.store:ingest_command",
    "watch": "rasd.cli.store:watch_command",
    "problems": "rasd.cli.store:problems_command",
    "events": "rasd.cli.events:events_command",
    "demo": "rasd.cli.events:demo_command",
    "eval": "rasd.cli.eval:evaluate_gold",
    "batch": "rasd.cli.batch:batch_command",
    "batch-merge": "rasd.cli.batch:batch_merge_command",
    "serve": "rasd.cli.serve:serve_command",
    "resources": "rasd.cli.resources:app",
    "gazetteer": "rasd.cli.gazetteer:app",
    "train": "rasd.cli.train:app",
}


class LazyGroup(TyperGroup):
    """A group whose commands are built from ``COMMANDS`` when first asked for."""

    def list_commands(self, ctx) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx, cmd_name: str):
        if cmd_name not in COMMANDS:
            return None
        if cmd_name not in self.commands:
            self.commands[cmd_name] = _load_command(cmd_name)
        return self.commands[cmd_name]


def _load_command(name: str):
    module, _, attribute = COMMANDS[name].partition(":")
    target = getattr(importlib.import_module(module), attribute)
    if isinstance(target, typer.Typer):
        group = typer.main.get_group(target)
        group.name = name
        return group
    return typer.main.get_command_from_info(
        CommandInfo(name=name, callback=target),
        pretty_exceptions_short=app.pretty_exceptions_short,
        rich_markup_mode=app.rich_markup_mode,
    )


app = typer.Typer(
    name="rasd",
    cls=LazyGroup,
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def rasd(version: VersionOption = False) -> None:
    """Arabic news → ACLED-style conflict events, each field backed by the text it came from."""
    show_notices()


def main() -> None:
    tune_collector()  # before the commands' modules and resources load
    app()
