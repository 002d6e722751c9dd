"""The side panes and what reaches them: the member's panel, search dock and meeting mode.

Quotes and highlights made on the pages become notes and stored highlights here; the agenda
tree's context menu and the pane toggles/focus shortcuts live here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMenu

if TYPE_CHECKING:
    from boardprep.ui.main_window import MainWindow


class PanelWiring(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    # ---- member's panel --------------------------------------------------------------------
    def refresh_badges(self) -> None:
        w = self.w
        if not w.sha or w.tree is None:
            return
        w.model.set_counts(w.store.counts(w.sha))
        w.model.set_progress(w.store.item_progress(w.sha, w.tree))

    def add_question(self) -> None:
        panel = self.w.panel
        if panel.questions.isEnabled():
            self.show_panel()
            panel.tabs.setCurrentWidget(panel.questions)
            panel.questions.add_question()
        else:
            self._no_item("Questions")

    def focus_tree(self) -> None:
        if not self.w.left.isVisibleTo(self.w.splitter):
            self.toggle_tree()
        self.w.tree_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _no_item(self, what: str) -> None:
        """Said where the member looks (the panel says it too) instead of doing nothing."""
        self.show_panel()
        self.w.statusBar().showMessage(
            f"{what} belong to an agenda item: choose one in the tree first.", 5000
        )

    def focus_notes(self) -> None:
        if self.w.panel.item is None:
            self._no_item("Notes")
            return
        self.show_panel()
        self.w.panel.tabs.setCurrentWidget(self.w.panel.notes)
        self.w.panel.notes.editor.setFocus()

    def tree_menu(self, pos: Any) -> None:
        w = self.w
        ix = w.tree_view.indexAt(pos)
        if not ix.isValid():
            return
        w.nav._syncing = True  # a right-click selects the row, the page being read stays
        try:
            w.tree_view.setCurrentIndex(ix)
        finally:
            w.nav._syncing = False
        menu = QMenu(w)
        menu.addAction(w.act_notes)
        menu.addAction(w.act_add_question)
        declare = menu.addAction("Declare an interest…")
        menu.addSeparator()
        copy = menu.addAction("Copy title")
        w.fixer.add_menu_actions(menu, ix)  # the agenda's corrections (ui/agenda_fixes.py)
        chosen = menu.exec(w.tree_view.viewport().mapToGlobal(pos))
        if chosen is declare:
            self.show_panel()
            w.panel.tabs.setCurrentWidget(w.panel.declaration)
            w.panel.declaration.has_interest.setFocus()
        elif chosen is copy:
            QApplication.clipboard().setText(str(ix.data()))

    # The actions hold the truth: isVisible() is False while the start screen is shown.
    def toggle_tree(self) -> None:
        on = not self.w.left.isVisibleTo(self.w.splitter)
        self.w.left.setVisible(on)
        self.w.act_tree.setChecked(on)

    def toggle_panel(self) -> None:
        on = not self.w.panel.isVisibleTo(self.w.splitter)
        self.w.panel.setVisible(on)
        self.w.act_panel.setChecked(on)

    def show_panel(self) -> None:
        if not self.w.panel.isVisibleTo(self.w.splitter):
            self.toggle_panel()

    # ---- records from the view -------------------------------------------------------------
    def on_quote(self, page: int, rect: Any, text: str) -> None:
        w = self.w
        if not w.sha or w.tree is None:
            return
        item = w.tree.item_at_page(page)
        if item is not None and item is not w.panel.item:
            w.select_item(item.number)
        if w.panel.item is None:
            w.statusBar().showMessage("Quotes belong to an item: this page has none.", 4000)
            return
        w.panel.notes.add_quote(page, rect_tuple(rect), text)
        w.panel.tabs.setCurrentWidget(w.panel.notes)
        w.statusBar().showMessage("Quote added to your notes", 3000)

    def on_highlight(self, page: int, rects: Any, text: str) -> None:
        w = self.w
        if not w.sha or w.tree is None:
            return
        quads = []
        for r in rects or []:
            x0, y0, x1, y1 = rect_tuple(r)
            quads.append((x0, y0, x1, y0, x0, y1, x1, y1))
        item = w.tree.item_at_page(page)
        h = w.store.add_highlight(w.sha, page, quads, text, item=item.number if item else None)
        self.load_highlights()
        w.panel.refresh()  # the panel's Highlights tab lists it
        if getattr(w, "edits", None) is not None:
            w.edits.added("highlight", h)  # Ctrl+Z takes it off the page again
        w.statusBar().showMessage("Highlighted — Ctrl+Z to undo", 3000)

    def load_highlights(self) -> None:
        """The member's highlights, drawn by the view over the pages."""
        w = self.w
        if not w.sha or not hasattr(w.view, "set_highlights"):
            return
        by_page: dict[int, list[tuple[list[tuple[float, ...]], str, int]]] = {}
        for h in w.store.highlights(w.sha):
            if h.page and h.quads:  # the id: a right-click on it finds it (highlight_actions)
                by_page.setdefault(h.page, []).append((list(h.quads), h.colour, h.id))
        w.view.set_highlights(by_page)

    # ---- search ----------------------------------------------------------------------------
    def show_search(self) -> None:
        """Ctrl+F: the search panel below the agenda tree (shown with it if it was hidden)."""
        self._reveal_search()
        self.w.search.focus_query()

    def _reveal_search(self) -> None:
        if not self.w.left.isVisibleTo(self.w.splitter):
            self.toggle_tree()
        self.w.search.show()

    def hide_search(self) -> None:
        """Escape: put the results away, take the marks off the pages, back to reading."""
        w = self.w
        w.search.hide()
        w.view.set_search_term(None)
        w.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def step_hit(self, delta: int) -> None:
        """F3 / Shift+F3: the next hit on this page, then the first hit of the next result."""
        view = self.w.view
        current = view.current_hit() if self.w.search.isVisible() else None
        if current is not None:
            page, index = current
            if 0 <= index + delta < len(view.search_hits().get(page, [])):
                view.set_current_hit(page, index + delta)
                return
        self._hit_from_end = delta < 0
        try:
            if not self.w.search.step(delta):
                self.show_search()
        finally:
            self._hit_from_end = False

    _hit_from_end = False  # stepping back lands on the last hit of the previous result

    def on_search_hit(self, page: int, query: str) -> None:
        w = self.w
        self._reveal_search()  # F3 after Escape brings the results back
        w.view.set_search_term(query)
        w.jump_to_page(page)
        w.view.set_current_hit(page, -1 if self._hit_from_end else 0)

    # ---- meeting mode ----------------------------------------------------------------------
    def set_meeting_mode(self, on: bool) -> None:
        """The chair's view of the current item, full screen; leaving it returns to the
        reader (and gives back full screen if meeting mode had taken it)."""
        w = self.w
        tree = w.tree
        if tree is None:
            on = False
        w.act_meeting.setChecked(on)
        tools = w.meeting_tools
        tools.paper_open = False
        w.notice.hide()
        if on and tree is not None:  # on is False without a tree
            w.panel.flush()
            w.meeting.set_context(tree, w.store if w.sha else None, w.sha)
            item = w.panel.item or (tree.items[0] if tree.items else None)
            if item is not w.meeting.item or w.stack.currentWidget() is not w.meeting:
                w.meeting.show_item(item)
            w.stack.setCurrentWidget(w.meeting)
            if w.meeting_full_screen:
                w.full_screen.enter_for_meeting()
        else:
            if w.stack.currentWidget() is w.meeting or w.stack.currentWidget() is w.splitter:
                w.stack.setCurrentWidget(w.splitter)
            w.full_screen.leave_for_meeting()
        tools.update_actions()

    def show_paper(self, page: int) -> None:
        """The chair opens a paper: in meeting mode it stays on (P goes back to the view)."""
        w = self.w
        if self.is_meeting_mode():
            w.stack.setCurrentWidget(w.splitter)
            w.jump_to_page(page)
            w.meeting_tools.paper_shown()
            return
        self.set_meeting_mode(False)
        w.jump_to_page(page)

    def is_meeting_mode(self) -> bool:
        return self.w.stack.currentWidget() is self.w.meeting


def rect_tuple(rect: Any) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) from a pymupdf Rect, a QRectF or any 4-sequence."""
    if rect is None:
        return (0.0, 0.0, 0.0, 0.0)
    if hasattr(rect, "x0"):
        return (float(rect.x0), float(rect.y0), float(rect.x1), float(rect.y1))
    if hasattr(rect, "left") and callable(rect.left):
        return (float(rect.left()), float(rect.top()), float(rect.right()), float(rect.bottom()))
    a, b, c, d = (float(v) for v in rect)
    return (a, b, c, d)
