from __future__ import annotations

import datetime as dt

import pytest

from rasd.dates import time_expressions, writing_day
from rasd.extract.mentions import TextMentions
from rasd.lexicon.lexicon import load_lexicon
from rasd.text import analyze_text

TUESDAY = dt.date(2018, 11, 20)


def resolve(raw: str, published: dt.date | None = TUESDAY) -> list[tuple[dt.date, int]]:
    text = analyze_text(raw)
    mentions = TextMentions.of(text, load_lexicon())
    return [(t.date, t.precision) for t in time_expressions(mentions, 0, len(text), published)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("قصفت الطائرات البلدة اليوم", dt.date(2018, 11, 20)),
        ("قصفت الطائرات البلدة أمس", dt.date(2018, 11, 19)),
        ("قصفت الطائرات البلدة فجر أمس", dt.date(2018, 11, 19)),
        ("قصفت الطائرات البلدة أول أمس", dt.date(2018, 11, 18)),
        ("قصفت الطائرات البلدة مساء أمس الأول", dt.date(2018, 11, 18)),
        ("قصفت الطائرات البلدة ظهر أمس الاول", dt.date(2018, 11, 18)),
        ("استنكر الأهالي التفجير الذي وقع يوم أمس الأول", dt.date(2018, 11, 18)),
        ("قصفت الطائرات البلدة يوم أول من أمس", dt.date(2018, 11, 18)),
        ("قصفت الطائرات البلدة يوم الأحد", dt.date(2018, 11, 18)),
        ("قصفت الطائرات البلدة الثلاثاء", dt.date(2018, 11, 20)),
        ("قصفت الطائرات البلدة الثلاثاء الماضي", dt.date(2018, 11, 13)),
        ("قصفت الطائرات البلدة قبل يومين", dt.date(2018, 11, 18)),
        ("اندلعت الاشتباكات قبل أربعة أيام", dt.date(2018, 11, 16)),
        ("اقتحمت القوات القرية الثلاثاء الفائت", dt.date(2018, 11, 13)),
    ],
)
def test_relative_days_resolve_against_publication(raw: str, expected: dt.date) -> None:
    assert resolve(raw) == [(expected, 1)]


def test_last_week_has_week_precision() -> None:
    assert resolve("وقع الانفجار الأسبوع الماضي") == [(dt.date(2018, 11, 13), 2)]


@pytest.mark.parametrize("raw", ["في 18 تشرين الثاني/نوفمبر 2018", "في 18 نوفمبر", "يوم 18 تشرين الثاني"])
def test_absolute_dates_in_gregorian_and_levantine_months(raw: str) -> None:
    assert resolve(raw) == [(dt.date(2018, 11, 18), 1)]


def test_a_second_month_name_in_parentheses_keeps_the_year_that_follows_it() -> None:
    assert resolve("يوم 21 يوليو (تموز) 1905") == [(dt.date(1905, 7, 21), 1)]
    assert resolve("في 18 نوفمبر (تشرين الثاني)") == [(dt.date(2018, 11, 18), 1)]


def test_a_date_after_publication_without_year_is_last_year() -> None:
    assert resolve("في 28 ديسمبر", dt.date(2019, 1, 3)) == [(dt.date(2018, 12, 28), 1)]


def test_hijri_dates_convert() -> None:
    assert resolve("في 5 رمضان 1439 هـ") == [(dt.date(2018, 5, 20), 1)]


def test_month_without_day_has_month_precision() -> None:
    assert resolve("خلال شهر أكتوبر 2018") == [(dt.date(2018, 10, 1), 3)]


@pytest.mark.parametrize("raw", ["قصفت الطائرات مديرية يريم في محافظة اب", "سقطت قذائف على مدينة إب"])
def test_a_month_spelt_like_a_province_in_its_name_is_the_province(raw: str) -> None:
    assert resolve(raw) == []
    assert resolve("وقعت المعارك في آب الماضي") == [(dt.date(2018, 8, 1), 3)]


