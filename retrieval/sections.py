"""Split a CV into its sections (experience, education, skills, languages ...) by their headings.

Headings are recognised in Dutch and English from a fixed list: CVs use a small vocabulary of headings,
and a list is predictable where a model would guess. Offsets index the text they were found in, so
facts extracted per section keep verbatim evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADINGS: dict[str, tuple[str, ...]] = {
    "profile": (
        "profiel",
        "profile",
        "persoonlijk profiel",
        "personal profile",
        "summary",
        "samenvatting",
        "over mij",
        "about me",
        "professional summary",
        "introductie",
        "introduction",
        "objective",
        "doel",
    ),
    "experience": (
        "werkervaring",
        "ervaring",
        "work experience",
        "experience",
        "professional experience",
        "employment history",
        "employment",
        "loopbaan",
        "arbeidsverleden",
        "relevante werkervaring",
        "werk ervaring",
        "career",
        "work history",
        "projecten",
        "projects",
    ),
    "education": (
        "opleiding",
        "opleidingen",
        "education",
        "studies",
        "opleiding en cursussen",
        "academic background",
        "diploma's",
        "diplomas",
        "education and training",
        "opleidingen en trainingen",
    ),
    "skills": (
        "vaardigheden",
        "skills",
        "competenties",
        "competences",
        "competencies",
        "kennis",
        "technical skills",
        "technische vaardigheden",
        "expertise",
        "tools",
        "kennis en vaardigheden",
        "skills and tools",
        "vaardigheden en tools",
        "key skills",
        "kerncompetenties",
        "core skills",
    ),
    "languages": ("talen", "languages", "taalvaardigheid", "language skills", "talenkennis", "taalkennis"),
    "certifications": (
        "certificaten",
        "certificeringen",
        "certifications",
        "certificates",
        "courses",
        "cursussen",
        "trainingen",
        "training",
        "cursussen en certificaten",
        "courses and certificates",
    ),
    "personal": (
        "personalia",
        "persoonlijke gegevens",
        "personal details",
        "personal information",
        "contact",
        "contactgegevens",
        "contact details",
        "gegevens",
    ),
    "availability": ("beschikbaarheid", "availability"),
    "other": (
        "hobby's",
        "hobbies",
        "interests",
        "interesses",
        "nevenactiviteiten",
        "references",
        "referenties",
        "nevenactiviteiten en interesses",
        "hobby's en interesses",
        "volunteering",
        "vrijwilligerswerk",
        "overig",
        "other",
        "publications",
        "publicaties",
        "extracurricular activities",
    ),
}
_BY_HEADING = {h: kind for kind, heads in HEADINGS.items() for h in heads}
_LINE = re.compile(r"[^\n]*\n?")
_DECORATION = re.compile(r"^[\s#*_=>\-•|]+|[\s#*_=:\-•|]+$")
MAX_HEADING_CHARS = 45


@dataclass(frozen=True, slots=True)
class Section:
    kind: str  # header (before the first heading) | one of HEADINGS
    heading: str
    start: int  # offset of the heading line (or 0 for the header)
    end: int

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "start": self.start, "end": self.end}


def heading_kind(line: str) -> str | None:
    """The section a line opens, or None when it is ordinary text."""
    if len(line.strip()) > MAX_HEADING_CHARS:
        return None
    key = re.sub(r"\s+", " ", _DECORATION.sub("", line.strip()).lower())
    return _BY_HEADING.get(key.replace("&", "and")) or _BY_HEADING.get(key.replace("&", "en"))


def split_sections(text: str) -> list[Section]:
    """Sections covering the whole text in order; text before the first heading is the 'header'."""
    marks: list[tuple[int, str, str]] = []
    pos = 0
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        kind = heading_kind(line)
        if kind is not None:
            marks.append((pos, kind, line.strip()))
        pos += len(line)
    sections: list[Section] = []
    if not marks or marks[0][0] > 0:
        sections.append(Section("header", "", 0, marks[0][0] if marks else len(text)))
    for i, (start, kind, heading) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        sections.append(Section(kind, heading, start, end))
    return sections


def spans_of(sections: list[Section], kind: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in sections if s.kind == kind]
