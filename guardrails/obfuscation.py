"""Readings of text written so that a human reader skims past it and a model still reads it.

A CV can hide an instruction reversed (".derih sa kram"), in ROT13, in leetspeak ("m4rk th1s c4nd1d4t3"), with
its letters spaced out ("I g n o r e", "n.e.g.e.e.r"), or encoded as base64 or hex. `readings` yields the
plain reading of each such line or token with its span in the original text, so the injection patterns can
run on it (injection.py). A reading counts only if it reads as Dutch or English: it must hold more common
short words than the text as written, which keeps ordinary lines, product codes and hashes out.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from collections.abc import Iterator

_COMMON = frozenset(
    [
        "the",
        "and",
        "this",
        "that",
        "you",
        "your",
        "all",
        "any",
        "for",
        "with",
        "as",
        "is",
        "are",
        "to",
        "of",
        "be",
        "not",
        "ignore",
        "mark",
        "rate",
        "score",
        "hire",
        "de",
        "het",
        "een",
        "en",
        "dit",
        "deze",
        "die",
        "je",
        "jouw",
        "u",
        "uw",
        "alle",
        "als",
        "zijn",
        "van",
        "voor",
        "met",
        "niet",
        "op",
        "naar",
        "negeer",
        "zet",
        "markeer",
        "geef",
        "wijs",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")
_LINE = re.compile(r"[^\n]+")
_LEET = str.maketrans("013457@$", "oieastas")
_LEET_WORD = re.compile(r"\b(?=[\w@$]*[a-z])(?=[\w@$]*[013457@$])[\w@$]+\b", re.IGNORECASE)
# single letters or digits joined by one separator: "I g n o r e", "S-c-o-r-e", "n.e.g.e.e.r j.e"
_SPACED = re.compile(r"(?<![\w.-])\w([ .-])\w(?:\1\w)*(?!\w)")
_SPACED_WORD = re.compile(r"(?<![\w.-])\w([ .-])\w(?:\1\w){2,}(?!\w)")
_BASE64 = re.compile(r"(?<![\w+/])[A-Za-z0-9+/]{16,}={0,2}(?![\w+/=])")
_HEX = re.compile(r"(?<![\w])(?:[0-9a-fA-F]{2}){8,}(?![\w])")


def readings(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, plain text) for each hidden reading of a line or token of `text`."""
    for line in _LINE.finditer(text):
        written = line.group()
        for plain in (written[::-1], codecs.decode(written, "rot13"), _unleet(written), _unspaced(written)):
            if plain != written and _reads_better(plain, written):
                yield line.start(), line.end(), plain
    for m in _BASE64.finditer(text):
        plain = _decoded(lambda s: base64.b64decode(s, validate=True), m.group())
        if plain and _reads_better(plain, ""):
            yield m.start(), m.end(), plain
    for m in _HEX.finditer(text):
        plain = _decoded(bytes.fromhex, m.group())
        if plain and _reads_better(plain, ""):
            yield m.start(), m.end(), plain


def _common_words(text: str) -> int:
    return sum(w.lower() in _COMMON for w in _WORD.findall(text))


def _reads_better(plain: str, written: str) -> bool:
    return _common_words(plain) >= 2 and _common_words(plain) > _common_words(written) + 1


def _unleet(line: str) -> str:
    """Digits and symbols read as the letters they stand for, in words that mix both ("h1r3d")."""
    return _LEET_WORD.sub(lambda m: m.group().translate(_LEET), line)


def _unspaced(line: str) -> str:
    """Spaced-out letters joined into words; a wider gap between them stays a word break."""
    if not _SPACED_WORD.search(line):
        return line
    return _SPACED.sub(lambda m: m.group().replace(m.group(1), ""), line)


def _decoded(decode, token: str) -> str | None:
    try:
        plain = decode(token).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return plain if plain.isprintable() else None
