"""Guardrails: find and redact special-category data, protected characteristics and PII (Dutch + English).

    result = guardrails.scan(text)                                  # findings, no text in repr
    safe = guardrails.redact(text, Destination.llm_prompt)          # typed placeholders, pseudonyms
    red = guardrails.redact_with_result(text, Destination.storage)  # both, from one analysis pass
    also = guardrails.apply(text, red.result, Destination.log)      # another destination, no rescan

Everything fails closed: on any analysis error or timeout a GuardrailError is raised and no text is returned.
"""

from __future__ import annotations

import logging

from guardrails.engine import Finding, GuardrailError, ScanResult, get_guard, scan
from guardrails.policy import DEFAULT_POLICY, Destination, Policy
from guardrails.redact import Redaction, apply

VERIFY_ROUNDS = 3


def redact_with_result(
    text: str,
    destination: Destination | str,
    *,
    lang: str | None = None,
    policy: Policy = DEFAULT_POLICY,
    timeout: float | None = None,
) -> Redaction:
    """Scan and redact for `destination`; the scan result can be reused via `apply` for other destinations.

    The output is verified: it is scanned again and anything the destination may not receive is redacted
    too (removing an entity changes the context of its neighbours, which can reveal one more). That makes
    redaction idempotent. If the output is still not clean after VERIFY_ROUNDS, it fails closed.
    """
    dest = _destination(destination)
    result = scan(text, lang, timeout=timeout)
    redacted = apply(text, result, dest, policy)
    if redacted == text:  # nothing removed, so no context changed: already verified
        return Redaction(redacted, result, dest)
    rule = policy.rule(dest)
    for _ in range(VERIFY_ROUNDS):
        check = scan(redacted, lang, timeout=timeout)
        if not any(f.type not in rule.allow for f in check.findings):
            return Redaction(redacted, result, dest)
        redacted = apply(redacted, check, dest, policy)
    logging.getLogger(__name__).error(
        "redaction did not verify clean (destination=%s, chars=%d)", dest, len(text)
    )
    raise GuardrailError("redacted text did not verify clean")


def redact(
    text: str,
    destination: Destination | str,
    *,
    lang: str | None = None,
    policy: Policy = DEFAULT_POLICY,
    timeout: float | None = None,
) -> str:
    """The text as `destination` may receive it."""
    return redact_with_result(text, destination, lang=lang, policy=policy, timeout=timeout).text


def _destination(destination: Destination | str) -> Destination:
    try:
        return Destination(destination)
    except ValueError as exc:
        raise GuardrailError(f"unknown destination {destination!r}") from exc


__all__ = [
    "DEFAULT_POLICY",
    "Destination",
    "Finding",
    "GuardrailError",
    "Policy",
    "Redaction",
    "ScanResult",
    "apply",
    "get_guard",
    "redact",
    "redact_with_result",
    "scan",
]
