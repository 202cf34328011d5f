"""What every subcommand shares: one-line errors with exit code 2, JSON output, progress, tenant lookup."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlmodel import Session

from storage.db import session_scope
from storage.directory import DirectoryError, find_tenant
from storage.models import Tenant

T = TypeVar("T")

TENANT_HELP = "Tenant id or name."
JSON_HELP = "Print machine-readable JSON."


class UsageError(Exception):
    """Bad input: `main` prints it as one line on stderr and exits with code 2, no traceback."""


def emit(obj: Any) -> None:
    """One JSON document on stdout (UTF-8, no ASCII escaping: Dutch text stays readable)."""
    typer.echo(json.dumps(obj, ensure_ascii=False, default=str))


@contextmanager
def store() -> Iterator[Session]:
    """A committed session; directory errors become usage errors."""
    try:
        with session_scope() as session:
            yield session
    except DirectoryError as exc:
        raise UsageError(str(exc)) from None


def tenant_of(session: Session, ref: str) -> Tenant:
    try:
        return find_tenant(session, ref)
    except DirectoryError as exc:
        raise UsageError(str(exc)) from None


def progress(items: Iterable[T], total: int | None, label: str) -> Iterator[T]:
    """`progress_bar` around an iterable."""
    with progress_bar(label, total) as advance:
        for item in items:
            yield item
            advance(1)


@contextmanager
def progress_bar(label: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
    """A bar on stderr, so `--json` output on stdout stays clean; yields `advance(n)`."""
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=stderr_console()) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n=1: bar.advance(task, n)


def stderr_console():
    from rich.console import Console

    return Console(file=sys.stderr)
