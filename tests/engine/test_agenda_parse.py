"""parse_agenda on small hand-built agenda pages, one layout variant or trap per test."""

from __future__ import annotations

from typing import Any

import pymupdf

from boardprep.core.engine.agenda.parse import ParsedAgenda, parse_agenda
from boardprep.core.engine.pages.textlayer import PageLines
from boardprep.core.model import Item
from tests.engine.agenda_pdfkit import Cell, Row, cell, line, lines_of, typed_line

IND = 92  # purpose / people indentation


def parse(rows: list[Row], start: str | None = None, *more: list[Row]) -> ParsedAgenda:
    return parse_agenda(lines_of([rows, *more]), start)


def numbers(items: list[Item]) -> list[str]:
    return [it.number for it in items]


def by_number(res: ParsedAgenda, number: str) -> Item:
    for it in res.items:
        if it.number == number:
            return it
        for c in it.sub_items:
            if c.number == number:
                return c
    raise AssertionError(f"no item {number}: {[(i.number, i.title) for i in res.items]}")


# --- layout 1: numbered lines with the range glued ------------------------------------------


def test_glued_range_bold_title_and_plain_title() -> None:
    res = parse(
        [
            line("AGENDA", 260, True),
            10,
            line("1 **Apologies for Absence**"),
            10,
            line("2 **Minutes(Pages 9 - 14)**"),
            line("To confirm the minutes of the meeting held on 12 July 2024.", IND),
            10,
            line("3 Winter Preparedness(Pages 71 - 94)"),
            10,
            line("4 **Better Care Plan**(Pages 95 - 138)"),
        ]
    )
    assert [(i.number, i.title, i.pack_pages) for i in res.items] == [
        ("1", "Apologies for Absence", None),
        ("2", "Minutes", (9, 14)),
        ("3", "Winter Preparedness", (71, 94)),
        ("4", "Better Care Plan", (95, 138)),
    ]
    assert (
        by_number(res, "2").purpose == "To confirm the minutes of the meeting held on 12 July 2024."
    )


def test_range_variants_single_page_to_and_dashes() -> None:
    res = parse(
        [
            line("1 Minutes (Page 5)"),
            10,
            line("2 Housing Report (Pages 9 to 14)"),
            10,
            line("3 Budget Report (Pages 15 \u2013 20)"),
            10,
            line("4 Audit Report (Pages 21\u201430)"),
        ]
    )
    assert [i.pack_pages for i in res.items] == [(5, 5), (9, 14), (15, 20), (21, 30)]
    assert [i.title for i in res.items] == [
        "Minutes",
        "Housing Report",
        "Budget Report",
        "Audit Report",
    ]


def test_range_on_the_next_line_and_wrapped_title() -> None:
    res = parse(
        [
            line("1 **Review of the Green Spaces and Parks Strategy: Final**"),
            line("**Report**", 84),
            line("Pages 15 - 30", 84),
            10,
            line("2 Procurement of the Waste Collection Contract for the Eastern"),
            line("Area(Pages 31 - 40)", 84),
        ]
    )
    assert res.items[0].title == "Review of the Green Spaces and Parks Strategy: Final Report"
    assert res.items[0].pack_pages == (15, 30)
    assert res.items[1].title == "Procurement of the Waste Collection Contract for the Eastern Area"
    assert res.items[1].pack_pages == (31, 40)


def test_numbers_inside_purpose_paragraphs_do_not_start_items() -> None:
    res = parse(
        [
            line("4 **Public Participation**"),
            line("Up to three speakers may speak for up to 3 minutes each; questions by", IND),
            line("12 July 2024 at the latest. Members of the public are welcome.", IND),
            line("3 speakers are permitted on any item.", IND),
            10,
            line("5 **Chairman's Announcements**"),
        ]
    )
    assert numbers(res.items) == ["4", "5"]
    assert "12 July 2024" in (res.items[0].purpose or "")


def test_people_labels_split_names_and_drop_job_titles() -> None:
    res = parse(
        [
            line("7 Winter Preparedness(Pages 71 - 94)"),
            line("To receive a presentation on winter pressures.", IND),
            10,
            line("Responsible Officers: Linda Prosser, Carlton Brand", IND),
            line("Report author: Jo Cullen", IND),
            10,
            line("8 Safeguarding Annual Report(Pages 95 - 110)"),
            line("Responsible Officer: Mark Gurrey, Independent Chair", IND),
            line("Contact: Jane Smith, Democratic Services Officer, Tel: 01632 960000", IND),
        ]
    )
    seven, eight = res.items
    assert [(p.role, p.name) for p in seven.people] == [
        ("Responsible Officers", "Linda Prosser"),
        ("Responsible Officers", "Carlton Brand"),
        ("Report author", "Jo Cullen"),
    ]
    assert [(p.role, p.name) for p in eight.people] == [
        ("Responsible Officer", "Mark Gurrey"),
        ("Contact", "Jane Smith"),
    ]
    assert seven.purpose == "To receive a presentation on winter pressures."


def test_lettered_list_in_a_purpose_is_not_sub_items() -> None:
    res = parse(
        [
            line("14 **Acute Mental Health Services**(Pages 173 - 198)"),
            line("To receive an update on:", IND),
            6,
            line("a) Performance on s136 detentions, and", IND),
            line("b) The Adult Mental Health Transformation plans.", IND),
            10,
            line("15 **Urgent Items**"),
        ]
    )
    assert numbers(res.items) == ["14", "15"]
    assert res.items[0].sub_items == []


def test_lettered_sub_items_with_their_own_ranges() -> None:
    res = parse(
        [
            line("6 **Scrutiny of Performance**"),
            line("a) Homelessness Prevention Update (Pages 25 - 28)", 84),
            line("b) Air Quality Action Plan (Pages 29 - 34)", 84),
            10,
            line("7 **Date of Next Meeting**"),
        ]
    )
    assert numbers(res.items) == ["6", "7"]
    subs = res.items[0].sub_items
    assert [(s.number, s.title, s.pack_pages) for s in subs] == [
        ("6a", "Homelessness Prevention Update", (25, 28)),
        ("6b", "Air Quality Action Plan", (29, 34)),
    ]


def test_numbered_sub_items_4a_and_roman() -> None:
    res = parse(
        [
            line("4 Reports of Committees"),
            line("4a Audit Committee (Pages 10 - 12)"),
            line("4b Standards Committee (Pages 13 - 15)"),
            10,
            line("5 Questions"),
        ]
    )
    assert numbers(res.items) == ["4", "5"]
    assert numbers(res.items[0].sub_items) == ["4a", "4b"]


def test_item_word_and_letter_and_roman_numbering() -> None:
    worded = parse([line("Item 1 Welcome"), 10, line("Agenda Item 2 Minutes (Pages 3 - 8)")])
    assert [(i.number, i.title) for i in worded.items] == [("1", "Welcome"), ("2", "Minutes")]
    letters = parse([line("A. Welcome"), 10, line("B. Minutes"), 10, line("C. Budget")])
    assert numbers(letters.items) == ["A", "B", "C"]
    roman = parse([line("I. Welcome"), 10, line("II. Minutes"), 10, line("IV. Budget")])
    assert numbers(roman.items) == ["I", "II", "IV"]


def test_verbal_update_and_to_follow_have_no_range_and_no_warning() -> None:
    res = parse(
        [
            line("1 Minutes (Pages 3 - 8)"),
            10,
            line("2 Leisure Centre Update \u2013 Verbal update"),
            10,
            line("3 Budget Monitoring \u2013 Report to follow"),
            10,
            line("4 Housing Strategy"),
        ]
    )
    assert [(i.title, i.pack_pages) for i in res.items[1:3]] == [
        ("Leisure Centre Update", None),
        ("Budget Monitoring", None),
    ]
    assert res.warnings == ["Item 4 has no page range in the agenda."]


# --- layout 2: tables -------------------------------------------------------------------------


def test_table_with_description_merged_into_the_subject_cell() -> None:
    res = parse(
        [
            [cell(60, "Item No", True), cell(110, "Subject", True), cell(480, "Page No", True)],
            [cell(60, "1"), cell(110, "Apologies for absence")],
            [
                cell(60, "2"),
                cell(110, "Minutes To confirm the minutes of the meeting"),
                cell(480, "1 - 10"),
            ],
            [cell(110, "held on 3 March 2025.")],
            [
                cell(60, "3"),
                cell(110, "Housing Allocations Policy. The committee is asked"),
                cell(480, "11 - 30"),
            ],
            [cell(110, "to approve the revised policy.")],
        ]
    )
    assert [(i.number, i.title, i.pack_pages) for i in res.items] == [
        ("1", "Apologies for absence", None),
        ("2", "Minutes", (1, 10)),
        ("3", "Housing Allocations Policy", (11, 30)),
    ]
    assert by_number(res, "2").purpose == (
        "To confirm the minutes of the meeting held on 3 March 2025."
    )


