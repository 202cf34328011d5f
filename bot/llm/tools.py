"""The tools a language model may be given: read-only lookups, nothing that writes.

Decisions are method calls that take a verified Principal, never model output (GDPR Art. 22, AI Act
Art. 14). So the registry refuses any tool declared as writing, and every tool here only reads. A model that
emits a call to anything else (an injected `approve_candidate`) gets nothing: see generate.py, which
executes no tool call at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from langchain_core.tools import BaseTool, StructuredTool
from sqlmodel import Session, select

from storage.models import Vacancy


@dataclass(frozen=True)
class ToolSpec:
    name: str
    description: str
    build: Callable[[Session, str], Callable[..., object]]  # (session, tenant_id) -> the tool function
    writes: bool = False


_REGISTRY: dict[str, ToolSpec] = {}


def register(spec: ToolSpec) -> ToolSpec:
    """Add a tool for models; a tool that writes is refused outright."""
    if spec.writes:
        raise ValueError(f"tool {spec.name!r} changes state: models get read-only tools only")
    _REGISTRY[spec.name] = spec
    return spec


def registered() -> list[ToolSpec]:
    return list(_REGISTRY.values())


def tools_for(session: Session, tenant_id: str) -> list[BaseTool]:
    """The registry as langchain tools, bound to one tenant (a model can never reach another tenant)."""
    return [
        StructuredTool.from_function(
            spec.build(session, tenant_id), name=spec.name, description=spec.description
        )
        for spec in _REGISTRY.values()
    ]


def _vacancy_requirements(session: Session, tenant_id: str) -> Callable[[str], dict]:
    def vacancy_requirements(vacancy_id: str) -> dict:
        """The title and must/nice requirements of one vacancy of this tenant."""
        vacancy = session.exec(
            select(Vacancy).where(Vacancy.id == vacancy_id, Vacancy.tenant_id == tenant_id)
        ).first()
        if vacancy is None:
            return {"error": "no such vacancy"}
        return {"title": vacancy.title, "requirements": vacancy.requirements}

    return vacancy_requirements


def _skill_description(_session: Session, _tenant_id: str) -> Callable[[str, str], dict]:
    def skill_description(skill: str, lang: str = "en") -> dict:
        """The ESCO label, type and description of the skill best matching `skill`."""
        from retrieval.skills import extract_skills, skill_info

        hits = extract_skills(skill, lang=lang, top_k=1)
        if not hits:
            return {"error": "no ESCO skill found"}
        info = skill_info(hits[0].uri)
        return {
            "uri": info.uri,
            "label": info.label(lang),
            "type": info.type,
            "description": info.description(lang),
        }

    return skill_description


register(
    ToolSpec(
        "vacancy_requirements",
        "Read the title and the must-have and nice-to-have requirements of a vacancy by id.",
        _vacancy_requirements,
    )
)
register(
    ToolSpec(
        "skill_description",
        "Look up the ESCO description and type of a skill, to understand what it involves.",
        _skill_description,
    )
)
