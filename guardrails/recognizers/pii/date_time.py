"""DATE_TIME: numeric dates (Presidio's patterns) plus Dutch and English written dates ("3 maart 2021").

English text also gets dates from spaCy NER (spacy_ner.py). Work-history dates pass to the LLM under the
policy; personal dates are DATE_OF_BIRTH (date_of_birth.py).
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer
from presidio_analyzer.predefined_recognizers import DateRecognizer

MONTHS_NL = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?"
)
MONTHS_EN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
WRITTEN = {
    "nl": [
        Pattern("nl day month year", rf"(?i)\b\d{{1,2}}\s+{MONTHS_NL}\s+\d{{4}}\b", 0.85),
        Pattern("nl day month", rf"(?i)\b\d{{1,2}}\s+{MONTHS_NL}(?![\w])", 0.6),
        Pattern("nl month year", rf"(?i)\b{MONTHS_NL}\s+\d{{4}}\b", 0.7),
    ],
    "en": [
        Pattern("en day month year", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS_EN},?\s+\d{{4}}\b", 0.85),
        Pattern("en month day year", rf"\b{MONTHS_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b", 0.85),
        Pattern("en month year", rf"\b{MONTHS_EN}\s+\d{{4}}\b", 0.7),
        Pattern("iso datetime", r"\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?\b", 0.9),
    ],
}


def build(lang: str) -> list[PatternRecognizer]:
    return [
        DateRecognizer(supported_language=lang, context=["datum", "date", "dd", "op"]),
        PatternRecognizer(
            supported_entity="DATE_TIME",
            patterns=WRITTEN[lang] + ([WRITTEN["en"][-1]] if lang == "nl" else []),
            supported_language=lang,
            name=f"WrittenDate_{lang}",
        ),
    ]
