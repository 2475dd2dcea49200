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
from rasd.dates import DAY, WEEK
from rasd.extract.events import event_note, same_place_name, with_place_of
from rasd.geocode.distance import box_around, event_km
from rasd.names import actors_agree
from rasd.types import Event

#: Reports of one occurrence place it within this distance (a town and its outskirts).
SAME_PLACE_KM = 10.0
#: A city's name covers the towns this close that outlets fold into it (Helwan "in Cairo").
CITY_AREA_KM = 30.0
#: A toll this high, given by both reports, identifies an occurrence where the place cannot: one or
#: two dead are counted in many incidents a day (ACLED, April-May 2020: 1,041 pairs of distinct
#: events with the same parties, sub-type and a toll below 5 a day apart in one country).
FINGERPRINT_TOLL = 5
#: Dates this many days apart can still be one occurrence ("yesterday" read from another day).
MAX_DAYS_APART = 1
#: A report dated only by its publication (precision a week) may tell an occurrence this many days
#: before that date: another outlet's stated day two days earlier (wire copy run a day or two on).
DAYS_BEFORE_TELLING = 2
#: Two reports' tolls this share of the larger apart are one count (the toll rose between them).
TOLL_SPREAD = 0.1


#: A report's date and its time precision.
Dated = tuple[dt.date, int]


@dataclass(frozen=True, slots=True)
class Tally:
    """What a merged event remembers of its reports beyond its own fields, so that a new report is
    merged in without reading the others: the lead report's rank, how many reports give each
    (date, precision), the highest toll, and how many reports there are."""

    lead: tuple[float, int, str]  # (confidence, fields known, event id) of the lead report
    dates: tuple[tuple[str, int, int], ...] = ()  # (ISO date, time precision, reports)
    max_fatalities: int | None = None
    reports: int = 1

    def to_json(self) -> dict:
        return {
            "lead": list(self.lead),
            "dates": [list(d) for d in self.dates],
            "max_fatalities": self.max_fatalities,
            "reports": self.reports,
        }

    @classmethod
    def from_json(cls, data: dict) -> Tally:
        confidence, known, lead_id = data["lead"]
        return cls(
            (float(confidence), int(known), str(lead_id)),
            tuple((str(d), int(p), int(n)) for d, p, n in data["dates"]),
            data["max_fatalities"],
            int(data["reports"]),
        )


@dataclass(frozen=True, slots=True)
class Merged:
    """One occurrence: the merged event (its summary: date, place, actors, toll) and its tally."""

    event: Event
    tally: Tally


@dataclass(frozen=True, slots=True)
class Candidate:
    """A merged event found by blocking: its stored summary and tally, and the articles in it
    that can bar a join."""

    id: int
    summary: Event
    tally: Tally
    article_ids: frozenset[str | None] = frozenset()

    @property
    def dates(self) -> frozenset[Dated]:
        return frozenset((dt.date.fromisoformat(iso), precision) for iso, precision, _ in self.tally.dates)


def blocking_key(event: Event) -> tuple[str, str] | None:
    """Country and event-type family; None when an event cannot be blocked (no country), so it
    stays a merged event of its own."""
    if event.country is None:
        return None
    return event.country, acled.family(event.event_type, event.sub_event_type)


def date_window(event: Event) -> tuple[dt.date, dt.date] | None:
    """The dates a candidate may have: a day either side, and as far as a report dated only by its
    publication may lie after what it tells (``_days_apart``), whichever of the two that is; None
    for an undated report, which can only join an occurrence at the same gazetteer place (see
    ``_fingerprints_agree``)."""
    if event.date is None:
        return None
    near, far = dt.timedelta(days=MAX_DAYS_APART), dt.timedelta(days=DAYS_BEFORE_TELLING)
    if _loose(event.time_precision):
        return event.date - far, event.date + near
    return event.date - near, event.date + far


def in_block(event: Event, merged: Event) -> bool:
    """Whether a merged event is a candidate for the event: the same blocking key; a date in the
    event's window, or no date at the event's gazetteer place (an undated event looks only there);
    and, when the event names a province, a merged event in no other province unless it is the same
    gazetteer place or a town a few km away (the gazetteer files a capital's outskirts under the
    surrounding province). The store asks this in SQL (``Store._candidates``); an index held in
    memory asks it here."""
    key = blocking_key(event)
    if key is None or (merged.country, acled.family(merged.event_type, merged.sub_event_type)) != key:
        return False
    same_place = event.geonameid is not None and merged.geonameid == event.geonameid
    if _other_provinces(event, merged) and not same_place:
        return False
    window = date_window(event)
    if window is None or merged.date is None:
        return same_place
    return window[0] <= merged.date <= window[1]


