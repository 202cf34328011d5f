"""NL_BSN: the Dutch citizen service number (burgerservicenummer), validated with the 11-proof.

A number that passes the 11-proof is flagged even without context, because a BSN in a CV is rarely
labelled; it is skipped only when a nearby label says it is clearly something else (an order, invoice or
KvK number...). BSN context words raise the score to certain.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

ENTITY = "NL_BSN"
# 9 digits, or 8 (a leading zero dropped), optionally grouped as 1234.56.782 / 123 456 782 / 123-456-782.
_CANDIDATE = re.compile(
    r"(?<![\w.,/+-])(\d{4}[. ]\d{2}[. ]\d{3}|\d{3}[ .-]\d{3}[ .-]\d{3}|\d{8,9})(?![\w/-]|[.,]\d)"
)
_BSN_CONTEXT = re.compile(
    r"\b(bsn|burger\s?service\s?nummer|burgerservicenr|sofi[\s-]?nummer|sofinr|sofi|"
    r"citizen\s+service\s+number|social\s+security|persoonsnummer|persoonsgebonden\s+nummer)\b",
    re.IGNORECASE,
)
_OTHER_CONTEXT = re.compile(
    r"\b(order|bestel|factuur|invoice|klant|customer|referentie|reference|ref|kvk|kamer\s+van\s+koophandel|"
    r"btw|vat|artikel|article|ticket|zaak|dossier|polis|policy|rekening|account|tel|telefoon|phone|fax|"
    r"mobiel|postbus|isbn|ean|sku|track|zending|pakket|contract|vacature|vacancy|id\s*nr|nr|#)\w*"
    r"[\s.:#-]*$",
    re.IGNORECASE,
)
SCORE_CONTEXT = 1.0
SCORE_BARE = 0.6
WINDOW = 40


def is_valid_bsn(digits: str) -> bool:
    """The 11-proof: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 must be a positive multiple of 11."""
    digits = re.sub(r"\D", "", digits)
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total > 0 and total % 11 == 0


class BsnRecognizer(LocalRecognizer):
    """Finds 11-proof-valid BSNs; context raises the score, a competing label suppresses a bare number."""

    def __init__(self, supported_language: str) -> None:
        super().__init__(supported_entities=[ENTITY], supported_language=supported_language, name="NlBsn")

    def load(self) -> None:  # no resources to load
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for match in _CANDIDATE.finditer(text):
            raw = match.group(1)
            digits = re.sub(r"\D", "", raw)
            if len(digits) == 8 and raw != digits:
                continue  # grouped numbers are always written with 9 digits
            if not is_valid_bsn(digits):
                continue
            before = text[max(0, match.start() - WINDOW) : match.start()]
            if _BSN_CONTEXT.search(before) or _BSN_CONTEXT.search(text[match.end() : match.end() + 15]):
                score = SCORE_CONTEXT
            elif _OTHER_CONTEXT.search(before) or len(digits) == 8:
                continue
            else:
                score = SCORE_BARE
            results.append(RecognizerResult(ENTITY, match.start(1), match.end(1), score))
        return EntityRecognizer.remove_duplicates(results)


def build(lang: str) -> list[BsnRecognizer]:
    return [BsnRecognizer(lang)]
