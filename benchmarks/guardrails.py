"""Guardrails quality and speed; prints tables.

    .venv/bin/python benchmarks/guardrails.py [--only pii|per|bsn|special|latency] [--quick]

Sections:
- English PII on presidio-research synth_dataset_v2 (1,500 texts): entity level, overlap match, per type
  P / R / F2. Dataset types map to ours: PERSON->PERSON; STREET_ADDRESS, ZIP_CODE, GPE->ADDRESS or LOCATION;
  DATE_TIME->DATE_TIME or DATE_OF_BIRTH; DOMAIN_NAME->URL; US_SSN, US_DRIVER_LICENSE->ID_DOCUMENT; the rest by
  name. Not scored: ORGANIZATION and TITLE (not personal data for us), NRP (mixes nationality, religion and
  politics: the special-category set measures those) and AGE (protected, measured there too). A finding
  that only overlaps an unscored span counts neither way. Run twice: with lang="en" and with auto-detection.
- Dutch PER on CoNLL-2002 ned.testa (latin-1; `\\x81E` lines normalised): one scan per document with
  lang="nl", PERSON findings against gold PER, exact span match and overlap match.
- BSN: recall on valid BSNs in context (a BSN word, an ID label, a CV personal-details block); share of
  random 9-digit numbers reported as NL_BSN, in neutral text and labelled as something else; and the share
  of unlabelled 11-proof numbers still redacted as a possible ID number (see recognizers/pii/bsn.py).
- Special categories: guardrails.special.evaluate (the special-category engineer's labelled set).
- Latency on one core (pinned, BLAS threads 1): p50 / p95 of scan+redact for chat messages (<= 300 chars)
  and ~3,000-character CVs; cold start (import + engine build + first scan) in a fresh process.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter, defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
# This file is called guardrails.py: keep its own folder off the path so `import guardrails` is the package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

import guardrails  # noqa: E402
from guardrails import Destination  # noqa: E402
from guardrails.data.conll import read as read_conll  # noqa: E402
from guardrails.recognizers.pii.bsn import is_valid_bsn  # noqa: E402

DATA = ROOT / ".." / "shared" / "data" / "guardrails"
GOLD_TO_OURS = {
    "PERSON": {"PERSON"},
    "STREET_ADDRESS": {"ADDRESS", "LOCATION"},
    "ZIP_CODE": {"ADDRESS", "LOCATION"},
    "GPE": {"LOCATION", "ADDRESS"},
    "DATE_TIME": {"DATE_TIME", "DATE_OF_BIRTH"},
    "PHONE_NUMBER": {"PHONE_NUMBER"},
    "EMAIL_ADDRESS": {"EMAIL_ADDRESS"},
    "CREDIT_CARD": {"CREDIT_CARD"},
    "IBAN_CODE": {"IBAN_CODE"},
    "IP_ADDRESS": {"IP_ADDRESS"},
    "DOMAIN_NAME": {"URL"},
    "US_SSN": {"ID_DOCUMENT"},
    "US_DRIVER_LICENSE": {"ID_DOCUMENT"},
}
PRIMARY = {
    "STREET_ADDRESS": "ADDRESS",
    "ZIP_CODE": "ADDRESS",
    "GPE": "LOCATION",
    "DOMAIN_NAME": "URL",
    "US_SSN": "ID_DOCUMENT",
    "US_DRIVER_LICENSE": "ID_DOCUMENT",
}
SCORED_OURS = set().union(*GOLD_TO_OURS.values())


def f_beta(p: float, r: float, beta: float = 2.0) -> float:
    return (1 + beta**2) * p * r / (beta**2 * p + r) if p + r else 0.0


def table(headers: list[str], rows: list[list], title: str) -> None:
    cells = [[f"{c:.3f}" if isinstance(c, float) else str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    print(f"\n## {title}\n")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in cells:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |")


# --- English PII ---------------------------------------------------------------------------------------


def english_pii(lang: str | None, limit: int | None) -> None:
    items = json.loads((DATA / "presidio-research" / "synth_dataset_v2.json").read_text())[:limit]
    gold_n: Counter[str] = Counter()
    gold_hit: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    pred_ok: Counter[str] = Counter()
    for item in items:
        text = item["full_text"]
        spans = [(s["entity_type"], s["start_position"], s["end_position"]) for s in item["spans"]]
        findings = [f for f in guardrails.scan(text, lang).findings if f.type in SCORED_OURS]
        for gtype, gs, ge in spans:
            if gtype not in GOLD_TO_OURS:
                continue
            gold_n[gtype] += 1
            if any(f.type in GOLD_TO_OURS[gtype] and f.start < ge and gs < f.end for f in findings):
                gold_hit[gtype] += 1
        for f in findings:
            overlapping = [g for g in spans if f.start < g[2] and g[1] < f.end]
            if overlapping and all(g[0] not in GOLD_TO_OURS for g in overlapping):
                continue  # only overlaps an unscored span (ORGANIZATION, TITLE, NRP, AGE)
            pred_n[f.type] += 1
            if any(g[0] in GOLD_TO_OURS and f.type in GOLD_TO_OURS[g[0]] for g in overlapping):
                pred_ok[f.type] += 1
    rows = []
    for gtype in sorted(gold_n, key=lambda t: -gold_n[t]):
        ours = PRIMARY.get(gtype, gtype)
        p = pred_ok[ours] / pred_n[ours] if pred_n[ours] else 0.0
        r = gold_hit[gtype] / gold_n[gtype]
        rows.append([gtype, ours, gold_n[gtype], pred_n[ours], p, r, f_beta(p, r)])
    tp, n_pred = sum(pred_ok.values()), sum(pred_n.values())
    p_all, r_all = tp / max(1, n_pred), sum(gold_hit.values()) / max(1, sum(gold_n.values()))
    rows.append(["ALL (micro)", "", sum(gold_n.values()), n_pred, p_all, r_all, f_beta(p_all, r_all)])
    title = f"English PII, synth_dataset_v2 ({len(items)} texts, lang={lang or 'auto'}), overlap match"
    table(["gold type", "our type", "gold", "predicted", "P", "R", "F2"], rows, title)


# --- Dutch PER -----------------------------------------------------------------------------------------


def dutch_per(limit: int | None) -> None:
    docs: dict[int, list] = defaultdict(list)
    for s in read_conll("ned.testa"):
        docs[s.doc].append(s)
    gold_total = pred_total = exact = gold_overlap = pred_overlap = 0
    for n, doc in enumerate(docs.values()):
        if limit and n >= limit:
            break
        parts, gold, pos = [], [], 0
        for s in doc:
            offsets = []
            for tok in s.tokens:
                offsets.append(pos)
                parts.append(tok)
                pos += len(tok) + 1
            gold += [(offsets[a], offsets[b - 1] + len(s.tokens[b - 1])) for a, b in s.spans("PER")]
        text = " ".join(parts)
        pred = [(f.start, f.end) for f in guardrails.scan(text, "nl").findings if f.type == "PERSON"]
        gold_total += len(gold)
        pred_total += len(pred)
        exact += len(set(gold) & set(pred))
        gold_overlap += sum(any(a < pe and ps < b for ps, pe in pred) for a, b in gold)
        pred_overlap += sum(any(a < ge and gs < b for gs, ge in gold) for a, b in pred)
    rows = [
        ["exact span", gold_total, pred_total, exact / pred_total, exact / gold_total],
        ["overlap", gold_total, pred_total, pred_overlap / pred_total, gold_overlap / gold_total],
        ["anchor: deduce 3.0.6", "", "", 0.704, 0.708],
        ["anchor: Presidio + English model", "", "", 0.115, 0.668],
    ]
    table(["match", "gold PER", "predicted", "P", "R"], rows, "Dutch PER, CoNLL-2002 ned.testa (lang=nl)")


# --- BSN -----------------------------------------------------------------------------------------------

BSN_CONTEXTS = [
    "BSN: {}",
    "Mijn burgerservicenummer is {}.",
    "Sofinummer {} (zie kopie ID)",
    "bsn {} graag verwerken in de salarisadministratie",
    "Citizen service number (BSN): {}",
    "Please find my BSN {} attached.",
    "Persoonsgegevens\nBSN-nummer: {}\nNationaliteit: Nederlandse",
    "ID-nummer: {}",
    "Personal ID number {}",
    "PERSONALIA\nNaam: Sanne Bakker\nGeboortedatum: 4 mei 1991\n{}\nAdres: Dorpsstraat 3, Zeist",
    "Personal details\nDate of birth: 12 March 1990\nNationality: Dutch\n{}",
]
OTHER_CONTEXTS = ["Ordernummer: {}", "Factuur {} is betaald.", "Klantnummer {}", "Referentie: {}", "KvK {}"]
NEUTRAL_CONTEXTS = ["{}", "Het getal {} staat op de brief.", "We received {} yesterday.", "Zie {} voor meer."]


def _formats(n: str, rng: random.Random) -> str:
    return rng.choice([n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"])


def _share(numbers: list[str], contexts: list[str], types: set[str], rng: random.Random) -> float:
    """Share of numbers (written as plain digits in a random context) covered by a finding of `types`."""
    hits = 0
    for number in numbers:
        text = rng.choice(contexts).format(number)
        start = text.index(number)
        found = guardrails.scan(text).findings
        hits += any(f.type in types and f.start <= start and start + len(number) <= f.end for f in found)
    return hits / len(numbers)


def bsn(n: int) -> None:
    """What the issue asks: recall on valid BSNs in context, and the share of random 9-digit numbers
    reported as NL_BSN. Plus the lower-score path: an unlabelled 11-proof number is redacted as a possible
    ID number (ID_DOCUMENT), so a real BSN without context does not leak either."""
    rng = random.Random(2026)
    valid: list[str] = []
    while len(valid) < n:
        cand = str(rng.randrange(10_000_000, 1_000_000_000)).zfill(9)
        if is_valid_bsn(cand):
            valid.append(cand)
    hits = 0
    for number in valid:
        shown = _formats(number, rng)
        text = rng.choice(BSN_CONTEXTS).format(shown)
        start = text.index(shown)
        found = guardrails.scan(text).findings
        hits += any(f.type == "NL_BSN" and f.start <= start and start + len(shown) <= f.end for f in found)
    randoms = [str(rng.randrange(100_000_000, 1_000_000_000)) for _ in range(n)]
    rows = [
        ["valid BSN in context: recall as NL_BSN", n, hits / n],
        [
            "random 9-digit, neutral text: reported as NL_BSN",
            n,
            _share(randoms, NEUTRAL_CONTEXTS, {"NL_BSN"}, rng),
        ],
        [
            "random 9-digit, labelled as something else: reported as NL_BSN",
            n,
            _share(randoms, OTHER_CONTEXTS, {"NL_BSN"}, rng),
        ],
        [
            "random 9-digit, neutral text: redacted as possible ID (ID_DOCUMENT)",
            n,
            _share(randoms, NEUTRAL_CONTEXTS, {"ID_DOCUMENT"}, rng),
        ],
        [
            "valid BSN, neutral text: redacted (NL_BSN or ID_DOCUMENT)",
            n,
            _share(valid, NEUTRAL_CONTEXTS, {"NL_BSN", "ID_DOCUMENT"}, rng),
        ],
        ["(random 9-digit numbers passing the 11-proof)", n, sum(is_valid_bsn(x) for x in randoms) / n],
    ]
    table(["measure", "n", "value"], rows, "BSN (NL_BSN)")


# --- special categories --------------------------------------------------------------------------------


def special() -> None:
    try:
        from guardrails.special.evaluate import evaluate, format_table
    except ImportError as exc:
        print(f"\n## Special categories\n\nnot available: guardrails.special.evaluate ({exc})")
        return
    print("\n## Special categories and protected characteristics (guardrails.special.evaluate)\n")
    print(format_table(evaluate()))


# --- latency -------------------------------------------------------------------------------------------

CHATS = [
    "Hoi Sanne, kun je Mohamed El Idrissi morgen om 10:00 bellen over de vacature? Nummer: 06-12345678.",
    "Can you share the shortlist for the data engineer role with Emma before Friday? Thanks!",
    "Ik heb net met Pieter de Boer gesproken, hij heeft vanwege zijn burn-out drie maanden niet gewerkt.",
    "Candidate 3 looks strong: 7 years of Python, led a team of 5 at Adyen, available from March.",
    "Wat vind jij van de motivatiebrief van Fatima? Ze woont in Utrecht en wil graag 32 uur werken.",
]
CV = """Curriculum Vitae

