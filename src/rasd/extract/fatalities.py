"""Counts of the killed: "مقتل 3"، "ثلاثة قتلى"، "سقوط 12 قتيلاً"، "لقي خمسة أشخاص حتفهم"، "عشرات القتلى".

Following ACLED: a count that lumps killed with wounded ("قتل وأصيب عشرة"، "20 بين قتيل وجريح") and
"a number of dead" give no figure; "more than 100" is 100; "tens of dead" is 10.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TypeGuard

from rasd.extract.mentions import TextMentions
from rasd.extract.modality import counts_over_a_period, names_a_day
from rasd.extract.numbers import Number, looks_like_year, number_at, number_ending_at
from rasd.lexicon.resources import load_yaml
from rasd.text.tokenize import bears_preposition, clitic_roles, is_definite
from rasd.types import Mention, Span

DATE_SEPARATORS = frozenset("/-.")
CLAUSE_MARKS = frozenset({",", ".", ";", "؛"})  # what closes a clause for the readings of its figure
ERA_MARKERS = frozenset({"hijri_marker", "gregorian_marker"})  # kinds of time words: هـ، م
#: Nouns that count the dead by their number: "قتل مواطن" is one, "قتل مدنيان" two.
PERSON_COUNTS = (("singular_persons", 1), ("dual_persons", 2))
#: The same before the killed-word, where "أن" makes the noun its subject: "أن جنديا قتل" is one.
SUBJECT_COUNTS = (("accusative_persons", 1), *PERSON_COUNTS)
#: Killed-words that count by their own number: "سقط شهيد" is one dead, "سقوط قتيلين" two.
DEAD_NOUN_COUNTS = (("one_dead", 1), ("two_dead", 2))
REACH_GAP = 16  # words between "عدد القتلى" and the "إلى" of its figure
CAUSE_REACH = 3  # words from the continuing battles to the killed-word ("المعارك المتواصلة عن مقتل")
TALLY_REACH = 8  # words after a figure that can count it over a period ("على الأقل منذ 20 يوليو")
#: Words after a figure within which "منذ" can open the start its clause counts from ("600 عدد قتلى
#: هجمات الجماعة في البلاد منذ تولي الرئيس السلطة في 29 مايو").
SINCE_REACH = 14
COMPARE_REACH = 3  # words from a comparing word to its "منذ" ("الهجوم الأكثر دموية منذ")
MAX_GAP = 4  # words allowed between a killed-word and its number ("مقتل ما لا يقل عن 18")
WOUNDED_REACH = 3  # words from a wounded-word to the whole it counts ("وأصيب في الهجوم 30 شخصا")
NAME_REACH = 6  # words of a name between a killed-word and the age or title that marks one person
NAMED_ONE_RULE = "fatalities.named_one"
TOLL_UPDATED_RULE = "fatalities.toll_updated"
#: Words that make the figure before them a date or a span of time: "17 يوليو"، "24 ساعة"، "3 أيام".
TIME_UNIT_KINDS = ("month", "hour_units", "day_units", "long_durations", "age_words")
PERSON_KINDS = ("person_titles", "singular_persons")  # nouns that name one person: "قائد"، "شاب"
#: Words from "لقي" to its "حتفهم", in which the dead are told ("لقي ثلاثة من أفراد الشرطة منهم شرطي
#: إماراتي حتفهم").
FATE_REACH = 10


PRONOUN_RULE = "fatalities.pronoun"  # a killed-word counted by its pronoun ("وقتله": one dead)


@dataclass(frozen=True, slots=True)
class Fatalities:
    count: int | None
    span: Span
    rule: str
    first_token: int  # the first token of the figure and its killed-word
    end_token: int  # the token after the figure and its killed-word


def fatalities_in(mentions: TextMentions, first: int, end: int) -> list[Fatalities]:
    found: list[Fatalities] = []
    seen_numbers: set[int] = set()
    spread = _summed_over_places(mentions, first, end)  # of the range, not of each figure
    recap = _dated_by_a_year_alone(mentions, first, end)
    for killed in mentions.within("killed", first, end):
        figure = _figure_for(mentions, killed, first, end)
        if figure is None:
            continue
        number, rule = figure
        if number is not None and _a_part_of_the_toll(mentions, number, first):
            continue
        if _is_figure(number, killed) and (
            _counts_no_dead(mentions, number)
            or _counts_over_a_period(mentions, number, end)
            or spread
            or recap
            or _counted_over_the_battle(mentions, killed, first)
        ):
            continue
        if number is not None and number.first_token in seen_numbers:
            continue
        if number is not None:
            seen_numbers.add(number.first_token)
        lumped = _lumped(mentions, killed, number, end)
        span_first = min(killed.first_token, number.first_token if number else killed.first_token)
        span_end = max(killed.end_token, number.end_token if number else killed.end_token)
        more = 0 if number is None else _more_dead(mentions, number, span_end, end)
        count = None if lumped or number is None else number.value + more
        if count is not None and _rose_to(mentions, number, first):
            rule = TOLL_UPDATED_RULE
        found.append(
            Fatalities(
                count,
                mentions.text.span(span_first, span_end),
                "fatalities.lumped" if lumped else rule,
                span_first,
                span_end,
            )
        )
    if any(f.count is not None and f.rule != NAMED_ONE_RULE for f in found):
        return [f for f in found if f.rule != NAMED_ONE_RULE]  # a count given beats one named person
    return found


def _figure_for(
    mentions: TextMentions,
    killed: Mention,
    first: int,
    end: int,
) -> tuple[Number | None, str] | None:
    # "أصيب خمسة أشخاص وقتل ثلاثة"، "إصابة العشرات ومقتل 4": a count before a killed-word joined by و
    # ends the clause before it.
    opens = _conjoined(mentions, killed.first_token)
    before = None if opens else _number_before(mentions, killed.first_token, first)
    if before is not None:
        return _whole_of_the_part(mentions, before, first), "fatalities.number_before"
    fated = _number_after_fate_verb(mentions, killed, first)
    if fated is not None:
        return fated, "fatalities.fate_verb"
    if mentions.ending_at("toll_nouns", killed.first_token) is not None:
        reached = _toll_reached(mentions, killed.end_token, end)
        if reached is not None:
            return reached, "fatalities.toll_reached"  # "ارتفعت حصيلة القتلى في المدينة إلى 32"
    vague = None if opens else mentions.ending_at("vague", killed.first_token)
    if vague is not None:
        value = mentions.lexicon.vague_counts[vague.entry_id]
        if value is None and (reached := _toll_reached(mentions, killed.end_token, end)) is not None:
            return reached, "fatalities.toll_reached"
        return (Number(value, vague.first_token, vague.end_token) if value else None), "fatalities.vague"
    for kind, count in PERSON_COUNTS:
        persons = mentions.at(kind, killed.end_token)
        if persons is not None and killed.end_token < end:
            return Number(count, persons.first_token, persons.end_token), f"fatalities.{kind}"  # "قتل مدنيان"
    vague_after = _vague_count_after(mentions, killed.end_token, end)
    if vague_after is not None:
        return vague_after, "fatalities.vague"  # before the digits: "مئات الآلاف" is not 1000
    after = _number_after(mentions, killed.end_token, end)
    if after is not None:
        return after, "fatalities.number_after"
    subject = _person_subject_before(mentions, killed, first)
    if subject is not None:
        return subject
    return _counted_by_the_noun(mentions, killed) or _named_one(mentions, killed, first, end)


def _person_subject_before(mentions: TextMentions, killed: Mention, first: int) -> tuple[Number, str] | None:
    """A person noun that a speaker's "أن" puts right before the killed-word, or before its
    nationality, is who was killed, and counts by its number: "ذكرت مصادر أن جنديا قتل" is one dead,
    "أفاد الجيش بأن جنديين ماليين قتلا" two. Without the complementizer the noun may be a relative
    clause's head ("اعتقلت شخصا قتل زوجته")."""
    nationality = mentions.ending_at("nationality", killed.first_token)
    person = (nationality.first_token if nationality else killed.first_token) - 1
    if person - 1 < first or mentions.at("complementizers", person - 1) is None:
        return None
    for kind, count in SUBJECT_COUNTS:
        if mentions.at(kind, person) is not None and not is_definite(mentions.text.analyses[person]):
            return Number(count, person, person + 1), f"fatalities.{kind}_before"
    return None


