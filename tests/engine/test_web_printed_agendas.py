"""A committee agenda printed from a city's web agenda system, rebuilt with fictional wording.

First seen on a Californian oversight committee's agenda, printed from a browser through macOS:
every page is painted as a tiling pattern of its own picture (no text, no image of the page's
own), so it was never recognised as a scan. Read, its items carried the web page's attachment
links ("Minutes 09 28 2026.pdf"), a "(Staff Reference: …)" note, and the roll call's names; and
a wrapped sentence starting "present the City Clerk with 7 copies" was taken for minutes
("Present:"), which hid the agenda. And a city council's Granicus agenda printed from a
browser, its address and "5 of 8" on every page, whose regular business numbers from "1."
again after consent items A-H on the page before.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from boardprep.core.engine.agenda.find import pages_from_scores, score_page
from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.agenda.people import bracketed_presenters
from boardprep.core.engine.analysis import analyze
from boardprep.core.engine.pages import ocr
from tests.engine.agenda_pdfkit import Row, cell, line, lines_of

LINES = [
    (54, "MEASURE Q OVERSIGHT COMMITTEE REGULAR MEETING"),
    (54, "WEDNESDAY, NOVEMBER 18, 2026 AT 5:00 PM"),
    (54, ""),
    (54, "1. CALL TO ORDER"),
    (54, "2. PLEDGE OF ALLEGIANCE"),
    (54, "3. ROLL CALL"),
    (79, "CHAIR WELLER, VICE CHAIR OKAFOR, COMMITTEE MEMBERS HART, LUND, PIRES."),
    (54, "4. PUBLIC COMMENTS ON LISTED AGENDA ITEMS"),
    (79, "To give the Committee written material, please"),
    (79, "present the City Clerk with 7 copies before the meeting."),
    (54, "5. CONSENT CALENDAR"),
    (79, "5.1 Approve the minutes of the meeting held September 23, 2026."),
    (105, "(Staff Reference: Acting City Clerk Moreno)"),
    (105, "Minutes 09 23 2026.pdf"),
    (54, "6. NEW BUSINESS"),
    (79, "6.1 Discussion of a grant request from the Valley Water District."),
    (105, "(Staff Reference: Finance Director Ames, Presented by Deputy Director Ruiz.)"),
    (105, "Grant Request Letter Exhibit A.pdf"),
    (54, "7. PUBLIC COMMENTS ON NON-AGENDA ITEMS"),
    (54, "8. ADJOURN"),
]
WANT = [
    ("1", "CALL TO ORDER"),
    ("2", "PLEDGE OF ALLEGIANCE"),
    ("3", "ROLL CALL"),
    ("4", "PUBLIC COMMENTS ON LISTED AGENDA ITEMS"),
    ("5", "CONSENT CALENDAR"),
    ("5.1", "Approve the minutes of the meeting held September 23, 2026"),
    ("6", "NEW BUSINESS"),
    ("6.1", "Discussion of a grant request from the Valley Water District"),
    ("7", "PUBLIC COMMENTS ON NON-AGENDA ITEMS"),
    ("8", "ADJOURN"),
]


def _agenda_page(doc: pymupdf.Document) -> None:
    page = doc.new_page(width=612, height=792)
    for k, (x, text) in enumerate(LINES):
        page.insert_text((x, 70 + 16 * k), text, fontsize=11)


def _painted_by_pattern(src: pymupdf.Document) -> pymupdf.Document:
    """Each page as a browser prints it through macOS: a tiling pattern of the page's picture."""
    out = pymupdf.open()
    for page in src:
        pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
        scratch = out.new_page(width=612, height=792)
        image = scratch.insert_image(scratch.rect, pixmap=pix)  # to get the image stored
        pattern = out.get_new_xref()
        out.update_object(
            pattern,
            "<</Type/Pattern/PatternType 1/PaintType 1/TilingType 1/BBox[0 0 612 792]"
            f"/XStep 612/YStep 792/Resources<</XObject<</Im0 {image} 0 R>>>>>>",
        )
        out.update_stream(pattern, b"q 612 0 0 792 0 0 cm /Im0 Do Q")
        out.xref_set_key(scratch.xref, "Resources", f"<</Pattern<</P1 {pattern} 0 R>>>>")
        contents = scratch.get_contents()[0]
        out.xref_set_key(scratch.xref, "Contents", f"{contents} 0 R")
        out.update_stream(contents, b"/Pattern cs /P1 scn 0 0 612 792 re f")
    return out


def _items(tree) -> list[tuple[str, str]]:
    out = []
    for it in tree.items:
        out.append((it.number, it.title))
        out += [(f"{ch.number}", ch.title) for ch in it.children]
    return out


def test_links_staff_notes_and_the_roll_are_not_titles(tmp_path: Path) -> None:
    doc = pymupdf.open()
    _agenda_page(doc)
    doc.save(tmp_path / "agenda.pdf")
    tree = analyze(tmp_path / "agenda.pdf", data_dir=tmp_path, use_cache=False)
    assert _items(tree) == WANT
    grant = tree.items[5].children[0]
    assert [(p.role, p.name) for p in grant.people] == [
        ("Staff Reference", "Finance Director Ames"),
        ("Presented by", "Deputy Director Ruiz"),
    ]


def test_a_page_painted_by_a_pattern_is_a_scan(tmp_path: Path) -> None:
    doc = pymupdf.open()
    _agenda_page(doc)
    painted = _painted_by_pattern(doc)
    page = painted[0]
    assert not page.get_text().strip() and not page.get_images()
    assert ocr.is_scanned(page, ocr.page_lines(page))


