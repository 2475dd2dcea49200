"""``POST /extract``: one article in, its events out; nothing is stored."""

from __future__ import annotations

import asyncio
from dataclasses import asdict

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from rasd.api.deps import ApiError, SettingsDep
from rasd.api.schemas import ApiProblem, ArticleIn
from rasd.errors import Code, InputError
from rasd.ingest.records import check_language, content_id
from rasd.pipeline import Pipeline, default_pipeline
from rasd.serialize import event_to_dict
from rasd.types import Article

router = APIRouter(tags=["extract"])


def _pipeline(request: Request) -> Pipeline:
    """The app's pipeline, built on first use (it loads the lexicon and the gazetteer)."""
    state = request.app.state
    if getattr(state, "pipeline", None) is None:
        state.pipeline = default_pipeline()
    return state.pipeline


@router.post(
    "/extract",
    responses={
        413: {"model": ApiProblem, "description": "The article is longer than RASD_API_MAX_ARTICLE_CHARS."},
        422: {"description": "Not an article (bad fields), or not Arabic text (code E209)."},
        504: {"model": ApiProblem, "description": "Extraction took longer than RASD_API_EXTRACT_SECONDS."},
    },
    summary="Events of one article (not stored)",
)
async def extract(request: Request, body: ArticleIn, settings: SettingsDep) -> JSONResponse:
    size = len(body.title) + len(body.text)
    if size > settings.api_max_article_chars:
        raise ApiError(
            413,
            Code.INPUT_TOO_LARGE,
            f"the article has {size} characters; the limit is {settings.api_max_article_chars}",
        )
    article = Article(
        id=content_id(body.title, body.text),
        title=body.title,
        text=body.text,
        published=body.published,
        url=body.url,
        outlet=body.outlet,
        source="api",
    )
    try:
        check_language(article)
    except InputError as error:
        raise ApiError(422, error.code, error.message) from error
    pipeline = _pipeline(request)
    try:
        document = await asyncio.wait_for(
            run_in_threadpool(pipeline.run, article), settings.api_extract_seconds
        )
    except TimeoutError as error:
        raise ApiError(
            504, Code.API_TIMEOUT, f"extraction took longer than {settings.api_extract_seconds} s"
        ) from error
    return JSONResponse(
        {
            "article_id": article.id,
            "events": [event_to_dict(event) for event in document.events],
            "problems": [asdict(problem) for problem in document.problems],
        }
    )
