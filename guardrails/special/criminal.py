"""CRIMINAL_RECORD (GDPR Art. 10): convictions, sentences, detention, arrests, a refused VOG.

Jobs and institutions around criminal justice are not criminal data about the person: "strafrechtadvocaat",
"criminal law course", "gevangenisbewaarder", "probation officer" (as a job), "Reclassering Nederland" as an
employer. A VOG being *required* is a hiring step; a VOG *refused* is criminal data. "vast contract" and
"vast in de file" are not "vastzitten".
"""

from __future__ import annotations

from guardrails.special.cues import NEUTRAL_HEADS_NL
from guardrails.special.rules import Rule, block, compound, rule, suffixed, words

E = "CRIMINAL_RECORD"

_JOB_NL = (
    # "werkt als/bij ...", not "zijn broer, die hier ook werkt,"
    r"\b(?:werk(?:t|te)\s+(?:als|bij|in|met|voor|op)|werkzaam|functie|vacature"
    r"|als (?:\w+ )?(?:medewerker|werker|adviseur|bewaarder|"
    r"jurist|advocaat|agent)|bij Reclassering Nederland|reclasseringswerker|begeleid\w*|"
    r"met gedetineerden)\b"
)
_CRIME_NL = (
    r"(?:mishandeling|diefstal|winkeldiefstal|fraude|geweld|inbraak|oplichting|heling|drugshandel|drugsbezit|"
    r"witwassen|verduistering|bedreiging|afpersing|moord|doodslag|zedendelict\w*|rijden onder invloed|"
    r"vernieling|brandstichting|openlijk geweld|dronken rijden|belastingontduiking|belastingfraude)"
)
_CRIME_EN = (
    r"(?:assault|battery|theft|shoplifting|fraud|burglary|robbery|possession|dealing|trafficking|"
    r"money laundering|embezzlement|arson|vandalism|harassment|stalking|murder|manslaughter|"
    r"drink[- ]driving|drunk driving|criminal damage|affray)"
)
_STUCK_NL = r"\b(?:file|verkeer|lift|sneeuw|modder|trein|code|project|vergadering|bus|systeem|contract)\b"

# Working in a prison: its staff and their jobs are no criminal record.
_PRISON_STAFF = (
    r"\b(?:\w*bewaarder|inrichtingswerker\w*|PIW|penitentiair\w*|werkzaam|(?:prison|custody)\s+officer|guard|"
    r"werk\w*\s+(?:in|bij)\s+(?:de\s+)?(?:PI|gevangenis))\b"
)

# Teaching and support work done in a prison (session 27): "Prison educator at HMP Wandsworth", "vrijwilliger
# bij PI Vught".
_PRISON_JOBS = (
    r"educator|instructor|lecturer|librarian|volunteer|vrijwilliger|mentor|trainer|counsell?or|therapist|"
    r"therapeut|co[oö]rdinator|caseworker|casemanager|maatschappelijk\s+werker|social\s+worker"
)

