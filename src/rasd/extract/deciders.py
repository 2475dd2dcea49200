"""Deciders: each takes a candidate and returns a ``Decision`` (accept, score, reasons).

The modality rules (``modality.py``) decide first and veto by cue words; a sentence decider then
judges the whole sentence of each surviving trigger: does it report a new occurrence? Which
sentence decider runs is chosen by name (``RASD_SENTENCE_DECIDER``): ``rules`` adds none, ``model``
adds the trained sentence-kind model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from rasd.config import SentenceDeciderName
from rasd.extract.mentions import TextMentions
from rasd.extract.sentence_features import sentence_features, sentence_position
from rasd.extract.sentence_model import SentenceModel, shipped_model
from rasd.types import Decision, Sentence

MODEL_DECIDER = "sentence_model"


class SentenceDecider(Protocol):
    def decide(self, mentions: TextMentions, sentence: Sentence) -> Decision: ...

    def confidence(self, features: dict[str, float]) -> float:
        """An event's confidence from its features (``event_confidence.py``) as this decider's
        training learned it; the raw score (feature ``raw``) when it learned none."""
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


def sentence_decider(name: SentenceDeciderName) -> SentenceDecider | None:
    """The sentence decider a setting names (the shipped model is read on first use)."""
    return ModelSentenceDecider(shipped_model()) if name == "model" else None
