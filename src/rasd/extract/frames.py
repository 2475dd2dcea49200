"""Event frames: each trigger that reports an event becomes a frame with its type, actors, place,
date, fatalities, weapons and source; frames of one place, day and actor pair become one event."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace

from rasd.dates import DAY, time_expressions
from rasd.extract.actors import ActorMention, actor_mentions
from rasd.extract.fatalities import fatalities_in
from rasd.extract.mentions import TextMentions
from rasd.extract.modality import non_event_reason
from rasd.extract.places import NAMING_KINDS, PlaceMention, best_place, countries_in, located, place_mentions
from rasd.geocode.distance import km_between
from rasd.geocode.gazetteer import Gazetteer
from rasd.geocode.gazetteer import Place as GazetteerPlace
from rasd.lexicon.lexicon import SPECIFICITY, SUB_EVENT_TYPES, Admin1, Lexicon, Trigger
from rasd.lexicon.matcher import phrase_key
from rasd.text.tokenize import clitic_roles, is_definite
from rasd.types import AnalyzedText, Article, Event, Mention, Sentence, Span

UNIDENTIFIED = "Unidentified Armed Group ({country})"
CIVILIAN_INTER = 7
VICTIM_REACH = 4  # words after a killed-word or "بينهم" in which an actor is a victim ("مقتل 4 جنود")
CLAIM_REACH = 3
RECENT_DAYS = 31
SUBJECT_REACH = 4  # the subject of a verb-first sentence follows the verb within a few words
OPENING_SENTENCES = 2
SAME_PLACE_KM = 10  # an unnamed place this close to a named one is the same place
SAME_SPOT_KM = 1
PROVINCE = 3  # ACLED geo_precision of an event known only by its province
CIVILIANS = "Civilians ({country})"
#: Sub-types whose perpetrator, when the text names none, is an unidentified armed group.
UNATTRIBUTED_GROUP_SUB_TYPES = frozenset(
    {"Remote explosive/landmine/IED", "Suicide bomb", "Attack", "Abduction/forced disappearance", "Grenade"}
)
TERRITORY_SUB_TYPES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
ARMED_INTER = frozenset({1, 2, 3, 4, 8})
#: Acts only an organised force commits; an unclaimed bombing stays an unidentified group's.
AGENT_FILLED_SUB_TYPES = frozenset(
    {"Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon", "Armed clash"}
)
CIVILIAN_TOLL_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians"})
#: A crowd's inter code (5 rioters, 6 protesters) → what its "clash" with a force is.
CROWD_RECODE = {5: ("Riots", "Violent demonstration"), 6: ("Protests", "Protest with intervention")}
CROWD_TYPES = {"Protests": "Protesters ({country})", "Riots": "Rioters ({country})"}


@dataclass
class Frame:
    trigger: Trigger
    trigger_mention: Mention
    sentence: Sentence
    text: AnalyzedText
    sub_event_type: str
    event_type: str = ""
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    place: PlaceMention | None = None
    country: str | None = None
    date: dt.date | None = None
    time_precision: int = DAY
    anchor: GazetteerPlace | None = None
    fatalities: int | None = None
    weapons: list[str] = field(default_factory=list)
    claimed_by: str | None = None
    rules: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)


class ArticleContext:
    """What the whole article says about where: the countries it names or whose provinces it names
    (twice when the name says where something is), and the one it names most."""

    def __init__(self, article: Article, texts: list[TextMentions], gazetteer: Gazetteer) -> None:
        self.article = article
        self.gazetteer = gazetteer
        votes: Counter[str] = Counter()
        located_votes: Counter[str] = Counter()
        for mentions in texts:
            # A name after في/داخل (or with بـ) says where things happen; a bare one may only say
            # who backs whom ("المدعومة من إيران").
            named = countries_in(mentions, 0, len(mentions.text))
            named += [
                (mentions.lexicon.admin1[m.entry_id].iso2, m.first_token) for m in mentions.by_kind["admin1"]
            ]
            for iso2, token in named:
                if located(mentions, token):
                    votes[iso2] += 2
                    located_votes[iso2] += 1
                else:
                    votes[iso2] += 1
        ranked = votes.most_common()
        self.country = ranked[0][0] if ranked else None
        # Other countries count as where things happen only when the text says so more than once.
        self.countries = frozenset(
            [c for c, v in located_votes.items() if v >= 2] + ([self.country] if self.country else [])
        )
        places = [(m, p) for m in texts for p in place_mentions(m, 0, len(m.text), gazetteer, self.countries)]
        # Names the article uses for places ("ساحة الطيران") are not triggers anywhere in it.
        self.place_names = {
            tuple(a[1] for a in m.text.analyses[p.first_token : p.end_token]) for m, p in places
        }
        resolved = Counter(p.place for _, p in places if p.place is not None)
        self.main_places = [place for place, _ in resolved.most_common()]
        self.named_actors: set[str] = set()
        self.claimant = next(
            (c for m in texts if (c := claimant_of(m, actor_mentions(m, 0, len(m.text), set())))), None
        )

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


def extract_frames(
    article: Article, texts: list[AnalyzedText], lexicon: Lexicon, gazetteer: Gazetteer
) -> list[Frame]:
    all_mentions = [TextMentions.of(text, lexicon) for text in texts]
    if _retrospective(all_mentions):
        return []
    context = ArticleContext(article, all_mentions, gazetteer)
    frames: list[Frame] = []
    for mentions in all_mentions:
        for sentence in mentions.text.sentences:
            frames += _sentence_frames(mentions, sentence, context)
    # Without a publication date, the latest day the article reports stands in for it.
    reference = article.published or max((f.date for f in frames if f.date is not None), default=None)
    return [f for f in frames if not _too_old(f.date, reference)]


def _retrospective(texts: list[TextMentions]) -> bool:
    """An article that opens by marking an anniversary ("في مثل هذا اليوم") recalls, it does not report."""
    for mentions in texts:
        opening = mentions.text.sentences[:OPENING_SENTENCES]
        if any(mentions.within("anniversary", s.first_token, s.end_token) for s in opening):
            return True
    return False


def _sentence_frames(mentions: TextMentions, sentence: Sentence, context: ArticleContext) -> list[Frame]:
    first, end = sentence.first_token, sentence.end_token
    actors = actor_mentions(mentions, first, end, context.named_actors, context.country)
    context.named_actors.update(a.actor_id for a in actors)
    frames = []
    for clause_first, clause_end in sentence.clauses or ((first, end),):
        trigger = _strongest_trigger(mentions, clause_first, clause_end, context.place_names, sentence)
        if trigger is None:
            continue
        mention, entry = trigger
        reason = non_event_reason(mentions, mention, clause_first, clause_end, first, end)
        if reason is not None:
            continue
        frame = Frame(
            entry,
            mention,
            sentence,
            mentions.text,
            entry.sub_event_type,
            rules=[f"trigger:{entry.id}"],
            evidence=[sentence.span],
        )
        _refine_sub_type(frame, mentions, clause_first, clause_end, context.place_names)
        _without_resistance(frame, mentions)
        _assign_actors(frame, actors, mentions, clause_first, clause_end, context.claimant)
        _assign_place(frame, mentions, clause_first, clause_end, context)
        _assign_date(frame, mentions, clause_first, clause_end, context.article.published)
        _assign_fatalities(frame, mentions, clause_first, clause_end)
        _assign_source(frame, mentions, actors)
        if (entry.weak or entry.ambiguous) and frame.fatalities is None and not frame.weapons:
            continue  # a weak trigger ("يسيطر"، "دخل") reports an event only with its toll or weapons
        frames += _one_per_place(frame, mentions, clause_first, clause_end, context)
    return frames


def _one_per_place(
    frame: Frame, mentions: TextMentions, first: int, end: int, context: ArticleContext
) -> list[Frame]:
    """ "قصفت الطائرات قرية X وبلدة Y": one event per place the clause names."""
    settlements = [
        p
        for p in place_mentions(mentions, first, end, context.gazetteer, context.countries)
        if not p.is_province and (p.place is not None or p.precision == 1)
    ]
    if len(settlements) < 2 or frame.place not in settlements:
        return [frame]
    return [
        dataclasses.replace(
            frame,
            place=dataclasses.replace(p, admin1=p.admin1 or frame.place.admin1),
            country=p.country or frame.country,
            rules=[*frame.rules, "place:one_per_place"],
        )
        for p in settlements
    ]


def _too_old(day: dt.date | None, published: dt.date | None) -> bool:
    """A dated occurrence more than a month before publication is background, not news."""
    return day is not None and published is not None and (published - day).days > RECENT_DAYS


def _strongest_trigger(
    mentions: TextMentions, first: int, end: int, place_names: set[tuple[str, ...]], sentence: Sentence
) -> tuple[Mention, Trigger] | None:
    candidates = [
        (m, trigger)
        for m in mentions.within("trigger", first, end)
        if not _excluded(mentions, trigger := mentions.lexicon.triggers[m.entry_id], sentence)
        and not _after_excluded_word(mentions, trigger, m)
        and not _before_excluded_word(mentions, trigger, m)
    ]
    # "الطائرات المسيرة": an ambiguous word inside a longer weapon name is the weapon.
    candidates = [c for c in candidates if not (c[1].ambiguous and _covered_by_weapon(mentions, c[0]))]
    if any(c[1].sub_event_type in TERRITORY_SUB_TYPES for c in candidates):
        # "دون مقاومة"، "انسحاب" qualify a takeover; the takeover is the trigger.
        candidates = [c for c in candidates if c[1].sub_event_type != NON_VIOLENT_TRANSFER]
    unambiguous = [c for c in candidates if not c[1].ambiguous]
    if unambiguous:
        candidates = unambiguous
    elif any(
        not mentions.lexicon.triggers[m.entry_id].ambiguous
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
        key=lambda c: (c[1].generic, c[1].weak, SPECIFICITY.index(c[1].sub_event_type), c[0].first_token),
    )


def _stems_of(mentions: TextMentions, mention: Mention) -> tuple[str, ...]:
    return tuple(a[1] for a in mentions.text.analyses[mention.first_token : mention.end_token])


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
    ("خطف الفوز": snatched the win)."""
    return any(
        mentions.at(flag.removeprefix("not_before:"), mention.end_token) is not None
        for flag in trigger.flags
        if flag.startswith("not_before:")
    )


