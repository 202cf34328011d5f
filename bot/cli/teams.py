"""`fairmatch teams`: the uploadable Teams app, and Entra ID groups that give fairmatch roles."""

from __future__ import annotations

from pathlib import Path

import typer

from bot.cli.common import JSON_HELP, TENANT_HELP, UsageError, emit, store, tenant_of
from bot.teams import config, graph_roles
from bot.teams.package import AppIdentity, PackageError, build
from storage.models import Role

app = typer.Typer(help="The Microsoft Teams app.", no_args_is_help=True)
roles_app = typer.Typer(help="Roles from Entra ID group membership (Graph memberOf).", no_args_is_help=True)
app.add_typer(roles_app, name="roles")


@app.command("package")
def package(
    out: Path = typer.Option(Path("fairmatch-teams.zip"), "--out", help="Where to write the app zip."),
    domain: list[str] = typer.Option(
        [], "--domain", help="Domain fairmatch is served on (repeat for more); the first is its website."
    ),
    bot_id: str = typer.Option(
        None, "--bot-id", help="Entra app (client) id of the bot; default CONNECTIONS__…__CLIENTID."
    ),
    app_id: str = typer.Option(
        None, "--app-id", envvar="FAIRMATCH_TEAMS_APP_ID", help="Teams app id; default the bot id."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Build the Teams app package (manifest.json and icons) to upload in Teams or the admin center."""
    bot = bot_id or config.load().app_id
    if not bot:
        raise UsageError(
            "no bot id: set CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID or pass --bot-id"
        )
    try:
        path = build(AppIdentity(bot_id=bot, app_id=app_id or bot, domains=tuple(domain)), out)
    except PackageError as exc:
        raise UsageError(str(exc)) from None
    if as_json:
        emit({"path": str(path), "bot_id": bot.lower(), "app_id": (app_id or bot).lower(), "domains": domain})
    else:
        typer.echo(f"wrote {path}; upload it in Teams: Apps > Manage your apps > Upload an app")


def _role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise UsageError(f"unknown role {value!r}; use one of: {', '.join(r.value for r in Role)}") from None


@roles_app.command("set")
def roles_set(
    group: str = typer.Argument(..., help="Entra group object id."),
    role: str = typer.Argument(..., help="recruiter, hiring_manager or admin."),
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Members of GROUP get ROLE in Teams (the highest of their groups); members of no mapped group, none."""
    if not config.GUID.match(group):
        raise UsageError(f"not an Entra group id (a GUID): {group!r}")
    with store() as session:
        tenant_id = tenant_of(session, tenant).id
    _show(graph_roles.set_group_role(tenant_id, group, _role(role), actor="cli"), as_json)


@roles_app.command("remove")
def roles_remove(
    group: str = typer.Argument(..., help="Entra group object id."),
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Stop giving a role to GROUP's members; with no group left, roles come from `fairmatch users` again."""
    with store() as session:
        tenant_id = tenant_of(session, tenant).id
    _show(graph_roles.set_group_role(tenant_id, group, None, actor="cli"), as_json)


@roles_app.command("list")
def roles_list(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """The Entra groups that give roles in this tenant."""
    with store() as session:
        tenant_id = tenant_of(session, tenant).id
    _show({gid: role.value for gid, role in graph_roles.group_map(tenant_id).items()}, as_json)


def _show(groups: dict[str, str], as_json: bool) -> None:
    if as_json:
        emit(groups)
        return
    for gid, role in sorted(groups.items()):
        typer.echo(f"{gid}  {role}")
    if not groups:
        typer.echo("no Entra groups mapped: roles come from `fairmatch users`", err=True)
