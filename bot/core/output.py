"""The one exit of the core: every text in a Reply passes the output guardrails here, once.

Order matters: the verdict guard first (a decision statement becomes decision-support language), then the
redaction for where the text goes (a channel post, or an authorised direct message where the tenant allows
names). Any text addressed to an AI (a CV quote, a summary built from one) is cut first. If any check
fails, nothing is posted (fail closed).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import lru_cache

import guardrails
from bot.core.models import CandidateCard, Evidence, Question, Reply
from bot.core.texts import t
from guardrails import ScanResult, injection, verdict
from guardrails.policy import Destination, Policy

log = logging.getLogger(__name__)
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


class _Guard:
    def __init__(self, lang: str, direct: bool, names: bool) -> None:
        self.lang = lang
        self.destination = Destination.dm_authorised if direct and names else Destination.channel_post
        self.names = names
        self.reasons: set[str] = set()

    def __call__(self, text: str) -> str:
        if not text or not text.strip():
            return text
        if injection.contains_instructions(text):
            self.reasons.add("injection_cut")
            text = injection.strip(text, placeholder="[…]")
        judged = verdict.check(text, self.lang)
        if not judged.ok:
            self.reasons.update(judged.reasons)
        return _redact(judged.text, self.destination, self.names)


@lru_cache(maxsize=1)
def _template_fragments() -> tuple[str, ...]:
    """The fixed wording of our own templates, between placeholders.

    It names categories ("religion", "pregnancy") and buttons ("Approve") but holds no personal data, so
    findings inside it are not redacted; everything filled in (quotes, names, summaries) still is."""
    from bot.core import refusals
    from bot.core.texts import DECISION_ERRORS, TEXTS

    texts = [
        text for table in (TEXTS, DECISION_ERRORS) for langs in table.values() for text in langs.values()
    ]
    texts += [text for langs in refusals.MESSAGES.values() for text in langs.values()]
    fragments = {frag for text in texts for frag in _PLACEHOLDER.split(text) if len(frag.strip()) >= 12}
    return tuple(sorted(fragments, key=len, reverse=True))


def _template_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for frag in _template_fragments():
        start = text.find(frag)
        while start != -1:
            spans.append((start, start + len(frag)))
            start = text.find(frag, start + 1)
    return spans


@lru_cache(maxsize=2048)
def _redact(text: str, destination: Destination, channel_names: bool) -> str:
    """Redaction is deterministic, and most replies are templates: analyse each distinct text once."""
    result = guardrails.scan(text)
    spans = _template_spans(text)
    kept = [f for f in result.findings if not any(a <= f.start and f.end <= b for a, b in spans)]
    return guardrails.apply(
        text, ScanResult(result.lang, kept), destination, Policy(channel_names=channel_names)
    )


def _card(card: CandidateCard, guard: _Guard) -> CandidateCard:
    return replace(
        card,
        summary=guard(card.summary),
        matched=[Evidence(guard(ev.requirement), guard(ev.text), ev.start, ev.end) for ev in card.matched],
        missing=[guard(item) for item in card.missing],
        notes=[guard(note) for note in card.notes],
    )


def _question(q: Question, guard: _Guard) -> Question:
    return Question(guard(q.requirement), guard(q.question), guard(q.good_answer), guard(q.cites))


def finalize(reply: Reply, *, direct: bool, names: bool) -> tuple[Reply, list[str]]:
    """The reply as it may be shown, and the reason codes of what had to change (safe to log).

    `direct`: a one-to-one conversation with an authorised user; `names`: the tenant allows names in chat.
    Candidate texts are stored with pseudonyms already; names here are mostly colleagues (who decided).
    """
    guard = _Guard(reply.lang, direct, names)
    try:
        safe = replace(
            reply,
            text=guard(reply.text),
            cards=[_card(card, guard) for card in reply.cards],
            questions=[_question(q, guard) for q in reply.questions],
        )
    except guardrails.GuardrailError:
        log.warning("output guardrails failed; reply withheld")
        return replace(reply, text=t("output_blocked", reply.lang), cards=[], questions=[]), [
            "guardrail_error"
        ]
    return safe, sorted(guard.reasons)
