from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from boardprep.core.model import Document, Item
from boardprep.core.pageref import PageNames
from boardprep.ui.agenda_model import FirstPageRole, ItemRole
from tests.ui.conftest import open_and_wait


def _items_with_pages(window: Any) -> list[Item]:
    return [it for it in window.tree.walk() if it.pdf_pages]


def test_tree_model_mirrors_the_agenda(opened: Any, pack: tuple[Path, dict[str, Any]]) -> None:
    truth = pack[1]
    model = opened.model
    assert model.rowCount() == len(truth["items"])
    for row, t in enumerate(truth["items"]):
        ix = model.index(row, 0)
        obj = ix.data(ItemRole)
        assert isinstance(obj, Item) and obj.number == t["number"]
        assert model.rowCount(ix) == len(t["children"])
        for crow, c in enumerate(t["children"]):
            child = model.index(crow, 0, ix).data(ItemRole)
            assert isinstance(child, Document if c.get("kind") == "document" else Item)
            assert model.parent(model.index(crow, 0, ix)) == ix

    def count(items: list[dict[str, Any]]) -> int:
        return sum(1 + count(i.get("children", [])) for i in items)

    assert model.total_rows() == count(truth["items"])
    assert any(isinstance(ix.data(ItemRole), Document) for ix in model.all_indexes())


def test_window_title_and_status(opened: Any, pack: tuple[Path, dict[str, Any]]) -> None:
    m = pack[1]["meeting"]
    assert opened.windowTitle() == f"{m['body']} – {m['date']} – boardprep"
    item = _items_with_pages(opened)[-1]
    opened.select_item(item.number)
    page = item.pdf_pages[0]
    label = opened.tree.label_for(page)
    total = opened.view.page_count()
    assert label == page  # this pack's stamps count every page (see test_page_names for others)
    assert opened.status_text() == f"Page {page} of {total}"
    assert opened.page_label.text() == opened.status_text()


def test_selecting_an_item_scrolls_to_its_first_page(qtbot: Any, opened: Any) -> None:
    for item in _items_with_pages(opened)[1:4]:
        assert opened.select_item(item.number)
        assert opened.view.current_page() == item.pdf_pages[0]
        assert opened.panel.item is item
        assert opened.panel.title.text() == item.title


def test_an_item_without_papers_shows_where_the_agenda_lists_it(
    qtbot: Any, data_dir: Path, pack: tuple[Path, dict[str, Any]]
) -> None:
    # An agenda-only file: its items have no papers, only their line on the agenda page.
    from boardprep.ui.main_window import MainWindow
    from tests.ui.conftest import truth_analyzer

    truth = copy.deepcopy(pack[1])
    first = truth["items"][0]
    first["pdf_pages"], first["agenda_page"] = None, 2
    for child in first["children"]:
        if child.get("kind") == "document":
            child["pdf_pages"] = None
    w = MainWindow(str(data_dir), analyze_fn=truth_analyzer(truth))
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    open_and_wait(qtbot, w, pack[0])
    w.view.go_to_page(5)
    qtbot.waitUntil(lambda: w.view.current_page() == 5)
    assert w.select_item(first["number"])
    qtbot.waitUntil(lambda: w.view.current_page() == 2)
    assert w.panel.item.number == first["number"]  # the row chosen stays chosen
    assert "page 2 lists it" in w.statusBar().currentMessage()


def test_scrolling_updates_the_current_item(qtbot: Any, opened: Any) -> None:
    page = _items_with_pages(opened)[3].pdf_pages[0]
    target = opened.tree.item_at_page(page)  # the deepest item holding the page
    # Scroll the view directly (as the wheel would): the tree follows, the view stays put.
    opened.view.go_to_page(page)
    qtbot.waitUntil(lambda: opened.panel.item is target, timeout=3000)
    current = opened.tree_view.currentIndex()
    obj = current.data(ItemRole)
    assert obj is target or (isinstance(obj, Document) and opened._owner_item(current) is target)
    assert opened.view.current_page() == page


def test_back_and_forward_over_jumps(opened: Any) -> None:
    a, b, c = _items_with_pages(opened)[1:4]
    opened.select_item(a.number)
    opened.select_item(b.number)
    opened.select_item(c.number)
    opened.act_back.trigger()
    assert opened.view.current_page() == b.pdf_pages[0]
    opened.act_back.trigger()
    assert opened.view.current_page() == a.pdf_pages[0]
    opened.act_forward.trigger()
    assert opened.view.current_page() == b.pdf_pages[0]


