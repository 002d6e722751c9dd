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


def _numbered_pack(path: Path, blocks: list[tuple[str, str, list[str]]], after: list[str]) -> None:
    """A Pennsylvania district's BoardDocs print: subjects numbered after their category
    ("4.1 Payment of Bills"), a section printed with no blocks under it, attachments listed
    under a subject and appended after the agenda."""
    doc = pymupdf.open()
    page, y = doc.new_page(), 60
    page.insert_text((50, y), "Monday, June 8, 2026", fontsize=12)
    page.insert_text((50, y + 16), "FINANCE COMMITTEE AGENDA", fontsize=12)
    y += 50
    for category, subject, attachments in blocks:
        if category.startswith("3."):
            page.insert_text((50, y), "2. OLD BUSINESS (Discussion)", fontsize=16)
            y += 24
        lines = [
            ("Subject :", subject),
            ("Meeting :", "Jun 8, 2026 - FINANCE COMMITTEE"),
            ("Category :", category),
            ("Type :", "Information"),
        ]
        if attachments:
            lines.append(("File Attachments", ""))
            lines += [(name, "") for name in attachments]
        for label, value in lines:
            if y > 740:
                page, y = doc.new_page(), 60
            page.insert_text((50, y), label, fontsize=9)
            page.insert_text((130, y), value, fontsize=9)
            y += 14
        y += 20
    for title in after:
        paper = doc.new_page()
        paper.insert_text((50, 70), "HOLLOW CREEK SCHOOL DISTRICT", fontsize=14)
        paper.insert_text((50, 90), title, fontsize=12)
        for k in range(12):
            paper.insert_text((50, 130 + 16 * k), f"Line {k} $1,{k}00,000", fontsize=10)
    doc.save(path)


def test_subjects_numbered_after_their_category_and_a_section_with_no_blocks(
    tmp_path: Path,
) -> None:
    blocks = [
        ("1. OPENING", "1.1 Call to Order", []),
        ("1. OPENING", "1.2 Open Public Meeting Statement", []),
        ("3. AGENDA ITEMS", "3.1 2026-27 FINAL BUDGET", ["Final Budget.pdf (110 KB)"]),
        ("4. PUBLIC COMMENT", "4.1 Comments from the members of the public and staff", []),
    ]
    _numbered_pack(tmp_path / "p.pdf", blocks, ["FINAL GENERAL FUND BUDGET FOR 2026-27"] * 3)
    tree = analyze(tmp_path / "p.pdf", data_dir=tmp_path, use_cache=False)
    got = [(it.number, it.title, [(c.label, c.title) for c in it.sub_items]) for it in tree.items]
    assert got == [
        ("1", "OPENING", [("1.1", "Call to Order"), ("1.2", "Open Public Meeting Statement")]),
        ("2", "OLD BUSINESS (Discussion)", []),
        ("3", "AGENDA ITEMS", [("3.1", "2026-27 FINAL BUDGET")]),
        ("4", "PUBLIC COMMENT", [("4.1", "Comments from the members of the public and staff")]),
    ]
    # The budget files after the last block are item 3.1's papers, not more of the agenda;
    # the public's comments have none.
    assert tree.find_item("3.1").pdf_pages == (2, 4)  # type: ignore[union-attr]
    assert tree.find_item("4.1").pdf_pages is None  # type: ignore[union-attr]
    assert not any("only the front sheet" in w for w in tree.warnings)
