"""Right-click on a highlight on the page: recolour, remove, a note about it, copy its words.

The view says which highlight is under the mouse (``PdfView.highlight_at``) and calls
:meth:`HighlightActions.add_to_menu`; recolouring and removing go through the panel's
:class:`~boardprep.ui.highlights_list.HighlightsList`, so they are the same undoable commands
(one undo stack, "Deleted … [Undo]" in the status bar) as in the Highlights tab.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMenu

from boardprep.core.errors import NotFoundError, StoreError
from boardprep.core.pageref import PageNames
from boardprep.core.reflow import reflow
from boardprep.ui.highlights_list import COLOURS, swatch
from boardprep.ui.store_faults import show_fault

if TYPE_CHECKING:
    from boardprep.ui.main_window import MainWindow

# (quote) -> the member's note about it, or None when cancelled. Tests replace it.
AskNote = Callable[[str], "str | None"]


class HighlightActions(QObject):
    """The entries a highlight on the page offers, for the window's view."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.ask_note: AskNote = self._ask_note
        if hasattr(window.view, "highlight_menu"):
            window.view.highlight_menu = self.add_to_menu

    def _highlight(self, hid: int) -> Any:
        try:
            return self.w.store.get("highlight", hid)
        except NotFoundError:
            return None

    def add_to_menu(self, menu: QMenu, hid: int) -> None:
        h = self._highlight(hid)
        if h is None:
            return
        colours = menu.addMenu("Highlight colour")
        for name, value in COLOURS.items():
            act = colours.addAction(swatch(value), name)
            act.setEnabled(value.lower() != (h.colour or "").lower())  # its colour now: greyed
            act.triggered.connect(lambda _=False, v=value: self.recolour(hid, v))
        menu.addAction("Remove highlight").triggered.connect(lambda: self.remove(hid))
        menu.addAction("Add a note about it…").triggered.connect(lambda: self.note_about(hid))
        menu.addAction("Copy its text").triggered.connect(lambda: self.copy_text(hid))

    # ---- the entries -----------------------------------------------------------------------
    def recolour(self, hid: int, colour: str) -> None:
        self.w.panel.highlights.recolour(hid, colour)  # undoable, as in the Highlights tab

    def remove(self, hid: int) -> None:
        self.w.panel.highlights.remove(hid)  # no confirmation: "Deleted … [Undo]"

    def copy_text(self, hid: int) -> None:
        h = self._highlight(hid)
        if h is not None:
            QGuiApplication.clipboard().setText(reflow(h.quote))  # one line, as quotes are
            self.w.statusBar().showMessage("Highlighted text copied", 3000)

    def note_about(self, hid: int) -> bool:
        """A note anchored to the highlight's words, on its item (undoable like any note)."""
        w = self.w
        h = self._highlight(hid)
        if h is None or not w.sha or w.tree is None:
            return False
        item = w.tree.find_item(h.item) if h.item else None
        item = item or (w.tree.item_at_page(h.page) if h.page else None)
        if item is None:
            w.statusBar().showMessage(
                "Notes belong to an item: this highlight is on a page of no item.", 5000
            )
            return False
        text = self.ask_note(reflow(h.quote))
        if not text:
            return False
        rect = _bounds(h.quads)
        try:
            note = w.store.add_note(w.sha, item.number, text, page=h.page, rect=rect, quote=h.quote)
        except StoreError as err:
            show_fault(w, err, title="The note could not be saved")
            return False
        panel = w.panel
        if panel.item is None or panel.item.number != item.number:
            w.nav._syncing = True  # show the item's panel without leaving the page read
            try:
                w.select_item(item.number)
            finally:
                w.nav._syncing = False
        panel.refresh()
        panel.tabs.setCurrentWidget(panel.notes)
        w.panels.show_panel()
        if getattr(w, "edits", None) is not None:
            where = PageNames.of(w.tree).words(h.page, h.pack_page)
            w.edits.added("note", note, f"note on the highlight on {where}")
        w.statusBar().showMessage("Note added — Ctrl+Z to undo", 4000)
        return True

    def _ask_note(self, quote: str) -> str | None:
        short = quote if len(quote) <= 80 else quote[:79].rstrip() + "…"
        text, ok = QInputDialog.getMultiLineText(
            self.w, "Note about a highlight", f"Your note on “{short}”:", ""
        )
        text = text.strip()
        return text if ok and text else None


def _bounds(quads: Any) -> tuple[float, float, float, float] | None:
    """The rectangle around a highlight's quads (PDF points), where the note is anchored."""
    xs = [float(q[i]) for q in quads or [] for i in range(0, len(q), 2)]
    ys = [float(q[i]) for q in quads or [] for i in range(1, len(q), 2)]
    if not xs or not ys:
        return None
    return (min(xs), min(ys), max(xs), max(ys))