RULES: dict[str, list[Rule]] = {
    "nl": [
        # session 22: prison in slang, a settlement with the prosecutor ("got sent down for a bit", "een
        # transactie met het OM getroffen voor diefstal", "een strafbeschikking")
        rule(
            E,
            r"\b(?:got|get|was|were|been|being)\s+sent\s+down\b"
            r"|\b(?:transactie|schikking)\s+met\s+het\s+(?-i:OM)\b|\bstrafbeschikking\w*",
            0.8,
        ),
        # session 23: a settlement with the prosecutor with its verb between ("een schikking getroffen met het
        # OM"), a criminal case pending against one ("Heeft een lopende strafzaak (fraude)", "a pending
        # criminal case")
        rule(
            E,
            r"\b(?:transactie|schikking|settlement)\s+(?:\w+\s+){1,2}?(?:met|with)\s+(?:het\s+|the\s+)?(?-i:OM|CPS)\b"
            r"|\b(?:lopende|openstaande|pending|ongoing|open)\s+(?:straf|criminal\s+|strafrechtelijke\s+)(?:zaak|case|"
            r"procedure|vervolging|proceedings)\b",
            0.8,
        ),
        # supervised after a sentence: "de reclassering begeleidt hem nog", "onder toezicht van de
        # reclassering"; an offence as a case: "an old shoplifting case"
        rule(
            E,
            r"\breclassering\s+(?:begeleidt|begeleidde|houdt\s+toezicht\s+op)\s+(?:hem|haar|mij|me)\b|"
            r"\bonder\s+toezicht\s+(?:van|bij)\s+de\s+reclassering\b|\b(?:old|oude|earlier|eerdere|previous)\s+"
            r"(?:shoplifting|winkeldiefstal|theft|diefstal|fraud|fraude|assault|mishandeling|drugs?|"
            r"drink[- ]driving)\s*(?:case|charge|conviction|zaak|veroordeling|delict)\b",
            0.8,
        ),
        # a record that stops one at a border or a check: "my record means my ESTA gets refused"
        rule(
            E,
            r"\b(?:my|his|her|mijn|zijn|haar)\s+(?:criminal\s+)?(?:record|strafblad)\b",
            0.75,
            near=r"\b(?:esta|visa|visum|dbs|vog|background\s+check|refused|geweigerd|border|grens)\b",
            window=60,
        ),
        # time served and penalties in other words: "8 maanden onvoorwaardelijk", "heb van 2019 tot 2021 in
        # Vught gezeten", "onder probatie", "bij zijn justitieassistent", "gepakt voor heling", "opgepakt op
        # de A12", a VOG "voornemen tot weigering", an education programme in a PI, "a stint inside", years in
        # Mountjoy, tagged on licence
        rule(
            E,
            words(
                r"(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\w+tien)\s+(?:maanden|maand|jaar|weken|"
                r"dagen)\s+(?:on)?voorwaardelijk",
                r"(?:heb|heeft|hebben|had)\s+(?:\w+\s+){0,6}?(?:jaar|maanden|maand|weken|\d{4})\s+"
                r"(?:in\s+(?-i:[A-Z]\w+)\s+)?gezeten",
                r"(?:onder\s+)?probatie\w*",
                r"justitieassistent\w*|justitiehuis",
                r"(?:op)?gepakt\s+(?:voor|wegens|met)\s+(?!(?:de|het|een)\s+(?:trein|bus|rol|baan|kans)\b)\w+",
                r"(?:is|werd|ben|was|zijn)\s+(?:\w+\s+){0,3}?opgepakt",
                r"voornemen\s+tot\s+weigering",
                r"(?:a|had\s+a|did\s+a)\s+(?:\w+\s+)?(?:stint|stretch|spell)\s+inside",
                r"(?:in|at|out\s+of|from|released\s+from)\s+(?-i:(?:Mountjoy|Wheatfield|Cloverhill|Portlaoise|"
                r"Castlerea|Barlinnie|Strangeways|Pentonville|Belmarsh|Wormwood\s+Scrubs|Rikers|San\s+Quentin|"
                r"Pollsmoor|Tihar|Long\s+Bay|Kirikiri)\b)",
                r"tagged(?=[^.;\n]{0,60}\b(?:curfew|licen[cs]e|probation|home\s+by))",
            ),
            0.8,
            unless=_PRISON_STAFF,
        ),
        # a Dutch prison by its abbreviation: "via het onderwijsprogramma van PI Zwolle"
        rule(E, r"(?<![\w-])(?:PI|PPC|FPC|JJI)\s+[A-Z][a-z]+", 0.8, case=True, unless=_PRISON_STAFF),
        # time inside and what follows it: "zat vast in Spanje", "loop nog bij de reclassering", "vrijgekomen
        # na vier jaar", "did a stretch in Barlinnie", "18 months at HMP Thameside", "8 months in a YOI", "on
        # licence until Nov", "een conviction gehad voor insider trading"
        # (capitals matter: "zat vast in Spanje", not "zat vast in een overleg"; "HMP", "YOI")
        rule(
            E,
            r"\b(?i:zat\s+(?:\w+\s+){0,2}?vast\s+in)\s+[A-Z][\w-]+"
            r"|\b(?i:(?:\w+\s+)?(?:months?|years?|weeks?|maanden|jaar)\s+(?:in|at)\s+(?:a\s+)?)(?:HMP|HMYOI|YOI)\b"
            r"(?:\s+[A-Z]\w+)?|\b(?i:in|inside|from|at)\s+(?:HMP|HMYOI)\s+[A-Z]\w+"
            # a CV line that names the prison: "2018 – 2020: HMP Brixton – completed Level 2 Plumbing"
            r"|(?<=(?:^|\n|:)\s*)(?:HMP|HMYOI)\s+[A-Z]\w+",
            0.8,
            case=True,
            # (session 27: teaching and support jobs too, "Prison educator at HMP Wandsworth")
            unless=r"\b(?:officer|warden|guard|staff|nurse|chaplain|teacher|tutor|governor|bewaarder|personeel|"
            r"worked|working|employed|" + _PRISON_JOBS + r")\b",
        ),
        rule(
            E,
            r"\b(?:bij|onder\s+toezicht\s+van|via)\s+de\s+reclassering\b"
            r"|\b(?:vrijgekomen|vrijgelaten)\s+(?:na|uit)\b(?:\s+\w+){1,3}"
            r"|\b(?:did|served|doing|done)\s+(?:a\s+)?(?:stretch|bird|porridge)\b(?:\s+in\s+[\w' -]+?)?"
            r"(?=[,.;!?]|\s+(?:years?|in|for|back)\b|$)"
            r"|\bon\s+licen[cs]e\s+(?:until|till|til|for|since)\b(?:\s+\w+)?"
            r"|\b(?:a\s+|een\s+)?conviction\s+(?:\w+\s+)?(?:for|voor)\s+[\w-]+(?:\s+[\w-]+)?"
            # an arrest, an offence named, juvenile detention, an electronic tag, a caution, time inside
            r"|\b(?:an?\s+|\d{4}\s+)arrests?\s+for\s+[\w-]+(?:\s+[\w-]+)?"
            r"|\b(?:public\s+order|drink[- ]driving|drug|driving|motoring|sexual|violent|theft|fraud|assault|"
            r"possession|shoplifting|burglary|criminal\s+damage|harassment|affray)\s+(?:offen[cs]es?|convictions?|charges?)\b"
            r"|\bFIR\s+(?:under|u/s)\s+section\s+\d+|\bbound\s+over\s+to\s+keep\s+the\s+peace|\bcommunity\s+"
            r"(?:payback|service|sentence)\s+order|\bgood\s+behaviou?r\s+bond|\brecord\s+suspension|\brelease\s+on\s+"
            r"licen[cs]e|\b\d+\s*(?:hrs|hours|uur)\s+(?:unpaid\s+work|taakstraf|werkstraf)|\bcurfew\s+from\b"
            r"|\bjuvie\b|\bjuvenile\s+(?:detention|hall|record)"
            r"|\bon\s+(?:a\s+|an\s+electronic\s+)?tag\b(?!\s+(?:team|line|cloud|manager))|\belectronic(?:ally)?\s+"
            r"tag\w*|\benkelband\b"
            r"|\b(?:a|the|his|her|police)\s+caution\s+(?:was|from|for|in)\b"
            r"|\b(?:heb|heeft|hebben)\s+(?:\w+\s+){0,3}?vastgezeten\b|\bvastgezeten\b"
            r"|\b(?:zijn|haar|mijn|z'n|m'n)\s+reclassering\w*",
            0.8,
            unless=r"\b(?:worked|working|employed|werkte|werk\s+(?:als|bij)|begeleid\w*|cli[eë]nten|clients|"
            r"collega\w*|staff|personeel|stage|stagiair\w*|internship|intern|adviesrapport\w*|rapporten|reports)\b",
        ),
        # after the sentence: time served, reporting duty, a suspended sentence, a fine, a licence, charges
        rule(
            E,
            r"\bzat\s+(?:\w+\s+){0,2}?(?:\d+|een|twee|drie|vier|vijf|zes|acht|tien|twaalf|achttien)\s+"
            r"(?:maanden|maand|jaar|weken)\b",
            0.8,
            near=r"\b(?:veroordee\w*|straf\w*|cel|gevangenis\w*|gedetineerd\w*|" + _CRIME_NL[3:-1] + r")\b",
            window=120,
        ),
        rule(
            E,
            words(
                r"meldplicht",
                r"(?:uit)?zitten (?:van )?(?:zijn |haar |een |de )?(?:\w+ )?straf",
                r"uitzitten straf",
                r"straf (?:uit)?gezeten",
                r"voorwaardelijk gekregen(?: voor \w+)?",
                r"voorwaardelijke (?:cel)?straf",
                r"(?:paid|got|received|was given) an? (?:\w+ )?fine for (?:\w+ )?" + _CRIME_EN,
                r"fined for (?:\w+ )?" + _CRIME_EN,
                r"out on licen[cs]e",
                # (session 26: also parole, "to see my parole officer")
                r"(?:his|her|my|their) (?:probation|parole) officer",
                r"(?:on|under) probation",
                r"charges? (?:was|were|have been|has been|got) dropped",
                r"(?:lost|losing) (?:his|her|my|their) (?:driving |driver's )?licen[cs]e",
                r"(?:driving|drink[- ]driving) ban",
                r"banned from driving",
                r"(?:registered )?sex offenders?",
                r"zedendelinquent\w*",
            ),
            0.8,
            unless=_JOB_NL,
        ),
        # session 26: "inside" as in prison, in a text about time served ("I served 26 months at HMP
        # Thameside; the NVQ on my CV was earned inside")
        rule(
            E,
            words(r"(?:earned|done|did|learned|learnt|obtained|gained|completed|studied)\s+inside"),
            0.75,
            near=r"\b(?:served|prison|jail|HMP|locked\s+up|gevangenis|detentie)\b",
            near_anywhere=True,
        ),
        # session 26: supervision and a curfew in figures ("staat onder reclasseringstoezicht, dus korte
        # lijntjes met zijn begeleider", "curfew 7pm–7am"), the offence after a convictions heading ("Unspent
        # convictions: drink-driving")
        rule(
            E,
            words(
                r"onder reclasseringstoezicht",
                r"curfew \d{1,2}(?::\d\d)?\s*(?:pm|am|uur)",
                r"(?:unspent |spent |previous |criminal )?convictions?\s*:\s*"
                r"(?!none|no\b|nil|n/?a|geen|nee)[\w-]+",
            ),
            0.8,
            unless=_JOB_NL,
            before_only=True,
        ),
        rule(
            E,
            compound(
                "strafblad",
                "taakstraf",
                "werkstraf",
                "leerstraf",
                "celstraf",
                "gevangenisstraf",
                "jeugddetentie",
                "detentie",
                "gedetineerd",
                "ex-gedetineerde",
                "tbs",
                "strafrechtelijk verleden",
                "justitieel verleden",
                "justitiële documentatie",
                "antecedent",
                "veroordeeld",
                "veroordeling",
                "voorwaardelijke straf",
                "enkelband(?=\\s*(?:om|gedragen|dragen|droeg))",
                "elektronische enkelband",
                "halt-straf",
                "jeugdgevangenis",
                "strafzaak tegen",
            ),
            0.85,
            veto_tail=NEUTRAL_HEADS_NL + r"|(?:centrum|centra|inrichting|inrichtingen|kliniek|beleid|wezen)",
            unless=_JOB_NL + r"|\b(?:tot (?:Excel|het|de)|bestuderen)\b",
            before_only=True,
            window=60,
        ),
        rule(
            E,
            words(
                r"(?:met|droeg|draagt|dragen|kreeg|krijgt|liep) (?:\w+ ){0,3}?(?:een|de) enkelband",
                r"VOG (?:is |werd |wordt )?(?:geweigerd|afgewezen|niet (?:afgegeven|verleend|gekregen|"
                r"verkregen))",
                r"(?:geen|niet de) VOG (?:gekregen|krijgen|krijgt|kreeg|afgegeven|verleend)",
                r"VOG (?:\w+ ){0,3}?(?:niet afgegeven|geweigerd|afgewezen)",
                r"weigering van (?:de|een|zijn|haar) VOG",
                r"VOG vanwege (?:een|zijn|haar) \w+",
                r"(?:in|uit) de (?:gevangenis|bajes|jeugdgevangenis)(?: \w+)?",
                r"in de (?:bak|cel) (?:gezeten|gezet|beland|gegooid|gezet)",
                r"(?:heeft|had|hebben) (?:\w+ ){0,4}?(?:vastgezeten|gezeten)(?= in (?:de )?(?:gevangenis|"
                r"bajes|bak|cel|Vught|PI|\w*gevangenis))",
                r"(?:heeft|had|hebben) (?:\w+ ){0,3}?vastgezeten",
                r"gearresteerd",
                r"opgepakt (?:door de politie|voor|wegens)",
                r"aangehouden (?:door de politie|voor|wegens)",
                r"schuldig bevonden",
                r"(?:heeft|had) (?:\w+ ){0,2}?bekend schuldig",
                r"(?:onder toezicht|in contact|meldt zich|melden) (?:van|bij|met) de reclassering",
                r"reclasseringstoezicht",
                r"rijden onder invloed",
                r"rijontzegging",
                r"rijbewijs (?:is |werd )?(?:ingevorderd|ingenomen)",
                r"(?:sta|staat|stond|stonden|moet|moest)\s+(?:\w+\s+)?voor de "
                r"(?:rechter|politierechter|strafrechter)",
                r"voorwaardelijke (?:gevangenis)?straf",
                r"(?:in|uit) voorarrest",
                r"verdachte in (?:een|de) (?:strafzaak|rechtszaak)",
                r"ex-gedetineerden?",
                r"(?:kwam|kom|komt|kwamen)\s+(?:\w+\s+){0,2}?vrij\s+uit\s+(?:de\s+)?(?:gevangenis|bajes|"
                r"detentie|PI|jeugdgevangenis)",
                r"(?:heeft|had|heb|kreeg|krijgt|deed|doet)\s+(?:\w+\s+){0,3}?(?:taakstraf|werkstraf|"
                r"boete van de rechter|strafblad|enkelband)",
                r"(?:mijn|zijn|haar)\s+(?:veroordeling|straf|celstraf|detentie|strafblad|proeftijd)",
                r"(?:heeft|had) (?:\w+ ){0,3}?gezeten (?:voor|wegens) \w+",
                r"(?:in|uit) (?:een|de) (?:justitiële )?jeugdinrichting",
                r"(?:mijn|zijn|haar) vrijlating",
                r"op borgtocht",
                r"achter de tralies",
                r"strafbeschikking",
                r"(?:krijgt|kreeg|krijg|kregen|heeft|had|kon)\s+(?:\w+\s+)?geen\s+VOG(?!\s+nodig)",
                r"(?:aanhouding|arrestatie|aangehouden|gearresteerd)\s+(?:\w+\s+)?(?:voor|wegens)\s+(?:\w+\s+)?"
                + _CRIME_NL,
                r"beboet\s+(?:\w+\s+)?(?:voor|wegens)\s+(?:\w+\s+)?" + _CRIME_NL,
                r"(?:rechtszaak|strafzaak|strafproces|vervolging|aanklacht|aangeklaagd|verdacht|verdenking)\s+"
                r"(?:\w+\s+)?(?:wegens|voor|van)\s+(?:\w+\s+)?" + _CRIME_NL,
            ),
            0.85,
            unless=_STUCK_NL + r"|" + _JOB_NL,
            window=50,
        ),
        rule(
            E,
            words(r"(?:zat|zit|zaten|zitten) (?:\w+ ){0,4}?vast(?!\s+(?:in|aan|op|met|tussen|bij|door|te))"),
            0.8,
            near=r"\b(?:jaar|jaren|maanden|maand|weken|cel|gevangenis|bajes|voor|wegens|straf|Vught|PI|nog)\b",
            unless=_STUCK_NL,
            window=50,
        ),
        # Time served, colloquially: "zat twee jaar vast", "die gast heeft gezeten", "voorwaardelijk vrij".
        rule(
            E,
            words(
                r"(?:zat|zit|zaten|zitten|heeft|had)\s+(?:\w+\s+){0,2}?(?:jaar|jaren|maanden|maand|weken)\s+vast",
                r"(?:ik|hij|zij|ze)\s+(?:\w+\s+){0,2}?(?:jaar|jaren|maanden|maand|weken)\s+vast(?:zat|zaten)",
                r"(?:heeft|had|hebben)\s+(?:\w+\s+)?gezeten(?=\s*(?:[,.;!?]|hoor|$|en\b))",
                r"voorwaardelijk (?:vrij|in vrijheid)",
                r"VOG-?weigering",
                r"(?:ik|hij|zij|ze)\s+kwam\s+(?:in\s+(?:19|20)\d\d|vorig\s+jaar|vorige\s+maand|\w+\s+jaar\s+"
                r"geleden|na\s+\w+\s+(?:jaar|maanden))\s+vrij(?=\s*(?:[,.;]|en\b|$))",
                # (session 25: the offence after a verb, "een taakstraf gekregen voor winkeldiefstal")
                r"(?:boete|straf|taakstraf|werkstraf|celstraf|veroordeeld)\s+(?:\w+\s+){0,2}?(?:voor|wegens)\s+"
                + _CRIME_NL,
                # session 25: a record that is not clean ("zijn uittreksel uit het strafregister is niet
                # blanco")
                r"strafregister\w*\s+(?:\w+\s+){0,2}?niet\s+(?:blanco|leeg|schoon|proper)|geen\s+blanco\s+strafregister",
            ),
            0.75,
        ),
        rule(
            E,
            words(r"(?:is|ben|werd|was)\s+(?:net|pas|onlangs|vorige maand|vorig jaar)?\s*vrijgelaten"),
            0.75,
            near=r"\b(?:ik|hij|zij|ze|kandidaat|kandidate|sollicitant)\b",
            before_only=True,
        ),
        # a crime named as a person's case or record: "een oude mishandelingszaak", "een geweldsdelict op zijn
        # naam", arrested for something, a driving ban, probation contact, no certificate of conduct given
        rule(
            E,
            suffixed(
                [_CRIME_NL[3:-1], "drugs", "zeden", "gewelds", "mishandelings"],
                ["zaak", "zaken", "delict", "delicten", "feit", "feiten", "veroordeling"],
            ),
            0.75,
            # a person's case, not casework: "advocaat in fraudezaken", "rechercheur zedendelicten"
            near=r"\b(?:ik|mij|mijn|m'n|hij|hem|zijn|z'n|zij|ze|haar|kandidaat|sollicitant|meneer|mevrouw|dhr|mevr)\b",
            unless=_JOB_NL + r"|\b(?:advoca\w+|jurist\w*|rechercheur\w*|officier|rechter\w*|behandel\w*|"
            r"speciali\w+|onderzoek\w*|afdeling|team|dossiers?|ervaring|expertise|journalist\w*|verslag\w*)\b",
        ),
        # the same case in two words: "een oude zaak van mishandeling"
        rule(
            E,
            r"\bzaak\s+(?:van|wegens|over|voor)\s+(?:\w+\s+)?" + _CRIME_NL,
            0.75,
            near=r"\b(?:ik|mij|mijn|m'n|hij|hem|zijn|z'n|zij|ze|haar|kandidaat|sollicitant|meneer|mevrouw|dhr|mevr|"
            r"VOG)\b",
            unless=_JOB_NL + r"|\b(?:advoca\w+|jurist\w*|rechercheur\w*|officier|rechter\w*|behandel\w*)\b",
        ),
        rule(
            E,
            words(
                r"(?:opgepakt|gearresteerd|aangehouden|in hechtenis genomen|in voorarrest)\s+(?:\w+\s+){0,2}?"
                r"(?:na|voor|wegens|vanwege|bij|om)",
                r"rijontzegging",
                r"rijbewijs\s+(?:is\s+|werd\s+)?(?:\w+\s+){0,3}?(?:ingevorderd|ingenomen)",
                r"(?:contact|afspraken|gesprekken)\s+met\s+(?:de|zijn|haar|mijn)\s+reclassering\w*",
                r"onder\s+(?:toezicht\s+(?:van|bij)\s+de\s+)?reclassering",
                r"geen\s+VOG\s+(?:\w+\s+){0,2}?(?:overleggen|overgelegd|krijgen|gekregen|kunnen\s+\w+)",
                r"(?:delict|veroordeling|strafblad)\s+op\s+(?:zijn|haar|mijn|z'n|m'n)\s+naam",
            ),
            0.75,
            unless=_JOB_NL,
        ),
        # session 19: time served, colloquially with the verb last ("dat hij gezeten heeft") and in English
        # ("he's done time", "the gap turns out to have been time inside")
        rule(
            E,
            r"\b(?:hij|zij|ze|die|ik)\s+(?:\w+\s+)?gezeten\s+(?:heeft|had|hebben)\b"
            r"|\b(?:done|doing|did|served)\s+(?:\w+\s+)?time\b(?!\s+(?:management|tracking|sheets?|off|in\s+(?:sales|"
            r"retail|ops|consulting)))|\btime\s+inside\b",
            0.8,
        ),
        # session 24: criminal proceedings against one by their stage ("er loopt nog een strafrechtelijk
        # onderzoek", "heeft een lopende zaak bij de rechtbank wegens ...", "he's a defendant in a fraud
        # case", "I was convicted, but it got overturned on appeal", "in hoger beroep vrijgesproken")
        rule(
            E,
            r"\b(?:loopt|liep|lopen|start\w*|gestart|kreeg|heeft)\s+(?:\w+\s+){0,2}?(?:een\s+)?strafrechtelijk\s+"
            r"onderzoek\b|\bstrafrechtelijk\s+onderzoek\s+(?:naar|tegen)\s+(?:hem|haar|mij|me|de\s+kandidaat)\b"
            r"|\bcriminal\s+investigation\s+(?:into|against)\s+(?:him|her|me|the\s+candidate)\b"
            r"|\b(?:heeft|had|has|have)\s+(?:een\s+|a\s+)?(?:lopende\s+|pending\s+|ongoing\s+)?(?:zaak|rechtszaak|"
            r"case|court\s+case)\s+(?:bij|voor|at|before|in)\s+(?:de\s+|the\s+)?(?:rechtbank|politierechter|"
            r"(?:crown|magistrates['’]?|criminal)\s+court)\b"
            r"|\b(?:is|'s|was|am|als|were)\s+(?:a\s+|the\s+|een\s+|de\s+)?(?:defendant|co-defendant|verdachte)\s+"
            r"(?:in|bij)\b"
            r"|\b(?:i|he|she|they|ik|hij|zij|ze)\s+(?:was|were|got|had\s+been|has\s+been|have\s+been|ben|is|werd)\s+"
            r"(?:\w+\s+)?(?:convicted|veroordeeld)\b"
            r"|\b(?:overturned|quashed)\s+on\s+appeal\b|\bin\s+hoger\s+beroep\s+(?:vrijgesproken|veroordeeld)\b",
            0.8,
            unless=r"\b(?:advocaat|lawyer|attorney|solicitor|barrister|counsel|officier\s+van\s+justitie|prosecutor|"
            r"rechercheur|detective|journalist\w*|verslaggever|reporter)\b",
        ),
        # session 24: detention by its place or its conditions ("mbo behaald via onderwijs in de PI", "mag
        # niet na 22u buiten" with an ankle tag, "has a curfew")
        rule(
            E,
            r"\b(?i:in|vanuit|uit|via)\s+(?i:de\s+)?PI\b(?!\s*[-=:]?\s*\d)",
            0.75,
            case=True,
            unless=_PRISON_STAFF + r"|\b(?:werk\w*|worked|working|stage|intern\w*|docent|leraar|teacher)\b",
        ),
        rule(
            E,
            r"\b(?:mag|mocht|mogen)\s+(?:\w+\s+)?niet\s+(?:na|voor)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:u|uur)?\s+"
            r"(?:buiten|de\s+deur\s+uit|van\s+huis|weg)\b|\b(?:has|had|is\s+under|on|with)\s+(?:a\s+)?curfew\b",
            0.75,
            near=r"\b(?:enkelband|tag|tagged|reclassering\w*|probation|parole|licen[cs]e|straf\w*|sentence|"
            r"voorwaardelijk\w*|detentie|prison|gevangenis|vast)\b",
            near_anywhere=True,
        ),
    ],
    "en": [
        # prison in plain words: "he was inside for a couple of years"
        rule(
            "CRIMINAL_RECORD",
            r"\b(?:was|were|been|spent\s+\w+|did\s+\w+)\s+inside\s+for\s+(?:a\s+)?(?:couple\s+(?:of\s+)?|few\s+|\w+\s+)?"
            r"(?:years?|months?|stretch)\b",
            0.8,
        ),
        # the terms of a sentence served in the community, told by the person's probation officer: "compliant
        # since release", "houdt zich aan zijn bijzondere voorwaarden"
        rule(
            E,
            r"\b(?:since|after|na|sinds)\s+(?:(?:his|her|my|zijn|haar|mijn)\s+)?(?:release|vrijlating)\b"
            r"(?!\s*(?:v?\d|of|van|notes|date|cycle))"
            r"|\b(?:zijn|haar|mijn|de)\s+bijzondere\s+voorwaarden\b|\b(?:his|her|my)\s+(?:licen[cs]e|parole|probation)"
            r"\s+conditions\b",
            0.75,
            near=r"\b(?:probation|reclassering\w*|prison|gevangenis|detentie|parole|jail|inside|sentence|straf\w*|"
            r"veroordeel\w*|convict\w*|enkelband|tag)\b",
            window=120,
        ),
        # "did a stretch inside", "was remanded in Kirikiri", "got a caution", "got done for breach of the
        # peace", "an FIR was lodged against me", "a conviction that was expunged", "in PI Vught gezeten"
        rule(
            E,
            r"\b(?:did|served|doing|done)\s+(?:a\s+)?(?:stretch|bird|porridge|time)\s+(?:inside|in\s+(?:prison|jail|"
            r"the\s+nick))\b|\b(?:was|were|been|got|being)\s+remanded\b(?:\s+in\s+(?:custody|[A-Z]\w+))?"
            r"|\b(?:got|get|gets|getting|received|given)\s+(?:a\s+)?(?:police\s+)?caution\b|\bgot\s+done\s+for\b"
            r"(?:\s+[\w-]+){1,4}|\b(?:an\s+)?FIR\s+(?:was\s+)?(?:lodged|filed|registered)\s+against\s+(?:me|him|her)\b"
            r"|\b(?:conviction|record|offen[cs]e|arrest)s?\s+(?:\w+\s+){0,3}?expunged\b"
            r"|\b(?:heb|heeft|had|hebben|zat|zaten)\s+(?:ik\s+|hij\s+|ze\s+|zij\s+)?(?:\w+\s+){0,3}?in\s+(?:de\s+)?(?:PI|"
            r"gevangenis|bajes|bak|cel|penitentiaire\s+inrichting|jeugdinrichting|jeugdgevangenis|tbs-kliniek)"
            r"(?:\s+[A-Z]\w+)?\s+(?:gezeten|vastgezeten|opgesloten)\b",
            0.8,
            unless=r"\b(?:officer|warden|guard|staff|worked|working|employed|werkte|bewaarder|personeel)\b",
        ),
        rule(
            E,
            words(
                r"criminal (?:record|records|history|conviction|convictions|past|offen[cs]es?|charges?|"
                r"background)",
                r"convicted (?:of|for|in)",
                r"(?:a |his |her |the |prior |previous |spent |unspent |criminal |fraud |theft |drug |"
                r"drink-driving |assault )convictions?(?: for| of)?",
                r"conviction (?:for|of) \w+",
                r"ankle (?:monitor|tag|bracelet)",
                r"electronic(?:ally)? tag(?:ged)?",
                r"(?:on|violated|violating|released on) (?:parole|probation)(?! period)",
                r"paroled",
                r"ex-(?:offender|con|convict|prisoner|inmate)s?",
                r"former (?:prisoner|inmate|offender)s?",
                r"(?:served|spent|serving) (?:\w+ ){0,3}?(?:in (?:prison|jail|custody)|a sentence|sentence|"
                r"behind bars)",
                r"(?:did|doing|served|serving) time",
                r"(?:served|serving|spent|did)\s+(?:\w+\s+){0,2}?(?:years?|months?|weeks?)\s+(?:for|inside)\b"
                r"(?:\s+\w+)?",
                r"(?:did|doing|given|got|received|sentenced to|ordered to do)\s+(?:\w+\s+){0,2}?"
                r"community service",
                r"(?:released|out|freed|paroled)\s+(?:from|of)\s+(?:HMP|HMYOI|HM Prison|[A-Z]\w+\s+"
                r"(?:Prison|Jail|Penitentiary|Correctional))(?:\s+[A-Z]\w+)?",
                r"(?:my|his|her|a|the)\s+(?:\w+\s+)?(?:conviction|sentence|prison term|jail term|parole|"
                # (session 25: nor a sentence of language, "the sentence embedding model")
                r"probation)\b(?!\s+(?:period|officer|service|embeddings?|pairs?|transformers?|level|length|"
                r"structure|similarity|boundar\w*|segment\w*|tokeni\w*|classification))",
                r"conviction (?:voor|wegens) \w+",
                r"(?:went|sent|was sent|go|going) to (?:prison|jail)",
                r"(?:released|out) (?:from|of) (?:prison|jail|custody)",
                r"in (?:prison|jail|custody) for",
                r"(?:prison|jail|custodial|suspended|life|community) sentence",
                # session 27: a sentence by its length ("after a three-year sentence", "an 18-month
                # sentence"), time in prison as a state ("while I was in prison"), a court's discharge
                r"(?:a|an|his|her|my)\s+(?:\w+[\s-]+)?(?:year|month|week)s?['’]?\s+(?:prison\s+|jail\s+|custodial\s+)?"
                r"sentence(?!\s+(?:structure|length|pairs?|embeddings?))",
                r"(?:I|he|she|they)\s+(?:was|were|have been|has been|had been|am|is)\s+(?:still\s+)?in\s+"
                r"(?:prison|jail|custody)(?!\s+(?:education|ministry|reform|officers?|service|healthcare|"
                r"chaplaincy|visiting|work|libraries|library|settings?|of)\b)",
                r"(?:a|an|his|her|my)\s+(?:conditional|absolute)\s+discharge",
                r"sentenced to",
                r"jailed",
                r"imprisoned",
                r"incarcerat\w+",
                r"behind bars",
                # (session 27: nor struck by something, "arrested by the idea of moving to Singapore")
                r"arrested(?!\s+(?:the|a|an|its|our|their)\s+(?:decline|fall|slide|drop|growth|trend|"
                r"development))(?!\s+by\s+(?:the|a|an|this|that|his|her|its)\s+(?:\w+\s+)?(?:idea|thought|notion|"
                r"sight|view|prospect|possibility|beauty|image|sound|story|question|design|music|painting|voice))",
                r"(?:a|his|her) (?:criminal |police )?record for \w+",
                r"charged with (?:assault|fraud|theft|murder|manslaughter|burglary|robbery|possession|"
                r"drink|drunk|driving|a crime|an offen[cs]e|a criminal|criminal|battery|harassment|"
                r"shoplifting|drug\w*|dealing|trafficking|money laundering|arson|vandalism)",
                r"pleaded guilty",
                r"found guilty",
                r"indicted",
                r"felony",
                r"felon",
                r"misdemeanou?r",
                r"DUI",
                r"DWI",
                r"drink-driving (?:conviction|ban|offence|charge)",
                r"police caution",
                r"cautioned (?:for|by the police)",
                r"young offenders?(?: institution)?",
                r"juvenile (?:detention|record|hall|offender)",
                r"(?:failed|did not pass|didn't pass) (?:the|a|his|her) (?:DBS|background|criminal record|"
                r"police) check",
                r"DBS check (?:came back|showed|flagged|revealed) \w+",
                r"(?:my|his|her) probation officer",
                r"community service order",
                r"hours of community service",
                r"on remand",
                r"driving ban",
                r"banned from driving",
                r"(?:on|awaiting|stood) trial",
                r"in court for \w+",
                r"(?:my|his|her|their) time (?:inside|behind bars|in (?:prison|jail|custody))",
                r"(?:my|his|her|their) release (?:in (?:19|20)\d\d|from|after|last|two|three|\d)",
                r"(?:out\s+)?on bail",
                r"locked up",
                r"(?:sex offenders?|offenders?|barred)['’]?\s+(?:register|list)",
                r"(?:months?|years?|weeks?)\s+in\s+(?:\w+\s+)?(?:jail|prison|custody|juvie|lockup)",
                r"(?:arrest|arrested|fined|cautioned)\s+(?:\w+\s+)?(?:for|over)\s+(?:\w+\s+)?" + _CRIME_EN,
                r"(?:court case|trial|charges?|prosecution|prosecuted|accused|suspected)\s+(?:\w+\s+)?"
                r"(?:for|of|with|over)\s+(?:\w+\s+)?" + _CRIME_EN,
                r"(?:can't|cannot|could not|couldn't|didn't|did not|won't|will not|unable to|failed to)\s+"
                r"(?:get|obtain|receive)\s+(?:a\s+|the\s+|his\s+|her\s+|my\s+)?(?:certificate of (?:good )?"
                r"conduct|VOG|clean DBS)",
                r"(?:certificate of (?:good )?conduct|VOG)\s+(?:was\s+|is\s+|got\s+)?(?:refused|denied|"
                r"rejected)",
                r"because of (?:an?|his|her|my) (?:old |previous |prior |past )?(?:offen[cs]e|crime|"
                r"conviction)",
            ),
            0.85,
            unless=r"\b(?:works? as|worked as|working as|is an? (?:\w+ )?officer|officers? at|"
            r"(?:law|prison|probation) (?:service|officer)|course|degree|lawyer|solicitor|attorney|"
            r"prosecutor|policy|reform|research)\b",
            before_only=True,
            window=50,
        ),
        rule(
            E,
            words(
                r"(?:has|have|had|'s|'ve)\s+done\s+(?:\w+\s+)?time",
                r"(?:did|doing|served)\s+(?:\w+\s+){0,2}?(?:years?|months?)\s+"
                r"(?:inside|in prison|in jail|behind bars)",
                r"(?:a\s+)?(?:police\s+)?caution\s+for\s+(?:assault|theft|shoplifting|possession|fraud|"
                r"criminal damage|harassment|affray|drink[- ]driving)",
            ),
            0.75,
        ),
        rule(
            E,
            words(
                r"(?:I|he|she|they|candidate|applicant)\s+(?:was|were|has been|have been|got|is)\s+"
                r"(?:just\s+|recently\s+)?released(?=\s+(?:from|after|on|early|last))",
                r"(?:has|have|had|with)\s+a\s+record(?=\s*(?:[.,;!?)]|$|and\b|for\b))",
                r"(?:community|suspended|supervision)\s+(?:order|sentence)",
            ),
            0.75,
        ),
        # arrests, charges, parole, prison time and police cautions said in other words
        rule(
            E,
            words(
                # (session 25: not a slot booked, "the scan is booked for Monday 9am")
                r"(?:arrested|charged|booked|indicted|prosecuted|cautioned)\s+(?:\w+\s+){0,2}?"
                r"(?:for|with|over|after)(?!\s+(?:(?:next|this|on)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                r"\s+(?:tomorrow|today|tonight|next|\d)|\s+(?:a|an|the)\s+(?:slot|meeting|call|session|interview|"
                r"appointment|room|table|flight)\b)",
                r"(?:parolee|on parole|out on licen[cs]e|on probation|probation officer(?! with)|"
                r"(?:my|his|her) PO)",
                r"(?:served|did|doing|spent)\s+(?:\w+\s+){0,2}?(?:months?|years?|time)\s+(?:\w+\s+)?"
                r"(?:at HMP|in HMP|in prison|in jail|inside|behind bars|in a young offenders?)",
                r"(?:while|when) (?:I was |he was |she was )?inside",
                r"incarcerated",
                r"(?:a|police) caution (?:from|for|in)",
                r"(?:enhanced\s+)?DBS\s+(?:check\s+)?(?:isn't|is not|wasn't|was not|came back not)\s+clear",
                r"DBS\s+(?:check\s+)?came\s+back\s+with",
                r"community service",
            ),
            0.75,
            unless=r"\b(?:works?|worked|working|volunteer\w*|officer|lawyer|solicitor|attorney|researcher)\b",
        ),
    ],
}

BLOCKS = {
    "nl": [
        # session 21 look-alikes: stuck with something ("zit al jaren vast aan een legacy-systeem"), a
        # conviction held ("Her conviction that the product would sell")
        # (not "a spent conviction that I am not required to disclose")
        block(
            E,
            r"\b(?:zit|zat|zitten|zaten)\s+(?:\w+\s+){0,3}?vast\s+aan\b|\b(?:my|her|his|their|our|firm|deep|strong|"
            r"personal)\s+convictions?\s+that\b",
        ),
        # a field of sales, a task given, records as data, a thing stuck: "two years inside sales", "charged
        # with leading the migration", "migrated two million criminal records", "het project zat twee jaar
        # vast"
        block(E, r"\binside\s+sales\b"),
        block(
            E,
            r"\bcharged\s+with\s+(?:leading|managing|overseeing|delivering|coordinating|developing|building|"
            r"running|setting\s+up|creating|implementing|designing|organi[sz]ing|reviewing|improving|launching|"
            r"rolling\s+out|migrating|the\s+(?:task|responsibility|delivery|rollout|migration|development))\b",
        ),
        block(
            E,
            r"\b(?:migrat\w*|process\w*|digiti[sz]\w*|index\w*|stor\w*|archiv\w*|dedupl\w*|import\w*|"
            r"million|thousand|miljoen|duizend)\b[^.;\n]{0,40}\b(?:criminal\s+records|strafbladen)\b",
        ),
        block(
            E,
            r"\b(?:het|de|dit|dat|ons|onze)\s+(?:\w+\s+)?(?:project|proces|contract|systeem|traject|bouw|"
            r"vergunning\w*|dossier|overleg|onderhandelingen|verkeer|auto|trein)\s+zat\s+(?:\w+\s+){0,3}?vast\b",
        ),
        # checks run as work: "running DBS and criminal record checks for a screening vendor"
        block(
            E,
            r"\b(?:running|ran|runs|run|conduct\w*|process\w*|handl\w*|doing|did|perform\w*|verricht\w*|uitvoer\w*|"
            r"voerde)\s+(?:\w+\s+){0,3}?(?:criminal\s+record|background|DBS|VOG|screening)\s+(?:checks|aanvragen|"
            r"screenings|controles)\b",
        ),
        # a sentence to more of a chore: "sentenced to another quarter of pivot tables"
        block(
            E,
            r"\bsentenced\s+to\s+(?:another|more|endless|yet\s+another)\s+"
            r"(?!\d|(?:\w+\s+)?(?:years?|months?|weeks?|days?|term)\b)",
        ),
        # a check the job requires: "subject to an enhanced DBS check and a satisfactory barred list check"
        block(
            E,
            r"\b(?:subject\s+to|requires?|required|vereist|verplicht)\b[^.;\n]{0,60}\b(?:barred\s+list|DBS|VOG)\b[\w\s-]*",
        ),
        # a figure of speech: "that's basically a life sentence"
        block(
            E,
            r"\b(?:basically|practically|literally|like|feels\s+like|is|that's|it's)\s+(?:\w+\s+)?a\s+life\s+sentence\b",
        ),
        # a joke in quotes ("wordt 'veroordeeld' tot de vrijmibo") and a probation period at work
        block(E, r"['‘\"“]\s*(?:veroordeeld|convicted|sentenced|gestraft)\s*['’\"”]"),
        block(
            E,
            r"\b(?:passed|passing|completed|during|in)\s+(?:my|his|her|the|a)\s+probation(?:ary)?(?:\s+period)?\b|"
            r"\bprobation(?:ary)?\s+period\b",
        ),
        block(
            E,
            r"\bstrafrecht(?!elijke? (?:verleden|veroordeling|vervolging|documentatie|onderzoek))\w*|"
            r"\bgevangenisbewaarder\w*|\bDienst Justitiële Inrichtingen\b|\bDJI\b|"
            r"\bpenitentiaire inrichting\w*|\bReclassering Nederland\b|\breclasserings(?:werker|medewerker|"
            r"adviseur)\w*",
        ),
        block(E, r"\bvast(?:e)? (?:contract|dienstverband|baan|aanstelling|klant|klanten|team|werk|prijs)\b"),
        block(
            E, r"\bantecedentenonderzoek\b|\bVOG (?:is )?(?:verplicht|vereist|nodig|aanvragen|aangevraagd)\b"
        ),
        # session 18 look-alikes: a job at the probation service ("data-analist bij de reclassering"), a
        # research topic ("recidivism among young offenders"), a figure of speech ("The hiring freeze is a
        # death sentence for this req")
        block(
            E,
            r"\b[\w-]*(?:analist|analyst|medewerker|adviseur|werker|worker|manager|officer|consultant|jurist|"
            r"developer|ontwikkelaar|stagiair\w*|coördinator|coordinator|rol|role)\s*:?\s+(?:bij|at|for|voor)\s+"
            r"(?:de\s+|the\s+)?(?:reclassering|probation\s+service)\b"
            r"|\b(?:recidivism|recidive|criminaliteit|crime)\s+(?:among|onder|bij)\s+(?:young\s+|jonge\s+)?"
            r"(?:offenders|daders|delinquenten|ex-gedetineerden|prisoners|gedetineerden)\b"
            r"|\bdeath\s+sentence\s+for\s+(?:this|that|the|our|any)\s+(?:req|project|role|plan|deal|company|"
            r"start-?up|team|budget|position|vacancy|idea|product|hire|hiring)\b",
        ),
        # session 19 look-alikes: a job in a prison ("teamleider bij de Dienst Justitiële Inrichtingen in
        # PI Vught", "a wing manager at HMP Wandsworth"), a check everyone gets ("an enhanced DBS with barred
        # list check")
        block(
            E,
            r"\b\w*(?:leider|manager|officer|bewaarder|medewerker|begeleider|directeur|governor|warden|worker|nurse|"
            r"verpleegkundige|docent|teacher|chaplain|aalmoezenier|psycholoog|psychologist|coach|"
            + _PRISON_JOBS
            + r")\s+(?:[\w-]+\s+)?"
            r"(?:bij|at|in|voor|for)\s+(?:de\s+|het\s+|the\s+|a\s+)?(?:pi|hmp|hmyoi|penitentiaire\s+inrichting|"
            r"gevangenis|prison|jail|dienst\s+justiti[eë]le\s+inrichtingen|dji)\b[\w\s]{0,25}"
            r"|\b(?:with|incl\w*|plus|and|en|met)\s+(?:a\s+|een\s+)?barred[\s-]lists?\s+checks?\b",
        ),
    ],
    "en": [
        block(
            E,
            r"\bcriminal (?:law|justice|defen[cs]e (?:lawyer|solicitor|attorney|barrister)|lawyer|"
            r"investigat\w+)\b|\bprison officers?\b|\bprobation officers? with\b|\bProbation Service\b|"
            r"\bHM Prison\w*",
        ),
        block(
            E,
            r"\bprobation period\b|\bDBS check (?:is )?(?:required|needed|will be)\b|"
            r"\barrested development\b",
        ),
        # session 26: vice cases worked on as a trade ("gewerkt aan DNA-profielen in zedenzaken")
        block(E, r"(?<=\b(?:in|bij|van|aan|op|over)\s)\w*zedenzaken\b"),
    ],
}
