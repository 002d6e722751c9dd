"""Papers with no cover sheet, stamp or outline: found by the big heading that opens them.

Parish and Word-built packs often head each paper with its title in a larger font and
nothing else; the agenda's wording differs ("Parks Strategy" against "Review of the Parks
Strategy: Final Report"). All wording is fictional.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze
from boardprep.core.model import AgendaTree

BODY = (
    "The committee is asked to note the progress made since the last meeting and the work "
    "planned for the coming quarter, set out in the sections below."
)


def _page(doc: pymupdf.Document, heading: str | None, stamp: int | None = None) -> None:
    page = doc.new_page(width=595, height=842)
    y = 80.0
    if heading:
        page.insert_text((60, y), heading, fontname="hebo", fontsize=16)
        y += 30
    for k in range(12):
        page.insert_text((60, y + k * 14), BODY[: 70 + k % 5], fontname="helv", fontsize=10)
    if stamp is not None:
        page.insert_text((280, 815), f"Page {stamp}", fontname="helv", fontsize=9)


def _analyzed(doc: pymupdf.Document, tmp_path: Path) -> AgendaTree:
    pdf = tmp_path / "pack.pdf"
    doc.save(pdf)
    return analyze(pdf, data_dir=tmp_path / "data", use_cache=False)


def _agenda(doc: pymupdf.Document, lines: list[str]) -> None:
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 60), "Wexcombe Town Council", fontname="hebo", fontsize=16)
    page.insert_text((60, 90), "Amenities Committee", fontname="hebo", fontsize=13)
    page.insert_text((60, 110), "Monday 2 June 2025 at 7.00 pm, The Guildhall", fontsize=10)
    page.insert_text((60, 140), "AGENDA", fontname="hebo", fontsize=12)
    for k, text in enumerate(lines):
        page.insert_text((60, 170 + k * 22), text, fontname="helv", fontsize=10)


def test_unstamped_papers_are_found_by_headings_that_contain_the_item_title(
    tmp_path: Path,
) -> None:
    doc = pymupdf.open()
    _agenda(
        doc,
        [
            "1. Apologies",
            "2. Minutes",
            "3. Parks Strategy",
            "4. Tree Policy",
            "5. Committee Work Programme",
        ],
    )
    _page(doc, "Minutes of the Amenities Committee held on 7 April 2025")
    _page(doc, None)
    _page(doc, "Review of the Green Spaces and Parks Strategy: Final Report")
    _page(doc, "3. Consultation Responses")  # a section heading inside the report

    _page(doc, None)
    _page(doc, "Urban Tree Planting and Management Policy")
    # A section sharing two of item 5's words: the paper headed with all of them wins.
    _page(doc, "Programme of Work")
    _page(doc, "Committee Work Programme 2025")
    tree = _analyzed(doc, tmp_path)
    assert [(i.number, i.pdf_pages) for i in tree.items] == [
        ("1", None),
        ("2", (2, 3)),
        ("3", (4, 6)),
        ("4", (7, 8)),
        ("5", (9, 9)),
    ]
    # The section heading inside the strategy report is not a document of its own.
    assert [d.pdf_pages for d in tree.items[2].documents] == [(4, 6)]


def test_stale_ranges_are_corrected_from_the_papers_headings(tmp_path: Path) -> None:
    # The agenda's ranges run 3 higher than the stamps; only headings show where papers start.
    doc = pymupdf.open()
    _agenda(
        doc,
        [
            "1. Minutes of the last meeting   Pages 4 - 5",
            "2. Allotment Rents and Tenancy Review   Pages 6 - 8",
            "3. Cemetery Fees and Charges   Pages 9 - 10",
            "4. Play Area Refurbishment Programme   Pages 11 - 12",
        ],
    )
    stamp = 1
    for heading, pages in [
        ("Minutes of the Amenities Committee held on 7 April 2025", 2),
        ("Allotment Rents and Tenancy Review", 3),
        ("Cemetery Fees and Charges 2025/26", 2),
        ("Play Area Refurbishment Programme", 2),
    ]:
        for k in range(pages):
            _page(doc, heading if k == 0 else None, stamp=stamp)
            stamp += 1
    tree = _analyzed(doc, tmp_path)
    assert [i.pdf_pages for i in tree.items] == [(2, 3), (4, 6), (7, 8), (9, 10)]
    assert any("corrected by 3" in w for w in tree.warnings)


def test_a_title_line_over_one_cover_label_starts_a_paper(tmp_path: Path) -> None:
    # Headings in the body's size, each followed by "Report to: …" (one label, no "Subject").
    doc = pymupdf.open()
    _agenda(doc, ["1. Apologies", "2. Allotments Review", "3. Play Area Refurbishment"])
    for heading, pages in [
        ("Allotment Provision and Waiting List Review 2025", 3),
        ("Refurbishment of Play Areas at Mill Green", 2),
    ]:
        for k in range(pages):
            page = doc.new_page(width=595, height=842)
            if k == 0:
                page.insert_text((60, 80), heading, fontname="hebo", fontsize=10)
                page.insert_text((60, 100), "Report to: Amenities Committee, 2 June 2025")
            for j in range(12):
                page.insert_text((60, 130 + j * 14), BODY[:70], fontname="helv", fontsize=10)
    tree = _analyzed(doc, tmp_path)
    assert [i.pdf_pages for i in tree.items] == [None, (2, 4), (5, 6)]


def test_one_list_for_a_parent_and_its_sub_items(tmp_path: Path) -> None:
    doc = pymupdf.open()
    _agenda(
        doc,
        [
            "25/036 Planning: to consider the following applications",
            "    a) DC/25/0114 – Rear extension, 12 Oak Close",
            "    b) DC/25/0131 – Barn conversion, Hill Farm",
            "25/037 To approve the schedule of payments for May 2025",
        ],
    )
    _page(doc, "Planning Applications for Consideration – May 2025")
    _page(doc, "Schedule of Payments – May 2025")
    _page(doc, None)
    tree = _analyzed(doc, tmp_path)
    planning, payments = tree.items
    assert planning.pdf_pages == (2, 2)
    assert [c.pdf_pages for c in planning.sub_items] == [(2, 2), (2, 2)]
    assert payments.pdf_pages == (3, 4)


def _schedule(doc: pymupdf.Document, title: str) -> None:
    """A landscape schedule under the council's letterhead, the date and title a size up."""
    page = doc.new_page(width=842, height=595)
    head = ["ASHDOWN TOWN COUNCIL", "PLANNING AND AMENITIES COMMITTEE MEETING", "9 June 2025"]
    for y, text in zip((72, 86, 110, 136), [*head, title], strict=True):
        page.insert_text((300, y), text, fontname="hebo", fontsize=11 if y < 100 else 13)
    for k in range(8):
        y = 190 + k * 40
        page.insert_text((60, y), f"AP/25/{410 + k}/FUL", fontname="hebo", fontsize=11)
        page.insert_text((220, y), f"{12 + k} Orchard Way", fontname="helv", fontsize=11)
        page.insert_text((420, y), "Single storey rear extension", fontname="helv", fontsize=11)


