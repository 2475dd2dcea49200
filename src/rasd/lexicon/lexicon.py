"""The language resources, loaded once into typed entries and phrase indexes."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rasd import acled
from rasd.errors import Code, ResourceError
from rasd.lexicon.cache import cached
from rasd.lexicon.matcher import PhraseIndex, PhraseMatcher, phrase_key
from rasd.lexicon.resources import load_tsv, load_yaml
from rasd.types import AnalyzedText

#: Cue lists whose words carry a pronoun that matters ("بينهم", "إنه"): matched with their suffix
#: ("قتلا" is two dead, "قتلاه" his dead; "أحيانا" at times, not the neighbourhoods "الأحياء").
SUFFIX_SENSITIVE_CUES = frozenset(
    {"victims", "speaker_pronouns", "agents", "quoted", "two_dead", "habitual", "private_victims"}
)
#: Cue lists that tell an article's genre (``extract/genre.py``), not a sentence's reading.
GENRE_CUES = (
    "press_review",
    "history_page",
    "court_report",
    "feature_voice",
    "report_voice",
    "sport_words",
    "sport_settings",
)
#: A verb-object trigger read across the subject told between its words ("أطلق مستوطنون النار").
READ_ACROSS_ACTOR = "read_across_actor"
ARTICLE_EXACT_CUES = frozenset({"base_nouns"})  # "قاعدة" (a base) is not "القاعدة" (Al Qaeda)
CUE_CATEGORIES = (
    "negation",
    "recap",
    "earlier",
    "long_ago",
    "negated_aspects",
    "threat",
    "plan",
    "aim",
    "aim_to",
    "fear",
    "denial",
    "condition",
    "speculation",
    "hypothetical",
    "kinds_of_acts",
    "habitual",
    "killed",
    "killing_verbs",
    "fate_verbs",
    "wounded",
    "hurt_verbs",
    "lower_bound",
    "claim",
    "blame",
    "partial_claim",
    "victims",
    "victims_unit",
    "targets",
    "target_verbs",
    "agents",
    "pair_opener",
    "backed_by",
    "relation_nouns",
    "side_closers",
    "issued_at",
    "origin_words",
    "province_lists",
    "fixed_phrases",
    "government_voice",
    "government_ties",
    "publication_stamps",
    "meetings",
    "source_links",
    "membership",
    "believed_members",
    "quoted",
    "performs",
    "speaker_pronouns",
    "carrying_out",
    "carrying_out_links",
    "judicial_execution",
    "anniversary",
    "verdict",
    "years_since",
    "located",
    "control_prepositions",
    "holders",
    "held_positions",
    "taken_from",
    "opposed_to",
    "campaign_nouns",
    "campaign_goals",
    "causes",
    "launchers",
    "clearance",
    "bomber_handling",
    "conduct_nouns",
    "warrant",
    "protest_notes",
    "warning_fire",
    "celebratory_fire",
    "wounded_of",
    "wounded_by",
    "prayers",
    "blaze",
    "military_sites",
    "base_nouns",
    "base_adjectives",
    "civilian_sites",
    "answered_acts",
    "ongoing_situations",
    "answered_motives",
    "rescue",
    "release",
    "wildfire",
    "accident",
    "ordinary_crime",
    "private_victims",
    "tally",
    "documented",
    "trial",
    "another",
    "ordinals",
    "similar",
    "separate_incident",
    "several_acts",
    "ground_too",
    "reactions",
    "results",
    "preludes",
    "follow_ons",
    "describing",
    "replying",
    "own_forces",
    "body_heads",
    "aftermath",
    "purpose",
    "responses",
    "talks",
    "feasibility",
    "recording",
    "relative_pronouns",
    "complementizers",
    "sports",
    "outlets",
    "festive",
    "not_munitions",
    "halted_activities",
    "civil_aviation",
    "service_aviation",
    "breaches",
    "appeals",
    "institutions",
    "civil_heads",
    "laid_on",
    "speech_nouns",
    "armed_adjectives",
    "arenas",
    "verbal",
    "calming",
    "not_territory",
    "belonging",
    "allies",
    "interception",
    "aircraft_lost",
    "objection",
    "possession",
    "held_lists",
    "finding",
    "accompaniment",
    "holding_verbs",
    "suffering_verbs",
    "singular_persons",
    "accusative_persons",
    "dual_persons",
    "person_titles",
    "age_words",
    "one_dead",
    "others",
    "both_sides",
    "toll_reaches",
    "toll_nouns",
    "toll_rises",
    "funerals",
    "funeral_objects",
    "killed_pronoun_counts",
    "two_dead",
    "coordinators",
    "clause_connectives",
    "author_prepositions",
    "past_auxiliary",
    "future",
    "aggregate",
    "year_words",
    "bare_year_words",
    "period_openers",
    "counted_period_openers",
    "since_openers",
    "held_since",
    "comparisons",
    "long_durations",
    "days_ago",
    "day_units",
    "counted_from",
    "many_places",
    "continuing_battles",
    "day_of_month",
    "month_nouns",
    "month_of_the_year",
    "clock_words",
    "hour_units",
    "range_openers",
    *GENRE_CUES,
    "grievances",
    "one_other",
    "crowd_words",
)


@dataclass(frozen=True, slots=True)
class Trigger:
    id: str
    phrase: str
    event_type: str
    sub_event_type: str
    kind: str
    flags: frozenset[str]

    @property
    def generic(self) -> bool:
        return "generic" in self.flags

    @property
    def weak(self) -> bool:
        return any(flag.startswith("weak") for flag in self.flags)

    @property
    def ambiguous(self) -> bool:
        return any(flag.startswith("ambiguous") for flag in self.flags)


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    inter: int
    country: str | None
    #: (iso2, actor id): the actor these words name in that country's theatre ("الجيش" in the
    #: Palestinian territories is Israel's)
    theatres: tuple[tuple[str, str], ...] = ()
    #: fights for the state it stands in (ACLED: "government forces or their affiliates")
    state_affiliate: bool = False
    #: a unit ACLED names as part of its state's forces that serves under their command (Iraq's
    #: Counter Terrorism Service, Iran's Revolutionary Guard): never the other side of that state's
    #: military or police
    state_unit: bool = False
    #: the actor these words name when the force faces a crowd (Iraq's "security forces" fight as
    #: its military but meet protesters as its police), if another
    at_crowds: str | None = None
    #: countries whose press calls it by its anaphora without naming it first
    unnamed_in: frozenset[str] = frozenset()

    @property
    def generic(self) -> bool:
        return "{country}" in self.name

    def in_theatre(self, country: str | None) -> str:
        """The id of the actor these words name in a country's theatre."""
        return dict(self.theatres).get(country or "", self.id)


