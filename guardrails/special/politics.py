"""POLITICAL_OPINION and TRADE_UNION: parties, movements, stances, membership and union activity.

Party acronyms that are also ordinary words or other things (SP "service pack", CDA "customer data
analytics", DENK "denk je", Volt the unit, Labour the market) need a political cue in the same clause.
Works councils (ondernemingsraad, OR) are not unions. "union" in "European Union", "UNION ALL", "credit union"
and "party" in "third-party" or "partijen in de keten" are look-alikes.
"""

from __future__ import annotations

from guardrails.special.cues import TECH_TERMS
from guardrails.special.rules import Rule, block, compound, rule, words

POL = "POLITICAL_OPINION"
TU = "TRADE_UNION"

# Unambiguous Dutch party and youth-wing names (case-sensitive, may head a compound: "PVV-lid").
_NL_PARTIES = (
    r"(?:VVD|PVV|D66|GroenLinks(?:-PvdA)?|PvdA|PvdD|ChristenUnie|SGP|FvD|JA21|BBB|BoerBurgerBeweging|NSC|"
    r"50PLUS|BIJ1|JOVD|CDJA|JFVD|PerspectieF|Piratenpartij|"
    # session 25: Flemish parties ("op de lijst van N-VA", "lid van CD&V")
    r"N-VA|CD&V|Open\s?(?:VLD|Vld)|PVDA|Ecolo|Jong\s+N-VA)"
)
_NL_PARTIES_LONG = (
    r"(?:Forum voor Democratie|Partij voor de Dieren|Nieuw Sociaal Contract|Jonge Socialisten|"
    r"Jonge Democraten|Socialistische Partij|Christen-Democratisch Appèl|Partij van de Arbeid|"
    r"Staatkundig Gereformeerde Partij|Extinction Rebellion|Code Rood|Greenpeace-activist|Vlaams Belang|"
    r"Nieuw-Vlaamse Alliantie)"
)
_NL_AMBIGUOUS = r"(?:SP|CDA|DENK|Volt|GL|CU|Groen|Vooruit)"
_MOVEMENT = r"(?:XR|Extinction\s+Rebellion|Just\s+Stop\s+Oil|Letzte\s+Generation|Greenpeace)"
_NL_POL_CUE = (
    r"\b(?:lid|leden|\w*raadslid|wethouder|fractie\w*|stem\w*|kieslijst|partij\w*|campagne\w*|afdeling|"
    r"kader\w*|kandida\w+|politiek\w*|verkiezing\w*|Kamer\w*|gemeenteraad|Staten|bestuur|voorzitter|"
    r"actief voor|actief bij|volksvertegenwoordiger|senator|gedeputeerde|nest|lijst\w*|sympathisant\w*)\b"
)
_EN_PARTIES = (
    r"(?:Labour Party|Conservative Party|Conservatives|Tory|Tories|Lib Dems?|Liberal Democrats?|"
    r"Green Party|SNP|Plaid Cymru|Reform UK|UKIP|Democratic Party|Republican Party|Democrats?|Republicans?|"
    r"GOP|Young (?:Conservatives|Labour|Republicans|Democrats|Liberals|Greens|Socialists)|Libertarian Party|"
    r"MAGA|"
    r"Extinction Rebellion|Just Stop Oil|Sinn Féin|Sinn Fein|DUP)"
)
_EN_POL_CUE = (
    r"\b(?:vot\w+|member\w*|councillor|councilor|MP|candidate|campaign\w*|activist|supporter|canvass\w*|"
    r"donat\w*|joined|party|politic\w*|election\w*|elected|stood for|branch|ward)\b"
)

