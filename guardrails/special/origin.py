"""ETHNIC_ORIGIN (special) and NATIONALITY (protected): origin words decide, a demonym alone never does.

ETHNIC_ORIGIN needs an origin word ("Marokkaanse afkomst", "Surinaamse roots", "of Moroccan descent"), a
hyphenated identity ("Turks-Nederlandse", "British-Pakistani"), an ethnic group ("Koerd", "Roma", "Hispanic"),
or skin colour/race. NATIONALITY needs a citizenship word ("nationaliteit", "paspoort", "citizen"), a
demonym as a predicate about a person ("hij is Duitser", "I'm Belgian") or a demonym before a person noun
("de Poolse kandidaat"). A language skill ("Turks (moedertaal)", "Dutch (C2)", "fluent in Arabic") is neither.
"""

from __future__ import annotations

from dataclasses import replace

from guardrails.special.demonyms import EN_ADJ, EN_NOUN, NL_ADJ, NL_NOUN
from guardrails.special.rules import Rule, block, rule, words

ETH = "ETHNIC_ORIGIN"
NAT = "NATIONALITY"
# Home places are no origin ("mijn moeder komt uit Zwolle"): the Dutch and Belgian places list, and Britain's
# and Ireland's largest places, which that list lacks.
_HOME_EXTRA = frozenset(
    {
        "London",
        "Manchester",
        "Birmingham",
        "Leeds",
        "Glasgow",
        "Edinburgh",
        "Liverpool",
        "Bristol",
        "Sheffield",
        "Cardiff",
        "Belfast",
        "Dublin",
        "Cork",
        "Newcastle",
        "Nottingham",
        "Leicester",
        "Yorkshire",
        "Cornwall",
        "Devon",
        "Kent",
        "Essex",
        "Scotland",
        "Wales",
        "England",
        "Ireland",
        "Britain",
        "Holland",
        "Brabant",
        "Limburg",
        "Friesland",
        "Flanders",
        "Vlaanderen",
        "Wallonia",
    }
)


class _HomePlace:
    """`veto_tail` for "from <place>": a place at home ends the match's claim to an origin elsewhere."""

    def search(self, text: str, start: int, end: int) -> bool:
        from guardrails.recognizers.pii.location_nl import places  # that package imports this one

        words_ = text[start:end].split()
        last, pair = words_[-1], " ".join(words_[-2:])
        return last in _HOME_EXTRA or last in places() or pair in places()


_NL_COUNTRIES = (
    r"(?:Marokko|Turkije|Suriname|Indonesië|Curaçao|Aruba|Bonaire|de Antillen|Syrië|Irak|Iran|Afghanistan|"
    r"Eritrea|Somalië|Ethiopië|Ghana|Nigeria|Egypte|Algerije|Tunesië|India|Pakistan|Bangladesh|Sri Lanka|"
    r"China|Vietnam|Polen|Roemenië|Bulgarije|Kaapverdië|de Molukken|Kosovo|Bosnië|Servië|Koerdistan|Congo|"
    r"Angola|Kameroen|Sudan|Soedan|Jemen|Libanon|Palestina|de Filipijnen|Thailand|Brazilië|Colombia)"
)
_EN_COUNTRIES = (
    r"(?:Morocco|Turkey|Türkiye|Suriname|Indonesia|Curaçao|Aruba|Syria|Iraq|Iran|Afghanistan|Eritrea|"
    r"Somalia|Ethiopia|Ghana|Nigeria|Egypt|Algeria|Tunisia|India|Pakistan|Bangladesh|Sri Lanka|China|"
    r"Vietnam|Poland|Romania|Bulgaria|Cape Verde|Kosovo|Bosnia|Serbia|Kurdistan|Congo|Angola|Cameroon|"
    r"Sudan|Yemen|Lebanon|Palestine|the Philippines|Thailand|Brazil|Colombia|Jamaica|Trinidad|Barbados|"
    r"Hong Kong|Korea|Japan|Mexico|Kenya|Uganda|Zimbabwe|Nepal)"
)
_NL_ORIGIN = r"(?:afkomst|komaf|achtergrond|roots|wortels|origine|afstamming|herkomst|bloed)"
_EN_ORIGIN = r"(?:descent|heritage|origin|origins|ancestry|background|roots|extraction|parentage)"
# One person (singular): a plural group ("Poolse uitzendkrachten", "Brazilian colleagues") is other people, a
# workforce or a market, not data about the candidate.
# session 25: "dubbele nationaliteit (Nederlands-Marokkaans)", "dual citizenship: British/Irish"
_DUAL_HALVES = (
    r"(?<=\b(?i:dubbele?|dual|double)\s+(?i:nationaliteit|paspoort|nationality|citizenship|passports?)\s*[(:,–-]?\s*"
    r"\(?\s*)(?:"
    + NL_ADJ
    + "|"
    + EN_ADJ
    + r")(?:\s*[-/]\s*|\s+(?i:en|and)\s+)(?:"
    + NL_ADJ
    + "|"
    + EN_ADJ
    + r")\b"
)
_NL_PERSON = (
    r"(?:kandida(?:at|te)|collega|medewerker|werknemer|uitzendkracht|arbeidsmigrant|kennismigrant|"
    r"sollicitant|man|vrouw|jongen|meisje|student|studente|vluchteling|expat|chauffeur|arbeider|stagiair|"
    r"buurman|buurvrouw|monteur|schoonmaker|verpleegkundige|ontwikkelaar|programmeur|werkzoekende|"
    r"staatsburger|onderdaan|burger|statushouder|asielzoeker|asielzoekster|nieuwkomer)"
)
_EN_PERSON = (
    r"(?:candidate|colleague|employee|worker|applicant|national|citizen|man|woman|guy|girl|boy|student|"
    r"refugee|expat|driver|migrant|immigrant|contractor|passport holder|subject|resident)"
)
# A group is nationality data when it is a hiring preference ("de klant wil geen Roemeense uitzendkrachten").
_NL_GROUP = (
    r"(?:kandidaten|collega's|medewerkers|werknemers|uitzendkrachten|arbeidsmigranten|sollicitanten|mannen|"
    r"vrouwen|jongens|meisjes|studenten|vluchtelingen|expats|chauffeurs|arbeiders|stagiairs|monteurs)"
)
_EN_GROUP = (
    r"(?:candidates|colleagues|employees|workers|applicants|nationals|citizens|men|women|guys|girls|boys|"
    r"students|refugees|expats|drivers|migrants|immigrants|contractors)"
)
_SELECTING = (
    r"\b(?:geen|liever|alleen|uitsluitend|niet|no|not|only|prefer\w*|don't|doesn't|won't|rather|avoid)\b"
)
# A language skill: demonym followed by a level or "native/mother tongue", or preceded by a verb of speaking.
_SKILL_NL = (
    r"\b(?:spreek|spreekt|spreken|sprak|taal|talen|taalvaardigheid|moedertaal|vloeiend|tolk\w*|vertaa?l\w*|"
    r"les in|docent|schrijf|lees)\b|\([ABC][12]\)|\b[ABC][12]\b"
)
_SKILL_EN = (
    r"\b(?:speak|speaks|speaking|spoke|language|languages|mother tongue|native speaker|fluent|fluency|"
    r"translat\w*|interpret\w*|teach\w*|proficien\w*|written|spoken)\b|\([ABC][12]\)|\b[ABC][12]\b"
)
_SKILL = _SKILL_NL + "|" + _SKILL_EN
# Groups that are an origin, not a citizenship ("ik ben Antilliaans", "an Irish Traveller" is handled by
# _NOT_ORIGIN_NEXT): never read as a nationality.
_NOT_ETHNIC_GROUP = r"(?!(?:Antill|Hindoesta|Creo|Moluk|Koerd|Kurd|Berber|Romani?\b|Sinti))"
# Demonym nouns name a person (not a language): alone at the start of a line they are a nationality.
_LONE_NOUN = r"(?:" + NL_NOUN + r"|" + EN_NOUN + r")"
# "hij is een Marokkaanse Nederlander", "she is Moroccan-born of ... descent": origin, not nationality.
# The heritage half of a double identity ("British Pakistani"): ethnic origin, and the first half is no
# separate nationality finding.
_HERITAGE_EN = (
    r"(?:Pakistani|Indian|Bangladeshi|Chinese|Nigerian|Somali|Jamaican|Caribbean|Ghanaian|Turkish|Moroccan|"
    r"Surinamese|Vietnamese|Filipino|Korean|Japanese|Arab|Iranian|Iraqi|Syrian|Afghan|Kurdish|Mexican|Cuban)"
)
_NOT_ORIGIN_NEXT = (
    r"(?![\s-]+" + _HERITAGE_EN + r"\b)"
    r"(?![\s-]+(?:van de (?:tweede|derde) generatie|Hindoesta\w*|Creo\w*|Javaan\w*|"
    r"Nederlanders?|Travell?ers?|docent|leraar|lerares|teacher|"
    r"tutor|tolk|vertaler|translator|interpreter|afkomst|komaf|roots|wortels|achtergrond|"
    r"origine|descent|heritage|origin|ancestry|background|by\s+(?:origin|descent|heritage)|speaker|speaking|"
    r"-speaking|multinational|company|"
    r"companies|firm|bank|brand|start-?up|scale-?up|corporation|retailer|manufacturer|investment|bedrijf|"
    r"onderneming|firma|klant|werkgever|uitgever|partij|"
    r"merk|fabrikant|organisation|organization|group|holding|team|product))"
    # a firm with a word between or as a compound: "een Duits familiebedrijf", "a Japanese car manufacturer"
    r"(?![\s-]+(?:[\w-]+\s+)?(?:\w*(?:bedrijf|onderneming|concern|fabrikant|producent|retailer|bank)|"
    r"manufacturer|company|firm|retailer|brand|corporation|multinational|conglomerate|start-?up)\b)"
)
_LANGUAGE_THINGS = (
    r"het|dat|dit|wat|menu|product|bedrijf|site|website|boek|document|voertaal|taal|werktaal|moedertaal|"
    r"spreektaal|tekst|cv|documentatie|opleiding|studie|cursus|interface|it|that|this|what|company|book|UI|"
    r"text|language|documentation|course|degree|programme|program|app|team|co|firm|client|klant|business|brand|"
    r"bank|owner|eigenaar|moederbedrijf"
)
_NOT_PERSON_SUBJECT_NL = r"(?<!\b(?i:" + _LANGUAGE_THINGS + r")\s)"
_NOT_PERSON_SUBJECT_EN = _NOT_PERSON_SUBJECT_NL