def test_table_bold_title_then_plain_description_in_one_cell() -> None:
    res = parse(
        [
            [cell(60, "Item", True), cell(110, "Subject", True), cell(480, "Pages", True)],
            [
                cell(60, "5"),
                cell(110, "**Parks Strategy** Members are asked to note"),
                cell(480, "12"),
            ],
        ]
    )
    assert (res.items[0].title, res.items[0].pack_pages) == ("Parks Strategy", (12, 12))


def test_table_split_across_pages_with_a_running_footer() -> None:
    page1: list[Row] = [
        [cell(60, "Item No", True), cell(110, "Subject", True), cell(480, "Page No", True)],
        [cell(60, "1"), cell(110, "Apologies"), cell(480, "")],
        [cell(60, "2"), cell(110, "Minutes"), cell(480, "1 - 6")],
        690.0,
        line("Date of Issue: 3 March 2025", 60),
        line("Kim Hollins, Democratic Services", 60),
    ]
    page2: list[Row] = [
        [cell(60, "3"), cell(110, "Budget Monitoring"), cell(480, "7 - 20")],
        [cell(60, "4"), cell(110, "Work Programme"), cell(480, "21 - 24")],
        690.0,
        line("Date of Issue: 3 March 2025", 60),
        line("Kim Hollins, Democratic Services", 60),
    ]
    res = parse(page1, None, page2)
    assert [(i.number, i.title, i.pack_pages) for i in res.items] == [
        ("1", "Apologies", None),
        ("2", "Minutes", (1, 6)),
        ("3", "Budget Monitoring", (7, 20)),
        ("4", "Work Programme", (21, 24)),
    ]
    assert all(i.purpose is None for i in res.items)


def test_a_footer_ending_in_its_page_number_is_no_items_range() -> None:
    # Page 1's footer is a web address, page 2's "… Agenda, page 2": worded apart, so not
    # dropped as a repeated running footer, but no range of the last item either.
    page1: list[Row] = [
        line("1. Call to order"),
        line("2. Consent Agenda"),
        line("a. Approve Minutes of the December Regular Board Meeting (ACTION)", 100),
        730.0,
        line("www.example-library.org", 240),
    ]
    page2: list[Row] = [
        line("3. Trustee Comments"),
        line("4. Adjournment (ACTION)"),
        700.0,
        [
            cell(60, "Example Library District"),
            cell(300, "1/18/17 Regular Board Meeting Agenda, page 2"),
        ],
    ]
    res = parse(page1, None, page2)
    assert [(i.number, i.pack_pages) for i in res.items] == [
        ("1", None),
        ("2", None),
        ("3", None),
        ("4", None),
    ]


def test_a_lead_centred_left_of_its_heading_and_lines_set_in_under_a_title() -> None:
    # The Lead column's names are centred under "Lead:", starting left of it; "Secretary" and
    # "Treasurer" are set in under the short title, not its words. A long centred title's
    # next line is set in too, and is its words.
    res = parse(
        [
            [cell(228, "Agenda Item:"), cell(434, "Lead:")],
            [cell(112, "6"), cell(214, "Election of Officers"), cell(426, "Lorraine")],
            line("Secretary", 241),
            line("Treasurer", 241),
            [
                cell(112, "7"),
                cell(150, "Endorsement of the request for an annual rate adjustment to"),
            ],
            line("the maximum rates for solid waste services", 165),
        ]
    )
    assert [i.title for i in res.items] == [
        "Election of Officers",
        "Endorsement of the request for an annual rate adjustment to the maximum rates for "
        "solid waste services",
    ]
    assert [(p.role, p.name) for p in res.items[0].people] == [("Lead", "Lorraine")]


def test_a_table_of_figures_under_an_item_gives_it_no_pages() -> None:
    res = parse(
        [
            line("1. Reclassification of shareholders from the promoter group to public"),
            line("The following shareholders have asked to be reclassified:", IND),
            [cell(IND, "Ann Example"), cell(300, "52000"), cell(400, "1.0036%")],
            [cell(IND, "Ben Example"), cell(300, "200"), cell(400, "0.0039%")],
            line("2. Appointment of an independent director"),
        ]
    )
    assert [(i.number, i.pack_pages) for i in res.items] == [("1", None), ("2", None)]


def test_lettered_notes_under_an_item_of_a_decimal_agenda_are_its_text() -> None:
    res = parse(
        [
            line("2. Record of Attendance"),
            line("2.1 Apologies", 80),
            line("3. Public Question Time"),
            line("a. Public Question Time gives the public a chance to put questions to", 80),
            line("the Council about its business.", 92),
            line("b. During the meeting, after Public Question Time no member of the", 80),
            line("public may interrupt.", 92),  # the notes "a." began go on
            line("c. Reports to the Council on the Question Time of the last meeting", 80),
            line("3.1 Response to Previous Public Questions Taken on Notice", 80),
            line("4. Closure"),
        ]
    )
    assert [(i.number, [c.number for c in i.sub_items]) for i in res.items] == [
        ("2", ["2.1"]),
        ("3", ["3.1"]),
        ("4", []),
    ]


def test_an_acronym_opening_a_label_is_no_heading_of_its_own() -> None:
    res = parse(
        [
            [cell(90, "II."), cell(126, "Old Business")],
            [cell(126, "A."), cell(144, "BSRAD Grant Allocation: Discuss the 3 year commitment")],
            [cell(90, "III."), cell(126, "Adjournment")],
        ]
    )
    assert res.items[0].sub_items[0].title.startswith("BSRAD Grant Allocation")


def test_numbers_deep_under_a_roman_sub_item_are_its_own() -> None:
    res = parse(
        [
            line("5. Initiatives Discussion"),
            line("a. Ongoing", 90),
            line("i. Increasing Ridership", 108),
            line("1. Fare media", 126),
            line("2. Special Events Service", 126),
            line("ii. Stroller Policy", 108),
            line("6. Next Steps"),
        ]
    )
    ongoing = res.items[0].sub_items[0]
    assert [c.title for c in ongoing.sub_items] == ["Increasing Ridership", "Stroller Policy"]
    assert [c.title for c in ongoing.sub_items[0].sub_items] == [
        "Fare media",
        "Special Events Service",
    ]


# --- layout 3: "N: Title" with group headings ---------------------------------------------------


def test_colon_numbers_headings_and_trailing_bare_ranges() -> None:
    res = parse(
        [
            [cell(76, "Reports attached", True), cell(480, "Pages", True)],
            line("FOR DECISION", 56, True),
            10,
            line("3: Minutes of the last meeting", 56),
            [cell(480, "3 - 12")],
            10,
            line("FOR INFORMATION", 56, True),
            10,
            line("8: Progress on the Housing Plan 61 - 70", 56),
            10,
            line("9: Joint Health and Wellbeing Strategy 2016-21", 56),
            10,
            line("10: Regional Convention in Leeds – July 4-8", 56),
        ]
    )
    assert [(i.number, i.title, i.pack_pages) for i in res.items] == [
        ("3", "Minutes of the last meeting", (3, 12)),
        ("8", "Progress on the Housing Plan", (61, 70)),
        ("9", "Joint Health and Wellbeing Strategy 2016-21", None),
        ("10", "Regional Convention in Leeds – July 4-8", None),  # dates, not pages
    ]


# --- layout 4: times ------------------------------------------------------------------------------


def test_timed_table_reads_12_hour_times_against_the_meeting_start() -> None:
    res = parse(
        [
            line("12.15 pm Pre-meeting Discussion"),
            10,
            [cell(60, "Agenda Item", True), cell(400, "Time", True), cell(470, "Page No", True)],
            [cell(60, "1"), cell(80, "WELCOME & APOLOGIES"), cell(400, "12.30")],
            [cell(60, "2"), cell(80, "DECLARATIONS OF INTEREST")],
            [
                cell(60, "3"),
                cell(80, "UPDATE ON SYSTEM PLANNING"),
                cell(400, "12.35"),
                cell(470, "5 - 26"),
            ],
            [cell(80, "The purpose is to provide an update on local system planning.")],
            10,
            line("4 COMMISSIONING INTENTIONS AND UPDATE **1.30** **27 - 62**", 60),
            line("ON THE JOINT STRATEGY 2016-21", 80),
            10,
            [cell(60, "5"), cell(80, "PUBLIC QUESTIONS"), cell(400, "3.10")],
        ],
        "12:30",
    )
    assert [(i.number, i.time) for i in res.items] == [
        ("1", "12:30"),
        ("2", None),
        ("3", "12:35"),
        ("4", "13:30"),
        ("5", "15:10"),
    ]
    four = by_number(res, "4")
    assert four.title == "COMMISSIONING INTENTIONS AND UPDATE ON THE JOINT STRATEGY 2016-21"
    assert four.pack_pages == (27, 62)
    three = by_number(res, "3")
    assert three.purpose == "The purpose is to provide an update on local system planning."


