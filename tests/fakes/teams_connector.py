"""A fake Teams connector service (the Bot Framework REST API at an activity's `serviceUrl`) on 127.0.0.1.

It records what the bot sends, updates and deletes, answers like the real service (new activity ids, 404
for unknown activities), and serves file bytes for the `downloadUrl` of shared files.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

_ACTIVITIES = re.compile(r"^/v3/conversations/(?P<conv>[^/]+)/activities(?:/(?P<aid>[^/]+))?$")


@dataclass
class Call:
    method: str
    conversation_id: str
    activity_id: str | None
    body: dict[str, Any]
    token: str | None
    new_id: str | None = None  # the id the service gave a posted activity
    at: float = field(default_factory=time.monotonic)

    @property
    def raw(self) -> str:
        """Everything the bot sent in this call, as one string, for leak checks."""
        return json.dumps(self.body, ensure_ascii=False)

    @property
    def card(self) -> dict[str, Any] | None:
        for attachment in self.body.get("attachments") or []:
            if attachment.get("contentType") == "application/vnd.microsoft.card.adaptive":
                return attachment["content"]
        return None

    @property
    def text(self) -> str:
        """The visible text: the message text, or every TextBlock of its card."""
        card = self.card
        if card is None:
            return self.body.get("text") or ""
        return "\n".join(_texts(card))


def _texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        out = [node["text"]] if node.get("type") == "TextBlock" else []
        if node.get("type") == "RichTextBlock":
            return ["".join(inline.get("text", "") for inline in node.get("inlines", []))]
        for value in node.values():
            out.extend(_texts(value))
        return out
    if isinstance(node, list):
        return [t for item in node for t in _texts(item)]
    return []


class FakeConnector:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.files: dict[str, bytes] = {}
        self.downloads: list[str] = []
        self.activities: dict[str, dict[str, Any]] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    def start(self) -> FakeConnector:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- test helpers ---
    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self.files.clear()
            self.downloads.clear()
            self.activities.clear()

    def add_file(self, name: str, data: bytes) -> str:
        self.files[name] = data
        return f"{self.url}files/{name}"

    def sent(self, method: str = "POST") -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def wait_for(self, count: int, method: str = "POST", timeout: float = 5.0) -> list[Call]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            calls = self.sent(method)
            if len(calls) >= count:
                return calls
            time.sleep(0.02)
        raise AssertionError(f"expected {count} {method} calls, got {len(self.sent(method))}")

    def everything_sent(self) -> str:
        return "\n".join(c.raw for c in self.calls)

    # --- server ---
    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args) -> None:
                pass

            def _reply(self, status: int, body: Any = None) -> None:
                data = json.dumps(body if body is not None else {}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _activity_call(self, method: str) -> None:
                path = urlsplit(self.path).path
                match = _ACTIVITIES.match(path)
                if not match:
                    self._reply(404, {"error": {"code": "NotFound"}})
                    return
                conv, aid = unquote(match["conv"]), unquote(match["aid"]) if match["aid"] else None
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}") if length else {}
                auth = self.headers.get("Authorization") or ""
                token = auth.split(" ", 1)[1] if auth.lower().startswith("bearer ") else None
                with fake._lock:
                    call = Call(method, conv, aid, body, token)
                    fake.calls.append(call)
                    if method == "POST":
                        new_id = call.new_id = f"act-{next(fake._ids)}"
                        fake.activities[new_id] = body
                        self._reply(201, {"id": new_id})
                    elif aid not in fake.activities:
                        self._reply(404, {"error": {"code": "ActivityNotFound"}})
                    elif method == "PUT":
                        fake.activities[aid] = body
                        self._reply(200, {"id": aid})
                    else:
                        del fake.activities[aid]
                        self._reply(200)

            def do_POST(self) -> None:
                self._activity_call("POST")

            def do_PUT(self) -> None:
                self._activity_call("PUT")

            def do_DELETE(self) -> None:
                self._activity_call("DELETE")

            def do_GET(self) -> None:
                path = urlsplit(self.path).path
                name = unquote(path.removeprefix("/files/"))
                if not path.startswith("/files/") or name not in fake.files:
                    self._reply(404)
                    return
                fake.downloads.append(name)
                data = fake.files[name]
                self.send_response(200)
                self.send_header("Content-Type", "application/octet-stream")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
