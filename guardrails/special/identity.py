"""SEXUAL_ORIENTATION and GENDER_IDENTITY.

Orientation is often implicit: a same-sex partner ("hij en zijn man", "she and her wife"), or "mijn man" /
"my husband" in a text whose author signals being male ("als vader", "as a father"). Gender-identity words
have everyday look-alikes ("transitie naar de cloud", "transitioning to management", "trans-Atlantic",
"coming out of the meeting"), cancelled by what follows.
"""

from __future__ import annotations

from guardrails.special.names import FEMALE, MALE
from guardrails.special.rules import Rule, block, rule, words

SO = "SEXUAL_ORIENTATION"
GI = "GENDER_IDENTITY"

# The author names themself ("Hoi, ik ben Daniel", "I'm Daniel", a signature "Groet, Mark") or their pronouns.
# A phone call opens "Hoi, met Lisa".
_INTRO = (
    r"(?:ik ben|ik heet|mijn naam is|hier is|I'm|I am|my name is|this is|name:|naam:|"
    r"(?:hoi|hallo|dag|goedemorgen|goedemiddag),?\s+met|(?:hey|hi|hiya|hello|hoi),?\s+(?:it['’]s|this\s+is))\s+"
)
_SIGNED = (
    r"(?:(?:groet(?:en|jes)?|gr\.?|grtz|greetz|liefs|mvg|cheers|regards|thanks|bedankt|best|dank),?\s*\n?\s*|"
    r"[—–]\s*)"
)
_MALE_SELF_NL = (
    r"\b(?:als (?:vader|papa|man|huisman)|vader van|papa van|ik ben (?:een )?(?:man|vader|jongen|homo)|"
    r"(?:" + _INTRO + "|" + _SIGNED + r")" + MALE + r"|hij/hem|(?:schreef|zei|vertelde|zegt|schrijft|vertelt|"
    r"mailde|aldus)\s+hij|(?-i:" + MALE + r")\s+hier)\b"
)
_FEMALE_SELF_NL = (
    r"\b(?:als (?:moeder|mama|vrouw)|moeder van|mama van|ik ben (?:een )?(?:vrouw|moeder|meisje|lesbisch)|"
    r"(?:" + _INTRO + "|" + _SIGNED + r")" + FEMALE + r"|zij/haar|(?:schreef|zei|vertelde|zegt|schrijft|"
    r"vertelt|mailde|aldus)\s+(?:zij|ze)|(?-i:" + FEMALE + r")\s+hier)\b"
)
# A signature as the text's last word ("... down to the ground. Declan", "x Priya"), or a speaker label
# ("Yara: 'Mijn vrouw en ik ...'").
_LAST_WORD = r"(?:(?<=[.!?)])\s+|\n\s*|\bx{{1,3}}\s+)(?-i:{0})\s*$|^\W*(?-i:{0})\s*:\s*['\"‘“]"
_MALE_SELF_EN = (
    r"\b(?:as a (?:father|dad|man|guy|husband|stay-at-home dad)|(?:father|dad) of|I'?m a (?:man|guy|dad|"
    r"father|dude|bloke|lad)|I am a (?:man|guy|dad|father)|title\s*:\s*mr\b|"
    r"as the only (?:guy|man|bloke|lad)|(?:" + _INTRO + "|" + _SIGNED + r")" + MALE + r"|he/him|"
    r"(?:wrote|writes|said|says|told us)\s+he|he\s+(?:wrote|writes|said|says|told us)|according to him|"
    r"(?-i:" + MALE + r")\s+here\b)\b|" + _LAST_WORD.format(MALE)
)
_FEMALE_SELF_EN = (
    r"\b(?:as a (?:mother|mom|mum|woman|wife|stay-at-home mom)|(?:mother|mom|mum) of|I'?m a (?:woman|"
    r"mother|mom|mum)|I am a (?:woman|mother|mom|mum)|(?:"
    + _INTRO
    + "|"
    + _SIGNED
    + r")"
    + FEMALE
    + r"|she/her|(?:wrote|writes|said|says|told us)\s+she|she\s+(?:wrote|writes|said|says|told us)|"
    r"according to her)\b|" + _LAST_WORD.format(FEMALE)
)
_MALE_SELF = _MALE_SELF_NL + "|" + _MALE_SELF_EN
_FEMALE_SELF = _FEMALE_SELF_NL + "|" + _FEMALE_SELF_EN
# The subject of the clause, for a partner of the same gender: a pronoun or a given name (names are matched
# with their capital, so "max 28 uur" is no "Max").
_HE = r"\b(?:hij|he)\b|\b(?-i:" + MALE + r")\b"
_SHE = r"\b(?:zij|ze|she)\b|\b(?-i:" + FEMALE + r")\b"
_WED_NL = r"\b(?:getrouwd|gehuwd|trouwt|trouwde|samen|(?:een\s+)?relatie|verkering)\s+met\s+"
_WED_EN = r"\b(?:married|engaged|wed)\s+to\s+"
_SELF_WED = (
    r"\b(?:i\s+am|i'm|i've\s+been|i\s+got|ik\s+ben|ben\s+ik)\s+(?:\w+\s+)?(?:married|engaged|wed|getrouwd|"
    r"gehuwd|verloofd)\s+(?:to|met)\s+"
)
_DATING = r"\b(?:I'm|I am|I've been)\s+(?:dating|seeing|with|in a relationship with|going out with)\s+a\s+"
_SPOUSE = ("MARITAL_STATUS",)  # a same-sex spouse states civil status too (recognizer.DUAL)
_TRANS_CUE = (
    r"\b(?:trans\w*|transitie|transition\w*|non-?bin\w+|genderqueer|genderdysfor\w+|gender dysphoria)\b"
)
# Medical transition is health data as well as gender identity (recognizer.DUAL).
_TRANSITION_CARE = (
    r"genderdysforie",
    r"geslachts(?:bevestigend|aanpassend|veranderend)\w*(?: \w+)?",
    r"genderbevestigend\w*(?: \w+)?",
    r"gender dysphoria",
    r"gender[- ]affirming \w+",
    r"(?:top|bottom) surgery",
    r"gender reassignment(?: surgery)?",
    r"sex change(?: operation)?",
)
_HORMONES = (
    r"(?:begonnen|begint|start|gestart|gestopt|bezig)\s+met\s+(?:de\s+|mijn\s+)?(?:hormoonbehandeling|"
    r"hormoontherapie|hormonen|testosteron|oestrogeen)",
    r"(?:hormoonbehandeling|hormoontherapie)",
    r"(?:on|taking|takes|started|began|starting|currently on)\s+(?:testosterone|oestrogen|estrogen|"
    r"hormones|HRT|hormone therapy|hormone replacement(?: therapy)?)",
    r"hormone (?:therapy|treatment)",
    # session 26: the Dutch verb last ("dat hij sinds vorig jaar testosteron gebruikt")
    r"(?:testosteron|oestrogeen)\s+(?:gebruikt|gebruik|gebruikte|slikt|krijgt|kreeg|spuit|neemt)",
)

# A policy's topic as a compound's head (session 24): "het actieplan LHBTI-inclusie",
# "LGBT-emancipatiebeleid".
_POLICY_TAIL = r"-(?:inclusie|inclusion|\w*beleid|policy|emancipatie\w*|acceptatie|agenda|monitor)"

