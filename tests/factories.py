"""Hand-made articles, events and documents for tests of the stages after extraction."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from rasd.types import Article, Document, Event

#: A town in Idlib and a village 4 km from it, and a town in another province.
SARAQIB = {
    "location": "Saraqib",
    "location_ar": "سراقب",
    "geonameid": 163270,
    "latitude": 35.8645,
    "longitude": 36.8047,
}
NEAR_SARAQIB = {
    "location": "Afis",
    "location_ar": "آفس",
    "geonameid": 7000001,
    "latitude": 35.8931,
    "longitude": 36.8203,
}
IDLIB_CITY = {  # the city that names the province, 17 km from Saraqib
    "location": "Idlib",
    "location_ar": "إدلب",
    "geonameid": 169388,
    "latitude": 35.9306,
    "longitude": 36.6339,
}
MAARAT = {
    "location": "Maarat al-Numan",
    "location_ar": "معرة النعمان",
    "geonameid": 169389,
    "latitude": 35.6434,
    "longitude": 36.6738,
}


def strike(article_id: str, day: int = 10, **fields) -> Event:
    """An air strike on Saraqib in Idlib in May 2019, as one article reports it."""
    values = {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "date": dt.date(2019, 5, day),
        "actor1": "Military Forces of Syria",
        "actor2": "Civilians (Syria)",
        "country": "SY",
        "admin1": "Idlib",
        "geo_precision": 1,
        "fatalities": 7,
        "weapons": ("warplane",),
        "confidence": 0.8,
        **SARAQIB,
    }
    values.update(fields)
    event = Event(**values, article_id=article_id)
    return replace(event, id=f"{article_id}-{event.date}-{event.location}-{event.event_type}")


def document(
    article_id: str, *events: Event, outlet: str = "Example Wire", url: str | None = None
) -> Document:
    article = Article(
        id=article_id,
        title=f"عنوان {article_id}",
        text=f"نص الخبر {article_id}",
        published=dt.date(2019, 5, 11),
        outlet=outlet,
        url=url,
    )
    return Document(article, events=events)