def _whole_of_the_part(mentions: TextMentions, number: Number, first: int) -> Number:
    """The count a part is told of, where "بينهم" stands between them and the killed-word: "9 أشخاص
    بينهم 5 مدنيين لقوا حتفهم" is nine dead. With no count before "بينهم" the part is kept (and is
    then no toll of its own), and so it is where the whole counts the wounded."""
    among = mentions.ending_at("victims", number.first_token)
    if among is None or _counts_wounded_before(mentions, among, first):
        return number
    return _number_before(mentions, among.first_token, first) or number


def _a_part_of_the_toll(mentions: TextMentions, number: Number, first: int) -> bool:
    """A figure after "بينهم" is a part of the toll ("بينهم 4 جنود"), not the toll; but of a whole that
    counts the wounded it is the toll: "أسفر الانفجار عن إصابة 25 شخصا بينهم 3 لقوا حتفهم" is three."""
    among = mentions.ending_at("victims", number.first_token)
    return among is not None and not _counts_wounded_before(mentions, among, first)


def _counts_wounded_before(mentions: TextMentions, among: Mention, first: int) -> bool:
    """The count before "بينهم" is one a wounded-word governs: "إصابة 25 شخصا"، "وأصيب في الهجوم 30
    شخصا"."""
    whole = _number_before(mentions, among.first_token, first)
    return whole is not None and bool(
        mentions.within("wounded", max(first, whole.first_token - WOUNDED_REACH), whole.first_token)
    )


