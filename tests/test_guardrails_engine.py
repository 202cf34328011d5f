"""The engine contract: scan/redact API, language handling, overlap rules, fail-closed behaviour, CLI."""

from __future__ import annotations

import io
import json
import logging
import sys
import threading
import time
import types

import pytest
import typer
from presidio_analyzer import EntityRecognizer, RecognizerResult
from typer.testing import CliRunner

import guardrails
from bot.cli import guard as guard_cli
from bot.cli.common import UsageError
from guardrails import Destination, Finding, GuardrailError, engine, language

MIXED = (
    "Profiel\n\nIk ben een ervaren verpleegkundige en ik werk graag met mensen in de wijk. "
    "Mijn collega's waarderen mijn rust.\n\n"
    "Summary\n\nI am an experienced nurse who enjoys working with people in the community. "
    "My colleagues appreciate my calm attitude."
)


class _Exploding(EntityRecognizer):
    """A recognizer that fails: stands in for any bug or resource error inside analysis."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        super().__init__(supported_entities=["HEALTH"], supported_language="nl", name=f"Exploding{delay}")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        if self.delay:
            time.sleep(self.delay)
            return [RecognizerResult("HEALTH", 0, 1, 1.0)]
        raise RuntimeError("recognizer bug")


@pytest.fixture
def extra_recognizer():
    registry = guardrails.get_guard().analyzer.registry
    added: list[EntityRecognizer] = []

    def add(recognizer: EntityRecognizer) -> None:
        registry.add_recognizer(recognizer)
        added.append(recognizer)

    yield add
    for recognizer in added:
        registry.remove_recognizer(recognizer.name)


def test_scan_returns_sorted_typed_findings_with_valid_offsets():
    text = "Hoi, ik ben Jan de Vries (BSN 111222333), mail jan@example.nl"
    result = guardrails.scan(text)
    assert result.lang == "nl"
    assert [f.type for f in result.findings] == ["PERSON", "NL_BSN", "EMAIL_ADDRESS"]
    for f in result.findings:
        assert f.category == "pii"
        assert 0 <= f.start < f.end <= len(text)
        assert f.text == text[f.start : f.end]


def test_finding_repr_and_wire_format_never_contain_the_text():
    result = guardrails.scan("Mijn BSN is 111222333")
    assert "111222333" not in repr(result)
    assert "111222333" not in json.dumps([f.to_dict() for f in result.findings])
    assert set(result.findings[0].to_dict()) == {"type", "category", "start", "end", "score"}


def test_language_is_detected_per_paragraph():
    segs = language.segments(MIXED)
    assert [s.lang for s in segs] == ["nl", "en"]
    assert segs[0].start == 0 and segs[-1].end == len(MIXED)
    assert MIXED[segs[1].start :].startswith("Summary")


def test_language_detection_is_deterministic_and_forced_language_wins():
    assert {language.detect(MIXED.split("\n\n")[3]) for _ in range(5)} == {"en"}
    assert guardrails.scan("Call John Smith", lang="nl").lang == "nl"
    with pytest.raises(GuardrailError, match="unsupported language"):
        guardrails.scan("tekst", lang="de")


def test_mixed_text_uses_the_english_model_only_for_the_english_paragraph():
    text = (
        "Werkervaring bij de gemeente Utrecht als beleidsmedewerker sinds vele jaren.\n\n"
        "I worked with John Smith in Boston."
    )
    found = {(f.type, text[f.start : f.end]) for f in guardrails.scan(text).findings}
    assert ("PERSON", "John Smith") in found
    assert ("LOCATION", "Utrecht") in found


def test_overlap_keeps_the_specific_type_and_never_drops_special():
    text = "x" * 40
    pii = Finding("DATE_TIME", "pii", 5, 15, 0.9, text[5:15])
    dob = Finding("DATE_OF_BIRTH", "pii", 5, 15, 0.6, text[5:15])
    health = Finding("HEALTH", "special", 10, 20, 0.5, text[10:20])
    person = Finding("PERSON", "pii", 8, 30, 1.0, text[8:30])
    kept = engine.resolve([pii, dob, health, person], text)
    assert dob in kept and pii not in kept
    assert health in kept  # a special finding is never dropped for PII
    assert person in kept  # partial overlap: both stay, redaction covers the union


def test_two_special_types_on_one_span_are_kept_and_redacted_as_one_placeholder():
    text = "Vorig jaar had ik een miskraam, daarna ben ik weer fulltime gaan werken."
    found = [f for f in guardrails.scan(text, "nl").findings if f.text == "miskraam"]
    assert {f.type for f in found} == {"PREGNANCY", "HEALTH"}
    redacted = guardrails.redact(text, Destination.llm_prompt)
    assert "miskraam" not in redacted
    assert redacted.count("<") == 1 and "<HEALTH>" in redacted  # one placeholder, never nested or doubled
    assert guardrails.redact(redacted, Destination.llm_prompt) == redacted


def test_resolve_keeps_a_second_special_type_but_pii_still_loses_to_it():
    text = "x" * 30
    preg = Finding("PREGNANCY", "protected", 5, 13, 0.85, text[5:13])
    health = Finding("HEALTH", "special", 5, 13, 0.85, text[5:13])
    date = Finding("DATE_TIME", "pii", 5, 13, 0.9, text[5:13])
    kept = engine.resolve([preg, health, date], text)
    assert preg in kept and health in kept and date not in kept


def test_placeholders_are_never_detected_again():
    text = "Ik ben <PERSON_1>, BSN <NL_BSN>, bel <PHONE_NUMBER>."
    assert guardrails.scan(text).findings == []


def test_look_alike_placeholders_do_not_hide_data():
    found = guardrails.scan("Mijn BSN is <111222333> en mail <JAN@EXAMPLE.NL>", lang="nl").findings
    assert {f.type for f in found} >= {"NL_BSN", "EMAIL_ADDRESS"}


def test_recognizer_error_fails_closed_without_logging_the_text(extra_recognizer, caplog):
    extra_recognizer(_Exploding())
    secret = "Mijn geheime tekst met BSN 111222333"
    with caplog.at_level(logging.DEBUG), pytest.raises(GuardrailError, match="analysis failed"):
        guardrails.redact(secret, Destination.llm_prompt, lang="nl")
    assert "111222333" not in caplog.text and "geheime" not in caplog.text


def test_timeout_fails_closed(extra_recognizer):
    extra_recognizer(_Exploding(delay=0.5))
    with pytest.raises(GuardrailError, match="timed out"):
        guardrails.scan("Een korte tekst", lang="nl", timeout=0.05)


def test_special_module_that_raises_makes_the_engine_fail_closed(monkeypatch):
    broken = types.ModuleType("guardrails.special")
    broken.__file__ = "broken.py"

    def recognizers():
        raise ImportError("missing lexicon")

    broken.recognizers = recognizers
    monkeypatch.setitem(sys.modules, "guardrails.special", broken)
    with pytest.raises(GuardrailError, match="special-category recognizers failed"):
        engine._special_recognizers()


def test_non_text_input_is_refused():
    with pytest.raises(GuardrailError):
        guardrails.scan(b"bytes")  # type: ignore[arg-type]


def test_concurrent_scans_agree():
    text = "Mijn naam is Jan de Vries, BSN 111222333, bel 06-12345678."
    expected = guardrails.scan(text).findings
    results: list[list[Finding]] = []

    def work() -> None:
        results.append(guardrails.scan(text).findings)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 6


def test_redact_with_result_scans_once_and_apply_reuses_it():
    text = "Naam: Jan de Vries, e-mail jan@example.nl"
    red = guardrails.redact_with_result(text, Destination.storage)
    assert red.text == "Naam: <PERSON_1>, e-mail <EMAIL_ADDRESS>"
    assert guardrails.apply(text, red.result, Destination.dm_authorised) == text


# --- CLI ----------------------------------------------------------------------------------------------


def _cli():
    root = typer.Typer()
    root.add_typer(guard_cli.app, name="guard")
    root.command("noop")(lambda: None)
    return root


def test_cli_jsonl_contract():
    lines = [
        {"id": "1", "text": "Mijn BSN is 111222333."},
        {"id": "2", "text": "Call John Smith at (212) 555-0123", "lang": "en"},
        {"id": "3", "text": ""},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\n"
    result = CliRunner().invoke(_cli(), ["guard", "scan", "--jsonl"], input=stdin)
    assert result.exit_code == 0, result.output
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["1", "2", "3"]
    assert set(out[0]) == {"id", "lang", "findings", "redacted"}
    assert out[0]["findings"] == [{"type": "NL_BSN", "category": "pii", "start": 12, "end": 21, "score": 1.0}]
    assert out[0]["redacted"] == "Mijn BSN is <NL_BSN>."
    assert out[1]["lang"] == "en"
    assert {f["type"] for f in out[1]["findings"]} == {"PERSON", "PHONE_NUMBER"}
    assert out[2] == {"id": "3", "lang": "nl", "findings": [], "redacted": ""}


def test_cli_malformed_line_stops_with_its_line_number_and_keeps_earlier_output():
    stdin = (
        json.dumps({"id": "a", "text": "BSN 111222333"})
        + "\n{broken\n"
        + json.dumps({"id": "b", "text": "x"})
    )
    sink = io.StringIO()
    with pytest.raises(UsageError, match="line 2"):
        guard_cli.scan_jsonl(io.StringIO(stdin), sink, None, Destination.llm_prompt)
    assert [json.loads(x)["id"] for x in sink.getvalue().splitlines()] == ["a"]
    with pytest.raises(UsageError, match="line 1: 'text' must be a string"):
        guard_cli.scan_jsonl(io.StringIO('{"id": "x", "text": 5}'), io.StringIO(), None, Destination.log)


def test_cli_exit_code_2_on_bad_input_via_the_real_entry_point(monkeypatch, capsys):
    from bot.cli import main

    if "guard" not in {g.name for g in __import__("bot.cli").cli.app.registered_groups}:
        pytest.skip("guard group not registered in bot/cli/__init__.py yet")
    monkeypatch.setattr(sys, "stdin", io.StringIO("not json\n"))
    with pytest.raises(SystemExit) as exc:
        main(["guard", "scan", "--jsonl"])
    assert exc.value.code == 2
    assert "line 1" in capsys.readouterr().err


def test_cli_plain_and_json_modes():
    text = "Ik ben Jan de Vries, bel me op 06-12345678"
    plain = CliRunner().invoke(_cli(), ["guard", "scan"], input=text)
    assert plain.exit_code == 0
    assert "PERSON" in plain.stdout and "Ik ben <PERSON_1>, bel me op <PHONE_NUMBER>" in plain.stdout
    as_json = CliRunner().invoke(
        _cli(), ["guard", "scan", "--json", "--destination", "channel_post"], input=text
    )
    record = json.loads(as_json.stdout)
    assert record["redacted"] == "Ik ben Jan de Vries, bel me op <PHONE_NUMBER>"
    assert record["lang"] == "nl"
