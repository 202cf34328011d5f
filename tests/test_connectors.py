"""Connectors: a real folder, a signed ATS webhook, an ATS pull from a loopback server, admin CLI."""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from bot.server import create_app
from connectors.ats import sign
from scheduler.sweep import preview
from storage.db import session_scope
from storage.directory import add_tenant
from storage.models import Application, Candidate, ConnectorConfig, Vacancy
from tests.cli_helpers import fairmatch

DEMO = Path(__file__).resolve().parents[1] / "bot" / "demo" / "cvs"


def _cv(name: str, extra: str = "") -> str:
    return (
        f"{name}\n{name.split()[0].lower()}@example.com\nProfiel\nData analist met 4 jaar ervaring in SQL, "
        f"Python en Power BI.{extra}\nWerkervaring\n2020 - heden  Data analist bij Voorbeeld BV\n"
        "Talen\nNederlands (moedertaal), Engels (C1)\n"
    )


@pytest.fixture
def tenant(sqlite_db):
    with session_scope() as session:
        return add_tenant(session, "Acme BV")


def _candidates(tenant_id: str) -> list[Candidate]:
    with session_scope() as session:
        return list(session.exec(select(Candidate).where(Candidate.tenant_id == tenant_id)))


def test_folder_sync_is_incremental_idempotent_and_follows_deletions(tenant, tmp_path, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "anna.txt").write_text(_cv("Anna Jansen"))
    (inbox / "bram.txt").write_text(_cv("Bram de Boer"))
    shutil.copy(DEMO / "broken.pdf", inbox / "broken.pdf")
    run = fairmatch(
        capsys,
        "connectors",
        "add",
        "--tenant",
        "Acme BV",
        "--kind",
        "folder",
        "--name",
        "inbox",
        "--path",
        str(inbox),
        "--json",
    )
    assert run.code == 0, run.err

    first = fairmatch(capsys, "connectors", "sync", "--tenant", "Acme BV", "--json").json()
    assert first[0] | {"errors": None} == {
        "name": "inbox",
        "created": 2,
        "updated": 0,
        "deleted": 0,
        "failed": 1,
        "errors": None,
        "error": None,
    }
    assert "broken.pdf" in first[0]["errors"][0]
    assert len(_candidates(tenant.id)) == 2

    again = fairmatch(capsys, "connectors", "sync", "--tenant", "Acme BV", "--name", "inbox", "--json").json()
    assert (again[0]["created"], again[0]["updated"], again[0]["deleted"], again[0]["failed"]) == (0, 0, 0, 0)

    time.sleep(0.01)
    (inbox / "anna.txt").write_text(_cv("Anna Jansen", " Ook ervaring met dbt."))
    (inbox / "bram.txt").unlink()
    third = fairmatch(capsys, "connectors", "sync", "--tenant", "Acme BV", "--json").json()[0]
    assert (third["created"], third["updated"], third["deleted"]) == (0, 1, 1)
    by_state = {c.source_deleted_at is None: c for c in _candidates(tenant.id)}
    assert "dbt" in by_state[True].redacted_text
    gone = by_state[False]
    due = {d.candidate_id: d.reason for d in preview(gone.source_deleted_at.replace(year=2099))}
    assert "source deleted" in due[gone.id]

    listing = fairmatch(capsys, "connectors", "list", "--tenant", "Acme BV", "--json").json()
    assert listing[0]["last_counts"]["updated"] == 1 and listing[0]["last_error"] is None


