"""A foundation's monthly slide deck and a research centre's meeting programme (round 30).

The deck's second slide lists the items ("I." to "V.", open circles under each, first names
after a dash); each item's part opens with a divider slide repeating its number and title
over its speakers. The programme names each speaker after a comma with an honorific.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.agenda.people import split_presenter
from boardprep.core.engine.analysis import analyze
from tests.engine.test_realistic_agendas import parse_html

WIDE = (720, 405)  # a 16:9 slide


def _slide(doc: pymupdf.Document, lines: list[tuple[str, float]]) -> None:
    page = doc.new_page(width=WIDE[0], height=WIDE[1])
    page.insert_text((40, 30), "example.org", fontsize=9)  # the deck's running head
    page.insert_text((40, 44), "Fictional Open Source Foundation", fontsize=9)
    y = 90.0
    for text, size in lines:
        page.insert_text((60, y), text, fontsize=size)
        y += size * 1.4


def _deck(path: Path) -> Path:
    doc = pymupdf.open()
    _slide(doc, [("Monthly Maintainers Meeting", 28), ("Foundation Team", 14), ("May 5, 2026", 14)])
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
    _slide(doc, rows)
    body = "Body text of a content slide that explains the topic at some length here."
    for number, title, _bullets in items:
        head = title.split(" - ")[0]
        words = head.split()
        _slide(doc, [(f"{number} {' '.join(words[:2])}", 26), (" ".join(words[2:]) or ".", 26)])
        # Content slides under their own headings, the first naming the item's subject.
        _slide(doc, [(f"{head} in detail", 20), (body, 11), (body, 11), (body, 11)])
        _slide(doc, [("Next steps", 20), (body, 11), (body, 11), (body, 11)])
    doc.save(path)
    return path


def test_a_decks_divider_slides_open_its_items_and_first_names_are_presenters(
    tmp_path: Path,
) -> None:
    tree = analyze(_deck(tmp_path / "deck.pdf"), data_dir=tmp_path / "data", use_cache=False)
    assert [(i.number, i.title) for i in tree.items] == [
        ("I", "Security Disclosure Process"),
        ("II", "Project Lifecycle Review"),
        ("III", "Contributor Growth"),
        ("IV", "Spring Board Meeting Recap"),
    ]
    assert [p.name for p in tree.items[2].people] == ["Otto", "Rhea"]
    # Each item from its divider slide (pages 3, 6, 9, 12), not its first content slide.
    assert [i.pdf_pages for i in tree.items] == [(3, 5), (6, 8), (9, 11), (12, 14)]


def test_a_repeated_note_after_a_dash_is_no_presenter() -> None:
    res = parse_html(
        "<p><b>AGENDA</b></p>"
        "<p>1. Finance - Update</p><p>2. Estates - Update</p><p>3. Workforce - Update</p>"
        "<p>4. Audit - Finance and Risk</p>"
    )
    assert [i.title for i in res.items] == [
        "Finance - Update",
        "Estates - Update",
        "Workforce - Update",
        "Audit - Finance and Risk",
    ]


def test_a_name_with_its_honorific_after_a_comma_is_the_presenter() -> None:
    title, people = split_presenter("Welcome, Dr. Ada Lindqvist, Associate Dean of Engineering")
    assert title == "Welcome"
    assert [(p.name, p.role) for p in people] == [
        ("Dr. Ada Lindqvist", "Associate Dean of Engineering")
    ]
    title, people = split_presenter("“The Value of Failure”, Professor Nico Marsh")
    assert (title, [p.name for p in people]) == ("“The Value of Failure”", ["Professor Nico Marsh"])
    # No honorific: a list in the title stays ("Parks, Trees and Open Spaces").
    assert split_presenter("Parks, Trees and Open Spaces")[1] == []
