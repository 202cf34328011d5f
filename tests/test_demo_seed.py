"""`fairmatch demo seed`: idempotent, the documented JSON, and the planted hazards caught end to end."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from sqlmodel import select

from bot.demo.seed import load_manifest
from retrieval import index
from storage.db import session_scope
from storage.models import Candidate
from tests.cli_helpers import fairmatch


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """Seed once per module: ingesting 40 CVs takes a while on two cores."""
    import os

    from storage import db
    from storage.settings import reset_settings

    data_dir = tmp_path_factory.mktemp("seeded") / "var"
    saved = {k: os.environ.get(k) for k in ("FAIRMATCH_DATA_DIR", "FAIRMATCH_SECRET_KEY")}
    os.environ["FAIRMATCH_DATA_DIR"] = str(data_dir)
    os.environ["FAIRMATCH_SECRET_KEY"] = "x3Jd3n5bJ2n1m0yQk8kq5m1H0n3sU4Wc9pQe7rTt6Yo="
    reset_settings()
    db.upgrade()
    from bot.demo.seed import seed

    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append
    logging.getLogger().addHandler(handler)
    previous = logging.getLogger().level
    logging.getLogger().setLevel(logging.DEBUG)
    try:
        first = seed()
    finally:
        logging.getLogger().removeHandler(handler)
        logging.getLogger().setLevel(previous)
    index.close_all()
    yield data_dir, first, records
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    reset_settings()


@pytest.fixture
def in_seeded(seeded, monkeypatch):
    monkeypatch.setenv("FAIRMATCH_DATA_DIR", str(seeded[0]))
    from storage.settings import reset_settings

    reset_settings()
    return seeded


def test_seed_prints_the_contract_and_is_idempotent(in_seeded, capsys):
    _, first, _ = in_seeded
    manifest = load_manifest()
    assert first.tenant_id == "demo"
    assert {u["role"] for u in first.users} == {"recruiter", "hiring_manager", "admin"}
    assert len(first.vacancies) == 5
    assert first.candidates == len(manifest["cvs"])  # every CV but the corrupt one
    assert [s["path"].endswith("broken.pdf") for s in first.skipped] == [True]

    run = fairmatch(capsys, "demo", "seed", "--json")
    assert run.code == 0, run.err
    again = run.json()
    assert set(again) == {"tenant_id", "users", "vacancies", "candidates"}
    assert again["candidates"] == first.candidates
    assert all(set(u) == {"id", "role", "name"} for u in again["users"])
    assert all(set(v) == {"id", "title"} for v in again["vacancies"])
    assert index.count("demo") == first.candidates


def _planted() -> list[str]:
    out = []
    for item in load_manifest()["planted"].values():
        out += item.get("bsn", [])
        out += [s["marker"] for s in item.get("special_category", [])]
    return out


def test_planted_hazards_never_reach_the_store_the_index_or_a_log(in_seeded):
    data_dir, _, records = in_seeded
    planted = _planted()
    assert len(planted) >= 15
    with session_scope() as session:
        texts = [c.redacted_text for c in session.exec(select(Candidate))]
        profiles = [json.dumps(c.profile, ensure_ascii=False) for c in session.exec(select(Candidate))]
    payloads = [json.dumps(p.payload, ensure_ascii=False) for p in index.points("demo")]
    logs = [r.getMessage() for r in records]
    raw = b"".join(p.read_bytes() for p in Path(data_dir).rglob("*") if p.is_file())
    for phrase in planted:
        for where, blobs in (
            ("stored text", texts),
            ("profile", profiles),
            ("qdrant payload", payloads),
            ("log", logs),
        ):
            assert all(phrase.lower() not in blob.lower() for blob in blobs), (
                f"{phrase!r} reached the {where}"
            )
        assert phrase.encode() not in raw, f"{phrase!r} is in the store's files"
