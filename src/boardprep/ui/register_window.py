"""The clerk's question register window (Meeting ▸ Question register, Ctrl+Shift+R).

Every question for the meeting in one table (RegisterModel), filtered and sorted by a proxy;
a toolbar to set the running order (Move up / Move down, Alt+↑/↓), merge lines that are the
same question or keep a grouped one apart, import several members' bundles at once and export
the register (Word, PDF, CSV, Markdown, or the bundle back to the members). Changes are written
as they are made, and Undo (Ctrl+Z, here or in the main window) takes the last one back;
records written by another process (``boardprep import``) show within two seconds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStyledItemDelegate,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

from boardprep.ui.labels import STATUS_LABELS
from boardprep.ui.meeting_undo import undo_actions, window_stack
from boardprep.ui.register_model import (
    COL_ANSWER,
    COL_ASKERS,
    COL_BY,
    COL_ITEM,
    COL_ORDER,
    COL_STATUS,
    COL_TEXT,
    REGISTER_STATUSES,
    RegisterFilter,
    RegisterModel,
)

if TYPE_CHECKING:
    from boardprep.ui.main_window import MainWindow

POLL_MS = 2000


class StatusDelegate(QStyledItemDelegate):
    """A list of the statuses, in the order a question moves through them."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        box = QComboBox(parent)
        for s in REGISTER_STATUSES:
            box.addItem(STATUS_LABELS.get(s, s), s)
        return box

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RegisterWindow(QMainWindow):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.w = window
        self.setWindowTitle("Question register")
        self.setObjectName("questionRegister")
        self.model = RegisterModel(self)
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.model.failed.connect(lambda msg: self.statusBar().showMessage(msg, 10000))
        self.model.saved.connect(self._saved)
        self.model.stack_of = lambda: window_stack(window)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Question register")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_ITEM, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegateForColumn(COL_STATUS, StatusDelegate(self.table))
        # Drag a line within its item to set the running order (or Move up / Move down).
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.verticalHeader().setVisible(False)
        # Wrapped questions and answers are read whole (a meeting's register is short).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(COL_ANSWER, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_ORDER, 36), (COL_ITEM, 190), (COL_ASKERS, 170),
                           (COL_STATUS, 100), (COL_BY, 130)):  # fmt: skip
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.setCentralWidget(self.table)
        self._build_toolbars()
        self.count = QLabel(self)
        self.statusBar().addPermanentWidget(self.count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        self._seen_version: int | None = None
        # A question written in the member's panel (same connection: no data_version change).
        window.panel.recordsChanged.connect(self._panel_changed)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_store)
        self.resize(1200, 640)

    # ---- building ----------------------------------------------------------------------------
    def _act(
        self, text: str, slot: Any, keys: str | None = None, tip: str | None = None
    ) -> QAction:
        act = QAction(text, self)
        if keys:
            act.setShortcut(QKeySequence(keys))
        shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        act.setToolTip((tip or text.replace("&", "")) + (f" ({shortcut})" if shortcut else ""))
        act.triggered.connect(lambda _=False: slot())
        self.addAction(act)
        return act

    def _build_toolbars(self) -> None:
        tb = QToolBar("Register", self)
        tb.setObjectName("registerToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_up = self._act("Move &up", lambda: self.move_selected(-1), "Alt+Up",
                                "Earlier in the item's running order")  # fmt: skip
        self.act_down = self._act("Move &down", lambda: self.move_selected(1), "Alt+Down",
                                  "Later in the item's running order")  # fmt: skip
        self.act_merge = self._act("&Merge", self.merge, "Ctrl+M",
                                   "The chosen lines are the same question: one line, every "
                                   "asker kept")  # fmt: skip
        self.act_apart = self._act("&Keep apart", self.keep_apart, "Ctrl+Shift+M",
                                   "A grouped line is not the same question: one line per "
                                   "asker")  # fmt: skip
        self.act_import = self._act("&Import bundles…", self.import_bundles, None,
                                    "Members' question bundles (several at once)")  # fmt: skip
        self.act_reload = self._act("Re&fresh", self.reload, "Ctrl+R")
        stack = window_stack(self.w)
        if stack is not None:
            self.act_undo, self.act_redo = undo_actions(self, stack)
            tb.addAction(self.act_undo)
            tb.addAction(self.act_redo)
            tb.addSeparator()
        for a in (self.act_up, self.act_down):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.act_merge)
        tb.addAction(self.act_apart)
        tb.addSeparator()
        tb.addAction(self.act_import)
        self.export_menu = QMenu("Export", self)
        from boardprep.ui.export_actions import REGISTER_FORMATS

        for fmt, label in REGISTER_FORMATS:
            act = self.export_menu.addAction(label)
            act.triggered.connect(lambda _=False, f=fmt: self.w.exports.export_register(f))
        export_btn = QToolButton(self)
        export_btn.setText("&Export")
        export_btn.setToolTip("Export the register: Word, PDF, CSV, Markdown, or the bundle back")
        export_btn.setMenu(self.export_menu)
        export_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        tb.addWidget(export_btn)
        self.addToolBar(tb)

        fb = QToolBar("Filter", self)
        fb.setObjectName("registerFilter")
        fb.setMovable(False)
        self.addToolBarBreak()
        self.addToolBar(fb)
        fb.addWidget(QLabel(" Item ", self))
        self.item_filter = QComboBox(self)
        self.item_filter.setAccessibleName("Filter by item")
        self.item_filter.setMinimumContentsLength(18)
        self.item_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        fb.addWidget(self.item_filter)
        fb.addWidget(QLabel("  Status ", self))
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName("Filter by status")
        self.status_filter.addItem("Any", None)
        for s in REGISTER_STATUSES:
            self.status_filter.addItem(STATUS_LABELS.get(s, s), s)
        fb.addWidget(self.status_filter)
        fb.addWidget(QLabel("  Asked by ", self))
        self.asker_filter = QLineEdit(self)
        self.asker_filter.setPlaceholderText("name")
        self.asker_filter.setClearButtonEnabled(True)
        self.asker_filter.setMaximumWidth(180)
        fb.addWidget(self.asker_filter)
        fb.addWidget(QLabel("  Text ", self))
        self.text_filter = QLineEdit(self)
        self.text_filter.setPlaceholderText("words in the question or answer")
        self.text_filter.setClearButtonEnabled(True)
        fb.addWidget(self.text_filter)
        self.item_filter.currentIndexChanged.connect(self._filter)
        self.status_filter.currentIndexChanged.connect(self._filter)
        self.asker_filter.textChanged.connect(self._filter)
        self.text_filter.textChanged.connect(self._filter)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.text_filter.setFocus())
        self.addAction(find)

    # ---- data --------------------------------------------------------------------------------
    def set_pack(self) -> None:
        w = self.w
        self.model.set_pack(w.store if w.sha else None, w.sha)
        self._fill_item_filter()
        m = w.tree.meeting if w.tree is not None else None
        what = " · ".join(p for p in (m.body, m.date) if p) if m else ""
        self.setWindowTitle(f"Question register – {what}" if what else "Question register")
        self._seen_version = w.store.data_version() if w.sha else None
        self._update_buttons()
        self._update_count()

    def reload(self) -> None:
        keep = [self.model.entry(self.proxy.mapToSource(ix).row()).ids[0]
                for ix in self.table.selectionModel().selectedRows()]  # fmt: skip
        self.model.reload()
        self._select_ids(keep)
        self._update_buttons()

    def _fill_item_filter(self) -> None:
        box = self.item_filter
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem("All items", None)
        tree = self.w.tree
        if tree is not None:
            for it in tree.walk():
                box.addItem(f"{it.number}  {it.title}"[:70], it.number)
        i = box.findData(current)
        box.setCurrentIndex(max(i, 0))
        box.blockSignals(False)

    def _filter(self) -> None:
        self.proxy.set_filters(
            item=self.item_filter.currentData(),
            status=self.status_filter.currentData(),
            asker=self.asker_filter.text(),
            text=self.text_filter.text(),
        )
        self._update_count()

    def _update_count(self, *_: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        askers = sum(len(e.askers) for e in self.model.rows)
        noun = "question" if total == 1 else "questions"
        who = f"({askers} asker{'' if askers == 1 else 's'})"
        self.count.setText(
            f"{shown} of {total} {noun} {who}" if shown != total else f"{total} {noun} {who}"
        )

    def _saved(self) -> None:
        self.statusBar().showMessage("Saved", 2000)
        self.w.refresh_badges()
        questions = getattr(self.w.panel, "questions", None)
        if questions is not None and hasattr(questions, "refresh"):
            questions.refresh()  # the member's panel shows the new status and answer
        self._seen_version = self.w.store.data_version() if self.w.sha else None

    def _panel_changed(self) -> None:
        if self.isVisible() and self.table.state() != QAbstractItemView.State.EditingState:
            self.reload()

    def _poll_store(self) -> None:
        """Another process wrote (an import from the command line): show it, unless the clerk
        is typing in a cell."""
        if not self.w.sha or self.table.state() == QAbstractItemView.State.EditingState:
            return
        try:
            version = self.w.store.data_version()
        except Exception:
            return
        if version != self._seen_version:
            self._seen_version = version
            self.reload()

    def showEvent(self, event: Any) -> None:
        self._poll.start()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self._poll.stop()
        super().hideEvent(event)

    # ---- selection and actions ---------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        """Source rows of the selected lines, in the table's order."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda ix: ix.row())
        return [self.proxy.mapToSource(ix).row() for ix in rows]

    def _select_ids(self, ids: list[int]) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        first = True
        for row, e in enumerate(self.model.rows):
            if set(e.ids) & set(ids):
                ix = self.proxy.mapFromSource(self.model.index(row, COL_TEXT))
                if not ix.isValid():
                    continue
                flags = sel.SelectionFlag.Select | sel.SelectionFlag.Rows
                if first:
                    self.table.setCurrentIndex(ix)
                    flags |= sel.SelectionFlag.Current
                    first = False
                sel.select(ix, flags)

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        entries = [self.model.entry(r) for r in rows]
        one = len(entries) == 1 and entries[0].item is not None
        self.act_up.setEnabled(one)
        self.act_down.setEnabled(one)
        self.act_merge.setEnabled(len(entries) > 1 and len({e.item for e in entries}) == 1)
        self.act_apart.setEnabled(len(entries) == 1 and len(entries[0].ids) > 1)
        if len(entries) > 1 and len({e.item for e in entries}) != 1:
            self.act_merge.setToolTip("Merge: only questions on the same item can be merged")
        else:
            self.act_merge.setToolTip("Merge: the chosen lines are the same question (Ctrl+M)")

    def move_selected(self, delta: int) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        if self.proxy.sortColumn() not in (COL_ORDER, COL_ITEM, -1):
            self.table.sortByColumn(COL_ITEM, Qt.SortOrder.AscendingOrder)  # see the order
        ids = self.model.entry(rows[0]).ids
        self.model.move(rows[0], delta)
        self._select_ids(ids)
        self._update_buttons()

    def merge(self) -> None:
        rows = self.selected_rows()
        ids = [i for r in rows for i in self.model.entry(r).ids]
        if rows and self.model.merge(rows):
            self._select_ids(ids)
            self.statusBar().showMessage("Merged: one question, every asker kept", 5000)
        self._update_buttons()

    def keep_apart(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            ids = list(self.model.entry(rows[0]).ids)
            if self.model.keep_apart(rows[0]):
                self._select_ids(ids)
                self.statusBar().showMessage("Kept apart: one line per asker", 5000)
        self._update_buttons()

    def import_bundles(self) -> None:
        self.w.exports.import_bundle()

    def _context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for a in (self.act_up, self.act_down, None, self.act_merge, self.act_apart):
            menu.addSeparator() if a is None else menu.addAction(a)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def edit_cell(self, row: int, column: int) -> QModelIndex | QPersistentModelIndex:
        """The proxy index of a source cell (tests and keyboard users)."""
        return self.proxy.mapFromSource(self.model.index(row, column))
