"""`fairmatch vacancy add|list|show|edit|close`: vacancies and their must-have / nice-to-have requirements."""

from __future__ import annotations

from pathlib import Path

import typer

from bot.cli.common import JSON_HELP, TENANT_HELP, UsageError, emit, store, tenant_of

app = typer.Typer(help="Vacancies: add from text, review and edit requirements, close.", no_args_is_help=True)

TenantOpt = typer.Option(..., "--tenant", help=TENANT_HELP)
JsonOpt = typer.Option(False, "--json", help=JSON_HELP)


def _read(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UsageError(f"no such file: {file}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {file}: {type(exc).__name__}") from None


def _print(vacancy) -> None:
    typer.echo(f"{vacancy.id}  {vacancy.title}  [{vacancy.status}]")
    if vacancy.location:
        typer.echo(f"location:  {vacancy.location}")
    if vacancy.languages:
        typer.echo(f"languages: {', '.join(vacancy.languages)}")
    for kind, label in (("must", "must-have"), ("nice", "nice-to-have")):
        items = vacancy.requirements.get(kind, [])
        typer.echo(f"{label} ({len(items)}):")
        for item in items:
            typer.echo(f"  - {item}")


@app.command("add")
def add(
    tenant: str = TenantOpt,
    file: Path = typer.Option(
        ..., "--file", help="The vacancy text (Dutch or English, plain text or Markdown)."
    ),
    title: str = typer.Option(None, "--title", help="Title (default: the first line of the text)."),
    location: str = typer.Option(None, "--location", help="Work location (default: from a 'Locatie:' line)."),
    vacancy_id: str = typer.Option(None, "--id", help="Your own id; adding it again updates the vacancy."),
    as_json: bool = JsonOpt,
) -> None:
    """Add a vacancy; requirements are parsed into must-have and nice-to-have. Prints the vacancy id."""
    from retrieval.vacancies import VacancyError, create_vacancy

    text = _read(file)
    with store() as session:
        t = tenant_of(session, tenant)
        try:
            vacancy = create_vacancy(
                session, t.id, text, title=title, location=location, vacancy_id=vacancy_id, actor="cli"
            )
        except VacancyError as exc:
            raise UsageError(str(exc)) from None
        out = {"id": vacancy.id, "title": vacancy.title, "requirements": vacancy.requirements}
    if as_json:
        emit(out)
    else:
        typer.echo(out["id"])


@app.command("list")
def list_(
    tenant: str = TenantOpt,
    status: str = typer.Option(None, "--status", help="open, on_hold or closed."),
    as_json: bool = JsonOpt,
) -> None:
    """The tenant's vacancies."""
    from retrieval.vacancies import list_vacancies, vacancy_json

    if status not in (None, "open", "on_hold", "closed"):
        raise UsageError("--status must be open, on_hold or closed")
    with store() as session:
        rows = [
            vacancy_json(v) for v in list_vacancies(session, tenant_of(session, tenant).id, status=status)
        ]
    if as_json:
        emit(rows)
        return
    for v in rows:
        must, nice = len(v["requirements"].get("must", [])), len(v["requirements"].get("nice", []))
        typer.echo(f"{v['id']}  {v['status']:8} {v['title']}  ({must} must, {nice} nice)")


def _one(tenant: str, vacancy_id: str, work):
    from retrieval.vacancies import VacancyError

    with store() as session:
        t = tenant_of(session, tenant)
        try:
            return work(session, t.id, vacancy_id)
        except VacancyError as exc:
            raise UsageError(str(exc)) from None


@app.command("show")
def show(
    vacancy_id: str = typer.Argument(..., help="Vacancy id."),
    tenant: str = TenantOpt,
    as_json: bool = JsonOpt,
) -> None:
    """One vacancy with its requirements."""
    from retrieval.vacancies import get_vacancy, vacancy_json

    vacancy = _one(tenant, vacancy_id, get_vacancy)
    if as_json:
        emit({**vacancy_json(vacancy), "text": vacancy.text})
    else:
        _print(vacancy)


@app.command("edit")
def edit(
    vacancy_id: str = typer.Argument(..., help="Vacancy id."),
    tenant: str = TenantOpt,
    must: list[str] = typer.Option(None, "--must", help="Replace the must-haves (repeat for each)."),
    nice: list[str] = typer.Option(None, "--nice", help="Replace the nice-to-haves (repeat for each)."),
    add_must: list[str] = typer.Option(None, "--add-must", help="Add a must-have."),
    add_nice: list[str] = typer.Option(None, "--add-nice", help="Add a nice-to-have."),
    remove: list[str] = typer.Option(None, "--remove", help="Remove a requirement (exact text)."),
    as_json: bool = JsonOpt,
) -> None:
    """Correct the parsed requirements."""
    from retrieval.vacancies import edit_requirements, vacancy_json

    if not any([must, nice, add_must, add_nice, remove]):
        raise UsageError("nothing to change: use --must, --nice, --add-must, --add-nice or --remove")
    vacancy = _one(
        tenant,
        vacancy_id,
        lambda s, t, v: edit_requirements(
            s,
            t,
            v,
            must=must or None,
            nice=nice or None,
            add_must=add_must or [],
            add_nice=add_nice or [],
            remove=remove or [],
            actor="cli",
        ),
    )
    if as_json:
        emit(vacancy_json(vacancy))
    else:
        _print(vacancy)


@app.command("close")
def close(
    vacancy_id: str = typer.Argument(..., help="Vacancy id."),
    tenant: str = TenantOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Close a vacancy: the procedure ends (retention periods start from here)."""
    from retrieval.vacancies import close_vacancy, vacancy_json

    vacancy = _one(tenant, vacancy_id, lambda s, t, v: close_vacancy(s, t, v, actor="cli"))
    if as_json:
        emit(vacancy_json(vacancy))
    else:
        typer.echo(f"closed {vacancy.id}", err=True)
