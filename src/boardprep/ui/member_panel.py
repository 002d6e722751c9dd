"""The member's panel for the current item: header, notes, questions, declaration.

Saving never fails silently: when the store refuses a save (disk full, database busy) the text
stays in the panel, a red strip says what happened, the panel tries again every
``RETRY_MS`` (and on "Try again"), and closing the window is blocked until everything is saved
or the member has saved the text to a file (:class:`CloseGuard`). Records written by another
process (``boardprep add``, an import, another window) appear without a restart: the panel
polls ``PRAGMA data_version`` every ``POLL_MS``.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boardprep.core.errors import StoreError
from boardprep.core.model import Item
from boardprep.core.pageref import PageNames
from boardprep.ui import settings
from boardprep.ui.declaration_widget import DeclarationWidget
from boardprep.ui.highlights_list import HighlightsList
from boardprep.ui.labels import headline
from boardprep.ui.notes_editor import NotesEditor
from boardprep.ui.questions_widget import QuestionsWidget
from boardprep.ui.store_faults import recovery_file, show_fault

RETRY_MS = 5000  # a failed save is tried again this often
# The window's writes wait this long for another writer (a command-line import) before the
# save is kept and retried: the interface never freezes for the store's full minute.
WINDOW_BUSY_MS = 2500
# While a save is failing, each retry (and each autosave) waits only this long: a long import
# in another process must not freeze the window again every few seconds.
RETRY_BUSY_MS = 300
BACKUP_CHECK_S = 3600  # how often an open window asks whether the daily backup is due
POLL_MS = 1500  # how often the panel looks for records written by another process
NO_ITEM_TITLE = "No agenda item chosen"
NO_ITEM_HELP = (
    "Choose an agenda item in the tree to write notes, questions and declarations of "
    "interest about it, and to see its highlights.\n\n"
    "Reading an item's papers chooses it too: scroll to them, or click the item."
)


class MemberPanel(QWidget):
    recordsChanged = Signal()
    pageRequested = Signal(int)
    saveStateChanged = Signal(bool)  # True while something typed is not in the database

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Member's panel")
        self._store: Any = None
        self._sha: str | None = None
        self.item: Item | None = None

        self.number = QLabel(self)
        self.number.setObjectName("itemHeaderNumber")
        self.title = QLabel(NO_ITEM_TITLE, self)
        self.title.setObjectName("itemHeaderTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(self)
        self.details.setObjectName("muted")
        self.details.setWordWrap(True)
        self.exempt = QLabel("Exempt item: confidential, not for publication", self)
        self.exempt.setStyleSheet("color: #b5542f; font-weight: 600;")
        self.exempt.setVisible(False)

        self.notes = NotesEditor(self)
        self.questions = QuestionsWidget(self)
        self.declaration = DeclarationWidget(self)
        self.highlights = HighlightsList(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.notes, "Notes")
        self.tabs.addTab(self.questions, "Questions")
        self.tabs.addTab(self.declaration, "Interest")
        self.tabs.addTab(self.highlights, "Highlights")
        self.tabs.setAccessibleName("Notes, questions, declaration and highlights")
        # With no item chosen the tabs are not shown at all (they would look editable while
        # nothing typed there could be kept): this says what to do instead.
        self.choose = QLabel(NO_ITEM_HELP, self)
        self.choose.setWordWrap(True)
        self.choose.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.choose.setAccessibleName("What to do")
        self.body = QStackedWidget(self)
        self.body.addWidget(self.tabs)
        self.body.addWidget(self.choose)
        self.body.setCurrentWidget(self.choose)
        # Four tabs in a narrow panel: all stay in view (shortened if they must), never
        # behind scroll arrows where a tab is easily missed.
        bar = self.tabs.tabBar()
        bar.setUsesScrollButtons(False)
        bar.setElideMode(Qt.TextElideMode.ElideRight)
        bar.setExpanding(False)
        self.tabs.setStyleSheet(
            "QTabBar::tab { padding: 5px 6px; border: none;"
            " border-bottom: 2px solid transparent; }"
            "QTabBar::tab:selected { border-bottom: 2px solid palette(highlight); }"
            "QTabBar::tab:hover:!selected { border-bottom: 2px solid palette(mid); }"
        )
        for w in self._editors():
            w.recordsChanged.connect(self._on_records_changed)
            w.saveFailed.connect(self._on_save_failed)
        self.notes.pageRequested.connect(self.pageRequested)

        self.fault = QFrame(self)
        self.fault.setObjectName("saveFault")
        self.fault.setStyleSheet(
            "#saveFault { background: #fdecea; border: 1px solid #b3261e; border-radius: 4px; }"
            "#saveFault QLabel { color: #8c1d18; }"
        )
        self.fault_text = QLabel(self.fault)
        self.fault_text.setWordWrap(True)
        self.fault_text.setAccessibleName("Save problem")
        self.retry_btn = QPushButton("Try again now", self.fault)
        self.retry_btn.clicked.connect(self.retry)
        self.save_as_btn = QPushButton("Save the text to a file…", self.fault)
        self.save_as_btn.clicked.connect(lambda: self.save_elsewhere())
        fl = QVBoxLayout(self.fault)
        fl.setContentsMargins(8, 6, 8, 6)
        fl.addWidget(self.fault_text)
        fb = QHBoxLayout()
        fb.addWidget(self.retry_btn)
        fb.addWidget(self.save_as_btn)
        fb.addStretch(1)
        fl.addLayout(fb)
        self.fault.setVisible(False)
        self.last_fault: StoreError | None = None
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll_other_writers)
        self._data_version: int | None = None
        self._backup_checked = time.monotonic()  # the Store took one when it opened
        self.guard = CloseGuard(self)

        header = QFrame(self)
        hl = QVBoxLayout(header)
        hl.setContentsMargins(0, 0, 0, 4)
        hl.setSpacing(2)
        hl.addWidget(self.number)
        hl.addWidget(self.title)
        hl.addWidget(self.details)
        hl.addWidget(self.exempt)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 8)
        lay.addWidget(header)
        lay.addWidget(self.fault)
        lay.addWidget(self.body, 1)

    def showEvent(self, event: QShowEvent) -> None:
        self.guard.watch(self.window())
        super().showEvent(event)

    def set_store(self, store: Any, sha: str | None) -> None:
        self.flush()
        self._store, self._sha = store, sha
        self.set_item(self.item, force=True)
        self._data_version = None
        if store is not None and hasattr(store, "data_version"):
            store.set_busy_timeout(WINDOW_BUSY_MS)
            with contextlib.suppress(StoreError):
                self._data_version = store.data_version()  # what is shown now
            self._poll.start()
        else:
            self._poll.stop()

    def set_item(self, item: Item | None, force: bool = False) -> None:
        if item is self.item and not force:
            return
        self.item = item
        if item is None:
            self.number.setText("")
            self.title.setText(NO_ITEM_TITLE)
            self.title.setToolTip("")
            self.details.setText("")
            self.exempt.setVisible(False)
        else:
            self.number.setText(item.heading)
            self.number.setVisible(bool(item.heading))  # no "Item" over unnumbered business
            self.title.setText(headline(item.title))
            self.title.setToolTip(item.title if headline(item.title) != item.title else "")
            self.details.setText(_details(item, PageNames.of_pack(self._store, self._sha)))
            self.exempt.setVisible(item.exempt)
        self.body.setCurrentWidget(self.tabs if item is not None else self.choose)
        number = item.number if item else None
        for w in self._editors():
            w.set_context(self._store, self._sha, number)
        self._update_tab_titles()

    def _editors(self) -> tuple[Any, ...]:
        """The tabs, each with set_context/refresh/flush/has_unsaved/unsaved_texts."""
        return (self.notes, self.questions, self.declaration, self.highlights)

    def flush(self) -> bool:
        """Save anything typed but not yet saved (item switch, close); True when all is saved."""
        ok = all([self.notes.flush(), self.questions.flush(), self.declaration.flush()])
        if ok and self.last_fault is not None and not self.has_unsaved():
            self._saved_again()
        return ok and not self.has_unsaved()

    def has_unsaved(self) -> bool:
        return any(w.has_unsaved() for w in (self.notes, self.questions, self.declaration))

    # ---- saving that failed ----------------------------------------------------------------
    def _on_save_failed(self, err: StoreError) -> None:
        first = self.last_fault is None
        self.last_fault = err
        self.fault_text.setText(
            f"<b>Not saved.</b> {_sentence(err)}<br>Your text is kept here and boardprep tries "
            f"again every {RETRY_MS // 1000} seconds; nothing is lost while the window stays open."
        )
        self.fault.setVisible(True)
        if not self._retry.isActive():
            self._retry.start()
        if first:
            if self._store is not None and hasattr(self._store, "set_busy_timeout"):
                self._store.set_busy_timeout(RETRY_BUSY_MS)
            self._slow_autosave(True)
            self.saveStateChanged.emit(True)
            show_fault(
                self,
                err,
                title="Your notes could not be saved",
                kept="What you typed is kept in the panel and saved as soon as the database "
                "accepts it (boardprep keeps trying). You can also save it to a file.",
            )

    def _slow_autosave(self, on: bool) -> None:
        for w in (self.notes, self.questions, self.declaration):
            w.autosave.slow_down(on)

    def retry(self) -> bool:
        """Try the failed saves again (timer, "Try again now", before closing)."""
        return self.flush()

    def _saved_again(self) -> None:
        self.last_fault = None
        if self._store is not None and hasattr(self._store, "set_busy_timeout"):
            self._store.set_busy_timeout(WINDOW_BUSY_MS)
        self._retry.stop()
        self._slow_autosave(False)
        self.fault.setVisible(False)
        self.saveStateChanged.emit(False)
        self.recordsChanged.emit()

    def unsaved_text(self) -> str:
        """Everything typed but not saved, as plain text a person can read and paste back."""
        parts: list[str] = []
        for w in (self.notes, self.questions, self.declaration):
            for label, text in w.unsaved_texts():
                parts.append(f"--- {label} ---\n{text}")
        head = "boardprep: text that could not be saved to the database"
        if self._sha:
            head += f" (pack {self._sha[:12]})"
        return head + "\n\n" + "\n\n".join(parts) + "\n"

    def save_elsewhere(self, path: str | None = None) -> Path | None:
        """Write the unsaved text to a file the member chooses; its path, or None."""
        if path is None:
            # Like every save dialog: Documents, or the folder the member last saved into.
            start = str(Path(settings.save_dir()) / "boardprep-unsaved-notes.txt")
            path, _ = QFileDialog.getSaveFileName(
                self, "Save the unsaved text to a file", start, "Text files (*.txt)"
            )
            if not path:
                return None
            settings.remember_save_dir(path)
        try:
            Path(path).write_text(self.unsaved_text(), encoding="utf-8")
            with contextlib.suppress(OSError):
                Path(path).chmod(0o600)  # the member's private words
        except OSError as err:
            QMessageBox.warning(
                self, "Could not save the text", f"{path} could not be written: {err.strerror}."
            )
            return None
        self.guard.saved_elsewhere = True
        return Path(path)

    def emergency_save(self) -> Path | None:
        """On SIGTERM or session end: save; what the store refuses goes to a recovery file."""
        if self.flush():
            return None
        data_dir = Path(self._store.path).parent if self._store is not None else None
        return recovery_file(data_dir, self.unsaved_text())

    def allow_close(self) -> None:
        self.guard.forced = True

    def stop_timers(self) -> None:
        self._retry.stop()
        self._poll.stop()

    # ---- records written by another process ------------------------------------------------
    def poll_other_writers(self) -> None:
        store = self._store
        if store is None:
            return
        if time.monotonic() - self._backup_checked > BACKUP_CHECK_S:
            self._backup_checked = time.monotonic()
            with contextlib.suppress(StoreError):  # a damaged database is met by the next read
                store.backup_if_due()  # a window left open for days still gets its daily copy
        try:
            version = store.data_version()
        except StoreError:
            return
        if self._data_version is None:
            self._data_version = version
            return
        if version == self._data_version:
            return
        self._data_version = version
        try:
            self.refresh()
        except StoreError as err:
            show_fault(self, err)

    def refresh(self) -> None:
        """Show what the database holds now (kept unsaved edits win), and update the badges."""
        if self.item is not None:
            self.notes.refresh()
            self.questions.refresh()
            self.declaration.refresh()
        self.highlights.refresh()  # also lists highlights outside any item
        self._update_tab_titles()
        self.recordsChanged.emit()

    def _on_records_changed(self) -> None:
        self._update_tab_titles()
        self.recordsChanged.emit()

    def _update_tab_titles(self) -> None:
        n = self.questions.list.count()
        self.tabs.setTabText(1, f"Questions ({n})" if n else "Questions")
        self.tabs.setTabText(
            2, "Interest ●" if self.declaration.has_interest.isChecked() else ("Interest")
        )
        h = self.highlights.count()
        self.tabs.setTabText(3, f"Highlights ({h})" if h else "Highlights")
        for i in range(self.tabs.count()):  # the whole name when a tab had to be shortened
            self.tabs.setTabToolTip(i, self.tabs.tabText(i))


class CloseGuard(QObject):
    """Blocks closing the window while typed text is not in the database.

    The member may try again, save the text to a file (then the window closes), or stay.
    ``ask(panel) -> "retry" | "file" | "stay"`` is replaceable (tests).
    """

    def __init__(self, panel: MemberPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.forced = False
        self.saved_elsewhere = False
        self._watched: QWidget | None = None
        self.ask: Callable[[MemberPanel], str] | None = None  # None: the dialog below

    def watch(self, window: QWidget) -> None:
        if window is not self._watched and window is not self.panel:
            window.installEventFilter(self)
            self._watched = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and obj is self._watched:
            if not self.may_close():
                event.ignore()
                return True  # swallowed: the window stays open with the text
            self.panel.stop_timers()  # the window closes its store next
        return False

    def may_close(self) -> bool:
        if self.forced:
            return True
        self.saved_elsewhere = False
        while not self.panel.flush():
            choice = (self.ask or _ask_before_close)(self.panel)
            if choice == "file":
                if self.panel.save_elsewhere() is not None or self.saved_elsewhere:
                    return True
            elif choice != "retry":
                return False
        return True


def _ask_before_close(panel: MemberPanel) -> str:
    box = QMessageBox(panel)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Your text is not saved")
    err = panel.last_fault
    box.setText("Some of what you typed is not in the database yet, so boardprep stays open.")
    box.setInformativeText(
        (_sentence(err) + "\n\n" if err else "")
        + "Try again (for example after freeing disk space), or save the text to a file."
    )
    retry = box.addButton("Try again", QMessageBox.ButtonRole.AcceptRole)
    to_file = box.addButton("Save the text to a file…", QMessageBox.ButtonRole.ActionRole)
    box.addButton("Keep working", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    return "retry" if clicked is retry else ("file" if clicked is to_file else "stay")


def _sentence(err: StoreError | None) -> str:
    text = str(err or "")
    return (text[:1].upper() + text[1:] + ".") if text else ""


def _details(item: Item, names: PageNames) -> str:
    parts: list[str] = []
    if item.time:
        parts.append(f"Scheduled {item.time}")
    if item.pack_pages or item.pdf_pages:
        parts.append(names.item_words(item, capital=True))
    lines = [" · ".join(parts)] if parts else []
    lines += [f"{p.role}: {p.name}" for p in item.people]
    if item.purpose:
        lines.append(headline(item.purpose, 240))
    return "\n".join(lines)
