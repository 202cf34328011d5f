"""BIOMETRIC and GENETIC data about people.

Decision (documented for the engine): building or studying the technology is not personal data. "We built a
biometric login feature", "ervaring met gezichtsherkenning in OpenCV", "genetic algorithms", "promoveerde op
DNA-sequencing", "innovation is in our DNA" are not flagged; a person's fingerprint, face scan, DNA test or
hereditary predisposition is. The cue is the clause: build/develop/experience/expertise verbs and software
names cancel a match; a tool that processes candidates' faces still counts.
"""

from __future__ import annotations

from guardrails.special.cues import NEUTRAL_HEADS_NL, NO_DISEASE, THIRD_PARTY
from guardrails.special.rules import Rule, block, compound, rule, words

BIO = "BIOMETRIC"
GEN = "GENETIC"

_TECH_NL = (
    r"\b(?:gebouwd|bouwen|bouwde|bouwt|ontwikkeld|ontwikkelde|ontwikkelen|ontwikkelt|geïmplementeerd|"
    r"implementeerde|ervaring met|expertise|kennis van|OpenCV|PyTorch|TensorFlow|SDK|API|library|"
    r"promoveerde|promotieonderzoek|scriptie|afstudeer\w*|functie gebouwd|login-functie|opleiding tot|"
    r"cursus|onderzoek naar|publicatie\w*|technieken|model|modellen)\b"
)
_TECH_EN = (
    r"\b(?:built|build|building|builds|developed|develop|developing|implemented|implementing|designed|"
    r"engineered|experience (?:with|in)|expertise|knowledge of|OpenCV|PyTorch|TensorFlow|SDK|API|library|"
    r"PhD|thesis|dissertation|feature|features|research(?:ed|ing)? (?:on|into)|training to be|course|"
    r"techniques|models?|published|integrated|integrating|integration|sensors?|hardware|firmware|"
    r"research\w*)\b"
)

_TECH = _TECH_NL + "|" + _TECH_EN
# Genetic counselling and testing are personal ("erfelijkheidsonderzoek"); a department or a lab is not.
_GEN_TAILS = (
    r"(?:afdeling|centrum|laboratorium|lab|labs|kliniek|poli|artsen|arts|verpleegkundigen?|consulent\w*|"
    r"specialist\w*|onderzoeker\w*|docent\w*|opleiding|studie|algoritme\w*|techniek\w*|sequencing\w*)"
)

_READER = r"\b(?:vingerafdruk|gezichts|iris|fingerprint|face|facial)[\s-]?(?:scanner|lezer|sensor|reader)\w*"
_DEVICE_FAULT = (
    _READER + r"(?:\s+(?:van|op|in|aan|of|on)\s+(?:mijn|de|het|zijn|haar|onze|my|the|his|her|our)\s+"
    r"(?:laptop|telefoon|toestel|pc|computer|tablet|device|phone|keyboard|toetsenbord)\w*|(?:\s+\w+){0,6}?"
    r"\s+(?:werkt niet|kapot|defect|stuk|vervangen|gerepareerd|is broken|doesn't work|stopped working|"
    r"needs? (?:replacing|repair)))"
)

