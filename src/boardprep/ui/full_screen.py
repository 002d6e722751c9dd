"""The window's one full-screen toggle (View ▸ Full screen, F11), for reading and meetings alike.

Full screen hides the menu bar, toolbar and status bar (a chair's screen and a reader's page
should show only the content); leaving it restores them and the window's earlier state
(maximised or not). Meeting mode asks for full screen when it starts and gives it back when it
ends, unless the user had chosen full screen already.

Escape leaves full screen too, when nothing nearer wants it: the search panel's Escape still
puts the search away first (and a text selection on the page, a popup or a dialog keep their
own Escape); the key reaches the window only when no widget took it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from boardprep.ui.main_window import MainWindow


class FullScreen(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._was_maximized = False
        self.by_meeting = False  # full screen was turned on by meeting mode, not the user
        # Key presses no child accepted travel up to the window: Escape is seen here last.
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            obj is self.w
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
        ):
            return self.escape()
        return False

    def escape(self) -> bool:
        """Escape: the search panel first (when open), else out of full screen."""
        w = self.w
        if not self.is_on() or QApplication.activePopupWidget() is not None:
            return False
        search = getattr(w, "search", None)
        if search is not None and search.isVisible():
            w.panels.hide_search()
            return True
        self.set(False)
        return True

    def is_on(self) -> bool:
        return self.w.isFullScreen()

    def set(self, on: bool) -> None:
        w = self.w
        act = getattr(w, "act_full_screen", None)
        if act is not None and act.isChecked() != on:
            act.setChecked(on)
        if on == self.is_on():
            return
        if on:
            self._was_maximized = w.isMaximized()
            w.showFullScreen()
        else:
            self.by_meeting = False
            w.showMaximized() if self._was_maximized else w.showNormal()
        for bar in (w.menuBar(), getattr(w, "toolbar", None), w.statusBar()):
            if bar is not None:
                bar.setVisible(not on)

    def toggle(self) -> None:
        self.set(not self.is_on())

    # ---- meeting mode ------------------------------------------------------------------------
    def enter_for_meeting(self) -> None:
        if not self.is_on():
            self.set(True)
            self.by_meeting = True

    def leave_for_meeting(self) -> None:
        if self.by_meeting:
            self.set(False)
