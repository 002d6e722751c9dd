"""File ▸ Export / Import and Edit ▸ Your name, with the file and input dialogs patched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pymupdf
import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from boardprep.ui.export_actions import KINDS, default_file_name, format_for


def _kind(what: str) -> Any:
    return next(k for k in KINDS if k.what == what)


def _registered(qtbot: Any, opened: Any) -> Any:
    qtbot.waitUntil(lambda: opened.sha is not None)
    return opened


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path, seen: list[str]) -> None:
    def fake(_parent: Any, _title: str, start: str, filters: str, chosen: str) -> tuple[str, str]:
        seen.extend([start, filters])
        return str(path), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)


def _run_export(qtbot: Any, w: Any, what: str) -> None:
    w.exports.export(_kind(what))
    qtbot.waitUntil(lambda: not w.exports.jobs, timeout=20000)


def test_default_names_and_formats() -> None:
    assert default_file_name("Planning: North", "2026-03-04", "questions", "docx") == (
        "Planning- North 2026-03-04 questions.docx"
    )
    assert default_file_name(None, None, "backup", "json") == "backup.json"
    assert format_for("Markdown (*.md)", "/x/q", ("docx", "md")) == "md"
    assert format_for("Markdown (*.md)", "/x/q.docx", ("docx", "md")) == "docx"


def test_export_questions_docx_and_declarations_pdf(
    qtbot: Any, opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = _registered(qtbot, opened)
    assert w.exports.menu.isEnabled()
    item = next(it for it in w.tree.walk() if it.pdf_pages)
    w.store.add_question(w.sha, item.number, "Why did the fictional budget rise by 9%?")
    w.store.add_declaration(
        w.sha, item.number, interest="other", nature="My cousin runs the bakery", withdraw=False
    )
    asked: list[str] = []

    def name(*_a: Any, **_k: Any) -> tuple[str, bool]:
        asked.append("yes")
        return "Cllr Ada Example", True

    monkeypatch.setattr(QInputDialog, "getText", name)
    seen: list[str] = []
    out = tmp_path / "q.docx"
    _save_as(monkeypatch, out, seen)
    _run_export(qtbot, w, "questions")
    assert w.store.setting("member_name") == "Cllr Ada Example"
    assert w.tree.meeting.date and w.tree.meeting.date in Path(seen[0]).name
    assert "Word document (*.docx)" in seen[1]
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "fictional budget" in text
    assert str(out) in w.statusBar().currentMessage()

    pdf = tmp_path / "d.pdf"
    _save_as(monkeypatch, pdf, seen)
    _run_export(qtbot, w, "declarations")
    assert asked == ["yes"]  # the name is asked once only
    with pymupdf.open(pdf) as doc:
        assert "bakery" in "".join(p.get_text() for p in doc)


def test_import_bundle_reports_counts(
    qtbot: Any, opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = _registered(qtbot, opened)
    w.store.set_setting("member_name", "A Colleague")
    item = next(it for it in w.tree.walk() if it.pdf_pages)
    q = w.store.add_question(w.sha, item.number, "What is the fictional timeline?")
    bundle = tmp_path / "b.json"
    _save_as(monkeypatch, bundle, [])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(bundle), a[4]))
    w.exports.export(_kind("questions"))
    qtbot.waitUntil(lambda: not w.exports.jobs, timeout=20000)
    # JSON was not the first filter: choose it by suffix.
    assert bundle.read_text().lstrip().startswith("{")
    w.store.delete_question(q.id)
    w.refresh_badges()
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(bundle)], ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    w.exports.import_bundle()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "Added: 1" in shown[0]
    assert [x.text for x in w.store.questions(w.sha)] == ["What is the fictional timeline?"]


def test_export_error_is_shown(
    qtbot: Any, opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = _registered(qtbot, opened)
    w.store.set_setting("member_name", "X")
    _save_as(monkeypatch, tmp_path / "missing-dir" / "n.md", [])
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: errors.append(text))
    w.exports.export(_kind("notes"))
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)


def test_edit_your_name_stores_the_setting(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Dr Jo Fictional ", True))
    window.exports.act_name.trigger()
    assert window.store.setting("member_name") == "Dr Jo Fictional"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Someone", False))
    window.exports.act_name.trigger()  # cancelled: unchanged
    assert window.store.setting("member_name") == "Dr Jo Fictional"


def test_first_start_window_is_85_percent_of_the_screen_and_centred(
    qtbot: Any, data_dir: Path
) -> None:
    from boardprep.ui.main_window import MainWindow

    window = MainWindow(str(data_dir))
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    g = window.geometry()
    assert g.width() != 1400  # not the old fixed size
    assert abs(g.width() - max(900, round(area.width() * 0.85))) <= 2
    assert abs(g.center().x() - area.center().x()) <= 2


def test_export_shows_progress_and_cancel_keeps_the_previous_file(
    qtbot: Any, opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from boardprep.core.export import questions
    from boardprep.core.export.output import step

    w = _registered(qtbot, opened)
    w.store.set_setting("member_name", "X")
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "q.csv"
    out.write_text("the previous export\n")
    seen: list[int] = []

    def slow(_store: Any, _sha: str, tmp: Path) -> None:
        Path(tmp).write_text("half an export")
        for i in range(5_000):
            step(i, 100_000, "questions")  # raises once the member presses Cancel
            seen.append(i)
            time.sleep(0.002)

    monkeypatch.setattr(questions, "to_csv", slow)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), a[4]))
    w.exports.export(_kind("questions"))
    dialog = w.exports.progress
    assert dialog is not None and dialog.labelText().startswith("Exporting q.csv")
    qtbot.waitUntil(lambda: dialog.maximum() == 100_000, timeout=10000)
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton).click()  # the Cancel button
    qtbot.waitUntil(lambda: not w.exports.jobs, timeout=10000)
    assert "cancelled" in w.statusBar().currentMessage()
    assert out.read_text() == "the previous export\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["q.csv"]  # no temporary file left


def test_export_works_with_a_read_only_database(
    qtbot: Any, opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker reads through a read-only connection: nothing it does needs to write."""
    import sqlite3

    from boardprep.core.export import reading

    w = _registered(qtbot, opened)
    w.store.set_setting("member_name", "X")
    item = next(it for it in w.tree.walk() if it.pdf_pages)
    w.store.add_question(w.sha, item.number, '=HYPERLINK("http://x","y")')
    modes: list[str] = []
    real = reading._connect

    def spy(path: Path, extra: str) -> sqlite3.Connection:
        conn = real(path, extra)
        modes.append(conn.execute("PRAGMA query_only").fetchone()[0])
        return conn

    monkeypatch.setattr(reading, "_connect", spy)
    out = tmp_path / "q.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), a[4]))
    _run_export(qtbot, w, "questions")
    assert modes == [1]
    assert "'=HYPERLINK" in out.read_text()
    assert (out.stat().st_mode & 0o777) == 0o600


