"""The ModernGov family (English councils' committee system), rebuilt with fictional wording.

First seen on real Southwark frontsheets and supplements: the summons's "Date:" beside the
chief executive's signature is the despatch date, not the meeting's; section headings sit in
the titles' column; a supplement's report opens with "Agenda Item 10" in its top corner and
the pack's own page stamps, ends with a page of background documents, and is followed by an
unstamped distribution list.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze

_W, _H = 595, 842


def _front_sheet(doc: pymupdf.Document, body: list[str], despatched: str) -> None:
    page = doc.new_page(width=_W, height=_H)
    y = 90.0
    for line in body:
        page.insert_text((72, y), line, fontsize=24, fontname="hebo")
        y += 28
    for line in (
        "Thursday 12 March 2026",
        "6.30 pm",
        "Ground floor meeting rooms, 4 Quay Row, London SE9 4QX",
    ):
        page.insert_text((72, y), line, fontsize=14)
        y += 18
    y += 20
    page.insert_text((72, y), "Membership", fontsize=11, fontname="hebo")
    for k, name in enumerate(("Councillor Ada Finch (Chair)", "Councillor Joel Park")):
        page.insert_text((72, y + 16 * (k + 1)), name, fontsize=11)
    y = 600.0
    for line in (
        "INFORMATION FOR MEMBERS OF THE PUBLIC",
        "Access to information",
        "You have the right to inspect copies of minutes and reports on this agenda.",
        "Members of the committee are summoned to attend this meeting",
        "Mara Quill",
        "Chief Executive",
        f"Date: {despatched}",
    ):
        page.insert_text((72, y), line, fontsize=11)
        y += 16


def _order_of_business(doc: pymupdf.Document, rows: list[tuple[str, str, str, str]]) -> None:
    """Rows of (number, title, pages, purpose): number at x 72, the rest at the title column."""
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((72, 70), "Order of Business", fontsize=14, fontname="hebo")
    page.insert_text((72, 100), "Item No.", fontsize=11, fontname="hebo")
    page.insert_text((130, 100), "Title", fontsize=11, fontname="hebo")
    page.insert_text((480, 100), "Page No.", fontsize=11, fontname="hebo")
    y = 135.0
    for number, title, pages, purpose in rows:
        if number:
            page.insert_text((72, y), number, fontsize=11, fontname="hebo")
        page.insert_text((130, y), title, fontsize=11, fontname="hebo")
        if pages:
            page.insert_text((480, y), pages, fontsize=11, fontname="hebo")
        if purpose:
            page.insert_text((130, y + 22), purpose, fontsize=11)
            y += 22
        y += 36


def test_front_sheet_meeting_date_beats_the_despatch_date_and_headings_in_the_title_column(
    tmp_path: Path,
) -> None:
    doc = pymupdf.open()
    _front_sheet(doc, ["Housing and Wellbeing Scrutiny", "Commission"], "2 March 2026")
    _order_of_business(
        doc,
        [
            ("", "PART A - OPEN BUSINESS", "", ""),
            ("1.", "APOLOGIES", "", "To receive any apologies for absence."),
            ("2.", "MINUTES", "1 - 6", "To approve as a correct record the minutes."),
            ("3.", "TEMPORARY ACCOMMODATION REVIEW", "7 - 20", "To note the review's findings."),
            ("4.", "STAFFING STRUCTURE OF THE HOUSING TEAM", "21 - 30", "To agree the changes."),
            ("", "PART B - CLOSED BUSINESS", "", ""),
            ("5.", "LEASE OF THE QUAY ROW DEPOT", "", "To agree the lease terms."),
            ("6.", "HARBOUR MASTER'S CONTRACT", "", ""),
            ("", "ANY OTHER CLOSED BUSINESS THE CHAIR ACCEPTS AS URGENT", "", ""),
        ],
    )
    path = tmp_path / "frontsheet.pdf"
    doc.save(path)
    tree = analyze(path, use_cache=False)
    m = tree.meeting
    assert (m.date, m.time) == ("2026-03-12", "18:30")  # never the despatch date, 2 March
    assert m.body == "Housing and Wellbeing Scrutiny Commission"
    assert m.venue == "Ground floor meeting rooms, 4 Quay Row, London SE9 4QX"
    got = [(i.number, i.title, i.exempt) for i in tree.items]
    assert got == [
        ("1", "APOLOGIES", False),
        ("2", "MINUTES", False),
        ("3", "TEMPORARY ACCOMMODATION REVIEW", False),
        ("4", "STAFFING STRUCTURE OF THE HOUSING TEAM", False),  # before the heading: open
        ("5", "LEASE OF THE QUAY ROW DEPOT", True),
        ("6", "HARBOUR MASTER'S CONTRACT", True),
    ]
    assert tree.items[-1].purpose is None  # the unnumbered entry under it is no purpose


def test_the_closed_part_heading_after_the_last_open_item_marks_no_item(tmp_path: Path) -> None:
    """The last open item, then the urgent-business line, the motion to exclude the press
    and public, and "PART B - CLOSED BUSINESS" with no item under it: nothing is exempt."""
    doc = pymupdf.open()
    _front_sheet(doc, ["Licensing Committee"], "2 March 2026")
    _order_of_business(
        doc,
        [
            ("", "PART A - OPEN BUSINESS", "", ""),
            ("1.", "APOLOGIES", "", "To receive any apologies for absence."),
            ("2.", "STATEMENT OF LICENSING POLICY", "1 - 40", ""),
            ("3.", "UPDATE ON RECENT APPEALS", "Verbal", ""),
            ("", "ANY OTHER OPEN BUSINESS ACCEPTED BY THE CHAIR AS URGENT.", "", ""),
            ("", "EXCLUSION OF PRESS AND PUBLIC", "", "The following motion should be moved:"),
            ("", "PART B - CLOSED BUSINESS", "", ""),
            ("", "ANY OTHER CLOSED BUSINESS ACCEPTED BY THE CHAIR AS URGENT.", "", ""),
        ],
    )
    path = tmp_path / "frontsheet.pdf"
    doc.save(path)
    tree = analyze(path, use_cache=False)
    got = [(i.number, i.exempt) for i in tree.items]
    assert got == [("1", False), ("2", False), ("3", False)]


def test_a_supplements_meeting_date_set_in_its_few_large_lines(tmp_path: Path) -> None:
    """A supplement's cover whose 14-point lines (the date, the time, the venue over two
    lines, "List of Contents") outnumber its smaller ones: the date in them is still the
    meeting's, not the contact block's "Date:" when the supplement went out."""
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((72, 50), "Contact", fontsize=11, fontname="hebo")
    page.insert_text((72, 66), "Mara Quill by email: mara.quill@example.org", fontsize=11)
    page.insert_text((72, 82), "Date: 20 February 2026", fontsize=11)
    page.insert_text((180, 130), "Licensing Committee", fontsize=24, fontname="hebo")
    for k, text in enumerate(
        (
            "Thursday 12 March 2026",
            "6.00 pm",
            "Ground Floor Meeting Room G02 - 4 Quay Row, London",
            "SE9 4QX",
        )
    ):
        page.insert_text((180, 160 + 16 * k), text, fontsize=14)
    page.insert_text((180, 250), "Supplemental Agenda No.1", fontsize=24, fontname="hebo")
    page.insert_text((220, 290), "List of Contents", fontsize=14)
    page.insert_text((72, 320), "5.", fontsize=11, fontname="hebo")
    page.insert_text((130, 320), "Minutes", fontsize=12, fontname="hebo")
    page.insert_text((480, 320), "1 - 3", fontsize=12)
    for k, text in enumerate(
        (
            "To approve as a correct record the minutes of the open section of",
            "the meeting held on 4 December 2025, with the committee's decisions.",
        )
    ):
        page.insert_text((130, 340 + 14 * k), text, fontsize=12)
    _stamped(doc, 1, [(80, "Minutes of the Licensing Committee", 14), (110, "Present:", 11)])
    path = tmp_path / "supplement.pdf"
    doc.save(path)
    tree = analyze(path, use_cache=False)
    assert (tree.meeting.date, tree.meeting.time) == ("2026-03-12", "18:00")


def _stamped(
    doc: pymupdf.Document, stamp: int, lines: list[tuple[float, str, int]]
) -> pymupdf.Page:
    """A paper page with the pack's bare number stamped top centre; lines (y, text, size)."""
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((290, 18), str(stamp), fontsize=10)
    for y, text, size in lines:
        page.insert_text((72, y), text, fontsize=size)
    return page


