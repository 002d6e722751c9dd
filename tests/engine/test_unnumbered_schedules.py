"""Agendas whose business is not numbered, or whose numbers a scan misread, rebuilt with
fictional wording.

First seen on a science network's board agenda (a time column, topics and presenters, no
numbers), a county commission's bulleted "Order of Business" (with "Call to Order by Sheriff
…"), a city council's scanned agenda (a roll call of blanks to tick under "Members present:",
lettered sections, "4." read for the 1 of "D. NEW BUSINESS"'s items, "Title: a sentence
about it"), a council agenda whose closed session sits alone on the page before "2.", and a
school PTO's slide deck whose agenda slide lists only time spans and titles.
"""

from __future__ import annotations

import dataclasses

from boardprep.core.engine.agenda.find import find_agenda, pages_from_scores, score_page
from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.agenda.split import split_title
from tests.engine.agenda_pdfkit import build_doc, cell, line, lines_of

_SCHEDULE = [
    line("Riverside Network for Women in Engineering", bold=True),
    line("Spring Board Meeting - Draft Agenda (Subject to Change)", bold=True),
    line("Date: 9:30 am, Saturday, March 14, 2026"),
    6.0,
    [cell(60, "9:30 am Topic", True), cell(300, "Presenter", True)],
    [cell(120, "Call to Order"), cell(300, "Mara Quill")],
    [cell(120, "Secretary's Report"), cell(300, "Tom Reyes")],
    [cell(120, "Treasurer's Report"), cell(300, "Ann Hale")],
    6.0,
    [cell(60, "10:00 am Standing Committee Chairs", True)],
    [cell(120, "Awards"), cell(300, "Lena Fox")],
    [cell(120, "Outreach"), cell(300, "Ravi Nair")],
    6.0,
    [cell(60, "10:45", True), cell(120, "Regional Chapters", True)],
    [cell(120, "North"), cell(300, "Ann Hale")],
    [cell(120, "South")],
    6.0,
    [cell(60, "11:30"), cell(120, "Adjourn"), cell(300, "Mara Quill")],
    12.0,
    line("OPEN ACTIONS (next page):", x=54, bold=True),
]


def test_a_timed_schedule_without_numbers_is_the_agenda() -> None:
    doc = build_doc([_SCHEDULE, [line("Date Opened"), line("Action Item")]])
    pages, _read = find_agenda(doc)
    assert pages == [0]
    items = parse_agenda(lines_of([_SCHEDULE]), None).items
    tree = [(it.title, it.time, [c.title for c in it.children]) for it in items]
    assert tree == [
        ("Call to Order", None, []),
        ("Secretary's Report", None, []),
        ("Treasurer's Report", None, []),
        ("Standing Committee Chairs", "10:00", ["Awards", "Outreach"]),
        ("Regional Chapters", "10:45", ["North", "South"]),
        ("Adjourn", "11:30", []),
    ]
    assert [p.name for p in items[0].people] == ["Mara Quill"]


_ORDER_OF_BUSINESS = [
    line("HARLOW COUNTY", x=250),
    line("Order of Business", x=250),
    line("February 19, 2026", x=250),
    line("COUNTY COMMISSION MONTHLY MEETING", x=200, bold=True),
    8.0,
    line("• Call to Order by Sheriff Dale Orman", x=150),
    line("• Invocation", x=150),
    line("• Pledge to the American Flag", x=150),
    line("• Roll Call by Nora Pike, County Clerk", x=150),
    line("• Proclamations:", x=150),
    4.0,
    line("Library Lovers Month", x=168),
    4.0,
    line("• Approval of Notaries Public", x=150),
    line("• Resolutions", x=150),
    line("• Announcements", x=150),
    line("• Adjournment", x=150),
]
_RESOLUTION_LIST = [
    line("NEW BUSINESS", bold=True),
    line("Item 1"),
    line("Resolution No. 2026-02-01"),
    line("RESOLUTION TO ACCEPT A LIBRARY GRANT FOR THE COUNTY."),
    line("Item 2"),
    line("Resolution No. 2026-02-02"),
    line("RESOLUTION TO APPROVE A ROAD SALT CONTRACT."),
    line("Item 3"),
    line("Resolution No. 2026-02-03"),
    line("RESOLUTION TO NAME A BRIDGE."),
]


def test_a_bulleted_order_of_business_wins_over_the_list_of_resolutions() -> None:
    doc = build_doc(
        [_ORDER_OF_BUSINESS, [line("Proclamation"), line("Whereas, …")], _RESOLUTION_LIST]
    )
    pages, _read = find_agenda(doc)
    assert pages == [0]
    items = parse_agenda(lines_of([_ORDER_OF_BUSINESS]), None).items
    titles = [it.title for it in items]
    assert titles[:3] == ["Call to Order", "Invocation", "Pledge to the American Flag"]
    assert titles[-1] == "Adjournment"
    proclamations = items[titles.index("Proclamations")]
    assert [c.title for c in proclamations.children] == ["Library Lovers Month"]


