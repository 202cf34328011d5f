"""Turn findings into redacted text for one destination.

Typed placeholders (`<NL_BSN>`), and stable pseudonyms for people within one document: "Jan de Vries",
"De Vries" and "Jan" (once linked to him) all become `<PERSON_1>`. Numbering continues after any pseudonym
already in the text, so redacting twice changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guardrails.engine import Finding, ScanResult, priority
from guardrails.policy import DEFAULT_POLICY, Destination, Policy

_EXISTING_PERSON = re.compile(r"<PERSON_(\d+)>")
_NAME_NOISE = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "het",
        "ten",
        "ter",
        "te",
        "in",
        "'t",
        "op",
        "aan",
        "la",
        "le",
        "du",
        "da",
        "di",
        "del",
        "dos",
        "von",
        "zu",
        "mr",
        "dr",
        "dhr",
        "mevr",
        "mw",
        "mevrouw",
        "meneer",
        "heer",
        "ir",
        "ing",
        "drs",
        "prof",
        "mr.",
        "dr.",
        "dhr.",
        "mevr.",
        "ir.",
        "ing.",
        "drs.",
        "prof.",
        "mrs",
        "ms",
        "miss",
        "sir",
    ]
)


@dataclass(frozen=True, slots=True)
class Redaction:
    """The redacted text and the scan it came from (so callers need not scan twice)."""

    text: str
    result: ScanResult
    destination: Destination


def name_key(name: str) -> frozenset[str]:
    """The identifying parts of a name: lower-cased, without initials, titles and tussenvoegsels."""
    parts = re.findall(r"[^\W\d_][\w'’-]*", name.lower())
    return frozenset(p for p in parts if len(p) > 1 and p not in _NAME_NOISE)


def _pseudonyms(text: str, people: list[Finding]) -> dict[tuple[int, int], int]:
    """Number people in order of appearance; a name whose parts are a subset of another's is that person."""
    taken = [int(n) for n in _EXISTING_PERSON.findall(text)]
    next_number = max(taken, default=0) + 1
    clusters: list[tuple[frozenset[str], list[Finding]]] = []
    for f in sorted(people, key=lambda f: -len(name_key(text[f.start : f.end]))):
        key = name_key(text[f.start : f.end])
        for ckey, members in clusters:
            if key and key <= ckey:
                members.append(f)
                break
        else:
            clusters.append((key, [f]))
    numbers: dict[tuple[int, int], int] = {}
    for _, members in sorted(clusters, key=lambda c: min(m.start for m in c[1])):
        for m in members:
            numbers[(m.start, m.end)] = next_number
        next_number += 1
    return numbers


def apply(
    text: str, result: ScanResult, destination: Destination | str, policy: Policy = DEFAULT_POLICY
) -> str:
    """Redact `text` using findings from an earlier scan of exactly this text."""
    rule = policy.rule(destination)
    hidden = [f for f in result.findings if f.type not in rule.allow]
    if not hidden:
        return text
    # Merge overlapping findings into one span, labelled by its highest-priority finding.
    hidden.sort(key=lambda f: (f.start, -f.end))
    groups: list[list[Finding]] = []
    end = -1
    for f in hidden:
        if groups and f.start < end:
            groups[-1].append(f)
            end = max(end, f.end)
        else:
            groups.append([f])
            end = f.end
    labels = [max(g, key=priority) for g in groups]
    people = [label for label in labels if label.type == "PERSON"]
    numbers = _pseudonyms(text, people) if rule.pseudonymise_names else {}
    out: list[str] = []
    pos = 0
    for label, group in zip(labels, groups, strict=True):
        start, stop = group[0].start, max(f.end for f in group)
        number = numbers.get((label.start, label.end))
        out.append(text[pos:start])
        out.append(f"<{label.type}_{number}>" if number else f"<{label.type}>")
        pos = stop
    out.append(text[pos:])
    return "".join(out)
