"""US city-council agendas, rebuilt with fictional wording.

First seen on a real California council's consent calendar: a justified title line written one
word per span (every gap between its words stretched alike) was read as table cells, so only
its first and last words stayed in the title; and a date's year wrapped onto a line of its own
("… MINUTES OF MARCH 9," / "2026") was taken for the item's purpose. A packet's draft
minutes ("DRAFT Minutes" over "Regular Meeting of the City Council"), its resolutions
("RESOLUTION NO." / "2026-R-031") and an "Attachment 1" right under the page stamp started no
document, and a cover's "Title:" ran on into "Location:". A district board's minutes, numbered
like its agenda, were read as more agenda, and "et al." ended a case's title. A school board's
titles end with several presenters, each with an office that may hold a comma
("Director of Construction, Maintenance and Facilities") and names with accents.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.agenda.find import find_agenda_pages
from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.agenda.people import split_presenter
from boardprep.core.engine.agenda.split import split_title
from boardprep.core.engine.analysis import analyze
from boardprep.core.engine.documents import find_documents
from boardprep.core.engine.pages.textlayer import page_lines
from boardprep.core.model import walk_items
from tests.engine.agenda_pdfkit import cell, line, lines_of


def _justified(page: pymupdf.Page, x: float, y: float, words: list[str], right: float) -> None:
    """Words spread to fill ``x``..``right``: one span each, equal gaps between them."""
    widths = [pymupdf.get_text_length(w, fontname="hebo", fontsize=10) for w in words]
    gap = (right - x - sum(widths)) / (len(words) - 1)
    for w, width in zip(words, widths, strict=True):
        page.insert_text((x, y), w, fontname="hebo", fontsize=10)
        x += width + gap


def _consent_page() -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((230, 60), "CITY COUNCIL AGENDA", fontname="hebo", fontsize=12)
    page.insert_text((55, 100), "4.", fontname="hebo", fontsize=10)
    page.insert_text((120, 100), "CONSENT CALENDAR", fontname="hebo", fontsize=10)
    page.insert_text((120, 125), "A.", fontname="hebo", fontsize=10)
    page.insert_text(
        (169, 125), "ARTS COMMISSION MINUTES OF MARCH 9,", fontname="hebo", fontsize=10
    )
    page.insert_text((169, 138), "2026", fontname="hebo", fontsize=10)
    page.insert_text((169, 158), "Recommendation: Receive and file.", fontsize=10)
    page.insert_text((55, 190), "5.", fontname="hebo", fontsize=10)
    page.insert_text((120, 190), "CEREMONIAL ITEMS", fontname="hebo", fontsize=10)
    page.insert_text((120, 215), "A.", fontname="hebo", fontsize=10)
    words = ["PRESENTATION", "TO", "DEPARTING", "PLANNING", "COMMISSIONER", "IVY"]
    _justified(page, 169, 215, words, 557)
    page.insert_text((169, 228), "MARLOWE", fontname="hebo", fontsize=10)
    page.insert_text((55, 260), "6.", fontname="hebo", fontsize=10)
    page.insert_text((120, 260), "ADJOURNMENT", fontname="hebo", fontsize=10)
    return page


def test_a_justified_title_line_and_a_wrapped_year_stay_in_the_titles() -> None:
    items = parse_agenda([page_lines(_consent_page())], None).items
    titles = {c.number: c.title for it in items for c in it.children}
    assert titles["4a"] == "ARTS COMMISSION MINUTES OF MARCH 9, 2026"
    assert titles["5a"] == "PRESENTATION TO DEPARTING PLANNING COMMISSIONER IVY MARLOWE"


def test_table_cells_at_uneven_gaps_stay_cells() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    for x, word in [(72, "Item"), (110, "Subject"), (380, "Lead"), (470, "Time"), (530, "Pages")]:
        page.insert_text((x, 100), word, fontname="hebo", fontsize=10)
    # Even gaps, but figures: a table's columns of numbers are not a sentence.
    for k, word in enumerate(["2023", "2024", "2025", "2026"]):
        page.insert_text((200 + k * 80, 130), word, fontsize=10)
    lines = page_lines(page).lines
    assert lines[0].text == "Item\tSubject\tLead\tTime\tPages"
    assert lines[1].text == "2023\t2024\t2025\t2026"


def test_several_presenters_with_offices_leave_the_title() -> None:
    title, people = split_presenter(
        "Discussion and/or Action to Approve Capital Contracts Over $50,000 - Nadia Ortiz, "
        "Associate Superintendent of Business Services, Lena da Costa, Director of Construction, "
        "Maintenance and Facilities, and Jérôme Falk, Capital Projects Purchasing Manager"
    )
    assert title == "Discussion and/or Action to Approve Capital Contracts Over $50,000"
    assert [p.name for p in people] == ["Nadia Ortiz", "Lena da Costa", "Jérôme Falk"]


def test_a_closed_session_subject_after_a_dash_is_no_name() -> None:
    title = "Conference with Legal Counsel – Anticipated Litigation"
    assert split_presenter(title, plain_names=True) == (title, [])


def test_whom_an_oath_or_a_recognition_honours_is_no_presenter() -> None:
    for title in (
        "Oath of Office – Commissioner Mike Coryell",
        "Recognition of Service – Chief Dana Ruiz",
        "Swearing-In - Officer Lee Park",
    ):
        assert split_presenter(title, plain_names=True) == (title, [])
    # The same dash before an office and a name is a presenter elsewhere.
    assert split_presenter("Budget Workshop – Commissioner Mike Coryell")[1]


def test_a_sponsorship_after_a_dash_is_no_name() -> None:
    title = "Friday Harbor Film Festival – Incandescent Sponsorship"
    assert split_presenter(title, plain_names=True) == (title, [])
    assert split_presenter("Fire Hall Roof – Ada Crane", plain_names=True)[1]


def test_public_hearings_led_by_their_kind_above_the_numbered_items() -> None:
    """A city calendar prints its hearings unnumbered, at the titles' column, above item 1."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    for y, text in [(60, "CALENDAR"), (76, "REGULAR MEETING OF THE COUNCIL"), (92, "MAY 5, 2026")]:
        page.insert_text((230, y), text, fontname="hebo", fontsize=12)
    page.insert_text((72, 110), "-" * 90, fontsize=12)
    lines = [
        (140, 180, "PUBLIC HEARING: Ordinance to Amend the Code of the City of Elmford"),
        (154, 180, "Re: Parking on Harbour Street."),
        (182, 180, "PUBLIC HEARING: Resolution Adopting the Shoreline Plan."),
        (210, 144, "1."),
        (210, 180, "Ordinance to Amend the Code of the City of Elmford Re: Parking"),
        (224, 180, "on Harbour Street."),
        (252, 144, "2."),
        (252, 180, "Resolution Adopting the Shoreline Plan."),
        (280, 144, "3."),
        (280, 180, "Resolution Authorizing the Purchase of a Street Sweeper."),
    ]
    for y, x, text in lines:
        page.insert_text((x, y), text, fontsize=12)
    items = parse_agenda([page_lines(page)], None).items
    assert [(it.number, it.title) for it in items] == [
        (
            "",
            "PUBLIC HEARING: Ordinance to Amend the Code of the City of Elmford Re: Parking on "
            "Harbour Street",
        ),
        ("", "PUBLIC HEARING: Resolution Adopting the Shoreline Plan"),
        ("1", "Ordinance to Amend the Code of the City of Elmford Re: Parking on Harbour Street"),
        ("2", "Resolution Adopting the Shoreline Plan"),
        ("3", "Resolution Authorizing the Purchase of a Street Sweeper"),
    ]