BIO_RULES: dict[str, list[Rule]] = {
    "nl": [
        # session 22: a print or pattern of the body kept to identify someone ("kept a faceprint of Mr
        # Jansen", "haar handpalmpatroon geregistreerd", "mijn netvliespatroon gescand", "de stemkenmerken ...
        # opgeslagen als spraakprofiel", "een DNA-referentiemonster afstaan")
        rule(
            BIO,
            words(
                r"face\s?prints?",
                r"gezichtsafdruk\w*",
                r"handpalm(?:patroon|patronen|scan\w*|afdruk\w*)",
                r"netvlies(?:patroon|patronen|scan\w*)",
                r"stemkenmerk\w*",
                r"spraakprofiel\w*",
                r"DNA-(?:referentie)?(?:monster|profiel)\w*",
            ),
            0.8,
        ),
        # session 23: a person's facial expressions read by a tool ("based on his facial micro-expressions",
        # "z'n gezichtsuitdrukkingen geanalyseerd")
        rule(
            BIO,
            r"\b(?:(?:facial|face)\s+(?:micro[\s-]?)?expressions?|micro[\s-]?expressions?|micro[\s-]?expressies?|"
            r"gezichts(?:uitdrukking|expressie)\w*)\b",
            0.8,
            near=r"\b(?:his|her|their|my|z'n|zijn|haar|mijn|m'n|cand\w*|kandida\w*|applicant|sollicitant\w*)\b",
            window=50,
        ),
        # a ten-print card, an iris template
        rule(
            BIO, r"\bten[- ]?print\s+(?:card|record|set)s?\b|\biris\s+(?:template|scan|code|pattern)s?\b", 0.8
        ),
        # one's own body at a reader: "mijn duim op de lezer leggen", "ze hebben mijn iris gescand", "the
        # scanner doesn't recognise my hand"
        rule(
            BIO,
            r"\b(?:mijn|m'n|zijn|z'n|haar|my|his|her)\s+(?:\w+\s+)?(?:iris|netvlies|retina|duim|vingers?|hand|"
            r"handpalm|gezicht|thumb|fingers?|fingertips?|hands?|palm|face)\b",
            0.75,
            near=r"\b(?:scan\w*|gescand|lezer|reader|scanner|herken\w*|recogni[sz]\w*|sensor|ontgrendel\w*|unlock\w*)\b",
            window=50,
        ),
        # a person's biometrics taken or compared: "got fingerprinted", "ran facial recognition on Dimitri's
        # recording", "compared the candidate's voice against the recording"
        rule(
            BIO,
            r"\b(?:got|get|gets|getting|was|were|been|being|be)\s+fingerprinted\b"
            r"|\b(?:facial|face)\s+recognition\s+on\s+(?:the\s+candidate['’]s|his|her|their|[A-Z]\w+['’]s)(?:\s+\w+)?"
            r"|\b(?:compared|matched|checked|verified)\s+(?:the\s+candidate['’]s|his|her|their|[A-Z]\w+['’]s)\s+(?:voice|"
            r"face|fingerprints?|iris)\b",
            0.8,
        ),
        # a person's biometrics processed: "selfie-to-passport facial match score", "voiceprint mismatch",
        # "selfie-video voor gezichtsverificatie", "de stemprint van de kandidaat"
        rule(
            BIO,
            r"\b(?:(?:facial|face|selfie(?:-to-\w+)?|liveness)[\s-]+(?:\w+[\s-]+)?(?:match|mismatch|verification|"
            r"score|check|scan|template)\w*|voice\s*prints?|voice\s+pattern|vocal\s+(?:\w+\s+){0,3}?profile|"
            r"stemprint\w*|stemafdruk\w*|stemkloon|stemmodel|stemanalyse|gezichtsuitdrukkingen|typritme|"
            r"gezichtsverificatie|selfie[\s-]*video\s+voor\s+\w+|live[\s-]?scan\s+(?:finger)?prints?|iris\s+(?:template|details|"
            r"scan)|thumb\s+impression)\b",
            0.75,
            near=r"\b(?:cand\w*|kandida\w*|applicant|vendor|verification|verified|flagged|his|her|my|their|me|mij|"
            r"ik|mijn|zijn|haar|sollicitant|submitted|person)\b",
        ),
        # session 25: the photo a face is matched against ("zijn referentiefoto is opnieuw ingeleerd")
        rule(
            BIO,
            words(
                r"referentiefoto\w*",
                r"reference\s+(?:photo|image|selfie|picture)s?",
                r"enrol(?:l)?ment\s+photos?",
            ),
            0.75,
            near=r"\b(?:gezichts\w*|face|facial|biometri\w*|selfie|match\w*|herken\w*|recogni[sz]\w*|ingeleerd|"
            r"enrol\w*)\b",
        ),
        rule(
            BIO,
            # (session 25: "zijn typpatroon", "her typing pattern")
            words(
                r"typing[- ](?:rhythm|pattern)\w*(?: profile)?",
                r"keystroke dynamics",
                r"toetsaanslagpatroon\w*",
                r"typ(?:patroon|patronen|gedrag)",
            ),
            0.8,
            near=r"\b(?:my|his|her|mijn|zijn|haar|me|mij|flagged|I)\b",
        ),
        rule(
            "BIOMETRIC",
            words(
                r"(?:zijn|haar|mijn|his|her|my) gang~patroon",
                r"(?:his|her|my) gait (?:pattern|analysis)",
                r"loop~analyse",
                r"gait recognition",
            ),
            0.75,
        ),
        rule(
            BIO,
            compound(
                "vingerafdruk",
                "vingerscan",
                "duimafdruk",
                "gezichtsherkenning",
                "gezichts(?:gegevens|data|meting|metingen|profiel|template|afdruk|analyse)",
                "gezichtsscan",
                "gezichtsverificatie",
                "gezichtsgeometrie",
                "gezichtskenmerken",
                "gezichtsopname",
                "gelaatsscan",
                "gelaatsherkenning",
                "irisscan",
                "irisherkenning",
                "retinascan",
                "handpalmscan",
                "handpalmherkenning",
                "handgeometrie",
                "aderpatroon",
                "aderscan",
                "stemprofiel",
                "stemafdruk",
                "stemherkenning",
                "biometri(?!cus|ci)",
                "looppatroonherkenning",
                "looppatroonanalyse",
                "toetsaanslagdynamiek",
            ),
            0.85,
            unless=_TECH,
            window=60,
            veto_tail=NEUTRAL_HEADS_NL + r"|(?:start-?up|bedrijf|leverancier|oplossing|technologie|hardware)",
        ),
        rule(
            BIO,
            words(
                r"(?:zijn|haar|mijn|hun|met) gezicht via Face ID",
                r"Face ID",
                r"Touch ID",
                r"(?:ontgrendel\w*|inlog\w*) met (?:zijn|haar|mijn) (?:gezicht|vinger|duim)",
                r"gezicht(?:en)? (?:\w+ )?(?:scannen|gescand|scant|herkennen|herkend|vergelijken|"
                r"vergeleken|verifiëren)",
                r"(?:scan|scant|scannen|herkent|herkennen|vergelijkt|"
                r"vergelijken) (?:\w+ ){0,3}?gezicht(?:en)?",
                r"selfie-?(?:controle|verificatie|check)",
                r"liveness-?(?:check|detectie)",
            ),
            0.8,
            unless=_TECH,
            window=60,
        ),
        rule(
            BIO,
            compound(
                "stemopname",
                "stemafdruk",
                "gezichtsvergelijking",
                "handtekeningdynamiek",
                "toetsaanslagdynamiek",
            ),
            0.75,
            unless=THIRD_PARTY,
        ),
        # session 18: behaviour logged as a biometric ("Het typeritme van de kandidaat werd gelogd", "his gait
        # signature from the security trial")
        rule(
            BIO,
            words(
                r"typeritme",
                r"toetsaanslag\w*",
                r"keystroke\s+dynamics",
                r"typing\s+(?:rhythm|cadence)",
                r"gait\s+(?:signature|template|print|profile)",
                r"looppatroon",
            ),
            0.8,
        ),
    ],
    "en": [
        rule(
            BIO,
            words(
                r"fingerprints?",
                r"thumbprints?",
                r"fingerprint scan\w*",
                r"facial recognition",
                r"face recognition",
                r"face scans?",
                r"facial scans?",
                r"Face ID",
                r"Touch ID",
                r"facial geometry",
                r"facial (?:profile|template|map|features? data)",
                r"facial features",
                r"facial expressions?",
                r"face templates?",
                r"faceprints?",
                r"iris scan\w*",
                r"retina(?:l)? scan\w*",
                r"palm scan\w*",
                r"palm vein\w*",
                r"vein patterns?",
                r"hand geometry",
                # session 24: "a hand scanner", "haar palmprint", "did some kind of voice analysis on her
                # answers"
                r"hand~scanners?",
                r"palm~prints?",
                r"voice analy(?:sis|ses|tics)",
                r"stem~analyse",
                r"voice~prints?",
                r"voice recognition",
                r"voice biometrics",
                r"gait (?:analysis|recognition)",
                r"biometric(?!us\b|i\b)\w*",
                r"biometrics",
                r"keystroke dynamics",
                r"(?:scan|scans|scanned|scanning|photograph\w*|captur\w+|match\w*|verif\w+|"
                r"recogni[sz]\w+)\s+(?:\w+'?s?\s+){0,3}?faces?",
                r"face (?:matching|match|verification|comparison|biometrics|authentication|unlock|geometry)",
                r"(?:facial|face) (?:data|measurements?)",
                r"selfie (?:check|verification|match|matching)",
                r"liveness (?:check|detection)",
            ),
            0.85,
            unless=_TECH,
            window=60,
        ),
        rule(
            BIO,
            words(
                r"face match(?:ing)?",
                r"eye scans?",
                r"(?<!-)fingerprinting",
                r"facial analysis",
                r"(?:photos?|pictures?|images?) of (?:his|her|my|their|your) face",
                r"voice (?:sample|recording)s? for (?:the )?voice[- ]?ID",
                r"signature dynamics",
            ),
            0.75,
            unless=THIRD_PARTY,
        ),
        # session 24: a person's face or voice analysed by a tool ("HireVue heeft z'n gezicht en stem
        # geanalyseerd", "the tool analysed her voice and face")
        rule(
            BIO,
            r"\b(?:z'n|zijn|haar|mijn|m'n|his|her|my|their)\s+(?:gezicht|stem|gezichtsuitdrukkingen|face|voice|facial\s+"
            r"expressions?)(?:\s+(?:en|and)\s+(?:(?:z'n|zijn|haar|his|her)\s+)?(?:stem|gezicht|voice|face))?\s+"
            r"(?:\w+\s+)?(?:geanalyseerd|gescand|gemeten|beoordeeld|analy[sz]ed|scanned|measured|scored)\b"
            r"|\b(?:analyseerde|scande|mat|analy[sz]ed|scanned|measured|scored)\s+(?:z'n|zijn|haar|his|her|their)\s+"
            r"(?:gezicht|stem|face|voice)(?:\s+(?:en|and)\s+(?:(?:z'n|zijn|haar|his|her)\s+)?(?:stem|gezicht|voice|face))?\b",
            0.75,
        ),
    ],
}

