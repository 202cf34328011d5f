"""Slack adapter latency: how fast Slack gets its ack (must be < 3 s) and how fast the answer follows.

Drives the real Bolt app on our aiohttp server with signed requests, against the fake Slack Web API
from the tests (127.0.0.1, no network). Warm process: the guardrails and core are loaded first.

    python benchmarks/slack.py [--n 50]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from storage import db
from storage.settings import reset_settings

SECRET = "bench-signing-secret"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run(n: int) -> list[tuple[str, list[float]]]:
    from bot.slack import mount
    from storage.db import session_scope
    from storage.directory import add_tenant, add_user, link_tenant
    from tests.fakes.slack_api import TEAM_ID, FakeSlack, SlackSender

    fake = FakeSlack().start()
    os.environ.update(
        {
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_BOT_TOKEN": "xoxb-bench",
            "FAIRMATCH_SLACK_API_URL": fake.api_url,
        }
    )
    reset_settings()
    db.upgrade()
    with session_scope() as s:
        tenant = add_tenant(s, "Bench")
        link_tenant(s, tenant, "slack_team", TEAM_ID)
        add_user(s, tenant, "recruiter", name="Rita", slack_user_id="UREC")
    app = web.Application()
    mount(app)
    acks: list[float] = []
    answers: list[float] = []
    homes: list[float] = []
    async with TestClient(TestServer(app)) as client:
        slack = SlackSender(client, fake, SECRET)
        await slack.command("UREC", "help")  # warm-up: guardrails, core, auth.test
        await fake.wait_for("chat.postMessage", 1, timeout=120)
        for i in range(n):
            start = time.perf_counter()
            resp = await slack.command("UREC", "help")
            acks.append(time.perf_counter() - start)
            assert resp.status == 200
            await fake.wait_for("chat.postMessage", i + 2, timeout=60)
            answers.append(time.perf_counter() - start)
            start = time.perf_counter()
            await slack.event({"type": "app_home_opened", "user": "UREC", "tab": "home", "channel": "D1"})
            await fake.wait_for("views.publish", i + 1, timeout=60)
            homes.append(time.perf_counter() - start)
    fake.stop()
    return [
        ("slash command: HTTP ack", acks),
        ("slash command: answer posted", answers),
        ("App Home opened: view published", homes),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FAIRMATCH_DATA_DIR"] = tmp
        os.environ.setdefault("FAIRMATCH_SECRET_KEY", "x3Jd3n5bJ2n1m0yQk8kq5m1H0n3sU4Wc9pQe7rTt6Yo=")
        reset_settings()
        rows = asyncio.run(run(args.n))
    print(f"| step (n={args.n}, SQLite, warm) | median ms | p95 ms |")
    print("|---|---|---|")
    for name, values in rows:
        print(f"| {name} | {statistics.median(values) * 1000:.1f} | {pct(values, 0.95) * 1000:.1f} |")


if __name__ == "__main__":
    main()
