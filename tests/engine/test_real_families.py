"""Layout families met in real published packs, rebuilt with fictional wording.

Each test stands for a family first seen in the real-pack corpus (benchmarks/realpacks):
a health board's agenda table with section rows and a "Ref #" column, presenters after a
dash, an Ontario-style agenda headed "Council Agenda" with wrapped titles, and bookmarks that
name every paper.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.agenda.lines import is_header_line
from boardprep.core.engine.agenda.people import split_presenter
from boardprep.core.engine.analysis import analyze
from boardprep.core.engine.vocabulary import AGENDA_HEAD_RE
from tests.engine.agenda_pdfkit import put_lines
from tests.engine.test_realistic_agendas import parse_html

BOARD_TABLE = """
<p><b>Public Agenda</b></p>
<table>
<tr><td><b>Item</b></td><td><b>Section 1: Routine</b></td><td>Ref #</td><td><b>Time</b></td></tr>
<tr><td>1.</td><td>Welcome and Apologies</td><td></td><td>1:30</td></tr>
<tr><td>2.</td><td>Chief Executive's Report – Mara Quill</td><td>41</td><td></td></tr>
<tr><td>3.</td><td>Finance Report – Tobias Wren, Director of Finance</td><td>42</td><td>1:50</td>
</tr>
<tr><td></td><td><b>Section 2: Committee Reports</b></td><td></td><td></td></tr>
<tr><td>4.</td><td>Clinical Forum report – Chair, Ilse Moreau</td><td>43</td><td>2:10</td></tr>
<tr><td>5.</td><td>Estates Update – Ada Finch/Joel Park</td><td>44</td><td>2:20</td></tr>
<tr><td>6.</td><td>Section 3: Recommendation to Exclude the Public</td><td></td><td></td></tr>
</table>
"""


def _agenda_page(
    doc: pymupdf.Document,
    heading: tuple[float, str],
    rows: list[tuple[float, str]],
    top: float,
    step: float,
    bold_x: float | None = None,
) -> pymupdf.Page:
    """A page with a bold heading at (x, 60) and one line per (x, text) row, ``step`` apart
    from ``top`` down (rows at ``bold_x`` set in bold)."""
    page = doc.new_page(width=612, height=792)
    page.insert_text((heading[0], 60), heading[1], fontsize=14, fontname="hebo")
    for k, (x, text) in enumerate(rows):
        font = "hebo" if x == bold_x else "helv"
        page.insert_text((x, top + step * k), text, fontsize=11, fontname=font)
    return page


def test_health_board_table_with_section_rows_ref_column_and_presenters() -> None:
    res = parse_html(BOARD_TABLE, start="13:30")
    got = [(i.number, i.title, i.pack_pages) for i in res.items]
    assert got == [
        ("1", "Welcome and Apologies", None),
        ("2", "Chief Executive's Report", None),
        ("3", "Finance Report", None),
        ("4", "Clinical Forum report", None),
        ("5", "Estates Update", None),
        ("6", "Recommendation to Exclude the Public", None),
    ]
    people = {i.number: [(p.role, p.name) for p in i.people] for i in res.items}
    assert people["3"] == [("Presenter", "Tobias Wren")]
    assert people["4"] == [("Chair", "Ilse Moreau")]
    assert people["5"] == [("Presenter", "Ada Finch"), ("Presenter", "Joel Park")]
    assert people["2"] == [("Presenter", "Mara Quill")]  # a bare name: the agenda's habit


def test_a_dash_before_a_place_or_a_subject_stays_in_the_title() -> None:
    for title in (
        "Premises Licence – The Lantern Inn, Quay Row",
        "Housing – Homelessness Strategy",
        "Matters Arising – Review of Actions",
        "Local Plan – Regulation 19",
    ):
        assert split_presenter(title, plain_names=True) == (title, [])
    assert split_presenter("Air Transfer Contract - CEO")[0] == "Air Transfer Contract"


def test_heading_words() -> None:
    for head in ("Council Agenda", "Regular Meeting Agenda", "Board of Trustees Agenda"):
        assert AGENDA_HEAD_RE.match(head), head
    for item in ("APPROVAL OF THE AGENDA", "Consent Agenda", "the agenda"):
        assert not AGENDA_HEAD_RE.match(item), item
    assert is_header_line("Item\tSection 1: Routine\tRef #\tTime (pm)")


TOWNSHIP = """
<p><b>Township of Fernhollow</b></p><p><b>Council Agenda</b></p>
<p>Date: Monday, March 2, 2026</p><p>Time: 6:00 p.m.</p>
<table>
<tr><td><b>1.</b></td><td><b>CALL TO ORDER</b></td></tr>
<tr><td><b>2.</b></td><td><b>DISCLOSURE OF PECUNIARY INTEREST</b></td></tr>
<tr><td><b>3.</b></td><td><b>ITEMS FOR CONSIDERATION</b></td></tr>
</table>
<p style="margin-left:30px">3.1 Report No. FIN-07-2026: Draft Five Year Roads Programme and
Reserve Review.</p>
<p style="margin-left:30px">3.2 By-law No. 4100-26 – Being a By-law to Confirm the Proceedings
of Council held on March 2, 2026.</p>
<table><tr><td><b>4.</b></td><td><b>ADJOURNMENT</b></td></tr></table>
"""


def test_council_agenda_with_wrapped_titles_ending_in_a_full_stop() -> None:
    res = parse_html(TOWNSHIP)
    flat = [(i.number, i.title) for i in res.items] + [
        (s.number, s.title) for i in res.items for s in i.sub_items
    ]
    assert (
        "3.1",
        "Report No. FIN-07-2026: Draft Five Year Roads Programme and Reserve Review",
    ) in flat
    assert (
        "3.2",
        "By-law No. 4100-26 – Being a By-law to Confirm the Proceedings of Council held on "
        "March 2, 2026",
    ) in flat


def test_bookmarks_place_items_without_printed_pages(tmp_path: Path) -> None:
    """Every paper bookmarked under the agenda's wording; one bookmark points nowhere."""
    doc = pymupdf.open()
    agenda = doc.new_page()
    agenda.insert_htmlbox(
        pymupdf.Rect(56, 56, 539, 780),
        "<p><b>AGENDA</b></p><p>Date: Tuesday 3 March 2026</p>"
        "<p>1. Apologies</p><p>2. Interests Register</p><p>3. Estates Strategy Refresh</p>"
        "<p>4. Quarterly Workforce Report</p><p>5. Confidential Contract Award</p>",
    )
    toc = [[1, "Agenda", 1]]
    for title, pages in [("Interests Register", 2), ("Estates Strategy", 3), ("Workforce", 4)]:
        toc.append([1, title, doc.page_count + 1])
        for _ in range(pages):
            page = doc.new_page()
            page.insert_text((72, 100), "Continued papers text without a heading.", fontsize=10)
    toc.append([1, "Contract Award (confidential)", -1])
    doc.set_toc(toc)
    doc.save(tmp_path / "pack.pdf")
    tree = analyze(tmp_path / "pack.pdf", data_dir=tmp_path, use_cache=False)
    pages = {it.number: it.pdf_pages for it in tree.items}
    assert pages == {"1": None, "2": (2, 3), "3": (4, 6), "4": (7, 10), "5": None}


def test_bookmarks_that_only_label_items_place_their_papers(tmp_path: Path) -> None:
    """A health body's combined board papers: no stamps, no cover sheets, papers headed in
    their own words; the outline's top level labels each paper "Agenda Item 3", and under
    each label sit the paper's own section bookmarks, which are no papers."""
    doc = pymupdf.open()
    doc.new_page().insert_htmlbox(
        pymupdf.Rect(56, 56, 539, 780),
        "<p><b>TRUST BOARD MEETING</b></p><p>Thursday 18 January 2026, 4pm</p>"
        "<p>1. Apologies</p><p>2. Minutes of the last meeting</p>"
        "<p>3. Maternity Services Review</p><p>4. Estates Refresh</p><p>5. Any other business</p>",
    )
    toc: list[list[object]] = [[1, "Agenda", 1]]
    papers = [
        ("Agenda Item 2", "Confirmed minutes of the Board held on 9 November 2025", 2),
        ("Agenda Item 3", "A new model of care for mothers and babies", 3),
        ("Agenda Item 4", "Buildings and land: the next five years", 3),
    ]
    for label, heading, pages in papers:
        toc.append([1, label, doc.page_count + 1])
        for k in range(pages):
            page = doc.new_page()
            if k == 0:
                page.insert_text((72, 80), heading, fontsize=14)
            page.insert_text((72, 130), f"Section {k + 1}", fontsize=12)
            page.insert_text((72, 160), "Body text of the paper, page after page.", fontsize=10)
            toc.append([2, f"Section {k + 1}", doc.page_count])
    doc.set_toc(toc)
    doc.save(tmp_path / "pack.pdf")
    tree = analyze(tmp_path / "pack.pdf", data_dir=tmp_path, use_cache=False)
    got = {it.number: it for it in tree.items}
    assert {n: it.pdf_pages for n, it in got.items()} == {
        "1": None,
        "2": (2, 3),
        "3": (4, 6),
        "4": (7, 9),
        "5": None,
    }
    assert [d.pdf_pages for d in got["3"].children if d.kind == "document"] == [(4, 6)]


def test_an_appendix_label_over_its_title_names_the_paper(tmp_path: Path) -> None:
    """A bookmarked paper opens with a cover: "Appendix 2" in large type, its title under it."""
    doc = pymupdf.open()
    doc.new_page().insert_htmlbox(
        pymupdf.Rect(56, 56, 539, 780),
        "<p><b>TRUST BOARD MEETING</b></p><p>Thursday 18 January 2026, 4pm</p>"
        "<p>1. Apologies</p><p>2. Draft Operating Plan</p><p>3. Any other business</p>",
    )
    cover = doc.new_page()
    cover.insert_text((60, 420), "Appendix 2", fontsize=28)
    cover.insert_text((60, 460), "PCT Operating Plan 2026/27", fontsize=28)
    cover.insert_text((60, 500), "Commentary Template", fontsize=28)
    doc.new_page().insert_text((72, 100), "1. Past year performance", fontsize=10)
    doc.set_toc([[1, "Agenda", 1], [1, "Agenda Item 2", 2]])
    doc.save(tmp_path / "pack.pdf")
    tree = analyze(tmp_path / "pack.pdf", data_dir=tmp_path, use_cache=False)
    item = next(it for it in tree.items if it.number == "2")
    assert item.pdf_pages == (2, 3)
    assert [d.title for d in item.children if d.kind == "document"] == [
        "Appendix 2 – PCT Operating Plan 2026/27"
    ]


def test_a_supplements_covering_letter_lists_the_agenda(tmp_path: Path) -> None:
    """ "I am now able to enclose ... the following reports" over "Agenda Item No" rows."""
    doc = pymupdf.open()
    doc.new_page().insert_htmlbox(
        pymupdf.Rect(56, 56, 539, 780),
        "<p><b>Public Document Pack</b></p><p><b>PLANNING COMMITTEE</b></p>"
        "<p>Thursday, 12th March, 2026 at 7.00 pm</p><p>Dear Councillor,</p>"
        "<p>I am now able to enclose, for consideration at the above meeting, the following "
        "reports that were unavailable when the agenda was printed.</p>"
        "<table><tr><td><b>Agenda Item No</b></td><td></td></tr>"
        "<tr><td>7</td><td><b>25/00109/FUL - Land at Mill Lane</b> (Pages 1 - 4)</td></tr>"
        "<tr><td>9</td><td><b>Update on Planning Appeals</b> (Pages 5 - 6)</td></tr></table>",
    )
    for n in range(1, 7):
        page = doc.new_page()
        page.insert_text((72, 100), "Report" if n in (1, 5) else "continued", fontsize=12)
        page.insert_text((280, 820), f"Page {n}", fontsize=9)
    doc.save(tmp_path / "supplement.pdf")
    tree = analyze(tmp_path / "supplement.pdf", data_dir=tmp_path, use_cache=False)
    got = [(it.number, it.title, it.pack_pages, it.pdf_pages) for it in tree.items]
    assert got == [
        ("7", "25/00109/FUL - Land at Mill Lane", (1, 4), (2, 5)),
        ("9", "Update on Planning Appeals", (5, 6), (6, 7)),
    ]


def test_durations_spans_and_paper_codes_leave_the_titles() -> None:
    """A university court's agenda: allotted minutes, a time span and paper codes."""
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        "<p>1. Welcome and Apologies – 5 minutes</p>"
        "<p>2. Convener's Communications (15 mins)</p>"
        "<p>3. Minutes of the last meeting (S 23/24 3A)</p>"
        "<p>4. Principal's Report S 23/24 3E</p>"
        "<p>5. Student Experience Workshop 2–5 pm</p>"
        "<p><b>EXEMPT ITEMS</b></p>"
        "<p>(At the time of preparing the agenda there were no exempt items.)</p>",
        start="13:00",
    )
    got = [(i.number, i.title, i.duration, i.paper, i.time, i.exempt) for i in res.items]
    assert got == [
        ("1", "Welcome and Apologies", 5, None, None, False),
        ("2", "Convener's Communications", 15, None, None, False),
        ("3", "Minutes of the last meeting", None, "S 23/24 3A", None, False),
        ("4", "Principal's Report", None, "S 23/24 3E", None, False),
        ("5", "Student Experience Workshop", None, None, "14:00", False),
    ]


def test_a_one_item_agenda_and_text_drawn_twice(tmp_path: Path) -> None:
    """An extraordinary meeting with one item; its title drawn twice (fake bold) reads once."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_htmlbox(
        pymupdf.Rect(56, 56, 539, 300),
        "<p><b>Extraordinary Meeting of the Council</b></p>"
        "<p>Monday 9 March 2026 at 6.00 pm</p><p><b>AGENDA</b></p>",
    )
    for dx in (0, 0.3):  # the same words overprinted a fraction of a point apart
        page.insert_text((72 + dx, 320), "1. Boundary Review Proposal (Pages 2 - 4)", fontsize=11)
    for k in range(3):
        paper = doc.new_page()
        paper.insert_text((72, 100), "Boundary Review Proposal" if k == 0 else "more", fontsize=14)
        paper.insert_text((280, 820), f"Page {k + 2}", fontsize=9)
    doc.save(tmp_path / "one.pdf")
    tree = analyze(tmp_path / "one.pdf", data_dir=tmp_path, use_cache=False)
    assert [(i.number, i.title, i.pdf_pages) for i in tree.items] == [
        ("1", "Boundary Review Proposal", (2, 4))
    ]


def test_two_agendas_in_one_file_both_read() -> None:
    """An annual meeting's agenda, then the ordinary meeting's, numbered as minute numbers."""
    res = parse_html(
        "<p><b>AGENDA</b></p><p>805. Apologies for absence</p><p>806. Chairman's Report</p>"
        "<p>807. Election of Chairman</p>",
        "<p>You are summoned to a meeting of the above Council</p><p><b>AGENDA</b></p>"
        "<p>2691. Police Report</p><p>2692. Public Forum</p><p>2693. Correspondence</p>",
    )
    assert [i.number for i in res.items] == ["805", "806", "807", "2691", "2692", "2693"]


def test_purpose_suffixes_and_a_presentation_in_the_title() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        "<p>1. Workforce quarterly report - for information only</p>"
        "<p>2. Primary Care Claim presentation</p><p>3. Estates Strategy – Presentation</p>"
    )
    got = [(i.title, i.purpose) for i in res.items]
    assert got == [
        ("Workforce quarterly report", "For information only"),
        ("Primary Care Claim presentation", None),
        ("Estates Strategy", None),
    ]


def test_an_agenda_viewers_title_and_description_two_spaces_apart() -> None:
    """Granicus-style prints: "4.  Approval of Minutes  Approval of the minutes of …"."""
    from boardprep.core.engine.agenda.parse import parse_agenda
    from boardprep.core.engine.pages.textlayer import page_lines

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 60), "AGENDA", fontsize=14)
    lines = [
        "Approval of Minutes  Approval of the minutes of the October meeting.",
        "Aquatic Program Annual Report  Report on the pools and their programmes.",
        "Park Patrol Report  Patrol report for August and September.",
    ]
    for k, text in enumerate(lines):
        page.insert_text((76, 100 + 40 * k), f"{k + 4}.", fontsize=11)
        page.insert_text((104, 100 + 40 * k), text, fontsize=11)
    res = parse_agenda([page_lines(page)], None)
    assert [(i.number, i.title) for i in res.items] == [
        ("4", "Approval of Minutes"),
        ("5", "Aquatic Program Annual Report"),
        ("6", "Park Patrol Report"),
    ]
    assert res.items[0].purpose == "Approval of the minutes of the October meeting."


def test_us_title_block_time_below_the_date_and_past_minutes_dates() -> None:
    from tests.engine.test_realistic_agendas import meeting_html

    m = meeting_html(
        "<p><b>A G E N D A</b></p><p>TUESDAY, November 1, 2022</p><p>7:00 P.M.</p>"
        "<p>Email the Commission by 5:00p.m. on the day of the meeting.</p>"
        "<p>Staff Recommendation: approve the Minutes of the Special Planning Commission "
        "meeting of October 18, 2022.</p>"
    )
    assert (m.date, m.time) == ("2022-11-01", "19:00")


def test_us_consent_list_lettered_sub_items_and_code_parts_that_are_not_exempt() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p><p><b>4. CONSENT CALENDAR</b></p>"
        "<p>All matters are enacted by one motion in the form listed below. There may be "
        "separate discussion if a member so requests.</p>"
        "<p>a. Motion to Waive Full Reading of Ordinances</p><p>b. Warrants Register</p>"
        "<p><b>5. PUBLIC HEARING</b></p>"
        "<p>5.A Consideration of Ordinance No. 383 on Building Codes</p>"
        "<p>Adopting by reference Part 2 of Title 24 and Part 2.5 of the Building Code.</p>"
    )
    got = [(i.number, i.title, [(c.number, c.exempt) for c in i.sub_items]) for i in res.items]
    assert got == [
        ("4", "CONSENT CALENDAR", [("4a", False), ("4b", False)]),
        ("5", "PUBLIC HEARING", [("5.A", False)]),
    ]


def test_us_presenters_behind_their_office_and_notes_in_brackets() -> None:
    assert split_presenter("Invocation – Council Member Waronek")[1][0].name == "Waronek"
    res = parse_html(
        "<p><b>AGENDA</b></p><p>4. APPOINTMENT OF MAYOR (No Staff Report)</p>"
        "<p>5. CITY MANAGER'S REPORT (information only)</p>"
    )
    assert [i.title for i in res.items] == ["APPOINTMENT OF MAYOR", "CITY MANAGER'S REPORT"]


def test_us_lettered_sections_hold_the_numbered_items() -> None:
    """ "A. PROCEDURAL MOTIONS" / "B. CONSENT" / "8. Minutes" ...: numbering runs on across
    sections, and a recommendation's own "1." list is no item."""
    res = parse_html(
        "<p><b>AGENDA</b></p><p>1. Recognition of the Girls' Soccer Champions</p>"
        "<p>2. Earth Day Proclamation</p><p><b>A. PROCEDURAL MOTIONS</b></p>"
        "<p><b>B. CONSENT</b></p><p style='margin-left:20px'>3. City Council Minutes</p>"
        "<p style='margin-left:40px'>Recommendation -</p>"
        "<p style='margin-left:60px'>1. Approve the minutes of March 15, 2022</p>"
        "<p style='margin-left:20px'>4. Warrant Register</p>"
        "<p><b>C. PUBLIC HEARINGS</b></p><p style='margin-left:20px'>5. Zoning Amendment</p>"
    )
    got = [(i.number, [c.number for c in i.sub_items]) for i in res.items]
    assert got == [("1", []), ("2", []), ("A", []), ("B", ["3", "4"]), ("C", ["5"])]


def test_us_staff_author_in_brackets_after_each_title() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p><p>1. Approval of Minutes (Takaoka)</p>"
        "<p>2. Registers of Demands (Mata)</p><p>3. Cash Balances Report. (Lin)</p>"
        "<p>4. Budget Update (Draft)</p>"
    )
    assert [i.title for i in res.items] == [
        "Approval of Minutes",
        "Registers of Demands",
        "Cash Balances Report",
        "Budget Update (Draft)",
    ]
    assert [(p.role, p.name) for p in res.items[1].people] == [("Staff", "Mata")]


def test_a_few_bracketed_words_in_a_long_warrant_are_part_of_their_titles() -> None:
    """A town meeting's warrant of many articles qualifies four of them in brackets
    ("Collective Bargaining (Fire)", "… Pay Schedule (Traffic Supervisors)"): not authors'
    names, as brackets item after item are; the titles keep them."""
    articles = [f"Article {k} business" for k in range(1, 25)]
    articles[3] = "Collective Bargaining (Fire)"
    articles[5] = "Collective Bargaining (Police)"
    articles[7] = "Proposed Pay Schedule and Reclassification (Traffic Supervisors)"
    articles[9] = "Proposed Reclassification and Pay Schedule (Administrative)"
    res = parse_html(
        "<p><b>AGENDA</b></p>" + "".join(f"<p>{k}. {t}</p>" for k, t in enumerate(articles, 1))
    )
    assert [i.title for i in res.items] == articles


