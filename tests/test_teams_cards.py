"""Adaptive Cards rendered from hand-made core replies, and the Teams app package and CLI."""

from __future__ import annotations

import json
import zipfile

import pytest
from PIL import Image
from typer.models import TyperInfo

from bot.core.models import ActionKind, Button, CandidateCard, Evidence, Question, Reply
from bot.teams import cards
from storage.db import session_scope
from storage.directory import add_tenant
from tests.cli_helpers import fairmatch

BOT_ID = "8f1c2d3e-0000-4000-8000-0000000000b0"


def _candidate(**kw) -> CandidateCard:
    base = dict(
        suggestion_id="s_1",
        candidate_id="c_1",
        title="Candidate 1 (c_1)",
        score=0.8,
        summary="Strong on SQL.",
        matched=[Evidence("SQL", "Wrote [SQL](https://evil.example) **daily**", 0, 10)],
        missing=["Power BI"],
        buttons=[
            Button("Evidence", ActionKind.open_evidence, "s_1"),
            Button("Request review", ActionKind.request_review, "s_1", "primary"),
        ],
    )
    base.update(kw)
    return CandidateCard(**base)


def _find(node, kind: str) -> list[dict]:
    if isinstance(node, dict):
        found = [node] if node.get("type") == kind else []
        return found + [x for v in node.values() for x in _find(v, kind)]
    if isinstance(node, list):
        return [x for item in node for x in _find(item, kind)]
    return []


def _runs(card: dict) -> list[str]:
    return [r["text"] for r in _find(card, "TextRun")]


def test_match_card_shows_matched_evidence_missing_and_a_review_button() -> None:
    card = cards.reply_card(Reply(text="2 matches for Data Analyst", cards=[_candidate()]))
    runs = _runs(card)
    assert "2 matches for Data Analyst" in runs and "Strong on SQL." in runs
    assert "• SQL" in runs and "• Power BI" in runs
    # CV text is literal: a TextRun, never markdown, so the link and bold stay plain text.
    assert "Wrote [SQL](https://evil.example) **daily**" in runs
    assert all("evil" not in block["text"] for block in _find(card, "TextBlock"))
    [evidence] = [c for c in _find(card, "Container") if c.get("id") == "ev_s_1"]
    assert evidence["isVisible"] is False  # folded until "Show evidence"
    [toggle] = _find(card, "Action.ToggleVisibility")
    assert toggle["targetElements"] == ["ev_s_1"]
    [review] = _find(card, "Action.Execute")
    assert (review["verb"], review["data"], review["style"]) == (
        "fm.request_review",
        {"suggestion_id": "s_1"},
        "positive",
    )
    assert card["version"] == "1.5" and card["type"] == "AdaptiveCard"


def test_dutch_labels_and_interview_kit() -> None:
    reply = Reply(
        text="Interviewvragen",
        lang="nl",
        cards=[_candidate(buttons=[])],
        questions=[
            Question(
                "SQL", "Hoe optimaliseer je een trage query?", "Noemt indexen en EXPLAIN.", "SQL dagelijks"
            )
        ],
    )
    card = cards.reply_card(reply)
    texts = [b["text"] for b in _find(card, "TextBlock")]
    assert "**Vervulde eisen**" in texts and "**Ontbrekende eisen**" in texts
    runs = _runs(card)
    assert "Hoe optimaliseer je een trage query?" in runs and "Noemt indexen en EXPLAIN." in runs
    assert "SQL dagelijks" in runs
    assert not _find(card, "Action.Execute")


def test_at_tags_in_core_text_cannot_mention_anyone() -> None:
    card = cards.reply_card(Reply(text="ping <at>Everyone</at>"), mentions=[cards.Mention("oid-1", "Max")])
    assert "ping Everyone" in _runs(card)
    [entity] = card["msteams"]["entities"]
    assert entity == {"type": "mention", "text": "<at>Max</at>", "mentioned": {"id": "oid-1", "name": "Max"}}


def test_approval_card_asks_for_a_reason_and_evidence_confirmation_and_refreshes() -> None:
    reply = Reply(text="Review requested", cards=[_candidate()])
    card = cards.approval_card(reply, "s_1", refresh_user_ids=["29:max"])
    inputs = {i["id"]: i for i in _find(card, "Input.Text") + _find(card, "Input.Toggle")}
    assert inputs["reason"]["isRequired"] and inputs["reason"]["regex"] == r"^[\s\S]{10,}$"
    assert inputs["evidence_viewed"]["valueOn"] == "true" and inputs["evidence_viewed"]["value"] == "false"
    verbs = [a["verb"] for a in card["actions"]]
    assert verbs == ["fm.approve", "fm.decline"]
    assert card["refresh"] == {
        "action": {"type": "Action.Execute", "verb": "fm.refresh", "data": {"suggestion_id": "s_1"}},
        "userIds": ["29:max"],
    }
    [evidence] = [c for c in _find(card, "Container") if c.get("id") == "ev_s_1"]
    assert evidence["isVisible"] is True  # the decision sits right under the evidence
    viewer = cards.approval_card(reply, "s_1", with_form=False, notice="That action is not valid")
    assert "actions" not in viewer and not _find(viewer, "Input.Text")
    assert _runs(viewer)[0] == "That action is not valid"


