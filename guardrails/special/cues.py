"""Context cues shared by the families: roles, products and third parties that make a term a look-alike."""

from __future__ import annotations

import re

from guardrails.special import names
from guardrails.technology import terms

# Technology names ("Python", "Kubernetes"), longest first, for "getrouwd met Python" and "anti-Java".
TECH_TERMS = "(?:" + "|".join(sorted((re.escape(t) for t in terms()), key=len, reverse=True)) + ")"

# A generic group of other people ("cliënten met autisme"): a work context, not data about the candidate.
THIRD_PARTY_NL = (
    r"\b(?:cli[eë]nten|pati[eë]nten|mensen|kinderen|jongeren|ouderen|volwassenen|bewoners|leerlingen|"
    r"doelgroep|deelnemers|gebruikers|klanten|studenten|werkzoekenden|gedetineerden|gezinnen|zwangeren|"
    r"collega'?s|werknemers|vluchtelingen|statushouders|asielzoekers|nieuwkomers|migranten)\s+(?:met|die)\b"
)
THIRD_PARTY_EN = (
    r"\b(?:clients|patients|people|persons|children|kids|young people|adults|residents|pupils|students|"
    r"users|customers|individuals|families|service users|colleagues|employees|jobseekers|offenders|inmates|"
    r"prisoners|couples|refugees|asylum seekers|migrants|newcomers)\s+(?:with|who have|who are|living with|"
    r"affected by|going through|aged|seeking|applying for)\b"
)
# Selling, marketing, researching or building something: the term names a product or topic.
TRADE_NL = (
    r"\b(?:verk(?:oop|ocht|ochten|open|oopt|oper)|marketing|fabrikant|leverancier|producent|markt|scriptie|"
    r"onderzoek naar|fondsenwerving|productlijn|geleverd|levert|ontwikkeld|ontwikkelt|gebouwd|bouwt|"
    r"ge[iï]mplementeerd|implementeerde|bouwde|bouwden|ontwikkelde|ontwikkelden|ervaring met|kennis van|"
    r"expertise in|promoveerde|cursus|training|afstudeer\w*|ging over|analyseerde|farmaceut\w*|"
    r"adviseerde|adviseer|adviseert|geadviseerd|adviseren|onderzocht|"
    # session 23: texts written about a topic ("schreef voorlichtingsteksten over erfelijke aandoeningen")
    r"\w*teksten\s+over|hoofdstuk\w*\s+over|artikel\w*\s+over|blogs?\s+over)\b"
)
TRADE_EN = (
    r"\b(?:s(?:old|ell|ells|elling|ales)|marketing|marketed|manufactur\w*|supplier|vendor of|market|thesis|"
    r"research(?:ed)? (?:on|into)|researched|researching|"
    r"fundrais\w*|product line|built|build|building|developed|develop|"
    r"developing|implemented|implementing|experience (?:with|in)|expertise in|knowledge of|phd|course|"
    r"dispens\w*|prescrib\w*|"
    r"training|dissertation|analy[sz]ed|pharma\w*|advised|advising|advise|"
    # session 23: texts written about a topic
    r"(?:texts|articles?|chapters?|blog\s+posts?|blogs?)\s+(?:on|about))\b"
)
# Words that, as the head of a Dutch compound, make it a job, organisation, topic or product.
NEUTRAL_HEADS_NL = (
    r"(?:verpleegkundigen?|verpleging|artsen|arts|specialisten|specialist|afdelingen|afdeling|poli|"
    r"polikliniek|klinieken|kliniek|centrum|centra|zorg|stichting|fonds|vereniging|bond|onderzoek|"
    r"onderzoeken|onderzoeker|onderzoekers|teams?|consulenten|consulent|coach|coaches|begeleiders?|"
    r"deskundigen?|experts?|medewerkers?|markt|markten|sector|branche|bestrijding|preventie|beleid|"
    r"voorlichting|campagnes?|instellingen|instelling|praktijken|praktijk|programma|project|trainingen|"
    r"training|cursus|opleiding|vriendelijke?|toegankelijke?|protocol|verzekering|kosten|loog|logen|logie|"
    r"kundige|kundigen|fabrikant|industrie|producten|product|apparatuur|pennen|app|software|week|maand|dag|"
    r"fondsen|netwerk|database|register|plan|bureau|bureaus|adviseur|adviseurs|advies|management|manager|"
    r"functionaris|registratie|systeem|systemen|module|modules|beheer|proces|processen|veiligheid|portaal|"
    r"applicatie|pakket|kiemen|verwekkers?|beeld|slager|slagers|slachter|slachters|methode|pipelines?|pijplijn)"
)
NEUTRAL_NEXT_EN = (
    r"(?!\s+(?:market|markets|industry|sector|research|researcher|ward|unit|clinic|clinics|centre|center|"
    r"department|charity|foundation|nurse|nurses|specialist|specialists|team|awareness|week|month|app|apps|"
    r"services?|products?|devices?|drugs? (?:market|sales)|first aiders?|programme|program|trust|society|"
    r"association|fund|campaign|policy|policies|insurance|software|pens?|doctor|consultant|professional|"
    r"therapist|practice|support worker|charities|screening|prevention|drugs?|pipeline|diagnostics|"
    r"medicines?|vaccines?|era|accessible|access|friendly|ramps?|counsell?ors?|franchises?|portfolio|"
    r"therapy\s+areas?|indications?)\b)"
)

# Things, not people, as the subject of "is ..." ("the pipeline is sick", "het systeem is 15 jaar oud").
THINGS = (
    r"het|dit|dat|systeem|applicatie|bedrijf|gebouw|pand|auto|huis|machine|software|product|merk|"
    r"organisatie|onderneming|contract|project|pc|laptop|server|platform|code|codebase|huurcontract|"
    r"vacature|it|this|that|system|application|company|firm|building|car|house|brand|organi[sz]ation|"
    r"business|site|plant|factory|team|role|job|position|salary|budget|price|score|rate|number|total|"
    r"pipeline|build|release|demo|app|feature|deploy|deployment|design|game|show|track|song|party|view|"
    r"result|results|dashboard|website|"
    # session 26: work someone shows ("Haar portfolio is echt ziek", "that portfolio is sick")
    r"portfolio|portfolio's|cv|profiel|profile|ontwerp|case|deck|presentatie|presentation|pitch|reel|showreel"
)

# Both languages: every recognizer runs the rules of both (mixed and mis-detected texts), so cues must be too.
THIRD_PARTY = THIRD_PARTY_NL + "|" + THIRD_PARTY_EN
TRADE = TRADE_NL + "|" + TRADE_EN