def test_explicit_am_pm_and_24_hour_times() -> None:
    res = parse(
        [
            [cell(60, "1"), cell(80, "Welcome"), cell(400, "10.00am")],
            [cell(60, "2"), cell(80, "Budget"), cell(400, "2.30pm")],
            [cell(60, "3"), cell(80, "Close"), cell(400, "16:45")],
        ]
    )
    assert [i.time for i in res.items] == ["10:00", "14:30", "16:45"]


def test_presenters_one_per_paragraph_with_wrapped_job_titles() -> None:
    res = parse(
        [
            [cell(60, "3"), cell(80, "SYSTEM PLANNING"), cell(400, "12.35"), cell(470, "5 - 26")],
            10,
            line("Presenters:", 80),
            6,
            line("Lou Patten, Chief Operating Officer, Vale CCG and Hills CCG", 80),
            6,
            line("Robert Majilton, Deputy Chief Officer and Director of", 80),
            line("Sustainability & Transformation", 80),
        ],
        "12:30",
    )
    assert [p.name for p in res.items[0].people] == ["Lou Patten", "Robert Majilton"]
    assert {p.role for p in res.items[0].people} == {"Presenters"}


# --- layout 5: paper references and dotted items -----------------------------------------


def test_dotted_items_under_sections_with_papers() -> None:
    res = parse(
        [
            [
                cell(56, "Item", True),
                cell(100, "Subject", True),
                cell(360, "Paper", True),
                cell(440, "Time", True),
            ],
            line("1. OPENING BUSINESS", 56, True),
            [cell(56, "1.1"), cell(100, "Welcome and apologies"), cell(440, "09.30")],
            [
                cell(56, "1.2"),
                cell(100, "Minutes of the last meeting"),
                cell(360, "TB 25/041"),
                cell(440, "09.35"),
            ],
            line("2. ITEMS FOR DECISION", 56, True),
            [cell(56, "2.1"), cell(100, "Winter Plan"), cell(360, "Paper B"), cell(440, "09.45")],
            line("Lead: Sam Jones, Chief Operating Officer", 90),
            [
                cell(56, "2.2"),
                cell(100, "Estates: Land Sale"),
                cell(360, "Enclosure 4"),
                cell(440, "10.00"),
            ],
            line("(Confidential \u2013 not for publication)", 90),
        ],
        "09:30",
    )
    assert [(i.number, i.title) for i in res.items] == [
        ("1", "OPENING BUSINESS"),
        ("2", "ITEMS FOR DECISION"),
    ]
    subs = res.items[0].sub_items + res.items[1].sub_items
    assert [(s.number, s.paper, s.time) for s in subs] == [
        ("1.1", None, "09:30"),
        ("1.2", "TB 25/041", "09:35"),
        ("2.1", "Paper B", "09:45"),
        ("2.2", "Enclosure 4", "10:00"),
    ]
    assert [s.exempt for s in subs] == [False, False, False, True]
    assert subs[3].title == "Estates: Land Sale"
    assert [(p.role, p.name) for p in subs[2].people] == [("Lead", "Sam Jones")]


# --- exempt business ----------------------------------------------------------------------------


def test_items_after_an_exclusion_resolution_are_exempt() -> None:
    res = parse(
        [
            line("1 Minutes (Pages 1 - 4)"),
            10,
            line("2 Exclusion of the Press and Public"),
            line("To resolve that under Section 100A(4) of the Local Government Act 1972 the", IND),
            line("press and public be excluded under paragraph 3 of Schedule 12A.", IND),
            10,
            line("3 Depot Site Disposal (Pages 5 - 9)"),
            10,
            line("4 Land at Mill Road (Pages 10 - 12)"),
        ]
    )
    assert [i.exempt for i in res.items] == [False, False, True, True]


def test_part_b_heading_marks_exempt_and_allows_a_restart() -> None:
    res = parse(
        [
            line("PART A", 56, True),
            10,
            line("1 Minutes (Pages 1 - 4)", 56),
            10,
            line("2 Budget (Pages 5 - 9)", 56),
            10,
            line("PART B \u2013 NOT FOR PUBLICATION", 56, True),
            10,
            line("1 Staffing Restructure (Pages 10 - 12)", 56),
        ]
    )
    assert [(i.number, i.title, i.exempt) for i in res.items] == [
        ("1", "Minutes", False),
        ("2", "Budget", False),
        ("1", "Staffing Restructure", True),
    ]


def test_part_ii_marker_in_a_title_is_stripped_and_sets_exempt() -> None:
    res = parse([line("9 Depot Site Disposal (Part II) (Pages 91 - 96)")])
    item = res.items[0]
    assert (item.title, item.exempt, item.pack_pages) == ("Depot Site Disposal", True, (91, 96))


def test_members_only_pre_meeting_is_not_an_item() -> None:
    res = parse([line("1 Members-only pre-meeting"), 10, line("1 Welcome"), 10, line("2 Minutes")])
    assert [(i.number, i.title) for i in res.items] == [("1", "Welcome"), ("2", "Minutes")]


def test_front_sheet_text_above_the_agenda_heading_is_ignored() -> None:
    res = parse(
        [
            line("Date: Thursday 15 December 2016"),
            line("1 Committee Room, County Hall"),
            10,
            line("AGENDA", 260, True),
            10,
            line("1 Welcome"),
            10,
            line("2 Minutes (Pages 3 - 6)"),
        ]
    )
    assert [(i.number, i.title) for i in res.items] == [("1", "Welcome"), ("2", "Minutes")]


def test_empty_pages_give_a_warning_not_an_error() -> None:
    res = parse_agenda([], None)
    assert res.items == []
    assert res.warnings


# --- more layouts ---------------------------------------------------------------------------


def test_leader_dots_and_bare_page_column() -> None:
    res = parse(
        [
            line("1. Minutes of the previous meeting ........................ 5 - 10"),
            10,
            line("2. Revenue Budget Monitoring .................................. 11 - 24"),
        ]
    )
    assert [(i.title, i.pack_pages) for i in res.items] == [
        ("Minutes of the previous meeting", (5, 10)),
        ("Revenue Budget Monitoring", (11, 24)),
    ]


def test_time_column_before_the_number() -> None:
    res = parse(
        [
            [cell(56, "Time", True), cell(110, "Item", True), cell(150, "Subject", True)],
            [cell(56, "6.00"), cell(110, "1"), cell(150, "Welcome and apologies")],
            [cell(56, "6.05"), cell(110, "2"), cell(150, "Declarations of interest")],
            [cell(56, "6.10"), cell(110, "3"), cell(150, "Local Plan Review")],
            [cell(56, "7.30"), cell(110, "4"), cell(150, "Any other business")],
        ],
        "18:00",
    )
    assert [(i.number, i.title, i.time) for i in res.items] == [
        ("1", "Welcome and apologies", "18:00"),
        ("2", "Declarations of interest", "18:05"),
        ("3", "Local Plan Review", "18:10"),
        ("4", "Any other business", "19:30"),
    ]


def test_number_centred_in_a_tall_table_cell_joins_its_title() -> None:
    from boardprep.core.engine.pages.textlayer import page_lines
    from tests.engine.agenda_pdfkit import build_doc

    doc = build_doc([[line("AGENDA", 260, True)]])
    page = doc[0]
    for y, text in ((120, "Minutes of the meeting held"), (133, "on 3 March 2025")):
        page.insert_text((100, y), text, fontname="hebo", fontsize=10)
    page.insert_text((60, 126.5), "2", fontname="helv", fontsize=10)
    page.insert_text((480, 126.5), "5 - 12", fontname="helv", fontsize=10)
    page.insert_text((60, 160), "3", fontname="helv", fontsize=10)
    page.insert_text((100, 160), "Budget", fontname="hebo", fontsize=10)
    res = parse_agenda([page_lines(page)], None)
    assert [(i.number, i.title, i.pack_pages) for i in res.items] == [
        ("2", "Minutes of the meeting held on 3 March 2025", (5, 12)),
        ("3", "Budget", None),
    ]


def test_range_line_near_the_top_of_a_continuation_page_is_kept() -> None:
    page1: list[Row] = [line(f"{n} **Report {n}**(Pages {n * 4} - {n * 4 + 3})") for n in (1, 2)]
    page2: list[Row] = [line("3 **Work Programme**", 56), line("Page 43", 90)]
    res = parse(page1, None, page2)
    assert res.items[-1].pack_pages == (43, 43)


def test_purpose_sentences_keep_their_times_and_words() -> None:
    res = parse(
        [
            line("15 **Date of Next Meeting**"),
            line(
                "To note that the next meeting will be held on Friday 14 December, starting at",
                IND,
            ),
            line("2.30pm.", IND),
            10,
            line("16 **Winter Update**"),
            line("To receive a presentation", IND),
        ]
    )
    assert [(i.time, i.purpose) for i in res.items] == [
        (
            None,
            "To note that the next meeting will be held on Friday 14 December, starting at 2.30pm.",
        ),
        (None, "To receive a presentation"),
    ]