def test_presenters_in_brackets_joined_by_slashes() -> None:
    """An Austin commission ends each title with who brings it, joined by slashes:
    "(Catellus/AISD)", "(Commissioners / Catellus / Staff)". "(Discussion and Action)" says
    what the item is for, "(CAFR)" is the title's acronym and "(Compass Bible Church)" whom
    it concerns: they stay."""
    res = parse_html(
        "<p><b>AGENDA</b></p><p>1. School Update (Harbor/ISD)</p>"
        "<p>2. Zoning Amendment Status Update (Commissioners / Harbor / Staff)</p>"
        "<p>3. Development Update (Harbor)</p><p>4. Future Agenda Items (Staff/Commission)</p>"
        "<p>5. Approve minutes of the last meeting (Discussion and Action)</p>"
        "<p>6. Comprehensive Annual Financial Report (CAFR)</p>"
        "<p>7. Parking Plan at 145 Columbia (Compass Bible Church)</p>"
    )
    assert [i.title for i in res.items] == [
        "School Update",
        "Zoning Amendment Status Update",
        "Development Update",
        "Future Agenda Items",
        "Approve minutes of the last meeting (Discussion and Action)",
        "Comprehensive Annual Financial Report (CAFR)",  # its acronym
        "Parking Plan at 145 Columbia (Compass Bible Church)",  # whom it concerns
    ]
    assert [p.name for p in res.items[1].people] == ["Commissioners", "Harbor", "Staff"]


def test_one_person_named_in_brackets_is_the_presenter_even_once() -> None:
    """A community council's agenda names a presenter on one item only: "(Martin Croft)",
    "(C Scott)" are people wherever they stand; a lone "(Takaoka)" or "(Second Reading)"
    stays in the title."""
    res = parse_html(
        "<p><b>AGENDA</b></p><p>1. Apologies</p><p>2. Cemetery Gates update (Martin Croft)</p>"
        "<p>3. Parking Ordinance (Second Reading)</p>"
    )
    assert [i.title for i in res.items] == [
        "Apologies",
        "Cemetery Gates update",
        "Parking Ordinance (Second Reading)",
    ]
    res = parse_html(
        "<p><b>AGENDA</b></p><p>1. Request of Support (C Scott)</p>"
        "<p>2. Approval of Minutes (Takaoka)</p>"
    )
    assert [i.title for i in res.items] == ["Request of Support", "Approval of Minutes (Takaoka)"]
    assert [p.name for p in res.items[0].people] == ["C Scott"]


def test_a_capitals_title_before_a_colon_and_its_explanation() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p><p>1. CONSENT CALENDAR: The following matters will be acted upon "
        "collectively with a single motion.</p><p>2. CEQA: Exempt</p>"
    )
    assert [i.title for i in res.items] == ["CONSENT CALENDAR", "CEQA: Exempt"]
    # The description may open by saying the title again, in Title Case.
    res = parse_html(
        "<p><b>AGENDA</b></p><p>1. CONSIDERATION OF MINUTES - Consideration of Minutes of the "
        "Harbour Commission regular meeting of May 4, 2026.</p>"
    )
    assert [i.title for i in res.items] == ["CONSIDERATION OF MINUTES"]


def test_the_one_unclaimed_paper_after_the_last_placed_item_is_the_next_items(
    tmp_path: Path,
) -> None:
    """Item 2's report is headed in other words than its agenda title: order decides."""
    doc = pymupdf.open()
    doc.new_page().insert_htmlbox(
        pymupdf.Rect(56, 56, 539, 780),
        "<p><b>AGENDA</b></p><p>Tuesday 3 March 2026 at 5:45 P.M.</p>"
        "<p>1. MEETING MINUTES</p><p>2. WARRANTS – Staff recommends approving the warrant "
        "runs for October.</p>",
    )
    page = doc.new_page()
    page.insert_text(
        (72, 80), "MINUTES OF THE REGULAR MEETING held on 17 February 2026", fontsize=12
    )
    page.insert_text((72, 110), "Present: the Board", fontsize=10)
    cover = doc.new_page()
    for k, (label, value) in enumerate(
        [("Subject:", "Payments Program Run"), ("Report of:", "Finance")]
    ):
        cover.insert_text((72, 80 + 20 * k), f"{label} {value}", fontsize=11)
    doc.new_page().insert_text((72, 80), "Check summary continued", fontsize=10)
    doc.save(tmp_path / "order.pdf")
    tree = analyze(tmp_path / "order.pdf", data_dir=tmp_path, use_cache=False)
    assert [(i.number, i.title, i.pdf_pages) for i in tree.items] == [
        ("1", "MEETING MINUTES", (2, 2)),
        ("2", "WARRANTS", (3, 4)),
    ]


def test_legistar_type_cell_file_number_and_centred_bold_title(tmp_path: Path) -> None:
    """A Legistar print: "a." then a plain type cell ("REPORT") over the file number
    ("26-0418"), the bold title centred to the right and wrapping; a file number is no page
    range, "agenda items." in a sentence is no item "s", and a title ending in a comma is
    not prose."""
    doc = pymupdf.open()
    page = doc.new_page()
    y = 60.0

    def put(x: float, text: str, bold: bool = False, size: float = 10.5) -> None:
        page.insert_text((x, y), text, fontsize=size, fontname="hebo" if bold else "helv")

    put(230, "Harbour Town Council Regular Meeting Agenda", bold=True)
    y += 18
    put(230, "Tuesday, March 10, 2026 at 6:00 PM", bold=True)
    y += 30
    put(55, "IX. CONSENT CALENDAR: The following matters will be acted upon together with", True)
    y += 14
    put(55, "a single motion; there will be no separate discussion of these items.", True)
    rows = [
        ("a.", "REPORT", "26-0418", ["LIBRARY BOARD MEETING MINUTES"]),
        ("b.", "REPORT", "26-0421", ["MEMORANDUM REGARDING", "QUARTERLY TREASURY REPORT,"]),
        ("c.", "RESOLUTION", "26-0430", ["FINDINGS TO HOLD REMOTE MEETINGS,", "UNDER STATE LAW"]),
    ]
    for number, kind, file_no, title in rows:
        y += 26
        put(55, number, bold=True)
        put(90, kind)
        put(230, title[0], bold=True)
        for k, more in enumerate(title[1:] or [""]):
            y += 14
            if k == 0:
                put(90, file_no)
            if more:
                put(230, more, bold=True)
    y += 30
    put(55, "X. FUTURE AGENDA ITEMS - Requests from Councilmembers for possible future", True)
    y += 14
    put(55, "agenda items. No discussion of these requests shall be undertaken today.")
    y += 26
    put(55, "XI. ADJOURNMENT", bold=True)
    doc.save(tmp_path / "legistar.pdf")
    tree = analyze(tmp_path / "legistar.pdf", data_dir=tmp_path, use_cache=False)
    got = [(i.number, i.title, i.pack_pages) for i in tree.items]
    assert got[0][:2] == ("IX", "CONSENT CALENDAR")
    assert [(c.number, c.title, c.pack_pages, c.paper) for c in tree.items[0].children] == [
        ("IXa", "LIBRARY BOARD MEETING MINUTES", None, "26-0418"),
        ("IXb", "MEMORANDUM REGARDING QUARTERLY TREASURY REPORT", None, "26-0421"),
        ("IXc", "FINDINGS TO HOLD REMOTE MEETINGS, UNDER STATE LAW", None, "26-0430"),
    ]
    assert [n for n, _t, _p in got] == ["IX", "X", "XI"]


def test_lettered_sections_sponsor_lines_and_rules_between_items(tmp_path: Path) -> None:
    """A board agenda in lettered sections A. to K. (so "I." is a letter, not Roman one),
    numbered items under them whose first line names only the sponsor ("Recommended by …",
    the title on the next line), and horizontal rules under some sections that are not a
    table's rows; a page of numbered rules of procedure comes before it."""
    doc = pymupdf.open()
    rules = doc.new_page()
    rules.insert_text((72, 60), "REGULAR MEETING AGENDA", fontsize=16, fontname="hebo")
    rules.insert_text((72, 84), "Tuesday, March 10, 2026, at 10:00 AM", fontsize=12)
    rules.insert_text((72, 120), "THE ORDER OF BUSINESS", fontsize=10, fontname="hebo")
    y = 140.0
    for k, (head, words) in enumerate(
        [
            ("Preliminary Matters:", "The President opens the meeting and hears comments."),
            ("Items Recommended for Approval:", "The Board considers the items together."),
            ("Closed Session Agenda:", "The Board hears the public before going in."),
        ],
        start=1,
    ):
        rules.insert_text((72, y), f"{k}. {head} {words}", fontsize=10)
        y += 30
    page = doc.new_page()
    y = 60.0
    sections = "ABCDEFGHIJK"
    titles = [
        "Roll Call",
        "Opening Remarks by the President",
        "General Public Comment",
        "Report of the General Manager",
        "Introduction of Motions",
        "Comments from the Ratepayer Advocate",
        "Discussion with Neighbourhood Councils",
        "Consideration of Items Recommended for Approval",
        "Management Reports",
        "Items for Approval",
        "Adjournment",
    ]
    for letter, title in zip(sections, titles, strict=True):
        page.insert_text((80, y), f"{letter}.", fontsize=10, fontname="hebo")
        page.insert_text((104, y), title, fontsize=10, fontname="hebo")
        y += 14
        if letter == "C":
            page.insert_text((104, y), "A chance for the public to address the Board.", fontsize=10)
            y += 14
        if letter in "CDG":
            page.draw_line((72, y - 4), (540, y - 4), color=(0, 0, 0), width=0.5)
        if letter == "J":
            for n, (sponsor, line1, line2) in enumerate(
                [
                    (
                        "Corporate Services",
                        "Approval of Amendment No. 1 to Contract 0418 for",
                        "Metal Recycling Services.",
                    ),
                    (
                        "Water System",
                        "Approval of a Term Extension for Project",
                        "Management Assistance.",
                    ),
                ],
                start=1,
            ):
                page.insert_text((111, y), f"{n}. Recommended by {sponsor}", fontsize=10)
                page.insert_text((129, y + 14), line1, fontsize=10)
                page.insert_text((129, y + 28), line2, fontsize=10)
                y += 50
        y += 10
    doc.save(tmp_path / "lettered.pdf")
    tree = analyze(tmp_path / "lettered.pdf", data_dir=tmp_path, use_cache=False)
    assert [(i.number, i.title) for i in tree.items] == list(zip(sections, titles, strict=True))
    j = tree.items[9]
    assert [(c.title, [(p.role, p.name) for p in c.people]) for c in j.children] == [
        (
            "Approval of Amendment No. 1 to Contract 0418 for Metal Recycling Services",
            [("Recommended by", "Corporate Services")],
        ),
        (
            "Approval of a Term Extension for Project Management Assistance",
            [("Recommended by", "Water System")],
        ),
    ]


def test_participation_notes_before_the_items_and_a_staff_report_cover(tmp_path: Path) -> None:
    """A US commission agenda: a letter-spaced "A G E N D A", two numbered notes on how to
    take part, then the items restarting at 1; the staff report's cover names the city and
    the commission over "STAFF REPORT" and the subject, and says "AGENDA ITEM #3"."""
    doc = pymupdf.open()
    page = doc.new_page()
    y = 60.0
    for text, bold in [
        ("C I T Y   O F   L A K E V I E W", True),
        ("PARKS AND OPEN SPACE COMMISSION", True),
        ("A G E N D A", True),
        ("TUESDAY, March 3, 2026", True),
        ("6:30 P.M.", True),
        ("You may take part in this meeting in these ways:", False),
        ("1.  WRITE TO THE COMMISSION before 5:00 p.m. on the day of the meeting", False),
        ("2.  ATTEND THE MEETING IN PERSON", False),
        ("1.  CALL MEETING TO ORDER", False),
        ("2.  ROLL CALL", False),
        ("3.  OTHER MATTERS", False),
        ("Request to rename the Elm Street pocket park.", False),
        ("4.  ADJOURNMENT", False),
    ]:
        page.insert_text((40, y), text, fontsize=11, fontname="hebo" if bold else "helv")
        y += 24
    report = doc.new_page()
    y = 60.0
    for text, size in [
        ("CITY OF LAKEVIEW", 16),
        ("PARKS AND OPEN SPACE COMMISSION", 14),
        ("STAFF REPORT", 14),
        ("RENAMING OF THE ELM STREET POCKET PARK", 12),
        ("AGENDA ITEM #3", 11),
        ("DATE: March 3, 2026", 10),
        ("The park was opened in 1998 and has never had a name of its own.", 10),
    ]:
        report.insert_text((60, y), text, fontsize=size, fontname="hebo")
        y += size * 2
    doc.new_page().insert_text((60, 80), "Page two of the report, more text.", fontsize=10)
    doc.save(tmp_path / "commission.pdf")
    tree = analyze(tmp_path / "commission.pdf", data_dir=tmp_path, use_cache=False)
    assert [(i.number, i.title) for i in tree.items] == [
        ("1", "CALL MEETING TO ORDER"),
        ("2", "ROLL CALL"),
        ("3", "OTHER MATTERS"),
        ("4", "ADJOURNMENT"),
    ]
    other = tree.items[2]
    assert other.pdf_pages is not None and other.pdf_pages[0] == 2
    docs = [c for c in other.children if c.kind == "document"]
    assert [d.title for d in docs][:1] == ["Staff Report – RENAMING OF THE ELM STREET POCKET PARK"]


def test_spaces_typed_between_cells_split_them() -> None:
    """Agenda viewers print "C.<nbsp x11> ROLL CALL<nbsp x11>Chair Ames, …": a run of spaces
    typed inside the text is a gap between cells, as a wide gap between spans is."""
    from boardprep.core.engine.pages.textlayer import Span, make_line

    def span(x0: float, x1: float, text: str) -> Span:
        return Span(text=text, x0=x0, x1=x1, size=9.0, bold=False, italic=False)

    nb = "\xa0" * 11
    line = make_line(
        [
            (200, 209, 42, 157, span(42, 157, f"C.{nb} ROLL CALL{nb}")),
            (200, 209, 160, 400, span(160, 400, "Chair Ames, Commissioners Bell, Cole")),
        ]
    )
    assert line.text.split("\t") == ["C.", "ROLL CALL", "Chair Ames, Commissioners Bell, Cole"]
    assert make_line([(0, 9, 0, 90, span(0, 90, "Budget  Monitoring"))]).text == (
        "Budget Monitoring"
    )


def test_web_print_agenda_heading_in_a_side_column_and_letters_running_on(
    tmp_path: Path,
) -> None:
    """An agenda viewer's print: notices in a left column with "AGENDA" in the right one;
    the items start on page 2 under no heading; a page of long descriptions holds only "B."
    and "C." under the consent calendar begun on the page before."""
    doc = pymupdf.open()
    front = doc.new_page()
    front.insert_text((300, 40), "City Council Regular Meeting", fontsize=9)
    y = 120.0
    for k in range(14):
        front.insert_text((80, y), f"Notice text about taking part, line {k + 1}.", fontsize=10)
        if k == 3:
            front.insert_text((400, y), "AGENDA", fontsize=14, fontname="hebo")
        if k == 5:
            front.insert_text((400, y), "March 10, 2026", fontsize=11)
        y += 14
    items = doc.new_page()
    y = 60.0
    for line, x in [
        ("CALL TO ORDER", 72),
        ("ROLL CALL", 72),
        ("1. PUBLIC COMMENT", 72),
        ("2. PRESENTATIONS", 72),
        ("A. Recognition of Volunteer of the Year", 102),
        ("3. CONSENT CALENDAR", 72),
        ("A. Claims and Demands", 102),
    ]:
        items.insert_text((x, y), line, fontsize=11, fontname="hebo" if x == 72 else "helv")
        y += 24
    more = doc.new_page()
    y = 60.0
    for letter, title in [("B.", "Approval of a Funding Agreement"), ("C.", "Adoption of Codes")]:
        more.insert_text((102, y), f"{letter} {title}", fontsize=11)
        y += 16
        for k in range(8):
            more.insert_text(
                (132, y),
                f"Background {k + 1}: the council agreed the scheme with the county last year.",
                fontsize=10,
            )
            y += 14
        y += 10
    last = doc.new_page()
    last.insert_text((72, 60), "4. MATTERS FROM CITY MANAGER", fontsize=11, fontname="hebo")
    last.insert_text((72, 90), "5. ADJOURNMENT", fontsize=11, fontname="hebo")
    doc.save(tmp_path / "webprint.pdf")
    tree = analyze(tmp_path / "webprint.pdf", data_dir=tmp_path, use_cache=False)
    assert [(i.number, i.title) for i in tree.items] == [
        ("1", "PUBLIC COMMENT"),
        ("2", "PRESENTATIONS"),
        ("3", "CONSENT CALENDAR"),
        ("4", "MATTERS FROM CITY MANAGER"),
        ("5", "ADJOURNMENT"),
    ]
    assert [c.title for c in tree.items[2].children] == [
        "Claims and Demands",
        "Approval of a Funding Agreement",
        "Adoption of Codes",
    ]


def test_roman_agenda_then_a_numbered_schedule_of_business(tmp_path: Path) -> None:
    """An authority's agenda numbered I. to V., then the attached schedule of new business: a
    table whose rows are numbered 1, 2, 3 and one of which starts "Private Activity Bonds".
    The schedule is a paper, not more items, and nothing in it is exempt."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 60), "SPECIAL MEETING OF THE FINANCE COMMITTEE", fontsize=12)
    page.insert_text((72, 80), "Tuesday, March 10, 2026", fontsize=11)
    page.insert_text((72, 100), "9:00 AM", fontsize=11)
    page.insert_text((72, 130), "AGENDA:", fontsize=11)
    y = 160.0
    for number, title in [
        ("I.", "Call to Order & Roll Call"),
        ("II.", "Review and Adoption of the Committee Meeting Minutes"),
        ("III.", "Presentation and Consideration of New Business Items (see attached)"),
        ("IV.", "Public Comment"),
        ("V.", "Adjournment"),
    ]:
        page.insert_text((72, y), number, fontsize=11)
        page.insert_text((110, y), title, fontsize=11)
        y += 28
    table = doc.new_page(width=792, height=612)
    table.insert_text((40, 50), "NEW BUSINESS", fontsize=11)
    y = 80.0
    for k, name in enumerate(
        ["Harbour View Housing Trust", "Private Activity Bonds - Revenue Bonds", "Wind Farm"],
        start=1,
    ):
        table.insert_text((40, y), str(k), fontsize=10)
        table.insert_text((80, y), name, fontsize=10)
        table.insert_text((400, y), "Statewide", fontsize=10)
        table.insert_text((600, y), f"${k * 10},000,000", fontsize=10)
        y += 24
    doc.save(tmp_path / "authority.pdf")
    tree = analyze(tmp_path / "authority.pdf", data_dir=tmp_path, use_cache=False)
    assert [(i.number, i.title, i.exempt) for i in tree.items] == [
        ("I", "Call to Order & Roll Call", False),
        ("II", "Review and Adoption of the Committee Meeting Minutes", False),
        ("III", "Presentation and Consideration of New Business Items", False),
        ("IV", "Public Comment", False),
        ("V", "Adjournment", False),
    ]


def test_presenters_with_their_offices_after_a_spaced_hyphen() -> None:
    """School boards list several presenters, each with an office, after " - "; a hyphen
    inside a word ("Anti-Bullying") is no separator; a statute or a speaking time in
    brackets at the end is a note, not the title."""
    title, people = split_presenter(
        "Presentation regarding Anti-Bullying Efforts - Glen Vance, Assistant Superintendent"
        " of Educational Services, and Shay Eden, Director of Student Services"
    )
    assert title == "Presentation regarding Anti-Bullying Efforts"
    assert [p.name for p in people] == ["Glen Vance", "Shay Eden"]
    title, people = split_presenter("Hiring Incentives - Cari Vale, Associate Superintendent")
    assert (title, [p.name for p in people]) == ("Hiring Incentives", ["Cari Vale"])
    assert split_presenter("Review of the Anti-Fraud Policy")[1] == []
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        "<p>1.01 Public Comment regarding Closed Session (Government Code Section 54957.7)</p>"
        "<p>1.02 Student Board Liaisons (5 minutes each)</p>"
        "<p>1.03 Approval of Minutes</p>",
        start="18:00",
    )
    assert [i.title for i in res.items] == [
        "Public Comment regarding Closed Session",
        "Student Board Liaisons",
        "Approval of Minutes",
    ]


def test_exempt_marker_lines_and_titles_that_only_start_like_them() -> None:
    from boardprep.core.engine.agenda.text import EXEMPT_LINE_RE

    for marker in (
        "(Exempt – paragraph 3)",
        "CONFIDENTIAL",
        "Private item – not for publication",
        "Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A",
        "Exempt information under paragraph 3",
    ):
        assert EXEMPT_LINE_RE.match(marker), marker
    for title_line in ("Confidential Salary Schedule", "Closed Session in the Board Room"):
        assert not EXEMPT_LINE_RE.match(title_line), title_line


def test_roman_sections_numbered_items_and_lettered_third_level() -> None:
    """A college board: sections "I. CALL TO ORDER 5:30 p.m.", "II. OPEN SESSION 7:00 p.m."
    whose numbered items restart in each, and "(a)", "(b)" under the consent item."""
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        "<p>I. CALL TO ORDER 5:30 p.m.</p>"
        "<p style='margin-left:20px'>1. Roll Call</p>"
        "<p style='margin-left:20px'>2. Recess to Closed Session</p>"
        "<p>II. OPEN SESSION 7:00 p.m.</p>"
        "<p style='margin-left:20px'>1. Pledge of Allegiance</p>"
        "<p style='margin-left:20px'>2. Consent Agenda</p>"
        "<p style='margin-left:40px'>(a) Minutes of the Meeting of May 12</p>"
        "<p style='margin-left:40px'>(b) Personnel Actions</p>"
        "<p style='margin-left:20px'>3. Officers' Reports</p>"
        "<p>III. ADJOURNMENT</p>",
        start="17:30",
    )
    tree = [
        (i.title, [(c.title, [g.title for g in c.children]) for c in i.children]) for i in res.items
    ]
    assert tree == [
        ("CALL TO ORDER", [("Roll Call", []), ("Recess to Closed Session", [])]),
        (
            "OPEN SESSION",
            [
                ("Pledge of Allegiance", []),
                ("Consent Agenda", ["Minutes of the Meeting of May 12", "Personnel Actions"]),
                ("Officers' Reports", []),
            ],
        ),
        ("ADJOURNMENT", []),
    ]


def test_agenda_without_heading_one_item_on_its_first_page(tmp_path: Path) -> None:
    """A city council agenda with no AGENDA heading: plain section headings with times, one
    closed-session item on the first page, the numbering carrying on over the next page, and
    each page's number centred above a footer notice of three lines."""
    doc = pymupdf.open()

    def footer(page: pymupdf.Page, n: int) -> None:
        page.insert_text((303, 705), str(n), fontsize=10)
        for k, line in enumerate(
            [
                "MATERIALS SUBMITTED AFTER THE PACKET ARE AVAILABLE",
                "IN THE CITY CLERK'S OFFICE",
                "DURING BUSINESS HOURS.",
            ]
        ):
            page.insert_text((120, 730 + 11 * k), line, fontsize=8)

    first = doc.new_page(width=612, height=792)  # US Letter
    first.insert_text((400, 60), "City Council", fontsize=14)
    first.insert_text((400, 80), "March 9, 2026", fontsize=11)
    first.insert_text((400, 100), "6:00 PM", fontsize=11)
    y = 160.0
    for line in [
        "Members of the public may speak to agendized items for three minutes each.",
        "Call to Order",
        "Closed Session\t\t\t\t6:00-7:00 PM",
        "1.   CONFERENCE WITH REAL PROPERTY NEGOTIATORS",
        "City Manager Comments\t\t\t\t7:00-7:10 PM",
        "Oral Communications\t\t\t\t7:10-7:25 PM",
    ]:
        first.insert_text((72, y), line.replace("\t", "    "), fontsize=11)
        y += 26
    footer(first, 1)
    second = doc.new_page(width=612, height=792)
    y = 60.0
    for n, title in enumerate(
        ["Approval of Action Minutes", "Approval of a Paving Contract", "Budget Amendment"], 2
    ):
        second.insert_text((72, y), f"{n}.   {title}", fontsize=11)
        y += 26
    second.insert_text((72, y), "Consent Calendar", fontsize=11)
    footer(second, 2)
    doc.save(tmp_path / "noheading.pdf")
    tree = analyze(tmp_path / "noheading.pdf", data_dir=tmp_path, use_cache=False)
    assert [(i.number, i.title, i.pack_pages) for i in tree.items] == [
        ("1", "CONFERENCE WITH REAL PROPERTY NEGOTIATORS", None),
        ("2", "Approval of Action Minutes", None),
        ("3", "Approval of a Paving Contract", None),
        ("4", "Budget Amendment", None),
    ]


