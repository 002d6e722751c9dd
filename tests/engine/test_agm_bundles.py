"""A community society's AGM bundle, rebuilt with fictional wording.

First seen on an English land trust's AGM pack: its financial statements open with a title page
of their own ("Thornbury CLT Limited" / "Financial Statements" / "Year ended 31 March 2026")
and a later paper opens "Item 3(d) At our Annual General Meeting …"; neither started a
document, so the accounts ran into the minutes before them.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from boardprep.core.engine.analysis import analyze
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


def test_the_treasurers_report_takes_the_accounts_headed_by_the_societys_name(
    tmp_path: Path,
) -> None:
    # A guides' association's AGM: the accounts open with the association's name (which
    # shares "Guides" with a later item), then "Income and Expenditure Account …".
    doc = pymupdf.open()
    _page(
        doc,
        [
            "Oakfield Walking Guides Association",
            "Annual General Meeting Agenda",
            "1. Welcome",
            "2. Minutes of the 2025 AGM",
            "3. Treasurer's Report",
            "4. Guides Update",
            "5. AOCB",
        ],
    )
    _page(doc, ["Minutes of the 75th ANNUAL GENERAL MEETING", "Present: 40 members"])
    accounts = doc.new_page(width=595, height=842)
    accounts.insert_text((72, 90), "Oakfield Walking Guides Association", fontsize=16)
    accounts.insert_text(
        (72, 120), "Income and Expenditure Account for the period to 31st December 2025"
    )
    accounts.insert_text((72, 150), "Tour donations 1,236")
    doc.save(tmp_path / "agm.pdf")
    tree = analyze(tmp_path / "agm.pdf", data_dir=tmp_path, use_cache=False)
    pages = {it.number: it.pdf_pages for it in tree.items}
    assert pages["3"] == (3, 3)
    assert pages["4"] is None


@pytest.mark.parametrize(
    ("item", "head"),
    [
        ("Monthly Treasurer's Report", "Ledger Trial Balance Detail"),
        ("Treasurer's Report", "Profit & Loss, October 2025"),
        ("Financial Report", "Budget vs. Actuals, July - October 2025"),
        ("November 2025 Financials", "District Financials - November"),
    ],
)
def test_a_finance_item_takes_the_bookkeepers_statements_headed_by_the_body(
    tmp_path: Path, item: str, head: str
) -> None:
    # A small district's board: the minutes, then the county's or the bookkeeper's print-out
    # under the body's name, then the next item's letter.
    doc = pymupdf.open()
    _page(
        doc,
        [
            "Marlow Valley Water District",
            "Board of Directors Regular Meeting Agenda",
            "1. Call to Order",
            "2. Minutes of the October Meeting",
            f"3. {item}",
            "4. Correspondence",
            "5. Adjournment",
        ],
    )
    _page(doc, ["Minutes of the Regular Meeting, October 2025", "Present: five directors"])
    accounts = doc.new_page(width=595, height=842)
    accounts.insert_text((72, 90), "Marlow Valley Water District", fontsize=14)
    accounts.insert_text((72, 115), head, fontsize=12)
    accounts.insert_text((72, 150), "Operating fund 41,236.10")
    _page(doc, ["Letter from the County Clerk about the election calendar", "Dear Directors,"])
    doc.save(tmp_path / "board.pdf")
    tree = analyze(tmp_path / "board.pdf", data_dir=tmp_path, use_cache=False)
    pages = {it.number: it.pdf_pages for it in tree.items}
    assert pages["2"] == (2, 2)  # the minutes end where the statements start
    assert pages["3"] is not None and pages["3"][0] == 3
