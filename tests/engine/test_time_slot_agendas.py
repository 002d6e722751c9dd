"""Agendas with a time-slot column between the item number and the title ("1 | 14:45–14:50 |
Welcome"), as government boards and panels print them."""

from __future__ import annotations

from boardprep.core.engine.agenda.captions import bullet_body
from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.agenda.rows import collect_rows
from tests.engine.agenda_pdfkit import cell, line, lines_of


def test_a_time_slot_is_the_items_time_never_its_title() -> None:
    pages = lines_of(
        [
            [
                line("DATA STANDARDS PANEL", 220, True),
                line("AGENDA", 270, True),
                [cell(60, "Item", True), cell(90, "Timing", True), cell(180, "Subject", True)],
                [cell(60, "1"), cell(90, "10:00–10:05"), cell(180, "Welcome and introductions")],
                [cell(60, "2"), cell(90, "10:05 –10:40 Review of the open data charter")],
                [cell(60, "3"), cell(90, "10.40 - 11.20")],
                [cell(180, "Local spending returns")],
                [cell(60, "4"), cell(90, "11.20-11.30"), cell(180, "Any other business")],
            ]
        ]
    )
    res = parse_agenda(pages, None)
    assert [(i.number, i.title, i.time) for i in res.items] == [
        ("1", "Welcome and introductions", "10:00"),
        ("2", "Review of the open data charter", "10:05"),
        ("3", "Local spending returns", "10:40"),
        ("4", "Any other business", "11:20"),
    ]


def test_a_letter_o_is_a_bullet_only_as_a_glyph_of_its_own() -> None:
    pages = lines_of(
        [
            [
                [cell(90, "o"), cell(104, "Agree the actions from the last meeting")],
                line("o Agree the actions from the last meeting", 90),
            ]
        ]
    )
    glyph, word = collect_rows(pages)
    assert bullet_body(glyph) == "Agree the actions from the last meeting"
    assert bullet_body(word) is None


def test_the_title_under_a_slot_gives_its_paper_code_and_lead_to_the_item() -> None:
    pages = lines_of(
        [
            [
                line("AGENDA", 270, True),
                [cell(60, "Item", True), cell(90, "Timing", True), cell(430, "Lead", True)],
                [cell(60, "1"), cell(90, "11.00 - 11.30")],
                [cell(180, "Open data platforms – paper PB(6)3"), cell(430, "Kate Marsh")],
                [cell(60, "2"), cell(90, "11.30 - 11.50")],
                [cell(180, "Review of the charter - paper PB(6)4.ii")],
            ]
        ]
    )
    first, second = parse_agenda(pages, None).items
    assert (first.title, first.paper, first.time) == (
        "Open data platforms",
        "paper PB(6)3",
        "11:00",
    )
    assert [(p.role, p.name) for p in first.people] == [("Lead", "Kate Marsh")]
    assert (second.title, second.paper) == ("Review of the charter", "paper PB(6)4.ii")
