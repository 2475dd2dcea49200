from __future__ import annotations

import itertools

from rasd.lexicon.lexicon import load_lexicon
from rasd.lexicon.matcher import PhraseIndex, PhraseMatcher, name_marks, phrase_key
from rasd.text import analyze_text


def matched(index: PhraseIndex, raw: str) -> list[tuple[str, str]]:
    return [(m.span.text, m.entry_id) for m in index.match(analyze_text(raw))]


def test_matches_through_clitics_and_spelling_variants() -> None:
    index = PhraseIndex("actor").add_all([("الجيش العراقي", "iq", "Military Forces of Iraq")])
    raw = "وقال للجيشِ العراقيّ إن والجيش العراقي"
    assert matched(index, raw) == [("للجيشِ العراقيّ", "iq"), ("والجيش العراقي", "iq")]


def test_longest_entry_wins() -> None:
    index = PhraseIndex("trigger").add_all([("قصف", "shelling", ""), ("قصف جوي", "air", "")])
    assert matched(index, "تعرضت البلدة لقصف جوي عنيف") == [("لقصف جوي", "air")]


def test_entries_sharing_a_first_word_each_match_on_their_own_second_word() -> None:
    entries = [("قوات", "forces", ""), ("قوات الأمن", "security", ""), ("قوات الدعم السريع", "rsf", "")]
    index = PhraseIndex("actor").add_all(entries)
    raw = "انتشرت قوات الأمن وقوات الدعم السريع ثم قوات"  # the last word ends the text
    assert matched(index, raw) == [
        ("قوات الأمن", "security"),
        ("وقوات الدعم السريع", "rsf"),
        ("قوات", "forces"),
    ]


def test_article_sensitive_entries_need_the_article() -> None:
    index = PhraseIndex("time", article_sensitive=True).add_all([("اليوم", "today", "")])
    assert matched(index, "قصف اليوم") == [("اليوم", "today")]
    assert matched(index, "بعد يوم من القصف") == []


def test_spans_point_into_the_raw_text() -> None:
    raw = "أعلن تنظيمُ «داعش» مسؤوليته"
    index = PhraseIndex("actor").add_all([("داعش", "is", "Islamic State")])
    (mention,) = index.match(analyze_text(raw))
    assert raw[mention.span.start : mention.span.end] == mention.span.text == "داعش"


def test_a_name_s_adjective_takes_no_preposition_but_a_construct_s_genitive_may() -> None:
    index = PhraseIndex("actor", inner_preposition_exact=True).add_all(
        [("الجيش السوري", "sy", ""), ("قوات التحالف", "coalition", "")]
    )
    assert matched(index, "عقب توقيف الجيش للسوري أحمد") == []
    assert matched(index, "قصفه الجيش السوري") == [("الجيش السوري", "sy")]
    assert matched(index, "قاعدة توجد فيها قوات للتحالف") == [("قوات للتحالف", "coalition")]


def test_suffix_sensitive_entries_need_their_pronoun() -> None:
    index = PhraseIndex("victims", suffix_sensitive=True).add_all([("بينهم", "among", "")])
    assert matched(index, "قتل عشرة بينهم طفلان") == [("بينهم", "among")]
    assert matched(index, "اشتباكات بين الطرفين") == []


def test_a_name_takes_no_pronoun_but_a_common_noun_may() -> None:
    entries = [("حماس", "hamas", "Hamas"), ("السكان", "civilians", "Civilians ({country})")]
    index = PhraseIndex("actor", names=frozenset({"hamas"})).add_all(entries)
    assert matched(index, "وعرف المهاجم بحماسه للقتال") == []
    assert matched(index, "قتلوا عشرة من سكانها وحماس تنفي") == [("سكانها", "civilians"), ("وحماس", "hamas")]


def test_a_dash_inside_a_phrase_is_kept_as_the_text_keeps_it() -> None:
    assert phrase_key("إف-16").stems == ("اف", "-", "16")
    assert phrase_key("صواريخ (غراد)").stems == ("صواريخ", "غراد")  # other punctuation goes


def test_kinds_matching_the_same_words_each_get_their_mention() -> None:
    cues = PhraseIndex("causes").add_all([("بسبب", "cause", "")])
    links = PhraseIndex("links").add_all([("بسبب", "link", ""), ("بسبب القصف", "link2", "")])
    found = PhraseMatcher((cues, links)).match(analyze_text("نزحوا بسبب القصف"))
    assert [(m.span.text, m.entry_id) for m in found["causes"]] == [("بسبب", "cause")]
    assert [(m.span.text, m.entry_id) for m in found["links"]] == [("بسبب القصف", "link2")]


