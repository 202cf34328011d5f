"""What one vacancy requirement asks for: its kind of skill, its subject, and what ESCO says about it.

The kind decides which question bank is used: a language is tested by speaking it, a certificate by
checking issuer, date and scope, a technical skill by depth and trade-offs. ESCO (when the taxonomy is
built) adds the skill type and the description a good answer is measured against.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

log = logging.getLogger(__name__)

ReqType = Literal[
    "technical",
    "transversal",
    "language",
    "certification",
    "education",
    "condition",
    "knowledge",
    "experience",
]

LANGUAGES: dict[str, tuple[str, str]] = {  # stem -> (English name, Dutch name)
    "nederlands": ("Dutch", "Nederlands"),
    "dutch": ("Dutch", "Nederlands"),
    "engels": ("English", "Engels"),
    "english": ("English", "Engels"),
    "duits": ("German", "Duits"),
    "german": ("German", "Duits"),
    "frans": ("French", "Frans"),
    "french": ("French", "Frans"),
    "spaans": ("Spanish", "Spaans"),
    "spanish": ("Spanish", "Spaans"),
    "italiaans": ("Italian", "Italiaans"),
    "italian": ("Italian", "Italiaans"),
    "pools": ("Polish", "Pools"),
    "polish": ("Polish", "Pools"),
    "portugees": ("Portuguese", "Portugees"),
    "portuguese": ("Portuguese", "Portugees"),
    "nederlandse": ("Dutch", "Nederlands"),
    "engelse": ("English", "Engels"),
    "duitse": ("German", "Duits"),
    "franse": ("French", "Frans"),
    "spaanse": ("Spanish", "Spaans"),
}
_LANGUAGE_NAME = re.compile(r"\b(" + "|".join(LANGUAGES) + r")\b", re.IGNORECASE)
_LANGUAGE_CONTEXT = re.compile(
    r"\b(?:beheersing|spreken|spreekt|schrijven|schriftelijk|mondeling|vloeiend|taal|talen|language|languages|"
    r"fluent|fluency|proficien\w*|spoken|written|niveau|level|moedertaalniveau|native[- ]level|[abc][12])\b",
    re.IGNORECASE,
)
_CEFR = re.compile(r"\b([ABC][12])\b")
_CERT = re.compile(
    r"\b(?:certifica\w*|gecertificeerd\w*|certified|registratie|registration|registered|licen[cs]e\w*|"
    r"big[- ]registra\w*|prince2|itil|scrum master|aws certified|azure certified)\b",
    re.IGNORECASE,
)
_CERT_ACRONYM = re.compile(r"\b(?:BLS|ALS|VCA|PSM|CPA|RA|AA|ACCA|CISSP|CISA|PMP)\b")  # case matters: "als"
_EDUCATION = re.compile(
    r"\b(?:hbo\w*|wo|mbo\w*|bachelor\w*|master\w*|degree|diploma\w*|\w*opleiding\w*|studie|study|university|"
    r"universiteit|werk- en denkniveau|denkniveau|phd|msc|bsc|hbo-v|mbo-v|informatica|computer science|"
    r"econometri\w*|bedrijfskunde|bedrijfseconomie|verpleegkunde|rechtsgeleerdheid)\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r"\b(?:bereid\w*|willing\w*|rijbewijs|driving licen[cs]e|driver'?s licen[cs]e|reizen|travel\w*|diensten|"
    r"shifts?|onregelmatig\w*|weekend\w*|avond\w*|nacht\w*|night\w*|evening\w*|on-call|bereikbaarheid\w*|"
    r"beschikbaar\w*|available|availability|standby|piket|verhuizen|relocat\w*|living in|wonend "
    r"in|woonachtig|"
    r"based in|resident in|residing in)\b",
    re.IGNORECASE,
)
_TRANSVERSAL = re.compile(
    r"\b(?:communic\w*|samenwerk\w*|teamwork|team player|teamplayer|coach\w*|mentor\w*|begeleid\w*|"
    r"leidinggev\w*|leiding|leadership|lead|klantgericht\w*|customer focus\w*|stakeholder\w*|plannen|"
    r"planning|organis\w*|zelfstandig\w*|independent\w*|proactie\w*|initiatief|initiative|probleemoplos\w*|"
    r"problem[- ]solving|analytisch\w*|analytical|nauwkeurig\w*|accura\w*|stressbestendig\w*|flexib\w*|"
    r"overtuig\w*|persua\w*|presenter\w*|presentation\w*|advis\w*|verantwoordelijk\w*|ownership|"
    r"feedback|voorlichten|voorlichting|klinisch redeneren|reasoning|empath\w*|luisteren|listening)\b",
    re.IGNORECASE,
)
_YEARS = re.compile(r"\b(\d{1,2})\s*\+?\s*(?:jaar|years?|yrs)\b", re.IGNORECASE)
_LEAD = re.compile(
    r"^(?:(?:minimaal|minimum|min\.|at least|ten ?minste|ruim|meer dan|more than|over)\s+)?"
    r"(?:\d{1,2}\s*\+?\s*(?:jaar|years?|yrs)\s*(?:of\s+|aan\s+)?)?"
    r"(?:(?:goede|sterke|uitstekende|gedegen|brede|ruime|diepgaande|aantoonbare|professionele|relevante|"
    r"praktische|good|strong|excellent|solid|deep|proven|demonstrable|professional|relevant|practical|"
    r"hands-on|extensive|working)\s+)*"
    r"(?:werk)?(?:ervaring|experience|kennis|knowledge|beheersing|proficiency|affiniteit|familiarity|"
    r"expertise|understanding)\s+(?:met|in|van|with|of|als|as|op het gebied van|bij|op|binnen|at|within)\s+",
    re.IGNORECASE,
)
_SETTING = re.compile(
    r"^(?:\S+\s+){0,4}(?:werk)?ervaring\s+(?:als\b|(?:op|bij|binnen|in)\s+(?:een|de|het)\b)|"
    r"^(?:\S+\s+){0,5}experience\s+(?:as\b|(?:in|at|within|on)\s+(?:a|an|the)\b)|"
    r"\b(?:years? of experience in|jaar ervaring "
    r"in)\b|\b(?:sector|sectoren|branche|industry|industries|domein|"
    r"domain)\b",
    re.IGNORECASE,
)
_GERUND = re.compile(r"^(?:ervaring|experience)\s+(?=\w+ing\b)", re.IGNORECASE)
_ADJECTIVES = re.compile(
    r"^(?:(?:strong|good|excellent|solid|deep|sound|uitstekende?|goede?|sterke?|gedegen|brede?|a|an|the|een|de|"
    r"het)\s+)+",
    re.IGNORECASE,
)
_SKILLS_WORD = re.compile(r"(?:-?vaardigheden|\s+skills?)(?=\b|$)", re.IGNORECASE)
_AND_EXPERIENCE = re.compile(
    r"\s+(en|and)\s+(?:(?:goede|good|strong|sterke)\s+)?(?:ervaring|kennis|experience|knowledge)\s+"
    r"(?:met|van|with|of|in)\s+",
    re.IGNORECASE,
)
_VALID = re.compile(
    r"^(?:(?:bij voorkeur|preferably|ideally|liefst|bij voorkeur een)\s+)?(?:een\s+|a\s+)?"
    r"(?:(?:geldige?|valid|erkende?|recogni[sz]ed|current)\s+)?",
    re.IGNORECASE,
)
_GENERIC_NOUNS = frozenset(
    [
        "certificaat",
        "certificate",
        "diploma",
        "registratie",
        "registration",
        "kennis",
        "ervaring",
        "vervolgopleiding",
        "geldige",
        "valid",
    ]
)
_TAIL = re.compile(
    r"\s*[,;(]?\s*(?:(?:is\s+)?(?:een|a|an)\s+(?:pr[eé]|plus|voordeel|advantage)|bij "
    r"voorkeur|preferably|ideally|"
    r"liefst|pr[eé])\b.*$",
    re.IGNORECASE,
)
_COMMON_WORD_ENDINGS = (
    "en",
    "ing",
    "heid",
    "ie",
    "ies",
    "eerd",
    "isch",
    "ische",
    "ele",
    "lijke",
    "ige",
    "ed",
)
_CONNECTORS = {
    "en": ((" of ", " or "), (" en ", " and "), (" met ", " with ")),
    "nl": ((" or ", " of "), (" and ", " en "), (" with ", " met ")),
}


@dataclass(frozen=True)
class Requirement:
    """One requirement, analysed. `topic` is a noun phrase fit to put in a question in the kit language."""

    text: str
    priority: Literal["must", "nice"]
    type: ReqType
    topic: str
    description: str = ""  # ESCO description in the kit language, "" when none
    skill_label: str = ""
    years: int | None = None
    languages: tuple[str, ...] = ()  # language names in the kit language, for language requirements
    level: str = ""  # CEFR level, e.g. "B2"


_esco_missing = False


@lru_cache(maxsize=2048)
def _esco(text: str, lang: str) -> tuple[str, str, str] | None:
    """(type, label, description) of the best ESCO skill named in `text`, None without the taxonomy."""
    global _esco_missing
    if _esco_missing:
        return None
    try:
        from retrieval.skills import extract_skills, skill_info

        hits = extract_skills(text, lang=lang, top_k=1)
    except (ImportError, OSError) as exc:  # not built on this machine: kits still work, without ESCO
        log.warning("ESCO taxonomy not available (%s): kits are made without skill descriptions", exc)
        _esco_missing = True
        return None
    if not hits or hits[0].score < 0.6:
        return None
    info = skill_info(hits[0].uri)
    description = info.description(lang)
    if lang == "nl" and not info.description_nl:
        description = ""  # an English description in a Dutch kit reads as a mistake
    return info.type, info.label(lang), description


# Frequent subject words in requirements, for a kit in the other language than the vacancy.
_GLOSSARY_NL_EN = {
    "geautomatiseerd": "automated",
    "geautomatiseerde": "automated",
    "testen": "testing",
    "systemen": "systems",
    "systeem": "system",
    "ontwikkeling": "development",
    "ontwikkelen": "development",
    "beheer": "management",
    "architectuur": "architecture",
    "beveiliging": "security",
    "gegevens": "data",
    "programmeren": "programming",
    "verkoop": "sales",
    "boekhouding": "bookkeeping",
    "rapportages": "reporting",
    "rapporteren": "reporting",
    "administratie": "administration",
    "financiële": "financial",
    "financieel": "financial",
    "zorg": "care",
    "verpleegkunde": "nursing",
    "verpleegkundige": "nursing",
    "klantcontact": "customer contact",
    "projectmanagement": "project management",
    "procesverbetering": "process improvement",
    "datamodellen": "data models",
    "ontwerp": "design",
    "ontwerpen": "design",
    "analyse": "analysis",
    "onderhoud": "maintenance",
    "netwerken": "networks",
    "cloudplatformen": "cloud platforms",
    "acute": "acute",
    "interne": "internal",
    "geneeskunde": "medicine",
    "begroting": "budgeting",
    "jaarrekening": "annual accounts",
    "consolidatie": "consolidation",
    "wetgeving": "legislation",
}

_TERM = re.compile(r"[^\W\d_][\w'-]*")


def translate_terms(topic: str, lang: str) -> str:
    """Dutch subject words to English, word by word; product names and the rest stay as written."""
    if lang != "en":  # Dutch recruiting keeps English skill terms ("account management", "testing")
        return topic
    return _TERM.sub(lambda m: _GLOSSARY_NL_EN.get(m.group().lower(), m.group()), topic)


def topic_of(text: str, source_lang: str, lang: str) -> str:
    """The subject of a requirement: 'Minimaal 5 jaar ervaring met Python' -> 'Python'."""
    topic = text.strip().rstrip(".").split(";")[0]
    topic = _GERUND.sub("", _LEAD.sub("", _ADJECTIVES.sub("", _VALID.sub("", topic))))
    topic = _ADJECTIVES.sub("", _AND_EXPERIENCE.sub(r" \1 ", _SKILLS_WORD.sub("", _TAIL.sub("", topic))))
    topic = topic.strip(" -–:;,.")
    topic = topic or text.strip()
    if source_lang != lang:
        padded = f" {topic} "
        for old, new in _CONNECTORS[lang]:
            padded = padded.replace(old, new)
        topic = padded.strip()
    first = topic.split(" ", 1)[0]
    generic = first.lower() in _GENERIC_NOUNS
    if " " in topic and first[1:].islower() and (generic or first.lower().endswith(_COMMON_WORD_ENDINGS)):
        topic = (
            topic[:1].lower() + topic[1:]
        )  # "Datamodellen optimaliseren" reads mid-sentence; "Python" stays
    return topic


def analyse(text: str, priority: Literal["must", "nice"], source_lang: str, lang: str) -> Requirement:
    years_match = _YEARS.search(text)
    years = int(years_match.group(1)) if years_match else None
    names = [m.group(1).lower() for m in _LANGUAGE_NAME.finditer(text)]
    if names and _LANGUAGE_CONTEXT.search(text):
        index = 1 if lang == "nl" else 0
        languages = tuple(dict.fromkeys(LANGUAGES[n][index] for n in names))
        level = _CEFR.search(text)
        return Requirement(
            text,
            priority,
            "language",
            " / ".join(languages),
            languages=languages,
            level=level.group(1) if level else "",
        )
    topic = topic_of(text, source_lang, lang)
    esco = _esco(text, lang)
    description, label = (esco[2], esco[1]) if esco else ("", "")
    if (_CERT.search(text) or _CERT_ACRONYM.search(text)) and not _EDUCATION.search(text):
        kind: ReqType = "certification"
    elif _EDUCATION.search(text):
        kind = "education"
    elif _CONDITION.search(text):
        kind = "condition"
    elif _SETTING.search(text):
        kind = "experience"
    elif esco and esco[0] in ("transversal", "technical", "knowledge") and not _TRANSVERSAL.search(text):
        kind = esco[0]  # type: ignore[assignment]
    elif _TRANSVERSAL.search(text):
        kind = "transversal"
    else:
        kind = "technical"
    if source_lang != lang:
        if label and kind in ("technical", "knowledge", "transversal"):
            topic = label  # an ESCO label in the kit language beats a translated phrase
        elif kind in ("transversal", "certification", "education", "condition", "experience"):
            topic = text.strip().rstrip(".")  # quoted as the vacancy words it: safer than a loose translation
        else:
            topic = translate_terms(topic, lang)
    return Requirement(text, priority, kind, topic, description, label, years)
