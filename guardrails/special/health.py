"""HEALTH: physical or mental health, disability, medication, diagnoses, treatment, sick leave with a cause.

Dutch is matched as compounds (a condition stem anywhere in the word: "diabetespatiënt", "hernia-operatie",
"angstklachten"), unless the compound's head makes it a job, organisation or product ("oncologie-
verpleegkundige", "KWF Kankerbestrijding", "diabetesmarkt"). Sector words alone ("zorg", "ziekenhuis",
"verpleegkundige", "UMC", "GGZ-instelling") are never health data. Third parties in a work context
("cliënten met autisme") and selling/building/researching a product are cancelled by clause cues.
"""

from __future__ import annotations

from guardrails.special.cues import NEUTRAL_HEADS_NL, NEUTRAL_NEXT_EN, SOMEONE, THINGS, THIRD_PARTY, TRADE
from guardrails.special.rules import Rule, block, compound, phrase, rule, suffixed, words

E = "HEALTH"

# Conditions, treatments and medication, as Dutch stems (matched inside compounds; ≥ 5 letters).
NL_STEMS = [
    "diabet",
    "diabeet",
    "suikerziekte",
    "kanker",
    "tumor",
    "tumoren",
    "leukemie",
    "lymfoom",
    "melanoom",
    "metastase",
    "uitzaaiing",
    "chemo",
    "bestraling",
    "radiotherapie",
    "immunotherapie",
    "dialyse",
    "epilep",
    # session 25: a seizure in shorthand ("kreeg een epi-aanval")
    "epi-aanval",
    "epiaanval",
    "migraine",
    "astma",
    "reuma",
    "artritis",
    "artrose",
    "hernia",
    "burn~out",
    "overspannen",
    "overspanning",
    "depressie",
    "depressief",
    "depressieve",
    "angststoornis",
    "paniekaanval",
    "paniekstoornis",
    "psychose",
    "psychotisch",
    "schizofren",
    "bipolair",
    "manisch",
    "persoonlijkheidsstoornis",
    "autis",
    "asperger",
    "pdd~nos",
    "dyslex",
    # session 27: the Dutch adjective and noun ("kandidaat is dyslectisch", "als dyslecticus")
    "dyslect",
    "dyscalculie",
    "dyspraxie",
    "dementie",
    "alzheimer",
    "parkinson",
    "multiple sclerose",
    "fibromyalgie",
    "chronisch vermoeid",
    "chronische vermoeidheid",
    "long~covid",
    "hartinfarct",
    "hartaanval",
    "herseninfarct",
    "beroerte",
    "hersenletsel",
    "hersenbloeding",
    "hersenschudding",
    "whiplash",
    "slechthorend",
    "doofheid",
    "doofblind",
    "slechtziend",
    "blindheid",
    "visuele beperking",
    "auditieve beperking",
    "lichamelijke beperking",
    "functiebeperking",
    "verstandelijke beperking",
    "arbeidsbeperking",
    "gehandicapt",
    "handicap",
    "rolstoel",
    "gehoorapparat",
    "statine",
    "poliep",
    "wandelstok",
    "met een stok",
    "doof(?!pot)",
    "rollator",
    "prothese",
    "amputatie",
    "geamputeerd",
    "verlamming",
    "verlamd",
    "dwarslaesie",
    "stoma",
    "coeliakie",
    "glutenintolerantie",
    "lactose~intolerantie",
    "eetstoornis",
    "anorexia",
    "boulimia",
    "verslaving",
    "verslaafd",
    "afkicken",
    "afgekickt",
    "alcoholisme",
    # session 27: a drinking or drug problem ("had destijds alcoholproblemen", "een drankprobleem")
    "(?:alcohol|drank|drugs|gok)(?:probleem|problemen|problematiek)",
    "fysiotherapie",
    "ergotherapie",
    "psychotherapie",
    "chemotherapie",
    "hormoontherapie",
    "revalidatie",
    "revalideren",
    "revalideert",
    "medicatie",
    "medicijnen",
    "antidepressiva",
    "antidepressivum",
    "ritalin",
    "methylfenidaat",
    "concerta",
    "insuline",
    "morfine",
    "pijnstillers",
    "bloedverdunner",
    "lithium",
    "sertraline",
    "paroxetine",
    "citalopram",
    "oxazepam",
    "diazepam",
    "prednison",
    "methotrexaat",
    "hepatitis",
    "tuberculose",
    "tinnitus",
    "slaapapneu",
    "narcolepsie",
    "obesitas",
    "overgewicht",
    "hoge bloeddruk",
    "hypertensie",
    "hartfalen",
    "hartritmestoornis",
    "pacemaker",
    "nierziekte",
    "nierfalen",
    "transplantatie",
    "hersentumor",
    "ziekte",
    "aandoening",
    "stoornis",
    "syndroom",
    "gediagnosticeerd",
    "ziekgemeld",
    "ziekmelding",
    "ziekteverlof",
    "ziekteverzuim",
    "ziektewet",
    "arbeidsongeschikt",
    "wajong",
    "re~integratie",
    "ziekenhuisopname",
    "ge[oö]pereerd",
    "kuur",
    "chronisch ziek",
    "langdurig ziek",
    "mantelzorg(?:er)?\\s+voor\\s+(?:mijn|zijn|haar)",
    "gezondheidsklachten",
    "gezondheidsproblemen",
    "gezondheidsredenen",
    "medische redenen",
    "medische klachten",
    "zwaar ziek",
    "ernstig ziek",
    "terminaal ziek",
    "ongeneeslijk",
    "allergie",
    # figurative "allergisch voor vergaderingen" is no health data: "voor" must name an allergen
    "allergisch(?!\\s+voor\\s+(?!(?:noten|pinda\\S*|gluten|lactose|melk|eieren|soja|schaaldieren|vis|"
    "\\w*pollen|huisstof\\w*|katten|honden|dieren|paarden|penicilline|antibiotica|medicijnen|bijen\\w*|"
    "wespen\\w*|insecten\\w*|latex|nikkel|parfum|zon)\\b))",
    "slechtziendheid",
    "infuus",
    "endometriose",
    "psoriasis",
    "eczeem",
    "jicht",
    "hersenverlamming",
    "spina bifida",
    "syndroom van down",
    "tourette",
    "stotter",
    "ischias",
    "carpaaltunnel",
    "glaucoom",
    "trombose",
    "embolie",
    "aneurysma",
    "angina pectoris",
    "galstenen",
    "nierstenen",
    "hersenvliesontsteking",
    "bloedvergiftiging",
    "bloedarmoede",
    "schildklier",
    "hashimoto",
    "slapeloosheid",
    "vermoeidheidsklachten",
    "neurodivergent",
    "hooikoorts",
    "lupus",
    "sikkelcel",
    "taaislijmziekte",
    "cystic fibrosis",
    "kinkhoest",
    "mazelen",
    "griep",
    "hersenkneuzing",
    "gebroken (?:been|arm|pols|enkel|rib|ribben|heup|sleutelbeen)",
    "(?:been|arm|pols|enkel|heup|sleutelbeen)breuk",
    "zelfmoordpoging",
    "suïcidaal",
    "suicidaal",
    "automutilatie",
    # session 26: appendicitis in words, clotting factor for haemophilia ("met een blinde darm ontsteking")
    "blinde~darm",
    "stollingsfactor",
]
NL_ACRONYMS = [
    "ADHD",
    "ADD",
    "PTSS",
    "PTSD",
    "OCD",
    "MS",
    "ALS",
    "COPD",
    "CVS",
    "ME/CVS",
    "NAH",
    "CVA",
    "TIA",
    "HIV",
    "hiv",
    "AIDS",
    "WIA",
    "WAO",
    "WGA",
    "IVA",
    "GGZ-behandeling",
    "ggz-behandeling",
    "IBS",
    "PDS",
    # session 26: diabetes type 1/2 in shorthand ("Bijzonderheden: DM1, draagt een insulinepomp")
    "DM[12]",
]
# Body parts and mental-state words that make "-klachten", "-pijn", "-operatie" a health statement.
BODY_NL = [
    "rug",
    "nek",
    "knie",
    "schouder",
    "hart",
    "maag",
    "darm",
    "hoofd",
    "heup",
    "pols",
    "arm",
    "been",
    "voet",
    "long",
    "ademhalings",
    "gewrichts",
    "spier",
    "buik",
    "borst",
    "oor",
    "oog",
    "ogen",
    "psychische",
    "lichamelijke",
    "stress",
    "angst",
    "spannings",
    "vermoeidheids",
    "concentratie",
    "slaap",
    "burn~out",
    "hernia",
    "enkel",
    "bekken",
    "migraine",
    "nier",
    "lever",
    "galblaas",
    "blindedarm",
    "oog",
    "tand",
    "kaak",
    "zenuw",
    "huid",
    "ademhaling",
]
HEADS_NL = [
    "afwijking",
    "klachten",
    "pijn",
    "pijnen",
    "blessure",
    "letsel",
    "operatie",
    "ingreep",
    "behandeling",
    "problemen",
]

