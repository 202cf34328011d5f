"""Special-category and protected-characteristic recognizers (guardrails.special): behaviour per type, the
look-alikes that must stay quiet, the labelled data set, and the measured targets."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails.special import PROTECTED_TYPES, SPECIAL_TYPES, SpecialCategoryRecognizer, recognizers
from guardrails.special.evaluate import DATA_DIR, direct_scan, evaluate, format_table, load

NL = SpecialCategoryRecognizer("nl")
EN = SpecialCategoryRecognizer("en")


def types_in(text: str, lang: str = "nl") -> set[str]:
    rec = NL if lang == "nl" else EN
    return {r.entity_type for r in rec.analyze(text, entities=None, nlp_artifacts=None)}


def spans_of(text: str, kind: str, lang: str = "nl") -> list[str]:
    rec = NL if lang == "nl" else EN
    return [text[r.start : r.end] for r in rec.analyze(text, entities=None) if r.entity_type == kind]


def test_contract_one_recognizer_per_language_with_all_types() -> None:
    recs = recognizers()
    assert sorted(r.supported_language for r in recs) == ["en", "nl"]
    assert {
        "HEALTH", "RELIGION", "ETHNIC_ORIGIN", "POLITICAL_OPINION", "TRADE_UNION", "SEXUAL_ORIENTATION",
        "GENDER_IDENTITY", "BIOMETRIC", "GENETIC", "CRIMINAL_RECORD",
    } == SPECIAL_TYPES  # fmt: skip
    assert {"AGE", "PREGNANCY", "MARITAL_STATUS", "NATIONALITY"} == PROTECTED_TYPES
    for r in recs:
        assert set(r.supported_entities) == SPECIAL_TYPES | PROTECTED_TYPES


def test_scores_are_calibrated_for_a_threshold_of_half() -> None:
    text = "Hij is diabetespatiënt, kaderlid FNV en 42 jaar. Kandidaat Jan (47) is PVV-lid."
    results = NL.analyze(text, entities=None)
    assert results
    assert all(0.5 <= r.score <= 0.95 for r in results)


def test_only_requested_entities_are_returned() -> None:
    text = "Ze is zwanger en moslima."
    assert {r.entity_type for r in NL.analyze(text, entities=["PREGNANCY"])} == {"PREGNANCY"}


POSITIVES = [
    ("nl", "HEALTH", "Na mijn chemo ben ik weer fulltime beschikbaar."),
    ("nl", "HEALTH", "Hij is astmapatiënt en werkt liever niet in stof."),
    ("nl", "HEALTH", "Ik zit in een re-integratietraject na een hernia-operatie."),
    ("nl", "HEALTH", "Ze ontvangt een Wajong-uitkering."),
    ("nl", "HEALTH", "Ik ben slechtziend en gebruik een vergrootscherm."),
    ("en", "HEALTH", "I was signed off sick with stress for six weeks."),
    ("en", "HEALTH", "He is recovering from a hip replacement."),
    ("nl", "RELIGION", "Ik vier het Suikerfeest met mijn familie."),
    ("nl", "RELIGION", "Ze is moslima en draagt een hoofddoek."),
    ("nl", "RELIGION", "Hij is gereformeerd en gaat twee keer per zondag naar de kerk."),
    ("en", "RELIGION", "She observes Shabbat and cannot work Friday evenings."),
    ("nl", "ETHNIC_ORIGIN", "Hij is van Turkse afkomst."),
    ("en", "ETHNIC_ORIGIN", "As a Black woman in tech I value mentors."),
    ("nl", "POLITICAL_OPINION", "Ze is GroenLinks-raadslid in Zwolle."),
    ("nl", "POLITICAL_OPINION", "Hij is gemeenteraadslid voor de SP."),
    ("en", "POLITICAL_OPINION", "He is a Labour councillor in Leeds."),
    ("nl", "TRADE_UNION", "Hij is kaderlid FNV in de haven."),
    ("nl", "TRADE_UNION", "Ik ben al twintig jaar vakbondslid."),
    ("en", "TRADE_UNION", "She was the shop steward for Unite."),
    ("nl", "SEXUAL_ORIENTATION", "Als vader van twee doen mijn man en ik alles samen."),
    ("en", "SEXUAL_ORIENTATION", "He and his husband are relocating to Utrecht."),
    ("en", "SEXUAL_ORIENTATION", "As a father, my husband and I split the school runs."),
    ("en", "SEXUAL_ORIENTATION", "He and his partner Mark are moving to Utrecht."),
    ("nl", "SEXUAL_ORIENTATION", "Ze is getrouwd met een vrouw."),
    ("nl", "GENDER_IDENTITY", "Hen is non-binair."),
    ("nl", "GENDER_IDENTITY", "Ze is in transitie en heet nu Sam."),
    ("en", "GENDER_IDENTITY", "Pronouns: they/them"),
    ("nl", "BIOMETRIC", "Haar vingerafdruk staat in het toegangssysteem."),
    ("en", "BIOMETRIC", "The vendor runs facial recognition on every applicant."),
    ("nl", "GENETIC", "Ze heeft een erfelijke aanleg voor borstkanker (BRCA2)."),
    ("en", "GENETIC", "He had a DNA test done last year."),
    ("nl", "CRIMINAL_RECORD", "Hij zat twee jaar vast voor inbraak."),
    ("nl", "CRIMINAL_RECORD", "Zijn VOG is geweigerd."),
    ("nl", "CRIMINAL_RECORD", "Hij liep een jaar met een enkelband."),
    ("en", "CRIMINAL_RECORD", "She served three years in prison for fraud."),
    ("nl", "AGE", "Ik ben 58 jaar en zoek een nieuwe uitdaging."),
    ("nl", "AGE", "Wij zoeken een jong en dynamisch teamlid."),
    ("en", "AGE", "Age: 58"),
    ("nl", "PREGNANCY", "Ik ga in mei met zwangerschapsverlof."),
    ("en", "PREGNANCY", "She is expecting a baby in the spring."),
    ("nl", "MARITAL_STATUS", "Hij is weduwnaar en woont alleen."),
    ("en", "MARITAL_STATUS", "She is divorced and lives in Bristol."),
    ("nl", "NATIONALITY", "Nationaliteit: Nederlands"),
    ("nl", "NATIONALITY", "Hij heeft de Turkse nationaliteit."),
    ("en", "NATIONALITY", "He is a Dutch citizen."),
]


@pytest.mark.parametrize(("lang", "kind", "text"), POSITIVES)
def test_detects_explicit_and_implicit_mentions(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


LOOK_ALIKES = [
    ("en", "She worked at Christian Dior for three years."),
    ("en", "SELECT id FROM a UNION ALL SELECT id FROM b"),
    ("en", "I rewrote the health check endpoint in Go."),
    ("nl", "Hij werkt als strafrechtadvocaat in Amsterdam."),
    ("en", "Languages: Dutch (C2), English (native)."),
    ("nl", "Talen: Nederlands, Engels, Turks (moedertaal)."),
    ("nl", "Werkzaam in de zorg sinds 2010, nu bij het UMC Utrecht."),
    ("nl", "Vorige werkgever: een GGZ-instelling in Haarlem."),
    ("en", "Role: Health & Safety officer."),
    ("nl", "Ik ben verpleegkundige op de afdeling oncologie."),
    ("en", "The European Union has strict privacy rules."),
    ("en", "We integrated a third-party payment provider."),
    ("en", "Her report covers the Labour market in Europe."),
    ("en", "Our conservative estimate is 10% growth."),
    ("en", "He was the Christmas party organiser."),
    ("en", "She took a criminal law course."),
    ("en", "He cooks ethnic cuisine at weekends."),
    ("en", "Fixed a race condition in the scheduler."),
    ("nl", "Ik heb een vast contract."),
    ("nl", "We begeleiden de transitie naar de cloud."),
    ("en", "We built a biometric login feature for a bank."),
    ("en", "Applied genetic algorithms to route planning."),
    ("nl", "Ervaring met cliënten met autisme als begeleider."),
    ("nl", "Ik heb 12 jaar ervaring in de logistiek."),
    ("nl", "Het systeem is 15 jaar oud."),
    ("en", "We expect a reply by Friday."),
    ("nl", "Hij zat een uur vast in de file."),
    ("nl", "Een VOG is verplicht voor deze functie."),
    ("nl", "Hij zat drie jaar in de ondernemingsraad."),
    ("nl", "Denk je dat je deze functie aankunt?"),
    ("nl", "Meetapparatuur tot 400 Volt."),
    ("en", "Innovation is in our DNA."),
    ("en", "She is a probation officer with the Probation Service."),
    ("nl", "Zij behandelen patiënten met verslavingen, depressies en angststoornissen."),
    ("en", "Doctors diagnose and treat illness and injury in patients of all ages."),
    ("en", "Serving alcoholic and non-alcoholic drinks at the bar."),
    ("nl", "Hij onderhandelde namens de werkgever met de vakbonden over de cao."),
    ("en", "We integrated fingerprint sensors into the laptop."),
    ("nl", "Hij is ziek gemotiveerd en wil graag beginnen."),
]


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_look_alikes_stay_quiet(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


def test_nationality_is_not_ethnic_origin_and_vice_versa() -> None:
    assert types_in("Nationaliteit: Nederlands") == {"NATIONALITY"}
    assert types_in("Hij is een Marokkaanse Nederlander.") == {"ETHNIC_ORIGIN"}
    assert types_in("She is of Moroccan descent.", "en") == {"ETHNIC_ORIGIN"}
    assert types_in("He holds a Moroccan passport.", "en") == {"NATIONALITY"}


def test_same_sex_partner_needs_the_authors_gender() -> None:
    assert "SEXUAL_ORIENTATION" not in types_in("Mijn man haalt de kinderen op.")
    assert types_in("Mijn man haalt de kinderen op.") == {"MARITAL_STATUS"}
    assert "SEXUAL_ORIENTATION" in types_in("Als vader ben ik blij dat mijn man thuiswerkt.")
    assert "SEXUAL_ORIENTATION" not in types_in("My husband and I moved to Delft.", "en")


def test_dutch_compounds_report_the_whole_word() -> None:
    assert spans_of("Hij is diabetespatiënt.", "HEALTH") == ["diabetespatiënt"]
    assert spans_of("Ze is PVV-lid.", "POLITICAL_OPINION") == ["PVV-lid"]
    assert spans_of("Hij is oncologieverpleegkundige.", "HEALTH") == []


def test_mixed_language_text_is_covered_by_either_recognizer() -> None:
    text = "Hij is diabetespatiënt btw, but he can work night shifts."
    assert "HEALTH" in types_in(text, "en")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_offsets_are_valid_for_any_input(text: str) -> None:
    for r in NL.analyze(text, entities=None) + EN.analyze(text, entities=None):
        assert 0 <= r.start < r.end <= len(text)


# --- generalisation: word formation, events and indirect mentions ---------------------------------------

UNSEEN_WORDING = [
    # conditions and medicines no lexicon lists, recognised by their endings or as eponyms
    ("nl", "HEALTH", "Ik heb sinds vorig jaar een spondylartrose in mijn nek."),
    ("nl", "HEALTH", "Hij gebruikt dagelijks perindopril voor zijn bloeddruk."),
    ("en", "HEALTH", "She takes sumatriptan when an attack starts."),
    ("en", "HEALTH", "He has Sjogren syndrome and needs regular breaks."),
    ("nl", "HEALTH", "Ze is nog herstellende van een knieoperatie."),
    ("en", "HEALTH", "He's been signed off with exhaustion for two weeks."),
    # practice without a faith word
    ("nl", "RELIGION", "Op vrijdag wil ik graag tijd voor het vrijdaggebed."),
    ("en", "RELIGION", "She keeps kosher, so lunch needs planning."),
    # records told as events
    ("en", "CRIMINAL_RECORD", "He served four years for armed robbery."),
    ("nl", "CRIMINAL_RECORD", "Zij kwam in 2020 vrij uit de gevangenis."),
    # birth years and approximate ages
    ("nl", "AGE", "Geboren in '91, opgegroeid in Tilburg."),
    ("en", "AGE", "Year of birth: 1958"),
    ("nl", "AGE", "Hij is een jaar of veertig, schat ik."),
    # indirect pregnancy
    ("nl", "PREGNANCY", "Ze is uitgerekend eind augustus."),
    ("en", "PREGNANCY", "We're trying for a baby, so I'd like some flexibility."),
    # lone nationality words and labelled fields
    ("nl", "NATIONALITY", "Brit, woont sinds kort in Haarlem."),
    ("en", "NATIONALITY", "Passport: Indian"),
    ("en", "NATIONALITY", "I'm Italian, based in Milan, fluent in English (C1)."),
    # same-sex partner from the author's self-introduction
    ("en", "SEXUAL_ORIENTATION", "Hi, I'm Thomas - my husband and I are moving to Leiden."),
    ("nl", "SEXUAL_ORIENTATION", "Hoi, ik ben Sophie. Mijn vrouw werkt ook in de zorg."),
    ("en", "SEXUAL_ORIENTATION", "The candidate mentioned his husband works in Utrecht."),
    ("en", "GENDER_IDENTITY", "I don't identify as either a man or a woman."),
    # unions by name, stances on named causes, face data, hereditary conditions and named genes
    ("nl", "TRADE_UNION", "Zij is lid van de Nederlandse Politiebond."),
    ("en", "TRADE_UNION", "He is a member of the Communication Workers Union."),
    ("en", "POLITICAL_OPINION", "She is strongly pro-Remain and says so in meetings."),
    ("nl", "BIOMETRIC", "Ik wil niet dat jullie mijn gezichtsgegevens opslaan."),
    ("en", "GENETIC", "He was born with sickle cell disease."),
    ("nl", "GENETIC", "Uit het onderzoek bleek dat ik het HFE-gen heb."),
    # typos: one letter dropped, added, wrong or swapped
    ("nl", "PREGNANCY", "Vanaf juni ben ik met zwangerchapsverlof."),
    ("en", "HEALTH", "fyi I have diabetis, just so you know"),
    ("nl", "CRIMINAL_RECORD", "Zijn strafbald is niet blanco."),
    ("en", "SEXUAL_ORIENTATION", "He told me he's homosexaul."),
]


@pytest.mark.parametrize(("lang", "kind", "text"), UNSEEN_WORDING)
def test_generalises_beyond_the_lexicons(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


UNSEEN_LOOK_ALIKES = [
    ("nl", "Die flaky test is echt een ziekte."),
    ("nl", "Data scientist bij het Prinses Maxima Kanker Centrum."),
    ("en", "Analyst at the Jewish Museum London."),
    ("nl", "Ziekteverzuim van het team met een derde verlaagd."),
    ("nl", "De vingerafdrukscanner op mijn telefoon doet het niet meer."),
    ("nl", "Getrouwd met Kotlin sinds 2017."),
    ("en", "We are a young and energetic company in Delft."),
    ("en", "Sworn translator English-Polish."),
    ("en", "We migrated a 25-year-old Fortran codebase."),
    ("en", "I have a lot of sympathy for the team."),
    ("en", "The diagnosis of the bug took a week."),
    ("en", "The project launches in April."),
    ("nl", "Ik ben Nederlandse docent Duits."),
    ("en", "Our pro-Kotlin stance made the Android rewrite easy."),
    ("en", "Take the union of the two sets before filtering."),
    ("en", "Please confirm the payment due date."),
    ("en", "The old building is suffering from damp."),
    ("en", "That was the most depressing sprint review ever."),
    ("en", "Patients with diabtes are our main user group."),
]


@pytest.mark.parametrize(("lang", "text"), UNSEEN_LOOK_ALIKES)
def test_look_alikes_of_the_new_mechanisms_stay_quiet(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


def test_a_same_sex_spouse_states_orientation_and_civil_status() -> None:
    assert types_in("She told us her wife is a teacher.", "en") == {"SEXUAL_ORIENTATION", "MARITAL_STATUS"}
    assert types_in("Mijn vrouw is ook ontwikkelaar.") == {"MARITAL_STATUS"}  # author's gender unknown


def test_medical_transition_and_pregnancy_loss_carry_two_types() -> None:
    assert types_in("He had gender-affirming surgery in 2021.", "en") >= {"GENDER_IDENTITY", "HEALTH"}
    assert types_in("Ze had een miskraam in het voorjaar.") == {"PREGNANCY", "HEALTH"}
    assert types_in("A DNA test showed Lynch syndrome.", "en") >= {"GENETIC", "HEALTH"}


def test_a_health_word_needs_a_person_in_view() -> None:
    # Job titles, employers and campaigns name a medical field, not anyone's health.
    assert types_in("Functie: specialist radiotherapie en oncologie bij het Catharina Ziekenhuis.") == set()
    assert types_in("Consultant re-integratie bij een arbodienst, caseload van 60 werkgevers.") == set()
    assert types_in("Project lead at Asthma + Lung UK on an awareness campaign.", "en") == set()
    # The same words about a person, also in a note that drops its subject.
    assert types_in("Ze heeft vorig jaar radiotherapie gehad en werkt nu halve dagen.") == {"HEALTH"}
    assert types_in("Heeft astma, geen probleem voor kantoorwerk.") == {"HEALTH"}
    assert types_in("CV gap 2021: recovering from a stroke.", "en") == {"HEALTH"}


EMPLOYERS_CLIENTS_PRODUCTS_TOPICS = [
    ("nl", "Ik werk voor de Partij van de Arbeid als IT-beheerder."),
    ("nl", "Onze klant is een Joodse zorginstelling, ik deed de infrastructuur."),
    ("nl", "Ik bouwde een ledenadministratie in Django voor een vakbond."),
    ("nl", "Webdeveloper voor de FNV, onderhoud van de ledenportal."),
    ("nl", "Ons kantoor zit naast de moskee aan de Kanaalstraat."),
    ("nl", "Ik heb het beleid voor zwangerschapsverlof herschreven."),
    ("en", "I wrote my master's thesis on the Conservative Party and Thatcherism."),
    ("en", "Product manager for biometric access control at HID Global."),
    ("en", "I rewrote the maternity leave policy."),
    ("en", "I researched dementia at a university memory clinic."),
]


@pytest.mark.parametrize(("lang", "text"), EMPLOYERS_CLIENTS_PRODUCTS_TOPICS)
def test_employers_clients_products_and_topics_are_not_the_persons_data(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


def test_a_product_frame_keeps_the_people_whose_data_it_processes() -> None:
    assert types_in("The candidate mentioned that the app takes a face scan of each applicant.", "en") == {
        "BIOMETRIC"
    }
    assert types_in("Recruiter note: he worked as an organiser for the AFL-CIO.", "en") == {"TRADE_UNION"}


def test_a_nationality_needs_one_person_or_a_hiring_preference() -> None:
    assert types_in("Ervaring met Poolse en Roemeense uitzendkrachten plannen in de logistiek.") == set()
    assert (
        types_in("Our team is very international: Indian, Turkish and Brazilian colleagues.", "en") == set()
    )
    assert types_in("Hij is een Poolse chauffeur met tien jaar ervaring.") == {"NATIONALITY"}
    assert types_in("De klant wil geen Roemeense uitzendkrachten.") == {"NATIONALITY"}


THIRD_AUTHOR_CONVENTIONS = [
    ("nl", "RELIGION", "Hij vast deze maand, dus lunchafspraak liever niet."),
    ("en", "RELIGION", "He's fasting this month, so no lunch meeting please."),
    ("en", "RELIGION", "He's an unbeliever, he told me."),
    ("nl", "SEXUAL_ORIENTATION", "Mark vertelde dat hij met zijn vriend naar Utrecht verhuist."),
    ("en", "SEXUAL_ORIENTATION", "Sarah is married to a woman."),
    ("nl", "AGE", "Kandidaat is AOW'er en wil nog twee dagen per week werken."),
    ("nl", "AGE", "Hij is bouwjaar '79."),
    ("en", "AGE", "He's a '79 baby."),
    ("en", "AGE", "Candidate is retiring next year but wants two days a week."),
    ("en", "PREGNANCY", "He said he and his wife are trying to conceive."),
    ("nl", "POLITICAL_OPINION", "Ze liep mee met het boerenprotest in 2019."),
    ("en", "POLITICAL_OPINION", "She marched with the farmers' protest in 2019."),
    ("en", "TRADE_UNION", "chat: he's in the union and threatening a walkout haha"),
    ("nl", "CRIMINAL_RECORD", "Kandidaat zat twee jaar vast in Vught."),
    ("en", "CRIMINAL_RECORD", "chat: that guy has done time, he told me himself"),
    ("en", "GENDER_IDENTITY", "Note: candidate is mid-transition, documents still in old name."),
]


@pytest.mark.parametrize(("lang", "kind", "text"), THIRD_AUTHOR_CONVENTIONS)
def test_implicit_mentions_in_a_third_authors_conventions(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Selling is in his DNA."),
        ("nl", "Hij trouwt zijn werk met zijn hobby: fotografie."),
        ("nl", "Ik ben getrouwd met mijn werk, haha."),
        ("en", "I'm an English-Polish translator."),
        ("en", "She's had type 1 diabetes since she was twenty."),
        ("nl", "Dat heeft hij vast wel eens gedaan."),
    ],
)
def test_idioms_and_past_ages_stay_quiet(lang: str, text: str) -> None:
    found = types_in(text, lang) - {"HEALTH"}
    assert found == set(), text


# Written in session 3 as fresh batches, scored before any rule changed for them (a first batch: 85/100;
# a second, after the first's fixes: 36/57), then kept as regression items.
FRESH_IMPLICIT = [
    ("en", "CRIMINAL_RECORD", "He served 18 months in prison for fraud before retraining as a developer."),
    ("en", "CRIMINAL_RECORD", "Note: candidate disclosed a conviction for drunk driving in 2017."),
    ("en", "CRIMINAL_RECORD", "She is still on probation until next spring."),
    ("en", "CRIMINAL_RECORD", "During my time inside I completed an online course in Python."),
    ("en", "CRIMINAL_RECORD", "He was released from custody in 2020 and has worked at the bakery since."),
    ("en", "CRIMINAL_RECORD", "Has a record for shoplifting as a teenager, according to the reference."),
    ("en", "CRIMINAL_RECORD", "The candidate mentioned a pending court case for assault."),
    ("en", "CRIMINAL_RECORD", "I did community service after a conviction in 2019."),
    ("en", "CRIMINAL_RECORD", "He can't get a certificate of good conduct because of an old offence."),
    ("en", "CRIMINAL_RECORD", "Spent time in a young offenders institution at 17."),
    ("nl", "CRIMINAL_RECORD", "Hij heeft anderhalf jaar in de gevangenis gezeten voor fraude."),
    ("nl", "CRIMINAL_RECORD", "Let op: kandidaat gaf aan veroordeeld te zijn voor rijden onder invloed."),
    ("nl", "CRIMINAL_RECORD", "Zij staat nog tot volgend voorjaar onder reclasseringstoezicht."),
    ("nl", "CRIMINAL_RECORD", "Tijdens mijn detentie heb ik een online cursus Python gevolgd."),
    ("nl", "CRIMINAL_RECORD", "Hij kwam in 2020 vrij en werkt sindsdien bij de bakkerij."),
    ("nl", "CRIMINAL_RECORD", "Volgens de referentie heeft hij een strafblad vanwege winkeldiefstal."),
    ("nl", "CRIMINAL_RECORD", "De kandidaat noemde een lopende rechtszaak wegens mishandeling."),
    ("nl", "CRIMINAL_RECORD", "Na een veroordeling in 2019 heb ik een taakstraf uitgevoerd."),
    ("nl", "CRIMINAL_RECORD", "Hij krijgt geen VOG vanwege een oud delict."),
    ("nl", "CRIMINAL_RECORD", "Zat op zijn zeventiende in een jeugdinrichting."),
    ("en", "AGE", "I am 58 years old and looking for a final career step."),
    ("en", "AGE", "Candidate is in her early sixties, so maybe close to retirement."),
    ("en", "AGE", "Born in 1969 in Rotterdam."),
    ("en", "AGE", "He's only 19, fresh out of school."),
    ("en", "AGE", "At 45 I decided to switch careers into IT."),
    ("en", "AGE", "The applicant seems to be around fifty judging by the career length."),
    ("en", "AGE", "Age: 34"),
    ("en", "AGE", "She turned 60 last month."),
    ("en", "AGE", "Young professional of 23 with a passion for data."),
    ("en", "AGE", "He is a pensioner who wants to work two days a week."),
    ("nl", "AGE", "Ik ben 58 jaar en zoek een laatste carrièrestap."),
    ("nl", "AGE", "Kandidaat is begin zestig, dus misschien dicht bij pensioen."),
    ("nl", "AGE", "Geboren in 1969 te Rotterdam."),
    ("nl", "AGE", "Hij is pas 19 en komt net van school."),
    ("nl", "AGE", "Op mijn 45e besloot ik de overstap naar IT te maken."),
    ("nl", "AGE", "De sollicitant is te oordelen naar de loopbaan rond de vijftig."),
    ("nl", "AGE", "Leeftijd: 34"),
    ("nl", "AGE", "Zij werd vorige maand 60."),
    ("nl", "AGE", "Jonge professional van 23 met passie voor data."),
    ("nl", "AGE", "Hij is gepensioneerd en wil twee dagen per week werken."),
    ("en", "ETHNIC_ORIGIN", "My parents came to the Netherlands from Morocco in the seventies."),
    ("en", "ETHNIC_ORIGIN", "As a Black woman in tech I mentor others from underrepresented groups."),
    ("en", "ETHNIC_ORIGIN", "He has a Turkish background."),
    ("en", "ETHNIC_ORIGIN", "Member of the Surinamese-Dutch professionals network."),
    ("en", "ETHNIC_ORIGIN", "The candidate is of Chinese descent."),
    ("en", "ETHNIC_ORIGIN", "I grew up in a Roma family."),
    ("en", "ETHNIC_ORIGIN", "She's half Indonesian on her mother's side."),
    ("en", "ETHNIC_ORIGIN", "Second-generation Antillean, raised in Amsterdam Zuidoost."),
    ("en", "ETHNIC_ORIGIN", "As a person of colour I bring a different perspective."),
    ("en", "ETHNIC_ORIGIN", "Candidate is ethnically Kurdish."),
    ("nl", "ETHNIC_ORIGIN", "Mijn ouders kwamen in de jaren zeventig uit Marokko naar Nederland."),
    (
        "nl",
        "ETHNIC_ORIGIN",
        "Als zwarte vrouw in de IT begeleid ik anderen uit ondervertegenwoordigde groepen.",
    ),
    ("nl", "ETHNIC_ORIGIN", "Hij heeft een Turkse achtergrond."),
    ("nl", "ETHNIC_ORIGIN", "Lid van het netwerk van Surinaams-Nederlandse professionals."),
    ("nl", "ETHNIC_ORIGIN", "De kandidaat is van Chinese afkomst."),
    ("nl", "ETHNIC_ORIGIN", "Ik ben opgegroeid in een Roma-familie."),
    ("nl", "ETHNIC_ORIGIN", "Zij is van moederskant half Indonesisch."),
    ("nl", "ETHNIC_ORIGIN", "Tweede generatie Antilliaan, opgegroeid in Amsterdam Zuidoost."),
    ("nl", "ETHNIC_ORIGIN", "Als persoon van kleur breng ik een ander perspectief mee."),
    ("nl", "ETHNIC_ORIGIN", "Kandidaat is etnisch Koerdisch."),
    ("nl", "SEXUAL_ORIENTATION", "Vrijwilliger bij het COC, de belangenvereniging voor lhbti'ers."),
    ("nl", "SEXUAL_ORIENTATION", "Ze is lesbisch en getrouwd met haar vrouw."),
    ("nl", "SEXUAL_ORIENTATION", "Hij vertelde in het gesprek dat hij homo is."),
    ("nl", "SEXUAL_ORIENTATION", "Bestuurslid van de roze netwerkgroep bij de gemeente."),
    ("nl", "SEXUAL_ORIENTATION", "Ik ben biseksueel en daar open over op het werk."),
    (
        "nl",
        "SEXUAL_ORIENTATION",
        "Organiseerde de Pride-deelname van ons bedrijf als lid van het regenboognetwerk.",
    ),
    ("nl", "SEXUAL_ORIENTATION", "Zij woont samen met haar vriendin in Den Haag."),
    ("nl", "SEXUAL_ORIENTATION", "Kwam op zijn twintigste uit de kast."),
    ("nl", "POLITICAL_OPINION", "Actief lid van de SP en gemeenteraadskandidaat in 2022."),
    ("nl", "POLITICAL_OPINION", "Ik stem al jaren op GroenLinks."),
    ("nl", "POLITICAL_OPINION", "Hij is lid van de jongerenafdeling van de VVD."),
    ("nl", "POLITICAL_OPINION", "Campagnevrijwilliger voor D66 tijdens de verkiezingen."),
    ("nl", "POLITICAL_OPINION", "Zij noemt zichzelf overtuigd socialist."),
    ("nl", "POLITICAL_OPINION", "Demonstreerde mee met Extinction Rebellion op de A12."),
    ("nl", "POLITICAL_OPINION", "Fractiemedewerker van de PVV in de Tweede Kamer."),
    ("nl", "POLITICAL_OPINION", "Kandidaat is aanhanger van de Partij voor de Dieren."),
    ("nl", "POLITICAL_OPINION", "Hij heeft uitgesproken rechtse politieke opvattingen."),
    ("nl", "POLITICAL_OPINION", "Lid van het CDA en voorzitter van de lokale afdeling."),
    ("en", "CRIMINAL_RECORD", "After my release in 2018 I started a bakery apprenticeship."),
    ("en", "CRIMINAL_RECORD", "He told me he has a caution for possession from years ago."),
    ("en", "CRIMINAL_RECORD", "Recruiter note: applicant is currently out on bail."),
    ("en", "CRIMINAL_RECORD", "She was found guilty of embezzlement at her previous employer."),
    ("en", "CRIMINAL_RECORD", "I have a spent conviction that I am not required to disclose."),
    ("en", "CRIMINAL_RECORD", "Candidate wears an electronic tag as part of his sentence."),
    ("en", "CRIMINAL_RECORD", "He was locked up for three years in his twenties."),
    ("en", "CRIMINAL_RECORD", "The background check showed a prior arrest for burglary."),
    (
        "nl",
        "CRIMINAL_RECORD",
        "Na mijn vrijlating in 2018 ben ik een leerwerktraject bij een bakker begonnen.",
    ),
    ("nl", "CRIMINAL_RECORD", "Hij vertelde dat hij jaren geleden is beboet voor drugsbezit."),
    ("nl", "CRIMINAL_RECORD", "Notitie recruiter: sollicitant is op borgtocht vrij."),
    ("nl", "CRIMINAL_RECORD", "Zij is bij haar vorige werkgever veroordeeld wegens verduistering."),
    ("nl", "CRIMINAL_RECORD", "De kandidaat draagt een enkelband als onderdeel van zijn straf."),
    ("nl", "CRIMINAL_RECORD", "Hij zat in zijn twintiger jaren drie jaar achter de tralies."),
    ("nl", "CRIMINAL_RECORD", "Uit het screeningsonderzoek bleek een eerdere aanhouding voor inbraak."),
    ("nl", "CRIMINAL_RECORD", "Ik heb een justitieel verleden maar ben al tien jaar clean."),
    ("en", "AGE", "Applicant is a 52-year-old project manager."),
    ("en", "AGE", "She's in her late forties and has two teenage kids."),
    ("en", "AGE", "I'm a recent graduate, 22, eager to learn."),
    ("en", "AGE", "Candidate celebrated his 60th birthday last week."),
    ("en", "AGE", "He will retire in three years."),
    ("nl", "AGE", "Sollicitant is een projectleider van 52."),
    ("nl", "AGE", "Zij is eind veertig en heeft twee tieners."),
    ("nl", "AGE", "Ik ben net afgestudeerd, 22 jaar, en leergierig."),
    ("nl", "AGE", "Kandidaat vierde vorige week zijn zestigste verjaardag."),
    ("nl", "AGE", "Hij gaat over drie jaar met pensioen."),
    ("en", "ETHNIC_ORIGIN", "My grandparents were guest workers from Turkey."),
    ("en", "ETHNIC_ORIGIN", "He identifies as Afro-Surinamese."),
    ("en", "ETHNIC_ORIGIN", "Active in the Moluccan community in Culemborg."),
    ("en", "ETHNIC_ORIGIN", "She is mixed race, with a Dutch father and a Ghanaian mother."),
    ("nl", "ETHNIC_ORIGIN", "Mijn grootouders waren gastarbeiders uit Turkije."),
    ("nl", "ETHNIC_ORIGIN", "Hij noemt zichzelf Afro-Surinaams."),
    ("nl", "ETHNIC_ORIGIN", "Actief in de Molukse gemeenschap in Culemborg."),
    ("nl", "ETHNIC_ORIGIN", "Zij is gemengd, met een Nederlandse vader en een Ghanese moeder."),
    ("en", "SEXUAL_ORIENTATION", "He mentioned that his boyfriend also works in IT."),
    ("en", "SEXUAL_ORIENTATION", "Board member of the company's LGBTQ+ employee network."),
    ("en", "SEXUAL_ORIENTATION", "I'm gay and proud of the inclusive culture I helped build."),
    ("en", "SEXUAL_ORIENTATION", "She and her wife moved to Eindhoven last year."),
    ("nl", "SEXUAL_ORIENTATION", "Hij noemde dat zijn vriend ook in de IT werkt."),
    ("nl", "SEXUAL_ORIENTATION", "Bestuurslid van het lhbti-personeelsnetwerk van het bedrijf."),
    ("nl", "SEXUAL_ORIENTATION", "Ik ben homo en trots op de inclusieve cultuur die ik heb helpen bouwen."),
    ("nl", "SEXUAL_ORIENTATION", "Zij en haar vrouw verhuisden vorig jaar naar Eindhoven."),
    ("nl", "HEALTH", "Ik ben een jaar uitgevallen met een burn-out."),
    ("nl", "HEALTH", "Hij heeft sinds zijn jeugd epilepsie, goed ingesteld op medicatie."),
    ("nl", "HEALTH", "Zij werkt 24 uur per week vanwege reuma."),
    ("nl", "HEALTH", "Na de hartoperatie ben ik weer volledig aan het werk."),
    ("nl", "HEALTH", "Kandidaat gebruikt een rolstoel."),
    ("nl", "HEALTH", "Ik heb ADHD en werk het best met duidelijke structuur."),
    ("en", "GENDER_IDENTITY", "I transitioned in 2019 and changed my name legally."),
    ("en", "GENDER_IDENTITY", "Candidate is non-binary and uses they/them pronouns."),
    ("en", "GENDER_IDENTITY", "She mentioned being a trans woman in the interview."),
    (
        "nl",
        "GENDER_IDENTITY",
        "Ik ben in 2019 in transitie gegaan en heb mijn naam officieel laten wijzigen.",
    ),
    ("nl", "GENDER_IDENTITY", "Kandidaat is non-binair en gebruikt die/hen."),
    ("nl", "GENDER_IDENTITY", "Zij vertelde in het gesprek dat ze een transvrouw is."),
]


@pytest.mark.parametrize(("lang", "kind", "text"), FRESH_IMPLICIT)
def test_implicit_mentions_of_fresh_batches(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Landschappen van het ministerie van de Vlaamse Gemeenschap."),
        ("en", "After the release in 2018 we added single sign-on."),
        ("nl", "Ik leidde een team van 25."),
        ("en", "We have around fifty customers in the Benelux."),
        ("en", "Negotiated the collective labour agreement as HR adviser."),
        ("en", "I'm allergic to meetings without an agenda, haha."),
        ("nl", "Ik ben allergisch voor vergaderingen zonder agenda, haha."),
    ],
)
def test_look_alikes_of_the_fresh_rules_stay_quiet(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


def test_an_abbreviation_does_not_cut_the_clause_a_cue_sits_in() -> None:
    """The person cue is before "i.v.m.", the crime after it."""
    text = "Kandidaat was open: VOG geweigerd i.v.m. een oude zaak van mishandeling."
    assert "CRIMINAL_RECORD" in types_in(text)


def test_capitals_decide_between_prison_and_a_traffic_jam() -> None:
    assert "CRIMINAL_RECORD" in types_in("Het gat in zijn cv: zat vast in Spanje, gaf hij zelf aan.")
    assert types_in("Ze zat een uur vast in de file op de A12.") == set()
    assert "CRIMINAL_RECORD" in types_in("Candidate disclosed 18 months at HMP Thameside.", "en")
    assert types_in("Custody officer at HMP Belmarsh (2016–2020), supervising a wing.", "en") == set()


def test_events_an_employer_organises_are_not_a_persons_data_but_a_persons_role_is() -> None:
    assert types_in("Op 28 juni organiseren we weer een Pride-borrel op het dakterras.") == set()
    assert "SEXUAL_ORIENTATION" in types_in("Hij is gay en organiseert de Pride-borrel.")
    assert types_in("Diwali lunch in the office on Thursday, invite the candidates.", "en") == set()


def test_an_age_limit_stated_is_age_data_but_none_is_not() -> None:
    assert types_in("Vacature junior data-analist: geen leeftijdseis, zij-instromers welkom.") == set()
    assert "AGE" in types_in("De klant hanteert een leeftijdsgrens van 40 jaar.")
    assert types_in("Added readiness checks to 40+ microservices.", "en") == set()
    assert "AGE" in types_in("I'll be 66 in June, so this would be my last full-time role.", "en")


# Session 13: a business speaking about itself in a text with nobody in view, and implicit mentions said
# another way. Wordings of our own, not the blind batch's.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Our client, a maker of face-recognition cameras, is hiring a sales lead for Benelux."),
        ("nl", "Wij zoeken voor onze opdrachtgever, een vakbond in Utrecht, een arbeidsjurist."),
        ("nl", "Onze kantine serveert dagelijks halal en vegetarisch."),
        ("en", "We never ask applicants about their faith or their sexuality in interviews."),
        ("en", "Eid footfall peaks every year, so the store needs weekend cover."),
        ("nl", "Rond het Offerfeest verwachten we een piek in bestellingen, dus extra orderpickers."),
        ("nl", "Morgen loonoverleg met de FNV, wil jij de cijfers klaarzetten?"),
        ("en", "Strike action by the rail unions on Friday: please plan extra travel time."),
        ("nl", "straks krijg ik nog een hernia van al die verhuisdozen"),
        ("en", "Sentenced to yet another week of timesheets, send help."),
        ("en", "Reference: Ms. Anna Gay, HR director at Harlow Logistics."),
        ("nl", "Stuur me de fingerprint van je GPG-sleutel, dan geef ik je toegang."),
        ("en", "Training: how to talk to a candidate with dyslexia about adjustments."),
        ("nl", "Volgens de enquête is een op de vier werknemers lid van een vakbond."),
        ("en", "Can you drop 'young and dynamic' from the advert? It screams age bias."),
        ("nl", "Ze is de derde generatie in het familiebedrijf en wil nu iets voor zichzelf."),
        # a group of other people, or a name of an organisation or a job
        ("en", "As HR business partner she supported colleagues going through IVF with flexible hours."),
        ("nl", "Hij begeleidde jarenlang werkzoekenden met een migratieachtergrond naar een baan."),
        ("en", "Experience: Receptionist, Gender Identity Clinic, Leeds (2019 – 2022)."),
        ("en", "Reference: Dr. Omar Haddad, Genetic Counsellor at the regional hospital."),
    ],
)
def test_a_business_speaking_about_itself_is_nobodys_data(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


def test_a_person_in_view_keeps_the_mention_whatever_the_business_says() -> None:
    text = "Our client is hiring for the store; Priya mentioned she keeps Ramadan."
    assert "RELIGION" in types_in(text, "en")
    assert "AGE" in types_in(
        "Wij zoeken een jong en dynamisch team."
    )  # a requirement in the employer's words


@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        (
            "nl",
            "CRIMINAL_RECORD",
            "Ik heb van 2016 tot 2018 in Veenhuizen gezeten, daar mijn lasdiploma gehaald.",
        ),
        ("nl", "CRIMINAL_RECORD", "Hij kreeg zes maanden voorwaardelijk voor een inbraak."),
        ("nl", "CRIMINAL_RECORD", "Opleiding: mbo-2 Metaal, gevolgd in PI Leeuwarden"),
        ("en", "CRIMINAL_RECORD", "honestly I did a stint inside when I was 20, would that rule me out?"),
        ("nl", "HEALTH", "Ik draag sinds vorig jaar een hoortoestel, dus graag ondertiteling."),
        ("en", "HEALTH", "Since his new knee he cycles to work every day."),
        ("nl", "HEALTH", "ben net terug uit het ziekenhuis, heb geen rijbewijs ivm epilepsie"),
        ("en", "AGE", "She's not even 30 and already leads the platform team."),
        ("en", "NATIONALITY", "I'm on an H-1B right now, so the move needs sponsorship."),
        ("nl", "TRADE_UNION", "Iemand van mijn vakbond gaat mee naar het gesprek."),
        ("en", "TRADE_UNION", "I was the CWU delegate on site for three years."),
        ("nl", "GENDER_IDENTITY", "Hij zit midden in zijn transitie en vraagt om wat flexibiliteit."),
        ("en", "MARITAL_STATUS", "my missus starts night shifts next week so I need days"),
        ("en", "SEXUAL_ORIENTATION", "As a bi woman I'd like to know about your employee networks."),
        ("nl", "POLITICAL_OPINION", "woensdag kan ik niet, dan ga ik flyeren voor de PvdD"),
        ("en", "GENDER_IDENTITY", "He was referred to the Gender Identity Clinic last spring."),
        ("nl", "HEALTH", "Werkplekaanpassingen: spraaksoftware ivm RSI-klachten in beide armen"),
        ("en", "HEALTH", "Anything we should know: type 1 diabetic, may need short breaks"),
        ("nl", "HEALTH", "hij zei dat hij sinds de zomer bij een psycholoog loopt"),
        ("nl", "NATIONALITY", "Hij werkt hier als kennismigrant, zijn verblijf loopt tot 2027."),
        ("en", "MARITAL_STATUS", "My domestic partner and I moved to Denver in May."),
    ],
)
def test_mentions_said_another_way(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


# Session 14: mentions said in plain words, and work described in a category's words. Wordings of our own, not
# the blind batch's.
@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        ("nl", "HEALTH", "Sinds ik mijn enkel heb gebroken, werk ik liever niet op ladders."),
        ("en", "HEALTH", "He tore his ACL last winter and is still in physio."),
        ("nl", "HEALTH", "Ik loop sinds een paar jaar met een rollator, dus een lift is fijn."),
        ("nl", "HEALTH", "Tijdens mijn revalidatie heb ik een cursus Excel gedaan."),
        ("en", "HEALTH", "She needs three weeks to recover after a planned operation in March."),
        (
            "nl",
            "BIOMETRIC",
            "De poort herkent mijn gezicht nog steeds niet, dus ik sta elke ochtend te wachten.",
        ),
        ("nl", "GENETIC", "Mijn broer en ik zijn getest op de BRCA-mutatie."),
        ("en", "POLITICAL_OPINION", "He's a staunch royalist and brought it up twice in the interview."),
        ("nl", "POLITICAL_OPINION", "Ze werd vorig jaar opgepakt tijdens een klimaatmars in Den Haag."),
        (
            "nl",
            "CRIMINAL_RECORD",
            "Het gat in mijn cv komt doordat ik vier jaar vastzat.",
        ),
        ("en", "CRIMINAL_RECORD", "Because of his record his visa for the US trip was refused."),
        ("en", "AGE", "Once I qualify for the state pension I'd like to work two days a week."),
        ("nl", "AGE", "Ik krijg over twee jaar AOW, dus zoek iets voor de laatste jaren."),
        ("en", "PREGNANCY", "Since my son was born in May I'm looking for four days a week."),
        ("en", "MARITAL_STATUS", "He's going through a divorce and asked us to call his mobile only."),
        (
            "nl",
            "NATIONALITY",
            "Voor deze kandidaat moet een GVVA aangevraagd worden; hij heeft er een nodig.",
        ),
        ("en", "GENDER_IDENTITY", "She'll be off for two weeks after her top surgery in May."),
        ("nl", "GENDER_IDENTITY", "Naam: Anna Visser (geboren als Thomas)"),
        (
            "nl",
            "SEXUAL_ORIENTATION",
            "Noor hier! Ik val eigenlijk alleen op vrouwen, dus die vraag over mijn vriend klopte niet.",
        ),
        ("nl", "SEXUAL_ORIENTATION", "Hoi, Daan hier. Mijn man werkt ook in Utrecht."),
        ("en", "SEXUAL_ORIENTATION", "Hi, I'm Emma. I'm engaged to a woman from Leiden."),
    ],
)
def test_mentions_in_plain_words(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a job and the work it does, with nobody's own state in it
        ("nl", "Als verloskundige heb ik ruim 300 zwangerschappen begeleid."),
        ("en", "As a benefits adviser I handled maternity leave applications for 2,000 staff."),
        ("nl", "Als immigratiejurist begeleid ik kennismigranten bij hun verblijfsaanvraag."),
        ("nl", "Als communicatieadviseur schreef ik de folders voor de polikliniek Genetica."),
        # a title in quotes, a named unit, a count, a family-law job, a field of sales
        ("nl", "Ik heb het programma 'Jong en Ziek' voor de NPO geproduceerd."),
        ("en", "I edited the 'Married with Children' box set for the streaming service."),
        ("nl", "Ik werk als planner op de afdeling Klinische Genetica van het Radboudumc."),
        ("en", "I've photographed over 40 weddings a year since 2019."),
        ("en", "Divorce lawyer candidate, 6 PQE, looking for a family-law boutique."),
        ("en", "Three years in inside sales before moving into account management."),
        ("en", "I was charged with leading the CRM migration after the project lead left."),
        ("en", "I ran a dyslexia awareness session for line managers."),
        ("nl", "Het contract zat maanden vast bij de juridische afdeling."),
        ("nl", "Bij de cao-onderhandelingen zat de vakbond aan tafel namens het personeel."),
    ],
)
def test_work_and_things_in_a_categorys_words_stay_quiet(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


# Session 16: mentions in idiom, shorthand and new vocabulary; things and fields in a category's words.
# Wordings of our own, not the blind batch's.
@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        ("nl", "RELIGION", "Vrijdagmiddag ga ik altijd naar de sjoel, dus liever geen late afspraken."),
        ("en", "RELIGION", "He can't fly out that week: it's Passover and he's observant."),
        ("nl", "SEXUAL_ORIENTATION", "Kandidate is openlijk bi en vroeg naar ons Pride-netwerk."),
        ("en", "GENDER_IDENTITY", "Please address them as Mx. Jansen in the offer letter."),
        ("en", "GENDER_IDENTITY", "The old certificate is from pre-transition, hence the other first name."),
        ("nl", "AGE", "Hij wordt in maart 61 en wil nog één mooie klus."),
        ("nl", "AGE", "P. Smit, geb. '82, Zwolle"),
        ("en", "AGE", "She's a couple of years off retirement and wants three days a week."),
        ("en", "PREGNANCY", "She's 5 months gone, so the start date may move."),
        ("en", "PREGNANCY", "Tired in the first trimester, she said, but fine for the call."),
        ("en", "MARITAL_STATUS", "Candidate's husband works in Delft, so she won't relocate."),
        ("nl", "HEALTH", "Ze moet tussendoor haar bloedsuiker meten, kan dat in de vergaderruimte?"),
        ("en", "HEALTH", "Ref says he struggled with the bottle a few years back and is sober now."),
        ("nl", "CRIMINAL_RECORD", "De reclassering begeleidt haar nog tot de zomer."),
        ("nl", "ETHNIC_ORIGIN", "Ze noemt zichzelf gemengd: moeder uit Suriname, vader uit Drenthe."),
        ("en", "ETHNIC_ORIGIN", "His parents emigrated from Vietnam in the eighties."),
        ("nl", "NATIONALITY", "Hij is staatloos; de IND heeft dat erkend."),
        ("nl", "POLITICAL_OPINION", "Hij staat vierkant achter de boerenprotesten, zei hij in het gesprek."),
        ("en", "POLITICAL_OPINION", "Bright, but very vocal about immigration at the team lunch."),
        ("en", "TRADE_UNION", "Member of ver.di since her apprenticeship in Bremen."),
        ("en", "BIOMETRIC", "The vetting file holds his ten-print card and a photo."),
    ],
)
def test_mentions_in_idiom_shorthand_and_new_words(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Took over a 12-year-old PHP codebase and split it into services."),
        ("nl", "Migreerde een 20 jaar oud ERP-systeem naar de cloud."),
        ("en", "Mapped the ethnicity and gender columns of the HR extract to the new schema."),
        ("nl", "Hij is dol op TDD, het is bijna een religie voor hem."),
        ("en", "Reference: Christian Østergaard, CTO at a Copenhagen fintech."),
        ("en", "Set up phone banking for the bank's call centre."),
        ("en", "The BI team is bi-weekly on call."),
    ],
)
def test_things_and_fields_in_a_categorys_words_stay_quiet(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


# Session 17: results in a report's words, clauses with the verb last, brackets and self-descriptions said of
# a person; a category as a rule for all, a share of a group, the law asked about, events, networks, products.
# Wordings of our own, not the blind batch's.
@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        ("nl", "GENETIC", "De bedrijfsarts wist al dat zij draagster van hemofilie is."),
        ("en", "GENETIC", "He mailed his exome report to the recruiter by accident."),
        ("en", "GENETIC", "Cand. mentioned a BRCA-mutation as the reason for the check-ups."),
        ("nl", "AGE", "Een achtenveertigjarige kandidate uit Deventer reageerde als eerste."),
        ("en", "AGE", "She's in her late forties and wants a four-day week."),
        ("en", "PREGNANCY", "She is seven months along, so the start date moves."),
        ("en", "CRIMINAL_RECORD", "Ref: he spent some time inside for three years and rebuilt his life."),
        ("en", "HEALTH", "She took two months of stress leave last spring."),
        ("nl", "SEXUAL_ORIENTATION", "Tijdens de lunch noemde hij zichzelf queer."),
        ("en", "GENDER_IDENTITY", "He's trans; his old name is still on the transcript."),
    ],
)
def test_results_self_descriptions_and_brackets_said_of_a_person(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "She is a religious follower of clean architecture."),
        ("nl", "Hij predikt al jaren het evangelie van continuous delivery."),
        ("en", "Interviewers must not consider religion or age; use the scorecard."),
        ("nl", "Het aandeel medewerkers met een beperking steeg naar 6%."),
        ("en", "Is it legal to ask if a candidate is pregnant?"),
        ("nl", "Het LHBTI+-netwerk van de gemeente organiseert een lezing."),
        ("en", "Our post for Transgender Day of Visibility goes out on Friday."),
        ("en", "Led the rollout of facial recognition gates at Schiphol."),
        ("en", "The release is due in July."),
        ("nl", "De cache mag maximaal 60 seconden oud zijn."),
        ("en", "Spouse's pension is two thirds of the member's pension."),
        ("nl", "Ze bouwde de zwangerschapsapp voor een verzekeraar."),
        ("en", "Ran the Diwali campaign for a supermarket chain."),
    ],
)
def test_rules_for_all_figures_events_and_products_stay_quiet(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        ("nl", "HEALTH", "Ze zit in de ziektewet ivm haar kruisband en start later."),
        ("nl", "RELIGION", "Refo gezin, wil op zondag niet werken."),
        ("nl", "GENDER_IDENTITY", "Hij is transgender en zit nog midden in de transitie."),
        ("nl", "BIOMETRIC", "Het typeritme van de kandidaat werd tijdens de toets gelogd."),
        ("nl", "GENETIC", "Uit de test bleek dat hij drager is van cystic fibrosis."),
        ("nl", "AGE", "Een knul van 21 met veel drive."),
        ("nl", "AGE", "Kandidaat (58 jr) zoekt een nieuwe uitdaging."),
        ("nl", "NATIONALITY", "Ze heeft een dubbele nationaliteit."),
        ("en", "ETHNIC_ORIGIN", "He's Cherokee and grew up in Oklahoma."),
        ("en", "SEXUAL_ORIENTATION", "She dates women, she mentioned it at lunch."),
        ("en", "GENETIC", "His genetic panel showed a variant linked to heart disease."),
        ("en", "TRADE_UNION", "She sat on the bargaining committee at her last employer."),
    ],
)
def test_shorthand_verb_last_and_bracketed_mentions(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Our backend service is stateless and scales horizontally."),
        ("en", "The go-live for the new HR system is due in March."),
        ("nl", "De begroting is uitgerekend op 12 weken werk."),
        ("nl", "Het nieuws gaat zwanger van speculaties."),
        ("en", "That legacy codebase is a senior citizen by now."),
        ("nl", "Webinar: babyboomers versus millennials op de werkvloer."),
        ("en", "The hiring freeze is a death sentence for this project."),
        ("en", "He is a card-carrying member of the Python fan club."),
        ("nl", "Er zit een vingerafdrukscanner op de deur van het archief."),
        ("nl", "Getrouwd met je werk? Dan is deze vacature niets voor jou."),
        ("en", "She was a genetic counsellor at a clinic for five years."),
        ("nl", "De klant heeft een gebedsruimte op de tweede verdieping."),
        ("nl", "Data-analist bij de reclassering, 32 uur."),
        ("en", "Turn on widow/orphan control in the template."),
        ("nl", "Ik ben blind gevaren op de referentie van de vorige werkgever."),
        ("nl", "Wij vragen nooit naar religie of kinderwens in een gesprek."),
        ("en", "Our plan aims for more ethnic minority representation in senior roles."),
        ("nl", "Ze bouwde een app voor COPD-patiënten bij een zorgverzekeraar."),
        ("nl", "Masterthesis over gezichtsherkenning in openbare ruimtes."),
    ],
)
def test_figures_of_speech_devices_and_rules_for_all_stay_quiet(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        ("nl", "AGE", "Vorige maand 40 geworden en toe aan iets nieuws."),
        ("nl", "AGE", "Scholier, 17 jr, zoekt een zaterdagbaan."),
        ("nl", "AGE", "Met haar 59 jaar is ze de meest ervaren kandidaat."),
        ("nl", "AGE", "Hij is pas 16, dus een ouder moet tekenen."),
        ("nl", "AGE", "Logistiek planner (51) met twintig jaar ervaring."),
        ("en", "AGE", "Just turned 55 and looking for a new challenge."),
        ("nl", "CRIMINAL_RECORD", "Ik hoorde dat hij gezeten heeft, klopt dat?"),
        ("en", "CRIMINAL_RECORD", "Word is he's done time, but his DBS is clean now."),
        ("nl", "GENDER_IDENTITY", "Het diploma staat nog op haar oude jongensnaam."),
        (
            "nl",
            "GENDER_IDENTITY",
            "Robin vroeg om een neutraal toilet omdat Robin zich niet als man of vrouw identificeert.",
        ),
        ("en", "SEXUAL_ORIENTATION", "He's been seeing a guy from Utrecht for a while, hence the move."),
        ("en", "PREGNANCY", "I think she's about 24 weeks along."),
        ("en", "PREGNANCY", "They mentioned they're TTC and asked about fertility leave."),
        ("nl", "GENETIC", "Bij haar is familiaire hypercholesterolemie vastgesteld."),
        ("nl", "GENETIC", "Exoomsequencing bij hem liet een mutatie in het BRCA2-gen zien."),
    ],
)
def test_ages_reached_time_served_and_former_names(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "We bouwen websites voor kerken en moskeeën in de regio."),
        ("nl", "Valt het Offerfeest dit jaar op een maandag? Dan schuif ik de assessments."),
        ("en", "Please add Diwali and Hanukkah to the calendar as optional days."),
        ("en", "The staff network hosts an iftar for all colleagues on Thursday."),
        ("en", "Reminder: the Pride drinks are on Friday, everyone welcome."),
        ("nl", "Medewerkers kunnen inloggen met de vingerafdruklezer van hun laptop."),
        ("nl", "Onze sollicitatieapp gebruikt geen gezichtsherkenning."),
        ("en", "She was a custody officer at HMP Belmarsh for six years."),
        ("en", "All roles need an enhanced DBS with barred list check."),
        ("nl", "Ze deed een module over cao-overleg en de rol van vakbonden."),
        ("en", "His master's looked at burnout among junior doctors."),
        ("en", "We benchmark against national employment rates by ethnic group."),
        ("nl", "Hoe lang duurt het wettelijke bevallingsverlof eigenlijk?"),
        ("nl", "Die twee systemen zijn met elkaar getrouwd via een oude koppeling."),
        ("en", "The migration is a clean divorce from the old monolith."),
        ("en", "She ran a holiday club for young people with asthma."),
        ("nl", "Zijn rol bij 23andMe was puur commercieel."),
        ("nl", "De geloofsovertuiging van de kandidaat speelt geen rol."),
        ("nl", "Voor een christelijke basisschool zoeken we een conciërge."),
        ("en", "Draft advert: Are you an experienced union organiser? At Unite you will lead pay talks."),
    ],
)
def test_houses_of_worship_holidays_devices_and_job_ads_stay_quiet(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


def test_a_role_in_a_network_or_committee_still_counts() -> None:
    assert "SEXUAL_ORIENTATION" in types_in("Hij is penningmeester van het Roze Zaterdag comité.")
    assert "SEXUAL_ORIENTATION" in types_in("She lists a Pride network on her CV.", "en")


def test_a_job_keeps_the_workers_own_state() -> None:
    assert "PREGNANCY" in types_in("Als verloskundige ben ik zelf nu ook zwanger van mijn tweede.")
    assert "HEALTH" in types_in("As a nurse I was diagnosed with MS last year.", "en")
    assert "HEALTH" in types_in("Als ervaringsdeskundige met autisme begeleid ik jongeren.")


def test_an_abbreviated_prison_is_not_a_principal_investigator() -> None:
    assert types_in("She was the PI of the grant at Utrecht University.", "en") == set()
    assert types_in("Voor PI Vught zoeken wij penitentiair inrichtingswerkers.") == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ze regelde koosjere en halal maaltijden voor het personeelsfeest."),
        ("en", "He sorted kosher and halal options for the leadership offsite."),
        ("en", "Site manager for the construction of a new synagogue in Golders Green."),
        ("nl", "Het Offerfeest valt dit jaar half juni, dus plan de assessments eromheen."),
        ("en", "We were praying the migration would finish before Monday."),
        ("en", "He has a near-religious devotion to clean code."),
        ("nl", "Inkoper bij een warenhuis: sjaals, hoofddoeken en handschoenen."),
        ("en", "Led the transition of the data team from Oracle to Snowflake."),
        ("nl", "Doelgroep van de vacaturecampagne: LHBTI-studenten in Utrecht."),
        ("en", "Our Bath office is on Gay Street, opposite the park."),
        ("nl", "Het project zat maanden vast aan een oude licentie."),
        ("en", "His conviction that the pilot would work won the board over."),
        ("nl", "In verwachting van veel aanmeldingen openen we een tweede ronde."),
        ("nl", "Het verzuim van haar afdeling halveerde in twee jaar."),
        ("nl", "Na tien jaar kan ik die scripts blind typen."),
        ("en", "Her demo was sick, the whole room clapped."),
        ("nl", "Zij was de drager van de nieuwe werkwijze in het team."),
        ("nl", "Gaf als docent het hoofdstuk genetica in vwo 5."),
        ("en", "Installed biometric time clocks at three distribution centres."),
        ("en", "Voice recognition for the IVR cut call times by a fifth."),
        ("nl", "Secretaris van de Nederlandse Dambond, afdeling Zwolle."),
        ("nl", "Naar geloof of kinderwens vragen we nooit in een gesprek."),
        ("nl", "Hij maakte statistieken over etniciteit en schoolsucces voor het ministerie."),
    ],
)
def test_meals_buildings_systems_federations_and_figures_of_speech_stay_quiet(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        ("en", "CRIMINAL_RECORD", "I have a spent conviction that I am not required to disclose."),
        ("nl", "PREGNANCY", "Ze is in verwachting van haar tweede kind."),
        ("nl", "RELIGION", "Hij houdt koosjer en eet daarom niet mee met de lunch."),
        ("en", "GENDER_IDENTITY", "She transitioned from male to female in her twenties."),
        ("nl", "TRADE_UNION", "Hij is kaderlid van de FNV."),
    ],
)
def test_the_person_behind_a_look_alike_word_still_counts(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Uit ons D&I-rapport blijkt dat 38% van de medewerkers een migratieachtergrond heeft."),
        ("en", "Applicant stats for the grad scheme: 40% were aged 25–34 and 7% were over 50."),
        ("en", "62% of applicants for the Amsterdam hub were EU nationals, per the Q2 recruitment report."),
        ("en", "Equal opportunities monitoring — Ethnic origin: ________  Religion or belief: ________"),
        ("en", "Sexual orientation (optional): Prefer not to say"),
        ("en", "Nationality: ____________  Do you require sponsorship? Yes / No"),
        ("en", "Medical Science Liaison, Novo Nordisk UK — diabetes and obesity franchise."),
        ("en", "Product owner for a fall-detection wearable aimed at people over 75."),
        ("en", "Recruiter at Priory Group — filled 60+ psychiatric nurse and HCA roles in 2023."),
        ("en", "We partner with the Black Young Professionals Network for our outreach events."),
        ("en", "Spouses, partners and kids are all welcome at the summer BBQ on 5 July."),
        ("en", "Replaced the yes/no eligibility flag with a non-binary three-state enum."),
        ("en", "Account Executive at Fujitsu, selling PalmSecure palm-vein authentication to banks."),
        ("en", "Family law paralegal specialising in divorce and financial remedy proceedings."),
        ("nl", "Die klant maakt me gek, echt om depressief van te worden, maar we gaan door met sourcen."),
        ("nl", "Door Suikerfeest en Hemelvaart zijn er die week weinig interviewers beschikbaar."),
        ("nl", "HM wil een 'young professional' — dat is bij ons een functieniveau, geen leeftijdseis."),
        ("nl", "Ik heb bij Bol meegewerkt aan de categorie 'zwangerschap & baby' in de webshop."),
        ("nl", "Geen 'spray and pray' meer op LinkedIn maar gerichte outreach."),
        ("nl", "Je kunt kiezen uit een wijnpakket, een halal-pakket of een vegan-pakket."),
        (
            "nl",
            "Ik heb de app mede ontwikkeld, waarmee patiënten een herinnering krijgen voor hun medicijnen.",
        ),
        ("nl", "Vakbondscontributie kan fiscaalvriendelijk verrekend worden via de eindejaarsuitkering."),
        ("en", "Installed 40 PCs for the new office and tuned an ORDER BY date ASC query."),
    ],
)
def test_figures_blank_forms_partners_and_practice_areas_stay_quiet(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        ("en", "HEALTH", "I have an ASD diagnosis, so the questions in advance would help."),
        ("en", "GENETIC", "Sequencing flagged a pathogenic variant in MYBPC3."),
        ("nl", "GENETIC", "Hij heeft erfelijke hemochromatose (HFE-mutatie homozygoot)."),
        ("nl", "BIOMETRIC", "Bij het uitzendbureau is haar handpalmpatroon geregistreerd."),
        ("en", "POLITICAL_OPINION", "Card-carrying D66er; ran for the gemeenteraad in 2022."),
        ("nl", "TRADE_UNION", "Pieter is onderhandelaar namens de VHP2."),
        ("en", "CRIMINAL_RECORD", "He got sent down for a bit in his twenties."),
        ("en", "PREGNANCY", "Bit personal but my partner and I are TTC."),
        ("en", "MARITAL_STATUS", "Just got hitched, so I'm away on honeymoon in June."),
        ("nl", "GENDER_IDENTITY", "In 2019 ben ik juridisch van M naar V gegaan."),
        ("en", "ETHNIC_ORIGIN", "I'm dual heritage and co-led our inclusion week."),
        ("en", "RELIGION", "The candidate needs a quiet room for salah around 13:30."),
        ("nl", "ETHNIC_ORIGIN", "Ik ben Moluks en mijn collega's weten dat."),
    ],
)
def test_session_22_mentions_are_found(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Voor mijn masterscriptie onderzocht ik het aantal autisme-diagnoses bij volwassenen."),
        ("nl", "Ik schreef een hoofdstuk over religieuze tolerantie voor een lesboek."),
        ("nl", "Op de werkvloer zijn halal, koosjere en vegetarische maaltijden te krijgen."),
        ("nl", "Wij staan bekend als LHBTI-vriendelijke organisatie."),
        ("nl", "Onze kolfruimte is sinds maart verhuisd naar de tweede verdieping."),
        ("nl", "Ik heb Touch ID-ondersteuning toegevoegd aan onze Android-app."),
        ("nl", "Ons kantoor heeft geen biometrische toegangscontrole maar een badge."),
        ("nl", "Als hobby kweek ik tomaten, dus ik weet veel van erfelijkheid bij planten."),
        ("nl", "Voor Belgen is geen TWV nodig, zij mogen hier gewoon werken."),
        ("nl", "Check of hij via de kennismigrantenregeling kan starten."),
        ("en", "Sickness absence policy: phone your line manager before 9am on the first day."),
        ("en", "She spent three years at a diabetes institute building data pipelines."),
        ("en", "Our handbook states every worker's right to join a trade union."),
        ("en", "Leave your photo, date of birth and marital status off the application."),
        ("en", "Interviewers must never ask about religion, pregnancy plans or union membership."),
        ("en", "We divorced the billing service from the monolith in 2022."),
        ("en", "The state pension age in the UK is 66 and will rise to 67."),
        ("en", "Benchmarked LGBT inclusion policies across six banks."),
        ("en", "Trained a multi-label (non-binary) model for invoice tagging."),
        ("en", "Counsel advising unions on strike ballots and collective bargaining."),
        ("en", "MSc dissertation: far-right parties and the media in Scandinavia."),
        ("en", "When she was 22 she moved to Rotterdam for her first job."),
        ("nl", "Nee Jan, dat klopt niet, het gesprek is morgen."),
    ],
)
def test_session_23_look_alikes_stay_quiet(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        ("nl", "HEALTH", "Intakenotities – slechtziend rechts, werkt met vergroting."),
        ("nl", "HEALTH", "Ik ga om de paar weken naar de psycholoog, dat plan ik buiten werktijd."),
        ("nl", "HEALTH", "Ik krijg in maart een knieoperatie, dus start liefst in april."),
        ("en", "HEALTH", "Phone screen notes – Tom: six months off on his GP's advice in 2021."),
        ("nl", "ETHNIC_ORIGIN", "Mijn grootouders kwamen in de jaren '60 uit Marokko."),
        ("nl", "ETHNIC_ORIGIN", "Ze is trots op haar West-Afrikaanse roots."),
        ("en", "ETHNIC_ORIGIN", "Being half Chinese-Malaysian, I speak three languages at home."),
        ("nl", "TRADE_UNION", "Hij betaalt al tien jaar contributie aan de FNV."),
        ("en", "TRADE_UNION", "Memberships: Unite (trade union for the print sector)."),
        ("en", "POLITICAL_OPINION", "She went on a long rant about immigration during lunch."),
        ("nl", "SEXUAL_ORIENTATION", "Als roze zestiger zet ik me in voor ouderen."),
        ("nl", "SEXUAL_ORIENTATION", "Ze had het over haar girlfriend in Utrecht."),
        ("en", "SEXUAL_ORIENTATION", "Tom here – my fiancé Pieter is moving with me."),
        ("nl", "GENDER_IDENTITY", "Ik ben trans en sta officieel nog als vrouw geregistreerd."),
        ("nl", "CRIMINAL_RECORD", "Hij heeft een lopende strafzaak wegens oplichting."),
        ("nl", "CRIMINAL_RECORD", "Ze heeft een transactie aangeboden gekregen met het OM."),
        ("nl", "AGE", "Ze is nog maar een broekie, net 20 denk ik."),
        ("nl", "AGE", "Met zijn pensioen in zicht wil hij minder reizen."),
        ("en", "AGE", "He's a good few years older than the average trainee."),
        ("nl", "PREGNANCY", "Haar verlof start bij 34 weken."),
        ("en", "PREGNANCY", "Expecting our first baby – due in March!"),
        ("en", "MARITAL_STATUS", "Maria Jansen (née de Vries) is the referee."),
        ("nl", "MARITAL_STATUS", "Referentie: Els Bakker (nee Smit), teamleider."),
        ("en", "BIOMETRIC", "The tool scored her facial expressions during the call."),
        ("nl", "GENETIC", "Uit de test bleek dat ik het HLA-B27-allel heb."),
        ("en", "GENETIC", "I'm a BRCA2 carrier, so I have yearly screenings."),
        ("en", "GENETIC", "Genotyping showed I'm an ultra-rapid CYP2C19 metaboliser."),
        ("en", "GENETIC", "My karyotype is 47,XXX, which has no effect on my work."),
        ("en", "RELIGION", "Can I wear my kippah on the shop floor?"),
        ("en", "RELIGION", "Could we move the lunch? I'm fasting for Ramzan."),
    ],
)
def test_session_23_mentions_are_found(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Precies op de dag van de release, uitgerekend vandaag, crashte de server."),
        ("nl", "Uitgerekend op de maandag van de livegang viel het netwerk weg."),
        ("nl", "Ik schreef het beleid voor zwangerschaps- en ouderschapsverlof van een zorginstelling."),
        ("nl", "Als logistiek manager werkte ik bij brouwerij Weduwe Kuipers in Zwolle."),
        ("nl", "Ik heb een PoC gebouwd voor de integratie met het ERP-systeem."),
        ("nl", "De bakkerij is sinds 1952 een familiebedrijf, nu in de vierde generatie."),
        ("nl", "Ik werkte mee aan de campagne LGBT-emancipatiebeleid van de provincie."),
        ("nl", "Ik bouwde de website voor Transgender Netwerk Nederland."),
        ("nl", "Als hr-adviseur heb ik directies geadviseerd over re-integratietrajecten."),
        ("nl", "In mijn colleges behandel ik de verspreiding van het christendom in Europa."),
        ("nl", "Aan tafel zaten rechters, politici en vakbondsbestuurders."),
        ("nl", "Als recruiter begeleid ik kennismigranten naar werk in Brainport."),
        ("nl", "Mijn team liet tijdens de demo het nieuwe dashboard zien."),
        ("nl", "Ik organiseerde een demo voor klanten van onze nieuwe app."),
        ("nl", "De applicatie van het kadaster is 30 jaar oud en draait op een mainframe."),
        ("en", "The kick-off is 21 March and the retro is 4 April."),
        ("en", "He helped draft the state pension-age reforms at the ministry."),
        ("en", "Our onboarding form has a 'marital status' dropdown that we are removing."),
        ("en", "Pull the 'ethnicity' and 'religion' columns out of the export."),
        ("en", "Wrote the ethnicity pay-gap report for 2023."),
        ("en", "Implemented the FingerprintManager fallback on older Android devices."),
        ("en", "Data engineer on the Green Party's membership database migration."),
        ("en", "We married the billing data with the CRM records in one pipeline."),
        ("en", "Led pay negotiations with Unite and GMB on behalf of the employer."),
        ("en", "MA Jewish Studies, then a curator role at the Jewish Museum London."),
        ("en", "She said the team couldn't stomach another reorganisation."),
        ("en", "She works in private equity as an associate."),
        ("en", "My PhD looked at Parkinson's disease progression models."),
        ("en", "About 40% of the applicants for this role are non-EU, so plan ahead."),
        ("en", "She translates asylum hearing transcripts for a law firm."),
    ],
)
def test_session_24_look_alikes_stay_quiet(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        ("nl", "AGE", "Hij gaat over twee jaar met pensioen en heeft zijn pensioen binnen 2 jaar in zicht."),
        ("nl", "AGE", "Zijn AOW-leeftijd komt er al aan, dus hij zoekt iets voor drie dagen."),
        ("nl", "AGE", "Ze is veruit de oudste van het team, maar wel de snelste."),
        ("nl", "AGE", "Zelf zei hij: ik ben niet meer de jongste."),
        ("nl", "AGE", "Hij zit al tegen de 55 aan."),
        ("nl", "AGE", "Ik ben 52 overigens, voor de volledigheid."),
        ("nl", "AGE", "Junior data-analist | 23 jaar | Utrecht"),
        ("en", "AGE", "He's two years away from retirement and wants a calmer role."),
        ("en", "AGE", "She's above the 35 age limit for the traineeship."),
        ("nl", "NATIONALITY", "Zijn asielaanvraag loopt nog, hij wacht op het IND-besluit."),
        ("nl", "NATIONALITY", "Zij moet haar verblijfspas nog verlengen."),
        ("nl", "NATIONALITY", "Mijn verblijfsvergunning verloopt in maart."),
        ("nl", "NATIONALITY", "Braziliaanse in Rotterdam | UX researcher"),
        ("en", "NATIONALITY", "She's non-EEA, so we need to sponsor her."),
        ("en", "NATIONALITY", "He is still waiting for his asylum hearing."),
        ("en", "NATIONALITY", "RTW: settled status, share code sent."),
        ("nl", "CRIMINAL_RECORD", "Tegen haar loopt een strafrechtelijk onderzoek naar verduistering."),
        ("nl", "CRIMINAL_RECORD", "Hij heeft een zaak bij de politierechter volgende maand."),
        ("nl", "CRIMINAL_RECORD", "Tijdens zijn detentie volgde hij een cursus in de PI Zwolle."),
        ("nl", "CRIMINAL_RECORD", "Hij heeft een enkelband en mag niet na 23u de deur uit."),
        ("en", "CRIMINAL_RECORD", "She was a co-defendant in a burglary trial in 2019."),
        ("en", "CRIMINAL_RECORD", "He was convicted, but the verdict was quashed on appeal."),
        ("nl", "HEALTH", "Ze heeft een depresieve periode gehad, nu gaat het goed."),
        ("nl", "HEALTH", "Na de afkickkliniek is hij inmiddels clean van de drugs."),
        ("en", "HEALTH", "Her GP adjusted her medication after the migraines got worse."),
        ("en", "HEALTH", "He took two months off last year for an operation on his back."),
        ("en", "HEALTH", "She's type 2 and needs to check her blood sugar levels at lunch."),
        ("en", "HEALTH", "Back at work after a Crohn's diagnosis in 2022, I'm fully fit."),
        ("en", "HEALTH", "He asked whether the insurer pays for his hormone therapy as a trans man."),
        ("nl", "SEXUAL_ORIENTATION", "Hij vertelde dat hij homo is, wat verder niet ter zake doet."),
        ("nl", "SEXUAL_ORIENTATION", "Ze verhuist met Lotte, haar vriendin, naar Groningen."),
        ("nl", "SEXUAL_ORIENTATION", "Mijn partner en ik (twee vrouwen, ja) zoeken een huis."),
        ("en", "SEXUAL_ORIENTATION", "Apparently she has a girlfriend in Leeds."),
        ("en", "GENDER_IDENTITY", "Please don't use my deadname in the ATS."),
        ("nl", "GENDER_IDENTITY", "Ik ben non-binair en mijn geslachtsregistratie is inmiddels gewijzigd."),
        ("nl", "BIOMETRIC", "De tool heeft haar stem en gezicht gescand tijdens het interview."),
        ("en", "BIOMETRIC", "The time clock uses a hand scanner, and they stored her palm print."),
        ("nl", "GENETIC", "In zijn dossier staat een Marfan-diagnose van de klinisch geneticus."),
        ("en", "GENETIC", "He has a BRCA2 result from a research programme."),
        ("en", "TRADE_UNION", "Union rep (GMB-elected), 2018–2022."),
        ("en", "TRADE_UNION", "As an actor he is an Equity member, of course."),
        ("nl", "TRADE_UNION", "Zat in het onderhandelingsteam voor de nieuwe cao namens de FNV."),
        ("nl", "POLITICAL_OPINION", "Hij heeft een hekel aan die linkse types, zei hij."),
        ("nl", "POLITICAL_OPINION", "Ze zet zich al jaren in voor de Koerdische zaak."),
        ("en", "POLITICAL_OPINION", "He organised a protest outside the ministry last year."),
        ("en", "POLITICAL_OPINION", "I can't work on arms deals because of my anti-war convictions."),
        ("nl", "ETHNIC_ORIGIN", "Zijn ouders zijn Marokkaans, hij is in Utrecht geboren."),
        ("en", "ETHNIC_ORIGIN", "She was the only Black woman on the board."),
        ("nl", "PREGNANCY", "Ze verwacht eind maart te bevallen."),
        ("nl", "PREGNANCY", "Net bevallen van een zoon; haar verlof duurt tot september."),
        ("en", "PREGNANCY", "She can't travel till the baby arrives."),
        ("nl", "PREGNANCY", "We zitten in een fertiliteitstraject in het UMC."),
        ("nl", "MARITAL_STATUS", "Ik heb co-ouderschap met mijn ex, dus vrijdag ben ik vrij."),
        ("nl", "MARITAL_STATUS", "We trouwen komende zomer in Italië."),
        ("en", "MARITAL_STATUS", "Proud wife, mum of two and a keen cyclist."),
        ("nl", "RELIGION", "Ik ben koster in de dorpskerk en ouderling."),
    ],
)
def test_session_24_mentions_are_found(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Die leverancier is volgens mij niet echt koosjer, check de KvK even."),
        ("nl", "Het nabestaandenpensioen heette vroeger weduwen- en wezenpensioen."),
        ("nl", "Bevallingsverlof duurt minimaal 10 weken volgens de wet."),
        ("nl", "Als ML-engineer trainde hij irisscanmodellen op open datasets."),
        ("nl", "Als postdoc analyseer je genoomdata van duizenden muizen."),
        ("nl", "Hij is sympathisant van Feyenoord, al sinds zijn jeugd."),
        ("nl", "We maken video's voor Gen Z en millennials op YouTube."),
        ("nl", "Als promovendus analyseer ik DNA-data van gewassen."),
        ("en", "The prayer room next to the canteen is available to all visitors."),
        ("en", "Parental leave: staff are entitled to 26 weeks of maternity leave at full pay."),
        ("en", "Sickness absence must be reported through the HR portal by 10am."),
        ("en", "She handles divorce and child arrangement cases at a firm in York."),
        ("en", "The sentence pairs were scored with a cross-encoder."),
        ("en", "The background check is booked for Tuesday afternoon."),
        ("en", "Unite Students runs the halls where the interns will stay."),
        ("en", "We've separated the staging and production clusters."),
        ("en", "Our networks (faith, disability, LGBTQ+, race) meet monthly."),
        ("en", "Marketing lead, Winter 2021 campaign for a sportswear brand."),
        ("en", "We are hiring a genetic counsellor for the new clinic."),
        ("en", "The quote is not kosher, ask finance to check it."),
    ],
)
def test_session_25_look_alikes_stay_quiet(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        ("nl", "HEALTH", "Ze hoort slecht en heeft sinds vorig jaar twee gehoorapparaten."),
        ("nl", "HEALTH", "Hij kreeg vorige week een epi-aanval op de werkvloer."),
        ("nl", "HEALTH", "Die gast van de ochtendploeg kreeg een epileptische aanval."),
        ("nl", "HEALTH", "Ze zei dat ze elke maand bij de psych loopt."),
        ("nl", "HEALTH", "Hij laat zich volgend jaar preventief opereren aan zijn darm."),
        ("nl", "HEALTH", "Ze is een dag weg voor de halfjaarlijkse scopie."),
        ("en", "HEALTH", "Intake call. Disclosed epilepsy and asked for no night shifts."),
        ("en", "HEALTH", "Said he's dyslexec, so please send the case in advance."),
        ("en", "HEALTH", "He's been back since May on a phased return after his operation."),
        ("en", "HEALTH", "Because of the BRCA2 result she has annual screenings at the hospital."),
        (
            "nl",
            "GENETIC",
            "Haar vader heeft een erfelijke nierziekte; zij liet zich testen en is ook drager.",
        ),
        ("en", "GENETIC", "He is seeing a genetic counsellor next week about the test."),
        ("en", "GENETIC", "She mentioned a family history of bowel cancer on her dad's side."),
        ("nl", "CRIMINAL_RECORD", "Hij kreeg in 2019 een werkstraf voor heling."),
        ("nl", "CRIMINAL_RECORD", "Haar strafregister is helaas niet blanco."),
        ("en", "CRIMINAL_RECORD", "He was booked for burglary when he was 19."),
        ("nl", "POLITICAL_OPINION", "Ze stond vorig jaar op de kieslijst van Leefbaar Zwolle."),
        ("nl", "POLITICAL_OPINION", "Hij is lijstduwer voor Vooruit in Aalst."),
        ("nl", "POLITICAL_OPINION", "Volgens LinkedIn is ze lid van CD&V."),
        ("nl", "POLITICAL_OPINION", "Hij is een trouwe sympathisant van de SP."),
        ("en", "POLITICAL_OPINION", "Canvasser, Warren 2020 campaign, New Hampshire."),
        ("en", "POLITICAL_OPINION", "He's a card-carrying Republican, for what it's worth."),
        ("nl", "SEXUAL_ORIENTATION", "Hij gaat uit met zowel jongens als meiden."),
        ("en", "SEXUAL_ORIENTATION", "She dates both men and women, she said."),
        ("en", "SEXUAL_ORIENTATION", "Emma said her girlfriend will join the Christmas party."),
        ("nl", "GENDER_IDENTITY", "Tot 2019 ging ze als man door het leven."),
        ("en", "GENDER_IDENTITY", "He used to live as a woman, hence the old name on the degree."),
        ("nl", "BIOMETRIC", "Na de update van het systeem is haar referentiefoto opnieuw ingeleerd."),
        ("nl", "BIOMETRIC", "De toets registreert zijn typgedrag om fraude te voorkomen."),
        ("en", "BIOMETRIC", "Her Live Scan fingerprints were submitted for the licence."),
        ("en", "BIOMETRIC", "The tool pulled facial geometry from each applicant's video."),
        ("nl", "ETHNIC_ORIGIN", "Ze is geboren in Tilburg (ouders kwamen uit Marokko)."),
        ("en", "ETHNIC_ORIGIN", "Grew up in Bradford, parents were originally from Bangladesh."),
        ("nl", "NATIONALITY", "Afghaanse asielzoeker, wacht op zijn gehoor."),
        ("nl", "NATIONALITY", "Hij heeft een dubbel paspoort: Belgisch/Turks."),
        ("nl", "NATIONALITY", "Ze heeft de Nederlandse nationaliteit niet, alleen de Braziliaanse."),
        ("nl", "NATIONALITY", "ter info, Amerikaan, dus een TWV aanvragen."),
        ("en", "NATIONALITY", "Irish passport holder, lives in Leeds, no visa sponsorship needed."),
        ("en", "NATIONALITY", "She became a British citizen last year but kept the Nigerian one."),
        ("nl", "AGE", "Hij wil de laatste werkjaren tot zijn pensioen iets rustigers."),
        ("nl", "AGE", "Best een jonkie nog voor deze rol."),
        ("en", "AGE", "Just 18 and already running her own shop."),
        ("en", "AGE", "The candidate at 11 looked about late 50s."),
        ("en", "MARITAL_STATUS", "Hubby is away a lot, so she needs fixed hours."),
        ("en", "MARITAL_STATUS", "We separated last year, so I'm moving back to Glasgow."),
        ("en", "MARITAL_STATUS", "She got engaged in May and the wedding is next spring."),
        ("en", "RELIGION", "He asked for a room to pray in during Friday lunch."),
    ],
)
def test_session_25_mentions_are_found(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Zijn presentatie is echt ziek, die slides wil ik ook."),
        ("nl", "We zijn ziek benieuwd wat je van de nieuwe opzet vindt."),
        ("nl", "Ze noemde in het gesprek vlot de merknamen Lipitor, Crestor en Zocor."),
        ("nl", "Voor Het Parool schreef ze twee jaar over het jodendom in Amsterdam."),
        ("nl", "Bij hen is Kanban haast een religie geworden."),
        ("nl", "Werkgever: Humanistisch Verbond – HR-adviseur (2018–2022)."),
        ("nl", "Vragen naar iemands geloof horen niet in een selectiegesprek."),
        ("nl", "Het gebouw opent niet met vingerafdrukken, alleen met je pas."),
        ("nl", "Op de telefoon kun je inloggen met gezichtsherkenning als je dat wilt."),
        ("nl", "Ik werk als klinisch geneticus en geef erfelijkheidsadvies aan gezinnen."),
        ("nl", "Ze maakte een documentaireserie over DNA-tests en privacy."),
        ("nl", "Mijn tweede roman 'Voorwaardelijk' kwam uit in 2019."),
        ("nl", "Hij coacht elke week een groep 70-plussers in het zwembad."),
        ("nl", "Wij hebben op elke locatie een stilteruimte en een kolfkamer."),
        ("nl", "We zitten nog drie jaar 'getrouwd' met SAP door die licentie."),
        ("nl", "Ze heet Rood van achteren, met twee o's."),
        ("en", "That demo reel is sick, get him on a call."),
        ("en", "I'm a little OCD about tidy commit messages."),
        ("en", "Reference from Christian van Dijk, her former manager at ING."),
        ("en", "She asked in general whether the canteen serves halal food."),
        ("en", "Ran the Labour Day promotion for a Canadian retailer."),
        ("en", "Negotiated the pay deal with Unison on behalf of the employer."),
        ("en", "Merged the two billing systems - married them into one ledger."),
        ("en", "Divorced the two services into separate repos last sprint."),
        ("en", "Junior associate: drafted divorce petitions for a family law firm."),
        ("en", "Our healthcare plan covers spouses and children of all staff."),
        ("en", "Biometrics engineer at a border-control vendor, tuning face matching algorithms."),
        ("en", "Interviews are recorded with consent; no biometric data is stored."),
        ("en", "Led the company's LGBTQ+ inclusion training for 400 managers."),
        ("en", "Volunteer at St Mary's Catholic Primary School reading club."),
        ("en", "Account manager; clients included the Green Party's press office."),
        ("en", "Marketing manager for the over-60s holiday range at a travel firm."),
    ],
)
def test_session_26_look_alikes_stay_quiet(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        ("nl", "HEALTH", "Cv: 2017–2018 gat ivm een depressie, daarna weer aan de slag."),
        ("nl", "HEALTH", "Sorry voor mn late mail, ik lag met een blinde darm in het ziekenhuis."),
        ("nl", "HEALTH", "Bijzonderheden: DM2, prikt twee keer per dag."),
        ("nl", "HEALTH", "Hij heeft hemofilie en spuit zelf stollingsfactor."),
        ("nl", "RELIGION", "Hij is vrijgemaakt en werkt liever niet op zondag."),
        ("nl", "RELIGION", "In de ramadam werk ik liever vroeg."),
        ("nl", "TRADE_UNION", "Na mijn stage in de bouw ben ik lid van FNV Bouwen en Wonen."),
        ("nl", "SEXUAL_ORIENTATION", "Iemand zei dat de nieuwe stagiair van de roze kant is."),
        ("nl", "SEXUAL_ORIENTATION", "Hij noemt zichzelf bi (biseksueel) en is daar open over."),
        ("nl", "GENDER_IDENTITY", "Hij is sinds kort in transitie en vraagt om een nieuwe naam in Workday."),
        ("nl", "GENDER_IDENTITY", "Ze vertelde dat ze oestrogeen slikt sinds haar transitie begon."),
        ("nl", "GENETIC", "Ze heeft LS (lynchsyndroom) en gaat jaarlijks voor controle."),
        ("nl", "GENETIC", "Uit zijn DNA-test bleek een verhoogde aanleg voor diabetes."),
        ("nl", "GENETIC", "Ze is drager van taaislijmziekte, maar heeft zelf geen klachten."),
        ("nl", "CRIMINAL_RECORD", "Ze staat nog een jaar onder reclasseringstoezicht."),
        ("nl", "AGE", "Notitie: lft 58, wil nog vijf jaar werken."),
        ("nl", "AGE", "Ahmed Yilmaz (°1984) – projectleider"),
        ("nl", "PREGNANCY", "Na mijn bevalingsverlof begin ik in juni."),
        ("en", "HEALTH", "She's having hip replacement surgery in March."),
        ("en", "HEALTH", "He was off for two months after a cardiac event last year."),
        ("en", "HEALTH", "Gap 2019: cancer treatment and recovery."),
        ("en", "HEALTH", "My chrons has been quiet for a year now."),
        ("en", "HEALTH", "Medical questionnaire: takes blood thinners daily."),
        ("en", "HEALTH", "He tore his ACL playing football and is on crutches."),
        ("en", "HEALTH", "She mentioned she needs annual kidney scans since the transplant."),
        ("en", "BIOMETRIC", "The vendor kept a faceprint of me after the video interview."),
        ("en", "GENETIC", "He has Marfan, so he sees a cardiologist every year."),
        ("en", "GENETIC", "She has hemochromatosis and gets bloods done every month."),
        ("en", "GENETIC", "His DNA test said 40% Irish ancestry."),
        ("en", "ETHNIC_ORIGIN", "My Chinese-Malaysian roots shaped my interest in the region."),
        ("en", "ETHNIC_ORIGIN", "She describes her background as Nigerian (Yoruba)."),
        ("en", "POLITICAL_OPINION", "He's a lifelong loyalist, so maybe not the Dublin desk."),
        ("en", "TRADE_UNION", "Memberships: CIPD | Unite | APM"),
        ("en", "SEXUAL_ORIENTATION", "I joined the network a month after coming out to my manager."),
        ("en", "CRIMINAL_RECORD", "I need Fridays off to see my parole officer."),
        ("en", "CRIMINAL_RECORD", "He's tagged for now, curfew 8pm to 6am."),
        ("en", "CRIMINAL_RECORD", "Previous convictions: shoplifting, 2020."),
        ("en", "CRIMINAL_RECORD", "I served two years in prison; my degree was completed inside."),
        ("en", "AGE", "I turn 18 in May, so I can start after that."),
        ("en", "AGE", "She was barely 22 at the time, already leading the team."),
        ("en", "AGE", "Cand (b. '91) is open to hybrid roles."),
        ("en", "AGE", "He is retired and wants to top up his state pension."),
        ("en", "MARITAL_STATUS", "The visa must include my registered partner as well."),
        ("en", "MARITAL_STATUS", "He pays alimony, so the salary floor is firm."),
        ("en", "MARITAL_STATUS", "Former surname: Mensah (maiden name)"),
        ("en", "MARITAL_STATUS", "Candidate is separated and wants to move closer to the kids."),
        ("en", "MARITAL_STATUS", "She changed her surname after the wedding last summer."),
        ("en", "NATIONALITY", "Nationality(ies): DE, TR"),
        ("en", "NATIONALITY", "She's a US citizen living in Utrecht."),
    ],
)
def test_session_26_mentions_are_found(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ik werd eerlijk gezegd ziek van al die eindeloze statusmeetings."),
        ("nl", "Onze oude directeur was vaak doof voor goede ideeën uit de vloer."),
        ("nl", "Ze is blind voor haar eigen sterke punten, zegt haar coach."),
        ("nl", "Die fusie was een huwelijk uit het boekje tussen data en marketing."),
        ("nl", "Bij Innovatrics werkten we aan een gezichtsherkenningssysteem voor poortjes."),
        ("nl", "Forensisch rechercheur, specialisatie plaatsdelictonderzoek en vingersporen."),
        ("nl", "Mijn vorige werkgever verkocht DNA-tests voor katten en honden online."),
        ("nl", "Voor mijn thesis interviewde ik Turks-Nederlandse ondernemers in Rotterdam."),
        ("nl", "Ik coach oudere werkzoekenden bij het maken van een sterk cv."),
        ("nl", "Ons sollicitatieformulier stelt geen vragen over gezondheid of nationaliteit."),
        ("nl", "Ze was vrijwilliger bij PI Vught en gaf daar taalles."),
        ("en", "He was arrested by the sight of the old harbour and sketched it for hours."),
        ("en", "Honestly she's deaf to feedback in code reviews, but ships fast."),
        ("en", "Product owner on the Windrush compensation scheme case system."),
        ("en", "Ran assessment days for the BAME talent programme at a consultancy."),
        ("en", "Built a pension calculator that models state pension age increases."),
        ("en", "Volunteer with Age UK, supporting elderly residents to use video calls."),
        ("en", "Our onboarding form asks no questions about religion or ethnicity."),
        ("en", "Prison librarian at HMP Brixton running reading groups."),
        ("en", "Our startup offers genetic tests for dogs and horses."),
        ("en", "We hired 25 this year, mostly engineers."),
        ("en", "She was out with friends when the offer call came in."),
        ("en", "The sentence structure in her cover letter is a bit off."),
        ("en", "Tour guide and member of the Temple Bar Association."),
    ],
)
def test_session_27_look_alikes_stay_quiet(lang: str, text: str) -> None:
    assert types_in(text, lang) == set(), text


@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        ("nl", "HEALTH", "Hij is dyslectisch, dus een mondelinge toets werkt beter."),
        ("nl", "HEALTH", "Ze vertelde dat ze jaren een drankprobleem had."),
        ("nl", "HEALTH", "Als slechtziende data-analist werk ik met een vergrotingsprogramma."),
        ("nl", "RELIGION", "Mag hij om half twee even weg voor zijn middaggebed?"),
        ("nl", "RELIGION", "Ik ben al twintig jaar lid van de Bethelkerk in Zwolle."),
        ("nl", "ETHNIC_ORIGIN", "Haar moeder komt uit een Romagemeenschap in Slowakije."),
        ("nl", "ETHNIC_ORIGIN", "Ik geef bijles aan kinderen uit mijn eigen Somalische gemeenschap."),
        ("nl", "NATIONALITY", "is hij Pool? dan hoeft er geen werkvergunning te komen"),
        ("nl", "GENDER_IDENTITY", "hij is echt trans toch, of vergis ik me?"),
        ("nl", "TRADE_UNION", "Zij was ABVV-delegee in de haven van Gent."),
        ("nl", "TRADE_UNION", "Nevenactiviteiten: bestuurslid van De Unie, voorzitter buurtvereniging."),
        ("nl", "SEXUAL_ORIENTATION", "Ze woont al jaren samen met een vrouw in Utrecht, vertelde ze."),
        ("nl", "SEXUAL_ORIENTATION", "Hij noemde een mannelijke partner bij de vraag over het pensioen."),
        ("nl", "SEXUAL_ORIENTATION", "Als man met een vriend word je op de bouw nog vaak aangestaard."),
        ("nl", "SEXUAL_ORIENTATION", "Er gaan geruchten dat hij een seksuele relatie heeft met een collega."),
        ("nl", "AGE", "Op zijn vierenzestigste begon hij nog een eigen bedrijf."),
        ("nl", "AGE", "Persoonlijk: geb. 1988-03-14, woonachtig in Zwolle."),
        ("en", "ETHNIC_ORIGIN", "Dami said he's Nigerian-heritage and grew up in Peckham."),
        ("en", "ETHNIC_ORIGIN", "She spoke warmly about her Gujarati Hindu heritage."),
        ("en", "CRIMINAL_RECORD", "He finished an 18-month sentence last spring and is now in college."),
        ("en", "CRIMINAL_RECORD", "I did my plumbing NVQ while I was in jail."),
        ("en", "CRIMINAL_RECORD", "She got an absolute discharge for the shoplifting charge."),
        ("en", "SEXUAL_ORIENTATION", "Apparently Emma's girlfriend works at the Leeds office."),
        ("en", "SEXUAL_ORIENTATION", "He's not out to his parents yet, so keep the Pride photo internal."),
        ("en", "TRADE_UNION", "I helped organise the union drive at the warehouse last year."),
        ("en", "AGE", "Proud grandmother, 61 this year, and I still climb every weekend."),
        ("en", "RELIGION", "She's been a deacon at Grace Community Church since 2015."),
    ],
)
def test_session_27_mentions_are_found(lang: str, kind: str, text: str) -> None:
    assert kind in types_in(text, lang), text


# --- the labelled data set ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_dataset_offsets_and_size(lang: str) -> None:
    positives, negatives = load(lang)
    per_type: dict[str, int] = {}
    for item in positives:
        assert item["lang"] == lang and item["spans"]
        for s in item["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(item["text"])
            assert item["text"][s["start"] : s["end"]].strip() == item["text"][s["start"] : s["end"]]
            per_type[s["type"]] = per_type.get(s["type"], 0) + 1
    assert set(per_type) == SPECIAL_TYPES | PROTECTED_TYPES
    assert min(per_type.values()) >= 25
    assert len(negatives) >= 100 and all(n["spans"] == [] for n in negatives)
    ids = [i["id"] for i in positives + negatives]
    assert len(ids) == len(set(ids))


def test_committed_dataset_matches_its_generator() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_special", DATA_DIR / "build_special_categories.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, items in module.build().items():
        with open(DATA_DIR / name, encoding="utf-8") as fh:
            assert [json.loads(line) for line in fh] == items, name


def test_hard_negatives_include_the_issue_look_alikes() -> None:
    texts = " ".join(i["text"] for lang in ("nl", "en") for i in load(lang)[1])
    look_alikes = ["Christian Dior", "UNION ALL", "health check endpoint", "strafrechtadvocaat", "(C2)"]
    look_alikes += ["European Union", "third-party", "Labour market", "race condition", "vast contract"]
    look_alikes += ["transitie naar de cloud", "genetic algorithms", "biometric login feature"]
    for look_alike in look_alikes:
        assert look_alike in texts, look_alike


# --- measured targets -------------------------------------------------------------------------------


def test_targets_on_the_labelled_set() -> None:
    rows = evaluate(scan=direct_scan)
    print("\n" + format_table(rows))
    for row in rows:
        if row["type"] == "ALL":
            assert row["neg_fp_rate"] <= 0.02, row
            assert row["precision"] >= 0.85, row
            continue
        assert row["recall"] >= 0.95, row
        assert row["precision"] >= 0.85, row


def test_engine_reports_the_same_special_findings() -> None:
    """guardrails.scan (Presidio + spaCy + language detection) carries our findings through unchanged."""
    guardrails = pytest.importorskip("guardrails")
    counted = SPECIAL_TYPES | PROTECTED_TYPES
    for lang in ("nl", "en"):
        positives, negatives = load(lang)
        for item in (positives + negatives)[::20]:
            ours = {f.type for f in direct_scan(item["text"]).findings}
            engine = [f for f in guardrails.scan(item["text"], lang).findings if f.type in counted]
            assert {f.type for f in engine} == ours, item["id"]
            assert all(f.category == ("special" if f.type in SPECIAL_TYPES else "protected") for f in engine)