def _after_excluded_word(mentions: TextMentions, trigger: Trigger, mention: Mention) -> bool:
    """A trigger flagged ``not_after:<cues>`` is not read right after one of those cues
    ("تحت سيطرة": under control, a state)."""
    return any(
        mentions.ending_at(flag.removeprefix("not_after:"), mention.first_token) is not None
        for flag in trigger.flags
        if flag.startswith("not_after:")
    )


def _inside_place_name(mentions: TextMentions, trigger: Mention) -> bool:
    """ "ساحة الطيران"، "ساحة التحرير": a trigger word right after a naming cue names the place."""
    cue = mentions.ending_at("place_cue", trigger.first_token)
    return cue is not None and mentions.lexicon.place_cues[cue.entry_id][0] in NAMING_KINDS


def _covered_by_weapon(mentions: TextMentions, trigger: Mention) -> bool:
    return any(
        w.first_token <= trigger.first_token
        and trigger.end_token <= w.end_token
        and w.end_token - w.first_token > trigger.end_token - trigger.first_token
        for w in mentions.within("weapon", max(0, trigger.first_token - 3), trigger.end_token + 3)
    )


def _refine_sub_type(
    frame: Frame, mentions: TextMentions, first: int, end: int, place_names: set[tuple[str, ...]]
) -> None:
    lexicon = mentions.lexicon
    implied: list[tuple[int, str, str]] = []
    # "طائرة مسيرة مفخخة": a trigger word right after a weapon describes the weapon, which decides.
    modifier = mentions.ending_at("weapon", frame.trigger_mention.first_token) is not None
    for weapon_mention in mentions.within("weapon", frame.sentence.first_token, frame.sentence.end_token):
        if _stems_of(mentions, weapon_mention) in place_names:
            continue  # "ساحة الطيران" names a square, not aircraft
        weapon = lexicon.weapons[weapon_mention.entry_id]
        if weapon.name not in frame.weapons:
            frame.weapons.append(weapon.name)
        inside = first <= weapon_mention.first_token < end
        if weapon.implies and inside and (modifier or _weapon_overrides(frame.trigger, weapon.implies)):
            implied.append((SPECIFICITY.index(weapon.implies), weapon.implies, weapon.name))
    if implied:
        # "طائرة مسيرة مفخخة": the drone tells more than the explosives it carries.
        _, frame.sub_event_type, name = min(implied)
        frame.event_type = SUB_EVENT_TYPES[frame.sub_event_type]  # a generic "هجوم" with a suicide vest
        frame.rules.append(f"weapon:{name}")


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


