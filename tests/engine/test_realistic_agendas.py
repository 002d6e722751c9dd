"""Whole agenda pages typeset the way publishers' tools do (HTML tables, fonts, wrapping).

``agenda_pdfkit`` places every line by hand; these pages go through MuPDF's HTML layout
instead (``insert_htmlbox``), so cells wrap, words split into spans and rows sit where a
word processor or a committee system would put them. All wording is fictional.
"""

from __future__ import annotations

import itertools

import pymupdf

from boardprep.core.engine.agenda.parse import ParsedAgenda, parse_agenda
from boardprep.core.engine.meeting import extract_meeting
from boardprep.core.engine.pages.textlayer import page_lines
from boardprep.core.model import Item, Meeting

CSS = """
body { font-family: sans-serif; font-size: 11pt; }
table { border-collapse: collapse; width: 100%; }
td, th { padding: 3px; vertical-align: top; text-align: left; }
p { margin: 0 0 6px 0; }
"""


def _pages(htmls: list[str], css: str = CSS) -> list[pymupdf.Page]:
    doc = pymupdf.open()
    for html in htmls:
        page = doc.new_page(width=595, height=842)
        page.insert_htmlbox(pymupdf.Rect(56, 56, 539, 780), html, css=css)
    return [doc[i] for i in range(doc.page_count)]


def parse_html(*htmls: str, start: str | None = None, css: str = CSS) -> ParsedAgenda:
    return parse_agenda([page_lines(p) for p in _pages(list(htmls), css)], start)


def meeting_html(*htmls: str) -> Meeting:
    return extract_meeting([page_lines(p) for p in _pages(list(htmls))])


def flat(items: list[Item]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for it in items:
        out.append((it.number, it.title))
        out.extend(flat(it.sub_items))
    return out


def by_number(res: ParsedAgenda, number: str) -> Item:
    for it in res.items:
        for x in [it, *it.sub_items]:
            if x.number == number:
                return x
    raise AssertionError(f"no item {number}: {flat(res.items)}")


def table(rows: list[list[str]], widths: list[int]) -> str:
    """A borderless table; ``widths`` in per cent of the text width, one per column."""
    cells = [
        [f'<td style="width:{w}%">{c}</td>' for c, w in zip(r, widths, strict=True)] for r in rows
    ]
    body = "".join("<tr>" + "".join(r) + "</tr>" for r in cells)
    return f"<table>{body}</table>"


def tr(*cells: str) -> list[str]:
    return list(cells)


# --- a time column between the number and the title (finding F7) ---------------------------


def _time_column_agenda(number_style: str) -> str:
    rows = [
        tr(f"{number_style}1", "10.00am", "<b>Welcome and Apologies</b><br><i>Chair</i>", ""),
        tr(f"{number_style}2", "10.05am", "<b>Declarations of Interest</b><br><i>Chair</i>", ""),
        tr(f"{number_style}3", "10.10am", "<b>Minutes of the Meeting held on 3 June</b>", "3 - 8"),
        tr(
            f"{number_style}4",
            "10.20am",
            "<b>Adult Carers Support Strategy and Short Breaks Offer for the Years 2026 to"
            " 2029</b><br><i>Presenter: Dr Ines Morrow, Head of Commissioning</i>",
            "9 - 30",
        ),
        tr(f"{number_style}5", "11.05am", "<b>Community Pharmacy Review</b>", "31 - 40"),
    ]
    return "<p><b>AGENDA</b></p>" + table(rows, [16, 12, 60, 12])


def test_time_column_after_a_worded_number_keeps_the_titles() -> None:
    res = parse_html(_time_column_agenda("Agenda Item "), start="10:00")
    assert flat(res.items) == [
        ("1", "Welcome and Apologies"),
        ("2", "Declarations of Interest"),
        ("3", "Minutes of the Meeting held on 3 June"),
        ("4", "Adult Carers Support Strategy and Short Breaks Offer for the Years 2026 to 2029"),
        ("5", "Community Pharmacy Review"),
    ]
    four = by_number(res, "4")
    assert four.time == "10:20"
    assert four.pack_pages == (9, 30)
    assert [p.name for p in four.people] == ["Dr Ines Morrow"]


def test_time_column_after_a_plain_number_keeps_the_titles() -> None:
    res = parse_html(_time_column_agenda(""), start="10:00")
    assert [t for _n, t in flat(res.items)][3] == (
        "Adult Carers Support Strategy and Short Breaks Offer for the Years 2026 to 2029"
    )
    assert [it.time for it in res.items] == ["10:00", "10:05", "10:10", "10:20", "11:05"]


def test_partnership_name_above_the_committee_is_the_organisation() -> None:
    m = meeting_html(
        "<h1>Westmoor Integrated Care Partnership</h1><h2>Joint Health Overview Committee</h2>"
        "<p>Thursday, 9 October 2025, 2.00 pm</p><p>Venue: Room 4, Kestrel House, Westmoor</p>"
    )
    assert m.body == "Joint Health Overview Committee"
    assert m.date == "2025-10-09"
    assert m.time == "14:00"


# --- people labels -------------------------------------------------------------------------


def test_presenters_separated_by_semicolons_are_all_kept() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        "<p>1. <b>High Needs Block Update</b> (Pages 5 - 12)</p>"
        "<p>Presenters: Mo Farrant, Head of Inclusion; Tess Ogunde, Finance Business Partner</p>"
        "<p>Contact: Ravi Mehta, Clerk</p>"
        "<p>2. <b>Any Other Business</b></p>"
    )
    one = by_number(res, "1")
    assert [(p.role, p.name) for p in one.people] == [
        ("Presenters", "Mo Farrant"),
        ("Presenters", "Tess Ogunde"),
        ("Contact", "Ravi Mehta"),
    ]
    assert by_number(res, "2").title == "Any Other Business"


