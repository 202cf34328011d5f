"""Required literals: a cheap test that a pattern cannot match a text, so most rules skip their regex.

A scan runs some 400 rule and look-alike patterns over every text, and nearly all of them find nothing.
Every match of `(?<!\\w)(?:diabet\\w*|insuline)` contains "diabet" or "insuline": `needs` works such a set
out from the pattern's parse tree (the approach of RE2's and Hyperscan's prefilters), and `Prefilter` finds
which of all the patterns' strings occur in a text in one Aho-Corasick pass. A pattern `needs` cannot reason
about gets None and always runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import ahocorasick

Needs = frozenset[str]
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def needs(pattern: str) -> Needs | None:
    """The lower-cased strings of which every match of `pattern` contains at least one; None if there is no
    such set, or the pattern is syntax only the `regex` module reads."""
    try:
        return _sequence(sre_parse.parse(pattern))
    except (re.error, RecursionError):  # syntax of the `regex` module only, or too deep
        return None


class Prefilter:
    """The strings of many patterns' needs, searched for all at once."""

    def __init__(self, all_needs: Iterable[Needs | None]) -> None:
        self._automaton = ahocorasick.Automaton()
        for need in all_needs:
            for s in need or ():
                self._automaton.add_word(s, s)
        self._automaton.make_automaton()

    def present(self, lowered: str | None) -> frozenset[str] | None:
        """The strings that occur in the lower-cased text; None (test nothing) if it could not be lowered."""
        if lowered is None or not len(self._automaton):
            return None
        return frozenset(s for _, s in self._automaton.iter(lowered))


def possible(need: Needs | None, present: frozenset[str] | None) -> bool:
    """False only when the pattern certainly has no match: none of its needed strings is present."""
    return need is None or present is None or not need.isdisjoint(present)


def _sequence(items) -> Needs | None:
    """The best requirement among a sequence's parts: each run of literals, and each part that must occur."""
    found: list[Needs] = []
    run: list[str] = []
    for op, av in getattr(items, "data", items):  # a SubPattern's list: its __getitem__ is slow
        if op == sre.LITERAL:
            run.append(chr(av).lower())
            continue
        if run:
            found.append(frozenset(["".join(run)]))
            run = []
        part = _part(op, av)
        if part:
            found.append(part)
    if run:
        found.append(frozenset(["".join(run)]))
    # the longest shortest string filters best; fewer strings are cheaper to test
    return max(found, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _part(op, av) -> Needs | None:
    if op == sre.SUBPATTERN:
        return _sequence(av[-1])
    if op == sre.ATOMIC_GROUP:
        return _sequence(av)
    if op in _REPEATS:
        low, _, item = av
        return _sequence(item) if low >= 1 else None
    if op == sre.BRANCH:
        alternatives = [_sequence(alt) for alt in av[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*alternatives)
    return None  # classes, anchors, look-arounds, back-references: no literal they must contain
