"""The Presidio recognizer that runs every family's rules and resolves overlaps between their findings."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.special import (
    biodata,
    criminal,
    cues,
    health,
    identity,
    medical,
    origin,
    politics,
    protected,
    religion,
    typos,
)
from guardrails.special.literals import Prefilter, possible
from guardrails.special.rules import Block, Matching, block, clause, lowered

# On equal spans the type listed first wins (more specific or more sensitive reading).
PRECEDENCE: tuple[str, ...] = (
    "GENETIC",
    "SEXUAL_ORIENTATION",
    "GENDER_IDENTITY",
    "CRIMINAL_RECORD",
    "PREGNANCY",
    "ETHNIC_ORIGIN",
    "POLITICAL_OPINION",
    "TRADE_UNION",
    "RELIGION",
    "BIOMETRIC",
    "HEALTH",
    "NATIONALITY",
    "MARITAL_STATUS",
    "AGE",
)
_RANK = {kind: i for i, kind in enumerate(PRECEDENCE)}
# Pairs of types that one span can state at once: a miscarriage is pregnancy and health data, a hereditary
# syndrome genetic and health data, gender-affirming care gender identity and health data, "zijn man" written
# about a man orientation and civil status, a DNA test's ancestry share (session 26: "25% Ashkenazi ancestry")
# genetic data and ethnic origin. Overlapping findings of such a pair are both kept (redaction still makes one
# placeholder of them); any other pair is resolved by precedence.
DUAL: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in (
        ("PREGNANCY", "HEALTH"),
        ("GENETIC", "HEALTH"),
        ("GENDER_IDENTITY", "HEALTH"),
        ("SEXUAL_ORIENTATION", "MARITAL_STATUS"),
        ("GENETIC", "ETHNIC_ORIGIN"),
    )
)
_ANCHOR = regex.compile(cues.SINGULAR_ANCHOR, regex.IGNORECASE)
_PERSON = regex.compile(cues.PERSON_FRAME, regex.IGNORECASE)
_FRAMING = regex.compile(cues.PROFESSIONAL_FRAMING, regex.IGNORECASE)
_GROUP = regex.compile(cues.GENERIC_GROUP, regex.IGNORECASE)
_PLURAL = regex.compile(cues.PLURAL_GENERIC, regex.IGNORECASE)
# People named as a group are others, whoever speaks: "ik begeleidde gedetineerden", "200 zwangeren per jaar".
_OTHERS = regex.compile(
    r"(?:gedetineerden|zwangeren|zwangere\s+vrouwen|pregnant\s+women|(?:high-risk\s+)?pregnancies)$",
    regex.IGNORECASE,
)
# Types whose words are common in job titles, sectors and topics: a finding needs a person in its clause.
_NEEDS_PERSON = frozenset({"HEALTH"})
# Types whose words also name employers, clients, products and study topics (cues.ORG_FRAME).
_ORG_TYPES = frozenset(
    {
        "RELIGION",
        "POLITICAL_OPINION",
        "TRADE_UNION",
        "BIOMETRIC",
        "GENETIC",
        "PREGNANCY",
        "ETHNIC_ORIGIN",
        "SEXUAL_ORIENTATION",
        "NATIONALITY",
    }
)
_ORG_FRAME = regex.compile(cues.ORG_FRAME, regex.IGNORECASE)
_WORK_FOR = regex.compile(cues.WORK_FOR, regex.IGNORECASE)
_UNION_ROLE = regex.compile(cues.UNION_ROLE, regex.IGNORECASE)
_THING_AFTER = regex.compile(cues.THING_AFTER, regex.IGNORECASE)
_DATA_SUBJECT = regex.compile(cues.DATA_SUBJECT, regex.IGNORECASE)
_GROUNDS = regex.compile(cues.GROUNDS, regex.IGNORECASE)
_STATISTIC = regex.compile(cues.STATISTIC, regex.IGNORECASE)
# A pregnancy or health adjective on a plural group is about the group: "begeleid zwangere vrouwen".
_GROUP_TYPES = frozenset({"PREGNANCY", "HEALTH"})
# (session 23: also through a compound's head, "het aantal ADHD-diagnoses bij kinderen")
_GROUP_AFTER = regex.compile(
    r"(?:-\w+)?[\s-]+(?:(?:onder|among|amongst|bij|in)\s+(?:[\w&-]+\s+){0,2}?)?" + cues.GENERIC_GROUP,
    regex.IGNORECASE,
)
_ABOUT_ONE = regex.compile(
    # (session 26: not an organisation's or a saint's, "the company's LGBTQ+ awareness training", "St Joseph's
    # Catholic Primary School")
    r"(?:\b(?:mijn|m'n|zijn|z'n|haar|hun|jouw|my|his|her|their|your)|\ws['’]|\b(?<!\b(?:St|Saint|Sint)\.?\s)"
    r"(?!(?:company|firm|bank|organi[sz]ation|business|employer|agency|group|brand|client|school|council)['’]s)"
    r"\w+['’]s)\s+(?:\w+\s+)?$|"
    r"\b(?:i['’]m|i\s+am|ik\s+ben|he['’]s|she['’]s|hij\s+is|zij\s+is|ze\s+is)\s+(?:\w+\s+){0,2}$|"
    # session 26: a member of it ("sinds mijn eerste baan in de bouw lid van CNV Vakmensen")
    r"\b(?:lid|member)\s+(?:van|bij|of)\s+(?:de\s+|het\s+|the\s+)?$",
    regex.IGNORECASE,
)
# A person's document or trait being checked ("Indian passport verified", "a voiceprint mismatch"): data about
# the person checked, whatever product or vendor does the checking.
_CHECKED = regex.compile(
    r"\b(?:verified|verification|checked|matched|match|mismatch|flagged|confirmed|submitted|geverifieerd|"
    r"gecontroleerd|gematcht|enrol\w*|ingelezen)\b",
    regex.IGNORECASE,
)
_THIRD_PARTY = regex.compile(cues.THIRD_PARTY, regex.IGNORECASE)
_NAME_HEAD = regex.compile(cues.NAME_HEAD, regex.IGNORECASE)
# A unit named before the words: "op de afdeling Klinische Genetica", "the Department of Clinical Genetics".
_UNIT_BEFORE = regex.compile(
    r"\b(?:afdeling|department\s+of|dept\.?\s+of|vakgroep|faculteit|polikliniek|kliniek|centrum\s+voor|"
    r"centre\s+for|center\s+for|institute\s+of|instituut\s+voor|unit|ward)\s+$",
    regex.IGNORECASE,
)
# Types a name can hold without anyone's data in it; a party, union or faith in a name is its members' data.
_NAMED_TYPES = frozenset(
    {"HEALTH", "GENETIC", "GENDER_IDENTITY", "SEXUAL_ORIENTATION", "BIOMETRIC", "PREGNANCY"}
)
# One of the group oneself: "Deelnemer aan het traineeship voor jongeren met een migratieachtergrond".
_PARTICIPANT = regex.compile(
    r"\b(?:deelnemer|deelname|deelgenomen|participant|participated|took\s+part|volgde|followed|enrolled|"
    r"ingeschreven|one\s+of\s+the|een\s+van\s+de)\b",
    regex.IGNORECASE,
)
_OWN_USE = regex.compile(cues.OWN_USE, regex.IGNORECASE)
# People who use the thing in the same clause: "medewerkers klokken in via een biometrisch toegangssysteem".
_PEOPLE_USE = regex.compile(
    r"\b(?:medewerkers|werknemers|personeel|staff|employees|kandidaat|candidate|sollicitant\w*|applicants?|"
    r"bezoekers|visitors|workers)\b[^.;!?\n]{0,40}\b(?:klok\w*|clock\w*|log\w*|inlog\w*|scan\w*|check\w*)\b",
    regex.IGNORECASE,
)
_SOMEONE = regex.compile(cues.SOMEONE, regex.IGNORECASE)
_ORG_VOICE = regex.compile(cues.ORG_VOICE, regex.IGNORECASE)
_JOB_INTRO = regex.compile(cues.JOB_INTRO, regex.IGNORECASE)
_WORK_VERB = regex.compile(cues.WORK_VERB, regex.IGNORECASE)
_OWN_STATE = regex.compile(cues.OWN_STATE, regex.IGNORECASE)
_SENTENCE_BREAK = regex.compile(r"[.!?\n]")
# An opening quote with no closing one before the words, and the closing one after them.
_QUOTE_OPEN = regex.compile(r"(?:(?<![\w])['‘\"“])[^'’\"”\n]*$")
_QUOTE_CLOSE = regex.compile(r"[^'‘’\"“”\n]*?['’\"”](?![\w])")
_TITLE_BEFORE = regex.compile(cues.TITLE_BEFORE, regex.IGNORECASE)
_TITLE_AFTER = regex.compile(cues.TITLE_AFTER, regex.IGNORECASE)
# Working for a faith, a union or a party is belonging to it: no job makes those words someone else's.
_AFFILIATIONS = frozenset({"RELIGION", "TRADE_UNION", "POLITICAL_OPINION"})
_JOB_AD = regex.compile(cues.JOB_AD, regex.IGNORECASE)
_EMPLOYER_DEMANDS = frozenset({"AGE", "PREGNANCY", "MARITAL_STATUS", "NATIONALITY"})
_MAX_GAP = 10
_GAP_BREAK = regex.compile(r"[.!?;:,()\n]")
# session 26: a short form right before the brackets that spell it out ("ze heeft FH (familiaire
# hypercholesterolemie)", "noemde zichzelf pan (panseksueel)"): the same mention (_short_forms).
_SHORT_FORM = regex.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,5}|[a-z]{2,5})\s*\(\s*((?:[\w-]+\s+)?)$")
_CLOSING = regex.compile(r"\s*\)")


def _rule_sets(lang: str) -> tuple[list[Matching], list[Block]]:
    rules: list[Matching] = []
    for table in (
        health.RULES,
        medical.RULES,
        religion.RULES,
        origin.RULES,
        origin.NAT_RULES,
        politics.RULES,
        politics.UNION_RULES,
        identity.SO_RULES,
        identity.GI_RULES,
        biodata.BIO_RULES,
        biodata.GEN_RULES,
        criminal.RULES,
        protected.AGE_RULES,
        protected.PREG_RULES,
        protected.MAR_RULES,
        typos.RULES,
    ):
        rules.extend(table[lang])
    blocks: list[Block] = []
    for module in (health, religion, origin, politics, biodata, criminal, identity, protected):
        blocks.extend(module.BLOCKS[lang])
    return rules, blocks


@dataclass(frozen=True)
class RuleSet:
    """Every rule and look-alike block, and the prefilter that tells which of them can match a text."""

    rules: tuple[Matching, ...]
    blocks: tuple[Block, ...]
    prefilter: Prefilter


@cache
def rule_set() -> RuleSet:
    """Rules of both languages: mixed and mis-detected texts are common (see the package docstring)."""
    rules: list[Matching] = []
    blocks: list[Block] = [
        block(PRECEDENCE, pattern)
        for pattern in (
            cues.ENUMERATION,
            cues.FIELDS,
            cues.NOT_TO_WEIGH,
            cues.SHARE_OF_GROUP,
            cues.ASKING_IN_GENERAL,
            cues.FORM_BLANK,
        )
    ]
    blocks += [block("AGE", cues.PENSION_AGE), block("MARITAL_STATUS", cues.SURVIVOR_PENSION)]
    for lang in ("nl", "en"):
        r, b = _rule_sets(lang)
        rules.extend(r)
        blocks.extend(b)
    return RuleSet(tuple(rules), tuple(blocks), Prefilter(x.need for x in (*rules, *blocks)))


class SpecialCategoryRecognizer(EntityRecognizer):
    """All special-category and protected types for one Presidio language."""

    def __init__(self, language: str) -> None:
        self.rule_set = rule_set()
        super().__init__(
            supported_entities=list(PRECEDENCE),
            name=f"SpecialCategoryRecognizer_{language}",
            supported_language=language,
            version="1.0",
        )

    def load(self) -> None:  # rules are compiled at import time
        pass

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        wanted = set(entities) if entities else set(PRECEDENCE)
        found = find(text, self.rule_set, wanted)
        return [
            RecognizerResult(
                kind,
                start,
                end,
                score,
                analysis_explanation=AnalysisExplanation(
                    recognizer=self.name,
                    original_score=score,
                    textual_explanation=f"special-category rule: {kind}",
                ),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for kind, start, end, score in found
        ]


def find(text: str, rule_set: RuleSet, wanted: set[str]) -> list[tuple[str, int, int, float]]:
    """Run the rules, drop look-alikes, merge same-type overlaps and resolve cross-type containment."""
    low = lowered(text)
    present = rule_set.prefilter.present(low)
    block_spans: dict[str, list[tuple[int, int]]] = {}
    for b in rule_set.blocks:
        if not possible(b.need, present):
            continue
        spans = b.spans(text, low)
        if spans:
            for kind in b.entities:
                block_spans.setdefault(kind, []).extend(spans)
    raw: list[tuple[str, int, int, float]] = []
    voice: list[tuple[int, int]] | None = None  # worked out at the first candidate: most texts have none
    job_ad = bool(_JOB_AD.match(text))
    for r in rule_set.rules:
        kinds = [
            k for k in (r.entity, *r.also) if k in wanted and not (job_ad and k not in _EMPLOYER_DEMANDS)
        ]
        if not kinds or not possible(r.need, present):
            continue
        for start, end in r.spans(text, low):
            ctx = clause(text, start, end, 120)
            if _figures(ctx) or (r.entity != "NATIONALITY" and _generic(text, start, end, ctx)):
                continue
            if _GROUNDS.search(clause(text, start, start, 220, before_only=True)):
                continue
            if r.entity in _GROUP_TYPES and _GROUP_AFTER.match(text, end):
                continue
            if r.entity in _NEEDS_PERSON and not _PERSON.search(clause(text, start, end, 120)):
                continue
            if _about_others(text, start, end) or (r.entity in _NAMED_TYPES and _in_a_name(text, start, end)):
                continue
            if r.entity in _ORG_TYPES and _names_an_organisation(text, start, end, r.entity):
                continue
            if r.entity not in _AFFILIATIONS and _at_work(text, start, end):
                continue
            if _titled(text, start, end):
                continue
            # an age requirement in an employer's own words ("wij zoeken een jong team") steers hiring
            if r.entity != "AGE":
                voice = _organisation_voice(text) if voice is None else voice
                if any(e < start - 1 or end < s for s, e in voice):
                    continue
            for kind in kinds:
                if not any(s < end and start < e for s, e in block_spans.get(kind, ())):
                    raw.append((kind, start, end, r.score))
    return _resolve(_merge(raw + _short_forms(text, raw), text))


def _short_forms(text: str, found: list[tuple[str, int, int, float]]) -> list[tuple[str, int, int, float]]:
    """A finding that fills the rest of a bracket also names the short form before it, when that form is an
    abbreviation with the same first letter ("FH (familiaire hypercholesterolemie)") or a clipped word
    ("pan (panseksueel)")."""
    out = []
    for kind, start, end, score in found:
        m = _SHORT_FORM.search(text, max(0, start - 40), start)
        if not m or not _CLOSING.match(text, end):
            continue
        short, spelt = m.group(1), (m.group(2) or text[start:end]).lower()
        if short[0].lower() == spelt[0] and (short.isupper() or spelt.startswith(short)) and short != spelt:
            out.append((kind, m.start(1), m.end(1), score))
    return out


def _figures(ctx: str) -> bool:
    """Figures about a population with no one person in the clause `ctx`: "62% of applicants were EU
    nationals"."""
    return bool(_STATISTIC.search(ctx)) and not _ANCHOR.search(ctx)


