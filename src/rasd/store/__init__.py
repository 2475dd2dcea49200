"""Storage: articles, extracted and merged events, problems, reviews and feed state, in SQLite or
PostgreSQL."""

from rasd.store.repository import Cursor, EventFilter, SaveCounts, Store, StoredProblem

__all__ = ["Cursor", "EventFilter", "SaveCounts", "Store", "StoredProblem"]