def _vague_count_after(mentions: TextMentions, token: int, end: int) -> Number | None:
    """A vague count right after the killed-word, quoted or not, at the value ACLED gives it: "مقتل
    العشرات من عناصر التنظيم" is ten, "وقتل «عشرات المرتدين»" ten; "مقتل عدد من" gives no figure.
    A killed-noun after it is read with its own count ("سقوط عشرات الشهداء والجرحى": lumped)."""
    if token < end and mentions.text.norms[token] in enclosing_marks():
        token += 1
    vague = mentions.starting_at("vague", token) if token < end else None
    if vague is None or mentions.starting_at("killed", vague.end_token) is not None:
        return None
    value = mentions.lexicon.vague_counts[vague.entry_id]
    return Number(value, vague.first_token, vague.end_token) if value else None


def _more_dead(mentions: TextMentions, number: Number, token: int, end: int) -> int:
    """The dead joined to the figure, none where the figure opens a range ("ما بين 10 و15")."""
    return 0 if _opens_a_range(mentions, number) else _joined_count(mentions, token, end)


def _joined_count(mentions: TextMentions, token: int, end: int) -> int:
    """More dead joined by و to the counted: one person ("قتل أربعة من قوات الأمن وسائحة كندية" is
    five, "قتل جندي وطفل" two, "استشهاد قائدها ومرافقه" two, "مصرع المواطن فلان وآخر" two), two in
    the dual ("مقتل ضابط وجنديين": three) or a count of their own ("قتلوا ستة أطفال وثلاثة بالغين":
    nine, "قتل 5 جنود و3 مدنيين" eight). Only the first joined word is read, and not one listing
    with a person noun beyond the figure what the counted were ("قتل 4 ضباط برتب عميد وعقيد": four),
    nor one after "بينهم", which names some of the counted ("12 شخصا بينهم طفلان وامرأة": twelve)."""
    for i in range(token, min(end, token + NAME_REACH)):
        if not mentions.text.norms[i][0].isalnum() or mentions.starting_at("victims", i) is not None:
            return 0
        if _conjoined(mentions, i):
            if i - 1 > token and _title_at(mentions, i - 1, end, PERSON_KINDS):
                return 0
            if _title_at(mentions, i, end, ("dual_persons",)):
                return 2
            if _title_at(mentions, i, end, PERSON_KINDS) or _one_other(mentions, i):
                return 1
            return _joined_figure(mentions, i, end)
        if mentions.text.norms[i] in clitic_roles().conjunctions:  # "و3 مدنيين": digits split off
            return _joined_figure(mentions, i + 1, end)
        if number_at(mentions, i) is not None:
            return 0  # "أعمارهم بين 5 و10 سنوات": what follows joins that figure, not the counted
    return 0


