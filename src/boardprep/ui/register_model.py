"""The clerk's question register as a Qt table: a model over ``core.register.Entry`` lines.

One row per question group (the same question from several members is one row with every
asker). Status, answer and who answers are edited in place and written at once through the
core (``register.update_group``: every copy of the question gets them). The proxy sorts (the
item column in agenda order) and filters by item, status, asker and text. Every change is a
step on the window's undo stack (``stack_of``): undo writes the item's questions back as they
were (:func:`boardprep.core.register.snapshot`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QUndoStack

from boardprep.core import register
from boardprep.core.errors import BoardprepError
from boardprep.core.register import Entry
from boardprep.core.store.records import QUESTION_STATUSES
from boardprep.ui.labels import STATUS_LABELS
from boardprep.ui.meeting_undo import undoable

T = TypeVar("T")

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("#", "Item", "Asked by", "Question", "Status", "Answer", "Answered by")
COL_ORDER, COL_ITEM, COL_ASKERS, COL_TEXT, COL_STATUS, COL_ANSWER, COL_BY = range(len(COLUMNS))
EDITABLE = {COL_STATUS: "status", COL_ANSWER: "answer", COL_BY: "answered_by"}
# The clerk's statuses in the order a question moves through them ("ready" is a member's own
# step before submitting; it stays for questions that arrive with it).
REGISTER_STATUSES = tuple(s for s in QUESTION_STATUSES)
# Answered reads as done, withdrawn and ruled out as out of play, accepted as on the list.
STATUS_COLOURS = {"answered": "#2e7d32", "accepted": "#1f5fa8", "asked": "#1f5fa8",
                  "withdrawn": "#777777", "ruled-out": "#777777"}  # fmt: skip
MIME = "application/x-boardprep-register-lines"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


class RegisterModel(QAbstractTableModel):
    failed = Signal(str)  # a write the store refused, in words
    saved = Signal()
    dropped = Signal()  # a line was dragged to a new place in the running order

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: Any = None
        self.sha: str | None = None
        self.rows: list[Entry] = []
        self._agenda: dict[str | None, int] = {}
        self.stack_of: Callable[[], QUndoStack | None] = lambda: None

    def _pack_sha(self) -> str:
        """The pack being edited: every edit is of a row, and there are rows only with one."""
        assert self.sha is not None
        return self.sha

    def _undoable(self, item: str | None, text: str, change: Callable[[], T]) -> T:
        """Run ``change`` (a write on ``item``'s questions) as one undoable step."""
        store, sha = self.store, self._pack_sha()
        return undoable(
            self.stack_of(),
            text,
            take=lambda: register.snapshot(store, sha, item),
            put=lambda snap: register.restore(store, snap),
            change=change,
            shown=self._after_undo,
            fault=self.failed.emit,
        )

    def _after_undo(self) -> None:
        self.reload()
        self.saved.emit()

    # ---- loading -----------------------------------------------------------------------------
    def set_pack(self, store: Any, sha: str | None) -> None:
        self.store, self.sha = store, sha
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self.store is None or not self.sha:
            self.rows, self._agenda = [], {}
        else:
            self.rows = register.entries(self.store, self.sha)
            tree = self.store.tree(self.sha)
            self._agenda = {it.number: i for i, it in enumerate(tree.walk())}
        self.endResetModel()

    def entry(self, row: int) -> Entry:
        return self.rows[row]

    # ---- the table ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # between lines: the running order
        base = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    # ---- drag and drop: a line dragged within its item sets the running order ----------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        rows = sorted({ix.row() for ix in indexes if ix.isValid()})
        data.setData(MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        rows = [int(r) for r in bytes(data.data(MIME).data()).decode().split(",") if r]
        if len(rows) != 1:
            return False  # one line at a time: the running order stays readable
        before = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        entry = self.rows[rows[0]]
        try:
            moved = self._undoable(
                entry.item,
                f"Move a question on item {entry.item}",
                lambda: register.place(self.store, self._pack_sha(), self.rows, rows[0], before),
            )
        except (BoardprepError, sqlite3.Error, OSError) as err:
            self.failed.emit(f"Not saved: {err}")
            return False
        if moved:
            # After the view has finished with the drop: a reset inside it would pull the
            # rows from under the view.
            QTimer.singleShot(0, self, self._after_drop)
        return False  # nothing for the view to remove: the order was stored

    def _after_drop(self) -> None:
        self.reload()
        self.saved.emit()
        self.dropped.emit()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        col = index.column()
        if role == ENTRY_ROLE:
            return e
        if role == SORT_ROLE:
            return self._sort_key(e, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(e, col)
        if role == Qt.ItemDataRole.EditRole:
            if col in EDITABLE:
                return getattr(e, EDITABLE[col]) or ""
            return self._display(e, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(e, col)
        if role == Qt.ItemDataRole.FontRole and col == COL_ASKERS and len(e.askers) > 1:
            font = QFont()
            font.setBold(True)  # a question several members asked stands out
            return font
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            colour = STATUS_COLOURS.get(e.status)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_ORDER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, e: Entry, col: int) -> str:
        if col == COL_ORDER:
            return str(e.order)
        if col == COL_ITEM:
            return f"{e.item}  {e.item_title}" if e.item else "(no item)"
        if col == COL_ASKERS:
            more = f"  ({len(e.askers)} askers)" if len(e.askers) > 1 else ""
            return "; ".join(e.askers) + more
        if col == COL_TEXT:
            return e.text
        if col == COL_STATUS:
            return STATUS_LABELS.get(e.status, e.status)
        if col == COL_ANSWER:
            return e.answer or ""
        return e.answered_by or ""

    def _sort_key(self, e: Entry, col: int) -> Any:
        agenda = self._agenda.get(e.item, len(self._agenda))
        if col in (COL_ORDER, COL_ITEM):
            return agenda * 100_000 + e.order  # the agenda's order, then the running order
        if col == COL_STATUS:
            return register.STATUS_RANK.get(e.status, 0)
        return self._display(e, col).lower()

    def _tooltip(self, e: Entry, col: int) -> str | None:
        if col in (COL_TEXT, COL_ASKERS) and len(e.ids) > 1 and self.store is not None:
            lines = ["Grouped as the same question; each asker's words:"]
            for qid in e.ids:
                try:
                    q = self.store.get("question", qid)
                except (BoardprepError, sqlite3.Error):
                    continue
                lines.append(f"• {register.asker_of(q)}: {q.text}")
            return "\n".join(lines)
        return self._display(e, col) or None

    # ---- editing -----------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        e = self.rows[index.row()]
        field = EDITABLE[index.column()]
        text = str(value or "").strip()
        if field == "status" and text not in QUESTION_STATUSES:
            return False
        new = text or None
        if field == "status":
            new = text
        if new == getattr(e, field):
            return True
        words = {"status": "Set the status", "answer": "Edit the answer",
                 "answered_by": "Set who answers"}[field]  # fmt: skip
        change: dict[str, Any] = {field: new}  # a question's field, never update_group's flag
        try:
            self._undoable(
                e.item,
                f"{words} of a question on item {e.item}",
                lambda: register.update_group(self.store, e.ids[0], **change),
            )
        except (BoardprepError, sqlite3.Error, OSError) as err:
            self.failed.emit(f"Not saved: {err}")
            return False
        setattr(e, field, new)
        self.dataChanged.emit(index, index)
        self.saved.emit()
        return True

    # ---- running order, merge and keep apart -------------------------------------------------
    def move(self, row: int, delta: int) -> int:
        """Move a line up/down within its item; returns its new row."""
        e = self.rows[row]
        new = self._undoable(
            e.item,
            f"Move a question on item {e.item}",
            lambda: register.move(self.store, self._pack_sha(), self.rows, row, delta),
        )
        if new != row:
            self.reload()
            self.saved.emit()
        return new

    def merge(self, rows: list[int]) -> bool:
        """Put the chosen lines together as one question (the first one's group)."""
        chosen = [self.rows[r] for r in sorted(set(rows))]
        if len(chosen) < 2 or len({e.item for e in chosen}) != 1:
            return False

        def merge() -> None:
            for e in chosen[1:]:
                register.group_with(self.store, e.ids[0], chosen[0].ids[0])

        self._undoable(chosen[0].item, f"Merge questions on item {chosen[0].item}", merge)
        self.reload()
        self.saved.emit()
        return True

    def keep_apart(self, row: int) -> bool:
        """Split a grouped line: each asker's copy becomes its own line."""
        e = self.rows[row]
        if len(e.ids) < 2:
            return False

        def apart() -> None:
            for qid in e.ids[1:]:
                register.ungroup(self.store, qid)

        self._undoable(e.item, f"Keep apart a question on item {e.item}", apart)
        self.reload()
        self.saved.emit()
        return True


class RegisterFilter(QSortFilterProxyModel):
    """Sorts on SORT_ROLE; shows the rows matching every filter that is set."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.item: str | None = None
        self.status: str | None = None
        self.asker = ""
        self.text = ""

    def set_filters(
        self,
        *,
        item: str | None = None,
        status: str | None = None,
        asker: str = "",
        text: str = "",
    ) -> None:
        # Qt 6.10 replaced invalidateFilter() with begin/endFilterChange(); 6.8 lacks those.
        new_api = hasattr(self, "endFilterChange")
        if new_api:
            self.beginFilterChange()
        self.item, self.status = item or None, status or None
        self.asker, self.text = asker.strip().lower(), text.strip().lower()
        if new_api:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RegisterModel):
            return True
        e = model.entry(source_row)
        if self.item is not None and e.item != self.item:
            return False
        if self.status is not None and e.status != self.status:
            return False
        if self.asker and not any(self.asker in a.lower() for a in e.askers):
            return False
        if self.text:
            hay = " ".join((e.text, e.answer or "", e.answered_by or "")).lower()
            if self.text not in hay:
                return False
        return True
