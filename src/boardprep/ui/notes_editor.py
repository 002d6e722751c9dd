"""The item's free-text note (autosaved as you type) and its anchored quotes from the pack."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

SAVE_DELAY_MS = 400  # debounce: saved well within a second of the last keystroke


class NotesEditor(QWidget):
    saved = Signal()
    recordsChanged = Signal()
    pageRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Any = None
        self._sha: str | None = None
        self._item: str | None = None
        self._dirty = False
        self._loading = False

        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(
            "Your notes on this item: points to raise, what changed since last time, "
            "risks, recommendations…"
        )
        self.editor.setAccessibleName("Notes on this item")
        self.editor.textChanged.connect(self._on_changed)

        self.indicator = QLabel("", self)
        self.indicator.setObjectName("savedIndicator")
        self.indicator.setAccessibleName("Save status")

        self.quotes = QListWidget(self)
        self.quotes.setAccessibleName("Notes anchored to the pack")
        self.quotes.setWordWrap(True)
        self.quotes.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.quotes.customContextMenuRequested.connect(self._quote_menu)
        self.quotes.itemActivated.connect(self._quote_activated)
        self.quotes_label = QLabel("Quotes and anchored notes", self)
        self.quotes_label.setObjectName("sectionTitle")

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

        top = QHBoxLayout()
        hint = QLabel("Saved as you type", self)
        hint.setObjectName("muted")
        top.addWidget(hint)
        top.addStretch(1)
        top.addWidget(self.indicator)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.editor, 3)
        lay.addWidget(self.quotes_label)
        lay.addWidget(self.quotes, 2)
        self.setEnabled(False)

    # ---- context ---------------------------------------------------------------------------
    def set_context(self, store: Any, sha: str | None, item: str | None) -> None:
        self.flush()  # never lose words on an item switch
        self._store, self._sha, self._item = store, sha, item
        self._loading = True
        try:
            text = store.item_note_text(sha, item) if store and sha and item else ""
            self.editor.setPlainText(text)
        finally:
            self._loading = False
        self._dirty = False
        self.indicator.setText("")
        self.setEnabled(bool(store and sha and item))
        self.reload_quotes()

    def reload_quotes(self) -> None:
        self.quotes.clear()
        if not (self._store and self._sha and self._item):
            return
        for note in self._store.notes(self._sha, self._item):
            if note.is_item_note:
                continue
            where = (
                f"p {note.pack_page}" if note.pack_page else (f"#{note.page}" if note.page else "")
            )
            body = f"“{note.quote}”" if note.quote else ""
            if note.text and note.text != note.quote:
                body = f"{body}\n{note.text}" if body else note.text
            row = QListWidgetItem(f"{where}  {body}".strip())
            row.setData(Qt.ItemDataRole.UserRole, note.id)
            row.setData(Qt.ItemDataRole.UserRole + 1, note.page)
            self.quotes.addItem(row)
        self.quotes_label.setVisible(self.quotes.count() > 0)
        self.quotes.setVisible(self.quotes.count() > 0)

    # ---- saving ----------------------------------------------------------------------------
    def _on_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.indicator.setText("Editing…")
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if not self._dirty or not (self._store and self._sha and self._item):
            return
        self._store.set_item_note(self._sha, self._item, self.editor.toPlainText())
        self._dirty = False
        self.indicator.setText("✓ Saved")
        self.saved.emit()
        self.recordsChanged.emit()

    def is_dirty(self) -> bool:
        return self._dirty

    # ---- anchored notes --------------------------------------------------------------------
    def add_quote(self, page: int, rect: Any, quote: str) -> None:
        if not (self._store and self._sha and self._item):
            return
        r = tuple(float(v) for v in rect) if rect is not None else None
        self._store.add_note(self._sha, self._item, quote, page=page, rect=r, quote=quote)
        self.reload_quotes()
        self.recordsChanged.emit()

    def _quote_activated(self, row: QListWidgetItem) -> None:
        page = row.data(Qt.ItemDataRole.UserRole + 1)
        if page:
            self.pageRequested.emit(int(page))

    def _quote_menu(self, pos: Any) -> None:
        row = self.quotes.itemAt(pos)
        if row is None:
            return
        menu = QMenu(self)
        go = menu.addAction("Go to page")
        edit = menu.addAction("Edit note…")
        delete = menu.addAction("Delete")
        chosen = menu.exec(self.quotes.viewport().mapToGlobal(pos))
        note_id = int(row.data(Qt.ItemDataRole.UserRole))
        if chosen is go:
            self._quote_activated(row)
        elif chosen is edit:
            text, ok = QInputDialog.getMultiLineText(self, "Edit note", "Note:", row.text())
            if ok:
                self._store.update_note(note_id, text)
        elif chosen is delete:
            self._store.delete_note(note_id)
        if chosen in (edit, delete):
            self.reload_quotes()
            self.recordsChanged.emit()
