"""Meetings shown as one slide deck: an agenda slide listing every item, then a divider slide
per item ("4 Chair's report", "II. Project Lifecycle Review" over its speakers) before its
slides. First seen on an association's business meeting and a foundation's monthly deck
(round 30: items "I." to "V." over open-circle bullets, first names after a dash)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.agenda.find import find_agenda_pages
from boardprep.core.engine.analysis import analyze
from boardprep.core.engine.documents import find_documents
from tests.engine.agenda_pdfkit import put_lines

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


def _slide(
    doc: pymupdf.Document, lines: list[tuple[str, float]], head: tuple[str, ...] = ()
) -> None:
    """A 16:9 slide; ``head``: the deck's running head, small, above the slide's own lines."""
    page = doc.new_page(width=720, height=405)
    put_lines(page, head, 40, 30, 14, 9)
    y = 90.0 if head else 60.0
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


HEAD = ("example.org", "Fictional Open Source Foundation")  # the deck's running head


def _foundation_deck(path: Path) -> Path:
    doc = pymupdf.open()
    _slide(
        doc,
        [("Monthly Maintainers Meeting", 28), ("Foundation Team", 14), ("May 5, 2026", 14)],
        HEAD,
    )
    items = [
        ("I.", "Security Disclosure Process - Lina", ["Reporting a vulnerability"]),
        ("II.", "Project Lifecycle Review - Otto", ["Criteria", "Archiving"]),
        ("III.", "Contributor Growth - Otto and Rhea", ["Good first issues"]),
        ("IV.", "Spring Board Meeting Recap - Rhea and Lina", ["Programmes"]),
    ]
    rows: list[tuple[str, float]] = [("Agenda", 20)]
    for number, title, bullets in items:
        rows.append((f"{number} {title}", 11))
        rows.extend((f"○ {b}", 10) for b in bullets)
    _slide(doc, rows, HEAD)
    body = "Body text of a content slide that explains the topic at some length here."
    for number, title, _bullets in items:
        head = title.split(" - ")[0]
        words = head.split()
        _slide(
            doc, [(f"{number} {' '.join(words[:2])}", 26), (" ".join(words[2:]) or ".", 26)], HEAD
        )
        # Content slides under their own headings, the first naming the item's subject.
        _slide(doc, [(f"{head} in detail", 20), (body, 11), (body, 11), (body, 11)], HEAD)
        _slide(doc, [("Next steps", 20), (body, 11), (body, 11), (body, 11)], HEAD)
    doc.save(path)
    return path


def test_a_decks_divider_slides_open_its_items_and_first_names_are_presenters(
    tmp_path: Path,
) -> None:
    tree = analyze(
        _foundation_deck(tmp_path / "deck.pdf"), data_dir=tmp_path / "data", use_cache=False
    )
    assert [(i.number, i.title) for i in tree.items] == [
        ("I", "Security Disclosure Process"),
        ("II", "Project Lifecycle Review"),
        ("III", "Contributor Growth"),
        ("IV", "Spring Board Meeting Recap"),
    ]
    assert [p.name for p in tree.items[2].people] == ["Otto", "Rhea"]
    assert tree.items[2].purpose == "Good first issues"  # the bullet under it, without "○"
    # Each item from its divider slide (pages 3, 6, 9, 12), not its first content slide.
    assert [i.pdf_pages for i in tree.items] == [(3, 5), (6, 8), (9, 11), (12, 14)]


def test_slides_headed_by_a_one_word_items_very_title_open_it(tmp_path: Path) -> None:
    """A school parents' group's deck: its agenda slide is a timed schedule, and each item's
    slides open with its very title ("Welcome!", "Principal's Report" set mid-slide): titles
    of one word once "report" is set aside, too short to match a page's heading elsewhere."""
    doc = pymupdf.open()
    head = ("Fictional PTO General Meeting - March 3, 2026",)
    _slide(doc, [("Fictional PTO", 30), ("General Meeting", 30), ("March 3, 2026", 16)], head)
    schedule = [
        "6:00 - 6:05 Welcome",
        "6:05 - 6:15 Principal's Report",
        "6:15 - 6:30 Garden Committee Update",
        "6:30 - 6:45 Treasurer's Budget Review",
    ]
    _slide(doc, [("Agenda", 24), *[(row, 14) for row in schedule]], head)
    _slide(doc, [("Welcome!", 28), ("• Childcare is provided", 14), ("• Snacks", 14)], head)
    _slide(doc, [("", 28), ("", 28), ("Principal's Report", 28), ("Ms. Rivera", 16)], head)
    _slide(doc, [("Garden Committee Update", 24), ("• New beds planted", 14)], head)
    _slide(doc, [("Treasurer's Budget Review", 24), ("• Income and spending", 14)], head)
    path = tmp_path / "pto.pdf"
    doc.save(path)
    tree = analyze(path, data_dir=tmp_path / "data", use_cache=False)
    assert [it.title for it in tree.items][:2] == ["Welcome", "Principal's Report"]
    assert [it.pdf_pages for it in tree.items] == [(3, 3), (4, 4), (5, 5), (6, 6)]


