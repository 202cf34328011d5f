"""Unit tests per PII recognizer, through the public scan() so the whole engine is exercised."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

import pytest

import guardrails
from guardrails import language
from guardrails.recognizers.pii.bsn import is_valid_bsn


def types(text: str, lang: str | None = None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in guardrails.scan(text, lang).findings:
        out.setdefault(f.type, []).append(text[f.start : f.end])
    return out


# --- NL_BSN -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["111222333", "123456782", "1234.56.782", "123 456 782"])
def test_bsn_with_context_is_found(number):
    assert types(f"Mijn BSN is {number}.")["NL_BSN"] == [number]


@pytest.mark.parametrize("number", ["123456789", "111222334", "000000000", "999999999"])
def test_bsn_failing_the_eleven_proof_is_not_flagged(number):
    assert "NL_BSN" not in types(f"Mijn BSN is {number}.")


@pytest.mark.parametrize(
    "text",
    [
        "ID-nummer: 111222333",
        "PERSONALIA\nNaam: Sanne Bakker\nGeboortedatum: 4 mei 1991\n111222333\nAdres: Dorpsstraat 3",
        "Personal details\nDate of birth: 12 March 1990\n111222333",
        "Nummer op de kaart: 1112.22.333",  # the BSN's own print format
    ],
)
def test_bsn_evidence_besides_the_word_bsn(text):
    assert "NL_BSN" in types(text)


@pytest.mark.parametrize("text", ["Graag verwerken: 111222333", "We received 111222333 yesterday."])
def test_unlabelled_eleven_proof_number_is_redacted_but_not_reported_as_bsn(text):
    found = types(text)
    assert "NL_BSN" not in found
    assert found["ID_DOCUMENT"] == ["111222333"]
    assert "111222333" not in guardrails.redact(text, guardrails.Destination.llm_prompt)


@pytest.mark.parametrize(
    "text", ["Ordernummer: 111222333", "Factuur 111222333 is betaald", "Klant-ID: 111222333", "€ 111.222.333"]
)
def test_eleven_proof_number_labelled_as_something_else_is_no_bsn(text):
    found = types(text)
    assert "NL_BSN" not in found and "ID_DOCUMENT" not in found


def test_eleven_proof():
    assert is_valid_bsn("111222333")
    assert is_valid_bsn("123456782")
    assert not is_valid_bsn("123456789")
    rng = random.Random(7)
    valid = sum(is_valid_bsn(str(rng.randrange(100_000_000, 1_000_000_000))) for _ in range(11_000))
    assert 800 < valid < 1200  # about 1 in 11 random numbers passes: the check really discriminates


# --- contact details ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phone", ["06-12345678", "+31 6 1234 5678", "020-1234567", "0031 20 123 4567", "+32 470 12 34 56"]
)
def test_dutch_and_belgian_phone_numbers(phone):
    assert types(f"Bel me op {phone} na vijven.", "nl")["PHONE_NUMBER"] == [phone]


@pytest.mark.parametrize("phone", ["(212) 555-0123", "+44 20 7946 0958", "212-555-0123"])
def test_english_phone_numbers(phone):
    assert types(f"Call me at {phone} tomorrow.", "en")["PHONE_NUMBER"] == [phone]


def test_years_and_dates_are_not_phone_numbers():
    found = types("Werkervaring 2016 - 2021 bij de gemeente, gestart op 12-03-2016.", "nl")
    assert "PHONE_NUMBER" not in found


def test_email():
    assert types("Mail naar j.de.vries@voorbeeld.nl graag")["EMAIL_ADDRESS"] == ["j.de.vries@voorbeeld.nl"]
    assert types("Mail sanne@bakker.amsterdam")["EMAIL_ADDRESS"] == ["sanne@bakker.amsterdam"]


def test_email_needs_a_real_top_level_domain():
    assert "EMAIL_ADDRESS" not in types("Log in als admin@build.invalidtld op de server.", "nl")


def test_iban_valid_and_invalid():
    assert types("IBAN: NL91 ABNA 0417 1643 00")["IBAN_CODE"] == ["NL91 ABNA 0417 1643 00"]
    assert "IBAN_CODE" not in types("IBAN: NL92ABNA0417164300")  # wrong checksum


def test_credit_card_needs_luhn():
    assert types("Card 4111 1111 1111 1111 please", "en")["CREDIT_CARD"] == ["4111 1111 1111 1111"]
    assert "CREDIT_CARD" not in types("Card 4111 1111 1111 1112 please", "en")


def test_ip_and_url():
    found = types("Server 192.168.10.20 en profiel https://www.linkedin.com/in/jdevries", "nl")
    assert found["IP_ADDRESS"] == ["192.168.10.20"]
    assert found["URL"] == ["https://www.linkedin.com/in/jdevries"]


def test_bare_employer_domain_is_not_a_url():
    assert "URL" not in types("Ik werkte vijf jaar bij Bol.com als developer.", "nl")


# --- addresses, dates, documents ----------------------------------------------------------------------


def test_dutch_street_and_postcode():
    found = types("Adres: Keizersgracht 123-II, 1015 CJ Amsterdam", "nl")
    assert "Keizersgracht 123-II" in found["ADDRESS"]
    assert "1015 CJ Amsterdam" in found["ADDRESS"]


def test_english_street_address():
    assert types("I live at 615 Benedum Drive since May.", "en")["ADDRESS"] == ["615 Benedum Drive"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("The bus drops you off at 975 3968 Bay Street.", "975 3968 Bay Street"),  # unit number first
        ("Lea lives at 79063 63 Rue de Kairouan, Cite El Farik", "79063 63 Rue de Kairouan"),
        ("Pedestrians must enter on Hoge Wei 32 St. the first months", "Hoge Wei 32 St."),
    ],
)
def test_international_street_forms(text, address):
    found = types(text, "en")
    assert address in found["ADDRESS"]
    assert not any(address in person or person in address for person in found.get("PERSON", []))


@pytest.mark.parametrize(
    ("text", "zip_code"), [("my zip code is 610", "610"), ("Zip: 53-320 please", "53-320")]
)
def test_labelled_zip_code(text, zip_code):
    assert types(text, "en")["ADDRESS"] == [zip_code]


def test_numbers_before_ordinary_words_are_no_address():
    assert "ADDRESS" not in types("We shared 3 place holders and 2 via email in 2019 12 times.", "en")


def test_a_year_followed_by_a_word_is_not_a_postcode():
    assert "ADDRESS" not in types("Geboren in 1990 te Utrecht, verhuisd in 2001 en werk gezocht.", "nl")


def test_date_of_birth_is_separate_from_other_dates():
    found = types("Geboortedatum: 12-03-1990. In dienst sinds 1 maart 2016.", "nl")
    assert found["DATE_OF_BIRTH"] == ["12-03-1990"]
    assert "1 maart 2016" in found["DATE_TIME"]
    assert types("Date of birth: March 3, 1990", "en")["DATE_OF_BIRTH"] == ["March 3, 1990"]


def test_a_date_of_birth_is_also_an_age_and_stays_a_date_of_birth():
    """Both apply: PII, and a protected characteristic that may not steer hiring."""
    for text, lang in (
        ("Geboortedatum: 14-03-1968 | Woonplaats: Zwolle", "nl"),
        ("Date of birth: 02/11/1959", "en"),
    ):
        found = types(text, lang)
        assert found["DATE_OF_BIRTH"] == found["AGE"], text


def test_dutch_passport_number():
    assert types("Paspoortnummer: NP1234567", "nl")["ID_DOCUMENT"] == ["NP1234567"]
    assert types("Passport no. X12345678", "en")["ID_DOCUMENT"] == ["X12345678"]


# --- names and places ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mijn naam is Jan de Vries en ik zoek werk.", "Jan de Vries"),
        ("Gisteren sprak ik met mevr. Bakker over de vacature.", "Bakker"),
        ("Kun je Mohamed El Idrissi morgen bellen?", "Mohamed El Idrissi"),
        ("Naam: Sanne van den Berg", "Sanne van den Berg"),
        ("Met vriendelijke groet,\nFatima Yilmaz", "Fatima Yilmaz"),
        ("Referentie: dhr. J.P. Balkenende", "J.P. Balkenende"),
    ],
)
def test_dutch_names(text, name):
    assert name in types(text, "nl")["PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Stuur het cv van Jeroen van den Berg door naar Anouk.", ["Jeroen van den Berg", "Anouk"]),
        ("Jan-Willem de Groot is teamleider bij de gemeente Rotterdam.", ["Jan-Willem de Groot"]),
        ("Chidi Okafor heeft een achtergrond in supply chain.", ["Chidi Okafor"]),
        # a heading or job title running into the name is not part of it
        ("Teamleider Backend Marco Rossi zoekt versterking.", ["Marco Rossi"]),
        # two names side by side, as in a flattened PDF, are two people
        ("Referenties Karin Zwetsloot Thijs Hoekstra", ["Karin Zwetsloot", "Thijs Hoekstra"]),
        # the surname alone, once the full name has been written
        (
            "Vandaag sprak ik met Pieter Verhoeven over de functie. Verhoeven heeft tien jaar ervaring.",
            ["Pieter Verhoeven", "Verhoeven"],
        ),
    ],
)
def test_dutch_names_whole(text, names):
    assert types(text, "nl")["PERSON"] == names


def test_dutch_names_are_the_same_when_scanned_from_many_threads():
    """The Dutch name tagger holds one sentence at a time; a server scans from several threads."""
    texts = [
        f"Gesprek {n}: {first} {last} heeft ervaring met Python. {last} begint in maart."
        for n, (first, last) in enumerate(
            [("Sanne", "Visser"), ("Ahmed", "Benali"), ("Fleur", "Dijkstra"), ("Tim", "Bakker")] * 6
        )
    ]
    alone = [types(text, "nl").get("PERSON") for text in texts]
    with ThreadPoolExecutor(max_workers=6) as pool:
        together = list(pool.map(lambda text: types(text, "nl").get("PERSON"), texts))
    assert together == alone
    assert alone[1] == ["Ahmed Benali", "Benali"]


def test_english_names():
    assert "John Smith" in types("Yesterday John Smith joined our team in London.", "en")["PERSON"]


def test_dutch_common_words_and_places_are_not_names():
    found = types("Ik woon in Utrecht en werk met Python bij de Gemeente.", "nl")
    assert "PERSON" not in found
    assert found["LOCATION"] == ["Utrecht"]


def test_language_skill_is_not_a_location():
    found = types("Talen: Dutch (C2), English (C1)", "en")
    assert "LOCATION" not in found


# --- world places, postal address blocks, person vetoes ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mr. Leiva flew to LEPPEN on Tuesday morning.", "LEPPEN"),  # unknown place after a place-only cue
        ("I am in ΛΕΥΚΩΣΙΑ for a business trip.", "ΛΕΥΚΩΣΙΑ"),
        ("She grew up in Seinäjoki and moved later.", "Seinäjoki"),  # world list, not Dutch or English
        ("When: 2021-04-16 11:34\nWhere: Upton Scudamore Country Club.", "Upton Scudamore"),
    ],
)
def test_world_places_are_locations_not_people(text, place):
    found = types(text, "en")
    assert place in found.get("LOCATION", []) + found.get("ADDRESS", [])
    assert place not in found.get("PERSON", [])


def test_a_plain_word_after_a_place_cue_is_not_a_place():
    assert "LOCATION" not in types("I am in Love with this product.", "en")


def test_postal_address_block_town_and_postcode_are_address():
    text = "William Hughes\n\n20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488\nThanks a lot"
    found = types(text, "en")
    assert {"Riisa", "Estonia 62488"} <= set(found["ADDRESS"])
    assert found["PERSON"] == ["William Hughes"]
    assert "Thanks a lot" not in found["ADDRESS"]  # a sentence after the block is not part of it


def test_town_after_street_on_the_same_line_and_us_city_state_zip():
    assert "Goiânia" in types("Ama lives at 86036 Rua do Arenque 1634, Goiânia", "en")["ADDRESS"]
    assert types("Ship it to Colorado Springs, CO 70079 please.", "en")["ADDRESS"] == [
        "Colorado Springs, CO 70079"
    ]


def test_street_name_without_number_is_address_not_a_person():
    found = types("The shows on Marina Fort Street were important to them.", "en")
    assert "PERSON" not in found
    assert found["ADDRESS"] == ["Marina Fort Street"]


def test_a_capitalised_word_opening_a_bullet_is_not_a_name():
    text = "Werkervaring\n- Bouwde de data warehouse-migratie naar BigQuery.\n- Sanne Bakker (product owner)"
    assert types(text, "nl")["PERSON"] == ["Sanne Bakker"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [("hoi, ik heet sanne de vries", "nl", "sanne de vries"), ("mijn naam is jan", "nl", "jan")],
)
def test_lower_case_name_after_a_name_cue(text, lang, name):
    assert types(text, lang)["PERSON"] == [name]


@pytest.mark.parametrize("text", ["my name is on the list", "ik heet de nieuwe collega welkom"])
def test_lower_case_words_after_a_name_cue_that_are_no_names(text):
    assert "PERSON" not in types(text)


def test_capitalised_common_words_are_not_english_names():
    assert "PERSON" not in types("Remember the time? God gave rock and roll to you.", "en")


def test_person_cues_before_and_after_a_foreign_name():
    assert types("Sometimes people call me Csanád.", "en")["PERSON"] == ["Csanád"]
    assert types("Trivo lives on the third floor.", "en")["PERSON"] == ["Trivo"]
    assert "PERSON" not in types("Amsterdam lives on tourism.", "en")


def test_technology_names_are_skills_not_people_or_places():
    text = (
        "Ontwikkeling van microservices in Python met Django en FastAPI, gedeployed op Kubernetes. "
        "Streaming met Kafka. CI/CD met GitLab. Designed the data platform on PostgreSQL. "
        "Jan Jansen is mijn referentie; ik woon in Utrecht."
    )
    redacted = guardrails.redact(text, "storage")
    for skill in ("Django", "FastAPI", "Kubernetes", "Kafka", "GitLab", "PostgreSQL"):
        assert skill in redacted, redacted
    assert "Jan Jansen" not in redacted and "Utrecht" not in redacted


def test_a_list_block_without_evidence_keeps_the_language_of_the_text_before_it():
    text = (
        "Profiel\nIk ben een ervaren data engineer en ik werk graag in teams met heldere afspraken.\n\n"
        "Vaardigheden\nPython, SQL, Kafka, Docker.\nTalen: Nederlands (moedertaal), Engels (C2).\n\n"
        "Summary\nI am an experienced data engineer who enjoys working in teams with clear agreements."
    )
    langs = [(s.lang, text[s.start : s.end].split("\n")[0]) for s in language.segments(text)]
    assert langs == [("nl", "Profiel"), ("en", "Summary")]
    assert "LOCATION" not in types(text)  # language names in the skills block are no places


def test_language_names_are_no_places_even_after_english_text():
    """A Dutch CV with English experience bullets: its language block reaches the English model, which
    reads "Nederlands" and "Engels" as places; they are skills and must survive redaction for matching."""
    text = (
        "WERKERVARING\n2019 – 2022  Python Developer – Brumleve Logistiek, Leiden\n"
        "  - Built background jobs with Celery and Redis\n  - Migrated a monolith to FastAPI services\n\n"
        "TALEN\nNederlands (moedertaal), Engels (B2)\n\nI moved here from New Zealand in 2015."
    )
    redacted = guardrails.redact(text, "vector_index")
    assert "Nederlands (moedertaal), Engels (B2)" in redacted
    assert "New Zealand" not in redacted and "Leiden" not in redacted


@pytest.mark.parametrize(
    "text",
    [
        "Wij zoeken een Spaanstalige collega; Italiaans of Portugees is een pluspunt.",
        "De Belgische en Nederlandse vestigingen werken samen met Marokkaanse partners.",
        "Talen: Nederlands (moedertaal), Turks (C1), Arabisch (B1)",
    ],
)
def test_dutch_language_and_nationality_words_are_not_people(text):
    """Dutch capitalises languages and nationalities; redacting them would strip skills and context."""
    assert "PERSON" not in types(text, "nl")