def joinable(event: Event, candidate: Candidate) -> bool:
    """The cheap test, on a merged event's stored summary and tally alone: the event reports the
    same occurrence as the merged event itself (see ``_compare``), and its date agrees with every
    date the merged event's reports give (``_dates_agree``), so that the merged date, whichever of
    them it becomes, stays within a day of every report that states its day."""
    return _dates_agree(candidate.dates | _dates_of(event)) and bool(_compare(event, candidate.summary))


def matches(event: Event, candidates: Iterable[Candidate]) -> list[Candidate]:
    """The candidates that report the same occurrence as the event, the closest first.

    An event is compared with the merged event itself — its date, place, parties and details as
    merged so far — never with one of its reports, so occurrences cannot chain: every report of a
    merged event lies within a day and a few km of the event. When the event matches several
    candidates that do not contradict each other, they are one occurrence that earlier reports had
    not tied together, and the caller merges them all. No two reports of one article ever end up
    together: one article's two events are two occurrences (strikes on two villages), whatever
    their similarity.
    """
    scored = sorted(
        (
            (score, candidate)
            for candidate in candidates
            if joinable(event, candidate) and (score := _compare(event, candidate.summary))
        ),
        key=lambda pair: (-pair[0], pair[1].id),
    )
    chosen: list[Candidate] = []
    articles, dates = {event.article_id}, _dates_of(event)
    for _, candidate in scored:
        if (
            articles.isdisjoint(candidate.article_ids)
            and _dates_agree(dates | candidate.dates)
            and not any(_compare(other.summary, candidate.summary) is None for other in chosen)
        ):
            chosen.append(candidate)
            articles |= candidate.article_ids
            dates |= candidate.dates
    return chosen


def _dates_of(event: Event) -> frozenset[Dated]:
    return frozenset(((event.date, event.time_precision),)) if event.date is not None else frozenset()


def _loose(precision: int) -> bool:
    """Dated only within a week: by the publication, where the text names no day."""
    return precision == WEEK


def _dates_agree(dates: frozenset[Dated]) -> bool:
    """The stated days lie within a day of each other, and so do the loose ones; a loose date lies
    from a day before every stated day to ``DAYS_BEFORE_TELLING`` after it."""
    stated = [date for date, precision in dates if not _loose(precision)]
    loose = [date for date, precision in dates if _loose(precision)]
    return (
        _within_a_day(stated)
        and _within_a_day(loose)
        and all(_days_apart(day, DAY, date, WEEK) is not None for day in stated for date in loose)
    )


def _within_a_day(dates: Sequence[dt.date]) -> bool:
    return not dates or (max(dates) - min(dates)).days <= MAX_DAYS_APART


def _days_apart(a: dt.date, precision_a: int, b: dt.date, precision_b: int) -> int | None:
    """How many days apart two reports date an occurrence; None where that rules them out: beyond a
    day, except that a date known only by the publication is the latest the occurrence can have,
    so a stated day up to ``DAYS_BEFORE_TELLING`` before it may be the one (``_told_late``)."""
    days = abs((a - b).days)
    if _loose(precision_a) == _loose(precision_b):
        return days if days <= MAX_DAYS_APART else None
    loose_after_stated = (a - b).days if _loose(precision_a) else (b - a).days
    return days if -MAX_DAYS_APART <= loose_after_stated <= DAYS_BEFORE_TELLING else None


def similarity(a: Event, b: Event) -> int | None:
    """How strongly two reports look like one occurrence; None when something rules it out or too
    little agrees (see ``_compare``)."""
    return _compare(a, b) or None


