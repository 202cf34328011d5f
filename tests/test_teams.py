"""The Teams app over loopback: `/api/messages` of `fairmatch serve`, with fakes of the Teams connector,
the Microsoft identity platform and Graph. JWT validation is on unless a test says otherwise."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from azure.identity.aio import ClientSecretCredential
from sqlmodel import select

import bot.server
from bot import teams
from bot.teams import http as teams_http
from retrieval.vacancies import create_vacancy
from storage.db import session_scope
from storage.directory import add_tenant, add_user, link_tenant
from storage.models import (
    AuditEvent,
    Candidate,
    ChatMessageRef,
    ConnectorConfig,
    ConversationRef,
    Decision,
    MatchSuggestion,
    Role,
    Vacancy,
)
from storage.settings import reset_settings
from tests.fakes.graph import FakeGraph
from tests.fakes.openid import FakeIdentity, _rsa
from tests.fakes.teams_connector import FakeConnector

APP_ID = "8f1c2d3e-0000-4000-8000-0000000000b0"
APP_SECRET = "app-secret-value"
ENTRA_TENANT = "5e1f0c9a-1111-4222-8333-944455556666"
OID = {
    "recruiter": "0a0a0a0a-0000-4000-8000-0000000000a1",
    "manager": "0a0a0a0a-0000-4000-8000-0000000000a2",
    "other": "0a0a0a0a-0000-4000-8000-0000000000a3",
}


@dataclass
class Env:
    client: TestClient
    connector: FakeConnector
    identity: FakeIdentity
    graph: FakeGraph
    tenant_id: str
    users: dict[str, str]  # role key -> our user id

    def activity(
        self,
        kind: str = "message",
        *,
        who: str = "recruiter",
        text: str = "",
        conversation: str = "personal",
        locale: str = "en-US",
        **extra: Any,
    ) -> dict[str, Any]:
        oid = OID[who]
        conv_id = {
            "personal": f"a:1personal-{who}",
            "groupChat": "19:group-chat-1@thread.v2",
            "channel": "19:channel-1@thread.tacv2;messageid=1700000000000",
        }[conversation]
        body: dict[str, Any] = {
            "type": kind,
            "id": f"{uuid.uuid4().int % 10**13}",
            "timestamp": "2026-11-22T10:00:00.000Z",
            "channelId": "msteams",
            "serviceUrl": self.connector.url,
            "from": {"id": f"29:{who}-teams-id", "name": who.title(), "aadObjectId": oid},
            "conversation": {"id": conv_id, "conversationType": conversation, "tenantId": ENTRA_TENANT},
            "recipient": {"id": f"28:{APP_ID}", "name": "fairmatch"},
            "locale": locale,
            "channelData": {"tenant": {"id": ENTRA_TENANT}},
        }
        if kind == "message":
            body["text"] = text
            body["textFormat"] = "plain"
            if conversation != "personal":
                body["text"] = f"<at>fairmatch</at> {text}"
                body["entities"] = [
                    {
                        "type": "mention",
                        "text": "<at>fairmatch</at>",
                        "mentioned": {"id": f"28:{APP_ID}", "name": "fairmatch"},
                    }
                ]
        body.update(extra)
        return body

    def card_action(
        self, verb: str, data: dict[str, Any], *, reply_to: str | None = None, **kw: Any
    ) -> dict[str, Any]:
        body = self.activity(
            "invoke",
            name="adaptiveCard/action",
            value={"action": {"type": "Action.Execute", "verb": verb, "data": data}, "trigger": "manual"},
            **kw,
        )
        if reply_to:
            body["replyToId"] = reply_to
        return body

    async def send(self, activity: dict[str, Any], *, token: str | bool | None = True):
        headers = {}
        if token is True:
            token = self.identity.bot_token(APP_ID, service_url=self.connector.url)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return await self.client.post(teams.MESSAGES_PATH, json=activity, headers=headers)


def _seed() -> tuple[str, dict[str, str]]:
    with session_scope() as session:
        tenant = add_tenant(session, "Acme")
        link_tenant(session, tenant, "teams_tenant", ENTRA_TENANT)
        users = {
            "recruiter": add_user(
                session, tenant, "recruiter", name="Rita", teams_user_id=OID["recruiter"]
            ).id,
            "manager": add_user(
                session, tenant, "hiring_manager", name="Max", teams_user_id=OID["manager"]
            ).id,
            "other": add_user(session, tenant, "recruiter", name="Otto", teams_user_id=OID["other"]).id,
        }
        return tenant.id, users


def static_graph_credentials(identity: FakeIdentity):
    """The real azure-identity client-credentials flow, against the fake identity platform over TLS."""

    def credential_for(entra_tenant: str) -> ClientSecretCredential:
        return ClientSecretCredential(
            entra_tenant,
            APP_ID,
            APP_SECRET,
            authority=identity.secure_url,
            connection_verify=str(identity.ca_file),
        )

    return credential_for


@pytest.fixture(scope="module")
def fakes(tmp_path_factory) -> Iterator[tuple[FakeConnector, FakeIdentity, FakeGraph]]:
    """The services at the network edge, started once for this module (keys and certificates are slow)."""
    started = (
        FakeConnector().start(),
        FakeIdentity(tmp_path_factory.mktemp("idp")).start(),
        FakeGraph().start(),
    )
    yield started
    for fake in started:
        fake.stop()


@pytest.fixture
async def env(sqlite_db, fakes, monkeypatch) -> AsyncIterator[Env]:
    connector, identity, graph = fakes
    for fake in fakes:
        fake.reset()
    prefix = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__"
    monkeypatch.setenv(prefix + "CLIENTID", APP_ID)
    monkeypatch.setenv(prefix + "CLIENTSECRET", APP_SECRET)
    monkeypatch.setenv(prefix + "TENANTID", ENTRA_TENANT)
    # MSAL reads ADFS-style metadata without Entra instance discovery (which would need the internet).
    monkeypatch.setenv(prefix + "AUTHORITY", identity.adfs_authority)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(identity.ca_file))
    monkeypatch.setenv("FAIRMATCH_TEAMS_OPENID_METADATA", identity.metadata_url)
    monkeypatch.setenv("FAIRMATCH_GRAPH_URL", graph.url)
    monkeypatch.delenv("FAIRMATCH_TEAMS_ALLOW_ANONYMOUS", raising=False)
    reset_settings()
    mount = partial(teams_http.mount, credential_for=static_graph_credentials(identity))
    monkeypatch.setattr(bot.server, "MOUNTS", [mount])
    tenant_id, users = _seed()
    client = TestClient(TestServer(bot.server.create_app()))
    await client.start_server()
    try:
        yield Env(client, connector, identity, graph, tenant_id, users)
    finally:
        await client.close()
        teams.auth.use_openid_metadata(None)


# --- authentication --------------------------------------------------------------------------------------


async def test_missing_or_invalid_token_is_refused(env: Env) -> None:
    hello = env.activity(text="help")
    assert (await env.send(hello, token=None)).status == 401
    assert (await env.send(hello, token="not-a-jwt")).status == 401
    forged = env.identity.bot_token(APP_ID, service_url=env.connector.url, key=_rsa())  # same kid, other key
    assert (await env.send(hello, token=forged)).status == 401
    wrong_audience = env.identity.bot_token("someone-else", service_url=env.connector.url)
    assert (await env.send(hello, token=wrong_audience)).status == 401
    expired = env.identity.bot_token(APP_ID, service_url=env.connector.url, expires_in=-3600)
    assert (await env.send(hello, token=expired)).status == 401
    foreign = env.identity.bot_token(APP_ID, service_url=env.connector.url, issuer="https://issuer.example")
    assert (await env.send(hello, token=foreign)).status == 401  # right key and audience, wrong issuer
    elsewhere = env.activity(text="help", serviceUrl="http://127.0.0.2:9/")  # not where the token says
    assert (await env.send(elsewhere)).status == 401
    assert env.connector.calls == []  # nothing was answered


async def test_valid_token_gets_an_answer_with_the_bots_own_token(env: Env) -> None:
    resp = await env.send(env.activity(text="help"))
    assert resp.status in (200, 201, 202)
    [reply] = env.connector.wait_for(1)
    assert reply.conversation_id == "a:1personal-recruiter"
    assert "match" in reply.text.lower()
    assert reply.token == env.identity.access_token  # fetched with the app secret (client credentials)
    assert env.identity.token_requests[0]["client_id"] == APP_ID


async def test_anonymous_access_only_when_enabled(sqlite_db, fakes, monkeypatch, caplog) -> None:
    connector = fakes[0]
    connector.reset()
    monkeypatch.setenv("FAIRMATCH_TEAMS_ALLOW_ANONYMOUS", "true")
    reset_settings()
    monkeypatch.setattr(bot.server, "MOUNTS", [teams.mount])
    _seed()
    with caplog.at_level("WARNING"):
        app = bot.server.create_app()
    assert any("ALLOW_ANONYMOUS" in r.getMessage() for r in caplog.records)
    async with TestClient(TestServer(app)) as client:
        env = Env(client, connector, None, None, "", {})  # type: ignore[arg-type]
        resp = await client.post(teams.MESSAGES_PATH, json=env.activity(text="help"))
        assert resp.status in (200, 201, 202)
        [reply] = connector.wait_for(1)
        assert reply.token is None  # no app credentials: nothing to sign with


async def test_not_mounted_without_an_app_id(sqlite_db, monkeypatch) -> None:
    monkeypatch.delenv("CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID", raising=False)
    monkeypatch.delenv("FAIRMATCH_TEAMS_ALLOW_ANONYMOUS", raising=False)
    reset_settings()
    monkeypatch.setattr(bot.server, "MOUNTS", [teams.mount])
    async with TestClient(TestServer(bot.server.create_app())) as client:
        assert (await client.post(teams.MESSAGES_PATH, json={})).status == 404


# --- identity, conversation, references ------------------------------------------------------------------


async def test_unknown_tenant_and_user_get_fixed_instructions(env: Env) -> None:
    stranger = env.activity(text="match v_1")
    stranger["from"]["aadObjectId"] = "ffffffff-0000-4000-8000-000000000000"
    await env.send(stranger)
    other_org = env.activity(text="match v_1", locale="nl-NL")
    other_org["conversation"]["tenantId"] = "99999999-0000-4000-8000-000000000000"
    other_org["channelData"]["tenant"]["id"] = "99999999-0000-4000-8000-000000000000"
    await env.send(other_org)
    first, second = env.connector.wait_for(2)
    assert "--teams-user ffffffff-0000-4000-8000-000000000000" in first.text
    assert "--teams-tenant 99999999-0000-4000-8000-000000000000" in second.text
    assert "nog niet gekoppeld" in second.text


async def test_install_in_personal_chat_stores_the_reference_and_welcomes(env: Env) -> None:
    update = env.activity(
        "conversationUpdate",
        membersAdded=[
            {"id": f"28:{APP_ID}"},
            {"id": "29:recruiter-teams-id", "aadObjectId": OID["recruiter"]},
        ],
    )
    await env.send(update)
    await env.send(env.activity("installationUpdate", action="add"))  # Teams sends both on install
    [welcome] = env.connector.wait_for(1)
    assert "match" in welcome.text.lower()
    with session_scope() as session:
        [ref] = session.exec(select(ConversationRef)).all()
    assert ref.user_id == env.users["recruiter"] and ref.channel == "teams"
    assert ref.reference["conversation"]["id"] == "a:1personal-recruiter"
    assert ref.reference["serviceUrl"] == env.connector.url
    assert len(env.connector.sent()) == 1  # one hello, not two


async def test_group_chat_and_channel_answer_only_when_mentioned(env: Env) -> None:
    quiet = env.activity(text="help", conversation="groupChat")
    quiet["text"], quiet["entities"] = "help", []
    await env.send(quiet)
    await env.send(env.activity(text="help", conversation="channel"))
    [reply] = env.connector.wait_for(1)
    assert reply.conversation_id.startswith("19:channel-1@thread.tacv2;messageid=")
    await env.send(env.activity(text="help", conversation="groupChat"))
    replies = env.connector.wait_for(2)
    assert replies[1].conversation_id == "19:group-chat-1@thread.v2"


async def test_dutch_locale_gets_dutch(env: Env) -> None:
    await env.send(env.activity(text="help", locale="nl-NL"))
    [reply] = env.connector.wait_for(1)
    assert "kandidaten" in reply.text.lower()


async def test_redelivered_message_is_answered_once(env: Env) -> None:
    hello = env.activity(text="help")
    await env.send(hello)
    await env.send(hello)
    env.connector.wait_for(1)
    assert len(env.connector.sent()) == 1


# --- proactive messages and retention --------------------------------------------------------------------


async def test_proactive_send_reaches_the_personal_chat_and_records_candidates(env: Env) -> None:
    from bot.teams import messages, proactive

    await env.send(env.activity(text="help", who="manager"))
    env.connector.wait_for(1)
    message_id = await proactive.send_async(
        env.users["manager"], "Consent for a candidate expires soon.", candidate_ids=["c_123"]
    )
    assert message_id
    sent = env.connector.wait_for(2)[-1]
    assert sent.conversation_id == "a:1personal-manager"
    assert sent.text == "Consent for a candidate expires soon."
    assert sent.token == env.identity.access_token
    # The scheduler calls the synchronous API from its worker threads.
    assert not await asyncio.to_thread(proactive.send, env.users["other"], "nobody home")  # never chatted
    with session_scope() as session:
        [ref] = session.exec(select(ChatMessageRef).where(ChatMessageRef.candidate_id == "c_123")).all()
    assert (ref.channel, ref.message_id, ref.service_url) == ("teams", message_id, env.connector.url)

    assert await messages.update_async(ref, "This message was removed (retention).")
    [update] = env.connector.sent("PUT")
    assert update.activity_id == message_id and update.text == "This message was removed (retention)."
    await asyncio.to_thread(messages.delete_message, ref)
    [deleted] = env.connector.sent("DELETE")
    assert deleted.activity_id == message_id
    await asyncio.to_thread(messages.delete_message, ref)  # already gone counts as deleted
    assert not await messages.update_async(ref, "again")


# --- roles from Entra groups ------------------------------------------------------------------------------


async def test_roles_from_entra_groups_with_graph_throttling(env: Env) -> None:
    from bot.teams.graph_roles import set_group_role

    managers_group = "3b0d0000-0000-4000-8000-00000000aaaa"
    set_group_role(env.tenant_id, managers_group, Role.hiring_manager)
    env.graph.members[OID["recruiter"]] = [managers_group]
    env.graph.throttle_once(retry_after=1)
    await env.send(env.activity(text="help"))
    env.connector.wait_for(1)
    throttled, answered = env.graph.calls
    assert (throttled.status, answered.status) == (429, 200)
    assert answered.at - throttled.at >= 0.9  # Retry-After honoured
    assert answered.path == f"/v1.0/users/{OID['recruiter']}/memberOf"
    assert answered.token == env.identity.access_token  # app-only token from azure-identity
    graph_token = env.identity.token_requests[-1]
    assert ENTRA_TENANT in graph_token["path"] and graph_token["client_id"] == APP_ID
    with session_scope() as session:
        from storage.models import User

        assert session.get(User, env.users["recruiter"]).role == Role.hiring_manager
        synced = session.exec(select(AuditEvent).where(AuditEvent.action == "user.role_synced")).all()
    assert len(synced) == 1

    await env.send(env.activity(text="help"))  # cached: Graph is not asked again
    env.connector.wait_for(2)
    assert len(env.graph.calls) == 2

    await env.send(env.activity(text="help", who="other"))  # in no mapped group: no access
    reply = env.connector.wait_for(3)[-1]
    assert "Entra ID" in reply.text


# --- end to end: review request, refusal, approval ------------------------------------------------------

PLANTED = "she has been off work with burnout since March"


def _seed_suggestion(env: Env) -> str:
    with session_scope() as session:
        vacancy = Vacancy(
            tenant_id=env.tenant_id,
            title="Data Analyst",
            text="We need SQL and Python.",
            requirements={"must": ["SQL", "Python"], "nice": ["Power BI"]},
            hiring_manager_ids=[env.users["manager"]],
        )
        candidate = Candidate(
            tenant_id=env.tenant_id,
            source_ref="test:cv-1",
            redacted_text="Analyst. SQL daily, Python for reporting.",
        )
        session.add(vacancy)
        session.add(candidate)
        session.flush()
        suggestion = MatchSuggestion(
            tenant_id=env.tenant_id,
            vacancy_id=vacancy.id,
            candidate_id=candidate.id,
            score=0.82,
            explanation={
                "summary": "Strong on SQL and Python.",
                "matched": [
                    {"requirement": "SQL", "evidence": [{"text": "SQL daily", "start": 9, "end": 18}]},
                    {"requirement": "Python", "evidence": [{"text": f"Python for reporting; {PLANTED}"}]},
                ],
                "missing": ["Power BI"],
            },
        )
        session.add(suggestion)
        session.flush()
        return suggestion.id


async def _invoke(env: Env, activity: dict[str, Any]) -> dict[str, Any]:
    resp = await env.send(activity)
    assert resp.status == 200, await resp.text()
    return await resp.json()


def _card_texts(card: dict[str, Any]) -> str:
    from tests.fakes.teams_connector import _texts

    return "\n".join(_texts(card))


def _inputs(card: dict[str, Any]) -> set[str]:
    return {el["id"] for el in card["body"] if el.get("type", "").startswith("Input.")}


async def test_review_refusal_and_approval_end_to_end(env: Env) -> None:
    sid = _seed_suggestion(env)
    for who in ("recruiter", "manager"):  # both have a personal chat with the bot
        await env.send(env.activity(text="help", who=who))
    env.connector.wait_for(2)

    # The recruiter asks for a review from the match card in her personal chat.
    answer = await _invoke(env, env.card_action("fm.request_review", {"suggestion_id": sid}))
    assert answer["type"] == "application/vnd.microsoft.activity.message"
    assert "Review requested" in answer["value"]
    in_chat, to_manager = env.connector.wait_for(4)[2:]
    assert in_chat.conversation_id == "a:1personal-recruiter"
    assert to_manager.conversation_id == "a:1personal-manager"  # proactive: the manager is not in her chat
    card = to_manager.card
    assert card["msteams"]["entities"][0]["mentioned"]["id"] == OID["manager"]
    assert {"reason", "evidence_viewed"} <= _inputs(card)
    assert card["refresh"]["action"]["verb"] == "fm.refresh"
    assert "SQL daily" in _card_texts(card)  # the evidence is on the approval card
    assert "Power BI" in _card_texts(card)  # and what is missing

    # Another recruiter may not decide: refused, nothing stored, no form for him.
    refused = await _invoke(
        env,
        env.card_action(
            "fm.approve",
            {"suggestion_id": sid, "reason": "Strong SQL evidence for the role.", "evidence_viewed": "true"},
            who="other",
        ),
    )
    assert refused["type"] == "application/vnd.microsoft.card.adaptive"
    assert "not valid" in _card_texts(refused["value"])
    assert not _inputs(refused["value"])

    # The manager must give a reason and confirm the evidence.
    too_short = await _invoke(
        env,
        env.card_action(
            "fm.approve", {"suggestion_id": sid, "reason": "ok", "evidence_viewed": "true"}, who="manager"
        ),
    )
    assert {"reason", "evidence_viewed"} <= _inputs(too_short["value"])  # the form stays to try again
    with session_scope() as session:
        assert session.exec(select(Decision)).all() == []

    approved = await _invoke(
        env,
        env.card_action(
            "fm.approve",
            {
                "suggestion_id": sid,
                "reason": "Daily SQL and Python reporting fit.",
                "evidence_viewed": "true",
            },
            who="manager",
            reply_to=to_manager.new_id,
        ),
    )
    decided = approved["value"]
    assert "Decided by Max" in _card_texts(decided) and not _inputs(decided)
    [update] = env.connector.sent("PUT")  # the card is updated for everyone in that chat
    assert update.activity_id == to_manager.new_id and "Decided by Max" in update.text
    with session_scope() as session:
        [decision] = session.exec(select(Decision)).all()
        assert session.get(MatchSuggestion, sid).status.value == "approved"
    assert (decision.actor_id, decision.kind.value) == (env.users["manager"], "approve")
    assert decision.channel == "teams"
    assert decision.evidence_viewed and decision.reason.startswith("Daily SQL")

    # One decision per suggestion; the refreshed card shows the outcome and no form.
    again = await _invoke(
        env,
        env.card_action(
            "fm.decline",
            {"suggestion_id": sid, "reason": "Changed my mind about this one.", "evidence_viewed": "true"},
            who="manager",
        ),
    )
    assert "already decided by Max" in _card_texts(again["value"])
    view = await _invoke(env, env.card_action("fm.refresh", {"suggestion_id": sid}))
    assert "approved" in _card_texts(view["value"]) and not _inputs(view["value"])

    # Every message naming the candidate is recorded for retention.
    with session_scope() as session:
        named = session.exec(select(ChatMessageRef.message_id)).all()
    assert {in_chat.new_id, to_manager.new_id} <= set(named)

    # The planted special-category text never left the building.
    everything = env.connector.everything_sent() + str([refused, too_short, approved, again, view])
    assert "burnout" not in everything.lower()


# --- CV uploads: what the adapter decides before the ingest pipeline ---------------------------------------


def _file(env: Env, name: str, data: bytes) -> dict[str, Any]:
    return {
        "contentType": "application/vnd.microsoft.teams.file.download.info",
        "contentUrl": f"https://contoso.sharepoint.com/personal/rita/Documents/{name}",
        "name": name,
        "content": {
            "downloadUrl": env.connector.add_file(name, data),
            "uniqueId": f"id-{name}",
            "fileType": name.rsplit(".", 1)[1],
        },
    }


async def test_uploads_that_are_not_cvs_or_switched_off_are_not_read(env: Env) -> None:
    await env.send(env.activity(text="", attachments=[_file(env, "holiday.png", b"\x89PNG")]))
    [not_cv] = env.connector.wait_for(1)
    assert "only read CVs" in not_cv.text
    with session_scope() as session:
        session.add(
            ConnectorConfig(tenant_id=env.tenant_id, name="teams", kind="teams-upload", enabled=False)
        )
    await env.send(env.activity(text="", locale="nl-NL", attachments=[_file(env, "cv.pdf", b"%PDF-1.4")]))
    off = env.connector.wait_for(2)[-1]
    assert "staat uit" in off.text
    assert env.connector.downloads == []  # neither file was fetched


async def test_private_answers_asked_in_a_channel_go_to_the_personal_chat(env: Env) -> None:
    sid = _seed_suggestion(env)
    await env.send(env.activity(text="help"))  # the recruiter has a personal chat with the bot
    env.connector.wait_for(1)
    await env.send(env.activity(text=f"evidence {sid}", conversation="channel"))
    private, notice = env.connector.wait_for(3)[1:]
    assert private.conversation_id == "a:1personal-recruiter" and private.card is not None
    assert "SQL daily" in private.text
    assert notice.conversation_id.startswith("19:channel-1") and "personal chat" in notice.text
    assert notice.card is None and "SQL" not in notice.raw
    await env.send(env.activity(text=f"evidence {sid}", who="other", conversation="channel"))
    only_notice = env.connector.wait_for(4)[-1]
    assert (
        only_notice.conversation_id.startswith("19:channel-1") and "Open a personal chat" in only_notice.text
    )


async def test_graph_membership_cache_expires(fakes) -> None:
    from bot.teams.graph_roles import GraphGroups, GraphRoleError

    _connector, identity, graph = fakes
    graph.reset()
    graph.members[OID["manager"]] = ["G1", "g2"]
    groups = GraphGroups(graph.url, static_graph_credentials(identity), ttl_s=0.2)
    try:
        assert await groups.groups(ENTRA_TENANT, OID["manager"]) == {"g1", "g2"}  # groups only, no roles
        assert await groups.groups(ENTRA_TENANT, OID["manager"]) == {"g1", "g2"}
        assert len(graph.calls) == 1
        await asyncio.sleep(0.25)
        await groups.groups(ENTRA_TENANT, OID["manager"])
        assert len(graph.calls) == 2
        broken = GraphGroups(graph.url.replace("/v1.0", "/nowhere"), static_graph_credentials(identity))
        with pytest.raises(GraphRoleError):
            await broken.groups(ENTRA_TENANT, OID["manager"])
        await broken.close()
    finally:
        await groups.close()


# --- a CV sent in chat, matched in a channel: the real ingest and matching behind the adapter -----------

DEMO = Path(__file__).resolve().parents[1] / "bot" / "demo"


@pytest.mark.slow  # the real pipeline: redaction, parsing, skills, embeddings (about 15 s of CPU)
async def test_cv_sent_in_chat_is_ingested_and_matched_in_a_channel(env: Env) -> None:
    cv = DEMO / "cvs" / "cv-04.txt"
    name = cv.read_text(encoding="utf-8").splitlines()[0].strip()
    shared = _file(env, cv.name, cv.read_bytes())
    await env.send(env.activity(text="", attachments=[shared]))
    [added] = env.connector.wait_for(1, timeout=120)
    assert added.text.startswith("Added as candidate c_") and env.connector.downloads == [cv.name]
    with session_scope() as session:
        [candidate] = session.exec(select(Candidate)).all()
        assert candidate.source_ref == f"teams:{ENTRA_TENANT}:id-{cv.name}"
        assert candidate.to_be_informed and candidate.source.value == "sourced"  # GDPR Art. 14 by default
        assert name not in candidate.redacted_text
        vacancy = create_vacancy(
            session,
            env.tenant_id,
            (DEMO / "vacancies" / "data-analyst.md").read_text(encoding="utf-8"),
            hiring_manager_ids=[env.users["manager"]],
        )
        vacancy_id, candidate_id = vacancy.id, candidate.id

    await env.send(env.activity(text=f"match {vacancy_id}", conversation="channel"))
    reply = env.connector.wait_for(2, timeout=120)[-1]
    assert reply.conversation_id.startswith("19:channel-1@thread.tacv2")
    assert reply.card is not None and "Matched requirements" in reply.text
    [review] = [a for a in _find_all(reply.card, "Action.Execute") if a["verb"] == "fm.request_review"]
    assert name not in reply.raw  # a channel shows pseudonyms, never names
    with session_scope() as session:
        named = session.exec(
            select(ChatMessageRef.candidate_id).where(ChatMessageRef.message_id == reply.new_id)
        ).all()
        suggestion = session.get(MatchSuggestion, review["data"]["suggestion_id"])
    assert named == [candidate_id] and suggestion.candidate_id == candidate_id


def _find_all(node: Any, kind: str) -> list[dict]:
    if isinstance(node, dict):
        found = [node] if node.get("type") == kind else []
        return found + [x for v in node.values() for x in _find_all(v, kind)]
    if isinstance(node, list):
        return [x for item in node for x in _find_all(item, kind)]
    return []
