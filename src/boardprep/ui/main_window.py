"""The main window: agenda tree | PDF view | member's panel, with menus, toolbar, status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from boardprep.core.model import AgendaTree
from boardprep.ui.agenda_model import AgendaDelegate, AgendaModel
from boardprep.ui.banner import Banner
from boardprep.ui.field_focus import tab_leaves_fields
from boardprep.ui.highlight_actions import HighlightActions
from boardprep.ui.item_navigation import ItemNavigator, owner_item
from boardprep.ui.meeting_view import MeetingView
from boardprep.ui.member_panel import MemberPanel
from boardprep.ui.pack_opening import PackOpener, window_title_for
from boardprep.ui.panel_wiring import PanelWiring
from boardprep.ui.record_undo import RecordEdits
from boardprep.ui.search_panel import SearchPanel
from boardprep.ui.start_screen import StartScreen
from boardprep.ui.view_status import ViewStatus
from boardprep.ui.window_actions import build_actions
from boardprep.ui.window_state import restore_settings, save_settings
from boardprep.ui.workers import AnalyzeFn, PackLoader

if TYPE_CHECKING:
    from boardprep.ui.agenda_fixes import AgendaFixer
    from boardprep.ui.export_actions import ExportController
    from boardprep.ui.meeting_actions import MeetingTools
    from boardprep.ui.pdfview import PdfView
    from boardprep.ui.printing import PrintController
    from boardprep.ui.side_views import SideViews


def _default_view() -> PdfView:
    from boardprep.ui.pdfview import PdfView

    return PdfView()


class MainWindow(QMainWindow):
    """The composition root: builds the widgets and hands their signals to helpers.

    pack_opening.PackOpener opens packs, item_navigation.ItemNavigator moves through them,
    panel_wiring.PanelWiring feeds the side panes, view_status.ViewStatus keeps the status bar,
    window_actions builds menus and shortcuts, window_state keeps the layout across sessions.
    The methods here that only delegate are the window's public face (tests, `shot`).
    """

    packOpened = Signal(object)  # AgendaTree, once the agenda is shown
    packRegistered = Signal(str)  # sha256, once records can be written

    # Made by build_actions (window_actions.py) and the helpers it calls; named here so that
    # the helpers, tests and `shot` reach them by a typed name.
    exports: ExportController
    printing: PrintController
    side_views: SideViews
    meeting_tools: MeetingTools
    fixer: AgendaFixer
    toolbar: QToolBar
    act_open: QAction
    act_sample: QAction
    act_home: QAction
    act_quit: QAction
    act_find: QAction
    act_next_hit: QAction
    act_prev_hit: QAction
    act_back: QAction
    act_forward: QAction
    act_goto: QAction
    act_zoom_in: QAction
    act_zoom_out: QAction
    act_fit_width: QAction
    act_fit_page: QAction
    act_tree: QAction
    act_panel: QAction
    act_prev_item: QAction
    act_next_item: QAction
    act_add_question: QAction
    act_notes: QAction
    act_about: QAction
    act_log_folder: QAction
    act_focus_tree: QAction
    act_focus_view: QAction
    act_focus_panel: QAction
    act_meeting: QAction
    act_full_screen: QAction
    act_paper: QAction  # meeting_actions.py
    act_presenter: QAction
    act_register: QAction
    act_attendance: QAction
    act_undo: QAction  # agenda_fixes.py
    act_redo: QAction
    act_agenda_pages: QAction
    act_print: QAction  # printing.py
    act_print_item: QAction
    act_print_page: QAction

    def __init__(
        self,
        data_dir: str | None = None,
        *,
        analyze_fn: AnalyzeFn | None = None,
        view_factory: Callable[[], PdfView] | None = None,
    ) -> None:
        super().__init__()
        from boardprep.core.store import Store

        self.data_dir = data_dir
        self._analyze_fn = analyze_fn
        self.store = Store(data_dir)
        self.tree: AgendaTree | None = None
        self.sha: str | None = None
        self.path: str | None = None
        self.opener = PackOpener(self)
        self.nav = ItemNavigator(self)
        self.panels = PanelWiring(self)
        # How a pack that cannot be opened is reported; `boardprep shot` prints it instead.
        self.report_error: Callable[[str, str], None] = self.opener.error_dialog
        self.setWindowTitle("boardprep")
        self.setAcceptDrops(True)
        self.setMinimumSize(900, 560)

        self.start = StartScreen(self)
        self.start.browseRequested.connect(self.opener.browse)
        self.start.sampleRequested.connect(self.open_sample)
        self.start.openRequested.connect(self.open_pack)

        self.left = self._build_agenda_pane()
        centre = self._build_centre(view_factory or _default_view)

        self.panel = MemberPanel(self)
        self.panel.recordsChanged.connect(self.panels.refresh_badges)
        self.panel.pageRequested.connect(self.nav.jump_to_page)
        # Tab leaves a question's or an answer's field; the notes editor keeps it.
        tab_leaves_fields(self.panel, keep_tab=[self.panel.notes.editor])

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
        self.meeting.itemChosen.connect(self.nav.select_item)
        self.meeting.leaveRequested.connect(lambda: self.panels.set_meeting_mode(False))
        self.meeting.paperRequested.connect(self.panels.show_paper)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.meeting)
        self.setCentralWidget(self.stack)

        self._build_search_panel()

        from boardprep.ui.full_screen import FullScreen

        self.full_screen = FullScreen(self)  # the window's one full-screen toggle (F11)
        self.meeting_full_screen = True  # meeting mode starts full screen (`shot` turns it off)
        self.status = ViewStatus(self)
        self.busy, self.zoom_label, self.page_label = (
            self.status.busy,
            self.status.zoom_label,
            self.status.page_label,
        )
        self.view.documentLoaded.connect(self.status.on_document_loaded)
        self.view.zoomChanged.connect(self.status.on_zoom_changed)
        build_actions(self)
        if hasattr(self.view, "renderedVisible"):
            self.view.renderedVisible.connect(self.opener.start_loader)
        restore_settings(self)
        self.show_start()
        self.edits = RecordEdits(self)  # deletions and other record changes, undoable
        self.highlight_actions = HighlightActions(self)  # right-click on a page's highlight

    def _build_agenda_pane(self) -> QWidget:
        """Left: the meeting, warnings and the agenda tree."""
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
        self.tree_view.selectionModel().currentChanged.connect(self.nav.on_tree_current)
        self.tree_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree_view.customContextMenuRequested.connect(self.panels.tree_menu)
        self.warnings = Banner("warningBanner", self)
        self.notice = Banner("noticeBanner", self)
        tree_title = QLabel("Agenda", self)
        tree_title.setObjectName("sectionTitle")
        self.meeting_label = QLabel(self)
        self.meeting_label.setObjectName("muted")
        self.meeting_label.setWordWrap(True)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(8, 10, 4, 4)
        ll.setSpacing(6)
        ll.addWidget(tree_title)
        ll.addWidget(self.meeting_label)
        # Deadlines the pack prints (written questions, deputations): shown until the next pack.
        self.deadlines_label = QLabel(self)
        self.deadlines_label.setObjectName("deadlines")
        self.deadlines_label.setWordWrap(True)
        self.deadlines_label.setTextFormat(Qt.TextFormat.RichText)
        self.deadlines_label.hide()
        self.deadlines_label.linkActivated.connect(
            lambda href: self.view.go_to_page(int(href.split(":", 1)[1]))
        )
        ll.addWidget(self.deadlines_label)
        ll.addWidget(self.warnings)
        ll.addWidget(self.tree_view, 1)
        left.setAccessibleName("Agenda panel")
        # Search results go below the tree (_build_search_panel), never beside the pages.
        self.left_split = QSplitter(Qt.Orientation.Vertical, self)
        self.left_split.setChildrenCollapsible(False)
        self.left_split.addWidget(left)
        return self.left_split

    def _build_centre(self, view_factory: Callable[[], PdfView]) -> QWidget:
        """Centre: the carried-over notice above the pages."""
        self.view = view_factory()
        self.view.currentPageChanged.connect(self.nav.on_page_changed)
        self.view.loadFailed.connect(self.opener.on_failed)
        self.view.quoteRequested.connect(self.panels.on_quote)
        self.view.internalLinkFollowed.connect(self.nav.on_internal_link)
        if hasattr(self.view, "highlightRequested"):
            self.view.highlightRequested.connect(self.panels.on_highlight)
        centre = QWidget(self)
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(self.notice)
        cl.addWidget(self.view, 1)
        return centre

    def _build_search_panel(self) -> None:
        """Search results under the agenda tree: the pages keep their full width."""
        self.search = SearchPanel(self)
        self.search.hitActivated.connect(self.panels.on_search_hit)
        self.search.itemRequested.connect(self.nav.select_item)
        self.search.closeRequested.connect(self.panels.hide_search)
        self.left_split.addWidget(self.search)
        self.left_split.setStretchFactor(0, 3)
        self.left_split.setStretchFactor(1, 2)
        self.search.hide()

    # ---- screens and opening (pack_opening.py) ---------------------------------------------
    def show_start(self) -> None:
        self.opener.show_start()

    def open_sample(self) -> None:
        self.opener.open_sample()

    def open_pack(self, path: str) -> None:
        """Start rendering at once; the agenda arrives from a worker thread."""
        self.opener.open_pack(path)

    def is_idle(self) -> bool:
        """True once analysis, registration and indexing are over (tests and `shot` wait)."""
        return not self.opener.is_loading()

    @property
    def loader(self) -> PackLoader | None:
        return self.opener.loader

    @property
    def _old_loaders(self) -> list[PackLoader]:
        return self.opener.old_loaders

    def _on_registered(self, result: Any) -> None:
        self.opener.on_registered(result)

    window_title_for = staticmethod(window_title_for)

    def refresh_badges(self) -> None:
        self.panels.refresh_badges()

    def load_highlights(self) -> None:
        self.panels.load_highlights()

    # ---- navigation (item_navigation.py) ----------------------------------------------------
    def jump_to_page(self, page: int) -> None:
        """A jump the user can come back from with Alt+Left."""
        self.nav.jump_to_page(page)

    def go_to_ref(self, text: str) -> bool:
        return self.nav.go_to_ref(text)

    def select_item(self, number: str) -> bool:
        return self.nav.select_item(number)

    def _save_last_page(self) -> None:
        self.nav.save_last_page()

    _owner_item = staticmethod(owner_item)

    # ---- status bar (view_status.py) -------------------------------------------------------
    def status_text(self) -> str:
        return self.status.status_text()

    # ---- side panes and meeting mode (panel_wiring.py) --------------------------------------
    def show_search(self) -> None:
        self.panels.show_search()

    def set_meeting_mode(self, on: bool) -> None:
        """The chair's view of the current item; leaving it returns to the reader."""
        self.panels.set_meeting_mode(on)

    def is_meeting_mode(self) -> bool:
        return self.panels.is_meeting_mode()

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

    # ---- settings and closing (window_state.py) ---------------------------------------------
    def save_settings(self) -> None:
        save_settings(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.flush()  # never lose words
        self.meeting.record.flush()  # nor the outcome being typed in meeting mode
        self.full_screen.set(False)  # the layout saved is the reading window's, bars and all
        self._save_last_page()
        self.save_settings()
        self.opener.stop_loader(wait=True)
        self.fixer.stop_reread(wait=True)  # a reading of the agenda's pages under way
        self.exports.wait()
        if hasattr(self.view, "close_document"):
            self.view.close_document()
        self.store.close()
        super().closeEvent(event)
