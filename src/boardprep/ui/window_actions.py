"""The main window's actions, menus and toolbar: the one place that says which key does what.

`build_actions` sets the ``act_*`` attributes on the window (tests and `boardprep shot` use
them) and wires each to the helper that does the work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStyle, QWidget

if TYPE_CHECKING:
    from boardprep.ui.main_window import MainWindow

Keys = list[QKeySequence | str | QKeySequence.StandardKey]

# Enabled only while a pack is shown (the start screen has nothing to search or zoom).
READER_ACTIONS: tuple[str, ...] = (
    "act_find",
    "act_next_hit",
    "act_prev_hit",
    "act_back",
    "act_forward",
    "act_goto",
    "act_zoom_in",
    "act_zoom_out",
    "act_fit_width",
    "act_fit_page",
    "act_prev_item",
    "act_next_item",
    "act_add_question",
    "act_notes",
    "act_meeting",
)


def make_action(
    owner: QWidget,
    text: str,
    slot: Callable[..., Any],
    keys: Keys | None = None,
    icon: QStyle.StandardPixmap | None = None,
    tip: str | None = None,
    checkable: bool = False,
) -> QAction:
    act = QAction(text, owner)
    if icon is not None:
        act.setIcon(owner.style().standardIcon(icon))
    if keys:
        act.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys])
    act.setCheckable(checkable)
    shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    act.setToolTip(
        f"{tip or text.replace('&', '').rstrip('.…')}" + (f" ({shortcut})" if shortcut else "")
    )
    act.triggered.connect(slot)
    owner.addAction(act)  # shortcuts work even with the toolbar or menus hidden
    return act


def enable_reader_actions(w: MainWindow, on: bool) -> None:
    for name in READER_ACTIONS:
        getattr(w, name).setEnabled(on)
    if on:
        w.nav.update_actions()


def build_actions(w: MainWindow) -> None:
    """Create the window's actions, then its menus (with File ▸ Export) and toolbar."""
    sp = QStyle.StandardPixmap
    sk = QKeySequence.StandardKey

    def action(
        text: str, slot: Callable[..., Any], keys: Keys | None = None, *args: Any, **kw: Any
    ) -> QAction:
        return make_action(w, text, slot, keys, *args, **kw)

    w.act_open = action("&Open pack…", w.opener.browse, [sk.Open], sp.SP_DialogOpenButton)
    w.act_sample = action("Open the &sample pack", w.open_sample)
    w.act_home = action("&Start screen", w.show_start, None, sp.SP_DirHomeIcon)
    w.act_quit = action("&Quit", w.close, ["Ctrl+Q"])
    w.act_find = action(
        "&Search…", w.panels.show_search, [sk.Find], sp.SP_FileDialogContentsView, "Search"
    )
    w.act_next_hit = action("Next match", lambda: w.panels.step_hit(1), ["F3"])
    w.act_prev_hit = action("Previous match", lambda: w.panels.step_hit(-1), ["Shift+F3"])
    w.act_back = action("&Back", w.nav.go_back, ["Alt+Left"], sp.SP_ArrowBack)
    w.act_forward = action("&Forward", w.nav.go_forward, ["Alt+Right"], sp.SP_ArrowForward)
    w.act_goto = action("&Go to page…", w.nav.ask_go_to_page, ["Ctrl+G"])
    w.act_zoom_in = action("Zoom &in", w.status.zoom_in, [sk.ZoomIn, "Ctrl+="])
    w.act_zoom_out = action("Zoom &out", w.status.zoom_out, [sk.ZoomOut])
    w.act_fit_width = action("Fit &width", w.status.fit_width, ["Ctrl+0"])
    w.act_fit_page = action("Fit &page", w.status.fit_page, ["Ctrl+9"])
    w.act_tree = action("Agenda &tree", w.panels.toggle_tree, ["F9"], checkable=True)
    w.act_panel = action("Member's &panel", w.panels.toggle_panel, ["F10"], checkable=True)
    w.act_prev_item = action("Previous item", lambda: w.nav.step_item(-1), ["Ctrl+Up"])
    w.act_next_item = action("Next item", lambda: w.nav.step_item(1), ["Ctrl+Down"])
    w.act_add_question = action("Add &question", w.panels.add_question, ["Ctrl+Shift+Q"])
    w.act_notes = action("Write &notes", w.panels.focus_notes, ["Ctrl+Shift+N"])
    w.act_about = action("&About boardprep", lambda: show_about(w))
    # Keyboard users move between the three panes directly.
    w.act_focus_tree = action("Focus the &agenda", w.panels.focus_tree, ["Ctrl+1"])
    w.act_focus_view = action(
        "Focus the &pages",
        lambda: w.view.setFocus(Qt.FocusReason.ShortcutFocusReason),
        ["Ctrl+2"],
    )
    w.act_focus_panel = action("Focus your &notes", w.panels.focus_notes, ["Ctrl+3"])
    w.act_meeting = action(
        "&Meeting mode",
        lambda on: w.panels.set_meeting_mode(bool(on)),
        ["F11"],
        checkable=True,
        tip="Meeting mode: the chair's one-item view",
    )
    w.act_tree.setChecked(True)
    w.act_panel.setChecked(True)
    _build_menus(w)
    _build_toolbar(w)
    w.nav.update_actions()


