"""IP_ADDRESS: Presidio's IPv4/IPv6 recognizer."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import IpRecognizer

CONTEXT = {"en": ["ip", "ipv4", "ipv6", "address"], "nl": ["ip", "ipv4", "ipv6", "adres", "ip-adres"]}


def build(lang: str) -> list[IpRecognizer]:
    return [IpRecognizer(supported_language=lang, context=CONTEXT[lang])]