def test_a_landscape_table_under_its_reports_footer_starts_no_deck() -> None:
    """A strategy printed portrait, one table page turned landscape, the strategy's own
    footer on every page: one paper. A landscape deck after a portrait report is another."""
    doc = pymupdf.open()
    footer = "Elmford Housing Strategy - Draft 3/4/2026"
    for k in range(3):
        page = doc.new_page(width=595, height=842)
        if k == 0:
            page.insert_text((72, 100), "Elmford Housing Strategy", fontsize=20)
        page.insert_text(
            (72, 160), f"Section {k + 1} of the strategy, in running text.", fontsize=10
        )
        page.insert_text((72, 800), footer, fontsize=8)
    table = doc.new_page(width=842, height=595)
    table.insert_text((72, 40), footer, fontsize=8)
    table.insert_text((72, 120), "Action plan: what, who and when", fontsize=10)
    letter = doc.new_page(width=595, height=842)
    letter.insert_text(
        (72, 100), "Letter from the Housing Forum on the draft strategy", fontsize=10
    )
    deck = doc.new_page(width=842, height=595)
    deck.insert_text((200, 250), "Quarterly Performance Presentation", fontsize=28)
    starts = {s.pdf_page: s.kind for s in find_documents(doc)}
    assert 4 not in starts
    assert starts.get(6) == "slides"


def test_a_title_slide_naming_the_item_opens_it_before_the_slide_headed_so(
    tmp_path: Path,
) -> None:
    """An advisory group's inaugural deck: each item opens on a title slide where the
    speaker's name sits above the item's title low on the slide, then a slide headed by the
    title in capitals (the one a title match finds first)."""
    doc = pymupdf.open()
    _slide(doc, [("Fictional Data Users Group", 30), ("Inaugural meeting", 24)])
    agenda = ["Introductions around the table", "History and orientation", "How we will work"]
    _slide(doc, [("Agenda", 26)] + [(f"{k}. {t}", 14) for k, t in enumerate(agenda, 1)])
    for title in agenda[1:]:
        page = doc.new_page(width=720, height=405)
        put_lines(page, ["• Ana Reyes, Deputy Director,", "Data Office"], 60, 150, 30, 18)
        page.insert_text((60, 300), title, fontsize=30)
        _slide(doc, [(title.upper(), 22)] + [("Points of the talk", 14)] * 6)
        _slide(doc, [("More points", 22)] + [("Points of the talk", 14)] * 6)
    path = tmp_path / "deck.pdf"
    doc.save(path)
    tree = analyze(path, use_cache=False)
    assert [(it.number, it.pdf_pages) for it in tree.items] == [
        ("1", None),
        ("2", (3, 5)),
        ("3", (6, 8)),
    ]


def test_a_sentence_long_item_opens_at_its_divider_whatever_number_the_deck_gives_it(
    tmp_path: Path,
) -> None:
    """A society's business meeting deck numbers its dividers one behind the agenda ("7
    Authorisation" for item 8, as its opening slide took items 1-3 as one). Item 8's title
    is a whole sentence ("Authorisation: Giving the Chair …"); its slide says the first half
    of it: that slide's item, opened by the divider before it."""
    doc = pymupdf.open()
    sign = (
        "Authorisation: Giving the Chair and the Vice-Chair authorisation to sign for the "
        "society in all matters, and the Treasurer the right to sign in money matters."
    )
    agenda = [*AGENDA[:7], sign, "Any other business."]
    _slide(doc, [("Northern Society for Word Lists", 30), ("Business Meeting", 24)])
    _slide(doc, [("Agenda", 26)] + [(f"{k}. {t}", 9) for k, t in enumerate(agenda, 1)])
    _slide(doc, [("Opening of the meeting (items 1-3)", 24)])
    _slide(doc, [("3 Chair's report", 32)])
    _slide(doc, [("Work of the committee this year", 24), ("Notes on the work.", 14)])
    _slide(doc, [("7 Authorisation", 32)])
    slide = doc.new_page(width=720, height=405)
    slide.insert_text((64, 130), "Authorization", fontname="hebo", fontsize=21)
    put_lines(
        slide,
        [
            "Authorisation: Giving the Chair and the Vice-Chair authorisation",
            "to sign for the society in all matters.",
        ],
        64,
        190,
        27,
        20,
    )
    path = tmp_path / "deck.pdf"
    doc.save(path)
    tree = analyze(path, data_dir=tmp_path / "data", use_cache=False)
    by = {it.number: it for it in tree.items}
    assert by["8"].title.startswith("Authorisation")
    assert by["8"].pdf_pages == (6, 7)  # the divider "7 Authorisation", then its slide