def _packet(path: Path) -> None:
    """A council packet: agenda, a staff report with the draft minutes, a staff report with
    its resolution and an attachment, each page stamped "Packet Page N of 6" at the top."""
    doc = pymupdf.open()

    def page(lines: list[tuple[float, str, float]]) -> None:
        p = doc.new_page(width=612, height=792)
        p.insert_text((72, 30), f"Packet Page {doc.page_count} of 6", fontsize=9)
        for y, text, size in lines:
            p.insert_text((72, y), text, fontsize=size)

    page(
        [
            (80, "City of Elm Bay", 14),
            (100, "City Council Regular Meeting Agenda", 14),
            (120, "October 7, 2026, 6:00 PM", 12),
            (160, "1. Approval of Minutes of the Regular Meeting of September 16, 2026", 11),
            (185, "2. Designation of Signers on the City's Bank Accounts", 11),
            (210, "3. Closed Session: Conference with Legal Counsel", 11),
            (235, "4. Adjournment", 11),
        ]
    )
    for title, rec in [
        ("Approval of Minutes", "Approve the draft minutes."),
        ("Designation of Signers on the City's Bank Accounts", "Adopt the resolution."),
    ]:
        page(
            [
                (150, "City of Elm Bay", 14),
                (168, "Report to City Council", 14),
                (210, "Meeting Date:  October 7, 2026", 11),
                (235, f"Title:   {title}", 11),
                (260, "Location:  Citywide", 11),
                (285, f"Recommendation:  {rec}", 11),
                (330, "Background: the council considers this each year in the autumn.", 11),
            ]
        )
        if title.startswith("Approval"):
            page(
                [
                    (140, "DRAFT Minutes", 16),
                    (160, "Regular Meeting of the City Council", 16),
                    (180, "Wednesday, September 16, 2026", 13),
                    (210, "Call to Order", 13),
                    (230, "Mayor Reyes called the meeting to order at 6:00 PM.", 11),
                ]
            )
    page(
        [
            (55, "RESOLUTION NO.", 12),
            (70, "2026-R-031", 12),
            (95, "A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF ELM BAY DESIGNATING", 11),
            (110, "SIGNERS ON THE CITY'S BANK ACCOUNTS", 11),
            (140, "WHEREAS, the Council deems it necessary to name the signers;", 11),
        ]
    )
    page([(40, "Attachment 1", 14), (80, "Specimen signatures of the officers named.", 11)])
    doc.save(path)


