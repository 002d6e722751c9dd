"""The main window: agenda tree | PDF view | member's panel, with menus, toolbar, status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from boardprep.core.model import AgendaTree, Document, Item
from boardprep.ui import settings as st
from boardprep.ui.agenda_model import AgendaDelegate, AgendaModel, FirstPageRole, ItemRole
from boardprep.ui.banner import Banner
from boardprep.ui.meeting_view import MeetingView
from boardprep.ui.member_panel import MemberPanel
from boardprep.ui.navigation import NavHistory, parse_page_ref
from boardprep.ui.search_panel import SearchPanel
from boardprep.ui.start_screen import StartScreen
from boardprep.ui.window_actions import build_actions, enable_reader_actions
from boardprep.ui.workers import AnalyzeFn, PackLoader, describe_carry_over

BUSY_AFTER_MS = 300  # show a progress indicator only for work a user would notice
LOADER_DELAY_MS = 500  # longest wait for the first rendered page before analysing


def _default_view() -> QWidget:
    from boardprep.ui.pdfview import PdfView

    return PdfView()


class MainWindow(QMainWindow):
    packOpened = Signal(object)  # AgendaTree, once the agenda is shown
    packRegistered = Signal(str)  # sha256, once records can be written

    def __init__(
        self,
        data_dir: str | None = None,
        *,
        analyze_fn: AnalyzeFn | None = None,
        view_factory: Callable[[], QWidget] | None = None,
    ) -> None:
        super().__init__()
        from boardprep.core.store import Store

        self.data_dir = data_dir
        self._analyze_fn = analyze_fn
        self.store = Store(data_dir)
        self.tree: AgendaTree | None = None
        self.sha: str | None = None
        self.path: str | None = None
        self.loader: PackLoader | None = None
        self._old_loaders: list[PackLoader] = []  # abandoned loads still finishing
        self.history = NavHistory()
        self._syncing = False
        self._loading = False
        self._tree_jump_page: int | None = None
        self._error_shown = False
        # How a pack that cannot be opened is reported; `boardprep shot` prints it instead.
        self.report_error: Callable[[str, str], None] = self._error_dialog
        self.setWindowTitle("boardprep")
        self.setAcceptDrops(True)
        self.setMinimumSize(900, 560)

        self.start = StartScreen(self)
        self.start.browseRequested.connect(self.browse)
        self.start.sampleRequested.connect(self.open_sample)
        self.start.openRequested.connect(self.open_pack)

        # Left: warnings + agenda tree.
        self.model = AgendaModel(self)
        self.tree_view = QTreeView(self)
        self.tree_view.setModel(self.model)
        self.tree_view.setItemDelegate(AgendaDelegate(self.tree_view))
        self.tree_view.setHeaderHidden(True)
        self.tree_view.setUniformRowHeights(False)
        self.tree_view.setIndentation(16)
        self.tree_view.setAnimated(True)
        self.tree_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree_view.setAccessibleName("Agenda")
        self.tree_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree_view.selectionModel().currentChanged.connect(self._on_tree_current)
        self.tree_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree_view.customContextMenuRequested.connect(self._tree_menu)
        self.warnings = Banner("warningBanner", self)
        self.notice = Banner("noticeBanner", self)
        tree_title = QLabel("Agenda", self)
        tree_title.setObjectName("sectionTitle")
        self.meeting_label = QLabel(self)
        self.meeting_label.setObjectName("muted")
        self.meeting_label.setWordWrap(True)
        self.left = QWidget(self)
        ll = QVBoxLayout(self.left)
        ll.setContentsMargins(8, 10, 4, 4)
        ll.setSpacing(6)
        ll.addWidget(tree_title)
        ll.addWidget(self.meeting_label)
        ll.addWidget(self.warnings)
        ll.addWidget(self.tree_view, 1)
        self.left.setAccessibleName("Agenda panel")

        self.view = (view_factory or _default_view)()
        self.view.currentPageChanged.connect(self._on_page_changed)
        self.view.documentLoaded.connect(self._on_document_loaded)
        self.view.loadFailed.connect(self._on_failed)
        self.view.zoomChanged.connect(self._on_zoom_changed)
        self.view.quoteRequested.connect(self._on_quote)
        self.view.internalLinkFollowed.connect(self._on_internal_link)
        if hasattr(self.view, "highlightRequested"):
            self.view.highlightRequested.connect(self._on_highlight)
        centre = QWidget(self)
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(self.notice)
        cl.addWidget(self.view, 1)

        self.panel = MemberPanel(self)
        self.panel.recordsChanged.connect(self.refresh_badges)
        self.panel.pageRequested.connect(self.jump_to_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([370, 680, 350])
        self.splitter.setCollapsible(1, False)

        self.meeting = MeetingView(self)
        self.meeting.itemChosen.connect(self.select_item)
        self.meeting.leaveRequested.connect(lambda: self.set_meeting_mode(False))
        self.meeting.paperRequested.connect(self._show_paper)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.meeting)
        self.setCentralWidget(self.stack)

        self.search = SearchPanel(self)
        self.search.hitActivated.connect(self._on_search_hit)
        self.search.itemRequested.connect(self.select_item)
        self.search_dock = QDockWidget("Search", self)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setWidget(self.search)
        self.search_dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.search_dock)
        self.search_dock.hide()

        self._build_status_bar()
        build_actions(self)
        self._last_page_timer = QTimer(self)
        self._last_page_timer.setSingleShot(True)
        self._last_page_timer.setInterval(500)
        self._last_page_timer.timeout.connect(self._save_last_page)
        self._loader_gate = QTimer(self)
        self._loader_gate.setSingleShot(True)
        self._loader_gate.setInterval(LOADER_DELAY_MS)
        self._loader_gate.timeout.connect(self._start_loader)
        if hasattr(self.view, "renderedVisible"):
            self.view.renderedVisible.connect(self._start_loader)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self.busy.setVisible(self._is_loading()))
        self._restore_settings()
        self.show_start()

    # ---- building --------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName("Working")
        self.busy.hide()
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName("Zoom")
        self.page_label = QLabel(self)
        self.page_label.setAccessibleName("Current page")
        self.page_label.setMinimumWidth(120)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.zoom_label)
        bar.addPermanentWidget(self.page_label)

    # ---- screens ---------------------------------------------------------------------------
    def show_start(self) -> None:
        self.panel.flush()
        try:
            self.start.set_recent(self.store.recent_packs())
        except Exception:  # an unreadable history must not block opening a pack
            self.start.set_recent([])
        self.act_meeting.setChecked(False)
        self.stack.setCurrentWidget(self.start)
        self.setWindowTitle("boardprep")
        self._enable_reader_actions(False)
        self.exports.set_enabled(False)

    def _enable_reader_actions(self, on: bool) -> None:
        enable_reader_actions(self, on)

    def browse(self) -> None:
        start_dir = st.settings().value("lastDir", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(
            self, "Open an agenda pack", str(start_dir), "PDF files (*.pdf);;All files (*)"
        )
        if path:
            st.settings().setValue("lastDir", str(Path(path).parent))
            self.open_pack(path)

    def open_sample(self) -> None:
        from boardprep.core.paths import sample_pack

        self.open_pack(str(sample_pack()))

    # ---- opening ---------------------------------------------------------------------------
    def open_pack(self, path: str) -> None:
        """Start rendering at once; the agenda arrives from a worker thread."""
        self.panel.flush()
        self._stop_loader()
        self._save_last_page()
        self.path = str(path)
        self.tree = None
        self.sha = None
        self._error_shown = False
        self.history = NavHistory()
        self.model.set_tree(None)
        self.panel.set_store(None, None)
        self.panel.set_item(None)
        self.search.set_context(None, None, None)
        self.warnings.hide()
        self.notice.hide()
        self.meeting_label.setText("Finding the agenda…")
        self.stack.setCurrentWidget(self.splitter)
        self._enable_reader_actions(True)
        self.setWindowTitle(f"{Path(path).name} – boardprep")
        self.view.open_document(self.path)
        self.loader = PackLoader(self.path, self.data_dir, self._analyze_fn, self)
        self.loader.progress.connect(self._on_progress)
        self.loader.treeReady.connect(self._on_tree_ready)
        self.loader.registered.connect(self._on_registered)
        self.loader.indexed.connect(self._on_indexed)
        self.loader.failed.connect(self._on_failed)
        loader = self.loader
        loader.finished.connect(lambda: self._on_loader_finished(loader))
        # The analysis competes with page rendering for the GIL: let the first page land
        # first (or wait at most LOADER_DELAY_MS), so the reader sees the pack at once.
        self._loading = True
        self._loader_gate.start()
        self._busy_timer.start()

    def _start_loader(self) -> None:
        self._loader_gate.stop()
        if self.loader is not None and not self.loader.isRunning() and not self.loader.isFinished():
            self.loader.start()

    def _is_loading(self) -> bool:
        # Cleared by the loader's queued `finished`, so every result signal has landed by then.
        return self._loading

    def is_idle(self) -> bool:
        """True once analysis, registration and indexing are over (tests and `shot` wait)."""
        return not self._is_loading()

    def _stop_loader(self, wait: bool = False) -> None:
        """Abandon the current load without blocking the UI (its thread ends on its own)."""
        self._loader_gate.stop()
        self._loading = False
        if self.loader is not None:
            loader = self.loader
            loader.cancel()
            for sig in (
                loader.progress,
                loader.treeReady,
                loader.registered,
                loader.indexed,
                loader.failed,
            ):
                sig.disconnect()
            if loader.isRunning():
                self._old_loaders.append(loader)
                loader.finished.connect(lambda: self._forget_loader(loader))
            else:  # never started (still behind the first-page gate) or already done
                loader.deleteLater()
            self.loader = None
        if wait:
            for old in list(self._old_loaders):
                old.wait(30000)

    def _forget_loader(self, loader: PackLoader) -> None:
        if loader in self._old_loaders:
            self._old_loaders.remove(loader)
            loader.deleteLater()

    def _on_loader_finished(self, loader: PackLoader) -> None:
        if loader is not self.loader:
            return  # a superseded load finishing late
        self._loading = False
        self._busy_timer.stop()
        self.busy.hide()
        if self.statusBar().currentMessage().endswith("…"):
            self.statusBar().clearMessage()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.busy.setRange(0, total)
            self.busy.setValue(done)
        else:
            self.busy.setRange(0, 0)
        if message:
            self.statusBar().showMessage(message)

    def _on_failed(self, message: str) -> None:
        if self._error_shown:
            return
        self._error_shown = True
        name = Path(self.path or "").name or "The file"
        self._stop_loader_soon()
        self.view.close_document()
        self.show_start()
        self.report_error(name, message)

    def _error_dialog(self, name: str, message: str) -> None:
        QMessageBox.warning(
            self,
            "Cannot open this pack",
            f"“{name}” cannot be opened: {message}.\n\nCheck that it is the PDF agenda pack "
            "you downloaded, not a web page or a damaged copy.",
        )

    def _stop_loader_soon(self) -> None:
        # Called from the loader's own signal: let its thread finish, never block on it here.
        if self.loader is not None:
            self.loader.cancel()

    def _on_tree_ready(self, tree: AgendaTree) -> None:
        self.tree = tree
        self.model.set_tree(tree)
        self.tree_view.expandAll()
        m = tree.meeting
        self.setWindowTitle(self.window_title_for(tree))
        where = " · ".join(x for x in (m.organisation, m.venue) if x)
        when = ", ".join(x for x in (_long_date(m.date), m.time) if x)
        self.meeting_label.setText("\n".join(x for x in (m.body, when, where) if x))
        if tree.warnings:
            n = len(tree.warnings)
            self.warnings.show_message(
                f"⚠ boardprep was unsure of {n} thing{'s' if n != 1 else ''} in this agenda.",
                "\n".join(f"• {w}" for w in tree.warnings),
            )
        last = self.store.last_page(tree.pack.sha256)
        if last and last > 1:
            self.view.go_to_page(int(last))
            self.statusBar().showMessage(f"Reopened where you left off (page {last})", 4000)
        self.history.visit(last or 1)
        self._sync_tree_to_page(self.view.current_page() or last or 1)
        self._update_status()
        self.packOpened.emit(tree)

    @staticmethod
    def window_title_for(tree: AgendaTree) -> str:
        m = tree.meeting
        parts = [x for x in (m.body or m.organisation, m.date) if x]
        if not parts:
            parts = [Path(tree.pack.path).name]
        return " – ".join([*parts, "boardprep"])

    def _on_registered(self, result: Any) -> None:
        self.sha = result.sha256
        self.panel.set_store(self.store, self.sha)
        self.exports.set_enabled(True)
        self.refresh_badges()
        self.load_highlights()
        text = describe_carry_over(result)
        if text:
            first, _, rest = text.partition("\n")
            self.notice.show_message(first, rest)
        self.packRegistered.emit(self.sha)

    def _on_indexed(self, sha: str) -> None:
        self.search.set_context(self.store, sha, self.tree)

    def refresh_badges(self) -> None:
        if not self.sha or self.tree is None:
            return
        self.model.set_counts(self.store.counts(self.sha))
        self.model.set_progress(self.store.item_progress(self.sha, self.tree))

    def _on_document_loaded(self, pages: int) -> None:
        zoom = st.load_float("view/zoom")
        if zoom and st.load_bool("view/fixedZoom", False):
            self.view.set_zoom(zoom)
        self._update_status()

    # ---- navigation ------------------------------------------------------------------------
    def jump_to_page(self, page: int) -> None:
        """A jump the user can come back from with Alt+Left."""
        current = self.view.current_page()
        if current:
            self.history.visit(current)
        self.history.visit(page)
        self.view.go_to_page(page)
        self._update_nav_actions()

    def go_back(self) -> None:
        self.history.replace_current(self.view.current_page() or 1)
        page = self.history.back()
        if page is not None:
            self.view.go_to_page(page)
        self._update_nav_actions()

    def go_forward(self) -> None:
        page = self.history.forward()
        if page is not None:
            self.view.go_to_page(page)
        self._update_nav_actions()

    def _update_nav_actions(self) -> None:
        self.act_back.setEnabled(self.history.can_back())
        self.act_forward.setEnabled(self.history.can_forward())

    def go_to_ref(self, text: str) -> bool:
        page = parse_page_ref(text, self.tree, self.view.page_count())
        if page is None:
            return False
        self.jump_to_page(page)
        return True

    def ask_go_to_page(self) -> None:
        text, ok = QInputDialog.getText(
            self,
            "Go to page",
            "Pack page as printed (37 or p37), or physical page (#41):",
        )
        if ok and text.strip() and not self.go_to_ref(text):
            QMessageBox.information(self, "Go to page", f"There is no page “{text.strip()}”.")

    def select_item(self, number: str) -> bool:
        ix = self.model.index_for_number(number)
        if not ix.isValid():
            return False
        self.tree_view.setCurrentIndex(ix)
        return True

    def step_item(self, delta: int) -> None:
        if self.tree is None:
            return
        items = self.tree.walk()
        cur = self.panel.item
        i = items.index(cur) if cur in items else -1
        j = min(max(i + delta, 0), len(items) - 1)
        if items:
            self.select_item(items[j].number)

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        obj = current.data(ItemRole)
        item = obj if isinstance(obj, Item) else self._owner_item(current)
        self.panel.set_item(item)
        if self.is_meeting_mode() and item is not None and item is not self.meeting.item:
            self.meeting.show_item(item)
        if self._syncing:
            return
        page = current.data(FirstPageRole)
        if page:
            self._tree_jump_page = int(page)  # the row the user chose stays selected there
            self.jump_to_page(int(page))
        elif isinstance(obj, Item):
            self.statusBar().showMessage("This item has no papers in this pack.", 4000)

    def _tree_menu(self, pos: Any) -> None:
        ix = self.tree_view.indexAt(pos)
        if not ix.isValid():
            return
        self.tree_view.setCurrentIndex(ix)
        menu = QMenu(self)
        menu.addAction(self.act_notes)
        menu.addAction(self.act_add_question)
        declare = menu.addAction("Declare an interest…")
        menu.addSeparator()
        copy = menu.addAction("Copy title")
        chosen = menu.exec(self.tree_view.viewport().mapToGlobal(pos))
        if chosen is declare:
            self._show_panel()
            self.panel.tabs.setCurrentWidget(self.panel.declaration)
            self.panel.declaration.has_interest.setFocus()
        elif chosen is copy:
            QApplication.clipboard().setText(str(ix.data()))

    def _owner_item(self, index: QModelIndex) -> Item | None:
        parent = index.parent()
        while parent.isValid():
            obj = parent.data(ItemRole)
            if isinstance(obj, Item):
                return obj
            parent = parent.parent()
        return None

    def _on_page_changed(self, page: int) -> None:
        self._update_status()
        self._last_page_timer.start()
        self._sync_tree_to_page(page)

    def _sync_tree_to_page(self, page: int) -> None:
        """Follow the reader: select the row holding ``page`` without scrolling the view."""
        if page == self._tree_jump_page:
            return
        self._tree_jump_page = None
        cur = self.tree_view.currentIndex()
        if cur.isValid():
            obj = cur.data(ItemRole)
            r = obj.pdf_pages if isinstance(obj, (Item, Document)) else None
            if r and r[0] <= page <= r[1] and not self._has_child_at(cur, page):
                return
        ix = self.model.index_for_page(page)
        if not ix.isValid() or ix == cur:
            return
        self._syncing = True
        try:
            self.tree_view.selectionModel().setCurrentIndex(
                ix, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.tree_view.scrollTo(ix)
        finally:
            self._syncing = False

    def _has_child_at(self, index: QModelIndex, page: int) -> bool:
        for r in range(self.model.rowCount(index)):
            obj = self.model.index(r, 0, index).data(ItemRole)
            pr = obj.pdf_pages if obj is not None else None
            if pr and pr[0] <= page <= pr[1]:
                return True
        return False

    def _save_last_page(self) -> None:
        if self.sha and self.view.current_page():
            page = self.view.current_page()
            self.store.set_last_page(self.sha, page)
            self.store.mark_page_read(self.sha, page)
            if self.tree is not None:
                self.model.set_progress(self.store.item_progress(self.sha, self.tree))

    def _on_internal_link(self, page: int) -> None:
        self.history.visit(page)
        self._update_nav_actions()

    # ---- status ----------------------------------------------------------------------------
    def status_text(self) -> str:
        page, total = self.view.current_page(), self.view.page_count()
        if not total:
            return ""
        label = self.tree.label_for(page) if self.tree else None
        return f"Page {label} · {page}/{total}" if label is not None else f"{page}/{total}"

    def _update_status(self) -> None:
        self.page_label.setText(self.status_text())

    def _on_zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")
        st.save_float("view/zoom", zoom)

    def _zoom_in(self) -> None:
        self.view.zoom_in()
        st.save_bool("view/fixedZoom", True)

    def _zoom_out(self) -> None:
        self.view.zoom_out()
        st.save_bool("view/fixedZoom", True)

    def _fit_width(self) -> None:
        self.view.fit_width()
        st.save_bool("view/fixedZoom", False)

    def _fit_page(self) -> None:
        self.view.fit_page()
        st.save_bool("view/fixedZoom", False)

    # ---- search ----------------------------------------------------------------------------
    def show_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search.focus_query()

    def _step_hit(self, delta: int) -> None:
        if not self.search.step(delta):
            self.show_search()

    def _on_search_hit(self, page: int, query: str) -> None:
        self.view.set_search_term(query)
        self.jump_to_page(page)

    # ---- records from the view -------------------------------------------------------------
    def _on_quote(self, page: int, rect: Any, text: str) -> None:
        if not self.sha or self.tree is None:
            return
        item = self.tree.item_at_page(page)
        if item is not None and item is not self.panel.item:
            self.select_item(item.number)
        if self.panel.item is None:
            self.statusBar().showMessage("Quotes belong to an item: this page has none.", 4000)
            return
        self.panel.notes.add_quote(page, _rect_tuple(rect), text)
        self.panel.tabs.setCurrentWidget(self.panel.notes)
        self.statusBar().showMessage("Quote added to your notes", 3000)

    def _on_highlight(self, page: int, rects: Any, text: str) -> None:
        if not self.sha or self.tree is None:
            return
        quads = []
        for r in rects or []:
            x0, y0, x1, y1 = _rect_tuple(r)
            quads.append((x0, y0, x1, y0, x0, y1, x1, y1))
        item = self.tree.item_at_page(page)
        self.store.add_highlight(self.sha, page, quads, text, item=item.number if item else None)
        self.load_highlights()
        self.statusBar().showMessage("Highlighted", 2000)

    def load_highlights(self) -> None:
        """The member's highlights, drawn by the view over the pages."""
        if not self.sha or not hasattr(self.view, "set_highlights"):
            return
        by_page: dict[int, list[tuple[list[tuple[float, ...]], str]]] = {}
        for h in self.store.highlights(self.sha):
            if h.page and h.quads:
                by_page.setdefault(h.page, []).append((list(h.quads), h.colour))
        self.view.set_highlights(by_page)

    def _add_question(self) -> None:
        if self.panel.questions.isEnabled():
            self._show_panel()
            self.panel.tabs.setCurrentWidget(self.panel.questions)
            self.panel.questions.add_question()

    def _focus_tree(self) -> None:
        if not self.left.isVisibleTo(self.splitter):
            self.toggle_tree()
        self.tree_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_notes(self) -> None:
        self._show_panel()
        self.panel.tabs.setCurrentWidget(self.panel.notes)
        self.panel.notes.editor.setFocus()

    # ---- meeting mode ----------------------------------------------------------------------
    def set_meeting_mode(self, on: bool) -> None:
        """The chair's view of the current item; leaving it returns to the reader."""
        if self.tree is None:
            on = False
        self.act_meeting.setChecked(on)
        if on:
            self.panel.flush()
            self.meeting.set_context(self.tree, self.store if self.sha else None, self.sha)
            item = self.panel.item or (self.tree.items[0] if self.tree.items else None)
            self.meeting.show_item(item)
            self.stack.setCurrentWidget(self.meeting)
        elif self.stack.currentWidget() is self.meeting:
            self.stack.setCurrentWidget(self.splitter)

    def _show_paper(self, page: int) -> None:
        self.set_meeting_mode(False)
        self.jump_to_page(page)

    def is_meeting_mode(self) -> bool:
        return self.stack.currentWidget() is self.meeting

    # ---- panels ----------------------------------------------------------------------------
    # The actions hold the truth: isVisible() is False while the start screen is shown.
    def toggle_tree(self) -> None:
        on = not self.left.isVisibleTo(self.splitter)
        self.left.setVisible(on)
        self.act_tree.setChecked(on)

    def toggle_panel(self) -> None:
        on = not self.panel.isVisibleTo(self.splitter)
        self.panel.setVisible(on)
        self.act_panel.setChecked(on)

    def _show_panel(self) -> None:
        if not self.panel.isVisibleTo(self.splitter):
            self.toggle_panel()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About boardprep",
            "boardprep — prepare for board and committee meetings.\n\n"
            "Your notes, questions and declarations stay on this computer.",
        )

    # ---- drag and drop ---------------------------------------------------------------------
    @staticmethod
    def _dropped_pdf(event: QDragEnterEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        for url in mime.urls() if mime.hasUrls() else []:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".pdf"):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_pdf(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_pdf(event)
        if path:
            event.acceptProposedAction()
            self.open_pack(path)

    # ---- settings and closing --------------------------------------------------------------
    def _first_start_geometry(self) -> None:
        """85 % of the screen, centred: without a window manager Qt would put it at 0,0."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(1400, 900)
            return
        area = screen.availableGeometry()
        w = max(self.minimumWidth(), round(area.width() * 0.85))
        h = max(self.minimumHeight(), round(area.height() * 0.85))
        self.setGeometry(
            area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2, w, h
        )

    def _restore_settings(self) -> None:
        geo = st.load_bytes("window/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            self._first_start_geometry()
        state = st.load_bytes("window/state")
        if state is not None:
            self.restoreState(state)
        split = st.load_bytes("window/splitter")
        if split is not None:
            self.splitter.restoreState(split)
        tree_on = st.load_bool("window/treeVisible", True)
        panel_on = st.load_bool("window/panelVisible", True)
        self.left.setVisible(tree_on)
        self.panel.setVisible(panel_on)
        self.act_tree.setChecked(tree_on)
        self.act_panel.setChecked(panel_on)

    def save_settings(self) -> None:
        st.save_bytes("window/geometry", self.saveGeometry())
        st.save_bytes("window/state", self.saveState())
        st.save_bytes("window/splitter", self.splitter.saveState())
        st.save_bool("window/treeVisible", self.act_tree.isChecked())
        st.save_bool("window/panelVisible", self.act_panel.isChecked())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.flush()  # never lose words
        self._save_last_page()
        self.save_settings()
        self._stop_loader(wait=True)
        self.exports.wait()
        if hasattr(self.view, "close_document"):
            self.view.close_document()
        self.store.close()
        super().closeEvent(event)


def _rect_tuple(rect: Any) -> tuple[float, float, float, float]:
    if rect is None:
        return (0.0, 0.0, 0.0, 0.0)
    if hasattr(rect, "x0"):
        return (float(rect.x0), float(rect.y0), float(rect.x1), float(rect.y1))
    if hasattr(rect, "left") and callable(rect.left):
        return (float(rect.left()), float(rect.top()), float(rect.right()), float(rect.bottom()))
    a, b, c, d = (float(v) for v in rect)
    return (a, b, c, d)


def _long_date(iso: str | None) -> str | None:
    """'2026-06-15' -> 'Monday 15 June 2026' (as the pack's front sheet would print it)."""
    if not iso:
        return None
    from datetime import date

    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d:%A} {d.day} {d:%B %Y}"
