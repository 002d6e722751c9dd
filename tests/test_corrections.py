"""The member's corrections to the agenda, applied by the pure core function."""

from __future__ import annotations

import json

import pytest

from boardprep.core.corrections import (
    CorrectionError,
    apply_corrections,
    check_ops,
    merge_with_next,
    new_op,
    next_item,
    split_at,
    split_number,
)
from boardprep.core.model import AgendaTree, Document, Item, PackInfo
from boardprep.core.pageref import parse_page_ref


def _tree() -> AgendaTree:
    items = [
        Item("1", "Apologies"),
        Item("2", "Budget", pack_pages=(1, 4), pdf_pages=(3, 6),
             children=[Document("Report", (3, 4)), Document("Appendix A", (5, 6))]),
        Item("3", "Parking", pack_pages=(5, 8), pdf_pages=(7, 10)),
        Item("4", "Libraries", pack_pages=(9, 10), pdf_pages=(11, 12), exempt=True),
    ]  # fmt: skip
    return AgendaTree(
        pack=PackInfo("p.pdf", "a" * 64, 12),
        items=items,
        page_labels=[None, None, *range(1, 11)],
    )


def test_no_corrections_is_the_engine_tree_itself() -> None:
    tree = _tree()
    assert apply_corrections(tree, []).tree is tree


def test_rename_renumber_exempt_marks_corrected_and_leaves_engine_tree_alone() -> None:
    tree = _tree()
    ops = [
        new_op("rename", item="2", title="Budget 2027/28"),
        new_op("renumber", item="3", number="3A"),
        new_op("exempt", item="4", exempt=False),
    ]
    out = apply_corrections(tree, ops)
    assert not out.failed
    t = out.tree
    assert t.find_item("2").title == "Budget 2027/28"
    assert t.find_item("3A").title == "Parking" and t.find_item("3") is None
    assert t.find_item("4").exempt is False
    assert tree.find_item("2").title == "Budget"  # the engine's tree is untouched
    data = t.to_json()
    assert data["items"][1]["corrected"] is True
    assert "corrected" not in data["items"][0]  # the JSON shape otherwise unchanged
    assert set(data["items"][0]) == set(tree.to_json()["items"][0])


def test_start_and_end_move_the_neighbours() -> None:
    out = apply_corrections(_tree(), [new_op("start", item="3", page=6)]).tree
    assert out.find_item("3").pdf_pages == (6, 10)
    assert out.find_item("3").pack_pages == (4, 8)
    assert out.find_item("2").pdf_pages == (3, 5)
    out = apply_corrections(_tree(), [new_op("end", item="2", page=8)]).tree
    assert out.find_item("2").pdf_pages == (3, 8)
    assert out.find_item("3").pdf_pages == (9, 10)


def test_add_delete_merge_split_and_documents() -> None:
    ops = [
        new_op("add_item", number="2A", title="Urgent: storm damage", page=9),
        new_op("delete", item="1"),
        new_op("add_document", item="4", title="Slides", page=12),
        new_op("rename", item="2", document="appendix a", title="Appendix A - Costs"),
    ]
    t = apply_corrections(_tree(), ops).tree
    assert [i.number for i in t.items] == ["2", "3", "2A", "4"]
    assert t.find_item("2A").pdf_pages == (9, 10)
    assert t.find_item("3").pdf_pages == (7, 8)
    assert [d.title for d in t.find_item("4").documents] == ["Slides"]
    assert t.find_item("2").documents[1].title == "Appendix A - Costs"
    assert t.find_item("2").documents[1].corrected
    t = apply_corrections(_tree(), [new_op("merge", item="3", into="2")]).tree
    assert t.find_item("3") is None and t.find_item("2").pdf_pages == (3, 10)
    t = apply_corrections(
        _tree(), [new_op("split", item="2", page=5, number="2b", title="Budget appendix")]
    ).tree
    assert t.find_item("2").pdf_pages == (3, 4)
    assert t.find_item("2b").pdf_pages == (5, 6)
    assert [d.title for d in t.find_item("2b").documents] == ["Appendix A"]


def test_operations_that_no_longer_apply_are_reported_not_dropped() -> None:
    ops = [
        new_op("rename", item="9", title="Gone"),
        new_op("renumber", item="2", number="3"),
        new_op("rename", item="2", title="Still here"),
    ]
    out = apply_corrections(_tree(), ops)
    assert [o["op"] for o, _ in out.failed] == ["rename", "renumber"]
    assert "no item 9" in out.failed[0][1] and "already an item 3" in out.failed[1][1]
    assert out.tree.find_item("2").title == "Still here"


