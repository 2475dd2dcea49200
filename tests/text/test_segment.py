from __future__ import annotations

from rasd.text import analyze_text


def sentences(raw: str, field: str = "text") -> list[tuple[str, str]]:
    return [(s.kind, s.span.text) for s in analyze_text(raw, field).sentences]


def test_splits_sentences_at_full_stops_and_question_marks() -> None:
    assert sentences("قصفت الطائرات البلدة. وقتل ثلاثة؟ ثم هدأ القصف") == [
        ("body", "قصفت الطائرات البلدة."),
        ("body", "وقتل ثلاثة؟"),
        ("body", "ثم هدأ القصف"),
    ]


def test_a_full_stop_glued_to_the_next_sentence_still_splits() -> None:
    assert [t for _, t in sentences("بلغ عدد الضحايا 40 قتيلاً.وقال المحافظ إن")] == [
        "بلغ عدد الضحايا 40 قتيلاً.",
        "وقال المحافظ إن",
    ]


def test_decimal_numbers_and_abbreviations_do_not_split() -> None:
    assert len(sentences("قال د. أحمد إن القذيفة سقطت على بعد 2.5 كلم من المدرسة.")) == 1


def test_dateline_is_its_own_segment() -> None:
    assert sentences("بيروت (رويترز) - قال مصدر أمني إن انفجاراً وقع.") == [
        ("dateline", "بيروت (رويترز)"),
        ("body", "قال مصدر أمني إن انفجاراً وقع."),
    ]


def test_a_dash_later_in_the_article_is_not_a_dateline() -> None:
    raw = "قال المصدر إن القصف استمر.\nالجيش - بحسب البيان - تقدم نحو البلدة."
    assert [k for k, _ in sentences(raw)] == ["body", "body"]


def test_headline_without_full_stop_ends_at_the_line() -> None:
    raw = "مقتل خمسة مدنيين بقصف على ريف إدلب"
    assert sentences(raw, "title") == [("headline", raw)]


def test_bullet_highlights_are_sentences() -> None:
    raw = "أبرز ما جاء في البيان\n• مقتل 3 جنود في هجوم\n• أسر مسلح"
    assert sentences(raw) == [
        ("body", "أبرز ما جاء في البيان"),
        ("bullet", "مقتل 3 جنود في هجوم"),
        ("bullet", "أسر مسلح"),
    ]


def test_quoted_statement_stays_with_its_speaker() -> None:
    raw = 'وقال المتحدث: "قتل خمسة مسلحين. ودمرت آليتان". وتابع القصف.'
    assert [t for _, t in sentences(raw)] == [
        'وقال المتحدث: "قتل خمسة مسلحين. ودمرت آليتان".',
        "وتابع القصف.",
    ]


def test_clauses_split_at_commas_and_semicolons() -> None:
    text = analyze_text("قصفت الطائرات البلدة، وقتل ثلاثة؛ وأصيب آخرون - بحسب مصدر")
    (sentence,) = text.sentences
    assert [text.span(*c).text for c in sentence.clauses] == [
        "قصفت الطائرات البلدة",
        "وقتل ثلاثة",
        "وأصيب آخرون",
        "بحسب مصدر",
    ]


def test_sentence_token_ranges_cover_their_tokens() -> None:
    text = analyze_text("قصفت الطائرات البلدة. وقتل ثلاثة.")
    first, second = text.sentences
    assert [t.span.text for t in text.tokens(first.first_token, first.end_token)] == [
        "قصفت",
        "الطائرات",
        "البلدة",
        ".",
    ]
    assert second.first_token == first.end_token


def test_dateline_with_an_agency_and_no_dash() -> None:
    assert sentences("دمشق (وكالات) قتل 14 شخصا في تفجير.") == [
        ("dateline", "دمشق (وكالات)"),
        ("body", "قتل 14 شخصا في تفجير."),
    ]


def test_dateline_with_an_agency_and_a_dash_glued_on() -> None:
    assert sentences("الموصل، العراق (أ ف ب)-- قتل جنديان في انفجار عبوة.")[0] == (
        "dateline",
        "الموصل، العراق (أ ف ب)",
    )


