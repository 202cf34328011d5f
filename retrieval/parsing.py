"""Turn a CV file (PDF, DOCX, TXT, MD or a JSON candidate export) into plain text.

Every failure raises `ParseError` naming the file, so a batch can report it and go on.

JSON candidate export (one candidate per file, UTF-8). Every field is optional except that the
document must yield some CV text:

    {
      "id": "ats-123",                        # external id (connectors use it in the source_ref)
      "name": "...", "email": "...", "phone": "...",   # identity: encrypted, never part of the text
      "headline": "Senior Python Developer",
      "summary": "free text",
      "location": "Utrecht",                   # city only
      "availability": "per 1 maart",
      "experience": [{"title", "employer", "start", "end", "description"}],
      "education":  [{"degree", "institution", "start", "end"}],
      "skills": ["Python", "Django"],
      "languages": [{"language": "Nederlands", "level": "C2"}, "English (C1)"],
      "certifications": ["AWS Certified Developer"],
      "text": "the full CV text, if the ATS has it"
    }

The structured fields are rendered into text with the same section headings a CV has, so everything
downstream (redaction, sections, profile, evidence offsets) treats all formats alike. The identity
fields are kept out of that text on purpose: they go straight to the encrypted identity.
"""

from __future__ import annotations

import io
import json
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SUPPORTED = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "md", ".markdown": "md", ".json": "json"}
MIN_TEXT_CHARS = 20


class ParseError(ValueError):
    """The file cannot be read as a CV; the message names the file and says why."""

    def __init__(self, filename: str, reason: str) -> None:
        super().__init__(f"{filename}: {reason}")
        self.filename = filename
        self.reason = reason


@dataclass(frozen=True)
class ParsedDocument:
    text: str
    format: str
    identity_hint: dict[str, str] = field(default_factory=dict)  # from structured exports only


def parse_file(path: Path) -> ParsedDocument:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(path.name, f"cannot read the file ({exc.strerror or type(exc).__name__})") from None
    return parse_bytes(path.name, data)


def parse_bytes(filename: str, data: bytes) -> ParsedDocument:
    kind = SUPPORTED.get(Path(filename).suffix.lower())
    if kind is None:
        raise ParseError(filename, "unsupported file type (use PDF, DOCX, TXT, MD or JSON)")
    if not data:
        raise ParseError(filename, "the file is empty")
    identity: dict[str, str] = {}
    if kind == "pdf":
        text = _pdf_text(filename, data)
    elif kind == "docx":
        text = _docx_text(filename, data)
    elif kind == "json":
        text, identity = _json_text(filename, data)
    else:
        text = _decode(data)
        if kind == "md":
            text = _strip_markdown(text)
    text = normalise_text(text)
    if len(text.strip()) < MIN_TEXT_CHARS:
        raise ParseError(filename, "no readable text (a scanned image or an empty document?)")
    return ParsedDocument(text=text, format=kind, identity_hint=identity)


def normalise_text(text: str) -> str:
    """One canonical form, so offsets and content hashes are stable across re-ingests."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\t", " ").replace("\x00", "")
    lines = [re.sub(r" {2,}", "  ", line).rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


# pypdf logs its repairs of damaged files ("EOF marker not found") straight to stderr, at times quoting
# bytes of the document; the caller gets one clear ParseError instead, and no log line carries CV content.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def _pdf_text(filename: str, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ParseError(filename, "the PDF is encrypted (password protected)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ParseError:
        raise
    except FileNotDecryptedError:
        raise ParseError(filename, "the PDF is encrypted (password protected)") from None
    except Exception as exc:  # pypdf raises many internal types (PdfReadError, KeyError ...) on damaged files
        raise ParseError(filename, f"corrupt or unreadable PDF ({type(exc).__name__})") from None
    return "\n\n".join(pages)


def _docx_text(filename: str, data: bytes) -> str:
    import docx

    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # OLE container: an encrypted Office file (or .doc)
        raise ParseError(filename, "the DOCX is encrypted (password protected) or an old .doc file")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # BadZipFile, KeyError (missing parts), lxml errors ...
        raise ParseError(filename, f"corrupt or unreadable DOCX ({type(exc).__name__})") from None
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:
                if cell.text.strip() and cell.text not in cells:
                    cells.append(cell.text.strip())
            if cells:
                parts.append("  ".join(cells))
    return "\n".join(parts)


def _strip_markdown(text: str) -> str:
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.M)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    return re.sub(r"^\s*[*+]\s+", "- ", text, flags=re.M)


def _json_text(filename: str, data: bytes) -> tuple[str, dict[str, str]]:
    try:
        record = json.loads(_decode(data))
    except json.JSONDecodeError as exc:
        raise ParseError(filename, f"invalid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(record, dict):
        raise ParseError(filename, "a JSON candidate export must be one object (see retrieval/parsing.py)")
    identity = {k: str(record[k]).strip() for k in ("name", "email", "phone") if _present(record.get(k))}
    parts: list[str] = []
    for key in ("headline", "location", "availability"):
        if _present(record.get(key)):
            label = {"headline": "", "location": "Location: ", "availability": "Availability: "}[key]
            parts.append(f"{label}{_str(record[key])}")
    if _present(record.get("summary")):
        parts += ["", "Profile", _str(record["summary"])]
    experience = _list(record.get("experience"))
    if experience:
        parts += ["", "Work experience"]
        for item in experience:
            if isinstance(item, dict):
                period = " - ".join(_str(item[k]) for k in ("start", "end") if _present(item.get(k)))
                head = ", ".join(_str(item[k]) for k in ("title", "employer") if _present(item.get(k)))
                parts.append(f"{period}  {head}".strip())
                if _present(item.get("description")):
                    parts.append(_str(item["description"]))
            else:
                parts.append(_str(item))
    education = _list(record.get("education"))
    if education:
        parts += ["", "Education"]
        for item in education:
            if isinstance(item, dict):
                period = " - ".join(_str(item[k]) for k in ("start", "end") if _present(item.get(k)))
                head = ", ".join(_str(item[k]) for k in ("degree", "institution") if _present(item.get(k)))
                parts.append(f"{period}  {head}".strip())
            else:
                parts.append(_str(item))
    for key, heading in (("skills", "Skills"), ("certifications", "Certifications")):
        items = _list(record.get(key))
        if items:
            parts += ["", heading] + [f"- {_str(i)}" for i in items]
    languages = _list(record.get("languages"))
    if languages:
        parts += ["", "Languages"]
        for item in languages:
            if isinstance(item, dict):
                level = f" ({_str(item['level'])})" if _present(item.get("level")) else ""
                parts.append(f"- {_str(item.get('language', ''))}{level}")
            else:
                parts.append(f"- {_str(item)}")
    if _present(record.get("text")):
        parts += ["", _str(record["text"])]
    return "\n".join(parts), identity


def _present(value: Any) -> bool:
    return value is not None and str(value).strip() != ""


def _str(value: Any) -> str:
    return str(value).strip()


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