def test_corrected_tree_round_trips_through_json() -> None:
    t = apply_corrections(_tree(), [new_op("rename", item="2", title="X")]).tree
    back = AgendaTree.from_json(json.loads(json.dumps(t.to_json(with_labels=True))))
    assert back.find_item("2").corrected and not back.find_item("3").corrected


def test_malformed_operations_are_refused() -> None:
    with pytest.raises(CorrectionError, match="page"):
        check_ops([{"op": "start", "item": "2", "page": "x"}])
    with pytest.raises(CorrectionError, match="unknown correction"):
        check_ops([{"op": "explode"}])
    with pytest.raises(CorrectionError, match="title is missing"):
        new_op("rename", item="2")


def test_page_refs_printed_and_physical() -> None:
    t = _tree()
    assert parse_page_ref("5", t, 12) == 7
    assert parse_page_ref("p5", t, 12) == 7
    assert parse_page_ref("#5", t, 12) == 5
    assert parse_page_ref("#50", t, 12) is None


def test_merge_with_the_next_item_and_split_at_a_page() -> None:
    tree = _tree()
    assert next_item(tree, "2").number == "3" and next_item(tree, "4") is None
    op = merge_with_next(tree, "2")
    assert (op["op"], op["item"], op["into"]) == ("merge", "3", "2")
    merged = apply_corrections(tree, [op]).tree
    assert [i.number for i in merged.items] == ["1", "2", "4"]
    assert merged.find_item("2").pdf_pages == (3, 10) and merged.find_item("2").title == "Budget"
    with pytest.raises(CorrectionError, match="no item follows item 4"):
        merge_with_next(tree, "4")

    assert [split_number(tree, n) for n in ("2", "4")] == ["2a", "4a"]
    tree.items.append(Item("2a", "x"))
    assert split_number(tree, "2") == "2b" and split_number(tree, "2a") == "2b"
    assert split_number(tree, "7B") == "7C" and split_number(tree, "3.1") == "3.1a"
    op = split_at(_tree(), "2", 5, "Budget appendix")
    assert (op["item"], op["page"], op["number"], op["title"]) == ("2", 5, "2a", "Budget appendix")
    split = apply_corrections(_tree(), [op]).tree
    assert split.find_item("2").pdf_pages == (3, 4) and split.find_item("2a").pdf_pages == (5, 6)
    assert split_at(_tree(), "2", 5, "x", "2.5")["number"] == "2.5"
    with pytest.raises(CorrectionError, match=r"cannot be split at page 1 \(#3\)"):
        split_at(_tree(), "2", 3, "x")  # its first page: nothing before it
    with pytest.raises(CorrectionError, match="cannot be split"):
        split_at(_tree(), "1", 3, "x")  # no papers


def test_agenda_pages_marked_and_the_operations_that_change_them() -> None:
    from boardprep.core.corrections import agenda_page_ops, marked_agenda_pages

    ops = [new_op("agenda_page", page=2), new_op("agenda_page", page=3)]
    assert marked_agenda_pages(ops) == [2, 3]
    ops.append(new_op("agenda_page", page=2, agenda=False))
    assert marked_agenda_pages(ops) == [3]
    change = agenda_page_ops(ops, [4, 5])
    assert [(o["page"], o.get("agenda", True)) for o in change] == [
        (3, False),
        (4, True),
        (5, True),
    ]
    assert marked_agenda_pages(ops + change) == [4, 5]
    assert agenda_page_ops(ops, [3]) == []
    # The marks change which pages are read, not the items: they apply to any tree.
    result = apply_corrections(_tree(), ops)
    assert result.applied == 3 and result.agenda_pages == [3] and not result.failed
    with pytest.raises(CorrectionError, match="no page #99"):
        from boardprep.core.corrections import apply_one

        apply_one(_tree(), new_op("agenda_page", page=99))


def test_page_lists_read_and_written() -> None:
    from boardprep.core.pageref import page_refs, parse_page_list

    tree = _tree()  # pages #1-#2 unprinted, then printed 1-10 on #3-#12
    assert parse_page_list("#1-#2", tree, 12) == [1, 2]
    assert parse_page_list("#1-2", tree, 12) == [1, 2]  # the end takes the start's "#"
    assert parse_page_list("1–2, #1", tree, 12) == [1, 3, 4]
    assert parse_page_list("p3 to p4", tree, 12) == [5, 6]
    for bad in ("", "#2-#1", "#13", "x", "#1-#12, 99"):
        assert parse_page_list(bad, tree, 12) is None, bad
    assert page_refs([1, 2], tree) == "#1-#2"
    assert page_refs([2, 3], tree) == "#2-#3"  # half printed: both by the PDF's own
    assert page_refs([3, 4, 7], tree) == "1-2, 5"
    for pages in ([1, 2], [2, 3], [3, 4, 7], [12]):
        assert parse_page_list(page_refs(pages, tree), tree, 12) == pages