def _joined_figure(mentions: TextMentions, token: int, end: int) -> int:
    """A count joined to the counted dead that counts more dead, not the wounded, others or shells
    ("مقتل 6 مدنيين و11 جريحا"، "و37 آخرين"). One is a noun's adjective ("8 قتلى من عائلة واحدة",
    read as و and احدة), never a count joined: one more is named by its noun."""
    number = number_at(mentions, token)
    if number is None or number.value < 2 or number.end_token >= end or _counts_no_dead(mentions, number):
        return 0
    counted = number.end_token
    if any(mentions.at(kind, counted) is not None for kind in ("wounded", "others")):
        return 0
    return number.value


def _one_other(mentions: TextMentions, token: int) -> bool:
    """ "وآخر": one more; "والآخر" is the other of those counted ("قتل اثنان أحدهما شرطي والآخر…")."""
    return mentions.at("one_other", token) is not None and not is_definite(mentions.text.analyses[token])


def _number_after_fate_verb(mentions: TextMentions, killed: Mention, first: int) -> Number | None:
    """The count right after "لقي" whose "حتفهم" closes a longer phrase of the dead: "لقي ثلاثة من
    أفراد الشرطة منهم شرطي إماراتي حتفهم" is three."""
    for i in range(killed.first_token - 1, max(first, killed.first_token - FATE_REACH) - 1, -1):
        if not mentions.text.norms[i][0].isalnum():
            return None
        verb = mentions.ending_at("fate_verbs", i + 1)
        if verb is not None:
            return number_at(mentions, verb.end_token)
    return None


def _named_one(mentions: TextMentions, killed: Mention, first: int, end: int) -> tuple[Number, str] | None:
    """A killed-word that names one person counts one dead where the sentence gives no count: a
    title after it ("اغتيال القيادي في الحركة"), an age in brackets after the name or before the
    killed-word ("استشهاد فلان الفلاني (37 عاما)"، "الشاب فلان (29 عاما) استشهد") or a title after
    the name and a comma ("اغتيال فلان، قائد اللواء")."""
    if (
        _title_at(mentions, killed.end_token, end, ("person_titles",))
        or _marked_after(mentions, killed, end)
        or _aged_before(mentions, killed, first)
    ):
        return Number(1, killed.first_token, killed.end_token), NAMED_ONE_RULE
    return None


def _aged_before(mentions: TextMentions, killed: Mention, first: int) -> bool:
    """An age in brackets closes just before the killed-word: "الشاب فلان (29 عاما) استشهد"."""
    before = killed.first_token - 1
    return (
        before > first
        and mentions.text.norms[before] == ")"
        and any(_age_at(mentions, i) for i in range(max(first, before - 4), before))
    )


def _marked_after(mentions: TextMentions, killed: Mention, end: int) -> bool:
    """The name after the killed-word ends in an age in brackets or a comma and a title."""
    for i in range(killed.end_token, min(end, killed.end_token + NAME_REACH + 1)):
        if not mentions.text.norms[i][0].isalnum():
            return _age_at(mentions, i) or (
                _is_comma(mentions, i) and _title_at(mentions, i + 1, end, PERSON_KINDS)
            )
    return False


def _age_at(mentions: TextMentions, token: int) -> bool:
    """An age in brackets: "(29 عاما)"."""
    if mentions.text.norms[token] != "(":
        return False
    number = number_at(mentions, token + 1)
    return number is not None and mentions.at("age_words", number.end_token) is not None


def _title_at(mentions: TextMentions, token: int, end: int, kinds: tuple[str, ...]) -> bool:
    return token < end and any(mentions.at(kind, token) is not None for kind in kinds)


def _rose_to(mentions: TextMentions, number: Number, first: int) -> bool:
    """The toll rose to the figure: its source's update ("ارتفع عدد القتلى إلى 26"، "إلا أن عدد القتلى
    ارتفع ووصل إلى 26"، "ارتفعت حصيلة الهجوم إلى 71 قتيلا"), which stands over the first figures."""
    if mentions.ending_at("toll_reaches", number.first_token) is None:
        return False
    start = max(first, number.first_token - REACH_GAP)
    for i in range(number.first_token - 1, start - 1, -1):
        if mentions.at("toll_rises", i) is not None:
            return True
        if not mentions.text.norms[i][0].isalnum():
            return False
    return False


