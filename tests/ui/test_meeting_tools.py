"""The chair's meeting mode (issue 10): full screen (one window-level toggle, F11), the paper one
key away (P), the presenter view only with a second screen, bigger type on a bigger screen,
and attendance with the quorum (Meeting ▸ Attendance) on the same core as the command line."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from boardprep.core import meeting_record, membership, register
from boardprep.ui.meeting_actions import ONE_SCREEN_TIP, paper_page

pytestmark = pytest.mark.gui


def test_f11_toggles_full_screen_for_the_whole_window(opened: Any) -> None:
    w = opened
    assert w.act_full_screen.shortcut().toString() == "F11"
    w.act_full_screen.trigger()
    assert w.isFullScreen() and w.act_full_screen.isChecked()
    assert not w.menuBar().isVisibleTo(w) and not w.toolbar.isVisibleTo(w)
    w.act_full_screen.trigger()
    assert not w.isFullScreen() and w.menuBar().isVisibleTo(w)


def test_meeting_mode_is_full_screen_and_gives_it_back(opened: Any) -> None:
    w = opened
    w.act_meeting.trigger()
    assert w.is_meeting_mode() and w.isFullScreen()
    w.act_full_screen.trigger()  # the chair may still leave full screen in meeting mode
    assert w.is_meeting_mode() and not w.isFullScreen()
    w.act_full_screen.trigger()
    w.act_meeting.trigger()
    assert not w.is_meeting_mode()
    assert w.isFullScreen()  # chosen by the user, not by meeting mode: it stays
    w.act_full_screen.trigger()
    w.act_meeting.trigger()
    w.meeting.leave_btn.click()
    assert not w.isFullScreen() and not w.is_meeting_mode()


def test_p_shows_the_paper_and_p_again_returns(opened: Any) -> None:
    w = opened
    assert not w.act_paper.isEnabled()  # only in meeting mode
    item = next(it for it in w.tree.items if it.documents and it.documents[0].pdf_pages)
    w.select_item(item.number)
    w.set_meeting_mode(True)
    assert w.act_paper.isEnabled() and w.act_paper.shortcut().toString() == "P"
    w.act_paper.trigger()
    assert w.stack.currentWidget() is w.splitter and w.act_meeting.isChecked()
    assert w.view.current_page() == paper_page(item) == item.documents[0].pdf_pages[0]
    assert w.isFullScreen() and "Press P" in w.notice.text.text()
    w.act_paper.trigger()
    assert w.is_meeting_mode() and w.meeting.item is item and w.isFullScreen()
    # An item without papers says so where the chair looks, and stays.
    bare = next((it for it in w.tree.items if paper_page(it) is None), None)
    if bare is not None:
        w.meeting.show_item(bare)
        w.act_paper.trigger()
        assert w.is_meeting_mode() and "no paper" in w.meeting.hint.text()


def test_presenter_view_needs_a_second_screen(
    opened: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = opened
    assert len(QGuiApplication.screens()) == 1
    assert not w.act_presenter.isEnabled()
    assert w.act_presenter.toolTip() == ONE_SCREEN_TIP
    w.act_presenter.trigger()  # a disabled action does nothing
    assert w.meeting_tools.presenter is None
    primary = QGuiApplication.primaryScreen()
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [primary, primary]))
    w.meeting_tools.update_actions()
    assert w.act_presenter.isEnabled() and "other screen" in w.act_presenter.toolTip()
    item = next(it for it in w.tree.items if paper_page(it))
    w.select_item(item.number)
    w.set_meeting_mode(True)
    w.act_presenter.trigger()
    pv = w.meeting_tools.presenter
    assert pv is not None and pv.isVisible()
    qtbot.waitUntil(lambda: pv.page.pixmap() is not None and not pv.page.pixmap().isNull())
    assert pv.heading.text() == f"Item {item.display_number}   {item.title}"
    assert pv.shown == (pv.heading.text(), paper_page(item))
    w.act_presenter.trigger()
    assert not pv.isVisible()


def test_meeting_type_grows_with_the_screen(opened: Any) -> None:
    mv = opened.meeting
    mv.apply_scale(1.0)
    small = mv.title.styleSheet()
    mv.apply_scale(1080 / 768)
    assert "font-size: 30pt" in mv.title.styleSheet() and small != mv.title.styleSheet()


def test_attendance_and_quorum(opened: Any, qtbot: Any) -> None:
    w = opened
    w.act_attendance.trigger()
    aw = w.meeting_tools.attendance
    assert aw is not None and aw.isVisible()
    for name in ("Ann Ford", "Bo Lee", "Cy Ng", "Di Roe", "Ed Poe"):
        aw.new_name.setText(name)
        aw.add_btn.click()
    assert aw.names()[-5:] == ["Ann Ford", "Bo Lee", "Cy Ng", "Di Roe", "Ed Poe"]
    aw.status_box("Ann Ford").setCurrentIndex(aw.status_box("Ann Ford").findData("present"))
    aw.status_box("Bo Lee").setCurrentIndex(aw.status_box("Bo Lee").findData("apologies"))
    got = {a.name: a.status for a in meeting_record.attendance(w.store, w.sha)}
    assert got == {"Ann Ford": "present", "Bo Lee": "apologies"}  # written at once
    _n, where = membership.quorum(w.store, w.sha)
    assert where in ("a third", "printed")
    aw.quorum.setValue(2)
    assert membership.quorum(w.store, w.sha) == (2, "set")
    assert "1 present" in aw.quorum_state.text() and "not quorate" in aw.quorum_state.text()
    w.set_meeting_mode(True)
    assert "quorum 2 (set): not quorate" in w.meeting.attendance.text()
    aw.mark_rest_present()
    assert "quorum 2 (set): quorate" in w.meeting.attendance.text()  # the chair's view follows
    # Removing a name takes it off the roll and the record; the command line sees the same.
    row = aw.names().index("Ed Poe")
    aw.table.selectRow(row)
    aw.remove_btn.click()
    assert "Ed Poe" not in aw.names()
    assert "Ed Poe" not in {a.name for a in meeting_record.attendance(w.store, w.sha)}
    meeting_record.set_attendance(w.store, w.sha, "Cy Ng", "absent")  # `add attendance`
    aw.reload()
    assert aw.status_box("Cy Ng").currentData() == "absent"
    assert aw.table.item(aw.names().index("Cy Ng"), 0).flags() & Qt.ItemFlag.ItemIsEnabled


def test_typing_p_in_a_note_while_the_paper_is_open_is_text(opened: Any, qtbot: Any) -> None:
    w = opened
    item = next(it for it in w.tree.items if paper_page(it))
    w.select_item(item.number)
    w.set_meeting_mode(True)
    w.act_paper.trigger()
    editor = w.panel.notes.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "pp")
    assert "pp" in editor.toPlainText()
    assert w.meeting_tools.paper_open and not w.is_meeting_mode()
    w.setFocus()
    qtbot.keyClick(w.view, "p")  # on the page, P is the key back to the meeting view
    assert w.is_meeting_mode()


def test_meeting_view_lists_every_askers_question_once_and_others_declarations(
    opened: Any,
) -> None:
    w = opened
    item = w.tree.items[1]
    first = w.store.add_question(w.sha, item.number, "Who maintains the bridge?", asker="Cllr Ng")
    second = w.store.add_question(w.sha, item.number, "who maintains the bridge", asker="Cllr Lee")
    register.group_with(w.store, second.id, first.id)
    meeting_record.add_declaration(
        w.store, w.sha, item.number, "Cllr Roe", "pecuniary", "Owns land by the site", True
    )
    w.select_item(item.number)
    w.set_meeting_mode(True)
    mv = w.meeting
    rows = [mv.questions.item(i).text() for i in range(mv.questions.count())]
    assert rows == ["Who maintains the bridge?  — Cllr Ng; Cllr Lee  [Draft]"]
    decl = [mv.declarations.item(i).text() for i in range(mv.declarations.count())]
    assert "Cllr Roe: Disclosable pecuniary interest: Owns land by the site – left the room" in decl


TWO_SCREENS = """
import json, sys, time
from PySide6.QtCore import QSettings
from boardprep.ui.app import make_app
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
app = make_app(["boardprep"])
from boardprep.core.paths import sample_pack
from boardprep.ui.main_window import MainWindow
w = MainWindow(sys.argv[1]); w.show(); w.open_pack(str(sample_pack()))
end = time.time() + 60
while not (w.sha and w.is_idle() and w.view.page_count()) and time.time() < end:
    app.processEvents(); time.sleep(0.01)
