"""run_app as cli.py calls it: start screen, a pack, a bad file (the event loop is stubbed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from boardprep.ui import app as app_mod
from boardprep.ui.main_window import MainWindow


def _windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


@pytest.fixture
def no_loop(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    before = set(map(id, _windows()))
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 0)
    yield
    for w in _windows():
        if id(w) not in before:
            w.close()
            w.deleteLater()


def _new_window(before: set[int]) -> MainWindow:
    (w,) = [w for w in _windows() if id(w) not in before and w.isVisible()]
    return w


def test_no_pack_shows_the_start_screen(no_loop: Any, tmp_path: Path) -> None:
    before = set(map(id, _windows()))
    assert app_mod.run_app(None, str(tmp_path / "d"), False) == 0
    w = _new_window(before)
    assert w.stack.currentWidget() is w.start
    assert w.start.sample_btn.isEnabled()


def test_bad_pack_reports_and_keeps_running(
    qtbot: Any, no_loop: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "agenda.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage without any objects")
    before = set(map(id, _windows()))
    assert app_mod.run_app(str(bad), str(tmp_path / "d"), False) == 0
    w = _new_window(before)
    qtbot.waitUntil(lambda: bool(shown) and w.is_idle(), timeout=20000)
    assert "agenda.pdf" in shown[0]
    assert w.isVisible() and w.stack.currentWidget() is w.start


def test_sample_flag_opens_the_sample_pack(qtbot: Any, no_loop: Any, tmp_path: Path) -> None:
    from boardprep.core.paths import sample_pack

    if not sample_pack().exists():
        pytest.skip("no bundled sample pack in this checkout")
    before = set(map(id, _windows()))
    app_mod.run_app(None, str(tmp_path / "d"), True)
    w = _new_window(before)
    qtbot.waitUntil(lambda: w.tree is not None and w.is_idle(), timeout=60000)
    assert w.path == str(sample_pack())
    assert w.model.rowCount() > 0