RULES: dict[str, list[Rule]] = {
    "nl": [
        # session 23: a rant on a political issue ("a rant about how the EU should be abolished", "begon over
        # kartelpartijen")
        rule(
            POL,
            r"\b(?:rant\w*|tirade|preek|ging\s+(?:\w+\s+)?los|begon\s+(?:\w+\s+){0,2}?over|had\s+het\s+(?:\w+\s+)?over|"
            r"went\s+on\s+(?:\w+\s+)?about|kept\s+(?:going\s+on|banging\s+on|talking)\s+about)\b[^.;\n]{0,40}?"
            r"\b(?:(?:how|why|that|hoe|dat|waarom)\s+)?(?:the\s+|de\s+|het\s+)?(?:EU|Brussel|immigrat\w+|immigratie|"
            r"migrants|migranten|asielzoekers|kartelpartijen|partijkartel|the\s+elite|de\s+elite|woke\w*|globalis\w+|"
            r"Brexit|abortion|abortus|Gaza|Isra[eë]l|klimaatgekte|klimaathysterie|climate\s+hoax|omvolking|"
            r"great\s+replacement)(?![\w-])(?:\s+(?:should|moet|moeten)\s+(?:be\s+)?(?:\w+\s+)?(?:abolished|afgeschaft|"
            r"weg|scrapped|stopped|gestopt|dicht))?",
            0.75,
        ),
        # session 22: party labels, candidacies and campaigns ("Card-carrying D66er", "Canvassed for the Lib
        # Dems", "basically a Thatcherite", "ran for the gemeenteraad", "I campaign for Scottish
        # independence", "heb me aangemeld bij de SP", "loopt mee bij de A12-blokkades")
        rule(
            POL,
            r"(?<![\w-])(?-i:D66ers?|Lib\s+Dems?|LibDems?|Thatcherites?|Blairites?|Corbynites?|Trumpists?)(?![\w-])"
            r"|\b(?:ran|run|running|stood|standing|stand)\s+(?:for|as\s+a\s+candidate\s+for)\s+(?:the\s+|de\s+)?"
            r"(?:gemeenteraad|council|city\s+council|parliament|provinciale\s+staten|tweede\s+kamer|waterschap)\b"
            r"|\b(?:campaign\w*|canvass\w*|activis\w*)\s+(?:for|against)\s+(?:\w+\s+)?(?:independence|brexit|remain|"
            r"leave|abortion\s+rights|climate\s+action)\b"
            r"|\b(?:aangemeld|ingeschreven)\s+(?:als\s+lid\s+)?bij\s+(?:de\s+)?(?-i:SP|PVV|VVD|CDA|D66|PvdA|GroenLinks|"
            r"BBB|NSC|FvD|PvdD|ChristenUnie|SGP|DENK|Volt|JA21)\b"
            r"|\b(?:loop|loopt|liep|liepen|ga|gaat|ging)\s+(?:\w+\s+){0,2}?mee\s+(?:bij|met|in)\s+(?:de\s+)?"
            r"[\w-]*(?:blokkade|demonstratie|demo|mars|protest)\w*",
            0.8,
        ),
        # a protest backed, its symbol, a conspiracy talked up, strong views on a political issue, a campaign
        # volunteered for: "staat achter de boerenprotesten", "een omgekeerde vlag", "'de omvolking'", "vocal
        # about Brexit", "Campaign volunteer, Bernie 2020"
        rule(
            POL,
            r"\b(?:staat|stond|staan)\s+(?:vierkant\s+|volledig\s+|helemaal\s+)?achter\s+(?:de\s+)?\w*protest\w*|"
            r"\bomgekeerde\s+(?:nederlandse\s+)?vlag\w*|\bomvolking\w*|\bgreat\s+replacement\b|"
            r"\b(?:vocal|outspoken|very\s+opinionated)\s+about\s+(?:brexit|immigration|the\s+government|trump|"
            r"abortion|gun\s+control|the\s+monarchy|climate\s+policy)\b",
            0.8,
        ),
        rule(
            POL,
            r"(?i:\b(?:campaign|campagne)\s+(?:volunteer|vrijwilliger)\b[,:]?\s+(?:for\s+)?)[A-Z][a-z]+\s+(?:19|20)\d\d\b",
            0.8,
            case=True,
        ),
        # a side taken on a contested issue: "a big Brexit supporter", "vind dat de monarchie afgeschaft moet
        # worden", "a staunch royalist"
        rule(
            POL,
            r"\b(?:brexit|remain|leave|monarchie|monarchy|republiek|republic)\s+(?:supporter|voter|campaigner|"
            r"aanhanger|stemmer|voorstander|tegenstander)\b|\b(?:voorstander|tegenstander|aanhanger|supporter|"
            r"opponent)\s+(?:of|van)\s+(?:\w+\s+){0,3}?(?:brexit|(?:the|de)\s+monarch\w*|(?:the|de)\s+republi\w*)\b|"
            r"\b(?:de\s+monarchie|the\s+monarchy)\s+(?:\w+\s+){0,2}?(?:afgeschaft|afschaffen|abolished)\b|"
            r"\babolish\w*\s+the\s+monarchy\b|\b(?:republikein\w*|royalist\w*|monarchist\w*|brexiteer\w*|remainer\w*)\b",
            0.75,
        ),
        rule(
            POL,
            r"\b(?:tijdens|bij|op|at|during)\s+(?:een|de|a|the)\s+(?:\w+\s+)?(?:klimaatactie\w*|klimaatprotest\w*|"
            r"klimaatmars|climate\s+(?:protest|march|strike|action))\b",
            0.75,
        ),
        # actions of a movement: "at the XR blockade", "loopt mee met Extinction Rebellion", "I march with
        # XR", "leafleting for the Repeal campaign", "flyeren voor de SP"
        rule(
            POL,
            words(
                _MOVEMENT + r"\s+(?:\w+\s+)?(?:blockade|blokkade|actie|action|protest|demo|march|mars)\w*",
                r"(?:march\w*|protest\w*|demonstr\w*|campaign\w*|marcheer\w*|loop|loopt|liep)\s+(?:with|met)\s+"
                + _MOVEMENT,
                r"(?:at|in|bij|op)\s+(?:the|de|een|a)\s+(?:XR|Extinction\s+Rebellion|Just\s+Stop\s+Oil)\s+\w+",
                r"(?:loopt|liep|lopen)\s+mee\s+met\s+(?:Extinction\s+Rebellion|XR|Greenpeace|Just\s+Stop\s+Oil)",
            ),
            0.8,
        ),
        rule(
            POL,
            r"(?<![\w])(?i:flyer\w*|folder\w*|leaflet\w*|canvass\w*)\s+(?:\w+\s+){0,3}?(?i:voor|for)\s+(?i:de|het|the)\s+"
            r"(?:[A-Z]{2,}\b|[A-Z]\w+\s+(?i:campaign|campagne)\b)",
            0.8,
            case=True,
        ),
        # an elected role for a party ("gemeenteraadslid voor Vooruit"), protests taken part in ("took part in
        # the 2020 opposition protests", "at the front of the #EndSARS protests", "after the X sit-in")
        rule(
            POL,
            r"\b(?i:gemeenteraadslid|raadslid|statenlid|kamerlid|wethouder|fractievoorzitter|burgemeester|"
            r"councillor|council\s+member|city\s+councilor|MP|MEP)\s+(?i:voor|namens|van|for|representing)\s+"
            r"(?:de\s+|the\s+)?[A-Z][\w'-]+",
            0.8,
            case=True,
        ),
        rule(
            POL,
            r"\b(?:taking|took|take|taken|takes|joined|joining|attended|marched\s+in|was\s+at|at\s+the\s+front\s+of|"
            r"nam|namen|deelgenomen)\s+(?:part\s+in|deel\s+aan)?\s*(?:the\s+|de\s+|a\s+|een\s+)?(?:\d{4}\s+)?"
            r"(?:#?[\w-]+\s+){0,2}?(?:protests?|demonstrations?|marches|sit-ins?|rall(?:y|ies)|occupations?|"
            r"demonstraties?|protesten|betogingen?|bezettingen?)\b"
            r"|#\w+\s+(?:protests?|marches|movement|demonstraties?)\b",
            0.75,
        ),
        # a protest named after its cause ("tijdens de Extinction Rebellion demo"); case-sensitive, since a
        # lower-cased word is no name (session 24: "zag de notificatie tijdens de demo" is a product demo)
        rule(
            POL,
            r"\b(?i:after|during|na|tijdens)\s+(?:(?i:the|de)\s+)?(?!(?i:the|de)\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+"
            r"(?i:sit-in|protest|demo|blockade|blokkade|march|mars)\b",
            0.75,
            case=True,
        ),
        # a stance stated of oneself ("ben vrij links"), an XR action, work on a politician's campaign
        rule(
            POL,
            r"\b(?:ik\s+ben|ben|hij\s+is|zij\s+is|ze\s+is|stem|stemt|stemde)\s+(?:vrij|erg|heel|best|nogal|"
            r"behoorlijk|echt|redelijk|altijd|gewoon)?\s*(?:links|rechts|progressief|conservatief)\b"
            r"(?!\s*(?:af|om|van|boven|onder|naast|achter|handig|voor|uit)\b)",
            0.75,
        ),
        rule(POL, r"\b(?i:met)\s+XR\b|\bXR[- ]?(?i:actie|acties|demo|blokkade)\w*", 0.8, case=True),
        # parties named with a role: "AAP volunteer", "an EFF branch secretary", "lid van de Vooruit-afdeling"
        rule(
            POL,
            r"\b(?:AAP|BJP|EFF|ANC|Vooruit|N-VA|Vlaams\s+Belang|PVDA|CD&V|Groen)[- ]"
            r"(?i:volunteer|member|lid|afdeling|branch|raadslid|councillor|activist)\w*|\b(?i:lid|member|volunteer|vrijwilliger|secretary|secretaris|chair|"
            r"voorzitter|raadslid|councillor)\b[^.;\n]{0,30}\b(?:AAP|BJP|EFF|ANC|Vooruit|N-VA|Vlaams\s+Belang)\b|"
            r"\b(?i:(?:i'm|im|i\s+am|he's|she's)\s+(?:very|quite|pretty|really|fairly|solidly|staunchly)\s+(?:left|right)"
            r"(?:[- ]wing)?)\b",
            0.75,
            case=True,
        ),
        rule(
            POL,
            r"\b(?:phone-?bank\w*|door-?knock\w*|canvass\w*|flyer\w*|folder\w*)\s+(?:for|voor)\s+[A-Z]\w+",
            0.75,
            case=True,
        ),
        rule(
            POL,
            r"\b(?i:(?:organi[sz]er|volunteer\w*|staffer|canvass\w*|intern|worked|campaigned|vrijwilliger)"
            r"(?:\s+(?:\w+\s+){0,3}?(?:for|on|voor|bij)\s+(?:the\s+|de\s+)?|,\s+))(?:[A-Z][\w'-]+\s+){1,3}"
            # (session 25: a role line with the race's year, "Field organiser, Bernie 2020 campaign")
            r"(?:(?:19|20)\d\d\s+)?(?i:(?:(?:presidential|re-?election|senate|mayoral|leadership)\s+)?(?:campaign|campagne))\b",
            0.8,
            case=True,
            # a commercial campaign: "worked on the Black Friday campaign"
            unless=r"(?i:\b(?:black\s+friday|cyber\s+monday|christmas|kerst|sale|marketing|brand|product|launch|"
            r"e-?mail|advert\w*|ads?|seo|ppc|revenue|omzet|sales|recruitment|werving|fundraising|holiday)\b)",
        ),
        # campaigning and protest as a participant
        rule(
            "POLITICAL_OPINION",
            words(
                r"(?:ge)?flyer(?:d|den|de|en) (?:\w+ ){0,3}(?:voor|for) (?:\w+ ){0,4}"
                r"(?:verkiezing\w*|elections?)",
                r"canvass(?:ed|ing)? (?:in|for|during) (?:\w+ ){0,3}(?:elections?|campaigns?|party)",
                r"(?:volunteered|worked|canvassed) (?:on|for) (?:[A-Z]\w+'s |the )?(?:\d{4} )?"
                r"(?:presidential |election |leadership )?campaign",
                r"Women's March",
                r"climate strikes?",
                r"klimaat~(?:staking|mars|marsen)",
                r"boeren~(?:protest|protesten|actie|acties)",
                r"Republikeins Genootschap",
                r"afschaffing van de monarchie",
            ),
            0.75,
            near=r"\b(?:i|i've|i'm|my|he|she|his|her|ik|mijn|hij|zij|ze|heb|heeft|attended|joined|meegedaan|"
            r"meegelopen|lid|member|schrijft|writes)\b",
        ),
        rule(POL, r"(?<![\w-])(?:\w+-)*" + _NL_PARTIES + r"(?:-\w+)*(?![\w-])", 0.85, case=True),
        rule(POL, r"(?<![\w])" + _NL_PARTIES_LONG + r"(?![\w])", 0.85),
        # session 25: a candidacy for a party by any name, local lists included, or a sympathy for a party
        # ("stond op de lijst van Leefbaar Lokaal", "lijstduwer voor Groen", "sympathisant van Vlaams Belang")
        rule(
            POL,
            r"\b(?i:(?:stond|staat|stonden|kandidaat|kandidate|verkiesbaar)\s+(?:\w+\s+){0,3}?op\s+de\s+"
            r"(?:kies)?lijst|lijstduwer|lijsttrekker|kandidaat-raadslid)\s+(?i:van|voor|bij)\s+"
            r"(?:(?i:de|het)\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}"
            # (a sympathy only for a party: "sympathisant van Ajax" is a football fan)
            r"|\b(?i:sympathisant(?:e)?\s+van)\s+(?:(?i:de|het)\s+)?(?:"
            + _NL_PARTIES
            + "|"
            + _NL_PARTIES_LONG
            + "|"
            + _NL_AMBIGUOUS
            + r")(?![\w-])",
            0.8,
            case=True,
        ),
        rule(
            POL,
            r"(?<![\w-])" + _NL_AMBIGUOUS + r"(?:-\w+)*(?![\w-])",
            0.8,
            case=True,
            near=_NL_POL_CUE,
            unless=r"\b(?:team|service pack|bestand|meter|\d+\s*Volt|Customer|Data)\b",
            window=50,
        ),
        rule(
            POL,
            words(
                r"(?:extreem|ultra|radicaal)[\s-]?(?:links|rechts)",
                r"(?:links|rechts)[\s-]?(?:radica\w+|extremist\w*|extreem)",
                # Demonstrating against a cause; "demonstreert producten voor klanten" is a sales demo.
                r"(?:demonstreerde|demonstreert|demonstreren|protesteerde|protesteert|protesteren)\s+"
                r"(?:\w+\s+){0,2}?tegen\s+\w+",
                r"(?:protesteerde|protesteert|protesteren)\s+voor\s+\w+",
                r"(?:links|rechts)[\s-]+(?:ge)?ori[eë]nteerd",
                r"(?:links|rechts)[\s-]+(?:conservatief|progressief|liberaal|radicaal|populistisch)",
                r"(?:linkse|rechtse) (?:ideeën|opvattingen|sympathieën|standpunten|hobby|activist\w*)",
                r"communist(?:e|en|isch|ische)?",
                r"socialist(?:e|en|isch|ische)?",
                r"anarchist(?:e|en|isch)?",
                r"(?:ben|is|zijn|te zijn|als|overtuigd|echte?)\s+(?:\w+\s+)?(?:republikein(?:s|se)?|"
                r"monarchist(?:e|en)?|royalist(?:e|en)?|pacifist(?:e|en)?)",
                r"(?:republikein(?:s|se)?|monarchist(?:e|en)?|royalist(?:e|en)?|pacifist(?:e|en)?)\s+"
                r"(?:te\s+zijn|is|ben|was|zijn)\b",
                r"anti-(?:monarchie|monarchaal|koningshuis|oorlog|immigratie|abortus|EU|NAVO|kapitalist\w*|"
                r"globalist\w*)",
                r"fascist(?:e|en|isch|ische)?",
                r"marxist(?:e|en|isch|ische)?",
                r"libertari[eë]r\w*",
                r"nationalist(?:e|en|isch|ische)?",
                r"(?!vakbond)\w*activist(?:e|en)?",
                r"politiek actief",
                r"politieke (?:voorkeur|overtuiging|kleur|opvattingen|partij|activiteiten|sympathie\w*)",
                r"partijlid\w*",
                r"lid van (?:een|de) politieke partij",
                r"pro-Palestina\w*",
                r"pro-Israël\w*",
                r"(?:demonstr\w+|protest\w*|mee)\s+(?:\w+\s+){0,3}?(?:tegen|voor)\s+(?:het kabinet|"
                r"de regering|abortus|klimaatbeleid|Israël|Palestina|racisme|de oorlog)",
                r"(?:stemt|stemde|stem|stemmen)\s+(?:\w+\s+){0,2}?(?:op\s+)?(?:de\s+)?"
                + r"(?:"
                + _NL_PARTIES
                + r"|"
                + _NL_AMBIGUOUS
                + r")",
            ),
            0.8,
            unless=r"\b(?:klimaatactivist(?:en)? in de klas)\b",
        ),
        # Taking part in a protest is a political opinion: "liep mee met het boerenprotest", "demonstreerde".
        rule(
            POL,
            words(
                r"(?:liep|loopt|lopen|liepen|ging|gaat|gingen|gaan|deed|doet|nam|neemt|sloot)\s+(?:\w+\s+){0,2}?"
                r"(?:mee\s+(?:met|aan|in|bij)|deel\s+aan|naar|aan\s+bij)\s+(?:de\s+|het\s+|een\s+)?"
                r"\w*(?:protest|demonstratie|betoging|klimaatmars|blokkade|bezetting)\w*",
                r"(?:fel|fervent|sterk|uitgesproken|principieel|erg|heel)\s+(?:tegen|voor)\s+(?:de\s+|het\s+)?"
                r"(?:immigratie|migratie|asielzoekers|vluchtelingen|abortus|euthanasie|de EU|Europa|"
                r"kernenergie|het kabinet|de regering|de monarchie|het koningshuis|het stikstofbeleid|"
                r"windmolens|de NAVO|Israël|Palestina|het kapitalisme|de islam)",
            ),
            0.75,
        ),
        # session 24: contempt for a political side ("niks moet hebben van die linkse klimaatgekkies", "can't
        # stand the woke left"), a cause taken up ("uitgesproken over de Palestijnse zaak", "the Kurdish
        # cause"), a protest organised ("organiseerde een demo voor de deur"; not a product demo for clients),
        # one's convictions by their creed ("because of my pacifist convictions")
        rule(
            POL,
            r"\b(?:(?:niks|niets)\s+(?:\w+\s+){0,2}?hebben\s+van|(?:een\s+)?hekel\s+aan|gruwel\w*\s+van|"
            r"can['’]?t\s+stand|cannot\s+stand|hates?|despises?)\s+(?:die\s+|de\s+|het\s+|the\s+|those\s+|all\s+)?"
            r"(?:linkse|rechtse|woke|left-wing|right-wing|leftist|rightist|progressive|conservative|socialist|"
            r"communist|fascist|liberal|the\s+left|the\s+right|links|rechts|lefties|righties)\w*"
            r"|\b(?:organiseerde|organiseert|organiseren|organised|organized|organises|organizes|organising|"
            r"organizing)\s+(?:een|de|a|the)\s+(?:\w+\s+)?(?:demo|demonstratie|protest|betoging|protestmars|"
            r"sit-in|rally)\b"
            r"|\b(?:my|his|her|their|mijn|zijn|haar|hun)\s+(?:pacifist\w*|anti-?war|anti-?militarist\w*|"
            r"socialist\w*|communist\w*|libertarian|anarchist\w*|political|politieke)\s+(?:convictions?|beliefs?|"
            r"views|principles?|ideals?|overtuiging\w*|principes|idealen|opvattingen)\b",
            0.75,
            unless=r"\b(?:klant\w*|clients?|customers?|prospects?|product\w*|software|app|tool|webinar|sales|"
            r"stakeholders|investeerders|investors|feature|release|sprint)\b",
        ),
        # a cause someone speaks or works for ("uitgesproken over de Palestijnse zaak", "zet zich in voor de
        # Koerdische zaak", "very vocal about the Palestinian cause"); not a cause in a news report
        rule(
            POL,
            r"\b(?:de\s+|the\s+)?(?:Palestijnse|Koerdische|Palestinian|Kurdish|Tibetaanse|Tibetan|Oekraïense|"
            r"Ukrainian|Saharaanse|Sahrawi|Baskische|Basque|Catalaanse|Catalan)\s+(?:zaak|cause|struggle|strijd)\b",
            0.75,
            near=r"\b(?:uitgesproken|actief|betrokken|zet\s+(?:zich|me|zich\s+al\s+\w+)\s+in|inzet|steun\w*|"
            r"support\w*|campaign\w*|vocal|outspoken|passionate|fights?|fought|activis\w*|voorvechter|"
            r"champion\w*|sympathi\w*|involved)\b",
            before_only=True,
        ),
    ],
    "en": [
        # session 26: a stance held firmly ("she's a staunch unionist", "a lifelong loyalist")
        rule(
            POL,
            r"\b(?:a|an)\s+(?:staunch|committed|lifelong|die-?hard|ardent|hardline|fervent)\s+(?:unionist|loyalist|"
            r"nationalist|republican)\b",
            0.8,
        ),
        # independence as a stance; a party voted for, the verb last ("dat hij op Forum stemt")
        rule(
            POL,
            r"\b(?i:(?:still|always|fiercely|strongly|proudly|firmly)\s+)?(?i:pro-independence)\b"
            r"|\b(?i:op)\s+(?:(?i:de|het)\s+)?(?:Forum|"
            + _NL_PARTIES
            + "|"
            + _NL_AMBIGUOUS
            + r")\s+(?i:stem|stemt|stemde|stemden|stemmen)\b",
            0.75,
            case=True,
        ),
        # a party role or campaign for a party named by its letters or name, and protest against a government:
        # "branch secretary for the Green Party", "knocked doors for the NDP", "fractieassistent voor GL",
        # "arrested for protest against the government", "actief in de oppositie"
        rule(
            POL,
            r"\b(?i:(?:branch|ward|constituency|youth\s+wing)\s+(?:secretary|chair\w*|treasurer|organi[sz]er)\s+"
            r"(?:for|of)\s+(?:the\s+)?|knock(?:ed|ing)?\s+(?:on\s+)?doors\s+for\s+(?:the\s+)?|canvass(?:ed|ing)?\s+"
            r"for\s+(?:the\s+)?|fractie(?:assistent|medewerker|"
            r"voorzitter|lid)\s+(?:voor|van)\s+(?:de\s+)?)(?:[A-Z]{2,5}\b|[A-Z]\w+(?:\s+[A-Z]\w+){0,2}\s+Party\b|"
            + _NL_PARTIES
            + "|"
            + _NL_AMBIGUOUS
            + r")"
            r"|\b(?i:protest(?:s|ed|ing)?\s+against\s+the\s+(?:government|regime)|demonstr\w+\s+tegen\s+de\s+"
            r"(?:regering|overheid)|(?:actief|active)\s+in\s+(?:de|the)\s+opposi\w+)\b",
            0.8,
            case=True,
            unless=r"\b(?:union|vakbond|negotiat\w*|onderhandel\w*|welfare|workers)\b",
        ),
        rule(
            POL,
            r"(?<![\w-])" + _EN_PARTIES + r"(?:\s+(?:member|councillor|councilor|MP|candidate|"
            r"activist|supporter|voter))?(?![\w-])",
            0.85,
            case=True,
            unless=r"\b(?:Democratic leadership|Republic of)\b",
        ),
        rule(
            POL,
            r"(?<![\w-])(?:Labour|Conservative|Green|Liberal|Labor)(?:\s+(?:Party|councillor|MP|candidate|"
            r"member|voter|supporter))?(?![\w-])",
            0.8,
            case=True,
            near=_EN_POL_CUE,
            window=40,
            unless=r"\b(?:market|costs?|law|relations|estimate|approach|energy|arts|inspectorate|shortage)\b",
        ),
        # "pro-Brexit", "anti-NATO": a stance on a named cause, unless the name is a technology ("anti-Java").
        rule(
            POL,
            r"(?<![\w-])(?:[Pp]ro|[Aa]nti)-(?!(?i:" + TECH_TERMS + r")\b)[A-Z][\w-]*",
            0.8,
            case=True,
            unless=r"\b(?:software|tool|tools|library|framework|plugin|pattern|patterns)\b",
            window=30,
        ),
        rule(
            POL,
            r"(?<![\w-])(?:PVV|VVD|D66|GroenLinks|PvdA|SGP|FvD|JA21|BBB)(?:-\w+)*(?![\w-])",
            0.85,
            case=True,
        ),
        rule(
            POL,
            words(
                r"(?:far|hard|extreme|radical)[- ](?:left|right)(?:-wing)?",
                r"(?:left|right)-wing(?:er)?",
                r"leftists?",
                r"rightists?",
                r"socialists?",
                r"communists?",
                r"anarchists?",
                r"libertarians?",
                r"marxists?",
                r"fascists?",
                r"(?:white )?nationalists?",
                r"progressive (?:politics|views|activist)",
                r"conservative (?:views|politics|values|activist)",
                r"liberal (?:views|politics)",
                r"pro-(?:choice|life|Palestin\w+|Israel\w*|Brexit) (?:activist|campaigner|supporter|views)?",
                r"anti-(?:Brexit|abortion|immigration|war|fascist) (?:activist|campaigner|protester|views)?",
                # a stance on a named cause: "pro-Brexit", "anti-NATO", "anti-capitalist", "feminist"
                r"(?:pro|anti)-(?:capitalis\w+|globalis\w+|racis\w+|fascis\w+|establishment|immigration|"
                r"abortion|choice|life|war|monarch(?:y|is\w+)|royalis\w+|union)",
                r"(?:I'm|I am|is|she's|he's|a|an|as a|proud) (?:\w+ )?(?:feminist|ecofeminist|"
                r"environmentalist|republican|monarchist|royalist|pacifist|eco-warrior|abolitionist)",
                r"(?:campaign|election|canvassing) (?:volunteer|worker|staffer|intern)s? (?:for|with|on)"
                r"(?: the)? [A-Z]\w+(?: [A-Z]\w+)?",
                r"(?:campaigned|canvassed|volunteered|leafleted|knocked on doors) (?:\w+ ){0,2}?for [A-Z]\w+"
                r"(?: [A-Z]\w+)?",
                r"campaigned\s+(?:\w+\s+){0,2}?against\s+(?:the\s+)?(?:\w+\s+)?(?:war|Brexit|austerity|"
                r"government|monarchy|immigration|abortion|fracking|nuclear\s+\w+|cuts|deportations?)",
                r"Stop the War",
                r"(?:Democratic|Republican|Labour|Tory|Conservative|Green)\s+(?:precinct|ward|county|party|"
                r"branch)\s+(?:captain|chair|secretary|officer|organi[sz]er|delegate|volunteer)",
                r"precinct captain",
                r"Brexiteer",
                r"Remainer",
                r"(?:climate|political|environmental|animal rights|human rights|peace|anti-war|"
                r"feminist) (?:activist|campaigner|protester)s?",
                r"(?:campaigned|canvassed|volunteered|voted|votes|vote) (?:\w+ ){0,2}?for (?:the )?"
                + _EN_PARTIES,
                r"voted (?:Labour|Conservative|Tory|Green|Reform|Leave|Remain|Republican|Democrat)",
                r"politically active",
                r"political (?:views|opinions|affiliation|beliefs|activism|leanings)",
                r"party (?:member|membership) of",
                r"member of the \w+ [Pp]arty",
                # (session 25: or the party itself, "I'm a card-carrying Green")
                r"card-carrying (?:party )?member",
                r"card-carrying\s+(?:Green|Labour|Tory|Conservative|Lib\s+Dem|LibDem|Democrat|Republican|socialist|"
                r"communist|libertarian|SNP|Reform|Trotskyist|Marxist)\w*",
                r"Black Lives Matter (?:protests?|activist|march)",
                r"(?:Trump|Biden|Harris|Obama|Sanders|Corbyn|Farage|Wilders|Baudet|Le Pen|Orbán|Starmer|"
                r"Sunak|Johnson|Omtzigt|Timmermans|Yeşilgöz|Van der Plas) (?:supporter|fan|voter|aanhanger|"
                r"stemmer)s?",
                r"(?:supporter|aanhanger|fan|voter|stemmer)s? (?:of|van) (?:Trump|Biden|Harris|Obama|"
                r"Sanders|Corbyn|Farage|Wilders|Baudet|Le Pen|Orbán|Starmer|Omtzigt|Timmermans)",
            ),
            0.8,
        ),
        rule(
            POL,
            words(
                r"(?:marched|marches|march|joined|joins|protested|protests|demonstrated|took part|"
                r"takes part)\s+"
                r"(?:\w+\s+){0,2}?(?:with|in|at|against)\s+(?:the\s+|a\s+)?(?:[\w']+\s+){0,2}?(?:protests?|"
                r"march|demonstrations?|rally|rallies|blockades?)",
                r"(?:local\s+)?(?:Conservative|Labour|Liberal Democrat|Lib Dem|Green Party|Reform UK)\s+"
                r"(?:association|branch|constituency party|club)",
                r"(?:protested|protests|protesting|demonstrated|demonstrating|marched|marching)\s+"
                r"(?:\w+\s+){0,2}?against\s+(?:the\s+)?\w+",
                r"(?:protested|protesting|marched|marching)\s+for\s+(?!the first|sale)\w+",
                r"(?:strongly|fiercely|vocally|staunchly|firmly)\s+(?:against|opposed to|supports?)\s+"
                r"(?:the\s+)?(?:immigration|abortion|Brexit|the EU|nuclear power|the monarchy|capitalism|"
                r"the government)",
            ),
            0.75,
        ),
        rule(
            POL,
            words(
                r"(?:joined|joins|join)\s+(?:the\s+|a\s+)(?:[\w']+\s+){0,2}?(?:protests?|march|demonstrations?|rally)"
            ),
            0.75,
        ),
    ],
}

