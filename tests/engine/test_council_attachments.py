"""A city council agenda whose consent items are printed in an attachment, rebuilt with
fictional wording.

First seen on a Kansas city council's final agenda: sections "I." to "IV." on the agenda, the
consent section saying only "CONSENT AGENDA ITEMS 1 THROUGH 4"; after the last section,
"ATTACHMENT 1" prints "II. CITY COUNCIL CONSENT AGENDA ITEMS" again with the items, then
"II. CONSENT PLANNING AGENDA ITEMS" on the next page, whose items go on from the last one
("4." after "3."). Each title is a link, underlined line by line, and ends "(District IV)".
The items went to the last section or were lost, the attachment's last page was taken for a
paper, the underlines were read as a table's rules (a title's number moved to the wrong
row), and "(District IV)" was read as a person.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze

_SIZE = 10


def _write(page: pymupdf.Page, rows: list[tuple[float, str, bool]], top: float = 60) -> None:
    """(x, text, underlined) rows, 16 pt apart; a link's underline under each line."""
    for k, (x, text, link) in enumerate(rows):
        y = top + 16 * k
        page.insert_text((x, y), text, fontsize=_SIZE)
        if link:
            width = pymupdf.get_text_length(text, fontsize=_SIZE)
            page.draw_rect(pymupdf.Rect(x, y + 1.5, x + width, y + 2.3), fill=(0, 0, 1), width=0)


def _agenda(path: Path) -> Path:
    doc = pymupdf.open()
    first = [
        (250, "FINAL AGENDA", False),
        (250, "CITY COUNCIL", False),
        (230, "Tuesday, July 1, 2025", False),
        (260, "9:00 AM", False),
        (54, "I.", False),
        (94, "PUBLIC AGENDA", False),
        (94, "1.", False),
        (120, "Jane Doe - Arts Council - New Strategic Plan.", False),
        (54, "II.", False),
        (94, "CONSENT AGENDA ITEMS 1 THROUGH 4", False),
        (94, "The consent items are listed in Attachment 1 to this agenda.", False),
        (54, "III.", False),
        (94, "BOARD OF BIDS AND CONTRACTS", False),
        (94, "1.", False),
        (120, "Board of Bids and Contracts dated June 30, 2025.", False),
        (54, "IV.", False),
        (94, "COUNCIL MEMBER AGENDA", False),
        (94, "1.", False),
        (120, "Selection of Appeal Panel to Hear an Appeal.", False),
    ]
    # Numbers and titles of one row share a baseline: merge each number with its title.
    page = doc.new_page(width=612, height=792)
    rows: list[tuple[float, str, bool]] = []
    k = 0
    while k < len(first):
        x, text, link = first[k]
        if text.endswith(".") and len(text) <= 4 and k + 1 < len(first):
            page.insert_text((x, 60 + 16 * len(rows)), text, fontsize=_SIZE)
            x, text, link = first[k + 1]
            k += 1
        rows.append((x, text, link))
        k += 1
    _write(page, rows)
    attachment = doc.new_page(width=612, height=792)
    numbers = [(54, "II."), (54, "1."), (94, "a."), (54, "2."), (94, "3.")]
    rows = [
        (54, "ATTACHMENT 1 - CONSENT AGENDA ITEMS 1 THROUGH 4", False),
        (94, "CITY COUNCIL CONSENT AGENDA ITEMS", False),
        (94, "Applications for Licenses for Cereal Malt Beverages:", False),
        (128, "Applications for Licenses to Retail Cereal Malt Beverages", False),
        (94, "Minutes of Advisory Boards/Commissions:", False),
        (54, "Uncategorized Items:", False),
        (128, "Proclamation Votes (District IV)", False),
        (128, "RECOMMENDED ACTION: Receive and file the report.", False),
    ]
    _write(attachment, rows)
    for (x, number), y in zip(numbers, (76, 92, 108, 124, 156), strict=True):
        attachment.insert_text((x, y), number, fontsize=_SIZE)
    planning = doc.new_page(width=612, height=792)
    _write(
        planning,
        [
            (94, "CONSENT PLANNING AGENDA ITEMS", False),
            (128, "PUD2025-00007 Zone Change Request in the City to Create the Southwest", True),
            (128, "Boys Club Planned Unit Development; Generally Located on the North Side", True),
            (128, "of West 45th Street South. (District IV)", True),
            (128, "RECOMMENDED ACTION: Adopt the findings of the planning commission and", False),
            (128, "approve the requested zone change (requires 4 of 7 votes).", False),
        ],
    )
    planning.insert_text((54, 60), "II.", fontsize=_SIZE)
    planning.insert_text((94, 76), "4.", fontsize=_SIZE)
    doc.save(path)
    return path


def test_consent_items_printed_in_an_attachment_go_under_their_section(tmp_path: Path) -> None:
    tree = analyze(_agenda(tmp_path / "agenda.pdf"), data_dir=tmp_path, use_cache=False)
    assert [(it.label, it.title) for it in tree.items] == [
        ("I", "PUBLIC AGENDA"),
        ("II", "CONSENT AGENDA ITEMS 1 THROUGH 4"),
        ("III", "BOARD OF BIDS AND CONTRACTS"),
        ("IV", "COUNCIL MEMBER AGENDA"),
    ]
    consent = tree.items[1]
    assert [c.label for c in consent.children] == ["1", "2", "3", "4"]
    assert [c.label for c in consent.children[0].children] == ["a"]
    assert consent.children[2].title == "Proclamation Votes (District IV)"
    assert consent.children[3].title.startswith("PUD2025-00007 Zone Change Request")
    assert consent.children[3].title.endswith("of West 45th Street South. (District IV)")
    assert [c.label for c in tree.items[3].children] == ["1"]
    assert all(it.pdf_pages is None for it in tree.items)  # an agenda-only file


def test_link_underlines_are_no_table_rules() -> None:
    from boardprep.core.engine.agenda.table_cells import top_align_tables
    from boardprep.core.engine.pages.textlayer import page_lines

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    rows: list[tuple[float, str, bool]] = []
    for n in (7, 8):
        rows += [
            (128, f"PUD2025-0000{n} Zone Change Request in the City to Create the Southwest", True),
            (128, "Boys Club Planned Unit Development; Generally Located on the North Side", True),
            (128, "of West 45th Street South. (District IV)", True),
            (128, "RECOMMENDED ACTION: Adopt the findings of the planning commission and", False),
            (128, "approve the requested zone change (requires 4 of 7 votes).", False),
        ]
    _write(page, rows)
    for k, n in enumerate((7, 8)):
        page.insert_text((94, 60 + 16 * 5 * k), f"{n}.", fontsize=_SIZE)
    pl = page_lines(page)
    texts = [ln.text for ln in top_align_tables(page, pl).lines]
    assert texts == [ln.text for ln in pl.lines]  # left as printed
    assert any(t.startswith("8.") and "PUD2025-00008" in t for t in texts)


def test_an_underline_starts_at_its_words_and_a_table_border_at_the_tables_edge() -> None:
    from boardprep.core.engine.agenda.table_cells import _underline
    from boardprep.core.engine.pages.textlayer import page_lines

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 100), "12.3", fontsize=12)
    page.insert_text((115, 100), "California School Employees Association (CSEA)", fontsize=12)
    pl = page_lines(page)
    line = pl.lines[0]
    # Under the title from its first word, a little past its end (underlined spaces).
    assert _underline((line.y1 - 1, 115.0, line.x1 + 15), pl)
    # The border of a table whose cells hold the line, from the table's edge.
    assert not _underline((line.y1 + 2, 66.0, 560.0), pl)
