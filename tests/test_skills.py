"""ESCO skill extraction: verbatim evidence, Dutch and English, requirement evidence, and the JSONL CLI."""

from __future__ import annotations

import io
import json
import sys

import pytest

from bot.cli import main
from retrieval.skills import (
    Evidence,
    SkillHit,
    detect_language,
    extract_skills,
    match_requirement,
    skill_info,
)
from retrieval.taxonomy import SKILL_TYPES, get_taxonomy

PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"

DUTCH_CV = """Profiel
Ervaren data engineer met zes jaar ervaring in softwareontwikkeling.

Werkervaring
2019 - heden: Data engineer bij een logistiek bedrijf in Utrecht. Bouwde datapijplijnen in Python en SQL,
verantwoordelijk voor projectmanagement van de migratie naar de cloud.

Vaardigheden: Python, SQL, projectmanagement, Engels schrijven
"""

ENGLISH_CV = """Experience
2018 - 2023: Backend developer. Built REST services in Python and Django, wrote SQL queries for reporting.
Known for a customer-oriented attitude and clear communication with stakeholders.
"""


def _by_label(hits: list[SkillHit]) -> dict[str, SkillHit]:
    return {hit.label.lower(): hit for hit in hits}


def test_dutch_cv_finds_python_sql_and_projectmanagement_with_exact_offsets():
    hits = extract_skills(DUTCH_CV)
    for hit in hits:
        assert DUTCH_CV[hit.start : hit.end] == hit.text
    found = {hit.text.lower() for hit in hits}
    assert {"python", "sql", "projectmanagement"} <= found
    python = next(hit for hit in hits if hit.uri == PYTHON)
    assert python.label == "Python (computerprogrammering)"  # the Dutch ESCO label for a Dutch text
    assert DUTCH_CV[python.start : python.end] == "Python"


def test_english_cv_gets_english_labels_and_dutch_labels_on_request():
    english = _by_label(extract_skills(ENGLISH_CV))
    assert "python (computer programming)" in english
    dutch = _by_label(extract_skills(ENGLISH_CV, lang="nl"))
    assert "python (computerprogrammering)" in dutch
    assert dutch["python (computerprogrammering)"].text == "Python"


def test_results_are_ranked_bounded_and_deterministic():
    first = extract_skills(DUTCH_CV, top_k=5)
    assert len(first) <= 5
    assert [h.score for h in first] == sorted((h.score for h in first), reverse=True)
    assert extract_skills(DUTCH_CV, top_k=5) == first
    assert extract_skills("") == []


def test_acronyms_match_only_in_their_own_case():
    text = "We go to the office and sql is lower case here."
    assert not any(hit.text in ("go", "sql") for hit in extract_skills(text))


def test_dutch_requirement_finds_evidence_in_english_cv():
    evidence = match_requirement("ervaring met Python en Django", ENGLISH_CV)
    texts = {e.text for e in evidence}
    assert {"Python", "Django"} <= texts
    for e in evidence:
        assert isinstance(e, Evidence)
        assert ENGLISH_CV[e.start : e.end] == e.text


def test_klantgericht_finds_customer_oriented_sentence():
    evidence = match_requirement("klantgericht", ENGLISH_CV, top_k=1)
    assert evidence and "customer-oriented" in evidence[0].text
    assert ENGLISH_CV[evidence[0].start : evidence[0].end] == evidence[0].text


def test_unrelated_requirement_has_no_strong_evidence():
    evidence = match_requirement("BIG-geregistreerd verpleegkundige met ervaring in de thuiszorg", ENGLISH_CV)
    assert all(e.score < 0.5 for e in evidence)


def test_skill_info_gives_labels_description_and_type():
    python = skill_info(PYTHON)
    assert python.label_en == "Python (computer programming)"
    assert python.label_nl == "Python (computerprogrammering)"
    assert "software development" in python.description_en
    assert python.type == "knowledge"
    assert {s.type for s in get_taxonomy().skills} == set(SKILL_TYPES)
    with pytest.raises(KeyError):
        skill_info("http://data.europa.eu/esco/skill/not-a-skill")


def test_language_detection():
    assert detect_language(DUTCH_CV) == "nl"
    assert detect_language(ENGLISH_CV) == "en"


def _cli(monkeypatch, capsys, *args: str, stdin: str) -> tuple[int, str, str]:
    """Run `fairmatch ARGS` in this process (the taxonomy is already loaded), as a user would."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    with pytest.raises(SystemExit) as done:
        main(list(args))
    captured = capsys.readouterr()
    return done.value.code, captured.out, captured.err


def test_cli_jsonl_contract_and_malformed_line(monkeypatch, capsys):
    lines = [json.dumps({"id": "nl-1", "text": DUTCH_CV}), json.dumps({"id": 2, "text": ENGLISH_CV})]
    code, stdout, stderr = _cli(monkeypatch, capsys, "skills", "extract", "--jsonl", stdin="\n".join(lines))
    assert code == 0, stderr
    out = [json.loads(line) for line in stdout.splitlines()]
    assert [o["id"] for o in out] == ["nl-1", 2]
    for record, text in zip(out, (DUTCH_CV, ENGLISH_CV), strict=True):
        assert 0 < len(record["skills"]) <= 20
        for skill in record["skills"]:
            assert set(skill) == {"uri", "label", "score", "evidence"}
            ev = skill["evidence"]
            assert text[ev["start"] : ev["end"]] == ev["text"]

    code, stdout, stderr = _cli(
        monkeypatch, capsys, "skills", "extract", "--jsonl", stdin=lines[0] + "\n{bad\n"
    )
    assert code == 2
    assert stdout == ""  # nothing half-written
    assert "line 2" in stderr and len(stderr.strip().splitlines()) == 1


def test_lexical_only_mode_keeps_verbatim_labels():
    fast = extract_skills(DUTCH_CV, dense=False)
    assert {"python", "sql", "projectmanagement"} <= {hit.text.lower() for hit in fast}
    assert all(DUTCH_CV[h.start : h.end] == h.text for h in fast)


def test_paraphrases_are_sought_in_the_given_regions_and_labels_everywhere():
    sentence = ENGLISH_CV.index("Known for")
    everywhere = extract_skills(ENGLISH_CV, top_k=60)
    outside = extract_skills(ENGLISH_CV, top_k=60, regions=[(0, sentence)])
    assert any(h.start == sentence for h in everywhere)  # paraphrased skills quote the whole sentence
    assert not any(h.start == sentence for h in outside)
    assert "communication" in {h.text for h in outside}  # a label named verbatim in that sentence
