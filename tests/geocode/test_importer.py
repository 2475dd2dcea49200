from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from rasd.cli import app
from rasd.geocode.gazetteer import default_gazetteer, load_imported
from rasd.geocode.importer import import_dumps

FIXTURES = Path(__file__).parent.parent / "fixtures" / "geonames"


def test_import_adds_places_names_and_admin1(tmp_path: Path) -> None:
    report = import_dumps(
        [FIXTURES / "SY.txt", FIXTURES / "alternateNamesV2.txt", FIXTURES / "admin1CodesASCII.txt"]
    )
    assert report.places > 0 and report.admin1 > 0
    imported = load_imported()
    assert imported is not None and len(imported.places) == report.places
    assert imported.admin1_names


def test_imported_places_join_the_default_gazetteer() -> None:
    import_dumps([FIXTURES / "SY.txt"])
    default_gazetteer.cache_clear()
    imported = load_imported()
    some_key = next(iter(imported.by_key))
    assert default_gazetteer().lookup(some_key)
    assert len(default_gazetteer().places) > len(imported.places)


def test_importing_twice_changes_nothing() -> None:
    import_dumps([FIXTURES / "SY.txt"])
    first = load_imported()
    import_dumps([FIXTURES / "SY.txt"])
    second = load_imported()
    assert first.places == second.places and first.by_key == second.by_key


def test_cli_import_and_lookup() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["gazetteer", "import", str(FIXTURES / "SY.txt")])
    assert result.exit_code == 0, result.output
    assert "imported" in result.stdout
    found = runner.invoke(app, ["gazetteer", "lookup", "بالموصل", "--country", "IQ"])
    assert found.exit_code == 0 and "Mosul" in found.stdout
    missing = runner.invoke(app, ["gazetteer", "lookup", "مكانلايوجد"])
    assert missing.exit_code == 1


def test_a_broken_dump_line_is_a_problem_and_the_rest_is_read(tmp_path: Path) -> None:
    expected = import_dumps([FIXTURES / "SY.txt"]).places
    broken = tmp_path / "SY.txt"
    lines = (FIXTURES / "SY.txt").read_text(encoding="utf-8").splitlines()
    broken.write_text("\n".join([lines[0], "not\ta\tplace", *lines[1:]]) + "\n", encoding="utf-8")
    report = import_dumps([broken])
    assert report.places == expected
    assert [p.line for p in report.problems] == [2]
