"""A university council's open-session pack, rebuilt with fictional wording.

First seen on a Canadian university's general faculties council pack: the agenda sets each
item's presenters in a right-hand column, level with the title's lines, and marks items
without papers "(no documents)"; each paper opens with an "OUTLINE OF ISSUE" cover sheet
stamped "Item No. 7" on every page, its title after "Agenda Title:"; a question to the council
is stamped "Item 9.1". The presenters' names ran into the wrapped titles, "(no documents)"
stayed in them, every page of a cover sheet started a new paper titled "Item No. 7", and the
sub-item's stamp was not read, so its paper went to the item before. The presenters were lost.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze
from boardprep.core.model import walk_items


def _page(doc: pymupdf.Document, lines: list[tuple[float, float, str]]) -> None:
    page = doc.new_page(width=612, height=792)
    for x, y, text in lines:
        page.insert_text((x, y), text, fontsize=10.5)


def _pack(path: Path) -> None:
    doc = pymupdf.open()
    _page(
        doc,
        [
            (400, 60, "GENERAL FACULTIES COUNCIL"),
            (420, 74, "OPEN SESSION AGENDA"),
            (400, 110, "Monday, March 9, 2026"),
            (420, 124, "2:00 PM - 4:00 PM"),
            (45, 160, "OPENING SESSION"),
            (45, 180, "1."),
            (85, 180, "Approval of the Agenda"),
            (480, 180, "Ada Moss"),
            (45, 200, "2."),
            (85, 200, "Update on the Council Review (no documents)"),
            (480, 200, "Ada Moss"),
            (480, 213, "Ben Cole"),
            (45, 220, "3."),
            (85, 220, "Proposal to Revise the Admission Requirements for the Master of"),
            (480, 220, "Noel Park"),
            (85, 233, "Public Health and the Master of Nursing programs offered by the"),
            (480, 233, "Ruth Okafor"),
            (85, 246, "School of Public Health"),
            (45, 266, "4."),
            (85, 266, "Question Period"),
            (480, 266, "Ada Moss"),
            (85, 286, "4.1 Question from a council member on research funding policies"),
            (45, 306, "5."),
            (85, 306, "Next meeting date: April 13, 2026"),
        ],
    )
    for k in range(5):  # item 3's cover sheet and papers: each page stamped with the item
        head = [
            (45, 60, "Item No. 3"),
            (45, 74, "GENERAL FACULTIES COUNCIL"),
            (45, 88, "For the Meeting of March 9, 2026"),
        ]
        body = [
            (45, 120, "OUTLINE OF ISSUE"),
            (45, 134, "Action Item"),
            (45, 160, "Agenda Title: Revised Admission Requirements, School of Public Health"),
            (45, 190, "Item"),
            (45, 204, "Proposed by Noel Park, Dean, School of Public Health"),
            (45, 218, "Presenter Noel Park, Dean; Ruth Okafor, Vice-Dean"),
            (45, 232, "Details"),
            (45, 246, "The Purpose of the item is to approve the revised requirements."),
        ]
        more = [
            (45, 120 + 14 * j, f"Line {j} of the consultation record, page {k + 1}.")
            for j in range(8)
        ]
        _page(doc, head + (body if k == 0 else more))
    _page(
        doc,
        [
            (45, 60, "GENERAL FACULTIES COUNCIL"),
            (45, 74, "For the Meeting of March 9, 2026"),
            (45, 100, "Item 4.1"),
            (45, 130, "Question from a Council Member on Research Funding Policies"),
            (45, 150, "Is the university reviewing its policies on accepting research funding?"),
            (45, 164, "Response from the Provost"),
        ],
    )
    doc.save(path)


def test_presenters_column_no_documents_note_and_item_stamps(tmp_path: Path) -> None:
    path = tmp_path / "gfc.pdf"
    _pack(path)
    tree = analyze(path, use_cache=False)
    got = {it.number: it for it in walk_items(tree.items)}
    assert got["2"].title == "Update on the Council Review"
    # The presenters' column: a name level with each title line, or alone under it.
    assert [p.name for p in got["2"].people] == ["Ada Moss", "Ben Cole"]
    assert [p.name for p in got["3"].people] == ["Noel Park", "Ruth Okafor"]
    assert got["3"].title == (
        "Proposal to Revise the Admission Requirements for the Master of Public Health and "
        "the Master of Nursing programs offered by the School of Public Health"
    )
    assert got["3"].pdf_pages == (2, 6)
    assert [(d.pdf_pages[0], d.title) for d in got["3"].children if d.kind == "document"] == [
        (2, "Revised Admission Requirements, School of Public Health")
    ]
    assert got["4.1"].pdf_pages == (7, 7)
    assert [d.title for d in got["4.1"].children if d.kind == "document"] == [
        "Question from a Council Member on Research Funding Policies"
    ]
