"""The agenda as a Qt tree model: items, sub-items and their documents.

One column; a delegate (``AgendaDelegate``) draws the page range, time, badges with counts of the
member's records, the exempt marker and a thin reading-progress bar, so the tree stays readable
in a narrow side panel.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from boardprep.core.model import AgendaTree, Document, Item
from boardprep.core.pageref import PageNames, agenda_range
from boardprep.ui.labels import item_caption
from boardprep.ui.theme import EXEMPT, PROGRESS

CORRECTED = QColor("#b8860b")  # the pencil mark on the member's corrected rows

ItemRole = Qt.ItemDataRole.UserRole + 1  # the Item or Document
FirstPageRole = Qt.ItemDataRole.UserRole + 2  # physical page (1-based) or None
NumberRole = Qt.ItemDataRole.UserRole + 3  # item number owning this row
CountsRole = Qt.ItemDataRole.UserRole + 4  # (notes, questions, declarations)
ProgressRole = Qt.ItemDataRole.UserRole + 5  # 0..1 share of the item's pages read
MetaRole = Qt.ItemDataRole.UserRole + 6  # "pp 9–14 · 10:30"
CorrectedRole = Qt.ItemDataRole.UserRole + 7  # True: the member corrected this row

AnyIndex = QModelIndex | QPersistentModelIndex


class _Node:
    __slots__ = ("children", "obj", "owner", "parent", "row")

    def __init__(self, obj: Item | Document | None, parent: _Node | None, row: int, owner: str):
        self.obj = obj
        self.parent = parent
        self.row = row
        self.owner = owner  # the item number the row belongs to (documents: their item)
        self.children: list[_Node] = []


class AgendaModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None, 0, "")
        self._tree: AgendaTree | None = None
        self._names = PageNames()
        self._counts: dict[str, tuple[int, int, int]] = {}
        self._progress: dict[str, float] = {}
        self._by_number: dict[str, _Node] = {}

    # ---- loading ---------------------------------------------------------------------------
    def set_tree(self, tree: AgendaTree | None) -> None:
        self.beginResetModel()
        self._tree = tree
        self._names = PageNames.of(tree)
        self._root = _Node(None, None, 0, "")
        self._by_number = {}
        if tree is not None:
            self._build(self._root, list(tree.items))
        self.endResetModel()

    def _build(self, parent: _Node, objs: list[Item | Document]) -> None:
        for row, obj in enumerate(objs):
            owner = obj.number if isinstance(obj, Item) else parent.owner
            node = _Node(obj, parent, row, owner)
            parent.children.append(node)
            if isinstance(obj, Item):
                self._by_number.setdefault(obj.number, node)
                self._build(node, list(obj.children))

    def tree(self) -> AgendaTree | None:
        return self._tree

    def set_counts(self, counts: dict[str, Any]) -> None:
        """``Store.counts`` output: badges per item number."""
        self._counts = {
            k: (int(v.notes), int(v.questions), int(v.declarations)) for k, v in counts.items()
        }
        self._emit_all_changed()

    def set_progress(self, progress: dict[str, float]) -> None:
        self._progress = dict(progress)
        self._emit_all_changed()

    def _emit_all_changed(self) -> None:
        roles = [CountsRole, ProgressRole, Qt.ItemDataRole.ToolTipRole]

        def rec(parent: QModelIndex) -> None:
            n = self.rowCount(parent)
            if n:
                self.dataChanged.emit(self.index(0, 0, parent), self.index(n - 1, 0, parent), roles)
                for r in range(n):
                    rec(self.index(r, 0, parent))

        rec(QModelIndex())

    # ---- lookups ---------------------------------------------------------------------------
    def total_rows(self) -> int:
        """Rows at every level (items, sub-items, documents)."""

        def count(node: _Node) -> int:
            return sum(1 + count(c) for c in node.children)

        return count(self._root)

    def index_for_number(self, number: str) -> QModelIndex:
        node = self._by_number.get(number)
        if node is None and self._tree is not None:
            item = self._tree.find_item(number)
            node = self._by_number.get(item.number) if item else None
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def index_for_page(self, pdf_page: int) -> QModelIndex:
        """The deepest row whose pages contain ``pdf_page``: a document if one holds it."""
        best: _Node | None = None

        def visit(node: _Node) -> None:
            nonlocal best
            for child in node.children:
                r = child.obj.pdf_pages if child.obj is not None else None
                if r and r[0] <= pdf_page <= r[1]:
                    best = child
                    visit(child)
                    return
                if isinstance(child.obj, Item) and not r:
                    visit(child)  # a grouping item without its own range may hold sub-items

        visit(self._root)
        return self.createIndex(best.row, 0, best) if best else QModelIndex()

    def all_indexes(self) -> list[QModelIndex]:
        out: list[QModelIndex] = []

        def rec(parent: QModelIndex) -> None:
            for r in range(self.rowCount(parent)):
                ix = self.index(r, 0, parent)
                out.append(ix)
                rec(ix)

        rec(QModelIndex())
        return out

    # ---- QAbstractItemModel ----------------------------------------------------------------
    def _node(self, index: AnyIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[return-value]

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return "Agenda"
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        obj = node.obj
        assert obj is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = item_caption(obj.label, obj.title) if isinstance(obj, Item) else obj.title
            if role == Qt.ItemDataRole.AccessibleTextRole:
                mine = " Corrected by you." if obj.corrected else ""
                return f"{text}. {self._meta(obj, full=True)}{mine}"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(obj, node.owner)
        if role == Qt.ItemDataRole.FontRole:
            top = isinstance(obj, Item) and node.parent is self._root
            if not top and not obj.corrected:
                return None
            font = QFont(QApplication.font())
            if top:
                font.setWeight(QFont.Weight.DemiBold)
            font.setItalic(obj.corrected)  # the member's own correction, not the engine's
            return font
        if role == CorrectedRole:
            return obj.corrected
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(obj, Item) and not obj.pdf_pages:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == ItemRole:
            return obj
        if role == FirstPageRole:
            return obj.pdf_pages[0] if obj.pdf_pages else None
        if role == NumberRole:
            return node.owner
        if role == CountsRole:
            return self._counts.get(obj.number) if isinstance(obj, Item) else None
        if role == ProgressRole:
            return self._progress.get(obj.number) if isinstance(obj, Item) else None
        if role == MetaRole:
            return self._meta(obj)
        return None

    def _meta(self, obj: Item | Document, *, full: bool = False) -> str:
        """ "pp 22–25 · 10:30": the pages as printed only, so the title keeps the row's width
        (the PDF's own pages, "(#27–30)", are in the tooltip); ``full`` names both."""
        parts: list[str] = []
        names = self._names
        pack = agenda_range(obj.pack_pages, obj.pdf_pages) if isinstance(obj, Item) else None
        if pack or obj.pdf_pages:
            span = pack or obj.pdf_pages
            short = "p" if span is not None and span[0] == span[1] else "pp"
            printed = pack or self._printed_range(obj.pdf_pages)
            if full or printed is None:
                label = names.range_label(obj.pdf_pages, pack)
            else:
                label = names.range_label(None, printed)
            parts.append(f"{short} {label}")
        elif isinstance(obj, Item):
            parts.append("no papers")
        if isinstance(obj, Item) and obj.time:
            parts.append(obj.time)
        return " · ".join(parts)

    def _printed_range(self, pdf: tuple[int, int] | None) -> tuple[int, int] | None:
        if pdf is None:
            return None
        a, b = self._names.printed(pdf[0]), self._names.printed(pdf[1])
        return (a, b) if a is not None and b is not None else None

    def _tooltip(self, obj: Item | Document, owner: str) -> str:
        lines = [obj.title]
        if obj.corrected:
            lines.append("✐ Corrected by you (right-click to correct it again, Ctrl+Z to undo)")
        if isinstance(obj, Item):
            if obj.exempt:
                lines.append("Exempt: not for publication (confidential item)")
            if obj.purpose:
                lines.append(obj.purpose)
            for p in obj.people:
                lines.append(f"{p.role}: {p.name}")
            c = self._counts.get(obj.number)
            if c and any(c):
                lines.append(f"{c[0]} note(s), {c[1]} question(s), {c[2]} declaration(s)")
        if obj.pdf_pages:  # as printed, with the PDF's own where it differs (not in the row)
            pack = agenda_range(obj.pack_pages, obj.pdf_pages) if isinstance(obj, Item) else None
            lines.append(self._names.range_words(obj.pdf_pages, pack, capital=True))
        return "\n".join(lines)


class AgendaDelegate(QStyledItemDelegate):
    """Title on the left, page range/time and badges on the right, progress underneath.

    A title too long for its row wraps onto a second line (then ends in "…"), so titles stay
    readable in a narrow agenda pane (1366×768); the whole title is in the tooltip.
    """

    _BADGES = (("✎", "#2f6db5"), ("?", "#8a5cc7"), ("!", "#c0392b"))
    MAX_LINES = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._width = -1
        viewport = parent.viewport() if isinstance(parent, QAbstractItemView) else None
        if viewport is not None:
            viewport.installEventFilter(self)  # rows are measured again when its width changes

    def eventFilter(self, obj: Any, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and obj.width() != self._width:
            self._width = obj.width()
            view = self.parent()
            if isinstance(view, QAbstractItemView):
                QTimer.singleShot(0, view, view.doItemsLayout)
        return False

    # ---- geometry shared by sizeHint and paint -------------------------------------------------
    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.5, font.pointSizeF() - 1.5))
        return small

    def _right_width(self, index: AnyIndex, font: QFont) -> int:
        """Room the badges and the page range take at the row's right."""
        fm_small = QFontMetrics(self._small(font))
        used = 0
        for (glyph, _colour), n in zip(self._BADGES, index.data(CountsRole) or (), strict=False):
            if n:
                used += fm_small.horizontalAdvance(f"{glyph}{n}") + 10 + 4
        meta = index.data(MetaRole) or ""
        if meta:
            used += fm_small.horizontalAdvance(meta) + 8
        return used

    @staticmethod
    def _marks_width(obj: Any) -> int:
        width = 15 if getattr(obj, "corrected", False) else 0
        if (isinstance(obj, Item) and obj.exempt) or isinstance(obj, Document):
            width += 16
        return width

    def _title_width(self, option: QStyleOptionViewItem, index: AnyIndex) -> int:
        """The title's width in a row of the view (sizeHint's option has no rect yet)."""
        view = option.widget
        if isinstance(view, QTreeView):
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            indent = view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
            row = view.viewport().width() - indent
        else:
            row = option.rect.width()
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        obj = index.data(ItemRole)
        return row - 14 - self._right_width(index, font) - self._marks_width(obj)

    @classmethod
    def title_lines(cls, fm: QFontMetrics, text: str, width: int) -> list[str]:
        """The title in at most MAX_LINES lines of ``width``, broken between words; the last
        line ends in "…" when the title goes on."""
        if width <= 0 or fm.horizontalAdvance(text) <= width:
            return [text]
        lines: list[str] = []
        rest = re.findall(r"\S+\s*", text)  # words with their spaces ("7  Budget" keeps two)
        while rest and len(lines) < cls.MAX_LINES - 1:
            line = rest.pop(0)
            while rest and fm.horizontalAdvance((line + rest[0]).rstrip()) <= width:
                line += rest.pop(0)
            if fm.horizontalAdvance(line.rstrip()) > width:  # one word wider than the row
                return [fm.elidedText(text, Qt.TextElideMode.ElideRight, width)]
            lines.append(line.rstrip())
        if rest:
            lines.append(fm.elidedText("".join(rest).strip(), Qt.TextElideMode.ElideRight, width))
        return lines

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        fm = QFontMetrics(font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines = len(self.title_lines(fm, text, self._title_width(option, index)))
        if lines > 1:
            return QSize(size.width(), fm.lineSpacing() * lines + 12)
        return QSize(size.width(), max(size.height() + 10, 30))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        obj = index.data(ItemRole)
        meta = index.data(MetaRole) or ""
        counts = index.data(CountsRole) or (0, 0, 0)
        progress = index.data(ProgressRole)
        style = opt.widget.style() if opt.widget else QApplication.style()
        text = opt.text
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        painter.save()
        rect = opt.rect.adjusted(6, 0, -8, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        fg = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = fg if selected else opt.palette.color(QPalette.ColorRole.PlaceholderText)
        small = self._small(opt.font)
        fm_small = QFontMetrics(small)

        # Right-hand side: badges then meta, measured first so the title elides before them.
        right = rect.right()
        painter.setFont(small)
        for (glyph, colour), n in zip(self._BADGES, counts, strict=False):
            if not n:
                continue
            label = f"{glyph}{n}"
            w = fm_small.horizontalAdvance(label) + 10
            badge = QRect(
                right - w, rect.center().y() - fm_small.height() // 2 - 1, w, fm_small.height() + 2
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            # On a selected row the accent fill would vanish: invert to a white pill.
            painter.setBrush(QColor("white") if selected else QColor(colour))
            painter.drawRoundedRect(badge, 7, 7)
            painter.setPen(QColor(colour) if selected else QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
            right -= w + 4
        if meta:
            w = fm_small.horizontalAdvance(meta)
            painter.setPen(muted)
            painter.drawText(
                QRect(right - w, rect.top(), w, rect.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                meta,
            )
            right -= w + 8

        left = rect.left()
        if getattr(obj, "corrected", False):
            painter.setPen(CORRECTED if not selected else fg)
            painter.drawText(
                QRect(left, rect.top(), 14, rect.height()), Qt.AlignmentFlag.AlignVCenter, "✐"
            )
            left += 15
        if isinstance(obj, Item) and obj.exempt:
            _draw_lock(painter, left, rect.center().y())
            left += 16
        elif isinstance(obj, Document):
            painter.setPen(muted)
            painter.drawText(
                QRect(left, rect.top(), 14, rect.height()), Qt.AlignmentFlag.AlignVCenter, "▤"
            )
            left += 16

        painter.setFont(opt.font)
        fm = QFontMetrics(opt.font)
        title_rect = QRect(left, rect.top(), max(0, right - left), rect.height())
        painter.setPen(
            opt.palette.color(QPalette.ColorRole.HighlightedText)
            if selected
            else (index.data(Qt.ItemDataRole.ForegroundRole) or fg)
        )
        lines = self.title_lines(fm, text, title_rect.width())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter, "\n".join(lines))

        if progress:
            bar = QRect(
                rect.left(), opt.rect.bottom() - 3, int(rect.width() * min(1.0, progress)), 2
            )
            painter.fillRect(bar, PROGRESS)
        painter.restore()


def _draw_lock(painter: QPainter, x: int, cy: int) -> None:
    """A small padlock (no emoji font needed): the exempt-item marker."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = painter.pen()
    pen.setColor(EXEMPT)
    pen.setWidthF(1.6)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRect(x + 2, cy - 7, 8, 9), 0, 180 * 16)
    painter.drawLine(x + 2, cy - 3, x + 2, cy - 1)
    painter.drawLine(x + 10, cy - 3, x + 10, cy - 1)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(EXEMPT)
    painter.drawRoundedRect(QRect(x, cy - 1, 12, 8), 1.5, 1.5)
    painter.restore()
