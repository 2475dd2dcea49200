"""An API over a copy of a database holding the bundled example articles (ingested once)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402

from rasd.api.app import create_app  # noqa: E402
from rasd.config import Settings  # noqa: E402
from rasd.ingest import read_inputs  # noqa: E402
from rasd.monitor import ingest  # noqa: E402
from rasd.pipeline import default_pipeline  # noqa: E402
from rasd.store import Store  # noqa: E402

TOKEN = "test-token-0123456789"


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("api") / "examples.sqlite"
    examples = Path(__file__).resolve().parents[2] / "src" / "rasd" / "examples"
    with Store.open(str(path)) as store:
        ingest(read_inputs([str(examples)]), store, default_pipeline())
    return path


@pytest.fixture
def api_store(examples_db: Path, tmp_path: Path) -> Iterator[Store]:
    copy = tmp_path / "api.sqlite"
    shutil.copy(examples_db, copy)
    with Store.open(str(copy), create=False) as store:
        yield store


@pytest.fixture
def client(api_store: Store) -> TestClient:
    return TestClient(create_app(api_store, Settings(api_token=TOKEN)))


@pytest.fixture
def read_only_client(api_store: Store) -> TestClient:
    return TestClient(create_app(api_store, Settings(api_token=None)))


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