def _territory_sub_type(frame: Frame, country: str | None) -> str:
    """The state's own forces regain territory; anyone else (rebels, a foreign army) overtakes it."""
    actor = frame.actor1
    own_state = actor is not None and actor.inter == 1 and (actor.country in (None, country))
    return "Government regains territory" if own_state else "Non-state actor overtakes territory"


def _weapon_overrides(trigger: Trigger, implied: str) -> bool:
    """A weapon decides the sub-type of a generic trigger of the same family, and a suicide or
    chemical weapon always tells more than the trigger."""
    if implied in {"Suicide bomb", "Chemical weapon"}:
        return trigger.event_type == "Explosions/Remote violence" or trigger.generic
    return trigger.generic and SUB_EVENT_TYPES.get(implied) in {
        trigger.event_type,
        "Explosions/Remote violence",
    }


def _assign_actors(
    frame: Frame,
    actors: list[ActorMention],
    mentions: TextMentions,
    first: int,
    end: int,
    claimant: ActorMention | None,
) -> None:
    trigger = frame.trigger_mention
    victims = _victims(mentions, actors, frame.sentence) + _targets(mentions, actors)
    agents = [a for a in actors if a not in victims and a.inter != CIVILIAN_INTER]
    speaker = _speaker(mentions, agents, trigger)
    # "أعلن الجيش المالي مقتل 53 جنديا في هجوم": who announces is the source, not the attacker.
    sources = [a for a in agents if a is not speaker and _announces(mentions, a)]
    if frame.sub_event_type == "Arrests":
        sources = []  # "أعلنت وزارة الداخلية اعتقال": the authority that announces arrests made them
    agents = [a for a in agents if a not in sources]
    in_clause = [a for a in agents if first <= a.first_token < end]
    # An actor that shares words with the trigger ("قصفت طائرات حربية روسية") is its agent.
    after = [
        a
        for a in in_clause
        if a.end_token > trigger.first_token and a.first_token - trigger.end_token <= SUBJECT_REACH
    ]
    before = [a for a in in_clause if a.end_token <= trigger.first_token]
    if speaker is not None:
        actor1 = speaker  # "قال الجيش العراقي إنه شن غارات"
    elif frame.trigger.kind == "verb" and before and before[-1].end_token >= trigger.first_token - 1:
        actor1 = _first_conjunct(mentions, before)  # "القوات العراقية تسيطر"
    elif after:
        actor1 = after[0]  # verb-first: "قصفت الطائرات الروسية"; noun + genitive: "غارات التحالف"
    elif before:
        actor1 = before[-1]
    else:
        speakers = [a for a in agents if a.end_token <= trigger.first_token]
        actor1 = speakers[-1] if speakers else None  # "قال الجيش العراقي إنه شن"
    if claimant is not None and (actor1 is None or actor1.generic):
        actor1 = claimant
        frame.rules.append("actor1:claim")
    frame.actor1 = actor1
    others = [
        a for a in actors if actor1 is None or (a.actor_id != actor1.actor_id and a.name != actor1.name)
    ]
    frame.actor2 = next((a for a in others if a in victims), None) or (others[0] if others else None)
    if "defensive" in frame.trigger.flags and frame.actor2 is not None:
        # "تصدت القوات لهجوم شنه الحوثيون": who repels is the target; the attacker is actor1.
        frame.actor1, frame.actor2 = frame.actor2, frame.actor1
    for actor in (frame.actor1, frame.actor2):
        if actor is not None and actor.weapon and actor.weapon not in frame.weapons:
            frame.weapons.append(actor.weapon)