def test_short_plain_title_does_not_run_on_into_its_description() -> None:
    long_purpose = (
        "An update from the Director on the programme and the risks to delivery this year"
    )
    res = parse(
        [
            line("5 Housing Allocations Policy (Pages 9 - 20)"),
            10,
            line("6 Leisure Services Review"),
            line(long_purpose, 84),
            line("and the next steps for the programme board.", 84),
        ]
    )
    six = by_number(res, "6")
    assert six.title == "Leisure Services Review"
    assert six.purpose == f"{long_purpose} and the next steps for the programme board."


def test_report_of_inside_a_title_is_not_a_description() -> None:
    res = parse(
        [line("6 **Annual Report of the Director of Public Health 2025** (Pages 14 to 16)")]
    )
    assert res.items[0].title == "Annual Report of the Director of Public Health 2025"


def test_leader_dots_then_a_single_page() -> None:
    res = parse([line("9: Forward Work Programme ................................ 44")])
    assert (res.items[0].title, res.items[0].pack_pages) == ("Forward Work Programme", (44, 44))


def test_mixed_case_part_ii_heading_marks_the_rest_exempt() -> None:
    res = parse(
        [
            line("1 Minutes (Pages 1 - 4)"),
            10,
            line("Part II - Exempt Items", 72, True),
            10,
            line("2 Land Disposal at Mill Road (Pages 5 - 9)"),
        ]
    )
    assert [(i.title, i.exempt) for i in res.items] == [
        ("Minutes", False),
        ("Land Disposal at Mill Road", True),
    ]


def test_lower_case_letter_and_roman_sub_items_with_dots() -> None:
    res = parse(
        [
            line("3 **Reports for Approval**"),
            line("a. Treasury Management Strategy (Pages 5 - 9)", 84),
            line("b. Capital Programme (Pages 10 - 14)", 84),
            10,
            line("4 **Other Reports**"),
            line("i. Audit Plan (Pages 15 - 18)", 84),
            line("ii. Risk Register (Pages 19 - 22)", 84),
        ]
    )
    assert [(s.number, s.title) for it in res.items for s in it.sub_items] == [
        ("3a", "Treasury Management Strategy"),
        ("3b", "Capital Programme"),
        ("4i", "Audit Plan"),
        ("4ii", "Risk Register"),
    ]


def test_dash_after_the_number_and_a_time_in_the_same_cell() -> None:
    res = parse(
        [
            line("10.00 1. Welcome and Apologies"),
            10,
            line("10.05 2. Minutes of the last meeting (Pages 3 - 8)"),
            10,
            line("3 \u2013 Budget Monitoring (Pages 9 - 20)"),
        ],
        "10:00",
    )
    assert [(i.number, i.title, i.time) for i in res.items] == [
        ("1", "Welcome and Apologies", "10:00"),
        ("2", "Minutes of the last meeting", "10:05"),
        ("3", "Budget Monitoring", None),
    ]


def test_items_in_the_absence_of_the_press_and_public_are_exempt() -> None:
    res = parse(
        [
            line("1 Minutes (Pages 1 - 4)"),
            10,
            line("ITEMS LIKELY TO BE CONSIDERED IN THE ABSENCE OF THE PRESS AND PUBLIC", 72, True),
            10,
            line("2 Contract Award (Pages 5 - 9)"),
        ]
    )
    assert [i.exempt for i in res.items] == [False, True]


def test_people_with_bracketed_or_dashed_job_titles() -> None:
    res = parse(
        [
            line("5 Treasury Management (Pages 9 - 20)"),
            line("Report of: Helen Jones (Director of Finance)", IND),
            line("Contact: Jane Smith - Head of Finance", IND),
            line("Lead Director: Corporate Director \u2013 People", IND),
        ]
    )
    assert [(p.role, p.name) for p in res.items[0].people] == [
        ("Report of", "Helen Jones"),
        ("Contact", "Jane Smith"),
    ]


def test_a_range_before_the_previous_items_is_warned_about() -> None:
    res = parse([line("1 Minutes (Pages 20 - 24)"), 10, line("2 Budget (Pages 5 - 9)")])
    assert res.warnings == [
        "Item 2's pages (5-9) come before item 1's in the agenda; check the page ranges."
    ]


def test_agenda_heading_variants_start_the_items() -> None:
    for heading in ("Agenda \u2013 Part 1", "Order of Business", "Supplementary Agenda"):
        res = parse(
            [
                line("Venue: 1 Market Street, Harrowmere"),
                line("1 Committee Room, County Hall"),
                10,
                line(heading, 240, True),
                10,
                line("1 Welcome"),
                10,
                line("2 Minutes (Pages 3 - 6)"),
            ]
        )
        assert [(i.number, i.title) for i in res.items] == [("1", "Welcome"), ("2", "Minutes")]


def test_item_codes_instead_of_numbers() -> None:
    res = parse(
        [
            [cell(56, "Ref", True), cell(130, "Subject", True), cell(440, "Paper", True)],
            [cell(56, "TB 01/25"), cell(130, "Welcome and apologies")],
            [cell(56, "TB 02/25"), cell(130, "Minutes of the last meeting"), cell(440, "Paper A")],
            [cell(56, "TB 03/25"), cell(130, "Chief Executive's Report"), cell(440, "Paper B")],
        ]
    )
    assert [(i.number, i.title, i.paper) for i in res.items] == [
        ("TB 01/25", "Welcome and apologies", None),
        ("TB 02/25", "Minutes of the last meeting", "Paper A"),
        ("TB 03/25", "Chief Executive's Report", "Paper B"),
    ]


def test_postcodes_and_dates_are_not_item_codes() -> None:
    res = parse(
        [
            line("1 Welcome"),
            line("County Hall, Trowbridge", IND),
            line("BA14 8JN County Hall reception", 56),
            line("12/07/2024 Minutes", 56),
            10,
            line("2 Minutes"),
        ]
    )
    assert [i.number for i in res.items] == ["1", "2"]


def test_item_word_alone_with_the_title_on_the_next_line() -> None:
    res = parse(
        [
            line("Item 1", 56, True),
            line("Apologies for Absence", 56),
            10,
            line("Item 2", 56, True),
            line("Minutes of the Last Meeting (Pages 3 - 8)", 56),
        ]
    )
    assert [(i.number, i.title, i.pack_pages) for i in res.items] == [
        ("1", "Apologies for Absence", None),
        ("2", "Minutes of the Last Meeting", (3, 8)),
    ]


def test_numbering_restarts_after_an_exclusion_item() -> None:
    res = parse(
        [
            line("1 Minutes (Pages 1 - 4)"),
            10,
            line("2 Exclusion of the Public"),
            10,
            line("1 Staffing Matters (Pages 5 - 8)"),
            10,
            line("2 Legal Claim*"),
        ]
    )
    assert [(i.number, i.title, i.exempt) for i in res.items] == [
        ("1", "Minutes", False),
        ("2", "Exclusion of the Public", False),
        ("1", "Staffing Matters", True),
        ("2", "Legal Claim", True),
    ]


def test_italic_note_under_a_plain_title_is_not_part_of_it() -> None:
    from boardprep.core.engine.pages.textlayer import page_lines
    from tests.engine.agenda_pdfkit import build_doc

    doc = build_doc([[line("AGENDA", 260, True)]])
    page = doc[0]
    long_title = "Review of the Green Spaces and Parks Strategy and the Allotments Policy for"
    page.insert_text((60, 120), "4", fontname="helv", fontsize=10)
    page.insert_text((80, 120), long_title, fontname="helv", fontsize=10)
    page.insert_text((80, 133), "For decision by the committee", fontname="heit", fontsize=10)
    res = parse_agenda([page_lines(page)], None)
    assert res.items[0].title == long_title
    assert res.items[0].purpose == "For decision by the committee"


def test_hyphen_broken_title_and_pp_ranges() -> None:
    res = parse(
        [
            line("1 **Children's Services Improvement Plan and the Medium-**"),
            line("**term Financial Strategy** (pp 5-10)", 84),
        ]
    )
    item = res.items[0]
    assert item.title == (
        "Children's Services Improvement Plan and the Medium-term Financial Strategy"
    )
    assert item.pack_pages == (5, 10)


def test_description_after_a_colon_attached_notes_and_purpose_labels() -> None:
    res = parse(
        [
            line("1 Budget Monitoring: to note the quarter 2 position (Pages 3 - 9)"),
            10,
            line("2 Local Plan: Issues and Options (Pages 10 - 30)"),
            10,
            line("3 Minutes (copy attached)"),
            line("Purpose: To approve the minutes of the last meeting.", IND),
        ]
    )
    assert [(i.title, i.purpose) for i in res.items] == [
        ("Budget Monitoring", "to note the quarter 2 position"),
        ("Local Plan: Issues and Options", None),
        ("Minutes", "To approve the minutes of the last meeting."),
    ]


