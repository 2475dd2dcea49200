"""Event frames: each trigger that reports an event becomes a frame with its type, actors, place,
date, fatalities, weapons and source, read from its sentence and the article around it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, cached_property

from rasd import acled
from rasd.dates import (
    ABSOLUTE_DATE_RULE,
    DAY,
    DAY_OFFSET_RULE,
    GREGORIAN,
    NIGHT_RULE,
    PART_OF_DAY,
    PAST_NIGHT_RULE,
    WEEK,
    WEEKDAY_RULE,
    time_expressions,
    writing_day,
)
from rasd.extract.actors import (
    ARMED_INTER,
    CIVILIAN_INTER,
    NON_STATE_ARMED_INTER,
    STATE_INTER,
    ActorMention,
    actor_mentions,
    belongs,
    owner_of,
    state_forces_named_by_country,
    unnamed_author,
)
from rasd.extract.deciders import PlaceDecider, SentenceDecider, rule_decision
from rasd.extract.event_type import NO_ACTOR, TypeCandidate, decide_type, type_rules
from rasd.extract.fatalities import (
    FATE_REACH,
    PERSON_KINDS,
    PRONOUN_RULE,
    TOLL_UPDATED_RULE,
    Fatalities,
    fatalities_in,
)
from rasd.extract.mentions import NAMING_KINDS, SUBJECT_KINDS, TextMentions
from rasd.extract.modality import (
    counts_over_a_period,
    names_a_day,
    names_a_day_of_its_own,
    names_an_aim,
    non_event_reason,
)
from rasd.extract.numbers import number_at, number_ending_at
from rasd.extract.place_features import ArticleWhere, place_key, sentence_of
from rasd.extract.places import (
    BARE,
    PlaceMention,
    bare_place_mentions,
    before_quotes,
    best_place,
    clause_marks,
    countries_in,
    cue_countries,
    ends_a_distance_phrase,
    from_origin,
    joined,
    located,
    namesake_countries,
    of_a_province_list,
    parts_before,
    place_mentions,
    province_before,
    word_list,
)
from rasd.extract.sentence_features import QUOTE_MARK
from rasd.geocode.distance import km_between
from rasd.geocode.gazetteer import Gazetteer
from rasd.geocode.gazetteer import Place as GazetteerPlace
from rasd.geocode.resolve import Context
from rasd.lexicon.lexicon import Admin1, Lexicon, Trigger
from rasd.text.tokenize import Analysis, bears_preposition, clitic_roles, is_definite
from rasd.types import AnalyzedText, Article, Decision, Mention, Rejection, Sentence, Span, TimeExpr

NEEDS_AGENT = "needs_agent"  # a killing verb that reports an act only with armed men as its subject
FOLLOWING_CLAUSE_RULE = "place:following_clause"
#: One of several settlements a clause names for its trigger ("قصفت الطائرات قرية X وبلدة Y")
ONE_PER_PLACE_RULE = "place:one_per_place"
LISTED_TOWN_RULE = "place:listed_town"  # a located town of a list: an occurrence of its own
SUMMED_TOLL_RULE = "fatalities.summed_over_towns"  # the clause counts dead, but over all the towns
#: an act told armed ("هجوم مسلح") whose author the text does not name: an unidentified group's
ARMED_ACT_RULE = "actor1:armed_act"
ORDINAL_RULE = "occurrence:ordinal"  # "انفجار ثان"، "الانفجار الثاني": one more, over the sentence model
OPENING_DAY_RULE = "occurrence:opening_day"  # "والاثنين، نظم محتجون": its own day, over the sentence model
DAY_OPENING = 1  # tokens before a sentence's weekday ("وفي يوم الاثنين"، not "مضت أيام الجمعة")
CLAUSE_DAY_RULE = "occurrence:clause_day"  # "الاشتباكات التي جدت يوم السبت": its own day, over the model
#: Adjectives between an occurrence noun and the relative pronoun of its own clause
#: ("للاشتباكات القبلية الدامية التي جدت").
OWN_CLAUSE_GAP = 2
ANOTHER_RULE = "occurrence:another"  # "الانفجار الثاني": the noun tells one more occurrence
RESULT_RULE = "occurrence:result"  # "أسفرت عن تدمير المنزل": what the sentence's act brought about
PRELUDE_RULE = "occurrence:prelude"  # "سيطرت على القصر بعد معارك": what came before the act
#: The place names the seat of whoever tells the toll ("أعلن مكتب الصحة في عدن عن مقتل 43"), not
#: necessarily where it happened (events.py joins it to the town the sentence names).
SOURCE_SEAT_RULE = "place:source_seat"
ARTICLE_COUNTRY_RULE = "country:article"  # nothing in the sentence placed it: the article's country did
SEPARATE_RULE = "occurrence:separate"  # "وفي حادث آخر، هاجم"، "قصف مماثل": one more, at its own place
SECOND_FORCE_RULE = "actors:second_force"  # "بين المسلحين والجيش وقوى الأمن": the police's own pair
GROUND_TOO_RULE = "occurrence:ground_too"  # "هجمات جوية وبرية": the ground assault beside the strikes
GROUND_TOO = "ground_too"  # the trigger flag and the cue list of the ground half ("وبرية")
AIR_STRIKE = "Air/drone strike"
REMOTE_VIOLENCE = "Explosions/Remote violence"
#: Bombs set off where they lie; a suicide bombing read with a state's force is settled by the events
#: (``_bomber_of_the_suicide_bombing``), with the armed group the sentence names beside the force.
BOMBINGS = frozenset({"Remote explosive/landmine/IED", "Grenade"})
#: The rules of ``_choose_actor1`` that read an author only from where it stands in the sentence.
POSITIONAL_RULES = frozenset({"after_trigger", "before_trigger", "earlier_speaker", "pair_in_clause"})
GROUND_ASSAULT = "Armed clash"  # what ACLED codes a ground assault on a town
ORIGIN_REACH = 3  # "من داخل الأراضي" before a country's adjective
BORDER_REACH = 3  # "الحدود المشتركة مع" before a country's name
ANOTHER_REACH = 2  # words after the noun ("الهجوم الانتحاري الثاني")
SEPARATE_OPENING = 3  # words a sentence may start with before "حادث آخر" ("وفي حادث آخر"، "و في")
REACTED_RULE = "occurrence:reacted_to"  # "أدان الهجوم"، "احتفلوا بتحرير": what others react to
RELATIVE_RULE = "occurrence:relative"  # "الحي الذي سيطرت عليه القوات": told as known, not as news
#: "دان المجلس التفجير الإرهابي الذي استهدف المصلين": an act others react to, told as known (a
#: definite noun, a relative clause) and with no day of its own: it opens no event, even alone.
KNOWN_ACT_RULE = "occurrence:known_act"
PLACE_NAME_WORDS = 3  # the longest place name looked for right after a campaign word ("معركة رأس العين")
#: Words between the reacting word and the noun: a speaker may be named at length ("أدانت الحكومة
#: في بيان أصدرته وزارة الخارجية استهداف"); at 4 such condemnations opened events of their own.
REACTION_REACH = 8
#: Words before an aftermath verb at a sentence's opening ("من جهة أخرى استنكر"، "وفي سياق متصل استنكرت").
AFTERMATH_OPENING_REACH = 4
#: Words from a reacted-to act to the day it names ("الاعتداء الانتحاري الذي أوقع ثلاثين قتيلا على
#: الأقل ونحو مئة جريح الاثنين"); a day further on is the reaction's ("في جلسته التي عقدها يوم أمس").
ACT_DAY_REACH = 12
#: Words from an act noun to the definite genitive that ends its construct: a chain of nouns in
#: construct may run on ("تفجير مسجد قيادة قوة الطوارئ").
CONSTRUCT_REACH = 4
NESTED_KM = 10.0  # a quarter, square or suburb and the city it is part of
NEIGHBOURHOOD_CODE = "PPLX"
#: Place cues after which a town locates the place named before it ("طنطا شمالي القاهرة").
LANDMARK_CUES = frozenset({"direction", "proximity"})
LANDMARK_REACH = 3  # words between such a cue and its town ("شرق العاصمة الليبية طرابلس")
ACT_QUALIFIER_REACH = 1  # words from an act's noun to the trigger qualifying it ("هجوم عنيف بسيارة مفخخة")
GRIEVANCE_REACH = 8  # words from "إثر"، "احتجاجا على"، "بعد" to the death protested
CLAUSE_MARKS = frozenset(",،;؛:.")  # a grievance word reaches no death past one of these
CAUSE_REACH = 12  # words from a toll to the cause it names ("قتل 57 مدنيا وأصيب 200 آخرين بجروح في قصف")
VICTIM_REACH = 4  # words after a killed-word or "بينهم" in which an actor is a victim ("مقتل 4 جنود")
UNIT_REACH = 12  # words from a killed-word to the dead man's unit, past his rank and name
CIVILIANS_ID = "intl.civilians"  # the lexicon's civilians of the event's country
CIVILIAN_SITE_RULE = "actor2:civilian_site"  # events.py lets a report that names the target replace it
SITE_REACH = 3  # words from a target's word to the home struck ("استهدف مسلحون مجهولون منزل")
CROWD_REACH = 4  # words from a clash word to the crowd that is its party ("اشتبك فلسطينيون مع الجيش")
BURNED_REACH = 2  # words from a burning word to the person burned ("حرق منزل العائلة"، "إحراق الرضيع")
ANSWERED_ACT_REACH = (
    6  # words from "بعد"، "ردا" to the earlier act's word ("بعد ساعات من بدء مقاتلي المعارضة هجوما")
)
BACKER_ADJECTIVES = 1  # words between two backers joined by و ("بقوات الجيش الوطني وطيران التحالف")
ACT_PARTY_REACH = 2  # words from that act's word to its party ("هجوم مفاجئ لمقاتلي المعارضة")
#: Acts that strike a target: a bombing, a strike or an attack on civilians (a fight's or a
#: territory's other side is its foe, told "بعد معارك مع داعش"، "بعد انسحاب قوات الدعم السريع");
#: the dead they leave unnamed are civilians.
STRIKING_TYPES = frozenset({REMOTE_VIOLENCE, "Violence against civilians"})
OBJECT_REACH = 3  # time words between a killing verb's subject and the count ("مسلحون اليوم الأحد خمسة")
OBJECT_SCAN = 8  # words from an active killing verb, past a phrase, to its object ("قتلوا في قصف ثلاثة")
CLAIM_REACH = 3
#: words from a speech noun to the passive that lays the words on someone ("تصريحات صحفية نسبت إلى")
SPEECH_NOUN_REACH = 2
#: Means that strike from afar: the force that bears them is the author, wherever it stands.
STRIKING_WEAPONS = frozenset({"aircraft", "drone", "helicopter", "artillery"})
CLAIM_SUBJECT_REACH = 10  # "أعلن تنظيم داعش في بيان اليوم الجمعة مسؤوليته عن"
#: The cue lists through which an article gives an act its author (``_claimant``): a claim, an act
#: laid on a group, a word of doing after the act, a state's blame.
CLAIM_CUES = ("claim", "laid_on", "agents", "blame")
PARTIAL_CLAIM_REACH = 6  # "تبنى تنظيم الدولة الإسلامية مسؤوليته اثنين منها"
ALLY_REACH = 3  # words from "بمساندة" to the backer ("بمساندة ضربات جوية يشنها التحالف")
SIDE_REACH = 4  # words from a side's last force to the other side ("من طرف، والفصائل")
AGENT_REACH = 4  # words between the trigger and "برصاص"/"على يد" ("قتل شاب فلسطيني برصاص ...")
RECENT_DAYS = 31
#: A toll of thousands is a war's or a year's count, never one occurrence's (the largest gold toll
#: of train and dev is 292; ACLED's events rarely pass a few hundred dead).
WAR_TOLL = 1000
YEAR_DAYS = 366  # a date without a year is read at most this far back: further back, it wrote one
KILLING_STATE_REACH = 20  # words from "قتلت إسرائيل" to the act's noun ("... وعددا من الوزراء في غارة")
ORDINARY_CRIME_FLAG = "excl:ordinary_crime"
#: Words from the actor told before a shot to the shot ("إن جنود الاحتلال أطلقوا النار"), or the actor
#: inside it ("أطلق مستوطنون النار"): farther back it is someone else ("الشرطة تلقت بلاغا عن قيام شخص
#: بإطلاق النار").
SHOOTER_REACH = 2
SUBJECT_REACH = 4  # the subject of a verb-first sentence follows the verb within a few words
SPEECH_COLON = ":"  # opens quoted words after a speaker ("قال ضابط في الشرطة: «...»")
REPORTER_REACH = 3  # words from a speech verb to who speaks ("أكدت قيادة الجيش أن")
SOURCE_SEAT_REACH = REPORTER_REACH + 2  # to the speaker's seat after في ("أعلن مكتب الصحة في عدن")
#: Words from a speaker's body to the verb after the name ("شرطة ديالى فلان الفلاني، قال").
SPEAKER_NAME_REACH = 5
OPENING_SENTENCES = 2
#: Cue lists that make an article a retrospective (``_retrospective``): an anniversary is marked in
#: the lead (``OPENING_SENTENCES`` of its title or body); a verdict is the news only in the first
#: sentence (a second may recall the trial behind a protest).
ANNIVERSARY_CUE = "anniversary"
VERDICT_CUE = "verdict"
#: The rule recorded when no time expression dates a frame and the publication day stands in.
DEFAULT_DATE_RULE = "date:published"
LEAD_DATE_RULE = "date:lead"
QUOTED_ON_DATE_RULE = "date:quoted_on"
DAYS_AFTER_RULE = "time.days_after"
SAME_DAY_RULE = "time.same_day"
TOLL_RISE_DAY_RULE = "time.before_toll_rise"
FUNERAL_DAY_RULE = "time.before_funeral"
#: "اليوم"، "أمس" of a sentence that quotes on a statement the sentence before dated: counted from
#: that day, not from publication (a sub-rule of the day offset, so the word is still its evidence).
STATEMENT_DAY_RULE = f"{DAY_OFFSET_RULE}.from_statement"
#: Words between "بعد يومين" and the occurrence it dates ("بعد يومين فقط، من الهجوم": the comma counts).
DAYS_AFTER_REACH = 4
AIMED_RULE = "occurrence:aimed_act"  # "هجوم استهدف معسكرا": an act noun whose aim a verb tells
TELLS_TARGET = "tells_target"  # a verb that says what an act aimed at ("هجوم استهدف معسكرا")
TARGET_VERB_GAP = 1  # words between an act's noun and the verb of its target ("هجوم إرهابي استهدف")
VERB = "verb"  # the kind of a trigger that is a verb (triggers.tsv)
LEAD_SENTENCES = 2  # the lead of a report: where it states the day
OPENING_VERB_REACH = 2  # tokens of a sentence's opening that hold its speech verb ("وقال"، "كما أكد")
LEAD_DAY_REACH = 7  # days before publication
#: The sentences after the lead that may state the day it left out ("وكان الهجوم قد وقع مساء أمس"),
#: and how far back: a weekday read further back there is background or a day to come ("الحداد
#: بدءا من الجمعة").
FOLLOW_UP_SENTENCES = 2
FOLLOW_UP_DAY_REACH = 2
ISSUED_AT_REACH = 2  # words from "أصدرته" to the seat it names ("أصدرته في نيامي")
ISSUED_AT_CUE_WORDS = 3  # words of the longest cue of `issued_at` ("مؤتمر صحافي مشترك")
GOVERNMENT_VOICE = "government_voice"  # cues.yaml: words of a government's acts
GOVERNMENT_TIES = "government_ties"  # cues.yaml: words of the ties between governments
GOVERNMENT_WORDS = (GOVERNMENT_VOICE, GOVERNMENT_TIES)
PARTY_REACH = 3  # "علاقات تل أبيب بأنقرة": words from the ties to the other party after a name
#: Words from a speech verb to the day that dates its statement ("أفادت مصادر طبية سودانية، الأحد، بمقتل").
STATEMENT_DAY_REACH = 8
#: The same from a denial, whose subject may run longer ("نفى التحالف العربي الذي تقوده السعودية ويشن
#: عملية ضد المتمردين في اليمن، اليوم الثلاثاء، أي مسؤولية له في القصف"): before the act it denies, a
#: day can only be the denial's. Speech verbs keep the shorter reach (14 for them too cost dev).
DENIAL_DAY_REACH = 14
#: Words after a funeral's day that may name whom it buries ("اليوم ثلاثة متظاهرين قتلوا").
FUNERAL_OBJECT_REACH = 3
TOLL_RISE_GAP = 1  # words from a statement day to the toll rise it dates ("الخميس عن ارتفاع")
#: Words from a relative pronoun on an actor to the act it tells ("الذين تلاحقهم طائرات").
RELATIVE_ACT_REACH = 2
RELATIVE_DAY_REACH = 2  # words from a relative pronoun to the day its clause states ("الذي قتل أول أمس")
#: Words after that day that may still hold the clause's act ("والذي تعرض مساء الأحد إلى قصف").
CLAUSE_ACT_AFTER_DAY = 2
#: Words between a trigger noun and a relative pronoun on it: an adjective ("التفجير الإرهابي الذي").
TRIGGER_RELATIVE_GAP = 1
AGREEMENT = "Agreement"
#: Words from a meeting noun to the town it was held in ("اجتماع عقده سلامة، اليوم الأحد بمدينة الزاوية").
MEETING_REACH = 8
MEETING_RULE = "place:meeting"
PERIOD_WORDS = 2  # words between منذ and the year word it governs ("منذ منتصف عام 2014")
#: Words from the force that announces a takeover to its word ("أعلن الجيش المالي، اليوم الثلاثاء،
#: السيطرة على"): the day or "في بيان" may stand between.
ANNOUNCED_REACH = 5
ANNOUNCED_TAKEOVER = "announced_takeover"  # the rule that makes the announcer actor1
#: Act words from an announcing armed group to the trigger of its act: the act's word and its means
#: ("أعلن حزب الله استهداف مستوطنة بـ30 صاروخا").
ANNOUNCED_ACT_WORDS = 2
ANNOUNCED_ACT = "announced_act"  # the rule that makes an armed group announcing its act actor1
GOVERNMENT_REGAINS = "Government regains territory"
NON_STATE_OVERTAKES = "Non-state actor overtakes territory"
TERRITORY_SUB_TYPES = frozenset({GOVERNMENT_REGAINS, NON_STATE_OVERTAKES})
NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
PROTESTS = "Protests"
PEACEFUL_PROTEST = "Peaceful protest"
ARRESTS = "Arrests"
CROWD_EVENT_TYPES = frozenset({PROTESTS, "Riots"})
#: Arrests their sentence tells beside a protest or a riot ("توقيف عدد من المتظاهرين"): the crowd's
#: intervention, not the police's next act.
BESIDE_CROWD_RULE = "arrests:beside_crowd"
SETTLEMENT_CUE = "settlement"  # the kind of place cue that names a town's kind (مدينة، بلدة، قرية)
#: Kinds of place cue that open a place's name with the word of its kind: a town (بمدينة زليتن),
#: the countryside around one (في ريف دمشق) or a governorate's seat (بمحافظة القطيف), which then
#: says where the place before it lies ("في قرية المروة بمحافظة الحرث" is one place).
KIND_CUES = frozenset({SETTLEMENT_CUE, "countryside", "admin"})
INSIDE_CUE = "inside"  # the kind of place cue that says in (في، داخل، ضمن)
PROXIMITY = "proximity"  # the kind of place cue that says near (قرب، على مقربة من)
DIRECTION = "direction"  # the kind of place cue that says in which part (شمال، جنوب شرقي)
DISRUPTED = "Disrupted weapons use"
INTERCEPTION_CUE = "interception"  # the cue kind of the verbs that intercept (اعترضت، أسقطت، تصدت)
OBJECTION_CUE = "objection"  # the preposition that makes اعترض object rather than intercept
#: How many words after an interception or a defusing may still describe what it stopped.
DISRUPTED_OBJECT_WORDS = 2
#: How many tokens (commas count) between an interception verb and the missile it stopped, a subject
#: and time words between ("اعترضت السعودية، اليوم الجمعة، صاروخا"; "صاروخ أطلق من غزة واعترضته").
INTERCEPTED_WEAPON_WORDS = 7
#: How many words from a verb of possession or capture to the weapon it holds ("غنمت الدبابات والراجمات").
HELD_WEAPON_WORDS = 4
#: How many words from a list word (منها، بينها) to the weapon it lists ("منها دبابات وراجمات صواريخ"),
#: and from the verb of possession to the list word, its subject, the thing held and its qualifiers
#: between ("استولت على عتاد عسكري ثقيل منها"، "استولى مسلحو تنظيم داعش على عتاد عسكري ثقيل منها").
LISTED_WEAPON_WORDS = 4
HELD_LIST_WORDS = 9
HELD_LIST_CUE = "held_lists"
NOT_HELD = "not_held:"
#: How many words from a word of accompaniment to the fire it tells, a noun and its qualifiers
#: between ("تحت غطاء كثيف من النيران والقذائف").
ACCOMPANIED_FIRE_WORDS = 6
#: How many words from a breach to the truce it breaks, a qualifier and the breaker between ("بانتهاك
#: آخر لوقف إطلاق النار"، "أن تنتهك القوات الهندية مرة أخرى وقف إطلاق النار").
BROKEN_TRUCE_WORDS = 6
#: How many words from a call or an appeal to the agreement it asks for, the caller and the parties
#: called on between ("دعا الأمين العام للأمم المتحدة جميع الأطراف في اليمن إلى وقف إطلاق النار").
CALLED_AGREEMENT_WORDS = 12
#: The flags that keep a trigger from being read a few words after their cues, and how many words.
CLAUSE_CUE_REACH = {
    NOT_HELD: HELD_WEAPON_WORDS,
    "not_accompanying:": ACCOMPANIED_FIRE_WORDS,
    "not_breached:": BROKEN_TRUCE_WORDS,
    "not_called:": CALLED_AGREEMENT_WORDS,
}
#: The flag of a noun that tells an act only as the object of its verb, and how many tokens (commas
#: count) may stand between them: a subject and a time phrase ("نفذ أهالي الغوطة الشرقية والغربية،
#: اليوم 21 آب، وقفة").
AFTER_VERB = "after_verb:"
AFTER_VERB_WORDS = 10
FOUND_AFTER = "found_after:"  # the flag of explosives that a find or a seizure stopped before use
#: How many words from a find to the explosives found, a preposition and a count between
#: ("العثور على 3 عبوات").
FOUND_WEAPON_WORDS = 3


@dataclass
class Frame:
    trigger: Trigger
    trigger_mention: Mention
    sentence: Sentence
    text: AnalyzedText
    sub_event_type: str
    #: set only where a rule retypes the frame; "" stands for the trigger's type. Where a type is
    #: compared, read the type of ``sub_event_type`` (``acled.sub_event_types``) instead.
    event_type: str = ""
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    holder: ActorMention | None = None  # who holds the ground struck ("أحياء تحت سيطرة قوات النظام")
    associates: list[ActorMention] = field(default_factory=list)  # who takes ground beside actor1
    place: PlaceMention | None = None
    country: str | None = None
    date: dt.date | None = None
    time_precision: int = DAY
    anchor: GazetteerPlace | None = None
    fatalities: int | None = None
    weapons: list[str] = field(default_factory=list)
    # the trigger tells, in a relative clause, what a named actor does ("التحالف الذي شن غارات على
    # مواقع الحوثيين"): a description of the actor, not a means the article's other acts took
    describes_actor: bool = False
    claimed_by: str | None = None
    rules: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    sentence_decision: Decision | None = None  # the sentence decider's verdict, when one ran
    # the article tells more than one act ("خلال هجومين"، "هجمات متزامنة"), cue list several_acts
    several_acts: bool = False


@dataclass(frozen=True)
class Claim:
    """A named actor's claim of responsibility, and the places its sentence names (the stems of
    each name) and their provinces: "تبنى تنظيم داعش تفجير سيارة مفخخة في صنعاء" claims an act in
    Sanaa only."""

    actor: ActorMention
    places: frozenset[tuple[str, ...]]
    provinces: frozenset[str]
    #: an act laid on the group ("الهجوم الذي نسب إلى داعش") holds for its own sentence's act only
    #: ("وكان تفجير نسب إلى داعش قد استهدف المدينة الشهر الماضي" claims no attack of today)
    laid_in: Sentence | None = None


@dataclass(frozen=True)
class LeadDay:
    """The day the body's opening states, and whether it is the day of the lead's act or only of a
    statement about it ("وقالت قوة المهام في بيان الليلة قبل الماضية"): only an act's day is the
    story's day that a later statement's own day gives way to."""

    day: dt.date
    of_act: bool


@dataclass(frozen=True)
class FrameReading:
    """An article's frames, and the triggers that did not become frames with the reason why."""

    frames: list[Frame]
    rejected: list[Rejection]


RECAP_REASON = "modality.recap"  # the rules' reason for an undated background line
RECAPPED_TOLL_RULE = "fatalities.recapped"  # a toll that a background line gives the act


@dataclass(frozen=True, slots=True)
class RecappedToll:
    """The toll of an undated background line ("يذكر أن اشتباكات كانت اندلعت في سبها وأسفرت عن
    سقوط 19 قتيلا"): not news of its own, but the dead of the act of its sub-type at its places."""

    sub_event_type: str
    places: frozenset[str]
    count: int
    days: frozenset[dt.date]