# --- one-line items with dash-separated fields (finding F8) --------------------------------


def test_dash_separated_paper_lead_and_time_are_split_from_the_title() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p><p><b>1. OPENING BUSINESS</b></p>"
        "<p>1.1 Welcome and Apologies — Verbal — Chair — 09:30</p>"
        "<p>1.2 Minutes of the Meeting held on 2 May 2025 — Paper A — Chair — 09:35</p>"
        "<p><b>2. QUALITY</b></p>"
        "<p>2.1 Patient Experience Report – Quarter 4 — Paper B — Director of Nursing — 09:45</p>"
        "<p>2.2 Theatre Capacity Business Case (confidential – not for publication) — Paper C"
        " — Chief Finance Officer and Deputy Chief Executive — 10:20</p>"
        "<p>2.3 Ward Refurbishment Programme – Phase 2 – Westgate Wing</p>",
        start="09:30",
    )
    assert flat(res.items) == [
        ("1", "OPENING BUSINESS"),
        ("1.1", "Welcome and Apologies"),
        ("1.2", "Minutes of the Meeting held on 2 May 2025"),
        ("2", "QUALITY"),
        ("2.1", "Patient Experience Report – Quarter 4"),
        ("2.2", "Theatre Capacity Business Case"),
        ("2.3", "Ward Refurbishment Programme – Phase 2 – Westgate Wing"),
    ]
    p41 = by_number(res, "2.1")
    assert (p41.paper, p41.time, [p.name for p in p41.people]) == (
        "Paper B",
        "09:45",
        ["Director of Nursing"],
    )
    closed = by_number(res, "2.2")
    assert closed.exempt and closed.paper == "Paper C" and closed.time == "10:20"
    assert by_number(res, "1.1").time == "09:30"


# --- a title typed as a plain paragraph wraps back under its number (finding F6) -----------


