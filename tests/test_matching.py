"""Matching: verbatim evidence, Dutch <-> English, determinism, name and gender blindness, and exclusions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlmodel import select

from retrieval import index
from retrieval.ingest import SourceDocument, ingest_document
from retrieval.matching import MODEL_VERSION, MatchError, match
from retrieval.vacancies import create_vacancy
from storage import db
from storage.crypto import identity_hash
from storage.db import session_scope
from storage.directory import add_tenant
from storage.models import Candidate, Suppression
from storage.settings import reset_settings, use_data_dir
from tests.cli_helpers import fairmatch

ROOT = Path(__file__).resolve().parents[1]
KEY = "x3Jd3n5bJ2n1m0yQk8kq5m1H0n3sU4Wc9pQe7rTt6Yo="  # the values tests/conftest.py sets
SALT = "test-salt"

NL_VACANCY = """# Senior Python Developer

**Locatie:** Utrecht
**Talen:** Nederlands en Engels

## Wat vragen wij
- Minimaal 5 jaar professionele ervaring met Python
- Ervaring met Django of FastAPI
- Goede kennis van PostgreSQL en SQL
- Ervaring met geautomatiseerd testen (pytest) en CI/CD
- HBO- of WO-werk- en denkniveau, bij voorkeur informatica
- Goede beheersing van Nederlands en Engels (minimaal B2)

## Pré
- Ervaring met Docker en Kubernetes
- Kennis van AWS of Azure

## Wat bieden wij
Een goed salaris.
"""

EN_VACANCY = """Backend Developer

Requirements:
- At least 3 years of experience with Python
- Experience with Django
- Good command of Dutch (C1 or higher)

Nice to have:
- Experience with Kubernetes
"""

EN_PYTHON = """{name}
Senior Backend Developer
Amersfoort | {first}@example.com | +31 6 1234 5678

Profile
{pron} is a backend developer who builds reliable web services in Python. {pron} mentors junior developers.

Work experience
2016 - present  Senior Python Developer, Coolblue, Rotterdam
- Built REST APIs with Django and FastAPI on PostgreSQL
- Introduced automated testing with pytest and GitLab CI pipelines
- Ran services in Docker on Kubernetes
2013 - 2016  Software Developer, Exact, Delft
- Wrote SQL reports and Python tooling

Education
2009 - 2013  MSc Computer Science, TU Delft

Skills
Python, Django, FastAPI, PostgreSQL, SQL, pytest, Docker, Kubernetes, AWS

Languages
Dutch (native), English (C1)
"""

NL_PYTHON = """Pieter Smit
Python ontwikkelaar
Utrecht | pieter.smit@example.nl

Werkervaring
2017 - heden  Python Developer, Bol, Utrecht
- Bouwen van API's in Django met PostgreSQL
- Tests schrijven met pytest
2015 - 2017  Junior ontwikkelaar, Centric, Gouda

Opleiding
2011 - 2015  HBO Informatica, Hogeschool Utrecht

Vaardigheden
Python, Django, PostgreSQL, Git

Talen
Nederlands (moedertaal), Engels (vloeiend)
"""

NL_NURSE = """Sanne de Boer
Verpleegkundige

Werkervaring
2012 - heden  Verpleegkundige interne geneeskunde, UMC Utrecht
- Zorg voor patiënten op een afdeling van 30 bedden

Opleiding
2008 - 2012  HBO-V, Hogeschool Utrecht

