"""Whether a trigger reports an event that happened: recaps, threats, plans, fears, denials,
conditionals and negations are not events (EVENT_SCHEMA.md)."""

from __future__ import annotations

from rasd.extract.mentions import TextMentions
from rasd.extract.numbers import number_at
from rasd.text.tokenize import is_future, is_purposive
from rasd.types import Mention

NEGATION_REACH = 4  # a negation governs the next few words ("لم تتمكن الحكومة من تهدئة")
SENTENCE_WIDE = ("denial", "threat", "plan", "fear", "condition", "kinds_of_acts")
ANYWHERE_IN_SENTENCE = ("tally", "trial")  # before or after the trigger
#: Kinds of time words that name one day ("أمس"، "الثلاثاء"، "فجر").
DAY_ANCHORS = frozenset({"weekday", "day_offset", "relative_past", "part_of_day"})
YEARS_SINCE_REACH = 3  # tokens from "عام على" to the occurrence it counts from ("عام على اتفاق التهدئة")
#: What names an act: an event trigger, or a killing that is not one ("مقتل").
ACT_KINDS = ("trigger", "killed")
OPENING_CUE_REACH = 2  # tokens from a sentence's start within which a cue opens it ("وقبل عام مضى،")
SINCE_ACT_OPENING = 2  # tokens from a sentence's start within which منذ opens it (after a conjunction)
SINCE_POINT_REACH = 1  # words between منذ and the act it counts from ("منذ سقوط الهدنة")
#: Words after that act within which a day dates it ("منذ الهجوم الذي استهدف الحاجز فجر اليوم").
SINCE_POINT_DAY_REACH = 12
ISSUED_DAY_REACH = 2  # tokens from "أصدرته" to the day it was issued ("أصدرته، أمس")
PERIOD_REACH = 3  # words between منذ/خلال and the period it opens ("خلال الـ 12 عاما")
#: Tokens from an aim verb to the إلى it governs, over a long subject ("يسعى الجيش الموالي للحكومة
#: المعترف بها دوليا، ومقرها طبرق - شرق البلاد، إلى استعادة السيطرة").
AIM_REACH = 16
PLAN_REACH = 4  # words after an occurrence noun that can plan it ("العملية التي تنوي بلاده شنها")
#: Words after an occurrence noun within which a judgement of its feasibility can follow: the noun
#: heads the subject phrase it judges ("استعادة السيطرة على مدينة كيدال ليست مشكلة").
FEASIBILITY_REACH = 8
#: Words between an occurrence noun and a future verb that governs it ("ستدخل قواته المدينة لبسط
#: السيطرة"، "الصفقة المتفق عليها مع الحوثيين سيبدأ"); the particles لن and سوف reach over the
#: whole clause before it. Further on, a word that merely looks future is mostly a name (ستيفان).
FUTURE_REACH = 6


def non_event_reason(
    mentions: TextMentions,
    trigger: Mention,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    place_words: frozenset[str] = frozenset(),
) -> str | None:
    """The cue category that makes the trigger a non-event, or None when it reports an event.
    ``place_words`` are the stems of the article's place names ("سنوني" is no future verb)."""
    (clause_first, clause_end), (sentence_first, sentence_end) = clause, sentence
    negations = _negations_before(mentions, trigger, clause_first)
    if negations and not _negates_a_claim(mentions, negations[0], trigger, clause_first):
        return f"modality.{negations[0].kind}"
    if is_future(mentions.text.analyses[trigger.first_token]):
        return "modality.plan"  # "ستهاجم القوات"، "سيستعيد الجيش": what will happen, not what did
    if _called_possible(mentions, trigger, clause):
        return "modality.hypothetical"
    if _planned_after(mentions, trigger, clause_end) or names_an_aim(mentions, trigger):
        return "modality.plan"
    if _sought_by_an_aim(mentions, trigger, sentence_first):
        return "modality.plan"
    if _judged_feasible(mentions, trigger, clause_end):
        return "modality.plan"
    if _in_a_future_clause(mentions, trigger, clause, place_words):
        return "modality.plan"
    for category in SENTENCE_WIDE:
        cues = mentions.within(category, sentence_first, trigger.first_token)
        if cues and not (category == "denial" and _denies_an_aspect(mentions, cues[-1], trigger)):
            return f"modality.{category}"
    for category in ANYWHERE_IN_SENTENCE:
        if mentions.within(category, sentence_first, sentence_end):
            return f"modality.{category}"
    if _recorded_undated(mentions, trigger, sentence_first, sentence_end):
        return "modality.recorded"  # a claim made to a camera, undated
    if counts_over_a_period(mentions, sentence_first, sentence_end) or _documented_undated(
        mentions, sentence_first, sentence_end
    ):
        return "modality.tally"
    if _counted_since(mentions, trigger, sentence_first, sentence_end) or _counted_from(
        mentions, trigger, sentence_first, sentence_end
    ):
        return "modality.recap"
    if mentions.at("located", sentence_first) is not None:
        return "modality.description"  # "تقع البلدة على بعد…": where a place lies, not what happened
    if mentions.within("recap", clause_first, clause_end):
        return "modality.recap"  # "قتل 11 منذ مطلع سبتمبر": a tally, before or after the verb
    long_ago = mentions.within("long_ago", clause_first, clause_end) or _opening_cues(
        mentions, "long_ago", sentence_first, sentence_end
    )
    earlier = [*mentions.within("earlier", clause_first, clause_end), *long_ago]
    if earlier and not _names_a_day_besides(mentions, sentence_first, sentence_end, earlier):
        return "modality.recap"  # "كان التنظيم قد هاجم البلدة": undated background
    if _told_as_habitual(mentions, trigger, clause, sentence_end) and not names_a_day(
        mentions, sentence_first, sentence_end
    ):
        return "modality.habitual"  # "سجلت حوادث خطف، أحيانا مع عائلاتهم": what happens at times
    return None


