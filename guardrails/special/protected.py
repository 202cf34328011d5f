"""Protected characteristics (Dutch AWGB): AGE, PREGNANCY, MARITAL_STATUS (NATIONALITY is in origin.py).

AGE covers a person's age ("42 jaar", "age 58", "in his fifties", "Jan (47)") and age-biased requirements
("jong en dynamisch", "max. 30 jaar", "digital native"); years of experience, company age and durations are
not ages. A birth date is DATE_OF_BIRTH, which the PII recognizers own. PREGNANCY includes leave, due dates,
breastfeeding and the wish for a child; "expecting a reply" is not. MARITAL_STATUS covers civil status and
spouses; "gescheiden afval", "comma-separated", "engaged employees" and "married to the idea" are not.
"""

from __future__ import annotations

from guardrails.special.cues import TECH_TERMS, THINGS
from guardrails.special.names import FEMALE, MALE
from guardrails.special.rules import Rule, block, compound, rule, words

AGE = "AGE"
PREG = "PREGNANCY"
MAR = "MARITAL_STATUS"

_NUM_NL = r"(?:1[5-9]|[2-9]\d)"
_WORDNUM_NL = (
    r"(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?(?:twintig|dertig|veertig|vijftig|zestig|"
    r"zeventig|tachtig)"
)
_THINGS = (
    r"het|dit|dat|systeem|applicatie|bedrijf|gebouw|pand|auto|huis|machine|software|product|merk|"
    r"organisatie|onderneming|contract|project|pc|laptop|server|platform|code|codebase|huurcontract|"
    r"vacature|it|this|that|system|application|company|firm|building|car|house|product|brand|"
    r"organi[sz]ation|business|laptop|site|plant|factory|team|role|job|position|salary|budget|price|score|"
    r"rate|number|total"
)
# The subject right before the verb is a thing, not a person: "het systeem is 15 jaar oud".
_NOT_THING_SUBJECT = (
    r"(?<!\b(?:" + _THINGS + r")\s+(?:(?:is|was|are|were|zijn|wordt|werd|bestaat(?: al)?)\s+)?)"
)
# A thing earlier in the clause: "het systeem dat we beheerden was 25 jaar oud".
_THING_IN_CLAUSE = (
    r"\b\w*(?:systeem|applicatie|software|codebase|gebouw|pand|machine|platform|server|auto|system|application|"
    r"building|car|\w*bedrijf|onderneming|organisatie|company|firm|business)\b"
)
_NUM_EN = r"(?:1[5-9]|[2-9]\d)"
_WORDNUM_EN = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:-(?:one|two|three|four|five|six|seven|eight|"
    r"nine))?"
)
# Units and counts after a number: not an age, in either language (the rules of both run on every text).
_NOT_AGE_AFTER = (
    r"(?![/:.,]\d)(?!\s*%)(?!\s*(?:jaar\s+|years?\s+|-)?(?:ervaring|werkervaring|in dienst|bij|geleden|lang|"
    r"werkzaam|actief|procent|uur|uren|euro|medewerkers|werknemers|klanten|keer|km|kilometer|minuten|"
    r"dagen|weken|maanden|projecten|vestigingen|landen|talen|man sterk|mensen|personen|fte|ervaringsjaren|"
    r"op rij|of|in|at|experience|ago|percent|hours|minutes|people|employees|staff|times|miles|euros?|"
    r"dollars|pounds|k\b|m\b|clients|customers|projects|countries|languages|products|stores|locations|"
    r"sites|cities|team members|engineers|developers|markets|brands|users|million|billion|days|weeks|"
    r"months|feet|ft|kg|cm|per|lid|member|getrouwd|married|samen|together|seconden|seconds|sec|ms|tekens|"
    r"characters|woorden|words|pagina\w*|pages|regels|lines|rows|records|\w+['’]er)\b)"
    # (a plural noun, "41 projects"; not an adverb in -s, "Ik ben 41 trouwens")
    # (session 24: a date, "the party is 19 Dec", "deadline is 21 maart")
    r"(?!\s*(?:(?:jan|feb|febr|mrt|mar|apr|mei|may|jun|jul|aug|sep|sept|okt|oct|nov|dec)\b|(?:januari|january|"
    r"februari|february|maart|march|april|juni|june|juli|july|augustus|august|september|oktober|october|november|"
    r"december)\b))"
    r"(?!\s+(?!years\b|yrs\b|olds\b|trouwens\b|overigens\b|eens\b|dus\b)[a-z]{3,}s\b)"
)

_YEAR = r"(?:19[3-9]\d|20[01]\d|'\d\d)"
# A birth year or an approximate age: "geboortejaar 1967", "born in '78", "een jaar of zestig", "net 23,".
_AGE_INDIRECT = (
    r"(?<![\w-])(?:(?:geboortejaar|year of birth|birth year|born|geboren)\s*(?::|in|op|uit)?\s*"
    r"(?:\d{1,2}\s+\w+\s+)?"
    + _YEAR
    + r"|een jaar of\s+(?:"
    + _WORDNUM_NL
    + r"|[2-8]\d)|(?:zo'n|ongeveer|circa|ca\.)\s+(?:"
    + _WORDNUM_NL
    + r"|[2-8]\d)\s+jaar(?:\s+oud)?(?!\s+(?:ervaring|werkervaring|geleden|in dienst|bij|lang|werkzaam|actief|"
    r"gewerkt|actief))|(?:net|pas|amper|nog maar|only|just|barely)\s+(?:1[6-9]|[2-7]\d)"
    # (session 23: also with a hedge after it, "net 19 geloof ik")
    r"(?=\s*(?:[,;!)]|\.(?:\s|$)|jaar\b|years?\b(?!\s+(?:of|ervaring|experience|ago|geleden))|geloof\s+ik|denk\s+ik|"
    # (session 26: an age at a past moment, "barely 24 at the time")
    r"ofzo|of\s+zo|i\s+think|i\s+believe|or\s+so|at\s+the\s+time\b|toen\b|destijds\b))|"
    r"(?:over|under|plus)-?[2-7]0s|[4-7]0\+(?:ers)?|[4-7]0-plus(?:sers?)?|(?:begin|midden|half|eind|late|early|"
    r"mid)[\s-](?:twintigers|dertigers|veertigers|vijftigers|zestigers))(?![\w-])"
)

# "a young and dynamic company": the firm's age, not an age requirement.
_NOT_FIRM = r"(?!\s+(?:company|business|firm|agency|start-?up|scale-?up|organi[sz]ation|brand))"

