"""Property tests: offsets always valid, redaction idempotent, no input crashes the scanner."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import guardrails
from guardrails import Destination

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

words = st.sampled_from(
    [
        "Jan",
        "de",
        "Vries",
        "Mohamed",
        "El",
        "Idrissi",
        "John",
        "Smith",
        "ik",
        "werk",
        "bij",
        "in",
        "Utrecht",
        "London",
        "BSN",
        "111222333",
        "123456789",
        "06-12345678",
        "jan@example.nl",
        "NL91ABNA0417164300",
        "Keizersgracht",
        "12",
        "1015 CJ",
        "geboren",
        "12-03-1990",
        "<PERSON_1>",
        "<",
        ">",
        "Naam:",
        "mevr.",
        "the",
        "and",
        "I",
        "am",
        "\n\n",
        ",",
        ".",
    ]
)
realistic = st.lists(words, max_size=40).map(" ".join)
anything = st.text(max_size=300)


@SETTINGS
@given(st.one_of(realistic, anything))
def test_offsets_are_valid_and_sorted(text):
    result = guardrails.scan(text)
    assert result.lang in ("nl", "en")
    last = -1
    for f in result.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert f.text == text[f.start : f.end]
        assert f.category in ("special", "pii", "protected")
        assert 0.0 <= f.score <= 1.0
        assert f.start >= last
        last = f.start


@SETTINGS
@given(st.one_of(realistic, anything), st.sampled_from(list(Destination)))
def test_redaction_is_idempotent(text, dest):
    once = guardrails.redact(text, dest)
    assert guardrails.redact(once, dest) == once


@SETTINGS
@given(realistic)
def test_planted_identifiers_never_reach_the_llm(text):
    planted = f"{text} BSN 111222333 mail jan@example.nl"
    out = guardrails.redact(planted, Destination.llm_prompt)
    assert "111222333" not in out and "jan@example.nl" not in out


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=2000))
def test_no_input_crashes_the_scanner(text):
    guardrails.scan(text)