def test_a_packets_minutes_resolution_and_attachment_are_documents(tmp_path: Path) -> None:
    pdf = tmp_path / "packet.pdf"
    _packet(pdf)
    items = {it.number: it for it in analyze(pdf, use_cache=False, data_dir=tmp_path).items}
    assert items["1"].pdf_pages == (2, 3)
    assert [(d.pdf_pages[0] if d.pdf_pages else None, d.title) for d in items["1"].documents] == [
        (2, "Approval of Minutes"),
        (3, "DRAFT Minutes Regular Meeting of the City Council"),
    ]
    assert items["2"].pdf_pages == (4, 6)
    assert [(d.pdf_pages[0] if d.pdf_pages else None, d.title) for d in items["2"].documents] == [
        (4, "Designation of Signers on the City's Bank Accounts"),
        (5, "RESOLUTION NO. 2026-R-031"),
        (6, "Attachment 1 – Specimen signatures of the officers named"),
    ]
    # The resolution is the report's attachment, not the closed session's paper.
    assert items["3"].pdf_pages is None


def test_a_lieutenant_is_an_office() -> None:
    title, people = split_presenter("Opening Thoughts – Rosa Quint, Harbor Lieutenant Governor")
    assert (title, [p.name for p in people]) == ("Opening Thoughts", ["Rosa Quint"])
    assert split_presenter("Welcome – Rosa Quint, Harbor Lieutenant")[0] == "Welcome"


def test_minutes_that_never_say_minutes_start_a_paper() -> None:
    doc = pymupdf.open()
    doc.new_page(width=612, height=792).insert_text((72, 100), "Agenda", fontsize=14)
    page = doc.new_page(width=612, height=792)
    for y, text in [
        (110, "Harbor District Board of Officers"),
        (130, "March District Board Meeting"),
        (148, "Sunday, March 8, 2026 at 1:00 PM"),
        (166, "Seaside Community Hall, Port Ellen"),
        (190, "Attendance"),
        (210, "Rosa Quint, District Governor"),
        (228, "Ivo Marsh, District Secretary"),
    ]:
        page.insert_text((72, y), text, fontsize=12)
    starts = find_documents(doc, skip_pages=[0])
    assert [(s.pdf_page, s.kind, s.title) for s in starts] == [
        (2, "minutes", "March District Board Meeting, Sunday, March 8, 2026 at 1:00 PM")
    ]


def _roman_page(doc: pymupdf.Document, head: list[str], lines: list[str]) -> None:
    """Head lines centred, then "I.  Title" rows (numeral and title apart) and indented
    "a. …" sub-items and run-on lines."""
    page = doc.new_page(width=612, height=792)
    y = 60.0
    for text in head:
        page.insert_text((230, y), text, fontname="hebo", fontsize=12)
        y += 16
    y += 20
    for text in lines:
        numeral, _, title = text.partition(" ")
        if numeral.endswith(".") and numeral[:-1] in {"I", "II", "III", "IV", "V"}:
            page.insert_text((72, y), numeral, fontsize=10)
            page.insert_text((108, y), title, fontsize=10)
        else:
            page.insert_text((126, y), text, fontsize=10)
        y += 15


