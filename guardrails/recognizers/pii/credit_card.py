"""CREDIT_CARD: Presidio's recognizer (issuer patterns + Luhn checksum), plus labelled card numbers.

A 12-19 digit number right after "card" / "creditcard" / "kaartnummer" is redacted even when its checksum
fails: a mistyped card number is still a card number.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer

CONTEXT = {
    "en": ["credit", "card", "visa", "mastercard", "amex", "cc"],
    "nl": ["creditcard", "kaart", "visa", "mastercard", "amex", "kaartnummer"],
}
LABELLED = Pattern(
    "labelled card number",
    r"(?i)(?<=card )\d{12,19}\b|(?<=card: )\d{12,19}\b|"
    r"(?<=card number )\d{12,19}\b|(?<=card number: )\d{12,19}\b|"
    r"(?<=number is )\d{12,19}\b|(?<=kaartnummer )\d{12,19}\b|(?<=kaartnummer: )\d{12,19}\b",
    0.6,
)


def build(lang: str) -> list[PatternRecognizer]:
    return [
        CreditCardRecognizer(supported_language=lang, context=CONTEXT[lang]),
        PatternRecognizer(
            supported_entity="CREDIT_CARD",
            patterns=[LABELLED],
            supported_language=lang,
            name=f"CardLabel_{lang}",
        ),
    ]
