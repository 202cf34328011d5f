"""`fairmatch guard scan`: find and redact special-category data and PII from stdin.

Plain mode reads one text; `--jsonl` reads one `{"id", "text", "lang"?}` object per line and writes one
`{"id", "lang", "findings", "redacted"}` line per input, in order, flushed as it goes. A malformed line
stops the run with exit 2 and a one-line error naming the line; every line before it has been written.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

import typer

import guardrails
from bot.cli.common import JSON_HELP, UsageError, emit
from guardrails import Destination, GuardrailError
from guardrails.language import normalise

app = typer.Typer(help="Detect and redact special-category data, protected characteristics and PII.")

LANG_HELP = "Language of the input: nl, en or auto (detected per paragraph)."
DEST_HELP = "Destination policy for the redacted text: " + ", ".join(d.value for d in Destination) + "."


def _record(text: str, lang: str | None, destination: Destination) -> dict[str, Any]:
    red = guardrails.redact_with_result(text, destination, lang=lang)
    return {
        "lang": red.result.lang,
        "findings": [f.to_dict() for f in red.result.findings],
        "redacted": red.text,
    }


def _lang_option(lang: str) -> str | None:
    try:
        return normalise(lang)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _parse_line(raw: str, number: int) -> tuple[Any, str, str | None]:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise UsageError(f"line {number}: not valid JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise UsageError(f"line {number}: expected a JSON object with 'id' and 'text'")
    if not isinstance(obj.get("id"), str | int) or isinstance(obj.get("id"), bool):
        raise UsageError(f"line {number}: 'id' must be a string")
    if not isinstance(obj.get("text"), str):
        raise UsageError(f"line {number}: 'text' must be a string")
    lang = obj.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise UsageError(f"line {number}: 'lang' must be nl, en, auto or null")
    try:
        lang = normalise(lang)
    except ValueError as exc:
        raise UsageError(f"line {number}: {exc}") from None
    return obj["id"], obj["text"], lang


def scan_jsonl(source: TextIO, sink: TextIO, default_lang: str | None, destination: Destination) -> int:
    """Stream JSONL in, JSONL out; returns the number of records written."""
    written = 0
    for number, raw in enumerate(source, start=1):
        if not raw.strip():
            continue
        record_id, text, lang = _parse_line(raw, number)
        try:
            out = {"id": record_id, **_record(text, lang or default_lang, destination)}
        except GuardrailError as exc:
            typer.echo(f"error: line {number}: {exc}", err=True)
            raise typer.Exit(1) from None
        sink.write(json.dumps(out, ensure_ascii=False) + "\n")
        sink.flush()
        written += 1
    return written


def _print_human(text: str, record: dict[str, Any]) -> None:
    findings = record["findings"]
    typer.echo(f"language: {record['lang']}   findings: {len(findings)}")
    for f in findings:
        typer.echo(
            f"  {f['category']:<9} {f['type']:<18} [{f['start']}:{f['end']}] score {f['score']:.2f}"
            f"  {text[f['start'] : f['end']]!r}"
        )
    typer.echo("redacted:")
    typer.echo(record["redacted"])


@app.command("scan")
def scan(
    lang: str = typer.Option("auto", "--lang", help=LANG_HELP),
    jsonl: bool = typer.Option(False, "--jsonl", help="Read and write one JSON object per line."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    destination: str = typer.Option(Destination.llm_prompt.value, "--destination", "-d", help=DEST_HELP),
) -> None:
    """Scan text from stdin and print findings and the redacted text."""
    default_lang = _lang_option(lang)
    try:
        dest = Destination(destination)
    except ValueError:
        raise UsageError(f"unknown destination {destination!r}; use one of: {DEST_HELP}") from None
    if jsonl:
        scan_jsonl(sys.stdin, sys.stdout, default_lang, dest)
        return
    text = sys.stdin.read()
    try:
        record = _record(text, default_lang, dest)
    except GuardrailError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    if as_json:
        emit(record)
    else:
        _print_human(text, record)