def test_minutes_numbered_like_the_agenda_are_not_more_agenda() -> None:
    """A district board's agenda, then last month's minutes set out under the same Roman
    numerals: the minutes' motions ("a motion was made …") end the agenda."""
    doc = pymupdf.open()
    items = [
        "I. Call to order",
        "a. Roll Call",
        "II. Public Comment",
        "III. Meeting Minutes",
        "a. March 2026 Minutes - ACTION",
        "IV. Financial Report",
        "a. Monthly Treasurer's Report",
        "V. Adjournment",
    ]
    _roman_page(doc, ["AGENDA", "Monthly Board Meeting", "Thursday, April 9, 2026"], items)
    minutes = [
        "I. Call to order - 9:05 A.M.",
        "a. Roll Call - Lena Ortiz, Sam Whitfield, Ana Brook",
        "II. Public Comment - None",
        "III. Meeting Minutes",
        "a. February 2026 Minutes - ACTION, a motion was made (Sam Whitfield),",
        "seconded (Ana Brook) and passed without opposition",
        "IV. Financial Report",
        "a. Monthly Treasurer's Report - the balance was reported",
        "V. Adjournment - 10:02 A.M.",
    ]
    _roman_page(doc, ["Minutes", "Monthly Board Meeting", "Thursday, March 12, 2026"], minutes)
    _roman_page(doc, ["Treasurer's Report"], ["Balance at 31 March 2026: 12,400.00"])
    assert find_agenda_pages(doc) == [0]


def test_et_al_ends_no_sentence_in_a_case_title() -> None:
    title = "State v. Harlow Water District, et al. Case # 26C-0113"
    assert split_title(title, "", False) == (title, "")


def test_a_closed_session_agenda_s_separators_and_allotments() -> None:
    """A dashed rule with "END OF CLOSED SESSION" under an item, a title ending "… AND" whose
    last line ends "ON THE AGENDA" (no new agenda's heading), and "(ONE MINUTE)" after a title."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((250, 60), "AGENDA", fontname="hebo", fontsize=12)
    rows = [
        (100, "5.", "RECONVENE AND STATEMENT FROM CLOSED SESSION"),
        (115, "", "--------------------------------        END OF CLOSED SESSION"),
        (150, "6.", "WAIVE READING IN FULL OF ALL ORDINANCES, RESOLUTIONS AND"),
        (165, "", "MEETING MINUTES ON THE AGENDA"),
        (200, "7.", "PUBLIC COMMENTS ON ITEMS NOT ON THE AGENDA (ONE MINUTE)"),
        (235, "8.", "ADJOURNMENT"),
    ]
    for y, number, text in rows:
        if number:
            page.insert_text((106, y), number, fontsize=11)
        page.insert_text((134, y), text, fontsize=11)
    items = parse_agenda([page_lines(page)], None).items
    assert [(it.number, it.title) for it in items] == [
        ("5", "RECONVENE AND STATEMENT FROM CLOSED SESSION"),
        (
            "6",
            "WAIVE READING IN FULL OF ALL ORDINANCES, RESOLUTIONS AND MEETING MINUTES ON THE "
            "AGENDA",
        ),
        ("7", "PUBLIC COMMENTS ON ITEMS NOT ON THE AGENDA"),
        ("8", "ADJOURNMENT"),
    ]
    assert items[2].duration == 1


def test_legistar_letters_run_on_past_z_and_temporary_file_numbers() -> None:
    """A long consent list lettered "y.", "z.", then "aa.", "ab."; one row carries a temporary
    file number a space from its title ("TMP-7021 Resolution …")."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((250, 50), "AGENDA", fontname="hebo", fontsize=12)
    page.insert_text((36, 80), "20.", fontsize=10)
    page.insert_text((54, 80), "CONSENT AGENDA", fontname="hebo", fontsize=10)
    rows = [
        ("x.", "2026-461", "Resolution authorizing the Mayor to sign a grant agreement."),
        ("y.", "2026-462", "Resolution accepting the Parkway drainage easement."),
        ("z.", "2026-463", "Resolution consenting to the purchase of two locomotives."),
        ("aa.", "2026-464", "Resolution authorizing a lease with the Arts Council."),
        ("ab.", "TMP-7021 Resolution authorizing a licence for the Fresh Air Fair.", ""),
        ("ac.", "2026-466", "Resolution authorizing the Clerk to call a bond."),
    ]
    for k, (letter, file_no, title) in enumerate(rows):
        y = 110 + 30 * k
        page.insert_text((54, y), letter, fontsize=10)
        page.insert_text((80, y), file_no, fontsize=10)
        if title:
            page.insert_text((162, y), title, fontsize=10)
    items = parse_agenda([page_lines(page)], None).items
    consent = items[0]
    assert [c.number for c in consent.sub_items] == ["20x", "20y", "20z", "20aa", "20ab", "20ac"]
    assert consent.sub_items[4].title == (
        "Resolution authorizing a licence for the Fresh Air Fair."
    ).rstrip(".")


