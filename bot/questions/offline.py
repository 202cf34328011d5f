"""The offline kit generator: no model, deterministic, and good enough to use as it is.

Questions come from the banks in banks.py, one framing per requirement chosen by a stable hash (the same
input always gives the same kit) while spreading framings so a kit does not ask five STAR questions in a
row. The vacancy text supplies the task a question is anchored in; ESCO supplies the yardstick.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from bot.questions.banks import BANKS, TEXTS, Framing
from bot.questions.model import Kind, KitQuestion
from bot.questions.requirements import LANGUAGES, Requirement

MIN_QUESTIONS = 6
MAX_QUESTIONS = 10
OFFLINE_VERSION = "kit-offline.v1"

_WORD = re.compile(r"[^\W\d_][\w+#-]{2,}")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+(.+?)\s*$", re.MULTILINE)
_SHORT_STOP = frozenset(
    [
        "met",
        "van",
        "het",
        "een",
        "voor",
        "and",
        "the",
        "with",
        "for",
        "ervaring",
        "experience",
        "kennis",
        "knowledge",
        "goede",
        "good",
        "minimaal",
        "jaar",
        "years",
        "year",
        "sterke",
        "strong",
        "bij",
        "voorkeur",
        "preferably",
        "wij",
        "you",
        "your",
        "jouw",
        "onze",
        "our",
        "als",
        "zijn",
    ]
)


def stable_hash(*parts: str) -> int:
    """A hash that is the same in every process (Python's hash() is salted per run)."""
    return int.from_bytes(hashlib.sha256("\x1f".join(parts).encode()).digest()[:8], "big")


def _stems(text: str) -> set[str]:
    return {w.lower()[:6] for w in _WORD.findall(text) if w.lower() not in _SHORT_STOP}


def bullet_lines(text: str) -> list[str]:
    return [m.group(1).strip() for m in _BULLET.finditer(text)]


def best_duty(requirement: Requirement, duties: list[str]) -> str:
    """The vacancy task that shares most words with the requirement, "" when none does."""
    wanted = _stems(f"{requirement.text} {requirement.skill_label}")
    scored = [(len(wanted & _stems(d)), -i, d) for i, d in enumerate(duties) if d != requirement.text]
    best = max(scored, default=(0, 0, ""))
    return best[2].rstrip(".;") if best[0] >= 1 else ""


def _first_sentence(description: str, limit: int = 220) -> str:
    sentence = re.split(r"(?<=[.!?])\s", description.strip(), maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rsplit(" ", 1)[0] + "…"


@dataclass
class Picker:
    """Chooses framings per kit: stable per requirement, spread across the kit."""

    seed: str
    used: Counter[str]

    def pick(self, bank: list[Framing], requirement: str, kind: str, nth: int = 0) -> Framing:
        start = (stable_hash(self.seed, requirement, kind) + nth) % len(bank)
        order = [bank[(start + i) % len(bank)] for i in range(len(bank))]
        choice = min(order, key=lambda f: (self.used[f"{kind}:{f.key}"], order.index(f)))
        self.used[f"{kind}:{choice.key}"] += 1
        return choice


def _language_target(req: Requirement, lang: str) -> tuple[str, str]:
    """(language to test, preferred framing key): another language than the interview's is spoken in it."""
    own = LANGUAGES["english" if lang == "en" else "nederlands"][1 if lang == "nl" else 0]
    others = [name for name in req.languages if name != own]
    return (others[0], "") if others else (own, "written")


def question_for(
    req: Requirement,
    kind: Kind,
    lang: str,
    picker: Picker,
    *,
    duties: list[str],
    quote: str = "",
    nth: int = 0,
) -> KitQuestion:
    """One question about `req` of the given kind, in `lang`."""
    texts = TEXTS[lang]
    # A missing language, certificate, diploma or condition is checked the way it is checked for anyone.
    gap_bank = "gap" if req.type in ("technical", "knowledge", "transversal", "experience") else req.type
    bank_key = gap_bank if kind == "gap" else "verify" if kind == "verify" else req.type
    bank = BANKS[(bank_key, lang)]
    language, preferred = _language_target(req, lang) if req.type == "language" else ("", "")
    framing = (
        next((f for f in bank if f.key == preferred), None)
        if preferred and bank_key == "language" and not nth
        else None
    )
    framing = framing or picker.pick(bank, req.text, kind, nth)
    duty = (
        best_duty(req, duties)
        if kind == "competency" and req.type in ("technical", "knowledge", "transversal")
        else ""
    )
    values = {
        "topic": req.topic,
        "topic_q": f'"{req.topic}"',
        "req": req.text.rstrip("."),
        "context": texts["context"].format(duty=duty) if duty else "",
        "esco": texts["esco"].format(description=_first_sentence(req.description)) if req.description else "",
        "years": texts["years"].format(years=req.years) if req.years else "",
        "language": language,
        "level": texts["level"].format(level=req.level) if req.level else "",
        "quote": quote.rstrip("."),  # the sentence's own full stop would clash with the question's
    }
    return KitQuestion(
        requirement=req.text,
        question=framing.question.format(**values),
        good_answer=framing.good.format(**values),
        cites=quote if kind == "verify" else req.text,
        kind=kind,
        source="offline",
    )


def vacancy_plan(requirements: list[Requirement]) -> list[tuple[Requirement, int]]:
    """(requirement, nth question about it): must-haves first, nice-to-haves next, 6 to 10 in all."""
    must = [r for r in requirements if r.priority == "must"]
    nice = [r for r in requirements if r.priority == "nice"]
    plan = [(r, 0) for r in must + nice][:MAX_QUESTIONS]
    extra = [r for r in must + nice if r.type in ("technical", "knowledge", "transversal")] or must + nice
    nth = 1
    while len(plan) < MIN_QUESTIONS and extra and nth < 4:
        for r in extra:
            if len(plan) >= MIN_QUESTIONS:
                break
            plan.append((r, nth))
        nth += 1
    return plan
