"""End to end through Slack: matches, a review request, refused and accepted decisions, uploads, privacy.

The real Bolt app, the real conversation core, real ingestion and matching; only Slack's Web API is a fake
server on 127.0.0.1, and Slack's requests are signed like Slack signs them.
"""

from __future__ import annotations

import asyncio

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from bot.slack import blocks, mount
from storage.db import session_scope
from storage.directory import add_tenant, add_user, link_tenant
from storage.models import (
    AuditEvent,
    Candidate,
    ChatMessageRef,
    Decision,
    MatchSuggestion,
    SuggestionStatus,
    Vacancy,
)
from storage.settings import reset_settings
from tests.fakes.slack_api import TEAM_ID, FakeSlack, SlackSender, eventually, migrated_template, use_template

SECRET = "flow-test-signing-secret"
BOT_TOKEN = "xoxb-flow"
CHANNEL = "C0HIRING"
SPECIAL = "diabetespatiënt"
UNION = "kaderlid FNV"
BSN = "111222333"
EMAIL = "jan.devries@example.nl"

VACANCY = """Data Analyst

Requirements:
- SQL
- Python
- At least 3 years of experience in data analysis

Nice to have:
- Tableau

Location: Utrecht
"""

CVS = {
    "analyst.txt": f"""Jan de Vries
{EMAIL} · BSN {BSN}

Profile
Data analyst in Utrecht. Ik ben {SPECIAL} en {UNION}.

Experience
2018 - 2024 Data Analyst, Acme BV: SQL reporting, Python automation and Tableau dashboards.

Skills
SQL, Python, Tableau, Excel
""",
    "developer.txt": """Priya Sharma

Profile
Backend developer.

Experience
2019 - 2024 Python developer at Webshop BV: Django, PostgreSQL and SQL queries.

Skills
Python, SQL, Django
""",
    "nurse.txt": """Kees Bakker

Profiel
Verpleegkundige interne geneeskunde.

Werkervaring
2015 - 2024 Verpleegkundige, UMC Utrecht.

Vaardigheden
Wondzorg, medicatiebeheer
""",
}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return migrated_template(tmp_path_factory.mktemp("db"))


@pytest.fixture
def fake():
    server = FakeSlack().start()
    yield server
    server.stop()


@pytest.fixture
def org(monkeypatch, fake, template, data_dir) -> dict[str, str]:
    """Acme on the fake workspace: a recruiter, the vacancy's hiring manager, an admin, and a vacancy."""
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("FAIRMATCH_SLACK_API_URL", fake.api_url)
    reset_settings()
    use_template(template, data_dir)
    with session_scope() as s:
        tenant = add_tenant(s, "Acme")
        link_tenant(s, tenant, "slack_team", TEAM_ID)
        rec = add_user(s, tenant, "recruiter", name="Rita", slack_user_id="UREC")
        hm = add_user(s, tenant, "hiring_manager", name="Hank", slack_user_id="UHM")
        adm = add_user(s, tenant, "admin", name="Ada", slack_user_id="UADM")
        vacancy = Vacancy(
            tenant_id=tenant.id,
            title="Data Analyst",
            text=VACANCY,
            requirements={"must": ["SQL", "Python"], "nice": ["Tableau"]},
            hiring_manager_ids=[hm.id],
        )
        s.add(vacancy)
        s.flush()
        return {"tenant": tenant.id, "vacancy": vacancy.id, "rec": rec.id, "hm": hm.id, "adm": adm.id}


@pytest.fixture
def suggested(org) -> str:
    """A shown suggestion whose stored evidence carries planted sensitive text the output guard must stop."""
    with session_scope() as s:
        candidate = Candidate(
            tenant_id=org["tenant"], source_ref="test:planted", redacted_text=CVS["analyst.txt"]
        )
        s.add(candidate)
        s.flush()
        quote = f"Ik ben {SPECIAL} en {UNION}. SQL reporting, BSN {BSN}"
        suggestion = MatchSuggestion(
            tenant_id=org["tenant"],
            vacancy_id=org["vacancy"],
            candidate_id=candidate.id,
            score=0.82,
            explanation={
                "matched": [
                    {"requirement": "SQL", "evidence": {"text": quote, "start": 0, "end": len(quote)}}
                ],
                "missing": ["Tableau"],
                "summary": f"Strong SQL; contact {EMAIL}.",
            },
        )
        s.add(suggestion)
        s.flush()
        return suggestion.id


