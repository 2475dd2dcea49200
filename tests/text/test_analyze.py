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
