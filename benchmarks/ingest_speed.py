"""Ingest throughput, end to end (parse, redact, profile with skills and occupations, embed, index, store).

    .venv/bin/python benchmarks/ingest_speed.py [--limit 40]

Inputs: the demo CVs (`bot/demo/cvs`, about one page each) and "two-page" CVs made by appending a second
demo CV's experience, education and skills sections to each (about 4,000 characters, what a real
two-page CV holds). Models are loaded before timing starts; each set goes into a fresh data dir.
Prints CVs per second and the time per stage (measured separately on the same texts).
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


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=40, help="how many demo CVs")
    args = parser.parse_args()

    import guardrails
    from retrieval.ingest import ingest_paths
    from retrieval.skills import extract_skills

    files = _demo_files(args.limit)
    if not files:
        sys.exit("no demo CVs: run `fairmatch demo` first (bot/demo/cvs)")
    guardrails.redact("warm up Jan de Vries", "storage")
    extract_skills("Python en Django")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        two = tmp_path / "two"
        two.mkdir()
        sets = {"demo (1 page)": files, "two-page": _two_page(files, two)}
        for label, paths in sets.items():
            chars = statistics.mean(len(parse_file(p).text) for p in paths)
            tenant = _fresh_tenant(tmp_path / label.replace(" ", "_"))
            started = time.perf_counter()
            results = ingest_paths(tenant, paths)
            elapsed = time.perf_counter() - started
            ok = sum(r.status != "skipped" for r in results)
            stages = _stages(paths[:10])
            rows.append((label, len(paths), ok, chars, elapsed, ok / elapsed, stages))
    print("| set | CVs | ingested | chars/CV | seconds | CVs/s | parse | redact | profile | embed (ms/CV) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for label, n, ok, chars, elapsed, rate, st in rows:
        print(
            f"| {label} | {n} | {ok} | {chars:.0f} | {elapsed:.1f} | {rate:.2f} | {st['parse'] * 1000:.0f} | "
            f"{st['redact'] * 1000:.0f} | {st['profile'] * 1000:.0f} | {st['embed'] * 1000:.0f} |"
        )


if __name__ == "__main__":
    main()