def test_go_to_page_printed_and_physical(opened: Any) -> None:
    labels = opened.tree.page_labels
    phys = next(i + 1 for i, lab in enumerate(labels) if lab is not None and i > 3)
    printed = labels[phys - 1]
    assert opened.go_to_ref(str(printed))
    assert opened.view.current_page() == phys
    assert opened.go_to_ref("#2")
    assert opened.view.current_page() == 2
    assert opened.go_to_ref(f"p{printed}")
    assert opened.view.current_page() == phys
    assert not opened.go_to_ref("#100000")
    assert opened.view.current_page() == phys


def test_shortcuts_exist(window: Any) -> None:
    wanted = {
        "Ctrl+O": window.act_open,
        "Ctrl+F": window.act_find,
        "F3": window.act_next_hit,
        "Shift+F3": window.act_prev_hit,
        "Alt+Left": window.act_back,
        "Alt+Right": window.act_forward,
        "Ctrl+G": window.act_goto,
        "Ctrl++": window.act_zoom_in,
        "Ctrl+-": window.act_zoom_out,
        "Ctrl+Q": window.act_quit,
        "F9": window.act_tree,
        "F10": window.act_panel,
    }
    for keys, action in wanted.items():
        bound = [s.toString() for s in action.shortcuts()]
        assert QKeySequence(keys).toString() in bound, (keys, bound)
        assert action in window.actions()


def test_toggle_tree_and_panel(opened: Any) -> None:
    opened.act_tree.trigger()
    assert not opened.left.isVisible()
    opened.act_tree.trigger()
    assert opened.left.isVisible()
    opened.act_panel.trigger()
    assert not opened.panel.isVisible()


def test_warnings_banner_lists_the_engine_warnings(opened: Any) -> None:
    assert opened.warnings.isVisible()
    assert "unsure of 1 thing" in opened.warnings.text.text()
    assert "Item 9" in opened.warnings.details.text()


def test_bad_file_shows_a_dialog_and_the_app_keeps_running(
    qtbot: Any,
    window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    pack: tuple[Path, dict[str, Any]],
) -> None:
    real = window
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "minutes.pdf"
    bad.write_text("<html>this is a web page, not a pack</html>")
    real.open_pack(str(bad))
    qtbot.waitUntil(lambda: bool(shown) and real.is_idle(), timeout=10000)
    assert len(shown) == 1 and "minutes.pdf" in shown[0]
    assert real.stack.currentWidget() is real.start
    open_and_wait(qtbot, real, pack[0])  # still alive: the next pack opens
    assert real.model.rowCount() > 0


def test_choosing_an_item_shows_its_papers_below_it(qtbot: Any, opened: Any) -> None:
    """An item chosen by key or search lands with its papers in view, not on the last line."""
    tree_view, model = opened.tree_view, opened.model
    tree_view.expandAll()
    row_h = tree_view.sizeHintForRow(0)
    tree_view.setFixedHeight(row_h * 6)
    qtbot.waitUntil(lambda: tree_view.viewport().height() <= row_h * 6)
    with_papers = [
        model.index(r, 0) for r in range(model.rowCount()) if model.rowCount(model.index(r, 0))
    ]
    first, last = with_papers[0], with_papers[-1]
    opened.select_item(first.data(ItemRole).number)
    opened.select_item(last.data(ItemRole).number)
    view_rect = tree_view.viewport().rect()
    assert view_rect.contains(tree_view.visualRect(last))
    last_child = model.index(model.rowCount(last) - 1, 0, last)
    assert view_rect.contains(tree_view.visualRect(last_child))


def test_meeting_mode_steps_through_items(opened: Any) -> None:
    top = opened.tree.items
    opened.select_item(top[1].number)
    opened.act_meeting.trigger()
    assert opened.is_meeting_mode()
    mv = opened.meeting
    assert mv.item is top[1] and mv.title.text() == top[1].title
    mv.next_btn.click()
    assert mv.item is top[2] and opened.panel.item is top[2]
    mv.prev_btn.click()
    mv.prev_btn.click()
    assert mv.item is top[0] and not mv.prev_btn.isEnabled()
    opened.store.add_question(opened.sha, top[0].number, "Quorum?")
    mv.show_item(top[0])
    assert mv.questions.item(0).text().startswith("Quorum?")
    mv.leave_btn.click()
    assert not opened.is_meeting_mode() and not opened.act_meeting.isChecked()
    with_papers = next(it for it in top if it.documents and it.documents[0].pdf_pages)
    opened.select_item(with_papers.number)
    opened.set_meeting_mode(True)
    first = with_papers.documents[0]
    named = PageNames.of(opened.tree).range_words(first.pdf_pages)
    assert mv.papers.item(0).text() == f"{first.title}  ({named})"  # as the tree names them
    mv.papers.itemActivated.emit(mv.papers.item(0))  # the chair opens the paper
    assert not opened.is_meeting_mode()
    assert opened.view.current_page() == with_papers.documents[0].pdf_pages[0]


