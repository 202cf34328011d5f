"""Vacancies: create from free Dutch or English text, parse must-have and nice-to-have requirements, edit,
list and close.

Requirements come from headings ("Wat vragen wij", "Functie-eisen", "Pré", "Requirements", "Nice to have")
and bullets, with sentence cues ("is een pré", "bij voorkeur", "preferably", "is a plus") moving a line or
a trailing clause to nice-to-have. Rules, so a recruiter can predict and correct the result.
"""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import Session, select

from retrieval.profile import LANGUAGES, find_city
from storage import audit
from storage.models import Vacancy, VacancyStatus, new_id, utcnow


class VacancyError(LookupError):
    """A vacancy that does not exist in this tenant, or bad vacancy input; the message is safe to show."""


_MUST_HEADINGS = (
    "wat vragen wij",
    "wat wij vragen",
    "wat vragen we",
    "wat we vragen",
    "eisen",
    "functie-eisen",
    "functie eisen",
    "functievereisten",
    "vereisten",
    "requirements",
    "must have",
    "must-have",
    "must haves",
    "must-haves",
    "what we ask",
    "what we are looking for",
    "what we're looking for",
    "wat breng je mee",
    "wat neem je mee",
    "wie ben jij",
    "wie zoeken wij",
    "wie zoeken we",
    "jouw profiel",
    "your profile",
    "profiel",
    "qualifications",
    "required",
    "wat heb je nodig",
    "what you bring",
    "what you'll bring",
    "about you",
    "je hebt",
    "you have",
    "kwalificaties",
    "minimum requirements",
    "key requirements",
)
_NICE_HEADINGS = (
    "pré",
    "pre",
    "pré's",
    "pluspunten",
    "pluspunt",
    "nice to have",
    "nice-to-have",
    "nice to haves",
    "nice-to-haves",
    "bonus",
    "bonus points",
    "preferred",
    "preferred qualifications",
    "extra",
    "een pré",
    "is een pré",
    "strekt tot aanbeveling",
    "good to have",
    "it's a plus",
    "pluspunten zijn",
)
_OTHER_HEADINGS = (
    "wat bieden wij",
    "wat wij bieden",
    "wat bieden we",
    "wat we bieden",
    "wat ga je doen",
    "over de functie",
    "functieomschrijving",
    "taken",
    "jouw taken",
    "verantwoordelijkheden",
    "arbeidsvoorwaarden",
    "solliciteren",
    "interesse",
    "over ons",
    "wie zijn wij",
    "het team",
    "what we offer",
    "we offer",
    "about the role",
    "about us",
    "responsibilities",
    "what you'll do",
    "what you will do",
    "your tasks",
    "benefits",
    "how to apply",
    "contact",
    "the team",
    "procedure",
    "sollicitatieprocedure",
    "informatie",
)
_NICE_CUE = re.compile(
    r"\b(?:is een pr[eé]|zijn een pr[eé]|een pr[eé]|pr[eé]\b|bij voorkeur|strekt tot aanbeveling|pluspunt|"
    r"preferably|is a plus|are a plus|a plus|nice to have|is an advantage|an advantage|is a bonus|bonus|"
    r"ideally|is desirable|desirable|is een voordeel|een voordeel|is an asset|an asset)",
    re.I,
)
_SPLIT_CUE = re.compile(r";\s*|,\s*(?=(?:bij voorkeur|preferably|ideally|idealiter)\b)", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦–]|\d{1,2}[.)])\s+")
_DECORATION = re.compile(r"^[\s#*_>]+|[\s#*_:]+$")
_LABELLED = re.compile(
    r"^\s*\**\s*(locatie|location|standplaats|werklocatie|talen|languages|taal)\s*:?\**\s*:?\s*(.+)$",
    re.I | re.M,
)


def _heading_key(line: str) -> str:
    return re.sub(r"\s+", " ", _DECORATION.sub("", line.strip()).lower().rstrip("?!:"))


def _is_heading(line: str) -> bool:
    """A short line that is not a bullet: markdown headings, bold lines, 'Eisen:' lines."""
    stripped = line.strip()
    return (
        bool(stripped)
        and not _BULLET.match(line)
        and len(stripped) <= 60
        and (
            stripped.startswith("#")
            or stripped.endswith(":")
            or stripped.startswith("**")
            or _heading_key(line) in _MUST_HEADINGS + _NICE_HEADINGS + _OTHER_HEADINGS
        )
    )


