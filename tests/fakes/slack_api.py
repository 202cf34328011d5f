"""A fake Slack Web API on 127.0.0.1, recording every call, for tests that must not reach the internet.

It speaks just enough of the real API for our adapter: auth.test, chat.*, views.*, files.info, file
downloads and response_url posts; `rate_limit(method)` makes the next call answer 429 with Retry-After.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import shutil
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

BOT_USER_ID = "UBOT"
TEAM_ID = "T0FAIR"


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    token: str | None
    at: float = field(default_factory=time.monotonic)

    @property
    def raw(self) -> str:
        """Everything the adapter sent in this call, as one string, for leak checks."""
        return json.dumps(self.args, ensure_ascii=False)


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.files: dict[str, dict[str, Any]] = {}
        self.file_bytes: dict[str, bytes] = {}
        self.downloads: list[tuple[str, str | None]] = []
        self._limits: dict[str, list[int]] = {}
        self._ts = itertools.count(1)
        self.installed_token = "xoxb-installed-by-oauth"
        self.socket_url = ""  # Socket Mode: where apps.connections.open sends the app
        self.errors: dict[tuple[str, str], str] = {}  # (method, token or "") -> Slack error code
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # --- lifecycle ---
    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- test helpers ---
    def rate_limit(self, method: str, retry_after: int = 1, times: int = 1) -> None:
        with self._lock:
            self._limits.setdefault(method, []).extend([retry_after] * times)

    def add_file(self, file_id: str, name: str, data: bytes, channel: str, share_ts: str) -> None:
        scope = "private" if channel.startswith(("D", "G")) else "public"
        self.files[file_id] = {
            "id": file_id,
            "name": name,
            "size": len(data),
            "url_private_download": f"{self.url}/files-pri/{TEAM_ID}-{file_id}/download/{name}",
            "shares": {scope: {channel: [{"ts": share_ts}]}},
        }
        self.file_bytes[file_id] = data

    def of(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    async def wait_for(self, method: str, count: int = 1, timeout: float = 30.0) -> list[Call]:
        """Wait (letting the app's background work run) until `count` calls of `method` were recorded."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.of(method)
            if len(found) >= count:
                return found
            await asyncio.sleep(0.02)
        raise AssertionError(
            f"expected {count} {method} call(s), got {len(self.of(method))}: {self.methods()}"
        )

    def methods(self) -> list[str]:
        with self._lock:
            return [c.method for c in self.calls]

    def everything(self) -> str:
        with self._lock:
            return "\n".join(c.raw for c in self.calls)

    # --- the API ---
    def _answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        ts = (
            f"1700000000.{next(self._ts):06d}" if method in ("chat.postMessage", "chat.postEphemeral") else ""
        )
        channel = args.get("channel", "")
        error = self.errors.get((method, args.get("token") or ""), self.errors.get((method, "")))
        if error:
            return {"ok": False, "error": error}
        if method == "auth.test":
            return {"ok": True, "user_id": BOT_USER_ID, "bot_id": "BFAIR", "team_id": TEAM_ID, "team": "Fair"}
        if method == "chat.postMessage":
            return {"ok": True, "channel": channel, "ts": ts, "message": {"ts": ts, "text": args.get("text")}}
        if method in ("chat.update", "chat.delete"):
            return {"ok": True, "channel": channel, "ts": args.get("ts")}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method in ("views.open", "views.publish", "views.update"):
            return {"ok": True, "view": {"id": "VFAKE", **(args.get("view") or {})}}
        if method == "files.info":
            file = self.files.get(args.get("file", ""))
            return {"ok": True, "file": file} if file else {"ok": False, "error": "file_not_found"}
        if method == "response_url":
            return {"ok": True}
        if method == "apps.connections.open":
            return (
                {"ok": True, "url": self.socket_url}
                if self.socket_url
                else {"ok": False, "error": "no_socket"}
            )
        if method == "oauth.v2.access":
            return {
                "ok": True,
                "app_id": "AFAIR",
                "authed_user": {"id": "UINSTALLER"},
                "scope": "chat:write,commands",
                "token_type": "bot",
                "access_token": self.installed_token,
                "bot_user_id": BOT_USER_ID,
                "team": {"id": "T0OTHER", "name": "Other"},
                "enterprise": None,
                "is_enterprise_install": False,
            }
        return {"ok": False, "error": "unknown_method"}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def _send(
                self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None
            ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def _token(self) -> str | None:
                auth = self.headers.get("Authorization") or ""
                return auth.removeprefix("Bearer ") or None

            def do_GET(self) -> None:
                path = urlsplit(self.path).path
                if path.startswith("/files-pri/"):
                    file_id = path.split("/")[2].split("-", 1)[1]
                    fake.downloads.append((file_id, self._token()))
                    if self._token() is None or file_id not in fake.file_bytes:
                        self._send(404, b"not found", "text/plain")
                        return
                    self._send(200, fake.file_bytes[file_id], "application/octet-stream")
                    return
                if path.startswith("/api/"):  # some methods (files.info) are called with GET
                    self._api(path, dict(parse_qsl(urlsplit(self.path).query)))
                    return
                self._send(404, b"not found", "text/plain")

            def do_POST(self) -> None:
                path = urlsplit(self.path).path
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8") if length else ""
                if "json" in (self.headers.get("Content-Type") or ""):
                    args = json.loads(raw or "{}")
                else:
                    args = dict(parse_qsl(raw))
                    for key in ("blocks", "view"):
                        if isinstance(args.get(key), str):
                            args[key] = json.loads(args[key])
                self._api(path, args)

            def _api(self, path: str, args: dict[str, Any]) -> None:
                method = "response_url" if path.startswith("/hooks/") else path.removeprefix("/api/")
                with fake._lock:
                    pending = fake._limits.get(method) or []
                    limited = pending.pop(0) if pending else None
                    name = f"{method}:429" if limited is not None else method
                    fake.calls.append(Call(name, args, self._token()))
                if limited is not None:
                    body = json.dumps({"ok": False, "error": "ratelimited"}).encode()
                    self._send(429, body, "application/json", {"Retry-After": str(limited)})
                    return
                body = json.dumps(fake._answer(method, {**args, "token": self._token()})).encode()
                self._send(200, body, "application/json; charset=utf-8")

        return Handler


def signed_headers(secret: str, body: str, timestamp: int | None = None, **extra: str) -> dict[str, str]:
    """The v0 request signature Slack sends (api.slack.com/authentication/verifying-requests-from-slack)."""
    from slack_sdk.signature import SignatureVerifier

    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature, **extra}


class SlackSender:
    """Plays Slack's side of the HTTP contract: signed slash commands, events, clicks and modal submits."""

    def __init__(self, client: Any, fake: FakeSlack, secret: str, team_id: str = TEAM_ID) -> None:
        self.client, self.fake, self.secret, self.team_id = client, fake, secret, team_id
        self._ids = itertools.count(1)

    async def post(
        self,
        body: str,
        content_type: str,
        *,
        secret: str | None = None,
        timestamp: int | None = None,
        **headers: str,
    ) -> Any:
        signed = signed_headers(secret or self.secret, body, timestamp, **headers)
        return await self.client.post(
            "/slack/events", data=body, headers={**signed, "Content-Type": content_type}
        )

    async def command(self, user: str, text: str, channel: str = "C0MATCH", **post: Any) -> Any:

        body = urlencode(
            {
                "token": "legacy",
                "team_id": self.team_id,
                "channel_id": channel,
                "user_id": user,
                "command": "/fairmatch",
                "text": text,
                "response_url": f"{self.fake.url}/hooks/cmd{next(self._ids)}",
                "trigger_id": f"trig.{next(self._ids)}",
                "api_app_id": "AFAIR",
            }
        )
        return await self.post(body, "application/x-www-form-urlencoded", **post)

    async def event(
        self, event: dict[str, Any], *, event_id: str | None = None, retry: int | None = None
    ) -> Any:
        body = json.dumps(
            {
                "token": "legacy",
                "team_id": self.team_id,
                "api_app_id": "AFAIR",
                "type": "event_callback",
                "event_id": event_id or f"Ev{next(self._ids):06d}",
                "event_time": int(time.time()),
                "event": event,
                "authorizations": [{"team_id": self.team_id, "user_id": BOT_USER_ID, "is_bot": True}],
            }
        )
        extra = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else {}
        return await self.post(body, "application/json", **extra)

    async def interactive(self, payload: dict[str, Any]) -> Any:

        payload = {"team": {"id": self.team_id}, "api_app_id": "AFAIR", "token": "legacy", **payload}
        return await self.post(
            urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded"
        )

    async def click(
        self, user: str, action_id: str, channel: str, message_ts: str, thread_ts: str | None = None
    ) -> Any:
        message = {"type": "message", "ts": message_ts, **({"thread_ts": thread_ts} if thread_ts else {})}
        return await self.interactive(
            {
                "type": "block_actions",
                "user": {"id": user, "team_id": self.team_id},
                "container": {"type": "message", "message_ts": message_ts, "channel_id": channel},
                "channel": {"id": channel},
                "message": message,
                "trigger_id": f"trig.{next(self._ids)}",
                "response_url": f"{self.fake.url}/hooks/act{next(self._ids)}",
                "actions": [
                    {
                        "type": "button",
                        "action_id": action_id,
                        "block_id": "b1",
                        "value": action_id.rsplit(":", 1)[-1],
                        "action_ts": str(time.time()),
                    }
                ],
            }
        )

    async def submit(self, user: str, view: dict[str, Any], values: dict[str, Any]) -> Any:
        return await self.interactive(
            {
                "type": "view_submission",
                "user": {"id": user, "team_id": self.team_id},
                "trigger_id": f"trig.{next(self._ids)}",
                "view": {**view, "id": "VDECIDE", "team_id": self.team_id, "state": {"values": values}},
            }
        )


async def eventually(check: Any, timeout: float = 10.0) -> Any:
    """Poll `check()` until it returns something truthy: the app finishes its work after answering Slack."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        await asyncio.sleep(0.02)


def migrated_template(folder: Path) -> Path:
    """A migrated SQLite file, built once per test module; copying it beats re-running every migration."""
    from storage import db

    path = folder / "template.db"
    url = f"sqlite:///{path}"
    db.upgrade(url)
    db.get_engine(url).dispose()  # checkpoint the WAL into the file
    return path


def use_template(template: Path, data_dir: Path) -> None:
    """This test's own database, a copy of the migrated template, at the default location."""
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, data_dir / "fairmatch.db")
