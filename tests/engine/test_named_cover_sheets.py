"""A Kansas city commission's packet, rebuilt with fictional wording.

First seen on a Kansas city's packets: each item's papers open with a page headed "City
Commission Meeting" / "AGENDA ITEM COVER SHEET" (its attachments listed below), then a memo
with "To:" and "From:". The cover sheet started no paper, so every item began on its memo, one
page late, and the engine took the pack for re-issued with its page numbers shifted by one.
"""

from __future__ import annotations

import pymupdf

from boardprep.core.engine.documents import find_documents
from tests.engine.agenda_pdfkit import put_lines


def _page(doc: pymupdf.Document, lines: list[str], stamp: int) -> None:
    page = doc.new_page(width=612, height=792)
    put_lines(page, lines, 72, 80, 18, 11)
    page.insert_text((300, 760), str(stamp), fontsize=9)


def test_a_sheet_that_names_itself_a_cover_sheet_starts_the_papers() -> None:
    doc = pymupdf.open()
    _page(doc, ["CITY COMMISSION MEETING", "AGENDA", "1. Call to order"], 0)
    stamp = 1
    for subject in ("Police Station Agreement", "Insurance Renewal", "Cemetery Ordinance"):
        _page(
            doc,
            [
                "City Commission Meeting",
                "AGENDA ITEM COVER SHEET",
                f"Item: {subject}",
                "ATTACHMENTS:",
            ],
            stamp,
        )
        _page(
            doc, ["Memo", "To: City Commission", "From: City Manager", f"Re: {subject}"], stamp + 1
        )
        _page(doc, ["The memo's discussion goes on over this page. " * 2] * 10, stamp + 2)
        stamp += 3
    starts = {s.pdf_page: s for s in find_documents(doc, skip_pages=[0])}
    sheets = [p for p, s in starts.items() if s.title == "AGENDA ITEM COVER SHEET"]
    assert sheets == [2, 5, 8]
    assert all(starts[p].kind == "report" for p in sheets)


def test_a_notarys_block_under_signatures_is_no_paper() -> None:
    import pymupdf

    from boardprep.core.engine.documents import page_start, plausible_title
    from boardprep.core.engine.pages.pagemap import scan_page

    doc = pymupdf.open()
    page = doc.new_page()
    for k, text in enumerate(
        [
            "By: ______________________",
            "Name: Dana Reyes",
            "Title: Vice President",
            "ACKNOWLEDGMENT",
            "STATE OF OREGON          )",
            "                         )  SS.",
            "COUNTY OF LANE           )",
            "This instrument was acknowledged before me on ________, 2026, by Dana Reyes.",
        ]
    ):
        page.insert_text((72, 90 + 16 * k), text, fontsize=11)
    assert page_start(scan_page(page), None, 30) is None
    assert plausible_title("ACKNOWLEDGMENT STATE OF ) ) SS") is None
    assert plausible_title("Acknowledgement of Country") == "Acknowledgement of Country"
