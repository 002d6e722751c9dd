"""Fixtures for the desktop app tests: temp data dir and QSettings, generated packs.

The window is given an ``analyze`` that returns the generator's ground truth, so these tests
check the UI layer alone; ``test_shot.py`` runs the real engine end to end.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings

from boardprep.core.model import AgendaTree
from boardprep.core.pdfopen import open_pack, sha256_file
from tests.packgen import PackSpec, build_pack


def truth_tree(truth: dict[str, Any], path: str) -> AgendaTree:
    data = dict(truth)
    data["pack"] = {"path": str(path), "sha256": sha256_file(path), "pages": truth["pack"]["pages"]}
    data["warnings"] = ["Item 9: the printed page range did not match the stamps (test)."]
    return AgendaTree.from_json(data)


def truth_analyzer(truth: dict[str, Any]) -> Callable[..., AgendaTree]:
    def analyze(
        path: str, *, data_dir: Any = None, use_cache: bool = True, progress: Any = None
    ) -> AgendaTree:
        open_pack(path).close()  # a file that is no PDF fails here, as in the real engine
        if progress:
            progress(1, 1, "Reading the agenda…")
        return truth_tree(truth, path)

    return analyze


@pytest.fixture(scope="session")
def pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A small fictional pack: 6 items, sub-items, appendices, 'Page N' stamps."""
    path = tmp_path_factory.mktemp("packs") / "committee-pack.pdf"
    truth = build_pack(PackSpec(layout="glued", n_items=6, seed=7), path)
    return path, truth


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: Any) -> Iterator[Path]:
    """Each test gets its own QSettings file: never the user's."""
    settings_dir = tmp_path / "settings"
    settings_dir.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    QCoreApplication.setOrganizationName(f"boardprep-test-{uuid.uuid4().hex[:8]}")
    QCoreApplication.setApplicationName("boardprep")
    yield settings_dir


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def window(qtbot: Any, data_dir: Path, pack: tuple[Path, dict[str, Any]]) -> Any:
    from boardprep.ui.main_window import MainWindow

    w = MainWindow(str(data_dir), analyze_fn=truth_analyzer(pack[1]))
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    return w


def open_and_wait(qtbot: Any, window: Any, path: Path | str) -> None:
    """Open ``path`` and wait until it is analysed, registered, indexed and laid out."""
    window.open_pack(str(path))
    qtbot.waitUntil(
        lambda: window.is_idle() and window.sha is not None and window.view.page_count() > 0,
        timeout=30000,
    )


@pytest.fixture
def opened(qtbot: Any, window: Any, pack: tuple[Path, dict[str, Any]]) -> Any:
    open_and_wait(qtbot, window, pack[0])
    return window