def test_revised_notice_and_agenda_with_filed_consent_items(tmp_path: Path) -> None:
    """A Legistar "Notice and Agenda - Revised": consent items "1.A 26-0303" (a bold label
    and a file number) with plain titles wrapping under their title column."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((206, 60), "Notice and Agenda - Revised", fontsize=14, fontname="hebo")
    page.insert_text((55, 90), "Tuesday, March 10, 2026   7:00 PM   Council Chambers", fontsize=10)
    page.insert_text((55, 120), "CONSENT CALENDAR", fontsize=11, fontname="hebo")
    y = 150.0
    for label, file_no, lines in [
        (
            "1.A",
            "26-0303",
            ["Approve the List(s) of Claims and Bills Approved for Payment", "by the City Manager"],
        ),
        (
            "1.B",
            "26-0360",
            ["Annual Review of the Code of Ethics and", "Conduct for Elected Officials"],
        ),
        ("1.C", "26-1092", ["Reject Bids Received for Water Meters"]),
    ]:
        page.insert_text((55, y), label, fontsize=11, fontname="hebo")
        page.insert_text((90, y), file_no, fontsize=11, fontname="hebo")
        for k, line in enumerate(lines):
            page.insert_text((180, y + 14 * k), line, fontsize=11)
        y += 14 * len(lines) + 20
    page.insert_text((55, y), "ADJOURNMENT", fontsize=11, fontname="hebo")
    doc.save(tmp_path / "revised.pdf")
    tree = analyze(tmp_path / "revised.pdf", data_dir=tmp_path, use_cache=False)
    titles = [it.title for it in tree.items] + [c.title for it in tree.items for c in it.children]
    assert (
        "Approve the List(s) of Claims and Bills Approved for Payment by the City Manager" in titles
    )
    assert "Annual Review of the Code of Ethics and Conduct for Elected Officials" in titles
    assert "Reject Bids Received for Water Meters" in titles


def test_numbered_items_with_many_lettered_sub_items_and_a_footer_above_a_notice() -> None:
    """'4. CONSENT CALENDAR' with 'A.' to 'H.' indented under it (a longer run than the main
    numbers): the left column is the items'; a running footer 'CITY COUNCIL  Page 2' sits
    above a disability-access notice, higher than the usual footer band."""
    subs = "".join(
        f"<p style='margin-left:60px'>{chr(65 + k)}. REPORT NUMBER {k + 1} OF THE MONTH</p>"
        for k in range(8)
    )
    res = parse_html(
        "<p><b>AGENDA</b></p><p>1. CALL MEETING TO ORDER</p><p>2. ROLL CALL</p>"
        f"<p>3. CONSENT CALENDAR</p>{subs}<p>4. PUBLIC HEARING</p><p>5. ADJOURNMENT</p>",
        start="19:00",
    )
    assert [i.number for i in res.items] == ["1", "2", "3", "4", "5"]
    assert len(res.items[2].children) == 8


def test_numbering_restarting_under_headings_with_a_sentence(tmp_path: Path) -> None:
    """Unnumbered sections ("PUBLIC HEARINGS:", "CONSENT CALENDAR: Matters listed … are
    routine") whose items restart at 1, the second section on the next page."""
    doc = pymupdf.open()
    one = doc.new_page(width=612, height=792)
    one.insert_text((72, 60), "AGENDA", fontsize=14, fontname="hebo")
    one.insert_text(
        (72, 80), "Regular Meeting of the City Council, March 11, 2026, 6:30 p.m.", fontsize=10
    )
    y = 120.0
    for line in [
        "CALL TO ORDER: 6:30 p.m.",
        "ROLL CALL:",
        "PUBLIC HEARINGS:",
        "1.   ADOPTION OF THE 2026 BUILDING CODES",
        "2.   ZONE TEXT AMENDMENT FOR SMALL CELL SITES",
    ]:
        one.insert_text((72, y), line, fontsize=11)
        y += 24
    two = doc.new_page(width=612, height=792)
    y = 60.0
    for line in [
        "CONSENT CALENDAR: Matters listed under the Consent Calendar are routine and will",
        "be enacted by one motion and one vote.",
        "1.   FINDINGS FOR TELECONFERENCE MEETINGS",
        "2.   ARTERIAL FINANCING PROGRAM ANNUAL REVIEW",
        "3.   AWARD OF CONTRACT FOR STREET SIGNS",
        "ADJOURNMENT",
    ]:
        two.insert_text((72, y), line, fontsize=11)
        y += 24
    doc.save(tmp_path / "restart.pdf")
    tree = analyze(tmp_path / "restart.pdf", data_dir=tmp_path, use_cache=False)
    assert [(i.label, i.title) for i in tree.items] == [
        ("1", "ADOPTION OF THE 2026 BUILDING CODES"),
        ("2", "ZONE TEXT AMENDMENT FOR SMALL CELL SITES"),
        ("1", "FINDINGS FOR TELECONFERENCE MEETINGS"),
        ("2", "ARTERIAL FINANCING PROGRAM ANNUAL REVIEW"),
        ("3", "AWARD OF CONTRACT FOR STREET SIGNS"),
    ]
    # Printed twice, told apart: a note on the second "1" must not land on the first.
    assert [i.number for i in tree.items] == ["1", "2", "1[2]", "2[2]", "3"]
    assert [i["number"] for i in tree.to_json()["items"]] == ["1", "2", "1", "2", "3"]


def test_recommendation_lists_running_over_a_page_break(tmp_path: Path) -> None:
    """Each item's "Recommendation -" list is numbered too, further right; the next page opens
    with "2.", "3." of item 18's list before item 19: still the agenda."""
    doc = pymupdf.open()
    one = doc.new_page(width=612, height=792)
    one.insert_text((75, 60), "AGENDA", fontsize=14, fontname="hebo")
    one.insert_text((75, 80), "Tuesday, April 19, 2026 - 6:00 PM", fontsize=10)
    y = 120.0
    for n in range(15, 19):
        one.insert_text(
            (94, y),
            f"{n}. Award of Contract Number {n} for Street Maintenance Services.",
            fontsize=11,
        )
        one.insert_text((114, y + 14), "Recommendation -", fontsize=11)
        one.insert_text(
            (136, y + 28), "1. Approve the contract with the lowest bidder.", fontsize=11
        )
        y += 60
    one.insert_text(
        (136, y - 18), "2. Authorize the City Manager to sign the contract.", fontsize=11
    )
    two = doc.new_page(width=612, height=792)
    two.insert_text((136, 60), "3. Appropriate the funds from the reserve.", fontsize=11)
    two.insert_text(
        (94, 90), "19. Mid-Year Budget Report and Recommended Adjustments.", fontsize=11
    )
    two.insert_text(
        (94, 120), "20. Agreement for a Tennis Tournament on City Facilities.", fontsize=11
    )
    doc.save(tmp_path / "long.pdf")
    tree = analyze(tmp_path / "long.pdf", data_dir=tmp_path, use_cache=False)
    assert [i.number for i in tree.items] == ["15", "16", "17", "18", "19", "20"]


def test_a_closed_session_heading_and_an_office_in_plain_type() -> None:
    """ "CLOSED SESSION" (or "Closed Session") on its own line after an item heads the next
    part: it does not make that item exempt, the items under it are; "REPORTS - CITY
    CLERK" with the office in plain type is one title."""
    res = parse_html(
        "<p><b>AGENDA</b></p><p>1. Approval of Minutes</p>"
        "<p>2. Recess to Closed Session in the Conference Room</p><p>Closed Session</p>"
        "<p>3. <b>REPORTS</b> - CITY MANAGER</p>"
        "<p>CLOSED SESSION</p><p>The Council may move into a closed session.</p>",
        start="18:00",
    )
    assert [(i.title, i.exempt) for i in res.items][:3] == [
        ("Approval of Minutes", False),
        ("Recess to Closed Session in the Conference Room", False),
        ("REPORTS - CITY MANAGER", True),  # under the "Closed Session" heading
    ]


def test_section_letters_with_hyphenated_item_numbers() -> None:
    """A planning commission: sections "A.", "B.", "C." and items numbered "A-1", "C-1"
    within them; "E. Central" wrapped from an address in a notice is no item."""
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        "<p>A. MINUTES OF PREVIOUS PLANNING COMMISSION MEETING</p>"
        "<p style='margin-left:30px'>A-1 READ AND APPROVE THE MINUTES OF OCTOBER 18</p>"
        "<p>B. UNFINISHED BUSINESS - None</p>"
        "<p>C. PUBLIC HEARINGS BEFORE THE PLANNING COMMISSION</p>"
        "<p style='margin-left:30px'>C-1 CONSIDERATION OF A CONDITIONAL USE PERMIT</p>"
        "<p>D. ADJOURNMENT</p>",
        start="19:00",
    )
    tree = [(i.number, [c.number for c in i.children]) for i in res.items]
    assert tree == [("A", ["A-1"]), ("B", []), ("C", ["C-1"]), ("D", [])]


def test_a_purpose_ending_in_a_colon_announces_the_sub_items() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p><p>12. STANDING ITEMS</p>"
        "<p style='margin-left:30px'>To receive reports on:</p>"
        "<p style='margin-left:30px'>a) Works Programme</p>"
        "<p style='margin-left:30px'>b) Play Area</p>"
        "<p>13. FINANCE</p>",
        start="19:30",
    )
    assert [(i.number, [c.title for c in i.children]) for i in res.items] == [
        ("12", ["Works Programme", "Play Area"]),
        ("13", []),
    ]


def test_a_street_address_on_the_front_sheet_is_no_item() -> None:
    from boardprep.core.engine.agenda.lines import match_number

    assert match_number("545 E. Cheyenne Drive") is None
    assert match_number("100 Main Street") is None
    assert match_number("805. Apologies for absence") is not None  # a minute number
    assert match_number("1. Main Street Improvements") is not None
    res = parse_html(
        "<p><b>AGENDA</b></p><p>Nimitz Elementary School</p><p>545 E. Cheyenne Drive</p>"
        "<p>1. CALL TO ORDER</p><p>2. SUPERINTENDENT'S REPORT</p><p>3. PRESENTATION</p>",
        start="18:00",
    )
    assert [i.number for i in res.items] == ["1", "2", "3"]


def test_a_stray_large_number_before_the_agenda_restarting_at_one_is_dropped() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p><p>450 Civic Centre Plaza Suite Two</p>"
        "<p>1. CALL TO ORDER</p><p>2. ROLL CALL</p><p>3. PUBLIC COMMENT</p>",
        start="18:00",
    )
    assert [i.number for i in res.items] == ["1", "2", "3"]


def test_legistar_dotted_items_after_pages_of_notices(tmp_path: Path) -> None:
    """A city's Legistar agenda: a cover headed AGENDA, three pages of notices on taking part
    (with their own "1)", "2)" lists), then sections "1. CEREMONIAL ITEMS", "2. CONSENT
    CALENDAR" whose items are numbered "2.1", "2.2" (short titles, counted as items, not a
    report's "3.1" paragraphs)."""
    doc = pymupdf.open()
    cover = doc.new_page(width=612, height=792)
    cover.insert_text((250, 100), "AGENDA", fontsize=18, fontname="hebo")
    cover.insert_text((220, 130), "City Council, January 5, 2026", fontsize=12)
    for n in range(3):
        notes = doc.new_page(width=612, height=792)
        for k in range(3):
            notes.insert_text(
                (73, 100 + 40 * k),
                (f"{k + 1}) " if n == 2 else "")
                + f"Ways to watch or comment on the meeting, note {n}.",
                fontsize=11,
            )
    page = doc.new_page(width=612, height=792)
    y = 80.0
    for text, x in [
        ("• Call to Order and Roll Call", 55),
        ("1:30 p.m. - Regular Session", 73),  # each part of the meeting has its note
        ("• Pledge of Allegiance", 55),
        ("1. CEREMONIAL ITEMS", 55),
        ("2. CONSENT CALENDAR", 55),
        ("2.1 Approval of City Council Minutes.", 55),
        ("2.2 Final Adoption of Ordinances.", 55),
        ("2.3 Approval of Council Committee Minutes.", 55),
        ("3. STRATEGIC SUPPORT", 55),
        ("3.1 Labor Negotiations Update.", 55),
    ]:
        page.insert_text((x, y), text, fontsize=11)
        y += 30
    doc.save(tmp_path / "legistar.pdf")
    tree = analyze(tmp_path / "legistar.pdf", data_dir=tmp_path, use_cache=False)
    flat = [c.number for i in tree.items for c in [i, *i.sub_items]]
    assert flat[:6] == ["1", "2", "2.1", "2.2", "2.3", "3"], flat


def test_letter_digit_sub_items_and_staff_report_links() -> None:
    """'F. Consent Calendar' with 'F1.', 'F2.' under it; '(Staff Report #26-025-CC)' and
    '(Presentation)' at the end of a title are links to the papers, not the title."""
    res = parse_html(
        "<p><b>AGENDA</b></p><p>E. Public Comment</p><p>F. Consent Calendar</p>"
        "<p>F1. Accept the City Council meeting minutes (Attachment)</p>"
        "<p>F2. Receive and file the investment review (Staff Report #26-025-CC) (Presentation)</p>"
        "<p>G. Public Hearing</p>",
        start="18:00",
    )
    f = res.items[1]
    assert [(c.number, c.title, c.paper) for c in f.sub_items] == [
        ("F1", "Accept the City Council meeting minutes", None),
        ("F2", "Receive and file the investment review", "26-025-CC"),
    ]


def test_items_counting_on_over_pages_from_a_one_item_page(tmp_path: Path) -> None:
    """An amended joint agenda: page 1 headed, with only item 1; page 2 holds 2-4 and
    page 3 holds 5-9 with a recommendation's own "1.", "2." further in; page 4, with
    routine business and 10-12, looks more like an agenda start by itself, yet the agenda
    starts at item 1."""
    doc = pymupdf.open()

    def page(lines: list[tuple[float, str]]) -> None:
        pg = doc.new_page(width=612, height=792)
        for k, (x, text) in enumerate(lines):
            pg.insert_text((x, 80 + 26 * k), text, fontsize=11)

    page(
        [
            (200, "AMENDED AGENDA"),
            (72, "Wednesday, November 18, 2026, 7:00 PM"),
            (72, "CALL TO ORDER"),
            (72, "ROLL CALL"),
            (72, "1. ADOPT RESOLUTION AUTHORIZING INVESTMENT"),
        ]
    )
    page([(72, f"{n}. APPROVE AGREEMENT NUMBER {n} FOR CITY SERVICES") for n in (2, 3, 4)])
    page(
        [
            (72, "5. ADOPT ORDINANCE AMENDING THE ZONING TABLE"),
            (100, "1. Waive the reading."),
            (100, "2. Adopt the ordinance."),
            *[(72, f"{n}. APPROVE FINAL MAP {n}") for n in (6, 7, 8, 9)],
        ]
    )
    page(
        [
            (72, "PUBLIC COMMENT"),
            (72, "CONSENT CALENDAR"),
            *[(72, f"{n}. APPROVE CONTRACT {n} FOR PARK MAINTENANCE") for n in (10, 11, 12)],
            (72, "ADJOURNMENT"),
        ]
    )
    doc.save(tmp_path / "amended.pdf")
    tree = analyze(tmp_path / "amended.pdf", data_dir=tmp_path, use_cache=False)
    assert [i.number for i in tree.items] == [str(n) for n in range(1, 13)]


def test_dotted_items_carry_on_over_pages_opening_with_a_recommendation_list(
    tmp_path: Path,
) -> None:
    """Consent items "4.1" ... "4.9" over three pages, each recommendation numbered "2.",
    "3." further in, one of them at the top of the next page."""
    doc = pymupdf.open()
    n = 1
    for _page in range(3):
        pg = doc.new_page(width=612, height=792)
        y = 70.0
        pg.insert_text(
            (174, y), "2. Appropriate and transfer the funds from the reserve.", fontsize=11
        )
        y += 30
        for _k in range(3):
            pg.insert_text((55, y), f"4.{n}   Authorize Funding Agreement Number {n}", fontsize=11)
            pg.insert_text(
                (174, y + 16), "1. Authorize the City Manager to execute it.", fontsize=11
            )
            y += 60
            n += 1
    first = doc[0]
    first.insert_text((250, 40), "AGENDA", fontsize=16, fontname="hebo")
    doc.save(tmp_path / "dotted.pdf")
    tree = analyze(tmp_path / "dotted.pdf", data_dir=tmp_path, use_cache=False)
    numbers = [c.number for i in tree.items for c in [i, *i.sub_items]]
    assert [x for x in numbers if x.startswith("4.")] == [f"4.{k}" for k in range(1, 10)]


def test_a_title_wraps_under_its_own_column_when_the_number_is_set_larger(
    tmp_path: Path,
) -> None:
    """'2.7  21-024  Amendment to the … Between the City of' with the number and file
    number in 12 pt and the title in 10.5 pt; the title's next line, in 10.5 pt under the
    title column, carries it on."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((250, 50), "AGENDA", fontsize=16, fontname="hebo")
    page.insert_text((55, 90), "2.   CONSENT CALENDAR", fontsize=12, fontname="hebo")
    page.insert_text((55, 120), "2.7", fontsize=12, fontname="hebo")
    page.insert_text((90, 120), "26-024", fontsize=12)
    page.insert_text(
        (168, 120), "Amendment to the Luggage Cart Agreement Between the City of", fontsize=10.5
    )
    page.insert_text((168, 133), "Harbourtown and Carte Services, Inc.", fontsize=10.5)
    page.insert_text((55, 160), "2.8", fontsize=12, fontname="hebo")
    page.insert_text((168, 160), "Approval of Financial Relief to Concessionaires", fontsize=10.5)
    doc.save(tmp_path / "sizes.pdf")
    tree = analyze(tmp_path / "sizes.pdf", data_dir=tmp_path, use_cache=False)
    titles = [c.title for i in tree.items for c in i.sub_items]
    assert titles[0] == (
        "Amendment to the Luggage Cart Agreement Between the City of Harbourtown and Carte"
        " Services, Inc"
    ), titles


def test_a_page_footer_cell_is_no_agenda_range() -> None:
    """'CITY COUNCIL <tab> Page 5' above an access notice: the page's own number, not a
    range the agenda prints (it would make the page look like the papers' start)."""
    from boardprep.core.engine.agenda.find import score_page
    from boardprep.core.engine.pages.textlayer import page_lines

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((120, 100), "B.   PLANNING APPLICATION NO. 220504", fontsize=11)
    page.insert_text((120, 130), "C.   GRANT FUNDS AUTHORIZING RESOLUTION", fontsize=11)
    page.insert_text((55, 690), "CITY COUNCIL", fontsize=9)
    page.insert_text((500, 690), "Page 5", fontsize=9)
    for k in range(3):
        page.insert_text(
            (55, 720 + 11 * k), "Americans With Disabilities Act: call the Clerk.", fontsize=8
        )
    score = score_page(page_lines(page))
    assert score.ranges == [] and score.stamp == 5


def test_a_capitals_title_wraps_then_a_dash_and_its_description() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        "<p>1 REVIEW OF FISCAL YEAR 2025-26 YEAR END AND FISCAL YEAR 2026-27</p>"
        "<p style='margin-left:36px'>FIRST QUARTER BUDGETS - City Council to receive and file"
        " this report.</p>"
        "<p>2 ADJOURNMENT</p>",
        start="18:30",
    )
    assert res.items[0].title == (
        "REVIEW OF FISCAL YEAR 2025-26 YEAR END AND FISCAL YEAR 2026-27 FIRST QUARTER BUDGETS"
    )


