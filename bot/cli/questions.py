"""`fairmatch questions`: an interview kit for a vacancy, or for one candidate on it."""

from __future__ import annotations

import typer

from bot.cli.common import JSON_HELP, TENANT_HELP, UsageError, emit, store, tenant_of
from bot.questions import Kit, KitError, interview_kit

_LABELS = {
    "en": {"good": "A good answer shows", "cites": "Cites", "must": "must-have", "nice": "nice-to-have"},
    "nl": {"good": "Een goed antwoord laat zien", "cites": "Verwijst naar", "must": "eis", "nice": "pré"},
}


def render(kit: Kit) -> str:
    """The kit as plain text for a terminal or a chat message."""
    labels = _LABELS[kit.lang]
    lines = [kit.title, "=" * len(kit.title)]
    if kit.notice:
        lines += [kit.notice, ""]
    number = 0
    for group in kit.groups:
        lines += ["", f"{group.requirement} ({labels[group.priority]})"]
        for q in group.questions:
            number += 1
            lines.append(f"{number}. {q.question}")
            lines.append(f"   {labels['good']}: {q.good_answer}")
            if q.cites and q.cites != group.requirement:
                lines.append(f"   {labels['cites']}: \u201c{q.cites}\u201d")
    return "\n".join(lines)


def questions(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    vacancy: str = typer.Option(..., "--vacancy", help="Vacancy id."),
    candidate: str | None = typer.Option(
        None, "--candidate", help="Candidate id: questions on gaps and claims."
    ),
    lang: str = typer.Option("en", "--lang", help="Language of the kit: nl or en."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Interview questions for a vacancy, or for one candidate on it, with what a good answer shows."""
    lang = lang.strip().lower()
    if lang not in ("nl", "en"):
        raise UsageError(f"--lang must be nl or en, not {lang!r}")
    with store() as session:
        tenant_row = tenant_of(session, tenant)
        try:
            kit = interview_kit(session, tenant_row.id, vacancy, candidate, lang, actor="cli")
        except KitError as exc:
            raise UsageError(str(exc)) from None
    if as_json:
        emit(kit.to_json())
    else:
        typer.echo(render(kit))
