"""The output filter for interview questions: no question about a protected topic reaches a recruiter.

Dutch law (AWGB, Wet op de medische keuringen) and the GDPR forbid selecting on age, pregnancy or family
plans, religion, health or disability, ethnicity or origin, sexual orientation or gender, marital status,
political views, union membership or criminal record. A question about any of these is removed and replaced
by a lawful, job-related one. Nationality is asked only in its neutral lawful form: the right to work.

Why a lexicon and not `guardrails.scan`: scan finds *mentions* in documents and rightly ignores clinical
work ("medicatie toedienen" in a nursing vacancy); here we judge what a question *asks the candidate*, and
proxies count ("when did you finish school?" asks for age). The lexicon matches on folded text (no accents,
leetspeak undone, invisible characters dropped) and, for unambiguous stems, on text with spaces removed,
so "p r e g n a n t" and "zw@nger" are caught too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Topic(StrEnum):
    age = "age"
    family = "pregnancy_family"
    religion = "religion"
    health = "health_disability"
    origin = "ethnicity_origin"
    sexual_orientation = "sexual_orientation"
    gender = "gender_identity"
    marital_status = "marital_status"
    political = "political_views"
    union = "union_membership"
    criminal_record = "criminal_record"
    right_to_work = "right_to_work"  # nationality, permits, passports: replaced by the neutral form


RIGHT_TO_WORK = {
    "en": "Do you have the right to work in the Netherlands?",
    "nl": "Heeft u een geldige verblijfs- en werkvergunning voor Nederland?",
}

# Lawful, job-related replacements when the caller has no better question for the same requirement.
_SCHEDULE = {
    "en": "Are you able to work the hours and schedule this role requires?",
    "nl": "Kun je werken volgens de uren en het rooster die deze functie vraagt?",
}
_TASKS = {
    "en": "Can you carry out the core tasks of this role as the vacancy describes them?",
    "nl": "Kun je de kerntaken van deze functie uitvoeren zoals de vacature ze beschrijft?",
}
_EXPERIENCE = {
    "en": "Which experience from your work so far prepares you best for this role, and why?",
    "nl": "Welke ervaring uit je werk tot nu toe bereidt je het best voor op deze functie, en waarom?",
}
_TEAM = {
    "en": "Tell me about a time you worked with colleagues who saw a problem very differently. "
    "How did you reach a shared way forward?",
    "nl": "Vertel over een keer dat je samenwerkte met collega's die een probleem heel anders zagen. "
    "Hoe kwamen jullie tot een gezamenlijke aanpak?",
}
_ALTERNATIVE: dict[Topic, dict[str, str]] = {
    Topic.age: _EXPERIENCE,
    Topic.family: _SCHEDULE,
    Topic.religion: _SCHEDULE,
    Topic.health: _TASKS,
    Topic.origin: RIGHT_TO_WORK,
    Topic.right_to_work: RIGHT_TO_WORK,
    Topic.sexual_orientation: _TEAM,
    Topic.gender: _TEAM,
    Topic.marital_status: _SCHEDULE,
    Topic.political: _TEAM,
    Topic.union: _EXPERIENCE,
    Topic.criminal_record: _EXPERIENCE,
}

_YOU = r"(?:you|your|yours|yourself|je|jij|jou|jouw|u|uw|jullie)"
_CLINICAL = re.compile(
    r"\b(?:patient\w*|client\w*|zorgvrager\w*|bewoner\w*|resident\w*|naaste\w*|verpleeg\w*|nurs\w*|"
    r"zorgplan\w*|mews|sbar|care plan\w*|ward|afdeling\w*|arts|doctor'?s orders?|toedien\w*|administer\w*)\b"
)

_PERSONAL_HEALTH_RAW = (
    rf"\b{_YOU} (?:own )?(?:health|gezondheid|illness|disability|handicap|sick "
    rf"leave|verzuim|ziekteverzuim)\b|"
    r"\b(?:your|jouw|uw) (?:own "
    r")?(?:medication|medicatie|medicijnen|condition|diagnos\w*|ziekte|beperking)\b|"
    r"\b(?:do|did|have|are) you (?:take|taking|suffer|had|have|been) (?:any )?(?:medication|medicines?|pills|"
    r"sick|ill|from)\b|"
    r"\b(?:gebruik|gebruikt|neem|neemt) (?:je|jij|u) (?:zelf )?(?:medicatie|medicijnen|pillen)\b|"
    r"\b(?:ben|bent|was|heb|hebt|heeft) (?:je|jij|u) (?:vaak |ooit |weleens |wel eens )?(?:ziek|ziekgemeld|"
    r"een beperking|een handicap|chronisch)\b|\b(?:ziekteverzuim|sick days|sick leave|burn[ -]?out)\b"
)
_PERSONAL_HEALTH = re.compile(_PERSONAL_HEALTH_RAW)

# Patterns run on folded text (lower case, no accents). Each topic lists what a question may not ask.
_RAW: dict[Topic, list[str]] = {
    Topic.age: [
        r"\b(?:when|wanneer|in welk jaar|what year)\b.{0,30}\b(?:middelbare school|high school|secondary "
        r"school|eindexamen)\b",
        r"\bjarig\b",
        r"\b(?:which|what|in welk) (?:year|jaar) (?:did|heb|ben|bent|heeft) (?:you|je|jij|u) "
        r"(?:finish|complete|graduate|afgestudeerd|geslaagd|klaar)",
        r"\b(?:are you|ben je|bent u) (?:over|under|older than|younger than|ouder dan|jonger dan|boven "
        r"de|onder de) \d{2}\b",
        r"\bdoorwerken\b",
        r"\bhoe lang (?:wil|denk|ben) (?:je|u) (?:nog )?(?:te )?(?:blijven )?werken\b",
        r"\bhow old\b",
        r"\bhoe oud\b",
        r"\b(?:your|je|jouw|uw) (?:age|leeftijd)\b",
        r"\bleeftijd\b",
        r"\bage\b(?! (?:of|van) (?:the|de|het|our|onze) (?:system|code|platform|software|data))",
        r"\b(?:year|date|day) of birth\b",
        r"\bbirth ?(?:day|date|year)\b",
        r"\bgeboorte(?:jaar|datum|dag)\b",
        r"\b(?:when|what year|which year|in welk jaar|wanneer) (?:were|was|ben|bent|is) (?:you|je|jij|u) "
        r"(?:born|geboren)\b",
        r"\b(?:born|geboren) in (?:the )?(?:19|20)\d\d",
        r"\b(?:when|what year|which year|in welk jaar|wanneer) (?:did|heb|ben|bent|heeft) "
        r"(?:you|je|jij|u) (?:graduate|finish(?:ed)? (?:high )?school|leave school|go to school|"
        r"(?:je |uw )?(?:middelbare school|school|diploma|eindexamen))",
        r"\b(?:high school|middelbare school) (?:graduation|diploma)? ?(?:year|jaar)\b",
        r"\bretirement\b",
        r"\b(?:you|do you|will you|plan to|planning to|want to|intend to) retire\b"
        r"(?!\s+(?:a|an|the|this|that|our|your|legacy|old|it|them)\b)",
        r"\b(?:older|younger|ouder|jonger|oudere|jongere)\b.{0,40}\b(?:than you|dan jij|dan u|dan je)\b",
        r"\b(?:met )?pensioen\b",
        r"\bpensioengerechtigd\w*",
        r"\b(?:too|te) (?:old|young|oud|jong)\b",
        r"\b(?:older|younger|oudere|jongere) (?:than|dan) (?:your|je|uw|the|de)",
        r"\bgenerati(?:on|e)\b.{0,30}\b(?:belong|hoor|born|geboren|are you|ben je|bent u)\b",
        r"\b(?:millennial|boomer|gen ?z)\b",
        r"\b(?:how many|hoeveel) (?:years|jaar) (?:until|tot|before|voor) (?:you|je|u)\b",
        r"\bhow (?:long|many years) (?:do|will) you (?:plan to |intend to )?(?:keep )?work(?:ing)? "
        r"(?:before|until)\b",
    ],
    Topic.family: [
        r"\bfamily to (?:support|feed|take care of)\b",
        r"\b(?:are you|ben je|bent u) (?:a |een )?(?:mother|father|mum|mom|dad|parent|single "
        r"parent|moeder|vader|ouder|alleenstaande ouder)\b",
        r"\b(?:how many|hoeveel) (?:children|kids|kinderen)\b",
        r"\bare you expecting\b(?! (?:to|that|a delay|more|any))",
        r"\bin verwachting\b",
        r"\bplans? (?:for|to start) (?:a )?family\b",
        r"\bkinderen (?:te )?(?:krijgen|hebben|nemen)\b",
        r"\bpregnan\w*",
        r"\bzwanger\w*",
        r"\bexpecting (?:a )?(?:baby|child)\b",
        r"\b(?:a |een )?baby\b",
        r"\bkinderwens\w*",
        r"\b(?:family|gezins?) ?(?:plans?|planning|uitbreiding)\b",
        r"\bgezinsuitbreiding\b",
        r"\bstart(?:ing)? a family\b",
        r"\bgezin (?:te )?(?:stichten|beginnen)\b",
        r"\b(?:op|voor) (?:de|je|uw|jouw) kinderen\b",
        rf"\b{_YOU} (?:children|kids|kinderen|kind|gezin|family|familie)\b",
        r"\b(?:do|have|will|would) you (?:have|want|plan|got|planning) (?:to have )?(?:any |more |some )?"
        r"(?:children|kids|child)\b",
        r"\b(?:heb|hebt|heeft|wil|wilt|krijg|krijgt) (?:je|jij|u) (?:nog )?(?:al )?(?:kinderen|kind|een "
        r"kind)\b",
        r"\bkinderen (?:krijgen|hebben|nemen)\b",
        r"\b(?:childcare|child care|daycare|day care|babysit\w*|nanny|kinderopvang|oppas\w*|creche)\b",
        r"\b(?:maternity|paternity|parental|zwangerschaps|bevallings|ouderschaps|moederschaps)[ "
        r"-]?(?:leave|verlof)\b",
        r"\b(?:zwangerschaps|bevallings|ouderschaps|moederschaps|vaderschaps)verlof\b",
        r"\b(?:family situation|home situation|gezinssituatie|thuissituatie|situatie thuis)\b",
        r"\b(?:care|caring) responsibilities\b",
        r"\bmantelzorg\w*",
        r"\b(?:who|wie) (?:looks after|takes care of|zorgt voor|past op) (?:the |your |de |je |uw )?"
        r"(?:children|kids|kinderen)\b",
        r"\b(?:mother|father|moeder|vader) (?:of|van) (?:young|jonge)\b",
        r"\bfamily (?:commitments|obligations|responsibilities)\b",
    ],
    Topic.religion: [
        r"\b(?:practi[sc]e|practising|practicing|belijd\w*) (?:any |a |your )?(?:faith|religion|geloof)\b",
        r"\b(?:your|any) faith\b",
        r"\bkeppel\w*",
        r"\breligi\w*",
        r"\b(?:geloof|gelovig\w*|geloven (?:je|u)|believe in god)\b",
        r"\b(?:god|allah|jesus|jezus)\b",
        r"\b(?:church|kerk|mosque|moskee|synagog\w*|temple|tempel|gurdwara)\w*",
        r"\b(?:pray|prays|praying|prayer\w*|bidden|bid je|bidt|gebed\w*)\b",
        r"\b(?:ramadan|ramadhan|suikerfeest|offerfeest|eid|iftar|sabbat\w*|shabbat|sabbath|diwali|yom kippur|"
        r"vastentijd)\b",
        r"\b(?:fasting|vasten|vast je|vast u)\b",
        r"\b(?:headscarf|head scarf|hijab|niqab|burqa|hoofddoek\w*|keppel|kippah|yarmulke|turban|tulband)\b",
        r"\b(?:islam\w*|muslim\w*|moslim\w*|christ(?:ian|en|elijk)\w*|catholic\w*|katholiek\w*|protestant\w*|"
        r"jewish|jood\w*|joods\w*|hindu\w*|buddhis\w*|boeddhis\w*|sikh\w*|atheis\w*|agnost\w*)\b",
        r"\b(?:halal|kosher|koosjer)\b",
        r"\bcelebrate (?:christmas|kerst|eid|hanukkah|diwali)\b",
        r"\b(?:vier|viert) (?:je|u) (?:kerst|het suikerfeest|suikerfeest|pasen|chanoeka)\b",
        r"\bzondagsrust\b",
        r"\b(?:spiritual|spiritueel|levensbeschouw\w*)\b",
    ],
    Topic.health: [
        r"\bhospitali[sz]\w*|\bopgenomen in (?:het |een )?ziekenhuis\b",
        r"\b(?:physically|fysiek|lichamelijk) (?:fit|in staat|gezond)\b",
        r"\b(?:see|seeing|visit|visiting|bij) (?:a |een )?(?:psycholog\w*|psychiater|therapist|therapeut)\b",
        r"\b(?:dyslex\w*|dyslect\w*|dyscalcul\w*|hoogbegaafd\w*|asperger\w*)\b",
        r"\babsent\b.{0,30}\b(?:illness|sick|ill)\b|\b(?:days|dagen)\b.{0,30}\b(?:ill|sick|ziek)\b",
        r"\b(?:due to|because of|wegens) (?:illness|sickness|ziekte)\b",
        r"\b(?:in good health|goede gezondheid|gezond genoeg|healthy enough)\b",
        r"\bmedical (?:conditions?|issues?|problems?)\b",
        r"\bphysical (?:limitations?|impairments?|condition)\b",
        r"\b(?:are|were) you on (?:any )?(?:medication|medicines?|meds|pills)\b",
        r"\b(?:heb|hebt|heeft) (?:je|jij|u) (?:vaak |ooit )?(?:last van|klachten|pijn)\b",
        r"\bgehandicapt\w*",
        rf"\b{_YOU} (?:health|gezondheid\w*|medical|medische|condition|conditie|illness|ziekte\w*|"
        r"medication|medicatie|medicijnen|diagnos\w*|weight|gewicht|therapy|therapie|treatment|behandeling)\b",
        r"\b(?:health|gezondheids?)(?: status| problems?| issues?| "
        r"conditions?|klachten|problemen|toestand)\b",
        r"\b(?:are|were) you (?:healthy|ill|sick|fit)\b",
        r"\b(?:ben|bent|was|voel) (?:je|jij|u) (?:gezond|ziek|fit)\b",
        r"\b(?:sick|sickness|ill|illness) ?(?:leave|days|absence|record|notes?)\b",
        r"\b(?:ziekteverzuim|verzuim\w*|ziekmelding\w*|ziek gemeld|ziekgemeld|ziektedagen|ziekteverlof)\b",
        r"\bcalled in sick\b",
        r"\b(?:disabilit\w*|handicap\w*|impairment\w*|wheelchair|rolstoel)\b",
        r"\b(?:are you|disabled) (?:disabled|person|people|candidates?|employees?)\b",
        r"\b(?:lichamelijke|fysieke|psychische|mentale|functie|arbeids)(?: )?beperking\w*",
        r"\b(?:heb|hebt|heeft) (?:je|jij|u) (?:een|enige) beperking\b",
        r"\b(?:chronic|chronisch\w*)\b",
        r"\b(?:mental health|mentale gezondheid|psychisch\w*|psychiatr\w*|depress\w*|anxiety|angststoornis|"
        r"burn[ -]?out|overspannen|adhd|autis\w*|bipolar|bipolair)\b",
        r"\b(?:cancer|kanker|diabet\w*|epilep\w*|hiv|aids|hart(?:problemen|klachten)|heart "
        r"condition|asthma|astma|"
        r"migraine|rugklachten|back problems?|hernia|chemo\w*)\b",
        r"\b(?:surgery|operatie|geopereerd|had an operation)\b",
        r"\b(?:alcohol|drugs|smoker|do you smoke|roken|rook je|rookt u)\b",
        _PERSONAL_HEALTH_RAW,
        r"\b(?:medical|medische) (?:history|test|keuring|examination|onderzoek|verleden|geschiedenis)\b",
        r"\b(?:injur\w*|blessure\w*|letsel)\b",
    ],
    Topic.origin: [
        r"\b(?<!gradient )descent\b",
        r"\b(?:were|was) you born (?:in|abroad)\b|\b(?:ben|bent) (?:je|jij|u) (?:in [\w-]+ )?geboren\b",
        r"\bhow long have you (?:lived|been living) in\b|\bhoe lang woon (?:je|jij|u) (?:al )?in\b",
        r"\bwhere did you grow up\b",
        r"\b(?:what|which) country (?:are you|do you come|did you come|is your family) from\b",
        r"\buit welk land (?:kom|komt|kwam) (?:je|jij|u)\b",
        r"\b(?:are you|ben je|bent u|is he|is she|is hij|is zij) (?:a |an |een "
        r")?(?:marokka\w*|turk\w*|surinam\w*|antilliaan\w*|moroccan|turkish|african|afrikaan\w*|aziat\w*|asian|arab\w*|roma|chinese|chinees|hindostaan\w*|kaapverdiaan\w*|molukker\w*|black|white|zwart|wit|blank)\b",
        r"\bwhere (?:are|were|is|do) (?:you|your (?:family|parents)) (?:originally |really |actually )?"
        r"(?:from|come from|born)\b",
        r"\bwhere(?:'s| is) (?:your|that) (?:accent|name) from\b",
        r"\bwaar (?:kom|komt|kwam) (?:je|jij|u|jouw|uw) (?:familie |ouders )?(?:oorspronkelijk |eigenlijk "
        r"|echt )?vandaan\b",
        r"\bwaar (?:ben|bent) (?:je|jij|u) (?:geboren|opgegroeid)\b",
        r"\b(?:ethnic\w*|etnisch\w*|etniciteit|race(?! conditions?)|racial|ras\b|huidskleur|skin colou?r)\b",
        r"\b(?:origin|origins|afkomst\w*|herkomst|roots|wortels|heritage|ancestry|afstamming)\b",
        r"\b(?:cultural|culturele|migration|migratie|immigrant|ethnic|etnische|family|familie)[ -]?"
        r"(?:background|achtergrond)\b",
        r"\bmigratieachtergrond\b",
        r"\b(?:immigr\w*|migrant\w*|allochto\w*|autochto\w*|expat)\b",
        r"\b(?:native (?:language|tongue|speaker)|mother tongue|first language|moedertaal|eerste taal|"
        r"thuistaal|home language)\b",
        r"\b(?:language|taal) (?:do you speak|spreek je|spreekt u) (?:at home|thuis)\b",
        r"\b(?:at home|thuis)\b.{0,20}\b(?:speak|spreek|spreekt)\b",
        r"\baccent\b",
        r"\b(?:your|je|jouw|uw) (?:parents|ouders|grandparents|grootouders)\b",
        r"\b(?:country of birth|birthplace|place of birth|geboorteland|geboorteplaats)\b",
        r"\b(?:is|was) (?:your|je|uw) (?:name|naam)\b.{0,20}\b(?:from|vandaan|afkomstig)\b",
    ],
    Topic.right_to_work: [
        r"\b(?:nationality|nationalit\w*|nationaliteit\w*|citizen\w*|staatsburger\w*|burgerschap)\b",
        r"\b(?:passport|paspoort|id card|identiteitskaart|identity document)\b",
        r"\b(?:visa|visum|work permit|werkvergunning|residence permit|verblijfsvergunning|verblijfsstatus|"
        r"residence status|green card|immigration status|tewerkstellingsvergunning|twv|gvva)\b",
        r"\bright to work\b",
        r"\b(?:are|were) you (?:a )?(?:dutch|eu|european|foreign|foreigner|nederlander|buitenlander)\b",
        r"\b(?:ben|bent) (?:je|jij|u) (?:een )?(?:nederlander|buitenlander|nederlands|eu-burger)\b",
        r"\b(?:dutch|nederlandse?) (?:citizen|national|paspoort|passport|nationaliteit)\b",
        r"\b(?:asylum|asiel\w*|refugee\w*|vluchteling\w*|statushouder\w*)\b",
        r"\b(?:visa sponsor\w*|sponsorship|kennismigrant\w*|highly skilled migrant)\b",
    ],
    Topic.sexual_orientation: [
        r"\b(?:sexual\w*|sexually|seksu\w*|sexuality|geaardheid)\b",
        r"\b(?:gay|homo|homoseks\w*|homosex\w*|lesbi\w*|bisexu\w*|biseksu\w*|hetero|heterosex\w*|heteroseks\w*|"
        r"queer|lgbt\w*|lhbt\w*|lgbtq\w*)\b",
        r"\bare you straight\b",
        r"\b(?:boyfriend|girlfriend|vriendje|vriendinnetje)\b",
        rf"\b{_YOU} (?:vriend|vriendin|dating)\b",
        r"\b(?:heb|hebt|heeft) (?:je|jij|u) (?:een |al een )?(?:vriend|vriendin|vriendje|vriendinnetje)\b",
        r"\b(?:dating|date) (?:men|women|mannen|vrouwen)\b",
        r"\b(?:coming[ -]out|uit de kast)\b",
    ],
    Topic.gender: [
        r"\b(?:transgender|trans (?:man|woman|vrouw|person|persoon)|non[ -]?binar\w*|genderidentiteit|"
        r"gender identity|transitie|transition(?:ed|ing)? gender|gender)\b",
        r"\b(?:are|ben|bent) (?:you|je|u) (?:a )?(?:man|woman|male|female|vrouw)\b",
        r"\b(?:pronouns|voornaamwoorden)\b",
        r"\bwas (?:geboren als|born as)\b|\bborn (?:a )?(?:man|woman|male|female)\b",
    ],
    Topic.marital_status: [
        r"\bis there a (?:mrs|mr|wife|husband|partner)\b",
        r"\b(?:heb|hebt|heeft) (?:je|jij|u) (?:een )?(?:man|vrouw|echtgeno\w*)\b",
        r"\bburgerlijke staat\b",
        r"\b(?:do you|did you) live (?:together|with (?:your|a|someone))\b|\bliving together\b",
        r"\bwho do you live with\b|\bmet wie woon (?:je|jij)\b|\bwoon (?:je|jij) samen\b",
        r"\b(?:heb|hebt|heeft) (?:je|jij|u) (?:een |al een )?(?:relatie|partner)\b",
        r"\b(?:married|marriage|marital|getrouwd|trouwen|trouw\w*plannen|huwelijk\w*|gehuwd|echtgeno\w*|"
        r"spouse|husband|wife|wives|fiance\w*|verloofd\w*|engaged to|engagement ring)\b",
        r"\b(?:divorc\w*|echtscheiding|(?:ben|bent|is) (?:je|jij|u) "
        r"gescheiden|widow\w*|weduw\w*|samenwon\w*|cohabit\w*|geregistreerd partner\w*|"
        r"registered partner\w*)\b",
        rf"\b{_YOU} (?:partner|man|vrouw|relatie|relationship|significant other|husband|wife)\b",
        r"\b(?:are|ben|bent) (?:you|je|jij|u) (?:single|alleenstaand|vrijgezel|in a relationship|in een "
        r"relatie|"
        r"taken|bezet)\b",
        r"\b(?:alleenstaand\w*|vrijgezel\w*)\b",
        r"\b(?:maiden name|meisjesnaam|mrs\.? or miss|mevrouw of juffrouw)\b",
        r"\b(?:husband|wife|spouse|echtgeno\w*)\b.{0,25}\b(?:work|werkt|job|baan|doet|do for a "
        r"living|think|vindt)\b",
    ],
    Topic.political: [
        r"\bop wie (?:heb|stem|stemt|stemde) (?:je|jij|u)\b|\bgestemd\b",
        r"\b(?:vind|vindt) (?:je|jij|u) van (?:de |het "
        r")?(?:regering|politiek|kabinet|premier|immigratie|asielbeleid)\b",
        r"\b(?:politic\w*|politiek\w*|political party|politieke partij|partijlid\w*|party member\w*)\b",
        r"\b(?:vote for|voted for|vote in|do you vote|did you vote|voting behaviou?r|"
        r"stem(?:t|de|den|men)? (?:je|jij|u) (?:op|voor)|stemgedrag|verkiezing\w*|"
        r"election\w*)\b",
        r"\b(?:which|what|welke) (?:party|partij)\b",
        r"\b(?:left[ -]wing|right[ -]wing|links of rechts|linkse|rechtse|progressive or conservative|"
        r"socialist\w*|communist\w*|fascis\w*|nationalist\w*)\b",
        r"\b(?:pvv|vvd|d66|groenlinks|pvda|cda|bbb|fvd|ja21|tory|tories|republican\w*|"
        r"democrat\w*)\b",
        r"\b(?:protest(?:ed|ing|s)?|demonstrat\w*|demonstreer\w*|gedemonstreerd) (?:against|tegen)\b",
        r"\b(?:took part in|take part in|join(?:ed)?|attend(?:ed)?|deelgenomen aan|meegelopen (?:in|met)|"
        r"meedoen aan) (?:a |an |any |een )?(?:demonstration|demonstratie|protest|march|mars)\b",
        r"\b(?:activis\w*|petition|petitie)\b",
        r"\b(?:opinion|mening|standpunt|views?) (?:on|about|over) (?:the )?(?:government|regering|kabinet|"
        r"immigration|immigratie|abortion|abortus|climate policy|klimaatbeleid|israel|palestin\w*|gaza|"
        r"ukraine|oekraine|trump|wilders|elections?|verkiezingen)\b",
    ],
    Topic.union: [
        r"\bvakbond\w*",
        r"\b(?:trade|labou?r|workers'?) union\w*",
        r"\bunion (?:member\w*|dues|rep\w*|activit\w*|organi[sz]\w*)\b",
        r"\b(?:member of|join(?:ed)?|belong to|lid van) (?:a |the |een |de )?(?:union|bond)\b",
        r"\b(?:fnv|cnv|vcp|abvakabo)\b",
        r"\b(?:on strike|go on strike|went on strike|join(?:ed)? a strike|staking\w*|staken|gestaakt|"
        r"collective action|collectieve actie\w*)\b",
        r"\bunioni[sz]\w*",
    ],
    Topic.criminal_record: [
        r"\bopgepakt\b|\b(?:door|by) (?:de |the )?(?:politie|police)\b",
        r"\b(?:committed|commit) (?:a |any )?(?:fraud|theft|crime|offen[cs]e)\b",
        r"\b(?:criminal|crimineel|criminele|committed a "
        r"crime|misdaad|misdrijf|misdrijven|delict\w*|offen[cs]e\w*|felon\w*)\b",
        r"\b(?:strafblad|strafrechtelijk\w*|justitiele documentatie|justitieel|police record|politierecord|"
        r"record with the police)\b",
        r"\b(?:convict\w*|veroordeeld|veroordeling\w*|arrest\w*|gearresteerd|door de politie "
        r"aangehouden|detained|"
        r"prison|jail|gevangenis|gevangen|vastgezeten|vast gezeten|in de cel gezeten|detentie|incarcerat\w*|"
        r"reclassering|taakstraf|parole)\b",
        r"\b(?:vog|verklaring omtrent (?:het )?gedrag|certificate of conduct|background "
        r"check|antecedenten\w*)\b",
        r"\b(?:in trouble with the (?:law|police)|met (?:de )?politie in aanraking|trouble with the law)\b",
        r"\b(?:been fined|speeding ticket)\b",
    ],
}
_PATTERNS: dict[Topic, list[re.Pattern[str]]] = {t: [re.compile(p) for p in ps] for t, ps in _RAW.items()}

# Unambiguous stems also checked with all spacing and punctuation removed ("p r e g n a n t").
_SQUASHED: dict[Topic, tuple[str, ...]] = {
    Topic.age: ("leeftijd", "geboortejaar", "geboortedatum", "dateofbirth", "yearofbirth", "birthdate"),
    Topic.family: ("pregnan", "zwanger", "kinderwens", "kinderopvang", "maternityleave", "startafamily"),
    Topic.religion: ("religio", "hoofddoek", "headscarf", "ramadan", "moskee", "mosque", "synagog"),
    Topic.health: ("ziekteverzuim", "disabilit", "handicap", "mentalhealth", "medication", "medicatie"),
    Topic.origin: ("ethnic", "etnisch", "afkomst", "migratieachtergrond", "mothertongue", "moedertaal"),
    Topic.right_to_work: ("nationalit", "nationaliteit", "verblijfsvergunning", "workpermit"),
    Topic.sexual_orientation: ("sexualorient", "seksuelegeaardheid", "geaardheid", "homosex", "homoseks"),
    Topic.marital_status: ("getrouwd", "married", "huwelijk", "echtgeno"),
    Topic.political: ("politicalparty", "politiekepartij", "politiek", "political"),
    Topic.union: ("vakbond", "tradeunion", "unionmember"),
    Topic.criminal_record: ("strafblad", "criminalrecord", "convicted", "veroordeeld", "gevangenis"),
}

_LEET = str.maketrans(
    {"@": "a", "4": "a", "3": "e", "1": "i", "!": "i", "0": "o", "$": "s", "5": "s", "7": "t"}
)
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_WORDS = re.compile(r"[^a-z]+")
# Letters spaced out ("p r e g n a n t", "z.w.a.n.g.e.r") or split inside a word ("preg-nant").
_SPACED_RUN = re.compile(r"(?:\b[a-z]\b[\s.\-_*·|/]*){4,}")
_INNER_MARK = re.compile(r"(?<=[a-z])[\-.*_·|/](?=[a-z])")
_DIGIT_RUN = re.compile(r"\d{2,}")


def fold(text: str) -> str:
    """Lower case, accents and invisible characters removed, typographic quotes straightened."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKD", text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("’", "'").replace("‘", "'").casefold()


