"""Small things of the reading view: Go to page out of range says so in the status bar, Tab
leaves single-purpose fields, save dialogs start in Documents or the last folder used."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from boardprep.ui import item_navigation
from boardprep.ui import settings as st
from boardprep.ui.export_actions import KINDS


def test_go_to_a_page_out_of_range_says_so(
    qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = opened
    w.view.go_to_page(5)
    answers = iter([("9999", True), ("#0", True), ("minutes", True)])
    monkeypatch.setattr(item_navigation.QInputDialog, "getText", lambda *a, **k: next(answers))
    w.act_goto.trigger()
    # This pack's printed numbers are the PDF's own (tests/ui/test_navigation.py has the rest).
    assert w.statusBar().currentMessage() == (
        f"There is no page 9999 in this pack: it has {w.view.page_count()} pages."
    )
    assert w.view.current_page() == 5 and QApplication.activeModalWidget() is None
    w.act_goto.trigger()
    assert w.statusBar().currentMessage() == (
        f"There is no page #0 in this pack: it has {w.view.page_count()} pages."
    )
    w.act_goto.trigger()
    assert w.statusBar().currentMessage().startswith("“minutes” is not a page number")
    assert w.view.current_page() == 5


def test_tab_leaves_a_question_but_not_the_notes(qtbot: Any, opened: Any) -> None:
    w = opened
    item = next(it for it in w.tree.walk() if it.pdf_pages)
    assert w.select_item(item.number)
    questions = w.panel.questions
    w.panel.tabs.setCurrentWidget(questions)
    questions.add_question()
    field = questions.text
    qtbot.waitUntil(field.isVisible)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Who pays")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not field.hasFocus()
    assert field.toPlainText() == "Who pays"
    assert questions.answer.tabChangesFocus()
    # The notes editor, where the member writes at length, keeps Tab for indenting.
    assert not w.panel.notes.editor.tabChangesFocus()


def test_save_dialogs_start_in_documents_then_the_last_folder(
    qtbot: Any, opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    assert st.save_dir() == str(home / "Documents")
    w = opened
    qtbot.waitUntil(lambda: w.sha is not None)
    starts: list[Path] = []
    chosen = iter([tmp_path / "exports" / "notes.md", None])

    def save_as(_parent: Any, _title: str, start: str, _filters: str, sel: str) -> Any:
        starts.append(Path(start))
        path = next(chosen)
        return (str(path), sel) if path else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Cllr Ada Example", True))
    (tmp_path / "exports").mkdir()
    notes = next(k for k in KINDS if k.what == "notes")
    w.exports.export(notes)
    qtbot.waitUntil(lambda: not w.exports.jobs, timeout=20000)
    assert (tmp_path / "exports" / "notes.md").exists()
    w.exports.export(notes)  # cancelled: nothing written, the remembered folder stays
    assert [s.parent for s in starts] == [home / "Documents", tmp_path / "exports"]
    assert starts[0].name.endswith(" notes.docx")  # the suggested name, in that folder
    # A remembered folder that has gone away falls back to Documents.
    (tmp_path / "exports" / "notes.md").unlink()
    (tmp_path / "exports").rmdir()
    assert st.save_dir() == str(home / "Documents")