Naam: Jan de Vries
Adres: Keizersgracht 123-II, 1015 CJ Amsterdam
Telefoon: 06-12345678 | E-mail: jan.devries@example.nl
Geboortedatum: 12-03-1990 | Nationaliteit: Nederlandse | BSN: 111222333
LinkedIn: https://www.linkedin.com/in/jandevries

Profiel
Ervaren data engineer met ruim acht jaar ervaring in het bouwen van dataplatformen voor de financiële
sector en de zorg. Ik werk graag in multidisciplinaire teams en houd van heldere afspraken. In mijn vrije
tijd ben ik vrijwilliger bij de voedselbank en speel ik hockey.

Werkervaring
2019 - heden: Senior data engineer, Rabobank, Utrecht
- Ontwierp een streaming-platform op Kafka en Flink voor 40 miljoen transacties per dag.
- Begeleidde drie junior engineers; werkte nauw samen met Pieter Jansen (product owner).
2016 - 2019: Data engineer, Coolblue, Rotterdam
- Bouwde de data warehouse-migratie naar BigQuery; verlaagde de kosten met 35%.
- Introduceerde dbt en datakwaliteitstests voor alle kernmodellen.
2014 - 2016: BI-ontwikkelaar, Gemeente Amsterdam
- Rapportages voor het sociaal domein in Power BI en SQL Server.
- Automatiseerde de maandelijkse verantwoording aan de raad; bespaarde twee FTE aan handwerk.
2012 - 2014: Student-assistent, Universiteit van Amsterdam (parttime)
- Begeleidde practica Programmeren en Datastructuren voor eerstejaars.