def test_supplement_report_cover_closing_page_appendix_and_distribution_list(
    tmp_path: Path,
) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((72, 60), "Date: 11 March 2026", fontsize=11)  # the supplement's despatch
    page.insert_text((72, 110), "Cabinet", fontsize=24, fontname="hebo")
    page.insert_text((72, 140), "Thursday 12 March 2026", fontsize=14)
    page.insert_text((72, 158), "6.30 pm", fontsize=14)
    page.insert_text((72, 200), "Supplemental Agenda No. 1", fontsize=14, fontname="hebo")
    page.insert_text((72, 240), "List of Contents", fontsize=14, fontname="hebo")
    page.insert_text((72, 270), "Item No.", fontsize=11, fontname="hebo")
    page.insert_text((130, 270), "Title", fontsize=11, fontname="hebo")
    page.insert_text((480, 270), "Page No.", fontsize=11, fontname="hebo")
    page.insert_text((72, 300), "7.", fontsize=11, fontname="hebo")
    page.insert_text((130, 300), "Harbour Rents and Charges 2026-27", fontsize=11, fontname="hebo")
    page.insert_text((480, 300), "1 - 6", fontsize=11, fontname="hebo")
    page.insert_text((130, 322), "To approve the harbour rents for 2026-27.", fontsize=11)
    # The report: "Agenda Item 7" in the top corner, a two-column cover table.
    cover = _stamped(
        doc,
        1,
        [
            (80, "Meeting Name:", 11),
            (98, "Cabinet", 11),
            (116, "Report title:", 11),
            (134, "Harbour Rents and Charges 2026-27", 11),
            (152, "Councillor Ilse Moreau - Cabinet Member for", 11),
            (170, "Cabinet Member:", 11),
            (188, "Ward(s) affected:", 11),
            (230, "RECOMMENDATIONS", 11),
            (250, "1. That the cabinet approves the harbour rents set out in this report.", 11),
        ],
    )
    cover.insert_text((420, 36), "Agenda Item 7", fontsize=16, fontname="hebo")
    _stamped(doc, 2, [(80, "BACKGROUND INFORMATION", 11), (100, "The harbour's income ...", 11)])
    _stamped(
        doc,
        3,
        [
            (60, "BACKGROUND DOCUMENTS", 11),
            (80, "Background Papers", 11),
            (100, "APPENDICES", 11),
            (118, "No.", 11),
            (118, "Title", 11),
            (136, "Appendix 1", 11),
            (154, "Harbour tariffs", 11),
            (190, "AUDIT TRAIL", 11),
            (208, "Cabinet Member", 11),
            (226, "Report Author", 11),
        ],
    )
    appendix = _stamped(doc, 4, [(120, "Harbour Tariffs", 22), (150, "(Moorings) 2026-27", 22)])
    appendix.insert_text((440, 810), "APPENDIX 1", fontsize=14, fontname="hebo")
    _stamped(doc, 5, [(80, "Table 2 - Mooring fees by berth", 11)])
    _stamped(doc, 6, [(80, "Table 3 - Winter storage", 11)])
    back = doc.new_page(width=_W, height=_H)  # unstamped: the pack's distribution list
    back.insert_text((72, 60), "CABINET AGENDA DISTRIBUTION LIST (OPEN)", fontsize=11)
    back.insert_text((72, 80), "Councillors 1", fontsize=11)
    path = tmp_path / "supplement.pdf"
    doc.save(path)
    tree = analyze(path, use_cache=False)
    assert (tree.meeting.date, tree.meeting.time) == ("2026-03-12", "18:30")
    (item,) = tree.items
    assert (item.number, item.pack_pages, item.pdf_pages) == ("7", (1, 6), (2, 8))
    docs = [(d.pdf_pages[0], d.title) for d in item.documents]
    assert docs == [
        (2, "Harbour Rents and Charges 2026-27"),  # not run on into the cabinet member
        (5, "Appendix 1 – Harbour Tariffs (Moorings) 2026-27"),  # not the closing page's list
    ]


