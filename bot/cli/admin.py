"""Administration: migrations, the audit chain, tenants and users."""

from __future__ import annotations

import typer

from bot.cli.common import JSON_HELP, TENANT_HELP, UsageError, emit, store, tenant_of
from storage import audit, db
from storage.directory import add_tenant, add_user, link_tenant, list_users, tenant_links
from storage.models import Tenant

db_app = typer.Typer(help="Database migrations.", no_args_is_help=True)
audit_app = typer.Typer(help="The hash-chained audit log.", no_args_is_help=True)
tenants_app = typer.Typer(help="Customer organisations and their Slack/Teams links.", no_args_is_help=True)
users_app = typer.Typer(help="Users, their roles and chat identities.", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Run the migrations to the newest schema (safe to repeat)."""
    db.upgrade()
    typer.echo("database is up to date", err=True)


@audit_app.command("verify")
def audit_verify(as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Recompute the hash chain; exit 1 naming the first bad event if any row was altered or removed."""
    with store() as session:
        result = audit.verify(session)
    if as_json:
        emit(
            {
                "ok": result.ok,
                "checked": result.checked,
                "first_bad_id": result.first_bad_id,
                "problem": result.problem,
            }
        )
    elif result.ok:
        typer.echo(f"audit chain intact: {result.checked} events")
    else:
        typer.echo(f"audit chain broken at event {result.first_bad_id}: {result.problem}", err=True)
    if not result.ok:
        raise typer.Exit(1)


@tenants_app.command("add")
def tenants_add(
    name: str,
    slack_team: str = typer.Option(None, "--slack-team", help="Slack team (workspace) id."),
    teams_tenant: str = typer.Option(None, "--teams-tenant", help="Microsoft Entra tenant id."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Add a tenant and print its id."""
    with store() as session:
        tenant = add_tenant(session, name, actor="cli")
        if slack_team:
            link_tenant(session, tenant, "slack_team", slack_team, actor="cli")
        if teams_tenant:
            link_tenant(session, tenant, "teams_tenant", teams_tenant, actor="cli")
    if as_json:
        emit({"tenant_id": tenant.id, "name": tenant.name})
    else:
        typer.echo(tenant.id)


@tenants_app.command("link")
def tenants_link(
    tenant: str = typer.Argument(..., help=TENANT_HELP),
    slack_team: str = typer.Option(None, "--slack-team"),
    slack_enterprise: str = typer.Option(None, "--slack-enterprise"),
    teams_tenant: str = typer.Option(None, "--teams-tenant"),
) -> None:
    """Link a Slack team/enterprise or a Teams tenant to a tenant."""
    links = [
        ("slack_team", slack_team),
        ("slack_enterprise", slack_enterprise),
        ("teams_tenant", teams_tenant),
    ]
    given = [(kind, value) for kind, value in links if value]
    if len(given) != 1:
        raise UsageError("give exactly one of --slack-team, --slack-enterprise, --teams-tenant")
    with store() as session:
        link_tenant(session, tenant_of(session, tenant), *given[0], actor="cli")
    typer.echo("linked", err=True)


@tenants_app.command("list")
def tenants_list(as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """List tenants with their links."""
    from sqlmodel import select

    with store() as session:
        rows = [
            {
                "id": t.id,
                "name": t.name,
                "ai_paused": t.ai_paused,
                "links": [
                    {"kind": link.kind, "id": link.external_id} for link in tenant_links(session, t.id)
                ],
            }
            for t in session.exec(select(Tenant).order_by(Tenant.created_at))
        ]
    if as_json:
        emit(rows)
        return
    for row in rows:
        links = ", ".join(f"{link['kind']}={link['id']}" for link in row["links"]) or "no links"
        typer.echo(f"{row['id']}\t{row['name']}\t{links}")


@users_app.command("add")
def users_add(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    role: str = typer.Option(..., "--role", help="recruiter | hiring_manager | admin"),
    slack_user: str = typer.Option(None, "--slack-user", help="Slack user id (U...)."),
    teams_user: str = typer.Option(None, "--teams-user", help="Teams user's Entra aadObjectId."),
    name: str = typer.Option(None, "--name"),
    trained_overseer: bool = typer.Option(False, "--trained-overseer", help="Trained for human oversight."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Add a user with a role and optional Slack/Teams identities; print the user id."""
    with store() as session:
        user = add_user(
            session,
            tenant_of(session, tenant),
            role,
            name=name,
            slack_user_id=slack_user,
            teams_user_id=teams_user,
            trained_overseer=trained_overseer,
            actor="cli",
        )
    if as_json:
        emit({"id": user.id, "role": user.role.value, "name": user.name})
    else:
        typer.echo(user.id)


@users_app.command("list")
def users_list(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """List a tenant's users."""
    with store() as session:
        rows = [
            {
                "id": u.id,
                "name": u.name,
                "role": u.role.value,
                "slack_user": u.slack_user_id,
                "teams_user": u.teams_user_id,
                "trained_overseer": u.trained_overseer,
            }
            for u in list_users(session, tenant_of(session, tenant))
        ]
    if as_json:
        emit(rows)
        return
    for row in rows:
        typer.echo(f"{row['id']}\t{row['role']}\t{row['name']}")
