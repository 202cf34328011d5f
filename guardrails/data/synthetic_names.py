"""Synthetic, licence-clean training text for the person-name model (see build_names.py).

Hand-written Dutch (and a few English) sentence templates filled with Faker names, places, streets and
companies (MIT) and ESCO job and skill labels (EU reuse policy). Companies such as "Koninklijke Winters"
and places such as "Winterswijk" put surnames and name-like words into non-name positions, so the
statistics learn that a known name word is not always a person. Nothing here is read from CoNLL-2002.
"""

from __future__ import annotations

import gzip
import importlib
import json
import random
from collections.abc import Callable
from pathlib import Path

from faker import Faker

from guardrails.data.conll import Sentence

ESCO = Path(__file__).resolve().parents[2] / "retrieval" / "data"
# Slots: {P} full name, {F} first name, {L} surname, {I} initials + surname, {T} title + surname,
# {C} place, {O} company, {S} street, {J} job title, {JC} capitalised job title, {K} skill, {D} date,
# {N} language or nationality word, {E} English street name.
TEMPLATES = (
    "Volgens {P} , {J} bij {O} , is de vraag naar personeel groot .",
    "{P} woont in {C} en werkt als {J} .",
    "Contactpersoon : {P}",
    "Naam : {P}",
    "Met vriendelijke groet , {P}",
    "Ik heet {P} en ik solliciteer naar de functie van {J} .",
    "Mijn naam is {F} {L} .",
    "{T} is sinds {D} {J} bij {O} in {C} .",
    "Referentie : {T} , {J} bij {O} .",
    "Gisteren sprak ik met {F} over de vacature in {C} .",
    "{F} heeft ervaring met {K} en {K} .",
    "De kandidaat , {P} , is beschikbaar vanaf {D} .",
    "Wij hebben {I} uitgenodigd voor een gesprek op {D} .",
    "{JC} {P} zegt dat het project in {C} goed loopt .",
    "Het kantoor van {O} ligt aan de {S} in {C} .",
    "{O} opent een nieuwe vestiging in {C} .",
    "In {C} zoekt {O} een {J} met kennis van {K} .",
    "{L} werkte eerder bij {O} als {J} .",
    "Op {D} begint {F} bij de afdeling {K} .",
    "{JC} gezocht in {C} en omgeving .",
    "{JC} met ervaring in {K} gevraagd .",
    "Graag stel ik {T} aan u voor .",
    "{P} ( {J} ) leidt het team in {C} .",
    "Bel {F} op maandag of dinsdag .",
    "Het adres is {S} 12 , {C} .",
    "{K} is een vereiste voor deze functie bij {O} .",
    "Na overleg met {P} en {P} besloot {O} te verhuizen naar {C} .",
    "Ook {L} en {L} waren aanwezig in {C} .",
    "Beste {F} , bedankt voor je cv .",
    "Beste {T} , hierbij de planning voor {D} .",
    '{P} , {J} : " We zoeken mensen met {K} . "',
    "Dat zegt {P} van {O} .",
    "Volgens {L} is {C} een goede plek voor {O} .",
    "De vacature voor {J} in {C} staat open tot {D} .",
    "{C} en {C} werken samen met {O} .",
    "Aanwezig : {P} , {P} en {I} .",
    "Van : {P}",
    "Op {D} heeft {F} een gesprek met {O} .",
    "Ervaring : {J} bij {O} , {C} .",
    "Opleiding : {K} in {C} .",
    "{O} uit {C} wint de prijs .",
    "De wedstrijd tussen {C} en {C} eindigde in een gelijkspel .",
    "Trainer {L} van {C} was tevreden .",
    "{L} ( {C} ) werd tweede achter {P} .",
    "My name is {P} and I live in {C} .",
    "Please contact {T} at {O} .",
    "{P} joined {O} as {J} in {C} .",
    "Kind regards , {P}",
    "I met {F} in {C} last week .",
    "Talen : {N} ( moedertaal ) , {N} ( B2 ) , {N}",
    "{P} spreekt vloeiend {N} en {N} .",
    "Volgens de {N} minister is de economie gegroeid .",
    "De {N} ploeg won van {C} .",
    "{N} is een vereiste , kennis van {N} is een pré .",
    "Het {N} bedrijf {O} neemt {O} over .",
    "{F} is een {N} {J} uit {C} .",
    "{O} ( {C} ) zoekt een {J} .",
    "{C} ( {N} ) is een mooie stad .",
    "Vestigingen : {C} ( 2019 ) , {C} ( 2021 ) .",
    "The shop on {E} closed last year .",
    "{P} lives on {E} in {C} .",
    "The parade on {E} was cancelled .",
)
TITLES = ("dhr.", "mevr.", "meneer", "mevrouw", "dr.", "ir.", "drs.", "Mr.", "Ms.")
# Names from locales outside the lexicons: real text names people no lexicon knows, and the weights must
# learn what such a name looks like (its characters and context) rather than trust the lexicons alone.
UNSEEN_LOCALES = ("cs_CZ", "fi_FI", "hu_HU", "pt_PT", "hr_HR", "sk_SK", "lv_LV", "id_ID", "yo_NG", "no_NO")
UNSEEN_SHARE = 0.3
# Dutch capitalises languages, nationalities and their adjectives; some are surnames too ("Engels").
NATIONAL = (
    "Nederlands",
    "Engels",
    "Duits",
    "Frans",
    "Spaans",
    "Italiaans",
    "Portugees",
    "Turks",
    "Arabisch",
    "Pools",
    "Russisch",
    "Chinees",
    "Japans",
    "Grieks",
    "Zweeds",
    "Deens",
    "Noors",
    "Fins",
    "Hongaars",
    "Roemeens",
    "Bulgaars",
    "Tsjechisch",
    "Oekraïens",
    "Hindi",
    "Berbers",
    "Papiaments",
    "Fries",
    "Vlaams",
    "Marokkaans",
    "Surinaams",
    "Antilliaans",
    "Belgisch",
    "Europees",
    "Amerikaans",
    "Brits",
    "Nederlandse",
    "Engelse",
    "Duitse",
    "Franse",
    "Spaanse",
    "Italiaanse",
    "Turkse",
    "Poolse",
    "Russische",
    "Chinese",
    "Belgische",
    "Europese",
    "Amerikaanse",
    "Britse",
    "Marokkaanse",
    "Surinaamse",
    "Vlaamse",
    "Friese",
    "Limburgse",
    "Brabantse",
    "Zeeuwse",
    "Groningse",
)
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober")


