"""LOCATION: lexicons of Dutch and Belgian places (guardrails/data/places_nl.txt) and of world cities,
regions and countries (places_world.txt.gz), plus unknown places after a strong cue ("flew to", "grew up in").

Place names that are also Dutch words or person names ("Best", "Born", "Putten") count only after a
place cue ("in", "uit", "te", "woonplaats:"), so ordinary words are not redacted. World names match in any
capitalisation that starts with a capital ("OULU", "København"), never in lower case.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.recognizers.pii.person_nl import _vocabulary, default_model

ENTITY = "LOCATION"
PLACES_FILE = Path(__file__).resolve().parents[2] / "data" / "places_nl.txt"
WORLD_FILE = PLACES_FILE.with_name("places_world.txt.gz")
MAX_TOKENS = 4
_CUE = re.compile(
    r"(?:\b(?:in|te|uit|naar|bij|nabij|vanuit|rondom|omgeving|regio|woonplaats|wonende|woon|locatie|plaats|"
    r"gevestigd|vestiging|from|to|near|at|city|town|country|lives|living|based)\s*[:,]?\s*)$",
    re.IGNORECASE,
)


@cache
def places() -> frozenset[str]:
    return frozenset(
        line.strip() for line in PLACES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()
    )


@cache
def world_places() -> frozenset[str]:
    """Case-folded world place names, for "is this capitalised run a known place?"."""
    lines = gzip.decompress(WORLD_FILE.read_bytes()).decode("utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip())


def is_place(name: str) -> bool:
    """A known place in either lexicon (Dutch exact case, world case-folded)."""
    return name in places() or name.casefold() in world_places()


_PARTICLES = r"(?:de|del|do|da|di|la|le|am|an|sur|upon)"
# Capitalised words (any script: "ΠΑΦΟΣ", "Goiânia"); capitalisation is checked in Python, as \p{Lu} is
# not in `re`.
_PLACE_RUN = rf"[^\W\d_][\w'’.-]*(?:[ \t]+(?:{_PARTICLES}[ \t]+)?[^\W\d_][\w'’.-]*){{0,3}}"
# Cues that introduce a place, not a person or an organisation ("flew to Oulu", "grew up in Riisa").
_CUE_PLACE = re.compile(
    r"(?i:\b(?:flew|fly|flying|flies|travel(?:l?ing|l?ed|s)?|moved|moving|relocat(?:e|ed|ing)|drove|"
    r"trip|vacation|holiday|returned|arrived|arriving|landed)[ \t]+(?:back[ \t]+)?(?:to|from|at|in)[ \t]+"
    r"|\bUniversity[ \t]+of[ \t]+|\bUniversiteit[ \t]+(?:van[ \t]+)?"
    r"|\b(?:grew[ \t]+up|raised|born|lives|living|reside[sd]?|residing|based|located|stationed|"
    r"I[ \t]+am|I'm|we[ \t]+are|we're|currently)[ \t]+in[ \t]+"
    r"|\b(?:originally|moved[ \t]+here|we[ \t]+moved|I[ \t]+moved)[ \t]+from[ \t]+"
    r"|\bhome[ \t]+(?:city|town|country)[ \t]+(?:of[ \t]+)?"
    r"|\b(?:woon|woont|wonen|woonachtig|geboren|opgegroeid|verhuisd|verhuizen|gevestigd)"
    r"[ \t]+(?:in|naar|te)[ \t]+"
    r"|\b(?:afkomstig|oorspronkelijk)[ \t]+uit[ \t]+"
    r"|^[ \t]*(?:where|city|town|woonplaats|plaats)[ \t]*:[ \t]*)"
    rf"({_PLACE_RUN})",
    re.MULTILINE,
)
# A postcode right after a cued place belongs to it ("in Bjert 6091"); a year does not ("in Gent 2019").
_POSTCODE_AFTER = re.compile(r"[ \t]+(?!(?:19|20)\d\d\b)\d{4,5}(?:-\d{3,4})?\b")
# A run after a cue is a place unless it is a plain word ("in Love") or ends in an organisation word.
_NOT_PLACE_TAIL = re.compile(
    r"(?i)\b(?:inc|ltd|llc|bv|nv|corp|company|group|groep|bank|university|universiteit|club|team|hospital)\.?$"
)


_PARTICLE_WORDS = frozenset(_PARTICLES[3:-1].split("|"))


def cued_places(text: str, is_word: Callable[[str], bool] = lambda _w: False) -> list[tuple[int, int]]:
    """Spans of capitalised runs that a place-only cue introduces."""
    out = []
    for m in _CUE_PLACE.finditer(text):
        run, start = m.group(1), m.start(1)
        end = 0  # end of the last capitalised word within the run
        for w in re.finditer(r"\S+", run):
            word = w.group().rstrip(".'’-")
            if word.lower() in ("country", "club") or not (word[:1].isupper() or word in _PARTICLE_WORDS):
                break
            if word[:1].isupper():
                end = w.start() + len(word)
        name = run[:end]
        if not name or _NOT_PLACE_TAIL.search(name):
            continue
        common = not name.isupper() and is_word(name.lower())  # "in Love"; all capitals is address style
        if " " not in name and not is_place(name) and (common or len(name) < 3):
            continue
        postcode = _POSTCODE_AFTER.match(text, start + end)
        out.append((start, postcode.end() if postcode else start + end))
    return out


# Right after "<number> <street> <number>" or "Apt. 615" on the same line, a capitalised run is part of a
# postal address ("420 Gairbekov Rapids", "Apt. 615 Moosleerau"), not a person.
_INSIDE_ADDRESS = re.compile(
    r"(?:\b\d{1,6}[a-zA-Z]?[ \t]+(?:[^\W\d_][\w'’.-]*[ \t]+){1,3}\d{1,5}[a-zA-Z]?\.?|"
    r"\b(?:Apt|Suite|Unit|Box)\.?[ \t]+\d{1,5})[ \t]+$"
)


def not_a_person(
    text: str, start: int, end: int, places_cued: list[tuple[int, int]], first: frozenset[str]
) -> bool:
    """Veto for PERSON candidates: a place after a place cue, or a multi-word known place ("Porto Alegre",
    "Mora de Rubielos"). A lone known place stays a name candidate unless cued: many surnames are towns."""
    if any(s < end and start < e for s, e in places_cued):
        return True
    if _INSIDE_ADDRESS.search(text[max(0, start - 60) : start]):
        return True
    name = text[start:end]
    return " " in name and name.split()[0] not in first and is_place(name)


class CuedPlaceRecognizer(LocalRecognizer):
    """Places the lexicons do not know, after a cue that only introduces places."""

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_entities=[ENTITY], supported_language=supported_language, name="CuedPlace")

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        is_nl, is_en = _vocabulary(nlp_artifacts, "nl"), _vocabulary(nlp_artifacts, "en")
        found = cued_places(text, lambda w: is_nl(w) or is_en(w))
        return [RecognizerResult(ENTITY, a, b, 0.7) for a, b in found]


class DutchPlaceRecognizer(LocalRecognizer):
    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(
            supported_entities=[ENTITY], supported_language=supported_language, name="DutchPlace"
        )

    def load(self) -> None:
        self.places = places()
        self.world = world_places()
        self.names = default_model()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or not nlp_artifacts.tokens:
            return []
        doc = nlp_artifacts.tokens
        is_word = _vocabulary(nlp_artifacts, self.supported_language)
        out: list[RecognizerResult] = []
        i, n = 0, len(doc)
        while i < n:
            if not doc[i].text[:1].isupper() and not doc[i].text.startswith("'s"):
                i += 1
                continue
            for size in range(min(MAX_TOKENS, n - i), 0, -1):
                start, end = doc[i].idx, doc[i + size - 1].idx + len(doc[i + size - 1].text)
                name = text[start:end]
                if name not in self.places and (
                    name.islower() or name.casefold() not in self.world or not name[:1].isupper()
                ):
                    continue
                cue = bool(_CUE.search(text[max(0, start - 25) : start]))
                # A lone world-list name in title case is as often a person ("Victoria", "Inger"): cue needed.
                world_only = name not in self.places and not (name.isupper() and len(name) >= 4)
                ambiguous = size == 1 and (
                    world_only
                    or len(name) < 3
                    or doc[i].is_stop
                    or is_word(name.lower())
                    or name in self.names.first
                    or name in self.names.last
                )
                if cue or not ambiguous:
                    postcode = _POSTCODE_AFTER.match(text, end) if cue else None
                    end = postcode.end() if postcode else end
                    out.append(RecognizerResult(ENTITY, start, end, 0.8 if cue else 0.6))
                i += size - 1
                break
            i += 1
        return out


def build(lang: str) -> list[LocalRecognizer]:
    return [DutchPlaceRecognizer(lang), CuedPlaceRecognizer(lang)]