def test_restarting_from_a_saved_cursor_creates_no_duplicates(tenant, tmp_path, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(3):
        (inbox / f"cv{i}.txt").write_text(_cv(f"Kandidaat Nummer{i}"))
    fairmatch(
        capsys,
        "connectors",
        "add",
        "--tenant",
        "Acme BV",
        "--kind",
        "folder",
        "--name",
        "inbox",
        "--path",
        str(inbox),
    )
    fairmatch(capsys, "connectors", "sync", "--tenant", "Acme BV")
    with session_scope() as session:  # a crash after ingest but before the cursor was saved
        config = session.exec(select(ConnectorConfig)).one()
        config.cursor = None
        session.add(config)
    rerun = fairmatch(capsys, "connectors", "sync", "--tenant", "Acme BV", "--json").json()[0]
    assert rerun["created"] == 0
    assert len(_candidates(tenant.id)) == 3


def test_sourced_folder_candidates_are_flagged_to_be_informed(tenant, tmp_path, capsys):
    inbox = tmp_path / "sourcing"
    inbox.mkdir()
    (inbox / "found.txt").write_text(_cv("Gevonden Persoon"))
    fairmatch(
        capsys,
        "connectors",
        "add",
        "--tenant",
        "Acme BV",
        "--kind",
        "folder",
        "--name",
        "sourcing",
        "--path",
        str(inbox),
        "--sourced",
    )
    fairmatch(capsys, "connectors", "sync", "--tenant", "Acme BV")
    (candidate,) = _candidates(tenant.id)
    assert candidate.to_be_informed and candidate.source.value == "sourced" and candidate.first_contact_at
    assert (
        fairmatch(capsys, "candidates", "informed", "--tenant", "Acme BV", "--candidate", candidate.id).code
        == 0
    )
    assert _candidates(tenant.id)[0].informed_at is not None


FEED = {
    "vacancies": [
        {
            "id": "V1",
            "title": "Data Analyst",
            "text": "Data Analyst\nEisen\n- SQL\n- Python\nPré\n- Power BI",
            "location": "Utrecht",
        }
    ],
    "candidates": [
        {
            "id": "C1",
            "name": "Eva Visser",
            "email": "eva@example.com",
            "headline": "Data analist",
            "skills": ["SQL", "Python"],
            "summary": "Vier jaar ervaring met dashboards.",
            "vacancy_ids": ["V1"],
        },
        {
            "id": "C2",
            "name": "Tom Bakker",
            "email": "tom@example.com",
            "source": "sourced",
            "headline": "BI developer",
            "skills": ["Power BI"],
        },
    ],
    "cursor": "c-1",
}


async def test_ats_webhook_accepts_only_valid_signatures(tenant, monkeypatch, capsys):
    monkeypatch.setenv("ATS_SECRET", "whsec-123")
    run = fairmatch(
        capsys,
        "connectors",
        "add",
        "--tenant",
        "Acme BV",
        "--kind",
        "ats-webhook",
        "--name",
        "ats",
        "--secret-env",
        "ATS_SECRET",
        "--json",
    )
    connector_id = run.json()["id"]
    body = json.dumps(FEED).encode()
    now = str(int(time.time()))
    async with TestClient(TestServer(create_app())) as client:
        url = f"/connectors/ats/{connector_id}"
        bad = await client.post(
            url,
            data=body,
            headers={"X-Fairmatch-Timestamp": now, "X-Fairmatch-Signature": sign("wrong", now, body)},
        )
        assert bad.status == 401
        stale = str(int(time.time()) - 3600)
        old = await client.post(
            url,
            data=body,
            headers={"X-Fairmatch-Timestamp": stale, "X-Fairmatch-Signature": sign("whsec-123", stale, body)},
        )
        assert old.status == 401
        assert _candidates(tenant.id) == []
        good = await client.post(
            url,
            data=body,
            headers={"X-Fairmatch-Timestamp": now, "X-Fairmatch-Signature": sign("whsec-123", now, body)},
        )
        assert good.status == 200, await good.text()
        counts = await good.json()
    assert (counts["created"], counts["failed"]) == (3, 0)  # one vacancy, two candidates
    with session_scope() as session:
        vacancy = session.exec(select(Vacancy)).one()
        assert vacancy.requirements["must"] and vacancy.title == "Data Analyst"
        assert session.exec(select(Application)).one().vacancy_id == vacancy.id
    sourced = {c.source.value: c for c in _candidates(tenant.id)}
    assert sourced["sourced"].to_be_informed and not sourced["applicant"].to_be_informed
    assert all("Eva" not in c.redacted_text and "Tom" not in c.redacted_text for c in _candidates(tenant.id))


class _FakeAts(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, dict]] = {}
    seen: ClassVar[list[tuple[str, str | None]]] = []

    def do_GET(self):
        self.seen.append((self.path, self.headers.get("Authorization")))
        if self.headers.get("Authorization") != "Bearer pull-secret":
            self.send_response(401)
            self.end_headers()
            return
        key = "page2" if "page2" in self.path else ("since" if "since=c-2" in self.path else "first")
        body = json.dumps(self.pages[key]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_ats():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeAts)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    _FakeAts.pages = {
        "first": {**FEED, "cursor": "c-1", "next": f"{base}/feed?page2"},
        "page2": {
            "candidates": [{"id": "C3", "name": "Iris Mol", "headline": "Analist", "skills": ["SQL"]}],
            "cursor": "c-2",
            "next": None,
        },
        "since": {"deleted": {"candidates": ["C1"]}, "cursor": "c-3", "next": None},
    }
    _FakeAts.seen = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield base
    server.shutdown()


