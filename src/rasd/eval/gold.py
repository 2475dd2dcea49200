"""Gold articles: ``NNN.json`` files with an article and its gold ``events``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import Code, GoldError
from rasd.ingest.records import article_from_record
from rasd.serialize import event_from_dict
from rasd.types import Article, Event


@dataclass(frozen=True, slots=True)
class GoldArticle:
    article: Article
    events: tuple[Event, ...]
    cluster: str | None = None


def load_gold(directory: Path) -> list[GoldArticle]:
    """Every ``*.json`` gold file of the folder, in name order."""
    files = sorted(directory.glob("*.json"))
    if not files:
        raise GoldError(Code.GOLD_INVALID, f"{directory} holds no gold *.json files")
    return [_load_file(path) for path in files]


def _load_file(path: Path) -> GoldArticle:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise GoldError(Code.GOLD_INVALID, f"{path}: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise GoldError(Code.GOLD_INVALID, f'{path}: a gold file is an object with "events"')
    article, _ = article_from_record(data, str(path))
    events = tuple(event_from_dict(e, f"{path} event {i + 1}") for i, e in enumerate(data["events"]))
    return GoldArticle(article, events, data.get("cluster"))
