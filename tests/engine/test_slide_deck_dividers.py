"""An association's business meeting shown as one slide deck: an agenda slide listing every
item, a slide taking the opening items up again, then a divider slide per item ("4 Chair's
report") before its slides."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.agenda.find import find_agenda_pages
from boardprep.core.engine.analysis import analyze

AGENDA = [
    "Election of a chair for the meeting.",
    "Election of a secretary for the meeting.",
    "Establish whether the meeting was properly called.",
    "Presentation of the Chair's report.",
    "Presentation of the Treasurer's accounts and membership figures.",
    "Adoption of the reports and accounts.",
    "Setting the membership fee for next year.",
    "Any other business.",
]


def _slide(doc: pymupdf.Document, lines: list[tuple[str, float]]) -> None:
    page = doc.new_page(width=720, height=405)
    y = 60.0
    for text, size in lines:
        page.insert_text((50, y), text, fontsize=size)
        y += size * 1.6


def _deck(path: Path) -> Path:
    doc = pymupdf.open()
    _slide(doc, [("Northern Society for Word Lists", 30), ("Business Meeting", 24)])
    _slide(doc, [("Agenda", 26)] + [(f"{k}. {t}", 11) for k, t in enumerate(AGENDA, 1)])
    _slide(
        doc,
        [("Opening of the meeting (items 1-3)", 24)]
        + [(f"{k}. {t}", 14) for k, t in enumerate(AGENDA[:3], 1)],
    )
    for number, divider, body in [
        (4, "4 Chair's report", ["Work of the committee this year", "New journal issues"]),
        (5, "5 Treasurer's report", ["Income and costs for the year", "Members by country"]),
        (7, "7 Membership fee", ["Proposal: keep the fee at ten euros"]),
    ]:
        _slide(doc, [(divider, 32)])
        for heading in body:
            _slide(doc, [(heading, 24), (f"Notes for item {number} of the meeting.", 14)])
    doc.save(path)
    return path


def test_a_slide_taking_items_up_again_is_no_agenda_and_dividers_start_the_items(
    tmp_path: Path,
) -> None:
    path = _deck(tmp_path / "deck.pdf")
    assert find_agenda_pages(pymupdf.open(path)) == [1]  # not the slide restating 1-3
    tree = analyze(path, use_cache=False)
    assert [it.number for it in tree.items] == [str(k) for k in range(1, 9)]
    by = {it.number: it for it in tree.items}
    assert by["4"].pdf_pages == (4, 6)  # the divider, then its two slides
    assert by["5"].pdf_pages == (7, 9)
    assert by["7"].pdf_pages == (10, 11)
    assert [d.title for d in by["5"].documents] == ["5 Treasurer's report"]
