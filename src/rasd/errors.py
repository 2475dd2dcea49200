"""Coded errors. Each code is stable, documented once here, and used in problems and messages."""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    """Stable error codes: E1xx resources and settings, E2xx input, E3xx evaluation, E4xx a
    pipeline stage that failed on one article, E5xx the database, E6xx the HTTP API."""

    RESOURCE_MISSING = "E101"
    RESOURCE_INVALID = "E102"
    RESOURCE_CHECKSUM = "E103"
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
    GOLD_INVALID = "E301"
    STAGE_FAILED = "E401"
    STORE_UNAVAILABLE = "E501"
    STORE_BAD_URL = "E502"
    API_NOT_FOUND = "E601"
    API_BAD_REQUEST = "E602"
    API_UNAUTHORIZED = "E603"
    API_WRITES_DISABLED = "E604"
    API_TIMEOUT = "E605"


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


class StoreError(RasdError):
    """The database cannot be opened or migrated; the run cannot go on."""
