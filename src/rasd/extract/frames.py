"""Event frames: each trigger that reports an event becomes a frame with its type, actors, place,
date, fatalities, weapons and source, read from its sentence and the article around it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections import Counter
from dataclasses import dataclass, field, replace

from rasd.dates import DAY, time_expressions
from rasd.extract.actors import ActorMention, actor_mentions
from rasd.extract.deciders import PlaceDecider, SentenceDecider, rule_decision
from rasd.extract.fatalities import fatalities_in
from rasd.extract.mentions import TextMentions
from rasd.extract.modality import non_event_reason
from rasd.extract.place_features import ArticleWhere, place_key, sentence_of
from rasd.extract.places import (
    BARE,
    NAMING_KINDS,
    PlaceMention,
    bare_place_mentions,
    best_place,
    countries_in,
    located,
    parts_before,
    place_mentions,
    word_list,
)
from rasd.geocode.distance import km_between
from rasd.geocode.gazetteer import Gazetteer
from rasd.geocode.gazetteer import Place as GazetteerPlace
from rasd.geocode.resolve import Context
from rasd.lexicon.lexicon import SPECIFICITY, SUB_EVENT_TYPES, Admin1, Lexicon, Trigger
from rasd.text.tokenize import clitic_roles
from rasd.types import AnalyzedText, Article, Decision, Mention, Rejection, Sentence, Span

CIVILIAN_INTER = 7
FOLLOWING_CLAUSE_RULE = "place:following_clause"
NESTED_KM = 10.0  # a quarter, square or suburb and the city it is part of
NEIGHBOURHOOD_CODE = "PPLX"
VICTIM_REACH = 4  # words after a killed-word or "بينهم" in which an actor is a victim ("مقتل 4 جنود")
CLAIM_REACH = 3
RECENT_DAYS = 31
SUBJECT_REACH = 4  # the subject of a verb-first sentence follows the verb within a few words
OPENING_SENTENCES = 2
#: The rule recorded when no time expression dates a frame and the publication day stands in.
DEFAULT_DATE_RULE = "date:published"
TERRITORY_SUB_TYPES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"


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
    sentence_decision: Decision | None = None  # the sentence decider's verdict, when one ran


@dataclass(frozen=True)
class FrameReading:
    """An article's frames, and the triggers that did not become frames with the reason why."""

    frames: list[Frame]
    rejected: list[Rejection]


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
        #: also read town names no cue or locative introduces, for the place decider to judge
        self.bare_names = place_decider is not None if bare_names is None else bare_names
        votes: Counter[str] = Counter()
        located_votes: Counter[str] = Counter()
        forces: Counter[str] = Counter()
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
            # "قصف النظام السوري"، "الجيش العراقي": a state's own forces mostly act at home.
            forces.update(_state_force_countries(mentions))
        ranked = votes.most_common()
        self.country = ranked[0][0] if ranked else None
        # Other countries count as where things happen only when the text says so more than once.
        self.countries = frozenset(
            [c for c, v in located_votes.items() if v >= 2]
            + ([self.country] if self.country else [])
            + [c for c, v in forces.items() if v >= 2 and not located_votes]
        )
        provinces = frozenset(
            m.lexicon.admin1[a.entry_id].geonames_code for m in texts for a in m.by_kind["admin1"]
        )
        first_pass = Context(self.countries, provinces=provinces)
        places = [(m, p) for m in texts for p in place_mentions(m, 0, len(m.text), gazetteer, first_pass)]
        # Names the article uses for places ("ساحة الطيران") are not triggers anywhere in it.
        self.place_names = {
            tuple(a[1] for a in m.text.analyses[p.first_token : p.end_token]) for m, p in places
        }
        # The places the article names are evidence for which namesake another name means; the
        # reporter's dateline is where the article was written, not where it happened.
        reported = [p for m, p in places if not _in_dateline(m, p)]
        neighbours = {(p.place.latitude, p.place.longitude) for p in reported if p.place is not None}
        self.where = Context(self.countries, neighbours=tuple(sorted(neighbours)), provinces=provinces)
        resolved = Counter(p.place for p in reported if p.place is not None)
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
        self.claimant = next(
            (c for m in texts if (c := claimant_of(m, actor_mentions(m, 0, len(m.text), set())))), None
        )

    def places(self, mentions: TextMentions, first: int, end: int) -> list[PlaceMention]:
        """The places of tokens ``[first, end)``, read with what the whole article says, and the
        bare town names among them when a place decider judges them."""
        read = place_mentions(mentions, first, end, self.gazetteer, self.where)
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


