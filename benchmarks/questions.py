"""Interview kits and the LLM guard: speed and the protected-question filter; prints tables.

    .venv/bin/python benchmarks/questions.py [--runs 5]

- Offline kit latency per demo vacancy (bot/demo/vacancies), Dutch and English, p50 / p95 over runs
  (first run per process excluded: it loads language detection and, when built, the ESCO taxonomy).
- The protected-question filter on tests/data/adversarial_prompts_{nl,en}.jsonl: recall on the protected
  questions (right topic), false positives on the lawful job questions, and on every offline question made.
- LLM mode overhead with a langchain fake model (no network): guard-in (redaction of the prompt data) plus
  guard-out (scan + verdict + protected filter on every question), p50 / p95 per kit.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["FAIRMATCH_DATA_DIR"] = tempfile.mkdtemp(prefix="fm-bench-q-")
os.environ.setdefault("FAIRMATCH_SECRET_KEY", "x3Jd3n5bJ2n1m0yQk8kq5m1H0n3sU4Wc9pQe7rTt6Yo=")
os.environ.pop("FAIRMATCH_LLM", None)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(runs: int) -> None:
    from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

    from bot.llm import ChatModelHandle, set_chat_model_factory
    from bot.questions import interview_kit
    from guardrails.protected_questions import is_protected, topics
    from storage.db import session_scope, upgrade
    from storage.models import Tenant, Vacancy

    upgrade()
    with session_scope() as s:
        tenant = Tenant(name="bench")
        s.add(tenant)
        s.flush()
        vacancies = []
        for path in sorted((ROOT / "bot" / "demo" / "vacancies").glob("*.md")):
            text = path.read_text(encoding="utf-8")
            vacancy = Vacancy(tenant_id=tenant.id, title=text.splitlines()[0].lstrip("# "), text=text)
            s.add(vacancy)
            vacancies.append(vacancy)
        s.flush()
        tenant_id, ids = tenant.id, [(v.id, v.title) for v in vacancies]

    print("## Offline interview kits (ms per kit)\n")
    print("| vacancy | lang | questions | p50 | p95 |")
    print("|---|---|---|---|---|")
    made: list[str] = []
    for vacancy_id, title in ids:
        for lang in ("nl", "en"):
            times = []
            for run in range(runs + 1):
                with session_scope() as s:
                    started = time.perf_counter()
                    kit = interview_kit(s, tenant_id, vacancy_id, lang=lang)
                    if run:
                        times.append((time.perf_counter() - started) * 1000)
            made += [q.question for q in kit.questions]
            print(
                f"| {title} | {lang} | {len(kit.questions)} | {statistics.median(times):.1f} | "
                f"{pct(times, 0.95):.1f} |"
            )

    print("\n## Protected-question filter\n")
    print("| set | lang | items | caught / flagged | rate |")
    print("|---|---|---|---|---|")
    for lang in ("nl", "en"):
        rows = [
            json.loads(line)
            for line in (ROOT / "tests" / "data" / f"adversarial_prompts_{lang}.jsonl")
            .read_text()
            .splitlines()
        ]
        block = [r for r in rows if r["expect"] == "block"]
        allow = [r for r in rows if r["expect"] == "allow"]
        caught = sum(r["topic"] in topics(r["text"]) for r in block)
        wrong = sum(is_protected(r["text"]) for r in allow)
        print(
            f"| protected questions (recall, right topic) | {lang} | {len(block)} | {caught} | "
            f"{caught / len(block):.3f} |"
        )
        print(
            f"| lawful job questions (false positives) | {lang} | {len(allow)} | {wrong} | "
            f"{wrong / len(allow):.3f} |"
        )
    flagged = sum(is_protected(q) for q in made)
    print(
        f"| offline kit questions (false positives) | nl+en | {len(made)} | {flagged} | "
        f"{flagged / len(made):.3f} |"
    )

    print("\n## LLM mode overhead with a fake model (ms per kit: guard-in + parse + guard-out + audit)\n")
    answer = json.dumps(
        {
            "questions": [
                {
                    "requirement": "",
                    "question": f"Tell me about a project in which you used this skill ({i}).",
                    "good_answer": "Concrete situation, own actions, result.",
                    "cites": "",
                    "kind": "competency",
                }
                for i in range(8)
            ]
        }
    )
    times = []
    with session_scope() as s:
        vacancy = s.get(Vacancy, ids[0][0])
        from bot.questions.generator import _requirement_texts

        first = _requirement_texts(vacancy)[0][0]
    answer = answer.replace('"requirement": ""', json.dumps({"requirement": first})[1:-1])
    for run in range(runs + 1):
        model = GenericFakeChatModel(messages=iter([answer]))
        set_chat_model_factory(lambda m=model: ChatModelHandle(m, "fake:bench"))
        with session_scope() as s:
            started = time.perf_counter()
            kit = interview_kit(s, tenant_id, ids[0][0], lang="en")
            if run:
                times.append((time.perf_counter() - started) * 1000)
        assert kit.source == "llm"
    set_chat_model_factory(None)
    print("| kit | p50 | p95 |")
    print("|---|---|---|")
    print(
        f"| {ids[0][1]} (8 generated questions) | {statistics.median(times):.1f} | {pct(times, 0.95):.1f} |"
    )


if __name__ == "__main__":
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    main(runs)
