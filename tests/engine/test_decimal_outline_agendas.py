"""Agendas numbered as a decimal outline, as student councils and societies type them in Word:
"1.0 Call to Order", "1.1 Adoption of the Agenda", "1.1.1 Motion that …", "5.1.1.2 …".

Word sets the tab after each number as a blank glyph in another font, so the number and its
title stand only ~1.5 pt apart in the text layer.
"""

from __future__ import annotations

import pymupdf

from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.pages.textlayer import page_lines
from boardprep.core.model import Item


def _row(page: pymupdf.Page, x: float, y: float, number: str, title: str) -> None:
    width = pymupdf.get_text_length(number, fontname="helv", fontsize=12)
    page.insert_text((x, y), number, fontname="helv", fontsize=12)
    page.insert_text((x + width, y), " ", fontname="cour", fontsize=12)  # the tab
    page.insert_text((x + width + 1.5, y), title, fontname="helv", fontsize=12)


def _tree(items: list[Item], depth: int = 0) -> list[tuple[int, str, str]]:
    out = []
    for it in items:
        out.append((depth, it.number, it.title))
        out += _tree([c for c in it.children if isinstance(c, Item)], depth + 1)
    return out


def test_a_tab_drawn_as_a_blank_glyph_parts_number_and_title() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    _row(page, 72, 100, "1.0", "Call to Order")
    assert [ln.text for ln in page_lines(page).lines] == ["1.0 Call to Order"]


def test_decimal_outline_nests_by_its_numbers() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 72), "Agenda", fontname="helv", fontsize=12)
    page.insert_text((72, 90), "Engineering Students' Council Meeting #4", fontsize=12)
    rows = [
        (72, "1.0", "Call to Order"),
        (108, "1.1", "Adoption of the Agenda"),
        (144, "1.1.1", "Motion to move item 7.1.2 before item 5.0"),
        (144, "1.1.2", "Approve the Agenda"),
        (108, "1.2", "Declarations of Conflicts"),
        (72, "2.0", "Executive Updates"),
        (153, "2.1.1", "Update from the President"),
        (180, "2.1.1.1", "Welcome to new members"),
        (180, "2.1.1.2", "Lounge renovation"),
        (153, "2.1.2", "Update from the Treasurer"),
        (72, "3.0", "New Business"),
        (72, "4.0", "Adjournment"),
    ]
    for k, (x, number, title) in enumerate(rows):
        _row(page, x, 120 + k * 17, number, title)
    res = parse_agenda([page_lines(page)], None)
    assert _tree(res.items) == [
        (0, "1.0", "Call to Order"),
        (1, "1.1", "Adoption of the Agenda"),
        (2, "1.1.1", "Motion to move item 7.1.2 before item 5.0"),
        (2, "1.1.2", "Approve the Agenda"),
        (1, "1.2", "Declarations of Conflicts"),
        (0, "2.0", "Executive Updates"),
        (1, "2.1.1", "Update from the President"),
        (2, "2.1.1.1", "Welcome to new members"),
        (2, "2.1.1.2", "Lounge renovation"),
        (1, "2.1.2", "Update from the Treasurer"),
        (0, "3.0", "New Business"),
        (0, "4.0", "Adjournment"),
    ]


def test_each_item_knows_the_agenda_page_that_lists_it() -> None:
    doc = pymupdf.open()
    for rows in ([("1.0", "Call to Order"), ("2.0", "Reports")], [("3.0", "Adjournment")]):
        page = doc.new_page(width=612, height=792)
        for k, (number, title) in enumerate(rows):
            _row(page, 72, 100 + k * 17, number, title)
    res = parse_agenda([page_lines(p) for p in doc], None)
    assert [(i.number, i.agenda_page) for i in res.items] == [("1.0", 1), ("2.0", 1), ("3.0", 2)]


def test_lines_of_a_font_with_misreported_ascenders_keep_their_places() -> None:
    # A font reporting ascender 3.1 em and descender -2.5 em gives every span a box five
    # lines tall; the boxes overlap the items above and below. The baseline places them.
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    rows = [("4", "Recruitment of the new Director"), ("4.1", "Report by the panel chair")]
    rows += [("4.2", "Discussion by the committee"), ("5", "Renewal of the contract")]
    for k, (number, title) in enumerate(rows):
        _row(page, 72 if "." not in number else 100, 100 + k * 13, number, title)
    real = page.get_text

    def broken_metrics(*args, **kwargs):  # type: ignore[no-untyped-def]
        raw = real(*args, **kwargs)
        for block in raw["blocks"]:
            for ln in block.get("lines", []):
                for sp in ln["spans"]:
                    x0, y0, x1, y1 = sp["bbox"]
                    sp["bbox"] = (x0, y0 - 20, x1, y1 + 40)
        return raw

    page.get_text = broken_metrics  # type: ignore[method-assign]
    assert [ln.text for ln in page_lines(page).lines] == [
        "4 Recruitment of the new Director",
        "4.1 Report by the panel chair",
        "4.2 Discussion by the committee",
        "5 Renewal of the contract",
    ]
