"""Reading a JSONL corpus plain and compressed: records a second through ``read_inputs`` (streamed a
line at a time; no pipeline, no store), and the peak memory of each pass.

One generated corpus of news-style records in SaudiNewsNet's shape (``content``, ``source``,
``date_extracted``), mapped with ``--field`` as a user would, is written as ``.jsonl``,
``.jsonl.gz``, ``.jsonl.xz`` and ``.jsonl.zst``. Each round reads every form once, in turn
(interleaved, so that a burst of load on a shared machine hits all forms alike); the table gives
min / median / max wall and CPU seconds over the rounds and each form's median wall time as a
ratio of the plain file's, which is the figure to compare across machines. Peak memory is
``tracemalloc``'s for one pass (Python allocations only), so that a form holding the whole file
would show.

    python bench/input_read.py [--records 20000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import gzip
import json
import lzma
import statistics
import time
import tracemalloc
from pathlib import Path
from tempfile import TemporaryDirectory

import zstandard
from rich.console import Console
from rich.table import Table

from rasd.ingest import read_inputs
from rasd.ingest.records import FieldMap

FORMS = {
    ".jsonl": lambda data: data,
    ".jsonl.gz": gzip.compress,
    ".jsonl.xz": lzma.compress,
    ".jsonl.zst": lambda data: zstandard.ZstdCompressor().compress(data),
}
MAPPING = {"text": "content", "outlet": "source", "published": "date_extracted"}
TOWNS = ("القطيف", "نجران", "جازان", "الطائف", "تبوك", "حائل")


def record(n: int) -> dict:
    town = TOWNS[n % len(TOWNS)]
    body = (
        f"أصيب {n % 7 + 2} أشخاص اليوم في انفجار قرب سوق شعبي في {town}، بحسب متحدث أمني. "
        "وأضاف المتحدث أن فرق الدفاع المدني نقلت المصابين إلى المستشفى وأن التحقيقات جارية. "
    ) * (1 + n % 8)
    return {
        "source": ("okaz", "alriyadh", "aawsat")[n % 3],
        "url": f"http://news.example/sa/{n}",
        "date_extracted": f"2015-07-{1 + n % 28:02d} 08:00:00",
        "title": f"إصابات في انفجار في {town} ({n})",
        "content": body,
    }


def write_forms(folder: Path, records: int) -> dict[str, Path]:
    data = ("\n".join(json.dumps(record(n), ensure_ascii=False) for n in range(records)) + "\n").encode()
    paths = {}
    for suffix, compress in FORMS.items():
        paths[suffix] = folder / f"corpus{suffix}"
        paths[suffix].write_bytes(compress(data))
    return paths


def read_once(path: Path, fields: FieldMap) -> tuple[int, float, float]:
    """Records read, wall seconds and CPU seconds for one pass."""
    wall, cpu = time.perf_counter(), time.process_time()
    count = sum(1 for _ in read_inputs([str(path)], fields=fields))
    return count, time.perf_counter() - wall, time.process_time() - cpu


def peak_memory(path: Path, fields: FieldMap) -> int:
    tracemalloc.start()
    for _ in read_inputs([str(path)], fields=fields):
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    fields = FieldMap.default().mapped(MAPPING)
    with TemporaryDirectory() as folder:
        paths = write_forms(Path(folder), args.records)
        walls: dict[str, list[float]] = {suffix: [] for suffix in FORMS}
        cpus: dict[str, list[float]] = {suffix: [] for suffix in FORMS}
        for _ in range(args.rounds):
            for suffix, path in paths.items():
                count, wall, cpu = read_once(path, fields)
                assert count == args.records, f"{suffix}: read {count} of {args.records}"
                walls[suffix].append(wall)
                cpus[suffix].append(cpu)
        peaks = {suffix: peak_memory(path, fields) for suffix, path in paths.items()}
        sizes = {suffix: path.stat().st_size for suffix, path in paths.items()}
    plain = statistics.median(walls[".jsonl"])
    table = Table(title=f"read_inputs over {args.records:,} records, {args.rounds} interleaved rounds")
    for column in (
        "form",
        "MB on disk",
        "wall s min/med/max",
        "CPU s min/med/max",
        "records/s",
        "× plain",
        "peak MB",
    ):
        table.add_column(column, justify="right")
    for suffix in FORMS:
        wall, cpu = walls[suffix], cpus[suffix]
        table.add_row(
            suffix,
            f"{sizes[suffix] / 1e6:.1f}",
            f"{min(wall):.2f} / {statistics.median(wall):.2f} / {max(wall):.2f}",
            f"{min(cpu):.2f} / {statistics.median(cpu):.2f} / {max(cpu):.2f}",
            f"{args.records / statistics.median(wall):,.0f}",
            f"{statistics.median(wall) / plain:.2f}",
            f"{peaks[suffix] / 1e6:.1f}",
        )
    Console(width=160).print(table)


if __name__ == "__main__":
    main()
