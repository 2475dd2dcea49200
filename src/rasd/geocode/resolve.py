"""Which place a name means: candidates ranked by the country the text is about, the province
named nearby, the kind of feature and the population."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.geocode.gazetteer import Place

#: Feature classes ranked for a place an event happens in: populated places, then admin areas,
#: then spots, areas and the rest.
FEATURE_RANK = {"P": 0, "A": 1, "S": 2, "L": 3}


@dataclass(frozen=True, slots=True)
class Ranked:
    place: Place
    reasons: tuple[str, ...]


def rank(
    candidates: list[Place], countries: frozenset[str] = frozenset(), admin1_code: str | None = None
) -> list[Ranked]:
    """Best first. ``countries`` are those the text places events in; ``admin1_code`` is the
    province named nearby ("بريف دير الزور"), as ``CC.NN``."""

    def key(place: Place) -> tuple:
        return (
            bool(countries) and place.country not in countries,
            admin1_code is not None and f"{place.country}.{place.admin1_code}" != admin1_code,
            FEATURE_RANK.get(place.feature_class, len(FEATURE_RANK)),
            -place.population,
        )

    return [Ranked(p, _reasons(p, countries, admin1_code)) for p in sorted(candidates, key=key)]


def _reasons(place: Place, countries: frozenset[str], admin1_code: str | None) -> tuple[str, ...]:
    reasons = []
    if countries:
        reasons.append(
            "in the text's country" if place.country in countries else "outside the text's countries"
        )
    if admin1_code is not None:
        same = f"{place.country}.{place.admin1_code}" == admin1_code
        reasons.append("in the province named nearby" if same else "not in the province named nearby")
    reasons.append(f"feature class {place.feature_class}")
    reasons.append(f"population {place.population:,}")
    return tuple(reasons)
