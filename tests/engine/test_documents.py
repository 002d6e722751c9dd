"""Document starts: cover sheets, appendices, minutes, stamps (incl. broken ones), paper refs."""

from __future__ import annotations

from boardprep.core.engine.documents import find_documents, outline_starts, title_of_cover
from boardprep.core.engine.pages.pagemap import build_page_map, scan_pages
from tests.engine.agenda_pdfkit import put_lines
from tests.engine.fakepack import FakePage, make_doc


def _body(n: int = 1) -> list[FakePage]:
    return [
        FakePage(body=[f"Ordinary paragraph of a fictional report, line {k}."]) for k in range(n)
    ]


def _starts(pages: list[FakePage]):  # type: ignore[no-untyped-def]
    doc = make_doc(pages)
    scans = scan_pages(doc)
    return find_documents(doc, build_page_map(doc, scans), scans)


def test_cover_sheet_with_subject_title() -> None:
    cover = FakePage(
        body=[
            "Report to:",
            "Fictional Scrutiny Committee",
            "Subject:",
            ("Review of the Green Spaces and Parks Strategy:", True),
            ("Final Report", True),
            "Report of:",
            "Director of Place",
        ]
    )
    got = _starts([*_body(2), cover, *_body(2)])
    assert [(s.pdf_page, s.kind) for s in got] == [(3, "report")]
    assert got[0].title == "Review of the Green Spaces and Parks Strategy: Final Report"


def test_title_table_cover() -> None:
    cover = FakePage(
        body=["Title", "Parks Strategy 2024-2029", "Date", "1 May 2025", "Purpose of this report:"]
    )
    got = _starts([cover])
    assert got[0].kind == "report" and got[0].title == "Parks Strategy 2024-2029"


def test_appendix_annex_and_running_headers() -> None:
    pages = [
        FakePage(body=["Appendix 1 – Cost plan", "Figures follow."]),
        FakePage(body=["Appendix 1 – Cost plan", "More figures."]),  # running header
        FakePage(body=["Annex B: Consultation responses"]),
        FakePage(body=["Appendix 2 shows the detailed figures for each ward."]),  # prose
    ]
    got = _starts(pages)
    assert [(s.pdf_page, s.title) for s in got] == [
        (1, "Appendix 1 – Cost plan"),
        (3, "Annex B – Consultation responses"),
    ]


def test_minutes_heading() -> None:
    got = _starts(
        [*_body(1), FakePage(body=["Minutes of the meeting of the Fictional Board held on 3 May"])]
    )
    assert got[0].kind == "minutes" and got[0].pdf_page == 2


def test_minutes_heading_over_the_councillors_present() -> None:
    from boardprep.core.engine.documents import _minutes_heading

    # A town council's minutes: its heading, the meeting's date, then who was there.
    lines = ["Planning Committee Meeting Minutes", "2 June 2025", "Councillors Present:", "A Cook"]
    assert _minutes_heading(lines)
    assert not _minutes_heading(["Planning Committee Meeting Minutes", "2 June 2025", "Budget"])


def test_minutes_heading_under_a_tall_letterhead() -> None:
    """A guides' association prints its minutes under seven lines of letterhead (name,
    founding year, web address, patron): the heading, dated just under it, still opens them."""
    letterhead = [
        "Fictional Walking Guides",
        "Association",
        "Established 1951",
        "www.fictional-guides.example",
        "Patron: The Lord Mayor",
        "of the City",
        "",
    ]
    minutes = FakePage(
        body=[
            *letterhead,
            "Minutes of the 70th ANNUAL GENERAL MEETING",
            "Wednesday 12th March 2025",
            "1. Welcome",
        ]
    )
    got = _starts([*_body(1), minutes])
    assert [(s.pdf_page, s.kind) for s in got] == [(2, "minutes")]
    assert got[0].title == "Minutes of the 70th ANNUAL GENERAL MEETING"
    # A report's paragraph naming minutes, without a date under it, opens nothing.
    prose = FakePage(body=[*letterhead, "Minutes of the meeting were circulated.", "Text."])
    assert _starts([*_body(1), prose]) == []


