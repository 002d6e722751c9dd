from __future__ import annotations

from boardprep.core.model import AgendaTree, PackInfo
from boardprep.ui.navigation import NavHistory, neighbour, parse_page_ref


def _tree(labels: list[int | None]) -> AgendaTree:
    return AgendaTree(pack=PackInfo("x.pdf", "0" * 64, len(labels)), page_labels=labels)


def test_printed_page_numbers_map_through_the_stamps() -> None:
    # Physical pages 1-4 unstamped (front sheet, agenda), then "Page 5" on physical 5...
    tree = _tree([None, None, None, None, *range(9, 60)])
    assert parse_page_ref("37", tree, 55) == 33
    assert parse_page_ref("p37", tree, 55) == 33
    assert parse_page_ref("Page 37", tree, 55) == 33
    assert parse_page_ref("  P 9 ", tree, 55) == 5


def test_hash_means_physical_page() -> None:
    tree = _tree([None, None, *range(9, 60)])
    assert parse_page_ref("#41", tree, 53) == 41
    assert parse_page_ref("# 2", tree, 53) == 2
    assert parse_page_ref("#99", tree, 53) is None
    assert parse_page_ref("#0", tree, 53) is None


def test_unknown_or_garbage_refs() -> None:
    tree = _tree([None, None, *range(9, 60)])
    assert parse_page_ref("3", tree, 53) is None  # no page is stamped 3
    assert parse_page_ref("abc", tree, 53) is None
    assert parse_page_ref("", tree, 53) is None


def test_unstamped_pack_takes_numbers_as_physical() -> None:
    tree = _tree([None] * 20)
    assert parse_page_ref("7", tree, 20) == 7
    assert parse_page_ref("p21", tree, 20) is None
    assert parse_page_ref("4", None, 20) == 4


def test_history_back_forward_and_truncation() -> None:
    h = NavHistory()
    assert not h.can_back()
    for p in (1, 10, 20):
        h.visit(p)
    h.visit(20)  # repeated visit is not a new step
    assert h.back() == 10
    assert h.back() == 1
    assert h.back() is None
    assert h.forward() == 10
    h.visit(5)  # a new jump drops the forward list
    assert not h.can_forward()
    assert h.back() == 10
    h.replace_current(12)
    assert h.forward() == 5
    assert h.back() == 12


def test_previous_and_next_item_hold_at_the_ends() -> None:
    items = ["1", "2", "3"]
    assert neighbour(items, None, 1) == "1"  # from nothing: the first item
    assert neighbour(items, "1", 1) == "2"
    assert neighbour(items, "3", 1) == "3"  # past the last: stays there
    assert neighbour(items, "1", -1) == "1"
    assert neighbour([], None, 1) is None


def test_a_page_that_does_not_exist_is_explained() -> None:
    from boardprep.ui.navigation import missing_page_message

    tree = _tree([None, None, None, None, *range(9, 60)])
    assert missing_page_message("500", tree, 55) == (
        "There is no page 500 in this pack: its printed page numbers run 9–59 (#1–#55 in the PDF)."
    )
    assert missing_page_message(" p3 ", tree, 55).startswith("There is no page 3 in this pack:")
    assert missing_page_message("#99", tree, 55) == (
        "There is no page #99 in this pack: it has 55 pages."
    )
    assert missing_page_message("99", _tree([None] * 20), 20) == (
        "There is no page 99 in this pack: it has 20 pages."
    )
    assert missing_page_message("abc", tree, 55).startswith("“abc” is not a page number:")
    same = _tree(list(range(1, 21)))  # printed numbers that are the PDF's own
    assert (
        missing_page_message("99", same, 20) == "There is no page 99 in this pack: it has 20 pages."
    )
    gappy = _tree([None, 1, 2, 5, 6])
    assert "run 1–6 with gaps" in missing_page_message("3", gappy, 5)
