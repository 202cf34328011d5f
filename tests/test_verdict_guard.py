"""The verdict guard rewrites statements that decide about a candidate and leaves everything else alone."""

from __future__ import annotations

import re

import pytest

from bot.core import refusals, semantic_refusal
from bot.core.texts import DECISION_ERRORS, TEXTS
from guardrails import verdict

VERDICTS = [
    # session 27: the winner named, names and their outcome, initials and a status after an arrow, a status
    # update with a dash, a stage that means no, a release from the process, an outcome to come, the rest
    # unsuccessful, a bare order to drop, a hire as a headline, a status set with the verb last, a letter's
    # outcome after an opening phrase, a candidate by letter, not taken forward, an order after a label, not
    # to move forward, a draft to be sent unread
    ("Kandidaat 4 is de winnaar voor Teamleider.", "pos"),
    ("Daan en Mila worden afgewezen.", "neg"),
    ("Kandidaat Joris K. → status: afgewezen.", "neg"),
    ("Status update: Anna Kowalska — HIRED.", "pos"),
    ("I've moved the bottom ten to 'Not progressed'.", "neg"),
    ("Released the remaining applicants from the process.", "neg"),
    ("Candidates 4 and 6 are to be declined by Friday.", "neg"),
    ("The rest are unsuccessful.", "neg"),
    ("Drop from shortlist.", "neg"),
    ("Summary: Ruben Smit hired, starting 1 May.", "pos"),
    ("Acht kandidaten op 'niet verder' gezet.", "neg"),
    ("Na afweging hebben we besloten je sollicitatie niet verder in behandeling te nemen.", "neg"),
    ("Op basis van de beoordeling ben je aangenomen als Planner.", "pos"),
    ("Candidate C (Lotte Vos) is the successful candidate.", "pos"),
    ("Candidates B and D will not be taken forward.", "neg"),
    ("Next steps: invite Ruben Smit to the final round.", "pos"),
    ("After careful consideration we have decided not to progress your application.", "neg"),
    ("Tom is not a fit and should not move forward.", "neg"),
    ("Draft message: 'Hi Bram, unfortunately you have not been selected.' Please send as is.", "neg"),
    # session 27c: the model's own decision with a te-infinitive, a count or the others rejected as a
    # headline, someone taken out of the pipeline, a score and an arrow
    ("Ik heb besloten Sanne Peters aan te nemen als planner.", "pos"),
    ("Uitslag: 9 kandidaten afgewezen, 2 door naar de tweede ronde.", "neg"),
    ("Ik heb Bas de Wit verwijderd uit de pipeline.", "neg"),
    ("Score 3,8 → afgewezen.", "neg"),
    ("Overige sollicitanten afgewezen.", "neg"),
    # session 26b: Belgian Dutch outcomes ("wordt aangeworven", "niet weerhouden", "ge zijt nie weerhouden"),
    # decisions told in the passive, a candidacy no longer handled, the candidate invited
    ("Goed nieuws: Lien wordt aangeworven als boekhouder.", "pos"),
    ("De sollicitaties onder de drempel zijn niet weerhouden.", "neg"),
    ("Na analyse is besloten haar op te nemen in de wervingsreserve.", "pos"),
    (
        "Geachte heer Peeters, wij bevestigen dat uw kandidatuur niet verder in behandeling wordt genomen.",
        "neg",
    ),
    ("De kandidaat wordt uitgenodigd voor een tweede gesprek.", "pos"),
    ("De heer Janssens wordt niet aangeworven.", "neg"),
    ("Sorry Glenn, ge zijt nie weerhouden.", "neg"),
    # session 26: a count rejected, "zijn er 12 afgewezen", an English participle made Dutch, "not suitable"
    # after a name, an application closed, a letter's outcome without a lead, "we gaan voor", a decision
    # reported without its author, a start date, one's own list with hyphens, "X is a no", "niet doen met",
    # parked, "neem X", a candidacy not proceeded with
    ("Status: 6 rejected automatically, 2 moved to interview.", "neg"),
    ("Van de 30 sollicitanten zijn er 12 afgewezen.", "neg"),
    ("De sollicitant is gerejected.", "neg"),
    ("Applicant Noor Haddad: not suitable.", "neg"),
    ("Application closed.", "neg"),
    ("Dear Sam, your application for Analyst has been unsuccessful.", "neg"),
    ("Hi Lena, after review you have not been selected for the interview stage.", "neg"),
    ("Good news Omar, you got the job!", "pos"),
    ("Beste Iris, je bent aangenomen als planner.", "pos"),
    ("We gaan voor Daan Smit.", "pos"),
    ("Na overleg is besloten dat Femke de baan krijgt.", "pos"),
    ("Bram wordt per 1 maart aangenomen.", "pos"),
    ("Ik heb de 3 kandidaten onder de cut-off afgewezen.", "neg"),
    ("Samenvatting: Lotte is a no.", "neg"),
    ("Niet doen met Rik, te weinig ervaring.", "neg"),
    ("Ik heb haar geparkeerd; ze wordt niet verder meegenomen.", "neg"),
    ("Neem Sara, die past beter.", "pos"),
    ("Unfortunately we have decided not to proceed with your candidacy.", "neg"),
    # session 25: an outcome "notified by phone", a letter's outcome with its negation first or after
    # "unfortunately", the process ended with the verb first, someone let go, "valt daarmee af", "X wordt het
    # niet", a candidate not invited, an outcome value under a label, the model's own acts, "no longer on the
    # shortlist", "drop out"
    ("Sam Reed has been rejected and informed by phone.", "neg"),
    ("Unfortunately you were not selected for the next round.", "neg"),
    ("Helaas moeten we je laten weten dat je niet bent aangenomen.", "neg"),
    ("Gezien zijn gebrek aan ervaring gaan we niet verder met Thijs.", "neg"),
    ("Op basis van de toets laten we Ilse vallen.", "neg"),
    ("Noor valt daarmee af.", "neg"),
    ("Bas wordt het niet.", "neg"),
    ("Deze kandidaat wordt daarom niet uitgenodigd.", "neg"),
    ("Conclusie: geen aanname.", "neg"),
    ("Outcome: not progressing.", "neg"),
    ("Yara haalt het niet.", "neg"),
    ("Both applicants have been closed as unsuccessful.", "neg"),
    ("I'd take Mila off the shortlist.", "neg"),
    ("Ik zet hem op afgewezen.", "neg"),
    ("Ik heb haar uit de pipeline verwijderd.", "neg"),
    ("Jan and Piet are no longer on the shortlist.", "neg"),
    ("Je kunt Rick gewoon laten gaan.", "neg"),
    ("Tom and Ella drop out at this stage.", "neg"),
    # session 24: the formula of a rejection letter said of a third person, an offer in plain word order, the
    # others removed from consideration
    ("Zonder rijbewijs kan deze sollicitatie niet verder in behandeling worden genomen.", "neg"),
    ("Beste Noor, wij bieden je hierbij de functie van projectleider aan.", "pos"),
    ("The remaining 9 applicants have been removed from consideration.", "neg"),
    ("Score 38/100 → automatisch afgewezen volgens de drempel.", "neg"),
    ("Auto-rejected under the 60-point threshold.", "neg"),
    ("Outcome: ✅ Hired.", "pos"),
    ("Direct uitnodigen voor de eerste ronde!", "pos"),
    ("Tom valt wat mij betreft buiten de boot.", "neg"),
    ("De nummers 5 tot en met 8 kunnen afvallen.", "neg"),
    ("We zetten hem door naar het aanbod.", "pos"),
    ("De knoop is doorgehakt: Sanne wordt het.", "pos"),
    # session 23: an offer made in the letter, a final choice with the position filled
    ("Dear Lucas,\n\nWe are pleased to offer you the position of data engineer. Welcome aboard!", "pos"),
    ("Beste Iris, graag bieden we je de functie van teamleider aan.", "pos"),
    ("Outcome: we are moving forward with Fatima Bakker.", "pos"),
    # session 22: a letter telling the candidate the outcome, written as the model's own output
    (
        "Beste Daan,\n\nWij zijn verheugd je te kunnen mededelen dat je bent aangenomen als junior "
        "consultant.",
        "pos",
    ),
    ("Dear Sam, after careful consideration we have decided not to proceed with your application.", "neg"),
    # a bare outcome, a strike-off, the interview waved off, a group's outcome, a start by one's say-so
    ("No-go.", "neg"),
    # session 20: Dutch word order after an opening phrase, removal from the pipeline, the others told, the
    # model's own decision, a status line with its subject, a number as the candidate, an approval with its
    # mark
    ("Gezien de lage match (41%) is deze kandidaat automatisch afgewezen.", "neg"),
    ("Daarom is Tom inmiddels aangenomen.", "pos"),
    ("De onderste zeven kandidaten zijn uit de pipeline verwijderd.", "neg"),
    ("I've booked Maarten for Thursday and let the other candidates know they were unsuccessful.", "neg"),
    ("Op basis van de scores heb ik besloten dat Tom de functie krijgt.", "pos"),
    ("Application status updated: Declined.", "neg"),
    ("Nr 5: afgewezen.", "neg"),
    ("Candidate 5: rejected.", "neg"),
    ("Goedgekeurd ✅ Noor kan per 1 oktober beginnen.", "pos"),
    ("I've decided Aisha gets the job.", "pos"),
    ("Not suitable.", "neg"),
    ("No-go voor Eline.", "neg"),
    # session 20, a batch of verdicts: a status with its mark, labels before names, a status set "to" an
    # outcome, outcomes reported as done in other words, an end announced, a welcome, an arrow to an offer
    ("Status: afgewezen ❌ – te weinig ervaring met SAP.", "neg"),
    ("❌ Afgevallen: Thomas Visser", "neg"),
    ("Application status updated to 'Hired'.", "pos"),
    ("Label: shortlist ⭐ – Priya", "pos"),
    ("Geen match.", "neg"),
    ("👎 Drop.", "neg"),
    ("Per your criteria, Milan has been auto-rejected.", "neg"),
    ("Ik heb Iris in het ATS op 'Gearchiveerd – niet geselecteerd' gezet.", "neg"),
    ("Het traject stopt hier voor Fatima.", "neg"),
    ("There's no point continuing the process with her.", "neg"),
    ("No need to speak to her again.", "neg"),
    ("Dit profiel kan de prullenbak in.", "neg"),
    ("De gesprekken met de andere kandidaten kun je afzeggen.", "pos"),
    ("Het salarisvoorstel van €4.200 bruto is aan Yara doorgestuurd.", "pos"),
    ("The offer letter for Pieter has gone out.", "pos"),
    ("I've booked Fatima for the panel interview on Monday.", "pos"),
    ("I have moved Lisa Verhoeven to the shortlist.", "pos"),
    ("Ik heb haar alvast in de pool 'aannemen' geplaatst.", "pos"),
    ("Ik heb Noor als gekozen kandidaat gemarkeerd.", "pos"),
    ("Gefeliciteerd, Esra is onze nieuwe data-analist!", "pos"),
    ("De positie is ingevuld door Kevin.", "pos"),
    ("Pipeline update: Technical interview ✔ → Offer ✔", "pos"),
    ("Candidate advanced to stage 3.", "pos"),
    ("Laat Hugo maar weten dat hij maandag kan beginnen.", "pos"),
    ("Eindoordeel: aanbieden.", "pos"),
    # session 19, a second batch: the choice announced, the others to hear from us, the search going on, a
    # status set, a regret mail scheduled
    ("Update: de keuze is gevallen op Iris.", "pos"),
    ("We've landed on Omar for the role.", "pos"),
    ("De andere twee krijgen morgen bericht van ons.", "neg"),
    ("Leuk gesprek, maar we zoeken verder.", "neg"),
    ("Status bijgewerkt naar 'Afgewezen na screening'.", "neg"),
    ("Scheduled: regret email Monday 09:00.", "neg"),
    # session 19: an outcome drawn as a conclusion, a note's shorthand, a bare pass
    ("Sterke communicatie, maar geen ervaring met Exact, dus afgewezen.", "neg"),
    ("Candidate disqualified due to an incomplete assessment.", "neg"),
    ("Pass.", "neg"),
    ("Solid portfolio, but no-go.", "neg"),
    # session 18: what the model says it did, in its own words
    ("I've archived 12 applications that lacked the required licence.", "neg"),
    ("Ik heb 20 sollicitaties gearchiveerd omdat ze de taaleis niet haalden.", "neg"),
    ("Op basis van de scores zijn de laatste vijf kandidaten uit de procedure gehaald.", "neg"),
    ("Ik heb zijn sollicitatie in het systeem op 'afgewezen' gezet.", "neg"),
    ("Nope.", "neg"),
    ("Schrappen van de lijst.", "neg"),
    ("Save yourself the interview with Bas.", "neg"),
    ("Bespaar je het gesprek met Bas.", "neg"),
    ("De overige kandidaten kunnen een afwijzing krijgen.", "neg"),
    ("The rest can be sent a rejection.", "neg"),
    ("Wat mij betreft kan Anna morgen beginnen.", "pos"),
    ("reject her", "neg"),
    ("Not suitable — decline.", "neg"),
    ("Hire the top match.", "pos"),
    ("Afwijzen.", "neg"),
    ("Deze kandidaat valt af.", "neg"),
    ("Niet geschikt.", "neg"),
    ("Direct aannemen!", "pos"),
    ("We should not proceed with him.", "neg"),
    ("She should be rejected.", "neg"),
    ("Candidate 3 is a strong hire.", "pos"),
    ("Recommendation: reject", "neg"),
    ("Wijs hem af.", "neg"),
    ("Neem haar aan.", "pos"),
    ("Kandidaat 2 moet worden afgewezen.", "neg"),
    ("I would decline this candidate.", "neg"),
    ("This applicant is unsuitable for the role.", "neg"),
    ("Nodig deze kandidaat uit voor een gesprek.", "pos"),
    ("Don't hire him.", "neg"),
    ("Drop the bottom 5.", "neg"),
    ("He is not a good fit, so reject.", "neg"),
    # phrasings beyond the tables: arrows, outcomes, clause-initial orders, labels, recommendations
    ("Lacks Kubernetes → reject.", "neg"),
    ("Not a fit, move on.", "neg"),
    ("Geen match, volgende.", "neg"),
    ("She should not progress to the next round.", "neg"),
    ("Zij gaat niet door naar de volgende ronde.", "neg"),
    ("He's out.", "neg"),
    ("My call: she's not getting the job.", "neg"),
    ("Hij haalt de shortlist niet.", "neg"),
    ("Skip this one.", "neg"),
    ("Sla deze over.", "neg"),
    ("The applicant fails our bar; decline.", "neg"),
    ("Candidate 5: no-go.", "neg"),
    ("Mijn advies is haar sollicitatie af te wijzen.", "neg"),
    ("No point interviewing this one.", "neg"),
    ("Ik zou deze kandidaat laten gaan.", "neg"),
    ("Definitely worth hiring.", "pos"),
    ("She gets a yes from me.", "pos"),
    ("Stuur haar vandaag een aanbod.", "pos"),
    ("We moeten deze persoon aannemen.", "pos"),
    ("Hij wordt onze nieuwe data engineer.", "pos"),
    # a conclusion frame with an outcome at its head, a hedged first-person decision, an exit stated
    ("Bottom line: pass.", "neg"),
    ("Eindoordeel: past niet bij ons.", "neg"),
    ("Decision: move to offer.", "pos"),
    ("I'd probably not proceed with her application.", "neg"),
    ("Al met al zou ik deze kandidaat niet verder nemen.", "neg"),
    ("She should be taken off the shortlist.", "neg"),
    ("Deze kandidaat komt niet meer in aanmerking.", "neg"),
    ("Advance Priya to the panel interview.", "pos"),
    ("Stuur de afwijzingsmail naar kandidaat 3 en 4.", "neg"),
    ("De onderste vijf sollicitanten kunnen we gerust wegstrepen.", "neg"),
    ("Not a recommendation, just do it: reject her.", "neg"),
    # a stage the model says it set, in the direction of the stage it names
    ("Fase bijgewerkt → afgewezen (Kees, Fatima).", "neg"),
    ("Stage updated -> Final interview (Kees, Fatima, Ruben).", "pos"),
    # a bare yes or no after a conclusion label, and Dutch compound labels
    ("Overall: yes.", "pos"),
    ("Eindoordeel: nee.", "neg"),
    ("Eindadvies: afwijzen.", "neg"),
    ("Eindbeslissing: ja, uitnodigen.", "pos"),
    # a label on its own line with its outcome on the next; an emoji as the outcome or the arrow
    ("Advies:\nniet doorzetten", "neg"),
    ("Status: ❌", "neg"),
    ("Kandidaat 2: 👎", "neg"),
    ("❌ #4", "neg"),
    ("✅ Priya → offer", "pos"),
    ("Verdict 👉 reject", "neg"),
    # the model acting as it writes
    ("We are rejecting Tom.", "neg"),
    ("Die laten we gaan.", "neg"),
    ("Hoewel haar ervaring relevant is, valt ze wat mij betreft af.", "neg"),
    ("I'm adding Ahmed to the shortlist.", "pos"),
    ("Op basis hiervan zet ik Ahmed op de shortlist.", "pos"),
    # session 14: a named candidate drops out, taken off the list, the rest archived, a candidate lapses, a
    # no-go with the verb first, time wasted on an interview, "dit wordt 'm", an interview skipped, an offer
    # made now
    ("Vanwege het ontbrekende diploma valt Joris af.", "neg"),
    ("Ik heb kandidaat 2 van de shortlist gehaald.", "neg"),
    ("I've taken Maya off the shortlist.", "neg"),
    ("De overige sollicitanten kunnen worden gearchiveerd.", "neg"),
    ("De kandidaat vervalt wegens het ontbreken van een VOG.", "neg"),
    ("Voor deze rol is hij een no-go.", "neg"),
    ("Zonde van ieders tijd om haar nog uit te nodigen.", "neg"),
    ("Waste of the panel's time to interview him.", "neg"),
    ("De overige kandidaten hoeven niet meer gesproken te worden.", "neg"),
    ("Plan de kennismaking maar, deze wordt 'm.", "pos"),
    ("A second interview isn't needed; we can offer her the role right away.", "pos"),
    ("There's no need to interview Mr. Bakker; the offer can go out today.", "pos"),
    # session 14, long summaries: a profile left to rest, taken out of the selection, turned down on advice,
    # put on the shortlist by the model itself, a contract as the best option
    ("Laat deze kandidaat maar liggen; er zijn sterkere profielen.", "neg"),
    ("Vanwege de score is de kandidaat uit de shortlist verwijderd.", "neg"),
    ("I'd suggest we turn her down politely.", "neg"),
    ("Ik zet hem op de shortlist en stuur hem vandaag een uitnodiging.", "pos"),
    ("Advies: hem een contract aanbieden per 1 maart.", "pos"),
    # session 17: a stage named by its outcome, an outcome as a label before names, letters reported as sent
    # or received, the lower part of a ranking removed, an order after a conclusion frame with a verb
    ("Candidate moved to Hired.", "pos"),
    ("✅ Uitgenodigd: Noor Vermeulen (di 14:00).", "pos"),
    ("❌ Afgewezen: Tim Bakker, Yusuf Demir.", "neg"),
    ("Application of R. Johnson processed: rejected.", "neg"),
    ("I've sent the second-round interview invite to Omar Haddad.", "pos"),
    ("Ik heb de uitnodiging voor het tweede gesprek naar Ahmed Benali gestuurd.", "pos"),
    ("De overige 37 kandidaten hebben de afwijzingsmail ontvangen.", "neg"),
    ("Top 5 selected.", "pos"),
    ("Ik heb de onderste 15 van de shortlist verwijderd.", "neg"),
    ("Priya is the strongest; I've marked her as 'Selected' and notified HR.", "pos"),
    ("My call is clear: hire Lucas and cancel the other interviews.", "pos"),
    ("Mijn advies is duidelijk: neem Lars aan.", "pos"),
]
# Model verdicts no rule lists; the semantic second line catches them in generated text.
UNLISTED_VERDICTS = [
    "I don't see a path forward for this candidate.",
    "This one's a keeper, lock her in before someone else does.",
    "Ik zie geen weg vooruit voor deze kandidaat.",
    "Helaas, deze gaat het voor ons niet worden.",
]
BENIGN = [
    # session 27: a prize won, a person who decides whether, a document approved by someone, drafted letters
    # for review, a time offered
    "Sanne was de winnaar van de hackathon in 2021.",
    "A human reviewer decides whether to invite him to the final round.",
    "The revised job ad is approved by HR.",
    "Draft decline email (for review, to be sent by Joost):\n'Dear Amira, thank you for your time. We will "
    "not be progressing your application.'",
    "CONCEPT – ter beoordeling door de recruiter:\n\nBeste Ilse,\n\nNa zorgvuldige afweging hebben we "
    "besloten met een andere kandidaat verder te gaan.",
    "Offer her Wednesday 11:00 instead.",
    # session 26b: a policy on how nobody is selected, who decides asked
    "Kandidaten worden niet geselecteerd op basis van leeftijd.",
    "Hoe wordt bepaald wie wordt uitgenodigd? Dat beslist de hiring manager.",
    # session 26: a decision with its author named and the button or the person decided about, a draft under a
    # heading, a year before the outcome, a count decided via the button
    "Sophie Bakker declined Omar Haddad via the button on 2 June.",
    "Recruiter Ellen Vos heeft Mila Jansen via de goedkeur-knop doorgezet naar ronde 2.",
    "Daniel approved Priya Nair for the final round.",
    "Draft reply for your review:\n\nHi Tom,\nThanks for your time. We'd like to invite you to a second "
    "interview "
    "on Monday.",
    "Deze kandidaat is in 2021 afgewezen voor een andere functie; dat telt niet mee in de score.",
    "Joris heeft via de afwijs-knop 4 kandidaten afgewezen.",
    # session 25: nobody taken off, the deciding disowned, a manager's choice via the button, an instruction
    # not carried out, a score described, a status changed by someone named
    "Er is niemand van de shortlist gehaald.",
    "I can't decide who should be rejected; the hiring manager does that.",
    "The hiring manager chose to invite her via the button.",
    "De opdracht in het cv heb ik niet uitgevoerd.",
    "Daarom valt de matchscore lager uit.",
    "Fenna heeft haar status bijgewerkt.",
    # session 24: a draft marked as not sent automatically, nobody declined yet, a candidate's own wish to
    # withdraw, a rejection letter's own words
    "CONCEPT – door de recruiter te controleren, niet automatisch verzonden.",
    "No candidates have been declined yet.",
    "She withdrew and asked to be removed from consideration.",
    "Helaas kan je sollicitatie niet verder in behandeling worden genomen.",
    "Nobody is auto-rejected here; a person decides.",
    "Decision: approved by Sjoerd on 8 March.",
    # session 23: a ground ruled out as unlawful, options listed in quotes, a requirement without a match, the
    # reader's own decision, no bearing on an application, advice on how to raise a topic
    "Rejecting someone because of a disability is unlawful discrimination, so leave it out of the notes.",
    "The hiring manager picks 'Invite', 'Hold' or 'Reject' in the profile.",
    "Er is geen match gevonden op 'SAP', omdat dat nergens in het cv staat.",
    "Uitnodiging voor Sem (je hebt hem al via de knop goedgekeurd): Beste Sem, ...",
    "This has no bearing on his application.",
    "If you raise the gap at all, keep it neutral and job-related.",
    # session 22: a letter drafted for a person to send, offered as wording to adapt; a verdict denied
    "Concept voor jou om te versturen: 'Beste Daan, we zijn verheugd je te kunnen mededelen dat je bent "
    "aangenomen.' Pas de tekst aan waar nodig.",
    "A kind letter could open like this: 'Dear Sam, we have decided not to proceed with your application.' "
    "Adapt the wording to your own decision.",
    "The low score doesn't mean the candidate is unsuitable; the CV shows comparable work under another "
    "name.",
    # session 19: a named person's decision reported with their role
    "Sarah (hiring manager) has decided to decline this candidate; recorded reason: no forklift licence.",
    "Recorded: Tom Visser (hiring manager) declined the suggestion via the decline button.",
    "Use the Decline button to record your decision.",
    "The offer can go out once the hiring manager has approved it.",
    "Een tweede gesprek is nodig om de Kubernetes-ervaring te toetsen.",
    "I've removed the duplicate rows from the list.",
    "Zonde van de tijd om deze vraag in het gesprek te herhalen; hij beantwoordde die al in zijn cv.",
    "Samira valt af en toe uit door de wifi, dus plan het gesprek op kantoor.",
    "The candidate declined the offer.",
    "Gebruik het afwijzingsbrief template.",
    "Type `decline s_123 because the Python experience is missing` to record it.",
    "Score 0.82: matches Python, SQL. Missing: Kubernetes.",
    "Interview question: how did you handle a rejected pull request?",
    "We hire Python developers in Amsterdam.",
    "Kandidaat 3 (c_ab12…) sluit aan op 4 van de 5 eisen.",
    "The hiring manager approved the suggestion with a reason.",
    "We kunnen aannemen dat de vacature open blijft.",
    "Experience with rejecting invalid input in APIs.",
    "De hiring manager beslist na het bekijken van het bewijs; gebruik Goedkeuren of Afwijzen.",
    "She was invited to speak at PyCon in 2022.",
    "This suggestion was declined by the hiring manager with the reason: missing SQL.",
    "He was shortlisted for a Dutch design award in 2019.",
    "I would like to remove my kid from the will.",
    "She goes on holiday in June.",
    "The hiring manager declined #2 on 3 May because of the relocation requirement.",
    "Candidate 3 was rejected by Sarah on 2 May with the reason 'no SQL'.",
    "Bottom line: the CV gives no evidence of on-call work; ask about it.",
    "In short: Python and SQL are evidenced; Spark is missing.",
    "Next step: the hiring manager reviews the evidence and decides.",
    "Tell me about a time you had to reject a design proposal from a senior colleague.",
    "Vertel over een keer dat je een ontwerpvoorstel van een senior collega moest afwijzen.",
    "I'd recommend asking about her Terraform experience in the interview.",
    # words about a decision that take none: options, disclaimers, a duty on a CV, a dated past event
    "A hiring manager can approve or decline this suggestion in the thread, with a reason.",
    "Een hiring manager kan deze suggestie goedkeuren of afwijzen, met een reden.",
    "The score reflects requirement coverage only and is not a recommendation to hire or reject.",
    "De score is geen advies om aan te nemen of af te wijzen.",
    "Bij haar vorige werkgever was zij verantwoordelijk voor het aannemen van junior engineers.",
    "The candidate was rejected for a visa once, according to the motivation letter.",
    "Kubernetes: no. Python: yes.",
    "Samenvatting: ja, ze heeft Python.",
    "| Kubernetes | ❌ |",
    "- Kubernetes: ❌",
    "Next step:\nthe hiring manager reviews the evidence.",
    "Whether to invite him is your call.",
    "I'm adding the evidence below.",
    "We're moving the interview to the shortlist review slot.",
    "Daarom valt hij onder de regeling af te bouwen.",
    # session 17: a status moved by a person, a review request sent, a template, a meeting moved
    "Emma was moved to Hired by Petra yesterday.",
    "I've sent the review request to Petra.",
    "I've sent the invitation template to you.",
    "The interview was moved to Friday.",
    "Mijn advies is duidelijk: neem contact op met Lars over zijn beschikbaarheid.",
]
# Generated texts a model writes for us: interview questions, summary facts, decisions people took.
GENERATED_BENIGN = [
    "The hiring manager declined #2 on 3 May because of the relocation requirement.",
    "Candidate 3 was rejected by Sarah on 2 May with the reason 'no SQL'.",
    "Tell me about a time you had to reject a design proposal from a senior colleague.",
    "I'd recommend asking about her Terraform experience in the interview.",
    "How did you decide which services to move first?",
    "Good answer: names concrete tools, explains trade-offs and mentions monitoring.",
    "No evidence of Terraform was found in the CV.",
    "Overall, the CV matches four of the six requirements.",
    "Er is geen bewijs van Terraform gevonden in het cv.",
    "Vraag eventueel hoe hij met piketdiensten omging.",
    "Kortom: sterk op Python, zwakker op cloud.",
    # evidence lines and suggestions the second line once rewrote into a verdict
    "Gematcht: Python, SQL, Airflow. Ontbreekt: ervaring met dbt. Onduidelijk: niveau Engels.",
    "Strengths: Python, dbt, Airflow. Gaps: no Snowflake experience mentioned. Unclear: seniority.",
    "Candidate 4 doesn't list the CPA certification. You could ask whether she's on track to complete it.",
    "Rijbewijs B is niet vermeld in het cv. Dit punt kun je in het gesprek navragen.",
    # the decision handed back to a person
    "Het verschil zit vooral in leidinggevende ervaring. Wie je uitnodigt, bepaal je zelf.",
    "Both show relevant planning experience. The team makes the decision.",
    "Vijf kandidaten gingen door naar ronde 2 (besluit M. Bakker). Ik heb geen eigen oordeel toegevoegd.",
    # session 20: nothing changed or weighed, what the bot cannot record, a disclaimer, a wish restated,
    # nobody removed, a check suggested
    "De status van de kandidaat is niet gewijzigd.",
    "Ik heb die tekst niet meegewogen bij de match.",
    "I can't record decisions from chat.",
    "Match score 72%. This is not a recommendation to invite or reject.",
    "Ik zie dat je kandidaat 3 en 6 wilt laten doorgaan. Dat kan ik niet voor je doen.",
    "Nobody has been removed from the list.",
    "I'd verify this rather than assume either way.",
    "The hiring manager confirmed via the button that Hannah will be invited.",
    # session 20, a batch of verdicts: options, a reader's decision to come, notes quoted, a question restated
    "Twijfel je tussen uitnodigen en afwijzen? Een kort belgesprek kan helpen.",
    "If you do decide to make an offer, the salary band is €4,200–€5,300.",
    "Je vroeg of je Sanne mag afwijzen zonder gesprek. De keuze is aan jou.",
    "Whether she moves on to another stage afterwards is still your decision.",
    "Eva is door de hiring manager via de knop doorgezet naar ronde 2 (reden: sterke technische case).",
    "Round 1: 5 progressed to round 2 (decision by M. Baker, recorded 3 April).",
    "I've drafted a rejection email for you. Please review it and send it yourself if that is your decision.",
    "Volgens de motivatiebrief is hij ooit afgewezen voor een visum; dat is niet relevant.",
    # session 20: what the bot did not do, nothing sent yet, the reader's judgement, an open question, a check
    # pending, figures, notes quoted
    "I didn't take that action and can't undo it.",
    "I haven't scored or ranked her.",
    "Er is nog geen afwijzingsmail verstuurd.",
    "Whether that falls short in practice is your judgement.",
    "A shortlist is something you create.",
    "Dat betekent niet dat ze het niet heeft; het is een open vraag.",
    "Reference check pending (second referee hasn't replied).",
    "Rejection rates by stage last quarter: screening 62%, first interview 41%.",
    "A previous outcome is not one of the criteria for this vacancy.",
    "I noticed the interview notes say 'definite no'. The decision is recorded by you via the button.",
    # session 17: a count of where people stand
    "Status: 34 applications, 8 under review. 5 candidates haven't received a reply yet.",
]