def test_lettered_numbers_without_a_parent_item() -> None:
    res = parse(
        [
            line("3 Minutes (Pages 1 - 4)"),
            10,
            line("4a Planning Application: Mill Road (Pages 5 - 20)"),
            10,
            line("4b Planning Application: Station Yard (Pages 21 - 30)"),
            10,
            line("5 Appeals Update"),
        ]
    )
    assert [i.number for i in res.items] == ["3", "4a", "4b", "5"]


def test_word_dot_leaders_before_a_range_leave_the_title_clean() -> None:
    # Word's right tab with a dotted leader: "Minutes ........ 3 - 8" (finding F5).
    res = parse(
        [
            line("1 Apologies for Absence"),
            10,
            line("2 Minutes" + "." * 60 + "3 - 8"),
            10,
            line("3 Premises Licence \u2013 The Tide Inn, Dock Row" + "\u2026" * 20 + "9 - 24"),
            10,
            line("4 Fees and Charges 2025-2028"),
        ]
    )
    assert [(i.number, i.title, i.pack_pages) for i in res.items] == [
        ("1", "Apologies for Absence", None),
        ("2", "Minutes", (3, 8)),
        ("3", "Premises Licence \u2013 The Tide Inn, Dock Row", (9, 24)),
        ("4", "Fees and Charges 2025-2028", None),
    ]


def test_range_wrapped_after_its_dash_joins_the_next_line() -> None:
    # "(Pages 15 -" fills the line and "40)" starts the next one (finding F1).
    res = parse(
        [
            line("4 **Public Question Time**"),
            10,
            line("5 **Review of the Coastal Footpath Maintenance Plan and the Proposals**"),
            line("**for the Harbour Wall Repairs Programme** (Pages 15 -", 84),
            line("40)", 84),
            line("To consider the outcome of the consultation.", 84),
            10,
            line("6 **Treasury Update** (Pages 41 - 52)"),
        ]
    )
    five = by_number(res, "5")
    assert five.pack_pages == (15, 40)
    assert five.title == (
        "Review of the Coastal Footpath Maintenance Plan and the Proposals"
        " for the Harbour Wall Repairs Programme"
    )
    assert five.purpose == "To consider the outcome of the consultation."
    assert by_number(res, "6").pack_pages == (41, 52)


def test_roman_sub_item_is_found_by_its_qualified_printed_forms() -> None:
    # Sub-items are numbered parent + printed label ("D" + "(i)" -> "Di"); users type
    # "D(i)", "D (i)" or "Di" and all must reach it (finding F13).
    from boardprep.core.model import AgendaTree, PackInfo

    child = Item(number="Di", title="Quarterly Performance Report")
    parent = Item(number="D", title="Performance", children=[child])
    tree = AgendaTree(pack=PackInfo(path="x.pdf", sha256="0", pages=1), items=[parent])
    for typed in ("D(i)", "D (i)", "Di", "item D(i)."):
        assert tree.find_item(typed) is child, typed
    assert tree.find_item("D") is parent
    assert tree.find_item("D(ii)") is None


def test_range_wrapped_before_its_numbers_or_after_to() -> None:
    res = parse(
        [
            line("15 **Treasury Management Mid-Year Review**"),
            10,
            line("16 **Members' Allowances Scheme – Report of the Remuneration Panel (Pages**"),
            line("**228 - 231)**", 84),
            10,
            line("17 Policies for approval: Charging and Remissions; Lettings Pages 232 to"),
            line("240", 84),
            10,
            line("18 **Urgent Business**"),
        ]
    )
    assert by_number(res, "16").title == (
        "Members' Allowances Scheme – Report of the Remuneration Panel"
    )
    assert by_number(res, "16").pack_pages == (228, 231)
    assert by_number(res, "17").title == "Policies for approval: Charging and Remissions; Lettings"
    assert by_number(res, "17").pack_pages == (232, 240)
    assert not any("16" in w or "17" in w for w in res.warnings)


def test_plain_titles_wrapping_in_a_narrow_cell_keep_every_line() -> None:
    # The range sits on the title's last line; the lines above stop well short of it.
    res = parse(
        [
            [cell(60, "3."), cell(96, "Minutes of the Meeting of the Committee held")],
            [cell(96, "on 12 February 2025"), cell(470, "1 - 5")],
            8,
            [cell(60, "4."), cell(96, "Adult Social Care Charging Policy –")],
            [cell(96, "Outcome of Consultation"), cell(470, "6 - 19")],
            8,
            [cell(60, "5."), cell(96, "Corporate Risk Register"), cell(470, "20 - 28")],
            [cell(96, "To note the risks rated red.")],
        ]
    )
    assert [(i.number, i.title) for i in res.items] == [
        ("3", "Minutes of the Meeting of the Committee held on 12 February 2025"),
        ("4", "Adult Social Care Charging Policy – Outcome of Consultation"),
        ("5", "Corporate Risk Register"),
    ]
    assert [i.pack_pages for i in res.items] == [(1, 5), (6, 19), (20, 28)]


def test_capital_letters_indented_under_a_section_are_its_sub_items() -> None:
    res = parse(
        [
            line("4. PUBLIC COMMENT"),
            line("5. CONSENT AGENDA"),
            line("A. Approval of Minutes – March 3, 2025 Regular Meeting", 100),
            line("B. Approval of Bills Payable – March 2025", 100),
            line("6. TREASURER'S REPORT"),
        ]
    )
    five = by_number(res, "5")
    assert [(c.number, c.printed, c.title) for c in five.sub_items] == [
        ("5a", "A", "Approval of Minutes – March 3, 2025 Regular Meeting"),
        ("5b", "B", "Approval of Bills Payable – March 2025"),
    ]
    assert [i.number for i in res.items] == ["4", "5", "6"]


def test_sections_numbered_n_point_0_hold_their_dotted_items() -> None:
    res = parse(
        [
            line("4.0 **Minutes of the Last Meeting** Pages 3 to 8"),
            line("5.0 **ITEMS FOR DECISION**"),
            line("5.1 **Fleet Replacement Programme** Pages 9 to 20", 92),
            line("5.2 **Station Cover Review** Pages 21 to 30", 92),
            line("6.0 **Any Other Business**"),
        ]
    )
    assert [(c.number, c.pack_pages) for c in by_number(res, "5.0").sub_items] == [
        ("5.1", (9, 20)),
        ("5.2", (21, 30)),
    ]
    assert [i.number for i in res.items] == ["4.0", "5.0", "6.0"]


def test_lettered_lines_after_a_title_announcing_them_are_sub_items() -> None:
    res = parse(
        [
            [cell(60, "25/036"), cell(124, "Planning: to consider the following applications")],
            line("a) DC/25/0114 – Rear extension, 12 Oak Close", 124),
            line("b) DC/25/0131 – Barn conversion, Hill Farm", 124),
            [cell(60, "25/037"), cell(124, "Finance: to approve the schedule of payments")],
        ]
    )
    planning = res.items[0]
    assert [c.printed for c in planning.sub_items] == ["a)", "b)"]
    assert planning.sub_items[1].title == "DC/25/0131 – Barn conversion, Hill Farm"


def test_cells_wrapping_in_a_table_stay_in_their_own_column() -> None:
    # A title cell wraps "… Month" / "11"; a narrow pages cell wraps "Not for" / "publication".
    res = parse(
        [
            [cell(60, "Ref", True), cell(130, "Item", True), cell(400, "Paper", True)],
            [
                cell(60, "TB25/037"),
                cell(130, "Integrated performance report – Month"),
                cell(400, "Enc 4"),
            ],
            [cell(130, "11")],
            [
                cell(60, "TB25/038"),
                cell(130, "Legal advice on a costs award"),
                cell(400, "Not for"),
            ],
            [cell(400, "publication")],
            [cell(60, "TB25/039"), cell(130, "Questions from the public"), cell(400, "Verbal")],
        ]
    )
    assert [(i.number, i.title) for i in res.items] == [
        ("TB25/037", "Integrated performance report – Month 11"),
        ("TB25/038", "Legal advice on a costs award"),
        ("TB25/039", "Questions from the public"),
    ]
    assert res.items[0].pack_pages is None and res.items[0].paper == "Enc 4"
    assert res.items[1].exempt


def test_appendix_lines_with_their_own_ranges_widen_the_item() -> None:
    res = parse(
        [
            line("4 Budget Monitoring Report – Quarter 3 (Pages 7 - 18)"),
            line("Appendix A – Capital Programme (Pages 19 - 24)", 100),
            line("Appendix B – Reserves Position (Pages 25 - 28)", 100),
            line("5 Fees and Charges 2025/26 (Pages 29 - 33)"),
        ]
    )
    assert [(i.number, i.title, i.pack_pages) for i in res.items] == [
        ("4", "Budget Monitoring Report – Quarter 3", (7, 28)),
        ("5", "Fees and Charges 2025/26", (29, 33)),
    ]


