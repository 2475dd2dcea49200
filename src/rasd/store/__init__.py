"""Storage: articles, extracted and merged events, problems, reviews and feed state, in SQLite or
PostgreSQL."""

from rasd.store.repository import (
    BulkLoad,
    Cursor,
    EventFilter,
    SaveCounts,
    Store,
    StoredCluster,
    StoredProblem,
)

__all__ = ["BulkLoad", "Cursor", "EventFilter", "SaveCounts", "Store", "StoredCluster", "StoredProblem"]