def test_a_page_of_notices_between_numbered_notes_and_a_long_legistar_agenda(
    tmp_path: Path,
) -> None:
    """A web-printed agenda: notes on taking part numbered "1)", "2)" (restarting per list),
    then a page of captioning notices with no items, then eighteen pages of dotted items, one
    or two per page with their recommendations. The notices do not end the agenda, the
    agenda is not cut at sixteen pages, and the clerk's "- DEFERRED" is no part of a title."""
    doc = pymupdf.open()
    cover = doc.new_page(width=612, height=792)
    cover.insert_text((220, 100), "Town Council Meeting", fontsize=18, fontname="hebo")
    cover.insert_text((220, 130), "Amended Agenda", fontsize=14, fontname="hebo")
    cover.insert_text((220, 160), "Tuesday, March 3, 2026  1:30 PM", fontsize=12)

    def header(page: pymupdf.Page, n: int) -> None:
        for x, cell in ((60, "March 3, 2026"), (260, "Town Council"), (460, "Amended Agenda")):
            page.insert_text((x, 40), cell, fontsize=9)  # one running-head row of three cells
        page.insert_text((280, 770), f"Page {n}", fontsize=9)

    notes = doc.new_page(width=612, height=792)
    header(notes, 2)
    y = 90.0
    for line in [
        "How to watch the meeting:",
        "1) Cable channel 19,",
        "2) The town's video page.",
        "How to send a written comment:",
        "1) Use the comment tab on the agenda page.",
        "2) By email to the clerk by noon on the day of the meeting.",
        "How to speak during the meeting:",
        "1) By telephone, using the number on the agenda page.",
    ]:
        notes.insert_text((60, y), line, fontsize=11)
        y += 24
    captions = doc.new_page(width=612, height=792)
    header(captions, 3)
    for k, line in enumerate(
        [
            "Closed captions are shown on the town's video channel.",
            "Interpreting is offered in two languages; choose one in the webinar controls.",
        ]
    ):
        captions.insert_text((60, 90 + 24 * k), line, fontsize=11)
    items = [
        ("• Call to Order and Roll Call", ""),
        ("• Pledge of Allegiance", ""),
        ("1. CEREMONIAL ITEMS", ""),
        ("2. CONSENT CALENDAR", ""),
    ]
    items += [(f"2.{k} Consent matter number {k} for the council.", "rec") for k in range(1, 13)]
    items += [
        ("2.13 Settlement of Harrow v. Town of Fernhollow.", "rec"),
        ("2.14 Agreement with the Valley Transit Agency. - DEFERRED", "rec"),
        ("3. STRATEGIC SUPPORT", ""),
        ("3.1 Report of the Town Manager.", "rec"),
        ("3.2 Mid-Year Budget Review. - NOT TO BE HEARD BEFORE 3:00 p.m.", "rec"),
        ("3.3 Labor Negotiations Update.", "rec"),
    ]
    page, y, n = doc.new_page(width=612, height=792), 90.0, 4
    header(page, n)
    for text, rec in items:
        if rec and y > 200:  # one recommended item per page, as web prints set them
            n += 1
            page, y = doc.new_page(width=612, height=792), 90.0
            header(page, n)
        page.insert_text((60, y), text, fontsize=11, fontname="hebo" if not rec else "helv")
        y += 22
        if rec:
            for k in range(8):
                page.insert_text(
                    (90, y),
                    f"Recommendation: approve the matter as set out, part {k}.",
                    fontsize=10,
                )
                y += 16
            y += 12
    doc.save(tmp_path / "long.pdf")
    assert doc.page_count >= 19
    tree = analyze(tmp_path / "long.pdf", data_dir=tmp_path, use_cache=False)
    flat = {c.number: c.title for i in tree.items for c in [i, *i.sub_items]}
    assert list(flat)[:3] == ["1", "2", "2.1"], list(flat)
    assert flat["1"] == "CEREMONIAL ITEMS"
    assert flat["2.13"] == "Settlement of Harrow v. Town of Fernhollow"
    assert flat["2.14"] == "Agreement with the Valley Transit Agency"
    assert flat["3.2"] == "Mid-Year Budget Review"
    assert "3.3" in flat, list(flat)  # on the agenda's eighteenth page


def test_legistar_letter_item_clock_heading_and_a_closing_page_under_the_agenda_head(
    tmp_path: Path,
) -> None:
    """A Legistar "Notice and Agenda": a "7 P.M. COUNCIL MEETING" heading (a time, no item 7),
    a special order "A" printed in the number column beside its file number, consent items
    "1.A"… and a last page of closing headings and public notices under the same running
    head (still the agenda: no item's papers). A title's "(EIR)" spells out its own words."""
    doc = pymupdf.open()

    def page(n: int) -> pymupdf.Page:
        p = doc.new_page(width=612, height=792)
        p.insert_text((60, 40), "March 10, 2026", fontsize=9)
        p.insert_text((250, 40), "Town Council", fontsize=9)
        p.insert_text((450, 40), "Notice and Agenda", fontsize=9)
        p.insert_text((280, 760), f"Page {n}", fontsize=9)
        return p

    cover = doc.new_page(width=612, height=792)
    cover.insert_text((200, 100), "Town of Fernhollow", fontsize=18, fontname="hebo")
    cover.insert_text((200, 130), "Notice and Agenda - Final", fontsize=14, fontname="hebo")
    cover.insert_text((200, 160), "Tuesday, March 10, 2026   7:00 PM", fontsize=12)
    rows: list[tuple[str, str, str]] = [
        ("", "", "7 P.M. COUNCIL MEETING"),
        ("", "", "CALL TO ORDER"),
        ("", "", "ROLL CALL"),
        ("", "", "SPECIAL ORDER OF THE DAY"),
        ("A", "26-0085", "Heritage Month Proclamation"),
        ("", "", "ORAL COMMUNICATIONS"),
        ("", "", "CONSENT CALENDAR"),
        ("1.A", "26-0109", "Approve Council Meeting Minutes of February 24, 2026"),
        ("1.B", "26-0171", "Approve the List of Claims and Bills"),
        ("1.C", "26-0194", "Award a Contract for Park Restroom Repairs"),
        ("", "", "PUBLIC HEARINGS/GENERAL BUSINESS"),
        ("2", "26-0079", "Neighborhood Grant Program Applications"),
        (
            "3",
            "26-0129",
            "Release a Request for Proposals for the Environmental Impact Report (EIR)",
        ),
    ]
    p, y, n = page(2), 80.0, 2
    for num, file_no, title in rows:
        if y > 640:
            n += 1
            p, y = page(n), 80.0
        if num:
            p.insert_text((55, y), num, fontsize=11, fontname="hebo")
            p.insert_text((95, y), file_no, fontsize=11)
            p.insert_text((180, y), title, fontsize=11, fontname="hebo")
            p.insert_text(
                (70, y + 18), "Recommendation: approve as set out in the report.", fontsize=10
            )
            y += 70
        else:
            p.insert_text((55, y), title, fontsize=11, fontname="hebo")
            y += 30
    tail = page(n + 1)
    for k, line in enumerate(
        [
            "COUNCILMEMBERS REPORTS ON ACTIVITIES",
            "INFORMATION ONLY REPORTS/ITEMS",
            "Tentative Council Meeting Calendar",
            "ADJOURNMENT",
            "NOTICE TO THE PUBLIC",
            "Reports to council may be viewed on the town's website after 7 p.m. on Thursdays.",
        ]
    ):
        tail.insert_text((55, 80 + 26 * k), line, fontsize=11)
    doc.save(tmp_path / "notice.pdf")
    tree = analyze(tmp_path / "notice.pdf", data_dir=tmp_path, use_cache=False)
    flat = {c.number: c for i in tree.items for c in [i, *i.sub_items]}
    assert list(flat) == ["A", "1.A", "1.B", "1.C", "2", "3"], list(flat)
    assert flat["A"].title == "Heritage Month Proclamation"
    assert flat["3"].title.endswith("Environmental Impact Report (EIR)")
    assert all(it.pdf_pages is None for it in flat.values())  # agenda only: no papers


def test_a_title_case_heading_run_on_into_its_description() -> None:
    """Agenda viewers print an item's heading and its description as one paragraph in one
    font: the heading is the Title Case run before the description's first sentence."""
    from boardprep.core.engine.agenda.split import title_case_then_prose

    cases = {
        "Review of the Proposed Scope of Services for the Street Sweeping Request for Proposal "
        "At the March 3, 2026, Council Meeting, the Council awarded a contract": (
            "Review of the Proposed Scope of Services for the Street Sweeping Request for Proposal"
        ),
        "Conference With Legal Counsel-Existing LitigationPursuant to paragraph (1) of the "
        "Government Code": "Conference With Legal Counsel-Existing Litigation",
        "Exclusion of the Press and Public The Committee is asked to resolve that the public "
        "be excluded": "Exclusion of the Press and Public",
        "ADJOURNMENT The next meeting of the Council will take place on April 7, 2026": (
            "ADJOURNMENT"
        ),
    }
    for text, title in cases.items():
        assert title_case_then_prose(text)[0] == title, text
    for text in (
        "Approval of the minutes of the meeting held on 12 March 2026 at the Town Hall",
        "Public Comment – This is a time for the public to address the Board on any matter",
        "GP26-003 - General Plan Amendment for Certain Property Located at 12 Elm Drive",
        "Approval of the PowerPoint Template for Council Presentations and Public Notices",
    ):
        assert title_case_then_prose(text) == (text, ""), text


