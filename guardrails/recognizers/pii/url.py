"""URL: web addresses with a scheme, "www.", or a path (a LinkedIn profile identifies a person).

A bare domain ("Bol.com", "ASP.NET") is usually an employer or a technology, so it is not flagged;
Presidio's stock URL recognizer flags those, which would strip employers from CVs sent to the LLM.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

_TAIL = r"[^\s<>\"'()\[\]{}]*[^\s<>\"'()\[\]{}.,;:!?]"
PATTERNS = [
    Pattern("scheme url", rf"\bhttps?://{_TAIL}", 0.7),
    Pattern("www url", rf"\bwww\.{_TAIL}", 0.6),
    Pattern("domain with path", rf"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{{2,}}/{_TAIL}", 0.6),
]


def build(lang: str) -> list[PatternRecognizer]:
    return [
        PatternRecognizer(
            supported_entity="URL",
            patterns=PATTERNS,
            supported_language=lang,
            name=f"Url_{lang}",
            global_regex_flags=re.IGNORECASE | re.MULTILINE,
        )
    ]
