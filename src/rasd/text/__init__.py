"""The Arabic text layer: normalization with an offset map, sentences, clitic-aware tokens."""

from rasd.text.analyze import analyze_text

__all__ = ["analyze_text"]