EN_TERMS = [
    "diabetes",
    "diabetic",
    "cancer",
    "tumou?r",
    "leuka?emia",
    "lymphoma",
    "melanoma",
    "chemo",
    "chemotherapy",
    "radiotherapy",
    "radiation therapy",
    "immunotherapy",
    "dialysis",
    "epilepsy",
    "epileptic",
    "seizures?",
    "migraines?",
    "asthma",
    "asthmatic",
    "arthritis",
    "rheumatism",
    "rheumatoid",
    "osteoarthritis",
    "herniated disc",
    "slipped disc",
    "burn~out",
    "burned out",
    "burnt out",
    "depression",
    "depressive",
    "clinically depressed",
    "anxiety",
    "panic attacks?",
    "psychosis",
    "psychotic",
    "schizophreni[ac]",
    "bipolar",
    "manic",
    "personality disorder",
    "autism",
    "autistic",
    "on the spectrum",
    "asperger'?s",
    "dyslexia",
    "dyslexic",
    "dyscalculia",
    "dyspraxia",
    "dementia",
    "alzheimer'?s",
    "parkinson'?s",
    "multiple sclerosis",
    "fibromyalgia",
    "chronic fatigue",
    "long covid",
    "heart attack",
    "cardiac arrest",
    "brain injury",
    "concussion",
    "whiplash",
    "deaf",
    "deafness",
    "hard of hearing",
    "hearing impair\\w*",
    "hearing aids?",
    "blind",
    "blindness",
    "visually impaired",
    "visual impairment",
    "partially sighted",
    "disability",
    "disabilities",
    "impairment",
    "wheelchair",
    "wheelchair user",
    "walk(?:s|ed|ing)? with (?:a )?(?:cane|walking stick|crutch)",
    "post-traumatic stress",
    "slip(?:ped)? disc",
    "malaria",
    "(?:heroin|crack|cocaine|drug|gambling) (?:habit|addiction|dependency)",
    "(?:alcohol|drug|addiction) treatment",
    "risk-reducing (?:surgery|mastectomy)",
    "mobility aid",
    "crutches",
    "prosthesis",
    "prosthetic (?:leg|arm|limb|hand|foot|eye)",
    "amputation",
    "amputee",
    "paraly[sz]ed",
    "paralysis",
    "paraplegic",
    "quadriplegic",
    "stoma",
    "co?eliac",
    # (session 26: also misspelt, "my chrons flared up")
    "crohn'?s",
    "chrons",
    "colitis",
    "irritable bowel",
    "eating disorder",
    "anorexia",
    "bulimia",
    "addiction",
    "addicted",
    "alcoholism",
    "(?:an|am|is|was|recovering|functioning|former) alcoholic",
    "recovering addict",
    "in rehab",
    "ptsd",
    "ocd",
    "adhd",
    "hiv",
    "hepatitis",
    "tuberculosis",
    "cystic fibrosis",
    "sickle cell",
    "lupus",
    "hypothyroidism",
    "thyroid condition",
    "tinnitus",
    "sleep apno?ea",
    "narcolepsy",
    "obesity",
    "obese",
    "hypertension",
    "high blood pressure",
    "heart failure",
    "arrhythmia",
    "pacemaker",
    "kidney disease",
    "kidney failure",
    "transplant",
    "antidepressants?",
    "ssris?",
    "ritalin",
    "methylphenidate",
    "adderall",
    "insulin",
    "morphine",
    "painkillers",
    "blood thinners",
    "lithium",
    "sertraline",
    "prozac",
    "fluoxetine",
    "methotrexate",
    "counselling for",
    "sick leave",
    "off sick",
    "off with (?:stress|anxiety|depression|burnout|burn-out|(?:his|her|a bad) back|long covid|covid|flu)",
    "signed off sick",
    "called in sick",
    "medical leave",
    "sick note",
    "fit note",
    "health reasons",
    "medical reasons",
    "health issues",
    "health problems",
    "health condition",
    "medical condition",
    "chronic illness",
    "chronically ill",
    "terminal(?:ly)? ill(?:ness)?",
    "long-term illness",
    "serious illness",
    "illness",
    "hospitali[sz]ed",
    "diagnosed with",
    "diagnosis of(?! (?:the|a|an|our|this|that|its|their)\\b)",
    "relapse",
    "in remission",
    "remission",
    "mental health (?:issues|problems|reasons|condition|struggles|leave|crisis|difficulties)",
    "nervous breakdown",
    "breakdown",
    "long-term disability",
    "disability benefits?",
    "cancer survivor",
    "survivor of \\w+ cancer",
    "allerg(?:y|ies)",
    "allergic(?!\\s+to\\s+(?!(?:nuts|peanuts?|tree nuts|gluten|lactose|milk|dairy|eggs?|soy|shellfish|fish|"
    "\\w*pollen|dust\\w*|cats?|dogs?|animals?|horses?|penicillin|antibiotics|medication|bees?|bee stings?|"
    "wasps?|insect\\w*|latex|nickel|perfume|the sun)\\b))",
    "(?:had|suffered|survived|after|since) (?:a|my|his|her) stroke",
    "pneumonia",
    "(?:had|caught|got|tested positive for|sick with) covid",
    "(?:hip|knee|joint) replacement",
    "(?:spinal|lumbar|cervical) fusion",
    "[A-Z][a-z]+'s disease",
    "huntington'?s",
    "nervous breakdown",
    "mental breakdown",
    "endometriosis",
    "pcos",
    "psoriasis",
    "eczema",
    "gout",
    "motor neurone disease",
    "cerebral palsy",
    "spina bifida",
    "down'?s syndrome",
    "tourette'?s",
    "stammer",
    "stutter",
    "sciatica",
    "carpal tunnel",
    "glaucoma",
    "cataracts?",
    "thrombosis",
    "embolism",
    "aneurysm",
    "angina",
    "kidney stones",
    "gallstones",
    "appendicitis",
    "meningitis",
    "sepsis",
    "ana?emia",
    "hashimoto'?s",
    "insomnia",
    "neurodivergent",
    "neurodiverse(?! (?:team|workforce|talent|hiring))",
    "menopause",
    "hay fever",
    "sickle cell",
    "suicide attempt",
    "suicidal",
    "self-harm",
    "broken (?:leg|arm|wrist|ankle|hip|collarbone|ribs?)",
    # session 26: joint surgery, a heart event, cancer care ("having knee reconstruction", "after a cardiac
    # event", "oncology treatment and recovery")
    "(?:knee|hip|shoulder|ankle|acl|cruciate|ligament) (?:reconstruction|replacement|surgery)",
    "cardiac event",
    "(?:oncology|cancer) treatment",
    "clotting factor",
    "lost (?:her|his|my|their) (?:sight|hearing|leg|arm|eye)",
    "(?:partially|fully|legally) (?:blind|deaf|sighted)",
]
BODY_EN = [
    "back",
    "neck",
    "knee",
    "shoulder",
    "heart",
    "stomach",
    "hip",
    "wrist",
    "chest",
    "abdominal",
    "joint",
    "muscle",
    "spinal",
    "spine",
    "brain",
    "eye",
    "ear",
    "lung",
    "kidney",
    "liver",
    "chronic",
    "hip replacement",
    "cardiac",
    "bowel",
    "ankle",
    "foot",
    "leg",
    "arm",
    "hand",
    "head",
    "nerve",
    "skin",
    "dental",
    "mental",
    "physical",
    "neurological",
    "autoimmune",
    "heart valve",
]
HEADS_EN = [
    "defect",
    "defects",
    "pain",
    "pains",
    "injury",
    "injuries",
    "surgery",
    "operation",
    "condition",
    "disease",
    "disorder",
    "problems",
    "issues",
    "complaints",
    "illness",
    "cancer",
    "attack",
    "failure",
]

