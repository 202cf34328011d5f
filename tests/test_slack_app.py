"""The Slack app's plumbing, driven like Slack drives it: signed HTTP requests in, Web API calls out.

Everything runs against the real Bolt app mounted on our aiohttp server and a fake Web API on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.installation_store import Installation
from sqlmodel import select

from bot.slack import SlackConfigError, mount
from bot.slack.messages import delete_message, update_message
from bot.slack.stores import DbInstallationStore, DbOAuthStateStore, first_sighting
from bot.slack.uploads import trusted_host
from storage.db import session_scope
from storage.directory import add_tenant, add_user, find_tenant, link_tenant
from storage.models import (
    Candidate,
    ChatMessageRef,
    ConnectorConfig,
    MatchSuggestion,
    OAuthState,
    RetentionPolicy,
    SeenEvent,
    SlackInstallation,
    SuggestionStatus,
    Vacancy,
)
from storage.settings import reset_settings
from tests.fakes.slack_api import TEAM_ID, FakeSlack, SlackSender, eventually, migrated_template, use_template

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return migrated_template(tmp_path_factory.mktemp("db"))


@pytest.fixture
def fake():
    server = FakeSlack().start()
    yield server
    server.stop()


@pytest.fixture
def env(monkeypatch, fake, template, data_dir):
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-single-workspace")
    monkeypatch.setenv("FAIRMATCH_SLACK_API_URL", fake.api_url)
    reset_settings()
    use_template(template, data_dir)


@pytest.fixture
def org(env) -> dict[str, str]:
    """A tenant linked to the fake workspace: a recruiter, a hiring manager, an admin, one pending review."""
    with session_scope() as s:
        tenant = add_tenant(s, "Acme")
        link_tenant(s, tenant, "slack_team", TEAM_ID)
        rec = add_user(s, tenant, "recruiter", name="Rita", slack_user_id="UREC")
        hm = add_user(s, tenant, "hiring_manager", name="Hank", slack_user_id="UHM")
        add_user(s, tenant, "admin", name="Ada", slack_user_id="UADM")
        vacancy = Vacancy(tenant_id=tenant.id, title="Data Analyst", text="SQL", hiring_manager_ids=[hm.id])
        other = Vacancy(tenant_id=tenant.id, title="Office Manager", text="Planning")
        candidate = Candidate(tenant_id=tenant.id, source_ref="test:1", redacted_text="SQL for five years")
        s.add_all([vacancy, other, candidate])
        s.flush()
        s.add(
            MatchSuggestion(
                tenant_id=tenant.id,
                vacancy_id=vacancy.id,
                candidate_id=candidate.id,
                score=0.81,
                status=SuggestionStatus.review_requested,
                requested_by=rec.id,
            )
        )
        s.add(ConnectorConfig(tenant_id=tenant.id, name="hr-share", kind="folder", last_error="unreachable"))
        s.add(RetentionPolicy(tenant_id=tenant.id, category="applicant", days=180))
        return {"tenant": tenant.id, "candidate": candidate.id}


@pytest.fixture
async def slack(env, fake):
    app = web.Application()
    mount(app)
    async with TestClient(TestServer(app)) as client:
        yield SlackSender(client, fake, SECRET)


def home_event(user: str) -> dict:
    return {"type": "app_home_opened", "user": user, "channel": "D0HOME", "tab": "home", "event_ts": "1.1"}


def home_text(call) -> str:
    return call.raw


async def test_bad_signature_and_stale_timestamp_get_401_and_do_nothing(slack, fake, org):
    body = "command=%2Ffairmatch&text=help&user_id=UREC&team_id=" + TEAM_ID
    form = "application/x-www-form-urlencoded"
    assert (await slack.post(body, form, secret="not-the-secret")).status == 401
    assert (await slack.post(body, form, timestamp=int(time.time()) - 301)).status == 401
    assert (await slack.client.post("/slack/events", data=body, headers={"Content-Type": form})).status == 401
    await asyncio.sleep(0.2)
    assert fake.calls == []


async def test_slacks_url_verification_challenge_is_answered(slack, fake, org):
    challenge = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"
    body = json.dumps({"token": "legacy", "challenge": challenge, "type": "url_verification"})
    resp = await slack.post(body, "application/json")
    assert resp.status == 200 and challenge in await resp.text()


async def test_app_home_for_a_hiring_manager_lists_own_vacancies_and_reviews(slack, fake, org):
    resp = await slack.event(home_event("UHM"))
    assert resp.status == 200
    (call,) = await fake.wait_for("views.publish")
    assert call.args["user_id"] == "UHM"
    assert call.token == "xoxb-single-workspace"
    text = home_text(call)
    assert "My vacancies" in text and "Data Analyst" in text
    assert "Office Manager" not in text  # not one of Hank's vacancies
    assert "Waiting for my review" in text and org["candidate"] in text and "81%" in text
    assert "Administration" not in text and "hr-share" not in text


async def test_app_home_for_a_recruiter_lists_the_reviews_they_requested(slack, fake, org):
    await slack.event(home_event("UREC"))
    (call,) = await fake.wait_for("views.publish")
    text = home_text(call)
    assert "Open vacancies" in text and "Data Analyst" in text and "Office Manager" in text
    assert "Reviews I requested" in text and org["candidate"] in text
    assert "fm:open_evidence:" in text and "Administration" not in text


async def test_app_home_for_an_admin_shows_connectors_retention_stop_switch_and_roles(slack, fake, org):
    await slack.event(home_event("UADM"))
    (call,) = await fake.wait_for("views.publish")
    text = home_text(call)
    assert "Administration" in text
    assert "hr-share" in text and "last sync failed" in text
    assert "applicant: 180 days" in text
    assert "stop switch" in text and "running" in text
    assert "<@UHM>" in text and "hiring manager" in text
    assert "Office Manager" in text  # admins see every open vacancy


async def test_app_home_for_an_unmapped_user_explains_the_mapping_command(slack, fake, org):
    await slack.event(home_event("UNEW"))
    (call,) = await fake.wait_for("views.publish")
    assert "--slack-user UNEW" in home_text(call)
    assert "Data Analyst" not in home_text(call)


async def test_a_retried_event_is_handled_once(slack, fake, org):
    first = await slack.event(home_event("UHM"), event_id="Ev0RETRY")
    retry = await slack.event(home_event("UHM"), event_id="Ev0RETRY", retry=1)
    assert first.status == retry.status == 200
    await fake.wait_for("views.publish")
    await asyncio.sleep(0.3)
    assert len(fake.of("views.publish")) == 1
    with session_scope() as s:
        assert s.get(SeenEvent, "slack:event:Ev0RETRY") is not None


async def test_a_429_is_retried_after_retry_after(slack, fake, org):
    fake.rate_limit("views.publish", retry_after=1)
    await slack.event(home_event("UHM"))
    (ok,) = await fake.wait_for("views.publish", timeout=10)
    (limited,) = fake.of("views.publish:429")
    assert ok.at - limited.at >= 1.0


async def test_an_unknown_user_gets_a_private_hint_and_no_core_call(slack, fake, org):
    resp = await slack.command("UNEW", "match Data Analyst")
    assert resp.status == 200
    (call,) = await fake.wait_for("response_url")
    assert call.args["response_type"] == "ephemeral"
    assert "fairmatch users add" in call.args["text"] and "--slack-user UNEW" in call.args["text"]
    assert fake.of("chat.postMessage") == []


async def test_an_unlinked_workspace_is_told_how_to_link(slack, fake, org):
    slack.team_id = "T0UNKNOWN"
    await slack.command("UREC", "help")
    (call,) = await fake.wait_for("response_url")
    assert "fairmatch tenants link" in call.args["text"] and "T0UNKNOWN" in call.args["text"]


async def test_first_sighting_is_once_per_key(db_url):
    assert first_sighting("slack:event:EvA") is True
    assert first_sighting("slack:event:EvA") is False
    assert first_sighting("slack:event:EvB") is True


async def test_installations_are_stored_encrypted_and_found_again(db_url):
    store = DbInstallationStore()
    token = "xoxb-secret-token-1234"
    installation = Installation(
        app_id="AFAIR", team_id="T0A", bot_token=token, bot_id="B1", bot_user_id="UBOT", user_id="UINSTALLER"
    )
    await store.async_save(installation)
    await store.async_save(installation)  # a re-install replaces, never duplicates
    with session_scope() as s:
        rows = s.exec(select(SlackInstallation)).all()
    assert len(rows) == 1 and token not in rows[0].data_enc
    bot = await store.async_find_bot(enterprise_id=None, team_id="T0A")
    assert bot is not None and bot.bot_token == token
    found = await store.async_find_installation(enterprise_id=None, team_id="T0A")
    assert found is not None and found.bot_user_id == "UBOT"
    assert await store.async_find_bot(enterprise_id=None, team_id="T0B") is None
    await store.async_delete_all(enterprise_id=None, team_id="T0A")
    assert await store.async_find_bot(enterprise_id=None, team_id="T0A") is None


async def test_oauth_state_is_single_use_and_expires(db_url):
    store = DbOAuthStateStore(expiration_seconds=600)
    state = await store.async_issue()
    assert await store.async_consume(state) is True
    assert await store.async_consume(state) is False
    with session_scope() as s:
        s.add(OAuthState(state="old", expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    assert await store.async_consume("old") is False


async def test_oauth_install_flow_stores_the_workspace_and_uses_its_token(
    monkeypatch, fake, template, data_dir
):
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
    monkeypatch.setenv("SLACK_CLIENT_ID", "111.222")
    monkeypatch.setenv("SLACK_CLIENT_SECRET", "client-secret")
    monkeypatch.setenv("FAIRMATCH_SLACK_API_URL", fake.api_url)
    reset_settings()
    use_template(template, data_dir)
    app = web.Application()
    mount(app)
    async with TestClient(TestServer(app)) as client:
        page = await client.get("/slack/install", allow_redirects=False)
        assert page.status in (200, 302)
        location = page.headers.get("Location") or await page.text()
        assert f"{fake.url}/oauth/v2/authorize" in location and "client_id=111.222" in location
        assert "commands" in location and "files%3Aread" in location.replace(":", "%3A")
        with session_scope() as s:
            (state,) = s.exec(select(OAuthState)).all()
        cookie = f"slack-app-oauth-state={state.state}"
        done = await client.get(
            f"/slack/oauth_redirect?code=abc&state={state.state}", headers={"Cookie": cookie}
        )
        assert done.status == 200, await done.text()
        with session_scope() as s:
            (row,) = s.exec(select(SlackInstallation)).all()
        assert row.team_id == "T0OTHER" and fake.installed_token not in row.data_enc

        sender = SlackSender(client, fake, SECRET, team_id="T0OTHER")
        await sender.event(home_event("USOMEONE"))
        (call,) = await fake.wait_for("views.publish")
        assert call.token == fake.installed_token


async def test_socket_mode_receives_events_over_a_websocket(monkeypatch, fake, org):
    """Development mode: no public URL; Slack pushes envelopes over a websocket and the app acks each."""
    acks: list[dict] = []
    connected = asyncio.Event()

    async def socket(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        connected.set()
        await ws.send_json({"type": "hello", "num_connections": 1})
        body = {
            "type": "event_callback",
            "team_id": TEAM_ID,
            "api_app_id": "AFAIR",
            "event_id": "Ev0SOCKET",
            "event": home_event("UHM"),
        }
        await ws.send_json({"envelope_id": "env-1", "type": "events_api", "payload": body})
        async for msg in ws:  # stay connected, as Slack does, collecting the app's acks
            acks.append(msg.json())
        return ws

    socket_app = web.Application()
    socket_app.router.add_get("/link", socket)
    async with TestServer(socket_app) as socket_server:
        fake.socket_url = str(socket_server.make_url("/link")).replace("http", "ws", 1)
        monkeypatch.setenv("FAIRMATCH_SLACK_SOCKET_MODE", "1")
        monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1-test")
        reset_settings()
        app = web.Application()
        mount(app)
        async with TestClient(TestServer(app)):
            await asyncio.wait_for(connected.wait(), 10)
            (call,) = await fake.wait_for("views.publish")
            assert "Waiting for my review" in call.raw
            assert (await eventually(lambda: acks)) == [{"envelope_id": "env-1"}]
    (opened,) = fake.of("apps.connections.open")
    assert opened.token == "xapp-1-test"


def test_socket_mode_without_an_app_token_is_a_clear_error(monkeypatch, env):
    monkeypatch.setenv("FAIRMATCH_SLACK_SOCKET_MODE", "true")
    reset_settings()
    with pytest.raises(SlackConfigError, match="SLACK_APP_TOKEN"):
        mount(web.Application())


def test_the_bot_token_only_goes_to_the_slack_api_domain():
    api = "https://slack.com/api/"
    assert trusted_host("https://files.slack.com/files-pri/T1-F1/download/cv.pdf", api)
    assert not trusted_host("http://files.slack.com/files-pri/T1-F1/cv.pdf", api)  # never in clear text
    assert not trusted_host("https://evil.example/files.slack.com/cv.pdf", api)
    assert not trusted_host("https://slack.com.evil.example/cv.pdf", api)
    assert trusted_host("https://files.slack-gov.com/x", "https://slack-gov.com/api/")


async def test_files_from_people_we_do_not_know_are_not_fetched(slack, fake, org):
    shared = {
        "type": "file_shared",
        "file_id": "F0X",
        "user_id": "UNEW",
        "channel_id": "C0PUBLIC",
        "event_ts": "1",
    }
    await slack.event(shared)
    await slack.event({**shared, "channel_id": "D0NEW"})
    (hint,) = await fake.wait_for("chat.postEphemeral")
    assert hint.args["channel"] == "D0NEW" and "--slack-user UNEW" in hint.args["text"]
    await asyncio.sleep(0.2)
    assert fake.of("files.info") == [] and fake.downloads == []
    assert len(fake.of("chat.postEphemeral")) == 1


def test_retention_deletes_and_redacts_the_bots_messages(fake, org):
    ref = ChatMessageRef(
        tenant_id=org["tenant"],
        candidate_id=org["candidate"],
        channel="slack",
        conversation_id="C1",
        message_id="1.2",
    )
    delete_message(ref)
    (call,) = fake.of("chat.delete")
    assert (call.args["channel"], call.args["ts"], call.token) == ("C1", "1.2", "xoxb-single-workspace")
    assert update_message(ref, "[removed by retention]") is True
    (update,) = fake.of("chat.update")
    assert update.args["text"] == "[removed by retention]" and update.args["blocks"] == []

    fake.errors[("chat.delete", "")] = "message_not_found"
    delete_message(ref)  # already gone counts as deleted
    fake.errors[("chat.delete", "")] = "cant_delete_message"
    with pytest.raises(SlackApiError):
        delete_message(ref)  # the erasure job stays pending and retries


async def test_retention_in_oauth_mode_uses_the_workspace_that_owns_the_message(
    monkeypatch, fake, org, template, data_dir
):
    monkeypatch.setenv("SLACK_CLIENT_ID", "111.222")
    monkeypatch.setenv("SLACK_CLIENT_SECRET", "client-secret")
    reset_settings()
    store = DbInstallationStore()
    with session_scope() as s:
        link_tenant(s, find_tenant(s, org["tenant"]), "slack_team", "T0SECOND")
    for team, token in ((TEAM_ID, "xoxb-first"), ("T0SECOND", "xoxb-second")):
        await store.async_save(Installation(team_id=team, bot_token=token, bot_user_id="UBOT", user_id="U1"))
    fake.errors[("chat.delete", "xoxb-first")] = "channel_not_found"
    ref = ChatMessageRef(
        tenant_id=org["tenant"],
        candidate_id=org["candidate"],
        channel="slack",
        conversation_id="C2",
        message_id="3.4",
    )
    await asyncio.to_thread(delete_message, ref)
    assert [c.token for c in fake.of("chat.delete")] == ["xoxb-first", "xoxb-second"]