def show_about(w: MainWindow) -> None:
    QMessageBox.about(
        w,
        "About boardprep",
        "boardprep — prepare for board and committee meetings.\n\n"
        "Your notes, questions and declarations stay on this computer.",
    )


def _build_menus(w: MainWindow) -> None:
    mb = w.menuBar()
    m = mb.addMenu("&File")
    for a in (w.act_open, w.act_sample, w.act_home):
        m.addAction(a)
    m.addSeparator()
    m.addAction(w.act_quit)
    from boardprep.ui.export_actions import ExportController

    w.exports = ExportController(w, m, w.act_quit)
    m = mb.addMenu("&Edit")
    for a in (w.act_find, w.act_next_hit, w.act_prev_hit):
        m.addAction(a)
    m.addAction(w.exports.act_name)
    m.addSeparator()
    m.addAction(w.act_notes)
    m.addAction(w.act_add_question)
    m = mb.addMenu("&View")
    for a in (w.act_zoom_in, w.act_zoom_out, w.act_fit_width, w.act_fit_page):
        m.addAction(a)
    m.addSeparator()
    m.addAction(w.act_tree)
    m.addAction(w.act_panel)
    m.addSeparator()
    m.addAction(w.act_meeting)
    m.addSeparator()
    for a in (w.act_focus_tree, w.act_focus_view, w.act_focus_panel):
        m.addAction(a)
    m = mb.addMenu("&Go")
    for a in (w.act_back, w.act_forward, w.act_goto, w.act_prev_item, w.act_next_item):
        m.addAction(a)
    mb.addMenu("&Help").addAction(w.act_about)


def _build_toolbar(w: MainWindow) -> None:
    tb = w.addToolBar("Main")
    tb.setObjectName("mainToolbar")
    tb.setMovable(False)
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    tb.addAction(w.act_open)
    tb.addSeparator()
    tb.addAction(w.act_back)
    tb.addAction(w.act_forward)
    tb.addAction(w.act_goto)
    tb.addSeparator()
    tb.addAction(w.act_zoom_out)
    tb.addAction(w.act_zoom_in)
    tb.addAction(w.act_fit_width)
    tb.addSeparator()
    tb.addAction(w.act_find)
    tb.addSeparator()
    tb.addAction(w.act_meeting)
    for a in (w.act_back, w.act_forward):
        tb.widgetForAction(a).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    w.act_zoom_in.setText("Zoom &in")
    w.toolbar = tb
