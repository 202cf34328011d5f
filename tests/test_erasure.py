"""Erasure reaches every copy, survives a kill, honours 'do not contact', and a DSAR export is complete."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from sqlmodel import select

from retrieval import index
from retrieval.ingest import SourceDocument, ingest_document
from scheduler import dsar
from scheduler.sweep import sweep
from storage import crypto
from storage.db import session_scope
from storage.directory import add_tenant, add_user
from storage.models import (
    Candidate,
    Decision,
    DecisionKind,
    ErasureJob,
    MatchSuggestion,
    Role,
    Vacancy,
)
from tests.cli_helpers import fairmatch

MARKER = "Zorblax-9000"  # a harmless phrase that is stored, so we can look for it after erasure
CV = f"""Jan Pieterszoon
jan.pieterszoon@example.com | +31 6 12345678 | BSN 111222333
Profiel
Backend developer met 6 jaar ervaring in Python en PostgreSQL. Bouwde het {MARKER} platform.
Na mijn burn-out in 2021 ben ik volledig hersteld.
Werkervaring
2019 - heden  Python developer bij Voorbeeld BV
Talen
Nederlands (moedertaal), Engels (C1)
"""


def _ingest(tenant_id: str, text: str = CV, ref: str = "folder:jan.txt"):
    with session_scope() as session:
        return ingest_document(
            session,
            tenant_id,
            SourceDocument(source_ref=ref, filename="jan.txt", data=text.encode(), source="applicant"),
        )


def _store_bytes(data_dir: Path) -> bytes:
    blobs = []
    for path in data_dir.rglob("*"):
        if path.is_file():
            blobs.append(path.read_bytes())
    return b"\n".join(blobs)


def test_erased_phrase_is_found_nowhere(sqlite_db, data_dir, caplog, capsys):
    caplog.set_level(logging.DEBUG)
    with session_scope() as session:
        tenant = add_tenant(session, "Acme BV")
        manager = add_user(session, tenant, "hiring_manager", name="Hanna")
        vacancy = Vacancy(
            tenant_id=tenant.id, title="Backend", text="Python", hiring_manager_ids=[manager.id]
        )
        session.add(vacancy)
    result = _ingest(tenant.id)
    assert result.status == "created", result.error
    with session_scope() as session:
        suggestion = MatchSuggestion(
            tenant_id=tenant.id,
            vacancy_id=vacancy.id,
            candidate_id=result.candidate_id,
            score=0.9,
            explanation={"matched": [{"evidence": {"text": MARKER}}]},
        )
        session.add(suggestion)
        session.flush()
        session.add(
            Decision(
                tenant_id=tenant.id,
                suggestion_id=suggestion.id,
                actor_id=manager.id,
                actor_role=Role.hiring_manager,
                kind=DecisionKind.approve,
                reason="heeft het platform gebouwd",
                evidence_viewed=True,
                channel="console",
            )
        )
    assert MARKER.encode() in _store_bytes(data_dir)  # the phrase really was stored
    index.close_all()

    run = fairmatch(
        capsys,
        "dsar",
        "erase",
        "--tenant",
        tenant.id,
        "--candidate",
        result.candidate_id,
        "--do-not-contact",
        "--json",
    )
    assert run.code == 0, run.err
    receipt = run.json()
    assert receipt["state"] == "done" and receipt["do_not_contact"] is True
    assert receipt["removed"]["candidates"] == 1 and receipt["removed"]["vectors"] == 1
    assert receipt["removed"]["suggestions"] == 1 and receipt["removed"]["decisions"] == 1

    index.close_all()
    raw = _store_bytes(data_dir)
    for secret in (MARKER, "111222333", "burn-out", "Pieterszoon", "jan.pieterszoon@example.com"):
        assert secret.encode() not in raw, f"{secret} survived in the store's files"
        assert all(secret not in record.getMessage() for record in caplog.records), f"{secret} was logged"
    assert index.count(tenant.id) == 0

    again = _ingest(tenant.id, ref="folder:jan-again.txt")
    assert again.status == "skipped" and "do not contact" in (again.error or "")


def _bulk_candidates(tenant_id: str, n: int) -> list[str]:
    rng = np.random.default_rng(7)
    created = datetime(2026, 1, 1, tzinfo=UTC)
    ids = [f"c_{i:06d}" for i in range(n)]
    with session_scope() as session:
        session.add_all(
            Candidate(
                id=cid,
                tenant_id=tenant_id,
                source_ref=f"bulk:{cid}",
                created_at=created,
                redacted_text="Python developer",
            )
            for cid in ids
        )
    for start in range(0, n, 500):
        index.upsert_candidates(
            tenant_id,
            [
                index.CandidatePoint(
                    cid, rng.standard_normal(384).astype(np.float32), {1: 1.0}, {"language": "nl"}
                )
                for cid in ids[start : start + 500]
            ],
        )
    index.close_all()
    return ids


def _orphans(tenant_id: str) -> tuple[set[str], set[str]]:
    with session_scope() as session:
        rows = set(session.exec(select(Candidate.id).where(Candidate.tenant_id == tenant_id)).all())
    vectors = {p.payload["candidate_id"] for p in index.points(tenant_id)}
    return rows - vectors, vectors - rows


def test_a_sweep_killed_half_way_resumes_without_orphans(sqlite_db, data_dir):
    with session_scope() as session:
        tenant = add_tenant(session, "Acme BV")
    ids = _bulk_candidates(tenant.id, 3000)
    code = (
        "from datetime import datetime, UTC; from scheduler.sweep import sweep; "
        "sweep(datetime(2026, 6, 1, tzinfo=UTC), batch=50)"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], env={**os.environ, "FAIRMATCH_DATA_DIR": str(data_dir)}
    )
    deadline = time.monotonic() + 120
    done = 0
    while done < 200:
        assert proc.poll() is None, "the sweep finished before it could be killed; use more candidates"
        assert time.monotonic() < deadline
        time.sleep(0.2)
        with session_scope() as session:
            done = len(session.exec(select(ErasureJob.candidate_id).where(ErasureJob.state == "done")).all())
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with session_scope() as session:
        remaining = len(session.exec(select(Candidate.id)).all())
    assert 0 < remaining < len(ids), "the kill did not land half-way"

    result = sweep(datetime(2026, 6, 1, tzinfo=UTC), batch=500)
    assert result.ran
    assert _orphans(tenant.id) == (set(), set())
    with session_scope() as session:
        assert session.exec(select(Candidate.id)).all() == []
        assert session.exec(select(ErasureJob).where(ErasureJob.state != "done")).all() == []


def test_dsar_export_is_complete_and_machine_readable(sqlite_db, capsys, tmp_path):
    with session_scope() as session:
        tenant = add_tenant(session, "Acme BV")
        manager = add_user(session, tenant, "hiring_manager", name="Hanna Manager")
        vacancy = Vacancy(
            tenant_id=tenant.id, title="Backend developer", text="Python", hiring_manager_ids=[manager.id]
        )
        session.add(vacancy)
    result = _ingest(tenant.id)
    with session_scope() as session:
        suggestion = MatchSuggestion(
            tenant_id=tenant.id,
            vacancy_id=vacancy.id,
            candidate_id=result.candidate_id,
            score=0.81,
            explanation={"matched": [{"requirement": "Python"}], "missing": []},
            model_version="m1",
            prompt_version="p1",
        )
        session.add(suggestion)
        session.flush()
        session.add(
            Decision(
                tenant_id=tenant.id,
                suggestion_id=suggestion.id,
                actor_id=manager.id,
                actor_role=Role.hiring_manager,
                kind=DecisionKind.approve,
                reason="sterke Python-ervaring",
                evidence_viewed=True,
                channel="slack",
            )
        )
    out = tmp_path / "export.json"
    run = fairmatch(
        capsys,
        "dsar",
        "export",
        "--tenant",
        "Acme BV",
        "--email",
        "jan.pieterszoon@example.com",
        "--out",
        str(out),
    )
    assert run.code == 0, run.err
    bundle = json.loads(out.read_text())
    assert bundle["candidate"]["id"] == result.candidate_id
    assert bundle["candidate"]["identity"]["email"] == "jan.pieterszoon@example.com"
    assert MARKER in bundle["candidate"]["text_as_stored"]
    assert bundle["match_suggestions"][0]["explanation"]["matched"] == [{"requirement": "Python"}]
    assert bundle["match_suggestions"][0]["model_version"] == "m1"
    decision = bundle["decisions"][0]
    assert decision["decided_by"] == {"id": manager.id, "name": "Hanna Manager", "role": "hiring_manager"}
    assert decision["reason"] == "sterke Python-ervaring"
    assert {"candidate.ingested"} <= {a["action"] for a in bundle["activity"]}
    assert bundle["retention"]["applicant"] == {"days": 28, "days_with_consent": 365}

    missing = fairmatch(capsys, "dsar", "export", "--tenant", "Acme BV", "--email", "nobody@example.com")
    assert missing.code == 2 and "no candidate" in missing.err


def test_restriction_and_rectification(sqlite_db, capsys):
    with session_scope() as session:
        tenant = add_tenant(session, "Acme BV")
    result = _ingest(tenant.id)
    assert (
        fairmatch(capsys, "dsar", "restrict", "--tenant", tenant.id, "--candidate", result.candidate_id).code
        == 0
    )
    with session_scope() as session:
        assert session.get(Candidate, result.candidate_id).restricted
        assert "restricted" in [d.blocked_by for d in dsar_preview(tenant.id)]
    run = fairmatch(
        capsys,
        "dsar",
        "rectify",
        "--tenant",
        tenant.id,
        "--candidate",
        result.candidate_id,
        "--set",
        "email=jan@new.example",
        "--json",
    )
    assert run.code == 0 and run.json()["rectified"] == ["email"]
    with session_scope() as session:
        candidate = session.get(Candidate, result.candidate_id)
        assert dsar.identity(candidate)["email"] == "jan@new.example"
        assert candidate.identity_hash == crypto.identity_hash("jan@new.example")
    bad = fairmatch(
        capsys,
        "dsar",
        "rectify",
        "--tenant",
        tenant.id,
        "--candidate",
        result.candidate_id,
        "--set",
        "religion=none",
    )
    assert bad.code == 2


def dsar_preview(tenant_id: str):
    from scheduler.sweep import preview

    return preview(datetime.now(UTC) + timedelta(days=400), tenant_id=tenant_id)
