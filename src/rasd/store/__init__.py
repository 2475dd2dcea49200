"""Storage: articles, extracted and merged events, problems, reviews and feed state, in SQLite or
PostgreSQL."""

from rasd.store.repository import EventFilter, SaveCounts, Store, StoredProblem

__all__ = ["EventFilter", "SaveCounts", "Store", "StoredProblem"]