# Generic, professional text (vacancies, job descriptions: "Zij behandelen patiënten met verslavingen",
# "doctors diagnose and treat illness") is not data about a person. A finding in a clause with a
# professional verb and a plural group of people, or a finding that is itself a plural generic noun, needs a
# singular personal anchor (ik, hij, haar, kandidaat, she, my, ...) in its clause.
SINGULAR_ANCHOR = (
    # (not the I of an abbreviation: "D&I-rapport")
    r"(?<![&/])\b(?:ik|mij|me|mijn|m'n|hij|hem|zijn|haar|kandidaat|kandidate|sollicitant|I|I'm|I've|I'd|my|he|him|"
    r"his|she|her|candidate|applicant|cand|kand)\b"
    # (nor one naming a data set: "Applicant stats", "kandidaatgegevens")
    r"(?!\s+(?:stats|statistics|statistieken|numbers|figures|cijfers|aantallen|data|gegevens)\b)"
    r"|\b[A-Z][a-z]+\s\(\d{2}\)"
    # "ze"/"zij" are singular only with a singular verb: "ze heeft", not "ze behandelen".
    r"|\b(?:ze|zij)\s+(?:heeft|is|was|had|zit|zat|ligt|lag|wil|kan|moet|krijgt|kreeg|werkt|gebruikt|slikt|"
    r"gaat|ging|wordt|werd|komt|kwam|woont|doet|deed|loopt|liep|draagt|volgt)\b"
    # (session 25: any present-tense verb in -t is singular, "ze hoort slecht en heeft hoorapparaten")
    r"|\b(?:ze|zij)\s+(?!(?:dat|het|niet|met|wat|tot|uit|net|echt|best|eerst|meest|slechts|juist)\b)\w{2,}t\b"
)
# A health word is data about a person only when a person is in view: a singular anchor above, another
# personal pronoun or a given name, or a line heading that introduces a person's details ("Persoonlijk:",
# "CV gap:"), or a note that drops its subject ("Heeft reuma", "Has rheumatism"). Without one it is a job
# title, sector, topic or product ("Functie: specialist radiotherapie", "Project lead at Asthma + Lung UK").
PERSON_FRAME = (
    SINGULAR_ANCHOR
    + r"|\b(?:ze|zij|z'n|je|jij|jouw|u|uw|she's|he's|meneer|mevrouw|dhr|mevr)\b|\b(?-i:Mr|Mrs|Ms|Miss)\b"
    # session 26: chat shorthand for "mijn", "zijn" ("Sorry voor mn late reactie, lag ... met een
    # blinde darm")
    + r"|\b(?:mn|zn)\b"
    + r"|\b(?-i:[A-Z][a-z]+)\s+(?:is|was|heeft|had|has|zit|ligt|belde|called|kan|can't|cannot|kon)\b"
    + r"|(?:^|\n)\s*(?:persoonlijk|personal|priv[eé]|cv[- ]?(?:gat|gap)|gat in (?:mijn |het )?cv|gap|"
    r"career break|"
    r"reden (?:van )?vertrek|reason for leaving|beschikbaarheid|availability|notitie|note|opmerking|"
    # session 23: a heading of notes on one person ("Interviewnotities ronde 1 –", "Screening call notes –")
    r"\w+notities|(?:interview|screening|intake|phone|call|screen)(?:\s+call)?\s+notes|"
    r"exitgesprek|exit interview|vertrekreden|referent|referee|"
    # (a heading, not the first word of a job title: "Medical Science Liaison", "Health Data Analyst")
    r"(?:gezondheid|health|medisch|medical)(?=\s*(?:[:\-–—(]|\n|$))|(?:ziekte)?verzuim|"
    # session 26: a health form's answers ("Pre-employment medical questionnaire: ... on blood thinners")
    r"(?:pre-employment\s+)?(?:medical|health)\s+(?:questionnaire|declaration|form)|"
    r"(?:medische|gezondheids)\s*(?:vragenlijst|verklaring)|"
    r"sick(?:ness)? (?:leave|absence)|absence|"
    r"bijzonderheden|anything\s+(?:we|i)\s+should\s+know|goed\s+om\s+te\s+weten|"
    r"arbeidsbeperking|beperking|aandachtspunten|\w*aanpassingen|adjustments|special needs)\b"
    # the person named by what they use or have, or by being out of action: "rolstoelgebruiker", "een half
    # jaar uit de roulatie geweest", "klachten door burn-out"
     + r"|\b\w{3,}(?:gebruiker|patiënt|patiente)\b|\b(?:wheelchair|cane|crutch|hearing aid)\s+user\b|"
    r"\b(?:uit de roulatie|out of action|klachten (?:door|van|als gevolg))\b"
    # session 25: one person pointed at by a role ("die dev van gisteren kreeg een epi-aanval", "that guy")
    r"|\b(?:die|deze|that|this)\s+(?:dev|developer|gast|vent|kerel|jongen|meid|dame|guy|bloke|lad|girl|woman|man)\b"
    # out of work with a cause, in a note without a subject: "vier maanden uitgevallen met een hernia", "~4
    # months' absence in 2021 due to long Covid"
    r"|\b(?:uitgevallen|uitval|ziek\s*gemeld|absence|absent|off\s+work|off\s+sick|signed\s+off)\b[^.;\n]{0,30}?"
    r"\b(?:met|door|vanwege|wegens|with|due\s+to|because\s+of|after)\b"
    # a CV line about a break: "* Gat 2020–2021: burn-out", "2019: zes maanden ziekteverlof vanwege ..."
    # (session 26: after a heading, "Werkervaring: 2019–2021 gap ivm burn-out")
     + r"|(?:^|\n)[\s*•·-]*(?:[\w-]+\s*:\s*)?(?:[\d\s–—/-]{4,}(?:heden|present|now|nu)?\s*:?\s*)?"
    r"(?:\w+\s+){0,2}?(?:gat|gap|"
    r"career break|loopbaanonderbreking|sabbatical|ziekteverlof|ziek thuis|sick leave|thuis gezeten|opname|"
    r"opgenomen|admitted|hospitali[sz]ed|herstel\w*|recover\w*|revalidatie|rehab\w*)\b"
    + r"|(?:^|\n)[^:\n]{0,30}:\s*(?:career\s+break|loopbaanonderbreking|sabbatical|gap)\b"
    + r"|\b(?:volledig hersteld|fully recovered)\b|^\W*(?:as|als)\s+(?:an?|een)\s+"
    + r"|\b(?:reden\s+)?gat\s+in\s+(?:mijn\s+|het\s+|zijn\s+|haar\s+)?cv\b"
    # a note that drops its subject, after an age or a descriptor ("64, had a bypass", "Autistic, prefers")
    + r"|^\s*(?:\d{2},\s+|\w+,\s+|[\w-]+\s*:\s*)?(?:heeft|had|is|was|zit|zat|ligt|lag|kreeg|krijgt|gebruikt|"
    r"slikt|lijdt|"
    r"loopt|heb|ben|has|gets|got|takes|took|uses|suffers|suffered|sees|saw|afwezig|geeft\s+aan|gaf\s+aan|vertelde|"
    r"noemde|meldde|says|said|mentioned|told\s+us|off\s+sick|prefers|wants|needs|"
    # session 25: a disclosure in a note ("Disclosed ADHD and asked for ...")
    r"disclosed|discloses|shared|vertelt|deelde)\b"
)
PROFESSIONAL_FRAMING = (
    r"\b(?:behandel\w*|diagnosticer\w*|voorkom\w*|begeleid\w*|ondersteun\w*|adviseer\w*|adviseren|"
    r"verzorg\w*|verpleg\w*|opspor\w*|voorlichting|preventie|bieden|biedt|helpen|treat|treats|treating|"
    r"diagnose|diagnoses|diagnosing|prevent|prevents|preventing|manage|manages|managing|support|supports|"
    r"supporting|assist|assists|assisting|advise|advises|advising|care for|cares for|caring for|counsel|"
    r"counsels|counselling|counseling|administer\w*|monitor|monitors|monitoring|prescribe\w*|provide|"
    r"provides|providing|educate|educates|educating|perform|performs|help|helps|helping)\b"
)
GENERIC_GROUP = (
    r"\b(?:pati[eë]nten|cli[eë]nten|personen|mensen|individuen|groepen|bewoners|ouderen|kinderen|jongeren|"
    r"volwassenen|gezinnen|families|gedetineerden|vrouwen|gebruikers|burgers|leerlingen|medewerkers|werknemers|"
    r"employees|patients|clients|"
    r"persons|people|individuals|groups|residents|elderly|children|adults|offenders|women|users|"
    r"communities|population|pupils|students|inmates|prisoners|victims|families|verpleegkundigen|nurses|artsen|"
    r"doctors|docenten|leraren|teachers|werkzoekenden|jobseekers|vluchtelingen|refugees|militairen|soldiers|"
    r"veteranen|veterans|sporters|athletes|zorgmedewerkers|(?:health\s*care|care)\s+workers)\b"
)
PLURAL_GENERIC = (
    r"(?:ziekte|aandoening|handicap|beperking|medicatie|gezondheidsproblemen|disability|health problems|"
    r"(?:physical|mental|medical|health) condition|hearing aids?|addiction|pacemakers|hoorapparaten|"
    r"rolstoelen|wheelchairs|prostheses|medicijnen|medications|ziekten|ziektes|aandoeningen|stoornissen|"
    r"verslavingen|beperkingen|handicaps|prothesen|therapieën|illnesses|illness|diseases|disabilities|"
    r"impairments|impairment|disorders|injuries|addictions|therapies|psychotherapies|conditions|religions|"
    r"religious|religion|religie|religieuze|pregnancy|pregnancies|zwangerschap|zwangerschappen|bevallingen|"
    r"bevalling|childbirth|offenders|gedetineerden|vakbonden|vakbondsleden|trade unions|unions|union members|"
    r"young people|"
    r"political views|politieke partijen|politieke partij|allochtonen|genetische|genetic|sentenced to|"
    r"incarceration)$"
)

