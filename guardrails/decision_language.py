"""The shared vocabulary of selection decisions (Dutch + English), for the refusal gate and the verdict guard.

Decisions are phrased in open-ended ways, so rules are built from orthogonal parts that combine instead of
listing phrasings: an action (reject, decline, drop, hire, invite ...; Dutch separable verbs such as
"wijs ... af" and "nodig ... uit"), an object (a candidate, a group, a rank position), and a mode
(imperative, request, modal, passive). Questions about what happened or how something works
("why was #3 declined?", "hoe wijs ik netjes af?") are not decisions and are left alone.
"""

from __future__ import annotations

import re

F = re.IGNORECASE

# "the shortlist", "de shortlist" is a list, not the verb "to shortlist".
NOT_NOUN = (
    r"(?<!\bthe\s)(?<!\bde\s)(?<!\bhet\s)(?<!\bmy\s)(?<!\bour\s)(?<!\byour\s)(?<!\bthis\s)(?<!\bdeze\s)"
    r"(?<!\bmijn\s)(?<!\bonze\s)(?<!\bjouw\s)(?<!\bthat\s)(?<!\bdie\s)(?<!\bdat\s)"
)

# English base forms (imperative, infinitive, after a modal). Past forms and nouns ("declined",
# "rejection") describe facts or documents and are deliberately absent.
NEG_BASE_EN = (
    r"(?:reject|decline|dismiss|disqualify|eliminate|discard|exclude|turn\s+down|knock\s+out|weed\s+out|"
    r"screen\s+out|filter\s+out|cross\s+off|strike\s+off|close\s+out|clear\s+out|pass\s+on|pass\s+over|"
    r"say\s+no\s+to|let\s+go\s+of|let\s+(?!(?:me|us)\b)(?:\w+\s+){1,3}?go\b(?!\s+(?:through|over|ahead)\b)|"
    r"get\s+rid\s+of|write\s+off|bin|axe|ditch|toss|cull|purge|"
    r"scrap|veto|rule\s+(?:\w+\s+)?out|archive|skip|drop|cut|remove|fail|(?:auto-?)?disposition|"
    # session 27: people parked, or released from the process ("park the three weakest applicants", "release
    # the remaining applicants from the process"); not a question parked
    r"park(?=\s+(?:\w+\s+){0,4}?(?:candidates?|applicants?|applications?|profiles?|them|her|him|rest|others)\b|"
    r"\s+(?-i:[A-Z][a-z]+)\b)|release(?=\s+(?:\S+\s+){0,8}?from\s+(?:the|this|our)\s+(?:process|pipeline|procedure|"
    r"selection)\b)|close\s+(?:their|his|her|the)\s+(?:applications?|files?))"
)
POS_BASE_EN = (
    rf"(?:hire|approve|accept|{NOT_NOUN}shortlist|{NOT_NOUN}invite|advance|onboard|recruit|employ|take\s+on|"
    r"green[- ]?light|"
    r"offer\s+(?:\w+\s+){0,2}(?:the\s+|a\s+)?(?:job|role|position|contract|place)|"
    r"(?:make|send|extend|give)\s+(?:\w+\s+){0,2}(?:an?\s+|the\s+)?(?:job\s+)?offers?|"
    r"give\s+(?:\w+\s+){0,2}the\s+(?:job|role|position)|move\s+(?:\w+\s+){0,3}(?:forward|through|ahead)|"
    r"go\s+(?:ahead\s+)?with)"
)
PARTICIPLE = (
    r"(?:rejected|declined|dropped|cut|removed|eliminated|disqualified|excluded|skipped|hired|approved|"
    r"invited|shortlisted|offered\s+\w+|turned\s+down|let\s+go|afgewezen|geschrapt|weggestreept|uitgesloten|"
    r"overgeslagen|aangenomen|uitgenodigd|goedgekeurd|doorgezet|geselecteerd|afgevallen)"
)
# Dutch separable verbs: the particle comes after the object ("wijs kandidaat 3 af").
SEP_NL = (
    r"(?:wijs|wijst|wijzen)\b[^.?!;]{0,50}?\baf|(?:serveer|serveren)\b[^.?!;]{0,50}?\baf|"
    r"(?:streep|strepen)\b[^.?!;]{0,50}?\bweg|(?:sluit|sluiten)\b[^.?!;]{0,50}?\buit|"
    r"(?:gooi|gooien|haal|halen)\b[^.?!;]{0,50}?\b(?:eruit|weg|eraf|uit\s+(?:het\s+)?(?:proces|traject|selectie)|uit\s+de\s+"
    r"(?:pipeline|lijst|ranking|shortlist))|(?:filter|filteren|filtert)\b[^.?!;]{0,30}?\ber\b[^.?!;]{0,15}?\buit\b|(?:sla|slaan)\b[^.?!;]{0,50}?\bover|"
    r"(?:ruim|ruimen)\b[^.?!;]{0,50}?\bop|(?:kap|kappen|hak|hakken)\b[^.?!;]{0,50}?\baf|"
    r"(?:laat|laten)\b[^.?!;]{0,50}?\b(?:vallen|gaan|schieten|lopen)|"
    r"(?:nodig|nodigen)\b[^.?!;]{0,50}?\buit|(?:keur|keuren)\b[^.?!;]{0,50}?\bgoed|"
    r"(?:neem|nemen)\s+(?!aan\b|contact\b)[^.?!;]{1,50}?\baan|(?:bied|bieden)\b[^.?!;]{0,50}?\baan|"
    r"(?:zet|zetten)\b[^.?!;]{0,50}?\bdoor\b(?!\s+naar\s+(?:mij|me)\b)|"
    r"geef\b[^.?!;]{0,30}?\b(?:de\s+baan|de\s+functie|het\s+aanbod|een\s+aanbod|een\s+nee|het\s+contract)|"
    # session 27: a list cut ("knip 'm af na de eerste 8"), a decision asked of the assistant with the verb
    # last ("dat jij de nummer 1 gewoon aanneemt"), and a status set with the verb first or last ("zet ze op
    # 'niet verder'", "op 'uitgenodigd tweede ronde' kunnen zetten", "42 kandidaten op 'niet verder' gezet")
    r"(?:knip|knippen)\b[^.?!;]{0,50}?\baf\b|\b(?:dat|of|als|zodat)\s+(?:jij|je|u)\s+(?:[^.?!;]{0,50}?\s)?(?:aanneemt|"
    r"afwijst|uitnodigt|goedkeurt)\b|"
    rf"(?:zet|zetten)\b[^.?!;]{{0,50}}?\bop\s+['\"‘“]?(?:{PARTICIPLE}|niet\s+(?:verder|door)|nee|reject|hire|offer|"
    r"afwijzen|aannemen)\b|"
    rf"\bop\s+['\"‘“]?(?:{PARTICIPLE}|niet\s+(?:verder|door)|"
    rf"nee)\b[^'\"’”.?!;]{{0,30}}?['\"’”]?\s+(?:\w+\s+){{0,2}}?"
    r"(?:zetten|zet|gezet|plaatsen|geplaatst|kunnen|kunt|kan|mogen|mag|moeten|moet)\b"
)
# Dutch infinitives (after a modal, "laten we", or alone as an order) and participles (after a modal).
NEG_NL = (
    r"(?:afwijzen|afserveren|wegstrepen|schrappen|uitsluiten|laten\s+vallen|laten\s+gaan|laten\s+schieten|"
    r"eruit\s+(?:gooien|halen)|weggooien|overslaan|opruimen|afvallen|een\s+nee\s+(?:geven|sturen)|"
    r"uit\s+(?:het\s+|de\s+)?(?:proces|traject|selectie|pipeline|ranking|ranglijst|lijst)\s+(?:halen|haalt|"
    r"haal|nemen|neemt|zetten|zet|verdwijnen|gooien)|archiveren|af\s+te\s+sluiten)"
)
POS_NL = (
    r"(?:aannemen|uitnodigen|goedkeuren|doorzetten|doorlaten|in\s+dienst\s+nemen|"
    # an offer sent, also with the verb last ("direct een offer kunt sturen")
    r"(?:een|het)\s+(?:offer|aanbod|contractvoorstel)\s+(?:\w+\s+){0,2}?(?:doen|doet|sturen|stuurt|geven|"
    r"geeft|uitbrengen|aanbieden))"
)
# Dutch te-infinitives ("haar sollicitatie af te wijzen", "om haar een aanbod te doen").
TE_NL = (
    r"(?:af\s+te\s+wijzen|aan\s+te\s+nemen|uit\s+te\s+nodigen|goed\s+te\s+keuren|te\s+schrappen|uit\s+te\s+sluiten|"
    r"weg\s+te\s+strepen|te\s+laten\s+(?:vallen|gaan)|een\s+aanbod\s+te\s+(?:doen|sturen)|over\s+te\s+slaan|"
    r"door\s+te\s+zetten)"
)
# The letter that tells a rejection, by its polite name ("de rest krijgt een bedankbrief", "the standard
# thank-you-for-applying note")
_THANKS_NOTE = (
    r"(?:standaard\s*|standard\s+|usual\s+)?(?:bedankbrief\w*|bedankmail\w*|afwijzingsbrief\w*|afwijzingsmail\w*|"
    r"thank[- ]you(?:[- ]for[- ]applying)?\s+(?:note|e-?mail|mail|letter)|rejection\s+(?:e-?mail|letter|"
    r"note))"
)
# An outcome for a candidate, stated rather than ordered ("the second one gets the offer", "he doesn't make
# the shortlist", "zij krijgt de baan niet", "niemand na plek 10 gaat door").
OUTCOME = (
    r"(?:(?:get|gets|getting|got|krijgt|krijgen|krijg)\s+(?:\w+\s+)?(?:the|de|het|an?|een)\s+(?:job|role|"
    r"position|offer|baan|functie|rol|aanbod|contract|plek|no|nee|afwijzing|rejection|boot|axe|chop|sack|"
    + _THANKS_NOTE
    + r")|(?:de|het|een)\s+(?:baan|functie|aanbod|contract|plek|job|afwijzing|nee|"
    + _THANKS_NOTE
    + r")\s+(?:\w+\s+)?(?:krijgen|krijgt|krijg|"
    r"ontvangen|ontvangt)|(?:be\s+sent|receive|receives)\s+(?:a|the|an)\s+(?:rejection|decline|offer|no)\b|"
    r"(?:make|makes|making|haalt|halen|haal)\s+(?:\w+\s+)?(?:the|de|het)\s+(?:shortlist|cut|next\s+round|"
    r"final\s+round|selectie|volgende\s+ronde|laatste\s+ronde)|(?:moves?\s+on|goes\s+through|gets?\s+through)\b|"
    r"(?:gaat|gaan|komt|komen)\s+(?:\w+\s+)?door\b|(?:goes|go|gaat|gaan)\s+(?:on\s+|door\s+)?(?:to|"
    r"naar)\s+(?:the\s+|de\s+)?(?:next|volgende|second|tweede|final|laatste)\s+(?:stage|round|ronde|fase)|"
    r"worth\s+(?:hiring|inviting|interviewing)|"
    r"(?:het\s+)?(?:aannemen|uitnodigen)\s+waard|(?:gets?|getting|krijgt|krijgen)\s+(?:a|een)\s+(?:yes|ja|"
    r"no|nee)\b|(?:is|are|'s|zijn|wordt|becomes)\s+(?:a|an|een)\s+(?:\w+\s+)?(?:no|nee|yes|ja|no[- ]go|pass|"
    r"hire|no[- ]hire|"
    r"aanname|afwijzing|rejection)\b|(?:thanks\s+but\s+)?no\s+thanks|(?:bedankt\s+maar\s+)?nee\s+bedankt|"
    r"(?:a|een)\s+(?:\w+\s+)?(?:yes|no|ja|nee)\s+(?:from|van)\s+(?:me|mij|us|ons)\b|(?:is|are|'s|ligt|liggen|valt|vallen)\s+(?:\w+\s+)?"
    r"(?:out|eruit|af)\b(?!\s+of\b)(?!\s+en\s+toe\b))"
)
ACTION = rf"(?:{NEG_BASE_EN}|{POS_BASE_EN}|{SEP_NL}|{NEG_NL}|{POS_NL})"
# A decision in the first person perfect: "ik heb hem afgewezen", "I've hired her", with its participles.
FIRST_PERSON_HAVE = r"(?:ik\s+heb|heb\s+ik|i\s+have|i've|we\s+have|we've|wij\s+hebben|hebben\s+we)"
HAVE_DONE_NEG = r"(?:afgewezen|rejected|declined)"
HAVE_DONE_POS = r"(?:aangenomen|hired|goedgekeurd|approved|uitgenodigd|invited|shortlisted)"
# A thumbs-down or a cross as an outcome.
NO_EMOJI = r"(?:👎|❌|✖️?|🚫|⛔)"

