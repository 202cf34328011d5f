"""Data-subject requests: export, erase, restrict, unrestrict, rectify."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from bot.cli.common import JSON_HELP, TENANT_HELP, UsageError, emit, store, tenant_of
from scheduler import dsar

app = typer.Typer(help="Data-subject requests (GDPR Art. 15-21).", no_args_is_help=True)

TenantOpt = typer.Option(..., "--tenant", help=TENANT_HELP)
CandidateOpt = typer.Option(None, "--candidate", help="Pseudonymous candidate id.")
EmailOpt = typer.Option(None, "--email", help="The person's e-mail address.")


def _run(tenant: str, candidate: str | None, email: str | None, work):
    with store() as session:
        t = tenant_of(session, tenant)
        try:
            return work(session, dsar.find_candidate(session, t.id, candidate_id=candidate, email=email))
        except dsar.DsarError as exc:
            raise UsageError(str(exc)) from None


@app.command("export")
def export(
    tenant: str = TenantOpt,
    candidate: str = CandidateOpt,
    email: str = EmailOpt,
    out: Path = typer.Option(None, "--out", help="Write the bundle here instead of stdout."),
) -> None:
    """Everything we hold on one person, with match explanations and who decided what (JSON)."""
    bundle = _run(tenant, candidate, email, lambda s, c: dsar.export(s, c, actor="cli"))
    if out:
        out.write_text(json.dumps(bundle, ensure_ascii=False, indent=2), encoding="utf-8")
        typer.echo(f"written to {out}", err=True)
    else:
        emit(bundle)


@app.command("erase")
def erase(
    tenant: str = TenantOpt,
    candidate: str = CandidateOpt,
    email: str = EmailOpt,
    do_not_contact: bool = typer.Option(
        False, "--do-not-contact", help="Keep only a salted hash so we never contact them again."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Erase every copy: rows, vectors, files, suggestions and the bot's chat messages; print a receipt."""
    found = _run(tenant, candidate, email, lambda s, c: c)
    try:
        receipt = dsar.erase(found, actor="cli", do_not_contact=do_not_contact)
    except dsar.DsarError as exc:
        raise UsageError(str(exc)) from None
    if as_json:
        emit(receipt.to_json())
        return
    typer.echo(f"erased {receipt.candidate_id}: {receipt.state}")
    for name, count in receipt.removed.items():
        typer.echo(f"  {name}: {count}")
    if receipt.suppressed:
        typer.echo("  kept: a salted 'do not contact' hash")
    for item in receipt.pending:
        typer.echo(f"  pending (retried by the next sweep): {item}")


@app.command("restrict")
def restrict(tenant: str = TenantOpt, candidate: str = CandidateOpt, email: str = EmailOpt) -> None:
    """Art. 18: keep the data but exclude it from all processing."""
    _run(tenant, candidate, email, lambda s, c: dsar.set_restricted(s, c, True, actor="cli"))
    typer.echo("restricted", err=True)


@app.command("unrestrict")
def unrestrict(tenant: str = TenantOpt, candidate: str = CandidateOpt, email: str = EmailOpt) -> None:
    """Lift a restriction."""
    _run(tenant, candidate, email, lambda s, c: dsar.set_restricted(s, c, False, actor="cli"))
    typer.echo("unrestricted", err=True)


@app.command("rectify")
def rectify(
    tenant: str = TenantOpt,
    candidate: str = CandidateOpt,
    email: str = EmailOpt,
    set_: list[str] = typer.Option(..., "--set", help="field=value, for name, email or phone."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Art. 16: correct identity details."""
    changes = {}
    for item in set_:
        field, sep, value = item.partition("=")
        if not sep:
            raise UsageError(f"--set takes field=value, got {item!r}")
        changes[field.strip()] = value.strip()
    result = _run(tenant, candidate, email, lambda s, c: (dsar.rectify(s, c, changes, actor="cli"), c.id))
    if as_json:
        emit({"candidate_id": result[1], "rectified": sorted(changes)})
    else:
        typer.echo("rectified")
