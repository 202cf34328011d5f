"""A Graph drive and an Entra token endpoint on loopback, for the real msgraph-sdk and azure-identity.

Graph answers over HTTP (the SDK allows plain HTTP to localhost); the token endpoint needs HTTPS, so it
gets a throw-away self-signed certificate that the test trusts through REQUESTS_CA_BUNDLE.
"""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import json
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def _encode(state: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(state).encode()).decode()


def _decode(token: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(token.encode()))


def self_signed(folder: Path) -> tuple[Path, Path]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=1))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


class FakeGraph:
    """State of one drive: items by id, delta pages, and knobs for 429 and 401."""

    def __init__(self, folder: Path) -> None:
        self.files: dict[str, tuple[str, bytes]] = {}
        self.deleted: set[str] = set()
        self.delivered: dict[str, int] = {}  # delta token -> items already sent
        self.throttle_next = 0
        self.refuse = False
        self.requests: list[str] = []
        self.tokens_issued = 0
        self._version = 0
        cert, key = self_signed(folder)
        self.cert = cert
        self.graph = ThreadingHTTPServer(("127.0.0.1", 0), self._graph_handler())
        self.login = ThreadingHTTPServer(("127.0.0.1", 0), self._login_handler())
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.login.socket = context.wrap_socket(self.login.socket, server_side=True)

    @property
    def graph_url(self) -> str:
        return f"http://127.0.0.1:{self.graph.server_address[1]}/v1.0"

    @property
    def authority(self) -> str:
        return f"https://127.0.0.1:{self.login.server_address[1]}"

    def put(self, item_id: str, name: str, data: bytes) -> None:
        self.files[item_id] = (name, data)
        self.deleted.discard(item_id)
        self._version += 1

    def remove(self, item_id: str) -> None:
        self.files.pop(item_id, None)
        self.deleted.add(item_id)
        self._version += 1

    def start(self) -> FakeGraph:
        for server in (self.graph, self.login):
            threading.Thread(target=server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        for server in (self.graph, self.login):
            server.shutdown()

    # Delta: a token names what the client has seen; pages hold at most two items.
    def _changes_since(self, seen: dict[str, str]) -> list[dict]:
        items = [{"id": "folder-1", "name": "CVs", "folder": {"childCount": len(self.files)}}]
        for item_id, (name, data) in sorted(self.files.items()):
            tag = f"{len(data)}-{hash(data) & 0xFFFF}"
            if seen.get(item_id) != tag:
                items.append({"id": item_id, "name": name, "file": {"mimeType": "text/plain"}, "cTag": tag})
        items += [
            {"id": i, "name": None, "deleted": {"state": "deleted"}}
            for i in sorted(self.deleted)
            if i in seen
        ]
        return items

    def _graph_handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _json(self, status: int, body: dict, headers: dict | None = None) -> None:
                raw = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def do_GET(self):
                fake.requests.append(self.path)
                if fake.refuse or self.headers.get("Authorization") != "Bearer fake-graph-token":
                    return self._json(401, {"error": {"code": "InvalidAuthenticationToken", "message": "no"}})
                if fake.throttle_next:
                    fake.throttle_next -= 1
                    return self._json(
                        429,
                        {"error": {"code": "TooManyRequests", "message": "slow down"}},
                        {"Retry-After": "1"},
                    )
                url = urlparse(self.path)
                parts = url.path.split("/")
                base = f"{fake.graph_url}/drives/{parts[3]}/items/{parts[5]}/delta" if len(parts) > 5 else ""
                if url.path.endswith(("/delta", "/delta()")):
                    query = parse_qs(url.query)
                    seen = _decode(query["token"][0]) if "token" in query else {}
                    skip = int(query.get("skip", ["0"])[0])
                    changes = fake._changes_since(seen)
                    page, rest = changes[skip : skip + 2], changes[skip + 2 :]
                    body = {"value": page}
                    if rest:
                        body["@odata.nextLink"] = f"{base}?token={_encode(seen)}&skip={skip + 2}"
                    else:
                        now = {i: f"{len(d)}-{hash(d) & 0xFFFF}" for i, (_, d) in fake.files.items()}
                        body["@odata.deltaLink"] = f"{base}?token={_encode(now)}"
                    return self._json(200, body)
                if url.path.endswith("/content"):
                    _name, data = fake.files[parts[5]]
                    self.send_response(200)
                    self.send_header("Content-Type", "application/octet-stream")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return None
                if len(parts) == 4 and parts[2] == "drives":
                    return self._json(
                        200, {"id": parts[3], "name": "Recruitment CVs", "driveType": "documentLibrary"}
                    )
                return self._json(404, {"error": {"code": "itemNotFound", "message": "?"}})

        return Handler

    def _login_handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _json(self, body: dict) -> None:
                raw = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def do_GET(self):
                tenant = self.path.split("/")[1]
                base = f"{fake.authority}/{tenant}"
                self._json(
                    {
                        "token_endpoint": f"{base}/oauth2/v2.0/token",
                        "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                        "issuer": f"{base}/v2.0",
                        "device_authorization_endpoint": f"{base}/devicecode",
                    }
                )

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                form = parse_qs(self.rfile.read(length).decode())
                if form.get("client_secret") != ["graph-secret"]:
                    raw = json.dumps({"error": "invalid_client", "error_description": "bad secret"}).encode()
                    self.send_response(401)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(raw)))
                    self.end_headers()
                    self.wfile.write(raw)
                    return
                fake.tokens_issued += 1
                self._json({"access_token": "fake-graph-token", "token_type": "Bearer", "expires_in": 3600})

        return Handler
