"""Shared console helpers: problems on stderr and the exit status that says something was skipped."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from rasd import __version__
from rasd.ingest.records import ARTICLE_FIELDS, FieldMap
from rasd.types import Problem

#: Exit status when the run finished but some inputs were skipped (each is reported).
EXIT_SKIPPED = 1

stdout = Console(soft_wrap=True)
stderr = Console(stderr=True, soft_wrap=True)


def _print_version(show: bool) -> None:
    if show:
        stdout.print(f"rasd {__version__}", highlight=False)
        raise typer.Exit()


VersionOption = Annotated[
    bool,
    typer.Option("--version", callback=_print_version, is_eager=True, help="Print rasd's version and exit."),
]


class _Notices(logging.Handler):
    """The library's notices (``logging`` at INFO and above, such as a slow first run) as lines on
    stderr: library code never prints."""

    def emit(self, record: logging.LogRecord) -> None:
        stderr.print(escape(record.getMessage()), style="dim", highlight=False)


def show_notices() -> None:
    """Let rasd's notices through to stderr (once per process)."""
    logger = logging.getLogger("rasd")
    if not any(isinstance(handler, _Notices) for handler in logger.handlers):
        logger.addHandler(_Notices())
        logger.setLevel(logging.INFO)


PrivateNetworksOption = Annotated[
    bool,
    typer.Option(
        "--allow-private-networks",
        help="Fetch from loopback, private and link-local addresses too (an intranet feed); "
        "refused by default (RASD_ALLOW_PRIVATE_NETWORKS).",
    ),
]

FieldOption = Annotated[
    list[str] | None,
    typer.Option(
        "--field",
        help=f"Read an article field from another JSON key, e.g. --field text=content (fields: "
        f"{', '.join(ARTICLE_FIELDS)}). Without it, well-known names (content, body, date, pubDate…) "
        "are recognised.",
    ),
]


def field_map(options: list[str] | None) -> FieldMap:
    """The field map of ``--field name=key`` options: a typo is a usage error, not a silent default."""
    overrides = {}
    for option in options or []:
        name, equals, key = option.partition("=")
        if not equals or not name.strip() or not key.strip():
            raise typer.BadParameter(f"{option!r} is not FIELD=KEY (e.g. text=content)", param_hint="--field")
        overrides[name.strip()] = key.strip()
    try:
        return FieldMap.default().mapped(overrides)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--field") from error


def print_error(error: Exception) -> None:
    """An error on stderr, its text escaped so that Rich keeps ``[parquet]`` and ``[E501]``."""
    stderr.print(f"[red]error[/] {escape(str(error))}", highlight=False)


def report_problems(problems: Iterable[Problem]) -> int:
    """Print problems to stderr; return the exit status they call for."""
    status = 0
    for problem in problems:
        style = "red" if problem.severity == "error" else "yellow"
        stderr.print(
            f"[{style}]{problem.severity}[/] {escape(problem.where())}: "
            f"{escape(f'[{problem.code}] {problem.message}')}",
            highlight=False,
        )
        if problem.severity == "error":
            status = EXIT_SKIPPED
    return status