def test_ats_pull_pages_and_resumes_from_its_cursor(tenant, fake_ats, monkeypatch, capsys):
    monkeypatch.setenv("PULL_SECRET", "wrong")
    fairmatch(
        capsys,
        "connectors",
        "add",
        "--tenant",
        "Acme BV",
        "--kind",
        "ats-pull",
        "--name",
        "bad",
        "--url",
        f"{fake_ats}/feed",
        "--secret-env",
        "PULL_SECRET",
    )
    test = fairmatch(capsys, "connectors", "test", "--tenant", "Acme BV", "--name", "bad")
    assert test.code == 1 and "refused our credentials" in test.out
    fairmatch(capsys, "connectors", "remove", "--tenant", "Acme BV", "--name", "bad")

    monkeypatch.setenv("PULL_SECRET", "pull-secret")
    fairmatch(
        capsys,
        "connectors",
        "add",
        "--tenant",
        "Acme BV",
        "--kind",
        "ats-pull",
        "--name",
        "pull",
        "--url",
        f"{fake_ats}/feed",
        "--secret-env",
        "PULL_SECRET",
    )
    assert fairmatch(capsys, "connectors", "test", "--tenant", "Acme BV", "--name", "pull").code == 0
    first = fairmatch(capsys, "connectors", "sync", "--tenant", "Acme BV", "--json").json()[0]
    assert (first["created"], first["failed"], first["error"]) == (4, 0, None)
    second = fairmatch(capsys, "connectors", "sync", "--tenant", "Acme BV", "--json").json()[0]
    assert (second["created"], second["deleted"]) == (0, 1)
    assert any("since=c-2" in path for path, _ in _FakeAts.seen)


def test_secrets_are_encrypted_never_shown_and_rotate(tenant, monkeypatch, capsys, data_dir):
    from cryptography.fernet import Fernet

    from storage.settings import reset_settings

    monkeypatch.setenv("ATS_SECRET", "very-secret-value")
    fairmatch(
        capsys,
        "connectors",
        "add",
        "--tenant",
        "Acme BV",
        "--kind",
        "ats-webhook",
        "--name",
        "ats",
        "--secret-env",
        "ATS_SECRET",
    )
    listing = fairmatch(capsys, "connectors", "list", "--tenant", "Acme BV", "--json")
    assert "very-secret-value" not in listing.out + listing.err and listing.json()[0]["has_secret"]
    assert b"very-secret-value" not in (data_dir / "fairmatch.db").read_bytes()

    new_key = Fernet.generate_key().decode()
    monkeypatch.setenv("FAIRMATCH_SECRET_KEY", f"{new_key},{os.environ['FAIRMATCH_SECRET_KEY']}")
    reset_settings()
    assert fairmatch(capsys, "connectors", "rotate-key", "--json").json()["connectorconfig"] == 1
    monkeypatch.setenv("FAIRMATCH_SECRET_KEY", new_key)
    reset_settings()
    assert fairmatch(capsys, "connectors", "test", "--tenant", "Acme BV", "--name", "ats").code == 0

    missing = fairmatch(
        capsys,
        "connectors",
        "add",
        "--tenant",
        "Acme BV",
        "--kind",
        "ats-pull",
        "--name",
        "x",
        "--secret-env",
        "ATS_SECRET",
    )
    assert missing.code == 2 and "--url" in missing.err


@pytest.fixture
def graph(tmp_path, monkeypatch):
    from storage.settings import reset_settings
    from tests.fakes.graph_drive import FakeGraph

    fake = FakeGraph(tmp_path).start()
    monkeypatch.setenv("FAIRMATCH_GRAPH_URL", fake.graph_url)
    monkeypatch.setenv("FAIRMATCH_ENTRA_AUTHORITY", fake.authority)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(fake.cert))
    reset_settings()
    yield fake
    fake.stop()