RULES: dict[str, list[Rule]] = {
    "nl": [
        # session 22: mixed heritage and Indo descent ("I'm dual heritage", "Hij is een Indo")
        rule(
            ETH,
            r"\b(?:dual|mixed)[\s-]+(?:heritage|race|raced|ethnicity)\b|\b(?:is|ben|bent|zijn)\s+(?:een\s+)?(?-i:Indo)\b",
            0.8,
        ),
        # origin in plain words: "noemt zichzelf mixed", "roots in de Molukken", "the Asian guy", "his folks
        # came over from El Salvador"
        rule(
            ETH,
            r"\b(?:noemt\s+(?:zichzelf|zich)|calls?\s+(?:herself|himself|themselves)|identif\w+\s+as)\s+(?:als\s+|as\s+)?"
            r"(?:mixed|mixed[- ]race|biracial|gemengd)\b|"
            r"\bthe\s+(?:asian|black|white|indian|chinese|african|arab|latino|latina|hispanic|turkish|moroccan)\s+(?:guy|girl|man|woman|lady|fellow|one|candidate|bloke|lad)\b",
            0.8,
        ),
        rule(
            ETH,
            r"(?i:\b(?:roots|wortels)\s+(?:in|liggen\s+in)\s+(?:de\s+|het\s+|the\s+)?)[A-Z]\w+|"
            r"(?i:\b(?:his|her|my|their)\s+(?:folks|parents|family|grandparents)\s+(?:came|moved|emigrated|migrated|"
            r"fled)\s+(?:over\s+)?(?:here\s+)?from\s+)[A-Z]\w+",
            0.8,
            case=True,
        ),
        # "Candidate is coloured, from Mitchells Plain", "her grandparents are Punjabi"
        rule(
            ETH,
            words(
                r"(?:is|am|i['’]m|as\s+a)\s+coloured(?=\s*(?:[,.;]|$|man|woman|guy|lady|person|family|and\b))",
                r"(?:grand)?(?:parents|mum|mom|dad|mother|father|family|ouders|grootouders|moeder|vader|familie)\s+"
                r"(?:are|were|is|was|zijn|waren)\s+(?:\w+\s+)?(?-i:Punjabi|Gujarati|Yoruba|Igbo|Hausa|Akan|Bengali|"
                r"Sinhalese|Tamil|Somali|Kurdish|Berber|Roma|Hindustani|Hindostaans|Marokkaans|Turks|Surinaams|"
                r"Antilliaans|Moluks|Chinese|Indonesisch|Pakistani|Bangladeshi|Jamaican|Ghanaian|Nigerian)",
            ),
            0.8,
        ),
        # peoples named (also in a compound: "Hazara-gezin"), a family by origin ("typisch Turkse familie")
        rule(
            ETH,
            r"(?<![\w-])(?:Hazara|Bosniak|Bosniakken|Cree|Yezidi|Ezidi|Jezidi|Oromo|Rohingya|Sámi|Saami|Wiradjuri|"
            r"Noongar|Koori|Murri|Yolngu|Pacific\s+Islanders?|Torres\s+Strait\s+Islanders?|Pavee|Dalits?|"
            r"Aboriginality|Ngāti\s+\w+|Ngati\s+\w+|Métis|Ashkenazi|Sephardi\w*|Mizrahi)"
            r"(?:s|-(?:gezin|familie|achtergrond|gemeenschap|family|community|background|heritage))?(?![\w-])",
            0.8,
            case=True,
        ),
        # a people named by its language, with a person or family after it or a self-description before it:
        # "Gujarati family", "Yoruba grandparents", "the only Punjabi lad", "her being Arab", "half indo"
        rule(
            ETH,
            r"(?<![\w-])(?:Gujarati|Punjabi|Yoruba|Igbo|Hausa|Akan|Bengali|Sinhalese|Tamil|Somali|Kurdish|Berber|"
            r"Arab|Pashtun|Hazara|Traveller)\s+(?i:family|families|grandparents|grandmother|grandfather|gran|nan|"
            r"parents|mum|mom|dad|mother|father|nani|nana|dadi|kokum|heritage|roots|background|community|lad|lass|girl|"
            r"guy|woman|man|"
            r"boy|household|descent|origin|kid|upbringing)\b"
            r"|\b(?i:being|i'm|i\s+am|as\s+an?|as\s+the\s+only)\s+(?:an?\s+)?(?i:proud\s+)?(?:Arab|Black|Latina|Latino|"
            r"Roma|Traveller|Punjabi|Gujarati|Somali|Kurdish|Yoruba|Igbo|Coloured|Indo)\b"
            r"|\b(?i:ik\s+ben|ben|als|dat\s+(?:ik|hij|zij|ze)(?:\s+zelf)?)\s+(?:een\s+)?Indo\b"
            r"|\b(?i:mum|mom|dad|mother|father|mam|pa|moeder|vader)['’]s\s+(?:(?i:white|black)\s+)?"
            + EN_ADJ
            + r"\b"
            r"|\b(?i:white|black)\s+(?:Scottish|Irish|Welsh|English|British|South\s+African|Zimbabwean|Kenyan)\b"
            r"|\b(?i:half)[\s-]+(?:(?i:indo|indisch\w*|surinaams\w*|marokkaans\w*|turks\w*|antilliaans\w*|moluks\w*|"
            r"kaapverdiaans\w*|papoea\w*)|" + EN_ADJ + r"|" + NL_ADJ + r")\b"
            r"|\bKaapverdiaanse?\s+(?i:familie|gezin|roots|achtergrond|ouders|vader|moeder)\b"
            r"|\b(?:Surinaams|Antilliaans|Indisch|Moluks|Marokkaans|Turks|Kaapverdisch|Chinees)-(?:Javaanse?|"
            r"Hindoestaanse?|Creoolse?|Chinese?|Nederlandse?|Berberse?|Koerdische?)\b",
            0.8,
            case=True,
        ),
        rule(
            ETH,
            r"(?<![\w-])"
            + NL_ADJ
            + r"\s+(?:familie|gezin|schoonfamilie|vader|moeder|ouders|opa|oma|grootouders|"
            r"papa|mama|vluchtelingen|migranten|gastarbeiders)(?![\w-])",
            0.75,
            case=True,
            near=r"\b(?:mijn|mn|m'n|zijn|z'n|haar|typisch|een|uit|ik|hij|zij|ze|van|met)\b",
            before_only=True,
            window=30,
        ),
        # a parent or family named by origin, migration as a child, mixed parentage, generations
        rule(
            ETH,
            r"(?<![\w-])(?:mijn|zijn|haar|hun|my|his|her|their)\s+(?:ouders|vader|moeder|familie|grootouders|opa|"
            r"oma|parents|father|mother|dad|mum|mom|family|grandparents)\s+(?:is|zijn|was|waren|are|were)\s+"
            r"(?:\w+\s+)?(?:" + NL_ADJ[3:-1] + "|" + EN_ADJ[3:-1] + r")(?![\w-])",
            0.8,
            unless=_SKILL,
        ),
        rule(
            ETH,
            r"\b(?:moved|came|fled|emigrated|migrated|arrived)\s+(?:here\s+|over\s+|to\s+(?:the\s+)?"
            r"[A-Z][\w ]{0,20}?\s+)?from\s+" + _EN_COUNTRIES + r"\b|"
            r"\b(?:kwam|kwamen|vluchtte|vluchtten|verhuisde|verhuisden|emigreerde)\s+"
            r"(?:\w+\s+){0,4}?(?:uit|vanuit)\s+" + _NL_COUNTRIES + r"\b|\bgeboren\s+in\s+[A-Z][\w-]+\s+en\s+"
            r"(?:kwam|kwamen|vluchtte|verhuisde)\s+(?:\w+\s+){0,4}?naar\s+Nederland\b",
            0.8,
        ),
        rule(
            ETH,
            r"(?<![\w-])(?:second|third|2nd|3rd)[- ]generation(?:\s+(?:\w+\s+)?(?:immigrants?|migrants?|"
            + EN_ADJ[3:-1]
            + r"))?(?![\w-])|(?<![\w-])"
            + EN_ADJ
            + r"-born\s+"
            + EN_ADJ
            + r"(?![\w-])|"
            r"(?<![\w-])"
            + EN_ADJ
            + r"\s+(?:dad|father|mum|mom|mother)\s+and\s+(?:an?\s+)?"
            + EN_ADJ
            + r"\s+(?:dad|father|mum|mom|mother)\b|\b"
            + EN_ADJ
            + r"\s+(?:\w+\s+)?(?:household|upbringing)\b",
            0.8,
            case=True,
        ),
        rule(
            ETH,
            words(
                r"(?:my|his|her|their) skin(?: tone)? is (?:\w+ )?(?:dark|black|brown)",
                r"(?:mijn|zijn|haar) huid is (?:\w+ )?(?:donker|zwart|bruin)",
                r"Windrush(?: generation| generatie)?",
            )
            + r"|\b(?-i:Black|Brown)\s+(?:[a-z]+\s+)?(?:engineers?|developers?|women|woman|men|man|"
            r"colleagues?|candidates?|professionals?|students?|founders?|leaders?|nurses?|doctors?|lawyers?|staff)\b",
            0.8,
        ),
        rule(ETH, words(NL_ADJ + r"\s+" + _NL_ORIGIN, r"van\s+" + NL_ADJ + r"\s+" + _NL_ORIGIN), 0.85),
        # session 23: a region's roots ("mijn Caribische roots", "haar Noord-Afrikaanse afkomst"), half of a
        # hyphenated origin ("half Hindustani-Surinamese")
        rule(
            ETH,
            words(
                r"(?:Caribisch|Afrikaans|Aziatisch|Arabisch|Oost-Europees|Latijns-Amerikaans|Noord-Afrikaans|"
                r"West-Afrikaans|Oost-Afrikaans|Zuid-Aziatisch|Midden-Oosters|Oosters|West-Indisch|Indisch|Berbers|"
                r"Koerdisch|Hindoestaans|Javaans|Creools)e?\s+" + _NL_ORIGIN,
                r"half\s+[A-Z][\w]+-" + EN_ADJ,
            ),
            0.8,
        ),
        rule(
            ETH,
            r"(?<![\w-])" + NL_ADJ + r"-(?:Nederlands|Surinaams|Indonesisch|Marokkaans|Turks)e?(?![\w-])",
            0.85,
            case=True,
            unless=_SKILL,  # a language pair: "vertaler Nederlands-Turks"
            before_only=True,
            window=40,
        ),
        rule(
            ETH,
            r"(?<![\w-])(?:tweede|derde)[\s-]+generatie(?:\s+" + NL_NOUN + r"|\s+" + NL_ADJ + r"|\s+"
            r"(?:migrant|allochtoon|nieuwkomer)\w*)?",
            0.85,
        ),
        rule(ETH, r"(?<![\w-])" + NL_ADJ + r"\s+Nederlanders?(?![\w-])", 0.85, case=True),
        rule(ETH, r"(?<![\w-])Afro-\w+", 0.85, case=True),
        rule(
            ETH,
            words(
                r"migratie~achtergrond",
                r"migranten~achtergrond",
                r"(?:bi|multi)~culturele achtergrond",
                r"bicultureel",
                r"biculturele",
                r"niet-westerse (?:achtergrond|afkomst|migrant\w*)",
                r"westerse (?:achtergrond|afkomst)",
                r"allochto(?:on|ne|nen)",
                r"autochto(?:on|ne|nen)",
                r"etnische (?:minderheid|minderheden|achtergrond|afkomst|groep|origine)",
                r"etniciteit(?![ \t]*:[ \t]*(?:\n|$))(?:[ \t]*[:=][ \t]*[\w/-]+)?",
                r"Antillia(?:an|anse|nen|ans)",
                r"(?:donkere|lichte|zwarte|bruine|witte|blanke|getinte|gekleurde) (?:huidskleur|huid)",
                r"huidskleur",
                r"(?:zwarte|witte|blanke|bruine|gekleurde|getinte) (?:man|vrouw|mannen|vrouwen|jongen|meid|"
                r"meisje|collega|kandidaat|kandidate|Nederlander|Nederlanders|mensen|persoon|medewerker)",
                r"van kleur",
                r"getint",
                r"Creo(?:ols|olse|olen)",
                r"donkere (?:man|vrouw|jongen|meid|meisje|kandidaat|kandidate|collega|Nederlander|persoon)",
                r"(?:Oost-|Zuid-|Zuidoost-)?(?:Aziatische|Afrikaanse|Arabische|Latijns-Amerikaanse) "
                r"(?:man|vrouw|"
                r"jongen|meid|meisje|kandidaat|kandidate|collega|persoon)",
                r"gastarbeiders?(?:kind|gezin|familie)?",
                r"kind van gastarbeiders",
                r"(?:Aziatisch|Afrikaans|Arabisch|Oosters|Noord-Afrikaans|Mediterraan)e? uiterlijk",
                r"Koerd(?:en|isch|ische)?",
                r"Berber(?:s|se)?",
                r"Amazigh",
                r"Hindo(?:e)?sta(?:an|anse|nen|ans)",
                NL_NOUN + r"\s+van\s+de\s+(?:tweede|derde)\s+generatie",
                r"half\s+" + NL_ADJ + r"(?:,?\s+half\s+" + NL_ADJ + r")?",
                r"(?:mijn|zijn|haar|hun)\s+(?:ouders|vader|moeder|familie|grootouders|opa|"
                r"oma)\s+(?:(?:en|of)\s+(?:\w+\s+)?(?:opa|oma|vader|moeder)\s+)?(?:\w+\s+)?(?:komt|komen|kwam|"
                # (session 23: a decade between, "kwamen in de jaren '70 uit Suriname")
                r"kwamen|zijn|is|afkomstig|geboren|gevlucht|gemigreerd|verhuisd|geëmigreerd)\s+(?:['’]?\w+\s+){0,5}?"
                r"(?:uit|in|van)\s+" + _NL_COUNTRIES,
                # a parenthesis or apposition: "(ouders uit Ghana)", "kind van ouders uit Marokko"; (session
                # 25: with a verb, "migratieachtergrond (ouders komen uit Suriname)")
                r"(?:ouders|vader|moeder|grootouders)\s+(?:(?:komen|kwamen|komt|kwam|zijn|waren|is|was)\s+"
                r"(?:oorspronkelijk\s+)?)?(?:uit|van)\s+" + _NL_COUNTRIES,
                r"Creo(?:ol|olse|olen)",
                r"(?!Nederlandse\b|Europese\b|Vlaamse\b|Franse\b|Duitstalige\b)"
                + NL_ADJ
                + r"\s+(?:gemeenschap|community|diaspora)",
                r"gemengde\s+(?:afkomst|achtergrond|komaf)|gemengd\s+bloed|biraciaal",
                r"met\s+een\s+"
                + NL_ADJ
                + r"\s+(?:vader|moeder)\s+en\s+een\s+"
                + NL_ADJ
                + r"\s+(?:vader|moeder)",
                r"Moluk(?:ker|kers|se|s)",
                r"(?:hij|zij|ze|ik)\s+(?:\w+\s+)?(?:zwart|bruin|getint)\s+(?:is|ben|was)\b",
                # (session 27: a family or community as a compound, "uit een Romafamilie"; the singular
                # "Sinto")
                r"Roma(?:familie|families|gemeenschap|achtergrond|afkomst|gezin|vrouw|man|meisje|jongen)?",
                r"Sint[io]",
                r"Indo's?",
                r"Papoea's?",
                r"woonwagenbewoners?",
                r"Joodse afkomst",
                r"Indische (?:roots|achtergrond|Nederlander)",
            )
            + r"(?![\w])",
            0.8,
            unless=r"\b(?:keuken|gerechten|restaurant|winkel|toko|markt|producten|eten)\b",
            window=30,
        ),
        rule(
            ETH,
            r"(?<![\w-])van\s+[A-Z][\w-]+\s+(?:afkomst|komaf|origine|afstamming)(?![\w-])",
            0.75,
            case=True,
        ),
        # session 18: skin colour asked or told in quotes with the verb last ("of de kandidaat 'donker' is"),
        # an Indigenous people ("She's Navajo")
        rule(
            ETH,
            r"\b(?:kandidaat|kandidate|sollicitant\w*|hij|zij|ze)\s+['\"‘’“”]?(?:donker|getint)['\"‘’“”]?\s+"
            r"(?:is|was)\b",
            0.8,
        ),
        rule(
            ETH,
            r"\b(?:she|he|they|i|candidate|kandidaat|hij|zij|ze|ik)\s*(?:['’]s|['’]m|is|am|are|was|ben)\s+"
            r"(?:\w+\s+)?(?:navajo|cherokee|lakota|sioux|hopi|ojibwe|cree|inuit|m[aā]ori|aboriginal|"
            r"first\s+nations|sami|saami|samisch)\b",
            0.85,
        ),
        # session 24: one's parents' origin by a demonym ("her parents are Surinamese-Hindustani", "mijn
        # ouders zijn Marokkaans"); being the only one of colour in a room ("one of the only brown faces on
        # the floor", "de enige zwarte collega")
        rule(
            ETH,
            r"\b(?i:my|his|her|their|mijn|zijn|haar|hun|z'n|m'n)\s+(?i:parents|ouders|grandparents|grootouders|"
            r"family|familie|mother|father|mum|mom|dad|moeder|vader)\s+(?i:are|were|is|was|zijn|waren)\s+"
            r"(?:(?i:originally|oorspronkelijk|both|allebei|beiden)\s+)?(?:" + EN_ADJ + r"|" + NL_ADJ + r"|"
            r"Hindustani|Hindoestaans\w*|Creools\w*|Creole|Moluks\w*|Moluccan|Javaans\w*|Javanese|Koerdisch\w*|"
            r"Kurdish|Berber\w*|Amazigh)(?![\w])(?![\s-]+(?i:speakers?|speaking|sprekend\w*))",
            0.75,
            case=True,
        ),
        rule(
            ETH,
            r"\b(?:one\s+of\s+the\s+(?:only|few)|the\s+only|een\s+van\s+de\s+(?:weinige|enige)|de\s+enige)\s+"
            r"(?:black|brown|asian|non-white|zwarte|donkere|bruine|gekleurde)\s+(?:faces?|people|persons?|guys?|"
            r"women|men|employees|staff|colleagues?|person|one|gezichten|mensen|collega'?s?|medewerkers?|vrouw|man)\b",
            0.75,
        ),
    ],
    "en": [
        # origin as an adverb: "ethnically Korean", "etnisch Koreaans"
        rule(ETH, r"\b(?i:ethnically|etnisch)\s+(?:" + EN_ADJ + "|" + NL_ADJ + r")\b", 0.75, case=True),
        # session 27: one's own community by origin ("kinderen uit mijn eigen Kaapverdiaanse gemeenschap", "my
        # own Somali community"), heritage named in capitals ("her Punjabi Sikh heritage") or as a hyphenated
        # adjective ("he's Ghanaian-heritage")
        rule(
            ETH,
            r"(?<=\b(?i:mijn|m'n|zijn|z'n|haar|onze|my|his|her|our)\s+(?:(?i:eigen|own)\s+)?)(?:"
            + NL_ADJ
            + r"|"
            + EN_ADJ
            + r")\s+(?i:gemeenschap|community|diaspora)\b"
            # (a faith alone is religion: "my Catholic heritage")
            r"|(?<=\b(?i:my|his|her|their)\s+)(?!(?:Catholic|Protestant|Christian|Muslim|Islamic|Hindu|Sikh|"
            r"Buddhist|Methodist|Anglican|Baptist|Evangelical|Reformed|Orthodox)\s+(?i:heritage|ancestry|descent))"
            r"(?:[A-Z][\w'’-]+\s+){1,2}(?i:heritage|ancestry|descent)\b"
            r"|(?<![\w-])(?:" + EN_ADJ + r")-(?i:heritage|descent|origin)\b",
            0.8,
            case=True,
        ),
        # session 26: a double origin ("my own Surinamese-Hindustani roots"), and a background described
        # ("describes his background as Bangladeshi (Sylheti)")
        rule(
            ETH,
            r"(?<![\w-])(?:"
            + EN_ADJ
            + r")-[A-Z][\w'’]+\s+(?i:roots|heritage|ancestry|descent|origins?|afkomst|wortels)\b"
            r"|(?<=\b(?i:his|her|their|my)\s+(?i:background|heritage|ethnicity)\s+(?i:as)\s+)(?:"
            + EN_ADJ
            + r")\b"
            r"(?:\s+\([A-Z][\w'’-]+\))?",
            0.8,
            case=True,
        ),
        # a family from a place, whatever place outside the home countries: "my mum's family is from Lagos",
        # "my grandparents came over from Punjab", "haar ouders komen uit Mirpur", "opa kwam uit Indonesië"
        replace(
            rule(
                ETH,
                r"\b(?i:my|his|her|their|mijn|zijn|haar|hun)\s+(?:(?i:mum|mom|dad|mother|father)['’]s\s+)?(?i:parents|"
                r"father|mother|family|grandparents|grandfather|grandmother|grandad|grandma|nan|dad|mum|mom|ancestors|"
                r"ouders|vader|moeder|familie|grootouders|opa|oma|voorouders)\s+(?:\w+\s+){0,2}?(?i:came|come|comes|"
                r"emigrated|immigrated|migrated|moved|fled|are|is|were|was|komt|komen|kwam|kwamen|zijn|waren|is|was|"
                # (session 23: a decade between, "in de jaren '70"; a grandparent named without a possessive,
                # "oma kwam uit Batavia")
                r"vluchtte|vluchtten)\s+(?:['’]?\w+\s+){0,4}?(?i:from|uit)\s+(?:(?:de|het|the)\s+)?[A-Z][\w'-]+"
                r"|(?<![\w-])(?i:opa|oma|grootouders|grandma|grandpa|grandparents|grandad|nan|nana)\s+(?i:came|kwam|kwamen|"
                r"komt|komen)\s+(?:(?i:oorspronkelijk|originally)\s+)?(?i:from|uit)\s+(?:(?:de|het|the)\s+)?[A-Z][\w'-]+",
                0.75,
                case=True,
            ),
            veto_tail=_HomePlace(),
        ),
        # any people by background, skin colour before a person, mixed Surinamese roots, "als Amerikaan"
        rule(
            ETH,
            r"\b[A-Z][\w'-]+\s+(?i:by\s+(?:background|descent|heritage|origin|ethnicity|afkomst))\b"
            r"|\b(?i:black|brown)\s+(?i:lad|guy|man|woman|girl|boy|bloke|candidate|applicant|person|kid|jongen|man|"
            r"vrouw|meid|kandidaat)\b"
            r"|\b(?:Javaans|Hindostaans|Hindoestaans|Creools|Chinees|Marrons)-(?:Surinaamse?|Indonesische?)\b",
            0.75,
            case=True,
        ),
        rule(
            NAT,
            r"\b(?i:als)\s+(?:" + NL_NOUN + r")(?![\w-])",
            0.7,
            case=True,
            unless=_SKILL,
        ),
        # a people named as one's own: "Tribe: Igbo", "Hausa by tribe", "a proud Gamilaraay woman", "I'm Desi"
        rule(
            ETH,
            r"\b(?i:tribe|stam|ethnic\s+group|etniciteit|ethnicity)[ \t]*:[ \t]*[A-Z][\w'-]+"
            r"|\b[A-Z][\w'-]+\s+(?i:by\s+(?:tribe|birth\s+and\s+tribe))\b"
            r"|\b(?i:a\s+)?(?i:proud)\s+[A-Z][\w'-]+\s+(?i:woman|man|person|girl|boy|lad|lass|vrouw|man)\b"
            r"|\b(?i:i'm|i\s+am|im|ik\s+ben)\s+(?:(?i:a|een)\s+)?(?:Desi|Latinx|Latine|Pacific\s+Islander|"
            r"Aboriginal|Indigenous|Māori|Maori|First\s+Nations|Inuit|Sámi|Roma|Sinti|Creool|Hindostaans\w*|"
            r"Hindoestaans\w*)\b"
            r"|\b(?i:my|his|her|mijn|zijn|haar)\s+(?i:opa|oma|grandad|grandfather|grandmother|nan)\s+(?i:was|is)\s+"
            r"(?:Indo|Moluks\w*|Surinaams\w*)\b",
            0.75,
            case=True,
        ),
        # adopted from a country: "geadopteerd uit Colombia", "adopted from South Korea as a baby"
        rule(
            ETH,
            r"\b(?:geadopteerd|adopted)\s+(?:\w+\s+)?(?:uit|from|in)\s+(?:"
            + _NL_COUNTRIES[3:-1]
            + "|"
            + _EN_COUNTRIES[3:-1]
            + r")\b",
            0.8,
        ),
        rule(
            ETH,
            words(
                r"of\s+" + EN_ADJ + r"\s+" + _EN_ORIGIN,
                EN_ADJ + r"\s+" + _EN_ORIGIN,
                r"(?:African|Asian|Arab|Hispanic|Latin|Caribbean|Middle Eastern|European|Jewish|Slavic|"
                r"Celtic|Nordic|Indigenous|Aboriginal)\s+" + _EN_ORIGIN,
            ),
            0.85,
        ),
        rule(
            ETH,
            r"(?<![\w-])(?:"
            + EN_ADJ
            + r"|African|Asian|Arab|Anglo|Afro|Indo)-(?:"
            + EN_ADJ
            + r"|American|British|Caribbean|Dutch|Canadian|Australian|Asian)(?![\w-])"
            r"(?!\s+(?:citizenship|nationality|passports?|nationals?|citizens?))",
            0.85,
            case=True,
            unless=_SKILL,  # a language pair: "translator Dutch-Turkish"
            before_only=True,
            window=40,
        ),
        rule(
            ETH,
            r"(?<![\w-])(?:Black|White|Asian|Brown)\s+(?:woman|women|man|men|candidate|candidates|people|"
            r"person|British|American|Dutch|African|Caribbean|community|communities|employee|employees|"
            r"colleague|colleagues|female|male|engineer|developer|professional|professionals)\b",
            0.85,
            case=True,
        ),
        rule(
            ETH,
            words(
                r"white (?:male|female|man|woman|men|women|candidates?|British|people|guy|applicants?|staff)",
                r"(?:black|brown) (?:guy|man|woman|girl|boy|lady|bloke|candidate|colleague|applicant)",
                r"(?:British|Dutch|American|Canadian|Australian)[\s-]+" + _HERITAGE_EN,
                r"(?:South|East|Southeast|South-East|Central) Asian",
                r"Caucasian",
                r"Hispanic",
                r"Latin[oax]s?",
                r"Latine",
                r"(?:person|people|woman|women|man|men) of colou?r",
                r"POC",
                r"BAME",
                r"mixed(?:-| )race",
                r"biracial",
                r"multiracial",
                r"mixed (?:heritage|ethnicity)",
                r"Indigenous",
                r"Aboriginal",
                r"Native American",
                r"First Nations",
                r"Māori",
                r"Maori",
                r"Roma",
                r"Romani",
                r"Gypsy",
                r"Irish Traveller",
                r"Kurds?",
                r"Kurdish",
                r"Berbers?",
                r"Amazigh",
                r"Pashtun",
                r"Tamil",
                r"Hmong",
                r"Uyghur",
                r"Inuit",
                r"ethnic (?:minority|minorities|background|origin|group|heritage)",
                r"ethnicity(?![ \t]*:[ \t]*(?:\n|$))(?:[ \t]*[:=][ \t]*[\w/-]+)?",
                r"(?:Asian|African|Arab|Middle Eastern|Mediterranean|Latin|Indian|foreign|exotic)[- ]looking",
                r"looks? (?:very |quite )?(?:Asian|African|Arab|Middle Eastern|foreign|exotic)",
                r"second[- ]generation(?: \w+){0,2}",
                r"third[- ]generation(?: \w+){0,2}",
                r"(?:migrant|immigrant|refugee) (?:background|family|parents|roots)",
                r"child of (?:immigrants|migrants)",
                r"(?:dark|darker|light|brown|black|white|fair)[- ]skin(?:ned)?",
                r"skin colou?r",
                r"(?:his|her|their|my) race",
                r"race and ethnicity",
                r"half\s+" + EN_ADJ + r"(?:,?\s+half\s+" + EN_ADJ + r")?",
                r"(?:my|his|her|their)\s+(?:parents|father|mother|family|grandparents|dad|mum|"
                r"mom)\s+(?:(?:and|or)\s+(?:\w+\s+)?(?:grandma|grandpa|grandmother|grandfather|father|mother|"
                r"dad|mum|mom)\s+)?(?:\w+\s+)?(?:came|come|comes|emigrated|immigrated|migrated|moved|fled|are|"
                r"is|were|was)\s+(?:\w+\s+){0,5}?(?:from|in)\s+" + _EN_COUNTRIES,
                r"(?:parents|father|mother|grandparents)\s+(?:(?:are|were|came|come|is|was)\s+(?:originally\s+)?)?"
                r"from\s+" + _EN_COUNTRIES,
                # "Somali by background", "Ghanaian by descent"
                EN_ADJ + r"\s+by\s+(?:background|descent|heritage|origin|ethnicity)",
                # skin colour named as what a person is: "because she's brown", "omdat hij zwart is"
                r"(?:he|she|they|I)(?:'s|'re|'m|\s+is|\s+are|\s+am|\s+was)\s+(?:\w+\s+)?(?:black|brown|"
                r"mixed[- ]race)(?=\s*(?:[,.;!?)]|$|and\b|or\b|too\b|herself\b|himself\b))",
                r"racial (?:background|origin|identity)",
                r"Moluccans?",
                r"(?!Dutch\b|English\b|European\b|Flemish\b|French\b|German-speaking\b)"
                + EN_ADJ
                + r"\s+(?:community|communities|diaspora)",
                r"with\s+an?\s+"
                + EN_ADJ
                + r"\s+(?:father|mother|dad|mum|mom)\s+and\s+an?\s+"
                + EN_ADJ
                + r"\s+(?:father|mother|dad|mum|mom)",
            )
            + r"(?![\w])",
            0.8,
            unless=r"\b(?:cuisine|food|restaurant|shop|market|dish|dishes|recipes?|wear|print|music|language|"
            r"translat\w*|interpret\w*|"
            r"speaker|fluent|mother tongue|condition|car|track)\b",
            window=30,
            case=False,
        ),
        rule(
            ETH,
            r"(?<![\w-])of\s+[A-Z][\w-]+\s+(?:heritage|descent|origin|ancestry|extraction)(?![\w-])",
            0.75,
            case=True,
        ),
        rule(ETH, words(r"Creoles?"), 0.75, case=True),
    ],
}

