"""Context cues shared by the families: roles, products and third parties that make a term a look-alike."""

from __future__ import annotations

import re

from guardrails.technology import terms

# Technology names ("Python", "Kubernetes"), longest first, for "getrouwd met Python" and "anti-Java".
TECH_TERMS = "(?:" + "|".join(sorted((re.escape(t) for t in terms()), key=len, reverse=True)) + ")"

# A generic group of other people ("cliënten met autisme"): a work context, not data about the candidate.
THIRD_PARTY_NL = (
    r"\b(?:cli[eë]nten|pati[eë]nten|mensen|kinderen|jongeren|ouderen|volwassenen|bewoners|leerlingen|"
    r"doelgroep|deelnemers|gebruikers|klanten|studenten|werkzoekenden|mensen)\s+(?:met|die)\b"
)
THIRD_PARTY_EN = (
    r"\b(?:clients|patients|people|persons|children|kids|young people|adults|residents|pupils|students|"
    r"users|customers|individuals|families|service users)\s+(?:with|who have|who are|living with|"
    r"affected by)\b"
)
# Selling, marketing, researching or building something: the term names a product or topic.
TRADE_NL = (
    r"\b(?:verk(?:oop|ocht|ochten|open|oopt|oper)|marketing|fabrikant|leverancier|producent|markt|scriptie|"
    r"onderzoek naar|fondsenwerving|productlijn|geleverd|levert|ontwikkeld|ontwikkelt|gebouwd|bouwt|"
    r"ge[iï]mplementeerd|implementeerde|bouwde|bouwden|ontwikkelde|ontwikkelden|ervaring met|kennis van|"
    r"expertise in|promoveerde|cursus|training)\b"
)
TRADE_EN = (
    r"\b(?:s(?:old|ell|ells|elling|ales)|marketing|marketed|manufactur\w*|supplier|vendor of|market|thesis|"
    r"research(?:ed)? (?:on|into)|fundrais\w*|product line|built|build|building|developed|develop|"
    r"developing|implemented|implementing|experience (?:with|in)|expertise in|knowledge of|phd|course|"
    r"training)\b"
)
# Words that, as the head of a Dutch compound, make it a job, organisation, topic or product.
NEUTRAL_HEADS_NL = (
    r"(?:verpleegkundigen?|verpleging|artsen|arts|specialisten|specialist|afdelingen|afdeling|poli|"
    r"polikliniek|klinieken|kliniek|centrum|centra|zorg|stichting|fonds|vereniging|bond|onderzoek|"
    r"onderzoeken|onderzoeker|onderzoekers|teams?|consulenten|consulent|coach|coaches|begeleiders?|"
    r"deskundigen?|experts?|medewerkers?|markt|markten|sector|branche|bestrijding|preventie|beleid|"
    r"voorlichting|campagnes?|instellingen|instelling|praktijken|praktijk|programma|project|trainingen|"
    r"training|cursus|opleiding|vriendelijke?|toegankelijke?|protocol|verzekering|kosten|loog|logen|logie|"
    r"kundige|kundigen|fabrikant|industrie|producten|product|apparatuur|pennen|app|software|week|maand|dag|"
    r"fondsen|netwerk|database|register|plan|bureau|bureaus|adviseur|adviseurs|advies|management|manager|"
    r"functionaris|registratie|systeem|systemen|module|modules|beheer|proces|processen|veiligheid|portaal|"
    r"applicatie|pakket|kiemen|verwekkers?|beeld|slager|slagers|slachter|slachters|methode)"
)
NEUTRAL_NEXT_EN = (
    r"(?!\s+(?:market|markets|industry|sector|research|researcher|ward|unit|clinic|clinics|centre|center|"
    r"department|charity|foundation|nurse|nurses|specialist|specialists|team|awareness|week|month|app|apps|"
    r"services?|products?|devices?|drugs? (?:market|sales)|first aiders?|programme|program|trust|society|"
    r"association|fund|campaign|policy|policies|insurance|software|pens?|doctor|consultant|professional|"
    r"therapist|practice|support worker|charities|screening|prevention|drugs?|pipeline|diagnostics|"
    r"medicines?|vaccines?|era|accessible|access|friendly|ramps?|counsell?ors?)\b)"
)