def test_a_sentence_s_own_list_wrapping_onto_a_line_is_no_sub_item() -> None:
    """ "Action Required: (1) The Clerk will ask for nominations for Mayor; and" at the foot
    of a page, "(2) City Council to elect by majority vote." at the top of the next."""
    doc = pymupdf.open()
    first = doc.new_page(width=612, height=792)
    first.insert_text((250, 50), "AGENDA", fontname="hebo", fontsize=12)
    first.insert_text((105, 700), "4. Council Reorganization", fontsize=10)
    first.insert_text((135, 720), "a.", fontsize=10)
    first.insert_text((162, 720), "Selection of Mayor", fontsize=10)
    first.insert_text((162, 736), "Action Required:", fontname="hebo", fontsize=10)
    first.insert_text((250, 736), "(1) The Clerk will ask for nominations; and", fontsize=10)
    first_lines = page_lines(first)
    second = doc.new_page(width=612, height=792)
    second.insert_text((162, 50), "(2) City Council to elect by majority vote.", fontsize=10)
    second.insert_text((135, 80), "b.", fontsize=10)
    second.insert_text((162, 80), "Selection of Mayor Pro Tem", fontsize=10)
    second.insert_text((105, 110), "5. Adjournment", fontsize=10)
    items = parse_agenda([first_lines, page_lines(second)], None).items
    assert [it.number for it in walk_items(items)] == ["4", "4a", "4b", "5"]


def _plain_agenda(lines: list[tuple[float, str]]) -> list:
    return lines_of([[line(text, x) for x, text in lines]])


def test_a_school_year_ending_a_title_is_not_its_pages() -> None:
    """A school board's consent items print no pages; "Consider Snow Removal Bids 25-26"
    ends with the school year, which stays in the title."""
    subs = [
        "Approve Early Retirement Incentive",
        "Deny Open Enrollment Out Application",
        "Accept Bids Received for Surplus Technology",
        "Consider Snow Removal Bids 25-26",
        "Consider Athletic Equipment Quote",
        "Accept into Record Audit FY25",
    ]
    pages = _plain_agenda(
        [(72, "Board Meeting Agenda"), (72, "7. Consent Agenda")]
        + [(90, f"{chr(97 + k)}. {t}") for k, t in enumerate(subs)]
        + [(72, "8. Adjourn")]
    )
    items = parse_agenda(pages, None).items
    snow = items[0].children[3]
    assert (snow.title, snow.pack_pages) == ("Consider Snow Removal Bids 25-26", None)


def test_bare_ranges_printed_by_several_items_are_their_pages() -> None:
    """Where the items print bare ranges ("Minutes 3-4", "Budget 25-26"), each is pages."""
    pages = _plain_agenda(
        [
            (72, "Agenda"),
            (72, "1. Apologies"),
            (72, "2. Minutes of the last meeting 3-4"),
            (72, "3. Matters arising"),
            (72, "4. Budget report 25-26"),
            (72, "5. Correspondence"),
            (72, "6. Any other business"),
        ]
    )
    items = parse_agenda(pages, None).items
    assert [(it.title, it.pack_pages) for it in items[1::2]] == [
        ("Minutes of the last meeting", (3, 4)),
        ("Budget report", (25, 26)),
        ("Any other business", None),
    ]


