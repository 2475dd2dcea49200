"""``/articles/{id}``: a stored article with its evidence and deciding words marked."""

from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from rasd.api.deps import ApiError, StoreDep
from rasd.api.evidence import segments
from rasd.api.schemas import ApiProblem
from rasd.errors import Code
from rasd.highlight import deciding_words
from rasd.lexicon.lexicon import load_lexicon

router = APIRouter(tags=["articles"])


@router.get(
    "/articles/{article_id}",
    responses={404: {"model": ApiProblem, "description": "No such article."}},
    summary="An article's text with the evidence of its events marked",
)
def get_article(store: StoreDep, article_id: str) -> JSONResponse:
    """The article's fields, the ids of the events extracted from it, and `title_pieces` and
    `text_pieces`: the title and text cut into pieces that say whether they are evidence of an event
    and which event fields their words decided (joined, the pieces give the text back)."""
    found = store.article(article_id)
    if found is None:
        raise ApiError(404, Code.API_NOT_FOUND, f"no article {article_id!r}")
    article, events = found
    lexicon = load_lexicon()
    evidence = [span for event in events for span in event.evidence_spans]
    highlights = [h for event in events for h in deciding_words(event, article, lexicon)]
    body = asdict(article) | {
        "published": article.published.isoformat() if article.published else None,
        "event_ids": [event.id for event in events],
        "title_pieces": segments(article.title, "title", evidence, highlights),
        "text_pieces": segments(article.text, "text", evidence, highlights),
    }
    return JSONResponse(body)
