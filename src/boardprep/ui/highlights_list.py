"""The item's highlights in the member's panel: where they are, what they say, their colour.

Each row shows the page as printed (the PDF's own page in brackets where it differs), the
highlighted words re-flowed into one sentence, and a swatch of its colour. Enter or a
double-click shows it on the page; the context menu recolours or removes it (Delete too),
undoably through the window's :class:`~boardprep.ui.record_undo.RecordEdits`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from boardprep.core.errors import StoreError
from boardprep.core.pageref import PageNames
from boardprep.core.reflow import reflow
from boardprep.ui.record_undo import DeleteKey

# The colours offered, by name (the first is what a new highlight gets).
COLOURS: dict[str, str] = {
    "Yellow": "#ffd54f",
    "Green": "#a5d6a7",
    "Blue": "#90caf9",
    "Pink": "#f48fb1",
    "Orange": "#ffb74d",
}
IdRole = Qt.ItemDataRole.UserRole
ColourRole = Qt.ItemDataRole.UserRole + 2
SWATCH = 14
NOT_IN_ITEM = "Not in any item"
QUOTE_CHARS = 160  # a long highlight shows its start; the tooltip has all of it


def colour_name(colour: str) -> str:
    for name, value in COLOURS.items():
        if value.lower() == (colour or "").lower():
            return name
    return colour


def swatch(colour: str) -> QIcon:
    pix = QPixmap(SWATCH, SWATCH)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(colour))
    p.setPen(QColor(0, 0, 0, 90))
    p.drawRoundedRect(QRectF(0.5, 0.5, SWATCH - 1, SWATCH - 1), 3, 3)
    p.end()
    icon = QIcon(pix)
    icon.addPixmap(pix, QIcon.Mode.Selected)  # the true colour on a selected row, not tinted
    return icon


class HighlightsList(QWidget):
    recordsChanged = Signal()
    saveFailed = Signal(object)  # the StoreError
    jumpRequested = Signal(int, float)  # physical page, top of the highlight (PDF points)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Any = None
        self._sha: str | None = None
        self._item: str | None = None
        self.edits: Any = None  # the window's undoable record changes (record_undo.RecordEdits)
        self._own = 0  # rows of the item itself

        self.list = QListWidget(self)
        self.list.setAccessibleName("Highlights on this item")
        self.list.setWordWrap(True)
        # Rows wrap to the panel's width, measured and painted by one delegate (Qt's own
        # estimate of wrapped rows cut words off with "…" when a scroll bar appeared).
        self.list.setItemDelegate(RowDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemActivated.connect(self._activated)  # Enter, double-click
        DeleteKey(self.list, self.remove_current)  # Delete removes the current row (undoable)
        self.empty = QLabel(
            "No highlights on this item. Select words on a page, right-click and choose Highlight.",
            self,
        )
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        hint = QLabel("Enter shows it on the page; right-click to recolour or remove.", self)
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.hint = hint
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(self.hint)
        lay.addWidget(self.empty)
        lay.addWidget(self.list, 1)
        self.setEnabled(False)
        self._sync()

    # ---- the panel's protocol (nothing typed here is ever unsaved) -------------------------
    def set_context(self, store: Any, sha: str | None, item: str | None) -> None:
        self._store, self._sha, self._item = store, sha, item
        self.setEnabled(bool(store and sha))  # highlights outside any item are listed too
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def flush(self) -> bool:
        return True

    def has_unsaved(self) -> bool:
        return False

    def unsaved_texts(self) -> list[tuple[str, str]]:
        return []

    def count(self) -> int:
        """The item's own highlights (not those listed under "Not in any item")."""
        return self._own

    # ---- the list --------------------------------------------------------------------------
    def reload(self) -> None:
        keep, row_before = self.current_id(), self.list.currentRow()
        self.list.clear()
        self._own = 0
        names = PageNames.of_pack(self._store, self._sha)
        if self._store and self._sha and self._item:
            for h in self._store.item_highlights(self._sha, self._item):
                self.list.addItem(self._row(h, names))
            self._own = self.list.count()
        if self._store and self._sha:
            # Made on a page of no item (the cover, the agenda): listed under every item,
            # so they can always be found, recoloured and removed.
            loose = [r for r in self._store.unplaced(self._sha) if r.kind == "highlight"]
            if loose:
                head = QListWidgetItem(NOT_IN_ITEM)
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                self.list.addItem(head)
                for h in sorted(loose, key=lambda h: (h.page or 0, h.id)):
                    self.list.addItem(self._row(h, names))
        if keep is not None and self.list.count():
            # The same highlight, or (it was removed) the one that took its place.
            target = min(row_before, self.list.count() - 1)
            for r in range(self.list.count()):
                if self.list.item(r).data(IdRole) == keep:
                    target = r
            if self.list.item(target).data(IdRole) is None:  # the heading: the row after it
                target = target + 1 if target + 1 < self.list.count() else target - 1
            if target >= 0:
                self.list.setCurrentRow(target)
        self._sync()

    @staticmethod
    def _row(h: Any, names: PageNames) -> QListWidgetItem:
        quote = reflow(h.quote) or "(no text)"
        short = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
        where = names.words(h.page, h.pack_page, capital=True) or "No page"
        row = QListWidgetItem(f"{where}\n{short}")
        row.setData(IdRole, h.id)
        row.setData(ColourRole, h.colour)
        row.setData(IdRole + 1, (h.page, _top(h.quads)))
        row.setToolTip(f"{colour_name(h.colour)} highlight: {quote}")
        return row

    def _sync(self) -> None:
        has = self.list.count() > 0
        self.list.setVisible(has)
        self.hint.setVisible(has)
        self.empty.setVisible(not has)

    def current_id(self) -> int | None:
        row = self.list.currentItem()
        hid = row.data(IdRole) if row is not None else None
        return int(hid) if hid is not None else None

    def _activated(self, row: QListWidgetItem) -> None:
        if row.data(IdRole) is None:
            return  # the heading
        page, top = row.data(IdRole + 1)
        if page:
            self.jumpRequested.emit(int(page), float(top))

    def _menu(self, pos: Any) -> None:
        row = self.list.itemAt(pos)
        if row is None or row.data(IdRole) is None:
            return
        hid = int(row.data(IdRole))
        menu = QMenu(self)
        show = menu.addAction("Show on the page")
        recolour = menu.addMenu("Colour")
        picks = {}
        for name, value in COLOURS.items():
            act = recolour.addAction(swatch(value), name)
            picks[act] = value
        menu.addSeparator()
        remove = menu.addAction("Remove highlight")
        chosen = menu.exec(self.list.viewport().mapToGlobal(pos))
        if chosen is show:
            self._activated(row)
        elif chosen is remove:
            self.remove(hid)
        elif chosen in picks:
            self.recolour(hid, picks[chosen])

    # ---- changes ---------------------------------------------------------------------------
    def remove_current(self) -> None:
        hid = self.current_id()
        if hid is not None:
            self.remove(hid)

    def remove(self, hid: int) -> None:
        """No confirmation: undo (Ctrl+Z, or Undo in the status bar) brings it back."""
        try:
            if self.edits is not None:
                self.edits.delete("highlight", hid)
                return
            self._store.delete_highlight(hid)
        except StoreError as err:
            self.saveFailed.emit(err)
            return
        self.reload()
        self.recordsChanged.emit()

    def recolour(self, hid: int, colour: str) -> None:
        try:
            h = self._store.get("highlight", hid)
            if h.colour.lower() == colour.lower():
                return
            if self.edits is not None:
                words = f"Colour highlight {colour_name(colour).lower()}"
                before, after = {"colour": h.colour}, {"colour": colour}
                self.edits.changed("highlight", h, before, after, words, done=False)
                return
            self._store.set_highlight_colour(hid, colour)
        except StoreError as err:
            self.saveFailed.emit(err)
            return
        self.reload()
        self.recordsChanged.emit()