def test_a_name_and_its_office_in_brackets_present_the_item() -> None:
    """A Tennessee council prints "(Dana Cole, Public Utilities Superintendent)" after its
    titles: one presenter with that office, not two people; "(Main Street, North Side)"
    and "(Smith Park, Parks Department)" name places, and stay."""
    from boardprep.core.engine.agenda.people import bracketed_presenters

    pages = _plain_agenda(
        [
            (72, "Council Meeting Agenda"),
            (72, "1. Report on Bond Sale (Rita Noles, Finance Director)"),
            (72, "2. Resolution Authorizing a Sewer Contract (Dana Cole, Public Utilities"),
            (86, "Superintendent)"),
            (
                72,
                "3. Reappointments to the Development Board (Jim Fenn, Executive Director of EDA)",
            ),
            (72, "4. Adjourn"),
        ]
    )
    items = parse_agenda(pages, None).items
    got = [(it.title, [(p.role, p.name) for p in it.people]) for it in items[:3]]
    assert got == [
        ("Report on Bond Sale", [("Finance Director", "Rita Noles")]),
        (
            "Resolution Authorizing a Sewer Contract",
            [("Public Utilities Superintendent", "Dana Cole")],
        ),
        ("Reappointments to the Development Board", [("Executive Director of EDA", "Jim Fenn")]),
    ]
    for kept in (
        "Zoning change (Main Street, North Side)",
        "Naming (Smith Park, Parks Department)",
    ):
        assert bracketed_presenters(kept) == (kept, [])


def _bold_agenda(lines: list[tuple[str, bool]]) -> list:
    return lines_of([[line(text, bold=bold) for text, bold in lines]])


def test_an_unnumbered_adjournment_in_the_items_style_closes_the_agenda() -> None:
    """A San Francisco committee numbers its business in bold from "1. Call to Order & Roll
    Call", then prints "Adjournment" in bold with no number: the closing item. In plain type
    under the last item it is not; nor where the agenda's call to order is no item either."""
    lines = [
        ("Order of Business", True),
        ("1. Call to Order & Roll Call", True),
        ("2. Incremental Approaches", True),
        ("Discussion and possible action regarding incremental approaches.", False),
        ("3. Topics for future discussion", True),
        ("Discussion and possible action regarding topics for future discussion.", False),
    ]
    items = parse_agenda(_bold_agenda([*lines, ("Adjournment", True)]), None).items
    assert [(it.number, it.title) for it in items][-2:] == [
        ("3", "Topics for future discussion"),
        ("", "Adjournment"),
    ]
    plain = parse_agenda(_bold_agenda([*lines, ("Adjournment", False)]), None).items
    assert [it.number for it in plain] == ["1", "2", "3"]
    headings = [("CALL TO ORDER", True), *lines[2:], ("ADJOURNMENT", True)]
    assert [it.number for it in parse_agenda(_bold_agenda(headings), None).items] == ["2", "3"]


def test_an_unnumbered_adjournment_with_its_time_cell_closes_the_agenda() -> None:
    """An Austin commission's timed agenda: "1. CALL TO ORDER <tab> 6:00" … "5. FUTURE
    AGENDA ITEMS <tab> 7:40", then "ADJOURNMENT <tab> 7:45", bold and unnumbered: the closing
    item, at its time (a cell that is not a time keeps it out)."""

    def agenda(last: str) -> list:
        rows = [
            [cell(72, "1. CALL TO ORDER", True), cell(480, "6:00", True)],
            [cell(72, "2. NEW BUSINESS", True), cell(480, "6:05", True)],
            [cell(72, "3. APPROVAL OF MINUTES", True), cell(480, "7:35", True)],
            [cell(72, "4. FUTURE AGENDA ITEMS", True), cell(480, "7:40", True)],
            [cell(72, "ADJOURNMENT", True), cell(480, last, True)],
        ]
        return lines_of([[line("AGENDA", 276, True), *rows]])

    items = parse_agenda(agenda("7:45"), "18:00").items
    assert [(it.number, it.title, it.time) for it in items][-2:] == [
        ("4", "FUTURE AGENDA ITEMS", "19:40"),
        ("", "ADJOURNMENT", "19:45"),
    ]
    assert [it.number for it in parse_agenda(agenda("Chair"), None).items] == ["1", "2", "3", "4"]


def test_an_outline_entry_titled_by_a_date() -> None:
    """A conservation district's outline: "i. December 31, 2021" under "a. Monthly
    Treasurer's Report", where "i. KCFB contract invoices" stands under "b.": an entry of its
    own, not the report's title running on."""
    pages = _plain_agenda(
        [
            (77, "Board Meeting Agenda"),
            (80, "V. Financial Report"),
            (126, "a. Monthly Treasurer's Report"),
            (166, "i. December 31, 2021"),
            (126, "b. Review and Approval of Expenses"),
            (166, "i. Contract invoices November - $2,500"),
            (77, "VI. Old Business"),
        ]
    )
    report = parse_agenda(pages, None).items[0].children[0]
    assert report.title == "Monthly Treasurer's Report"
    assert [c.title for c in report.children] == ["December 31, 2021"]


