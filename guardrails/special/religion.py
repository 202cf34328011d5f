"""RELIGION: belief and its practice — affiliation, prayer, fasting, dress, diet, holidays, church roles.

Holidays that are largely secular in the Netherlands and the UK (Kerst/Christmas, Pasen/Easter) are not
flagged; religious holidays of practice are (Suikerfeest, Eid, Jom Kipoer, Diwali). Look-alikes: a first
name ("Christian Dior"), streets and towns ("Kerkstraat", "Kerkrade", "Church Street"), a field of study
("Religiewetenschappen", "Religious Studies"), a job or product ("developer evangelist", "Islamic finance"),
idioms ("in good faith", "ik geloof dat").
"""

from __future__ import annotations

from guardrails.special.rules import Rule, block, compound, rule, words

E = "RELIGION"
# Food trade after a dietary law is a job or a product, not a person's practice ("kosher slaughterer").
_FOOD_TRADE = (
    r"(?![\s-]*(?:slaughter\w*|butcher\w*|method|food|meat|kitchen|catering|restaurant|products?|"
    r"certification|supervisor|chef|cook|slager\w*|slacht\w*|vlees|keuken|producten|certificering))"
)

NL_STEMS = [
    "moslim",
    "islamiet",
    "islamitisch",
    "christen(?!sen)",
    "christelijk",
    "katholiek",
    "protestant",
    "gereformeerd",
    "adventist",
    "luthers",
    "lutheraan",
    "doopsgezind",
    "mennoniet",
    "remonstrant",
    "koptisch",
    "soenniet",
    "soennitisch",
    "sjiiet",
    "sjiitisch",
    "alevitisch",
    "ahmadi",
    "zoroastri",
    "jaïnis",
    "hervormde (?:kerk|gemeente)",
    "evangelisch",
    "evangelie",
    "pinkstergemeente",
    "jehova",
    "mormoon",
    "hindoe(?!sta)",
    "hindoeïs",
    "boeddhis",
    "atheïst",
    "atheïsme",
    "godsdienst",
    "religieus",
    "religieuze",
    "gelovig",
    "geloofsovertuiging",
    "levensovertuiging",
    "geloofsgemeenschap",
    "moskee",
    "synagoge",
    "gurdwara",
    "gebedsruimte",
    "gebedstijd",
    "gebedskleed",
    "vrijdaggebed",
    "ochtendgebed",
    # session 27: the other times of day ("een stille ruimte voor z'n middaggebed")
    "middaggebed",
    "middagsgebed",
    "namiddaggebed",
    "zondagsgebed",
    "avondgebed",
    "suikerfeest",
    "offerfeest",
    "ramadan",
    # session 26: its common misspelling ("Tijdens de ramadam vast ik")
    "ramadam",
    "vastenmaand",
    "iftar",
    "divali",
    "diwali",
    "jom kipoer",
    "pesach",
    "chanoeka",
    "poerim",
    "rosj hasjana",
    "vaisakhi",
    "sjabbat",
    "hoofddoek",
    "hidjab",
    "hijab",
    "boerka",
    "niqaab",
    "niqab",
    "keppeltje",
    "kippa",
    "koosjer" + _FOOD_TRADE,
    "kosher",
    "halal" + _FOOD_TRADE,
    "kerkkoor",
    "kerkganger",
    "kerkdienst",
    "kerkenraad",
    "kerkelijk",
    "kerklid",
    "kerkbezoek",
    "kerkgemeente",
    "catechisatie",
    "belijdenis",
    "vormsel",
    "eerste communie",
    "bar mitswa",
    "bat mitswa",
    "ouderling",
    "diaken",
    "dominee",
    "predikant",
    "pastoor",
    "rabbijn",
    "priester",
    "bedevaart",
    "hadj",
    "umrah",
    "koran",
    "bijbelstudie",
    "bijbelkring",
    "zondagsschool",
    "sikh",
]
NL_NEUTRAL_TAILS = (
    r"(?:straat|plein|laan|weg|rade|dijk|hof|pad|gracht|brink|gebouw|gebouwen|toren|wetenschappen|"
    r"wetenschap|studies|studie|hogeschool|school|scholen|universiteit|omroep|bank|bankieren|financiering|"
    r"markt|producten|vlees|slager|slagerij|catering|restaurant|supermarkt|winkel|toerisme|unie|leraar|"
    r"leraren|docent|campagne|campagnes|promotie|promoties|actie|acties|aanbieding|aanbiedingen|"
    # (session 24: an umbrella body as a client, "ik hielp een grote moskeekoepel")
    r"koepel|koepels|koepelorganisatie|koepelorganisaties)"
)
# Capitalised names of faiths, holidays and rites: case matters ("Lent" vs "lent", "Mass" vs "mass"; "pagan"
# but not the surname "Pagan").
EN_CASED = [
    r"pagan",
    r"Wiccan",
    r"Christians?(?! [A-Z][a-z]+)",
    r"Christianity",
    r"Catholics?",
    r"Catholicism",
    r"Protestants?",
    r"Anglican",
    r"Methodist",
    r"Baptist",
    r"Evangelical",
    r"Pentecostal",
    r"Mormons?",
    r"LDS",
    r"Jews?",
    r"(?:Greek|Russian) Orthodox",
    r"Orthodox (?:Jew|Jewish|Christian|church)",
    r"Quakers?",
    r"(?:Seventh-day )?Adventists?",
    r"Lutherans?",
    r"Presbyterians?",
    r"Calvinists?",
    r"Mennonites?",
    r"Amish",
    r"Episcopalians?",
    r"Unitarians?",
    r"Copts?",
    r"Coptic",
    r"Sunnis?",
    r"Shi(?:a|ite)s?",
    r"Alevis?",
    r"Ahmadi(?:yya|s)?",
    r"Zoroastrians?",
    r"Jains?",
    r"Baha'?is?",
    r"Lent",
    r"Eid(?: al-\w+)?",
    r"(?:attend|attends|attending|go to|goes to|Sunday) Mass",
    r"the Bible",
    r"Bible (?:study|group|class|reading|camp)",
    r"Passover",
    r"Sabbath",
    r"Shabbos",
    r"Jumu'?ah",
    r"Jummah",
    r"Sukkot",
    r"Navratri",
    r"Vesak",
    r"Holy Communion",
    r"(?:LDS|Mormon) mission",
]
EN_TERMS = [
    r"Muslims?",
    r"Islam",
    r"Islamic",
    r"Jehovah's Witness(?:es)?",
    r"Hindus?",
    r"Hinduism",
    r"Sikhs?",
    r"Sikhism",
    r"Buddhists?",
    r"Buddhism",
    r"Jewish",
    r"Judaism",
    r"atheists?",
    r"(?:an )?unbelievers?",
    r"non-?believers?",
    r"atheism",
    r"agnostic",
    r"Rastafarian",
    r"churchgoer",
    r"church(?:going| choir| service| member| elder| group| youth group| community| congregation)",
    r"(?:go|goes|going|went) to church",
    r"(?:my|his|her|their|our|local|the) church(?! street| road| lane)",
    r"mosque",
    r"synagogue",
    r"gurdwara",
    r"(?:Hindu|Buddhist|Sikh) temple",
    r"prayer room",
    r"parish\w*",
    r"altar (?:boy|girl|server)s?",
    r"rosary",
    r"(?:observes?|observing|keeps?|keeping) (?:the )?(?:Sabbath|Shabbat|Ramadan|Lent|kosher|halal)",
    r"(?:doesn't|does not|won't|will not|never|don't|do not) work on (?:Sundays?|Saturdays?|the Sabbath|"
    r"Shabbat)(?= for| because|[.,;]|$)",
    r"(?:daily|five daily|Friday) prayers?",
    r"(?:my|his|her|their) prayers?",
    r"prayer space",
    r"(?:Friday|daily|morning|evening) prayers?",
    r"prays",
    r"(?:I|we|they|to|and|he|she) pray(?! the| that| it)",
    r"praying",
    r"Ramadan",
    r"Diwali",
    r"Yom Kippur",
    r"Hanukkah",
    r"Chanukah",
    r"Rosh Hashanah",
    r"Shabbat",
    r"Vaisakhi",
    r"hajj",
    r"umrah",
    r"pilgrimage to Mecca",
    r"hijab",
    r"headscarf",
    r"niqab",
    r"burqa",
    r"turban",
    r"kippah",
    r"yarmulke",
    r"crucifix",
    r"halal" + _FOOD_TRADE,
    r"kosher" + _FOOD_TRADE,
    r"(?:my|his|her|their) faith",
    r"faith-based",
    r"religious(?! studies)",
    r"religion",
    r"devout",
    r"practi[cs]ing (?:Muslim|Christian|Catholic|Jew|Hindu|Sikh|Buddhist)",
    r"Sunday school",
    r"bapti[sz]ed",
    r"bar mitzvah",
    r"bat mitzvah",
    r"imam",
    r"rabbi",
    r"pastor",
    r"priest",
    r"vicar",
    r"deacon",
    r"Quran",
    r"Koran",
    r"born-again",
    r"(?:evangelical|pentecostal|baptist|methodist|catholic|anglican|protestant|orthodox|"
    r"reformed) (?:church|congregation|community|faith|upbringing|family|background)",
]

