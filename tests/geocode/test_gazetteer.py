from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from rasd.config import Settings
from rasd.geocode import gazetteer as gazetteer_module
from rasd.geocode.gazetteer import default_gazetteer
from rasd.lexicon.matcher import phrase_key


@pytest.mark.parametrize(
    ("name", "country"),
    [("الموصل", "IQ"), ("بالموصل", "IQ"), ("منبج", "SY"), ("خان شيخون", "SY"), ("تعز", "YE")],
)
def test_bundled_gazetteer_finds_arabic_names_through_clitics(name: str, country: str) -> None:
    places = default_gazetteer().lookup(phrase_key(name).stems)
    assert country in {p.country for p in places}
    assert all(p.latitude and p.longitude for p in places)


def test_the_cache_is_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = default_gazetteer()
    monkeypatch.setattr(gazetteer_module, "get_settings", lambda: Settings(cache_dir=tmp_path))
    cached = tmp_path / gazetteer_module._cache_path().name
    cached.write_bytes(pickle.dumps(built))
    gazetteer_module.default_gazetteer.cache_clear()
    try:
        assert len(gazetteer_module.default_gazetteer().places) == len(built.places)
    finally:
        gazetteer_module.default_gazetteer.cache_clear()
