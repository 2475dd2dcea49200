"""Time expressions resolved against the publication date, with ACLED time precision.

Handles اليوم/أمس/أول أمس (with فجر/صباح/مساء/ليل), weekday names (the latest such day on or before
publication; with الماضي, strictly before), الأسبوع الماضي and الشهر الماضي, and absolute dates in
Gregorian, Levantine, Maghrebi and Hijri month names ("22 تشرين الثاني/نوفمبر 2016", "5 رمضان 1439 هـ"),
their day also written as an ordinal ("الثالث من مارس"، "العاشر من الشهر الجاري").
A day to come (غدا، "الخميس المقبل"، "غدا الأربعاء") dates no report and resolves to nothing.
Days counted back ("قبل يومين"، "قبل 15 يوما") are that many days before publication, unless counted
from something named after them ("قبل يومين من الانتخابات"): then no day.
A night across two days ("ليل الجمعة السبت") is dated by the second. A night named without its day
("خلال الليل"، "اشتباكات ليلية"), and the past hours ("خلال الساعات الماضية"), are the night before
publication, read only where no day is named.
A page's dateline ("الأحد 20 سبتمبر 2020 03:38 م"، "10:06 - 20/09/2020 الأحد") dates the page, not
what it reports, and is no time expression of the text.
A day word with its weekday ("أمس الجمعة"، "اليوم (الاثنين)") names the day the text was written on;
where that is a few days before the publication date given (a crawl's time, a print edition's
day), the text's own day is what its أمس and weekdays count from (``writing_day``).
The words are data (``time_words.tsv``, ``months.tsv``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress, count

from hijridate import Gregorian, Hijri

from rasd.extract.mentions import TextMentions
from rasd.extract.numbers import Number, number_at, number_ending_at, ordinal_ending_at
from rasd.text.tokenize import is_definite
from rasd.types import Mention, TimeExpr

DAY, WEEK, MONTH = 1, 2, 3
MAX_DAY = 31


@dataclass(frozen=True, slots=True)
class Calendar:
    """What resolving a written date needs of a calendar: the years a written year may be, its
    conversion to a Gregorian day, and the year a Gregorian day falls in."""

    first_year: int
    last_year: int
    to_date: Callable[[int, int, int], dt.date]
    year_of: Callable[[dt.date], int]


def _gregorian_of(day: Hijri) -> dt.date:
    return dt.date(*day.to_gregorian().datetuple())


GREGORIAN = Calendar(1900, 2100, dt.date, lambda day: day.year)
#: Prefixes of the rules a time expression records: a word relative to publication ("time.weekday")
#: or a date with a month name ("date.gregorian", "date.hijri").
RELATIVE_DATE_RULE, ABSOLUTE_DATE_RULE = "time.", "date."
WEEKDAY_RULE, DAY_OF_MONTH_RULE, NIGHT_RULE = "time.weekday", "time.day_of_month", "time.night"
DAY_OFFSET_RULE = "time.day_offset"
#: Days a report counts back to a day ("قبل 15 يوما"): beyond a month the count is a span of time
#: ("قبل 1000 يوم") rather than the day of an event, so it gives no day.
MAX_DAYS_COUNTED_BACK = 31
#: "الليلة قبل الماضية" (kind `past_night`): the print edition's name for the night the wire told,
#: which dates a roundup's statements ("وقالت قوة المهام في بيان الليلة قبل الماضية") as often as
#: its acts, so it dates its own sentence but is never the story's (lead) day.
PAST_NIGHT_RULE = "time.past_night"
#: Kinds of `time_words.tsv` told without their day and reckoned from publication: a night ("خلال
#: الليل") and the past hours ("خلال الساعات الماضية") of a report are the eve it is published after.
EVE_KINDS = ("night", "past_hours")
#: Marks before a month's second name: "تشرين الثاني/نوفمبر"، "يوليو (تموز)".
ALTERNATIVE_MARKS = frozenset({"/", "("})
HIJRI = Calendar(
    1300,
    1500,
    lambda y, m, d: _gregorian_of(Hijri(y, m, d)),
    lambda day: Gregorian.fromdate(day).to_hijri().year,
)
#: The most days a publication date given may lag the day the text names as its own (a crawl, a
#: print edition); six days back is as likely the day after (a stamp in another time zone).
MAX_PUBLICATION_LAG = 5
#: Marks between a day word and its weekday: "أمس (الاثنين)"، "أمس، الجمعة".
WEEKDAY_MARKS = frozenset({"(", "،", ",", "-"})
DATE_WORDS = ("time", "month", "number")  # the mention kinds a written date is made of
SPLIT_ARTICLE = "ال"  # "الثلاثاء الـ 14": the article the tokenizer splits off a figure
DATE_MARKS = frozenset({"/", "-", "(", ")"})  # the marks a written date may hold ("14/7"، "(الثلاثاء)")
PART_OF_DAY = "part_of_day"  # the kind of time word "مساء"، "فجر" (`time_words.tsv`)
DATELINES = ("datelines",)  # the memo key of a text's dateline tokens
#: The figures of a dateline: a clock time ("03:38") or a date in figures ("20/09/2020", "2022.05.02"),
#: as the tokenizer splits them (digits and marks apart, but a dotted date is one number).
CLOCK_TIME = re.compile(r"\d{1,2}\s*:\s*\d{2}")  # "21:42" as a page writes it, in the raw text
STAMP_LINE_CHARS = 40  # how far along its line a stamp's clock time may stand
STAMPS = (re.compile(r"\d+ : \d+"), re.compile(r"\d+ ([/.-]) \d+ \1 \d+"), re.compile(r"\d+\.\d+\.\d+"))
#: A date in figures in a sentence, day first or year first ("بتاريخ 19/7/1436هـ"، "2015-07-20"), as
#: the tokenizer splits it; its year says the calendar (``_calendar_of``).
FIGURE_DATE = re.compile(r"(\d{1,2}) ([/-]) (\d{1,2}) \2 (\d{4})|(\d{4}) ([/-]) (\d{1,2}) \6 (\d{1,2})")
#: The same written with dots, which the tokenizer keeps as one number ("19.7.1436"، "2015.07.20").
DOTTED_DATE = re.compile(r"(\d{1,2})(\.)(\d{1,2})\2(\d{4})|(\d{4})(\.)(\d{1,2})\6(\d{1,2})")
#: A token that may open a date in figures: both forms begin with a digit.
OPENS_WITH_DIGIT = re.compile(r"\d")
#: Each way of writing a date in figures, with the tokens it spans.
FIGURE_DATE_FORMS = ((FIGURE_DATE, 5), (DOTTED_DATE, 1))
FIGURE_DATES = ("figure_dates",)  # the memo key of a text's dates in figures
FIGURE_DATE_RULE = "date.figures"


def time_expressions(
    mentions: TextMentions, first: int, end: int, published: dt.date | None
) -> list[TimeExpr]:
    """Every resolvable time expression in tokens ``[first, end)`` outside a dateline, in text order."""
    dateline = _dateline_tokens(mentions, published)
    # "محافظة إب" and "مدينة إب" name a province that a month (آب) is spelt like. The month stays a
    # mention: as one it keeps the place reader from taking "إب" for an unknown village, where the
    # gazetteer has no Arabic name for the city (see docs/extraction.md, Session 13 review).
    provinces = mentions.covered_by(("admin1",))
    found = [
        t
        for m in mentions.within("month", first, end)
        if m.first_token not in dateline
        and m.first_token not in provinces
        and not _is_alternative_name(mentions, m)
        and (t := _absolute_date(mentions, m, published)) is not None
    ]
    found += [t for token, t in _figure_dates(mentions) if first <= token < end and token not in dateline]
    if published is not None:
        found += [
            t
            for m in mentions.within("time", first, end)
            if m.first_token not in dateline and (t := _relative_date(mentions, m, published)) is not None
        ]
        found += _days_counted_back(mentions, first, end, published)
    found = _unless_a_day_is_named(_named_by_their_date(mentions, found))
    return sorted(_unless_a_start(mentions, found), key=lambda t: t.span.start)


def _unless_a_start(mentions: TextMentions, found: list[TimeExpr]) -> list[TimeExpr]:
    """ "تدور اشتباكات منذ صباح يوم الأحد"، "شهدت المدينة منذ السبت تصعيدا": a date after منذ is when
    something still going on began, not the day of what the report tells (ACLED codes the day's
    fighting the report tells of), so it dates nothing and the sentence falls back to the story's
    day. A state that one act began ("الناشط المختطف منذ السبت") keeps the act's day."""
    starts = _since_start_tokens(mentions)
    if not starts:
        return found
    begins = {mentions.text.span(token, token + 1).start for token in starts}
    return [t for t in found if t.span.start not in begins]


