"""A government board's assembled pack, rebuilt with fictional wording.

First seen on a UK government board's packs (its agenda and papers published as separate files,
assembled in agenda order): the agenda is a table "Timing | Item | Lead" whose item cells carry
Word's second-level bullets (a Courier "o" glyph: the item's points, its sub-items) naming
the papers by code ("- papers XB(3)1.i, 1.ii"); each paper heads its pages with its code
("XB(3)2      DRAFT FOR DISCUSSION").
The bullets ran into the titles ("Welcome and Introductions o Agree actions …"), a lead's name
centred left of its "Lead" heading ran into the title beside it, and the codes found nothing:
the papers went to no item, or to the wrong one.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze

_SIZE = 10


def _bullet(page: pymupdf.Page, y: float, text: str) -> None:
    """Word's second-level bullet: a Courier "o" glyph, then the point in Helvetica."""
    page.insert_text((175, y), "o", fontname="cour", fontsize=_SIZE)
    page.insert_text((175 + 8, y), " " + text, fontname="helv", fontsize=_SIZE)


_Row = tuple[str, str, str, list[str], str]


def _agenda(doc: pymupdf.Document, rows: list[_Row] | None = None) -> None:
    page = doc.new_page(width=595, height=842)
    page.insert_text((220, 80), "DATA STEWARDSHIP BOARD", fontname="hebo", fontsize=12)
    page.insert_text((200, 100), "3rd Meeting, 9th March 2011, 10:00 - 11:30", fontsize=_SIZE)
    page.insert_text((272, 130), "AGENDA", fontname="hebo", fontsize=_SIZE)
    for x, head in ((89, "Timing"), (175, "Item"), (457, "Lead")):
        page.insert_text((x, 150), head, fontname="hebo", fontsize=_SIZE)
    y = 175.0
    rows = rows or [
        (
            "1",
            "10:00-10:05",
            "Welcome and Introductions",
            ["Agree actions from last meeting"],
            "Chair",
        ),
        (
            "2",
            "10:05-10:40",
            "Update on work programme",
            ["Open data releases - papers XB(3)1.i, 1.ii", "Licensing"],
            "Ruth Okafor",
        ),
        ("3", "10:40-11:25", "Privacy review: health", ["Progress report"], "Health Office"),
        ("4", "11:25-11:30", "AOB", [], "Chair"),
    ]
    for number, slot, title, points, lead in rows:
        page.insert_text((71, y), number, fontname="hebo", fontsize=_SIZE)
        page.insert_text((89, y), slot, fontsize=_SIZE)
        page.insert_text((175, y), title, fontsize=_SIZE)
        page.insert_text((431, y), lead, fontsize=_SIZE)  # centred under "Lead", left of it
        for point in points:
            y += 14
            _bullet(page, y, point)
        y += 28


def _paper(doc: pymupdf.Document, code: str, title: str, pages: int) -> None:
    for k in range(pages):
        page = doc.new_page(width=595, height=842)
        page.insert_text((60, 40), f"{code}      DRAFT FOR DISCUSSION", fontsize=9)
        if k == 0:
            page.insert_text((60, 100), title, fontname="hebo", fontsize=14)
        for j in range(12):
            page.insert_text((60, 140 + 16 * j), f"Fictional paper text, line {j}.", fontsize=_SIZE)


def _pack(path: Path) -> Path:
    doc = pymupdf.open()
    _agenda(doc)
    _paper(doc, "XB(3)1.i", "Open data releases this quarter", 2)
    _paper(doc, "XB(3)1.ii", "Release calendar", 1)
    _paper(doc, "XB(3)3", "Health privacy review: progress", 3)
    doc.save(path)
    return path


def test_bullets_leads_and_paper_codes(tmp_path: Path) -> None:
    tree = analyze(_pack(tmp_path / "pack.pdf"), data_dir=tmp_path, use_cache=False)
    assert [(it.label, it.title) for it in tree.items] == [
        ("1", "Welcome and Introductions"),
        ("2", "Update on work programme"),
        ("3", "Privacy review: health"),
        ("4", "AOB"),
    ]
    assert [p.name for p in tree.items[2].people] == ["Health Office"]
    # The bullets are the items' points (sub-items), their codes taken off as their papers.
    assert [c.title for c in tree.items[1].children] == ["Open data releases", "Licensing"]
    assert tree.items[1].children[0].paper == "papers XB(3)1.i, 1.ii"
    # The papers a point names by code are its own, both of them; the item spans them.
    assert tree.items[1].pdf_pages == (2, 4)
    point = tree.items[1].children[0]
    assert point.pdf_pages == (2, 4)
    assert [d.pdf_pages[0] for d in point.documents if d.pdf_pages] == [2, 4]
    # A code repeated at the head of a paper's next pages starts no new paper.
    assert tree.items[2].pdf_pages == (5, 7)
    assert [d.pdf_pages for c in tree.items[2].children for d in c.documents] == [(5, 7)]
    assert tree.items[0].pdf_pages is None


def test_the_minutes_filed_before_an_items_coded_action_log_open_the_item(
    tmp_path: Path,
) -> None:
    """ "Agree note of previous meeting – paper XB(4)1.i & actions – paper XB(4)1.ii": the
    note (the minutes, carrying no code on its pages) comes before the coded action log."""
    doc = pymupdf.open()
    _agenda(
        doc,
        [
            (
                "1",
                "10:00-10:05",
                "Welcome and Introductions",
                ["Agree note of previous meeting - paper XB(4)1.i & actions - paper XB(4)1.ii"],
                "Chair",
            ),
            ("2", "10:05-10:40", "Licensing review", ["Discussion - paper XB(4)2"], "Ruth Okafor"),
            ("3", "10:40-10:45", "AOB", [], "Chair"),
        ],
    )
    for k in range(2):
        page = doc.new_page(width=595, height=842)
        if k == 0:
            page.insert_text((60, 90), "DATA STEWARDSHIP BOARD", fontname="hebo", fontsize=12)
            page.insert_text((60, 110), "Minutes of the meeting held on 9 March 2011", fontsize=12)
            page.insert_text((60, 130), "Present:", fontsize=_SIZE)
        for j in range(12):
            page.insert_text((60, 160 + 16 * j), f"The Board discussed point {j}.", fontsize=_SIZE)
    _paper(doc, "XB(4)1.ii", "Action log", 1)
    _paper(doc, "XB(4)2", "Licensing review: options", 2)
    path = tmp_path / "pack.pdf"
    doc.save(path)
    tree = analyze(path, data_dir=tmp_path, use_cache=False)
    assert [(it.number, it.pdf_pages) for it in tree.items] == [
        ("1", (2, 4)),
        ("2", (5, 6)),
        ("3", None),
    ]


def test_two_leads_joined_by_a_line_of_and_are_two_people(tmp_path: Path) -> None:
    """ "Ruth Okafor" / "and" / "Tom Reyes" down the Lead column: two leads, no "and"."""
    doc = pymupdf.open()
    _agenda(doc)
    doc[0].insert_text((431, 231), "and", fontsize=_SIZE)
    doc[0].insert_text((431, 245), "Tom Reyes", fontsize=_SIZE)
    _paper(doc, "XB(3)1.i", "Open data releases this quarter", 2)
    path = tmp_path / "pack.pdf"
    doc.save(path)
    tree = analyze(path, data_dir=tmp_path, use_cache=False)
    assert [p.name for p in tree.items[1].people] == ["Ruth Okafor", "Tom Reyes"]