AGE_RULES: dict[str, list[Rule]] = {
    "nl": [
        # an age to come or a birth year in shorthand: "ze wordt in mei 63", "geb. '79", "a few years off
        # retirement"
        rule(
            AGE,
            r"\b(?:wordt|werd|turns|turned|turning)\s+(?:in\s+\w+\s+|volgende\s+\w+\s+|next\s+\w+\s+|this\s+\w+\s+|"
            r"dit\s+jaar\s+)?[1-9]\d\b(?!\s*(?:%|procent|euro|mensen|people|fte|man|medewerkers|leden|members|"
            r"teams?|jaar\s+in\s+dienst|uur|hours))|\bgeb(?:\.|oren)\s+(?:in\s+)?'\d{2}\b|"
            r"\b(?:a\s+few|a\s+couple\s+of|\d+|two|three|four|five)\s+years?\s+(?:off|from|away\s+from|short\s+of)\s+"
            r"(?:retirement|retiring|(?:her|his|their)\s+pension)\b"
            # session 23: a pension in sight ("met mijn pensioen in zicht", "tegen zijn pensioen aan",
            # "nearing retirement")
            r"|\b(?:met\s+)?(?:mijn|zijn|haar|m'n|z'n)\s+pensioen\s+in\s+(?:zicht|aantocht)\b|\b(?:tegen|richting)\s+"
            r"(?:mijn|zijn|haar|m'n|z'n|het)\s+pensioen\s+aan\b|\bbijna\s+met\s+pensioen\b|\b(?:close\s+to|nearing|"
            r"approaching|within\s+sight\s+of)\s+(?:my\s+|his\s+|her\s+)?retirement\b",
            0.8,
            near=r"\b(?:ze|zij|hij|ik|she|he|i|they|kandidaat|candidate|cand|geb|born|mijn|zijn|haar|my|his|her|guy|man|"
            r"woman|lady|bloke|gast|vent|dame|heer)\b",
        ),
        # session 23: a decade of life as what one is ("Als roze vijftiger", "ik ben een vijftiger")
        rule(
            AGE,
            r"\b(?:als|ben|is|as\s+a)\s+(?:(?:een|a)\s+)?(?:\w+\s+)?(?:twintiger|dertiger|veertiger|vijftiger|zestiger|"
            r"zeventiger)\b",
            0.75,
        ),
        # session 23: older or younger than the usual intake ("a bit older than your typical grad", "jonger
        # dan de gemiddelde starter")
        rule(
            AGE,
            r"\b(?:older|younger|ouder|jonger)\s+(?:than|dan)\s+(?:the|your|a|an|most|de|een|jullie|de\s+meeste)\s+"
            r"(?:(?:typical|average|usual|normal|standard|gemiddelde|typische|doorsnee|gewone)\s+)?(?:grad(?:uate)?s?|"
            r"students?|trainees?|starters?|interns?|apprentices?|candidates?|applicants?|hires?|afgestudeerden?|"
            r"stagiairs?|kandidaten|kandidaat|sollicitanten|sollicitant|studenten|student)\b",
            0.8,
            near=r"\b(?:i|i'm|i\s+am|he|she|he's|she's|ik|ben|hij|zij|ze|kandidaat|candidate)\b",
        ),
        # ages said another way: "met mijn 61 lentes", "not even 25", "turns 64 in May", "a graduate of 23
        # years", "a mature-age apprentice", "a bit long in the tooth"
        rule(
            AGE,
            words(
                r"(?:mijn|zijn|haar|met)\s+(?:\w+\s+)?\d{2}\s+(?:lentes|voorjaren)",
                r"(?:she['’]s|he['’]s|i['’]m|is|am|ben)\s+(?:not\s+even|barely|only\s+just|nog\s+geen|amper|pas)\s+"
                + _NUM_EN
                + r"(?!\s*(?:%|euro|k\b|min|uur|hours|jobs|procent|percent))",
                r"(?<!\b(?:company|firm|business|brand|organi[sz]ation|bedrijf|school|club|agency|shop|store)\s)"
                r"(?:turns|turning|turned)\s+" + _NUM_EN + r"\s+(?:in|on|next|this|last)\b",
                # session 26: "I only turn 18 in September"
                r"(?:i|you|we)\s+(?:only\s+|just\s+|don't\s+|won't\s+)?turn\s+"
                + _NUM_EN
                + r"\s+(?:in|on|next|this|until)\b",
                r"(?:graduate|man|woman|lady|boy|girl|person|candidate|applicant|mother|father)\s+of\s+"
                + _NUM_EN
                + r"\s+years(?!\s+(?:experience|standing|service|of))",
                r"mature[\s-]age(?:d)?\s+(?:apprentice|student|learner|candidate|entrant|graduate)",
                r"long\s+in\s+the\s+tooth",
            ),
            0.8,
        ),
        # an age after a given name in a note ("Intake telefonisch, Dennis, 42."), the oldest at an age
        rule(
            AGE,
            # the number first, then the look back: tried only where a number stands
            r"\b(?:1[6-9]|[2-8]\d)(?<=\b(?:" + MALE + "|" + FEMALE + r"),\s\d\d)(?=[.,;)](?:\s|$))"
            r"|\b(?:1[6-9]|[2-9]\d)\b(?<=\b(?i:oldest|youngest|eldest|oudste|jongste)\b[^.!?\n]{0,30}\b(?i:at|met|op)\s\d\d)",
            0.75,
            case=True,
        ),
        # an age said another way: "iemand van bouwjaar 1966", "de kandidaat is zeventien", "drie jaar voor
        # mijn AOW", "I'll be 66 in June", "my 40th is next month", "he's mid-40s", "left school in 1979",
        # "im 39"
        rule(
            AGE,
            r"\b(?:iemand|kandidaat|sollicitant|ik\s+ben|hij\s+is|zij\s+is|ze\s+is)\s+(?:\w+\s+)?(?:van\s+)?"
            r"bouwjaar\s+(?:19|20)?\d\d\b"
            r"|\b(?:ik\s+ben|ben\s+ik|hij\s+is|zij\s+is|ze\s+is|kandidaat\s+is|word\s+ik|wordt\s+(?:hij|zij|ze))\s+"
            r"(?:net\s+|pas\s+|bijna\s+)?(?:zestien|zeventien|"
            r"achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|(?:een|twee|drie|vier|vijf|zes|"
            r"zeven|acht|negen)(?:en|ën)(?:twintig|dertig|veertig|vijftig|zestig))\b(?!\s+(?:procent|minuten|uur|euro|"
            r"kandidaten|mensen|jaar\s+(?!oud\b)))"
            r"|\b(?:\w+\s+)?(?:jaar|maanden|years?|months?)\s+(?:voor|tot|before|from)\s+(?:mijn|zijn|haar|my|his|"
            r"her)\s+(?:AOW|pensioen|state\s+pension|pension)\b"
            r"|\b(?:i'll|i\s+will|he'll|she'll|he\s+will|she\s+will)\s+be\s+\d{2}\b(?!\s*(?:%|minutes|mins|hours|"
            r"k\b|min\b))"
            r"|\b(?:my|his|her|mijn|zijn|haar)\s+(?:\d{2}(?:th|st|nd|rd|ste|e)|thirtieth|fortieth|fiftieth|"
            r"sixtieth)\s+(?:birthday|verjaardag|is\s+(?:next|coming|on|in)|(?:komt|is)\s+(?:eraan|volgende|"
            r"binnenkort|in))\b"
            r"|\b(?:he's|she's|i'm|im|he\s+is|she\s+is|i\s+am)\s+(?:in\s+(?:his|her|my)\s+)?(?:early|mid|late)"
            r"[- ]?(?:\d0s|twenties|thirties|forties|fifties|sixties)\b"
            r"|\b(?:left|finished)\s+school\s+in\s+(?:19|20)\d\d\b"
            r"|\b(?-i:im)\s+\d{2}\b(?!\s*(?:%|k\b|min|hours|uur))"
            r"|\b(?:midden|begin|eind|halverwege\s+de)\s+(?:de\s+)?(?:[2-7]0|twintig|dertig|veertig|vijftig|zestig|"
            r"zeventig)(?:er)?\b(?!\s*(?:uur|procent|%|euro|minuten))"
            r"|\bat\s+(?:twenty|thirty|forty|fifty|sixty|seventy)(?:-\w+)?\b(?=\s+(?:i|I|and|,))"
            # "Abraham gezien" (turned 50), drawing a state pension, "met bijna 60", "At 58 and", an age band,
            # "he's only 19", "Black British, mid-40s, career changer"
            r"|\b(?:abraham|sarah?)\s+(?:gezien|zien|zag|ziet)\b"
            # (session 26: also topped up, "wants 3 days a week to top up his state pension")
            r"|\b(?:drawing|draw|receive|receiving|get|getting|on|top\s+up|topping\s+up|supplement\w*)\s+"
            r"(?:my|his|her|the)\s+state\s+pension\b"
            r"|\b(?:ontvang|krijg)\w*\s+(?:\w+\s+){0,3}?(?:mijn\s+|zijn\s+|haar\s+)?aow\b|\baow'?er\b"
            r"|\bqualify\s+for\s+(?:my|his|her|the)\s+(?:state\s+)?pension\b"
            r"|\bmet\s+(?:bijna|ruim|net|pas|al)\s+\d{2}(?:\s+jaar)?\b(?!\s+(?:jaar\s+)?(?:\w+\s+)?(?:ervaring|"
            r"werkervaring|dienst|in\s+de|bij|als))"
            r"|\bop\s+(?:mijn|zijn|haar)\s+\d{2}(?:e|ste)\b"
            r"|(?:^|[.!?–-]\s+|:\s+)at\s+\d{2}(?=\s*(?:,|and\b|i\b|i'm\b|i've\b))"
            r"|\bage\s*(?:band|range|group|bracket)\s*[:=]\s*\d{2}\s*[–-]\s*\d{2}\b"
            r"|\b(?:he's|she's|i'm|im|he\s+is|she\s+is|hes|shes)\s+(?:only|just|barely|nearly|almost|already)\s+\d{2}\b"
            r"(?!\s*(?:%|minutes|mins|hours|weeks?|wks?|months?))"
            r"|(?<=[,;(]\s)(?:early|mid|late)[- ]?(?:\d0s|twenties|thirties|forties|fifties|sixties)"
            r"(?=\s*[,;).]|$)"
            r"|(?:^|:\s+)\d{2}\s+jaar(?=\s*,)",
            0.75,
        ),
        # a year next to a birth cue: "DOB discrepancy – application states 1991, passport shows 1989"
        rule(
            AGE,
            r"\b(?:19[3-9]\d|200\d)\b",
            0.7,
            near=r"\b(?:DOB|date\s+of\s+birth|geboortedatum|geboortejaar|birth\s*year|born|geboren)\b",
            window=60,
        ),
        # an age opening a note, followed by what the person did: "21, did 8 months ...", "64, had a bypass"
        rule(
            AGE,
            r"(?:^|(?<=\n))\s*\d{2}(?=,\s+(?:did|had|has|is|was|wants|lives|married|single|divorced|former|"
            r"heeft|had|is|was|wil|woont|getrouwd|gescheiden|oud-)\b)",
            0.75,
        ),
        # an age as a predicate in chat ("she's like 55 ofzo"), a starter "van 23", turning an age
        rule(
            "AGE",
            r"\b(?:she|he|ze|zij|hij)(?:'s|\s+is)\s+(?:like\s+|about\s+|around\s+|ongeveer\s+|rond\s+|pas\s+|net\s+|"
            r"maar\s+)?(?:1[6-9]|[2-7]\d)\b(?!\s*(?:%|:|[.,]\d|jaar\s+(?:ervaring|bij|in|werkzaam|lid)|years?\s+(?:of|in|at|"
            r"with)|uur|hours?|euro|k\b|minut\w*|min\b|km))"
            r"|\b(?:starter|student|studente|jongen|meid|man|vrouw|kandidaat|kandidate|moeder|vader)\s+van\s+"
            r"(?:1[6-9]|[2-7]\d)\b(?!\s*(?:%|jaar\s+(?:ervaring|bij|in)|uur|euro))"
            r"|\bword\s+(?:\w+\s+){0,3}?(?:1[8-9]|[2-7]\d)\b(?!\s*(?:%|jaar\s+(?:ervaring|bij|in)|uur|euro))"
            r"|(?<!\b(?:as|since|when\s+\w+\s+was)\s)\b(?:still\s+)?a\s+teenager\b|\bnog\s+(?:een\s+)?tiener\b",
            0.75,
        ),
        rule(
            AGE,
            _AGE_INDIRECT,
            0.75,
            unless=r"\b(?:opgericht|founded|gebouwd|built|bouwjaar|sinds|since|established|codebase|systeem|"
            r"system|team size|teamgrootte)\b",
            before_only=True,
            window=40,
        ),
        rule(
            AGE,
            words(
                _NOT_THING_SUBJECT
                # (session 23: not an age once had, "When I was 19 I got ...")
                + r"(?<!\b(?:since|when|until|before|after)\s(?:I|he|she|they)\s)"
                + r"(?:ben|is|was|werd|wordt|word)\s+(?:nu\s+|inmiddels\s+|"
                r"bijna\s+|ruim\s+|pas\s+|al\s+|net\s+|vorige week\s+|vorig jaar\s+|dit jaar\s+|"
                r"(?:vorige|volgende|deze)\s+(?:week|maand)\s+|volgend jaar\s+|onlangs\s+|laatst\s+|"
                r"binnenkort\s+|gisteren\s+)?(?:"
                + _NUM_NL
                + r"|"
                + _WORDNUM_NL
                + r")(?:\s+jaar)?(?:\s+oud)?"
                + _NOT_AGE_AFTER,
                _NOT_THING_SUBJECT + r"(?:" + _NUM_NL + r"|" + _WORDNUM_NL + r")\s+jaar\s+(?:oud|jong)",
            ),
            0.8,
            unless=_THING_IN_CLAUSE,
            before_only=True,
            window=40,
        ),
        # A profile line: "Ahmed, 34 jaar, getrouwd", "Maria, 34 years old", "genderqueer, 31, woont in",
        # "semi-retired, 68, happy to mentor", "lesbisch, 38 en moeder"; or a note opening with "61 jaar,".
        rule(
            AGE,
            r"(?<=(?<![\d,]\s?)\b[A-Za-zÀ-ÿ][\w-]*,\s)(?:1[6-9]|[2-7]\d)(?:\s+(?:jaar|years? old|yrs?))?"
            r"(?=\s*(?:[,.;)\n—–]|$)|\s+(?:en|and|met|with)\s)|(?:^|(?<=[.!?\n]\s?))(?:1[6-9]|[2-7]\d)\s+jaar\s*,"
            # (session 24: a field of a profile headline, "Gen Z marketeer | 21 jaar | content")
            r"|(?<=[|·•]\s?)(?:1[6-9]|[2-7]\d)\s+(?:jaar|years?\s+old|y/o)(?=\s*(?:[|·•]|$))",
            0.8,
            case=True,
        ),
        # Born, the Belgian way or abbreviated: "°14/02/1989", "(b. 1972)"; an age bound: "nog geen 18",
        # "zit tegen de 40 aan".
        rule(
            AGE,
            # (session 26: a year alone or in short, "Jan Visser (°1979)", "(b. '87)"; the age after "lft")
            r"°\s?\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|°\s?(?:19[3-9]\d|200\d)\b|°\s?['’]\d\d\b|"
            r"(?<=\(|\s)b\.\s?(?:19[3-9]\d|200\d|['’]\d\d)\b|\blft\.?\s*:?\s*(?:1[5-9]|[2-7]\d)\b(?![.,]\d)|"
            r"\b(?:nog\s+geen|amper|net\s+geen|al\s+ruim)\s+(?:1[5-9]|[2-7]\d)\b(?!\s*(?:%|procent|uur|jaar\s+"
            r"(?:ervaring|werkervaring|in\s+dienst))|[.,]\d)|\b(?:zit|zat|loopt|liep)\s+(?:al\s+)?tegen\s+de\s+"
            r"(?:[2-7]\d|twintig|dertig|veertig|vijftig|zestig|zeventig)\s+aan\b",
            0.75,
            unless=_THING_IN_CLAUSE,
            before_only=True,
            window=40,
        ),
        rule(
            AGE,
            words(
                r"leeftijd\s*:?\s*" + _NUM_NL,
                r"op\s+(?:mijn|zijn|haar|hun)\s+(?:1[6-9]|[2-7]\d)(?:e|ste)\b",
                # session 27: the ordinal written out ("Op mijn zevenenvijftigste wil ik ...")
                r"op\s+(?:mijn|m'n|zijn|z'n|haar|hun)\s+(?:(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)en)?"
                r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig)ste|(?:zestien|zeventien|achttien|negentien)de)",
                r"(?:\d{2}e|(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig)ste)\s+verjaardag",
                r"(?:ik ben|hij is|zij is|ze is)\b[^.!?\n]{0,40},\s*(?:1[6-9]|[2-7]\d)(?:\s+jaar)?\s*,",
                r"\w*(?:leider|manager|ontwikkelaar|developer|engineer|adviseur|medewerker|consultant|analist|"
                r"specialist|ondernemer|docent|verpleegkundige|monteur|chauffeur)\s+van\s+(?:1[6-9]|[2-7]\d)"
                r"(?:\s+jaar)?(?=\s*(?:[.,;!)]|$))",
                r"leeftijd(?:sgrens|seis|scategorie|sdiscriminatie)\w*(?: van \d{2} jaar)?",
                r"(?:\d{1,2}-|(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)en)?(?:twintig|dertig|veertig|vijftig|"
                r"zestig|zeventig)-?)jarige(?!\s+(?:opleiding|studie|contract|jubileum|ervaring|traject|programma|"
                r"project|garantie|samenwerking|dienstverband|bestaan|geschiedenis|looptijd|periode|oorlog|"
                r"traditie|relatie|huwelijk))",
                r"\d{2}-?plussers?",
                r"(?:vijftig|zestig|veertig)-?plussers?",
                r"\d{2}\+(?:ers)?(?=\s+(?:kandidaten|werknemers|medewerkers|werkzoekenden))",
                r"(?:max(?:imaal)?\.?|maximum|niet ouder dan|jonger dan|ouder dan|onder de|boven de)\s+"
                + _NUM_NL
                + r"(?:\s+jaar)?"
                + _NOT_AGE_AFTER,
                r"tussen (?:de )?" + _NUM_NL + r" en " + _NUM_NL + r" jaar" + _NOT_AGE_AFTER,
                r"(?:begin|midden|half|eind|in de|rond de|ergens in de|over de|ruim in de)\s+(?:twintig|"
                r"dertig|veertig|vijftig|zestig|zeventig)",
                r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig)(?:ers|er)",
                r"(?:team|collega's|afdeling|bedrijf) (?:is|zijn) (?:erg |heel |vrij |nog )?jong",
                r"team is (?:very |quite |still )?young",
                r"jong(?:e|er)?,?\s+(?:en\s+)?(?:\w+e,?\s+)?(?:dynamisch\w*|enthousiast\w*|ambitieu\w*|"
                r"talent\w*|team|collega\w*|kandida\w+|medewerker\w*|mensen|professionals?|honden|"
                r"starters?|afgestudeerden)(?!\s+(?:bedrijf|organisatie|kantoor|merk|start-?up|scale-?up|"
                r"bureau|agency|company|onderneming))",
                r"te (?:oud|jong)",
                r"(?:oudere|jongere)\s+(?:werknemer|medewerker|kandidaat|kandidaten|collega|sollicitant|"
                r"werkzoekende)s?",
                r"AOW-?(?:leeftijd|gerechtigd\w*|er)",
                r"pensioen(?:leeftijd|gerechtigd\w*)",
                r"gepensioneerd\w*",
                r"met pensioen",
                r"babyboomers?",
                r"boomers?",
                # session 25: a young one in slang ("een beetje een jonkie voor die rol")
                r"jonkies?",
                r"millennials?",
                r"generatie [XYZ]",
                r"Gen(?:eration)? [XYZ]",
                r"digital natives?",
                r"(?:(?:een|de)\s+)?(?:man|vrouw|kandidaat|kandidate|jongen|meid|dame|heer|student|"
                r"studente|scholier|jongeman|sollicitant)\s+van\s+"
                + _NUM_NL
                + r"(?:\s+jaar)?"
                + _NOT_AGE_AFTER,
            ),
            0.8,
            unless=r"\b(?:systeem|applicatie|software|het bedrijf)\b",
            before_only=True,
            window=30,
        ),
        rule(AGE, r"(?<=\b[A-Z][a-zé]+\s)\((?:1[6-9]|[2-7]\d)\)", 0.7, case=True),
        rule(
            AGE,
            words(
                # inverted order and birth years: "volgend jaar word ik zestig", "zij is van '79"
                r"(?:word|wordt|werd|ben|is|was)\s+(?:ik|hij|zij|ze)\s+(?:nu\s+|al\s+|bijna\s+|pas\s+|net\s+)?"
                r"(?:" + _NUM_NL + r"|" + _WORDNUM_NL + r")(?:\s+jaar)?(?:\s+oud)?" + _NOT_AGE_AFTER,
                r"(?:is|ben|was)\s+van\s+(?:'\d\d|19[3-9]\d|200\d)\b",
                r"(?:vervroegd|vroeg|deeltijd|pre)[- ]?pensioen\w*",
                r"(?:jonge|jong)\s+(?:gast|meid|vent|knul|kerel|broekie|ding)",
                # session 23: a youngster in slang ("hij is nog een broekie")
                r"nog\s+(?:maar\s+)?(?:een\s+)?(?:broekie|snotneus|jochie)",
                # either language, listed once as the rules of both run on every text: "(bijna 64)",
                # "(nearly 60)"; a date of birth states an age (it stays DATE_OF_BIRTH too)
                r"\((?:bijna|ruim|net|pas|nearly|almost|just|about|ca\.)\s+(?:1[6-9]|[2-7]\d)\)",
                r"(?<=(?:geboortedatum|geb\.(?:datum)?|date of birth|DOB|d\.o\.b\.|born on|geboren op)"
                r"\s*:?\s*)(?:\d{1,2}[-/. ]\d{1,2}[-/. ](?:19|20)\d\d|(?:19|20)\d\d-\d{1,2}-\d{1,2})",
                # session 27: the year spelt out ("Geboren op vijf november negentienhonderdzeventig")
                r"(?:geboren|born)\s+(?:op\s+|on\s+|in\s+)?(?:[\w-]+\s+){0,2}?(?:negentienhonderd\w*|tweeduizend\w*|"
                r"nineteen\s+(?:hundred\s+(?:and\s+)?)?(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]\w+)?)",
            ),
            0.75,
        ),
        rule(
            AGE,
            words(
                r"AOW['’]?(?:er|ers)",
                r"bouwjaar\s+['’]?\d{2,4}",
                r"(?:ver|diep|flink|ruim|al)\s+(?:in|over)\s+de\s+(?:twintig|dertig|veertig|vijftig|zestig|zeventig)",
            ),
            0.75,
            near=r"\b(?:hij|zij|ze|ik|kandidaat|kandidate|sollicitant)\b",
            before_only=True,
            window=40,
        ),
        # session 18: an age with a person noun ("Jonge gast van 19"), an age in brackets ("(62 jr)")
        rule(
            AGE,
            r"\b(?:gast|jongen|meid|meisje|vrouw|man|kandidaat|kandidate|kerel|dame|heer|knul|guy|woman|lady|"
            r"candidate)\s+(?:van|of)\s+(?:1[5-9]|[2-7]\d)\b(?!\s*(?:jaar\s+ervaring|years?\s+(?:of\s+)?experience|"
            r"uur|hours|euro|%|procent|percent|fte|man|mensen|people|medewerkers))",
            0.75,
        ),
        rule(AGE, r"\((?:1[6-9]|[2-7]\d)\s*(?:jr|jaar|j|yrs?|y\.?o\.?)\.?\)", 0.8),
        # session 19: an age reached ("Net 50 geworden", "just turned 50"), an age as a note's shorthand
        # ("Student, 19 jr,"), an age held ("met zijn 62 jaar", "Ze is nog 17, dus ..."), an age after a name
        # or a job in brackets ("HR-adviseur (46) met ...")
        rule(
            AGE,
            r"\b(?:1[6-9]|[2-8]\d)\s+(?:jaar\s+)?geworden\b|\b(?:just\s+)?turned\s+"
            r"(?:1[6-9]|[2-8]\d)\b(?!\s*(?:%|percent|procent|k\b|orders|clients|klanten|stores))"
            r"|(?<=[,(]\s?)(?:1[5-9]|[2-8]\d)\s*(?:jr|jaar|yrs|y/o|yo)\.?(?=\s*[,)])"
            r"|\bmet\s+(?:zijn|haar|z'n|mijn|m'n|hun)\s+(?:1[5-9]|[2-8]\d)\s+jaar\b"
            r"|\b(?:ze|zij|hij|ik)\s+(?:is|ben|was)\s+(?:nog|pas|al|net|inmiddels|bijna)\s+(?:1[5-9]|[2-8]\d)(?=\s*(?:[,.;!)]|"
            r"$|dus\b|en\b|maar\b))",
            0.75,
        ),
        rule(
            AGE,
            r"(?:(?-i:\b[A-Z][a-z]+)|\b[\w-]+(?:er|eur|ist|ant|ent|or|ster|ice|man|vrouw|kundige))\s+\((?:1[6-9]|[2-7]\d)\)"
            r"(?=\s+(?:met|with|uit|from|is|en|and|zoekt|seeks|heeft|has|woont|lives|werkt|works)\b|\s*[,.:;]|\s*$)",
            0.75,
        ),
        # session 24: retirement a few years off ("pensioen over 3 jaar in zicht", "Mijn AOW-datum ligt in
        # 2027", "three years off retirement", "she gets her AOW in two years")
        rule(
            AGE,
            r"\b(?:mijn|zijn|haar|m'n|z'n|my|his|her|heeft|hebt|heb|has|have|gets?|krijgt|krijg)\s+(?:\w+\s+)?"
            r"(?:pensioen|AOW|retirement|pension)\s+(?:over|binnen|in|within)\s+(?:\w+\s+)?(?:jaar|years?)\b"
            r"|\b(?:mijn|zijn|haar|m'n|z'n|my|his|her)\s+AOW-?(?:datum|leeftijd)\b"
            r"|\b(?:\w+|\d+)\s+(?:years?|jaar)\s+(?:off|away\s+from|short\s+of)\s+(?:(?:his|her|my)\s+)?"
            r"(?:retirement|pension)\b"
            # an age cut-off someone is past: "he's over the 30 cut-off", "zit boven de leeftijdsgrens van 35"
            r"|\b(?:over|under|above|below|past|boven|onder)\s+(?:the|de)\s+(?:age\s+)?(?:1[6-9]|[2-7]\d)\s*"
            r"(?:cut-?off|limit|age\s+limit|grens|leeftijdsgrens)\b",
            0.75,
            unless=r"\b(?:regeling|policy|beleid|wet|legislation|fonds|fund|scheme|advies|advice|adviseer\w*)\b",
        ),
        # session 24: the oldest or no longer the youngest of a group ("She's the oldest in the team by far",
        # "hij is niet meer de jongste", "de jongste niet meer is", "not the youngest any more")
        rule(
            AGE,
            r"\b(?:is|'s|ben|am|was)\s+(?:by\s+far\s+|veruit\s+|ook\s+)?(?:the|de)\s+(?:oldest|oudste)\s+"
            r"(?:in|of|van|op|binnen)\s+(?:the|het|de|ons|our|haar|his|zijn)\s+(?:team|afdeling|department|"
            r"group|groep|office|kantoor|club|company|bedrijf|class|klas|ploeg)\b"
            r"|\b(?:niet\s+meer\s+de\s+jongste|de\s+jongste\s+niet\s+meer|not\s+the\s+youngest\s+(?:any\s?more|"
            r"now)|no\s+(?:longer\s+the\s+youngest|spring\s+chicken))\b",
            0.75,
        ),
    ],
    "en": [
        # session 27: an age reached this year, set off or after a verb ("proud of it, 48 this year, and I've
        # been ...", "she turns 60 next year")
        rule(
            AGE,
            r"(?:(?<=,\s)|(?<=\b(?:I'm|I am|he's|she's|turning|turn|turns|be|being)\s))(?:1[6-9]|[2-7]\d)\s+"
            r"(?:this|next)\s+year\b(?!\s+(?:alone|so\s+far|already|and\s+counting))",
            0.75,
            near=r"\b(?:I|I'm|he|she|he's|she's)\b",
        ),
        # an age bracket said of a person: "Cand is mid-50s", "she's in her late forties"
        rule(
            AGE,
            r"\b(?:he|she|they|cand(?:idate)?|applicant|kandidaat)(?:'s|\s+is|\s+was|\s+are)\s+(?:\w+\s+)?"
            r"(?:in\s+(?:his|her|their)\s+)?(?:early|mid|late)[- ]?(?:[2-7]0s|twenties|thirties|forties|"
            r"fifties|sixties)\b",
            0.8,
        ),
        # an age in a note's shorthand or a Dutch clause: "Cand. late 50s,", "iemand van net twintig", "dat
        # hij vorige maand 16 is geworden", "one last big role before retirement"
        rule(
            AGE,
            r"(?<=\b(?:(?:cand|c|kand|k)\.|candidate|kandidaat)\s)(?:early|mid|late)[- ]?(?:\d0s"
            r"|twenties|thirties|"
            r"forties|fifties|sixties)\b"
            r"|\biemand\s+van\s+(?:net\s+|pas\s+|bijna\s+|ruim\s+|begin\s+|eind\s+)?(?:"
            + _NUM_NL
            + "|"
            + _WORDNUM_NL
            + r")(?:\s+jaar)?\b(?!\s+(?:jaar\s+)?(?:ervaring|werkervaring))"
            r"|\b(?:1[4-9]|[2-9]\d|" + _WORDNUM_NL + r")\s+(?:jaar\s+)?(?:is|ben|was|wordt|word)\s+geworden\b"
            r"|\bbefore\s+(?:(?:my|his|her)\s+)?retirement\b|\bvoor\s+(?:mijn|zijn|haar)\s+pensioen\b"
            # session 25: the years left before one's pension, an age bracket by looks, an age opening a note
            # ("de laatste jaren tot zijn pensioen", "guy on the 2pm looked mid-40s", "Only 19 and already
            # shipped two apps")
            r"|\b(?:laatste|resterende)\s+(?:\w+\s+)?(?:werk)?jaren\s+(?:tot|voor)\s+(?:mijn|zijn|haar|m'n|z'n)\s+"
            r"pensioen\b|\b(?:last|final|remaining)\s+(?:few\s+)?(?:working\s+)?years\s+(?:before|until|till)\s+"
            r"(?:my|his|her)\s+(?:retirement|pension)\b"
            r"|\b(?:looks?|looked|looking|seems?|seemed|appears?|appeared)\s+(?:about\s+|around\s+|like\s+)?(?:early|mid|"
            r"late)[- ]?(?:[2-7]0s|twenties|thirties|forties|fifties|sixties)\b"
            r"|(?:^|(?<=[.!?]\s))(?:only|just|barely|not\s+even|pas|net)\s+(?:1[4-9]|[2-9]\d)(?=\s+(?:and|en|but|maar)\b)",
            0.75,
        ),
        rule(
            AGE,
            words(
                r"(?:around|about|roughly|approximately|circa|somewhere around)\s+(?:"
                + _WORDNUM_EN
                + r"|[2-7]0)"
                + _NOT_AGE_AFTER,
            ),
            0.7,
            near=r"\b(?:he|she|they|candidate|applicant|person|man|woman|seems?|looks?|judging)\b",
            unless=r"\b(?:applications|vacancies|candidates|applicants|cvs|resumes|hires|interviews|roles|"
            r"companies|items|pages|tickets)\b",
            window=40,
        ),
        rule(
            AGE,
            words(
                _NOT_THING_SUBJECT
                + r"(?<!\b(?:since|when|until|before|after)\s(?:I|he|she|they)\s)"
                + r"(?:I'm|I am|he's|she's|is|was|turned|turning|turns)\s+"
                r"(?:now\s+|nearly\s+|almost\s+|just\s+|already\s+)?(?:" + _NUM_EN + r"|" + _WORDNUM_EN + r")"
                r"(?:\s+years?\s+old)?" + _NOT_AGE_AFTER,
                _NOT_THING_SUBJECT
                + r"(?:"
                + _NUM_EN
                + r"|"
                + _WORDNUM_EN
                + r")[- ]years?[- ]old(?!\s+(?:\w+\s+)?(?:company|"
                r"firm|business|system|codebase|product|brand|building|house|car|platform|code|software))",
            ),
            0.8,
            unless=_THING_IN_CLAUSE,
            before_only=True,
            window=40,
        ),
        rule(
            AGE,
            words(
                r"age[ds]?\s*:?\s*" + _NUM_EN + r"(?:\s*-\s*" + _NUM_EN + r")?",
                r"in (?:his|her|their|my|your) (?:early |mid-?|late )?(?:twenties|thirties|forties|fifties|"
                r"sixties|seventies)",
                r"(?:early|mid|late)[- ](?:twenties|thirties|forties|fifties|sixties|seventies)",
                r"(?:under|over|above|below|younger than|older than|maximum age of|minimum age of|"
                r"max(?:imum)? age|aged between|between the ages of)\s+"
                + _NUM_EN
                + r"(?:\s+and\s+"
                + _NUM_EN
                + r")?"
                + _NOT_AGE_AFTER,
                r"too (?:old|young)",
                r"(?:young|youthful) and (?:dynamic|energetic|ambitious|hungry)" + _NOT_FIRM,
                r"(?:someone|somebody|people|candidates?|team|person|talent) (?:who is )?(?:young|youthful)",
                r"young (?:team|person|people|candidates?|talent|professionals?|blood|and dynamic"
                + _NOT_FIRM
                + ")",
                r"older (?:worker|workers|employee|employees|candidate|candidates|applicants?|people)",
                r"retirement age",
                r"pension(?:able)? age",
                r"retirees?",
                r"pensioners?",
                r"OAPs?",
                r"senior citizens?",
                r"(?:I'm|I am|is|now|recently|just|he's|she's|has|have|they're|semi-)\s*retired"
                r"(?!\s+(?:the|our|a|an|legacy|it|this|that|support|version|api|feature|product))",
                r"baby boomers?",
                r"boomers?",
                r"millennials?",
                r"Gen(?:eration)? [XYZ]",
                r"zoomers?",
                r"digital natives?",
                r"turned " + _NUM_EN,
                r"\d{2}(?:th|st|nd|rd)\s+birthday",
                r"(?:will|going to|plans to|planning to|about to|wants to)\s+retire\b",
                r"(?:I'm|I am|he is|she is|he's|she's)\b[^.!?\n]{0,40},\s*(?:1[6-9]|[2-7]\d)"
                r"(?:\s+years?\s+old)?"
                r"\s*,",
                r"\d{2}-year-old(?!\s+(?:\w+\s+)?(?:company|firm|business|system|codebase|product|brand|"
                r"building|house|car|platform|code|software|application|machine|legacy|mainframe|tradition))",
            ),
            0.8,
            unless=r"\b(?:system|application|software|the company)\b",
            before_only=True,
            window=30,
        ),
        rule(AGE, r"(?<=\b[A-Z][a-z]+\s)\((?:1[6-9]|[2-7]\d)\)", 0.7, case=True),
        rule(
            AGE,
            words(
                r"(?:a|an)\s+['’]\d{2}\s+(?:baby|kid|child)",
                r"(?:well|way|far)\s+into\s+(?:his|her|their|my)\s+(?:twenties|thirties|forties|fifties|sixties|"
                r"seventies)",
                r"(?:twenty|thirty|forty|fifty|sixty|seventy)-something",
                r"(?:is|I'm|I am|he's|she's|am|are|was)\s+(?:\w+\s+)?retiring",
                r"(?:close to|near|nearing|approaching)\s+retirement",
                r"(?<![\w-])at\s+(?:the\s+age\s+of\s+|age\s+)?(?:1[6-9]|[2-7]\d),?\s+(?:I|he|she|they|we)\b",
                r"(?:pushing|hitting|approaching|nearing)\s+(?:"
                + _NUM_EN
                + r"|"
                + _WORDNUM_EN
                + r")\b"
                + _NOT_AGE_AFTER,
                r"(?:1[6-9]|[2-7]\d)\s*(?:y/?o|yrs?\s+old)",
                r"(?:early|semi-|partial)\s*retire(?:ment|d)",
                r"(?:took|taking|take|takes|opted for|offered)\s+(?:early\s+)?retirement"
                r"(?:[^.!?\n]{0,40}?\bat\s+(?:the\s+age\s+of\s+|age\s+)?[4-7]\d)?",
                r"(?:retired|retirement|retire)\b[^.!?\n]{0,40}?\bat\s+(?:the\s+age\s+of\s+|age\s+)?[4-7]\d",
            ),
            0.75,
        ),
    ],
}

