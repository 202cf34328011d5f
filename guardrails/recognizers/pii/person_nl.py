"""PERSON: a lexicon + statistics model, because there is no Dutch NER model offline.

It is the only name recognizer for Dutch text and adds recall to spaCy's NER in English text.

Every capitalised token (and every initial such as "J.") gets a probability of being part of a name from a
small logistic model over: how often the token was a name in CoNLL-2002 ned.train, first-name and surname
lexicons (Faker locales), sentence position, whether the word exists in lower case, its neighbours, and
the words around it. In Dutch text a CRF over each sentence turns those scores, with the words and the
same word's scores elsewhere in the text, into the probability used (name_tagger.py). Consecutive name
tokens, joined by tussenvoegsels (van, de, van der, ter...), form a PERSON. Explicit cues ("Naam:", "mijn
naam is", "dhr.", "mevr.") force a following capitalised run to be a name; after "mijn naam is" / "my
name is" known names also count in lower case, as typed in chat. A token opening a line or bullet counts
as a sentence start. Both model files are built by `python -m guardrails.data.build_names`.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.special.demonyms import is_demonym

if TYPE_CHECKING:  # name_tagger builds on this module's lexicons and features
    from guardrails.recognizers.pii.name_tagger import NameTagger

ENTITY = "PERSON"
MODEL_FILE = Path(__file__).resolve().parents[2] / "data" / "names_nl.json.gz"
# Name particles that join the parts of one name. "in", "op", "te" are left out: as prepositions they
# would glue a name to a following place ("John Smith in Boston").
TUSSENVOEGSELS = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "het",
        "ten",
        "ter",
        "'t",
        "d'",
        "da",
        "di",
        "del",
        "della",
        "dos",
        "du",
        "la",
        "le",
        "vander",
        "vanden",
        "von",
        "zu",
        "bin",
    ]
)
TITLES = frozenset(
    [
        "dhr",
        "dhr.",
        "mevr",
        "mevr.",
        "mw",
        "mw.",
        "mevrouw",
        "meneer",
        "heer",
        "dr",
        "dr.",
        "drs",
        "drs.",
        "ir",
        "ir.",
        "ing",
        "ing.",
        "prof",
        "prof.",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "mx",
        "mx.",
        "mister",
        "miss",
        "sir",
        "pater",
        "zuster",
        "broeder",
        "dokter",
        "doctor",
        "professor",
        "minister",
        "premier",
        "president",
        "burgemeester",
        "wethouder",
        "kandidaat",
        "kandidate",
        "collega",
        "sollicitant",
    ]
)
# Words right before a name that make it a name regardless of the model ("Naam: ...", "mijn naam is ...").
_CUE_BEFORE = re.compile(
    r"(?:\bnaam\s*:|\bname\s*:|\bnaam\s+is|\bname\s+is|\bik\s+ben|\bi\s+am|\bi'm|\bheet|\bcalled|"
    r"\bgroet(?:en)?\s*,?|\bregards\s*,?|\bgroeten\s+van|\bcontactpersoon\s*:|\bkandidaat\s*:|\bcandidate\s*:|"
    r"\bcollega|\bsollicitant|\bcalls?\s+me|\bcalled\s+me|\bnoem\s+me|\bdirected\s+by|\bstarring|"
    r"\bwritten\s+by|\baldus|\bmy\s+(?:son|daughter|kid|child|wife|husband|partner|friend|colleague|manager|"
    r"boss|brother|sister|mother|father|mom|dad)|\bmijn\s+(?:zoon|dochter|vrouw|man|partner|vriend|"
    r"vriendin|collega|leidinggevende|baas|broer|zus|moeder|vader))\s*$",
    re.IGNORECASE,
)
# Words right after a capitalised run that only a person is the subject of ("Trivo lives on ...").
_CUE_AFTER = re.compile(
    r"^\s*(?:lives|lived|is\s+living|began\s+writing|spent\s+a|had\s+given|grew\s+up|was\s+born|"
    r"shouted|whispered|woont\s+(?:in|aan|op)|is\s+geboren)\b",
    re.IGNORECASE,
)
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,4}$|^[A-Z]\.?[A-Z]\.$")
_NAMEISH = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*$")
THRESHOLD_DEFAULT = 0.5

FEATURES = (
    "bias",
    "own",
    "unseen",
    "first",
    "last",
    "sent_start",
    "lower_freq",
    "vocab",
    "initial",
    "all_caps",
    "left_own",
    "right_own",
    "left_first_or_initial",
    "right_last",
    "ctx_before",
    "ctx_after",
    "run_len",
    "hyphen",
    "short",
    "left_tv",
    "right_tv",
    "title_before",
    "chars",
    "chars_unseen",
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    sent_start: bool
    stop: bool = False  # a function word of the text's language ("This", "Het")


@dataclass
class NameModel:
    """Statistics and weights; see guardrails/data/build_names.py for how they are derived."""

    per: dict[str, tuple[int, int]]  # capitalised token -> (times in a name, times capitalised elsewhere)
    lower: dict[str, int]  # lower-case word -> count in the training text
    first: frozenset[str]
    last: frozenset[str]
    ctx_before: dict[str, tuple[int, int]]  # lower-case word before a capitalised run -> (name run, other)
    ctx_after: dict[str, tuple[int, int]]
    ngrams: dict[str, float]  # character n-gram -> log-ratio of name vs other capitalised words
    weights: list[float]
    threshold: float = THRESHOLD_DEFAULT

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> NameModel:
        data = json.loads(gzip.decompress(path.read_bytes()))
        return cls(
            per={k: tuple(v) for k, v in data["per"].items()},
            lower=data["lower"],
            first=frozenset(data["first"]),
            last=frozenset(data["last"]),
            ctx_before={k: tuple(v) for k, v in data["ctx_before"].items()},
            ctx_after={k: tuple(v) for k, v in data["ctx_after"].items()},
            ngrams=data["ngrams"],
            weights=data["weights"],
            threshold=data.get("threshold", THRESHOLD_DEFAULT),
        )

    def own(self, word: str) -> tuple[float, bool]:
        per, other = self.per.get(word, (0, 0))
        if per + other == 0 and word.isupper() and len(word) > 1:
            per, other = self.per.get(word.title(), (0, 0))
        return math.log((per + 0.1) / (other + 0.3)), per + other == 0

    def chars(self, word: str) -> float:
        """Mean n-gram log-ratio: generalises to names never seen (-ski, -sen, -ović vs -laan, -straat)."""
        grams = char_ngrams(word)
        return sum(self.ngrams.get(g, 0.0) for g in grams) / max(1, len(grams))

    def ctx(self, table: dict[str, tuple[int, int]], word: str | None) -> float:
        if word is None:
            return 0.0
        pos, neg = table.get(word.lower(), (0, 0))
        return math.log((pos + 0.5) / (neg + 1.5)) - math.log(0.5 / 1.5)


def char_ngrams(word: str) -> list[str]:
    w = f"^{word.lower()}$"
    return [w[i : i + n] for n in (3, 4) for i in range(len(w) - n + 1)]


def is_name_like(word: str) -> bool:
    return bool(_NAMEISH.match(word)) and any(c.isalpha() for c in word) and not word.isdigit()


def runs(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, allowing lower-case tussenvoegsels between two of them."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        if not is_name_like(tokens[i].text):
            i += 1
            continue
        j = i + 1
        while j < n:
            if is_name_like(tokens[j].text) and not tokens[j].sent_start:
                j += 1
                continue
            k = j
            while k < n and tokens[k].text in TUSSENVOEGSELS and not tokens[k].sent_start:
                k += 1
            if k > j and k < n and is_name_like(tokens[k].text) and not tokens[k].sent_start:
                j = k + 1
                continue
            break
        out.append((i, j))
        i = j
    return out


def features(
    model: NameModel, tokens: Sequence[Token], run: tuple[int, int], i: int, is_word: Callable[[str], bool]
) -> list[float]:
    """Features of token i inside its run (same function at build time and at run time)."""
    a, b = run
    word = tokens[i].text
    bare = word.rstrip(".")
    own, unseen = model.own(word)
    lower = word.lower()

    def neighbour_own(j: int) -> float:
        if a <= j < b and tokens[j].text not in TUSSENVOEGSELS:
            return model.own(tokens[j].text)[0]
        return 0.0

    left = tokens[i - 1].text if i > a else None
    right = tokens[i + 1].text if i + 1 < b else None
    before = tokens[a - 1].text if a > 0 else None
    after = tokens[b].text if b < len(tokens) else None
    title_before = before is not None and before.lower() in TITLES
    return [
        1.0,
        own,
        float(unseen),
        float(bare in model.first or bare.title() in model.first),
        float(bare in model.last or bare.title() in model.last),
        float(tokens[i].sent_start or i == 0),
        math.log1p(model.lower.get(lower, 0)),
        float(is_word(lower)),
        float(bool(_INITIAL.match(word))),
        float(word.isupper() and len(word) > 1),
        neighbour_own(i - 1),
        neighbour_own(i + 1),
        float(left is not None and (left in model.first or bool(_INITIAL.match(left)))),
        float(right is not None and right in model.last),
        model.ctx(model.ctx_before, before),
        model.ctx(model.ctx_after, after),
        float(min(b - a, 4)),
        float("-" in word or "'" in word),
        float(len(bare) <= 2),
        float(left is not None and left in TUSSENVOEGSELS),
        float(right is not None and right in TUSSENVOEGSELS),
        float(title_before),
        model.chars(word),
        model.chars(word) * float(unseen),
    ]


def probability(weights: Sequence[float], feats: Sequence[float]) -> float:
    z = sum(w * f for w, f in zip(weights, feats, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _is_connector(word: str) -> bool:
    return word.lower() in TUSSENVOEGSELS


def _is_role_word(word: str, is_word: Callable[[str], bool], model: NameModel) -> bool:
    """A leading word such as "Bondscoach", "Architect" or "Clinton-adviseur" that describes the person."""
    if _is_connector(word):
        return False
    if word.lower().rstrip(".") in TITLES:
        return True
    if "-" in word and any(part.islower() for part in word.split("-")[1:]):
        return True
    return word not in model.first and model.own(word)[0] < 0 and is_word(word.lower())


def scored_tokens(
    model: NameModel, tokens: Sequence[Token], spans: list[tuple[int, int]], is_word: Callable[[str], bool]
) -> dict[int, tuple[list[float], float]]:
    """The logistic model's features and P(name) for each candidate token: a capitalised token in a run
    (the tussenvoegsels inside a run are no candidates)."""
    scored: dict[int, tuple[list[float], float]] = {}
    for run in spans:
        for i in range(*run):
            if i > run[0] and _is_connector(tokens[i].text):
                continue
            feats = features(model, tokens, run, i, is_word)
            scored[i] = (feats, probability(model.weights, feats))
    return scored


def token_probabilities(
    model: NameModel,
    tokens: Sequence[Token],
    spans: list[tuple[int, int]],
    is_word: Callable[[str], bool],
    tagger: NameTagger | None = None,
    places: frozenset[str] = frozenset(),
) -> tuple[dict[int, float], set[int]]:
    """P(name) per candidate token: from the tagger when given (Dutch), else the logistic model's, with
    repeated surface forms in one text sharing their average (one sense per discourse). And the tokens that
    begin a new name right after another (only the tagger tells)."""
    scored = scored_tokens(model, tokens, spans, is_word)
    if tagger is not None:
        from guardrails.recognizers.pii.name_tagger import sentence_features

        items = sentence_features(tokens, scored, FEATURES, model, places, is_word)
        return tagger.probabilities(items, scored)
    probs = {i: p for i, (_, p) in scored.items()}
    by_form: dict[str, list[int]] = {}
    for i in probs:
        by_form.setdefault(tokens[i].text, []).append(i)
    for members in by_form.values():
        if len(members) > 1:
            mean = sum(probs[i] for i in members) / len(members)
            for i in members:
                probs[i] = 0.5 * probs[i] + 0.5 * mean
    return probs, set()


def _surname_follows(
    tokens: Sequence[Token], in_run: list, k: int, a: int, model: NameModel, threshold: float
) -> bool:
    """After a name token, tussenvoegsels lead into its surname ("Peter van Straaten", "Paul de Leeuw")."""
    given = tokens[a + k - 1].text
    first_name = given in model.first or bool(_INITIAL.match(given))
    while k < len(in_run) and in_run[k] is None:
        k += 1
    return k < len(in_run) and (first_name or in_run[k] >= threshold * 0.5)


def _not_a_name(
    tokens: Sequence[Token], start: int, end: int, model: NameModel, is_word, is_english, places
) -> bool:
    """Lone tokens that are something else: an English loan word never seen as a name ("Python", "Scrum"),
    a function word ("This"), a code ("SA", "NI") or a known place ("Assen")."""
    if end - start != 1:
        return False
    word = tokens[start].text
    known_name = word in model.first or word in model.last
    if word.isupper() and len(word) <= 3:
        return True
    if not known_name and (word in places or tokens[start].stop):
        return True
    return bool(is_english and model.own(word)[1] and not known_name and is_english(word.lower()))


def find_names(
    model: NameModel,
    tokens: Sequence[Token],
    text: str | None = None,
    is_word: Callable[[str], bool] = bool,
    is_english: Callable[[str], bool] | None = None,
    places: frozenset[str] = frozenset(),
    tagger: NameTagger | None = None,
) -> list[tuple[int, int, float]]:
    """Token spans [start, end) of names with their score."""
    spans = runs(tokens)
    probs, begins = token_probabilities(model, tokens, spans, is_word, tagger, places)
    threshold = tagger.threshold if tagger is not None else model.threshold
    found: list[tuple[int, int, float]] = []
    for a, b in spans:
        while a < b - 1 and _is_role_word(tokens[a].text, is_word, model):
            a += 1
        cue = text is not None and bool(
            _CUE_BEFORE.search(text[max(0, tokens[a].start - 30) : tokens[a].start])
        )
        if not cue and text is not None:
            end = tokens[b - 1].start + len(tokens[b - 1].text)
            cue = tokens[a].text not in places and bool(_CUE_AFTER.match(text[end : end + 20]))
        titled = a > 0 and tokens[a - 1].text.lower().rstrip(".") in TITLES
        in_run = [probs.get(i) for i in range(a, b)]
        if cue or titled:
            found.append((a, b, max(0.85, max((p for p in in_run if p is not None), default=0.0))))
            continue
        i = a
        while i < b:
            p = in_run[i - a]
            if p is None or p < threshold:
                i += 1
                continue
            j = i + 1
            while j < b and j not in begins:
                q = in_run[j - a]
                # after a name and its tussenvoegsels, half the evidence makes the surname ("Jeroen van den
                # Berg")
                bar = threshold * 0.5 if in_run[j - 1 - a] is None else threshold
                if (q is not None and q >= bar) or (
                    q is None and _surname_follows(tokens, in_run, j - a, a, model, threshold)
                ):
                    j += 1
                else:
                    break
            while j > i and in_run[j - 1 - a] is None:
                j -= 1
            # Capitalised tussenvoegsels right before the name belong to it ("De Grauwe", "Van den Stockt").
            start = i
            while start > a and _is_connector(tokens[start - 1].text):
                start -= 1
            while start < i and not tokens[start].text[:1].isupper():
                start += 1
            score = max(p for p in in_run[i - a : j - a] if p is not None)
            if not _not_a_name(tokens, start, j, model, is_word, is_english, places):
                found.append((start, j, score))
            i = j
    return found


def common_words(span: str, is_word: Callable[[str], bool], names: NameModel) -> bool:
    """The small model tags capitalised common words as people ("Sir", "God", "Remember", "May I"); a span
    made only of dictionary words that no name lexicon knows is not a person. Used for English text only:
    Dutch names are often words too ("de Boer", "Visser") and the Dutch model weighs that itself."""
    words = span.split()
    return all(is_word(w.lower()) and w not in names.first and w not in names.last for w in words)


# Legal-form and institution words next to (or inside) a capitalised run make it an organisation.
_ORG_WORD = (
    r"(?:b\.?v\.?|n\.?v\.?|vof|v\.o\.f\.|vzw|cvba|bvba|holding|holdings|groep|group|stichting|gemeente|"
    r"universiteit|university|hogeschool|vereniging|coöperatie|ziekenhuis|bank|verzekeringen|inc\.?|ltd\.?|"
    r"llc|gmbh|plc|s\.?a\.?|ag|corp\.?|partners|consultancy|advocaten|notarissen)"
)
_ORG_BEFORE = re.compile(r"(?i)\b(?:stichting|gemeente|universiteit|hogeschool|vereniging|groep)\s+$")
_ORG_AFTER = re.compile(rf"(?i)^\s*(?:&\s*(?:co|zonen|partners)\b|{_ORG_WORD}(?![\w]))")
_ORG_INSIDE = re.compile(rf"(?i)(?<![\w]){_ORG_WORD}(?![\w])")


def _organisation(text: str, start: int, end: int) -> bool:
    """Runs like "Stichting Vluchtelingenwerk", "Brink Holding" or "Van Dijk Advocaten" are organisations."""
    return bool(
        _ORG_BEFORE.search(text[max(0, start - 20) : start])
        or _ORG_AFTER.match(text[end : end + 20])
        or _ORG_INSIDE.search(text[start:end])
    )


@cache
def default_model() -> NameModel:
    return NameModel.load()


def _places() -> frozenset[str]:
    from guardrails.recognizers.pii.location_nl import places

    return places()


_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*•–>]|\d{1,2}[.)])?[ \t]*$")


def _line_start(text: str, idx: int) -> bool:
    """A token that opens a line or a bullet ("- Bouwde ...") is capitalised for that reason alone, like a
    sentence start; the sentencizer only splits on punctuation."""
    return bool(_LINE_START.search(text, max(0, idx - 8), idx))


def text_tokens(doc: Iterable[Any], text: str) -> list[Token]:
    """Our tokens of a spaCy doc of `text`."""
    return [Token(t.text, t.idx, bool(t.is_sent_start) or _line_start(text, t.idx), t.is_stop) for t in doc]


class DutchNameRecognizer(LocalRecognizer):
    """Presidio wrapper: tokens and sentence starts come from the spaCy Dutch pipeline."""

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_entities=[ENTITY], supported_language=supported_language, name="DutchName")

    def load(self) -> None:
        self.model = default_model()
        from guardrails.recognizers.pii.name_tagger import default_tagger

        self.tagger = default_tagger() if self.supported_language == "nl" else None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or not nlp_artifacts.tokens:
            return []
        tokens = text_tokens(nlp_artifacts.tokens, text)
        # In English text "a common word" means an English one, and the loan-word check is moot.
        is_word = _vocabulary(nlp_artifacts, self.supported_language)
        is_english = _vocabulary(nlp_artifacts, "en") if self.supported_language == "nl" else None
        from guardrails.recognizers.pii.location_nl import cued_places, not_a_person

        cued = cued_places(text, is_word)
        out = []
        for a, b, score in find_names(self.model, tokens, text, is_word, is_english, _places(), self.tagger):
            start, end = tokens[a].start, tokens[b - 1].start + len(tokens[b - 1].text)
            if not_a_person(text, start, end, cued, self.model.first):
                continue
            if self.supported_language == "en" and common_words(text[start:end], is_word, self.model):
                continue
            if _organisation(text, start, end) or is_demonym(text[start:end]):
                continue
            out.append(RecognizerResult(ENTITY, start, end, round(score, 3)))
        for a, b in lower_case_names(text, self.model):
            out.append(RecognizerResult(ENTITY, a, b, SCORE_LOWER_CASE))
        return out


# In chat people type names in lower case ("my name is vitoria"). Right after a cue that introduces a name,
# lower-case words that the first-name or surname lexicon knows are taken as the name, joined by
# tussenvoegsels ("ik heet sanne de vries"). The vocabulary is no guide here: it lacks many common words.
_NAME_CUE = re.compile(
    r"(?i)\b(?:(?:my|her|his|their|your)\s+(?:(?:last|first|maiden|family|sur)\s*)?name\s+is|i\s+am\s+called|"
    r"(?:mijn|haar|zijn|jouw)\s+(?:achter|voor|meisjes)?naam\s+is|ik\s+heet)\s+"
)
_LOWER_WORD = re.compile(r"[a-zà-öø-ÿ\u0100-\u024f][\w'’-]*")
SCORE_LOWER_CASE = 0.6
MAX_LOWER_CASE_WORDS = 5  # name words and tussenvoegsels together


def lower_case_names(text: str, model: NameModel) -> list[tuple[int, int]]:
    """Spans of lower-case known name words right after a name cue."""
    out: list[tuple[int, int]] = []
    for cue in _NAME_CUE.finditer(text):
        pos, end = cue.end(), None
        for _ in range(MAX_LOWER_CASE_WORDS):
            word = _LOWER_WORD.match(text, pos)
            if not word:
                break
            form = word.group()
            if form.title() in model.first or form.title() in model.last:
                end = word.end()
            elif end is None or form not in TUSSENVOEGSELS:
                break
            pos = word.end() + 1 if text[word.end() : word.end() + 1] == " " else word.end()
        if end is not None:
            out.append((cue.end(), end))
    return out


def vocabulary(table: Any, stop_words: frozenset[str] = frozenset()) -> Callable[[str], bool]:
    """Is this a common word? The lookup table maps inflected forms to lemmas;
    function words ("my", "this", "het") are often absent from it, so the stop-word list is added."""
    words = frozenset(table.values()) | stop_words
    return lambda word: word in words or word in table


_vocabularies: dict[int, Callable[[str], bool]] = {}


def _vocabulary(nlp_artifacts: NlpArtifacts, lang: str = "nl") -> Callable[[str], bool]:
    """Word lists come from the lookup lemmatizers of the loaded pipelines (spacy-lookups-data)."""
    try:
        nlp = nlp_artifacts.nlp_engine.get_nlp(lang)
        table = nlp.get_pipe("lemmatizer").table
    except (AttributeError, KeyError):
        return lambda _word: False
    if id(table) not in _vocabularies:
        _vocabularies[id(table)] = vocabulary(table, frozenset(nlp.Defaults.stop_words))
    return _vocabularies[id(table)]


def build(lang: str) -> list[DutchNameRecognizer]:
    """Dutch text relies on this model alone; in English it adds lexicon recall to spaCy's NER."""
    return [DutchNameRecognizer(lang)]
