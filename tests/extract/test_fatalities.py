from __future__ import annotations

import pytest

from rasd.extract.fatalities import fatalities_in
from rasd.extract.mentions import TextMentions
from rasd.lexicon.lexicon import load_lexicon
from rasd.text import analyze_text


def counts(raw: str) -> list[int | None]:
    text = analyze_text(raw)
    return [f.count for f in fatalities_in(TextMentions.of(text, load_lexicon()), 0, len(text))]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أسفر القصف عن مقتل 3 أشخاص", [3]),
        ("سقط ثلاثة قتلى في القصف", [3]),
        ("أدى الانفجار إلى سقوط 12 قتيلاً", [12]),
        ("لقي خمسة أشخاص حتفهم في الحادث", [5]),
        ("قتل ما لا يقل عن 11 مدنيا", [11]),
        ("أسفر الهجوم عن مقتل أكثر من 100 شخص", [100]),
        ("قتل خمسة وعشرون مسلحاً", [25]),
        ("قتل مئة وعشرون شخصاً", [120]),
        ("استقبل المستشفى عشرات القتلى", [10]),
        ("لقي أربعة أشخاص حتفهم مساء اليوم الإثنين إثر سقوط قذيفة على منزلهم", [4]),
        ("قتل أربعة عشر مدنيا في الغارة", [14]),
        ("أسفر الانفجار عن مقتل جنديين وإصابة ثلاثة آخرين", [2]),
        ("أوقعت الغارات أكثر من 60 قتيلا وعشرات الجرحى", [60]),
        # an act compared with those since a start: the period counts no dead
        ("قتل 30 شخصا في أعنف هجوم منذ أشهر", [30]),
        ("قتل 12 شخصا في الهجوم، وهو الأعنف منذ مايو", [12]),
        ("قتل 20 جنديا في الهجوم الأكثر دموية منذ عامين", [20]),
        # a day told before the figure dates its toll, whatever a start after منذ names
        ("قتل أمس خمسة جنود في المدينة التي يحاصرها المسلحون منذ 21 يوليو", [5]),
    ],
)
def test_counts_of_the_killed(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "قتل وأصيب عشرة أشخاص في الانفجار",
        "سقط 20 بين قتيل وجريح",
        "سقط عدد من القتلى في القصف",
        "وراح ضحية التفجير نحو 40 بين قتيل وجريح",  # the figure after the killed-word counts both
    ],
)
def test_lumped_or_vague_counts_give_no_figure(raw: str) -> None:
    assert counts(raw) in ([None], [])


