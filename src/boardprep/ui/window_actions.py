"""The main window's actions, menus and toolbar: the one place that says which key does what.

`build_actions` sets the ``act_*`` attributes on the window (tests and `boardprep shot` use
them) and wires each to the helper that does the work.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle, QToolButton, QWidget

from boardprep import __version__

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
    "act_print",
    "act_print_item",
    "act_print_page",
    "act_agenda_pages",
)


sk = QKeySequence.StandardKey
# The shortcut table, by action. Qt writes the Command key as "Ctrl" and the Control key as
# "Meta" on macOS, so the same "Ctrl+…" text is Cmd+… there.
SHORTCUTS: dict[str, Keys] = {
    "open": [sk.Open],
    "quit": ["Ctrl+Q"],
    "find": [sk.Find],
    "next_hit": ["F3"],
    "prev_hit": ["Shift+F3"],
    "back": ["Alt+Left"],
    "forward": ["Alt+Right"],
    "goto": ["Ctrl+G"],
    "zoom_in": [sk.ZoomIn, "Ctrl+="],
    "zoom_out": [sk.ZoomOut],
    "fit_width": ["Ctrl+0"],
    "fit_page": ["Ctrl+9"],
    "tree": ["F9"],
    "panel": ["F10"],
    "prev_item": ["Ctrl+Up"],
    "next_item": ["Ctrl+Down"],
    "add_question": ["Ctrl+Shift+Q"],
    "notes": ["Ctrl+Shift+N"],
    "focus_tree": ["Ctrl+1"],
    "focus_view": ["Ctrl+2"],
    "focus_panel": ["Ctrl+3"],
    "meeting": ["F5"],
    "full_screen": ["F11"],
    "register": ["Ctrl+Shift+R"],
    "attendance": ["Ctrl+Shift+A"],
    "paper": ["P"],
    "presenter": ["Ctrl+Shift+P"],
}
# macOS: Cmd+Shift+Q logs the user out and Cmd+Opt+Q quits closing all windows, F9-F11 belong
# to Mission Control and Show Desktop, Cmd+G is Find Next and Opt+arrows move by word. So:
# Preview's Cmd+Opt+G for Go to page, Cmd+[ / Cmd+] back and forward, Ctrl+Cmd+F full screen.
MAC_SHORTCUTS: dict[str, Keys] = {
    "next_hit": [sk.FindNext, "F3"],  # Cmd+G
    "prev_hit": [sk.FindPrevious, "Shift+F3"],  # Cmd+Shift+G
    "back": ["Ctrl+["],
    "forward": ["Ctrl+]"],
    "goto": ["Ctrl+Alt+G"],  # Cmd+Opt+G
    "tree": ["Ctrl+Alt+1"],  # Cmd+Opt+1
    "panel": ["Ctrl+Alt+2"],  # Cmd+Opt+2
    "prev_item": ["Ctrl+Alt+Up"],
    "next_item": ["Ctrl+Alt+Down"],
    "add_question": ["Ctrl+Shift+K"],  # Cmd+Shift+K: "ask"
    "meeting": ["Ctrl+Shift+M"],
    "full_screen": ["Ctrl+Meta+F"],  # Ctrl+Cmd+F, the system's full-screen key
}


def shortcuts(mac: bool | None = None) -> dict[str, Keys]:
    """The shortcut table for this platform (MAC=True/False to see another's)."""
    if mac is None:
        mac = sys.platform == "darwin"
    return {**SHORTCUTS, **MAC_SHORTCUTS} if mac else dict(SHORTCUTS)


def app_icon() -> QIcon:
    """boardprep's icon at every size shipped in the package (importlib.resources)."""
    from boardprep.core.paths import icon_file

    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        path = icon_file(size)
        if path.exists():
            icon.addFile(str(path))
    return icon


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
    w.meeting_tools.update_actions()


def build_actions(w: MainWindow) -> None:
    """Create the window's actions, then its menus (with File ▸ Export) and toolbar."""
    sp = QStyle.StandardPixmap
    k = shortcuts()
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.windowIcon().isNull():
        app.setWindowIcon(app_icon())  # every window and dialog, and the task bar

    def action(
        text: str, slot: Callable[..., Any], keys: Keys | None = None, *args: Any, **kw: Any
    ) -> QAction:
        return make_action(w, text, slot, keys, *args, **kw)

    w.act_open = action("&Open pack…", w.opener.browse, k["open"], sp.SP_DialogOpenButton)
    w.act_sample = action("Open the &sample pack", w.open_sample)
    w.act_home = action("&Start screen", w.show_start, None, sp.SP_DirHomeIcon)
    w.act_quit = action("&Quit", w.close, k["quit"])
    w.act_find = action(
        "&Search…", w.panels.show_search, k["find"], sp.SP_FileDialogContentsView, "Search"
    )
    w.act_next_hit = action("Next match", lambda: w.panels.step_hit(1), k["next_hit"])
    w.act_prev_hit = action("Previous match", lambda: w.panels.step_hit(-1), k["prev_hit"])
    w.act_back = action("&Back", w.nav.go_back, k["back"], sp.SP_ArrowBack)
    w.act_forward = action("&Forward", w.nav.go_forward, k["forward"], sp.SP_ArrowForward)
    w.act_goto = action("&Go to page…", w.nav.ask_go_to_page, k["goto"])
    w.act_zoom_in = action("Zoom &in", w.status.zoom_in, k["zoom_in"])
    w.act_zoom_out = action("Zoom &out", w.status.zoom_out, k["zoom_out"])
    w.act_fit_width = action("Fit &width", w.status.fit_width, k["fit_width"])
    w.act_fit_page = action("Fit &page", w.status.fit_page, k["fit_page"])
    w.act_tree = action("Agenda &tree", w.panels.toggle_tree, k["tree"], checkable=True)
    w.act_panel = action("Member's &panel", w.panels.toggle_panel, k["panel"], checkable=True)
    w.act_prev_item = action("Previous item", lambda: w.nav.step_item(-1), k["prev_item"])
    w.act_next_item = action("Next item", lambda: w.nav.step_item(1), k["next_item"])
    w.act_add_question = action("Add &question", w.panels.add_question, k["add_question"])
    w.act_notes = action("Write &notes", w.panels.focus_notes, k["notes"])
    w.act_about = action("&About boardprep", lambda: show_about(w))
    w.act_log_folder = action("Open &log folder", lambda: open_log_folder(w))
    # Keyboard users move between the three panes directly.
    w.act_focus_tree = action("Focus the &agenda", w.panels.focus_tree, k["focus_tree"])
    w.act_focus_view = action(
        "Focus the &pages",
        lambda: w.view.setFocus(Qt.FocusReason.ShortcutFocusReason),
        k["focus_view"],
    )
    w.act_focus_panel = action("Focus your &notes", w.panels.focus_notes, k["focus_panel"])
    w.act_meeting = action(
        "&Meeting mode",
        lambda on: w.panels.set_meeting_mode(bool(on)),
        k["meeting"],
        checkable=True,
        tip="Meeting mode: the chair's one-item view, full screen",
    )
    # One full-screen toggle for the whole window (reading and meeting mode alike).
    w.act_full_screen = action(
        "&Full screen", lambda on: w.full_screen.set(bool(on)), k["full_screen"], checkable=True
    )
    from boardprep.ui.meeting_actions import build_meeting_actions

    build_meeting_actions(w, action, k)
    w.act_tree.setChecked(True)
    w.act_panel.setChecked(True)
    _build_menus(w)
    _build_toolbar(w)
    w.nav.update_actions()


def show_about(w: MainWindow) -> None:
    QMessageBox.about(
        w,
        "About boardprep",
        f"boardprep {__version__} — prepare for board and committee meetings.\n\n"
        "Your notes, questions and declarations stay on this computer.\n\n"
        "MIT License, boardprep contributors.",
    )


def open_log_folder(w: MainWindow) -> None:
    """Help ▸ Open log folder: the folder of the log file to attach to a report."""
    from boardprep.ui.crash import open_log_folder as show_folder

    show_folder(getattr(w, "data_dir", None))


def _build_menus(w: MainWindow) -> None:
    mb = w.menuBar()
    m = mb.addMenu("&File")
    for a in (w.act_open, w.act_sample, w.act_home):
        m.addAction(a)
    m.addSeparator()
    m.addAction(w.act_quit)
    from boardprep.ui.export_actions import ExportController

    w.exports = ExportController(w, m, w.act_quit)
    from boardprep.ui.printing import PrintController

    w.printing = PrintController(w, m, w.act_quit)
    m = mb.addMenu("&Edit")
    from boardprep.ui.agenda_fixes import add_undo_actions

    add_undo_actions(w, m)  # Undo / Redo of the agenda's corrections
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
    from boardprep.ui.side_views import SideViews

    w.side_views = SideViews(w)  # page thumbnails and the PDF's outline, off by default
    for a in w.side_views.actions():
        m.addAction(a)
    m.addSeparator()
    m.addAction(w.act_full_screen)
    m.addSeparator()
    for a in (w.act_focus_tree, w.act_focus_view, w.act_focus_panel):
        m.addAction(a)
    m = mb.addMenu("&Go")
    for a in (w.act_back, w.act_forward, w.act_goto, w.act_prev_item, w.act_next_item):
        m.addAction(a)
    m = mb.addMenu("&Meeting")
    for a in (w.act_meeting, w.act_paper, w.act_presenter):
        m.addAction(a)
    m.addSeparator()
    for a in (w.act_register, w.act_attendance):
        m.addAction(a)
    m = mb.addMenu("&Help")
    m.addAction(w.act_log_folder)
    m.addSeparator()
    m.addAction(w.act_about)


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
        button = tb.widgetForAction(a)
        if isinstance(button, QToolButton):  # what a tool bar shows an action as
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    w.act_zoom_in.setText("Zoom &in")
    w.toolbar = tb
