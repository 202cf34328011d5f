"""Admin configuration of connectors: kinds and their options, encrypted secrets, and building one."""

from __future__ import annotations

from sqlmodel import Session, select

from connectors.ats import AtsPullConnector, AtsWebhookConnector
from connectors.base import Connector, ConnectorError
from connectors.folder import FolderConnector
from storage import audit, crypto
from storage.models import ConnectorConfig

# kind -> (required options, optional options, takes a secret)
KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    "folder": (("path",), ("sourced",), False),
    "graph-drive": (("drive", "entra_tenant", "client_id"), ("folder", "sourced"), True),
    "ats-webhook": ((), (), True),
    "ats-pull": (("url",), (), True),
}


def build(config: ConnectorConfig) -> Connector:
    """The live connector for a stored configuration; its secret is decrypted only here."""
    options = config.options
    secret = crypto.decrypt(config.secret_enc) if config.secret_enc else None
    sourced = str(options.get("sourced", "")).lower() in ("1", "true", "yes")
    if config.kind == "folder":
        return FolderConnector(options["path"], sourced=sourced)
    if config.kind == "ats-pull":
        return AtsPullConnector(options["url"], secret)
    if config.kind == "ats-webhook":
        return AtsWebhookConnector(secret)
    if config.kind == "graph-drive":
        from connectors.graph_drive import GraphDriveConnector

        return GraphDriveConnector(
            drive=options["drive"],
            folder=options.get("folder"),
            entra_tenant=options["entra_tenant"],
            client_id=options["client_id"],
            client_secret=secret,
            sourced=sourced,
        )
    raise ConnectorError(f"unknown connector kind {config.kind!r}")


def add(
    session: Session,
    tenant_id: str,
    kind: str,
    name: str,
    options: dict[str, str],
    secret: str | None,
    *,
    actor: str,
) -> ConnectorConfig:
    if kind not in KINDS:
        raise ConnectorError(f"unknown kind {kind!r}; use one of: {', '.join(KINDS)}")
    required, optional, takes_secret = KINDS[kind]
    missing = [opt for opt in required if not options.get(opt)]
    if missing:
        raise ConnectorError(f"{kind} needs {', '.join('--' + m.replace('_', '-') for m in missing)}")
    unknown = set(options) - set(required) - set(optional)
    if unknown:
        raise ConnectorError(f"{kind} does not take {', '.join(sorted(unknown))}")
    if takes_secret and not secret:
        raise ConnectorError(f"{kind} needs a secret (--secret-env VAR, or type it at the prompt)")
    if session.exec(
        select(ConnectorConfig).where(ConnectorConfig.tenant_id == tenant_id, ConnectorConfig.name == name)
    ).first():
        raise ConnectorError(f"a connector named {name!r} already exists")
    config = ConnectorConfig(
        tenant_id=tenant_id,
        name=name,
        kind=kind,
        options=options,
        secret_enc=crypto.encrypt(secret) if secret else None,
    )
    session.add(config)
    session.flush()
    audit.record(
        session,
        "connector.added",
        actor=actor,
        tenant_id=tenant_id,
        details={"connector_id": config.id, "kind": kind},
    )
    return config


def find(session: Session, tenant_id: str, name: str) -> ConnectorConfig:
    config = session.exec(
        select(ConnectorConfig).where(ConnectorConfig.tenant_id == tenant_id, ConnectorConfig.name == name)
    ).first()
    if config is None:
        raise ConnectorError(f"no connector named {name!r}; see `fairmatch connectors list`")
    return config


def remove(session: Session, config: ConnectorConfig, *, actor: str) -> None:
    """Forget the configuration; candidates it brought stay under the retention policy."""
    session.delete(config)
    audit.record(
        session,
        "connector.removed",
        actor=actor,
        tenant_id=config.tenant_id,
        details={"connector_id": config.id, "kind": config.kind},
    )