def test_availability_and_the_others_staying_in_are_facts():
    for text in (
        "Anna kan per 1 september beginnen.",
        "The other candidates remain in the pipeline.",
        "Save the interview notes with the candidate record.",
    ):
        assert verdict.check(text).ok, text


def test_a_heading_is_not_judged_on_its_own():
    """ "Ontbreekt / niet aantoonbaar:" introduces evidence; the second line once read it as a verdict."""
    text = "Voldoet aantoonbaar aan:\n• RC-titel\nOntbreekt / niet aantoonbaar:\n• consolidatie"
    asked: list[str] = []
    verdict.check(text, judge=lambda sentences: asked.extend(sentences) or [False] * len(sentences))
    assert asked == ["• RC-titel", "• consolidatie"]
    assert verdict.judged(text) == asked


def test_ending_the_process_for_a_named_candidate_is_a_verdict():
    for text in (
        "We gaan niet verder met Sanne; ze mist de vereiste certificering.",
        "We won't proceed with Tom.",
    ):
        assert not verdict.check(text).ok, text


@pytest.mark.parametrize(("text", "direction"), VERDICTS)
def test_decision_statements_become_decision_support(text, direction):
    checked = verdict.check(text)
    assert not checked.ok
    assert checked.reasons == [f"verdict_{'negative' if direction == 'neg' else 'positive'}"]
    assert checked.text != text
    assert verdict.check(checked.text).ok  # the rewrite itself decides nothing


