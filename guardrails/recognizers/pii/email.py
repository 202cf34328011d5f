"""EMAIL_ADDRESS: Presidio's e-mail recognizer (regex + TLD validation), with Dutch context words.

Presidio validates the TLD with `tldextract.extract`, which fetches the public suffix list over the network
on first use. We check only what that validation is for, that the address ends in a real top-level domain,
against the suffix list snapshot bundled with tldextract: offline, and without building tldextract's
16k-rule suffix trie on the first scan (~0.1 s of cold start).
"""

from __future__ import annotations

import pkgutil
from functools import lru_cache

from presidio_analyzer.predefined_recognizers import EmailRecognizer

CONTEXT = {
    "en": ["email", "e-mail", "mail", "contact"],
    "nl": ["email", "e-mail", "mail", "mailadres", "e-mailadres", "contact"],
}


@lru_cache(maxsize=1)
def top_level_domains() -> frozenset[str]:
    """The last label of every public-suffix rule ("nl", "com", "amsterdam")."""
    data = pkgutil.get_data("tldextract", ".tld_set_snapshot")
    if not data:  # without the list every address would fail validation: fail closed instead
        raise RuntimeError("tldextract's public suffix list snapshot is missing")
    snapshot = data.decode("utf-8")
    rules = [line.strip() for line in snapshot.splitlines()]
    return frozenset(r.rsplit(".", 1)[-1].lstrip("!*").lower() for r in rules if r and not r.startswith("/"))


class OfflineEmailRecognizer(EmailRecognizer):
    def validate_result(self, pattern_text: str) -> bool:
        domain = pattern_text.rsplit("@", 1)[-1].rstrip(".").lower()
        return "." in domain and domain.rsplit(".", 1)[-1] in top_level_domains()


def build(lang: str) -> list[EmailRecognizer]:
    return [OfflineEmailRecognizer(supported_language=lang, context=CONTEXT[lang])]
