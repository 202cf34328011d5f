"""NL_BSN: the Dutch citizen service number (burgerservicenummer), validated with the 11-proof.

One random 9-digit number in 11 passes the 11-proof, so the checksum alone cannot tell a BSN from an order
or ticket number. A number that passes it is *reported* as NL_BSN only with evidence that it is one:
- a BSN word nearby (BSN, burgerservicenummer, sofinummer, persoonsnummer, citizen service number): certain;
- an identity-number label right before it ("ID:", "identificatienummer", "personal number");
- a personal-details block around it (personalia, geboortedatum, nationaliteit, date of birth...): the
  place in a CV where an unlabelled BSN actually appears;
- the BSN's own print format 1234.56.782 (as on Dutch passports and ID cards).
A number with none of that evidence is ambiguous. It is neither dropped (a privacy product must not leak a
real, unlabelled BSN) nor reported as a BSN: it is reported as a low-score ID_DOCUMENT ("possible identity
number"), which every destination's policy redacts like a BSN. A number whose label says it is something
else (order, invoice, KvK, phone, amount...) is left alone.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

ENTITY = "NL_BSN"
AMBIGUOUS_ENTITY = "ID_DOCUMENT"
# 9 digits, or 8 (a leading zero dropped), optionally grouped as 1234.56.782 / 123 456 782 / 123-456-782.
_CANDIDATE = re.compile(
    r"(?<![\w.,/+-])(\d{4}[. ]\d{2}[. ]\d{3}|\d{3}[ .-]\d{3}[ .-]\d{3}|\d{8,9})(?![\w/-]|[.,]\d)"
)
_BSN_FORMAT = re.compile(r"\d{4}\.\d{2}\.\d{3}")
_BSN_CONTEXT = re.compile(
    r"\b(bsn|burger\s?service\s?nummer|burgerservicenr|sofi[\s-]?nummer|sofinr|sofi|"
    r"citizen\s+service\s+number|social\s+security|persoonsnummer|persoonsgebonden\s+nummer)\b",
    re.IGNORECASE,
)
_ID_LABEL = re.compile(
    r"(?<![\w-])(id(?:[- ]?(?:nummer|number|no|nr))?|identificatie\s?nummer|identificatienr|"
    r"identification\s+number|national\s+id(?:entity)?\s*(?:number|no)?|"
    r"personal\s+(?:id(?:entification)?\s+)?number|persoonlijk\s+nummer)[\s.:#-]*$",
    re.IGNORECASE,
)
_PERSONAL_DETAILS = re.compile(
    r"\b(personalia|persoonsgegevens|persoonlijke\s+gegevens|personal\s+(?:details|data|information)|"
    r"geboortedatum|geboorteplaats|geboren|date\s+of\s+birth|place\s+of\s+birth|born|nationaliteit|"
    r"nationality|burgerlijke\s+staat|marital\s+status)\b",
    re.IGNORECASE,
)
_OTHER_CONTEXT = re.compile(
    r"\b(order|bestel|factuur|invoice|klant|customer|referentie|reference|ref|kvk|kamer\s+van\s+koophandel|"
    r"btw|vat|artikel|article|ticket|zaak|dossier|polis|policy|rekening|account|tel|telefoon|phone|fax|"
    r"mobiel|postbus|isbn|ean|sku|track|zending|pakket|contract|vacature|vacancy|nr|#)\w*"
    r"(?:[\s-]?(?:id|nr|no|nummer|number)\b)?[\s.:#-]*$|(?:€|\$|£|eur|usd)\s*$",
    re.IGNORECASE,
)
SCORE_CONTEXT = 1.0
SCORE_EVIDENCE = 0.9  # above ID_DOCUMENT's labelled 0.85, so "ID-nummer: <valid BSN>" reports the BSN
SCORE_AMBIGUOUS = 0.45  # just above the engine's threshold: redacted, but plainly a weak finding
WINDOW = 40
DETAILS_WINDOW = 150


def is_valid_bsn(digits: str) -> bool:
    """The 11-proof: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 must be a positive multiple of 11."""
    digits = re.sub(r"\D", "", digits)
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total > 0 and total % 11 == 0


def _evidence(text: str, start: int, end: int, raw: str) -> float | None:
    """The score the surrounding text gives an 11-proof number; None when it is labelled as something else;
    SCORE_AMBIGUOUS when nothing says what it is. An 8-digit number (a BSN whose leading zero was dropped)
    counts only next to a BSN word: dates and phone numbers without a leading zero look the same."""
    before = text[max(0, start - WINDOW) : start]
    if _BSN_CONTEXT.search(before) or _BSN_CONTEXT.search(text[end : end + 15]):
        return SCORE_CONTEXT
    if len(re.sub(r"\D", "", raw)) == 8:
        return None
    label = _ID_LABEL.search(before)
    if label and not _OTHER_CONTEXT.search(before[: label.start()]):
        return SCORE_EVIDENCE  # "ID: ..." but not "klant ID: ..."
    if _OTHER_CONTEXT.search(before):
        return None
    around = text[max(0, start - DETAILS_WINDOW) : end + DETAILS_WINDOW]
    if _BSN_FORMAT.fullmatch(raw) or _PERSONAL_DETAILS.search(around):
        return SCORE_EVIDENCE
    return SCORE_AMBIGUOUS


class BsnRecognizer(LocalRecognizer):
    """Finds 11-proof-valid numbers and lets the context decide: NL_BSN, a possible ID number, or nothing."""

    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entities=[ENTITY, AMBIGUOUS_ENTITY], supported_language=supported_language, name="NlBsn"
        )

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
            score = _evidence(text, match.start(1), match.end(1), raw)
            if score is None:
                continue
            entity = AMBIGUOUS_ENTITY if score == SCORE_AMBIGUOUS else ENTITY
            results.append(RecognizerResult(entity, match.start(1), match.end(1), score))
        return EntityRecognizer.remove_duplicates(results)


def build(lang: str) -> list[BsnRecognizer]:
    return [BsnRecognizer(lang)]
