"""Measure the special-category / protected recognizers on the labelled set in tests/data/.

The set: special_categories_{nl,en}.jsonl (positives, every special/protected mention labelled) and
special_negatives_{nl,en}.jsonl (hard negatives, `spans: []`), items `{"id", "lang", "text", "spans":
[{"type", "start", "end"}]}`, generated with exact offsets by tests/data/build_special_categories.py.

    rows = evaluate()                      # through guardrails.scan (the product path)
    rows = evaluate(scan=direct_scan)      # the recognizers alone, no NLP pipeline

Matching is entity-level with overlap: a gold span is recalled when a finding of the same type overlaps it; a
finding is correct when it overlaps a gold span of its own type. Only special and protected findings are
counted (PII findings such as PERSON or DATE_TIME are the engine's business). Rows:
- one per (type, lang): support (gold spans), recall, findings, precision;
- one per lang and one overall with type "ALL": micro recall and precision, plus `negatives` (hard-negative
  items) and `neg_fp_rate` (share of hard negatives with at least one special/protected finding).

Run `python -m guardrails.special.evaluate` for the table (`--direct` to skip the engine, `--errors` to list
misses and false positives of the labelled set).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guardrails.special import LANGUAGES, PROTECTED_TYPES, SPECIAL_TYPES
from guardrails.special.recognizer import PRECEDENCE, find, rule_set

DATA_DIR = Path(__file__).resolve().parents[2] / "tests" / "data"
TYPES = PRECEDENCE
COUNTED = SPECIAL_TYPES | PROTECTED_TYPES

Scan = Callable[..., Any]


@dataclass(frozen=True)
class _Finding:
    type: str
    category: str
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class _Result:
    lang: str
    findings: list[_Finding]


def direct_scan(text: str, lang: str | None = None) -> _Result:
    """The recognizers without the engine (no language detection, no PII): for development and fast tests."""
    found = find(text, rule_set(), set(TYPES))
    return _Result(
        lang or "nl",
        [_Finding(k, "special" if k in SPECIAL_TYPES else "protected", s, e, sc) for k, s, e, sc in found],
    )


def load(lang: str) -> tuple[list[dict], list[dict]]:
    """The labelled positives and the hard negatives for one language."""

    def read(name: str) -> list[dict]:
        with open(DATA_DIR / name, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]

    return read(f"special_categories_{lang}.jsonl"), read(f"special_negatives_{lang}.jsonl")


def _default_scan() -> Scan:
    try:
        from guardrails import scan
    except ImportError:  # the engine is optional for this module; the recognizers are not
        return direct_scan
    return scan


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(items_by_lang: dict[str, list[dict]], scan: Scan, *, lang_hint: bool = True) -> dict[str, Any]:
    """Counts in the shape `rows_from` takes, plus the misses and false positives (for --errors).

    `covered` counts gold spans found under any special or protected type: redacted all the same."""
    support: dict[tuple[str, str], int] = {}
    hits: dict[tuple[str, str], int] = {}
    found: dict[tuple[str, str], int] = {}
    correct: dict[tuple[str, str], int] = {}
    neg_items: dict[str, int] = {}
    neg_flagged: dict[str, int] = {}
    covered: dict[str, int] = {}
    misses: list[dict] = []
    false_pos: list[dict] = []
    for lang, items in items_by_lang.items():
        for item in items:
            text = item["text"]
            result = scan(text, lang) if lang_hint else scan(text)
            findings = [f for f in result.findings if f.type in COUNTED]
            gold = item["spans"]
            for g in gold:
                key = (g["type"], lang)
                support[key] = support.get(key, 0) + 1
                if any(_overlaps((f.start, f.end), (g["start"], g["end"])) for f in findings):
                    covered[lang] = covered.get(lang, 0) + 1
                if any(
                    f.type == g["type"] and _overlaps((f.start, f.end), (g["start"], g["end"]))
                    for f in findings
                ):
                    hits[key] = hits.get(key, 0) + 1
                else:
                    misses.append(
                        {
                            "id": item["id"],
                            "type": g["type"],
                            "span": text[g["start"] : g["end"]],
                            "text": text,
                        }
                    )
            for f in findings:
                key = (f.type, lang)
                found[key] = found.get(key, 0) + 1
                if any(
                    g["type"] == f.type and _overlaps((f.start, f.end), (g["start"], g["end"])) for g in gold
                ):
                    correct[key] = correct.get(key, 0) + 1
                else:
                    false_pos.append(
                        {"id": item["id"], "type": f.type, "span": text[f.start : f.end], "text": text}
                    )
            if not gold:
                neg_items[lang] = neg_items.get(lang, 0) + 1
                if findings:
                    neg_flagged[lang] = neg_flagged.get(lang, 0) + 1
    return {
        "support": support,
        "hits": hits,
        "found": found,
        "correct": correct,
        "neg_items": neg_items,
        "neg_flagged": neg_flagged,
        "covered": covered,
        "misses": misses,
        "false_positives": false_pos,
    }


def run(scan: Scan | None = None) -> dict[str, Any]:
    """Score the development set (`tests/data/special_*`)."""
    items = {lang: [*positives, *negatives] for lang in LANGUAGES for positives, negatives in [load(lang)]}
    return score(items, scan or _default_scan())


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def rows_from(counts: dict[str, Any]) -> list[dict]:
    support, hits, found, correct = counts["support"], counts["hits"], counts["found"], counts["correct"]
    rows: list[dict] = []
    for lang in LANGUAGES:
        for kind in TYPES:
            key = (kind, lang)
            rows.append(
                {
                    "type": kind,
                    "lang": lang,
                    "support": support.get(key, 0),
                    "recall": _ratio(hits.get(key, 0), support.get(key, 0)),
                    "findings": found.get(key, 0),
                    "precision": _ratio(correct.get(key, 0), found.get(key, 0)),
                }
            )
    for lang in (*LANGUAGES, "all"):
        langs = LANGUAGES if lang == "all" else (lang,)

        def total(table: dict, langs: tuple[str, ...] = langs) -> int:
            return sum(v for (_, lg), v in table.items() if lg in langs)

        neg = sum(counts["neg_items"].get(lg, 0) for lg in langs)
        rows.append(
            {
                "type": "ALL",
                "lang": lang,
                "support": total(support),
                "recall": _ratio(total(hits), total(support)),
                "findings": total(found),
                "precision": _ratio(total(correct), total(found)),
                "negatives": neg,
                "neg_fp_rate": _ratio(sum(counts["neg_flagged"].get(lg, 0) for lg in langs), neg),
            }
        )
    return rows


def evaluate(scan: Scan | None = None) -> list[dict]:
    """Rows per (type, lang) with recall and precision, plus "ALL" rows with the hard-negative FP rate."""
    return rows_from(run(scan))


def format_table(rows: list[dict]) -> str:
    def fmt(v: float | None) -> str:
        return "  -  " if v is None else f"{v:.3f}"

    lines = [f"{'type':<20}{'lang':<6}{'support':>8}{'recall':>8}{'found':>7}{'prec':>8}{'neg FP':>8}"]
    for r in rows:
        neg = fmt(r["neg_fp_rate"]) if "neg_fp_rate" in r else ""
        lines.append(
            f"{r['type']:<20}{r['lang']:<6}{r['support']:>8}{fmt(r['recall']):>8}{r['findings']:>7}"
            f"{fmt(r['precision']):>8}{neg:>8}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--direct", action="store_true", help="recognizers only, without guardrails.scan")
    parser.add_argument("--errors", action="store_true", help="also list misses and false positives")
    args = parser.parse_args(argv)
    counts = run(direct_scan if args.direct else None)
    print(format_table(rows_from(counts)))
    if args.errors:
        for m in counts["misses"]:
            print(f"MISS {m['id']:<26}{m['type']:<20}{m['span']!r:<30} | {m['text']}")
        for f in counts["false_positives"]:
            print(f"FP   {f['id']:<26}{f['type']:<20}{f['span']!r:<30} | {f['text']}")


if __name__ == "__main__":
    main()