Nevenactiviteiten
Penningmeester van hockeyclub HC Zuid (2018 - 2022); mentor bij een programma voor zij-instromers in de
IT; spreker op PyData Amsterdam over het testen van datapijplijnen.

Opleiding
2010 - 2014: BSc Informatica, Universiteit van Amsterdam
Certificaten: Google Professional Data Engineer (2021), AWS Solutions Architect Associate (2020)

Vaardigheden
Python, SQL, Scala, Kafka, Flink, Spark, Airflow, dbt, BigQuery, Snowflake, Terraform, Docker, Kubernetes.
Talen: Nederlands (moedertaal), Engels (C2), Duits (B1).

Summary (English)
Senior data engineer with eight years of experience building streaming and batch data platforms in
banking and e-commerce. Comfortable owning systems end to end, from design reviews to on-call. I enjoy
mentoring, and I am looking for a role with more architecture responsibility in the Utrecht region.
Recent work includes a migration of forty batch jobs to a streaming design, and a cost review that cut
the monthly cloud bill by a third without slowing down the analysts who depend on the platform.

Projecten
- Fraudedetectie: realtime scoring van betalingen met een gradient-boosting model, samen met het
  risk-team; de doorlooptijd van een melding daalde van twee dagen naar tien minuten.
- Klantdata-platform: consolidatie van zeven bronnen in één datamodel, inclusief AVG-verwijderverzoeken
  die automatisch door alle systemen worden doorgevoerd.
