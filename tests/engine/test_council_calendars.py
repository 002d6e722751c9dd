"""A city council's "CALENDAR" of local laws and resolutions, each paper stamped with its
item's number under the meeting date ("March 4, 2026 <tab> Item No. 2"), page after page;
first seen on a New York city council's packs (rebuilt here with fictional wording)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze

DATE = "March 4, 2026"
TITLES = [
    "Resolution Authorizing the City Manager to Purchase a Street Sweeper",
    "Resolution Ratifying the Harbour Lease Amendment No. 1",
    "Resolution Authorizing Budget Amendment to the General Fund Budget",
]


def _pack(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((272, 70), "CALENDAR", fontsize=12, fontname="hebo")
    page.insert_text((190, 90), "REGULAR MEETING OF THE COUNCIL", fontsize=12)
    page.insert_text((250, 110), DATE.upper(), fontsize=12)
    for k, title in enumerate(TITLES[:2]):
        page.insert_text((144, 160 + 40 * k), f"{k + 1}.", fontsize=11)
        page.insert_text((180, 160 + 40 * k), title, fontsize=11)
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 40), DATE, fontsize=11)
    page.insert_text((480, 40), "Page 2", fontsize=11)
    page.insert_text((144, 100), "3.", fontsize=11)
    page.insert_text((180, 100), TITLES[2], fontsize=11)
    for k, title in enumerate(TITLES):
        for sheet in range(2 if k == 0 else 1):
            page = doc.new_page(width=612, height=792)
            page.insert_text((72, 40), DATE, fontsize=11)
            lines = [f"Item No. {k + 1}", "Resolution No."]
            if sheet:
                lines = [f"Page {sheet + 1}", *lines]
            else:
                lines += ["The following Resolution was moved by", title]
            lines += ["WHEREAS, the City Council has considered the matter; and"] * 8
            for j, text in enumerate(lines):
                page.insert_text((72 if j else 470, 70 + 20 * j), text, fontsize=11)
    doc.save(path)
    return path


def test_each_paper_is_found_by_its_item_stamp_and_titled_by_its_measure(tmp_path: Path) -> None:
    tree = analyze(_pack(tmp_path / "calendar.pdf"), data_dir=tmp_path, use_cache=False)
    assert [(it.number, it.pack_pages, it.pdf_pages) for it in tree.items] == [
        ("1", None, (3, 4)),
        ("2", None, (5, 5)),
        ("3", None, (6, 6)),
    ]
    first = tree.items[0].documents
    assert [(d.pdf_pages[0], d.title) for d in first] == [(3, TITLES[0])]
