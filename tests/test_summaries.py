"""Candidate summaries: facts with verbatim evidence, never a verdict; offline and through a fake model."""

from __future__ import annotations

import json
import shutil

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from sqlmodel import select

from bot.llm import ChatModelHandle, set_chat_model_factory
from bot.questions import KitError
from bot.summaries import summarise_candidate
from guardrails import verdict
from guardrails.protected_questions import is_protected
from storage import db
from storage.db import session_scope
from storage.models import AuditEvent, Candidate, MatchSuggestion, Tenant, Vacancy

CV = (
    "Data analist\n\nWerkervaring\nData Analyst, Energiebedrijf Utrecht (2019 - heden)\n"
    "- Bouwde dashboards in Power BI voor het managementteam\n- Schreef SQL in BigQuery voor "
    "maandrapportages\n\n"
    "Opleiding\nMSc Econometrie, Erasmus Universiteit\n\nTalen\nEngels (C1), Nederlands (moedertaal)\n"
)
MUST = ["Strong SQL skills", "Experience with Power BI or Tableau", "Experience with dbt or Airflow"]


def span(text: str) -> dict:
    start = CV.index(text)
    return {"start": start, "end": start + len(text), "text": text}


PROFILE = {
    "titles": [{**span("Data Analyst, Energiebedrijf Utrecht (2019 - heden)"), "occupation": None}],
    "years_experience": {"value": 6, "method": "date_ranges", **span("2019 - heden")},
    "education": {"level": "master", "rank": 5, **span("MSc Econometrie, Erasmus Universiteit")},
    "languages": [
        {"code": "en", "level": "C1", **span("Engels (C1)")},
        {"code": "nl", "level": "C2", **span("Nederlands (moedertaal)")},
    ],
    "skills": [{"uri": "x", "label": "Power BI", "score": 0.9, **span("Power BI")}],
}


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    """One migrated SQLite file per module, copied for each test: the real migrations, run once."""
    path = tmp_path_factory.mktemp("schema") / "fairmatch.db"
    db.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def world(data_dir, migrated):
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(migrated, data_dir / "fairmatch.db")
    with session_scope() as s:
        tenant = Tenant(name="acme")
        s.add(tenant)
        s.flush()
        vacancy = Vacancy(
            tenant_id=tenant.id,
            title="Data Analyst",
            text="Data Analyst in Amsterdam.",
            requirements={"must": MUST, "nice": []},
        )
        candidate = Candidate(tenant_id=tenant.id, source_ref="t:1", redacted_text=CV, profile=PROFILE)
        s.add(vacancy)
        s.add(candidate)
        s.flush()
        s.add(
            MatchSuggestion(
                tenant_id=tenant.id,
                vacancy_id=vacancy.id,
                candidate_id=candidate.id,
                score=0.5,
                explanation={
                    "matched": [
                        {"requirement": MUST[0], "evidence": span("Schreef SQL in BigQuery")},
                        {"requirement": MUST[1], "evidence": span("dashboards in Power BI")},
                    ],
                    "missing": [MUST[2]],
                },
            )
        )
        ids = {"tenant": tenant.id, "vacancy": vacancy.id, "candidate": candidate.id}
    yield ids
    set_chat_model_factory(None)


def _assert_facts_only(summary):
    assert summary.facts
    for fact in summary.facts:
        assert fact.evidence in CV  # verbatim
        assert verdict.check(fact.statement, summary.lang).ok
        assert not is_protected(fact.statement) and not is_protected(fact.evidence)
    assert verdict.check(summary.text, summary.lang).ok


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_offline_summary_states_facts_with_verbatim_evidence(world, lang):
    with session_scope() as s:
        summary = summarise_candidate(s, world["tenant"], world["candidate"], world["vacancy"], lang=lang)
    _assert_facts_only(summary)
    assert summary.source == "offline" and summary.notice == ""
    assert summary.missing == [MUST[2]]
    by_requirement = {f.requirement: f.evidence for f in summary.facts if f.requirement}
    assert by_requirement[MUST[0]] == "- Schreef SQL in BigQuery voor maandrapportages".lstrip("- ")
    # "Nederlands (moedertaal)" hints at origin: it is never quoted.
    assert all("moedertaal" not in f.evidence for f in summary.facts)
    footer = "een mens beslist" if lang == "nl" else "a person decides"
    assert footer in summary.text


def test_summary_without_vacancy_uses_the_profile(world):
    with session_scope() as s:
        summary = summarise_candidate(s, world["tenant"], world["candidate"], lang="en")
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "candidate.summary")).one()
    _assert_facts_only(summary)
    assert any("Power BI" in f.statement for f in summary.facts)
    assert summary.missing == []
    assert event.model_version == "offline" and event.prompt_version == "summary-offline.v1"


def _fake(payload: dict) -> None:
    model = GenericFakeChatModel(messages=iter([json.dumps(payload)] * 3))
    set_chat_model_factory(lambda: ChatModelHandle(model, "fake:summary"))


def test_a_model_summary_keeps_only_verifiable_neutral_facts(world):
    _fake(
        {
            "facts": [
                {
                    "statement": "Builds Power BI dashboards for management.",
                    "evidence": "Bouwde dashboards in Power BI",
                },
                {
                    "statement": "Writes SQL in BigQuery for monthly reports.",
                    "evidence": "\u201cSchreef SQL in BigQuery\u201d",
                },
                {"statement": "Not suitable, reject her.", "evidence": "Data analist"},
                {"statement": "Led a team of twenty analysts.", "evidence": "Led a team of twenty analysts"},
                {"statement": "She is probably Muslim, ask about prayer breaks.", "evidence": "Data analist"},
                {"statement": "Native Dutch speaker.", "evidence": "Nederlands (moedertaal)"},
            ]
        }
    )
    with session_scope() as s:
        summary = summarise_candidate(s, world["tenant"], world["candidate"], world["vacancy"], lang="en")
        events = s.exec(select(AuditEvent).order_by(AuditEvent.id)).all()
    _assert_facts_only(summary)
    assert summary.source == "llm"
    assert [f.statement for f in summary.facts] == [
        "Builds Power BI dashboards for management.",
        "Writes SQL in BigQuery for monthly reports.",
    ]
    generation = next(e for e in events if e.action == "llm.generation")
    assert generation.model_version == "fake:summary" and generation.prompt_version == "summary.v1"
    assert "unverifiable_quote" in generation.details["flagged"]


def test_a_model_with_nothing_verifiable_falls_back_with_a_notice(world):
    _fake({"facts": [{"statement": "Reject this candidate.", "evidence": "not in the CV"}]})
    with session_scope() as s:
        summary = summarise_candidate(s, world["tenant"], world["candidate"], world["vacancy"], lang="nl")
    _assert_facts_only(summary)
    assert summary.source == "offline"
    assert summary.notice == "Het taalmodel was niet beschikbaar; deze feiten komen uit de offline generator."


def test_restricted_and_unknown_candidates_are_refused(world):
    with session_scope() as s:
        with pytest.raises(KitError, match="not found"):
            summarise_candidate(s, world["tenant"], "c_nope")
        candidate = s.get(Candidate, world["candidate"])
        candidate.restricted = True
        s.add(candidate)
        s.flush()
        with pytest.raises(KitError, match="restricted"):
            summarise_candidate(s, world["tenant"], world["candidate"])
