"""Search (Ctrl+F): hits in the pack text and in the member's own records.

The panel sits below the agenda tree, so opening it never narrows the pages; Escape or its
close button puts it away again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from boardprep.core.pageref import PageNames

PageRole = Qt.ItemDataRole.UserRole
ItemRole = Qt.ItemDataRole.UserRole + 1
KIND_LABELS = {
    "pack": "Pack",
    "page": "Pack",
    "note": "Note",
    "question": "Question",
    "declaration": "Interest",
}


class SearchPanel(QWidget):
    """Query box + results; emits ``hitActivated(pdf_page, query)`` for the window to jump."""

    hitActivated = Signal(int, str)
    itemRequested = Signal(str)  # a record hit without a page: show its item
    closeRequested = Signal()  # Escape or the close button

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Any = None
        self._sha: str | None = None
        self._tree: Any = None
        self.query = QLineEdit(self)
        self.query.setPlaceholderText("Search the pack and your notes…")
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName("Search text")
        self.results = QListWidget(self)
        self.results.setAccessibleName("Search results")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("muted")
        title = QLabel("Search", self)
        title.setObjectName("sectionTitle")
        close = self.close_button = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Close search (Esc)")
        close.setAccessibleName("Close search")
        close.clicked.connect(self.closeRequested)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(title, 1)
        head.addWidget(close)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        lay.addLayout(head)
        lay.addWidget(self.query)
        lay.addWidget(self.summary)
        lay.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run_search)
        self.query.textEdited.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._on_return)
        self.results.currentItemChanged.connect(self._on_current)
        self.results.itemActivated.connect(lambda row: self._emit(row))
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.closeRequested)

    def set_context(self, store: Any, sha: str | None, tree: Any) -> None:
        self._store, self._sha, self._tree = store, sha, tree
        self.results.clear()
        self.summary.setText("")

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def _on_return(self) -> None:
        if self._timer.isActive() or self.results.count() == 0:
            self.run_search()
        if self.results.count():
            self.results.setCurrentRow(0)
            self._emit(self.results.currentItem())

    def run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.query.text().strip()
        if not text or not (self._store and self._sha):
            self.summary.setText("" if text else "Type to search")
            return
        try:
            from boardprep.core.search import search
        except ImportError:
            self.summary.setText("Search is not available in this build.")
            return
        try:
            hits = search(self._store, self._sha, text)
        except Exception as err:  # a bad FTS query must not break the panel
            self.summary.setText(f"Cannot search for that: {err}")
            return
        for hit in hits:
            self.results.addItem(self._row(hit))
        n = len(hits)
        self.summary.setText("No matches" if n == 0 else f"{n} match{'es' if n != 1 else ''}")

    def _row(self, hit: Any) -> QListWidgetItem:
        page = hit.pdf_page
        where = PageNames.of(self._tree).words(page, capital=True) if page else ""
        kind = KIND_LABELS.get(hit.kind, str(hit.kind).capitalize())
        head = " · ".join(x for x in (kind, where, f"item {hit.item}" if hit.item else "") if x)
        snippet = " ".join(str(hit.snippet or "").split())
        for mark in ("[", "]", "<b>", "</b>", "«", "»"):
            snippet = snippet.replace(mark, "")
        row = QListWidgetItem(f"{head}\n{snippet}")
        row.setData(PageRole, page)
        row.setData(ItemRole, hit.item)
        return row

    def _on_current(self, row: QListWidgetItem | None, _prev: Any) -> None:
        if row is not None:
            self._emit(row)

    def _emit(self, row: QListWidgetItem | None) -> None:
        if row is None:
            return
        page = row.data(PageRole)
        if page:
            self.hitActivated.emit(int(page), self.query.text().strip())
        elif row.data(ItemRole):
            self.itemRequested.emit(str(row.data(ItemRole)))

    def step(self, delta: int) -> bool:
        """F3 / Shift+F3: the next or previous hit; False when there are none."""
        n = self.results.count()
        if n == 0:
            return False
        row = self.results.currentRow()
        row = 0 if row < 0 else (row + delta) % n
        self.results.setCurrentRow(row)
        return True
