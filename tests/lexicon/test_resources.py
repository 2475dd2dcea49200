from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from rasd.errors import ResourceError
from rasd.lexicon.resources import (
    load_tsv,
    read_manifest,
    refresh_manifest,
    resources_dir,
    verify_manifest,
)
from rasd.text.normalize import parse_chars, rules_from_data


def test_manifest_matches_every_resource_file() -> None:
    assert verify_manifest() == []


def test_manifest_entries_are_complete() -> None:
    for entry in read_manifest().values():
        assert entry.version >= 1 and entry.source and entry.licence and len(entry.sha256) == 64


def test_refresh_records_a_change_and_bumps_its_version(tmp_path: Path) -> None:
    copy = tmp_path / "ar"
    shutil.copytree(resources_dir(), copy)
    with (copy / "sentences.yaml").open("a", encoding="utf-8") as handle:
        handle.write("# an edit\n")
    assert verify_manifest(copy) == [
        "sentences.yaml: changed since manifest.yaml recorded it (run `rasd resources refresh`)"
    ]
    before = read_manifest(copy)["sentences.yaml"].version
    assert refresh_manifest(copy) == [f"sentences.yaml: version {before + 1}"]
    assert verify_manifest(copy) == []
    assert (copy / "manifest.yaml").read_text(encoding="utf-8").startswith("#")


def test_normalization_rules_are_one_character_each() -> None:
    data = yaml.safe_load((resources_dir() / "normalization.yaml").read_text(encoding="utf-8"))
    rules = rules_from_data(data)
    assert all(len(a) == len(b) == 1 for a, b in rules.substitutions)
    assert all(len(c) == 1 for c in rules.deletions)


def test_a_character_with_two_rules_is_refused() -> None:
    with pytest.raises(ResourceError, match="two rules"):
        rules_from_data(
            {
                "delete": [{"name": "x", "chars": ["U+0640"]}],
                "map": [{"name": "y", "from": ["U+0640"], "to": "-"}],
            }
        )


def test_char_notation() -> None:
    assert parse_chars(["U+0660-U+0662", "ة"], "t") == ["٠", "١", "٢", "ة"]
    with pytest.raises(ResourceError):
        parse_chars(["ab"], "t")


def test_clitic_rules_are_well_formed() -> None:
    data = yaml.safe_load((resources_dir() / "clitics.yaml").read_text(encoding="utf-8"))
    forms = [p["form"] for p in data["proclitics"]]
    assert len(forms) == len(set(forms))
    for proclitic in data["proclitics"]:
        assert "".join(proclitic["parts"]).replace("لال", "لل") == proclitic["form"]
        assert proclitic["min_stem"] >= 2
    assert all(e["min_stem"] >= 2 for e in data["enclitics"])
    assert all(" " not in word for word in data["protected"])


def test_unlisted_resource_is_refused() -> None:
    with pytest.raises(ResourceError, match="E101"):
        load_tsv("no_such_file.tsv")