@dataclass(frozen=True, slots=True)
class Weapon:
    name: str
    implies: str | None
    #: What the weapon is in an attack: ``fired`` at a target (guns, RPGs, rockets, mortars),
    #: a ``vehicle_bomb``, an ``unmanned`` aircraft (a drone, whoever flies it), or None.
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    name_en: str


@dataclass(frozen=True, slots=True)
class Admin1:
    id: str
    iso2: str
    name_en: str
    geonames_code: str | None
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class ForceNoun:
    template: str
    weapon: str | None
    inter: int  # the inter code of the lexicon actor its template names (civilians: 7)


@dataclass(frozen=True)
class Lexicon:
    """Every entry by id, and one phrase index per kind of mention."""

    triggers: dict[str, Trigger]
    actors: dict[str, Actor]
    weapons: dict[str, Weapon]
    countries: dict[str, Country]
    admin1: dict[str, Admin1]
    force_nouns: dict[str, ForceNoun]
    numbers: dict[str, tuple[int, str]]
    vague_counts: dict[str, int | None]
    time_words: dict[str, tuple[str, int | None]]
    #: a month's number, calendar, and whether its name alone (no day, year or modifier) dates
    months: dict[str, tuple[int, str, bool]]
    place_cues: dict[str, tuple[str, int]]
    #: the countries whose first-level divisions a place cue word names (منطقة: Saudi Arabia's regions)
    province_cue_countries: dict[str, frozenset[str]]
    #: the countries where every place a cue word names lies (مستوطنة: Israel and the West Bank)
    places_in_countries: dict[str, frozenset[str]]
    indexes: dict[str, PhraseIndex]
    matcher: PhraseMatcher  # all the indexes at once, for reading a text in one pass
    admin1_codes: dict[str, Admin1]
    contextual_actors: dict[str, dict[str, str]]

    def index(self, kind: str) -> PhraseIndex:
        return self.indexes[kind]

    def has_trigger(self, text: AnalyzedText) -> bool:
        """Whether a word of the text reports an event: most articles hold none, and their other
        mentions (some 130 an article, mostly function words) need not be read at all."""
        matcher = self._trigger_matcher
        found = matcher.may_match(text) and bool(matcher.match(text)["trigger"])
        return found or self._may_read_across_actor(text)

    def _may_read_across_actor(self, text: AnalyzedText) -> bool:
        """Whether a verb of a trigger read across its subject and that trigger's object are both
        in the text ("أطلق مستوطنون النار" holds no trigger word by itself)."""
        split = self.triggers_read_across_actor
        if split.keys().isdisjoint(text.stems):
            return False  # most texts: no such verb, and no set of their words built
        stems = set(text.stems)
        return any(rest[0] in stems for verb in split.keys() & stems for rest, _ in split[verb])

    @cached_property
    def _trigger_matcher(self) -> PhraseMatcher:
        return PhraseMatcher((self.indexes["trigger"],))

    @cached_property
    def triggers_read_across_actor(self) -> dict[str, list[tuple[tuple[str, ...], Trigger]]]:
        """The verb-object triggers flagged ``read_across_actor`` ("أطلق نار"، "أطلقت نار على
        متظاهرين"), by the verb's stem, each with the stems that follow the verb, longest first:
        told verb first, the subject stands between the verb and its object."""
        split: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
        for trigger in self.triggers.values():
            key = phrase_key(trigger.phrase) if READ_ACROSS_ACTOR in trigger.flags else None
            if key is not None and len(key.stems) > 1:
                split.setdefault(key.stems[0], []).append((key.stems[1:], trigger))
        return {verb: sorted(rests, key=lambda r: -len(r[0])) for verb, rests in split.items()}

    @cached_property
    def genre_matcher(self) -> PhraseMatcher:
        """The lists that tell an article's genre (``extract/genre.py``), read only in articles
        that gave events."""
        return PhraseMatcher(self.indexes[kind] for kind in GENRE_CUES)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The stems the lexicons use for anything but places (actors, triggers, cues, numbers…):
        such a word is not read as a place without a cue word ("في حكومة الحوثيين"). The words of
        one-word country and province names stay places even inside an actor's name ("قوات طرابلس")."""
        place_kinds = {"country", "admin1", "place_cue"}
        places = {w for kind in ("country", "admin1") for w in self.indexes[kind].single_words()}
        return (
            frozenset(
                w for kind, index in self.indexes.items() if kind not in place_kinds for w in index.words()
            )
            - places
        )

    def weapons_of_role(self, role: str) -> frozenset[str]:
        """The names of the weapons of a role in ``weapons.tsv`` (``fired``, ``vehicle_bomb``,
        ``unmanned``)."""
        return self._weapon_roles.get(role, frozenset())

    @cached_property
    def _weapon_roles(self) -> dict[str, frozenset[str]]:
        roles: dict[str, set[str]] = {}
        for weapon in self.weapons.values():
            if weapon.role:
                roles.setdefault(weapon.role, set()).add(weapon.name)
        return {role: frozenset(names) for role, names in roles.items()}

    @cached_property
    def force_country_names(self) -> dict[str, str]:
        """A country's name as the owner of forces, with ACLED's article where it takes one
        ("Military Forces of the United States"), by ISO code."""
        names = {iso2: country.name_en for iso2, country in self.countries.items()}
        names.update({row["iso2"]: row["country_en"] for row in load_tsv("nationalities.tsv")})
        return names

    @cached_property
    def _actors_by_name(self) -> tuple[dict[str, Actor], tuple[tuple[str, str, Actor], ...]]:
        """Actors by exact name, and (prefix, suffix, actor) of the ``{country}`` templates, longest
        first so that the most specific template wins."""
        exact = {a.name: a for a in self.actors.values() if not a.generic}
        templates = []
        for actor in self.actors.values():
            if actor.generic:
                prefix, _, suffix = actor.name.partition("{country}")
                templates.append((prefix, suffix, actor))
        templates.sort(key=lambda t: len(t[0]) + len(t[1]), reverse=True)
        return exact, tuple(templates)

    def actor_named(self, name: str) -> Actor | None:
        """The actor of a canonical name; a template such as ``Civilians ({country})`` answers for
        its name with any country filled in. None for a name the lexicon does not hold."""
        exact, templates = self._actors_by_name
        if name in exact:
            return exact[name]
        for prefix, suffix, actor in templates:
            if len(name) > len(prefix) + len(suffix) and name.startswith(prefix) and name.endswith(suffix):
                return actor
        return None

    def inter_code(self, name: str) -> int | None:
        """ACLED inter code (1–8) of a canonical actor name (``actor_named``)."""
        actor = self.actor_named(name)
        return actor.inter if actor else None

    def admin1_by_code(self, country: str, code: str | None) -> Admin1 | None:
        """The first-level division of a GeoNames admin1 code (``SY`` and ``07``)."""
        return self.admin1_codes.get(f"{country}.{code}") if code else None