_NL_UNIONS = (
    r"(?:FNV|CNV|VCP|AOb|NU'91|NVJ|AbvaKabo|ACP|NPB|FBZ|BBZ|VPDV|AVV|NOV|VNV|NVLT|Marechausseevereniging|"
    r"FNV'er|FNV'ers|CNV'er)"
)
_EN_UNIONS = (
    r"(?:UNISON|GMB|RMT|NEU|NUT|NASUWT|UCU|PCS|USDAW|Usdaw|CWU|Teamsters?|AFL-CIO|SEIU|UAW|AFT|IBEW|UFCW|"
    r"CWA|Amazon Labor Union|FNV|CNV|Unite the Union|TUC|AFSCME|NUJ|Equity union|RCN|BMA|RCM|NAHT|BALPA|"
    r"ASLEF|Prospect union|SAG-AFTRA|IWGB|IWW|UVW|NUM|FBU|POA|BECTU|Bectu|UNITE HERE|NNU|OPSEU|CUPE|SIPTU|"
    r"ANMF|"
    r"INMO|Fórsa|Forsa|CFMEU|MEAA|ABVV|ACV|ACLVB|NUMSA|COSATU)"
)

# Negotiating with unions for the employer is a job, not membership.
_EMPLOYER_SIDE = (
    r"\b(?:namens|on behalf of)\s+(?:de\s+|het\s+|the\s+)?(?:werkgevers?|bedrijf|directie|management|"
    r"organisatie|HR|employers?|company|firm|board)\b|\b(?:onderhandel\w*|overleg\w*|negotiat\w*|liais\w*|consult\w*)\s+(?:met|"
    r"with)\s+(?:de\s+|the\s+)?(?:vak)?(?:bonden|vakbonden|trade unions|unions)\b|\bcao-overleg\b"
)