SO_RULES: dict[str, list[Rule]] = {
    "nl": [
        # "openlijk bi", "identifies as bi"; a fling at work
        rule(
            SO,
            r"\b(?:openlijk|identif\w+\s+as)\s+bi(?![\w-])|"
            # a self-description in short: "omschreef zichzelf als bi", "described herself as pan"
            r"\b(?:describ\w*|identif\w*|omschre\w*|omschrijft|noem\w*)\s+(?:(?:ze|hij|zij)\s+)?(?:herself|himself|"
            r"themselves|themself|"
            r"zichzelf|zich)\s+(?:as|als)\s+(?:bi|pan|ace|aro|queer|gay|lesbian|lesbisch|homo|bisexual|biseksueel|"
            r"pansexual|panseksueel|asexual|aseksueel)(?![\w-])|"
            r"\bscharrels?\b|\bgescharreld\b|\b(?:had|has|having)\s+(?:a\s+)?flings?\s+with\b|\bhooked\s+up\s+with\b",
            0.8,
        ),
        # "a bi woman", "I'm ace", "his fella" written about a man
        rule(
            SO,
            words(
                r"bi\s+(?:woman|man|guy|girl|person|vrouw|meisje|jongen)",
                r"(?:i['’]m|i\s+am|she['’]s|he['’]s|ik\s+ben|is)\s+(?:\w+\s+)?(?:ace|asexual|aseksueel|aro|aromantic)"
                r"(?!\s+(?:at|in|met|with|player|pilot))",
            ),
            0.8,
        ),
        # session 25: dating both sexes ("ze datet zowel mannen als vrouwen", "he dates both men and women")
        rule(
            SO,
            r"\b(?:datet|datete|daten|date|dates|dated|dating|gaat\s+uit\s+met|ging\s+uit\s+met|valt\s+op)\s+"
            r"(?:zowel\s+|both\s+)?(?:mannen|vrouwen|jongens|meiden|men|women|guys|girls)\s+(?:als|en|and|&)\s+"
            r"(?:mannen|vrouwen|jongens|meiden|men|women|guys|girls)\b(?!['’]s)",
            0.8,
        ),
        # attraction stated: "ik val op vrouwen", "hij valt op mannen"
        rule(
            SO,
            r"\b(?:val|valt|vallen|viel|vielen)\s+(?:(?:zelf|ook|gewoon|eigenlijk|altijd|echt|alleen|vooral)\s+){0,2}"
            r"(?:op|voor)\s+(?:vrouwen|mannen|"
            r"meiden|jongens|meisjes|beide\s+seksen|allebei)\b",
            0.8,
        ),
        rule(
            "SEXUAL_ORIENTATION",
            words(
                r"(?:wisselende )?seksuele contacten",
                r"(?:his|her|my|their) sex life",
                r"(?:zijn|haar|mijn) seksleven",
            ),
            0.75,
        ),
        rule(
            SO,
            words(
                r"homo(?:'s)?",
                r"homo-?se[kx]s\w*",
                r"open relatie",
                r"seksleven",
                r"polyamo\w+",
                r"homofiel(?:e|en)?",
                r"homostel\w*",
                r"homopaar",
                r"homo-?ouders?",
                r"lesbisch\w*",
                r"lesbienne\w*",
                r"lesbo",
                r"biseksu\w*",
                r"panseksu\w*",
                r"aseksu\w*",
                r"heteroseksu\w*",
                r"hetero",
                r"queer",
                r"gay(?!-Lussac)",
                r"coming-?out",
                r"seksuele (?:voorkeur|geaardheid|ori[eë]ntatie)",
                r"geaardheid",
                r"Roze Zaterdag",
                r"roze (?:netwerk\w*|community|ouderen|55\+)",
                # session 23: "roze" said of a person or a family ("als roze vijftiger", "een roze gezin")
                r"roze (?:twintiger|dertiger|veertiger|vijftiger|zestiger|zeventiger|senior\w*|oudere|"
                r"jongere|stel|stelletje|gezin|ouders|vader|moeder|man|vrouw)",
                r"Grindr",
                r"(?:valt|vallen|viel|vielen) op (?:mannen|vrouwen|jongens|meisjes|beide)",
                r"op (?:mannen|vrouwen|jongens|meisjes) (?:valt|vallen|viel)",
                r"(?:ben|is|was) bi(?!-)",
                r"uit de kast(?!\s+(?:met|om|te|halen|gehaald|pakken|gepakt|trekken|getrokken))",
                # session 26: gay in a euphemism ("dat de nieuwe kandidaat van de roze kant is")
                r"van de (?:roze|verkeerde) kant(?=\s+(?:is|was|zijn|waren|ben)\b)",
                r"(?:is|was|ben|zijn|waren) van de (?:roze|verkeerde) kant",
            ),
            0.85,
        ),
        rule(
            SO,
            r"(?<![\w-])(?:LHBT|LGBT)[A-Z]*\+?(?:-\w+)*",
            0.85,
            case=True,
            veto_tail=_POLICY_TAIL,
        ),
        rule(
            SO,
            r"(?<![\w-])(?:lhbt|lgbt)(?:i|iq|iqa|q)?\+?(?:['’]ers)?(?:-\w+)*",
            0.85,
            case=True,
            veto_tail=_POLICY_TAIL,
        ),
        rule(
            SO,
            r"(?<![\w-])(?:COC|Pride)(?:[\s-](?:Amsterdam|Nederland|netwerk|borrel|maand|walk|"
            r"parade))?(?:-\w+)*(?![\w])(?!\s+(?:of|and|in|&)\b)",
            0.75,
            case=True,
        ),
        # "zijn man", "haar vrouw": the possessive already gives the partner's own gender.
        rule(
            SO,
            r"(?<![\w])(?:zijn\s+(?:kersverse\s+)?(?:man|echtgenoot)|haar\s+(?:kersverse\s+)?(?:vrouw|"
            r"echtgenote))\b(?!\s+en\s+(?:vrouw|man)\b)",
            0.8,
            also=_SPOUSE,
        ),
        rule(SO, r"(?<=\b[Hh]ij\b[^.!?\n]{0,80})\bzijn\s+vriend\s+en\s+hij\b", 0.8),
        # session 27: a man's or a woman's partner by a given name ("Tom's ex-boyfriend", "Emma's girlfriend")
        rule(
            SO,
            r"(?<=\b"
            + MALE
            + r"['’]s\s+)(?i:ex-?)?(?i:boyfriend|bf)\b|(?<=\b"
            + FEMALE
            + r"['’]s\s+)(?i:ex-?)?"
            r"(?i:girlfriend|gf)\b",
            0.75,
            case=True,
        ),
        # "zijn ex-vriend", "her ex-girlfriend": the possessive gives the gender, "ex-" makes it a partner
        rule(
            SO,
            r"\b(?:zijn|z'n|zn)\s+ex-?vriend(?:je)?\b(?!in)|\bhaar\s+ex-?vriendin\b|\bhis\s+ex-?(?:boyfriend|husband)\b|"
            r"\bher\s+ex-?(?:girlfriend|wife)\b",
            0.75,
        ),
        # a partner named with the possessive's own gender: "zijn partner Joris", "her girlfriend Emma"
        rule(
            SO,
            r"\b(?i:zijn|z'n|zn|his)\s+(?i:partner|vriend(?:je)?|lief|echtgenoot|verloofde|boyfriend|bf|husband|spouse|"
            r"fianc[eé]),?\s+"
            + MALE
            + r"\b|\b(?i:haar|her)\s+(?i:partner|vriendin(?:netje)?|echtgenote|verloofde|"
            r"girlfriend|gf|wife|spouse|fianc[eé]e)\s+" + FEMALE + r"\b",
            0.75,
            case=True,
        ),
        # orientation in other words: "homoman", a form field, "came out as bi", "wasn't straight",
        # "him n his bf", "hooking up with someone"
        rule(
            SO,
            r"\bhomo(?:man|jongen|vrouw)\b"
            r"|\b(?:sexual\s+orientation|seksuele\s+(?:oriëntatie|gerichtheid|voorkeur))\s*(?:\([^)]*\))?\s*[:=]\s*"
            r"(?!prefer|rather|n/?a\b|zeg\s+ik\s+liever)[\w-]+"
            r"|\b(?:came|come|comes|coming|kwam|kwamen)\s+out\s+(?:as|als)\s+(?:bi|pan|ace|gay|lesbian|lesbisch|queer|"
            r"homo)\b|\b(?:i'm|im|she's|he's|is|am)\s+bi\b(?!-)"
            r"|\b(?:wasn't|isn't|not|niet)\s+(?:straight|hetero)\b"
            r"|\b(?:his|him\s+n\s+his|zijn)\s+bf\b|\b(?:her|haar)\s+gf\b"
            r"|\bhook(?:ing|ed|s)?\s+up\s+with\s+(?:someone|somebody|a\s+\w+|her|him|a\s+colleague)"
            r"|\bholebi\w*|\bopenly\s+(?:bi|gay|lesbian|queer|pan)\b|\bone[- ]night[- ]stand\b",
            0.75,
        ),
        # session 24: an orientation with the verb last ("dat ze bi is", "omdat hij homo is"); a partner named
        # before the possessive of the same gender ("woont samen met Daan, zijn partner"); a couple of two men
        # or two women ("Mijn vriend en ik (ja, twee mannen)"); "he has a boyfriend"
        rule(
            SO,
            r"\b(?:dat|omdat|want)\s+(?:ze|zij|hij|ik)\s+(?:\w+\s+)?(?:bi|biseksueel|homo|homoseksueel|"
            r"lesbisch|lesbi|queer|gay|pan|panseksueel|aseksueel)\s+(?:is|ben|was|bent)\b",
            0.75,
        ),
        rule(
            SO,
            r"(?<![\w])"
            + MALE
            + r",\s+(?i:zijn|z'n|his)\s+(?i:partner|vriend|echtgenoot|man|husband|boyfriend|"
            r"fianc[eé])\b|(?<![\w])"
            + FEMALE
            + r",\s+(?i:haar|her)\s+(?i:partner|vriendin|echtgenote|vrouw|wife|"
            r"girlfriend|fianc[eé]e)\b",
            0.75,
            case=True,
            near=r"\b(?:samen|together|woont|lives|living|getrouwd|married|relatie|relationship|moved|verhuis\w*)\b",
        ),
        rule(
            SO,
            r"\b(?:twee|two)\s+(?:mannen|vrouwen|men|women|guys|girls|meiden|jongens)\b",
            0.75,
            near=r"\b(?:mijn|my|m'n)\s+(?:vriend|vriendin|partner|boyfriend|girlfriend|man|vrouw|husband|wife|"
            r"verloofde|fianc[eé]e?)\s+(?:en|and)\s+(?:ik|i|me)\b|\b(?:wij|we)\s+(?:zijn|are)\s+(?:een\s+|a\s+)?"
            r"(?:stel|koppel|couple)\b",
        ),
        rule(
            SO,
            r"\bhe(?:\s+has|\s+had|['’]s\s+got|\s+has\s+got)\s+(?:a|an)\s+(?:boyfriend|husband|fianc[eé](?!e))\b"
            r"|\bshe(?:\s+has|\s+had|['’]s\s+got|\s+has\s+got)\s+(?:a|an)\s+(?:girlfriend|wife|fianc[eé]e)\b",
            0.75,
            also=("MARITAL_STATUS",),
        ),
        # (session 27: also living together, "dat hij samenwoont met een man")
        rule(
            SO,
            r"(?<=\bhij\b[^.!?\n]{0,60}\b(?:getrouwd|gehuwd|trouwt|trouwde|samen|samenwoon\w*|samengewoond|"
            r"relatie|verkering|iets)\s+met\s+)een\s+man\b",
            0.8,
        ),
        # session 27: a partner named by the gender of whoever has them ("Kandidaat heeft een mannelijke
        # partner (hij sprak over ...)", "zij woont samen met haar vrouwelijke partner")
        rule(
            SO,
            r"\b(?:een|zijn|z'n)\s+mannelijke\s+(?:partner|echtgenoot|levenspartner)\b",
            0.75,
            near=r"\bhij\b",
        ),
        rule(
            SO,
            r"\b(?:een|haar)\s+vrouwelijke\s+(?:partner|echtgenote|levenspartner)\b",
            0.75,
            near=r"\b(?:zij|ze)\b",
        ),
        # session 27: oneself described with a same-sex partner ("Als vrouw met een vriendin kreeg ik ...",
        # "als man met een vriend en twee kinderen")
        rule(
            SO,
            r"\bals\s+(?:vrouw|meid|moeder)\s+met\s+een\s+(?:vriendin|vrouw|echtgenote)\b|\bals\s+(?:man|vader)\s+"
            r"met\s+een\s+(?:vriend|man|echtgenoot)\b|\bas\s+a\s+(?:woman|mother|mum|mom)\s+with\s+a\s+(?:girlfriend|"
            r"wife)\b|\bas\s+a\s+(?:man|father|dad)\s+with\s+a\s+(?:boyfriend|husband)\b",
            0.75,
        ),
        # session 27: a sex life with someone ("dat ze een seksuele relatie had met haar leidinggevende")
        rule(
            SO,
            r"\b(?:een\s+)?seksuele\s+(?:relatie|verhouding)\s+(?:\w+\s+)?met\b|\b(?:a\s+)?sexual\s+"
            r"(?:relationship|affair)\s+with\b",
            0.75,
        ),
        rule(
            SO,
            r"(?<=\b[Hh]ij\b[^.!?\n]{0,80})\bzijn\s+(?:partner|vriend|echtgenoot)\s+" + MALE + r"\b",
            0.75,
            case=True,
        ),
        rule(
            SO,
            r"(?<=\b(?:[Zz]ij|[Zz]e)\b[^.!?\n]{0,80})\bhaar\s+(?:partner|vriendin|echtgenote)\s+"
            + FEMALE
            + r"\b",
            0.75,
            case=True,
        ),
        rule(
            SO,
            r"(?<=\b(?:zij|ze)\b[^.!?\n]{0,60}\b(?:getrouwd|gehuwd|trouwt|trouwde|"
            r"samen|samenwoon\w*|samengewoond)\s+met\s+)een\s+vrouw\b",
            0.8,
        ),
        rule(
            SO,
            r"(?<![\w])(?:mijn|m'n)\s+(?:man|echtgenoot)\b",
            0.8,
            near=_MALE_SELF,
            near_anywhere=True,
            also=_SPOUSE,
        ),
        rule(
            SO,
            r"(?<![\w])(?:mijn|m'n)\s+(?:vrouw|echtgenote)\b",
            0.8,
            near=_FEMALE_SELF,
            near_anywhere=True,
            also=_SPOUSE,
        ),
        rule(
            SO,
            r"(?<![\w])(?:mijn|m'n)\s+(?:vriend|partner)\s+" + MALE + r"\b",
            0.75,
            near=_MALE_SELF,
            near_anywhere=True,
        ),
        rule(
            SO,
            r"(?<![\w])(?:mijn|m'n)\s+(?:vriendin|partner)\s+" + FEMALE + r"\b",
            0.75,
            near=_FEMALE_SELF,
            near_anywhere=True,
        ),
        # a friend who is a partner ("mijn vriend woont daar; we zijn twee jaar samen"), "mijn lief, zij is"
        rule(
            SO,
            r"(?<![\w])(?:mijn|m'n)\s+(?:vriend\b(?!in)(?=[^\n]{0,100}\b(?:we|wij)\s+(?:\w+\s+){0,4}?(?:samen|trouwen|"
            r"samenwonen)\b)|lief\b(?=[^.!?\n]{0,20}\bhij\b))",
            0.75,
            near=_MALE_SELF,
            near_anywhere=True,
        ),
        rule(
            SO,
            r"(?<![\w])(?:mijn|m'n)\s+(?:vriendin\b(?=[^\n]{0,100}\b(?:we|wij)\s+(?:\w+\s+){0,4}?(?:samen|trouwen|"
            r"samenwonen)\b)|lief\b(?=[^.!?\n]{0,20}\b(?:zij|ze)\b))",
            0.75,
            near=_FEMALE_SELF,
            near_anywhere=True,
        ),
        # A partner of the subject's own gender, the subject being "hij"/"zij" or a given name: "Mark
        # vertelde dat hij met zijn vriend verhuist", "Sanne is getrouwd met een vrouw".
        rule(
            SO,
            r"\bzijn\s+(?:vriend|verloofde\s+"
            + MALE
            + r")\b(?!\w|\s+(?:en\s+collega|van|uit|op|die\s+(?:ook|al)))",
            0.7,
            near=_HE,
            before_only=True,
        ),
        rule(
            SO,
            r"\bhaar\s+vriendin\b(?!\w|\s+(?:en\s+collega|van|uit|op|die\s+(?:ook|al)))",
            0.7,
            near=_SHE,
            before_only=True,
        ),
        rule(SO, _WED_NL + r"een\s+vrouw\b", 0.8, near=_SHE, before_only=True),
        rule(SO, _WED_NL + r"een\s+man\b", 0.8, near=_HE, before_only=True),
        rule(SO, words(r"roze (?:ouderen|jongeren|zaterdag|vrienden|senioren)"), 0.75),
        # "als vrouw met een vrouwelijke partner", "ik heb een relatie met een man" (a man writing), "mijn
        # vriend en ik gaan samenwonen" (a man writing)
        rule(
            SO,
            r"\b(?:vrouw|woman)\s+(?:met|with)\s+(?:een\s+|a\s+)?(?:vrouwelijke|female)\s+(?:partner|echtgenote|spouse)\b|"
            r"\b(?:man)\s+(?:met|with)\s+(?:een\s+|a\s+)?(?:mannelijke|male)\s+(?:partner|echtgenoot|spouse)\b",
            0.8,
        ),
        rule(
            SO,
            r"\b(?:ik\s+heb|heb\s+ik)\s+(?:al\s+\w+\s+(?:jaar\s+)?|nu\s+)?(?:een\s+)?(?:relatie|verkering)\s+met\s+een\s+man\b"
            r"|\b(?:mijn|m'n)\s+vriend\s+en\s+ik\s+(?:gaan\s+|zijn\s+|wonen\s+)?(?:samenwonen|samen|trouwen|verhuizen|"
            r"getrouwd)\b",
            0.75,
            near=_MALE_SELF,
            near_anywhere=True,
        ),
        rule(
            SO,
            r"\b(?:ik\s+heb|heb\s+ik)\s+(?:al\s+\w+\s+(?:jaar\s+)?|nu\s+)?(?:een\s+)?(?:relatie|verkering)\s+met\s+een\s+vrouw\b"
            r"|\b(?:mijn|m'n)\s+vriendin\s+en\s+ik\s+(?:gaan\s+|zijn\s+|wonen\s+)?(?:samenwonen|samen|trouwen|verhuizen|"
            r"getrouwd)\b",
            0.75,
            near=_FEMALE_SELF,
            near_anywhere=True,
        ),
        # session 18: who someone dates ("He dates men")
        rule(
            SO,
            r"\b(?:he|she|they|i|hij|zij|ze|ik)\s+(?:dates|dated|date|is\s+dating|am\s+dating|datet|datete|date)\s+"
            r"(?:only\s+)?(?:men|women|guys|girls|both|mannen|vrouwen|jongens|meiden)\b",
            0.85,
        ),
        # session 19: who a man is seeing ("he's been seeing a guy from Leeds")
        rule(
            SO,
            r"\b(?:he's|he\s+is|he\s+has|he's\s+been|he\s+has\s+been|hij\s+heeft)\s+(?:been\s+)?(?:seeing|dating|"
            r"verkering\s+met)\s+(?:a|een)\s+(?:guy|man|bloke|jongen|vent)\b"
            r"|\b(?:she's|she\s+is|she\s+has|she's\s+been|she\s+has\s+been|zij\s+heeft|ze\s+heeft)\s+(?:been\s+)?"
            r"(?:seeing|dating|verkering\s+met)\s+(?:a|een)\s+(?:woman|girl|vrouw|meisje|meid)\b",
            0.8,
        ),
    ],
    "en": [
        rule(
            SO,
            words(
                r"gays?(?!-Lussac)",
                r"lesbians?",
                r"bisexual\w*",
                r"queer",
                r"homo-?sex\w*",
                r"open relationship",
                r"sex life",
                r"sexual (?:life|relationships?|partners?|preferences?)",
                r"polyamor\w+",
                r"pansexual\w*",
                r"asexual\w*",
                r"heterosexual\w*",
                r"(?:I'm|I am|is|am|he's|she's|being) bi(?!-)",
                r"same-sex (?:partner|couple|marriage|relationship|spouse|parents|wedding)",
                r"(?:gay|lesbian) (?:couple|marriage|relationship)",
                r"two (?:dads|moms|mums)",
                r"sexual orientation",
                r"sexuality",
                r"sexual preference",
                r"(?:came|coming|come) out(?!\s+(?:of|with|on|in|at|to|ahead|well|fine|great|strong|top|"
                r"better|worse|the|this|that|and|as the|of the|soon|fine|positive|negative|okay|ok|alright|"
                r"right|as\s+(?:trans|non-?bin|nb\b|enby|genderqueer|agender)))",
                r"(?:came|coming|come) out as (?!trans|non-?bin|nb\b|enby)\w+",
                r"(?:I'm|I am|he's|she's|he is|she is) straight(?!\s+(?:to|away|from|out|into|forward|A|"
                r"talking|after|back|up|down|with))",
                r"(?:candidate|applicant|he|she|they|I)\s+(?:is|are|'s|'re|am)\s+straight(?=\s*(?:[,.;!?)—–-]|$|"
                r"apparently|too|though|btw|as\b))",
                r"outed\s+(?:him|her|them|me|himself|herself|myself)",
                # sex life: "sleeping with his line manager", "an affair with a client"
                r"(?:sleeping|slept|sleeps|hooking up|hooked up)\s+with\s+(?:his|her|their|my|the|a)\s+"
                r"(?:\w+\s+)?(?:boss|manager|colleague|coworker|co-worker|client|intern|supervisor|director|teammate|"
                r"subcontractor|contractor|customer|student|supplier|vendor|patient)",
                r"(?:an\s+)?affair\s+with\s+(?:his|her|their|my|the|a)\s+(?:\w+\s+)?\w+",
            ),
            0.85,
        ),
        rule(SO, r"(?<![\w-])LGBT[A-Z]*\+?(?:-\w+)*", 0.85, case=True, veto_tail=_POLICY_TAIL),
        rule(SO, r"(?<![\w-])lgbt(?:q|qi|qia)?\+?(?:-\w+)*", 0.85, case=True),
        rule(
            SO,
            r"(?<![\w-])(?:Stonewall|Pride (?:network|march|parade|group|committee|flag|ERG|alliance|"
            r"chapter))\b",
            0.8,
            case=True,
        ),
        rule(SO, r"(?<![\w])(?:his\s+husband|her\s+wife)\b", 0.8, also=_SPOUSE),
        rule(SO, r"(?<![\w])his\s+(?:ex-?)?(?:boyfriend|fianc[eé](?!e))\b", 0.8),
        # (session 25: or a woman's given name, "Anna mentioned her girlfriend is moving over")
        rule(
            SO,
            # (the look-behind after "her": it runs only where "her" stands)
            r"\bher(?<=\b(?:[Ss]he|"
            + FEMALE
            + r")\b[^.!?\n]{0,80}her)\s+(?:ex-?)?(?:girlfriend|fianc[eé]e)\b",
            0.75,
            case=True,
        ),
        # session 23: the same in Dutch, the English word quoted or not ("ze noemde haar 'girlfriend'"); a
        # fiancé named with the author's own gender ("Daniel here – my fiancé Marco")
        rule(
            SO,
            r"(?<=\b(?:[Zz]e|[Zz]ij|[Ss]he)\b[^.!?\n]{0,80})\b(?:haar|her)\s+['‘\"“]?(?:ex-?)?(?:girlfriend|gf)\b",
            0.75,
            case=True,
        ),
        rule(
            SO,
            r"(?<![\w])(?:[Mm]y|[Mm]ijn|[Mm]'n)\s+(?:fianc[eé](?!e)|verloofde|husband-to-be|aanstaande),?\s+"
            + MALE
            + r"\b",
            0.8,
            case=True,
            near=_MALE_SELF,
            near_anywhere=True,
        ),
        rule(
            SO,
            r"(?<![\w])(?:[Mm]y|[Mm]ijn|[Mm]'n)\s+(?:fianc[eé]e|verloofde|wife-to-be|aanstaande),?\s+"
            + FEMALE
            + r"\b",
            0.8,
            case=True,
            near=_FEMALE_SELF,
            near_anywhere=True,
        ),
        # the author's partner of the same gender: "I'm dating a guy ... — Jake"; a child with two mothers
        rule(SO, _DATING + r"(?:guy|man|boy)\b", 0.75, near=_MALE_SELF, near_anywhere=True),
        rule(SO, _DATING + r"(?:girl|woman)\b", 0.75, near=_FEMALE_SELF, near_anywhere=True),
        rule(
            SO, words(r"(?:two|twee)\s+(?:mums|moms|mothers|dads|fathers|moeders|vaders|mama's|papa's)"), 0.75
        ),
        rule(SO, r"(?<=\bhe\b[^.!?\n]{0,60}\b(?:married|engaged)\s+to\s+)a\s+man\b", 0.8),
        rule(SO, r"(?<=\bshe\b[^.!?\n]{0,60}\b(?:married|engaged)\s+to\s+)a\s+woman\b", 0.8),
        rule(
            SO,
            r"(?<=\b[Hh]e\b[^.!?\n]{0,80})\bhis\s+(?:partner|spouse|other half)\s+" + MALE + r"\b",
            0.75,
            case=True,
        ),
        rule(
            SO,
            r"(?<=\b[Ss]he\b[^.!?\n]{0,80})\bher\s+(?:partner|spouse|other half)\s+" + FEMALE + r"\b",
            0.75,
            case=True,
        ),
        rule(SO, r"(?<![\w])[Mm]y\s+husband\b", 0.8, near=_MALE_SELF, near_anywhere=True, also=_SPOUSE),
        rule(SO, r"(?<![\w])[Mm]y\s+wife\b", 0.8, near=_FEMALE_SELF, near_anywhere=True, also=_SPOUSE),
        rule(
            SO,
            r"(?<![\w])(?:[Mm]y|[Mm]a|[Mm]e)\s+(?:ex-?)?(?:boyfriend|bf|fella|partner,?\s+" + MALE + r")\b",
            0.8,
            near=_MALE_SELF,
            near_anywhere=True,
        ),
        rule(
            SO,
            r"(?<![\w])(?:[Mm]y|[Mm]a|[Mm]e)\s+(?:ex-?)?(?:girlfriend|gf|partner,?\s+" + FEMALE + r")\b",
            0.8,
            near=_FEMALE_SELF,
            near_anywhere=True,
        ),
        rule(
            SO, r"\bhis\s+(?:partner|spouse|fianc[eé]),?\s+" + MALE + r"\b", 0.75, near=_HE, before_only=True
        ),
        rule(
            SO,
            r"\bher\s+(?:partner|spouse|fianc[eé]e?)\s+" + FEMALE + r"\b",
            0.75,
            near=_SHE,
            before_only=True,
        ),
        rule(SO, _WED_EN + r"a\s+woman\b", 0.8, near=_SHE, before_only=True),
        # married to someone of one's own gender, said in the first person: "Hi, I'm Femke. I am married to a
        # woman"
        rule(SO, _SELF_WED + r"(?:a|een)\s+(?:woman|vrouw)\b", 0.8, near=_FEMALE_SELF, near_anywhere=True),
        rule(SO, _SELF_WED + r"(?:a|een)\s+(?:man)\b", 0.8, near=_MALE_SELF, near_anywhere=True),
        rule(SO, _WED_EN + r"a\s+man\b", 0.8, near=_HE, before_only=True),
        rule(
            SO,
            words(
                r"(?:I|he|she|they)\s+came out(?!\s+(?:of|with|on top|ahead|fine|well|in favou?r|against|"
                r"to be|as\s+(?:trans\w*|non-?binary|genderqueer|agender)|"
                r"as (?:the|a|an) (?:winner|best|top)))",
                # (session 24: not as a gender, "came out as trans": gender identity)
                r"came out (?:as(?!\s+(?:trans\w*|non-?binary|genderqueer|agender|a\s+(?:trans\s+)?"
                r"(?:woman|man)))|to (?:his|her|my|their) (?:family|parents|colleagues|team|manager))",
                # session 26: the noun after a time word ("a year after coming out to my team")
                r"(?:after|since|before|when)\s+(?:my\s+|his\s+|her\s+)?coming[\s-]out"
                r"(?!\s+(?:of|with|on top|ahead))",
                r"coming out to (?:his|her|my|their) (?:family|parents|colleagues|team|manager)",
                # session 27: out or not out to the people around ("she isn't out to her family", "I'm out to
                # my team")
                r"(?:I'm|I am|he's|she's|they're|is|am|are|isn't|aren't|wasn't|was)\s+(?:not\s+)?"
                r"(?:yet\s+|fully\s+|openly\s+)?out\s+to\s+(?:his|her|my|their)\s+(?:family|parents|colleagues|team|manager|friends|"
                r"mum|mom|dad|mother|father)",
            ),
            0.75,
        ),
        rule(
            SO,
            words(
                r"(?:he's|she's|I'm|I am|is|am|they're)\s+(?:only\s+)?(?:into|attracted to)\s+"
                r"(?:men|women|guys|girls|both)"
            ),
            0.75,
        ),
    ],
}