def _clean(item: str) -> str:
    item = _BULLET.sub("", item).strip()
    item = re.sub(r"\*\*|__", "", item)
    return item.rstrip(" ;.,").strip()


def _classify(item: str) -> tuple[list[str], list[str]]:
    """A must item may carry a nice clause: 'HBO-niveau, bij voorkeur informatica', 'X; Y is een voordeel'."""
    must: list[str] = []
    nice: list[str] = []
    for part in _SPLIT_CUE.split(item):
        part = part.strip(" ;,.")
        if part:
            (nice if _NICE_CUE.search(part) else must).append(part)
    return must, nice


def parse_requirements(text: str, lang: str | None = None) -> dict[str, list[str]]:
    """Must-have and nice-to-have requirements from a vacancy text (Dutch or English)."""
    must: list[str] = []
    nice: list[str] = []
    mode: str | None = None
    saw_heading = False
    bullets_anywhere: list[str] = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        if _is_heading(raw):
            key = _heading_key(raw)
            if key in _MUST_HEADINGS:
                mode, saw_heading = "must", True
            elif key in _NICE_HEADINGS:
                mode, saw_heading = "nice", True
            else:
                mode = None
            continue
        item = _clean(raw)
        if not item or len(item) > 300:
            continue
        if _BULLET.match(raw):
            bullets_anywhere.append(item)
        if mode is None or (not _BULLET.match(raw) and len(item) > 160):
            continue
        m, n = _classify(item)
        if mode == "nice":
            nice.extend(m + n)
        else:
            must.extend(m)
            nice.extend(n)
    if not saw_heading:  # no requirement headings: every bullet counts, cues decide which kind
        for item in bullets_anywhere:
            m, n = _classify(item)
            must.extend(m)
            nice.extend(n)
        if not bullets_anywhere:  # prose: sentences that name a requirement
            for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
                s = _clean(sentence)
                if re.search(
                    r"\b(ervaring|kennis|experience|knowledge|proficien|degree|diploma|opleiding)\b", s, re.I
                ):
                    m, n = _classify(s)
                    must.extend(m)
                    nice.extend(n)
    return {"must": _unique(must), "nice": [n for n in _unique(nice) if n not in must]}


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.lower()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _title_of(text: str) -> str:
    for line in text.splitlines():
        clean = _DECORATION.sub("", line).strip()
        if clean:
            return clean[:120]
    raise VacancyError("the vacancy text is empty")


def _labelled(text: str, labels: tuple[str, ...]) -> str | None:
    for m in _LABELLED.finditer(text):
        if m.group(1).lower() in labels:
            return re.sub(r"\*\*", "", m.group(2)).strip()
    return None


def detect_languages(text: str) -> list[str]:
    """Language codes a vacancy asks for, from a 'Talen:'/'Languages:' line or its requirements."""
    line = _labelled(text, ("talen", "languages", "taal")) or ""
    scope = line or " ".join(parse_requirements(text)["must"])
    found = []
    for code, words in LANGUAGES.items():
        if re.search(r"\b(" + "|".join(words) + r")\b", scope, re.I):
            found.append(code)
    return found


