"""US city-council agendas, rebuilt with fictional wording.

First seen on a real California council's consent calendar: a justified title line written one
word per span (every gap between its words stretched alike) was read as table cells, so only
its first and last words stayed in the title; and a date's year wrapped onto a line of its own
("… MINUTES OF MARCH 9," / "2026") was taken for the item's purpose. A school board's
titles end with several presenters, each with an office that may hold a comma
("Director of Construction, Maintenance and Facilities") and names with accents.
"""

from __future__ import annotations

import pymupdf

from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.agenda.people import split_presenter
from boardprep.core.engine.pages.textlayer import page_lines


def _justified(page: pymupdf.Page, x: float, y: float, words: list[str], right: float) -> None:
    """Words spread to fill ``x``..``right``: one span each, equal gaps between them."""
    widths = [pymupdf.get_text_length(w, fontname="hebo", fontsize=10) for w in words]
    gap = (right - x - sum(widths)) / (len(words) - 1)
    for w, width in zip(words, widths, strict=True):
        page.insert_text((x, y), w, fontname="hebo", fontsize=10)
        x += width + gap


def _consent_page() -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((230, 60), "CITY COUNCIL AGENDA", fontname="hebo", fontsize=12)
    page.insert_text((55, 100), "4.", fontname="hebo", fontsize=10)
    page.insert_text((120, 100), "CONSENT CALENDAR", fontname="hebo", fontsize=10)
    page.insert_text((120, 125), "A.", fontname="hebo", fontsize=10)
    page.insert_text(
        (169, 125), "ARTS COMMISSION MINUTES OF MARCH 9,", fontname="hebo", fontsize=10
    )
    page.insert_text((169, 138), "2026", fontname="hebo", fontsize=10)
    page.insert_text((169, 158), "Recommendation: Receive and file.", fontsize=10)
    page.insert_text((55, 190), "5.", fontname="hebo", fontsize=10)
    page.insert_text((120, 190), "CEREMONIAL ITEMS", fontname="hebo", fontsize=10)
    page.insert_text((120, 215), "A.", fontname="hebo", fontsize=10)
    words = ["PRESENTATION", "TO", "DEPARTING", "PLANNING", "COMMISSIONER", "IVY"]
    _justified(page, 169, 215, words, 557)
    page.insert_text((169, 228), "MARLOWE", fontname="hebo", fontsize=10)
    page.insert_text((55, 260), "6.", fontname="hebo", fontsize=10)
    page.insert_text((120, 260), "ADJOURNMENT", fontname="hebo", fontsize=10)
    return page


def test_a_justified_title_line_and_a_wrapped_year_stay_in_the_titles() -> None:
    items = parse_agenda([page_lines(_consent_page())], None).items
    titles = {c.number: c.title for it in items for c in it.children}
    assert titles["4a"] == "ARTS COMMISSION MINUTES OF MARCH 9, 2026"
    assert titles["5a"] == "PRESENTATION TO DEPARTING PLANNING COMMISSIONER IVY MARLOWE"


def test_table_cells_at_uneven_gaps_stay_cells() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    for x, word in [(72, "Item"), (110, "Subject"), (380, "Lead"), (470, "Time"), (530, "Pages")]:
        page.insert_text((x, 100), word, fontname="hebo", fontsize=10)
    # Even gaps, but figures: a table's columns of numbers are not a sentence.
    for k, word in enumerate(["2023", "2024", "2025", "2026"]):
        page.insert_text((200 + k * 80, 130), word, fontsize=10)
    lines = page_lines(page).lines
    assert lines[0].text == "Item\tSubject\tLead\tTime\tPages"
    assert lines[1].text == "2023\t2024\t2025\t2026"


def test_several_presenters_with_offices_leave_the_title() -> None:
    title, people = split_presenter(
        "Discussion and/or Action to Approve Capital Contracts Over $50,000 - Nadia Ortiz, "
        "Associate Superintendent of Business Services, Lena da Costa, Director of Construction, "
        "Maintenance and Facilities, and Jérôme Falk, Capital Projects Purchasing Manager"
    )
    assert title == "Discussion and/or Action to Approve Capital Contracts Over $50,000"
    assert [p.name for p in people] == ["Nadia Ortiz", "Lena da Costa", "Jérôme Falk"]


def test_a_closed_session_subject_after_a_dash_is_no_name() -> None:
    title = "Conference with Legal Counsel – Anticipated Litigation"
    assert split_presenter(title, plain_names=True) == (title, [])