def test_killed_and_wounded_counted_apart() -> None:
    assert counts("أسفر الهجوم عن مقتل 6 أشخاص وإصابة 17 آخرين") == [6]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ذكرت الشرطة أن 7 عمال على الأقل، لقوا حتفهم في الانفجار", [7]),
        ("قالت مصادر إن نحو 60 شخصا قتلوا وأصيب ما يزيد عن 200 آخرين", [60]),
        ("وكان 4 جنود قتلوا وأصيب آخرون في الكمين", [4]),  # the wounded are others
        ("قال مصدر طبي إن شرطيين اثنين قتلا في الهجوم", [2]),  # the dual verb
        ("ارتفع عدد الضحايا إلى خمسين قتيلا وإصابة المئات", [50]),  # the wounded counted vaguely
    ],
)
def test_counts_a_few_words_before_the_killed_word(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


def test_a_singular_noun_after_the_killed_word_is_one_dead() -> None:
    assert counts("وقتل شرطي وأصيب 4 آخرون في الحادث") == [1]


@pytest.mark.parametrize(
    "raw",
    [
        "وفي عام 2004 مقتل خمسة مهندسين في هجوم على مجمع",  # the year before the killed-word
        "إطلاق النار على دورية بتاريخ 19/6/1436 واستشهاد قائدها",  # a written date
        "كان يقوده نجل القذافي قبل مقتله في أحداث 2011، وكان",  # a year after it
        "أكد المرصد سقوط أكثر من 160 قذيفة على البلدتين",  # shells counted, not the dead
        "ارتفعت حصيلة الضحايا في اليوم الـ200 من الحرب",  # an ordinal day
        "قتل مدنيان جراء سقوط أكثر من 10 قذائف هاون على الحي",  # shells named in two words
    ],
)
def test_a_year_or_a_count_of_shells_is_no_toll(raw: str) -> None:
    assert all(count is None or count < 10 for count in counts(raw))


def test_a_toll_as_large_as_a_year_still_counts_when_it_counts_people() -> None:
    assert counts("أسفر الزلزال والقصف عن مقتل 1500 شخص") == [1500]


def test_two_persons_in_the_dual_are_two_dead() -> None:
    assert counts("وقتل مدنيان في غارة جوية استهدفت سوقا شعبيا") == [2]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("سقط قتيل و9 جرحى في الانفجار", [1]),  # the 9 are the wounded
        ("أسفر القصف عن مقتل 4 وإصابة 7 آخرين", [4]),  # joined by و, the wounded word follows the toll
    ],
)
def test_a_number_before_a_wounded_word_counts_the_wounded(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("وسقط شهيد برصاص الاحتلال في البلدة", [1]),
        ("أدى القصف إلى سقوط قتيلين في الحي", [2]),
        ("شارك الأهالي في تشييع جثمان الشهيد", []),  # the definite noun names a person
        ("سقط عدد من الجنود بين قتيل وجريح في القصف", []),  # dead and wounded, uncounted
    ],
)
def test_an_indefinite_killed_noun_alone_is_its_own_count(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("استهدفت طائرة مسيرة سيارته متسببة بمقتله على الفور", [1]),
        ("أعلن الجيش اغتيالهما في غارة على سيارة", [2]),
        ("وقع ضحيته عشرات المدنيين", [10]),  # the attack's victims: the pronoun counts no one, عشرات ten
    ],
)
def test_a_pronoun_on_a_killing_counts_the_dead(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أعلن المحافظ ارتفاع عدد قتلى القصف على السوق إلى 27، فضلا عن 40 مصابا", [27]),
        ("قالت الوزارة إن عدد القتلى بلغ 12", [12]),
        ("لم يعرف عدد القتلى بعد", [None]),
        ("ارتفعت حصيلة القتلى في بلدة الخالدية بمحافظة الأنبار على يد مسلحين مجهولين إلى 21 شخصا", [21]),
        ("ارتفع عدد القتلى في الهجوم على الحافلة المتجهة إلى المدينة إلى 9", [9]),
    ],
)
def test_the_number_of_the_dead_takes_the_figure_it_reaches(raw: str, expected: list[int | None]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "وبذلك يرتفع عدد القتلى في صفوف الجيش إلى 45 على الأقل منذ 3 مارس",
        "قتل 200 شخص في المحافظة خلال الأشهر الستة الماضية",
        # the day the start names dates the period, not a toll
        "وبذلك يرتفع إلى 300 عدد قتلى هجمات الجماعة في شمال البلاد منذ تولي الحاكم منصبه في 12 أبريل",
    ],
)
def test_a_figure_counted_over_a_period_is_no_toll(raw: str) -> None:
    assert counts(raw) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("وتطالب الحكومة بتعويضات عن قيام جنود بقتل ثمانية بحارة على متن سفينة في العام 2009", []),
        ("وقتلت القوات 40 متظاهرا في الساحة عام 2011", []),
        ("قتل 30 شخصا في هجوم أمس هو الأعنف منذ عام 2013", [30]),  # a year counted from compares
        ("قتل 5 جنود في هجوم يوم 3 مارس 2015", [5]),  # dated by the day
    ],
)
def test_a_toll_dated_by_a_year_alone_is_a_recap(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


def test_a_figure_counted_since_the_morning_is_the_toll() -> None:
    assert counts("قتل سبعة أشخاص منذ صباح اليوم في القصف على المدينة") == [7]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أعلنت الحركة اغتيال القيادي في جناحها العسكري بغارة", [1]),  # a title after the killed-word
        ("أعلنت الوزارة استشهاد يوسف خالد سالم (24 عاما) برصاص الجنود", [1]),  # an age after the name
        ("وقال مدير المستشفى إن الشاب رامي علي (19 عاما) استشهد بعيار ناري", [1]),  # an age before
        ("نعت العشيرة مقتل سالم حمدان، مختار القرية، في كمين ليلي", [1]),  # a title after a comma
        ("أعلن الجيش اغتيال القيادي في الحركة ومقتل 3 من مرافقيه", [3]),  # a count given wins
    ],
)
def test_a_killing_that_names_one_person_is_one_dead(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("قتل ثلاثة من رجال الشرطة وسائح ألماني في الهجوم على الفندق", [4]),  # a count and one more
        ("قتل جندي وطفل في قصف على القرية", [2]),  # one and one more
        ("أعلن الأمن استشهاد قائد الدورية ومرافقه برصاص مجهولين", [2]),  # a named one and one more
        ("قتل 5 ضباط برتب رائد ونقيب في الكمين", [5]),  # the ranks of the counted, not more dead
        ("أسفر القصف عن مقتل 6 أشخاص وإصابة طفل", [6]),  # one more wounded, not killed
    ],
)
def test_one_more_person_joined_to_the_dead_counts(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("ارتفع عدد القتلى في الهجوم على السوق إلى 19", "fatalities.toll_updated"),
        ("ارتفعت حصيلة التفجير الذي استهدف الحافلة إلى 12 قتيلا", "fatalities.toll_updated"),
        ("قتل جندي في الهجوم، ليرتفع عدد قتلى الجيش إلى 40", "fatalities.toll_reached"),  # a running total
    ],
)
def test_a_toll_that_rose_is_an_update(raw: str, rule: str) -> None:
    text = analyze_text(raw)
    figures = fatalities_in(TextMentions.of(text, load_lexicon()), 0, len(text))
    assert figures[-1].rule == rule