def _since_start_tokens(mentions: TextMentions) -> frozenset[int]:
    """The tokens of each date that follows a `since_openers` word ("منذ يوم الثلاثاء الـ 14 من")."""
    tokens: set[int] = set()
    for opener in mentions.by_kind.get("since_openers", ()):
        if mentions.ending_at("held_since", opener.first_token) is not None:
            continue
        token = opener.end_token
        while token < len(mentions.text) and _part_of_a_date(mentions, token):
            tokens.add(token)
            token += 1
    return frozenset(tokens)


def _part_of_a_date(mentions: TextMentions, token: int) -> bool:
    """A token of a written date: a time word, a month, a figure, a mark inside a date ("/"، "-"،
    brackets) or the split article ("الـ"); a full stop or a comma ends it (the next sentence's date
    is its own)."""
    norm = mentions.text.norms[token]
    return (
        token in mentions.covered_by(DATE_WORDS)
        or norm == SPLIT_ARTICLE
        or any(c.isdigit() for c in norm)
        or norm in DATE_MARKS
    )


def writing_day(texts: list[TextMentions], published: dt.date | None) -> dt.date | None:
    """The day the texts say they are written on, when their day words name it with its weekday
    ("ذكر الجيش أمس الجمعة" is written on a Saturday) and every such pair agrees on one day at most
    ``MAX_PUBLICATION_LAG`` days before ``published``; else ``published``."""
    if published is None:
        return None
    lags = {lag for mentions in texts for lag in _told_lags(mentions, published)}
    if len(lags) != 1 or (lag := lags.pop()) > MAX_PUBLICATION_LAG:
        return published
    return published - dt.timedelta(days=lag)