class RowDelegate(QStyledItemDelegate):
    """A swatch, then the page (muted) and the quote wrapped to the list's width."""

    PAD = 6

    def _text_rect(self, option: QStyleOptionViewItem) -> QRect:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListWidget) else option.rect.width()
        left = option.rect.left() + self.PAD + SWATCH + self.PAD
        return QRect(left, option.rect.top() + self.PAD, max(40, width - left - self.PAD), 10_000)

    def _lines(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        head, _, body = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        return head, body

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.data(IdRole) is None:  # the heading
            return QSize(option.rect.width(), option.fontMetrics.height() + 2 * self.PAD + 4)
        rect = self._text_rect(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        metrics = option.fontMetrics
        head, body = self._lines(index)
        height = metrics.boundingRect(rect, flags, head).height()
        height += metrics.boundingRect(rect, flags, body).height() if body else 0
        return QSize(rect.width(), height + 2 * self.PAD + 1)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        pal = option.palette
        if index.data(IdRole) is None:  # the "Not in any item" heading
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            rect = option.rect.adjusted(self.PAD, self.PAD + 4, -self.PAD, 0)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), str(index.data()))
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, pal.highlight())
        painter.setPen(pal.color(QPalette.ColorRole.Midlight))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        colour = QColor(str(index.data(ColourRole) or COLOURS["Yellow"]))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(colour)
        painter.setPen(QColor(0, 0, 0, 90))
        top = option.rect.top() + self.PAD + 2
        left = option.rect.left() + self.PAD
        painter.drawRoundedRect(QRectF(left + 0.5, top + 0.5, SWATCH - 1, SWATCH - 1), 3, 3)
        text_pen = pal.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = pal.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect = self._text_rect(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        head, body = self._lines(index)
        painter.setPen(muted)
        used = painter.drawText(rect, flags, head)
        if body:
            painter.setPen(text_pen)
            painter.drawText(rect.adjusted(0, used.height(), 0, 0), flags, body)
        painter.restore()


def _top(quads: Any) -> float:
    """The highlight's top edge on its page (PDF points, y down), to scroll to."""
    ys = [float(q[i]) for q in quads or [] for i in (1, 3) if len(q) >= 4]
    return min(ys) if ys else 0.0