# The words name an employer, a client, a product or a topic rather than the person's own belief,
# membership or body ("ik werk voor de PvdA als IT-beheerder", "Onze klant is een Joodse zorginstelling",
# "a membership system for a trade union", "Product manager for biometric access control", "thesis on the
# Conservative Party"): such a cue right before the words, in the same clause, cancels them, unless a
# possessive stands next to them ("zijn vingerafdruk", "her union") or a person whose data it is follows
# ("a face scan of each applicant"). Working *for* a union stays union data
# (recognizer._names_an_organisation).
WORK_FOR = (
    r"(?:\b(?:werk|werkt|werkte|werkten|werkzaam|gewerkt|stage|stagiair|work|works|worked|working|employed|"
    r"interned|internship|job|rol|role|functie|position|positie)\b[^.;!?\n]{0,30}?|\b\w*(?:developer|ontwikkelaar|medewerker|beheerder|manager|"
    r"adviseur|adviser|advisor|consultant|engineer|officer|analist|analyst|ict['’]er|designer|secretaris|"
    r"secretary|assistent|assistant|co[oö]rdinator|programmeur|programmer|tester|architect|administrator|jurist|"
    r"advocaat|lawyer|attorney|beleids\w*|woordvoerder|spokesperson|lobbyist|researcher|onderzoeker|journalist|"
    r"redacteur|editor|docent|trainer|accountant|controller|recruiter)\s+)"
    r"\b(?:voor|bij|for|at)\s+(?:de|het|een|the|a|an)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:(?:van|of)\s+(?:de|het|the)\s+)?$"
    # session 26: a CV field naming the employer ("Werkgever: COC Nederland – financieel administrateur")
    r"|^\W*(?:(?:huidige|vorige|current|previous)\s+)?(?:werkgever|employer)\s*:\s*$"
)
# A union role ("organiser for the AFL-CIO", "bestuurder bij de FNV"): working for a union is then union data.
UNION_ROLE = (
    r"\b(?:organi[sz]er|organisator|rep|representative|steward|official|bestuurder|kaderlid|afgevaardigde|"
    r"onderhandelaar|negotiator|secretary|secretaris|chair|voorzitter)\b"
)
CLIENT = (
    # session 26: a list of clients ("clients included the Labour Party's press office")
    r"\b(?:klanten|opdrachtgevers|clients|customers)\s+(?:included|include|such\s+as|waren\s+onder\s+meer|"
    r"zoals)\b[^.;!?\n]{0,60}$|"
    r"\b(?:klant|opdrachtgever|client|customer)(?:\s+(?:is|was|zijn|are|were)\s+(?:een|de|het|a|an|the)?\s*"
    r"(?:\w+\s+)?|\s*[:(]\s*|\s*,\s*(?:een|de|het|a|an|the)\s+(?:\w+\s+)?)$|\b(?:onze|our|voor\s+de|for\s+the)\s+"
    r"(?:klant|opdrachtgever|client|customer)\s+$"
    # a partner organisation: "We partner with the Black Young Professionals Network"
    r"|\b(?:partner(?:s|ed|ing)?\s+with|partnerships?\s+with|samenwerking\s+met|werken\s+samen\s+met|werkt\s+samen\s+"
    r"met)\s+(?:the\s+|de\s+|het\s+)?$"
)
PRODUCT = (
    r"\b(?:product\w*|software|app|apps|systeem|systemen|system|systems|platform|datamodel|data model|"
    r"database|"
    r"ledenadministratie|membership|dashboard|website|hardware|sensors?|drivers?|toegangs\w*|access|"
    r"bouwde|built|ontwierp|designed|ontwikkelde|developed|verkocht|sold|sells?|selling|verkoop\w*|verkopen|"
    r"leverancier|vendor|supplier|rollout|"
    r"roll-out|rolled\s+out|uitrol\w*|implementati\w*|bouw|nieuwbouw|building|renovat\w*|restaur\w*|hoofdkantoor|"
    r"headquarters|implemented|deploy\w*|shipped|doing|working\s+on|kyc|"
    # session 26: work on a thing ("bij het NFI gewerkt aan DNA-profielen")
    # (session 27: the subject after the verb, "Bij Veridas werkte ik aan een gezichtsherkenningsmodel")
    r"(?:gewerkt|werkte|werkten|werkt|worked)\s+(?:(?:ik|we|wij|hij|ze|zij)\s+)?aan|invoering|introductie|introduction|dpia|"
    r"sponsor(?!ship)\w*|marketing|art director)\b"
    r"[^.;!?\n]{0,40}$"
    # a job advertised: "Job ad: Genetic Counsellor", "Vacature: jurist bij de FNV"
    r"|\b(?:job\s+ad|job\s+posting|vacature(?:tekst)?|vacancy|wanted|gezocht)\s*:[^.;!?\n]{0,60}$"
    r"|\b(?:we\s+zoeken|wij\s+zoeken|zoeken\s+wij|we(?:'re|\s+are)\s+(?:hiring|looking\s+for)|is\s+looking\s+for)\b"
    r"[^.;!?\n]{0,60}$"
)
TOPIC = (
    r"\b(?:\w*scriptie|\w*thesis|dissertation|onderzoek|research|paper|essay|artikel|article|"
    r"cursus|course|college|lecture|boek|book)\s*:\s*['\"‘“][^.;!?\n]{0,60}$|"
    # session 23: a thesis as a heading, quoted or not ("MA dissertation: the rise of ...")
    r"\b(?:\w*scriptie|\w*thesis|dissertation)\s*:[^.;!?\n]{0,80}$|"
    r"\b(?:\w*scriptie|\w*thesis|dissertation|(?:afstudeer|master|bachelor|scriptie)?onderzoek|research|paper|essay|artikel|article|"
    # session 23: a chapter or texts written on a topic ("een hoofdstuk over", "voorlichtingsteksten over")
    r"hoofdstuk\w*|chapters?|\w*teksten|texts|\w*materiaal|materials|"
    # (session 26: also compounds, "een podcastserie over 23andMe")
    r"cursus|course|college|lecture|boek|book|podcast\w*|blog|vlog|documentaire|documentary|long-?read|column|"
    r"\w*serie|series|dossiers|zaken|cases|casework|nota|beleidsnota|rapport|report|memo|white\s?paper|proefschrift|"
    r"promotieonderzoek|lezing\w*|presentati\w*|talks?|workshops?|lessen|lessons|les|classes|aanvragen|"
    r"applications|appeals|persvoorlichting|modules?|minor|major|master['’]s|bachelor['’]s)\s+"
    r"(?:\w+\s+){0,2}?(?:over|on|about|naar|into|at|rond|rondom|around|involving|examin\w*|"
    r"explor\w*|studied|investigat\w*|onderzocht|behandel\w*|looked\s+at|keek\s+naar|focus\w*\s+on)\b"
    r"[^.;!?\n]{0,120}$|"
    # a field of study: "met als specialisatie de vakbondsbeweging", "specialising in labour history"
    r"\b(?:specialisatie|specialisation|specialization|afstudeerrichting|afstudeervak)\s+(?:in\s+|op\s+)?(?:de\s+|"
    r"het\s+|the\s+)?$|"
    # session 27: the field further on in a list ("specialisatie sporenonderzoek en vingerafdrukken op de
    # plaats delict", "specialisms: ballistics and fingerprints")
    r"\b(?:specialisatie|specialisaties|specialisation|specialization|specialism|specialisms|vakgebied|"
    r"aandachtsgebied)\b\s*:?\s*(?:[\w-]+(?:\s+|\s*,\s*)){1,3}(?:en|and|&)\s+(?:de\s+|het\s+|the\s+)?$|"
    # people interviewed or surveyed for research ("Voor mijn scriptie interviewde ik Marokkaans-Nederlandse
    # ondernemers", "I surveyed Polish warehouse workers")
    r"\b(?:interviewde|interviewden|ge[iï]nterviewd|interviewed|interviewing|enqu[eê]teerde|surveyed|surveying)\s+"
    r"(?:(?:ik|we|wij|hij|zij|ze)\s+)?(?:\d+\s+|tientallen\s+|dozens\s+of\s+|(?:several|some|enkele|meerdere)\s+)?$|"
    # session 26: writing on a topic ("schreef hij jarenlang over de islam", "wrote about ...")
    # (not an opinion written: "schrijft opiniestukken over afschaffing van de monarchie")
    r"\b(?:schreef|schrijft|schreven|geschreven|publiceerde|wrote|writes|written|writing|reported|reports)\s+"
    r"(?:(?!\w*opinie|op-?eds?\b|columns?\b|pleidooi|manifest)\w+\s+){0,3}?(?:over|about|on)\b[^.;!?\n]{0,60}$|"
    # casework advised on: "our private client team advises on spouse visas, indefinite leave to remain"
    r"\b(?:advis\w*\s+(?:\w+\s+){0,2}?on|adviseert\s+(?:\w+\s+){0,2}?over|advisering\s+over|gespecialiseerd\s+in|"
    r"specialis\w*\s+in)\b[^.;!?\n]{0,80}$"
)
# A building as a landmark: "Ons kantoor zit naast de moskee", "next to the church".
LANDMARK = (
    r"\b(?:naast|tegenover|achter|vlakbij|near|next to|opposite|behind|beside|across from)\s+"
    r"(?:de|het|een|the|a)?\s*$"
)
# A policy or scheme about the matter: "het beleid voor zwangerschapsverlof", "the maternity leave policy".
POLICY = (
    r"\b(?:beleid|policy|policies|regeling|procedure|protocol)\s+(?:voor|rond|over|on|for|around)\s+"
    r"(?:de|het|the)?\s*$"
)
# A list of grounds in an equal-treatment statement ("regardless of age, race, religion, sexual orientation"),
# or a fictional case in an assessment or a moot court ("een fictieve fraudezaak", "case study: a 54-year-old
# employee ..."): nobody's data. It cancels a finding of any type (recognizer.find), so it is not one of the
# organisation frames below.
GROUNDS = (
    r"\b(?:regardless of|irrespective of|without regard to|ongeacht|zonder onderscheid naar|op grond van|"
    r"on the grounds? of|(?:discriminat\w*|onderscheid)\s+(?:\w+\s+){0,3}?(?:naar|op\s+(?:basis|grond)\s+van|"
    r"on\s+the\s+basis\s+of|based\s+on|on\s+(?:\w+\s+)?grounds)|"
    r"fictie(?:ve|f)|fictional|fictitious|hypothetical|hypothetische?|case\s+study|casus|rollenspel|role-?play|"
    # a course, a policy or an offer as a heading: "Cursus: hoe voer je een gesprek met ...", "Ons beleid:
    # hoofddoeken zijn toegestaan", "Wat wij bieden: ..."
    r"(?:cursus|course|training|webinar|workshop|masterclass|\w*beleid|\w*policy|dress\s+code|kledingvoorschrift|"
    r"huisregels|house\s+rules|wat\s+(?:wij|we)\s+bieden|what\s+we\s+offer|\w*arbeidsvoorwaarden|benefits|"
    r"training\s+covers)(?:\s+\w+)?(?=\s*:))\b"
    r"(?:[^.;!?\n]|\.(?=\d)){0,200}$"
)
# Figures about a population, not about one person: "volgens het CBS heeft een kwart van de inwoners ...",
# "only a handful of FTSE 100 CEOs come from ..., according to the latest report".
STATISTIC = (
    r"\b(?:volgens\s+(?:het\s+|de\s+)?(?:cbs|onderzoek|rapport|cijfers|\w*monitor)|according\s+to\s+(?:the\s+)?"
    r"(?:\w+\s+){0,3}?(?:report|survey|study|figures|data|census|ons|cbs)|\d+(?:[.,]\d+)?\s?(?:%|procent|percent)"
    r"\s+(?:of|van|were|was|are|is|had|have|zijn|waren|hadden|hebben)\b|(?:een\s+kwart|de\s+helft|een\s+derde|"
    r"a\s+quarter|half|a\s+third|a\s+handful|the\s+majority|"
    r"de\s+meerderheid)\s+(?:of|van)\s+(?:the\s+|de\s+|all\s+|alle\s+)?\w+"
    # "een op de vijf werknemers", "three times more likely", "used by more than 2 million people over 65"
    r"|\b(?:een|één|one)\s+(?:op|in|out\s+of)\s+(?:de\s+)?(?:\d+|twee|drie|vier|vijf|zes|tien|two|three|four|five|"
    r"six|ten)\b|\b(?:twice|(?:two|three|four|five|\d+)\s+times)\s+(?:more|less|as)\b|\b(?:more|fewer|meer|minder)"
    r"\s+(?:than|dan)\s+[\d.,]+\s*(?:million|miljoen|thousand|duizend|k)?\s+(?:people|mensen|users|gebruikers|"
    r"employees|werknemers)|\b(?:median|average|mean|gemiddelde|mediane)\s+(?:age|leeftijd)"
    # a rate for a population: "de vakbondsdichtheid in de zorg", "union density", "cijfers van het CBS"
    r"|\w*(?:dichtheid|density)\b|\borganisatiegraad\b|\bcijfers\s+van\s+(?:het\s+|de\s+)?\w+"
    # figures broken down by a category: "cijfers over arbeidsparticipatie naar migratieachtergrond",
    # "employment rates by ethnic group"
    r"|\b(?:cijfers|figures|rates|statisti\w+|percentages|uitsplitsing|breakdown|benchmark\w*)\b[^.;!?\n]{0,60}?"
    r"\b(?:naar|by|per)\s+(?:\w+\s+)?(?:migratieachtergrond|herkomst|afkomst|etniciteit|ethnic\w*|ethnicity|race|"
    r"religi\w+|geloof|leeftijd\w*|age\s+group|nationalit\w+|gender|geslacht))"
)
THING_AFTER = (
    # a scheme or programme named by what it is for (session 27: "the Windrush compensation scheme", "the BAME
    # graduate scheme")
    r"[\s-]+(?:compensation|graduate|trainee|talent|mentoring|mentor|internship|leadership|traineeship|"
    r"stage|compensatie|herstel|talenten)[\s-]*(?:scheme|programme|program|programma|regeling|traject)\b|"
    # a test, scan or record of animals, not people ("DNA-tests voor honden", "facial recognition for cattle")
    r"(?:[\s-]+[\w-]+){0,2}?\s+(?:voor|van|bij|for|of|on|in)\s+(?:\w+\s+)?(?:honden|katten|huisdieren|paarden|"
    r"dieren|vee|koeien|runderen|varkens|dogs|cats|pets|horses|animals|livestock|cattle|cows|pigs|sheep)\b|"
    # (session 23: also a policy named by its aim, "LGBTQ+ inclusion policies", and access control)
    r"[\s-]*(?:(?-i:[A-Z]\w+)\s+|(?:inclusion|inclusie|diversity|diversiteit|equality|awareness)[\s-]+)?"
    # (session 26: also training on it, "an anti-racism training rollout", "LGBTQ+ awareness training")
    r"(?:policy|policies|beleid|regeling|scheme|procedure|protocol|client|klant|toegangscontrole|access\s+control|"
    r"training|trainings|trainingen|workshops?|"
    r"customer|account|(?:entry\s+|access\s+|login\s+)?(?:system|systems|\w*systeem|\w*systemen|rollout|roll-out|"
    r"model|app|platform|module|solution|oplossing)\b)\b"
    # an institution and its identity: "een christelijk hospice", "de christelijke grondslag", "the school's
    # Catholic ethos"
    # (session 26: also a name in capitals with one more word, "St Joseph's Catholic Primary School", "the
    # Church Times", "our Asian Heritage Network")
    # (a network by its name only, and not a role in it: "Black engineers network", "LGBTQ+ Network lead" are
    # one's own tie to it)
    r"|[\s-]+(?:(?-i:[A-Z]\w+)\s+)?(?:(?-i:Times|Herald|Gazette|Network|Netwerk)(?![\s-]+(?:lead|leader|chair|"
    r"co-?chair|member|members|voorzitter|trekker|lid|leden)\b)|hospice|school|basisschool|scholen|schools|omroep|"
    r"broadcaster|ziekenhuis|hospital|charity|stichting|"
    r"zorginstelling|instelling|vereniging|kinderopvang|zorgaanbieder|hogeschool|universiteit|university|krant|"
    r"newspaper|uitgeverij|publisher|grondslag|identiteit|ethos|signatuur|foundation|identity|values|waarden|"
    # session 26: material on it ("Bible study materials"), and its records kept ("voor de COC-afdeling
    # Utrecht de ledenadministratie gemigreerd")
    r"materials?|materiaal|materialen)\b"
    r"|(?:\s+(?-i:[A-Z]\w+))?\s+(?:de|het|the|its|their|haar)\s+(?:leden|salaris|financi[eë]le\s+)?administratie|"
    r"(?:\s+(?-i:[A-Z]\w+))?\s+(?:de|het|the|its|their|haar)\s+(?:membership\s+\w+|database|crm|boekhouding|payroll)\b"
    # "de stemherkenning in onze klantenservice-app", "the SNP's website rebuild"
    r"|\s+(?:in|of|van|voor|for)\s+(?:onze|our|de|het|the|ons)\s+[\w-]*(?:app|systeem|system|platform|product|"
    r"software)\b|['’]s\s+(?:new\s+)?(?:(?-i:[A-Z]\w+)\s+){0,3}(?:website|site|app|rebuild|redesign|campaign\s+site|"
    r"(?:press\s+)?office|offices|kantoor|branch|headquarters)\b"
    # (session 24: its IT systems, "the Labour Party's membership CRM migration")
    r"|['’]s\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?-i:CRM|ERP|IT|HR)?\s*(?:migration|database|data\s+warehouse|"
    r"intranet|helpdesk|platform|(?-i:CRM|ERP))\b"
    # "hand-geometry time clocks", "the fingerprint-based teller login", "de biometrische loginflow"
    r"|[\s-]*(?:based\s+(?:\w+\s+)?)?(?:time\s+clocks?|clocks|terminals?|tijdklok\w*|prikklok\w*|login\w*|"
    r"inlog\w*)\b"
    # an event for many guests, or a guide written about it: "een iftar voor 300 gasten", "our Ramadan
    # guidance"
    r"|\s+(?:voor|for)\s+(?:\d+|honderden|hundreds)\s+(?:gasten|guests|mensen|people|deelnemers|participants|"
    r"medewerkers|employees|bezoekers|visitors)\b|[\s-]+(?:guidance|guide|guidelines|richtlijn\w*|handreiking)\b"
    # the words name what a piece of work was about, a few words on, coordinated or not: "the Diwali and Eid
    # lunches", "de ramadan- en kerstpromoties", "a DNA-seq pipeline", "the trade union consultation"
    r"|-?(?:\s+(?:and|en|&))?(?:\s+(?!(?:to|te|om|during|tijdens|the|de|het|an?|een|and|en|wants?|wil)\b)"
    r"[\w-]+){0,2}?[\s-]+\w*(?:pipelines?|promoties?|promotions?|lunches|build(?!\s+up)|upgrade|reporting|"
    r"rapportage\w*|consultation|rota)\b"
)
ORG_FRAME = "(?:" + "|".join((CLIENT, PRODUCT, TOPIC, LANDMARK, POLICY)) + ")"
# People whose data a product processes ("the app takes a face scan of each applicant"): data about persons.
DATA_SUBJECT = (
    r"[\w\s'’-]{0,25}?\b(?:van|of|for|on|op|bij)\s+(?:\w+\s+){0,2}?(?:sollicitant\w*|kandida\w+|medewerkers?|"
    r"bezoekers?|personeel|gebruikers?|applicants?|candidates?|employees?|visitors?|staff|users?|zijn|haar|"
    # (session 26: the writer, "stored a voiceprint of me")
    r"his|her|me|mij|him|hem)\b"
    # (session 25: taken from a person's own recording, "extracted facial geometry from each candidate's
    # recording")
    r"|[\w\s'’-]{0,25}?\bfrom\s+(?:each\s+|every\s+|the\s+|a\s+)?(?:candidate|applicant|employee|user|"
    r"visitor)s?['’]s?\s"
)

