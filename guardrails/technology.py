"""Technology names are skills, not people or places: "Django", "Kafka" and "PostgreSQL" must reach matching.

A name model sees capitalised, unknown words; a CV is full of them. A PERSON or LOCATION finding made only
of technology names (and joiners such as "en", "and", "/") is dropped before redaction.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

VETOED_TYPES = frozenset({"PERSON", "LOCATION"})
_WORD = re.compile(r"[\w.+#-]+")
_JOINERS = frozenset({"en", "and", "of", "or", "&", "/", ",", "met", "with"})


@lru_cache(maxsize=1)
def terms() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "technology.txt"
    lines = (line.strip().casefold() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_technology(span: str) -> bool:
    words = [w.casefold().strip(".,") for w in _WORD.findall(span)]
    named = [w for w in words if w and w not in _JOINERS]
    return bool(named) and all(w in terms() for w in named)