def test_a_mention_s_span_is_of_its_own_field() -> None:
    index = PhraseIndex("actor").add_all([("الجيش", "army", "")])
    (in_title,) = index.match(analyze_text("الجيش يتقدم", "title"))
    (in_text,) = index.match(analyze_text("الجيش يتقدم"))
    assert (in_title.span.field, in_text.span.field) == ("title", "text")
    assert in_title != in_text  # same tokens, other text
    assert in_text == index.match(analyze_text("الجيش يتقدم"))[0] and in_text.span.text == "الجيش"


def test_a_phrase_is_read_across_quotation_marks_and_brackets() -> None:
    index = PhraseIndex("actor").add_all([("جماعة الحوثي", "ye", ""), ("قوات الدعم السريع", "rsf", "")])
    assert matched(index, 'هاجمت جماعة "الحوثي" السفينة') == [('جماعة "الحوثي"', "ye")]
    assert matched(index, "قصفت ميليشيا (الحوثي) وجماعة «الحوثي» المدينة") == [("وجماعة «الحوثي»", "ye")]
    assert matched(index, "انسحبت قوات “الدعم السريع” من البلدة") == [("قوات “الدعم السريع”", "rsf")]
    assert matched(index, "انسحبت قوات ‘الدعم’ السريع من البلدة") == [("قوات ‘الدعم’ السريع", "rsf")]
    assert matched(index, 'انسحبت "قوات الدعم السريع" من البلدة') == [("قوات الدعم السريع", "rsf")]


def test_a_span_read_across_marks_points_into_the_raw_text() -> None:
    raw = "أعلن تنظيمُ “الدولة الإسلامية” عن سيطرته"
    index = PhraseIndex("actor").add_all([("تنظيم الدولة الإسلامية", "is", "")])
    (mention,) = index.match(analyze_text(raw))
    assert raw[mention.span.start : mention.span.end] == mention.span.text == "تنظيمُ “الدولة الإسلامية”"


def test_only_a_text_with_a_word_that_begins_an_entry_may_match() -> None:
    matcher = PhraseMatcher((PhraseIndex("trigger").add_all([("قصف جوي", "air", "")]),))
    assert not matcher.may_match(analyze_text("وصل الوفد إلى المدينة"))
    begins = analyze_text("تعرضت البلدة لقصف مدفعي")  # a first word without the rest: no match
    assert matcher.may_match(begins) and matcher.match(begins)["trigger"] == []
    assert matcher.may_match(analyze_text('تعرضت البلدة لـ"قصف جوي"'))


def test_marks_at_the_edges_and_side_by_side_leave_every_word_in_its_place() -> None:
    index = PhraseIndex("actor").add_all([("جماعة الحوثي", "ye", ""), ("الجيش", "army", "")])
    raw = '«"جماعة" (الحوثي)» قصفت مواقع «الجيش» قرب الحدود «»'
    assert matched(index, raw) == [('جماعة" (الحوثي', "ye"), ("الجيش", "army")]
    text = analyze_text(raw)
    matcher = PhraseMatcher((index,))
    analyses, stems, tokens = matcher._words(text)
    words = [i for i, stem in enumerate(text.stems) if stem not in name_marks()]
    assert tokens == words
    assert stems == [text.stems[i] for i in words] and analyses == [text.analyses[i] for i in words]


def test_an_entry_an_index_never_refuses_agrees_with_any_word() -> None:
    """The matcher asks ``agrees`` only of entries ``checks`` says may be refused; in every index of
    the shipped lexicon the others agree with any form of their words (article, preposition and
    pronoun suffix included), so skipping the question changes no match."""
    forms = [analyze_text(w).analyses[0] for w in ("الجيش", "جيش", "للجيش", "جيشهم", "والجيش", "بجيشه")]
    lexicon = load_lexicon()
    for index in lexicon.indexes.values():
        for stems, entries in index.entries():
            for key, entry_id, _ in entries:
                if index.checks(key, entry_id):
                    continue
                for position, form in itertools.product(range(len(stems)), forms):
                    analyses = [forms[1]] * len(stems)
                    analyses[position] = form
                    assert index.agrees(key, entry_id, analyses, 0), (index.kind, entry_id)
