"""find_agenda_pages on small packs built in the test."""

from __future__ import annotations

from boardprep.core.engine.agenda.find import find_agenda_pages, pages_from_scores, score_page
from boardprep.core.engine.agenda.parse import parse_agenda
from tests.engine.agenda_pdfkit import Row, build_doc, cell, line, lines_of

FRONT: list[Row] = [
    line("Harrowmere Borough Council", 56, True),
    line("CABINET", 56, True),
    line("Date: Tuesday 3 June 2025"),
    line("Time: 7.00 pm"),
    line("Venue: Council Chamber, Civic Centre"),
    10,
    line("Membership: Councillor Ann Smith (Chair), Councillor Bo Lee"),
    line("Please direct any enquiries on this agenda to Kim Hollins."),
]


def agenda_page(first: int, last: int, heading: bool = True, page: int = 5) -> list[Row]:
    rows: list[Row] = [line("AGENDA", 260, True), 10] if heading else []
    titles = ["Apologies for Absence", "Declarations of Interest", "Minutes", "Budget Report"]
    for n in range(first, last + 1):
        title = titles[n - 1] if n <= len(titles) else f"Service Review {n}"
        rows.append(line(f"{n} **{title}**(Pages {page} - {page + 3})"))
        rows.append(line("To consider the report of the Director.", 92))
        rows.append(10)
        page += 4
    return rows


MINUTES: list[Row] = [
    line("MINUTES OF THE MEETING OF THE CABINET HELD ON 1 APRIL 2025", 56, True),
    line("Present: Councillors Smith, Lee and Patel"),
    line("1 Apologies for Absence"),
    line("Apologies were received from Councillor Jones."),
    line("2 Declarations of Interest"),
    line("There were none."),
    line("3 Minutes"),
    line("RESOLVED that the minutes be approved."),
    640.0,
    line("Page 5", 280),
]

REPORT: list[Row] = [
    line("Agenda Item 7", 450, True),
    line("Report of: Director of Place", 56),
    line("1. Purpose of the report", 56, True),
    line("To set out the options for the future of the leisure centre.", 56),
    line("2. Recommendations", 56, True),
    line("The committee is recommended to note the report.", 56),
    line("3. Background", 56, True),
    line("3.1 The centre opened in 1984 and needs a new roof.", 56),
    line("3.2 Usage has fallen by 12 per cent since 2019.", 56),
    line("4. Financial implications", 56, True),
    640.0,
    line("Page 23", 280),
]


def test_front_sheet_then_agenda_then_minutes() -> None:
    doc = build_doc([FRONT, agenda_page(1, 8), MINUTES, REPORT])
    assert find_agenda_pages(doc) == [1]


def test_agenda_spanning_two_pages_without_a_second_heading() -> None:
    doc = build_doc([FRONT, agenda_page(1, 9), agenda_page(10, 13, heading=False), MINUTES])
    assert find_agenda_pages(doc) == [1, 2]


def test_agenda_table_without_heading_word() -> None:
    table: list[Row] = [
        [cell(60, "Item No", True), cell(110, "Subject", True), cell(480, "Page No", True)],
    ]
    for n, title in enumerate(["Apologies", "Minutes", "Housing Plan", "Work Programme"], 1):
        table.append([cell(60, str(n)), cell(110, title), cell(480, f"{n * 10} - {n * 10 + 5}")])
    doc = build_doc([FRONT, table, REPORT])
    assert find_agenda_pages(doc) == [1]


def test_supplement_without_agenda_returns_empty() -> None:
    doc = build_doc([REPORT, REPORT, MINUTES])
    assert find_agenda_pages(doc) == []


def test_minutes_page_is_not_taken_for_a_continuation() -> None:
    doc = build_doc([agenda_page(1, 6), MINUTES])
    assert find_agenda_pages(doc) == [0]


def test_notice_letter_before_the_agenda() -> None:
    letter: list[Row] = [
        line("Dear Member,"),
        line("You are summoned to attend a meeting of the Cabinet on 3 June 2025 at 7pm."),
        line("Monitoring Officer"),
    ]
    doc = build_doc([letter, FRONT, agenda_page(1, 7), REPORT])
    assert find_agenda_pages(doc) == [2]


def test_stamped_agenda_pages_continue_despite_their_own_stamps() -> None:
    doc = build_doc([FRONT, agenda_page(1, 6), agenda_page(7, 9, heading=False), MINUTES])
    for index, stamp in ((1, "Page 3"), (2, "Page 4")):
        doc[index].insert_text((280, 815), stamp, fontname="helv", fontsize=9)
    assert find_agenda_pages(doc) == [1, 2]