class ArticleContext:
    """What the whole article says about where: the countries it names or whose provinces it names
    (twice when the name says where something is), and the one it names most."""

    def __init__(
        self,
        article: Article,
        texts: list[TextMentions],
        gazetteer: Gazetteer,
        place_decider: PlaceDecider | None = None,
        bare_names: bool | None = None,
    ) -> None:
        self.article = article
        self.gazetteer = gazetteer
        self.place_decider = place_decider
        #: "4844 مدنيا ضحايا الأسد خلال 9 أشهر": a headline that counts over a period makes the
        #: article a tally; a sentence that names no day of its own is part of that count.
        self.tally = any(m.text.field == "title" and counts_over_a_period(m, 0, len(m.text)) for m in texts)
        self.several_acts = any(m.within("several_acts", 0, len(m.text)) for m in texts)
        #: also read town names no cue or locative introduces, for the place decider to judge
        self.bare_names = place_decider is not None if bare_names is None else bare_names
        votes: Counter[str] = Counter()
        located_votes: Counter[str] = Counter()
        forces: Counter[str] = Counter()
        shared: list[tuple[str, frozenset[str], bool, tuple[int, int]]] = []
        cue_placed: set[str] = set()
        for mentions in texts:
            # A name after في/داخل (or with بـ) says where things happen; a bare one may only say
            # who backs whom ("المدعومة من إيران").
            named = [
                (iso2, token, frozenset())
                for iso2, token in countries_in(mentions, 0, len(mentions.text))
                if not _beside_or_from(mentions, token)
            ]
            named += [
                (admin1.iso2, m.first_token, namesake_countries(mentions, m, admin1, gazetteer))
                for m in mentions.by_kind["admin1"]
                if (admin1 := mentions.lexicon.admin1[m.entry_id])
            ]
            # "مستوطنة كريات شمونة": the cue word says the town's country, which the text may never name.
            cue_placed |= cue_countries(mentions, gazetteer)
            for iso2, token, namesakes in named:
                if namesakes:
                    shared.append((iso2, namesakes, located(mentions, token), (id(mentions), token)))
                else:
                    _vote(votes, located_votes, iso2, located(mentions, token))
            # "قصف النظام السوري"، "الجيش العراقي": a state's own forces mostly act at home.
            forces.update(_state_force_countries(mentions))
        # "طرابلس" is Libya's province and Lebanon's city: a shared name goes to the other country
        # when the article names that one and nothing else of the province's own country; where it
        # names neither, to the one country most of its big cities and state forces are of
        # ("القنيطرة" beside "سلا والرباط" is Kenitra; one Cairo district read for "جسر الزيتون"
        # does not take الناصرية from Iraq's security forces, which weigh as much).
        # The cities take a place pass of their own over the whole article, so they are read only
        # where a shared name is in doubt (most shared names are settled by the votes).
        evidence: Counter[str] | None = None
        for iso2, namesakes, is_located, _ in shared:
            others = [c for c in namesakes if votes[c]] if not votes[iso2] else []
            if not votes[iso2] and not others:
                if evidence is None:
                    evidence = forces + _city_countries(texts, gazetteer, {where for *_, where in shared})
                others = [c for c in _most_named(evidence) if c in namesakes and evidence[c] > evidence[iso2]]
            _vote(votes, located_votes, max(others, key=votes.__getitem__) if others else iso2, is_located)
        ranked = votes.most_common()
        self.country = ranked[0][0] if ranked else None
        # Other countries count as where things happen only when the text says so more than once.
        # Where it locates none, a state's forces are evidence twice over, or once beside a country
        # named in passing ("وقالت الولايات المتحدة" must not rule alone over "الجيش الافغاني"); a
        # lone force may be an attacker abroad ("طائرة مسيرة إسرائيلية").
        forces_needed = 1 if votes else 2
        self.countries = frozenset(
            [c for c, v in located_votes.items() if v >= 2]
            + ([self.country] if self.country else [])
            + [c for c, v in forces.items() if v >= forces_needed and not located_votes]
            + sorted(cue_placed)
        )
        provinces = frozenset(
            m.lexicon.admin1[a.entry_id].geonames_code for m in texts for a in m.by_kind["admin1"]
        )
        # "وزارة الداخلية الأفغانية": a nationality names its country too, so "كابل" is Kabul in a
        # report that never names Afghanistan but as a neighbour's.
        named = frozenset(votes) | {n.entry_id for m in texts for n in m.by_kind["nationality"]}
        first_pass = Context(self.countries, provinces=provinces, named=named)
        places = [(m, p) for m in texts for p in place_mentions(m, 0, len(m.text), gazetteer, first_pass)]
        # Names the article uses for places ("ساحة الطيران") are not triggers anywhere in it.
        self.place_names = {m.text.stems[p.first_token : p.end_token] for m, p in places}
        self.place_words = frozenset(word for name in self.place_names for word in name)
        # The places the article names are evidence for which namesake another name means; the
        # reporter's dateline is where the article was written, not where it happened.
        reported = [p for m, p in places if not _in_dateline(m, p)]
        neighbours = {(p.place.latitude, p.place.longitude) for p in reported if p.place is not None}
        self.where = Context(
            self.countries, neighbours=tuple(sorted(neighbours)), provinces=provinces, named=named
        )
        # "استدعاء إسلام آباد للسفير": a city standing for its government is not what the article
        # is about, where an event whose sentence names no place falls back to; nor is the town a
        # victim comes from ("ينتمي إلى مدينة الزنتان").
        where_about = [
            p
            for m in texts
            for p in not_for_origins(m, [q for n, q in places if n is m])
            if not _in_dateline(m, p) and not _stands_for_its_government(m, p)
        ]
        resolved = Counter(p.place for p in where_about if p.place is not None)
        self.main_places = [place for place, _ in resolved.most_common()]
        self.where_facts = ArticleWhere(
            self.country,
            self.countries,
            Counter(place_key(m, p) for m, p in places),
            frozenset(place_key(m, p) for m, p in places if m.text.field == "title"),
        )
        self._known_names = frozenset(self.place_names)
        self._first_read = {id(m): [p for n, p in places if n is m] for m in texts}
        self.named_actors: set[str] = set()
        #: the armed group the article named last: who "المسلحون" or "الانتحاري" are after it
        self.last_armed_group: ActorMention | None = None
        #: the day of the act told last: what "في اليوم نفسه" refers to
        self.last_day: dt.date | None = None
        #: the sentence whose own words dated the act told last, its sub-type and day: what a quote
        #: after it elaborates ("وقال مصدر في المقاومة: نفذنا هجوما …")
        self.last_told: tuple[Sentence, str, dt.date] | None = None
        #: tolls that undated background lines give of an act of a sub-type at a place
        self.recapped_tolls: list[RecappedToll] = []
        self._texts = texts

    @cached_property
    def claim(self) -> Claim | None:
        """The named actor the article says claims what it reports, and where its claim says the act
        was; read when a frame needs an author (most articles have no frame)."""
        if not any(m.by_kind.get(kind) for m in self._texts for kind in CLAIM_CUES):
            return None  # no word that claims, lays or attributes an act: no actor pass to read one
        # "وتبناه التنظيم": a short form claims for the group the article names
        named = {
            a.actor_id for m in self._texts for a in actor_mentions(m, 0, len(m.text), set(), self.country)
        }
        for m in self._texts:
            found = _claimant(m, actor_mentions(m, 0, len(m.text), named, self.country))
            if found is not None:
                claimant, laid = found
                sentence = sentence_of(m, claimant.first_token)
                places = self.not_vetoed(m, self.places(m, sentence.first_token, sentence.end_token))
                return Claim(
                    claimant,
                    frozenset(place_key(m, p) for p in places),
                    frozenset(name for p in places if (name := _province(p, p.place, m.lexicon))),
                    sentence if laid else None,
                )
        return None

    @cached_property
    def lead(self) -> LeadDay | None:
        """The day the body's opening states (``_lead_day``); read when a frame needs a date."""
        return _lead_day(self._texts[-1], self.article.published) if self._texts else None

    @property
    def lead_day(self) -> dt.date | None:
        """The lead's day, of its act or of a statement."""
        return self.lead.day if self.lead else None

    @cached_property
    def story_day(self) -> dt.date | None:
        """The first day the body's opening states, a statement's too: the moment the story is told
        from, which "غداة هجوم" counts back from."""
        if not self._texts:
            return None
        lead = _lead_day(self._texts[-1], self.article.published, past_statements=False)
        return lead.day if lead else None

    def places(self, mentions: TextMentions, first: int, end: int) -> list[PlaceMention]:
        """The places of tokens ``[first, end)``, read with what the whole article says, and the
        bare town names among them when a place decider judges them."""
        read = [
            p
            for p in not_for_origins(
                mentions,
                not_for_governments(
                    mentions, place_mentions(mentions, first, end, self.gazetteer, self.where)
                ),
            )
            if not _where_issued(mentions, p)
        ]
        if not self.bare_names:
            return read
        # Bare names are read once over the whole text, then kept where the range reads nothing.
        whole = self._first_read[id(mentions)]
        taken = {t for p in read for t in range(p.first_token, p.end_token)}
        bare = [
            p
            for p in bare_place_mentions(
                mentions, 0, len(mentions.text), self.gazetteer, self.where, whole, self._known_names
            )
            if first <= p.first_token
            and p.end_token <= end
            and taken.isdisjoint(range(p.first_token, p.end_token))
        ]
        return sorted(read + bare, key=lambda p: p.first_token) if bare else read

    def accepted(self, mentions: TextMentions, places: list[PlaceMention]) -> list[PlaceMention]:
        """The candidates the place decider takes for an event's place (all when none runs)."""
        if self.place_decider is None:
            return places
        return [p for p in places if self.place_decision(mentions, p).accept]

    def not_vetoed(self, mentions: TextMentions, places: list[PlaceMention]) -> list[PlaceMention]:
        """The places the rules read, and the bare names the place decider accepts."""
        return [p for p in places if p.match != BARE or self.place_decision(mentions, p).accept]

    def place_decision(self, mentions: TextMentions, place: PlaceMention) -> Decision:
        """The place decider's verdict on a candidate, judged once per text."""
        key = ("place_decision", place.first_token, place.end_token, id(self.place_decider))
        decision = mentions.memo.get(key)
        if decision is None:
            assert self.place_decider is not None
            sentence = sentence_of(mentions, place.first_token)
            text_places = self.places(mentions, sentence.first_token, sentence.end_token)
            decision = self.place_decider.decide(mentions, place, text_places, self.where_facts)
            mentions.memo[key] = decision
        return decision

    def anchor_in(
        self, country: str | None, admin1: Admin1 | None, lexicon: Lexicon
    ) -> GazetteerPlace | None:
        """The place the article is mostly about, in a country (and province): where an unlisted
        neighbourhood lies."""
        return next(
            (
                p
                for p in self.main_places
                if (country is None or p.country == country)
                and (admin1 is None or lexicon.admin1_by_code(p.country, p.admin1_code) == admin1)
            ),
            None,
        )


def _city_countries(
    texts: list[TextMentions], gazetteer: Gazetteer, shared: set[tuple[int, int]]
) -> Counter[str]:
    """The countries of the big cities the article names, read before it has countries (so only
    cities of 100,000 people count), leaving out the shared names being decided."""
    found: Counter[str] = Counter()
    for mentions in texts:
        for p in place_mentions(mentions, 0, len(mentions.text), gazetteer, Context()):
            if p.place is not None and not p.is_province and (id(mentions), p.first_token) not in shared:
                found[p.place.country] += 1
    return found


def _most_named(evidence: Counter[str]) -> list[str]:
    """The one country the evidence names most, if one leads the others."""
    top = evidence.most_common(2)
    return [top[0][0]] if top and (len(top) == 1 or top[0][1] > top[1][1]) else []


def _vote(votes: Counter[str], located_votes: Counter[str], iso2: str, is_located: bool) -> None:
    """A country named where something is counts twice, and towards the countries events are in."""
    votes[iso2] += 2 if is_located else 1
    if is_located:
        located_votes[iso2] += 1


def _state_force_countries(mentions: TextMentions) -> list[str]:
    """The country of each mention of a state's forces (inter 1) that the lexicon ties to one."""
    actors = mentions.lexicon.actors
    return [
        actor.country
        for m in mentions.by_kind.get("actor", [])
        if (actor := actors.get(m.entry_id)) is not None and actor.inter == STATE_INTER and actor.country
    ]


def extract_frames(
    article: Article,
    texts: list[AnalyzedText],
    lexicon: Lexicon,
    gazetteer: Gazetteer,
    sentence_decider: SentenceDecider | None = None,
    place_decider: PlaceDecider | None = None,
) -> FrameReading:
    if not any(lexicon.has_trigger(text) for text in texts):
        return FrameReading([], [])  # most articles: no word that reports an event, nothing to place
    all_mentions = [TextMentions.of(text, lexicon) for text in texts]
    # "ذكر الجيش أمس الجمعة" in a text crawled on the Tuesday: its أمس and weekdays count from Saturday
    article = replace(article, published=writing_day(all_mentions, article.published))
    if _retrospective(all_mentions) or _history(all_mentions, article.published):
        return FrameReading([], [])
    context = ArticleContext(article, all_mentions, gazetteer, place_decider)
    frames: list[Frame] = []
    rejected: list[Rejection] = []
    for mentions in all_mentions:
        for sentence in mentions.text.sentences:
            read = _sentence_frames(mentions, sentence, context, sentence_decider)
            frames += read.frames
            rejected += read.rejected
    _give_recapped_tolls(frames, context.recapped_tolls)
    frames = _at_the_meeting(frames, all_mentions, context)
    # Without a publication date, the latest day the article reports stands in for it.
    reference = article.published or max((f.date for f in frames if f.date is not None), default=None)
    # An article read although it opens on an anniversary: a crowd marks it (``_commemorates``).
    leads = {id(m.text): _anniversary_leads(m) for m in all_mentions}
    texts = {id(m.text): m for m in all_mentions}
    fresh: list[Frame] = []
    for frame in frames:
        if reason := _not_news(frame, reference, texts[id(frame.text)], leads):
            rejected.append(_rejection(frame.trigger_mention, frame.sentence, rule_decision(reason)))
        else:
            fresh.append(frame)
    return FrameReading(fresh, rejected)


def _not_news(
    frame: Frame, reference: dt.date | None, mentions: TextMentions, leads: dict[int, list[Sentence]]
) -> str | None:
    """Why a frame read is no news: it is dated too long ago, or it is what a commemoration
    remembers (``_remembered``)."""
    if _too_old(frame.date, reference):
        return "modality.too_old"
    if any(leads.values()) and _remembered(frame, mentions, leads[id(frame.text)]):
        return "modality.anniversary"
    return None


def _remembered(frame: Frame, mentions: TextMentions, leads: list[Sentence]) -> bool:
    """In an article whose lead marks an anniversary with a crowd, what is not the crowd recalls
    what it remembers (the massacre, its shelling), unless it tells news of its own: an arrest
    beside the crowd, an act in the lead outside the phrase the anniversary cue governs ("…في
    الذكرى السنوية للمجزرة، فيما قتل جندي في انفجار عبوة")، or a later sentence that names its
    own day and is dated by it ("وقتل 5 مدنيين اليوم في غارة"; "وقع القصف في وقت متأخر من الليل"
    names a part of the day, the lead's or the remembered one)."""
    if acled.sub_event_types()[frame.sub_event_type] in CROWD_EVENT_TYPES or BESIDE_CROWD_RULE in frame.rules:
        return False
    first, end = frame.sentence.first_token, frame.sentence.end_token
    if frame.sentence in leads:
        trigger = frame.trigger_mention.first_token
        return any(start <= trigger < stop for start, stop in _remembered_phrases(mentions, frame.sentence))
    dated_elsewhere = any(rule in frame.rules for rule in (LEAD_DATE_RULE, DEFAULT_DATE_RULE))
    return dated_elsewhere or not names_a_day_of_its_own(mentions, first, end)


def _at_the_meeting(frames: list[Frame], texts: list[TextMentions], context: ArticleContext) -> list[Frame]:
    """An agreement is where its parties met ("اتفقت أطراف النزاع في طرابلس … جاء ذلك خلال اجتماع
    عقده المبعوث بمدينة الزاوية"): ACLED codes the place it was reached, not the town whose fighting it
    ends nor another event's town. Only a meeting in the agreement's own country places it."""
    if not any(f.sub_event_type == AGREEMENT for f in frames):
        return frames
    meetings = [(mentions, p) for mentions in texts for p in _meeting_places(mentions, context)]
    return [_met_at(f, meetings) if f.sub_event_type == AGREEMENT else f for f in frames]


def _met_at(frame: Frame, meetings: list[tuple[TextMentions, PlaceMention]]) -> Frame:
    met = next(((m, p) for m, p in meetings if frame.country in (None, _country_of(p))), None)
    return frame if met is None else _placed_at(met[0], frame, met[1], MEETING_RULE)


def _meeting_places(mentions: TextMentions, context: ArticleContext) -> list[PlaceMention]:
    """The first town the gazetteer locates after each meeting noun of a text, in its sentence."""
    found = []
    for cue in mentions.within("meetings", 0, len(mentions.text)):
        end = min(sentence_of(mentions, cue.first_token).end_token, cue.end_token + MEETING_REACH)
        places = context.not_vetoed(mentions, context.places(mentions, cue.end_token, end))
        found += [p for p in places[:1] if p.place is not None and _settlement(p)]
    return found


def _means_told(frame: Frame, mentions: TextMentions) -> bool:
    """The frame names a weapon besides the trigger's own words that fits what it reports: "طيران"
    is both a weak trigger and a weapon, and an airline ("طيران ناس") names nothing else. A march
    is told by the tear gas that met it ("قنابل الغاز لتفريق مسيرة", each word telling the other),
    not by an aircraft ("طائرة استطلاع أمريكية مسيرة" is a drone)."""
    trigger = frame.trigger_mention
    own = {
        mentions.lexicon.weapons[w.entry_id].name
        for w in mentions.by_kind.get("weapon", ())
        if w.first_token < trigger.end_token and trigger.first_token < w.end_token
    }
    beside = {name for name in frame.weapons if name not in own}
    if acled.sub_event_types()[frame.sub_event_type] != PROTESTS:
        return bool(beside)
    implied = {w.implies for w in mentions.lexicon.weapons.values() if w.name in beside and w.implies}
    words = mentions.within("trigger", frame.sentence.first_token, frame.sentence.end_token)
    others = {t.entry_id for t in words} - {trigger.entry_id}
    implied |= {mentions.lexicon.triggers[entry].sub_event_type for entry in others}
    return any(acled.sub_event_types()[sub_type] == PROTESTS for sub_type in implied)


def _announced_takeover(frame: Frame) -> bool:
    """A force announces that it took a named place ("أعلنت قوات الدعم السريع سيطرتها على الفاشر"):
    the claim of its author tells the takeover without a toll or a weapon."""
    return f"actor1:{ANNOUNCED_TAKEOVER}" in frame.rules and frame.place is not None


def _handover_told(
    sites: list[str], mentions: TextMentions, actors: list[ActorMention], sentence: Sentence
) -> bool:
    """A handover tells itself, and only so: a trigger flagged ``opens_with:<cues>`` opens when its
    sentence names what is handed over, one of those cues, and a party to it ("سلمت البعثة الأممية
    معسكرها في موبتي إلى السلطات"), whatever toll or weapon it has."""
    first, end = sentence.first_token, sentence.end_token
    return bool(actors) and any(mentions.within(cues, first, end) for cues in sites)


def _handover_sites(entry: Trigger) -> list[str]:
    """The cue lists a trigger flagged ``opens_with:<cues>`` needs in its sentence."""
    return [flag.removeprefix("opens_with:") for flag in entry.flags if flag.startswith("opens_with:")]


def _rejection(trigger: Mention, sentence: Sentence, decision: Decision) -> Rejection:
    return Rejection(trigger.span, sentence.span, decision)


def _retrospective(texts: list[TextMentions]) -> bool:
    """An article that opens by marking an anniversary ("في مثل هذا اليوم"، "عام على") recalls, it
    does not report, unless a crowd marks it (``_commemorates``); one that opens with a court's
    verdict ("قضت محكمة الجنايات بإعدام…"، after its dateline too: "واس - الأحساء: نفذت وزارة الداخلية
    حكم القتل قصاصا") reports a trial, and the attack it recalls is the crime judged, long past."""
    for mentions in texts:
        sentences = mentions.text.sentences
        if any(not _commemorates(mentions, s) for s in _anniversary_leads(mentions)):
            return True
        lead = [s for s in sentences if s.kind != "dateline"][:1]
        if any(mentions.within(VERDICT_CUE, s.first_token, s.end_token) for s in lead):
            return True
        if any(_opens_with_years_since(mentions, s) for s in sentences[:OPENING_SENTENCES]):
            return True
    return False


def _anniversary_leads(mentions: TextMentions) -> list[Sentence]:
    """The opening sentences of a text that mark an anniversary."""
    return [
        s
        for s in mentions.text.sentences[:OPENING_SENTENCES]
        if mentions.within(ANNIVERSARY_CUE, s.first_token, s.end_token)
    ]


def _commemorates(mentions: TextMentions, sentence: Sentence) -> bool:
    """The sentence marks an anniversary with a crowd, which is the day's news, not a look back: a
    vigil held in memory of a massacre ("نفذ الأهالي وقفة إحياءً لذكرى المجزرة التي ارتكبها النظام عام
    2013"), protests on the first anniversary of a killing that turned violent ("تحولت المظاهرات في
    الذكرى الأولى لمقتله إلى أعمال عنف"). ACLED codes such gatherings; the earlier year the sentence
    names is the one remembered. A protest remembered ("في الذكرى السنوية لمظاهرات يناير") is no
    crowd of the day: the crowd stands outside the phrase the cue governs."""
    phrases = _remembered_phrases(mentions, sentence)
    return bool(phrases) and any(
        not any(start <= m.first_token < stop for start, stop in phrases)
        for m in _crowd_triggers(mentions, sentence)
    )


def _remembered_phrases(mentions: TextMentions, sentence: Sentence) -> list[tuple[int, int]]:
    """The token spans that the sentence's anniversary cues govern: from a cue to the end of its
    clause ("في الذكرى السنوية لمجزرة ارتكبها الجيش عام 2012، فيما…"), the reach of the ``recap``
    veto that the cue's words also carry."""
    whole = (sentence.first_token, sentence.end_token)
    return [
        (cue.first_token, _clause_of(sentence, cue.first_token, whole)[1])
        for cue in mentions.within(ANNIVERSARY_CUE, *whole)
    ]


def _opens_with_years_since(mentions: TextMentions, sentence: Sentence) -> bool:
    """ "عام على قصف القافلة"، "أربع سنوات على هجوم الكرك": a sentence that opens by counting the
    years since an occurrence, after at most a number, marks its anniversary."""
    first = sentence.first_token
    counted = mentions.within("number", first, first + 1) or mentions.text.norms[first].isdigit()
    opening = (first, first + 1) if counted else (first,)  # "بعد عام على الاتفاق" only dates
    return any(m.first_token in opening for m in mentions.within("years_since", first, first + 4))


def _history(texts: list[TextMentions], published: dt.date | None) -> bool:
    """An article that names no day of its own but dates what it tells to earlier years ("عام 1915")
    is a history or a review, not a report."""
    if published is None or not any(_names_an_earlier_year(m, 0, len(m.text), published) for m in texts):
        return False  # the rare earlier year first: most articles then need no day scan
    return not any(
        e.precision == DAY and not _too_old(e.date, published)
        for m in texts
        for e in time_expressions(m, 0, len(m.text), published)
    )


def _sentence_frames(
    mentions: TextMentions,
    sentence: Sentence,
    context: ArticleContext,
    decider: SentenceDecider | None,
) -> FrameReading:
    first, end = sentence.first_token, sentence.end_token
    actors = _with_speakers_own_forces(
        mentions, actor_mentions(mentions, first, end, context.named_actors, context.country), first, end
    )
    if actors and mentions.within("trigger", first, end):
        # Places are read only where an act may be told: reading them for every sentence cost a
        # third of extraction time, and a sentence with no trigger opens no frame.
        actors = _outside_place_names(actors, context.places(mentions, first, end))
    context.named_actors.update(a.actor_id for a in actors)
    named_before = context.last_armed_group
    frames: list[Frame] = []
    rejected: list[Rejection] = []
    verdict: Decision | None = None  # the sentence decider judges a sentence once, when asked
    clauses = sentence.clauses or ((first, end),)
    triggers = [_strongest_trigger(mentions, a, b, context.place_names, sentence, actors) for a, b in clauses]
    background = _background(mentions, sentence, context) if any(triggers) else None
    for number, ((clause_first, clause_end), trigger) in enumerate(zip(clauses, triggers, strict=True)):
        if trigger is None:
            continue
        mention, entry = trigger
        reason = (
            non_event_reason(mentions, mention, (clause_first, clause_end), (first, end), context.place_words)
            or background
        )
        rules = rule_decision(reason)
        if not rules.accept:
            rejected.append(_rejection(mention, sentence, rules))
            if reason == RECAP_REASON:
                _note_recapped_toll(mentions, sentence, mention, entry, context)
            continue
        decision = None
        if decider is not None:
            verdict = verdict or decider.decide(mentions, sentence)
            decision = _one_more_told(verdict, mentions, mention, entry)
            decision = _opens_on_its_day(decision, mentions, sentence, context.article.published)
            decision = _dated_by_its_clause(
                decision, mentions, sentence, mention, entry, context.article.published
            )
            if not decision.accept:
                # Kept as a frame that may add details to an event but never opens one.
                rejected.append(_rejection(mention, sentence, decision))
        frame = Frame(
            entry,
            mention,
            sentence,
            mentions.text,
            entry.sub_event_type,
            rules=[f"trigger:{entry.id}", *([f"decider:{decision.decider}"] if decision else [])],
            evidence=[sentence.span],
            sentence_decision=decision,
            several_acts=context.several_acts,
        )
        frame.rules += _occurrence_marks(mentions, mention, entry, (clause_first, clause_end), (first, end))
        if decision is not verdict:  # overruled: the last reason names the rule that did it
            frame.rules.append(decision.reasons[-1])
        if _told_as_a_separate_incident(mentions, sentence, mention, clause_end):
            frame.rules.append(SEPARATE_RULE)
        if _aimed_act_noun(mentions, trigger):
            frame.rules.append(AIMED_RULE)
        frame.describes_actor = _tells_an_actor(mentions, actors, clause_first, mention)
        _refine_sub_type(frame, mentions, clause_first, clause_end, context.place_names, actors)
        _without_resistance(frame, mentions)
        other_triggers = [clause for clause, _ in _clauses_of_other_triggers(frame, clauses, triggers)]
        _assign_actors(frame, actors, mentions, (clause_first, clause_end), other_triggers, context)
        place_first = _place_reach(mentions, clauses, triggers, number, context)
        _assign_place(frame, mentions, place_first, clause_end, context)
        _assign_date(frame, mentions, clause_first, clause_end, context)
        context.last_day = frame.date
        others = _clauses_of_other_acts(frame, clauses, triggers)
        _assign_fatalities(frame, mentions, (clause_first, clause_end), others)
        if _counts_a_war(frame, mentions, first, end):
            rejected.append(_rejection(mention, sentence, rule_decision("modality.tally")))
            continue
        _assign_source(frame, mentions, actors)
        _decide_type(frame, mentions, actors)
        sites = _handover_sites(entry)
        if sites and not _handover_told(sites, mentions, actors, sentence):
            # "تسلمت مصر طائرات رافال", "تسليمهما بعد وفاة الشخصين": handing over aircraft or the
            # dead is no territory; neither a weapon nor a toll makes it one.
            rejected.append(_rejection(mention, sentence, rule_decision("trigger.weak_alone")))
            continue
        if (
            (entry.weak or entry.ambiguous)
            and frame.fatalities is None
            and not _means_told(frame, mentions)
            and not sites
            and not _announced_takeover(frame)
        ):
            # A weak trigger ("يسيطر"، "دخل") reports an event only with its toll or weapons.
            alone = rule_decision("trigger.weak_alone")
            if not frame.weapons:
                rejected.append(_rejection(mention, sentence, alone))
                continue
            # "طيران التحالف حلق فوق المدينة": the word is its own weapon; it opens nothing but
            # still tells the means of a strike the article reports in generic words.
            if verdict is None or verdict.accept:
                rejected.append(_rejection(mention, sentence, alone))
                frame.sentence_decision = alone
        # The clauses after it that have no trigger of their own may name more of its targets.
        following = _following_clauses(mentions, clauses, triggers, number)
        own = _one_per_place(frame, mentions, clause_first, clause_end, context)
        placed = _with_following_places(own, mentions, (clause_first, clause_end), following, context)
        frames += placed + [twin for copy in placed for twin in _ground_assault_too(copy, mentions)]
        frames += [twin for copy in placed for twin in _second_force_too(copy, mentions, actors)]
    context.last_armed_group = next((a for a in reversed(actors) if a.named_armed_group), named_before)
    _mark_arrests_beside_a_crowd(frames, mentions, sentence)
    return FrameReading(frames, rejected)


def _note_recapped_toll(
    mentions: TextMentions, sentence: Sentence, mention: Mention, entry: Trigger, context: ArticleContext
) -> None:
    """Keeps the one toll of an undated background line ("كانت اندلعت … وأسفرت عن سقوط 19 قتيلا")
    that names where its act happened and tells no other of its kind ("هجوم مماثل")."""
    first, end = sentence.first_token, sentence.end_token
    if not mentions.within("earlier", first, end) or _another(mentions, mention, end):
        return
    counts = {f.count for f in fatalities_in(mentions, first, end) if f.count is not None}
    places = frozenset(_place_key(p) for p in context.places(mentions, first, end) if p.place is not None)
    if len(counts) != 1 or not places:
        return
    days = frozenset(t.date for t in time_expressions(mentions, first, end, context.article.published))
    context.recapped_tolls.append(RecappedToll(entry.sub_event_type, places, counts.pop(), days))


def _give_recapped_tolls(frames: list[Frame], tolls: list[RecappedToll]) -> None:
    """A background line's toll is the dead of the article's act of its sub-type at its place, on
    its day if it names one, where the article counts that act's dead nowhere else ("الاشتباكات
    القبلية التي جدت يوم السبت" … "يذكر أن اشتباكات كانت اندلعت في سبها وأسفرت عن سقوط 19 قتيلا")."""
    for toll in tolls:
        kin = [f for f in frames if f.sub_event_type == toll.sub_event_type]
        if any(f.fatalities is not None for f in kin):
            continue
        for frame in kin:
            if _recapped_there(frame, toll):
                frame.fatalities = toll.count
                frame.rules.append(RECAPPED_TOLL_RULE)


def _recapped_there(frame: Frame, toll: RecappedToll) -> bool:
    """The frame's sentence names the line's place, or none (its place is then the article's)."""
    there = frame.place is None or _place_key(frame.place) in toll.places
    return there and (not toll.days or frame.date in toll.days)


def _place_key(place: PlaceMention) -> str:
    return place.place.name if place.place is not None else place.name_ar


def _following_clauses(
    mentions: TextMentions,
    clauses: tuple[tuple[int, int], ...],
    triggers: list[tuple[Mention, Trigger] | None],
    number: int,
) -> list[tuple[int, int]]:
    """The clauses after clause ``number`` that have no trigger of their own and may name more of its
    targets, read up to the next clause that tells an act. An aside that interrupts the list ("وفي
    الاسكندرية، حيث أطلقت الشرطة قنابل الغاز") stops nothing: the list goes on after it ("، وفي بني
    سويف والمنيا") as the first act's, and the aside takes none of its places."""
    if _interrupts_a_list(mentions, clauses, triggers, number):
        return []
    following = []
    for later in range(number + 1, len(clauses)):
        if triggers[later] is None:
            following.append(clauses[later])
        elif not _interrupts_a_list(mentions, clauses, triggers, later):
            break
    return following


def _place_reach(
    mentions: TextMentions,
    clauses: tuple[tuple[int, int], ...],
    triggers: list[tuple[Mention, Trigger] | None],
    number: int,
    context: ArticleContext,
) -> int:
    """Where the frame's place is read from: its clause, or, for an aside that interrupts a list and
    names no place of its own, the listed place it is about ("وفي الاسكندرية، حيث ...")."""
    first, end = clauses[number]
    aside = _interrupts_a_list(mentions, clauses, triggers, number)
    if aside and not context.not_vetoed(mentions, context.places(mentions, first, end)):
        return clauses[number - 1][0]
    return first


def _interrupts_a_list(
    mentions: TextMentions,
    clauses: tuple[tuple[int, int], ...],
    triggers: list[tuple[Mention, Trigger] | None],
    number: int,
) -> bool:
    """Clause ``number`` opens with حيث or إذ right after a clause that a conjunction joins to an
    earlier act and that tells no act of its own ("، وفي الاسكندرية،"): an aside on the listed place."""
    analyses = mentions.text.analyses
    return (
        analyses[clauses[number][0]][1] in word_list("elaborations")
        and number >= 2
        and triggers[number - 1] is None
        and joined(analyses[clauses[number - 1][0]])
        and any(triggers[: number - 1])
    )


