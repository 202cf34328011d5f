"""Engine, sessions and migrations. SQLite is the embedded default; PostgreSQL via DATABASE_URL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson
from alembic import command
from alembic.config import Config
from sqlalchemy import ARRAY, ColumnElement, String, any_, event, literal
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

from storage.settings import get_settings

MIGRATIONS = Path(__file__).parent / "migrations"


def _json_loads(text: str | bytes) -> Any:
    """orjson: a match reads 200 candidate profiles, and decoding them took a quarter of its time. The
    standard library reads what orjson refuses (NaN, as `json.dumps` writes it)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


@lru_cache
def _engine_for(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, json_deserializer=_json_loads
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            # Deleted rows must not linger in free pages: retention promises erasure.
            cur.execute("PRAGMA secure_delete=ON")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, json_deserializer=_json_loads)


def _ensure_sqlite_dir(url: str) -> None:
    database = make_url(url).database
    if url.startswith("sqlite") and database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)


def get_engine(url: str | None = None) -> Engine:
    url = url or get_settings().db_url
    _ensure_sqlite_dir(url)
    return _engine_for(url)


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    with Session(get_engine(url), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def among(column: ColumnElement, values: list[str]) -> ColumnElement[bool]:
    """`column IN values`; on PostgreSQL one array parameter, since thousands of binds are slow to send."""
    if get_engine().dialect.name == "postgresql":
        return column == any_(literal(list(values), type_=ARRAY(String)))
    return column.in_(values)


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str | None = None) -> None:
    """Run the migrations to head; safe to repeat."""
    url = url or get_settings().db_url
    _ensure_sqlite_dir(url)
    command.upgrade(alembic_config(url), "head")
