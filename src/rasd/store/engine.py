"""Opening the database: a SQLite file or a PostgreSQL URL, brought to the newest schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.pool import StaticPool

from rasd.errors import Code, StoreError

MIGRATIONS = Path(__file__).parent / "migrations"
_DRIVERS = {"postgres": "postgresql+psycopg", "postgresql": "postgresql+psycopg", "sqlite": "sqlite"}


def database_url(target: str) -> str:
    """A SQLAlchemy URL from a URL or a file path; plain PostgreSQL URLs get the psycopg 3 driver."""
    if "://" not in target:
        return f"sqlite:///{Path(target).expanduser()}"
    scheme, rest = target.split("://", 1)
    return f"{_DRIVERS.get(scheme, scheme)}://{rest}"


def connect(target: str, create: bool = True) -> Engine:
    """An engine on the database, migrated to the newest schema; with ``create=False`` a SQLite
    file that does not exist is an error (a reader given a mistyped path), not a new database."""
    try:
        url = make_url(database_url(target))
    except ArgumentError as error:
        raise StoreError(Code.STORE_BAD_URL, f"{target!r} is not a database URL or path") from error
    if url.get_backend_name() == "sqlite":
        if not create and url.database not in (None, "", ":memory:") and not Path(url.database).exists():
            raise StoreError(Code.STORE_UNAVAILABLE, f"no database at {url.database}: run rasd ingest first")
        engine = _sqlite_engine(url)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    try:
        migrate(engine)
    except OperationalError as error:
        raise StoreError(Code.STORE_UNAVAILABLE, f"cannot open {url!r}: {error.orig}") from error
    return engine


def _sqlite_engine(url) -> Engine:
    in_memory = url.database in (None, "", ":memory:")
    if not in_memory:
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    # one shared connection for an in-memory database, or each connection would see an empty one
    options = {"poolclass": StaticPool} if in_memory else {}
    engine = create_engine(url, connect_args={"timeout": 30}, **options)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers (rasd events, the API) never block a writer
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def migrate(engine: Engine) -> None:
    """Apply the migrations the database lacks; a database already at the head is left alone."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.begin() as connection:
        if MigrationContext.configure(connection).get_current_revision() == head:
            return
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