def _victims(mentions: TextMentions, actors: list[ActorMention], sentence: Sentence) -> list[ActorMention]:
    """Actors counted among the dead or named after "بينهم": victims, never the perpetrator."""
    markers = [
        m.end_token
        for kind in ("killed", "victims")
        for m in mentions.within(kind, sentence.first_token, sentence.end_token)
    ]
    return [
        a
        for a in actors
        if any(
            0 <= a.first_token - end <= VICTIM_REACH and not _cause_between(mentions, end, a.first_token)
            for end in markers
        )
    ]


def _cause_between(mentions: TextMentions, first: int, end: int) -> bool:
    """A cause opens between the killed-word and the actor ("قتلوا جراء قصف لقوات النظام")."""
    return bool(mentions.within("causes", first, end + 1)) or any(
        clitic_roles().locative in mentions.text.analyses[i][0] for i in range(first, end + 1)
    )


def _targets(mentions: TextMentions, actors: list[ActorMention]) -> list[ActorMention]:
    """Actors right after a target word ("على مواقع لداعش"): what was hit, not who hit it."""
    return [
        a
        for a in actors
        if mentions.ending_at("targets", a.first_token) is not None
        or mentions.ending_at("targets", a.first_token - 1) is not None
    ]


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
    الجيش) or the body a source speaks for (مصادر بالشرطة، مسؤولون بوزارة الداخلية)."""
    before = mentions.ending_at("attribution", actor.first_token)
    if before is None:
        return False
    if before.label == "verb":
        return True
    return before.label == "noun" and clitic_roles().locative in mentions.text.analyses[actor.first_token][0]


def _speaker(mentions: TextMentions, agents: list[ActorMention], trigger: Mention) -> ActorMention | None:
    """The speaker of "قال X إنه/إنها ..." when the act follows the pronoun."""
    pronoun = mentions.ending_at("speaker_pronouns", trigger.first_token)
    if pronoun is None:
        return None
    earlier = [a for a in agents if a.end_token <= pronoun.first_token]
    return earlier[-1] if earlier else None


def claimant_of(mentions: TextMentions, actors: list[ActorMention]) -> ActorMention | None:
    """The actor that claims responsibility ("تبناه تنظيم داعش"، "التنظيم تبنى الهجوم"), if the text
    says so: the subject after the verb, else right before it."""
    for claim in mentions.by_kind.get("claim", []):
        after = [a for a in actors if 0 <= a.first_token - claim.end_token <= CLAIM_REACH]
        before = [a for a in actors if 0 <= claim.first_token - a.end_token <= 1]
        if after or before:
            return (after or before)[0]
    return None


def _assign_place(
    frame: Frame, mentions: TextMentions, first: int, end: int, context: ArticleContext
) -> None:
    sentence = frame.sentence
    places = place_mentions(mentions, first, end, context.gazetteer, context.countries) or place_mentions(
        mentions, sentence.first_token, sentence.end_token, context.gazetteer, context.countries
    )
    frame.place = best_place(places)
    place = frame.place
    if place is None or (place.place is None and (place.is_province or place.precision >= 2)):
        # A neighbourhood, square or street the gazetteer lacks lies in the city named nearby; an event
        # placed only in a province is in the city the article is about, when that city is in it.
        nearby = next((p.place for p in places if p.place is not None), None)
        frame.anchor = nearby or context.anchor_in(
            place.country if place else context.country, place.admin1 if place else None, mentions.lexicon
        )
    countries = [
        (iso2, token)
        for iso2, token in countries_in(mentions, sentence.first_token, sentence.end_token)
        if located(mentions, token)
    ]
    province = next((p.admin1 for p in places if p.admin1 is not None), None)
    if frame.place is not None and frame.place.admin1 is None and province is not None:
        frame.place = replace(frame.place, admin1=province, country=province.iso2)
    if frame.place is not None and frame.place.country:
        frame.country = frame.place.country
    elif countries:
        frame.country = countries[0][0]
    elif context.country is not None:
        frame.country = context.country
        frame.rules.append("country:article")
    else:
        # Nothing says where: a state force acting names its own country ("قوات النظام").
        state = next((a for a in (frame.actor1, frame.actor2) if a and a.inter == 1 and a.country), None)
        frame.country = state.country if state else None
        frame.rules.append("country:state_actor")


def _assign_date(
    frame: Frame, mentions: TextMentions, first: int, end: int, published: dt.date | None
) -> None:
    sentence = frame.sentence
    expressions = time_expressions(mentions, first, end, published) or time_expressions(
        mentions, sentence.first_token, sentence.end_token, published
    )
    if expressions:
        chosen = min(expressions, key=lambda t: abs(t.span.start - frame.trigger_mention.span.start))
        frame.date, frame.time_precision = chosen.date, chosen.precision
        frame.rules.append(chosen.rule)
    else:
        frame.date = published
        frame.rules.append("date:published")


def _assign_fatalities(frame: Frame, mentions: TextMentions, first: int, end: int) -> None:
    sentence = frame.sentence
    figures = fatalities_in(mentions, first, end) or fatalities_in(
        mentions, sentence.first_token, sentence.end_token
    )
    counts = [f.count for f in figures if f.count is not None]
    if counts:
        frame.fatalities = min(counts)
        frame.rules.append(next(f.rule for f in figures if f.count == frame.fatalities))


def _assign_source(frame: Frame, mentions: TextMentions, actors: list[ActorMention]) -> None:
    for attribution in mentions.within("attribution", frame.sentence.first_token, frame.sentence.end_token):
        nearby = [a for a in actors if 0 <= a.first_token - attribution.end_token <= 2]
        if nearby:
            frame.claimed_by = nearby[0].name if not nearby[0].generic else None
            return


def frames_to_events(frames: list[Frame], article: Article, lexicon: Lexicon) -> tuple[Event, ...]:
    """One event per place, day and actor pair.

    A news article tells one occurrence in many sentences ("the attack", "the blast"), so a frame
    joins an earlier event it is compatible with: same type (a generic trigger such as هجوم joins
    any type), dates at most a day apart, and no two different places. Specific frames are read
    first, so generic ones join them rather than the other way round.
    """
    events: list[Event] = []
    agent = _article_agent(frames)
    means = _article_means(frames, lexicon)
    ordered = sorted(frames, key=lambda f: (_refers_back(f), f.trigger.generic, f.trigger.weak))
    for frame in ordered:
        event = _event_of(frame, article, lexicon)
        if _refers_back(frame):
            target = next((i for i, e in enumerate(events) if _same_story(e, event, frame)), None)
        else:
            target = next((i for i, e in enumerate(events) if _compatible(e, event, False)), None)
        if target is None:
            events.append(event)
        else:
            events[target] = _merge(
                events[target],
                event,
                takes_date=not _refers_back(frame),
                retypes=_told_generically(events[target], lexicon) and not _told_generically(event, lexicon),
            )
    events = [
        _finished(
            _default_actors(
                _lethal_force_on_protesters(_with_agent(_by_article_weapon(e, means, lexicon), agent)),
                lexicon,
            )
        )
        for e in _arrests_at_protests(events)
    ]
    return tuple(sorted(events, key=lambda e: e.evidence_spans[0].start if e.evidence_spans else 0))


def _arrests_at_protests(events: list[Event]) -> list[Event]:
    """ACLED: arrests made at a protest are the protest's intervention, not an event of their own."""
    result: list[Event] = []
    for event in events:
        if event.sub_event_type != "Arrests":
            result.append(event)
    for arrest in (e for e in events if e.sub_event_type == "Arrests"):
        protest = next(
            (i for i, e in enumerate(result) if e.event_type == "Protests" and _compatible(e, arrest, True)),
            None,
        )
        if protest is None:
            result.append(arrest)
            continue
        kept = result[protest]
        result[protest] = replace(
            kept,
            sub_event_type="Protest with intervention"
            if kept.sub_event_type == "Peaceful protest"
            else kept.sub_event_type,
            actor2=kept.actor2 or arrest.actor1,
            rules=tuple(dict.fromkeys(kept.rules + arrest.rules)),
        )
    return result