@pytest.mark.parametrize(
    "raw",
    ["تتواصل المواجهات بين الطرفين في منطقة يريم في إب", "قتل رجل في شجار مع اب وابنه", "قال اب القتيل"],
)
def test_a_name_spelt_like_a_month_with_nothing_of_a_date_is_no_date(raw: str) -> None:
    assert resolve(raw) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("في 6 آب", dt.date(2018, 8, 6)),
        ("خلال آب 2017", dt.date(2017, 8, 1)),
        ("في آب الماضي", dt.date(2018, 8, 1)),
        ("في آب/أغسطس", dt.date(2018, 8, 1)),
        ("هاجم مسلحون حاجزا للشرطة في شهر آب", dt.date(2018, 8, 1)),
        ("سيطر التنظيم على البلدة في آب من العام الجاري", dt.date(2018, 8, 1)),
        ("قتل ثلاثة جنود في هجوم على البلدة مطلع آب الجاري", dt.date(2018, 8, 1)),
    ],
)
def test_the_month_spelt_like_a_name_dates_with_more(raw: str, expected: dt.date) -> None:
    assert [date for date, _ in resolve(raw)][:1] == [expected]


def test_relative_words_need_a_publication_date() -> None:
    assert resolve("قصفت الطائرات البلدة أمس", None) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("وفي الثالث من نوفمبر الجاري انفجرت عبوة", dt.date(2018, 11, 3)),
        ("يوم الخامس عشر من شهر تشرين الثاني", dt.date(2018, 11, 15)),
        ("في العاشر من الشهر الجاري", dt.date(2018, 11, 10)),
        ("في الحادي والعشرين من الشهر الماضي", dt.date(2018, 10, 21)),
    ],
)
def test_a_day_of_the_month_written_as_an_ordinal(raw: str, expected: dt.date) -> None:
    assert resolve(raw) == [(expected, 1)]


def test_an_ordinal_week_of_a_month_is_no_day() -> None:
    assert resolve("في الأسبوع الأول من نوفمبر") == [(dt.date(2018, 11, 1), 3)]


@pytest.mark.parametrize(
    "raw",
    [
        "الثلاثاء 20 نوفمبر 2018 03:38 م  انفجرت عبوة ناسفة مساء الأحد",
        "09:15 - 20/11/2018 الثلاثاء  انفجرت عبوة ناسفة مساء الأحد",
        "بغداد / الثلاثاء 20 . 11 . 2018 — انفجرت عبوة ناسفة مساء الأحد",
    ],
)
def test_a_dateline_dates_the_page_not_what_it_reports(raw: str) -> None:
    assert resolve(raw) == [(dt.date(2018, 11, 18), 1)]


def test_a_weekday_with_yawm_before_a_date_in_figures_is_the_sentence_s() -> None:
    assert resolve("أعلنت الشرطة يوم الأحد 18/11/2018 مقتل شخصين") == [(dt.date(2018, 11, 18), 1)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("عثر الأهالي على جثة الصحفي المخطوف قبل 15 يوما في ضواحي المدينة", dt.date(2018, 11, 5)),
        ("اختطف مسلحون موظفين في الإغاثة قبل عشرة أيام", dt.date(2018, 11, 10)),
    ],
)
def test_days_counted_back_in_figures_or_words_count_from_publication(raw: str, expected: dt.date) -> None:
    assert resolve(raw) == [(expected, 1)]


@pytest.mark.parametrize(
    "raw",
    [
        "قبل يومين من الانتخابات، ألقت الشرطة القبض على عشرات المعارضين",
        "أغلقت السلطات المعبر قبل 3 أيام من زيارة الوفد",
    ],
)
def test_days_counted_back_from_something_named_are_no_day(raw: str) -> None:
    assert resolve(raw) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أفرج الخاطفون عن الرهينة التي خطفت قبل 31 يوما في الصحراء", [(dt.date(2018, 10, 20), 1)]),
        ("أفرج الخاطفون عن الرهينة التي خطفت قبل 1000 يوم في الصحراء", []),
    ],
)
def test_days_counted_back_beyond_a_month_are_no_day(raw: str, expected: list) -> None:
    assert resolve(raw) == expected


def test_the_night_before_last_is_two_days_before_publication() -> None:
    raw = "انفجرت سيارة مفخخة قرب مسجد في حي الجراف الليلة قبل الماضية"
    assert resolve(raw) == [(dt.date(2018, 11, 18), 1)]


@pytest.mark.parametrize("raw", ["هاجم مسلحون القرية ليل السبت الأحد", "هاجم مسلحون القرية ليلة السبت-الأحد"])
def test_a_night_across_two_days_is_dated_by_the_second(raw: str) -> None:
    assert resolve(raw) == [(dt.date(2018, 11, 18), 1)]


@pytest.mark.parametrize(
    "raw", ["تشيع جنازة الضحايا غدا", "تشيع جنازة الضحايا غدا الأربعاء", "يبدأ الإضراب الخميس المقبل"]
)
def test_a_day_to_come_dates_no_report(raw: str) -> None:
    assert resolve(raw) == []