def test_parish_agenda_lists_beside_titles_planning_list_and_bracketed_presenters(
    tmp_path: Path,
) -> None:
    """An English parish agenda typed in a word processor: "Finance <tab> - Insurance" with
    more "- …" lines under it (what the item covers, not its title); "Policy Reviews -" with
    the policies in a column; "9." typed a little left of the other numbers; planning
    applications numbered 1-3 under "To consider the following planning applications:";
    presenters in brackets after a title ("(Mr. Treasurer, The General Secretary)")."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((250, 60), "AGENDA", fontsize=14, fontname="hebo")
    rows: list[tuple[float, str]] = [
        (75, "1. To receive apologies for absence"),
        (75, "2. To receive declarations of interest"),
        (75, "3. To confirm the minutes of the meeting held on 3 February 2026"),
        (75, "4. The Annual Accounts (Mr. Treasurer, The General Secretary)"),
        (75, "5. To consider the following planning applications:"),
        (93, "1. R/26/01A - Householder permission for a rear extension at Elm Cottage"),
        (93, "2. R/26/02B - Full permission for a holiday let at Beck Farm"),
        (75, "6. Village Green Maintenance"),
        (75, "7. Finance"),
        (75, "8. Policy Reviews -"),
        (58, "9. Correspondence"),
        (75, "10. Any Other Business"),
    ]
    y = 100.0
    for x, text in rows:
        page.insert_text((x, y), text, fontsize=11)
        if text == "7. Finance":
            page.insert_text((200, y), "- Insurance", fontsize=11)
            for k, extra in enumerate(("- Hall Fees", "- Clerk's Wages")):
                page.insert_text((200, y + 16 * (k + 1)), extra, fontsize=11)
            y += 32
        if text == "8. Policy Reviews -":
            page.insert_text((260, y), "Asset Register", fontsize=11)
            page.insert_text((260, y + 16), "Standing Orders", fontsize=11)
            y += 16
        y += 26
    doc.save(tmp_path / "parish.pdf")
    tree = analyze(tmp_path / "parish.pdf", data_dir=tmp_path, use_cache=False)
    got = [(i.label, i.title) for i in tree.items]
    assert got == [
        ("1", "To receive apologies for absence"),
        ("2", "To receive declarations of interest"),
        ("3", "To confirm the minutes of the meeting held on 3 February 2026"),
        ("4", "The Annual Accounts"),
        ("5", "To consider the following planning applications"),
        ("6", "Village Green Maintenance"),
        ("7", "Finance"),
        ("8", "Policy Reviews"),
        ("9", "Correspondence"),
        ("10", "Any Other Business"),
    ], got
    by = {i.label: i for i in tree.items}
    assert [p.name for p in by["4"].people] == ["Mr. Treasurer", "The General Secretary"]
    assert [c.label for c in by["5"].sub_items] == ["1", "2"]
    assert by["5"].sub_items[0].title.startswith("R/26/01A - Householder permission")


def test_agm_bundle_with_coded_papers_and_last_years_minutes(tmp_path: Path) -> None:
    """A society's AGM bundle: an order of business under a column heading "AGM-2026/",
    then papers headed "AGM-2026/4: …" (item 4's paper). The previous AGM's minutes quote
    last year's order of business ("1." … "8."), which is no continuation of this agenda, and
    their numbered sections ("3.2 The Treasurer") never start a paper for item 5.2."""
    doc = pymupdf.open()
    first = doc.new_page(width=595, height=842)
    first.insert_text((200, 60), "Annual General Meeting 2026", fontsize=16, fontname="hebo")
    first.insert_text((57, 90), "SATURDAY, 9th May, 2026 at 11:30am.", fontsize=11)
    first.insert_text((57, 120), "Order of Business", fontsize=12, fontname="hebo")
    first.insert_text((57, 140), "AGM-2026/", fontsize=10)
    order = [
        ("1", "Mr. Secretary to Move: that the Agenda be accepted"),
        ("2", "To Receive Apologies from Members unable to attend"),
        ("3", "Mr. Secretary to Move: that the minutes of the previous AGM be ratified"),
        ("4", "To receive oral reports from, and to take questions thereafter, of:"),
        ("4.1", "The Board"),
        ("4.2", "The Treasurer"),
        ("5", "Mr. Treasurer to Present the Accounts"),
        ("6", "Other Business"),
        ("7", "Close"),
    ]
    y = 160.0
    for num, title in order:
        x = 93 if "." in num else 75
        first.insert_text((x, y), f"{num} {title}", fontsize=11)
        y += 20
    minutes = doc.new_page(width=595, height=842)
    minutes.insert_text((57, 60), "AGM-2026/3: Minutes of the Previous AGM", fontsize=12)
    minutes.insert_text(
        (57, 80), "Minutes of the Second Annual General Meeting (AGM), 8th May, 2025.", fontsize=11
    )
    minutes.insert_text((57, 110), "Order of Business:", fontsize=11)
    y = 130.0
    for k, title in enumerate(
        ["Approval of the Agenda", "Minutes", "Reports", "Accounts", "Elections", "Close"], 1
    ):
        minutes.insert_text((57, y), f"{k}.", fontsize=11)
        minutes.insert_text((80, y), title, fontsize=11)
        y += 18
    sections = doc.new_page(width=595, height=842)
    sections.insert_text((57, 60), "3.2 The Treasurer", fontsize=11)
    sections.insert_text((57, 80), "3.2.a reported a small surplus for the year.", fontsize=11)
    accounts = doc.new_page(width=595, height=842)
    accounts.insert_text((57, 60), "AGM-2026/5: Expense Accounts", fontsize=12)
    accounts.insert_text((57, 90), "Balance sheet at 31 March 2026", fontsize=11)
    doc.save(tmp_path / "agm.pdf")
    tree = analyze(tmp_path / "agm.pdf", data_dir=tmp_path, use_cache=False)
    flat = {c.number: c for i in tree.items for c in [i, *i.sub_items]}
    assert list(flat) == ["1", "2", "3", "4", "4.1", "4.2", "5", "6", "7"], list(flat)
    assert flat["3"].pdf_pages == (2, 3)
    assert flat["4.2"].pdf_pages is None
    assert flat["5"].pdf_pages == (4, 4)
    assert [d.title for d in flat["5"].documents] == ["AGM-2026/5: Expense Accounts"]


def test_recommendation_options_are_no_sub_items_even_at_page_ends(tmp_path: Path) -> None:
    """A web-printed council agenda: "RECOMMENDATION: It is recommended that the City
    Council:" then "A. Appoint …; AND B. …" on the next page. The recommendation line lands
    in the bottom band of two pages (at different heights): it is text, not a running
    footer, and the options it announces are no sub-items. "A." indented under "2. ROLL
    CALL" with no recommendation stays a sub-item."""
    doc = pymupdf.open()
    heights = {2: 700.0, 5: 730.0}  # where item 2's and item 5's recommendations fall
    page = doc.new_page(width=612, height=792)
    page.insert_text((250, 60), "AGENDA", fontsize=14, fontname="hebo")
    y = 100.0
    for n in range(1, 8):
        if n in heights:
            y = heights[n] - 40
        if y > 740:
            page, y = doc.new_page(width=612, height=792), 80.0
        page.insert_text((100, y), f"{n}. COUNCIL BUSINESS NUMBER {n}", fontsize=11)
        y += 20
        if n == 1:
            page.insert_text((136, y), "A. Roll call of the members present", fontsize=11)
            y += 20
        if n in heights:
            page.insert_text((130, y), "RECOMMENDATION:", fontsize=11)
            page.insert_text((240, y), "It is recommended that the City", fontsize=11)
            page.insert_text((330, y + 14), "Council:", fontsize=11)
            page, y = doc.new_page(width=612, height=792), 80.0
            for letter in "AB":
                page.insert_text((136, y), f"{letter}. Appoint a member to the post;", fontsize=11)
                y += 20
        y += 10
    doc.save(tmp_path / "rec.pdf")
    tree = analyze(tmp_path / "rec.pdf", data_dir=tmp_path, use_cache=False)
    assert [i.label for i in tree.items] == [str(n) for n in range(1, 8)]
    subs = {i.label: [c.label for c in i.sub_items] for i in tree.items}
    assert subs["1"] == ["A"]
    assert subs["2"] == [] and subs["5"] == [], subs


def test_lettered_agenda_with_date_coded_items(tmp_path: Path) -> None:
    """A planning commission's agenda in letters, "D. APPROVAL OF AGENDA" among them (an item,
    not a new agenda heading), with its business coded by the meeting's date: "03/11/26-1.
    Regular Meeting – February 11, 2026" under "F. APPROVAL OF MINUTES"."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((200, 60), "Planning Commission Meeting Agenda", fontsize=14)
    page.insert_text((230, 80), "Wednesday, March 11, 2026", fontsize=11)
    rows = [
        (42, "A.", "CALL MEETING TO ORDER"),
        (42, "B.", "ROLL CALL"),
        (42, "C.", "APPROVAL OF AGENDA"),
        (42, "D.", "AUDIENCE PARTICIPATION"),
        (42, "E.", "APPROVAL OF MINUTES"),
        (78, "03/11/26-1.", "Regular Meeting – February 11, 2026"),
        (42, "F.", "PUBLIC HEARING"),
        (78, "03/11/26-2.", "Consideration of a Use Permit for a Cafe at 12 Shore Road"),
        (42, "G.", "ADJOURNMENT"),
    ]
    y = 120.0
    for x, num, title in rows:
        page.insert_text((x, y), num, fontsize=11, fontname="hebo")
        page.insert_text((x + 60 if "/" in num else x + 30, y), title, fontsize=11)
        y += 24
    doc.save(tmp_path / "pc.pdf")
    tree = analyze(tmp_path / "pc.pdf", data_dir=tmp_path, use_cache=False)
    got = {i.label: [c.label for c in i.sub_items] for i in tree.items}
    assert list(got) == ["A", "B", "C", "D", "E", "F", "G"], got
    assert got["E"] == ["03/11/26-1"] and got["F"] == ["03/11/26-2"]


def test_a_footnote_mark_before_a_title_is_no_part_of_it() -> None:
    """ "ITEM 1: *3903 HAINES STREET – PROJECT NO. 669397": the star marks an item continued
    from an earlier meeting; the item is item 1, titled from the address on."""
    from boardprep.core.engine.agenda.lines import match_number

    nm = match_number("ITEM 1: *12 ELM STREET – PROJECT NO. 100200")
    assert nm is not None and (nm.number, nm.rest) == ("1", "12 ELM STREET – PROJECT NO. 100200")
    assert match_number("2. * Note") is not None and match_number("2. * Note").rest == "* Note"


def test_unnumbered_agenda_of_bold_captions_with_points(tmp_path: Path) -> None:
    """A township board's agenda numbers nothing: bold capitals captions ending in a colon
    ("CALL TO ORDER:"), "•" points under some, a point wrapped onto a second line, plain
    lines of reports under "ACTIVITY REPORTS:", a bracketed note and a
    fund listed beside a caption. Each caption is an item, each point a sub-item; their
    numbers stay "" as printed and the model keys them "[1]", "[2]", … for notes."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((230, 60), "FERNHOLLOW TOWNSHIP BOARD MEETING", fontsize=12, fontname="hebo")
    page.insert_text((290, 76), "AGENDA", fontsize=12, fontname="hebo")
    page.insert_text((250, 92), "March 11, 2026, 7 PM", fontsize=12, fontname="hebo")
    y = 120.0

    def put(x: float, text: str, bold: bool = True) -> None:
        nonlocal y
        page.insert_text((x, y), text, fontsize=11, fontname="hebo" if bold else "helv")
        y += 14

    put(150, "CALL TO ORDER:")
    put(150, "ROLL CALL:")
    put(150, "PLEDGE OF ALLEGIANCE:")
    put(150, "APPROVAL OF MINUTES:")
    page.insert_text((200, y), "•", fontsize=10)
    put(218, "Approval of the February 11, 2026, Board Meeting minutes", bold=False)
    put(150, "CITIZENS TO ADDRESS THE BOARD:")
    put(150, "(CITIZENS WILL HAVE 3 MINUTES TO SPEAK)")
    put(150, "SUPERVISOR:")
    page.insert_text((200, y), "•", fontsize=10)
    put(218, "Building Usage Application: Ridgefield Improvement Association, Inc.", bold=False)
    put(218, "Conference Room, May 5, 2026", bold=False)
    page.insert_text((200, y), "•", fontsize=10)
    put(218, "Annual Audit", bold=False)
    put(150, "ACTIVITY REPORTS:")
    put(218, "Plan Commission", bold=False)
    put(218, "Youth", bold=False)
    put(218, "Senior Events", bold=False)
    put(150, "APPROVAL OF BILLS:")
    put(150, "ROAD AND BRIDGE FUND")
    put(150, "ADJOURNMENT:")
    doc.save(tmp_path / "township.pdf")
    tree = analyze(tmp_path / "township.pdf", data_dir=tmp_path, use_cache=False)
    got = [(i.label, i.title, [c.title for c in i.sub_items]) for i in tree.items]
    assert [t for _n, t, _s in got] == [
        "CALL TO ORDER",
        "ROLL CALL",
        "PLEDGE OF ALLEGIANCE",
        "APPROVAL OF MINUTES",
        "CITIZENS TO ADDRESS THE BOARD",
        "SUPERVISOR",
        "ACTIVITY REPORTS",
        "APPROVAL OF BILLS",
        "ADJOURNMENT",
    ], got
    subs = {t: s for _n, t, s in got}
    assert subs["SUPERVISOR"] == [
        "Building Usage Application: Ridgefield Improvement Association, Inc. Conference "
        "Room, May 5, 2026",
        "Annual Audit",
    ]
    assert subs["ACTIVITY REPORTS"] == ["Plan Commission", "Youth", "Senior Events"]
    assert all(n == "" for n, _t, _s in got)
    numbers = [i.number for i in tree.walk()]
    assert numbers[:3] == ["[1]", "[2]", "[3]"] and len(set(numbers)) == len(numbers)


def test_oral_presentation_status_and_author_acronyms() -> None:
    """ "… SECTION 2.04 (ACKLEY) – ORAL PRESENTATION ONLY": the clerk's note goes; an author
    in capitals in a capitals title is a name, "(EIR)" in a mixed-case title an acronym."""
    from boardprep.core.engine.agenda.finish import _author_suffix, _take_purpose_suffix
    from boardprep.core.model import Item

    it = Item("6.3", "DISCUSSION OF MEETING CANCELLATIONS (ACKLEY) – ORAL PRESENTATION ONLY")
    _take_purpose_suffix(it)
    assert it.title == "DISCUSSION OF MEETING CANCELLATIONS (ACKLEY)"
    assert _author_suffix(it.title) is not None
    assert _author_suffix("Consultant Services for the Environmental Impact Report (EIR)") is None
    assert _author_suffix("Approval of Minutes (Takaoka)") is not None


def test_sub_items_under_a_section_whose_number_is_not_in_the_text(tmp_path: Path) -> None:
    """A school board's agenda: "1. Call to Order" with "1.01", "1.02", then a heading
    "Public Hearing" whose "2." is drawn (no text), with "2.01", "2.02" under it, then "3.".
    The section is there all the same, titled by its heading; nothing is dropped."""
    doc = pymupdf.open()
    rows = [
        (60, "1. Call to Order"),
        (87, "1.01 Roll Call"),
        (87, "1.02 Approval of the Agenda"),
        (90, "Public Hearing"),
        (87, "2.01 Local Control Plan"),
        (87, "2.02 Facilities Master Plan"),
        (60, "3. Pledge of Allegiance"),
        (60, "4. Adjournment"),
    ]
    _agenda_page(doc, (250, "AGENDA"), rows, top=100, step=22, bold_x=90)
    doc.save(tmp_path / "board.pdf")
    tree = analyze(tmp_path / "board.pdf", data_dir=tmp_path, use_cache=False)
    got = {i.number: (i.title, [c.number for c in i.sub_items]) for i in tree.items}
    assert list(got) == ["1", "2", "3", "4"], got
    assert got["2"] == ("Public Hearing", ["2.01", "2.02"])


def test_one_page_notice_with_unnumbered_lines_of_business(tmp_path: Path) -> None:
    """A state advisory board's one-page notice: a centred title block (department, meeting,
    date, time, venue) and a row of stars, then lines of business at the left margin with no
    numbers and no AGENDA heading, grouped by blank lines; a line that wraps carries on, a line
    ending with its presenter does not."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    for k, text in enumerate(
        [
            "State Department of Parks",
            "Advisory Board Meeting",
            "Monday, March 9th, 2026",
            "10:30am - 12:00pm",
            "Riverside Visitor Centre",
        ]
    ):
        w = pymupdf.get_text_length(text, fontsize=14)
        page.insert_text(((612 - w) / 2, 70 + 17 * k), text, fontsize=14)
    page.insert_text((150, 170), "*" * 45, fontsize=14)
    y = 205.0
    groups = [
        ["Welcome, Introductions and Roll Call - Dana Hale"],
        ["Approval of Minutes from February 2, 2026 - Board Members"],
        ["Trails Report - Director Ames"],
        [
            "Adoption of the Visitor Safety Plan (VSP) - Jo Ortiz/Sam Reyes",
            "Implementation of Act 101-0440 (HB94) - Jo Ortiz/Sam Reyes",
        ],
        [
            "Education Programs for FY 2025: Annual Report and Advancing Outdoor Learning in",
            "State Parks - Jo Ortiz/Sam Reyes",
        ],
        ["Pilot of the Volunteer Ranger Program - Lee Park"],
    ]
    for group in groups:
        for text in group:
            page.insert_text((72, y), text, fontsize=14)
            y += 17
        y += 17
    doc.save(tmp_path / "notice.pdf")
    tree = analyze(tmp_path / "notice.pdf", data_dir=tmp_path, use_cache=False)
    assert [(i.label, i.title) for i in tree.items] == [
        ("", "Welcome, Introductions and Roll Call"),
        ("", "Approval of Minutes from February 2, 2026"),  # presented by "Board Members"
        ("", "Trails Report"),
        ("", "Adoption of the Visitor Safety Plan (VSP)"),
        ("", "Implementation of Act 101-0440 (HB94)"),
        (
            "",
            "Education Programs for FY 2025: Annual Report and Advancing Outdoor Learning "
            "in State Parks",
        ),
        ("", "Pilot of the Volunteer Ranger Program"),
    ], [(i.label, i.title) for i in tree.items]


def test_a_section_restarting_its_numbers_in_a_column_of_its_own(tmp_path: Path) -> None:
    """ "CONSENT CALENDAR: Matters listed …" whose items restart at 1 indented to a column of
    their own, then the next section back in the agenda's column."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 60), "AGENDA", fontsize=14, fontname="hebo")
    rows = [
        (72, "PRESENTATIONS:"),
        (72, "1.   PUBLIC SAFETY COMMITTEE REPORT"),
        (72, "2.   PARKS COMMITTEE REPORT"),
        (72, "3.   LIBRARY COMMITTEE REPORT"),
        (72, "CONSENT CALENDAR: Matters listed under the Consent Calendar are routine."),
        (108, "1.   FINDINGS FOR REMOTE ATTENDANCE"),
        (108, "2.   ARTERIAL FINANCING PROGRAM ANNUAL REVIEW"),
        (108, "3.   AWARD OF CONTRACT FOR STREET SIGNS"),
        (72, "NEW BUSINESS:"),
        (72, "1.   REVIEW OF THE QUARTER'S BUDGETS"),
        (72, "2.   COMMITTEE ASSIGNMENTS"),
        (72, "3.   TREE PLANTING PROGRAM"),
        (72, "4.   STREET LIGHTING CONTRACT"),
    ]
    y = 100.0
    for x, text in rows:
        page.insert_text((x, y), text, fontsize=11)
        y += 24
    doc.save(tmp_path / "consent.pdf")
    tree = analyze(tmp_path / "consent.pdf", data_dir=tmp_path, use_cache=False)
    assert [i.label for i in tree.items] == ["1", "2", "3", "1", "2", "3", "1", "2", "3", "4"], [
        (i.label, i.title) for i in tree.items
    ]
    assert tree.items[3].title == "FINDINGS FOR REMOTE ATTENDANCE"
    assert tree.items[6].title == "REVIEW OF THE QUARTER'S BUDGETS"


def test_a_capitals_title_cut_at_as_runs_on() -> None:
    """ "PROCLAMATION DECLARING JUNE 2026 AS" / "PRIDE MONTH": a title cut at a connecting word
    carries on onto the next line, whatever its case."""
    from boardprep.core.engine.vocabulary import CUT_AT_JOIN_RE

    for cut in ("PROCLAMATION DECLARING JUNE 2026 AS", "Fees higher than", "Agreement between"):
        assert CUT_AT_JOIN_RE.search(cut), cut
    assert not CUT_AT_JOIN_RE.search("Annual Audit")


def test_legistar_year_file_numbers_plain_titles_over_several_lines(tmp_path: Path) -> None:
    """A Legistar print whose file numbers carry the year ("2026-538"), set bold beside a bold
    "a." and a plain title that runs over three lines, then "(Set on …)", the file's
    "Resolution No. 26-451" and "Sponsors:" under it: the title is the whole paragraph."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((250, 50), "AGENDA", fontsize=14, fontname="tibo")
    y = 90.0

    def put(x: float, text: str, bold: bool = False) -> None:
        page.insert_text((x, y), text, fontsize=12, fontname="tibo" if bold else "tiro")

    put(54, "6.", True)
    put(90, "COUNCIL: RESOLUTIONS", True)
    y += 20
    for letter, file_no, lines in [
        (
            "a.",
            "2026-538",
            [
                "Resolution recognizing Fernhollow Fire and Rescue Captain Ana",
                "Pinto for her induction into the County Athletic Hall of Fame.",
            ],
        ),
        (
            "b.",
            "2026-539",
            [
                "Public Hearing authorizing the demolition of an unsafe building at",
                "12 Elm Street, Fernhollow; and consideration of a Resolution",
                "pertaining to the same. (Set on May 14, 2026, Regular Council Meeting)",
            ],
        ),
    ]:
        put(54, letter, True)
        put(90, file_no, True)
        for text in lines:
            put(162, text)
            y += 14
        for tail in ("Resolution No. 26-451", "Sponsors:   Fire and Rescue"):
            put(162, tail)
            y += 14
        y += 10
    doc.save(tmp_path / "legistar.pdf")
    tree = analyze(tmp_path / "legistar.pdf", data_dir=tmp_path, use_cache=False)
    subs = {c.label: c for c in tree.items[0].sub_items}
    assert subs["a"].title == (
        "Resolution recognizing Fernhollow Fire and Rescue Captain Ana Pinto for her induction "
        "into the County Athletic Hall of Fame"
    ), subs["a"].title
    assert subs["b"].title == (
        "Public Hearing authorizing the demolition of an unsafe building at 12 Elm Street, "
        "Fernhollow; and consideration of a Resolution pertaining to the same"
    ), subs["b"].title
    assert subs["a"].paper == "2026-538"


def test_one_item_special_meeting_item_no_in_brackets_and_soft_hyphens(tmp_path: Path) -> None:
    """A city clerk's special-meeting agenda: a cover headed AGENDA with the hall's street
    address ("200 NORTH SPRING STREET", no item 200), a page of rules, then one item printed
    "ITEM NO. (1)" over its council file number ("13-0600", hyphens set as soft hyphens) and
    a title of several lines; the file carries no page numbers."""
    doc = pymupdf.open()
    cover = doc.new_page(width=612, height=792)
    cover.insert_text((270, 60), "AGENDA", fontsize=16, fontname="hebo")
    cover.insert_text((200, 90), "FERNHOLLOW CITY COUNCIL", fontsize=12)
    cover.insert_text((200, 110), "SPECIAL COUNCIL MEETING", fontsize=12)
    cover.insert_text((200, 130), "THURSDAY, MAY 21, 2026", fontsize=12)
    cover.insert_text((200, 150), "200 NORTH SPRING STREET, FERNHOLLOW", fontsize=12)
    rules = doc.new_page(width=612, height=792)
    rules.insert_text((34, 60), "BASIC CITY COUNCIL MEETING RULES", fontsize=11)
    rules.insert_text(
        (34, 80), "Members of the public may address the Council on items.", fontsize=10
    )
    page = doc.new_page(width=612, height=792)
    y = 60.0
    for x, text in [
        (34, "Fernhollow City Council Agenda, Special Council Meeting"),
        (34, "ROLL CALL"),
        (34, "ITEM NO. (1)"),
        (34, "26\xad0600"),
        (92, "CONTINUED CONSIDERATION OF REPORT BY THE BUDGET AND FINANCE"),
        (92, "COMMITTEE relative to the Proposed 2026-27 Budget."),
        (92, "Community Impact Statement: Yes"),
    ]:
        page.insert_text((x, y), text, fontsize=10)
        y += 14 if x == 92 else 22
    doc.save(tmp_path / "special.pdf")
    tree = analyze(tmp_path / "special.pdf", data_dir=tmp_path, use_cache=False)
    assert [(i.label, i.title) for i in tree.items] == [
        (
            "1",
            "CONTINUED CONSIDERATION OF REPORT BY THE BUDGET AND FINANCE COMMITTEE relative to "
            "the Proposed 2026-27 Budget",
        )
    ], [(i.label, i.title) for i in tree.items]
    assert tree.items[0].paper == "26-0600"


def test_short_work_session_agenda_with_lettered_presentations(tmp_path: Path) -> None:
    """A one-page work-session agenda with no AGENDA heading: a roster, the place and time,
    "CALL TO ORDER", then "1. PRESENTATIONS" with "a."–"c." under it, "2. DISCUSSION", "3.
    ADJOURNMENT". Few numbers, but the lettered points and the routine business make it one."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    y = 50.0
    for x, text in [
        (54, "Ann Lee, Mayor"),
        (54, "Jo Park, City Clerk"),
        (54, "CITY COUNCIL CHAMBERS   3:00 PM   Monday, June 1, 2026"),
        (54, "CALL TO ORDER"),
        (54, "1.   PRESENTATIONS"),
        (90, "a.   Demographics and Population Overview"),
        (90, "b.   Ongoing Schools Capital Plan Expansion"),
        (90, "c.   Tax Increment Financing District Overview"),
        (54, "2.   DISCUSSION"),
        (54, "3.   ADJOURNMENT"),
    ]:
        page.insert_text((x, y), text, fontsize=11)
        y += 22
    doc.save(tmp_path / "jws.pdf")
    tree = analyze(tmp_path / "jws.pdf", data_dir=tmp_path, use_cache=False)
    got = [(i.label, [c.label for c in i.sub_items]) for i in tree.items]
    assert got == [("1", ["a", "b", "c"]), ("2", []), ("3", [])], got


def test_street_and_title_abbreviations_are_no_sentence_ends() -> None:
    """ "… N. Hope Rd. Water Main Extension", "Cllr. Ames", "Elm Ave. Resurfacing": a title
    runs on past an abbreviation; a sentence after a real full stop is still cut off."""
    from boardprep.core.engine.agenda.split import split_title

    for title in (
        "Approve Invoice for N. Hope Rd. Water Main Extension Engineering",
        "Report of Cllr. Ames on the Harbour Works",
        "Elm Ave. Resurfacing and Drainage Contract",
    ):
        assert split_title(title, "", False) == (title, ""), title
    cut = split_title("Budget Monitoring. Members note the quarter's position.", "", False)
    assert cut[0].rstrip(".") == "Budget Monitoring"


def test_an_agenda_that_is_one_bulleted_list_before_its_papers(tmp_path: Path) -> None:
    """A township commission's first page: a masthead, the date, then a Word bulleted list with
    no numbers and no AGENDA heading ("•" drawn apart from its text); bullets indented under a
    bullet are its sub-items, "i." lines under them lettered children, a line set under the
    text above it is that text wrapping, and "Next Meeting" beside the list is no item. Papers
    follow on the next pages, so the page is not a one-page notice."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((200, 50), "ELMWOOD TOWNSHIP – ASHFORD COUNTY", fontsize=13, fontname="hebo")
    page.insert_text((240, 70), "Zoning Board", fontsize=13, fontname="hebo")
    page.insert_text((250, 90), "12 Mill Lane, Ashford", fontsize=10)
    page.insert_text((54, 140), "August 4, 2026", fontsize=11)
    y = 170.0

    def bullet(level: int, text: str) -> None:
        nonlocal y
        x = 54 + 36 * level
        page.insert_text((x, y), "•", fontsize=11)
        page.insert_text((x + 18, y), text, fontsize=11)
        y += 26

    def line(x: float, text: str, gap: float = 14) -> None:
        nonlocal y
        y -= 12
        page.insert_text((x, y), text, fontsize=11)
        y += gap + 12

    bullet(0, "Call Meeting to Order")
    bullet(0, "Roll Call of Board Members")
    bullet(0, "Approval of the June 2, 2026, Meeting Minutes")
    bullet(0, "Public Hearing")
    bullet(1, "Proposed Variances")
    line(130, "i.  Orchard Street between Pine Road and Lake Road setback change from")
    line(144, "twenty feet to fifteen feet.")
    line(126, "ii.  Canal Road frontage of the feed mill lot width change.", gap=26)
    bullet(0, "Comments")
    bullet(1, "Board Members")
    bullet(1, "Public")
    bullet(0, "Adjournment")
    page.insert_text((380, 680), "Next Meeting", fontsize=11)
    page.insert_text((380, 694), "October 6, 2026", fontsize=11)
    for k in range(2):
        paper = doc.new_page(width=612, height=792)
        paper.insert_text((72, 80), "NOTICE OF VARIANCE HEARING", fontsize=14, fontname="hebo")
        for j in range(12):
            paper.insert_text((72, 120 + 16 * j), f"The board will hear request {k} line {j}.")
    doc.save(tmp_path / "bullets.pdf")
    tree = analyze(tmp_path / "bullets.pdf", data_dir=tmp_path, use_cache=False)
    got = [(i.title, [c.title for c in i.children]) for i in tree.items]
    assert got == [
        ("Call Meeting to Order", []),
        ("Roll Call of Board Members", []),
        ("Approval of the June 2, 2026, Meeting Minutes", []),
        ("Public Hearing", ["Proposed Variances"]),
        ("Comments", ["Board Members", "Public"]),
        ("Adjournment", []),
    ], got
    variances = tree.items[3].children[0]
    assert [(c.number, c.title) for c in variances.children] == [
        (
            "i",
            "Orchard Street between Pine Road and Lake Road setback change from twenty feet "
            "to fifteen feet",
        ),
        ("ii", "Canal Road frontage of the feed mill lot width change"),
    ]
    assert tree.meeting.date == "2026-08-04"


def test_a_break_printed_without_its_bullet_is_an_item_of_the_list(tmp_path: Path) -> None:
    """A lake association's AGM slide lists its business as bullets, one line printed without
    a bullet where the bullets stand ("Coffee Break", after the guest speakers): an entry of
    the list, not the speaker line above running on. A line set where the text starts is
    still that text wrapping."""
    doc = pymupdf.open()
    page = doc.new_page(width=792, height=612)
    page.insert_text((72, 90), "AGENDA", fontsize=40, fontname="hebo")
    entries = [
        "• Welcome & Introductions",
        "• Ann Marsh - Forest Trails Update",
        "• Raj Patel - Water Testing and Results on",
        "   Our Three Lakes",
        "Coffee Break",
        "• Business Meeting",
    ]
    put_lines(page, entries, 180, 150, 32, 20)
    page.insert_text((450, 520), "July 6, 2026", fontsize=12)
    doc.save(tmp_path / "agm.pdf")
    tree = analyze(tmp_path / "agm.pdf", data_dir=tmp_path, use_cache=False)
    assert [i.title for i in tree.items] == [
        "Welcome & Introductions",
        "Ann Marsh - Forest Trails Update",
        "Raj Patel - Water Testing and Results on Our Three Lakes",
        "Coffee Break",
        "Business Meeting",
    ]


def test_a_posted_notice_with_two_bulleted_lines_of_business(tmp_path: Path) -> None:
    """A one-page posted notice of a special meeting: large centred title, date, time and place,
    then just two "•" lines (the first wrapping twice), and "Posted …" at the foot. The two
    bullets are the agenda; the posting date is not the meeting's."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((150, 80), "Special Council Meeting", fontsize=30, fontname="hebo")
    page.insert_text((170, 150), "Tuesday, March 3, 2026", fontsize=24)
    page.insert_text((250, 200), "6:30 pm", fontsize=24)
    page.insert_text((220, 250), "at the Town Hall", fontsize=24)
    page.insert_text((100, 320), "•", fontsize=20)
    page.insert_text((120, 320), "Approve Ordinance 2026-02 - Setting fees for", fontsize=18)
    page.insert_text((120, 344), "the use of the community rooms", fontsize=18)
    page.insert_text((100, 390), "•", fontsize=20)
    page.insert_text((120, 390), "April Meeting", fontsize=18)
    page.insert_text((60, 700), "Posted February 25, 2026", fontsize=9)
    doc.save(tmp_path / "notice.pdf")
    tree = analyze(tmp_path / "notice.pdf", data_dir=tmp_path, use_cache=False)
    assert [i.title for i in tree.items] == [
        "Approve Ordinance 2026-02 - Setting fees for the use of the community rooms",
        "April Meeting",
    ]
    assert (tree.meeting.date, tree.meeting.time) == ("2026-03-03", "18:30")


def test_members_down_the_margin_beside_a_two_page_agenda(tmp_path: Path) -> None:
    """A library board's agenda: the trustees and their roles printed down the left margin of
    page 1 beside the items (their lines level with the items'), page 2 with no sidebar and
    the items back at the margin; a title cut at "&" with its "Motion" cell set level with the
    title's second line; "9.1" printed alone, a slot for new business."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((230, 60), "LIBRARY BOARD MEETING", fontsize=14, fontname="tibo")
    page.insert_text((190, 78), "Thursday, May 21, 2026 - 7:00 p.m. - Main Branch", fontsize=11)
    page.insert_text((290, 110), "AGENDA", fontsize=14, fontname="tibo")
    names = ["Ada Lane", "Chair", "Bo Reyes", "Vice Chair"] + [
        t for k in range(8) for t in (f"Trustee {'ABCDEFGH'[k]}. Moss", "Trustee")
    ]
    for k, name in enumerate(names):
        page.insert_text((50, 100 + 26 * k + (12 if k % 2 else 0)), name, fontsize=8)
    rows = [
        (148, "1."),
        (185, "CALL TO ORDER"),
        (148, "2."),
        (185, "DISCLOSURES OF INTEREST"),
        (148, "3."),
        (185, "ADOPTION OF MINUTES OF APRIL 16, 2026"),
        (148, "4."),
        (185, "REPORTS"),
        (185, "4.1"),
        (220, "Management Report for April 2026 &"),
        (220, "Year-to-Date Indicators"),
        (185, "4.2"),
        (220, "Project Update - Riverside Branch"),
    ]
    y = 140.0
    for k, (x, text) in enumerate(rows):
        page.insert_text((x, y), text, fontsize=12, fontname="tibo" if x == 185 else "tiro")
        if text == "Year-to-Date Indicators":
            page.insert_text((527, y), "Motion", fontsize=12, fontname="tiit")
        if k + 1 < len(rows) and rows[k + 1][0] in (148, 185) and rows[k + 1][1][0].isdigit():
            y += 26
        elif k + 1 < len(rows) and rows[k + 1][1] == "Year-to-Date Indicators":
            y += 14
    second = doc.new_page(width=612, height=792)
    second.insert_text((350, 40), "Board Meeting Agenda - May 21, 2026", fontsize=11)
    y = 80.0
    for x, num, title in [
        (50, "5.", "NEW BUSINESS"),
        (88, "5.1", ""),
        (50, "6.", "NEXT MEETING"),
        (50, "7.", "MOTION TO ADJOURN"),
    ]:
        second.insert_text((x, y), num, fontsize=12)
        if title:
            second.insert_text((85, y), title, fontsize=12, fontname="tibo")
        y += 26
    doc.save(tmp_path / "library.pdf")
    tree = analyze(tmp_path / "library.pdf", data_dir=tmp_path, use_cache=False)
    got = [(i.number, i.title, [(c.number, c.title) for c in i.sub_items]) for i in tree.items]
    assert got == [
        ("1", "CALL TO ORDER", []),
        ("2", "DISCLOSURES OF INTEREST", []),
        ("3", "ADOPTION OF MINUTES OF APRIL 16, 2026", []),
        (
            "4",
            "REPORTS",
            [
                ("4.1", "Management Report for April 2026 & Year-to-Date Indicators"),
                ("4.2", "Project Update - Riverside Branch"),
            ],
        ),
        ("5", "NEW BUSINESS", [("5.1", "")]),
        ("6", "NEXT MEETING", []),
        ("7", "MOTION TO ADJOURN", []),
    ], got


def test_meeting_time_spans_side_events_and_the_next_meeting() -> None:
    """ "7-9pm" starts at 7 pm; a buffet's time before the AGM's is not the meeting's; the time
    under "Next Regularly Scheduled Meeting" at the foot of an agenda is the next one's."""
    from boardprep.core.engine.agenda.times import share_ampm
    from tests.engine.test_realistic_agendas import meeting_html

    assert share_ampm("7-9pm") == "7pm-9pm"
    assert share_ampm("10.30-12.30pm") == "10.30am-12.30pm"
    m = meeting_html(
        "<p><b>Riverside Walking Forum Meeting Thursday 8 March 2012</b></p>"
        "<p>Room 2, Town Hall, 7-9pm</p><p>1. Apologies for absence</p>"
    )
    assert (m.date, m.time) == ("2012-03-08", "19:00")
    m = meeting_html(
        "<p><b>Annual General Meeting</b></p><p>Thursday, 29th September 2016</p>"
        "<p>The Old Granary</p><p>Mill Lane</p><p>Ashford AB1 2CD</p>"
        "<p>Buffet Supper 5.30pm, AGM 6.45pm-8.00pm</p><p>1. Welcome and apologies</p>"
    )
    assert m.time == "18:45"
    m = meeting_html(
        "<p><b>Board Meeting</b></p><p>December 17, 2025</p><p>1. Call to Order</p>"
        "<p>2. Adjournment</p><p>Next Regularly Scheduled</p><p>Meeting January 21, 2026</p>"
        "<p>1:30 PM</p>"
    )
    assert (m.date, m.time) == ("2025-12-17", None)


def test_an_outline_agenda_nests_by_indent_and_number_style() -> None:
    """ "I." / "A." / "1." and "1." / "a." / "i.": each indented level with a number style of
    its own is the next level down; names after a dash on item after item are presenters;
    "- Action" and "(Discussion Only)" say what the board does, not the title; a sub-item may
    open with its month; an italic sentence under an item is a note, not a sub-item; a
    recommendation's "1.", "2." under a lettered item stay its text."""
    pad = '<p style="margin-left:{}pt">{}</p>'.format
    res = parse_html(
        "<p><b>Agenda</b></p>"
        "<p>I. Call to Order – Ann Lee, Governor</p>"
        "<p>II. Board Reports</p>"
        + pad(30, "A. Chair Reports")
        + pad(60, "1. Membership Chair – Joe Ray")
        + pad(60, "2. Service Chair – Ida Kim")
        + pad(30, "B. Regional Reports")
        + pad(60, "1. Capital – Sam Poe")
        + pad(60, "2. Metro – Lou Tan")
        + "<p>III. Adjournment – Ann Lee, Governor</p>"
    )
    got = [
        (i.number, i.title, [(c.title, [g.title for g in c.sub_items]) for c in i.sub_items])
        for i in res.items
    ]
    assert got == [
        ("I", "Call to Order", []),
        (
            "II",
            "Board Reports",
            [
                ("Chair Reports", ["Membership Chair", "Service Chair"]),
                ("Regional Reports", ["Capital", "Metro"]),
            ],
        ),
        ("III", "Adjournment", []),
    ], got
    res = parse_html(
        "<p><b>AGENDA</b></p><p>1. Call to Order</p><p>2. Public Comment</p>"
        + pad(
            20,
            "a. <i>Any person may address the Board at this time on any item on the "
            "agenda or any other matter of interest.</i>",
        )
        + "<p>3. Financial reports</p>"
        + pad(20, "a. November 2025 Financials - <b><i>Action</i></b>")
        + pad(20, "b. Invoices - <b><i>Action</i></b>")
        + "<p>4. Old Business</p>"
        + pad(20, "a. Grants")
        + pad(40, "i. Soil Health Program")
        + pad(40, "ii. Water Efficiency Program")
        + pad(20, "b. Groundwater")
        + "<p>5. Study Session</p>"
        + pad(20, "a. Storage Grant Program (Discussion Only)")
        + "<p>6. New Business</p>"
        + pad(20, "a. Fleet Purchase")
        + pad(20, "Recommendation: It is recommended that the Board:")
        + pad(40, "1. Approve the purchase of one van")
        + pad(40, "2. Authorize the Manager to sign")
    )
    subs = {
        i.number: [(c.title, [g.title for g in c.sub_items]) for c in i.sub_items]
        for i in res.items
    }
    assert subs["2"] == []
    assert subs["3"] == [("November 2025 Financials", []), ("Invoices", [])]
    assert subs["4"] == [
        ("Grants", ["Soil Health Program", "Water Efficiency Program"]),
        ("Groundwater", []),
    ]
    assert subs["5"] == [("Storage Grant Program", [])]
    assert subs["6"] == [("Fleet Purchase", [])]
    # A scanned agenda's "(ACTION}" or "{ACTION)", a bracket misread as a brace, is the mark.
    res = parse_html(
        "<p><b>AGENDA</b></p><p>1. Call to Order</p><p>2. Approval of the agenda (ACTION}</p>"
        "<p>3. Approve payments {ACTION)</p>"
    )
    titles = [i.title for i in res.items]
    assert titles == ["Call to Order", "Approval of the agenda", "Approve payments"]


def test_a_packets_contents_page_listing_the_agenda_is_not_the_agenda(tmp_path: Path) -> None:
    """A board packet: a cover, a "Table of Contents" whose entries ("I.  Agenda  3-4",
    "II.  Minutes  5-9") carry ranges, then the agenda itself with its time. The contents page
    names the agenda; it is not it."""
    doc = pymupdf.open()
    cover = doc.new_page(width=612, height=792)
    cover.insert_text((200, 300), "Harbour District Board Meeting Packet", fontsize=16)
    cover.insert_text((250, 330), "April 17, 2026", fontsize=14)
    contents = doc.new_page(width=612, height=792)
    contents.insert_text((240, 80), "Table of Contents", fontsize=14, fontname="hebo")
    for k, (num, title, pages) in enumerate(
        [("I.", "Agenda", "3-4"), ("II.", "Minutes", "5-9"), ("III.", "Approval Items", ""),
         ("", "A. Board Resolutions", "10-12"), ("IV.", "Board Reports", "13-20")]
    ):  # fmt: skip
        y = 120 + 22 * k
        contents.insert_text((72, y), num, fontsize=11)
        contents.insert_text((108, y), title, fontsize=11)
        contents.insert_text((480, y), pages, fontsize=11)
    agenda = doc.new_page(width=612, height=792)
    agenda.insert_text((220, 70), "Friday, April 17, 2026 at 12:00 PM", fontsize=12)
    agenda.insert_text((285, 100), "Agenda", fontsize=14, fontname="hebo")
    for k, (num, title) in enumerate(
        [("I.", "Call to Order"), ("II.", "Approval of Minutes"), ("III.", "Approval of Items"),
         ("IV.", "Board Reports"), ("V.", "Adjournment")]
    ):  # fmt: skip
        agenda.insert_text((72, 140 + 22 * k), num, fontsize=11)
        agenda.insert_text((108, 140 + 22 * k), title, fontsize=11)
    for k in range(3):
        doc.new_page(width=612, height=792).insert_text((72, 80), f"Report {k}", fontsize=12)
    doc.save(tmp_path / "packet.pdf")
    tree = analyze(tmp_path / "packet.pdf", data_dir=tmp_path, use_cache=False)
    assert [i.title for i in tree.items] == [
        "Call to Order",
        "Approval of Minutes",
        "Approval of Items",
        "Board Reports",
        "Adjournment",
    ]
    assert (tree.meeting.date, tree.meeting.time) == ("2026-04-17", "12:00")


def test_a_forum_agm_bundle_of_papers_that_number_their_own_pages(tmp_path: Path) -> None:
    """A forum's AGM: a one-page agenda whose later items end with the speaker's initials
    ("- CC"), then
    last year's minutes (a "Minutes" heading over "Present:") and the chairman's report, each
    numbering its own pages "2", "3" in the margin, with no pack stamps or ranges. Each paper
    starts a document of its item; the report is found by the title under its first line."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 60), "Harbour Walking Forum Meeting Thursday 8 March 2012", fontsize=12)
    page.insert_text((72, 78), "Room 2, Town Hall, 7-9pm", fontsize=11)
    page.insert_text((72, 100), "Agenda", fontsize=13, fontname="hebo")
    titles = [
        "Apologies for absence",
        "Minutes of the Annual General Meeting of 10 March 2011",
        "Matters arising",
        "Chairman's report",
        "Path network survey - CC",
        "Coastal route campaign - MD",
        "Lighting petition - RI/JS",
        "Close",
    ]
    for k, title in enumerate(titles):
        page.insert_text((72, 130 + 20 * k), f"{k + 1})", fontsize=11)
        page.insert_text((96, 130 + 20 * k), title, fontsize=11)

    def paper(first: list[str], pages: int) -> None:
        for n in range(1, pages + 1):
            p = doc.new_page(width=595, height=842)
            lines = first if n == 1 else [f"Text of page {n}."]
            put_lines(p, lines, 72, 70, 18, 11)
            for j in range(20):
                p.insert_text((72, 200 + 14 * j), f"Body text line {j} of page {n}.")
            if n > 1:
                p.insert_text((290, 810), str(n), fontsize=9)

    paper(["Annual General Meeting on Thursday 10 March 2011.", "Minutes", "Present:"], 3)
    paper(["Harbour Walking Forum Annual General Meeting", "Chairman's report for 2011-12"], 3)
    doc.save(tmp_path / "agm.pdf")
    tree = analyze(tmp_path / "agm.pdf", data_dir=tmp_path, use_cache=False)
    assert [i.title for i in tree.items] == [
        "Apologies for absence",
        "Minutes of the Annual General Meeting of 10 March 2011",
        "Matters arising",
        "Chairman's report",
        "Path network survey",
        "Coastal route campaign",
        "Lighting petition",
        "Close",
    ]
    assert [p.name for p in tree.items[6].people] == ["RI", "JS"]
    by_number = {i.number: i.pdf_pages for i in tree.items}
    assert by_number["2"] == (2, 4) and by_number["4"] == (5, 7), by_number
    assert tree.meeting.time == "19:00"


def test_zero_width_marks_after_list_numbers_are_dropped() -> None:
    """A web editor's export puts a zero-width space after each list number ("1)\u200b"); the
    text layer reads as if it were not there, so the number still opens the item."""
    from types import SimpleNamespace

    from boardprep.core.engine.pages.textlayer import page_lines

    span = {"text": "", "bbox": (0, 0, 0, 0), "size": 11.0, "flags": 0, "font": "Arial"}
    spans = [
        dict(span, text="1)\u200b", bbox=(72, 100, 84, 112)),
        dict(span, text="\ufeffApologies for absence", bbox=(96, 100, 200, 112)),
    ]
    raw = {"blocks": [{"type": 0, "lines": [{"dir": (1, 0), "spans": spans}]}]}
    page = SimpleNamespace(
        get_text=lambda *a, **k: raw,
        rotation=0,
        rect=pymupdf.Rect(0, 0, 595, 842),
        number=0,
        parent=None,
    )
    (line,) = page_lines(page).lines  # type: ignore[arg-type]
    assert line.text.replace("\t", " ") == "1) Apologies for absence"


def test_a_packets_contents_page_gives_the_ranges_its_agenda_leaves_out(tmp_path: Path) -> None:
    """A district board packet: page numbers at the top of every page, a contents page listing
    each paper's pages ("A. Harbour Clean-up Proposal ..... 4-5"), an agenda that prints no
    ranges, and papers each under the district's running head. Items take the contents
    page's ranges; a paper's title is its own line under the running head."""
    doc = pymupdf.open()

    def new(n: int) -> pymupdf.Page:
        p = doc.new_page(width=612, height=792)
        p.insert_text((40, 30), str(n), fontsize=9)
        return p

    cover = new(1)
    cover.insert_text((200, 300), "Coastal District Board Meeting Packet", fontsize=16)
    toc = new(2)
    toc.insert_text((240, 80), "Table of Contents", fontsize=14, fontname="hebo")
    for k, (title, pages) in enumerate(
        [("I. Agenda", "3"), ("II. Approval Items", ""), ("A. Harbour Clean-up Proposal", "4-5"),
         ("B. Dune Planting Proposal", "6-8"), ("III. Notes", "9")]
    ):  # fmt: skip
        toc.insert_text((72, 120 + 22 * k), title, fontsize=11)
        toc.insert_text((480, 120 + 22 * k), pages, fontsize=11)
    agenda = new(3)
    agenda.insert_text((200, 70), "Special Board Meeting, May 9, 2026", fontsize=12)
    agenda.insert_text((285, 100), "Agenda", fontsize=14, fontname="hebo")
    rows = [(72, "I.", "Call to Order"), (72, "II.", "Approval Items"),
            (108, "A.", "Harbour Clean-up Proposal"), (108, "B.", "Dune Planting Proposal"),
            (72, "III.", "Adjournment")]  # fmt: skip
    for k, (x, num, title) in enumerate(rows):
        agenda.insert_text((x, 140 + 22 * k), num, fontsize=11)
        agenda.insert_text((x + 30, 140 + 22 * k), title, fontsize=11)
    titles = {4: "Harbour Clean-up Proposal for May", 6: "Dune Planting Proposal for Spring"}
    for n in range(4, 10):
        p = new(n)
        p.insert_text((200, 60), "COASTAL DISTRICT", fontsize=12, fontname="hebo")
        if n in titles:
            p.insert_text((160, 90), titles[n], fontsize=14, fontname="hebo")
        for j in range(15):
            p.insert_text((72, 130 + 16 * j), f"Paper text line {j} on page {n}.", fontsize=10)
    doc.save(tmp_path / "packet.pdf")
    tree = analyze(tmp_path / "packet.pdf", data_dir=tmp_path, use_cache=False)
    approval = tree.items[1]
    got = [(c.title, c.pack_pages, c.pdf_pages) for c in approval.sub_items]
    assert got == [
        ("Harbour Clean-up Proposal", (4, 5), (4, 5)),
        # The closing "Notes" page starts no paper: back matter, in the last item's pages.
        ("Dune Planting Proposal", (6, 8), (6, 9)),
    ], got
    docs = [d.title for c in approval.sub_items for d in c.documents]
    assert docs == ["Harbour Clean-up Proposal for May", "Dune Planting Proposal for Spring"], docs


def test_a_one_page_formal_notice_with_numbered_business_and_no_heading(tmp_path: Path) -> None:
    """A society's one-page "Formal notice" of its AGM: a centred title block and address,
    then business numbered 1-5 (numbers a point or two apart, as text recognition places them)
    and a paragraph at the margin about who may attend. The numbered lines are the agenda."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for k, line in enumerate(
        ["Formal notice for", "Riverside Libraries Society Annual General Meeting",
         "Thursday, 10th September 2015", "The Boathouse", "Mill Lane"]
    ):  # fmt: skip
        page.insert_text((150, 80 + 20 * k), line, fontsize=12)
    business = ["Chair's welcome and apologies", "Annual Report", "Accounts 2014/15",
                "Election of Auditor", "Closing Remarks"]  # fmt: skip
    for k, title in enumerate(business):
        page.insert_text((109 + (k % 2), 220 + 24 * k), f"{k + 1}. {title}", fontsize=11)
    page.insert_text((58, 400), "The meeting is open to members of the Society and its staff.")
    doc.save(tmp_path / "notice.pdf")
    tree = analyze(tmp_path / "notice.pdf", data_dir=tmp_path, use_cache=False)
    assert [i.title for i in tree.items] == business