def test_a_one_sentence_title_broken_short_by_hand_goes_on_to_its_full_stop() -> None:
    """A city council prints every item as one sentence ending in a full stop; one is broken
    by hand ("… at Heron Street between East" / "Pine Street and East Chester Street with the
    Lowest Responsible Bidder."), well short of the margin: the title goes on to its stop."""
    pages = _plain_agenda(
        [
            (72, "Regular Meeting Agenda"),
            (108, "5. Resolution Authorizing the City Manager to Enter into a License Agreement"),
            (126, "with Arts in the Plaza, Inc., for the Purpose of Hosting Arts in the Plaza."),
            (108, "6. Resolution Authorizing the City Manager to Enter into an Agreement for"),
            (126, "Grant Consulting Services."),
            (108, "7. Resolution Authorizing the City Manager to Enter into a Contract"),
            (126, "for Sewer Replacement at Heron Street between East"),
            (126, "Pine Street and East Chester Street with the Lowest Responsible Bidder."),
            (108, "8. Resolution Authorizing Settlement of Certiorari Proceedings."),
            (108, "9. Resolution Authorizing a Budget Amendment to the Capital Projects Fund."),
            (108, "10. Resolution Authorizing the Purchase of Desktop Computers."),
            (108, "11. Closed Session:"),
            (126, "personal matters about an identifiable individual."),
            (108, "12. Adjournment."),
        ]
    )
    items = parse_agenda(pages, None).items
    assert items[2].title == (
        "Resolution Authorizing the City Manager to Enter into a Contract for Sewer Replacement "
        "at Heron Street between East Pine Street and East Chester Street with the Lowest "
        "Responsible Bidder"
    )
    assert [it.number for it in items] == ["5", "6", "7", "8", "9", "10", "11", "12"]
    assert items[6].title == "Closed Session"  # its colon announces the matter, not more title


def test_members_named_in_capitals_after_a_title_are_its_sponsors(tmp_path: Path) -> None:
    """A Californian city council's agenda ends some titles with the members who bring them,
    by surname in capitals ("(HURT)", "(ACKLEY / HARRINGTON)"), the members being listed by
    office on the front sheet (read as the clerk's roll reads it). Those are sponsors; a
    bracket of capitals that names no member ("(CEQA)") is the title's own."""
    doc = pymupdf.open()
    front = doc.new_page(width=612, height=792)
    front.insert_text((200, 80), "CITY COUNCIL REGULAR MEETING", fontsize=14)
    front.insert_text((220, 110), "January 13, 2027 at 6:00 PM", fontsize=11)
    for k, member in enumerate(
        [
            "Mayor Tiffany Ackley",
            "Councilmember David C. Harrington",
            "Councilmember Richard W. Hurt",
        ]
    ):
        front.insert_text((72, 200 + 16 * k), member, fontsize=11)
    agenda = doc.new_page(width=612, height=792)
    agenda.insert_text((250, 60), "AGENDA", fontsize=14, fontname="hebo")
    for k, title in enumerate(
        [
            "CALL TO ORDER",
            "PROCLAMATION - BLACK HISTORY MONTH (HURT)",
            "RESOLUTION DENOUNCING CHILDHOOD BULLYING (ACKLEY / HARRINGTON)",
            "ADOPTION OF THE LOCAL GUIDELINES (CEQA)",
            "ADJOURNMENT",
        ],
        start=1,
    ):
        agenda.insert_text((72, 100 + 24 * k), f"{k}.  {title}", fontsize=11)
    doc.save(tmp_path / "council.pdf")
    tree = analyze(tmp_path / "council.pdf", data_dir=tmp_path / "data", use_cache=False)
    by = {it.number: it for it in tree.items}
    assert by["2"].title == "PROCLAMATION - BLACK HISTORY MONTH"
    assert [(p.role, p.name) for p in by["3"].people] == [
        ("Sponsor", "Tiffany Ackley"),
        ("Sponsor", "David C. Harrington"),
    ]
    assert by["4"].title == "ADOPTION OF THE LOCAL GUIDELINES (CEQA)"