RULES: dict[str, list[Rule]] = {
    "nl": [
        # session 22: a temple or gurdwara one attends, prayer by its Arabic name, humanism as one's
        # conviction ("very involved at her local mandir", "a quiet room for salah", "he's a committed
        # humanist")
        rule(
            E,
            r"\b(?:her|his|my|their|local|haar|zijn|mijn|hun)\s+(?:local\s+)?(?:mandir|gurdwara|gurudwara)\b"
            r"|\b(?:for|voor|tijdens|during|doing|doen|pray|bidden|perform\w*)\s+(?:the\s+|de\s+|het\s+)?"
            r"(?-i:salah|salat|namaz)\b"
            r"|\b(?:committed|convinced|overtuigd|practising|practicing)\s+(?:humanist|atheist|agnostic|humanisti\w*)\b",
            0.8,
        ),
        # where one prays: "naar de sjoel", "mijn salaat doen"
        rule(
            E,
            r"\bnaar\s+(?:de\s+)?sjoel\b|\b(?:mijn|zijn|haar|my|his|her)\s+(?:salaat|salat|salah|namaz)\b",
            0.8,
        ),
        # worship and practice in other words: "at shul", "keeping roza", "the Sabarimala pilgrimage"
        rule(
            E,
            words(
                r"(?:at|to|in|naar|de)\s+shul",
                r"(?:keeping|keep|keeps|kept|houd|hou|houdt)\s+(?:the\s+)?roza\w*",
                r"(?:\w+\s+)?(?:pilgrimage|pelgrimstocht|bedevaart|hajj|umrah)",
            ),
            0.8,
            unless=r"\b(?:tour|toerisme|tourism|travel\s+agency|reisbureau|organi[sz]\w*\s+(?:for|voor)\s+(?:clients|"
            r"klanten))\b",
        ),
        # a festival kept at home or a congregation named as one's own: "Wij vieren thuis altijd Divali",
        # "member of RCCG", "I'm Free Church"
        rule(
            E,
            r"\b(?:vieren|vier|viert|vierden|celebrate|celebrates|celebrated|keep|observe|observes)\s+(?:\w+\s+){0,3}?"
            r"(?:Divali|Diwali|Holi|Vaisakhi|Eid|Suikerfeest|Offerfeest|Pesach|Passover|Chanoeka|Hanukkah|Keti\s+Koti|"
            r"Navratri|Ramadan|Yom\s+Kippur|Jom\s+Kipoer|Rosj\s+Hasjana|Lent|Vastentijd)\b"
            r"|\b(?:member|lid|deacon|elder|ouderling|diaken)\s+(?:of|van)\s+(?:the\s+|de\s+)?(?:RCCG|Winners['’]?\s+Chapel|"
            r"Deeper\s+Life|Hillsong|LDS|Jehovah['’]s\s+Witnesses|Jehova['’]s\s+Getuigen|PKN|Gereformeerde\s+Kerk\w*)\b"
            # (session 26: also said of someone, "ze is vrijgemaakt")
            r"|\b(?:i'm|i\s+am|ik\s+ben|(?:ze|zij|hij)\s+is)\s+(?:a\s+|an\s+)?(?:Free\s+Church|Wee\s+Free|Church\s+of\s+Scotland|"
            r"Presbyterian|Methodist|Baptist|Pentecostal|Anglican|Lutheran|Quaker|Mormon|Adventist|Evangelical|"
            r"evangelisch|gereformeerd|hervormd|vrijgemaakt)\b",
            0.8,
        ),
        # session 23: an article of faith named as one's own ("how the rule works with my dastaar")
        rule(
            E,
            r"\b(?:my|his|her|their|mijn|m'n|zijn|z'n|haar|hun)\s+(?:dastaar|dastar|dumalla|patka|kirpan|kara|kippah|"
            r"keppel\w*|kipa|niqab|boerka|burqa|tulband|turban)\b",
            0.8,
        ),
        rule(
            E,
            r"\b(?:wear|wears|wearing|wore|draag|draagt|dragen|droeg)\s+(?:a\s+|een\s+|my\s+|mijn\s+)?(?:\w+\s+)?"
            r"(?:dastaar|dastar|kara|kirpan|turban|tulband|patka|kippah|keppel|kipa|hijab|niqab|boerka|burqa)\b"
            r"(?:\s+(?:and|en)\s+(?:a\s+|een\s+)?(?:dastaar|dastar|kara|kirpan|turban|tulband|patka)\b)?",
            0.8,
        ),
        # a mission served for one's church: "Growing up Mormon, I served a two-year mission"
        rule(
            E,
            r"\b(?:served|serving|on|diende|op)\s+(?:a|my|een|mijn)\s+(?:[\w-]+\s+)?(?:mission|zending)\b",
            0.75,
            near=r"\b(?:mormon\w*|lds|church|kerk|zending|missionar\w*)\b",
        ),
        rule(
            E,
            compound(*NL_STEMS),
            0.85,
            veto_tail=NL_NEUTRAL_TAILS,
            unless=r"\b(?:studeerde|studie|scriptie|docent|onderzoek naar|adviseert|adviseur|bankieren)\b",
            window=50,
        ),
        rule(
            E,
            words(
                r"(?:naar|in) de (?:kerk|moskee|synagoge|tempel|mis|nachtmis)",
                r"nachtmis",
                r"kerstnachtdienst",
                r"lid van (?:de|een) (?:kerk|geloofsgemeenschap|moskee|gemeente)",
                r"(?:mijn|zijn|haar|hun|het) geloof",
                r"(?:zijn|haar|mijn|hun) religie",
                r"religie",
                r"geloofs\w+",
                r"bid(?:t|den)",
                r"gebed(?:en)?",
                r"(?:draagt|droeg|dragen|draag) een (?:tulband|kruisje|keppeltje|sluier)",
                r"Jood(?:se)?",
                r"joods",
                r"Joden",
                r"Jehova's getuigen?",
                r"PKN",
                r"(?:hindoeïstische|boeddhistische|sikh) tempel",
                r"imam",
                r"agnost(?:icus|isch|ische|en)?",
                r"baptist(?:en|isch|ische)?",
                r"gedoopt(?!\s+tot)",
                r"sabbat",
                r"(?:werk|werkt|werken|werkte)\s+(?:nooit\s+|niet\s+)(?:op\s+)?(?:zondag|"
                r"zon- en feestdagen|de sabbat)",
                r"zondagsrust",
                r"zondagsheiliging",
                r"parochi\w+",
                r"misdienaar\w*",
                r"biecht\w*",
                r"rozenkrans",
                r"vrijdagmiddaggebed",
                r"(?:het|mijn|zijn|haar) (?:gebed|gebeden|salat|namaz)",
                r"salat",
                r"namaz",
                r"zakat",
                r"zendingswerk",
                r"(?:draagt|droeg|dragen|draag) een keppel",
            ),
            0.8,
            unless=r"\b(?:studeerde|scriptie|Joodse afkomst)\b",
            window=40,
        ),
        # session 24: a church role held, "koster op zondag"; in lower case only, since "Koster" is a surname
        rule(E, r"\b(?:koster|kosteres)(?=\s+(?:op|in|bij|van|voor|en)\b|\s*[,;(]|$)", 0.75, case=True),
        rule(
            E,
            words(r"vast(?:en|t|te|ten)", r"aan het vasten"),
            0.8,
            near=r"\b(?:ramadan|geloof|religie|suikerfeest|vastenmaand|Jom Kipoer|vastentijd|Pasen)\b",
        ),
        # Practice without a named faith: "Hij vast deze maand", "ik bid vijf keer per dag".
        rule(
            E,
            r"(?:^|(?<=[.!?,;:]\s)|(?<=\b(?:en|maar|want|omdat|dat|die)\s))(?:ik|hij|ze|zij|we|wij|jij|je)\s+"
            r"vast(?:en|t)?(?!\s+(?:wel|niet|al|ook|nog|een|het|de|zeker|gedaan|gezien|gehoord|gelezen|"
            r"contract|aan|te|in|op|zitten|gezeten|gelegd|gesteld|gehouden|gezet|staan|gemaakt))\b",
            0.75,
        ),
        rule(
            E,
            words(
                r"vast(?:en|t|te)?\s+(?:deze maand|dit jaar|tijdens|overdag|tot zonsondergang|elk jaar)",
                r"(?:ik|jij|je)\s+bid",
                r"praktiserend\w*(?=\s*(?:[.,;!?)]|$|en\b|als\b))",
            ),
            0.75,
        ),
        # session 18: "Refo achtergrond" (reformed Protestant), said as shorthand
        rule(E, r"\brefo(?:\s+achtergrond|[\s-](?:gezin|school|kerk|milieu|dorp))\b", 0.8),
    ],
    "en": [
        # session 27: a member of a named congregation, or a role in it ("youth leader at St Mark's Church",
        # "lid van de Pauluskerk", "St Mark's Church, where I've been a member for ten years")
        rule(
            E,
            r"\b(?i:member|members|lid|youth\s+leader|elder|deacon|churchwarden|warden|usher|choir\s+member|"
            r"jeugdleider|ouderling|diaken|koorlid)\s+(?i:of|at|van|bij)\s+(?:(?i:the|de|het|my|mijn)\s+)?"
            r"(?:(?:St|Saint|Sint)\.?\s+)?(?:[A-Z][\w'’-]+\s+){0,3}(?:Church|Chapel|Parish|Cathedral|Mosque|"
            r"Masjid|Synagogue|Temple|Gurdwara|Mandir|\w*[Kk]erk|Moskee|Synagoge|Parochie)\b"
            # (not a longer name or a body's unit: "the Temple Bar Association", "the Church of England's
            # digital team")
            r"(?!\s+[A-Z]|['’]s|\s+of\s+[\w ]{1,30}['’]s\b)"
            r"|\b(?:(?:St|Saint|Sint)\.?\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:Church|Chapel|Parish|Cathedral|Mosque|"
            r"Masjid|Synagogue|Temple|Gurdwara|Mandir),?\s+(?i:where)\s+(?i:I|I['’]ve|I\s+have|he|she|he['’]s|she['’]s|"
            r"he\s+has|she\s+has)\s+(?i:been\s+)?(?i:an?\s+)?(?i:member|attending|worshipp\w*|attended)\b",
            0.8,
            case=True,
        ),
        # observant of a faith named in the same clause: "it's Yom Kippur and he's observant"
        rule(
            E,
            r"\b(?:he's|she's|he\s+is|she\s+is|i'm|i\s+am|they're|they\s+are)\s+(?:\w+\s+)?(?:observant|devout)\b",
            0.8,
            near=r"\b(?:yom\s+kippur|sabbath|shabbat|ramadan|eid|church|mosque|synagog\w*|kosher|halal|jewish|muslim|"
            r"christian|catholic|hindu|sikh|faith|religio\w*|rosh\s+hashanah|passover|lent|diwali)\b",
        ),
        rule(
            E,
            words(*EN_TERMS),
            0.85,
            unless=r"\b(?:studies|studied|study of|finance|banking|thesis|course on|evangelist)\b",
            window=40,
        ),
        rule(
            E,
            words(*EN_CASED),
            0.85,
            case=True,
            unless=r"\b(?:studies|studied|study of|finance|banking|thesis|course on|evangelist)\b",
            window=40,
        ),
        rule(
            E,
            words(r"fast(?:s|ing|ed)?"),
            0.8,
            # (session 23: the month misspelt or transliterated, "Ramadam", "Ramzan")
            near=r"\b(?:Ramada[nm]|Ramadhan|Rama[zd]an|Ramzan|Lent|Yom Kippur|religio\w+|faith|Eid)\b",
        ),
        # Fasting or praying as practice, without a named faith: "He's fasting this month".
        rule(
            E,
            words(
                r"(?:I'm|I am|he's|she's|they're|is|am|are|been|was)\s+(?:\w+\s+)?fasting(?!\s+from\b)"
                r"(?!\s+(?:for|before)\s+"
                r"(?:a|the|my|his|her)\s+(?:blood|test|surgery|procedure|scan))",
                r"fasts?\s+(?:during|this month|every year|until sunset|from dawn)",
                r"(?:I|he|she|they)\s+prays?\s+(?:\w+\s+){0,2}?(?:times|daily|every)",
                r"(?:don't|do not|doesn't|does not|won't|never)\s+work\s+(?:on\s+)?(?:Sundays|the Sabbath)",
            ),
            0.75,
            unless=r"\b(?:intermittent|diet|glucose|cholesterol)\b",
        ),
    ],
}