_BODY_PART = (
    r"(?:knie\w*|enkel|enkels|schouder\w*|rug|nek|pols(?:en)?|heup\w*|been|benen|arm|armen|voet\w*|kruisband\w*|"
    r"knieband\w*|enkelband\w*|achillespees|meniscus|elleboog|sleutelbeen|knees?|ankles?|shoulders?|back|neck|"
    r"wrists?|hips?|legs?|foot|feet|arms?|acl|ligaments?|tendons?|achilles|elbows?|collarbone)"
)
_WALKING_AID = (
    r"(?:taststok|blindenstok|rollator|(?:elleboog)?krukken|wandelstok|"
    r"crutches|walking\s+stick|zimmer\s+frame)"
)

RULES: dict[str, list[Rule]] = {
    "nl": [
        # session 22: talking therapies and an autism diagnosis by their initials, a wheelchair in use, a
        # preventive mastectomy ("completed a course of CBT", "I have an ASD diagnosis", "uses a wheelchair",
        # "preventief mijn borsten laten verwijderen")
        rule(
            E,
            r"(?<![\w-])(?:CBT|EMDR|ASD|ASC)(?![\w-])(?=[^.;\n]{0,40}\b(?i:diagnos\w*|course|therapy|therapie|"
            r"sessions?|traject|completed|afgerond|afgesloten|had|kreeg|heb|have|has))",
            0.8,
            case=True,
        ),
        rule(
            E,
            r"\b(?:uses|using|used|gebruikt|zit\s+in)\s+(?:a\s+|een\s+)?(?:wheelchair|rolstoel)\b"
            r"|\b(?:borsten|eierstokken|baarmoeder)\s+(?:laten\s+)?(?:verwijderen|verwijderd|amputeren)\b"
            r"|\b(?:preventive\s+|preventieve\s+|double\s+|dubbele\s+)?mastectom\w+",
            0.8,
        ),
        # managing an illness in plain words: "zijn bloedsuiker prikken", "a rough patch with the bottle",
        # "a stint in rehab", "She's T1"
        rule(
            E,
            r"\bbloedsuiker\w*\s+(?:\w+\s+)?(?:prikken|meten|checken|controleren)\b|\b(?:check|test|prick)\w*\s+"
            r"(?:his|her|my|their)\s+blood\s+sugar\b|\b(?:with|on|hit|hitting)\s+the\s+bottle\b|"
            r"\b(?:in|to|into|through|from|out\s+of|after)\s+rehab\b|\bafkickklinie\w*|"
            r"\b(?:she's|he's|i'm|she\s+is|he\s+is|ben)\s+t1(?![\w-])(?!\s+(?:priority|prio|ticket|support|line|engineer))",
            0.8,
        ),
        # an injury to one's own body: "sinds mijn knieband is afgescheurd", "I broke my wrist"
        rule(
            E,
            r"\b(?:mijn|m'n|zijn|z'n|haar|my|his|her)\s+(?:\w+\s+)?" + _BODY_PART + r"\s+(?:\w+\s+){0,2}?"
            r"(?:gebroken|afgescheurd|gescheurd|geblesseerd|ontwricht|verstuikt|geopereerd|broken|torn|ruptured|"
            r"injured|dislocated|sprained|fractured)\b|\b(?:brak|scheurde|verstuikte|ontwrichtte|broke|tore|"
            r"ruptured|injured|sprained|fractured|dislocated)\s+(?:mijn|m'n|zijn|haar|my|his|her)\s+(?:\w+\s+)?"
            + _BODY_PART
            + r"\b",
            0.8,
        ),
        # a walking aid, in either order: "ik loop met een taststok", "walks with crutches"
        rule(
            E,
            r"\b(?:met|with)\s+(?:een\s+|a\s+)?" + _WALKING_AID + r"\s+(?:loop|loopt|liep|lopen|walk\w*)\b|"
            r"\b(?:loop|loopt|liep|lopen|walk\w*)\s+(?:\w+\s+){0,3}?(?:met|with|on)\s+(?:een\s+|a\s+)?"
            + _WALKING_AID,
            0.8,
        ),
        # a course of treatment or a recovery of one's own: "na mijn behandeltraject", "herstel na een
        # operatie"
        rule(
            E,
            r"\b(?:na|tijdens|sinds|vanwege|after|during|since|following)\s+(?:mijn|m'n|zijn|haar|my|his|her)\s+"
            r"(?:\w+\s+)?(?:behandel\w*|revalidatie\w*|herstel\w*|operatie\w*|ingreep|chemo\w*|bestraling\w*|"
            r"treatment|rehab\w*|recovery|surgery|operation)\b(?!\s+(?:van|of)\b)|\b(?:herstel\w*|recover\w*)\s+"
            r"(?:\w+\s+){0,3}?(?:na|after|from)\s+(?:een|de|an?|the|mijn|my|his|her|zijn|haar)\s+(?:\w+\s+)?"
            r"(?:operatie|ingreep|surgery|operation)\b",
            0.75,
        ),
        # medication by name, unless handed out as work: "her Elvanse wears off", not "dispensed insulin"
        rule(
            E,
            words(
                r"(?:elvanse|medikinet|equasym|strattera|concerta|ritalin|sertraline|citalopram|fluoxetine|"
                r"venlafaxine|lithium|quetiapine|insulin|insuline)"
            ),
            0.8,
            unless=THIRD_PARTY + "|" + TRADE,
        ),
        # treatments, aids and states named by what was done: "moet af en toe aderlaten", "a preventive
        # mastectomy", "had a heart bypass", "got clean from heroin", "in de ziektewet door mn knie", "een
        # hoortoestel", "sinds zijn nieuwe heup", "een operatie gepland", "last van bekkeninstabiliteit", "has
        # type 1", "bij een psycholoog loopt"
        rule(
            E,
            words(
                r"hoortoestel\w*",
                r"prothese\w*",
                r"(?:a|an|my|his|her|een|mijn|zijn|haar)\s+prosthe(?:sis|tic)\w*(?:\s+(?:leg|arm|limb|below|above)"
                r"(?:\s+the\s+(?:knee|elbow))?)?",
                r"(?:nieuwe|new)\s+(?:heup|knie|hip|knee|hartklep|heart\s+valve)",
                r"(?:een\s+)?(?:operatie|ingreep)\s+(?:gepland|gehad|ondergaan|ondergaat|ondergaan)",
                # session 23: an operation one has coming, a time between ("heb in oktober een operatie");
                # time off on a doctor's orders; hormone treatment of one's own ("the gap for hormone
                # treatment")
                r"(?:heb|heeft|krijg|krijgt|onderga|ondergaat|moet)\s+(?:\w+\s+){0,3}?een\s+(?:\w+\s+)?(?:operatie|"
                r"ingreep)(?!\s*(?:manager|team|afdeling|kamer|centrum))",
                r"(?:off|thuis|at\s+home|signed\s+off)\s+(?:work\s+|sick\s+)?on\s+(?:my\s+|the\s+|his\s+|her\s+)?"
                r"(?:doctor|gp|physician|consultant)['’]?s?\s+(?:advice|orders)",
                r"(?:for|on|started|starting|undergoing|having|after|my|his|her)\s+hormone\s+(?:treatment|therapy|"
                r"injections?)",
                r"(?:surgery|an\s+operation)\s+(?:planned|scheduled|booked)",
                r"(?:preventive|preventative|elective|major|knee|hip|back|heart|eye|weight[\s-]loss)\s+surger(?:y|ies)",
                r"colonoscop\w+|coloscopie\w*|endoscop\w+|gastroscop\w+",
                r"last\s+van\s+(?!(?:de|het|een|die|dat|deze|dit|geluid|lawaai|herrie|drukte|stress\s+op|mijn\s+buren)\b)"
                r"\w{6,}",
                r"(?:has|have|heeft|heb|got)\s+type[\s-]?(?:1|2|one|two|I|II)\b",
                r"bij\s+(?:een|de|haar|zijn|mijn)\s+(?:psycholoog|psychiater|therapeut|psychotherapeut|GGZ)\s+"
                r"(?:loopt|liep|lopen|loop)",
                r"(?:sessions?|appointments?|afspraken)\s+(?:at|with|bij)\s+(?:the|a|my|his|her|de|een|mijn|zijn|haar)\s+"
                r"(?:physio\w*|fysio\w*|psycholo\w+|therapist|therapeut|psychiatrist|psychiater|counsell?or)",
                r"(?:been|staying|stayed|is\s+now|am\s+now)\s+sober",
                r"(?:taking|takes|on|gebruikt|slikt)\s+PrEP(?!\s+(?:courses?|classes|time|work|duty|school|cook\w*))|RSI[\s-]?klachten|antidepres+iva|darmonderzoek\w*|bedrust|"
                r"bed\s+rest",
                r"aderlat\w*",
                r"(?:preventive\s+|preventieve\s+|double\s+|dubbele\s+)?(?:mastectom\w*|borstamputatie\w*)",
                r"(?:heart|triple|quadruple|gastric|coronary)\s+bypass\w*",
                r"(?:hart)?bypassoperatie\w*",
                r"(?:got|getting|stayed|been|staying)\s+clean\s+(?:from|off|of)\s+\w+",
                r"(?:in|uit)\s+de\s+ziektewet",
                r"(?:opname|opgenomen)\s+(?:\w+\s+){0,2}(?:GGZ|psychiatri\w*|kliniek|afkickkliniek)\w*(?:-\w+)?",
                r"(?:banenafspraak|doelgroepregister)",
                r"(?:been|stayed|staying|now|nu)\s+(?:\w+\s+)?clean\s+(?:for\s+)?(?:\w+\s+)?(?:years?|months?|jaar|maanden)",
                # "NA" alone is also "na" (after): "zijn na de fusie" (the rules read lower-cased text)
                r"(?:my|his|her|mijn|zijn|haar|local|lokale)\s+(?:AA(?:\s+(?:group|meeting|groep|bijeenkomst))?|"
                r"NA\s+(?:group|meeting|groep|bijeenkomst)\w*)",
                r"(?:Alcoholics|Narcotics)\s+Anonymous",
                r"para-\w+\s+(?:player|athlete|speler|atleet)|Paralympi\w+",
                r"on\s+(?:WorkCover|workers'?\s*comp\w*)(?:\s+(?:for|with)\s+(?:my|his|her|a)\s+\w+)?",
                r"(?:get|getting|on|receive|receiving|krijg|krijgt|ontvang\w*)\s+(?:\w+\s+)?(?:PIP|ESA|DLA|Access\s+to\s+"
                r"Work|Wajong|WIA|WGA|IVA)(?:-uitkering)?",
                r"(?:my|mijn|his|her|zijn|haar)\s+(?:screen\s*reader|schermlezer|guide\s+dog|blindengeleidehond|"
                r"insulin\s+pump|insulinepomp)",
                r"(?:a|my|his|her|een|mijn|zijn|haar)\s+(?:dodgy|bad|gammele|slechte|kapotte)\s+(?:knee|back|hip|"
                r"shoulder|heart|knie|rug|heup|schouder)",
                r"preventi\w+\s+(?:surgery|operation|operatie|ingreep|(?:laten\s+)?opere\w+)",
                r"ervaringsdeskundige\s+(?:\w+\s+){0,2}(?:verslaving\w*|ggz|psychiatrie|psychose|depressie|autisme)",
                r"behandel\w*\s+(?:bij|in|via)\s+(?:de\s+)?(?:GGZ|psycholoog|psychiater|\w*kliniek)",
                r"langdurig\s+ziek",
                r"signed\s+off\s+(?:\w+\s+){0,3}?(?:with|for)\s+\w+(?:[\s-]\w+)?",
                r"work-related\s+stress",
                # session 25: a return to work after illness built up in steps ("she's on a phased return")
                r"(?:on|doing|starting|begins?|began|into|for)\s+(?:a|her|his|my)\s+phased\s+return|phased\s+return\s+to\s+work",
                r"(?:physio|fysio)\s+(?:for|voor|aan)\s+(?:my|mijn|his|her|zijn|haar)\s+\w+",
                r"ACL\s+recon\w*",
                r"follow-up\s+scans?",
                # (session 25: a scope or screening on a schedule, "voor de jaarlijkse scopie", "she has
                # regular screening")
                r"(?:annual|yearly|jaarlijkse|halfjaarlijkse)\s+(?:scopie|scope)",
                r"(?:has|have|gets|get|needs|need|her|his|my)\s+(?:regular|annual|yearly|six-monthly)\s+"
                r"(?:cancer\s+|bowel\s+|breast\s+)?(?:screenings?|scans)(?!\s+(?:calls?|interviews?|questions?|of|for))",
                r"(?:annual|yearly|jaarlijkse)\s+(?:colonoscop\w*|coloscop\w*|check-?ups?\s+(?:at|in)\s+(?:the\s+)?"
                r"(?:hospital|ziekenhuis))",
                r"venesections?|phlebotom(?:y|ies)",
                r"cardiology\s+check\w*",
                # session 26: an organ checked on a schedule ("yearly heart checks")
                r"(?:annual|yearly|six-monthly|quarterly|regular)\s+(?:heart|cardiac|kidney|liver|eye|lung|bowel|"
                r"thyroid)\s+(?:checks?|check-?ups?|scans?|monitoring)",
                r"speech-to-text\s+software",
                r"(?:having|have|has)\s+sugar\b",
                r"AA\s+meetings?",
                r"bloed\s+(?:laten\s+)?(?:af)?tappen",
                r"brailleleesregel",
                r"screen\s*reader",
                r"MRI-?scan\s+(?:van|of)\s+(?:mijn|my|zijn|haar|his|her)\s+\w+",
                r"(?:afspraak|controle|appointment)\s+(?:bij|with)\s+(?:de|the|my|mijn)\s+diabetes\w*",
            ),
            0.8,
        ),
        # aids and recovery that reveal a condition
        rule(
            "HEALTH",
            words(
                r"(?:draagt|draag|wears?|wearing) (?:een )?(?:\w+ )?(?:hoortoestel\w*|gehoorapparaat|"
                r"hearing aids?)",
                r"cochlea[ir] (?:implant|implantaat)",
                r"lip~read\w*",
                r"liplez\w*",
                r"(?:\w+ ){0,2}(?:years?|months?|jaar|maanden) (?:sober|clean|nuchter)",
                r"sober (?:for|since) \w+(?: \w+)?",
                r"(?:ziekte~verlof|ziek~thuis|sick leave) (?:vanwege|wegens|door|for|due to|after) "
                r"(?:een |a |an |mijn |my )?[\w-]+",
            ),
            0.75,
        ),
        rule(
            E,
            compound(*NL_STEMS) + NEUTRAL_NEXT_EN,
            0.85,
            unless=THIRD_PARTY + "|" + TRADE,
            before_only=True,
            window=60,
            veto_tail=NEUTRAL_HEADS_NL,
        ),
        rule(E, suffixed(BODY_NL, HEADS_NL), 0.85, unless=THIRD_PARTY, before_only=True),
        # Any compound on "-patiënt" or "-ontsteking" ("hartpatiënt", "longontsteking"), never the bare word.
        rule(
            E,
            r"(?<![\w-])\w{3,}-?(?:pati[eë]nt(?:e|en)?|ontsteking(?:en)?)(?![\w-])",
            0.85,
            unless=THIRD_PARTY,
            before_only=True,
        ),
        rule(
            E,
            r"(?<![\w-])(?:" + "|".join(a.replace("/", "\\/") for a in NL_ACRONYMS) + r")(?:-\w+)*(?![\w])",
            0.8,
            case=True,
            unless=THIRD_PARTY + "|" + TRADE,
            before_only=True,
            window=60,
            veto_tail=NEUTRAL_HEADS_NL,
        ),
        # "ik ben ziek", "was twee weken ziek", "ligt in het ziekenhuis", "loopt bij een psycholoog" (session
        # 26: not "ziek" as an intensifier, "ik ben ziek benieuwd")
        rule(
            E,
            words(
                r"(?:ben|is|was|waren|zijn|werd|word|raakte|ligt|zit|zat|"
                r"lag)\s+(?:\w+\s+){0,3}?(?:ziek(?!\s+(?:gemotiveerd|goed|mooi|veel|vet|gaaf|leuk|lekker|"
                r"hard|druk|chill|nice|blij|benieuwd|handig|knap|tof|grappig|slim|snel))|geopereerd|herstellende|"
                r"hersteld van \w+|in behandeling|"
                r"onder behandeling)",
                r"opgenomen\s+(?:in|op)\s+(?:een|de|het)\s+(?:kliniek|psychiatrische\s+\w+|ggz-instelling|"
                r"ziekenhuis|ic|intensive care|verslavingskliniek|revalidatiecentrum)",
                r"(?:naar|bij) de fysio(?:therapeut)?",
                # session 25: the visit with its verb last, the therapist in shorthand ("dat ze tweewekelijks
                # naar de psych gaat")
                r"(?:naar|bij)\s+(?:de|een|haar|zijn|mijn)\s+(?:psych|psy|psycholoog|psychiater|therapeut)\s+"
                r"(?:gaat|ga|gaan|ging|gingen|loopt|loop|liep)",
                r"(?:op|naar) de (?:IC|intensive care) (?:gelegen|gelegd|beland|opgenomen)",
                r"(?:had|heb|heeft|met|kreeg|gehad)\s+(?:\w+\s+)?(?:corona|covid(?:-19)?)(?!\s*-?(?:crisis|"
                r"maatregelen|tijd|periode|regels|pandemie))",
                r"chronische (?:pijn|klachten|ziekte|vermoeidheid|aandoening|darmziekte|longziekte)",
                # (session 25: the plural too, "draagt hoorapparaten")
                r"(?:ge)?hoorappara(?:at|ten)\w*",
                r"(?:ligt|lag|opgenomen)\s+in\s+(?:het|een)\s+ziekenhuis",
                # (session 23: a frequency between, "ga eens per kwartaal naar de psychiater")
                r"(?:loopt|liep|ga|gaat|ging|ben|is|was)\s+(?:\w+\s+){0,4}?(?:bij|naar|"
                r"onder behandeling bij)\s+(?:een|de|mijn|zijn|haar)\s+(?:psycholoog|psychiater|therapeut|"
                r"psych|psy|oncoloog|cardioloog|neuroloog|reumatoloog|revalidatiearts|longarts|specialist)",
                r"(?:controle|afspraak|behandeling)\s+bij\s+(?:de|mijn|zijn|haar|een)\s+(?:oncoloog|"
                r"cardioloog|neuroloog|reumatoloog|psychiater|longarts|internist|uroloog|gynaecoloog)",
                r"(?:mijn|zijn|haar)\s+(?:oncoloog|cardioloog|neuroloog|reumatoloog|psychiater|psycholoog|"
                r"therapeut|behandelaar)",
                r"(?:volgens|via|bij|naar)\s+de\s+bedrijfsarts",
                r"(?:slik|slikt|slikte|gebruik|gebruikt|spuit|spuiten)\s+(?:\w+\s+){0,2}?(?:medicijnen|"
                r"medicatie|pillen|insuline|antidepressiva)",
                r"\d{1,3}\s?%\s+(?:belastbaar|arbeidsongeschikt|afgekeurd)",
                r"(?:gedeeltelijk|volledig|deels)\s+(?:afgekeurd|arbeidsongeschikt|belastbaar)",
                r"(?:in\s+de|de)\s+ziektewet",
                r"(?:ben|is|was|werd|raakte|zijn)\s+(?:\w+\s+)?(?:doof|blind|slechtziend|slechthorend|"
                r"kleurenblind|gehandicapt|invalide|(?:visueel|auditief|motorisch|lichamelijk|"
                r"verstandelijk|psychisch)\s+beperkt)",
                r"(?:met|heeft|heb|had|vanwege|door)\s+(?:een|mijn|zijn|haar)\s+(?:\w+e\s+)?(?:beperking|"
                r"handicap)",
                # session 27: the person named by it in a role ("Als blinde softwaretester gebruik ik ...")
                r"(?<!\bzo\s)als\s+(?:doofblinde|blinde|dove|slechtziende|slechthorende)(?!\s+(?:vlek|vlekken|"
                r"proef|test|review|paard|muur|kip))",
            ),
            0.7,
        ),
        rule(
            E,
            words(r"(?:bezoekt|bezocht|ziet|zag)\s+(?:een|de)\s+(?:therapeut|psycholoog|psychiater)"),
            0.7,
        ),
        # session 18: sick leave with its cause, the body part after "ivm" ("in de ziektewet ivm zijn
        # knieband")
        rule(
            E,
            r"\b(?:ivm|i\.v\.m\.|vanwege|wegens|door|because\s+of|due\s+to)\s+(?:zijn|haar|mijn|z'n|m'n|his|her|my)"
            r"\s+(?:knie|rug|heup|schouder|enkel|pols|nek|elleboog|kruisband|knieband|meniscus|hernia|knee|back|"
            r"hip|shoulder|ankle|wrist|neck|elbow)\w*",
            0.8,
            near=r"\b(?:ziek\w*|ziektewet|herstel\w*|revalid\w*|operatie|sick|off\s+work|recover\w*|surgery|"
            r"afwezig\w*|absent)\b",
        ),
        # session 24: an eponymous diagnosis, one's own medicines changed, time off for an operation, hospital
        # visits coming up, hormones of one's own ("following a Hodgkin's diagnosis", "the neurologist changed
        # her meds", "a few weeks off next spring for surgery", "some hospital appointments", "covers his
        # testosterone")
        rule(
            E,
            r"\b[A-Z][a-z]+['’]s\s+(?:diagnosis|diagnose|lymphoma|disease)\b",
            0.75,
            case=True,
            near=SOMEONE,
            unless=THIRD_PARTY + "|" + TRADE,
        ),
        rule(
            E,
            r"\b(?:changed|adjusted|switched|upped|lowered|increased|reduced|paste|past|aangepast|verhoogd|"
            r"verlaagd|veranderd)\s+(?:\w+\s+)?(?:her|his|my|zijn|haar|mijn|z'n|m'n)\s+(?:meds|medication|medicatie|"
            r"medicijnen|dosis|dose|dosage)\b"
            r"|\b(?:weeks?|days?|months?|time|weken|dagen|maanden|tijd)\s+off\s+(?:\w+\s+){0,3}?(?:for|after)\s+"
            r"(?:an?\s+|the\s+|my\s+|his\s+|her\s+)?(?:surgery|operation|procedure|treatment|chemo\w*|radiotherapy)\b"
            r"|\b(?:some|regular|frequent|a\s+few|several|wat|regelmatig|geregeld|veel)\s+(?:hospital|ziekenhuis)[\s-]?"
            r"(?:appointments|afspraken|visits|bezoeken|check-?ups)\b"
            r"|\b(?:covers?|pays?\s+for|vergoedt|vergoed)\s+(?:his|her|my|zijn|haar|mijn)\s+(?:testosterone|testosteron|"
            r"oestrogen|estrogen|oestrogeen|hormones|hormonen|HRT|hormone\s+therapy|hormoonbehandeling)\b",
            0.75,
            near=SOMEONE,
        ),
        # session 24: a diabetes type as what one is, sugar levels checked, clean from drugs ("the guy for the
        # 3pm is type 1", "he needs a break to check his levels", "zat vast (drugs), nu clean")
        rule(
            E,
            r"\b(?:is|'s|am|ben|'m)\s+type[\s-]?(?:1|2|one|two)(?:\s+diabet\w*)?(?=\s*[,.;!)]|\s+(?:diabet\w*|and|en|so|"
            r"dus|maar|but)\b)"
            r"|\b(?:check|test|meet|meten|controleren|prik\w*)\s+(?:his|her|my|zijn|haar|mijn|z'n|m'n)\s+(?:blood\s+sugar\s+|"
            r"glucose\s+|sugar\s+|bloedsuiker\s*)?(?:levels?|waarden|spiegel)\b"
            r"|\b(?:nu|inmiddels|now|sindsdien|since\s+then)\s+clean\b",
            0.75,
            near=r"\b(?:type[\s-]?(?:1|2|one|two)|diabet\w*|insulin\w*|suiker\w*|sugar|glucose|hypo\w*|drugs?|"
            r"alcohol|verslav\w*|addict\w*|rehab|afkick\w*|heroin\w*|heroïne|cocaïne|cocaine)\b",
            unless=r"\b(?:error|fout|bug|fund|fonds|font|license|licentie|cable|kabel|connector|code|data|"
            r"database|test\s+suite|build)\b",
        ),
    ],
    "en": [
        # leave named by its cause: "he took 3 months stress leave", "stressverlof"
        rule(
            E,
            r"\b(?:took|taking|on|had|needed|met|nam)\s+(?:\w+\s+){0,3}?(?:stress|burn-?out)[\s-]?(?:leave|verlof)\b|"
            r"\bstressverlof\b",
            0.8,
            unless=r"\b(?:policy|beleid|regeling|scheme|entitle\w*)\b",
        ),
        rule(
            E,
            words(*EN_TERMS) + NEUTRAL_NEXT_EN,
            0.85,
            unless=THIRD_PARTY + "|" + TRADE,
            before_only=True,
            window=60,
        ),
        rule(
            E,
            words(phrase(*BODY_EN) + r"\s+" + phrase(*HEADS_EN)) + NEUTRAL_NEXT_EN,
            0.85,
            unless=THIRD_PARTY,
            before_only=True,
        ),
        # session 26: the knee ligament, not an access control list ("knee reconstruction in feb (ACL)", "an
        # ACL tear")
        rule(
            E,
            r"(?<![\w-])ACL(?![\w-])",
            0.75,
            case=True,
            near=r"\b(?:knee|knie|ligament|kruisband\w*|tear|rupture|reconstruction|surgery|injury|blessure|operatie)\b",
        ),
        rule(
            E,
            r"(?<![\w-])(?:ADHD|ADD|PTSD|OCD|MS|ALS|COPD|CFS|ME/CFS|IBS|HIV|AIDS|TBI|T[12]D)(?:-\w+)*(?![\w])",
            0.8,
            case=True,
            unless=THIRD_PARTY + "|" + TRADE,
            before_only=True,
        ),
        rule(
            E,
            words(
                r"(?:had|has|having|undergo|undergoing|underwent|recovering from|recovered from|after|"
                r"before|need|needs|scheduled for)\s+(?:a\s+|an\s+|my\s+|his\s+|"
                r"her\s+)?(?:\w+\s+)?(?:surgery|operation)",
                r"(?<!\b(?:"
                + THINGS
                + r")\s)(?:am|is|was|were|been|being|got|get)\s+(?:\w+\s+){0,2}?(?:ill|sick|hospitali[sz]ed"
                r"|in hospital|off work|unwell)(?!\s+(?:of|and tired))",
                r"(?:in|started|starting|attend(?:s|ing)?|undergoing|having|receiving|getting|need|needs|"
                r"my|his|her|after)\s+(?:weekly\s+|some\s+)?(?:physiotherapy|physio|physical therapy|"
                r"occupational therapy|psychotherapy|therapy|counselling|counseling|rehab|treatment)",
                r"(?:my|his|her|their)\s+(?:therapist|psychiatrist|psychologist|oncologist|cardiologist|"
                r"neurologist|rheumatologist|consultant|gp)(?=[\s,.;!?])",
                r"(?:check-up|appointment|treatment)\s+with\s+(?:my|his|her|the)\s+(?:oncologist|"
                r"cardiologist|neurologist|rheumatologist|psychiatrist|specialist)",
                r"(?:take|takes|took|taking|on|inject|injects)\s+(?:\w+\s+){0,2}?(?:medication|meds|pills|"
                r"antidepressants|insulin)",
                r"round of chemo",
                r"(?:guide|assistance|service|hearing) dog",
                r"white cane",
                r"(?:in|to|from|at) (?:a|the) (?:psychiatric (?:hospital|ward|clinic|unit)|mental hospital|"
                r"rehab(?:ilitation)? (?:clinic|centre|center)|detox (?:clinic|centre|center))",
                r"(?:chronic|persistent|constant) (?:pain|fatigue|illness|condition)",
                r"(?:am|is|was|are|being|registered|severely|physically|partially)\s+disabled(?!\s+(?:the|"
                r"a|an|by|for|in|on|via|when|due|it|this|that|and))",
                r"disabled\s+(?:person|people|employee|worker|veteran|candidate|applicant|parking|badge|"
                r"colleague)",
                r"occupational health (?:said|advised|assessment)",
            ),
            0.7,
        ),
        rule(
            E,
            words(
                r"(?:sees|seeing|saw|see|visits|visiting)\s+a\s+(?:therapist|psychologist|psychiatrist|"
                r"counsell?or)",
                r"(?:work|job)-related stress",
                r"(?:recovering|recovered|recovery|rehab|rehabilitation)\s+(?:from|after)\s+(?:a|an|my|his|her)\s+"
                r"(?:stroke|heart attack|breakdown|burnout|concussion|illness|injury|infection|pneumonia|"
                r"cancer)",
            ),
            0.7,
        ),
    ],
}