def _toll_reached(mentions: TextMentions, token: int, end: int) -> Number | None:
    """The figure "the number of the dead" reaches later in its clause: "ارتفع عدد قتلى الجيش جراء
    القصف إلى 33"، "عدد القتلى بلغ 16"; a reaching word with no figure after it ("في الطريق إلى
    المدينة") is passed over."""
    for i in range(token, min(end, token + REACH_GAP)):
        if not mentions.text.norms[i][0].isalnum():
            return None
        reaches = mentions.starting_at("toll_reaches", i)
        if reaches is not None and (number := number_at(mentions, reaches.end_token)) is not None:
            return number
    return None


def _counted_by_the_noun(mentions: TextMentions, killed: Mention) -> tuple[Number, str] | None:
    """An indefinite killed-noun with no number is its own count ("استشهد... وسقط شهيد آخر"), unless a
    wounded-noun pairs with it ("سقط عدد بين قتيل وجريح": some dead and wounded, no count); so is a
    killed-word carrying a pronoun that counts ("متسببة بمقتله": one dead)."""
    if killed.end_token - killed.first_token != 1 or is_definite(mentions.text.analyses[killed.first_token]):
        return None
    if killed.end_token < len(mentions.text) and mentions.at("wounded", killed.end_token) is not None:
        return None
    pronoun = clitic_roles().counting_pronouns.get(mentions.text.analyses[killed.first_token][2])
    if pronoun is not None and mentions.at("killed_pronoun_counts", killed.first_token) is not None:
        return Number(pronoun, killed.first_token, killed.end_token), PRONOUN_RULE
    for kind, count in DEAD_NOUN_COUNTS:
        if mentions.at(kind, killed.first_token) is not None:
            return Number(count, killed.first_token, killed.end_token), f"fatalities.{kind}"
    return None


def _number_before(mentions: TextMentions, token: int, first: int) -> Number | None:
    """The count before a killed-word: "18 قتيلا"، "خمسة أشخاص حتفهم"، "18 شخصا على الأقل، لقوا مصرعهم":
    a lower bound (with the comma after it) and one counted noun may stand between, not a word that
    makes the figure a date's day or counts acts ("الجمعة 17 يوليو قتل"، "شنت 12 غارة أسفرت عن
    مقتل"). Of a range, the lower end: "ما بين 20 و30 قتيلا" is twenty."""
    end = token
    bound = mentions.ending_at("lower_bound", end - 1 if _is_comma(mentions, end - 1) else end)
    if bound is not None:
        end = bound.first_token
    number = number_ending_at(mentions, end) if end > first else None
    if number is None and end - 1 > first and _counted_noun(mentions, end - 1):
        number = number_ending_at(mentions, end - 1)
    number = number or number_ending_at(mentions, end, first, _enclosed_number_at)
    if number is None or _dates_or_times(mentions, number):
        return None
    return _range_start(mentions, number, first) or number


def _counted_noun(mentions: TextMentions, token: int) -> bool:
    """A word between a figure and its killed-word that names what it counts: not a month ("17
    يوليو") or a span of time ("خلال 24 ساعة قتل 12"), nor an act or a means that names no one
    ("12 غارة"، "10 قذائف"; "10 انتحاريين"، "10 رهائن" and "7 مختطفين" are people)."""
    if not mentions.text.norms[token].isalpha() or any(
        mentions.at(kind, token) is not None for kind in TIME_UNIT_KINDS
    ):
        return False
    counts_acts = any(mentions.at(kind, token) is not None for kind in ("trigger", "weapon"))
    names_people = any(mentions.at(kind, token) is not None for kind in ("actor", "civilian_nouns"))
    return not counts_acts or names_people


def _dates_or_times(mentions: TextMentions, number: Number) -> bool:
    """A figure that is a date's day or an hour, not a count: "17 يوليو"، "17 من الشهر الجاري"،
    "الساعة 10"."""
    if mentions.ending_at("clock_words", number.first_token) is not None:
        return True
    after = number.end_token
    link = mentions.starting_at("day_of_month", after) if after < len(mentions.text) else None
    starts = {after} if link is None else {after, link.first_token + 1, link.end_token}
    return any(_names_a_month(mentions, start) for start in starts)


def _names_a_month(mentions: TextMentions, token: int) -> bool:
    if token >= len(mentions.text):
        return False
    time = mentions.starting_at("time", token)
    month_offset = time is not None and time.label == "month_offset"  # "الشهر الجاري"
    return month_offset or mentions.starting_at("month", token) is not None


