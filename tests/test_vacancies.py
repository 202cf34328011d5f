"""Vacancies: requirements parsed from Dutch and English text, idempotent create, edit, list, close, CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from retrieval.vacancies import (
    VacancyError,
    close_vacancy,
    create_vacancy,
    edit_requirements,
    list_vacancies,
    parse_requirements,
)
from storage.db import session_scope
from storage.directory import add_tenant
from storage.models import AuditEvent, Vacancy, VacancyStatus
from tests.cli_helpers import fairmatch

DEMO = Path(__file__).resolve().parents[1] / "bot" / "demo" / "vacancies"

NL = """# Medior Data Engineer

**Locatie:** Amersfoort
**Talen:** Nederlands

## Over de functie
Je bouwt datapijplijnen. Ervaring met koffie drinken is niet nodig.

## Functie-eisen
- Minimaal 3 jaar ervaring met Python
- Kennis van SQL; kennis van Spark is een pré
- HBO-werk- en denkniveau, bij voorkeur informatica
- Airflow is een pré

## Pluspunten
- Ervaring met Azure

## Wat bieden wij
- Een goed salaris
"""

EN = """Backend Engineer (Go)

Requirements:
* 4+ years of experience with Go
* Experience with PostgreSQL
* Kubernetes knowledge is a plus

Nice to have:
* Rust

What we offer:
* Remote work
"""


@pytest.fixture
def tenant(db_url):
    with session_scope() as session:
        return add_tenant(session, "acme").id


def test_dutch_headings_bullets_and_cues():
    req = parse_requirements(NL)
    assert req["must"] == ["Minimaal 3 jaar ervaring met Python", "Kennis van SQL", "HBO-werk- en denkniveau"]
    assert req["nice"] == [
        "kennis van Spark is een pré",
        "bij voorkeur informatica",
        "Airflow is een pré",
        "Ervaring met Azure",
    ]


def test_english_headings_and_cues():
    req = parse_requirements(EN)
    assert req["must"] == ["4+ years of experience with Go", "Experience with PostgreSQL"]
    assert req["nice"] == ["Kubernetes knowledge is a plus", "Rust"]


def test_text_without_headings_uses_bullets_and_cues():
    req = parse_requirements("Wij zoeken iemand.\n- Ervaring met Java\n- Scrum is een pré\n")
    assert req == {"must": ["Ervaring met Java"], "nice": ["Scrum is een pré"]}


def test_the_demo_vacancies_have_must_and_nice_requirements():
    if not DEMO.exists():
        pytest.skip("demo vacancies not generated")
    for path in DEMO.glob("*.md"):
        req = parse_requirements(path.read_text())
        assert len(req["must"]) >= 3 and len(req["nice"]) >= 2, path.name
        assert not any("salaris" in r.lower() or "salary" in r.lower() for r in req["must"] + req["nice"])


def test_create_is_idempotent_on_id_and_source_ref(tenant):
    with session_scope() as session:
        v = create_vacancy(session, tenant, NL, source_ref="ats:42")
        assert v.title == "Medior Data Engineer"
        assert v.location == "Amersfoort" and v.languages == ["nl"]
        again = create_vacancy(session, tenant, NL.replace("3 jaar", "4 jaar"), source_ref="ats:42")
        assert again.id == v.id and "Minimaal 4 jaar ervaring met Python" in again.requirements["must"]
        same_id = create_vacancy(session, tenant, EN, vacancy_id=v.id)
        assert same_id.id == v.id and same_id.title == "Backend Engineer (Go)"
        assert len(session.exec(select(Vacancy)).all()) == 1
        actions = [e.action for e in session.exec(select(AuditEvent).where(AuditEvent.vacancy_id == v.id))]
        assert actions == ["vacancy.created", "vacancy.updated", "vacancy.updated"]


def test_edit_list_and_close(tenant):
    with session_scope() as session:
        v = create_vacancy(session, tenant, EN)
        edit_requirements(session, tenant, v.id, add_must=["Experience with gRPC"], remove=["Rust"])
        assert v.requirements["must"][-1] == "Experience with gRPC" and "Rust" not in v.requirements["nice"]
        edit_requirements(session, tenant, v.id, must=["Go"], nice=["Go", "C"])
        assert v.requirements == {"must": ["Go"], "nice": ["C"]}
        closed = close_vacancy(session, tenant, v.id)
        assert closed.status == VacancyStatus.closed and closed.procedure_closed_at is not None
        assert [x.id for x in list_vacancies(session, tenant, status="closed")] == [v.id]
        assert list_vacancies(session, tenant, status="open") == []
        other = add_tenant(session, "other").id
        with pytest.raises(VacancyError, match="no vacancy"):
            close_vacancy(session, other, v.id)  # another tenant's vacancy does not exist for it
        with pytest.raises(VacancyError, match="empty"):
            create_vacancy(session, tenant, "  \n")


@pytest.fixture
def cli(capsys):
    from bot.cli import app as root

    if "vacancy" not in {g.name for g in root.registered_groups}:
        pytest.skip("`fairmatch vacancy` is not registered in bot/cli/__init__.py yet")
    return lambda *args: fairmatch(capsys, *args)


def test_cli_add_show_edit_list_close(tenant, tmp_path, cli):
    file = tmp_path / "vacature.md"
    file.write_text(NL, encoding="utf-8")
    out = cli("vacancy", "add", "--tenant", "acme", "--file", str(file), "--json")
    assert out.code == 0, out.err
    added = out.json()
    assert set(added) == {"id", "title", "requirements"}
    assert added["requirements"]["must"][0] == "Minimaal 3 jaar ervaring met Python"
    vid = added["id"]
    plain = cli("vacancy", "add", "--tenant", "acme", "--file", str(file), "--title", "Data Engineer")
    assert plain.code == 0 and plain.out.strip().startswith("v_")

    out = cli("vacancy", "edit", vid, "--tenant", "acme", "--must", "Python", "--must", "SQL", "--json")
    assert out.json()["requirements"]["must"] == ["Python", "SQL"]
    shown = cli("vacancy", "show", vid, "--tenant", "acme")
    assert "must-have (2):" in shown.out and "  - SQL" in shown.out
    assert len(cli("vacancy", "list", "--tenant", "acme", "--json").json()) == 2
    assert cli("vacancy", "close", vid, "--tenant", "acme").code == 0
    assert cli("vacancy", "show", vid, "--tenant", "acme", "--json").json()["status"] == "closed"


def test_cli_bad_input_exits_2_with_one_line(tenant, tmp_path, cli):
    for args in (
        ["add", "--tenant", "nope", "--file", str(tmp_path / "x.md")],
        ["add", "--tenant", "acme", "--file", str(tmp_path / "missing.md")],
        ["show", "v_missing", "--tenant", "acme"],
        ["edit", "v_missing", "--tenant", "acme"],
    ):
        out = cli("vacancy", *args)
        assert out.code == 2, args
        assert out.err.count("\n") == 1 and out.err.startswith("error: ")
