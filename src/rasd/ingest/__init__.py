"""Article input: files, directories, JSON/JSONL, HTML pages, feeds, URLs and stdin → ``Article``
(or ``Problem``)."""

from rasd.ingest.feeds import FeedEntry, FeedPoll, parse_feed, poll_feed
from rasd.ingest.fetch import Fetched, Fetcher
from rasd.ingest.files import read_inputs
from rasd.ingest.html import article_from_html

__all__ = [
    "FeedEntry",
    "FeedPoll",
    "Fetched",
    "Fetcher",
    "article_from_html",
    "parse_feed",
    "poll_feed",
    "read_inputs",
]
