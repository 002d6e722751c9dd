"""The member's panel for the current item: header, notes, questions, declaration."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QTabWidget, QVBoxLayout, QWidget

from boardprep.core.model import Item
from boardprep.ui.declaration_widget import DeclarationWidget
from boardprep.ui.notes_editor import NotesEditor
from boardprep.ui.questions_widget import QuestionsWidget


class MemberPanel(QWidget):
    recordsChanged = Signal()
    pageRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Member's panel")
        self._store: Any = None
        self._sha: str | None = None
        self.item: Item | None = None

        self.number = QLabel(self)
        self.number.setObjectName("itemHeaderNumber")
        self.title = QLabel("Choose an item in the agenda", self)
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
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.notes, "Notes")
        self.tabs.addTab(self.questions, "Questions")
        self.tabs.addTab(self.declaration, "Interest")
        self.tabs.setAccessibleName("Notes, questions and declaration")
        for w in (self.notes, self.questions, self.declaration):
            w.recordsChanged.connect(self._on_records_changed)
        self.notes.pageRequested.connect(self.pageRequested)

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
        lay.addWidget(self.tabs, 1)

    def set_store(self, store: Any, sha: str | None) -> None:
        self.flush()
        self._store, self._sha = store, sha
        self.set_item(self.item, force=True)

    def set_item(self, item: Item | None, force: bool = False) -> None:
        if item is self.item and not force:
            return
        self.item = item
        if item is None:
            self.number.setText("")
            self.title.setText("Choose an item in the agenda")
            self.details.setText("")
            self.exempt.setVisible(False)
        else:
            self.number.setText(f"Item {item.display_number}")
            self.title.setText(item.title)
            self.details.setText(_details(item))
            self.exempt.setVisible(item.exempt)
        number = item.number if item else None
        for w in (self.notes, self.questions, self.declaration):
            w.set_context(self._store, self._sha, number)
        self._update_tab_titles()

    def flush(self) -> None:
        """Save anything typed but not yet saved (item switch, close)."""
        self.notes.flush()
        self.questions.flush()
        self.declaration.flush()

    def _on_records_changed(self) -> None:
        self._update_tab_titles()
        self.recordsChanged.emit()

    def _update_tab_titles(self) -> None:
        n = self.questions.list.count()
        self.tabs.setTabText(1, f"Questions ({n})" if n else "Questions")
        self.tabs.setTabText(
            2, "Interest ●" if self.declaration.has_interest.isChecked() else ("Interest")
        )


def _details(item: Item) -> str:
    parts: list[str] = []
    if item.time:
        parts.append(f"Scheduled {item.time}")
    if item.pack_pages:
        a, b = item.pack_pages
        parts.append(f"Pages {a}–{b}" if a != b else f"Page {a}")
    lines = [" · ".join(parts)] if parts else []
    lines += [f"{p.role}: {p.name}" for p in item.people]
    if item.purpose:
        lines.append(item.purpose)
    return "\n".join(lines)
