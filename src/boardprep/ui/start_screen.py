"""The start screen: recent packs by meeting, open a pack, open the sample pack."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

PathRole = Qt.ItemDataRole.UserRole


class StartScreen(QWidget):
    openRequested = Signal(str)  # a recent pack's path
    browseRequested = Signal()
    sampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Start screen")
        title = QLabel("boardprep", self)
        title.setObjectName("startTitle")
        subtitle = QLabel(
            "Open an agenda pack: boardprep finds the agenda, and keeps your notes, questions "
            "and declarations beside the papers — on this computer only.",
            self,
        )
        subtitle.setObjectName("startSubtitle")
        subtitle.setWordWrap(True)
        style = self.style()
        self.open_btn = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton), "Open a pack…", self
        )
        self.open_btn.setDefault(True)
        self.open_btn.clicked.connect(self.browseRequested)
        self.sample_btn = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), "Open the sample pack", self
        )
        self.sample_btn.clicked.connect(self.sampleRequested)
        for b in (self.open_btn, self.sample_btn):
            b.setMinimumHeight(34)

        self.recent = QTreeWidget(self)
        self.recent.setAccessibleName("Recent packs")
        self.recent.setHeaderLabels(["Meeting", "Date", "Notes", "Questions"])
        self.recent.setRootIsDecorated(True)
        self.recent.setAlternatingRowColors(True)
        header = self.recent.header()
        header.setStretchLastSection(False)  # the meeting's name takes the room, not Questions
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.recent.itemActivated.connect(self._activated)
        self.recent_label = QLabel("Recent packs", self)
        self.recent_label.setObjectName("sectionTitle")
        self.hint = QLabel("Tip: drop a PDF anywhere on this window to open it.", self)
        self.hint.setObjectName("muted")

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_btn)
        buttons.addWidget(self.sample_btn)
        buttons.addStretch(1)
        inner = QVBoxLayout()
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addLayout(buttons)
        inner.addSpacing(12)
        inner.addWidget(self.recent_label)
        inner.addWidget(self.recent, 1)
        inner.addWidget(self.hint)
        column = QWidget(self)
        column.setLayout(inner)
        column.setMaximumWidth(920)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 30)
        outer.addStretch(1)
        outer.addWidget(column, 6)
        outer.addStretch(1)

    def set_recent(self, packs: list[Any]) -> None:
        """``Store.recent_packs()``: grouped under organisation / body."""
        self.recent.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for p in packs:
            m = p.meeting
            group_name = " – ".join(x for x in (m.organisation, m.body) if x) or "Other packs"
            group = groups.get(group_name)
            if group is None:
                group = QTreeWidgetItem(self.recent, [group_name])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                group.setFirstColumnSpanned(True)  # the whole row: its name is not cut short
                group.setToolTip(0, group_name)
                groups[group_name] = group
            name = (p.path or "").rsplit("/", 1)[-1] or p.sha256[:12]
            row = QTreeWidgetItem(group, [name, m.date or "", str(p.notes), str(p.questions)])
            row.setData(0, PathRole, p.path)
            row.setToolTip(0, f"{p.path}\n{p.pages} pages · last opened {p.last_opened[:16]}")
        self.recent.expandAll()
        has = bool(packs)
        self.recent.setVisible(has)
        self.recent_label.setVisible(has)

    def _activated(self, row: QTreeWidgetItem, _col: int) -> None:
        path = row.data(0, PathRole)
        if path:
            self.openRequested.emit(str(path))
