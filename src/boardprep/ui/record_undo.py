"""Undo and redo for what the member records: deleted, added, changed and reordered records.

The commands go on the window's one ``QUndoStack`` (the agenda corrections' stack,
:mod:`boardprep.ui.agenda_fixes`), so Ctrl+Z / Ctrl+Shift+Z and Edit ▸ Undo/Redo take back
whatever was done last. A deletion keeps the record's stored row (:meth:`Store.take_record`)
and undo puts the same record back (same id and uid when free); that is why deleting needs
no confirmation: the status bar says what went, with an Undo button. Typing inside an
editor is not on this stack: the editor keeps its own undo for that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from boardprep.core.errors import BoardprepError, NotFoundError, StoreError
from boardprep.core.pageref import PageNames
from boardprep.core.reflow import reflow
from boardprep.ui.store_faults import show_fault

if TYPE_CHECKING:
    from boardprep.ui.main_window import MainWindow

NOTICE_MS = 12_000  # how long "Deleted … Undo" stays in the status bar

# How a record-level change is written back: kind -> (store, id, fields) -> None.
_APPLY: dict[str, Callable[[Any, int, dict[str, Any]], Any]] = {
    "note": lambda s, i, f: s.update_note(i, f["text"]),
    "question": lambda s, i, f: s.update_question(i, **f),
    "declaration": lambda s, i, f: s.update_declaration(i, **f),
    "highlight": lambda s, i, f: s.set_highlight_colour(i, f["colour"]),
}


def describe(kind: str, record: Any, tree: Any = None) -> str:
    """A few words naming the record for the status bar and Edit ▸ Undo: 'question “Who…”'."""
    if kind == "declaration":
        return f"your declaration of interest on item {record.item}"
    if kind == "highlight":
        where = PageNames.of(tree).words(record.page, record.pack_page) or "no page"
        return f"highlight on {where}" + (f": “{_short(record.quote)}”" if record.quote else "")
    text = getattr(record, "text", "") or getattr(record, "quote", "") or ""
    return f"{kind} “{_short(text)}”" if text.strip() else f"empty {kind}"


def _short(text: str | None, n: int = 40) -> str:
    one = reflow(text)
    return one if len(one) <= n else one[: n - 1].rstrip() + "…"


class RecordCommand(QUndoCommand):
    def __init__(self, edits: RecordEdits, kind: str, record_id: int, text: str) -> None:
        super().__init__(text)
        self.edits, self.kind, self._id = edits, kind, record_id
        self.item: str | None = None  # the record's item, shown again after a change
        self.failed: StoreError | None = None

    @property
    def record_id(self) -> int:
        return self.edits.current_id(self.kind, self._id)

    def _run(self, step: Callable[[], None]) -> None:
        """Save what is being typed, make the change, show the result; faults in words."""
        self.edits.before()
        try:
            step()
        except StoreError as err:
            self.failed = err
            show_fault(self.edits.w, err, title="The change could not be made")
        except NotFoundError:
            pass  # removed meanwhile (another window, a command): nothing left to change
        self.edits.after(self.item)


class DeleteRecord(RecordCommand):
    """Deleted on redo (its row kept), the same record put back on undo."""

    def __init__(self, edits: RecordEdits, kind: str, record_id: int, text: str) -> None:
        super().__init__(edits, kind, record_id, text)
        self.row: dict[str, Any] | None = None

    def redo(self) -> None:
        def take() -> None:
            self.row = self.edits.store.take_record(self.kind, self.record_id)
            self.item = self.row.get("item")

        self._run(take)
        if self.failed is not None and self.row is None:
            self.setObsolete(True)  # nothing was deleted: nothing to undo

    def undo(self) -> None:
        def put() -> None:
            if self.row is not None:
                new_id = self.edits.store.restore_record(self.kind, self.row)
                self.edits.renumbered(self.kind, int(self.row["id"]), new_id)
                self.row = None

        self._run(put)


class AddedRecord(DeleteRecord):
    """A record the member just added (already stored): undo takes it out, redo puts it back."""

    def __init__(self, edits: RecordEdits, kind: str, record_id: int, text: str) -> None:
        super().__init__(edits, kind, record_id, text)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        super().undo()

    def undo(self) -> None:
        super().redo()


class ChangeRecord(RecordCommand):
    """Fields of one record from ``before`` to ``after``; ``done``: already written."""

    def __init__(
        self,
        edits: RecordEdits,
        kind: str,
        record_id: int,
        text: str,
        before: dict[str, Any],
        after: dict[str, Any],
        *,
        done: bool,
    ) -> None:
        super().__init__(edits, kind, record_id, text)
        self.before, self.after, self._skip = before, after, done

    def _apply(self, fields: dict[str, Any]) -> None:
        def write() -> None:
            record = _APPLY[self.kind](self.edits.store, self.record_id, fields)
            self.item = getattr(record, "item", None)

        self._run(write)

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._apply(self.after)
        if self.failed is not None:
            self.setObsolete(True)

    def undo(self) -> None:
        self._apply(self.before)


class ReorderQuestions(QUndoCommand):
    """The item's questions from one running order to another (already stored on push)."""

    def __init__(
        self, edits: RecordEdits, sha: str, item: str, before: list[int], after: list[int]
    ) -> None:
        super().__init__(f"Move question on item {item}")
        self.edits, self.sha, self.item = edits, sha, item
        self.before, self.after, self._skip = before, after, True

    def _apply(self, ids: list[int]) -> None:
        self.edits.before()
        try:
            current = [self.edits.current_id("question", i) for i in ids]
            self.edits.store.reorder_questions(self.sha, self.item, current)
        except StoreError as err:
            show_fault(self.edits.w, err, title="The change could not be made")
        self.edits.after(self.item)

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class UndoNotice(QWidget):
    """ "Deleted question “…”  [Undo]" in the status bar for a few seconds."""

    def __init__(self, stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self.stack = stack
        self.label = QLabel(self)
        self.label.setAccessibleName("What was deleted")
        self.label.setMaximumWidth(460)
        self.button = QToolButton(self)
        self.button.setText("Undo")
        self.button.setToolTip("Put it back (Ctrl+Z)")
        self.button.setAccessibleName("Undo the deletion")
        self.button.clicked.connect(self._undo)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 6, 0)
        lay.setSpacing(6)
        lay.addWidget(self.label)
        lay.addWidget(self.button)
        self._hide = QTimer(self)
        self._hide.setSingleShot(True)
        self._hide.setInterval(NOTICE_MS)
        self._hide.timeout.connect(self.hide)
        self._command: QUndoCommand | None = None
        stack.indexChanged.connect(self._on_index)
        self.hide()

    def show_deleted(self, command: QUndoCommand, text: str) -> None:
        self._command = command
        metrics = self.label.fontMetrics()
        self.label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, 440))
        self.label.setToolTip(text)
        self.show()
        self._hide.start()

    def _on_index(self, _index: int) -> None:
        # Another change (or an undo from the menu) makes the notice stale.
        if self._command is not None and self.stack.command(self.stack.index() - 1) is not (
            self._command
        ):
            self._command = None
            self.hide()

    def _undo(self) -> None:
        if self._command is not None and self.stack.canUndo():
            self.stack.undo()
        self.hide()


