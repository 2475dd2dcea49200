from __future__ import annotations

from rasd.extract.mentions import TextMentions
from rasd.lexicon.lexicon import load_lexicon
from rasd.text import analyze_text


def _mentions(text: str) -> TextMentions:
    return TextMentions.of(analyze_text(text), load_lexicon())


def test_the_mention_ending_before_a_word_is_found_and_no_other() -> None:
    mentions = _mentions("سقطت قذيفة على بلدة كفرنبل مساء أمس")
    town = next(t for t in range(len(mentions.text)) if mentions.text.token(t).span.text == "كفرنبل")
    cue = mentions.ending_at("place_cue", town)
    assert cue is not None and cue.span.text == "بلدة" and cue.end_token == town
    assert mentions.ending_at("place_cue", town - 1) is None  # the cue word itself
    assert mentions.ending_at("place_cue", town + 1) is None
    assert mentions.ending_at("no_such_kind", town) is None


def test_a_weekday_that_a_place_cue_names_is_the_place_not_a_day() -> None:
    named = _mentions("أحرقت حشود غاضبة شابا في منطقة الأربعاء بولاية تيزي وزو")
    assert not named.by_kind.get("time")
    dated = _mentions("أحرقت حشود غاضبة شابا الأربعاء في ولاية تيزي وزو")
    assert [m.span.text for m in dated.by_kind["time"]] == ["الأربعاء"]
