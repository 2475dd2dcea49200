"""Any sentence decider fills the same slot: a veto keeps a frame from opening an event, not from
adding details to one, and every veto is kept on the document with its reasons."""

from __future__ import annotations

from rasd.extract.mentions import TextMentions
from rasd.extract.stage import extract_with
from rasd.ingest.records import article_from_record
from rasd.text.analyze import text_stage
from rasd.types import Decision, Document, Sentence

STRIKE_THEN_TOLL = (
    "شنت طائرات حربية غارات على بلدة سراقب في ريف إدلب فجر اليوم. "
    "وقال مصدر طبي إن الغارات أسفرت عن مقتل 5 مدنيين بينهم طفلان."
)


class Uncalibrated:
    def confidence(self, features: dict[str, float]) -> float:
        return features["raw"]

    def withholds(self, confidence: float) -> bool:
        return False


class OnlyTheLead(Uncalibrated):
    """A test decider: the first sentence of the body is news, the rest is not."""

    def decide(self, mentions: TextMentions, sentence: Sentence) -> Decision:
        lead = sentence == mentions.text.sentences[0]
        return Decision(lead, 1.0 if lead else 0.0, () if lead else ("not the lead",), "lead_only")


class OnlyEverything(Uncalibrated):
    """A test decider: every sentence is news."""

    def decide(self, mentions: TextMentions, sentence: Sentence) -> Decision:
        return Decision(True, 1.0, (), "everything")


class Nothing(Uncalibrated):
    def decide(self, mentions: TextMentions, sentence: Sentence) -> Decision:
        return Decision(False, 0.0, ("nothing is news",), "nothing")


def _document(text: str = STRIKE_THEN_TOLL, title: str = "") -> Document:
    record = {"id": "t", "title": title, "text": text, "published": "2019-03-12"}
    article, _ = article_from_record(record, "test")
    return text_stage(Document(article))


def test_a_vetoed_sentence_still_gives_its_toll_to_the_event_the_lead_opened() -> None:
    document = _document()
    [rules_only] = extract_with(document, None).events
    result = extract_with(document, OnlyTheLead())
    [event] = result.events
    assert (
        (event.sub_event_type, event.fatalities)
        == ("Air/drone strike", 5)
        == (
            rules_only.sub_event_type,
            rules_only.fatalities,
        )
    )
    [rejection] = result.rejected
    assert rejection.decision == Decision(False, 0.0, ("not the lead",), "lead_only")
    assert STRIKE_THEN_TOLL[rejection.sentence.start : rejection.sentence.end] == rejection.sentence.text


def test_a_decider_that_vetoes_every_sentence_leaves_no_event() -> None:
    result = extract_with(_document(), Nothing())
    assert result.events == ()
    assert {r.decision.decider for r in result.rejected} == {"nothing"} and len(result.rejected) == 2


def test_the_decider_score_feeds_the_confidence() -> None:
    document = _document()
    [rules_only] = extract_with(document, None).events
    [judged] = extract_with(document, OnlyTheLead()).events
    assert rules_only.confidence is not None and judged.confidence is not None
    assert judged.confidence == round((rules_only.confidence + 1.0) / 2, 2)


class WithholdsEverything(OnlyTheLead):
    def withholds(self, confidence: float) -> bool:
        return True


STRIKE_WITHOUT_TOLL = "شنت طائرات حربية غارات على بلدة سراقب في ريف إدلب فجر اليوم."


def test_a_withheld_event_is_kept_as_a_rejection_of_the_sentence_that_told_it() -> None:
    result = extract_with(_document(STRIKE_WITHOUT_TOLL), WithholdsEverything())
    assert result.events == ()
    withheld = [r for r in result.rejected if r.decision.decider == "event_confidence"]
    [rejection] = withheld
    assert rejection.decision.reasons[:2] == ("event.low_confidence", "Air/drone strike")
    assert not rejection.decision.accept
    assert STRIKE_WITHOUT_TOLL[rejection.sentence.start : rejection.sentence.end] == rejection.sentence.text


def test_an_event_that_states_its_toll_and_day_is_never_withheld() -> None:
    [event] = extract_with(_document(), WithholdsEverything()).events
    assert event.fatalities == 5


