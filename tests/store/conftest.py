"""The store's tests run against SQLite and PostgreSQL alike.

PostgreSQL is the server at ``RASD_TEST_POSTGRES_URL`` (default: the local one, trust auth). Where
it cannot be reached the PostgreSQL cases are skipped, except in CI (``CI`` set), where that fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from rasd.store import Store

POSTGRES_URL = os.environ.get("RASD_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/rasd_test")


def _admin_url(url: str) -> tuple[str, str]:
    """A URL of the server's maintenance database, and the test database's name."""
    base, name = url.rsplit("/", 1)
    return f"{base}/postgres", name


@pytest.fixture(scope="session")
def postgres_url() -> str:
    psycopg = pytest.importorskip("psycopg")
    admin, name = _admin_url(POSTGRES_URL)
    try:
        with psycopg.connect(admin, autocommit=True, connect_timeout=3) as connection:
            exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            if not exists:
                connection.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {admin} is needed in CI: {error}")
        pytest.skip(f"PostgreSQL at {admin} is not reachable: {error}")
    return POSTGRES_URL


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
