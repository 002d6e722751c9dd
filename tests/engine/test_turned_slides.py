"""A slide deck printed landscape onto portrait sheets: each slide's text is drawn sideways
and the page carries /Rotate 90, so a reader sees it across the screen (a lake association's
AGM deck from PowerPoint through a PostScript printer; rebuilt with fictional wording). The
text layer reports such text in the page's unturned space, running up the sheet."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze
from boardprep.core.engine.pages.textlayer import page_lines

AGENDA = [
    "Welcome and Introductions",
    "Forest Stewardship Update",
    "Water Quality Results",
    "Membership Report",
    "Election of Directors",
]


def _slide(doc: pymupdf.Document, lines: list[tuple[float, str, float]]) -> None:
    page = doc.new_page(width=612, height=1008)  # a portrait sheet shown landscape
    page.set_rotation(90)
    y = 70.0
    for x, text, size in lines:
        y += size * 1.8
        # Where the reader sees (x, y), drawn so that it reads across once turned.
        page.insert_text(
            pymupdf.Point(x, y) * page.derotation_matrix, text, fontsize=size, rotate=90
        )


def _deck(path: Path) -> Path:
    doc = pymupdf.open()
    _slide(
        doc,
        [
            (300, "2026 Cedar Lake Association", 32),
            (330, "Annual General Meeting", 28),
            (420, "July 11, 2026", 18),
        ],
    )
    _slide(
        doc,
        [(60, "AGENDA", 40), (480, "July 11, 2026", 12)]
        + [(110, f"{k + 1}. {title}", 20) for k, title in enumerate(AGENDA)],
    )
    for title in AGENDA[1:]:
        _slide(
            doc,
            [(60, title, 32)] + [(90, f"Point {j} about {title.lower()}", 18) for j in range(1, 6)],
        )
    doc.save(path)
    return path


def test_sideways_text_on_a_turned_page_reads_across(tmp_path: Path) -> None:
    with pymupdf.open(_deck(tmp_path / "deck.pdf")) as doc:
        lines = page_lines(doc[1]).lines
    assert [ln.text for ln in lines][:3] == [
        "AGENDA",
        "July 11, 2026",
        "1. Welcome and Introductions",
    ]
    assert lines[0].x0 < 100 and lines[2].x0 < 150  # on the left, as the reader sees them


def test_a_turned_slide_deck_agenda_is_found(tmp_path: Path) -> None:
    tree = analyze(_deck(tmp_path / "deck.pdf"), use_cache=False)
    assert [(it.number, it.title) for it in tree.items] == [
        (str(k + 1), title) for k, title in enumerate(AGENDA)
    ]
    assert tree.meeting.date == "2026-07-11"


def test_ligatures_the_font_maps_to_nothing_are_told_from_the_letters_after_them() -> None:
    """The same deck's Calibri lost its "ti" and "tt" ligatures: "Mee�ng", "Commi\\x16ee"."""
    from boardprep.core.engine.pages.textlayer import _lost_ligatures

    assert _lost_ligatures("Business Mee\ufffdng") == "Business Meeting"
    assert _lost_ligatures("Welcome & Introduc\x16ons") == "Welcome & Introductions"
    assert _lost_ligatures("Finance Commi\x16ee") == "Finance Committee"
    assert _lost_ligatures("(a) ma\ufffders arising") == "(a) matters arising"
    assert _lost_ligatures("Coffee\x01 Break") == "Coffee  Break"  # a stray code: a gap
    assert _lost_ligatures("Agenda\ufffdPage 2") == "Agenda Page 2"  # a tab with no glyph
    assert _lost_ligatures("\ufffd\ufffd\ufffd \ufffd\ufffd") == "\ufffd\ufffd\ufffd \ufffd\ufffd"


def _turned_table(doc: pymupdf.Document, title: str, number: int, stamp: bool = False) -> None:
    """A landscape table page in a portrait report: an A4 sheet with /Rotate 90, its title at
    the top as the reader sees it, its own number at the foot (and the pack's stamp)."""
    page = doc.new_page(width=595, height=842)
    page.set_rotation(90)
    if stamp:
        at = pymupdf.Point(760, 20) * page.derotation_matrix
        page.insert_text(at, f"Page {doc.page_count + 20}", fontsize=9, rotate=90)
    rows = [(60.0, title, 13.0), (85.0, "Risk Status  Key Controls  Assurances", 9.0)]
    rows += [(105.0 + 18 * k, f"Control {k}  Owner {k}  Review {k}", 9.0) for k in range(20)]
    for y, text, size in rows:
        page.insert_text(
            pymupdf.Point(60, y) * page.derotation_matrix, text, fontsize=size, rotate=90
        )
    page.insert_text(pymupdf.Point(415, 570) * page.derotation_matrix, str(number), rotate=90)


def _report_page(doc: pymupdf.Document, lines: list[str], number: int | None) -> None:
    page = doc.new_page(width=595, height=842)
    page.insert_text((500, 30), f"Page {doc.page_count + 20}", fontsize=9)  # the pack stamp
    for k, text in enumerate(lines):
        page.insert_text((72, 90 + 22 * k), text, fontsize=16 if k == 0 else 11)
    if number is not None:
        page.insert_text((292, 815), str(number), fontsize=10)


def test_a_turned_pages_text_is_read_where_the_reader_sees_it() -> None:
    from boardprep.core.engine.pages.pagemap import scan_pages

    doc = pymupdf.open()
    _turned_table(doc, "Assurance Framework 2026/27", 3)
    scan = scan_pages(doc)[0]
    # Every row is read (the turned sheet's lower rows are not taken for text off the page),
    # the title first, at the top; the page number in the bottom band.
    assert scan.lines[0].text == "Assurance Framework 2026/27"
    assert scan.lines[0].y0 < 80
    assert len(scan.lines) == 23
    assert scan.band()[-1].text == "3" and scan.band()[-1].y0 > 540


def test_a_turned_table_in_a_report_whose_numbers_run_on_starts_no_paper() -> None:
    from boardprep.core.engine.documents import find_documents
    from boardprep.core.engine.pages.pagemap import build_page_map, scan_pages

    doc = pymupdf.open()
    _report_page(doc, ["Finance and Performance Report", "The position at month 8."], 1)
    _report_page(doc, ["Performance indicators are summarised below."], 2)
    _turned_table(doc, "Scorecard for Existing Targets", 3, stamp=True)  # the report's page 3
    _report_page(doc, ["Further commentary on the indicators."], 4)
    _report_page(doc, ["Conclusions of the report.", "January 2027"], 5)
    _turned_table(doc, "Assurance Framework 2026/27", 1, stamp=True)  # a new paper: from 1
    scans = scan_pages(doc)
    starts = find_documents(doc, build_page_map(doc, scans), scans)
    assert [(s.pdf_page, s.title) for s in starts if s.pdf_page > 1] == [
        (6, "Assurance Framework 2026/27")
    ]