def _called_possible(mentions: TextMentions, trigger: Mention, clause: tuple[int, int]) -> bool:
    """ "حذرت من هجمات محتملة"، "غارات مرتقبة": an act a word right after it calls possible or
    awaited is warned of, not done; unless its clause has told its dead before it ("قتل 40 شخصا في
    هجوم كيميائي محتمل"), where only the act's kind is in doubt. Dead told after it are what the act
    may bring ("غارات محتملة قد توقع قتلى")."""
    return mentions.starting_at("hypothetical", trigger.end_token) is not None and not _names_the_dead(
        mentions, clause[0], trigger.first_token
    )


def _names_the_dead(mentions: TextMentions, first: int, end: int) -> bool:
    """Tokens ``[first, end)`` name someone killed ("مقتل"، "قتل")."""
    return any(mentions.within(kind, first, end) for kind in ("killed", "killing_verbs"))


def _told_as_habitual(
    mentions: TextMentions, trigger: Mention, clause: tuple[int, int], sentence_end: int
) -> bool:
    """A cue of what happens at times in the trigger's own clause ("يشهد المحور هذه الأيام هدوءا
    مع اشتباكات متقطعة") or opening the clause right after it ("حوادث خطف لجنود، أحيانا مع
    عائلاتهم"). One in a relative clause or further on says it of a place named beside the act
    ("غارة على المدينة التي تشهد هذه الأيام تصعيدا"، "، وهي منطقة تتعرض أحيانا لهجمات")."""
    clause_first, clause_end = clause
    next_clause = clause_end + 1  # past the comma that ends the clause
    if next_clause < sentence_end and mentions.starting_at("habitual", next_clause) is not None:
        return True
    return any(
        not mentions.within("relative_pronouns", *_between(trigger, cue))
        for cue in mentions.within("habitual", clause_first, clause_end)
    )


def _between(one: Mention, other: Mention) -> tuple[int, int]:
    """The tokens between two mentions, in either order."""
    if one.end_token <= other.first_token:
        return one.end_token, other.first_token
    return other.end_token, one.first_token


def _opening_cues(mentions: TextMentions, kind: str, sentence_first: int, sentence_end: int) -> list[Mention]:
    """The cues of ``kind`` that open the sentence (after a conjunction) and so govern each of its
    clauses ("قبل عام مضى، أعلن أوباما شن ضربات جوية، وجاء قراره بعدما سيطر التنظيم على الأنبار")."""
    return [
        cue
        for cue in mentions.within(kind, sentence_first, sentence_end)
        if cue.first_token < sentence_first + OPENING_CUE_REACH
    ]


