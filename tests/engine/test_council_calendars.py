"""A city council's "CALENDAR" of local laws and resolutions, each paper stamped with its
item's number under the meeting date ("March 4, 2026 <tab> Item No. 2"), page after page;
first seen on a New York city council's packs (rebuilt here with fictional wording)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze
from tests.engine.agenda_pdfkit import put_lines

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


def test_a_measures_title_over_several_lines_is_whole(tmp_path: Path) -> None:
    """The measure's title wraps over three lines of its paragraph ("… into a Contract" /
    "for Sewer Replacement at Heron Street between East" / "Pine Street … Bidder."): the
    paper's title is all of it, not its first line."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((272, 70), "CALENDAR", fontsize=12, fontname="hebo")
    page.insert_text((250, 110), DATE.upper(), fontsize=12)
    page.insert_text((144, 160), "1.", fontsize=11)
    page.insert_text((180, 160), "Resolution Authorizing a Sewer Contract", fontsize=11)
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 40), DATE, fontsize=11)
    page.insert_text((470, 70), "Item No. 1", fontsize=11)
    page.insert_text((72, 90), "Resolution No.", fontsize=11)
    page.insert_text((72, 120), "The following Resolution was moved by", fontsize=11)
    title = [
        "Resolution Authorizing the City Manager to Enter into a Contract",
        "for Sewer Replacement at Heron Street between East",
        "Pine Street and Chester Street with the Lowest Responsible",
        "Bidder.",
    ]
    put_lines(page, title, 144, 160, 13, 11)
    for j in range(8):
        page.insert_text((72, 240 + 20 * j), "WHEREAS, the City Council has considered it; and")
    doc.save(tmp_path / "calendar.pdf")
    tree = analyze(tmp_path / "calendar.pdf", data_dir=tmp_path, use_cache=False)
    assert [d.title for d in tree.items[0].documents] == [
        "Resolution Authorizing the City Manager to Enter into a Contract for Sewer Replacement "
        "at Heron Street between East Pine Street and Chester Street with the Lowest "
        "Responsible Bidder"
    ]


def test_prose_taken_for_a_heading_is_not_run_on() -> None:
    """A paragraph's first line that reads as prose ("… has been listening to …") or a
    quotation is not extended over its paragraph as a measure's title is."""
    from boardprep.core.engine.documents import _runs_on
    from boardprep.core.engine.pages.pagemap import PageScan, VisualLine

    def block(texts: list[str]) -> PageScan:
        lines = [
            VisualLine(t, [t], 72, 100 + 12 * k, 500, 112 + 12 * k) for k, t in enumerate(texts)
        ]
        return PageScan(0, 612, 792, lines, sum(map(len, texts)))

    measure = block(["Resolution Authorizing a Contract", "for Sewer Repairs.", "WHEREAS the"])
    assert (
        _runs_on(measure, measure.lines[0]) == "Resolution Authorizing a Contract for Sewer Repairs"
    )
    prose = block(["The committee has been listening to", "members about worship."])
    assert _runs_on(prose, prose.lines[0]) == "The committee has been listening to"
