"""Actions and declarations recorded in meeting mode for the current item.

- **Actions**: what, who (a member from the roll, or any name typed), by when; Enter adds.
- **Declarations made at the meeting** by any member: the name (picked from the roll or
  typed), the kind of interest, what it is, whether they left the room; Enter adds.

Each is written through ``core.meeting_record`` at once (the same records as ``boardprep add
action`` / ``add declaration --name``); Enter (or a double-click) on a line puts it back in the
fields to correct it, Delete removes it. Adding, correcting and removing are steps on the
window's undo stack (Ctrl+Z puts a removed line back, same id and uid).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from boardprep.core import meeting_record as mr
from boardprep.core.model import Item
from boardprep.ui.labels import INTEREST_LABELS
from boardprep.ui.meeting_undo import FAULTS, Snapshot
from boardprep.ui.record_undo import DeleteKey

UidRole = Qt.ItemDataRole.UserRole
# The kinds of interest in a few words: the form sits in a third of the screen.
SHORT_INTERESTS = {
    "pecuniary": "Pecuniary",
    "other-registrable": "Other registrable",
    "non-registrable": "Non-registrable",
    "other": "Other",
}


class WrapDelegate(QStyledItemDelegate):
    """Measures a wrapped row at the width it is painted in: the view's width less its
    spacing and the text's margins (Qt measures at the full width, and a row measured too
    wide is painted one line short, ending in "…")."""

    MARGIN = 10  # the style's text margins on both sides, and a pixel to spare

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self.view.viewport().width() - 2 * self.view.spacing() - self.MARGIN
        if width < 40 or not opt.text:
            return super().sizeHint(option, index)
        box = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), opt.text
        )
        return QSize(width, box.height() + 4)


def wrap_rows(lst: QListWidget) -> None:
    """Rows wrap to the list's width, and are measured again when the vertical scroll bar
    comes or goes (the width changes under them: a row measured too wide ends in "…")."""
    lst.setItemDelegate(WrapDelegate(lst))
    lst.setWordWrap(True)
    lst.setTextElideMode(Qt.TextElideMode.ElideNone)
    lst.setResizeMode(QListView.ResizeMode.Adjust)
    lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    bar = lst.verticalScrollBar()
    shown = [bar.isVisibleTo(lst)]

    def again(*_args: object) -> None:
        if bar.isVisibleTo(lst) != shown[0]:
            shown[0] = bar.isVisibleTo(lst)
            lst.doItemsLayout()

    bar.rangeChanged.connect(lambda *_: QTimer.singleShot(0, lst, again))


def names_box(parent: QWidget, accessible: str) -> QComboBox:
    """An editable list of the members' names: pick one, or type any name."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setAccessibleName(accessible)
    completer = QCompleter(box.model(), box)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "ford" finds "Cllr Ann Ford"
    box.setCompleter(completer)
    box.setMinimumContentsLength(6)  # long names do not widen the column
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return box


def name_field(box: QComboBox) -> QLineEdit:
    """The text field of a :func:`names_box` (editable, so it always has one)."""
    field = box.lineEdit()
    assert field is not None
    return field