_FESTIVAL = (
    r"(?<![\w-])(?:Divali|Diwali|Holi|Eid|Suikerfeest|Offerfeest|Ramadan|Pesach|Passover|Chanoeka|Hanukkah|"
    r"Navratri|Vaisakhi)\w*"
)
_TRADE_SEASON = (
    r"\b(?:piek\w*|peak|footfall|bestellingen|omzet|drukte|rush|openingstijden|opening\s+hours|langer\s+open|"
    r"open\s+late|winkels|stores|shops|retail|seizoen\w*|season\w*|fortnight)\b"
)

BLOCKS = {
    "nl": [
        # session 21 look-alikes: a meal option for an event ("koosjere en halal catering", "kosher and halal
        # options"), a house of worship built ("construction of a new mosque"), a holiday named before its
        # date ("Het Suikerfeest valt dit jaar begin april"), prayer and devotion as figures of speech ("te
        # bidden dat de demo zou werken", "an almost religious devotion"), headscarves among goods for sale
        block(
            E,
            r"\b(?:halal|koosjere?|kosher)(?:\s+(?:and|en|&|or|of)\s+(?:halal|koosjere?|kosher))?[\s-]+(?:catering|options?|"
            r"opties?|menu\w*|meals?|maaltijden|lunch\w*|food|eten|dishes|gerechten)\b"
            r"|\b(?:construction|renovation|restoration|design|building|bouw|renovatie|restauratie|ontwerp)\s+(?:of|van)\s+"
            r"(?:a|an|the|de|het|een)\s+(?:new\s+|nieuwe\s+)?(?:church|mosque|synagogue|temple|kerk|moskee|synagoge|tempel)\b"
            r"|\b(?:suikerfeest|offerfeest|eid(?:\s+al-\w+)?|diwali|divali|chanoeka|hanukkah|pesach|passover|ramadan|"
            r"yom\s+kippur|vesak)\s+(?:valt|vallen|falls?|begint|starts?)\s+(?:dit|this|next|volgend|in|op|on|early|late|"
            r"begin|eind|half|midden|around|rond)\b[^.?!\n]{0,30}"
            r"|\b(?:pray(?:ing|ed)?|bidden|baden)\s+(?:that\s+|dat\s+)?(?:the|de|het|our|onze|it)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:would|will|zou|zal|works?|werkt|werkte)\b"
            r"|\b(?:almost|practically|near-?|quasi-?|bijna|haast)\s*(?:religious|religieuze?)\b"
            r"|\b(?:sjaals|mutsen|scarves|hats|accessoires|accessories)\b[^.;\n]{0,30}\b(?:hoofddoeken|headscarves)\b"
            r"|\b(?:hoofddoeken|headscarves)\b[^.;\n]{0,30}\b(?:sjaals|mutsen|scarves|hats)\b",
        ),
        # session 22 look-alikes: a holiday as the reason for a quiet week ("Door Suikerfeest en Hemelvaart
        # zijn er die week weinig interviewers"), a shop's Sunday closing, "spray and pray", a halal option
        # among gift packages
        block(
            E,
            r"\b(?:door|vanwege|rond|rondom|i\.?v\.?m\.?|tijdens|because\s+of|due\s+to|around|during|over)\s+(?:het\s+|de\s+|"
            r"the\s+)?(?:suikerfeest|offerfeest|eid(?:\s+al-\w+)?|diwali|divali|chanoeka|hanukkah|pesach|passover|ramadan|"
            r"pasen|easter|kerst|christmas|pinksteren|hemelvaart|yom\s+kippur)(?:\s+(?:en|and|&)\s+\w+)?\s+(?:\w+\s+){0,3}?"
            r"(?:zijn\s+er|is\s+er|are\s+there|there\s+are|gesloten|closed|dicht)\b"
            r"|\bzondagsrust\b(?=[^.!?\n]{0,60}\b(?:winkel|shop|store|kantoor|office|bedrijf|zaak|vestiging)\b"
            r"[^.!?\n]{0,30}\b(?:gesloten|dicht|closed))"
            r"|\bspray\s+(?:and|&|'n'?|n)\s+pray\b"
            r"|\b(?:kiezen\s+uit|keuze\s+uit|choose\s+(?:from|between)|choice\s+of|options?\s*:)[^.!?\n]{0,80}\b"
            r"(?:halal|kosher|koosjer)[\w-]*",
        ),
        # ceremonies organised as work, holidays as a policy: "Hindu and Sikh ceremonies", "christelijke
        # feestdagen"; a network hosting a festival meal: "organiseert het diversiteitsnetwerk een iftar"
        block(
            E,
            r"\b(?:hindu|sikh|muslim|islamic|islamitische|jewish|joodse|christian|christelijke|catholic|katholieke|"
            r"buddhist|boeddhistische|humanist)(?:\s+(?:and|en|or|of)\s+\w+)?\s+(?:ceremonies|weddings|funerals|"
            r"festivals|holidays|feestdagen|bruiloften|uitvaarten|ceremonies)\b|"
            r"\b(?:organiseert|organiseerde|organises|organised|organizes|organized|hosts|hosted)\s+(?:het|de|the|our|"
            r"ons|onze)\s+(?:\w+\s+)?\w*(?:netwerk|network|team|bedrijf|company|afdeling|department)\s+(?:een|an?)\s+"
            r"(?:\w+\s+)?(?:iftar|suikerfeest|diwali|divali|eid|chanoeka|hanukkah)\w*",
        ),
        # a festival as a season of trade: "een piek in bestellingen rond het Suikerfeest", "retail footfall
        # is up over the Eid weekend", "tijdens de ramadan zijn onze winkels langer open"
        block(
            E,
            _FESTIVAL
            + r"[^.;\n]{0,80}?"
            + _TRADE_SEASON
            + "|"
            + _TRADE_SEASON
            + r"[^.;\n]{0,80}?"
            + _FESTIVAL,
        ),
        # a festival as the theme of a piece of work: "the Diwali campaign for Tesco", "de Ramadan-campagne"
        block(
            E, _FESTIVAL + r"[\s-]+(?:\w+\s+)?(?:campaigns?|campagnes?|promotions?|promoties?|adverts?|ads)\b"
        ),
        block(E, r"\bChristian\s+(?:Dior|Louboutin|Lacroix|[A-ZÀ-Þ][a-zà-ÿß]+)\b", case=True),
        # a faith as a figure of speech: "Scrum is bijna een religie voor hem", "testing is a religion to her"
        block(
            E,
            r"\b(?:(?:almost|practically|like|bijna|haast|echt|als|a\s+kind\s+of|een\s+soort)\s+(?:a\s+|een\s+)?|"
            r"(?:is|was)\s+(?:a\s+|een\s+))(?:religion|religie|geloof)\s+(?:for|to|voor|bij)\b|"
            # "a religious follower of TDD", "the high priest of Kubernetes", "het evangelie van clean code"
            r"\b(?:religious|religieuze?)\s+(?:follower|aanhanger|devotee|fan|believer|gelovige)\s+(?:of|van)\b|"
            r"\b(?:high\s+)?priest(?:ess)?\s+of\s+(?!(?:the\s+)?(?:church|parish|kerk|temple|tempel)\b)|"
            r"\bhogepriester\w*\s+van\b|\b(?:gospel|evangelie)\s+(?:of|van)\s+(?!(?:jesus|jezus|christus|christ|"
            r"matte[uü]s|marcus|lucas|johannes|matthew|mark|luke|john|thomas)\b)",
        ),
        block(
            E,
            r"\b(?:Christelijke|Katholieke|Protestants-Christelijke|Protestantse|Islamitische|"
            r"Gereformeerde)\s+(?:\w+\s+)?(?:Hogeschool|Universiteit|Scholengemeenschap|Basisschool|School|"
            r"Omroep)\b",
        ),
        block(E, r"\bislamitisch\w*\s+(?:bankieren|financieren|financiering|banken)\b"),
        block(
            E,
            r"\b(?:halal|koosjere?|kosher)[\s-]+(?:slagerij|slager|restaurant|catering|winkel|supermarkt|"
            r"vlees|producten|food|toko|butcher|shop|store|products|meat|certification|certificering)\b",
        ),
        block(
            E,
            r"\b(?:church|mosque|synagogue|temple|kerk|moskee|synagoge)[\s-]+(?:renovation|restoration|"
            r"building|construction|project|website|booking|roof|architecture|tower|renovatie|restauratie|"
            r"gebouw|dak|toren|website)\b",
        ),
        block(E, r"\bChristenUnie\b"),
        # session 25: "kosher" as "above board" ("dat contract is niet helemaal koosjer", "the deal isn't
        # kosher")
        block(
            E,
            r"(?<!\b(?:eet|eten|at|aten|eat|eats|ate|keeps?|houdt)\s+)\b(?:niet|not|isn['’]t|geen)\s+(?:(?:helemaal|echt|zo|erg|100%|quite|entirely|totally|really|very)\s+)?"
            r"(?:koosjer|kosher)\b",
        ),
        block(E, r"\bik geloof\b|\bgeloof (?:me|mij|het|dat)\b"),
        # a passion called a religion, a meeting likened to church, being "religious about" a practice
        block(
            E,
            r"\b(?:is|was|wordt|werd|geworden|basically|practically)\s+(?:[\w']+\s+){0,3}?(?:mijn|my|our|onze|his|her)\s+"
            r"(?:religi\w*|geloof|kerk|church)\b|\b(?:like|als|zoals)\s+(?:going\s+to\s+church|naar\s+de\s+kerk\s+gaan|"
            r"(?:a|een)\s+(?:cult|sekte|religion|religie))\b|\breligi(?:ous|ously|eus)\s+(?:about|with|over|in)\s+\w+",
        ),
        block(E, r"\b(?:als|as\s+a)\s+(?:gebedsruimte|prayer\s+room)\b"),
        # a room for everyone: "the office has a multi-faith prayer room on level 4"
        block(
            E,
            r"\b(?:multi-?faith|inter-?faith)\s+(?:prayer\s+)?(?:rooms?|spaces?|ruimtes?)\b|\b(?:has|have|heeft|hebben|"
            r"offers?|biedt|with|met)\s+(?:a|an|een)\s+(?:\w+\s+)?(?:prayer\s+room|gebedsruimte|stilteruimte)\b",
        ),
        # a school subject with its grade, a facility or an option offered to everyone, an employer's event
        block(
            E,
            r"\b(?:godsdienst|levensbeschouwing|religion|religious\s+education|RE)\s*:?\s*\d{1,2}(?:[.,]\d)?\b",
        ),
        block(
            E,
            # (session 25: not a room someone asks for, "she'll need a quiet room to pray at 1pm")
            r"(?<!\b(?:need|needs|needed|asked\s+for|asks\s+for|requested|nodig|vraagt\s+om|vroeg\s+om)\s+(?:a|an|een)\s+"
            r"(?:\w+\s+)?)(?:ruimte|room|plek|space|place)\b[^.;\n]{0,60}\b(?:om\s+te\s+bidden|to\s+pray)\b|"
            # session 25: a room open to all ("the prayer room on level 2 is open to all staff")
            r"\b(?:gebeds|prayer|stilte|quiet)[\s-]?(?:ruimte|room|kamer)\b[^.;\n]{0,60}\b(?:open\s+(?:to|voor)|"
            r"available\s+to|beschikbaar\s+voor)\s+(?:all|everyone|iedereen|alle)\b|"
            r"\b(?:gebedsruimtes|stilteruimtes|prayer\s+rooms|quiet\s+rooms)\b|"
            r"\b(?:hoofddoek|hijab)[\s-]*(?:variant|versie|optie|option|version)\w*\b",
        ),
        block(
            E,
            r"(?<![\w-])(?:Diwali|Divali|Suikerfeest|Eid|Iftar|Kerst|Christmas|Hanukkah|Chanoeka)[\s-]*(?:lunch|borrel|"
            r"party|feest|viering|celebration|event|diner|dinner|drinks|breakfast|ontbijt|sweets|snoep|boxes|"
            r"dozen)\b|"
            # an employer's celebrations and greetings: "organiseren we een iftar voor iedereen", "Ramadan
            # Mubarak to everyone celebrating"
            r"(?:\b(?:organiseren|houden|vieren)\s+(?:we|wij)|\b(?:we|wij)\s+(?:\w+\s+)?(?:organiseren|houden|vieren|"
            r"organi[sz]e|host|hold|celebrate|run))\b[^.;\n]{0,100}?(?:iftar|suikerfeest|eid|diwali|divali|chanoeka|"
            r"hanukkah|ramadan|pasen|easter)\w*|\b(?:ramadan\s+(?:mubarak|kareem)|eid\s+mubarak|happy\s+(?:diwali|"
            r"hanukkah|eid)|fijne\s+(?:ramadan|suikerfeest))\b[^.;\n]{0,60}",
        ),
        # session 18 look-alikes: a prayer room at a client, holidays that may be swapped under a policy, zeal
        # as a figure of speech ("echt religieus als het om code reviews gaat")
        block(
            E,
            r"\b(?:heeft|hebben|biedt|bieden|er\s+is|has|have|offers?|there\s+is)\s+(?:een|a|an)\s+(?:stilte-\s+en\s+)?"
            r"(?:gebeds|prayer|stilte|quiet)[\s-]?(?:ruimte|room|kamer)\b"
            r"|\b(?:suikerfeest|offerfeest|eid|diwali|divali|chanoeka|hanukkah|pasen|easter|kerst|christmas)\b"
            r"[^.;\n]{0,50}\b(?:(?:kunnen|can|mogen|may)\s+(?:\w+\s+){0,3}?(?:ingeruild|geruild|swapped|exchanged)|"
            r"(?:ingeruild|geruild)\s+(?:kunnen|mogen)\s+worden)\b"
            r"|\breligi(?:eus|euze|ous)\s+(?:als\s+het\s+(?:om|gaat\s+om)|about|when\s+it\s+comes\s+to)\b",
        ),
        # session 19 look-alikes: houses of worship in the plural (clients, partners), a holiday as a date or
        # in the calendar ("Valt het Suikerfeest dit jaar op 10 april?", "Eid al-Fitr ... should go in as
        # optional days"), an event for all colleagues, a regulated practice as an inspector's topic
        block(
            E,
            r"\b(?:kerken|moskee[eë]n|synagoges|synagogen|tempels|churches|mosques|synagogues|temples|gurdwaras|"
            r"parochies|parishes)\b"
            r"|\b(?:valt|vallen|falls?|is)\s+(?:het\s+|de\s+)?(?:suikerfeest|offerfeest|eid(?:\s+al-\w+)?|iftar|diwali|divali|chanoeka|hanukkah|pesach|passover|ramadan|yom\s+kippur|rosj\s+hasjana|rosh\s+hashanah|vesak)\s+(?:(?:dit|this|next|volgend)\s+(?:jaar|year)|"
            r"(?:on|op)\s+(?:the\s+)?\d)[^.?!\n]{0,30}"
            r"|(?:suikerfeest|offerfeest|eid(?:\s+al-\w+)?|iftar|diwali|divali|chanoeka|hanukkah|pesach|passover|ramadan|yom\s+kippur|rosj\s+hasjana|rosh\s+hashanah|vesak)(?:\s*,\s*|\s+(?:and|en|&)\s+)(?:suikerfeest|offerfeest|eid(?:\s+al-\w+)?|iftar|diwali|divali|chanoeka|hanukkah|pesach|passover|ramadan|yom\s+kippur|rosj\s+hasjana|rosh\s+hashanah|vesak)(?:(?:\s*,\s*|\s+(?:and|en|&)\s+)(?:suikerfeest|offerfeest|eid(?:\s+al-\w+)?|iftar|diwali|divali|chanoeka|hanukkah|pesach|passover|ramadan|yom\s+kippur|rosj\s+hasjana|rosh\s+hashanah|vesak))*[^.?!\n]{0,60}\b(?:optional\s+"
            r"days?|vrije\s+dag\w*|feestdag\w*|(?:bank\s+)?holidays?|days\s+off|calendar|kalender|agenda)\b"
            r"|(?:suikerfeest|offerfeest|eid(?:\s+al-\w+)?|iftar|diwali|divali|chanoeka|hanukkah|pesach|passover|ramadan|yom\s+kippur|rosj\s+hasjana|rosh\s+hashanah|vesak)\w*\b[^.;\n]{0,60}\b(?:voor\s+alle\s+(?:collega|medewerker|werknemer)\w*|for\s+all\s+(?:colleagues|"
            r"staff|employees)|iedereen\s+(?:is\s+)?welkom|everyone\s+(?:is\s+)?welcome)"
            r"|\breligious\s+slaughter\b|\britueel\s+slachten\b",
        ),
    ],
    "en": [
        # (session 26: a surname with a particle, "Christian de Vries")
        block(
            E,
            r"\bChristian\s+(?:(?:de|van|van\s+der|van\s+den|den|ter|te|le|la|du)\s+)?(?:Dior|Louboutin|Lacroix|Bale|"
            r"[A-Z][a-z]+)\b|\bDior\b",
            case=True,
        ),
        block(E, r"\b(?:Church|Temple)\s+(?:Street|Road|Lane|Bar|Square|Avenue)\b", case=True),
        block(E, r"\bparish (?:council|councillor|councilor|clerk|meeting)s?\b"),
        block(E, r"\b(?:developer|tech|technology|brand|product|chief|API)\s+evangelists?\b"),
        block(
            E,
            r"\bIslamic (?:finance|banking)\b|\bReligious Studies\b|\b(?:in good|in bad|leap of|"
            r"act of) faith\b",
        ),
        block(E, r"\bChristmas\b|\bEaster\b", case=True),
        # session 24 look-alikes: a faith's art or history as a degree or a subject ("BA Islamic Art History",
        # "Jewish Studies"); a faith's history as a lesson topic ("de opkomst van de islam in de
        # middeleeuwen", "the spread of Christianity")
        block(
            E,
            r"\b(?:Islamic|Jewish|Christian|Buddhist|Hindu|Biblical|Catholic|Protestant)\s+(?:Art|Arts|Studies|Architecture|"
            r"History|Law|Philosophy|Civili[sz]ations?|Culture|Theology|Archaeology|Literature|Manuscripts)\b",
            case=True,
        ),
        block(
            E,
            r"\b(?:opkomst|geschiedenis|verspreiding|ontstaan|oorsprong|expansie|rise|history|spread|origins?|"
            r"expansion|emergence)\s+(?:van|of)\s+(?:de\s+|het\s+|the\s+)?(?:islam|christendom|jodendom|"
            r"boeddhisme|hindoe[iï]sme|protestantisme|katholicisme|christianity|judaism|buddhism|hinduism|"
            r"protestantism|catholicism|reformatie|reformation)\b",
        ),
        block(E, r"\b(?:the|a) (?:\w+ )?bible (?:of|for)\b|\bis (?:my|our) bible\b"),
        # session 26: a monitoring form's field name before its answer ("Religion/belief: C of I")
        block(
            E,
            r"\b(?:religion|religie|geloof)(?:\s*(?:/|or|and|of|en)\s*(?:belief|levensovertuiging))?(?=\s*:)",
        ),
        # session 26: a method followed like a faith ("Voor hem is Scrum bijna een religie", "almost a
        # religion")
        block(
            E,
            r"\b(?:bijna|haast|zowat|wel|als|echt|like|almost|practically|basically|virtually|nearly)\s+(?:een|a)\s+"
            r"(?:religie|religion|geloof|cult|sekte)\b",
        ),
    ],
}
