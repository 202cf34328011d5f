"""The `fairmatch` command line. Each command group lives in its own module and is registered here."""

from __future__ import annotations

import logging
import sys

import typer
from sqlalchemy.exc import OperationalError

from bot.cli import (
    admin,
    admin_ai,
    candidates,
    chat,
    connectors,
    demo,
    dsar,
    guard,
    ingest,
    match,
    questions,
    retention,
    serve,
    skills,
    teams,
    vacancy,
)
from bot.cli.common import UsageError
from storage.settings import get_settings, use_data_dir

app = typer.Typer(
    name="fairmatch",
    help="fairmatch: explained candidate matches and interview kits; humans decide.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _root(
    data_dir: str = typer.Option(
        None, "--data-dir", help="Data directory (default ./var or $FAIRMATCH_DATA_DIR)."
    ),
) -> None:
    """Global options. `--data-dir` is also accepted after the subcommand."""


app.add_typer(admin.db_app, name="db")
app.add_typer(admin.audit_app, name="audit")
app.add_typer(admin.tenants_app, name="tenants")
app.add_typer(admin.users_app, name="users")
app.add_typer(demo.app, name="demo")
app.add_typer(retention.app, name="retention")
app.add_typer(retention.consent_app, name="consent")
app.add_typer(retention.scheduler_app, name="scheduler")
app.add_typer(dsar.app, name="dsar")
app.add_typer(connectors.app, name="connectors")
app.add_typer(candidates.app, name="candidates")
app.command("serve")(serve.serve)
app.command("chat")(chat.chat)
app.command("ingest")(ingest.ingest)
app.command("match")(match.match)
app.command("questions")(questions.questions)
app.add_typer(vacancy.app, name="vacancy")
app.add_typer(skills.skills_app, name="skills")
app.add_typer(skills.occupations_app, name="occupations")
app.add_typer(guard.app, name="guard")
app.add_typer(admin_ai.app, name="ai")
app.add_typer(teams.app, name="teams")


# Libraries that narrate their start-up at INFO; our own events stay at the configured level.
QUIET_LOGGERS = ("spacy", "alembic", "httpx", "azure", "msal", "presidio-analyzer", "presidio-anonymizer")


def _take_data_dir(args: list[str]) -> list[str]:
    """Honour `--data-dir` wherever it stands, before any settings are read."""
    out, i = [], 0
    while i < len(args):
        arg = args[i]
        if arg == "--data-dir" and i + 1 < len(args):
            use_data_dir(args[i + 1])
            i += 2
            continue
        if arg.startswith("--data-dir="):
            use_data_dir(arg.split("=", 1)[1])
        else:
            out.append(arg)
        i += 1
    return out


def _fail(message: str, code: int) -> None:
    typer.echo(f"error: {message}", err=True)
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    args = _take_data_dir(list(sys.argv[1:] if argv is None else argv))
    logging.basicConfig(
        level=get_settings().log_level,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in QUIET_LOGGERS:
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger().level))
    try:
        result = app(args=args, prog_name="fairmatch", standalone_mode=False)
    except UsageError as exc:
        _fail(str(exc), 2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        _fail("aborted", 130)
    except typer.TyperException as exc:  # click's own usage errors: unknown command, missing option
        _fail(exc.format_message(), getattr(exc, "exit_code", 2))
    except OperationalError as exc:
        if "no such table" in str(exc) or "does not exist" in str(exc):
            _fail("the database is not initialised; run `fairmatch db upgrade`", 1)
        _fail(f"the database is unreachable: {exc.orig}", 1)
    except Exception as exc:  # unexpected: one line, details only at DEBUG level
        logging.getLogger("fairmatch").debug("unhandled error", exc_info=True)
        _fail(f"{type(exc).__name__}: {exc}", 1)
    sys.exit(result if isinstance(result, int) else 0)