# Pregnancy care and loss are health data too (recognizer.DUAL): one span, both types.
_PREG_MEDICAL = (
    r"(?<![\w-])(?:\w+-)*(?:miskra(?:am|men)|zwangerschaps(?:diabetes|vergiftiging|misselijkheid|"
    r"complicaties|echo)|IVF|ivf|ICSI|icsi|IUI|(?:vruchtbaarheids|fertiliteits)(?:behandeling|traject|kliniek)|"
    r"keizersnede|hyperemesis(?: gravidarum)?|pre-?eclampsie|pre-?eclampsia|miscarriages?|stillbirth|"
    r"doodgeboren|fertility (?:treatment|clinic|issues|problems)|gestational diabetes|c-section|"
    r"caesarean(?: section)?|egg freezing|eicellen (?:laten )?invriezen|(?i:lost\s+(?:the|a|our|my|her)\s+"
    r"(?:baby|pregnancy)|(?:de|een|ons|onze|mijn|haar)\s+(?:baby|zwangerschap|kindje)\s+verloren))(?:[\s-]?(?:traject|behandeling|"
    r"treatment|cycle|poging|pogingen|rondes?))?(?![\w-])"
)
# Indirect: a due date, a trimester, leave, trying for a child, slang ("preggo", "zwanger" misspelled).
_PREG_INDIRECT = (
    r"(?<![\w-])(?:uitgerekend(?:e datum)?|(?:eerste|tweede|derde|laatste) trimester|"
    r"(?:zwangerschaps|bevallings|moederschaps|maternity|pregnancy)[\s-]?(?:verlof|leave)|"
    r"verlof (?:voor|rond) (?:de|mijn|haar) bevalling|"
    r"(?:verwacht|verwachten|verwachtte|verwachtten) (?:\w+ ){0,4}?(?:baby|kind|kindje|kleintje|"
    r"tweeling|zoon|zoontje|dochter|dochtertje)|"
    r"(?:proberen|probeert|probeer|willen|wil) (?:\w+ ){0,2}?zwanger te "
    r"(?:raken|worden)|(?:trying|try|tries|tried) (?:for a baby|to (?:conceive|get pregnant|have a baby))|"
    r"(?:are|is|was|we're|she's|I'm) (?:\w+ )?expecting(?= *(?:[.,;!?)]|$|\b(?:in|this|next|again|our|her|"
    r"my|their|a baby|a child|twins|soon|since|mid|late|early|but|and|so)\b))|expecting (?:our|her|my"
    r"|their|a) "
    r"(?:first|second|third|fourth|little|baby|child|kid)|baby (?:is )?due|"
    r"preg(?:go|gers|gie|o|ers)|zwagner\w*)(?![\w-])"
)