def _mark_arrests_beside_a_crowd(frames: list[Frame], mentions: TextMentions, sentence: Sentence) -> None:
    arrests = [f for f in frames if f.sub_event_type == ARRESTS]
    if arrests and _tells_a_crowd(mentions, sentence):
        for frame in arrests:
            frame.rules.append(BESIDE_CROWD_RULE)


def _tells_a_crowd(mentions: TextMentions, sentence: Sentence) -> bool:
    """The sentence has a trigger of a protest or a riot."""
    return bool(_crowd_triggers(mentions, sentence))


def _crowd_triggers(mentions: TextMentions, sentence: Sentence) -> list[Mention]:
    """The sentence's triggers of a protest or a riot."""
    return [
        m
        for m in mentions.within("trigger", sentence.first_token, sentence.end_token)
        if mentions.lexicon.triggers[m.entry_id].event_type in CROWD_EVENT_TYPES
    ]


def _ground_assault_too(frame: Frame, mentions: TextMentions) -> list[Frame]:
    """ "شن هجمات جوية، وبرية على دوما": an air attack whose noun is joined to a ground adjective
    names two acts, the strikes and the ground assault, which ACLED codes apart (an air strike
    and an armed clash); a comma may stand between. The assault is told by the same words, so it
    shares the strikes' actors, place and day."""
    analyses = mentions.text.analyses
    after = frame.trigger_mention.end_token
    if after < len(analyses) and analyses[after][1] == ",":
        after += 1
    if (
        GROUND_TOO not in frame.trigger.flags
        or frame.sub_event_type != AIR_STRIKE
        or after >= len(analyses)
        or not joined(analyses[after])
        or mentions.starting_at(GROUND_TOO, after) is None
    ):
        return []
    return [
        replace(
            frame,
            sub_event_type=GROUND_ASSAULT,
            event_type=acled.sub_event_types()[GROUND_ASSAULT],
            weapons=[],
            rules=[*frame.rules, GROUND_TOO_RULE],
            evidence=list(frame.evidence),
        )
    ]


def _second_force_too(frame: Frame, mentions: TextMentions, actors: list[ActorMention]) -> list[Frame]:
    """ "اشتباكات بين المسلحين والجيش وقوى الأمن الداخلي": a clash whose side lists two state forces
    joined by و is fought by each of them against the other side, and ACLED codes one event per
    actor pair; the second force's fight is told by the same words, so it shares the first's place,
    day and toll."""
    if "needs_actor_pair" not in frame.trigger.flags:
        return []
    for side, other in ((frame.actor1, frame.actor2), (frame.actor2, frame.actor1)):
        force = _joined_force_after(mentions, actors, side)
        # "بين الشرطة والجيش": two forces that fight each other are the pair itself
        if force is not None and other is not None and other.actor_id != force.actor_id:
            pair = {"actor1": force} if side is frame.actor1 else {"actor2": force}
            marked = [*frame.rules, SECOND_FORCE_RULE]
            return [
                replace(
                    frame, **pair, rules=marked, evidence=list(frame.evidence), weapons=list(frame.weapons)
                )
            ]
    return []


def _joined_force_after(
    mentions: TextMentions, actors: list[ActorMention], side: ActorMention | None
) -> ActorMention | None:
    """The other state force named right after a state force, joined to it by و ("والجيش وقوى
    الأمن")."""
    if side is None or side.inter != STATE_INTER:
        return None
    return next(
        (
            a
            for a in actors
            if a.first_token == side.end_token
            and a.inter == STATE_INTER
            and a.actor_id != side.actor_id
            and joined(mentions.text.analyses[a.first_token])
        ),
        None,
    )


def _outside_place_names(actors: list[ActorMention], places: list[PlaceMention]) -> list[ActorMention]:
    """ "مدينة ود مدني": a word of a longer place name ("مدني", a civilian) names no actor."""
    return [
        a
        for a in actors
        if not any(
            p.first_token <= a.first_token
            and a.end_token <= p.end_token
            and p.end_token - p.first_token > a.end_token - a.first_token
            for p in places
        )
    ]