def test_bookmarked_headings_start_papers_and_a_blank_bookmark_is_none(tmp_path: Path) -> None:
    doc = pymupdf.open()
    _order_of_business(doc, [("7.", "HARBOUR WORK PROGRAMME", "1 - 4", "To note the programme.")])
    _stamped(doc, 1, [(80, "Report title:", 11), (98, "Harbour Work Programme", 11)])
    doc[-1].insert_text((420, 36), "Agenda Item 7", fontsize=16, fontname="hebo")
    _stamped(doc, 2, [(80, "The programme for the year is set out below.", 11)])
    # The review's scope: a big heading alone says little, but the publisher bookmarked it.
    body = [
        (160 + 16 * k, f"Paragraph {k} of the proposal, in the body's size.", 11) for k in range(12)
    ]
    _stamped(
        doc, 3, [(100, "Review scoping proposal", 20), (140, "What is the review?", 11), *body]
    )
    _stamped(doc, 4, [(100, "Harbour Users", 20), (140, "A list of the berth holders.", 11)])
    doc.new_page(width=_W, height=_H)  # a blank page, bookmarked " Blank"
    doc.set_toc(
        [
            [1, "Agenda", 1],
            [1, "7 Harbour Work Programme", 2],
            [2, "Review scope", 4],
            [1, " Blank", 6],
        ]
    )
    path = tmp_path / "bookmarked.pdf"
    doc.save(path)
    (item,) = analyze(path, use_cache=False).items
    assert item.pdf_pages == (2, 6)
    docs = [(d.pdf_pages[0], d.title) for d in item.documents]
    assert docs == [(2, "Harbour Work Programme"), (4, "Review scoping proposal")]