def _told_lags(mentions: TextMentions, published: dt.date) -> list[int]:
    """For each day word told with its weekday, how many days before ``published`` the text says
    it is written ("أمس الجمعة" in a text published on a Monday: two)."""
    return [
        (published.weekday() - (weekday - offset)) % 7 for offset, weekday in _days_with_weekdays(mentions)
    ]


def _days_with_weekdays(mentions: TextMentions) -> list[tuple[int, int]]:
    """(day offset, weekday) of each day word followed by its weekday: "أمس الجمعة" (-1, Friday),
    "اليوم (الأحد)" (0, Sunday; the lexicon reads it as the weekday "يوم الأحد", its يوم with the
    article: today)."""
    told = []
    for mention in mentions.by_kind.get("time", ()):
        kind, value = mentions.lexicon.time_words[mention.entry_id]
        if value is None:
            continue
        if kind == "weekday" and _today_named(mentions, mention):
            told.append((0, value))
        weekday = _weekday_after(mentions, mention.end_token)
        if kind == "day_offset" and value <= 0 and weekday is not None:
            told.append((value, weekday))
    return told


def _today_named(mentions: TextMentions, mention: Mention) -> bool:
    """ "اليوم الأحد": a weekday of two words whose first, يوم, carries the article."""
    first = mention.first_token
    return mention.end_token - first > 1 and is_definite(mentions.text.analyses[first])


def _weekday_after(mentions: TextMentions, token: int) -> int | None:
    """The weekday named at ``token``, past a mark ("أمس، الجمعة")."""
    norms = mentions.text.norms
    while token < len(norms) and norms[token] in WEEKDAY_MARKS:
        token += 1
    following = mentions.starting_at("time", token)
    if following is None:
        return None
    kind, value = mentions.lexicon.time_words[following.entry_id]
    return value if kind == "weekday" else None


def _unless_a_day_is_named(found: list[TimeExpr]) -> list[TimeExpr]:
    """ "هاجم مسلحون الحاجز خلال الليل": a report that tells a night without its day is published the
    morning after, so the night is the eve of publication; a day the tokens name ("مساء الأحد … ليلا")
    is surer than that reckoning."""
    named = [t for t in found if t.rule != NIGHT_RULE]
    return named or found


