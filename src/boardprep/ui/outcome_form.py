"""The item's outcome as the meeting decides it, recorded in meeting mode by the chair or clerk.

The decision (agreed as recommended / agreed as amended / noted / deferred / withdrawn /
other), its text — pre-filled from the recommendations printed in the item's report — and
the votes when one is taken. Written through ``core.meeting_record`` (the same record as
``boardprep add outcome``) at most 0.6 s after the first unsaved key (:class:`Autosave`), and
each change is one step on the window's undo stack (typing in the text is merged into one).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from boardprep.core import meeting_record as mr
from boardprep.core.model import Item
from boardprep.core.recommendations import find_recommendations
from boardprep.ui.autosave import Autosave
from boardprep.ui.meeting_undo import FAULTS, undoable

# The decisions as the chair says them; "agreed" is agreeing to what the report recommends.
DECISION_LABELS = {
    "agreed": "Agreed as recommended",
    "agreed-as-amended": "Agreed as amended",
    "noted": "Noted",
    "deferred": "Deferred",
    "withdrawn": "Withdrawn",
    "other": "Other",
}
# With these the recommendations are no longer the resolution's words (as `add outcome`).
NOT_RECOMMENDED = ("deferred", "withdrawn", "other")
RETRY_MS = 5000
NO_VOTE = -1  # a vote box at its minimum shows "–": no vote taken
STORED = ("decision", "text", "votes_for", "votes_against", "votes_abstain")
Wanted = tuple[str | None, str, dict[str, int | None]]  # decision, text, votes as typed


class UndoKeysToWindow(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in a vote box undo the recorded change (the window's stack),
    not the digits typed in the box's own line. Leaving a field saves what it holds at once,
    so an undo made elsewhere next never meets half-saved typing."""

    def __init__(self, form: OutcomeForm) -> None:
        super().__init__(form)
        self.form = form

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.form.flush()
            return False
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo)
                 or event.matches(QKeySequence.StandardKey.Redo))
        ):  # fmt: skip
            event.ignore()  # not the box's: the shortcut goes to the window's action
            return True
        return False


