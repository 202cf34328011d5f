"""`fairmatch serve`'s app, on a real TCP port on loopback: Slack requests reach Bolt through our server."""

from __future__ import annotations

import socket

import aiohttp
import pytest
from aiohttp import web

from bot import server
from bot.slack import mount
from storage import db
from storage.settings import reset_settings
from tests.fakes.slack_api import FakeSlack, SlackSender

SECRET = "serve-test-signing-secret"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def fake():
    server_ = FakeSlack().start()
    yield server_
    server_.stop()


async def test_serve_answers_slack_over_real_http(monkeypatch, fake):
    if mount not in server.MOUNTS:
        pytest.skip("bot.slack.mount is not registered in bot.server.MOUNTS yet")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-serve")
    monkeypatch.setenv("FAIRMATCH_SLACK_API_URL", fake.api_url)
    reset_settings()
    db.upgrade()
    runner = web.AppRunner(server.create_app())
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        async with aiohttp.ClientSession(base_url=f"http://127.0.0.1:{port}") as http:
            assert (await http.get("/healthz")).status == 200
            slack = SlackSender(http, fake, SECRET)
            assert (await slack.command("UREC", "help", channel="C1")).status == 200
            (call,) = await fake.wait_for("response_url")
            assert "fairmatch tenants link" in call.args["text"]  # nobody linked this workspace yet
            assert (await slack.command("UREC", "help", secret="wrong")).status == 401
    finally:
        await runner.cleanup()
