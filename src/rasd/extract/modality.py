"""Whether a trigger reports an event that happened: recaps, threats, plans, fears, denials,
conditionals and negations are not events (EVENT_SCHEMA.md)."""

from __future__ import annotations

from rasd.extract.mentions import TextMentions
from rasd.types import Mention

NEGATION_REACH = 4  # a negation governs the next few words ("لم تتمكن الحكومة من تهدئة")
SENTENCE_WIDE = ("denial", "threat", "plan", "fear", "condition")
ANYWHERE_IN_SENTENCE = ("tally", "trial")  # before or after the trigger


def non_event_reason(
    mentions: TextMentions,
    trigger: Mention,
    clause_first: int,
    clause_end: int,
    sentence_first: int,
    sentence_end: int,
) -> str | None:
    """The cue category that makes the trigger a non-event, or None when it reports an event."""
    for negation in mentions.within(
        "negation", max(clause_first, trigger.first_token - NEGATION_REACH), trigger.first_token
    ):
        return f"modality.{negation.kind}"
    for category in SENTENCE_WIDE:
        if mentions.within(category, sentence_first, trigger.first_token):
            return f"modality.{category}"
    for category in ANYWHERE_IN_SENTENCE:
        if mentions.within(category, sentence_first, sentence_end):
            return f"modality.{category}"
    if mentions.within("recap", clause_first, clause_end):
        return "modality.recap"  # "قتل 11 منذ مطلع سبتمبر": a tally, before or after the verb
    return None
