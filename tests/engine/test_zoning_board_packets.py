"""A zoning appeals board's packet (first seen on a Kansas city's; rebuilt with fictional
wording): an agenda with lettered points and no page numbers, draft minutes headed only by
the board's name and the date, and an "Agenda Memo" whose subject follows "Agenda Item:".
Neither paper was placed: the minutes never say "minutes", and the memo's heading is only
the board's name. A site map labelled "Subject Property" is no cover sheet."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze
from boardprep.core.engine.documents import find_documents

AGENDA = [
    "RIVERTON BOARD OF ZONING APPEALS",
    "Monday, March 16, 2026, 4:00 PM, City Hall",
    "AGENDA",
    "1. CALL TO ORDER BY CHAIRMAN.",
    "2. CONSENT AGENDA.",
    "     A. Minutes of the meeting of February 16, 2026",
    "     B. Citizen Comments",
    "3. NON-PUBLIC HEARING ITEMS.",
    "     A. Fence Height Variance request by Dana and Lee Marsh",
    "4. ADJOURNMENT.",
]
MINUTES = [
    "DRAFT",
    "RIVERTON BOARD OF ZONING APPEALS MEETING",
    "CITY HALL COMMISSION CHAMBERS",
    "February 16, 2026",
    "4:00 P.M.",
    "1. CALL TO ORDER BY CHAIRMAN:",
    "The board met for its regularly scheduled meeting in the Commission Chambers.",
    "Roll Call:",
    "Present: Ann Hale, Joe Price and Mo Stein",
]
MEMO = [
    "Riverton Board of Zoning Appeals",
    "Agenda Memo",
    "Agenda Item:",
    "Fence Height Variance at 12 Elm St.",
    "Owner:        Dana Marsh",
    "Presented By:",
    "Pat Quinn, Planning Superintendent",
    "Summary",
    "The applicants ask to raise the fence on the rear yard from six to eight feet.",
]


def _page(doc: pymupdf.Document, lines: list[str], size: float = 11) -> None:
    page = doc.new_page(width=612, height=792)
    for k, text in enumerate(lines):
        page.insert_text((72, 80 + 20 * k), text, fontsize=size)


def _packet(path: Path) -> Path:
    doc = pymupdf.open()
    _page(doc, AGENDA)
    _page(doc, MINUTES)
    _page(doc, ["The minutes go on over this page with the board's discussion. " * 2] * 12)
    _page(doc, MEMO)
    _page(doc, ["Standards of Evaluation", *["The standards are met in part, as said. " * 2] * 8])
    _page(doc, ["Subject Property", "Elm Street", "Oak Avenue"], size=20)
    doc.save(path)
    return path


def test_minutes_headed_by_the_boards_name_and_a_memos_agenda_item_are_placed(
    tmp_path: Path,
) -> None:
    tree = analyze(_packet(tmp_path / "packet.pdf"), use_cache=False)
    pages = {it.display_number: it.pdf_pages for it in tree.walk()}
    assert pages["2(A)"] == (2, 3)
    assert pages["3(A)"] == (4, 6)
    memo = tree.find_item("3(A)").documents[0]  # type: ignore[union-attr]
    assert memo.title == "Fence Height Variance at 12 Elm St"


def test_a_maps_subject_property_label_is_no_cover_sheet(tmp_path: Path) -> None:
    with pymupdf.open(_packet(tmp_path / "packet.pdf")) as doc:
        starts = {s.pdf_page: s.title for s in find_documents(doc, skip_pages=[0])}
    assert not starts.get(6, "").startswith("Property")  # the label "Subject", its value
