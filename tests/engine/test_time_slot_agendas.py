"""Agendas with a time-slot column between the item number and the title ("1 | 14:45–14:50 |
Welcome"), as government boards and panels print them."""

from __future__ import annotations

from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.engine.agenda.rows import bullet_body, collect_rows
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


def test_bulleted_points_a_title_announces_are_its_sub_items() -> None:
    """ "Cabinet Office Update:" over bulleted points: each point is a sub-item (a wrapped
    point joined), and the presenter in brackets after them is no point. A title that does
    not announce them ("Forward Look") keeps its bullets as its purpose."""
    pages = lines_of(
        [
            [
                line("LOCAL DATA PANEL MEETING", 200, True),
                line("AGENDA", 270, True),
                [cell(60, "1)"), cell(80, "11.00 - 11.10")],
                line("Minutes and action points (Ann Reyes)", 80),
                8,
                [cell(60, "2)"), cell(80, "11.10 - 11.30")],
                line("Cabinet Office Update:", 80),
                [cell(90, "•"), cell(104, "National Information Infrastructure,")],
                [cell(90, "•"), cell(104, "Refreshing the department's Open Data Strategy and")],
                line("its Action Plan", 104),
                line("(Olive Burman)", 80),
                8,
                [cell(60, "3)"), cell(80, "11.30 - 11.50")],
                line("Forward Look", 80),
                [cell(90, "•"), cell(104, "Panel work programme for the next year")],
                8,
                [cell(60, "4)"), cell(80, "11.50 - 12.00")],
                line("AOB and Close", 80),
            ]
        ]
    )
    items = parse_agenda(pages, None).items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Minutes and action points"),
        ("2", "Cabinet Office Update"),
        ("3", "Forward Look"),
        ("4", "AOB and Close"),
    ]
    assert [c.title for c in items[1].children] == [
        "National Information Infrastructure",
        "Refreshing the department's Open Data Strategy and its Action Plan",
    ]
    assert items[2].children == []


def test_a_sentences_list_after_its_colon_is_no_sub_items() -> None:
    """ "To receive the following invoices for payment:" over bulleted payees: what the
    item deals with, in its purpose, not items of the agenda."""
    pages = lines_of(
        [
            [
                line("AGENDA", 270, True),
                line("17. To consider the planning application for Mill House", 72),
                line("18. To receive the following invoices for payment:", 72),
                [cell(90, "•"), cell(104, "Parish Caretaker – to be confirmed")],
                [cell(90, "•"), cell(104, "Hall hire – £40")],
                line("19. To consider items for the next agenda", 72),
            ]
        ]
    )
    items = parse_agenda(pages, None).items
    assert [i.number for i in items] == ["17", "18", "19"]
    assert items[1].children == []


def test_words_second_level_bullets_are_sub_items_without_a_colon() -> None:
    """Word's second-level bullet (a Courier "o" of its own) under an item's title marks its
    points even with no colon, and after a title its paper code closed; a point's paper
    code is the point's paper, not its title; a name in the Lead column beside the last
    point is no wrapped line of it. A sentence ("To note …") keeps its bullets."""
    pages = lines_of(
        [
            [
                line("DATA STANDARDS PANEL", 220, True),
                line("AGENDA", 270, True),
                [cell(60, "Item", True), cell(90, "Timing", True), cell(430, "Lead", True)],
                [cell(60, "1"), cell(90, "14:45–14:50"), cell(180, "Welcome and Introductions")],
                [cell(190, "o"), cell(204, "Agree actions from last meeting")],
                8,
                [cell(60, "2"), cell(90, "14:50–15:05"), cell(180, "Update on work programme")],
                [cell(190, "o"), cell(204, "Short-term Data Publication")],
                line("Plan - paper PB(4)2.i", 204),
                [cell(190, "o"), cell(204, "Open Data User Group"), cell(430, "Kate Marsh")],
                line("and", 430),
                line("Ian Dunn", 430),
                8,
                [cell(60, "3"), cell(90, "15:05–15:35"), cell(180, "Data strategy and the")],
                line("approach to the review - Paper PB(4)3", 180),
                [cell(190, "o"), cell(204, "Progress report and discussion")],
                8,
                [cell(60, "4"), cell(90, "15:35–15:45"), cell(180, "To note the following:")],
                [cell(190, "o"), cell(204, "the spending returns for May")],
                8,
                [cell(60, "5"), cell(90, "15:45–15:50"), cell(180, "AOB")],
            ]
        ]
    )
    items = parse_agenda(pages, None).items
    assert [(i.number, [c.title for c in i.children]) for i in items] == [
        ("1", ["Agree actions from last meeting"]),
        ("2", ["Short-term Data Publication Plan", "Open Data User Group"]),
        ("3", ["Progress report and discussion"]),
        ("4", []),
        ("5", []),
    ]
    assert items[1].children[0].paper == "paper PB(4)2.i"
    assert items[2].title == "Data strategy and the approach to the review"


def test_a_lead_centred_between_a_titles_lines_leaves_the_title_whole() -> None:
    """ "MoS HO" alone in the Lead column, set half a line below the title's first line, is
    the item's lead: the title's next line ("data – paper TB(6)2v1", beside the slot's
    "(25 mins)") still joins it, its paper taken off. A paper code at the end of a title's
    first line ends the title: "presented at the Board" under it is no part of it."""
    pages = lines_of(
        [
            [
                line("AGENDA", 270, True),
                [cell(89, "Timing", True), cell(459, "Lead", True)],
                [cell(71, "1"), cell(89, "11.00 – 11.05")],
                [cell(176, "Welcome and Introductions"), cell(458, "Chair")],
                8,
                [cell(71, "2"), cell(89, "11.05 – 11.30")],
                [cell(176, "Lessons learnt from release of street level crime")],
                -6.75,
                [cell(450, "MoS HO")],
                -6.75,
                [cell(89, "(25 mins)"), cell(176, "data – paper TB(6)2v1")],
                8,
                [cell(71, "3"), cell(89, "11.30 – 11.55")],
                [cell(176, "Open Business platforms – paper TB(6)3")],
                -6.75,
                [cell(438, "Kate Marsh")],
                -6.75,
                [cell(89, "(25 mins)"), cell(176, "presented at the Board")],
            ]
        ]
    )
    items = parse_agenda(pages, None).items
    assert [(i.number, i.title, i.paper) for i in items] == [
        ("1", "Welcome and Introductions", None),
        ("2", "Lessons learnt from release of street level crime data", "paper TB(6)2v1"),
        ("3", "Open Business platforms", "paper TB(6)3"),
    ]
    assert [[p.name for p in i.people] for i in items] == [["Chair"], ["MoS HO"], ["Kate Marsh"]]
