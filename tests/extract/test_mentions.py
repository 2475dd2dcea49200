from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("text", "entry_id", "span"),
    [
        ("أطلق مستوطنون النار على راع قرب قرية في الضفة", "clash.atlq_nar", "أطلق مستوطنون النار"),
        ("أطلق جنود إسرائيليون النار على سيارة عند الحاجز", "clash.atlq_nar", "أطلق جنود إسرائيليون النار"),
        ("أطلق عناصر الشرطة الرصاص على سيارة لم تتوقف", "clash.atlq_rsas", "أطلق عناصر الشرطة الرصاص"),
        ("أطلق المسلحون القذائف على الحي", "shelling.atlq_qdhayf", "أطلق المسلحون القذائف"),
        (
            "وفتحت قوات الشرطة النار على المتظاهرين قرب الجسر",
            "excessive.ftht_nar_la_mtzahryn",
            "وفتحت قوات الشرطة النار على المتظاهرين",
        ),
        (
            "فتح عناصر الأمن النار على المحتجين أمام المبنى",
            "excessive.fth_nar_la_mhtjyn",
            "فتح عناصر الأمن النار على المحتجين",
        ),
    ],
)
def test_a_firing_verb_is_read_across_its_subject_told_before_its_object(text, entry_id, span) -> None:
    [trigger] = _mentions(text).by_kind["trigger"]
    assert (trigger.entry_id, trigger.span.text) == (entry_id, span)


def test_a_firing_verb_in_a_speech_is_a_figure() -> None:
    assert not _mentions("فتح الحزب النار على الحكومة في خطاب ألقاه زعيمه في العاصمة").by_kind.get("trigger")
    [trigger] = _mentions("أطلق مستوطنون النار على مزارعين فلسطينيين في أرضهم").by_kind["trigger"]
    assert trigger.span.text == "أطلق مستوطنون النار"


@pytest.mark.parametrize(
    "text",
    ["أطلق الجيش سراح عشرة معتقلين في المدينة", "أطلقت الوزارة حملة للتطعيم في المدارس"],
)
def test_a_release_or_a_campaign_launched_by_an_actor_is_no_firing(text) -> None:
    assert not _mentions(text).by_kind.get("trigger", [])
