"""The compiled lexicon kept on disk between runs (in ``RASD_CACHE_DIR``, beside the gazetteer).

Compiling analyses every one of ~5,000 phrases as article text is analysed (≈0.4 s); reading the
saved result takes a few hundredths of a second, which is most of what a one-article
``rasd extract`` would otherwise spend on the lexicon. The file is named by a digest of the bytes of
every resource and of the code that compiles them (``rasd.lexicon`` and ``rasd.text``), so an edited
word list or a changed tokenizer makes a new file; a damaged or unreadable file is rebuilt.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from rasd import __version__
from rasd.config import get_settings
from rasd.lexicon.resources import MANIFEST, read_manifest, resources_dir

PREFIX = "lexicon-"
#: The packages whose code turns resources into the compiled lexicon.
COMPILING_PACKAGES = ("lexicon", "text")
KEEP = 4  # compiled files kept in the cache folder

T = TypeVar("T")


def cached(build: Callable[[], T], kind: type[T]) -> T:
    """The saved value of ``build()`` for the current resources and code, built and saved if none."""
    path = cache_path()
    found = _read(path, kind)
    if found is not None:
        return found
    value = build()
    _write(path, value)
    _remove_stale(path.parent)
    return value


def cache_path() -> Path:
    return get_settings().cache_dir / f"{PREFIX}{_digest()[:20]}.pickle"


def _digest() -> str:
    digest = hashlib.sha256(f"{__version__}|{sys.version_info[:2]}".encode())
    directory = resources_dir()
    for name in (MANIFEST, *sorted(read_manifest(directory))):
        _add_file(digest, directory / name)
    package = Path(__file__).resolve().parent.parent
    for folder in COMPILING_PACKAGES:
        for source in sorted((package / folder).glob("*.py")):
            _add_file(digest, source)
    return digest.hexdigest()


def _remove_stale(folder: Path) -> None:
    """Keep the newest few compiled files: several checkouts or resource folders may share the
    cache folder, and each would otherwise delete the others' file on every run."""
    files = sorted(folder.glob(f"{PREFIX}*.pickle"), key=_modified, reverse=True)
    for stale in files[KEEP:]:
        stale.unlink(missing_ok=True)


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _add_file(digest, path: Path) -> None:
    digest.update(path.name.encode() + b"\0")
    if path.exists():
        digest.update(path.read_bytes())


def unpickled(handle: BinaryIO) -> object:
    """``pickle.load`` with the cyclic garbage collector paused. A cache file holds hundreds of
    thousands of small tuples and strings; the collections their allocation sets off, each one
    scanning the growing heap, cost a cold start more than the reading itself (the gazetteer's
    index: about 0.38 s of CPU with them, 0.11 s without; the lexicon 0.07 s, 0.03 s)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(handle)
    finally:
        if paused:
            gc.enable()


def _read(path: Path, kind: type[T]) -> T | None:
    try:
        with path.open("rb") as handle:
            value = unpickled(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None  # missing, damaged or written by other code: rebuilt
    return value if isinstance(value, kind) else None


def _write(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # concurrent runs may both write
        with temporary.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
    except OSError:
        return  # a read-only cache folder costs speed, not results