def _generic(text: str, start: int, end: int, ctx: str) -> bool:
    """Generic or professional text about groups, with no one person in the clause `ctx` (see cues.py)."""
    if _OTHERS.search(text, start, end):
        return True
    if _ANCHOR.search(ctx):
        return False
    if _PLURAL.search(text, start, end):
        return True
    return bool(_FRAMING.search(ctx) and _GROUP.search(ctx))


def _about_others(text: str, start: int, end: int) -> bool:
    """A group of other people right before the words, with no one person after it: "begeleidde werkzoekenden
    met een migratieachtergrond", "supporting colleagues going through IVF", "residents aged 75 to 101"; not
    when the person is one of them (a participant in a programme for the group)."""
    before = clause(text, start, start, 60, before_only=True)
    context = before + text[start:end]  # the connector may be part of the words ("going through IVF")
    groups = [m for m in _THIRD_PARTY.finditer(context) if m.start() < len(before)]
    if not groups or _PARTICIPANT.search(before, 0, groups[-1].start()):
        return False
    return not _ANCHOR.search(before, groups[-1].end())


def _in_a_name(text: str, start: int, end: int) -> bool:
    """The words begin a name in capitals that ends in an organisation, job or subject head (cues.NAME_HEAD),
    and nobody is said to use it (cues.OWN_USE)."""
    last = text.rfind(" ", start, end) + 1 or start  # the head may be the words' own last word
    if not text[start].isupper():
        return False
    named = _NAME_HEAD.match(text, end) or _NAME_HEAD.match(text, last)
    if not (named or _UNIT_BEFORE.search(text, max(0, start - 40), start)):
        return False
    return not _OWN_USE.search(clause(text, start, start, 60, before_only=True))


