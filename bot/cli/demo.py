"""`fairmatch demo seed`: the demo tenant, users, vacancies and synthetic CVs."""

from __future__ import annotations

import typer

from bot.cli.common import JSON_HELP, emit, progress_bar

app = typer.Typer(help="Demo data.", no_args_is_help=True)


@app.command("seed")
def seed(as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Load the demo tenant, users, vacancies and CVs (idempotent)."""
    from bot.demo.seed import DEMO_DIR
    from bot.demo.seed import seed as run_seed
    from retrieval.ingest import expand_paths

    with progress_bar("ingesting demo CVs", total=len(expand_paths([DEMO_DIR / "cvs"]))) as advance:
        result = run_seed(on_progress=lambda _result: advance(1))
    if as_json:
        emit(result.to_json())
        return
    typer.echo(
        f"demo tenant {result.tenant_id}: {len(result.users)} users, "
        f"{len(result.vacancies)} vacancies, {result.candidates} candidates"
    )
    for user in result.users:
        typer.echo(f"  user {user['id']:<10} {user['role']:<15} {user['name']}")
    for vacancy in result.vacancies:
        typer.echo(f"  vacancy {vacancy['id']:<12} {vacancy['title']}")
    for item in result.skipped:
        typer.echo(f"  skipped {item['path']}: {item['error']}", err=True)