# An organisation named after a condition or faith ("Nederlands Kanker Instituut", "Jewish Museum Berlin") is
# an employer or a client, not data about a person.
_ORG_HEADS = (
    r"(?:Instituut|Institute|Fonds|Fund|Foundation|Support|Research|Museum|Trust|Charity|Stichting|Centrum|"
    r"Centre|Center|Ziekenhuis|Hospital|Kliniek|Clinic|UK|Nederland|Alliance|Federatie|Federation)"
)
_ORG_NAME = (
    r"\b(?:[A-Z][\w'’-]*\s+){1,4}"
    + _ORG_HEADS
    + r"\b|\b(?:Stichting|Vereniging|Federatie)(?:\s+[A-Z][\w'’-]*){1,4}"
)
# Absence as a management figure ("ziekteverzuim van het team gehalveerd", "reduced sick leave by 20%").
_REDUCE = (
    r"(?:verlaagd|verlaagde|verlagen|gehalveerd|halveerde|teruggedrongen|terugdringen|verminderd|"
    r"verminderde|gereduceerd|reduceerde|omlaag|gedaald|reduced|reducing|halved|cut|lowered|lowering)"
)
_ABSENCE = r"(?:ziekte)?verzuim\w*|sick(?:ness)? (?:leave|absence)|absenteeism"

