"""The required-literals prefilter skips rules that cannot match; it must never change what is found."""

from __future__ import annotations

import pytest

from guardrails.special.evaluate import load
from guardrails.special.literals import Prefilter, needs, possible
from guardrails.special.recognizer import PRECEDENCE, RuleSet, find, rule_set


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"(?<![\w])(?:diabetes|insuline)(?![\w])", {"diabetes", "insuline"}),
        (r"\bburn[\s-]+out\b", {"burn"}),  # the longer of two runs that must both occur
        # as long as {"lid", "member"} at its shortest, and one string to test instead of two
        (r"\b(?:lid|member)\s+(?:van|of)\s+(?:de\s+)?fnv\b", {"fnv"}),
        (r"(?:ex-)?gedetineerde", {"gedetineerde"}),
    ],
)
def test_needs_are_strings_every_match_contains(pattern: str, needed: set[str]) -> None:
    assert needs(pattern) == needed


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [(r"\w+ist\b|\d{9}", None), (r"[A-Z]\w+", None), (r"(?:a|)bc", {"bc"})],
)
def test_an_optional_part_or_a_class_requires_no_string(pattern: str, needed: set[str] | None) -> None:
    need = needs(pattern)
    assert need == needed
    assert possible(need, "xyz") is (need is None)  # without needs a pattern always runs
    assert possible(need, None)  # a text that cannot be lower-cased is never filtered


def test_variable_width_look_behind_still_gets_needs_for_the_regex_module() -> None:
    assert needs(r"(?<!\b(?:geen|no)\s)vakbond\w*") == {"vakbond"}


def test_findings_are_the_same_with_and_without_the_prefilter() -> None:
    rules = rule_set()
    unfiltered = RuleSet(rules.rules, rules.blocks, Prefilter([]))
    wanted = set(PRECEDENCE)
    for lang in ("nl", "en"):
        positives, negatives = load(lang)
        for item in positives[::5] + negatives[::3]:
            text = item["text"]
            assert find(text, rules, wanted) == find(text, unfiltered, wanted), item["id"]