class EntryBox(QWidget):
    """A list of the item's lines of one kind, and the fields that add one."""

    KIND = ""
    ADD_TEXT = "Add"
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Any = None
        self.sha: str | None = None
        self.item: Item | None = None
        self.stack_of: Callable[[], QUndoStack | None] = lambda: None
        self.list = QListWidget(self)
        wrap_rows(self.list)
        self.list.setToolTip(
            "Enter or double-click: correct the line · Delete: remove it (Ctrl+Z puts it back)"
        )
        DeleteKey(self.list, self.remove_current)
        self.list.itemActivated.connect(self.start_edit)
        self.editing: str | None = None  # the uid of the line being corrected in the fields
        self.state = QLabel(self)
        self.state.setObjectName("muted")
        # One line, cut at the column's edge: a wrapping label would make the whole record
        # strip ask for its height at any width (height-for-width) and squeeze the lists.
        self.state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.add_btn = QPushButton(self.ADD_TEXT, self)
        self.add_btn.setAutoDefault(False)
        self.add_btn.clicked.connect(self.add)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.list, 1)
        lay.addLayout(self.grid)
        lay.addWidget(self.state)

    def label(self, text: str, buddy: QWidget) -> QLabel:
        lab = QLabel(text, self)
        lab.setBuddy(buddy)  # Alt+letter reaches the field
        return lab

    # ---- showing -----------------------------------------------------------------------------
    def set_context(self, store: Any, sha: str | None) -> None:
        self.store, self.sha = store, sha

    def set_item(self, item: Item | None, names: list[str]) -> None:
        if self.editing is not None:
            self.cancel_edit()
        self.item = item
        self.set_names(names)
        self.state.setText("")
        self.reload()
        self.setEnabled(item is not None and bool(self.sha))

    def set_names(self, names: list[str]) -> None:
        """The roll's names in the name boxes (what is typed there stays)."""

    def rows(self) -> list[tuple[str, str]]:
        """(uid, line) for the item's records of this kind."""
        return []

    def reload(self) -> None:
        self.list.clear()
        if self.item is None or self.store is None or not self.sha:
            return
        try:
            found = self.rows()
        except FAULTS as err:
            self.state.setText(f"Cannot read them: {err}")
            return
        for uid, line in found:
            row = QListWidgetItem(line)
            row.setData(UidRole, uid)
            self.list.addItem(row)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    # ---- writing -----------------------------------------------------------------------------
    def write(self) -> Any:
        """Store the record the fields describe (UsageError when they are not enough)."""
        raise NotImplementedError

    def clear_fields(self) -> None:
        """Empty the fields for the next record."""

    def fill_fields(self, row: dict[str, Any]) -> None:
        """Show a stored record in the fields, to be corrected."""

    def write_over(self, uid: str) -> None:
        """Write the fields over the stored record ``uid`` (UsageError when not enough)."""

    # ---- correcting a line -------------------------------------------------------------------
    def start_edit(self, line: QListWidgetItem | None = None) -> bool:
        line = line or self.list.currentItem()
        if line is None or self.store is None:
            return False
        uid = str(line.data(UidRole))
        row = mr.stored_row(self.store, self.KIND, uid)
        if row is None:
            return False
        self.editing = uid
        self.fill_fields(row)
        self.add_btn.setText("Save changes")
        self.state.setText("Correcting the chosen line: Enter saves, Esc leaves it as it was")
        return True

    def cancel_edit(self) -> None:
        self.editing = None
        self.clear_fields()
        self.add_btn.setText(self.ADD_TEXT)
        self.state.setText("")

    def keyPressEvent(self, event: Any) -> None:
        # Esc while correcting a line leaves it as it was (and not full screen: accepted here).
        if event.key() == Qt.Key.Key_Escape and self.editing is not None:
            self.cancel_edit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _save_edit(self, uid: str) -> bool:
        assert self.item is not None
        try:
            before = mr.stored_row(self.store, self.KIND, uid)
            self.write_over(uid)
        except FAULTS as err:
            self.state.setText(f"Not saved: {err}")  # the fields keep what was typed
            return False
        after = mr.stored_row(self.store, self.KIND, uid)
        if before != after:
            self._push(f"Correct {self.KIND} on item {self.item.display_number}", uid, before,
                       after)  # fmt: skip
        self.editing = None
        self.add_btn.setText(self.ADD_TEXT)
        self.clear_fields()
        self.state.setText("Saved ✓ (Ctrl+Z to undo)")
        self.reload()
        self.changed.emit()
        return True

    def add(self) -> bool:
        if self.item is None or self.store is None or not self.sha:
            return False
        if self.editing is not None:
            return self._save_edit(self.editing)
        try:
            record = self.write()
        except FAULTS as err:
            self.state.setText(f"Not added: {err}")  # the fields keep what was typed
            return False
        row = mr.stored_row(self.store, self.KIND, record.uid)
        self._push(f"Add {self.KIND} on item {self.item.display_number}", record.uid, None, row)
        self.clear_fields()
        self.state.setText("Added ✓ (Ctrl+Z to undo)")
        self.reload()
        self.changed.emit()
        return True

    def remove_current(self) -> bool:
        row = self.list.currentItem()
        if row is None or self.item is None or self.store is None:
            return False
        uid = str(row.data(UidRole))
        try:
            before = mr.stored_row(self.store, self.KIND, uid)
            mr.remove(self.store, self.KIND, uid)
        except FAULTS as err:
            self.state.setText(f"Not removed: {err}")
            return False
        self._push(f"Remove {self.KIND} on item {self.item.display_number}", uid, before, None)
        self.state.setText("Removed (Ctrl+Z puts it back)")
        self.reload()
        self.changed.emit()
        return True

    def _push(self, text: str, uid: str, before: Any, after: Any) -> None:
        stack = self.stack_of()
        if stack is None:
            return
        store = self.store

        def put(row: Any) -> None:
            mr.put_row(store, self.KIND, uid, row)

        stack.push(Snapshot(text, put, before, after, self._after_undo, fault=self.state.setText))

    def _after_undo(self) -> None:
        self.reload()
        self.changed.emit()