def test_agenda_item_stamps_including_broken_ones() -> None:
    pages = [
        FakePage(body=["Plain text"], extra=[(430, 40, "Agenda Item 7")]),
        FakePage(
            body=["Plain text"], extra=[(430, 40, "A"), (430, 52, "genda Item"), (430, 64, "10")]
        ),
        FakePage(body=["Plain text"], extra=[(430, 40, "Agenda item: 13")]),
        FakePage(body=["Agenda Item Time Page No"]),  # a column heading, not a stamp
        FakePage(body=["This was considered under agenda item 5 of the last meeting."]),
    ]
    got = _starts(pages)
    assert [(s.pdf_page, s.agenda_item) for s in got] == [(1, "7"), (2, "10"), (3, "13")]


def test_paper_reference_and_page_one_of_n() -> None:
    pages = [
        FakePage(body=["Quality Report"], header="Paper B", footer="Page 1 of 2"),
        FakePage(body=["continued"], footer="Page 2 of 2"),
        FakePage(body=["Finance Report"], header="TB 25/041", footer="Page 1 of 1"),
    ]
    got = _starts(pages)
    assert [(s.pdf_page, s.paper) for s in got] == [(1, "Paper B"), (3, "TB 25/041")]


def test_web_pages_printed_from_a_browser_start_where_their_sheets_count_from_one() -> None:
    """A committee's packet of web pages printed from a browser: the date and the page's
    title at the top, its address and "1/3", "2/3" at the foot of each sheet."""

    def sheet(k: int, n: int, title: str, body: str) -> FakePage:
        return FakePage(
            body=[body, "More of the page's text, as the browser printed it."],
            header=title,
            extra=[(40, 40, "9/10/2026"), (40, 812, "https://example.org/committee/page")],
            footer=f"{k}/{n}",
        )

    pages = [
        *_body(2),
        sheet(1, 2, "Project Page", "Open Source Voting Project"),
        sheet(2, 2, "Project Page", "Milestones of the project so far"),
        sheet(1, 3, "Job Posting", "Senior Technical Project Manager"),
        sheet(2, 3, "Job Posting", "Duties of the post in detail"),
        sheet(3, 3, "Job Posting", "How to apply for the post"),
    ]
    assert [s.pdf_page for s in _starts(pages)] == [3, 5]


def test_one_page_sheets_each_numbered_page_1_of_1_are_papers_each() -> None:
    # A budget's printed sheets, one after another: "Page 1 of 1" under each says each is
    # a paper of its own, though nothing else tells them apart from a running paper.
    pages = [
        FakePage(body=["Budget summary for the year", "Revenue and expense"], footer="Page 1 of 1"),
        FakePage(body=["Revenue by source", "Local taxes"], footer="Page 1 of 1"),
        FakePage(body=["Expense by function", "Instruction"], footer="Page 1 of 1"),
    ]
    assert [s.pdf_page for s in _starts([*_body(1), *pages])] == [2, 3, 4]


def test_an_attachments_numbered_parts_and_running_head_are_one_paper() -> None:
    # A faculty council's annual report: "Attachment 1.0" atop each of its pages, then
    # "Attachment 2.0" (an index of figures) and the figures, each headed "Attachment 2.N".
    text = "Appeals heard by the board in the year are summarised in the figures below."
    pages = [
        FakePage(body=[("Attachment 1.0", True), ("ANNUAL REPORT OF APPEALS", True), text]),
        FakePage(body=[("Attachment 1.0", True), "The board generally hears appeals …", text]),
        FakePage(body=[("Attachment 1.0", True), "decisions of the faculties were …", text]),
        FakePage(body=[("Attachment 2.0", True), ("INDEX OF ATTACHMENTS", True), text]),
        FakePage(body=[("Attachment 2.1", True), "Figure 1", text]),
        FakePage(body=[("Attachment 2.2", True), "Figure 2", text]),
        FakePage(body=[("Attachment 2.2", True), "Figure 3", text]),
        FakePage(body=[("Attachment 2.3", True), "Figure 4", text]),
    ]
    got = _starts([*_body(1), *pages])
    assert [(s.pdf_page, s.title) for s in got] == [
        (2, "Attachment 1.0 – ANNUAL REPORT OF APPEALS"),
        (5, "Attachment 2.0 – INDEX OF ATTACHMENTS"),
    ]