def _split_names(cell: str) -> list[str]:
    return [name.strip() for name in cell.split("|") if name.strip()]


def _index(
    kind: str,
    items,
    article_sensitive: bool = False,
    suffix_sensitive: bool = False,
    article_exact: bool = False,
    inner_preposition_exact: bool = False,
    names: frozenset[str] = frozenset(),
) -> PhraseIndex:
    return PhraseIndex(
        kind, article_sensitive, article_exact, suffix_sensitive, inner_preposition_exact, names
    ).add_all(items)


def _force_index(
    kind: str, rows: tuple[dict[str, str], ...], nouns: dict[str, ForceNoun], civilians: bool
) -> PhraseIndex:
    """The nouns of ``force_nouns.tsv`` that name armed forces ("قوات"، "طائرات"), or apart those
    that name civilians a nationality may follow ("السفير الأردني"), which no rule reads as an author."""
    civilian = acled.conventions()["civilian_inter"]
    return _index(
        kind,
        (
            (r["noun"], f"force:{i}", r["actor_template"])
            for i, r in enumerate(rows)
            if (nouns[f"force:{i}"].inter == civilian) == civilians
        ),
    )


def _load_triggers(cue_lists: Collection[str]) -> dict[str, Trigger]:
    declared = load_yaml("trigger_flags.yaml")["flags"]
    triggers = {}
    for row in load_tsv("triggers.tsv"):
        if acled.sub_event_types().get(row["sub_event_type"]) != row["event_type"]:
            raise ResourceError(
                Code.RESOURCE_INVALID, f"triggers.tsv {row['id']}: unknown sub-type {row['sub_event_type']!r}"
            )
        flags = frozenset(f.strip() for f in row["note"].split(";") if f.strip())
        for flag in flags:
            _check_flag(row["id"], flag, declared, cue_lists)
        triggers[row["id"]] = Trigger(
            row["id"], row["phrase"], row["event_type"], row["sub_event_type"], row["kind"], flags
        )
    return triggers