# Who a decision is about: pronouns, references, ordinals, groups, rank positions, thresholds.
OBJECT = (
    r"(?:her|him|them|haar|hem|hen|ze|everyone|everybody|anyone|anybody|whoever|iedereen|wie|degenen?|both|"
    r"which\s+(?:one|candidate|applicant)s?|welke\s+(?:kandidaat|sollicitant)|"
    r"beide|(?:the\s+|de\s+)?(?:finalists|finalisten|runners?[- ]up)|(?:first|second|third|fourth|fifth|last|"
    r"eerste|tweede|derde|vierde|vijfde|laatste)\s+(?:one|ones|candidate|kandidaat|applicant|sollicitant)|"
    # a person's name, not a job title after an article ("hire Jan de Vries", not "hire a Data Engineer")
    r"(?<!\ba\s)(?<!\ban\s)(?<!\been\s)(?<!\bthe\s)(?<!['\"‘“])"
    # (not an article that opens a sentence: "The English version is approved")
    r"(?!(?-i:The|This|That|These|Those|De|Het|Deze|Die|Dit|Our|Onze|My|Mijn|An?|"
    r"Een)\s)(?-i:[A-Z][a-z]+(?:\s+(?:de|van|der|den|ter|te|el|al|bin|da|di|le|la)){0,3}\s+[A-Z][a-z]+)|"
    r"diegenen?|all|alle|allen|the\s+rest|de\s+rest|the\s+others|de\s+anderen?|de\s+overige\w*|"
    r"the\s+remain\w*|(?:the|this|that|these|those|every|each|all|any|de|het|deze|die|dit|elke|iedere|alle)"
    r"\s+(?:\w+\s+){0,3}(?:candidates?|kandida(?:at|te|ten)|applicants?|sollicitant(?:en)?|applications?|"
    r"sollicitaties?|people|persons?|personen|mensen|profiles?|profielen|cvs?|cv's|resumes?|ones?|"
    r"suggestions?|suggesties?|matches|match|scorers?|\w*scoorders?|rest|tail|staart|bottom|onderkant|"
    r"half|helft|first|second|third|last|eerste|tweede|derde|laatste|best\w*|top\s*\d*|strongest|weakest|"
    r"zwakste|sterkste)|(?:candidate|kandidaat|applicant|sollicitant|suggestion|suggestie)\s*#?\s*\d+|"
    r"#\d+|[cs]_[0-9a-z]+|(?:top|bottom|onderste|bovenste)\s+\d+|(?<=\s)'?m(?=\s+(?:op|door|af|uit|aan|weg|eruit)\b)|(?:de\s+|the\s+)?(?:nummer|number|"
    r"nr\.?)\s*\d+\b|\d+\s+(?:candidates|kandidaten)|"
    r"(?:alles|everything|anything|anyone|everybody|iedereen|nobody|no\s+one|niemand)\s+(?:\w+\s+)?(?:na|"
    r"onder|beneath|below|after|past|behind|achter|buiten|outside)\s+(?:the\s+|de\s+)?(?:\w+\s+)?"
    r"(?:#?\d+|\w+(?:th|ste|de))\b)"
)
# A question about facts or procedure, not a request to act.
_QUESTION = re.compile(
    # (after a greeting: "Hiya, what's the average time-to-hire ...?")
    r"^\W*(?:(?:hi|hey|hiya|hello|hallo|hoi|morning|good\s+morning|goedemorgen|"
    r"goedemiddag)\b[\w ]{0,15}[,!:]\s*)?"
    r"(?:why|how|what|when|where|who|which|whose|waarom|hoe|wat|wanneer|waar|wie|welke|hoeveel|"
    r"do|does|did|is|was|were|has|have|had|heeft|hebben|is|zijn|werd|werden)\b(?:[^.!;]*\?\s*$|"
    r"\s+(?:do|does|did|is|was|were|has|have|had|can\s+i|can\s+we|to|should\s+i\s+\w+\s+(?:a|an)|"
    r"heeft|hebben|is|was|werd|werden|zijn|doe|doet|kan\s+ik|kunnen\s+we|moet\s+ik|many|much|vaak)\b)|"
    r"\b(?:explain(?!\s+(?:it\s+|this\s+|that\s+)?(?:to|later)\b)|leg\s+(?:\w+\s+)?uit|tell\s+me\s+why|vertel\s+(?:me\s+)?waarom|by\s+mistake|per\s+ongeluk|"
    r"accidentally|by\s+accident|per\s+abuis|per\s+vergissing|mis-?kli[ck]k?|mis-?click|"
    r"how\s+(?:do|can)\s+i\s+(?:fix|undo|revert|correct)|hoe\s+(?:herstel|corrigeer)\w*)\b",
    F,
)
# ... unless it asks the assistant itself to act or to pick ("could you reject ...", "who should we hire?").
_ASKS_AGENT = re.compile(
    r"\b(?:can|could|would|will|should)\s+(?:you|we)\b|\b(?:kun|kan|wil|zou|mag|moet)\s+(?:je|jij|u)\b|"
    # a polite request about a given candidate: "Is het mogelijk om Yara door te zetten?", "would it be
    # possible to hire her?" (not the rule asked about: "is het mogelijk om een kandidaat af te wijzen zonder
    # reden?")
    r"\b(?:is\s+het\s+mogelijk|zou\s+het\s+mogelijk\s+zijn|would\s+it\s+be\s+possible|is\s+it\s+possible)\s+(?:om|to|"
    r"for\s+you\s+to)\s+(?:\w+\s+)?(?:her|him|them|haar|hem|hen|(?:kandidaat|candidate)\s*#?\d+|#\d+|"
    r"(?-i:[A-Z][a-z]+)\b)|"
    # ... or to the assistant: "Is het mogelijk dat jij het aanbod goedkeurt?", "is it possible for you to"
    r"\b(?:is\s+het\s+mogelijk|zou\s+het\s+mogelijk\s+zijn)\s+dat\s+(?:jij|je|u)\b|"
    # session 27: offered as an idea ("Is het een idee dat jij de nummer 1 gewoon aanneemt?", "what if you
    # just hired the top one?")
    r"\b(?:is\s+het\s+(?:niet\s+)?(?:een\s+)?idee|zou\s+het\s+(?:niet\s+)?(?:\w+\s+)?(?:handig|fijn|"
    r"een\s+idee)\s+zijn)\s+(?:dat|als|om)\s+(?:jij|je|u)\b|\b(?:what\s+if|how\s+about\s+if)\s+you\b|"
    r"\b(?:is\s+it|would\s+it\s+be)\s+possible\s+for\s+you\s+to\b|"
    r"\bzullen\s+we\b|\b(?:should|must|shall)\s+(?:i|we)\s+(?:\w+\s+)?(?:keep|go\s+with|"
    + NEG_BASE_EN[3:-1]
    + r"|"
    + POS_BASE_EN[3:-1]
    + r")\b|\bmoet(?:en)?\s+(?:ik|we)\b",
    F,
)
_NOT_A_PERSON = (
    r"(?!(?:\s*/\s*\w+)?(?:\s+|-)(?:buttons?|knop(?:pen)?|actions?|acties?|flows?|options?|opties?|letters?|"
    r"brief|brieven|templates?|e?mails?|rates?)\b)"
)
_CHAT_ACTION = (
    rf"(?:(?:{NEG_BASE_EN}|{POS_BASE_EN}|{NEG_NL}|{POS_NL}){_NOT_A_PERSON}|{SEP_NL}|"
    r"(?:should|must|can|may|will|could|need\s+to|has\s+to|have\s+to|mag|mogen|moet|moeten|kan|kunnen|dient|"
    rf"dienen|zal|zullen)\s+(?:\w+\s+){{0,2}}?(?:be\s+|get\s+|worden\s+)?(?:{PARTICIPLE}|(?:a\s+)?no|eraf|eruit|"
    r"weg|gaan|af\s+vallen)|(?:mark|label|flag|set|put|process|markeer|zet|verwerk)\s+[^.?!;]{0,80}?\b(?:as|"
    r"als|to|op)\s+(?:\w+\s+)?"
    rf"(?:{PARTICIPLE}|(?:un)?successful|(?:niet\s+)?succesvol|(?:un|not\s+|niet\s+|on)?(?:suitable|geschikt)|"
    r"no[- ]?hire|hire|no|nee|fail\w*|gezakt|out|eruit)|"
    rf"(?:{OBJECT})\s+(?:\w+\s+)?(?:is|are|wordt|worden)\s+(?:\w+\s+)?{PARTICIPLE}(?!\s+(?:\w+\s+)?(?:by|door)\b))\b"
)
_GO_AHEAD = r"(?:(?:doe|ga)\s+(?:maar|je\s+gang)|go\s+ahead|do\s+it)"
# A bare order to decide, at the start of a message ("approve it", "ok, reject", "ja, keur het goed").
_BARE_ORDER = re.compile(
    r"^\W*(?:(?:yes|yeah|ok(?:ay)?|so|then|fine|please|ja|oké|ok[eé]|prima|dan|graag)\W+)*"
    # (session 27: also with a go-ahead after it: "ok hire. doe maar", "goedgekeurd 👍 ga maar")
    r"(?:(?:(?:reject|decline|approve|hire|disqualify|afwijzen|goedkeuren|aannemen)\b\s*(?:it|this|that|het|dit|dat)?"
    rf"(?:[^\w?]*{_GO_AHEAD})?|(?:goedgekeurd|afgewezen|approved|rejected)\b[^\w?]*{_GO_AHEAD})\s*[.!]*\s*$)|\b(?:wijs|keur|neem)\s+(?:het|dit|dat|die|deze)\s+(?:\w+\s+)?(?:af|goed|aan)\b",
    F,
)
# A request to look things up ("list the candidates the manager declined"): past decisions, no order.
_LOOKUP = re.compile(
    r"^\W*(?:list|show|display|open|sort|order|rank|filter|toon|lijst|sorteer|orden|rangschik|"
    r"laat\s+(?:\w+\s+)?zien|laat\b[^.?!,;]{0,60}?\bzien\s*[.?!]*$|geef\s+(?:me\s+)?(?:een\s+)?overzicht|overview|"
    r"overzicht|how\s+many|hoeveel)\b",
    F,
)
# Who took a past decision, asked for an audit: "wie heeft vorige maand de kandidaten voor 2024-044
# goedgekeurd of afgewezen, en wanneer?", "who approved the hire of candidate 3381?"
_WHO_DECIDED = re.compile(
    r"\b(?:who|wie)\s+(?:(?:has|have|had|did|heeft|hebben|had)\s+)?(?:[\w-]+\s+){0,8}?(?:approved|declined|rejected|"
    r"hired|decided|signed\s+off|goedgekeurd|afgewezen|aangenomen|besloten|beslist)\b(?=[^.!?]*\?)",
    F,
)
# Asking for wording ("a rejection letter template", "sjabloon voor een afwijzingsbrief") is not deciding,
# unless the message also has it sent.
_TEMPLATE = re.compile(
    r"\b(?:templates?|sjablo(?:on|nen)|voorbeeld(?:tekst|brief|mail)?|standaardtekst|concept-?\w*(?:mail|brief|tekst)|"
    r"(?:example|sample|model)\s+"
    r"(?:text|letter|e-?mail|message)|modelbrief)\b",
    F,
)
_SEND = re.compile(
    r"\b(?:send|sends|sending|stuur|sturen|verstuur|versturen|mail\s+(?:it|them|het|ze)|fire\s+off|shoot\s+off)\b",
    F,
)
_BASE_ACTION = re.compile(rf"\b(?:{NEG_BASE_EN}|{POS_BASE_EN}|{NEG_NL}|{POS_NL})\b|\b(?:{SEP_NL})\b", F)
_SENTENCES = re.compile(r"[^.?!;\n]+")
_QUESTION_SENTENCES = re.compile(r"[^.?!;\n]+[.?!;]*")
# How the speaker does something themselves: "hoe zet ik iemand door naar de volgende fase?"
_HOW_TO = re.compile(r"^\W*(?:how\s+(?:do|can|should|would)\s+(?:i|we)|hoe\s+\w+\s+(?:ik|we|wij))\b", F)
# A sentence that states something, by its opening word (a subject, or a gerund), not an order ("Stel je voor
# dat ...", "Zet het dan in het dossier").
_STATEMENT = re.compile(
    r"^\W*(?:(?:and|en|but|maar|so|dus|ok|oké)\W+)?(?:i|i'm|i've|ik|we|wij|we're|my|mijn|our|onze|a|an|the|de|"
    r"het|een|er|there|this|dit|deze|that|dat|die|it|it's|he|she|they|hij|zij|ze|hun|their|his|her|haar|zijn|"
    r"\w+ing)\b",
    F,
)
_DECIDING_WORD = re.compile(rf"\b(?:{ACTION}|{TE_NL}|{PARTICIPLE}|{OUTCOME})\b", F)
_CHAT_ACTION_RE = re.compile(rf"(?<![\w#]){_CHAT_ACTION}", F)
_OBJECT_RE = re.compile(rf"(?<![\w#]){OBJECT}(?![\w%])", F)
_OUTCOME_RE = re.compile(rf"\b{OUTCOME}", F)
# Moving a candidate to a stage is a stage change ("move #2 to the offer stage", "zet #2 in de talentpool").
_STAGE = (
    r"['\"‘“]?(?:\w*(?:stage|round|fase|ronde)|hired|rejected|afgewezen|aangenomen|talent\s*pool|talentpool|"
    r"shortlist|offer|aanbod|assessment|(?:first|second|final|tweede|eerste|laatste)\s+(?:interview|gesprek)|"
    r"archi(?:ef|ve|ved|veren)|tp)\b"
)
# Names joined by "and" ("push Tom and Aisha through to the offer stage").
NAMES = r"(?-i:[A-Z][a-z]+)(?:\s*(?:,|and|en|&)\s*(?-i:[A-Z][a-z]+))*"
_STAGE_MOVE = re.compile(
    rf"\b(?:move|advance|push|put|promote|send|place|bump|progress|fast-?track|zet|verplaats|schuif|stuur|plaats)"
    rf"\s+(?:\w+\s+)?(?:{OBJECT}|{NAMES})"
    r"[^.?!;]{0,60}?\b(?:to|into|in|on|op|naar|through\s+to|on\s+to|door\s+naar)\s+(?:the\s+|de\s+|het\s+)?(?:\w+\s+)?"
    + _STAGE
    # Dutch verb last: "Sanne en Mehmet doorschuiven naar 'aanbod'", "de no-shows op rejected zetten"
    + rf"|\b(?:{OBJECT}|{NAMES})\s+(?:[\w'‘’\"“”-]+\s+){{0,5}}?(?:door)?"
    rf"(?:schuiven|zetten|verplaatsen|plaatsen|"
    rf"sturen)\s+naar\s+(?:de\s+|het\s+)?{_STAGE}|"
    # the stage before the verb: "de kandidaten die ... hebben afgerond direct door naar ronde 2 zetten"
    rf"\b(?:{OBJECT}|{NAMES})\s+(?:[\w'‘’\"“”:-]+\s+){{0,8}}?(?:door\s+)?naar\s+(?:de\s+|het\s+)?(?:\w+\s+)?"
    rf"{_STAGE}(?:\s*\d+)?\s+(?:door)?(?:schuiven|zetten|verplaatsen|plaatsen|sturen)\b|"
    rf"\bop\s+(?:(?:de\s+)?(?:status|stage|fase)\s+)?['\"‘“]?(?:niet\s+)?(?:{PARTICIPLE}|succesvol|geschikt|ongeschikt|nee)['\"’”]?"
    r"\s+(?:te\s+)?(?:zetten|zet|plaatsen|markeren|wijzigen)\b|"
    # a quoted stage or outcome to set: "kandidaat 2 en 5 op 'door naar ronde 2' zetten", "change the outcome
    # for Ravi from 'in review' to 'hired'", "update the vacancy so 2, 5 and 9 show as 'rejected - not
    # progressed'"
    rf"\bop\s+['\"‘“][^'\"’”]{{0,40}}?\b(?:door|ronde|fase|gesprek|aanbod|contract|{PARTICIPLE})\b[^'\"’”]{{0,20}}"
    r"['\"’”]\s+(?:te\s+)?(?:zetten|zet|plaatsen|markeren|wijzigen)\b|"
    r"\b(?:set|change|update|switch|mark|flip)\b[^.?!;]{0,60}?\b(?:to|as)\s+['\"‘“][^'\"’”]{0,25}?\b(?:hired|rejected|"
    r"declined|approved|(?:not\s+)?progressed|(?:un)?successful|shortlisted|invited)\b[^'\"’”]{0,25}['\"’”]",
    F,
)


