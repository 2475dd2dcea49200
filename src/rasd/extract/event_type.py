"""The type decision: which ACLED sub-type a frame reports, judged from its sentence and actors,
not from its trigger word alone.

A trigger gives a first answer (اشتباكات → armed clash, هجوم → armed clash by default, إحراق →
violent demonstration). Who did it to whom then changes it the way ACLED's coders do: protesters
who clash with the police riot; an armed group that burns a village attacks civilians; a generic
attack whose only victims are civilians is violence against civilians. The rules are data
(``resources/ar/type_rules.yaml``): each names the sub-types it may change, its conditions and the
sub-type it gives; the first rule that holds decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasd import acled
from rasd.errors import Code, ResourceError
from rasd.lexicon.resources import load_tsv, load_yaml
from rasd.types import Decision

RESOURCE = "type_rules.yaml"
FLAGS_RESOURCE = "trigger_flags.yaml"  # the trigger flags a rule's ``flag`` condition may name
WEAPONS_RESOURCE = "weapons.tsv"  # the weapons a rule's ``means`` condition may name
TYPE_DECIDER = "type_rules"
TYPE_RULE_PREFIX = "type:"  # the rule an event records when a type rule decided its sub-type
NO_ACTOR = 0  # the inter code a rule uses for "no actor named"
INTER_CODES = frozenset(range(9))
#: The conditions a rule may set, by what they hold: inter codes, sub-types, yes or no.
INTER_CONDITIONS = ("actor1", "actor2", "any_actor", "no_actor", "named", "not_named", "victim", "not_victim")
SUB_TYPE_CONDITIONS = ("also", "not_also", "also_in_clause")
OTHER_CONDITIONS = (
    "generic",
    "fatalities",
    "flag",
    "means",
    "both_sides_hit",
    "crowd",
    "civilians_object",
    "site_struck",
)
CONDITIONS = frozenset(INTER_CONDITIONS + SUB_TYPE_CONDITIONS + OTHER_CONDITIONS)


@dataclass(frozen=True, slots=True)
class TypeCandidate:
    """What a frame's sentence says that bears on its type."""

    sub_event_type: str
    told_generically: bool  # a generic trigger (هجوم، قصف) that no weapon refined
    actor1: int  # the actors' ACLED inter codes, NO_ACTOR when none is named
    actor2: int
    named: frozenset[int]  # the inter codes of every actor the sentence names
    victims: frozenset[int]  # the inter codes of the actors counted among the dead ("قتل 3 متظاهرين")
    fatalities: bool
    also: frozenset[str]  # the sub-types the sentence's other specific, strong, unambiguous triggers report
    also_in_clause: frozenset[str] = frozenset()  # those of the triggers in the frame's own clause
    flags: frozenset[str] = frozenset()  # the trigger's flags (triggers.tsv)
    means: frozenset[str] = frozenset()  # the weapons its sentence names (weapons.tsv names: knife, car bomb)
    both_sides_hit: bool = False  # the sentence counts losses on both sides ("قتلى وجرحى من الطرفين")
    crowd: bool = False  # a crowd or what it throws is named beside the trigger ("اشتبك فلسطينيون مع")
    civilians_object: bool = False  # civilians are named right after the trigger ("حرق رضيع")
    site_struck: bool = False  # a home, market or mosque is what the act struck ("هجوم على سوق شعبي")


@dataclass(frozen=True, slots=True)
class TypeRule:
    id: str
    from_sub_types: frozenset[str]
    to: str
    why: str
    actor1: frozenset[int] | None = None
    actor2: frozenset[int] | None = None
    any_actor: frozenset[int] | None = None
    no_actor: frozenset[int] | None = None
    named: frozenset[int] | None = None
    not_named: frozenset[int] = frozenset()
    victim: frozenset[int] | None = None
    not_victim: frozenset[int] = frozenset()
    generic: bool | None = None
    fatalities: bool | None = None
    also: frozenset[str] | None = None
    not_also: frozenset[str] = frozenset()
    also_in_clause: frozenset[str] | None = None
    flag: str | None = None
    means: frozenset[str] | None = None
    both_sides_hit: bool | None = None
    crowd: bool | None = None
    civilians_object: bool | None = None
    site_struck: bool | None = None

    def holds(self, c: TypeCandidate) -> bool:
        actors = {c.actor1, c.actor2}
        return (
            c.sub_event_type in self.from_sub_types
            and (self.actor1 is None or c.actor1 in self.actor1)
            and (self.actor2 is None or c.actor2 in self.actor2)
            and (self.any_actor is None or bool(actors & self.any_actor))
            and (self.no_actor is None or not actors & self.no_actor)
            and (self.named is None or bool(c.named & self.named))
            and not c.named & self.not_named
            and (self.victim is None or bool(c.victims & self.victim))
            and not c.victims & self.not_victim
            and (self.generic is None or c.told_generically == self.generic)
            and (self.fatalities is None or c.fatalities == self.fatalities)
            and (self.also is None or bool(c.also & self.also))
            and not c.also & self.not_also
            and (self.also_in_clause is None or bool(c.also_in_clause & self.also_in_clause))
            and (self.flag is None or self.flag in c.flags)
            and (self.means is None or bool(c.means & self.means))
            and (self.both_sides_hit is None or c.both_sides_hit == self.both_sides_hit)
            and (self.crowd is None or c.crowd == self.crowd)
            and (self.civilians_object is None or c.civilians_object == self.civilians_object)
            and (self.site_struck is None or c.site_struck == self.site_struck)
        )


