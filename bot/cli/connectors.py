"""`fairmatch connectors add|list|test|sync|remove|rotate-key`: the places CVs and vacancies come from."""

from __future__ import annotations

import os

import typer

from bot.cli.common import JSON_HELP, TENANT_HELP, UsageError, emit, progress_bar, store, tenant_of
from connectors import registry
from connectors.base import ConnectorError
from storage.keys import rotate_all
from storage.models import ConnectorConfig

app = typer.Typer(help="Connectors: SharePoint/OneDrive, a local folder, an ATS feed.", no_args_is_help=True)


def _secret(secret_env: str | None, kind: str) -> str | None:
    if not registry.KINDS[kind][2]:
        return None
    if secret_env:
        value = os.environ.get(secret_env)
        if not value:
            raise UsageError(f"environment variable {secret_env} is empty or not set")
        return value
    return typer.prompt(f"secret for the {kind} connector", hide_input=True)


@app.command("add")
def add(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    kind: str = typer.Option(..., "--kind", help="folder | graph-drive | ats-webhook | ats-pull"),
    name: str = typer.Option(..., "--name"),
    path: str = typer.Option(None, "--path", help="folder: the directory to watch."),
    sourced: bool = typer.Option(False, "--sourced", help="Candidates did not apply themselves (Art. 14)."),
    drive: str = typer.Option(None, "--drive", help="graph-drive: drive id (document library or OneDrive)."),
    folder: str = typer.Option(
        None, "--folder", help="graph-drive: folder item id (default: the drive root)."
    ),
    entra_tenant: str = typer.Option(None, "--entra-tenant", help="graph-drive: Entra tenant id."),
    client_id: str = typer.Option(None, "--client-id", help="graph-drive: app (client) id."),
    url: str = typer.Option(None, "--url", help="ats-pull: the JSON endpoint."),
    secret_env: str = typer.Option(
        None, "--secret-env", help="Read the secret from this variable (else a prompt)."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Configure a connector; its secret is stored encrypted and never shown again."""
    if kind not in registry.KINDS:
        raise UsageError(f"unknown kind {kind!r}; use one of: {', '.join(registry.KINDS)}")
    given = {
        "path": path,
        "drive": drive,
        "folder": folder,
        "entra_tenant": entra_tenant,
        "client_id": client_id,
        "url": url,
    }
    options = {k: v for k, v in given.items() if v}
    if sourced:
        options["sourced"] = "true"
    if kind == "folder" and path:
        options["path"] = os.path.abspath(path)
    secret = _secret(secret_env, kind)
    with store() as session:
        try:
            config = registry.add(
                session, tenant_of(session, tenant).id, kind, name, options, secret, actor="cli"
            )
        except ConnectorError as exc:
            raise UsageError(str(exc)) from None
    if as_json:
        emit({"id": config.id, "name": config.name, "kind": config.kind})
    else:
        typer.echo(config.id)
        if kind == "ats-webhook":
            typer.echo(f"the ATS posts signed feeds to /connectors/ats/{config.id}", err=True)


def _row(config: ConnectorConfig) -> dict:
    return {
        "id": config.id,
        "name": config.name,
        "kind": config.kind,
        "enabled": config.enabled,
        "options": config.options,
        "has_secret": bool(config.secret_enc),
        "last_sync_at": config.last_sync_at.isoformat() if config.last_sync_at else None,
        "last_counts": config.last_counts,
        "last_error": config.last_error,
    }


@app.command("list")
def list_(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Connectors with their health: last sync, counts, last error."""
    from sqlmodel import select

    with store() as session:
        t = tenant_of(session, tenant)
        rows = [
            _row(c) for c in session.exec(select(ConnectorConfig).where(ConnectorConfig.tenant_id == t.id))
        ]
    if as_json:
        emit(rows)
        return
    for row in rows:
        counts = row["last_counts"]
        state = (
            f"error: {row['last_error']}"
            if row["last_error"]
            else (
                f"last sync {row['last_sync_at']}: +{counts.get('created', 0)} ~{counts.get('updated', 0)} "
                f"-{counts.get('deleted', 0)} !{counts.get('failed', 0)}"
                if row["last_sync_at"]
                else "never synced"
            )
        )
        typer.echo(f"{row['name']}\t{row['kind']}\t{state}")


@app.command("test")
def test(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    name: str = typer.Option(..., "--name"),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Check credentials and access, and say clearly what is wrong."""
    with store() as session:
        try:
            config = registry.find(session, tenant_of(session, tenant).id, name)
        except ConnectorError as exc:
            raise UsageError(str(exc)) from None
    health = registry.build(config).health()
    if as_json:
        emit({"name": name, "ok": health.ok, "detail": health.detail})
    else:
        typer.echo(("ok: " if health.ok else "FAILED: ") + health.detail)
    if not health.ok:
        raise typer.Exit(1)


@app.command("sync")
def sync(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    name: str = typer.Option(None, "--name", help="Only this connector."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Sync incrementally; print {created, updated, deleted, failed} per connector."""
    from connectors.sync import sync as run_sync
    from connectors.sync import sync_all

    with store() as session:
        t = tenant_of(session, tenant)
        try:
            config_id = registry.find(session, t.id, name).id if name else None
        except ConnectorError as exc:
            raise UsageError(str(exc)) from None
    with progress_bar("syncing") as advance:
        results = (
            [run_sync(config_id, on_progress=advance)] if config_id else sync_all(t.id, on_progress=advance)
        )
    if as_json:
        emit([r.to_json() for r in results])
    else:
        for r in results:
            line = (
                f"{r.name}: created {r.created}, updated {r.updated}, deleted {r.deleted}, failed {r.failed}"
            )
            typer.echo(line + (f" — {r.error}" if r.error else ""))
            for error in r.errors:
                typer.echo(f"  {error}", err=True)
    if any(r.error for r in results):
        raise typer.Exit(1)


@app.command("remove")
def remove(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP), name: str = typer.Option(..., "--name")
) -> None:
    """Remove a connector; the candidates it brought stay under the retention policy."""
    with store() as session:
        try:
            registry.remove(session, registry.find(session, tenant_of(session, tenant).id, name), actor="cli")
        except ConnectorError as exc:
            raise UsageError(str(exc)) from None
    typer.echo("removed", err=True)


@app.command("rotate-key")
def rotate_key(as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Re-encrypt every stored secret and identity under the first key in FAIRMATCH_SECRET_KEY."""
    with store() as session:
        counts = rotate_all(session, actor="cli")
    if as_json:
        emit(counts)
    else:
        typer.echo("re-encrypted: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
