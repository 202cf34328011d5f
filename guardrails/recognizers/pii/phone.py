"""PHONE_NUMBER: phone-like digit runs validated with python-phonenumbers (NL, BE, DE, GB, US, FR ...).

Presidio's PhoneRecognizer runs a full PhoneNumberMatcher per region, which costs ~20 ms per region on a
3k-character CV. We find candidates with one regex and parse each candidate once per region instead.
A candidate that no region validates still counts when a phone word is right before it ("tel:", "bel").
"""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

ENTITY = "PHONE_NUMBER"
REGIONS = ("NL", "BE", "DE", "GB", "US", "FR")
_CANDIDATE = re.compile(r"(?<![\w+/.,-])(?:\+|00)?\(?\d[\d \t().\-/]{5,20}\d(?![\w/]|[.,-]\d)")
_CUE = re.compile(
    r"(?:tel|telefoon|telefoonnummer|mobiel|mob|gsm|bel|bellen|phone|telephone|mobile|cell|call|whatsapp|"
    r"fax|nummer|number|contact|desk|office|work|home)\b[^\n\d]{0,15}$",
    re.IGNORECASE,
)
# Year ranges, dates and date-times ("2006-04-07 09" before ":00") are not phone numbers.
_NOT_A_PHONE = re.compile(
    r"\d{4}\s*-\s*\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}.*"
)
MIN_DIGITS_UNLABELLED = 9
SCORE_VALID = 0.75
SCORE_CUE = 0.6


def international(candidate: str) -> bool:
    return candidate.startswith(("+", "00"))


def _valid(candidate: str) -> bool:
    for region in (None,) if international(candidate) else REGIONS:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False


class PhoneNumberRecognizer(LocalRecognizer):
    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entities=[ENTITY], supported_language=supported_language, name="PhoneNumber"
        )

    def load(self) -> None:  # phonenumbers metadata loads lazily
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _CANDIDATE.finditer(text):
            candidate = m.group().rstrip(" \t(-./")
            digits = sum(c.isdigit() for c in candidate)
            if not 7 <= digits <= 15 or _NOT_A_PHONE.fullmatch(candidate):
                continue
            cue = bool(_CUE.search(text[max(0, m.start() - 30) : m.start()]))
            if _valid(candidate) and (cue or international(candidate) or digits >= MIN_DIGITS_UNLABELLED):
                score = SCORE_VALID
            elif digits >= 8 and cue:
                score = SCORE_CUE
            else:
                continue
            out.append(RecognizerResult(ENTITY, m.start(), m.start() + len(candidate), score))
        return out


def build(lang: str) -> list[PhoneNumberRecognizer]:
    return [PhoneNumberRecognizer(lang)]