def _range_start(mentions: TextMentions, number: Number, first: int) -> Number | None:
    """The lower end of a range the figure closes: "ما بين 20 و30" gives 20."""
    joiner = number.first_token - 1
    if joiner <= first or mentions.text.norms[joiner] not in clitic_roles().conjunctions:
        return None
    lower = number_ending_at(mentions, joiner, first)
    return lower if lower is not None and _opens_a_range(mentions, lower) else None


def _opens_a_range(mentions: TextMentions, number: Number) -> bool:
    """ "بين 10 و15": the figure after "بين" is a range's lower end, the one joined to it its upper."""
    return mentions.ending_at("range_openers", number.first_token) is not None


def _is_figure(number: Number | None, killed: Mention) -> TypeGuard[Number]:
    """A number apart from the killed-word, not the count a killed-noun is ("سقط شهيد برصاص")."""
    return number is not None and number.first_token != killed.first_token


def _counts_no_dead(mentions: TextMentions, number: Number) -> bool:
    """A date, a count of shells or an ordinal, not a toll: "عام 2004 مقتل خمسة"، "سقوط 160 قذيفة"،
    "حصيلة الضحايا في اليوم الـ360"."""
    return _is_year(mentions, number) or _counts_munitions(mentions, number) or _is_ordinal(mentions, number)


def _counts_over_a_period(mentions: TextMentions, number: Number, end: int) -> bool:
    """A figure counted since a start or over weeks, months or years is a running total, not one
    occurrence's toll: "يرتفع عدد القتلى في صفوف الأمن إلى 60 على الأقل منذ 20 يوليو"."""
    reach = min(end, number.end_token + TALLY_REACH)
    if _compares_since(mentions, number.end_token, reach):
        return False
    over_the_reach = counts_over_a_period(mentions, number.end_token, reach)
    return over_the_reach or _counted_since_a_date(mentions, number, end)


def _compares_since(mentions: TextMentions, first: int, end: int) -> bool:
    """Every period the tokens open follows a word that compares the act with those since ("قتل 30
    شخصا في أعنف هجوم منذ أشهر"، "وهو الأعنف منذ مايو"): a comparison, not a count over the period."""
    openers = mentions.within("period_openers", first, end)
    return bool(openers) and all(
        mentions.within("comparisons", max(first, opener.first_token - COMPARE_REACH), opener.first_token)
        for opener in openers
    )


def _counted_since_a_date(mentions: TextMentions, number: Number, end: int) -> bool:
    """ "منذ" later in the figure's clause opens a start that a month dates: the figure is counted
    since then ("600 عدد قتلى هجمات الجماعة منذ تولي الرئيس السلطة في 29 مايو"), whatever day the
    start names, which is the period's, not a toll's; "منذ صباح أمس" names no month and dates one,
    and so does a day before "منذ" ("قتل 5 أمس في المدينة التي يحاصرها التنظيم منذ 21 يوليو")."""
    clause_end = _clause_end(mentions, number.end_token, min(end, number.end_token + SINCE_REACH))
    clause_start = _clause_start(mentions, number.first_token, max(0, number.first_token - SINCE_REACH))
    return any(
        mentions.within("month", opener.end_token, _clause_end(mentions, opener.end_token, end))
        and not names_a_day(mentions, clause_start, opener.first_token)
        for opener in mentions.within("since_openers", number.end_token, clause_end)
    )


def _clause_start(mentions: TextMentions, token: int, floor: int) -> int:
    """The token after the last comma or full stop before the token, or the floor: a day told
    before the figure ("قتل أمس خمسة") dates its clause as one told after it does."""
    norms = mentions.text.norms
    return next((i + 1 for i in range(token - 1, floor - 1, -1) if norms[i] in CLAUSE_MARKS), floor)


def _clause_end(mentions: TextMentions, token: int, end: int) -> int:
    """The first comma or full stop from the token on, or the end."""
    norms = mentions.text.norms
    return next((i for i in range(token, end) if norms[i] in CLAUSE_MARKS), end)


