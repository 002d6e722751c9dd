"""A city and county board's Legistar "Meeting Agenda" print, rebuilt with fictional wording.

First seen on a San Francisco Board of Supervisors agenda: a cover titled AGENDA, a notice
page listing what each item's file may hold ("1) Legislation 2) Budget and Legislative
Analyst report …"), then pages under the running head "Board of Supervisors / Meeting
Agenda / Tuesday, May 4, 2027" whose items count on from "1." over many pages. Each item is
its number, the file's bare number and its short title in square brackets ("1. 270101
[Settlement of Lawsuit - …]"), then the legislation's long text. A CONSENT AGENDA is
followed by the REGULAR AGENDA in the same numbering; a CLOSED SESSION set between the
numbers' and the titles' columns ends with the motions to disclose its deliberations.
The engine took the notice's list for the agenda (no item right), and with the right pages
titled every item by its file number.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze

_W, _H = 612, 792
_BODY = (
    "Ordinance authorizing the matter set out in the short title above, on the terms of the",
    "agreement on file with the Clerk of the Board; and making findings. (City Attorney)",
    "Question: Shall this Ordinance be PASSED ON FIRST READING?",
)


def _page(doc: pymupdf.Document) -> pymupdf.Page:
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((54, 40), "Tuesday, May 4, 2027", fontsize=10)
    page.insert_text((430, 40), "Board of Supervisors", fontsize=10)
    page.insert_text((430, 54), "Meeting Agenda", fontsize=10)
    page.insert_text((54, 760), "City and County of Westbay", fontsize=9)
    return page


def _item(page: pymupdf.Page, y: float, number: int, title: list[str]) -> float:
    page.insert_text((54, y), f"{number}.", fontsize=10, fontname="hebo")
    page.insert_text((90, y), f"27{number:04d}", fontsize=10, fontname="hebo")
    for k, line in enumerate(title):
        page.insert_text((144, y + 13 * k), line, fontsize=10, fontname="hebo")
    y += 13 * len(title) + 4
    for line in _BODY:
        page.insert_text((144, y), line, fontsize=10)
        y += 13
    return y + 14


def _heading(page: pymupdf.Page, y: float, text: str, x: float = 86) -> float:
    page.insert_text((x, y), text, fontsize=10, fontname="hebo")
    return y + 18


def _pack(path: Path) -> None:
    doc = pymupdf.open()
    cover = doc.new_page(width=_W, height=_H)
    cover.insert_text((220, 120), "BOARD OF SUPERVISORS", fontsize=16, fontname="hebo")
    cover.insert_text((260, 150), "AGENDA", fontsize=16, fontname="hebo")
    cover.insert_text((200, 200), "Tuesday, May 4, 2027 - 2:00 PM", fontsize=12)
    cover.insert_text((240, 220), "Regular Meeting", fontsize=12)
    notice = doc.new_page(width=_W, height=_H)
    notice.insert_text((54, 60), "Agenda Item Information", fontsize=12, fontname="hebo")
    notice.insert_text(
        (54, 80),
        "Each item on the Consent or Regular agenda may include the following:",
        fontsize=10,
    )
    for k, text in enumerate(
        ("Legislation", "Budget and Legislative Analyst report", "Department cover letter",
         "Public correspondence")
    ):  # fmt: skip
        notice.insert_text((72, 96 + 13 * k), f"{k + 1}) {text}", fontsize=10)
    notice.insert_text((54, 170), "Meeting Procedures", fontsize=12, fontname="hebo")
    notice.insert_text((54, 190), "The Board of Supervisors is the legislative body.", fontsize=10)

    page = _page(doc)
    y = _heading(page, 100, "ROLL CALL AND PLEDGE OF ALLEGIANCE")
    y = _heading(page, y, "COMMUNICATIONS")
    y = _heading(page, y, "CONSENT AGENDA")
    page.insert_text(
        (86, y), "All matters listed hereunder constitute a Consent Agenda.", fontsize=10
    )
    y = _heading(page, y + 20, "Recommendations of the Audit Committee")
    page.insert_text((144, y), "Present: Supervisors Finch, Park, Quill", fontsize=10)
    y += 18
    y = _item(page, y, 1, ["[Settlement of Lawsuit - Ada Marsh - $125,000]"])
    y = _item(page, y, 2, ["[Settlement of Unlitigated Claim - Harbour Cafe - $4,500]"])
    y = _item(page, y, 3, ["[Lease of the Quay Row Depot]"])
    page = _page(doc)
    y = _item(page, 100, 4, ["[Grant of Easement - Pier 9 Cable Landing]"])
    y = _heading(page, y, "REGULAR AGENDA")
    y = _heading(page, y, "Recommendations of the Land Use Committee")
    y = _item(
        page, y, 5, ["[Building Code - Accessible Entrances for Places of", "Public Accommodation]"]
    )
    y = _item(page, y, 6, ["[Planning Code - Corner Shops in Residential Districts]"])
    y = _item(page, y, 7, ["[Street Names - Renaming Dock Lane]"])
    page = _page(doc)
    y = _heading(page, 100, "CLOSED SESSION")
    y = _item(page, y, 8, ["[Closed Session - Existing Litigation - Westbay v. Harbour Ltd.]"])
    for line in (
        "[Elect Not to Disclose]",
        "Motion that the Board finds it is in the best interest of the public that the Board",
        "elect not to disclose its closed session deliberations.",
    ):
        page.insert_text((86, y), line, fontsize=10)
        y += 13
    y = _heading(page, y + 10, "Called from the Audit Committee")
    y = _item(page, y, 9, ["[Settlement of Lawsuit - Westbay v. Harbour Ltd. - $80,000]"])
    y = _item(page, y, 10, ["[Appropriation - Harbour Wall Repairs - $2,000,000]"])
    page = _page(doc)
    y = _item(page, 100, 11, ["[Final Map - 12 Quay Row]"])
    y = _item(page, y, 12, ["[Supporting the Westbay Maritime Festival]"])
    _heading(page, y, "ADJOURNMENT")
    doc.save(path)


def test_a_meeting_agenda_print_under_its_running_head(tmp_path: Path) -> None:
    path = tmp_path / "agenda.pdf"
    _pack(path)
    tree = analyze(path, use_cache=False)
    got = [(it.number, it.title, it.exempt) for it in tree.items]
    assert [g[0] for g in got] == [str(n) for n in range(1, 13)]  # not "1)" to "4)"
    titles = dict((n, t) for n, t, _e in got)
    # The short title without its brackets, run on over its second line; never the file's
    # number, which is the item's paper.
    assert titles["1"] == "Settlement of Lawsuit - Ada Marsh - $125,000"
    assert titles["5"] == "Building Code - Accessible Entrances for Places of Public Accommodation"
    assert tree.items[0].paper == "270001"
    # The closed session is item 8 alone: the motion to disclose ends it.
    assert [n for n, _t, exempt in got if exempt] == ["8"]
    assert (tree.meeting.date, tree.meeting.time) == ("2027-05-04", "14:00")
