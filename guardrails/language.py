"""Language detection for Dutch/English text, per document and per paragraph.

Mixed CVs are common ("Werkervaring" in Dutch, a project summary in English), so scanning splits a text
into paragraphs, detects each one, and merges neighbours in the same language into one segment. Lingua is
restricted to NL+EN: that makes it fast (~0.1 ms per paragraph) and deterministic.
"""

from __future__ import annotations

import itertools
import re
import threading
from dataclasses import dataclass
from typing import Literal

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")
DEFAULT_LANG: Lang = "nl"
MIN_LETTERS = 15  # shorter texts get the default language: too little evidence to tell
MIN_PARAGRAPH_LETTERS = 25  # shorter paragraphs (headings, "Naam: ...") join a neighbouring segment

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")
_LETTERS = re.compile(r"[^\W\d_]")
# Names, e-mail addresses and acronyms say nothing about the language and mislead the detector
# ("Naam: Jan de Vries" reads as English); only words starting in lower case are used as evidence.
_EVIDENCE = re.compile(r"(?<![\w@.-])[a-zà-ÿ][a-zà-ÿ'’-]*(?![\w@])")
_lock = threading.Lock()
_detector: LanguageDetector | None = None
_TO_CODE: dict[Language, Lang] = {Language.DUTCH: "nl", Language.ENGLISH: "en"}


@dataclass(frozen=True, slots=True)
class Segment:
    """A slice [start, end) of the text in one language."""

    start: int
    end: int
    lang: Lang


def _get_detector() -> LanguageDetector:
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                _detector = (
                    LanguageDetectorBuilder.from_languages(Language.DUTCH, Language.ENGLISH)
                    .with_preloaded_language_models()
                    .build()
                )
    return _detector


def warm_up() -> None:
    """Load the language models now, so the first scan does not pay for it."""
    _get_detector().detect_language_of("dit is een korte zin")


def _evidence(text: str) -> str:
    return " ".join(_EVIDENCE.findall(text[:4000]))


def detect(text: str, default: Lang = DEFAULT_LANG) -> Lang:
    """The language of a whole text; `default` when there is too little text to tell."""
    words = _evidence(text)
    if len(words) < MIN_LETTERS:
        return default
    found = _get_detector().detect_language_of(words)
    return _TO_CODE.get(found, default) if found else default


def normalise(lang: str | None) -> Lang | None:
    """Map user input ('nl', 'EN', 'auto', None) to a language code or None for auto-detection."""
    if lang is None or lang.strip().lower() in ("", "auto"):
        return None
    code = lang.strip().lower()[:2]
    if code not in LANGS:
        raise ValueError(f"unsupported language {lang!r}: use nl, en or auto")
    return code  # type: ignore[return-value]


def segments(text: str, lang: str | None = None) -> list[Segment]:
    """Split text into same-language segments covering it completely.

    With an explicit `lang` the whole text is one segment. Otherwise every paragraph (blank-line separated)
    is detected on its own and neighbours with the same language are merged.
    """
    fixed = normalise(lang)
    if fixed is not None or not text:
        return [Segment(0, len(text), fixed or detect(text))]
    doc_lang = detect(text)
    bounds = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    if len(bounds) == 2:
        return [Segment(0, len(text), doc_lang)]
    paragraphs = [(a, b) for a, b in itertools.pairwise(bounds) if a < b]
    # Paragraphs with enough evidence decide for themselves. A one-line paragraph without evidence is a
    # heading and belongs to what comes after it; a longer one (a skills list, personal details, a
    # signature) continues the text before it, as a CV section does.
    langs: list[Lang | None] = [
        detect(text[a:b], doc_lang) if len(_evidence(text[a:b])) >= MIN_PARAGRAPH_LETTERS else None
        for a, b in paragraphs
    ]
    out: list[Segment] = []
    for i, ((start, end), seg_lang) in enumerate(zip(paragraphs, langs, strict=True)):
        following = next((x for x in langs[i + 1 :] if x), None)
        previous = out[-1].lang if out else None
        if "\n" in text[start:end].strip():
            lang_here = seg_lang or previous or following or doc_lang
        else:
            lang_here = seg_lang or following or previous or doc_lang
        if out and out[-1].lang == lang_here:
            out[-1] = Segment(out[-1].start, end, lang_here)
        else:
            out.append(Segment(start, end, lang_here))
    return out