def test_a_dateline_that_ends_on_a_colon_keeps_its_city() -> None:
    assert sentences("رويترز - الموصل (العراق): قال مصدر أمني إن انفجاراً وقع.")[0] == (
        "dateline",
        "رويترز - الموصل (العراق)",
    )
    assert sentences("أحمد علي- سبق- نجران: سقطت قذيفة على قرية حدودية.")[0] == (
        "dateline",
        "أحمد علي- سبق- نجران",
    )


def test_a_headline_line_or_a_clock_time_with_a_colon_is_no_dateline() -> None:
    assert [k for k, _ in sentences("اليمن: 14 قتيلاً في هجوم صاروخي على محطة وقود.")] == ["body"]
    assert sentences("السبت 28 مارس 2015 - 17:32 قتل جنديان في انفجار.")[0] == (
        "dateline",
        "السبت 28 مارس 2015",
    )


def test_the_dateline_opens_the_line_after_the_headline_the_body_repeats() -> None:
    title = "انفجار عبوة ناسفة يقتل جنديين شمال العراق"
    raw = f"{title}\nالموصل (رويترز) - قتل جنديان في انفجار عبوة ناسفة.\nوقال مصدر (أمني) - إن التحقيق جار."
    kinds = [(s.kind, s.span.text) for s in analyze_text(raw, "text", title).sentences]
    assert kinds[:2] == [("body", title), ("dateline", "الموصل (رويترز)")]
    assert [k for k, _ in kinds[2:]] == ["body", "body"]  # only the line right after the headline


def test_a_parenthesis_later_in_a_sentence_is_not_a_dateline() -> None:
    raw = "قال المرصد السوري لحقوق الإنسان (مقره لندن) إن القصف استمر حتى المساء."
    assert [k for k, _ in sentences(raw)] == ["body"]


def test_only_a_dash_with_space_on_both_sides_separates_clauses() -> None:
    text = analyze_text("قصفت الطائرات مدينة دير-الزور - وقتل ثلاثة -")
    (sentence,) = text.sentences
    assert [text.span(*c).text for c in sentence.clauses] == ["قصفت الطائرات مدينة دير-الزور", "وقتل ثلاثة -"]


def test_a_run_of_enders_splits_only_before_space_or_an_arabic_letter() -> None:
    assert [t for _, t in sentences("هل قصفت البلدة؟!وقال المحافظ إن الموقع abc.def يعمل")] == [
        "هل قصفت البلدة؟!",
        "وقال المحافظ إن الموقع abc.def يعمل",
    ]


def test_a_line_cut_after_a_preposition_or_a_place_cue_continues_its_sentence() -> None:
    # a hard-wrapped copy breaks lines at a fixed width, inside a running sentence
    raw = (
        "قتل ثلاثة جنود في\nهجوم مسلح على نقطة تفتيش في ضاحية\nالمعادي جنوب القاهرة.\n"
        "وقال مصدر أمني إن المهاجمين فروا."
    )
    assert sentences(raw) == [
        ("body", "قتل ثلاثة جنود في\nهجوم مسلح على نقطة تفتيش في ضاحية\nالمعادي جنوب القاهرة."),
        ("body", "وقال مصدر أمني إن المهاجمين فروا."),
    ]


def test_a_line_cut_after_a_comma_continues_its_sentence() -> None:
    raw = "اندلعت اشتباكات عنيفة، استمرت ساعات،\nبين الجيش ومسلحين في البلدة."
    assert len(sentences(raw)) == 1


def test_a_headline_a_blank_line_or_a_bullet_still_ends_the_line() -> None:
    assert len(sentences("مقتل ثلاثة جنود في هجوم على القوات\nقتل ثلاثة جنود في هجوم.")) == 2
    assert len(sentences("قتل ثلاثة جنود في\n\nهجوم مسلح.")) == 2
    assert [k for k, _ in sentences("وجاء في البيان أن من\n• قتلى الهجوم ثلاثة")] == ["body", "bullet"]


def test_a_joined_line_keeps_its_offsets_into_the_raw_text() -> None:
    raw = "أعلن الجيش مقتل مسلحين في\nمدينة سرت."
    (sentence,) = analyze_text(raw, "text").sentences
    assert raw[sentence.span.start : sentence.span.end] == raw


def test_a_quoted_name_before_a_parenthesis_is_not_a_dateline() -> None:
    raw = "تبنى تنظيم «أنصار الشريعة» (فرع اليمن) في بيان اليوم الهجوم على الثكنة."
    assert [k for k, _ in sentences(raw)] == ["body"]
