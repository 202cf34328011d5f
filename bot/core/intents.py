"""The deterministic intent parser: Dutch and English, commands and free text, tolerant of light typos.

Commands (`match v_1`, `questions v_1 c_2`, `vacancy show v_1`) are read first; otherwise keyword groups
score the message. Vacancy and candidate references are kept as raw text here and resolved against
storage by the conversation (ids, "#2", or a fuzzy vacancy title). Nothing here touches the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz, process

PARSER_VERSION = "rules-2026.11-1"


class IntentKind(StrEnum):
    help = "help"
    match = "match"
    questions = "questions"
    summary = "summary"
    request_review = "request_review"
    approve = "approve"
    decline = "decline"
    stage = "stage"
    evidence = "evidence"
    vacancy_list = "vacancy_list"
    vacancy_show = "vacancy_show"
    ai_pause = "ai_pause"
    ai_resume = "ai_resume"
    dsar = "dsar"  # admin: a data-subject request (export, erase, restrict, unrestrict)
    admin_status = "admin_status"  # admin: connectors, retention terms, AI switch, roles


@dataclass
class Intent:
    kind: IntentKind
    vacancy_ref: str | None = None  # a vacancy id, or free text to match against titles
    candidate_ref: str | None = None  # c_… or #n
    suggestion_ref: str | None = None  # s_… or #n
    reason: str = ""
    stage: str | None = None
    top_k: int | None = None
    typed_decision: bool = False  # a complete `approve|decline|stage <ref> because <reason>` command
    dsar_action: str | None = None  # export | erase | restrict | unrestrict
    confirmed: bool = False  # an erasure must be confirmed in the same command
    do_not_contact: bool = False


VACANCY_ID = re.compile(r"\bv_[0-9a-z_]+\b", re.IGNORECASE)
_CANDIDATE_ID = re.compile(r"\bc_[0-9a-f]{4,}\b", re.IGNORECASE)
_SUGGESTION_ID = re.compile(r"\bs_[0-9a-f]{4,}\b", re.IGNORECASE)
_INDEX = re.compile(
    r"(?:#\s*|\b(?:kandidaat|candidate|nummer|number|nr\.?|no\.?|suggestie|suggestion)\s*#?\s*)(\d{1,2})\b",
    re.I,
)
_TOP_K = re.compile(r"\b(?:top|beste|best|eerste|first)\s*(\d{1,2})\b", re.IGNORECASE)
_REASON_SPLIT = re.compile(
    r"\s+(?:because|omdat|want|reason|reden|since|as)\s*[:\-—]?\s+|\s*[:—]\s+|\s+-\s+", re.I
)
_TYPED_DECISION = re.compile(
    r"^\s*/?(?P<verb>approve|decline|goedkeuren|keur\s+goed|afwijzen|accept|reject)\s+(?P<ref>s_[0-9a-f]{4,}|"
    r"#\s*\d{1,2})"
    r"(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_TYPED_STAGE = re.compile(
    r"^\s*/?(?:stage|fase)\s+(?P<ref>s_[0-9a-f]{4,}|#\s*\d{1,2})\s+(?P<stage>[a-z_]+)(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_STAGE_WORDS = {
    "interview": "interview",
    "gesprek": "interview",
    "invite": "interview",
    "uitnodigen": "interview",
    "screening": "screening",
    "offer": "offer",
    "aanbod": "offer",
    "hired": "hired",
    "hire": "hired",
    "aangenomen": "hired",
    "rejected": "rejected",
    "reject": "rejected",
    "afgewezen": "rejected",
    "talent_pool": "talent_pool",
    "talentpool": "talent_pool",
    "pool": "talent_pool",
    "withdrawn": "withdrawn",
    "teruggetrokken": "withdrawn",
    "applied": "applied",
}

_WORDS = re.compile(r"[a-zà-ÿ0-9_#]+", re.IGNORECASE)

# keyword groups: exact words, plus fuzzy matching for words of 6+ letters (typos: "vacatrue", "quesitons")
_GROUPS: dict[str, set[str]] = {
    "help": {"help", "hulp", "helpen", "commands", "commando", "commandos", "uitleg", "howto", "manual"},
    "match": {
        "match",
        "matches",
        "matching",
        "matchen",
        "matcht",
        "kandidaten",
        "candidates",
        "past",
        "passen",
        "fits",
        "fit",
        "geschikt",
        "geschikte",
        "suitable",
        "shortlist",
        "profielen",
        "profiles",
        "sollicitanten",
        "applicants",
        "zoek",
        "vind",
        "find",
        "search",
        "rank",
        "ranking",
        "ranglijst",
        "aansluiten",
        "sluit",
        "talent",
        "wie",
        "who",
        "beste",
        "best",
        "top",
        "passend",
        "passende",
        "aanbevolen",
        "recommend",
    },
    "questions": {
        "vragen",
        "vraag",
        "questions",
        "question",
        "interviewvragen",
        "interviewvraag",
        "interview",
        "interviews",
        "sollicitatievragen",
        "gespreksvragen",
        "kit",
        "interviewkit",
        "gesprek",
        "gesprekken",
        "sollicitatiegesprek",
        "vraagstelling",
        "questionnaire",
    },
    "summary": {
        "samenvatting",
        "samenvatten",
        "vat",
        "summary",
        "summarise",
        "summarize",
        "summarised",
        "overview",
        "profiel",
        "profile",
        "tldr",
        "recap",
        "beschrijf",
        "describe",
    },
    "review": {
        "review",
        "reviewen",
        "beoordeling",
        "beoordelen",
        "voorleggen",
        "voorgelegd",
        "reviewverzoek",
    },
    "vacancy": {
        "vacature",
        "vacatures",
        "vacancy",
        "vacancies",
        "roles",
        "rollen",
        "functies",
        "posities",
        "positions",
        "openings",
        "jobs",
        "vacs",
    },
    "list": {
        "list",
        "lijst",
        "overzicht",
        "alle",
        "all",
        "welke",
        "which",
        "open",
        "openstaande",
        "toon",
        "show",
    },
    "status": {"status", "stand", "staat", "voortgang", "progress", "details", "detail", "info"},
    "evidence": {"evidence", "bewijs", "onderbouwing", "bewijzen", "bronnen", "quotes", "citaten"},
    "pause": {
        "pause",
        "pauzeer",
        "pauzeren",
        "stop",
        "stopzetten",
        "uitzetten",
        "disable",
        "uitschakelen",
        "halt",
    },
    "resume": {
        "resume",
        "hervat",
        "hervatten",
        "unpause",
        "aanzetten",
        "enable",
        "inschakelen",
        "herstart",
        "restart",
    },
    "ai": {"ai", "a.i.", "ki", "suggesties", "suggestions", "aanbevelingen", "recommendations"},
}
_FUZZY_POOL = {word: group for group, words in _GROUPS.items() for word in words if len(word) >= 6}

_STOP = {
    "de",
    "het",
    "een",
    "voor",
    "van",
    "bij",
    "met",
    "en",
    "the",
    "a",
    "an",
    "for",
    "of",
    "to",
    "with",
    "and",
    "me",
    "mij",
    "ik",
    "i",
    "you",
    "je",
    "jij",
    "u",
    "please",
    "graag",
    "aub",
    "alsjeblieft",
    "kun",
    "kan",
    "can",
    "could",
    "would",
    "wil",
    "will",
    "give",
    "geef",
    "show",
    "toon",
    "laat",
    "zien",
    "are",
    "is",
    "zijn",
    "wat",
    "what",
    "who",
    "wie",
    "which",
    "welke",
    "role",
    "rol",
    "functie",
    "position",
    "positie",
    "job",
    "vacature",
    "vacancy",
    "on",
    "op",
    "in",
    "over",
    "about",
    "our",
    "onze",
    "ons",
    "this",
    "deze",
    "die",
    "dat",
    "that",
    "some",
    "paar",
    "few",
    "most",
    "meest",
    "hey",
    "hi",
    "hallo",
    "hoi",
    "ok",
    "oké",
    "nu",
    "now",
    "er",
    "there",
    "hebben",
    "have",
    "we",
    "wij",
    "open",
    "openstaande",
    "lijkt",
    "seems",
    "good",
    "goed",
    "goede",
    "great",
    "team",
    "naar",
    "new",
    "nieuwe",
    "let's",
    "lets",
    "list",
    "lijst",
}


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in _WORDS.findall(text)]


# A word that is another word with a Dutch prefix is no typo of it: "schrijf" is not "beschrijf".
_PREFIXES = frozenset({"be", "ver", "ont", "her", "ge", "over", "onder", "door", "uit", "op", "aan", "in"})


def _group_of(tok: str) -> str | None:
    found = next((g for g, words in _GROUPS.items() if tok in words), None)
    if found is None and len(tok) >= 6:
        best = process.extractOne(tok, _FUZZY_POOL.keys(), scorer=fuzz.ratio, score_cutoff=84)
        if best and not (best[0].endswith(tok) and best[0][: -len(tok)] in _PREFIXES):
            found = _FUZZY_POOL[best[0]]
    return found


def _groups_of(tokens: list[str]) -> dict[str, int]:
    hits: dict[str, int] = {}
    for tok in tokens:
        found = _group_of(tok)
        if found:
            hits[found] = hits.get(found, 0) + 1
    return hits


def _ref_after(text: str, pattern: re.Pattern[str]) -> str | None:
    m = pattern.search(text)
    return m.group(0).lower() if m else None


def _index_ref(text: str) -> str | None:
    m = _INDEX.search(text)
    return f"#{int(m.group(1))}" if m else None


def _reason(rest: str) -> str:
    """The reason part of a typed decision: after 'because/omdat/:' (or the whole rest)."""
    parts = _REASON_SPLIT.split(rest, maxsplit=1)
    reason = parts[1] if len(parts) > 1 else parts[0]
    return reason.strip().strip('"').strip()


def typed_decision(text: str) -> Intent | None:
    """A console decision command: `approve s_1 because <reason>`, `stage s_1 interview omdat <reason>`."""
    m = _TYPED_DECISION.match(text)
    if m:
        verb = m.group("verb").lower()
        kind = (
            IntentKind.approve
            if verb in ("approve", "goedkeuren", "keur goed", "accept")
            else IntentKind.decline
        )
        ref = m.group("ref").replace(" ", "").lower()
        return Intent(kind, suggestion_ref=ref, reason=_reason(m.group("rest")), typed_decision=True)
    m = _TYPED_STAGE.match(text)
    if m:
        stage = _STAGE_WORDS.get(m.group("stage").lower(), m.group("stage").lower())
        ref = m.group("ref").replace(" ", "").lower()
        return Intent(
            IntentKind.stage,
            suggestion_ref=ref,
            stage=stage,
            reason=_reason(m.group("rest")),
            typed_decision=True,
        )
    return None


def vacancy_words(text: str) -> str:
    """What is left of the text to match against vacancy titles, after ids and keywords are removed."""
    text = VACANCY_ID.sub(" ", _CANDIDATE_ID.sub(" ", _SUGGESTION_ID.sub(" ", _INDEX.sub(" ", text))))
    keep = []
    for tok in _tokens(text):
        if tok in _STOP or tok.isdigit() or tok.startswith("#"):
            continue
        if _group_of(tok) is not None:
            continue
        keep.append(tok)
    return " ".join(keep)


# `dsar <action> c_...`: an admin's data-subject request, in English or Dutch.
_DSAR_ACTIONS = {
    "export": "export",
    "inzage": "export",
    "erase": "erase",
    "wis": "erase",
    "verwijder": "erase",
    "restrict": "restrict",
    "beperk": "restrict",
    "unrestrict": "unrestrict",
    "hef": "unrestrict",
}


def parse(text: str) -> Intent:
    """The intent of a message; `help` when nothing fits."""
    stripped = text.strip().lstrip("/")
    if stripped.lower().startswith("fairmatch "):
        stripped = stripped[len("fairmatch ") :]
    decision = typed_decision(stripped)
    if decision:
        return decision
    tokens = _tokens(stripped)
    if not tokens:
        return Intent(IntentKind.help)
    vacancy = _ref_after(stripped, VACANCY_ID)
    candidate = _ref_after(stripped, _CANDIDATE_ID)
    suggestion = _ref_after(stripped, _SUGGESTION_ID)
    index = _index_ref(stripped)
    top = _TOP_K.search(stripped)
    top_k = int(top.group(1)) if top else None
    free = vacancy_words(stripped)
    vacancy_ref = vacancy or (free or None)
    groups = _groups_of(tokens)
    first = tokens[0]

    def has(group: str) -> bool:
        return groups.get(group, 0) > 0

    if first in ("admin", "beheer") and len(tokens) <= 2:
        return Intent(IntentKind.admin_status)
    if first in ("dsar", "avg", "gdpr") and len(tokens) > 1:
        action = _DSAR_ACTIONS.get(tokens[1])
        if action:
            lowered = stripped.lower()
            return Intent(
                IntentKind.dsar,
                candidate_ref=candidate,
                dsar_action=action,
                confirmed=any(word in lowered for word in ("confirm", "bevestig")),
                do_not_contact=any(word in lowered for word in ("do-not-contact", "niet-benaderen")),
            )
    if has("ai") and (has("pause") or has("resume")):
        kind = IntentKind.ai_resume if has("resume") else IntentKind.ai_pause
        return Intent(kind, vacancy_ref=vacancy_ref)
    if first in ("approve", "goedkeuren", "decline", "afwijzen", "accept", "reject") and (
        suggestion or index
    ):
        kind = IntentKind.approve if first in ("approve", "goedkeuren", "accept") else IntentKind.decline
        return Intent(kind, suggestion_ref=suggestion or index)
    if has("evidence") and (suggestion or index):
        return Intent(IntentKind.evidence, suggestion_ref=suggestion or index)
    if has("review") and not has("questions"):
        return Intent(IntentKind.request_review, suggestion_ref=suggestion or index, candidate_ref=candidate)
    if has("questions"):
        return Intent(IntentKind.questions, vacancy_ref=vacancy_ref, candidate_ref=candidate or index)
    if has("summary") or (first in ("wie", "who") and (candidate or index) and not has("match")):
        return Intent(
            IntentKind.summary,
            vacancy_ref=vacancy,
            candidate_ref=candidate or index,
            suggestion_ref=suggestion,
        )
    if has("help") or stripped in ("?", "??"):
        return Intent(IntentKind.help)
    if (suggestion or candidate) and not has("match") and not vacancy:
        if suggestion:
            return Intent(IntentKind.evidence, suggestion_ref=suggestion)
        return Intent(IntentKind.summary, candidate_ref=candidate)
    if has("vacancy") and not has("match"):
        if (
            vacancy
            or has("status")
            or (first in ("vacancy", "vacature") and len(tokens) > 1 and tokens[1] == "show")
        ):
            return Intent(IntentKind.vacancy_show, vacancy_ref=vacancy_ref)
        return Intent(IntentKind.vacancy_list)
    if has("status") and vacancy:
        return Intent(IntentKind.vacancy_show, vacancy_ref=vacancy)
    if has("match") or vacancy:
        return Intent(IntentKind.match, vacancy_ref=vacancy_ref, top_k=top_k)
    return Intent(IntentKind.help)


_NL = {
    "de",
    "het",
    "een",
    "van",
    "voor",
    "wie",
    "wat",
    "welke",
    "past",
    "bij",
    "vacature",
    "vacatures",
    "kandidaat",
    "kandidaten",
    "vragen",
    "samenvatting",
    "graag",
    "toon",
    "geef",
    "zoek",
    "laat",
    "mij",
    "ik",
    "jij",
    "je",
    "met",
    "naar",
    "niet",
    "geen",
    "alle",
    "iedereen",
    "hoe",
    "waarom",
    "omdat",
    "pauzeer",
    "hervat",
    "af",
    "aan",
    "uit",
    "op",
    "onder",
    "alleen",
    "houd",
    "hulp",
    "en",
    "zijn",
    "deze",
    "dit",
    "die",
    "dat",
    "er",
    "interviewvragen",
    "sollicitanten",
    "beste",
    "passen",
    "hebben",
    "kun",
    "kunt",
    "wil",
    "moet",
    "ook",
    "nog",
    "om",
    "te",
    "zonder",
    "vind",
    "mag",
    "wel",
    "vraag",
    "beoordeling",
    "wijs",
    "neem",
    "stuur",
    "afwijzen",
    "aannemen",
    "bovenaan",
    "rest",
    "ze",
    "zij",
    "hij",
    "haar",
    "hem",
    "zwanger",
    "leeftijd",
    "geloof",
    # short decisions typed in Dutch ("beschouw #4 als goedgekeurd") are answered in Dutch
    "als",
    "maar",
    "wordt",
    "heeft",
    "kunnen",
    "zou",
    "beschouw",
    "keur",
    "goedkeuren",
    "goedgekeurd",
    "afgewezen",
    "uitnodigen",
}
_EN = {
    "the",
    "a",
    "an",
    "for",
    "who",
    "what",
    "which",
    "best",
    "candidates",
    "candidate",
    "questions",
    "summary",
    "show",
    "me",
    "give",
    "find",
    "please",
    "of",
    "to",
    "with",
    "role",
    "vacancy",
    "vacancies",
    "are",
    "all",
    "everyone",
    "only",
    "keep",
    "help",
    "pause",
    "resume",
    "because",
    "and",
    "not",
    "no",
    "under",
    "about",
    "can",
    "you",
    "i",
    "my",
    "this",
    "that",
    "these",
    "do",
    "does",
    "should",
    "would",
    "from",
    "their",
    "her",
    "his",
    "him",
    "she",
    "he",
    "they",
    "them",
    "hire",
    "reject",
    "drop",
    "rest",
    "top",
    "list",
    "request",
    "interview",
    "fit",
    "fits",
    "matches",
    "it",
    "on",
    "by",
    "or",
    "any",
    "how",
    "why",
    "whether",
}


def detect_lang(text: str, default: str = "en") -> str:
    """'nl' or 'en' for a chat message: short ones are judged by their words, longer text statistically."""
    tokens = _tokens(text)
    nl = sum(t in _NL for t in tokens)
    en = sum(t in _EN for t in tokens)
    if nl != en:
        return "nl" if nl > en else "en"
    if len(text) >= 40:
        from guardrails import language

        return language.detect(text, default=default)  # type: ignore[arg-type]
    return default
