"""Great-circle distance between two points."""

from __future__ import annotations

import math

from rasd.types import Event

EARTH_RADIUS_KM = 6371.0


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in kilometres."""
    p1, q1, p2, q2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((q2 - q1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def event_km(a: Event, b: Event) -> float | None:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return km_between(a.latitude, a.longitude, b.latitude, b.longitude)


def box_around(latitude: float, longitude: float, km: float) -> tuple[float, float, float, float]:
    """(south, north, west, east) in degrees of a box holding every point within ``km``, so that an
    index on latitude and longitude can find them before the exact distance is taken."""
    degrees = math.degrees(km / EARTH_RADIUS_KM)
    across = degrees / max(math.cos(math.radians(latitude)), 0.01)
    return latitude - degrees, latitude + degrees, longitude - across, longitude + across
