"""Retention: preview and run the sweep (with time travel), policies, consent, and the scheduler worker."""

from __future__ import annotations

from datetime import UTC, datetime

import typer

from bot.cli.common import JSON_HELP, TENANT_HELP, UsageError, emit, progress_bar, store, tenant_of
from scheduler import consent as consents
from scheduler import policies
from scheduler.dsar import DsarError, find_candidate

app = typer.Typer(help="Retention policies, preview and sweep.", no_args_is_help=True)
consent_app = typer.Typer(help="Record consent, its refusal and its withdrawal.", no_args_is_help=True)
scheduler_app = typer.Typer(help="The job scheduler, as a separate worker.", no_args_is_help=True)


def parse_when(value: str | None, flag: str) -> datetime | None:
    """ISO date or date-time; naive values are UTC."""
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{flag} takes an ISO date like 2027-01-31 or 2027-01-31T12:00") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _tenant_id(tenant: str | None) -> str | None:
    if tenant is None:
        return None
    with store() as session:
        return tenant_of(session, tenant).id


@app.command("preview")
def preview(
    at: str = typer.Option(None, "--at", help="Pretend it is this date (ISO)."),
    tenant: str = typer.Option(None, "--tenant", help=TENANT_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """List what a sweep would delete, and why; and what it keeps because of a hold or restriction."""
    from scheduler.sweep import preview as run_preview

    due = run_preview(parse_when(at, "--at"), tenant_id=_tenant_id(tenant))
    if as_json:
        emit([d.to_json() for d in due])
        return
    if not due:
        typer.echo("nothing is due for deletion")
    for d in due:
        status = f"KEPT ({d.blocked_by})" if d.blocked_by else "delete"
        typer.echo(f"{d.candidate_id}\t{status}\tdue {d.due_at.date()}\t{d.reason}")


@app.command("sweep")
def sweep(
    now: str = typer.Option(None, "--now", help="Run as if it were this date (ISO)."),
    tenant: str = typer.Option(None, "--tenant", help=TENANT_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Delete what is due, everywhere it is held; print counts per category."""
    from scheduler.sweep import sweep as run_sweep

    with progress_bar("retention sweep") as advance:
        result = run_sweep(parse_when(now, "--now"), tenant_id=_tenant_id(tenant), on_progress=advance)
    if as_json:
        emit(result.to_json())
    elif not result.ran:
        typer.echo("another runner is sweeping right now; nothing done", err=True)
    else:
        deleted = ", ".join(f"{k}: {v}" for k, v in sorted(result.deleted.items())) or "nothing"
        typer.echo(
            f"deleted {deleted}; kept under hold/restriction: {sum(result.blocked.values())}; "
            f"resumed: {result.resumed}; chat deletions pending: {result.pending}"
        )


@app.command("policy")
def policy(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    category: str = typer.Option(None, "--category", help="applicant | sourced | audit"),
    days: int = typer.Option(None, "--days"),
    days_with_consent: int = typer.Option(None, "--days-with-consent"),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Show the tenant's retention terms, or change one (admins)."""
    with store() as session:
        t = tenant_of(session, tenant)
        if category is not None:
            if days is None:
                raise UsageError("give --days with --category")
            try:
                policies.set_term(session, t.id, category, days, days_with_consent, actor="cli")
            except policies.PolicyError as exc:
                raise UsageError(str(exc)) from None
        terms = policies.terms(session, t.id)
    rows = {
        name: {"days": term.days, "days_with_consent": term.days_with_consent} for name, term in terms.items()
    }
    if as_json:
        emit(rows)
        return
    for name, row in rows.items():
        extra = f", {row['days_with_consent']} with consent" if row["days_with_consent"] else ""
        typer.echo(f"{name}: {row['days']} days{extra}")


def _consent_change(action: str, tenant: str, candidate: str, purpose: str, source: str) -> None:
    with store() as session:
        t = tenant_of(session, tenant)
        try:
            row = find_candidate(session, t.id, candidate_id=candidate)
            {"grant": consents.grant, "refuse": consents.refuse, "withdraw": consents.withdraw}[action](
                session, row, purpose, source, actor="cli"
            )
        except (DsarError, consents.ConsentError) as exc:
            raise UsageError(str(exc)) from None
    typer.echo(f"consent {action} recorded", err=True)


@consent_app.command("grant")
def consent_grant(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    candidate: str = typer.Option(..., "--candidate"),
    purpose: str = typer.Option("talent_pool", "--purpose"),
    source: str = typer.Option(..., "--source", help="Where it came from: email, form, chat..."),
) -> None:
    """Record consent; it runs for the tenant's 'with consent' term."""
    _consent_change("grant", tenant, candidate, purpose, source)


@consent_app.command("refuse")
def consent_refuse(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    candidate: str = typer.Option(..., "--candidate"),
    purpose: str = typer.Option("contact", "--purpose"),
    source: str = typer.Option(..., "--source"),
) -> None:
    """Record that the candidate said no (purpose contact: keep only a 'do not contact' record)."""
    _consent_change("refuse", tenant, candidate, purpose, source)


@consent_app.command("withdraw")
def consent_withdraw(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    candidate: str = typer.Option(..., "--candidate"),
    purpose: str = typer.Option("talent_pool", "--purpose"),
    source: str = typer.Option(..., "--source"),
) -> None:
    """Record the withdrawal of consent."""
    _consent_change("withdraw", tenant, candidate, purpose, source)


@scheduler_app.command("run")
def scheduler_run() -> None:
    """Run the jobs (retention sweep hourly, consent renewal and audit retention daily) in the foreground."""
    from scheduler.jobs import blocking

    typer.echo("scheduler running; Ctrl-C stops it", err=True)
    blocking().start()