def _at_work(text: str, start: int, end: int) -> bool:
    """A job named before the words in their sentence, with a verb of that work in it and nobody's own state
    (cues.JOB_INTRO): "Als immigratieadvocaat begeleid ik kennismigranten bij hun verblijfsvergunning"."""
    before = _SENTENCE_BREAK.split(text[:start])[-1]
    job = _JOB_INTRO.search(before)
    if not job:
        return False
    after = _SENTENCE_BREAK.split(text[start:])[0]
    # the verb is not the job's own name ("organiser")
    work = _WORK_VERB.search(before[: job.start()] + " " + before[job.end() :] + after)
    return bool(work) and not _OWN_STATE.search(before + after)


def _titled(text: str, start: int, end: int) -> bool:
    """The words inside quotes that name a title (cues.TITLE_BEFORE, cues.TITLE_AFTER): "de campagne
    'Generatie Z'", "the 'Married at First Sight' format"."""
    opening = _QUOTE_OPEN.search(text, max(0, start - 60), start)
    if not opening:
        return False
    closing = _QUOTE_CLOSE.search(text, end, end + 60)
    if not closing:
        return False
    return bool(
        _TITLE_BEFORE.search(text[max(0, opening.start() - 40) : opening.start()])
        or _TITLE_AFTER.match(text, closing.end())
    )