def create_vacancy(
    session: Session,
    tenant: str,
    text: str,
    *,
    title: str | None = None,
    location: str | None = None,
    languages: list[str] | None = None,
    hiring_manager_ids: list[str] | None = None,
    vacancy_id: str | None = None,
    source_ref: str | None = None,
    actor: str = "system",
) -> Vacancy:
    """Create a vacancy, or update the one with this id / source_ref (never a duplicate)."""
    if not text.strip():
        raise VacancyError("the vacancy text is empty")
    vacancy: Vacancy | None = None
    if vacancy_id:
        vacancy = session.get(Vacancy, vacancy_id)
        if vacancy is not None and vacancy.tenant_id != tenant:
            raise VacancyError(f"vacancy id {vacancy_id!r} is taken")
    if vacancy is None and source_ref:
        vacancy = session.exec(
            select(Vacancy).where(Vacancy.tenant_id == tenant, Vacancy.source_ref == source_ref)
        ).first()
    created = vacancy is None
    if vacancy is None:
        vacancy = Vacancy(id=vacancy_id or new_id("v"), tenant_id=tenant, title="", text="")
    vacancy.title = title or _title_of(text)
    vacancy.text = text
    vacancy.requirements = parse_requirements(text)
    location_line = _labelled(text, ("locatie", "location", "standplaats", "werklocatie"))
    vacancy.location = location or (find_city(location_line) if location_line else None) or location_line
    vacancy.languages = languages if languages is not None else detect_languages(text)
    if hiring_manager_ids is not None:
        vacancy.hiring_manager_ids = hiring_manager_ids
    vacancy.source_ref = source_ref or vacancy.source_ref
    vacancy.updated_at = utcnow()
    session.add(vacancy)
    session.flush()
    audit.record(
        session,
        "vacancy.created" if created else "vacancy.updated",
        actor=actor,
        tenant_id=tenant,
        vacancy_id=vacancy.id,
        details={"must": len(vacancy.requirements["must"]), "nice": len(vacancy.requirements["nice"])},
    )
    return vacancy


def get_vacancy(session: Session, tenant: str, vacancy_id: str) -> Vacancy:
    vacancy = session.get(Vacancy, vacancy_id)
    if vacancy is None or vacancy.tenant_id != tenant:
        raise VacancyError(f"no vacancy {vacancy_id!r} in this tenant")
    return vacancy


def list_vacancies(session: Session, tenant: str, *, status: str | None = None) -> list[Vacancy]:
    query = select(Vacancy).where(Vacancy.tenant_id == tenant)
    if status:
        query = query.where(Vacancy.status == VacancyStatus(status))
    return list(session.exec(query.order_by(Vacancy.created_at, Vacancy.id)))


def edit_requirements(
    session: Session,
    tenant: str,
    vacancy_id: str,
    *,
    must: list[str] | None = None,
    nice: list[str] | None = None,
    add_must: list[str] = (),  # type: ignore[assignment]
    add_nice: list[str] = (),  # type: ignore[assignment]
    remove: list[str] = (),  # type: ignore[assignment]
    actor: str = "system",
) -> Vacancy:
    """Replace or amend the requirements a recruiter corrected; the vacancy text stays as written."""
    vacancy = get_vacancy(session, tenant, vacancy_id)
    current = dict(vacancy.requirements or {"must": [], "nice": []})
    new_must = list(must) if must is not None else list(current.get("must", []))
    new_nice = list(nice) if nice is not None else list(current.get("nice", []))
    new_must += [m for m in add_must if m.strip()]
    new_nice += [n for n in add_nice if n.strip()]
    gone = {r.strip().lower() for r in remove}
    new_must = _unique([m.strip() for m in new_must if m.strip() and m.strip().lower() not in gone])
    new_nice = _unique([n.strip() for n in new_nice if n.strip() and n.strip().lower() not in gone])
    vacancy.requirements = {"must": new_must, "nice": [n for n in new_nice if n not in new_must]}
    vacancy.updated_at = utcnow()
    session.add(vacancy)
    session.flush()
    audit.record(
        session,
        "vacancy.requirements_edited",
        actor=actor,
        tenant_id=tenant,
        vacancy_id=vacancy.id,
        details={"must": len(new_must), "nice": len(vacancy.requirements["nice"])},
    )
    return vacancy


def close_vacancy(session: Session, tenant: str, vacancy_id: str, *, actor: str = "system") -> Vacancy:
    vacancy = get_vacancy(session, tenant, vacancy_id)
    if vacancy.status != VacancyStatus.closed:
        vacancy.status = VacancyStatus.closed
        vacancy.procedure_closed_at = utcnow()
        vacancy.updated_at = utcnow()
        session.add(vacancy)
        session.flush()
        audit.record(session, "vacancy.closed", actor=actor, tenant_id=tenant, vacancy_id=vacancy.id)
    return vacancy


def vacancy_json(vacancy: Vacancy) -> dict[str, Any]:
    return {
        "id": vacancy.id,
        "title": vacancy.title,
        "requirements": vacancy.requirements,
        "status": str(vacancy.status),
        "location": vacancy.location,
        "languages": vacancy.languages,
        "hiring_manager_ids": vacancy.hiring_manager_ids,
        "procedure_closed_at": vacancy.procedure_closed_at,
    }