PREG_RULES: dict[str, list[Rule]] = {
    "nl": [
        # session 22: trying for a baby in shorthand, a miscarriage told ("my partner and I are TTC", "she
        # miscarried last spring")
        rule(PREG, r"(?<![\w-])(?-i:TTC)(?![\w-])|\btrying\s+to\s+conceive\b", 0.8),
        rule(PREG, r"\bmiscarried\b", 0.8, also=("HEALTH",)),
        # pregnancy in idiom and in stages: "bun in the oven", "6 months gone", "in the 2nd trimester"
        rule(
            PREG,
            r"\bbun\s+in\s+the\s+oven\b|\b\d+\s+months?\s+gone\b|\b(?:1st|2nd|3rd|first|second|third|eerste|"
            r"tweede|derde|laatste|last)\s+trimester\b",
            0.8,
        ),
        # a recent birth of one's own child: "after having my daughter", "na de geboorte van mijn zoon"
        rule(
            PREG,
            r"\b(?:after|since|following|na|sinds)\s+(?:having|the\s+birth\s+of|de\s+geboorte\s+van|de\s+bevalling\s+"
            r"van)\s+(?:my|our|mijn|onze)\s+(?:\w+\s+)?(?:daughter|son|baby|child|twins|dochter|zoon|kind\w*|tweeling)\b"
            r"|\b(?:since|after)\s+(?:my|our)\s+(?:\w+\s+)?(?:daughter|son|baby)\s+was\s+born\b",
            0.75,
        ),
        # session 24: a birth expected or waited for, leave running on after one, one's own due date
        # ("verwacht in juni te bevallen", "she's on bed rest till the baby comes", "ze is net bevallen (mei),
        # verlof loopt tot half augustus", "my due date is in May")
        rule(
            PREG,
            r"\bverwacht(?:en|te|ten)?\s+(?:\w+\s+){0,3}?te\s+bevallen\b"
            r"|\b(?:gaat|moet|ga|moeten|zal)\s+(?:in|rond|eind|begin|half|medio)\s+\w+\s+bevallen\b"
            r"|\b(?:until|till|til|tot)\s+(?:the\s+|de\s+)?(?:baby|bevalling|birth)(?:\s+(?:comes|arrives|is\s+born|"
            r"er\s+is|komt|geboren\s+is))?\b"
            r"|\b(?:my|her|our|mijn|haar|onze)\s+due\s+date\b",
            0.75,
            near=r"\b(?:she|she's|i|i'm|ik|ze|zij|haar|her|my|mijn|kandidate|candidate|we|wij)\b",
        ),
        rule(
            PREG,
            r"\b(?:verlof|leave)\s+(?:loopt|duurt|runs|lasts)\s+(?:nog\s+)?(?:tot|until|till|t/m)\b",
            0.75,
            near=r"\b(?:bevallen|bevalling|baby|zwanger\w*|pregnan\w*|gave\s+birth|born|geboren|maternity|"
            r"zwangerschapsverlof|bevallingsverlof)\b",
        ),
        # leave around a birth, Flemish and Dutch; fertility treatment; "she's expecting"
        rule(
            PREG,
            r"\b(?:moederschapsrust|geboorteverlof|vaderschapsverlof|bevallingsrust|vaderschapsrust)\b"
            r"|\b(?:doing|started|starting|going\s+through|in\s+the\s+middle\s+of|bezig\s+met|gestart\s+met|"
            r"start\s+met)\s+(?:an?\s+|een\s+)?(?:IVF|ICSI|IUI|fertility\s+treatment|vruchtbaarheidsbehandeling)\b"
            r"|\b(?:she's|she\s+is|i'm|i\s+am|we're|we\s+are)\s+expecting(?=\s*(?:[–—,.;!?)-]|$|a\s+baby|twins|our|"
            r"her|my|in\s+\w+|but\b|and\b|so\b|haha|lol|btw|dus\b|maar\b|en\b))"
            r"|\bpaternity\s+leave\b|\bverlof\s+(?:voor|rond)\s+de\s+geboorte\s+van\s+(?:haar|zijn|mijn|hun|ons|onze)\b"
            r"|\b(?:partner|wife|vrouw|vriendin|girlfriend)(?:['’]s|\s+is)\s+due\b",
            0.8,
            unless=r"\b(?:wij\s+bieden|we\s+offer|aanvullend\w*|regeling|beleid|policy|benefits?|secundaire|enhanced|"
            r"qualifying|entitle\w*|recht\s+op)\b",
        ),
        rule(
            PREG,
            words(
                r"mat leave",
                r"morning sickness",
                r"ochtendmisselijkheid",
                r"zwangerschapsmisselijkheid",
                r"\d{1,2}[- ]?(?:week|wk|weken)s?[- ]?(?:scan|echo)",
                r"dating scan",
                r"(?:she's|she is|shes|i'm|im|i am|ik ben|ze is|zij is)\s+\d{1,2}\s*(?:weeks|wks?|weken)"
                r"(?: (?:pregnant|zwanger|"
                r"along|gone))?",
                r"expecting (?:in|on|a baby|our first|twins|a (?:boy|girl))(?: \w+)?",
                r"(?:(?:mijn|haar|onze|m'n|mn)\s+(?:eerste|tweede|12[- ]weken|20[- ]weken|twaalf[- ]weken|"
                r"twintig[- ]weken)\s*[- ]?echo|(?:eerste|tweede|12[- ]weken|20[- ]weken)\s*[- ]?echo\s+"
                r"(?:was|is)\s+(?:gister\w*|vandaag|morgen|net))",
                r"(?:controle|afspraak)\s+bij\s+de\s+(?:vroedvrouw|verloskundige)",
                # a thing due is a deadline: "Project is due in July"
                r"(?:(?<!\b(?:project|release|deadline|report|rapport|invoice|factuur|payment|betaling|launch|delivery|"
                r"oplevering|migration|migratie|it|this|that|dit|dat|het)\s)is|she's|i'm|im|ze\s+is|ik\s+ben)\s+"
                r"(?:due|uitgerekend)\s+(?:in|op|voor)\s+(?:january|february|march|"
                r"april|may|june|july|august|september|october|november|december|januari|februari|maart|mei|juni|juli|"
                r"augustus|oktober)",
                # (session 26: not a bump cap, the light hard hat)
                r"(?:with|a|my|her|met\s+een|mijn)\s+(?:baby\s*)?(?:bump(?![\s-]+caps?\b)|buikje)",
            ),
            0.8,
        ),
        # a due date next to a pregnancy: "pregnant and due in November", "uitgerekend in maart"
        rule(
            PREG,
            r"\b(?:due|uitgerekend)\s+(?:in|on|op|eind|begin|half|mid-?)\s*(?:\w+\s+)?(?:january|february|march|"
            r"april|may|june|july|august|september|october|november|december|januari|februari|maart|mei|juni|"
            r"juli|augustus|oktober)\b",
            0.8,
            near=r"\b(?:pregnan\w*|zwanger\w*|baby|expecting|verwacht\w*|uitgerekend)\b",
        ),
        rule(
            "PREGNANCY",
            words(
                r"fertility (?:appointments?|treatments?|clinic)",
                r"vruchtbaarheids~(?:behandeling\w*|kliniek)",
            ),
            0.75,
            also=("HEALTH",),
        ),
        rule(PREG, _PREG_MEDICAL, 0.85, case=True, also=("HEALTH",)),
        # session 23: leave or a due date told in weeks or months ("Mijn verlof gaat in op 36 weken", "bun in
        # the oven, due in October")
        rule(
            PREG,
            r"\b(?:verlof|leave)\b[^.;\n]{0,30}?\b(?:op|at|bij|vanaf|from)\s+(?:[2-4]\d)\s+(?:weken|weeks)\b",
            0.8,
            near=r"\b(?:mijn|m'n|haar|my|her|ik|I|she|ze|zij)\b",
        ),
        rule(
            PREG,
            r"\b(?:due|uitgerekend)\s+(?:in|on|at\s+the\s+(?:start|end)\s+of|early|mid|late|begin|eind|half|medio|"
            r"rond)\s+(?:-?\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|"
            r"December|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
            r"spring|summer|autumn|winter|the\s+(?:spring|summer|autumn|winter))\b",
            0.75,
            near=r"\b(?:pregnan\w*|bun\s+in\s+the\s+oven|expecting|baby|bump|maternity|zwanger\w*|"
            r"zwangerschap\w*|bevalling|verlof)\b",
            near_anywhere=True,
        ),
        rule(
            PREG,
            _PREG_INDIRECT,
            0.8,
            unless=r"\b(?:verloskundige|gynaecoloog|kraamzorg|midwife|obstetric\w*|policy|beleid|regeling)\b",
            window=40,
        ),
        rule(
            PREG,
            compound(
                "zwanger",
                "bevalling",
                "moederschapsverlof",
                "kinderwens",
                "kolven",
                "kolft",
                "kolfruimte",
                "kolfpauze",
                "afkolven",
                "borstvoeding",
                "WAZO",
                "wekenecho",
                "termijnecho",
                "gezinsuitbreiding",
            ),
            0.85,
            veto_tail=r"(?:zorg|afdeling|verpleegkundigen?|echoscopist\w*|instructeur|instructrice|docent|"
            r"onderzoek|poli|kliniek|centrum|praktijk|consulent\w*|beleid|regeling|app|platform|website|site)",
            unless=r"\b(?:is verloskundige|werkt als|als teammanager|leiding over)\b",
            window=40,
        ),
        rule(
            PREG,
            words(
                r"in (?:blijde )?verwachting",
                r"verwacht (?:een|haar|ons|hun|zijn|mijn) (?:\w+ )?(?:baby|kind|kindje|tweeling|zoon|"
                r"dochter)",
                r"(?:baby|kindje|kind) op (?:komst|til)",
                r"(?:controle|afspraak|echo) bij de verloskundige",
                r"\d{1,2} weken zwanger",
                r"uitgerekend (?:in|op|rond|voor|eind|begin|half|medio) \w+",
                r"uitgerekende datum",
                r"(?:is|ben|pas|net|recent|onlangs) bevallen(?! van (?:het|de|deze|die) (?:baan|werk|"
                r"functie))",
                r"bevallen van (?:een|haar|hun|ons|onze) \w+",
                r"bevalt (?:ze |zij )?(?:van|binnenkort)",
                r"(?:net|pas|onlangs|recent) (?:een )?(?:baby|kindje|zoon|zoontje|dochter|dochtertje|"
                r"tweeling) gekregen",
            ),
            0.85,
        ),
        rule(
            PREG,
            words(
                r"(?:kreeg|kregen|heeft|hebben|had)\s+(?:net|pas|onlangs|vorige maand|een maand geleden)?\s*"
                r"(?:een|haar|hun)\s+(?:baby|kindje|zoon|dochter|tweeling)(?:\s+gekregen)?"
            ),
            0.75,
            near=r"\b(?:kreeg|kregen|gekregen|bevallen|verlof)\b",
        ),
        rule(
            PREG,
            words(
                r"(?:wil|wilt|willen|wou|wilde)\s+(?:graag\s+|nog\s+|snel\s+)*(?:kinderen|een kind|een baby)",
                r"(?:krijgt|krijgen|krijg)\s+(?:\w+\s+){0,3}?(?:een\s+)?(?:baby|kindje|tweeling)",
                r"verlof\s+na\s+(?:de|haar)\s+bevalling",
            ),
            0.75,
        ),
        # session 19: weeks along said loosely ("about 20 weeks gone"), trying to conceive as shorthand
        rule(PREG, r"\b\d{1,2}\s+(?:weeks|wks|weken)\s+(?:gone|along|pregnant|zwanger|onderweg)\b", 0.8),
        rule(
            PREG,
            r"\b(?:we're|we\s+are|they're|they\s+are|she's|she\s+is|i'm|i\s+am)\s+(?:\w+\s+)?TTC\b",
            0.8,
            case=True,
        ),
    ],
    "en": [
        # months of a pregnancy: "Cand is 6 months along", "vijf maanden zwanger"
        rule(
            PREG,
            r"\b(?:\d|one|two|three|four|five|six|seven|eight|nine|een|twee|drie|vier|vijf|zes|zeven|acht|negen)\s+"
            r"(?:months?|maanden|maand)\s+(?:along|gone|pregnant|zwanger|onderweg)\b",
            0.8,
        ),
        # weeks of a pregnancy in words, said at the end of a clause: "ik ben twaalf weken."
        rule(
            PREG,
            r"\b(?:ik\s+ben|ze\s+is|zij\s+is|i'm|i\s+am|she's|she\s+is)\s+(?:nu\s+|now\s+)?(?:acht|negen|tien|elf|"
            r"twaalf|dertien|veertien|vijftien|zestien|twintig|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            r"fifteen|sixteen|twenty)\s+(?:weken|weeks)(?=\s*(?:[.,;!?)]|$|pregnant|zwanger|along|gone))",
            0.8,
        ),
        rule(
            PREG,
            words(
                r"pregnan(?:t|cy|cies)(?:-related)?",
                r"maternity (?:leave|pay|benefit|allowance)",
                r"on maternity",
                r"expecting (?:a|our|her|their|my|his) (?:\w+ )?(?:baby|child|son|daughter|twins|first|"
                r"second|third)",
                r"expecting twins",
                r"(?:she is|she's|I'm|I am|we're|we are|they're|they are) expecting(?=\s*(?:[.,;!?)]|$|"
                r"(?:in|this|next|again|our|her|my|their|a baby|a child|twins|soon|since)\b))",
                r"baby on the way",
                r"(?:mother|mum|mom|dad|father|parents)-to-be",
                r"expectant (?:mother|mum|mom|father|parents)",
                r"(?:first|second|third|last) trimester",
                r"(?:ante|pre|post)natal(?: \w+)?",
                r"breastfeed\w*",
                r"breast ?milk",
                r"pumping(?= (?:breast|milk|at work|room|break))",
                r"lactation (?:room|break)s?",
                r"(?:gave|giving|give) birth",
                r"(?:just|recently) had (?:a|her|our|their) (?:baby|son|daughter)",
                r"had (?:a|her) baby",
                r"\d{1,2} weeks pregnant",
                r"midwife (?:appointment|visit|check\w*)",
                r"(?:planning|plans|plan|wants|hoping|hopes) to (?:start a family|have (?:a baby|children|"
                r"kids))",
                r"(?:she is|she's|I'm|I am|we're|we are|baby is|baby's) due (?:in|on|at|next|this)(?: \w+)?",
                r"(?:her|my|our|their) (?:due date|bump)",
                r"(?<=\()due (?:in|on) \w+(?=\))",
            ),
            0.85,
        ),
        rule(
            PREG,
            words(
                r"(?:wants?|wanted|want)\s+(?:to have\s+)?(?:children|kids|a baby|a family)",
                r"(?:having|expecting)\s+a\s+baby",
                r"leave\s+after\s+(?:the|her)\s+birth",
            ),
            0.75,
        ),
    ],
}