# Anyone at all in view, for the organisation-voice test below: a person frame, a person named by a noun
# ("een collega", "the guy", "someone") or a common given name.
SOMEONE = (
    PERSON_FRAME
    + r"|\b(?:collega|colleague|medewerker|werknemer|employee|new\s+hire|trainee|stagiaire?|intern|vader|"
    r"moeder|father|mother|mum|mom|dad|husband|wife|vrouw|man|partner|broer|zus|brother|sister|your|you|"
    r"iemand|someone|somebody|guy|lad|bloke|gast|kerel|vent|dame|lady|woman|girl|jongen|meisje)\b"
    + r"|\b(?-i:"
    + names.MALE
    + "|"
    + names.FEMALE
    + r")\b"
)
# An employer or business speaking about itself: its client, canteen, app or selection, a vacancy, hiring, a
# statement of what "we" do. In a text with nobody in view (SOMEONE), a mention is then the business's
# ("Onze klant, een fabrikant van vingerafdrukscanners", "a peak around Eid, so we're hiring", "Our canteen
# offers halal", "We never ask candidates about their faith"), not a person's data (recognizer.find).
_ORG_NOUN = (
    r"(?:klant\w*|client\w*|customers?|opdrachtgever\w*|bedrijf|company|organi[sz]ation|organisatie|team|"
    r"kantine|canteen|app|ats|selectie|selection|beleid|policy|office|kantoor|winkels?|stores?|shops?|"
    r"warehouse|magazijn|website|product\w*|platform|intranet|site|recruitment|werving|vacatures?|"
    r"vacanc\w+|dress\s+code|kledingvoorschrift|case\s+studies|sector|branche|locaties?|locations?|hr|"
    r"afdeling|department|systeem|system|software|klantenservice\S*)"
)
ORG_VOICE = (
    r"\b(?:our|onze)\s+(?:[\w-]+\s+)?" + _ORG_NOUN + r"\b"
    r"|\b(?:vacature|vacancy|job\s+ad|gezocht|wanted|intranet|webinar)\b"
    # (not a thing a person does without: "no work permit needed" (session 25: two words between))
    r"|(?<!\bno\s+(?:\w+\s+){1,2})(?<!\bnot\s+)\bneeded\b"
    r"|\b(?:we(?:'re|\s+are)|is|are)\s+(?:now\s+)?hiring\b"
    # session 26: what the business has ("Wij hebben op elke verdieping een kolfruimte")
    r"|\b(?:we|wij)\s+hebben\s+op\b|\bwe\s+have\s+(?:a|an)\s+(?:\w+\s+)?(?:room|space)\b"
    r"|\b(?:zoeken\s+we|zoeken\s+wij|we\s+zoeken|wij\s+zoeken|nodigen\s+we|we\s+nodigen|we\s+never|we\s+don't|we\s+do\s+not|"
    r"we\s+vragen\s+(?:nooit|niet)|we\s+bieden|we\s+offer|we\s+expect|we\s+verwachten)\b"
    r"|\b(?:startup|start-up|scale-?up|company|bedrijf|firm|agency|bureau|organi[sz]ation|organisatie|klant|"
    r"client|opdrachtgever|werkgever|employer)\s+(?:is\s+)?(?:looking\s+for|zoekt|seeks|is\s+hiring)\b"
)

