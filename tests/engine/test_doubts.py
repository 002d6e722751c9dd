"""Say when unsure: the finished tree checked against the agenda lines, outline and pages."""

from __future__ import annotations

from boardprep.core.engine.documents import DocStart
from boardprep.core.engine.doubts import (
    doubts,
    outline_disagrees,
    overlapping_items,
    papers_left_over,
)
from boardprep.core.engine.pages.textlayer import Line, PageLines
from boardprep.core.model import Item


def _page(*texts: str) -> PageLines:
    lines = [Line(t, 72, 100 + 20 * k, 400, 112 + 20 * k, 11, False) for k, t in enumerate(texts)]
    return PageLines(1, 595, 842, lines)


def test_numbered_lines_that_became_no_item_are_named() -> None:
    page = _page(*(f"{n} Report on the {w} service" for n, w in enumerate("abcdefghij", 1)))
    items = [Item("1", "Report on the a service")]
    warnings = doubts(items, [page], [])
    assert len(warnings) == 1
    assert "2, 3, 4, 5, 6, 7 and 3 more" in warnings[0] and "1 were found" in warnings[0]


def test_a_complete_tree_raises_no_doubt() -> None:
    page = _page("1 Apologies for absence", "2 Minutes of the last meeting", "10.30 Coffee break")
    items = [Item("1", "Apologies for absence"), Item("2", "Minutes of the last meeting")]
    assert doubts(items, [page], []) == []


def test_bookmarks_naming_items_the_tree_lacks() -> None:
    outline = [DocStart(p, f"Report {n}", "outline", n) for p, n in [(5, "3"), (9, "4"), (14, "5")]]
    assert outline_disagrees(outline, [Item("3", "x"), Item("4", "y"), Item("5", "z")]) is None
    said = outline_disagrees(outline, [Item("3", "x")])
    assert said is not None and "items 4, 5" in said


def test_overlapping_siblings_are_named_but_a_shared_paper_is_not() -> None:
    a = Item("5", "Budget", pdf_pages=(10, 20))
    b = Item("6", "Capital", pdf_pages=(18, 30))
    assert overlapping_items([a, b]) == [
        "Items 5 and 6 both claim pages 18–20: check where each one starts."
    ]
    shared = [Item("7", "x", pdf_pages=(31, 40)), Item("8", "y", pdf_pages=(31, 40))]
    assert overlapping_items(shared) == []


def test_a_title_running_into_its_description_is_doubted() -> None:
    from boardprep.core.engine.doubts import titles_with_descriptions
    from boardprep.core.model import Item

    long_real = Item(
        number="4",
        title="Approve Budget Modification No. 28 to Appropriate Transportation Fund for Clean"
        " Air Program Manager Funds and Vehicle Registration Funds for Retiming of Traffic"
        " Signals and Pedestrian Infrastructure Improvements",
    )
    run_on = Item(
        number="6a",
        title="Report and Discussion Regarding the Parks and Recreation Department Work Plan"
        " The Parks and Recreation Department is responsible for the City's day-to-day"
        " recreational needs of our residents, including aquatics and senior programs",
    )
    assert titles_with_descriptions([long_real]) is None
    warning = titles_with_descriptions([long_real, run_on])
    assert warning is not None and "item 6a" in warning


def test_numbers_the_agenda_skips_are_a_doubt() -> None:
    """1, 5, 7, 9 read from a scanned agenda: 2-4, 6 and 8 were printed but misread."""
    from boardprep.core.engine.doubts import numbering_gaps

    def items(*numbers: str) -> list[Item]:
        return [Item(n, f"Item {n}") for n in numbers]

    warning = numbering_gaps(items("1", "5", "7", "9"))
    assert warning is not None and "skips 2, 3, 4, 6, 8" in warning
    assert numbering_gaps(items("1", "2", "3", "5")) is None  # one withdrawn item
    assert numbering_gaps(items("1", "2", "6", "5", "4", "3")) is None  # out of order
    assert numbering_gaps(items("1", "2", "3", "1", "2")) is None  # restarted per section
    assert numbering_gaps(items("100", "200", "300")) is None  # another numbering


def test_pages_that_went_to_no_item_while_items_lack_papers_are_named() -> None:
    """A scanned pack whose papers could not be read: every item shows no pages, so say
    which pages went to no item rather than let "no papers" stand as a fact."""
    items = [
        Item("", "Call to Order"),
        Item("", "Consent Agenda", children=[Item("", "Bills and Payroll")]),
        Item("", "Budget Hearing", pdf_pages=(16, 16)),
        Item("", "Adjourn"),
    ]
    blanks = [False] * 20
    blanks[9] = True  # a separator page
    warning = papers_left_over(items, 2, blanks)
    assert warning is not None
    assert warning.startswith("Pages 2–9, 11–15 and 17–20 of the file went to no item")
    assert "1 item has no pages" in warning  # "Bills and Payroll"; the formalities need none
    # Every paper placed (or the formalities alone without pages): nothing to say.
    items[1].children[0].pdf_pages = (2, 15)
    assert papers_left_over(items, 2, blanks) is None
