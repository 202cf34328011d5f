"""Second-author check of the special-category guardrails; prints tables.

    .venv/bin/python benchmarks/guardrails_check.py [--set check|heldout] [--lang-hint] [--errors]
                                                    [--latency N]

The check set (tests/data/special_check_{nl,en}.jsonl) was written by a second engineer without looking at
the recognizers' lexicons or their development set, and is never used for tuning: it estimates how the
recognizers generalise, which the development set (recall 1.000 there) cannot. `--set heldout` scores
tests/data/special_heldout_{nl,en}.jsonl instead: a third author's set, written blind after the check
set's errors had been studied and frozen (tests/data/HELDOUT.md), so it stays unseen. Items with spans are
positives (every special/protected mention labelled); items without spans are hard negatives (look-alikes).

Scoring is `guardrails.special.evaluate`'s rule: a gold span is recalled when a finding of the same type
overlaps it; a finding is correct when it overlaps a gold span of its own type; only findings of category
special or protected count. Texts go through `guardrails.scan(text)` with language auto-detection (the
product path for chat); `--lang-hint` passes the item's language instead.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# benchmarks/guardrails.py would shadow the package: keep this folder off the path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

import guardrails  # noqa: E402
from guardrails.special.evaluate import format_table, rows_from, score  # noqa: E402

DATA_DIR = ROOT / "tests" / "data"
LANGS = ("nl", "en")

Scan = Callable[..., Any]


def load(lang: str, name: str = "check") -> list[dict]:
    with open(DATA_DIR / f"special_{name}_{lang}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run(scan: Scan = guardrails.scan, lang_hint: bool = False, name: str = "check") -> dict[str, Any]:
    """Counts in the shape `evaluate.rows_from` takes, plus the misses and false positives."""
    return score({lang: load(lang, name) for lang in LANGS}, scan, lang_hint=lang_hint)


def evaluate(scan: Scan = guardrails.scan, lang_hint: bool = False) -> list[dict]:
    """Rows per (type, lang) and "ALL" rows per language and overall, as in guardrails.special.evaluate."""
    return [r for r in rows_from(run(scan, lang_hint)) if r["support"] or r["findings"] or r["type"] == "ALL"]


def redaction_recall(counts: dict[str, Any]) -> dict[str, float]:
    """Share of gold spans overlapped by a special/protected finding of ANY type, per language and overall.

    That is what a redacting destination cares about: a span found under the wrong special type is still
    replaced by a placeholder (only the placeholder's name is wrong).
    """
    out = {}
    for lang in (*LANGS, "all"):
        langs = LANGS if lang == "all" else (lang,)
        gold = sum(v for (_, lg), v in counts["support"].items() if lg in langs)
        out[lang] = round(sum(counts["covered"].get(lg, 0) for lg in langs) / gold, 4) if gold else 0.0
    return out


def latency(n: int = 20, rounds: int = 5, name: str = "check") -> dict[str, float]:
    """p50/p95 in ms of guardrails.scan over `n` items spread over both files (engine already warm)."""
    items = [it for lang in LANGS for it in load(lang, name)]
    sample = items[:: max(1, len(items) // n)][:n]
    guardrails.scan(sample[0]["text"])  # warm-up: engine build and first-call caches are not per-message cost
    times = []
    for _ in range(rounds):
        for it in sample:
            t0 = time.perf_counter()
            guardrails.scan(it["text"])
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {
        "items": len(sample),
        "calls": len(times),
        "mean_chars": statistics.mean(len(it["text"]) for it in sample),
        "p50_ms": statistics.median(times),
        "p95_ms": times[min(len(times) - 1, int(0.95 * len(times)))],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="name", choices=("check", "heldout"), default="check", help="which set")
    parser.add_argument("--lang-hint", action="store_true", help="pass each item's language to scan")
    parser.add_argument("--errors", action="store_true", help="list misses and false positives")
    parser.add_argument("--latency", type=int, default=20, metavar="N", help="time scan on N items (0: skip)")
    args = parser.parse_args(argv)
    counts = run(lang_hint=args.lang_hint, name=args.name)
    rows = [r for r in rows_from(counts) if r["support"] or r["findings"] or r["type"] == "ALL"]
    print(format_table(rows))
    redacted = redaction_recall(counts)
    print(
        "redaction recall (any special/protected type): "
        + ", ".join(f"{k} {v:.3f}" for k, v in redacted.items())
    )
    if args.errors:
        for m in counts["misses"]:
            print(f"MISS {m['id']:<28}{m['type']:<20}{m['span']!r:<40} | {m['text']}")
        for f in counts["false_positives"]:
            print(f"FP   {f['id']:<28}{f['type']:<20}{f['span']!r:<40} | {f['text']}")
    if args.latency:
        lat = latency(args.latency, name=args.name)
        print(
            f"\nguardrails.scan latency: {lat['items']} items x 5 rounds ({lat['calls']} calls), "
            f"mean {lat['mean_chars']:.0f} chars: p50 {lat['p50_ms']:.1f} ms, p95 {lat['p95_ms']:.1f} ms"
        )


if __name__ == "__main__":
    main()