def _add_graph(capsys, secret_env="GRAPH_SECRET"):
    return fairmatch(
        capsys,
        "connectors",
        "add",
        "--tenant",
        "Acme BV",
        "--kind",
        "graph-drive",
        "--name",
        "sp",
        "--drive",
        "b!drive1",
        "--folder",
        "folder-1",
        "--entra-tenant",
        "contoso",
        "--client-id",
        "app-1",
        "--secret-env",
        secret_env,
        "--json",
    )


def test_graph_drive_delta_sync_with_paging_throttling_and_deletions(tenant, graph, monkeypatch, capsys):
    monkeypatch.setenv("GRAPH_SECRET", "graph-secret")
    for i in range(3):
        graph.put(f"item-{i}", f"cv-{i}.txt", _cv(f"Sharepoint Kandidaat{i}").encode())
    graph.put("item-x", "broken.pdf", (DEMO / "broken.pdf").read_bytes())
    assert _add_graph(capsys).code == 0
    assert fairmatch(capsys, "connectors", "test", "--tenant", "Acme BV", "--name", "sp").code == 0

    graph.throttle_next = 1  # one 429 with Retry-After: the SDK waits and retries
    first = fairmatch(capsys, "connectors", "sync", "--tenant", "Acme BV", "--json").json()[0]
    assert (first["created"], first["failed"], first["error"]) == (3, 1, None), first
    assert graph.throttle_next == 0
    assert any("skip=" in path for path in graph.requests), "the delta was not paged"
    candidates = _candidates(tenant.id)
    assert len(candidates) == 3 and all(c.to_be_informed is False for c in candidates)

    second = fairmatch(capsys, "connectors", "sync", "--tenant", "Acme BV", "--json").json()[0]
    assert (second["created"], second["updated"], second["deleted"]) == (0, 0, 0)

    graph.remove("item-1")
    graph.put("item-0", "cv-0.txt", _cv("Sharepoint Kandidaat0", " Ook Tableau.").encode())
    third = fairmatch(capsys, "connectors", "sync", "--tenant", "Acme BV", "--json").json()[0]
    assert (third["created"], third["updated"], third["deleted"]) == (0, 1, 1), third
    assert sum(c.source_deleted_at is not None for c in _candidates(tenant.id)) == 1


def test_graph_drive_reports_refused_credentials(tenant, graph, monkeypatch, capsys):
    monkeypatch.setenv("GRAPH_SECRET", "wrong-secret")
    _add_graph(capsys)
    test = fairmatch(capsys, "connectors", "test", "--tenant", "Acme BV", "--name", "sp")
    assert (test.code == 1 and "unreachable" not in test.out.lower()) or "refused" in test.out
    graph.refuse = True
    monkeypatch.setenv("GRAPH_SECRET", "graph-secret")
    fairmatch(capsys, "connectors", "remove", "--tenant", "Acme BV", "--name", "sp")
    _add_graph(capsys)
    run = fairmatch(capsys, "connectors", "sync", "--tenant", "Acme BV", "--json")
    assert run.code == 1
    assert "HTTP 401" in run.json()[0]["error"]
    listing = fairmatch(capsys, "connectors", "list", "--tenant", "Acme BV", "--json").json()
    assert "HTTP 401" in listing[0]["last_error"]


def test_art14_reminders_run_until_the_candidate_is_informed(tenant, capsys):
    from datetime import UTC, datetime, timedelta

    from scheduler import inform
    from storage.models import AuditEvent

    received = datetime(2026, 3, 1, tzinfo=UTC)
    with session_scope() as session:
        candidate = Candidate(
            tenant_id=tenant.id,
            source_ref="sp:1",
            source="sourced",
            to_be_informed=True,
            created_at=received,
            redacted_text="cv",
        )
        session.add(candidate)
    assert inform.remind(received + timedelta(days=20)) == []
    assert inform.remind(received + timedelta(days=24)) == [candidate.id]
    with session_scope() as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "candidate.inform_reminder")).one()
        assert event.details["deadline"] == "2026-03-31"
    fairmatch(capsys, "candidates", "informed", "--tenant", "Acme BV", "--candidate", candidate.id)
    assert inform.remind(received + timedelta(days=25)) == []
