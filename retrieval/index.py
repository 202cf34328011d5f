"""The candidate index in Qdrant: one point per candidate, a dense vector and a BM25-style sparse vector.

Design (measured, see benchmarks/matching_speed.py):
- One collection per tenant (`fm_<tenant>`); in local mode also one storage folder per tenant. A query can
  only ever see its own tenant's collection, so isolation needs no payload filter (a filter costs ~10x in
  local mode, which scans every point in Python). Hits are still checked against their tenant_id payload.
- One point per candidate, the dense vector being the mean of its section chunks: a small point count is
  what local mode's speed depends on.
- Local mode locks its folder per process. We open a tenant's folder under our own short file lock, keep
  the loaded client cached in the process, and release Qdrant's process lock between operations. A
  generation token, rewritten on every write, tells other processes to reload. So `fairmatch serve` and
  `fairmatch match` can share one data dir; a lock held too long gives `IndexBusyError`, not a traceback.
- Hybrid ranking = reciprocal-rank fusion (k=60) of a dense and a sparse ranking, fused by us so both
  modes rank alike. On a server the sparse ranking covers the collection. Local mode scores sparse
  vectors in a Python loop over every point (about 20x the dense cost), so there the sparse ranking is
  BM25 over the dense top LOCAL_POOL (1000): lexical and ESCO-URI matches reorder that pool.
- `QDRANT_URL` (+ `QDRANT_API_KEY`) switches to a server with the same collections and code.

Payloads hold pseudonymous ids and non-sensitive structured fields only; the text is never stored here.
"""

from __future__ import annotations

import atexit
import gc
import hashlib
import os
import re
import secrets
import threading
import unicodedata
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import xxhash
from filelock import FileLock, Timeout
from qdrant_client import QdrantClient
from qdrant_client import models as qm

from storage.settings import get_settings

DENSE = "dense"
SPARSE = "sparse"
LOCAL_POOL = 1000  # local mode: the dense pool that the sparse ranking reorders (see `search`)
RRF_K = 60  # reciprocal rank fusion constant (Cormack et al. 2009)
_POINT_NS = uuid.UUID("5b0c2f4e-6f1a-4c55-9a51-7d3f0f6b2a10")
_BM25_K1, _BM25_B, _AVG_TERMS = 1.2, 0.75, 350.0
_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]")
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*[A-Z](?:_\d+)?>")
STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "op",
        "te",
        "met",
        "voor",
        "is",
        "dat",
        "die",
        "dit",
        "als",
        "bij",
        "aan",
        "om",
        "tot",
        "ook",
        "of",
        "zijn",
        "was",
        "wordt",
        "werd",
        "door",
        "naar",
        "uit",
        "over",
        "ik",
        "je",
        "jij",
        "u",
        "we",
        "wij",
        "ze",
        "zij",
        "hij",
        "mijn",
        "onze",
        "ons",
        "hun",
        "er",
        "niet",
        "maar",
        "dan",
        "nog",
        "wel",
        "zo",
        "al",
        "na",
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "on",
        "for",
        "with",
        "at",
        "by",
        "from",
        "as",
        "are",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "these",
        "i",
        "my",
        "me",
        "our",
        "you",
        "your",
        "he",
        "she",
        "his",
        "her",
        "they",
        "their",
        "them",
        "not",
        "but",
        "so",
        "than",
        "then",
        "also",
        "into",
        "per",
        "via",
    ]
)
# Gendered words carry no qualification; they are dropped from what is embedded and indexed so that
# swapping "he" for "she" (or "Dhr." for "Mevr.") cannot move a score.
GENDERED = frozenset(
    [
        "he",
        "she",
        "him",
        "her",
        "his",
        "hers",
        "himself",
        "herself",
        "hij",
        "zij",
        "ze",
        "hem",
        "haar",
        "zijn",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mister",
        "sir",
        "madam",
        "dhr",
        "mevr",
        "mevrouw",
        "meneer",
        "heer",
        "mw",
    ]
)


_GENDERED_WORD = re.compile(r"(?i)\b(" + "|".join(sorted(GENDERED)) + r")\b\.?")


class IndexBusyError(RuntimeError):
    """Another process holds the candidate index longer than we wait; safe to retry."""


@dataclass(frozen=True, slots=True)
class IndexHit:
    candidate_id: str
    fused: float  # RRF score of dense + sparse
    dense: float  # cosine similarity of the dense vectors


# ---------------------------------------------------------------- text -> vectors


