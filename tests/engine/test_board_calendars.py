"""A university board of trustees' "calendar", rebuilt with fictional wording.

First seen on a New York university system's board calendars: the agenda is headed CALENDAR
and is the whole file, every item printed "NO. 3. COMMITTEE ON FISCAL AFFAIRS: RESOLVED, That
the following items be approved:" with its lettered resolutions ("A. … – AUTHORIZATION OF A
CONTRACT") in the same margin, each quoted in full (WHEREAS …, RESOLVED, That …). The
resolutions' "RESOLVED" read as minutes, so no agenda was found.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze
from tests.engine.agenda_pdfkit import put_lines

RESOLUTION = [
    "WHEREAS, The University seeks the services described below; and",
    "WHEREAS, The contract was procured by competitive sealed proposals; now therefore be it",
    "RESOLVED, That the Board authorizes the contract described above.",
    "EXPLANATION: The contract supports the University's operations.",
]


def _calendar(path: Path) -> Path:
    doc = pymupdf.open()
    pages = [
        [
            "BOARD OF TRUSTEES",
            "THE UNIVERSITY OF LAKELAND",
            "CALENDAR",
            "MARCH 30, 2026",
            "NO. 1. APPROVAL OF MINUTES: RESOLVED, That the minutes of March 2, 2026 be approved.",
            "NO. 2. COMMITTEE ON FISCAL AFFAIRS: RESOLVED, That the following items be approved:",
            "A. CENTRAL OFFICE - AUTHORIZATION OF A CONTRACT FOR COUNSELING SERVICES:",
            *RESOLUTION,
        ],
        [
            "B. CENTRAL OFFICE - AUTHORIZATION OF A CONTRACT FOR JOURNAL ACCESS:",
            *RESOLUTION,
            "C. CENTRAL OFFICE - AUTHORIZATION OF A CONTRACT FOR SUPPLIES:",
            *RESOLUTION,
        ],
        [
            "NO. 3. COMMITTEE ON ACADEMIC POLICY: RESOLVED, That the following items be approved:",
            "A. HILL COLLEGE - B.S. IN DATA ANALYTICS:",
            *RESOLUTION,
        ],
    ]
    for lines in pages:
        page = doc.new_page(width=612, height=792)
        put_lines(page, lines, 54, 60, 20, 9)
    doc.save(path)
    return path


def test_a_calendar_of_resolutions_is_the_agenda(tmp_path: Path) -> None:
    tree = analyze(_calendar(tmp_path / "calendar.pdf"), data_dir=tmp_path, use_cache=False)
    assert [(it.label, it.title) for it in tree.items] == [
        ("1", "APPROVAL OF MINUTES"),
        ("2", "COMMITTEE ON FISCAL AFFAIRS"),
        ("3", "COMMITTEE ON ACADEMIC POLICY"),
    ]
    assert [c.label for c in tree.items[1].children] == ["A", "B", "C"]
    assert tree.items[2].children[0].title == "HILL COLLEGE - B.S. IN DATA ANALYTICS"