def test_stacked_item_blocks_with_a_capital_item_word() -> None:
    # Centred blocks: "ITEM 4" / title / "Report of …" / "Pages 6 - 14".
    def centred(text: str, bold: bool = False) -> list[Cell]:
        width = pymupdf.get_text_length(text, fontname="hebo" if bold else "helv", fontsize=10)
        return line(text, 297.5 - width / 2, bold)

    res = parse(
        [
            centred("AGENDA", True),
            10,
            centred("ITEM 1", True),
            centred("APOLOGIES FOR ABSENCE", True),
            10,
            centred("ITEM 4", True),
            centred("HOUSING DELIVERY TEST ACTION PLAN", True),
            centred("Report of the Head of Planning"),
            centred("Pages 6 - 14"),
            10,
            centred("ITEM 5", True),
            centred("BIODIVERSITY NET GAIN", True),
            centred("Pages 15 - 25"),
        ]
    )
    assert [(i.number, i.title, i.pack_pages) for i in res.items] == [
        ("1", "APOLOGIES FOR ABSENCE", None),
        ("4", "HOUSING DELIVERY TEST ACTION PLAN", (6, 14)),
        ("5", "BIODIVERSITY NET GAIN", (15, 25)),
    ]


def test_range_forms_vary_within_one_agenda() -> None:
    res = parse(
        [
            line("3. Minutes of the Last Meeting (Pages: 1 - 6)"),
            line("4. Finance Report [Pages 7 - 12]"),
            line("5. Allotments Update (Pages 13 and 14)"),
            line("6. Village Hall Lease Renewal (pgs 15-20)"),
            line("7. Bus Shelter Quotation (pg. 21)"),
            line("8. Neighbourhood Plan Review (Page Nos. 22 - 28)"),
            line("9. Tree Survey Results (P29-32)"),
        ]
    )
    assert [(i.title, i.pack_pages) for i in res.items] == [
        ("Minutes of the Last Meeting", (1, 6)),
        ("Finance Report", (7, 12)),
        ("Allotments Update", (13, 14)),
        ("Village Hall Lease Renewal", (15, 20)),
        ("Bus Shelter Quotation", (21, 21)),
        ("Neighbourhood Plan Review", (22, 28)),
        ("Tree Survey Results", (29, 32)),
    ]


def test_odd_numbers_and_title_starts() -> None:
    res = parse(
        [
            line("118. Budget and Precept 2025/26 (Pages 23 - 30)"),
            line("118A. Urgent Item: Flood Response Grant (Pages 31 - 33)"),
            line("119. £20m Town Deal – Business Case (Pages 34 - 40)"),
            line("120. eDemocracy and Paperless Meetings"),
            line("121. #LoveLocal Campaign Evaluation"),
            line("122. Amendments to Standing Orders 13 - 15 (Pages 41 - 44)"),
            line("123. Minutes of Committees"),
            line("123(a) Planning Committee – 12 February 2025 (Pages 45 - 50)", 84),
            line("123 (b) Licensing Committee – 19 February 2025 (Pages 51 - 54)", 84),
        ]
    )
    # "118A", an item added after 118 (not a sub-item), sits beside it.
    assert [i.number for i in res.items][:3] == ["118", "118A", "119"]
    flat_items = [(x.number, x.printed, x.title) for i in res.items for x in [i, *i.sub_items]]
    assert ("118A", None, "Urgent Item: Flood Response Grant") in flat_items
    assert ("119", None, "£20m Town Deal – Business Case") in flat_items
    assert ("120", None, "eDemocracy and Paperless Meetings") in flat_items
    assert ("121", None, "#LoveLocal Campaign Evaluation") in flat_items
    assert by_number(res, "122").title == "Amendments to Standing Orders 13 - 15"
    assert by_number(res, "122").pack_pages == (41, 44)
    committees = by_number(res, "123")
    assert [(c.number, c.pack_pages) for c in committees.sub_items] == [
        ("123(a)", (45, 50)),
        ("123 (b)", (51, 54)),
    ]


def test_welsh_page_stamp_under_the_last_item_is_not_its_range() -> None:
    res = parse(
        [
            line("6 Polisi Iaith Gymraeg (Tudalennau 35 - 41)"),
            line("7 Materion Brys"),
            700.0,  # down to the footer band
            line("Tudalen 1", 270),
        ]
    )
    assert [(i.number, i.pack_pages) for i in res.items] == [("6", (35, 41)), ("7", None)]


def test_two_column_agenda_is_read_column_by_column() -> None:
    res = parse(
        [
            line("AGENDA", 260, True),
            [cell(57, "1. Welcome and Apologies"), cell(311, "5. Growth Fund Criteria")],
            [cell(311, "(Pages 28 - 33)")],
            [cell(57, "2. Minutes and Matters Arising"), cell(311, "6. Forward Plan")],
            [cell(57, "(Pages 1 - 5)"), cell(311, "(Pages 34 - 36)")],
            [
                cell(57, "3. Schools Budget 2025/26 – Dedicated"),
                cell(311, "7. Date of Next Meeting"),
            ],
            [cell(57, "Schools Grant Settlement")],
            [cell(57, "(Pages 6 - 13)")],
            [cell(57, "4. High Needs Block Recovery Plan")],
            [cell(57, "(Pages 14 - 27)")],
        ]
    )
    assert [(i.number, i.title, i.pack_pages) for i in res.items] == [
        ("1", "Welcome and Apologies", None),
        ("2", "Minutes and Matters Arising", (1, 5)),
        ("3", "Schools Budget 2025/26 – Dedicated Schools Grant Settlement", (6, 13)),
        ("4", "High Needs Block Recovery Plan", (14, 27)),
        ("5", "Growth Fund Criteria", (28, 33)),
        ("6", "Forward Plan", (34, 36)),
        ("7", "Date of Next Meeting", None),
    ]


def test_two_columns_whose_numbers_end_in_a_typed_tab_are_read_column_by_column() -> None:
    # A company's notice in an annual report, set in two columns: each number is a span of
    # its own ending in the tab typed after it ("8.\t"), its title the next span.
    left = [
        (1, "To adopt the Annual Report and Accounts"),
        (2, "To re-elect Ms. A. Perera"),
        (3, "To re-elect Mr. B. Silva"),
    ]
    right = [
        (4, "To re-appoint the Auditors"),
        (5, "To authorise donations"),
        (6, "To amend the Articles"),
    ]
    rows = [typed_line(60, (51, "NOTICE IS HEREBY GIVEN that the meeting will be held for the"))]
    rows.append(typed_line(72, (51, "following purposes;")))
    for k, ((n, a), (m, b)) in enumerate(zip(left, right, strict=True)):
        y = 90 + 40 * k
        rows.append(typed_line(y, (51, f"{n}.\t"), (79, a), (315, f"{m}.\t"), (343, b)))
        rows.append(
            typed_line(y + 12, (79, "of the Company for the year."), (343, "for the year ending."))
        )
    page = PageLines(0, 612, 792, rows)
    items = parse_agenda([page], None).items
    assert [it.number for it in items] == ["1", "2", "3", "4", "5", "6"]
    assert items[0].title == "To adopt the Annual Report and Accounts of the Company for the year"
    assert items[3].title == "To re-appoint the Auditors for the year ending"


def test_dotted_items_under_roman_sections() -> None:
    res = parse(
        [
            line("I. OPENING BUSINESS"),
            line("1.1 Welcome and apologies", 84),
            line("1.2 Minutes of the last meeting – Enc 1", 84),
            line("II. QUALITY AND SAFETY"),
            line("2.1 Patient safety report – Enc 2", 84),
        ]
    )
    assert [(i.number, [c.number for c in i.sub_items]) for i in res.items] == [
        ("I", ["1.1", "1.2"]),
        ("II", ["2.1"]),
    ]


def test_bracketed_numbers_under_an_item_are_its_sub_items() -> None:
    res = parse(
        [
            line("6 **Notices of Motion**"),
            line("(1) Motion on Community Energy – Councillor Hale (Pages 23 - 24)", 84),
            line("(2) Motion on School Streets – Councillor Irwin (Pages 25 - 26)", 84),
            line("7 **Questions from Members**"),
        ]
    )
    six = by_number(res, "6(1)")
    assert (six.printed, six.title, six.pack_pages) == (
        "(1)",
        "Motion on Community Energy – Councillor Hale",
        (23, 24),
    )
    assert [i.number for i in res.items] == ["6", "7"]
    assert [c.number for c in res.items[0].sub_items] == ["6(1)", "6(2)"]