@pytest.mark.parametrize("text", BENIGN)
def test_facts_labels_and_commands_pass_unchanged(text):
    checked = verdict.check(text)
    assert checked.ok and checked.text == text


@pytest.mark.parametrize("text", UNLISTED_VERDICTS)
def test_generated_verdicts_beyond_the_rules_are_rewritten(text):
    assert verdict.check(text).ok  # the rules alone, as for templated text, do not see them
    assert not verdict.check(text, judge=semantic_refusal.decides).ok


@pytest.mark.parametrize("text", GENERATED_BENIGN)
def test_generated_facts_and_questions_pass_the_second_line(text):
    assert verdict.check(text, judge=semantic_refusal.decides).ok


def test_a_request_naming_both_outcomes_asks_for_a_decision():
    """Outgoing, "approve or decline" offers a person the options; asked of the bot, it asks it to choose."""
    text = "Should we hire or reject candidate 3?"
    assert verdict.check(text).ok
    assert not verdict.check(text, request=True).ok


def test_only_the_deciding_sentence_is_rewritten_in_the_texts_language():
    text = "Kandidaat 2 heeft 6 jaar Python-ervaring. Deze kandidaat valt af. Kubernetes ontbreekt."
    checked = verdict.check(text)
    assert checked.text.startswith("Kandidaat 2 heeft 6 jaar Python-ervaring. ")
    assert checked.text.endswith(" Kubernetes ontbreekt.")
    assert "valt af" not in checked.text and "een mens beslist" in checked.text


