"""A city council's list of licence applications, rebuilt with fictional names.

First seen on an Iowa city council's agendas (three of them, over 30 applications each): each
application is a lettered sub-item printed as a row of a table, the business's name, its
street address and the licence asked for ("(C) MAPLE LEAF TAVERN <tab> 3408 ORCHARD RD <tab> C
Liquor"). The engine kept the name alone; the entry as printed is the whole row. Headings set in
the middle of the page between the entries ("RENEWAL APPLICATIONS") became the purpose of the
entry above them.
"""

from __future__ import annotations

from boardprep.core.engine.agenda.item import address_cell
from boardprep.core.engine.agenda.parse import parse_agenda
from boardprep.core.model import walk_items
from tests.engine.agenda_pdfkit import cell, line, lines_of


def test_a_licence_rows_address_and_class_are_part_of_its_entry() -> None:
    rows = [
        line("CITY COUNCIL AGENDA", 200),
        line("Monday, June 7, 2027 at 4:30 PM", 200),
        6.0,
        [cell(72, "3."), cell(100, "Approving the minutes of the May 24, 2027 meeting.")],
        [cell(72, "4."), cell(100, "Approving the following liquor license renewals:")],
        [cell(100, "(A) MAPLE LEAF TAVERN"), cell(300, "3408 ORCHARD RD"), cell(430, "C Liquor")],
        [cell(100, "(B) NORTH END GROCERY"), cell(300, "1300 SE 1ST ST"), cell(430, "E Liquor")],
        10.0,
        [cell(228, "RENEWAL APPLICATIONS", bold=True)],
        [cell(100, "(C) RIVERSIDE BISTRO"), cell(300, "4040 UNIVERSITY"), cell(430, "C Beer/Wine")],
        [cell(72, "5."), cell(100, "Setting the date of hearing on the 2027 paving program.")],
    ]
    items = parse_agenda(lines_of([rows]), None).items
    titles = {it.number: it.title for it in walk_items(items)}
    purposes = {it.number: it.purpose for it in walk_items(items)}
    assert titles["4a"] == "MAPLE LEAF TAVERN 3408 ORCHARD RD C Liquor"
    # The heading set in the middle between entries heads the entries below it: it is not
    # the purpose of the entry above it.
    assert purposes["4b"] is None
    assert titles["4c"] == "RIVERSIDE BISTRO 4040 UNIVERSITY C Beer/Wine"
    assert titles["5"].startswith("Setting the date of hearing")


def test_an_address_cell_is_a_house_number_and_its_street() -> None:
    for address in ("2814 ORCHARD", "3000 E GRAND AVE", "1300 SE 1ST ST", "12 Mill Lane"):
        assert address_cell(address), address
    # A year, a duration, a count of pages: no house.
    for other in ("2027 BUDGET", "2027 Budget Review", "10 MINUTES", "3 Reports", "9 - 14"):
        assert not address_cell(other), other


def test_a_not_for_publication_line_set_in_the_middle_still_marks_its_item() -> None:
    """Set out like a heading between entries, the mark is still the item's own."""
    rows = [
        line("CITY COUNCIL AGENDA", 200),
        6.0,
        [cell(72, "7."), cell(100, "Acquisition of land at the old depot site.")],
        10.0,
        [cell(230, "NOT FOR PUBLICATION", bold=True)],
        10.0,
        [cell(72, "8."), cell(100, "Date of the next meeting.")],
    ]
    items = parse_agenda(lines_of([rows]), None).items
    exempt = {it.number: it.exempt for it in walk_items(items)}
    assert exempt["7"] and not exempt["8"]
