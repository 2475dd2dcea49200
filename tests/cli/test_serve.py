"""rasd serve: loopback by default, a warning for any other address, the web extra's server."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.cli.serve import _is_loopback

pytest.importorskip("uvicorn")
runner = CliRunner()


@pytest.fixture
def served(monkeypatch) -> dict:
    """What uvicorn.run was asked to do (it is not started)."""
    import uvicorn

    calls: dict = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.update(app=app, **options))
    return calls


def test_serve_listens_on_loopback_by_default(tmp_path: Path, served: dict) -> None:
    db = str(tmp_path / "events.sqlite")
    assert runner.invoke(app, ["demo", "--db", db]).exit_code == 0
    result = runner.invoke(app, ["serve", "--db", db, "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"]) == ("127.0.0.1", 8123)
    assert "read-only" in result.stderr and "http://127.0.0.1:8123/" in result.stderr
    assert served["app"].state.store is not None


def test_another_address_is_served_with_a_warning(tmp_path: Path, served: dict) -> None:
    db = str(tmp_path / "events.sqlite")
    runner.invoke(app, ["demo", "--db", db])
    result = runner.invoke(app, ["serve", "--db", db, "--host", "0.0.0.0"])
    assert served["host"] == "0.0.0.0" and "warning" in result.stderr


def test_serving_a_database_that_does_not_exist_is_an_error(tmp_path: Path, served: dict) -> None:
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "missing.sqlite")])
    assert result.exit_code == 2 and served == {}


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("::1", True),
        ("localhost", True),
        ("127.8.0.1", True),
        ("0.0.0.0", False),
        ("example.org", False),
    ],
)
def test_loopback_addresses(host: str, loopback: bool) -> None:
    assert _is_loopback(host) is loopback


def test_demo_tells_how_to_open_the_map(tmp_path: Path) -> None:
    result = runner.invoke(app, ["demo", "--db", str(tmp_path / "d.sqlite")])
    assert "rasd serve --db" in result.stdout and "http://127.0.0.1:8000/" in result.stdout
