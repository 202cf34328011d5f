"""HEALTH (and GENETIC) by word formation, for conditions and medicines no lexicon lists.

Medical vocabulary is open-ended but regular: diseases end in Greek/Latin suffixes (-itis, -ose/-osis,
-pathie/-pathy, -algie/-algia, -emie/-emia, -plegie, -oom/-oma after a tissue root), generic drug names in
fixed stems (-pril, -olol, -sartan, -azepam, -mab, -statine, -prazol, -formine, -oxetine, -apine, ...), and
named conditions are eponyms ("X-syndroom", "ziekte van X", "X syndrome", "X's disease"). Everyday words
with the same endings ("diagnose", "glucose", "sympathie", "nostalgie", "academie", "diploma", "April") are
excluded by name. Suffix-only matches need a person in the clause (ik, hij, heeft, has, my, ...): a bare
term in a topic list is more often a subject than a disclosure. Eponymous syndromes with a genetic cue in the
clause (DNA, chromosome, erfelijk, mutation) are GENETIC as well as HEALTH.
"""

from __future__ import annotations

from guardrails.special.cues import THIRD_PARTY, TRADE
from guardrails.special.rules import Rule, rule

E = "HEALTH"
GEN = "GENETIC"

# Everyday words that share a disease or drug ending ("diagnose", "sympathy", "nostalgia", "academy").
_NOT_DISEASE = (
    r"(?!(?:diagnos|prognos|glucos|lactos|fructos|sucros|dextros|cellulos|hypnos|osmos|symbios|metamorfos|"
    r"metamorphos|apotheos|narcos|verbos|grandios|moros|choos|\w*clos|\w*pos|\w*hose|primros|tuberos|"
    r"montros|ambros|jocos|bellicos|otios|lachrymos|sympath|empath|antipath|"
    r"telepath|homeopath|osteopath|naturopath|nostalg|academ|akadem|alchem|bohem|pandem|epidem|endem|"
    r"adrenal|noradrenal)\w*\b)"
)
_DISEASE_SUFFIX = (
    r"\w{3,}(?:itis|ose|oses|osis|pathie|pathy|pathies|algie|algia|emie|a?emia|plegie|plegia|plegic|"
    r"trofie|trophy|emesis|penie|penia)"
)
_TUMOUR = (
    r"\w*(?:carcin|sarc|melan|lymf|lymph|gli|aden|fibr|my|lip|neur|angi|meningi|blast|hepat)(?:oom|oma)s?"
)
_DRUG_STEM = (
    r"\w{3,}(?:pril|olol|sartan|azepam|zolam|mab|statine?|prazole?|formine?|oxetine?|triptan|cilline?|"
    r"mycine?|cycline?|dronaat|dronate|tidine|dipine|lukast|apine|idone|profen|coxib|tinib|thyroxine?|"
    r"fenidaat|phenidate|amfetamine?|amphetamine|olone|isone|asone|opram|aline|afaxine|"
    r"floxacin|oxacine|codone?)"
)
# Someone in the clause: the text is about a person, not a topic list or a job description.
_SOMEONE = (
    r"\b(?:ik|mij|me|mijn|m'n|hij|hem|zijn|zij|ze|haar|kandidaat|kandidate|I|I'm|I've|my|he|him|his|she|"
    r"her|candidate|applicant)\b"
)
# For a condition or drug name, the verbs of having and taking also tie it to a person.
_PERSON = (
    _SOMEONE + r"|\b(?:heb|heeft|had|hebben|kreeg|krijgt|slik\w*|gebruik\w*|has|have|takes?|taking|took|"
    r"diagnosed|diagnose|suffers?|suffering|lijdt)\b"
)
_MORPH = r"(?<![\w-])(?:\w+-)*" + _NOT_DISEASE + r"(?:" + _DISEASE_SUFFIX + "|" + _TUMOUR + r")(?![\w-])"
_DRUG = r"(?<![\w-])" + _NOT_DISEASE + _DRUG_STEM + r"(?![\w-])"
# Eponyms: capitalised names before syndrome/disease/disorder (not a determiner at sentence start), or
# Dutch "syndroom/ziekte van X" ("X-syndroom" is a compound health.py already matches).
_EPONYM = (
    r"(?<![\w-])(?!(?:The|A|An|This|That|His|Her|My|Their|Our|Its|No|Any)\s)(?:[A-Z][\w'’]*[\s-]){1,3}"
    r"(?:[Ss]yndrome|[Dd]isease|[Dd]isorder)(?![\w-])|(?<![\w-])(?:[Hh]et\s+)?(?:syndroom|ziekte) van "
    r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?![\w-])"
)
_GENETIC_CUE = (
    r"\b(?:DNA|gen|genen|genes?|genetic\w*|genetisch\w*|genoom|genome|genomic|chromos\w+|erfelijk\w*|"
    r"hereditary|inherited|mutati\w*|drager|draagster|carrier|sequencing|trisomie|trisomy)\b"
)
# Devices and aids that disclose a condition.
_DEVICES = (
    r"(?<![\w-])(?:glucose[\s-]?(?:monitor|sensor|meter)s?|glucosesensor\w*|insulin(?:e)?[\s-]?pomp\w*|"
    r"insulin pumps?|CGM|inhal(?:er|ator)s?|puffers?|EpiPen|epipen|cochle(?:ar|air) implant\w*|"
    r"blindengeleidehond|geleidehond|hulphond|stoma(?:zakje)?|steunkousen|TENS-apparaat|"
    r"orthopedische (?:schoenen|zolen)|CPAP(?:-apparaat)?)(?![\w-])"
)
# Ways of telling: "heeft last van zijn knie", "herstellende van", "recovering from", "suffers from".
_TELLING = (
    r"(?<![\w-])(?:(?:heb|heeft|had|hebben|hadden)\s+(?:\w+\s+){0,2}?last\s+van\s+(?:mijn|m'n|zijn|haar)\s+\w+|"
    r"(?:herstellende|aan het herstellen|hersteld)\s+van\s+(?:een|de|het|mijn|zijn|haar)\s+\w+|"
    r"(?:recovering|recovered|still recovering)\s+from\s+(?:a|an|my|his|her)\s+\w+|"
    r"(?:suffers?|suffered|suffering)\s+from\s+\w+|lijdt\s+aan\s+\w+|"
    r"signed\s+off\s+(?:work|with\s+\w+|for\s+\w+\s+weeks?)|"
    r"(?:on|op)\s+(?:sick\s+leave|ziekteverlof)|(?:zit|zat|zitten)\s+(?:\w+\s+){0,2}?ziek\s+thuis|"
    r"(?:on|taking|takes|started|began|starting)\s+(?:testosterone|oestrogen|estrogen|hormones|HRT|"
    r"hormone therapy|hormone replacement)|(?:begonnen|begint|start|gestart)\s+met\s+(?:de\s+)?"
    r"(?:hormoonbehandeling|hormonen|testosteron|oestrogeen))(?![\w-])"
)
_NOT_TOPIC = THIRD_PARTY + "|" + TRADE

# Both languages' recognizers run every rule (see the package docstring): these are listed once.
RULES: dict[str, list[Rule]] = {
    "nl": [
        rule(E, _MORPH, 0.75, near=_PERSON, unless=_NOT_TOPIC, window=60),
        rule(E, _DRUG, 0.75, near=_PERSON, unless=_NOT_TOPIC, window=60),
        rule(E, _EPONYM, 0.8, case=True, unless=_NOT_TOPIC, window=60),
        rule(GEN, _EPONYM, 0.8, case=True, near=_GENETIC_CUE, unless=_NOT_TOPIC, window=80, also=(E,)),
        rule(E, _DEVICES, 0.75, case=True, unless=_NOT_TOPIC, before_only=True, window=60),
        rule(E, _TELLING, 0.7, near=_SOMEONE, window=60),
    ],
    "en": [],
}