def test_withholding_can_be_turned_off_for_a_coder_who_reviews_everything() -> None:
    result = extract_with(_document(STRIKE_WITHOUT_TOLL), WithholdsEverything(), withhold=False)
    assert len(result.events) == 1


# A column that asks its reader a question and recalls an attack without a day of its own.
COLUMN = (
    "كم مرة يجب أن ندفع الثمن قبل أن نفهم؟ "
    "لقد قتل تنظيم داعش 40 مدنيا في هجوم على بلدة الشدادي في ريف الحسكة. "
    "والإرهاب لا دين له ولا وطن."
)
# An interview whose guest tells of a strike on a day he names.
INTERVIEW = (
    "ما الذي رأيته في المدينة؟ شنت طائرات حربية غارات على بلدة سراقب في ريف إدلب فجر اليوم وقتلت 5 مدنيين."
)


def test_an_article_that_asks_questions_gives_no_event_without_a_day_of_its_own() -> None:
    result = extract_with(_document(COLUMN), OnlyEverything())
    assert result.events == ()
    assert [r.decision.reasons[0] for r in result.rejected] == ["event.commentary_undated"]
    # The same recollection told without the question is a report.
    assert len(extract_with(_document(COLUMN.split("؟ ")[1]), OnlyEverything()).events) == 1


def test_an_article_that_asks_questions_keeps_an_event_whose_sentence_states_its_day() -> None:
    [event] = extract_with(_document(INTERVIEW), OnlyEverything()).events
    assert event.fatalities == 5


def test_the_commentary_rule_is_off_for_a_coder_who_reviews_everything() -> None:
    assert len(extract_with(_document(COLUMN), OnlyEverything(), withhold=False).events) == 1


# A press review: what the papers printed, told under a title that opens on them.
PRESS_REVIEW_TITLE = "صحف أميركية: هجمات بوكو حرام تتصاعد"
PRESS_REVIEW = "نشرت صحيفة واشنطن بوست أن مسلحين قتلوا 10 أشخاص في هجوم على سوق في مدينة مايدوغوري أمس."
# A feature: a resident and observers tell in the present of a massacre they date to no day.
FEATURE = (
    "يقول أحد سكان المدينة إن الحياة توقفت منذ بدء الحرب. "
    "ويضيف أن تنظيم داعش قتل 40 مدنيا في هجوم على بلدة الشدادي في ريف الحسكة. "
    "ويرى مراقبون أن الأزمة ستطول."
)


def test_a_press_review_gives_no_event() -> None:
    result = extract_with(_document(PRESS_REVIEW, PRESS_REVIEW_TITLE), OnlyEverything())
    assert result.events == ()
    assert [r.decision.reasons[:2] for r in result.rejected] == [("event.not_news", "genre:press_review")]
    # The same sentence under a report's title is a report.
    assert len(extract_with(_document(PRESS_REVIEW, "مقتل 10 في هجوم على سوق"), OnlyEverything()).events) == 1


def test_a_feature_gives_only_the_events_whose_sentences_state_their_day() -> None:
    result = extract_with(_document(FEATURE), OnlyEverything())
    assert result.events == ()
    assert [r.decision.reasons[:2] for r in result.rejected] == [
        ("event.commentary_undated", "genre:feature_voice")
    ]
    dated = FEATURE.replace("ريف الحسكة.", "ريف الحسكة أمس.")
    assert len(extract_with(_document(dated), OnlyEverything()).events) == 1


# A claim that names the bombing it claims, and no place nor toll of it.
CLAIM_WITHOUT_PLACE = "وتبنت الجماعة في بيان على تويتر التفجير الانتحاري الذي استهدف مقهى شعبيا."
# An attack no place locates, with its dead.
ATTACK_WITHOUT_PLACE = "قتل خمسة جنود في هجوم شنه مسلحون على حاجز للجيش فجر اليوم."


def test_an_event_with_neither_place_nor_toll_is_withheld() -> None:
    result = extract_with(_document(CLAIM_WITHOUT_PLACE), OnlyEverything())
    assert result.events == ()
    assert [r.decision.reasons[0] for r in result.rejected] == ["event.unplaced"]
    assert len(extract_with(_document(CLAIM_WITHOUT_PLACE), OnlyEverything(), withhold=False).events) == 1


