"""Attendance (Meeting ▸ Attendance, Ctrl+Shift+A): the roll from the pack's membership list,
present / apologies / absent per member, names added or removed, and the quorum.

Everything is read and written through the core (``core.membership`` for the roll and the
quorum, ``core.meeting_record`` for each status), the same calls ``boardprep add attendance``
makes, so the window and the command line always agree. The times the meeting opened and
closed go into the draft minutes. Each change is written at once and is
a step on the main window's undo stack (Undo here, Ctrl+Z, or Edit ▸ Undo there): undo puts
the roll, the statuses and the quorum back as they were.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
)

from boardprep.core import meeting_record, membership
from boardprep.core.errors import BoardprepError
from boardprep.ui.meeting_undo import undo_actions, undoable, window_stack

if TYPE_CHECKING:
    from boardprep.ui.main_window import MainWindow

STATUS_WORDS = {"present": "Present", "apologies": "Apologies", "absent": "Absent"}
FAULTS = (BoardprepError, sqlite3.Error, OSError)


class AttendanceWindow(QDialog):
    changed = Signal()  # a status, a name or the quorum changed (the meeting view follows)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.setWindowTitle("Attendance")
        self.setModal(False)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName("Members and attendance")
        self.table.setHorizontalHeaderLabels(["Member", "Role", "Attendance"])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.source = QLabel(self)
        self.source.setObjectName("muted")
        self.source.setWordWrap(True)

        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText("Name of a member to add")
        self.new_name.returnPressed.connect(self.add_name)
        self.add_btn = QPushButton("Add", self)
        self.add_btn.clicked.connect(self.add_name)
        self.remove_btn = QPushButton("Remove", self)
        self.remove_btn.setToolTip("Take the selected member off the list (with their attendance)")
        self.remove_btn.clicked.connect(self.remove_selected)
        self.all_present = QPushButton("Mark the rest present", self)
        self.all_present.setToolTip("Every member not yet marked is marked present")
        self.all_present.clicked.connect(self.mark_rest_present)

        self.quorum = QSpinBox(self)
        self.quorum.setRange(0, 999)
        self.quorum.setAccessibleName("Quorum")
        self.quorum.valueChanged.connect(self._quorum_changed)
        self.quorum_state = QLabel(self)
        self.quorum_state.setStyleSheet("font-weight: 600;")

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_btn)
        add_row.addWidget(self.remove_btn)
        add_row.addWidget(self.all_present)
        stack = window_stack(window)
        if stack is not None:
            self.act_undo, self.act_redo = undo_actions(self, stack)
            self.undo_btn = QToolButton(self)
            self.undo_btn.setDefaultAction(self.act_undo)
            add_row.addWidget(self.undo_btn)
        q_row = QHBoxLayout()
        q_row.addWidget(QLabel("Quorum:", self))
        q_row.addWidget(self.quorum)
        q_row.addWidget(self.quorum_state, 1)
        # When the meeting opened and closed, for the draft minutes ("Now" at the moment).
        self.now: Callable[[], datetime] = datetime.now  # injectable for tests
        self.times: dict[str, QLineEdit] = {}
        t_row = QHBoxLayout()
        for which, words in (("opened", "Meeting opened at"), ("closed", "closed at")):
            field = QLineEdit(self)
            field.setPlaceholderText("hh:mm")
            field.setMaximumWidth(80)
            field.setAccessibleName(f"Meeting {which} at")
            field.editingFinished.connect(lambda w=which: self._time_typed(w))
            now_btn = QPushButton("Now", self)
            now_btn.setAutoDefault(False)
            now_btn.setToolTip(f"The meeting {which} now")
            now_btn.clicked.connect(lambda _=False, w=which: self.set_time_now(w))
            self.times[which] = field
            t_row.addWidget(QLabel(words, self))
            t_row.addWidget(field)
            t_row.addWidget(now_btn)
        t_row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.source)
        lay.addWidget(self.table, 1)
        lay.addLayout(add_row)
        lay.addLayout(q_row)
        lay.addLayout(t_row)
        self.resize(620, 560)
        self._loading = False

    # ---- reading -----------------------------------------------------------------------------
    def set_pack(self) -> None:
        self.reload()

    def reload(self) -> None:
        w = self.w
        self._loading = True
        try:
            self.table.setRowCount(0)
            if not w.sha:
                return
            try:
                roll = membership.roll(w.store, w.sha)
                n, where = membership.quorum(w.store, w.sha)
            except FAULTS as err:
                self.source.setText(f"Cannot read the attendance: {err}")
                return
            for e in roll:
                self._add_row(e)
            printed = w.store.setting(f"roll:{w.sha}") is None
            self.source.setText(
                "Members as printed in the pack; add or remove names as needed."
                if printed and roll
                else "No membership list was found in the pack: add the members' names below."
                if not roll
                else "The members for this meeting (edited)."
            )
            self.quorum.setSpecialValueText(f"{n} ({where})" if where != "set" else "")
            self.quorum.setValue(n if where == "set" else 0)
            self._show_quorum()
            for which, value in meeting_record.meeting_times(w.store, w.sha).items():
                self.times[which].setText(value or "")
        finally:
            self._loading = False

    def _add_row(self, e: membership.RollEntry) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(e.name))
        self.table.setItem(row, 1, QTableWidgetItem(e.role or ""))
        box = QComboBox(self.table)
        box.setAccessibleName(f"Attendance of {e.name}")
        box.addItem("Not marked", None)
        for key, word in STATUS_WORDS.items():
            box.addItem(word, key)
        box.setCurrentIndex(max(box.findData(e.status), 0))
        box.currentIndexChanged.connect(lambda _i, name=e.name, b=box: self._status(name, b))
        self.table.setCellWidget(row, 2, box)

    def _cell_text(self, row: int, col: int) -> str:
        """The name (0) or role (1) of a row: _add_row gives every row both."""
        cell = self.table.item(row, col)
        assert cell is not None
        return cell.text()

    def names(self) -> list[str]:
        return [self._cell_text(r, 0) for r in range(self.table.rowCount())]

    def status_box(self, name: str) -> QComboBox:
        row = self.names().index(name)
        box = self.table.cellWidget(row, 2)
        assert isinstance(box, QComboBox)
        return box

    def _show_quorum(self) -> None:
        if self.w.sha:
            text = membership.quorum_line(self.w.store, self.w.sha)
            colour = "#2e7d32" if ": quorate" in text else "#b5542f"
            self.quorum_state.setStyleSheet(f"font-weight: 600; color: {colour};")
            self.quorum_state.setText(text)

    # ---- writing -----------------------------------------------------------------------------
    def _write(self, fn: Any, *args: Any, words: str = "", merge: str | None = None) -> bool:
        store, sha = self.w.store, self.w.sha
        if sha is None:
            return False  # no pack open: nothing to write to (callers check it first)
        try:
            undoable(
                window_stack(self.w),
                words or "Change the attendance",
                take=lambda: membership.snapshot(store, sha),
                put=lambda snap: membership.restore(store, sha, snap),
                change=lambda: fn(store, sha, *args),
                shown=self._after_undo,
                merge_key=merge,
                fault=self.quorum_state.setText,
            )
        except FAULTS as err:
            self.quorum_state.setText(f"Not saved: {err}")
            return False
        self._show_quorum()
        self.changed.emit()
        return True

    def _after_undo(self) -> None:
        """An undo or redo wrote the attendance back: show it, and tell the meeting view."""
        if self.isVisible():
            self.reload()
        self.changed.emit()

    def _macro(self, words: str) -> Any:
        """Several changes as one undo step (Mark the rest present, removing several)."""
        stack = window_stack(self.w)

        class Macro:
            def __enter__(self) -> None:
                if stack is not None:
                    stack.beginMacro(words)

            def __exit__(self, *exc: object) -> None:
                if stack is not None:
                    stack.endMacro()

        return Macro()

    def _status(self, name: str, box: QComboBox) -> None:
        status = box.currentData()
        if self._loading or not self.w.sha or status is None:
            return
        role = None
        row = self.names().index(name) if name in self.names() else -1
        if row >= 0:
            role = self._cell_text(row, 1) or None
        word = STATUS_WORDS[status].lower()
        self._write(meeting_record.set_attendance, name, status, role,
                    words=f"Mark {name} {word}")  # fmt: skip

    def add_name(self) -> None:
        name = " ".join(self.new_name.text().split())
        if not name or not self.w.sha:
            return
        if self._write(membership.add_member, name, words=f"Add {name} to the members"):
            self.new_name.clear()
            self.reload()

    def remove_selected(self) -> None:
        # Any selected cell names its member (a whole-row selection is not needed: the status
        # column holds a widget, and a click there selects that cell only).
        rows = sorted({ix.row() for ix in self.table.selectionModel().selectedIndexes()})
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        names = [self.names()[r] for r in rows]
        if not names:
            return
        with self._macro(f"Remove {', '.join(names)} from the members"):
            for name in names:
                self._write(membership.remove_member, name, words=f"Remove {name}")
        self.reload()

    def mark_rest_present(self) -> None:
        boxes = [self.status_box(n) for n in self.names()]
        rest = [box for box in boxes if box.currentData() is None]
        if not rest:
            return
        with self._macro("Mark the rest present"):
            for box in rest:
                box.setCurrentIndex(box.findData("present"))

    def set_time_now(self, which: str) -> None:
        self.times[which].setText(f"{self.now():%H:%M}")
        self._time_typed(which)

    def _time_typed(self, which: str) -> None:
        if self._loading or not self.w.sha:
            return
        store, sha = self.w.store, self.w.sha
        text = self.times[which].text()
        if meeting_record.meeting_times(store, sha)[which] == (text.strip() or None):
            return
        try:
            undoable(
                window_stack(self.w),
                f"Set when the meeting {which}",
                take=lambda: meeting_record.meeting_times(store, sha),
                put=lambda t: meeting_record.put_meeting_times(store, sha, t),
                change=lambda: meeting_record.set_meeting_time(store, sha, which, text),
                shown=self._after_undo,
                fault=self.quorum_state.setText,
            )
        except FAULTS as err:
            self.quorum_state.setText(f"Not saved: {err}")
            return
        value = meeting_record.meeting_times(store, sha)[which]
        self.times[which].setText(value or "")  # written as stored: 9.30 -> 09:30

    def _quorum_changed(self, value: int) -> None:
        if self._loading or not self.w.sha:
            return
        # The arrows step the quorum one at a time: one undo step for the run.
        self._write(membership.set_quorum, value or None, words="Set the quorum",
                    merge=f"quorum:{self.w.sha}")  # fmt: skip
        self.reload()
