"""Record as you go: the strip of meeting mode where the current item's outcome (with votes),
its actions and the declarations made at the meeting are written down.

Three columns under the chair's lists; the type grows with the screen like the rest of the
meeting view. An item with parts (9a, 9b or 4.1, 4.2: each resolved on its own) shows a
chooser of the part being recorded (Alt+P). Every field is reachable with Alt+its underlined
letter; each change is saved within a second and is a step on the window's undo stack (Ctrl+Z).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from boardprep.core import membership
from boardprep.core.model import Item
from boardprep.ui.meeting_entries import ActionsBox, DeclarationsBox
from boardprep.ui.meeting_undo import FAULTS
from boardprep.ui.outcome_form import OutcomeForm

FORM_PT = 11  # the fields' type at scale 1 (a 768-pixel-high screen)


class MeetingRecordPanel(QFrame):
    changed = Signal()  # a record of the item changed: the chair's lists show it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingRecord")
        self.setAccessibleName("Record for this item")
        self.store: Any = None
        self.sha: str | None = None
        self.outcome = OutcomeForm(self)
        self.actions_box = ActionsBox(self)
        self.declared = DeclarationsBox(self)
        self.headings: list[QLabel] = []
        self.item: Item | None = None  # the item in front of the chair
        # The part of the item being recorded, when it has parts (hidden otherwise).
        self.part = QComboBox(self)
        self.part.setAccessibleName("Recording for")
        self.part.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.part.currentIndexChanged.connect(self._part_chosen)
        part_label = QLabel("Recording for &part", self)
        part_label.setBuddy(self.part)
        self.part_row = QWidget(self)
        part_lay = QHBoxLayout(self.part_row)
        part_lay.setContentsMargins(0, 0, 0, 0)
        part_lay.addWidget(part_label)
        part_lay.addWidget(self.part)
        part_lay.addStretch(1)
        self.part_row.setVisible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        outer.setSpacing(4)
        outer.addWidget(self.part_row)
        row = QHBoxLayout()
        row.setSpacing(18)
        outer.addLayout(row, 1)
        for title, widget, stretch in (
            ("Outcome", self.outcome, 1),
            ("Actions", self.actions_box, 1),
            ("Declarations made at the meeting", self.declared, 1),
        ):
            col = QVBoxLayout()
            col.setSpacing(2)
            head = QLabel(title, self)
            head.setObjectName("sectionTitle")
            self.headings.append(head)
            col.addWidget(head)
            col.addWidget(widget, 1)
            row.addLayout(col, stretch)
        for part in (self.outcome, self.actions_box, self.declared):
            part.changed.connect(self.changed)

    def sizeHint(self) -> QSize:
        # As small as its fields allow; the view's stretch shares out the rest, so the
        # chair's lists above keep room on a 768-pixel screen.
        return self.minimumSizeHint()

    def set_stack(self, stack_of: Callable[[], QUndoStack | None]) -> None:
        """Where the undo steps go (the window's stack, made after this panel)."""
        for part in (self.outcome, self.actions_box, self.declared):
            part.stack_of = stack_of

    def set_context(
        self, store: Any, sha: str | None, page_texts: Callable[[], list[str] | None]
    ) -> None:
        self.store, self.sha = store, sha
        self.outcome.page_texts = page_texts
        self.outcome.set_context(store, sha)
        self.actions_box.set_context(store, sha)
        self.declared.set_context(store, sha)

    def set_item(self, item: Item | None) -> None:
        """The item in front of the chair; an item with parts starts with the item itself."""
        self.item = item
        parts = [item, *_parts(item)] if item is not None else []
        self.part.blockSignals(True)
        self.part.clear()
        for it in parts:
            self.part.addItem(f"Item {it.display_number}  {it.title}"[:80], it.number)
        self.part.blockSignals(False)
        self.part_row.setVisible(len(parts) > 1)
        self._record_for(item)

    def recording(self) -> Item | None:
        """The item (or part) the fields record."""
        return self.outcome.item

    def _part_chosen(self, index: int) -> None:
        if self.item is None or index < 0:
            return
        number = self.part.itemData(index)
        chosen = next((it for it in [self.item, *_parts(self.item)] if it.number == number), None)
        self._record_for(chosen)

    def _record_for(self, item: Item | None) -> None:
        self.outcome.set_item(item)
        names = self.names()
        self.actions_box.set_item(item, names)
        self.declared.set_item(item, names)

    def names(self) -> list[str]:
        """The roll's names, those present first (who declares is in the room)."""
        if self.store is None or not self.sha:
            return []
        try:
            roll = membership.roll(self.store, self.sha)
        except FAULTS:
            return []
        present = [e.name for e in roll if e.status == "present"]
        return present + [e.name for e in roll if e.status != "present"]

    def refresh_names(self) -> None:
        """The attendance changed: the name lists follow."""
        names = self.names()
        self.actions_box.set_names(names)
        self.declared.set_names(names)

    def flush(self) -> None:
        """What is typed in the outcome goes to the database now (leaving, closing)."""
        self.outcome.flush()

    def unsaved(self) -> list[str]:
        """The items whose outcome the database has refused so far (retried meanwhile)."""
        return self.outcome.unsaved()

    def apply_scale(self, scale: float) -> None:
        self.setStyleSheet(
            f"QFrame#meetingRecord QWidget {{ font-size: {round(FORM_PT * scale)}pt; }}"
            f"QFrame#meetingRecord QLabel#sectionTitle {{ font-size: {round(10 * scale)}pt;"
            " font-weight: 700; }"
        )


def _parts(item: Item) -> list[Item]:
    """The item's sub-items, all levels, in agenda order."""
    out: list[Item] = []
    for sub in item.sub_items:
        out.append(sub)
        out.extend(_parts(sub))
    return out


class RecordCloseGuard(QObject):
    """Closing the window while an outcome the database refused is still waiting (a full
    disk): the clerk chooses to keep boardprep open (it keeps retrying) or to quit without it.
    ``ask(items) -> bool`` (True: quit anyway) is replaceable (tests)."""

    def __init__(self, window: QWidget, panel: MeetingRecordPanel) -> None:
        super().__init__(window)
        self.window, self.panel = window, panel
        self.ask: Callable[[list[str]], bool] = self._ask
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close:
            self.panel.flush()
            waiting = self.panel.unsaved()
            if waiting and not self.ask(waiting):
                event.ignore()
                return True  # the window stays open; the outcome is retried
        return False

    def _ask(self, items: list[str]) -> bool:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("An outcome is not saved")
        which = ", ".join(items)
        box.setText(f"The outcome of item {which} is not in the database yet.")
        box.setInformativeText(
            "boardprep tries again every few seconds (for example once disk space is freed). "
            "Keep it open, or quit without this outcome."
        )
        keep = box.addButton("Keep working", QMessageBox.ButtonRole.RejectRole)
        box.addButton("Quit without it", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is not keep
