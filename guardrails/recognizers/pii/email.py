"""EMAIL_ADDRESS: Presidio's e-mail recognizer (regex + TLD validation), with Dutch context words.

Presidio validates the TLD with `tldextract.extract`, which fetches the public suffix list over the network
on first use; we validate against tldextract's bundled snapshot instead, so scanning stays offline.
"""

from __future__ import annotations

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer

CONTEXT = {
    "en": ["email", "e-mail", "mail", "contact"],
    "nl": ["email", "e-mail", "mail", "mailadres", "e-mailadres", "contact"],
}
_OFFLINE_TLDS = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class OfflineEmailRecognizer(EmailRecognizer):
    def validate_result(self, pattern_text: str) -> bool:
        return _OFFLINE_TLDS(pattern_text).fqdn != ""


def build(lang: str) -> list[EmailRecognizer]:
    return [OfflineEmailRecognizer(supported_language=lang, context=CONTEXT[lang])]