# Classic hereditary and chromosomal conditions: genetic and health data at once (recognizer.DUAL).
_HEREDITARY = (
    r"(?<![\w-])(?:(?:het\s+)?syndroom van (?:Down|Turner|Klinefelter|Marfan|Williams|Edwards|Patau|Lynch|"
    r"Prader-Willi|Angelman|Noonan|Ehlers-Danlos)|(?:Down|Turner|Klinefelter|Marfan|Williams|Edwards|Patau|"
    r"Lynch|Prader-Willi|Angelman|Noonan|Rett|[Ff]ragile[\s-]X|[Ff]ragiele[\s-][Xx]|Ehlers-Danlos)[\s-]?(?:syndroom|"
    r"syndrome)|Down'?s syndrome|(?:de )?ziekte van (?:Huntington|Duchenne|Tay-Sachs|Gaucher|Fabry)|"
    r"Huntington(?:'s disease|'s|-?ziekte)?|Duchenne(?: spierdystrofie| muscular dystrophy)?|Tay-Sachs|"
    r"Factor V Leiden|trisom(?:ie|y) ?\d{1,2}|cystic fibrosis|taaislijmziekte|sikkelcel\w*|"
    r"sickle[- ]cell(?: disease| ana?emia)?|thalassa?emi[ae]|hemofilie|ha?emophilia|PKU|fenylketonurie|"
    r"phenylketonuria|"
    # session 26: named alone or by its gene defect ("he's got Marfan", "his haemochromatosis", "long QT")
    r"Marfan|ha?emochromato(?:sis|se)|hemochromatose|[Ll]ong[\s-]QT(?:[\s-]syndro(?:om|me))?|LQTS)(?![\w-])"
)
# Named risk genes and variants, with or without a carrier word: "APOE4-drager", "an APOE4 carrier".
_RISK_GENE = (
    r"(?<![\w-])(?:APOE-?(?:e|ε)?4|BRCA-?[12]|HLA-B27|MTHFR|Factor V Leiden)(?:[\s-](?:drager|draagster|"
    r"dragerschap|carrier|mutatie|mutation|variant|gen|gene))?(?![\w-])"
)
# "het Factor V Leiden-gen", "het BRCA-gen": a named gene someone has (not "next-gen").
_NAMED_GENE = (
    r"(?<![\w-])(?:het|een|mijn|zijn|haar|the|a)\s+(?:\w+\s+){0,3}?(?!(?:next|new|nieuwe|last)-gen)"
    r"\w+-gen(?:en)?(?![\w-])"
)

