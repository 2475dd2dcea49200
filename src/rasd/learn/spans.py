"""Training data for the deciders: gold articles joined with their stand-off span labels
(``<id>.json`` beside each gold file's id: offsets into the raw title or text, see
``shared/eval/train-spans/README.md``), read into features the way extraction reads a sentence."""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import Code, GoldError
from rasd.eval.gold import GoldArticle, load_gold
from rasd.extract.mentions import TextMentions
from rasd.extract.sentence_features import sentence_features
from rasd.lexicon.lexicon import Lexicon, load_lexicon
from rasd.text.analyze import text_stage
from rasd.types import Document

#: Sentence labels that state a gold event or add to one: what extraction should read.
NEW_OCCURRENCE = frozenset({"event", "event_detail"})
SENTENCE_LABELS = (
    "event",
    "event_detail",
    "recap",
    "statistic",
    "threat_plan",
    "denial",
    "statement",
    "trial",
    "uncoded_event",
    "other",
)


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    article_id: str
    label: str
    features: tuple[str, ...]

    @property
    def new_occurrence(self) -> bool:
        return self.label in NEW_OCCURRENCE


@dataclass(frozen=True, slots=True)
class LabelledArticle:
    gold: GoldArticle
    document: Document  # after the text stage, ready for extraction
    sentences: tuple[LabelledSentence, ...]

    @property
    def group(self) -> str:
        """Reports of one occurrence by several outlets stay in one fold."""
        return self.gold.cluster or self.gold.article.id


def load_labelled(gold_dir: Path, spans_dir: Path) -> list[LabelledArticle]:
    """Every gold article of ``gold_dir`` with the sentence labels of ``spans_dir``."""
    lexicon = load_lexicon()
    labelled = []
    for gold in load_gold(gold_dir):
        path = spans_dir / f"{gold.article.id}.json"
        document = text_stage(Document(gold.article))
        labelled.append(LabelledArticle(gold, document, _sentences(path, document, lexicon)))
    return labelled


def files_digest(*directories: Path) -> str:
    """One SHA-256 over the names and bytes of the JSON files of some folders (what a model was
    trained on)."""
    digest = hashlib.sha256()
    for directory in directories:
        for path in sorted(directory.glob("*.json")):
            digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _sentences(path: Path, document: Document, lexicon: Lexicon) -> tuple[LabelledSentence, ...]:
    try:
        spans = json.loads(path.read_text(encoding="utf-8"))["sentences"]
    except (OSError, json.JSONDecodeError, KeyError, TypeError) as error:
        raise GoldError(Code.SPANS_INVALID, f"{path}: no sentence labels ({error})") from error
    texts = {t.field: t for t in document.texts()}
    mentions = {name: TextMentions.of(text, lexicon) for name, text in texts.items()}
    raw_starts = {name: [t.normalized.raw_index(s) for s in t.starts] for name, t in texts.items()}
    labelled = []
    for index, span in enumerate(spans):
        if span.get("label") not in SENTENCE_LABELS or span.get("field") not in texts:
            raise GoldError(Code.SPANS_INVALID, f"{path}: sentence {index + 1} has no known label or field")
        starts = raw_starts[span["field"]]
        first, end = bisect_left(starts, span["start"]), bisect_left(starts, span["end"])
        if first == end:
            continue  # bare punctuation
        position = "title" if span["field"] == "title" else _position_in_body(spans, index)
        features = sentence_features(mentions[span["field"]], first, end, position)
        labelled.append(LabelledSentence(document.article.id, span["label"], tuple(features)))
    return tuple(labelled)


def _position_in_body(spans: list[dict], index: int) -> str:
    earlier = [s for s in spans[:index] if s.get("field") == "text"]
    return "body" if earlier else "lead"
