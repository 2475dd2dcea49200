"""Shared fixtures. Every article here is written by the rasd team in the style of news reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
