"""Belgian Dutch read as the Dutch the rules are written in.

Flemish recruiters write "ge zijt nie weerhouden", "werf hem maar aan", "zet hem in de wervingsreserve":
the same requests and verdicts as "je bent niet geselecteerd", "neem hem maar aan", "zet hem in de
talentpool". The refusal gate and the verdict guard read a folded copy of the text, so one set of rules
covers both; what is shown or sent is never folded.
"""

from __future__ import annotations

import re

_WORDS = {
    # spoken forms
    "nie": "niet",
    "da": "dat",
    "ge": "je",
    "gij": "jij",
    "zijt": "bent",
    "efkes": "even",
    "ne": "een",
    "nen": "een",
    "wa": "wat",
    "goesting": "zin",
    "vanachter": "achteraan",
    # recruiting words
    "kandidatuur": "sollicitatie",
    "kandidaturen": "sollicitaties",
    "weerhouden": "geselecteerd",
    "aanwerven": "aannemen",
    "aangeworven": "aangenomen",
    "aanwerving": "aanname",
    "werf": "neem",
    "werft": "neemt",
    "wervingsreserve": "talentpool",
}
_WORD = re.compile(r"\b(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _standard(m: re.Match[str]) -> str:
    word = m.group()
    dutch = _WORDS[word.lower()]
    return dutch.capitalize() if word[0].isupper() else dutch


def fold(text: str) -> str:
    """`text` with Flemish words replaced by their Netherlands Dutch counterparts (for reading only)."""
    return _WORD.sub(_standard, text)
