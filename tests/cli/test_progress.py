"""The ingest progress line: inputs and their rate always; share done and time left when the size
of the inputs is known."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from rasd.cli import progress


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    screen = io.StringIO()
    monkeypatch.setattr(progress, "stderr", Console(file=screen, force_terminal=True, width=120))
    return screen


@pytest.mark.issue(14)
def test_known_input_size_shows_a_total_rate_and_eta(terminal: io.StringIO) -> None:
    with progress.InputProgress(total_bytes=1000) as shown:
        for _ in shown.counted(range(3)):
            shown.read(250)
    screen = terminal.getvalue()
    assert "3 inputs read" in screen and "/s" in screen and "75%" in screen and "ETA" in screen


def test_unknown_input_size_shows_a_count_and_rate_only(terminal: io.StringIO) -> None:
    with progress.InputProgress(total_bytes=None) as shown:
        list(shown.counted(range(2)))
    screen = terminal.getvalue()
    assert "2 inputs read" in screen and "ETA" not in screen and "%" not in screen
