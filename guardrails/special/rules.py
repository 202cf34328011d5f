"""Matching machinery shared by the special-category families: lexicon rules with context cues.

Why rules and not a model: no Dutch model is available offline, and the look-alikes that matter ("Christian
Dior", "European Union", "strafrechtadvocaat") are decided by wording, roles and neighbouring words that a
rule can state explicitly and a reviewer can audit. Each family module (health.py, religion.py, ...) lists
`Rule`s and `Block`s per language; `SpecialCategoryRecognizer` runs them.

Pattern mini-language (see `phrase`): a space in a term matches spaces or hyphens ("burn out" also matches
"burn-out"), and `~` is an optional space/hyphen ("burn~out" also matches "burnout"). Terms are regular
expressions otherwise (module `regex`, which allows variable-width look-behind).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

import regex

from guardrails.special import literals
from guardrails.special.literals import Needs

Pattern = Any  # a compiled `re` or `regex` pattern (same matching API)
CASE_FLAGS = regex.UNICODE | regex.VERSION0
FLAGS = regex.IGNORECASE | CASE_FLAGS
# A sentence (clause) boundary: context cues never reach across one.
# The full stop of an abbreviation ("i.v.m. een oude zaak", "dhr. Jansen") ends no clause.
_BOUNDARY = regex.compile(
    r"(?<!\b(?:i\.v\.m|m\.b\.t|o\.a|d\.w\.z|z\.s\.m|t\.z\.t|b\.v|e\.g|i\.e|dhr|mevr|mr|mrs|ms|dr|ca|bijv|"
    r"resp|incl|excl|vs|kand|cand))[.!?;\n](?=\s|$)|\n",
    regex.IGNORECASE,
)


def phrase(*terms: str) -> str:
    """An alternation of terms with the space/`~` conventions, as a non-capturing group."""
    return "(?:" + "|".join(_spaces(t) for t in terms) + ")"


def _spaces(term: str) -> str:
    """Apply the space/`~` conventions outside character classes (`[- ]` keeps its literal space)."""
    out: list[str] = []
    in_class = escaped = False
    for ch in term:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif in_class:
            out.append(ch)
            in_class = ch != "]"
        elif ch == "[":
            out.append(ch)
            in_class = True
        elif ch == " ":
            out.append("[\\s-]+")
        elif ch == "~":
            out.append("[\\s-]?")
        else:
            out.append(ch)
    return "".join(out)


def words(*terms: str) -> str:
    """Terms as whole words (no letter before or after)."""
    return r"(?<![\w])" + phrase(*terms) + r"(?![\w])"


def compound(*stems: str) -> str:
    """Dutch compounding: a whole word (hyphen-joined parts included) that contains one of the stems,
    e.g. stem `diabetes` matches "diabetespatiënt" and "diabetes-type-1"."""
    return r"(?<![\w-])(?:\w+-)*\w*?" + phrase(*stems) + r"\w*(?:-\w+)*(?![\w-])"


def suffixed(stems: Iterable[str], heads: Iterable[str]) -> str:
    """A compound of one of `stems` followed (directly or via a hyphen) by one of `heads`: `rug` + `pijn`."""
    return r"(?<![\w-])(?:\w+-)*" + phrase(*stems) + r"-?" + phrase(*heads) + r"(?![\w-])"


def rx(pattern: str, case: bool = False) -> Lazy:
    """A context pattern (`near`, `unless`, ...), compiled when a rule first needs it."""
    return Lazy(pattern, case)


def _compile(pattern: str, case: bool) -> Pattern:
    """The standard `re` engine when it can take the pattern (it is several times faster on large
    alternations); patterns with variable-width look-behind need the `regex` module."""
    try:
        return re.compile(pattern, 0 if case else re.IGNORECASE)
    except re.error:
        return regex.compile(pattern, CASE_FLAGS if case else FLAGS)


class Lazy:
    """A pattern compiled the first time it is used. Most rules never run on most texts (literals.py), and
    compiling all of them up front cost about a tenth of the cold start."""

    __slots__ = ("_compiled", "case", "source")

    def __init__(self, source: str, case: bool) -> None:
        self.source, self.case = source, case
        self._compiled: Pattern | None = None

    @property
    def compiled(self) -> Pattern:
        if self._compiled is None:  # two threads may both compile it: the same pattern, so no lock
            self._compiled = _compile(self.source, self.case)
        return self._compiled

    def search(self, text: str, *bounds: int) -> Any:
        return self.compiled.search(text, *bounds)

    def finditer(self, text: str, *bounds: int) -> Iterator[Any]:
        return self.compiled.finditer(text, *bounds)


@dataclass(frozen=True)
class Matcher:
    """A pattern run on the lower-cased text when it is case-insensitive: matching without IGNORECASE is
    several times faster, and offsets agree when lower-casing keeps the length. The IGNORECASE version on the
    original text is compiled only if a text ever needs it (a few scripts change length when lower-cased)."""

    source: str
    case: bool
    compiled: Lazy  # the pattern as written if `case`, else its lower-cased form, matched case-sensitively
    need: Needs | None  # strings of which every match contains one (literals.py)

    @classmethod
    def of(cls, pattern: str, case: bool) -> Matcher:
        written = pattern if case else pattern.lower()
        return cls(pattern, case, Lazy(written, case=True), literals.needs(written))

    def finditer(self, text: str, lowered: str | None) -> Iterator[Any]:
        if self.case:
            return self.compiled.finditer(text)
        if lowered is not None:
            return self.compiled.finditer(lowered)
        return _ignoring_case(self.source).finditer(text)


@cache
def _ignoring_case(pattern: str) -> Lazy:
    return rx(pattern)


def lowered(text: str) -> str | None:
    """The lower-cased text if it has the same length (true for all but a few scripts), else None."""
    low = text.lower()
    return low if len(low) == len(text) else None


@dataclass(frozen=True)
class Rule:
    """One way a type is expressed. `near`: a cue that must occur in the same clause; `unless`: a cue in the
    same clause that cancels the match (a role, a product, a third party). `before_only` restricts both cues
    to the text before the match; `veto_tail` cancels a match whose text ends in it (a compound's head);
    `also` lists further types the same span states (see recognizer.DUAL)."""

    entity: str
    pattern: Matcher
    score: float = 0.85
    near: Lazy | None = None
    unless: Lazy | None = None
    window: int = 80
    before_only: bool = False
    veto_tail: Lazy | None = None
    near_anywhere: bool = False  # `near` may occur anywhere in the text (e.g. the author's gender)
    also: tuple[str, ...] = ()  # types the same words also state ("miskraam": PREGNANCY and HEALTH)

    @property
    def need(self) -> Needs | None:
        return self.pattern.need

    def spans(self, text: str, low: str | None = None) -> Iterator[tuple[int, int]]:
        for m in self.pattern.finditer(text, low):
            start, end = m.span()
            if start == end:
                continue
            if self.veto_tail is not None and self.veto_tail.search(text, start, end):
                continue
            if self.near is not None or self.unless is not None:
                ctx = clause(text, start, end, self.window, self.before_only)
                if self.near is not None and not self.near.search(text if self.near_anywhere else ctx):
                    continue
                if self.unless is not None and self.unless.search(ctx):
                    continue
            yield start, end


class Matching(Protocol):
    """What the recognizer needs of a rule: a `Rule` here, or a `typos.TypoRule`."""

    entity: str
    score: float
    also: tuple[str, ...]
    need: Needs | None  # see literals.py

    def spans(self, text: str, low: str | None = None) -> Iterator[tuple[int, int]]: ...


@dataclass(frozen=True)
class Block:
    """A look-alike ("Christian Dior", "European Union"): overlapping findings of `entities` are dropped."""

    entities: frozenset[str]
    pattern: Matcher

    @property
    def need(self) -> Needs | None:
        return self.pattern.need

    def spans(self, text: str, low: str | None = None) -> list[tuple[int, int]]:
        return [m.span() for m in self.pattern.finditer(text, low)]


def rule(
    entity: str,
    pattern: str,
    score: float = 0.85,
    *,
    near: str | None = None,
    unless: str | None = None,
    window: int = 80,
    before_only: bool = False,
    case: bool = False,
    veto_tail: str | None = None,
    near_anywhere: bool = False,
    also: tuple[str, ...] = (),
) -> Rule:
    return Rule(
        entity,
        Matcher.of(pattern, case),
        score,
        rx(near) if near else None,
        rx(unless) if unless else None,
        window,
        before_only,
        rx(r"(?:" + veto_tail + r")(?:en|s)?$") if veto_tail else None,
        near_anywhere,
        also,
    )


def block(entities: str | Iterable[str], pattern: str, case: bool = False) -> Block:
    kinds = frozenset([entities] if isinstance(entities, str) else entities)
    return Block(kinds, Matcher.of(pattern, case))


def clause(text: str, start: int, end: int, window: int, before_only: bool = False) -> str:
    """The text around [start, end) up to `window` characters, cut at sentence/clause boundaries."""
    lo = max(0, start - window)
    hi = end if before_only else min(len(text), end + window)
    left = text[lo:start]
    cut = None
    for m in _BOUNDARY.finditer(left):
        cut = m.end()
    if cut is not None:
        left = left[cut:]
    right = text[start:hi]
    m = _BOUNDARY.search(right, end - start)
    if m:
        right = right[: m.start()]
    return left + right
