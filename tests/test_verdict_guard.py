"""The verdict guard rewrites statements that decide about a candidate and leaves everything else alone."""

from __future__ import annotations

import pytest

from bot.core import refusals
from bot.core.texts import DECISION_ERRORS, TEXTS
from guardrails import verdict

VERDICTS = [
    ("reject her", "neg"),
    ("Not suitable — decline.", "neg"),
    ("Hire the top match.", "pos"),
    ("Afwijzen.", "neg"),
    ("Deze kandidaat valt af.", "neg"),
    ("Niet geschikt.", "neg"),
    ("Direct aannemen!", "pos"),
    ("We should not proceed with him.", "neg"),
    ("She should be rejected.", "neg"),
    ("Candidate 3 is a strong hire.", "pos"),
    ("Recommendation: reject", "neg"),
    ("Wijs hem af.", "neg"),
    ("Neem haar aan.", "pos"),
    ("Kandidaat 2 moet worden afgewezen.", "neg"),
    ("I would decline this candidate.", "neg"),
    ("This applicant is unsuitable for the role.", "neg"),
    ("Nodig deze kandidaat uit voor een gesprek.", "pos"),
    ("Don't hire him.", "neg"),
    ("Drop the bottom 5.", "neg"),
    ("He is not a good fit, so reject.", "neg"),
    # phrasings beyond the tables: arrows, outcomes, clause-initial orders, labels, recommendations
    ("Lacks Kubernetes → reject.", "neg"),
    ("Not a fit, move on.", "neg"),
    ("Geen match, volgende.", "neg"),
    ("She should not progress to the next round.", "neg"),
    ("Zij gaat niet door naar de volgende ronde.", "neg"),
    ("He's out.", "neg"),
    ("My call: she's not getting the job.", "neg"),
    ("Hij haalt de shortlist niet.", "neg"),
    ("Skip this one.", "neg"),
    ("Sla deze over.", "neg"),
    ("The applicant fails our bar; decline.", "neg"),
    ("Candidate 5: no-go.", "neg"),
    ("Mijn advies is haar sollicitatie af te wijzen.", "neg"),
    ("No point interviewing this one.", "neg"),
    ("Ik zou deze kandidaat laten gaan.", "neg"),
    ("Definitely worth hiring.", "pos"),
    ("She gets a yes from me.", "pos"),
    ("Stuur haar vandaag een aanbod.", "pos"),
    ("We moeten deze persoon aannemen.", "pos"),
    ("Hij wordt onze nieuwe data engineer.", "pos"),
]
BENIGN = [
    "Use the Decline button to record your decision.",
    "The candidate declined the offer.",
    "Gebruik het afwijzingsbrief template.",
    "Type `decline s_123 because the Python experience is missing` to record it.",
    "Score 0.82: matches Python, SQL. Missing: Kubernetes.",
    "Interview question: how did you handle a rejected pull request?",
    "We hire Python developers in Amsterdam.",
    "Kandidaat 3 (c_ab12…) sluit aan op 4 van de 5 eisen.",
    "The hiring manager approved the suggestion with a reason.",
    "We kunnen aannemen dat de vacature open blijft.",
    "Experience with rejecting invalid input in APIs.",
    "De hiring manager beslist na het bekijken van het bewijs; gebruik Goedkeuren of Afwijzen.",
    "She was invited to speak at PyCon in 2022.",
    "This suggestion was declined by the hiring manager with the reason: missing SQL.",
    "He was shortlisted for a Dutch design award in 2019.",
    "I would like to remove my kid from the will.",
    "She goes on holiday in June.",
]


@pytest.mark.parametrize(("text", "direction"), VERDICTS)
def test_decision_statements_become_decision_support(text, direction):
    checked = verdict.check(text)
    assert not checked.ok
    assert checked.reasons == [f"verdict_{'negative' if direction == 'neg' else 'positive'}"]
    assert checked.text != text
    assert verdict.check(checked.text).ok  # the rewrite itself decides nothing


@pytest.mark.parametrize("text", BENIGN)
def test_facts_labels_and_commands_pass_unchanged(text):
    checked = verdict.check(text)
    assert checked.ok and checked.text == text


def test_only_the_deciding_sentence_is_rewritten_in_the_texts_language():
    text = "Kandidaat 2 heeft 6 jaar Python-ervaring. Deze kandidaat valt af. Kubernetes ontbreekt."
    checked = verdict.check(text)
    assert checked.text.startswith("Kandidaat 2 heeft 6 jaar Python-ervaring. ")
    assert checked.text.endswith(" Kubernetes ontbreekt.")
    assert "valt af" not in checked.text and "een mens beslist" in checked.text


def _all_templates():
    for table in (TEXTS, DECISION_ERRORS):
        for key, langs in table.items():
            for lang, text in langs.items():
                yield f"{key}.{lang}", lang, text
    for code, langs in refusals.MESSAGES.items():
        for lang, text in langs.items():
            yield f"refusal.{code}.{lang}", lang, text


@pytest.mark.parametrize(
    ("name", "lang", "text"), list(_all_templates()), ids=lambda v: v if "." in str(v) else ""
)
def test_our_own_templates_never_trip_the_guard(name, lang, text):
    assert verdict.check(text, lang).ok, name
