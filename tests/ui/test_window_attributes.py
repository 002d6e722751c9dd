"""MainWindow declares (for the type checker) what build_actions and its helpers set on it:
each declared name must be set, with the declared kind, once the window is built."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction

from boardprep.ui.main_window import MainWindow
from boardprep.ui.window_actions import READER_ACTIONS


def test_every_declared_attribute_is_set(window: Any) -> None:
    declared = MainWindow.__annotations__
    actions = [name for name, kind in declared.items() if kind == "QAction"]
    assert len(actions) > 30 and set(READER_ACTIONS) <= set(actions)
    missing = [name for name in declared if not hasattr(window, name)]
    assert missing == []
    assert all(isinstance(getattr(window, name), QAction) for name in actions)
    # and no act_* made at run time goes undeclared
    assert sorted(n for n in vars(window) if n.startswith("act_")) == sorted(actions)
