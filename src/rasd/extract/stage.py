"""The extraction stage of the pipeline."""

from dataclasses import replace

from rasd.config import get_settings
from rasd.extract.deciders import PlaceDecider, SentenceDecider, place_decider, sentence_decider
from rasd.extract.event_confidence import event_features, states_its_day, unplaced, vouched_for
from rasd.extract.events import frames_to_events
from rasd.extract.frames import extract_frames
from rasd.extract.genre import Genre, article_genre
from rasd.geocode.gazetteer import default_gazetteer
from rasd.lexicon.lexicon import load_lexicon
from rasd.types import Decision, Document, Event, Rejection

CONFIDENCE_DECIDER = "event_confidence"
LOW_CONFIDENCE_REASON = "event.low_confidence"
#: A piece that is no plain report (an interview, a column, a feature, a sports page) gives only
#: events whose own sentences state their day, and one that reports no occurrence of its own (a
#: press review, an opinion page) gives none (``genre.article_genre``).
COMMENTARY_REASON = "event.commentary_undated"
NOT_NEWS_REASON = "event.not_news"
#: An event with neither a place nor a toll is withheld (``event_confidence.unplaced``).
UNPLACED_REASON = "event.unplaced"


def extract_stage(document: Document) -> Document:
    """Extraction with the sentence and place deciders the settings name."""
    settings = get_settings()
    return extract_with(
        document,
        sentence_decider(settings.sentence_decider),
        place_decider(settings.place_decider),
        settings.withhold_unlikely,
    )


def extract_with(
    document: Document,
    decider: SentenceDecider | None,
    places: PlaceDecider | None = None,
    withhold: bool = True,
) -> Document:
    """Extraction with a given sentence decider (``None``: the modality rules alone) and place
    decider (``None``: the place rules alone); ``withhold`` leaves out the events the decider
    finds too unlikely (kept as rejections)."""
    lexicon = load_lexicon()
    reading = extract_frames(
        document.article, list(document.texts()), lexicon, default_gazetteer(), decider, places
    )
    events = frames_to_events(reading.frames, document.article, lexicon)
    rejected = list(reading.rejected)
    genre = article_genre(document.article, document.texts(), lexicon) if withhold and events else None
    if genre is not None:
        rejected += [_withheld(e, *_genre_reasons(genre)) for e in events if not _told_by(genre, e)]
        events = tuple(e for e in events if _told_by(genre, e))
    if withhold:
        rejected += [_withheld(e, UNPLACED_REASON) for e in events if unplaced(e)]
        events = tuple(e for e in events if not unplaced(e))
    if decider is not None:
        dated = document.article.published is not None
        scored = [
            replace(e, confidence=decider.confidence(event_features(e, events, lexicon, dated)))
            for e in events
        ]
        unlikely = [
            withhold and decider.withholds(e.confidence or 0.0) and not vouched_for(e, dated) for e in scored
        ]
        events = tuple(e for e, out in zip(scored, unlikely, strict=True) if not out)
        rejected += [
            _withheld(e, LOW_CONFIDENCE_REASON) for e, out in zip(scored, unlikely, strict=True) if out
        ]
    return replace(document, events=events, rejected=tuple(rejected))


def _told_by(genre: Genre, event: Event) -> bool:
    """Whether a piece of this genre gives the event: a commentary, one whose own sentences state
    its day; a piece with no news of its own, none."""
    return genre.news_of_its_own and states_its_day(event)


def _genre_reasons(genre: Genre) -> tuple[str, str]:
    reason = COMMENTARY_REASON if genre.news_of_its_own else NOT_NEWS_REASON
    return reason, f"genre:{genre.signal}"


def _withheld(event: Event, *why: str) -> Rejection:
    """An event not given, kept as a rejection of the sentence that first told it."""
    told = event.evidence_spans[0]
    reasons = (*why, event.sub_event_type, f"confidence={event.confidence or 0.0:.2f}")
    return Rejection(told, told, Decision(False, event.confidence or 0.0, reasons, CONFIDENCE_DECIDER))