@pytest.fixture
def ingested(org) -> dict[str, str]:
    from retrieval.ingest import SourceDocument, ingest_document
    from retrieval.vacancies import create_vacancy

    with session_scope() as s:  # requirements parsed from the text, as `fairmatch vacancy add` does
        create_vacancy(s, org["tenant"], VACANCY, vacancy_id=org["vacancy"], title="Data Analyst")
    for name, text in CVS.items():
        with session_scope() as s:
            ingest_document(s, org["tenant"], SourceDocument(f"test:{name}", name, text.encode()))
    return org


@pytest.fixture
async def slack(org, fake):
    app = web.Application()
    mount(app)
    async with TestClient(TestServer(app)) as client:
        yield SlackSender(client, fake, SECRET)


def action_ids(call) -> list[str]:
    return [
        e["action_id"] for b in call.args.get("blocks") or [] if b["type"] == "actions" for e in b["elements"]
    ]


def refs_of(ts: str) -> list[ChatMessageRef]:
    with session_scope() as s:
        return list(s.exec(select(ChatMessageRef).where(ChatMessageRef.message_id == ts)).all())


def assert_nothing_sensitive(fake: FakeSlack) -> None:
    sent = fake.everything()
    for secret in (SPECIAL, "diabetes", "FNV", BSN, EMAIL):
        assert secret.lower() not in sent.lower(), secret


DECISION_VALUES = {
    blocks.REASON_BLOCK: {blocks.REASON_INPUT: {"type": "plain_text_input", "value": "Strong SQL evidence."}},
    blocks.VIEWED_BLOCK: {
        blocks.VIEWED_INPUT: {"type": "checkboxes", "selected_options": [{"value": "viewed"}]}
    },
}
MATCH_TS = "1690000000.000100"  # the match message the recruiter's button sits on


