"""RSS and Atom feeds: the entries of a feed, and polling it for the articles it links to.

A feed that cannot be fetched or parsed is one problem and leaves its state unchanged; an entry
whose page cannot be fetched or read is one problem and the other entries go on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import feedparser

from rasd.errors import Code, InputError
from rasd.ingest.fetch import Fetcher
from rasd.ingest.html import article_from_html
from rasd.ingest.records import screened
from rasd.types import Article, FeedState, Problem

Item = Article | Problem


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of a feed; ``link`` is the page of the article (None when the entry has none)."""

    id: str
    link: str | None
    title: str
    published: dt.date | None = None
    summary: str = ""


@dataclass(frozen=True, slots=True)
class FeedPoll:
    """What one poll of a feed brought: the state for the next poll, and new articles or problems."""

    state: FeedState
    items: tuple[Item, ...] = ()
    not_modified: bool = False


def parse_feed(content: bytes, source: str) -> list[FeedEntry]:
    """The entries of an RSS or Atom document; relative links resolve against an http(s) source."""
    headers = {"content-location": source} if source.startswith(("http://", "https://")) else {}
    parsed = feedparser.parse(content, response_headers=headers)
    if not parsed.entries and not parsed.get("version"):  # a document feedparser gave up on has none
        reason = parsed.get("bozo_exception") or "no RSS or Atom root element"
        raise InputError(Code.INPUT_BAD_FEED, f"not an RSS or Atom feed ({reason})")
    base = parsed.feed.get("link") or ""
    return [_entry(raw, base) for raw in parsed.entries]


def poll_feed(
    state: FeedState,
    fetcher: Fetcher,
    is_known: Callable[[str], bool] = lambda url: False,
) -> FeedPoll:
    """Fetch the feed if it changed, and the pages of its entries that are not known yet."""
    try:
        fetched = fetcher.fetch(state.url, state.etag, state.modified)
        entries = [] if fetched.not_modified else parse_feed(fetched.content, fetched.url)
    except InputError as error:
        return FeedPoll(state, (Problem(state.url, error.code.value, error.message),))
    new_state = FeedState(state.url, fetched.etag, fetched.modified)
    if fetched.not_modified:
        return FeedPoll(new_state, not_modified=True)
    fresh = [entry for entry in entries if entry.link is None or not is_known(entry.link)]
    return FeedPoll(new_state, tuple(screened(entry_items(fresh, fetcher, state.url), state.url)))


def entry_items(entries: Iterable[FeedEntry], fetcher: Fetcher, feed: str) -> Iterator[Item]:
    """The article behind each entry (with its warnings), or the problem that stopped it."""
    for entry in entries:
        try:
            yield from entry_article(entry, fetcher)
        except InputError as error:
            yield Problem(entry.link or feed, error.code.value, error.message)


def entry_article(entry: FeedEntry, fetcher: Fetcher) -> list[Item]:
    """Fetch the entry's page; the entry's title and date fill in what the page lacks.

    The id stays the page's content id, so a page reads the same from a feed or from its URL.
    """
    if entry.link is None:
        raise InputError(Code.INPUT_BAD_FEED, f"entry {entry.id or entry.title!r} has no link")
    fetched = fetcher.fetch(entry.link)
    article, warnings = article_from_html(fetched.content, entry.link, fetched.url, charset=fetched.charset)
    article = replace(
        article,
        title=article.title or entry.title,
        published=article.published or entry.published,
    )
    return [*warnings, article]


def _entry(raw: feedparser.FeedParserDict, base: str) -> FeedEntry:
    """An entry; a link still relative (a local feed file) resolves against the feed's own link."""
    link = urljoin(base, raw["link"]) if raw.get("link") else None
    return FeedEntry(
        id=raw.get("id") or link or "",
        link=link,
        title=(raw.get("title") or "").strip(),
        published=_date(raw),
        summary=raw.get("summary") or "",
    )


def _date(raw: feedparser.FeedParserDict) -> dt.date | None:
    """The entry's day as the feed wrote it (in its own time zone), else feedparser's UTC day."""
    for key in ("published", "updated"):
        local = _local_date(raw.get(key))
        if local is not None:
            return local
    parsed = raw.get("published_parsed") or raw.get("updated_parsed")
    return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


def _local_date(value: str | None) -> dt.date | None:
    """The date of an RFC 822 (RSS) or ISO 8601 (Atom) timestamp, without converting it to UTC."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        pass
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        return None
