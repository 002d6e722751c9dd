"""Undo for what the clerk records in the meeting: outcomes, votes, actions, declarations,
attendance, and the question register's statuses, answers, order and grouping.

Each change is written through the core at once; a :class:`Snapshot` command then goes on
the window's one ``QUndoStack`` (the stack of :mod:`boardprep.ui.agenda_fixes` and
:mod:`boardprep.ui.record_undo`), holding the stored state before and after. Undo writes the
state before back, redo the state after, and the owner's ``shown`` shows the result.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from boardprep.core.errors import BoardprepError

T = TypeVar("T")
FAULTS = (BoardprepError, sqlite3.Error, OSError)
MERGE_ID = 0x6D72  # Snapshot commands that may merge (QUndoCommand.id)


class Snapshot(QUndoCommand):
    """A change already written: ``put(before)`` on undo, ``put(after)`` on redo.

    ``merge_key``: consecutive commands with the same key become one (the autosaves of one
    run of typing in a decision's text are one step back, not one per pause).
    """

    def __init__(
        self,
        text: str,
        put: Callable[[Any], None],
        before: Any,
        after: Any,
        shown: Callable[[], None],
        *,
        merge_key: str | None = None,
        fault: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(text)
        self.put, self.before, self.after, self.shown = put, before, after, shown
        self.merge_key, self.fault = merge_key, fault
        self._first = True

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Snapshot) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def _write(self, state: Any) -> None:
        try:
            self.put(state)
        except FAULTS as err:
            if self.fault is not None:
                self.fault(f"Could not undo or redo: {err}")
        self.shown()

    def redo(self) -> None:
        if self._first:  # already written when the command was made
            self._first = False
            return
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)


def undoable(
    stack: QUndoStack | None,
    text: str,
    take: Callable[[], Any],
    put: Callable[[Any], None],
    change: Callable[[], T],
    shown: Callable[[], None],
    *,
    merge_key: str | None = None,
    fault: Callable[[str], None] | None = None,
) -> T:
    """Run ``change`` (a write through the core) and put it on ``stack`` as one step: the
    state ``take()`` reads before and after. Faults of ``change`` are raised to the caller,
    with nothing on the stack."""
    before = take()
    result = change()
    after = take()
    if stack is not None and before != after:
        stack.push(Snapshot(text, put, before, after, shown, merge_key=merge_key, fault=fault))
    return result


def window_stack(window: Any) -> QUndoStack | None:
    """The main window's one undo stack (made with its Edit menu), if there is one yet."""
    fixer = getattr(window, "fixer", None)
    return getattr(fixer, "stack", None)


def undo_actions(owner: QWidget, stack: QUndoStack) -> tuple[QAction, QAction]:
    """Undo / Redo of the window's stack in another top-level window (the register, the
    attendance): Ctrl+Z there takes back the last change, as in the main window."""
    undo = stack.createUndoAction(owner, "&Undo")
    undo.setShortcuts([QKeySequence("Ctrl+Z")])
    redo = stack.createRedoAction(owner, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for act, word in ((undo, "Undo"), (redo, "Redo")):
        act.setIconText(word)  # a short button; its tooltip says what it takes back
        owner.addAction(act)
    return undo, redo
