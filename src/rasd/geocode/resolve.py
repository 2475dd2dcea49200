"""Which place a name means: each candidate scored by the evidence for it, with its reasons.

Evidence, strongest first: the countries the article places events in, the province named nearby,
the other places the article names (a neighbourhood of Tripoli, Lebanon settles which Tripoli), the
kind of feature (a town before a valley or a well) and the population. When the best candidates are
equally supported and far apart, the name is ambiguous: ``choose`` says so instead of tossing a coin.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rasd.geocode.distance import km_between
from rasd.geocode.gazetteer import WATER_CLASS, Place

IN_COUNTRY, OUT_OF_COUNTRY = 4.0, -4.0
IN_PROVINCE, OUT_OF_PROVINCE = 3.0, -1.0
ARTICLE_PROVINCE = 1.5  # named elsewhere in the article, not next to the name
#: A candidate this close to another place the article names is probably the one meant.
NEIGHBOUR_KM, NEIGHBOUR_SCORE = 30.0, 2.5
REGION_KM, REGION_SCORE = 100.0, 1.0
FEATURE_SCORE = {"P": 1.0, "A": 0.5, "S": 0.0}
OTHER_FEATURE_SCORE = -0.5
SEAT_SCORE = 0.5  # the seat of a division or a capital (PPLA*, PPLC)
POPULATION_WEIGHT = 0.3  # per power of ten
BIG_CITY = 100_000  # people: a city of a country the text names counts as in the text's country
#: Candidates this close in score, and this far apart, are a coin toss.
TIE_MARGIN, TIE_KM = 0.2, 25.0
NEIGHBOUR_REASON = "{:.0f} km from another place the text names"


@dataclass(frozen=True, slots=True)
class Context:
    """What the article says about where: the countries it places events in, the province named
    near the name (``CC.NN``), the coordinates of the other places it names and the provinces it
    names anywhere (``CC.NN``)."""

    countries: frozenset[str] = frozenset()
    admin1_code: str | None = None
    neighbours: tuple[tuple[float, float], ...] = ()
    provinces: frozenset[str] = frozenset()
    #: countries the text names without placing events there: a capital or a big city of one
    #: counts as inside ("كابل" is Kabul, not a Florida town, beside a report of the US)
    named: frozenset[str] = frozenset()

    def inside(self, place: Place) -> bool:
        """In a country the text places events in, or a capital or big city of one it names."""
        if place.country in self.countries:
            return True
        big = place.feature_code == "PPLC" or place.population >= BIG_CITY
        return big and place.country in self.named

    def admits(self, place: Place) -> bool:
        """Inside, or a sea, gulf or strait: a ship is struck at sea whatever country the report is
        about, and the sea is the country of none of its events, so it is admitted, not inside."""
        return self.inside(place) or place.feature_class == WATER_CLASS

    def supports(self, place: Place) -> bool:
        """The article names the place's province, or another place near it."""
        return f"{place.country}.{place.admin1_code}" in self.provinces or self.near_neighbour(place)

    def near_neighbour(self, place: Place) -> bool:
        return any(km_between(place.latitude, place.longitude, *n) <= NEIGHBOUR_KM for n in self.neighbours)


@dataclass(frozen=True, slots=True)
class Ranked:
    """A candidate's score and its parts: each a value, why (a format string) and the figure the
    why tells, worded only when asked (``rasd gazetteer`` prints them; extraction never reads them)."""

    place: Place
    score: float
    parts: tuple[tuple[float, str, object], ...]

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(f"{value:+.1f} {why.format(figure)}" for value, why, figure in self.parts)


@dataclass(frozen=True, slots=True)
class Choice:
    """The best candidate, or none when the best are tied far apart (``tied`` lists them)."""

    best: Ranked | None
    tied: tuple[Ranked, ...] = ()


def rank(candidates: list[Place], context: Context = Context()) -> list[Ranked]:
    """Best first; equal scores keep GeoNames places before the others, then the lower id."""
    scored = [_scored(place, context) for place in candidates]
    return sorted(scored, key=lambda r: (-r.score, r.place.geonameid < 0, abs(r.place.geonameid)))


def choose(candidates: list[Place], context: Context = Context()) -> Choice:
    ranked = rank(candidates, context)
    if not ranked:
        return Choice(None)
    best = ranked[0]
    # Same-named villages tie; a division never ties with the town it is named after.
    tied = tuple(
        r
        for r in ranked
        if best.score - r.score < TIE_MARGIN and r.place.feature_class == best.place.feature_class
    )
    far_apart = any(_km(best.place, r.place) > TIE_KM for r in tied[1:])
    return Choice(None, tied) if far_apart else Choice(best)


def _scored(place: Place, context: Context) -> Ranked:
    parts: list[tuple[float, str, object]] = []
    if context.countries:
        inside = context.inside(place)
        parts.append(
            (IN_COUNTRY, "in the text's country", None) if inside else (OUT_OF_COUNTRY, "outside it", None)
        )
    if context.admin1_code is not None:
        same = f"{place.country}.{place.admin1_code}" == context.admin1_code
        parts.append(
            (IN_PROVINCE, "in the province named nearby", None)
            if same
            else (OUT_OF_PROVINCE, "not in the province named nearby", None)
        )
    if context.admin1_code is None and f"{place.country}.{place.admin1_code}" in context.provinces:
        parts.append((ARTICLE_PROVINCE, "in a province the text names", None))
    if context.neighbours:
        nearest = min(km_between(place.latitude, place.longitude, *n) for n in context.neighbours)
        if nearest <= NEIGHBOUR_KM:
            parts.append((NEIGHBOUR_SCORE, NEIGHBOUR_REASON, nearest))
        elif nearest <= REGION_KM:
            parts.append((REGION_SCORE, NEIGHBOUR_REASON, nearest))
    feature = FEATURE_SCORE.get(place.feature_class, OTHER_FEATURE_SCORE)
    code = f"{place.feature_class}.{place.feature_code}" if place.feature_code else place.feature_class
    parts.append((feature, "feature {}", code))
    if place.feature_code.startswith(("PPLA", "PPLC")):
        parts.append((SEAT_SCORE, "seat of a division", None))
    if place.population:
        size = POPULATION_WEIGHT * math.log10(place.population + 1)
        parts.append((size, "population {:,}", place.population))
    score = sum(value for value, *_ in parts)
    return Ranked(place, round(score, 3), tuple(parts))


def _km(a: Place, b: Place) -> float:
    return km_between(a.latitude, a.longitude, b.latitude, b.longitude)