def test_reading_progress_shows_in_the_tree(opened: Any) -> None:
    from boardprep.ui.agenda_model import ProgressRole

    item = next(it for it in opened.tree.walk() if it.pdf_pages and not it.sub_items)
    ix = opened.model.index_for_number(item.number)
    assert not ix.data(ProgressRole)
    first, last = item.pdf_pages
    for page in range(first, last + 1):
        opened.view.go_to_page(page)
        opened._save_last_page()
    assert ix.data(ProgressRole) == 1.0


def test_layout_is_remembered(qtbot: Any, window: Any, data_dir: Path) -> None:
    from boardprep.ui.main_window import MainWindow

    window.resize(1300, 850)
    window.act_panel.trigger()  # hide the member's panel
    window.close()
    again = MainWindow(str(data_dir), view_factory=None)
    qtbot.addWidget(again)
    again.show()
    # Offscreen, restoreGeometry clamps to the virtual 800x600 screen: check what was saved.
    from boardprep.ui import settings as st

    assert st.load_bytes("window/geometry") is not None
    assert st.load_bytes("window/splitter4") is not None
    assert not again.act_panel.isChecked() and not again.panel.isVisible()
    assert again.act_tree.isChecked()


def test_model_rows_for_pages(opened: Any) -> None:
    for item in [it for it in opened.tree.walk() if it.pdf_pages]:
        ix = opened.model.index_for_page(item.pdf_pages[0])
        obj = ix.data(ItemRole)
        owner = obj if isinstance(obj, Item) else opened._owner_item(ix)
        assert owner is opened.tree.item_at_page(item.pdf_pages[0])
        assert ix.data(FirstPageRole) == item.pdf_pages[0] or isinstance(obj, Document)
    assert not opened.model.index_for_page(10_000).isValid()


def test_reissued_pack_notice_lists_carried_and_unplaced(opened: Any) -> None:
    from boardprep.core.store import CarryOver, PackOpenResult

    moved = CarryOver("question", 1, "6", "7", 30, 34, "renumbered", "Who pays for the van?")
    lost = CarryOver("note", 2, "9", None, 50, None, "unplaced", "Check the appendix figures")
    result = PackOpenResult(opened.sha, True, carried=[moved], unplaced=[lost])
    opened._on_registered(result)
    assert opened.notice.isVisible()
    assert "1 of your records were carried over" in opened.notice.text.text()
    details = opened.notice.details.text()
    assert "item 6 → 7" in details and "Who pays for the van?" in details
    assert "could not be placed" in details and "Check the appendix figures" in details


def test_highlight_from_the_view_is_stored_and_drawn(opened: Any) -> None:
    drawn: list[dict[int, Any]] = []
    opened.view.set_highlights = lambda by_page: drawn.append(by_page)
    item = next(it for it in opened.tree.walk() if it.pdf_pages and not it.sub_items)
    page = item.pdf_pages[0]
    opened.view.highlightRequested.emit(page, [(72.0, 90.0, 200.0, 102.0)], "a key sentence")
    (h,) = opened.store.highlights(opened.sha)
    assert h.page == page and h.quote == "a key sentence" and h.item == item.number
    assert list(drawn[-1]) == [page] and drawn[-1][page][0][1] == h.colour


def test_meeting_clock_against_the_agenda_times() -> None:
    from datetime import datetime

    from boardprep.core.model import AgendaTree, Meeting, PackInfo
    from boardprep.ui.meeting_view import clock_text

    item = Item("6", "Library Service Review", time="14:40")
    tree = AgendaTree(PackInfo("p.pdf", "0" * 64, 1), Meeting(date="2026-06-15"), [item])
    day = datetime(2026, 6, 15, 15, 22)
    assert clock_text(day, tree, item, "15:10") == "15:22 · 12 min over"
    assert clock_text(day.replace(hour=14, minute=50), tree, item, "15:10") == "14:50 · 20 min left"
    assert clock_text(day.replace(hour=14, minute=0), tree, item, "15:10") == (
        "14:00 · starts in 40 min"
    )
    assert clock_text(datetime(2026, 6, 14, 15, 0), tree, item, "15:10") == ""  # not the day


def test_opening_another_pack_mid_load_keeps_the_latest(
    qtbot: Any, window: Any, pack: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    import shutil

    from boardprep.core.pdfopen import sha256_file

    other = tmp_path / "reissue.pdf"
    shutil.copy(pack[0], other)
    with other.open("ab") as fh:
        fh.write(b"\n% re-issued\n")  # same pages, different file hash
    window.open_pack(str(pack[0]))
    open_and_wait(qtbot, window, other)  # replaces the first load before it finished
    assert window.path == str(other)
    assert window.sha == sha256_file(other)
    qtbot.waitUntil(lambda: not window._old_loaders, timeout=10000)
