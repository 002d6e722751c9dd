"""A city commission's work-session packet, rebuilt with fictional wording.

First seen on a Kansas commission's packet: the agenda printed only two items' first pages,
"(PAGE 1)" and "(PAGE 5)", so each was read as a one-page range and the notes' other pages
went to no item; and each staff memo's "Subject:" ran on into the "Person(s) Responsible:"
field under it, whose officer's name then matched a later item's "Staff Member Responsible"
line, so that item took the second memo.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze


def _page(doc: pymupdf.Document, lines: list[str], stamp: int | None = None) -> None:
    page = doc.new_page(width=612, height=792)
    y = 80.0
    for text in lines:
        page.insert_text((72, y), text, fontsize=11)
        y += 18
    if stamp is not None:
        page.insert_text((300, 760), str(stamp), fontsize=10)


def _packet(path: Path) -> None:
    doc = pymupdf.open()
    _page(
        doc,
        [
            "CITY COMMISSION WORK SESSION",
            "City Hall, 1507 Main Street",
            "Thursday, July 17, 2025 - 4:00 P.M.",
            "AGENDA",
            "1. July 3, 2025 Work Session Notes (PAGE 1)",
            "Department Head Responsible: Kim Rowe, Director of Finance",
            "2. Draft Ordinance to Allow Chickens in City Limits (PAGE 5)",
            "Staff Member Responsible: Colin Baxter, Deputy City Manager",
            "3. Review of Park Amenities",
            "Department Head Responsible: Jane Boyd, Director of Parks",
            "4. 2026 Budget Review",
            "Staff Member Responsible: Colin Baxter, Deputy City Manager",
            "5. Adjournment",
        ],
    )
    _page(
        doc,
        [
            "City Commission",
            "Work Session Notes",
            "Thursday, July 3, 2025 - 4:00 p.m.",
            "Present: five commissioners and the City Manager.",
            "The notes of the work session held on June 19 stand approved as presented.",
        ],
        stamp=1,
    )
    for n in (2, 3, 4):
        _page(doc, [f"The Commission discussed the capital plan, part {n}, at length."], n)
    memo = [
        "City Commission Work Session",
        "Agenda Memo",
        "From: Colin Baxter, Deputy City Manager",
        "Work Session: July 17, 2025",
        "Subject:",
        "Draft Ordinance to Allow Chickens in City Limits",
        "Person(s) Responsible: Colin Baxter, Deputy City Manager",
        "Summary",
        "Staff prepared a draft ordinance following the poll of residents.",
    ]
    _page(doc, memo, stamp=5)
    _page(doc, ["The poll drew answers from many households across the city."], stamp=6)
    memo[3:6] = ["Work Session: May 15, 2025", "Subject:", "Discussion of Allowing Chickens"]
    _page(doc, memo, stamp=7)
    _page(doc, ["Other cities in the state allow up to six hens on a lot."], stamp=8)
    doc.save(path)


def test_start_pages_only_and_a_memos_fields(tmp_path: Path) -> None:
    _packet(tmp_path / "packet.pdf")
    tree = analyze(tmp_path / "packet.pdf", data_dir=tmp_path, use_cache=False)
    pages = {i.number: i.pdf_pages for i in tree.items}
    assert pages["1"] == (2, 5)  # the notes' four pages, not only the first
    assert pages["2"] == (6, 9)  # both memos on the chickens
    assert pages["4"] is None  # the officer's name is no title of the second memo
