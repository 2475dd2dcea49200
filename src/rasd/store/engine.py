"""Opening the database: a SQLite file or a PostgreSQL URL, brought to the newest schema.

Every database failure is a ``StoreError`` with its code (``STORE_FAILURES``), never a driver's
traceback. Writers wait for each other: a SQLite write transaction takes the write lock when it
begins (``BEGIN IMMEDIATE``, waiting up to ``RASD_DB_BUSY_SECONDS``), and migrations run under
that lock (on PostgreSQL, under an advisory lock), so two processes opening a fresh database do
not both create its tables.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, ExceptionContext, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError
from sqlalchemy.pool import StaticPool

from rasd.config import get_settings
from rasd.errors import Code, StoreError

MIGRATIONS = Path(__file__).parent / "migrations"
_DRIVERS = {"postgres": "postgresql+psycopg", "postgresql": "postgresql+psycopg", "sqlite": "sqlite"}
#: The database backends rasd runs on, and the pip extra that brings each one's driver.
BACKENDS = {"sqlite": None, "postgresql": "rasd[postgres]"}
#: SQLite's messages, the code each one gets, and what the user can do about it.
STORE_FAILURES = (
    ("file is not a database", Code.STORE_NOT_A_DATABASE, "is not a SQLite database; give another --db"),
    (
        "malformed",
        Code.STORE_CORRUPT,
        "is damaged (truncated or overwritten); restore a backup, or salvage it with sqlite3's .recover",
    ),
    ("readonly", Code.STORE_READ_ONLY, "cannot be written; check the permissions of the file and its folder"),
    (
        "locked",
        Code.STORE_LOCKED,
        "stayed locked by another process past RASD_DB_BUSY_SECONDS; try again when it is done",
    ),
)
#: Writes ask for the SQLite write lock at BEGIN; the execution option that says a transaction writes.
_WRITES = "rasd_writes"
#: The key of PostgreSQL's advisory lock around migrations (any constant shared by all rasd processes).
_MIGRATION_LOCK = 0x72617364


def database_url(target: str) -> str:
    """A SQLAlchemy URL from a URL or a file path; plain PostgreSQL URLs get the psycopg 3 driver."""
    if "://" not in target:
        return f"sqlite:///{Path(target).expanduser()}"
    scheme, rest = target.split("://", 1)
    return f"{_DRIVERS.get(scheme, scheme)}://{rest}"


def connect(target: str, create: bool = True) -> Engine:
    """An engine on the database, migrated to the newest schema; with ``create=False`` a SQLite
    file that does not exist is an error (a reader given a mistyped path), not a new database."""
    url = _checked_url(target)
    if url.get_backend_name() == "sqlite":
        if not create and url.database not in (None, "", ":memory:") and not Path(url.database).exists():
            raise StoreError(Code.STORE_UNAVAILABLE, f"no database at {url.database}: run rasd ingest first")
        engine = _sqlite_engine(url)
    else:
        engine = _engine(url, pool_pre_ping=True)
    event.listen(engine, "handle_error", _coded_error)
    migrate(engine)
    return engine


def write_transaction(engine: Engine) -> AbstractContextManager[Connection]:
    """A transaction that writes: on SQLite it waits for the write lock at BEGIN, so that two
    writers queue up instead of one failing when its read lock cannot be upgraded."""
    return engine.execution_options(**{_WRITES: True}).begin()


def _checked_url(target: str) -> URL:
    try:
        url = make_url(database_url(target))
    except ArgumentError as error:
        raise StoreError(Code.STORE_BAD_URL, f"{target!r} is not a database URL or path") from error
    backend = url.get_backend_name()
    if backend not in BACKENDS:
        raise StoreError(
            Code.STORE_BAD_URL,
            f"rasd stores in SQLite (a file path) or PostgreSQL (postgresql://…), not {backend}",
        )
    return url


def _engine(url: URL, **options: object) -> Engine:
    """``create_engine``, with a missing driver named along with the extra that installs it."""
    try:
        return create_engine(url, **options)
    except ImportError as error:
        extra = BACKENDS[url.get_backend_name()]
        hint = f"pip install '{extra}'" if extra else "install the driver"
        raise StoreError(
            Code.STORE_DRIVER_MISSING,
            f"{url.drivername} needs a driver that is not installed ({error}): {hint}",
        ) from error


def _sqlite_engine(url: URL) -> Engine:
    in_memory = url.database in (None, "", ":memory:")
    if not in_memory and not _names_a_uri(url):
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    # one shared connection for an in-memory database, or each connection would see an empty one
    options = {"poolclass": StaticPool} if in_memory else {}
    engine = _engine(url, connect_args={"timeout": get_settings().db_busy_seconds}, **options)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _names_a_uri(url: URL) -> bool:
    """ "sqlite:///file:/data/rasd.sqlite?mode=ro&uri=true": SQLite opens the file the URI names; its
    folder is not made, as "file:" is no folder (it left a "file:/…" tree in the working directory)."""
    return url.query.get("uri") == "true" and str(url.database).startswith("file:")


def _sqlite_pragmas(connection: sqlite3.Connection, _record: object) -> None:
    connection.isolation_level = None  # rasd begins transactions itself (_sqlite_begin), not pysqlite
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers (rasd events, the API) never block a writer
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    writes = connection.get_execution_options().get(_WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _coded_error(context: ExceptionContext) -> None:
    """Every database error but a unique-key clash (which callers retry) as a coded StoreError."""
    if isinstance(context.sqlalchemy_exception, IntegrityError):
        return
    raise store_error(context.original_exception, context.engine.url if context.engine else None)


def store_error(error: BaseException, url: URL | None) -> StoreError:
    """The coded error for what the driver said."""
    where = url.render_as_string(hide_password=True) if url is not None else "the database"
    if url is not None and url.get_backend_name() == "sqlite":
        where = url.database or "the in-memory database"
    message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    for fragment, code, advice in STORE_FAILURES:
        if fragment in message.lower():
            return StoreError(code, f"{where} {advice} ({message})")
    return StoreError(Code.STORE_UNAVAILABLE, f"cannot use {where}: {message}")


def migrate(engine: Engine) -> None:
    """Apply the migrations the database lacks; a database already at the head is left alone.

    Runs under the write lock, so that a second process opening a fresh database waits, then
    finds it migrated."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    with write_transaction(engine) as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
        if MigrationContext.configure(connection).get_current_revision() == head:
            return
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
