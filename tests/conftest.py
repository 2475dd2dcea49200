"""Shared fixtures. Every article here is written by the rasd team in the style of news reports."""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.store import Store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "src" / "rasd" / "examples"


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture
def write_gold(tmp_path: Path):
    """Writes gold articles (dicts in EVENT_SCHEMA.md's shape) into a folder and returns it."""

    def write(*articles: dict) -> Path:
        folder = tmp_path / "gold"
        folder.mkdir(exist_ok=True)
        for number, article in enumerate(articles, start=1):
            (folder / f"{number:03d}.json").write_text(
                json.dumps(article, ensure_ascii=False), encoding="utf-8"
            )
        return folder

    return write


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory, monkeypatch):
    """Tests never read or write the user's imported data (RASD_DATA_DIR)."""
    from rasd.config import get_settings
    from rasd.geocode.gazetteer import default_gazetteer, imported_path

    monkeypatch.setenv("RASD_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    get_settings.cache_clear()
    yield
    if imported_path().exists():
        default_gazetteer.cache_clear()  # the next test must not see this test's imports
    get_settings.cache_clear()


# --- databases: the store's tests, and the ingest tests, run against SQLite and PostgreSQL alike.
# PostgreSQL is the server at RASD_TEST_POSTGRES_URL (default: the local one, trust auth). Each test
# run creates its own database there (the URL's name with the pid and a random suffix) and drops it
# at the end, so two runs on one server never see each other's tables. Where the server cannot be
# reached the PostgreSQL cases are skipped, except in CI (CI set), where that fails.

POSTGRES_URL = os.environ.get("RASD_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/rasd_test")


def _admin_url(url: str) -> tuple[str, str]:
    """A URL of the server's maintenance database, and the test database's name."""
    base, name = url.rsplit("/", 1)
    return f"{base}/postgres", name


def run_database_name(base: str) -> str:
    """A database name of this test run alone: ``rasd_test_wt14`` → ``rasd_test_wt14_4711_9f3a1c``."""
    return f"{base}_{os.getpid()}_{secrets.token_hex(3)}"[:63]  # PostgreSQL's longest name


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    psycopg = pytest.importorskip("psycopg")
    admin, base = _admin_url(POSTGRES_URL)
    name = run_database_name(base)
    try:
        with psycopg.connect(admin, autocommit=True, connect_timeout=3) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {admin} is needed in CI: {error}")
        pytest.skip(f"PostgreSQL at {admin} is not reachable: {error}")
    yield f"{POSTGRES_URL.rsplit('/', 1)[0]}/{name}"
    with psycopg.connect(admin, autocommit=True, connect_timeout=3) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _empty_postgres(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP SCHEMA public CASCADE")
        connection.execute("CREATE SCHEMA public")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request, tmp_path) -> str:
    """An empty database of each kind: a SQLite file, or the PostgreSQL test database emptied."""
    if request.param == "sqlite":
        return str(tmp_path / "rasd.sqlite")
    url = request.getfixturevalue("postgres_url")
    _empty_postgres(url)
    return url


@pytest.fixture
def store(database: str) -> Iterator[Store]:
    with Store.open(database) as opened:
        yield opened