def _article_means(frames: list[Frame], lexicon: Lexicon) -> set[str]:
    """The sub-types the weapons named anywhere in the article imply."""
    implies = {w.name: w.implies for w in lexicon.weapons.values() if w.implies}
    return {implies[name] for f in frames for name in f.weapons if name in implies}


def _by_article_weapon(event: Event, means: set[str], lexicon: Lexicon) -> Event:
    """A strike told only with generic words (استهداف، قصف) takes the means the article names
    elsewhere, when it names one kind only ("طيران التحالف" two sentences on)."""
    if event.event_type != "Explosions/Remote violence" or not _told_generically(event, lexicon):
        return event
    implied = {sub_type for sub_type in means if SUB_EVENT_TYPES[sub_type] == event.event_type}
    if len(implied) != 1:
        return event
    (sub_type,) = implied
    return replace(event, sub_event_type=sub_type, rules=(*event.rules, "sub_type:article_weapon"))


def _article_agent(frames: list[Frame]) -> tuple[ActorMention, str | None] | None:
    """The armed actor the article names most as the author of what it reports, with its country."""
    agents = Counter(
        (f.actor1.name, f.country)
        for f in frames
        if f.actor1 is not None and f.actor1.inter in ARMED_INTER and not f.actor1.generic
    )
    if not agents:
        return None
    (name, country), _ = agents.most_common(1)[0]
    actor = next(f.actor1 for f in frames if f.actor1 is not None and f.actor1.name == name)
    return actor, country


