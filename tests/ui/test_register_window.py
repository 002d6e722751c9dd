"""The clerk's question register window (issue 10): several members' bundles imported at once,
the same question grouped with every asker, sorting and filtering, edits written through the
core store at once, running order, merge / keep apart, and the register exported."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from boardprep.core import register
from boardprep.core.export import export
from boardprep.core.identity import set_user
from boardprep.core.store import Store
from boardprep.ui.register_model import (
    COL_ANSWER,
    COL_ASKERS,
    COL_BY,
    COL_ITEM,
    COL_STATUS,
    COL_TEXT,
)

pytestmark = pytest.mark.gui


def _bundle(w: Any, tmp_path: Path, name: str, questions: list[tuple[str, str]]) -> str:
    """A member's own data folder and their questions bundle, as a member would send it."""
    folder = tmp_path / name.replace(" ", "-")
    with Store(folder) as store:
        store.register_pack(w.tree, w.path)
        set_user(store, name=name)
        for item, text in questions:
            store.add_question(w.sha, item, text, status="submitted", asker=name)
        out = tmp_path / f"{folder.name}.json"
        export(store, w.sha, "questions", "json", out)
    return str(out)


@pytest.fixture
def clerk(qtbot: Any, opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The window after File ▸ Import bundles… chose three members' bundles at once."""
    w = opened
    qtbot.waitUntil(lambda: w.sha is not None)
    items = [it.number for it in w.tree.items]
    a, b, c = items[1], items[2], items[3]
    paths = [
        _bundle(w, tmp_path, "Cllr Ng", [(a, "Who maintains the footbridge?"),
                                         (b, "Are Saturday hours protected?")]),
        _bundle(w, tmp_path, "Cllr Patel", [(a, "who maintains the foot-bridge")]),
        _bundle(w, tmp_path, "Cllr Okafor", [(c, "What will evening parking cost?"),
                                             (a, "When will the bridge reopen?")]),
    ]  # fmt: skip
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: (paths, ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    w.act_register.trigger()
    rw = w.meeting_tools.register
    assert rw is not None and rw.isVisible()
    rw.act_import.trigger()  # the register's own Import bundles… (several files at once)
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert shown[0].count("Added: ") == 3
    w.items = (a, b, c)
    return w


def _select(rw: Any, *rows: int) -> None:
    """Select whole lines (not selectRow: it follows whatever modifier keys Qt thinks are down)."""
    sel = rw.table.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(rw.proxy.index(r, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
    sel.setCurrentIndex(rw.proxy.index(rows[0], 0), sel.SelectionFlag.NoUpdate)


def _rows(rw: Any) -> list[tuple[str, str, str]]:
    """What the table shows, top to bottom: (item number, askers, question)."""
    out = []
    for r in range(rw.proxy.rowCount()):
        e = rw.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
        out.append((e.item, "; ".join(e.askers), e.text))
    return out


def test_import_groups_the_same_question_with_every_asker(clerk: Any) -> None:
    rw = clerk.meeting_tools.register
    a, b, c = clerk.items
    assert _rows(rw) == [
        (a, "Cllr Ng; Cllr Patel", "Who maintains the footbridge?"),
        (a, "Cllr Okafor", "When will the bridge reopen?"),
        (b, "Cllr Ng", "Are Saturday hours protected?"),
        (c, "Cllr Okafor", "What will evening parking cost?"),
    ]
    first = rw.proxy.index(0, COL_ASKERS)
    assert first.data() == "Cllr Ng; Cllr Patel  (2 askers)"
    tip = rw.proxy.index(0, COL_TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert "Cllr Patel: who maintains the foot-bridge" in tip  # each asker's own words
    assert rw.count.text() == "4 questions (5 askers)"


def test_sorting_and_filtering(clerk: Any) -> None:
    rw = clerk.meeting_tools.register
    a, b, c = clerk.items
    rw.table.sortByColumn(COL_TEXT, Qt.SortOrder.AscendingOrder)
    assert [t for _i, _a, t in _rows(rw)] == sorted(t for _i, _a, t in _rows(rw))
    rw.table.sortByColumn(COL_ITEM, Qt.SortOrder.DescendingOrder)
    assert [i for i, _a, _t in _rows(rw)] == [c, b, a, a]
    rw.table.sortByColumn(COL_ITEM, Qt.SortOrder.AscendingOrder)
    rw.item_filter.setCurrentIndex(rw.item_filter.findData(a))
    assert [t for _i, _a, t in _rows(rw)] == [
        "Who maintains the footbridge?", "When will the bridge reopen?"
    ]  # fmt: skip
    assert rw.count.text().startswith("2 of 4 questions")
    rw.item_filter.setCurrentIndex(0)
    rw.asker_filter.setText("patel")
    assert [t for _i, _a, t in _rows(rw)] == ["Who maintains the footbridge?"]
    rw.asker_filter.clear()
    rw.text_filter.setText("PARKING")
    assert [t for _i, _a, t in _rows(rw)] == ["What will evening parking cost?"]
    rw.text_filter.clear()
    rw.status_filter.setCurrentIndex(rw.status_filter.findData("answered"))
    assert _rows(rw) == []
    rw.status_filter.setCurrentIndex(0)
    assert len(_rows(rw)) == 4


def test_edits_are_written_through_the_core_at_once(clerk: Any) -> None:
    rw = clerk.meeting_tools.register
    proxy = rw.proxy
    assert proxy.setData(proxy.index(0, COL_STATUS), "answered")
    assert proxy.setData(proxy.index(0, COL_ANSWER), "The parish, from April.")
    assert proxy.setData(proxy.index(0, COL_BY), "Cllr Hughes (Cabinet Member)")
    assert not proxy.setData(proxy.index(0, COL_STATUS), "lost")  # not a status
    assert proxy.index(0, COL_STATUS).data() == "Answered"
    # Another connection (another process) sees it now: it was committed, on every copy.
    with Store(clerk.data_dir) as other:
        qs = [q for q in other.questions(clerk.sha) if "maintain" in q.text.lower()]
        assert len(qs) == 2
        assert {(q.status, q.answer, q.answered_by) for q in qs} == {
            ("answered", "The parish, from April.", "Cllr Hughes (Cabinet Member)")
        }
    # The status editor is a list of the statuses, in the order a question moves on.
    rw.table.setCurrentIndex(proxy.index(1, COL_STATUS))
    rw.table.edit(proxy.index(1, COL_STATUS))
    editor = rw.table.indexWidget(proxy.index(1, COL_STATUS)) or rw.table.focusWidget()
    assert editor.itemData(0) == "draft" and editor.findData("ruled-out") >= 0
    editor.setCurrentIndex(editor.findData("ruled-out"))
    rw.table.commitData(editor)
    rw.table.closeEditor(editor, rw.table.itemDelegate().EndEditHint.NoHint)
    with Store(clerk.data_dir) as other:
        q = next(q for q in other.questions(clerk.sha) if q.text.startswith("When"))
        assert q.status == "ruled-out"


def test_running_order_merge_and_keep_apart(clerk: Any) -> None:
    rw = clerk.meeting_tools.register
    a, _b, _c = clerk.items
    _select(rw, 1)  # "When will the bridge reopen?", second on item a
    assert rw.act_up.isEnabled() and not rw.act_apart.isEnabled()
    rw.act_up.trigger()
    assert [t for i, _a, t in _rows(rw) if i == a] == [
        "When will the bridge reopen?", "Who maintains the footbridge?"
    ]  # fmt: skip
    assert next(e.text for e in register.entries(clerk.store, clerk.sha) if e.item == a) == (
        "When will the bridge reopen?"
    )  # the running order is stored, numbered per item in the exports
    assert rw.selected_rows() == [0]  # the moved line stays selected
    rw.act_down.trigger()
    assert _rows(rw)[0][2] == "Who maintains the footbridge?"

    _select(rw, 0)
    assert rw.act_apart.isEnabled()
    rw.act_apart.trigger()  # the clerk decides they are different questions
    assert [(x, t) for i, x, t in _rows(rw) if i == a] == [
        ("Cllr Ng", "Who maintains the footbridge?"),
        ("Cllr Patel", "who maintains the foot-bridge"),
        ("Cllr Okafor", "When will the bridge reopen?"),
    ]
    _select(rw, 0, 1)
    assert rw.act_merge.isEnabled()
    rw.act_merge.trigger()
    assert next((x, t) for i, x, t in _rows(rw) if i == a) == (
        "Cllr Ng; Cllr Patel", "Who maintains the footbridge?"
    )  # fmt: skip
    # Lines on different items cannot be merged.
    _select(rw, 0, 3)
    assert not rw.act_merge.isEnabled()


def test_register_exported_from_its_toolbar(
    clerk: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rw = clerk.meeting_tools.register
    out = tmp_path / "register.csv"
    seen: list[str] = []

    def save_as(_p: Any, _t: str, start: str, filters: str, chosen: str) -> tuple[str, str]:
        seen.append(filters.split(";;")[0])
        return str(out), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    csv_action = next(a for a in rw.export_menu.actions() if a.text().startswith("CSV"))
    csv_action.trigger()
    qtbot.waitUntil(lambda: not clerk.exports.jobs and out.exists(), timeout=20000)
    assert seen == ["CSV spreadsheet (*.csv)"]
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    footbridge = next(r for r in rows if r["question"] == "Who maintains the footbridge?")
    assert footbridge["askers"] == "Cllr Ng; Cllr Patel"


def test_another_process_writing_shows_in_the_register(clerk: Any, qtbot: Any) -> None:
    rw = clerk.meeting_tools.register
    with Store(clerk.data_dir) as other:
        other.add_question(clerk.sha, clerk.items[2], "Late question?", asker="Cllr Roe")
    qtbot.waitUntil(lambda: len(_rows(rw)) == 5, timeout=5000)


def test_dragging_a_line_sets_the_running_order(clerk: Any, qtbot: Any) -> None:
    rw = clerk.meeting_tools.register
    a, _b, _c = clerk.items
    model = rw.model
    assert rw.table.dragEnabled() and model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    drag = model.mimeData([model.index(0, COL_TEXT)])  # "Who maintains…", first on item a
    # Dropped on line 3 (another item's): refused, nothing moves.
    rw.proxy.dropMimeData(drag, Qt.DropAction.MoveAction, 3, 0, rw.proxy.index(-1, -1))
    qtbot.wait(20)
    assert _rows(rw)[0][2] == "Who maintains the footbridge?"
    # Dropped after the item's second line: it goes last on the item, and it is stored.
    with qtbot.waitSignal(model.dropped, timeout=2000):
        rw.proxy.dropMimeData(drag, Qt.DropAction.MoveAction, 2, 0, rw.proxy.index(-1, -1))
    assert [t for i, _x, t in _rows(rw) if i == a] == [
        "When will the bridge reopen?", "Who maintains the footbridge?"
    ]  # fmt: skip
    with Store(clerk.data_dir) as other:
        firsts = [e.text for e in register.entries(other, clerk.sha) if e.item == a]
    assert firsts == ["When will the bridge reopen?", "Who maintains the footbridge?"]


def test_register_and_member_panel_follow_each_other(clerk: Any) -> None:
    rw = clerk.meeting_tools.register
    a = clerk.items[0]
    clerk.select_item(a)
    qid = clerk.panel.questions.add_question("A question typed in the panel?")
    assert qid is not None
    clerk.panel.questions.flush(force=True)
    assert any(t == "A question typed in the panel?" for _i, _x, t in _rows(rw))
    row = next(r for r, (_i, _x, t) in enumerate(_rows(rw)) if t.startswith("A question typed"))
    rw.proxy.setData(rw.proxy.index(row, COL_STATUS), "accepted")
    texts = [
        clerk.panel.questions.list.item(i).text() for i in range(clerk.panel.questions.list.count())
    ]
    assert any("Accepted" in t for t in texts), texts
