"""A Scottish community council's AGM agenda, rebuilt with fictional wording.

First seen on a Glasgow community council's agendas: the election of office bearers is item 8,
with a note in brackets under its title ("(Chaired by a member not standing for office)") and
the offices lettered (a) to (h) under it; the note made the letters read as a sentence's list,
so the offices were lost. The public forum's slot is printed "(∼19:30-20:00)" after its title.
"""

from __future__ import annotations

import pymupdf

from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.pages.textlayer import page_lines
from tests.engine.agenda_pdfkit import line, lines_of


def test_offices_under_a_bracketed_note_and_a_slot_on_the_24_hour_clock() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    lines = [
        (90, "", "Agenda"),
        (
            90,
            "",
            "Please note this meeting follows the presentation of the Local Place Plan at 6:30,",
        ),
        (90, "", "so any timings given below are approximate."),
        (102, "1.", "Welcome"),
        (102, "2.", "Sederunt & apologies"),
        (102, "3.", "Call for nominations for the election of Office Bearers"),
        (115, "", "(Chaired by a member not standing for any office)"),
        (119, "(a)", "Chair"),
        (119, "(b)", "Vice-chair"),
        (119, "(c)", "Treasurer"),
        (115, "", "(The newly elected Chair will take the chair)"),
        (102, "4.", "Public Open Forum (~19:30-20:00)"),
        (102, "5.", "AOCB"),
    ]
    y = 80.0
    for x, number, text in lines:
        y += 22 if text.startswith("(") and not number else 13  # a note set a little apart
        page.insert_text((x, y), f"{number} {text}".strip(), fontsize=10)
    items = parse_agenda([page_lines(page)], None).items
    assert [(it.number, it.title) for it in items[2].children] == [
        ("3a", "Chair"),
        ("3b", "Vice-chair"),
        ("3c", "Treasurer"),
    ]
    forum = items[3]
    assert (forum.title, forum.time) == ("Public Open Forum", "19:30")


