"""Country adjectives and person nouns (Dutch and English), shared by NATIONALITY and ETHNIC_ORIGIN.

A demonym alone is neither: "Turks (moedertaal)" is a language skill, "Turkse producten" a product. The
families add the word that decides: "nationaliteit"/"citizen"/"paspoort" (NATIONALITY) versus "afkomst"/
"roots"/"descent" (ETHNIC_ORIGIN).
"""

from __future__ import annotations

import re

# Dutch adjectives in their base form; the inflected form adds -e (Nederlands -> Nederlandse) and is matched
# by `NL_ADJ`. Irregular -ees/-ese pairs are listed in both forms.
_NL_ADJ_BASE = [
    "Nederlands",
    "Belgisch",
    "Vlaams",
    "Duits",
    "Frans",
    "Brits",
    "Engels",
    "Schots",
    "Iers",
    "Pools",
    "Roemeens",
    "Bulgaars",
    "Spaans",
    "Portugees",
    "Portugese",
    "Italiaans",
    "Grieks",
    "Turks",
    "Marokkaans",
    "Surinaams",
    "Antilliaans",
    "Arubaans",
    "Curaçaos",
    "Kaapverdisch",
    "Kaapverdiaans",
    "Syrisch",
    "Iraaks",
    "Iraans",
    "Afghaans",
    "Eritrees",
    "Eritrese",
    "Somalisch",
    "Ethiopisch",
    "Nigeriaans",
    "Ghanees",
    "Ghanese",
    "Egyptisch",
    "Algerijns",
    "Tunesisch",
    "Indiaas",
    "Indiase",
    "Pakistaans",
    "Bengaals",
    "Chinees",
    "Chinese",
    "Japans",
    "Koreaans",
    "Vietnamees",
    "Vietnamese",
    "Indonesisch",
    "Filipijns",
    "Thais",
    "Amerikaans",
    "Canadees",
    "Canadese",
    "Braziliaans",
    "Mexicaans",
    "Colombiaans",
    "Venezolaans",
    "Argentijns",
    "Chileens",
    "Peruaans",
    "Russisch",
    "Oekraïens",
    "Wit-Russisch",
    "Litouws",
    "Lets",
    "Ests",
    "Hongaars",
    "Tsjechisch",
    "Slowaaks",
    "Sloveens",
    "Kroatisch",
    "Servisch",
    "Bosnisch",
    "Albanees",
    "Albanese",
    "Macedonisch",
    "Zweeds",
    "Noors",
    "Deens",
    "Fins",
    "Oostenrijks",
    "Zwitsers",
    "Australisch",
    "Zuid-Afrikaans",
    "Israëlisch",
    "Libanees",
    "Libanese",
    "Jordaans",
    "Saoedisch",
    "Jemenitisch",
    "Soedanees",
    "Soedanese",
    "Congolees",
    "Congolese",
    "Kameroens",
    "Keniaans",
    "Oegandees",
    "Oegandese",
    "Afrikaans",
    "Aziatisch",
    "Arabisch",
    "Europees",
    "Europese",
    "Luxemburgs",
    "Cypriotisch",
    "Maltees",
    "Maltese",
    "Georgisch",
    "Armeens",
    "Azerbeidzjaans",
    "Kazachs",
    "Oezbeeks",
    "Sri Lankaans",
    "Nepalees",
    "Nepalese",
    "Bangladeshi",
    "Iraniaans",
    "Cubaans",
    "Dominicaans",
    "Jamaicaans",
]
NL_ADJ = r"(?:" + "|".join(a.replace(" ", r"\s") + "e?" for a in _NL_ADJ_BASE) + r")"
NL_NOUN = (
    r"(?:Nederlander|Belg|Vlaming|Duitser|Fransman|Française|Brit|Engelsman|Engelse|Schot|Ier|Pool|Roemeen|"
    r"Bulgaar|Spanjaard|Portugees|Italiaan|Griek|Turk|Marokkaan|Surinamer|Antilliaan|Arubaan|Curaçaoënaar|"
    r"Syriër|Irakees|Iraniër|Afghaan|Eritreeër|Somaliër|Ethiopiër|Nigeriaan|Ghanees|Egyptenaar|Algerijn|"
    r"Tunesiër|Indiër|Pakistaan|Chinees|Japanner|Koreaan|Vietnamees|Indonesiër|Filipijn|Thai|Amerikaan|"
    r"Canadees|Braziliaan|Mexicaan|Colombiaan|Venezolaan|Argentijn|Chileen|Peruaan|Rus|Oekraïner|Litouwer|"
    r"Let|Est|Hongaar|Tsjech|Slowaak|Sloveen|Kroaat|Serviër|Bosniër|Albanees|Macedoniër|Zweed|Noor|Deen|"
    r"Fin|Oostenrijker|Zwitser|Australiër|Zuid-Afrikaan|Israëliër|Libanees|Jordaniër|Saoediër|Soedanees|"
    r"Congolees|Kameroener|Keniaan|Oegandees|Luxemburger|Cyprioot|Georgiër|Armeniër|Cubaan|Jamaicaan)(?:s|"
    r"en|e)?"
)
EN_ADJ = (
    r"(?:Dutch|Belgian|Flemish|German|French|British|English|Scottish|Welsh|Irish|Polish|Romanian|"
    r"Bulgarian|Spanish|Portuguese|Italian|Greek|Turkish|Moroccan|Surinamese|Antillean|Aruban|Syrian|Iraqi|"
    r"Iranian|Afghan|Eritrean|Somali|Ethiopian|Nigerian|Ghanaian|Egyptian|Algerian|Tunisian|Indian|"
    r"Pakistani|Bangladeshi|Chinese|Japanese|Korean|Vietnamese|Indonesian|Filipino|Thai|American|Canadian|"
    r"Brazilian|Mexican|Colombian|Venezuelan|Argentinian|Argentine|Chilean|Peruvian|Russian|Ukrainian|"
    r"Belarusian|Lithuanian|Latvian|Estonian|Hungarian|Czech|Slovak|Slovenian|Croatian|Serbian|Bosnian|"
    r"Albanian|Macedonian|Swedish|Norwegian|Danish|Finnish|Austrian|Swiss|Australian|South African|Israeli|"
    r"Lebanese|Jordanian|Saudi|Yemeni|Sudanese|Congolese|Cameroonian|Kenyan|Ugandan|Luxembourgish|Cypriot|"
    r"Maltese|Georgian|Armenian|Azerbaijani|Kazakh|Uzbek|Sri Lankan|Nepali|Cuban|Dominican|Jamaican|"
    r"Palestinian|Taiwanese|Malaysian|Singaporean|New Zealand|Zimbabwean|Tanzanian|Senegalese|Ivorian|"
    r"Rwandan|Libyan|Iraqi|Emirati|Qatari|Kuwaiti|Omani|Bahraini|Haitian|Puerto Rican|Venezuelan)"
)
EN_NOUN = (
    r"(?:Briton|Brit|Englishman|Englishwoman|Scot|Welshman|Irishman|Irishwoman|Pole|Spaniard|Dane|Swede|"
    r"Finn|Turk|Frenchman|Frenchwoman|Dutchman|Dutchwoman|Icelander|New Zealander|Kiwi|Aussie|Yank|"
    r"Filipina|Israeli|Luxembourger)s?"
)


_ADJ_RE = re.compile(rf"{NL_ADJ}|{EN_ADJ}")


def is_demonym(word: str) -> bool:
    """One country adjective, which Dutch also uses for the language ("Turks (C1)"): not a name or a place."""
    return _ADJ_RE.fullmatch(word) is not None