def test_wrapped_bold_title_without_hanging_indent_keeps_its_last_line() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        "<p><b>4: Minutes of the last meeting</b></p><p>3 - 12</p>"
        "<p><b>5: Flood Resilience Strategy – Annual Review of the Surface Water Management"
        " Plan and Revised Priorities for 2026 to 2031</b></p><p>13 - 40</p>"
        "<p>Contact: Nia Price, Drainage Engineer</p>"
        "<p><b>6: Work Programme</b> 41 - 44</p>"
        "<p>To note the items planned for the next three meetings.</p>",
        css=CSS + "body { font-size: 12pt; }",
    )
    assert flat(res.items) == [
        ("4", "Minutes of the last meeting"),
        (
            "5",
            "Flood Resilience Strategy – Annual Review of the Surface Water Management Plan"
            " and Revised Priorities for 2026 to 2031",
        ),
        ("6", "Work Programme"),
    ]
    assert by_number(res, "5").pack_pages == (13, 40)
    assert by_number(res, "6").purpose == "To note the items planned for the next three meetings."


# --- vertically centred table cells (finding F12) -----------------------------------------


def test_number_centred_beside_a_tall_cell_stays_with_its_title() -> None:
    centred = CSS + "td { vertical-align: middle; padding: 8px 3px; }"
    rows = [
        tr("<b>A.</b>", "<b>Apologies for Absence</b>", ""),
        tr("<b>B.</b>", "<b>Minutes</b><br>To confirm the minutes of 9 January 2025.", "1 - 6"),
        tr("<b>C.</b>", "<b>Town Centre Events Budget</b><br>Report to follow", ""),
        tr(
            "<b>D.</b>",
            "<b>Exclusion of the Press and Public</b><br>To resolve that, under Section"
            " 100A(4) of the Local Government Act 1972, the press and public be excluded"
            " from the meeting for the following item, as it involves the likely"
            " disclosure of exempt information defined in paragraph 3 of Part 1 of"
            " Schedule 12A to the Act.",
            "",
        ),
        tr("<b>E.</b>", "<b>Lease of the Market Hall Kiosk</b>", "7 - 12"),
    ]
    res = parse_html("<p><b>AGENDA</b></p>" + table(rows, [8, 77, 15]), css=centred)
    assert flat(res.items) == [
        ("A", "Apologies for Absence"),
        ("B", "Minutes"),
        ("C", "Town Centre Events Budget"),
        ("D", "Exclusion of the Press and Public"),
        ("E", "Lease of the Market Hall Kiosk"),
    ]
    assert [it.exempt for it in res.items] == [False, False, False, False, True]


def test_sub_items_keep_their_printed_label_and_a_unique_number() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        "<p><b>4. Planning Applications</b></p>"
        "<p>(i) 25/00412/FUL – Orchard Barn, Lower Lane (Pages 7 - 12)</p>"
        "<p>(ii) 25/00588/HOU – 3 Church Walk (Pages 13 - 18)</p>"
        "<p><b>5. Licensing Matters</b></p>"
        "<p>(i) Street Trading Consent – Quay Parade (Pages 19 - 22)</p>"
    )
    four, five = res.items
    assert [(c.number, c.printed) for c in four.sub_items] == [("4i", "(i)"), ("4ii", "(ii)")]
    assert five.sub_items[0].number == "5i"
    assert four.to_json()["children"][0]["number"] == "(i)"  # the JSON prints the label


# --- NHS table: Paper and Lead columns set close together (finding F9) ---------------------


