"""What each destination may receive. This table is the single place that decides it.

Reading the table: a type listed in `allow` passes through unredacted; everything else found in the text
is replaced by a typed placeholder (`<NL_BSN>`, `<HEALTH>`), and names by a pseudonym (`<PERSON_1>`) when
`pseudonymise_names` is set. Special categories are allowed nowhere. Unknown types are redacted everywhere.

| destination    | passes through                                                         | names            |
|----------------|------------------------------------------------------------------------|------------------|
| llm_prompt     | DATE_TIME                                                              | <PERSON_n>       |
| vector_index   | DATE_TIME                                                              | <PERSON_n>       |
| storage        | DATE_TIME                                                              | <PERSON_n>       |
| log            | nothing                                                                | <PERSON>         |
| channel_post   | PERSON (tenant may switch off), LOCATION, DATE_TIME                    | real/<PERSON_n>  |
| dm_authorised  | PERSON, contact details, LOCATION, dates, AGE, NATIONALITY, MARITAL_STATUS | real         |

Why DATE_TIME passes to the LLM, the index and storage: work-history dates ("2016 - 2021") are what a match
is explained with; the personal dates are separate types (DATE_OF_BIRTH, AGE) and are redacted there.
Why PREGNANCY is withheld even from authorised humans: no lawful recruiting purpose exists for it (AWGB).
Why BSN, IBAN, ID documents, credit cards and IP addresses never leave: recruiting needs none of them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from types import MappingProxyType


class Destination(StrEnum):
    llm_prompt = "llm_prompt"
    vector_index = "vector_index"
    log = "log"
    channel_post = "channel_post"
    dm_authorised = "dm_authorised"
    storage = "storage"


@dataclass(frozen=True, slots=True)
class Rule:
    allow: frozenset[str]
    pseudonymise_names: bool
    why: str


CONTACT = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "ADDRESS", "URL"})
NEVER = frozenset({"NL_BSN", "IBAN_CODE", "ID_DOCUMENT", "CREDIT_CARD", "IP_ADDRESS"})

_MACHINE = Rule(frozenset({"DATE_TIME"}), True, "machines get no personal data; names become pseudonyms")

RULES: MappingProxyType[Destination, Rule] = MappingProxyType(
    {
        Destination.llm_prompt: _MACHINE,
        Destination.vector_index: _MACHINE,
        Destination.storage: _MACHINE,
        Destination.log: Rule(frozenset(), False, "logs carry placeholders only"),
        Destination.channel_post: Rule(
            frozenset({"PERSON", "LOCATION", "DATE_TIME"}),
            True,
            "a channel is seen by many: names if the tenant allows, no contact details or identifiers",
        ),
        Destination.dm_authorised: Rule(
            frozenset(
                {"PERSON", "LOCATION", "DATE_TIME", "DATE_OF_BIRTH", "AGE", "NATIONALITY", "MARITAL_STATUS"}
            )
            | CONTACT,
            True,
            "an authorised recruiter may contact the candidate; special categories never",
        ),
    }
)


@dataclass(frozen=True, slots=True)
class Policy:
    """The redaction policy; `channel_names` is the one tenant switch (names in channel posts)."""

    channel_names: bool = True

    def rule(self, destination: Destination | str) -> Rule:
        try:
            dest = Destination(destination)
        except ValueError as exc:
            names = ", ".join(d.value for d in Destination)
            raise ValueError(f"unknown destination {destination!r}: use one of {names}") from exc
        rule = RULES[dest]
        if dest is Destination.channel_post and not self.channel_names:
            return replace(rule, allow=rule.allow - {"PERSON"})
        return rule

    def allows(self, destination: Destination | str, entity_type: str) -> bool:
        return entity_type in self.rule(destination).allow


DEFAULT_POLICY = Policy()