Talen
Nederlands (moedertaal)
"""

TAXONOMY = ROOT / "retrieval" / "data" / "label_vectors.npz"
pytestmark = [
    pytest.mark.skipif(
        not TAXONOMY.exists(), reason="ESCO taxonomy not built: python -m retrieval.build_taxonomy"
    ),
]


def _ingest(session, tenant: str, ref: str, text: str) -> str:
    result = ingest_document(session, tenant, SourceDocument(ref, "cv.txt", text.encode()))
    assert result.status == "created", result.error
    return result.candidate_id


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    base = tmp_path_factory.mktemp("matching")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FAIRMATCH_SECRET_KEY", KEY)
        mp.setenv("FAIRMATCH_IDENTITY_SALT", SALT)
        mp.delenv("DATABASE_URL", raising=False)
        mp.delenv("QDRANT_URL", raising=False)
        use_data_dir(base / "var")
        db.upgrade()
        ids: dict[str, str] = {}
        with session_scope() as s:
            acme, other = add_tenant(s, "acme").id, add_tenant(s, "other").id
            ids["jan"] = _ingest(
                s, acme, "cv:jan", EN_PYTHON.format(name="Jan de Vries", first="jan", pron="He")
            )
            ids["fatima"] = _ingest(
                s, acme, "cv:fatima", EN_PYTHON.format(name="Fatima El Amrani", first="fatima", pron="She")
            )
            ids["pieter"] = _ingest(s, acme, "cv:pieter", NL_PYTHON)
            ids["nurse"] = _ingest(s, acme, "cv:nurse", NL_NURSE)
            ids["restricted"] = _ingest(
                s, acme, "cv:restricted", NL_PYTHON.replace("Pieter Smit", "Kees Kok")
            )
            ids["suppressed"] = _ingest(
                s,
                acme,
                "cv:suppressed",
                EN_PYTHON.format(name="Lotte Mulder", first="lotte", pron="She").replace(
                    "Coolblue", "Picnic"
                ),
            )
            ids["elsewhere"] = _ingest(
                s, other, "cv:other", EN_PYTHON.format(name="Tim Berg", first="tim", pron="He")
            )
            s.get(Candidate, ids["restricted"]).restricted = True
            s.add(
                Suppression(tenant_id=acme, identity_hash=identity_hash("lotte@example.com"), reason="dsar")
            )
            nl = create_vacancy(s, acme, NL_VACANCY).id
            en = create_vacancy(s, acme, EN_VACANCY).id
            foreign = create_vacancy(s, other, EN_VACANCY).id
        reset_settings()
    yield {"base": base, "acme": acme, "other": other, "ids": ids, "nl": nl, "en": en, "foreign": foreign}
    index.close_all()


@pytest.fixture
def shared(world, monkeypatch):
    monkeypatch.setenv("FAIRMATCH_DATA_DIR", str(world["base"] / "var"))
    reset_settings()
    return world


def _run(world, vacancy: str, top_k: int = 10):
    with session_scope() as s:
        return match(s, world["acme"], world[vacancy], top_k=top_k)


def test_result_shape_and_verbatim_evidence(shared):
    results = _run(shared, "nl")
    assert results
    with session_scope() as s:
        for r in results:
            data = r.to_json()
            assert list(data) == ["candidate_id", "score", "matched", "missing", "summary"]
            text = s.get(Candidate, r.candidate_id).redacted_text
            for m in data["matched"]:
                assert set(m) == {"requirement", "evidence"} and set(m["evidence"]) == {
                    "text",
                    "start",
                    "end",
                }
                assert text[m["evidence"]["start"] : m["evidence"]["end"]] == m["evidence"]["text"]
                assert not re.search(r"<[A-Z_]+>", m["evidence"]["text"])
            assert len(data["matched"]) + len(data["missing"]) == 9  # 6 must, 3 nice
            assert data["score"] == round(data["score"], 3)
    assert MODEL_VERSION.endswith("fm-score-1")


def test_dutch_vacancy_finds_english_cvs_with_evidence(shared):
    results = {r.candidate_id: r for r in _run(shared, "nl")}
    jan = results[shared["ids"]["jan"]]
    must = [m.requirement for m in jan.matched if m.requirement in NL_VACANCY.split("## Pré")[0]]
    assert len(must) >= 5, jan.to_json()
    assert "Ervaring met Django of FastAPI" in must
    assert jan.score > results[shared["ids"]["nurse"]].score
    assert jan.summary.startswith("Covers ") and "of 6 must-haves" in jan.summary


def test_english_vacancy_finds_dutch_cvs(shared):
    results = _run(shared, "en")
    pieter = next(r for r in results if r.candidate_id == shared["ids"]["pieter"])
    matched = {m.requirement for m in pieter.matched}
    assert {"At least 3 years of experience with Python", "Experience with Django"} <= matched
    assert "Good command of Dutch (C1 or higher)" in matched
    assert results.index(pieter) < [r.candidate_id for r in results].index(shared["ids"]["nurse"])


def test_scores_are_deterministic_and_ordered(shared):
    first = [r.to_json() for r in _run(shared, "nl")]
    second = [r.to_json() for r in _run(shared, "nl")]
    assert json.dumps(first) == json.dumps(second)
    keys = [(-r["score"], r["candidate_id"]) for r in first]
    assert keys == sorted(keys)
    assert len(_run(shared, "nl", top_k=2)) == 2


def test_swapping_name_and_gender_does_not_change_the_score(shared):
    results = {r.candidate_id: r for r in _run(shared, "nl")}
    jan, fatima = results[shared["ids"]["jan"]], results[shared["ids"]["fatima"]]
    assert jan.score == fatima.score
    assert [m.requirement for m in jan.matched] == [m.requirement for m in fatima.matched]
    assert jan.missing == fatima.missing and jan.summary == fatima.summary


def test_restricted_suppressed_and_other_tenants_never_appear(shared):
    shown = {r.candidate_id for v in ("nl", "en") for r in _run(shared, v, top_k=50)}
    ids = shared["ids"]
    assert {ids["jan"], ids["fatima"], ids["pieter"], ids["nurse"]} <= shown
    assert not shown & {ids["restricted"], ids["suppressed"], ids["elsewhere"]}
    with session_scope() as s:  # and the other tenant sees only its own
        theirs = match(s, shared["other"], shared["foreign"], top_k=50)
    assert [r.candidate_id for r in theirs] == [ids["elsewhere"]]


def test_missing_or_foreign_vacancy_is_a_clear_error(shared):
    with session_scope() as s:
        with pytest.raises(MatchError, match="no vacancy 'v_nope'"):
            match(s, shared["acme"], "v_nope")
        with pytest.raises(MatchError, match="no vacancy"):
            match(s, shared["acme"], shared["foreign"])


def test_summaries_state_facts_not_verdicts(shared):
    for r in _run(shared, "nl", top_k=50):
        assert not re.search(r"suitable|geschikt|reject|afwijz|hire|aannemen|recommend|best", r.summary, re.I)


def test_erased_candidates_drop_out_even_if_the_index_is_stale(shared):
    with session_scope() as s:
        extra = _ingest(s, shared["acme"], "cv:gone", NL_PYTHON.replace("Pieter Smit", "Bas Dekker"))
    assert extra in {r.candidate_id for r in _run(shared, "nl", top_k=50)}
    with session_scope() as s:  # the row is erased; the point is (deliberately) left behind
        s.delete(s.get(Candidate, extra))
    assert extra not in {r.candidate_id for r in _run(shared, "nl", top_k=50)}
    index.delete_candidates(shared["acme"], [extra])


@pytest.fixture
def cli(capsys):
    from bot.cli import app as root

    if "match" not in {c.name for c in root.registered_commands}:
        pytest.skip("`fairmatch match` is not registered in bot/cli/__init__.py yet")
    return lambda *args: fairmatch(capsys, *args)


def test_cli_prints_one_json_array(shared, cli):
    run = cli("match", "--tenant", "acme", "--vacancy", shared["nl"], "--top", "3", "--json")
    assert run.code == 0, run.err
    data = run.json()
    assert isinstance(data, list) and len(data) == 3
    assert data == [r.to_json() for r in _run(shared, "nl", top_k=3)]
    table = cli("match", "--tenant", "acme", "--vacancy", shared["nl"])
    assert table.code == 0 and "score" in table.out
    assert cli("match", "--tenant", "acme", "--vacancy", "v_nope").code == 2
    with session_scope() as s:
        assert s.exec(select(Candidate)).first() is not None
