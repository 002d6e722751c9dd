"""A New England town meeting's warrant, rebuilt with fictional wording: no AGENDA heading,
the constable is told to warn the inhabitants "to act on the following articles", then
"ARTICLE 1:" to "ARTICLE N:" in bold, each with its text; consent articles lettered in bold
under one article; a bylaw quoted in full under another, with its own plain "A.", "(1)"."""

from __future__ import annotations

from boardprep.core.engine.agenda.find import find_agenda
from boardprep.core.engine.agenda.parse import parse_agenda
from tests.engine.agenda_pdfkit import build_doc, cell, line, lines_of

_INTRO = [
    line("Commonwealth of Massachusetts,"),
    line("County of Essex, ss"),
    line("Greeting:"),
    line("You are hereby required to warn the inhabitants of Saltmarsh to meet at the High"),
    line("School on Monday, the fourth day of May next A. D. 2026 at 7:00 o'clock in the"),
    line("afternoon to act on the following articles in the Warrant for said meeting as follows:"),
    6.0,
]


def _article(n: int, title: str, text: str) -> list:
    return [[cell(72, f"ARTICLE {n}:", True), cell(140, title, True)], line(text), 6.0]


def test_articles_of_a_warrant_are_the_items_and_quoted_bylaws_are_their_text() -> None:
    page1 = [
        *_INTRO,
        *_article(1, "Articles in Numerical Order", "To see if the Town will take them in order."),
        *_article(2, "Consent Articles", "To see if the Town will approve these articles:"),
        [cell(72, "a.", True), cell(90, "Assume Liability", True)],
        line("That the Town will assume liability for works on its harbour."),
        [cell(72, "b.", True), cell(90, "Accept Trust Property", True)],
        line("That the Town will accept certain gifts of trust property."),
        6.0,
        *_article(3, "Amend Zoning Bylaw - Cottage Overlay", "To add a new section, as follows:"),
        line("A. Purpose. The purposes of the Cottage Overlay District are:"),
        line("(1) To allow small homes near the harbour; and", x=90),
        line("(2) To keep the look of the old town.", x=90),
        line("B. Scope and authority. The district lies over the underlying districts."),
        6.0,
    ]
    page2 = [
        *_article(4, "Unpaid Accounts", "To see if the Town will pay last year's bills."),
        *_article(5, "Stormwater Construction", "To see what sum the Town will raise for drains."),
    ]
    pages, _read = find_agenda(build_doc([page1, page2]))
    assert pages == [0, 1]
    items = parse_agenda(lines_of([page1, page2]), None).items
    tree = [(it.number, it.title, [c.title for c in it.sub_items]) for it in items]
    assert tree == [
        ("1", "Articles in Numerical Order", []),
        ("2", "Consent Articles", ["Assume Liability", "Accept Trust Property"]),
        ("3", "Amend Zoning Bylaw - Cottage Overlay", []),
        ("4", "Unpaid Accounts", []),
        ("5", "Stormwater Construction", []),
    ]