def _deleet(folded: str) -> str:
    """Undo leetspeak inside words only, so years and CEFR levels ("B2") stay as they are."""
    protected = {m.span() for m in _DIGIT_RUN.finditer(folded)}
    if not protected:
        return folded.translate(_LEET)
    out, pos = [], 0
    for start, end in sorted(protected):
        out.append(folded[pos:start].translate(_LEET))
        out.append(folded[start:end])
        pos = end
    out.append(folded[pos:].translate(_LEET))
    return "".join(out)


def _is_lawful_form(folded: str) -> bool:
    return any(folded.strip().rstrip("?").strip() == fold(q).rstrip("?") for q in RIGHT_TO_WORK.values())


def topics(text: str) -> tuple[Topic, ...]:
    """The protected topics a question touches, in a stable order; empty for a lawful question."""
    folded = fold(text)
    if _is_lawful_form(folded):
        return ()
    plain = _deleet(folded)
    variants = {folded, plain, _INNER_MARK.sub("", plain)}
    squashed = " ".join(_WORDS.sub("", m.group()) for m in _SPACED_RUN.finditer(plain))
    squashed += " " + _WORDS.sub("", _INNER_MARK.sub("", plain)) if _INNER_MARK.search(plain) else ""
    clinical = bool(_CLINICAL.search(folded))
    found: list[Topic] = []
    for topic, patterns in _PATTERNS.items():
        hit = any(p.search(v) for p in patterns for v in variants)
        hit = hit or any(stem in squashed for stem in _SQUASHED.get(topic, ()))
        if hit and topic is Topic.health and clinical and not _PERSONAL_HEALTH.search(plain):
            # A question about patients' medication or a client's disability is a job question.
            continue
        if hit:
            found.append(topic)
    return tuple(found)