def test_a_cover_tables_title_in_its_value_column_over_two_lines(tmp_path: Path) -> None:
    doc = pymupdf.open()
    _order_of_business(doc, [("8.", "WORK PROGRAMME", "1 - 2", "To agree the programme.")])
    page = _stamped(doc, 1, [])
    for y, label, value in (
        (90, "Item No.", "8"),
        (110, "Meeting Name:", "Harbour and Coastal Scrutiny"),
        (124, "", "Commission"),
        (144, "Report title:", "Harbour and Coastal Scrutiny Commission"),
        (158, "", "Work Programme 2026 - 27"),
        (178, "Ward(s) or groups", "All"),
        (192, "affected:", ""),
        (212, "From:", "Project Manager, Scrutiny"),
    ):
        page.insert_text((72, y), label, fontsize=11)
        page.insert_text((240, y), value, fontsize=11)
    page.insert_text((420, 36), "Agenda Item 8", fontsize=16, fontname="hebo")
    _stamped(
        doc, 2, [(80, "RECOMMENDATIONS", 11), (100, "1. That the work programme be noted.", 11)]
    )
    path = tmp_path / "cover.pdf"
    doc.save(path)
    (item,) = analyze(path, use_cache=False).items
    docs = [(d.pdf_pages[0], d.title) for d in item.documents]
    assert docs == [(2, "Harbour and Coastal Scrutiny Commission Work Programme 2026 - 27")]


def test_a_stamped_notes_page_after_the_last_paper_belongs_to_the_last_item(
    tmp_path: Path,
) -> None:
    """The corpus convention: the last item's pages run to the end of the file, over back
    matter that starts no paper (here a stamped "Notes" page the printed range leaves out)."""
    doc = pymupdf.open()
    _order_of_business(
        doc,
        [
            ("1.", "MINUTES", "1 - 2", "To approve the minutes."),
            ("2.", "HARBOUR DREDGING", "3 - 4", "To agree the dredging plan."),
        ],
    )
    _stamped(doc, 1, [(80, "MINUTES of the Harbour Board held on 2 February 2026", 14)])
    _stamped(doc, 2, [(80, "The board agreed the harbour dues.", 11)])
    cover = _stamped(doc, 3, [(80, "Report title:", 11), (98, "Harbour Dredging Plan", 11)])
    cover.insert_text((420, 36), "Agenda Item 2", fontsize=16, fontname="hebo")
    _stamped(doc, 4, [(80, "The dredging will take place in March.", 11)])
    _stamped(
        doc,
        5,
        [(200, "Harbour Board", 14), (220, "Thursday 12 March 2026 at 6.30 pm", 11),
         (260, "Notes", 14)],
    )  # fmt: skip
    path = tmp_path / "notes.pdf"
    doc.save(path)
    items = analyze(path, use_cache=False).items
    assert [(i.number, i.pdf_pages) for i in items] == [("1", (2, 3)), ("2", (4, 6))]