GI_RULES: dict[str, list[Rule]] = {
    "nl": [
        # session 25: life in another gender "door het leven", with a time to mark the change ("ging vroeger
        # als vrouw door het leven", "gaat sinds 2020 als man door het leven"); "lived as a man" is below
        rule(
            GI,
            r"\b(?:vroeger|eerder|voorheen|destijds|tot\s+(?:(?:19|20)\d\d|kort|een\s+paar\s+jaar)|sinds\s+\w+|nu|"
            r"inmiddels|tegenwoordig)\s+(?:\w+\s+){0,2}?als\s+(?:vrouw|man|meisje|jongen)\s+door\s+het\s+leven\b",
            0.75,
            unless=r"\bin\s+een\s+mannenwereld\b",
        ),
        # session 24: a deadname, or a sex marker changed next to a transition ("my deadname is still on the
        # contract", "trans man ... Mijn paspoort is al aangepast")
        rule(
            GI,
            r"\bdead[\s-]?nam\w*"
            r"|\b(?:paspoort|passport|ID-?kaart|ID|identiteitsbewijs|geslachtsregistratie|registratie|gender\s+marker|"
            r"geslacht|sex\s+marker|documents?|documenten|papieren)\s+(?:\w+\s+){0,2}?(?:aangepast|gewijzigd|veranderd|"
            r"omgezet|updated|changed|amended|corrected)\b",
            0.75,
            near=r"\b(?:trans\w*|transitie|transition\w*|non-?binai?r\w*|genderqueer|enby|hormo\w*|"
            r"geslachtsverandering|gender)\b",
            near_anywhere=True,
        ),
        # session 22: a legal change of sex marker and a coming-out as a gender ("juridisch van M naar V
        # gegaan", "my coming-out als vrouw", "came out as trans")
        rule(
            GI,
            r"\b(?:van|from)\s+(?-i:M|V|F)\s+(?:naar|to)\s+(?-i:M|V|F)\b(?<!\b(?:van|from)\s+(?-i:M)\s+(?:naar|to)\s+(?-i:M))"
            r"|\b(?-i:MtF|FtM|MtV|VtM)\b"
            r"|\bcoming[- ]out\s+als\s+(?:vrouw|man|trans\w*|non-?binair\w*)\b"
            r"|\bcame\s+out\s+as\s+(?:trans\w*|a\s+"
            r"woman|a\s+man|non-?binary)\b",
            0.8,
        ),
        # session 23: a legal sex marker that still differs, said by or of a trans person ("sta in de papieren
        # nog als man")
        rule(
            GI,
            r"\b(?:in\s+(?:de|mijn|zijn|haar)\s+(?:papieren|paspoort|documenten|systemen|administratie|basisregistratie)|"
            r"op\s+papier|officieel|juridisch|wettelijk)\s+(?:\w+\s+){0,2}?(?:nog\s+)?(?:steeds\s+)?(?:als|"
            r"geregistreerd\s+als)\s+(?:man|vrouw|jongen|meisje)\b",
            0.75,
            near=_TRANS_CUE,
            near_anywhere=True,
        ),
        # the title Mx, a moment in a transition, a former name: "toen zij nog als Dennis bij ons werkte"
        rule(GI, r"(?<![\w.])Mx\.?(?=\s)", 0.85, case=True),
        rule(GI, r"\b(?:pre|post|mid)[- ]transition\b", 0.8),
        rule(
            GI,
            r"(?i:\b(?:toen|when)\s+(?:zij|hij|ze|she|he|they)\s+(?:nog\s+|still\s+)?(?:als|as)\s+)[A-Z][a-z]+"
            r"(?i:\s+(?:\w+\s+){0,3}?(?:werkte|bekend\s+stond|worked|went\s+by|was\s+known))\b",
            0.8,
            case=True,
        ),
        # a birth name of the other gender after one's name: "Lisa de Boer (geboren als Lars)"
        rule(
            GI,
            r"(?<=\b"
            + FEMALE
            + r"\b[^()\n]{0,40})\((?i:\s*(?:geboren\s+als|born\s+as|formerly|voorheen)\s+)"
            + MALE
            + r"\s*\)|(?<=\b"
            + MALE
            + r"\b[^()\n]{0,40})\((?i:\s*(?:geboren\s+als|born\s+as|formerly|voorheen)\s+)"
            + FEMALE
            + r"\s*\)",
            0.75,
            case=True,
        ),
        # "Geslacht: X (niet-binair)", "is hij getransitioneerd", "zit midden in een transitie"
        rule(
            GI,
            words(
                r"niet[\s-]binair\w*",
                r"(?:geslacht|gender|sex)\s*:\s*X",
                r"getransitioneerd|transitioneren|transitioneert|transitioneerde",
                r"(?:midden\s+in|in)\s+(?:een|zijn|haar|mijn|hun)\s+transitie(?!\s+(?:naar|van|binnen|bij|in\s+de))",
            ),
            0.8,
        ),
        # living as another gender, transitioning, a gender clinic, a GRC, "trans" before a person noun
        rule(
            GI,
            r"\b(?:leef|leeft|leefde|woon|living|lived|live|lives)\s+(?:al\s+)?(?:\w+\s+(?:jaar|maanden|years?|"
            r"months?)\s+)?(?:full[- ]?time\s+)?(?:als|as)\s+(?:een\s+|a\s+)?(?:vrouw|man|woman)\b"
            r"|\b(?:socially\s+|medically\s+)?transition(?:ing|ed)\b|\btransitie\s+(?:naar|tot)\s+(?:man|vrouw)\b"
            r"|\b(?:identificeert|identificeer|identifies|identify|identified)\s+(?:zich\s+|(?:him|her|them)sel(?:f|ves)\s+)?"
            r"(?:als|as)\s+(?:een\s+|a\s+)?(?:vrouw|man|woman|non-?binai?r\w*|trans\w*|genderqueer|female|male)\b"
            r"|\bzich\s+als\s+(?:een\s+)?(?:vrouw|man|non-?binair\w*)\s+identific\w*"
            r"|\b(?:in\s+traject\s+bij\s+|bij\s+)?(?:het\s+)?(?:genderteam|genderpoli\w*|genderkliniek|"
            r"gender\s+(?:identity\s+)?clinic|GIC)\b"
            r"|\btrans\s+(?:lesbian|gay|person|guy|girl|dude|kid|masc|femme|woman|man|vrouw|jongen|meisje)\b",
            0.8,
        ),
        rule(GI, r"\b(?i:my|his|her|their|mijn|zijn|haar)\s+GRC\b", 0.8, case=True),
        rule(
            GI,
            words(
                r"transgender(?!beleid|zorg|beweging|rechten|onderzoek|emancipatie)\w*",
                r"trans(?:vrouw|man|vrouwen|mannen|persoon|personen|jongen|meisje|kind)",
                r"trans (?:vrouw|man|persoon|personen|jongen|meisje|kind|collega|medewerker|vrouwen|mannen)",
                # (session 27: a particle between, "ze is toch trans?")
                r"(?:ik ben|ben|is|als)(?: (?:toch|echt|ook|gewoon|wel|zelf|dus|eigenlijk|misschien|nou))? "
                r"trans(?![\w-])",
                r"transseksu\w*",
                r"(?:ben|is|zit|zijn|was)\s+in\s+transitie",
                r"in\s+transitie\s+(?:is|ben|zijn|was|waren)\b",
                r"als\s+(?:meisje|jongen)\s+geboren|geboren\s+als\s+(?:meisje|jongen)",
                r"geslachts(?:operatie|verander\w*)",
                r"in\s+transitie\s+(?:gegaan|gekomen)",
                r"(?:aan|met)\s+(?:mijn|zijn|haar|hun|hen)\s+transitie\s+(?:begonnen|gestart)",
                r"(?:mijn|zijn|haar|hun|hen) transitie(?!\s+(?:naar|van|binnen|bij))",
                r"(?:ik|ze|zij|hij|hen|die)\s+(?:maak|maakt|maakte|maken)\s+(?:\w+\s+)?(?:een|haar|zijn|"
                r"mijn|hun)\s+(?:sociale\s+|medische\s+)?transitie",
                r"(?:sociale|medische|gender)\s*transitie",
                r"non-?binair\w*",
                r"genderqueer",
                r"genderflu\w+",
                r"agender",
                r"bigender",
                r"intersekse\w*",
                r"intersex",
                r"cisgender",
                r"cis (?:man|vrouw)",
                r"geslachtsregistratie",
                r"geslachtsaanduiding",
                r"X in (?:het|mijn|zijn|haar|hun) paspoort",
                r"genderidentiteit",
                r"genderexpressie",
                r"deadnam\w*",
                r"voornaamwoorden\s*:?\s*\(?(?:hen|die|hij|zij|ze|hem|haar|hun|diens)\s*/\s*\w+",
                r"(?:hen/die|die/hen|hen/hun|ze/hen|die/diens)",
                r"genderneutrale voornaamwoorden",
                r"(?:she/her|he/him|they/them)",
            ),
            0.85,
        ),
        rule(GI, r"(?<![\w-])(?:MtF|FtM|MTF|FTM)(?![\w-])", 0.8, case=True),
        rule(GI, words(*_TRANSITION_CARE), 0.85, also=("HEALTH",)),
        rule(GI, words(*_HORMONES), 0.8, near=_TRANS_CUE, near_anywhere=True, also=("HEALTH",)),
        # session 26: a person in transition, not an organisation ("Ze is momenteel in transitie", not "de
        # organisatie is in transitie naar de cloud")
        rule(
            GI,
            r"\b(?:(?:ze|zij|hij|kandidaat|kandidate)\s+(?:is|zit)|ik\s+(?:ben|zit))\s+(?:\w+\s+){0,2}?in\s+(?:de\s+|haar\s+|"
            r"zijn\s+|mijn\s+)?transitie\b(?!\s+(?:naar|van|binnen|bij|als))",
            0.8,
        ),
        rule(
            GI,
            words(
                r"(?:identificeer|identificeert|identificeren|identify|identifies|identified)\s+(?:me|mij|"
                r"mezelf|zich|zichzelf|myself|themselves|himself|herself)?\s*(?:niet\s+|not\s+)?(?:als|as)\s+"
                r"(?:\w+\s+){0,3}?(?:man|vrouw|male|female|men|women|non-?binai?ry?|neither|either|genderqueer|"
                r"genderfluid|agender)",
            ),
            0.8,
        ),
        rule(
            GI,
            words(
                r"(?:gender|geslachts)(?:wijziging|registratie)\w*",
                r"(?:midden in|bezig met|tijdens)\s+(?:haar|zijn|hun|mijn|de)\s+transitie",
                r"(?:die|hen|hun|zij|ze|hij)/(?:hen|hun|die|diens)",
            ),
            0.75,
        ),
        rule(
            GI,
            words(
                r"(?:net|pas|onlangs)\s+(?:uit|door|klaar met)\s+(?:de|haar|zijn|hun)\s+transitie",
                r"(?:ben|is|als)\s+genderneutraal",
            ),
            0.75,
        ),
        # session 18: a transition in progress beside a gender cue ("nog in transitie", "midden in het
        # transitieproces ... bij het genderteam"), hormones as shorthand ("started T two years ago")
        rule(
            GI,
            r"\bin\s+(?:de\s+|het\s+|een\s+)?transitie(?:proces|traject)?\b|\btransitie(?:proces|traject)\b",
            0.8,
            near=r"\btrans(?:gender|vrouw|man|persoon|meisje|jongen)\w*|\bgender\w*|\bnon-?binair\w*|\bhen\b|"
            r"\bvoornaam\b",
            window=100,
        ),
        rule(
            GI,
            r"\b(?:started|starting|began|on)\s+T\b(?!-)",
            0.8,
            case=True,
            near=r"\btrans\w*|\bnon-?binary\b",
        ),
        # session 19: a former name of the other gender ("haar oude jongensnaam", "her deadname"), not
        # identifying as man or woman, verb last
        rule(
            GI,
            r"\b(?:oude|vorige|old|former|previous)\s+(?:jongens|meisjes)naam\b|\bdead[\s-]?nam(?:e|ed|ing)\b"
            r"|\bzich\s+(?:niet\s+)?als\s+(?:een\s+)?(?:man|vrouw|jongen|meisje)(?:\s+of\s+(?:een\s+)?(?:man|vrouw))?\s+"
            r"(?:identificeert|identificeren|voelt)\b",
            0.8,
        ),
    ],
    "en": [
        # the name before a transition: "her diploma is still in her old name", "haar oude naam"
        rule(
            GI,
            r"\b(?:her|his|their|haar|zijn|hun)\s+(?:old|former|previous|birth|dead|oude|vorige|vroegere)\s*(?:first\s+)?"
            r"(?:name|naam|voornaam)\b",
            0.75,
            near=r"\b(?:trans\w*|transition\w*|transitie\w*|non-?binar\w*|genderqueer|deadname)\b",
            near_anywhere=True,
        ),
        # one's own transition as a point in time, a name or a document on either side of it ("issued under
        # my name prior to transition", "voornaamswijziging na transitie"), and "dat ik trans ben"
        rule(
            "GENDER_IDENTITY",
            r"\b(?:prior\s+to|before|after|since|during|na|voor|sinds|tijdens)\s+(?:(?:my|his|her|their|mijn|zijn|"
            r"haar|hun)\s+)?(?:gender\s*)?transiti(?:on|e)\b(?!\s+(?:to|naar|from|van|period|periode|plan|team|"
            r"project|phase|fase)\b)"
            r"|\b(?:dat|omdat)\s+(?:ik|hij|zij|ze)\s+(?:zelf\s+)?(?:trans|transgender|non-binair|nonbinair)\s+"
            r"(?:ben|is|was)\b",
            0.75,
            near=r"\b(?:name|naam|names|pronouns?|voornaam\w*|deed\s+poll|certificates?|diploma\w*|passport|paspoort|"
            r"trans|ik|I|my|mijn|hij|zij|she|he)\b",
        ),
        rule(
            GI,
            r"\b(?:came|coming|come|comes|kwam|kom)\s+out\s+(?:as|als)\s+(?:trans\w*|non-?binai?r\w*|nb|enby)\b",
            0.8,
        ),
        rule(
            GI,
            words(
                r"transgender(?!beleid|zorg|beweging|rechten|onderzoek|emancipatie)\w*",
                r"trans (?:woman|man|women|men|person|people|kid|kids|employee|colleague|candidate|youth|"
                r"student)",
                r"(?:I'm|I am|is|am|as a|are) trans(?![\w-])",
                r"transsexual\w*",
                r"transfem\w*",
                r"transmasc\w*",
                r"(?:is|am|are|currently|began|started|been) transitioning(?!\s+(?:to|from|into|away|out|"
                r"between|our|the|their|its|clients?))",
                r"(?:my|his|her|their) transition(?!\s+(?:to|from|into|plan|period|team|out|process|phase|"
                r"programme|program|project))",
                r"assigned (?:male|female) at birth",
                r"AMAB|AFAB",
                r"non-?binary",
                r"enby",
                r"genderqueer",
                r"genderfluid",
                r"gender-fluid",
                r"agender",
                r"bigender",
                r"intersex",
                r"cisgender",
                r"cis (?:man|woman|male|female)",
                r"gender marker",
                r"gender identity",
                r"gender expression",
                r"deadnam\w*",
                r"pronouns?\s*:?\s*\(?(?:she|he|they|xe|ze)\s*/\s*\w+",
                r"(?:she/her|he/him|they/them|she/they|he/they)",
                r"gender-neutral pronouns",
                r"gender recognition certificate",
                r"two-spirit(?:ed)?",
                r"(?:gebruikt|uses|goes by|prefers|voortaan)\s+(?:\w+\s+){0,2}?(?:hij/hem|zij/haar|hen/hun|"
                r"die/hen|die/diens|he/him|she/her|they/them|xe/xem)",
            ),
            0.85,
        ),
        rule(GI, r"(?<![\w-])(?:MtF|FtM|MTF|FTM)(?![\w-])", 0.8, case=True),
        rule(
            GI,
            words(
                r"(?:gender|sex) marker (?:change\w*|updated)",
                r"(?:changed|change|changing|updated)\s+(?:his|her|their|my)\s+(?:gender|sex) marker",
                r"mid-?transition",
                r"pronouns (?:are|is)\s+\w+/\w+",
                r"(?:ze|xe|ey|fae)/(?:zir|hir|xem|em|faer)",
                r"(?:she's|he's|they're|I'm|is|am) trans(?![\w-])(?!\s+(?:atlantic|pacific|fat))",
            ),
            0.75,
        ),
        rule(
            GI,
            words(
                r"(?:recently|just|has|have|had|she|he|they|I)\s+transitioned(?!\s+(?:to|from|into|the|our|its))",
                r"(?:she's|he's|they're|I'm|is|am|are)\s+(?:currently\s+)?transitioning"
                r"(?!\s+(?:to|from|into|the|our|its))",
            ),
            0.75,
        ),
    ],
}

