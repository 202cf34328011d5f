"""The uploadable Teams app: `manifest.json` filled in from the settings, plus the two icons, zipped.

Upload the zip in Teams (Apps > Manage your apps > Upload an app; "Upload a custom app" must be allowed by
the Teams admin) or publish it to the organisation's app catalogue in the Teams admin center.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from bot.teams.config import GUID

HERE = Path(__file__).parent
MANIFEST = HERE / "manifest.json"
ICONS = ("color.png", "outline.png")
DOMAIN = re.compile(r"^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d+)?$", re.I)


class PackageError(ValueError):
    """The settings cannot make a valid app package; the message says which one."""


@dataclass(frozen=True)
class AppIdentity:
    bot_id: str  # the Entra app (client) id of the bot registration
    app_id: str  # the Teams app id; the bot id unless the organisation wants another
    domains: tuple[str, ...]  # where fairmatch is served, e.g. fairmatch.example.nl; the first is the website


def _semver(raw: str) -> str:
    """Teams accepts only MAJOR.MINOR.PATCH."""
    parts = re.findall(r"\d+", raw)[:3]
    return ".".join([*parts, "0", "0", "0"][:3])


def manifest(identity: AppIdentity, app_version: str | None = None) -> dict[str, Any]:
    for label, value in (("bot id", identity.bot_id), ("app id", identity.app_id)):
        if not GUID.match(value or ""):
            raise PackageError(
                f"the {label} must be a GUID (the Entra app registration's client id), got {value!r}"
            )
    if not identity.domains:
        raise PackageError("give the domain fairmatch is served on (--domain fairmatch.example.nl)")
    for domain in identity.domains:
        if not DOMAIN.match(domain):
            raise PackageError(
                f"not a domain name: {domain!r} (no scheme or path, e.g. fairmatch.example.nl)"
            )
    raw = MANIFEST.read_text(encoding="utf-8")
    website = identity.domains[0].removeprefix("*.")
    filled = (
        raw.replace("{{VERSION}}", _semver(app_version or version("fairmatch")))
        .replace("{{APP_ID}}", identity.app_id.lower())
        .replace("{{BOT_ID}}", identity.bot_id.lower())
        .replace("{{DOMAIN}}", website)
    )
    data = json.loads(filled)
    data["validDomains"] = list(dict.fromkeys(identity.domains))
    return data


def build(identity: AppIdentity, out: Path, app_version: str | None = None) -> Path:
    """Write the app zip (manifest.json and both icons at the root, as Teams requires)."""
    data = manifest(identity, app_version)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(data, indent=2, ensure_ascii=False))
        for icon in ICONS:
            zf.write(HERE / icon, icon)
    return out
