"""Every fixed sentence the core says, in Dutch and English.

One table, so both languages stay in step and the verdict guard can be tested against every template.
"""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, dict[str, str]] = {
    "fair_hiring": {
        "en": (
            "What stays out of interviews and selection (GDPR Art. 9, Dutch equal treatment law): pregnancy"
            " and family plans, religion, health and disability, ethnic origin, sexual orientation and "
            "gender identity, political opinions, union membership, criminal record unless the job legally "
            "requires a check, and age, marital status and nationality. fairmatch never filters or ranks on"
            " them and redacts them before any model sees a CV. Ask every candidate the same job-related "
            "questions; if a candidate raises such a topic, don't record it, and offer reasonable "
            "adjustments when asked. For your own case, check with HR or legal."
        ),
        "nl": (
            "Wat buiten gesprekken en selectie blijft (AVG art. 9, Algemene wet gelijke behandeling): "
            "zwangerschap en kinderwens, religie, gezondheid en beperkingen, etnische afkomst, seksuele "
            "gerichtheid en genderidentiteit, politieke opvattingen, vakbondslidmaatschap, strafrechtelijk "
            "verleden tenzij de functie wettelijk een VOG vraagt, en leeftijd, burgerlijke staat en "
            "nationaliteit. fairmatch filtert of rangschikt daar nooit op en haalt ze weg voordat een model"
            " een cv ziet. Stel elke kandidaat dezelfde functiegerichte vragen; brengt een kandidaat zo'n "
            "onderwerp zelf ter sprake, leg het dan niet vast en bied redelijke aanpassingen aan als daarom"
            " gevraagd wordt. Check je eigen situatie bij HR of juridische zaken."
        ),
    },
    "no_emotion_recognition": {
        "en": (
            "fairmatch does no emotion recognition and infers no personality or character from text, voice "
            "or video: the EU AI Act (Art. 5(1)(f)) prohibits emotion recognition at work, and such "
            "inferences are unreliable. It matches CVs against a vacancy's requirements, with the evidence, "
            "and prepares structured, job-related interview questions."
        ),
        "nl": (
            "fairmatch doet niet aan emotieherkenning en leidt geen persoonlijkheid of karakter af uit "
            "tekst, stem of video: de AI-verordening (art. 5 lid 1 onder f) verbiedt emotieherkenning op "
            "het werk, en zulke inschattingen zijn onbetrouwbaar. Het vergelijkt cv's met de eisen van een "
            "vacature, met het bewijs, en bereidt gestructureerde, functiegerichte interviewvragen voor."
        ),
    },
    "last_refusal": {
        "en": "My last refusal to you, and why: {reason}",
        "nl": "Mijn laatste weigering aan jou, en waarom: {reason}",
    },
    "who_decides": {
        "en": (
            "People decide, not fairmatch (GDPR Art. 22, EU AI Act Art. 14). I suggest candidates with "
            "the evidence for each requirement and what is missing. A hiring manager of the vacancy, or an "
            "admin, approves or declines each suggestion in the thread, with a reason, after opening the "
            "evidence; a recruiter can request that review but not approve their own request. I never "
            "reject, invite, hire or cut a ranking by myself, whoever asks, and every decision is logged. "
            "An admin can pause my suggestions for a vacancy or for the whole organisation."
        ),
        "nl": (
            "Mensen beslissen, niet fairmatch (AVG art. 22, AI-verordening art. 14). Ik stel kandidaten "
            "voor met het bewijs per eis en wat er ontbreekt. Een hiring manager van de vacature, of een "
            "admin, keurt elke suggestie in de thread goed of af, met een reden, na het bewijs te hebben "
            "geopend; een recruiter kan die review aanvragen maar zijn eigen verzoek niet goedkeuren. Ik "
            "wijs nooit zelf af, nodig niemand uit, neem niemand aan en kap geen ranglijst af, wie het ook "
            "vraagt, en elk besluit wordt vastgelegd. Een admin kan mijn suggesties pauzeren voor een "
            "vacature of voor de hele organisatie."
        ),
    },
    "help": {
        "en": (
            "I help you find explained candidate matches and prepare interviews; people take every "
            "decision.\n"
            "• `match <vacancy>` – best matching candidates, with evidence (e.g. `match v_123` or "
            "`best candidates for the data analyst role`)\n"
            "• `questions <vacancy> [candidate]` – an interview kit\n"
            "• `summary <candidate>` – a short evidence-based summary\n"
            "• `review <suggestion>` – ask the hiring manager to review a suggestion\n"
            "• `vacancy list` / `vacancy show <id>` – vacancies and their status\n"
            "Hiring managers record a decision with the Approve/Decline buttons (in the console: "
            "`approve <suggestion> because <reason>`). Admins can `pause AI` or `resume AI`, and handle "
            "data-subject requests: `dsar export|erase|restrict|unrestrict <candidate>`; `admin` shows "
            "connectors, retention terms and roles."
        ),
        "nl": (
            "Ik help je kandidaten te vinden met uitleg en gesprekken voor te bereiden; mensen nemen elk "
            "besluit.\n"
            "• `match <vacature>` – best passende kandidaten, met bewijs (bijv. `match v_123` of "
            "`wie past bij de Python vacature?`)\n"
            "• `vragen <vacature> [kandidaat]` – interviewvragen\n"
            "• `samenvatting <kandidaat>` – een korte samenvatting op basis van bewijs\n"
            "• `review <suggestie>` – vraag de hiring manager een suggestie te beoordelen\n"
            "• `vacatures` / `vacature <id>` – vacatures en hun status\n"
            "Hiring managers leggen een besluit vast met de knoppen Goedkeuren/Afwijzen (in de console: "
            "`approve <suggestie> omdat <reden>`). Admins kunnen `pauzeer AI` of `hervat AI` gebruiken, "
            "en verzoeken van betrokkenen afhandelen: `avg inzage|wis|beperk|hef <kandidaat>`; `beheer` "
            "toont connectoren, bewaartermijnen en rollen."
        ),
    },
    "unknown_user": {
        "en": "I don't know you in this workspace yet. Ask an admin to add you; meanwhile, here is what I "
        "can do.",
        "nl": "Ik ken je nog niet in deze werkomgeving. Vraag een admin je toe te voegen; dit kan ik doen:",
    },
    "which_vacancy": {
        "en": "Which vacancy do you mean? Open vacancies: {options}",
        "nl": "Welke vacature bedoel je? Open vacatures: {options}",
    },
    "no_vacancy": {
        "en": "I couldn't find a vacancy matching '{ref}'. Try `vacancy list`.",
        "nl": "Ik kon geen vacature vinden voor '{ref}'. Probeer `vacatures`.",
    },
    "no_vacancies": {"en": "There are no vacancies yet.", "nl": "Er zijn nog geen vacatures."},
    "vacancy_list": {"en": "Vacancies:\n{rows}", "nl": "Vacatures:\n{rows}"},
    "vacancy_show": {
        "en": "{title} ({id}) – status {status}{paused}. Must-haves: {must}. Nice to have: {nice}. "
        "Suggestions: {counts}.",
        "nl": "{title} ({id}) – status {status}{paused}. Eisen: {must}. Wensen: {nice}. "
        "Suggesties: {counts}.",
    },
    "paused_flag": {"en": ", AI paused", "nl": ", AI gepauzeerd"},
    "ai_paused": {
        "en": "AI suggestions are paused for {scope} by an admin, so I show no matches. "
        "You can still list vacancies and review earlier suggestions.",
        "nl": "AI-suggesties zijn door een admin gepauzeerd voor {scope}, dus ik toon geen matches. "
        "Je kunt wel vacatures bekijken en eerdere suggesties beoordelen.",
    },
    "scope_tenant": {"en": "this organisation", "nl": "deze organisatie"},
    "scope_vacancy": {"en": "vacancy {title}", "nl": "vacature {title}"},
    "matches_header": {
        "en": "Top {n} matches for {title} ({id}). Scores rank the evidence; they are not decisions. "
        "Request a review to involve the hiring manager.",
        "nl": "Top {n} matches voor {title} ({id}). Scores ordenen het bewijs; het zijn geen besluiten. "
        "Vraag een review aan om de hiring manager te betrekken.",
    },
    "matches_header_manager": {
        "en": "Top {n} matches for {title} ({id}). Scores rank the evidence; they are not decisions.",
        "nl": "Top {n} matches voor {title} ({id}). Scores ordenen het bewijs; het zijn geen besluiten.",
    },
    "no_matches": {
        "en": "No candidates with enough evidence for {title} yet.",
        "nl": "Nog geen kandidaten met voldoende bewijs voor {title}.",
    },
    "matching_unavailable": {
        "en": "Matching is not available right now ({why}); nothing was changed.",
        "nl": "Matchen is nu niet beschikbaar ({why}); er is niets gewijzigd.",
    },
    "no_suggestion": {
        "en": "I couldn't find suggestion '{ref}'. Ask for matches first and use the suggestion id (s_…) or "
        "#n.",
        "nl": "Ik kon suggestie '{ref}' niet vinden. Vraag eerst om matches en gebruik het suggestie-id "
        "(s_…) of #n.",
    },
    "no_candidate": {
        "en": "I couldn't find candidate '{ref}'. Use a candidate id (c_…) or #n from the last matches.",
        "nl": "Ik kon kandidaat '{ref}' niet vinden. Gebruik een kandidaat-id (c_…) of #n uit de laatste "
        "matches.",
    },
    "review_requested": {
        "en": "Review requested for {title} on {vacancy}. {managers} will see the evidence and decide.",
        "nl": "Review aangevraagd voor {title} bij {vacancy}. {managers} bekijkt het bewijs en beslist.",
    },
    "no_managers": {
        "en": "an admin (this vacancy has no hiring manager yet)",
        "nl": "een admin (deze vacature heeft nog geen hiring manager)",
    },
    "decision_recorded": {
        "en": "Decision recorded: {verb} by {actor} ({role}) for {title}. Reason: {reason}",
        "nl": "Besluit vastgelegd: {verb} door {actor} ({role}) voor {title}. Reden: {reason}",
    },
    "verb_approved": {"en": "approved", "nl": "goedgekeurd"},
    "verb_declined": {"en": "not taken forward", "nl": "niet doorgezet"},
    "stage_recorded": {
        "en": "Stage change recorded by {actor} ({role}): {title} moves from {from_} to {to}. Reason: "
        "{reason}",
        "nl": "Fasewijziging vastgelegd door {actor} ({role}): {title} gaat van {from_} naar {to}. Reden: "
        "{reason}",
    },
    "evidence_header": {
        "en": "Evidence for {title} ({sid}). You can now record a decision.",
        "nl": "Bewijs voor {title} ({sid}). Je kunt nu een besluit vastleggen.",
    },
    "evidence_then_repeat": {
        "en": "Please look at the evidence first; it is shown below. Then send the same command again.",
        "nl": "Bekijk eerst het bewijs; het staat hieronder. Stuur daarna hetzelfde commando opnieuw.",
    },
    "decision_via_button": {
        "en": "Decisions are recorded with the Approve/Decline buttons on the review message, with a reason, "
        "so that they are tied to you. Open the suggestion's review message to decide.",
        "nl": "Besluiten leg je vast met de knoppen Goedkeuren/Afwijzen op het reviewbericht, met een reden, "
        "zodat ze aan jou gekoppeld zijn. Open het reviewbericht van de suggestie om te beslissen.",
    },
    "decision_syntax": {
        "en": "To record a decision, name the suggestion and give a reason: "
        "`approve s_… because <reason>` or `decline s_… because <reason>`.",
        "nl": "Noem de suggestie en geef een reden om een besluit vast te leggen: "
        "`approve s_… omdat <reden>` of `decline s_… omdat <reden>`.",
    },
    "admin_status": {
        "en": "Admin overview\n"
        "AI suggestions: {ai}\n"
        "Retention: applicants {applicant}; sourced candidates {sourced}; audit log {audit}\n"
        "Roles: {roles}\n"
        "Connectors:\n{connectors}",
        "nl": "Beheeroverzicht\n"
        "AI-suggesties: {ai}\n"
        "Bewaartermijnen: sollicitanten {applicant}; gesourcete kandidaten {sourced}; auditlog {audit}\n"
        "Rollen: {roles}\n"
        "Connectoren:\n{connectors}",
    },
    "dsar_admin_only": {
        "en": "Only an admin can handle a data-subject request.",
        "nl": "Alleen een admin kan een verzoek van een betrokkene afhandelen.",
    },
    "dsar_usage": {
        "en": "Usage: `dsar export|erase|restrict|unrestrict c_…` (an erasure needs `confirm`).",
        "nl": "Gebruik: `dsar inzage|wis|beperk|hef c_…` (wissen vraagt om `bevestig`).",
    },
    "dsar_confirm": {
        "en": "This erases candidate {cid} everywhere, including the bot's chat messages, and cannot be "
        "undone. Repeat with `confirm` (add `do-not-contact` to keep only a 'do not contact' record).",
        "nl": "Dit wist kandidaat {cid} overal, ook de chatberichten van de bot, en is onomkeerbaar. "
        "Herhaal met `bevestig` (voeg `niet-benaderen` toe om alleen een 'niet benaderen'-registratie "
        "te houden).",
    },
    "dsar_erased": {
        "en": "Candidate {cid} is erased ({state}); {pending} chat message(s) still to delete.",
        "nl": "Kandidaat {cid} is gewist ({state}); nog {pending} chatbericht(en) te verwijderen.",
    },
    "dsar_restricted": {
        "en": "Processing of candidate {cid} is now {state}.",
        "nl": "Verwerking van kandidaat {cid} is nu {state}.",
    },
    "dsar_exported": {
        "en": "We hold on {cid}: {suggestions} match suggestion(s) with explanations, "
        "{decisions} decision(s), "
        "{consents} consent record(s), {messages} chat message(s), {events} logged event(s). The full "
        "machine-readable bundle: `fairmatch dsar export --tenant {tenant} --candidate {cid} --out FILE`.",
        "nl": "Over {cid} bewaren we: {suggestions} matchsuggestie(s) met uitleg, {decisions} besluit(en), "
        "{consents} toestemming(en), {messages} chatbericht(en), {events} gelogde gebeurtenis(sen). De "
        "volledige export: `fairmatch dsar export --tenant {tenant} --candidate {cid} --out FILE`.",
    },
    "ai_switched": {
        "en": "AI suggestions are now {state} for {scope}.",
        "nl": "AI-suggesties zijn nu {state} voor {scope}.",
    },
    "state_paused": {"en": "paused", "nl": "gepauzeerd"},
    "state_resumed": {"en": "active again", "nl": "weer actief"},
    "summary_header": {"en": "Summary of {title}:", "nl": "Samenvatting van {title}:"},
    "summary_evidence": {
        "en": "For {vacancy}: matches {matched} of {total} requirements with evidence{missing}.",
        "nl": "Voor {vacancy}: sluit aan op {matched} van {total} eisen met bewijs{missing}.",
    },
    "summary_missing": {
        "en": "; no evidence found for: {items}",
        "nl": "; geen bewijs gevonden voor: {items}",
    },
    "summary_none": {
        "en": "There is no match evidence for {title} yet; ask for matches on a vacancy first.",
        "nl": "Er is nog geen matchbewijs voor {title}; vraag eerst om matches voor een vacature.",
    },
    "questions_header": {
        "en": "Interview questions for {title}{who}. Ask every candidate the same core questions:",
        "nl": "Interviewvragen voor {title}{who}. Stel elke kandidaat dezelfde kernvragen:",
    },
    "questions_unavailable": {
        "en": "Interview kits are not available right now ({why}); nothing was changed.",
        "nl": "Interviewvragen zijn nu niet beschikbaar ({why}); er is niets gewijzigd.",
    },
    "restricted": {
        "en": "This candidate's data is restricted (GDPR Art. 18); I can't process it.",
        "nl": "De gegevens van deze kandidaat zijn beperkt (AVG art. 18); ik kan ze niet verwerken.",
    },
    "output_blocked": {
        "en": "I couldn't check this answer for sensitive data, so I didn't post it. Please try again.",
        "nl": "Ik kon dit antwoord niet controleren op gevoelige gegevens, dus ik heb het niet geplaatst. "
        "Probeer het opnieuw.",
    },
    "bad_action": {"en": "That action is not valid: {why}", "nl": "Die actie is niet geldig: {why}"},
}