def test_page_cell_set_close_to_a_wrapping_subject_cell() -> None:
    # Word table with narrow columns: the page cell sits a space away from the subject text.
    res = parse(
        [
            [cell(57, "5"), cell(150, "Revenue Budget and Council"), cell(290, "7 to 12")],
            [cell(150, "Precepts 2026/27")],
            [cell(57, "7.2"), cell(150, "Human Resources Committee -"), cell(300, "23 to 26")],
            [cell(150, "15 January 2026")],
        ]
    )
    assert [(i.number, i.title, i.pack_pages) for i in res.items] == [
        ("5", "Revenue Budget and Council Precepts 2026/27", (7, 12)),
        ("7.2", "Human Resources Committee – 15 January 2026", (23, 26)),
    ]


def test_time_a_space_from_the_title_and_a_centred_number_beside_its_purpose_word() -> None:
    res = parse(
        [
            [cell(57, "Ref", True), cell(119, "Agenda item", True), cell(400, "Purpose", True)],
            [cell(57, "1.4"), cell(119, "09:40 Action log and matters arising"), cell(400, "Note")],
            4.0,  # cell padding
            [cell(119, "Minutes of the meeting held on 10")],
            [cell(57, "3"), cell(400, "Approve"), cell(460, "Enc. B")],
            [cell(119, "December 2025")],
        ],
        "09:30",
    )
    assert [(i.number, i.title, i.time) for i in res.items] == [
        ("1.4", "Action log and matters arising", "09:40"),
        ("3", "Minutes of the meeting held on 10 December 2025", None),
    ]
    assert res.items[1].paper == "Enc. B"


def test_worded_numbers_centred_beside_a_two_line_cell() -> None:
    # Borderless table, vertically centred: "Item 3" sits on the cell's second line.
    res = parse(
        [
            [cell(57, "Item 1"), cell(119, "Apologies for Absence")],
            4.0,
            [cell(119, "Minutes - to receive for approval the minutes of the meeting held on")],
            [cell(57, "Item 2"), cell(468, "3 - 5")],
            [cell(119, "15 January 2026")],
            4.0,
            [cell(119, "Declarations of Interest - to receive declarations of personal and")],
            [cell(57, "Item 3"), cell(119, "prejudicial interest in accordance with the Code")],
        ]
    )
    assert [(i.number, i.title, i.pack_pages) for i in res.items] == [
        ("1", "Apologies for Absence", None),
        ("2", "Minutes", (3, 5)),
        ("3", "Declarations of Interest", None),
    ]


def test_roman_sub_label_alone_in_its_cell_and_bold_titles_after_item_codes() -> None:
    res = parse(
        [
            [cell(57, "Item 4 Financial matters"), cell(450, "Pages 3-10")],
            [cell(85, "i."), cell(110, "Payments schedule"), cell(450, "Pages 3-4")],
            [cell(85, "ii. Budget monitoring to 28 February"), cell(450, "Pages 5-9")],
            [cell(57, "ICB/26/040"), cell(142, "**Welcome, apologies and declarations of**")],
            [cell(142, "**interest**")],
        ]
    )
    four = by_number(res, "4")
    assert [(c.printed, c.title) for c in four.sub_items] == [
        ("i", "Payments schedule"),
        ("ii", "Budget monitoring to 28 February"),
    ]
    assert res.items[-1].title == "Welcome, apologies and declarations of interest"


def test_capital_title_then_dash_purpose_and_a_range_wrapped_after_its_first_page() -> None:
    res = parse(
        [
            line("2. **DECLARATIONS OF INTEREST – Members to declare any interests in items on**"),
            line("**the agenda.**", 92),
            line("4. Review of the Statement of Licensing Policy under the Licensing Act - Draft"),
            line("Consultation (Pages 7", 75),
            line("- 12)", 75),
        ]
    )
    two, four = res.items
    assert (two.title, two.purpose) == (
        "DECLARATIONS OF INTEREST",
        "Members to declare any interests in items on the agenda.",
    )
    assert (four.title, four.pack_pages) == (
        "Review of the Statement of Licensing Policy under the Licensing Act - Draft Consultation",
        (7, 12),
    )


def test_page_cell_beside_the_second_line_of_a_centred_subject() -> None:
    res = parse(
        [
            [cell(57, "4"), cell(223, "Minutes of the Authority")],
            [cell(223, "Meeting held on 8 December"), cell(357, "3 to 6")],
            [cell(223, "2025")],
            6.0,
            [cell(57, "5"), cell(223, "Revenue Budget 2026/27"), cell(389, "7 to 12")],
        ]
    )
    assert [(i.title, i.pack_pages) for i in res.items] == [
        ("Minutes of the Authority Meeting held on 8 December 2025", (3, 6)),
        ("Revenue Budget 2026/27", (7, 12)),
    ]


def test_one_stray_range_does_not_make_every_other_item_want_one() -> None:
    """An agenda that prints no ranges, where one line reads like one (a file number "21-233"
    under item 7), warns about nothing: ranges are not this agenda's habit."""
    rows: list[Any] = []
    for n in range(1, 11):
        rows += [line(f"{n} Council business number {n}"), 10]
    rows[12] = line("7 Council business number 7 21 - 233")
    res = parse(rows)
    assert len(res.items) == 10
    assert not [w for w in res.warnings if "has no page range" in w], res.warnings


def test_numbers_typed_without_a_space_before_the_title() -> None:
    res = parse(
        [
            line("Agenda:", 54, True),
            line("1.Minute of the Annual General Meeting of 20 June 2025", 54),
            line("2.Matters arising", 54),
            line("3.Chairperson's Report", 54),
            line("4. AOCB", 54),
        ]
    )
    assert [(i.number, i.title) for i in res.items] == [
        ("1", "Minute of the Annual General Meeting of 20 June 2025"),
        ("2", "Matters arising"),
        ("3", "Chairperson's Report"),
        ("4", "AOCB"),
    ]


def test_a_page_cell_printing_the_items_own_number_does_not_stop_its_title() -> None:
    # "3. Minutes … <tab> 3": the page cell reads like the number's span; the title wraps on.
    res = parse(
        [
            line("Audit Committee", 95, True),
            [cell(95, "2. Apologies for absence")],
            [
                cell(95, "3. Minutes of the meeting held on 24 September and notes of"),
                cell(480, "3"),
            ],
            line("the joint session with the Finance Committee held on 24", 130),
            line("September 2025", 130),
            [cell(95, "4. Annual complaints report"), cell(480, "9")],
        ]
    )
    third = by_number(res, "3")
    assert third.title == (
        "Minutes of the meeting held on 24 September and notes of the joint session with the"
        " Finance Committee held on 24 September 2025"
    )
    assert third.pack_pages == (3, 3)


def test_numbers_whose_titles_a_scans_text_layer_misread_fill_the_gap() -> None:
    """A city's scanned packet with a poor text layer: "2 second Reading ordinance …" and
    "4 +/- Resolution No. …" start like no title, and "g." stands for an 8, but their numbers
    sit in the main column between 1 and 3, 3 and 5, 7 and 9."""
    res = parse(
        [
            line("1 Second Reading Ordinance No. O2603-12 rezoning the Holland property", 66),
            line("(Councilman Alexander)", 84),
            line("2 second Reading ordinance No. o26d3-15 approving a master plan", 66),
            line("(Councilwoman Hayes)", 84),
            line("3. Resolution No. R2603-30 annexing a segment of the boulevard", 66),
            line("4 +/- Resolution No. milelong R26@3-31 authorizing an assignment", 66),
            line("5. Resolution No. R2604-37 adjusting certain rates of pay", 66),
            line("6. Resolution No. R2604-38 re-appointing a board member", 66),
            line("7. Resolution No. R2604-40 approving a lease", 66),
            line("g. Resolution No. R2604-41 renewing a contract", 66),
            line("9. Resolution No. R2604-43 amending the personnel rules", 66),
            line("the 2 readings were held on 4 April and 18 April as the charter asks", 66),
        ]
    )
    assert [it.number for it in res.items] == ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
    assert res.items[1].title.startswith("second Reading ordinance No. o26d3-15")


def test_two_items_ending_with_a_full_name_in_brackets_name_their_presenters() -> None:
    rows = [
        line("AGENDA", x=280, bold=True),
        line("1.   Minutes and action points (Nina Shaw)"),
        line("2.   Revised Transparency Code (Ash Porter)"),
        line("3.   Cabinet Office Update"),
        line("4.   AOB and Close"),
    ]
    items = parse_agenda(lines_of([rows]), None).items
    assert [it.title for it in items[:2]] == [
        "Minutes and action points",
        "Revised Transparency Code",
    ]
    assert [p.name for p in items[0].people] == ["Nina Shaw"]


