"""`fairmatch ingest --tenant T PATH...`: CVs from files and folders into the tenant's candidate pool."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import typer

from bot.cli.common import JSON_HELP, TENANT_HELP, UsageError, emit, progress, store, tenant_of


def ingest(
    paths: list[Path] = typer.Argument(..., help="CV files or folders (searched recursively)."),
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    sourced: bool = typer.Option(
        False, "--sourced", help="Found by a recruiter rather than applied (the candidate must be informed)."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP + " One object per file."),
) -> None:
    """Parse, redact, profile and index CVs (PDF, DOCX, TXT, MD, JSON export). Re-ingesting updates."""
    from retrieval.ingest import expand_paths, ingest_paths

    with store() as session:
        tenant_id = tenant_of(session, tenant).id
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    files = expand_paths(paths)
    if not files:
        raise UsageError("no CV files found (PDF, DOCX, TXT, MD or JSON)")
    counts: Counter[str] = Counter()
    bar = progress(iter(files), total=len(files), label="ingesting")

    def on_progress(result) -> None:
        counts[result.status] += 1
        next(bar, None)
        if as_json:
            emit(result.to_json())

    next(bar, None)  # show the bar at 0 of N; each finished file advances it
    results = ingest_paths(
        tenant_id, files, source="sourced" if sourced else "applicant", on_progress=on_progress
    )
    skipped = [r for r in results if r.status == "skipped"]
    if not as_json:
        for r in results:
            if r.status == "skipped":
                typer.echo(f"skipped  {r.path}: {r.error}")
            else:
                typer.echo(f"{r.status:8} {r.path} -> {r.candidate_id}")
    typer.echo(
        f"{len(results)} file(s): {counts['created']} created, {counts['updated']} updated, "
        f"{len(skipped)} skipped",
        err=True,
    )