def test_report_contents_page_is_not_an_agenda() -> None:
    contents: list[Row] = [line("Contents", 56, True), 10]
    for n, title in enumerate(["Foreword", "Introduction", "Our Priorities", "Finance"], 1):
        contents.append([cell(56, f"{n} {title}"), cell(480, str(n * 3))])
    doc = build_doc([REPORT, contents, REPORT])
    assert find_agenda_pages(doc) == []


def test_front_sheet_notes_under_an_agenda_heading_are_not_the_agenda() -> None:
    notes: list[Row] = [
        *FRONT,
        10,
        line("Agenda", 56, True),
        line("1. Filming: this meeting may be recorded and streamed online."),
        line("2. Fire alarm: leave by the nearest marked exit."),
        line("3. Phones: please switch them to silent."),
        line("4. Declarations of interest: tell the clerk before the meeting."),
        line("5. Public questions must reach us three working days before."),
    ]
    doc = build_doc([notes, agenda_page(1, 6), MINUTES])
    assert find_agenda_pages(doc) == [1]


def test_stamped_second_agenda_page_inside_the_first_range_still_continues() -> None:
    doc = build_doc([FRONT, agenda_page(1, 4), agenda_page(5, 8, heading=False, page=21), MINUTES])
    # Each agenda page carries its own "Page N" stamp; the first item's range starts at 5,
    # and the second agenda page is stamped 9 (>= 5), like a stale or odd pack numbering.
    for i, n in ((1, 8), (2, 9)):
        doc[i].insert_text((280, 830), f"Page {n}", fontsize=9)
    assert find_agenda_pages(doc) == [1, 2]


def test_agenda_after_a_numbered_membership_list_continues_on_the_next_page() -> None:
    members = [line(f"{n}. Councillor Member{n} Surname{n}") for n in range(1, 31)]
    page2: list[Row] = [line("Membership", 56, True), *members, 10, *agenda_page(1, 3)]
    doc = build_doc([FRONT, page2, agenda_page(4, 8, heading=False, page=17), MINUTES])
    assert find_agenda_pages(doc) == [1, 2]


def test_scottish_business_heading_with_item_words_on_their_own_lines() -> None:
    rows: list[Row] = [line("BUSINESS", 56, True), 10]
    for n, title in enumerate(
        [
            "Declarations of Interest",
            "Minute of Previous Meeting",
            "Housing Capital Programme",
            "Homelessness Prevention Update",
        ],
        1,
    ):
        rows += [
            line(f"Item {n}.", 56, True),
            line(title, 56, True),
            line("Report by Head of Housing"),
            8,
        ]
    doc = build_doc([FRONT, rows, MINUTES, REPORT])
    assert find_agenda_pages(doc) == [1]


def test_a_present_cell_in_a_big_agenda_table_is_no_minutes_sign() -> None:
    rows: list[Row] = [line("AGENDA", 260, True), 10]
    titles = ["Welcome", "Declarations of Interest", "Minutes", "Patient Story", "Finance Report"]
    for n, title in enumerate(titles, 1):
        rows.append([cell(56, f"{n}."), cell(90, title), cell(400, "Note")])
    rows.append([cell(400, "Present")])  # "Presentation" broken in a narrow Paper column
    doc = build_doc([FRONT, rows, MINUTES, REPORT])
    assert find_agenda_pages(doc) == [1]


def test_a_packet_contents_page_with_ranges_is_not_the_agenda() -> None:
    contents: list[Row] = [line("April Board Meeting Packet", 200, True), line("Table of Contents")]
    contents.append([cell(56, "I."), cell(80, "Agenda"), cell(480, "3-4")])
    for group in ("Chair Reports", "Region Reports"):
        contents.append([cell(56, "II."), cell(80, group)])
        for n in range(1, 10):
            contents.append([cell(80, f"{n}. {group[:-1]} {n}"), cell(480, f"{n * 4}-{n * 4 + 2}")])
    doc = build_doc(
        [[line("District Board Meeting Packet", 200, True)], contents, agenda_page(1, 6)]
    )
    assert find_agenda_pages(doc) == [2]


def test_a_web_agenda_titled_in_a_label_with_topics_numbered_in_words() -> None:
    """A working group's agenda printed from its web page: "Title: … Meeting Agenda" as a
    labelled field, then "TOPIC 01. …" paragraphs, two or three to a page."""
    first = [
        line("Title:               Working Group Meeting Agenda"),
        line("Date of meeting:     16-17 June 2026"),
        line("TOPIC 01. Mission and principles (Ada)"),
        line("   Some issues need clarification before the meeting."),
        line("TOPIC 02. Process review (Ben)"),
        line("   A brief report on changes since the last meeting."),
    ]
    second = [
        line("TOPIC 03. Documentation (Ada)"),
        line("   The documents have been revised."),
        line("TOPIC 04. Next meeting and timing (Cy)"),
    ]
    pages = lines_of([first, second])
    assert pages_from_scores([score_page(pl) for pl in pages]) == [0, 1]
    items = parse_agenda(pages, None).items
    assert [(it.number, it.title) for it in items][:2] == [
        ("01", "Mission and principles"),
        ("02", "Process review"),
    ]
    assert len(items) == 4


