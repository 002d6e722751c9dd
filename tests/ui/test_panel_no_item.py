"""The member's panel with no agenda item chosen, and where its "save to a file" dialog starts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from boardprep.ui import settings as st
from boardprep.ui.member_panel import NO_ITEM_HELP


def test_no_item_says_what_to_do_instead_of_looking_editable(qtbot: Any, opened: Any) -> None:
    w = opened
    panel = w.panel
    panel.set_item(None)
    # The tabs are replaced by the sentence; nothing that takes typing is on screen.
    assert panel.body.currentWidget() is panel.choose
    assert panel.choose.isVisible() and not panel.tabs.isVisible()
    assert panel.choose.text() == NO_ITEM_HELP
    assert "Choose an agenda item in the tree" in NO_ITEM_HELP
    assert not panel.notes.isEnabled() and not panel.questions.isEnabled()
    assert not panel.declaration.isEnabled()
    # Ctrl+Shift+N with no item says why nothing opens, in the status bar.
    w.panels.focus_notes()
    assert "choose one in the tree" in w.statusBar().currentMessage()
    w.statusBar().clearMessage()
    w.panels.add_question()
    assert w.statusBar().currentMessage().startswith("Questions belong to an agenda item")

    item = next(it for it in w.tree.walk() if it.pdf_pages)
    w.select_item(item.number)
    assert panel.body.currentWidget() is panel.tabs and panel.tabs.isVisible()
    assert panel.notes.isEnabled() and not panel.choose.isVisible()
    panel.tabs.setCurrentWidget(panel.questions)
    w.panels.focus_notes()
    assert panel.tabs.currentWidget() is panel.notes


def test_save_elsewhere_starts_in_documents_then_the_last_folder(
    qtbot: Any, opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    panel = opened.panel
    item = next(it for it in opened.tree.walk() if it.pdf_pages)
    opened.select_item(item.number)
    starts: list[Path] = []
    chosen = iter([tmp_path / "kept" / "my-notes.txt", None])

    def save_as(_parent: Any, _title: str, start: str, _filters: str) -> Any:
        starts.append(Path(start))
        path = next(chosen)
        return (str(path), "") if path else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    (tmp_path / "kept").mkdir()
    assert panel.save_elsewhere() == tmp_path / "kept" / "my-notes.txt"
    assert panel.save_elsewhere() is None  # cancelled
    assert starts == [
        home / "Documents" / "boardprep-unsaved-notes.txt",
        tmp_path / "kept" / "boardprep-unsaved-notes.txt",
    ]
    assert st.save_dir() == str(tmp_path / "kept")  # shared with the export dialogs