def test_a_hostile_bundle_is_refused_with_its_problems(
    qtbot: Any, opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    w = _registered(qtbot, opened)
    bundle = tmp_path / "evil.json"
    bundle.write_text(
        json.dumps(
            {
                "format": "boardprep-bundle",
                "version": 1,
                "pack": {
                    "sha256": w.sha,
                    "tree": {"pack": {"sha256": w.sha, "pages": 1, "path": "x.pdf"}, "items": []},
                },
                "records": {"questions": ["DROP TABLE", {"text": 42}, {"text": "ok", "page": 0}]},
            }
        )
    )
    errors: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(bundle)], ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: errors.append(text))
    before = len(w.store.questions(w.sha))
    w.exports.import_bundle()
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    assert errors[0].startswith("cannot import evil.json: question 1: it must be an object")
    assert "• question 2: its text must be text, not a number" in errors[0]
    assert "• question 3: its page is out of range" in errors[0]
    assert len(w.store.questions(w.sha)) == before


def test_the_menu_offers_the_cores_exports() -> None:
    """One list of exports (core.export.EXPORTERS, which the CLI's choices come from): the menu
    names each with a label and offers formats the core can write, nothing else."""
    from boardprep.cli import build_parser
    from boardprep.core.export import EXPORTERS

    for k in KINDS:
        assert set(k.formats) <= set(EXPORTERS[k.what]), k.what
    # The corrected agenda (a bundle of kind "agenda") is the command line's: `boardprep fix`.
    assert {k.what for k in KINDS} == set(EXPORTERS) - {"agenda"}
    export = build_parser()._subparsers._group_actions[0].choices["export"]  # type: ignore[union-attr]
    what = next(a for a in export._actions if a.dest == "what")
    assert list(what.choices) == list(EXPORTERS)
