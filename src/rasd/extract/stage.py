"""The extraction stage of the pipeline."""

from dataclasses import replace

from rasd.extract.events import frames_to_events
from rasd.extract.frames import extract_frames
from rasd.geocode.gazetteer import default_gazetteer
from rasd.lexicon.lexicon import load_lexicon
from rasd.types import Document


def extract_stage(document: Document) -> Document:
    lexicon = load_lexicon()
    frames = extract_frames(document.article, list(document.texts()), lexicon, default_gazetteer())
    return replace(document, events=frames_to_events(frames, document.article, lexicon))