UNION_RULES: dict[str, list[Rule]] = {
    "nl": [
        # session 22: unions by their short names and the roles held for them ("a paid-up Prospect member",
        # "onderhandelaar namens de VHP2", "RMT-elected H&S rep")
        rule(
            TU,
            r"(?<![\w-])Prospect\s+(?i:member|rep|representative)\b|(?<![\w-])VHP2\b"
            r"|\b(?i:onderhandelaar|kaderlid|afgevaardigde)\s+(?i:namens)\s+(?:de\s+)?[A-Z][\w-]+",
            0.75,
            case=True,
        ),
        # session 26: a union with an everyday name in a list of memberships ("Professional memberships: CIPD
        # (Associate) | Prospect | BCS")
        rule(
            TU,
            r"(?<=\b(?i:memberships?|member\s+of|lidmaatschappen|lid\s+van)\b[^.\n]{0,60}?[:|,;/]\s*)"
            r"(?:Prospect|Unite|Unison|Community|Accord|Nautilus|Aegis)(?=\s*(?:[|,;/]|$))",
            0.75,
            case=True,
        ),
        # session 24: a role a union gave one, by its name and a past participle; an Equity (actors' union)
        # member ("H&S Representative (Unison-appointed)", "RMT-elected rep", "FNV-gecertificeerd kaderlid",
        # "an Equity member"; not "private equity")
        rule(
            TU,
            r"(?<![\w-])(?:"
            + _EN_UNIONS
            + r"|"
            + _NL_UNIONS
            + r"|Unison|Unite|Equity|Prospect|De\s+Unie)-(?:elected|"
            r"appointed|nominated|backed|sponsored|accredited|trained|gekozen|benoemd|gecertificeerd|opgeleid)\b"
            r"|(?<![\w-])(?<!(?i:private)\s)Equity\s+(?i:member|members|membership|card|rep|representative|"
            r"minimum|rates?)\b",
            0.8,
            case=True,
        ),
        # session 23: dues paid to a union by name, a seat in a union's bargaining delegation, a name glossed
        # as a union ("betaal al jaren contributie aan De Unie", "zat in de onderhandelingsdelegatie voor de
        # cao", "Prospect (trade union for engineers)")
        rule(
            TU,
            r"\b(?i:betaal|betaalt|betaalde|betaalden|pay|pays|paid|paying)\s+(?:\w+\s+){0,3}?(?i:contributie|dues|subs)\s+"
            r"(?i:aan|to)\s+(?:(?i:de|het|the|my|mijn)\s+)?(?:FNV|CNV|VCP|De\s+Unie|AVV|NVJ|ACV|ABVV|ACLVB|Unite|"
            r"Unison|UNISON|GMB|RMT|Prospect|NEU|UCU|PCS|RCN|BMA|Usdaw|USDAW|CWU|(?i:vakbond|bond|union))\b"
            r"|(?<![\w-])[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}\s*\((?:(?i:a|de|the|een)\s+)?(?i:trade\s+union|"
            r"labou?r\s+union|vakbond)\b",
            0.8,
            case=True,
        ),
        rule(
            TU,
            r"\b(?:onderhandelingsdelegatie|onderhandelingsteam|cao-?delegatie|bargaining\s+(?:team|committee|"
            r"delegation))\s+(?:van|voor|of|for)\s+(?:de\s+|het\s+|the\s+)?(?:(?:laatste|nieuwe|vorige|huidige|last|"
            r"new|latest|current)\s+)?(?:cao|collective\s+agreement|pay\s+deal)"
            r"(?:\s+[A-Z][\w-]+)?",
            0.75,
            near=r"\b(?:FNV|CNV|VCP|vakbond\w*|bond|union|lid|member|kader\w*)\b",
            unless=_EMPLOYER_SIDE,
        ),
        # a German union by name: "active in ver.di's youth committee"
        rule(TU, r"(?<![\w.])ver\.di\b", 0.85),
        # one's own union, a delegate by the union's acronym, a strike led: "someone from my union", "the AMWU
        # delegate on site", "de kartrekker van de staking"
        rule(
            TU,
            words(
                r"(?:my|his|her|mijn|zijn|haar)\s+(?:trade\s+)?(?:union|vakbond|bond)",
                r"(?:kartrekker|leider|aanvoerder|organisator|leader|ringleader)\s+van\s+de\s+(?:staking|actie|"
                r"stakingen)|(?:ringleader|leader|organi[sz]er)\s+of\s+the\s+(?:strike|walkout)",
            ),
            0.8,
            unless=r"\b(?:ondernemingsraad|works\s+council|student|students|school)\b",
        ),
        # a union by its acronym: "the AMWU delegate on site", "member of AIBEA since 2015"
        rule(
            TU,
            r"(?<![\w-])[A-Z]{3,6}\s+(?i:shop\s+)?(?i:delegate|steward|chapter|branch\s+secretary)\b|"
            r"\b(?i:member\s+of)\s+[A-Z]{4,6}\s+(?i:since)\b",
            0.8,
            case=True,
            unless=r"\b(?:ondernemingsraad|works\s+council|student|students|school|UN|NATO)\b",
        ),
        # membership or office in a union named by its letters: "lid van de VNC", "MUA member", "branch
        # secretary of ASUU", "ACV-kandidaat bij de sociale verkiezingen"
        rule(
            TU,
            r"\b(?i:lid\s+van\s+(?:de\s+)?|member\s+of\s+(?:the\s+)?|(?:branch\s+)?(?:secretary|chair|rep|steward|"
            r"delegate|organi[sz]er)\s+(?:of|for)\s+(?:the\s+)?)(?:VNC|ACV|ABVV|ACLVB|MUA|ASUU|NLC|TUC|CGT|CFDT|"
            r"ver\.di|IG\s+Metall|VHTV|De\s+Unie|NVLT)\b"
            r"|\b(?:VNC|ACV|ABVV|ACLVB|MUA|ASUU|NLC|CGT|CFDT)[\s-](?i:member|lid|kandidaat|delegate|afgevaardigde|"
            # (session 27: the Belgian shop steward, "ACV-delegee", "syndicaal delegee van het ABVV")
            r"militant|rep|delegee|vakbondsafgevaardigde)\b",
            0.8,
            case=True,
        ),
        # "een jurist van zijn bond", "my union subs"
        rule(
            TU,
            r"\b(?:mijn|zijn|haar|z'n|m'n|hun)\s+bond\b|\b(?:my|his|her)\s+union\s+(?:subs|dues|rep|membership)\b|"
            r"\bvakbondscontributie\b|\b(?:shaft|shop)\s+steward\b|\bsyndica(?:al|le)\s+afgevaardigde\b|"
            r"\b(?:my|his|her)\s+local['’]s\s+bargaining\s+committee|\bsociale\s+verkiezingen\b",
            0.75,
            near=r"\b(?:jurist|lid|kader\w*|contributie|salaris\w*|cao|staking|onderhandel\w*|bijstaan|advocaat|"
            r"rechtshulp|subs|dues|rep|union)\b",
        ),
        rule(
            TU,
            compound(
                "vakbond",
                "vakcentrale",
                "bondslid",
                "bondsleden",
                "kaderlid",
                "kaderleden",
                "stakingsactie",
                "stakingskas",
                "stakingscomité",
                "stakingsleider",
            ),
            0.85,
            unless=_EMPLOYER_SIDE,
            # (session 24: also the union's people as the other side, "stakeholders als rechters en
            # vakbondsbestuurders")
            veto_tail=r"(?:eisen|eis|standpunten|standpunt|voorstellen|voorstel|overleg|akkoord|onderhandel"
            r"ingen|bestuurders|vertegenwoordigers|onderhandelaars|juristen)",
        ),
        rule(
            TU,
            r"(?<![\w-])(?:\w+-)*" + _NL_UNIONS + r"(?:[\s-](?:Metaal|Jong|Vakmensen|Zorg|Publiek|Handel|"
            r"Bouw|Schoonmaak|Havens|Overheid|Onderwijs|Senioren|Vrouwenbond|Jongeren|"
            r"Techniek))?(?:-\w+)*(?![\w-])",
            0.85,
            case=True,
        ),
        rule(
            TU,
            words(
                r"vakbond De Unie",
                r"lid (?:van )?De Unie",
                # session 27: a seat in its bodies ("lid ledenraad De Unie", "bestuurslid van De Unie")
                r"(?:lid|bestuurslid|voorzitter|secretaris)\s+(?:van\s+)?(?:(?:de\s+)?(?:ledenraad|"
                r"ledenparlement|bestuur|afdelingsbestuur|sectorraad)\s+(?:van\s+)?)?De Unie",
                r"lid van de bond",
                r"namens de (?:vak)?bond",
                r"on behalf of (?:the|my|our|his|her) union",
                r"lid van een bond",
                r"kader van de (?:vakbond|bond|FNV|CNV)",
                r"staak(?:t|te|ten)?\s+mee",
                r"(?:meege)?staakt",
                r"mee(?:gedaan)? (?:aan|met) de staking",
                r"(?:deed|doet|deden|doen) mee aan (?:de|een) staking\w*",
                r"(?:nam|neemt|namen|nemen) deel aan (?:de|een) staking\w*",
                r"deelname aan (?:de|een) staking\w*",
                r"stakers?",
                r"aan het staken",
                r"staken voor (?:een )?(?:betere )?(?:cao|lonen|loon)",
            ),
            0.8,
            unless=r"\b(?:Europese Unie|productie|activiteiten|werkzaamheden|project)\b",
        ),
        rule(
            TU,
            words(r"(?:is|ben|zit|zat|was|zijn|al)\s+(?:\w+\s+){0,2}?(?:bij|lid van)\s+de\s+bond"),
            0.75,
            unless=_EMPLOYER_SIDE,
        ),
        # Taking part in a strike: "staakte mee", "deed mee aan de staking".
        rule(
            TU,
            words(
                r"(?:staakte|staakten|staakt|staken)\s+(?:\w+\s+)?mee",
                r"(?:deed|nam|doet|neemt|deden|namen)\s+(?:\w+\s+)?(?:mee|deel)\s+aan\s+(?:de|een)\s+"
                r"(?:\w+\s+)?\w*staking(?:en)?",
            ),
            0.75,
            unless=_EMPLOYER_SIDE,
        ),
        # session 18: a union body ("on the bargaining committee for his IATSE local")
        rule(TU, r"\b(?:on|in|joined|chair\w*|member\s+of)\s+the\s+bargaining\s+committee\b", 0.8),
    ],
    "en": [
        # session 27: organising a union at one's workplace ("I organised the unionisation drive at my
        # previous café", "hielp de vakbondsafdeling op te richten")
        rule(
            TU,
            r"(?<=\b(?:organi[sz]ed|organi[sz]ing|led|leading|started|starting|launched|ran|running|joined|"
            r"helped\s+(?:to\s+)?(?:organi[sz]e|lead|run|start))\s+(?:the\s+|a\s+|our\s+)?)(?:unioni[sz]ation|"
            r"union(?:i[sz]ing)?|union\s+recognition)\s+(?:drive|campaign|effort|push|vote|ballot)\b"
            r"|\b(?:richtte|richtten|hielp|hielpen)\s+(?:\w+\s+){0,2}?(?:een\s+|de\s+)?(?:vakbondsafdeling|"
            r"vakbondskern|ondernemingsafdeling\s+van\s+de\s+bond)\s+(?:\w+\s+)?op\b",
            0.8,
        ),
        # a contact for the union at a workplace: "was contactpersoon voor de bond op de vestiging"
        rule(
            TU,
            r"\b(?:contactpersoon|aanspreekpunt|vertrouwenspersoon|vertegenwoordiger|contact)\s+(?:voor|van)\s+"
            r"de\s+(?:vak)?bond\b",
            0.75,
        ),
        # Membership told through a union's name: "member of the X Union of Y", "aangesloten bij de bond".
        rule(
            TU,
            r"(?<![\w-])(?:[Mm]ember of|[Aa]ctive in|[Jj]oined|rep for|steward (?:for|at)|[Ll]id (?:van|bij)|"
            r"actief (?:in|bij)|"
            r"aangesloten bij|ingeschreven bij)\s+(?:the\s+|de\s+|een\s+)?(?!(?:European|Student|Students'?|"
            r"Soviet|African|Credit|Christian|Universal|Europese)\b)(?:[A-Z][\w']*\s+){0,3}(?:Union|Unie|"
            r"Bond|bond|vakbond|[A-Z]\w*bond)(?:\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)?(?![\w-])",
            0.8,
            case=True,
        ),
        rule(
            TU,
            words(
                r"(?:trade|labou?r) unions?(?: member| rep| representative)?",
                r"union (?:member|members|membership|rep|reps|representative|steward|official|organi[sz]er|"
                r"organi[sz]ing|dues|card|activist|branch|meeting|leader|drive|convenor|delegate)s?",
                r"(?:the|my|his|her|a) union's \w+(?: committee)?",
                r"unioni[sz]ed",
                r"unioni[sz]ing",
                r"shop stewards?",
                r"picket(?:ing| line|ed)",
                # (session 23: not advice "on strike action")
                r"(?:on|went on|go on|joined the|joined a) strike(?!\s+(?:action|law|rules|ballots?|"
                r"procedures?|legislation|regulations?))",
                r"strike (?:action|committee|ballot|fund)",
                r"(?:member|members) of (?:the|a) union",
                r"joined (?:the|a) union",
                r"(?:active|organi[sz]ing) in (?:my|his|her|the|a) (?:trade )?union",
                r"collective bargaining (?:committee|team) (?:of|for) the union",
                r"card-carrying union member",
                r"(?:been|be|is|was|are|were) in (?:the|a) (?:trade )?union(?! of)",
            ),
            0.85,
            unless=r"\b(?:European Union|Soviet Union|credit union|African Union|customs union)\b|"
            + _EMPLOYER_SIDE,
        ),
        rule(TU, r"(?<![\w-])" + _EN_UNIONS + r"(?![\w-])", 0.85, case=True),
        rule(
            TU,
            # (session 25: not the student landlord, "Unite Students is the landlord for the grad housing")
            r"(?<![\w-])(?:Unite(?!\s+(?:Students|Group|Living)\b)|Unison|NEA)(?![\w-])",
            0.8,
            case=True,
            near=r"\b(?:members?|joined|reps?|representatives?|stewards?|for|union|branch|organi[sz]ers?|dues|"
            r"walkout|strike)\b",
            window=30,
            unless=r"\bUnite the (?:teams?|company|organisation|organization|people)\b",
        ),
        rule(
            TU,
            words(
                r"(?:I'm|I am|is|he's|she's|was|been|am|are|they're)\s+(?:\w+\s+)?in\s+"
                r"(?:the|a|his|her|my)\s+union",
                r"union (?:man|woman|guy|girl|person|stalwart)",
                r"[A-Z]{3,6} (?:rep|steward|representative)(?=[^.!?\n]{0,40}\bunion\b)",
            ),
            0.75,
            unless=_EMPLOYER_SIDE,
        ),
        rule(
            TU,
            words(
                r"(?:went|go|goes|going|was|were|been)\s+on\s+strike",
                r"(?:took part|takes part|joined|joins)\s+(?:in\s+)?(?:the|a)\s+(?:[\w']+\s+){0,2}?"
                r"(?:strike|walkout)",
                r"on the picket line",
                r"(?:involved|active)\s+(?:\w+\s+)?(?:with|in)\s+(?:the|his|her|their|a)\s+(?:local\s+)?union",
                r"(?:organi[sz]ed|led|organi[sz]ing|leading|called)\s+(?:the|a)\s+(?:\w+\s+)?(?:walkout|strike)",
                r"(?:cao|CAO)-?commissie",
            ),
            0.75,
            unless=_EMPLOYER_SIDE,
        ),
    ],
}