def test_a_packs_distribution_list_at_its_end_is_no_paper() -> None:
    # ModernGov's last page lists who the agenda went to, and its bookmark names it so.
    doc = make_doc(_body(2))
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 90), "Health Scrutiny Commission", fontsize=16, fontname="hebo")
    for k, text in enumerate(
        ["MUNICIPAL YEAR 2025-26", "AGENDA DISTRIBUTION LIST (OPEN)", "Name    No of copies"]
        + [f"Councillor {name} 1" for name in ("Ada Moss (Chair)", "Ben Cole", "Cy Dunn")]
    ):
        page.insert_text((72, 130 + 18 * k), text, fontsize=11)
    assert find_documents(doc) == []
    toc = [[1, "8 Work Programme", 1], [1, " Blank", 2], [2, "Distribution List_HSC_2024v1", 3]]
    assert [s.pdf_page for s in outline_starts(toc, 3)] == [1]


def test_landscape_slides_start_a_document() -> None:
    pages = [*_body(2), FakePage(body=[("Transformation plan overview", True)], landscape=True)]
    pages.append(FakePage(body=["second slide"], landscape=True))
    got = _starts(pages)
    assert [(s.pdf_page, s.kind) for s in got] == [(3, "slides")]


def test_cover_title_helper() -> None:
    assert title_of_cover(["Subject: Budget Monitoring Q2", "Report of: Treasurer"]) == (
        "Budget Monitoring Q2"
    )


def test_outline_entries_when_sensible() -> None:
    from boardprep.core.engine.documents import DocStart, merge_outline, outline_starts

    toc: list[list[object]] = [
        [1, "Front sheet", 1],
        [1, "5 Housing Allocations Policy", 6],
        [2, "9a Carers Strategy", 12],
    ]
    got = outline_starts(toc, 20)
    assert [(s.pdf_page, s.agenda_item, s.title) for s in got] == [
        (1, None, "Front sheet"),
        (6, "5", "Housing Allocations Policy"),
        (12, "9a", "Carers Strategy"),
    ]
    known = [DocStart(6, "Revised Housing Allocations Policy", "report")]
    merged = merge_outline(known, got[1:])
    assert [(s.pdf_page, s.agenda_item) for s in merged] == [(6, "5"), (12, "9a")]
    assert merged[0].title == "Revised Housing Allocations Policy"  # the cover's title wins


def test_junk_or_backwards_outlines_are_ignored() -> None:
    from boardprep.core.engine.documents import outline_starts

    junk: list[list[object]] = [
        [1, "Microsoft Word - Front sheet template.docx", 1],
        [1, "Document1", 1],
        [1, "Untitled", 3],
    ]
    assert outline_starts(junk, 10) == []
    backwards: list[list[object]] = [[1, "A", 9], [1, "B", 5], [1, "C", 2], [1, "D", 1]]
    assert outline_starts(backwards, 10) == []


def test_a_decks_bookmark_per_slide_names_headings_not_papers() -> None:
    """A deck saved with one bookmark per slide ("Slide 4: Housing Review"): each may open an
    item (a heading), but none makes its page's heading a paper of its own."""
    from boardprep.core.engine.documents import DocStart, merge_outline, outline_starts

    toc: list[list[object]] = [
        [1, "Slide 1: Meeting #5", 1],
        [1, "Slide 2: Housing Review", 2],
        [1, "Slide 3: Why Now?", 3],
        [1, "Slide 4", 4],
    ]
    got = outline_starts(toc, 4)
    assert [(s.pdf_page, s.title, s.kind) for s in got] == [
        (1, "Meeting #5", "heading"),
        (2, "Housing Review", "heading"),
        (3, "Why Now?", "heading"),
    ]
    page_heading = DocStart(3, "Why Now?", "heading")
    merged = merge_outline([page_heading], got)
    assert not page_heading.bookmarked  # still a heading inside the deck
    assert [s.pdf_page for s in merged] == [1, 2, 3]
    papers = merge_outline(
        [DocStart(2, "Housing", "heading")], outline_starts([[1, "B", 2]] * 2, 4)
    )
    assert papers[0].bookmarked  # a real bookmark still marks its page's heading