def _state_force_countries(mentions: TextMentions) -> list[str]:
    """The country of each mention of a state's forces (inter 1) that the lexicon ties to one."""
    actors = mentions.lexicon.actors
    return [
        actor.country
        for m in mentions.by_kind.get("actor", [])
        if (actor := actors.get(m.entry_id)) is not None and actor.inter == 1 and actor.country
    ]


def extract_frames(
    article: Article,
    texts: list[AnalyzedText],
    lexicon: Lexicon,
    gazetteer: Gazetteer,
    sentence_decider: SentenceDecider | None = None,
    place_decider: PlaceDecider | None = None,
) -> FrameReading:
    all_mentions = [TextMentions.of(text, lexicon) for text in texts]
    if _retrospective(all_mentions):
        return FrameReading([], [])
    context = ArticleContext(article, all_mentions, gazetteer, place_decider)
    frames: list[Frame] = []
    rejected: list[Rejection] = []
    for mentions in all_mentions:
        for sentence in mentions.text.sentences:
            read = _sentence_frames(mentions, sentence, context, sentence_decider)
            frames += read.frames
            rejected += read.rejected
    # Without a publication date, the latest day the article reports stands in for it.
    reference = article.published or max((f.date for f in frames if f.date is not None), default=None)
    fresh: list[Frame] = []
    for frame in frames:
        if _too_old(frame.date, reference):
            rejected.append(
                _rejection(frame.trigger_mention, frame.sentence, rule_decision("modality.too_old"))
            )
        else:
            fresh.append(frame)
    return FrameReading(fresh, rejected)


def _rejection(trigger: Mention, sentence: Sentence, decision: Decision) -> Rejection:
    return Rejection(trigger.span, sentence.span, decision)


def _retrospective(texts: list[TextMentions]) -> bool:
    """An article that opens by marking an anniversary ("في مثل هذا اليوم") recalls, it does not report."""
    for mentions in texts:
        opening = mentions.text.sentences[:OPENING_SENTENCES]
        if any(mentions.within("anniversary", s.first_token, s.end_token) for s in opening):
            return True
    return False


def _sentence_frames(
    mentions: TextMentions,
    sentence: Sentence,
    context: ArticleContext,
    decider: SentenceDecider | None,
) -> FrameReading:
    first, end = sentence.first_token, sentence.end_token
    actors = actor_mentions(mentions, first, end, context.named_actors, context.country)
    context.named_actors.update(a.actor_id for a in actors)
    frames: list[Frame] = []
    rejected: list[Rejection] = []
    verdict: Decision | None = None  # the sentence decider judges a sentence once, when asked
    clauses = sentence.clauses or ((first, end),)
    triggers = [_strongest_trigger(mentions, a, b, context.place_names, sentence) for a, b in clauses]
    for number, ((clause_first, clause_end), trigger) in enumerate(zip(clauses, triggers, strict=True)):
        if trigger is None:
            continue
        mention, entry = trigger
        rules = rule_decision(non_event_reason(mentions, mention, clause_first, clause_end, first, end))
        if not rules.accept:
            rejected.append(_rejection(mention, sentence, rules))
            continue
        if decider is not None:
            verdict = verdict or decider.decide(mentions, sentence)
            if not verdict.accept:
                # Kept as a frame that may add details to an event but never opens one.
                rejected.append(_rejection(mention, sentence, verdict))
        frame = Frame(
            entry,
            mention,
            sentence,
            mentions.text,
            entry.sub_event_type,
            rules=[f"trigger:{entry.id}", *([f"decider:{verdict.decider}"] if verdict else [])],
            evidence=[sentence.span],
            sentence_decision=verdict,
        )
        _refine_sub_type(frame, mentions, clause_first, clause_end, context.place_names)
        _without_resistance(frame, mentions)
        _assign_actors(frame, actors, mentions, clause_first, clause_end, context.claimant)
        _assign_place(frame, mentions, clause_first, clause_end, context)
        _assign_date(frame, mentions, clause_first, clause_end, context.article.published)
        _assign_fatalities(frame, mentions, clause_first, clause_end)
        _assign_source(frame, mentions, actors)
        if (entry.weak or entry.ambiguous) and frame.fatalities is None and not frame.weapons:
            # A weak trigger ("يسيطر"، "دخل") reports an event only with its toll or weapons.
            rejected.append(_rejection(mention, sentence, rule_decision("trigger.weak_alone")))
            continue
        # The clauses after it that have no trigger of their own may name more of its targets.
        rest = zip(clauses[number + 1 :], triggers[number + 1 :], strict=True)
        following = [clause for clause, _ in itertools.takewhile(lambda item: item[1] is None, rest)]
        own = _one_per_place(frame, mentions, clause_first, clause_end, context)
        frames += _with_following_places(own, mentions, (clause_first, clause_end), following, context)
    return FrameReading(frames, rejected)


