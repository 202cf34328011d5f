"""`fairmatch ai pause|resume|status`: the AI stop switch for operators (AI Act Art. 14(4)(e)).

Whoever runs the CLI operates the installation, so no chat role is checked here; the event is audited with
actor "cli". In chat, only an admin can flip the switch.
"""

from __future__ import annotations

import typer

from bot.cli.common import JSON_HELP, TENANT_HELP, UsageError, emit, store, tenant_of
from bot.core.stop_switch import set_paused
from storage.models import Vacancy

app = typer.Typer(help="Pause or resume AI suggestions per tenant or per vacancy.", no_args_is_help=True)

VACANCY_HELP = "Vacancy id: switch only this vacancy (default: the whole tenant)."


def _switch(tenant_ref: str, vacancy_id: str | None, paused: bool, as_json: bool) -> None:
    with store() as session:
        tenant = tenant_of(session, tenant_ref)
        vacancy = None
        if vacancy_id:
            vacancy = session.get(Vacancy, vacancy_id)
            if vacancy is None or vacancy.tenant_id != tenant.id:
                raise UsageError(f"no vacancy {vacancy_id!r} in tenant {tenant.name}")
        change = set_paused(session, tenant, paused, vacancy=vacancy, actor="cli", channel="cli")
        scope = "vacancy" if vacancy else "tenant"
        target = vacancy.id if vacancy else tenant.id
    state = "paused" if paused else "active"
    if as_json:
        emit({"scope": scope, "id": target, "ai": state, "changed": change is not None})
    else:
        typer.echo(f"AI suggestions {state} for {scope} {target}" + ("" if change else " (unchanged)"))


@app.command("pause")
def pause(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    vacancy: str = typer.Option(None, "--vacancy", help=VACANCY_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Stop AI suggestions: no matches are shown until resumed."""
    _switch(tenant, vacancy, True, as_json)


@app.command("resume")
def resume(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    vacancy: str = typer.Option(None, "--vacancy", help=VACANCY_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Allow AI suggestions again."""
    _switch(tenant, vacancy, False, as_json)


@app.command("status")
def status(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Show where AI suggestions are paused."""
    from sqlmodel import select

    with store() as session:
        t = tenant_of(session, tenant)
        paused = [
            v.id for v in session.exec(select(Vacancy).where(Vacancy.tenant_id == t.id, Vacancy.ai_paused))
        ]
        tenant_paused = t.ai_paused
    if as_json:
        emit({"tenant_paused": tenant_paused, "paused_vacancies": paused})
    else:
        typer.echo(
            f"tenant: {'paused' if tenant_paused else 'active'}; paused vacancies: {', '.join(paused) or '–'}"
        )