def test_a_figure_summed_over_many_places_is_no_toll() -> None:
    assert counts("وقالت الشبكة إن 35 شخصا لقوا مصرعهم جراء قصف الطائرات العديد من المدن السورية الأحد") == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("وتسببت المعارك المتواصلة بمقتل أكثر من 80 مقاتلا من الطرفين، بحسب حصيلة جديدة للمرصد", []),
        ("وأسفرت الاشتباكات المستمرة عن مقتل سبعين مقاتلا", []),
        ("قتل خمسة جنود أمس في الاشتباكات المتواصلة", [5]),  # a day's toll in the battles
        ("أسفرت الاشتباكات المستمرة منذ صباح أمس عن مقتل 12 جنديا", [12]),  # the day is named
    ],
)
def test_the_continuing_battles_count_since_they_began(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


def test_a_figure_of_thousands_is_not_its_digits() -> None:
    assert counts("الحرب السابقة التي راح ضحيتها نحو 50 ألف شخص") == [50_000]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("لقي أربعة من عناصر الشرطة بينهم ضابط حتفهم في الانفجار", [4]),
        ("لقي ثلاثة من أفراد الأمن مصرعهم مساء أمس", [3]),
        ("لقي خمسة أشخاص حتفهم في الحادث", [5]),
    ],
)
def test_the_count_after_the_fate_verb_is_its_dead(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أدى الهجوم إلى مصرع المواطن سالم العلي وآخر من أقاربه", [2]),
        ("قتل جندي وآخرون في الهجوم", [1]),  # the plural counts no one
        ("قتل اثنان على الأقل أحدهما شرطي والآخر من المعارضة", [2]),  # the other of the two
    ],
)
def test_one_more_told_as_another_is_counted(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("وأكد مصدر أن مواطنين من البلدة قتلا أثناء تصديهما للمسلحين", [2]),
        ("وأفاد مسعفون بأن 12 مدنيا توفوا في المستشفى", [12]),
        ("وتمكنت فرق الإنقاذ من انتشال 30 جثمانا من تحت الأنقاض", [30]),
        ("وترك المسلحون جثث قتلاهم في الشوارع", []),  # their dead: the noun, no count
    ],
)
def test_dual_verbs_and_plural_deaths_are_counted(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("قتل المسلحون ستة أطفال وثلاثة بالغين خلال هجوم على القرية", [9]),  # a count joined
        ("قتل 5 جنود و3 مدنيين في الهجوم", [8]),  # digits split from their و
        ("أسفرت الاشتباكات عن مقتل ضابط وجنديين وإصابة أربعة آخرين", [3]),  # two in the dual
        ("أسفر القصف عن مقتل 6 مدنيين و11 جريحا", [6]),  # the joined count is the wounded
        ("أسفر القصف عن مقتل 6 مدنيين و11 آخرين", [6]),  # others, told apart
        ("8 قتلى من عائلة واحدة بقصف على الحي", [8]),  # one: an adjective, not a count joined
        ("قتل 12 شخصا بينهم طفلان وامرأة في القصف", [12]),  # after بينهم: some of the twelve
    ],
)
def test_dead_joined_to_the_counted_add_to_the_toll(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أصيب خمسة أشخاص وقتل ثلاثة في الانفجار", [3]),
        ("أسفر القصف عن إصابة العشرات ومقتل 4 أشخاص", [4]),
    ],
)
def test_a_count_before_a_joined_killed_word_is_the_wounded(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أسفر القصف عن مقتل العشرات من عناصر التنظيم", [10]),
        ("وقال التنظيم إنه قتل «عشرات الجنود» في المدينة", [10]),  # quoted
        ("قتل مئات الآلاف من السكان في الحرب", [100_000]),  # not the thousand-word's 1000
        ("أعلن الدفاع المدني سقوط عشرات الشهداء والجرحى في القصف", [None]),  # the noun lumps them
        ("أدى القصف إلى سقوط مئات القذائف على البلدة", []),  # shells
    ],
)
def test_a_vague_count_after_the_killed_word_counts(raw: str, expected: list[int | None]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أعلنت المقاومة مقتل «17» حوثياً في المواجهات", [17]),
        ("نجحت الأجهزة الأمنية في قتل (7) مطلوبين خلال مواجهات مسلحة", [7]),
        ("وأوقع القصف (12) قتيلا في البلدة", [12]),
        ("أسفر الهجوم عن مقتل (4) وإصابة (9) آخرين", [4]),
        ("أكد المرصد سقوط (160) قذيفة على البلدة", []),  # shells
    ],
)
def test_a_figure_in_brackets_or_quotes_counts(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أفاد شهود بمقتل 3 برصاص الجيش في المدينة", [3]),
        ("قتل 5 بقذيفة سقطت على السوق", [5]),
    ],
)
def test_a_weapon_after_a_preposition_is_the_means_of_the_counted_dead(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("وفي يوم الجمعة 17 يوليو قتل خمسة جنود في هجوم على الحاجز", [5]),  # the day before the verb
        ("قتل في 12 مارس الماضي أربعة أشخاص في انفجار عبوة", [4]),  # the day between verb and count
        ("لقي في 3 من الشهر الجاري ستة أشخاص مصرعهم", [6]),
        ("قتل صباح يوم 12 مارس الماضي أربعة أشخاص", [4]),  # the date is no part of the gap
        ("الساعة 10 قتل ثلاثة مدنيين في القصف", [3]),  # an hour
        ("وخلال 24 ساعة قتل 12 شخصا في المدينة", [12]),  # a span of time
    ],
)
def test_a_day_of_the_month_or_an_hour_is_no_toll(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


def test_a_count_of_strikes_before_the_killed_word_is_no_toll() -> None:
    assert counts("شنت الطائرات 12 غارة أسفرت عن مقتل 4 مدنيين") == [4]


@pytest.mark.parametrize(
    "raw",
    [
        "وقالت المصادر إن 10 متظاهرين قتلوا في المسيرة",
        "وقالت المصادر إن 10 رهائن قتلوا في الهجوم على الفندق",  # hostages: an abduction's word
        "وقال المرصد إن 10 مختطفين قتلوا على يد الخاطفين",
    ],
)
def test_a_count_of_people_an_act_word_names_is_still_read(raw: str) -> None:
    assert counts(raw) == [10]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("قتل ما بين 10 و15 شخصا في الغارات", [10]),
        ("سقط ما بين 20 و30 قتيلا في القصف", [20]),
        ("أسفر القصف عن مقتل 5 جنود و3 مدنيين", [8]),  # no range: the joined dead are more dead
        ("قتل 3 أطفال تتراوح أعمارهم بين 5 و10 سنوات", [3]),  # a range of their ages
    ],
)
def test_a_range_takes_its_lower_end(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("وذكرت وكالة الأنباء أن شرطيا قتل في انفجار عبوة بالقرب من الحاجز", [1]),
        ("وأفاد مصدر عسكري بأن جنديين قتلا وأصيب أربعة آخرون في الكمين", [2]),
        ("أكدت مصادر طبية أن مدنيا استشهد في القصف", [1]),
        ("قال مسؤول عسكري إن جنديين نيجيريين قتلا في الهجوم على الثكنة", [2]),
        # without the complementizer the noun may head a relative clause: its killer, not the killed
        ("اعتقلت الشرطة شخصا قتل في الحادث", []),
    ],
)
def test_a_person_a_speaker_puts_before_the_killed_word_counts_the_dead(
    raw: str, expected: list[int | None]
) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("قالت مصادر طبية إن 7 أشخاص بينهم 4 أطفال لقوا حتفهم في القصف", [7]),
        ("أعلنت السلطات أن 12 شخصا من بينهم 3 نساء قتلوا في الهجوم", [12]),
    ],
)
def test_a_part_named_after_among_leaves_the_whole_its_toll(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أسفر انفجار السيارة المفخخة في المدينة أمس عن إصابة 40 شخصا بينهم 6 لقوا حتفهم لاحقا", [6]),
        ("وأصيب في التفجير 22 شخصا بينهم 5 لقوا حتفهم في المستشفى", [5]),
    ],
)
def test_a_whole_counted_as_wounded_leaves_the_part_its_toll(raw: str, expected: list[int]) -> None:
    assert counts(raw) == expected


def test_a_baby_killed_counts_one() -> None:
    assert counts("أدى الحريق الذي أضرمه المستوطنون إلى استشهاد رضيع وإصابة والديه") == [1]


def test_an_accusative_person_joined_to_a_count_is_more_of_the_counted() -> None:
    assert counts("أسفر الهجوم عن استشهاد 15 مجندا وضابطا") == [15]