def test_last_years_minutes_headed_by_the_meetings_ordinal_are_no_more_agenda() -> None:
    agenda = [
        line("Riverside Walking Guides Association"),
        line("31st Annual General Meeting Agenda", bold=True),
        *[
            line(f"{k}. {t}")
            for k, t in enumerate(
                [
                    "Welcome",
                    "Apologies",
                    "Minutes of the 2025 AGM",
                    "Chair's Report",
                    "Treasurer's Report",
                    "Election of Office Bearers",
                    "AOCB",
                ],
                start=1,
            )
        ],
    ]
    minutes = [
        line("Minutes of the 30th ANNUAL GENERAL MEETING", bold=True),
        line("Wednesday 12th March 2025"),
        line("1. Welcome"),
        line("The Chair welcomed everyone to the meeting."),
        line("2. Apologies"),
        line("Apologies were received from six members."),
        line("3. Minutes of the 2024 AGM"),
        line("These were proposed and seconded."),
        line("4. Chair's Report"),
    ]
    assert find_agenda_pages(build_doc([agenda, minutes])) == [0]


def test_a_one_item_calendar_under_its_heading() -> None:
    """A university board's special meeting: "CALENDAR" over "NO. 1." and its resolution."""
    calendar = [
        line("BOARD OF TRUSTEES", x=220),
        line("SPECIAL BOARD MEETING", x=220),
        line("CALENDAR", x=260, bold=True),
        line("JULY 9, 2026", x=255),
        line("NO. 1. THE UNIVERSITY – APPROVAL TO EXTEND ONLINE INSTRUCTION FOR THE FALL TERM:"),
        line("WHEREAS, The University moved its courses online in March; and"),
        line("WHEREAS, The guidance allowing it has been extended; now therefore be it"),
    ]
    resolution = [
        line("RESOLVED, That the Board of Trustees approve the extension; and be it further"),
        line("RESOLVED, That the Chancellor report to the Board on its progress."),
    ]
    assert find_agenda_pages(build_doc([calendar, resolution]))[:1] == [0]


def test_a_page_whose_first_number_follows_on_is_more_agenda() -> None:
    # "1." and "2." at the margin, "3." to "6." set in under a heading; the next page opens
    # "7." under a section's head and a note: the agenda goes on, however low it scores.
    from boardprep.core.engine.agenda.find import PageScore, _continues

    prev = PageScore(8.7, 7, [1, 2, 3, 4, 5, 6], [], False, 0, None, lead=[1.0, 2.0])
    cur = PageScore(2.2, 3, [7, 8], [], False, 0, None, lead=[7.0, 8.0], romans=1)
    assert _continues(prev, cur, None)
    report = PageScore(2.2, 3, [2, 3], [], False, 0, None, lead=[2.0, 3.0])
    assert not _continues(prev, report, None)  # numbering starting over: not the agenda


def test_the_last_meetings_agenda_filed_after_this_one_is_no_more_agenda() -> None:
    """A working group's packet: this meeting's web agenda ("TOPIC 01." to "TOPIC 06."), then,
    as reading for its first topic, the last meeting's agenda, headed and numbered from
    "TOPIC 01." again. Its topics are not this meeting's."""

    def topics(first: int, last: int) -> list[Row]:
        rows: list[Row] = []
        for k in range(first, last + 1):
            who = ["Ada", "Ben", "Cy"][k % 3]
            rows += [
                line(f"TOPIC {k:02d}. Subject number {k} ({who}) - Saturday"),
                10,
                line("   A brief report on the changes since the last meeting."),
                10,
            ]
        return rows

    this = [
        line("Title:               Working Group Meeting Agenda"),
        line("Date of meeting:     27-28 September 2026"),
        *topics(1, 3),
    ]
    last = [
        line("Title:               Working Group Meeting Agenda"),
        line("Date of meeting:     16-17 June 2026"),
        *topics(1, 3),
    ]
    pages = lines_of([this, topics(4, 6), last, topics(4, 5)])
    assert pages_from_scores([score_page(pl) for pl in pages]) == [0, 1]
    # The same agenda printed again (same meeting, same day) is still the agenda.
    again = lines_of([this, topics(4, 6), this, topics(4, 5)])
    assert pages_from_scores([score_page(pl) for pl in again])[:3] == [0, 1, 2]
    items = parse_agenda(pages[:2], None).items
    # The day each topic is taken is its time; the name in brackets then ends the title.
    assert [it.title for it in items][:2] == ["Subject number 1", "Subject number 2"]
    assert items[0].people[0].name == "Ben"