def _named_by_their_date(mentions: TextMentions, found: list[TimeExpr]) -> list[TimeExpr]:
    """ "السبت 3 حزيران 2023": a weekday written right before a date is that date's day, which the
    date states (the weekday alone would read the latest Saturday)."""
    raw = mentions.text.raw
    days = [
        t for t in found if t.precision == DAY and t.rule.startswith((ABSOLUTE_DATE_RULE, DAY_OF_MONTH_RULE))
    ]
    return [
        t
        for t in found
        if t.rule != WEEKDAY_RULE
        or not any(
            t.span.end <= d.span.start and not any(c.isalpha() for c in raw[t.span.end : d.span.start])
            for d in days
        )
    ]


def _dateline_tokens(mentions: TextMentions, published: dt.date | None) -> frozenset[int]:
    """The tokens of the text's datelines (read once per text): runs of weekday and month names,
    figures and marks that hold a clock time or a date in figures ("الأحد 20 سبتمبر 2020 03:38 م"،
    "10:06 - 20/09/2020 الأحد"), or that open a line with the publication day and its year
    ("الاثنين، 06 آب/اغسطس 2012، آخر تحديث")."""
    key = (*DATELINES, published)
    found = mentions.memo.get(key)
    if found is None:
        found = mentions.memo[key] = frozenset(
            token
            for run in _date_runs(mentions, published)
            if _stamped(mentions, run) or _opens_line_with_day(mentions, run, published)
            for token in run
        )
    return found  # type: ignore[return-value]


def _date_runs(mentions: TextMentions, published: dt.date | None) -> list[range]:
    """Maximal runs of the tokens a dateline is made of: figures and marks (tokens without a
    letter), single letters ("م" after a clock time), bare weekday names and month names. A weekday
    with يوم ("يوم السبت 19/9/2020") or after a part of the day ("مساء الاثنين ٤-١٠-١٤٣٦") is a
    sentence's, not a dateline's."""
    names = mentions.covered_by(("month",)) | {
        m.first_token
        for m in mentions.by_kind.get("time", ())
        if m.end_token == m.first_token + 1
        and mentions.lexicon.time_words[m.entry_id][0] == "weekday"
        and not _after_part_of_day(mentions, m)
    }
    seeds = names | {
        token
        for token, date in _figure_dates(mentions)
        if _stamp_opening_line(mentions, token, date, published)
    }
    norms = mentions.text.norms

    def part(token: int) -> bool:
        norm = norms[token]
        return token in names or len(norm) == 1 or (bool(norm) and not any(c.isalpha() for c in norm))

    # Grown from each name outwards: most texts name a month or weekday a few times, and a scan of
    # every token cost a tenth of the date reading.
    runs: list[range] = []
    for token in sorted(seeds):
        if runs and token < runs[-1].stop:
            continue
        start, stop = token, token + 1
        while start > 0 and part(start - 1):
            start -= 1
        while stop < len(norms) and part(stop):
            stop += 1
        runs.append(range(start, stop))
    return runs


def _figure_dates(mentions: TextMentions) -> list[tuple[int, TimeExpr]]:
    """The dates the text writes in figures, each with its first token (read once per text): a
    Saudi statement's Hijri day ("مساء الاثنين ٤-١٠-١٤٣٦"، "بتاريخ 19 / 7 / 1436هـ"، "19.7.1436"), a
    Gregorian one ("يوم الأحد 18/11/2018"). Day first, as Arabic writes it, unless the year leads."""
    found = mentions.memo.get(FIGURE_DATES)
    if found is None:
        norms = mentions.text.norms
        # the few tokens that open with a digit are picked out in C, not by a loop over every word
        found = mentions.memo[FIGURE_DATES] = [
            (token, expression)
            for token in compress(count(), map(OPENS_WITH_DIGIT.match, norms))
            for pattern, length in FIGURE_DATE_FORMS
            if (match := pattern.fullmatch(" ".join(norms[token : token + length])))
            and (expression := _figure_date(mentions, token, length, match)) is not None
        ]
    return found  # type: ignore[return-value]