class ActionsBox(EntryBox):
    KIND = "action"
    ADD_TEXT = "Add action"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Actions on this item")
        self.list.setAccessibleName("Actions")
        self.what = QLineEdit(self)
        self.what.setAccessibleName("Action: what")
        self.what.setPlaceholderText("What is to be done")
        self.who = names_box(self, "Action: who")
        name_field(self.who).setPlaceholderText("Who")
        self.due = QLineEdit(self)
        self.due.setAccessibleName("Action: by when")
        self.due.setPlaceholderText("30/06/2026")
        self.grid.addWidget(self.label("&What", self.what), 0, 0)
        self.grid.addWidget(self.what, 0, 1, 1, 3)
        self.grid.addWidget(self.label("Wh&o", self.who), 1, 0)
        self.grid.addWidget(self.who, 1, 1)
        self.grid.addWidget(self.label("B&y", self.due), 1, 2)
        self.grid.addWidget(self.due, 1, 3)
        self.grid.addWidget(self.add_btn, 2, 3)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(3, 2)
        for field in (self.what, self.due):
            field.returnPressed.connect(self.add)
        # Enter on a name (also picking it from the completer) goes on to the next field.
        name_field(self.who).returnPressed.connect(self.due.setFocus)

    def set_names(self, names: list[str]) -> None:
        typed = self.who.currentText()
        self.who.clear()
        self.who.addItems(names)
        self.who.setEditText(typed)

    def rows(self) -> list[tuple[str, str]]:
        assert self.item is not None and self.sha is not None
        return [(a.uid, action_line(a)) for a in mr.actions(self.store, self.sha)
                if a.item == self.item.number]  # fmt: skip

    def write(self) -> Any:
        from boardprep.core.errors import UsageError

        assert self.item is not None and self.sha is not None
        text = " ".join(self.what.text().split())
        if not text:
            raise UsageError("say what the action is")
        who = " ".join(self.who.currentText().split()) or None
        return mr.add_action(self.store, self.sha, self.item.number, text, who, self._due())

    def clear_fields(self) -> None:
        self.what.clear()
        self.who.setEditText("")
        self.due.clear()
        self.what.setFocus()

    def _due(self) -> str | None:
        from boardprep.core.errors import UsageError

        try:
            return mr.parse_due(self.due.text())
        except UsageError:
            raise UsageError("by when must be a date such as 30/06/2026 or 30 June 2026") from None

    def fill_fields(self, row: dict[str, Any]) -> None:
        self.what.setText(row["text"] or "")
        self.who.setEditText(row["who"] or "")
        self.due.setText(row["due"] or "")
        self.what.setFocus()

    def write_over(self, uid: str) -> None:
        who = " ".join(self.who.currentText().split()) or None
        mr.update_action(self.store, uid, self.what.text(), who, self._due())


