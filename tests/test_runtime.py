from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator

import pytest

from rasd.batch.shards import warm_up
from rasd.runtime import YOUNG_GENERATION, tune_collector


@pytest.fixture
def default_thresholds() -> Iterator[tuple[int, int, int]]:
    """The interpreter's default thresholds for the test, the process's own ones restored after it."""
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*saved)


def test_tune_collector_collects_the_young_generation_less_often(default_thresholds) -> None:
    tune_collector()
    assert gc.get_threshold() == (YOUNG_GENERATION, 10, 10)


def test_tune_collector_keeps_a_higher_threshold_set_before(default_thresholds) -> None:
    gc.set_threshold(YOUNG_GENERATION * 2, 10, 10)
    tune_collector()
    assert gc.get_threshold()[0] == YOUNG_GENERATION * 2


def test_batch_workers_tune_the_collector(default_thresholds) -> None:
    warm_up()
    assert gc.get_threshold()[0] == YOUNG_GENERATION


def test_the_rasd_command_tunes_the_collector() -> None:
    script = (
        "import gc, sys\n"
        "sys.argv = ['rasd', '--help']\n"
        "from rasd.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(gc.get_threshold()[0], file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stderr.strip().splitlines()[-1] == str(YOUNG_GENERATION)
