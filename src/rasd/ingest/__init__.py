"""Article input: files, directories, JSON/JSONL and stdin → ``Article`` (or ``Problem``)."""

from rasd.ingest.files import read_inputs

__all__ = ["read_inputs"]
