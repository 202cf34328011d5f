"""Secrets and identities at rest: Fernet with keys from the environment, salted identity hashes.

FAIRMATCH_SECRET_KEY holds one or more comma-separated Fernet keys, newest first, so keys rotate
without losing data (MultiFernet). With no key set, the embedded default makes one in the data dir
(mode 0600) and says so; production sets the environment variable.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import unicodedata

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from storage.settings import get_settings

log = logging.getLogger(__name__)


class SecretError(Exception):
    """A secret could not be decrypted: wrong or rotated-away key."""


def _local_key_file() -> str:
    path = get_settings().data_dir / "secret.key"
    if not path.exists():
        get_settings().ensure_dirs()
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(Fernet.generate_key())
        log.warning("FAIRMATCH_SECRET_KEY is not set; generated a local key in the data dir")
    return path.read_text().strip()


def _keys() -> list[str]:
    raw = get_settings().secret_key or _local_key_file()
    return [k.strip() for k in raw.split(",") if k.strip()]


def _fernet() -> MultiFernet:
    return MultiFernet([Fernet(k.encode()) for k in _keys()])


def encrypt(plain: str) -> str:
    return _fernet().encrypt(plain.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken as exc:
        raise SecretError("cannot decrypt a stored secret: the key is wrong or was rotated away") from exc


def rotate(token: str) -> str:
    """Re-encrypt under the newest key (the first in FAIRMATCH_SECRET_KEY)."""
    try:
        return _fernet().rotate(token.encode("ascii")).decode("ascii")
    except InvalidToken as exc:
        raise SecretError("cannot rotate a stored secret: none of the keys opens it") from exc


def _salt() -> bytes:
    salt = get_settings().identity_salt
    if salt:
        return salt.encode()
    return hashlib.sha256(("identity-salt:" + _keys()[-1]).encode()).digest()


def normalise_identity(value: str) -> str:
    text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return " ".join(text.split())


def identity_hash(value: str) -> str:
    """Salted hash of a name or e-mail: enough to honour 'do not contact', useless to re-identify."""
    return hmac.new(_salt(), normalise_identity(value).encode(), hashlib.sha256).hexdigest()
