"""Cross-report deduplication: which merged event a newly extracted event joins, and what the
merged event then says.

Blocking (country, event-type family, date ±1 day) is the caller's index query; this module
decides among the candidates it returns and merges the members' fields. It is pure, so the store
and any in-memory index share one rule.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from rasd import acled
from rasd.extract.events import event_note, same_place_name
from rasd.geocode.distance import event_km
from rasd.names import actors_agree
from rasd.types import Event

#: Reports of one occurrence place it within this distance (a town and its outskirts).
SAME_PLACE_KM = 10.0
#: Dates this many days apart can still be one occurrence ("yesterday" read from another day).
MAX_DAYS_APART = 1


@dataclass(frozen=True, slots=True)
class Candidate:
    """A merged event found by blocking, with the reports already in it."""

    id: int
    members: tuple[Event, ...]

    @property
    def article_ids(self) -> frozenset[str | None]:
        return frozenset(member.article_id for member in self.members)


def blocking_key(event: Event) -> tuple[str, str] | None:
    """Country and event-type family; None when an event cannot be blocked (no country), so it
    stays a merged event of its own."""
    if event.country is None:
        return None
    return event.country, acled.family(event.event_type)


def date_window(event: Event) -> tuple[dt.date, dt.date] | None:
    """The dates a candidate may have; None for an undated report, which can only join an
    occurrence at the same gazetteer place (see ``_fingerprints_agree``)."""
    if event.date is None:
        return None
    delta = dt.timedelta(days=MAX_DAYS_APART)
    return event.date - delta, event.date + delta


def in_block(event: Event, merged: Event) -> bool:
    """Whether a merged event is a candidate for the event: the same blocking key, and a date in the
    event's window, or no date at the event's gazetteer place (an undated event looks only there).
    The store asks this in SQL (``Store._candidates``); an index held in memory asks it here."""
    key = blocking_key(event)
    if key is None or (merged.country, acled.family(merged.event_type)) != key:
        return False
    window = date_window(event)
    if window is None or merged.date is None:
        return event.geonameid is not None and merged.geonameid == event.geonameid
    return window[0] <= merged.date <= window[1]


def matches(event: Event, candidates: Iterable[Candidate]) -> list[Candidate]:
    """The candidates that report the same occurrence as the event, the closest first.

    An event is compared with each report already in a candidate: the closest one gives the score
    (reports differ: one names the victims, another the weapon), and none may contradict it (another
    town, another initiator, days apart), so that a vague report cannot chain occurrences together.
    When the event matches several candidates that do not contradict each other, they are one
    occurrence that earlier reports had not tied together, and the caller merges them all. No two
    reports of one article ever end up together: one article's two events are two occurrences
    (strikes on two villages), whatever their similarity.
    """
    scored = sorted(
        ((score, candidate) for candidate in candidates if (score := _closest(event, candidate.members))),
        key=lambda pair: (-pair[0], pair[1].id),
    )
    chosen: list[Candidate] = []
    joined: list[Event] = []  # the reports of the candidates chosen so far
    articles = {event.article_id}
    for _, candidate in scored:
        if articles.isdisjoint(candidate.article_ids) and not _contradicts(joined, candidate.members):
            chosen.append(candidate)
            joined += candidate.members
            articles |= candidate.article_ids
    return chosen


def similarity(a: Event, b: Event) -> int | None:
    """How strongly two reports look like one occurrence; None when something rules it out or too
    little agrees (see ``_compare``)."""
    return _compare(a, b) or None


def _closest(event: Event, members: Iterable[Event]) -> int | None:
    """The best score among a candidate's reports; None when any of them conflicts with the event,
    or none agrees enough."""
    scores = [_compare(event, member) for member in members]
    if None in scores:
        return None
    return max(scores, default=0) or None


def _contradicts(reports: Iterable[Event], others: Sequence[Event]) -> bool:
    return any(_compare(a, b) is None for a in reports for b in others)


def _compare(a: Event, b: Event) -> int | None:
    """None when two reports conflict (other country, family or province, a place more than a few
    km away, another named initiator, dates days apart), 0 when nothing conflicts but too little
    agrees, else how strongly they agree.

    Something beyond place and day must agree (a party, the sub-type, a weapon or the toll): a
    city sees more than one unclaimed blast a day; a report that names only the country needs both
    a party and a detail. A day's difference needs more: the same place and an agreeing detail,
    so that strikes on one town on two days stay apart. A report that gives no date needs more
    still (``_fingerprints_agree``).
    """
    if blocking_key(a) is None or blocking_key(a) != blocking_key(b):
        return None
    days = abs((a.date - b.date).days) if a.date is not None and b.date is not None else None
    place, actors = _place_agreement(a, b), _actor_agreement(a, b)
    if place is None or actors is None or (days is not None and days > MAX_DAYS_APART):
        return None
    details = _detail_agreement(a, b)
    score = 2 * place + actors + details
    if days is None:
        return score if _fingerprints_agree(a, b, place, actors, details) else 0
    if actors + details == 0 or (place == 0 and min(actors, details) == 0):
        return 0
    if days and (place < 2 or details == 0):
        return 0
    return score + (days == 0)


def _fingerprints_agree(a: Event, b: Event, place: int, actors: int, details: int) -> bool:
    """Without a date, only a full fingerprint ties two reports: the same gazetteer place, both
    parties, two agreeing details, and no different tolls (a trial of bombers, years on, names
    the same city, group and weapon as the bombing)."""
    tolls_differ = a.fatalities is not None and b.fatalities is not None and a.fatalities != b.fatalities
    return place == 3 and actors >= 2 and details >= 2 and not tolls_differ


def _place_agreement(a: Event, b: Event) -> int | None:
    """3 the same gazetteer place, 2 within a few km, 1 only the same province on one side, 0 only
    the country on one side, None different places."""
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 3
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return None
    if _country_only(a) or _country_only(b):
        return 0
    if a.province_only or b.province_only:
        return 1
    distance = event_km(a, b)
    if distance is not None:
        return 2 if distance <= SAME_PLACE_KM else None
    return 2 if a.location_ar and b.location_ar and same_place_name(a.location_ar, b.location_ar) else None


def _country_only(event: Event) -> bool:
    return event.admin1 is None and event.location is None and event.location_ar is None


def _actor_agreement(a: Event, b: Event) -> int | None:
    """How many named actors of one report agree with an actor of the other (in either role:
    reports of a clash swap who attacked whom); None when both name their initiator and neither
    initiator is a party to the other report. Victims may differ (police or civilians) and do
    not rule a match out."""
    names_a, names_b = _named_actors(a), _named_actors(b)
    initiators_named = _named(a.actor1) and _named(b.actor1)
    if initiators_named and not (_is_party(a.actor1, names_b) or _is_party(b.actor1, names_a)):
        return None
    return sum(_is_party(name, names_b) for name in names_a)


def _named(name: str | None) -> bool:
    return name is not None and not acled.is_unidentified(name)


def _named_actors(event: Event) -> list[str]:
    return [name for name in (event.actor1, event.actor2) if _named(name)]


def _is_party(name: str, names: Sequence[str]) -> bool:
    return any(actors_agree(name, other) or acled.same_state_forces(name, other) for other in names)


def _detail_agreement(a: Event, b: Event) -> int:
    same_sub_type = a.sub_event_type is not None and a.sub_event_type == b.sub_event_type
    shared_weapon = bool(set(a.weapons) & set(b.weapons))
    same_toll = a.fatalities is not None and a.fatalities == b.fatalities
    return same_sub_type + shared_weapon + same_toll


def merge(members: Sequence[Event]) -> Event:
    """The merged values of one occurrence's reports.

    The lead report (most confident, then most fields known) gives type, actors and evidence; then
    the lowest fatality figure, the most precise date (the one most reports give), the most
    precise place, and every weapon named.
    """
    lead = max(members, key=lambda e: (e.confidence or 0.0, _known_fields(e), e.id or ""))
    dated = [e for e in members if e.date is not None]
    tolls = [e.fatalities for e in members if e.fatalities is not None]
    merged = replace(
        lead,
        fatalities=min(tolls) if tolls else None,
        weapons=tuple(dict.fromkeys(w for e in members for w in e.weapons)),
        claimed_by=lead.claimed_by or next((e.claimed_by for e in members if e.claimed_by), None),
        confidence=max((e.confidence or 0.0) for e in members),
        article_id=None,
    )
    if dated:
        merged = _with_date(merged, dated)
    merged = _with_place(merged, _most_precise_place(members))
    return replace(merged, notes=event_note(merged))


def _known_fields(event: Event) -> int:
    values = (event.actor1, event.actor2, event.location, event.fatalities, event.sub_event_type)
    return sum(value is not None for value in values)


def _with_date(event: Event, dated: Sequence[Event]) -> Event:
    precision = min(e.time_precision for e in dated)
    counts = Counter(e.date for e in dated if e.time_precision == precision)
    date = min(counts, key=lambda d: (-counts[d], d))
    return replace(event, date=date, time_precision=precision)


def _most_precise_place(members: Sequence[Event]) -> Event:
    placed = [e for e in members if e.latitude is not None]
    pool = placed or list(members)
    counts = Counter(e.geonameid for e in pool)
    return min(pool, key=lambda e: (e.geo_precision or 3, -counts[e.geonameid], e.id or ""))


def _with_place(event: Event, source: Event) -> Event:
    return replace(
        event,
        admin1=source.admin1,
        location=source.location,
        location_ar=source.location_ar,
        latitude=source.latitude,
        longitude=source.longitude,
        geo_precision=source.geo_precision,
        geonameid=source.geonameid,
    )