def test_paper_and_lead_columns_are_read_by_their_headings() -> None:
    head = ["<b>Item</b>", "<b>Subject</b>", "<b>Paper</b>", "<b>Lead</b>", "<b>Time</b>"]
    rows = [
        head,
        ["1.", "<b>OPENING BUSINESS</b>", "", "", ""],
        ["1.1", "Welcome and Apologies", "Verbal", "Chair", "09:30"],
        [
            "1.2",
            "Minutes of the Previous Meeting<br><i>For approval</i>",
            "Paper A",
            "Chair",
            "09:35",
        ],
        ["2.", "<b>STRATEGY</b>", "", "", ""],
        ["2.1", "Clinical Strategy Refresh", "Paper B", "Medical Director", "09:45"],
    ]
    res = parse_html("<p><b>AGENDA</b></p>" + table(rows, [8, 52, 10, 20, 10]), start="09:30")
    assert flat(res.items) == [
        ("1", "OPENING BUSINESS"),
        ("1.1", "Welcome and Apologies"),
        ("1.2", "Minutes of the Previous Meeting"),
        ("2", "STRATEGY"),
        ("2.1", "Clinical Strategy Refresh"),
    ]
    minutes, strategy = by_number(res, "1.2"), by_number(res, "2.1")
    assert (minutes.paper, minutes.time, minutes.purpose) == ("Paper A", "09:35", "For approval")
    assert [(p.role, p.name) for p in strategy.people] == [("Lead", "Medical Director")]
    assert strategy.paper == "Paper B"
    assert [p.name for p in by_number(res, "1.1").people] == ["Chair"]


# --- Welsh and bilingual packs ---------------------------------------------------------------


def test_welsh_ranges_and_bilingual_item_numbers() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        "<p>Eitem 1 / Item 1 <b>Ymddiheuriadau / Apologies</b></p>"
        "<p>3 <b>Cofnodion</b> (Tudalennau 3 - 7)</p>"
        "<p>4 <b>Cyllideb Refeniw 2025/26</b> (Tudalennau 8 - 23)</p>"
    )
    assert [(i.number, i.title, i.pack_pages) for i in res.items] == [
        ("1", "Ymddiheuriadau / Apologies", None),
        ("3", "Cofnodion", (3, 7)),
        ("4", "Cyllideb Refeniw 2025/26", (8, 23)),
    ]


def test_welsh_front_sheet_labels_with_values_below() -> None:
    m = meeting_html(
        "<p>Pecyn Dogfennau Cyhoeddus</p><h2>Cabinet</h2>"
        "<p>Dyddiad:</p><p>Dydd Mawrth, 18 Chwefror 2025</p>"
        "<p>Amser:</p><p>2.00 pm</p>"
        "<p>Lleoliad:</p><p>Ystafell Bwyllgor 1, Swyddfeydd y Cyngor</p>"
    )
    assert (m.date, m.time) == ("2025-02-18", "14:00")
    assert m.venue == "Ystafell Bwyllgor 1, Swyddfeydd y Cyngor"


def test_presenter_column_text_below_its_item_row_is_the_lead() -> None:
    head = ["<b>Item</b>", "<b>Time</b>", "<b>Title</b>", "<b>Presenter</b>", "<b>Paper</b>"]
    rows = [
        head,
        ["2.1", "14:00", "Quality and safety report", "<br>Director of Quality", "Paper C"],
        [
            "2.2",
            "14:30",
            "Finance report Month 11 and draft financial plan 2025/26",
            "Chief Finance Officer",
            "Paper D",
        ],
    ]
    res = parse_html("<p><b>AGENDA</b></p>" + table(rows, [8, 10, 42, 25, 15]), start="13:30")
    assert flat(res.items) == [
        ("2.1", "Quality and safety report"),
        ("2.2", "Finance report Month 11 and draft financial plan 2025/26"),
    ]
    assert [p.name for p in res.items[0].people] == ["Director of Quality"]
    assert [p.name for p in res.items[1].people] == ["Chief Finance Officer"]


def test_bilingual_table_joins_the_english_line_under_the_welsh_title() -> None:
    rows = [
        ["<b>Eitem</b>", "<b>Teitl / Title</b>", "<b>Tudalennau</b>"],
        ["1.", "<b>Ymddiheuriadau</b><br><i>Apologies</i>", ""],
        ["2.", "<b>Cofnodion</b><br><i>Minutes</i><br>I gadarnhau / To confirm", "1 - 6"],
    ]
    res = parse_html("<p><b>AGENDA</b></p>" + table(rows, [10, 70, 20]))
    assert flat(res.items) == [("1", "Ymddiheuriadau / Apologies"), ("2", "Cofnodion / Minutes")]
    assert res.items[1].pack_pages == (1, 6)


