"""Block Kit rendering of the core's replies: what a Slack user sees, and what Slack would reject."""

from __future__ import annotations

import json

from bot.core.models import ActionKind, Button, CandidateCard, Evidence, Question, Reply, StateChange
from bot.slack import blocks


def card(n: int, **extra) -> CandidateCard:
    return CandidateCard(
        suggestion_id=f"s_{n}",
        candidate_id=f"c_{n}",
        title=f"Candidate {n}",
        score=0.5 + n / 100,
        summary="Covers 2 of 3 must-haves.",
        matched=[
            Evidence("SQL", "Wrote SQL reports daily", 0, 23),
            Evidence("Python", "Python since 2019", 30, 47),
        ],
        missing=["Tableau"],
        buttons=[Button("Request review", ActionKind.request_review, f"s_{n}", "primary")],
        **extra,
    )


def texts(rendered) -> str:
    return json.dumps(rendered, ensure_ascii=False)


def test_a_match_card_shows_fit_matched_missing_and_buttons_without_quotes():
    rendered = blocks.reply_blocks(Reply(text="3 matches for Data Analyst", cards=[card(1)]))
    flat = texts(rendered)
    assert "Candidate 1" in flat and "fit 51%" in flat
    assert "Matched requirements" in flat and "• SQL" in flat and "Missing requirements" in flat
    assert "Wrote SQL reports daily" not in flat  # evidence is behind "Show evidence"
    (actions,) = [b for b in rendered if b["type"] == "actions"]
    ids = [e["action_id"] for e in actions["elements"]]
    assert ids == ["fm:open_evidence:s_1", "fm:request_review:s_1"]
    assert [e["text"]["text"] for e in actions["elements"]] == ["Show evidence", "Request review"]


def test_action_ids_are_unique_across_cards_and_parse_back():
    rendered = blocks.reply_blocks(Reply(text="", cards=[card(1), card(2), card(3)]))
    ids = [e["action_id"] for b in rendered if b["type"] == "actions" for e in b["elements"]]
    assert len(ids) == len(set(ids)) == 6
    assert blocks.parse_action_id("fm:request_review:s_2") == (ActionKind.request_review, "s_2")


def test_core_text_cannot_ping_or_link():
    hostile = card(1, notes=["This document contains text addressed to an AI."])
    hostile.summary = "<!channel> see <https://evil.example|here> & <@U123>"
    flat = texts(blocks.reply_blocks(Reply(text="<PERSON_1> fits", cards=[hostile])))
    assert "<!channel>" not in flat and "<https://evil" not in flat and "<@U123>" not in flat
    assert "&lt;!channel&gt;" in flat and "&lt;PERSON_1&gt;" in flat and "&amp;" in flat
    assert "addressed to an AI" in flat


def test_mentions_are_real_slack_mentions():
    rendered = blocks.reply_blocks(Reply(text="Review requested"), mention_ids=["UHM1", "UHM2"])
    assert rendered[0]["text"]["text"].startswith("<@UHM1> <@UHM2> Review requested")


def test_many_cards_stay_inside_slacks_block_limit_without_orphan_buttons():
    rendered = blocks.reply_blocks(Reply(text="Many", cards=[card(n) for n in range(20)]))
    assert len(rendered) <= blocks.MAX_BLOCKS
    assert rendered[-1]["type"] == "context"
    assert rendered[-2]["type"] == "actions"  # the last kept card is whole


def test_evidence_modal_expands_the_quotes():
    modal = blocks.evidence_modal(Reply(text="", cards=[card(1)]))
    flat = texts(modal)
    assert modal["type"] == "modal" and "> Wrote SQL reports daily" in flat
    assert not any(b["type"] == "actions" for b in modal["blocks"])


def test_decision_modal_requires_a_reason_and_the_evidence_box_and_round_trips():
    ctx = blocks.DecisionContext("approve", "s_1", "C1", "1.2", "1.1")
    modal = blocks.decision_modal(ctx, Reply(text="", cards=[card(1)]))
    inputs = {b["block_id"]: b for b in modal["blocks"] if b["type"] == "input"}
    assert set(inputs) == {blocks.REASON_BLOCK, blocks.VIEWED_BLOCK}
    assert not any(b.get("optional") for b in inputs.values())
    assert inputs[blocks.REASON_BLOCK]["element"]["min_length"] == 10
    assert "Python since 2019" in texts(modal)  # the evidence sits above the inputs
    assert blocks.DecisionContext.load(modal["private_metadata"]) == ctx
    state = {
        "values": {
            blocks.REASON_BLOCK: {blocks.REASON_INPUT: {"value": "  Strong SQL evidence  "}},
            blocks.VIEWED_BLOCK: {blocks.VIEWED_INPUT: {"selected_options": [{"value": "viewed"}]}},
        }
    }
    assert blocks.decision_values({"state": state}) == ("Strong SQL evidence", True)
    assert blocks.decision_values({"state": {"values": {}}}) == ("", False)


def test_dutch_replies_get_dutch_labels():
    rendered = blocks.reply_blocks(Reply(text="3 kandidaten", lang="nl", cards=[card(1)]))
    flat = texts(rendered)
    assert "Vervulde eisen" in flat and "Ontbrekende eisen" in flat and "Bewijs bekijken" in flat
    modal = blocks.decision_modal(blocks.DecisionContext("decline", "s_1", "C", "", ""), Reply("", lang="nl"))
    assert "Ik heb het bewijs bekeken" in texts(modal)


def test_interview_questions_render_with_their_citation():
    q = Question(
        "SQL", "Tell me about a report you built.", "Names a data source and a decision.", "Wrote SQL"
    )
    flat = texts(blocks.reply_blocks(Reply(text="Interview kit", questions=[q])))
    assert "Tell me about a report you built." in flat and "Good answer:" in flat and "> Wrote SQL" in flat


def test_labels_and_limits_slack_enforces():
    long = card(1)
    long.buttons = [Button("x" * 200, ActionKind.request_review, "s_1")]
    long.summary = "y" * 5000
    rendered = blocks.reply_blocks(Reply(text="", cards=[long]))
    assert all(len(b["text"]["text"]) <= 3000 for b in rendered if b["type"] == "section")
    button = next(b for b in rendered if b["type"] == "actions")["elements"][-1]
    assert len(button["text"]["text"]) <= 75


def test_a_review_request_carries_approve_and_decline_however_it_was_asked():
    requested = StateChange("match_suggestion", "s_1", "suggested", "review_requested")
    rendered = blocks.reply_blocks(Reply(text="Review requested", cards=[card(1)], state_changes=[requested]))
    ids = [e["action_id"] for b in rendered if b["type"] == "actions" for e in b["elements"]]
    assert ids == ["fm:open_evidence:s_1", "fm:approve:s_1", "fm:decline:s_1"]
    bare = blocks.reply_blocks(Reply(text="Review requested", state_changes=[requested]))
    assert [e["action_id"] for e in bare[-1]["elements"]] == ["fm:approve:s_1", "fm:decline:s_1"]
    refused = Reply(text="no", cards=[card(1)], state_changes=[requested], refused=True)
    assert "fm:approve:s_1" not in texts(blocks.reply_blocks(refused))
