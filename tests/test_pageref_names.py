"""PageNames: the one way pages are written for the member (printed, the PDF's own in brackets)."""

from __future__ import annotations

from boardprep.core.model import Item
from boardprep.core.pageref import PageNames, page_label, parse_page_ref, range_label

# Front sheet and agenda unstamped, the papers numbered from 1 on the third page.
LABELS = [None, None, 1, 2, 3, 4, 5]


def test_a_page_is_named_as_printed_with_the_pdfs_own_in_brackets() -> None:
    names = PageNames(LABELS)
    assert names.label(4) == "2 (#4)"
    assert names.words(4) == "page 2 (#4)"
    assert names.words(4, capital=True) == "Page 2 (#4)"
    assert names.label(1) == "#1"  # unstamped in a stamped pack: never a bare "1"
    assert names.label(None) == "" and names.words(None) == ""


def test_what_is_written_reads_back_as_the_same_page() -> None:
    from boardprep.core.model import AgendaTree, PackInfo

    tree = AgendaTree(PackInfo("p.pdf", "0" * 64, len(LABELS)), page_labels=LABELS)
    names = PageNames.of(tree)
    for page in range(1, len(LABELS) + 1):
        printed, _, physical = names.label(page).partition(" (")
        assert parse_page_ref(printed, tree, len(LABELS)) == page
        if physical:
            assert parse_page_ref(physical.rstrip(")"), tree, len(LABELS)) == page


def test_numbers_agree_or_the_pack_prints_none() -> None:
    assert PageNames([1, 2, 3]).label(2) == "2"
    assert PageNames([None, None, None]).label(2) == "2"  # no stamps: the PDF's page is the page
    assert PageNames().label(5, 3) == "3 (#5)"  # a record's stored number when labels are unknown
    assert page_label(7, None, stamped=False) == "7"


def test_ranges_and_items() -> None:
    names = PageNames(LABELS)
    assert names.range_label((3, 5)) == "1–3 (#3–5)"
    assert names.range_words((3, 3)) == "page 1 (#3)"
    assert names.range_words((1, 2)) == "pages #1–#2"
    item = Item("4", "Budget", pack_pages=(2, 4), pdf_pages=(4, 6))
    assert names.item_words(item, capital=True) == "Pages 2–4 (#4–6)"
    missing = Item("5", "Supplement", pack_pages=(9, 12), pdf_pages=None)
    assert names.item_words(missing) == "pages 9–12"  # printed on the agenda, not in this file
    assert range_label((2, 3), (2, 3)) == "2–3"


def test_an_agenda_that_prints_only_where_the_papers_start() -> None:
    names = PageNames(LABELS)
    # "(PAGE 2)" on the agenda, the papers on printed pages 2-4: the range they span.
    started = Item("6", "Sewer rates", pack_pages=(2, 2), pdf_pages=(4, 6))
    assert names.item_words(started, capital=True) == "Pages 2–4 (#4–6)"
    one = Item("7", "Minutes", pack_pages=(5, 5), pdf_pages=(7, 7))
    assert names.item_words(one) == "page 5 (#7)"


def test_the_status_bar_line() -> None:
    names = PageNames(LABELS)
    assert names.of_total(4, 7) == "Page 2 (#4 of 7)"
    assert names.of_total(1, 7) == "Page #1 of 7"
    assert PageNames([1, 2]).of_total(2, 2) == "Page 2 of 2"