def _organisation_voice(text: str) -> list[tuple[int, int]]:
    """Where a business speaks about itself in a text with nobody in view (cues.ORG_VOICE); a voice cue on
    the mention itself ("onze vingerafdruk") does not count (find)."""
    if _SOMEONE.search(text):
        return []
    return [m.span() for m in _ORG_VOICE.finditer(text)]


def _names_an_organisation(text: str, start: int, end: int, kind: str) -> bool:
    """An employer, client, product, topic or policy frame around the words, with no possessive next to them
    and no person whose data it is after them. Working for a union as its organiser stays union data."""
    before = clause(text, start, start, 70, before_only=True)
    employer = _WORK_FOR.search(before) and not (kind == "TRADE_UNION" and _UNION_ROLE.search(before))
    if not (employer or _ORG_FRAME.search(before) or _THING_AFTER.match(text, end)):
        return False
    return not (
        _ABOUT_ONE.search(before)
        or _PEOPLE_USE.search(before)
        or _DATA_SUBJECT.search(text, end, end + 60)
        or _CHECKED.search(text, start, end + 25)
    )


def _merge(found: list[tuple[str, int, int, float]], text: str) -> list[tuple[str, int, int, float]]:
    """Findings of one type that overlap or are a few words apart in one clause ("diagnosed with" + "ADHD")
    become one finding over their union, with the highest score: one placeholder, one statement."""
    out: list[tuple[str, int, int, float]] = []
    for kind, start, end, score in sorted(found, key=lambda f: (f[0], f[1], -f[2])):
        if (
            out
            and out[-1][0] == kind
            and start - out[-1][2] <= _MAX_GAP
            and not _GAP_BREAK.search(text, min(out[-1][2], start), start)
        ):
            k, s, e, sc = out[-1]
            out[-1] = (k, s, max(e, end), max(sc, score))
        else:
            out.append((kind, start, end, score))
    return out


def _resolve(found: list[tuple[str, int, int, float]]) -> list[tuple[str, int, int, float]]:
    """Across types: a finding inside one of a higher-precedence type is dropped ("Nederlander" inside
    "Marokkaanse Nederlander"), unless the two form a DUAL pair; the specific inner finding survives a
    generic container."""
    kept = []
    for f in found:
        kind, start, end, _ = f
        beaten = any(
            g is not f
            and g[0] != kind
            and g[1] <= start
            and end <= g[2]
            and _RANK[g[0]] < _RANK[kind]
            and frozenset((g[0], kind)) not in DUAL
            for g in found
        )
        if not beaten:
            kept.append(f)
    return sorted(kept, key=lambda f: (f[1], f[2], f[0]))
