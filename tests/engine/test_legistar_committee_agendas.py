"""A Legistar committee agenda, rebuilt with fictional wording.

First seen on a California city's rules committee agenda ("Agenda - SUPPLEMENTAL", 33 pages):
its running head was no agenda heading to the finder, so the agenda was never found; each
referral's title was read with its "Subject:" label; a page holding one referral's long
recommendation (with its own "(2)") ended the agenda, as did the 24-page limit; and a title
that wrapped ran on into the "From:" field under it.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.agenda.find import find_agenda_pages
from boardprep.core.engine.analysis import analyze
from boardprep.core.model import walk_items

REFERRALS = 30


def _head(page: pymupdf.Page, n: int) -> None:
    page.insert_text((55, 58), "*Rules & Legislation Committee", fontname="hebo", fontsize=9)
    page.insert_text((250, 58), "Agenda - SUPPLEMENTAL", fontname="hebo", fontsize=9)
    page.insert_text((480, 58), "July 16, 2026", fontname="hebo", fontsize=9)
    page.insert_text((290, 752), f"Page {n}", fontname="hebo", fontsize=7)


def _referral(page: pymupdf.Page, y: float, k: int) -> float:
    page.insert_text((55, y), f"3.{k}", fontname="hebo", fontsize=10.5)
    page.insert_text((90, y), "Subject:", fontsize=10.8)
    title = f"Service Agreement Number {k} For Parks Maintenance"
    if k == 7:
        title = "Grant Funds From The Harbour Fund For The Purposes Of A Technology"
    page.insert_text((144, y), title, fontsize=10.8)
    if k == 7:
        y += 14
        page.insert_text((144, y), "Audit Of The City Libraries", fontsize=10.8)
    page.insert_text((90, y + 14), "From:", fontsize=10.8)
    page.insert_text((144, y + 14), "Office Of The City Administrator", fontsize=10.8)
    page.insert_text(
        (90, y + 28), "Recommendation: Adopt A Resolution Authorizing The", fontsize=10.8
    )
    page.insert_text((90, y + 42), "City Administrator To Execute The Agreement", fontsize=10.8)
    page.insert_text((92, y + 56), f"26-{900 + k:04d}", fontsize=10.8)
    return y + 90


def _agenda(path: Path) -> None:
    doc = pymupdf.open()
    front = doc.new_page(width=612, height=792)
    _head(front, 1)
    front.insert_text((55, 120), "City of Harbourton", fontname="hebo", fontsize=14)
    front.insert_text((55, 140), "Thursday, July 16, 2026 10:30 AM", fontsize=11)
    front.insert_text((55, 160), "City Council Chamber, 3rd Floor", fontsize=11)
    front.insert_text((55, 200), "*Rules & Legislation Committee", fontname="hebo", fontsize=16)
    front.insert_text((240, 230), "Agenda - SUPPLEMENTAL", fontname="hebo", fontsize=16)
    page = doc.new_page(width=612, height=792)
    _head(page, 2)
    page.insert_text((55, 100), "Roll Call /  Call To Order", fontname="hebo", fontsize=10.5)
    page.insert_text((55, 130), "1  Approval Of The Minutes", fontname="hebo", fontsize=11.4)
    page.insert_text((55, 160), "2", fontname="hebo", fontsize=10.5)
    page.insert_text((90, 160), "Determination Of Schedule Of Outstanding Items", fontsize=10.8)
    page.insert_text((55, 200), "3  New Scheduling Items", fontname="hebo", fontsize=10.5)
    y = 230.0
    for k in range(1, REFERRALS + 1):
        if y > 150:  # one referral a page, as its urgency findings make them
            page = doc.new_page(width=612, height=792)
            _head(page, doc.page_count)
            y = 100.0
        y = _referral(page, y, k)
        if k == 15:
            # One referral's urgency finding fills a page of its own, with its own "(2)".
            page = doc.new_page(width=612, height=792)
            _head(page, doc.page_count)
            for j in range(30):
                text = "Urgency Finding: The Agreement Must Begin Before The Recess, And"
                if j == 10:
                    text = "(2) The Grant Period Ends On December 31, 2026, Which Leaves No"
                page.insert_text((168, 100 + 18 * j), text, fontsize=8.9)
            y = 700.0
    page = doc.new_page(width=612, height=792)
    _head(page, doc.page_count)
    page.insert_text(
        (55, 100), "4  Review Of Draft Agendas And Pending Lists", fontname="hebo", fontsize=10.5
    )
    page.insert_text((55, 130), "Adjournment", fontname="hebo", fontsize=10.5)
    doc.save(path)


def test_a_long_legistar_committee_agenda_is_read_whole(tmp_path: Path) -> None:
    pdf = tmp_path / "rules.pdf"
    _agenda(pdf)
    with pymupdf.open(pdf) as doc:
        assert doc.page_count > 25  # longer than the old 24-page limit
        pages = find_agenda_pages(doc)
        last = doc.page_count - 1
    assert pages[-1] == last  # through the last page, past the urgency page
    tree = analyze(pdf, data_dir=tmp_path, use_cache=False)
    item3 = next(i for i in tree.items if i.number == "3")
    subs = [c for c in item3.sub_items]
    assert len(subs) == REFERRALS
    assert subs[0].title == "Service Agreement Number 1 For Parks Maintenance"
    assert subs[6].title == (
        "Grant Funds From The Harbour Fund For The Purposes Of A Technology Audit Of The "
        "City Libraries"
    )
    assert [i.number for i in tree.items][-1] == "4"
    assert not any(i.title.startswith("Subject") for i in walk_items(tree.items))


def test_a_legistar_title_running_on_after_a_bracket_opening_its_line() -> None:
    """ "… confirming the appointment of Kurt Vale" / "(Nominated by Board-As-A-Whole) to
    serve as a member of …": the bracket opens a line of the title, it is no presenter's."""
    from boardprep.core.engine.agenda.parse import parse_agenda
    from tests.engine.agenda_pdfkit import cell, line, lines_of

    page = [
        line("AGENDA", bold=True),
        [cell(50, "D."), cell(100, "BOARDS AND COMMITTEES")],
        [
            cell(70, "D.-5."),
            cell(100, "24-6914"),
            cell(168, "A Resolution confirming the appointment of Kurt Vale"),
        ],
        line(
            "(Nominated by Board-As-A-Whole) to serve as a member of the Landscape Beautification",
            x=168,
        ),
        line(
            "Advisory Board, for a two (2) year term which began on June 1, 2023 and continues",
            x=168,
        ),
        line("through May 31, 2025.", x=168),
    ]
    res = parse_agenda(lines_of([page]), "09:00")
    titles = [c.title for c in res.items[0].children]
    assert titles[0] == (
        "A Resolution confirming the appointment of Kurt Vale (Nominated by Board-As-A-Whole) to "
        "serve as a member of the Landscape Beautification Advisory Board, for a two (2) year "
        "term which began on June 1, 2023 and continues through May 31, 2025"
    )