class DeclarationsBox(EntryBox):
    KIND = "declaration"
    ADD_TEXT = "Add declaration"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Declarations made at the meeting")
        self.list.setAccessibleName("Declarations made at the meeting")
        self.name = names_box(self, "Declaration: member")
        name_field(self.name).setPlaceholderText("Member")
        self.interest = QComboBox(self)
        self.interest.setAccessibleName("Declaration: kind of interest")
        for code, label in SHORT_INTERESTS.items():
            self.interest.addItem(label, code)
            self.interest.setItemData(
                self.interest.count() - 1, INTEREST_LABELS[code], Qt.ItemDataRole.ToolTipRole
            )
        self.nature = QLineEdit(self)
        self.nature.setAccessibleName("Declaration: the interest")
        self.nature.setPlaceholderText("e.g. owns land next to the site")
        self.left = QCheckBox("&Left the room", self)
        self.left.setAccessibleName("Left the room for the item")
        self.grid.addWidget(self.label("&Name", self.name), 0, 0)
        self.grid.addWidget(self.name, 0, 1)
        self.grid.addWidget(self.label("&Interest", self.interest), 0, 2)
        self.grid.addWidget(self.interest, 0, 3)
        self.grid.addWidget(self.label("Detail&s", self.nature), 1, 0)
        self.grid.addWidget(self.nature, 1, 1, 1, 3)
        self.grid.addWidget(self.left, 2, 1)
        self.grid.addWidget(self.add_btn, 2, 3)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(3, 2)
        self.nature.returnPressed.connect(self.add)
        name_field(self.name).returnPressed.connect(self.nature.setFocus)

    def set_names(self, names: list[str]) -> None:
        typed = self.name.currentText()
        self.name.clear()
        self.name.addItems(names)
        self.name.setEditText(typed)

    def rows(self) -> list[tuple[str, str]]:
        assert self.item is not None and self.sha is not None
        return [(d.uid, declaration_line(d)) for d in mr.declarations(self.store, self.sha)
                if d.item == self.item.number]  # fmt: skip

    def _fields(self) -> tuple[str, str]:
        from boardprep.core.errors import UsageError

        name = " ".join(self.name.currentText().split())
        nature = " ".join(self.nature.text().split())
        if not name:
            raise UsageError("say which member declared")
        if not nature:
            raise UsageError("say what the interest is")
        return name, nature

    def write(self) -> Any:
        assert self.item is not None and self.sha is not None
        name, nature = self._fields()
        return mr.add_declaration(self.store, self.sha, self.item.number, name,
                                  self.interest.currentData(), nature,
                                  self.left.isChecked())  # fmt: skip

    def fill_fields(self, row: dict[str, Any]) -> None:
        self.name.setEditText(row["name"] or "")
        self.interest.setCurrentIndex(max(self.interest.findData(row["interest"]), 0))
        self.nature.setText(row["nature"] or "")
        self.left.setChecked(bool(row["left_room"]))
        self.name.setFocus()

    def write_over(self, uid: str) -> None:
        name, nature = self._fields()
        mr.update_declaration(self.store, uid, name, self.interest.currentData(), nature,
                              self.left.isChecked())  # fmt: skip

    def clear_fields(self) -> None:
        self.name.setEditText("")
        self.nature.clear()
        self.left.setChecked(False)
        self.interest.setCurrentIndex(0)
        self.name.setFocus()


def action_line(a: mr.Action) -> str:
    """'Report the costs — Ann Ford — by 2026-06-30'."""
    return " — ".join([a.text, *([a.who] if a.who else []), *([f"by {a.due}"] if a.due else [])])


def declaration_line(d: mr.MeetingDeclaration) -> str:
    left = " – left the room" if d.left_room else ""
    return f"{d.name}: {INTEREST_LABELS.get(d.interest, d.interest)}: {d.nature}{left}"