def _with_agent(event: Event, agent: tuple[ActorMention, str | None] | None) -> Event:
    """An air strike, shelling or clash whose sentences name no author is the article's main agent's
    (a report that says "the Syrian aircraft" once and "the strikes" after)."""
    if agent is None or event.actor1 is not None or event.sub_event_type not in AGENT_FILLED_SUB_TYPES:
        return event
    actor, country = agent
    if country is not None and event.country not in (None, country):
        return event
    return replace(event, actor1=actor.name, rules=(*event.rules, "actor1:article_agent"))


def _default_actors(event: Event, lexicon: Lexicon) -> Event:
    """ACLED's placeholders, once every report of the event has had its say: an unclaimed bombing
    or attack is an unidentified armed group's, and those killed by it are civilians."""
    country = lexicon.countries.get(event.country or "")
    if country is None:
        return event
    actor1, actor2 = event.actor1, event.actor2
    if actor1 is None and event.sub_event_type in UNATTRIBUTED_GROUP_SUB_TYPES:
        actor1 = UNIDENTIFIED.format(country=country.name_en)
    if actor2 is None and event.fatalities and event.event_type in CIVILIAN_TOLL_TYPES:
        actor2 = CIVILIANS.format(country=country.name_en)
    return replace(event, actor1=actor1, actor2=actor2)


