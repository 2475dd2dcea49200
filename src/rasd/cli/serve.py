"""``rasd serve``: the REST API and the web map over the database."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from rasd.cli.output import stderr
from rasd.cli.store import DbOption, open_store


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve_command(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on; only loopback unless you say so.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the API (OpenAPI at /docs) and the web map at /. Reviews need RASD_API_TOKEN."""
    try:
        import uvicorn

        from rasd.api.app import create_app
    except ImportError as error:
        stderr.print("[red]error[/] rasd serve needs the web extra: pip install 'rasd[web]'")
        raise typer.Exit(2) from error
    if not _is_loopback(host):
        stderr.print(f"[yellow]warning[/] listening on {host}: other machines can read the events")
    with open_store(db, create=False) as store:
        app = create_app(store)
        if not app.state.settings.api_token:
            stderr.print("RASD_API_TOKEN is not set: the map is read-only (reviews are refused)")
        stderr.print(f"map: http://{host}:{port}/   API docs: http://{host}:{port}/docs")
        uvicorn.run(app, host=host, port=port, log_level="warning")