def _check_flag(trigger_id: str, flag: str, declared: dict[str, dict], cue_lists: Collection[str]) -> None:
    """A flag must be declared in trigger_flags.yaml and carry the argument its declaration allows,
    so that a misspelt flag fails here instead of being a rule that never fires."""
    name, _, argument = flag.partition(":")
    allowed = declared.get(name, {}).get("argument")
    if not (
        (allowed == "none" and not argument)
        or allowed == "free"
        or (allowed == "cues" and argument in cue_lists)
    ):
        raise ResourceError(
            Code.RESOURCE_INVALID,
            f"triggers.tsv {trigger_id}: flag {flag!r} is not one trigger_flags.yaml declares",
        )


def _load_contextual(
    actors: dict[str, Actor],
) -> tuple[dict[str, dict[str, str]], list[tuple[str, str, str]]]:
    """Aliases whose actor depends on the country: entry id → {iso2: actor id}."""
    by_entry, aliases = {}, []
    for number, entry in enumerate(load_yaml("actors.yaml").get("contextual") or []):
        entry_id = f"contextual:{number}"
        unknown = set(entry["by_country"].values()) - actors.keys()
        if unknown:
            raise ResourceError(Code.RESOURCE_INVALID, f"actors.yaml contextual: unknown actors {unknown}")
        by_entry[entry_id] = dict(entry["by_country"])
        aliases += [(alias, entry_id, "contextual") for alias in entry["aliases"]]
    return by_entry, aliases