def _compare(a: Event, b: Event) -> int | None:
    """None when two reports conflict (other country, family or province, a place more than a few
    km away, another named initiator, dates days apart), 0 when nothing conflicts but too little
    agrees, else how strongly they agree. A town near the city that names its province is no
    conflict when the sub-type and the toll agree: it counts as the province alone.

    Something beyond place and day must agree (a party, the sub-type, a weapon or the toll): a
    city sees more than one unclaimed blast a day; a report that names only the country needs both
    a party and a detail. Reports of two event types (a battle, a blast) that both give a toll must
    give the same one, within a tenth (44 and 40 dead: the toll rose between the reports), unless
    they are a bombing and a clash of one place and day, each with five dead or more (one assault
    counted two ways, ``_two_counts_of_one_assault``): in a city at war one party is in every
    report of the day (its clashes, its shelling, the air strikes on it), and a shared party and
    place would tie them all into one; when only one gives a toll, nothing says they are two (one
    outlet's bombing is another's clash). A stated day two days before a report dated only by its
    publication needs both parties at one place (``_told_late``), and then counts as a day's
    difference. A day's difference needs more: the same place and an agreeing detail, so that
    strikes on one town on two days stay apart, or, placed more vaguely, both parties, the sub-type
    and the toll. A report that gives no date needs more still (``_fingerprints_agree``).
    """
    if blocking_key(a) is None or blocking_key(a) != blocking_key(b):
        return None
    dated = a.date is not None and b.date is not None
    days = _days_apart(a.date, a.time_precision, b.date, b.time_precision) if dated else None
    place, actors = _place_agreement(a, b), _actor_agreement(a, b)
    if place is None and _province_named_by_its_city(a, b) and _same_count(a, b):
        place = 1
    if place is None or actors is None or (dated and days is None):
        return None
    if days is not None and days > MAX_DAYS_APART:
        if not _told_late(place, actors):
            return None
        days = MAX_DAYS_APART
    details = _detail_agreement(a, b)
    if (
        a.event_type != b.event_type
        and _tolls_differ(a, b)
        and not _two_counts_of_one_assault(a, b, place, days)
    ):
        return 0
    score = 2 * place + actors + details
    if days is None:
        return score if _fingerprints_agree(a, b, place, actors, details) else 0
    if actors + details == 0 or (place == 0 and min(actors, details) == 0):
        return 0
    if days and (place < 2 or details == 0) and not _one_count_of_one_fight(a, b, actors):
        return 0
    return score + (days == 0)


def _told_late(place: int, actors: int) -> bool:
    """A report dated only by its publication beside a day stated two days before it: a city at war
    sees fighting every day, so only both parties at one place tie them (a riot in Kirkuk and a
    later report of force against the protesters there); a day stated within a day of its own
    joins as any does, and a merged event that holds it may still take such a day later
    (``_dates_agree``)."""
    return place >= 2 and actors >= 2


def _two_counts_of_one_assault(a: Event, b: Event, place: int, days: int | None) -> bool:
    """A bombing and a clash at one place on one day, each with a toll of five or more: outlets
    call one assault (a car bomb at a checkpoint, then a gunfight) either, and count other dead
    (the soldiers, everyone). One place does not see two such occurrences in a day (ACLED,
    April-May 2020: no such pair within 10 km); a shelling and a clash of a city at war stay
    apart."""
    return (
        days == 0
        and place >= 2
        and acled.one_assault(a.sub_event_type, b.sub_event_type)
        and min(a.fatalities or 0, b.fatalities or 0) >= FINGERPRINT_TOLL
    )


def _one_count_of_one_fight(a: Event, b: Event, actors: int) -> bool:
    """Both parties, the sub-type and a toll agree: a next-day report that names only the country
    or the province (92 soldiers killed by Boko Haram) is the same occurrence, however vaguely it
    is placed."""
    return actors >= 2 and _same_count(a, b)


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
    if _other_provinces(a, b):
        return None
    if _country_only(a) or _country_only(b):
        return 0
    if a.province_only or b.province_only:
        return 1
    distance = event_km(a, b)
    if distance is not None:
        return 2 if distance <= SAME_PLACE_KM else None
    return 2 if a.location_ar and b.location_ar and same_place_name(a.location_ar, b.location_ar) else None


def _other_provinces(a: Event, b: Event) -> bool:
    """Two provinces, unless both name towns a few km apart: a province line is no place rule
    there (the gazetteer files Sanaa's district of Attan under the province around the capital)."""
    return bool(a.admin1 and b.admin1 and a.admin1 != b.admin1) and not _towns_within_reach(a, b)


def _towns_within_reach(a: Event, b: Event) -> bool:
    if a.province_only or b.province_only:
        return False
    distance = event_km(a, b)
    return distance is not None and distance <= SAME_PLACE_KM