class OutcomeForm(QWidget):
    changed = Signal()  # the stored outcome changed (written, undone or redone)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("The item's outcome")
        self.store: Any = None
        self.sha: str | None = None
        self.item: Item | None = None
        self.page_texts: Callable[[], list[str] | None] = lambda: None
        self.stack_of: Callable[[], QUndoStack | None] = lambda: None
        self._prefill = ""
        self._loading = False
        # Outcomes the store refused, by (pack, item number), retried until written.
        self._parked: dict[tuple[str, str], tuple[Any, str, Item, Wanted]] = {}

        self.decision = QComboBox(self)
        self.decision.setAccessibleName("Outcome")
        self.decision.addItem("Not recorded", None)
        for code, name in DECISION_LABELS.items():
            self.decision.addItem(name, code)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName("Resolution text")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText("The resolution as agreed")
        self.votes: dict[str, QSpinBox] = {}
        self._undo_keys = UndoKeysToWindow(self)
        for key, side in (("for", "For"), ("against", "Against"), ("abstain", "Abstain")):
            box = QSpinBox(self)
            box.setRange(NO_VOTE, 100_000)
            box.setSpecialValueText("–")
            box.setAccessibleName(f"Votes {side.lower()}")
            box.setToolTip(f"Votes {side.lower()} (– when no vote was taken)")
            box.installEventFilter(self._undo_keys)
            box.valueChanged.connect(self._edited)
            self.votes[key] = box
        self.state = QLabel(self)
        self.state.setObjectName("muted")
        # One line, cut at the column's edge: a wrapping label would make the whole record
        # strip ask for its height at any width (height-for-width) and squeeze the lists.
        self.state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state.setAccessibleName("Whether the outcome is recorded")

        def label(text: str, buddy: QWidget) -> QLabel:
            lab = QLabel(text, self)
            lab.setBuddy(buddy)  # Alt+letter reaches the field
            return lab

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(label("&Decision", self.decision), 0, 0)
        grid.addWidget(self.decision, 0, 1, 1, 3)
        grid.addWidget(self.state, 0, 4, 1, 2)
        for col, (key, text) in enumerate((("for", "Fo&r"), ("against", "&Against"),
                                           ("abstain", "A&bstain"))):  # fmt: skip
            grid.addWidget(label(text, self.votes[key]), 1, col * 2)
            grid.addWidget(self.votes[key], 1, col * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addLayout(grid)
        lay.addWidget(label("Resolution &text", self.text))
        lay.addWidget(self.text, 1)

        self.text.installEventFilter(self._undo_keys)  # leaving the text saves it
        # Tab goes as the eye does: the decision, the votes, then the text.
        chain = [self.decision, *self.votes.values(), self.text]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)
        self.autosave = Autosave(self, self.save)
        self.decision.currentIndexChanged.connect(self._decision_chosen)
        self.text.textChanged.connect(self._edited)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._write_parked)

    # ---- showing -----------------------------------------------------------------------------
    def set_context(self, store: Any, sha: str | None) -> None:
        self.flush()
        self.store, self.sha = store, sha

    def set_item(self, item: Item | None) -> None:
        """Show ``item``'s outcome (what was typed for the item before is saved first)."""
        self.flush()
        self.item = item
        self._prefill = ""
        if item is not None and self.store is not None:
            try:
                self._prefill = "; ".join(find_recommendations(self.page_texts(), item))
            except FAULTS:
                self._prefill = ""
        self.load()

    def load(self) -> None:
        """The stored outcome in the fields; none: the recommendations as the text. What the
        store refused for the item (parked, retried) is shown instead: it is what was typed."""
        row = self._stored()
        parked = self._parked.get(
            (self.sha or "", self.item.number if self.item is not None else "")
        )
        self._loading = True
        try:
            if parked is not None:
                decision, text, votes = parked[3]
                self.decision.setCurrentIndex(max(self.decision.findData(decision), 0))
                self.text.setPlainText(text)
                for key, box in self.votes.items():
                    value = votes[key]
                    box.setValue(NO_VOTE if value is None else int(value))
            elif row is None:
                self.decision.setCurrentIndex(0)
                self.text.setPlainText(self._prefill)
                for box in self.votes.values():
                    box.setValue(NO_VOTE)
            else:
                self.decision.setCurrentIndex(max(self.decision.findData(row["decision"]), 0))
                self.text.setPlainText(row["text"] or "")
                for key, box in self.votes.items():
                    value = row[f"votes_{key}"]
                    box.setValue(NO_VOTE if value is None else int(value))
        finally:
            self._loading = False
        if parked is None:
            self._show_state(row)
        self.setEnabled(self.item is not None and self.sha is not None)

    def _show_state(self, row: dict[str, Any] | None) -> None:
        if self.item is None:
            self.state.setText("")
        elif row is None:
            self.state.setText("Not recorded yet")
        else:
            self.state.setText("Recorded ✓")

    def _stored(self) -> dict[str, Any] | None:
        if self.item is None or self.store is None or not self.sha:
            return None
        try:
            return mr.outcome_row(self.store, self.sha, self.item.number)
        except FAULTS:
            return None

    # ---- editing -----------------------------------------------------------------------------
    def _decision_chosen(self, _index: int) -> None:
        if self._loading:
            return
        code = self.decision.currentData()
        text = self.text.toPlainText().strip()
        self._loading = True  # the text follows the decision; one save for both
        try:
            if code in NOT_RECOMMENDED and text == self._prefill.strip():
                self.text.setPlainText("")  # "Deferred" does not resolve the recommendations
            elif code not in NOT_RECOMMENDED and not text:
                self.text.setPlainText(self._prefill)
        finally:
            self._loading = False
        self.autosave.now()

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.autosave.edited()

    def is_pending(self) -> bool:
        return self.autosave.is_pending() or self._retry.isActive()

    def flush(self) -> None:
        if self.is_pending():
            self.save()

    def unsaved(self) -> list[str]:
        """The items (as printed) whose outcome waits to be written."""
        return [item.display_number for _store, _sha, item, _w in self._parked.values()]

    def wanted(self) -> Wanted:
        votes = {k: (None if b.value() == NO_VOTE else b.value()) for k, b in self.votes.items()}
        return self.decision.currentData(), self.text.toPlainText().strip(), votes

    def save(self) -> None:
        """Write what the fields say as the item's outcome (or take it away: "Not recorded").

        A write the store refuses (disk full, another writer) is parked by item and tried
        again every few seconds, also after the chair has moved on: nothing typed is lost."""
        self.autosave.done()
        if self.item is not None and self.store is not None and self.sha:
            key = (self.sha, self.item.number)
            self._parked[key] = (self.store, self.sha, self.item, self.wanted())
        self._write_parked()

    def _write_parked(self) -> None:
        self._retry.stop()
        wrote = False
        fault: Exception | None = None
        for key, (store, sha, item, wanted) in list(self._parked.items()):
            try:
                wrote = self._write(store, sha, item, wanted) or wrote
            except FAULTS as err:
                fault = err
                continue
            del self._parked[key]
        if fault is not None:
            self.state.setText(f"Not saved: {fault}. Trying again…")
            self._retry.start()  # what was typed stays, in the fields or parked
        else:
            self._show_state(self._stored())
        if wrote:
            self.changed.emit()

    def _write(self, store: Any, sha: str, item: Item, wanted: Wanted) -> bool:
        """One item's outcome as ``wanted`` says, as one undo step; False: nothing to write."""
        number = item.number
        decision, text, votes = wanted
        row = mr.outcome_row(store, sha, number)
        if decision is None:
            if row is None:
                return False  # text or votes without a decision: nothing to record yet

            def change() -> Any:
                return mr.remove_outcome(store, sha, number)

            words, merge = f"Clear the outcome of item {item.display_number}", None
        else:
            now = (decision, text, votes["for"], votes["against"], votes["abstain"])
            if row is not None and now == tuple(row[k] for k in STORED):
                return False
            words, merge = self._describe(sha, item, row, decision, text)

            def change() -> Any:
                return mr.add_outcome(store, sha, number, decision, text,
                                      votes_for=votes["for"], votes_against=votes["against"],
                                      votes_abstain=votes["abstain"])  # fmt: skip

        undoable(
            self.stack_of(),
            words,
            take=lambda: mr.outcome_row(store, sha, number),
            put=lambda r: mr.put_outcome_row(store, sha, number, r),
            change=change,
            shown=self._after_undo,
            merge_key=merge,
            fault=self.state.setText,
        )
        return True

    def _describe(
        self, sha: str, item: Item, row: dict[str, Any] | None, decision: str, text: str
    ) -> tuple[str, str | None]:
        """The undo step's words, and a merge key when only the text changed (typing)."""
        n = item.display_number
        if row is None:
            return f"Record the outcome of item {n}", None
        if decision != row["decision"]:
            return f"Change the outcome of item {n}", None
        if text != row["text"]:
            return f"Edit the resolution of item {n}", f"text:{sha}:{item.number}"
        return f"Record the votes on item {n}", f"votes:{sha}:{item.number}"  # box by box

    def _after_undo(self) -> None:
        """An undo or redo wrote the outcome back: show it (if the item is still shown)."""
        self.autosave.done()
        self.load()
        self.changed.emit()