def test_cover_table_title_stops_at_the_next_field_name() -> None:
    lines = ["Report to", "Cabinet", "Subject", "Annual Governance Statement", "Wards affected"]
    assert title_of_cover([*lines, "All wards"]) == "Annual Governance Statement"
    lines = ["Subject", "Chief Executive's Report", "Executive lead", "Chief Finance Officer"]
    assert title_of_cover(lines) == "Chief Executive's Report"


def test_page_tops_that_are_no_paper_titles() -> None:
    from boardprep.core.engine.documents import plausible_title

    for junk in (
        "TOTAL",
        "July",
        "31.3.2026",
        "£1,200.00",
        "Unrestricted",
        "s will be provided with the papers",
        "Classification: Official",
        "9",
        "16 June 2025",  # the meeting's date under the body's name, over the paper's title
        "Tuesday, March 4, 2025",
        "January 2007",  # a landscape table's date line under its header
        "Sept. 12",
    ):
        assert plausible_title(junk) is None, junk
    for title in ("Financial Performance Report", "Marketing 2024", "May Day Celebrations"):
        assert plausible_title(title) == title


def test_cover_sheet_labels_are_labels_never_titles() -> None:
    lines = ["Subject Matter / Title of Decision:", "Budget Monitoring Q1", "Decision no:", "CAB 1"]
    assert title_of_cover(lines) == "Budget Monitoring Q1"
    assert title_of_cover(["Title:", "Subject Matter / Title of Decision", "Parks Review"]) == (
        "Parks Review"
    )


def test_cover_sheet_title_is_the_first_large_line_not_a_label_cell(tmp_path) -> None:
    """A health board's cover sheet: the bold title over two lines, then a table of labels
    ("For the attention of:", "Document Author(s):") whose regular-type cells stand a little
    taller than the bold title: the title is the paper's, never a label or its value."""
    import pymupdf

    from boardprep.core.engine.documents import page_start
    from boardprep.core.engine.pages.pagemap import scan_page

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Mental Health & Addiction Service:", fontsize=11, fontname="hebo")
    page.insert_text((72, 114), "Seclusion Update Report", fontsize=11, fontname="hebo")
    page.insert_text((72, 150), "For the attention of:", fontsize=11.5)
    page.insert_text((72, 166), "Executive Management Team", fontsize=11.5, fontname="hebo")
    page.insert_text((72, 200), "Document Author(s):", fontsize=8, fontname="hebo")
    page.insert_text((200, 200), "Ana Reyes, Nurse Director", fontsize=8)
    page.insert_text((72, 226), "Reviewed by:", fontsize=8, fontname="hebo")
    page.insert_text((200, 226), "Ben Ito, Executive Director", fontsize=8)
    for k in range(20):
        page.insert_text((72, 300 + k * 14), "Body text of the report runs on here.", fontsize=10)
    page.insert_text((260, 825), "Page 1 of 6", fontsize=8)  # the paper numbers its pages
    start = page_start(scan_page(page), None, 40)
    assert start is not None
    assert start.title == "Mental Health & Addiction Service: Seclusion Update Report"