def _lethal_force_on_protesters(event: Event) -> Event:
    """ACLED: protesters killed by the force that met them is excessive force, not an intervention."""
    if event.event_type == "Protests" and event.fatalities:
        return replace(event, sub_event_type="Excessive force against protesters")
    return event


def _refers_back(frame: Frame) -> bool:
    """ "الهجوم"، "التفجير"، "الغارة": a definite noun, or a generic trigger, speaks of an occurrence
    the article has already told."""
    definite = frame.trigger.kind == "noun" and is_definite(
        frame.text.analyses[frame.trigger_mention.first_token]
    )
    return definite or _unpaired(frame) or frame.trigger.generic or frame.trigger.weak


def _unpaired(frame: Frame) -> bool:
    """ "مواجهات" with nobody named: a word for fighting that says nothing of who fought."""
    return "needs_actor_pair" in frame.trigger.flags and frame.actor1 is None and frame.actor2 is None


def _same_story(kept: Event, new: Event, frame: Frame) -> bool:
    """A referring frame joins the first event of its family (any family when generic) told for
    the same day, wherever its own sentence places it."""
    family_ok = (
        frame.trigger.generic
        or frame.trigger.weak
        or _unpaired(frame)
        or _family(kept.event_type) == _family(new.event_type)
    )
    return family_ok and _same_day_and_country(kept, new)


def _same_day_and_country(kept: Event, new: Event) -> bool:
    """Dates at most a day apart (a later report's "أمس") and no two different countries."""
    if kept.date and new.date and abs((kept.date - new.date).days) > 1:
        return False
    return not (kept.country and new.country and kept.country != new.country)


def _family(event_type: str) -> str:
    return "crowd" if event_type in CROWD_TYPES else event_type


def _compatible(kept: Event, new: Event, new_is_generic: bool) -> bool:
    if not new_is_generic and _family(kept.event_type) != _family(new.event_type):
        return False
    if not _same_day_and_country(kept, new):
        return False
    if kept.geo_precision == PROVINCE or new.geo_precision == PROVINCE:
        # Only a province on one side: the same province (or none said) is the same place.
        return kept.admin1 is None or new.admin1 is None or kept.admin1 == new.admin1
    both_named = bool(kept.location_ar and new.location_ar)
    if both_named and _same_name(kept.location_ar, new.location_ar):
        return True
    if None not in (kept.latitude, kept.longitude, new.latitude, new.longitude):
        # Two different names are one place only when both point at one spot (a square and its city);
        # otherwise a place nearby is a different village.
        reach = SAME_SPOT_KM if both_named else SAME_PLACE_KM
        return km_between(kept.latitude, kept.longitude, new.latitude, new.longitude) <= reach
    if both_named:
        return False
    return kept.admin1 is None or new.admin1 is None or kept.admin1 == new.admin1


def _same_name(a: str, b: str) -> bool:
    key_a, key_b = phrase_key(a), phrase_key(b)
    return key_a is not None and key_b is not None and key_a.stems == key_b.stems


def _told_generically(event: Event, lexicon: Lexicon) -> bool:
    """The event's type is only a generic trigger's default (هجوم → armed clash): no weapon said more."""
    if any(rule.startswith("weapon:") for rule in event.rules):
        return False
    triggers = [lexicon.triggers[r.removeprefix("trigger:")] for r in event.rules if r.startswith("trigger:")]
    return bool(triggers) and all(t.generic for t in triggers)


def _more_specific(new: Event, kept: Event) -> bool:
    """Within one family a more specific sub-type wins (a peaceful march that turned violent)."""
    return _family(new.event_type) == _family(kept.event_type) and SPECIFICITY.index(
        new.sub_event_type
    ) < SPECIFICITY.index(kept.sub_event_type)


