"""Toponym recognition against an external gold standard: the LOC entities of ANERcorp.

Reads ``../shared/data/anercorp/ANERCorp.txt`` when present (never committed, never required):
one ``token TAG`` pair a line, B-/I-LOC marking places. Sentences are cut at full stops; each is
analysed by rasd and the places it finds (place phrases, provinces, gazetteer names after a
locative, countries) are compared with the gold entities, exactly and by overlap.

    python bench/toponyms_anercorp.py [--limit 40000]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from rasd.extract.mentions import TextMentions
from rasd.extract.places import place_mentions
from rasd.geocode.gazetteer import default_gazetteer
from rasd.lexicon.lexicon import load_lexicon
from rasd.text import analyze_text

ROOT = Path(__file__).resolve().parent.parent
ANERCORP = ROOT.parent / "shared" / "data" / "anercorp" / "ANERCorp.txt"
SENTENCE_END = {".", "!", "?", "؟"}

Entity = tuple[int, int]  # token range [first, end) within a sentence


def read_sentences(path: Path, limit: int) -> list[tuple[list[str], set[Entity]]]:
    sentences, tokens, entities, start = [], [], set(), None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if number >= limit:
            break
        fields = line.split()
        if len(fields) != 2:
            continue  # about 190 malformed lines in the corpus
        token, tag = fields
        if start is not None and tag != "I-LOC":
            entities.add((start, len(tokens)))
            start = None
        if tag == "B-LOC":
            start = len(tokens)
        tokens.append(token)
        if token in SENTENCE_END:
            if start is not None:
                entities.add((start, len(tokens)))
                start = None
            sentences.append((tokens, entities))
            tokens, entities = [], set()
    return sentences


def found_places(tokens: list[str]) -> set[Entity]:
    raw = " ".join(tokens)
    starts, position = [], 0
    for token in tokens:
        starts.append(position)
        position += len(token) + 1
    text = analyze_text(raw)
    mentions = TextMentions.of(text, load_lexicon())
    spans = [p.span for p in place_mentions(mentions, 0, len(text), default_gazetteer())]
    spans += [m.span for m in mentions.by_kind["country"]]
    found = set()
    for span in spans:
        covered = [i for i, s in enumerate(starts) if s < span.end and s + len(tokens[i]) > span.start]
        if covered:
            found.add((covered[0], covered[-1] + 1))
    return found


def overlaps(a: Entity, others: set[Entity]) -> bool:
    return any(a[0] < b[1] and b[0] < a[1] for b in others)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=160_000, help="lines of the corpus to read")
    args = parser.parse_args()
    if not ANERCORP.exists():
        sys.exit(f"{ANERCORP} is not here; this benchmark needs the shared data folder")
    sentences = read_sentences(ANERCORP, args.limit)
    gold_total = found_total = exact = found_overlapping = gold_overlapped = 0
    for tokens, gold in sentences:
        found = found_places(tokens)
        gold_total += len(gold)
        found_total += len(found)
        exact += len(found & gold)
        found_overlapping += sum(overlaps(f, gold) for f in found)
        gold_overlapped += sum(overlaps(g, found) for g in gold)

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.3f}" if b else "-"

    table = Table(title=f"Toponyms vs ANERcorp LOC: {len(sentences):,} sentences, {gold_total:,} gold places")
    for column in ("match", "precision", "recall", "F1"):
        table.add_column(column, justify="right")
    for name, p_num, r_num in (("exact span", exact, exact), ("overlap", found_overlapping, gold_overlapped)):
        precision, recall = p_num / found_total if found_total else 0, r_num / gold_total if gold_total else 0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
        table.add_row(name, ratio(p_num, found_total), ratio(r_num, gold_total), f"{f1:.3f}")
    Console().print(table)
    Console().print(f"rasd found {found_total:,} places")


if __name__ == "__main__":
    main()
