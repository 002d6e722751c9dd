"""The PDF's own outline (View ▸ PDF outline): the bookmarks the publisher put in the file.

Shown below the agenda tree as a second, independent way in: the agenda is what boardprep
found, the outline is what the file says. Read by the side views' worker thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from boardprep.ui.render_worker import OutlineEntry

PageRole = Qt.ItemDataRole.UserRole
YRole = Qt.ItemDataRole.UserRole + 1


class OutlineView(QWidget):
    pageChosen = Signal(int, object)  # 1-based page, y in PDF points or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlinePanel")
        self.setAccessibleName("PDF outline")
        title = QLabel("Outline in the PDF", self)
        title.setObjectName("sectionTitle")
        self.note = QLabel(self)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("PDF outline")
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._chosen)
        self.tree.itemClicked.connect(self._chosen)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        lay.setSpacing(4)
        lay.addWidget(title)
        lay.addWidget(self.note)
        lay.addWidget(self.tree, 1)
        self.set_entries(None)

    def set_entries(self, entries: list[OutlineEntry] | None) -> None:
        """The outline to show; None while it is being read."""
        self.tree.clear()
        if entries is None:
            self.note.setText("Reading the outline…")
        elif not entries:
            self.note.setText("This PDF has no outline of its own; the agenda above is the way in.")
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        self.tree.setVisible(bool(entries))
        parents: list[QTreeWidgetItem] = []
        for e in entries or []:
            del parents[e.level - 1 :]
            owner = parents[-1] if parents else None
            row = QTreeWidgetItem(owner) if owner is not None else QTreeWidgetItem(self.tree)
            row.setText(0, e.title)
            row.setToolTip(0, e.title if e.page is None else f"{e.title} — page #{e.page}")
            row.setData(0, PageRole, e.page)
            row.setData(0, YRole, e.y)
            if e.page is None:
                row.setForeground(0, self.palette().placeholderText())
            parents.append(row)
        self.tree.expandToDepth(0)

    def _chosen(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        page = row.data(0, PageRole)
        if page:
            self.pageChosen.emit(int(page), row.data(0, YRole))