# "Hij trouwt zijn werk met zijn hobby", "het huwelijk tussen marketing en sales": a metaphor, two things wed.
_WEDDED_THINGS = (
    r"(?:trouw\w*|huwelijk)\s+(?:tussen|van|zijn|haar|mijn)\s+(?:werk|hobby|passie|marketing|sales|data|"
    r"design|techniek|kunst|business|IT)"
)
# "Getrouwd met Python sinds 2010": wedded to a technology is a joke, not a civil status.
_NOT_WED_TO_TECH = r"(?!\s+(?:met|to)\s+" + TECH_TERMS + r"\b)"
# "Single, no ties": the word opening a profile line.
_SINGLE_LINE = r"(?:^|(?<=\n)|(?<=[:.]\s))\s*Single(?=\s*[,;:.])"

MAR_RULES: dict[str, list[Rule]] = {
    "nl": [
        # session 22: a wedding in slang, a cohabitation contract ("Just got hitched", "samenlevingscontract")
        rule(MAR, r"\b(?:got|get|getting|gotten|just)\s+hitched\b|\bsamenlevingscontract\w*", 0.8),
        # session 23: a name before marriage ("Anna Visser (née Jansen)", "still under my maiden name")
        rule(
            MAR,
            # (the unaccented "nee" only in brackets: "Nee Jan, dat klopt niet" is Dutch for "no")
            r"(?:\b(?i:née)|(?<=\()\s*(?i:nee))\s+(?:(?:de|van|der|den|von|le|la|da|di|ter|ten)\s+){0,3}[A-Z][\w'’-]+"
            r"|\b(?i:(?:my|her|his|mijn|haar)\s+(?:maiden\s+name|meisjesnaam))\b"
            # (session 26: as a note on a surname, "Okafor (maiden name)")
            r"|(?<=\()(?i:maiden\s+name|meisjesnaam)(?=\))",
            0.8,
            case=True,
        ),
        # a candidate's spouse, and being single still: "Cand's wife works at ASML", "still single, no ties"
        rule(
            MAR,
            r"\b(?:cand(?:idate)?'s|kandidaats|applicant's)\s+(?:wife|husband|spouse|vrouw|man|echtgeno\w+)\b|"
            r"\b(?:still|nog\s+steeds|nog\s+altijd)\s+(?:single|vrijgezel)\b",
            0.8,
        ),
        # a separation under way: "she's going through a separation", "separated from my husband"
        rule(
            MAR,
            r"\b(?:going|went|been|is|am|are)\s+through\s+(?:a|the|my|her|his)\s+(?:\w+\s+)?(?:separation|divorce)\b|"
            r"\bseparated\s+from\s+(?:my|her|his|their)\s+(?:husband|wife|partner|spouse)\b"
            # (session 25: a couple that separated, "They've separated recently, so childcare is ...")
            r"|\b(?:they|we)(?:['’]ve|['’]re|\s+have|\s+are|\s+were|\s+got)?\s+(?:recently\s+|just\s+|now\s+)?separated\b"
            r"(?=\s*(?:[,.;!?)]|$)|\s+(?:recently|last|this|in\s+(?:19|20)\d\d|after|since|a\s+while|now)\b)",
            0.75,
        ),
        # "my missus is expecting", "the hubby", "my better half"
        rule(MAR, words(r"(?:my|his|mijn)\s+(?:missus|missis|wifey|hubby|better\s+half|other\s+half)"), 0.8),
        # session 25: the pet names alone mean a spouse ("can't do evenings, hubby works nights"); the wedding
        # next to one's engagement is one's own ("got engaged and the wedding is in September")
        rule(MAR, words(r"hubby|hubbie|wifey"), 0.75),
        rule(
            MAR,
            words(r"(?:the|de)\s+(?:wedding|bruiloft)"),
            0.75,
            # (session 26: or a name changed with it, "I've changed my surname since the wedding")
            near=r"\b(?:got\s+engaged|just\s+engaged|newly\s+engaged|verloofd|ga(?:at|an)?\s+trouwen|getting\s+married|"
            r"changed\s+(?:my|her|his)\s+(?:sur)?name|(?:mijn|haar|zijn)\s+achternaam\s+veranderd)\b",
        ),
        rule(
            MAR,
            words(
                r"(?:my|his|her|their|a|mijn|zijn|haar)\s+domestic\s+partner",
                r"(?:in\s+)?(?:a|een)\s+(?:registered|geregistreerd)\s+partnership|geregistreerd\s+partnerschap",
            ),
            0.8,
        ),
        # widowed in other words: "my late wife", "sinds mijn vrouw is overleden"
        rule(
            MAR,
            r"\b(?:my|his|her|mijn|zijn|haar)\s+late\s+(?:wife|husband|partner|spouse)\b"
            r"|\b(?:mijn|zijn|haar)\s+overleden\s+(?:vrouw|man|echtgeno(?:ot|te)|partner)\b",
            0.8,
        ),
        # "me and the missus", "he's separated", "Gescheiden, woont alleen"
        rule(
            MAR,
            r"\b(?:the|me\s+and\s+the|with\s+the)\s+(?:missus|missis|wife|hubby|husband|old\s+lady|other\s+half)\b"
            r"|\b(?:civil\s+partner(?:ship)?|geregistreerd\s+partner\w*|wettelijk\s+samenwonend\w*)\b"
            # session 26: in English, and a divorce's alimony ("my registered partner", "pays alimentatie")
            r"|\b(?:my|his|her|their|mijn|zijn|haar)\s+registered\s+partner\b"
            r"|\b(?:pays|paying|paid|betaalt|betaal|betaalde|receives|ontvangt|krijgt)\s+(?:\w+\s+)?(?:partner)?"
            r"(?:alimentatie|alimony)\b"
            r"|\b(?:ik\s+ben|ben\s+ik|hij\s+is|zij\s+is|ze\s+is)\s+(?:\w+\s+){0,3}?gescheiden\b"
            r"|\b(?:hes|shes|im)\s+single\b(?![-\w])|\b(?:i'm|i\s+am|he's|she's|he\s+is|she\s+is)\s+single\b(?![-\w])"
            r"(?!\s+(?:sign|source|page|point|handed|minded|digit|threaded|file|track|use))"
            r"|\b(?:i'm|i\s+am|he's|she's|he\s+is|she\s+is|recently|newly|\w+'s|(?:cand|candidate|applicant|"
            r"kandidaat)\s+is)\s+separated\b(?!\s+(?:from\s+(?:the|his|"
            r"her)\s+(?:army|service|forces|company)))"
            r"|(?:^|(?<=\n))\s*(?:gescheiden|getrouwd|gehuwd|ongehuwd|alleenstaand|weduwe|weduwnaar|samenwonend|"
            r"divorced|married|widowed|separated)(?=\s*[,;])",
            0.75,
        ),
        rule(
            "MARITAL_STATUS",
            words(
                r"huwelijks~verlof",
                r"(?:mijn |haar |zijn )?(?:man|vrouw|echtgenoot|echtgenote) is (?:\w+ ){0,2}overleden",
                r"lost (?:my|her|his|their) (?:husband|wife|spouse)",
                r"(?:my|her|his) (?:husband|wife|spouse) (?:passed away|died)",
            ),
            0.75,
        ),
        rule(
            MAR,
            words(
                r"gehuwd\w*",
                r"ongehuwd\w*",
                r"getrouwd(?! met (?:het|de|zijn|haar|mijn|m'n) (?:idee|werk|baan|bedrijf))"
                + _NOT_WED_TO_TECH,
                r"(?:(?:ben|is|zijn|was|waren|pas|recent|net|sinds \w+)\s+|(?<=\b(?:ben|is)\s+\d{2},\s))"
                r"gescheiden(?!\s+(?:van (?:de|het)|"
                r"door|afval|op|in|gehouden|opgeslagen))",
                r"gescheiden (?:vader|moeder|man|vrouw|ouders?)",
                r"weduw\w+",
                r"samenwonend\w*",
                r"ongehuwd samen\w*",
                r"alleenstaand\w*",
                r"vrijgezel(?!len)",
                r"verloofd\w*",
                r"(?:ga|gaat|gaan|gingen|ging) (?:\w+ ){0,3}?trouwen",
                r"trouw(?:t|de|den)(?= )",
                r"huwelijk(?:sreis|sfeest|sdag|se voorwaarden)?",
                r"echtgeno(?:ot|te|tes|ten)",
                r"(?:echt|vecht)?scheiding(?!\s+(?:van|tussen))",
                r"in scheiding",
                r"ex-?(?:man|vrouw|echtgeno\w+)",
                r"geregistreerd partnerschap",
                r"partnerschapsregistratie",
                r"burgerlijke staat\s*:?\s*[\w-]+",
                r"(?:ben|is|was|ik|weer|nog)\s+(?:nog\s+|weer\s+|nu\s+)?single(?!\s+(?:sign|page|point|player))",
                r"(?:woon|woont|wonen|woonde|woonden)\s+(?:\w+\s+){0,2}?samen(?:\s+met\s+(?:mijn|m'n|zijn|haar)\s+"
                r"(?:vriend|vriendin|partner))?",
                r"(?:pas|net|kersvers|onlangs)\s+getrouwd",
                r"(?<!\ber\s)(?:mijn|m'n|zijn|haar)\s+(?:man|vrouw)(?!\s+(?:en vrouw|power|uren|jaren|"
                r"sterk|op))",
            ),
            0.8,
            unless=r"\b(?:huwelijksplanner\w*|trouwfotogra\w+|weddingplanner\w*|scheiding van (?:frontend|"
            r"taken|functies|verantwoordelijkheden)|" + _WEDDED_THINGS + r")\b",
            window=40,
        ),
        # session 24: a wedding planned with a time ("trouwen volgend voorjaar", "we're getting married next
        # June"), parenting shared with an ex ("Mijn ex-partner en ik hebben co-ouderschap", "co-parenting
        # with my ex"), a spouse in a profile line ("Proud husband and dad of three", "trotse echtgenote")
        rule(
            MAR,
            r"\b(?:trouwen|trouwt|getting\s+married|get\s+married|marrying)\s+(?:volgend|volgende|komend|komende|"
            r"deze|dit|next|this|in)\s+(?:jaar|voorjaar|najaar|zomer|winter|herfst|lente|maand|week|year|spring|"
            r"summer|autumn|fall|winter|month|week|januari|februari|maart|april|mei|juni|juli|augustus|september|"
            r"oktober|november|december|january|february|march|may|june|july|august|october)\b",
            0.75,
            near=r"\b(?:verloofde|fianc\w*|we|wij|we're|ik|i|i'm|partner|vriend\w*|girlfriend|boyfriend|ze|zij|"
            r"hij|she|he|kandidaat|candidate)\b",
            near_anywhere=True,
            unless=r"\b(?:zus|broer|sister|brother|vriendin\s+van|friend\s+of|zoon|dochter|son|daughter|nicht|neef|"
            r"cousin|collega|colleague)\b",
        ),
        rule(
            MAR,
            r"\b(?:hebben|heb|heeft|deel|deelt|delen|in|met)\s+(?:\w+\s+)?co-?ouderschap\b"
            r"|\bco-?parent(?:ing|s)?\s+with\s+(?:my|his|her)\s+ex\b"
            r"|\b(?:mijn|zijn|haar|my|his|her)\s+ex-?(?:partner|man|vrouw|echtgeno\w+|husband|wife)\s+(?:en|and)\s+"
            r"(?:ik|i|hij|zij|ze|he|she)\b"
            r"|\b(?:proud|happy|trotse|gelukkige?)\s+(?:husband|wife|echtgenoot|echtgenote)\b",
            0.75,
        ),
    ],
    "en": [
        # a note's shorthand ("c. single, no dependants"), a couple that separated
        rule(
            MAR,
            r"(?<=\b(?:(?:cand|c|kand|k)\.|candidate|kandidaat)\s)(?:single|alleenstaand|vrijgezel)\b"
            r"|\b(?:single|alleenstaand)(?=\s*[,;]\s*(?:no|geen)\s+(?:dependants|dependents|kids|children|kinderen))"
            r"|\b(?:they|we|ze|zij|wij)\s+(?:\w+\s+)?(?:separated|split\s+up|divorced|gingen\s+uit\s+elkaar|"
            r"zijn\s+uit\s+elkaar|scheidden)\b",
            0.75,
            near=r"\b(?:husband|wife|spouse|partner|man|vrouw|echtgeno\w+|single|alleenstaand|vrijgezel)\b",
        ),
        rule(
            MAR,
            words(
                r"(?<!\b(?:"
                + THINGS
                + r")\s)married(?! to (?:the|his|her|my|their) (?:idea|job|work|company|role))"
                + r"(?!\s+(?:his|her|my|their)\s+(?:work|job|passion|hobby|love)\b)"
                + _NOT_WED_TO_TECH,
                r"unmarried",
                r"divorc\w+",
                r"widow(?:ed|er|ers|s)?",
                r"single (?:mother|mum|mom|father|dad|parent)s?",
                r"(?:I'm|I am|is|she's|he's) single(?!\s+(?:point|source|page|sign|handed|threaded|digit))",
                r"marital status\s*:?\s*[\w-]+",
                r"engaged to",
                r"(?:I'm|I am|she's|he's|is|am|are|just|recently|newly)\s+engaged"
                r"(?!\s+(?:in|with|by|on|employees|workforce|audience|users|team|staff))",
                r"got engaged",
                r"recently engaged",
                r"fianc[eé]e?s?",
                r"spouses?",
                r"(?:my|his|her|their|your)\s+(?:husband|wife|hubby|ex-wife|ex-husband)",
                r"ex-(?:wife|husband)",
                r"(?:my|our|his|her|their) wedding",
                r"honeymoon(?! (?:period|phase))",
                r"newly[\s-]?weds?",
                r"newly married",
                r"(?:lives?|living|lived|moved in)\s+(?:together\s+)?with\s+(?:my|his|her|their)\s+"
                r"(?:girlfriend|boyfriend|partner|fianc[eé]e?)",
                r"civil partnership",
                r"domestic partnership",
                r"common-law (?:partner|wife|husband|marriage)",
                r"cohabit\w*",
                r"separated from (?:his|her|my|their) (?:wife|husband|spouse|partner)",
                r"legally separated",
                r"(?:getting|got|get) married",
            ),
            0.8,
        ),
        rule(MAR, _SINGLE_LINE, 0.75, case=True),
    ],
}