# The writer's or candidate's job named in a sentence that also says what that work does ("Als verloskundige
# heb ik 400 bevallingen begeleid", "As HR business partner I managed maternity leave cover planning"): the
# words name what the work is about (recognizer.find), unless someone's own state is said too (OWN_STATE).
# Not an expert by experience ("ervaringsdeskundige"): that job is one's own history.
_JOB = (
    r"[\w-]*(?:(?<!ervarings)kundige|assistente?|advocaat|arts|onderzoeker|manager|adviseur|recruiter|"
    r"consultant|specialist|secretaresse|medewerker|coach|docent|leraar|lerares|therapeut|psycholoog|"
    r"begeleider|verpleger|ambtenaar|geneticus|geneticist|ontwikkelaar|developer|engineer|analist|leider|"
    r"directeur|trainer|"
    r"fotograaf|journalist|redacteur|planner|co[oö]rdinator|partner|officer|lead|lawyer|nurse|midwife|doctor|"
    r"researcher|adviser|advisor|assistant|clerk|teacher|tutor|counsell?or|therapist|psychologist|scientist|"
    r"jurist|notaris|apotheker|pharmacist|technician|technicus|designer|producer|organi[sz]er|organisator|"
    # session 25: research posts ("Als postdoc populatiegenetica analyseer je DNA-sequentiedata")
    r"postdoc|promovend\w*)"
)
JOB_INTRO = (
    r"\b(?:als|as|werk(?:te)?\s+als|werkzaam\s+als|work(?:ed|ing)?\s+as)\s+(?:(?:an?|the|our|een|de)\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _JOB + r"\b(?!\s+(?:met|with)\b)"
)
WORK_VERB = (
    r"\b(?:begeleid\w*|behandel\w*|analy[sz]\w*|analyseer\w*|beoordeel\w*|adviseer\w*|geef|gaf|geven|"
    r"schreef|schrijf\w*|geschreven|verzorg\w*|organiseer\w*|georganiseerd|co[oö]rdineer\w*|ondersteun\w*|"
    r"vertegenwoordig\w*|ontwierp|ontworpen|managed|manage|managing|support\w*|advis\w*|treat\w*|handl\w*|"
    r"process\w*|wrote|write|writing|written|draft\w*|design\w*|organi[sz]\w*|coordinat\w*|deliver\w*|"
    r"counsel\w*|represent\w*|review\w*|assess\w*|prepar\w*|taught|teach\w*|guid\w*|ran|run|running|"
    # session 25: models trained as work ("Als ML-engineer trainde ze gezichtsherkenningsmodellen")
    r"trainde|traint|trainen|getraind|trained|trains)\b"
)
OWN_STATE = (
    r"\b(?:mijn|m'n|my|zelf|myself|ikzelf|own|eigen|ik\s+ben|ben\s+ik|i\s+am|i'm|i\s+was|ik\s+was|was\s+ik|"
    r"kreeg\s+ik|ik\s+kreeg|i\s+got|i\s+had|had\s+ik|ik\s+had|diagnos\w*|gediagnosticeerd|lijd\w*|suffer\w*)\b"
)

