"""The sentence-kind model: does a sentence report a new occurrence (an event or a detail of one)
rather than a recap, statistic, threat, denial, statement or trial?

A logistic regression over TF-IDF weighted features (``sentence_features.py``), trained by
``rasd train sentences`` and shipped as plain JSON: scoring is a dot product in pure Python, so
running rasd needs neither scikit-learn nor numpy. The model is read once, on first use.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from operator import mul
from pathlib import Path

from rasd.errors import Code, ModelError

MODEL_FILE = "sentence_kind.json"
META_FILE = "sentence_kind.meta.json"
FORMAT = 1


@dataclass(frozen=True)
class Vectorizer:
    """Sublinear TF × smoothed IDF over a fixed vocabulary, L2-normalized (scikit-learn's
    ``TfidfTransformer(sublinear_tf=True)`` computed the same way for one sentence)."""

    idf: dict[str, float]

    def vector(self, features: list[str]) -> dict[str, float]:
        idf = self.idf
        # unknown features are dropped before counting (in C); the known keep their order
        counts = Counter(filter(idf.__contains__, features))
        # most features occur once, where 1 + log(1) is exactly 1: their weight is their idf as it is
        weights = {f: idf[f] if n == 1 else (1.0 + math.log(n)) * idf[f] for f, n in counts.items()}
        norm = math.sqrt(sum(map(mul, weights.values(), weights.values())))
        return {f: w / norm for f, w in weights.items()} if norm else {}


@dataclass(frozen=True)
class ConfidenceModel:
    """A logistic regression from an event's features (``event_confidence.py``) to the probability
    that a gold event matches it, fitted on cross-validated extraction of train."""

    coefficients: dict[str, float]
    intercept: float
    #: events less likely than this to be right are withheld (chosen on train CV, where withholding
    #: them raised F1: a coder would delete them)
    floor: float = 0.0

    def probability(self, features: dict[str, float]) -> float:
        logit = self.intercept + sum(v * self.coefficients.get(f, 0.0) for f, v in features.items())
        return round(1.0 / (1.0 + math.exp(-logit)), 4)

    def to_json(self) -> dict:
        return {
            "intercept": self.intercept,
            "floor": self.floor,
            "coefficients": dict(sorted(self.coefficients.items())),
        }

    @classmethod
    def from_json(cls, data: dict) -> ConfidenceModel:
        return cls(
            {str(f): float(w) for f, w in data["coefficients"].items()},
            float(data["intercept"]),
            float(data.get("floor", 0.0)),
        )


@dataclass(frozen=True)
class SentenceModel:
    vectorizer: Vectorizer
    coefficients: dict[str, float]
    intercept: float
    threshold: float  # below it a sentence is not a new occurrence (tuned on train CV)
    #: an event's features → the probability a gold event matches it (None: the raw score stands)
    confidence: ConfidenceModel | None = None

    def probability(self, vector: dict[str, float]) -> float:
        """The probability of a new occurrence for a sentence's ``vectorizer.vector``."""
        # the same products summed in the same order as a generator would, multiplied in C
        logit = self.intercept + sum(map(mul, vector.values(), map(self.coefficients.__getitem__, vector)))
        return 1.0 / (1.0 + math.exp(-logit))

    def strongest_against(self, vector: dict[str, float], count: int = 3) -> list[str]:
        """The features that pushed the score down the most."""
        pushes = sorted((w * self.coefficients[f], f) for f, w in vector.items())
        return [f for push, f in pushes[:count] if push < 0]

    def to_json(self) -> dict:
        names = sorted(self.coefficients)
        return {
            "format": FORMAT,
            "intercept": rounded(self.intercept),
            "threshold": self.threshold,
            "features": names,
            "idf": [rounded(self.vectorizer.idf[f]) for f in names],
            "coefficients": [rounded(self.coefficients[f]) for f in names],
            "confidence": None if self.confidence is None else self.confidence.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict, source: str) -> SentenceModel:
        try:
            names, idf, coefficients = data["features"], data["idf"], data["coefficients"]
            if data["format"] != FORMAT or not len(names) == len(idf) == len(coefficients):
                raise ValueError("format or column lengths differ")
            return cls(
                Vectorizer(dict(zip(names, map(float, idf), strict=True))),
                dict(zip(names, map(float, coefficients), strict=True)),
                float(data["intercept"]),
                float(data["threshold"]),
                ConfidenceModel.from_json(data["confidence"]) if data.get("confidence") else None,
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ModelError(Code.MODEL_INVALID, f"{source}: not a sentence-kind model ({error})") from error


def models_dir() -> Path:
    """Where the package keeps its trained models."""
    return Path(str(files("rasd"))) / "models"


def read_model_json(path: Path, trained_by: str) -> dict:
    """A shipped model's JSON; a missing or broken file names the command that writes it."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ModelError(Code.MODEL_INVALID, f"{path}: {error}; run `{trained_by}`") from error


def read_model(path: Path) -> SentenceModel:
    return SentenceModel.from_json(read_model_json(path, "rasd train sentences"), str(path))


@lru_cache(maxsize=1)
def shipped_model() -> SentenceModel:
    return read_model(models_dir() / MODEL_FILE)


def rounded(value: float) -> float:
    """Five significant digits: enough for the scores, and the same bytes on every run."""
    return float(f"{value:.5g}")
