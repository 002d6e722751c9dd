"""A university senate's papers, rebuilt with fictional wording.

First seen on real faculty senate packs (agenda, then minutes, a committee's memo and a
statewide body's minutes): the minutes right after a one-page agenda were read as more agenda
(their numbered business carried on); presenters printed on the line under a title, or after
a dash behind an office ("– Provost Ada Moss"), or in a note ("(written report; … will respond
to questions.)") stayed in titles; a committee's memo ("TO:", "FROM:") started no paper; a
heading inside other minutes took an item that shared half its words.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze
from tests.engine.agenda_pdfkit import put_lines

AGENDA = [
    ("1.", "Call to Order", None),
    ("2.", "Approval of Senate Minutes for April 9, 2026", None),
    ("3.", "Introduction of Standing Committee Chairs", None),
    ("4.", "Policy Item - Curriculum Committee", "Ruth Okafor, Chair of CC"),
    ("5.", "Library Update", "Noel Park, Faculty Technology Center"),
    ("6.", "Provost's Report - Provost Ada Moss", None),
    ("7.", "Statewide Senate Reports (written report; Lee Ward will respond to questions.)", None),
    ("8.", "New Business", None),
]


def _pack(path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((350, 60), "Faculty Senate Office", fontsize=11)
    page.insert_text((72, 100), "Faculty Senate Meeting", fontsize=12)
    page.insert_text((72, 116), "May 14, 2026, 2:00 p.m.", fontsize=12)
    page.insert_text((72, 132), "Oak Room, Central Library", fontsize=12)
    page.insert_text((280, 160), "AGENDA", fontsize=12)
    y = 200
    for num, title, under in AGENDA:
        page.insert_text((72, y), f"{num} {title}", fontsize=12)
        if under:
            page.insert_text((90, y + 14), under, fontsize=12)
        y += 30
    # Minutes of the last meeting: numbered business of their own.
    minutes = doc.new_page(width=612, height=792)
    minutes.insert_text((350, 60), "Faculty Senate Office", fontsize=11)
    lines = [
        "FACULTY SENATE MEETING - Approved 5/14/26",
        "Minutes of Meeting of April 9, 2026",
        "Members Present: Bell, Cho, Diaz, Evans, Ford",
        "Members Absent: None",
        "President Grant called the meeting to order at 2:03 p.m.",
        "1. Approval of Minutes",
        "2. Announcements",
        "3. Reports of the Standing Committees",
        "4. Old Business",
        "5. New Business",
    ]
    put_lines(minutes, lines, 72, 100, 24, 11)
    more = doc.new_page(width=612, height=792)
    for k in range(20):
        more.insert_text((72, 80 + 20 * k), f"Discussion went on at length, line {k}.")
    memo = doc.new_page(width=612, height=792)
    memo.insert_text((72, 80), "COMMITTEE REPORT OF ADOPTION OF POLICY", fontsize=12)
    for k, (label, value) in enumerate(
        [("DATE:", "May 1, 2026"), ("TO:", "Ivy Grant, Faculty President"),
         ("FROM:", "Curriculum Committee"), ("BY:", "Ruth Okafor")]
    ):  # fmt: skip
        memo.insert_text((72, 120 + 36 * k), label, fontsize=11)
        memo.insert_text((72, 134 + 36 * k), value, fontsize=11)
    memo.insert_text((72, 300), "At its meeting the Committee adopted a recommendation.")
    statewide = doc.new_page(width=612, height=792)
    statewide.insert_text((72, 60), "MINUTES OF THE STATEWIDE SENATE MEETINGS MARCH 5-6, 2026")
    statewide.insert_text((72, 76), "IN SPRINGFIELD")
    statewide.insert_text((72, 110), "8:00 AM, Call to Order - Roll Call - Approval of Agenda")
    for k in range(12):
        statewide.insert_text((72, 140 + 20 * k), f"The senators discussed item {k} at length.")
    inside = doc.new_page(width=612, height=792)
    inside.insert_text((72, 70), "STANDING COMMITTEE REPORTS", fontsize=16, fontname="hebo")
    for k in range(12):
        inside.insert_text((72, 110 + 20 * k), f"Committee {k} reported on its year of work.")
    doc.save(path)


def test_a_senate_pack_items_people_and_papers(tmp_path: Path) -> None:
    _pack(tmp_path / "senate.pdf")
    tree = analyze(tmp_path / "senate.pdf", data_dir=tmp_path, use_cache=False)
    got = {it.number: it for it in tree.items}
    assert list(got) == [n.rstrip(".") for n, _t, _u in AGENDA]  # the minutes are no agenda
    assert got["5"].title == "Library Update"
    assert [p.name for p in got["5"].people] == ["Noel Park"]
    assert got["6"].title == "Provost's Report"
    assert [(p.role, p.name) for p in got["6"].people] == [("Provost", "Ada Moss")]
    assert got["7"].title == "Statewide Senate Reports"
    pages = {n: it.pdf_pages for n, it in got.items()}
    assert pages["2"] == (2, 3)
    assert pages["3"] is None  # a heading inside other minutes shares only half its words
    assert pages["4"] == (4, 4)  # the committee's memo
    assert pages["7"] == (5, 6)  # the statewide minutes, their headings inside


def test_a_short_title_case_tail_after_a_bold_title_is_the_titles() -> None:
    """ "Policy Item – Curriculum Committee" (bold, then plain): one title; a tail that asks
    for something ("– Approve the 2027 Assignments") is the item's recommendation."""
    from boardprep.core.engine.agenda.split import split_title

    whole = "Policy Item – Curriculum Committee"
    assert split_title(whole, "Policy Item", False) == (whole, "")
    asks = "COMMITTEE ASSIGNMENTS - Approve 2027 City Council"
    assert split_title(asks, "COMMITTEE ASSIGNMENTS", True) == (
        "COMMITTEE ASSIGNMENTS",
        "Approve 2027 City Council",  # the dash between them is neither's
    )


def test_a_title_broken_at_a_line_of_its_own_and() -> None:
    """A faculties council prints "… with regards to cannabis" / "and" / "Response from the
    Provost": the lone "and" joins the question and its response into one title."""
    from boardprep.core.engine.agenda.parse import parse_agenda
    from boardprep.core.engine.pages.textlayer import page_lines

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    lines = [
        "Agenda",
        "9. Question Period",
        "9.1 Question from a council member regarding policies on accepting",
        "research funding with regards to cannabis",
        "and",
        "Response from the Provost and Vice-President (Academic)",
        "10. Adjournment",
    ]
    put_lines(page, lines, 85, 100, 12, 10.5)
    question = parse_agenda([page_lines(page)], None).items[0].children[0]
    assert question.title == (
        "Question from a council member regarding policies on accepting research funding "
        "with regards to cannabis and Response from the Provost and Vice-President (Academic)"
    )