def _counted_over_the_battle(mentions: TextMentions, killed: Mention, first: int) -> bool:
    """The continuing battles caused the killing: the battle's running count, not a day's toll
    ("وتسببت المعارك المتواصلة بمقتل أكثر من 80 مقاتلا"); a day named between them dates a toll
    ("أسفرت المعارك المستمرة منذ صباح أمس عن مقتل 12")."""
    start = max(first, killed.first_token - CAUSE_REACH - 2)
    for battles in mentions.within("continuing_battles", start, killed.first_token):
        between = (battles.end_token, killed.first_token)
        if killed.first_token - battles.end_token <= CAUSE_REACH and not names_a_day(mentions, *between):
            return all(mentions.text.norms[i][0].isalnum() for i in range(*between))
    return False


def _dated_by_a_year_alone(mentions: TextMentions, first: int, end: int) -> bool:
    """A sentence that dates what it tells by a year alone, naming no month or day, recalls a past
    act ("بسبب قيام مشاتها بقتل عشرة أتراك … في العام 2010"): news dates its own occurrence by the
    day. A year counted from ("منذ عام 2013", "الأعنف منذ العام 2014") only compares."""
    if names_a_day(mentions, first, end) or mentions.within("month", first, end):
        return False
    return any(
        mentions.at("since_openers", word.first_token) is None
        and not _since_before(mentions, word.first_token, first)
        and (year := number_at(mentions, word.end_token)) is not None
        and looks_like_year(year.value)
        for word in mentions.within("year_words", first, end)
    )


def _since_before(mentions: TextMentions, token: int, first: int) -> bool:
    """ "منذ" right before the token: "منذ عام 2013"."""
    return token > first and mentions.at("since_openers", token - 1) is not None


def _summed_over_places(mentions: TextMentions, first: int, end: int) -> bool:
    """A figure whose words spread it over many places is a sum, not one town's toll: "لقي 40
    شخصا مصرعهم جراء قصف العديد من المدن"."""
    return bool(mentions.within("many_places", first, end))


def _is_ordinal(mentions: TextMentions, number: Number) -> bool:
    """Digits that the article precedes as a word of its own ("الـ360") are an ordinal."""
    before = number.first_token - 1
    return before >= 0 and mentions.text.norms[before] == clitic_roles().article


def _is_year(mentions: TextMentions, number: Number) -> bool:
    """A year-shaped figure written as part of a date: after a year word, a month or a day and a
    separator ("19/6/1436"), before an era marker or a month, or at a clause's end (ACLED's tolls
    run to the hundreds; a count this large is followed by what it counts)."""
    if not looks_like_year(number.value):
        return False
    text, before, after = mentions.text, number.first_token - 1, number.end_token
    if any(mentions.ending_at(kind, number.first_token) for kind in ("year_words", "month")):
        return True
    if before >= 1 and text.norms[before] in DATE_SEPARATORS and text.norms[before - 1].isdigit():
        return True
    return after >= len(text) or not text.norms[after].isalpha() or _names_era(mentions, after)


def _counts_munitions(mentions: TextMentions, number: Number) -> bool:
    """The figure counts the weapon named after it, of one word or more ("سقوط 160 قذيفة"، "سقوط
    أكثر من 10 قذائف هاون"), not the means of the dead it counts ("قتل 5 برصاص قناص"، "بقذيفة")."""
    token = number.end_token
    return (
        token < len(mentions.text)
        and mentions.starting_at("weapon", token) is not None
        and not bears_preposition(mentions.text.analyses[token])
    )


def _names_era(mentions: TextMentions, token: int) -> bool:
    time = mentions.at("time", token)
    return (time is not None and time.label in ERA_MARKERS) or mentions.at("month", token) is not None


def _is_comma(mentions: TextMentions, token: int) -> bool:
    return token >= 0 and mentions.text.norms[token] == ","


def _number_after(mentions: TextMentions, token: int, end: int) -> Number | None:
    text = mentions.text
    i, limit = token, min(end, token + MAX_GAP + 1)
    while i < limit:
        number = number_at(mentions, i) or _enclosed_number_at(mentions, i)
        if number is not None and _dates_or_times(mentions, number):
            # "قتل صباح يوم 17 يوليو الماضي خمسة": the day and its month do not count against the gap
            limit = min(end, limit + number.end_token - i + 1)
            i = number.end_token
            continue
        if number is not None:
            return None if _counts_wounded(mentions, number) else number
        if not text.norms[i][0].isalnum() or mentions.at("wounded", i) is not None:
            return None  # a comma, or a count that belongs to the wounded ("قتل مواطن وأصيب 11")
        bound = mentions.at("lower_bound", i)
        i = bound.end_token if bound is not None else i + 1
    return None


