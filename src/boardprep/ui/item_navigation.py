"""Moving through a pack: page jumps with back/forward, items ↔ pages, the last page read.

The Qt side of navigation.py (which stays pure): the agenda tree follows the reader's page,
choosing a row jumps to its first page, and every jump can be undone with Alt+Left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QInputDialog

from boardprep.core.model import Document, Item
from boardprep.ui.agenda_model import FirstPageRole, ItemRole
from boardprep.ui.navigation import (
    NavHistory,
    missing_page_message,
    neighbour,
    parse_page_ref,
)

if TYPE_CHECKING:
    from boardprep.ui.main_window import MainWindow

SAVE_PAGE_AFTER_MS = 500  # the last page read is stored once the reader stops scrolling


class ItemNavigator(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.history = NavHistory()
        self._syncing = False  # selecting a row for the reader's page must not jump
        self._tree_jump_page: int | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_PAGE_AFTER_MS)
        self._save_timer.timeout.connect(self.save_last_page)

    def reset_history(self) -> None:
        self.history = NavHistory()

    # ---- page jumps ------------------------------------------------------------------------
    def jump_to_page(self, page: int) -> None:
        """A jump the user can come back from with Alt+Left."""
        current = self.w.view.current_page()
        if current:
            self.history.visit(current)
        self.history.visit(page)
        self.w.view.go_to_page(page)
        self.update_actions()

    def go_back(self) -> None:
        self.history.replace_current(self.w.view.current_page() or 1)
        page = self.history.back()
        if page is not None:
            self.w.view.go_to_page(page)
        self.update_actions()

    def go_forward(self) -> None:
        page = self.history.forward()
        if page is not None:
            self.w.view.go_to_page(page)
        self.update_actions()

    def update_actions(self) -> None:
        self.w.act_back.setEnabled(self.history.can_back())
        self.w.act_forward.setEnabled(self.history.can_forward())

    def go_to_ref(self, text: str) -> bool:
        page = parse_page_ref(text, self.w.tree, self.w.view.page_count())
        if page is None:
            return False
        self.jump_to_page(page)
        return True

    def ask_go_to_page(self) -> None:
        text, ok = QInputDialog.getText(
            self.w,
            "Go to page",
            "Pack page as printed (37 or p37), or physical page (#41):",
        )
        if ok and text.strip() and not self.go_to_ref(text):
            # Said in the status bar: the reader stays where they were, nothing to dismiss.
            message = missing_page_message(text, self.w.tree, self.w.view.page_count())
            self.w.statusBar().showMessage(message, 10000)

    def on_internal_link(self, page: int) -> None:
        self.history.visit(page)
        self.update_actions()

    # ---- items -----------------------------------------------------------------------------
    def select_item(self, number: str) -> bool:
        ix = self.w.model.index_for_number(number)
        if not ix.isValid():
            return False
        self.w.tree_view.setCurrentIndex(ix)
        self._reveal_papers(ix)
        return True

    def _reveal_papers(self, ix: QModelIndex) -> None:
        """Scroll so an item chosen by key, search or the meeting shows its papers below it.

        Qt only makes the row itself visible, which leaves it on the tree's last line with
        its papers hidden; its last child is brought in first, then the row, so a long
        list of papers still keeps the item in view.
        """
        tree_view = self.w.tree_view
        rows = self.w.model.rowCount(ix)
        if rows and tree_view.isExpanded(ix):
            tree_view.scrollTo(self.w.model.index(rows - 1, 0, ix))
            tree_view.scrollTo(ix)

    def step_item(self, delta: int) -> None:
        if self.w.tree is None:
            return
        item = neighbour(self.w.tree.walk(), self.w.panel.item, delta)
        if item is not None:
            self.select_item(item.number)

    def on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        w = self.w
        obj = current.data(ItemRole)
        item = obj if isinstance(obj, Item) else owner_item(current)
        w.panel.set_item(item)
        if w.panels.is_meeting_mode() and item is not None and item is not w.meeting.item:
            w.meeting.show_item(item)
        if self._syncing:
            return
        page = current.data(FirstPageRole)
        if page:
            self._tree_jump_page = int(page)  # the row the user chose stays selected there
            self.jump_to_page(int(page))
        elif isinstance(obj, Item) and obj.agenda_page:
            # No papers in this file (an agenda-only file): the agenda's line is what there is.
            self._tree_jump_page = obj.agenda_page
            self.jump_to_page(obj.agenda_page)
            w.statusBar().showMessage(
                f"No papers for this item in this file: page {obj.agenda_page} lists it.", 4000
            )
        elif isinstance(obj, Item):
            w.statusBar().showMessage("No pages of this pack belong to this item.", 4000)

    # ---- following the reader --------------------------------------------------------------
    def on_page_changed(self, page: int) -> None:
        self.w.status.update()
        self._save_timer.start()
        self.sync_tree_to_page(page)

    def sync_tree_to_page(self, page: int) -> None:
        """Follow the reader: select the row holding ``page`` without scrolling the view."""
        if page == self._tree_jump_page:
            return
        self._tree_jump_page = None
        tree_view = self.w.tree_view
        cur = tree_view.currentIndex()
        if cur.isValid():
            obj = cur.data(ItemRole)
            r = obj.pdf_pages if isinstance(obj, (Item, Document)) else None
            if r and r[0] <= page <= r[1] and not self._has_child_at(cur, page):
                return
        ix = self.w.model.index_for_page(page)
        if not ix.isValid() or ix == cur:
            return
        self._syncing = True
        try:
            tree_view.selectionModel().setCurrentIndex(
                ix, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            tree_view.scrollTo(ix)
        finally:
            self._syncing = False

    def _has_child_at(self, index: QModelIndex, page: int) -> bool:
        model = self.w.model
        for r in range(model.rowCount(index)):
            obj = model.index(r, 0, index).data(ItemRole)
            pr = obj.pdf_pages if obj is not None else None
            if pr and pr[0] <= page <= pr[1]:
                return True
        return False

    def save_last_page(self) -> None:
        w = self.w
        if w.sha and w.view.current_page():
            page = w.view.current_page()
            w.store.set_last_page(w.sha, page)
            w.store.mark_page_read(w.sha, page)
            if w.tree is not None:
                w.model.set_progress(w.store.item_progress(w.sha, w.tree))


def owner_item(index: QModelIndex) -> Item | None:
    """The agenda item a paper's row sits under."""
    parent = index.parent()
    while parent.isValid():
        obj = parent.data(ItemRole)
        if isinstance(obj, Item):
            return obj
        parent = parent.parent()
    return None