def _names_a_day_besides(mentions: TextMentions, first: int, end: int, cues: list[Mention]) -> bool:
    """The tokens name one day other than inside a cue: "قبل أيام" (a few days back) is a time word
    that dates nothing to a day, and as a cue of ``earlier`` it tells background ("نفذ الجيش قبل
    أيام غارة")."""
    inside = {t for cue in cues for t in range(cue.first_token, cue.end_token)}
    return any(
        time.label in DAY_ANCHORS and time.first_token not in inside
        for time in mentions.within("time", first, end)
    )


def _negations_before(mentions: TextMentions, trigger: Mention, clause_first: int) -> list[Mention]:
    """The negations that may govern the trigger; not the لا of "ما لا يقل عن ثلاثة صواريخ", which
    says "at least" (a lower bound of a count, list ``lower_bound``)."""
    first = max(clause_first, trigger.first_token - NEGATION_REACH)
    bounds = mentions.within("lower_bound", max(0, first - 1), trigger.first_token)
    return [
        n
        for n in mentions.within("negation", first, trigger.first_token)
        if not any(b.first_token <= n.first_token < b.end_token for b in bounds)
    ]


def _documented_undated(mentions: TextMentions, sentence_first: int, sentence_end: int) -> bool:
    """ "ووفق التقرير فإن القوات الحكومية قتلت 143 شخصا": the dead a report counts, in a sentence
    that names no day, are the report's tally over its period (what a report says of one incident,
    "وأفاد التقرير بأن حراسا أطلقوا النار على المهاجرين", stays that incident)."""
    return (
        bool(mentions.within("documented", sentence_first, sentence_end))
        and _counts(mentions, sentence_first, sentence_end)
        and _names_the_dead(mentions, sentence_first, sentence_end)
        and not names_a_day(mentions, sentence_first, sentence_end)
    )


def _counts(mentions: TextMentions, first: int, end: int) -> bool:
    """Tokens ``[first, end)`` hold a number, in digits or in words."""
    return any(norm.isdigit() for norm in mentions.text.norms[first:end]) or bool(
        mentions.within("number", first, end)
    )


def _counted_since(mentions: TextMentions, trigger: Mention, sentence_first: int, sentence_end: int) -> bool:
    """The trigger tells the occurrence years are counted since: right after "عام على" ("بعد عام على
    اتفاق التهدئة"), or anywhere after it in a sentence that names no day from there on ("أعيد
    افتتاح المركز أمس بعد مرور نحو عامين على هجوم … أسفر عن مقتل 67 خلال عملية احتجاز رهائن")."""
    cues = mentions.within("years_since", sentence_first, trigger.first_token)
    if not cues:
        return False
    if cues[-1].first_token >= trigger.first_token - YEARS_SINCE_REACH:
        return True
    return not names_a_day(mentions, cues[-1].end_token, sentence_end)


def _negates_a_claim(mentions: TextMentions, negation: Mention, trigger: Mention, clause_first: int) -> bool:
    """ "لم تتبن أي جهة الهجوم"، "لم تعلن أي جهة مسؤوليتها عن الهجوم"، "لم تذكر الجماعة توقيت الهجوم":
    what is negated is the claim or an aspect of the attack, not the attack it names; "أي" that
    follows the claim verb only says "no party"."""
    start = max(clause_first, negation.first_token - 1)
    return any(mentions.within(kind, start, trigger.first_token) for kind in ("claim", "negated_aspects"))


def _denies_an_aspect(mentions: TextMentions, denial: Mention, trigger: Mention) -> bool:
    """ "نفى التحالف أي مسؤولية له في القصف على قاعة زفاف": a denial of responsibility, of a toll or of
    details is no denial of the act it names after them; the act is reported."""
    return bool(mentions.within("negated_aspects", denial.end_token, trigger.first_token))


def _counted_from(mentions: TextMentions, trigger: Mention, sentence_first: int, sentence_end: int) -> bool:
    """ "أول هجوم من نوعه منذ سقوط الهدنة"، "تواصل العنف منذ الاعتداء الانتحاري في سوروتش": an act
    named right after منذ is the known point a period is counted from, not news; unless a day
    follows and dates it ("منذ الهجوم الذي استهدف الحاجز فجر اليوم"). "تشهد منذ أيام معارك" counts
    days, and the act after them is the news."""
    reach = max(sentence_first, trigger.first_token - SINCE_POINT_REACH - 1)
    openers = mentions.within("since_openers", reach, trigger.first_token)
    if not openers or not _opens_on_an_act(mentions, openers[-1]):
        return False
    return not names_a_day(
        mentions, trigger.end_token, min(sentence_end, trigger.end_token + SINCE_POINT_DAY_REACH)
    )