@lru_cache(maxsize=1)
def enclosing_marks() -> dict[str, str]:
    """The marks some outlets enclose a count in, and the mark that closes each ("مقتل «17» حوثياً"،
    "قتل (7) مطلوبين"، وقتل «عشرات المرتدين»), from sentences.yaml; guillemets are normalized to the
    plain quote, which closes itself."""
    marks = load_yaml("sentences.yaml")
    opening, closing = marks["parentheses"]
    return {str(opening): str(closing)} | {str(quote): str(quote) for quote in marks["quotes"]}


def _enclosed_number_at(mentions: TextMentions, token: int) -> Number | None:
    """A figure enclosed in brackets or quotes, marks included: "مقتل «17» حوثياً"، "قتل (7) مطلوبين"."""
    norms = mentions.text.norms
    closer = enclosing_marks().get(norms[token]) if token < len(norms) else None
    number = number_at(mentions, token + 1) if closer is not None else None
    if number is None or number.end_token >= len(norms) or norms[number.end_token] != closer:
        return None
    return Number(number.value, token, number.end_token + 1)


def _counts_wounded(mentions: TextMentions, number: Number) -> bool:
    """A number that a wounded-word follows unjoined counts the wounded ("سقط شهيد و16 إصابة");
    one joined to it by و is the toll before the wounded ("مقتل 3 وإصابة 5")."""
    wounded = mentions.at("wounded", number.end_token) if number.end_token < len(mentions.text) else None
    return wounded is not None and not _conjoined(mentions, wounded.first_token)


def _conjoined(mentions: TextMentions, token: int) -> bool:
    return mentions.text.analyses[token][0][:1] in clitic_roles().conjunctions


def _lumped(mentions: TextMentions, killed: Mention, number: Number | None, end: int) -> bool:
    """The figure counts the wounded too: a wounded-word joined to the killed-word."""
    wounded = mentions.within("wounded", killed.end_token, min(end, killed.end_token + 2))
    if not wounded:
        return number is not None and _counts_dead_and_wounded(mentions, number, end)
    if number is None:
        return True
    if number.end_token <= wounded[0].first_token and _counted_apart(mentions, killed, wounded[0], end):
        return False
    after_both = number.first_token >= wounded[0].end_token
    before_both = number.end_token <= killed.first_token
    return after_both or before_both


def _counts_dead_and_wounded(mentions: TextMentions, number: Number, end: int) -> bool:
    """A figure after the killed-word that a pair of dead and wounded follows counts both: "راح ضحية
    المحاولة نحو 80 بين قتيل وجريح"، "أوقع الانفجار 30 قتيلا وجريحا"; not where the wounded have a
    count of their own."""
    for killed in mentions.within("killed", number.end_token, min(end, number.end_token + 2)):
        wounded = mentions.at("wounded", killed.end_token) if killed.end_token < end else None
        if wounded is not None:
            return not _counted_apart(mentions, killed, wounded, end)  # "خمسين قتيلا وإصابة المئات"
    return False


def _counted_apart(mentions: TextMentions, killed: Mention, wounded: Mention, end: int) -> bool:
    """The wounded have their own count or are told as others: "105 قتلوا وأصيب ما يزيد عن 500"،
    "مئة قتيل وإصابة المئات"، "6 استشهدوا وأصيب آخرون"، "130 شهيدا وعشرات الجرحى"."""
    after = wounded.end_token
    return (
        _number_after(mentions, after, end) is not None
        or any(after < end and mentions.at(kind, after) is not None for kind in ("vague", "others"))
        or _counted_before(mentions, killed, wounded)
    )


def _counted_before(mentions: TextMentions, killed: Mention, wounded: Mention) -> bool:
    """A count of the wounded's own between the killed-word and theirs ("قتيلا وعشرات الجرحى")."""
    start = wounded.first_token
    count = mentions.ending_at("vague", start) or number_ending_at(mentions, start)
    return count is not None and count.first_token >= killed.end_token
