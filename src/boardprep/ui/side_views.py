"""Optional side views of the reader: page thumbnails and the PDF's own outline.

Both are off by default (View ▸ Page thumbnails, View ▸ PDF outline; the choice is kept).
The thumbnail strip sits between the agenda and the pages, the outline below the agenda tree;
being inside the reader they leave with it (start screen, meeting mode). They are fed by one
RenderWorker of their own, started the first time either is shown; it shares the pack's
Document on the PDF owner's thread at a lower priority than the pages, so the pages never wait
for a thumbnail and nothing is rendered or parsed on the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QImage

from boardprep.core import pdf_owner
from boardprep.ui import settings as st
from boardprep.ui.outline_view import OutlineView
from boardprep.ui.render_worker import RenderJob, RenderWorker
from boardprep.ui.thumbnails import ThumbnailStrip

if TYPE_CHECKING:
    from boardprep.ui.main_window import MainWindow


class SideViews(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.worker: RenderWorker | None = None
        self._gen = -1
        self._loaded: str | None = None  # the pack the worker has open
        self.thumbnails = ThumbnailStrip(window)
        self.outline = OutlineView(window)
        window.splitter.insertWidget(1, self.thumbnails)  # between the agenda and the pages
        window.splitter.setStretchFactor(1, 0)
        window.left_split.insertWidget(1, self.outline)  # below the agenda tree
        window.left_split.setStretchFactor(1, 2)
        self.thumbnails.pageChosen.connect(window.jump_to_page)
        self.thumbnails.wanted.connect(self._render)
        self.outline.pageChosen.connect(self._go_to_entry)
        window.view.documentLoaded.connect(self._on_document)
        window.view.currentPageChanged.connect(self._follow)
        window.packOpened.connect(self._on_tree)
        self.act_thumbnails = self._toggle("Page &thumbnails", self.thumbnails, "thumbnails")
        self.act_outline = self._toggle("PDF &outline", self.outline, "outline")

    def _toggle(self, text: str, view: Any, key: str) -> QAction:
        on = st.load_bool(f"window/{key}Visible", False)  # off until the member asks
        view.setVisible(on)
        act = QAction(text, self.w)
        act.setCheckable(True)
        act.setChecked(on)
        act.toggled.connect(lambda checked: self._show(view, key, checked))
        self.w.addAction(act)
        return act

    def actions(self) -> tuple[QAction, QAction]:
        return (self.act_thumbnails, self.act_outline)

    def _show(self, view: Any, key: str, on: bool) -> None:
        view.setVisible(on)
        st.save_bool(f"window/{key}Visible", on)
        if on and view is self.outline:
            if not self.w.left.isVisibleTo(self.w.splitter):
                self.w.panels.toggle_tree()  # the outline lives in the agenda pane
            give_room(self.w.left_split, self.outline, 0.4)
        self._load()
        self._follow(self.w.view.current_page())

    # ---- the worker ----------------------------------------------------------------------
    def _on_document(self, _pages: int) -> None:
        self._loaded = None  # a pack (re)opened: even the same file may have changed
        self._load()

    def _wanted(self) -> bool:
        return self.act_thumbnails.isChecked() or self.act_outline.isChecked()

    def _load(self) -> None:
        """Open the current pack in the side worker once a side view wants it."""
        path = self.w.path if self.w.view.page_count() else None
        if not self._wanted() or path is None or path == self._loaded:
            if path is not None and path == self._loaded:
                self.thumbnails.request()
            return
        if self.worker is None:
            # No parent: it must outlive the window's C++ side. After the reader's pages.
            self.worker = RenderWorker(priority=pdf_owner.INTERACTIVE + 1)
            q = Qt.ConnectionType.QueuedConnection
            self.worker.opened.connect(self._on_opened, q)
            self.worker.rendered.connect(self._on_rendered, q)
            self.worker.outlineReady.connect(self._on_outline, q)
            self.w.destroyed.connect(self.worker.stop)
        self._loaded = path
        self.thumbnails.model.set_pages([])
        self.outline.set_entries(None)
        self._gen = self.worker.open(path)

    def _on_opened(self, gen: int, geometry: tuple[list[tuple[float, float]], dict]) -> None:
        if gen != self._gen or self.worker is None:
            return
        self.thumbnails.model.set_pages(geometry[0])
        self._on_tree(self.w.tree)
        self.worker.request_outline()
        self._follow(self.w.view.current_page())

    def _render(self, jobs: list[RenderJob]) -> None:
        if self.worker is not None and self._gen >= 0:
            self.worker.set_jobs(list(jobs))

    def _on_rendered(self, gen: int, job: RenderJob, image: QImage) -> None:
        if gen == self._gen:
            self.thumbnails.model.put(job, image)

    def _on_outline(self, gen: int, entries: list[Any]) -> None:
        if gen == self._gen:
            self.outline.set_entries(entries)

    # ---- following the reader ------------------------------------------------------------
    def _on_tree(self, tree: Any) -> None:
        if tree is not None and tree.page_labels:
            self.thumbnails.model.set_labels(tree.page_labels)

    def _follow(self, page: int) -> None:
        if page and self.thumbnails.isVisible():
            self.thumbnails.follow(page)

    def _go_to_entry(self, page: int, y: float | None) -> None:
        self.w.jump_to_page(page)
        if y is not None:
            self.w.view.go_to_page(page, y)


def give_room(splitter: Any, widget: Any, share: float) -> None:
    """Let a pane just shown take ``share`` of its splitter from the first pane."""
    sizes = splitter.sizes()
    i = splitter.indexOf(widget)
    total = sum(sizes)
    if i <= 0 or total <= 0:
        return
    want = round(total * share)
    taken = max(0, want - sizes[i])
    sizes[0] = max(100, sizes[0] - taken)
    sizes[i] = want
    splitter.setSizes(sizes)