def _planned_after(mentions: TextMentions, trigger: Mention, clause_end: int) -> bool:
    """ "العملية العسكرية المرتقبة"، "الهجوم الذي تنوي القوات شنه": an occurrence noun whose next
    words plan it names what is to come (a future verb is read over the whole clause:
    ``_in_a_future_clause``)."""
    if _is_verb(mentions, trigger):
        return False
    end = min(clause_end, trigger.end_token + PLAN_REACH)
    return bool(mentions.within("plan", trigger.end_token, end))


def _judged_feasible(mentions: TextMentions, trigger: Mention, clause_end: int) -> bool:
    """ "استعادة السيطرة على المدينة ليست مشكلة"، "سقوط البلدة مسألة وقت": an occurrence noun whose
    feasibility the clause then judges names an act weighed, not one done."""
    if _is_verb(mentions, trigger):
        return False
    end = min(clause_end, trigger.end_token + FEASIBILITY_REACH)
    return bool(mentions.within("feasibility", trigger.end_token, end))


def _recorded_undated(
    mentions: TextMentions, trigger: Mention, sentence_first: int, sentence_end: int
) -> bool:
    """ "ويقول القائد في تسجيل فيديو إن قواته تمكنت من تطهير الضواحي": what a speaker claims to a
    camera, in a sentence that names neither a day nor a month, is an undated claim; with one ("قال في
    تسجيل مصور إن مقاتليه هاجموا أمس…"، "في غارة أول سبتمبر") it dates an occurrence."""
    return (
        bool(mentions.within("recording", sentence_first, trigger.first_token))
        and not names_a_day(mentions, sentence_first, sentence_end)
        and not mentions.within("month", sentence_first, sentence_end)
    )


def _in_a_future_clause(
    mentions: TextMentions, trigger: Mention, clause: tuple[int, int], place_words: frozenset[str]
) -> bool:
    """ "ستظل السفن محل استهداف"، "لن تتردد القوات في استهداف السفن"، "الصفقة المتفق عليها سيبدأ
    تنفيذها": an occurrence noun beside a future verb of its clause names what will be. Not the
    act a response answers ("سيرد على الهجوم"), nor one dated between them ("الهجوم الذي وقع أمس
    سيؤدي إلى…"); after the noun, not past a verb or a place of its own ("الاشتباكات تجددت في
    ناحية…"، "قصف فجرا موقعا في منطقة سنحان")."""
    if _is_verb(mentions, trigger):
        return False
    first, end = clause
    near_before = max(first, trigger.first_token - FUTURE_REACH)
    before = _future_words(mentions, near_before, trigger.first_token, place_words) + [
        m.first_token for m in mentions.within("future", first, near_before)
    ]
    near_after = min(end, trigger.end_token + FUTURE_REACH)
    after = [
        token
        for token in _future_words(mentions, trigger.end_token, near_after, place_words)
        if not any(mentions.within(kind, trigger.end_token, token) for kind in ("trigger", "place_cue"))
    ]
    spans = [(token + 1, trigger.first_token) for token in before] + [(trigger.end_token, t) for t in after]
    return any(
        not mentions.within("responses", *between) and not names_a_day(mentions, *between)
        for between in spans
    )


def _future_words(mentions: TextMentions, first: int, end: int, place_words: frozenset[str]) -> list[int]:
    """The tokens in ``[first, end)`` that mark the future: a particle (لن، سوف), or the future prefix
    (ستهاجم) on a word that is neither a number ("ستين" is sixty) nor a place's name ("سنوني")."""
    text, numbers = mentions.text, mentions.covered_by(("number",))
    return [
        i
        for i in range(first, end)
        if is_future(text.analyses[i]) and i not in numbers and text.stems[i] not in place_words
    ] + [m.first_token for m in mentions.within("future", first, end)]


def _is_verb(mentions: TextMentions, trigger: Mention) -> bool:
    return mentions.lexicon.triggers[trigger.entry_id].kind == "verb"


def names_an_aim(mentions: TextMentions, trigger: Mention) -> bool:
    """ "عمليات البحث جارية للقبض على المتورطين"، "جندت الميليشيات الأطفال للقتال"، "بدأت الشرطة
    تحقيقا بهدف القبض على المنفذين": a noun flagged ``sought`` with the purpose preposition, or
    right after a word that names a purpose, names an aim (of a search, a recruitment, a push),
    not what was done."""
    return _is_sought(mentions, trigger) and (
        is_purposive(mentions.text.analyses[trigger.first_token])
        or mentions.ending_at("purpose", trigger.first_token) is not None
    )