class DeleteKey(QObject):
    """Delete (or Backspace) in a list of records deletes the current one: ``slot()``."""

    def __init__(self, widget: QWidget, slot: Callable[[], object]) -> None:
        super().__init__(widget)
        self.slot = slot
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        plain_backspace = event.key() == Qt.Key.Key_Backspace and not event.modifiers()
        if event.matches(QKeySequence.StandardKey.Delete) or plain_backspace:
            self.slot()
            return True
        return False


class RecordEdits(QObject):
    """The window's record-level changes as undoable commands (``window.edits``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        fixer: Any = getattr(window, "fixer", None)  # Edit ▸ Undo/Redo made it (agenda_fixes)
        self.stack: QUndoStack = fixer.stack if fixer is not None else QUndoStack(self)
        self.notice = UndoNotice(self.stack, window)
        window.statusBar().insertPermanentWidget(0, self.notice)
        self._ids: dict[tuple[str, int], int] = {}  # (kind, old id) -> id after a restore
        window.packRegistered.connect(lambda _sha: self._ids.clear())
        panel = window.panel
        for widget in (panel.notes, panel.questions, panel.declaration, panel.highlights):
            widget.edits = self
        panel.highlights.jumpRequested.connect(self.jump_to)

    @property
    def store(self) -> Any:
        return self.w.store

    # ---- what the widgets call -------------------------------------------------------------
    def delete(self, kind: str, record_id: int) -> bool:
        """Delete a record, undoably; the status bar says what went, with an Undo button."""
        try:
            record = self.store.get(kind, record_id)
        except NotFoundError:
            return False
        words = describe(kind, record, getattr(self.w, "tree", None))
        cmd = DeleteRecord(self, kind, record_id, "Delete " + words)
        self.stack.push(cmd)
        if cmd.failed is not None:
            return False
        self.w.statusBar().clearMessage()  # one message at a time: what was deleted
        self.notice.show_deleted(cmd, "Deleted " + words)
        return True

    def added(self, kind: str, record: Any, text: str | None = None) -> None:
        """A record the member just added: undo removes it."""
        words = text or describe(kind, record, getattr(self.w, "tree", None))
        self.stack.push(AddedRecord(self, kind, record.id, "Add " + words))

    def changed(
        self,
        kind: str,
        record: Any,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
        *,
        done: bool,
    ) -> bool:
        """Fields of a record changed (``done``: already written) or to change (written now)."""
        cmd = ChangeRecord(self, kind, record.id, text, before, after, done=done)
        self.stack.push(cmd)
        if cmd.failed is None:
            self.w.statusBar().showMessage(f"{text} — Ctrl+Z to undo", 4000)
        return cmd.failed is None

    def reordered(self, sha: str, item: str, before: list[int], after: list[int]) -> None:
        if before != after:
            self.stack.push(ReorderQuestions(self, sha, item, before, after))

    def jump_to(self, page: int, y: float) -> None:
        """Show a highlight: its page (Alt+Left comes back), scrolled to where it is."""
        self.w.nav.jump_to_page(page)
        if hasattr(self.w.view, "go_to_page"):
            self.w.view.go_to_page(page, y)

    # ---- ids after a restore -----------------------------------------------------------------
    def current_id(self, kind: str, record_id: int) -> int:
        return self._ids.get((kind, record_id), record_id)

    def renumbered(self, kind: str, old: int, new: int) -> None:
        if old != new:
            for key, value in list(self._ids.items()):
                if key[0] == kind and value == old:
                    self._ids[key] = new
            self._ids[(kind, old)] = new

    # ---- around every command ----------------------------------------------------------------
    def before(self) -> None:
        """What is being typed goes to the database first: the change never loses it."""
        self.w.panel.flush()

    def after(self, item: str | None) -> None:
        """Show the database as it is now: the record's item in the panel, badges, the pages."""
        w = self.w
        panel = w.panel
        shown = panel.item.number if panel.item is not None else None
        if item and item != shown and w.tree and w.model.index_for_number(item).isValid():
            w.nav._syncing = True  # show the item without leaving the page being read
            try:
                w.select_item(item)
            finally:
                w.nav._syncing = False
        try:
            panel.refresh()
            w.panels.load_highlights()
        except BoardprepError as err:
            if isinstance(err, StoreError):
                show_fault(w, err)
