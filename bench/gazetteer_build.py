"""The bundled gazetteer: package size, index build, cold load in a fresh process, look-ups.

    python bench/gazetteer_build.py [--rounds 5] [--bundle]

Loads are timed in fresh processes (what a user's ``rasd extract`` pays), min / median / max over
the rounds, wall and CPU, with the process's peak RSS. ``--bundle`` also times ``rasd gazetteer
build`` from ``../shared/data`` (about 20 s). Look-ups are timed over names that are new to each
round's process (the fuzzy look-up remembers its answers).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from text_throughput import peak_mib  # noqa: E402

from rasd.geocode.gazetteer import bundle_path, default_gazetteer, read_bundle  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
LOAD = """
import json, time
t0, c0 = time.perf_counter(), time.process_time()
from rasd.geocode.gazetteer import default_gazetteer
gazetteer = default_gazetteer()
# VmHWM, not ru_maxrss: the latter keeps the forking parent's peak across exec.
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
rss = int(peak.split()[1]) / 1024
print(json.dumps({"wall": time.perf_counter() - t0, "cpu": time.process_time() - c0, "rss": rss}))
"""
EXACT = ["الموصل", "بالموصل", "خان شيخون", "منبج", "تعز", "الرقة", "ترمسعيا", "الفاشر", "تيلابيري", "هجين"]
FUZZY = ["الباغور", "منبيج", "الكراده", "جرابلوس", "ترمسعيه"]
SOUNDS = ["مكيشيفة", "ود النورة", "سيفاري", "افقوي"]


def spread(values: list[float], unit: str, scale: float = 1.0) -> str:
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{low * scale:.2f} / {mid * scale:.2f} / {high * scale:.2f} {unit}"


def fresh_loads(rounds: int) -> list[dict]:
    default_gazetteer()  # the cached index exists before the timed loads
    results = []
    for _ in range(rounds):
        output = subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True)
        results.append(json.loads(output.stdout))
    return results


def timed_lookups(find, names: list[str], repeat: int) -> float:
    from rasd.geocode.gazetteer import name_stems

    keys = [name_stems(n) for n in names]
    start = time.perf_counter()
    for _ in range(repeat):
        for key in keys:
            find(key)
    return (time.perf_counter() - start) / (repeat * len(keys)) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--bundle", action="store_true", help="also time rasd gazetteer build")
    args = parser.parse_args()
    console = Console()
    table = Table(title="Bundled gazetteer (min / median / max)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row(
        "package resource", f"{bundle_path().stat().st_size / 2**20:.1f} MiB ({bundle_path().name})"
    )
    if args.bundle and SHARED.exists():
        from rasd.geocode.bundle import build_bundle

        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            report = build_bundle(SHARED, Path(folder))
            table.add_row(
                "rasd gazetteer build", f"{time.perf_counter() - start:.1f} s, {report.places:,} places"
            )
    data = bundle_path().read_bytes()
    builds = []
    for _ in range(max(1, args.rounds // 2)):
        start = time.perf_counter()
        gazetteer = read_bundle(data).build()
        builds.append(time.perf_counter() - start)
    table.add_row("index build from the bundle (first run)", spread(builds, "s"))
    table.add_row(
        "  peak traced memory of the build", f"{peak_mib(lambda: read_bundle(data).build()):.0f} MiB"
    )
    loads = fresh_loads(args.rounds)
    table.add_row("cold load in a fresh process, wall", spread([r["wall"] for r in loads], "s"))
    table.add_row("cold load in a fresh process, CPU", spread([r["cpu"] for r in loads], "s"))
    table.add_row("  peak RSS of that process", spread([r["rss"] for r in loads], "MiB"))
    countries = frozenset({"SY", "IQ", "PS", "SD", "NE", "ML", "SO"})
    table.add_row("exact look-up", f"{timed_lookups(gazetteer.lookup, EXACT, 2000):.1f} µs")
    table.add_row("head look-up", f"{timed_lookups(gazetteer.head_lookup, EXACT, 2000):.1f} µs")
    first = timed_lookups(lambda k: gazetteer.fuzzy_lookup(k, countries), FUZZY, 1)
    table.add_row("one-edit look-up, first asked (spellings generated)", f"{first:.0f} µs")
    table.add_row(
        "one-edit look-up, remembered",
        f"{timed_lookups(lambda k: gazetteer.fuzzy_lookup(k, countries), FUZZY, 200):.1f} µs",
    )
    table.add_row(
        "transliteration look-up",
        f"{timed_lookups(lambda k: gazetteer.transliterated_lookup(k, countries), SOUNDS, 500):.1f} µs",
    )
    sizes = (len(gazetteer), len(gazetteer.by_key), len(gazetteer.by_head), len(gazetteer.by_skeleton))
    table.add_row("places / Arabic keys / head keys / sound keys", " / ".join(f"{n:,}" for n in sizes))
    console.print(table)


if __name__ == "__main__":
    main()
