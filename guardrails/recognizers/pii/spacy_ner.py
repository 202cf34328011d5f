"""PERSON / LOCATION / DATE_TIME from the English spaCy model's NER (en_core_web_sm).

Dutch has no statistical NER here (no Dutch spaCy model on PyPI); Dutch names and places come from the
lexicon recognizers instead.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from guardrails.recognizers.pii.location_nl import cued_places, is_place, not_a_person
from guardrails.recognizers.pii.person_nl import NameModel, _vocabulary, common_words, default_model
from guardrails.special.demonyms import is_demonym

ENTITIES = ["PERSON", "LOCATION", "DATE_TIME"]
NER_CONFIGURATION = NerModelConfiguration(
    model_to_presidio_entity_mapping={
        "PERSON": "PERSON",
        "GPE": "LOCATION",
        "LOC": "LOCATION",
        "FAC": "LOCATION",
        "DATE": "DATE_TIME",
        "TIME": "DATE_TIME",
    },
    labels_to_ignore=[
        "ORG",
        "NORP",
        "CARDINAL",
        "ORDINAL",
        "QUANTITY",
        "MONEY",
        "PERCENT",
        "PRODUCT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    ],
    default_score=0.85,
)


# The small model also labels long digit strings (card numbers, zip codes) and vague phrases ("next week",
# "the 60s") as DATE; only spans that look like a calendar date or time are kept.
_DATE_SHAPE = re.compile(
    r"\d{1,4}[-/.]\d{1,2}|\d{1,2}:\d{2}|\b(?:1[89]|20)\d\d\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)


class EnglishNerRecognizer(SpacyRecognizer):
    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts)
        if any(r.entity_type in ("PERSON", "LOCATION") for r in results):
            is_word = _vocabulary(nlp_artifacts, "en") if nlp_artifacts else (lambda _w: False)
            cued, names = cued_places(text, is_word), default_model()
            results = [
                r
                for r in results
                if not (r.entity_type == "LOCATION" and _not_a_place(text[r.start : r.end], names))
                and (
                    r.entity_type != "PERSON"
                    or not (
                        not_a_person(text, r.start, r.end, cued, names.first)
                        or common_words(text[r.start : r.end], is_word, names)
                    )
                )
            ]
        return [
            r for r in results if r.entity_type != "DATE_TIME" or _DATE_SHAPE.search(text[r.start : r.end])
        ]


def _not_a_place(span: str, names: NameModel) -> bool:
    """The small model reads lone first names ("Inger") and language names as places; a known place keeps
    its label."""
    if " " in span or is_place(span):
        return False
    return span in names.first or is_demonym(span)


def build(lang: str) -> list[SpacyRecognizer]:
    if lang != "en":
        return []
    return [EnglishNerRecognizer(supported_language="en", supported_entities=ENTITIES)]
