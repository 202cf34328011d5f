"""The recognizer registry: our PII recognizers plus the special-category ones, per language.

Each finding gets a category: "special" (GDPR Art. 9/10), "protected" (Dutch AWGB characteristics) or "pii".
The special-category recognizers live in `guardrails.special` (their own package, same type names as
below) and are loaded when the engine is built; if that fails, the engine fails closed (see engine.py).
"""

from __future__ import annotations

from importlib import import_module
from typing import Literal

from presidio_analyzer import EntityRecognizer

Category = Literal["special", "pii", "protected"]

PII_TYPES: frozenset[str] = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "LOCATION",
        "IBAN_CODE",
        "CREDIT_CARD",
        "IP_ADDRESS",
        "URL",
        "DATE_TIME",
        "NL_BSN",
        "DATE_OF_BIRTH",
        "ADDRESS",
        "ID_DOCUMENT",
    }
)
SPECIAL_TYPES: frozenset[str] = frozenset(
    {
        "HEALTH",
        "RELIGION",
        "ETHNIC_ORIGIN",
        "POLITICAL_OPINION",
        "TRADE_UNION",
        "SEXUAL_ORIENTATION",
        "GENDER_IDENTITY",
        "BIOMETRIC",
        "GENETIC",
        "CRIMINAL_RECORD",
    }
)
PROTECTED_TYPES: frozenset[str] = frozenset({"AGE", "PREGNANCY", "MARITAL_STATUS", "NATIONALITY"})

PII_MODULES = (
    "bsn",
    "email",
    "phone",
    "iban",
    "credit_card",
    "ip_address",
    "url",
    "spacy_ner",
    "person_nl",
    "location_nl",
    "address",
    "date_time",
    "date_of_birth",
    "id_document",
)


def category_of(entity_type: str) -> Category:
    """Unknown types count as special: an unrecognised label must be redacted, never passed on."""
    if entity_type in PII_TYPES:
        return "pii"
    if entity_type in PROTECTED_TYPES:
        return "protected"
    return "special"


def pii_recognizers(langs: tuple[str, ...]) -> list[EntityRecognizer]:
    out: list[EntityRecognizer] = []
    for name in PII_MODULES:
        module = import_module(f"{__name__}.pii.{name}")
        for lang in langs:
            out.extend(module.build(lang))
    return out
