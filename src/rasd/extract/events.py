"""From frames to events: the frames of one place, day and actor pair become one event, and what
the article says as a whole (its agent, its means) fills what one sentence left out."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from rasd import acled
from rasd.dates import DAY
from rasd.extract.actors import ARMED_INTER, NON_STATE_ARMED_INTER, STATE_INTER, ActorMention
from rasd.extract.event_type import TYPE_RULE_PREFIX
from rasd.extract.fatalities import NAMED_ONE_RULE, TOLL_UPDATED_RULE
from rasd.extract.frames import (
    AIMED_RULE,
    AIR_STRIKE,
    ANOTHER_RULE,
    ARMED_ACT_RULE,
    ARRESTS,
    ARTICLE_COUNTRY_RULE,
    BESIDE_CROWD_RULE,
    CIVILIAN_SITE_RULE,
    DEFAULT_DATE_RULE,
    DISRUPTED,
    FOLLOWING_CLAUSE_RULE,
    GOVERNMENT_REGAINS,
    KNOWN_ACT_RULE,
    LEAD_DATE_RULE,
    LISTED_TOWN_RULE,
    NON_VIOLENT_TRANSFER,
    ONE_PER_PLACE_RULE,
    PEACEFUL_PROTEST,
    PRELUDE_RULE,
    QUOTED_ON_DATE_RULE,
    REACTED_RULE,
    RELATIVE_RULE,
    RESULT_RULE,
    SECOND_FORCE_RULE,
    SEPARATE_RULE,
    SOURCE_SEAT_RULE,
    STRIKING_TYPES,
    SUMMED_TOLL_RULE,
    TERRITORY_SUB_TYPES,
    Frame,
    territory_sub_type,
)
from rasd.extract.places import word_list
from rasd.geocode.distance import km_between
from rasd.geocode.gazetteer import Place as GazetteerPlace
from rasd.lexicon.lexicon import Lexicon, Trigger
from rasd.lexicon.matcher import phrase_key
from rasd.lexicon.resources import load_tsv
from rasd.names import synonymous
from rasd.text.tokenize import clitic_roles, default_segmenter, is_definite
from rasd.types import Article, Event

UNIDENTIFIED = "Unidentified Armed Group ({country})"
EVIDENCE_JOINER = " … "  # between the sentences of an event told more than once
SAME_SPOT_KM = 1
WITHIN_DISTRICT_KM = 30  # how far a village a later sentence names may lie from its district's seat
DISTRICT_RULE = "place:district"  # the place is a district a cue word names ("قضاء سنجار"), at its seat
DISTRICT_CUE = "admin"  # place_cues.tsv: the kind of قضاء، مديرية
SCATTERED_REACH = 3  # words between "مناطق متفرقة" and the town it lies around ("متفرقة في محافظة كركوك")
PROVINCE = 3  # ACLED geo_precision of an event known only by its province
#: an event this close to its province's point stands at the seat (admin1.tsv gives its coordinates)
SEAT_KM = 1.0
NEAR = 2  # ACLED geo_precision of an event near a place, or in a part of it
CIVILIANS = "Civilians ({country})"
REMOTE = "Explosions/Remote violence"
#: Sub-types whose perpetrator, when the article names none, is an unidentified armed group
#: (rockets on a base "استهدفت بصواريخ كاتيوشا" included: EVENT_SCHEMA, Attribution).
UNATTRIBUTED_GROUP_SUB_TYPES = frozenset(
    {
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Attack",
        "Abduction/forced disappearance",
        "Grenade",
        "Shelling/artillery/missile attack",
    }
)
#: Acts that a state's own forces make where the text names no one: arrests are the police's,
#: an interception over the country its military's (train gold: 9/9 and 6/6 state forces).
#: The rule of a first actor that is ACLED's default for the sub-type in the country (an air
#: strike in Yemen is the coalition's), which no report named.
COUNTRY_DEFAULT_RULE = "actor1:country_default"
#: The rule of a second actor that is ACLED's fallback for the sub-type (``acled.fallback_actor2``):
#: like the country default, a placeholder the text did not name.
ACTOR2_FALLBACK_RULE = "actor2:fallback"
STATE_ACTS = {
    "Arrests": "Police Forces of {country}",
    "Disrupted weapons use": "Military Forces of {country}",
}
#: Who a state's act falls on: rebels, militias, rioters, protesters, civilians (not a state's or an
#: external force, 1 and 8).
ACTED_UPON_INTER = frozenset({2, 3, 4, 5, 6, 7})
CROWD_INTER = frozenset({5, 6})  # ACLED's inter codes of rioters and protesters
#: The actor rules by which a headline tells who did its act: the subject, or the group after the act.
AGENT_MARKER_RULE = "actor1:agent_marker"  # "برصاص قوات الأمن"، "على يد مسلحين": a word names the author
FIRED_FROM_RULE = "actor1:fired_from"  # "سقوط مقذوف من داخل الأراضي اليمنية": where fire came from
HEADLINE_AUTHOR_RULES = frozenset(
    {"actor1:subject", "actor1:after_trigger", AGENT_MARKER_RULE, FIRED_FROM_RULE}
)
#: Acts only an organised force commits; an unclaimed bombing stays an unidentified group's.
AGENT_FILLED_SUB_TYPES = frozenset(
    {"Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon", "Armed clash"}
)
PROPERTY_DESTRUCTION = "Looting/property destruction"  # coded only while nobody is hurt
#: Sub-types outside violence against civilians whose unnamed target is civilians.
CIVILIAN_TARGET_SUB_TYPES = frozenset({PROPERTY_DESTRUCTION})
VAGUE_TOLL_RULE = "fatalities.vague"  # "عشرات القتلى": ACLED's 10 when no report counts them
#: Tolls that a counted report of the same occurrence replaces: "tens of dead", one named person.
TENTATIVE_TOLL_RULES = (VAGUE_TOLL_RULE, NAMED_ONE_RULE)
NO_TOLL_RULE = "fatalities:none_for_sub_type"  # "اعتقال المتورطين في تفجير": the toll is the bombing's
SUICIDE_BOMB = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
ATTACK = "Attack"
#: the type rule that makes a generic fire word hurting civilians an attack on them
ATTACK_ON_CIVILIANS_RULE = f"{TYPE_RULE_PREFIX}attack_on_civilians"
IED = "Remote explosive/landmine/IED"
ARMED_CLASH = "Armed clash"
SUICIDE_BOMBER = "suicide bomber"  # weapons.tsv: "انتحاري"
PARKED_CAR_BOMB = "parked car bomb"  # weapons.tsv: "سيارة مفخخة مركونة"
VEHICLE_BOMB_ROLE = "vehicle_bomb"  # weapons.tsv's role of what is driven or parked to blow up
CLAIM_RULE = "actor1:claim"  # the author the article's claim gave a frame that named none
AIR_FORCE_RULE = "actor1:air_force"  # an air strike read with an author that flies no aircraft
SUBJECT_RULE = "actor1:subject"  # frames.py: the actor just before a verb trigger
UNMANNED_ROLE = "unmanned"  # weapons.tsv's role of a drone, which any side may fly
FIRED_ROLE = "fired"  # weapons.tsv's role of what attackers fire in a fight (guns, RPGs, mortars)
TERRITORY_CHANGES = TERRITORY_SUB_TYPES | {NON_VIOLENT_TRANSFER}
BATTLES = "Battles"
#: How many days before a telling dated only by publication another of the same occurrence may state.
DEFAULT_DAY_REACH = 7
#: The actor rules that read the author as the doer of the act: an agent marker ("نفذه"، "برصاص"), the
#: subject of its verb, the name right after it, a speaker who says "we did it", a state as subject.
EXPLICIT_AUTHOR_RULES = frozenset(
    f"actor1:{rule}"
    for rule in ("agent_marker", "fired_from", "subject", "after_trigger", "speaker", "state_as_author")
)
OWN_CLAUSE_AUTHOR_RULES = frozenset(
    f"actor1:{rule}" for rule in ("agent_marker", "fired_from", "subject", "after_trigger", "before_trigger")
)
CROWD_TYPES = {"Protests": "Protesters ({country})", "Riots": "Rioters ({country})"}
PROTESTS = "Protests"
RIOTS = "Riots"
MOB_VIOLENCE = "Mob violence"


def frames_to_events(frames: list[Frame], article: Article, lexicon: Lexicon) -> tuple[Event, ...]:
    """One event per place, day and actor pair.

    A news article tells one occurrence in many sentences ("the attack", "the blast"), so a frame
    joins an earlier event it is compatible with: same type (a generic trigger such as هجوم joins
    any type), dates at most a day apart, and no two different places. Specific frames are read
    first, so generic ones join them rather than the other way round.
    """
    if not frames:
        return ()  # most articles report no event: nothing to join or finish
    events: list[Event] = []
    triggers: list[set[int]] = []  # per event, the trigger words it was read from
    # per trigger word, the event a copy of it at an unlisted place of its clause opened or joined
    unlisted: dict[int, int] = {}
    settled: set[int] = set()  # events whose place was chosen among such copies
    agent = _article_agent(frames)
    agent_name = agent[0].resolved_name(_country_name(agent[1], lexicon)) if agent else None
    agent_acts = _agent_acts(frames, agent, lexicon)
    parties = _article_parties(frames, lexicon)
    allied = _article_alliances(frames, lexicon)
    headline_authors = _headline_authors(frames)
    bombs = _vehicle_bombs(frames, lexicon)
    # A word told as a separate incident is still read in its place among the referring words, so
    # that the report it is set apart from has opened its event first. A weak word (تعزيزات، اقتحام)
    # is read after the generic ones: "أرسل الجيش تعزيزات بعد الهجوم" joins the attack, not the
    # attack the troop movement.
    # An act told to describe an actor ("التحالف الذي شن غارات") is read after the acts the article
    # reports, so that it opens an event only where the article reports none; so is an act others
    # react to ("أدان المجلس استهداف المدنيين"): its specific noun would otherwise open an event
    # before the report's generic verb ("استهدفت بطائرة مسيرة مسجدا") is read.
    ordered = sorted(
        frames,
        key=lambda f: (
            vetoed(f),
            f.describes_actor,
            REACTED_RULE in f.rules,
            # what an act brought about is read once every act is, to join the act of its sentence
            RESULT_RULE in f.rules,
            _referring_word(f),
            f.trigger.weak,
            f.trigger.generic,
        ),
    )
    for frame in ordered:
        event = _event_of(frame, article, lexicon)
        # A trigger whose targets its sentence lists clause by clause, or whose clause lists towns,
        # tells one event per target.
        listed = FOLLOWING_CLAUSE_RULE in frame.rules or LISTED_TOWN_RULE in frame.rules
        # an act that describes an actor adds nothing to the act its sentence reports: it joins none
        open_events = [
            i
            for i in range(len(events))
            if not frame.describes_actor
            and (not listed or frame.trigger_mention.span.start not in triggers[i])
            and not _acts_on_its_author(events[i], event, frame, agent_name, lexicon)
            and not _another_pairs_act(events[i], event, frame)
            and not _pairs_apart(events[i], event)
        ]
        refers = _refers_back(frame)
        told = _story_told(events, event, frame, open_events) if refers else None
        if told is not None and _another_act_at_a_listed_province(events[told], event):
            told = None
        act = _act_it_results_from(frame, events)
        sibling = _unlisted_sibling(frame, event, events, unlisted)
        if act is not None:
            target = act
        elif refers and (told is None or not _one_of_several(events[told], event, frame)):
            target = told
        else:
            target = next((i for i in open_events if _joins(events[i], event)), sibling)
        if target is None:
            if _may_open(frame, bool(events)):
                events.append(event)
                triggers.append({frame.trigger_mention.span.start})
                _note_unlisted_copy(frame, len(events) - 1, unlisted)
        else:
            _note_unlisted_copy(frame, target, unlisted)
            triggers[target].add(frame.trigger_mention.span.start)
            if target == sibling:
                settled.add(target)
                if _town_beside_its_seat(events[target], event, lexicon):
                    events[target] = with_place_of(events[target], event)
            events[target] = _merge(
                events[target],
                event,
                lexicon,
                takes_date=not _refers_back(frame) or _states_its_date(frame) or _first_telling(frame),
                # a weak word opens an event only with a toll or a weapon its sentence gives; it
                # tells no type for an attack a generic word reported
                retypes=_tells_type(frame)
                and not frame.trigger.weak
                and told_generically(events[target], lexicon)
                and not told_generically(event, lexicon),
                # "انفجار مقذوف": a generic word's sub-type (انفجار → IED) is only its default, no
                # more specific than the shelling the event's own report named.
                specifies=not _weak_takeover(frame) and not told_generically(event, lexicon),
                # another copy of one clause's places tells no more of where the act happened
                places=not (target in settled and _unlisted_copy(frame)),
            )
    events = [
        _default_actors(
            _regained_by_the_state(
                _lethal_force_on_protesters(
                    _by_means_of_its_author(
                        _with_agent(
                            _by_headline_author(
                                # a strike that takes the article's means (a car bomb) and whose reports
                                # tell gunfire is the assault with fighting as surely as one told so
                                _assault_with_fire(
                                    _by_article_weapon(e, _article_means(frames, e, lexicon), lexicon),
                                    lexicon,
                                ),
                                headline_authors,
                            ),
                            agent,
                            agent_acts,
                        ),
                        frames,
                        lexicon,
                    )
                ),
                lexicon,
            ),
            lexicon,
            parties,
            allied,
        )
        for e in _vehicle_bombs_by_driver(_arrests_at_protests(events), bombs)
        if not _headline_only(e, article)
    ]
    joined = _twins_joined(_fought_suicide_assaults(events, lexicon), lexicon)
    joined = _second_tellings_joined(joined, lexicon)
    events = [_finished(e) for e in _seat_tellings_joined(joined, lexicon)]
    return tuple(sorted(events, key=lambda e: e.evidence_spans[0].start if e.evidence_spans else 0))


def _unlisted_copy(frame: Frame) -> bool:
    """A copy of a trigger at one of the places its clause names that is no town of a list: a place
    told inside another ("في وادي خبش بمديرية المطمة"، "في مديرية مقبنة بمنطقة شمير"), the city
    around a quarter the gazetteer does not know ("قصفت الطائرات مواقع في منطقة الحوبان بمدينة
    تعز"), or the province's seat beside the town."""
    return ONE_PER_PLACE_RULE in frame.rules and LISTED_TOWN_RULE not in frame.rules


def _unlisted_sibling(
    frame: Frame, event: Event, events: list[Event], unlisted: dict[int, int]
) -> int | None:
    """The event another unlisted copy of the frame's trigger opened or joined, for a copy that joins
    no report of its own place: the clause tells one act at places that name one spot, not a list
    of towns each struck ("قصفت الطائرات قرية X وبلدة Y"), so the copies are one occurrence
    wherever the gazetteer put each name, within one province (places in two provinces are two
    acts: "اعتقلت الشرطة مطلوبين في حي الجهاد ببغداد وفي حي الحسين بكربلاء"). Not a crowd's: one
    gathers in each town ("تظاهر الآلاف في أم درمان بالعاصمة الخرطوم"), and a later sentence may
    tell the capital's own."""
    kept = unlisted.get(frame.trigger_mention.span.start) if _unlisted_copy(frame) else None
    if kept is None or event.event_type in CROWD_TYPES:
        return None
    kept_event = events[kept]
    same_act = kept_event.sub_event_type == event.sub_event_type and kept_event.admin1 == event.admin1
    return kept if same_act and _same_day_and_country(kept_event, event) else None


def _town_beside_its_seat(seat: Event, town: Event, lexicon: Lexicon) -> bool:
    """ "في مركز قضاء شط العرب شرق مدينة البصرة"، "في مديرية مقبنة غربي تعز": of one act's places,
    the province's seat only says where the town lies; the town of its province is where it
    happened, whichever the clause names first."""
    return (
        seat.admin1 is not None
        and seat.admin1 == town.admin1
        and _at_the_seat(seat, lexicon) is True
        and _at_the_seat(town, lexicon) is False
    )


def with_place_of(event: Event, town: Event) -> Event:
    """The event, standing where ``town`` stands."""
    return replace(
        event,
        admin1=town.admin1,
        location=town.location,
        location_ar=town.location_ar,
        geonameid=town.geonameid,
        latitude=town.latitude,
        longitude=town.longitude,
        geo_precision=town.geo_precision,
    )


def _note_unlisted_copy(frame: Frame, index: int, unlisted: dict[int, int]) -> None:
    if _unlisted_copy(frame):
        unlisted.setdefault(frame.trigger_mention.span.start, index)


def _joins(kept: Event, new: Event) -> bool:
    """A frame that refers to nothing joins the first event it may be a report of."""
    return (
        _compatible(kept, new, False) and not _another_act_at_a_listed_province(kept, new)
    ) or _dates_its_headline(kept, new)


def _another_act_at_a_listed_province(kept: Event, new: Event) -> bool:
    """ "قصف لطيران التحالف في محافظتي الأنبار ونينوى. وقصفت البشمركة قضاء سنجار": a province of a
    list is closed as a listed town is, whose name a later act at another town never shares: a later
    sentence's act there joins it only when its author and sub-type agree, not for lying in it."""
    if kept.geo_precision != PROVINCE or LISTED_TOWN_RULE not in kept.rules:
        return False
    if {s.start for s in kept.evidence_spans} & {s.start for s in new.evidence_spans}:
        return False  # the list's own sentence
    return new.sub_event_type != kept.sub_event_type or new.actor1 not in (None, kept.actor1)


def _dates_its_headline(headline: Event, new: Event) -> bool:
    """ "أكدت الخارجية اختطاف مهندس في بنغازي" (the headline, no day) … "الإفراج عن الرجل الذي اختطف
    مساء السبت": an event only its headline has told so far is dated by publication to the week
    before (ACLED's "within a week"), which a body report of its kind at its place, with a day inside
    that week, does not contradict: it tells the headline's act and its day. A relative clause opens
    no event of its own, so joined to none it would leave the headline alone and dropped."""
    days_before = (headline.date - new.date).days if headline.date and new.date else None
    return (
        _told_by_headline_alone(headline)
        and DEFAULT_DATE_RULE in headline.rules
        and DEFAULT_DATE_RULE not in new.rules
        and days_before is not None
        and 0 <= days_before <= DEFAULT_DAY_REACH
        and headline.sub_event_type == new.sub_event_type
        and _same_country(headline, new)
        and bool(headline.location_ar and new.location_ar)
        and same_place_name(headline.location_ar, new.location_ar)
    )


def _act_it_results_from(frame: Frame, events: list[Event]) -> int | None:
    """The event of the act that a result clause's sentence tells: "شن طيران التحالف غارات على
    منزل اللواء … أسفرت عن تدمير المنزل" tells the strike and what it destroyed, one occurrence
    (ACLED codes the damage of an attack as part of it). Result clauses are read after every act,
    so the act of their sentence has joined or opened its event."""
    if RESULT_RULE not in frame.rules:
        return None
    return next((i for i, event in enumerate(events) if frame.sentence.span in event.evidence_spans), None)


def _pairs_apart(kept: Event, new: Event) -> bool:
    """The second state force of a clash ("والجيش وقوى الأمن") fought its own fight: it joins only
    reports of its own actor pair."""
    pairs = {(kept.actor1, kept.actor2), (new.actor1, new.actor2)}
    return SECOND_FORCE_RULE in kept.rules + new.rules and len(pairs) > 1


def _acts_on_its_author(kept: Event, new: Event, frame: Frame, agent: str | None, lexicon: Lexicon) -> bool:
    """Whether a frame tells another side's act on the event's author: "قذائف أطلقتها الفصائل
    المقاتلة على أحياء تحت سيطرة قوات النظام" beside the regime's air strike on the same city and
    day is the rebels' shelling, an occurrence of its own, not the strike told again. Only where the
    frame names both its author, as the doer of its act, and its target or the side that holds the
    ground it struck, and the event's author is named (or, unnamed, is the article's main agent that
    fills it, ``agent``); an unnamed actor agrees with anyone. Fighting words tell both sides' fire
    as one clash."""
    if not EXPLICIT_AUTHOR_RULES & set(frame.rules) or "needs_actor_pair" in frame.trigger.flags:
        return False
    if _conjoined_authors(frame):
        return False
    if kept.event_type == BATTLES or not _named(new.actor1) or not _named(new.actor2):
        return False
    author = kept.actor1
    if author is None and kept.sub_event_type in AGENT_FILLED_SUB_TYPES:
        author = agent
    holder = frame.holder.resolved_name(_country_name(frame.country, lexicon)) if frame.holder else None
    return _named(author) and author in (new.actor2, holder) and not _same_side(author, new.actor1)


def _another_pairs_act(kept: Event, new: Event, frame: Frame) -> bool:
    """Whether a report that counts its dead and names its author beside its word tells an act of
    another pair than the kept event, whose toll is its own: the act of the side the kept event's
    act fell on ("ارتكبت الميليشيات الحوثية مجزرة … بعدما أمطرت ضاحية دار سعد بالصواريخ ما أدى إلى
    مقتل 43 مدنيا" beside the coalition's strikes on the Houthis), or, beside a fight, violence
    against civilians its clause names (the same massacre beside the clashes in Dar Saad). A
    crowd's events name their sides by their own rules."""
    if kept.event_type in CROWD_TYPES or new.event_type in CROWD_TYPES:
        return False
    if new.fatalities is None or not _author_in_its_clause(new):
        return False
    if kept.event_type == BATTLES:
        told_civilians = (
            frame.actor2 is not None and new.actor2 is not None and acled.is_civilians(new.actor2)
        )
        return new.event_type != BATTLES and told_civilians
    return _named(kept.actor1) and new.actor1 == kept.actor2 and not _same_side(kept.actor1, new.actor1)


def _author_in_its_clause(event: Event) -> bool:
    """The report names its author beside its own word, not a speaker or an actor of an earlier
    sentence (which may be the side that reported it)."""
    return _named(event.actor1) and not OWN_CLAUSE_AUTHOR_RULES.isdisjoint(event.rules)


def _conjoined_authors(frame: Frame) -> bool:
    """ "اعتداء قوات الاحتلال والمستوطنين": a target read right after the author and joined to it by
    و is a second author, not who the act fell on."""
    first, second = frame.actor1, frame.actor2
    if first is None or second is None or second.first_token != first.end_token:
        return False
    return frame.text.analyses[second.first_token][0][:1] in clitic_roles().conjunctions


def _named(actor: str | None) -> bool:
    return actor is not None and not acled.is_unidentified(actor)


def vetoed(frame: Frame) -> bool:
    """The sentence decider judged the frame's sentence no new occurrence: the frame may add
    details to an event another sentence opened, never open one."""
    return frame.sentence_decision is not None and not frame.sentence_decision.accept


def _tells_type(frame: Frame) -> bool:
    """Whether a frame may retype the generically told event it joins: not when its sentence was
    judged no new occurrence ("تعاني الولاية من المواجهات المسلحة" beside a shelling), nor when
    its clash word names nobody who fought."""
    return not vetoed(frame) and not _unpaired(frame)


def _headline_only(event: Event, article: Article) -> bool:
    """Only the headline tells the event, yet the article has a body: a body tells what its
    headline announces, so a headline that no body sentence joins announces what the body judged
    no new occurrence (a study, a trial, a recap), or repeats the lead's event cut short ("…")."""
    return bool(article.text.strip()) and _told_by_headline_alone(event)


def _told_by_headline_alone(event: Event) -> bool:
    return all(span.field == "title" for span in event.evidence_spans)


def _may_open(frame: Frame, told: bool) -> bool:
    """Whether a frame that joins no event opens one (``told``: the article has told an event).
    Not when the sentence decider vetoed it, nor for a known act others react to with no day of
    its own ("دان المجلس التفجير الإرهابي"، "زار المسؤولون مصابي حادثة التفجير"): its readers know
    it from an earlier report, and the only day its sentence names is the reaction's, so not even
    alone in its article; nor when, beside the events the article tells, a
    definite generic noun ("الهجوم"، "التفجير") points back at an occurrence that joins none of
    them: it was told elsewhere (an earlier report, a recap). "الانفجار الثاني" does not point
    back: it tells one more. Nor does an act others react to ("أدان المجلس استهداف المدنيين"),
    nor a verb of a relative clause ("الحي الذي سيطرت عليه القوات"), nor an act that describes an
    actor ("التحالف الذي شن غارات على مواقع الحوثيين"): they tell it as known. Alone in its
    article, "أسفر التفجير في سترة عن..." is the report. Nor, even alone, a word for fighting
    that is also a figure of speech when nobody who fought is named ("أحدث مواجهة ضمن معركة طويلة
    الأمد بين مسؤولين"، "في مواجهة التحديات")."""
    if vetoed(frame) or KNOWN_ACT_RULE in frame.rules or _figurative_alone(frame):
        return False
    generic_back = frame.trigger.generic and _definite_noun(frame) and ANOTHER_RULE not in frame.rules
    told_as_known = REACTED_RULE in frame.rules or RELATIVE_RULE in frame.rules or frame.describes_actor
    given = generic_back or _outcome_told(frame) or told_as_known
    return not (given and told)


def _outcome_told(frame: Frame) -> bool:
    """ "تم إحباط الهجوم، ولم ينجح الانتحاري في دخول القاعدة": a foiling word whose object is definite
    tells how the attack the article reported ended (flag ``told_outcome``), not one more occurrence."""
    last = frame.text.analyses[frame.trigger_mention.end_token - 1]
    return "told_outcome" in frame.trigger.flags and is_definite(last)


def _twins_joined(events: list[Event], lexicon: Lexicon) -> list[Event]:
    """Events the frame by frame reading left apart that tell one occurrence: the same sub-type,
    at most a day apart, at the same named place or with one side naming none in the same province.
    The reading joins a frame to an event as it then stands, so a place a later report settled (a
    claim's "وسط معسكر" replaced by the lead's town), or a type decided once every report was read
    (a suicide bombing with gunfire, an armed clash), can leave the occurrence told twice."""
    result: list[Event] = []
    for event in events:
        twin = next((i for i, kept in enumerate(result) if _one_occurrence(kept, event)), None)
        if twin is None:
            result.append(event)
        elif _located_beside_a_misread_word(event, result[twin]):
            result[twin] = _with_sentences_of(event, result[twin])
        elif _located_beside_a_misread_word(result[twin], event):
            result[twin] = _with_sentences_of(result[twin], event)
        else:
            result[twin] = _merge(result[twin], event, lexicon)
    return result


def _located_beside_a_misread_word(town: Event, misread: Event) -> bool:
    """One twin stands at a located town, the other at a word no gazetteer locates (with the town's
    toll): the town is where it happened, whichever was told first."""
    return (
        town.location is not None
        and misread.location is None
        and misread.location_ar is not None
        and misread.fatalities is not None
        and misread.fatalities == town.fatalities
    )


def _with_sentences_of(town: Event, misread: Event) -> Event:
    """The town's telling, with the sentences of the telling at a misread word: a sentence that
    misread a word as the place may have misread more ("حوادث مماثلة تبناها تنظيم داعش" read as
    the bombing's author), so it adds no field."""
    return replace(
        town,
        evidence=_joined_evidence(town, misread),
        evidence_spans=tuple(dict.fromkeys(town.evidence_spans + misread.evidence_spans)),
        confidence=max(town.confidence or 0, misread.confidence or 0),
    )


def _second_tellings_joined(events: list[Event], lexicon: Lexicon) -> list[Event]:
    """Tellings that another sub-type left apart though they add no act of their own: the launch of
    a missile beside its interception, a crowd's projectiles beside its protest, a peaceful protest
    beside the riot of its own town, a crowd's risen toll told as a massacre or clashes, the fight
    that won a takeover, the civilians a strike hurt told as an attack. Each joins the event it
    tells again, which keeps its type, sides and place."""
    result = list(events)
    for event in events:
        told = next((e for e in result if e is not event and _tells_again(e, event, lexicon)), None)
        if told is not None:
            result = [e for e in result if e is not event]
            result[result.index(told)] = _merge(told, event, lexicon, specifies=False, places=False)
    return result


def _tells_again(kept: Event, new: Event, lexicon: Lexicon) -> bool:
    """Whether ``new`` tells ``kept`` again: the same day and province, no toll of its own, and
    the launch of the missile ``kept`` intercepted, or the crowd ``kept`` is, or its dead, or the
    fight that won the ground ``kept`` took, or the harm of the strike ``kept`` is."""
    same_province = kept.admin1 is None or new.admin1 is None or kept.admin1 == new.admin1
    own_toll = new.fatalities is not None and new.fatalities != kept.fatalities
    if not _same_day_and_country(kept, new) or own_toll:
        return False
    if _unplaced_act_of_its_author(kept, new):
        return True
    if not same_province:
        return False
    return (
        _launch_of_interception(kept, new)
        or _projectiles_of_crowd(kept, new, lexicon)
        or _protest_of_riot(kept, new)
        or _crowds_toll_risen(kept, new)
        or _fight_that_won_it(kept, new)
        or _harm_of_the_strike(kept, new)
    )


def _unplaced_act_of_its_author(kept: Event, told: Event) -> bool:
    """An act of fighting or bombing with no place, target or toll of its own (placed, if at all,
    only by the article's country), by the author of an event the article places (a named one, or
    an unnamed one told again with the article), is that event explained again ("وقال البيان: الإرهابيون قصفوا
    المعسكر" after the attack on the camp; a video "من داخل المسجد" after the strike on it), not a
    second occurrence at the capital the article defaults to."""
    return (
        told.location_ar is None
        and kept.location_ar is not None
        and (ARTICLE_COUNTRY_RULE in told.rules or told.admin1 in (None, kept.admin1))
        and told.actor2 is None
        and told.fatalities is None
        and told.actor1 == kept.actor1
        and (_named(told.actor1) or _told_again_with_the_article(told.actor1_ar))
        and {told.event_type, kept.event_type} <= {BATTLES, REMOTE}
    )


def _told_again_with_the_article(words: str | None) -> bool:
    """An unnamed author told with the article ("الإرهابيون قصفوا المعسكر") is the one the article
    named before; an indefinite one ("فجر مسلحون مجهولون عبوة") is a group the text brings in anew."""
    if not words:
        return False
    _, analyses = default_segmenter().fold_and_analyze(words.split()[:1])
    return is_definite(analyses[0])


def _launch_of_interception(interception: Event, shelling: Event) -> bool:
    """ACLED codes a missile shot down once, as its interception: a launch the interception's own
    sentence tells ("اعترضت الدفاعات صاروخا … بعد ساعات على إعلان الحوثيين إطلاقه") is that
    missile, not a strike. Its author is the interception's weapon side, or, unnamed, it has that
    side read as its target. A missile that fell, told in a sentence of its own, struck."""
    side = interception.actor2
    if interception.sub_event_type != DISRUPTED or shelling.sub_event_type != SHELLING or side is None:
        return False
    launched_by_side = shelling.actor1 == side or (not _named(shelling.actor1) and shelling.actor2 == side)
    return launched_by_side and bool(set(interception.evidence_spans) & set(shelling.evidence_spans))


def _protest_of_riot(riot: Event, protest: Event) -> bool:
    """ACLED codes a crowd that turns violent once, as a riot: a peaceful protest told at the riot's
    own place and day ("خروج مظاهرات في بلدتي هجين والبصيرة" beside the tyres burnt in هجين) is
    that crowd, not a second one."""
    return (
        riot.event_type == RIOTS
        and protest.sub_event_type == PEACEFUL_PROTEST
        and _same_named_place(riot, protest)
    )


def _harm_of_the_strike(strike: Event, attack: Event) -> bool:
    """ACLED codes civilians a shelling or a strike hurts under that strike: a generic fire word
    typed an attack on civilians for who it hurt ("تبادلت القوات الهندية والباكستانية إطلاق النار …
    مما أسفر عن إصابة عدة مدنيين"), by the strike's author on the strike's civilians, is the strike."""
    return (
        strike.event_type == REMOTE
        and attack.sub_event_type == ATTACK
        and ATTACK_ON_CIVILIANS_RULE in attack.rules
        and _named(strike.actor1)
        and (attack.actor1, attack.actor2) == (strike.actor1, strike.actor2)
    )


def _fight_that_won_it(takeover: Event, fight: Event) -> bool:
    """ACLED codes a battle that changes who holds a place as that change: a fight told as what came
    before the ground was taken ("فرضت المقاومة سيطرتها على القصر الرئاسي في منطقة التواهي بعد
    معارك عنيفة مع الحوثيين", with a takeover word rasd does not read as one) is the takeover a side
    of the fight made in its province, not a clash of its own."""
    sides = {takeover.actor1, takeover.actor2} - {None}
    return (
        takeover.sub_event_type in TERRITORY_SUB_TYPES
        and fight.event_type == BATTLES
        and _opened_as_a_prelude(fight)
        and any(_named(side) for side in sides & {fight.actor1, fight.actor2})
    )


def _opened_as_a_prelude(fight: Event) -> bool:
    """The report that opened the fight told it as what came before an act: a fight other reports
    tell in their own words ("تواصلت الاشتباكات في قرية بيت عوان") is one of its own, even where a
    later one adds "استعادوا السيطرة على التلة بعد اشتباكات". A report's marks follow its trigger and
    come before the next report's."""
    triggers = [i for i, rule in enumerate(fight.rules) if rule.startswith("trigger:")]
    opening = fight.rules[: triggers[1]] if len(triggers) > 1 else fight.rules
    return PRELUDE_RULE in opening


def _crowds_toll_risen(crowd: Event, told: Event) -> bool:
    """A risen toll ("ارتفاع حصيلة مجزرة الناصرية إلى 32 قتيلا"، "ارتفاع حصيلة ضحايا الاشتباكات
    التي رافقت فض الاعتصام إلى 15") counts the dead of one occurrence: told with the same count at
    the place and day of a crowd's event, it is that crowd's dispersal called a massacre or
    clashes, which ACLED codes as the crowd's event."""
    return (
        crowd.event_type in CROWD_TYPES
        and told.event_type not in CROWD_TYPES
        and TOLL_UPDATED_RULE in told.rules
        and told.fatalities is not None
        and told.fatalities == crowd.fatalities
        and _same_named_place(crowd, told)
    )


def _projectiles_of_crowd(crowd: Event, strike: Event, lexicon: Lexicon) -> bool:
    """A crowd fires no artillery: what protesters throw ("رشق المحتجون قوات الأمن بالمقذوفات") is
    the stones of the demonstration they are, not a strike (EVENT_SCHEMA: stones thrown are Riots)."""
    return (
        crowd.event_type in CROWD_TYPES
        and strike.event_type == REMOTE
        and strike.actor1 is not None
        and lexicon.inter_code(strike.actor1) in CROWD_INTER
    )


def _one_occurrence(kept: Event, new: Event) -> bool:
    if kept.sub_event_type != new.sub_event_type or _pairs_apart(kept, new):
        return False
    if _default_day_apart(kept, new):
        return True
    if not _same_day_and_country(kept, new):
        return False
    if kept.location_ar and new.location_ar:
        return (
            same_place_name(kept.location_ar, new.location_ar)
            or (_one_spot(kept, new) and _told_in_one_sentence(kept, new) and not _tolls_apart(kept, new))
            or _counted_at_an_unlocated_word(kept, new)
        )
    return kept.admin1 is None or new.admin1 is None or kept.admin1 == new.admin1


def _counted_at_an_unlocated_word(kept: Event, new: Event) -> bool:
    """A word no gazetteer locates read as a place ("بمركز تدريب الشرطة": تدريب) beside the town,
    in the same province with the same dead: the occurrence told twice, once at the misread word."""
    return (
        kept.admin1 is not None
        and kept.admin1 == new.admin1
        and (_located_beside_a_misread_word(kept, new) or _located_beside_a_misread_word(new, kept))
    )


def _told_in_one_sentence(kept: Event, new: Event) -> bool:
    """A sentence that names a quarter and its city tells one act; a bare "البلدتين" placed at the
    article's town by a later sentence may be towns elsewhere."""
    return bool(set(kept.evidence_spans) & set(new.evidence_spans))


def _tolls_apart(kept: Event, new: Event) -> bool:
    """Two names at one spot with two different tolls are two acts there (two blasts in one city)."""
    return None not in (kept.fatalities, new.fatalities) and kept.fatalities != new.fatalities


def _default_day_apart(kept: Event, new: Event) -> bool:
    """The same place, actor pair and toll, one telling dated only by the publication day (a
    headline, a line that names no day) and the other by a day the text states within the week
    before: the default is a guess at the day, not a second occurrence ("اختطاف مبشر أمريكي في
    نيامي" beside "اختطفه مسلحون قرب المطار مساء الثلاثاء" in a Thursday's report)."""
    defaulted = [e for e in (kept, new) if DEFAULT_DATE_RULE in e.rules]
    if (
        len(defaulted) != 1
        or kept.location is None
        or (kept.country, kept.location) != (new.country, new.location)
    ):
        return False
    (guess,) = defaulted
    stated = new if guess is kept else kept
    same_toll = None in (kept.fatalities, new.fatalities) or kept.fatalities == new.fatalities
    return (
        _same_sides(kept, new)
        and same_toll
        and guess.date is not None
        and stated.date is not None
        and 0 < (guess.date - stated.date).days <= DEFAULT_DAY_REACH
    )


def _same_sides(a: Event, b: Event) -> bool:
    """The same author and the same target, civilians of any nationality being one target: a
    headline's "مبشر أمريكي" and the body's "المبشر" are one victim."""
    if a.actor1 != b.actor1:
        return False
    both_civilians = a.actor2 and b.actor2 and acled.is_civilians(a.actor2) and acled.is_civilians(b.actor2)
    return a.actor2 == b.actor2 or bool(both_civilians)


def _fought_suicide_assaults(events: list[Event], lexicon: Lexicon) -> list[Event]:
    """EVENT_SCHEMA: a suicide assault in which the attackers also exchange fire with the guards is
    an armed clash. A suicide bombing told beside a clash at the same named place and day that its
    bomber's side fights ("انتحاري ومسلحون هاجموا مقر الشرطة" and "تدور اشتباكات بين القوات ومسلحي
    داعش") is that assault, told by other sentences: it joins the clash, which keeps its type and sides."""
    result = [e for e in events if e.sub_event_type != SUICIDE_BOMB]
    for bombing in (e for e in events if e.sub_event_type == SUICIDE_BOMB):
        clash = next((i for i, e in enumerate(result) if _fights_beside(e, bombing)), None)
        if clash is None:
            result.append(bombing)
        else:
            result[clash] = _merge(result[clash], bombing, lexicon, specifies=False)
    return result


def _fights_beside(clash: Event, bombing: Event) -> bool:
    """A clash at the bombing's named place and day, with the bomber's side one of its parties."""
    side = bombing.actor1
    return (
        clash.sub_event_type == ARMED_CLASH
        and _named(side)
        and side in (clash.actor1, clash.actor2)
        and _same_day_and_country(clash, bombing)
        and _same_named_place(clash, bombing)
    )


def _same_named_place(kept: Event, new: Event) -> bool:
    """Both name a place, and it is the same (in the text, or in the gazetteer when one of them
    was placed without a name of its own)."""
    if kept.location_ar and new.location_ar:
        return same_place_name(kept.location_ar, new.location_ar)
    return kept.location is not None and kept.location == new.location


def _seat_tellings_joined(events: list[Event], lexicon: Lexicon) -> list[Event]:
    """A headline names the province by its seat ("هجمات انتحارية في كركوك", "قتلى بقصف جنوب
    إدلب") where the body names the town ("في قضاء الدبس", "في بلدة بليون"); a sentence names the
    seat of whoever counted the dead beside the town it happened in ("قصفوا حي دار سعد، حيث أعلن
    مكتب الصحة في عدن عن مقتل 43 مدنيا"). An event told at the seat so, beside one of the same
    sub-type and day at another place of that province, is that occurrence told again, and the
    body's town is where it happened. Not when both state a toll and the tolls differ: the seat
    then has its own occurrence (a bombing in Baghdad killing 19 beside one in a suburb killing 4)."""
    result = list(events)
    for event in events:
        if _at_the_seat(event, lexicon) is not True or _in_a_named_part(event):
            continue
        town = next(
            (
                e
                for e in result
                if e is not event
                and _told_at_the_seat(e, event, lexicon)
                and (_in_the_headline(event) or _counted_in_its_sentence(e, event))
            ),
            None,
        )
        if town is not None:
            result = [e for e in result if e is not event]
            result[result.index(town)] = _merge(town, event, lexicon, places=False)
    return result


def _in_a_named_part(event: Event) -> bool:
    """ "في حي السكري بحلب": a quarter the gazetteer lacks stands at its city, but the act is told
    at a place of its own, not at the seat standing for its province as in "جنوب إدلب"."""
    return (
        event.geo_precision == NEAR
        and event.location_ar is not None
        and not any(same_place_name(event.location_ar, name) for name in _province_names(event))
    )


def _province_names(event: Event) -> tuple[str, ...]:
    return _arabic_province_names().get((event.country, event.admin1), ())


@lru_cache(maxsize=1)
def _arabic_province_names() -> dict[tuple[str, str], tuple[str, ...]]:
    """The Arabic names of each province (its seat's among them), by country and English name."""
    return {
        (row["iso2"], row["admin1_en"]): tuple(n.strip() for n in row["names_ar"].split("|") if n.strip())
        for row in load_tsv("admin1.tsv")
    }


def _in_the_headline(event: Event) -> bool:
    return any(span.field == "title" for span in event.evidence_spans)


def _counted_in_its_sentence(town: Event, seat: Event) -> bool:
    """The seat's telling states the town's own toll in a sentence that tells both, and the seat is
    where the counter sits ("أعلن مكتب الصحة في عدن عن مقتل 43"): two acts would each have their own
    count, and a seat told as the place of an act ("قتل 5 آخرون بتفجير في كركوك") is that act's."""
    return (
        SOURCE_SEAT_RULE in seat.rules
        and seat.fatalities is not None
        and seat.fatalities == town.fatalities
        and _told_in_one_sentence(town, seat)
    )


def _told_at_the_seat(town: Event, seat: Event, lexicon: Lexicon) -> bool:
    """Whether an event at a town tells the occurrence a headline placed at its province's seat."""
    return (
        town.sub_event_type == seat.sub_event_type
        and _same_day_and_country(town, seat)
        and town.admin1 == seat.admin1
        and town.location_ar is not None
        and _at_the_seat(town, lexicon) is False
        and (town.fatalities is None or seat.fatalities is None or town.fatalities == seat.fatalities)
    )


def _at_the_seat(event: Event, lexicon: Lexicon) -> bool | None:
    """Whether the event stands at its province's point, the seat of the province (admin1.tsv gives
    the seat's coordinates); None where that is unknown."""
    province = next(
        (a for a in lexicon.admin1.values() if a.name_en == event.admin1 and a.iso2 == event.country), None
    )
    if province is None or event.latitude is None or event.longitude is None:
        return None
    return km_between(event.latitude, event.longitude, province.latitude, province.longitude) <= SEAT_KM


def _arrests_at_protests(events: list[Event]) -> list[Event]:
    """ACLED: arrests made at a protest are the crowd's intervention (the force that arrests is its
    second actor), not an event of their own. So are arrests at a riot told beside the crowd ("بدأت
    قوى الأمن في توقيف عدد من المتظاهرين"); but arrests told on their own after a riot ("ووصلت قوات
    الأمن إلى هناك مساء نفس اليوم، وقامت بالقبض على ستة أشخاص") are the police's next act, which
    ACLED codes apart: a riot attacks, and what the police do hours later is not its intervention."""
    result: list[Event] = []
    for event in events:
        if event.sub_event_type != ARRESTS:
            result.append(event)
    for arrest in (e for e in events if e.sub_event_type == ARRESTS):
        beside_crowd = BESIDE_CROWD_RULE in arrest.rules
        protest = next(
            (
                i
                for i, e in enumerate(result)
                if e.event_type in CROWD_TYPES
                and (e.event_type == PROTESTS or beside_crowd)
                and _compatible(e, arrest, True)
            ),
            None,
        )
        if protest is None:
            result.append(_rioters_arrested(arrest, result))
            continue
        kept = result[protest]
        result[protest] = replace(
            kept,
            sub_event_type="Protest with intervention"
            if kept.sub_event_type == PEACEFUL_PROTEST
            else kept.sub_event_type,
            actor2=kept.actor2 or arrest.actor1,
            rules=tuple(dict.fromkeys(kept.rules + arrest.rules)),
        )
    return result


def _rioters_arrested(arrest: Event, events: list[Event]) -> Event:
    """The men the police arrest on their own after a mob's attack of that day or the next, told
    with no name or as mere persons ("وقامت بالقبض على ستة أشخاص"), are the mob: ACLED's second
    actor of such arrests is its rioters, not civilians. A riot against the arresting force itself
    (stones thrown at a raid) is no such mob: the men a raid takes are its own target."""
    if arrest.actor2 is not None and not acled.is_civilians(arrest.actor2):
        return arrest
    riot = next((e for e in events if e.sub_event_type == MOB_VIOLENCE and _arrested_after(e, arrest)), None)
    if riot is None or riot.actor1 is None:
        return arrest
    return replace(arrest, actor2=riot.actor1, actor2_ar=None)


def _arrested_after(riot: Event, arrest: Event) -> bool:
    """Arrests made where the mob attacked, that day or the next: arrests of the day before, or in
    another city the same evening (members of a banned group taken in Alexandria while a mob burns
    houses in Minya), are other men's."""
    if riot.date is None or arrest.date is None:
        return False
    return 0 <= (arrest.date - riot.date).days <= 1 and _compatible(riot, arrest, True)


def _article_means(frames: list[Frame], event: Event, lexicon: Lexicon) -> set[str]:
    """The means of remote violence the article names anywhere for the event's author: what its
    weapons imply, and its specific words for a strike (غارة names aircraft as surely as طائرة
    does). A frame another named actor is the author of tells that actor's means: the coalition's
    air strikes in one town are not the means of the Houthis' shelling of another."""
    # an act told to describe an actor ("التحالف الذي شن غارات") is not the means of the article's acts
    own = [f for f in frames if not f.describes_actor and not _by_another_named_actor(f, event)]
    named = _implied_means([name for f in own for name in f.weapons], lexicon)
    told = {f.trigger.sub_event_type for f in own if f.trigger.event_type == REMOTE and not f.trigger.generic}
    return named | told


def _by_another_named_actor(frame: Frame, event: Event) -> bool:
    actor = frame.actor1
    return (
        event.actor1 is not None
        and actor is not None
        and not actor.generic
        and not actor.unidentified
        and actor.name != event.actor1
    )


def _implied_means(weapons: Iterable[str], lexicon: Lexicon) -> set[str]:
    """The sub-types the weapons imply (a drone an air strike, a mortar shelling)."""
    implies = {w.name: w.implies for w in lexicon.weapons.values() if w.implies}
    return {implies[name] for name in weapons if name in implies}


def _by_article_weapon(event: Event, means: set[str], lexicon: Lexicon) -> Event:
    """A strike told only with generic words (استهداف، قصف) takes the means the article names
    elsewhere, when it names one kind only ("طيران التحالف" two sentences on); so does a killing
    told by words that name the harm and not the means (مجزرة، اغتيال): a massacre by air strikes is
    an air strike (ACLED). A killing whose own reports name the means ("اغتالت قياديا" in the lead,
    "الهجوم تم بطائرة مسيرة" later) takes that means before the article's."""
    if event.event_type == REMOTE and told_generically(event, lexicon):
        open_to = {REMOTE}
    elif _means_unsaid(event, lexicon):
        open_to = {event.event_type, REMOTE}
        means = _implied_means(event.weapons, lexicon) or means
    else:
        return event
    implied = {sub_type for sub_type in means if acled.sub_event_types()[sub_type] in open_to}
    rule = "sub_type:article_weapon"
    own = acled.generic_strike_means(event.actor1, event.country) if open_to == {REMOTE} else None
    if own is not None and (not implied or (len(implied) > 1 and own in implied)):
        # no one means named: the author's own in that country (the coalition's قصف, from the air)
        implied, rule = {own}, "sub_type:author_means"
    if len(implied) != 1:
        return event
    (sub_type,) = implied
    if sub_type == event.sub_event_type:
        return event
    return replace(
        event,
        event_type=acled.sub_event_types()[sub_type],
        sub_event_type=sub_type,
        rules=(*event.rules, rule),
    )


@dataclass(frozen=True, slots=True)
class VehicleBombs:
    """What the article says of its vehicle bombs: whether it calls one parked, and the kinds a
    sentence names with a suicide bomber; ``kinds`` are the vehicle bombs of ``weapons.tsv``."""

    parked: bool
    driven: frozenset[str]
    kinds: frozenset[str]


def _vehicle_bombs(frames: list[Frame], lexicon: Lexicon) -> VehicleBombs:
    kinds = lexicon.weapons_of_role(VEHICLE_BOMB_ROLE)
    return VehicleBombs(
        parked=any(PARKED_CAR_BOMB in f.weapons for f in frames),
        driven=frozenset(w for f in frames if SUICIDE_BOMBER in f.weapons for w in f.weapons if w in kinds),
        kinds=kinds,
    )


def _vehicle_bombs_by_driver(events: list[Event], bombs: VehicleBombs) -> list[Event]:
    """ACLED: a vehicle bomb its bomber drove is a suicide bomb, a parked one an IED. The one car
    bombing an article tells was driven when a sentence names its kind of vehicle with a suicide
    bomber (the group's claim names him); a car bomb the article calls parked (مركونة) was not,
    whatever the lead calls the attack."""
    bombings = [e for e in events if bombs.kinds & set(e.weapons) and e.sub_event_type in {SUICIDE_BOMB, IED}]
    if bombs.parked:
        return [_as_bombing(e, IED) if any(e is b for b in bombings) else e for e in events]
    ieds = [e for e in bombings if e.sub_event_type == IED]
    if len(ieds) != 1 or not bombs.driven & set(ieds[0].weapons):
        return events
    return [_as_bombing(e, SUICIDE_BOMB) if e is ieds[0] else e for e in events]


def _as_bombing(event: Event, sub_type: str) -> Event:
    if event.sub_event_type == sub_type:
        return event
    return replace(event, sub_event_type=sub_type, rules=(*event.rules, "sub_type:vehicle_bomb_driver"))


def _assault_with_fire(event: Event, lexicon: Lexicon) -> Event:
    """A suicide or roadside bombing whose reports also tell the attackers firing guns, rockets or
    mortars at their target ("انفجرت بالكمين ثم قامت العناصر بإطلاق القذائف الصاروخية على الكمين"،
    "فجر المسلحون عبوة ناسفة بالدورية ثم فتحوا النار على الجنود") was an assault with fighting: an
    armed clash (EVENT_SCHEMA), not the bombing alone."""
    fired = lexicon.weapons_of_role(FIRED_ROLE)
    if event.sub_event_type not in (SUICIDE_BOMB, IED) or not fired & set(event.weapons):
        return event
    return replace(
        event,
        event_type=acled.sub_event_types()[ARMED_CLASH],
        sub_event_type=ARMED_CLASH,
        rules=(*event.rules, "sub_type:assault_with_fire"),
    )


def _means_unsaid(event: Event, lexicon: Lexicon) -> bool:
    """The words the event was read from tell the harm, not the means (``means_unsaid`` in
    triggers.tsv), or only that it was remote violence (a generic استهداف); no type rule said more,
    nor a weapon that implies no remote means (a killing by gunfire, "اغتيل برصاص", says its means)."""
    if _typed_by_rule(event):
        return False
    if event.weapons and not _implied_means(event.weapons, lexicon):
        return False
    triggers = _event_triggers(event, lexicon)
    unsaid = [t for t in triggers if "means_unsaid" in t.flags]
    # "استهدافه" beside "اغتاله": a generic strike word says remote violence but not which means.
    return bool(unsaid) and all(t in unsaid or (t.generic and t.event_type == REMOTE) for t in triggers)


def _article_agent(frames: list[Frame]) -> tuple[ActorMention, str | None] | None:
    """The armed actor the article names most as the author of what it reports, with its country.
    An author only the article's claim gave (``actor1:claim``) is not named there: a claim of one
    act in Sanaa would otherwise make its claimant the author of every unattributed strike."""
    agents = Counter(
        (f.actor1.name, f.country)
        for f in frames
        if f.actor1 is not None
        and f.actor1.inter in ARMED_INTER
        and not f.actor1.generic
        and CLAIM_RULE not in f.rules
    )
    if not agents:
        return None
    (name, country), _ = agents.most_common(1)[0]
    actor = next(f.actor1 for f in frames if f.actor1 is not None and f.actor1.name == name)
    return actor, country


def _article_parties(frames: list[Frame], lexicon: Lexicon) -> list[str]:
    """The armed actors the article's frames name, the most named first: the sides an event whose
    own sentences name one side fights."""
    named = Counter(
        name
        for f in frames
        for actor in (f.actor1, f.actor2)
        if actor is not None
        and actor.inter in ARMED_INTER
        and (name := actor.resolved_name(_country_name(f.country, lexicon))) is not None
    )
    return [name for name, _ in named.most_common()]


def _article_alliances(frames: list[Frame], lexicon: Lexicon) -> dict[str, set[str]]:
    """The forces each actor takes ground beside, as the article's frames tell them ("سيطرت القوات
    الموالية لهادي وقوات المقاومة الشعبية على"): never its opponent where an event's own sentences
    name none."""
    allied: dict[str, set[str]] = {}
    for frame in frames:
        country = _country_name(frame.country, lexicon)
        author = frame.actor1.resolved_name(country) if frame.actor1 is not None else None
        for associate in frame.associates:
            name = associate.resolved_name(country)
            if author is not None and name is not None and name != author:
                allied.setdefault(author, set()).add(name)
                allied.setdefault(name, set()).add(author)
    return allied


def _headline_authors(frames: list[Frame]) -> dict[str, ActorMention]:
    """The armed group a headline tells as the author of its act, by sub-type: the act's subject
    or the group right after it ("هجمات انتحارية لداعش في كركوك"، "«داعش» تفجر في غزة 6 سيارات");
    not a group only named near it ("نقلوه لمناطق سيطرة داعش")."""
    return {
        f.sub_event_type: f.actor1
        for f in reversed(frames)
        if f.text.field == "title"
        and f.actor1 is not None
        and f.actor1.named_armed_group
        and HEADLINE_AUTHOR_RULES & set(f.rules)
    }


def _by_headline_author(event: Event, authors: dict[str, ActorMention]) -> Event:
    """A bombing or attack the body tells with unnamed attackers ("ثلاثة انتحاريين هاجموا المحطة")
    is the group's that the headline says carried out such acts."""
    author = authors.get(event.sub_event_type)
    if author is None or event.sub_event_type not in UNATTRIBUTED_GROUP_SUB_TYPES:
        return event
    if event.actor1 is not None and not acled.is_unidentified(event.actor1):
        return event
    return replace(event, actor1=author.name, actor1_ar=None, rules=(*event.rules, "actor1:headline_author"))


def _agent_acts(
    frames: list[Frame], agent: tuple[ActorMention, str | None] | None, lexicon: Lexicon
) -> frozenset[tuple[str, str | None]]:
    """The event types of the acts the article's main agent is told as the author of, and the
    province of each: None where its sentence names no place and tells no act told before ("قال
    التنظيم إنه خطف ثلاثة"), the article's own place where it refers back ("هذا التفجير الذي تبناه
    التنظيم" is one the article told, not any). A dateline's city is where a report was written,
    not a place the agent acted in."""
    if agent is None:
        return frozenset()
    return frozenset(
        (
            acled.sub_event_types()[f.sub_event_type],
            _admin1_name(f, lexicon) if f.place or _refers_back(f) else None,
        )
        for f in frames
        if f.actor1 is not None and f.actor1.name == agent[0].name
    )


def _with_agent(
    event: Event, agent: tuple[ActorMention, str | None] | None, acts: frozenset[tuple[str, str | None]]
) -> Event:
    """An air strike, shelling or clash whose sentences name no author is the article's main agent's
    (a report that says "the Syrian aircraft" once and "the strikes" after): the sides of a war
    fight across its provinces."""
    if agent is None or event.actor1 is not None:
        return event
    actor, country = agent
    # A bombing or attack with no author named that the article tells beside the group's own acts
    # of its kind, there, is the group's; ACLED leaves any other unidentified.
    group_act = (
        actor.named_armed_group
        and event.sub_event_type in UNATTRIBUTED_GROUP_SUB_TYPES
        and _agent_told_there(event, acts)
    )
    if event.sub_event_type not in AGENT_FILLED_SUB_TYPES and not group_act:
        return event
    if country is not None and event.country not in (None, country):
        return event
    return replace(event, actor1=actor.name, rules=(*event.rules, "actor1:article_agent"))


def _agent_told_there(event: Event, acts: frozenset[tuple[str, str | None]]) -> bool:
    """Whether the main agent's acts (``_agent_acts``) include one of the event's type in its
    province, or one told with no place; an event with no province is anywhere."""
    if event.admin1 is None:
        return any(t == event.event_type for t, _ in acts)
    return (event.event_type, event.admin1) in acts or (event.event_type, None) in acts


def _by_means_of_its_author(event: Event, frames: list[Frame], lexicon: Lexicon) -> Event:
    """Who can have made the strike. An air strike is flown by a state's or a coalition's aircraft
    (``acled.flies_aircraft``) or by anyone's drones; a suicide bomber is never a state's. An event
    read with an author that has no such means is a misreading of one of its two halves."""
    if event.sub_event_type == SUICIDE_BOMB:
        return _bomber_of_the_suicide_bombing(event, lexicon)
    author = event.actor1
    if event.sub_event_type != AIR_STRIKE or author is None or not _grounded(author):
        return event
    if lexicon.weapons_of_role(UNMANNED_ROLE) & set(event.weapons):
        return event
    reports = [f for f in frames if set(f.evidence) <= set(event.evidence_spans)]
    authors = [f for f in reports if _resolved(f.actor1, f, lexicon) == author]
    if any(_raids(f, lexicon) for f in authors):
        return event
    fliers = [f for f in reports if _flies(_resolved(f.actor1, f, lexicon))]
    if _author_shelled(event, authors, fliers, lexicon):
        return replace(
            event, sub_event_type=SHELLING, rules=(*event.rules, "sub_type:author_has_no_aircraft")
        )
    return _flown_by_its_air_force(event, fliers, lexicon)


def _author_shelled(event: Event, authors: list[Frame], fliers: list[Frame], lexicon: Lexicon) -> bool:
    """Where the author's own reports tell its act in words of shelling with no aircraft ("قصف
    مسلحي الحوثي لأحياء سكنية", the coalition's aircraft told in other sentences), the means came
    from elsewhere: the author shelled. Unless the reports of an air force count the event's dead
    and the author's shelling does not: the toll is the air strike's ("قتل ثمانية مدنيين في قصف
    لطائرات النظام" beside "المحاصر من قبل داعش لقصف بالصواريخ")."""
    shelling = [f for f in authors if _shells(f, lexicon)]

    def counts(f: Frame) -> bool:
        return event.fatalities is not None and f.fatalities == event.fatalities

    return bool(shelling) and (not any(map(counts, fliers)) or any(map(counts, shelling)))


def _flown_by_its_air_force(event: Event, fliers: list[Frame], lexicon: Lexicon) -> Event:
    """The author was read beside aircraft it does not own, as their target or their ally
    ("واستهدف الطيران موقعا للحوثيين"، "هجوم قوات الأسد وحزب الله وسط قصف جوي"): the strike is the
    air force's that its reports name, else the one its country's war has (``acled.default_actor1``:
    the coalition in Yemen), and the actor read first is what it struck, unless an armed side was read
    as that."""
    country = _country_name(event.country, lexicon)
    named = [event.actor2, *(_resolved(f.actor1, f, lexicon) for f in fliers)]
    air_force = next((a for a in named if _flies(a)), None)
    if air_force is None and country is not None:
        default = acled.default_actor1(AIR_STRIKE, event.country or "", event.date)
        air_force = default.format(country=country) if default else None
    if air_force is None:
        return event
    struck = event.actor2 not in (None, air_force) and lexicon.inter_code(event.actor2 or "") in ARMED_INTER
    target = event.actor2 if struck else event.actor1
    words = {event.actor1: event.actor1_ar, event.actor2: event.actor2_ar}
    return replace(
        event,
        actor1=air_force,
        actor1_ar=words.get(air_force),
        actor2=target,
        actor2_ar=words.get(target),
        rules=(*event.rules, AIR_FORCE_RULE),
    )


def _raids(frame: Frame, lexicon: Lexicon) -> bool:
    """The author is the subject of an air-strike word and no aircraft is named: a ground raid
    ("أغارت بوكو حرام على القرية"), the author's own act."""
    return (
        frame.trigger.sub_event_type == AIR_STRIKE
        and SUBJECT_RULE in frame.rules
        and AIR_STRIKE not in _implied_means(frame.weapons, lexicon)
    )


def _flies(actor: str | None) -> bool:
    return actor is not None and acled.flies_aircraft(actor)


def _bomber_of_the_suicide_bombing(event: Event, lexicon: Lexicon) -> Event:
    """No state's or coalition's force sends suicide bombers: one read as the bomber beside an armed
    group ("الجيش التشادي ... ضد جماعة بوكو حرام التي كثفت من هجماتها الانتحارية") was what the
    group's bombing struck, or fought it."""
    author, other = event.actor1, event.actor2
    if author is None or other is None or lexicon.inter_code(other) not in NON_STATE_ARMED_INTER:
        return event
    if lexicon.inter_code(author) != STATE_INTER and not acled.flies_aircraft(author):
        return event
    return _sides_swapped(event, "actor1:suicide_bomber")


def _sides_swapped(event: Event, rule: str) -> Event:
    return replace(
        event,
        actor1=event.actor2,
        actor1_ar=event.actor2_ar,
        actor2=event.actor1,
        actor2_ar=event.actor1_ar,
        rules=(*event.rules, rule),
    )


def _grounded(actor: str) -> bool:
    """A named actor with no aircraft of its own (an unidentified group stands for whoever flew)."""
    return not acled.flies_aircraft(actor) and not acled.is_unidentified(actor)


def _resolved(actor: ActorMention | None, frame: Frame, lexicon: Lexicon) -> str | None:
    return actor.resolved_name(_country_name(frame.country, lexicon)) if actor is not None else None


def _shells(frame: Frame, lexicon: Lexicon) -> bool:
    """A report told in words of shelling (قصف، صواريخ، هاون) whose sentence names no aircraft."""
    return frame.trigger.sub_event_type == SHELLING and AIR_STRIKE not in _implied_means(
        frame.weapons, lexicon
    )


def _regained_by_the_state(event: Event, lexicon: Lexicon) -> Event:
    """The state regains territory: a report that told the fight before it ("بعد معارك عنيفة أمام
    قوات الدعم السريع") may have set the state force second; the sub-type names it first. The
    volunteers who fight beside the state regain ground for it themselves ("سيطرت المقاومة الشعبية على
    مبنى المخابرات": the building's force is no taker)."""
    if event.sub_event_type != GOVERNMENT_REGAINS or event.actor1 is None or event.actor2 is None:
        return event
    if lexicon.inter_code(event.actor1) == STATE_INTER or lexicon.inter_code(event.actor2) != STATE_INTER:
        return event
    if _fights_beside_the_state(event.actor1, lexicon):
        return event
    return _sides_swapped(event, "actor1:state_regains")


def _fights_beside_the_state(actor: str, lexicon: Lexicon) -> bool:
    """An armed group the lexicon marks as the state's affiliate ("Popular Resistance ({country})")."""
    entry = lexicon.actor_named(actor)
    return entry is not None and entry.state_affiliate


def _default_actors(event: Event, lexicon: Lexicon, parties: list[str], allied: dict[str, set[str]]) -> Event:
    """ACLED's placeholders, once every report of the event has had its say: an unclaimed bombing
    or attack is an unidentified armed group's, an air strike nobody claims the one air force of
    its country's war (``acled.default_actor1``), and those killed by it are civilians. No actor
    stands against itself or its own state's other force, which merging two reports, or unnamed
    attackers read as both sides ("خطف مسلحون مجهولون …"), can otherwise produce: the target is
    then unnamed. Nor is a second actor kept that the sub-type never has (``_may_be_actor2``). A
    sub-type that always has a second actor takes ACLED's default (the police for a protest met by
    a force), else the article's other party (``parties``) that does not take ground beside actor1
    (``allied``), else ACLED's fallback (an unidentified group's drone shot down)."""
    country = _country_name(event.country, lexicon)
    actor1, actor2, actor1_ar = event.actor1, event.actor2, event.actor1_ar
    acted_upon = _acted_upon(event, lexicon)
    if acted_upon and event.sub_event_type == ARRESTS and AGENT_MARKER_RULE in event.rules:
        # A group or crowd a word names as the author ("اعتقالات تقوم بها جماعة الحوثي"، "على يد
        # متظاهرين") made the arrests: no state's police did.
        event = _arrests_by_a_group(event)
        actor1, actor1_ar = event.actor1, event.actor1_ar
    elif acted_upon:
        # "القبض على عناصر من داعش"، "إحباط هجوم لداعش": who is named is who was arrested or stopped.
        # A group a word names as the author of what was stopped was not the one stopped.
        arrested = actor2 if AGENT_MARKER_RULE in event.rules else actor2 or actor1
        actor1, actor2, actor1_ar = None, arrested, None
    if country is not None and actor1 is None and _unattributed(event.sub_event_type, actor2, event.rules):
        actor1 = UNIDENTIFIED.format(country=country)
    if country is not None and actor1 is None and event.sub_event_type in STATE_ACTS:
        actor1 = STATE_ACTS[event.sub_event_type].format(country=country)
    rules = event.rules
    if country is not None and actor1 is None:
        # "غارة جوية استهدفت" with no author: in Gaza, Israel's; in Yemen, the coalition's.
        default = acled.default_actor1(event.sub_event_type, event.country, event.date)
        actor1 = default.format(country=country) if default else None
        rules = (*rules, COUNTRY_DEFAULT_RULE) if default else rules
    if country is not None and actor1 == UNIDENTIFIED.format(country=country):
        actor1 = _unidentified_attackers(event.country, country)
    if actor2 is not None and (
        _same_side(actor1, actor2) or not _may_be_actor2(actor2, event.sub_event_type, lexicon)
    ):
        actor2 = None
    if country is not None and actor1 is not None and actor2 is None:
        foes = [p for p in parties if p not in allied.get(actor1, set())]
        actor2 = _opponent(actor1, event.sub_event_type, foes, country)
    fallback = acled.fallback_actor2(event.sub_event_type)
    if country is not None and actor1 is not None and actor2 is None and fallback is not None:
        # "اعتراض طائرة مسيرة" whose owner nobody names: ACLED's unidentified group. A takeover
        # with no taker named gets no loser guessed either.
        actor2 = _fallback_foe(actor1, fallback.format(country=country), lexicon)
        rules = (*rules, ACTOR2_FALLBACK_RULE) if actor2 else rules
    if country is not None and actor2 is None and _civilians_suffered(event):
        actor2 = CIVILIANS.format(country=country)
    words = {event.actor2: event.actor2_ar, event.actor1: event.actor1_ar}  # the text each name was read from
    return replace(
        event, actor1=actor1, actor1_ar=actor1_ar, actor2=actor2, actor2_ar=words.get(actor2), rules=rules
    )


def _arrests_by_a_group(event: Event) -> Event:
    """Arrests a word names a group, a crowd or civilians as making (``ACTED_UPON_INTER``): its
    police's where an armed group governs the ground (the Houthis' as the Supreme Political
    Council's), else the author's own abductions ("اعتقالات تقوم بها عناصر داعش": the Islamic
    State's; "احتجاز صحفيين على يد متظاهرين": the rioters'), as ACLED codes them
    (``acled.police_of``); the text names who held them, so no state's police is put in."""
    police = acled.police_of(event.actor1)
    if police is not None:
        return replace(event, actor1=police, actor1_ar=None)
    sub_type = acled.arrests_by_armed_groups()
    return replace(event, event_type=acled.sub_event_types()[sub_type], sub_event_type=sub_type)


def _fallback_foe(actor1: str, fallback: str, lexicon: Lexicon) -> str | None:
    """ACLED's fallback second actor, unless it sets a side against itself or a state: the state's
    army loses a town to a group that fights for no state (rebels, the Islamic State). A state's
    force, a unit of it (the Popular Mobilization Forces), a foreign army (Turkey's in Syria) or
    the volunteers who fight beside the state take ground from someone the report does not name."""
    if acled.is_state_forces(fallback) and _fights_for_a_state(actor1, lexicon):
        return None
    return None if _same_side(actor1, fallback) else fallback


def _fights_for_a_state(actor: str, lexicon: Lexicon) -> bool:
    state = lexicon.inter_code(actor) == STATE_INTER or acled.is_state_forces(actor)
    return state or _fights_beside_the_state(actor, lexicon)


def _unattributed(sub_event_type: str | None, actor2: str | None, rules: tuple[str, ...]) -> bool:
    """An act whose author ACLED leaves unidentified when nobody names one: a bombing or attack, or
    a clash that names only the side attacked ("هجوم استهدف معسكرا للجيش": the army fought men
    nobody names) or is told armed ("هجوم مسلح على حاجز": armed men attacked)."""
    return sub_event_type in UNATTRIBUTED_GROUP_SUB_TYPES or (
        sub_event_type == ARMED_CLASH and (actor2 is not None or ARMED_ACT_RULE in rules)
    )


def _unidentified_attackers(iso2: str | None, country: str) -> str:
    """ACLED's unidentified group of an act in a country: of that country, except where ACLED names
    the assailants after another ("طعن مهاجم مستوطنا في بيسان": in Israel, Palestinian)."""
    return UNIDENTIFIED.format(country=acled.unidentified_attackers_from(iso2) or country)


def _same_side(actor1: str | None, actor2: str) -> bool:
    """The same actor under any of its established names ("التحالف السعودي" beside the coalition),
    or one state's army and police. A qualified name may be a unit of that state's forces or a
    rival government's ("Military Forces of Libya (2014-) Haftar Faction"), so it is the same side
    only when named alike."""
    if actor1 is None:
        return False
    return synonymous(actor1, actor2) or (
        "(" not in actor1 + actor2 and acled.same_state_forces(actor1, actor2)
    )


def _opponent(actor1: str, sub_event_type: str, parties: list[str], country: str) -> str | None:
    """The second actor of a sub-type that always has one (a clash, a town taken), when its own
    sentences named none: ACLED's default for the sub-type, else the article's most named armed
    party on the other side."""
    if not acled.always_has_actor2(sub_event_type):
        return None
    default = acled.default_actor2(sub_event_type)
    if default is not None:
        return default.format(country=country)
    return next((p for p in parties if not _same_side(actor1, p)), None)


def _acted_upon(event: Event, lexicon: Lexicon) -> bool:
    """A group, crowd or civilians read as the author of an act only states make (arrests: 21 of 22
    by states in ACLED's 2020 sample, the other by an external force, all 9 in rasd's gold;
    interceptions: all 6 in the gold): "اعتقال عناصر من داعش"، "اعتقال عدد من المحتجين"."""
    return (
        event.sub_event_type in STATE_ACTS
        and event.actor1 is not None
        and lexicon.inter_code(event.actor1) in ACTED_UPON_INTER
    )


def _may_be_actor2(actor: str, sub_event_type: str, lexicon: Lexicon) -> bool:
    """ACLED's second actors by sub-type: a peaceful protest has none, civilians are never a side
    of a clash, a takeover or an intervention at a protest (the people of the town a front passed
    through are read beside it, not fought), and no force or armed group is the target of an
    attack on civilians or an abduction (who is read so struck beside the attacker or stood by:
    the civilians were its victims)."""
    if not acled.takes_actor2(sub_event_type):
        return False
    if acled.targets_only_the_unarmed(sub_event_type):
        return lexicon.inter_code(actor) not in ARMED_INTER
    return acled.may_target_civilians(sub_event_type) or not acled.is_civilians(actor)


def _civilians_suffered(event: Event) -> bool:
    """Those killed by a bombing or an attack on civilians, and the unnamed victims of an
    abduction, a killing or looting (ACLED's rows of these name civilians nearly always)."""
    if event.fatalities and event.event_type in STRIKING_TYPES:
        return True
    return (
        event.event_type == "Violence against civilians" or event.sub_event_type in CIVILIAN_TARGET_SUB_TYPES
    )


def _lethal_force_on_protesters(event: Event) -> Event:
    """ACLED: protesters killed by the force that met them is excessive force, not an intervention."""
    if event.event_type == "Protests" and event.fatalities:
        return replace(event, sub_event_type="Excessive force against protesters")
    return event


def _refers_back(frame: Frame) -> bool:
    """Whether a frame speaks of an occurrence the article has already told: its word refers back,
    unless the sentence tells it as a separate incident ("وفي حادث آخر، هاجم مسلحون…"، "قصف مماثل"):
    then it joins only an event of its own place, as a specific word does."""
    return _referring_word(frame) and SEPARATE_RULE not in frame.rules


def _referring_word(frame: Frame) -> bool:
    """ "الهجوم"، "التفجير"، "الغارة": a definite noun, or a generic trigger, speaks of an occurrence
    the article has already told; so does a sentence that places it in scattered places."""
    generic = frame.trigger.generic or frame.trigger.weak
    return _definite_noun(frame) or _unpaired(frame) or generic or _scattered(frame)


def _scattered(frame: Frame) -> bool:
    """ "خرجت مظاهرات في مناطق متفرقة شرقي دير الزور": a place told as many unnamed ones sums up
    the occurrences the article tells place by place; it is no place of an occurrence of its own."""
    if frame.place is None:
        return False
    start = frame.place.first_token
    analyses = frame.text.analyses[max(0, start - SCATTERED_REACH) : start]
    scattered = word_list("scattered")
    return any(stem in scattered or stem + suffix in scattered for _, stem, suffix in analyses)


def _definite_noun(frame: Frame) -> bool:
    return frame.trigger.kind == "noun" and is_definite(
        frame.text.analyses[frame.trigger_mention.first_token]
    )


def _states_its_date(frame: Frame) -> bool:
    """A verb with its own time expression ("قصفت أمس الثلاثاء") dates what it tells, even when
    the verb is too weak to start an event of its own."""
    return frame.trigger.kind != "noun" and _own_day(frame)


def _own_day(frame: Frame) -> bool:
    """The frame is dated by a time expression of its own sentence or the lead's, not by the
    publication default nor by the act a quote follows ("وقال مصدر …" takes that day, but a weak
    verb in it states none)."""
    return DEFAULT_DATE_RULE not in frame.rules and QUOTED_ON_DATE_RULE not in frame.rules


def _first_telling(frame: Frame) -> bool:
    """An indefinite noun ("بمقتل 10 جراء قصف … أمس السبت") in a sentence that reports the occurrence
    tells it afresh, not back: the day its sentence names dates it like a verb's would (a month
    named in a recap does not)."""
    stated_day = _own_day(frame) and frame.time_precision == DAY
    return frame.trigger.kind == "noun" and not _definite_noun(frame) and stated_day and not vetoed(frame)


def _unpaired(frame: Frame) -> bool:
    """ "مواجهات" with nobody named: a word for fighting that says nothing of who fought."""
    return _flagged_without_sides(frame, "needs_actor_pair")


def _figurative_alone(frame: Frame) -> bool:
    """A word for fighting that speech also uses as a figure (flag ``also_figurative``: معركة،
    مواجهة) with no side named and no dead: a debate or a challenge, not a battle ("سقط عشرة قتلى
    في معركة دامية" is one)."""
    return _flagged_without_sides(frame, "also_figurative") and frame.fatalities is None


def _flagged_without_sides(frame: Frame, flag: str) -> bool:
    return flag in frame.trigger.flags and frame.actor1 is None and frame.actor2 is None


def _story_told(events: list[Event], new: Event, frame: Frame, candidates: list[int]) -> int | None:
    """The event a referring frame speaks of (among ``candidates``): the first of its story in the
    same province, else the first of its story at all, unless the frame names a place in another
    province (after a strike near Aleppo, "the massacre in Idlib's market" is a story of its own)."""
    told = [i for i in candidates if _same_story(events[i], new, frame)]
    same_province = [i for i in told if not _other_province(events[i], new)]
    if same_province:
        return same_province[0]
    return None if not told or new.location_ar is not None else told[0]


def _one_of_several(kept: Event, new: Event, frame: Frame) -> bool:
    """ "استشهاد 33 جنديا خلال هجومين" … "مسلحون فتحوا النار … في مدينة العريش ما أسفر عن استشهاد
    الجنود الثلاثة": where the article tells more than one act, a report that is no definite noun, at
    a town of its own, is one of them, not the story's first act told again. A toll of its own is not
    needed: a roundup's strikes often leave one town's dead uncounted ("غارات على مناطق متفرقة" …
    "وقصف الجيش مدرسة في بلدة بيت لاهيا")."""
    return (
        frame.several_acts
        and not _definite_noun(frame)
        and new.geo_precision == 1
        and None not in (kept.location_ar, new.location_ar)
        and not _compatible(kept, new, True)
    )


def _other_province(kept: Event, new: Event) -> bool:
    return kept.admin1 is not None and new.admin1 is not None and kept.admin1 != new.admin1


def _same_story(kept: Event, new: Event, frame: Frame) -> bool:
    """A referring frame joins the first event of its family (any family when generic, unless the
    word names its means) told for the same day, wherever its own sentence places it."""
    family_ok = (
        (
            _speaks_of_any_family(frame.trigger)
            and (_definite_noun(frame) or _aimed(frame) or not _typed_by_rule(new))
        )
        or frame.trigger.weak
        or _unpaired(frame)
        or _same_family(kept, new)
    )
    return family_ok and (_same_day_and_country(kept, new) or _told_again_there(kept, new, frame))


def _told_again_there(kept: Event, new: Event, frame: Frame) -> bool:
    """ "الاشتباكات تفجرت قبل أربعة أيام في سبها" beside "قتل 29 في الاشتباكات" dated by the lead's
    "أمس": a definite noun of the story's own sub-type at the story's own named place speaks of that
    fighting, though one of the two is dated only by the day the lead reports it on. A day each
    sentence states for itself ("استأنف الجيش المعارك الأحد" before a takeover on Tuesday) is a
    day of fighting of its own."""
    return (
        _definite_noun(frame)
        and kept.sub_event_type == new.sub_event_type
        and (LEAD_DATE_RULE in kept.rules) != (LEAD_DATE_RULE in new.rules)
        and bool(kept.location_ar and new.location_ar)
        and same_place_name(kept.location_ar, new.location_ar)
        and _same_country(kept, new)
    )


def _aimed(frame: Frame) -> bool:
    """ "عقب هجوم استهدف حافلة": an act noun whose aim its verb tells speaks of the act the article
    reports, whatever a type rule made of its target (the air strike on the bus told again)."""
    return AIMED_RULE in frame.rules


def _typed_by_rule(event: Event) -> bool:
    """A type rule read the sentence and its actors ("استشهد شاب برصاص الاحتلال": a generic word for
    gunfire on a civilian is an attack): unless a definite noun points back ("في الهجوم الذي نفذه
    المستوطنون"), the frame tells that occurrence, not any the article told."""
    return any(rule.startswith(TYPE_RULE_PREFIX) for rule in event.rules)


def _speaks_of_any_family(trigger: Trigger) -> bool:
    """ "الهجوم"، "الاستهداف" may speak of any occurrence the article told; "القصف"، "الانفجار" still
    name their means (flag ``own_family``): shelling the article reports beside a clash, or a blast
    beside a riot, is an occurrence of its own, not the clash told again."""
    return trigger.generic and "own_family" not in trigger.flags


def _same_day_and_country(kept: Event, new: Event) -> bool:
    """Dates at most a day apart (a later report's "أمس") and no two different countries."""
    if kept.date and new.date and abs((kept.date - new.date).days) > 1:
        return False
    return _same_country(kept, new)


def _same_country(kept: Event, new: Event) -> bool:
    """No two different countries (a report that names none agrees with any)."""
    return not (kept.country and new.country and kept.country != new.country)


def _same_family(kept: Event, new: Event) -> bool:
    """Of one family: the same type (protests and riots one crowd), or both a change of who holds a
    place, which a report may tell as a takeover and again as the withdrawal that let it happen
    ("سيطر التنظيم على المدينة بعد انسحاب القوات")."""
    territory = {kept.sub_event_type, new.sub_event_type} <= TERRITORY_CHANGES
    return territory or _family(kept.event_type) == _family(new.event_type)


def _family(event_type: str) -> str:
    return "crowd" if event_type in CROWD_TYPES else event_type


def _compatible(kept: Event, new: Event, new_is_generic: bool) -> bool:
    if not new_is_generic and not _same_family(kept, new):
        return False
    if not _same_day_and_country(kept, new):
        return False
    if kept.geo_precision == PROVINCE or new.geo_precision == PROVINCE:
        # Only a province on one side: the same province (or none said) is the same place.
        return kept.admin1 is None or new.admin1 is None or kept.admin1 == new.admin1
    both_named = bool(kept.location_ar and new.location_ar)
    if both_named and same_place_name(kept.location_ar, new.location_ar):
        return True
    if not both_named:
        # One side names no place of its own (it stands at the city the article is mostly about):
        # the same province, or none said, is the same place.
        return kept.admin1 is None or new.admin1 is None or kept.admin1 == new.admin1
    return _one_spot(kept, new)


def _one_spot(kept: Event, new: Event) -> bool:
    """Two different names are one place only when both point at one spot (a square and its city,
    "حي الشيخ رضوان" placed at غزة); otherwise a place nearby is a different village."""
    if None in (kept.latitude, kept.longitude, new.latitude, new.longitude):
        return False
    return km_between(kept.latitude, kept.longitude, new.latitude, new.longitude) <= SAME_SPOT_KM


def same_place_name(a: str, b: str) -> bool:
    """Two Arabic place names read the same (same stems after normalization and clitics)."""
    stems_a, stems_b = _name_stems(a), _name_stems(b)
    return stems_a is not None and stems_b is not None and stems_a == stems_b


@lru_cache(maxsize=4096)
def _name_stems(name: str) -> tuple[str, ...] | None:
    """A place name's stems: the same few names are compared again and again (each pair of events
    of an article, then of a run), and analysing one costs as much as a short sentence."""
    key = phrase_key(name)
    return None if key is None else key.stems


def told_generically(event: Event, lexicon: Lexicon) -> bool:
    """The event's type is only a generic trigger's default (هجوم → armed clash): no weapon, and no
    type rule reading the sentence and its actors, said more."""
    if any(rule.startswith(("weapon:", TYPE_RULE_PREFIX)) for rule in event.rules):
        return False
    triggers = _event_triggers(event, lexicon)
    return bool(triggers) and all(t.generic for t in triggers)


def _event_triggers(event: Event, lexicon: Lexicon) -> list[Trigger]:
    return [lexicon.triggers[r.removeprefix("trigger:")] for r in event.rules if r.startswith("trigger:")]


def _weak_takeover(frame: Frame) -> bool:
    """A weak territory word (a raid: اقتحام، دخل) tells no takeover of the fight it joins: the
    raid that met armed resistance is the clash (ACLED codes a raid by its fighting)."""
    return frame.trigger.weak and frame.sub_event_type in TERRITORY_SUB_TYPES


def _more_specific(new: Event, kept: Event) -> bool:
    """Within one family a more specific sub-type wins (a peaceful march that turned violent)."""
    return _family(new.event_type) == _family(kept.event_type) and acled.specificity(
        new.sub_event_type
    ) < acled.specificity(kept.sub_event_type)


def _hurt_people(new: Event, kept: Event) -> bool:
    """Property destroyed is looting/property destruction only while nobody is hurt: a report of the
    same occurrence that counts its dead makes it the attack it was (ACLED)."""
    return (
        kept.sub_event_type == PROPERTY_DESTRUCTION
        and new.fatalities is not None
        and acled.counts_fatalities(new.sub_event_type)
    )


def _merge(
    kept: Event,
    new: Event,
    lexicon: Lexicon,
    takes_date: bool = True,
    retypes: bool = False,
    specifies: bool = True,
    places: bool = True,
) -> Event:
    """Fill what the kept event lacks. The toll is the one the first specific report gives (a lead
    states the toll; later sentences give parts of it or other counts). A referring mention ("the
    attack") gives no date: its sentence may be about something earlier. A report that may not
    ``specify`` adds details but leaves the type; one that may not ``place`` it leaves its place."""
    place = new if places and _places_it_better(kept, new) else kept
    more_specific = specifies and _more_specific(new, kept)
    typed = (
        new if retypes or more_specific or _hurt_people(new, kept) or _names_the_taker(kept, new) else kept
    )
    dated = _dating(kept, new, takes_date)
    author = new if _names_the_unnamed(kept, new, lexicon) else kept
    tolled = new if _counts_the_dead_better(kept, new) else kept
    targeted = (
        new if kept.actor2 is None or _names_the_target(kept, new) or _names_the_dead(kept, new) else kept
    )
    actor1 = typed.actor1 if typed.event_type in CROWD_TYPES else author.actor1 or _taker_told(typed, new)
    return replace(
        kept,
        event_type=typed.event_type,
        sub_event_type=typed.sub_event_type,
        actor1=actor1,
        actor1_ar=_words_of(actor1, ((e.actor1, e.actor1_ar) for e in (author, new, typed))),
        actor2=targeted.actor2,
        actor2_ar=_words_of(targeted.actor2, ((e.actor2, e.actor2_ar) for e in (targeted, new))),
        country=kept.country or new.country,
        admin1=place.admin1 or kept.admin1 or new.admin1,
        location=place.location,
        location_ar=place.location_ar,
        geonameid=place.geonameid,
        date=dated.date,
        time_precision=dated.time_precision,
        confidence=max(kept.confidence or 0, new.confidence or 0),
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=place.geo_precision if place.geo_precision is not None else kept.geo_precision,
        fatalities=tolled.fatalities,
        weapons=tuple(dict.fromkeys(kept.weapons + new.weapons)),
        claimed_by=kept.claimed_by or new.claimed_by,
        evidence=_joined_evidence(kept, new),
        evidence_spans=tuple(dict.fromkeys(kept.evidence_spans + new.evidence_spans)),
        rules=_merged_rules(kept, new, dated, tolled, targeted),
    )


def _joined_evidence(kept: Event, new: Event) -> str:
    """Both events' sentences, each once: a report joined before already carries its sentences,
    and a third report of the same sentence must not repeat them."""
    pieces = (piece for e in (kept, new) if e.evidence for piece in e.evidence.split(EVIDENCE_JOINER))
    return EVIDENCE_JOINER.join(dict.fromkeys(pieces))


def _taker_told(typed: Event, new: Event) -> str | None:
    """The author a joining report gives an event that names none. A takeover's taker is told only
    by a report of the takeover: the fight around it ("وتمت السيطرة على الحي" … "تتصدى القوات
    لجيوب الحوثيين فيه") names both sides, and its author may be the side that lost the ground."""
    if typed.sub_event_type in TERRITORY_SUB_TYPES and new.sub_event_type not in TERRITORY_SUB_TYPES:
        return None
    return new.actor1


def _words_of(actor: str | None, told: Iterable[tuple[str | None, str | None]]) -> str | None:
    """The words a report read the merged event's actor from: only a report that names that actor
    (civilians defaulted from a toll have no words, and a force another report names is not them)."""
    return next((words for name, words in told if words and name == actor), None)


def _names_the_target(kept: Event, new: Event) -> bool:
    """The kept event's second actor is only the civilians of a site struck, and the new report
    names who was struck ("انفجار عبوة أمام مسجد" … "استهدفت العبوة دورية للشرطة"); not the author
    again, whom a report that leaves it unnamed may read as the target ("قذائف أرسلتها ميليشيات
    الحوثي"). Dead counted at the site are its civilians, as ACLED codes them: a party a later
    sentence names there ("محادثات بين الحكومة وحركة طالبان") does not replace them."""
    if CIVILIAN_SITE_RULE not in kept.rules or CIVILIAN_SITE_RULE in new.rules or kept.fatalities:
        return False
    return new.actor2 is not None and new.actor2 not in (kept.actor1, new.actor1)


def _names_the_dead(kept: Event, new: Event) -> bool:
    """The kept event's second actor is only the civilians a toll defaulted to (a headline
    "استشهاد الرقيب فلان بعد إصابته بمقذوف" names no force), and the new report names the same one
    dead man with the force he served in ("… من منسوبي الحرس الوطني"): the dead was its man. A
    count of dead names no one ("ارتفعت حصيلة ضحاياه إلى 32 قتيلا"), and a force told beside it
    may be another act's ("الشرطة تعرفت على هوية مشتبه به")."""
    if kept.actor2_ar is not None or new.actor2_ar is None or NAMED_ONE_RULE not in new.rules:
        return False
    same_dead = new.fatalities == kept.fatalities
    return same_dead and acled.is_civilians(kept.actor2) and acled.is_state_forces(new.actor2)


def _names_the_taker(kept: Event, new: Event) -> bool:
    """ "بعد أن سيطرت على اللواء الخامس عشر" … "أحكمت القوات الموالية للشرعية سيطرتها على المدينة":
    a takeover told first without its taker was typed as no state's (``territory_sub_type``); the
    report that names the taker says whether the state regained the ground or another took it."""
    return (
        kept.sub_event_type in TERRITORY_SUB_TYPES
        and new.sub_event_type in TERRITORY_SUB_TYPES
        and kept.actor1 is None
        and new.actor1 is not None
    )


def _names_the_unnamed(kept: Event, new: Event, lexicon: Lexicon) -> bool:
    """A report of the occurrence names the armed group whose men another told unnamed ("تفجير
    انتحاري" … "انتحاري ينتمي إلى تنظيم أنصار بيت المقدس"): the placeholder stands only where the
    text names no one."""
    return (
        kept.actor1 is not None
        and acled.is_unidentified(kept.actor1)
        and new.actor1 is not None
        and lexicon.inter_code(new.actor1) in NON_STATE_ARMED_INTER
        and not acled.is_unidentified(new.actor1)
    )


def _counts_the_dead_better(kept: Event, new: Event) -> bool:
    """The new report gives the toll when the kept one has none, or only a tentative one that the new
    report counts ("مقتل عشرات المدنيين" in the headline, "قتل 35 مدنيا" in the body; "مقتل قيادي"
    in the lead, "قتل القيادي ومرافقاه" later)."""
    if new.fatalities is None:
        return False
    return (
        kept.fatalities is None or (_tentative_toll(kept) and not _tentative_toll(new)) or _updates(new, kept)
    )


def _updates(new: Event, kept: Event) -> bool:
    """A later report that says the toll rose to its figure updates the kept one ("60 قتيلا" in the
    headline, "ارتفعت حصيلة الهجوم إلى 71 قتيلا" in the body)."""
    return TOLL_UPDATED_RULE in new.rules and TOLL_UPDATED_RULE not in kept.rules


def _tentative_toll(event: Event) -> bool:
    return any(rule in event.rules for rule in TENTATIVE_TOLL_RULES)


def _places_it_better(kept: Event, new: Event) -> bool:
    """Whether the merged event takes the new report's place: when the kept one names none, or when
    the new report is the lead (told in the body before any sentence of the kept event) and places
    it at least as precisely. A lead says where it happened ("قصف استهدف خيام النازحين في مواصي خان
    يونس"); a later sentence that speaks of it again may name the city its source speaks from
    ("قالت مصادر في غزة إن الغارات…")."""
    if _article_default(kept) and new.location_ar is None and new.geo_precision == PROVINCE:
        return new.admin1 != kept.admin1  # "في هجوم شرقي تركيا" … "مكتب حاكم إقليم أغري أن الهجوم…"
    if new.location_ar is None:
        return False
    if kept.location_ar is None or _narrows(kept, new):
        return True
    kept_body = [span.start for span in kept.evidence_spans if span.field == "text"]
    new_body = [span.start for span in new.evidence_spans if span.field == "text"]
    lead = bool(new_body) and (not kept_body or min(new_body) < min(kept_body))
    if lead and not kept_body and _part_of(new, kept):
        return True  # "مقتل 8 رجال شرطة في القاهرة" … "في ضاحية حلوان بجنوب القاهرة"
    return lead and (new.geo_precision or PROVINCE) <= (kept.geo_precision or PROVINCE)


def _part_of(new: Event, kept: Event) -> bool:
    """A headline names the city; its lead names the suburb or quarter where it happened, which ACLED
    codes although the lead places it only near (precision 2): a place the gazetteer found, not the
    city under another name nor only the province, within a district's reach of it in one province."""
    return (
        new.location not in (None, kept.location)
        and (new.geo_precision or PROVINCE) < PROVINCE
        and kept.admin1 is not None
        and kept.admin1 == new.admin1
        and None not in (kept.latitude, new.latitude)
        and km_between(kept.latitude, kept.longitude, new.latitude, new.longitude) <= WITHIN_DISTRICT_KM
    )


def _article_default(event: Event) -> bool:
    """The event names no place of its own: it stands near the place the article is mostly about
    (often the capital), which a province a later report names says better."""
    return event.location_ar is None and event.geo_precision == NEAR


def _narrows(kept: Event, new: Event) -> bool:
    """ACLED codes the most precise place told: a later report of the event that names a village
    (precision 1) of the district the kept report gave ("في قضاء سنجار" … "في ناحية الشمال
    (سنوني)") places it there, when the village lies in the same province, near the district's seat."""
    return (
        DISTRICT_RULE in kept.rules
        and new.geo_precision == 1
        and (kept.geo_precision or PROVINCE) > 1
        and kept.admin1 is not None
        and kept.admin1 == new.admin1
        and None not in (kept.latitude, new.latitude)
        and km_between(kept.latitude, kept.longitude, new.latitude, new.longitude) <= WITHIN_DISTRICT_KM
    )


def _dating(kept: Event, new: Event, takes_date: bool) -> Event:
    """Which report's date the merged event keeps: the kept one's, unless it only defaulted to the
    publication day (a headline) and the new report states a day ("أمس الثلاثاء")."""
    if not takes_date or new.date is None:
        return kept
    if kept.date is None or (DEFAULT_DATE_RULE in kept.rules and DEFAULT_DATE_RULE not in new.rules):
        return new
    return kept


def _merged_rules(kept: Event, new: Event, dated: Event, tolled: Event, targeted: Event) -> tuple[str, ...]:
    rules = dict.fromkeys(kept.rules + new.rules)
    if CIVILIAN_SITE_RULE not in targeted.rules:
        rules.pop(CIVILIAN_SITE_RULE, None)  # the second actor kept was named
    if DEFAULT_DATE_RULE not in dated.rules:
        rules.pop(DEFAULT_DATE_RULE, None)  # the date is stated now, not defaulted
    for rule in TENTATIVE_TOLL_RULES:
        if rule not in tolled.rules:
            rules.pop(rule, None)  # the toll is counted now
    return tuple(rules)


def _event_of(frame: Frame, article: Article, lexicon: Lexicon) -> Event:
    country = frame.country
    country_name = _country_name(country, lexicon)
    actor1 = frame.actor1.resolved_name(country_name) if frame.actor1 else None
    actor2 = frame.actor2.resolved_name(country_name) if frame.actor2 else None
    event_type, sub_event_type = frame.event_type or frame.trigger.event_type, frame.sub_event_type
    first, second = frame.actor1, frame.actor2  # the words each actor was read from
    if sub_event_type in TERRITORY_SUB_TYPES:
        sub_event_type = territory_sub_type(frame, country, lexicon)
    if event_type in CROWD_TYPES and country_name:
        # ACLED codes the crowd as actor1 and the force that meets it as actor2.
        force = _force_meeting_crowd(frame)
        actor1 = CROWD_TYPES[event_type].format(country=country_name)
        actor2 = _at_crowds(force, lexicon).resolved_name(country_name) if force is not None else None
        first, second = next((a for a in (frame.actor1, frame.actor2) if a is not force), None), force
    if actor2 is None and _counts_dead(frame) and event_type in STRIKING_TYPES and country_name:
        actor2 = CIVILIANS.format(country=country_name)  # a report of dead with no target named
    place = frame.place
    event = Event(
        event_type=event_type,
        sub_event_type=sub_event_type,
        date=frame.date,
        time_precision=frame.time_precision,
        actor1=actor1,
        actor1_ar=first.span.text if first else None,
        actor2=actor2,
        actor2_ar=second.span.text if second else None,
        country=country,
        admin1=_admin1_name(frame, lexicon),
        location=_location_name(frame),
        location_ar=place.name_ar if place and not place.is_province else None,
        latitude=_coordinates(frame)[0],
        longitude=_coordinates(frame)[1],
        geo_precision=_geo_precision(frame),
        fatalities=frame.fatalities,
        weapons=tuple(frame.weapons),
        claimed_by=frame.claimed_by,
        evidence=frame.sentence.span.text,
        article_id=article.id,
        evidence_spans=tuple(frame.evidence),
        rules=(*frame.rules, DISTRICT_RULE) if _district(frame) else tuple(frame.rules),
        geonameid=resolved.geonameid if (resolved := _gazetteer_place(frame)) else None,
    )
    return replace(event, confidence=_confidence(frame))


def _counts_dead(frame: Frame) -> bool:
    """The frame's clause counts dead, its own or, for a town of a list, all the towns'."""
    return bool(frame.fatalities) or SUMMED_TOLL_RULE in frame.rules


def _force_meeting_crowd(frame: Frame) -> ActorMention | None:
    """The force that met a crowd: a state's, else an armed group that authored the trigger's act on
    it ("إصابة 6 من المدنيين برصاص عناصر قسد أثناء محاولتهم فض المظاهرة"), which ACLED names as
    the crowd's second actor too. Of a protest or riot word the author is the crowd itself, or the
    party it marched for ("يتجمع مناصرو حزب الله")."""
    state = next((a for a in (frame.actor1, frame.actor2) if a is not None and a.inter == STATE_INTER), None)
    if state is not None:
        return state
    author, trigger = frame.actor1, frame.trigger
    acts_on_crowd = trigger.event_type == PROTESTS and trigger.sub_event_type != PEACEFUL_PROTEST
    return author if acts_on_crowd and author is not None and author.inter in NON_STATE_ARMED_INTER else None


def _at_crowds(force: ActorMention, lexicon: Lexicon) -> ActorMention:
    """The force as ACLED names it facing a crowd: Iraq's "security forces" are its police there."""
    actor = lexicon.actors.get(force.actor_id)
    crowd_id = actor.at_crowds if actor is not None else None
    if crowd_id is None:
        return force
    named = lexicon.actors[crowd_id]
    return replace(force, name=named.name, actor_id=named.id, country=named.country)


def _district(frame: Frame) -> bool:
    """The frame's place is a district named after its cue word, found at its seat."""
    place = frame.place
    return place is not None and place.cue_kind == DISTRICT_CUE and place.place is not None


def _country_name(iso2: str | None, lexicon: Lexicon) -> str | None:
    """The country's English name: the lexicon's, else ACLED's (a country the lexicons do not list)."""
    if iso2 is None:
        return None
    if iso2 in lexicon.countries:
        return lexicon.countries[iso2].name_en
    codes = acled.country_codes(iso2)
    return codes.name if codes else None


def _admin1_name(frame: Frame, lexicon: Lexicon) -> str | None:
    if frame.place is not None and frame.place.admin1 is not None:
        return frame.place.admin1.name_en
    resolved = _gazetteer_place(frame)
    admin1 = lexicon.admin1_by_code(resolved.country, resolved.admin1_code) if resolved else None
    return admin1.name_en if admin1 else None


def _gazetteer_place(frame: Frame) -> GazetteerPlace | None:
    """The GeoNames place of the event: the one named, or the city an unlisted place lies in."""
    return frame.place.place if frame.place is not None and frame.place.place is not None else frame.anchor


def _location_name(frame: Frame) -> str | None:
    resolved = _gazetteer_place(frame)
    if resolved is not None:
        return resolved.name
    place = frame.place
    return place.admin1.name_en if place and place.is_province and place.admin1 else None


def _coordinates(frame: Frame) -> tuple[float | None, float | None]:
    resolved = _gazetteer_place(frame)
    if resolved is not None:
        return resolved.latitude, resolved.longitude
    if frame.place is not None and frame.place.admin1 is not None:
        return frame.place.admin1.latitude, frame.place.admin1.longitude
    return None, None


def _geo_precision(frame: Frame) -> int | None:
    """1 only for a place the gazetteer located; a stand-in point says how rough it is."""
    place = frame.place
    if place is None:
        return NEAR if frame.anchor is not None else None
    if place.place is not None:
        return max(NEAR, place.precision) if place.near_town else place.precision
    if frame.anchor is not None:
        return max(NEAR, place.precision)  # a part of the anchoring city, or somewhere near it
    return PROVINCE if place.admin1 is not None else None  # at the province's point, or nowhere


def _finished(event: Event) -> Event:
    """The id and the English note, once the event's fields are final (and no toll for a sub-type
    ACLED counts none for)."""
    if event.fatalities is not None and not acled.counts_fatalities(event.sub_event_type):
        event = replace(event, fatalities=None, rules=(*event.rules, NO_TOLL_RULE))
    return replace(event, id=_event_id(event), notes=event_note(event))


def _event_id(event: Event) -> str:
    key = "|".join(
        str(x)
        for x in (
            event.article_id,
            event.event_type,
            event.date,
            event.location_ar,
            event.admin1,
            event.actor1,
            event.actor2,
        )
    )
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _confidence(frame: Frame) -> float:
    """How complete the frame is by the rules, averaged with the sentence decider's score when
    one judged the sentence."""
    score = 0.4
    score += 0.15 if frame.actor1 else 0.0
    score += 0.15 if frame.place else 0.0
    score += 0.1 if DEFAULT_DATE_RULE not in frame.rules else 0.0
    score += 0.1 if frame.fatalities is not None or frame.weapons else 0.0
    score -= 0.1 if frame.trigger.generic or frame.trigger.weak else 0.0
    score = min(score, 1.0)
    if frame.sentence_decision is not None:
        score = (score + frame.sentence_decision.score) / 2
    return round(score, 2)


def event_note(event: Event) -> str:
    place = event.location or event.location_ar  # English when the gazetteer knows the place
    names = [x for x in (place, event.admin1, event.country) if x]
    where = ", ".join(dict.fromkeys(names)) or "an unknown place"
    who = event.actor1 or "an unnamed actor"
    against = f" against {event.actor2}" if event.actor2 else ""
    when = event.date.isoformat() if event.date else "an unknown date"
    killed = f"; {event.fatalities} killed" if event.fatalities is not None else ""
    return f"{event.sub_event_type} by {who}{against} in {where} on {when}{killed}."
