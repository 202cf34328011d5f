"""Parsing CVs of every supported format, and clear errors for the ones we cannot read."""

from __future__ import annotations

import io
import itertools
import json
import logging
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from retrieval.parsing import ParseError, parse_bytes, parse_file
from retrieval.sections import heading_kind, split_sections

DEMO = Path(__file__).resolve().parents[1] / "bot" / "demo" / "cvs"
CV_LINES = [
    "Sanne Jansen",
    "Werkervaring",
    "2019 - heden  Data Analist, Gemeente Utrecht",
    "Opleiding",
    "2014 - 2018  HBO Bedrijfskunde, Hogeschool Utrecht",
    "Vaardigheden",
    "SQL, Python, Power BI",
    "Talen",
    "Nederlands (moedertaal), Engels (C1)",
]


def _pdf(lines: list[str]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _docx(lines: list[str]) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Certificaten"
    table.rows[0].cells[1].text = "Azure Data Fundamentals"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_pdf_text_is_extracted():
    doc = parse_bytes("cv.pdf", _pdf(CV_LINES))
    assert doc.format == "pdf"
    assert "Data Analist" in doc.text and "Power BI" in doc.text


def test_docx_paragraphs_and_tables_are_extracted():
    doc = parse_bytes("cv.docx", _docx(CV_LINES))
    assert doc.format == "docx"
    assert "Nederlands (moedertaal)" in doc.text
    assert "Azure Data Fundamentals" in doc.text  # table cells count too


def test_txt_and_md_normalise_line_ends_and_markup():
    txt = parse_bytes("cv.txt", "\r\n".join(CV_LINES).encode("cp1252"))
    assert "\r" not in txt.text and "Gemeente Utrecht" in txt.text
    md = parse_bytes(
        "cv.md", b"# Sanne Jansen\n\n## Werkervaring\n- **Data Analist** bij [Gemeente](http://x.nl)\n"
    )
    assert md.text.splitlines()[0] == "Sanne Jansen"
    assert "Data Analist bij Gemeente" in md.text
    assert "**" not in md.text and "http" not in md.text


def test_json_export_renders_sections_and_keeps_identity_out_of_the_text():
    record = {
        "id": "ats-7",
        "name": "Sanne Jansen",
        "email": "sanne@example.org",
        "headline": "Data Analist",
        "experience": [
            {"title": "Data Analist", "employer": "Gemeente Utrecht", "start": "2019", "end": "heden"}
        ],
        "education": [{"degree": "HBO Bedrijfskunde", "institution": "Hogeschool Utrecht", "end": "2018"}],
        "skills": ["SQL", "Power BI"],
        "languages": [{"language": "Nederlands", "level": "C2"}, "Engels (C1)"],
    }
    doc = parse_bytes("export.json", json.dumps(record).encode())
    assert doc.identity_hint == {"name": "Sanne Jansen", "email": "sanne@example.org"}
    assert "Sanne" not in doc.text and "sanne@" not in doc.text
    kinds = [s.kind for s in split_sections(doc.text)]
    assert kinds[1:] == ["experience", "education", "skills", "languages"]
    assert "2019 - heden  Data Analist, Gemeente Utrecht" in doc.text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", "corrupt or unreadable PDF"),
        ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "encrypted"),
        ("bad.docx", b"PK\x03\x04 not really a zip", "corrupt or unreadable DOCX"),
        ("cv.odt", b"whatever", "unsupported file type"),
        ("empty.txt", b"", "empty"),
        ("short.txt", b"hi", "no readable text"),
        ("bad.json", b"{not json", "invalid JSON"),
        ("list.json", b"[1, 2]", "one object"),
    ],
)
def test_unreadable_files_raise_parse_error_naming_the_file(name, data, reason):
    with pytest.raises(ParseError) as info:
        parse_bytes(name, data)
    assert str(info.value).startswith(f"{name}: ")
    assert reason in str(info.value)


def test_a_damaged_pdf_leaves_no_pdf_library_log_lines(caplog, capfd):
    """pypdf's repair warnings ("EOF marker not found") print beside our error and may quote the file."""
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ParseError, match="corrupt or unreadable PDF"):
        parse_bytes("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ngarbage")
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
    assert "EOF marker" not in capfd.readouterr().err


def test_encrypted_pdf_is_reported_as_encrypted():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf(CV_LINES))))
    writer.encrypt(user_password="geheim", owner_password="geheim")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ParseError, match=r"^locked\.pdf: the PDF is encrypted"):
        parse_bytes("locked.pdf", out.getvalue())


def test_the_demo_corrupt_pdf_fails_and_the_demo_cvs_parse():
    if not DEMO.exists():
        pytest.skip("demo CVs not generated")
    with pytest.raises(ParseError, match=r"broken\.pdf"):
        parse_file(DEMO / "broken.pdf")
    for path in sorted(DEMO.glob("cv-0*")):
        doc = parse_file(path)
        assert "experience" in [s.kind for s in split_sections(doc.text)], path.name


def test_missing_file_is_a_parse_error(tmp_path):
    with pytest.raises(ParseError, match=r"gone\.pdf: cannot read"):
        parse_file(tmp_path / "gone.pdf")


def test_headings_in_both_languages():
    assert heading_kind("WERKERVARING") == "experience"
    assert heading_kind("## Work experience:") == "experience"
    assert heading_kind("Talen") == "languages"
    assert heading_kind("Education & Training") == "education"
    assert heading_kind("Ik heb vijf jaar werkervaring als analist in de zorg en het onderwijs") is None
    sections = split_sections("\n".join(CV_LINES) + "\n")
    text = "\n".join(CV_LINES) + "\n"
    assert [s.kind for s in sections] == ["header", "experience", "education", "skills", "languages"]
    assert all(a.end == b.start for a, b in itertools.pairwise(sections))
    assert sections[-1].end == len(text)
