"""Detailed agendas printed as labelled blocks (one per item, no agenda list), as BoardDocs does."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.agenda.blocks import items_from_blocks
from boardprep.core.engine.analysis import analyze

BLOCKS = [
    ("A. Opening Items", "1. Call to Order"),
    ("A. Opening Items", "2. Land Acknowledgement"),
    ("B. Closed Session", "1. Conference with Legal Counsel"),
    ("C. Consent Calendar", "1. -- General Consent Items --"),
    ("C. Consent Calendar", "4. Approval of Field Trip for Marsh Valley High School"),
]


def _pack(path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 60
    page.insert_text((50, y), "Tuesday, March 3, 2026 Regular Meeting", fontsize=12)
    page.insert_text((50, y + 20), "Open Session Begins at 6:30 p.m.", fontsize=10)
    y += 60
    for category, subject in BLOCKS:
        if y > 600:
            page, y = doc.new_page(), 60
        for label, value in (
            ("Subject :", subject),
            ("Meeting :", "Mar 3, 2026 - Regular"),
            ("Category :", category),
            ("Type :", "Action"),
        ):
            page.insert_text((50, y), label, fontsize=9)
            page.insert_text((50, y + 11), value, fontsize=9)
            y += 26
        page.insert_text((50, y), "Public Content", fontsize=9)
        page.insert_text((50, y + 11), "Background text about the item for the board.", fontsize=9)
        y += 40
    if y > 600:
        page, y = doc.new_page(), 60
    page.insert_text((50, y + 20), "D. Adjournment", fontsize=16)
    doc.save(path)


def test_blocks_become_sections_and_items(tmp_path: Path) -> None:
    _pack(tmp_path / "detailed.pdf")
    tree = analyze(tmp_path / "detailed.pdf", data_dir=tmp_path, use_cache=False)
    got = [
        (it.number, it.title, it.exempt, [(c.label, c.title) for c in it.sub_items])
        for it in tree.items
    ]
    assert got == [
        ("A", "Opening Items", False, [("1", "Call to Order"), ("2", "Land Acknowledgement")]),
        ("B", "Closed Session", True, [("1", "Conference with Legal Counsel")]),
        (
            "C",
            "Consent Calendar",
            False,
            [
                ("1", "-- General Consent Items --"),
                ("4", "Approval of Field Trip for Marsh Valley High School"),
            ],
        ),
        ("D", "Adjournment", False, []),
    ]
    assert {c.number for it in tree.items for c in it.sub_items} >= {"A1", "B1", "C4"}
    assert tree.meeting.date == "2026-03-03" and tree.meeting.time == "18:30"


def test_ordinary_text_is_no_block_agenda() -> None:
    page = [
        "Subject: Budget monitoring",
        "The committee is asked to note the report.",
        "Category: finance",
        "Subject: Capital programme",
    ]
    assert items_from_blocks([page]) is None


def test_section_headings_over_blocks_are_their_categories() -> None:
    """Simbli (a California school district's board): each block is printed under its
    section's heading, which may wrap, and has no "Category :" field. A section about public
    comment on closed-session items is held in public."""
    lines = []
    for section, subject in [
        (["A. OPENING CEREMONY / ROLL CALL"], "1. Roll Call"),
        (["A. OPENING CEREMONY / ROLL CALL"], "2. Adoption of the Agenda"),
        (["B. PUBLIC COMMENT PERIOD FOR CLOSED SESSION", "ITEMS ONLY"], "1. Public Comment"),
        (["C. CLOSED SESSION"], "1. Conference with Labor Negotiators"),
        (["D. BOARD MEMBER VERBAL &", "WRITTEN COMMUNICATION"], "1. Student Board Member Report"),
        (["E. PUBLIC COMMENT PERIOD - For Items Listed on the", "Agenda"], "1. Public Comment"),
    ]:
        lines += [*section, "Subject :", subject, "Meeting :", "Aug 13, 2026 - Regular"]
        lines += ["Type :", "Procedural", "Public Content", "Text about the item."]
    items = items_from_blocks([lines])
    assert items is not None
    assert [(it.number, it.title, it.exempt) for it in items] == [
        ("A", "OPENING CEREMONY / ROLL CALL", False),
        ("B", "PUBLIC COMMENT PERIOD FOR CLOSED SESSION ITEMS ONLY", False),
        ("C", "CLOSED SESSION", True),
        ("D", "BOARD MEMBER VERBAL & WRITTEN COMMUNICATION", False),
        ("E", "PUBLIC COMMENT PERIOD - For Items Listed on the Agenda", False),
    ]
    assert [c.title for c in items[0].children] == ["Roll Call", "Adoption of the Agenda"]