def reach_box(event: Event) -> tuple[float, float, float, float] | None:
    """(south, north, west, east) around the town the event names, holding every town within
    ``SAME_PLACE_KM`` of it (``_towns_within_reach``); None for an event placed no finer than its
    province."""
    if event.province_only or event.latitude is None or event.longitude is None:
        return None
    return box_around(event.latitude, event.longitude, SAME_PLACE_KM)


def _province_named_by_its_city(a: Event, b: Event) -> bool:
    """One report names the city that gives the province its name, the other a town of that
    province near it: outlets say "in Cairo" of an attack in Helwan, 25 km away."""
    distance = event_km(a, b)
    return (
        bool(a.admin1)
        and a.admin1 == b.admin1
        and a.admin1 in (a.location, b.location)
        and distance is not None
        and distance <= CITY_AREA_KM
    )


def _same_count(a: Event, b: Event) -> bool:
    """The sub-type and a toll of at least ``FINGERPRINT_TOLL`` agree."""
    return (
        a.sub_event_type is not None
        and a.sub_event_type == b.sub_event_type
        and _same_toll(a, b)
        and (a.fatalities or 0) >= FINGERPRINT_TOLL
    )


def _country_only(event: Event) -> bool:
    return event.admin1 is None and event.location is None and event.location_ar is None


def _actor_agreement(a: Event, b: Event) -> int | None:
    """How many named actors of one report agree with an actor of the other (in either role:
    reports of a clash swap who attacked whom); None when both name their initiator and neither
    initiator is a party to the other report. Victims may differ (police or civilians) and do
    not rule a match out. Reports of two event types agree on a party only in its role, unless one
    is a clash: the struck party of an air strike is not the one that takes a town or shells it."""
    names_a, names_b = _named_actors(a), _named_actors(b)
    first_a, first_b = _initiator(a), _initiator(b)
    if first_a and first_b and not (_is_party(first_a, names_b) or _is_party(first_b, names_a)):
        return None
    if a.event_type != b.event_type and not acled.told_from_either_side(a.sub_event_type, b.sub_event_type):
        return _same_role(first_a, first_b) + _same_role(_target(a), _target(b))
    return sum(_is_party(name, names_b) for name in names_a)


def _same_role(name_a: str | None, name_b: str | None) -> bool:
    return name_a is not None and name_b is not None and _is_party(name_a, [name_b])


def _target(event: Event) -> str | None:
    return event.actor2 if _named(event.actor2) else None


def _named(name: str | None) -> bool:
    return name is not None and not acled.is_unidentified(name)


def _initiator(event: Event) -> str | None:
    """The first actor that tells a report apart: neither a placeholder nor ACLED's default for the
    country (a report of an air strike in Yemen that names nobody may tell the Houthis' drone
    another report names)."""
    return None if _guessed(event) else event.actor1 if _named(event.actor1) else None


def _guessed(event: Event) -> bool:
    return acled.is_default_actor1(event.sub_event_type, event.country, event.date, event.actor1)


def _named_actors(event: Event) -> list[str]:
    return [name for name in (_initiator(event), event.actor2) if _named(name)]


def _is_party(name: str, names: Sequence[str]) -> bool:
    return any(_one_party(name, other) for other in names)


def _one_party(a: str, b: str) -> bool:
    """The same actor, one country's state forces (army or police), or one country's crowd (a
    protest to one outlet is a riot to another)."""
    return actors_agree(a, b) or acled.same_state_forces(a, b) or acled.same_crowd(a, b)


def _detail_agreement(a: Event, b: Event) -> int:
    shared_weapon = bool(set(a.weapons) & set(b.weapons))
    return _same_sub_type(a, b) + shared_weapon + _same_toll(a, b)


def _same_sub_type(a: Event, b: Event) -> bool:
    """The same sub-type, or one place changing hands as two outlets tell it (the army regained the
    city; the militia handed it over), when both name the same party as taking it."""
    if a.sub_event_type is None or a.sub_event_type == b.sub_event_type:
        return a.sub_event_type is not None
    return acled.one_change_of_hands(a.sub_event_type, b.sub_event_type) and _same_role(
        _initiator(a), _initiator(b)
    )


def _tolls_differ(a: Event, b: Event) -> bool:
    return (
        a.fatalities is not None
        and b.fatalities is not None
        and abs(a.fatalities - b.fatalities) > TOLL_SPREAD * max(a.fatalities, b.fatalities)
    )