_SCANNED_AGENDA = [
    line("ELM RAPIDS CITY COUNCIL MEETING", x=190),
    line("AGENDA", x=280),
    line("Members present:", x=108),
    [cell(108, "__Mayor Ida Kerr"), cell(300, "__Councilmember Bo Lund")],
    [cell(108, "__Councilmember Joy Tam"), cell(300, "__Clerk Sam Ruiz")],
    8.0,
    line("OPENING: PLEDGE OF ALLEGIANCE"),
    line("A. CONSENT AGENDA"),
    line("a) Minutes: Minutes of the Regular Session held on March 2, 2026.", x=108),
    line("b) Payroll Register: Covering payroll ending February 28, 2026.", x=108),
    line("B. OLD BUSINESS"),
    line("C. VISITORS AND ANNOUNCEMENTS"),
    line("D. NEW BUSINESS"),
    line("4. Councilmember Reports: Councilmembers will report on their boards.", x=94),
    line("2. Administrator's Update: City Administrator Lee Park will present an update.", x=94),
    line("3. Abatements: City Administrator Lee Park will present abatements.", x=94),
    line("4. Street Sweeper Purchase", x=94),
    line("ADJOURNMENT"),
]


def test_a_roll_call_to_tick_is_no_minutes_and_a_misread_first_number_is_mended() -> None:
    assert pages_from_scores([score_page(pl) for pl in lines_of([_SCANNED_AGENDA])]) == [0]
    scanned = [dataclasses.replace(pl, ocr=True) for pl in lines_of([_SCANNED_AGENDA])]
    items = parse_agenda(scanned, None).items
    new_business = items[-1]
    assert (new_business.number, new_business.title) == ("D", "NEW BUSINESS")
    assert [(c.label, c.title) for c in new_business.children] == [
        ("1", "Councilmember Reports"),
        ("2", "Administrator's Update"),
        ("3", "Abatements"),
        ("4", "Street Sweeper Purchase"),
    ]


def test_a_title_then_a_sentence_about_it_after_a_colon() -> None:
    text = "Abatements: City Administrator Lee Park will present abatements."
    assert split_title(text, "", False)[0] == "Abatements"
    # The subject itself after a heading's colon stays.
    hearing = "PUBLIC HEARING: Adoption of an Ordinance Establishing a Single Story Overlay"
    assert split_title(hearing, "", False)[0] == hearing


def test_a_closed_session_alone_on_the_page_before_item_two() -> None:
    first = [
        line("City Council", x=230, bold=True),
        line("April 6, 2026", x=420, bold=True),
        20.0,
        line("Call to Order"),
        [cell(72, "Closed Session"), cell(400, "6:00-7:00 PM")],
        line("1.   CONFERENCE WITH REAL PROPERTY NEGOTIATORS"),
        [cell(72, "City Manager Comments"), cell(400, "7:00-7:10 PM")],
    ]
    second = [
        [cell(72, "Oral Communications"), cell(400, "7:10-7:25 PM")],
        line("2.   Approval of Action Minutes for the March 23, 2026 Council Meeting"),
        [cell(72, "Consent Calendar"), cell(400, "7:30-7:35 PM")],
        line("3.   Approval of a Contract With Ridge Paving for Street Resurfacing"),
        line("4.   Approval of a Tree Maintenance Contract Amendment"),
        line("5.   Adoption of a Resolution Scheduling the Winter Closure"),
        line("6.   Approval of a Sewer Rehabilitation Contract"),
    ]
    assert pages_from_scores([score_page(pl) for pl in lines_of([first, second])]) == [0, 1]


def test_routine_business_over_numbered_pages_keeps_the_numbered_pages() -> None:
    opening = [
        line("City Council", x=230, bold=True),
        line("Meeting Agenda", x=230, bold=True),
        line("CALL TO ORDER", bold=True),
        line("SALUTE TO THE FLAG", bold=True),
        line("ROLL CALL", bold=True),
        line("ORAL COMMUNICATIONS", bold=True),
    ]
    consent = [
        line("1.A   Approve the List of Claims and Bills Approved for Payment"),
        line("1.B   Annual Review of the City Code of Ethics"),
        line("1.C   Reject Bids Received for Water Main Replacement"),
        line("2.    Appeal of a Planning Commission Decision on a Sign Permit"),
    ]
    doubled = [opening, [line("ADJOURNMENT", bold=True), line("NOTICE TO THE PUBLIC")]]
    assert pages_from_scores([score_page(pl) for pl in lines_of([opening, consent])]) == [0, 1]
    # Routine business running over two pages with nothing numbered stays one agenda.
    assert pages_from_scores([score_page(pl) for pl in lines_of(doubled)]) == [0, 1]