NAT_RULES: dict[str, list[Rule]] = {
    "nl": [
        # having no nationality: "Staatloos, status erkend door de IND", "stateless"
        rule(
            NAT,
            r"\b(?:staatloos|staatloze|stateless)\b",
            0.8,
            # a system is stateless too: "Our API is stateless, so sessions don't survive a restart"
            unless=r"\b(?:apis?|services?|servers?|backend|frontend|app|protocol|component|function|system|systeem|"
            r"architecture|architectuur|endpoints?|sessions?)\b",
        ),
        # a work permit a person needs, by abbreviation: "Kandidaat heeft een TWV nodig"
        rule(
            NAT,
            r"(?<![\w-])(?:TWV|GVVA)(?![\w-])",
            0.75,
            case=True,
            near=r"\b(?:nodig|heeft|hebben|aanvragen|aangevraagd|needs?|has|requires?)\b",
        ),
        # visas by subclass or programme, protection status: "on a 482", "on OPT", "green card came through",
        # "(tijdelijke bescherming tot maart 2027)"
        rule(
            "NATIONALITY",
            words(
                r"on\s+(?:a|an)\s+(?:482|457|186|189|190|491|500|485|H-?1B|L-?1|O-?1|TN|E-?2|F-?1|J-?1)(?:\s+visa)?",
                r"on\s+(?:STEM\s+)?(?:OPT|CPT)",
                r"green\s+card\s+(?:came\s+through|was\s+approved|approved|granted|arrived)",
                r"tijdelijke\s+bescherming",
                # (session 23: not the scheme or route by name, "via de kennismigrantenregeling", "the
                # kennismigrant route")
                # (session 24: nor the bare plural, "help ik kennismigranten aan een baan")
                r"kennismigrant(?!en\b)(?!(?:en)?regeling)\w*(?!\s+(?:route|regeling|scheme|programme|program))|"
                r"zoekjaar\s*(?:visum|vergunning|hoogopgeleiden)?|gecombineerde\s+vergunning",
                r"(?:on\s+(?:a\s+)?)?stamp\s+(?:1G|4|1|2|3)\b|critical\s+skills\s+(?:employment\s+)?(?:visa|permit)",
                r"(?:got|has|have|received|granted)\s+(?:her|his|my|their)\s+PR\b|permanent\s+resident",
            ),
            0.8,
            unless=r"\b(?:richtlijn|regeling|beleid|policy|directive|wet|law|advis\w*|adviseer\w*)\b",
        ),
        # refugee and residence status of a person; a demonym typed in lower case after "she's"
        rule(
            NAT,
            words(
                r"vluchteling(?:e|en)? uit [\w-]+",
                r"refugees? from [A-Z][\w-]+",
                r"(?:temporary|humanitarian) protection(?: status)?",
                r"skilled worker visa",
                r"(?:pre-)?settled status",
                r"indefinite leave to remain",
                r"biometric residence permit",
                r"BRP",
                r"kennismigranten~visum",
                r"green\s*card(?:\s+holder)?",
                r"H-?1B(?:\s+visa)?",
                r"(?:L-1|O-1|TN|E-2|J-1|F-1)\s+visa",
                r"(?:on|holds?|holding|have|has|with|got|needs?|needed|under|requires?|via|through|op|met)\s+(?:an?\s+|"
                r"the\s+|my\s+|his\s+|her\s+|their\s+|een\s+)?(?:[\w-]+\s+){0,3}?(?:visa|work\s+permit|"
                r"werkvergunning)(?!\s+(?:card|debit|credit|payment))",
                r"visa\s+(?:wasn't|was\s+not|isn't|is\s+not|not\s+being|expires?|expired|runs\s+out|ran\s+out|"
                r"renew\w*)",
                r"undocumented",
                r"DACA",
                r"EAD",
                r"(?:Canadian\s+|US\s+|Australian\s+)?permanent\s+resident(?:cy)?",
                r"(?:limited\s+)?leave\s+to\s+remain",
                r"(?:refugee|asylum)\s+(?:claim|application|seeker)",
                r"Stamp\s+[1-4]",
                r"Critical\s+Skills\s+(?:employment\s+)?permit",
                r"(?:partner|graduate|ancestry|spouse|student)\s+visa",
                r"(?:DAFT|vriendschapsverdrag|Dutch[- ]American\s+Friendship\s+Treaty)"
                r"(?!\s+(?:route|regeling|scheme))",
                r"(?:my|his|her)\s+OPT\b",
                r"OCI\s+card",
                r"citizenship\s+ceremony",
            ),
            0.75,
            near=r"\b(?:i|i'm|im|my|me|he|she|his|her|they|their|ik|mijn|hij|zij|ze|zijn|haar|kandidaat|candidate|cand|"
            r"applicant|holders?|houders?|with|on|under|has|have|had|heeft|met|'s|personal|persoonlijk\w*|personalia|"
            r"about\s+me|over\s+mij|work\s+authori[sz]ation|right\s+to\s+work|RTW|verblijf\w*)\b",
        ),
        rule(
            NAT,
            r"\b(?:she|he)(?:'s|\s+is)\s+(?:" + EN_ADJ[3:-1] + r")(?![\w-])",
            0.7,
        ),
        # "Indian passport verified", "an Italian national with settled status"
        rule(
            NAT, r"(?<![\w-])" + EN_ADJ + r"\s+(?:passport|national|citizen|citizenship)\b", 0.75, case=True
        ),
        rule(
            NAT,
            words(
                r"(?:nationaliteit(?:en)?|nat\.|paspoort|staatsburgerschap)\s*[:=]\s*(?![\w-]*\d)[a-zà-ÿ][\w-]*"
                r"(?:\s*[/&]\s*[a-zà-ÿ][\w-]*)?",
                r"staatsburgerschap\s*[:=]\s*[\w-]+",
                NL_ADJ + r"\s+(?:nationaliteit|staatsburgerschap|staatsburger|paspoort|ID-kaart|"
                r"identiteitskaart|staatsburgers|onderdaan)",
                r"(?:dubbele|tweede|buitenlandse|andere) nationaliteit",
                r"(?:niet-)?EU-?(?:burger|burgers|onderdaan|onderdanen|nationaliteit|paspoort)",
                r"(?:de\s+)?nationaliteit\s+(?:aangevraagd|gekregen|verkregen|aanvragen)",
                r"(?:genaturaliseerd|naturalisatie)",
                r"staatsburger(?:schap)?",
                r"verblijfsvergunning",
                r"verblijfsstatus",
                r"statushouder",
                r"vluchtelingenstatus",
                r"asielzoeker",
                r"(?:vluchteling|asielzoeker|statushouder)\s+(?:uit|van)\s+" + _NL_COUNTRIES,
                r"asielstatus",
            ),
            0.85,
        ),
        rule(
            NAT,
            # the cheap look-ahead first: the subject check looks back at every position it is tried
            r"(?<![\w])(?=(?:ben|is|was|blijf|blijft)\s)"
            + _NOT_PERSON_SUBJECT_NL
            + r"(?:ben|is|was|blijf|blijft)\s+(?:een\s+)?"
            + _NOT_ETHNIC_GROUP
            + r"(?:"
            + NL_NOUN
            + r"|"
            + NL_ADJ
            + r")(?![\w-])"
            + _NOT_ORIGIN_NEXT,
            0.7,
            case=True,
            unless=_SKILL,
            window=40,
            before_only=True,
        ),
        rule(NAT, r"(?<![\w-])" + NL_ADJ + r"\s+" + _NL_PERSON + r"(?![\w'’])", 0.7, case=True),
        rule(NAT, r"(?<![\w-])" + NL_ADJ + r"\s+" + _NL_GROUP + r"(?![\w])", 0.7, case=True, near=_SELECTING),
        # A demonym noun opening a profile line: "Belg, woont in Antwerpen", "Brit; lives in Leiden".
        rule(NAT, r"(?:^|(?<=[\n.;:]\s)|(?<=\n))" + _LONE_NOUN + r"(?=\s*[,;(])", 0.7, case=True),
        # session 18: "Hij heeft een dubbel paspoort"
        rule(NAT, r"\bdubbele?\s+(?:paspoort|nationaliteit)\b", 0.8),
        # session 25: the two halves of a dual nationality ("dubbele nationaliteit (Nederlands-Marokkaans)"),
        # a nationality named by its adjective alone ("nog geen Belgische nationaliteit, enkel de Oekraïense",
        # "still holds the Iranian one"), a demonym noun set off in a note about a permit ("let op, Brit, dus
        # een TWV nodig")
        rule(NAT, _DUAL_HALVES, 0.8, case=True),
        rule(
            NAT,
            r"\b(?i:de|het|the)\s+(?:" + NL_ADJ + r"(?<=e)(?=\s*[,.;)])|" + EN_ADJ + r"\s+(?i:one)\b)",
            0.75,
            case=True,
            near=r"\b(?:nationaliteit\w*|paspoort\w*|staatsburgerschap|citizenship|passports?|nationality|"
            r"naturali[sz]\w*|genaturaliseerd)\b",
        ),
        rule(
            NAT,
            r"(?<=[,;:(]\s?)(?:" + NL_NOUN + r"|" + EN_NOUN + r")(?=\s*[,;)])",
            0.7,
            case=True,
            near=r"\b(?:TWV|werkvergunning|verblijfsvergunning|visum|visa|work\s+permit|sponsor\w*|Brexit|IND)\b",
        ),
        # session 24: a person's own asylum or residence procedure, by its parts ("Asielprocedure loopt nog",
        # "de IND-beslissing komt in het voorjaar", "een verblijfsdocument aanvragen", "his asylum decision");
        # not a lawyer's or adviser's work on them ("begeleid asielzoekers in hun asielprocedures")
        rule(
            NAT,
            words(
                r"asiel(?:procedure|aanvraag|verzoek|zaak|beslissing|gehoor|traject)",
                r"IND-(?:beslissing|besluit|procedure|beschikking|status|gehoor|pasje|brief)",
                r"verblijfs(?:document|pas|kaart|aanvraag|recht)",
                r"asylum\s+(?:decision|procedure|case|hearing|interview|appeal|process)",
                r"residence\s+(?:card|document)",
                r"(?:DAFT|werk|studenten|partner|zoekjaar)[\s-]?visum",
                # the asylum seeker's right to work 24 weeks a year ("24-wekeneis vervuld")
                r"24[\s-]?weken[\s-]?eis|24[\s-]?wekenregeling",
            ),
            0.75,
            unless=r"\b(?:advocaat|advocate|lawyer|jurist\w*|advis\w*|adviseer\w*|begeleid\w*|beleid|policy|"
            r"transcripts?|translat\w*|vertaa?l\w*|tolk\w*|interpret\w*|"
            r"rapport\w*|onderzoek\w*|research\w*|caseworker|case\s+worker|\w+(?:procedures|aanvragen|zaken)|"
            r"procedures|cases|hearings|appeals)\b",
        ),
        # session 24: one's own permit, or being from outside the EU ("Mijn werkvergunning is gekoppeld aan
        # ...", "he's non-EU so add 6 weeks", "zij is niet-EU")
        rule(
            NAT,
            r"\b(?:mijn|zijn|haar|m'n|z'n|my|his|her)\s+(?:werkvergunning|verblijfsvergunning|TWV|visum|"
            r"work\s+permit|residence\s+permit|visa)\b"
            r"|\b(?:he|she|i|hij|zij|ze|ik|kandidaat|kandidate|candidate)\s*(?:is|'s|ben|am|was|'m)\s+(?:a\s+|een\s+)?"
            r"(?:non-EU|niet-EU|non-EEA|from\s+outside\s+the\s+EU|"
            r"van\s+buiten\s+de\s+EU)(?![\w-])",
            0.75,
            unless=r"\b(?:card|creditcard|debit|credit|payment|betaal\w*)\b",
        ),
        # session 24: a demonym noun opening a profile line, placed ("Amerikaanse in Amsterdam | DAFT-visum",
        # "Brit in Rotterdam"); a country adjective opening a note about residence rights ("Ukrainian, here
        # under temporary protection")
        rule(
            NAT,
            r"(?:^|(?<=\n))[ \t]*(?:" + NL_NOUN + r"|" + EN_NOUN + r"|" + NL_ADJ + r"(?<=e))(?=\s+in\s+[A-Z])"
            r"|(?:^|(?<=\n))[ \t]*" + EN_ADJ + r"(?=\s*,)",
            0.7,
            case=True,
            near=r"\b(?:protection|bescherming|visa|visum|permit|vergunning|TWV|asylum|asiel|refugee|vluchteling\w*|"
            r"citizen\w*|passport|paspoort|settled|residence|verblijf\w*|lives|woont|living|based|expat)\b|\|",
            unless=_SKILL,
        ),
    ],
    "en": [
        # session 26: a national by a state's initials ("he's a PRC national w/ a green card")
        rule(
            NAT,
            r"\b(?i:an?)\s+(?:PRC|US|UK|EU|non-EU|UAE|ROC|DPRK|USSR|GDR|DDR)\s+(?i:national|citizen|passport\s+holder)\b",
            0.75,
            case=True,
        ),
        # Dutch puts the verb last in a reported clause: "dat hij Oekraïner is"; a spouse's nationality: "my
        # wife's Portuguese"; a passport by country code: "een NL-paspoort"
        rule(
            NAT,
            r"(?<=\b(?i:dat|omdat|want)\s+(?i:ik|hij|zij|ze)\s+(?:(?i:zelf|ook|nu|al)\s+)?(?:(?i:een)\s+)?)"
            r"(?:" + NL_NOUN + "|" + NL_ADJ + r")(?=\s+(?i:is|ben|was)\b)"
            r"|(?<=\b(?i:my|his|her)\s+(?i:wife|husband|partner|spouse)(?:['’]s|\s+is)\s+)" + EN_ADJ + r"\b"
            r"|\b(?:NL|BE|UK|US|EU)-?(?i:paspoort)\b"
            # session 27: the verb first in a question about someone ("is ze Oekraïense?", "is hij nou Pool of
            # Litouwer?"); not one put to the reader ("Ben je Nederlander?" holds nobody's answer)
            r"|(?<=\b(?i:is|was)\s+(?i:hij|zij|ze)\s+(?:(?i:nou|nu|dan|toch|echt|ook|al)\s+)?"
            r"(?:(?i:een)\s+)?)(?:" + NL_NOUN + "|" + NL_ADJ + r")(?=\s*(?:\?|(?i:of)\s))",
            0.7,
            case=True,
            unless=_SKILL,
        ),
        rule(
            NAT,
            words(
                r"(?:nationality|nat\.|passport|citizenship)[ \t]*[:=][ \t]*(?![\w-]*\d)[a-zà-ÿ][\w-]*"
                r"(?:\s*[/&]\s*[a-zà-ÿ][\w-]*)?",
                r"dual (?:citizen|national|citizenship|nationality)s?(?:\s*\([^()\n]{2,40}\))?",
                r"citizenship\s*[:=]\s*[\w-]+",
                # session 26: a field with a plural mark and country codes ("Citizenship(s): BR, PT")
                r"(?:citizenship|nationality)\((?:s|ies)\)\s*[:=]\s*[\w-]+(?:\s*[,/&]\s*[\w-]+)*",
                # a system is stateless too: "Our API is stateless"
                r"(?<!\b(?:api|apis|service|services|server|backend|frontend|app|protocol|component|function|system|"
                r"systeem|architecture|architectuur|endpoint|design)\s)"
                r"(?:is|ben|am|was|being|als)\s+(?:\w+\s+)?(?:stateless|staatloos|staatloze)(?!\s+(?:service|"
                r"protocol|app|api|architecture|component|session|function|server|design|backend|frontend))",
                EN_ADJ + r"\s+(?:nationality|citizenship|passport holders?|passport|national|nationals|"
                r"citizens?|subjects?)",
                r"(?:dual|second|foreign|other) (?:nationality|citizenship|passport)",
                r"(?:non-)?(?:EU|EEA|US|UK) (?:citizens?|nationals?|citizenship|passport)",
                r"naturali[sz]ed",
                r"naturali[sz]ation",
                r"residence permit",
                r"refugee status",
                r"asylum (?:seeker|status)",
                r"(?:refugee|asylum seeker) from " + _EN_COUNTRIES,
                r"immigration status",
                r"(?:needs?|requires?|requiring|will need)\s+(?:a\s+)?(?:visa|work permit)?\s*sponsorship",
                r"holds? an? " + EN_ADJ + " passport",
            ),
            0.85,
            case=False,
        ),
        rule(
            NAT,
            r"(?<![\w])(?=(?:[Ii]'m|[Ii]m|I am|is|was|are|[Ss]he's|[Hh]e's)\s)"
            + _NOT_PERSON_SUBJECT_EN
            + r"(?:[Ii]'m|[Ii]m|I am|is|was|are|[Ss]he's|[Hh]e's)\s+(?:an?\s+)?"
            + _NOT_ETHNIC_GROUP
            + r"(?:"
            + EN_NOUN
            + r"|"
            + EN_ADJ
            + r")(?![\w-])"
            + _NOT_ORIGIN_NEXT,
            0.7,
            case=True,
            unless=_SKILL,
            window=40,
            before_only=True,
        ),
        rule(NAT, r"(?<![\w-])" + EN_ADJ + r"\s+" + _EN_PERSON + r"(?![\w'’])", 0.7, case=True),
        rule(NAT, r"(?<![\w-])" + EN_ADJ + r"\s+" + _EN_GROUP + r"(?![\w])", 0.7, case=True, near=_SELECTING),
    ],
}