def clinical_question(text: str) -> bool:
    """Text about patients' or clients' health (nursing, care work), not about the candidate's own."""
    folded = fold(text)
    return bool(_CLINICAL.search(folded)) and not _PERSONAL_HEALTH.search(_deleet(folded))


def is_protected(text: str) -> bool:
    return bool(topics(text))


def lawful_alternative(topic: Topic, lang: str) -> str:
    """A lawful, job-related question to ask instead (right-to-work in its neutral form)."""
    return _ALTERNATIVE[topic]["nl" if lang == "nl" else "en"]


@dataclass(frozen=True, slots=True)
class QuestionCheck:
    """`text` is safe to show: the original question, or its replacement when `replaced`."""

    text: str
    topics: tuple[Topic, ...]

    @property
    def replaced(self) -> bool:
        return bool(self.topics)


def check_question(text: str, lang: str = "en", replacement: str | None = None) -> QuestionCheck:
    """Keep a lawful question; replace a protected one with `replacement` or a lawful alternative.

    A caller-supplied replacement is checked too: it must itself be lawful, or the generic one is used.
    """
    found = topics(text)
    if not found:
        return QuestionCheck(text, ())
    if replacement is not None and not topics(replacement):
        return QuestionCheck(replacement, found)
    return QuestionCheck(lawful_alternative(found[0], lang), found)