def test_a_text_layer_whose_spaces_read_as_quotes_is_recognised_instead() -> None:
    """A font that maps the space to "'" or "!" ("Formal'notice'for", "The!Cookhouse!") gives
    a text layer no reader can use: the page is read by text recognition like a scan."""
    from boardprep.core.engine.pages.ocr import garbled

    assert garbled("Formal'notice'for'\nSuffolk'Libraries'Annual'General'Meeting'\n" * 3)
    assert garbled("The!Cookhouse!\nFood!Hall!\nExhibitor!Stalls!from!5.30pm!" * 3)
    assert not garbled("The Chair's report and the Treasurer's accounts for the year. " * 3)


def test_staff_report_fields_under_titles_and_hyphenated_compounds() -> None:
    """ "Recommendation: Receive and file …" and "Contact: …" under each consent item are its
    fields, never the title's next words; a compound broken at one of its hyphens
    ("CAP1-Exclude-" / "Voluntary-Invoices") joins without a space."""
    from boardprep.core.engine.agenda.text import join_wrapped

    pad = '<p style="margin-left:{}pt">{}</p>'.format
    res = parse_html(
        "<p><b>AGENDA</b></p><p>Consent Items</p>"
        "<p>1.&nbsp;&nbsp;&nbsp;&nbsp;Accounts Payable Transactions</p>"
        + pad(30, "Recommendation: Receive and file accounts payable transactions.")
        + pad(30, "Contact: Finance Director (555) 010-2000")
        + "<p>2.&nbsp;&nbsp;&nbsp;&nbsp;Minutes Approval</p>"
        + pad(30, "Recommendation: Pass a Motion approving the Regular Minutes.")
    )
    assert [i.title for i in res.items] == ["Accounts Payable Transactions", "Minutes Approval"]
    assert join_wrapped("CAP1-Exclude-", "Voluntary-Invoices") == "CAP1-Exclude-Voluntary-Invoices"
    assert join_wrapped("Annual Report -", "Draft") == "Annual Report - Draft"