def _provider(kind: str, locale: str):
    return importlib.import_module(f"faker.providers.{kind}.{locale}").Provider


def _pool(value) -> list[str]:
    return list(value.keys() if isinstance(value, dict) else value)


def _esco_labels(name: str, key: str) -> list[str]:
    rows = json.loads(gzip.decompress((ESCO / name).read_bytes()))
    out: list[str] = []
    for row in rows:
        value = row.get(key)
        out += value if isinstance(value, list) else [value] if value else []
    return [label for label in out if len(label.split()) <= 4]


class _Slots:
    """Random fillers for the template slots; each returns (tokens, entity type or None)."""

    def __init__(self, rng: random.Random, locales: tuple[str, ...]) -> None:
        self.rng = rng
        every = (*locales, *UNSEEN_LOCALES)
        self.first = {loc: _pool(_provider("person", loc).first_names) for loc in every}
        self.last = {loc: _pool(_provider("person", loc).last_names) for loc in every}
        self.cities = [c for loc in ("nl_NL", "nl_BE") for c in _provider("address", loc).cities]
        self.cities += [c for c in _provider("address", "nl_NL").countries if len(c) <= 30]
        self.fake = Faker("nl_NL")
        self.fake.seed_instance(rng.random())
        self.fake_en = Faker("en_US")
        self.fake_en.seed_instance(rng.random())
        self.jobs = _esco_labels("occupations.json.gz", "labels_nl")
        self.skills = _esco_labels("skills.json.gz", "label_nl")
        self.locales = locales

    def person(self) -> tuple[str, str]:
        """A first name and surname: the first two locales (the home ones) most often, then the other
        lexicon locales, then locales the lexicons leave out."""
        draw = self.rng.random()
        if draw < UNSEEN_SHARE:
            loc = self.rng.choice(UNSEEN_LOCALES)
        else:
            loc = self.rng.choice(self.locales[:2] if draw < 0.7 else self.locales)
        return self.rng.choice(self.first[loc]), self.rng.choice(self.last[loc])

    def fillers(self, cast: list[tuple[str, str]]) -> dict[str, Callable[[], tuple[str, str | None]]]:
        rng = self.rng

        def initials() -> tuple[str, str]:
            first, last = rng.choice(cast)
            extra = f"{rng.choice('ABCDEFGHJKLMNPRSTW')}." if rng.random() < 0.3 else ""
            return f"{first[0]}.{extra} {last}", "PER"

        return {
            "P": lambda: (" ".join(rng.choice(cast)), "PER"),
            "F": lambda: (rng.choice(cast)[0], "PER"),
            "L": lambda: (rng.choice(cast)[1], "PER"),
            "I": initials,
            "T": lambda: (f"{rng.choice(TITLES)} \x00{rng.choice(cast)[1]}", "PER"),
            "C": lambda: (rng.choice(self.cities), "LOC"),
            "O": lambda: (self.fake.company(), "ORG"),
            "S": lambda: (self.fake.street_name(), "LOC"),
            "J": lambda: (rng.choice(self.jobs), None),
            "JC": lambda: ((j := rng.choice(self.jobs))[:1].upper() + j[1:], None),
            "K": lambda: (rng.choice(self.skills), None),
            "D": lambda: (f"{rng.randint(1, 28)} {rng.choice(MONTHS)}", None),
            "N": lambda: (rng.choice(NATIONAL), "MISC"),
            "E": lambda: (self.fake_en.street_name(), "LOC"),
        }


def _sentence(template: str, fill: dict, doc: int) -> Sentence:
    tokens: list[str] = []
    tags: list[str] = []
    for part in template.split():
        if not (part.startswith("{") and part.endswith("}")):
            tokens.append(part)
            tags.append("O")
            continue
        text, kind = fill[part[1:-1]]()
        # "\x00" marks where the entity starts after a leading word that is not part of it (a title).
        lead, _, entity = text.rpartition("\x00")
        for word in lead.split():
            tokens.append(word)
            tags.append("O")
        for k, word in enumerate(entity.split()):
            tokens.append(word)
            tags.append("O" if kind is None else f"{'B' if k == 0 else 'I'}-{kind}")
    tokens[0] = tokens[0][:1].upper() + tokens[0][1:]
    return Sentence(tokens, tags, doc)


def corpus(locales: tuple[str, ...], docs: int = 4000, seed: int = 13) -> list[Sentence]:
    """Documents of 3 to 8 template sentences about a cast of 1 to 3 people (names recur in a document)."""
    rng = random.Random(seed)
    slots = _Slots(rng, locales)
    out: list[Sentence] = []
    for doc in range(docs):
        cast = [slots.person() for _ in range(rng.randint(1, 3))]
        fill = slots.fillers(cast)
        out += [_sentence(rng.choice(TEMPLATES), fill, doc) for _ in range(rng.randint(3, 8))]
    return out
