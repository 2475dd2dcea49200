from __future__ import annotations

import datetime as dt

import httpx
import pytest

from rasd.errors import Code, InputError
from rasd.ingest.feeds import FeedEntry, parse_feed, poll_feed
from rasd.types import Article, FeedState, Problem
from tests.ingest.site import RSS, fail, fixture, news_site, serve

FEED = "https://news.example/feed"
PAGES = [f"https://news.example/a/{n}" for n in (77, 78, 79)]
ZAWIYA = "قتيلان في هجوم على نقطة تفتيش في الزاوية"


def test_rss_entries() -> None:
    entries = parse_feed(fixture("feed.rss"), FEED)
    assert [e.link for e in entries] == PAGES
    assert entries[1] == FeedEntry(
        PAGES[1], PAGES[1], ZAWIYA, dt.date(2023, 6, 12), "هجوم مسلح على نقطة تفتيش غرب ليبيا."
    )


def test_atom_entries_with_a_relative_link_resolved_against_the_feed() -> None:
    entries = parse_feed(fixture("feed.atom"), "feeds/local.atom")
    assert [(e.id, e.link, e.published) for e in entries] == [
        ("urn:example:78", PAGES[1], dt.date(2023, 6, 12)),
        ("urn:example:77", PAGES[0], dt.date(2023, 6, 14)),
    ]


def test_entry_date_is_the_day_the_feed_wrote_not_utc() -> None:
    late = b"<rss version='2.0'><channel><item><link>https://news.example/a/1</link>"
    late += b"<pubDate>Wed, 14 Jun 2023 01:30:00 +0300</pubDate></item></channel></rss>"
    (entry,) = parse_feed(late, FEED)
    assert entry.published == dt.date(2023, 6, 14)


@pytest.mark.parametrize(
    "content", [b"<html><body><p>hello</p></body></html>", b"just text", b'{"items": []}']
)
def test_a_document_that_is_not_a_feed_is_refused(content: bytes) -> None:
    with pytest.raises(InputError) as caught:
        parse_feed(content, FEED)
    assert caught.value.code == Code.INPUT_BAD_FEED


def test_poll_reads_new_entries_and_a_failing_entry_is_one_problem() -> None:
    site = news_site()
    with site.fetcher() as fetcher:
        poll = poll_feed(FeedState(FEED), fetcher)
    sfax, zawiya, missing = poll.items
    assert isinstance(sfax, Article) and isinstance(zawiya, Article)
    assert (sfax.source, sfax.published) == (PAGES[0], dt.date(2023, 6, 14))
    assert missing == Problem(PAGES[2], Code.INPUT_HTTP_ERROR.value, "HTTP 404 Not Found")


def test_entry_title_and_date_fill_in_what_the_page_lacks() -> None:
    site = news_site()
    with site.fetcher() as fetcher:
        zawiya = poll_feed(FeedState(FEED), fetcher).items[1]
    assert (zawiya.title, zawiya.published, zawiya.url) == (ZAWIYA, dt.date(2023, 6, 12), PAGES[1])


def test_known_links_are_not_fetched() -> None:
    site = news_site()
    with site.fetcher() as fetcher:
        poll = poll_feed(FeedState(FEED), fetcher, is_known=lambda url: url != PAGES[1])
    assert [item.source for item in poll.items] == [PAGES[1]]
    assert site.urls() == [FEED, PAGES[1]]


def test_validators_go_into_the_new_state_and_are_sent_next_time() -> None:
    modified = "Wed, 14 Jun 2023 10:00:00 GMT"
    site = news_site([(FEED, serve(fixture("feed.rss"), RSS, ETag='"v1"', Last_Modified=modified))])
    with site.fetcher() as fetcher:
        state = poll_feed(FeedState(FEED), fetcher, is_known=lambda url: True).state
        site.routes[FEED] = serve("", status=304)
        again = poll_feed(state, fetcher)
    assert state == FeedState(FEED, '"v1"', modified)
    assert site.requests[-1].headers["If-None-Match"] == '"v1"'
    assert (again.not_modified, again.items, again.state) == (True, (), state)


@pytest.mark.parametrize(
    ("route", "code"),
    [
        (fail(httpx.ConnectError), Code.INPUT_FETCH_FAILED),
        (serve("", status=410), Code.INPUT_HTTP_ERROR),
        (serve("<html><body>moved</body></html>"), Code.INPUT_BAD_FEED),
    ],
)
def test_a_feed_that_fails_is_one_problem_and_keeps_its_state(route, code: Code) -> None:
    state = FeedState(FEED, '"old"', "Mon, 12 Jun 2023 10:00:00 GMT")
    site = news_site([(FEED, route)])
    with site.fetcher() as fetcher:
        poll = poll_feed(state, fetcher)
    assert poll.state == state and not poll.not_modified
    assert [(p.source, p.code) for p in poll.items] == [(FEED, code)]


def test_a_non_arabic_entry_page_is_a_problem() -> None:
    english = (
        "<html><head><title>Jets strike border posts</title></head><body><article>"
        "<p>The army said its jets struck targets near the border on Tuesday.</p></article></body></html>"
    )
    site = news_site([(PAGES[2], serve(english))])
    with site.fetcher() as fetcher:
        poll = poll_feed(FeedState(FEED), fetcher, is_known=lambda url: url != PAGES[2])
    assert [(p.source, p.code) for p in poll.items] == [(PAGES[2], Code.INPUT_NOT_ARABIC)]