def _figure_date(mentions: TextMentions, token: int, length: int, match: re.Match[str]) -> TimeExpr | None:
    day, _, month, year, *year_first = match.groups()
    if year_first[0] is not None:
        year, _, month, day = year_first
    calendar = _calendar_of(int(year))
    if calendar is None:
        return None
    try:
        date = calendar.to_date(int(year), int(month), int(day))
    except (ValueError, OverflowError):
        return None
    span = mentions.text.span(token, token + length)
    return TimeExpr(span, date, DAY, FIGURE_DATE_RULE)


def _calendar_of(year: int) -> Calendar | None:
    """The calendar whose years a written year falls in (1436 is Hijri, 2015 Gregorian)."""
    return next((c for c in (HIJRI, GREGORIAN) if c.first_year <= year <= c.last_year), None)


def _after_part_of_day(mentions: TextMentions, mention: Mention) -> bool:
    before = mentions.ending_at("time", mention.first_token)
    return before is not None and mentions.lexicon.time_words[before.entry_id][0] == PART_OF_DAY


def _after_publication_stamp(mentions: TextMentions, token: int) -> int:
    """The first token of the publication stamp ("نشر في"، "آخر تحديث" and a mark) right before a
    token, else the token itself."""
    first = token - 1 if token > 0 and not any(c.isalpha() for c in mentions.text.norms[token - 1]) else token
    stamp = mentions.ending_at("publication_stamps", first)
    return stamp.first_token if stamp is not None else token


def _stamped(mentions: TextMentions, run: range) -> bool:
    words = " ".join(mentions.text.norms[run.start : run.stop])
    return any(stamp.search(words) for stamp in STAMPS)


def _opens_line(mentions: TextMentions, token: int) -> bool:
    """The token opens a line, or follows the words a page stamps its publication with ("نُشر في")."""
    text = mentions.text
    opens = _after_publication_stamp(mentions, token)
    before = text.raw[: text.token(opens).span.start].rstrip(" \t")
    return not before or before.endswith("\n")


def _stamp_opening_line(
    mentions: TextMentions, token: int, date: TimeExpr, published: dt.date | None
) -> bool:
    """ "2019.11.28 | 21:42 دمشق": a date in figures that opens a line is a page's stamp when it is
    the publication day or a clock time follows it on its line; a chronology's lines open with
    their own days ("12/11/2018 قتل مسلحون")."""
    if not _opens_line(mentions, token):
        return False
    if date.date == published:
        return True
    text = mentions.text
    line_end = text.raw.find("\n", text.token(token).span.start)
    line = text.raw[text.token(token).span.start : line_end if line_end >= 0 else len(text.raw)]
    return CLOCK_TIME.search(line[:STAMP_LINE_CHARS]) is not None


def _opens_line_with_day(mentions: TextMentions, run: range, published: dt.date | None) -> bool:
    """A run at the start of a line, or after the words a page stamps its publication with ("نُشر
    في"، "آخر تحديث:"), that writes the publication day with its year."""
    if published is None or not _opens_line(mentions, run.start):
        return False
    return any(
        (year := number_at(mentions, _skip_alternative_month_name(mentions, month.end_token))) is not None
        and year.value == published.year
        and (date := _absolute_date(mentions, month, published)) is not None
        and date.date == published
        for month in mentions.within("month", run.start, run.stop)
    )


def _relative_date(mentions: TextMentions, mention: Mention, published: dt.date) -> TimeExpr | None:
    kind, value = mentions.lexicon.time_words[mention.entry_id]
    if _counted_from_other(mentions, mention):
        return None
    if kind == "day_offset" and value is not None and value <= 0:  # "غدا" is no reported day
        return TimeExpr(mention.span, published + dt.timedelta(days=value), DAY, DAY_OFFSET_RULE)
    if kind == "past_night" and value is not None:
        return TimeExpr(mention.span, published + dt.timedelta(days=value), DAY, PAST_NIGHT_RULE)
    if kind in EVE_KINDS and value is not None:
        return TimeExpr(mention.span, published + dt.timedelta(days=value), DAY, NIGHT_RULE)
    if kind == "weekday" and value is not None:
        modifier = _modifier_after(mentions, mention)
        if (
            modifier == "next"
            or _after_day_to_come(mentions, mention)
            or _next_day_follows(mentions, mention, value)
        ):
            # "الخميس المقبل" and "غدا الأربعاء" are to come; "ليل الجمعة السبت" is dated by its second day
            return None
        last = modifier == "last"
        delta = (published.weekday() - value) % 7 or (7 if last else 0)
        return TimeExpr(mention.span, published - dt.timedelta(days=delta), DAY, WEEKDAY_RULE)
    if kind == "week_offset" and value is not None and value <= 0:
        return TimeExpr(mention.span, published + dt.timedelta(weeks=value), WEEK, "time.week_offset")
    if kind == "month_offset" and value is not None and value <= 0:
        month = _months_before(published, -value)
        day = _ordinal_day_before(mentions, mention.first_token)
        if day is not None:  # "العاشر من الشهر الجاري"
            return _day_of_month(mentions, day, mention, month)
        return TimeExpr(mention.span, month, MONTH, "time.month_offset")
    if kind == "relative_past":
        return TimeExpr(mention.span, published, WEEK, "time.relative_past")
    return None