def test_offices_under_a_finished_sentence_and_presenters_by_initials() -> None:
    """A cycling forum's AGM: "The current officers offer themselves for re-election." over
    "a. Chairman" … (a sentence that has ended owns no list), and later items end "- CC",
    "- MD" (presenters by initials, item after item, whatever the officers' sub-items)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    lines = [
        (90, "Agenda"),
        (90, "1. Apologies for absence"),
        (90, "2. Nomination and Election of Officers"),
        (108, "The current Chairman, Vice-chairman, Hon. Secretary and Hon. Treasurer offer"),
        (108, "themselves for re-election."),
        (126, "a. Chairman"),
        (126, "b. Vice-chairman"),
        (126, "c. Hon. Secretary"),
        (126, "d. Hon. Treasurer"),
        (126, "e. Membership Secretary"),
        (126, "f. Rides Coordinator"),
        (126, "g. Campaigns Officer"),
        (126, "h. Webmaster"),
        (90, "3. Community Cycle Centre - CC"),
        (90, "4. Infrastructure report - MD"),
        (90, "5. Cycling campaign - RI/JS"),
        (90, "6. Close"),
    ]
    for k, (x, text) in enumerate(lines):
        page.insert_text((x, 80 + 17 * k), text, fontsize=10)
    items = parse_agenda([page_lines(page)], None).items
    assert [c.title for c in items[1].children] == [
        "Chairman",
        "Vice-chairman",
        "Hon. Secretary",
        "Hon. Treasurer",
        "Membership Secretary",
        "Rides Coordinator",
        "Campaigns Officer",
        "Webmaster",
    ]
    assert [it.title for it in items[2:5]] == [
        "Community Cycle Centre",
        "Infrastructure report",
        "Cycling campaign",
    ]
    assert [p.name for p in items[4].people] == ["RI", "JS"]


def _agenda_page(rows: list[tuple[float, list[tuple[float, str]]]]) -> list[str]:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((250, 60), "AGENDA", fontname="hebo", fontsize=12)
    for y, cells in rows:
        for x, text in cells:
            page.insert_text((x, y), text, fontsize=12)
    return [i.title for i in parse_agenda([page_lines(page)], None).items]


def test_a_dash_led_line_under_a_title_is_a_point_not_more_of_the_title() -> None:
    """A residents' association's agenda: "Upcoming Events" over "- Halloween - 31 Oct" (the
    dash hung left of the title's margin) is a point; "... POLICY 6.01" over "- CONFLICT OF
    INTEREST POLICY" at the title's own margin is the title wrapped before its dash."""
    assert _agenda_page(
        [
            (100, [(112, "1"), (218, "Apologies")]),
            (130, [(112, "2"), (218, "Upcoming Events")]),
            (146, [(212, "-"), (222, "Halloween - 31 Oct")]),
            (176, [(112, "3"), (218, "Any other business")]),
        ]
    ) == ["Apologies", "Upcoming Events", "Any other business"]
    assert _agenda_page(
        [
            (100, [(112, "1"), (218, "Apologies")]),
            (130, [(112, "2"), (218, "AMENDMENT OF BOARD POLICY 6.01")]),
            (146, [(218, "- CONFLICT OF INTEREST POLICY")]),
            (176, [(112, "3"), (218, "Any other business")]),
        ]
    ) == [
        "Apologies",
        "AMENDMENT OF BOARD POLICY 6.01 - CONFLICT OF INTEREST POLICY",
        "Any other business",
    ]


def _listed_page(lines: list[tuple[float, str]]) -> list:
    return lines_of([[line(text, x) for x, text in lines]])


def test_a_one_line_list_in_lower_case_under_an_item() -> None:
    """A community council's standing agenda: "(a) matters arising" alone under the minutes,
    in lower case, where the office bearers' list below starts "(a) Chair" at the same place:
    a sub-item, not the minutes' words or nothing."""
    pages = _listed_page(
        [
            (72, "Agenda"),
            (72, "3. Sederunt and apologies"),
            (72, "4. Previous Minutes (approved by email)"),
            (108, "(a) matters arising"),
            (72, "5. Police Report"),
            (72, "6. Office Bearers reports:"),
            (108, "(a) Chair"),
            (108, "(b) Treasurer"),
            (72, "7. AOCB"),
        ]
    )
    items = parse_agenda(pages, None).items
    assert [(it.number, it.title) for it in items[1].children] == [("4a", "matters arising")]
    assert items[1].title == "Previous Minutes (approved by email)"
    assert [it.number for it in items] == ["3", "4", "5", "6", "7"]


def test_a_lower_case_note_under_an_item_stays_its_text_without_a_list_beside_it() -> None:
    """With no other "(a)" list on the page, a lower-case "(a) …" line stays the item's text."""
    pages = _listed_page(
        [
            (72, "Agenda"),
            (72, "4. Previous Minutes"),
            (108, "(a) to be signed by the chair"),
            (72, "5. Police Report"),
        ]
    )
    items = parse_agenda(pages, None).items
    assert [it.number for it in items] == ["4", "5"]
    assert not items[0].children


def test_a_number_typed_twice_is_two_items() -> None:
    """A residents' association typed "13." twice ("Proposed Solar Farm", "What to spend funds
    on") before "14.": both are items; neither is lost in the other's title."""
    pages = _listed_page(
        [
            (72, "Agenda"),
            (72, "12. Litter issues"),
            (72, "13. Proposed Solar Farm"),
            (72, "13. What to spend funds on"),
            (72, "14. Dates for Next Meetings"),
        ]
    )
    items = parse_agenda(pages, None).items
    assert [(it.number, it.title) for it in items] == [
        ("12", "Litter issues"),
        ("13", "Proposed Solar Farm"),
        ("13", "What to spend funds on"),
        ("14", "Dates for Next Meetings"),
    ]


def test_a_heading_printed_again_with_its_number_is_not_a_new_item() -> None:
    """The same number over the same words (a heading repeated) is no second item."""
    pages = _listed_page(
        [
            (72, "Agenda"),
            (72, "12. Litter issues"),
            (72, "13. Planning applications"),
            (72, "13. Planning applications (continued)"),
            (72, "14. Dates for Next Meetings"),
        ]
    )
    items = parse_agenda(pages, None).items
    assert [it.number for it in items].count("13") == 1


def test_a_number_again_after_the_close_or_over_an_earlier_title_is_no_new_item() -> None:
    """After "13. Meeting closes" a second language's "13. Other business" list runs on; and
    "7. Planning" printed again after "7. Finance" repeats an earlier item: neither is the
    numbering's slip."""
    closing = _listed_page(
        [
            (72, "Agenda"),
            (72, "12. Other matters"),
            (72, "13. Meeting closes"),
            (72, "13. Other business again"),
            (72, "14. End"),
        ]
    )
    assert [it.number for it in parse_agenda(closing, None).items].count("13") == 1
    repeated = _listed_page(
        [
            (72, "Agenda"),
            (72, "5. Planning applications"),
            (72, "6. Finance report"),
            (72, "6. Planning applications"),
            (72, "7. Any other business"),
        ]
    )
    assert [it.number for it in parse_agenda(repeated, None).items].count("6") == 1
