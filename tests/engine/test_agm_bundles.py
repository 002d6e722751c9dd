"""A community society's AGM bundle, rebuilt with fictional wording.

First seen on an English land trust's AGM pack: its financial statements open with a title page
of their own ("Thornbury CLT Limited" / "Financial Statements" / "Year ended 31 March 2026")
and a later paper opens "Item 3(d) At our Annual General Meeting …"; neither started a
document, so the accounts ran into the minutes before them.
"""

from __future__ import annotations

import pymupdf

from boardprep.core.engine.documents import find_documents


def _page(doc: pymupdf.Document, lines: list[str], size: float = 11) -> None:
    page = doc.new_page(width=595, height=842)
    for k, text in enumerate(lines):
        page.insert_text((72, 90 + 18 * k), text, fontsize=size)


def test_a_title_page_and_a_page_opening_with_its_item_start_papers() -> None:
    doc = pymupdf.open()
    _page(doc, ["Agenda"])
    _page(doc, ["Thornbury CLT AGM Minutes 12 September 2025", "Present: nine members"])
    _page(doc, ["The meeting agreed the accounts. " * 3] * 20)
    _page(
        doc,
        [
            "Registered number",
            "40211R",
            "Thornbury CLT Limited",
            "Financial Statements",
            "Year ended 31 March 2026",
        ],
    )
    _page(doc, ["The society's income rose in the year. " * 2] * 20)
    _page(doc, ["Item 3(d) At our Annual General Meeting we elect members to the board.", "x"])
    starts = {s.pdf_page: s for s in find_documents(doc, skip_pages=[0])}
    accounts = starts[4]
    assert accounts.title == "Thornbury CLT Limited Financial Statements Year ended 31 March 2026"
    assert starts[6].agenda_item == "3d"
    assert 3 not in starts and 5 not in starts  # pages of text inside a paper start nothing
