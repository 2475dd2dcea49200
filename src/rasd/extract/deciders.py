"""Deciders: each takes a candidate and returns a ``Decision`` (accept, score, reasons).

The modality rules (``modality.py``) decide first and veto by cue words; a sentence decider then
judges the whole sentence of each surviving trigger: does it report a new occurrence? Which
sentence decider runs is chosen by name (``RASD_SENTENCE_DECIDER``): ``rules`` adds none, ``model``
adds the trained sentence-kind model.

A place decider judges each place candidate the place rules read: is it where an event of the
article happened, or a dateline, a source's seat, a capital named in passing? Chosen by name
(``RASD_PLACE_DECIDER``): ``rules`` adds none, ``model`` adds the trained place model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from rasd.config import PlaceDeciderName, SentenceDeciderName
from rasd.extract.mentions import TextMentions
from rasd.extract.place_features import ArticleWhere, place_features
from rasd.extract.place_model import PlaceModel, shipped_place_model
from rasd.extract.places import PlaceMention
from rasd.extract.sentence_features import sentence_features, sentence_position
from rasd.extract.sentence_model import SentenceModel, shipped_model
from rasd.types import Decision, Sentence

MODEL_DECIDER = "sentence_model"
PLACE_MODEL_DECIDER = "place_model"


class SentenceDecider(Protocol):
    def decide(self, mentions: TextMentions, sentence: Sentence) -> Decision: ...

    def confidence(self, features: dict[str, float]) -> float:
        """An event's confidence from its features (``event_confidence.py``) as this decider's
        training learned it; the raw score (feature ``raw``) when it learned none."""
        ...

    def withholds(self, confidence: float) -> bool:
        """Whether an event this confident is too unlikely to be right to be given at all."""
        ...


def rule_decision(reason: str | None) -> Decision:
    """The modality rules' verdict: a cue category vetoes, else the trigger stands."""
    return Decision(False, 0.0, (reason,)) if reason else Decision(True, 1.0)


@dataclass(frozen=True)
class ModelSentenceDecider:
    """Accepts a sentence whose probability of reporting a new occurrence reaches the model's
    threshold; its reasons give the score and, for a veto, the features that weighed against."""

    model: SentenceModel

    def decide(self, mentions: TextMentions, sentence: Sentence) -> Decision:
        features = sentence_features(
            mentions, sentence.first_token, sentence.end_token, sentence_position(mentions.text, sentence)
        )
        vector = self.model.vectorizer.vector(features)
        probability = self.model.probability(vector)
        accept = probability >= self.model.threshold
        against = () if accept else self.model.strongest_against(vector)
        reasons = (f"p_new_occurrence={probability:.2f}", *(f"feature:{f}" for f in against))
        return Decision(accept, round(probability, 4), reasons, MODEL_DECIDER)

    def confidence(self, features: dict[str, float]) -> float:
        if self.model.confidence is None:
            return features["raw"]
        return self.model.confidence.probability(features)

    def withholds(self, confidence: float) -> bool:
        return self.model.confidence is not None and confidence < self.model.confidence.floor


def sentence_decider(name: SentenceDeciderName) -> SentenceDecider | None:
    """The sentence decider a setting names (the shipped model is read on first use)."""
    return ModelSentenceDecider(shipped_model()) if name == "model" else None


class PlaceDecider(Protocol):
    def decide(
        self, mentions: TextMentions, place: PlaceMention, places: list[PlaceMention], where: ArticleWhere
    ) -> Decision:
        """Is the candidate (one of its text's ``places``) where an event of the article happened?"""
        ...


@dataclass(frozen=True)
class ModelPlaceDecider:
    """Accepts a candidate whose probability of being an event's place reaches the model's
    threshold; its reasons give the score and the features that weighed most for the verdict."""

    model: PlaceModel

    def decide(
        self, mentions: TextMentions, place: PlaceMention, places: list[PlaceMention], where: ArticleWhere
    ) -> Decision:
        features = place_features(mentions, place, places, where)
        probability = self.model.probability(features)
        accept = probability >= self.model.threshold
        reasons = (
            f"p_event_place={probability:.2f}",
            *(f"feature:{f}" for f in self.model.strongest(features, not accept)),
        )
        return Decision(accept, round(probability, 4), reasons, PLACE_MODEL_DECIDER)


def place_decider(name: PlaceDeciderName) -> PlaceDecider | None:
    """The place decider a setting names (the shipped model is read on first use)."""
    return ModelPlaceDecider(shipped_place_model()) if name == "model" else None
