"""A local folder, for on-premise use and the demo. The cursor remembers each file's size and mtime."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from connectors.base import Change, ConnectorError, Health, Page
from retrieval.parsing import SUPPORTED


class FolderConnector:
    kind = "folder"

    def __init__(self, path: str, *, sourced: bool = False) -> None:
        self.root = Path(path).expanduser()
        self.sourced = sourced

    def _ref(self, path: Path) -> str:
        """Hashed relative path: file names often carry the candidate's name."""
        return hashlib.sha256(str(path.relative_to(self.root)).encode()).hexdigest()[:32]

    def _listing(self) -> dict[str, tuple[Path, str]]:
        if not self.root.is_dir():
            raise ConnectorError(f"folder {self.root} does not exist or is not a directory")
        out = {}
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and path.suffix.lower() in SUPPORTED:
                stat = path.stat()
                out[self._ref(path)] = (path, f"{stat.st_size}:{stat.st_mtime_ns}")
        return out

    def pages(self, cursor: str | None) -> Iterator[Page]:
        seen: dict[str, str] = json.loads(cursor) if cursor else {}
        listing = self._listing()
        changes = [
            Change(ref, "upsert", path.name)
            for ref, (path, version) in listing.items()
            if seen.get(ref) != version
        ]
        changes += [Change(ref, "delete") for ref in seen if ref not in listing]
        yield Page(
            changes, json.dumps({ref: version for ref, (_, version) in listing.items()}, sort_keys=True)
        )

    def fetch(self, change: Change) -> bytes:
        for ref, (path, _) in self._listing().items():
            if ref == change.ref:
                return path.read_bytes()
        raise ConnectorError("the file disappeared before it could be read")

    def health(self) -> Health:
        try:
            count = len(self._listing())
        except ConnectorError as exc:
            return Health(False, str(exc))
        return Health(True, f"{count} supported files in {self.root}")