def index_text(text: str) -> str:
    """What the embedder and the sparse vector see: redacted text without placeholders or gendered words.

    Placeholders (<HEALTH>, <PERSON_1>) are never features; removing them also makes the pseudonym
    numbering irrelevant.
    """
    return _GENDERED_WORD.sub(" ", PLACEHOLDER.sub(" ", text))


def tokens(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", index_text(text).lower()).encode("ascii", "ignore").decode()
    return [t for t in _TOKEN.findall(folded) if t not in STOPWORDS and t not in GENDERED]


def term_index(term: str) -> int:
    """A stable 32-bit index per term (xxhash, seed 0): the same on every machine and run."""
    return xxhash.xxh32_intdigest(term.encode("utf-8"))


def sparse_document(text: str, concepts: Iterable[str] = ()) -> dict[int, float]:
    """BM25 term-frequency weights; Qdrant's IDF modifier supplies the IDF half. ESCO URIs of the
    candidate's skills and occupations are extra terms, which is what lets a Dutch query term meet an
    English CV."""
    counts = Counter(tokens(text))
    length = sum(counts.values()) or 1
    norm = _BM25_K1 * (1 - _BM25_B + _BM25_B * length / _AVG_TERMS)
    weights = {term_index(t): tf * (_BM25_K1 + 1) / (tf + norm) for t, tf in counts.items()}
    for uri in concepts:
        weights[term_index("esco:" + uri)] = _BM25_K1 + 1
    return weights


def sparse_query(text: str, concepts: Iterable[str] = ()) -> dict[int, float]:
    weights = {term_index(t): 1.0 for t in tokens(text)}
    for uri in concepts:
        weights[term_index("esco:" + uri)] = 1.0
    return weights


def _sparse_vector(weights: dict[int, float]) -> qm.SparseVector:
    keys = sorted(weights)
    return qm.SparseVector(indices=keys, values=[float(weights[k]) for k in keys])


# ---------------------------------------------------------------- clients and locking


def collection_name(tenant_id: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", tenant_id)
    if safe != tenant_id:
        safe += "_" + hashlib.sha256(tenant_id.encode()).hexdigest()[:8]
    return f"fm_{safe}"


def point_id(tenant_id: str, candidate_id: str) -> str:
    return str(uuid.uuid5(_POINT_NS, f"{tenant_id}/{candidate_id}"))


_process_lock = threading.RLock()
_local_cache: dict[Path, tuple[QdrantClient, str]] = {}
_server: dict[tuple[str, str | None], QdrantClient] = {}


def _generation(folder: Path) -> str:
    try:
        return (folder / "fm-generation").read_text()
    except FileNotFoundError:
        return ""


def _bump_generation(folder: Path) -> str:
    token = secrets.token_hex(8)
    tmp = folder / f"fm-generation.{os.getpid()}.tmp"
    tmp.write_text(token)
    os.replace(tmp, folder / "fm-generation")
    return token


def _fast_commits(client: QdrantClient) -> None:
    """Local mode commits, and fsyncs, once per point: 21 ms each here. WAL with NORMAL sync makes a
    point write ~30x cheaper; the index is derived data, rebuilt from the database if a crash loses a
    last write."""
    for collection in getattr(getattr(client, "_client", None), "collections", {}).values():
        storage = getattr(collection, "storage", None)
        if storage is not None:
            storage.storage.execute("PRAGMA journal_mode=WAL")
            storage.storage.execute("PRAGMA synchronous=NORMAL")


def _open_local(folder: Path) -> QdrantClient:
    try:
        client = QdrantClient(path=str(folder))
    except RuntimeError as exc:  # Qdrant's own lock: a process that does not use our protocol holds it
        raise IndexBusyError(f"the candidate index at {folder} is in use by another program") from exc
    # Our file lock serialises access; Qdrant's per-process lock would block other fairmatch processes.
    flock = getattr(getattr(client, "_client", None), "_flock_file", None)
    if flock is not None:
        import portalocker

        portalocker.unlock(flock)
    _fast_commits(client)
    # Local mode holds every point as Python objects (~47 per point). A full cyclic-GC pass over them took
    # ~300 ms at 10k points and struck every few match calls (the slow p95); they live as long as the
    # client, so they are moved out of the collector's reach until it is closed (`_released`).
    _keep_out_of_gc()
    return client


def _keep_out_of_gc() -> None:
    """Points written into an open client are long-lived too (a serve process that syncs a connector adds
    thousands): freeze them like the loaded ones. Young garbage is collected first, so little is pinned."""
    gc.collect(1)
    gc.freeze()


def _released(clients: list[QdrantClient]) -> None:
    """Close clients and hand everything frozen back to the collector, so closed collections are freed."""
    for client in clients:
        client.close()
    gc.unfreeze()
    gc.collect()


@contextmanager
def _client(tenant_id: str, *, write: bool) -> Iterator[QdrantClient]:
    settings = get_settings()
    if settings.qdrant_url:
        key = (settings.qdrant_url, settings.qdrant_api_key)
        with _process_lock:
            if key not in _server:
                _server[key] = QdrantClient(url=settings.qdrant_url, api_key=settings.qdrant_api_key)
        yield _server[key]
        return
    folder = (settings.qdrant_path / collection_name(tenant_id)).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(folder) + ".lock")
    with _process_lock:
        try:
            lock.acquire(timeout=settings.index_lock_timeout_s)
        except Timeout:
            raise IndexBusyError(
                f"the candidate index is busy (another fairmatch process held it for "
                f"{settings.index_lock_timeout_s:.0f} s); try again shortly"
            ) from None
        try:
            generation = _generation(folder)
            cached = _local_cache.get(folder)
            if cached is None or cached[1] != generation:
                if cached is not None:
                    del _local_cache[folder]
                    _released([cached[0]])
                _local_cache[folder] = (_open_local(folder), generation)
            client = _local_cache[folder][0]
            try:
                yield client
            finally:
                if write:
                    _local_cache[folder] = (client, _bump_generation(folder))
                    _keep_out_of_gc()
        finally:
            lock.release()


def close_all() -> None:
    """Close every cached client (tests, shutdown)."""
    with _process_lock:
        clients = [client for client, _ in _local_cache.values()]
        _local_cache.clear()
        _released(clients)
        for client in _server.values():
            client.close()
        _server.clear()


atexit.register(close_all)


def _ensure_collection(client: QdrantClient, name: str, dim: int) -> None:
    if client.collection_exists(name):
        return
    client.create_collection(
        name,
        vectors_config={DENSE: qm.VectorParams(size=dim, distance=qm.Distance.COSINE)},
        sparse_vectors_config={SPARSE: qm.SparseVectorParams(modifier=qm.Modifier.IDF)},
    )
    _fast_commits(client)
    if get_settings().qdrant_url:  # payload indexes only help a server; local mode ignores them
        client.create_payload_index(name, "restricted", qm.PayloadSchemaType.BOOL)


# ---------------------------------------------------------------- operations


@dataclass(frozen=True)
class CandidatePoint:
    candidate_id: str
    dense: np.ndarray
    sparse: dict[int, float]
    payload: dict[str, Any]


def upsert_candidates(tenant_id: str, points: list[CandidatePoint]) -> None:
    if not points:
        return
    name = collection_name(tenant_id)
    structs = [
        qm.PointStruct(
            id=point_id(tenant_id, p.candidate_id),
            vector={DENSE: np.asarray(p.dense, dtype=np.float32).tolist(), SPARSE: _sparse_vector(p.sparse)},
            payload={**p.payload, "tenant_id": tenant_id, "candidate_id": p.candidate_id},
        )
        for p in points
    ]
    with _client(tenant_id, write=True) as client:
        _ensure_collection(client, name, len(points[0].dense))
        client.upsert(name, structs, wait=True)


def delete_candidates(tenant_id: str, candidate_ids: list[str]) -> int:
    """Remove candidates' points (erasure, retention); returns how many existed. Safe to repeat."""
    if not candidate_ids:
        return 0
    name = collection_name(tenant_id)
    with _client(tenant_id, write=True) as client:
        if not client.collection_exists(name):
            return 0
        ids = [point_id(tenant_id, c) for c in candidate_ids]
        existing = client.retrieve(name, ids=ids, with_payload=False, with_vectors=False)
        if existing:
            client.delete(name, points_selector=qm.PointIdsList(points=[p.id for p in existing]), wait=True)
        return len(existing)


def drop_tenant(tenant_id: str) -> None:
    name = collection_name(tenant_id)
    with _client(tenant_id, write=True) as client:
        if client.collection_exists(name):
            client.delete_collection(name)


def count(tenant_id: str) -> int:
    name = collection_name(tenant_id)
    with _client(tenant_id, write=False) as client:
        return client.count(name, exact=True).count if client.collection_exists(name) else 0


def points(tenant_id: str, *, with_vectors: bool = False) -> list[qm.Record]:
    """Every point of a tenant with its payload (audits, DSAR exports and tests)."""
    name = collection_name(tenant_id)
    out: list[qm.Record] = []
    with _client(tenant_id, write=False) as client:
        if not client.collection_exists(name):
            return []
        offset = None
        while True:
            batch, offset = client.scroll(name, limit=512, offset=offset, with_vectors=with_vectors)
            out.extend(batch)
            if offset is None:
                return out


def _payload_ok(point: qm.ScoredPoint | qm.Record, tenant_id: str) -> bool:
    """Belt and braces: a point of another tenant is never returned, whatever the collection holds."""
    return (point.payload or {}).get("tenant_id") == tenant_id


def _idf_rescore(points: list[qm.ScoredPoint], query: dict[int, float]) -> list[tuple[str, float]]:
    """BM25 over a candidate pool: the stored term weights times an IDF computed within the pool."""
    docs = []
    df: Counter[int] = Counter()
    for p in points:
        vector = p.vector.get(SPARSE) if isinstance(p.vector, dict) else None
        weights = dict(zip(vector.indices, vector.values, strict=True)) if vector is not None else {}
        hits = {t: weights[t] for t in query if t in weights}
        df.update(hits.keys())
        docs.append((str(p.payload["candidate_id"]), hits))
    n = len(points)
    idf = {t: float(np.log(1 + (n - c + 0.5) / (c + 0.5))) for t, c in df.items()}
    scored = [(cid, sum(query[t] * w * idf[t] for t, w in hits.items())) for cid, hits in docs if hits]
    return sorted(scored, key=lambda x: (-x[1], x[0]))


def _rrf(rankings: list[list[str]]) -> dict[str, float]:
    fused: dict[str, float] = {}
    for ranking in rankings:
        for rank, cid in enumerate(ranking):
            fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
    return fused


def search(
    tenant_id: str, dense: np.ndarray, sparse: dict[int, float], *, limit: int = 200
) -> list[IndexHit]:
    """Hybrid retrieval: a dense and a sparse ranking fused by reciprocal rank, best first.

    On a server both rankings cover the whole collection. In local mode Qdrant scores sparse vectors in a
    Python loop over every point (seconds at 10k), so the sparse ranking is BM25 over the dense top
    LOCAL_POOL instead: lexical and ESCO-URI evidence reorders the pool, it cannot add to it.
    """
    name = collection_name(tenant_id)
    query = np.asarray(dense, dtype=np.float32).tolist()
    server = bool(get_settings().qdrant_url)
    flt = None
    if server:  # indexed on a server; local mode re-checks rows in the database instead
        flt = qm.Filter(must_not=[qm.FieldCondition(key="restricted", match=qm.MatchValue(value=True))])
    fields = ["tenant_id", "candidate_id"]
    with _client(tenant_id, write=False) as client:
        if not client.collection_exists(name):
            return []
        pool = limit if server else max(limit, LOCAL_POOL)
        dense_points = [
            p
            for p in client.query_points(
                name,
                query=query,
                using=DENSE,
                limit=pool,
                query_filter=flt,
                with_payload=fields,
                with_vectors=False if server else [SPARSE],
            ).points
            if _payload_ok(p, tenant_id)
        ]
        cosine = {str(p.payload["candidate_id"]): float(p.score) for p in dense_points}
        if not sparse:
            sparse_ranking: list[str] = []
        elif server:
            sparse_points = client.query_points(
                name,
                query=_sparse_vector(sparse),
                using=SPARSE,
                limit=limit,
                query_filter=flt,
                with_payload=fields,
            ).points
            sparse_ranking = [
                str(p.payload["candidate_id"]) for p in sparse_points if _payload_ok(p, tenant_id)
            ]
            unseen = [point_id(tenant_id, c) for c in sparse_ranking if c not in cosine]
            if unseen:
                for r in client.retrieve(name, ids=unseen, with_payload=fields, with_vectors=[DENSE]):
                    vector = np.asarray(r.vector[DENSE], dtype=np.float32)
                    cosine[str(r.payload["candidate_id"])] = float(
                        vector @ np.asarray(query, dtype=np.float32)
                    )
        else:
            sparse_ranking = [cid for cid, _ in _idf_rescore(dense_points, sparse)][:limit]
    dense_ranking = [str(p.payload["candidate_id"]) for p in dense_points][:limit]
    fused = _rrf([dense_ranking, sparse_ranking])
    ranked = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [IndexHit(cid, score, cosine.get(cid, 0.0)) for cid, score in ranked]
