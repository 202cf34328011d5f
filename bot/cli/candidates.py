"""`fairmatch candidates informed`: record that a candidate was told we hold their data (Art. 14)."""

from __future__ import annotations

import typer

from bot.cli.common import TENANT_HELP, UsageError, store, tenant_of
from scheduler.dsar import DsarError, find_candidate
from scheduler.inform import mark_informed

app = typer.Typer(help="Candidate records.", no_args_is_help=True)


@app.command("informed")
def informed(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    candidate: str = typer.Option(..., "--candidate"),
    how: str = typer.Option("email", "--how", help="How they were informed."),
) -> None:
    """Record that the candidate was informed, which stops the reminders."""
    with store() as session:
        try:
            mark_informed(
                session,
                find_candidate(session, tenant_of(session, tenant).id, candidate_id=candidate),
                actor="cli",
                how=how,
            )
        except DsarError as exc:
            raise UsageError(str(exc)) from None
    typer.echo("recorded", err=True)
