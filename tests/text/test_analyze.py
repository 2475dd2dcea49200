import pickle
from dataclasses import replace

from rasd.text.analyze import analyze_text


def test_stems_column_is_the_stem_of_each_token_clitics_shed():
    text = analyze_text('قصفت الطائرات مواقع للمسلحين في "جبل الزاوية".')
    assert text.stems == tuple(stem for _, stem, _ in text.analyses)
    assert text.stems[3] == "مسلحين"  # للمسلحين without its preposition and article
    assert len(text.stems) == len(text)


def test_a_text_without_words_has_empty_columns():
    for raw in ("", "  \n "):
        text = analyze_text(raw)
        assert (text.norms, text.analyses, text.stems, text.sentences) == ((), (), (), ())


def test_sentences_are_split_once_and_only_when_first_read():
    calls = []

    def counting(text):
        calls.append(text)
        return split(text)

    text = analyze_text("قتل جنديان في هجوم. وأصيب ثلاثة آخرون.")
    split = text.splitter
    text = replace(text, splitter=counting)
    assert calls == []
    assert [s.kind for s in text.sentences] == ["body", "body"]
    assert text.sentences is text.sentences
    assert len(calls) == 1


def test_a_split_text_equals_an_unsplit_analysis_of_the_same_words():
    raw = "قتل جنديان في هجوم، وأصيب ثلاثة آخرون."
    split_text, unsplit = analyze_text(raw), analyze_text(raw)
    assert split_text.sentences[0].clauses == ((0, 4), (5, 9))
    assert split_text == unsplit
    assert hash(split_text) == hash(unsplit)


def test_a_body_that_repeats_its_headline_has_its_dateline_on_the_next_line():
    title = "انفجار سيارة مفخخة في بغداد"
    body = f"{title}\nبغداد (وكالات) - قتل ثلاثة أشخاص في انفجار سيارة مفخخة."
    kinds = [s.kind for s in analyze_text(body, "text", title).sentences]
    assert kinds == ["body", "dateline", "body"]


def test_a_text_copied_with_another_headline_splits_its_sentences_anew():
    title = "انفجار عبوة ناسفة في الموصل"
    body = f"{title}\nالموصل (وكالات) - قتل جنديان في انفجار عبوة ناسفة."
    text = analyze_text(body, "text")
    assert [s.kind for s in text.sentences] == ["body", "body"]  # read once with no headline
    copied = replace(text, headline=title)
    assert [s.kind for s in copied.sentences] == ["body", "dateline", "body"]


def test_an_analyzed_text_pickles_with_and_without_its_sentences():
    text = analyze_text("قتل جنديان في هجوم. وأصيب ثلاثة آخرون.")
    assert pickle.loads(pickle.dumps(text)) == text
    sentences = text.sentences  # split before pickling: the copy carries them
    assert pickle.loads(pickle.dumps(text)).sentences == sentences