@dataclass(frozen=True, slots=True)
class TypeVerdict:
    """The sub-type a rule gave a frame, and the decision that records which rule and why."""

    sub_event_type: str
    decision: Decision


def decide_type(candidate: TypeCandidate, rules: tuple[TypeRule, ...]) -> TypeVerdict | None:
    """The first rule that holds retypes the frame; ``None`` keeps the trigger's sub-type."""
    rule = next((r for r in rules if r.holds(candidate)), None)
    if rule is None:
        return None
    return TypeVerdict(rule.to, Decision(True, 1.0, (f"{TYPE_RULE_PREFIX}{rule.id}", rule.why), TYPE_DECIDER))


@lru_cache(maxsize=1)
def type_rules() -> tuple[TypeRule, ...]:
    """The rules of ``type_rules.yaml``, checked: known conditions, sub-types and inter codes."""
    return tuple(_rule(entry) for entry in load_yaml(RESOURCE)["rules"])


def _rule(entry: dict[str, Any]) -> TypeRule:
    rule_id = entry.get("id", "?")
    when = entry.get("when") or {}
    unknown = set(when) - CONDITIONS
    if unknown:
        _invalid(rule_id, f"unknown conditions {sorted(unknown)}")
    sub_types = [entry["to"], *entry["from"], *(s for k in SUB_TYPE_CONDITIONS for s in when.get(k, ()))]
    if any(s not in acled.sub_event_types() for s in sub_types):
        _invalid(rule_id, f"unknown sub-type among {sub_types}")
    if not {code for k in INTER_CONDITIONS for code in when.get(k, ())} <= INTER_CODES:
        _invalid(rule_id, "unknown inter code")
    if "flag" in when and when["flag"].split(":", 1)[0] not in load_yaml(FLAGS_RESOURCE)["flags"]:
        _invalid(rule_id, f"flag {when['flag']!r} is not one {FLAGS_RESOURCE} declares")
    if not set(when.get("means", ())) <= {row["weapon"] for row in load_tsv(WEAPONS_RESOURCE)}:
        _invalid(rule_id, f"a weapon among {when['means']} is not one {WEAPONS_RESOURCE} names")
    return TypeRule(
        id=rule_id,
        from_sub_types=frozenset(entry["from"]),
        to=entry["to"],
        why=entry["why"],
        actor1=_set(when, "actor1"),
        actor2=_set(when, "actor2"),
        any_actor=_set(when, "any_actor"),
        no_actor=_set(when, "no_actor"),
        named=_set(when, "named"),
        not_named=_set(when, "not_named") or frozenset(),
        victim=_set(when, "victim"),
        not_victim=_set(when, "not_victim") or frozenset(),
        generic=when.get("generic"),
        fatalities=when.get("fatalities"),
        also=_set(when, "also"),
        not_also=_set(when, "not_also") or frozenset(),
        also_in_clause=_set(when, "also_in_clause"),
        flag=when.get("flag"),
        means=_set(when, "means"),
        both_sides_hit=when.get("both_sides_hit"),
        crowd=when.get("crowd"),
        civilians_object=when.get("civilians_object"),
        site_struck=when.get("site_struck"),
    )


def _set(when: dict[str, Any], key: str) -> frozenset | None:
    return frozenset(when[key]) if key in when else None


def _invalid(rule_id: str, message: str) -> None:
    raise ResourceError(Code.RESOURCE_INVALID, f"{RESOURCE} {rule_id}: {message}")
