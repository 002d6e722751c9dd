"""The page-thumbnail strip (View ▸ Page thumbnails): every page small, the one read selected.

Thumbnails are rendered through the side views' own RenderWorker (side_views.py; the work
runs on the PDF owner's thread) for the rows in sight only; this module lays them out and
paints the cached images.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from boardprep.core.pageref import PageNames
from boardprep.ui.page_cache import PageCache
from boardprep.ui.page_layout import PX_PER_PT
from boardprep.ui.render_worker import RenderJob

THUMB_W, THUMB_H = 104, 147  # logical px: an A4 page fills the box, a slide its width
PREFETCH = 4  # rows rendered ahead on each side of those in sight
STRIP_W = THUMB_W + 48  # the pictures, their spacing, the list's scrollbar

Index = QModelIndex | QPersistentModelIndex


def thumb_zoom(width: float, height: float) -> float:
    """The zoom at which a page of this size fits the thumbnail box."""
    return min(THUMB_W / (max(width, 1.0) * PX_PER_PT), THUMB_H / (max(height, 1.0) * PX_PER_PT))


class ThumbnailModel(QAbstractListModel):
    """One row per page: its printed number under its picture."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sizes: list[tuple[float, float]] = []
        self.labels: list[int | None] = []
        self.names = PageNames()
        self.dpr = 1.0
        self.cache = PageCache(max_bytes=48 * 1024 * 1024)
        self._blank: dict[tuple[int, int], QImage] = {}

    def set_pages(self, sizes: list[tuple[float, float]]) -> None:
        self.beginResetModel()
        self.sizes = list(sizes)
        self.cache.clear()
        self.endResetModel()

    def set_labels(self, labels: list[int | None]) -> None:
        self.labels = list(labels)
        self.names = PageNames(labels)
        if self.sizes:
            self.dataChanged.emit(self.index(0), self.index(len(self.sizes) - 1))

    def job(self, row: int) -> RenderJob:
        w, h = self.sizes[row]
        return RenderJob(row, round(thumb_zoom(w, h), 6), self.dpr)

    def image(self, row: int) -> QImage | None:
        job = self.job(row)
        return self.cache.get((row, job.zoom, job.dpr))

    def put(self, job: RenderJob, image: QImage) -> None:
        if 0 <= job.page < len(self.sizes) and job == self.job(job.page):
            self.cache.put((job.page, job.zoom, job.dpr), image)
            ix = self.index(job.page)
            self.dataChanged.emit(ix, ix, [Qt.ItemDataRole.DecorationRole])

    def label(self, row: int) -> str:
        return self.names.label(row + 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sizes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.sizes):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(row)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.image(row) or self._placeholder(row)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.names.of_total(row + 1, len(self.sizes))
        return None

    def _placeholder(self, row: int) -> QImage:
        """A blank sheet of the page's shape until its picture arrives (drawn here: no PDF)."""
        w, h = self.sizes[row]
        z = thumb_zoom(w, h) * PX_PER_PT
        key = (max(1, round(w * z)), max(1, round(h * z)))
        if key not in self._blank:
            image = QImage(*key, QImage.Format.Format_RGB32)
            image.fill(QColor("#ffffff"))
            p = QPainter(image)
            p.setPen(QColor("#c8c8c8"))
            p.drawRect(0, 0, key[0] - 1, key[1] - 1)
            p.end()
            self._blank[key] = image
        return self._blank[key]


