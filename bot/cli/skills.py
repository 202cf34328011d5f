"""`fairmatch skills extract` and `fairmatch occupations link`: ESCO tagging of texts, as JSON lines."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from typing import Any

import typer

from bot.cli.common import UsageError, emit

skills_app = typer.Typer(
    help="ESCO skills in Dutch or English text, with verbatim evidence.", no_args_is_help=True
)
occupations_app = typer.Typer(
    help="Link job titles to ESCO occupations (Dutch and English).", no_args_is_help=True
)

JSONL_HELP = 'Read {"id", "text"} objects, one per stdin line; write one JSON object per line.'
LANG_HELP = "Language of the labels in the output: nl or en (default: detected per text)."


def _records(lines: Iterator[str]) -> Iterator[tuple[Any, str]]:
    """(id, text) per non-blank line; any malformed line stops the run with its line number."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"stdin line {number}: not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict) or "id" not in record or not isinstance(record.get("text"), str):
            raise UsageError(f'stdin line {number}: expected an object with "id" and a string "text"')
        yield record["id"], record["text"]


def _check_lang(lang: str | None) -> str | None:
    if lang not in (None, "nl", "en"):
        raise UsageError(f"--lang must be nl or en, not {lang!r}")
    return lang


def _run(jsonl: bool, text: str | None, key: str, tag: Callable[[str], list[dict]]) -> None:
    if jsonl:
        # Validate everything first: a bad line must not leave half an output behind.
        records = list(_records(iter(sys.stdin)))
        for record_id, record_text in records:
            emit({"id": record_id, key: tag(record_text)})
        return
    if text is None:
        if sys.stdin.isatty():
            raise UsageError("give a TEXT argument, pipe text on stdin, or use --jsonl")
        text = sys.stdin.read()
    emit({key: tag(text)})


@skills_app.command("extract")
def extract(
    text: str = typer.Argument(None, help="Text to tag (default: all of stdin)."),
    jsonl: bool = typer.Option(False, "--jsonl", help=JSONL_HELP),
    top: int = typer.Option(20, "--top", min=1, max=100, help="At most this many skills per text."),
    lang: str = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """ESCO skills found in each text, best first, each with the verbatim span and its offsets."""
    from retrieval.skills import extract_skills

    lang = _check_lang(lang)

    def tag(body: str) -> list[dict]:
        return [
            {
                "uri": hit.uri,
                "label": hit.label,
                "score": hit.score,
                "evidence": {"start": hit.start, "end": hit.end, "text": hit.text},
            }
            for hit in extract_skills(body, lang=lang, top_k=top)
        ]

    _run(jsonl, text, "skills", tag)


@occupations_app.command("link")
def link(
    text: str = typer.Argument(None, help="Job title to link (default: all of stdin)."),
    jsonl: bool = typer.Option(False, "--jsonl", help=JSONL_HELP),
    top: int = typer.Option(10, "--top", min=1, max=100, help="At most this many occupations per text."),
    lang: str = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """ESCO occupations for each job title, best first."""
    from retrieval.occupations import link_occupations

    lang = _check_lang(lang)

    def tag(body: str) -> list[dict]:
        return [
            {"uri": hit.uri, "label": hit.label, "score": hit.score}
            for hit in link_occupations(body, lang=lang, top_k=top)
        ]

    _run(jsonl, text, "occupations", tag)
