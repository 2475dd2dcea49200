from __future__ import annotations

from rasd.highlight import deciding_words
from rasd.ingest.records import article_from_record
from rasd.pipeline import default_pipeline


def test_a_day_counted_from_a_quoted_statement_highlights_its_time_word() -> None:
    # "الليلة الماضية" is counted from the police's Thursday statement (a sub-rule of the day offset):
    # it still decided the date, so the reviewer sees it marked.
    text = (
        "أعلنت الشرطة العراقية أمس الخميس مقتل ستة أشخاص في هجمات متفرقة في محافظة ديالى."
        " وقال مسؤول في الشرطة إن مسلحين فتحوا النار على سيارة مدنية الليلة الماضية في بعقوبة"
        " فقتلوا أربعة من ركابها."
    )
    article, _ = article_from_record({"id": "t", "text": text, "published": "2016-03-11"}, "test")
    (attack,) = [e for e in default_pipeline().run(article).events if e.fatalities == 4]
    dated_by = [h.span.text for h in deciding_words(attack, article) if h.decides == "date"]
    assert dated_by == ["الليلة الماضية"]