# Things, not people, as the subject of "is ..." ("the pipeline is sick", "het systeem is 15 jaar oud").
THINGS = (
    r"het|dit|dat|systeem|applicatie|bedrijf|gebouw|pand|auto|huis|machine|software|product|merk|"
    r"organisatie|onderneming|contract|project|pc|laptop|server|platform|code|codebase|huurcontract|"
    r"vacature|it|this|that|system|application|company|firm|building|car|house|brand|organi[sz]ation|"
    r"business|site|plant|factory|team|role|job|position|salary|budget|price|score|rate|number|total|"
    r"pipeline|build|release|demo|app|feature|deploy|deployment|design|game|show|track|song|party|view|"
    r"result|results|dashboard|website"
)

# Both languages: every recognizer runs the rules of both (mixed and mis-detected texts), so cues must be too.
THIRD_PARTY = THIRD_PARTY_NL + "|" + THIRD_PARTY_EN
TRADE = TRADE_NL + "|" + TRADE_EN

# Generic, professional text (vacancies, job descriptions: "Zij behandelen patiënten met verslavingen",
# "doctors diagnose and treat illness") is not data about a person. A finding in a clause with a
# professional verb and a plural group of people, or a finding that is itself a plural generic noun, needs a
# singular personal anchor (ik, hij, haar, kandidaat, she, my, ...) in its clause.
SINGULAR_ANCHOR = (
    r"\b(?:ik|mij|me|mijn|m'n|hij|hem|zijn|haar|kandidaat|kandidate|sollicitant|I|I'm|I've|I'd|my|he|him|"
    r"his|she|her|candidate|applicant)\b|\b[A-Z][a-z]+\s\(\d{2}\)"
)
PROFESSIONAL_FRAMING = (
    r"\b(?:behandel\w*|diagnosticer\w*|voorkom\w*|begeleid\w*|ondersteun\w*|adviseer\w*|adviseren|"
    r"verzorg\w*|verpleg\w*|opspor\w*|voorlichting|preventie|bieden|biedt|helpen|treat|treats|treating|"
    r"diagnose|diagnoses|diagnosing|prevent|prevents|preventing|manage|manages|managing|support|supports|"
    r"supporting|assist|assists|assisting|advise|advises|advising|care for|cares for|caring for|counsel|"
    r"counsels|counselling|counseling|administer\w*|monitor|monitors|monitoring|prescribe\w*|provide|"
    r"provides|providing|educate|educates|educating|perform|performs|help|helps|helping)\b"
)
GENERIC_GROUP = (
    r"\b(?:pati[eë]nten|cli[eë]nten|personen|mensen|individuen|groepen|bewoners|ouderen|kinderen|jongeren|"
    r"volwassenen|gezinnen|families|gedetineerden|vrouwen|gebruikers|burgers|leerlingen|patients|clients|"
    r"persons|people|individuals|groups|residents|elderly|children|adults|offenders|women|users|"
    r"communities|population|pupils|students|inmates|prisoners|victims|families)\b"
)
PLURAL_GENERIC = (
    r"(?:ziekte|aandoening|handicap|beperking|medicatie|gezondheidsproblemen|disability|health problems|"
    r"(?:physical|mental|medical|health) condition|hearing aids?|addiction|pacemakers|hoorapparaten|"
    r"rolstoelen|wheelchairs|prostheses|medicijnen|medications|ziekten|ziektes|aandoeningen|stoornissen|"
    r"verslavingen|beperkingen|handicaps|prothesen|therapieën|illnesses|illness|diseases|disabilities|"
    r"impairments|impairment|disorders|injuries|addictions|therapies|psychotherapies|conditions|religions|"
    r"religious|religion|religie|religieuze|pregnancy|pregnancies|zwangerschap|zwangerschappen|bevallingen|"
    r"bevalling|childbirth|offenders|gedetineerden|vakbonden|trade unions|unions|young people|"
    r"political views|politieke partijen|politieke partij|allochtonen|genetische|genetic|sentenced to|"
    r"incarceration)$"
)