def not_for_governments(mentions: TextMentions, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places of a text but the cities that stand for their governments."""
    return [p for p in places if not _stands_for_its_government(mentions, p)]


def _stands_for_its_government(mentions: TextMentions, place: PlaceMention) -> bool:
    """A city a word of a government's acts or ties governs ("استدعاء إسلام آباد للسفير"، "قالت
    أنقرة"، "علاقات تل أبيب"), the other party of the ties, with ب a name later ("علاقات تل أبيب
    بأنقرة"), or a city that opens a clause with such a word in its sentence ("، وواشنطن تدين"; a
    dateline's city is a line of its own: "أنقرة\nأعلنت تركيا")."""
    token = place.first_token
    if any(_governing(mentions, kind, token) for kind in GOVERNMENT_WORDS):
        return True
    if clitic_roles().locative in mentions.text.analyses[token][0]:
        first = max(0, token - PARTY_REACH)
        return any(_governing(mentions, GOVERNMENT_TIES, t) for t in range(first, token))
    sentence = sentence_of(mentions, token)
    speaks = place.end_token < sentence.end_token and mentions.starting_at(GOVERNMENT_VOICE, place.end_token)
    return bool(speaks) and _opens_a_clause(mentions, place, sentence)


def _governing(mentions: TextMentions, kind: str, token: int) -> bool:
    """A word of a kind ends right before a token and governs the name there: a verb, or a noun
    without the article, whose name follows it ("زيارة دمشق"; "المشيك والزيارة" is a village)."""
    word = mentions.ending_at(kind, token)
    return word is not None and not is_definite(mentions.text.analyses[word.first_token])


def _opens_a_clause(mentions: TextMentions, place: PlaceMention, sentence: Sentence) -> bool:
    """The name begins its sentence or clause, the subject of the verb after it, or of what a speaker
    reports ("أعلن مسؤول تركي أن أنقرة تتهم"): not a list's last town ("عدن ولحج والضالع تسعى"), nor a
    word a noun before it governs ("عشائر الأنبار تطالب")."""
    token = place.first_token
    return (
        sentence.first_token == token
        or mentions.text.stems[token - 1] in clause_marks()
        or mentions.ending_at("complementizers", token) is not None
    )


def not_for_origins(mentions: TextMentions, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places of a text but those someone comes from: right after a word of origin ("ينتمي إلى
    مدينة الزنتان"، "مقاتل ينحدر من قرية المشيرفة"), and the rest of a list that one opens ("ينحدرون من
    محافظتي صعدة وعمران")."""
    kept: list[PlaceMention] = []
    origin_end = -1
    for place in places:
        start = place.first_token
        if from_origin(mentions, start) or (start == origin_end and joined(mentions.text.analyses[start])):
            origin_end = place.end_token
        else:
            kept.append(place)
    return kept


def _where_issued(mentions: TextMentions, place: PlaceMention) -> bool:
    """ "في بيان أصدرته في نيامي"، "في مؤتمر صحافي في أنقرة": the seat of a statement, not a place of
    what it tells. A cue of several words counts by its last one."""
    first = max(0, place.first_token - ISSUED_AT_REACH)
    return any(
        cue.end_token > first
        for cue in mentions.within("issued_at", max(0, first - ISSUED_AT_CUE_WORDS), place.first_token)
    )


def _counts_a_war(frame: Frame, mentions: TextMentions, first: int, end: int) -> bool:
    """ "أوقعت المعارك ثلاثة آلاف قتيل": a toll of thousands in a sentence that names no day sums up
    a war, not one occurrence."""
    return (frame.fatalities or 0) >= WAR_TOLL and not names_a_day(mentions, first, end)


def _located_in_another_country(
    mentions: TextMentions, first: int, end: int, places: list[PlaceMention]
) -> bool:
    """ "قتل فلسطيني إسرائيليين في هجوم شمال إسرائيل، ... منفذ الهجوم من بلدة قباطية": a clause that
    says in which part of a country it happened takes no place of another country from the rest of
    its sentence. Only a direction says so: "الحوثيين في اليمن" is where an actor is, "المظاهرات التي
    تستلهم ... في مصر" where others were."""
    own = {iso2 for iso2, token in countries_in(mentions, first, end) if _after_direction(mentions, token)}
    theirs = {country for p in places if (country := _country_of(p)) is not None}
    return bool(own and theirs) and not own & theirs


def _after_direction(mentions: TextMentions, token: int) -> bool:
    cue = mentions.ending_at("place_cue", token)
    return cue is not None and mentions.lexicon.place_cues[cue.entry_id][0] == DIRECTION


def _country_of(place: PlaceMention) -> str | None:
    if place.country is not None:
        return place.country
    return place.place.country if place.place is not None else None


def _beside_or_from(mentions: TextMentions, token: int) -> bool:
    """ "في إيناتيس قرب مالي": a country named after a word of proximity is beside the place, not
    where it lies, and so is one a border is shared with ("قرب الحدود مع بوركينا فاسو"); "مقذوف
    أطلق من داخل الأراضي اليمنية" names the country fire came from, not the one it fell on."""
    cue = mentions.ending_at("place_cue", token)
    if cue is not None and mentions.lexicon.place_cues[cue.entry_id][0] == PROXIMITY:
        return True
    stems = mentions.text.stems[max(0, token - BORDER_REACH - 1) : token]
    if stems and stems[-1] in word_list("with") and word_list("borders").intersection(stems[:-1]):
        return True
    stems = stems[-ORIGIN_REACH:]
    return bool(stems) and stems[-1] in word_list("territory") and _opens_an_origin(stems[:-1])


def _opens_an_origin(stems: list[str]) -> bool:
    """The words end with "from" (من) or "from inside" (من داخل)."""
    origins = word_list("origins")
    return bool(stems) and (
        stems[-1] in origins or (len(stems) > 1 and stems[-1] in word_list("inside") and stems[-2] in origins)
    )


def _background(mentions: TextMentions, sentence: Sentence, context: ArticleContext) -> str | None:
    """Why the whole sentence is no news, read once for all its triggers: it dates itself to an
    earlier year, or it names no day (but the day its source issued it) in an article whose headline
    counts over months."""
    first, end = sentence.first_token, sentence.end_token
    if _names_an_earlier_year(mentions, first, end, context.article.published) and not _commemorates(
        mentions, sentence
    ):
        return "modality.too_old"
    if context.tally and not names_a_day_of_its_own(mentions, first, end):
        return "modality.tally"
    return None


def _occurrence_marks(
    mentions: TextMentions,
    mention: Mention,
    entry: Trigger,
    clause: tuple[int, int],
    sentence: tuple[int, int],
) -> list[str]:
    """What the words around a trigger say of its occurrence: one more ("الانفجار الثاني"), what an
    act brought about ("أسفرت عن تدمير المنزل") or came after ("بعد معارك"), what others react to
    ("أدان المجلس استهداف المدنيين"، "يحتفلون في الشوارع باستعادة المدينة"), given in a relative
    clause ("الحي الذي سيطرت عليه القوات النظامية"), or a known act others attend to."""
    first, end = clause
    marks = []
    if _another(mentions, mention, end):
        marks.append(ANOTHER_RULE)
    if mentions.ending_at("results", mention.first_token) is not None:
        marks.append(RESULT_RULE)
    if mentions.ending_at("preludes", mention.first_token) is not None:
        marks.append(PRELUDE_RULE)
    reacting = mentions.within(
        "reactions", max(first, mention.first_token - REACTION_REACH), mention.first_token
    )
    reacted = entry.kind != "verb" and bool(reacting)
    if reacted:
        marks.append(REACTED_RULE)
    relative = (
        entry.kind == "verb" and mentions.ending_at("relative_pronouns", mention.first_token) is not None
    )
    if relative:
        marks.append(RELATIVE_RULE)
    # "مستنكرا الهجوم الإرهابي الذي استهدف مسجدا": the relative clause tells the act reacted to.
    attended = reacted or (relative and bool(reacting)) or _opens_on_an_aftermath(mentions, sentence[0])
    if (attended and _told_as_known_undated(mentions, mention, entry, relative, sentence)) or (
        _named_by_its_wounded(mentions, mention, entry, sentence, attended)
    ):
        marks.append(KNOWN_ACT_RULE)
    return marks


def _named_by_its_wounded(
    mentions: TextMentions, mention: Mention, entry: Trigger, sentence: tuple[int, int], attended: bool
) -> bool:
    """ "خرجت اليوم 19 حالة من مصابي تفجير المسجد": an act named in construct after the wounded it
    left is known to the reader; the day the sentence names before it is the discharge's. A day
    after it ("جرحى القصف الذي استهدف السوق صباح اليوم") dates the act itself, and "قتيل وجرحى بهجوم"
    (wounded by, not the wounded of) or "الجرحى" (no construct) tell the act's own toll. "الجرحى جراء
    القصف" is a retelling only where the act is retold: ``attended`` to, or one of its kind told
    earlier in the article (looked for only then: most acts name no wounded); otherwise it is a
    first report ("أفاد ناشطون بأن الجرحى جراء القصف على الحي نقلوا إلى مشفى ميداني")."""
    if not (
        _in_construct_with_its_wounded(mentions, mention)
        or (
            _wounded_by_the_known(mentions, mention, sentence)
            and (attended or _kin_told_before(mentions, entry, sentence[0]))
        )
    ):
        return False
    return not names_a_day(mentions, mention.end_token, min(sentence[1], mention.end_token + ACT_DAY_REACH))


def _kin_told_before(mentions: TextMentions, entry: Trigger, sentence_first: int) -> bool:
    """Whether a trigger of the same event type as ``entry`` is told before the sentence: an act the
    article has already reported."""
    triggers = mentions.lexicon.triggers
    earlier = mentions.within("trigger", 0, sentence_first)
    return any(triggers[t.entry_id].event_type == entry.event_type for t in earlier)


def _in_construct_with_its_wounded(mentions: TextMentions, mention: Mention) -> bool:
    """ "مصابي تفجير المسجد": the wounded in construct with the act, not "الجرحى" nor "جرحى بهجوم"."""
    wounded = mentions.ending_at("wounded_of", mention.first_token)
    analyses = mentions.text.analyses
    return not (
        wounded is None
        or is_definite(analyses[wounded.first_token])
        or bears_preposition(analyses[mention.first_token])
    )


def _wounded_by_the_known(mentions: TextMentions, mention: Mention, sentence: tuple[int, int]) -> bool:
    """ "أحد المصابين في تفجير مسجد الطوارئ"، "الجرحى من جراء التفجير": the wounded, definite, named
    by what hurt them, a definite act (by its article or its construct): those the reader knows,
    hurt by the act the reader knows. "أصيب عشرة في تفجير"، "سقط قتلى وجرحى جراء القصف" and "الجرحى في
    تفجير على حاجز" tell it."""
    wounded = mentions.ending_at("wounded_by", mention.first_token)
    analyses = mentions.text.analyses
    # the cue matches without the article; "سقط قتلى وجرحى جراء قصف الطيران" is a toll, not a retelling
    if wounded is None or not is_definite(analyses[wounded.first_token]):
        return False
    return is_definite(analyses[mention.first_token]) or _definite_by_construct(
        mentions, mention, sentence[1]
    )


def _told_as_known_undated(
    mentions: TextMentions, mention: Mention, entry: Trigger, relative: bool, sentence: tuple[int, int]
) -> bool:
    """ "التفجير الإرهابي"، "حادثة التفجير"، "الذي استهدف المصلين": an act named by a definite noun
    or in a relative clause is one the reader knows; the day a condemnation or a visit names before
    it is the reaction's, while "الاعتداء الذي أوقع ثلاثين قتيلا الاثنين" dates the act itself. So is
    an act told further on in the relative clause that describes what is condemned ("دانت الجريمة
    التي نفذها مستوطنون … وأدت إلى حرق رضيع"), unless that clause names a day."""
    definite = entry.kind != "verb" and (
        is_definite(mentions.text.analyses[mention.first_token])
        or _definite_by_construct(mentions, mention, sentence[1])
    )
    act_day_end = min(sentence[1], mention.end_token + ACT_DAY_REACH)
    if definite or relative:
        return not names_a_day(mentions, mention.end_token, act_day_end)
    pronouns = mentions.within("relative_pronouns", sentence[0], mention.first_token)
    return bool(pronouns) and not names_a_day(mentions, pronouns[-1].end_token, act_day_end)


def _definite_by_construct(mentions: TextMentions, mention: Mention, end: int) -> bool:
    """ "تفجير المسجد"، "حادث تفجير مسجد الطوارئ": an act noun whose construct ends on a definite word
    is definite itself, the act the reader knows (an indefinite noun takes no definite adjective, so
    the definite word is its genitive). A preposition or a particle ends the search ("هجوم على الحاجز"),
    and so does an actor or weapon named with its article ("استهداف طائرات التحالف") or with an
    adjective ("استهداف طائرة مسيرة حافلة الركاب"): the act's subject is then its whole genitive, and
    what follows an indefinite one is the act's object. A bare noun may still be in construct ("قوة
    الشرطة")."""
    text = mentions.text
    particles = word_list("words")
    for i in range(mention.end_token, min(end, mention.end_token + CONSTRUCT_REACH)):
        subject = _agent_starting_at(mentions, i)
        if subject is not None and any(is_definite(text.analyses[j]) for j in range(i, subject.end_token)):
            return True
        if subject is not None and subject.end_token > i + 1:
            return False
        if bears_preposition(text.analyses[i]) or text.stems[i] in particles or not text.norms[i].isalpha():
            return False
        if is_definite(text.analyses[i]):
            return True
    return False


def _agent_starting_at(mentions: TextMentions, token: int) -> Mention | None:
    """The longest actor or weapon mention that starts at a token ("قوة الطوارئ" over "قوة"), if any."""
    found = [m for kind in (*SUBJECT_KINDS, "weapon") if (m := mentions.starting_at(kind, token)) is not None]
    return max(found, key=lambda m: m.end_token, default=None)


def _opens_on_an_aftermath(mentions: TextMentions, sentence_first: int) -> bool:
    """ "دان مجلس الوزراء التفجير الذي استهدف المصلين"، "زار المسؤولون أمس مصابي حادثة التفجير": a
    sentence that opens on a condemnation, a condolence or a visit tells what someone did about an
    act; the acts it names are what they attend to."""
    return bool(mentions.within("aftermath", sentence_first, sentence_first + AFTERMATH_OPENING_REACH))


def _one_more_told(verdict: Decision, mentions: TextMentions, mention: Mention, entry: Trigger) -> Decision:
    """ "وقع انفجار ثان بعد ظهر الأحد"، "وأن الانفجار الثاني وقع في كنيسة مارمرقس": an occurrence noun
    its ordinal counts as one more reports a new occurrence, whatever the sentence model reads in the
    rest of its sentence (the second blast is told in a recap's words). The ordinal agrees with the
    noun in definiteness; "تجدد القصف ثاني أيام العيد" counts days, not blasts."""
    if verdict.accept or entry.kind != "noun":
        return verdict
    ordinal = mentions.starting_at("ordinals", mention.end_token)
    analyses = mentions.text.analyses
    if ordinal is None or is_definite(analyses[ordinal.first_token]) != is_definite(
        analyses[mention.first_token]
    ):
        return verdict
    return replace(verdict, accept=True, reasons=(*verdict.reasons, ORDINAL_RULE))


def _opens_on_its_day(
    verdict: Decision, mentions: TextMentions, sentence: Sentence, published: dt.date | None
) -> Decision:
    """ "والاثنين، نظم محتجون اعتصاما"، "والإثنين الماضي سقطت صواريخ": a sentence that opens on a
    recent weekday tells what happened that day, whatever the sentence model reads in the rest of
    it (such sentences come after the lead, in a recap's place). Only a weekday: "اليوم" opens
    essays ("ونشهد اليوم"), "قبل يومين من الانتخابات" counts from another occurrence, and a date
    ("وفي 12 يوليو") opens a recap's chronology as often as news."""
    if verdict.accept:
        return verdict
    first = sentence.first_token
    last = min(first + DAY_OPENING, sentence.end_token - 1)
    opening_end = mentions.text.token(last).span.end
    if not any(
        t.span.start < opening_end and t.rule == WEEKDAY_RULE
        for t in time_expressions(mentions, first, sentence.end_token, published)
    ):
        return verdict
    return replace(verdict, accept=True, reasons=(*verdict.reasons, OPENING_DAY_RULE))


def _dated_by_its_clause(
    verdict: Decision,
    mentions: TextMentions,
    sentence: Sentence,
    mention: Mention,
    entry: Trigger,
    published: dt.date | None,
) -> Decision:
    """ "وضع حدا للاشتباكات القبلية الدامية التي جدت يوم السبت الماضي"، "التفجير الذي وقع الأحد": an
    occurrence noun whose own relative clause dates it to a recent weekday tells an occurrence,
    whatever the sentence model reads in the words around it (a truce, an arrest, a condemnation
    the sentence is about). Only a weekday, as for a sentence that opens on its day."""
    if verdict.accept or entry.kind == "verb":
        return verdict
    first, end = sentence.first_token, sentence.end_token
    pronouns = [
        p
        for p in mentions.within("relative_pronouns", mention.end_token, end)
        if p.first_token - mention.end_token <= OWN_CLAUSE_GAP
    ]
    if not pronouns:
        return verdict
    weekdays = [t for t in time_expressions(mentions, first, end, published) if t.rule == WEEKDAY_RULE]
    raw = mentions.text.raw
    if not any(
        p.span.end <= t.span.start and len(raw[p.span.end : t.span.start].split()) <= RELATIVE_DAY_REACH
        for p in pronouns
        for t in weekdays
    ):
        return verdict
    return replace(verdict, accept=True, reasons=(*verdict.reasons, CLAUSE_DAY_RULE))


def _told_as_a_separate_incident(
    mentions: TextMentions, sentence: Sentence, mention: Mention, end: int
) -> bool:
    """ "وفي حادث آخر، هاجم مسلحون دورية…"، "وكان قصف مماثل استهدف أمس…": the sentence opens by
    telling another incident than the one before, or the trigger is told as like it; either way it
    tells one more occurrence, however generic its word."""
    if mentions.within("similar", mention.end_token, min(end, mention.end_token + ANOTHER_REACH)):
        return True
    first = sentence.first_token
    before = mentions.within("separate_incident", first, mention.first_token)
    return any(m.first_token <= first + SEPARATE_OPENING for m in before)


def _one_per_place(
    frame: Frame, mentions: TextMentions, first: int, end: int, context: ArticleContext
) -> list[Frame]:
    """ "قصفت الطائرات قرية X وبلدة Y": one event per place the clause names; a quarter and its city
    ("حي الكرادة وسط بغداد") are one place; an agreement is one wherever its terms reach. So is
    each province of a list ("غارات على محافظتي عمران وصعدة")."""
    provinces = _provinces_listed(mentions, frame, first, end, context)
    if len(provinces) > 1:
        # each province of the list is an occurrence of its own, as a listed town is
        return _toll_told_once(
            [_placed_at(mentions, frame, p, ONE_PER_PLACE_RULE, LISTED_TOWN_RULE) for p in provinces]
        )
    if (
        frame.place is None
        or not _settlement(frame.place)
        or _stretch_end(mentions, frame.place)
        or acled.told_at_one_place(frame.sub_event_type)
    ):
        return [frame]
    first, end = _clause_of(frame.sentence, frame.place.first_token, (first, end))
    named = [
        p
        for p in _of_its_act(
            mentions, frame, (first, end), context.not_vetoed(mentions, context.places(mentions, first, end))
        )
        if _settlement(p) and not p.reference
    ]
    settlements = _listed_inside(mentions, frame.place, named) or _listed_with(mentions, frame.place, named)
    if len(settlements) < 2:
        return [frame]
    return _toll_told_once(
        [
            _placed_at(
                mentions,
                frame,
                dataclasses.replace(p, admin1=p.admin1 or frame.place.admin1),
                ONE_PER_PLACE_RULE,
                *([LISTED_TOWN_RULE] if _listed_town(mentions, p, settlements) else []),
            )
            for p in settlements
        ]
    )


def _provinces_listed(
    mentions: TextMentions, frame: Frame, first: int, end: int, context: ArticleContext
) -> list[PlaceMention]:
    """The provinces of the list the frame's province opens or belongs to ("محافظتي الجوف ومأرب")."""
    if frame.place is None or acled.told_at_one_place(frame.sub_event_type):
        return []
    if not of_a_province_list(mentions, frame.place):
        return []
    first, end = _clause_of(frame.sentence, frame.place.first_token, (first, end))
    read = context.not_vetoed(mentions, context.places(mentions, first, end))
    return [p for p in read if of_a_province_list(mentions, p)]


def _toll_told_once(copies: list[Frame]) -> list[Frame]:
    """A toll told once for the places of a list is counted once. Where the towns are joined as
    occurrences of their own ("مقتل 10 مدنيين في انفجار عبوتين في X وY") it is their sum, no town's
    own count: none of them takes it, as for a toll spread over many places. Otherwise (a town and
    a place beside it that is no occurrence of its own) the first place takes it."""
    if copies[0].fatalities is not None and all(LISTED_TOWN_RULE in c.rules for c in copies):
        return [dataclasses.replace(c, fatalities=None, rules=[*c.rules, SUMMED_TOLL_RULE]) for c in copies]
    return [copies[0], *(dataclasses.replace(c, fatalities=None) for c in copies[1:])]


def _listed_town(mentions: TextMentions, place: PlaceMention, settlements: list[PlaceMention]) -> bool:
    """A town of the list that is an occurrence of its own: located, named once ("هجوم في عدن …
    معسكر في عدن" names one town twice), and joined by a conjunction or a comma to another located
    town ("بلدة حوارة ومناطق أخرى" lists no second town)."""
    others = [s for s in settlements if s is not place and s.place is not None]
    return (
        place.place is not None
        and all(s.place != place.place for s in others)
        and _joined_to(mentions, place, others)
    )


def _listed_with(
    mentions: TextMentions, place: PlaceMention, named: list[PlaceMention]
) -> list[PlaceMention]:
    """The place and the others of its clause listed beside it, each once."""
    settlements = [place]
    for p in named:
        if (
            not _nested(p, settlements)
            and not _landmark(mentions, p, settlements)
            and not _seat(mentions, p, settlements)
            and not _bounds_a_stretch(mentions, p, named)
        ):
            settlements.append(p)
    return settlements


def _joined_to(mentions: TextMentions, place: PlaceMention, kept: list[PlaceMention]) -> bool:
    """A conjunction or a comma adds the later of the place and a kept one to a list ("بلدتي X وY"،
    "X، Y"); two names side by side ("مواصي خان يونس") name one place."""
    return any(_added(mentions, max(place, k, key=lambda p: p.first_token)) for k in kept)


def _added(mentions: TextMentions, place: PlaceMention) -> bool:
    head = _cued_start(mentions, place)
    analyses = mentions.text.analyses
    return joined(analyses[head]) or (head > 0 and analyses[head - 1][1] == ",")


def _listed_inside(
    mentions: TextMentions, seat: PlaceMention, named: list[PlaceMention]
) -> list[PlaceMention]:
    """ "في قضاء بلدروز والمقدادية في بعقوبة": where the event's place is the seat of a list, the
    list names where it happened, one event per listed place; the seat only says where they lie.
    Only towns the gazetteer locates count. Empty where no list lies in the place."""
    located = [p for p in named if p.place is not None]
    inner = next((p for p in located if _seated_in(mentions, p, seat)), None)
    if inner is None:
        return []
    listed = _listed_with(mentions, inner, located)
    return sorted(listed, key=lambda p: p.first_token) if len(listed) > 1 else []


def _stretch_end(mentions: TextMentions, place: PlaceMention) -> bool:
    """ "بين تمبكتو وغاو"، "بين مدينة صبر ودار سعد": the first of two towns that bound a stretch;
    the event lies between them."""
    before = _cued_start(mentions, place) - 1
    return before >= 0 and mentions.text.analyses[before][1] in word_list("stretch_ends")


def _bounds_a_stretch(mentions: TextMentions, place: PlaceMention, named: list[PlaceMention]) -> bool:
    """ "في قرية الحصين الواقعة بين مدينة صبر ودار سعد"، "جسر الحسيني الرابط بين عدن ولحج": either
    town that bounds a stretch says where the place named before it lies (the village, the bridge);
    neither is a second place of the event."""
    return _stretch_end(mentions, place) or _closes_a_stretch(mentions, place, named)


def _closes_a_stretch(mentions: TextMentions, place: PlaceMention, named: list[PlaceMention]) -> bool:
    """The second of two towns that bound a stretch ("بين تمبكتو وغاو"): joined right after the first."""
    start = _cued_start(mentions, place)
    first = next((p for p in named if p.end_token == start), None)
    return first is not None and joined(mentions.text.analyses[start]) and _stretch_end(mentions, first)


def _clause_of(sentence: Sentence, token: int, default: tuple[int, int]) -> tuple[int, int]:
    """The clause of the sentence that holds a token: where a frame whose own clause names no place
    found it ("اندلعت صدامات بين الشبان والشرطة، في أحياء مدينتي X وY")."""
    return next(((a, b) for a, b in sentence.clauses if a <= token < b), default)


def _landmark(mentions: TextMentions, place: PlaceMention, kept: list[PlaceMention]) -> bool:
    """ "في مدينة طنطا شمالي القاهرة"، "في تاجوراء شرق العاصمة طرابلس": a town named after a word of
    direction or nearness that follows a place already kept says where that place lies; it is not
    a second place of the event."""
    cues = mentions.within("place_cue", max(0, place.first_token - LANDMARK_REACH - 1), place.first_token)
    return any(
        cue.label in LANDMARK_CUES and any(k.end_token <= cue.first_token for k in kept) for cue in cues
    )


def _seat(mentions: TextMentions, place: PlaceMention, kept: list[PlaceMention]) -> bool:
    """ "بمركز تدريب الشرطة بمدينة زليتن"، "في حي الشجاعية في مدينة غزة": of two places the clause
    names one right after the other, the second behind a locative (ب، في) with no conjunction or
    comma between, the second says where the first lies; they are one place. Two places of one
    event are listed ("قرية X وبلدة Y"، "X، Y")."""
    return any(
        _seated_in(mentions, k, place) if k.end_token <= place.first_token else _seated_in(mentions, place, k)
        for k in kept
    )


def _seated_in(mentions: TextMentions, first: PlaceMention, second: PlaceMention) -> bool:
    head = _cued_start(mentions, second)
    if not 0 <= head - first.end_token <= LANDMARK_REACH:
        return False
    analyses = mentions.text.analyses
    inside = mentions.ending_at("place_cue", head)  # "في" as a word of its own
    locative = analyses[head][0] == clitic_roles().locative or (
        inside is not None
        and inside.first_token >= first.end_token
        and mentions.lexicon.place_cues[inside.entry_id][0] == INSIDE_CUE
    )
    return locative and not any(_joins(analyses[i]) for i in range(first.end_token, head + 1))


def _cued_start(mentions: TextMentions, place: PlaceMention) -> int:
    """Where the place is named, with the word of its kind before it ("بمدينة زليتن"، "في ريف دمشق")."""
    cue = mentions.ending_at("place_cue", place.first_token)
    of_its_kind = cue is not None and mentions.lexicon.place_cues[cue.entry_id][0] in KIND_CUES
    return cue.first_token if of_its_kind else place.first_token


def _joins(analysis: Analysis) -> bool:
    """The word adds something to a list: it carries a conjunction, or is a comma (the Arabic comma
    is normalized to ",")."""
    return joined(analysis) or analysis[1] == ","


def _settlement(place: PlaceMention) -> bool:
    return not place.is_province and (place.place is not None or place.precision == 1)


def _nested(place: PlaceMention, kept: list[PlaceMention]) -> bool:
    """The place is one already kept, or one is a part of the other: a quarter, square or area (a
    cue of precision 2, or a gazetteer neighbourhood) within a few kilometres of it."""
    return any(place == other or ((_part(place) or _part(other)) and _close(place, other)) for other in kept)


def _part(place: PlaceMention) -> bool:
    return place.precision > 1 or (place.place is not None and place.place.feature_code == NEIGHBOURHOOD_CODE)


def _close(a: PlaceMention, b: PlaceMention) -> bool:
    if a.place is None or b.place is None:
        return False
    return km_between(a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude) <= NESTED_KM


def _with_following_places(
    frames: list[Frame],
    mentions: TextMentions,
    clause: tuple[int, int],
    following: list[tuple[int, int]],
    context: ArticleContext,
) -> list[Frame]:
    """ "قصفت الطائرات أهدافا، إذ دمرت مستودعا في السوسة، وفي الوقت نفسه مقرا في الباغوز": clauses
    with no trigger of their own name the event's targets. When the event's clause names no place,
    each town they name is one event; when it does, a clause that a conjunction joins adds its towns.
    A clause opened by a word of contrast (فيما، بينما) tells something else and adds none.
    Only towns the gazetteer locates in the event's country count, each once."""
    if not following or acled.told_at_one_place(frames[0].sub_event_type):
        return frames
    frame = frames[0]
    has_own = bool(context.not_vetoed(mentions, context.places(mentions, *clause)))
    found: dict[GazetteerPlace, PlaceMention] = {}
    # Read from the event's clause on: a list that a cue opens there goes on in the clauses after it
    # ("بمدن أم درمان (غربي العاصمة)، والأبيض (جنوب)").
    read = context.not_vetoed(mentions, context.places(mentions, clause[0], following[-1][1]))
    for first, end in following:
        opening = mentions.text.analyses[first]
        if opening[1] in word_list("contrasts"):
            continue
        if not joined(opening) and (has_own or opening[1] not in word_list("elaborations")):
            continue
        for p in (p for p in read if first <= p.first_token < end):
            # the towns that bound a stretch ("جسر الرابط بين عدن ولحج") say where a place lies;
            # the first stands for the stretch only where the event names no place of its own
            if _closes_a_stretch(mentions, p, read) or (has_own and _stretch_end(mentions, p)):
                continue
            if p.place is not None and not p.is_province and p.country == (frame.country or p.country):
                found.setdefault(p.place, p)
    if has_own:
        for kept in frames:
            found.pop(kept.place.place if kept.place is not None else None, None)
    if not found:
        return frames
    copies = [_placed_at(mentions, frame, p, FOLLOWING_CLAUSE_RULE) for p in found.values()]
    if has_own:
        return frames + [dataclasses.replace(c, fatalities=None) for c in copies]
    return _toll_told_once(copies)


def _placed_at(mentions: TextMentions, frame: Frame, place: PlaceMention, *placing: str) -> Frame:
    """The frame at another of the places its clause names; its place rules are the new place's."""
    rules = [r for r in frame.rules if not r.startswith("place:")]
    return dataclasses.replace(
        frame,
        place=place,
        country=place.country or frame.country,
        rules=[*rules, *_place_rules(mentions, place), *placing],
    )


def _place_rules(mentions: TextMentions, place: PlaceMention) -> list[str]:
    """How the place was read: a name matched other than exactly, a seat of who tells the news."""
    return [
        *([f"place:{place.match}"] if place.match != "exact" else []),
        *([SOURCE_SEAT_RULE] if _seat_of_its_source(mentions, place) else []),
    ]


def _in_dateline(mentions: TextMentions, place: PlaceMention) -> bool:
    return any(
        s.kind == "dateline" and s.first_token <= place.first_token < s.end_token
        for s in mentions.text.sentences
    )


#: Words a year follows: "عام 2011"، and the bare "في 2011".
YEAR_WORD_KINDS = ("year_words", "bare_year_words")


def _names_an_earlier_year(mentions: TextMentions, first: int, end: int, published: dt.date | None) -> bool:
    """The sentence dates itself to a Gregorian year before publication ("وقع تفجير … عام 2011" in a
    2018 report of a trial)."""
    if published is None:
        return False
    for word in [w for kind in YEAR_WORD_KINDS for w in mentions.within(kind, first, end)]:
        # "عام 2011", or with a word between: "العام الماضي 2011"
        year = number_at(mentions, word.end_token) or (
            number_at(mentions, word.end_token + 1) if word.end_token + 1 < end else None
        )
        if year is None or not GREGORIAN.first_year <= year.value < published.year:
            continue
        if not _since(mentions, first, word.first_token, word.end_token):
            return True
    return any(
        not _since(mentions, first, month.first_token, month.first_token)
        for month in _months_of_earlier_years(mentions, first, end, published)
    )


def _since(mentions: TextMentions, first: int, start: int, end: int) -> bool:
    """ "منذ 2011"، "منذ عام 2011"، "منذ منتصف عام 2014": a period opener just before a date says how
    long something lasts, not when it happened."""
    return bool(mentions.within("period_openers", max(first, start - PERIOD_WORDS), end))


def _months_of_earlier_years(
    mentions: TextMentions, first: int, end: int, published: dt.date
) -> list[Mention]:
    """The month names of dates written with a year more than a year before publication ("يوم 21
    يوليو (تموز) 1905"); a date without a year is never read that far back."""
    months = mentions.within("month", first, end)
    if not months:
        return []  # most sentences: no need to resolve their time words
    old = [
        t.span
        for t in time_expressions(mentions, first, end, published)
        if t.rule.startswith(ABSOLUTE_DATE_RULE) and (published - t.date).days > YEAR_DAYS
    ]
    return [m for m in months if any(span.start <= m.span.start and m.span.end <= span.end for span in old)]


def _too_old(day: dt.date | None, published: dt.date | None) -> bool:
    """A dated occurrence more than a month before publication is background, not news."""
    return day is not None and published is not None and (published - day).days > RECENT_DAYS


def _strongest_trigger(
    mentions: TextMentions,
    first: int,
    end: int,
    place_names: set[tuple[str, ...]],
    sentence: Sentence,
    actors: list[ActorMention],
) -> tuple[Mention, Trigger] | None:
    candidates = [
        (m, trigger)
        for m in mentions.within("trigger", first, end)
        if not _excluded(mentions, trigger := mentions.lexicon.triggers[m.entry_id], sentence)
        and not _after_excluded_word(mentions, trigger, m, actors)
        and not _before_excluded_word(mentions, trigger, m)
        and not _at_private_victim(mentions, trigger, m, actors)
        and not _arrest_for_a_private_crime(mentions, trigger, sentence, actors)
        and not _held_or_accompanying(mentions, trigger, m, first)
        and not _without_its_verb(mentions, trigger, m, sentence)
        and not _before_place_name(mentions, trigger, m, place_names)
    ]
    if not candidates:
        return None  # most clauses: no trigger word, nothing for the filters below to weigh
    candidates = [(m, _as_interception(mentions, trigger, m, sentence)) for m, trigger in candidates]
    candidates = [(m, _found_before_use(mentions, trigger, m, first)) for m, trigger in candidates]
    # "الطائرات المسيرة": an ambiguous word inside a longer weapon name is the weapon.
    candidates = [c for c in candidates if not (c[1].ambiguous and _covered_by_weapon(mentions, c[0]))]
    # "طائرة تركية مسيرة": an ambiguous word right after an aircraft that a nationality names is its kind.
    candidates = [c for c in candidates if not (c[1].ambiguous and _after_aircraft(actors, c[0]))]
    # "شرطة مكافحة الشغب": a trigger word inside an actor's name is the name, not the act.
    candidates = [c for c in candidates if not _covered_by(mentions, "actor", c[0])]
    candidates = [c for c in candidates if not _only_a_toll(mentions, actors, *c)]
    if any(c[1].sub_event_type in TERRITORY_SUB_TYPES for c in candidates):
        # "دون مقاومة"، "انسحاب" qualify a takeover; the takeover is the trigger.
        candidates = [c for c in candidates if c[1].sub_event_type != NON_VIOLENT_TRANSFER]
    # "اعتراض طائرة مسيرة مفخخة": the words after an interception describe what it stopped.
    candidates = [c for c in candidates if not _stopped_by_disruption(mentions, c, candidates)]
    # "الحوثيون الذين تلاحقهم طائرات حربية استهدفوا الأحياء": the clause's own act, not the actor's.
    own = [c for c in candidates if not _tells_an_actor(mentions, actors, first, c[0])]
    candidates = own or candidates
    candidates = _weapon_words_as_weapons(mentions, candidates)
    # "هجوم استهدف معسكرا": the verb tells what the attack aimed at; the noun tells the act.
    candidates = [c for c in candidates if not _target_of_an_act_noun(mentions, c, candidates)]
    unambiguous = [c for c in candidates if not c[1].ambiguous]
    if unambiguous:
        candidates = unambiguous
    elif any(
        not (trigger := mentions.lexicon.triggers[m.entry_id]).ambiguous
        and not _only_a_toll(mentions, actors, m, trigger)
        for m in mentions.within("trigger", sentence.first_token, sentence.end_token)
    ):
        return None  # "قناة المسيرة" beside "الغارات": the sentence reports the strike, not a march
    if not candidates:
        return None
    candidates = [
        c
        for c in candidates
        if not _inside_place_name(mentions, c[0]) and _stems_of(mentions, c[0]) not in place_names
    ]
    if not candidates:
        return None
    return min(
        candidates,
        key=lambda c: (c[1].generic, c[1].weak, acled.specificity(c[1].sub_event_type), c[0].first_token),
    )


def _stopped_by_disruption(
    mentions: TextMentions, candidate: tuple[Mention, Trigger], candidates: list[tuple[Mention, Trigger]]
) -> bool:
    """A trigger right after an interception or a defusing ("اعتراض طائرة مسيرة مفخخة") names the
    weapon that was stopped: ACLED codes the interception, not the strike it prevented."""
    mention, trigger = candidate
    return trigger.sub_event_type != DISRUPTED and any(
        other.sub_event_type == DISRUPTED
        and other_mention.end_token <= mention.first_token <= other_mention.end_token + DISRUPTED_OBJECT_WORDS
        for other_mention, other in candidates
    )


def _target_of_an_act_noun(
    mentions: TextMentions, candidate: tuple[Mention, Trigger], candidates: list[tuple[Mention, Trigger]]
) -> bool:
    """A verb flagged ``tells_target`` beside a generic act noun, its subject ("هجوم استهدف"،
    "استهدفت سلسلة هجمات"), says what the noun's act aimed at: the noun tells the act, so a camp
    assault is no shelling."""
    return any(_aims(mentions, noun, candidate) for noun in candidates)


def _aimed_act_noun(mentions: TextMentions, noun: tuple[Mention, Trigger]) -> bool:
    """A verb beside the act noun tells its aim ("هجوم استهدف معسكرا")."""
    first, end = noun[0].first_token - TARGET_VERB_GAP - 1, noun[0].end_token + TARGET_VERB_GAP + 1
    beside = mentions.within("trigger", max(0, first), min(len(mentions.text.stems), end))
    return any(_aims(mentions, noun, (m, mentions.lexicon.triggers[m.entry_id])) for m in beside)


def _aims(mentions: TextMentions, noun: tuple[Mention, Trigger], verb: tuple[Mention, Trigger]) -> bool:
    """An indefinite generic act noun with a verb that tells an act's aim right beside it, one word
    at most between: after it, past an adjective ("هجوم إرهابي استهدف", a clause describing the
    noun), or before it, the noun its subject ("استهدفت سلسلة هجمات ست مدن"). A definite noun
    ("الهجوم الذي استهدف"، "واستهدفت الهجمات") points back at an act told before, whatever its means."""
    (noun_mention, noun_trigger), (verb_mention, verb_trigger) = noun, verb
    if TELLS_TARGET not in verb_trigger.flags or not noun_trigger.generic or noun_trigger.kind == VERB:
        return False
    if verb_mention.first_token >= noun_mention.end_token:
        gap = range(noun_mention.end_token, verb_mention.first_token)
    elif verb_mention.end_token <= noun_mention.first_token:
        gap = range(verb_mention.end_token, noun_mention.first_token)
    else:
        return False  # one phrase holds both
    words = mentions.text.stems
    return (
        len(gap) <= TARGET_VERB_GAP
        and all(words[i].isalnum() for i in gap)
        and not is_definite(mentions.text.analyses[noun_mention.first_token])
    )


def _held_or_accompanying(
    mentions: TextMentions, trigger: Trigger, mention: Mention, clause_first: int
) -> bool:
    """A trigger flagged ``not_held:<cues>``, ``not_accompanying:<cues>``, ``not_breached:<cues>``
    or ``not_called:<cues>`` is not read a few words after one of those cues in its clause: a weapon
    held or seized is not fired ("غنمت الدبابات والراجمات"، "تمتلك ترسانة من الصواريخ"), fire told
    as what went with another act is that act's ("الاشتباكات التي رافقها قصف متبادل"، "تحت غطاء كثيف
    من النيران والقذائف"), a truce broken was agreed before ("اتهمت باكستان الهند بانتهاك آخر
    لوقف إطلاق النار"), and one called for is not yet agreed ("طالبت الجامعة بهدنة إنسانية")."""
    return any(
        _flagged_cue_before(mentions, trigger, mention, clause_first, prefix, reach)
        for prefix, reach in CLAUSE_CUE_REACH.items()
    ) or _held_in_a_list(mentions, trigger, mention, clause_first)


def _held_in_a_list(mentions: TextMentions, trigger: Trigger, mention: Mention, clause_first: int) -> bool:
    """A weapon listed after منها or بينها is one of the things named before the list word ("استولت
    على عتاد عسكري ثقيل منها دبابات وراجمات صواريخ"، "ضبطت شحنة ذخائر بينها 33 صاروخا"): held if
    they were, so the possession cue is looked for a few words before that word. A verb between
    makes منها "from it", the place a later act was done from ("استولوا على البلدة ثم أطلقوا منها
    صواريخ"): the weapon is fired, not listed."""
    start = max(clause_first, mention.first_token - LISTED_WEAPON_WORDS)
    lists = mentions.within(HELD_LIST_CUE, start, mention.first_token)
    if not lists:
        return False
    held = _flagged_cues_before(mentions, trigger, lists[0], clause_first, NOT_HELD, HELD_LIST_WORDS)
    return bool(held) and not _verb_between(mentions, held[-1].end_token, lists[0].first_token)


def _verb_between(mentions: TextMentions, first: int, end: int) -> bool:
    """Whether a trigger verb lies inside tokens ``[first, end)``, or the last of them is a verb by
    its plural subject's ending (``plural_subjects``: "أطلقوا منها"، "قصفوا منها")."""
    triggers = mentions.lexicon.triggers
    last = mentions.text.analyses[end - 1][1] if first < end else ""
    return last.endswith(clitic_roles().plural_subjects) or any(
        triggers[m.entry_id].kind == VERB for m in mentions.within("trigger", first, end)
    )


def _without_its_verb(mentions: TextMentions, trigger: Trigger, mention: Mention, sentence: Sentence) -> bool:
    """A noun flagged ``after_verb:<cues>`` tells an act only as the object of one of those verbs a few
    words before it in its sentence, the subject between (Arabic puts the verb first): a vigil held
    ("نفذ أهالي الغوطة، اليوم، وقفة"), a stabbing suffered ("تعرضت شابة تبلغ 18 عاما للطعن"). Without
    one it is figurative ("وقفة جادة") or of law ("الطعن في الحكم")."""
    return any(flag.startswith(AFTER_VERB) for flag in trigger.flags) and not _flagged_cue_before(
        mentions, trigger, mention, sentence.first_token, AFTER_VERB, AFTER_VERB_WORDS
    )


def _flagged_cue_before(
    mentions: TextMentions, trigger: Trigger, mention: Mention, clause_first: int, prefix: str, reach: int
) -> bool:
    """Whether a cue of a list the trigger's ``<prefix><list>`` flags name stands at most ``reach``
    words before it in its clause."""
    return bool(_flagged_cues_before(mentions, trigger, mention, clause_first, prefix, reach))


def _flagged_cues_before(
    mentions: TextMentions, trigger: Trigger, mention: Mention, clause_first: int, prefix: str, reach: int
) -> list[Mention]:
    """The cues of the lists the trigger's ``<prefix><list>`` flags name that stand at most ``reach``
    words before it in its clause, in text order."""
    first = max(clause_first, mention.first_token - reach)
    cues = [
        cue
        for flag in trigger.flags
        if flag.startswith(prefix)
        for cue in mentions.within(flag.removeprefix(prefix), first, mention.first_token)
    ]
    return sorted(cues, key=lambda cue: cue.first_token)


def _as_interception(
    mentions: TextMentions, trigger: Trigger, mention: Mention, sentence: Sentence
) -> Trigger:
    """A missile flagged ``check_interception`` a few words after an interception verb in its
    sentence ("اعترضت السعودية، اليوم الجمعة، صاروخا باليستيا": commas between, so not its clause)
    or before one ("صاروخ أطلق من غزة واعترضته القبة الحديدية") is the weapon stopped: ACLED codes
    the interception, not the strike it prevented. Another missile ("صاروخ آخر") was not stopped,
    and a verb followed by على objects to something ("اعترض المتظاهرون على القرار")."""
    if "check_interception" not in trigger.flags or _another(mentions, mention, sentence.end_token):
        return trigger
    start = max(sentence.first_token, mention.first_token - INTERCEPTED_WEAPON_WORDS)
    before = [
        cue
        for cue in mentions.within(INTERCEPTION_CUE, start, mention.first_token)
        if not mentions.within(OBJECTION_CUE, cue.end_token, mention.first_token)
    ]
    after = mentions.within(
        INTERCEPTION_CUE,
        mention.end_token,
        min(sentence.end_token, mention.end_token + INTERCEPTED_WEAPON_WORDS),
    )
    if not (before or after):
        return trigger
    return replace(trigger, event_type=acled.sub_event_types()[DISRUPTED], sub_event_type=DISRUPTED)


def _found_before_use(
    mentions: TextMentions, trigger: Trigger, mention: Mention, clause_first: int
) -> Trigger:
    """Explosives flagged ``found_after:<cues>`` a few words after one of those cues in their clause
    ("تمكنت من العثور على 3 عبوات ناسفة"، "ضبط خمس عبوات ناسفة") were found or seized before they
    went off: ACLED's Disrupted weapons use, whatever count the phrase of the find leaves between."""
    if not _flagged_cue_before(mentions, trigger, mention, clause_first, FOUND_AFTER, FOUND_WEAPON_WORDS):
        return trigger
    return replace(trigger, event_type=acled.sub_event_types()[DISRUPTED], sub_event_type=DISRUPTED)


def _another(mentions: TextMentions, mention: Mention, end: int) -> bool:
    """ "الهجوم الانتحاري الثاني"، "صاروخ آخر": the words after a noun tell one more of its kind."""
    return bool(mentions.within("another", mention.end_token, min(end, mention.end_token + ANOTHER_REACH)))


def _stems_of(mentions: TextMentions, mention: Mention) -> tuple[str, ...]:
    return mentions.text.stems[mention.first_token : mention.end_token]


def _excluded(mentions: TextMentions, trigger: Trigger, sentence: Sentence) -> bool:
    """A trigger flagged ``excl:<cues>`` is not read in a sentence holding one of those cues
    (an إعدام that a court pronounces)."""
    return any(
        mentions.within(flag.removeprefix("excl:"), sentence.first_token, sentence.end_token)
        for flag in trigger.flags
        if flag.startswith("excl:") and flag.removeprefix("excl:") in mentions.by_kind
    )


def _before_excluded_word(mentions: TextMentions, trigger: Trigger, mention: Mention) -> bool:
    """A trigger flagged ``not_before:<cues>`` is not read right before one of those cues
    ("خطف الفوز": snatched the win; "استولوا على السلطة": seized power, no territory)."""
    return any(
        mentions.starting_at(flag.removeprefix("not_before:"), mention.end_token) is not None
        for flag in trigger.flags
        if flag.startswith("not_before:")
    )


def _at_private_victim(
    mentions: TextMentions, trigger: Trigger, mention: Mention, actors: list[ActorMention]
) -> bool:
    """A trigger flagged ``private_target`` is not read right before the shooter's own kin or "another
    person" ("أطلق النار على شقيقه"، "قيام شخص بإطلاق النار على شخص آخر"): a family quarrel or a private
    crime. The kin's pronoun is the shooter's only when the actor told right before the act or inside
    it, if any, is no armed or state actor ("أطلق جنود الاحتلال النار على شقيقه": soldiers shot
    someone's brother)."""
    if "private_target" not in trigger.flags:
        return False
    time = mentions.starting_at("time", mention.end_token)  # "أطلق النار أمس على شقيقه"
    after = mention.end_token if time is None else time.end_token
    if mentions.starting_at("private_victims", after) is None:
        return False
    told = (a for a in actors if mention.first_token - SHOOTER_REACH <= a.end_token <= mention.end_token)
    shooter = max(told, key=lambda a: a.end_token, default=None)
    return shooter is None or shooter.inter == CIVILIAN_INTER


def _arrest_for_a_private_crime(
    mentions: TextMentions, trigger: Trigger, sentence: Sentence, actors: list[ActorMention]
) -> bool:
    """An arrest, not read beside an ordinary crime (``excl:ordinary_crime``), is not read either in a
    sentence that tells a shot at the shooter's own kin ("القبض على مواطن أطلق النار على شقيقه")."""
    if ORDINARY_CRIME_FLAG not in trigger.flags:
        return False
    return any(
        _at_private_victim(mentions, mentions.lexicon.triggers[m.entry_id], m, actors)
        for m in mentions.within("trigger", sentence.first_token, sentence.end_token)
    )


def _before_place_name(
    mentions: TextMentions, trigger: Trigger, mention: Mention, place_names: set[tuple[str, ...]]
) -> bool:
    """A trigger flagged ``not_before_place`` is not read right before a place the article names
    ("معركة طرابلس"، "معركة الموصل": the battle of a city names a campaign, not a fight on one day)."""
    if "not_before_place" not in trigger.flags:
        return False
    after = mentions.text.stems[mention.end_token : mention.end_token + PLACE_NAME_WORDS]
    return any(after[:length] in place_names for length in range(1, len(after) + 1))


def _after_excluded_word(
    mentions: TextMentions, trigger: Trigger, mention: Mention, actors: list[ActorMention]
) -> bool:
    """A trigger flagged ``not_after:<cues>`` is not read right after one of those cues, quotation
    marks between or not ("تحت سيطرة": under control, a state; قناة «المسيرة»: a channel's name),
    unless a takeover's cue follows the subject of a speech verb: there it opens what is announced
    ("أعلن التنظيم عن سيطرته على": عن is not "out of control"; but "أفاد سكان بخرق الهدنة" is a breach)."""
    first = before_quotes(mentions, mention.first_token)
    announced = trigger.sub_event_type in TERRITORY_SUB_TYPES
    return any(
        (cue := mentions.ending_at(flag.removeprefix("not_after:"), first)) is not None
        and not (
            announced and any(a.end_token == cue.first_token and _speech_subject(mentions, a) for a in actors)
        )
        for flag in trigger.flags
        if flag.startswith("not_after:")
    )


def _inside_place_name(mentions: TextMentions, trigger: Mention) -> bool:
    """ "ساحة الطيران"، "ساحة التحرير": a trigger word right after a naming cue names the place."""
    cue = mentions.ending_at("place_cue", trigger.first_token)
    return cue is not None and mentions.lexicon.place_cues[cue.entry_id][0] in NAMING_KINDS


def _after_aircraft(actors: list[ActorMention], trigger: Mention) -> bool:
    return any(a.weapon is not None and a.end_token == trigger.first_token for a in actors)


def _covered_by_weapon(mentions: TextMentions, trigger: Mention) -> bool:
    return _covered_by(mentions, "weapon", trigger)


def _weapon_words_as_weapons(
    mentions: TextMentions, candidates: list[tuple[Mention, Trigger]]
) -> list[tuple[Mention, Trigger]]:
    """A trigger whose words lie inside a longer weapon name that implies another sub-type names
    that weapon: a drone laden with explosives (طائرة مسيرة مفخخة) strikes from the air, it is no
    roadside bomb. The sentence's own act word types it ("استهدفت بصاروخ وطائرة مفخخة"); with none
    ("سقطت طائرة مسيرة مفخخة على حي سكني") the weapon's use is the act."""
    kinds = [_weapon_kind_around(mentions, m, t) for m, t in candidates]
    others = [c for c, kind in zip(candidates, kinds, strict=True) if kind is None]
    if others or not candidates:
        return others
    return [
        (m, replace(t, event_type=acled.sub_event_types()[kind], sub_event_type=kind))
        for (m, t), kind in zip(candidates, kinds, strict=True)
    ]


def _weapon_kind_around(mentions: TextMentions, mention: Mention, trigger: Trigger) -> str | None:
    """The sub-type a longer weapon name holding the trigger's words implies, when it is another."""
    return next(
        (
            implied
            for w in mentions.within("weapon", max(0, mention.first_token - 3), mention.end_token + 3)
            if w.first_token <= mention.first_token
            and mention.end_token <= w.end_token
            and w.end_token - w.first_token > mention.end_token - mention.first_token
            and (implied := mentions.lexicon.weapons[w.entry_id].implies)
            not in (None, trigger.sub_event_type)
        ),
        None,
    )


def _covered_by(mentions: TextMentions, kind: str, trigger: Mention) -> bool:
    """A longer mention of ``kind`` holds the trigger's words."""
    return any(
        w.first_token <= trigger.first_token
        and trigger.end_token <= w.end_token
        and w.end_token - w.first_token > trigger.end_token - trigger.first_token
        for w in mentions.within(kind, max(0, trigger.first_token - 3), trigger.end_token + 3)
    )


def _refine_sub_type(
    frame: Frame,
    mentions: TextMentions,
    first: int,
    end: int,
    place_names: set[tuple[str, ...]],
    actors: list[ActorMention],
) -> None:
    lexicon = mentions.lexicon
    implied: list[tuple[int, str, str]] = []
    # "طائرة مسيرة مفخخة": a trigger word right after a weapon describes the weapon, which decides.
    modifier = mentions.ending_at("weapon", frame.trigger_mention.first_token) is not None
    for weapon_mention in mentions.within("weapon", frame.sentence.first_token, frame.sentence.end_token):
        if _stems_of(mentions, weapon_mention) in place_names:
            continue  # "ساحة الطيران" names a square, not aircraft
        if _describes_another_actor(frame, mentions, actors, weapon_mention):
            continue  # "الحوثيون الذين تلاحقهم طائرات حربية استهدفوا": the pursuers' aircraft
        if mentions.ending_at("conduct_nouns", weapon_mention.first_token) is not None:
            continue  # "القصف عمل انتحاري": conduct judged suicidal, not a bomber
        weapon = lexicon.weapons[weapon_mention.entry_id]
        if _word_of_another_act(frame, weapon_mention, weapon.implies):
            continue  # "لتفريق مسيرة": the march the police dispersed, not a drone
        if weapon.name not in frame.weapons:
            frame.weapons.append(weapon.name)
        inside = first <= weapon_mention.first_token < end
        if weapon.implies and inside and (modifier or _weapon_overrides(frame.trigger, weapon.implies)):
            implied.append((acled.specificity(weapon.implies), weapon.implies, weapon.name))
    if implied:
        # "طائرة مسيرة مفخخة": the drone tells more than the explosives it carries.
        _, frame.sub_event_type, name = min(implied)
        # a generic "هجوم" with a suicide vest
        frame.event_type = acled.sub_event_types()[frame.sub_event_type]
        frame.rules.append(f"weapon:{name}")


def _word_of_another_act(frame: Frame, weapon: Mention, implies: str | None) -> bool:
    """The weapon's words lie inside the trigger's own phrase, which tells an act of another type
    than the weapon's: the phrase names no weapon ("تفريق مسيرة" is a march dispersed)."""
    trigger = frame.trigger_mention
    inside = trigger.first_token <= weapon.first_token and weapon.end_token <= trigger.end_token
    return inside and implies is not None and acled.sub_event_types()[implies] != frame.trigger.event_type


def _describes_another_actor(
    frame: Frame, mentions: TextMentions, actors: list[ActorMention], weapon: Mention
) -> bool:
    """The weapon stands in a relative clause on a named actor that does not hold the frame's
    trigger: it tells that actor's doing, not the means of the frame's act."""
    trigger = frame.trigger_mention.first_token
    return _in_closed_description(frame, mentions, actors, weapon) or any(
        not pronoun.first_token < trigger < weapon.first_token
        for pronoun in _actor_relative_pronouns(mentions, actors, weapon.first_token)
    )


def _in_closed_description(
    frame: Frame, mentions: TextMentions, actors: list[ActorMention], weapon: Mention
) -> bool:
    """The weapon lies in a relative clause on a named actor that closes before the trigger's own
    clause ("قام الحوثيون الذين يواجهون عملية تجري بدعم من طيران التحالف، بقصف أحياء"): it tells
    what the actor faces, not the means of its act."""
    first, end = _clause_of(frame.sentence, weapon.first_token, (weapon.first_token, weapon.end_token))
    if end > frame.trigger_mention.first_token:
        return False
    heads = {a.end_token for a in actors if not a.generic and not a.unidentified}
    return any(
        p.first_token in heads for p in mentions.within("relative_pronouns", first, weapon.first_token)
    )


def _tells_an_actor(mentions: TextMentions, actors: list[ActorMention], first: int, trigger: Mention) -> bool:
    """The trigger is the first act a relative clause on a named actor tells, in the clause that
    starts at ``first`` ("التحالف الذي شن غارات"، "الحوثيون الذين تلاحقهم طائرات حربية"): it
    describes the actor; an act told after it in the clause is the sentence's own."""
    return any(
        first <= pronoun.first_token
        and not mentions.within("trigger", pronoun.end_token, trigger.first_token)
        for pronoun in _actor_relative_pronouns(mentions, actors, trigger.first_token)
    )


def _actor_relative_pronouns(mentions: TextMentions, actors: list[ActorMention], token: int) -> list[Mention]:
    """The relative pronouns right after a named actor ("الحوثيون الذين") whose clause reaches the
    token: its verb and the verb's object, the words that say what the actor does. A generic or
    unnamed one is no such actor: "الشهداء الذين ارتقوا إثر إطلاق النار" tells the act itself."""
    ends = {a.end_token for a in actors if not a.generic and not a.unidentified}
    return [
        p
        for p in mentions.within("relative_pronouns", max(0, token - RELATIVE_ACT_REACH - 1), token)
        if p.first_token in ends and token - p.end_token <= RELATIVE_ACT_REACH
    ]


def _decide_type(frame: Frame, mentions: TextMentions, actors: list[ActorMention]) -> None:
    """The sub-type the sentence and its actors make of the trigger's (``event_type.py``)."""
    verdict = decide_type(_type_candidate(frame, mentions, actors), type_rules())
    if verdict is None:
        return
    frame.sub_event_type = verdict.sub_event_type
    frame.event_type = acled.sub_event_types()[verdict.sub_event_type]
    frame.rules.append(verdict.decision.reasons[0])


def _type_candidate(frame: Frame, mentions: TextMentions, actors: list[ActorMention]) -> TypeCandidate:
    sentence = frame.sentence
    clause = _trigger_clause(frame)
    others = _other_acts(frame, mentions, sentence.first_token, sentence.end_token)
    sub_types = mentions.lexicon.triggers
    return TypeCandidate(
        sub_event_type=frame.sub_event_type,
        told_generically=frame.trigger.generic and not any(r.startswith("weapon:") for r in frame.rules),
        actor1=frame.actor1.inter if frame.actor1 else NO_ACTOR,
        actor2=frame.actor2.inter if frame.actor2 else NO_ACTOR,
        named=frozenset(a.inter for a in actors),
        victims=frozenset(a.inter for a in _victims(mentions, actors, sentence) + _dead(mentions, actors)),
        fatalities=frame.fatalities is not None,
        also=frozenset(sub_types[m.entry_id].sub_event_type for m in others),
        also_in_clause=frozenset(
            sub_types[m.entry_id].sub_event_type for m in others if clause[0] <= m.first_token < clause[1]
        ),
        flags=frame.trigger.flags,
        means=frozenset(frame.weapons),
        both_sides_hit=bool(mentions.within("both_sides", sentence.first_token, sentence.end_token)),
        crowd=bool(mentions.within("crowd_words", *_crowd_reach(frame))),
        civilians_object=_civilians_right_after(frame, actors),
        site_struck=_civilian_site_struck(frame, mentions, *_trigger_clause(frame)) is not None,
    )


def _other_acts(frame: Frame, mentions: TextMentions, first: int, end: int) -> list[Mention]:
    """The specific, strong, unambiguous triggers of tokens ``[first, end)`` besides the frame's own."""
    lexicon = mentions.lexicon
    return [
        m
        for m in mentions.within("trigger", first, end)
        if m.first_token != frame.trigger_mention.first_token
        and not (trigger := lexicon.triggers[m.entry_id]).generic
        and not trigger.ambiguous
        and not trigger.weak
        and not names_an_aim(mentions, m)  # "قوة لقتال بوكو حرام": a fight sought, not one told
    ]


def _crowd_reach(frame: Frame) -> tuple[int, int]:
    """The words around the trigger, in its clause, where a crowd is a party to it: "اشتباكات بين
    مقاومين وقوات الاحتلال، كما تصدى شبان بالحجارة" tells a fight and, in the next clause, a riot
    beside it; "عمد بعض الشبان إلى منعه فتطور الأمر وتحول التلاسن إلى اشتباك" a quarrel that grew
    into the gunmen's fight."""
    trigger = frame.trigger_mention
    first, end = _trigger_clause(frame)
    return max(first, trigger.first_token - CROWD_REACH), min(end, trigger.end_token + CROWD_REACH)


def _civilians_right_after(frame: Frame, actors: list[ActorMention]) -> bool:
    """ "حرق رضيع فلسطيني"، "حرق منزل العائلة": civilians named right after the act's word are what it hit."""
    end = frame.trigger_mention.end_token
    return any(a.inter == CIVILIAN_INTER and 0 <= a.first_token - end < BURNED_REACH for a in actors)


def _trigger_clause(frame: Frame) -> tuple[int, int]:
    sentence = frame.sentence
    return _clause_of(sentence, frame.trigger_mention.first_token, (sentence.first_token, sentence.end_token))


def _without_resistance(frame: Frame, mentions: TextMentions) -> None:
    """Territory taken "without resistance" or after a withdrawal is a non-violent transfer
    (Strategic developments), not a battle."""
    if frame.sub_event_type not in TERRITORY_SUB_TYPES:
        return
    sentence = frame.sentence
    for mention in mentions.within("trigger", sentence.first_token, sentence.end_token):
        if mentions.lexicon.triggers[mention.entry_id].sub_event_type == NON_VIOLENT_TRANSFER:
            frame.event_type, frame.sub_event_type = "Strategic developments", NON_VIOLENT_TRANSFER
            frame.rules.append(f"territory:{mention.entry_id}")
            return


def territory_sub_type(frame: Frame, country: str | None, lexicon: Lexicon) -> str:
    """The state's own forces, or the armed volunteers who fight beside them, regain territory;
    anyone else (rebels, a foreign army) overtakes it."""
    actor = frame.actor1
    if actor is None:
        return NON_STATE_OVERTAKES
    own_state = actor.inter == STATE_INTER and actor.country in (None, country)
    entry = lexicon.actors.get(actor.actor_id)  # a force a nationality or a state names has no entry
    affiliate = entry is not None and entry.state_affiliate
    return GOVERNMENT_REGAINS if own_state or affiliate else NON_STATE_OVERTAKES


def _weapon_overrides(trigger: Trigger, implied: str) -> bool:
    """A weapon decides the sub-type of a generic trigger of the same family, and a suicide or
    chemical weapon always tells more than the trigger."""
    if implied in {"Suicide bomb", "Chemical weapon"}:
        return trigger.event_type == "Explosions/Remote violence" or trigger.generic
    if "means_unsaid" in trigger.flags:
        return acled.sub_event_types().get(implied) == "Explosions/Remote violence"  # "اغتالته مسيرة"
    return trigger.generic and acled.sub_event_types().get(implied) in {
        trigger.event_type,
        "Explosions/Remote violence",
    }


def _assign_actors(
    frame: Frame,
    actors: list[ActorMention],
    mentions: TextMentions,
    clause: tuple[int, int],
    other_acts: list[tuple[int, int]],
    context: ArticleContext,
) -> None:
    """The frame's two sides among the sentence's ``actors``, read around its ``clause``;
    ``other_acts`` are the clauses of the sentence that tell acts of their own."""
    first, end = clause
    trigger = frame.trigger_mention
    event_type = acled.sub_event_types()[frame.sub_event_type]
    if event_type != REMOTE_VIOLENCE:
        # "تستعيد القوات قاعدة العند العسكرية": a base taken or fought over is ground, not a side;
        # only a remote act strikes whoever holds it.
        actors = [a for a in actors if not a.site]
    if frame.trigger.event_type not in ("Battles", "Strategic developments"):
        # "غارات على بلدة يسيطر عليها فيلق الرحمن": who holds the ground struck neither struck it
        # nor was its target, but it sets another side's act apart ("خطفوه ونقلوه إلى مناطق سيطرة
        # داعش" names no kidnapper either). In a fight it is a side, and arrests "في مناطق سيطرة قسد"
        # are its own.
        holders = [a for a in actors if _holds_the_ground(mentions, a)]
        frame.holder = holders[0] if holders else None
        actors = [a for a in actors if a not in holders]
    actors = [a for a in actors if not _opposed(mentions, a)]
    marked = _marked_agents(mentions, actors, trigger)
    victims = [
        a
        for a in _victims(mentions, actors, frame.sentence)
        + _targets(mentions, actors)
        + _wounded(mentions, actors)
        + _dead_told_first(mentions, actors)
        + _killed_subjects(mentions, actors)
        if a not in marked
    ]
    allies = _allies(mentions, actors) + _related_parties(frame, mentions, actors)
    hurt = _hurt_subjects(mentions, actors, frame.sentence.first_token, trigger)
    agents = [
        a
        for a in actors
        if a not in victims and a not in allies and a not in hurt and a.inter != CIVILIAN_INTER
    ]
    speaker = _speaker(mentions, agents, trigger)
    taker, taker_rule = _announced_author(frame, mentions, agents)
    # "أعلن الجيش المالي مقتل 53 جنديا في هجوم": who announces is the source, not the attacker.
    sources = [
        a
        for a in agents
        if a is not speaker and a is not taker and (_announces(mentions, a) or _reports(mentions, a, trigger))
    ]
    if frame.sub_event_type == "Arrests":
        sources = []  # "أعلنت وزارة الداخلية اعتقال": the authority that announces arrests made them
    # "ونددت وحدات حماية الشعب بالقصف": who reacts to the act did not do it, but may have suffered it.
    agents = [a for a in agents if a not in sources and not _reacts(mentions, a)]
    end = _pair_clause_end(frame, mentions, agents, first, end)
    in_clause = [a for a in agents if first <= a.first_token < end]
    marked_here = [a for a in marked if first <= a.first_token < end] or marked
    if taker is not None:
        actor1, rule = taker, taker_rule
    else:
        actor1, rule = _choose_actor1(frame, mentions, in_clause, agents, marked_here, speaker)
    placed = actor1 if _state_placed_at_a_bombing(frame, actor1, rule) else None
    if placed is not None:
        # "انفجار عبوة ناسفة أمام قسم شرطة"، "قوات الشرطة فرضت طوقا حول المنطقة التي وقع فيها الانفجار":
        # the force stood where the bomb went off or came after it; who planted it the sentence does
        # not say, and the force is no side of it unless the bomb struck it (see ``others``).
        actor1, rule = None, ""
    if _refers_to_named_group(mentions, actor1) and context.last_armed_group is not None:
        # "المسلحون"، "الانتحاري" after the article named the group: its men, not unknown ones.
        actor1, rule = context.last_armed_group, "armed_group_named_before"
    claim = context.claim
    if claim is not None and (actor1 is None or actor1.generic) and _claimed(frame, mentions, claim, context):
        actor1, rule = claim.actor, "claim"
    if rule:
        frame.rules.append(f"actor1:{rule}")
    elif actor1 is None and _told_armed(mentions, trigger):
        frame.rules.append(ARMED_ACT_RULE)
    frame.actor1 = actor1
    # Who only reports the act ("أفاد مصدر في الشرطة بمقتل") takes no part in it.
    others = [
        a
        for a in actors
        if (actor1 is None or not _same_party(a, actor1))
        and (a in victims or a not in sources)
        and a not in allies
        and not _replies(mentions, a)
        and (a is not placed or a in victims or _suffered(mentions, a, frame.sentence.first_token, trigger))
    ]
    # A fight's joined names are its sides; a bombing's may be its victims ("سيارات لناشطين في
    # حركتي حماس والجهاد").
    co_authors = []
    if event_type == "Battles":
        co_authors = [a for a in others if _co_author(frame, mentions, actor1, a, others, victims)]
        others = [a for a in others if a not in co_authors]
    # A backer's cue may stand near the other side too ("الجيش وفصائل تقاتل إلى جانبه حملة ضد
    # داعش"): only a joined co-author, or a force of actor1's own state's side, is surely on it,
    # unless the act struck it or a fight's word sets it against actor1.
    beside = [
        a
        for a in others
        if actor1 is not None
        and a not in victims
        and not _faced_in_a_fight(frame, mentions, actor1, a)
        and _one_state_side(a, actor1, mentions.lexicon, context.country)
    ]
    others = [a for a in others if a not in beside]
    frame.associates = co_authors + beside
    if actor1 is not None and actor1.inter not in NON_STATE_ARMED_INTER:
        # "غارات للتحالف استهدفت قاعدة العند الجوية": a state or its ally strikes a base the other
        # side holds, not its own state's military.
        others = [a for a in others if not a.site]
    if event_type in STRIKING_TYPES:
        others = [a for a in others if not _party_of_an_answered_act(frame, mentions, a)]
    if frame.trigger.sub_event_type == PEACEFUL_PROTEST:
        # "يتظاهر السودانيون ضد العسكريين"، "وقفة أمام مقر الشرطة": what a crowd marches against or
        # to is its grievance, not a force that met it.
        others = [a for a in others if a not in _targets(mentions, others)]
    # The other side of a pair after بين first, then a victim, else the first other party, each
    # before one named in a clause that tells another act: that act's ("شنت القوات عملية قتلت فيها
    # 9 مسلحين …، وأشاروا إلى مقتل 6 مدنيين في انفجار عبوة"، "الاشتباكات بين الجيش والمسلحين،
    # والتي اندلعت إثر توقيف الجيش لقيادي في جبهة النصرة"); a base stands for its country's
    # military only when the sentence names no one else ("قاعدة بلد الجوية التي توجد فيها قوات
    # أمريكية"، "لدى الجيش قاعدة عسكرية هناك وهو استهدف أماكن تتواجد فيها قوات وحدات حماية سنجار").
    partner = _pair_partner(mentions, actor1, others)
    frame.actor2 = min(
        others,
        key=lambda a: (
            a is not partner,
            a.site,
            a not in victims,
            any(start <= a.first_token < stop for start, stop in other_acts),
        ),
        default=None,
    )
    if frame.actor2 is not None and _civilians(frame.actor2, nationality_told=False):
        frame.actor2 = next((a for a in others if _civilians(a, nationality_told=True)), frame.actor2)
    if "defensive" in frame.trigger.flags and frame.actor2 is not None and not _attacker_chosen(frame, rule):
        # "تصدت القوات لهجوم الحوثيين": who repels is the target; the attacker is actor1.
        frame.actor1, frame.actor2 = frame.actor2, frame.actor1
    elif _lost_men_to(frame, victims) and not _taker_named(frame, rule):
        # "قتل أربعة رجال أمن في تبادل لإطلاق النار بين الشرطة ومسلحين": the side whose men the
        # sentence counts among the dead was attacked.
        frame.actor1, frame.actor2 = frame.actor2, frame.actor1
        frame.rules.append("actor1:side_that_lost_men_attacked")
    elif _state_paired_with_gunmen(frame, mentions):
        frame.actor1, frame.actor2 = frame.actor2, frame.actor1
        frame.rules.append("actor1:unnamed_gunmen_attack_the_state")
    if frame.actor2 is None and event_type in STRIKING_TYPES:
        frame.actor2 = _civilian_site_struck(frame, mentions, first, end)
        if frame.actor2 is not None:
            frame.rules.append(CIVILIAN_SITE_RULE)
    for actor in (frame.actor1, frame.actor2):
        if actor is not None and actor.weapon and actor.weapon not in frame.weapons:
            frame.weapons.append(actor.weapon)


def _civilians(actor: ActorMention, nationality_told: bool) -> bool:
    """Civilians whose nationality the text tells ("عمال سوريين"، "السفير الأردني") or not ("وعائلته"،
    "المدنيين"). Nameless ones are the event's country's, unless the sentence tells the same
    victims' nationality ("مقتل حارس المعمل السوري وعائلته بالإضافة إلى عمال سوريين": Syrians
    killed in Lebanon are Civilians (Syria), as ACLED codes victims abroad)."""
    return actor.inter == CIVILIAN_INTER and actor.generic != nationality_told


def _party_of_an_answered_act(frame: Frame, mentions: TextMentions, actor: ActorMention) -> bool:
    """An actor told with the word of the earlier act this one answers or follows, after a word that
    opens that act ("قصف الطيران الحربي حي بابا عمرو بعد هجوم مفاجئ لمقاتلي المعارضة"، "بعد ساعات
    من بدء مقاتلي المعارضة هجوما"، "ردا على استهداف منازل المدنيين"), is a party of that act, not
    this one's target. Only an actor right around that act's word: one told further on may be this
    act's own ("بعد يوم من قصف استهدف صالة كانت تتخذ منها مليشيات الحوثي مقرا"). A time of day is no
    earlier act ("بعد ظهر اليوم"). Only for an act that strikes a target (``STRIKING_TYPES``)."""
    trigger = frame.trigger_mention
    return any(
        act.first_token - cue.end_token <= ANSWERED_ACT_REACH
        and (act.first_token == actor.end_token or 0 <= actor.first_token - act.end_token <= ACT_PARTY_REACH)
        for cue in mentions.within("answered_acts", trigger.end_token, actor.first_token)
        if not _opens_a_time_of_day(mentions, cue)
        for act in mentions.within("trigger", cue.end_token, actor.end_token + 1)
    )


def _opens_a_time_of_day(mentions: TextMentions, cue: Mention) -> bool:
    time = mentions.starting_at("time", cue.first_token)
    return time is not None and time.label == PART_OF_DAY


def _civilian_site_struck(frame: Frame, mentions: TextMentions, first: int, end: int) -> ActorMention | None:
    """A home, a mosque, a school or a market told as what the act struck, a few words after a
    target's word or the act's own ("استهدف مسلحون مجهولون منزل أحد القياديين"، "غارة على
    مسجد"): the act's second actor is the civilians, as ACLED codes such a site hit with no one
    named there."""
    # "عليه"، "استهدفه": a target's word that carries its object's pronoun has no site after it
    # ("عدم تحفظ الجهات المعنية عليه أو تحويله لمستشفى").
    openers = [frame.trigger_mention.end_token] + [
        m.end_token
        for kind in ("targets", "target_verbs")
        for m in mentions.within(kind, first, end)
        if not mentions.text.analyses[m.end_token - 1][2]
    ]
    site = next(
        (
            s
            for s in mentions.within("civilian_sites", first, end)
            if any(0 <= s.first_token - opener <= SITE_REACH for opener in openers)
        ),
        None,
    )
    if site is None:
        return None
    civilians = mentions.lexicon.actors[CIVILIANS_ID]
    return ActorMention(
        civilians.name, civilians.id, civilians.inter, None, site.span, site.first_token, site.end_token
    )


def _co_author(
    frame: Frame,
    mentions: TextMentions,
    actor1: ActorMention | None,
    actor: ActorMention,
    others: list[ActorMention],
    victims: list[ActorMention],
) -> bool:
    """A force joined by و right after actor1 takes ground beside it ("سيطرت القوات الموالية لهادي
    وقوات المقاومة الشعبية على المثلث"): ACLED lists it as actor1's associate, not as actor2. Two
    joined names that fight are each other's foe ("استأنف الجيش والجماعات المسلحة المعارك"،
    "اشتباكات بين الجيش وداعش"), unless after بين a third party follows set apart as the other
    side ("بين المقاومة وقوات الجيش، وميليشيات الحوثي"، "بين قوات النظام وميليشيا الدفاع الوطني من
    طرف، والفصائل المقاتلة من طرف آخر")."""
    if actor1 is None or actor in victims or actor.first_token != actor1.end_token:
        return False
    if not joined(mentions.text.analyses[actor.first_token]):
        return False
    if not _after_pair_opener(mentions, actor1):
        return frame.sub_event_type != "Armed clash" or _authors_after_act_noun(mentions, frame, actor1)
    return any(_other_side_after(mentions, actor, other) for other in others if other not in victims)


def _authors_after_act_noun(mentions: TextMentions, frame: Frame, actor: ActorMention) -> bool:
    """ "تعرضت البلدة لهجوم من قوات النظام وحزب الله": the names right after the act's noun and its
    preposition of authors attacked together."""
    preposition = mentions.starting_at("author_prepositions", frame.trigger_mention.end_token)
    return preposition is not None and preposition.end_token == actor.first_token


def _other_side_after(mentions: TextMentions, side: ActorMention, other: ActorMention) -> bool:
    """The other party follows a side's last force, joined by و past a comma or a word that closes a
    side ("من طرف"، "من جهة")."""
    gap = other.first_token - side.end_token
    if not 0 <= gap <= SIDE_REACH or other.inter == CIVILIAN_INTER:
        return False
    if not joined(mentions.text.analyses[other.first_token]):
        return False
    text = mentions.text
    between = text.normalized.text[text.ends[side.end_token - 1] : text.starts[other.first_token]]
    closed = mentions.within("side_closers", side.end_token, other.first_token)
    return bool(closed) or any(mark in between for mark in ",،")


def _opposed(mentions: TextMentions, actor: ActorMention) -> bool:
    """The actor is the object of a word of opposition ("الفصائل المعارضة للنظام السوري"): what a
    side opposes, neither who acted nor what was struck."""
    return mentions.ending_at("opposed_to", actor.first_token) is not None and bears_preposition(
        mentions.text.analyses[actor.first_token]
    )


def _attacker_chosen(frame: Frame, rule: str) -> bool:
    """Actor1 of a repelled attack is already its attacker: an author's word named it ("صد هجوم
    شنه التنظيم"), or it follows a trigger that holds the attack's noun ("صد هجوم لتنظيم داعش")."""
    trigger = frame.trigger_mention
    after_the_attack = (
        frame.trigger.kind == "phrase"
        and frame.actor1 is not None
        and frame.actor1.first_token >= trigger.end_token
    )
    return rule == "agent_marker" or after_the_attack


def _allies(mentions: TextMentions, actors: list[ActorMention]) -> list[ActorMention]:
    """The first actor a few words after a word of backing ("بمساندة طيران التحالف"، "المدعومة من
    التحالف الدولي"، "دعما لقوات الجيش"): it backs a side or is backed by it, and fights for neither
    side of the act as ACLED's actor1 or actor2."""
    allies = []
    for cue in mentions.by_kind.get("allies", []):
        # "تقاتل إلى جانبه"، "بدعمهم": a pronoun is the backer or the backed; what follows is not.
        if not _with_its_preposition(mentions, cue) or mentions.text.analyses[cue.end_token - 1][2]:
            continue
        allies += _backers_after(mentions, actors, cue)
    for cue in mentions.by_kind.get("backed_by", []):
        # "مدعومة برجال قبائل"، "مدعوما بمسلحي المقاومة": the word after the participle carries بـ.
        if _bears_locative(mentions, cue.end_token):
            allies += _backers_after(mentions, actors, cue)
    return allies


def _backers_after(mentions: TextMentions, actors: list[ActorMention], cue: Mention) -> list[ActorMention]:
    """The first actor after a word of backing and one joined to it by و, past an adjective of the
    first ("المقاومة المسنودة بقوات الجيش الوطني وطيران التحالف"): both back the side. After بين the
    joined one is the other side ("القتال بين المقاتلين المدعومين بالتحالف وقوات الحوثي")."""
    backers = _first_actor_after(actors, cue)
    if mentions.within("pair_opener", max(0, cue.first_token - SIDE_REACH), cue.first_token):
        return backers
    joined_after = [
        a
        for first in backers
        for a in actors
        if 0 <= a.first_token - first.end_token <= BACKER_ADJECTIVES
        and joined(mentions.text.analyses[a.first_token])
    ]
    return backers + joined_after[:1]


def _related_parties(frame: Frame, mentions: TextMentions, actors: list[ActorMention]) -> list[ActorMention]:
    """ "استهدفنا السفينة لارتباطها بالعدو الإسرائيلي": the party a relation noun ties the target to
    is neither side of the act. An arrest's charge ("بتهمة التعاون مع داعش") names whom the
    arrested are held for, whom ACLED lists as actor2, so it stays."""
    if frame.sub_event_type == "Arrests":
        return []
    return [
        actor
        for cue in mentions.within("relation_nouns", frame.sentence.first_token, frame.sentence.end_token)
        if _names_its_other_party(mentions, cue)
        for actor in _first_actor_after(actors, cue)
    ]


def _names_its_other_party(mentions: TextMentions, cue: Mention) -> bool:
    """ "لارتباطها بالعدو"، "علاقة مع الحوثيين": a relation noun's other party follows with بـ, or
    the cue ends with its مع; "علاقة الجيش" (no preposition) makes the next word its owner."""
    written = cue.entry_id.partition(":")[2]
    if " " in written:
        return True
    return _bears_locative(mentions, cue.end_token)


def _bears_locative(mentions: TextMentions, token: int) -> bool:
    """The word at a token carries بـ ("بالعدو"، "برجال قبائل")."""
    return token < len(mentions.text) and clitic_roles().locative in mentions.text.analyses[token][0]


def _first_actor_after(actors: list[ActorMention], cue: Mention) -> list[ActorMention]:
    return [a for a in actors if 0 <= a.first_token - cue.end_token <= ALLY_REACH][:1]


def _with_its_preposition(mentions: TextMentions, cue: Mention) -> bool:
    """A cue written with بـ ("بدعم من"، "بمساندة") matches its word's stem in any form; only the
    form with the preposition says that someone backs the act ("الدعم اللوجستي للحشد" does not)."""
    written = cue.entry_id.partition(":")[2]
    return not written.startswith("ب") or "ب" in mentions.text.analyses[cue.first_token][0]


def _holds_the_ground(mentions: TextMentions, actor: ActorMention) -> bool:
    """The actor comes right after a word of holding ("بلدة يسيطر عليها فيلق الرحمن"، "أحياء تحت
    سيطرة قوات النظام") that follows no position of its own ("مواقع تسيطر عليها جماعة الحوثي": the
    group's positions were struck, it is the target)."""
    cue = mentions.ending_at("holders", actor.first_token)
    if cue is None:
        return False
    # The position may stand right before the word or before a relative pronoun ("المواقع التي").
    return not any(mentions.ending_at("held_positions", t) for t in (cue.first_token, cue.first_token - 1))


def _pair_clause_end(
    frame: Frame, mentions: TextMentions, agents: list[ActorMention], first: int, end: int
) -> int:
    """Where the clause of a clash ends for its actors: a clause that names no pair ("تجددت
    الاشتباكات، اليوم الاثنين، بين قطعات الجيش ووحدات المقاومة") reaches to the end of the later
    clause of its sentence that opens with بين."""
    named = sum(first <= a.first_token < end for a in agents)
    if "needs_actor_pair" not in frame.trigger.flags or named >= 2:
        return end
    clauses = frame.sentence.clauses or ()
    return next((b for a, b in clauses if a >= end and mentions.at("pair_opener", a) is not None), end)


def _suffered(mentions: TextMentions, actor: ActorMention, sentence_first: int, trigger: Mention) -> bool:
    """ "تعرضت دورية للجيش العراقي لانفجار عبوة ناسفة": the subject of a verb of harm suffered, told
    before the act, was struck by it."""
    markers = [m.end_token for m in mentions.within("suffering_verbs", sentence_first, trigger.first_token)]
    return actor.end_token <= trigger.first_token and _told_after(mentions, actor, markers)


def _told_armed(mentions: TextMentions, trigger: Mention) -> bool:
    """ "هجوم مسلح على حاجز": the act's own adjective of arms (read as no actor, see
    ``actors._adjective_of_an_act``) still says armed men did it."""
    return bool(mentions.within("armed_adjectives", trigger.first_token, trigger.end_token + 1))


def _state_placed_at_a_bombing(frame: Frame, actor1: ActorMention | None, rule: str) -> bool:
    """A state's force read as a bombing's author only by where it stands in the sentence (after or
    before the act's noun, a speaker earlier): ACLED's bombings are a state's only where the text
    says it planted or set them off (2 of 101 of its 2020 sample, none of train's 46)."""
    return (
        actor1 is not None
        and actor1.inter == STATE_INTER
        and frame.sub_event_type in BOMBINGS
        and rule in POSITIONAL_RULES
    )


def _choose_actor1(
    frame: Frame,
    mentions: TextMentions,
    in_clause: list[ActorMention],
    agents: list[ActorMention],
    marked: list[ActorMention],
    speaker: ActorMention | None,
) -> tuple[ActorMention | None, str]:
    """The author of the act among the sentence's agents, and the rule that chose it."""
    trigger = frame.trigger_mention
    told_before = [
        a
        for a in agents
        if a.end_token <= trigger.first_token
        and not _speech_between(mentions, a.end_token, trigger.first_token)
    ]
    # An actor that shares words with the trigger ("قصفت طائرات حربية روسية") is its agent.
    after = [
        a
        for a in in_clause
        if a.end_token > trigger.first_token
        and a.first_token - trigger.end_token <= SUBJECT_REACH
        and not _subject_of_another_verb(mentions, trigger.end_token, a.first_token)
        and not (a.first_token >= trigger.end_token and _carries_its_subject(mentions, frame))
        and not _taken_from(mentions, frame, a)
    ]
    before = [a for a in in_clause if a in told_before]
    later = [a for a in in_clause if a.first_token >= trigger.end_token]
    if marked:
        return marked[0], "agent_marker"  # "قتل برصاص قوات الأمن"، "على يد مسلحين"
    origin = _fired_from(mentions, frame, agents)
    if origin is not None:
        return origin, "fired_from"  # "سقوط مقذوف على قرية المروة من داخل الأراضي اليمنية"
    if speaker is not None:
        return speaker, "speaker"  # "قال الجيش العراقي إنه شن غارات"
    if frame.trigger.kind == "verb" and before and before[-1].end_token >= trigger.first_token - 1:
        return _first_conjunct(mentions, before), "subject"  # "القوات العراقية تسيطر"
    striker = _striking_subject(mentions, frame)
    if striker is not None:
        # "طائرة مسيرة قصفت مقرا للحشد": aircraft or guns nobody owns in the text struck
        return owner_of(mentions, agents, striker) or unnamed_author(mentions, striker), "subject"
    state = _state_beside(mentions, frame)
    if state is not None and not after:
        return state, "state_as_author"  # "نفذت الولايات المتحدة غارة"، "وإسرائيل تغير"
    if after:
        return after[0], "after_trigger"  # verb-first: "قصفت الطائرات الروسية"; "غارات التحالف"
    if "needs_actor_pair" in frame.trigger.flags and len(later) >= 2:
        return later[0], "pair_in_clause"  # "اشتباكات وقعت في حي ... بين المقاومة والحوثيين"
    authors = _subjects_before_the_struck(mentions, frame, before)
    if authors:
        return _first_conjunct(mentions, authors), "subject_of_means"  # "أمطر الحوثيون القوات بالقذائف"
    if before:
        return _first_conjunct(mentions, before), "before_trigger"  # "استأنف الجيش والمسلحون المعارك"
    speakers = [
        a
        for a in agents
        if a in told_before
        and not _in_description_of(mentions, told_before, a)
        and not _members_of(mentions, a)
    ]
    return (speakers[-1], "earlier_speaker") if speakers else (None, "")  # "قال الجيش إنه شن"


def _fired_from(mentions: TextMentions, frame: Frame, agents: list[ActorMention]) -> ActorMention | None:
    """ "سقوط مقذوف في أرض فضاء بمحافظة الحرث من داخل الأراضي اليمنية"، "سقوط مقذوفات، من داخل
    الأراضي اليمنية، على حي سكني": the side named as the territory the act came from did it, however
    far after the act it stands and past a comma, unless another act is told between them."""
    trigger = frame.trigger_mention
    return next(
        (
            a
            for a in agents
            if a.first_token >= trigger.end_token
            and _names_an_origin(mentions, a)
            and not mentions.within("trigger", trigger.end_token, a.first_token)
        ),
        None,
    )


def _names_an_origin(mentions: TextMentions, actor: ActorMention) -> bool:
    """The actor's words open with "from" or "from inside" a territory ("من داخل الأراضي اليمنية")."""
    stems = mentions.text.stems[actor.first_token : actor.end_token]
    territory = word_list("territory")
    return any(
        stem in territory and _opens_an_origin(stems[:i]) for i, stem in enumerate(stems[:ORIGIN_REACH])
    )


def _subjects_before_the_struck(
    mentions: TextMentions, frame: Frame, before: list[ActorMention]
) -> list[ActorMention]:
    """ "أمطر المسلحون الحوثيون القوات الحكومية بالقذائف"، "استهدفت الميليشيا الجيش بقذائف الهاون": a
    weapon with بـ is the means of a verb told before it, which names its subject before its object;
    of the actors before the weapon, the last one (with those joined to it) was struck, the earlier
    ones struck it. Another act between them is the one the weapon serves ("اتهمت الحكومة الحوثيين
    بقصف الأحياء بالقذائف": the accused shelled); an act's own noun with بـ ("قامت القوات باستهداف")
    is no means, its doer is the actor before it."""
    weapon = frame.trigger_mention
    if (
        not before
        or mentions.starting_at("weapon", weapon.first_token) is None
        or not _bears_locative(mentions, weapon.first_token)
        or mentions.within("trigger", before[-1].end_token, weapon.first_token)
    ):
        return []
    return before[: before.index(_first_conjunct(mentions, before))]


def _taken_from(mentions: TextMentions, frame: Frame, actor: ActorMention) -> bool:
    """The force the ground was taken from ("استعادة القصر من الحوثيين"، "تطهير المدينة من
    الميليشيات"): right after من past a takeover's word, it lost the ground, it did not take it."""
    source = mentions.ending_at("taken_from", actor.first_token)
    return (
        frame.sub_event_type in TERRITORY_SUB_TYPES
        and actor.first_token > frame.trigger_mention.end_token
        and source is not None
        and not _joins_men_to_their_side(mentions, frame, source.first_token)
    )


def _joins_men_to_their_side(mentions: TextMentions, frame: Frame, of_word: int) -> bool:
    """ "سيطر مسلحون من داعش"، "سيطرت عناصر من الجيش الحر": من right after the verb's indefinite
    subject, a word the lexicons know for men, tells whose men took the ground, not whom it was
    taken from (that من follows the ground: "استعادة القصر من الحوثيين")."""
    subject = of_word - 1
    analysis = mentions.text.analyses[subject]
    if number_ending_at(mentions, of_word) is not None or mentions.ending_at("vague", of_word):
        return True  # "سيطر المئات من مسلحي داعش"، "نحو 200 من عناصره": a count of its men
    return (
        subject == frame.trigger_mention.end_token
        and not is_definite(analysis)
        and analysis[1] in mentions.lexicon.vocabulary
    )


def _carries_its_subject(mentions: TextMentions, frame: Frame) -> bool:
    """ "واشتبكوا مع قوات الجيش"، "وكبدوا قوات النظام خسائر": a verb with its plural subject's ending
    (``plural_subjects``) has its subject told before it; a name after it is its object or the other
    side."""
    if frame.trigger.kind != "verb":
        return False
    stem = mentions.text.analyses[frame.trigger_mention.first_token][1]
    return stem.endswith(clitic_roles().plural_subjects)


def _members_of(mentions: TextMentions, actor: ActorMention) -> bool:
    """ "أثناء قيام مجموعة من منسوبي قوات الطوارئ بأداء الصلاة، حدث تفجير": a force named as the
    unit some men served in tells who they were, not a speaker whose act the sentence reports."""
    return mentions.ending_at("victims_unit", actor.first_token) is not None


def _in_description_of(mentions: TextMentions, told_before: list[ActorMention], actor: ActorMention) -> bool:
    """The actor is named inside a relative clause on an earlier named actor ("قام المتمردون الذين
    يتعرضون لغارات طائرات التحالف، بقصف"): it describes that actor, which is the one that acts."""
    return any(
        p.first_token == head.end_token
        for head in told_before
        if head.end_token < actor.first_token and not head.generic and not head.unidentified
        for p in mentions.within("relative_pronouns", head.end_token, actor.first_token)
    )


def _striking_subject(mentions: TextMentions, frame: Frame) -> Mention | None:
    """Aircraft or guns right before the act's verb, its subject; with a preposition they are the
    means of an act someone else did ("الهجوم الأمريكي تم بطائرة مسيرة واستهدف سيارة")."""
    if frame.trigger.kind != "verb":
        return None
    force = mentions.ending_at("force", frame.trigger_mention.first_token)
    if force is None or mentions.lexicon.force_nouns[force.entry_id].weapon not in STRIKING_WEAPONS:
        return None
    if bears_preposition(mentions.text.analyses[force.first_token]):
        return None
    return force


def _speech_between(mentions: TextMentions, end: int, first: int) -> bool:
    """ "أمر الوزير الجيش بالانتقام مما قال إنها بلدة منفذ الهجوم": an act told after a speech verb
    is what someone reports, not what the actor before the verb does, unless the actor issued the
    statement the verb speaks in ("أصدر الجيش بيانا قال فيه إنه تم توقيف"). A verb takes no article
    ("يطالبون التحالف بالكشف عن منفذي الاغتيال": a verbal noun)."""
    said = mentions.within("attribution", end, first)
    if any(m.label == "noun" for m in said):
        return False
    return any(m.label == "verb" and not is_definite(mentions.text.analyses[m.first_token]) for m in said)


def _subject_of_another_verb(mentions: TextMentions, end: int, first: int) -> bool:
    """A relative pronoun or "كان" between the act and the actor after it opens another clause whose
    subject the actor is ("حررت ساحة كان تنظيم داعش يستخدمها"، "سيطرت على البلدة التي دخلها الجيش")."""
    return any(mentions.within(kind, end, first) for kind in ("relative_pronouns", "past_auxiliary"))


def _state_beside(mentions: TextMentions, frame: Frame) -> ActorMention | None:
    """A state named as the subject of the act, not as where it happens: right after or before a
    verb ("وإسرائيل تغير"), or between a verb of doing and the act's noun ("نفذت الولايات المتحدة
    غارة"، "شنت إسرائيل غارات")."""
    trigger = frame.trigger_mention
    country = mentions.ending_at("country", trigger.first_token)
    if frame.trigger.kind == "verb":
        country = country or mentions.starting_at("country", trigger.end_token)
    elif country is not None and mentions.ending_at("performs", country.first_token) is None:
        country = None
    country = country or _killing_state(mentions, frame)
    if country is None or country.entry_id not in mentions.lexicon.countries:
        return None
    if located(mentions, country.first_token) or mentions.ending_at("attribution", country.first_token):
        return None  # "غارة في سوريا"، "وكالة أنباء البحرين"
    return state_forces_named_by_country(mentions, country)


def _killing_state(mentions: TextMentions, frame: Frame) -> Mention | None:
    """ "وقتلت إسرائيل رئيس الوزراء وعددا من الوزراء في غارة على صنعاء": a country's name right after
    a killing verb is its subject (a state is never the one killed), and the act's noun later in the
    clause tells how it killed."""
    trigger = frame.trigger_mention
    if frame.trigger.kind == "verb":
        return None
    first = max(frame.sentence.first_token, trigger.first_token - KILLING_STATE_REACH)
    for verb in mentions.within("killing_verbs", first, trigger.first_token):
        country = mentions.starting_at("country", verb.end_token)
        if country is not None and not bears_preposition(mentions.text.analyses[country.first_token]):
            return country
    return None


def _refers_to_named_group(mentions: TextMentions, actor: ActorMention | None) -> bool:
    """ "المسلحون"، "الانتحاري": the definite word for unnamed gunmen speaks of ones already named."""
    return actor is not None and actor.unidentified and is_definite(mentions.text.analyses[actor.first_token])


def _lost_men_to(frame: Frame, victims: list[ActorMention]) -> bool:
    """Actor1 of a fight is named among the dead and actor2 is an armed group."""
    a1, a2 = frame.actor1, frame.actor2
    return (
        frame.trigger.event_type == "Battles"
        and a1 is not None
        and a2 is not None
        and a2.inter in NON_STATE_ARMED_INTER
        and any(v.name == a1.name for v in victims)
    )


def _taker_named(frame: Frame, rule: str) -> bool:
    """Actor1 is the subject of a takeover's verb: it took the ground whoever lost men ("سيطرت
    المقاومة على المثلث، فيما قتل 22 من الحوثيين"); a fight told "للسيطرة" names no taker."""
    return frame.sub_event_type in TERRITORY_SUB_TYPES and rule == "subject"


def _state_paired_with_gunmen(frame: Frame, mentions: TextMentions) -> bool:
    """ "اشتباكات بين قوات الجيش والعناصر المسلحة": a pair after بين tells no initiative, and men
    nobody names who fight a state's force are its attackers (ACLED's actor1). Where the state
    raided them, the raid's own verb ("داهمت قوات الأمن") makes the state its subject instead."""
    a1, a2 = frame.actor1, frame.actor2
    if frame.trigger.event_type != "Battles" or a1 is None or a2 is None:
        return False
    if a1.inter != STATE_INTER or not a2.unidentified:
        return False
    return _after_pair_opener(mentions, a1)


def _pair_partner(
    mentions: TextMentions, actor1: ActorMention | None, others: list[ActorMention]
) -> ActorMention | None:
    """The side joined by و to actor1 after بين ("اشتباكات بين مقاتلين دروز ومجموعات من البدو"،
    "بين مقاومين وقوات الاحتلال"): the pair names who fought whom, whoever the dead counted in the
    sentence were."""
    if actor1 is None:
        return None
    analyses = mentions.text.analyses
    for other in others:
        first, second = sorted((actor1, other), key=lambda a: a.first_token)
        if (
            other.inter != CIVILIAN_INTER
            and first.end_token == second.first_token
            and joined(analyses[second.first_token])
            and _after_pair_opener(mentions, first)
        ):
            return other
    return None


def _after_pair_opener(mentions: TextMentions, actor: ActorMention) -> bool:
    """The actor opens a pair of sides ("بين قوات الجيش و…")."""
    return bool(mentions.within("pair_opener", max(0, actor.first_token - SIDE_REACH), actor.first_token))


def _same_party(actor: ActorMention, actor1: ActorMention) -> bool:
    """The same actor named again, or unnamed gunmen beside the armed group that acted (the
    bomber of "فجر انتحاري نفسه" once the article says that the group claimed it)."""
    same = actor.actor_id == actor1.actor_id or actor.name == actor1.name
    return same or (actor.unidentified and actor1.named_armed_group)


def _one_state_side(a: ActorMention, b: ActorMention, lexicon: Lexicon, event_country: str | None) -> bool:
    """A state's military or police and a unit of them or the volunteers beside them ("رفعت القوات
    المسلحة من رجال جهاز مكافحة الإرهاب العلم"، "بين الجيش والمقاومة الشعبية من جهة والحوثيين"):
    one side, never each other's second actor (ACLED codes a unit's act by the unit, its state's
    forces beside it)."""
    return any(
        _serves_the_state(unit, lexicon) and _state_force_of(force, unit.country, event_country)
        for unit, force in ((a, b), (b, a))
    )


def _serves_the_state(actor: ActorMention, lexicon: Lexicon) -> bool:
    entry = lexicon.actors.get(actor.actor_id)
    return entry is not None and (entry.state_unit or entry.state_affiliate)


def _state_force_of(actor: ActorMention, country: str | None, event_country: str | None) -> bool:
    """A state's own force of the given country; a force named without one is the event's
    country's ("قال الجيش إنه قصف مواقع لفيلق القدس الإيراني قرب دمشق": Syria's army, Iran's unit)."""
    return actor.inter == STATE_INTER and (actor.country or event_country) == (country or event_country)


def _faced_in_a_fight(
    frame: Frame, mentions: TextMentions, actor1: ActorMention, actor: ActorMention
) -> bool:
    """Sides a fight's word joins by مع or بين fight each other, whatever state they serve
    ("اشتبكت قوات الجيش العراقي مع عناصر من الحشد الشعبي"، "اشتباكات بين الجيش والحشد الشعبي"). A
    pair after بين that goes on is one side of a longer list ("بين الجيش والمقاومة الشعبية من جهة
    والحوثيين"، "بين رجال المقاومة وقوات الجيش الموالي للشرعية وبقايا القناصة"): they fight beside."""
    if frame.trigger.event_type != "Battles":
        return False
    analyses = mentions.text.analyses
    before = range(max(frame.trigger_mention.end_token, actor.first_token - SIDE_REACH), actor.first_token)
    if any(analyses[i][1] in word_list("with") for i in before):
        return True
    after = range(actor.end_token, min(actor.end_token + SIDE_REACH, len(mentions.text)))
    goes_on = mentions.within("side_closers", after.start, after.stop) or any(
        joined(analyses[i]) for i in after
    )
    return not goes_on and _pair_partner(mentions, actor1, [actor]) is actor


def _marked_agents(
    mentions: TextMentions, actors: list[ActorMention], trigger: Mention
) -> list[ActorMention]:
    """Actors right after a word that names an author ("برصاص قوات الاحتلال"، "على يد مسلحين"،
    "من قبل الطيران الحربي"، "هجوم نفذه التنظيم") close to the trigger: the authors of the act,
    never its victims. Farther on, the words qualify something else ("الوزير المعين من قبل الحوثيين")."""
    # The marker stands after the trigger ("قتل شاب برصاص"), or right before it when the trigger is
    # the means itself ("قصف نفذته طائرة مسيرة").
    markers = [
        m
        for m in mentions.within("agents", trigger.first_token - 2, trigger.end_token + AGENT_REACH + 1)
        if m.first_token - trigger.end_token <= AGENT_REACH
        and (m.first_token >= trigger.end_token or 0 <= trigger.first_token - m.end_token <= 1)
    ]
    marked = [a for a in actors if any(m.end_token == a.first_token for m in markers)]
    forces = [
        f for m in markers if not marked and (f := mentions.starting_at("force", m.end_token)) is not None
    ]
    # "غارات شنتها طائرات تابعة لقوات النظام": the owner the aircraft belong to is the author;
    # "قصف نفذته طائرة مسيرة": an aircraft nobody owns in the text is an unnamed author.
    owners = [owner for force in forces if (owner := owner_of(mentions, actors, force)) is not None]
    return marked + (owners or [unnamed_author(mentions, force) for force in forces])


def _victims(mentions: TextMentions, actors: list[ActorMention], sentence: Sentence) -> list[ActorMention]:
    """Actors counted among the dead or named after "بينهم": victims, never the perpetrator. So are
    the objects of a killing verb armed men are told before ("جماعة مسلحة اغتالت ثلاثة من أفراد الشرطة").
    A killed-word inside an act's name ("سقوط مقذوف من داخل الحدود اليمنية": a shell's fall, not
    the dead's) marks no victim."""
    markers = [
        m.end_token
        for kind in ("killed", "victims")
        for m in mentions.within(kind, sentence.first_token, sentence.end_token)
        if not _covered_by(mentions, "trigger", m)
    ] + [
        verb.end_token
        for verb in mentions.within("killing_verbs", sentence.first_token, sentence.end_token)
        if any(a.inter in ARMED_INTER and a.end_token == verb.first_token for a in actors)
    ]
    markers += _units_of_the_dead(mentions, sentence, markers)
    return [
        a for a in actors if _told_after(mentions, a, markers) and not _killers_before_count(mentions, a)
    ] + _met_their_death(mentions, actors, sentence)


def _units_of_the_dead(mentions: TextMentions, sentence: Sentence, markers: list[int]) -> list[int]:
    """ "استشهاد الرقيب فلان بن فلان من منسوبي الحرس الوطني": a word naming the force a dead man
    served in, a name and a rank after the killed-word, marks the force as the victim's; a cause
    between ("قتل جنديان في هجوم نفذه عدد من عناصر التنظيم") makes it the act's author, and a new
    clause ("قتل 16 من الحوثيين، وأصيب ثلاثة من أفراد المقاومة في اشتباكات") tells the other side."""
    return [
        unit.end_token
        for unit in mentions.within("victims_unit", sentence.first_token, sentence.end_token)
        if any(
            0 <= unit.first_token - end <= UNIT_REACH
            and _one_clause(mentions, end, unit.first_token)
            and not _cause_between(mentions, end, unit.first_token)
            for end in markers
        )
    ]


def _told_after(mentions: TextMentions, actor: ActorMention, markers: list[int]) -> bool:
    """The actor stands a few words after one of the markers' ends, with no cause between."""
    return any(
        0 <= actor.first_token - end <= VICTIM_REACH and not _cause_between(mentions, end, actor.first_token)
        for end in markers
    )


def _met_their_death(
    mentions: TextMentions, actors: list[ActorMention], sentence: Sentence
) -> list[ActorMention]:
    """ "لقي ثلاثة من أفراد الشرطة منهم شرطي أجنبي حتفهم": the actors between a verb of meeting
    one's fate and the death noun after it died; they are not the authors of the act."""
    spans = [
        (verb.end_token, death[0].first_token)
        for verb in mentions.within("fate_verbs", sentence.first_token, sentence.end_token)
        if (
            death := mentions.within(
                "killed", verb.end_token, min(verb.end_token + FATE_REACH, sentence.end_token)
            )
        )
    ]
    return [a for a in actors if any(first <= a.first_token and a.end_token <= end for first, end in spans)]


def _killers_before_count(mentions: TextMentions, actor: ActorMention) -> bool:
    """ "قتل مسلحون مجهولون اليوم خمسة مدنيين": an actor right after a killing verb, with the count
    of the dead right after it, is the verb's subject, who killed; "قتل 5 مسلحين" counts it
    instead, and "قتل شرطي وأصيب 6" counts the policeman."""
    if mentions.ending_at("killing_verbs", actor.first_token) is None:
        return False
    return _count_follows(mentions, actor.end_token)


def _only_a_toll(
    mentions: TextMentions, actors: list[ActorMention], mention: Mention, trigger: Trigger
) -> bool:
    """ "قتل 5 مدنيين بقصف": a killing verb is the toll of another act unless armed men or an
    aircraft are its subject."""
    return (
        NEEDS_AGENT in trigger.flags
        and not _killed_by_armed_men(mentions, actors, mention)
        and not _killed_by_aircraft(mentions, mention)
    )


def _killed_by_armed_men(mentions: TextMentions, actors: list[ActorMention], verb: Mention) -> bool:
    """ "قتل مسلحون خمسة مدنيين"، "أن مسلحين قتلوا ستة شرطيين": armed men right after the killing
    verb or right before it, with the count of their dead after them or after the verb, did it."""
    return any(
        a.inter in ARMED_INTER
        and (
            (a.first_token == verb.end_token and _killers_before_count(mentions, a))
            or (a.end_token == verb.first_token and _count_follows(mentions, verb.end_token))
        )
        for a in actors
    )


def _killed_by_aircraft(mentions: TextMentions, verb: Mention) -> bool:
    """ "قتلت طائرة مسيرة قياديا"، "مروحية قتلت ثلاثة مسلحين": an aircraft right after the killing
    verb or right before it is its subject (an aircraft is never among the dead), so the verb tells
    the strike; its weapon makes it an air/drone strike, not the clash a killing verb defaults to.
    Before the verb, the aircraft (a feminine noun) is its subject only where the verb is feminine
    and no verb of downing told it as its object ("أسقطوا مروحية قتل طاقمها": its crew died)."""
    before = mentions.ending_at("weapon", verb.first_token)
    if before and (not _feminine_verb(mentions, verb) or _aircraft_brought_down(mentions, before)):
        before = None
    subjects = (mentions.starting_at("weapon", verb.end_token), before)
    return any(w is not None and mentions.lexicon.weapons[w.entry_id].implies == AIR_STRIKE for w in subjects)


def _feminine_verb(mentions: TextMentions, verb: Mention) -> bool:
    """ "قتلت": the verb carries the ending of its feminine subject (``feminine_subject``)."""
    return mentions.text.analyses[verb.first_token][1].endswith(clitic_roles().feminine_subject)


def _aircraft_brought_down(mentions: TextMentions, aircraft: Mention) -> bool:
    """ "أسقط مسلحو الحركة مروحية"، "استهدفت الدفاعات طائرة": a verb of downing (``aircraft_lost``)
    told before the aircraft in its clause has it as its object."""
    lost = mentions.covered_by(("aircraft_lost",))
    for i in range(aircraft.first_token - 1, max(-1, aircraft.first_token - OBJECT_SCAN), -1):
        if mentions.text.norms[i] in CLAUSE_MARKS:
            return False
        if i in lost:
            return True
    return False


def _count_follows(mentions: TextMentions, token: int) -> bool:
    """A number right after ``token``, past the time words between ("قتلوا اليوم الأحد خمسة")."""
    times = mentions.covered_by(("time",))
    start = token
    while token in times and token < start + OBJECT_REACH:
        token += 1
    return token < len(mentions.text) and number_at(mentions, token) is not None


def _object_count_follows(mentions: TextMentions, token: int) -> bool:
    """A count in the killing verb's clause, past the time words and a phrase told before it ("قتلوا
    في قصف عشوائي على حي سكني ثلاثة مدنيين"): the active verb's object. A count after a later verb of
    death or hurt is that verb's subject ("قتل في انفجار لغم وأصيب ثلاثة")."""
    times = mentions.covered_by(("time",))
    for i in range(token, min(len(mentions.text), token + OBJECT_SCAN)):
        told = (mentions.starting_at(kind, i) for kind in ("hurt_verbs", "killed"))
        if mentions.text.norms[i] in CLAUSE_MARKS or any(m is not None for m in told):
            return False
        if i not in times and number_at(mentions, i) is not None:
            return True
    return False


def _dead(mentions: TextMentions, actors: list[ActorMention]) -> list[ActorMention]:
    """Actors right before a killed-word ("3 متظاهرين قتلوا"): the dead, told subject first."""
    return [a for a in actors if mentions.at("killed", a.end_token) is not None]


def _dead_told_first(mentions: TextMentions, actors: list[ActorMention]) -> list[ActorMention]:
    """Actors told right before a verb of meeting their fate and its death noun ("عشرات المتمردين
    لقوا مصرعهم في غارات"): the dead, never the authors ("مسلحين قتلوا ثمانية شرطيين" may be
    either, so a bare killed-word marks no one)."""
    return [
        a
        for a in actors
        if mentions.starting_at("fate_verbs", a.end_token) is not None
        and mentions.starting_at("killed", a.end_token) is not None
    ]


def _killed_subjects(mentions: TextMentions, actors: list[ActorMention]) -> list[ActorMention]:
    """Actors told right before a killed-word that a cause or a preposition follows, not its object
    ("إن جنديا أوكرانيا قتل في انفجار لغم"، "ثلاثة مسلحين قتلوا بغارة"): the passive verb's subject,
    who died. The active verb takes its object first ("مسلحين قتلوا ثمانية شرطيين")."""
    return [a for a in actors if _passive_use(mentions, _killed_word_after(mentions, a))]


def _killed_word_after(mentions: TextMentions, actor: ActorMention) -> Mention | None:
    """The killed-word right after the actor and the nationality told right after it ("جنديا
    أوكرانيا قتل": the accusative adjective is spelled as the country's name)."""
    told = mentions.at("nationality", actor.end_token) or mentions.starting_at("country", actor.end_token)
    return mentions.starting_at("killed", actor.end_token if told is None else told.end_token)


def _passive_use(mentions: TextMentions, verb: Mention | None) -> bool:
    """The killed-word is followed, past a time it may name ("قتلوا اليوم في"), by a cause ("في"،
    "جراء"، "إثر"), a word with a preposition ("برصاص"، "بانفجار") or the passive of the wounded
    ("قتل وأصيب اثنان") before any count, so no object follows it."""
    if verb is None:
        return False
    after = verb.end_token
    time = mentions.starting_at("time", after)  # "قتلوا اليوم في الهجوم"، "قتل أمس برصاص"
    after = after if time is None else time.end_token
    if after >= len(mentions.text) or _object_count_follows(mentions, after):
        return False
    told = (mentions.starting_at(kind, after) for kind in ("causes", "hurt_verbs"))
    return any(m is not None for m in told) or bears_preposition(mentions.text.analyses[after])


def _wounded(mentions: TextMentions, actors: list[ActorMention]) -> list[ActorMention]:
    """Actors right before a word of the wounded ("أربعة جنود أصيبوا في الهجوم"): who suffered the
    act, told subject first, not who did it (a killed-word may be the active "مسلحين قتلوا")."""
    return [a for a in actors if mentions.at("wounded", a.end_token) is not None]


def _hurt_subjects(
    mentions: TextMentions, actors: list[ActorMention], sentence_first: int, trigger: Mention
) -> list[ActorMention]:
    """Actors a few words after a passive verb of hurt told before the act, its subject ("أصيب
    الجنود الإسرائيليون بجروح من جراء رشق الحجارة"، "جرح اثنان من عناصر الشرطة في هجوم"): they
    did not do the act. In a fight they may still be a side, so they are not put first as its
    victims ("أصيب ثلاثة من أفراد المقاومة في اشتباكات" with the Houthis). Told after the act,
    the verb counts a side's losses ("سيطرت المقاومة على 3 مواقع ... فيما أصيب 2 من مقاتليها")."""
    markers = [m.end_token for m in mentions.within("hurt_verbs", sentence_first, trigger.first_token)]
    return [a for a in actors if _told_after(mentions, a, markers)]


def _cause_between(mentions: TextMentions, first: int, end: int) -> bool:
    """A cause opens between the killed-word and the actor ("قتلوا جراء قصف لقوات النظام"), or
    the act itself stands there ("ضحايا غارات النظام": the actor is the strikes' author)."""
    opened = mentions.within("causes", first, end + 1) or mentions.within("trigger", first, end + 1)
    return bool(opened) or any(
        clitic_roles().locative in mentions.text.analyses[i][0] for i in range(first, end + 1)
    )


def _targets(mentions: TextMentions, actors: list[ActorMention]) -> list[ActorMention]:
    """Actors right after a target word ("على مواقع لداعش") or a building they own ("التفجير بمسجد
    قوات الطوارئ"), and military bases: what was hit, not who hit it. Aircraft and guns after
    "استهداف" are what struck ("استهداف مسيرة تركية لسيارة"), and so are those an author's word
    names ("على يد مسلحين": the hand is not a target's word)."""
    return [
        a
        for a in actors
        if a.weapon not in STRIKING_WEAPONS
        and mentions.ending_at("agents", a.first_token) is None
        and (
            a.site
            or mentions.ending_at("targets", a.first_token) is not None
            or mentions.ending_at("targets", a.first_token - 1) is not None
            or mentions.ending_at("civilian_sites", a.first_token) is not None
            or _object_of_target_verb(mentions, a)
        )
    ]


def _object_of_target_verb(mentions: TextMentions, actor: ActorMention) -> bool:
    """ "هجوم استهدف الجيش": the actor after "استهدف" is what was hit; when the verb opens its
    clause ("واستهدف الحوثيون ناقلة نفط"، "كما استهدفت طائرات التحالف معسكرا") it is told verb
    first and the actor is who struck."""
    verb = mentions.ending_at("target_verbs", actor.first_token) or mentions.ending_at(
        "target_verbs", actor.first_token - 1
    )
    return verb is not None and not _verb_opens_clause(mentions, verb.first_token)


def _verb_opens_clause(mentions: TextMentions, token: int) -> bool:
    """A verb first in its clause, or right after a connective that is ("كما"، "فيما")."""
    connective = mentions.ending_at("clause_connectives", token)
    return _opens_clause(mentions, token) or (
        connective is not None and _opens_clause(mentions, connective.first_token)
    )


def _opens_clause(mentions: TextMentions, token: int) -> bool:
    return any(
        token == sentence.first_token or any(first == token for first, _ in sentence.clauses)
        for sentence in mentions.text.sentences
    )


def _first_conjunct(mentions: TextMentions, before: list[ActorMention]) -> ActorMention:
    """The subject right before a verb; of "X أو Y" or "X وY", the first named."""
    chosen = before[-1]
    for previous in reversed(before[:-1]):
        coordinator = mentions.at("coordinators", previous.end_token)
        joined = (coordinator is not None and coordinator.end_token == chosen.first_token) or (
            previous.end_token == chosen.first_token
            and mentions.text.analyses[chosen.first_token][0][:1] in clitic_roles().conjunctions
        )
        if not joined:
            break
        chosen = previous
    return chosen


def _announces(mentions: TextMentions, actor: ActorMention) -> bool:
    """The actor is the one who reports: the subject of an attribution verb right before it (أعلن
    الجيش), the body after "according to" (بحسب الشرطة، نقلا عن الجيش) or the body a source speaks
    for (مصادر بالشرطة، مصدر في الشرطة، المتحدث باسم الجيش)."""
    if mentions.at("quoted", actor.end_token) is not None:
        return True  # "نقلت الوكالة عن وزارة الداخلية قولها"
    before = mentions.ending_at("attribution", actor.first_token)
    if before is not None:
        if before.label == "prep" or (
            before.label == "verb" and not _participle_with_article(mentions, before)
        ):
            return True
        # "مسؤولون عسكريون"، "بيان الجيش"، "بيان للجيش"، "مصادر بالشرطة": the source's adjective,
        # genitive or complement; not a noun with its own pronoun ("في بيانه حزب العمال": the
        # statement's addressee), nor one joined by a conjunction ("مسؤولون والجيش").
        prefix = mentions.text.analyses[actor.first_token][0]
        noun_suffix = mentions.text.analyses[before.end_token - 1][2]
        return before.label == "noun" and not noun_suffix and prefix[:1] not in clitic_roles().conjunctions
    link = mentions.ending_at("source_links", actor.first_token)
    source = mentions.ending_at("attribution", link.first_token) if link is not None else None
    return source is not None and source.label == "noun"


def _participle_with_article(mentions: TextMentions, verb: Mention) -> bool:
    """ "معسكر اللواء التابع لميليشيات الحوثي": a verb's letters with the article are a participle
    (belonging to), not a verb of speech (تابع: he went on to say)."""
    return is_definite(mentions.text.analyses[verb.first_token])


def _with_speakers_own_forces(
    mentions: TextMentions, actors: list[ActorMention], first: int, end: int
) -> list[ActorMention]:
    """ "قال المتحدث باسم قوات الدعم السريع إن قواتنا سيطرت"، "أعلنت حركة الشباب أن مجاهدينا هاجموا":
    a side's men or arms with the pronoun of "we" (``own_forces``, ``speaker_side``) in what a speaker
    says are the speaker's; they replace any reading of the noun alone ("جنودنا" is no army of the
    country)."""
    own = [
        (noun, speaker)
        for noun in mentions.within("own_forces", first, end)
        if mentions.text.analyses[noun.first_token][2] == clitic_roles().speaker_side
        and (speaker := _speaker_of(mentions, actors, first, noun.first_token)) is not None
    ]
    if not own:
        return actors
    taken = {i for noun, _ in own for i in range(noun.first_token, noun.end_token)}
    kept = [a for a in actors if taken.isdisjoint(range(a.first_token, a.end_token))]
    spoken = [
        replace(speaker, span=noun.span, first_token=noun.first_token, end_token=noun.end_token)
        for noun, speaker in own
    ]
    return sorted(kept + spoken, key=lambda a: a.first_token)


def _speaker_of(
    mentions: TextMentions, actors: list[ActorMention], first: int, token: int
) -> ActorMention | None:
    """The armed side or state that says the words at a token: the last one named before the speech
    opens (a complementizer or a quotation mark after a word of attribution: "قال الناطق الرسمي لقوات
    حماية الشعب: «..."، "هنأ الجيش في بيان الشعب «بدخول قواتنا»"); one named inside the speech is
    spoken of ("الطائرات التركية تقصف مواقع قواتنا")."""
    attributions = mentions.within("attribution", first, token)
    if not attributions:
        return None
    opening = next(
        (
            i
            for i in range(attributions[0].end_token, token)
            if mentions.text.norms[i] == QUOTE_MARK or mentions.at("complementizers", i) is not None
        ),
        None,
    )
    if opening is None:
        return None
    said = [w for w in attributions if w.end_token <= opening]
    named = [
        a
        for a in actors
        if a.end_token <= opening and a.inter in ARMED_INTER and any(_told_beside(a, w) for w in said)
    ]
    return named[-1] if named else None


def _told_beside(actor: ActorMention, word: Mention) -> bool:
    """The actor is told within a few words of a word of attribution, after it ("قال القائد في الجيش
    الصومالي") or before it ("هنأ الجيش في بيان"); a side named further away is not who speaks."""
    after = 0 <= actor.first_token - word.end_token <= REPORTER_REACH
    before = 0 <= word.first_token - actor.end_token <= REPORTER_REACH
    return after or before


def _reacts(mentions: TextMentions, actor: ActorMention) -> bool:
    """ "أدان الجيش الهجوم"، "ووصفت قيادة الشرطة عملية الاغتيال بالإرهابية": the subject of a word of
    reaction or description, or of a body's head noun right after one, speaks of the act."""
    head = mentions.ending_at("body_heads", actor.first_token)
    subject_start = head.first_token if head is not None else actor.first_token
    return any(mentions.ending_at(kind, subject_start) for kind in ("reactions", "describing"))


def _replies(mentions: TextMentions, actor: ActorMention) -> bool:
    """ "غارة إسرائيلية على مبنى في النبطية، وحزب الله يرد": the subject of a verb of reply right
    after it answers the act in a clause of its own."""
    return mentions.starting_at("replying", actor.end_token) is not None


def _reports(mentions: TextMentions, actor: ActorMention, trigger: Mention) -> bool:
    """ "أكدت قيادة الجيش السوداني في الفاشر أن القصف أسفر عن": the actor a speech verb shortly before
    introduces, with a bare أن/إن between it and the act, reports the act; so does the body told
    first, in a speaker's title, with the verb after the speaker's name ("الملازم في شرطة ديالى فلان
    الفلاني، قال إن مسلحين هاجموا القرية"). "إنه شن" would make it the agent (``_speaker``)."""
    bare = [
        c.first_token
        for c in mentions.within("complementizers", actor.end_token, trigger.first_token)
        if mentions.at("speaker_pronouns", c.first_token) is None
    ]
    opening = min(bare + _quote_opened(mentions, actor.end_token, trigger), default=None)
    if opening is None:
        return False
    before = mentions.within("attribution", max(0, actor.first_token - REPORTER_REACH), actor.first_token)
    after = mentions.within(
        "attribution", actor.end_token, min(actor.end_token + SPEAKER_NAME_REACH, opening)
    )
    return any(v.label == "verb" for v in before + after)


def _quote_opened(mentions: TextMentions, end: int, trigger: Mention) -> list[int]:
    """ "وقال ضابط في الشرطة برتبة عقيد: «قتل 16 شخصا في تفجير»": a colon opens the words quoted
    as a bare أن does; not where the quoted words tell the speaker's own act ("قال قائد بالمقاومة:
    «نحن في عملية لبسط سيطرتنا»": "our" makes the speaker its agent)."""
    text = mentions.text
    colons = [i for i in range(end, trigger.first_token) if text.norms[i] == SPEECH_COLON]
    speaker_side = clitic_roles().speaker_side
    if not colons or any(text.analyses[i][2] == speaker_side for i in range(colons[0], trigger.end_token)):
        return []
    return colons[:1]


def _announced_author(
    frame: Frame, mentions: TextMentions, agents: list[ActorMention]
) -> tuple[ActorMention | None, str]:
    """The force that announces an act of its own, and the rule that read it: the subject of a
    speech verb shortly before the act's word, with no other actor between, and none right after the
    word, which may be its author ("أعلن المرصد سيطرة المعارضة على"، "أعلن الحزب قصف الجيش الإسرائيلي
    بلدة": the announcer reports). Any force announces its own takeover ("أعلن تنظيم داعش سيطرته
    على الرمادي"); of other acts, a named armed group announces its own operations, as its claim ("أعلن
    حزب الله، مساء اليوم، استهداف مستوطنة بـ30 صاروخا": the first act word after it tells the act
    the sentence's trigger is part of), while a state may announce a strike it suffered ("أعلن الجيش
    الأمريكي استهداف قاعدة"), and an act told after أن is what it reports ("أعلنت الحركة أن غارة
    استهدفت")."""
    trigger = frame.trigger_mention
    territory = frame.sub_event_type in TERRITORY_SUB_TYPES
    speakers = [a for a in agents if a.end_token <= trigger.first_token and _speech_subject(mentions, a)]
    if not speakers:
        return None, ""
    announcer, act = speakers[-1], trigger
    if not territory:
        # The act's word and the means it names; a third act word tells another act ("ردا على
        # استهداف منازل المدنيين").
        words = mentions.within("trigger", announcer.end_token, trigger.end_token)
        if len(words) > ANNOUNCED_ACT_WORDS:
            return None, ""
        act = words[0] if words else trigger
        if not announcer.named_armed_group or mentions.lexicon.triggers[act.entry_id].kind == "verb":
            return None, ""
        if mentions.within("complementizers", announcer.end_token, act.first_token):
            return None, ""
    between = any(announcer.end_token <= a.first_token < act.first_token for a in agents)
    if between or act.first_token - announcer.end_token > ANNOUNCED_REACH:
        return None, ""
    if any(act.first_token <= a.first_token <= act.end_token for a in agents):
        # "سيطرة المعارضة"، "قصف الجيش الإسرائيلي بلدة": the author may be named right after the
        # act's word, or by a force the act's own noun opens ("قصف ... الأمريكي" read as one force).
        return None, ""
    return announcer, ANNOUNCED_TAKEOVER if territory else ANNOUNCED_ACT


def _speech_subject(mentions: TextMentions, actor: ActorMention) -> bool:
    """The actor is the subject right after a speech verb (أعلن الجيش، أكدت قوات الدعم السريع)."""
    verb = mentions.ending_at("attribution", actor.first_token)
    return verb is not None and verb.label == "verb"


def _speaker(mentions: TextMentions, agents: list[ActorMention], trigger: Mention) -> ActorMention | None:
    """The speaker of "قال X إنه/إنها ..." when the act follows the pronoun."""
    pronoun = _pronoun_before_act(mentions, trigger)
    if pronoun is None:
        return None
    earlier = [a for a in agents if a.end_token <= pronoun.first_token]
    return earlier[-1] if earlier else None


def _pronoun_before_act(mentions: TextMentions, trigger: Mention) -> Mention | None:
    """The speaker pronoun right before the act's word, or before words that only say the speaker
    carried the act out, and when ("إنه تمكن أمس من صد هجوم"، "أنها نفذت غارات")."""
    end = trigger.first_token
    while (pronoun := mentions.ending_at("speaker_pronouns", end)) is None:
        start = _start_of_carrying_out(mentions, end)
        if start is None:
            return None
        end = start
    return pronoun


def _start_of_carrying_out(mentions: TextMentions, end: int) -> int | None:
    """Where the words ending at ``end`` that only say the act was carried out begin: a verb of
    carrying out, of performing or a time word; a preposition only with its verb before it (and
    perhaps a time word between: "تمكن أمس من")."""
    link = mentions.ending_at("carrying_out_links", end)
    if link is not None:
        start = link.first_token
        while (time := mentions.ending_at("time", start)) is not None:
            start = time.first_token
        verb = mentions.ending_at("carrying_out", start)
        return verb.first_token if verb is not None else None
    bridges = (mentions.ending_at(kind, end) for kind in ("carrying_out", "performs", "time"))
    bridge = next((m for m in bridges if m is not None), None)
    return bridge.first_token if bridge is not None else None


def _claimed(frame: Frame, mentions: TextMentions, claim: Claim, context: ArticleContext) -> bool:
    """Whether the act of a frame with no named author can be the one the article's claim claims,
    when the claim says where: its sentence names one of the claim's places or a place in one of
    their provinces, or, naming none, the article is mostly about such a place. The Islamic State's
    claim of a car bomb in Sanaa claims neither the strikes on al-Ma`zub nor "القصف استمر حتى
    الظهر" in a report from Aden; its claim of an attack in Helwan claims "تعرضهم للهجوم" in a
    report about Cairo."""
    if claim.laid_in is not None and frame.sentence is not claim.laid_in:
        return False
    if not claim.places:
        return True
    sentence = frame.sentence
    places = context.not_vetoed(mentions, context.places(mentions, sentence.first_token, sentence.end_token))
    if not places:
        anchor = context.anchor_in(context.country, None, mentions.lexicon)
        return anchor is not None and _province(None, anchor, mentions.lexicon) in claim.provinces
    # "تفجير عند نقطة تفتيش في منطقة الطارمية شمال بغداد": the point a place is located from is
    # not where the act was, and a town the claim does not name is not claimed for lying in the
    # province of one it does; a province the sentence names is.
    own = [p for p in places if not p.reference] or places
    return any(_says(place_key(mentions, p), place) for p in own for place in claim.places) or any(
        _province(p, p.place, mentions.lexicon) in claim.provinces for p in own if p.is_province
    )


def _province(mention: PlaceMention | None, place: GazetteerPlace | None, lexicon: Lexicon) -> str | None:
    """The first-level division a place lies in, by its English name."""
    admin1 = mention.admin1 if mention is not None else None
    if admin1 is None and place is not None:
        admin1 = lexicon.admin1_by_code(place.country, place.admin1_code)
    return admin1.name_en if admin1 is not None else None


def _says(stems: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether the words occur in a run of stems, also inside another name ("قاعدة «كاتي» العسكرية")."""
    return any(stems[i : i + len(words)] == words for i in range(len(stems) - len(words) + 1))


def claimant_of(mentions: TextMentions, actors: list[ActorMention]) -> ActorMention | None:
    """The named actor that claims responsibility ("تبناه تنظيم داعش"، "التنظيم تبنى الهجوم"،
    "أعلن تنظيم داعش في بيان مسؤوليته عن"), if the text says so: the subject after the verb,
    else right before it, else a named armed group earlier in the claim's words."""
    found = _claimant(mentions, actors)
    return found[0] if found is not None else None


def _claimant(mentions: TextMentions, actors: list[ActorMention]) -> tuple[ActorMention, bool] | None:
    """The claimant (``claimant_of``), and whether the act was only laid on it (``_laid_on``)."""
    named = [a for a in actors if not a.generic]
    for claim in mentions.by_kind.get("claim", []):
        if _claim_in_doubt(mentions, claim):
            continue
        after = [a for a in named if 0 <= a.first_token - claim.end_token <= CLAIM_REACH]
        before = [a for a in named if 0 <= claim.first_token - a.end_token <= 1]
        earlier = [
            a
            for a in named
            if a.named_armed_group and 0 <= claim.first_token - a.end_token <= CLAIM_SUBJECT_REACH
        ]
        if after or before or earlier:
            return (after or before or earlier[-1:])[0], False
    laid = _laid_on(mentions, named)
    if laid is not None:
        return laid, True
    told = _attributed(mentions, named) or _accused_by_state(mentions, actors)
    return (told, False) if told is not None else None


def _laid_on(mentions: TextMentions, named: list[ActorMention]) -> ActorMention | None:
    """ "تفجير انتحاري ألقي باللوم فيه على تنظيم داعش"، "الهجوم الذي نسب إلى التنظيم": the named
    armed group an act is laid on, a few words after the passive; no claim, but who the text
    attributes the act to (a state or a source named so is a quote's author, not an attacker's).
    Not after a word of speech: "تصريحات نسبت إلى قيادي في الجماعة" are a leader's words."""
    for laid in mentions.by_kind.get("laid_on", []):
        if mentions.within("speech_nouns", laid.first_token - SPEECH_NOUN_REACH, laid.first_token):
            continue
        group = next(
            (a for a in named if a.named_armed_group and 0 <= a.first_token - laid.end_token <= CLAIM_REACH),
            None,
        )
        if group is not None and not _claim_in_doubt(mentions, laid):
            return group
    return None


def _accused_by_state(mentions: TextMentions, actors: list[ActorMention]) -> ActorMention | None:
    """ "اتهم المتحدث باسم الجيش تنظيم داعش بالمسؤولية عن التفجير": the named armed group a state
    force accuses is who the text attributes the act to (EVENT_SCHEMA: an official naming it);
    activists' or a rival's blame stays an accusation."""
    for blame in mentions.by_kind.get("blame", []):
        accuser = next(
            (a for a in actors if 0 <= a.first_token - blame.end_token <= CLAIM_SUBJECT_REACH), None
        )
        if accuser is None or accuser.inter != STATE_INTER or _claim_in_doubt(mentions, blame):
            continue
        accused = next((a for a in actors if a.first_token >= accuser.end_token), None)
        if (
            accused is not None
            and accused.named_armed_group
            and accused.first_token - accuser.end_token <= CLAIM_SUBJECT_REACH
        ):
            return accused
    return None


def _attributed(mentions: TextMentions, named: list[ActorMention]) -> ActorMention | None:
    """ "الهجوم نفذه داعش"، "التفجير نفذته حركة الشباب": the act the article tells, said with the
    article, and the named author after a word of doing; or the group its men belong to ("الهجوم
    نفذ بواسطة فصيل تابع للحركة الشعبية")."""
    for marker in mentions.by_kind.get("agents", []):
        act = mentions.ending_at("trigger", marker.first_token)
        if act is None or not is_definite(mentions.text.analyses[act.first_token]):
            continue
        author = next(
            (
                a
                for a in named
                if a.first_token == marker.end_token
                or (a.named_armed_group and belongs(mentions, marker.end_token, a.first_token))
            ),
            None,
        )
        if author is not None and not _claim_in_doubt(mentions, marker):
            return author
    return None


def _claim_in_doubt(mentions: TextMentions, claim: Mention) -> bool:
    """ "لم تعلن أي جهة مسؤوليتها ... لكن هجمات مماثلة تبناها التنظيم": a claim after a negation,
    or in a sentence that recalls earlier attacks, is no claim of this one; nor is blame laid on
    someone ("حمل نشطاء قوات قسد المسؤولية عن الهجوم": an accusation), nor a claim of some of the
    attacks told ("هجمات تبنى بعضها التنظيم": which ones, it does not say)."""
    sentence = next(
        (s for s in mentions.text.sentences if s.first_token <= claim.first_token < s.end_token), None
    )
    if sentence is None:
        return False
    before = [k for k in ("negation", "blame") if mentions.within(k, sentence.first_token, claim.first_token)]
    recalled = any(mentions.within(k, sentence.first_token, sentence.end_token) for k in ("recap", "earlier"))
    partial = mentions.within(
        "partial_claim", claim.end_token, min(sentence.end_token, claim.end_token + PARTIAL_CLAIM_REACH)
    )
    return bool(before or recalled or partial)


def _assign_place(
    frame: Frame, mentions: TextMentions, first: int, end: int, context: ArticleContext
) -> None:
    sentence = frame.sentence
    places = _of_its_act(
        mentions, frame, (first, end), context.not_vetoed(mentions, context.places(mentions, first, end))
    )
    if not places:
        whole = context.places(mentions, sentence.first_token, sentence.end_token)
        borrowed = context.not_vetoed(mentions, whole)
        places = [] if _located_in_another_country(mentions, first, end, borrowed) else borrowed
    # The place decider vetoes candidates that are not where it happened (a dateline, a source's
    # seat); when it vetoes them all, the rules' choice stands.
    accepted = context.accepted(mentions, places)
    frame.place = best_place(accepted + parts_before(accepted, places) if accepted else places)
    if context.place_decider is not None and frame.place is not None and accepted:
        frame.rules.append(f"decider:{context.place_decision(mentions, frame.place).decider}")
    # "في منطقة المالحة بولاية شمال دارفور": the province the sentence names holds its place, so
    # the place stands at no city of another province that the article is about.
    province = next((p.admin1 for p in places if p.admin1 is not None), None) or province_before(
        mentions, first, context.countries
    )
    if frame.place is not None and frame.place.admin1 is None and province is not None:
        frame.place = replace(frame.place, admin1=province, country=province.iso2)
    place = frame.place
    if place is not None:
        frame.rules.extend(_place_rules(mentions, place))
    if place is None or (place.place is None and (place.is_province or place.precision >= 2)):
        # A neighbourhood, square or street the gazetteer lacks lies in the city named nearby; an event
        # placed only in a province is in the city the article is about, when that city is in it.
        nearby = place.near if place and place.near else _named_in_its_province(mentions, place, places)
        frame.anchor = nearby or context.anchor_in(
            place.country if place else context.country, place.admin1 if place else None, mentions.lexicon
        )
    countries = [
        (iso2, token)
        for iso2, token in countries_in(mentions, sentence.first_token, sentence.end_token)
        if located(mentions, token) and not _beside_or_from(mentions, token)
    ]
    if context.country is not None:
        countries = _of_its_own_side(mentions, frame, countries, context.country)
    if frame.place is not None and (frame.place.country or frame.place.place):
        # A place the gazetteer resolved is in its country, also one the lexicons do not list.
        frame.country = frame.place.country or frame.place.place.country
    elif countries:
        frame.country = countries[0][0]
    elif context.country is not None:
        frame.country = context.country
        frame.rules.append(ARTICLE_COUNTRY_RULE)
    elif frame.anchor is not None:
        frame.country = frame.anchor.country  # "في غانا": a country the lexicons do not list
    else:
        # Nothing says where: a state force acting names its own country ("قوات النظام").
        state = next(
            (a for a in (frame.actor1, frame.actor2) if a and a.inter == STATE_INTER and a.country), None
        )
        frame.country = state.country if state else None
        frame.rules.append("country:state_actor")
    if frame.anchor is not None and frame.country is not None and frame.anchor.country != frame.country:
        # "تفجير في مدينة فوتوكول في الكاميرون" in a digest mostly about Nigeria: the event stands at
        # the article's place in its own country, never at a city of another.
        frame.anchor = context.anchor_in(frame.country, None, mentions.lexicon)


def _seat_of_its_source(mentions: TextMentions, place: PlaceMention) -> bool:
    """ "حيث أعلن مكتب الصحة في عدن عن مقتل 43"، "وقالت مصادر طبية في كركوك": the place completes
    the phrase of who tells the news, after a locative a few words after its speech verb or source,
    with no clause mark, complementizer or act between ("قال مصدر أمني إن تفجيرا في كركوك" places the
    blast; "شيع أهالي قرية كفر قدوم" names the mourners' village)."""
    first = max(0, place.first_token - SOURCE_SEAT_REACH)
    return any(
        _completes_the_source(mentions, source.end_token, place.first_token)
        for source in mentions.within("attribution", first, place.first_token)
    )


def _completes_the_source(mentions: TextMentions, first: int, end: int) -> bool:
    """Tokens ``[first, end)`` between a source and a place hold a locative and nothing that ends the
    source's phrase."""
    analyses, stems = mentions.text.analyses, mentions.text.stems
    ends_it = ("complementizers", "trigger", "killed", "killing_verbs")
    return (
        any(analyses[t][1] in word_list("locatives") for t in range(first, end))
        and not any(stems[t] in clause_marks() for t in range(first, end))
        and not any(mentions.within(kind, first, end) for kind in ends_it)
    )


def _of_its_own_side(
    mentions: TextMentions, frame: Frame, countries: list[tuple[str, int]], own: str
) -> list[tuple[str, int]]:
    """ "قتل مسلحون جنديين في تفجير عبوة ردا على الحملة التي بدأتها أنقرة … بالتزامن مع ضربات في
    سورية": a country named after the word that opens the act the event answers or follows (ردا
    على، بعد، إثر) is where that act happened; with the article's own country to fall back on, the
    event takes none of them, bar the article's own, which it would fall back to anyway. A country
    before the trigger stays: "انتقاما من تدخل فرنسا في مالي، وذلك أثناء هجوم" names the motive first
    and the act's own country may precede it."""
    clause = (frame.sentence.first_token, frame.sentence.end_token)
    _, stop = _side_of_its_act(mentions, frame, clause, acts_only=True)
    return [(iso2, token) for iso2, token in countries if token < stop or iso2 == own]


def _named_in_its_province(
    mentions: TextMentions, place: PlaceMention | None, places: list[PlaceMention]
) -> GazetteerPlace | None:
    """The first town the sentence names that lies in the event's province: "في محافظة ديالى شمال
    شرق بغداد" is in Diyala, and Baghdad, which only locates it, is no anchor there."""
    province = place.admin1 if place is not None else None
    return next(
        (
            p.place
            for p in places
            if p.place
            and (
                province is None
                or mentions.lexicon.admin1_by_code(p.place.country, p.place.admin1_code) == province
            )
        ),
        None,
    )


def _of_its_act(
    mentions: TextMentions, frame: Frame, clause: tuple[int, int], places: list[PlaceMention]
) -> list[PlaceMention]:
    """ "تظاهر أنصار الحزب في بلدة X بعد مقتل ثلاثة في الاشتباكات ببلدة Y": a word that tells one act
    after or because of another (بعد، عقب، إثر، ردا على; `answered_acts`) parts a clause between the
    two, and each takes the places on its own side. Only a side that names a place the gazetteer
    locates counts: an unknown word read after a cue ("مهاجمة القرية لتنفيذ") is no reason to leave the
    clause's town; where the trigger's side names none, the clause's places stand. A clause telling
    what a place lives through ("حيث تشهد مدينة Y قصفا"; `ongoing_situations`) is parted off alike."""
    start, stop = _side_of_its_act(mentions, frame, clause)
    own = [p for p in places if start < p.first_token < stop]
    return own if any(p.place is not None for p in own) else places


def _side_of_its_act(
    mentions: TextMentions, frame: Frame, clause: tuple[int, int], acts_only: bool = False
) -> tuple[int, int]:
    """The tokens between the words that part the trigger's act from another (`_of_its_act`). With
    ``acts_only``, only a word that opens an act parts them (`_opens_an_act`): the country rule has no
    fallback of the places' kind, and "بعد ظهر أمس في تركيا" would cut the act's own country; the
    places keep every opener ("بعد تحريك قوات من سنار" opens a move no trigger word names)."""
    trigger = frame.trigger_mention.first_token
    openers = [
        cue.first_token
        for cue in mentions.within("answered_acts", *clause)
        if not ends_a_distance_phrase(mentions, cue.first_token)
        and (not acts_only or _opens_an_act(mentions, cue))
    ] + [cue.first_token for cue in mentions.within("ongoing_situations", *clause)]
    start = max((t for t in openers if t <= trigger), default=-1)
    stop = min((t for t in openers if t > trigger), default=clause[1])
    return start, stop


def _opens_an_act(mentions: TextMentions, cue: Mention) -> bool:
    """A word of `answered_acts` that opens another act: a motive ("ردا على الحملة"; `answered_motives`)
    whatever follows it, a word of sequence only where an act's word follows it ("بعد ساعات من هجوم"،
    "إثر مقتل"), never a time ("بعد ظهر أمس"، "عقب صلاة الجمعة في الكويت": the act's own country)."""
    if mentions.starting_at("answered_motives", cue.first_token) is not None:
        return True
    reach = (cue.end_token, cue.end_token + ANSWERED_ACT_REACH + 1)
    return not _opens_a_time_of_day(mentions, cue) and any(
        mentions.within(kind, *reach) for kind in ("trigger", "killed")
    )


def _assign_date(frame: Frame, mentions: TextMentions, first: int, end: int, context: ArticleContext) -> None:
    """The time expression nearest the trigger in its clause, else in its sentence; else the day the
    article's lead names (news states the day once, up front); else the publication day, within a week."""
    sentence, published = frame.sentence, context.article.published
    expressions = _told_days(mentions, first, end, context) or _told_days(
        mentions, sentence.first_token, sentence.end_token, context
    )
    trigger_start = frame.trigger_mention.span.start
    expressions = [
        t
        for t in expressions
        if not _in_relative_clause(mentions, sentence, t, after=trigger_start, act=frame.trigger_mention)
        and (published is None or t.date <= published)  # what is reported has happened by then
    ]
    expressions = _counted_from_quoted_statement(mentions, sentence, expressions, published)
    statement_days = [t for t in expressions if _dates_statement(mentions, sentence, t, trigger_start)]
    if statement_days and len(statement_days) < len(expressions):
        expressions = [t for t in expressions if t not in statement_days]
    elif statement_days and _earlier_story_day(context, statement_days):
        expressions = []
    elif statement_days:  # every day the sentence states dates its statement
        expressions = _before_the_dead_counted(mentions, sentence, statement_days)
    told_after = _told_days_after(mentions, frame.trigger_mention, sentence)
    if told_after is not None:
        cue, days = told_after
        anchor = _anchor_day(expressions, cue, context)
        if anchor is not None:
            frame.date, frame.time_precision = anchor - dt.timedelta(days=days), DAY
            frame.rules.append(DAYS_AFTER_RULE)
            return
    earlier_from = _follow_on_start(mentions, sentence)
    if earlier_from is not None and trigger_start < earlier_from:
        expressions = [t for t in expressions if t.span.start < earlier_from]
    if expressions:
        chosen = min(expressions, key=lambda t: abs(t.span.start - frame.trigger_mention.span.start))
        frame.date, frame.time_precision = chosen.date, chosen.precision
        frame.rules.append(chosen.rule)
        if chosen.precision == DAY:
            context.last_told = (sentence, frame.sub_event_type, chosen.date)
    elif context.lead_day is not None:
        frame.date = context.lead_day
        frame.rules.append(LEAD_DATE_RULE)
    elif (told := _quoted_on(mentions, frame, context)) is not None:
        frame.date = told
        frame.rules.append(QUOTED_ON_DATE_RULE)
    else:
        # the text says only that it happened by the time of writing: ACLED's "within a week"
        frame.date, frame.time_precision = published, WEEK
        frame.rules.append(DEFAULT_DATE_RULE)


def _counted_from_quoted_statement(
    mentions: TextMentions, sentence: Sentence, expressions: list[TimeExpr], published: dt.date | None
) -> list[TimeExpr]:
    """ "أعلن مسؤولون أمس الخميس مقتل عشرة مدنيين. وقال المسؤولون إن عبوتين انفجرتا الليلة الماضية": a
    sentence that opens with a speech verb quotes on the statement the sentence right before dated,
    so the days it counts from its speaker's now ("اليوم"، "الليلة الماضية") count from that day."""
    lag = _quoted_statement_lag(mentions, sentence, published)
    if not lag:
        return expressions
    return [
        replace(t, date=t.date - lag, rule=STATEMENT_DAY_RULE) if t.rule == DAY_OFFSET_RULE else t
        for t in expressions
    ]


def _quoted_statement_lag(
    mentions: TextMentions, sentence: Sentence, published: dt.date | None
) -> dt.timedelta:
    """How long before publication the statement was made that a sentence opening with a speech verb
    and stating no statement day of its own quotes on (the sentence right before dated it)."""
    none = dt.timedelta(0)
    first = sentence.first_token
    if published is None or first == 0:
        return none
    own = time_expressions(mentions, first, sentence.end_token, published)
    if not _opens_with_speech_verb(mentions, sentence) or any(
        _after_speech_verb(mentions, sentence, t) for t in own
    ):
        return none
    before = sentence_of(mentions, first - 1)
    stated = [
        t.date
        for t in time_expressions(mentions, before.first_token, before.end_token, published)
        if t.precision == DAY and _after_speech_verb(mentions, before, t)
    ]
    lag = published - stated[0] if stated else none
    return lag if none < lag <= dt.timedelta(days=LEAD_DAY_REACH) else none


def _quoted_on(mentions: TextMentions, frame: Frame, context: ArticleContext) -> dt.date | None:
    """ "وسيطرت المقاومة في مأرب أمس على مواقع للمتمردين. وقال مصدر في المقاومة: نفذنا هجوما …
    وسيطرنا على ثلاثة منها": a sentence that opens with a speech verb and states no day quotes on
    the act of its sub-type that the sentence right before dated to a day of the week before
    publication."""
    if context.last_told is None:
        return None
    before, sub_type, day = context.last_told
    sentence = frame.sentence
    if sentence.first_token == 0 or sentence_of(mentions, sentence.first_token - 1) is not before:
        return None
    if sub_type != frame.sub_event_type:
        return None
    published = context.article.published
    if published is not None and (published - day).days > LEAD_DAY_REACH:
        return None  # a quote after a background line ("وكان … قد استهدف في سبتمبر") is today's news
    return day if _opens_with_speech_verb(mentions, sentence) else None


def _opens_with_speech_verb(mentions: TextMentions, sentence: Sentence) -> bool:
    """The sentence opens with a speech verb ("وقال"، "كما أكد"): it quotes on what came before."""
    first = sentence.first_token
    verbs = mentions.within("attribution", first, first + OPENING_VERB_REACH)
    return any(v.label == "verb" for v in verbs)


def _told_days(mentions: TextMentions, first: int, end: int, context: ArticleContext) -> list[TimeExpr]:
    """The time expressions of tokens ``[first, end)``, and "في اليوم نفسه"، "مساء اليوم ذاته" (kind
    `same_day` of `time_words.tsv`) as the day of the act told just before."""
    found = time_expressions(mentions, first, end, context.article.published)
    if context.last_day is None:
        return found
    same = [
        TimeExpr(m.span, context.last_day, DAY, SAME_DAY_RULE)
        for m in mentions.within("time", first, end)
        if mentions.lexicon.time_words[m.entry_id][0] == "same_day"
    ]
    return sorted(found + same, key=lambda t: t.span.start)


def _before_the_dead_counted(
    mentions: TextMentions, sentence: Sentence, days: list[TimeExpr]
) -> list[TimeExpr]:
    """ "أعلن الوالي، اليوم الجمعة، ارتفاع عدد القتلى إلى 33": a statement day right before the toll
    it says rose dates the update, and "يشيع لبنان اليوم الشهداء" dates the funeral; the dead they
    count fell earlier, the day before at the latest."""
    return [_the_day_before_if_counted(mentions, sentence, t) for t in days]


def _the_day_before_if_counted(mentions: TextMentions, sentence: Sentence, day: TimeExpr) -> TimeExpr:
    if day.precision != DAY:
        return day
    if _toll_rise_follows(mentions, sentence, day):
        rule = TOLL_RISE_DAY_RULE
    elif _after_a_funeral(mentions, sentence, day):
        rule = FUNERAL_DAY_RULE
    else:
        return day
    return TimeExpr(day.span, day.date - dt.timedelta(days=1), DAY, rule)


def _after_a_funeral(mentions: TextMentions, sentence: Sentence, expression: TimeExpr) -> bool:
    """A funeral's word ("يشيع"، "تشييع") a few words before the day: the day is the funeral's."""
    return _within_statement_reach(mentions, _funerals_of_the_day(mentions, sentence, expression), expression)


def _funerals_of_the_day(mentions: TextMentions, sentence: Sentence, expression: TimeExpr) -> list[Mention]:
    """The funeral words before the day that bury someone: the dead or their bodies ("الشهداء"،
    "جثامين القتلى"، "ثلاثة متظاهرين قتلوا") told before the day or at most `FUNERAL_OBJECT_REACH`
    words after it, or a person named right after it ("شيع الأهالي أمس الشاب فلان الذي قتل").
    "يشيع" also spreads ("يشيع المسلحون اليوم الرعب"): no funeral there."""
    first, end = sentence.first_token, sentence.end_token
    raw, day_end = mentions.text.raw, expression.span.end
    reach_end = _words_after(raw, day_end, FUNERAL_OBJECT_REACH)
    buried = [
        m
        for kind in ("funeral_objects", "killed")
        for m in mentions.within(kind, first, end)
        if m.span.end <= reach_end
    ]
    next_word_end = _words_after(raw, day_end, 1)
    buried += [
        m
        for kind in PERSON_KINDS
        for m in mentions.within(kind, first, end)
        if day_end <= m.span.start and m.span.end <= next_word_end
    ]
    return [
        funeral
        for funeral in mentions.within("funerals", first, end)
        if any(funeral.span.end <= m.span.start for m in buried)
    ]


def _toll_rise_follows(mentions: TextMentions, sentence: Sentence, expression: TimeExpr) -> bool:
    """The next word after the day, past its comma or عن, tells a toll rising ("، ارتفاع عدد")."""
    raw = mentions.text.raw
    return any(
        expression.span.end <= rise.span.start
        and sum(any(c.isalpha() for c in word) for word in raw[expression.span.end : rise.span.start].split())
        <= TOLL_RISE_GAP
        for rise in mentions.within("toll_rises", sentence.first_token, sentence.end_token)
    )


def _earlier_story_day(context: ArticleContext, statement_days: list[TimeExpr]) -> bool:
    """The lead states the day of its act before the statement's: the day of what the statement
    reports (a report never precedes what it tells, so a later lead day is not it). A lead day that
    dates only a statement ("وقالت قوة المهام في بيان الليلة قبل الماضية") is no act's: a later
    statement's own day ("وأفاد المرصد أمس عن مقتل سبعة") stands for what it states, unless that is
    a night without its day ("ليلا"), reckoned from publication: a guess, as for the lead."""
    lead = context.lead
    return (
        lead is not None
        and (lead.of_act or all(t.rule == NIGHT_RULE for t in statement_days))
        and all(lead.day < t.date for t in statement_days)
    )


def _dates_statement(
    mentions: TextMentions, sentence: Sentence, expression: TimeExpr, trigger_start: int
) -> bool:
    """ "قالت الأمم المتحدة اليوم الخميس إن حراسا أطلقوا النار"، "أفادت مصادر، الأحد، بمقتل 10": a day
    between a speech verb and the trigger dates the statement, not the occurrence it reports."""
    return expression.span.end <= trigger_start and _after_speech_verb(mentions, sentence, expression)


def _after_speech_verb(mentions: TextMentions, sentence: Sentence, expression: TimeExpr) -> bool:
    """A speech verb, a denial ("نفى التحالف، اليوم الثلاثاء، أي مسؤولية له في القصف": what is
    denied happened before) or a funeral ("يشيع لبنان اليوم الشهداء": the dead fell before) a few
    words before the day; a denial further before it, with no act between."""
    first, end = sentence.first_token, sentence.end_token
    verbs = [v for v in mentions.within("attribution", first, end) if v.label == "verb"]
    denials = mentions.within("denial", first, end)
    funerals = _funerals_of_the_day(mentions, sentence, expression)
    return _within_statement_reach(mentions, verbs + denials + funerals, expression) or any(
        _denial_day(mentions, denial, expression, end) for denial in denials
    )


def _within_statement_reach(mentions: TextMentions, words: list[Mention], expression: TimeExpr) -> bool:
    """One of ``words`` stands at most `STATEMENT_DAY_REACH` words before the day."""
    raw = mentions.text.raw
    return any(
        word.span.end <= expression.span.start
        and len(raw[word.span.end : expression.span.start].split()) <= STATEMENT_DAY_REACH
        for word in words
    )


def _denial_day(mentions: TextMentions, denial: Mention, expression: TimeExpr, end: int) -> bool:
    """A day within `DENIAL_DAY_REACH` words after a denial and before the act it denies, which it
    names with a noun: a long subject may stand between them, verbs and all ("الذي … ويشن عملية"),
    the act denied may not ("نفت الشرطة … الأنباء عن هجوم على مراكزها ليلة أمس": the attack's night)."""
    start = expression.span.start
    words = mentions.text.raw[denial.span.end : start].split()
    acts = [
        a
        for a in mentions.within("trigger", denial.end_token, end)
        if a.span.end <= start and mentions.lexicon.triggers[a.entry_id].kind != "verb"
    ]
    return denial.span.end <= start and len(words) <= DENIAL_DAY_REACH and not acts


def _told_days_after(
    mentions: TextMentions, trigger: Mention, sentence: Sentence
) -> tuple[Mention, int] | None:
    """ "ويأتي ذلك بعد يومين من هجوم انتحاري"، "غداة إحراق مقر الحزب": an occurrence told as so many
    days before the moment of its sentence, with the cue and the days."""
    first = max(sentence.first_token, trigger.first_token - DAYS_AFTER_REACH - 1)
    for cue in reversed(mentions.within("time", first, trigger.first_token)):
        kind, days = mentions.lexicon.time_words[cue.entry_id]
        if kind == "days_after" and days is not None:
            return cue, days
    return None


def _anchor_day(expressions: list[TimeExpr], cue: Mention, context: ArticleContext) -> dt.date | None:
    """The day "بعد يومين" counts back from: the last day its sentence states before it, else the
    story's day (the first the opening states, else the publication's): "ويأتي ذلك" refers to it."""
    before = [t for t in expressions if t.precision == DAY and t.span.end <= cue.span.start]
    if before:
        return before[-1].date
    return context.story_day or context.article.published


def _lead_day(body: TextMentions, published: dt.date | None, past_statements: bool = True) -> LeadDay | None:
    """The first day the body's opening sentences state, when it is the publication day or one of
    the week before it (a day further back, or a month, dates a background line, not the story);
    else the first the next sentences state within two days before publication. A day that dates a
    statement ("قالت الأمم المتحدة اليوم الخميس إن …"، "نفى التحالف، اليوم الثلاثاء، …") gives way to
    an earlier day its sentence or the next ones state of what happened ("… أثناء القصف أمس
    الأربعاء"; unless ``past_statements`` is false); one that dates a toll's rise, to the day before.
    A night without its day ("خلال الليل") is no lead day: reckoned from publication, it is a
    guess, and the lead's day dates every later sentence of the story; nor is "الليلة قبل الماضية",
    which dates a roundup's statements as often as its acts."""
    opening = body.text.sentences[: LEAD_SENTENCES + FOLLOW_UP_SENTENCES]
    statement_day = None
    for index, sentence in enumerate(opening):
        reach = LEAD_DAY_REACH if index < LEAD_SENTENCES else FOLLOW_UP_DAY_REACH
        days = [
            expression
            for expression in time_expressions(body, sentence.first_token, sentence.end_token, published)
            if expression.precision == DAY
            and expression.rule not in (NIGHT_RULE, PAST_NIGHT_RULE)
            and (published is None or 0 <= (published - expression.date).days <= reach)
            and not _in_relative_clause(body, sentence, expression)
            and not _dates_earlier_occurrence(body, sentence, expression)
        ]
        told = [t.date for t in days if not _after_speech_verb(body, sentence, t)]
        if told:  # a day no later than the statement's ("... في كيدال الثلاثاء" confirms it)
            return LeadDay(told[0] if statement_day is None else min(told[0], statement_day), of_act=True)
        if days and statement_day is None:
            # a statement's day: the next sentences may state the earlier day of what it reports
            statement_day = _before_the_dead_counted(body, sentence, days)[0].date
            if not past_statements:
                return LeadDay(statement_day, of_act=False)
    return LeadDay(statement_day, of_act=False) if statement_day else None


def _follow_on_start(mentions: TextMentions, sentence: Sentence) -> int | None:
    """Where the earlier occurrence is told in a sentence that opens by setting the story after it
    ("ويأتي دخول الجيش المدينة بعد سيطرته أمس على البلدة"): the offset of the first prelude word
    (بعد، إثر) after an opening `follow_ons` verb; None in any other sentence. The verb that a
    locative or a statement's noun follows tells where something was said ("وجاء في بيان للجيش أن"),
    and a prelude that opens a time of day ("بعد ظهر أمس"، "بعد منتصف ليل أمس") is that time's."""
    first = sentence.first_token
    verbs = mentions.within("follow_ons", first, first + OPENING_VERB_REACH)
    if not verbs or _tells_where_said(mentions, verbs[0].end_token):
        return None
    preludes = [
        p
        for p in mentions.within("preludes", verbs[0].end_token, sentence.end_token)
        if not _opens_a_time(mentions, p)
    ]
    return preludes[0].span.start if preludes else None


def _tells_where_said(mentions: TextMentions, token: int) -> bool:
    """The word at ``token`` is a locative or a statement's noun ("جاء في"، "جاء بيان")."""
    analyses = mentions.text.analyses
    said = mentions.starting_at("attribution", token)
    return token < len(analyses) and (
        analyses[token][1] in word_list("locatives") or (said is not None and said.label == "noun")
    )


def _opens_a_time(mentions: TextMentions, prelude: Mention) -> bool:
    """A time of day holds the prelude ("بعد ظهر") or starts right after it ("بعد منتصف ليل"); a
    count of days does not ("بعد يومين من الهجوم" tells the earlier occurrence)."""
    times = (mentions.starting_at("time", token) for token in (prelude.first_token, prelude.end_token))
    return any(t is not None and mentions.lexicon.time_words[t.entry_id][0] == "part_of_day" for t in times)


def _dates_earlier_occurrence(mentions: TextMentions, sentence: Sentence, expression: TimeExpr) -> bool:
    """The day dates the earlier occurrence a follow-on sentence sets the story after, not the story."""
    earlier_from = _follow_on_start(mentions, sentence)
    return earlier_from is not None and expression.span.start > earlier_from


def _in_relative_clause(
    mentions: TextMentions,
    sentence: Sentence,
    expression: TimeExpr,
    after: int = -1,
    act: Mention | None = None,
) -> bool:
    """ "قتلة الشيخ الذي قتل أول أمس": a day in a relative clause (that opens after ``after``, the
    trigger being dated) dates the act the clause tells, not the story. A clause on the ``act``
    itself ("التفجير الآثم الذي وقع الثلاثاء الماضي"), or one that tells no act around the day ("في
    بنغازي التي دمرتها الحرب يوم الاثنين"، "الهجوم الذي وقع يوم الاثنين" in a statement's lead),
    leaves the day to the sentence."""
    raw = mentions.text.raw
    return any(
        after < pronoun.span.start
        and pronoun.span.end <= expression.span.start
        and len(raw[pronoun.span.end : expression.span.start].split()) <= RELATIVE_DAY_REACH
        and not (act is not None and 0 <= pronoun.first_token - act.end_token <= TRIGGER_RELATIVE_GAP)
        and _tells_an_act(mentions, sentence, pronoun.span.end, _words_after(raw, expression.span.end))
        for pronoun in mentions.within("relative_pronouns", sentence.first_token, sentence.end_token)
    )


def _words_after(raw: str, offset: int, count: int = CLAUSE_ACT_AFTER_DAY) -> int:
    """The offset where the ``count`` words after ``offset`` end."""
    match = _words_pattern(count).match(raw, offset)
    return match.end() if match else offset


@cache
def _words_pattern(count: int) -> re.Pattern[str]:
    return re.compile(rf"(\s*\S+){{0,{count}}}")


def _tells_an_act(mentions: TextMentions, sentence: Sentence, start: int, end: int) -> bool:
    """An act's trigger or a killing word ("اغتيل") between offsets ``start`` and ``end``."""
    first, last = sentence.first_token, sentence.end_token
    return any(
        start <= m.span.start and m.span.end <= end
        for m in mentions.within("trigger", first, last) + mentions.within("killed", first, last)
    )


def _clauses_of_other_acts(
    frame: Frame, clauses: tuple[tuple[int, int], ...], triggers: list[tuple[Mention, Trigger] | None]
) -> list[tuple[int, int]]:
    """The clauses of the sentence whose own trigger tells an act of another sub-type, not told
    generically ("سيطرت القوات على الأحياء، فيما قتل 57 مدنيا في قصف": the shelling's)."""
    return [
        clause
        for clause, entry in _clauses_of_other_triggers(frame, clauses, triggers)
        if not entry.generic and entry.sub_event_type != frame.trigger.sub_event_type
    ]


def _clauses_of_other_triggers(
    frame: Frame, clauses: tuple[tuple[int, int], ...], triggers: list[tuple[Mention, Trigger] | None]
) -> list[tuple[tuple[int, int], Trigger]]:
    """The clauses of the sentence with a trigger of their own, other than the frame's."""
    return [
        (clause, trigger[1])
        for clause, trigger in zip(clauses, triggers, strict=True)
        if trigger is not None and trigger[0] is not frame.trigger_mention
    ]


def _assign_fatalities(
    frame: Frame, mentions: TextMentions, clause: tuple[int, int], others: list[tuple[int, int]]
) -> None:
    """The toll of the frame's clause, else of its sentence outside the clauses that tell another
    act: the toll there is that act's. A toll the sentence says rose to its figure is the update of
    the first figure it gave ("قتل 10 جنود في حصيلة أولية، إلا أن عدد القتلى ارتفع إلى 26")."""
    sentence = frame.sentence
    outside = [
        figure
        for figure in fatalities_in(mentions, sentence.first_token, sentence.end_token)
        if not any(_within(mentions, figure.span, other) for other in others)
        and _the_frames_dead(frame, mentions, figure)
    ]
    updates = [figure for figure in outside if figure.rule == TOLL_UPDATED_RULE]
    own = [f for f in fatalities_in(mentions, *clause) if _the_frames_dead(frame, mentions, f)]
    figures = updates[-1:] or own or outside
    counts = [f.count for f in figures if f.count is not None]
    if counts:
        frame.fatalities = min(counts)
        frame.rules.append(next(f.rule for f in figures if f.count == frame.fatalities))


def _caused_by_another_act(frame: Frame, mentions: TextMentions, figure: Fatalities) -> bool:
    """The toll names its own cause after it in its clause, an act of another event type told
    indefinitely, as news of its own: that act's dead ("سيطرت القوات على معظم الأحياء، فيما قتل 57
    مدنيا وأصيب 200 آخرون في قصف نسب إلى الحوثيين"؛ "اشتباكات في صنعاء و10 قتلى للحوثيين في قصف
    للتحالف"). A definite cause refers back to the act told ("مئة قتيل جراء الهجمات بالغازات")."""
    text, end = mentions.text, min(frame.sentence.end_token, figure.end_token + CAUSE_REACH)
    for i in range(figure.end_token, end):
        if not text.norms[i][0].isalnum():
            return False
        cause = mentions.starting_at("causes", i)
        act = mentions.starting_at("trigger", cause.end_token) if cause is not None else None
        if act is not None and not _names_the_frames_act(frame, act):
            other = mentions.lexicon.triggers[act.entry_id].event_type != frame.trigger.event_type
            return other and not is_definite(text.analyses[act.first_token])
    return False


def _the_frames_dead(frame: Frame, mentions: TextMentions, figure: Fatalities) -> bool:
    """A figure of dead that another act told caused, that a protest protests or that follows
    another act of the kind is not the frame's toll."""
    return not (
        _caused_by_another_act(frame, mentions, figure)
        or _protested_death(frame, mentions, figure)
        or _told_of_another_occurrence(frame, mentions, figure)
    )


def _protested_death(frame: Frame, mentions: TextMentions, figure: Fatalities) -> bool:
    """A protest's or a riot's sentence names the death it protests a few words after a grievance word,
    in one clause ("احتجاجات غاضبة إثر «وفاة» شاب بحوزة الشرطة"، "احتجاجا على مقتل"، "بعد وقت قصير من
    تداول خبر وفاة الشاب"، "أحرق شبان إطارات احتجاجا على مقتل شاب"): the crowd's cause, not its toll.
    Not "بعد ذلك …، حيث أطلقت القوات الرصاص على المتظاهرين ما أدى لمقتل ثلاثة", nor "قتل متظاهر خلال
    احتجاجات على الغلاء"."""
    if frame.trigger.event_type not in CROWD_EVENT_TYPES:
        return False  # a burning "ردا على مقتل" is a revenge the deaths avenged type as an attack
    start = max(frame.sentence.first_token, figure.first_token - GRIEVANCE_REACH)
    grievances = mentions.within("grievances", start, figure.first_token)
    return any(_one_clause(mentions, g.end_token, figure.first_token) for g in grievances) or (
        _protested_death_retold(frame, mentions, figure)
    )


def _protested_death_retold(frame: Frame, mentions: TextMentions, figure: Fatalities) -> bool:
    """ "اعتصموا احتجاجا على قتل ابن عم المحافظ للضابط … بإطلاق النار عليه وقتله أمام أطفاله": a
    killed-word whose pronoun is the one killed names no one new; in the clause of a grievance that
    names a death, however far on, it retells the death protested."""
    if figure.rule != PRONOUN_RULE:
        return False
    return any(
        mentions.within("killed", g.end_token, min(g.end_token + GRIEVANCE_REACH, figure.first_token))
        and _one_clause(mentions, g.end_token, figure.first_token)
        for g in mentions.within("grievances", frame.sentence.first_token, figure.first_token)
    )


def _one_clause(mentions: TextMentions, first: int, end: int) -> bool:
    return not any(mentions.text.norms[i] in CLAUSE_MARKS for i in range(first, end))


def _told_of_another_occurrence(frame: Frame, mentions: TextMentions, figure: Fatalities) -> bool:
    """The toll follows an act told as one more of its kind, with no word of the frame's own act
    between them ("انفجرت قنبلة أمس ما أدى إلى إصابة اثنين، بعد تسعة أيام على انفجار آخر أدى إلى
    مقتل ثلاثة"): the other act's dead."""
    sentence, own = frame.sentence, frame.trigger_mention
    for act in mentions.within("trigger", sentence.first_token, sentence.end_token):
        if (
            act.first_token != own.first_token
            and act.end_token <= figure.first_token
            and not act.first_token < own.first_token < figure.first_token
            and _another(mentions, act, sentence.end_token)
        ):
            return True
    return False


def _names_the_frames_act(frame: Frame, act: Mention) -> bool:
    """The cause is the frame's own trigger or a word its trigger qualifies right after it: "في هجوم
    بسيارة مفخخة"، "في هجوم لانتحاريين" tell the car bomb and the suicide bombing."""
    own = frame.trigger_mention
    return act is own or 0 <= own.first_token - act.end_token <= ACT_QUALIFIER_REACH


def _within(mentions: TextMentions, span: Span, tokens: tuple[int, int]) -> bool:
    bounds = mentions.text.span(*tokens)
    return bounds.start <= span.start and span.end <= bounds.end


def _assign_source(frame: Frame, mentions: TextMentions, actors: list[ActorMention]) -> None:
    for attribution in mentions.within("attribution", frame.sentence.first_token, frame.sentence.end_token):
        nearby = [a for a in actors if 0 <= a.first_token - attribution.end_token <= 2]
        if nearby:
            frame.claimed_by = nearby[0].name if not nearby[0].generic else None
            return
