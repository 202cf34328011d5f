"""Admins handle data-subject requests from chat, through the same core and functions as the CLI."""

from __future__ import annotations

from sqlmodel import select

from bot.core import handle
from storage.db import session_scope
from storage.models import AuditEvent, Candidate, MatchSuggestion
from tests.core_rows import build, principal


def test_only_admins_and_erasure_needs_confirmation(sqlite_db):
    with session_scope() as session:
        world = build(session)
    cid = world.candidate_ids[0]

    refused = handle(principal(world, "rec"), f"dsar erase {cid} confirm")
    assert refused.refused and refused.state_changes == []

    export = handle(principal(world, "adm"), f"dsar export {cid}")
    assert "1 match suggestion" in export.text and "fairmatch dsar export" in export.text

    ask = handle(principal(world, "adm", lang="nl"), f"avg wis {cid}")
    assert "bevestig" in ask.text and ask.state_changes == []
    with session_scope() as session:
        assert session.get(Candidate, cid) is not None

    restricted = handle(principal(world, "adm"), f"dsar restrict {cid}")
    assert [c.as_json()["to"] for c in restricted.state_changes] == ["true"]
    with session_scope() as session:
        assert session.get(Candidate, cid).restricted

    handle(principal(world, "adm"), f"dsar unrestrict {cid}")
    erased = handle(principal(world, "adm"), f"dsar erase {cid} confirm")
    assert erased.state_changes[0].to == "erased", erased.text
    with session_scope() as session:
        assert session.get(Candidate, cid) is None
        assert session.exec(select(MatchSuggestion).where(MatchSuggestion.candidate_id == cid)).all() == []
        actions = {e.action for e in session.exec(select(AuditEvent))}
    assert {"dsar.exported", "dsar.restricted", "dsar.unrestricted", "candidates.erased"} <= actions
    assert "request.refused" in actions


def test_admin_overview_in_any_channel(sqlite_db, tmp_path, capsys):
    from bot.core.models import Channel
    from tests.cli_helpers import fairmatch

    with session_scope() as session:
        world = build(session)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    fairmatch(
        capsys,
        "connectors",
        "add",
        "--tenant",
        world.tenant_id,
        "--kind",
        "folder",
        "--name",
        "inbox",
        "--path",
        str(inbox),
    )
    fairmatch(
        capsys,
        "retention",
        "policy",
        "--tenant",
        world.tenant_id,
        "--category",
        "applicant",
        "--days",
        "42",
        "--days-with-consent",
        "400",
    )

    overview = handle(principal(world, "adm", channel=Channel.teams), "admin")
    assert "applicants 42 days (400 with consent)" in overview.text
    assert "inbox (folder): never synced" in overview.text
    assert "hiring_manager 2" in overview.text and "AI suggestions: on" in overview.text
    dutch = handle(principal(world, "adm", channel=Channel.teams, lang="nl"), "beheer")
    assert "Bewaartermijnen: sollicitanten 42 dagen" in dutch.text
    assert handle(principal(world, "rec", channel=Channel.teams), "admin").refused
