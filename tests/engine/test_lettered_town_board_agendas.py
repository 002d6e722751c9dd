"""A town board's agenda lettered "A)", "B)" with numbered items "1)", "2)" under the letters,
rebuilt with fictional wording.

First seen on a Colorado town's board of trustees agenda (round 29): the letters are plain
Title Case ("C) Announcements"), not capital section headings, so the numbered "1)" lines under
them were dropped as text, and "a)", "b)" under "2) License Renewals:" were hung on the letter.
Each title ends "- *Town Clerk Vetter*": the presenter, set apart in italics after a dash.
The town's rules of procedure follow the agenda; a line of them that carries on a sentence
("Consent Agenda or placed later on the agenda …") was taken for the heading of the Consent
Agenda's paper.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.analysis import analyze
from boardprep.core.engine.pages.textlayer import page_lines
from boardprep.core.model import walk_items

_SIZE = 12


def _line(page: pymupdf.Page, x: float, y: float, text: str, tail: str = "") -> None:
    """``text`` upright, then ``tail`` in italics on the same baseline (" - *Clerk Vetter*")."""
    page.insert_text((x, y), text, fontname="tiro", fontsize=_SIZE)
    if tail:
        at = x + pymupdf.get_text_length(text, fontname="tiro", fontsize=_SIZE)
        page.insert_text((at, y), tail, fontname="tiit", fontsize=_SIZE)


def _agenda() -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    for y, text in [(60, "Town of Harlow"), (74, "Tuesday, May 12, 2026 6:30 PM")]:
        page.insert_text((230, y), text, fontname="tibo", fontsize=11)
    rows: list[tuple[float, str, str, str]] = [
        (75, "A)", "Roll Call", ""),
        (75, "B)", "Announcements", ""),
        (98, "1)", "Proclamation - May is Bike Month", ""),
        (75, "C)", "Consent Agenda", ""),
        (98, "1)", "Minutes of the April 28, 2026 Regular Meeting", ""),
        (98, "2)", "License Renewals:", ""),
        (128, "a)", "Harlow Grocery Liquor License Renewal", ""),
        (128, "b)", "Mesa Cafe Liquor License Renewal", ""),
        (98, "3)", "May 12, 2026 Disbursements", ""),
        (75, "D)", "Actions & Presentations", ""),
        (98, "1)", "Selection of Mayor Pro-Tem - ", "Board of Trustees"),
        (98, "2)", "Consideration of Resolution 06-2026 Signatories - ", "Town Clerk Vetter"),
        (98, "3)", "Review of the Camera Ordinance - ", "Tabled from April 28, 2026"),
        (98, "4)", "Budget Monitoring - ", "Paper TB(4)3"),
        (98, "5)", "Special Event Permits - ", "None"),
        (98, "6)", "Fee Schedule Review - ", "Mayor Smith"),
        (75, "E)", "Adjournment", ""),
    ]
    y = 130.0
    for x, number, title, tail in rows:
        page.insert_text((x, y), number, fontname="tiro", fontsize=_SIZE)
        _line(page, x + 24, y, title, tail)
        y += 22
    return page


def _tree(items: list) -> list:
    return [(it.label, it.title, _tree(it.children)) for it in items]


def test_numbered_items_nest_under_plain_lettered_items() -> None:
    items = parse_agenda([page_lines(_agenda())], None).items
    assert [(label, title) for label, title, _kids in _tree(items)] == [
        ("A", "Roll Call"),
        ("B", "Announcements"),
        ("C", "Consent Agenda"),
        ("D", "Actions & Presentations"),
        ("E", "Adjournment"),
    ]
    consent = _tree(items)[2][2]
    assert [(label, title) for label, title, _kids in consent] == [
        ("1)", "Minutes of the April 28, 2026 Regular Meeting"),
        ("2)", "License Renewals"),
        ("3)", "May 12, 2026 Disbursements"),
    ]
    # "a)", "b)" are indented under "2) License Renewals:", not the letter's own list.
    assert [(label, title) for label, title, _kids in consent[1][2]] == [
        ("a)", "Harlow Grocery Liquor License Renewal"),
        ("b)", "Mesa Cafe Liquor License Renewal"),
    ]
    assert [title for _label, title, _kids in _tree(items)[1][2]] == [
        "Proclamation - May is Bike Month"
    ]


def test_an_italic_tail_after_a_dash_is_the_presenter_not_the_title() -> None:
    items = parse_agenda([page_lines(_agenda())], None).items
    actions = items[3].children
    assert [c.title for c in actions] == [
        "Selection of Mayor Pro-Tem",
        "Consideration of Resolution 06-2026 Signatories",
        "Review of the Camera Ordinance",
        "Budget Monitoring",  # the paper's code in italics is its paper, read as such
        "Special Event Permits - None",  # what the agenda says about the item
        "Fee Schedule Review",
    ]
    assert [[p.name for p in c.people] for c in actions] == [
        ["Board of Trustees"],
        ["Town Clerk Vetter"],
        [],  # what became of the item is a note on it, not a person
        [],
        [],
        ["Smith"],
    ]
    # Read as a dash's presenter is: the office apart from the name.
    assert (actions[5].people[0].role, actions[5].people[0].name) == ("Mayor", "Smith")
    assert actions[3].paper == "Paper TB(4)3"
    assert actions[2].purpose == "Tabled from April 28, 2026"
    # An upright " - " inside a title stays: "Proclamation - May is Bike Month".
    assert items[1].children[0].people == []


RULES = [
    "Section 4. Routine Business. Items of routine business are placed together on the",
    "agenda and approved in one motion, unless a member asks that an item be removed",
]
RULES_NEXT = [
    "for discussion or a vote by the Board. An item removed from the Consent Agenda is then",
    "discussed and acted on separately either immediately following the consideration of the",
    "Consent Agenda or placed later on the agenda, at the discretion of the Board.",
    "Section 5. Executive Session. An executive session may be called at a regular meeting.",
]


def test_a_sentence_carried_onto_a_page_is_no_heading_of_an_items_paper(tmp_path: Path) -> None:
    # The town's rules of procedure follow the agenda; a page of them carries on a sentence
    # whose third line opens "Consent Agenda or placed later …": prose, not the heading of
    # the Consent Agenda's paper.
    doc = pymupdf.open()
    doc.insert_pdf(_agenda().parent)
    for lines in (
        ["Rules of Procedure", "As adopted by Resolution No. 2017-10", *RULES],
        RULES_NEXT,
    ):
        page = doc.new_page(width=612, height=792)
        for k, text in enumerate(lines):
            page.insert_text((72, 72 + 16 * k), text, fontname="tiro", fontsize=11)
    path = tmp_path / "packet.pdf"
    doc.save(path)
    tree = analyze(path, data_dir=tmp_path, use_cache=False)
    consent = tree.items[2]
    assert consent.title == "Consent Agenda"
    assert [(it.title, it.pdf_pages) for it in walk_items([consent]) if it.pdf_pages] == []