def test_decision_values_from_teams_action_data() -> None:
    assert cards.decision_values({"reason": "  Good SQL evidence  ", "evidence_viewed": "true"}) == (
        "Good SQL evidence",
        True,
    )
    assert cards.decision_values({"reason": "x", "evidence_viewed": "false"}) == ("x", False)
    assert cards.decision_values(None) == ("", False)
    assert cards.parse_verb("fm.approve") == ActionKind.approve
    assert cards.parse_verb("fm.nonsense") is None and cards.parse_verb("other") is None


def test_many_candidates_are_cut_with_a_note() -> None:
    many = [_candidate(suggestion_id=f"s_{i}", candidate_id=f"c_{i}") for i in range(cards.MAX_CARDS + 3)]
    card = cards.reply_card(Reply(text="Matches", cards=many))
    assert (
        len([c for c in _find(card, "Container") if str(c.get("id", "")).startswith("ev_")])
        == cards.MAX_CARDS
    )
    assert any("narrower" in b["text"] for b in _find(card, "TextBlock"))
    assert len(json.dumps(card)) < 28_000  # Teams' message size limit


# --- package and CLI ----------------------------------------------------------------------------------


@pytest.fixture
def cli(monkeypatch, sqlite_db):
    """The real `fairmatch` entry point, with the `teams` group registered as the lead registers it."""
    from bot.cli import app as root
    from bot.cli import teams as teams_cli

    if not any(group.name == "teams" for group in root.registered_groups):
        monkeypatch.setattr(
            root, "registered_groups", [*root.registered_groups, TyperInfo(teams_cli.app, name="teams")]
        )
    monkeypatch.setenv("CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID", BOT_ID)
    monkeypatch.setenv("CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTSECRET", "secret")


def test_package_builds_an_uploadable_zip(cli, capsys, tmp_path) -> None:
    out = tmp_path / "app.zip"
    run = fairmatch(
        capsys, "teams", "package", "--out", str(out), "--domain", "fairmatch.example.nl", "--json"
    )
    assert run.code == 0, run.err
    assert run.json()["bot_id"] == BOT_ID
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(zf.read("manifest.json"))
        with zf.open("color.png") as f:
            assert Image.open(f).size == (192, 192)
        with zf.open("outline.png") as f:
            outline = Image.open(f)
            assert outline.size == (32, 32) and outline.mode == "RGBA"
    assert manifest["id"] == BOT_ID and manifest["bots"][0]["botId"] == BOT_ID
    assert manifest["bots"][0]["supportsFiles"] is True
    assert set(manifest["bots"][0]["scopes"]) == {"personal", "team", "groupChat"}
    assert manifest["validDomains"] == ["fairmatch.example.nl"]
    assert manifest["developer"]["websiteUrl"] == "https://fairmatch.example.nl/"
    assert (
        all(part.isdigit() for part in manifest["version"].split(".")) and manifest["version"].count(".") == 2
    )
    assert "{{" not in json.dumps(manifest)


def test_package_refuses_bad_settings(cli, capsys, monkeypatch, tmp_path) -> None:
    run = fairmatch(
        capsys, "teams", "package", "--out", str(tmp_path / "a.zip"), "--domain", "https://x.nl/path"
    )
    assert run.code == 2 and "not a domain name" in run.err and "Traceback" not in run.err
    run = fairmatch(capsys, "teams", "package", "--bot-id", "not-a-guid", "--domain", "x.nl")
    assert run.code == 2 and "GUID" in run.err
    monkeypatch.delenv("CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID")
    run = fairmatch(capsys, "teams", "package", "--domain", "x.nl")
    assert run.code == 2 and "no bot id" in run.err
    assert not (tmp_path / "a.zip").exists()


def test_roles_cli_maps_entra_groups(cli, capsys) -> None:
    with session_scope() as session:
        add_tenant(session, "Acme")
    group = "3B0D0000-0000-4000-8000-00000000AAAA"
    run = fairmatch(capsys, "teams", "roles", "set", group, "hiring_manager", "--tenant", "Acme", "--json")
    assert run.code == 0 and run.json() == {group.lower(): "hiring_manager"}
    assert fairmatch(capsys, "teams", "roles", "list", "--tenant", "Acme", "--json").json() == {
        group.lower(): "hiring_manager"
    }
    assert fairmatch(capsys, "teams", "roles", "set", group, "boss", "--tenant", "Acme").code == 2
    assert fairmatch(capsys, "teams", "roles", "set", "not-a-guid", "admin", "--tenant", "Acme").code == 2
    assert fairmatch(capsys, "teams", "roles", "remove", group, "--tenant", "Acme", "--json").json() == {}
