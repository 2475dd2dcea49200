"""``rasd resources``: check the language resources against their manifest, or record changes."""

from __future__ import annotations

import typer

from rasd.cli.output import stderr, stdout
from rasd.lexicon.resources import refresh_manifest, resources_dir, verify_manifest

app = typer.Typer(help="Language resources (lexicons, rules) and their manifest.", no_args_is_help=True)


@app.command("check")
def check() -> None:
    """Fail if any resource file differs from what the manifest records."""
    issues = verify_manifest()
    for line in issues:
        stderr.print(f"[red]{line}[/]")
    if issues:
        raise typer.Exit(1)
    stdout.print(f"resources in {resources_dir()} match the manifest")


@app.command("refresh")
def refresh() -> None:
    """Record the current checksums in the manifest (a changed file's version goes up)."""
    for line in refresh_manifest() or ["no changes"]:
        stdout.print(line)
