"""Special-category (GDPR Art. 9/10) and protected-characteristic (AWGB) recognizers for Dutch and English.

    from guardrails.special import recognizers, SPECIAL_TYPES, PROTECTED_TYPES
    registry.add_recognizer(r) for r in recognizers()      # one recognizer per language ("nl", "en")

For the engine: scores run from 0.7 (a cue-dependent reading, e.g. "Jan (47)", a party acronym with a
political cue) to 0.85 (an explicit term). Recommended threshold: 0.5 (the engine's 0.4 also works: nothing
here scores below 0.7). Each recognizer runs the rules of BOTH languages, because short chat messages are
often mis-detected and mixed Dutch/English text is common ("Hij is diabetespatiënt btw, but ..."); the
rules are written so that one language's look-alikes do not fire on the other.

Inside one recognizer, overlapping findings are resolved before Presidio sees them: a finding contained in a
longer one of another type is dropped ("Marokkaanse Nederlander" is ETHNIC_ORIGIN, not also NATIONALITY),
except for the pairs in `recognizer.DUAL`, where both types apply to the same words ("miskraam": PREGNANCY
and HEALTH; "zijn man" about a man: SEXUAL_ORIENTATION and MARITAL_STATUS). The engine keeps both and
redaction makes one placeholder of them.

Beyond lexicons: `medical.py` reads conditions and medicines from their word formation, `typos.py` catches
keywords one typing error away, and the family modules state events ("zat vast", "served two years for"),
indirect mentions (a due date, a birth year) and the author's gender for same-sex partners.

The recognizers match raw text (regular expressions over lexicons with Dutch compound handling); they do not
need NLP artifacts or NER labels, so a blank Dutch pipeline loses nothing. See `evaluate.py` for the measured
recall/precision on the labelled set in tests/data/special_*.jsonl.
"""

from __future__ import annotations

from guardrails.special.recognizer import PRECEDENCE, SpecialCategoryRecognizer

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
LANGUAGES: tuple[str, ...] = ("nl", "en")


def recognizers() -> list[SpecialCategoryRecognizer]:
    """One recognizer per language, covering all special and protected types."""
    return [SpecialCategoryRecognizer(lang) for lang in LANGUAGES]


__all__ = [
    "LANGUAGES",
    "PRECEDENCE",
    "PROTECTED_TYPES",
    "SPECIAL_TYPES",
    "SpecialCategoryRecognizer",
    "recognizers",
]
