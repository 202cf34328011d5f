"""Shared fixtures: an isolated data dir per test, and the same storage on SQLite and PostgreSQL.

PostgreSQL tests read FAIRMATCH_TEST_DATABASE_URL. Under CI (FAIRMATCH_REQUIRE_POSTGRES=1) a missing
server fails the run; elsewhere those tests skip with a message that says why.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from storage import db
from storage.settings import reset_settings

PG_URL = os.environ.get("FAIRMATCH_TEST_DATABASE_URL")
REQUIRE_PG = os.environ.get("FAIRMATCH_REQUIRE_POSTGRES") == "1"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Iterator:
    """Every test gets its own FAIRMATCH_DATA_DIR, and no ambient production settings."""
    for var in ("DATABASE_URL", "QDRANT_URL", "FAIRMATCH_LLM", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("FAIRMATCH_SECRET_KEY", "x3Jd3n5bJ2n1m0yQk8kq5m1H0n3sU4Wc9pQe7rTt6Yo=")
    monkeypatch.setenv("FAIRMATCH_IDENTITY_SALT", "test-salt")
    path = tmp_path / "var"
    monkeypatch.setenv("FAIRMATCH_DATA_DIR", str(path))
    reset_settings()
    yield path
    reset_settings()


def _fresh_pg_database() -> str:
    """A throw-away database on the CI server, so parallel runs never share state."""
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("FAIRMATCH_TEST_DATABASE_URL is not set but FAIRMATCH_REQUIRE_POSTGRES=1")
        pytest.skip("PostgreSQL tests skipped: set FAIRMATCH_TEST_DATABASE_URL to run them")
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"fm_test_{secrets.token_hex(4)}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # the server is missing or refuses us
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL at {PG_URL} is not usable: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: {PG_URL} is not reachable ({type(exc).__name__})")
    finally:
        admin.dispose()
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


def _drop_pg_database(url: str) -> None:
    name = make_url(url).database
    db.get_engine(url).dispose()
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def sqlite_db(data_dir) -> str:
    """The embedded default database, migrated."""
    db.upgrade()
    return f"sqlite:///{data_dir / 'fairmatch.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, data_dir, monkeypatch) -> Iterator[str]:
    """A migrated database URL, once on SQLite and once on PostgreSQL; also made the default."""
    url = f"sqlite:///{data_dir / 'fairmatch.db'}" if request.param == "sqlite" else _fresh_pg_database()
    monkeypatch.setenv("DATABASE_URL", url)
    reset_settings()
    db.upgrade(url)
    yield url
    if request.param == "postgres":
        _drop_pg_database(url)
