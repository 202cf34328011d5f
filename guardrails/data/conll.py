"""Reader for the CoNLL-2002 Dutch NER files (latin-1, `token POS BIO-tag` per line).

About 600 lines encode an accent as `\x81E`; when that sits at the end of a token it glues the token to its
POS tag ("Belgi\x81EN B-LOC"). We restore the token as "België" and split the tag off again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "guardrails" / "conll2002-nl"


@dataclass(frozen=True, slots=True)
class Sentence:
    tokens: list[str]
    tags: list[str]  # BIO tags: O, B-PER, I-PER, ...
    doc: int  # index of the -DOCSTART- document it belongs to

    def spans(self, kind: str = "PER") -> list[tuple[int, int]]:
        """Entity token spans [start, end) of one kind."""
        out: list[tuple[int, int]] = []
        start = None
        for i, tag in enumerate([*self.tags, "O"]):
            if start is not None and tag != f"I-{kind}":
                out.append((start, i))
                start = None
            if tag == f"B-{kind}" or (tag == f"I-{kind}" and start is None):
                start = i
        return out


def _fields(line: str) -> tuple[str, str] | None:
    parts = line.split()
    if len(parts) == 2 and "\x81E" in parts[0]:
        token, _pos = parts[0].rsplit("\x81E", 1)
        return token.replace("\x81E", "ë") + "ë", parts[1]
    if len(parts) != 3:
        return None
    return parts[0].replace("\x81E", "ë"), parts[2]


def read(name: str) -> Iterator[Sentence]:
    """Sentences of ned.train / ned.testa, with the document number of each."""
    tokens: list[str] = []
    tags: list[str] = []
    doc = 0
    for line in [*(DATA / name).read_text(encoding="latin-1").splitlines(), ""]:
        if not line.strip():
            if tokens:
                yield Sentence(tokens, tags, doc)
            tokens, tags = [], []
            continue
        fields = _fields(line)
        if fields is None:
            continue
        if fields[0] == "-DOCSTART-":
            doc += 1
            continue
        tokens.append(fields[0])
        tags.append(fields[1])
