"""The optional model that helps understand free text: it classifies into read-only intents and never acts.

The model is faked at the network edge (`bot.llm.set_chat_model_factory`); everything else is real.
"""

from __future__ import annotations

import json

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from sqlmodel import select

from bot.core import handle
from bot.core.understand import IntentDraft
from bot.llm import ChatModelHandle, set_chat_model_factory
from bot.llm.tools import registered
from storage import db
from storage.db import session_scope
from storage.models import AuditEvent, Decision, MatchSuggestion
from tests.core_rows import build, principal


@pytest.fixture
def world():
    db.upgrade()
    with session_scope() as session:
        return build(session)


@pytest.fixture
def model_says():
    def install(*answers: dict) -> None:
        messages = iter([json.dumps(a) for a in answers] * 3)
        set_chat_model_factory(
            lambda: ChatModelHandle(GenericFakeChatModel(messages=messages), "fake:intent")
        )

    yield install
    set_chat_model_factory(None)


def test_the_model_helps_place_free_text_the_rules_did_not(world, model_says):
    model_says({"intent": "vacancy_show", "vacancy": "v_data"})
    reply = handle(principal(world, "rec"), "how is the number crunching one doing")
    assert "Data Analyst (v_data)" in reply.text
    with session_scope() as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "llm.generation")).one()
        assert (event.model_version, event.prompt_version) == ("fake:intent", "intent.v1")


def test_the_model_can_add_a_refusal_but_never_a_decision(world, model_says):
    model_says({"intent": "refuse", "refuse_reason": "protected_filter"})
    reply = handle(principal(world, "rec"), "keep the ones who will fit our young vibe")
    assert reply.refused and not reply.state_changes
    reply = handle(principal(world, "mgr"), "yes go ahead with the first person please")
    assert reply.refused and not reply.state_changes  # the rules see a decision by text first
    model_says({"intent": "approve", "candidate": "#1"})  # not in the schema: rejected, nothing happens
    reply = handle(principal(world, "mgr"), "ok, first one please")
    assert not reply.refused and not reply.state_changes and "people take every decision" in reply.text
    with session_scope() as session:
        assert not session.exec(select(Decision)).all()
        assert {s.status.value for s in session.exec(select(MatchSuggestion))} == {"suggested"}


def test_the_intent_schema_holds_no_state_changing_intent():
    allowed = set(IntentDraft.model_fields["intent"].annotation.__args__)
    assert allowed == {"match", "questions", "summary", "vacancy_list", "vacancy_show", "help", "refuse"}


def test_no_tool_handed_to_a_model_changes_state():
    tools = registered()
    assert tools, "the LLM layer registers its read-only tools"
    assert all(not spec.writes for spec in tools)
    verbs = ("approve", "decline", "decide", "reject", "hire", "stage", "review", "pause", "resume", "delete")
    assert not [spec.name for spec in tools if any(v in spec.name.lower() for v in verbs)]