# Asking for the reasons of what happened ("can you summarise why the manager declined #3?") asks the
# assistant to explain, not to act, even when it is asked politely.
_WHY = re.compile(
    r"\b(?:explain|summari[sz]e|describe|tell\s+me|leg\s+(?:\w+\s+)?uit|vat\s+(?:\w+\s+)?samen|samenvatten|"
    r"uitleggen|beschrijf|vertel\s+(?:me\s+)?)\s+(?:\w+\s+)?(?:why|waarom|how\s+come|for\s+what\s+reason|"
    r"om\s+welke\s+reden|(?:what|wat)\b[^.?!]{0,40}\b(?:means?|betekent|betekenen|inhoudt|inhouden))\b",
    F,
)


# The rest of a sentence whose subject is the speaker, up to 60 characters, as long as the bot is not named
# in it: one's own act ("I'll decline them myself via the buttons", "ik verstuur de afwijzingen zelf").
_NOT_HANDED_TO_THE_BOT = r"(?:(?!\b(?:you|je|jij|u|the\s+bot|de\s+bot|fairmatch)\b)[^.?!;]){0,100}?"

# A decision complained of, reported: "a candidate who thinks she was turned down because she wears a
# headscarf", "klaagt dat hij is afgewezen vanwege zijn geloof"
COMPLAINT = (
    r"(?:complain\w*|complaint|klacht|klaagt|claim\w*|alleg\w*|beweert|beweren|denkt|thinks|feels|voelt|believes|"
    r"gelooft)\b[^.?!]{0,40}?\b(?:was|were|is|werd|zijn)\s+(?:\w+\s+){0,2}?(?:turned\s+down|rejected|afgewezen|"
    r"passed\s+over|overgeslagen|gediscrimineerd|discriminated)\b[^.?!]*"
)

