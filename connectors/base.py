"""The one small interface every source implements: changes since a cursor, fetch a document, health.

A connector knows nothing about candidates or storage; `connectors.sync` turns its changes into
ingests, updates and retention-governed deletions, so every source behaves the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol


class ConnectorError(Exception):
    """The source refused or failed; the message says what is wrong and is safe to show an admin."""


@dataclass(frozen=True)
class Change:
    ref: str  # stable id of the document in the source
    kind: Literal["upsert", "delete"]
    name: str = ""  # file name: its extension picks the parser
    what: Literal["candidate", "vacancy"] = "candidate"
    inline: bytes | None = None  # content that came with the change (ATS feeds), instead of a fetch
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Page:
    changes: list[Change]
    cursor: str | None  # save it after the page is processed: a restart resumes here


@dataclass(frozen=True)
class Health:
    ok: bool
    detail: str


class Connector(Protocol):
    kind: str
    sourced: bool  # True when candidates did not send us their data themselves (GDPR Art. 14)

    def pages(self, cursor: str | None) -> Iterator[Page]:
        """Pages of changes since `cursor` (None: everything), oldest first."""
        ...

    def fetch(self, change: Change) -> bytes: ...

    def health(self) -> Health: ...
