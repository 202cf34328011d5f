"""ADDRESS: street plus house number (Dutch and English forms) and Dutch postcodes ("1234 AB").

A postcode directly followed by a capitalised place name takes the place into the span, so
"Keizersgracht 123, 1015 CJ Amsterdam" becomes one street span and one postcode span.
"""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

ENTITY = "ADDRESS"
_NL_SUFFIX = (
    r"(?:straat|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|steeg|dreef|park|baan|markt|veld|boulevard|allee|"
    r"wal|erf|plantsoen|kanaal|haven|burcht|dam|hoek|lei|berg|straatweg|steenweg)"
)
_WORD = r"[A-Z][\w'’.-]*"
_NUMBER = (
    r"(?!(?:19|20)\d\d\b)\d{1,5}(?:[ \t]?[a-zA-Z](?![\w]))?"
    r"(?:[ \t]?(?:-|hs|bis|/)[ \t]?(?:\d{1,4}[a-zA-Z]?|[IVX]{1,4}\b|hs\b|[a-zA-Z]\b))?"
)
# One street of a street corner: capitalised words and numbers ("Dalbraut 99", "ul. Grochowa 80").
_CORNER_STREET = (
    r"(?:ul\.[ \t]+)?[A-Z\d][\w'’.-]*(?:[ \t]+(?:[A-Z\d][\w'’.-]*|de|la|del|van|der|str\.?)){0,5}"
)
PATTERNS = [
    Pattern(
        "nl street + number",
        rf"\b(?:(?:{_WORD}|van|de|der|den|het|ter|ten)[ \t]+){{0,3}}"
        rf"[A-Z][\w'’-]*{_NL_SUFFIX}[ \t]+{_NUMBER}\b",
        0.85,
    ),
    Pattern(
        "nl street word + number",
        rf"\b(?:Postbus|Oude[ \t]+{_WORD}|Nieuwe[ \t]+{_WORD}|Achter[ \t]+{_WORD})[ \t]+\d{{1,5}}\b",
        0.85,
    ),
    Pattern(
        "nl postcode (+ place)",
        r"\b[1-9]\d{3}[ \t]?(?!SA\b|SD\b|SS\b)[A-Z]{2}\b"
        r"(?:,?[ \t]+(?:'s[- ])?[A-Z][a-zë'-]+(?:[- ][A-Z][a-z]+)?)?",
        0.7,
    ),
    Pattern(
        "en number + street",
        r"\b\d{1,6}[ \t]+(?:[A-Z][\w'.-]*[ \t]+){1,4}"
        r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Drive|Dr\.?|"
        r"Boulevard|Blvd\.?|Court|Ct\.?|Way|Place|Pl\.?|Square|Sq\.?|Terrace|Parkway|Pkwy|Circle|Cir\.?|Highway|"
        r"Hwy|Row|Close|Crescent|Gardens|Grove|Mews)\b(?:[ \t]+(?:Apt\.?|Suite|Unit|#)[ \t]*\d+)?",
        0.8,
    ),
    Pattern(
        "street + number (European)",
        rf"\b{_WORD}(?:[ \t]+{_WORD}){{0,2}}[ \t]+"
        rf"(?i:Street|Road|Avenue|Lane|Drive|straße|strasse|str\.|gasse|weg|vej|gade|gatan|vägen|tie|katu|utca|"
        rf"ulica|rue|via|calle|rua)[ \t]+\d{{1,5}}\b",
        0.7,
    ),
    Pattern(
        "rue/via/calle + name + number",
        r"\b(?:Rue|Via|Calle|Rua|Avenida|Avenue|Piazza|Plaza|Chemin|Boulevard)[ \t]+"
        r"(?:[\w'’.-]+[ \t]+){1,5}?\d{1,5}\b",
        0.65,
    ),
    Pattern(
        "number + rue/via/calle + name",
        r"(?i)\b\d{1,5}[ \t]+(?:rue|avenue|av\.?|avenida|calle|rua|r\.|chemin|boulevard|bd\.?|plaza|"
        r"piazza|travessa|ul\.|ulica)(?:[ \t]+(?!(?:street|st|in|and|the|is|was|on)\b)"
        r"[^\W\d_][\w'’-]*){1,4}",
        0.65,
    ),
    Pattern(
        "name + number + street",
        r"\b[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|de|la|del|van|der|den|von|du|des)){0,3}"
        r"[ \t]+\d{1,5}[a-zA-Z]?\.?[ \t]+(?i:street|st\.)",
        0.6,
    ),
    Pattern(
        "name + street type, no number",
        r"\b[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}[ \t]+(?:Street|Avenue|Squares?|"
        r"Parks|Pass|Unions?|Gateway|"
        r"Fort|Courts?|Terrace|Crescent|Drive|Lane|Road|Boulevard|Parkway|Plaza|Trail|Turnpike|Underpass|Overpass|"
        r"Viaduct|Expressway|Freeway|Motorway|Causeway|Meadows|Heights|Mews|Walks|Ways|Crossing|Junction|Estates|"
        r"Ridge|Vista|Trace|Stravenue|Skyway|Throughway|Trafficway|Radial|Loop|Alley|Bypass|Manor|Knolls?|Glens|"
        r"Hollow|Shoals?|Shores|Inlet|Landing|Orchard|Passage|Pike|Spurs?)\b",
        0.5,
    ),
    Pattern(
        "us city, state zip",
        r"\b[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2},?[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b",
        0.7,
    ),
    Pattern(
        "street corner",
        rf"\b(?i:the[ \t]+)?(?i:corner[ \t]+of)[ \t]+{_CORNER_STREET}[ \t]+and[ \t]+{_CORNER_STREET}",
        0.7,
    ),
    Pattern("uk postcode", r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}\b", 0.6),
    Pattern(
        "suite / apartment / box",
        r"\b(?:Suite|Apt\.?|Apartment|Unit|P\.?O\.? Box|Box|PSC|Flat)[ \t]+\d{1,5}\b",
        0.6,
    ),
    Pattern(
        "number + name + number",
        r"\b\d{1,5}[ \t]+(?:\d{1,4}[ \t]+)?(?:ul\.[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'.-]*(?:[ \t]+[\w'.-]+){0,3}?"
        r"[ \t]+\d{1,4}[a-zA-Z]?"
        r"(?=[ \t]*(?:,|\n|$|Suite|Apt|St\.))",
        0.6,
    ),
    Pattern(
        "street-suffixed word + number",
        r"(?i)\b[^\W\d_]{2,}(?:tie|katu|kuja|gata|gatan|vägen|vej|gade|veien|vegen|straße|strasse|str\.|gasse|utca|"
        r"allee|straat|laan|gracht|weg)[ \t]+\d{1,4}[a-zA-Z]?\b",
        0.6,
    ),
    Pattern(
        "zip code after its label",
        r"(?i)(?:(?<=zip code is )|(?<=zip code: )|(?<=zip: )|(?<=postal code is )|(?<=postal code: )|"
        r"(?<=postcode is )|(?<=postcode: ))(?:\d\d-\d{3}|(?=[\w -]*\d)\w{3,7}(?:[- ]\w{2,4})?)\b",
        0.7,
    ),
]
CONTEXT = {
    "nl": ["adres", "woonadres", "postcode", "woonplaats", "straat", "wonende", "woont"],
    "en": ["address", "street", "zip", "postcode", "postal", "lives", "live"],
}