def test_presenters_initials_in_brackets_leave_the_title_and_acronyms_stay() -> None:
    # An advisory group's agenda names its speakers by initials; a title's own acronym,
    # spelled out by the words before it, is part of the title.
    rows = [
        line("AGENDA", x=280, bold=True),
        line("1.   History and orientation (PL, EP)"),
        line("2.   What we are here to do (HS)"),
        line("3.   Healthy Soils Program (HSP)"),
        line("4.   Introductions around the table (all)"),
        line("5.   AOB"),
    ]
    items = parse_agenda(lines_of([rows]), None).items
    assert [it.title for it in items[:4]] == [
        "History and orientation",
        "What we are here to do",
        "Healthy Soils Program (HSP)",
        "Introductions around the table",
    ]
    assert [p.name for p in items[0].people] == ["PL", "EP"]
    assert [p.name for p in items[1].people] == ["HS"]
    assert [p.name for p in items[3].people] == ["All"]


def test_a_note_in_brackets_twice_is_no_presenter() -> None:
    rows = [
        line("AGENDA", x=280, bold=True),
        line("1.   Condominium Project at 26 Elm Drive (Second Reading)"),
        line("2.   Ellis Street Development Agreement (Second Reading)"),
        line("3.   Adjournment"),
    ]
    items = parse_agenda(lines_of([rows]), None).items
    assert items[0].title == "Condominium Project at 26 Elm Drive (Second Reading)"


def test_an_agenda_printed_twice_lists_each_item_once() -> None:
    """A library board's scanned packet prints the agenda on its first page and again, with
    lettered sub-items, on the next; recognition lost item 4 from the second printing."""
    summary = [
        line("AGENDA", x=280, bold=True),
        line("1.   Call to order"),
        line("2.   Roll call"),
        line("3.   Approval of the agenda"),
        line("4.   Correspondence"),
        line("5.   Consent agenda"),
        line("6.   Trustee comments"),
    ]
    annotated = [
        40,
        line("AGENDA", x=280, bold=True),
        line("1.   Call to order"),
        line("2.   Roll call"),
        line("3.   Approval of the agenda"),
        line("5.   Consent agenda"),
        line("a.   Approve the minutes of the March meeting", x=100),
        line("b.   Receive the financial report for February", x=100),
        line("6.   Trustee comments"),
    ]
    items = parse(summary, None, annotated).items
    assert [it.number for it in items] == ["1", "2", "3", "4", "5", "6"]
    assert [c.number for c in items[4].children] == ["5a", "5b"]


def test_a_closed_session_numbered_from_one_is_no_second_printing() -> None:
    rows = [
        line("1.   Call to order"),
        line("2.   Approval of the minutes"),
        line("3.   Budget report"),
        line("CLOSED SESSION", bold=True),
        line("1.   Personnel matter"),
        line("2.   Property negotiation"),
        line("3.   Litigation update"),
    ]
    items = parse(rows).items
    assert [it.title for it in items][-3:] == [
        "Personnel matter",
        "Property negotiation",
        "Litigation update",
    ]


def test_two_sessions_with_the_same_headings_on_other_business_are_both_kept() -> None:
    session = [
        line("1.   CALL TO ORDER"),
        line("2.   ROLL CALL"),
        line("3.   STUDY SESSION"),
    ]
    part_one = [line("STUDY SESSION, PART I", x=220, bold=True), *session]
    part_two = [line("STUDY SESSION, PART II", x=220, bold=True), *session]
    items = parse(
        [
            *part_one,
            line("3.1  Bus Rapid Transit Project", x=100),
            *part_two,
            line("3.1  Downtown Parking Strategy", x=100),
        ]
    ).items
    assert [c.title for it in items for c in it.children] == [
        "Bus Rapid Transit Project",
        "Downtown Parking Strategy",
    ]


def test_a_title_wrapped_onto_a_line_ending_in_agenda_runs_on() -> None:
    rows = [
        line("AGENDA", x=280, bold=True),
        [cell(72, "4"), cell(108, "Open Forum")],
        [
            cell(72, "5"),
            cell(108, "Review & Approve 1/6/15 Statutory, Organizational & Regular County"),
        ],
        line("Board Meeting Agenda", x=108),
        [cell(72, "6"), cell(108, "Approve Consent Agenda")],
    ]
    items = parse(rows).items
    assert [it.title for it in items] == [
        "Open Forum",
        "Review & Approve 1/6/15 Statutory, Organizational & Regular County Board Meeting Agenda",
        "Approve Consent Agenda",
    ]


def test_a_mark_before_a_title_is_no_part_of_it_and_hides_no_item() -> None:
    """ "6. *Conference with Legal Counsel": the asterisk marks a late addition (or a footnote).
    A California city's closed session lost that item; here it kept the mark in its title."""
    from boardprep.core.engine.pages.textlayer import page_lines

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 100), "CLOSED SESSION", fontname="hebo", fontsize=12)
    for y, number, title in [
        (130, "5.", "Conference with Labor Negotiators pursuant to Government Code 54957.6"),
        (160, "6.", "*Conference with Legal Counsel - Liability Claim pursuant to Code 54956"),
        (190, "7.", "Public Employee Performance Evaluation - City Administrator"),
    ]:
        page.insert_text((108, y), number, fontsize=12)
        page.insert_text((144, y), title, fontsize=12)
    page.insert_text((72, 230), "ADJOURNMENT", fontsize=12)
    items = parse_agenda([page_lines(page)], None).items
    flat = [(c.number, c.title) for it in items for c in [it, *it.sub_items]]
    assert ("6", "Conference with Legal Counsel - Liability Claim pursuant to Code 54956") in flat
    assert [n for n, _t in flat if n in ("5", "6", "7")] == ["5", "6", "7"]


def test_an_item_numbered_3a_before_item_3_is_an_item_of_its_own() -> None:
    """ "3a." printed before "3." (a council's certification of its election, taken before
    the new members are sworn in) was read as a lower-case label ("ii.") under item 2."""
    from boardprep.core.engine.pages.textlayer import page_lines

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    rows = [
        ("1.", "Presentation to the Mayor"),
        ("2.", "Remarks by invited guests"),
        ("3a.", "Consideration and possible action to certify the election results"),
        ("3.", "Swearing in of newly elected members"),
        ("4.", "Council Reorganization"),
        ("4a.", "Selection of Mayor"),
    ]
    for k, (number, title) in enumerate(rows):
        page.insert_text((72, 100 + 30 * k), number, fontsize=11)
        page.insert_text((110, 100 + 30 * k), title, fontsize=11)
    items = parse_agenda([page_lines(page)], None).items
    assert [(it.number, [c.number for c in it.sub_items]) for it in items] == [
        ("1", []),
        ("2", []),
        ("3a", []),
        ("3", []),
        ("4", ["4a"]),
    ]


def test_the_masthead_printed_again_on_page_two_is_no_purpose() -> None:
    # Each agenda page repeats the masthead, its third line below the running-head band: it
    # was read as the purpose of the item ending page one.
    masthead: list[Row] = [
        line("Township of Ashby", 200, True),
        line("Council Agenda", 200, True),
        14,
        line("Special Council (Budget) Meeting", 200, True),
        14,
        line("Date: Monday, February 2, 2026", 200),
        line("Time: 6:00 p.m.", 200),
        30,
    ]
    res = parse(
        [
            *masthead,
            line("6. ITEMS FOR CONSIDERATION", bold=True),
            line("6.1 Report No. FIN-03-2026: Draft Capital Forecast"),
            line("6.2 Presentation from the Chief Administrative Officer on department plans"),
        ],
        None,
        [*masthead, line("6.3 Report No. FIN-04-2026: 2026 Budget"), line("7. ADJOURNMENT")],
    )
    assert by_number(res, "6.2").purpose is None
    assert numbers(res.items) == ["6", "7"]
    assert [c.number for c in by_number(res, "6").sub_items] == ["6.1", "6.2", "6.3"]


def test_a_webinars_talks_led_by_their_speakers_names_are_titled_by_the_talk() -> None:
    """A research network's webinar: each talk printed as "Speaker Name: Title of the talk",
    another speaker each time. The name is who presents; a label that repeats ("Panel: …")
    or a single "Ann Lee: …" is left as printed."""
    rows = [
        line("Island Pest Action Group – Webinar 3", bold=True),
        line("Tuesday 9 March 2026, 10:00"),
        line("AGENDA", bold=True),
        line("1. Welcome and overview"),
        line("2. Mere Tane: Trapping results from the northern plots"),
        line("3. Joe Vaka: Pheromone lures in young plantations"),
        line("4. Lina Soro: Review of biological control options"),
        line("5. Questions and close"),
    ]
    items = parse_agenda(lines_of([rows]), None).items
    assert [it.title for it in items] == [
        "Welcome and overview",
        "Trapping results from the northern plots",
        "Pheromone lures in young plantations",
        "Review of biological control options",
        "Questions and close",
    ]
    assert [p.name for p in items[2].people] == ["Joe Vaka"]
    one = parse_agenda(lines_of([[*rows[:4], line("2. Ann Lee: Trapping results")]]), None)
    assert one.items[1].title == "Ann Lee: Trapping results"