BLOCKS = {
    "nl": [
        # session 22 look-alikes: a feeling as a figure of speech ("echt om depressief van te worden"), a
        # group's own medicines ("waarmee patiënten een herinnering krijgen voor hun medicijnen")
        block(
            E,
            r"\bom\s+(?:\w+\s+)?(?:depressief|gek|ziek|misselijk|wanhopig|moedeloos|kotsmisselijk)\s+(?:van\s+)?te\s+"
            r"(?:worden|raken)\b"
            r"|\b(?:pati[eë]nten|patients|gebruikers|users|cli[eë]nten|clients|deelnemers|participants)\b[^.!?\n]{0,50}\b"
            r"(?:hun|their)\s+(?:eigen\s+|own\s+)?(?:\w+\s+)?(?:medicijnen|medicatie|medication|medicines?|meds|"
            r"behandeling\w*|treatments?|therapie\w*|therapy)\b",
        ),
        # session 21 look-alikes: absence as a team's figure ("Het ziekteverzuim van haar team daalde"), doing
        # something blind ("die codebase blind navigeren"), slang for good ("His pitch was sick")
        block(
            E,
            r"\b(?:ziekteverzuim|verzuim|sick\s+leave|absence|absenteeism)\w*\s+(?:van|of|in|binnen|bij|across)\s+(?:het\s+|"
            r"de\s+|haar\s+|zijn\s+|hun\s+|the\s+|her\s+|his\s+|their\s+|our\s+|onze\s+)?(?:team|afdeling|department|"
            r"organisatie|organisation|organization|company|bedrijf|vestiging|site|unit)\b"
            r"|\bblind\s+(?:navigeren|typen|vertrouwen|vinden|navigate|type|typing)\b"
            r"|\b(?:pitch|demo|presentation|talk|set|track|goal|move|trick|code)\s+(?:was|is)\s+(?:\w+\s+)?sick\b",
        ),
        # a health word said of a trait or a pastime: "een allergie voor vage afspraken", "ongeneeslijk
        # optimistisch", "running is my therapy"
        block(
            E,
            r"\ballergi\w*\s+voor\s+(?!(?:noten|pinda\w*|gluten|lactose|melk|zuivel|eieren|ei|soja|schaaldieren|vis|"
            r"pollen|gras\w*|huisstof\w*|katten|honden|dieren|paarden|penicilline|antibiotica|medicijnen|bijen|wespen|"
            r"latex|nikkel|parfum|(?:de\s+)?zon|jodium|contrastvloeistof)\b)\w+(?:\s+\w+)?"
            r"|\b(?:ongeneeslijk|incurabl[ye])\s+(?:\w+(?:isch|ig|ief)|optimist\w*|romantic\w*|curious|nieuwsgierig)\b"
            r"|\b(?:that's|that\s+is|is|was|it's)\s+my\s+therapy\b|\bis\s+(?:mijn|m'n)\s+therapie\b",
        ),
        # a topic's awareness event and an electronics term: "an ADHD awareness webinar", "the bipolar
        # transistor stage"
        block(
            E,
            r"\b[\w-]+\s+(?:awareness|bewustwording\w*)\s+(?:webinar|training|session|sessie|campaign|campagne|"
            r"week|month|maand|day|dag|workshop|programme|program)s?\b",
        ),
        block(
            E,
            r"\bbipolar\s+(?:junction\s+)?(?:transistors?|junctions?|stepper|motors?|electrodes?|plates?|"
            r"signal\w*|encoding|supply|power)\b",
        ),
        # hyperbole about what may yet happen: "straks krijg ik nog een burn-out van dat ding"
        block(
            E,
            r"\b(?:straks|zo\s+meteen|dadelijk|nog\s+even\s+en)\s+(?:krijg|heb|raak|word)\s+ik\s+(?:nog\s+)?"
            r"(?:een\s+)?[\w-]+",
        ),
        # figures of speech: "ik ben blind voor typfouten", "een allergie voor meetings zonder agenda",
        # "verslaafd aan goede podcasts"
        block(
            E,
            r"\b(?:verslaafd|addicted)\s+(?:aan|to)\s+(?!(?:de\s+|het\s+)?(?:drugs|alcohol|drank|hero[iï]ne|heroin|"
            r"coca[iï]ne|cocaine|gokken|gambling|pillen|pills|medicijnen|opiat\w*|opioid\w*|wiet|coke|speed|nicotine|"
            r"roken|sigaretten|painkillers|pijnstillers)\b)",
        ),
        block(E, r"\bblind\s+(?:voor|to)\b"),
        block(
            E,
            r"\b(?:giving|gave|give|gives)\s+me\s+(?:a\s+)?(?:heart\s+attack|headache|migraine|ulcer|stroke)\b|"
            r"\b(?:bezorgt|bezorgde|geeft|gaf|bezorgd|gegeven)\s+(?:me|mij)\s+(?:\w+\s+)?(?:hoofdpijn|een\s+hartaanval|"
            r"migraine|een\s+maagzweer)\b|\b(?:me|mij)\s+(?:\w+\s+){0,2}(?:hoofdpijn|een\s+hartaanval)\s+(?:bezorgd|"
            r"gegeven|opgeleverd)\b",
        ),
        block(
            E,
            r"\ballergi\w*\s+(?:voor|for|to)\s+(?:\w+\s+)?(?:meetings?|vergader\w*|bureaucra\w*|gedoe|onzin|"
            r"politiek|politics|jargon|deadlines?|micromanagement|buzzwords?|small\s*talk|excel|powerpoint|"
            r"e?-?mails?|regels|rules|paperwork|papierwerk|overleg\w*|spreadsheets?|reorganisaties?)\b",
        ),
        # a topic of one's work among staff: "trainingen over het herkennen van burn-out bij medewerkers"
        block(
            E,
            r"\b(?:herkennen|voorkomen|signaleren|bespreekbaar\s+maken|recogni[sz]ing|preventing|spotting|"
            r"managing)\s+(?:van\s+|of\s+)?(?:[\w-]+\s+){1,2}?(?:bij|onder|in|among|amongst)\s+(?:\w+\s+)?"
            r"(?:medewerkers|werknemers|collega's|teams|employees|staff|colleagues|teams|workers)\b",
        ),
        # idioms: "ik ben er ziek van" (fed up), "dat project was een doodgeboren kind" (a failure)
        block(E, r"\b(?:ben|is|word|wordt|zijn|werd)\s+er\s+(?:\w+\s+){0,2}ziek\s+van\b"),
        # (session 27: also with words between and no article, "ik word eerlijk gezegd ziek van slordige code
        # reviews"; not a treatment or a bug, "ziek van de chemo", "ziek van een virus")
        block(
            E,
            r"\b(?:was|ben|is|werd|word|wordt|worden|werden)\s+(?:\w+\s+){0,2}?ziek\s+van\s+"
            r"(?!(?:(?:de|het|die|dat|een|mijn|zijn|haar|al|alle|dat\s+hele)\s+)?(?:chemo|medic|medicijn|"
            r"bestraling|behandeling|pil|kuur|virus|griep|bacterie|voedsel|eten|stress|werkdruk|zorgen|het\s+werk|"
            r"corona|covid|vaccin|prik|zwangerschap|alcohol|drank))\w+",
        ),
        # deaf or blind to something: "soms doof voor kritiek", "blind to the risks"
        block(
            E,
            r"\b(?:doof|blind|deaf)\s+(?:voor|to)\s+(?!(?:high|low|hoge|lage|bepaalde|certain)\b)"
            r"(?:(?:de|het|alle|elke|zijn|haar|the|any|all|his|her|their)\s+)?(?!geluid|sound|frequen)\w+",
        ),
        block(
            [E, "PREGNANCY"],
            r"\b(?:project|plan|idee|initiatief|voorstel|product|app|reorganisatie|fusie|samenwerking)\w*\s+"
            r"(?:\w+\s+){0,2}(?:was|is|bleek|werd)\s+een\s+doodgeboren\s+kind(?:je)?\b",
        ),
        block(["HEALTH", "RELIGION", "ETHNIC_ORIGIN"], _ORG_NAME, case=True),
        block(
            E,
            r"\b(?:"
            + _ABSENCE
            + r")\s+(?:\w+\s+){0,5}?"
            + _REDUCE
            + r"\b|\b"
            + _REDUCE
            + r"\s+(?:\w+\s+){0,3}?(?:"
            + _ABSENCE
            + r")|\b(?:"
            + _ABSENCE
            + r")\s+(?:van|bij|binnen|in|of|across|"
            r"in)\s+(?:het|de|ons|onze|the|our)\s+(?:team|afdeling|organisatie|medewerkers|personeel|staff|"
            r"workforce|department)\w*",
        ),
        # session 26: slang for great said of a thing ("Haar portfolio is echt ziek")
        block(
            E,
            r"\b(?:"
            + THINGS
            + r")\s+(?:is|was)\s+(?:echt\s+|zo\s+|gewoon\s+|best\s+|really\s+|so\s+)?(?:ziek|sick)\b",
        ),
        # session 26: medicine names known as names ("kende alle merknamen uit z'n hoofd, Ritalin, Concerta")
        block(
            E,
            r"\b(?:merk|medicijn|medicatie|product)namen\b[^.!?\n]{0,80}|\b(?:brand|drug|product|medicine)\s+names\b"
            r"[^.!?\n]{0,80}",
        ),
        # Idiom: "die bug is echt een ziekte".
        block(E, r"\b(?:is|was|blijft)\s+(?:echt\s+|gewoon\s+|best\s+)?(?:een|zo'?n)\s+ziekte\b"),
        block(
            E,
            r"(?<=(?:gedetineerd|detentie|gevangenis|reclassering|prison|offender)[^.!?\n]{0,60})re-?integr\w+|"
            r"re-?integr\w+(?=[^.!?\n]{0,60}(?:gedetineerd|detentie|gevangenis|reclassering|prison|offender))",
        ),
        block(E, r"(?<![\w])(?:GGZ|ggz)(?:-\w+)+|(?:jeugd-?)?ggz-instelling\w*"),
        block(E, r"\b(?:ziekenhuis(?!opname)|zorg|gezondheidszorg|apotheek|huisartsenpraktijk)\w*"),
        block(E, r"\b(?:KWF|Hartstichting|Diabetes Fonds|Reumafonds|Longfonds|Nierstichting)\b"),
        block(E, r"\bhealth (?:check|checks|endpoint|monitoring|probe)\b|\bhealthcheck\w*"),
        block(E, r"\b\w*(?:verzuimbeleid|verzuimmanagement|verzuimbegeleiding)\b|\bcasemanager verzuim\b"),
        block(E, r"\bMS (?:Office|Word|Excel|Teams|SQL|Access|Project|Dynamics|Azure)\b", case=True),
        block(E, r"\b(?:operatie|operaties)\s+(?:manager|management|leider|afdeling|team)\w*"),
        block(E, r"\bpatiënt(?:en)?(?:zorg|veiligheid|communicatie|dossier|portaal|data|gegevens)\w*"),
        block(
            E,
            r"\bre-?integratie van (?:medewerkers|werknemers|personeel|zieke \w+|cli[eë]nten|"
            r"werkzoekenden)\b",
        ),
        # session 18 look-alikes: a product for a patient group ("een app voor diabetespatiënten"), an idiom
        # ("Ik ben blind gevaren op die ene referentie")
        block(
            E,
            r"\b(?:app|apps|platform|tool|software|product|device|apparaat|systeem|system|service|dienst)\s+(?:voor|for)"
            r"\s+(?:\w+\s+)?[\w-]*(?:patiënten|patients|cliënten)\b"
            r"|\b(?:ben|is|zijn|was|waren|heb|hebben)\s+blind\s+gevaren\b|\bblind\s+(?:varen|vaart|vaar|voer)\s+op\b",
        ),
        # session 24 look-alike: "stomach" as a verb ("he couldn't stomach their line")
        block(E, r"\b(?:can['’]?t|couldn['’]?t|cannot|could\s+not|can\s+not|won['’]?t)\s+stomach\b"),
    ],
    "en": [
        block(E, r"\bhealth (?:check|checks|endpoint|monitoring|probe|score|dashboard)\w*|\bhealthcheck\w*"),
        # session 26: a fussy habit, not a disorder ("I'm a bit OCD about naming conventions")
        block(
            E,
            r"\b(?:a\s+bit|a\s+little|slightly|kinda|kind\s+of|so|super|een\s+beetje)\s+OCD\s+(?:about|over)\b",
        ),
        block(
            E,
            r"\b(?:mental health first aiders?|mental health awareness|mental health app|"
            r"occupational health (?:and|&) safety|health (?:and|&) safety)\b",
        ),
        block(E, r"\bMS (?:Office|Word|Excel|Teams|SQL|Access|Project|Dynamics|Azure)\b", case=True),
        block(
            E,
            r"\b(?:blind spots?|double-blind|blind (?:test|review|audition)|color-blind palette|deaf ears|"
            r"stroke of (?:luck|genius)|(?:butterfly|breast|back|swimming|brush|key|pen) ?strokes?|"
            r"ill-advised|ill-fated|cost breakdown|breakdown of|work breakdown|crutch|blind (?:cv|hiring|"
            r"recruitment|screening)|alcoholic (?:beverages|drinks)|non-alcoholic|(?:asset|drug|"
            r"property) seizures?)\b",
        ),
        block(
            E,
            r"\blithium[- ]?ion\w*|\bmedicatie\s+(?:toedienen|uitdelen|uitzetten|aftekenen|klaarzetten|"
            r"verstrekken)|\b(?:toedienen|uitdelen|uitzetten|verstrekken) van medicatie|"
            r"\badminister\w* (?:of )?medication",
        ),
        block(E, r"\b(?:GP|dental) surgery\b|\bsurgery (?:department|ward|unit)\b", case=True),
        block(
            E,
            r"\b(?:cancer|diabetes|heart|kidney|stroke|mental health|disability)\s+(?:centre|center|"
            r"research|charity|foundation|trust|ward|unit|society|association|fund|campaign|nurse)\b",
        ),
        block(E, r"\bCancer Research UK\b|\bMacmillan\b|\bBritish Heart Foundation\b"),
        block(E, r"\b(?:Great|economic) Depression\b|\bdepression-era\b|\beconomische depressie\b"),
        block(E, r"\bdisability (?:inclusion|confident|access|policy|services|insurance)\b"),
        # session 23 look-alikes: a sick-leave procedure for everyone ("Sick leave procedure: call your
        # manager before 9:00"), an institute named after a condition ("the Erasmus MC cancer institute")
        block(
            E,
            r"\b(?:sick(?:ness)?\s+(?:leave|absence)|ziekteverlof|ziekmelding|verzuim|absence)[\s-]*(?:procedure|"
            r"policy|policies|protocol|process|rules|beleid|regeling|reglement)\b"
            # session 25: a rule for everyone ("Sick leave must be reported to your line manager by 9:30")
            r"|(?<!\b(?:her|his|my|their|haar|zijn|mijn|hun)\s+)\b(?:sick(?:ness)?\s+(?:leave|absence)|ziekteverlof|"
            r"ziekmeldingen|verzuim)\s+(?:must|should|has\s+to|"
            r"needs\s+to|moet|dient)\s+(?:\w+\s+)?(?:be\s+)?(?:reported|gemeld|worden\s+gemeld|notified|logged|recorded)\b",
        ),
        block(
            E,
            r"\b(?:cancer|kanker|diabetes|heart|hart|kidney|nier|stroke|brain|hersen)[\s-]*(?:institute|instituut|"
            r"hospital|ziekenhuis|registry|register)\b",
        ),
    ],
}