def test_a_line_that_opens_with_the_publication_day_and_its_year_is_a_dateline() -> None:
    raw = "الثلاثاء، 20 تشرين الثاني/نوفمبر 2018، آخر تحديث\nانفجرت عبوة ناسفة مساء الأحد"
    assert resolve(raw) == [(dt.date(2018, 11, 18), 1)]


def test_a_sentence_that_states_the_publication_day_with_its_year_keeps_it() -> None:
    assert resolve("قالت مصادر أمنية، الثلاثاء 20 نوفمبر 2018، إن عبوة ناسفة انفجرت") == [
        (dt.date(2018, 11, 20), 1)
    ]


def test_a_day_of_the_month_in_figures_before_min() -> None:
    assert resolve("انفجرت عبوة في السوق في 12 من الشهر الجاري") == [(dt.date(2018, 11, 12), 1)]
    assert resolve("قتل 5 من الجنود الشهر الماضي") == [(dt.date(2018, 10, 1), 3)]


def test_a_weekday_before_a_date_is_that_date_s_day() -> None:
    assert resolve("انفجرت عبوة في السوق السبت، 3 نوفمبر 2018") == [(dt.date(2018, 11, 3), 1)]


@pytest.mark.parametrize(
    "raw",
    [
        "قتل جنديان في هجوم شنه مسلحون على حاجز للجيش خلال الليل",
        "اندلعت اشتباكات ليلية بين قوات الأمن ومسلحين في وسط المدينة",
        "هاجم مسلحون مركزا للشرطة ليلاً في أطراف البلدة",
    ],
)
def test_a_night_without_its_day_is_the_eve_of_publication(raw: str) -> None:
    assert resolve(raw) == [(dt.date(2018, 11, 19), 1)]


@pytest.mark.parametrize(
    "raw",
    [
        "قتل 12 مدنيا على الأقل، خلال الساعات الماضية، في غارات على أحياء المدينة",
        "شنت الطائرات في الساعات الأخيرة غارات على مواقع المسلحين",
    ],
)
def test_the_past_hours_of_a_report_are_the_eve_of_publication(raw: str) -> None:
    assert resolve(raw) == [(dt.date(2018, 11, 19), 1)]


def test_a_named_day_dates_a_night_rather_than_publication() -> None:
    assert resolve("هاجم مسلحون مركزا للشرطة مساء الأحد واستمر القتال ليلا") == [(dt.date(2018, 11, 18), 1)]


def written_on(*raws: str, published: dt.date | None = TUESDAY) -> dt.date | None:
    return writing_day([TextMentions.of(analyze_text(raw), load_lexicon()) for raw in raws], published)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ذكر الجيش أمس الجمعة أن 50 شخصا قتلوا", dt.date(2018, 11, 17)),
        ("قال مسؤولون اليوم (الأحد) إن 14 جنديا قتلوا", dt.date(2018, 11, 18)),
        ("قال مصدر أمني، أمس، الاثنين، إن مسلحين هاجموا الحاجز", dt.date(2018, 11, 20)),
        ("قال مصدر أمني أمس إن مسلحين هاجموا الحاجز الجمعة", TUESDAY),  # no day word with its weekday
    ],
)
def test_a_day_word_with_its_weekday_names_the_day_the_text_is_written(raw: str, expected: dt.date) -> None:
    assert written_on(raw) == expected


@pytest.mark.parametrize(
    "raws",
    [
        ("ذكر الجيش أمس الجمعة أن مسلحين هاجموا الحاجز", "وقال مسؤول اليوم الأحد إن القتال توقف"),
        ("قال مسؤول اليوم الأربعاء إن مسلحين هاجموا الحاجز",),  # six days back or the day after
    ],
)
def test_the_publication_day_stands_when_the_text_s_days_disagree_or_lie_too_far(
    raws: tuple[str, ...],
) -> None:
    assert written_on(*raws) == TUESDAY


