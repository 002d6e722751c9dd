"""Questions the member wants to ask on the item: add, edit, reorder by drag, status, answer.

Edits the store refuses (disk full, busy) are kept: in the form, or in ``_unsaved`` (by
question id) once the member moves on; ``saveFailed`` tells the panel, which retries.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from boardprep.core.errors import NotFoundError, StoreError
from boardprep.ui.autosave import Autosave
from boardprep.ui.labels import STATUS_LABELS
from boardprep.ui.record_undo import DeleteKey

IdRole = Qt.ItemDataRole.UserRole


class QuestionsWidget(QWidget):
    recordsChanged = Signal()
    saveFailed = Signal(object)  # the StoreError; the edit is kept

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Any = None
        self._last_store: Any = None
        self._sha: str | None = None
        self._item: str | None = None
        self._current_id: int | None = None
        self._loading = False
        self._pending = False  # edits not yet written
        self._unsaved: dict[int, dict[str, Any]] = {}  # question id -> fields a save refused
        self._order: list[int] = []  # the running order shown (to undo a move)
        self._status: str | None = None  # the current question's stored status (to undo it)
        self.edits: Any = None  # the window's undoable record changes (record_undo.RecordEdits)

        self.list = QListWidget(self)
        self.list.setAccessibleName("Questions for this item")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setStyleSheet(
            "QListWidget::item { padding: 6px 4px; border-bottom: 1px solid palette(midlight); }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(self._persist_order)
        self.list.currentItemChanged.connect(self._on_current)
        DeleteKey(self.list, self.delete_current)  # Delete removes the current row (undoable)

        style = self.style()
        self.add_btn = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder), "Add question", self
        )
        self.add_btn.setAccessibleName("Add a question")
        self.add_btn.clicked.connect(self.add_question)
        self.up_btn = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), "", self)
        self.up_btn.setToolTip("Move up (or drag)")
        self.up_btn.setAccessibleName("Move question up")
        self.up_btn.clicked.connect(lambda: self.move_current(-1))
        self.down_btn = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), "", self
        )
        self.down_btn.setToolTip("Move down (or drag)")
        self.down_btn.setAccessibleName("Move question down")
        self.down_btn.clicked.connect(lambda: self.move_current(1))
        self.del_btn = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), "", self)
        self.del_btn.setToolTip("Delete question")
        self.del_btn.setAccessibleName("Delete question")
        self.del_btn.clicked.connect(self.delete_current)

        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText("The question, as you would ask it")
        self.text.setAccessibleName("Question text")
        self.text.setMaximumHeight(90)
        self.status = QComboBox(self)
        self.status.setAccessibleName("Question status")
        for code, label in STATUS_LABELS.items():
            self.status.addItem(label, code)
        self.asker = QLineEdit(self)
        self.asker.setPlaceholderText("Who asks (optional)")
        self.asker.setAccessibleName("Asked by")
        self.answer = QPlainTextEdit(self)
        self.answer.setPlaceholderText("The answer given")
        self.answer.setAccessibleName("Answer")
        self.answer.setMaximumHeight(70)

        self.autosave = Autosave(self, self.flush)
        self.text.textChanged.connect(self._schedule)
        self.answer.textChanged.connect(self._schedule)
        self.asker.textEdited.connect(self._schedule)
        self.status.currentIndexChanged.connect(self._status_changed)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_btn)
        buttons.addStretch(1)
        for b in (self.up_btn, self.down_btn, self.del_btn):
            buttons.addWidget(b)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Question", self.text)
        form.addRow("Status", self.status)
        form.addRow("Asked by", self.asker)
        form.addRow("Answer", self.answer)
        self.empty = QLabel("No questions yet. Add the ones you want to raise.", self)
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addLayout(buttons)
        lay.addWidget(self.empty)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.form, 0)
        self.setEnabled(False)
        self._sync_form()

    # ---- context ---------------------------------------------------------------------------
    def set_context(self, store: Any, sha: str | None, item: str | None) -> None:
        self.flush()
        self._park()
        self._store, self._sha, self._item = store, sha, item
        self._last_store = store or self._last_store  # parked edits are saved there
        self.setEnabled(bool(store and sha and item))
        self.reload()

    def refresh(self) -> None:
        """Another process changed the database: reload unless an edit is waiting."""
        if not self._pending:
            self.reload(select_id=self._current_id)

    def reload(self, select_id: int | None = None) -> None:
        self._park()
        row_before = self.list.currentRow()
        with QSignalBlocker(self.list):
            self.list.clear()
            if self._store and self._sha and self._item:
                for q in self._store.questions(self._sha, self._item):
                    self.list.addItem(self._row(self._kept(q)))
        self._order = self._ids()
        self._current_id = None
        # The question asked for; if it is gone (deleted, here or elsewhere), the one that
        # took its place, so the member can go on deleting or editing from the keyboard.
        target = 0 if select_id is None else min(max(row_before, 0), self.list.count() - 1)
        for r in range(self.list.count()):
            if self.list.item(r).data(IdRole) == select_id:
                target = r
        if self.list.count():
            self.list.setCurrentRow(target)
        else:
            self._on_current(self.list.currentItem(), None)
        self._sync_form()

    def _park(self) -> None:
        """An edit whose save failed moves from the form to ``_unsaved``: never dropped."""
        if self._pending and self._current_id is not None:
            self._unsaved[self._current_id] = self._fields()
            self._pending = False

    def _kept(self, q: Any) -> Any:
        """The question as the member last typed it (a kept, unsaved edit wins)."""
        fields = self._unsaved.get(q.id)
        if fields:
            from dataclasses import replace

            return replace(q, **fields)
        return q

    def _fields(self) -> dict[str, Any]:
        return {
            "text": self.text.toPlainText(),
            "status": self.status.currentData(),
            "asker": self.asker.text().strip() or None,
            "answer": self.answer.toPlainText().strip() or None,
        }

    @staticmethod
    def _row(q: Any) -> QListWidgetItem:
        text = q.text.strip() or "(empty question)"
        row = QListWidgetItem(f"{text}\n{STATUS_LABELS.get(q.status, q.status)}")
        row.setData(IdRole, q.id)
        row.setToolTip(q.answer or "")
        return row

    def _sync_form(self) -> None:
        has = self.list.count() > 0
        self.empty.setVisible(not has)
        self.list.setVisible(has)
        self.form.setVisible(self._current_id is not None)
        for b in (self.up_btn, self.down_btn, self.del_btn):
            b.setEnabled(self._current_id is not None)

    def _on_current(self, cur: QListWidgetItem | None, _prev: Any) -> None:
        self.flush()
        self._park()
        self._current_id = int(cur.data(IdRole)) if cur is not None else None
        q = self._question(self._current_id)
        self._loading = True
        try:
            self.text.setPlainText(q.text if q else "")
            self.answer.setPlainText((q.answer or "") if q else "")
            self.asker.setText((q.asker or "") if q else "")
            self.status.setCurrentIndex(max(0, self.status.findData(q.status if q else "draft")))
            self._status = q.status if q else None
        finally:
            self._loading = False
        if self._current_id in self._unsaved:  # shown as typed; saved with the next flush
            del self._unsaved[self._current_id]
            self._pending = True
        self._sync_form()

    def _question(self, qid: int | None) -> Any:
        if qid is None or not self._store:
            return None
        for q in self._store.questions(self._sha, self._item):
            if q.id == qid:
                return self._kept(q)
        return None

    # ---- edits -----------------------------------------------------------------------------
    def add_question(self, text: str = "") -> int | None:
        if not (self._store and self._sha and self._item):
            return None
        try:
            q = self._store.add_question(self._sha, self._item, text or "")
        except StoreError as err:
            self.saveFailed.emit(err)
            return None
        self.reload(select_id=q.id)
        self.text.setFocus()
        self.recordsChanged.emit()
        if self.edits is not None:
            self.edits.added("question", q, "a question")
        return int(q.id)

    def delete_current(self) -> None:
        """No confirmation: the deletion can be undone (Ctrl+Z, or Undo in the status bar)."""
        if self._current_id is None:
            return
        if self.edits is not None:  # saves the edit first, keeps the row for undo
            self.edits.delete("question", self._current_id)
            return
        self.autosave.done()
        try:
            self._store.delete_question(self._current_id)
        except StoreError as err:
            self.saveFailed.emit(err)
            return
        self._pending = False
        self._unsaved.pop(self._current_id, None)
        self._current_id = None
        self.reload()
        self.recordsChanged.emit()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.flush()
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._persist_order()

    def _ids(self) -> list[int]:
        return [int(self.list.item(r).data(IdRole)) for r in range(self.list.count())]

    def _persist_order(self, *_args: Any) -> None:
        ids = self._ids()
        if self._store and ids:
            try:
                self._store.reorder_questions(self._sha, self._item, ids)
            except StoreError as err:
                self.saveFailed.emit(err)
                self.reload(select_id=self._current_id)  # the order the database still has
                return
            before, self._order = self._order, ids
            self.recordsChanged.emit()
            if self.edits is not None and self._sha and self._item:
                self.edits.reordered(self._sha, self._item, before, ids)

    def _schedule(self, *_args: Any) -> None:
        if not self._loading and self._current_id is not None:
            self._pending = True
            self.autosave.edited()

    def _status_changed(self, _index: int) -> None:
        if self._loading or self._current_id is None:
            return
        before, after = self._status, self.status.currentData()
        if not self.flush(force=True):
            return
        self._status = after
        if self.edits is not None and before and before != after:
            q = self._question(self._current_id)
            label = STATUS_LABELS.get(after, after)
            self.edits.changed(
                "question", q, {"status": before}, {"status": after}, f"Mark {label}", done=True
            )

    def flush(self, force: bool = False) -> bool:
        """Write the edit now; False (edit kept, ``saveFailed`` sent) if the store refused."""
        self.autosave.done()
        if not self._save_parked():
            return False
        if (not self._pending and not force) or self._current_id is None or not self._store:
            return True
        try:
            q = self._store.update_question(self._current_id, **self._fields())
        except StoreError as err:
            self._pending = True
            self.saveFailed.emit(err)
            return False
        self._pending = False
        fresh = self._row(q)
        for r in range(self.list.count()):
            row = self.list.item(r)
            if int(row.data(IdRole)) == self._current_id:
                row.setText(fresh.text())
                row.setToolTip(fresh.toolTip())
        self.recordsChanged.emit()
        return True

    def _save_parked(self) -> bool:
        for qid, fields in list(self._unsaved.items()):
            try:
                (self._store or self._last_store).update_question(qid, **fields)
            except StoreError as err:
                self.saveFailed.emit(err)
                return False
            except NotFoundError:  # deleted elsewhere meanwhile: nothing left to save it to
                pass
            del self._unsaved[qid]
            self.recordsChanged.emit()
        return True

    def has_unsaved(self) -> bool:
        return self._pending or bool(self._unsaved)

    def unsaved_texts(self) -> list[tuple[str, str]]:
        out = [(f"question {qid}", _as_text(f)) for qid, f in self._unsaved.items()]
        if self._pending and self._current_id is not None:
            out.append((f"question {self._current_id}", _as_text(self._fields())))
        return out


def _as_text(fields: dict[str, Any]) -> str:
    text = str(fields.get("text") or "")
    if fields.get("answer"):
        text += f"\nAnswer: {fields['answer']}"
    if fields.get("asker"):
        text += f"\nAsked by: {fields['asker']}"
    return text