def test_centred_number_beside_a_bold_title_and_its_description() -> None:
    centred = CSS + "td { vertical-align: middle; padding: 1px 3px; }"
    desc = "To consider the report of the Strategic Director on the options and the recommended way"
    rows = [
        ["<b>No.</b>", "<b>Subject</b>", "<b>Pages</b>"],
        ["1", "<b>Apologies for Absence</b><br>To receive apologies for absence.", ""],
        ["2", f"<b>Leisure Services Future Delivery Model</b><br>{desc} forward.", "3 - 9"],
        ["3", "<b>Urgent Business</b>", ""],
    ]
    res = parse_html("<p><b>AGENDA</b></p>" + table(rows, [8, 77, 15]), css=centred)
    assert flat(res.items) == [
        ("1", "Apologies for Absence"),
        ("2", "Leisure Services Future Delivery Model"),
        ("3", "Urgent Business"),
    ]
    assert res.items[1].pack_pages == (3, 9)


# --- ruled tables with centred or bottom-aligned cells ------------------------------------


def test_ruled_table_cells_are_read_as_if_top_aligned() -> None:
    from boardprep.core.engine.agenda.table_cells import top_align_tables

    grid = CSS + "td { border: 1px solid black; vertical-align: bottom; padding: 2px; }"
    rows = [
        ["<b>Item</b>", "<b>Subject</b>", "<b>Pages</b>"],
        ["1", "Apologies for Absence", ""],
        ["2", "<b>Declarations of Interest</b><br>Members declare any pecuniary interests.", ""],
        ["3", "<b>Minutes</b><br>To approve the minutes of 11 December 2025.", "1 - 6"],
        ["4", "<b>Highways Asset Management Plan</b><br>Report of the Director.", "7 - 20"],
    ]
    pages = _pages(["<p><b>AGENDA</b></p>" + table(rows, [10, 75, 15])], grid)
    res = parse_agenda([top_align_tables(p, page_lines(p)) for p in pages], None)
    assert flat(res.items) == [
        ("1", "Apologies for Absence"),
        ("2", "Declarations of Interest"),
        ("3", "Minutes"),
        ("4", "Highways Asset Management Plan"),
    ]
    assert [i.pack_pages for i in res.items] == [None, None, (1, 6), (7, 20)]


def test_grid_drawn_cell_by_cell_is_read_without_the_table_finder(monkeypatch) -> None:
    # Word draws each cell's borders apart, as thin filled boxes; the number and page range
    # sit at the foot of their cells, beside the last line of a two-line subject. The rules
    # give the rows and cells; MuPDF's general table finder (50-250 ms a page) is not needed.
    from boardprep.core.engine.agenda.table_cells import top_align_tables

    def no_finder(*_a: object, **_k: object) -> None:
        raise AssertionError("the table finder was called")

    monkeypatch.setattr(pymupdf.Page, "find_tables", no_finder)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((57, 80), "AGENDA", fontname="hebo", fontsize=12)
    columns = [55.0, 110.0, 470.0, 540.0]
    rows = [
        ("1", ["Apologies for absence", "and substitutions", "from members"], ""),
        ("2", ["Minutes of the meeting", "held on 3 February", "2026"], "1 - 6"),
        ("3", ["Quarterly performance", "and finance monitoring", "report"], "7 - 22"),
        ("4", ["Market town parking", "review and consultation", "results"], "23 - 30"),
    ]
    top = 100.0
    for number, title, pages in rows:
        for x0, x1 in itertools.pairwise(columns):  # this row's borders, cell by cell
            page.draw_rect((x0, top - 0.25, x1, top + 0.25), color=None, fill=(0, 0, 0))
            page.draw_rect((x0 - 0.25, top, x0 + 0.25, top + 50), color=None, fill=(0, 0, 0))
        page.draw_rect((539.75, top, 540.25, top + 50), color=None, fill=(0, 0, 0))
        for k, text in enumerate(title):
            page.insert_text((115, top + 14 + k * 13), text, fontsize=10)
        page.insert_text((60, top + 40), number, fontsize=10)  # at the cell's foot
        if pages:
            page.insert_text((475, top + 40), pages, fontsize=10)
        top += 50
    page.draw_rect((55, top - 0.25, 540, top + 0.25), color=None, fill=(0, 0, 0))
    pl = page_lines(page)
    res = parse_agenda([top_align_tables(page, pl)], None)
    assert flat(res.items) == [
        ("1", "Apologies for absence and substitutions from members"),
        ("2", "Minutes of the meeting held on 3 February 2026"),
        ("3", "Quarterly performance and finance monitoring report"),
        ("4", "Market town parking review and consultation results"),
    ]
    assert [i.pack_pages for i in res.items] == [None, (1, 6), (7, 22), (23, 30)]
    unaligned = parse_agenda([pl], None).items
    assert (flat(unaligned), [i.pack_pages for i in unaligned]) != (
        flat(res.items),
        [i.pack_pages for i in res.items],
    )  # the rows needed it