class ThumbnailDelegate(QStyledItemDelegate):
    """A sheet centred in its box, framed in the highlight colour when it is the page being
    read, its printed number underneath."""

    PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(THUMB_W + 2 * self.PAD, THUMB_H + 2 * self.PAD + option.fontMetrics.height())

    def paint(self, p: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        image = index.data(Qt.ItemDataRole.DecorationRole)
        rect, pal = option.rect, option.palette
        current = bool(option.state & QStyle.StateFlag.State_Selected)
        p.save()
        if isinstance(image, QImage):
            size = image.deviceIndependentSize()
            w, h = round(size.width()), round(size.height())
            x = rect.x() + (rect.width() - w) // 2
            y = rect.y() + self.PAD + (THUMB_H - h) // 2
            p.drawImage(x, y, image)
            frame = QPen(pal.color(QPalette.ColorRole.Highlight), 3.0 if current else 1.0)
            if not current:
                frame.setColor(pal.color(QPalette.ColorRole.Mid))
            p.setPen(frame)
            p.drawRect(x - 1, y - 1, w + 1, h + 1)
        text = rect.adjusted(0, self.PAD + THUMB_H + 2, 0, 0)
        font = QFont(option.font)
        font.setBold(current)
        p.setFont(font)
        role = QPalette.ColorRole.Highlight if current else QPalette.ColorRole.Text
        p.setPen(pal.color(role))
        p.drawText(
            text, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), index.data()
        )
        p.restore()


class ThumbnailStrip(QWidget):
    """A narrow column of page thumbnails; choosing one asks the window to go there."""

    pageChosen = Signal(int)  # 1-based
    wanted = Signal(object)  # list[RenderJob] the rows in sight need, nearest first

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thumbnailStrip")
        self.setAccessibleName("Page thumbnails")
        self.model = ThumbnailModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(ThumbnailDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName("Page thumbnails")
        title = QLabel("Pages", self)
        title.setObjectName("sectionTitle")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 10, 0, 4)
        lay.setSpacing(6)
        lay.addWidget(title)
        lay.addWidget(self.list, 1)
        # A fixed width: the strip is a column of pictures, the pages take the rest.
        self.setFixedWidth(STRIP_W)
        self._following = False
        self.list.clicked.connect(self._chosen)
        self.list.activated.connect(self._chosen)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.list.verticalScrollBar().valueChanged.connect(lambda _v: self.request())
        self.model.modelReset.connect(self.request)

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.pageChosen.emit(index.row() + 1)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._following and current.isValid() and self.list.hasFocus():
            self.pageChosen.emit(current.row() + 1)  # arrow keys walk through the pages

    def follow(self, page: int) -> None:
        """Select the page being read and bring it into sight, without jumping anywhere."""
        ix = self.model.index(page - 1)
        if not ix.isValid() or ix == self.list.currentIndex():
            return
        self._following = True
        try:
            self.list.selectionModel().setCurrentIndex(
                ix, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.scrollTo(ix, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._following = False

    def rows_in_sight(self) -> range:
        n = self.model.rowCount()
        if not n:
            return range(0)
        vp = self.list.viewport()
        x = vp.width() // 2
        first = self.list.indexAt(QPoint(x, 2))
        last = self.list.indexAt(QPoint(x, vp.height() - 2))
        a = first.row() if first.isValid() else 0
        b = last.row() if last.isValid() else min(n - 1, a + vp.height() // THUMB_H + 1)
        return range(a, b + 1)

    def request(self) -> None:
        """Ask for the pictures of the rows in sight (then a few ahead) not yet drawn."""
        if not self.isVisible() or not self.model.rowCount():
            return
        self.model.dpr = float(self.list.viewport().devicePixelRatioF())
        sight, n = self.rows_in_sight(), self.model.rowCount()
        rows = list(sight)
        for d in range(1, PREFETCH + 1):
            rows += [r for r in (sight.stop - 1 + d, sight.start - d) if 0 <= r < n]
        self.wanted.emit([self.model.job(r) for r in rows if self.model.image(r) is None])

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._claim_width)
        self.request()

    def _claim_width(self) -> None:
        """A splitter gives a pane shown late whatever width it likes; the strip takes its own
        width and hands the rest to the pages beside it."""
        split = self.parentWidget()
        if not isinstance(split, QSplitter) or not self.isVisible():
            return
        sizes = split.sizes()
        i = split.indexOf(self)
        if 0 <= i < len(sizes) - 1 and sizes[i] != STRIP_W:
            sizes[i + 1] += sizes[i] - STRIP_W
            sizes[i] = STRIP_W
            split.setSizes(sizes)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.request()
