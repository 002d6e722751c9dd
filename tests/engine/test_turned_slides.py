"""A slide deck printed landscape onto portrait sheets: each slide's text is drawn sideways
and the page carries /Rotate 90, so a reader sees it across the screen (a lake association's
AGM deck from PowerPoint through a PostScript printer; rebuilt with fictional wording). The
text layer reports such text in the page's unturned space, running up the sheet."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze
from boardprep.core.engine.pages.textlayer import page_lines

AGENDA = [
    "Welcome and Introductions",
    "Forest Stewardship Update",
    "Water Quality Results",
    "Membership Report",
    "Election of Directors",
]


def _slide(doc: pymupdf.Document, lines: list[tuple[float, str, float]]) -> None:
    page = doc.new_page(width=612, height=1008)  # a portrait sheet shown landscape
    page.set_rotation(90)
    y = 70.0
    for x, text, size in lines:
        y += size * 1.8
        # Where the reader sees (x, y), drawn so that it reads across once turned.
        page.insert_text(
            pymupdf.Point(x, y) * page.derotation_matrix, text, fontsize=size, rotate=90
        )


def _deck(path: Path) -> Path:
    doc = pymupdf.open()
    _slide(
        doc,
        [
            (300, "2026 Cedar Lake Association", 32),
            (330, "Annual General Meeting", 28),
            (420, "July 11, 2026", 18),
        ],
    )
    _slide(
        doc,
        [(60, "AGENDA", 40), (480, "July 11, 2026", 12)]
        + [(110, f"{k + 1}. {title}", 20) for k, title in enumerate(AGENDA)],
    )
    for title in AGENDA[1:]:
        _slide(
            doc,
            [(60, title, 32)] + [(90, f"Point {j} about {title.lower()}", 18) for j in range(1, 6)],
        )
    doc.save(path)
    return path


def test_sideways_text_on_a_turned_page_reads_across(tmp_path: Path) -> None:
    with pymupdf.open(_deck(tmp_path / "deck.pdf")) as doc:
        lines = page_lines(doc[1]).lines
    assert [ln.text for ln in lines][:3] == [
        "AGENDA",
        "July 11, 2026",
        "1. Welcome and Introductions",
    ]
    assert lines[0].x0 < 100 and lines[2].x0 < 150  # on the left, as the reader sees them


def test_a_turned_slide_deck_agenda_is_found(tmp_path: Path) -> None:
    tree = analyze(_deck(tmp_path / "deck.pdf"), use_cache=False)
    assert [(it.number, it.title) for it in tree.items] == [
        (str(k + 1), title) for k, title in enumerate(AGENDA)
    ]
    assert tree.meeting.date == "2026-07-11"


def test_ligatures_the_font_maps_to_nothing_are_told_from_the_letters_after_them() -> None:
    """The same deck's Calibri lost its "ti" and "tt" ligatures: "Mee�ng", "Commi\\x16ee"."""
    from boardprep.core.engine.pages.textlayer import _lost_ligatures

    assert _lost_ligatures("Business Mee\ufffdng") == "Business Meeting"
    assert _lost_ligatures("Welcome & Introduc\x16ons") == "Welcome & Introductions"
    assert _lost_ligatures("Finance Commi\x16ee") == "Finance Committee"
    assert _lost_ligatures("(a) ma\ufffders arising") == "(a) matters arising"
    assert _lost_ligatures("Coffee\x01 Break") == "Coffee  Break"  # a stray code: a gap
    assert _lost_ligatures("Agenda\ufffdPage 2") == "Agenda Page 2"  # a tab with no glyph
    assert _lost_ligatures("\ufffd\ufffd\ufffd \ufffd\ufffd") == "\ufffd\ufffd\ufffd \ufffd\ufffd"
