"""Rows for the conversation-core tests, written straight through storage (no embedder, no index)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlmodel import Session

from bot.core.models import Channel, Principal
from storage.crypto import encrypt
from storage.directory import add_tenant, add_user
from storage.models import Candidate, MatchSuggestion, Role, Vacancy

EXPLANATION = {
    "matched": [
        {
            "requirement": "5 years of Python",
            "evidence": {"text": "Python developer since 2016 at Acme", "start": 0, "end": 35},
        },
        {
            "requirement": "PostgreSQL",
            "evidence": {"text": "designed PostgreSQL schemas", "start": 40, "end": 67},
        },
    ],
    "missing": ["Kubernetes"],
    "summary": "Covers 2 of 3 must-haves; 8 years of experience.",
}


@dataclass
class World:
    tenant_id: str
    vacancy_id: str
    suggestion_ids: list[str]
    candidate_ids: list[str]


def principal(
    world: World, user_id: str, channel: Channel = Channel.console, lang: str | None = None
) -> Principal:
    role = {
        "rec": Role.recruiter,
        "rec2": Role.recruiter,
        "mgr": Role.hiring_manager,
        "mgr2": Role.hiring_manager,
        "adm": Role.admin,
    }[user_id]
    return Principal(world.tenant_id, user_id, role, channel, lang=lang)


def build(session: Session, *, candidates: int = 3, cv_texts: list[str] | None = None) -> World:
    """Tenant `acme`: recruiters `rec`, `rec2`; hiring managers `mgr` (on the vacancy), `mgr2`; admin."""
    tenant = add_tenant(session, "Acme", tenant_id="acme")
    for uid, role, name in [
        ("rec", "recruiter", "Rita"),
        ("rec2", "recruiter", "Rob"),
        ("mgr", "hiring_manager", "Henk"),
        ("mgr2", "hiring_manager", "Mila"),
        ("adm", "admin", "Anna"),
    ]:
        add_user(session, tenant, role, name=name, user_id=uid)
    vacancy = Vacancy(
        id="v_python",
        tenant_id=tenant.id,
        title="Senior Python Developer",
        text="We zoeken een Python developer.",
        requirements={"must": ["5 years of Python", "PostgreSQL", "Kubernetes"], "nice": []},
        hiring_manager_ids=["mgr"],
    )
    session.add(vacancy)
    session.add(
        Vacancy(
            id="v_data",
            tenant_id=tenant.id,
            title="Data Analyst",
            text="SQL en dashboards.",
            requirements={"must": ["SQL"], "nice": []},
            hiring_manager_ids=["mgr2"],
        )
    )
    suggestion_ids, candidate_ids = [], []
    texts = cv_texts or []
    for i in range(candidates):
        cand = Candidate(
            tenant_id=tenant.id,
            source_ref=f"test/cv-{i}.txt",
            identity_enc=encrypt(json.dumps({"name": f"Jan Jansen {i}"})),
            redacted_text=texts[i] if i < len(texts) else "Python developer since 2016 at Acme.",
        )
        session.add(cand)
        session.flush()
        sug = MatchSuggestion(
            tenant_id=tenant.id,
            vacancy_id=vacancy.id,
            candidate_id=cand.id,
            score=0.9 - i * 0.1,
            explanation=EXPLANATION,
            model_version="test-model",
            prompt_version="test-prompt",
        )
        session.add(sug)
        session.flush()
        suggestion_ids.append(sug.id)
        candidate_ids.append(cand.id)
    return World(tenant.id, vacancy.id, suggestion_ids, candidate_ids)