def test_no_publication_date_no_writing_day() -> None:
    assert written_on("ذكر الجيش أمس الجمعة أن 50 شخصا قتلوا", published=None) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أطلق مجهولون النار على دورية بتاريخ 12 / 3 / 1440هـ", dt.date(2018, 11, 20)),
        ("ورد بلاغ للشرطة عند الثامنة من مساء الأحد ١٠-٣-١٤٤٠ عن سطو مسلح", dt.date(2018, 11, 18)),
        ("انفجرت عبوة ناسفة قرب السوق في 2018-11-17", dt.date(2018, 11, 17)),
        ("أطلق مسلحون النار على نقطة أمنية بتاريخ 9.3.1440هـ", dt.date(2018, 11, 17)),
        ("انفجرت سيارة مفخخة قرب السوق في ١٧٫١١٫٢٠١٨", dt.date(2018, 11, 17)),
        ("انفجرت سيارة مفخخة قرب السوق يوم 2018.11.17", dt.date(2018, 11, 17)),
    ],
)
def test_a_date_in_figures_in_a_sentence_is_read_in_the_calendar_its_year_names(
    raw: str, expected: dt.date
) -> None:
    assert resolve(raw) == [(expected, 1)]


def test_a_dotted_date_in_a_dateline_dates_no_report() -> None:
    assert resolve("السبت 17.11.2018\n\nقصفت الطائرات البلدة أمس.") == [(dt.date(2018, 11, 19), 1)]


@pytest.mark.parametrize("stamp", ["2018.11.20 | 21:42 دمشق", "2018/11/20 - 09:15"])
def test_a_line_that_opens_with_a_date_in_figures_is_a_dateline(stamp: str) -> None:
    assert resolve(f"{stamp}\nقصفت الطائرات البلدة أمس.") == [(dt.date(2018, 11, 19), 1)]


def test_a_chronology_s_lines_keep_the_days_they_open_with() -> None:
    chronology = "وقائع الأسبوع:\n12/11/2018 قتل مسلحون ثلاثة جنود.\n15/11/2018 انفجرت عبوة ناسفة."
    assert resolve(chronology) == [(dt.date(2018, 11, 12), 1), (dt.date(2018, 11, 15), 1)]


def test_a_date_in_figures_inside_a_line_stays_the_sentence_s() -> None:
    assert resolve("اعتقلت الشرطة المتهم بتاريخ 18/11/2018 في الرياض") == [(dt.date(2018, 11, 18), 1)]


@pytest.mark.parametrize("stamp", ["نُشر في 22 أكتوبر 2025", "آخر تحديث: 22 أكتوبر 2025"])
def test_a_page_s_publication_stamp_dates_no_report(stamp: str) -> None:
    published = dt.date(2025, 10, 22)
    assert resolve(f"اختطاف مبشر في نيامي\n\n{stamp}\n\nأعلنت الوزارة اختطاف مبشر.", published) == []
    assert resolve("وقال إن التقرير نشر في 22 أكتوبر 2025.", published) == [(published, 1)]


@pytest.mark.parametrize(
    "raw",
    [
        "تدور اشتباكات عنيفة في الحي منذ صباح يوم الأحد",
        "وشهدت المدينة منذ السبت تصعيدا من المحتجين",
        "وقتل خمسة في قتال مستمر منذ أمس",
        "ارتفع عدد من قتلوا منذ يوم الثلاثاء الـ 13 من تشرين الثاني إلى 40",
    ],
)
def test_a_day_after_since_is_the_start_of_what_goes_on_and_dates_nothing(raw: str) -> None:
    assert resolve(raw) == []


def test_a_start_after_since_ends_with_its_sentence() -> None:
    # the next sentence's weekday and date are its own act's, not the start's
    raw = "تتواصل الاشتباكات في المدينة منذ الخميس. الجمعة 16 تشرين الثاني قتل خمسة جنود في هجوم"
    assert dt.date(2018, 11, 16) in {day for day, _ in resolve(raw)}


def test_a_day_after_since_dates_the_act_that_began_a_state() -> None:
    assert resolve("تبحث الشرطة عن الناشط المختطف منذ السبت") == [(dt.date(2018, 11, 17), 1)]


def test_a_day_after_since_leaves_the_acts_own_day() -> None:
    raw = "تدور اشتباكات منذ صباح الأحد بعد أن قصفت الطائرات البلدة أمس"
    assert resolve(raw) == [(dt.date(2018, 11, 19), 1)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("وقعت المواجهات بتاريخ 8 و9 تشرين الثاني", dt.date(2018, 11, 8)),
        ("اندلعت الاشتباكات في 15 أو 16 نوفمبر", dt.date(2018, 11, 15)),
    ],
)
def test_two_days_of_a_month_date_by_the_first(raw: str, expected: dt.date) -> None:
    assert resolve(raw) == [(expected, 1)]