# An event or campaign named after the community is not a person's orientation or identity ("our Pride
# Month events", "Pride Month campaign lead at the agency"), nor is a network an employer has ("jullie
# LHBTI-netwerk", "when colleagues brought up the roze netwerk"); a role in one still is ("he leads the
# LGBTQ+ network", "zit in het Pride-netwerk").
BLOCKS = {
    "nl": [
        # session 22 look-alike: a data type with more than two values ("a non-binary three-state enum")
        block(
            GI,
            r"\b(?:non-?binary|niet-?binair\w*)\)?\s+(?:[\w-]+\s+){0,2}?(?:enums?|flags?|fields?|values?|variables?|"
            r"states?|logic|encoding|classifi\w+|trees?|search|formats?|data\s*types?|outcomes?|choices?|scales?|models?)\b",
        ),
        # session 23 look-alike: the community's name as an employer's label or a policy's aim
        # ("gecertificeerd als LHBTI+-vriendelijke werkgever", "benchmarked LGBTQ+ inclusion policies")
        block(
            [SO, GI],
            r"\b(?:lhbt\w*|lgbt\w*)\+?[\s+-]*(?:vriendelijke?|friendly|inclusi\w+|inclusion)\s+(?:werkgevers?|"
            r"employers?|werkplek\w*|workplaces?|organisaties?|organi[sz]ations?|bedrijf|bedrijven|compan\w+|beleid|"
            r"polic\w+|practices?|keurmerk|label|certificat\w+)\b",
        ),
        # session 21 look-alikes: a transition of systems ("Transitioned the team from Jenkins to GitHub
        # Actions", "tijdens de transitie van Jenkins naar GitHub Actions"), a campaign's target audience, a
        # street name
        block(
            GI,
            r"\btransiti\w*\s+(?:\w+\s+){0,3}?(?:from|van)\s+(?!(?:man|vrouw|male|female|a\s+man|a\s+woman|een\s+man|"
            r"een\s+vrouw)\b)[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:to|naar)\s+(?!(?:man|vrouw|male|female|a\s+man|a\s+woman|"
            r"een\s+man|een\s+vrouw)\b)",
        ),
        block(
            SO,
            r"\b(?:target\s+(?:audience|group)|doelgroep\w*)\b[^.;\n]{0,40}\b(?:lgbt\w*|lhbt\w*)\+?",
        ),
        block(SO, r"\bGay\s+(?:Street|Road|Lane|Avenue|Square|St|Rd)\b", case=True),
        block(SO, r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mx|Prof)\.?\s+(?:[A-Z][a-z]+\s+)?(?:Gay|Straight)\b", case=True),
        # an event or a charity by name: "het Pride-evenement voor 800 medewerkers", "tijdens Pride
        # Amsterdam", "persvoorlichting rond Roze Zaterdag", "a panel with Stonewall"
        block(
            [SO, GI],
            r"\bpride[\s-]*(?:evenement\w*|events?|programme|program|parade)\b|\b(?:rond|rondom|tijdens|during|around)\s+"
            r"(?:de\s+)?(?:roze\s+zaterdag|pride\s+(?:amsterdam|london))\b|"
            r"\b(?:with|met)\s+Stonewall\b",
        ),
        block(
            [SO, GI],
            r"\b(?:the|het|ons|our|onze)\s+(?:pride|lhbt\w*\+?|lgbt\w*\+?|roze|regenboog)[\s+-]*(?:network|netwerk)\s+"
            r"(?:is\s+)?(?:organi[sz]\w*|runs?|running|hosts?|hosting|houdt|organiseert)\b",
        ),
        block(
            [SO, GI],
            r"(?<![\w-])(?:lhbt\w*\+?|lgbt\w*\+?|roze|pride|queer|transgender|regenboog)[\s+-]*(?:month|maand|week|"
            r"campaign|campagne|events?)\b|"
            # days and parades by name: "Transgender Day of Visibility", "Roze Zaterdag", "Coming Out Day"
            r"(?<!\b(?:vrijwilliger\s+bij|volunteer\s+(?:at|for)|lid\s+van|member\s+of)\s)"
            r"\b(?:(?:international\s+)?(?:transgender|trans)\s+day\s+of\s+(?:visibility|remembrance)|coming[\s-]+out[\s-]+(?:day|dag)|idahot\w*|roze\s+zaterdag|canal\s+parade|pride\s+walk)\b"
            r"(?!\s*-?(?:comit[eé]|committee|bestuur|board|organisatie|stichting|vrijwilliger\w*|volunteer\w*))",
        ),
        # an organisation's network, named with an article and nobody in it: "Het Pride-netwerk van ABN AMRO
        # sponsort", "verwijzen naar ons LHBTI+-netwerk" (not "zit in het Pride-netwerk", "leads the network")
        block(
            [SO, GI],
            r"(?<!\b(?:in|of|van|leads|leidt|runs|chairs|joined|joins|member\s+of|lid\s+van|voorzitter\s+van)\s)"
            r"\b(?:het|the|de|ons)\s+(?:pride|lhbt\w*\+?|lgbt\w*\+?|roze|regenboog|rainbow)[\s+-]*(?:network|"
            r"netwerk)\b(?!\s+(?:member|lid|chair|voorzitter|lead|trekker))",
        ),
        # an event the employer or its network hosts: "onze Pride-lunch", "Pride breakfast hosted by our ..."
        block(
            [SO, GI],
            r"\b(?:onze|our)\s+(?:jaarlijkse\s+|annual\s+)?(?:pride|lhbt\w*|lgbt\w*)[\s+-]*(?:lunch|breakfast|ontbijt|"
            r"borrel|party|feest|boot|drinks)\b|\b(?:pride|lhbt\w*|lgbt\w*)[\s+-]*(?:lunch|breakfast|ontbijt|borrel|"
            r"party|feest|boot|drinks)\b[^.;\n]{0,40}\b(?:hosted\s+by|georganiseerd\s+door|by\s+our|van\s+ons)\b",
        ),
        # an event organised as work: "organiseerde ik een iftar-diner en de Pride-afterparty voor klanten"
        block(
            [SO, GI],
            r"\b(?:organiseer\w*|organi[sz]e\w*)\b[^.;\n]{0,80}?(?:pride|lhbt\w*|lgbt\w*)[\w\s-]*?\b(?:voor\s+(?:klanten|het\s+"
            r"bedrijf|de\s+organisatie)|for\s+(?:clients|customers|the\s+company))\b",
        ),
        # an event the employer organises: "op 28 juni organiseren we weer een Pride-borrel"
        block(
            [SO, GI],
            r"(?:\b(?:organiseren|houden|vieren)\s+(?:we|wij)|\b(?:we|wij)\s+(?:\w+\s+)?(?:organiseren|houden|vieren|"
            r"organi[sz]e|host|hold|celebrate|run))\b[^.;\n]{0,40}?(?:lhbt\w*\+?|lgbt\w*\+?|roze|pride|regenboog)"
            r"[\s-]*\w*",
        ),
        # a text or a facility made neutral: "de vacaturetekst is genderneutraal herschreven"
        block(
            GI,
            r"\b(?:tekst|vacature\w*|taal|toilet\w*|formulier\w*|kleding|text|language|toilets?|forms?|"
            r"bathrooms?|uniforms?)\b[^.;\n]{0,30}\bgender[- ]?neutra\w*",
        ),
        block(
            [SO, GI],
            r"\b(?:jullie|your|our|onze|heeft|hebben|has|have|had|over|about|met|with)\s+(?:een\s+|an?\s+|het\s+|de\s+|"
            r"the\s+)?(?:actie[fv]e?\s+|active\s+)?(?:lhbt\w*\+?|lgbt\w*\+?|roze|pride|queer|transgender|regenboog)"
            r"[\s+-]*(?:\w+[\s-])?(?:netwerk|network|jongerenlijn|employee resource group|erg)\b",
        ),
        # session 18 look-alikes: an event or an index by name ("Pride Amsterdam", "the Workplace Pride
        # Benchmark", "the Stonewall Workplace Equality Index")
        block(
            SO,
            r"\b(?:workplace\s+)?pride\s+(?:amsterdam|benchmark|walk|month|maand|week|parade|event|festival)\b"
            r"|\bworkplace\s+pride\b|\bstonewall\s+(?:workplace\s+equality\s+index|index|top\s*100)\b",
        ),
        # session 19 look-alikes: a Pride gathering for everyone ("de Pride-borrel is vrijdag", "Pride drinks
        # are Friday")
        block(
            SO,
            r"\bpride[\s-]*(?:borrel|drinks|party|feest|lunch|quiz|viering|celebration|evenement|meet[\s-]?up|"
            r"bbq|picnic|picknick)\b(?=[^.;\n]{0,80}\b(?:iedereen|everyone|everybody|all\s+welcome)\b|\s+(?:is|are|starts?|"
            r"begint)\b[^.;\n]{0,40}\b(?:\d|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|"
            r"wednesday|thursday|friday|saturday|sunday|tomorrow|morgen)\b)",
        ),
    ],
    "en": [
        # session 26: a monitoring form's question before its answer ("Is your gender identity the same as the
        # sex you were registered at birth?")
        block(GI, r"\b(?:is|does)\s+your\s+gender\s+identity\s+(?:the\s+same\s+as|match)\b[^?\n]{0,60}\?"),
    ],
}
