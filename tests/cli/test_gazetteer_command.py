from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from rasd.cli import app

runner = CliRunner()


def test_lookup_in_english_finds_the_capital_first_with_its_reasons() -> None:
    result = runner.invoke(app, ["gazetteer", "lookup", "Baghdad", "--limit", "1"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "English match" in result.stdout and "IQ" in result.stdout and "population" in result.stdout


def test_lookup_of_a_misspelt_village_says_how_it_matched() -> None:
    result = runner.invoke(app, ["gazetteer", "lookup", "الباغور", "--country", "SY"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "one_edit match" in result.stdout and "Baghuz" in result.stdout


def test_build_needs_the_shared_data_folder(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["gazetteer", "build", "--shared", str(tmp_path), "--out", str(tmp_path / "o")]
    )
    assert result.exit_code == 2 and "gazetteer_extra" in result.output