def test_time_column_before_the_number() -> None:
    # "10.00am 1" in the first cell: the time, then the item number, a space apart.
    rows = [
        ["<b>Time / Item</b>", "<b>Business</b>", "<b>Pages</b>"],
        ["10.00am 1", "Apologies and substitutions", ""],
        ["10.10am 2", "Minutes of the last meeting", "3 - 5"],
        ["10.15am 3", "Dental access in Brightwater", "6 - 10"],
    ]
    res = parse_html("<p><b>AGENDA</b></p>" + table(rows, [20, 65, 15]), start="10:00")
    assert [(i.number, i.time, i.pack_pages) for i in res.items] == [
        ("1", "10:00", None),
        ("2", "10:10", (3, 5)),
        ("3", "10:15", (6, 10)),
    ]


def test_rules_between_rows_only_with_centred_cells() -> None:
    # Word's "Plain Table": rules between the rows, none between the columns, and the short
    # cells (time, number, pages) centred beside a subject that wraps over three lines.
    from boardprep.core.engine.agenda.table_cells import top_align_tables

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((57, 80), "AGENDA", fontname="hebo", fontsize=12)
    blocks = [
        ("09:30", "1", ["Apologies and", "substitutions from", "members"], ""),
        ("09:40", "2", ["Minutes of the last", "meeting held on 14", "January 2026"], "3 - 5"),
        (
            "09:45",
            "3",
            ["Urgent and emergency", "care winter review", "and recovery plan"],
            "6 - 10",
        ),
        ("10:30", "4", ["Adult social care", "charging reform and", "consultation"], "11 - 16"),
        ("11:10", "5", ["Dental access in", "Brightwater and the", "coastal wards"], "17 - 20"),
    ]
    top = 100.0
    for time, number, title, pages in blocks:
        page.draw_line((55, top), (540, top))
        for k, text in enumerate(title):
            page.insert_text((160, top + 14 + k * 13), text, fontsize=10)
        middle = top + 14 + 13
        page.insert_text((57, middle), time, fontsize=10)
        page.insert_text((110, middle), number, fontsize=10)
        if pages:
            page.insert_text((480, middle), pages, fontsize=10)
        top += 50
    page.draw_line((55, top), (540, top))
    pl = page_lines(page)
    res = parse_agenda([top_align_tables(page, pl)], "09:30")
    assert flat(res.items) == [
        ("1", "Apologies and substitutions from members"),
        ("2", "Minutes of the last meeting held on 14 January 2026"),
        ("3", "Urgent and emergency care winter review and recovery plan"),
        ("4", "Adult social care charging reform and consultation"),
        ("5", "Dental access in Brightwater and the coastal wards"),
    ]
    assert [(i.time, i.pack_pages) for i in res.items][:3] == [
        ("09:30", None),
        ("09:40", (3, 5)),
        ("09:45", (6, 10)),
    ]
    assert flat(parse_agenda([pl], "09:30").items) != flat(res.items)  # the rows needed it
