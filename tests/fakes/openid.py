"""A fake Microsoft identity platform on 127.0.0.1, so the Teams app's authentication runs for real.

- OpenID metadata and a JWKS with our own RSA key (plain HTTP): the SDK validates incoming Bot Service
  tokens against it (`FAIRMATCH_TEAMS_OPENID_METADATA`); `bot_token(...)` signs such tokens.
- A token endpoint over HTTPS (MSAL and azure-identity accept nothing else), with a self-signed
  certificate written to `ca_file`: the bot's outgoing calls get their access token here. It serves the
  ADFS-style metadata MSAL reads without instance discovery, and Entra's `/{tenant}/oauth2/v2.0/token`.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import secrets
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

BOT_ISSUER = "https://api.botframework.com"


def _rsa() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _self_signed(key: rsa.RSAPrivateKey, directory: Path) -> tuple[Path, Path]:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake-login.local")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "fake-login.pem", directory / "fake-login.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


class FakeIdentity:
    def __init__(self, directory: Path) -> None:
        self.key = _rsa()
        self.kid = secrets.token_hex(8)
        self.token_requests: list[dict[str, str]] = []
        self.access_token = "fake-access-" + secrets.token_hex(6)
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._https = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.ca_file, key_file = _self_signed(_rsa(), directory)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.ca_file, key_file)
        self._https.socket = context.wrap_socket(self._https.socket, server_side=True)
        self._threads = [
            threading.Thread(target=s.serve_forever, daemon=True) for s in (self._http, self._https)
        ]

    # --- addresses ---
    @property
    def url(self) -> str:
        host, port = self._http.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def secure_url(self) -> str:
        host, port = self._https.server_address[:2]
        return f"https://{host}:{port}"

    @property
    def metadata_url(self) -> str:
        return f"{self.url}/v1/.well-known/openidconfiguration"

    @property
    def adfs_authority(self) -> str:
        return f"{self.secure_url}/adfs"

    def start(self) -> FakeIdentity:
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        for server in (self._http, self._https):
            server.shutdown()
            server.server_close()

    def reset(self) -> None:
        self.token_requests.clear()

    # --- tokens ---
    def jwks(self) -> dict[str, Any]:
        public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        return {"keys": [{**public, "kid": self.kid, "use": "sig", "alg": "RS256"}]}

    def bot_token(
        self,
        audience: str,
        *,
        service_url: str = "",
        issuer: str = BOT_ISSUER,
        expires_in: int = 3600,
        key: rsa.RSAPrivateKey | None = None,
    ) -> str:
        """A token like the one Azure Bot Service sends with each activity."""
        now = int(time.time())
        claims = {"iss": issuer, "aud": audience, "iat": now - 10, "nbf": now - 10, "exp": now + expires_in}
        if service_url:
            claims["serviceurl"] = service_url
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers={"kid": self.kid})

    # --- server ---
    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args) -> None:
                pass

            def _json(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _base(self) -> str:
                return fake.secure_url if isinstance(self.connection, ssl.SSLSocket) else fake.url

            def do_GET(self) -> None:
                path = urlsplit(self.path).path
                base = self._base()
                if path == "/v1/.well-known/openidconfiguration":
                    self._json(200, {"issuer": BOT_ISSUER, "jwks_uri": f"{base}/v1/keys"})
                elif path == "/v1/keys":
                    self._json(200, fake.jwks())
                elif path.endswith("/.well-known/openid-configuration"):
                    tenant = path.split("/")[1]
                    token = (
                        f"{base}/{tenant}/oauth2/token"
                        if tenant == "adfs"
                        else f"{base}/{tenant}/oauth2/v2.0/token"
                    )
                    self._json(
                        200,
                        {
                            "issuer": f"{base}/{tenant}",
                            "authorization_endpoint": f"{base}/{tenant}/oauth2/authorize",
                            "token_endpoint": token,
                        },
                    )
                else:
                    self._json(404, {"error": "not_found"})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = dict(parse_qsl(self.rfile.read(length).decode()))
                if not urlsplit(self.path).path.endswith("/token"):
                    self._json(404, {"error": "not_found"})
                    return
                fake.token_requests.append({"path": self.path, **form})
                if form.get("grant_type") != "client_credentials" or not form.get("client_secret"):
                    self._json(400, {"error": "invalid_request"})
                    return
                self._json(
                    200, {"token_type": "Bearer", "expires_in": 3600, "access_token": fake.access_token}
                )

        return Handler
