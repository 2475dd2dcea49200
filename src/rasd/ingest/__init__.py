"""Article input: files, directories, JSON/JSONL, HTML pages, feeds, URLs and stdin → ``Article``
(or ``Problem``).

The names below are imported on first use (PEP 562): ``rasd.ingest.records`` or ``read_inputs``
of a text file must not pay for the HTML, feed and HTTP libraries (cold start)."""

from importlib import import_module

_HOMES = {
    "FeedEntry": "rasd.ingest.feeds",
    "FeedPoll": "rasd.ingest.feeds",
    "parse_feed": "rasd.ingest.feeds",
    "poll_feed": "rasd.ingest.feeds",
    "Fetched": "rasd.ingest.fetch",
    "Fetcher": "rasd.ingest.fetch",
    "read_inputs": "rasd.ingest.files",
    "article_from_html": "rasd.ingest.html",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)
