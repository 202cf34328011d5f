"""A fake Microsoft Graph on 127.0.0.1 that answers `GET /v1.0/users/{id}/memberOf`.

`throttle_once()` makes the next call answer 429 with `Retry-After`, as Graph does under load.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit


@dataclass
class Call:
    path: str
    status: int
    token: str | None
    at: float = field(default_factory=time.monotonic)


class FakeGraph:
    def __init__(self) -> None:
        self.members: dict[str, list[str]] = {}  # object id -> group ids
        self.calls: list[Call] = []
        self._throttle: list[int] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1.0"

    def start(self) -> FakeGraph:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def reset(self) -> None:
        self.members.clear()
        self.calls.clear()
        self._throttle.clear()

    def throttle_once(self, retry_after: int = 1) -> None:
        self._throttle.append(retry_after)

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args) -> None:
                pass

            def _json(self, status: int, body: dict, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                path = unquote(urlsplit(self.path).path)
                auth = self.headers.get("Authorization") or ""
                token = auth.split(" ", 1)[1] if auth.lower().startswith("bearer ") else None
                parts = path.strip("/").split("/")
                if fake._throttle:
                    retry_after = fake._throttle.pop(0)
                    fake.calls.append(Call(path, 429, token))
                    self._json(
                        429,
                        {"error": {"code": "TooManyRequests", "message": "throttled"}},
                        {"Retry-After": str(retry_after)},
                    )
                    return
                if len(parts) != 4 or parts[:2] != ["v1.0", "users"] or parts[3] != "memberOf":
                    fake.calls.append(Call(path, 404, token))
                    self._json(404, {"error": {"code": "Request_ResourceNotFound"}})
                    return
                if token is None:
                    fake.calls.append(Call(path, 401, token))
                    self._json(401, {"error": {"code": "InvalidAuthenticationToken"}})
                    return
                fake.calls.append(Call(path, 200, token))
                groups = fake.members.get(parts[2].lower(), [])
                value = [
                    {"@odata.type": "#microsoft.graph.group", "id": g, "displayName": "g"} for g in groups
                ]
                value.append({"@odata.type": "#microsoft.graph.directoryRole", "id": "role-not-a-group"})
                self._json(
                    200, {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata", "value": value}
                )

        return Handler
