"""A Florida city commission's Legistar agenda, rebuilt with fictional wording.

First seen on a Florida city's agendas: sections "A." to "H." hold items numbered "A.-1.",
"A.-2." (section letter, dot, dash, number), each with its file number; between sections D
and E a group of boards' minutes is numbered "1." with "1.-1.", "1.-2." under it, on a page of
its own. The dashed numbers were not read at all, the "1." group ended the agenda on its page,
and the pages after it were taken for papers. Later, when section D carried its note ("All
items in this section are taken in one motion"), "1." was read as D's sub-item and its
"1.-1." lost; an address wrapping at "located at 40-44" was read as pages 40 to 44.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.agenda.lines import match_number
from boardprep.core.engine.analysis import analyze

PAGES = [
    [
        "CALL TO ORDER",
        "A.\tPRESENTATIONS",
        "A.-1.\t26-1001\tPresentation of the Holiday Window Contest Winners.",
        "A.-2.\t26-1002\tRecognition of the Youth Programs.",
        "B.\tAPPROVAL OF MINUTES",
        "B.-1.\t26-1003\tRegular City Commission Meeting of December 9, 2025.",
        "C.\tPUBLIC COMMENTS",
        "D.\tCONSENT AGENDA",
        "All items in this section are taken in one motion unless a member asks otherwise.",
        "D.-1.\t26-1004\tA Resolution confirming an appointment to the Cemetery Board.",
        "D.-2.\t26-1005\tA Resolution approving a public art activation.",
    ],
    [
        "1.\tPresentation of Boards and/or Committees minutes requesting no action",
        "1.-1.\t26-1006\tHistoric Preservation Board Meeting of October 16, 2025.",
        "1.-2.\t26-1007\tPlanning and Zoning Board Meeting of December 10, 2025.",
        "2.\tPresentation of Boards and/or Committees minutes requesting action",
        "2.-1.\t26-1009\tA Resolution granting tax relief for the building located at 40-44",
        "Ponce Circle, a local historic landmark.",
    ],
    [
        "E.\tPUBLIC HEARINGS",
        "E.-1.\t26-1008\tAn Ordinance amending the Zoning Code.",
    ],
]


def _agenda(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=612, height=792)
    cover.insert_text((200, 100), "CITY OF PALM REACH", fontsize=16)
    cover.insert_text((200, 130), "City Commission Meeting Agenda", fontsize=12)
    cover.insert_text((200, 150), "Tuesday, January 13, 2026 9:00 AM", fontsize=12)
    for lines in PAGES:
        page = doc.new_page(width=612, height=792)
        for k, line in enumerate(lines):
            for x, cell in zip((70, 110, 170), line.split("\t"), strict=False):
                page.insert_text((x if "\t" in line else 104, 72 + 22 * k), cell, fontsize=10)
    doc.save(path)
    return path


def test_dashed_numbers() -> None:
    nm = match_number("A.-1.\t26-1001\tPresentation")
    assert nm is not None and (nm.number, nm.kind) == ("A-1", "dotted")
    nm = match_number("1.-10. 26-1006\tBoard minutes")
    assert nm is not None and nm.number == "1-10"


def test_sections_a_group_numbered_apart_and_the_pages_after_it(tmp_path: Path) -> None:
    tree = analyze(_agenda(tmp_path / "agenda.pdf"), data_dir=tmp_path, use_cache=False)
    tops = [(it.label, [c.label for c in it.children]) for it in tree.items]
    assert tops == [
        ("A", ["A-1", "A-2"]),
        ("B", ["B-1"]),
        ("C", []),
        ("D", ["D-1", "D-2"]),
        ("1", ["1-1", "1-2"]),
        ("2", ["2-1"]),
        ("E", ["E-1"]),
    ]
    relief = tree.items[5].children[0]
    assert relief.pack_pages is None  # "located at 40-44 Ponce Circle" is an address
    assert all(it.pdf_pages is None for it in tree.items)  # an agenda-only file
