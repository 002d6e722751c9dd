"""A district board packet whose contents page gives the ranges its agenda leaves out.

Rebuilt with fictional wording from a real 141-page packet where nearly nothing was placed:
one agenda line ended in a date span ("Convention – July 4-8") that was read as pages, so
the contents page was ignored; the contents page glued numbers to titles ("1.Capital"); a
heading over sub-items ("Harbour Warden Reports") took a paper that was a sub-item's; and the
district's running head was spelled two ways ("HAWAI'I" / "HAWAII"), neither often enough
alone to count as a running head, so papers were titled with it; and the "Board Reports"
divider page was not found, its title being all common words. Contents printed as Word prints
them, each entry dotted out to its start page in one run of text, were not read at all.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze
from boardprep.core.engine.documents import _cover_title

CONTENTS = [
    ("I.", "Agenda", "3"),
    ("II.", "Minutes", "4-5"),
    ("III.", "Board Reports", ""),
    ("A.", "Harbour Warden Reports", ""),
    ("1.North", "", "7-8"),
    ("2.South", "", "9-10"),
    ("3.East", "", "11-12"),
    ("4.West", "", "13-14"),
    ("B.", "Warden", "15-16"),  # as "District Warden" is on the agenda
    ("IV.", "Notes", "17"),
]
AGENDA = [
    (72, "I.", "Call to Order"),
    (72, "II.", "Approval of Minutes"),
    (72, "III.", "Board Reports"),
    (108, "A.", "Harbour Warden Reports"),
    (144, "1.", "North"),
    (144, "2.", "South"),
    (144, "3.", "East"),
    (144, "4.", "West"),
    (108, "B.", "District Warden"),
    (72, "IV.", "Upcoming Events"),
    (108, "A.", "Regional Convention in Leeds – July 4-8"),
    (72, "V.", "Adjournment"),
]
PAPERS = {
    4: "Minutes of the March Board Meeting",
    7: "North Warden Board Report",
    9: "South Warden Board Report",
    11: "East Warden Board Report",
    13: "West Warden Board Report",
    15: "District Warden Board Report",
}


# The same contents as a Word table of contents prints it: each entry dotted out to the page it
# starts on, in one run of text; the agenda's own entries point at the agenda's page.
CONTENTS_DOTTED = [
    ("I.", "Call to Order", "3"),
    ("II.", "Minutes", "4"),
    ("III.", "Board Reports", "6"),
    ("A.", "Harbour Warden Reports", "7"),
    ("1.", "North", "7"),
    ("2.", "South", "9"),
    ("3.", "East", "11"),
    ("4.", "West", "13"),
    ("B.", "Warden", "15"),
    ("IV.", "Notes", "17"),
]


def _packet(path: Path, dotted: bool = False) -> None:
    doc = pymupdf.open()

    def new(n: int) -> pymupdf.Page:
        p = doc.new_page(width=612, height=792)
        p.insert_text((40, 30), str(n), fontsize=9)
        return p

    new(1).insert_text((180, 300), "Harbour District Board Meeting Packet", fontsize=16)
    toc = new(2)
    toc.insert_text((240, 80), "Table of Contents", fontsize=14, fontname="hebo")
    y = 120
    for num, title, pages in CONTENTS_DOTTED if dotted else CONTENTS:
        if dotted:
            entry = f"{num} {title} ".ljust(60, ".") + f" {pages}"
            toc.insert_text((72, y), entry, fontsize=11)
        else:
            toc.insert_text((72, y), f"{num} {title}".strip(), fontsize=11)
            toc.insert_text((480, y), pages, fontsize=11)
        y += 22
    agenda = new(3)
    agenda.insert_text((200, 70), "District Board Meeting, May 9, 2026", fontsize=12)
    agenda.insert_text((285, 100), "Agenda", fontsize=14, fontname="hebo")
    for k, (x, num, title) in enumerate(AGENDA):
        agenda.insert_text((x, 140 + 22 * k), num, fontsize=11)
        agenda.insert_text((x + 30, 140 + 22 * k), title, fontsize=11)
    for n in range(4, 18):
        p = new(n)
        if n == 6:  # the section's divider: common words only
            p.insert_text((170, 300), "Harbour District Board Meeting Packet", fontsize=14)
            p.insert_text((230, 330), "Board Reports", fontsize=18, fontname="hebo")
            continue
        if n in PAPERS:  # each spelling over three papers: a running head only seen as one
            head = "HARBOUR-O'NEILL DISTRICT" if n % 4 == 3 else "HARBOUR-ONEILL DISTRICT"
            p.insert_text((170, 60), head, fontsize=18, fontname="hebo")
            # East's title in the body's own type: no start is seen there, and the paper
            # still takes its own title from the page's first lines, not the item's.
            plain = n == 11
            p.insert_text(
                (170, 90),
                PAPERS[n],
                fontsize=10 if plain else 12,
                fontname="helv" if plain else "hebo",
            )
        for j in range(15):
            p.insert_text((72, 130 + 16 * j), f"Paper text line {j} on page {n}.", fontsize=10)
    doc.save(path)


def test_contents_ranges_reach_the_items_and_papers_keep_their_own_titles(tmp_path: Path) -> None:
    _packet(tmp_path / "packet.pdf")
    tree = analyze(tmp_path / "packet.pdf", data_dir=tmp_path, use_cache=False)
    reports = tree.items[2]
    wardens, district = reports.sub_items
    got = [(c.title, c.pack_pages) for c in [*wardens.sub_items, district]]
    assert got == [
        ("North", (7, 8)),
        ("South", (9, 10)),
        ("East", (11, 12)),
        ("West", (13, 14)),
        ("District Warden", (15, 16)),
    ], got
    assert wardens.pack_pages is None  # the heading's paper is its sub-items'
    assert reports.pdf_pages == (6, 17)  # from its divider page to the back matter
    convention = tree.items[3].sub_items[0]
    assert convention.pack_pages is None  # July 4-8 is dates
    docs = [d.title for c in [*wardens.sub_items, district] for d in c.documents]
    assert docs == [PAPERS[n] for n in (7, 9, 11, 13, 15)], docs


def test_contents_dotted_out_to_start_pages(tmp_path: Path) -> None:
    _packet(tmp_path / "packet.pdf", dotted=True)
    tree = analyze(tmp_path / "packet.pdf", data_dir=tmp_path, use_cache=False)
    reports = tree.items[2]
    wardens, district = reports.sub_items
    got = [(c.title, c.pdf_pages) for c in [*wardens.sub_items, district]]
    assert got == [
        ("North", (7, 8)),
        ("South", (9, 10)),
        ("East", (11, 12)),
        ("West", (13, 14)),
        ("District Warden", (15, 17)),  # start pages only: on to the end
    ], got
    # "Call to Order ..... 3" points at the agenda's own page: the agenda's text, no paper.
    assert tree.items[0].pack_pages is None and tree.items[0].pdf_pages is None


def test_a_cover_label_opens_with_a_capital() -> None:
    """ "subject area. No disruptive conduct …" is a sentence run on, not "Subject:"."""
    assert _cover_title(["to a maximum of 20 minutes to a", "subject area."]) == (0, None)
    assert _cover_title(["Subject: Harbour dredging"]) == (1, "Harbour dredging")


def test_a_running_head_spelled_two_ways_over_an_eighth_of_the_pages() -> None:
    """Over six papers' first pages of 44, three "O'NEILL" and three "ONEILL": one head."""
    from boardprep.core.engine.documents import _running_heads
    from boardprep.core.engine.pages.pagemap import _page_rows

    doc = pymupdf.open()
    for n in range(44):
        page = doc.new_page(width=612, height=792)
        if n % 7 == 3:
            head = "HARBOUR-O'NEILL DISTRICT" if n % 2 else "HARBOUR-ONEILL DISTRICT"
            page.insert_text((170, 60), head, fontsize=18)
        page.insert_text((72, 130), f"Paper text on page {n}.", fontsize=10)
    running = _running_heads([_page_rows(p) for p in doc])
    assert {"HARBOUR-O'NEILL DISTRICT", "HARBOUR-ONEILL DISTRICT"} <= running
