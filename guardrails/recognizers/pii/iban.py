"""IBAN_CODE: Presidio's IBAN recognizer (country formats + mod-97 checksum)."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import IbanRecognizer

CONTEXT = {
    "en": ["iban", "bank", "account", "transaction"],
    "nl": ["iban", "bank", "rekening", "rekeningnummer", "bankrekening", "betaling"],
}


def build(lang: str) -> list[IbanRecognizer]:
    return [IbanRecognizer(supported_language=lang, context=CONTEXT[lang])]
