"""Ingest throughput, end to end (parse, redact, profile with skills and occupations, embed, index, store).

    .venv/bin/python benchmarks/ingest_speed.py [--limit 40]

Inputs: the demo CVs (`bot/demo/cvs`, about one page each) and "two-page" CVs made by appending a second
demo CV's experience, education and skills sections to each (about 4,000 characters, what a real
two-page CV holds). Each run goes into a fresh data dir. `ingest_paths` prepares documents in worker
processes (one per core), which load their models when the run starts: that warm-up is reported apart
(seconds until the first CV is stored), and "steady CVs/s" counts from the first stored CV to the last.
The one-process run (`workers=1`) uses models this process loaded before timing. The time per stage is
measured separately, in this process, on the same texts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from retrieval.parsing import SUPPORTED, parse_file  # noqa: E402
from retrieval.sections import split_sections  # noqa: E402


def _demo_files(limit: int) -> list[Path]:
    folder = ROOT / "bot" / "demo" / "cvs"
    files = sorted(p for p in folder.iterdir() if p.suffix in SUPPORTED and p.name != "broken.pdf")
    return files[:limit]


def _two_page(files: list[Path], out: Path) -> list[Path]:
    """Each CV plus the body (experience onwards) of the next one: about twice the text."""
    texts = [parse_file(p).text for p in files]
    made = []
    for i, text in enumerate(texts):
        other = texts[(i + 1) % len(texts)]
        body = next((s.start for s in split_sections(other) if s.kind == "experience"), 0)
        path = out / f"two-page-{i:02d}.txt"
        path.write_text(text + "\n" + other[body:], encoding="utf-8")
        made.append(path)
    return made


def _fresh_tenant(base: Path) -> str:
    from storage import db
    from storage.db import session_scope
    from storage.directory import add_tenant
    from storage.settings import use_data_dir

    use_data_dir(base)
    db.upgrade()
    with session_scope() as session:
        return add_tenant(session, "bench").id


def _stages(files: list[Path]) -> dict[str, float]:
    """Median seconds per CV for each stage."""
    import guardrails
    from guardrails import Destination
    from retrieval.ingest import candidate_vector
    from retrieval.profile import extract_profile

    times: dict[str, list[float]] = {"parse": [], "redact": [], "profile": [], "embed": []}
    for path in files:
        t0 = time.perf_counter()
        doc = parse_file(path)
        t1 = time.perf_counter()
        red = guardrails.redact_with_result(doc.text, Destination.storage)
        t2 = time.perf_counter()
        extract_profile(red.text, red.result.lang)
        t3 = time.perf_counter()
        candidate_vector(red.text)
        t4 = time.perf_counter()
        for key, value in zip(times, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            times[key].append(value)
    return {k: statistics.median(v) for k, v in times.items()}


def _timed_ingest(base: Path, paths: list[Path], workers: int | None) -> tuple[int, float, float, float]:
    """(CVs stored, total seconds, seconds to the first stored CV, steady CVs/s)."""
    from retrieval.ingest import ingest_paths

    tenant = _fresh_tenant(base)
    stamps: list[float] = []
    started = time.perf_counter()
    results = ingest_paths(
        tenant, paths, workers=workers, on_progress=lambda _: stamps.append(time.perf_counter())
    )
    total = time.perf_counter() - started
    ok = sum(r.status != "skipped" for r in results)
    steady = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else float("nan")
    return ok, total, stamps[0] - started, steady


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=40, help="how many demo CVs")
    args = parser.parse_args()

    import guardrails
    from retrieval.occupations import link_occupations
    from retrieval.skills import extract_skills

    files = _demo_files(args.limit)
    if not files:
        sys.exit("no demo CVs: run `fairmatch demo` first (bot/demo/cvs)")
    guardrails.redact("warm up Jan de Vries", "storage")
    extract_skills("Python en Django")
    link_occupations("software developer")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        two = tmp_path / "two"
        two.mkdir()
        sets = {"demo (1 page)": files, "two-page": _two_page(files, two)}
        runs = [("demo (1 page)", None), ("two-page", None), ("two-page", 1)]
        for i, (label, workers) in enumerate(runs):
            paths = sets[label]
            chars = statistics.mean(len(parse_file(p).text) for p in paths)
            ok, total, first, steady = _timed_ingest(tmp_path / f"run{i}", paths, workers)
            rows.append((label, workers or "auto", len(paths), ok, chars, total, first, ok / total, steady))
        stages = {label: _stages(paths[:10]) for label, paths in sets.items()}
    print(
        "| set | workers | CVs | ingested | chars/CV | seconds | first CV stored (s) | CVs/s | steady CVs/s |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for label, workers, n, ok, chars, total, first, rate, steady in rows:
        print(
            f"| {label} | {workers} | {n} | {ok} | {chars:.0f} | {total:.1f} | {first:.1f} | {rate:.2f} "
            f"| {steady:.2f} |"
        )
    print("\n| set | parse | redact | profile | embed (ms/CV, one process) |\n|---|---|---|---|---|")
    for label, st in stages.items():
        print(
            f"| {label} | {st['parse'] * 1000:.0f} | {st['redact'] * 1000:.0f} | {st['profile'] * 1000:.0f} "
            f"| {st['embed'] * 1000:.0f} |"
        )


if __name__ == "__main__":
    main()
