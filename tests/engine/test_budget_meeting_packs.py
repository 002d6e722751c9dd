"""A township's special budget meeting pack, rebuilt with fictional wording.

First seen on an Ontario township's special council (budget) meeting with its outline removed:
two numbered finance reports ("FIN Report No. 03-2026" atop each), a presentation item between
them with no paper of its own, and the budget's summary sheet after the second report. The
presentation's words ("… the Draft 2026 Budget Book") named the summary sheet, so it took that
page, filed after the next item's report: papers come in agenda order, and a paper carrying a
later item's code bounds where an earlier item's can be.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze
from boardprep.core.model import AgendaTree, walk_items

BODY = "Council is asked to receive the report and to give direction on the options set out."

AGENDA = [
    "Township of Millbrook",
    "Special Council (Budget) Meeting",
    "February 2, 2026 at 6:00 p.m.",
    "AGENDA",
    "1. CALL TO ORDER",
    "2. ITEMS FOR CONSIDERATION",
    "2.1 Report No. FIN-03-2026: Draft Ten Year Capital Forecast",
    "2.2 Presentation from the Chief Administrative Officer regarding Department Plans as",
    "      contained within the Draft 2026 Budget Book",
    "      i) Overview of each department's plans for the coming three years",
    "2.3 Report No. FIN-04-2026: 2026 Budget (Capital and Operating)",
    "3. ADJOURNMENT",
]


def _report(doc: pymupdf.Document, code: str, title: str, pages: int) -> None:
    for n in range(pages):
        page = doc.new_page(width=612, height=792)
        if n == 0:
            page.insert_text((72, 72), f"FIN Report No. {code}", fontname="hebo", fontsize=12)
            page.insert_text((72, 90), "Special Council (Budget) Meeting", fontsize=11)
            page.insert_text((72, 104), "February 2, 2026", fontsize=11)
            page.insert_text((72, 130), title, fontname="hebo", fontsize=11)
        for k in range(20):
            page.insert_text((72, 160 + k * 14), BODY, fontsize=10)


def _analyzed(doc: pymupdf.Document, tmp_path: Path) -> AgendaTree:
    pdf = tmp_path / "pack.pdf"
    doc.save(pdf)
    return analyze(pdf, data_dir=tmp_path / "data", use_cache=False)


def test_a_later_items_coded_report_bounds_an_earlier_items_paper(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    for k, text in enumerate(AGENDA):
        page.insert_text((60, 60 + k * 20), text, fontname="hebo" if k < 4 else "helv")
    _report(doc, "03-2026", "Draft Ten Year Capital Forecast", 3)
    _report(doc, "04-2026", "2026 Budget (Capital and Operating)", 3)
    page = doc.new_page(width=612, height=1008)  # the budget's summary sheet, legal size
    page.insert_text((200, 100), "2026 BUDGET SUMMARY", fontname="hebo", fontsize=14)
    for k in range(30):
        page.insert_text((72, 140 + k * 14), f"Department {k}      {1000 + 37 * k:,}")
    tree = _analyzed(doc, tmp_path)
    assert [(i.number, i.pdf_pages) for i in walk_items(tree.items)] == [
        ("1", None),
        ("2", (2, 8)),
        ("2.1", (2, 4)),
        ("2.2", None),  # the presentation brings no paper
        ("2.3", (5, 8)),  # the summary sheet is the budget report's
        ("3", None),
    ]


def test_two_items_naming_one_report_do_not_bar_the_first_from_it(tmp_path: Path) -> None:
    # The report, then its presentation: both name FIN-03-2026. The later item's code bounds
    # the earlier item's search only where it is not the earlier item's code too.
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    lines = [
        "Township of Millbrook",
        "Special Council (Budget) Meeting",
        "February 2, 2026 at 6:00 p.m.",
        "AGENDA",
        "1. CALL TO ORDER",
        "2. Report No. FIN-03-2026: Draft Ten Year Capital Forecast",
        "3. Presentation of Report No. FIN-03-2026 by the Treasurer",
        "4. ADJOURNMENT",
    ]
    for k, text in enumerate(lines):
        page.insert_text((60, 60 + k * 20), text, fontname="hebo" if k < 4 else "helv")
    _report(doc, "03-2026", "Draft Ten Year Capital Forecast", 3)
    tree = _analyzed(doc, tmp_path)
    assert tree.items[1].pdf_pages == (2, 4)
