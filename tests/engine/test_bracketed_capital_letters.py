"""A US city council's sub-items lettered "(A)" ... "(Z)", "(AA)", "(BB)", under an item whose
title announces them ("… for the following:") and a centred group heading."""

from __future__ import annotations

from boardprep.core.engine.agenda.lines import match_number
from boardprep.core.engine.agenda.parse import parse_agenda
from tests.engine.agenda_pdfkit import line, lines_of


def test_bracketed_capitals_and_doubled_letters_are_sub_letters() -> None:
    for text, number in (("(A) Supplemental agreement", "a"), ("(BB) PANKA GRILL", "bb")):
        nm = match_number(text)
        assert nm is not None and (nm.number, nm.kind) == (number, "sub-letter")
    assert match_number("(AB) Not a letter") is None
    assert match_number("(UK) Not a letter") is None


def test_lettered_rows_under_a_title_that_announces_them() -> None:
    pages = lines_of(
        [
            [
                line("RIVERTON CITY COUNCIL", 220, True),
                line("1. ROLL CALL:", 86),
                line("2. Approving beverage licence applications for the following:", 86),
                6,
                line("NEW APPLICATIONS", 240, True),
                line("(A) HARBOUR LIGHT DINER", 110),
                line("(B) NORTHSIDE MARKET", 110),
                line("RENEWAL APPLICATIONS", 230, True),
                line("(C) THE CORNER TAP", 110),
                line("3. Approving the purchase of two snow ploughs.", 86),
            ]
        ]
    )
    items = parse_agenda(pages, None).items
    assert [(i.number, i.title) for i in items] == [
        ("1", "ROLL CALL"),
        ("2", "Approving beverage licence applications for the following"),
        ("3", "Approving the purchase of two snow ploughs"),
    ]
    assert [(c.number, c.title) for c in items[1].sub_items] == [
        ("2a", "HARBOUR LIGHT DINER"),
        ("2b", "NORTHSIDE MARKET"),
        ("2c", "THE CORNER TAP"),
    ]
    # The JSON prints the label as the agenda does (the contract's "as printed").
    assert [c.to_json()["number"] for c in items[1].sub_items] == ["(A)", "(B)", "(C)"]
    assert [c.display_number for c in items[1].sub_items] == ["2(A)", "2(B)", "2(C)"]