def test_a_letterhead_repeated_over_two_schedules_is_no_title(tmp_path: Path) -> None:
    # Too few pages for a running head: the second schedule was titled by the letterhead it
    # shares with the first, so no item found it.
    doc = pymupdf.open()
    _agenda(
        doc,
        ["1. Apologies", "2. Schedule of Planning Applications", "3. Schedule of Planning Results"],
    )
    _schedule(doc, "Schedule of Applications/Proposals")
    _schedule(doc, "Schedule of Results from the District")
    tree = _analyzed(doc, tmp_path)
    assert [(i.number, i.pdf_pages) for i in tree.items] == [
        ("1", None),
        ("2", (2, 2)),
        ("3", (3, 3)),
    ]
    assert [d.title for d in tree.items[2].documents] == ["Schedule of Results from the District"]


def test_discussion_is_what_the_meeting_does_not_what_the_paper_is(tmp_path: Path) -> None:
    # "Mowing discussion" shares only "Mowing" with its paper's heading: the ask is no word of
    # the title to look for.
    doc = pymupdf.open()
    _agenda(doc, ["1. Apologies", "2. Mowing discussion", "3. Bus Shelter Repairs"])
    _page(doc, "Verge Mowing Contract Options")
    _page(doc, None)
    _page(doc, "Bus Shelter Repairs: Quotations Received")
    tree = _analyzed(doc, tmp_path)
    assert [(i.number, i.pdf_pages) for i in tree.items] == [
        ("1", None),
        ("2", (2, 3)),
        ("3", (4, 4)),
    ]


def test_a_title_under_the_committee_name_and_date_is_the_papers(tmp_path: Path) -> None:
    # Name, date and title set alike over a memo: the title is the third line, not the name.
    doc = pymupdf.open()
    _agenda(doc, ["1. Welcome", "2. Proposal for new member groups (two vacancies)"])
    page = doc.new_page(width=595, height=842)
    for k, text in enumerate(
        ["Ashdown Riders CAC", "May 14, 2025", "Proposal for New Member Groups"]
    ):
        page.insert_text((60, 72 + k * 13), text, fontname="hebo", fontsize=11)
    for k in range(14):
        page.insert_text((60, 130 + k * 11), BODY[: 70 + k % 5], fontname="helv", fontsize=9)
    tree = _analyzed(doc, tmp_path)
    assert [(i.number, i.pdf_pages) for i in tree.items] == [("1", None), ("2", (2, 2))]
    assert [d.title for d in tree.items[1].documents] == ["Proposal for New Member Groups"]


def test_a_covers_title_set_large_low_on_the_page_opens_the_report(tmp_path: Path) -> None:
    """A consultant's report opens on a cover whose title sits below the middle of the page,
    a 24-point line over two lines of the title in a smaller size (one text block), with
    "PREPARED FOR:" and the client's name in a column beside it: the cover starts the item's
    paper, titled by the block, not by the labels."""
    doc = pymupdf.open()
    _agenda(
        doc,
        ["1. Minutes", "2. Water Storage Grant Report for the District", "3. Any other business"],
    )
    _page(doc, "Minutes of the Amenities Committee held on 7 April 2025")
    cover = doc.new_page(width=612, height=792)
    cover.insert_text(
        (36, 420), "Grant Research Report:\nWater Storage Projects\nfor the District", fontsize=22
    )
    cover.insert_text((332, 430), "PREPARED FOR:", fontsize=12)
    cover.insert_text((332, 446), "Wexcombe Water District", fontsize=11)
    cover.insert_text((332, 470), "Prepared by", fontsize=12)
    cover.insert_text((332, 486), "A. Consultant", fontsize=11)
    _page(doc, "Introduction")
    _page(doc, None)
    tree = _analyzed(doc, tmp_path)
    assert [i.pdf_pages for i in tree.items] == [(2, 2), (3, 5), None]
    assert tree.items[1].documents[0].title.startswith("Grant Research Report")
