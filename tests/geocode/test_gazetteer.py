from __future__ import annotations

import pytest

from rasd.config import Settings
from rasd.geocode import gazetteer as gazetteer_module
from rasd.geocode.gazetteer import GazetteerBuilder, Place, default_gazetteer
from rasd.lexicon.matcher import phrase_key

BAGHUZ = Place(1, "Al Baghuz Fawqani", "SY", "07", 34.4575, 40.9372, 0)
HAJIN = Place(2, "Hajin", "SY", "07", 34.6958, 40.8333, 29237)


def stems(name: str) -> tuple[str, ...]:
    return phrase_key(name).stems


@pytest.fixture
def small():
    builder = GazetteerBuilder()
    builder.add_place(BAGHUZ, ["الباغوز", "الباغوز فوقاني", "Baghuz"])
    builder.add_place(HAJIN, ["هجين"])
    return builder.build()


@pytest.mark.parametrize(
    ("name", "country"),
    [("الموصل", "IQ"), ("بالموصل", "IQ"), ("منبج", "SY"), ("خان شيخون", "SY"), ("تعز", "YE")],
)
def test_bundled_gazetteer_finds_arabic_names_through_clitics(name: str, country: str) -> None:
    places = default_gazetteer().lookup(stems(name))
    assert country in {p.country for p in places}
    assert all(p.latitude and p.longitude for p in places)


def test_only_arabic_names_are_keyed(small) -> None:
    assert small.lookup(stems("الباغوز")) == [BAGHUZ]
    assert small.lookup(("Baghuz",)) == []


def test_one_misspelled_letter_is_forgiven_in_long_names(small) -> None:
    assert small.lookup(stems("الباغور")) == []
    assert small.fuzzy_lookup(stems("الباغور")) == [BAGHUZ]
    assert small.fuzzy_lookup(stems("هجير")) == []  # too short to guess


def test_merging_adds_places_and_names(small) -> None:
    other = GazetteerBuilder()
    other.add_place(Place(3, "As Susah", "SY", "07", 34.4872, 40.8919, 0), ["السوسة"])
    other.add_names(1, ["باغوز"])
    merged = small.merged(other.build())
    assert merged.lookup(stems("السوسة"))[0].geonameid == 3
    assert merged.lookup(stems("الباغوز")) == [BAGHUZ]


def test_the_bundled_index_is_cached_and_rebuilt_when_damaged(tmp_path, monkeypatch, small) -> None:
    monkeypatch.setattr(
        gazetteer_module, "get_settings", lambda: Settings(cache_dir=tmp_path, data_dir=tmp_path)
    )
    path = gazetteer_module._bundled_path()
    builds = []

    def build():
        builds.append(1)
        return small

    assert gazetteer_module._load_or_build(path, build).lookup(stems("هجين")) == [HAJIN]
    assert gazetteer_module._load_or_build(path, build).lookup(stems("هجين")) == [HAJIN]
    assert len(builds) == 1
    path.write_bytes(b"not a pickle")
    gazetteer_module._load_or_build(path, build)
    assert len(builds) == 2