# Pregnant as a figure of speech: "zwanger van ideeën", "a pregnant pause".
BLOCKS = {
    "nl": [
        # session 23 look-alikes: the law's pension age ("The statutory retirement age in the Netherlands is
        # 67"), divorce as a figure of speech ("we divorced the frontend from the legacy backend")
        block(
            AGE,
            r"\b(?:the|de)\s+(?:statutory\s+|state\s+|official\s+|legal\s+|wettelijke\s+|normal\s+)?(?:retirement|pension|"
            r"pensioen)[\s-]?(?:age|leeftijd)\b(?:\s+in\s+(?:the\s+)?\w+)?\s+(?:is|was|will|rises?|ligt|wordt|stijgt|gaat)\b"
            r"[^.;\n]{0,40}|\b(?:de\s+)?aow-?leeftijd\s+(?:in\s+\w+\s+)?(?:is|ligt|wordt|gaat|stijgt)\b[^.;\n]{0,40}",
        ),
        # session 23 look-alike: a pumping room as the office's facility ("Onze kolfruimte is opnieuw
        # ingericht"), not someone's use of it
        block(PREG, r"\b(?:onze|ons|our)\s+(?:\w+\s+)?(?:kolfruimte|kolfkamer|lactation\s+room)\w*"),
        # session 25 look-alikes: a leave entitlement for all, by its length, not one's own leave
        # ("Zwangerschaps- en bevallingsverlof bedraagt minimaal 16 weken", "Employees are entitled to up to
        # 52 weeks of maternity leave"; not "her maternity leave is 16 weeks")
        block(
            PREG,
            r"(?<!\b(?:her|my|his|their|haar|mijn|zijn|hun)\s+)\b(?:zwangerschaps\w*|bevallingsverlof|maternity\s+leave|"
            r"pregnancy\s+leave)[^.;\n]{0,40}?\b(?:bedraagt|duurt|lasts|is)\s+(?:minimaal|maximaal|ten\s+minste|at\s+least|"
            r"up\s+to|max(?:imum)?)?\s*\d+\s+(?:weken|weeks)\b"
            r"|\b(?:employees|staff|workers|everyone|you|medewerkers|werknemers|je|u|iedereen)\s+(?:are\s+|zijn\s+|hebben\s+|"
            r"heeft\s+|have\s+|is\s+)?(?:entitled\s+to|recht\s+op)\s+(?:up\s+to\s+|at\s+least\s+|maximaal\s+|"
            r"minimaal\s+)?\d+\s+(?:weeks?|weken|days?|dagen|months?|maanden)\s+(?:of\s+)?(?:paid\s+|betaald\s+)?"
            r"(?:maternity|zwangerschaps|pregnancy)\w*",
        ),
        block(MAR, r"\bdivorc\w*\s+(?:the|a|an|our|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?from\b"),
        # session 21 look-alike: expecting an event ("In verwachting van een hoge opkomst")
        block(
            PREG,
            r"\bin\s+verwachting\s+van\s+(?:een\s+)?(?:(?:hoge|grote|flinke|drukke|sterke|veel|meer|extra)\s+)?(?:opkomst|"
            r"aanmelding\w*|drukte|groei|vraag|reacties|bezoekers|deelnemers|resultaten|omzet|orders?|sollicitaties|"
            r"inschrijvingen)\b",
        ),
        # the age of a thing: "a 15-year-old Java monolith", "een 20 jaar oud ERP-systeem"
        block(
            AGE,
            r"\b\d+[- ](?:years?|jaar)[- ]old\s+(?:[\w-]+\s+){0,2}?(?:monolith|code\s*base|code|"
            r"systems?|platforms?|apps?|applications?|products?|company|business|start-?up|firm|brand|stack|databases?|(?:web)?site|"
            r"machines?|plant|fleet|building|servers?|infrastructure|process|project|tools?|library|framework|"
            r"repo\w*|software|mainframe|erp|crm|network|tradition|institution|organi[sz]ation|bank|factory)\b"
            r"(?![\s-]+(?:manager|lead\w*|owner|engineer|developer|officer|director|consultant|coordinator|specialist|"
            r"analyst|architect|worker|assistant|administrator|admin|operator|tester|designer|executive|clerk|teller|"
            r"employee))|"
            r"\b\d+\s+jaar\s+oude?\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:systeem|systemen|platform|applicatie|bedrijf|"
            r"organisatie|code|codebase|software|fabriek|machine|gebouw|website|database|traditie|netwerk)\b"
            r"(?![\s-]*(?:medewerker|leider|leidster|beheerder|ontwikkelaar|adviseur|monteur|manager|eigenaar))",
        ),
        # session 27: two fields or disciplines wed ("een huwelijk uit het boekje tussen design en
        # development", "a marriage of data and design")
        block(
            MAR,
            r"\b(?:huwelijk|marriage)\b[^.;!?\n]{0,30}?\b(?:tussen|between|of)\s+(?:the\s+|de\s+|het\s+)?"
            r"(?!(?:mij|me|hem|haar|ons|hen|mijn|zijn|my|him|her|us|them|his|their|twee|two|a|een)\b)[\w-]+\s+"
            r"(?:en|and|&)\s+(?:the\s+|de\s+|het\s+)?(?:design|development|data|tech\w*|business|marketing|sales|"
            r"ux|ui|it|finance|operations|engineering|product|creati\w+|strateg\w+|content|code|science|art|kunst|"
            r"wetenschap|theorie|praktijk|theory|practice)\b",
        ),
        # a marriage or divorce of things, a job in family law, a typesetting term: "the divorce between the
        # sales and marketing teams", "divorce lawyer", "widows and orphans in the layout"
        block(
            MAR,
            r"\b(?:divorce|marriage|scheiding|huwelijk)\s+(?:between|of|tussen|van)\s+(?:the\s+|de\s+|het\s+)?"
            r"(?:\w+\s+){0,3}?(?:teams?|departments?|afdelingen|companies|bedrijven|brands|merken|systems|systemen|"
            r"functions|functies)\b",
        ),
        block(
            MAR,
            r"\b(?:divorce|family|echtscheidings|scheidings|familie)[\s-]?(?:lawyer|advocaat|mediator|"
            r"bemiddelaar|attorney|solicitor|practitioner|recht)\b",
        ),
        block(MAR, r"\bwidows?\s+(?:and|&)\s+orphans?\b"),
        # session 22 look-alikes: divorce as a practice area ("paralegal specialising in divorce and financial
        # remedy"), partners invited as guests ("Spouses, partners and kids are all welcome at the BBQ")
        block(
            MAR,
            r"\b(?:speciali[sz]\w*|gespecialiseerd|practice\s+areas?|praktijkgebied\w*|expertise)\s+(?:in\s+|op\s+)?"
            r"(?:\w+\s+){0,2}?(?:divorces?|(?:echt)?scheiding\w*)\b"
            # (session 25: and as the cases one handles, "mostly divorce and financial remedy cases")
            r"|\b(?:divorce|echtscheidings?)\s+(?:(?:and|en)\s+[\w ]{0,30}?)?(?:cases|matters|files|"
            r"zaken|dossiers|proceedings|procedures|practice|work)\b",
        ),
        block(
            MAR,
            r"\b(?:spouses|partners|echtgeno(?:ten|tes))\b[^.!?\n]{0,60}\b(?:(?:are|zijn)\s+(?:all\s+|allemaal\s+|ook\s+|"
            r"also\s+|van\s+harte\s+)?(?:welcome|welkom|invited|uitgenodigd))\b",
        ),
        # wording said not to be an age requirement, or to be avoided: "'young professional' — dat is bij ons
        # een functieniveau, geen leeftijdseis", "'jong, dynamisch team' liever vermijden"
        block(
            AGE,
            r"[^.!?\n]{0,120}\b(?:geen|not\s+an?|no)\s+(?:leeftijdseis\w*|leeftijdsgrens|leeftijdscriterium|age\s+"
            r"(?:requirement|limit|criterion|restriction))\b"
            r"|['‘\"“][^'’\"”\n]{1,40}['’\"”][^.!?\n]{0,30}\b(?:(?:liever\s+|beter\s+)?(?:vermijden|vermijd)|avoid\w*|"
            r"niet\s+(?:gebruiken|opnemen)|don't\s+use|do\s+not\s+use|schrappen|weglaten)\b",
        ),
        # a product's audience: "a wearable aimed at people over 75", "een app bedoeld voor mensen boven de
        # 65"
        block(
            AGE,
            r"\b(?:aimed\s+at|targeting|targeted\s+at|designed\s+for|marketed\s+to|gericht\s+op|bedoeld\s+voor|"
            r"ontworpen\s+voor)\s+(?:\w+\s+)?(?:people|users|customers|patients|residents|mensen|gebruikers|klanten|"
            r"patiënten|bewoners|ouderen)\s+(?:aged|over|under|above|boven|onder|van|ouder\s+dan)\s+(?:de\s+)?\d+",
        ),
        # a number of roles or hires, not an age: "filled 60+ psychiatric nurse and HCA roles"
        block(
            AGE,
            r"\b\d+\+?\s+(?:[\w-]+\s+){0,4}?(?:roles|vacancies|positions|hires|placements|openings|vacatures|functies|"
            r"plaatsingen|posities)\b",
        ),
        # a generation or an age group as an audience or a topic: "gericht op Generatie Z en op babyboomers",
        # "de arbeidsparticipatie van zestigplussers", "de koppeling van de AOW-leeftijd aan de
        # levensverwachting"
        block(
            AGE,
            # (session 25: content made for a generation, "Je maakt content voor Gen Z op TikTok")
            r"(?:\bgericht\s+op|\btargeting|\baimed\s+at|participatie\s+van|\bover|\babout|\b(?:content|campagnes?|"
            r"campaigns?|marketing|video's|videos|posts|producten|products|ads|advertenties)\s+(?:voor|for))\s+"
            r"(?:de\s+|het\s+)?(?:\w+\s+)?"
            r"(?:\w+plussers|\d+-plussers|babyboomers|boomers|millennials|(?:generati(?:e|on)|gen)\s+(?:z|y|x|alpha))\b"
            r"(?:\s+(?:en|and)\s+(?:op\s+|on\s+)?(?:\w+plussers|babyboomers|boomers|millennials))?|\b(?:koppeling|verhoging|stijging|wetswijziging|discussie|debat|"
            r"wet)\s+(?:\w+\s+){0,3}?(?:de\s+)?AOW-?leeftijd\b",
        ),
        block(
            PREG,
            r"\bin\s+blijde\s+verwachting\s+van\s+(?:de|het|een|ons|onze)\s+(?!baby|kind|tweeling|zoon|dochter)\w+",
        ),
        # classes and care run for others: "runs pre- and postnatal classes", "geeft zwangerschapsyoga"
        block(
            [PREG, "HEALTH"],
            r"\b(?:runs?|ran|teach\w*|taught|lead\w*|geeft|gaf|verzorgt|organi[sz]\w*)\s+(?:\w+\s+){0,2}?"
            r"(?:(?:pre-?\s*(?:and|en)\s+)?(?:ante|pre|post)natal|zwangerschaps)[\s-]*(?:classes|class|yoga|cursus\w*|"
            r"gym)\b",
        ),
        # an advert's wording quoted to discuss it: "de klant wil 'jong en dynamisch team' in de
        # vacaturetekst"
        block(AGE, r"['‘\"“](?:jong\s+en\s+dynamisch|young\s+and\s+dynamic)[^'’\"”\n]{0,30}['’\"”]"),
        block(
            PREG,
            r"\bzwanger\s+van\s+(?:\w+\s+)?(?:ideeën|plannen|gedachten|initiatieven|projecten|voornemens)\b|"
            r"\bpregnant\s+(?:pause|silence|with\s+(?:meaning|possibilit\w+|ideas|significance))\b|"
            r"\bzwanger\s+van\s+(?:het|een|dat|dit)\s+(?:idee|plan|gedachte|voornemen)\b",
        ),
        block(
            MAR,
            r"\b(?:married|getrouwd)\s+(?:to|met)\s+(?:this|the|my|that|dit|het|mijn|dat|deze)\s+(?:project|job|work|werk|"
            r"baan|company|bedrijf|laptop|inbox|desk|mission|missie|cause|brand|merk|vision|visie|product|startup|code)\b",
        ),
        # the topic of age discrimination, hours per week ("24–32 uur"), an age requirement stated as none
        # ("geen leeftijdseis") and a count of things ("40+ microservices")
        block(AGE, r"\b(?:leeftijdsdiscriminatie|age\s+discrimination|ageism|leeftijdsbewust\w*)\b"),
        block(AGE, r"\b\d{2}\s*(?:[–-]|tot|to)\s*\d{2}\s*(?:uur|uren|hours|hrs|u)\b"),
        block(
            AGE,
            r"\b(?:geen|no|zonder|without)\s+(?:leeftijds(?:eis|grens|limiet)\w*|age\s+(?:limit|requirement|"
            r"cap)s?)\b",
        ),
        block(
            AGE,
            r"\b\d{2}\s*\+\s+(?!(?:jaar|years?|yrs|jr|y/o)\b)(?:\w+\s+)?(?:\w+s|\w+en)\b(?<!mensen)(?<!people)"
            r"(?<!kandidaten)(?<!candidates)(?<!werknemers)(?<!workers)(?<!vrouwen)(?<!mannen)(?<!women)(?<!men)",
        ),
        # session 18 look-alikes. A generation compared or named as a programme: "babyboomers vs.
        # millennials", "Young Professionals-programma"; a thing due or calculated: "Go-live for the new ATS
        # is due in June", "De planning is uitgerekend op 3 weken"; a figure of speech: "zwanger van
        # geruchten", "pregnant with rumors", "Getrouwd met je werk?", "that codebase is a senior citizen"; a
        # pregnancy app; typesetting
        block(
            AGE,
            r"\b(?:babyboomers|boomers|millennials|gen(?:eratie|eration)?[\s-]?(?:x|y|z|alpha))\s+(?:vs\.?|versus|"
            r"tegenover|and|en|&)\s+(?:de\s+|the\s+)?(?:babyboomers|boomers|millennials|gen(?:eratie|eration)?"
            r"[\s-]?(?:x|y|z|alpha))\b",
        ),
        block(AGE, r"\bYoung\s+Professionals\b", case=True),
        block(
            AGE,
            r"\b(?:code\s*base|code|system|systeem|software|platform|server|laptop|app)\b[^.;\n]{0,30}"
            r"\bsenior\s+citizens?\b",
        ),
        block(
            PREG,
            r"\b(?:for|of|voor|van)\s+(?:the|de|het|our|onze)\s+(?:new\s+|nieuwe\s+)?[\w-]+\s+is\s+(?:due|uitgerekend)\b"
            r"|\buitgerekend\s+op\s+\d+\s+(?:weken|dagen|uur|maanden|procent|fte|euro)\b"
            r"|\b(?:zwanger\s+(?:gaan\s+|gaat\s+)?van|pregnant\s+with)\s+(?:\w+\s+)?(?:geruchten|rumou?rs|speculati\w+|"
            r"meaning|betekenis|possibilit\w+|mogelijkheden|ideas|ideeën|plannen|plans|tension|spanning)\b"
            r"|\bpregnancy[\s-]+(?:tracker|tracking)\b|\bzwangerschaps(?:tracker|app|module)\b"
            # discrimination as a subject: "Zwangerschapsdiscriminatie op de arbeidsmarkt: rapport ..."
            r"|\b(?:zwangerschapsdiscriminatie|pregnancy\s+discrimination)\s+(?:op\s+de\s+arbeidsmarkt|in\s+the\s+"
            r"workplace|at\s+work)\b",
        ),
        block(PREG, r"\b[A-Z]{2,}\s+is\s+(?:due|uitgerekend)\b", case=True),
        # session 24 look-alikes. "Uitgerekend" as "of all days" ("Uitgerekend op de dag van de go-live",
        # "uitgerekend vandaag"); leave as a policy's subject ("HR-beleid geschreven voor zwangerschaps- en
        # ouderschapsverlof"); a firm named after a widow ("distilleerderij Weduwe Joustra"); data "married"
        # ("We married the CRM export to the payroll file")
        block(
            PREG,
            r"\buitgerekend\s+(?:op\s+(?:de|het|dat|die|deze|dit)\s+(?:\w+\s+)?(?:dag|moment|ochtend|middag|avond|nacht|"
            r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|go-live|livegang|release|deadline|"
            r"vergadering|presentatie)\b|(?:nu|vandaag|gisteren|morgen|toen|hij|jij|die|deze|dit|degene)\b)",
        ),
        block(
            PREG,
            r"\b(?:beleid|regeling|policy|policies|reglement|procedure|handbook|handboek|richtlijn)\w*\s+(?:\w+\s+){0,2}?"
            r"(?:voor|for|on|rond|rondom|around|over|op\s+het\s+gebied\s+van)\s+(?:het\s+|de\s+|the\s+)?"
            r"(?:zwangerschaps|bevallings|moederschaps|maternity|pregnancy)[\w-]*(?:\s+(?:en|and|&|of|or)\s+\w+)?",
        ),
        block(MAR, r"\b(?:Weduwe|Wed\.)\s+[A-Z][a-z]\w*", case=True),
        block(
            MAR,
            r"\bmarr(?:y|ies|ied|ying)\s+(?:the|our|their|this|that|these|those|its|both)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:to|with)\s+(?:the|our|their|a|an|its|this|that)\b",
        ),
        block(
            MAR,
            r"\b(?:getrouwd|married)\s+(?:met|to)\s+(?:je|zijn|haar|mijn|hun|het|the|his|her|my|their|your)\s+"
            r"(?:werk|baan|job|work|career|carrière|bedrijf|company)\b|\bwidows?\s*/\s*orphans?\b",
        ),
        # session 19 look-alikes: an age group served ("a summer camp for young people with ...", "voor
        # ouderen"), a statutory leave asked about for everyone ("hoe lang duurt het wettelijke
        # zwangerschapsverlof?"), marriage and divorce as figures of speech for systems, teams and deals
        block(
            AGE,
            r"\b(?:for|voor|with|met|among|onder)\s+(?:\w+\s+)?(?:young\s+people|youngsters|jongeren|ouderen|"
            r"elderly\s+people|the\s+elderly|senioren|seniors|older\s+(?:people|adults))\b",
        ),
        block(
            PREG,
            r"\b(?:wettelijk\w*|statutory)\s+(?:zwangerschaps\w*|bevallings\w*|maternity|paternity|geboorte\w*)"
            r"(?:[\s-]+(?:en\s+)?\w*verlof|\s+(?:leave|pay|allowance))?",
        ),
        block(
            MAR,
            r"\b(?:systemen|systems|koppeling|overname|fusie|merger|acquisition|architect\w*|monolith\w*|"
            r"microservices|platforms?|applicaties|applications|tools|bedrijven|companies|afdelingen|departments|"
            r"merken|brands)\b[^.;!?\n]{0,80}?\b(?:getrouwd|huwelijk|married|marriage|divorce|scheiding)\w*"
            r"|\b(?:getrouwd|huwelijk|marriage|divorce|scheiding)\w*\b[^.;!?\n]{0,40}?\b(?:from|van|tussen|between)\s+"
            r"(?:the\s+|de\s+|het\s+)?(?:old|oude|twee|two)?\s*(?:systemen|systems|architect\w*|platforms?|teams|"
            r"bedrijven|companies|monolith\w*)"
            # session 26: the verb first, with what it became ("Married the two data models into one star
            # schema", "Divorced the monolith into twelve microservices")
            r"|\b(?:married|divorced)\s+(?:the|our|two|both|its)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+into\b",
        ),
        # session 26 look-alikes: a contract lock-in in scare quotes ("We zitten tot 2026 'getrouwd' aan
        # Salesforce"), wedding leave as an entitlement ("Huwelijksverlof: 1 dag betaald volgens de cao"),
        # divorce as casework ("prepared divorce petitions"), spouses as a class of dependants ("benefits
        # cover spouses and partners of any gender")
        block(
            MAR,
            r"['‘\"“](?:getrouwd|married)['’\"”]\s+(?:aan|met|to|with)\b"
            r"|(?:^|\n)\W*(?:huwelijksverlof|wedding\s+leave|marriage\s+leave)\s*:"
            r"|\bdivorce\s+(?:petitions|cases|files|law|lawyers?|attorneys?|solicitors?)\b"
            r"|\bspouses\b(?=\s+(?:and|or|&)\s+(?:partners|children|dependants|dependents|families))",
        ),
        # session 26 look-alikes: an age group served ("begeleidt dagelijks een groep 80-plussers", "the
        # over-50s travel insurance range")
        block(
            AGE,
            r"\b(?:groep|group|groepen|groups)\s+(?:\w+\s+)?[4-9]0-?plussers\b"
            r"|\b(?:the|de)\s+(?:over|under)-?[2-9]0s\s+(?:[\w-]+\s+){0,2}?(?:range|market|segment|products?|insurance|"
            r"customers|clients|holidays?|policies|policy|cover)\b",
        ),
        # session 27: an age group helped or served ("helping older people in my area get online", "begeleidt
        # oudere werkzoekenden")
        block(
            AGE,
            r"\b(?:help\w*|support\w*|caring\s+for|care\s+for|work\w*\s+with|teach\w*|train\w*|coach\w*|serv\w*|"
            r"visit\w*|befriend\w*|begeleid\w*|ondersteun\w*|bezoek\w*|coach\w*|werk\w*\s+met)\s+"
            r"(?:\w+\s+)?(?:older|elderly|younger|oudere|jongere)\s+(?:people|persons|adults|residents|patients|"
            r"customers|clients|learners|jobseekers|neighbours|mensen|volwassenen|bewoners|cli[eë]nten|"
            r"werkzoekenden|buurtbewoners|klanten)\b",
        ),
    ],
    "en": [],
}
