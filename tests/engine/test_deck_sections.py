"""An association's AGM slide deck whose agenda has sections of speakers, fictional words.

First seen on a lake association's 2021 AGM deck: a section's divider slide names its three
speakers with their offices over the subject (more words than a divider was allowed), the
next section opens with its own title slide listing its reports ("Association Updates and
Key Initiatives"), which shares three of its four words with the section before; then each
report's divider. The engine gave the first section the next section's title slide, ran the
speaker before over the divider, and started the second section at its first report.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze


def _slide(doc: pymupdf.Document, lines: list[str], size: int = 24) -> None:
    page = doc.new_page(width=960, height=540)
    for k, text in enumerate(lines):
        page.insert_text((60, 90 + (size + 10) * k), text, fontsize=size)


def _deck(path: Path) -> None:
    doc = pymupdf.open()
    _slide(doc, ["Westbay Lake Association", "Annual General Meeting", "July 7, 2027"], 32)
    _slide(
        doc,
        [
            "Agenda",
            "1. Forest Update - Ada Finch",
            "2. Westbay Township - Key Initiatives & Updates",
            "   a. Mara Quill, Joel Park and Dana Reyes",
            "3. Association - Key Initiatives & Updates",
            "   a. Sam Ortiz - Water Quality",
            "   b. Lee Hart - Natural Shorelines",
            "4. Finance Report",
        ],
        20,
    )
    _slide(doc, ["Ada Finch", "FOREST UPDATE", "July 7, 2027"], 32)
    _slide(doc, ["The forest's trails reopened in May.", "Logging resumes in the autumn."])
    _slide(
        doc,
        [
            "Mara Quill - Mayor",
            "Joel Park - Councillor Ward 5",
            "Dana Reyes - Councillor Ward 4",
            "WESTBAY TOWNSHIP UPDATES AND KEY INITIATIVES",
            "July 7, 2027",
        ],
    )
    _slide(doc, ["Road works on the lake road", "Budget for 2028 under way"])
    _slide(
        doc,
        [
            "Association Updates and Key Initiatives",
            "1. Sam Ortiz - Lake Steward Report",
            "2. Lee Hart - Natural Shorelines",
        ],
    )
    _slide(doc, ["Sam Ortiz", "WATER QUALITY", "July 7, 2027"], 32)
    _slide(doc, ["Phosphorus readings 2027", "Clarity readings 2027"])
    _slide(doc, ["Lee Hart", "NATURAL SHORELINES", "July 7, 2027"], 32)
    _slide(doc, ["Finance Report", "Income and expenditure for 2026"], 32)
    doc.save(path)


def test_a_decks_sections_open_at_their_own_slides(tmp_path: Path) -> None:
    path = tmp_path / "deck.pdf"
    _deck(path)
    tree = analyze(path, use_cache=False)
    got = {it.number: it.pdf_pages for it in tree.items}
    kids = {c.number: c.pdf_pages for it in tree.items for c in it.sub_items}
    assert got["1"] == (3, 4)
    assert got["2"] == (5, 6) and kids["2a"] == (5, 6)  # the three speakers' divider
    assert got["3"] == (7, 10)  # its own title slide, then its reports
    assert kids["3a"] == (8, 9) and kids["3b"] == (10, 10)
    assert got["4"] == (11, 11)
