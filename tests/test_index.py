"""The Qdrant candidate index: tenant isolation, sparse terms, and sharing one data dir between processes."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import numpy as np
import pytest
import xxhash
from filelock import FileLock
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retrieval import index
from storage.settings import reset_settings

ROOT = Path(__file__).resolve().parents[1]
WORDS = [
    "python",
    "django",
    "sql",
    "verpleegkundige",
    "controller",
    "excel",
    "kafka",
    "docker",
    "zorg",
    "finance",
]


def _vector(seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=384).astype(np.float32)
    return v / np.linalg.norm(v)


def _point(candidate_id: str, seed: int) -> index.CandidatePoint:
    rng = np.random.default_rng(seed)
    text = " ".join(rng.choice(WORDS, size=8))
    return index.CandidatePoint(
        candidate_id, _vector(seed), index.sparse_document(text), {"restricted": False}
    )


@pytest.fixture(autouse=True)
def _fresh_clients():
    yield
    index.close_all()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    owners=st.lists(st.integers(min_value=0, max_value=2), min_size=1, max_size=12),
    query_seed=st.integers(min_value=0, max_value=10_000),
    words=st.lists(st.sampled_from(WORDS), min_size=0, max_size=4),
)
def test_no_query_returns_another_tenants_candidate(owners, query_seed, words):
    tenants = [f"t_{uuid.uuid4().hex[:8]}" for _ in range(3)]
    owned: dict[str, set[str]] = {t: set() for t in tenants}
    for i, owner in enumerate(owners):
        tenant = tenants[owner]
        candidate_id = f"c_{i}_{owner}"
        owned[tenant].add(candidate_id)
        index.upsert_candidates(tenant, [_point(candidate_id, i)])
    for tenant in tenants:
        hits = index.search(tenant, _vector(query_seed), index.sparse_query(" ".join(words)), limit=50)
        assert {h.candidate_id for h in hits} == owned[tenant]  # all of its own, none of the others
        assert all(p.payload["tenant_id"] == tenant for p in index.points(tenant))


def test_search_ranks_by_fused_dense_and_sparse_and_returns_cosines():
    tenant = "t_rank"
    index.upsert_candidates(tenant, [_point("c_a", 1), _point("c_b", 2), _point("c_c", 3)])
    hits = index.search(tenant, _vector(2), {}, limit=10)
    assert hits[0].candidate_id == "c_b"
    assert hits[0].dense == pytest.approx(1.0, abs=1e-4)
    assert index.count(tenant) == 3


def test_upsert_is_idempotent_and_delete_removes_the_point():
    tenant = "t_idem"
    index.upsert_candidates(tenant, [_point("c_a", 1)])
    index.upsert_candidates(tenant, [_point("c_a", 5)])
    assert index.count(tenant) == 1
    assert index.delete_candidates(tenant, ["c_a", "c_unknown"]) == 1
    assert index.delete_candidates(tenant, ["c_a"]) == 0
    assert index.search(tenant, _vector(1), {}, limit=10) == []


def test_unknown_tenant_has_an_empty_index():
    assert index.search("t_nobody", _vector(1), {7: 1.0}) == []
    assert index.count("t_nobody") == 0


def test_sparse_terms_are_stable_and_ignore_placeholders_and_gendered_words():
    a = index.sparse_document("<PERSON_1> is a Python developer. He has <HEALTH>. Hij kent Django.")
    b = index.sparse_document("<PERSON_7> is a Python developer. She has . Zij kent Django.")
    assert a == b
    assert index.term_index("python") == xxhash.xxh32_intdigest(b"python")  # the same on every machine
    assert "health" not in index.tokens("<HEALTH> <PERSON_1> <NL_BSN>")
    assert index.tokens("Café Ölkers C++ C# node.js") == ["cafe", "olkers", "c++", "c#", "node.js"]


def test_esco_uris_become_shared_terms_across_languages():
    uri = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"
    nl = index.sparse_document("Ervaring met Python", [uri])
    en = index.sparse_query("Experience with Python", [uri])
    assert index.term_index("esco:" + uri) in set(nl) & set(en)


def test_payloads_never_hold_text():
    tenant = "t_payload"
    index.upsert_candidates(tenant, [_point("c_a", 1)])
    (point,) = index.points(tenant)
    assert set(point.payload) == {"restricted", "tenant_id", "candidate_id"}


_OTHER_PROCESS = """
import sys, numpy as np
from storage.settings import use_data_dir
use_data_dir(sys.argv[1])
from retrieval import index
v = np.ones(384, dtype=np.float32) / np.sqrt(384)
index.upsert_candidates("t_shared", [index.CandidatePoint("c_other", v, {1: 1.0}, {})])
print(sorted(h.candidate_id for h in index.search("t_shared", v, {}, limit=10)))
"""


def test_another_process_can_use_the_index_while_this_one_has_it_open(data_dir):
    index.upsert_candidates("t_shared", [_point("c_mine", 1)])
    assert [h.candidate_id for h in index.search("t_shared", _vector(1), {})] == ["c_mine"]
    out = subprocess.run(
        [sys.executable, "-c", _OTHER_PROCESS, str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert out.stdout.strip() == "['c_mine', 'c_other']"
    # this process sees the other's write (the generation changed, so the cached client reloads)
    assert sorted(h.candidate_id for h in index.search("t_shared", _vector(1), {})) == ["c_mine", "c_other"]


def test_a_busy_index_raises_a_clear_error(monkeypatch):
    monkeypatch.setenv("FAIRMATCH_INDEX_LOCK_TIMEOUT", "0.2")
    reset_settings()
    index.upsert_candidates("t_busy", [_point("c_a", 1)])
    folder = (index.get_settings().qdrant_path / index.collection_name("t_busy")).resolve()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"from filelock import FileLock; import time; l=FileLock({str(folder) + '.lock'!r}); "
            "l.acquire(); print('held', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(index.IndexBusyError, match="busy"):
            index.search("t_busy", _vector(1), {})
    finally:
        holder.kill()
        holder.wait()
    with FileLock(str(folder) + ".lock").acquire(timeout=5):  # released when the holder died
        pass