# A title in quotes, named as a campaign's, a show's or a book's ("de campagne 'Generatie Z'", "the 'Married
# at First Sight' format"): recognizer._titled. Not a nickname: what people are called says something about
# them.
_TITLE_NOUN = (
    r"(?:campagne|campaign|format|show|serie|series|programma|programme|program|podcast|film|boek|book|titel|title|"
    r"project|thema|theme|slogan|hashtag|workshop|webinar|lezing|talk|artikel|article|column|rubriek|event|"
    r"evenement|song|nummer|album|game|spel|app|merk|brand|box\s*set|seizoen|season|episode|aflevering|musical|"
    r"toneelstuk|play|novel|\w*roman|\w*thriller|categorie|category|section|afdeling)"
)
TITLE_BEFORE = r"\b(?:" + _TITLE_NOUN + r"|getiteld|titled)\s*:?\s*$"
TITLE_AFTER = r"\s*(?:-\s*)?" + _TITLE_NOUN + r"\b"

# The words inside a name of an organisation, a job or a subject ("Gender Identity Clinic", "Pride Mobility",
# "Genetic Counsellor", "Religion Studies teacher"): a name in capitals that ends in one of these heads.
_HEADS = (
    r"(?-i:Clinic|Centre|Center|Trust|Foundation|Society|Association|Mobility|Care|Studies|Counsell?or|Officer|"
    r"Nurse|Services?|Network|Netwerk|Institute|Instituut|Lab|Laboratory|Programme|Program|Stichting|Vereniging|"
    r"Kliniek|Centrum|Fonds|Fund|Alliance|Council|Consultant|Specialist)\b"
)
NAME_HEAD = r"(?:(?:[\s-]+(?-i:[A-Z][\w'’-]*)){0,3}[\s-]+|(?<=[\s-])|^)" + _HEADS
# Someone's own use of such a place: "referred to the Gender Identity Clinic", "my Diabetes Nurse".
OWN_USE = (
    r"\b(?:my|his|her|their|mijn|zijn|haar|hun|attend\w*|referred|referral|verwezen|verwijzing|patient|pati[eë]nt|"
    r"wachtlijst|waiting\s+list|treated|behandeld|onder\s+behandeling|in\s+treatment|client\s+of|cli[eë]nt\s+bij|"
    r"seen\s+at|seen\s+by|gezien\s+bij)\b[^.;!?\n]{0,40}$"
)

