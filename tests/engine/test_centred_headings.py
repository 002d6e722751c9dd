"""A Kansas city commission's agenda, rebuilt with fictional wording.

First seen on a CivicPlus agenda: the main items are centred headings ("1. CALL TO ORDER",
"7. CONSENT AGENDA"), so their numbers stand wherever each title's length puts them; the
consent agenda's lettered groups ("A. MINUTES") sit at the left margin with numbered items
indented under them. The letters were read as the main items and the headings were lost.
"""

from __future__ import annotations

import pymupdf

from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.pages.textlayer import page_lines

WIDTH = 612


def _centred(page: pymupdf.Page, y: float, text: str) -> None:
    width = pymupdf.get_text_length(text, fontsize=11)
    page.insert_text(((WIDTH - width) / 2, y), text, fontsize=11)


def _agenda_items(lines: list[tuple[float, str]], pitch: float) -> list:
    """The items of one page headed AGENDA with ``lines`` (x, text) under it."""
    doc = pymupdf.open()
    page = doc.new_page(width=WIDTH, height=792)
    _centred(page, 60, "AGENDA")
    for k, (x, text) in enumerate(lines):
        page.insert_text((x, 90 + pitch * k), text, fontsize=11)
    return parse_agenda([page_lines(page)], None).items


def test_centred_headings_are_the_items_and_the_letters_theirs() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=WIDTH, height=792)
    _centred(page, 60, "AGENDA")
    y = 90.0
    for kind, text in [
        ("c", "1. CALL TO ORDER"),
        ("c", "2. ROLL CALL AND ANNOUNCEMENT OF A QUORUM"),
        ("c", "3. PLEDGE OF ALLEGIANCE"),
        ("c", "4. PUBLIC COMMENTS"),
        ("c", "5. CONSENT AGENDA"),
        ("a", "A. MINUTES"),
        ("n", "1. Approve the minutes of the meeting held April 14, 2026."),
        ("a", "B. CLAIMS/PAYMENTS"),
        ("n", "1. Approve Claims Register No. 4001."),
        ("c", "6. GENERAL AGENDA"),
        ("a", "A. Water Treatment Plant Improvements"),
        ("c", "7. ADJOURNMENT"),
    ]:
        if kind == "c":
            _centred(page, y, text)
        else:
            page.insert_text((90 if kind == "a" else 144, y), text, fontsize=11)
        y += 24
    items = parse_agenda([page_lines(page)], None).items
    assert [(it.number, it.title) for it in items] == [
        ("1", "CALL TO ORDER"),
        ("2", "ROLL CALL AND ANNOUNCEMENT OF A QUORUM"),
        ("3", "PLEDGE OF ALLEGIANCE"),
        ("4", "PUBLIC COMMENTS"),
        ("5", "CONSENT AGENDA"),
        ("6", "GENERAL AGENDA"),
        ("7", "ADJOURNMENT"),
    ]
    consent = items[4]
    assert [c.title for c in consent.children] == ["MINUTES", "CLAIMS/PAYMENTS"]
    assert [g.title for g in consent.children[0].children] == [
        "Approve the minutes of the meeting held April 14, 2026"
    ]
    assert [c.title for c in items[5].children] == ["Water Treatment Plant Improvements"]


def test_the_steps_of_taking_an_item_are_not_its_sub_items() -> None:
    """The same commission prints under each item of general business how it is taken:
    "1. Presentation of item.", "2. Comment from the public related to the item is allowed.",
    "3. ACTION: Authorize …" (or "REQUESTED ACTION BY APPLICANT:")."""
    items = _agenda_items(
        [
            (72, "1. CALL TO ORDER"),
            (72, "2. GENERAL AGENDA"),
            (90, "A. Water Treatment Plant Improvements"),
            (144, "1. Presentation of item."),
            (144, "2. Comment from the public related to the item is allowed."),
            (144, "3. ACTION:    Authorize the Mayor to execute Amendment No. 2."),
            (90, "B. Rezoning of 1801 Anderson Avenue"),
            (144, "1. Presentation of item."),
            (144, "2. REQUESTED ACTION BY APPLICANT:    Approve first reading."),
            (72, "3. ADJOURNMENT"),
        ],
        22,
    )
    general = items[1]
    assert [c.title for c in general.children] == [
        "Water Treatment Plant Improvements",
        "Rezoning of 1801 Anderson Avenue",
    ]
    assert all(not c.children for c in general.children)


def test_a_proclamation_and_who_receives_it() -> None:
    """ "A. May 4-10, 2026, National Travel and Tourism Week. (Ana Ruiz, Director of Visit
    Elmwood, will be present to receive the proclamation.)": a title opening with a week's
    dates is an item, and who receives the proclamation is one of its people."""
    items = _agenda_items(
        [
            (72, "1. CALL TO ORDER"),
            (72, "2. PROCLAMATIONS"),
            (90, "A. May 4-10, 2026, National Travel and Tourism Week. (Ana Ruiz, Director"),
            (126, "of Visit Elmwood, will be present to receive the proclamation.)"),
            (90, "B. May 4-10, 2026, Public Service Recognition Week."),
            (72, "3. ADJOURNMENT"),
        ],
        16,
    )
    week, service = items[1].children
    assert week.title == "May 4-10, 2026, National Travel and Tourism Week"
    assert [(p.role, p.name) for p in week.people] == [("Accepting", "Ana Ruiz")]
    assert service.title == "May 4-10, 2026, Public Service Recognition Week"
