"""Encrypted packs: find out off the UI thread whether a pack needs a password, ask for it.

Before a pack replaces the one on screen, a `PasswordProbe` opens it once
(core.pdfopen.password_state) on the PDF owner's thread (core.pdf_owner), ahead of any long
job there. A pack that needs a password is asked for it (echo off) until
it opens or the user cancels; Cancel leaves the window exactly as it was. The password is
remembered for the session only (core.pdfopen.remember_password), so the pages, the analysis,
the search index and exports all open the pack with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from boardprep.core import pdf_owner
from boardprep.core.pdfopen import password_state, remember_password
from boardprep.ui.owner_job import OwnerJob

if TYPE_CHECKING:
    from collections.abc import Callable


class PasswordProbe(OwnerJob):
    """Opens the pack once on the owner's thread and answers with password_state()."""

    answered = Signal(int, str, object, str)  # generation, path, password tried, state
    priority = pdf_owner.INTERACTIVE  # the member waits for it: before any long job

    def __init__(
        self, gen: int, path: str, password: str | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.gen, self.path, self.password = gen, path, password

    def run(self) -> None:
        try:
            state = password_state(self.path, self.password)
        except Exception:  # anything else: let the normal opening report it
            state = "opens"
        self.post("answered", self.gen, self.path, self.password, state)


def ask_password(parent: QWidget | None, name: str, wrong: bool) -> str | None:
    """The password for ``name`` typed by the user (echo off), or None for Cancel."""
    if wrong:
        label = f"That password does not open “{name}”. Type it again, or Cancel to leave it."
    else:
        label = f"“{name}” is protected by a password. Type it to open the pack:"
    text, ok = QInputDialog.getText(
        parent, "Password needed", label, QLineEdit.EchoMode.Password, ""
    )
    return text if ok else None


class PasswordGate(QObject):
    """Lets a pack through to ``proceed(path)`` once it opens, asking for its password."""

    def __init__(
        self,
        parent: QWidget,
        proceed: Callable[[str], None],
        cancelled: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._proceed = proceed
        self._cancelled = cancelled
        # Injectable: tests and scripts answer without a modal dialog.
        self.ask: Callable[[QWidget | None, str, bool], str | None] = ask_password
        self._gen = 0
        self._probes: list[PasswordProbe] = []

    def busy(self) -> bool:
        return bool(self._probes)

    def open(self, path: str) -> None:
        """Check ``path`` in the background; a newer call supersedes an unanswered one."""
        self._gen += 1
        self._probe(path, None, self._gen)

    def forget(self) -> None:
        """Drop the pack being checked: its answer, when it comes, opens nothing."""
        self._gen += 1

    def _probe(self, path: str, password: str | None, gen: int) -> None:
        probe = PasswordProbe(gen, path, password, self)
        queued = Qt.ConnectionType.QueuedConnection  # answers land in the GUI thread
        probe.answered.connect(self._on_answer, queued)
        probe.finished.connect(self._reap, queued)
        self._probes.append(probe)
        probe.start()

    def _reap(self) -> None:
        for probe in [p for p in self._probes if p.isFinished()]:
            self._probes.remove(probe)
            probe.deleteLater()

    def _on_answer(self, gen: int, path: str, password: str | None, state: str) -> None:
        if gen != self._gen:
            return  # the user has opened another pack meanwhile
        if state == "opens":
            if password is not None:
                remember_password(path, password)
            self._proceed(path)
            return
        typed = self.ask(self._parent, Path(path).name, state == "wrong password")
        if typed is None:
            self._cancelled(path)
        elif gen == self._gen:
            self._probe(path, typed, gen)

    def wait(self) -> None:
        for probe in list(self._probes):
            probe.wait(10000)