_OUTLINE = [
    line("AGENDA", x=280),
    line("Tuesday, November 10, 2026 @ 3:00 p.m.", x=200),
    8.0,
    line("Call to Order", x=40),
    line("Roll Call of Board Members", x=40),
    line("Consent Agenda", x=40),
    line("e Correction and Approval of Minutes", x=57),
    line("e Bills and Payroll", x=57),
    line("Unfinished Business", x=40),
    line("e None scheduled", x=57),
    line("Chief's Reports", x=40),
    line("e Operations", x=57),
    line("o Station Roof Repair Proposal From Harbor Roofing for the", x=94),
    line("North Island Station", x=110),
    line("o Hiring Process Update", x=94),
    line("Adjourn", x=40),
]


def test_plain_margin_lines_over_points_a_scan_read_as_e_and_o() -> None:
    scanned = [dataclasses.replace(pl, ocr=True) for pl in lines_of([_OUTLINE])]
    items = parse_agenda(scanned, None).items

    def tree(its: list) -> list:
        return [(it.title, tree(it.children)) for it in its]

    assert tree(items) == [
        ("Call to Order", []),
        ("Roll Call of Board Members", []),
        ("Consent Agenda", [("Correction and Approval of Minutes", []), ("Bills and Payroll", [])]),
        ("Unfinished Business", []),
        (
            "Chief's Reports",
            [
                (
                    "Operations",
                    [
                        (
                            "Station Roof Repair Proposal From Harbor Roofing for the North "
                            "Island Station",
                            [],
                        ),
                        ("Hiring Process Update", []),
                    ],
                )
            ],
        ),
        ("Adjourn", []),
    ]


def test_a_title_wrapping_after_an_initial_or_inside_brackets_runs_on() -> None:
    rows = [
        line("AGENDA", x=280, bold=True),
        line("1.   Roll Call"),
        line("2.   On Elm Avenue Reconstruction – E. Main Road to U.S. Highway 69: Resolution"),
        line("approving plans and specifications.", x=96),
        line("3.   On appeal by Oak Holdings, LLC of a site plan denial. (Choose Alternative A"),
        line("to deny the appeal or Alternative B to approve it as requested by Oak", x=96),
        line("Holdings, LLC).", x=96),
        line("4.   Adjournment"),
    ]
    titles = [it.title for it in parse_agenda(lines_of([rows]), None).items]
    assert titles[1].startswith("On Elm Avenue Reconstruction – E. Main Road to U.S. Highway 69")
    assert titles[2].endswith("as requested by Oak Holdings, LLC)")


_TIMED_SLIDE = [
    line("Harbour PTO General Meeting - March 3, 2026"),
    12.0,
    line("Agenda", bold=True),
    12.0,
    line("6:00 - 6:05 Welcome"),
    line("6:05 - 6:15 Principal's Report"),
    line("6:15 - 6:30 Treasurer's Report"),
    line("6:30 - 6:45 Upcoming Events and Volunteers"),
    line("6:45 - 7:00 Regular PTO Business"),
]


def test_a_timed_schedule_under_its_heading_with_no_routine_words() -> None:
    """A PTO's slide: "Agenda" over rows that open with their time span; none of them is
    routine business ("Call to Order"), so only the times tell it is the agenda (an hour of 1
    to 7 with no "am"/"pm" is read as the evening's)."""
    doc = build_doc([[line("Harbour PTO General Meeting", bold=True)], _TIMED_SLIDE])
    pages, _read = find_agenda(doc)
    assert pages == [1]
    items = parse_agenda(lines_of([_TIMED_SLIDE]), None).items
    assert [(it.title, it.time) for it in items] == [
        ("Welcome", "18:00"),
        ("Principal's Report", "18:05"),
        ("Treasurer's Report", "18:15"),
        ("Upcoming Events and Volunteers", "18:30"),
        ("Regular PTO Business", "18:45"),
    ]


