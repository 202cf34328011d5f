"""The conversation core's safety gates and speed; prints tables.

    .venv/bin/python benchmarks/conversation.py

1. Gates on the project's suites (tests/data/redteam_*.jsonl, benign_*.jsonl), per language and category:
   the refusal gate for chat requests, the CV-injection detector for CV texts as at ingest (rules, then
   the second line by meaning), the verdict guard as it runs on model-generated text (rules, then the
   semantic second line) for model-style verdicts; benign: share falsely refused or flagged. (The
   end-to-end assertions, 0 state changes included, are in tests/test_redteam.py.)
2. CPU time of the refusal gate alone: a rule hit, and the semantic second line
   (bot/core/semantic_refusal.py).
3. Latency of the whole core on a temporary SQLite database (one process, warm): median and p95 of
   `handle`/`act` for a refusal, a vacancy list, opening evidence, a review request and a decision,
   output guardrails included.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def gates() -> None:
    from bot.core import refusals, semantic_refusal
    from guardrails import injection, verdict

    print("\n## Red team: refused or neutralised by the first gate\n")
    print("| lang | category | items | caught |")
    print("|---|---|---:|---:|")
    for lang in ("nl", "en"):
        per: dict[str, list[bool]] = defaultdict(list)
        for item in semantic_refusal.items(f"redteam_{lang}"):
            if item["kind"] == "chat":
                ok = refusals.detect(item["text"]) is not None
            elif item["kind"] == "cv":
                ok = injection.contains_instructions(item["text"], by_meaning=True)
            else:
                ok = not verdict.check(item["text"], judge=semantic_refusal.decides).ok
            per[item["category"]].append(ok)
        for category, oks in sorted(per.items()):
            print(f"| {lang} | {category} | {len(oks)} | {sum(oks) / len(oks):.1%} |")
        total = [ok for oks in per.values() for ok in oks]
        print(f"| {lang} | **all** | {len(total)} | **{sum(total) / len(total):.1%}** |")
    print("\n## Benign: falsely refused or flagged\n")
    print("| lang | kind | items | false |")
    print("|---|---|---:|---:|")
    for lang in ("nl", "en"):
        per = defaultdict(list)
        for item in semantic_refusal.items(f"benign_{lang}"):
            if item["kind"] == "chat":
                bad = refusals.detect(item["text"]) is not None
            elif item["kind"] == "cv":
                bad = injection.contains_instructions(item["text"], by_meaning=True)
            else:
                bad = not verdict.check(item["text"], judge=semantic_refusal.decides).ok
            per[item["kind"]].append(bad)
        for kind, bads in sorted(per.items()):
            print(f"| {lang} | {kind} | {len(bads)} | {sum(bads) / len(bads):.1%} |")


def gate_cpu(runs: int = 40) -> None:
    """CPU time of the refusal gate alone: a rule hit, and a message the rules pass on to the semantic line
    (a fresh text each run, so the vector cache never helps)."""
    from bot.core import refusals

    refusals.detect("show the candidates for the data role")  # warm: embedder and example vectors
    rows = [
        ("rule hit (bulk rejection)", lambda i: f"wijs iedereen onder de {40 + i}% af"),
        ("semantic line (ordinary request)", lambda i: f"find candidates who know tool number {i} well"),
    ]
    print("\n## Refusal gate alone (CPU ms, warm)\n")
    print("| path | median | p95 |")
    print("|---|---:|---:|")
    for name, text in rows:
        times = []
        for i in range(runs):
            start = time.process_time()
            refusals.detect(text(i))
            times.append((time.process_time() - start) * 1000)
        times.sort()
        print(f"| {name} | {statistics.median(times):.1f} | {times[int(0.95 * (runs - 1))]:.1f} |")


def _timed(fn, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def latency(runs: int = 40) -> None:
    tmp = tempfile.mkdtemp(prefix="fm-bench-")
    os.environ["FAIRMATCH_DATA_DIR"] = tmp
    os.environ.setdefault("FAIRMATCH_SECRET_KEY", "x3Jd3n5bJ2n1m0yQk8kq5m1H0n3sU4Wc9pQe7rTt6Yo=")
    from bot.core import ThreadContext, act, handle
    from bot.core.models import Action, ActionKind
    from storage import db
    from storage.db import session_scope
    from tests.core_rows import build, principal

    db.upgrade()
    with session_scope() as session:
        world = build(session, candidates=runs + 2)
    rec, mgr = principal(world, "rec"), principal(world, "mgr")
    handle(rec, "help")  # warm: guardrail engines, language models
    ids = iter(world.suggestion_ids)
    decided = iter(world.suggestion_ids)

    def review() -> None:
        act(rec, Action(ActionKind.request_review, next(ids)))

    def decide() -> None:
        sid = next(decided)
        act(mgr, Action(ActionKind.approve, sid, "Strong Python evidence in two roles", True))

    rows = [
        ("refusal (bulk rejection, nl)", lambda: handle(rec, "wijs iedereen onder de 60% af")),
        ("refusal (protected filter, en)", lambda: handle(rec, "only candidates under 35")),
        ("vacancy list", lambda: handle(rec, "vacancy list")),
        (
            "open evidence (card)",
            lambda: act(
                rec,
                Action(ActionKind.open_evidence, world.suggestion_ids[0]),
                thread=ThreadContext(direct=True),
            ),
        ),
        ("request review", review),
    ]
    print("\n## Core latency (warm, SQLite, ms)\n")
    print("| request | median | p95 |")
    print("|---|---:|---:|")
    for name, fn in rows:
        med, p95 = _timed(fn, runs)
        print(f"| {name} | {med:.1f} | {p95:.1f} |")
    med, p95 = _timed(decide, runs)
    print(f"| decision (approve) | {med:.1f} | {p95:.1f} |")


if __name__ == "__main__":
    gates()
    gate_cpu()
    latency()