w.select_item("5"); w.act_meeting.trigger()
w.act_presenter.trigger()
pv = w.meeting_tools.presenter
end = time.time() + 20  # the page renders in the presenter's worker thread
while pv.page.pixmap().isNull() and time.time() < end:
    app.processEvents(); time.sleep(0.01)
print(json.dumps({"chair": [w.screen().name(), w.isFullScreen()],
                  "presenter": [pv.screen().name(), pv.isFullScreen(), pv.heading.text(),
                                pv.shown[1], pv.page.pixmap().width() > 500]}))
w.close()
"""


def test_presenter_view_goes_full_screen_on_the_other_screen(tmp_path: Any) -> None:
    """A real two-screen layout (Qt's offscreen platform with a screen configuration)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    config = tmp_path / "screens.json"
    screen = {"x": 0, "y": 0, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [
        {**screen, "name": "laptop", "width": 1366, "height": 768},
        {**screen, "name": "projector", "x": 1366, "width": 1920, "height": 1080},
    ]}))  # fmt: skip
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "PYTHONPATH": str(root)}  # fmt: skip
    settings = tmp_path / "child-settings"
    settings.mkdir()
    res = subprocess.run(
        [sys.executable, "-c", TWO_SCREENS, str(tmp_path / "data"), str(settings)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    got = json.loads(res.stdout.strip().splitlines()[-1])
    assert got["chair"] == ["laptop", True]  # meeting mode: full screen where the chair is
    name, full, heading, page, drawn = got["presenter"]
    assert (name, full) == ("projector", True)
    assert heading.startswith("Item 5   Review of the Parks") and page == 8 and drawn


def test_presenter_follows_by_signals_and_never_renders_on_the_ui_thread(
    opened: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import pymupdf
    from PySide6.QtCore import QTimer

    w = opened
    primary = QGuiApplication.primaryScreen()
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [primary, primary]))
    w.meeting_tools.update_actions()
    drawn_in: list[str] = []
    for cls in (pymupdf.Page, pymupdf.DisplayList):
        original = cls.get_pixmap

        def spy(self: Any, *a: Any, _original: Any = original, **k: Any) -> Any:
            drawn_in.append(threading.current_thread().name)
            return _original(self, *a, **k)

        monkeypatch.setattr(cls, "get_pixmap", spy)
    items = [it for it in w.tree.items if paper_page(it)]
    w.select_item(items[0].number)
    w.set_meeting_mode(True)
    w.act_presenter.trigger()
    pv = w.meeting_tools.presenter
    qtbot.waitUntil(lambda: not pv.page.pixmap().isNull(), timeout=5000)
    assert pv.shown[1] == paper_page(items[0])
    # Nothing polls: no timer of the meeting tools runs while the presenter is up.
    assert not [t for t in w.meeting_tools.findChildren(QTimer) if t.isActive()]
    # The chair moves on: the room's screen follows at once, by signal.
    w.meeting.next_btn.click()
    nxt = w.meeting.item
    heading = f"Item {nxt.display_number} "
    qtbot.waitUntil(lambda: pv.heading.text().startswith(heading), timeout=1000)
    assert pv.shown[1] == paper_page(nxt)
    qtbot.waitUntil(lambda: pv._wanted is not None and pv.cache.get(
        (pv._wanted.page, pv._wanted.zoom, pv._wanted.dpr)) is not None, timeout=5000)  # fmt: skip
    # Reading (meeting mode off): the page being read.
    w.set_meeting_mode(False)
    qtbot.waitUntil(lambda: pv.shown[1] == w.view.current_page(), timeout=1000)
    page = 3 if w.view.current_page() != 3 else 4
    w.jump_to_page(page)
    qtbot.waitUntil(lambda: pv.shown[1] == page == w.view.current_page(), timeout=1000)
    assert drawn_in and "MainThread" not in drawn_in
    qtbot.keyClick(pv, Qt.Key.Key_Escape)  # closed on its own screen: the action unticks
    assert not pv.isVisible() and not w.act_presenter.isChecked()


def test_escape_leaves_full_screen_after_closing_the_search(opened: Any, qtbot: Any) -> None:
    w = opened
    w.act_full_screen.trigger()
    assert w.isFullScreen()
    w.show_search()
    assert w.search.isVisible()
    qtbot.keyClick(w.search.query, Qt.Key.Key_Escape)  # the search goes first
    assert not w.search.isVisible() and w.isFullScreen()
    w.show_search()
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)  # also when the page has the keys
    assert not w.search.isVisible() and w.isFullScreen()
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)  # then out of full screen
    assert not w.isFullScreen() and w.menuBar().isVisibleTo(w)
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)  # out already: nothing happens
    assert not w.isFullScreen()
    # Meeting mode (full screen): Escape in the record's text leaves full screen, not the
    # meeting.
    w.set_meeting_mode(True)
    assert w.isFullScreen()
    field = w.meeting.record.outcome.text
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not w.isFullScreen() and w.is_meeting_mode()


def test_quitting_in_full_screen_starts_the_next_time_as_a_reading_window(
    opened: Any, qtbot: Any, data_dir: Any
) -> None:
    from boardprep.ui.main_window import MainWindow

    w = opened
    w.set_meeting_mode(True)
    assert w.isFullScreen() and not w.menuBar().isVisibleTo(w)
    w.close()
    again = MainWindow(str(data_dir))
    qtbot.addWidget(again)
    again.show()
    assert not again.isFullScreen() and not again.act_full_screen.isChecked()
    assert again.menuBar().isVisibleTo(again) and again.toolbar.isVisibleTo(again)