GEN_RULES: dict[str, list[Rule]] = {
    "nl": [
        # session 22: a named gene's mutation or variant, and premutation carriers ("a pathogenic variant in
        # MYBPC3", "HFE-mutatie homozygoot", "fragiele-X-premutatie", "premutation carrier for Fragile X")
        rule(
            GEN,
            r"(?<![\w-])[A-Z][A-Z0-9]{1,7}[\s-](?i:mutatie|mutaties|mutation|mutations|variant|varianten|gen|gene)\b"
            r"(?!\s+(?i:editing|therapy|therapies|therapie\w*|technolog\w*|expression|drives?|research|onderzoek))"
            r"|\b(?i:(?:likely\s+)?pathogenic\s+variants?\s+(?:in|of))\s+[A-Z][A-Z0-9]{1,7}\b"
            r"|\b(?i:(?:fragiele|fragile)[\s-]?X[\s-]?(?:premutatie|premutation)|premutation\s+carrier)\b",
            0.8,
            case=True,
        ),
        # session 23: a named allele or gene someone has or carries, a drug-metaboliser type, a karyotype
        # ("het APOE4-allel", "I'm an APOE4 carrier", "a poor CYP2D6 metaboliser", "47,XXY")
        rule(
            GEN,
            r"(?<![\w-])(?:APOE-?(?:e|ε)?[234]|[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,4})?)[\s-](?i:allel|allelen|allele|alleles)\b"
            r"|\b(?i:i['’]m|i\s+am|ik\s+ben|he['’]s|she['’]s|(?:hij|zij|ze)\s+is)\s+(?:(?i:an?|een)\s+)?"
            r"(?:APOE-?(?:e|ε)?[234]|[A-Z][A-Z0-9]{1,7})[\s-]?(?i:carrier|drager|draagster)\b"
            r"|\b(?:(?i:poor|slow|intermediate|rapid|ultra-?rapid|fast|extensive|trage|langzame|snelle|ultrasnelle)\s+)?"
            r"[A-Z]{2,4}\d[A-Z]?\d{0,2}[\s-]?(?i:metaboli[sz]ers?|metaboliseerders?)\b"
            r"|(?<![\w,])4[5-8],\s?X{1,4}Y{0,3}(?![\w])(?:\s*\((?:Klinefelter|Turner|Triple\s+X|Jacobs)\w*\))?",
            0.8,
            case=True,
        ),
        # session 23: a test result in a note with a hereditary cue ("erfelijke hartafwijking in de familie,
        # zelf getest: positief")
        rule(
            GEN,
            r"\b(?:getest|tested)\s*[:,–-]?\s*(?:positief|positive)\b|\b(?:positief|positive)\s+getest\b",
            0.75,
            near=r"\b(?:erfelijk\w*|hereditary|inherited|familiair\w*|familial|gen|genen|genes?|genetic\w*|genetisch\w*|"
            r"dna|\w*mutatie\w*|mutations?|variant|drager|carrier|syndrome|syndroom|runs\s+in\s+(?:the|her|his|my|our)\s+"
            r"family|in\s+de\s+familie)\b",
            unless=r"\b(?:covid\w*|corona\w*|griep|flu|drugs?|alcohol|thc|cannabis|strep|zwanger\w*|pregnan\w*)\b",
        ),
        # tested for a family's variant, or a carrier (or not) of one: "getest op de familiemutatie", "ik ben
        # geen drager"
        rule(
            GEN,
            r"\b(?:getest|gescreend|tested|screened)\s+(?:\w+\s+){0,2}?(?:op|for)\s+(?:de\s+|het\s+|the\s+)?"
            r"(?:\w+\s+)?(?:\w*mutatie|\w*variant|mutation|gene|variant)\b"
            r"|\b(?:ben|is|zijn|am|are|'m)\s+(?:geen|not\s+a|a|een)?\s*(?:drager|carrier)\b",
            0.75,
            # (session 25: or a test one took, "heeft zich laten testen en is drager")
            near=r"\b(?:\w*mutatie|\w*gen|genen|mutation|genes?|erfelijk\w*|hereditary|dna|genetic\w*|genetisch\w*|"
            r"familie\w*|family|(?:laten\s+)?testen|getest|tested|test\s+results?)\b",
        ),
        rule(
            GEN,
            r"\b(?:carrier\s+panel\s+test|family\s+screening|dragerschapsonderzoek|familieonderzoek)\b",
            0.75,
            near=r"\b(?:my|her|his|mijn|haar|zijn|family|familie|gene|gen|syndrome|syndroom|mutation|mutatie)\b",
        ),
        rule(
            GEN,
            r"\binherited\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:mutation|gene|variant)\b|\b(?:de\s+)?(?:[\w-]+\s+)?"
            r"(?:mutatie|genmutatie|gendefect)\s+(?:geërfd|overgeërfd)\b",
            0.8,
        ),
        # a person's own result, in the words of a report or a clause with the verb last: "dat hij drager van
        # cystic fibrose is", "hij is gentest-positief", "haar exoomsequencing-uitslag", "her whole-genome
        # report", "sickle cell trait", "een Lynch-mutatie als reden voor ..."
        rule(
            GEN,
            r"\b(?:hij|zij|ze|ik|kandidaat|kandidate|kand\.?)\s+(?:\w+\s+)?(?:draagster|drager)\s+van\s+\w+|"
            r"\bgen(?:etisch)?[\s-]?test[\s-]?positief\b|\b(?:exoom|exome|genoom|genome)[\w-]*?[\s-]?(?:uitslag|report|"
            r"results?|analyse|analysis)\b|\bwhole[\s-]genome\s+(?:report|results?|sequencing|test)\b|"
            r"\b(?:sickle[\s-]cell|sikkelcel)[\s-]*(?:trait|drager\w*|dragerschap)\b|"
            r"\b(?:een|a|an)\s+\w+-(?:mutatie|mutation)\b",
            0.8,
            near=r"\b(?:my|her|his|mijn|haar|zijn|hij|zij|ze|ik|i|he|she|kand\w*|cand\w*)\b",
            unless=_TECH,
            window=60,
        ),
        # a carrier of a condition named by its acronym: "bevestigd drager van LQTS", "carrier of FH"
        rule(
            GEN,
            r"\b(?i:(?:(?:bevestigd|confirmed)\s+)?(?:drager|carrier)\s+(?:van|of)\s+(?:het\s+|een\s+|the\s+|"
            r"a\s+)?)[A-Z]{2,6}\d?\b",
            0.8,
            case=True,
        ),
        rule(
            "GENETIC",
            words(
                r"positief (?:getest )?(?:voor|op) (?:\w+ )?(?:familiaire|erfelijke) [\w-]+",
                r"(?:familiaire|erfelijke) (?:hypercholesterolemie|borstkanker|darmkanker|aanleg)",
                r"tested positive for (?:the )?[\w'-]+ gene",
            ),
            0.8,
        ),
        # session 26: a predisposition read from a DNA test ("zijn 23andMe-resultaten ... dat hij geen aanleg
        # voor alzheimer heeft"), an ancestry share ("her DNA ancestry test showed 25% Ashkenazi ancestry")
        rule(
            GEN,
            words(
                r"(?:geen|een|verhoogde|hogere|lage|(?:an?\s+)?(?:increased|higher|lower))?\s*(?:genetische\s+|"
                r"genetic\s+)?(?:aanleg|predisposition)\s+(?:voor|to|for)\s+[\w'’-]+",
                r"\d{1,3}\s?%\s+(?:[\w'’-]+\s+){1,2}?(?:ancestry|afkomst|DNA)",
            ),
            0.8,
            near=r"\b(?:DNA|23andMe|Ancestry(?:DNA)?|MyHeritage|genetic\w*|genetisch\w*|gentest\w*|erfelijk\w*)",
        ),
        rule(GEN, _RISK_GENE, 0.85, unless=_TECH, window=60),
        # session 24: a named risk gene's result, whatever study produced it ("She has an APOE4 result from a
        # research study"); a named condition's diagnosis ("z'n Marfan-diagnose"); a condition that runs in
        # the family ("Lynch syndrome runs in her family", "Huntington zit bij hem in de familie")
        rule(
            GEN,
            r"(?<![\w-])(?:APOE-?(?:e|ε)?[234]|BRCA-?[12]|HLA-B27|MTHFR|CYP\w+)[\s-]+(?:result|results|uitslag|status|"
            r"genotype|genotypering|test\s+result|testuitslag)\b"
            r"|(?<![\w-])(?:Marfan|Lynch|Turner|Klinefelter|Noonan|Ehlers-Danlos|Huntington|Duchenne)[\s-](?:diagnose|"
            r"diagnosis|patiënt|patient)\b"
            r"|\b(?:syndrome|syndroom|disease|ziekte|condition|aandoening|gene|gen)\s+(?:\w+\s+)?(?:runs|ran)\s+in\s+"
            r"(?:the|her|his|my|our|their)\s+family\b",
            0.8,
            near=r"\b(?:she|he|her|his|i|my|mijn|ik|hij|zij|ze|haar|zijn|z'n|kandidaat|candidate|kand)\b",
        ),
        rule(
            GEN,
            r"(?<![\w-])DNA(?:-\w+)+(?![\w-])",
            0.85,
            case=True,
            unless=_TECH,
            window=60,
            veto_tail=_GEN_TAILS,
        ),
        rule(
            GEN,
            words(
                r"(?:mijn|zijn|haar|hun) DNA",
                r"DNA (?:laten|afgenomen|afnemen|test|onderzoek|analyse)",
                r"(?:draagster|drager) van (?:een|het|de) \w+",
                r"(?:ben|is|zijn|als)\s+(?:\w+\s+)?(?:draagster|drager) van \w+(?:\s+\w+)?",
                r"klinisch geneticus",
                r"klinische genetica",
                r"23andMe",
                r"AncestryDNA",
                r"MyHeritage DNA",
                r"(?:gen|genen) voor \w+",
            ),
            0.85,
            unless=_TECH,
            window=60,
        ),
        rule(
            GEN,
            compound(
                "(?<!bed)erfelijk",
                "genetisch",
                "genetische",
                "genmutatie",
                "genafwijking",
                "gendefect",
                "genvariant",
                "genoom",
                "chromosoom",
                "chromosomale",
                "dragerschap",
                "afstammingstest",
                "vaderschapstest",
                "lynch~syndroom",
                "genetica-onderzoek",
            )
            + r"(?:\s+(?:aanleg|aandoening|aandoeningen|ziekte|ziekten|afwijking|onderzoek|test|screening|r"
            r"isico|belasting|defect|mutatie|materiaal|profiel)\w*)?",
            0.85,
            unless=_TECH + r"|\balgoritm\w*|\bprogrammer\w*",
            window=60,
            veto_tail=_GEN_TAILS,
        ),
        rule(GEN, r"(?<![\w-])BRCA[12]?(?:-\w+)*(?![\w-])", 0.85, case=True),
        rule(GEN, _HEREDITARY, 0.85, case=True, unless=_TECH + r"|" + THIRD_PARTY, also=("HEALTH",)),
        rule(GEN, _NAMED_GENE, 0.8, unless=_TECH),
        # "een erfelijke vorm van doofheid", "een erfelijke hartafwijking"
        rule(
            GEN,
            words(
                r"(?:erfelijke|genetische)\s+(?:vorm|variant|type)\s+van",
                r"(?:erfelijke|genetische)\s+(?:ziekte|aandoening|\w*afwijking|stoornis)",
            ),
            0.8,
        ),
        # session 18: a test result with nobody named beside it ("(gentest positief)"), a carrier with the
        # verb first ("dat ze drager is van SMA"), a result by its panel ("Her genetic panel came back ...")
        rule(GEN, r"\bgen(?:etisch)?[\s-]?test[\s-]?positief\b", 0.8),
        rule(
            GEN,
            r"\b(?:hij|zij|ze|ik|kandidaat|kandidate)\s+(?:draagster|drager)\s+(?:is|was|bleek|blijkt)\s+van\s+\w+"
            r"|\b(?:my|her|his|their|mijn|haar|zijn)\s+(?:genetic|gene|dna)\s+(?:panel|screen(?:ing)?)\b",
            0.8,
        ),
        # session 19: a familial condition ("Familiaire hypercholesterolemie zit bij haar in de familie"), a
        # sequencing of a person, a mutation in a named gene
        rule(
            GEN,
            r"\b(?:familial|familiaire)\s+\w*(?:emie|emia|aemia|ose|osis|itis|syndroom|syndrome|kanker|cancer|disease|"
            r"ziekte|aandoening|cholesterol\w*|hypercholesterol\w*)\b"
            r"|\b(?:exoom|genoom|exome|genome|whole[\s-]genome|whole[\s-]exome)[\s-]?(?:sequencing|sequencen|analyse|"
            r"analysis|onderzoek)\b(?=[^.;\n]{0,60}\b(?:bij\s+(?:hem|haar|mij)|showed|toonde|liet\s+zien|he|she|hij|zij|"
            r"ze|his|her|zijn|haar)\b)"
            r"|\bmutatie\s+in\s+(?:het|zijn|haar)\s+[\w-]+-?gen\b|\bmutation\s+in\s+(?:the|his|her)\s+[\w-]+\s+gene\b",
            0.8,
        ),
    ],
    "en": [
        # a carrier with the verb last, or named by a condition's acronym: "dat hij drager is van het
        # cystische-fibrosegen", "a CF carrier"; one's own sequencing results or DNA profile
        rule(
            GEN,
            r"\b(?i:drager|draagster)\s+(?i:is|ben|was)\s+(?i:van)\s+(?i:het|een|de)\s+[\w-]+"
            r"|\b(?i:an?|een)\s+(?:CF|SMA|FH|HD|LQTS|DMD|PKU|FMF|G6PD|BRCA[12]?)[- ]?(?i:carrier"
            r"|drager|draagster)\b"
            r"|\b(?i:my|his|her)\s+(?i:(?:whole[- ])?genome\s+sequencing|genetic\s+test|DNA\s+test"
            r"|genetic|DNA)\s+"
            r"(?i:results?|data|profile|report)\b"
            r"|\b(?i:mijn|zijn|haar)\s+DNA-?(?i:profiel|uitslag|test)\b",
            0.75,
            case=True,
        ),
        rule(
            GEN,
            words(
                r"(?:raw )?DNA (?:tests?|testing|samples?|profiles?|profiling|analysis|kits?|results?|swabs?|"
                r"data|files?|sequences?|report)",
                r"(?:my|his|her|their) DNA",
                r"ancestry DNA(?: kits?)?",
                r"23andMe",
                r"AncestryDNA",
                r"genetic (?:tests?|testing|screening|predisposition|disorders?|conditions?|risks?|"
                r"counsel\w*|markers?|mutations?|variants?|data|information|results?|make-?up|history|"
                r"profile|diseases?|test results)",
                r"family genetic history",
                # session 25: a family history of a heritable disease ("a family history of ovarian cancer")
                r"family history of (?:\w+\s+){0,2}?(?:cancer|heart disease|heart conditions?|dementia|"
                r"alzheimer['’]s|huntington['’]s|diabetes|[\w-]+ syndrome)",
                r"hereditary(?: \w+)?",
                r"inherited (?:conditions?|diseases?|disorders?|heart condition|genes?|mutations?|risk)",
                r"gene (?:mutations?|variants?|tests?|therapy)",
                r"[\w']+ gene",
                r"genome sequencing",
                r"genomic (?:test\w*|data|screening)",
                r"genotyp\w*",
                r"(?:whole-)?exome sequencing",
                r"carrier (?:screening|status|of (?:the|a) [\w ]{0,30}?gene)",
                r"paternity tests?",
                r"chromosomal (?:abnormalit\w+|disorders?|conditions?)",
            ),
            0.85,
            unless=_TECH + r"|\balgorithms?\b|\bprogramming\b",
            window=60,
        ),
        rule(GEN, r"(?<![\w-])BRCA[12]?(?:[- ]\w+)?(?![\w-])", 0.85, case=True),
        # "an inherited form of deafness", "a hereditary heart defect"
        rule(
            GEN,
            words(
                r"(?:inherited|hereditary|genetic)\s+(?:form|type|variant)\s+of",
                r"(?:inherited|hereditary|genetic)\s+(?:\w+\s+)?(?:disease|disorder|condition|defect|abnormality|"
                r"anomaly)",
            ),
            0.8,
        ),
    ],
}