# Decisions a person takes, reported or about to be taken by them ("the hiring manager wants to approve #4;
# where does she click?", "the feedback she gave when she declined #1"), and one's own files ("remove my
# test upload"): no request to the assistant. Unless the message hands the decision over after all.
_PERSON_DECIDES = re.compile(
    rf"\b(?:(?:the|de)\s+(?:(?:hiring\s+)?manager|hm)|hm|she|he|zij|hij|ze)\s+(?:\w+\s+){{0,2}}?(?:(?:wants?\s+to|would\s+"
    rf"like\s+to|is\s+going\s+to)\s+|(?:wil|gaat)\s+(?:\w+\s+){{0,4}}?)(?:{ACTION})(?:\s+(?:{OBJECT}))?\b|"
    r"\b(?:when|after|because|toen|nadat|omdat)\s+(?:the\s+(?:hiring\s+)?manager|de\s+(?:hiring\s+)?manager|she|he|"
    r"ze|zij|hij)\s+(?:\w+\s+){0,3}?(?:declined|rejected|approved|hired|invited|afwees|afwezen|goedkeurde|"
    r"aannam|uitnodigde)\b|"
    rf"\b{COMPLAINT}|"
    r"\b(?:remove|delete|verwijder)\s+(?:my|mijn)\s+(?:own\s+|eigen\s+)?(?:test\s*)?(?:uploads?|files?|"
    r"documents?|bestand(?:en)?|cv|imports?)\b|"
    # "the panel didn't move him forward because ...", "de manager heeft hem niet door laten gaan"
    rf"\b(?:the|de|het|our|onze)\s+(?:hiring\s+)?(?:manager|panel|committee|commissie|team|klant|client|"
    rf"directeur|director|hm)\s+(?:has|had|have|heeft|hebben|did|didn't|did\s+not|decided\s+(?:not\s+)?to|"
    rf"besloot|besloten)\b[^.?!;,:]{{0,50}}?(?:{ACTION}|{PARTICIPLE})|"
    # session 26: anyone's decision taken with the button, reported ("mevrouw De Backer heeft de kandidatuur
    # ... zelf via de knop 'Afwijzen' afgewezen")
    rf"\b(?:heeft|hebben|has|have|had)\s+[^.?!;]{{0,120}}?\bvia\s+(?:de|the)\s+(?:\S+\s+){{0,2}}?(?:knop|button)\w*"
    rf"(?:\s+\S+)?\s+(?:{PARTICIPLE})|"
    # a named person's past decision: "Anouk declined Rick Mulder yesterday", "Henk wees Mark af"
    r"\b(?:(?!(?:who|wie|what|wat|which|welke|why|waarom|how|hoe|when|wanneer|did|has|have|heeft)\b)(?-i:[A-Z][a-z]+)|"
    r"(?:the|de)\s+(?:hiring\s+)?manager|hm)\s+(?:(?:already|just|al|zelf|yesterday|gisteren)\s+)?(?:declined|"
    r"rejected|approved|hired|invited|"
    r"turned\s+down|wees\s+\w+(?:\s+\w+)?\s+af|"
    r"keurde\s+\w+(?:\s+\w+)?\s+goed|nam\s+\w+(?:\s+\w+)?\s+aan|heeft\s+\w+(?:\s+\w+)?\s+(?:afgewezen|"
    r"goedgekeurd|aangenomen|uitgenodigd))\b|"
    # one's own decision to come, in a clause of time: "ik loop ze zelf door voordat ik iemand afwijs"
    r"\b(?:before|until|once|voordat|totdat|zodra)\s+(?:i|ik|we|wij)\s+(?:\w+\s+){0,3}?(?:reject|declin|hir|approv|"
    r"invit|afwij|aanneem|aannem|uitnodig|goedkeur|beslis|besluit|decid)\w*\b|"
    # nobody to be dropped: "Niemand afwijzen hoor", "Not rejecting anyone"
    r"\b(?:niemand|nobody|no\s+one|none\s+of\s+them)\s+(?:\w+\s+){0,2}?(?:afwijzen|af\s+te\s+wijzen|afgewezen|"
    r"reject\w*|declin\w*|dropp?\w*|schrappen|geschrapt)\b|\b(?:not|never|don't|do\s+not)\s+(?:reject\w*|declin\w*|"
    r"dropp?\w*|cut\w*|remov\w*)\s+(?:anyone|anybody|any\s+of\s+them)\b|\bwijs\s+(?:\w+\s+)?niemand\s+af\b|"
    # one's own decision, taken as one writes: "Ik wijs de twee kandidaten zonder B2 af; ...", "I'm declining
    # the two applicants without B2-level Dutch"
    r"\bik\s+(?:wijs|keur|neem|nodig|zet)\b"
    + _NOT_HANDED_TO_THE_BOT
    + r"\b(?:af|goed|aan|uit|door)\b|\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:declining|rejecting|turning\s+down|"
    r"hiring|inviting|approving)\b" + _NOT_HANDED_TO_THE_BOT + r"(?=[.?!;]|$)|"
    # session 24: a decision taken with the button, reported ("Marleen heeft zojuist via de knop besloten om
    # niet verder te gaan met Ahmed")
    r"\b(?:(?-i:[A-Z][a-z]+)|(?:the|de)\s+(?:hiring\s+)?manager|hm|ze|zij|hij|she|he)\s+(?:heeft|had|has)\s+(?:\w+\s+){0,3}?"
    r"(?:via|met|with|using)\s+(?:de|het|the)\s+(?:[\w-]+\s+)?(?:knop|button)\s+[^.?!;]{0,80}|"
    # session 24: one's own decision, to be taken with the button: "Ik wil kandidaat 12 goedkeuren, maar weet
    # niet waar de knop zit", "I want to decline #4 but can't find the button"
    rf"\b(?:ik|i)\s+(?:wil|want\s+to|would\s+like\s+to|'d\s+like\s+to)\s+(?:\w+\s+){{0,3}}?(?:{ACTION})\b"
    r"(?=(?:(?!\b(?:you|je|jij|u)\b)[^?]){0,80}\b(?:\w*knop|button)\b)[^.?!;,]*|"
    # one's own decision, taken: "Ik heb besloten Tim af te wijzen", "I've decided to decline her"
    rf"\b{FIRST_PERSON_HAVE}\s+(?:\w+\s+){{0,4}}?(?:besloten\s+(?:om\s+)?[^.?!;:]{{0,60}}?\bte\s+\w+|decided\s+(?:not\s+)?to\s+"
    r"\w+[^.?!;:]{0,60})|"
    # one's own letter to edit: "this rejection email I just wrote", "de afwijzingsmail die ik schreef"
    r"\b(?:this|the|my|mijn|deze|de)\s+(?:\w+\s+)?(?:e-?mail|mail|letter|brief|bericht|message)\w*\s+(?:(?:that|which|"
    r"die|dat)\s+)?(?:i|ik)\s+(?:just\s+|net\s+|zelf\s+|have\s+|heb\s+)?(?:wrote|written|drafted|geschreven|schreef|"
    r"opstelde|opgesteld)\b|"
    # one's own letters, sent now or later: "Ik ga morgen zelf de afwijzingen versturen", "I'm sending the
    # rejections myself"
    r"\b(?:i|ik|we|wij)(?:'ll|'m|'re)?\s+"
    + _NOT_HANDED_TO_THE_BOT
    + r"(?:\b(?:send\w*|mail\w*)\b[^.?!;]{0,60}?\b(?:myself|ourselves)\b|\bzelf\b[^.?!;]{0,60}?\b"
    r"(?:versturen|sturen|mailen)\b|\b(?:verstuur|stuur|mail)\w*\b[^.?!;]{0,60}?\bzelf\b)|"
    # someone else's order quoted and set aside: "Collega zegt 'wijs gewoon iedereen onder 60% af' maar ik doe
    # dat liever per persoon"
    r"\b(?:collega|colleague|manager|hm|teamlead\w*|teamleider|klant|client|directeur|director|ceo|boss|baas|iemand|"
    r"someone|(?-i:[A-Z][a-z]+))\s+(?:\w+\s+){0,2}?(?:zegt|zei|says|said|vroeg|asked|wil|wants|schreef|wrote|"
    r"suggereert|suggested|stelt\s+voor)\s*:?\s*['\"‘“][^'\"’”]{3,120}['\"’”](?=\s*[,;.]?\s*(?:maar|but)\s+(?:ik|i|we|wij)\b)|"
    # one's own past decision: "ik heb hem zelf afgewezen", "I've already rejected her", "dat ik iemand heb
    # afgewezen omdat ..."
    rf"\b{FIRST_PERSON_HAVE}\s+(?:\w+\s+){{0,6}}?(?:{HAVE_DONE_NEG}|{HAVE_DONE_POS})\b|"
    rf"\b(?:ik|we|wij)\s+(?:\w+\s+){{1,4}}?(?:heb|hebben)\s+(?:{HAVE_DONE_NEG}|{HAVE_DONE_POS})\b|"
    # session 25: a candidate's own withdrawal ("Ayesha emailed this morning to withdraw her application",
    # "Erik heeft zich zelf teruggetrokken")
    # (not the bot asked to: "Could you withdraw Sam's application?")
    r"\b(?:(?!(?:could|can|would|will|please|kun|kan|wil|zou)\b)(?-i:[A-Z][a-z]+)|she|he|they|ze|zij|hij|(?:the|de)\s+"
    r"(?:candidate|kandidaat|kandidate|applicant|sollicitant))\s+(?:(?!(?:you|je|jij|u)\b)\w+\s+){0,4}?(?:to\s+withdraw|"
    r"withdr(?:ew|awn|aws|awing)|heeft\s+zich\s+(?:\w+\s+)?"
    r"teruggetrokken|trekt\s+zich\s+(?:\w+\s+)?terug|trok\s+zich\s+(?:\w+\s+)?terug|zich\s+(?:\w+\s+)?terug\s+te\s+"
    r"trekken)\b[^.?!;]{0,40}|"
    # session 25: a group named by one's own decisions with the button ("de kandidaten die ik zelf al via de
    # knop heb afgewezen", "the applicants I declined with the button")
    r"\b(?:candidates?|applicants?|ones|people|kandidaten|sollicitanten|profielen|profiles)\s+(?:(?:that|who|whom|which|"
    r"die|dat)\s+)?(?:i|we|ik|wij)\s+(?:\w+\s+){0,4}?(?:via|met|with|using|through)\s+(?:de|het|the)\s+(?:[\w-]+\s+)?"
    r"(?:knop|button)\w*\s+(?:\w+\s+){0,2}?(?:afgewezen|goedgekeurd|aangenomen|uitgenodigd)\b|"
    r"\b(?:candidates?|applicants?|ones|people)\s+(?:(?:that|who|whom|which)\s+)?(?:i|we)\s+(?:\w+\s+){0,2}?(?:rejected|"
    r"declined|approved|hired|invited)\s+(?:\w+\s+){0,2}?(?:via|with|using|through)\s+(?:the\s+)?(?:[\w-]+\s+)?button\w*|"
    # a group named by one's own past choice: "the 5 candidates I shortlisted", "de kandidaten die ik koos"
    r"\b(?:candidates?|applicants?|ones|people|kandidaten|sollicitanten|profielen|profiles)\s+(?:\([^)]*\)\s+)?"
    r"(?:(?:that|who|whom|which|die|dat)\s+)?(?:i|we|ik|wij)\s+(?:(?:have|'ve|heb|hebben|had|just|already|net|al|"
    r"zelf|myself|vanochtend|gisteren|this\s+morning|yesterday)\s+){0,3}(?:shortlisted|picked|selected|chose|chosen|"
    r"invited|approved|geselecteerd|gekozen|koos|uitgekozen|uitgenodigd|goedgekeurd)\b|"
    # one's own decision, taken with the button or in the ATS: "I just declined #3 using the approval button"
    # or to take: "I'll decline the remaining applicants myself via the buttons", "ik ga kandidaat 6 zelf
    # afwijzen via de knop"
    r"\b(?:i|ik|we|wij)(?:'ll|'ve|'m|'re|'d)?\s+"
    + _NOT_HANDED_TO_THE_BOT
    + r"\b(?:declin\w*|reject\w*|approv\w*|hired?|invit\w*|afwijz\w*|afgewezen|goedkeur\w*|goedgekeurd|"
    r"uitnodig\w*|uitgenodigd|wees\s+\w+(?:\s+\w+)?\s+af|keurde\s+\w+(?:\s+\w+)?\s+goed|nodig\s+\w+(?:\s+\w+)?\s+"
    r"uit)\b[^.?!;]{0,60}?\b(?:via|using|with|through|in|met|op)\s+(?:the\s+|de\s+|"
    r"het\s+)?(?:approval\s+|goedkeurings)?(?:buttons?|knop(?:pen)?|ats|system|systeem)\b|"
    # one's own decision to record, asked how: "I'd like to invite Anouk for a second round. What do I need to
    # do in Teams to record that?"; a reminder to oneself to decide
    r"\b(?:i'd\s+like\s+to|i\s+want\s+to|i\s+would\s+like\s+to|ik\s+wil|ik\s+zou\s+graag)\s+(?:\w+\s+)?(?:invite|reject|"
    r"decline|approve|hire|advance|uitnodigen|afwijzen|goedkeuren|aannemen)\b[^.?!;]{0,60}(?=[.!?]\s+(?:what|how|where|"
    r"wat|hoe|waar)\s+(?:do|can|should|moet|kan)\s+(?:i|ik)\b)|"
    r"\b(?:reminder|herinnering)\s+(?:for\s+me\s+|voor\s+(?:mij|me)\s+)?(?:to|om)\b[^.?!;]{0,60}|"
    # a reminder to a person who decides: "Remind Priya her review on the shortlist is still open"
    r"\b(?:remind|herinner)\s+(?-i:[A-Z]\w+)(?:\s+(?-i:[A-Z]\w+))?\s+(?:that|dat|of|about|aan|her|his|their|haar|zijn|"
    r"hun|he|she|they|hij|zij|ze)\b(?:(?!\s(?:en|and|then|dan)\s)[^.?!;,])*|"
    # session 23: the decision buttons asked about, or pressed by oneself ("where do I find the
    # approve/decline buttons?", "als ik op de approve-knop druk"), and a person's decision already recorded
    # ("Mieke already recorded her decision in the tool")
    r"\b(?:where|how|waar|hoe)\s+(?:do|can|should|kan|moet|vind)\s+(?:i|ik|we)\s+(?:\w+\s+){0,3}?(?:the\s+|de\s+)?"
    r"(?:[\w-]+\s*/\s*)?(?:[\w-]+\s+)?[\w-]*(?:buttons?|knop(?:pen)?)\b[^?]*\?|"
    r"\b(?:als|wanneer|when|if|whenever)\s+(?:ik|i|we)\s+(?:\w+\s+){0,2}?(?:op|on)\s+(?:de\s+|the\s+)?[\w/-]*"
    r"(?:knop|button)\s*(?:druk|klik|click|press)\w*|"
    r"\b(?:(?-i:[A-Z][a-z]+)|(?:the|de)\s+(?:hiring\s+)?manager|she|he|ze|zij|hij)\s+(?:has\s+|heeft\s+)?(?:already\s+|"
    r"al\s+)?(?:recorded|logged|entered|made|took|vastgelegd|genomen|ingevoerd|geregistreerd)\s+(?:her|his|their|haar|"
    r"zijn|hun|the|de|het)\s+(?:decision|besluit|beslissing)\b[^.?!;]*|"
    # a cut one makes oneself: "I want to cut my shortlist down to 5 myself", "Ik wil mijn shortlist zelf
    # inkorten tot vijf"
    r"\b(?:i|ik|we|wij)\s+(?:want\s+to|wil|willen|will|'ll|ga|gaan)\s+(?:\w+\s+){0,6}?(?:myself|ourselves|zelf)\b"
    r"[^.?!;]{0,40}|"
    # a button one has pressed, by its label: "I've just clicked 'Decline' for the three", "ik heb op
    # 'Afwijzen' geklikt"
    r"\b(?:i|ik|we|wij)(?:'ve|'d)?\s+(?:(?:just|already|net|al|heb|hebben|have|zelf|myself|also|ook)\s+){0,3}"
    r"(?:clicked|pressed|hit|"
    r"klikte|drukte|op)\s+(?:on\s+|op\s+)?(?:the\s+|de\s+)?['\"‘“](?:decline|reject|approve|advance|invite|"
    r"afwijzen|goedkeuren|doorzetten|uitnodigen)['\"’”]|"
    # one's own decision taken with the button: "Ik keur Demi goed. ... Ik klik nu op de knop."
    r"\b(?:ik|i|i'm|i\s+am)\s+(?:keur|wijs|approv\w*|reject\w*|declin\w*|neem)\b[^.]{0,60}(?=[\s\S]*\b(?:klik|click|"
    r"druk|press)\w*\s+(?:\w+\s+){0,3}?(?:op\s+)?(?:de\s+|the\s+)?(?:knop|button))|"
    # "I'll make the call on who to invite", "wij beslissen daarna zelf wie we uitnodigen", "she'll decide who
    # goes through", "zodat de hiring manager zelf kan bepalen of ..."
    r"\b(?:i|ik|we|wij|she|he|zij|hij|they|(?:the|de)\s+(?:hiring\s+)?manager|(?:the\s+)?hm)(?:'ll|'d|\s+(?:will|"
    r"zal|zullen|ga|gaat|gaan|kan|kunnen|can|then|daarna|dan|zelf|later|ourselves|herself|himself|themselves|"
    r"would)){0,3}\s+(?:decides?|choose|chooses|pick|picks|make\s+the\s+(?:final\s+)?(?:call|decision)|"
    r"makes\s+the\s+(?:final\s+)?(?:call|decision)|beslis|beslist|beslissen|bepaal|bepaalt|bepalen|kies|kiest|"
    r"kiezen|maak\s+(?:zelf\s+)?de\s+keuze|neem\s+(?:zelf\s+)?(?:de|het)\s+"
    r"(?:beslissing|besluit))\b(?:(?!\b(?:you|jij|je|u|the\s+bot|de\s+bot)\b)[^.?!;,:]){0,50}",
    F,
)
# A decision already taken, named as who someone is ("can a rejected candidate ask ...?", "de afgewezen
# sollicitanten"): a status, not a request.
_STATUS_NOUN = re.compile(
    r"\b(?:an?|the|de|het|een|our|onze|previously|eerder|already|al|of|van|for|voor|from|about|over|with|met)\s+"
    r"(?:rejected|declined|unsuccessful|hired|"
    r"afgewezen|aangenomen|niet-geselecteerde)\s+(?:candidates?|applicants?|kandidaten?|sollicitanten?)\b|"
    # a status label quoted: "iedereen met status 'afgewezen (besluit HM)'", "in 'Rejected' status"; not one
    # to set ("op status 'afgewezen' zetten")
    r"(?<!\bop\s)(?<!\bto\s)\bstatus\s+['\"‘“][^'\"’”]{1,40}['\"’”](?!\s+(?:te\s+)?(?:zetten|zet|plaatsen|wijzigen|"
    r"veranderen|markeren))|['\"‘“][^'\"’”]{1,40}['\"’”]\s+status\b",
    F,
)
_HANDED_OVER = re.compile(
    # (not one's own doing: "I'll do it via the button", "ik doe het zelf")
    r"\b(?:(?<!\bi'll\s)(?<!\bwe'll\s)(?<!\bwill\s)(?<!\bi\s)do\s+it|(?<!\bik\s)doe\s+(?:(?:jij|je|u)\s+)?(?:het|dat|maar)|go\s+ahead|"
    # a decision taken for someone, not a letter written for them ("feedback for her")
    r"(?:\b(?:it|that|this|dat|het|dit)|(?:approv|declin|reject|hir|invit|accept|afwijz|wijs|goedkeur|keur|uitnodig|"
    r"nodig|aanne|neem|beslis|decid|choos|kies|send|sent|stuur|verstuur|mail|click|klik|press|druk)\w*\b[^.?!;]{0,30})\s+"
    r"(?:for|voor)\s+(?:her|him|them|haar|hem|hen)|namens|"
    r"on\s+(?:my|her|his|their|our)\s+behalf|"
    # a decision to be recorded by the assistant: "Leg dat vast als besluit", "record it as approved"
    r"leg\s+(?:dat|het|dit)\s+(?:\w+\s+)?vast|(?<!\bto\s)(?<!\bi\s)(?<!\bwe\s)(?:record|log|register)\s+(?:it|that|"
    r"this)|registreer|"
    # the candidate to be told someone's decision: "tell her the panel has decided not to move forward"
    # (not a note written to do so: "help me write a kind note to tell her")
    r"(?<!\bto\s)(?:tell|inform|vertel|zeg\s+(?:\w+\s+)?tegen)\s+(?:her|him|them|haar|hem|hen|the\s+candidate|"
    r"de\s+kandidaat)|"
    # a decision of one's own to be carried out by the assistant: "verwerk dat maar even", "process it"
    r"(?:verwerk|regel)\s+(?:dat|het|dit)|(?:process|action)\s+(?:it|that|this)|doorvoeren)\b",
    F,
)
# A draft the user sends themselves: "draft an invitation for #2 that I will send myself".
_SELF_SENT = re.compile(
    r"\b(?:draft|concept\w*|template|sjabloon|write|schrijf|maak|opzet)\b[^?!;]{0,100}\b(?:(?:(?:that|which|die|dat)\s+)?"
    r"(?:i|ik)(?:'ll)?\s+(?:[\w']+\s+){0,4}?(?:send|verstuur|stuur|mail)\w*|(?:i'll|i\s+will|"
    r"ik)\s+(?:send|verstuur|stuur)\w*\s+(?:\w+\s+)?(?:myself|zelf)|"
    # session 25: ... or reads before it goes anywhere ("I'll check it before it goes out", "ik lees hem zelf
    # na")
    r"(?:i'll|i\s+will|i|ik)\s+(?:check|review|read|proofread|lees|controleer|bekijk|kijk)\w*\s+(?:it|that|this|hem|het|"
    r"die|dat|'m)?\s*(?:\w+\s+){0,2}?(?:before\b|first\b|eerst\b|voordat\b|zelf\s+na\b|na\b|over\b))",
    F,
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


# session 27: a hiring metric decides nothing ("the average time-to-hire", "tijd tot aanname")
_NO_DECISION_NOUN = re.compile(
    r"\b(?:(?:time|cost|costs|quality|days?)[- ](?:to|per|of)[- ]hire|hire\s+rate|tijd\s+tot\s+aanname)\b", F
)


def mask_not_deciding(text: str) -> str:
    """`text` with the decisions people take themselves, and those already taken, blanked out (see
    `_PERSON_DECIDES`, `_STATUS_NOUN`), and hiring metrics (`_NO_DECISION_NOUN`)."""
    text = _NO_DECISION_NOUN.sub(_blank, text)
    if _HANDED_OVER.search(text):
        return text
    return _STATUS_NOUN.sub(_blank, _PERSON_DECIDES.sub(_blank, text))


def is_question(text: str) -> bool:
    """A question about facts or procedure that does not ask the assistant to act or to choose. Context
    around it counts if it decides nothing: "We have 140 applicants. How do I go through them?", "hoe zet ik
    iemand door naar de volgende fase? ik kan de knop niet vinden"."""
    if _WHY.search(text) and not _SEND.search(text):
        return True
    if _ASKS_AGENT.search(text):
        return False
    if _QUESTION.search(text):
        return True
    sentences = _QUESTION_SENTENCES.findall(text)
    questions = [s for s in sentences if _QUESTION.search(s)]
    context = [s for s in sentences if s not in questions]
    return (
        bool(questions)
        and all(_HOW_TO.match(q) or not _acts(q) for q in questions)
        and all(_STATEMENT.match(s) and not _acts(s) for s in context)
    )


def _acts(sentence: str) -> bool:
    """A sentence that decides, orders or hands something over ("Reject her then.", "Go ahead.")."""
    return any(
        p.search(sentence)
        for p in (_DECIDING_WORD, _SEND, _BARE_ORDER, _STAGE_MOVE, _HANDED_OVER, _CHAT_ACTION_RE)
    )


def is_lookup(text: str) -> bool:
    """A request to list or show (past) decisions, or for a letter template, with no order to decide."""
    if _SELF_SENT.search(text) and not _HANDED_OVER.search(text):
        return True
    if _WHO_DECIDED.search(text) and not any(
        p.search(s)
        for s in _QUESTION_SENTENCES.findall(text)
        if not _WHO_DECIDED.search(s)
        for p in (_BASE_ACTION, _BARE_ORDER, _STAGE_MOVE, _SEND)
    ):
        return True
    if _TEMPLATE.search(text) and not _SEND.search(text):
        return not (_BASE_ACTION.search(text) or _STAGE_MOVE.search(text))
    return bool(_LOOKUP.search(text)) and not _BASE_ACTION.search(text)


def requests_decision(text: str) -> bool:
    """Whether a chat message asks for a selection decision (reject, hire, invite, drop ...) on candidates."""
    if is_question(text) or is_lookup(text):
        return False
    if _STAGE_MOVE.search(text) or _BARE_ORDER.search(text):
        return True
    for sentence in _SENTENCES.findall(text):
        if _OBJECT_RE.search(sentence) and (_CHAT_ACTION_RE.search(sentence) or _OUTCOME_RE.search(sentence)):
            return True
    return False