async def test_review_request_refusal_and_decision_in_the_thread(slack, fake, org, suggested):
    # 1. "Request review" posts in the thread and mentions the vacancy's hiring manager.
    await slack.click("UREC", f"fm:request_review:{suggested}", CHANNEL, MATCH_TS)
    (review,) = await fake.wait_for("chat.postMessage")
    assert review.args["channel"] == CHANNEL and review.args["thread_ts"] == MATCH_TS
    assert review.token == BOT_TOKEN
    assert review.args["text"].startswith("<@UHM>")
    assert f"fm:approve:{suggested}" in action_ids(review) and f"fm:decline:{suggested}" in action_ids(review)
    assert f"fm:request_review:{suggested}" not in action_ids(review)
    review_ts = "1700000000.000001"
    (ref,) = await eventually(lambda: refs_of(review_ts))
    with session_scope() as s:
        suggestion = s.get(MatchSuggestion, suggested)
    assert suggestion.status == SuggestionStatus.review_requested
    assert ref.candidate_id == suggestion.candidate_id and ref.conversation_id == CHANNEL

    # 2. The recruiter who asked cannot approve: the modal opens with the evidence, the submit is refused.
    await slack.click("UREC", f"fm:approve:{suggested}", CHANNEL, review_ts, thread_ts=MATCH_TS)
    (modal,) = await fake.wait_for("views.open")
    view = modal.args["view"]
    assert view["callback_id"] == blocks.DECISION_CALLBACK and "SQL reporting" in modal.raw
    assert (await slack.submit("UREC", view, DECISION_VALUES)).status == 200
    (refusal,) = await fake.wait_for("chat.postEphemeral")
    assert refusal.args["user"] == "UREC" and refusal.args["thread_ts"] == MATCH_TS
    assert "only this vacancy's hiring managers" in refusal.args["text"]
    with session_scope() as s:
        assert s.exec(select(Decision)).all() == []

    # 3. The hiring manager approves through the modal with a reason: stored, audited, thread updated.
    await slack.click("UHM", f"fm:approve:{suggested}", CHANNEL, review_ts, thread_ts=MATCH_TS)
    _, modal = await fake.wait_for("views.open", count=2)
    assert (await slack.submit("UHM", modal.args["view"], DECISION_VALUES)).status == 200
    (update,) = await fake.wait_for("chat.update")
    assert update.args["ts"] == review_ts and update.args["channel"] == CHANNEL
    assert "Hank" in update.args["text"] and "Strong SQL evidence." in update.args["text"]
    assert "Decided by <@UHM>" in update.raw
    assert not [b for b in update.args["blocks"] if b["type"] == "actions"]
    await eventually(lambda: refs_of(review_ts) and len(refs_of(review_ts)) == 1)
    with session_scope() as s:
        (decision,) = s.exec(select(Decision)).all()
        assert decision.actor_id == org["hm"] and decision.reason == "Strong SQL evidence."
        assert decision.channel == "slack" and decision.evidence_viewed is True
        assert s.get(MatchSuggestion, suggested).status == SuggestionStatus.approved
        actions = set(s.exec(select(AuditEvent.action)).all())
    assert {"review.requested", "evidence.viewed"} <= actions and any("decision" in a for a in actions)

    # 4. Anyone deciding after that is told who already decided.
    await slack.click("UADM", f"fm:decline:{suggested}", CHANNEL, review_ts, thread_ts=MATCH_TS)
    _, _, modal = await fake.wait_for("views.open", count=3)
    await slack.submit("UADM", modal.args["view"], DECISION_VALUES)
    _, second = await fake.wait_for("chat.postEphemeral", count=2)
    assert second.args["user"] == "UADM" and "already decided by Hank" in second.args["text"]
    with session_scope() as s:
        assert len(s.exec(select(Decision)).all()) == 1

    # Planted special-category text, a BSN and an e-mail in the stored evidence never reached Slack.
    assert_nothing_sensitive(fake)


async def test_a_review_requested_in_a_dm_reaches_the_managers_own_dm(slack, fake, org, suggested):
    await slack.click("UREC", f"fm:request_review:{suggested}", "D0RITA", MATCH_TS)
    to_manager, to_requester = await fake.wait_for("chat.postMessage", count=2)
    assert (
        to_manager.args["channel"] == "UHM" and "thread_ts" not in to_manager.args
    )  # the app's DM with Hank
    assert f"fm:approve:{suggested}" in action_ids(to_manager)
    assert to_requester.args["channel"] == "D0RITA" and to_requester.args["thread_ts"] == MATCH_TS
    assert f"fm:approve:{suggested}" not in action_ids(to_requester)
    refs = await eventually(lambda: len(refs_of("1700000000.000002")) == 1 and refs_of("1700000000.000001"))
    assert refs and refs[0].conversation_id == "UHM"
    assert_nothing_sensitive(fake)


async def test_evidence_button_opens_the_expanded_evidence(slack, fake, org, suggested):
    await slack.click("UHM", f"fm:open_evidence:{suggested}", CHANNEL, MATCH_TS)
    (modal,) = await fake.wait_for("views.open")
    assert modal.args["view"]["type"] == "modal"
    assert "*SQL*\\n> " in modal.raw and "SQL reporting" in modal.raw  # the quote, expanded
    assert "&lt;HEALTH&gt;" in modal.raw and "Tableau" in modal.raw
    with session_scope() as s:
        assert "evidence.viewed" in set(s.exec(select(AuditEvent.action)).all())
    assert_nothing_sensitive(fake)


