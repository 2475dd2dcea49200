"""Coded errors. Each code is stable, documented once here, and used in problems and messages."""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    """Stable error codes: E1xx resources and settings, E2xx input, E3xx evaluation, E4xx a
    pipeline stage that failed on one article, E5xx the database, E6xx batch runs, E7xx the HTTP
    API."""

    RESOURCE_MISSING = "E101"
    RESOURCE_INVALID = "E102"
    RESOURCE_CHECKSUM = "E103"
    MODEL_INVALID = "E104"
    TRAIN_EXTRA_MISSING = "E105"
    INPUT_NOT_FOUND = "E201"
    INPUT_EMPTY = "E202"
    INPUT_BINARY = "E203"
    INPUT_NOT_UTF8 = "E204"
    INPUT_BAD_JSON = "E205"
    INPUT_BAD_RECORD = "E206"
    INPUT_UNSUPPORTED = "E207"
    INPUT_BAD_DATE = "E208"
    INPUT_NOT_ARABIC = "E209"
    INPUT_TOO_LARGE = "E210"
    INPUT_HTTP_ERROR = "E211"
    INPUT_FETCH_FAILED = "E212"
    INPUT_NO_ARTICLE = "E213"
    INPUT_BAD_FEED = "E214"
    INPUT_ADDRESS_REFUSED = "E215"
    INPUT_BAD_SCHEME = "E216"
    INPUT_NOT_A_FILE = "E217"
    INPUT_UNREADABLE = "E218"
    INPUT_CORRUPT = "E219"
    INPUT_REPEATED = "E220"
    GOLD_INVALID = "E301"
    SPANS_INVALID = "E302"
    STAGE_FAILED = "E401"
    STORE_UNAVAILABLE = "E501"
    STORE_BAD_URL = "E502"
    STORE_NOT_A_DATABASE = "E503"
    STORE_CORRUPT = "E504"
    STORE_READ_ONLY = "E505"
    STORE_LOCKED = "E506"
    STORE_DRIVER_MISSING = "E507"
    BATCH_SHARD_FAILED = "E601"
    BATCH_OUT_MISMATCH = "E602"
    BATCH_NO_CLUSTER = "E603"
    API_NOT_FOUND = "E701"
    API_BAD_REQUEST = "E702"
    API_UNAUTHORIZED = "E703"
    API_WRITES_DISABLED = "E704"
    API_TIMEOUT = "E705"


class RasdError(Exception):
    """Base of rasd's errors: a code and a message that says what to do."""

    def __init__(self, code: Code, message: str) -> None:
        super().__init__(f"[{code.value}] {message}")
        self.code = code
        self.message = message


class ResourceError(RasdError):
    """A language resource is missing, malformed or does not match its manifest."""


class InputError(RasdError):
    """One input (file, line, record) cannot be read; the run records it and goes on."""


class GoldError(RasdError):
    """A gold file does not follow EVENT_SCHEMA.md."""


class ModelError(RasdError):
    """A shipped model file is missing or malformed, or training lacks its optional extra."""


class BatchError(RasdError):
    """A batch cannot run as asked: its output folder holds another batch's shards, or its Ray
    cluster cannot be reached."""


class StoreError(RasdError):
    """The database cannot be opened or migrated; the run cannot go on."""
