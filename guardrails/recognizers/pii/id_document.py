"""ID_DOCUMENT: passport, identity-card and driving-licence numbers.

Dutch passports and ID cards use 2 letters + 6 letters/digits + 1 digit (never the letter O); with a
document word nearby that is certain, without one it is flagged only when it mixes letters and digits in
exactly that shape. Other passport numbers need the context word. US social-security numbers are also
identity numbers and are mapped here.
"""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

ENTITY = "ID_DOCUMENT"
_NL_DOC = re.compile(r"\b[A-NP-Z]{2}[A-NP-Z0-9]{6}\d\b")
_CONTEXT = re.compile(
    r"(?:paspoort|passport|identiteitskaart|identiteitsbewijs|id[- ]?kaart|id[- ]?card|identity\s+card|"
    r"rijbewijs|driver'?s?\s+licen[cs]e|driving\s+licen[cs]e|documentnummer|document\s+number|id[- ]?nummer|"
    r"id\s+number|id\s+no|verblijfsvergunning|residence\s+permit)",
    re.IGNORECASE,
)
_AFTER_CONTEXT = re.compile(r"[\s\w.:#()-]{0,25}?\b([A-Z0-9][A-Z0-9-]{5,14})\b")
_US_SSN = re.compile(r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b")


class IdDocumentRecognizer(LocalRecognizer):
    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entities=[ENTITY], supported_language=supported_language, name="IdDocument"
        )

    def load(self) -> None:  # patterns are compiled at import
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _NL_DOC.finditer(text):
            has_context = bool(_CONTEXT.search(text[max(0, m.start() - 50) : m.start()]))
            mixed = any(c.isdigit() for c in m.group()[2:8]) and any(c.isalpha() for c in m.group()[2:8])
            if has_context or mixed:
                out.append(RecognizerResult(ENTITY, m.start(), m.end(), 0.95 if has_context else 0.6))
        for c in _CONTEXT.finditer(text):
            m = _AFTER_CONTEXT.match(text, c.end())
            if m and any(ch.isdigit() for ch in m.group(1)):
                out.append(RecognizerResult(ENTITY, m.start(1), m.end(1), 0.85))
        for m in _US_SSN.finditer(text):
            out.append(RecognizerResult(ENTITY, m.start(), m.end(), 0.7))
        return out


def build(lang: str) -> list[IdDocumentRecognizer]:
    return [IdDocumentRecognizer(lang)]
