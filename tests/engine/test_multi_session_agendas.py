"""A city council's agenda of several sessions in one file, rebuilt with fictional wording.

First seen on a Californian city's Legistar agenda: a two-column roster under the masthead
("R. Michael Kasperzak, Jr., Councilmember <tab> Leonard M. Siegel, Councilmember") was read
as item "R", and three sessions ("4:30 P.M.-STUDY SESSION", "6:30 P.M.-SPECIAL SESSION",
"IMMEDIATELY FOLLOWING … - CLOSED SESSION"), each numbered from 1, kept only the last.
"""

from __future__ import annotations

import pymupdf

from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.pages.textlayer import page_lines
from tests.engine.agenda_pdfkit import cell, lines_of

LINES = [
    "CITY OF ELM RIDGE\tTUESDAY, APRIL 7, 2026 - 4:30 PM",
    "Ada B. Lin, Councilmember\tKen S. Ross, Vice Mayor",
    "R. Tomas Vega, Jr., Councilmember\tLeo M. Park, Councilmember",
    "4:30 P.M.-STUDY SESSION (TO BE HELD IN THE PLAZA ROOM)",
    "1. CALL TO ORDER",
    "2. ROLL CALL",
    "3. STUDY SESSION",
    "6:30 P.M.-SPECIAL SESSION (TO BE HELD IN THE COUNCIL CHAMBERS)",
    "1. CALL TO ORDER/PLEDGE OF ALLEGIANCE",
    "2. ROLL CALL",
    "3. CONSENT CALENDAR",
    "4. PUBLIC HEARING",
    "IMMEDIATELY FOLLOWING THE SPECIAL SESSION - CLOSED SESSION",
    "1. CLOSED SESSION ANNOUNCEMENT",
    "2. CLOSED SESSION REPORT",
    "3. ADJOURNMENT",
]


def test_each_session_keeps_its_items_and_the_roster_is_no_item() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    for k, line in enumerate(LINES):
        for c, text in enumerate(line.split("\t")):
            page.insert_text((55 + 300 * c, 60 + 18 * k), text, fontsize=10)
    items = parse_agenda([page_lines(page)], None).items
    assert [(it.number, it.title) for it in items] == [
        ("1", "CALL TO ORDER"),
        ("2", "ROLL CALL"),
        ("3", "STUDY SESSION"),
        ("1", "CALL TO ORDER/PLEDGE OF ALLEGIANCE"),
        ("2", "ROLL CALL"),
        ("3", "CONSENT CALENDAR"),
        ("4", "PUBLIC HEARING"),
        ("1", "CLOSED SESSION ANNOUNCEMENT"),
        ("2", "CLOSED SESSION REPORT"),
        ("3", "ADJOURNMENT"),
    ]


def test_a_sessions_quoted_name_under_its_number_is_part_of_its_title() -> None:
    # A conference programme: "3. Session #1", its name in quotation marks on the next line.
    # A quoted motion under a title stays out of it.
    rows = [
        [cell(72, "Draft Agenda", True)],
        [cell(72, "1."), cell(100, "Opening and Welcome Address")],
        [cell(72, "2."), cell(100, "Session #1")],
        [cell(100, "“Sharing Flood Maps between Agencies”")],
        [cell(72, "3."), cell(100, "Motion")],
        [cell(100, "“That the society adopts the revised rules”")],
        [cell(72, "4."), cell(100, "Closing Words")],
    ]
    items = parse_agenda(lines_of([rows]), None).items
    assert [(it.number, it.title) for it in items] == [
        ("1", "Opening and Welcome Address"),
        ("2", "Session #1 “Sharing Flood Maps between Agencies”"),
        ("3", "Motion"),
        ("4", "Closing Words"),
    ]
