"""Event extraction: triggers → ACLED event frames.

The extractor is built in its own issue; until then this stage adds no events, so that
``rasd extract`` and ``rasd eval`` run end to end and report honestly that nothing is found.
"""

from rasd.types import Document


def extract_stage(document: Document) -> Document:
    return document
