"""Run the real `fairmatch` entry point in-process, as a user would from a shell."""

from __future__ import annotations

import json
from dataclasses import dataclass

from bot.cli import main


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)

    def json_lines(self) -> list:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


def fairmatch(capsys, *args: str, stdin: str | None = None, monkeypatch=None) -> Run:
    if stdin is not None:
        import io
        import sys

        assert monkeypatch is not None, "pass monkeypatch to feed stdin"
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    capsys.readouterr()
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)