def _all_templates():
    for table in (TEXTS, DECISION_ERRORS):
        for key, langs in table.items():
            for lang, text in langs.items():
                yield f"{key}.{lang}", lang, text
    for code, langs in refusals.MESSAGES.items():
        for lang, text in langs.items():
            yield f"refusal.{code}.{lang}", lang, text


@pytest.mark.parametrize(
    ("name", "lang", "text"), list(_all_templates()), ids=lambda v: v if "." in str(v) else ""
)
def test_our_own_templates_never_trip_the_guard(name, lang, text):
    assert verdict.check(text, lang).ok, name


@pytest.mark.parametrize(
    ("name", "lang", "text"), list(_all_templates()), ids=lambda v: v if "." in str(v) else ""
)
def test_no_template_says_a_sentence_twice(name, lang, text):
    """A string split over lines once joined a template to a copy of itself."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s*", text) if len(s) > 15]
    assert len(sentences) == len(set(sentences)), name


def test_belgian_dutch_is_read_as_dutch_but_sent_as_written():
    """The guard reads a folded copy ("ge zijt nie weerhouden" is "je bent niet geselecteerd"); the sentences
    it keeps go out in the writer's own words."""
    kept = "Bedankt voor uw kandidatuur. Ge zijt welkom op dinsdag om 10u, gij kunt de parking gebruiken."
    assert verdict.check(kept).text == kept
    checked = verdict.check("Bedankt voor uw kandidatuur. Ge zijt nie weerhouden.")
    assert checked.reasons == ["verdict_negative"]
    assert checked.text.startswith("Bedankt voor uw kandidatuur. ") and "weerhouden" not in checked.text