- Open source: onderhouder van een kleine Python-bibliotheek voor datakwaliteit (1.200 sterren).

Referenties
Op aanvraag beschikbaar. Vorige leidinggevende: mevr. A. Bakker, Rabobank, a.bakker@example.com.
"""


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _timed(fn, *args) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds of one call; CPU time is what the call costs on an idle core."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn(*args)
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def latency(runs: int) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    guardrails.scan("warm up")
    rows = []
    texts = (("chat message (<= 300 chars)", CHATS), (f"CV ({len(CV)} chars)", [CV]))
    calls = (
        ("scan", lambda t: guardrails.scan(t)),
        ("redact (scan + verify)", lambda t: guardrails.redact(t, Destination.llm_prompt)),
    )
    for label, sample in texts:
        for call, fn in calls:
            wall, cpu = [], []
            for i in range(runs):
                w, c = _timed(fn, sample[i % len(sample)])
                wall.append(w)
                cpu.append(c)
            rows.append(
                [
                    f"{label}: {call}",
                    runs,
                    statistics.median(wall),
                    _percentile(wall, 0.95),
                    statistics.median(cpu),
                    _percentile(cpu, 0.95),
                ]
            )
    code = (
        "import time; w=time.perf_counter(); c=time.process_time(); import guardrails; "
        "guardrails.scan('Hallo'); print(time.perf_counter()-w, time.process_time()-c)"
    )
    wall, cpu = [], []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        w, c = (float(x) for x in out.stdout.strip().splitlines()[-1].split())
        wall.append(w * 1000)
        cpu.append(c * 1000)
    cold = [statistics.median(wall), max(wall), statistics.median(cpu), max(cpu)]
    rows.append(["cold start: import + build + first scan", 3, *cold])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    title = f"Latency, pinned to one core, load average {load:.1f} on {os.cpu_count()} cores"
    table(["text: call", "runs", "wall p50 ms", "wall p95 ms", "CPU p50 ms", "CPU p95 ms"], rows, title)
    print("targets: chat p95 <= 25 ms, CV p95 <= 250 ms, cold start <= 5 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["pii", "per", "bsn", "special", "latency"])
    parser.add_argument("--quick", action="store_true", help="a fraction of each set, for a smoke run")
    args = parser.parse_args()
    quick = args.quick
    started = time.perf_counter()
    if args.only in (None, "pii"):
        english_pii("en", 200 if quick else None)
        english_pii(None, 200 if quick else None)
    if args.only in (None, "per"):
        dutch_per(8 if quick else None)
    if args.only in (None, "bsn"):
        bsn(200 if quick else 1000)
    if args.only in (None, "special"):
        special()
    if args.only in (None, "latency"):
        latency(20 if quick else 100)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