def _merge(kept: Event, new: Event, takes_date: bool = True, retypes: bool = False) -> Event:
    """Fill what the kept event lacks. The toll is the one the first specific report gives (a lead
    states the toll; later sentences give parts of it or other counts). A referring mention ("the
    attack") gives no date: its sentence may be about something earlier."""
    more_precise_place = kept.location_ar is None and new.location_ar is not None
    place = new if more_precise_place else kept
    typed = new if retypes or _more_specific(new, kept) else kept
    return replace(
        kept,
        event_type=typed.event_type,
        sub_event_type=typed.sub_event_type,
        actor1=typed.actor1 if typed.event_type in CROWD_TYPES else kept.actor1 or new.actor1,
        actor1_ar=kept.actor1_ar or new.actor1_ar,
        actor2=kept.actor2 or new.actor2,
        actor2_ar=kept.actor2_ar or new.actor2_ar,
        country=kept.country or new.country,
        admin1=place.admin1 or kept.admin1 or new.admin1,
        location=place.location,
        location_ar=place.location_ar,
        geonameid=place.geonameid,
        date=kept.date or (new.date if takes_date else None),
        time_precision=kept.time_precision if kept.date or not takes_date else new.time_precision,
        confidence=max(kept.confidence or 0, new.confidence or 0),
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=place.geo_precision if place.geo_precision is not None else kept.geo_precision,
        fatalities=kept.fatalities if kept.fatalities is not None else new.fatalities,
        weapons=tuple(dict.fromkeys(kept.weapons + new.weapons)),
        claimed_by=kept.claimed_by or new.claimed_by,
        evidence=" … ".join(dict.fromkeys(filter(None, (kept.evidence, new.evidence)))),
        evidence_spans=tuple(dict.fromkeys(kept.evidence_spans + new.evidence_spans)),
        rules=tuple(dict.fromkeys(kept.rules + new.rules)),
    )


def _event_of(frame: Frame, article: Article, lexicon: Lexicon) -> Event:
    country = frame.country
    country_name = lexicon.countries[country].name_en if country in lexicon.countries else None
    actor1 = frame.actor1.resolved_name(country_name) if frame.actor1 else None
    actor2 = frame.actor2.resolved_name(country_name) if frame.actor2 else None
    event_type, sub_event_type = frame.event_type or frame.trigger.event_type, frame.sub_event_type
    if sub_event_type in TERRITORY_SUB_TYPES:
        sub_event_type = _territory_sub_type(frame, country)
    crowd = next((a for a in (frame.actor1, frame.actor2) if a is not None and a.inter in CROWD_RECODE), None)
    if event_type == "Battles" and crowd is not None:
        # Fighting needs two armed, organised sides; a crowd facing the police is a protest or riot.
        event_type, sub_event_type = CROWD_RECODE[crowd.inter]
    if event_type in CROWD_TYPES and country_name:
        # ACLED codes the crowd as actor1 and the force that meets it as actor2.
        state = next((a for a in (frame.actor1, frame.actor2) if a is not None and a.inter == 1), None)
        actor1 = CROWD_TYPES[event_type].format(country=country_name)
        actor2 = state.resolved_name(country_name) if state is not None else None
    if actor2 is None and frame.fatalities and event_type in CIVILIAN_TOLL_TYPES and country_name:
        actor2 = CIVILIANS.format(country=country_name)  # a report of dead with no target named
    place = frame.place
    event = Event(
        event_type=event_type,
        sub_event_type=sub_event_type,
        date=frame.date,
        time_precision=frame.time_precision,
        actor1=actor1,
        actor1_ar=frame.actor1.span.text if frame.actor1 else None,
        actor2=actor2,
        actor2_ar=frame.actor2.span.text if frame.actor2 else None,
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
        rules=tuple(frame.rules),
        geonameid=resolved.geonameid if (resolved := _gazetteer_place(frame)) else None,
    )
    return replace(event, confidence=_confidence(frame))


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
    if frame.place is None:
        return 1 if frame.anchor is not None else None
    if frame.place.place is None and frame.anchor is not None:
        return 2  # a part of the anchoring city, or somewhere in its province
    return frame.place.precision


def _finished(event: Event) -> Event:
    """The id and the English note, once the event's fields are final (and no actor against itself,
    which merging two reports can otherwise produce)."""
    if event.actor2 is not None and event.actor2 == event.actor1:
        event = replace(event, actor2=None, actor2_ar=None)
    return replace(event, id=_event_id(event), notes=_note(event))


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
    score = 0.4
    score += 0.15 if frame.actor1 else 0.0
    score += 0.15 if frame.place else 0.0
    score += 0.1 if "date:published" not in frame.rules else 0.0
    score += 0.1 if frame.fatalities is not None or frame.weapons else 0.0
    score -= 0.1 if frame.trigger.generic or frame.trigger.weak else 0.0
    return round(min(score, 1.0), 2)


def _note(event: Event) -> str:
    place = event.location or event.location_ar  # English when the gazetteer knows the place
    names = [x for x in (place, event.admin1, event.country) if x]
    where = ", ".join(dict.fromkeys(names)) or "an unknown place"
    who = event.actor1 or "an unnamed actor"
    against = f" against {event.actor2}" if event.actor2 else ""
    when = event.date.isoformat() if event.date else "an unknown date"
    killed = f"; {event.fatalities} killed" if event.fatalities is not None else ""
    return f"{event.sub_event_type} by {who}{against} in {where} on {when}{killed}."
