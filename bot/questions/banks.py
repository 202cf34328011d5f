"""Question banks per skill type, in Dutch and English, written the way a good recruiter asks.

Each bank holds several framings (past behaviour in STAR form, a depth probe, a trade-off, failure and
learning, teaching others), so that a kit asks different kinds of questions. The slots are filled from
the vacancy and ESCO: `{topic}` is the requirement's subject, `{context}` quotes the vacancy task it belongs
to, and the ESCO description becomes the yardstick in "what a good answer shows". A language is tested by
speaking it, a certificate by issuer, date and scope, a condition by a plain question that asks for no
reasons (private reasons stay private).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Framing:
    key: str
    question: str
    good: str


_EN_TECHNICAL = [
    Framing(
        "star",
        "{context}Tell me about a recent project in which you worked intensively with {topic}. What was the "
        "situation, what did you do yourself, and what was the result?",
        "A concrete, recent situation told in order (situation, task, action, result). The candidate says "
        "'I', not "
        "only 'we', explains the choices they made with {topic}, and names a result that can be "
        "checked.{years}{esco}",
    ),
    Framing(
        "depth",
        "{context}Think of a problem with {topic} that turned out harder than it first looked. How did you "
        "find "
        "the cause, and how did you solve it?",
        "Depth beyond the basics: a clear line of reasoning from symptom to cause, the tools and techniques "
        "they "
        "used, and what they would check first next time.{years}{esco}",
    ),
    Framing(
        "tradeoff",
        "{context}Describe a moment when you had to choose between two approaches in {topic}, for example "
        "speed "
        "against thoroughness. What did you weigh, and how did it work out?",
        "Real alternatives, the criteria they weighed (risk, cost, time, quality), who they involved, and an "
        "honest look back at the outcome, including what they would now do differently.",
    ),
    Framing(
        "failure",
        "Tell me about something involving {topic} that went wrong while you were responsible. What "
        "happened, what "
        "did you do about it, and what do you do differently since?",
        "Ownership without blaming others, a concrete fix, and a lasting change in how they work. Someone "
        "who "
        "claims nothing ever went wrong has usually not done much.",
    ),
    Framing(
        "teach",
        "How would you get a new colleague up to speed with {topic}? Give an example of a time you actually "
        "did "
        "this.",
        "A structured explanation at the right level, knowing what matters most first, and an example in "
        "which "
        "the colleague became independent. Shows both mastery and the ability to share it.",
    ),
]

_NL_TECHNICAL = [
    Framing(
        "star",
        "{context}Vertel over een recent project waarin je intensief met {topic} werkte. Wat was de "
        "situatie, "
        "wat deed je zelf, en wat was het resultaat?",
        "Een concrete, recente situatie, op volgorde verteld (situatie, taak, aanpak, resultaat). De "
        "kandidaat "
        "zegt 'ik' en niet alleen 'wij', licht de keuzes toe die hij of zij met {topic} maakte en noemt een "
        "resultaat dat te controleren is.{years}{esco}",
    ),
    Framing(
        "depth",
        "{context}Denk aan een probleem met {topic} dat lastiger bleek dan het eerst leek. Hoe heb je de "
        "oorzaak "
        "gevonden, en hoe heb je het opgelost?",
        "Diepgang voorbij de basis: een heldere redenering van symptoom naar oorzaak, de gebruikte "
        "hulpmiddelen "
        "en technieken, en wat de kandidaat de volgende keer als eerste zou controleren.{years}{esco}",
    ),
    Framing(
        "tradeoff",
        "{context}Beschrijf een moment waarop je moest kiezen tussen twee aanpakken bij {topic}, "
        "bijvoorbeeld snelheid "
        "tegenover grondigheid. Wat woog je af, en hoe pakte het uit?",
        "Echte alternatieven, de criteria die zijn afgewogen (risico, kosten, tijd, kwaliteit), wie erbij "
        "betrokken was, en een eerlijke terugblik op de uitkomst, ook op wat de kandidaat nu anders zou "
        "doen.",
    ),
    Framing(
        "failure",
        "Vertel over iets rond {topic} dat misging terwijl jij verantwoordelijk was. Wat gebeurde er, wat "
        "heb je "
        "eraan gedaan, en wat doe je sindsdien anders?",
        "Eigenaarschap zonder anderen de schuld te geven, een concrete oplossing en een blijvende "
        "verandering in "
        "de manier van werken. Wie zegt dat er nooit iets misging, heeft meestal nog weinig gedaan.",
    ),
    Framing(
        "teach",
        "Hoe zou je een nieuwe collega wegwijs maken in {topic}? Geef een voorbeeld van een keer dat je dat "
        "echt "
        "gedaan hebt.",
        "Een gestructureerde uitleg op het juiste niveau, weten wat eerst belangrijk is, en een voorbeeld "
        "waarin "
        "de collega daarna zelfstandig verder kon. Laat zowel beheersing zien als het vermogen die te delen.",
    ),
]

_EN_TRANSVERSAL = [
    Framing(
        "star",
        "{context}This role asks for {topic_q}. Tell me about a specific time you had to do exactly that. "
        "What "
        "was the situation, what did you do, and what changed because of it?",
        "One specific situation rather than a general view, the candidate's own actions and words, and a "
        "visible "
        "effect on people or results.{esco}",
    ),
    Framing(
        "difficult",
        "{context}An important part of this role is {topic_q}. When was that hardest for you? Take me "
        "through "
        "the situation and how you handled it.",
        "A genuinely difficult case (resistance, pressure, conflicting interests), how they kept going, and "
        "what "
        "they learned about their own approach.{esco}",
    ),
    Framing(
        "failure",
        "The vacancy mentions {topic_q}. Tell me about a time when that did not go the way you wanted. What "
        "did "
        "you do next, and what did you learn from it?",
        "Self-reflection without excuses, a concrete next step, and a change in behaviour that shows up in "
        "later "
        "examples.{esco}",
    ),
    Framing(
        "feedback",
        "This role asks for {topic_q}. If we asked a former colleague how you do at that, what would they "
        "say? "
        "Give an example that would back it up.",
        "A realistic picture with both strengths and a point to develop, supported by an example. Watch for "
        "answers that only repeat the words of the vacancy.{esco}",
    ),
    Framing(
        "teach",
        "The vacancy mentions {topic_q}. How have you helped others get better at that? Tell me about one "
        "person "
        "or team you supported.",
        "Attention for the other person's level, concrete coaching steps (example, feedback, follow-up) and "
        "a "
        "result for that person or team.{esco}",
    ),
]

_NL_TRANSVERSAL = [
    Framing(
        "star",
        "{context}Deze functie vraagt om {topic_q}. Vertel over een concrete situatie waarin je precies dat "
        "moest "
        "doen. Wat speelde er, wat deed je, en wat veranderde daardoor?",
        "Eén specifieke situatie in plaats van een algemene opvatting, het eigen handelen en de eigen "
        "woorden van "
        "de kandidaat, en een zichtbaar effect op mensen of resultaten.{esco}",
    ),
    Framing(
        "difficult",
        "{context}Een belangrijk onderdeel van deze functie is {topic_q}. Wanneer was dat voor jou het "
        "lastigst? "
        "Neem me mee in die situatie en in hoe je ermee omging.",
        "Een echt lastig geval (weerstand, druk, tegengestelde belangen), hoe de kandidaat doorzette, en "
        "wat hij "
        "of zij leerde over de eigen aanpak.{esco}",
    ),
    Framing(
        "failure",
        "De vacature noemt {topic_q}. Vertel over een keer dat dat niet ging zoals je wilde. Wat deed je "
        "daarna, "
        "en wat heb je ervan geleerd?",
        "Zelfreflectie zonder excuses, een concrete volgende stap, en gedrag dat daarna aantoonbaar anders "
        "is.{esco}",
    ),
    Framing(
        "feedback",
        "Deze functie vraagt om {topic_q}. Als we een oud-collega zouden vragen hoe jij dat doet, wat zou "
        "die "
        "zeggen? Geef een voorbeeld dat dat onderbouwt.",
        "Een realistisch beeld met sterke punten én een ontwikkelpunt, onderbouwd met een voorbeeld. Let op "
        "antwoorden die alleen de woorden uit de vacature herhalen.{esco}",
    ),
    Framing(
        "teach",
        "De vacature noemt {topic_q}. Hoe heb je anderen geholpen daar beter in te worden? Vertel over één "
        "persoon "
        "of team dat je hebt ondersteund.",
        "Aandacht voor het niveau van de ander, concrete stappen (voordoen, feedback, opvolgen) en een "
        "resultaat "
        "voor die persoon of dat team.{esco}",
    ),
]

_EN_LANGUAGE = [
    Framing(
        "conduct",
        "We will hold this part of the interview in {language}. Please tell me, in {language}, about a "
        "piece of "
        "work you are proud of, and explain it as you would to a new colleague.",
        "They explain work content in {language} at the level asked for{level}: they follow questions, "
        "rephrase "
        "when needed and use the vocabulary of the job. Judge clarity and range, not perfection.",
    ),
    Framing(
        "explain",
        "Switching to {language} for a moment: how would you explain a recent problem at work, and how you "
        "solved it, to a customer or colleague who knows little about your field?",
        "A clear, structured explanation in {language} without jargon, at the level asked for{level}, with "
        "follow-up questions answered without switching back.",
    ),
    Framing(
        "written",
        "This role involves written work in {language}. Could you describe, in {language}, how you would "
        "report "
        "an incident or hand over your work at the end of the day?",
        "Correct, structured {language} at the level asked for{level}, with the key facts first. If in "
        "doubt, "
        "ask for a short written summary after the interview.",
    ),
]

_NL_LANGUAGE = [
    Framing(
        "conduct",
        "Dit deel van het gesprek voeren we in het {language}. Vertel in het {language} over een stuk werk "
        "waar je "
        "trots op bent, en leg het uit zoals je dat aan een nieuwe collega zou doen.",
        "De kandidaat legt inhoudelijk werk uit in het {language} op het gevraagde niveau{level}: volgt "
        "vragen, "
        "formuleert zo nodig anders en gebruikt de woorden van het vak. Beoordeel helderheid en bereik, geen "
        "perfectie.",
    ),
    Framing(
        "explain",
        "We gaan even over op het {language}: hoe zou je een recent probleem op je werk, en hoe je het "
        "oploste, "
        "uitleggen aan een klant of collega die weinig van jouw vak weet?",
        "Een heldere, gestructureerde uitleg in het {language} zonder jargon, op het gevraagde "
        "niveau{level}, en "
        "doorvragen wordt beantwoord zonder terug te schakelen.",
    ),
    Framing(
        "written",
        "In deze functie schrijf je ook veel in het {language}. Beschrijf in het {language} hoe je een "
        "incident "
        "zou rapporteren of je werk aan het eind van de dag zou overdragen.",
        "Correct en gestructureerd {language} op het gevraagde niveau{level}, met de belangrijkste feiten "
        "eerst. "
        "Vraag bij twijfel na het gesprek om een korte schriftelijke samenvatting.",
    ),
]

_EN_CERTIFICATION = [
    Framing(
        "verify",
        "The role requires {topic_q}. Which body issued yours, when, and what exactly does it cover? Is it "
        "still "
        "valid?",
        "Issuer, date and scope stated precisely, so you can check them in the register or on the "
        "certificate, "
        "and an answer on validity (expiry, re-registration).",
    ),
    Framing(
        "current",
        "How do you keep your qualification ({topic_q}) current? What did you do for it in the past year?",
        "Concrete upkeep: refresher courses, accredited hours or re-certification, with rough dates. Shows "
        "the "
        "qualification is maintained, not only obtained.",
    ),
    Framing(
        "applied",
        "Tell me about a situation at work in which what you learned for {topic_q} made the difference.",
        "A real situation in which the knowledge behind the qualification changed what they did, and the "
        "result. "
        "Separates holding a certificate from using it.",
    ),
]

_NL_CERTIFICATION = [
    Framing(
        "verify",
        "Voor deze functie is {topic_q} vereist. Welke instantie heeft die afgegeven, wanneer, en wat valt "
        "er "
        "precies onder? Is die nog geldig?",
        "Uitgever, datum en reikwijdte precies benoemd, zodat je ze in het register of op het certificaat "
        "kunt "
        "controleren, en een antwoord over de geldigheid (vervaldatum, herregistratie).",
    ),
    Framing(
        "current",
        "Hoe houd je je kwalificatie ({topic_q}) actueel? Wat heb je daar het afgelopen jaar voor gedaan?",
        "Concreet onderhoud: bijscholing, geaccrediteerde uren of hercertificering, met globale data. Laat "
        "zien "
        "dat de kwalificatie wordt bijgehouden, niet alleen behaald.",
    ),
    Framing(
        "applied",
        "Vertel over een situatie op je werk waarin wat je voor {topic_q} hebt geleerd het verschil maakte.",
        "Een echte situatie waarin de kennis achter de kwalificatie het handelen veranderde, en het "
        "resultaat. "
        "Onderscheidt een certificaat hebben van het gebruiken.",
    ),
]

_EN_EXPERIENCE = [
    Framing(
        "day",
        'The vacancy asks for "{req}". Tell me about your work there: what did a typical day look like, and '
        "which situation taught you the most?",
        "A concrete picture of the work (tasks, pace, colleagues) and one situation told in detail, with "
        "what "
        "they took from it into later work.",
    ),
    Framing(
        "complex",
        'Thinking of "{req}": what was the most complex situation you handled there? What did you do, and '
        "what was the outcome?",
        "A situation with real stakes, their own judgement and actions in order, and a clear outcome, "
        "including "
        "when and how they involved others.",
    ),
    Framing(
        "transfer",
        'What from your experience ("{req}") would you bring to this role straight away, and what would you '
        "still need to learn here?",
        "A specific, honest view of what transfers and what does not, tied to the tasks in the vacancy.",
    ),
]

_NL_EXPERIENCE = [
    Framing(
        "day",
        'De vacature vraagt om "{req}". Vertel over je werk daar: hoe zag een gewone dag eruit, en van welke '
        "situatie heb je het meest geleerd?",
        "Een concreet beeld van het werk (taken, tempo, collega's) en één situatie in detail, met wat de "
        "kandidaat daaruit meenam in later werk.",
    ),
    Framing(
        "complex",
        'Denk aan "{req}": wat was de meest complexe situatie die je daar hebt meegemaakt? Wat deed je, en '
        "wat "
        "was de uitkomst?",
        "Een situatie waarin echt iets op het spel stond, het eigen oordeel en handelen op volgorde, en een "
        "duidelijke uitkomst, ook wanneer en hoe anderen werden betrokken.",
    ),
    Framing(
        "transfer",
        'Wat uit je ervaring ("{req}") zou je direct in deze functie inzetten, en wat zou je hier nog moeten '
        "leren?",
        "Een specifiek en eerlijk beeld van wat overdraagbaar is en wat niet, gekoppeld aan de taken in de "
        "vacature.",
    ),
]

_EN_EDUCATION = [
    Framing(
        "apply",
        'The vacancy asks for "{req}". Which part of your education or training do you use most in your work '
        "today? Give an example.",
        "A clear link between what they learned and what they do now, with an example. The institution and "
        "the "
        "programme can be checked; years of study are not needed.",
    ),
    Framing(
        "analysis",
        "Tell me about the most complex problem you had to understand and structure in your work. How did "
        "you "
        "approach it?",
        "Thinking at the level asked for ({req}): breaking a problem down, weighing sources, reaching a "
        "reasoned "
        "conclusion and explaining it clearly.",
    ),
    Framing(
        "learning",
        "How do you keep learning in your field? Tell me about something you taught yourself recently.",
        "Self-directed learning with a concrete, recent example, and a sense of what they want to learn "
        "next.",
    ),
]

_NL_EDUCATION = [
    Framing(
        "apply",
        'De vacature vraagt om "{req}". Welk deel van je opleiding gebruik je nu het meest in je werk? Geef '
        "een "
        "voorbeeld.",
        "Een duidelijke koppeling tussen wat de kandidaat leerde en nu doet, met een voorbeeld. Instelling "
        "en "
        "opleiding zijn te controleren; jaartallen zijn daarvoor niet nodig.",
    ),
    Framing(
        "analysis",
        "Vertel over het meest complexe vraagstuk dat je in je werk moest doorgronden en structureren. Hoe "
        "pakte "
        "je dat aan?",
        "Denken op het gevraagde niveau ({req}): een probleem opdelen, bronnen wegen, tot een onderbouwde "
        "conclusie "
        "komen en die helder uitleggen.",
    ),
    Framing(
        "learning",
        "Hoe blijf je leren in je vak? Vertel over iets dat je jezelf onlangs hebt aangeleerd.",
        "Zelfsturend leren met een concreet, recent voorbeeld, en een beeld van wat de kandidaat hierna wil "
        "leren.",
    ),
]

_EN_CONDITION = [
    Framing(
        "plain",
        'This role comes with the following: "{req}". Can you work under that arrangement?',
        "A clear yes or no; if there are limits, which ones apply in practice. The candidate need not "
        "explain "
        "why: private reasons stay private.",
    ),
    Framing(
        "experience",
        'The role involves "{req}". Have you worked like this before, and what helps you do it well?',
        "Practical experience with the arrangement and how they organise their work around it. Do not ask "
        "about "
        "private circumstances.",
    ),
]

_NL_CONDITION = [
    Framing(
        "plain",
        'Bij deze functie hoort het volgende: "{req}". Kun je onder die voorwaarde werken?',
        "Een duidelijk ja of nee; bij beperkingen welke er in de praktijk gelden. De kandidaat hoeft niet "
        "uit te "
        "leggen waarom: privéredenen blijven privé.",
    ),
    Framing(
        "experience",
        'In deze functie geldt "{req}". Heb je eerder zo gewerkt, en wat helpt je om dat goed te doen?',
        "Praktische ervaring met deze werkwijze en hoe de kandidaat het werk daaromheen organiseert. Vraag "
        "niet "
        "naar privéomstandigheden.",
    ),
]

_EN_GAP = [
    Framing(
        "closest",
        "The role asks for {topic}, and I don't see it in your CV. What comes closest in your experience, "
        "and how "
        "would you get up to speed in the first months?",
        "An honest account of related experience, a realistic learning plan, and an example of learning "
        "something similar quickly before.{esco}",
    ),
    Framing(
        "unlisted",
        "Have you worked with {topic} in a way that didn't make it into your CV? Tell me what you did and "
        "in what "
        "setting.",
        "Specific details (what, where, their own part) that can be checked. A vague 'I have seen it' is not "
        "evidence; 'not yet' is a fair answer too.{esco}",
    ),
    Framing(
        "scenario",
        "Suppose that in your first month you are asked to take on work that needs {topic}. How would you go "
        "about it?",
        "A sensible approach for someone new to it: what they would learn first, whom they would ask, and "
        "how "
        "they would check their work.{esco}",
    ),
]

_NL_GAP = [
    Framing(
        "closest",
        "De functie vraagt om {topic}, en dat zie ik niet terug in je cv. Wat komt in jouw ervaring het "
        "dichtst in "
        "de buurt, en hoe zou je je dat in de eerste maanden eigen maken?",
        "Een eerlijk beeld van verwante ervaring, een realistisch leerplan, en een voorbeeld van iets "
        "vergelijkbaars dat de kandidaat eerder snel leerde.{esco}",
    ),
    Framing(
        "unlisted",
        "Heb je met {topic} gewerkt op een manier die niet in je cv staat? Vertel wat je deed en in welke "
        "context.",
        "Specifieke details (wat, waar, de eigen rol) die te controleren zijn. Een vaag 'ik heb het weleens "
        "gezien' is geen bewijs; 'nog niet' is ook een eerlijk antwoord.{esco}",
    ),
    Framing(
        "scenario",
        "Stel dat je in je eerste maand werk krijgt waarvoor {topic} nodig is. Hoe zou je dat aanpakken?",
        "Een verstandige aanpak voor iemand die er nieuw in is: wat de kandidaat eerst zou leren, wie hij "
        "of zij "
        "zou vragen, en hoe het eigen werk wordt gecontroleerd.{esco}",
    ),
]

_EN_VERIFY = [
    Framing(
        "own_part",
        'Your CV says: "{quote}". Tell me more about that: what was your own part, what exactly did you do, '
        "and "
        "what came of it?",
        "Specifics that fit the CV: their personal role, the method, the scale and the result. Ask about one "
        "detail to check the depth.",
    ),
    Framing(
        "walkthrough",
        'You mention "{quote}". Take me through one concrete example of it, from start to finish.',
        "A coherent, detailed story that matches the CV claim, with decisions they made themselves and the "
        "reasons for them.",
    ),
    Framing(
        "again",
        'Looking back at "{quote}": what would you do differently if you did it again today?',
        "Reflection that only comes from having done it: concrete improvements, lessons learned and what "
        "they "
        "know now that they did not know then.",
    ),
    Framing(
        "numbers",
        'About "{quote}": how big was it, and how did you know it worked? Think of users, volume, time or '
        "money.",
        "Plausible figures or clear indicators that fit the claim, and how they measured success. Vague or "
        "inflated answers deserve a follow-up question.",
    ),
]

_NL_VERIFY = [
    Framing(
        "own_part",
        'In je cv staat: "{quote}". Vertel daar eens meer over: wat was jouw eigen rol, wat deed je '
        "precies, en "
        "wat leverde het op?",
        "Details die passen bij het cv: de eigen rol, de aanpak, de omvang en het resultaat. Vraag door op "
        "één "
        "detail om de diepgang te toetsen.",
    ),
    Framing(
        "walkthrough",
        'Je noemt "{quote}". Neem me mee door één concreet voorbeeld daarvan, van begin tot eind.',
        "Een samenhangend, gedetailleerd verhaal dat past bij wat in het cv staat, met eigen beslissingen "
        "en de "
        "redenen daarvoor.",
    ),
    Framing(
        "again",
        'Terugkijkend op "{quote}": wat zou je anders doen als je het vandaag opnieuw deed?',
        "Reflectie die alleen komt van het echt gedaan hebben: concrete verbeteringen, lessen, en wat de "
        "kandidaat "
        "nu weet en toen nog niet.",
    ),
    Framing(
        "numbers",
        'Over "{quote}": hoe groot was het, en hoe wist je dat het werkte? Denk aan gebruikers, volume, '
        "tijd of geld.",
        "Aannemelijke cijfers of duidelijke indicatoren die bij de claim passen, en hoe succes werd "
        "gemeten. Vage of "
        "opgeblazen antwoorden verdienen een vervolgvraag.",
    ),
]

BANKS: dict[tuple[str, str], list[Framing]] = {
    ("technical", "en"): _EN_TECHNICAL,
    ("technical", "nl"): _NL_TECHNICAL,
    ("knowledge", "en"): _EN_TECHNICAL,
    ("knowledge", "nl"): _NL_TECHNICAL,
    ("transversal", "en"): _EN_TRANSVERSAL,
    ("transversal", "nl"): _NL_TRANSVERSAL,
    ("language", "en"): _EN_LANGUAGE,
    ("language", "nl"): _NL_LANGUAGE,
    ("certification", "en"): _EN_CERTIFICATION,
    ("certification", "nl"): _NL_CERTIFICATION,
    ("experience", "en"): _EN_EXPERIENCE,
    ("experience", "nl"): _NL_EXPERIENCE,
    ("education", "en"): _EN_EDUCATION,
    ("education", "nl"): _NL_EDUCATION,
    ("condition", "en"): _EN_CONDITION,
    ("condition", "nl"): _NL_CONDITION,
    ("gap", "en"): _EN_GAP,
    ("gap", "nl"): _NL_GAP,
    ("verify", "en"): _EN_VERIFY,
    ("verify", "nl"): _NL_VERIFY,
}

TEXTS = {
    "en": {
        "context": 'One of the tasks in this role: "{duty}". ',
        "esco": ' What ESCO counts as part of this skill: "{description}"',
        "years": " The vacancy asks for {years} years of experience: look for a matching breadth of "
        "projects and "
        "growing responsibility, not for a number.",
        "level": " ({level})",
        "title": "Interview kit: {title}",
        "title_candidate": "Interview kit: {title} (candidate {candidate})",
        "no_requirements": "This vacancy has no requirements yet, so the kit has general questions only.",
    },
    "nl": {
        "context": 'Een van de taken in deze functie: "{duty}". ',
        "esco": ' Wat ESCO onder deze vaardigheid verstaat: "{description}"',
        "years": " De vacature vraagt om {years} jaar ervaring: kijk naar een passende breedte aan "
        "projecten en "
        "groeiende verantwoordelijkheid, niet naar een getal.",
        "level": " ({level})",
        "title": "Interviewkit: {title}",
        "title_candidate": "Interviewkit: {title} (kandidaat {candidate})",
        "no_requirements": "Deze vacature heeft nog geen eisen, dus de kit bevat alleen algemene vragen.",
    },
}
