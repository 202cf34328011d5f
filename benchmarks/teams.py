"""Teams adapter latency: the HTTP answer to Teams, the reply reaching the connector, a card action's answer.

Drives the real Agents SDK app on our aiohttp server with signed Bot Service tokens (JWT validation on),
against the fake connector, identity platform and Graph from the tests (127.0.0.1, no network). Warm
process: the guardrails and core are loaded first. Teams wants an answer to an invoke within 5 s.

    python benchmarks/teams.py [--n 30]
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

APP_ID = "8f1c2d3e-0000-4000-8000-0000000000b0"
TID = "5e1f0c9a-1111-4222-8333-944455556666"
OID = "0a0a0a0a-0000-4000-8000-0000000000a1"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def activity(connector_url: str, n: int, **extra) -> dict:
    return {
        "type": "message",
        "id": str(n),
        "channelId": "msteams",
        "serviceUrl": connector_url,
        "from": {"id": "29:rita", "name": "Rita", "aadObjectId": OID},
        "conversation": {"id": "a:1personal", "conversationType": "personal", "tenantId": TID},
        "recipient": {"id": f"28:{APP_ID}", "name": "fairmatch"},
        "locale": "en-US",
        "text": "help",
        **extra,
    }


async def run(n: int, workdir: Path) -> list[tuple[str, list[float]]]:
    from bot.core.models import CandidateCard, Evidence, Reply
    from bot.teams import MESSAGES_PATH, auth, cards, mount
    from storage.db import session_scope
    from storage.directory import add_tenant, add_user, link_tenant
    from tests.fakes.openid import FakeIdentity
    from tests.fakes.teams_connector import FakeConnector

    connector, identity = FakeConnector().start(), FakeIdentity(workdir).start()
    prefix = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__"
    os.environ.update(
        {
            prefix + "CLIENTID": APP_ID,
            prefix + "CLIENTSECRET": "bench-secret",
            prefix + "TENANTID": TID,
            prefix + "AUTHORITY": identity.adfs_authority,
            "REQUESTS_CA_BUNDLE": str(identity.ca_file),
            "FAIRMATCH_TEAMS_OPENID_METADATA": identity.metadata_url,
        }
    )
    reset_settings()
    db.upgrade()
    with session_scope() as s:
        tenant = add_tenant(s, "Bench")
        link_tenant(s, tenant, "teams_tenant", TID)
        add_user(s, tenant, "recruiter", name="Rita", teams_user_id=OID)
    app = web.Application()
    mount(app)
    answers, replies, invokes, renders = [], [], [], []
    token = identity.bot_token(APP_ID, service_url=connector.url)
    headers = {"Authorization": f"Bearer {token}"}
    async with TestClient(TestServer(app)) as client:
        for i in range(n + 3):  # the first three warm the core, MSAL and the key cache
            before = len(connector.sent())
            start = time.perf_counter()
            resp = await client.post(MESSAGES_PATH, json=activity(connector.url, i), headers=headers)
            answered = time.perf_counter()
            assert resp.status < 300, resp.status
            connector.wait_for(before + 1, timeout=30)
            done = time.perf_counter()
            refresh = activity(
                connector.url,
                10_000 + i,
                type="invoke",
                name="adaptiveCard/action",
                value={
                    "action": {
                        "type": "Action.Execute",
                        "verb": "fm.refresh",
                        "data": {"suggestion_id": "s_x"},
                    }
                },
            )
            t0 = time.perf_counter()
            resp = await client.post(MESSAGES_PATH, json=refresh, headers=headers)
            assert resp.status == 200
            t1 = time.perf_counter()
            if i >= 3:
                answers.append((answered - start) * 1000)
                replies.append((done - start) * 1000)
                invokes.append((t1 - t0) * 1000)
    evidence = [Evidence(f"Requirement {k}", "quoted evidence " * 8, 0, 10) for k in range(6)]
    many = [
        CandidateCard(f"s_{k}", f"c_{k}", f"Candidate {k}", 0.7, "Summary " * 10, evidence, ["Gap"])
        for k in range(10)
    ]
    for _ in range(n):
        t0 = time.perf_counter()
        cards.reply_card(Reply(text="10 matches", cards=many))
        renders.append((time.perf_counter() - t0) * 1000)
    auth.use_openid_metadata(None)
    connector.stop()
    identity.stop()
    return [
        ("message: HTTP answer to Teams", answers),
        ("message: reply at the connector", replies),
        ("card action (invoke) answer", invokes),
        ("render 10-candidate card", renders),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FAIRMATCH_DATA_DIR"] = tmp
        os.environ.setdefault("FAIRMATCH_SECRET_KEY", "x3Jd3n5bJ2n1m0yQk8kq5m1H0n3sU4Wc9pQe7rTt6Yo=")
        os.environ.setdefault("FAIRMATCH_IDENTITY_SALT", "bench")
        rows = asyncio.run(run(args.n, Path(tmp)))
    print(f"| Teams adapter (n={args.n}, ms) | median | p95 | max |")
    print("|---|---:|---:|---:|")
    for name, values in rows:
        print(f"| {name} | {statistics.median(values):.1f} | {pct(values, 0.95):.1f} | {max(values):.1f} |")


if __name__ == "__main__":
    main()
