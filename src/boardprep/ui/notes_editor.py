"""The item's free-text note (autosaved as you type) and its anchored quotes from the pack.

A save the store refuses (disk full, database busy) never loses the text: it stays in the
editor, or — after a switch to another item — in ``_unsaved``, and ``saveFailed`` tells the
panel, which retries; ``flush()`` returns False until everything typed is in the database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
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

from boardprep.core.errors import NotFoundError, StoreError
from boardprep.core.pageref import PageNames
from boardprep.core.reflow import quote_and_comment, reflow
from boardprep.ui.autosave import Autosave
from boardprep.ui.record_undo import DeleteKey


class NotesEditor(QWidget):
    saved = Signal()
    recordsChanged = Signal()
    pageRequested = Signal(int)
    saveFailed = Signal(object)  # the StoreError; the text is kept

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Any = None
        self._last_store: Any = None
        self._sha: str | None = None
        self._item: str | None = None
        self._dirty = False
        self._loading = False
        # (sha, item) -> text whose save failed before the member moved to another item
        self._unsaved: dict[tuple[str, str], str] = {}
        self.edits: Any = None  # the window's undoable record changes (record_undo.RecordEdits)

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
        DeleteKey(
            self.quotes, self.delete_current_quote
        )  # Delete removes the current row (undoable)
        self.quotes_label = QLabel("Quotes and anchored notes", self)
        self.quotes_label.setObjectName("sectionTitle")

        # Saved within a second of the first unsaved key, even while the member keeps typing.
        self.autosave = Autosave(self, self.flush)

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
        if not self.flush() and self._dirty and self._sha and self._item:
            self._unsaved[(self._sha, self._item)] = self.editor.toPlainText()  # never lost
        self._store, self._sha, self._item = store, sha, item
        self._last_store = store or self._last_store  # parked edits are saved there
        kept = self._unsaved.pop((sha, item), None) if sha and item else None
        self._loading = True
        try:
            if kept is not None:
                text = kept
            else:
                text = store.item_note_text(sha, item) if store and sha and item else ""
            self.editor.setPlainText(text)
        finally:
            self._loading = False
        self._dirty = kept is not None
        self._set_indicator(
            "Not saved yet: kept here" if kept is not None else "", kept is not None
        )
        self.setEnabled(bool(store and sha and item))
        self.reload_quotes()

    def refresh(self) -> None:
        """Another process changed the database: show its version unless the member is typing."""
        if self._dirty or not (self._store and self._sha and self._item):
            self.reload_quotes()
            return
        text = self._store.item_note_text(self._sha, self._item)
        if text != self.editor.toPlainText():
            pos = self.editor.textCursor().position()
            self._loading = True
            try:
                self.editor.setPlainText(text)
                cursor = self.editor.textCursor()
                cursor.setPosition(min(pos, len(text)))
                self.editor.setTextCursor(cursor)
            finally:
                self._loading = False
        self.reload_quotes()

    def reload_quotes(self) -> None:
        row_before = self.quotes.currentRow()
        keep = self.quotes.currentItem().data(Qt.ItemDataRole.UserRole) if row_before >= 0 else None
        self.quotes.clear()
        if not (self._store and self._sha and self._item):
            return
        names = PageNames.of_pack(self._store, self._sha)
        for note in self._store.notes(self._sha, self._item):
            if note.is_item_note:
                continue
            where = names.words(note.page, note.pack_page, capital=True)
            quote, own = quote_and_comment(note.quote, note.text)
            body = "\n".join(x for x in (f"“{quote}”" if quote else "", own) if x)
            row = QListWidgetItem(f"{where}\n{body}" if where else body)
            row.setData(Qt.ItemDataRole.UserRole, note.id)
            row.setData(Qt.ItemDataRole.UserRole + 1, note.page)
            self.quotes.addItem(row)
        if keep is not None and self.quotes.count():
            # The same note, or (it was deleted) the one that took its place.
            target = min(row_before, self.quotes.count() - 1)
            for r in range(self.quotes.count()):
                if self.quotes.item(r).data(Qt.ItemDataRole.UserRole) == keep:
                    target = r
            self.quotes.setCurrentRow(target)
        self.quotes_label.setVisible(self.quotes.count() > 0)
        self.quotes.setVisible(self.quotes.count() > 0)

    # ---- saving ----------------------------------------------------------------------------
    def _on_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.indicator.setText("Editing…")
        self.autosave.edited()

    def flush(self) -> bool:
        """Save what is typed now; False (text kept, ``saveFailed`` sent) if the store refused."""
        self.autosave.done()
        ok = self._save_parked()
        if not self._dirty or not (self._store and self._sha and self._item):
            return ok
        text = self.editor.toPlainText()
        try:
            self._store.set_item_note(self._sha, self._item, text)
        except StoreError as err:
            self._set_indicator("Not saved: kept here", True)
            self.saveFailed.emit(err)
            return False
        self._dirty = self.editor.toPlainText() != text
        self._set_indicator("✓ Saved", False)
        self.saved.emit()
        self.recordsChanged.emit()
        return ok

    def _save_parked(self) -> bool:
        for (sha, item), text in list(self._unsaved.items()):
            try:
                (self._store or self._last_store).set_item_note(sha, item, text)
            except StoreError as err:
                self.saveFailed.emit(err)
                return False
            del self._unsaved[(sha, item)]
            self.recordsChanged.emit()
        return True

    def _set_indicator(self, text: str, fault: bool) -> None:
        self.indicator.setText(text)
        self.indicator.setStyleSheet("color: #b3261e; font-weight: 600;" if fault else "")

    def is_dirty(self) -> bool:
        return self._dirty

    def has_unsaved(self) -> bool:
        return self._dirty or bool(self._unsaved)

    def unsaved_texts(self) -> list[tuple[str, str]]:
        """(item, text) of every note not yet in the database, for "save it elsewhere"."""
        out = [(item, text) for (_sha, item), text in self._unsaved.items()]
        if self._dirty and self._item:
            out.append((self._item, self.editor.toPlainText()))
        return out

    # ---- anchored notes --------------------------------------------------------------------
    def add_quote(self, page: int, rect: Any, quote: str) -> None:
        if not (self._store and self._sha and self._item):
            return
        r = tuple(float(v) for v in rect) if rect is not None else None
        quote = reflow(quote)  # the sentence, not the PDF's line breaks
        try:
            note = self._store.add_note(
                self._sha, self._item, quote, page=page, rect=r, quote=quote
            )
        except StoreError as err:
            self.saveFailed.emit(err)
            return
        self.reload_quotes()
        self.recordsChanged.emit()
        if self.edits is not None:
            where = PageNames.of_pack(self._store, self._sha).words(page, note.pack_page)
            self.edits.added("note", note, f"quote from {where}")

    def _quote_activated(self, row: QListWidgetItem) -> None:
        page = row.data(Qt.ItemDataRole.UserRole + 1)
        if page:
            self.pageRequested.emit(int(page))

    def delete_current_quote(self) -> None:
        row = self.quotes.currentItem()
        if row is not None:
            self.delete_note(int(row.data(Qt.ItemDataRole.UserRole)))

    def delete_note(self, note_id: int) -> None:
        """No confirmation: the deletion can be undone (Ctrl+Z, or Undo in the status bar)."""
        try:
            if self.edits is not None:
                self.edits.delete("note", note_id)
                return
            self._store.delete_note(note_id)
        except StoreError as err:
            self.saveFailed.emit(err)
            return
        self.reload_quotes()
        self.recordsChanged.emit()

    def edit_note(self, note_id: int, text: str | None = None) -> None:
        """Change an anchored note's text (asked for when ``text`` is None), undoably."""
        try:
            note = self._store.get("note", note_id)
        except NotFoundError:
            self.reload_quotes()
            return
        if text is None:
            text, ok = QInputDialog.getMultiLineText(self, "Edit note", "Note:", note.text)
            if not ok:
                return
        if text == note.text:
            return
        try:
            if self.edits is not None:
                before, after = {"text": note.text}, {"text": text}
                self.edits.changed("note", note, before, after, "Edit note", done=False)
                return
            self._store.update_note(note_id, text)
        except StoreError as err:
            self.saveFailed.emit(err)
            return
        self.reload_quotes()
        self.recordsChanged.emit()

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
            self.edit_note(note_id)
        elif chosen is delete:
            self.delete_note(note_id)