@pytest.mark.skipif(not ocr.ocr_available(), reason="Tesseract is not installed")
def test_a_pattern_painted_agenda_is_read_by_text_recognition(tmp_path: Path) -> None:
    doc = pymupdf.open()
    _agenda_page(doc)
    _painted_by_pattern(doc).save(tmp_path / "printed.pdf")
    tree = analyze(tmp_path / "printed.pdf", data_dir=tmp_path, use_cache=False)
    assert [n for n, _t in _items(tree)] == [n for n, _t in WANT]
    assert tree.meeting.date == "2026-11-18"


def test_a_labelled_bracket_names_its_people_as_printed() -> None:
    title, people = bracketed_presenters(
        "Approve the minutes. (Staff Reference: Acting City Clerk Moreno)"
    )
    assert title == "Approve the minutes."
    assert [(p.role, p.name) for p in people] == [("Staff Reference", "Acting City Clerk Moreno")]
    # An unlabelled aside stays in the title.
    assert bracketed_presenters("Budget (second reading)") == ("Budget (second reading)", [])


def test_a_web_agendas_print_goes_on_where_numbering_restarts_after_lettered_items() -> None:
    """A browser's print of a web agenda: its address and "N of M" head every page. Lettered
    consent items end one page; the next starts the regular business again at "1."."""

    def head(n: int) -> list[Row]:
        url = "https://fictional.example.gov/GeneratedAgendaViewer.php?view_id=5"
        return [[cell(40, url), cell(480, f"{n} of 3")], 12]

    consent = [
        f"{chr(64 + k)}. Consideration and possible action on consent matter {k}"
        for k in range(1, 9)
    ]
    first = [*head(1), line("AGENDA", 260, True), line("CONSENT CALENDAR:", bold=True)]
    first += [row for text in consent for row in (line(text), line("Recommendation: approve."))]
    second = [
        *head(2),
        line("REGULAR BUSINESS:", bold=True),
        line("1. Consideration and possible action on the park fence"),
        line("Recommendation: (1) Review the options; (2) Direct staff."),
        line("2. Consideration and possible action on the sidewalk plan"),
        line("Recommendation: Receive and file."),
    ]
    third = [*head(3), line("ADJOURNMENT", bold=True)]
    pages = lines_of([first, second, third])
    assert pages_from_scores([score_page(pl) for pl in pages])[:2] == [0, 1]
    numbers = [it.number for it in parse_agenda(pages[:2], None).items]
    assert numbers[-3:] == ["H", "1", "2"]


BANNER = [  # "TOPIC 01" drawn in letters, as a mailing list's web page prints it
    " XXXXXXX   XXX   XXXXXX   XXXXX    XXXX       XXX      X",
    " X  X  X  X   X   X    X    X     X    X     X   X   XXX",
    "    X    X     X  XXXXX     X    X           X   X     X",
    "    X     X   X   X         X     X    X     X   X     X",
    "   XXX     XXX   XXXX     XXXXX    XXXX       XXX    XXXXX",
]


def test_web_pages_bookmarked_by_address_are_titled_by_their_topic_line(tmp_path: Path) -> None:
    """A usage board's meeting papers: each topic's web page printed to PDF, bookmarked by its
    address, opening with the topic's number drawn in letters over "TOPIC 01. Mission and
    principles (Tom)". The address and the drawn banner name nothing; the topic line is the
    paper's title, and the topic's item opens there."""
    topics = ["Mission and principles", "Usage Board process", "Documentation review"]
    doc = pymupdf.open()
    agenda = doc.new_page(width=612, height=792)
    agenda.insert_text((72, 60), "Usage Board Meeting, Ithaca, 16-17 June 2026", fontsize=14)
    agenda.insert_text((72, 90), "AGENDA", fontsize=12, fontname="hebo")
    for k, title in enumerate(topics, 1):
        agenda.insert_text((72, 110 + 18 * k), f"{k:02d}. {title}", fontsize=11)
    toc = [[1, "Agenda", 1]]
    for k, title in enumerate(topics, 1):
        for part in range(2):
            page = doc.new_page(width=612, height=792)
            page.insert_text((18, 10), f"http://example.org/meetings/2026/06/TOPIC{k:02d}.html")
            if part == 0:
                for j, row in enumerate(BANNER):
                    page.insert_text((9, 40 + 14.5 * j), row, fontname="cour", fontsize=11.9)
                page.insert_text(
                    (9, 150), f"TOPIC {k:02d}. {title} (Tom)", fontname="cour", fontsize=11.9
                )
            for j in range(20):
                page.insert_text(
                    (9, 180 + 14.5 * j),
                    "   Notes on the issues to settle at the meeting.",
                    fontname="cour",
                    fontsize=11.9,
                )
        toc.append([1, f"http://example.org/meetings/2026/06/TOPIC{k:02d}.html", 2 * k])
    doc.set_toc(toc)
    doc.save(tmp_path / "topics.pdf")
    tree = analyze(tmp_path / "topics.pdf", data_dir=tmp_path / "data", use_cache=False)
    assert [(it.number, it.pdf_pages) for it in tree.items] == [
        ("01", (2, 3)),
        ("02", (4, 5)),
        ("03", (6, 7)),
    ]
    assert tree.items[1].documents[0].title == "TOPIC 02. Usage Board process (Tom)"
