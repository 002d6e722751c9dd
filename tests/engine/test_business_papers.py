"""A shire council's business paper, rebuilt with fictional wording.

First seen on a Western Australian shire's special council meeting: a notice letter, a
contents page dotted out to each item's start page ("3.1.1 Proposed repairs … 4"), then the
agenda printed in full with each officer's report inline; every page's running head ends in
Word's "4 | P a g e". The agenda finder takes the first pages of the paper, where the routine
items are; the items after them ("3.1.2 …", "4. Closure") were lost, the stamps were not read
and the reports had no pages. The contents page's "4. Closure ... 8" took the last page of the
last report, which ends above it.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze
from boardprep.core.model import walk_items
from tests.engine.agenda_pdfkit import put_lines

HEAD = "Agenda - Special Council Meeting 10 June 2026"
CONTENTS = [
    ("1. Declaration of Opening", 3),
    ("2. Record of Attendance", 3),
    ("2.1 Apologies", 3),
    ("3. Reports of Officers", 4),
    ("3.1 Chief Executive Officer", 4),
    ("3.1.1 Proposed repairs at the swimming pool", 4),
    ("3.1.2 Consider the sale of the medical centre", 6),
    ("4. Closure", 8),
]
PROSE = [
    "The purpose of this report is to seek the approval of Council for the works described",
    "below, which the condition assessment found to be urgent before the coming season.",
    "Officers have obtained quotations from two contractors and recommend the lower one.",
]


def _page(doc: pymupdf.Document, n: int | None, lines: list[str]) -> None:
    page = doc.new_page(width=595, height=842)
    if n is not None:
        page.insert_text((60, 40), HEAD + " " * 60 + f"{n} | P a g e", fontsize=9)
    put_lines(page, lines, 60, 90, 18, 11)


def _paper(path: Path) -> Path:
    doc = pymupdf.open()
    _page(
        doc,
        None,
        [
            "Notice of Agenda - Special Council Meeting",
            "A Special Council Meeting of the Shire of Wandoo Creek will be held in the Council",
            "Chambers on 10 June 2026 at 8:00am to consider the matters in the attached agenda.",
        ],
    )
    _page(doc, 2, ["Contents", *(f"{t} {'.' * 50} {p}" for t, p in CONTENTS)])
    _page(
        doc,
        3,
        [
            "Agenda",
            "1. Declaration of Opening",
            "The Presiding Member declared the meeting open.",
            "2. Record of Attendance",
            "2.1 Apologies",
            "Nil.",
        ],
    )
    _page(
        doc,
        4,
        [
            "3. Reports of Officers",
            "3.1 Chief Executive Officer",
            "3.1.1 Proposed repairs at the swimming pool",
            "File Ref: Buildings/Pool",
            *PROSE,
        ],
    )
    _page(doc, 5, PROSE * 3)
    _page(doc, 6, ["Consider the sale of the medical centre", *PROSE])
    _page(doc, 7, PROSE * 3)
    _page(doc, 8, [*PROSE, "Closure", "The Presiding Member closed the meeting."])
    doc.save(path)
    return path


def test_items_after_the_agenda_text_come_from_its_contents(tmp_path: Path) -> None:
    tree = analyze(_paper(tmp_path / "paper.pdf"), data_dir=tmp_path, use_cache=False)
    assert tree.page_labels[1:4] == [2, 3, 4]  # "2 | P a g e" at the running head's end
    numbers = [it.number for it in walk_items(tree.items)]
    assert numbers == ["1", "2", "2.1", "3", "3.1", "3.1.1", "3.1.2", "4"]
    by = {it.number: it for it in walk_items(tree.items)}
    assert by["3.1.2"].title == "Consider the sale of the medical centre"
    assert any("3.1.2" in w and "contents page" in w for w in tree.warnings)
    # The routine items are the agenda's own text; the reports run on past it.
    assert by["1"].pdf_pages is None and by["2.1"].pdf_pages is None
    assert by["3.1.1"].pdf_pages == (4, 5)
    # "Closure" is printed at the foot of the last report: that page is the report's.
    assert by["3.1.2"].pdf_pages == (6, 8)
    assert by["4"].pdf_pages is None and not by["4"].children
