"""Latency of one `match` call at 1k, 10k (and optionally 100k) candidates in one tenant, embedded defaults.

    .venv/bin/python benchmarks/matching_speed.py [--sizes 1000,10000,100000] [--runs 20]

How the candidates are made: the demo CVs are ingested for real once (redaction, profile, embedding).
Every synthetic candidate copies one real candidate's redacted text and profile into its database row,
and its index point gets that candidate's sparse vector and its dense vector plus small Gaussian noise
(sigma 0.02 per dimension, then normalised): realistic neighbourhoods without embedding 100k CVs.
Each size gets a fresh data dir (SQLite + Qdrant local mode). Timed: `retrieval.matching.match` for the
demo vacancies in turn, in a warm process (the serve case), and the first call of a fresh process,
which has to load the tenant's collection from disk (the one-shot CLI case). Match latency is given as
wall time and as this process's CPU time: on a shared machine the CPU time is the comparable figure.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402
from sqlmodel import select  # noqa: E402

from retrieval import index  # noqa: E402
from storage import db  # noqa: E402
from storage.db import session_scope  # noqa: E402
from storage.directory import add_tenant  # noqa: E402
from storage.models import Candidate, CandidateSource, utcnow  # noqa: E402
from storage.settings import use_data_dir  # noqa: E402


def _seed(base: Path) -> tuple[list[dict], dict[str, tuple[np.ndarray, dict[int, float]]]]:
    """Ingest the demo CVs once; return their rows and vectors."""
    from retrieval.ingest import ingest_paths

    use_data_dir(base)
    db.upgrade()
    with session_scope() as session:
        tenant = add_tenant(session, "seed").id
    ingest_paths(tenant, [ROOT / "bot" / "demo" / "cvs"])
    with session_scope() as session:
        rows = [
            {"id": c.id, "redacted_text": c.redacted_text, "profile": c.profile, "language": c.language}
            for c in session.exec(select(Candidate).where(Candidate.tenant_id == tenant))
        ]
    vectors = {}
    for p in index.points(tenant, with_vectors=True):
        sparse = p.vector[index.SPARSE]
        vectors[p.payload["candidate_id"]] = (
            np.asarray(p.vector[index.DENSE], dtype=np.float32),
            dict(zip(sparse.indices, sparse.values, strict=True)),
        )
    index.close_all()
    return rows, vectors


def _build(base: Path, n: int, rows: list[dict], vectors: dict) -> tuple[str, list[str], float]:
    from retrieval.vacancies import create_vacancy

    use_data_dir(base)
    db.upgrade()
    with session_scope() as session:
        tenant = add_tenant(session, "bench").id
        vacancies = [
            create_vacancy(session, tenant, p.read_text()).id
            for p in sorted((ROOT / "bot" / "demo" / "vacancies").glob("*.md"))
        ]
    rng = np.random.default_rng(7)
    started = time.perf_counter()
    batch = 1000
    for lo in range(0, n, batch):
        hi = min(n, lo + batch)
        records, points = [], []
        for i in range(lo, hi):
            src = rows[i % len(rows)]
            cid = f"c_bench_{i:06d}"
            now = utcnow()
            records.append(
                {
                    "id": cid,
                    "tenant_id": tenant,
                    "source": CandidateSource.applicant,
                    "source_ref": f"bench:{i}",
                    "content_hash": "",
                    "language": src["language"],
                    "redacted_text": src["redacted_text"],
                    "profile": src["profile"],
                    "ai_notice": False,
                    "restricted": False,
                    "legal_hold": False,
                    "to_be_informed": False,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            dense, sparse = vectors[src["id"]]
            noisy = dense + rng.normal(0, 0.02, size=dense.shape).astype(np.float32)
            points.append(
                index.CandidatePoint(cid, noisy / np.linalg.norm(noisy), sparse, {"restricted": False})
            )
        with session_scope() as session:
            session.execute(insert(Candidate), records)
        index.upsert_candidates(tenant, points)
    return tenant, vacancies, time.perf_counter() - started


def _time_matches(
    tenant: str, vacancies: list[str], runs: int
) -> tuple[list[float], list[float], list[float]]:
    from retrieval.explain import analyse
    from retrieval.matching import _requirements, match, vacancy_queries
    from storage.models import Vacancy

    with session_scope() as session:  # warm: models, requirement analysis cache, collection load
        match(session, tenant, vacancies[0])
        queries = {}
        for v in vacancies:
            vac = session.get(Vacancy, v)
            queries[v] = vacancy_queries(vac, _requirements(vac))
    assert analyse.cache_info().currsize > 0
    totals, cpu, searches = [], [], []
    for i in range(runs):
        v = vacancies[i % len(vacancies)]
        with session_scope() as session:
            t0, c0 = time.perf_counter(), time.process_time()
            results = match(session, tenant, v)
            totals.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        assert results
        t0 = time.perf_counter()
        index.search(tenant, *queries[v], limit=200)
        searches.append(time.perf_counter() - t0)
    return totals, cpu, searches


def _cold_open(tenant: str) -> float:
    index.close_all()
    t0 = time.perf_counter()
    index.count(tenant)
    return time.perf_counter() - t0


def _pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values) * 1000, q))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated candidate counts")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        rows, vectors = _seed(Path(tmp) / "seed")
        print(f"seeded from {len(rows)} real candidates", file=sys.stderr)
        for n in sizes:
            tenant, vacancies, build = _build(Path(tmp) / f"n{n}", n, rows, vectors)
            totals, cpu, searches = _time_matches(tenant, vacancies, args.runs)
            cold = _cold_open(tenant)
            out.append((n, build, totals, cpu, searches, cold))
            print(f"{n}: built in {build:.0f} s", file=sys.stderr)
            index.close_all()
    print(
        "| candidates | match p50 (ms) | match p95 (ms) | match CPU p50 / p95 (ms) | hybrid search p50 (ms) "
        "| p95 (ms) | load collection, fresh process (s) | build (s) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for n, build, totals, cpu, searches, cold in out:
        print(
            f"| {n:,} | {_pct(totals, 50):.0f} | {_pct(totals, 95):.0f} | {_pct(cpu, 50):.0f} / "
            f"{_pct(cpu, 95):.0f} | {_pct(searches, 50):.0f} | {_pct(searches, 95):.0f} | {cold:.1f} "
            f"| {build:.0f} |"
        )
    print(f"\n{statistics.median([len(r['redacted_text']) for r in rows]):.0f} chars per CV (median)")


if __name__ == "__main__":
    main()