def _same_toll(a: Event, b: Event) -> bool:
    return a.fatalities is not None and a.fatalities == b.fatalities


def merge(members: Sequence[Event]) -> Event:
    """The merged values of one occurrence's reports (``merged_with`` of each in turn)."""
    merged = start_merged(members[0])
    for member in members[1:]:
        merged = merged_with(merged, start_merged(member))
    return merged.event


def start_merged(event: Event) -> Merged:
    """A merged event of one report."""
    dates = ((event.date.isoformat(), event.time_precision, 1),) if event.date is not None else ()
    merged = replace(event, article_id=None, confidence=event.confidence or 0.0)
    tally = Tally(_rank(event), dates, event.fatalities)
    return Merged(replace(merged, notes=event_note(merged)), tally)


def merged_with(a: Merged, b: Merged) -> Merged:
    """Two merged events of one occurrence as one, reading nothing but the two.

    The lead report (most confident, then most fields known) gives type, actors and evidence (a
    second actor it leaves out may come from the other, ``_second_actor``); then the lowest
    fatality figure, the most precise date (the one most reports give), the most
    precise place (the earlier one among equally precise places), and every weapon named.
    """
    lead, other = (a, b) if a.tally.lead >= b.tally.lead else (b, a)
    tolls = [t for t in (a.event.fatalities, b.event.fatalities) if t is not None]
    highest = [t for t in (a.tally.max_fatalities, b.tally.max_fatalities) if t is not None]
    merged = replace(
        lead.event,
        actor2=_second_actor(lead.event, other.event),
        fatalities=min(tolls) if tolls else None,
        weapons=tuple(dict.fromkeys((*a.event.weapons, *b.event.weapons))),
        claimed_by=lead.event.claimed_by or other.event.claimed_by,
        confidence=max(a.event.confidence or 0.0, b.event.confidence or 0.0),
    )
    dates = _added_dates(a.tally.dates, b.tally.dates)
    if dates:
        iso, precision = _commonest_precise_date(dates)
        merged = replace(merged, date=dt.date.fromisoformat(iso), time_precision=precision)
    merged = with_place_of(merged, min((a.event, b.event), key=_place_precision))
    tally = Tally(
        lead.tally.lead, dates, max(highest) if highest else None, a.tally.reports + b.tally.reports
    )
    return Merged(replace(merged, notes=event_note(merged)), tally)


def _second_actor(lead: Event, other: Event) -> str | None:
    """The lead's second actor, or, where it leaves the role empty, the other's when both tell one
    sub-type by one first actor: one outlet says only that rioters rampaged, another that they
    fought the police, and the occurrence is the riot against the police. An unidentified group is
    a party its report read, not a gap (gunmen may have been other than the force another names)."""
    if lead.actor2 is not None or not _named(other.actor2) or lead.sub_event_type != other.sub_event_type:
        return lead.actor2
    first_lead, first_other = _initiator(lead), _initiator(other)
    same_first = first_lead is not None and first_other is not None and _one_party(first_lead, first_other)
    return other.actor2 if same_first else lead.actor2


def _rank(event: Event) -> tuple[float, int, str]:
    """How well a report leads a merged event; a first actor ACLED's default gave is not known."""
    actor1 = None if _guessed(event) else event.actor1
    known = (actor1, event.actor2, event.location, event.fatalities, event.sub_event_type)
    return event.confidence or 0.0, sum(value is not None for value in known), event.id or ""


def _added_dates(*tallies: tuple[tuple[str, int, int], ...]) -> tuple[tuple[str, int, int], ...]:
    counts: Counter[tuple[str, int]] = Counter()
    for dates in tallies:
        for iso, precision, reports in dates:
            counts[(iso, precision)] += reports
    return tuple(sorted((iso, precision, n) for (iso, precision), n in counts.items()))


def _commonest_precise_date(dates: tuple[tuple[str, int, int], ...]) -> tuple[str, int]:
    precision = min(p for _, p, _ in dates)
    iso = min((d for d in dates if d[1] == precision), key=lambda d: (-d[2], d[0]))[0]
    return iso, precision


def _place_precision(event: Event) -> tuple[bool, int]:
    """Placed (with coordinates) before unplaced, then ACLED's precision; ``min`` keeps the
    first of equals."""
    return event.latitude is None, event.geo_precision or 3