def _days_counted_back(mentions: TextMentions, first: int, end: int, published: dt.date) -> list[TimeExpr]:
    """ "قبل 15 يوما"، "قبل عشرة أيام": so many days before publication, the count written in figures
    or in words the time words do not list."""
    found = []
    for cue in mentions.within("days_ago", first, end):
        count = number_at(mentions, cue.end_token)
        unit = mentions.starting_at("day_units", count.end_token) if count is not None else None
        if (
            count is None
            or count.value > MAX_DAYS_COUNTED_BACK
            or unit is None
            or mentions.starting_at("time", cue.first_token) is not None  # "قبل ثلاثة أيام"
            or _counted_from_other(mentions, cue, unit.end_token)
        ):
            continue
        span = mentions.text.span(cue.first_token, unit.end_token)
        found.append(TimeExpr(span, published - dt.timedelta(days=count.value), DAY, DAY_OFFSET_RULE))
    return found


def _counted_from_other(mentions: TextMentions, cue: Mention, end: int | None = None) -> bool:
    """ "قبل يومين من الانتخابات": days counted back (a `days_ago` cue) from what من names, not from
    publication; ``end`` is where the count ends, by default the cue's."""
    end = cue.end_token if end is None else end
    return (
        mentions.starting_at("days_ago", cue.first_token) is not None
        and mentions.starting_at("counted_from", end) is not None
    )


def _after_day_to_come(mentions: TextMentions, mention: Mention) -> bool:
    """ "غدا الأربعاء"، "بعد غد الخميس": a weekday that names the day to come before it."""
    before = mentions.ending_at("time", mention.first_token)
    if before is None:
        return False
    kind, value = mentions.lexicon.time_words[before.entry_id]
    return kind == "day_offset" and value is not None and value > 0


def _next_day_follows(mentions: TextMentions, mention: Mention, weekday: int) -> bool:
    """ "ليل الجمعة السبت"، "ليلة السبت-الأحد": a weekday followed by the one after it names a night."""
    end = mention.end_token
    if end < len(mentions.text) and not any(c.isalpha() for c in mentions.text.norms[end]):
        end += 1  # "السبت-الأحد"
    following = mentions.starting_at("time", end)
    next_day = ("weekday", (weekday + 1) % 7)
    return following is not None and mentions.lexicon.time_words[following.entry_id] == next_day


def _ordinal_day_before(mentions: TextMentions, token: int) -> Number | None:
    """ "الثالث من مارس"، "الحادي والعشرين من شهر أيار"، "12 من الشهر الجاري": a day of the month
    written as an ordinal before من, or in figures right before it (not "قتل 5 من الجنود الشهر الماضي")."""
    # "من شهر" also reads "من الشهر" of "من الشهر الجاري", whose time word begins at الشهر
    links = [
        m for m in mentions.within("day_of_month", max(0, token - 2), token + 1) if m.first_token < token
    ]
    if not links:
        return None
    link = links[-1]
    day = ordinal_ending_at(mentions, link.first_token)
    if day is None and link.end_token >= token:
        day = number_ending_at(mentions, link.first_token)
    if day is None or not 1 <= day.value <= MAX_DAY:
        return None
    # "الأسبوع الأول من مارس" is a week, not a day
    return None if mentions.ending_at("long_durations", day.first_token) else day


