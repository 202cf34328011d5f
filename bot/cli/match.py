"""`fairmatch match --tenant T --vacancy ID`: the ranked, explained candidates for a vacancy."""

from __future__ import annotations

import typer

from bot.cli.common import JSON_HELP, TENANT_HELP, UsageError, emit, store, tenant_of


def match(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    vacancy: str = typer.Option(..., "--vacancy", help="Vacancy id."),
    top: int = typer.Option(10, "--top", min=1, max=200, help="How many candidates."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP + " One array."),
) -> None:
    """Candidates who meet the vacancy's requirements, each requirement backed by a quote from the CV."""
    from retrieval.index import IndexBusyError
    from retrieval.matching import MatchError
    from retrieval.matching import match as run_match

    with store() as session:
        t = tenant_of(session, tenant)
        try:
            results = run_match(session, t.id, vacancy, top_k=top)
        except MatchError as exc:
            raise UsageError(str(exc)) from None
        except IndexBusyError as exc:
            raise typer.Exit(_busy(str(exc))) from None
    if as_json:
        emit([r.to_json() for r in results])
        return
    if not results:
        typer.echo("no candidates in the index for this tenant yet (see `fairmatch ingest`)")
        return
    for rank, r in enumerate(results, start=1):
        typer.echo(f"{rank:>2}. {r.candidate_id}  score {r.score:.3f}  {r.summary}")
        for m in r.matched:
            typer.echo(f'      + {m.requirement}: "{m.evidence.text}"')
        for req in r.missing:
            typer.echo(f"      - missing: {req}")


def _busy(message: str) -> int:
    typer.echo(f"error: {message}", err=True)
    return 1
