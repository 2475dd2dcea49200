"""The FastAPI application: the routers, rasd's error shape, and the web map's static files."""

from __future__ import annotations

from importlib import resources as importlib_resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd import __version__
from rasd.api import articles, events, extract
from rasd.api.deps import ApiError, SettingsDep, StoreDep
from rasd.api.schemas import Health, MapConfig
from rasd.config import Settings, get_settings
from rasd.errors import Code
from rasd.store import EventFilter, Store


def web_folder() -> Path:
    """The web page's files inside the installed package."""
    return Path(str(importlib_resources.files("rasd") / "web"))


def create_app(store: Store, settings: Settings | None = None) -> FastAPI:
    """The API over an open store (the caller closes it); OpenAPI at /openapi.json, docs at /docs."""
    app = FastAPI(
        title="rasd",
        version=__version__,
        description="Conflict events coded from Arabic news: read them, map them, review them.",
    )
    app.state.store = store
    app.state.settings = settings or get_settings()
    app.state.pipeline = None
    for module in (events, articles, extract):
        app.include_router(module.router)
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    _add_meta_routes(app)
    folder = web_folder()
    app.mount("/static", StaticFiles(directory=folder), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(folder / "index.html")

    return app


async def _api_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, ApiError)
    return JSONResponse(
        {"code": error.code.value, "message": error.message}, status_code=error.status, headers=error.headers
    )


async def _http_error(_request: Request, error: Exception) -> JSONResponse:
    """Starlette's own errors (an unknown path, a body that is not JSON) in rasd's shape."""
    assert isinstance(error, StarletteHTTPException)
    code = {404: Code.API_NOT_FOUND, 401: Code.API_UNAUTHORIZED}.get(error.status_code, Code.API_BAD_REQUEST)
    return JSONResponse(
        {"code": code.value, "message": str(error.detail)},
        status_code=error.status_code,
        headers=error.headers,
    )


def _add_meta_routes(app: FastAPI) -> None:
    @app.get("/healthz", response_model=Health, tags=["meta"], summary="Liveness: the database answers")
    def healthz(store: StoreDep) -> Health:
        store.count_at_most(EventFilter(review="all"), 1)
        return Health(status="ok")

    @app.get("/config", response_model=MapConfig, tags=["meta"], summary="Settings the web page needs")
    def config(settings: SettingsDep) -> MapConfig:
        token = settings.api_token.get_secret_value() if settings.api_token else ""
        return MapConfig(tile_url=settings.tile_url, writes=bool(token), map_limit=events.MAP_LIMIT)