# Why a decision was refused: shown to the person, logged as the code only.
DECISION_ERRORS: dict[str, dict[str, str]] = {
    "not_found": {"en": "that suggestion does not exist here.", "nl": "die suggestie bestaat hier niet."},
    "unknown_user": {"en": "you are not a known user here.", "nl": "je bent hier geen bekende gebruiker."},
    "reason_too_short": {
        "en": "a decision needs a reason of at least 10 characters.",
        "nl": "een besluit heeft een reden van minstens 10 tekens nodig.",
    },
    "reason_protected": {
        "en": "the reason mentions health, religion, origin, age, pregnancy or another protected "
        "characteristic; "
        "a decision must rest on the job requirements. Please rephrase it.",
        "nl": "de reden noemt gezondheid, religie, afkomst, leeftijd, zwangerschap of een ander beschermd "
        "kenmerk; "
        "een besluit moet op de functie-eisen berusten. Formuleer de reden opnieuw.",
    },
    "reason_unchecked": {
        "en": "the reason could not be checked for sensitive data, so nothing was recorded. Please try "
        "again.",
        "nl": "de reden kon niet op gevoelige gegevens worden gecontroleerd; er is niets vastgelegd. Probeer "
        "het opnieuw.",
    },
    "evidence_not_viewed": {
        "en": "please open the evidence before you decide, and confirm that you did.",
        "nl": "open eerst het bewijs en bevestig dat je het hebt bekeken.",
    },
    "not_authorised": {
        "en": "only this vacancy's hiring managers or an admin can decide on it. You can add a comment or "
        "ask them to review.",
        "nl": "alleen de hiring managers van deze vacature of een admin kunnen hierover beslissen. Je kunt "
        "hen vragen het te beoordelen.",
    },
    "own_request": {
        "en": "you requested this review yourself; another authorised person has to decide (four-eyes rule).",
        "nl": "je hebt deze review zelf aangevraagd; iemand anders met bevoegdheid moet beslissen "
        "(vier-ogenprincipe).",
    },
    "not_requested": {
        "en": "this suggestion has no review request yet; a recruiter requests the review first.",
        "nl": "voor deze suggestie is nog geen review aangevraagd; een recruiter vraagt die eerst aan.",
    },
    "already_decided": {
        "en": "already decided by {actor} ({kind}).",
        "nl": "al besloten door {actor} ({kind}).",
    },
    "already_requested": {
        "en": "a review is already requested (status {status}).",
        "nl": "er is al een review aangevraagd (status {status}).",
    },
    "not_recruiter": {
        "en": "reviews are requested by recruiters or admins.",
        "nl": "reviews worden aangevraagd door recruiters of admins.",
    },
    "not_admin": {
        "en": "only an admin can pause or resume AI suggestions.",
        "nl": "alleen een admin kan AI-suggesties pauzeren of hervatten.",
    },
    "bad_stage": {
        "en": "unknown stage; use one of: {stages}.",
        "nl": "onbekende fase; gebruik een van: {stages}.",
    },
    "same_stage": {
        "en": "the application is already in that stage.",
        "nl": "de sollicitatie staat al in die fase.",
    },
    "stage_conflict": {
        "en": "the stage was changed by someone else meanwhile; look again before deciding.",
        "nl": "de fase is intussen door iemand anders gewijzigd; kijk opnieuw voordat je beslist.",
    },
}


def t(key: str, lang: str, **values: Any) -> str:
    table = TEXTS[key]
    return table.get(lang, table["en"]).format(**values)


def decision_error(code: str, lang: str, **values: Any) -> str:
    table = DECISION_ERRORS[code]
    return table.get(lang, table["en"]).format(**values)