BLOCKS = {
    "nl": [
        # session 23 look-alike: the right everyone has to join a union ("Acme respects every employee's right
        # to join a trade union")
        block(
            TU,
            r"\bright\s+to\s+(?:join|form|organi[sz]e|be\s+a\s+member\s+of)\s+(?:a|an|the)\s+(?:trade\s+|labou?r\s+)?"
            r"unions?\b|\brecht\s+om\s+(?:lid\s+te\s+worden\s+van|zich\s+aan\s+te\s+sluiten\s+bij)\s+een\s+"
            r"vakbond\b|\bvakbondsvrijheid\b",
        ),
        # session 22 look-alike: union dues as a benefit for everyone ("vakbondscontributie kan
        # fiscaalvriendelijk verrekend worden")
        block(
            TU,
            r"\b(?:vakbondscontributie|union\s+(?:dues|subscriptions?))\s+(?:kan|kunnen|wordt|worden|can|may|is|are)\s+"
            r"(?:\w+\s+){0,3}?(?:verrekend|vergoed|fiscaal\w*|reimbursed|deducted|offset|paid)\b",
        ),
        # session 21 look-alike: a sports or games federation ("Lid van de Koninklijke Nederlandse
        # Schaakbond")
        block(
            TU,
            r"\b\w*(?:schaak|voetbal|hockey|tennis|atletiek|zwem|volleybal|basketbal|korfbal|judo|bridge|dam|golf|ski|"
            r"wielren|schaats|hengelsport|sport|turn|roei|zeil|handbal|badminton|tafeltennis)bond\b",
        ),
        # a union across the table from the employer: "bij de cao-onderhandelingen zat de FNV aan tafel"
        block(
            TU,
            r"\bzat(?:en)?\s+(?:de\s+)?[\w-]+(?:\s+en\s+(?:de\s+)?[\w-]+)?\s+aan\s+(?:de\s+)?"
            r"(?:onderhandelings)?tafel\b",
        ),
        # a role played in an exercise: "role-play as a union rep negotiating overtime"
        block(
            TU, r"\brole[- ]?play\w*\s+(?:as\s+)?(?:a\s+)?union\s+rep\w*|\brollenspel\s+als\s+\w*vakbond\w*"
        ),
        # the parties to a collective agreement: "de cao is afgesloten tussen de werkgevers en FNV, CNV"
        block(
            TU,
            r"\b(?:afgesloten|gesloten|akkoord|onderhandeld|agreed|signed)\s+(?:\w+\s+){0,3}?(?:tussen|between)\s+(?:de\s+|"
            r"the\s+)?(?:werkgevers?|employers?)\b[^.;\n]{0,60}",
        ),
        # a union as the other side of pay talks, or a strike announced as a public event: "morgen cao-overleg
        # met FNV en CNV", "strike action by rail unions on 14 March"
        block(
            TU,
            r"\b(?:cao|pay|wage|loon)[\s-]*(?:overleg|onderhandeling\w*|negotiations?|talks|deals?|akkoord\w*)\s+"
            r"(?:met|with)\s+[\w\s,&-]{0,40}|\bcao\b[^.;\n]{0,40}?\b(?:afgesloten|gesloten|overeengekomen|"
            r"onderhandeld)\s+met\s+[\w\s,&'-]{0,60}|\b(?:strikes?|stakingen|staking)\s+(?:action\s+)?(?:by|of|van|door)\s+(?:the\s+|de\s+)?"
            r"(?:\w+\s+)?(?:unions?|bonden|vakbonden|bond)\b",
        ),
        # session 24: talks with unions held for the employer ("ran the reorganisation consultation with FNV
        # and CNV on behalf of management", "namens de directie overleg gevoerd met FNV en CNV")
        block(
            TU,
            r"\b(?:consultations?|consultatie|overleg|negotiations?|onderhandelingen|talks|gesprekken|meetings?)\s+"
            r"(?:\w+\s+)?(?:met|with)\s+[\w\s,&-]{0,40}?\b(?:namens|on\s+behalf\s+of)\s+(?:de\s+|het\s+|the\s+)?"
            r"(?:werkgevers?|bedrijf|directie|management|organisatie|HR|employers?|company|firm|board)\b"
            r"|\b(?:namens|on\s+behalf\s+of)\s+(?:de\s+|het\s+|the\s+)?(?:werkgevers?|bedrijf|directie|management|"
            r"organisatie|HR|employers?|company|firm|board)\b[^.;\n]{0,40}?\b(?:met|with)\s+[\w\s,&-]{0,40}",
        ),
        # (session 23: not the EU as what someone wants abolished, "how the EU should be abolished")
        block(
            [POL, TU],
            r"\bEuropese Unie\b|(?<!-)\bEU\b(?!\s+(?:should|must|moet|moeten)\s+(?:be\s+)?(?:\w+\s+)?"
            r"(?:abolished|afgeschaft|opgeheven|weg|scrapped)\b)",
        ),
        block(POL, r"\b\d+\s*Volt\b|\bVolt-?meter\b|\bvoltmeter\b", case=False),
        block(TU, r"\bondernemingsraad\b|\bOR-lid\b"),
        # session 18 look-alikes: a member of a fan club, a leave rule in a collective agreement for all,
        # "hard right now"
        block(
            POL,
            r"\bcard-carrying\s+member\s+of\s+the\s+[\w\s-]{0,30}?(?:fan\s*club|fanclub)\b|\bhard\s+right\s+now\b",
        ),
        block(
            TU,
            r"\b(?:cao|collective\s+(?:labour\s+)?agreement)\b[^.;\n]{0,40}\b(?:vakbondsverlof|union\s+leave)\b",
        ),
    ],
    "en": [
        block(
            TU,
            r"\b(?:European|Soviet|African) Union\b|\bcredit union\b|\bUnion (?:Square|Jack|Pacific|"
            r"Station)\b|\bunion (?:type|types|find|operator|query|queries|all)\b",
        ),
        # "the union of two sets" (lower case); "National Union of Journalists" is a name.
        block(TU, r"\bUNION(?: ALL)?\b|\b[Uu]nion of (?![A-Z])", case=True),
        block(
            TU, r"\bstrike (?:a|the) balance\b|\bstruck (?:a|the) balance\b|\blucky strike\b|\bstrike price\b"
        ),
        block(
            POL,
            r"\bthird[- ]part(?:y|ies)\b|\b(?:Christmas|birthday|office|team) party\b|\bparty planner\b|"
            r"\bworking party\b|\bcounterpart(?:y|ies)\b",
        ),
        block(
            POL,
            r"\bLabou?r (?:market|costs?|law|relations|shortage|inspectorate)\b|\bconservative estimate\b|"
            r"\bLiberal Arts\b|\bdemocratic leadership\b|"
            # (session 26: a holiday, "the Labor Day sale campaign")
            r"\bLabou?r Day\b",
        ),
        # session 26 look-alikes: a surname spelt out ("hij heet Groen van achteren"), a union met across the
        # table ("Negotiated the new cao with FNV and CNV on behalf of management"), a union ruled out ("a
        # staunch unionist (NI politics, not trade union)")
        block(POL, r"\b[A-Z]\w+\s+van\s+achteren\b", case=True),
        block(
            TU,
            r"\b(?:negotiat\w*|onderhandel\w*)\b[^.;!?\n]{0,60}?\b(?:on\s+behalf\s+of|namens)\s+(?:the\s+|de\s+)?"
            r"(?:management|employer|werkgever\w*|directie|company|bedrijf|board)\b"
            r"|\bnot\s+(?:a\s+|the\s+)?trade\s+unions?\b",
        ),
    ],
}