def _load_actors() -> tuple[dict[str, Actor], list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    actors, aliases, anaphora = {}, [], []
    countries = {row["iso2"] for row in load_tsv("countries.tsv")}
    for entry in load_yaml("actors.yaml")["actors"]:
        _check_keys(entry)
        _check_countries(entry, countries)
        theatres = tuple(sorted((entry.get("theatres") or {}).items()))
        actor = Actor(
            entry["id"],
            entry["name"],
            int(entry["inter"]),
            entry.get("country"),
            theatres,
            bool(entry.get("state_affiliate")),
            bool(entry.get("state_unit")),
            entry.get("at_crowds"),
            frozenset(entry.get("unnamed_in") or ()),
        )
        actors[actor.id] = actor
        aliases += [(alias, actor.id, actor.name) for alias in entry.get("aliases") or []]
        anaphora += [(alias, actor.id, actor.name) for alias in entry.get("anaphora") or []]
    return actors, aliases, anaphora


#: The keys an actors.yaml entry may carry: a flag is read as false when absent, so a misspelt key
#: ("state_units") would silently switch it off.
ACTOR_KEYS = frozenset(
    {
        "id",
        "name",
        "inter",
        "country",
        "theatres",
        "state_affiliate",
        "state_unit",
        "at_crowds",
        "unnamed_in",
        "aliases",
        "anaphora",
    }
)


def _check_keys(entry: dict) -> None:
    unknown = entry.keys() - ACTOR_KEYS
    if unknown:
        raise ResourceError(
            Code.RESOURCE_INVALID, f"actors.yaml {entry.get('id')}: unknown keys {sorted(unknown)}"
        )


def _check_countries(entry: dict, countries: set[str]) -> None:
    """An actor's theatres and the countries whose press leaves it unnamed must be countries.tsv
    codes, so that a misspelt code ("LBN" for LB) fails here instead of being a rule that never fires."""
    unknown = {*(entry.get("theatres") or {}), *(entry.get("unnamed_in") or ())} - countries
    if unknown:
        raise ResourceError(
            Code.RESOURCE_INVALID, f"actors.yaml {entry['id']}: unknown country codes {sorted(unknown)}"
        )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon of the current resources, compiled once and then read from the cache folder."""
    return cached(compile_lexicon, Lexicon)


def _cue_words(category: str, entries: list) -> Iterator[tuple[str, str, str]]:
    """A cue list's words with their entry ids; an entry that is a list holds the forms of one word
    ("اللاعب"، "لاعبي"، "اللاعبين"), which share one id: a rule counting different words counts it once."""
    for entry in entries:
        forms = entry if isinstance(entry, list) else [entry]
        yield from ((form, f"{category}:{forms[0]}", category) for form in forms)


def compile_lexicon() -> Lexicon:
    cues = load_yaml("cues.yaml")
    triggers = _load_triggers(CUE_CATEGORIES)  # a flag may name only a list the matcher indexes
    actors, aliases, anaphora = _load_actors()
    contextual, contextual_aliases = _load_contextual(actors)
    weapons = {
        f"weapon:{i}": Weapon(r["weapon"], r["implies_sub_event_type"] or None, r["role"] or None)
        for i, r in enumerate(load_tsv("weapons.tsv"))
    }
    countries = {r["iso2"]: Country(r["iso2"], r["name_en"]) for r in load_tsv("countries.tsv")}
    admin1 = {
        f"{r['iso2']}:{r['admin1_en']}": Admin1(
            f"{r['iso2']}:{r['admin1_en']}",
            r["iso2"],
            r["admin1_en"],
            r["geonames_code"] or None,
            float(r["lat"]),
            float(r["lon"]),
        )
        for r in load_tsv("admin1.tsv")
    }
    nationality_rows = load_tsv("nationalities.tsv")
    force_rows = load_tsv("force_nouns.tsv")
    template_inter = {actor.name: actor.inter for actor in actors.values()}
    force_nouns = {
        f"force:{i}": ForceNoun(r["actor_template"], r["weapon"] or None, template_inter[r["actor_template"]])
        for i, r in enumerate(force_rows)
    }
    number_rows = load_tsv("numbers.tsv")
    time_rows = load_tsv("time_words.tsv")
    month_rows = load_tsv("months.tsv")
    place_rows = load_tsv("place_cues.tsv")
    indexes = {
        "trigger": _index("trigger", ((t.phrase, t.id, t.sub_event_type) for t in triggers.values())),
        # a named actor's aliases are names, a generic one's ("{country}") common nouns
        "actor": _index(
            "actor",
            aliases,
            inner_preposition_exact=True,
            names=frozenset(actor.id for actor in actors.values() if not actor.generic),
        ),
        "anaphora": _index("anaphora", anaphora),
        "contextual_actor": _index("contextual_actor", contextual_aliases, inner_preposition_exact=True),
        "weapon": _index(
            "weapon",
            ((r["phrase"], f"weapon:{i}", r["weapon"]) for i, r in enumerate(load_tsv("weapons.tsv"))),
        ),
        "country": _index(
            "country",
            (
                (name, r["iso2"], r["name_en"])
                for r in load_tsv("countries.tsv")
                for name in _split_names(r["names_ar"])
            ),
            article_exact=True,
        ),
        "admin1": _index(
            "admin1",
            (
                (name, f"{r['iso2']}:{r['admin1_en']}", r["admin1_en"])
                for r in load_tsv("admin1.tsv")
                for name in _split_names(r["names_ar"])
            ),
            article_exact=True,
        ),
        "nationality": _index(
            "nationality",
            (
                (name, r["iso2"], r["country_en"])
                for r in nationality_rows
                for form in ("adj_masc", "adj_fem", "adj_plural")
                for name in _split_names(r[form])
            ),
        ),
        "force": _force_index("force", force_rows, force_nouns, civilians=False),
        "civilian_nouns": _force_index("civilian_nouns", force_rows, force_nouns, civilians=True),
        "number": _index(
            "number", ((r["word"], f"number:{i}", r["kind"]) for i, r in enumerate(number_rows))
        ),
        "vague": _index("vague", ((word, f"vague:{word}", "vague") for word in cues["vague_counts"])),
        "time": _index(
            "time",
            ((r["phrase"], f"time:{i}", r["kind"]) for i, r in enumerate(time_rows)),
            article_sensitive=True,
        ),
        "month": _index(
            "month", ((r["name"], f"month:{i}", r["calendar"]) for i, r in enumerate(month_rows))
        ),
        "place_cue": _index(
            "place_cue", ((r["phrase"], f"place:{i}", r["kind"]) for i, r in enumerate(place_rows))
        ),
        "common_noun": _index(
            "common_noun",
            (
                (w, f"common_noun:{w}", "common_noun")
                for w in load_yaml("function_words.yaml")["definite_common_nouns"]
            ),
            article_exact=True,
        ),
        "attribution": _index(
            "attribution",
            ((r["phrase"], f"attr:{i}", r["kind"]) for i, r in enumerate(load_tsv("attribution.tsv"))),
        ),
    }
    for category in CUE_CATEGORIES:
        indexes[category] = _index(
            category,
            _cue_words(category, cues[category]),
            suffix_sensitive=category in SUFFIX_SENSITIVE_CUES,
            article_exact=category in ARTICLE_EXACT_CUES,
        )
    return Lexicon(
        triggers=triggers,
        actors=actors,
        weapons=weapons,
        countries=countries,
        admin1=admin1,
        force_nouns=force_nouns,
        numbers={f"number:{i}": (int(float(r["value"])), r["kind"]) for i, r in enumerate(number_rows)},
        vague_counts={f"vague:{w}": v for w, v in cues["vague_counts"].items()},
        time_words={
            f"time:{i}": (r["kind"], int(r["value"]) if r["value"] else None) for i, r in enumerate(time_rows)
        },
        months={
            f"month:{i}": (int(r["month"]), r["calendar"], r["alone"] == "yes")
            for i, r in enumerate(month_rows)
        },
        place_cues={f"place:{i}": (r["kind"], int(r["precision"])) for i, r in enumerate(place_rows)},
        province_cue_countries={
            f"place:{i}": frozenset(r["provinces_of"].split("|"))
            for i, r in enumerate(place_rows)
            if r["provinces_of"]
        },
        places_in_countries={
            f"place:{i}": frozenset(r["places_in"].split("|"))
            for i, r in enumerate(place_rows)
            if r["places_in"]
        },
        indexes=indexes,
        matcher=PhraseMatcher(indexes.values()),
        admin1_codes={a.geonames_code: a for a in admin1.values() if a.geonames_code},
        contextual_actors=contextual,
    )
