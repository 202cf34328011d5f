"""The committed demo data set: ~40 parseable CVs whose planted hazards really are in the text a parser sees.

Guardrail and demo tests rely on `bot/demo/demo.json` "planted": if a phrase were missing from the parsed CV,
a "nothing leaked" assertion about it would pass for the wrong reason. The checks here keep that honest.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
from collections import Counter
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from pypdf.errors import PdfReadError

DEMO = Path(__file__).resolve().parents[1] / "bot" / "demo"
MANIFEST = json.loads((DEMO / "demo.json").read_text(encoding="utf-8"))
CV_FILES = sorted(p for p in (DEMO / "cvs").iterdir() if p.name.startswith("cv-"))
CV_BY_FILE = {entry["file"]: entry for entry in MANIFEST["cvs"]}


def parse(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    if path.suffix == ".docx":
        return "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)
    return path.read_text(encoding="utf-8")


def flat(text: str) -> str:
    """PDF extraction wraps long lines; phrases are compared with whitespace collapsed."""
    return re.sub(r"\s+", " ", text)


def elf_proof(bsn: str) -> bool:
    if not re.fullmatch(r"\d{9}", bsn):
        return False
    return sum(int(d) * w for d, w in zip(bsn, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True)) % 11 == 0


def iban_checksum_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def test_forty_cvs_in_three_formats_and_two_languages():
    assert len(CV_FILES) == 40
    formats = Counter(p.suffix for p in CV_FILES)
    assert formats == {".txt": 16, ".docx": 12, ".pdf": 12}
    assert {f"cvs/{p.name}" for p in CV_FILES} == set(CV_BY_FILE)
    languages = Counter(entry["language"] for entry in MANIFEST["cvs"])
    assert languages["nl"] >= 15 and languages["en"] >= 15 and languages["mix"] >= 3
    assert sum(p.stat().st_size for p in (DEMO / "cvs").iterdir()) < 3_000_000


@pytest.mark.parametrize("path", CV_FILES, ids=lambda p: p.name)
def test_each_cv_parses_into_a_one_to_two_page_cv(path):
    text = parse(path)
    entry = CV_BY_FILE[f"cvs/{path.name}"]
    assert 1_400 <= len(text) <= 3_800, len(text)
    assert entry["name"] in text and entry["email"] in text and entry["phone"] in text
    assert entry["email"].rsplit("@", 1)[1] in {"example.com", "example.net", "example.org"}
    headings = (
        {"Werkervaring", "Opleiding", "Talen"} if entry["language"] != "en" else {"Experience", "Education"}
    )
    lowered = text.lower()
    assert all(h.lower() in lowered for h in headings)
    if entry["city"] == "USA":
        assert re.search(r"\+1 \(\d{3}\) 555-01\d\d", text)
    else:
        assert re.search(r"\b\d{4} [A-Z]{2} " + re.escape(entry["city"]), text)  # Dutch postcode
        assert re.search(r"(\+31 6|06)[ -]\d", text)
    if path.suffix == ".pdf":
        assert len(PdfReader(path).pages) <= 2


def test_cvs_cover_every_vacancy_with_strong_medium_and_weak_fits():
    vacancy_ids = {v["id"] for v in MANIFEST["vacancies"]}
    fits = {(e["vacancy"], e["fit"]) for e in MANIFEST["cvs"]}
    for vid in vacancy_ids:
        assert {(vid, "strong"), (vid, "medium"), (vid, "weak")} <= fits
    assert sum(e["vacancy"] is None for e in MANIFEST["cvs"]) >= 5  # unrelated professions


@pytest.mark.parametrize("file", sorted(MANIFEST["planted"]))
def test_planted_hazards_are_in_the_parsed_text(file):
    text = flat(parse(DEMO / file))
    planted = MANIFEST["planted"][file]
    phrases = [h["text"] for h in planted.get("special_category", [])]
    phrases += [h["marker"] for h in planted.get("special_category", [])]
    for key in ("bsn", "iban", "date_of_birth", "personal", "prompt_injection"):
        phrases += planted.get(key, [])
    assert phrases
    for phrase in phrases:
        assert flat(phrase) in text, phrase


def test_planted_hazards_cover_the_demo_scenarios():
    planted = MANIFEST["planted"]
    special = {f: p["special_category"] for f, p in planted.items() if p.get("special_category")}
    assert len(special) >= 8
    categories = {h["category"] for hazards in special.values() for h in hazards}
    assert {"health", "religion", "trade_union", "sexual_orientation", "criminal", "political"} <= categories
    assert {Path(f).suffix for f in special} == {".txt", ".docx", ".pdf"}
    bsns = [b for p in planted.values() for b in p.get("bsn", [])]
    assert len(bsns) >= 5 and len(set(bsns)) == len(bsns)
    injections = [f for f, p in planted.items() if p.get("prompt_injection")]
    assert len(injections) == 2
    assert sum("iban" in p for p in planted.values()) >= 2


def test_planted_bsns_pass_the_eleven_proof_and_ibans_their_checksum():
    assert elf_proof("111222333") and not elf_proof("111222334")  # the check itself can fail
    for p in MANIFEST["planted"].values():
        for bsn in p.get("bsn", []):
            assert elf_proof(bsn), bsn
        for iban in p.get("iban", []):
            assert re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", iban) and iban_checksum_ok(iban), iban


def test_broken_pdf_is_listed_and_fails_to_parse():
    assert MANIFEST["corrupt"] == ["cvs/broken.pdf"]
    data = (DEMO / "cvs" / "broken.pdf").read_bytes()
    assert data.startswith(b"%PDF-")  # it looks like a PDF by name and magic bytes
    with pytest.raises(PdfReadError):
        parse(DEMO / "cvs" / "broken.pdf")


def test_tenant_users_and_vacancies():
    assert MANIFEST["tenant"]["id"] == "demo" and MANIFEST["tenant"]["name"] == "Demo BV"
    assert {(u["id"], u["role"]) for u in MANIFEST["users"]} == {
        ("recruiter", "recruiter"),
        ("manager", "hiring_manager"),
        ("admin", "admin"),
    }
    assert len(MANIFEST["vacancies"]) == 5
    assert Counter(v["text_language"] for v in MANIFEST["vacancies"]) == {"nl": 3, "en": 2}
    for vacancy in MANIFEST["vacancies"]:
        markdown = (DEMO / vacancy["file"]).read_text(encoding="utf-8")
        assert markdown.startswith(f"# {vacancy['title']}\n")
        assert len(vacancy["requirements"]["must"]) >= 4 and len(vacancy["requirements"]["nice"]) >= 3
        assert all(
            item in markdown for item in vacancy["requirements"]["must"] + vacancy["requirements"]["nice"]
        )
        assert vacancy["location"].split(" ")[0] in markdown
        assert vacancy["hiring_managers"] == ["manager"]


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> tuple[Path, Path]:
    from bot.demo.generate import generate  # needs the dev extras faker and fpdf2

    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    generate(first)
    generate(second)
    return first, second


def _files(root: Path) -> list[Path]:
    return sorted([root / "demo.json", *(root / "cvs").iterdir()])


def test_generator_is_deterministic(regenerated):
    first, second = regenerated
    assert [p.name for p in _files(first)] == [p.name for p in _files(second)]
    for a, b in zip(_files(first), _files(second), strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_committed_files_match_the_generator(regenerated):
    """Catches an edit to generate.py (or to a CV by hand) without regenerating the committed set."""
    recorded = MANIFEST["generator"]
    installed = {name: importlib.metadata.version(name) for name in ("faker", "fpdf2", "python-docx")}
    if installed["faker"] != recorded["faker"]:
        pytest.skip(
            f"Faker {installed['faker']} is installed; the set was generated with {recorded['faker']}"
        )
    fresh, _ = regenerated
    same_writers = all(installed[name] == recorded[name] for name in ("fpdf2", "python-docx"))
    for path in _files(fresh):
        committed = DEMO / path.relative_to(fresh)
        assert committed.exists(), committed.name
        if path.suffix in (".txt", ".json") or same_writers:
            assert committed.read_bytes() == path.read_bytes(), committed.name
        elif path.name != "broken.pdf":
            assert parse(committed) == parse(path), committed.name
