from __future__ import annotations

from pathlib import Path

from rasd.errors import Code

DOC = Path(__file__).resolve().parents[2] / "docs" / "ingest.md"


def test_every_input_code_is_in_the_ingest_doc() -> None:
    rows = {
        line.split("|")[1].strip()
        for line in DOC.read_text(encoding="utf-8").splitlines()
        if "`INPUT_" in line
    }
    assert rows == {code.value for code in Code if code.name.startswith("INPUT_")}
