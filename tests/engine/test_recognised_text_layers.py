"""Agendas whose text layer came from text recognition before they were published, rebuilt
with fictional wording.

First seen on a Miami owners' association's board agenda: "ON: WEDNESDAY, OCTOBER L6,2OI9" (a
1 read as "L", a 0 as "O") gave no date, and "s) THE ROOM WILL BE OPEN …" after "7)" (an 8
read as "s") hung the last item under the one before.

Then on an Indian college's scanned governing-body agenda, its text laid invisibly under the
scan: line sizes guessed from the letters' heights (14.5 pt, then 11 pt for the same title's
second line) cut every title at its first line, and "Time: l1:00 am" read as 1 o'clock.
And a text layer that spells each word space as a tab and spaces, which cut every title
after its first word.
"""

from __future__ import annotations

import pymupdf
import pytest

from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.meeting import _first_time, find_date
from boardprep.core.engine.pages.textlayer import _span_text, page_lines
from tests.engine.agenda_pdfkit import line, lines_of


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ON: WEDNESDAY, OCTOBER L6,2OI9, AT 7.30 P.M.", "2019-10-16"),
        ("Thursday, May l7th, 2O24", "2024-05-17"),
        ("1O May 2020", "2020-05-10"),
    ],
)
def test_a_date_with_letters_read_for_its_digits(text: str, date: str) -> None:
    assert find_date(text) == date


def test_words_of_letters_alone_are_never_read_as_numbers() -> None:
    assert find_date("Room LOL on 4 May 2021") == "2021-05-04"
    assert find_date("Item IOI, Lot 12") is None


def _agenda(last: str, after: list[str] | None = None) -> list:
    rows = [line("BOARD OF DIRECTORS MEETING", 200, True), line("AGENDA", 260, True)]
    titles = [
        "CALL THE MEETING TO ORDER.",
        "CALL THE ROLL.",
        "PROOF OF NOTICE OF MEETING.",
        "APPROVE MINUTES OF THE LAST MEETING.",
        "MANAGER'S REPORT.",
        "NEW BUSINESS.",
        "REVIEW AND APPROVE THE PROPOSED BUDGET.",
    ]
    rows += [line(f"{k}) {t}", 96) for k, t in enumerate(titles, 1)]
    rows += [line(last, 96), *[line(t, 96) for t in after or []]]
    return rows


def test_a_letter_read_for_the_next_number_is_that_number() -> None:
    items = parse_agenda(lines_of([_agenda("s) THE ROOM WILL BE OPEN FOR COMMENTS.")]), None).items
    assert [it.number for it in items] == [str(n) for n in range(1, 9)]
    assert items[7].title == "THE ROOM WILL BE OPEN FOR COMMENTS"


def test_a_list_of_letters_stays_letters() -> None:
    # "s)", "t)" running on are letters, whatever number came before them.
    pages = [_agenda("s) SOUTH GATE REPAIRS.", ["t) TENNIS COURT LIGHTS."])]
    items = parse_agenda(lines_of(pages), None).items
    assert "8" not in [it.number for it in items]


def _hidden_layer_agenda(render_mode: int) -> pymupdf.Page:
    """An agenda recognised by the publisher's scanner: its text laid under the scan, each
    line's size guessed from its letters' heights (a code line with capitals reads big)."""
    page = pymupdf.open().new_page(width=595, height=842)
    rows = [
        (72, 80, "AGENDA", 14),
        (80, 120, "GB 1.01", 11.5),
        (138, 120, "Order on the status of the College and the steps to", 14.5),
        (138, 138, "implement it.", 11),
        (80, 160, "GB 1.02", 11.5),
        (138, 160, "Constitution of the Governing Body.", 12),
    ]
    for x, y, text, size in rows:
        page.insert_text((x, y), text, fontsize=size, render_mode=render_mode)
    return page


def test_a_publishers_hidden_recognised_layer_is_read_as_recognised_text() -> None:
    hidden = page_lines(_hidden_layer_agenda(3))
    assert hidden.ocr
    assert not page_lines(_hidden_layer_agenda(0)).ocr
    items = parse_agenda([hidden], None).items
    assert [(it.number, it.title) for it in items] == [
        ("GB 1.01", "Order on the status of the College and the steps to implement it"),
        ("GB 1.02", "Constitution of the Governing Body"),
    ]


@pytest.mark.parametrize(
    ("text", "time"), [("Time: l1:00 am", "11:00"), ("Time: I0.30 am", "10:30")]
)
def test_a_time_with_a_letter_read_for_its_one(text: str, time: str) -> None:
    assert _first_time(text.split(":", 1)[1]) == time


def test_word_spaces_written_as_a_tab_then_spaces_are_spaces() -> None:
    # An ISO working group's agenda, printed by a writer that spells each word space
    # "\t\r \xa0": read as tabs, they cut "Call to Order" into cells and kept only "Call".
    span = {"text": "Call\t\r \xa0to\t\r \xa0Order\t\r \xa0"}
    assert _span_text(span).split() == ["Call", "to", "Order"]
    assert "\t" not in _span_text(span)
    assert _span_text({"text": "1.\tCall to Order"}) == "1.\tCall to Order"  # a real tab stop
