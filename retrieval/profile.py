"""Structured facts from a redacted CV: skills, job titles, experience, education, languages, location,
availability. Each fact carries verbatim evidence offsets into the stored (redacted) text.

Everything here reads REDACTED text only, so no fact can carry a name, a contact detail or a special
category. Rules, not a model: the same CV always gives the same profile, and every fact can be checked
against its quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from retrieval.sections import Section, spans_of, split_sections

PROFILE_VERSION = 1
MAX_SKILLS = 60
MAX_TITLES = 6
SKILL_SECTIONS = ("skills", "profile", "certifications", "experience")

EDUCATION_RANK = {"mbo": 1, "hbo": 2, "bachelor": 2, "wo": 3, "master": 3, "phd": 4}
_EDUCATION = [
    ("phd", r"\bph\.?\s?d\b|\bpromotie\b|\bpromovendus\b|\bdoctorate\b|\bproefschrift\b|\bdoctoral\b"),
    ("master", r"\bmaster\b|\bm\.?sc\b|\bmsc\b|\bm\.a\.|\bmba\b|\bllm\b|\bdoctoraal\b|\bir\.\s|\bdrs\.\s"),
    ("wo", r"\bwo\b|\buniversiteit\b|(?<!applied sciences )\buniversity\b(?! of applied)"),
    ("bachelor", r"\bbachelor\b|\bb\.?sc\b|\bbsc\b|\bb\.a\.|\bbba\b|university of applied sciences"),
    ("hbo", r"\bhbo\b|\bhogeschool\b"),
    ("mbo", r"\bmbo\b|\broc\b|\bniveau [234]\b|\bvakopleiding\b"),
]
LANGUAGES = {
    "nl": ("nederlands", "nederlandse", "dutch", "vlaams", "flemish"),
    "en": ("engels", "engelse", "english"),
    "de": ("duits", "duitse", "german", "deutsch"),
    "fr": ("frans", "franse", "french"),
    "es": ("spaans", "spaanse", "spanish"),
    "it": ("italiaans", "italian"),
    "pt": ("portugees", "portuguese"),
    "pl": ("pools", "polish"),
    "tr": ("turks", "turkish"),
    "ar": ("arabisch", "arabic"),
    "zh": ("chinees", "chinese", "mandarijn", "mandarin"),
}
LANGUAGE_NAMES = {
    "nl": "Dutch",
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "pl": "Polish",
    "tr": "Turkish",
    "ar": "Arabic",
    "zh": "Chinese",
}
CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")
_LEVEL_WORDS = [
    ("C2", r"moedertaal|native|mother tongue|first language|tweetalig|bilingual"),
    ("C2", r"near[- ]native|uitstekend|excellent|vloeiend in woord en geschrift"),
    ("C1", r"vloeiend|fluent|full professional|zeer goed|very good|proficient"),
    ("B2", r"professional working|goed|good|gevorderd|advanced"),
    ("B1", r"redelijk|reasonable|intermediate|conversational|gemiddeld"),
    ("A2", r"basis|basic|elementary|beginner|beperkt|limited"),
]
_LANG_WORD = re.compile(r"\b(" + "|".join(w for ws in LANGUAGES.values() for w in ws) + r")\b", re.I)
_LANG_OF = {w: code for code, ws in LANGUAGES.items() for w in ws}
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_MONTH = r"(?:\d{1,2}[-/.]|[a-z]{3,9}\.?[ \t])?"
_NOW = r"heden|present|nu|now|current|huidig|today|to date"
_RANGE = re.compile(
    rf"(?P<a>{_MONTH}{_YEAR})[ \t]*(?:[-–—]|t/m|tot|to|until)[ \t]*(?P<b>{_MONTH}{_YEAR}|(?:{_NOW})\b)", re.I
)
_STATED_YEARS = re.compile(
    r"(?P<n>\d{1,2})\+?\s*(?:jaar|jaren|years?|yrs)\s+(?:\w+\s+){0,3}?"
    r"(?:werkervaring|ervaring|experience|relevante ervaring|work experience)",
    re.I,
)
_AVAILABILITY = re.compile(
    r"[^\n]*(?:beschikbaar|opzegtermijn|per direct|available|notice period|start date|startdatum)[^\n]*", re.I
)
_LOCATION_LABEL = re.compile(r"(?:woonplaats|location|locatie|standplaats|based in|wonend in)\s*:?\s*", re.I)
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*[A-Z](?:_\d+)?>")
# Cities of the Netherlands and Flanders: a city is the only location fact kept (never a street).
CITIES = (
    "Amsterdam Rotterdam Den Haag 's-Gravenhage Utrecht Eindhoven Groningen Tilburg Almere Breda Nijmegen "
    "Apeldoorn Haarlem Arnhem Enschede Amersfoort Zaanstad Haarlemmermeer Den Bosch 's-Hertogenbosch Zwolle "
    "Zoetermeer Leiden Maastricht Dordrecht Ede Alphen aan den Rijn Westland Alkmaar Emmen Delft Venlo "
    "Deventer "
    "Sittard Helmond Oss Amstelveen Hilversum Leeuwarden Heerlen Zeist Gouda Roosendaal Hoorn Purmerend "
    "Schiedam Spijkenisse Lelystad Vlaardingen Almelo Assen Capelle aan den IJssel Veenendaal Katwijk "
    "Nieuwegein Hengelo Houten Harderwijk Middelburg Vlissingen Bergen op Zoom Wageningen Woerden Kampen "
    "Hoofddorp Schiphol Diemen Rijswijk Leidschendam Voorburg Hardenberg Doetinchem Tiel Culemborg "
    "Antwerpen Gent Brussel Brussels Leuven Brugge Mechelen Hasselt Kortrijk Aalst"
)
_CITY_NAMES = sorted({c for c in re.split(r"\s(?=[A-Z'])", CITIES) if c}, key=len, reverse=True)
_CITY = re.compile(r"(?<![\w-])(" + "|".join(re.escape(c) for c in _CITY_NAMES) + r")(?![\w-])")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    """A fact's evidence: trimmed, and cut before any redaction placeholder (never quote one)."""
    placeholder = PLACEHOLDER.search(text, start, end)
    if placeholder:
        end = placeholder.start()
        while end > start and text[end - 1] in " ,;:(-–":
            end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end]).to_dict()


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _in(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def extract_profile(text: str, lang: str, *, city_hint: str | None = None) -> dict[str, Any]:
    """The structured profile of one redacted CV (JSON-ready)."""
    sections = split_sections(text)
    return {
        "version": PROFILE_VERSION,
        "language": lang,
        "sections": [s.to_dict() for s in sections],
        "skills": extract_skill_facts(text, lang, sections),
        "titles": extract_titles(text, lang, sections),
        "years_experience": years_of_experience(text, sections),
        "education": education_level(text, sections),
        "languages": spoken_languages(text, sections),
        "location": location(text, sections, city_hint),
        "availability": availability(text, sections),
    }


def extract_skill_facts(text: str, lang: str, sections: list[Section]) -> list[dict[str, Any]]:
    """Skills named anywhere in the CV; paraphrases looked for in the sections that state skills, most
    telling first (embedding every sentence of a long CV would dominate ingestion time)."""
    from retrieval.skills import extract_skills

    regions = [span for kind in SKILL_SECTIONS for span in spans_of(sections, kind)]
    hits = extract_skills(text, lang=lang, top_k=MAX_SKILLS, regions=regions or None)
    return [
        {"uri": h.uri, "label": h.label, "score": round(float(h.score), 3), **_span(text, h.start, h.end)}
        for h in hits
        if not PLACEHOLDER.search(h.text)
    ]


def _title_candidates(text: str, sections: list[Section]) -> list[tuple[int, int]]:
    """Job-title spans: the text beside a date range in the experience section, and the header's headline."""
    found: list[tuple[int, int]] = []
    experience = spans_of(sections, "experience")
    for m in _RANGE.finditer(text):
        if experience and not _in(experience, m.start()):
            continue
        _line_start, line_end = _line_at(text, m.start())
        rest_start = m.end()
        if rest_start >= line_end:  # dates on their own line: the title is the next line
            nxt = line_end + 1
            if nxt >= len(text):
                continue
            rest_start, line_end = _line_at(text, nxt)
        part = text[rest_start:line_end]
        lead = len(part) - len(part.lstrip(" :|,–—-"))
        cut = re.search(r"\s+[–—|@]\s+|,\s+|\s+-\s+|\s+(?:bij|at)\s+", part[lead:])
        end = rest_start + lead + (cut.start() if cut else len(part) - lead)
        if end - (rest_start + lead) >= 3:
            found.append((rest_start + lead, end))
    header = spans_of(sections, "header")
    if header:
        s, e = header[0]
        for m in re.finditer(r"[^\n]+", text[s:e]):
            line = m.group().strip()
            if 3 <= len(line) <= 60 and not PLACEHOLDER.fullmatch(line) and not re.search(r"[:@\d<]", line):
                found.insert(0, (s + m.start(), s + m.end()))
                break
    return found


def extract_titles(text: str, lang: str, sections: list[Section]) -> list[dict[str, Any]]:
    from retrieval.occupations import link_many

    spans: list[tuple[int, int]] = []
    seen: set[str] = set()
    for start, end in _title_candidates(text, sections):
        title = text[start:end].strip()
        key = title.lower()
        if key in seen or PLACEHOLDER.search(title):
            continue
        seen.add(key)
        spans.append((start, end))
        if len(spans) >= MAX_TITLES:
            break
    links = link_many([text[s:e].strip() for s, e in spans], lang=lang, top_k=1)
    out: list[dict[str, Any]] = []
    for (start, end), hits in zip(spans, links, strict=True):
        entry = {**_span(text, start, end), "occupation": None}
        if hits:
            entry["occupation"] = {
                "uri": hits[0].uri,
                "label": hits[0].label,
                "score": round(hits[0].score, 3),
            }
        out.append(entry)
    return out


def _year_of(value: str, today: date) -> float | None:
    value = value.strip()
    year = re.search(_YEAR, value)
    if year is None:
        return today.year + (today.month - 1) / 12 if re.fullmatch(_NOW, value, re.I) or not value else None
    month = re.match(r"(\d{1,2})[-/.]", value)
    m = int(month.group(1)) if month and 1 <= int(month.group(1)) <= 12 else 1
    return int(year.group()) + (m - 1) / 12


def years_of_experience(
    text: str, sections: list[Section], today: date | None = None
) -> dict[str, Any] | None:
    """Years of work: the union of the date ranges in the experience section, else a stated figure."""
    today = today or date.today()
    experience = spans_of(sections, "experience")
    intervals: list[tuple[float, float, int, int]] = []
    if experience:
        for m in _RANGE.finditer(text):
            if not _in(experience, m.start()):
                continue
            a, b = _year_of(m.group("a"), today), _year_of(m.group("b"), today)
            if a is not None and b is not None and a <= b:
                intervals.append((a, b + 1 / 12, m.start(), m.end()))  # a range includes its last month
    if intervals:
        intervals.sort()
        total, cur_a, cur_b = 0.0, intervals[0][0], intervals[0][1]
        for a, b, _, _ in intervals[1:]:
            if a > cur_b:
                total += cur_b - cur_a
                cur_a, cur_b = a, b
            else:
                cur_b = max(cur_b, b)
        total += cur_b - cur_a
        earliest = min(intervals, key=lambda i: i[0])
        return {"value": int(total), "method": "date_ranges", **_span(text, earliest[2], earliest[3])}
    stated = _STATED_YEARS.search(text)
    if stated:
        return {
            "value": int(stated.group("n")),
            "method": "stated",
            **_span(text, stated.start(), stated.end()),
        }
    return None


def education_level(text: str, sections: list[Section]) -> dict[str, Any] | None:
    """The highest education level named, preferring the education section."""
    spans = spans_of(sections, "education") or [(0, len(text))]
    best: tuple[int, str, int, int] | None = None
    for s, e in spans:
        chunk = text[s:e]
        for level, pattern in _EDUCATION:
            for m in re.finditer(pattern, chunk, re.I):
                rank = EDUCATION_RANK[level]
                if best is None or rank > best[0]:
                    best = (rank, level, s + m.start(), s + m.end())
    if best is None:
        return None
    return {"level": best[1], "rank": best[0], **_span(text, best[2], best[3])}


def _level_of(fragment: str) -> str | None:
    cefr = re.search(r"\b([ABC][12])\b", fragment)
    if cefr:
        return cefr.group(1).upper()
    for level, pattern in _LEVEL_WORDS:
        if re.search(rf"\b(?:{pattern})\b", fragment, re.I):
            return level
    return None


def spoken_languages(text: str, sections: list[Section]) -> list[dict[str, Any]]:
    """Languages with CEFR levels ('Nederlands (moedertaal)' -> nl C2), from the languages section."""
    spans = spans_of(sections, "languages")
    if not spans:  # no section: only lines that pair a language with a level
        spans = [(0, len(text))]
        require_level = True
    else:
        require_level = False
    out: dict[str, dict[str, Any]] = {}
    for s, e in spans:
        chunk = text[s:e]
        matches = list(_LANG_WORD.finditer(chunk))
        for i, m in enumerate(matches):
            code = _LANG_OF[m.group(1).lower()]
            line_end = chunk.find("\n", m.end())
            line_end = len(chunk) if line_end < 0 else line_end
            stop = min(line_end, matches[i + 1].start() if i + 1 < len(matches) else line_end)
            fragment = chunk[m.end() : stop]
            level = _level_of(fragment)
            if require_level and level is None:
                continue
            frag_end = m.end() + len(fragment.rstrip(" ,;/|-"))
            if code not in out or (level and CEFR.index(level) > CEFR.index(out[code]["level"] or "A1")):
                out[code] = {"code": code, "level": level, **_span(text, s + m.start(), s + frag_end)}
    return sorted(out.values(), key=lambda x: x["start"])


def location(text: str, sections: list[Section], city_hint: str | None = None) -> dict[str, Any] | None:
    """The candidate's city. Storage redacts locations, so the city usually comes from `city_hint` (found
    before redaction by ingest) and then has no evidence in the stored text."""
    header = spans_of(sections, "header") + spans_of(sections, "personal")
    for s, e in header:
        for m in _CITY.finditer(text, s, e):
            return {"city": canonical_city(m.group(1)), **_span(text, m.start(), m.end())}
    label = _LOCATION_LABEL.search(text)
    if label:
        m = _CITY.match(text, label.end())
        if m:
            return {"city": canonical_city(m.group(1)), **_span(text, m.start(), m.end())}
    if city_hint:
        return {"city": canonical_city(city_hint), "start": None, "end": None, "text": None}
    return None


def find_city(text: str) -> str | None:
    """The first known city in `text` (used on original text, before redaction, to keep only the city)."""
    m = _CITY.search(text)
    return canonical_city(m.group(1)) if m else None


def canonical_city(name: str) -> str:
    return {"'s-Gravenhage": "Den Haag", "'s-Hertogenbosch": "Den Bosch", "Brussels": "Brussel"}.get(
        name, name
    )


def availability(text: str, sections: list[Section]) -> dict[str, Any] | None:
    spans = spans_of(sections, "availability")
    for s, e in spans:
        body = text[s:e].split("\n", 1)
        if len(body) == 2 and body[1].strip():
            offset = s + len(body[0]) + 1
            line = re.search(r"[^\n]*\S[^\n]*", text[offset:e])
            span = _span(text, offset + line.start(), offset + line.end()) if line else None
            if span and span["text"]:
                return span
    m = _AVAILABILITY.search(text)
    span = _span(text, m.start(), m.end()) if m else None
    return span if span and span["text"] else None