BLOCKS = {
    "nl": [
        # session 21 look-alikes: a carrier of an idea ("drager van de cultuurverandering"), heredity as a
        # school topic, biometric systems installed, voice recognition as a product feature
        block(
            GEN,
            r"\b(?:drager\s+van|carrier\s+of)\s+(?:de|het|the)\s+(?![^.;,\n]{0,40}\b(?:\w*gen|genen|genes?|\w*mutati\w*|"
            r"variant\w*|\w*ziekte\w*|disease|syndro\w*|aandoening\w*|condition|disorder|erfelijk\w*|heredit\w*|DNA|"
            r"\w*anemi\w*|\w*fibros\w*|hemofilie|haemophilia|allel\w*|trait)\b)(?:[\w-]+\s+){0,2}?[\w-]+|\b(?:hoofdstuk|chapter|module|les|lesson|vak|course|cursus)\s+(?:over\s+|on\s+)?"
            r"(?:erfelijkheid|genetica|genetics|heredity)\b",
        ),
        block(
            BIO,
            r"\bbiometric\s+(?:access(?:\s+control)?|systems?|scanners?|terminals?|readers?|devices?|locks?|time\s+clocks?|"
            r"hardware)\b|"
            # (session 23: the same in Dutch, "geen biometrische toegangscontrole")
            r"\bbiometrische?\s+(?:toegangscontrole|scanners?|terminals?|lezers?|sloten|slot|hardware)\b|\b(?:voice|speech|spraak)\s*(?:recognition|herkenning)\s+(?:(?:in|for|voor)\s+(?:the\s+|our\s+|de\s+|"
            r"onze\s+|het\s+)?(?:ivr|contact\s*cent\w+|call\s*cent\w+|klantenservice|software|apps?|platform|products?|"
            r"systems?|systeem|tools?)|software|module|feature|engine)\b",
        ),
        # a mark someone left on their work: "zijn vingerafdruk zie je overal terug", "her fingerprints are
        # all over the design", "je ziet zijn vingerafdruk op elk project"
        block(
            "BIOMETRIC",
            r"\b(?:vingerafdruk\w*|fingerprints?)\b(?=(?:\s+\w+){0,3}\s+(?:overal|all\s+over|terug\s+in|on\s+every|"
            r"op\s+(?:elk|ieder|alle)|in\s+(?:elk|ieder|alle))\b)",
        ),
        # recognition technology as a product one worked on: "IDEMIA's facial recognition e-gates"
        block(
            BIO,
            r"\b(?:facial|face|gezichts)[\s-]?(?:recognition|herkenning)[\s-]+(?:e-?gates?|gates?|systems?|software|"
            r"cameras?|products?|solutions?|platform|module|features?|sdk|api|poortjes|systeem|systemen|camera'?s|"
            r"terminals?|technology|technologie)\b",
        ),
        block(GEN, r"\bgenetische? algoritm\w*|\bgenetisch programmeren\b"),
        # session 23 look-alike: heredity in animals or plants ("ik weet meer van erfelijkheid bij kippen")
        block(
            GEN,
            r"\b(?:erfelijkheid|genetica|genetics|heredity|inheritance)\s+(?:bij|in|van|of)\s+(?:\w+\s+)?(?:kippen|"
            r"dieren|planten|honden|katten|paarden|koeien|runderen|varkens|vee|gewassen|muizen|fruitvliegjes|"
            r"erwten|animals|plants|dogs|cats|horses|cattle|chickens|poultry|crops|mice|fruit\s+flies|peas)\b",
        ),
        block(GEN, r"\b(?:bacterial|plant|viral|yeast|bacteriële)?\s*gene?\s+expression\b|\bgenexpressie\b"),
        block(
            BIO,
            r"['‘\"“]fingerprint['’\"”]|\bnot\s+biometric\w*|\bfingerprint\s+of\s+(?:each|every|the|a)\s+(?:file|document|"
            r"record|request|build|image)|\bfingerprint\s+(?:van|of)\s+(?:je|jouw|your|de|the|het|a|een)\s+"
            r"(?:(?:ssh|gpg|pgp|public|publieke|host)[\s-]*)?(?:sleutel|key|certificaat|certificate|cert)",
        ),
        # a biometric feature built or audited as work: "shipped a Face ID login flow", "a facial-recognition
        # bias audit for a client"
        block(
            BIO,
            r"\b(?:face\s*id|touch\s*id|facial[- ]recognition|gezichtsherkenning|fingerprint|vingerafdruk)\w*"
            r"[\s-]+(?:\w+[\s-]+)?(?:login|flow|feature|bias|audit|model|sdk|api|integration|integratie|"
            # (session 23: "Face ID-ondersteuning ingebouwd in de app")
            r"ondersteuning|support|functionaliteit|functionality|"
            r"module|pipeline|system|systeem|product|cameras?|unlock)\b",
        ),
        # A reader as a device that fails or belongs to hardware is not anyone's biometric data.
        block(BIO, _DEVICE_FAULT),
        block(BIO, r"\bbiometrisch\w*\s+(?:paspoort|identiteitskaart|ID-kaart|reisdocument|document)\w*"),
        block(
            GEN, r"\b(?:in het|in ons|in hun|zit in (?:ons|het|hun)) DNA\b|\bDNA van (?:het|ons|de|onze) \w+"
        ),
        block(GEN, r"\b(?:is|als|werkt als|werkte als) (?:een )?klinisch geneticus\b"),
        block(BIO, r"\bvingerafdrukdeskundige\w*\b|\bspraakherkenning\b"),
        # session 18 look-alikes: a scanner on a door or an access procedure, nobody's data ("De
        # vingerafdrukscanner op de deur van serverruimte B", "Toegang tot het datacenter gaat via een
        # irisscan"); a style as a fingerprint; a genetic counsellor as a job; the law on such data ("GINA
        # bars employers from using genetic information", "BIPA requires consent before collecting biometric
        # identifiers")
        block(
            BIO,
            r"\b(?:vingerafdruk|fingerprint|iris|gezichts|face|hand)[\s-]?(?:scanners?|lezers?|readers?|slot|locks?|"
            r"terminals?)\s+(?:op|on|bij|at|van|of|in|aan)\s+(?:de|het|the|our|onze|elke|every)\b"
            r"|\b(?:toegang|access)\b[^.;\n]{0,50}\bvia\s+(?:een\s+|an?\s+)?(?:irisscan|iris\s+scan|"
            r"vingerafdruk\w*|fingerprint\s+scan|gezichtsherkenning|face\s+scan)"
            r"|\bfingerprint\s+of\s+(?:her|his|their|the|our|this|a|my)\s+(?:\w+\s+)?(?:style|design|work|approach|"
            r"brand|code|writing|taste)\b",
        ),
        # (session 25: not one a person goes to see, "off to see a genetic counsellor about her family")
        block(
            GEN,
            r"(?<!\b(?:see|sees|seeing|saw|seen|visit|visits|visiting|visited|with|to|naar|bij)\s+(?:a|an|the|her|his|my|"
            r"een|de|haar|zijn|mijn)\s+)\b(?:genetic\s+counsell?ors?|genetisch\s+consulent\w*)\b",
        ),
        block(
            (BIO, GEN),
            r"\b(?:GINA|BIPA|AVG|GDPR|wet|law|act|regulation)\b[^.;\n]{0,60}\b(?:genetic\s+information|"
            r"biometric\s+(?:identifiers|data|information)|genetische\s+gegevens|biometrische\s+gegevens)\b",
        ),
        # session 19 look-alikes: a biometric feature of a device or product ("de vingerafdruklezer van hun
        # telefoon", "their phone's fingerprint reader", "Face ID en vingerafdruk als optie"), one not used
        # ("Onze app gebruikt geen gezichtsherkenning")
        block(
            BIO,
            r"\b(?:kandidaten|candidates|users|gebruikers|medewerkers|employees|staff|iedereen|everyone|klanten|"
            r"customers)\b[^.;\n]{0,60}\b\w*(?:vingerafdruk|fingerprint|gezichts|face|iris)[\s-]?(?:lezer|reader|"
            r"scanner|sensor|unlock|ontgrendeling|login|inlog)\w*"
            r"|\b(?:face\s+id|touch\s+id|vingerafdruk|fingerprint|gezichtsherkenning|facial\s+recognition)\b[^.;\n]{0,30}"
            r"\b(?:als\s+optie|as\s+an?\s+option|optioneel|optional)\b"
            r"|\b(?:gebruikt|gebruiken|uses?|use)\s+(?:geen|no|not|never|nooit)\s+(?:\w+\s+)?(?:gezichtsherkenning|"
            r"facial\s+recognition|face\s+recognition|biometri\w*|vingerafdruk\w*|fingerprint\w*)",
        ),
        # session 24: a gene for a condition, carried without the condition, is no health data
        block("HEALTH", NO_DISEASE),
        # session 24 look-alike: an API or class name in CamelCase ("Android BiometricPrompt",
        # "FingerprintManager", "FaceDetector")
        block(BIO, r"\b(?:Biometric|Fingerprint|Face|Voice|Iris|Palm)[A-Z][a-z]\w*", case=True),
    ],
    "en": [
        block(GEN, r"\bgenetic (?:algorithms?|programming|operators?)\b"),
        block(GEN, r"\b(?:in (?:our|its|their|the company's|the) DNA|company's DNA|brand DNA|our DNA)\b"),
        # "Selling is in his DNA", "It's in my DNA", "Het zit in mijn genen": a talent, not genetic data.
        block(
            GEN,
            r"\b(?:is|'s|het|zit|zat|runs|lies)\s+(?:(?:gewoon|echt|just|really|simply|helemaal|totally)\s+)?in\s+"
            r"(?:zijn|haar|hun|mijn|his|her|their|my)\s+(?:DNA|genen|genes)\b",
        ),
        block(
            BIO,
            r"\bfingerprint (?:examiner|expert|analyst)s?\b|\b(?:browser|device|file|document|code|canvas|"
            r"digital|tls|audio|sha-?\d+|md5|hash|bestand|key|ssh|gpg|pgp|certificate|certificaat) "
            r"fingerprint\w*\b|"
            r"\bspeech recognition\b",
        ),
        block(GEN, r"\b(?:is|as|works as|worked as|working as) an? (?:\w+ )?genetic counsell?or\b"),
        block(GEN, r"\bgene pool\b|\bGenes? [A-Z]\w+", case=True),
        # session 26: biometrics as a trade or a means of entry, and what is not used ("Biometrics engineer
        # at IDEMIA", "improved fingerprint matching accuracy", "inloggen met gezichtsherkenning", "niet met
        # vingerafdrukken", "no biometric data is processed")
        block(
            BIO,
            r"\bbiometrics?\s+(?:engineer|developer|specialist|consultant|researcher|scientist|architect|lead|"
            r"manager|team|ingenieur)s?\b"
            r"|\b(?:fingerprint|face|facial|iris|voice|speaker)\s+(?:matching|recognition|verification)\s+"
            r"(?:accuracy|algorithms?|models?|engine|benchmark|performance|pipeline)\b"
            r"|\b(?:inloggen|ontgrendelen|log\s+in|sign\s+in|unlock)\s+(?:met|with|via|using)\s+(?:je\s+|jouw\s+|your\s+)?"
            r"(?:gezichtsherkenning|vingerafdruk|face\s*id|touch\s*id|fingerprint|facial\s+recognition)\b"
            r"|\b(?:niet|not)\s+(?:met|with|via|by)\s+(?:vingerafdruk\w*|gezichtsherkenning|irisscan\w*|fingerprints?|"
            r"facial\s+recognition|face\s+scans?)(?:\s+(?:of|or)\s+(?:vingerafdruk\w*|gezichtsherkenning|"
            r"irisscan\w*|fingerprints?|facial\s+recognition|face\s+scans?))?"
            r"|\b(?:no|geen)\s+biometri\w*\s+(?:data|gegevens)\s+(?:is|are|wordt|worden)\b",
        ),
    ],
}