def test_a_spreadsheets_sideways_column_headings_are_no_title() -> None:
    """A landscape budget sheet whose column headings are set sideways: their tall thin
    boxes are not the page's largest heading; the sheet's own title line is."""
    import pymupdf

    from boardprep.core.engine.documents import _heading
    from boardprep.core.engine.pages.pagemap import scan_page

    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    page.insert_text((60, 80), "2026 Capital Budget Summary", fontsize=14, fontname="hebo")
    for k, head in enumerate(["Administration Vehicle Fleet", "Fire Rolling Stock", "Reserves"]):
        page.insert_text((300 + 40 * k, 260), head, fontsize=10, rotate=90)
    for k in range(12):
        page.insert_text(
            (60, 300 + 18 * k), f"Line {k} of the budget table 1,200 3,400", fontsize=9
        )
    assert _heading(scan_page(page)) == "2026 Capital Budget Summary"


def test_a_councils_minutes_under_the_bodys_name_and_date_never_saying_minutes() -> None:
    import pymupdf

    from boardprep.core.engine.documents import page_start
    from boardprep.core.engine.pages.pagemap import scan_page

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text(
        (72, 30), "All minutes are draft until agreed at the next meeting.", fontsize=8
    )
    page.insert_text((72, 82), "AUDIT COMMITTEE", fontsize=12, fontname="hebo")
    page.insert_text((72, 96), "24 SEPTEMBER 2025", fontsize=12, fontname="hebo")
    page.insert_text((72, 116), "(19:15 TO 19:25)", fontsize=10)
    page.insert_text((72, 136), "PRESENT:", fontsize=10, fontname="hebo")
    for k in range(20):
        page.insert_text((72, 150 + k * 14), "Councillors Ada Quill and Ben Ito.", fontsize=10)
    start = page_start(scan_page(page), None, 40)
    assert start is not None
    assert (start.kind, start.title) == ("minutes", "AUDIT COMMITTEE 24 SEPTEMBER 2025")


def test_minutes_whose_title_block_sits_high_on_the_page() -> None:
    # "DRAFT" / the board's name / the room / "MINUTES" / the date, all in the page's top
    # band, then "1." and "CALL TO ORDER: …": minutes, titled by the block.
    import pymupdf

    from boardprep.core.engine.documents import page_start
    from boardprep.core.engine.pages.pagemap import scan_page

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    block = ["DRAFT", "BUILDING TRADES BOARD MEETING", "COMMISSION CHAMBERS", "MINUTES"]
    for k, text in enumerate([*block, "FEBRUARY 27, 2017", "5:30 P.M."]):
        page.insert_text((230, 50 + 14 * k), text, fontsize=11, fontname="hebo")
    page.insert_text((72, 141), "1.", fontsize=11)
    lines = [
        "CALL TO ORDER: The Building Trades Board Members met on Monday, February",
        "27, 2017 at 5:30 p.m. in Commission Chambers. The Chairman declared a quorum.",
    ]
    put_lines(page, lines * 8, 72, 160, 16, 11)
    start = page_start(scan_page(page), None, 40)
    assert start is not None
    assert start.kind == "minutes"
    assert start.title == (
        "DRAFT BUILDING TRADES BOARD MEETING COMMISSION CHAMBERS MINUTES FEBRUARY 27, 2017"
    )


def test_bookmarks_under_a_combined_files_name_are_that_files_own_sections() -> None:
    """A pack combined from files keeps each file's bookmarks under its name ("Draft
    report.pdf" over "Table of Contents", "Project Overview"): sections, not papers."""
    from boardprep.core.engine.documents import outline_starts

    toc: list[list[object]] = [
        [1, "Meeting #2 agenda", 1],
        [1, "251121 Draft of Code Audit Report.pdf", -1],
        [2, "Table of Contents", 2],
        [2, "Project Overview", 2],
        [3, "Outreach Goals", 3],
        [1, "Consultant's slides", 9],
    ]
    got = outline_starts(toc, 12)
    assert [(s.pdf_page, s.title) for s in got] == [
        (1, "Meeting #2 agenda"),
        (9, "Consultant's slides"),
    ]