# After a street, the rest of a postal address follows on the same line after a comma or on the next short
# lines: town, region code, country, postcode ("Suite 501\n Riisa\n\n Estonia 62488", "..., København V"); on
# the same line after a comma or a run of spaces (a flattened address block or table cell).
# Those parts are ADDRESS too, so a town there is never read as a person's name.
_STREETS = [
    re.compile(p.regex, re.MULTILINE) for p in PATTERNS if "postcode" not in p.name and "zip" not in p.name
]
_UNIT_LINE = re.compile(
    r"(?im)^[ \t>?]*(?:Suite|Apt\.?|Apartment|Unit|P\.?O\.? Box|Box|PSC|Flat)[ \t]+\d{1,5}\b.*$"
)
_LINE_PART = re.compile(
    r"^[ \t>?]*,?[ \t]*((?:[^\W\d_][\w'’.()-]*,?[ \t]*){0,5}?"
    r"(?:[^\W\d_][\w'’.()-]*|\d{4,6}(?:-\d{3,4})?|"
    r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}))"
    r"[ \t]*$"
)
_SAME_LINE_PLACE = re.compile(
    r"(?:,[ \t]*|[ \t]{2,})((?:[^\W\d_][\w'’.-]*[ \t]?){1,4}?(?:[ \t]+\d{4,6})?)(?=[ \t]*(?:[,.\n]|$))"
)
# A second number right before a number-first street is part of the address (a building or unit number, or
# a postcode written first): "975 3968 Bay Street". Not a year ("in 2019 5 ...").
_LEADING_NUMBER = re.compile(r"(?:^|(?<=[\s>:,]))(?!(?:19|20)\d\d\b)(\d{1,6})[ \t]+$", re.MULTILINE)
MAX_TAIL_LINES = 4
_PARTICLES = frozenset(["de", "del", "la", "le", "do", "da", "di", "am", "an", "upon", "sur"])


