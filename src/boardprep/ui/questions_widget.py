"""Questions the member wants to ask on the item: add, edit, reorder by drag, status, answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
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

from boardprep.ui.labels import STATUS_LABELS

IdRole = Qt.ItemDataRole.UserRole


class QuestionsWidget(QWidget):
    recordsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Any = None
        self._sha: str | None = None
        self._item: str | None = None
        self._current_id: int | None = None
        self._loading = False
        self._pending = False  # edits not yet written

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

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.flush)
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
        self._store, self._sha, self._item = store, sha, item
        self.setEnabled(bool(store and sha and item))
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            if self._store and self._sha and self._item:
                for q in self._store.questions(self._sha, self._item):
                    self.list.addItem(self._row(q))
        self._current_id = None
        target = 0 if select_id is None else None
        for r in range(self.list.count()):
            if self.list.item(r).data(IdRole) == select_id:
                target = r
        if target is not None and self.list.count():
            self.list.setCurrentRow(target)
        else:
            self._on_current(self.list.currentItem(), None)
        self._sync_form()

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
        self._current_id = int(cur.data(IdRole)) if cur is not None else None
        q = self._question(self._current_id)
        self._loading = True
        try:
            self.text.setPlainText(q.text if q else "")
            self.answer.setPlainText((q.answer or "") if q else "")
            self.asker.setText((q.asker or "") if q else "")
            self.status.setCurrentIndex(max(0, self.status.findData(q.status if q else "draft")))
        finally:
            self._loading = False
        self._sync_form()

    def _question(self, qid: int | None) -> Any:
        if qid is None or not self._store:
            return None
        for q in self._store.questions(self._sha, self._item):
            if q.id == qid:
                return q
        return None

    # ---- edits -----------------------------------------------------------------------------
    def add_question(self, text: str = "") -> int | None:
        if not (self._store and self._sha and self._item):
            return None
        q = self._store.add_question(self._sha, self._item, text or "")
        self.reload(select_id=q.id)
        self.text.setFocus()
        self.recordsChanged.emit()
        return int(q.id)

    def delete_current(self) -> None:
        if self._current_id is None:
            return
        self._timer.stop()
        self._pending = False
        self._store.delete_question(self._current_id)
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

    def _persist_order(self, *_args: Any) -> None:
        ids = [int(self.list.item(r).data(IdRole)) for r in range(self.list.count())]
        if self._store and ids:
            self._store.reorder_questions(self._sha, self._item, ids)
            self.recordsChanged.emit()

    def _schedule(self, *_args: Any) -> None:
        if not self._loading and self._current_id is not None:
            self._pending = True
            self._timer.start()

    def _status_changed(self, _index: int) -> None:
        if not self._loading and self._current_id is not None:
            self.flush(force=True)

    def flush(self, force: bool = False) -> None:
        self._timer.stop()
        if (not self._pending and not force) or self._current_id is None or not self._store:
            return
        self._pending = False
        q = self._store.update_question(
            self._current_id,
            text=self.text.toPlainText(),
            status=self.status.currentData(),
            asker=self.asker.text().strip() or None,
            answer=self.answer.toPlainText().strip() or None,
        )
        fresh = self._row(q)
        for r in range(self.list.count()):
            row = self.list.item(r)
            if int(row.data(IdRole)) == self._current_id:
                row.setText(fresh.text())
                row.setToolTip(fresh.toolTip())
        self.recordsChanged.emit()
