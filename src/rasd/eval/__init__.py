"""Scoring against gold articles with the matching rule of EVENT_SCHEMA.md."""

from rasd.eval.gold import GoldArticle, load_gold
from rasd.eval.score import EvalReport, evaluate, report_to_dict, score

__all__ = ["EvalReport", "GoldArticle", "evaluate", "load_gold", "report_to_dict", "score"]
