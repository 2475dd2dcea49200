from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import COMMANDS, app
from rasd.cli.output import print_error, stderr
from rasd.errors import Code
from rasd.export import ExportError
from tests.eval.test_score import STRIKE, gold_article

runner = CliRunner()


def test_extract_examples_succeeds(examples_dir: Path) -> None:
    result = runner.invoke(app, ["extract", str(examples_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(result.stdout), list)


def test_extract_reports_skipped_input_in_exit_status(tmp_path: Path, examples_dir: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["extract", str(empty), str(examples_dir / "threats.jsonl")])
    assert result.exit_code == 1
    assert "E202" in result.stderr and str(empty) in result.stderr


def test_extract_table_format(examples_dir: Path) -> None:
    result = runner.invoke(app, ["extract", str(examples_dir), "-f", "table"])
    assert result.exit_code == 0 and "events" in result.stdout


def test_extract_explains_the_triggers_it_did_not_read(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("قالت مصادر إن الجيش سيقصف مواقع المسلحين. وقتل 3 مدنيين أمس في قصف على بلدة هجين.")
    result = runner.invoke(app, ["extract", str(article), "--explain"])
    assert result.exit_code == 0, result.output
    (event,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert event["location"] == "Hajīn"
    assert "سيقصف" in result.stderr and "modality.plan" in result.stderr


def test_explain_shows_each_reason_whole_on_a_pipe(tmp_path: Path) -> None:
    # the sentence model's reasons are long ("p_new_occurrence=0.20", its strongest features): on
    # a pipe's 80 columns they are folded onto more lines, never cut
    article = tmp_path / "a.txt"
    article.write_text(
        "وافق مجلس الأمن الدولي اليوم على اتفاق يحد من برنامج ايران النووي مقابل تخفيف العقوبات."
    )
    result = runner.invoke(app, ["extract", str(article), "--explain"])
    assert re.search(r"p_new_occurrence=\d\.\d\d ", result.stderr)
    assert "feature:w:ايران" in result.stderr


def test_an_article_given_twice_gives_its_events_once(tmp_path: Path) -> None:
    record = {
        "id": "a1",
        "title": "",
        "text": "وقتل 3 مدنيين أمس في قصف على بلدة هجين.",
        "published": "2019-03-12",
    }
    other = {**record, "id": "a2", "text": "قتل جنديان اليوم في انفجار عبوة ناسفة في مدينة الرمادي."}
    feed = tmp_path / "crawl.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (record, other, record)) + "\n")
    result = runner.invoke(app, ["extract", str(feed)])
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["article_id"] for line in result.stdout.splitlines()]
    assert sorted(set(ids)) == ["a1", "a2"] and len(ids) == len(set(ids))
    assert "E220" in result.stderr and "a1" in result.stderr


def test_eval_prints_scores_as_json(write_gold) -> None:
    quiet = {**gold_article("a1"), "text": "ارتفع سعر صرف الريال اليوم في الأسواق المحلية."}
    result = runner.invoke(app, ["eval", str(write_gold(gold_article("a2", STRIKE), quiet)), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["events"]["gold"] == 1
    assert report["events"]["matched"] + len(report["misses"]) == 1
    assert set(report["fields"]) == {"sub_event_type", "actor1", "actor2", "fatalities", "date", "location"}


def test_eval_prints_a_readable_report(write_gold) -> None:
    result = runner.invoke(app, ["eval", str(write_gold(gold_article("a1", STRIKE)))])
    assert result.exit_code == 0
    assert "F1" in result.stdout and "Missed gold events (1)" in result.stdout


def test_eval_on_a_folder_without_gold_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 2 and "E301" in result.stderr


def test_resources_check_passes_on_the_packaged_resources() -> None:
    result = runner.invoke(app, ["resources", "check"])
    assert result.exit_code == 0, result.output


@pytest.mark.issue(14)
def test_error_text_keeps_its_square_brackets() -> None:
    """Rich markup once ate the extra in the Parquet hint, printing pip install 'rasd'."""
    with stderr.capture() as captured:
        print_error(ExportError(Code.INPUT_UNSUPPORTED, "needs pyarrow: pip install 'rasd[parquet]'"))
    assert "pip install 'rasd[parquet]'" in captured.get() and "[E207]" in captured.get()


def test_version() -> None:
    from rasd import __version__

    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout.strip()) == (0, f"rasd {__version__}")


@pytest.mark.issue(14)
def test_the_first_run_says_it_is_building_the_gazetteer(
    tmp_path: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building the index takes seconds with no output; a tiny stand-in is built here instead."""
    from rasd.config import get_settings
    from rasd.geocode import gazetteer

    monkeypatch.setenv("RASD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(gazetteer, "build_bundled", lambda: gazetteer.GazetteerBuilder().build())
    get_settings.cache_clear()
    gazetteer.default_gazetteer.cache_clear()
    try:
        first = runner.invoke(app, ["extract", str(examples_dir / "iraq-protest-nasiriyah.txt")])
        gazetteer.default_gazetteer.cache_clear()
        second = runner.invoke(app, ["extract", str(examples_dir / "iraq-protest-nasiriyah.txt")])
    finally:
        gazetteer.default_gazetteer.cache_clear()  # later tests load the real one again
    assert "building the gazetteer index" in first.stderr and "(first run)" in first.stderr
    assert "building the gazetteer" not in second.stderr


def test_extract_imports_only_its_own_code(examples_dir: Path) -> None:
    """Cold start: a fresh ``rasd extract`` loads no database, evaluation or export libraries."""
    probe = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from rasd.cli import app\n"
        f"result = CliRunner().invoke(app, ['extract', {str(examples_dir)!r}])\n"
        "heavy = ('sqlalchemy', 'alembic', 'rasd.store', 'rasd.eval', 'rasd.export', 'pyarrow')\n"
        "print(result.exit_code, sorted(name for name in heavy if name in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0 []"


def test_every_command_is_listed_and_loads() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.stdout
        assert runner.invoke(app, [name, "--help"]).exit_code == 0, name
