"""Retention sweep at scale: delete N expired candidates with their vectors and suggestions.

Runs on the embedded defaults (SQLite + Qdrant local mode) and, when FAIRMATCH_TEST_DATABASE_URL (or
--postgres URL) is set, on PostgreSQL. Prints build time, sweep time, throughput and resident memory
sampled during the sweep, so a flat memory profile shows as a small spread.

    python benchmarks/retention.py [--n 100000] [--postgres URL]
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from retrieval import index
from storage import db
from storage.models import Candidate, MatchSuggestion, Tenant, Vacancy, VacancyStatus
from storage.settings import reset_settings

CREATED = datetime(2025, 1, 1, tzinfo=UTC)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def build(n: int) -> str:
    engine = db.get_engine()
    tenant_id = "t_bench"
    rng = np.random.default_rng(1)
    with engine.begin() as conn:
        conn.execute(
            insert(Tenant),
            [
                {
                    "id": tenant_id,
                    "name": "Bench BV",
                    "ai_paused": False,
                    "show_names_in_chat": True,
                    "created_at": CREATED,
                }
            ],
        )
        conn.execute(
            insert(Vacancy),
            [
                {
                    "id": "v_bench",
                    "tenant_id": tenant_id,
                    "title": "Developer",
                    "text": "Python",
                    "requirements": {"must": ["Python"], "nice": []},
                    "languages": [],
                    "hiring_manager_ids": [],
                    "status": VacancyStatus.closed,
                    "ai_paused": False,
                    "procedure_closed_at": CREATED,
                    "created_at": CREATED,
                    "updated_at": CREATED,
                }
            ],
        )
    for start in range(0, n, 5000):
        ids = [f"c_{i:07d}" for i in range(start, min(n, start + 5000))]
        with engine.begin() as conn:
            conn.execute(
                insert(Candidate),
                [
                    {
                        "id": cid,
                        "tenant_id": tenant_id,
                        "source": "applicant",
                        "source_ref": f"bench:{cid}",
                        "content_hash": "",
                        "redacted_text": "Python developer with PostgreSQL",
                        "profile": {},
                        "ai_notice": False,
                        "restricted": False,
                        "legal_hold": False,
                        "to_be_informed": False,
                        "created_at": CREATED,
                        "updated_at": CREATED,
                    }
                    for cid in ids
                ],
            )
            conn.execute(
                insert(MatchSuggestion),
                [
                    {
                        "id": f"s_{cid}",
                        "tenant_id": tenant_id,
                        "vacancy_id": "v_bench",
                        "candidate_id": cid,
                        "score": 0.5,
                        "explanation": {"matched": [], "missing": ["Python"]},
                        "status": "suggested",
                        "model_version": "bench",
                        "prompt_version": "",
                        "created_at": CREATED,
                        "updated_at": CREATED,
                    }
                    for cid in ids
                ],
            )
        index.upsert_candidates(
            tenant_id,
            [
                index.CandidatePoint(
                    cid, rng.standard_normal(384).astype(np.float32), {1: 1.0}, {"language": "en"}
                )
                for cid in ids
            ],
        )
    return tenant_id


def run_once(n: int, label: str, database_url: str | None) -> dict:
    from scheduler.sweep import sweep

    with tempfile.TemporaryDirectory() as data_dir:
        os.environ["FAIRMATCH_DATA_DIR"] = data_dir
        if database_url:
            os.environ["DATABASE_URL"] = database_url
        else:
            os.environ.pop("DATABASE_URL", None)
        reset_settings()
        db.upgrade()
        t0 = time.perf_counter()
        tenant_id = build(n)
        built = time.perf_counter() - t0
        samples = [rss_mb()]
        t0 = time.perf_counter()
        result = sweep(
            datetime(2026, 6, 1, tzinfo=UTC), batch=1000, on_progress=lambda _n: samples.append(rss_mb())
        )
        elapsed = time.perf_counter() - t0
        left = index.count(tenant_id)
        index.close_all()
        db.get_engine().dispose()
    return {
        "store": label,
        "n": n,
        "build_s": built,
        "sweep_s": elapsed,
        "per_s": n / elapsed,
        "deleted": sum(result.deleted.values()),
        "vectors_left": left,
        "rss_start": samples[0],
        "rss_peak": max(samples),
        "rss_end": samples[-1],
    }


def fresh_pg(url: str) -> tuple[str, str]:
    name = f"fm_bench_{secrets.token_hex(3)}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False), name


def drop_pg(url: str, name: str) -> None:
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--postgres", default=os.environ.get("FAIRMATCH_TEST_DATABASE_URL"))
    args = parser.parse_args()
    rows = [run_once(args.n, "SQLite + Qdrant local", None)]
    if args.postgres:
        url, name = fresh_pg(args.postgres)
        try:
            rows.append(run_once(args.n, "PostgreSQL + Qdrant local", url))
        finally:
            drop_pg(args.postgres, name)
    print(
        f"{'store':<28}{'n':>8}{'build s':>9}{'sweep s':>9}{'cand/s':>9}{'deleted':>9}{'vec left':>9}"
        f"{'RSS start MB':>14}{'peak MB':>9}{'end MB':>8}"
    )
    for r in rows:
        print(
            f"{r['store']:<28}{r['n']:>8}{r['build_s']:>9.1f}{r['sweep_s']:>9.1f}{r['per_s']:>9.0f}"
            f"{r['deleted']:>9}{r['vectors_left']:>9}{r['rss_start']:>14.0f}{r['rss_peak']:>9.0f}"
            f"{r['rss_end']:>8.0f}"
        )


if __name__ == "__main__":
    main()