def _day_of_month(mentions: TextMentions, day: Number, mention: Mention, month: dt.date) -> TimeExpr | None:
    try:
        date = month.replace(day=day.value)
    except ValueError:
        return None
    return TimeExpr(mentions.text.span(day.first_token, mention.end_token), date, DAY, DAY_OF_MONTH_RULE)


def _modifier_after(mentions: TextMentions, mention: Mention) -> str | None:
    following = mentions.at("time", mention.end_token)
    return mentions.lexicon.time_words[following.entry_id][0] if following else None


def _told_as_a_month(mentions: TextMentions, mention: Mention) -> bool:
    """A word around the name that makes it a month: "آب الماضي"، "في شهر آب"، "في آب من العام
    الجاري" (a name that is also a place or a word, "في إب"، "أب", is none without one)."""
    return bool(
        _modifier_after(mentions, mention)
        or mentions.ending_at("month_nouns", mention.first_token) is not None
        or mentions.starting_at("month_of_the_year", mention.end_token) is not None
    )


def _absolute_date(mentions: TextMentions, mention: Mention, published: dt.date | None) -> TimeExpr | None:
    month, calendar, alone = mentions.lexicon.months[mention.entry_id]
    day = number_ending_at(mentions, mention.first_token) or _ordinal_day_before(
        mentions, mention.first_token
    )
    if day is not None:
        day = _first_day_of_range(mentions, day)
    end = _skip_alternative_month_name(mentions, mention.end_token)
    year = number_at(mentions, end)
    year_value = year.value if year is not None else None
    if not (alone or day or year or end > mention.end_token or _told_as_a_month(mentions, mention)):
        return None  # "في إب": a name spelt like a month (آب) and told with nothing of a date is none
    try:
        resolved = _resolve(
            HIJRI if calendar == "hijri" else GREGORIAN, day.value if day else 1, month, year_value, published
        )
    except (ValueError, OverflowError):
        return None
    if resolved is None:
        return None
    first = day.first_token if day else mention.first_token
    last = year.end_token if year is not None and year_value == resolved[1] else end
    span = mentions.text.span(first, max(last, mention.end_token))
    return TimeExpr(span, resolved[0], DAY if day else MONTH, f"date.{calendar}")


def _first_day_of_range(mentions: TextMentions, day: Number) -> Number:
    """ "وقعت المواجهات في 18 و19 نيسان": two days of one month joined by a coordinator; what they
    tell began on the first, the day it is dated by."""
    if mentions.at("coordinators", day.first_token - 1) is None:
        return day
    first = number_ending_at(mentions, day.first_token - 1)
    return first if first is not None and 1 <= first.value < day.value else day


def _is_alternative_name(mentions: TextMentions, mention: Mention) -> bool:
    """The نوفمبر of "تشرين الثاني/نوفمبر" or the تموز of "يوليو (تموز)" repeats the month before."""
    mark = mention.first_token - 1
    return (
        mark > 0
        and mentions.text.norms[mark] in ALTERNATIVE_MARKS
        and mentions.ending_at("month", mark) is not None
    )


def _skip_alternative_month_name(mentions: TextMentions, token: int) -> int:
    """ "تشرين الثاني/نوفمبر"، "يوليو (تموز) 1905": step over the second name of the same month
    (and its closing parenthesis), so that the year after it is read."""
    text = mentions.text
    if token < len(text) and text.norms[token] in ALTERNATIVE_MARKS:
        other = mentions.at("month", token + 1)
        if other is not None:
            closing = other.end_token
            return closing + 1 if closing < len(text) and text.norms[closing] == ")" else closing
    return token


def _resolve(
    calendar: Calendar, day: int, month: int, year: int | None, published: dt.date | None
) -> tuple[dt.date, int | None] | None:
    """The Gregorian day of a date in a calendar, and the year it was written with (if any)."""
    if year is not None and calendar.first_year <= year <= calendar.last_year:
        return calendar.to_date(year, month, day), year
    if published is None:
        return None
    this_year = calendar.year_of(published)
    candidate = calendar.to_date(this_year, month, day)
    # A date later than publication without a year is last year's ("في 28 ديسمبر" read in January).
    if candidate > published + dt.timedelta(days=1):
        candidate = calendar.to_date(this_year - 1, month, day)
    return candidate, None


def _months_before(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(year, month + 1, 1)
