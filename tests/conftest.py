"""Shared fixtures. Every article here is written by the rasd team in the style of news reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


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
