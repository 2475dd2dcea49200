"""The place model: is a place candidate where an event of its article happened?

A logistic regression over the binary features of ``place_features.py``, trained by ``rasd train
places`` on the place labels of train-spans and shipped as plain JSON: scoring sums the weights of
the features present, in pure Python. The model is read once, on first use.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasd.errors import Code, ModelError
from rasd.extract.sentence_model import models_dir, read_model_json, rounded

MODEL_FILE = "place_decider.json"
META_FILE = "place_decider.meta.json"
FORMAT = 1


@dataclass(frozen=True)
class PlaceModel:
    coefficients: dict[str, float]
    intercept: float
    threshold: float  # below it a candidate is not the event's place (tuned on train CV)

    def probability(self, features: list[str]) -> float:
        coefficients = self.coefficients
        logit = self.intercept + sum(coefficients.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-logit))

    def strongest(self, features: list[str], against: bool, count: int = 3) -> list[str]:
        """The features that pushed the score down (``against``) or up the most."""
        pushes = sorted(
            ((self.coefficients[f], f) for f in set(features) if f in self.coefficients), reverse=not against
        )
        return [f for push, f in pushes[:count] if (push < 0) == against]

    def to_json(self) -> dict:
        names = sorted(self.coefficients)
        return {
            "format": FORMAT,
            "intercept": rounded(self.intercept),
            "threshold": self.threshold,
            "features": names,
            "coefficients": [rounded(self.coefficients[f]) for f in names],
        }

    @classmethod
    def from_json(cls, data: dict, source: str) -> PlaceModel:
        try:
            names, coefficients = data["features"], data["coefficients"]
            if data["format"] != FORMAT or len(names) != len(coefficients):
                raise ValueError("format or column lengths differ")
            return cls(
                dict(zip(names, map(float, coefficients), strict=True)),
                float(data["intercept"]),
                float(data["threshold"]),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ModelError(Code.MODEL_INVALID, f"{source}: not a place model ({error})") from error


def read_place_model(path: Path) -> PlaceModel:
    return PlaceModel.from_json(read_model_json(path, "rasd train places"), str(path))


@lru_cache(maxsize=1)
def shipped_place_model() -> PlaceModel:
    return read_place_model(models_dir() / MODEL_FILE)
