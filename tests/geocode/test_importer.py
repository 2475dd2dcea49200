from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from rasd.cli import app
from rasd.geocode.gazetteer import default_gazetteer, load_imported, name_stems
from rasd.geocode.importer import import_dumps

FIXTURES = Path(__file__).parent.parent / "fixtures" / "geonames"


def test_import_adds_places_names_and_admin1(tmp_path: Path) -> None:
    report = import_dumps(
        [FIXTURES / "SY.txt", FIXTURES / "alternateNamesV2.txt", FIXTURES / "admin1CodesASCII.txt"]
    )
    assert report.places > 0 and report.admin1 > 0
    imported = load_imported()
    assert imported is not None and len(imported) == report.places
    assert imported.admin1_names


def test_imported_places_join_the_default_gazetteer() -> None:
    import_dumps([FIXTURES / "SY.txt"])
    default_gazetteer.cache_clear()
    imported = load_imported()
    some_key = next(iter(imported.by_key))
    assert default_gazetteer().lookup(tuple(some_key.split(" ")))
    assert len(default_gazetteer()) > len(imported)


def test_importing_twice_changes_nothing() -> None:
    import_dumps([FIXTURES / "SY.txt"])
    first = load_imported()
    import_dumps([FIXTURES / "SY.txt"])
    second = load_imported()
    assert first.table.text == second.table.text and first.by_key == second.by_key


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


def test_osm_place_exports_are_imported_with_their_arabic_and_latin_names(tmp_path: Path) -> None:
    export = tmp_path / "hotosm_sdn_populated_places_points.tsv"
    rows = [
        "osm_type\tosm_id\tplace\tname\tname_en\tname_ar\tlat\tlon\tpopulation\tis_in\tsource",
        "node\t101\tvillage\tقرية النخيل الشرقية\tNakhil Sharqiya\tقرية النخيل الشرقية\t14.1\t32.2\t\t\tGNS",
        "node\t102\thamlet\tUmm Tarfa\t\t\t13.9\t31.8\t\t\t",
        "node\t103\tvillage\tbroken\t\t\tnot-a-number\t31.8\t\t\t",
    ]
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = import_dumps([export])
    assert report.places == 2 and [p.line for p in report.problems] == [4]
    default_gazetteer.cache_clear()
    gazetteer = default_gazetteer()
    found = gazetteer.lookup(name_stems("قرية النخيل الشرقية"))
    assert [(p.country, p.name) for p in found] == [("SD", "Nakhil Sharqiya")]
    assert [p.name for p in gazetteer.latin_lookup("umm tarfa")] == ["Umm Tarfa"]