def test_a_notice_with_bulleted_motions_before_an_appended_constitution(tmp_path: Path) -> None:
    """A society's notice: a cover page, "Agenda for the meeting" over bulleted motions, a
    proxy form, then the draft constitution it amends, whose contents pages list numbered
    rules dotted out to their page numbers under "PART 2 ASSOCIATION ..." headings. The
    motions are the agenda; the contents are no agenda, and a constitution's Part 2 is not
    an exempt part; "subject to section 24" is prose, not a cover sheet's "Subject"."""
    from boardprep.core.engine.documents import _cover_title
    from boardprep.core.engine.vocabulary import EXEMPT_SECTION_RE

    doc = pymupdf.open()
    cover = doc.new_page(width=595, height=842)
    cover.insert_text((72, 80), "Notice of special general meeting", fontsize=14)
    cover.insert_text((72, 110), "The meeting will be held at 4pm on Saturday 4th March 2023.")
    agenda = doc.new_page(width=595, height=842)
    agenda.insert_text((72, 80), "Agenda for the meeting", fontsize=14, fontname="hebo")
    motions = [f"To accept the proposed amendments relating to Change {k}" for k in range(1, 6)]
    for k, motion in enumerate(motions):
        agenda.insert_text((72, 120 + 24 * k), "·", fontsize=11)
        agenda.insert_text((90, 120 + 24 * k), motion, fontsize=11)
    doc.new_page(width=595, height=842).insert_text((72, 80), "Proxy voting form", fontsize=14)
    for part in range(2):
        toc = doc.new_page(width=595, height=842)
        toc.insert_text((72, 60), "Constitution of the Society - DRAFT", fontsize=12)
        y = 100
        toc.insert_text((72, y), f"PART {part + 2} ASSOCIATION TO BE NOT FOR PROFIT BODY")
        for k in range(1, 16):
            y += 20
            leader = " ." * 30
            toc.insert_text(
                (72, y), f"{part * 15 + k}   Rule number {part * 15 + k}{leader} {k + 10}"
            )
    for _ in range(3):
        doc.new_page(width=595, height=842).insert_text((72, 80), "12.6. Members must pay fees.")
    doc.save(tmp_path / "notice.pdf")
    tree = analyze(tmp_path / "notice.pdf", data_dir=tmp_path, use_cache=False)
    assert [i.title for i in tree.items] == motions
    assert not any(i.exempt for i in tree.walk())
    assert not EXEMPT_SECTION_RE.match("PART 2 ASSOCIATION TO BE NOT FOR PROFIT BODY")
    assert EXEMPT_SECTION_RE.match("Part 2 - Exempt Items")
    assert _cover_title(["Subject to section 24, the manner in which"])[0] == 0


def test_a_notice_whose_summons_introduces_the_business(tmp_path: Path) -> None:
    """A land trust's AGM notice with no AGENDA heading: "NOTICE is hereby given … for the
    transaction of the following" / "business:" over numbered items with their times in
    brackets ("(7pm)", "(7.05pm - 7.30pm)"), then its annual report. The summons heads the
    business; a bracketed time is the item's time, not its title."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    lines = [
        "Riverside Community Land Trust",
        "NOTICE OF ANNUAL GENERAL MEETING",
        "NOTICE is hereby given that the Annual General Meeting 2023",
        "will be held on Tuesday 19th September 2023 in the Church Hall, Mill Road",
        "Formal business will take place from 7pm to 8pm for the transaction of the following",
        "business:",
        "1. Introduction and Apologies (7pm)",
        "2. Directors' annual report (7.05pm - 7.30pm)",
        "3. Election of Directors (7.30pm - 7.45pm)",
        "4. Questions from Members (7.45pm - 8pm)",
        "5. Close (8pm)",
    ]
    put_lines(page, lines, 72, 80, 20, 11)
    for n in range(3):
        doc.new_page(width=595, height=842).insert_text(
            (72, 80), f"Annual report page {n + 1}", fontsize=11
        )
    doc.save(tmp_path / "notice.pdf")
    tree = analyze(tmp_path / "notice.pdf", data_dir=tmp_path, use_cache=False)
    got = [(i.number, i.title, i.time) for i in tree.items]
    assert got == [
        ("1", "Introduction and Apologies", "19:00"),
        ("2", "Directors' annual report", "19:05"),
        ("3", "Election of Directors", "19:30"),
        ("4", "Questions from Members", "19:45"),
        ("5", "Close", "20:00"),
    ], got


def test_numbered_cases_under_roman_items_and_verbal_update_suffixes() -> None:
    """An information board's agenda: Roman items with the cases under them numbered "1.",
    "2." and indented (children, unless they are a recommendation's steps); a city's reports
    "Public Safety – Verbal update. (Lee)", the councillor's name on item after item, keep
    only their subject."""
    pad = '<p style="margin-left:{}pt">{}</p>'.format
    res = parse_html(
        "<p><b>AGENDA</b></p><p>I. Approval of the agenda</p><p>II. Dismissals</p>"
        + pad(30, "1. Anders, Rod (22FC:0119 – Chapter 22)")
        + pad(30, "2. Hanley, Barb (22FC:0111 – Chapter 21)")
        + "<p>III. Pending Complaints. Informational Only</p>"
        + pad(30, "1. Beck, Tim (22FC:0036 – Both Chapters)")
        + pad(30, "2. Sly, Dee (22FC:0053 – Chapter 21)")
        + "<p>IV. Reports</p>"
        + pad(30, "A. Public Safety – Verbal update. (Lee)")
        + pad(30, "B. Public Works – Verbal update. (Khan)")
        + pad(30, "C. Electric – Verbal update. (Ortiz)")
        + pad(30, "D. Air Quality – Verbal update")
        + "<p>V. Adjournment</p>"
    )
    subs = {i.number: [c.title for c in i.sub_items] for i in res.items}
    assert subs["II"] == [
        "Anders, Rod (22FC:0119 – Chapter 22)",
        "Hanley, Barb (22FC:0111 – Chapter 21)",
    ], subs
    assert subs["III"] == [
        "Beck, Tim (22FC:0036 – Both Chapters)",
        "Sly, Dee (22FC:0053 – Chapter 21)",
    ], subs
    assert subs["IV"] == ["Public Safety", "Public Works", "Electric", "Air Quality"], subs


def test_a_section_with_a_paper_of_its_own_still_covers_its_sub_items() -> None:
    """ "A. Chair Reports" matched to the first chair's report (pages 27-29) while its nine
    sub-items' reports run to page 58: the section spans all of them in the tree."""
    from boardprep.core.engine.reconcile import _fix_parents
    from boardprep.core.model import Item

    section = Item("A", "Chair Reports", pdf_pages=(27, 29))
    section.children = [
        Item("1", "Club Building Chair", pdf_pages=(27, 29)),
        Item("2", "Communications Chair", pdf_pages=(30, 34)),
        Item("9", "Technology Chair", pdf_pages=(56, 58)),
    ]
    top = Item("V", "Board Reports")
    top.children = [section]
    _fix_parents([top])
    assert section.pdf_pages == (27, 58) and top.pdf_pages == (27, 58)


def test_a_sections_divider_page_before_its_sub_items_papers() -> None:
    """A packet puts a page with little but "Approval Items" under its running head before
    the section's papers: the section starts on that page (which is no paper of its own); a
    page of text before a section's papers is not taken for its divider."""
    from boardprep.core.engine.reconcile import _section_dividers
    from boardprep.core.model import Item

    section = Item("IV", "Approval of Items")
    section.children = [Item("A", "District Board Resolutions", pdf_pages=(24, 25))]
    section.pdf_pages = (24, 25)
    other = Item("V", "Board Reports")
    other.children = [Item("A", "Chair Reports", pdf_pages=(27, 29))]
    other.pdf_pages = (27, 29)
    texts = [""] * 30
    texts[22] = "23\nCOASTAL DISTRICT\nMarch Board Meeting Packet\nApproval Items"
    texts[25] = "Board reports are received quarterly. " * 10
    assert _section_dividers([section, other], texts, first_paper=3) == {23}
    assert section.pdf_pages == (23, 25) and other.pdf_pages == (27, 29)


def test_a_bracketed_roman_under_a_lettered_sub_item_nests_below_it() -> None:
    """ "(c) Resolutions" with "(i)  To disapply s.83 …" set right under the words of its
    title: a bracketed numeral is the next level down, not the title running on."""
    from boardprep.core.engine.agenda.parse import parse_agenda
    from boardprep.core.engine.pages.textlayer import page_lines

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((250, 60), "AGENDA", fontsize=13, fontname="hebo")
    rows = [(69, "3.", 87, "Main Business"), (87, "(a)", 105, "Minutes of 2021/22"),
            (87, "(c)", 105, "Resolutions"),
            (105, "(i)", 123, "To disapply s.83 (duty to appoint auditors)"),
            (87, "(d)", 105, "Election of Directors"), (69, "4.", 87, "Close")]  # fmt: skip
    for k, (x, num, tx, title) in enumerate(rows):
        page.insert_text((x, 100 + 18 * k), num, fontsize=11)
        page.insert_text((tx, 100 + 18 * k), title, fontsize=11)
    res = parse_agenda([page_lines(page)], None)
    main = res.items[0]
    got = [(c.title, [g.title for g in c.sub_items]) for c in main.sub_items]
    assert got == [
        ("Minutes of 2021/22", []),
        ("Resolutions", ["To disapply s.83 (duty to appoint auditors)"]),
        ("Election of Directors", []),
    ], got


def test_small_city_hearing_steps_slight_indents_and_bold_action_labels() -> None:
    """A small US city's agenda: consent letters set in only a few points ("A." at 86 under
    "2." at 81), each hearing's procedure ("1. Staff comments", "a. Proponents") listed
    under its description, a bold "Discussion/Action:" before a title, and reporters named
    in brackets ("(Ng and Ortega)")."""
    from boardprep.core.engine.agenda.parse import parse_agenda
    from boardprep.core.engine.pages.textlayer import page_lines

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((250, 50), "AGENDA", fontsize=13, fontname="hebo")
    rows = [
        (81, "1.", "PUBLIC FORUM."), (81, "2.", "CONSENT CALENDAR:"),
        (86, "A.", "Approval of claims for the month of May."),
        (86, "B.", "Approve minutes of the meeting of May 9."),
        (95, "C.", "Receive the treasurer's report."),
        (81, "3.", "PUBLIC HEARINGS:"), (99, "A.", "Lot Split No. 7 (Ruiz) 12 Oak Lane."),
        (117, "", "The owner asks to divide a vacant lot into two parcels."),
        (117, "1.", "Staff comments."), (117, "2.", "Open the hearing to the public."),
        (135, "a.", "Proponents."), (135, "b.", "Opponents."),
        (117, "3.", "Close hearing to the public."),
        (99, "B.", "Setback Variance No. 3 (Ruiz) 14 Oak Lane."),
        (117, "", "The owner asks to build closer to the rear line."),
        (117, "1.", "Staff comments."), (135, "a.", "Proponents."),
        (81, "4.", "DEPARTMENT REPORTS:"), (99, "A.", "Roads - Verbal update. (Ng and Ortega)"),
        (99, "B.", "Parks - Verbal update. (Ng)"), (99, "C.", "Library - Verbal update. (Ortega)"),
        (99, "D.", "Administration."),
    ]  # fmt: skip
    y = 80
    for x, num, text in rows:
        y += 0 if num else 8  # a blank line before a description
        if num:
            page.insert_text((x, y), num, fontsize=11)
        page.insert_text((x + 18 if num else x, y), text, fontsize=11)
        y += 16
    page.insert_text((117, y), "1.", fontsize=11)
    page.insert_text((135, y), "Discussion/Action:", fontsize=11, fontname="hebo")
    page.insert_text((240, y), "Amend the parking code.", fontsize=11)
    res = parse_agenda([page_lines(page)], None)
    got = [(it.number, it.title, [(c.number, c.title) for c in it.sub_items]) for it in res.items]
    assert got[1] == (
        "2",
        "CONSENT CALENDAR",
        [
            ("2a", "Approval of claims for the month of May"),
            ("2b", "Approve minutes of the meeting of May 9"),
            ("2c", "Receive the treasurer's report"),
        ],
    ), got[1]
    assert got[2][2] == [
        ("3a", "Lot Split No. 7 (Ruiz) 12 Oak Lane"),
        ("3b", "Setback Variance No. 3 (Ruiz) 14 Oak Lane"),
    ], got[2]
    roads = res.items[3].sub_items[0]
    assert roads.title == "Roads" and [p.name for p in roads.people] == ["Ng", "Ortega"]
    admin = res.items[3].sub_items[3]
    assert [c.title for c in admin.sub_items] == ["Discussion/Action: Amend the parking code"]


def test_spaces_typed_as_indent_notes_after_adjournment_and_abbreviations() -> None:
    """Sub-items indented with typed spaces ("            1.  Contacts") sit where their
    first letter does; a meeting guide's numbered notes after "Adjourn" are not its
    sub-items; "Dept." and "Comm." end no sentence; "the May 17, 2022 minutes" is no
    22-minute allotment."""
    from boardprep.core.engine.agenda.parse import parse_agenda
    from boardprep.core.engine.pages.textlayer import page_lines

    rows = [
        (36, "I.      Approval of the May 17, 2022 minutes *"),
        (36, "II.     Cases for decision. (Lund)"),
        (90, "1. Ames, Jo (22FC:0101 - Chapter 22 - Iowa Dept. Public Safety 9/1/22) * Dismiss"),
        (90, "2. Berg, Al (22FC:0102 - Chapter 21 - Ames Comm. School District 9/2/22) * Accept"),
        (36, "III.    Office status report."),
        (36, "                  1.  Contacts and activity * (Lund)"),
        (36, "                  2.  Budget update * (Moss)"),
        (36, "IV.     Adjourn"),
        (36, "Meeting guide:"),
        (54, "1.  Each agenda item will be called in order."),
        (54, "2.  Place phones on mute, not on hold."),
    ]
    page = _agenda_page(pymupdf.open(), (250, "Agenda"), rows, top=90, step=18)
    res = parse_agenda([page_lines(page)], None)
    got = [(it.number, it.title, [c.title for c in it.sub_items]) for it in res.items]
    assert got[0][1] == "Approval of the May 17, 2022 minutes" and res.items[0].duration is None
    assert got[1][2] == [
        "Ames, Jo (22FC:0101 - Chapter 22 - Iowa Dept. Public Safety 9/1/22) * Dismiss",
        "Berg, Al (22FC:0102 - Chapter 21 - Ames Comm. School District 9/2/22) * Accept",
    ], got[1]
    assert got[2] == ("III", "Office status report", ["Contacts and activity", "Budget update"])
    assert got[3] == ("IV", "Adjourn", []), got[3]


def test_a_township_notice_centres_its_business_under_consider_the_following(
    tmp_path: Path,
) -> None:
    """An annual town meeting notice: a statutory paragraph ending "… to consider and decide
    the following.", then every line of business centred and unnumbered; a date alone under
    "Announce next year's date" answers it; "By voters" finishes the line above; the hour is
    "7 o'clock PM"."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    lines = [
        ("ANNUAL TOWN MEETING", 14), ("NOTICE IS HEREBY GIVEN", 12),
        ("To the voters of the Township of Elmwood that the Annual Town meeting", 11),
        ("will take place on Tuesday, April 14th, 2026", 11),
        ("The hour of 7 o'clock PM.", 11), ("At 20 Mill Road, Elmwood", 11),
        ("and especially to consider and decide the following.", 11),
        ("Call the meeting to order", 11), ("Pledge of Allegiance to the Flag", 11),
        ("Elect moderator", 11), ("Approval of minutes from the 2025 meeting", 11),
        ("Report on the new salt barn", 11), ("Announce next year's meeting date", 11),
        ("Tuesday April 13, 2027", 11), ("Questions and discussion", 11), ("By voters", 11),
        ("Adjournment", 11),
    ]  # fmt: skip
    for k, (text, size) in enumerate(lines):
        width = pymupdf.get_text_length(text, fontsize=size)
        page.insert_text(((612 - width) / 2, 80 + 22 * k), text, fontsize=size)
    path = tmp_path / "notice.pdf"
    doc.save(path)
    tree = analyze(path, use_cache=False)
    assert [it.title for it in tree.items] == [
        "Call the meeting to order",
        "Pledge of Allegiance to the Flag",
        "Elect moderator",
        "Approval of minutes from the 2025 meeting",
        "Report on the new salt barn",
        "Announce next year's meeting date",
        "Questions and discussion By voters",
        "Adjournment",
    ]
    assert (tree.meeting.date, tree.meeting.time) == ("2026-04-14", "19:00")


def test_two_digit_numbers_glued_to_their_titles_and_a_motion_after_a_colon() -> None:
    """Word sets no space after "10." when the number overruns its tab stop:
    "10.Resolution: Support …" and "12.By-Law: Confirming …" are items all the same (a
    report's "2.Background" with one digit is not read so); "Closed Session: That this part
    of our meeting will be closed …" is the title and its motion."""
    rows = "".join(
        f"<p>{n}{sep}{title}</p>"
        for n, sep, title in [
            ("8.", " ", "Resolution: Award the winter sand tender."),
            ("9.", " ", "Correspondence."),
            ("10.", "", "Resolution: Support the county's road safety plan."),
            ("11.", "", "Closed Session: That this part of our meeting will be closed to the "
             "public as the Municipal Act allows for training."),
            ("12.", "", "By-Law: Confirming Proceedings of Council."),
            ("13.", "", "Adjournment."),
        ]
    )  # fmt: skip
    first = "".join(f"<p>{n}. Report number {n}.</p>" for n in range(1, 8))
    res = parse_html("<h1>AGENDA</h1>" + first + rows)
    got = [(it.number, it.title) for it in res.items]
    assert got[-5:] == [
        ("9", "Correspondence"),
        ("10", "Resolution: Support the county's road safety plan"),
        ("11", "Closed Session"),
        ("12", "By-Law: Confirming Proceedings of Council"),
        ("13", "Adjournment"),
    ], got
    assert res.items[-3].purpose and res.items[-3].purpose.startswith("That this part")


def test_contents_entries_whose_range_sits_on_the_line_below() -> None:
    """A packet's contents page sets each entry's range alone on the line under its title
    ("A. Summer Service Day" / "5-13"); the agenda's own entry counts as evidence of a
    contents page but gives no item a range."""
    from boardprep.core.engine.contents import contents_entries, ranges_from_contents
    from boardprep.core.engine.pages.textlayer import page_lines
    from boardprep.core.model import Item

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((240, 80), "Table of Contents", fontsize=14, fontname="hebo")
    lines = ["I.", "Agenda", "3", "II.", "Approval Item", "A. Summer Service Day", "5-13",
             "III.", "Notes", "14"]  # fmt: skip
    put_lines(page, lines, 72, 120, 20, 11)
    entries = contents_entries([page_lines(page)])
    assert entries == [("Summer Service Day", (5, 13)), ("Notes", (14, 14))], entries
    items = [Item(number="A", title="Summer Service Day"), Item(number="B", title="Budget")]
    assert ranges_from_contents(items, entries) == 1
    assert items[0].pack_pages == (5, 13) and items[1].pack_pages is None


def test_a_work_sessions_one_page_agenda_with_two_numbered_items(tmp_path: Path) -> None:
    """A city council work session posts one page with no AGENDA heading: the council's
    names, the date and time, "CALL TO ORDER", then "1." over "DISCUSSION" and "2." over
    "ADJOURNMENT" (each number on a line of its own), and a disclaimer."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    y = 60
    for text in ["Ann Lee, Mayor", "Raj Patel, Clerk", "COUNCIL CHAMBERS", "9:00 AM",
                 "Monday, March 9, 2026", "WORK SESSION OF THE CITY COUNCIL", "CALL TO ORDER",
                 "1.", "DISCUSSION", "a.", "Council will review the draft capital plan.", "2.",
                 "ADJOURNMENT", "Agenda Disclaimer",
                 "Agendas are provided for general information only."]:  # fmt: skip
        x = 60 if text[:1].isdigit() or text in ("a.",) else 90
        page.insert_text((x, y), text, fontsize=11)
        y += 0 if text in ("1.", "2.", "a.") else 20
    page.insert_text((500, 770), "Page 1 of 1", fontsize=9)
    path = tmp_path / "work-session.pdf"
    doc.save(path)
    tree = analyze(path, use_cache=False)
    assert [(it.number, it.title) for it in tree.items] == [
        ("1", "DISCUSSION"),
        ("2", "ADJOURNMENT"),
    ], [(it.number, it.title) for it in tree.items]
    assert (tree.meeting.date, tree.meeting.time) == ("2026-03-09", "09:00")


def test_a_capitals_label_before_a_title_case_subject_stays_in_the_title() -> None:
    """ "PUBLIC HEARING: Adoption of an Ordinance Establishing …" is one title (its subject in
    Title Case); "CONSENT CALENDAR: The following matters will be acted upon …" is a heading
    and a sentence about it."""
    from boardprep.core.engine.agenda.split import split_title

    hearing = (
        "PUBLIC HEARING: Adoption of an Ordinance Establishing a Single Story Overlay District"
    )
    assert split_title(hearing, "", False) == (hearing, "")
    assert split_title(hearing, "", True) == (hearing, "")
    consent = "CONSENT CALENDAR: The following matters will be acted upon by one motion"
    assert split_title(consent, "", False)[0] == "CONSENT CALENDAR"


def test_minutes_headed_high_in_the_top_margin_start_a_document(tmp_path: Path) -> None:
    """A church AGM: the agenda, then last year's minutes whose heading "MINUTES OF THE ANNUAL
    GENERAL MEETING (AGM) HELD ON …" sits in the page's top margin over "PRESENT:" (no
    stamps, no ranges): the minutes are item 2's paper."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text(
        (72, 80), "Agenda for the Annual General Meeting, 7 December 2025", fontsize=12
    )
    page.insert_text((72, 100), "Agenda:", fontsize=12, fontname="hebo")
    titles = ["Opening prayer", "Minutes of the last meeting", "Treasurer's report",
              "Any other business", "Closing prayer"]  # fmt: skip
    for k, title in enumerate(titles):
        page.insert_text((72, 125 + 18 * k), f"{k + 1}. {title}", fontsize=11)
    for n in range(2):
        p = doc.new_page(width=595, height=842)
        if n == 0:
            p.insert_text(
                (72, 40), "MINUTES OF THE ANNUAL GENERAL MEETING (AGM) HELD ON 3 DECEMBER 2024",
                fontsize=11, fontname="hebo",
            )  # fmt: skip
            p.insert_text((72, 140), "PRESENT:", fontsize=11)
        for k in range(20):
            p.insert_text((72, 160 + 20 * k), f"The meeting discussed matter {n}.{k}.", fontsize=11)
    path = tmp_path / "agm.pdf"
    doc.save(path)
    tree = analyze(path, use_cache=False)
    minutes = tree.items[1]
    assert minutes.pdf_pages is not None and minutes.pdf_pages[0] == 2, minutes.pdf_pages
    assert [d.title for d in minutes.documents][:1] == [
        "MINUTES OF THE ANNUAL GENERAL MEETING (AGM) HELD ON 3 DECEMBER 2024"
    ]


