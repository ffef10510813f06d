"""A multi-page PDF with running headers, page numbers, a line-end hyphen and a page break
mid-sentence comes out as clean as the same text given as .txt."""

from __future__ import annotations

from pathlib import Path

from eventwire.config import Settings
from eventwire.pipeline import process

PARAGRAPHS = [
    [
        "Delegates from forty countries gathered in Bonn on Monday for a second round of talks",
        "on river pollution, hoping to agree on shared limits for industrial discharges before",
        "the end of the year.",
    ],
    [
        "The chair of the meeting said the first day had been productive. Environmental",
        "groups said the draft was too weak and urged the delegates to adopt binding targets",
        "for every country along the river, including the smaller upstream states.",
    ],
    [
        "Officials from the Ukrain-",
        "ian delegation said their government would present new data on Tuesday. Several",
        "ministers are expected to arrive in Bonn later in the week to sign",
    ],
    # page break falls here, mid-sentence
    [
        "a joint declaration, according to a statement released by the organisers.",
    ],
    [
        "Talks are scheduled to end on Friday with a closing session open to the public.",
    ],
]
PAGES = [[0, 1], [2], [3, 4]]  # paragraph indexes per page
HEADER = "RIVER TALKS BULLETIN"


def write_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for number, paras in enumerate(PAGES, start=1):
        y = 800
        c.drawString(72, y, HEADER)
        y -= 40
        for i in paras:
            for line in PARAGRAPHS[i]:
                c.drawString(72, y, line)
                y -= 16
            y -= 16  # blank line between paragraphs
        c.drawString(290, 40, str(number))
        c.showPage()
    c.save()


def write_txt(path: Path) -> None:
    blocks = ["\n".join(lines) for lines in PARAGRAPHS]
    # the .txt has the same hard wraps and hyphen, with the mid-sentence break as one line break
    text = "\n\n".join(blocks[:3]) + "\n" + blocks[3] + "\n\n" + blocks[4] + "\n"
    path.write_text(text, encoding="utf-8")


def test_pdf_comes_out_as_clean_as_txt(tmp_path: Path) -> None:
    settings = Settings.build({"check_records": True}, env={})
    pdf, txt = tmp_path / "bulletin.pdf", tmp_path / "bulletin.txt"
    write_pdf(pdf)
    write_txt(txt)
    from_pdf = process(pdf, date="2024-03-04", settings=settings)
    from_txt = process(txt, date="2024-03-04", settings=settings)
    assert from_pdf.text == from_txt.text
    assert HEADER not in from_pdf.text
    assert "Ukrainian delegation" in from_pdf.text
    assert "to sign a joint declaration" in from_pdf.text
    assert len(from_pdf.paragraphs) == 4
    assert from_pdf.sentences == from_txt.sentences
