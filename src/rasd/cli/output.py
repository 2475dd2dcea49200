"""Shared console helpers: problems on stderr and the exit status that says something was skipped."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console

from rasd.types import Problem

#: Exit status when the run finished but some inputs were skipped (each is reported).
EXIT_SKIPPED = 1

stdout = Console(soft_wrap=True)
stderr = Console(stderr=True, soft_wrap=True)


def report_problems(problems: Iterable[Problem]) -> int:
    """Print problems to stderr; return the exit status they call for."""
    status = 0
    for problem in problems:
        style = "red" if problem.severity == "error" else "yellow"
        stderr.print(
            f"[{style}]{problem.severity}[/] {problem.where()}: [{problem.code}] {problem.message}",
            highlight=False,
            markup=True,
        )
        if problem.severity == "error":
            status = EXIT_SKIPPED
    return status