def _one_per_place(
    frame: Frame, mentions: TextMentions, first: int, end: int, context: ArticleContext
) -> list[Frame]:
    """ "قصفت الطائرات قرية X وبلدة Y": one event per place the clause names; a quarter and its city
    ("حي الكرادة وسط بغداد") are one place."""
    if frame.place is None or not _settlement(frame.place):
        return [frame]
    settlements = [frame.place]
    for p in context.not_vetoed(mentions, context.places(mentions, first, end)):
        if _settlement(p) and not _nested(p, settlements):
            settlements.append(p)
    if len(settlements) < 2:
        return [frame]
    return [
        _placed_at(
            frame, dataclasses.replace(p, admin1=p.admin1 or frame.place.admin1), "place:one_per_place"
        )
        for p in settlements
    ]


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
    Only towns the gazetteer locates in the event's country count, each once."""
    frame = frames[0]
    has_own = bool(context.not_vetoed(mentions, context.places(mentions, *clause)))
    found: dict[GazetteerPlace, PlaceMention] = {}
    for first, end in following:
        opening = mentions.text.analyses[first]
        joined = opening[0][:1] in clitic_roles().conjunctions
        if not joined and (has_own or opening[1] not in word_list("elaborations")):
            continue
        for p in context.not_vetoed(mentions, context.places(mentions, first, end)):
            if p.place is not None and not p.is_province and p.country == (frame.country or p.country):
                found.setdefault(p.place, p)
    if has_own:
        for kept in frames:
            found.pop(kept.place.place if kept.place is not None else None, None)
    if not found:
        return frames
    copies = [_placed_at(frame, p, FOLLOWING_CLAUSE_RULE) for p in found.values()]
    if has_own:
        return frames + [dataclasses.replace(c, fatalities=None) for c in copies]
    return [copies[0], *(dataclasses.replace(c, fatalities=None) for c in copies[1:])]


def _placed_at(frame: Frame, place: PlaceMention, rule: str) -> Frame:
    """The frame at another of the places its clause names; its place rules are the new place's."""
    rules = [r for r in frame.rules if not r.startswith("place:")]
    if place.match != "exact":
        rules.append(f"place:{place.match}")
    return dataclasses.replace(
        frame, place=place, country=place.country or frame.country, rules=[*rules, rule]
    )


def _in_dateline(mentions: TextMentions, place: PlaceMention) -> bool:
    return any(
        s.kind == "dateline" and s.first_token <= place.first_token < s.end_token
        for s in mentions.text.sentences
    )


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


def territory_sub_type(frame: Frame, country: str | None) -> str:
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
    places = context.not_vetoed(mentions, context.places(mentions, first, end)) or context.not_vetoed(
        mentions, context.places(mentions, sentence.first_token, sentence.end_token)
    )
    # The place decider vetoes candidates that are not where it happened (a dateline, a source's
    # seat); when it vetoes them all, the rules' choice stands.
    accepted = context.accepted(mentions, places)
    frame.place = best_place(accepted + parts_before(accepted, places) if accepted else places)
    if context.place_decider is not None and frame.place is not None and accepted:
        frame.rules.append(f"decider:{context.place_decision(mentions, frame.place).decider}")
    place = frame.place
    if place is not None and place.match != "exact":
        frame.rules.append(f"place:{place.match}")
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
        frame.rules.append(DEFAULT_DATE_RULE)


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