# Three or more categories, faiths, festivals or diets in one list ("gezondheid, religie, etnische afkomst of
# vakbondslidmaatschap", "Christianity, Islam, Hinduism and African traditional religion", "Holi, Eid,
# Christmas, Onam", "halal, kosher, vegan"): a topic, a policy or a menu, not one person's data.
_LISTED = (
    r"(?:gezondheid|health|medical\s+history|religie|religion|geloof|geloofsovertuiging|levensovertuiging|faith|etnische\s+afkomst|ethnicity|etniciteit|"
    r"afkomst|race|gender|geslacht|seksuele\s+(?:geaardheid|voorkeur)|sexual\s+orientation|sexuality|"
    r"vakbond\w*|trade\s+union\s+\w+|politieke\s+\w+|political\s+\w+|biometric\w*|biometrische|genetic\w*|"
    r"genetische|disability(?:\s+status)?|handicap|beperking|strafblad|criminal\s+records?|criminal\s+convictions?|leeftijd|age|"
    r"zwangerschap|pregnancy|kinderwens|family\s+plans|nationaliteit|nationality|burgerlijke\s+staat|marital\s+status|christianity|"
    r"christendom|islam|hinduism|hindoe[iï]sme|judaism|jodendom|buddhism|boeddhisme|sikhism|humanism|"
    r"humanisme|holi|eid|christmas|kerst|onam|diwali|divali|yom\s+kippur|hanukkah|chanoeka|pesach|passover|"
    r"easter|pasen|suikerfeest|offerfeest|ramadan|lunar\s+new\s+year|navratri|vaisakhi|guru\s+nanak\s+\w+|"
    r"halal|kosher|koosjere?|vegan|veganistisch|vegetari\w+|gluten-?\s?free|glutenvrij|"
    # session 23: what a CV may leave out, and a membership or a plan as a category ("date of birth, photo and
    # marital status", "religion, pregnancy plans or union membership")
    r"date\s+of\s+birth|geboortedatum|photo|foto|pasfoto|(?:trade\s+)?union\s+membership|vakbondslidmaatschap|"
    # session 25: networks by theme ("Our staff networks (faith, disability, LGBTQ+, race equality)")
    r"lgbt\w*\+?|lhbt\w*\+?)"
    r"(?:\s+(?:data|gegevens|plans|plannen|status))?"
)
_LIST_SEP = r"(?:\s*[,;/]\s*|\s*,?\s+(?:and|en|or|of|&)\s+)(?:[\w-]+\s+){0,2}?"
ENUMERATION = r"\b" + _LISTED + r"(?:" + _LIST_SEP + _LISTED + r"(?!\w)){2,}"
_LISTED_ALL = _LISTED + r"(?:" + _LIST_SEP + _LISTED + r")*"
# A category someone may not weigh, as a rule for all: "The panel must not consider ethnicity", "leeftijd mag
# niet meewegen".
NOT_TO_WEIGH = (
    r"\b(?:must|should|may|can|mag|mogen|moet|moeten|kan|kunnen)\s+(?:not|never|niet|nooit)\s+(?:\w+\s+)?"
    r"(?:consider\w*|use|weigh|take\s+into\s+account|look\s+at|ask\s+about|meewegen|gebruiken|vragen\s+naar|"
    r"letten\s+op|meenemen)\s+(?:\w+\s+)?"
    + _LISTED
    + r"\b|\b"
    + _LISTED
    + r"\s+(?:mag|mogen|must|may)\s+(?:not|never|niet|nooit)\s+(?:\w+\s+)?(?:meewegen|meetellen|count|"
    r"be\s+(?:used|considered))\b"
    # a category that plays no part: "de politieke voorkeur van de consultant speelt geen rol"
    + r"|\b"
    + _LISTED
    + r"(?:\s+(?:van|of)\s+(?:de|het|the|a|een)\s+\w+)?\s+(?:speelt|speelde|spelen|plays|played)\s+"
    r"(?:geen|no)\s+(?:enkele\s+)?(?:rol|role|part)\b"
    # a practice for all: "Wij vragen nooit naar zwangerschap of kinderwens", "we never ask about religion"
     + r"|\b(?:we|wij|they|zij|employers|werkgevers)\s+(?:vragen|ask)\s+(?:nooit|never|niet|not)\s+"
    r"(?:naar|about)\s+"
    + _LISTED_ALL
    + r"\b"
    # session 27: a form or a process that asks nothing about it ("Our application form asks no questions
    # about criminal convictions", "het formulier stelt geen vragen over gezondheid")
    + r"|\b(?:asks?|asked|vraagt|stelt|stellen|stelde|contains?|bevat)\s+(?:no|geen)\s+"
    r"(?:questions|vragen)\s+(?:about|on|over|naar)\s+"
    + _LISTED_ALL
    + r"\b"
    # the same with the topic first: "Naar kinderwens vragen we nooit"
    + r"|\bnaar\s+"
    + _LISTED_ALL
    + r"\s+vragen\s+(?:we|wij)\s+(?:nooit|niet)\b"
)
# Figures for a group, not one person: "het percentage medewerkers met een migratieachtergrond steeg naar
# 18%", "the share of staff with a disability".
SHARE_OF_GROUP = (
    r"\b(?:percentage|aandeel|share|proportion|aantal|number|%)\s+(?:of\s+|van\s+)?(?:\w+\s+){0,2}?(?:medewerkers|"
    r"employees|staff|werknemers|mensen|people|kandidaten|candidates|sollicitanten|applicants|hires|"
    r"inwoners|residents)\s+(?:met|with|die|who|that)\b[^.;\n]{0,50}"
    # statistics on a category: "statistieken over migratieachtergrond en arbeidsparticipatie"
    r"|\b(?:statisti\w*|cijfers|figures)\s+(?:over|on|about|naar|by)\s+(?:\w+\s+){0,2}?(?:migratieachtergrond|"
    r"ethnicity|etniciteit|afkomst|ethnic\s+group|religion|religie|gender|geslacht|leeftijd|age)\b[^.;\n]{0,50}"
)
# A form's field left blank or declined ("Ethnic origin: ________", "Sexual orientation (optional): Prefer not
# to say"), or its yes/no question ("Do you require sponsorship? Yes / No"): nobody's answer in it.
FORM_BLANK = (
    r"\b(?:"
    + _LISTED
    + r"|ethnic\s+origin|etnische\s+achtergrond|religion\s+or\s+belief)(?:\s+(?:or|of|and|en)\s+\w+)?"
    r"(?:\s*\((?:optional|optioneel|facultatief)\))?\s*:\s*(?:_{2,}|\.{3,}|…|prefer\s+not\s+to\s+say|zeg\s+ik\s+liever\s+"
    r"niet|n\.?v\.?t\.?|n/a|[-–]\s*$|\[\s*\]|☐)"
    r"|\b(?:do|does|are|is|have|has|heb|heeft|ben|bent)\s+(?:you|je|u)\b[^.:?!\n]{3,80}\?\s*(?:yes|ja)\s*/\s*(?:no|nee)\b"
)
# The law asked about in general: "Mag een werkgever vragen of iemand zwanger is?", "Can an employer ask if a
# candidate is pregnant?": nobody's data.
ASKING_IN_GENERAL = (
    r"\b(?:mag|mogen|kan|kunnen|can|may|could|is\s+it\s+(?:legal|lawful|allowed|ok(?:ay)?)\s+(?:to|for))\b"
    r"[^.?!]{0,60}?\b(?:vragen|ask|asking|inquire|vraag)\b[^.?!]{0,15}?\b(?:of|if|whether|naar|about)\s+"
    r"(?:iemand|someone|somebody|a\s+candidate|an\s+applicant|een\s+kandidaat|een\s+sollicitant|candidates|"
    r"applicants|kandidaten|sollicitanten|people|mensen|werknemers|employees|an\s+employee|een\s+werknemer)\b"
    r"[^.?!]{0,40}"
    # session 26: asking about anyone's ("vragen naar iemands seksuele voorkeur is niet toegestaan"),
    # questions quoted as examples ("vragen als 'ben je getrouwd?' zijn verboden"), a question asked in
    # general
    r"|\b(?:vragen|vraag|ask|asking)\s+(?:naar|about|after)\s+(?:iemands|someone['’]s|somebody['’]s)\b[^.?!]{0,60}"
    r"|\b(?:vragen|questions)\s+(?:als|zoals|like|such\s+as)\s+['‘\"“][^\n]{0,100}?\b(?:verboden|"
    r"niet\s+toegestaan|not\s+allowed|illegal|unlawful|prohibited)\b"
    r"|\b(?:asked|vroeg)\s+(?:\w+\s+)?(?:in\s+general|in\s+het\s+algemeen)\s+(?:whether|if|of)\b[^.?!]{0,80}"
)
# A pension age or a survivor's pension as scheme rules for everyone: "voor medewerkers vanaf 5 jaar voor de
# AOW-leeftijd", "Spouse's pension is 50% under our scheme rules".
PENSION_AGE = (
    r"\b(?:medewerkers|werknemers|employees|staff)\b[^.;\n]{0,50}?\b(?:aow-?leeftijd|"
    r"pensioenleeftijd|(?:state\s+)?pension\s+age|retirement\s+age)\b"
    # (session 24: the pension age as a topic of law, "on the AOW pension-age legislation")
    r"|\b(?:aow|pensioen|pension|retirement)[\s-]*(?:age|leeftijd)[\s-]+(?:legislation|law|bill|wet\w*|polic\w*|"
    r"beleid|reforms?|hervorming\w*|debat\w*|debate|rules|regels|verhoging|increase|"
    # (session 27: its changes and calculators, "handles state pension age changes")
    r"changes?|wijziging\w*|calculat\w*|berekening\w*|rekenmodule\w*|increases|rises?)\b"
)
SURVIVOR_PENSION = (
    # (session 25: two pensions in one, "weduwen- en wezenpensioen")
    r"\b(?:spouse|partner|widow|widower|weduwe|weduwen|weduwnaar|nabestaanden)(?:['’]s)?(?:-?\s+(?:en|and|&)\s+\w+?)?"
    r"[\s-]*(?:pension|pensioen|benefits?|"
    r"uitkering|allowance|toeslag)\b|\b(?:partner|nabestaanden)pensioen\b"
)
# Categories as the fields of a data set: "parsed the ethnicity and religion fields", "de kolom leeftijd".
# (session 24: also quoted, and as a form's tick box: "the 'religion' and 'ethnicity' fields", "a 'criminal
# convictions' checkbox")
FIELDS = (
    r"['\"‘“]?\b"
    + _LISTED
    + r"['\"’”]?(?:"
    + _LIST_SEP
    + r"['\"‘“]?"
    + _LISTED
    + r"['\"’”]?)*\s+(?:fields?|columns?|variables?|attributes?|velden|"
    r"kolommen|variabelen|attributen|check-?box(?:es)?|tick-?box(?:es)?|drop-?downs?|selectievak\w*|vinkjes?)\b|\b(?:field|column|variable|veld|kolom|variabele)\s+['\"‘“]?"
    + _LISTED
    + r"\b"
)
# A job ad as a whole ("Vacaturetekst (concept): Ben jij ...", "Draft advert: Are you ..."): nobody's data in
# it; only what an employer may not demand of applicants (age, pregnancy, civil status, nationality) is
# flagged (recognizer.find).
JOB_AD = (
    r"^\W*(?:(?:draft|concept)\s+)?(?:vacature(?:tekst)?|job\s+ad(?:vert)?|advert(?:isement)?|vacancy(?:\s+text)?|"
    r"job\s+posting|job\s+description|functieomschrijving)\b[^:\n]{0,30}:"
)
# A gene for a condition carried without the condition (session 24), as a span: "de genmutatie voor
# hemochromatose", "I carry a Lynch syndrome variant", "sickle cell trait", "geen drager van het familiegen
# voor ALS". A carrier test or a predisposition is not one ("Dragerschapstest voor cystic fibrosis was
# positief", "een erfelijke aanleg voor hartziekten" stay health data).
NO_DISEASE = (
    r"\b(?:familiegen|genmutatie|gen|gene)\s+(?:voor|for)\s+(?:de\s+ziekte\s+van\s+|het\s+)?"
    r"[\w'’-]+"
    r"|\b(?:carry|carries|carrying|draag|draagt)\s+(?:a|an|een|the|de)\s+(?:[\w'’-]+\s+){1,3}?variant\b"
    r"|\b(?:sickle[\s-]cell|sikkelcel)[\s-]*(?:trait|drager\w*|dragerschap)\b"
    # session 26: a carrier of a hereditary condition, not of an infection ("bevestigd drager van LQTS, geen
    # klachten", "drager van sikkelcelziekte"; not "drager van hiv")
    r"|\b(?:drager|draagster|carrier)\s+(?:van|of)\s+(?:het\s+|een\s+|de\s+|the\s+|a\s+)?"
    r"(?!hiv|hepatitis|hep\b|mrsa|aids|tbc|tubercul|covid|corona)[\w'’-]+"
)