BLOCKS = {
    "nl": [
        # session 25: the halves of a dual nationality are nationalities, not an origin (see the NAT rule)
        block(ETH, _DUAL_HALVES, case=True),
        # session 23 look-alike: a permit said not to be needed, or needed as a rule for all ("een TWV is niet
        # nodig", "geen TWV nodig", "sinds de Brexit is een gecombineerde vergunning nodig")
        block(
            NAT,
            r"\b(?:geen|zonder)\s+(?:aparte\s+|extra\s+)?(?:TWV|GVVA|werkvergunning|gecombineerde\s+vergunning)\b"
            r"|\b(?:een\s+)?(?:TWV|GVVA|werkvergunning|gecombineerde\s+vergunning)\s+(?:is|zijn)\s+(?:dus\s+)?(?:niet\s+)?"
            r"nodig\b|\b(?:is|zijn)\s+(?:\w+\s+)?(?:een\s+)?(?:TWV|GVVA|werkvergunning|gecombineerde\s+vergunning)\s+"
            r"(?:niet\s+)?nodig\b",
        ),
        # a generation of a family firm: "tweede generatie in het familiebedrijf"
        block(
            ETH,
            r"\b(?:tweede|derde|vierde|second|third|fourth)\s+generati\w*\s+(?:in|van|binnen|at|of)\s+(?:het\s+|de\s+|"
            r"the\s+|our\s+|ons\s+|onze\s+)?(?:familie|family\s+)?(?:bedrijf|zaak|onderneming|business|firm|company|"
            r"farm|boerderij)\b",
        ),
        block(ETH, r"\bethnicity[\s-]+(?:pay[\s-]+gap|data|monitoring|reporting)\b|\betniciteitsloonkloof\b"),
        # a share of a population: "the pool is 70% Nigerian nationals"
        block(
            NAT,
            r"\d+\s*(?:%|procent|percent)\s+(?:of\s+(?:the\s+)?)?(?:\w+\s+)?(?:nationals|citizens|staatsburgers|onderdanen)\b",
        ),
        block(ETH, r"\betnische (?:keuken|gerechten|restaurants?|winkels?|producten)\b"),
        # session 24: a proof of concept, built or set up ("PoC opgezet bij een webshop", "built a PoC for the
        # API"); and a family firm in its nth generation ("familie-eigendom, nu in de derde generatie")
        block(
            ETH,
            r"\b(?:bouwde|bouwden|gebouwd|maakte|built|build|ran|delivered|developed|ontwikkelde|opgezet|zette)\s+"
            r"(?:\w+\s+){0,2}?(?:een|a|an|the|de|het|onze?|our)\s+(?:\w+\s+)?PoCs?\b"
            r"|\bPoCs?\s+(?:opgezet|gebouwd|gemaakt|opgeleverd|ontwikkeld|gedraaid|built|developed|delivered|set\s+up|"
            r"(?:for|voor|van|of|met|with|in|op|on)\s+(?:een|de|het|a|an|the|our|onze?)\s+(?:\w+\s+)?(?:app|api|"
            r"webshop|platform|klant|client|customer|system|systeem|cloud|pipeline|model|tool|dashboard|integration|"
            r"integratie|migratie|migration))\b",
            case=True,
        ),
        block(
            ETH,
            r"\b(?:bedrijf|zaak|onderneming|familie[\w-]*|firm|business|company|opgericht|founded)\b[^.;\n]{0,60}?\b"
            r"(?:tweede|derde|vierde|vijfde|second|third|fourth|fifth)\s+generati\w*(?!\s+(?-i:[A-Z])|\s+(?:migrant|"
            r"immigrant|allochto|nieuwkomer))",
        ),
        block(
            [ETH, NAT],
            r"\b(?:Nederlands|Engels|Duits|Frans|Turks|Arabisch|Spaans)\s*\((?:moedertaal|[ABC][12]|native|"
            r"vloeiend|basis|goed|uitstekend)\)",
        ),
        # a line that lists languages: "Moedertaal: Arabisch en Berbers", "Languages: Somali, English"
        block(
            [ETH, NAT],
            r"(?:^|(?<=\n))[ \t•*-]*(?:moedertaal|moedertalen|talen|taalvaardigheid|mother tongue|native "
            r"languages?|languages?)\s*:[^\n]*",
        ),
        # session 18 look-alikes: ethnic minorities as a group in a policy or a study ("more ethnic minority
        # representation in leadership", "ethnic-minority-sounding names")
        block(
            ETH,
            r"\bethnic[\s-]+minorit(?:y|ies)[\s-]+(?:representation|groups|staff|employees|applicants|candidates|"
            r"talent|networks?|sounding|-sounding)\b|\bethnic[\s-]+minority-sounding\b",
        ),
    ],
    "en": [
        block(
            ETH, r"\b(?:Via|Piazza|AS|SS|Lazio|Roma) Roma\b|\bRoma (?:Termini|Street|Road|Italy)\b", case=True
        ),
        block(
            ETH,
            r"\bethnic (?:cuisine|food|restaurants?|shops?|prints?|wear)\b|\brace (?:condition|car|track)\w*",
        ),
        block(
            ETH, r"\b(?:Black|black) (?:Friday|belt|box|hat|swan|market|Mirror)\b|\bwhite(?:list|board|paper)"
        ),
        block([ETH, NAT], r"\b" + EN_ADJ + r"\s*\((?:native|mother tongue|[ABC][12]|fluent|basic|good)\)"),
        # A language pair: "English-Polish translator", "vertaler Engels-Pools".
        block(
            [ETH, NAT],
            r"\b(?:translator|interpreter|vertaler|tolk)\s+\w+[-–]\w+|\b\w+[-–]\w+\s+(?:translator|"
            r"interpreter|translation|dictionary|vertaler|tolk|vertaling|woordenboek)\w*",
        ),
    ],
}
