"""Thousands of malformed inputs: none stops an ingest, and every one is in the problems table."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.ingest import read_inputs
from rasd.monitor import ingest
from rasd.pipeline import default_pipeline
from rasd.store import Store

ARABIC = "".join(chr(c) for c in range(0x621, 0x64B)) + " "
GOOD = {
    "title": "قصف على بلدة",
    "text": "قُتل مدنيان اليوم في قصف مدفعي على بلدة في ريف إدلب.",
    "published": "2019-05-01",
}

binary = st.binary(min_size=1, max_size=200).map(lambda b: b + b"\x00" + b)
not_utf8 = st.binary(min_size=0, max_size=50).map(lambda b: b"\xd9\x82" + b + b"\xff\xfe\xc3")
blank = st.sampled_from([b"", b" ", b"\n\n", b"\t \r\n"])
latin = st.text(alphabet="abcdefghij klmnop", min_size=5, max_size=80).filter(str.strip)
broken_json_line = st.text(max_size=40).map(lambda t: "{" + json.dumps(t)[1:])
wrong_record = st.one_of(
    st.lists(st.integers(), max_size=3),
    st.integers(),
    st.fixed_dictionaries({"text": st.one_of(st.integers(), st.none(), st.just("  "))}),
    st.fixed_dictionaries({"text": st.text(alphabet=ARABIC, min_size=3), "title": st.integers(min_value=1)}),
)

# Each kind: a strategy for the content, the file suffix, and whether each bad part is a line.
KINDS = {
    "binary": (binary, ".txt"),
    "not_utf8": (not_utf8, ".txt"),
    "blank": (blank, ".json"),
    "english": (latin.map(lambda t: f"Title\n{t}".encode()), ".txt"),
    "bad_json": (st.text(max_size=30).map(lambda t: ("[" + t).encode()), ".json"),
    "html_without_article": (
        latin.map(lambda t: f"<html><body><nav>{t}</nav></body></html>".encode()),
        ".html",
    ),
}
counter = itertools.count()


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    with Store.open(str(folder / "fuzz.sqlite")) as store:
        yield store, folder


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    files=st.lists(
        st.sampled_from(sorted(KINDS)).flatmap(lambda k: KINDS[k][0].map(lambda c: (k, c))), max_size=8
    ),
    lines=st.lists(st.one_of(broken_json_line, wrong_record.map(json.dumps)), max_size=8),
)
@pytest.mark.issue(5)
def test_malformed_inputs_are_all_recorded_and_the_rest_goes_on(fuzz_store, files, lines) -> None:
    store, folder = fuzz_store
    run = folder / f"run{next(counter)}"
    run.mkdir()
    expected: set[str] = set()
    for index, (kind, content) in enumerate(files):
        path = run / f"{index}-{kind}{KINDS[kind][1]}"
        path.write_bytes(content)
        expected.add(str(path))
    mixed = run / "mixed.jsonl"
    good = json.dumps({**GOOD, "id": run.name}, ensure_ascii=False)
    mixed.write_text("\n".join([good, *lines]) + "\n", encoding="utf-8")
    expected.update(f"{mixed}:{n}" for n in range(2, len(lines) + 2))

    report = ingest(read_inputs([str(run)]), store, default_pipeline())

    recorded = {
        p.problem.where() for p in store.problems(limit=None) if p.problem.source.startswith(str(run))
    }
    assert expected <= recorded
    assert report.saved.articles + report.saved.known == 1  # the one good record still goes in
