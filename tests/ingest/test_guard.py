"""SSRF: URLs, redirects and feed entries that point at private networks are refused with a code,
never contacted, and nothing is stored. Every address but loopback goes through ``FakeInternet``
(a stand-in for DNS and sockets under the real httpx transport); real packets go only to a server
on 127.0.0.1, which tests reach only after opting in."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.errors import Code, InputError
from rasd.ingest import read_inputs
from rasd.ingest.fetch import Fetcher
from rasd.monitor import ingest
from rasd.pipeline import default_pipeline
from rasd.store import Store
from tests.ingest.site import RSS, FakeInternet, answer, fixture, loopback_server

NEWS = "93.184.216.34"  # the documentation address of example.com: the one public server here
FEED = "http://news.example/feed"
PAGE = "http://news.example/a/1"

#: Every kind of target the issue names (with its test id): private addresses are E215, other schemes E216.
PRIVATE = {
    "loopback": "http://127.0.0.1/admin",
    "loopback-v6": "http://[::1]/admin",
    "10/8": "http://10.1.2.3/",
    "172.16/12": "http://172.16.5.4/",
    "192.168/16": "http://192.168.0.10/",
    "metadata": "http://169.254.169.254/latest/meta-data/",
    "multicast": "http://224.0.0.1/",
    "unspecified": "http://0.0.0.0/",
    "v4-mapped-loopback": "http://[::ffff:127.0.0.1]/",
    "name-to-loopback": "http://intranet.example/",
    "name-to-public-and-private": "http://mixed.example/",
}
OTHER_SCHEMES = {"file": "file:///etc/passwd", "ftp": "ftp://news.example/a.txt"}
HOSTILE = [pytest.param(url, Code.INPUT_ADDRESS_REFUSED, id=name) for name, url in PRIVATE.items()] + [
    pytest.param(url, Code.INPUT_BAD_SCHEME, id=name) for name, url in OTHER_SCHEMES.items()
]


def internet(pages: dict[str, bytes] | None = None) -> FakeInternet:
    names = {
        "news.example": [NEWS],
        "intranet.example": ["127.0.0.1"],
        "mixed.example": [NEWS, "10.0.0.7"],
    }
    return FakeInternet(names, pages or {})


def feed_linking_to(link: str) -> bytes:
    return answer(
        f"<rss version='2.0'><channel><title>t</title><link>http://news.example/</link>"
        f"<item><title>خبر</title><link>{link}</link></item></channel></rss>",
        RSS,
    )


def refused(net: FakeInternet, url: str, **options) -> InputError:
    with net.fetcher(**options) as fetcher, pytest.raises(InputError) as caught:
        fetcher.fetch(url)
    return caught.value


@pytest.mark.issue(14)
@pytest.mark.parametrize(("target", "code"), HOSTILE)
def test_a_url_to_a_private_address_is_refused_before_connecting(target: str, code: Code) -> None:
    net = internet()
    assert refused(net, target).code == code
    assert net.connected == []


@pytest.mark.issue(14)
@pytest.mark.parametrize(("target", "code"), HOSTILE)
def test_a_redirect_to_a_private_address_is_refused_at_once(target: str, code: Code) -> None:
    net = internet({NEWS: answer("", status=302, Location=target)})
    error = refused(net, PAGE)
    assert error.code == code
    assert net.connected == [NEWS]  # one try: a refusal is not retried, and the target never contacted


@pytest.mark.issue(14)
@pytest.mark.parametrize(("target", "code"), HOSTILE)
def test_a_feed_entry_linking_to_a_private_address_stores_nothing(
    tmp_path: Path, target: str, code: Code
) -> None:
    net = internet({NEWS: feed_linking_to(target)})
    with net.fetcher() as fetcher, Store.open(str(tmp_path / "rasd.sqlite")) as store:
        report = ingest(read_inputs([FEED], fetcher=fetcher), store, default_pipeline())
        assert [p.code for p in report.problems] == [code.value]
        assert report.saved.articles == 0 and store.counts()["articles"] == 0
    assert net.connected == [NEWS]


def test_the_connection_goes_to_the_address_that_was_checked() -> None:
    answers = iter([[NEWS], ["127.0.0.1"]])  # a name that rebinds to loopback after the check
    net = internet({NEWS: answer(fixture("article.html"))})
    with Fetcher(resolver=lambda host, port: next(answers), network=net) as fetcher:
        assert fetcher.fetch(PAGE).status == 200
    assert net.connected == [NEWS]


def test_private_addresses_are_fetched_when_the_user_opts_in() -> None:
    net = internet({"10.1.2.3": answer(fixture("article.html"))})
    with net.fetcher(allow_private=True) as fetcher:
        assert fetcher.fetch("http://10.1.2.3/a/1").status == 200
    assert net.connected == ["10.1.2.3"]


def test_the_setting_opts_in_too(monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.config import get_settings

    monkeypatch.setenv("RASD_ALLOW_PRIVATE_NETWORKS", "1")
    get_settings.cache_clear()
    net = internet({"192.168.0.10": answer(fixture("article.html"))})
    with net.fetcher() as fetcher:
        assert fetcher.fetch("http://192.168.0.10/").status == 200


def test_a_redirect_loop_stops_at_the_limit() -> None:
    net = internet({NEWS: answer("", status=302, Location=PAGE)})
    error = refused(net, PAGE)
    assert error.code == Code.INPUT_FETCH_FAILED and "more than 5 redirects" in error.message
    assert len(net.connected) == 6


def test_a_body_that_drips_past_the_time_limit_is_cut_off() -> None:
    ticks = iter(range(0, 10_000, 200))  # each look at the clock: 200 s later
    net = internet({NEWS: answer(fixture("article.html"))})
    error = refused(net, PAGE, clock=lambda: float(next(ticks)))
    assert error.code == Code.INPUT_FETCH_FAILED and "RASD_FETCH_MAX_SECONDS" in error.message


def test_a_name_that_does_not_resolve_is_a_fetch_failure_after_the_retries() -> None:
    def no_such_host(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    net = internet()
    fetcher = Fetcher(resolver=no_such_host, network=net, sleep=lambda s: None)
    with fetcher, pytest.raises(InputError) as caught:
        fetcher.fetch(PAGE)
    assert caught.value.code == Code.INPUT_FETCH_FAILED and "3 tries" in caught.value.message
    assert net.connected == []


PAGES = {"/a/1": ("text/html; charset=utf-8", fixture("article.html"))}


@pytest.mark.issue(14)
def test_a_real_loopback_server_is_not_contacted_without_opting_in() -> None:
    with (
        loopback_server(PAGES) as (base, requested),
        Fetcher() as fetcher,
        pytest.raises(InputError) as caught,
    ):
        fetcher.fetch(f"{base}/a/1")
    assert caught.value.code == Code.INPUT_ADDRESS_REFUSED and "loopback" in caught.value.message
    assert requested == []


@pytest.mark.issue(14)
def test_ingest_reads_from_loopback_with_allow_private_networks(tmp_path: Path) -> None:
    db = str(tmp_path / "rasd.sqlite")
    with loopback_server(PAGES) as (base, requested):
        refused_run = CliRunner().invoke(app, ["ingest", f"{base}/a/1", "--db", db])
        allowed = CliRunner().invoke(app, ["ingest", f"{base}/a/1", "--db", db, "--allow-private-networks"])
    assert refused_run.exit_code == 1 and "E215" in refused_run.stderr
    assert allowed.exit_code == 0, allowed.output
    assert "1 new articles" in allowed.stdout and requested == ["/a/1"]