def test_a_paper_numbering_its_pages_in_swedish_goes_on_from_page_to_page() -> None:
    """ "Sida 2 av 6" at a page's foot: inside a paper that numbers its own pages (no new
    document however large its heading); "Sida 1 av 6" opens one."""
    import pymupdf

    from boardprep.core.engine.documents import page_start
    from boardprep.core.engine.pages.pagemap import scan_page

    def page(footer: str) -> pymupdf.Page:
        p = pymupdf.open().new_page()
        p.insert_text((72, 100), "Verksamhetsberättelse 2025", fontsize=16, fontname="hebo")
        for k in range(20):
            p.insert_text((72, 160 + k * 14), "Föreningen har haft ett bra år.", fontsize=10)
        p.insert_text((260, 825), footer, fontsize=8)
        return p

    assert page_start(scan_page(page("Sida 2 av 6")), None, 40) is None
    assert page_start(scan_page(page("Seite 2 von 6")), None, 40) is None
    assert page_start(scan_page(page("Sida 1 av 6")), None, 40) is not None


def test_a_title_stacked_a_word_or_two_a_line_in_capitals_is_read_whole() -> None:
    pages = [
        FakePage(
            body=["PRESIDENT'S", "REPORT", "TO THE COUNCIL", "Over the past two months we have"],
            header="Paper B",
            footer="Page 1 of 2",
        ),
        FakePage(body=["continued"], footer="Page 2 of 2"),
        FakePage(
            body=["MINUTES", "Present: Ada Moss, Ben Cole", "APOLOGIES", "None were received."],
            header="Paper C",
            footer="Page 1 of 1",
        ),
    ]
    pages.append(
        FakePage(
            body=["INVOICE", "BILL TO", "Alder Farm Bureau"], header="Paper D", footer="Page 1 of 1"
        )
    )
    got = _starts(pages)
    assert [(s.pdf_page, s.title) for s in got] == [
        (1, "PRESIDENT'S REPORT TO THE COUNCIL"),
        (3, "MINUTES"),
        (4, "INVOICE"),  # a form's "BILL TO" box under it is no part of its title
    ]


def test_a_title_page_in_large_type_over_two_lines_is_one_title() -> None:
    import pymupdf

    doc = pymupdf.open()
    cover = doc.new_page()
    cover.insert_text((95, 280), "Elmford", fontsize=22)
    cover.insert_text((95, 305), "Multi Agency Housing Strategy", fontsize=22)
    cover.insert_text((220, 330), "2026-29", fontsize=18)
    cover.insert_text((280, 800), "Page 1 of 2", fontsize=9)
    body = doc.new_page()
    body.insert_text(
        (72, 100), "1. Introduction and the strategy's aims for the borough.", fontsize=11
    )
    body.insert_text((280, 800), "Page 2 of 2", fontsize=9)
    for _ in range(3):  # the pack's other pages
        doc.new_page().insert_text((72, 100), "Another paper's running text.", fontsize=11)
    scans = scan_pages(doc)
    got = find_documents(doc, build_page_map(doc, scans), scans)
    assert [(s.pdf_page, s.title) for s in got][:1] == [
        (1, "Elmford Multi Agency Housing Strategy")
    ]


def test_a_bilingual_pages_title_is_read_down_its_own_column() -> None:
    """A transit board's leaflet in two languages side by side: each title wraps over three
    lines in its column, the English one stopping at "," and "&" (which cannot end a title)."""
    import pymupdf

    from boardprep.core.engine.documents import _heading
    from boardprep.core.engine.pages.pagemap import scan_page

    doc = pymupdf.open()
    page = doc.new_page(width=792, height=612)
    # Each column set as a text frame of its own, the Spanish one first (a size smaller).
    for x, size, title, text in [
        (36, 20, ["Normas para bicicletas,", "patinetes y", "equipaje"], "Texto del folleto."),
        (430, 22, ["Riverside Transit's Bicycle,", "Scooter &", "Luggage Policy"], "Leaflet."),
    ]:
        for k, line in enumerate(title):
            page.insert_text((x, 72 + 25 * k), line, fontsize=size)
        for k in range(12):
            page.insert_text((x, 160 + 14 * k), text, fontsize=10)
    assert _heading(scan_page(page)) == "Riverside Transit's Bicycle, Scooter & Luggage Policy"
