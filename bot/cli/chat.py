"""`fairmatch chat`: the console channel, interactive or from a JSONL script."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import typer

from bot.cli.common import JSON_HELP, TENANT_HELP, UsageError, emit
from bot.console import ConsoleChat, render_text, run_script
from storage.directory import DirectoryError


def chat(
    tenant: str = typer.Option(..., "--tenant", help=TENANT_HELP),
    user: str = typer.Option(
        None, "--user", help="User id (or name) in the tenant; the role comes from storage."
    ),
    script: Path = typer.Option(
        None, "--script", help='JSONL turns: {"user": U, "text": ...} or {"user": U, "action": {...}}.'
    ),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Chat with fairmatch in the terminal, through the same core as Slack and Teams."""
    try:
        session_chat = ConsoleChat(tenant)
    except DirectoryError as exc:
        raise UsageError(str(exc)) from None
    if script is not None:
        _run_script(session_chat, script, json_out)
        return
    if not user:
        raise UsageError("give --user for an interactive chat, or --script FILE.jsonl")
    try:
        principal = session_chat.principal(user)
    except DirectoryError as exc:
        raise UsageError(str(exc)) from None
    click.echo(
        f"fairmatch – {principal.name} ({principal.role.value}). Type 'help', or 'quit' to leave.", err=True
    )
    while True:
        try:
            line = input("> ")
        except EOFError:
            break
        if line.strip().lower() in ("quit", "exit", ":q", "stop chat"):
            break
        if not line.strip():
            continue
        click.echo(render_text(session_chat.say(user, line)))


def _run_script(session_chat: ConsoleChat, script: Path, json_out: bool) -> None:
    if str(script) == "-":
        lines = sys.stdin
    else:
        if not script.is_file():
            raise UsageError(f"no script file {script}")
        lines = script.read_text(encoding="utf-8").splitlines()
    errors = total = 0
    for result in run_script(session_chat, lines):
        total += 1
        errors += result.error is not None
        if json_out:
            emit(result.to_json())
        elif result.error:
            click.echo(f"[{result.turn}] error: {result.error}")
        else:
            click.echo(f"[{result.turn}] {render_text(result.reply)}\n")
    if errors:
        raise UsageError(f"{errors} of {total} turns could not be run (see their error lines)")