def test_an_event_without_a_place_that_counts_its_dead_is_given() -> None:
    [event] = extract_with(_document(ATTACK_WITHOUT_PLACE), OnlyEverything()).events
    assert (event.latitude, event.fatalities) == (None, 5)


SECOND_BLAST = (
    "انفجرت عبوة ناسفة صباح اليوم قرب سوق مدينة الحلة وأصيب ثلاثة أشخاص. "
    "ووقع انفجار ثان بعد ساعتين من الانفجار الأول في مدينة كربلاء."
)


def test_a_trigger_told_as_one_more_of_its_kind_opens_its_event_whatever_the_decider_says() -> None:
    result = extract_with(_document(SECOND_BLAST), OnlyTheLead())
    assert [e.location_ar for e in result.events] == ["الحلة", "كربلاء"]
    second = result.events[1]
    assert "occurrence:ordinal" in second.rules


def test_a_definite_noun_counts_one_more_with_a_definite_ordinal() -> None:
    told = SECOND_BLAST.replace("ووقع انفجار ثان", "ووقع الانفجار الثاني")
    result = extract_with(_document(told), OnlyTheLead())
    assert [e.location_ar for e in result.events] == ["الحلة", "كربلاء"]


def test_an_ordinal_that_counts_days_counts_no_occurrence() -> None:
    days = SECOND_BLAST.replace("ووقع انفجار ثان بعد ساعتين من الانفجار الأول", "وتجدد القصف ثاني أيام العيد")
    result = extract_with(_document(days), OnlyTheLead())
    assert [e.location_ar for e in result.events] == ["الحلة"]


DAY_OF_ITS_OWN = (
    "قصفت طائرات حربية بلدة سراقب في ريف إدلب فجر اليوم. "
    "والأحد، سقطت قذائف على مدينة معرة النعمان وأصيب ثلاثة مدنيين."
)


def test_a_sentence_that_opens_on_a_recent_day_of_its_own_opens_its_event_whatever_the_decider_says() -> None:
    result = extract_with(_document(DAY_OF_ITS_OWN), OnlyTheLead())
    assert [(e.location_ar, str(e.date)) for e in result.events] == [
        ("سراقب", "2019-03-12"),
        ("معرة النعمان", "2019-03-10"),
    ]
    assert "occurrence:opening_day" in result.events[1].rules


CLAUSE_DAY = (
    "قصفت طائرات حربية بلدة سراقب في ريف إدلب فجر اليوم. "
    "وعاد الهدوء إلى مدينة معرة النعمان بعد الاشتباكات العنيفة التي وقعت يوم الأحد الماضي بين فصيلين مسلحين."
)


def test_an_act_its_own_clause_dates_to_a_recent_weekday_opens_its_event_whatever_the_decider_says() -> None:
    _, *told = extract_with(_document(CLAUSE_DAY), OnlyTheLead()).events
    assert [(e.location_ar, str(e.date), "occurrence:clause_day" in e.rules) for e in told] == [
        ("معرة النعمان", "2019-03-10", True)
    ]


def test_an_act_whose_clause_states_no_weekday_leaves_the_decider_its_veto() -> None:
    undated = CLAUSE_DAY.replace("التي وقعت يوم الأحد الماضي", "التي وقعت")
    assert [e.location_ar for e in extract_with(_document(undated), OnlyTheLead()).events] == ["سراقب"]


def test_a_day_told_after_the_opening_or_not_by_its_weekday_leaves_the_decider_its_veto() -> None:
    opening, told_later = "والأحد، سقطت قذائف على مدينة", "وسقطت قذائف على مدينة الأحد"
    later = DAY_OF_ITS_OWN.replace(opening, told_later)
    dated = DAY_OF_ITS_OWN.replace("والأحد،", "وفي العاشر من مارس،")
    today = DAY_OF_ITS_OWN.replace("والأحد،", "واليوم")
    for text in (later, dated, today):
        assert [e.location_ar for e in extract_with(_document(text), OnlyTheLead()).events] == ["سراقب"]
