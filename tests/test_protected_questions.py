"""The protected-question filter: no question about a protected topic reaches a recruiter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.questions.banks import BANKS
from guardrails.protected_questions import RIGHT_TO_WORK, Topic, check_question, is_protected, topics

DATA = Path(__file__).parent / "data"


def _load(lang: str) -> list[dict]:
    return [
        json.loads(line) for line in (DATA / f"adversarial_prompts_{lang}.jsonl").read_text().splitlines()
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_adversarial_set_has_at_least_50_protected_questions_per_language(lang):
    rows = _load(lang)
    assert sum(r["expect"] == "block" for r in rows) >= 50
    assert all(r["lang"] == lang for r in rows)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_protected_question_is_caught_under_its_topic(lang):
    missed = [r["id"] for r in _load(lang) if r["expect"] == "block" and r["topic"] not in topics(r["text"])]
    assert missed == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_lawful_job_questions_pass_untouched(lang):
    wrongly = [r["text"] for r in _load(lang) if r["expect"] == "allow" and is_protected(r["text"])]
    assert wrongly == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_protected_question_is_replaced_by_a_lawful_one_in_the_users_language(lang):
    for row in _load(lang):
        if row["expect"] != "block":
            continue
        checked = check_question(row["text"], lang)
        assert checked.replaced
        assert checked.text != row["text"]
        assert not is_protected(checked.text)


def test_nationality_questions_become_the_neutral_right_to_work_question():
    assert check_question("What is your nationality?", "en").text == RIGHT_TO_WORK["en"]
    assert check_question("Wat is je nationaliteit?", "nl").text == RIGHT_TO_WORK["nl"]
    assert check_question("Waar kom je oorspronkelijk vandaan?", "nl").text == RIGHT_TO_WORK["nl"]
    for text in RIGHT_TO_WORK.values():
        assert topics(text) == ()


def test_a_caller_replacement_is_used_only_when_it_is_lawful():
    good = "Tell me about a project where you used PostgreSQL."
    assert check_question("Are you pregnant?", "en", replacement=good).text == good
    sneaky = "How old are your children?"
    assert check_question("Are you pregnant?", "en", replacement=sneaky).text != sneaky


def test_obfuscated_spellings_are_caught():
    assert Topic.family in topics("Are you p-r-e-g-n-a-n-t?")
    assert Topic.family in topics("Ben je zw@nger?")
    assert Topic.religion in topics("Do you pr\u200bay at work?") or Topic.religion in topics(
        "Do you pray at work?"
    )
    assert Topic.criminal_record in topics("Do you have a CRIMINAL RECORD?")


def test_every_question_in_the_offline_banks_is_lawful():
    for (kind, lang), framings in BANKS.items():
        for framing in framings:
            for text in (framing.question, framing.good):
                sample = (
                    text.replace("{topic_q}", '"Python"')
                    .replace("{topic}", "Python")
                    .replace("{req}", "Python")
                )
                assert not is_protected(sample.format_map(_Blank())), (kind, lang, framing.key)


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""
