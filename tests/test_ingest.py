"""End-to-end ingestion of the demo CVs: redaction before storage and indexing, idempotence, identity,
suppression, profiles with verbatim evidence, and the CLI contract."""

from __future__ import annotations

import json
import logging
import re
import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from retrieval import index
from retrieval.ingest import (
    SourceDocument,
    delete_candidate_from_index,
    file_source_ref,
    ingest_document,
    ingest_paths,
)
from storage import db
from storage.crypto import decrypt, identity_hash
from storage.db import session_scope
from storage.directory import add_tenant
from storage.models import AuditEvent, Candidate, Suppression
from storage.settings import reset_settings, use_data_dir
from tests.cli_helpers import fairmatch

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "bot" / "demo"
FILES = [
    "cv-01.pdf",
    "cv-02.docx",
    "cv-03.txt",
    "cv-04.txt",
    "cv-05.pdf",
    "cv-10.txt",
    "cv-14.pdf",
]
KEY = "x3Jd3n5bJ2n1m0yQk8kq5m1H0n3sU4Wc9pQe7rTt6Yo="  # the values tests/conftest.py sets
SALT = "test-salt"

TAXONOMY = ROOT / "retrieval" / "data" / "label_vectors.npz"
pytestmark = [
    pytest.mark.skipif(
        not TAXONOMY.exists(), reason="ESCO taxonomy not built: python -m retrieval.build_taxonomy"
    ),
    pytest.mark.skipif(not (DEMO / "demo.json").exists(), reason="demo CVs not generated"),
]


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One ingest of a demo subset (with the corrupt PDF), shared by the tests of this module."""
    base = tmp_path_factory.mktemp("ingest")
    folder = base / "cvs"
    (folder / "nested").mkdir(parents=True)
    for name in FILES:
        shutil.copy(DEMO / "cvs" / name, folder / ("nested" if name.endswith(".txt") else "") / name)
    shutil.copy(DEMO / "cvs" / "broken.pdf", folder / "broken.pdf")
    (folder / ".hidden.txt").write_text("not a CV")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FAIRMATCH_SECRET_KEY", KEY)
        mp.setenv("FAIRMATCH_IDENTITY_SALT", SALT)
        mp.delenv("DATABASE_URL", raising=False)
        mp.delenv("QDRANT_URL", raising=False)
        use_data_dir(base / "var")
        db.upgrade()
        with session_scope() as session:
            tenant = add_tenant(session, "acme").id
        handler = _Collect()
        root = logging.getLogger()
        old_level = root.level
        root.addHandler(handler)
        root.setLevel(logging.DEBUG)
        try:
            results = ingest_paths(tenant, [folder], workers=1)  # logs stay in this process
        finally:
            root.removeHandler(handler)
            root.setLevel(old_level)
        reset_settings()
    demo = json.loads((DEMO / "demo.json").read_text())
    yield {
        "base": base,
        "folder": folder,
        "tenant": tenant,
        "results": results,
        "logs": handler.lines,
        "demo": demo,
    }
    index.close_all()


@pytest.fixture
def shared(world, monkeypatch):
    monkeypatch.setenv("FAIRMATCH_DATA_DIR", str(world["base"] / "var"))
    reset_settings()
    return world


def _by_file(world) -> dict[str, Candidate]:
    with session_scope() as session:
        rows = {c.source_ref: c for c in session.exec(select(Candidate))}
    out = {}
    for path in world["folder"].rglob("*"):
        ref = file_source_ref(path)
        if ref in rows:
            out[path.name] = rows[ref]
    return out


def test_a_corrupt_pdf_is_reported_by_name_and_the_rest_is_ingested(shared):
    results = {Path(r.path).name: r for r in shared["results"]}
    assert set(results) == set(FILES) | {"broken.pdf"}  # hidden files are left out, nested folders searched
    assert results["broken.pdf"].status == "skipped"
    assert "broken.pdf" in results["broken.pdf"].error and results["broken.pdf"].candidate_id is None
    assert all(results[name].status == "created" and results[name].candidate_id for name in FILES)
    assert index.count(shared["tenant"]) == len(FILES)


def test_worker_processes_store_the_same_candidates_in_the_same_order(shared, tmp_path, monkeypatch):
    def stored(tenant_id: str, results: list) -> dict:
        names = {r.candidate_id: Path(r.path).name for r in results if r.candidate_id}
        with session_scope() as session:
            rows = session.exec(select(Candidate).where(Candidate.tenant_id == tenant_id)).all()
            facts = {names[c.id]: (c.redacted_text, c.profile, c.language, c.identity_hash) for c in rows}
        points = index.points(tenant_id, with_vectors=True)
        vectors = {names[p.payload["candidate_id"]]: p.vector[index.DENSE] for p in points}
        return {name: (*facts[name], vectors[name]) for name in facts}

    serial_rows = stored(shared["tenant"], shared["results"])
    monkeypatch.setenv("FAIRMATCH_DATA_DIR", str(tmp_path / "var"))  # a store of its own
    reset_settings()
    db.upgrade()
    with session_scope() as session:
        tenant = add_tenant(session, "parallel").id
    seen = []
    pooled = ingest_paths(tenant, [shared["folder"]], workers=2, on_progress=seen.append)
    assert seen == pooled  # progress is reported per file, in input order
    key = [(r.path, r.status, r.error) for r in shared["results"]]
    assert [(r.path, r.status, r.error) for r in pooled] == key
    pooled_rows = stored(tenant, pooled)
    assert len(pooled_rows) == len(FILES)
    for name, row in serial_rows.items():
        fields = ("text", "profile", "language", "identity", "dense")
        for field, a, b in zip(fields, row, pooled_rows[name], strict=True):
            assert a == b, (name, field)


def test_reingest_updates_and_never_duplicates(shared):
    again = ingest_paths(shared["tenant"], [shared["folder"]])
    first = {r.path: r.candidate_id for r in shared["results"]}
    assert {r.path: r.candidate_id for r in again} == first
    assert [r.status for r in again if r.candidate_id] == ["updated"] * len(FILES)
    with session_scope() as session:
        assert len(session.exec(select(Candidate)).all()) == len(FILES)
    assert index.count(shared["tenant"]) == len(FILES)


def test_planted_identifiers_and_special_categories_reach_no_storage_index_or_log(shared):
    planted = shared["demo"]["planted"]
    rows = _by_file(shared)
    points = index.points(shared["tenant"], with_vectors=True)
    payloads = json.dumps([p.payload for p in points], ensure_ascii=False).lower()
    sparse_terms = {p.payload["candidate_id"]: set(p.vector[index.SPARSE].indices) for p in points}
    logs = "\n".join(shared["logs"]).lower()
    checked = 0
    for file, items in planted.items():
        name = Path(file).name
        if name not in rows:
            continue
        text = rows[name].redacted_text.lower()
        secrets = list(items.get("bsn", [])) + [s["marker"] for s in items.get("special_category", [])]
        for secret in secrets:
            checked += 1
            assert secret.lower() not in text, (name, secret)
            assert secret.lower() not in payloads and secret.lower() not in logs
            for token in index.tokens(secret):
                if len(token) > 3:
                    assert index.term_index(token) not in sparse_terms[rows[name].id], (name, token)
    assert checked >= 7  # BSNs and special-category markers planted in these files
    for meta in shared["demo"]["cvs"]:
        name = Path(meta["file"]).name
        if name in rows:
            stored = rows[name].redacted_text
            assert meta["email"] not in stored and meta["name"] not in stored
            assert meta["name"].lower() not in payloads and meta["name"].lower() not in logs


def test_identity_is_encrypted_and_hashed(shared):
    rows = _by_file(shared)
    for meta in shared["demo"]["cvs"]:
        name = Path(meta["file"]).name
        if name not in rows:
            continue
        identity = json.loads(decrypt(rows[name].identity_enc))
        assert identity["email"] == meta["email"]
        assert rows[name].identity_hash == identity_hash(meta["email"])
        assert meta["name"] not in rows[name].identity_enc


def test_text_addressed_to_an_ai_sets_the_notice(shared):
    rows = _by_file(shared)
    assert rows["cv-05.pdf"].ai_notice is True
    assert not any(c.ai_notice for n, c in rows.items() if n != "cv-05.pdf")


def test_profile_facts_quote_the_stored_text_verbatim(shared):
    for name, c in _by_file(shared).items():
        p = c.profile
        facts = p["skills"] + p["titles"] + p["languages"]
        facts += [f for f in (p["years_experience"], p["education"], p["availability"], p["location"]) if f]
        assert p["years_experience"] and p["languages"], name
        for fact in facts:
            if fact.get("start") is not None:
                assert c.redacted_text[fact["start"] : fact["end"]] == fact["text"], (name, fact)
                assert not re.search(r"<[A-Z_]+(?:_\d+)?>", fact["text"]), (name, fact)


def test_profile_of_a_known_cv(shared):
    cv = _by_file(shared)["cv-03.txt"]
    p = cv.profile
    assert p["years_experience"]["value"] >= 9 and p["years_experience"]["method"] == "date_ranges"
    assert p["education"]["level"] in ("master", "wo")
    assert {(lang["code"], lang["level"]) for lang in p["languages"]} == {("nl", "C2"), ("en", "B2")}
    assert p["location"]["city"] == "Utrecht"
    assert p["availability"]["text"] == "Opzegtermijn van 1 maand."
    assert {"Python", "PostgreSQL"} <= {t for s in p["skills"] for t in re.findall(r"\w+", s["text"])}
    assert any("Developer" in t["text"] for t in p["titles"])
    assert all(t["occupation"] for t in p["titles"])


def test_audit_records_ids_only(shared):
    with session_scope() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.action.like("candidate.ingest%"))).all()
    ingested = [e for e in events if e.action == "candidate.ingested"]
    assert len(ingested) >= len(FILES)
    assert any(
        e.action == "candidate.ingest_skipped" and e.details["reason"] == "parse_error" for e in events
    )
    for e in events:
        assert set(e.details) <= {"status", "source", "format", "language", "ai_notice", "findings", "reason"}


def test_suppressed_identity_is_not_stored(shared, tmp_path):
    meta = next(m for m in shared["demo"]["cvs"] if m["file"].endswith("cv-06.docx"))
    with session_scope() as session:
        session.add(
            Suppression(tenant_id=shared["tenant"], identity_hash=identity_hash(meta["email"]), reason="dsar")
        )
    data = (DEMO / meta["file"]).read_bytes()
    with session_scope() as session:
        result = ingest_document(
            session, shared["tenant"], SourceDocument("sharepoint:item-6", "cv.docx", data)
        )
    assert (result.status, result.error, result.candidate_id) == ("skipped", "do not contact", None)
    with session_scope() as session:
        assert (
            session.exec(select(Candidate).where(Candidate.source_ref == "sharepoint:item-6")).first() is None
        )


def test_changed_content_updates_the_same_candidate_and_delete_leaves_the_index(shared):
    tenant = shared["tenant"]
    text = (
        "Jonas Bakker\nData Engineer\n\nWerkervaring\n2018 - heden  Data Engineer, Bol\n"
        "- Spark en Airflow\n\nTalen\nNederlands (moedertaal)\n"
    )
    doc = SourceDocument("ats:77", "cv.txt", text.encode(), "sourced", to_be_informed=True)
    with session_scope() as session:
        first = ingest_document(session, tenant, doc)
    changed = SourceDocument("ats:77", "cv.txt", text.replace("2018", "2016").encode(), "sourced")
    with session_scope() as session:
        second = ingest_document(session, tenant, changed)
        row = session.get(Candidate, second.candidate_id)
        assert "2016 - heden" in row.redacted_text and row.to_be_informed and str(row.source) == "sourced"
    assert (first.status, second.status) == ("created", "updated")
    assert first.candidate_id == second.candidate_id
    delete_candidate_from_index(tenant, second.candidate_id)
    assert second.candidate_id not in {p.payload["candidate_id"] for p in index.points(tenant)}


def test_json_export_identity_comes_from_its_fields(shared):
    record = {
        "name": "Noor Visser",
        "email": "noor@example.org",
        "headline": "Verpleegkundige",
        "experience": [
            {"title": "Verpleegkundige", "employer": "UMC Utrecht", "start": "2015", "end": "heden"}
        ],
        "languages": [{"language": "Nederlands", "level": "C2"}],
    }
    with session_scope() as session:
        result = ingest_document(
            session, shared["tenant"], SourceDocument("ats:noor", "noor.json", json.dumps(record).encode())
        )
        row = session.get(Candidate, result.candidate_id)
        assert json.loads(decrypt(row.identity_enc)) == {"name": "Noor Visser", "email": "noor@example.org"}
        assert "Noor" not in row.redacted_text and row.profile["years_experience"]["value"] >= 10


def test_redaction_failure_fails_closed(shared, monkeypatch):

    monkeypatch.setenv("FAIRMATCH_GUARD_TIMEOUT_S", "-10")  # every analysis now runs out of time
    reset_settings()
    with session_scope() as session:
        result = ingest_document(
            session,
            shared["tenant"],
            SourceDocument("ats:timeout", "cv.txt", b"Piet Post\nWerkervaring\n2019 - 2020 Kok"),
        )
        assert result.status == "skipped" and "redaction failed" in result.error
        assert session.exec(select(Candidate).where(Candidate.source_ref == "ats:timeout")).first() is None


@pytest.fixture
def cli(capsys):
    from bot.cli import app as root

    if "ingest" not in {c.name for c in root.registered_commands}:
        pytest.skip("`fairmatch ingest` is not registered in bot/cli/__init__.py yet")
    return lambda *args: fairmatch(capsys, *args)


def test_cli_json_lines_per_file_and_exit_codes(shared, cli, tmp_path):
    (tmp_path / "a.txt").write_bytes((DEMO / "cvs" / "cv-07.txt").read_bytes())
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    run = cli("ingest", "--tenant", "acme", str(tmp_path), "--json")
    assert run.code == 0, run.err
    lines = {Path(line["path"]).name: line for line in run.json_lines()}
    assert lines["a.txt"]["status"] == "created" and lines["a.txt"]["candidate_id"].startswith("c_")
    assert lines["broken.pdf"]["status"] == "skipped" and "broken.pdf" in lines["broken.pdf"]["error"]
    assert set(lines["a.txt"]) == {"path", "candidate_id", "status"}
    assert "2 file(s): 1 created, 0 updated, 1 skipped" in run.err
    assert cli("ingest", "--tenant", "nobody", str(tmp_path)).code == 2
    missing = cli("ingest", "--tenant", "acme", str(tmp_path / "nope"))
    assert missing.code == 2 and "no such file or folder" in missing.err
