from __future__ import annotations

import gc
import io
import pickle
import shutil
from pathlib import Path

import pytest

from rasd.config import get_settings
from rasd.lexicon.cache import KEEP, cache_path, cached, unpickled
from rasd.lexicon.lexicon import Lexicon, compile_lexicon
from rasd.lexicon.resources import resources_dir
from rasd.text import analyze_text


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("RASD_CACHE_DIR", str(folder))
    get_settings.cache_clear()
    return folder


def test_a_compiled_value_is_read_back_instead_of_built_again(cache_dir: Path) -> None:
    builds = []
    first = cached(lambda: builds.append(1) or {"حي": "district"}, dict)
    second = cached(lambda: builds.append(2) or {}, dict)
    assert first == second == {"حي": "district"} and builds == [1]
    assert cache_path().parent == cache_dir and cache_path().exists()


def test_a_damaged_file_is_rebuilt(cache_dir: Path) -> None:
    cache_path().parent.mkdir(parents=True)
    cache_path().write_bytes(b"not a pickle")
    assert cached(lambda: {"rebuilt": True}, dict) == {"rebuilt": True}
    assert cached(lambda: {}, dict) == {"rebuilt": True}


def test_an_edited_resource_gets_its_own_file(cache_dir: Path, tmp_path: Path, monkeypatch) -> None:
    copy = tmp_path / "ar"
    shutil.copytree(resources_dir(), copy)
    monkeypatch.setenv("RASD_RESOURCES_DIR", str(copy))
    get_settings.cache_clear()
    before = cache_path()
    with (copy / "cues.yaml").open("a", encoding="utf-8") as handle:
        handle.write("# an edit\n")
    assert cache_path() != before


def test_only_the_newest_files_are_kept(cache_dir: Path, tmp_path: Path, monkeypatch) -> None:
    copy = tmp_path / "ar"
    shutil.copytree(resources_dir(), copy)
    monkeypatch.setenv("RASD_RESOURCES_DIR", str(copy))
    get_settings.cache_clear()
    for edit in range(KEEP + 2):
        with (copy / "cues.yaml").open("a", encoding="utf-8") as handle:
            handle.write(f"# edit {edit}\n")
        cached(dict, dict)
    assert len(list(cache_dir.glob("lexicon-*.pickle"))) == KEEP


def test_the_lexicon_read_back_finds_the_same_mentions(cache_dir: Path) -> None:
    compiled = cached(compile_lexicon, Lexicon)
    read_back = cached(compile_lexicon, Lexicon)
    assert read_back is not compiled
    text = analyze_text("قال الجيش العراقي إن طائرات حربية قصفت مواقع لتنظيم داعش في محافظة الأنبار أمس")
    assert read_back.matcher.match(text) == compiled.matcher.match(text)
    assert compiled.matcher.match(text)["actor"] and compiled.matcher.match(text)["trigger"]
    assert read_back.triggers == compiled.triggers and read_back.actors == compiled.actors


class _CollectorProbe:
    """Unpickles as whether the cyclic garbage collector ran while it was read."""

    def __reduce__(self) -> tuple:
        return gc.isenabled, ()


def test_a_cache_file_is_read_with_the_collector_paused_then_resumed() -> None:
    data = pickle.dumps([_CollectorProbe()])
    assert gc.isenabled()
    assert unpickled(io.BytesIO(data)) == [False]
    assert gc.isenabled()
    gc.disable()
    try:
        unpickled(io.BytesIO(data))
        assert not gc.isenabled()  # a caller that paused it keeps it paused
    finally:
        gc.enable()