def test_a_short_minutes_heading_over_present_names_the_minutes(tmp_path: Path) -> None:
    """ "Harbour Trust AGM Minutes 12 May 2024" high on the page, then its time and place and
    "Present: …": the minutes of item 2, titled by that heading."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 80), "Notice of the Annual General Meeting, 11 May 2025", fontsize=12)
    page.insert_text((72, 100), "Agenda", fontsize=12, fontname="hebo")
    for k, title in enumerate(["Welcome", "Minutes of 2024", "Accounts", "Close"]):
        page.insert_text((72, 125 + 18 * k), f"{k + 1}. {title}", fontsize=11)
    p = doc.new_page(width=595, height=842)
    p.insert_text((72, 45), "Harbour Trust AGM Minutes 12 May 2024", fontsize=12, fontname="hebo")
    p.insert_text((72, 110), "7pm to 8pm at the Quay Hall", fontsize=11)
    p.insert_text((72, 128), "Present: A. Lee (M), B. Ng (M), C. Roy (M)", fontsize=11)
    for k in range(20):
        p.insert_text((72, 150 + 20 * k), f"The members discussed matter {k}.", fontsize=11)
    path = tmp_path / "agm.pdf"
    doc.save(path)
    tree = analyze(path, use_cache=False)
    minutes = tree.items[1]
    assert minutes.pdf_pages is not None and minutes.pdf_pages[0] == 2, minutes.pdf_pages
    assert [d.title for d in minutes.documents][:1] == ["Harbour Trust AGM Minutes 12 May 2024"]


def test_colonless_captions_after_a_note_or_a_blank_line_are_items(tmp_path: Path) -> None:
    """A township's special meeting: bold captions "CALL TO ORDER:", "ROLL CALL:",
    "PLEDGE OF ALLEGIANCE:", "CITIZENS TO ADDRESS THE BOARD:" and a note under the last, then
    "DISCUSSION OF THE SUMMER FESTIVAL" and "ADJOURNMENT" with no colon: items too (only a
    capitals line right under a caption is its detail)."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((180, 80), "ELMWOOD TOWNSHIP SPECIAL BOARD MEETING", fontsize=12)
    page.insert_text((280, 100), "AGENDA", fontsize=12, fontname="hebo")
    page.insert_text((220, 130), "March 3, 2026, 6:00 PM", fontsize=11)
    y = 180
    for text, bold, step in [
        ("CALL TO ORDER:", True, 30), ("ROLL CALL:", True, 30),
        ("PLEDGE OF ALLEGIANCE:", True, 30), ("CITIZENS TO ADDRESS THE BOARD:", True, 16),
        ("(CITIZENS WILL HAVE 3 MINUTES TO SPEAK)", False, 40),
        ("DISCUSSION OF THE SUMMER FESTIVAL", True, 40), ("ADJOURNMENT", True, 30),
    ]:  # fmt: skip
        x = 90 if bold else 60
        page.insert_text((x, y), text, fontsize=11, fontname="hebo" if bold else "helv")
        y += step
    path = tmp_path / "special.pdf"
    doc.save(path)
    tree = analyze(path, use_cache=False)
    assert [it.title for it in tree.items] == [
        "CALL TO ORDER",
        "ROLL CALL",
        "PLEDGE OF ALLEGIANCE",
        "CITIZENS TO ADDRESS THE BOARD",
        "DISCUSSION OF THE SUMMER FESTIVAL",
        "ADJOURNMENT",
    ], [it.title for it in tree.items]


def test_the_meetings_time_on_the_agendas_second_page(tmp_path: Path) -> None:
    """A district packet: a cover with the date alone, a contents page, a page that only says
    "Agenda" over the first items, then the agenda proper headed "Sunday, April 26, 2026 at
    1:30 PM": that is the meeting's time (and no other page's time is taken)."""
    doc = pymupdf.open()
    cover = doc.new_page(width=612, height=792)
    cover.insert_text((230, 300), "April 26, 2026", fontsize=14)
    cover.insert_text((200, 330), "District Board Meeting Packet", fontsize=14)
    first = doc.new_page(width=612, height=792)
    first.insert_text((280, 80), "Agenda", fontsize=14, fontname="hebo")
    for k, title in enumerate(["Call to Order", "Flag Salute", "Approval of Agenda"]):
        first.insert_text((72, 120 + 22 * k), ["I.", "II.", "III."][k], fontsize=11)
        first.insert_text((108, 120 + 22 * k), title, fontsize=11)
    second = doc.new_page(width=612, height=792)
    second.insert_text((160, 60), "Sunday, April 26, 2026 at 1:30 PM", fontsize=12)
    for k, title in enumerate(["Approval of Minutes", "Reports", "Adjournment"]):
        second.insert_text((72, 100 + 22 * k), ["IV.", "V.", "VI."][k], fontsize=11)
        second.insert_text((108, 100 + 22 * k), title, fontsize=11)
    path = tmp_path / "packet.pdf"
    doc.save(path)
    tree = analyze(path, use_cache=False)
    assert len(tree.items) == 6, [it.title for it in tree.items]
    assert (tree.meeting.date, tree.meeting.time) == ("2026-04-26", "13:30")


def test_a_bookmark_named_after_a_file_gives_way_to_the_pages_heading(tmp_path: Path) -> None:
    """A packet whose bookmarks are the names of the files it was built from
    ("ResoParkAgreement", "6-17-19 draft minutes"): the document takes its page's own heading;
    a bookmark that names the paper keeps its name."""
    from boardprep.core.engine.documents import merge_outline, outline_starts
    from boardprep.core.engine.pages.pagemap import scan_pages

    doc = pymupdf.open()
    for heading in ["Agenda", "DRAFT Minutes of the City Council", "Resolution No. 2026-R-04",
                    "Budget Summary"]:  # fmt: skip
        page = doc.new_page(width=612, height=792)
        page.insert_text((72, 90), heading, fontsize=16, fontname="hebo")
        for k in range(12):
            page.insert_text((72, 130 + 18 * k), f"Body line {k} of the paper.", fontsize=11)
    toc = [[1, "6-17-19 draft minutes", 2], [1, "ResoParkAgreement", 3], [1, "Budget 2026", 4]]
    starts = merge_outline([], outline_starts(toc, 4), scan_pages(doc))
    assert [(s.pdf_page, s.title) for s in starts] == [
        (2, "DRAFT Minutes of the City Council"),
        (3, "Resolution No. 2026-R-04"),
        (4, "Budget 2026"),
    ]


def test_a_title_line_ending_in_agenda_after_a_dash_heads_the_agenda(tmp_path: Path) -> None:
    """ "Elmwood City Council – Regular City Council Meeting Agenda" over a mission statement,
    routine headings with their people ("CALL TO ORDER - Mayor Ruiz") and a consent list
    numbered 1-3: the page is the agenda, its numbered lines the items."""
    from boardprep.core.engine.vocabulary import AGENDA_HEAD_RE

    assert AGENDA_HEAD_RE.match("Elmwood City Council – Regular City Council Meeting Agenda")
    assert not AGENDA_HEAD_RE.match("Item 3 – Agenda")
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text(
        (100, 60), "Elmwood City Council - Regular City Council Meeting Agenda", fontsize=13
    )
    page.insert_text((220, 80), "Monday, July 6, 2026; 6:00 pm", fontsize=11)
    page.insert_text((90, 110), '"Our purpose is to enhance our community."', fontsize=10)
    y = 140
    for x, text in [(72, "CALL TO ORDER - Mayor Ruiz"), (72, "ROLL CALL - Recording Secretary"),
                    (72, "CONSENT AGENDA - Items are acted upon by one motion."),
                    (108, "1. City Council minutes dated June 15, 2026"),
                    (108, "2. Appointment of a Finance Director"),
                    (108, "3. Agreement with the county fire service"),
                    (72, "ADJOURNMENT")]:  # fmt: skip
        page.insert_text((x, y), text, fontsize=11)
        y += 20
    for k in range(3):
        p = doc.new_page(width=612, height=792)
        p.insert_text((72, 72), f"City Council Agenda Item #{k + 1} Staff Report", fontsize=12)
    path = tmp_path / "council.pdf"
    doc.save(path)
    tree = analyze(path, use_cache=False)
    assert [(it.number, it.title) for it in tree.items][:3] == [
        ("1", "City Council minutes dated June 15, 2026"),
        ("2", "Appointment of a Finance Director"),
        ("3", "Agreement with the county fire service"),
    ], [(it.number, it.title) for it in tree.items]


def test_minutes_titles_are_headings_not_the_minute_takers_line() -> None:
    from boardprep.core.engine.documents import _minutes_title

    assert _minutes_title(["Harbour Trust AGM Minutes 12 May 2024", "Present: A, B"]) == (
        "Harbour Trust AGM Minutes 12 May 2024"
    )
    lines = ["PAC meeting", "Minutes taken by Jo Lee, secretary", "Present: 27 parents",
             "1. October minutes"]  # fmt: skip
    assert _minutes_title(lines) == "Minutes"


def test_contents_running_onto_a_second_page_with_wrapped_entries() -> None:
    """A packet's contents: an entry wrapped over two lines ("G. Harbour Convention – Ana Ruiz,
    International" / "Convention Chair   39-41") is one title; the list runs on over the next
    page, which has no heading (its own number "3" in the margin is no entry); an item takes
    the entry most like it and closest in length ("Governor", not "Governor's Project –
    …, District Governor")."""
    from boardprep.core.engine.contents import contents_entries, ranges_from_contents
    from boardprep.core.engine.pages.textlayer import page_lines
    from boardprep.core.model import Item

    doc = pymupdf.open()
    first = doc.new_page(width=612, height=792)
    first.insert_text((240, 80), "Table of Contents", fontsize=14, fontname="hebo")
    rows = [("G. Harbour Convention - Ana Ruiz, International", ""),
            ("Convention Chair", "39-41"),
            ("H. Governor's Project - Lee Wong, District Governor", "42-43"),
            ("1. Convention Chair Report", "49-50")]  # fmt: skip
    for k, (text, rng) in enumerate(rows):
        first.insert_text((72, 120 + 20 * k), text, fontsize=11)
        if rng:
            first.insert_text((500, 120 + 20 * k), rng, fontsize=11)
    second = doc.new_page(width=612, height=792)
    for k, (text, rng) in enumerate([("C. Treasurer", "96-98"), ("F. Governor", "103-105")]):
        second.insert_text((72, 120 + 20 * k), text, fontsize=11)
        second.insert_text((500, 120 + 20 * k), rng, fontsize=11)
    second.insert_text((300, 760), "3", fontsize=10)
    entries = contents_entries([page_lines(doc[0]), page_lines(doc[1])])
    assert [rng for _t, rng in entries] == [(39, 41), (42, 43), (49, 50), (96, 98), (103, 105)]
    assert entries[0][0].startswith("Harbour Convention") and "Chair" in entries[0][0]
    items = [Item(number="G", title="Harbour Convention"),
             Item(number="H", title="District Governor"),
             Item(number="C", title="District Treasurer")]  # fmt: skip
    assert ranges_from_contents(items, entries) == 3
    assert [it.pack_pages for it in items] == [(39, 41), (103, 105), (96, 98)]


def test_an_agenda_items_line_is_never_the_meetings_body() -> None:
    """Bold lines of the front page include the items themselves ("1. COMMUNITY PARTICIPATION
    FORUM", "3.1 Candidate Interviews"): the meeting's body is never one of them."""
    from boardprep.core.engine.meeting import _body_from_titles

    assert _body_from_titles(["1. COMMUNITY PARTICIPATION FORUM-5 MINUTE LIMITATION"]) is None
    assert _body_from_titles(["3.1 Planning Commission Candidate Interviews"]) is None
    assert _body_from_titles(["1. Call to order", "Planning Commission"]) == "Planning Commission"


def test_an_organisation_named_inside_a_capitals_sentence_ends_with_its_name() -> None:
    """ "… SUBMITTED TO THE CITY COUNCIL FOR THE CITY OF ELMWOOD AFTER DISTRIBUTION OF THE
    AGENDA PACKET …": the organisation is "City of Elmwood", not "City of Elmwood After"."""
    from tests.engine.test_realistic_agendas import meeting_html

    m = meeting_html(
        "<p>MATERIALS ARE SUBMITTED TO THE COUNCIL</p>"
        "<p>FOR THE CITY OF ELMWOOD AFTER DISTRIBUTION OF THE PACKET</p>"
        "<p><b>AGENDA</b></p><p>TUESDAY SEPTEMBER 8, 2026 6:30 PM</p>"
    )
    assert m.organisation == "City of Elmwood", m.organisation


def test_a_minutes_allotment_on_its_own_line_is_the_items_duration() -> None:
    """A working agenda sets "15 MIN" on the line under each numbered title: that is the
    item's allotted time, not its purpose."""
    from boardprep.core.engine.agenda.parse import parse_agenda
    from boardprep.core.engine.pages.textlayer import page_lines

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 60), "Working agenda", fontsize=14, fontname="hebo")
    y = 100
    for num, title, allot, text in [
        ("1", "Open and frame", "5 MIN", "The hub is live; walk it for a minute."),
        ("2", "The October gate", "15 MIN", "Seven policies hold it."),
        ("3", "Close", "10 min", "Confirm who holds what."),
    ]:
        page.insert_text((72, y), num, fontsize=13, fontname="hebo")
        page.insert_text((100, y), title, fontsize=13, fontname="hebo")
        page.insert_text((100, y + 16), allot, fontsize=9)
        page.insert_text((100, y + 32), text, fontsize=10)
        y += 70
    res = parse_agenda([page_lines(page)], None)
    got = [(it.number, it.title, it.duration) for it in res.items]
    assert got == [("1", "Open and frame", 5), ("2", "The October gate", 15), ("3", "Close", 10)]
    assert res.items[0].purpose == "The hub is live; walk it for a minute."


def test_roman_items_a_tab_left_of_more_numerous_numbered_sub_items() -> None:
    """A borough agenda: "I." to "X." with fifteen numbered motions under "VIII." set a tab's
    width to the right (more of them than Roman items, yet sub-items), and "i.", "ii." deep
    under the motion that lists events."""
    motions = "".join(
        f"<p style='margin-left:18px'>{k}. Consider action to approve motion number {k} of "
        "the borough</p>"
        + (
            "<p style='margin-left:60px'>i. Festival of Churches on Friday</p>"
            "<p style='margin-left:60px'>ii. Autumn Ale Walk on Saturday</p>"
            if k == 4
            else ""
        )
        for k in range(1, 16)
    )
    romans = ["Call to Order", "Invocation", "Pledge of Allegiance", "Presentations"]
    romans += ["Citizens' Participation", "Approval of Minutes", "Financial Report"]
    head = "".join(
        f"<p>{n}. {t}</p>"
        for n, t in zip(["I", "II", "III", "IV", "V", "VI", "VII"], romans, strict=True)
    )
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        + head
        + "<p>VIII. Approval of Bills and Expenses</p>"
        + motions
        + "<p>IX. Official Reports</p><p>X. Adjournment</p>"
    )
    assert [i.number for i in res.items] == [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"
    ]  # fmt: skip
    bills = res.items[7]
    assert [c.title[:30] for c in bills.sub_items][:2] == [
        "Consider action to approve mot",
        "Consider action to approve mot",
    ]
    assert len(bills.sub_items) == 15
    events = bills.sub_items[3].sub_items
    assert [e.title for e in events] == [
        "Festival of Churches on Friday",
        "Autumn Ale Walk on Saturday",
    ]


def test_flush_right_roman_numbers_and_a_surname_after_each_dash() -> None:
    """A library board's agenda: Word sets "I." to "XI." flush right (so "I." stands right of
    "III."), and names each report's presenter by surname after a dash, a different one each
    time ("President's Report – Iovino"); "Administration – Update" twice would be a note."""
    numbers = ["I", "II", "III", "IV", "V", "VI"]
    titles = [
        "Call to Order",
        "Additions to Agenda",
        "President's Report – Iovino",
        "Finance Committee – Seeman",
        "Fundraising and Development – Kaiser (report submitted)",
        "Adjournment",
    ]
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        + "".join(
            f"<p style='margin-left:{36 - 12 * len(n)}px'>{n}. {t}</p>"
            for n, t in zip(numbers, titles, strict=True)
        )
    )
    assert [(i.number, i.title) for i in res.items] == [
        ("I", "Call to Order"),
        ("II", "Additions to Agenda"),
        ("III", "President's Report"),
        ("IV", "Finance Committee"),
        ("V", "Fundraising and Development"),
        ("VI", "Adjournment"),
    ]
    assert [p.name for p in res.items[4].people] == ["Kaiser"]
    res = parse_html(
        "<p><b>AGENDA</b></p><p>1. Budget – Update</p><p>2. Parks – Update</p>"
        "<p>3. Roads – Update</p>"
    )
    assert [i.title for i in res.items] == ["Budget – Update", "Parks – Update", "Roads – Update"]


def test_the_next_meetings_notice_under_adjournment_gives_it_no_time() -> None:
    """A library board's agenda ends "III. Adjournment", then, centred, "Next Meeting: Regular
    Meeting / January 22, 2024 / 5:00 p.m.": that time is the next meeting's, not the
    adjournment's."""
    from boardprep.core.engine.agenda.parse import parse_agenda
    from boardprep.core.engine.pages.textlayer import page_lines

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    rows = [
        (100, 230, "REGULAR MEETING OF THE BOARD OF TRUSTEES", "hebo"),
        (130, 79, "I.", "helv"),
        (130, 108, "Call to Order", "helv"),
        (160, 79, "II.", "helv"),
        (160, 108, "Old Business", "helv"),
        (190, 79, "III.", "helv"),
        (190, 108, "Adjournment", "helv"),
        (230, 90, "Everyone is invited to stay for a holiday social.", "helv"),
        (270, 240, "Next Meeting: Regular Meeting", "hebo"),
        (284, 262, "January 22, 2024", "helv"),
        (298, 280, "5:00 p.m.", "helv"),
        (312, 252, "Library Community Room", "helv"),
    ]
    for y, x, text, font in rows:
        page.insert_text((x, y), text, fontname=font, fontsize=12)
    items = parse_agenda([page_lines(page)], "17:00").items
    assert [(i.title, i.time) for i in items] == [
        ("Call to Order", None),
        ("Old Business", None),
        ("Adjournment", None),
    ]


# Round 30: a slide deck's first names after a dash (tests/engine/test_slide_deck_dividers.py)
# must not turn a note repeated item after item into presenters; a research centre's programme
# names its speakers after a comma, with an honorific.
def test_a_repeated_note_after_a_dash_is_no_presenter() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        "<p>1. Finance - Update</p><p>2. Estates - Update</p><p>3. Workforce - Update</p>"
        "<p>4. Audit - Finance and Risk</p>"
    )
    assert [i.title for i in res.items] == [
        "Finance - Update",
        "Estates - Update",
        "Workforce - Update",
        "Audit - Finance and Risk",
    ]


def test_a_name_with_its_honorific_after_a_comma_is_the_presenter() -> None:
    title, people = split_presenter("Welcome, Dr. Ada Lindqvist, Associate Dean of Engineering")
    assert title == "Welcome"
    assert [(p.name, p.role) for p in people] == [
        ("Dr. Ada Lindqvist", "Associate Dean of Engineering")
    ]
    title, people = split_presenter("“The Value of Failure”, Professor Nico Marsh")
    assert (title, [p.name for p in people]) == ("“The Value of Failure”", ["Professor Nico Marsh"])
    # No honorific: a list in the title stays ("Parks, Trees and Open Spaces").
    assert split_presenter("Parks, Trees and Open Spaces")[1] == []


def test_a_sections_start_time_leaves_no_dangling_words_in_its_title() -> None:
    """Legistar prints "PUBLIC HEARINGS - TO COMMENCE AT 6:30 P.M.": the time goes, and so
    do the words that led to it."""
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        "<p>XII. CONSENT CALENDAR</p>"
        "<p>XIII. PUBLIC HEARINGS - TO COMMENCE AT 6:30 P.M.</p>"
        "<p>XIV. MUNICIPAL MATTERS</p>"
    )
    assert [i.title for i in res.items] == [
        "CONSENT CALENDAR",
        "PUBLIC HEARINGS",
        "MUNICIPAL MATTERS",
    ]
