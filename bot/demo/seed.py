"""Load the demo tenant: three users, five vacancies and the synthetic CVs. Safe to run again."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from retrieval.ingest import ingest_paths
from retrieval.vacancies import create_vacancy
from storage.db import session_scope
from storage.directory import add_tenant, add_user, link_tenant
from storage.models import Candidate, Tenant, User

DEMO_DIR = Path(__file__).parent


@dataclass
class SeedResult:
    tenant_id: str
    users: list[dict]
    vacancies: list[dict]
    candidates: int
    skipped: list[dict]

    def to_json(self) -> dict:
        return {
            "tenant_id": self.tenant_id,
            "users": self.users,
            "vacancies": self.vacancies,
            "candidates": self.candidates,
        }


def load_manifest() -> dict:
    return json.loads((DEMO_DIR / "demo.json").read_text(encoding="utf-8"))


def seed(on_progress=None) -> SeedResult:
    manifest = load_manifest()
    spec = manifest["tenant"]
    with session_scope() as session:
        tenant = session.get(Tenant, spec["id"]) or add_tenant(session, spec["name"], tenant_id=spec["id"])
        if spec.get("slack_team"):
            link_tenant(session, tenant, "slack_team", spec["slack_team"])
        if spec.get("teams_tenant"):
            link_tenant(session, tenant, "teams_tenant", spec["teams_tenant"])
        users = []
        for u in manifest["users"]:
            user = session.get(User, u["id"]) or add_user(
                session,
                tenant,
                u["role"],
                name=u["name"],
                user_id=u["id"],
                slack_user_id=u.get("slack_user"),
                teams_user_id=u.get("teams_user"),
                trained_overseer=u["role"] != "recruiter",
            )
            users.append({"id": user.id, "role": user.role.value, "name": user.name})
        vacancies = []
        for v in manifest["vacancies"]:
            vacancy = create_vacancy(
                session,
                tenant.id,
                (DEMO_DIR / v["file"]).read_text(encoding="utf-8"),
                title=v["title"],
                location=v.get("location"),
                languages=v.get("languages"),
                hiring_manager_ids=v.get("hiring_managers", []),
                vacancy_id=v["id"],
            )
            vacancies.append({"id": vacancy.id, "title": vacancy.title})
    results = ingest_paths(tenant.id, [DEMO_DIR / "cvs"], on_progress=on_progress)
    with session_scope() as session:
        count = len(session.exec(select(Candidate.id).where(Candidate.tenant_id == tenant.id)).all())
    skipped = [{"path": str(r.path), "error": r.error} for r in results if r.status == "skipped"]
    return SeedResult(tenant.id, users, vacancies, count, skipped)
