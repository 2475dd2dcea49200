"""Actor mentions: lexicon aliases, nationality compositions (الطائرات الروسية، قوات عراقية) and
short forms (التنظيم) once the full name has been read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from rasd.acled import conventions, is_unidentified
from rasd.extract.mentions import TextMentions
from rasd.extract.numbers import number_ending_at
from rasd.lexicon.lexicon import ForceNoun, Lexicon
from rasd.text.tokenize import bears_preposition, clitic_roles, is_definite
from rasd.types import Mention, Span

MAX_WORDS_BEFORE_NATIONALITY = 1  # "الطائرات الحربية الروسية": one adjective may come between
MAX_WORDS_AFTER_BELONGING = 3  # "طائرات تابعة للحكومة السورية"
MAX_WORDS_OF_BASE_NAME = 3  # "قاعدة «كاتي» العسكرية"، "قاعدة عثمان دقنة الجوية": a base's own name
#: "أحدهم مصري"، "احدهما بريطاني": one of a group already counted says who he is, not who was struck.
MIN_NATIONALS_COUNTED = 2
MAX_WORDS_BEFORE_GROUP = 5  # "انتحاريين" … "داعش": "انتحاريين اثنين من عناصر تنظيم \"داعش\""
STATE_INTER = 1  # ACLED's inter code of a state's own forces
#: Inter codes of armed groups that are not a state's forces (rebels, militias, external groups).
NON_STATE_ARMED_INTER = frozenset({2, 3, 4})
#: Inter codes of every armed actor: state forces, rebels, militias, external forces.
ARMED_INTER = frozenset({1, 2, 3, 4, 8})
CIVILIAN_INTER = 7  # ACLED's inter code of civilians


@dataclass(frozen=True, slots=True)
class ActorMention:
    name: str  # may hold "{country}", filled with the event's country
    actor_id: str
    inter: int
    country: str | None  # the actor's home country, when it has one
    span: Span
    first_token: int
    end_token: int
    weapon: str | None = None
    site: bool = False  # a military base the text names ("قاعدة كاتي العسكرية"): only ever struck

    @property
    def generic(self) -> bool:
        return "{country}" in self.name

    @property
    def unidentified(self) -> bool:
        """Gunmen, attackers or a bomber the text does not name ("مسلحون"، "انتحاري")."""
        return is_unidentified(self.name)

    @property
    def named_armed_group(self) -> bool:
        """A rebel group or militia the text names ("داعش"، "قوات الدعم السريع")."""
        return self.inter in NON_STATE_ARMED_INTER and not self.generic

    def resolved_name(self, country_name: str | None) -> str | None:
        if not self.generic:
            return self.name
        return self.name.format(country=country_name) if country_name else None


def actor_mentions(
    mentions: TextMentions, first: int, end: int, named_before: set[str], country: str | None = None
) -> list[ActorMention]:
    """Actors in tokens ``[first, end)``, longest first where they overlap, in text order.

    ``named_before`` holds the ids of actors already named in the article; short forms resolve
    only to them, or to an actor the article's country calls by them unnamed. ``country`` (the
    article's) resolves words such as "التحالف" that name a different actor in each theatre.
    """
    lexicon = mentions.lexicon
    found = [
        _from_lexicon(
            mentions, lexicon.actors[m.entry_id].in_theatre(country), m.span, m.first_token, m.end_token
        )
        for m in mentions.within("actor", first, end)
    ]
    found += [
        _from_lexicon(mentions, m.entry_id, m.span, m.first_token, m.end_token)
        for m in mentions.within("anaphora", first, end)
        if m.entry_id in named_before or country in lexicon.actors[m.entry_id].unnamed_in
    ]
    for m in mentions.within("contextual_actor", first, end):
        actor_id = lexicon.contextual_actors[m.entry_id].get(country or "")
        if actor_id is not None:
            found.append(_from_lexicon(mentions, actor_id, m.span, m.first_token, m.end_token))
    people_abroad = mentions.within("civilian_nouns", first, end)
    for force in mentions.within("force", first, end) + people_abroad:
        nationality = _nationality_of(mentions, force, end, force in people_abroad)
        if nationality is None:
            continue
        noun = lexicon.force_nouns[force.entry_id]
        found.append(
            ActorMention(
                _composed_name(lexicon, noun, nationality),
                f"{force.entry_id}+{nationality.entry_id}",
                noun.inter,
                nationality.entry_id,
                mentions.text.span(force.first_token, nationality.end_token),
                force.first_token,
                nationality.end_token,
                noun.weapon,
            )
        )
    found += _military_bases(mentions, first, end)
    found += _counted_nationals(mentions, first, end)
    kept = [
        a
        for a in _longest_first(found)
        if not _qualifies_a_noun(mentions, a) and not _adjective_of_an_act(mentions, a)
    ]
    return _forces_of_their_owner(mentions, _without_fighters_of_named(mentions, kept))


def _nationality_of(mentions: TextMentions, force: Mention, end: int, abroad: bool) -> Mention | None:
    """The nationality told right after a force noun ("الطائرات الحربية الروسية"), or a few words on
    after a word of belonging or a hedge ("طائرات تابعة للحكومة السورية"، "طائرة مسيرة يرجح أنها
    أمريكية"); a person abroad may have his country's name instead ("سفير الأردن لدى ليبيا")."""
    belongs = mentions.starting_at("belonging", force.end_token) is not None
    told = [
        mentions.at("nationality", force.end_token + gap)
        for gap in range((MAX_WORDS_AFTER_BELONGING if belongs else MAX_WORDS_BEFORE_NATIONALITY) + 1)
    ]
    if abroad:
        told.append(mentions.starting_at("country", force.end_token))
    return next(
        (
            n
            for n in told
            if n is not None
            and n.end_token <= end
            and not bears_preposition(mentions.text.analyses[n.first_token])
            and (belongs or _adjectives_between(mentions, force.end_token, n.first_token))
        ),
        None,
    )


def _counted_nationals(mentions: TextMentions, first: int, end: int) -> list[ActorMention]:
    """ "اختطاف أربعة إيطاليين في ليبيا"، "ترتفع الحصيلة إلى 10 سوريين": people counted by their
    nationality alone are civilians of that country, as ACLED codes victims abroad. A force noun
    between the count and the nationality makes a force ("مقتل 3 جنود أتراك"), read above. Such a
    nationality is indefinite: one with the article qualifies the noun before a number ("مقر الفرقة
    17 السورية"، "اللواء 93 العراقي" are units, "ثورة 2011 الليبية" a revolution)."""
    lexicon, template = mentions.lexicon, conventions()["civilians_actor"]
    found = []
    for nationality in mentions.within("nationality", first, end):
        if is_definite(mentions.text.analyses[nationality.first_token]):
            continue
        count = number_ending_at(mentions, nationality.first_token, first)
        country = lexicon.countries.get(nationality.entry_id)
        if count is None or count.value < MIN_NATIONALS_COUNTED or country is None:
            continue
        found.append(
            ActorMention(
                template.format(country=country.name_en),
                f"counted+{nationality.entry_id}",
                CIVILIAN_INTER,
                nationality.entry_id,
                mentions.text.span(count.first_token, nationality.end_token),
                count.first_token,
                nationality.end_token,
            )
        )
    return found


def _adjectives_between(mentions: TextMentions, first: int, end: int) -> bool:
    """The words between a force noun and a nationality are its adjectives ("الطائرات الحربية
    الروسية"); a word with a pronoun suffix is none ("هجوم نفذه فلسطيني" is an attack a Palestinian
    carried out), nor is a number ("اعتقلت قوات الاحتلال 5 فلسطينيين": five Palestinians arrested)."""
    text = mentions.text
    return all(text.norms[i].isalpha() and not text.analyses[i][2] for i in range(first, end))


def _qualifies_a_noun(mentions: TextMentions, actor: ActorMention) -> bool:
    """ "فرق الدفاع المدني"، "في تصريحات صحفية": a civilian word right after one of these nouns is
    its adjective (the civil defence, the press), not people who suffered an act."""
    return actor.inter == CIVILIAN_INTER and mentions.ending_at("civil_heads", actor.first_token) is not None


def _adjective_of_an_act(mentions: TextMentions, actor: ActorMention) -> bool:
    """ "شن الحوثيون هجوما مسلحا على مواقع المقاومة": a word of arms right after an act noun (not a
    verb: "هاجم مسلح المركز") is the act's adjective; the act's author is named elsewhere, or the
    event falls back to an unidentified group (`frames._told_armed`)."""
    adjective = mentions.starting_at("armed_adjectives", actor.first_token)
    if not actor.unidentified or adjective is None or adjective.end_token != actor.end_token:
        return False
    # the act noun before it, or a trigger phrase that holds the adjective ("هجوما مسلحا")
    act = mentions.ending_at("trigger", actor.first_token) or mentions.ending_at("trigger", actor.end_token)
    return (
        act is not None
        and act.first_token < actor.first_token
        and mentions.lexicon.triggers[act.entry_id].kind != "verb"
    )


def _military_bases(mentions: TextMentions, first: int, end: int) -> list[ActorMention]:
    """ "هجوم انتحاري استهدف قاعدة كاتي العسكرية"، "صواريخ سقطت في قاعدة بلد الجوية العراقية": a
    base the adjective after it calls military stands for the military that holds it, of the
    nationality told right after the adjective, else of the event's country."""
    template = conventions()["state_forces"][0]
    found = []
    for base in mentions.within("base_nouns", first, end):
        reach = base.end_token + MAX_WORDS_OF_BASE_NAME + 1
        adjective = next(iter(mentions.within("base_adjectives", base.end_token, reach)), None)
        if adjective is None or adjective.end_token > end:
            continue
        nationality = mentions.at("nationality", adjective.end_token)
        if nationality is None or nationality.end_token > end:
            name, actor_id, country, last = template, "base", None, adjective.end_token
        else:
            owner = mentions.lexicon.force_country_names[nationality.entry_id]
            name, actor_id = template.format(country=owner), f"base+{nationality.entry_id}"
            country, last = nationality.entry_id, nationality.end_token
        span = mentions.text.span(base.first_token, last)
        found.append(
            ActorMention(name, actor_id, STATE_INTER, country, span, base.first_token, last, site=True)
        )
    return found


def _composed_name(lexicon: Lexicon, noun: ForceNoun, nationality: Mention) -> str:
    """ "Military Forces of the United States" but "Civilians (United States)": ACLED writes a
    country in parentheses without its article."""
    country = lexicon.countries.get(nationality.entry_id)
    if country is not None and "({country})" in noun.template:
        return noun.template.format(country=country.name_en)
    return noun.template.format(country=nationality.label)


def state_forces_named_by_country(mentions: TextMentions, country: Mention) -> ActorMention:
    """ "نفذت الولايات المتحدة غارة"، "وإسرائيل تغير": a state named as the author of an act of war
    stands for its military."""
    template = conventions()["state_forces"][0]
    name = template.format(country=mentions.lexicon.force_country_names[country.entry_id])
    return ActorMention(
        name,
        f"state:{country.entry_id}",
        1,
        country.entry_id,
        country.span,
        country.first_token,
        country.end_token,
    )


def owner_of(mentions: TextMentions, actors: list[ActorMention], force: Mention) -> ActorMention | None:
    """The actor a word of belonging right after a force names a few words on ("طائرات تابعة
    لقوات النظام"، "الطائرات التابعة للتحالف")."""
    belonging = mentions.starting_at("belonging", force.end_token)
    if belonging is None:
        return None
    return next(
        (a for a in actors if 0 <= a.first_token - belonging.end_token < MAX_WORDS_AFTER_BELONGING),
        None,
    )


def unnamed_author(mentions: TextMentions, force: Mention) -> ActorMention:
    """A force the text gives no owner (طائرة مسيرة) named as the author: an unidentified group."""
    template = conventions()["unidentified_actor"]
    actor = next(a for a in mentions.lexicon.actors.values() if a.name == template)
    return ActorMention(
        actor.name, actor.id, actor.inter, None, force.span, force.first_token, force.end_token
    )


def _from_lexicon(mentions: TextMentions, actor_id: str, span: Span, first: int, end: int) -> ActorMention:
    actor = mentions.lexicon.actors[actor_id]
    return ActorMention(actor.name, actor.id, actor.inter, actor.country, span, first, end)


def _without_fighters_of_named(mentions: TextMentions, found: list[ActorMention]) -> list[ActorMention]:
    """ "مسلحو تنظيم داعش"، "مسلحون من تنظيم القاعدة"، "انتحاريين اثنين من عناصر داعش": unnamed
    gunmen whose group the next words name are that group, one mention from the gunmen on
    ("مسلحين وقوات الجيش" joins two); a group known by its kind counts too ("مسلحو المقاومة
    الشعبية" are the Popular Resistance, not unknown men attacking it)."""
    conjunctions = clitic_roles().conjunctions
    groups = [
        m
        for m in found
        if m.inter in NON_STATE_ARMED_INTER
        and not m.unidentified
        and mentions.text.analyses[m.first_token][0][:1] not in conjunctions
    ]

    def group_of(mention: ActorMention) -> ActorMention | None:
        if not mention.unidentified:
            return None
        return next((g for g in groups if belongs(mentions, mention.end_token, g.first_token)), None)

    return _absorbed_into(mentions, found, group_of)


def _forces_of_their_owner(mentions: TextMentions, found: list[ActorMention]) -> list[ActorMention]:
    """ "طائرات حربية يعتقد أنها تابعة للتحالف": a force the lexicon knows only by its kind (warplanes,
    troops: the military of the country struck) is the actor a word of belonging right after it
    names, one mention from the force on; without the owner, Syria's warplanes would be the
    regime's whoever flew them."""

    def owner(mention: ActorMention) -> ActorMention | None:
        return owner_of(mentions, [a for a in found if not a.generic], mention) if mention.generic else None

    return _absorbed_into(mentions, found, owner)


def _absorbed_into(
    mentions: TextMentions,
    found: list[ActorMention],
    absorber: Callable[[ActorMention], ActorMention | None],
) -> list[ActorMention]:
    """Each mention the next words tell more of (``absorber``: its group, its owner) becomes that
    actor, spanning from its own first word to the actor's last; the actor's own mention goes."""
    absorbed: set[int] = set()
    kept: list[ActorMention] = []
    for mention in found:
        if mention.first_token in absorbed:
            continue
        actor = absorber(mention)
        if actor is not None:
            absorbed.add(actor.first_token)
            span = mentions.text.span(mention.first_token, actor.end_token)
            mention = replace(actor, span=span, first_token=mention.first_token)
        kept.append(mention)
    return kept


def belongs(mentions: TextMentions, end: int, group: int) -> bool:
    """Only punctuation, a number or words of belonging (من، ينتمون إلى), also believed belonging
    ("يعتقد أنهم ينتمون إلى"), lie between."""
    if not 0 <= group - end <= MAX_WORDS_BEFORE_GROUP:
        return False
    believed = {
        i for m in mentions.within("believed_members", end, group) for i in range(m.first_token, m.end_token)
    }
    return all(
        not any(c.isalpha() for c in mentions.text.norms[i])
        or i in believed
        or mentions.at("membership", i) is not None
        or mentions.at("number", i) is not None
        for i in range(end, group)
    )


def _longest_first(found: list[ActorMention]) -> list[ActorMention]:
    """The longest mentions that overlap no longer one; the tokens taken are kept in a set, so a
    long article's thousands of mentions cost linear time, not one comparison per pair."""
    kept: list[ActorMention] = []
    taken: set[int] = set()
    for mention in sorted(found, key=lambda m: (m.first_token - m.end_token, m.first_token)):
        tokens = range(mention.first_token, mention.end_token)
        if taken.isdisjoint(tokens):
            kept.append(mention)
            taken.update(tokens)
    return sorted(kept, key=lambda m: m.first_token)
