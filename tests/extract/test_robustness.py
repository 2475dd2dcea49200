"""Property: extraction never fails on an article, whatever its text (a failure would cost the
article as an E401 problem)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.pipeline import default_pipeline
from rasd.types import Article

WORDS = st.sampled_from(
    [
        "قتل",
        "مقتل",
        "5",
        "ثلاثة",
        "غارة",
        "قصف",
        "انفجار",
        "هجوم",
        "داعش",
        "الجيش",
        "العراقي",
        "الحوثيين",
        "بغداد",
        "مدينة",
        "بلدة",
        "قرية",
        "ريف",
        "إدلب",
        "أمس",
        "اليوم",
        "الثلاثاء",
        "تشرين",
        "الثاني/نوفمبر",
        "2019",
        "بينهم",
        "وأصيب",
        "على",
        "في",
        "من،",
        ".",
        ":",
        "«",
        "»",
        "-",
        "(",
        ")",
        "تبنى",
        "لم",
        "سيطرت",
        "متظاهرين",
        "اعتقال",
        "طائرات",
        "روسية",
        "التحالف",
        "محافظة",
        "صعدة",
        "جراء",
        "أو",
        "عشرات",
        "القتلى",
        "والجرحى",
    ]
)
news_like = st.lists(WORDS, max_size=60).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_like, st.one_of(news_like, st.text(max_size=200)), st.one_of(st.none(), st.dates()))
def test_extraction_never_fails(title: str, text: str, published) -> None:
    article = Article("p", title, text or ".", published)
    document = default_pipeline().run(article)
    assert document.problems == ()
    for event in document.events:
        assert event.event_type and event.id
        for span in event.evidence_spans:
            raw = getattr(article, span.field)
            assert raw[span.start : span.end] == span.text
