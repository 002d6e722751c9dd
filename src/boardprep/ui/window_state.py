"""The window's layout across sessions: geometry, toolbars/docks, splitter, panes shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from boardprep.ui import settings as st

if TYPE_CHECKING:
    from boardprep.ui.main_window import MainWindow

# The splitter's sizes go by position: since the thumbnail strip made it four panes, sizes
# saved for three would give the member's panel no width, so they are kept under a new key.
SPLITTER_KEY = "window/splitter4"


def first_start_geometry(w: MainWindow) -> None:
    """85 % of the screen, centred: without a window manager Qt would put it at 0,0."""
    screen = w.screen() or QApplication.primaryScreen()
    if screen is None:
        w.resize(1400, 900)
        return
    area = screen.availableGeometry()
    width = max(w.minimumWidth(), round(area.width() * 0.85))
    height = max(w.minimumHeight(), round(area.height() * 0.85))
    w.setGeometry(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
        width,
        height,
    )


def restore_settings(w: MainWindow) -> None:
    geo = st.load_bytes("window/geometry")
    if geo is not None:
        w.restoreGeometry(geo)
    else:
        first_start_geometry(w)
    state = st.load_bytes("window/state")
    if state is not None:
        w.restoreState(state)
    split = st.load_bytes(SPLITTER_KEY)
    if split is not None:
        w.splitter.restoreState(split)
    tree_on = st.load_bool("window/treeVisible", True)
    panel_on = st.load_bool("window/panelVisible", True)
    w.left.setVisible(tree_on)
    w.panel.setVisible(panel_on)
    w.act_tree.setChecked(tree_on)
    w.act_panel.setChecked(panel_on)


def save_settings(w: MainWindow) -> None:
    st.save_bytes("window/geometry", w.saveGeometry())
    st.save_bytes("window/state", w.saveState())
    st.save_bytes(SPLITTER_KEY, w.splitter.saveState())
    st.save_bool("window/treeVisible", w.act_tree.isChecked())
    st.save_bool("window/panelVisible", w.act_panel.isChecked())
