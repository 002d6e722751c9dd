"""Meeting ▸ …: the chair's and the clerk's tools around meeting mode.

- **Paper** (P): in meeting mode, the current item's paper in the page viewer (still full
  screen); P again returns to the meeting view.
- **Presenter view** (Ctrl+Shift+P): the current item and page, clean, full screen on the
  other screen; disabled, with the reason in its tooltip, while only one screen is connected.
  It follows the chair by signals (the meeting view's item, the page read, meeting mode on or
  off, the agenda item chosen), never by polling, and renders off the UI thread.
- **Question register** (Ctrl+Shift+R) and **Attendance** (Ctrl+Shift+A): the clerk's windows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from boardprep.ui.meeting_undo import window_stack

if TYPE_CHECKING:
    from boardprep.ui.attendance_window import AttendanceWindow
    from boardprep.ui.main_window import MainWindow
    from boardprep.ui.presenter import PresenterView
    from boardprep.ui.register_window import RegisterWindow

ONE_SCREEN_TIP = (
    "Presenter view needs a second screen (a projector or a display): only one is connected"
)
PRESENTER_TIP = "Presenter view: the current item and page, full screen on the other screen"


class MeetingTools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.register: RegisterWindow | None = None
        self.attendance: AttendanceWindow | None = None
        self.presenter: PresenterView | None = None
        self.record_guard: QObject | None = None  # asks before quitting with an unsaved outcome
        self.paper_open = False  # meeting mode is on, showing the paper instead of the view
        # What the room sees changes with these, and only these (no timer).
        window.meeting.itemShown.connect(self._follow)
        window.stack.currentChanged.connect(self._follow)
        window.view.currentPageChanged.connect(self._follow)
        window.tree_view.selectionModel().currentChanged.connect(self._follow)
        window.packRegistered.connect(lambda _sha: self.pack_changed())
        window.packOpened.connect(lambda _tree: self.pack_changed())
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # Bound methods, not lambdas: Qt drops them when this object goes with its window.
            app.screenAdded.connect(self._screen_added)
            app.screenRemoved.connect(self._screen_removed)

    # ---- enabling ----------------------------------------------------------------------------
    def update_actions(self) -> None:
        w = self.w
        has_pack = w.tree is not None and w.stack.currentWidget() is not w.start
        w.act_register.setEnabled(bool(w.sha) and has_pack)
        w.act_attendance.setEnabled(bool(w.sha) and has_pack)
        w.act_paper.setEnabled(w.is_meeting_mode() or self.paper_open)
        two = len(QGuiApplication.screens()) >= 2
        w.act_presenter.setEnabled(two and has_pack)
        w.act_presenter.setToolTip(PRESENTER_TIP if two else ONE_SCREEN_TIP)
        w.act_presenter.setStatusTip(w.act_presenter.toolTip())

    def pack_changed(self) -> None:
        """A pack was opened (or the start screen shown): the windows follow."""
        self.paper_open = False
        if self.register is not None and self.register.isVisible():
            self.register.set_pack()
        if self.attendance is not None and self.attendance.isVisible():
            self.attendance.set_pack()
        if self.presenter is not None:
            self.presenter.set_pack(self.w.path)
        self.update_actions()

    # ---- the paper, one key away -------------------------------------------------------------
    def toggle_paper(self) -> None:
        w = self.w
        if self.paper_open:
            self.paper_open = False
            w.notice.hide()
            w.panels.set_meeting_mode(True)
            return
        item = w.meeting.item
        if not w.is_meeting_mode() or item is None:
            return
        page = paper_page(item)
        if page is None:
            w.meeting.flash("This item has no paper in the pack")
            return
        w.panels.show_paper(page)

    def paper_shown(self) -> None:
        """Meeting mode stays on while the paper is read (PanelWiring.show_paper calls this)."""
        self.paper_open = True
        item = self.w.meeting.item
        what = f"item {item.display_number}" if item is not None else "this item"
        self.w.notice.show_message(f"The paper for {what}. Press P to go back to the meeting view.")
        self.update_actions()

    # ---- presenter view ----------------------------------------------------------------------
    def toggle_presenter(self, on: bool) -> None:
        w = self.w
        if on and len(QGuiApplication.screens()) < 2:
            on = False
        w.act_presenter.setChecked(on)
        if not on:
            if self.presenter is not None:
                self.presenter.close()
            return
        from boardprep.ui.presenter import PresenterView

        if self.presenter is None:
            self.presenter = PresenterView(w)
            self.presenter.destroyed.connect(lambda *_: setattr(self, "presenter", None))
            self.presenter.closed.connect(self._presenter_closed)
        self.presenter.set_pack(w.path)
        mine = w.screen()
        other = next((s for s in QGuiApplication.screens() if s is not mine), None)
        if other is not None:
            self.presenter.place_on(other)
        else:  # the screens are mirrored: a window the chair can drag where it belongs
            self.presenter.show()
        self.sync_presenter()

    def _screen_added(self, _screen: object = None) -> None:
        self.update_actions()

    def _screen_removed(self, _screen: object = None) -> None:
        if len(QGuiApplication.screens()) < 2 and self.w.act_presenter.isChecked():
            self.toggle_presenter(False)
        self.update_actions()

    def presenter_state(self) -> tuple[str, int | None]:
        """What the room should see: the item in front of the chair, and the page (the paper
        being read, else the item's first page)."""
        w = self.w
        item = w.meeting.item if w.is_meeting_mode() else w.panel.item
        if item is None and w.tree is not None and w.tree.items:
            item = w.tree.items[0]
        heading = f"{item.heading}   {item.title}".strip() if item is not None else ""
        if w.is_meeting_mode():
            page = paper_page(item) if item is not None else None
        else:
            page = w.view.current_page() if w.view.page_count() else None
        return heading, page

    def sync_presenter(self) -> None:
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.show_state(*self.presenter_state())

    def _follow(self, *_args: object) -> None:
        """The item or the page in front of the chair changed: the room's screen follows
        (after the change is complete, once however many signals it sent)."""
        if self.presenter is not None and self.presenter.isVisible() and not self._queued:
            self._queued = True
            QTimer.singleShot(0, self, self._follow_now)

    _queued = False

    def _follow_now(self) -> None:
        self._queued = False
        self.sync_presenter()

    def _presenter_closed(self) -> None:
        """Closed on its own screen (Esc): the action says so."""
        self.w.act_presenter.setChecked(False)

    # ---- the clerk's windows -----------------------------------------------------------------
    def open_register(self) -> None:
        if not self.w.sha:
            return
        if self.register is None:
            from boardprep.ui.register_window import RegisterWindow

            self.register = RegisterWindow(self.w)
            self.w.exports.after_import.append(lambda _r: self._after_import())
        self.register.set_pack()
        _show(self.register)

    def _after_import(self) -> None:
        if self.register is not None and self.register.isVisible():
            self.register.reload()

    def open_attendance(self) -> None:
        if not self.w.sha:
            return
        if self.attendance is None:
            from boardprep.ui.attendance_window import AttendanceWindow

            self.attendance = AttendanceWindow(self.w)
            self.attendance.changed.connect(self.w.meeting.update_attendance)
            self.attendance.changed.connect(self.w.meeting.record.refresh_names)
        self.attendance.set_pack()
        _show(self.attendance)


def _show(win: Any) -> None:
    win.show()
    win.raise_()
    win.activateWindow()


def paper_page(item: Any) -> int | None:
    """The first page of the item's (or its sub-items') first paper, else of the item."""
    stack = [item]
    while stack:
        it = stack.pop(0)
        for d in it.documents:
            if d.pdf_pages:
                return int(d.pdf_pages[0])
        stack.extend(it.sub_items)
    return int(item.pdf_pages[0]) if item.pdf_pages else None


def build_meeting_actions(w: MainWindow, action: Callable[..., QAction], k: dict[str, Any]) -> None:
    w.meeting_tools = tools = MeetingTools(w)
    w.act_paper = action("Show the &paper / back to the meeting", tools.toggle_paper, k["paper"])
    w.act_presenter = action(
        "P&resenter view on the other screen",
        lambda on: tools.toggle_presenter(bool(on)),
        k["presenter"],
        checkable=True,
    )
    w.act_register = action("Question &register…", tools.open_register, k["register"])
    w.act_attendance = action("&Attendance and quorum…", tools.open_attendance, k["attendance"])

    def key(act: QAction) -> str:
        return act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    # Ctrl+Z in meeting mode takes back the last recorded change (the window's one stack,
    # made with the Edit menu after these actions).
    w.meeting.record.set_stack(lambda: window_stack(w))
    from boardprep.ui.meeting_record_panel import RecordCloseGuard

    # Quitting while a refused outcome waits asks first (a full disk in the meeting).
    tools.record_guard = RecordCloseGuard(w, w.meeting.record)
    w.meeting.set_hint(
        f"{key(w.act_paper)}: the paper · {key(w.act_full_screen)}: full screen · "
        f"{key(w.act_meeting)}: leave"
    )
    tools.update_actions()