async def test_mentions_and_direct_messages_go_through_the_core(slack, fake, org):
    mention = {
        "type": "app_mention",
        "user": "UREC",
        "channel": CHANNEL,
        "ts": "1690.0001",
        "text": "<@UBOT> help",
    }
    await slack.event(mention)
    (reply,) = await fake.wait_for("chat.postMessage")
    assert reply.args["channel"] == CHANNEL and "`match &lt;vacancy&gt;`" in reply.args["text"]

    dm = {
        "type": "message",
        "channel_type": "im",
        "user": "UHM",
        "channel": "D0HANK",
        "ts": "1690.1",
        "text": "hulp",
    }
    await slack.event(dm)
    _, answer = await fake.wait_for("chat.postMessage", count=2)
    assert answer.args["channel"] == "D0HANK" and "thread_ts" not in answer.args
    assert "`match &lt;vacature&gt;`" in answer.args["text"]  # Dutch in, Dutch out

    edit = {
        "type": "message",
        "channel_type": "im",
        "subtype": "message_changed",
        "channel": "D0HANK",
        "ts": "2",
    }
    await slack.event(edit)  # edits and bot posts are not questions
    await asyncio.sleep(0.3)
    assert len(fake.of("chat.postMessage")) == 2


async def test_slash_command_returns_explained_matches(slack, fake, ingested):
    assert (await slack.command("UREC", f"match {ingested['vacancy']}", channel=CHANNEL)).status == 200
    (answer,) = await fake.wait_for("chat.postMessage")
    assert answer.args["channel"] == CHANNEL and answer.token == BOT_TOKEN
    assert "Matched requirements" in answer.raw and "fit " in answer.raw
    reviews = [a for a in action_ids(answer) if a.startswith("fm:request_review:")]
    assert reviews
    refs = await eventually(lambda: refs_of("1700000000.000001"))
    with session_scope() as s:
        suggestions = s.exec(
            select(MatchSuggestion).where(MatchSuggestion.vacancy_id == ingested["vacancy"])
        ).all()
    assert {r.candidate_id for r in refs} == {sg.candidate_id for sg in suggestions}
    assert all(r.channel == "slack" and r.conversation_id == CHANNEL for r in refs)

    text = "<@UBOT> wie past bij de vacature Data Analyst?"
    await slack.event(
        {"type": "app_mention", "user": "UREC", "channel": CHANNEL, "ts": "1690.0002", "text": text}
    )
    _, dutch = await fake.wait_for("chat.postMessage", count=2)
    assert dutch.args["thread_ts"] == "1690.0002" and "Vervulde eisen" in dutch.raw
    assert_nothing_sensitive(fake)


async def test_a_shared_cv_is_ingested_with_progress_in_its_thread(slack, fake, org):
    cv = CVS["analyst.txt"].replace("Jan de Vries", "Anna Jansen").replace(EMAIL, "anna@example.nl").encode()
    fake.add_file("F0CV", "anna-cv.txt", cv, channel="D0RITA", share_ts="1695.0001")
    event = {
        "type": "file_shared",
        "file_id": "F0CV",
        "user_id": "UREC",
        "channel_id": "D0RITA",
        "event_ts": "1",
    }
    assert (await slack.event(event)).status == 200
    (progress,) = await fake.wait_for("chat.postMessage")
    assert progress.args["thread_ts"] == "1695.0001" and "Reading this CV" in progress.args["text"]
    (result,) = await fake.wait_for("chat.update")
    progress_ts = result.args["ts"]
    assert "Added as candidate" in result.args["text"]
    assert fake.downloads == [("F0CV", BOT_TOKEN)]
    with session_scope() as s:
        candidate = s.exec(select(Candidate).where(Candidate.source_ref == f"slack:{TEAM_ID}:F0CV")).one()
        assert candidate.to_be_informed is True
        assert "Anna Jansen" not in candidate.redacted_text
    (ref,) = await eventually(lambda: refs_of(progress_ts))
    assert ref.candidate_id == candidate.id
    assert candidate.id in result.args["text"] and ref.conversation_id == "D0RITA"
    assert_nothing_sensitive(fake)
    assert "anna" not in fake.everything().lower()