def _capitalised(part: str) -> bool:
    """Place-like: every word capitalised (or a particle, a code, a number), at most five words."""
    words = part.replace(",", " ").split()
    return 0 < len(words) <= 5 and all(w[0].isupper() or w[0].isdigit() or w in _PARTICLES for w in words)


class AddressTailRecognizer(LocalRecognizer):
    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[ENTITY], supported_language=supported_language, name="AddressTail"
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        streets = [m for rx in (*_STREETS, _UNIT_LINE) for m in rx.finditer(text)]
        ends = {m.end() for m in streets}
        out: list[RecognizerResult] = []
        for m in streets:
            lead = _LEADING_NUMBER.search(text, max(0, m.start() - 8), m.start())
            if lead and m.group()[:1].isdigit():
                out.append(RecognizerResult(ENTITY, lead.start(1), m.end(), 0.6))
        done: set[int] = set()
        for end in sorted(ends):
            same = _SAME_LINE_PLACE.match(text, end)
            if same and _capitalised(same.group(1)):
                out.append(RecognizerResult(ENTITY, same.start(1), same.end(1), 0.6))
                end = same.end()
            nl = text.find("\n", end)
            if nl < 0 or text[end:nl].strip() or nl in done:
                continue
            done.add(nl)
            pos, blank = nl + 1, 0
            for _ in range(MAX_TAIL_LINES + 1):
                stop = text.find("\n", pos)
                stop = len(text) if stop < 0 else stop
                line = text[pos:stop]
                if not line.strip(" \t>?"):
                    blank += 1
                    if blank > 1:
                        break
                else:
                    m = _LINE_PART.match(line)
                    if not m or not _capitalised(m.group(1)):
                        break
                    out.append(RecognizerResult(ENTITY, pos + m.start(1), pos + m.end(1), 0.6))
                if stop >= len(text):
                    break
                pos = stop + 1
        return out


def build(lang: str) -> list[LocalRecognizer]:
    return [
        PatternRecognizer(
            supported_entity=ENTITY,
            patterns=PATTERNS,
            context=CONTEXT[lang],
            supported_language=lang,
            name=f"Address_{lang}",
            global_regex_flags=re.MULTILINE,  # Presidio's default adds IGNORECASE: "1990 te" is no postcode
        ),
        AddressTailRecognizer(lang),
    ]