def _sought_by_an_aim(mentions: TextMentions, trigger: Mention, sentence_first: int) -> bool:
    """ "تسعى القوات إلى إحكام سيطرتها على المدينة": an act one seeks (a takeover, a fight, an arrest)
    right after the إلى that an aim verb governs is what a force aims at, not what it did. The verb
    governs the first إلى after it, a few words on: "تهدف إلى تطهير المحافظة، وتمكنت من استعادة
    المدينة" and "تسعى إلى الحل، وأدت المعارك إلى تحرير البلدة" tell a takeover. An act not sought
    ("يسعى المحققون لمعرفة دوافع إطلاق النار") is still told."""
    to = mentions.ending_at("aim_to", trigger.first_token)
    if to is None or not _is_sought(mentions, trigger):
        return False
    aims = mentions.within("aim", max(sentence_first, to.first_token - AIM_REACH), to.first_token)
    return bool(aims) and not mentions.within("aim_to", aims[-1].end_token, to.first_token)


def _is_sought(mentions: TextMentions, trigger: Mention) -> bool:
    return "sought" in mentions.lexicon.triggers[trigger.entry_id].flags


def names_a_day(mentions: TextMentions, first: int, end: int) -> bool:
    """The tokens name one day ("أمس"، "الثلاثاء"، "فجر")."""
    return bool(_day_times(mentions, first, end))


def _day_times(mentions: TextMentions, first: int, end: int) -> list[Mention]:
    """The time words that name one day; not a part of the day that names a prayer ("أثناء أدائهم
    صلاة الظهر" tells when in the day men prayed, on no day of its own)."""
    return [
        time
        for time in mentions.within("time", first, end)
        if time.label in DAY_ANCHORS
        and not (time.label == "part_of_day" and mentions.ending_at("prayers", time.first_token))
    ]


def names_a_day_of_its_own(mentions: TextMentions, first: int, end: int) -> bool:
    """The tokens name one day besides the day a statement or a report was issued ("قالت الشبكة في
    تقرير لها أصدرته، أمس": the report's day, not that of what it counts)."""
    issued = mentions.within("issued_at", first, end)
    return any(
        not any(0 <= time.first_token - cue.end_token <= ISSUED_DAY_REACH for cue in issued)
        for time in _day_times(mentions, first, end)
    )


def counts_over_a_period(mentions: TextMentions, first: int, end: int) -> bool:
    """The tokens count over weeks, months or years, or since a month or an act ("خلال 9 أشهر"،
    "منذ آذار"، "منذ مقتل براون"), and name no day of their own."""
    if names_a_day(mentions, first, end):
        return False
    if _counts_since_an_act(mentions, first, end):
        return True
    for opener in mentions.within("period_openers", first, end):
        reach = min(end, opener.end_token + PERIOD_REACH)
        if mentions.within("long_durations", opener.end_token, reach):
            return True
        if mentions.within("month", opener.end_token, reach):
            return True
    return _counts_a_measured_period(mentions, first, end)


def _counts_a_measured_period(mentions: TextMentions, first: int, end: int) -> bool:
    """A count of weeks, months or years right after في ("في 9 أشهر"): the preposition opens a
    period only with a count ("في شهر آب" is a date)."""
    for opener in mentions.within("counted_period_openers", first, end):
        count = number_at(mentions, opener.end_token)
        if count is not None and mentions.starting_at("long_durations", count.end_token) is not None:
            return True
    return False


def _counts_since_an_act(mentions: TextMentions, first: int, end: int) -> bool:
    """An act named right after منذ at the opening ("ومنذ مقتل براون، سجلت حوادث عدة") starts the
    period the sentence counts; further in, "مواجهات هي الأعنف منذ سقوط المدينة" only compares."""
    return any(
        _opens_on_an_act(mentions, opener)
        for opener in mentions.within("since_openers", first, min(end, first + SINCE_ACT_OPENING))
    )


def _opens_on_an_act(mentions: TextMentions, opener: Mention) -> bool:
    """An act's word starts right after the opener ("منذ مقتل"، "منذ الهجوم الانتحاري")."""
    return any(mentions.starting_at(kind, opener.end_token) for kind in ACT_KINDS)