def test_slots_printing_am_once_and_presenters_stacked_in_their_column() -> None:
    """A state board's timed agenda: "9-9:10 am" (the am printed once, at the slot's end),
    the title, then the presenter; a second presenter stands under the first, in the
    presenter column, and is no part of the title."""
    rows = [
        line("Corrections Advisory Board Agenda", x=180, bold=True),
        line("March 4, 2026", x=250, bold=True),
        [cell(50, "9-9:10 am"), cell(150, "Welcome and Introductions"), cell(410, "Chair D. Ruiz")],
        line("Deputy Secy. Ana Ortiz", x=410),
        [cell(50, "9:10-9:15 am"), cell(150, "Approval of Minutes"), cell(410, "Chair Ruiz")],
        [cell(50, "9:15-10 am"), cell(150, "Review of Board Recommendations")],
        [cell(50, "11:30-12:15 pm"), cell(150, "Working Lunch")],
        [cell(50, "12:30 pm"), cell(150, "Adjournment")],
    ]
    items = parse_agenda(lines_of([rows]), None).items
    assert [(it.title, it.time) for it in items] == [
        ("Welcome and Introductions", "09:00"),
        ("Approval of Minutes", "09:10"),
        ("Review of Board Recommendations", "09:15"),
        ("Working Lunch", "11:30"),
        ("Adjournment", "12:30"),
    ]
    assert [p.name for p in items[0].people] == ["Chair D. Ruiz", "Deputy Secy. Ana Ortiz"]


def test_presenters_named_with_their_office_under_timed_titles_and_a_footer_after() -> None:
    """A state council's timed agenda: under each title, lines "Name, Office, Agency" name who
    presents; the letterhead's address block at the page's foot is no part of the last item."""
    rows = [
        line("Joint Reentry Council Meeting", x=200, bold=True),
        line("January 23, 2026", x=260),
        [cell(50, "10:00"), cell(86, "Welcome and Introductions")],
        line("Dana Ruiz, Secretary, NCDOC", x=122),
        line("Omar Haddad, Chief Operating Officer, NCDOC", x=122),
        [cell(50, "10:20"), cell(86, "Strategic Planning Update")],
        line("Ana Ortiz, Director of Transition Services, Department of Veterans Affairs", x=122),
        [cell(50, "11:45"), cell(86, "Public Comments")],
        [cell(50, "11:55"), cell(86, "Closing Remarks")],
        60.0,
        line("MAILING ADDRESS:", x=100, bold=True),
        line("4221 Mail Service Center", x=100),
    ]
    items = parse_agenda(lines_of([rows]), None).items
    assert [(it.title, [p.name for p in it.people]) for it in items] == [
        ("Welcome and Introductions", ["Dana Ruiz", "Omar Haddad"]),
        ("Strategic Planning Update", ["Ana Ortiz"]),
        ("Public Comments", []),
        ("Closing Remarks", []),
    ]
    assert not items[-1].children


def test_slots_printing_am_or_pm_at_both_ends_and_durations_in_hours_or_ranges() -> None:
    """A federal forum's agenda: "2:00 PM - 2:10 PM" slots beside unnumbered topics (the time
    is no part of the title), and a workshop's "(1.5 hours)" and "(5-10 minutes)"."""
    rows = [
        line("Open Data Forum Meeting Agenda", x=160, bold=True),
        line("Thurs, April 25th, 2024", x=250),
        [cell(68, "2:00 PM - 2:10 PM"), cell(216, "Greetings and Purpose")],
        [cell(68, "2:10 PM - 2:55 PM"), cell(216, "Panel Discussion (1.5 hours)")],
        [cell(68, "2:55 PM - 4:05 PM"), cell(216, "Break (5-10 minutes)")],
        [cell(68, "4:05 PM - 4:15 PM"), cell(216, "Closing")],
    ]
    items = parse_agenda(lines_of([rows]), None).items
    assert [(it.title, it.time, it.duration) for it in items] == [
        ("Greetings and Purpose", "14:00", None),
        ("Panel Discussion", "14:10", 90),
        ("Break", "14:55", 10),
        ("Closing", "16:05", None),
    ]


def test_bold_margin_headings_over_bulleted_points() -> None:
    """An owners' association's agenda: bold headings at the margin ("Call To Order",
    "Old Business:"), bulleted points under some, a plain line under the last: the headings
    are the items, not the bullets."""
    rows = [
        line("Riverbend Airpark Owners Association", x=160, bold=True),
        line("Board of Directors Meeting", x=220, bold=True),
        line("Monday 1/19/26 at 6:15 PM", x=230),
        8.0,
        line("Call To Order", bold=True),
        line("Minutes Recap", bold=True),
        [cell(90, "•"), cell(108, "Attendance noted")],
        [cell(90, "•"), cell(108, "Review of the December minutes")],
        line("Treasurer's Report", bold=True),
        [cell(90, "•"), cell(108, "Cash management and operating funds")],
        line("Old Business:", bold=True),
        [cell(90, "•"), cell(108, "Runway lights - status")],
        line("Adjournment", bold=True),
    ]
    items = parse_agenda(lines_of([rows]), None).items
    assert [it.title for it in items] == [
        "Call To Order",
        "Minutes Recap",
        "Treasurer's Report",
        "Old Business",
        "Adjournment",
    ]
    assert [c.title for c in items[1].children] == [
        "Attendance noted",
        "Review of the December minutes",
    ]
