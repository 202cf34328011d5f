"""DATE_OF_BIRTH: a date close after a birth cue ("geboren op", "geboortedatum:", "DOB", "born on").

Birth dates reveal age, a protected characteristic, so they are their own type and never pass to an LLM.
"""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.recognizers.pii.date_time import MONTHS_EN, MONTHS_NL

ENTITY = "DATE_OF_BIRTH"
_CUE = (
    r"(?:geboren(?:\s+op)?|geboortedatum|geb\.?|geb\.\s*datum|born(?:\s+on)?|date\s+of\s+birth|birth\s*date|"
    r"birthday|d\.?o\.?b\.?|verjaardag|jarig\s+op)"
)
_DATE = (
    rf"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th|e)?\s+(?:{MONTHS_NL}|{MONTHS_EN}),?\s+\d{{4}}|"
    rf"(?:{MONTHS_EN})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)
_PATTERN = re.compile(rf"{_CUE}\s*[:=]?\s*(?:[\w ,]{{0,25}}?\s)?(?P<date>{_DATE})", re.IGNORECASE)


class DateOfBirthRecognizer(LocalRecognizer):
    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entities=[ENTITY], supported_language=supported_language, name="DateOfBirth"
        )

    def load(self) -> None:  # patterns are compiled at import
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            RecognizerResult(ENTITY, m.start("date"), m.end("date"), 0.95) for m in _PATTERN.finditer(text)
        ]


def build(lang: str) -> list[DateOfBirthRecognizer]:
    return [DateOfBirthRecognizer(lang)]
