"""Encrypted packs: the window asks for the password (echo off), says plainly when it is wrong,
offers to try again, and Cancel leaves the window as it was; the core opener takes a password;
`boardprep agenda` says the pack needs one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from boardprep.core import pdfopen
from boardprep.core.errors import EncryptedPdfError, WrongPasswordError
from boardprep.ui.pack_password import ask_password
from tests.packgen import PackSpec, build_pack
from tests.ui.conftest import open_and_wait, truth_analyzer

PASSWORD = "Kestrel-2026"


@pytest.fixture(scope="module")
def locked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A generated pack saved with a user password (AES-256), and its truth."""
    folder = tmp_path_factory.mktemp("locked")
    plain = folder / "plain.pdf"
    truth = build_pack(PackSpec(layout="glued", n_items=5, seed=11), plain)
    path = folder / "locked-pack.pdf"
    with pymupdf.open(plain) as doc:
        doc.save(
            path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=PASSWORD, owner_pw="clerk-only"
        )
    return path, truth


@pytest.fixture(autouse=True)
def no_remembered_passwords() -> Any:
    yield
    pdfopen._passwords.clear()


def test_core_opener_takes_a_password(locked: Any) -> None:
    path = locked[0]
    with pytest.raises(EncryptedPdfError) as err:
        pdfopen.open_pack(path)
    assert not isinstance(err.value, WrongPasswordError)
    with pytest.raises(WrongPasswordError):
        pdfopen.open_pack(path, "guess")
    with pdfopen.open_pack(path, PASSWORD) as doc:
        assert "Agenda" in "".join(p.get_text() for p in doc)
    assert pdfopen.password_state(path) == "needs password"
    assert pdfopen.password_state(path, "guess") == "wrong password"
    assert pdfopen.password_state(path, PASSWORD) == "opens"
    # Remembered for the session: a plain open_pack(path) (the analysis's) opens it too.
    pdfopen.remember_password(path, PASSWORD)
    with pdfopen.open_pack(path) as doc:
        assert doc.page_count == locked[1]["pack"]["pages"]
    pdfopen.forget_password(path)
    assert pdfopen.known_password(path) is None


def test_cli_agenda_says_the_pack_needs_a_password(locked: Any, tmp_path: Path) -> None:
    res = subprocess.run(
        [sys.executable, "-m", "boardprep", "agenda", str(locked[0]), "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 1 and res.stdout == ""
    assert res.stderr.strip() == (
        f"boardprep: cannot open {locked[0]}: file is encrypted (it needs a password)"
    )


def test_the_dialog_hides_what_is_typed(qtbot: Any) -> None:
    seen: list[tuple[QLineEdit.EchoMode, str]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        seen.append((dialog.textEchoMode(), dialog.labelText()))
        dialog.setTextValue("s3cret")
        dialog.accept()

    QTimer.singleShot(0, answer)
    assert ask_password(None, "pack.pdf", wrong=False) == "s3cret"
    QTimer.singleShot(0, answer)
    assert ask_password(None, "pack.pdf", wrong=True) == "s3cret"
    assert [mode for mode, _ in seen] == [QLineEdit.EchoMode.Password] * 2
    assert "protected by a password" in seen[0][1]
    assert seen[1][1].startswith("That password does not open “pack.pdf”.")


def scripted(answers: list[str | None], asked: list[tuple[str, bool]]) -> Any:
    def ask(_parent: Any, name: str, wrong: bool) -> str | None:
        asked.append((name, wrong))
        return answers.pop(0)

    return ask


def test_cancel_leaves_the_window_as_it_was(
    qtbot: Any, opened: Any, locked: Any, pack: tuple[Path, dict[str, Any]]
) -> None:
    w = opened
    w.view.go_to_page(9)
    before = (w.path, w.sha, w.tree, w.stack.currentWidget(), w.view.current_page())
    asked: list[tuple[str, bool]] = []
    w.opener.gate.ask = scripted(["guess", None], asked)
    w.open_pack(str(locked[0]))
    qtbot.waitUntil(lambda: len(asked) == 2 and w.is_idle(), timeout=10000)
    assert asked == [("locked-pack.pdf", False), ("locked-pack.pdf", True)]  # retried once
    assert (w.path, w.sha, w.tree, w.stack.currentWidget(), w.view.current_page()) == before
    assert w.view.page_count() == pack[1]["pack"]["pages"]
    assert "was not opened: it needs its password" in w.statusBar().currentMessage()
    assert pdfopen.known_password(locked[0]) is None


def test_the_right_password_opens_the_pack(qtbot: Any, data_dir: Path, locked: Any) -> None:
    from boardprep.ui.main_window import MainWindow

    path, truth = locked
    w = MainWindow(str(data_dir), analyze_fn=truth_analyzer(truth))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    asked: list[tuple[str, bool]] = []
    w.opener.gate.ask = scripted(["wrong", PASSWORD], asked)
    errors: list[str] = []
    w.report_error = lambda _name, message: errors.append(message)
    open_and_wait(qtbot, w, path)
    assert asked == [("locked-pack.pdf", False), ("locked-pack.pdf", True)]
    assert not errors
    assert w.view.page_count() == truth["pack"]["pages"]
    qtbot.waitUntil(w.view.visible_pages_rendered, timeout=10000)
    assert w.tree is not None and w.sha == pdfopen.sha256_file(path)
    # The search index was built from the unlocked text.
    w.search.query.setText("Agenda")
    w.search.run_search()
    assert w.search.results.count() > 0
    # Opened again this session: no second question.
    w.show_start()
    open_and_wait(qtbot, w, path)
    assert len(asked) == 2


def test_shot_of_an_encrypted_pack_says_it_needs_a_password(locked: Any, tmp_path: Path) -> None:
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "boardprep",
            "shot",
            str(locked[0]),
            "--out",
            str(tmp_path / "shot.png"),
            "--data-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert res.returncode == 1
    assert "file is encrypted (it needs a password)" in res.stderr
    assert not (tmp_path / "shot.png").exists()


def test_going_home_while_a_pack_is_checked_opens_nothing(
    qtbot: Any, window: Any, pack: tuple[Path, dict[str, Any]]
) -> None:
    window.open_pack(str(pack[0]))
    window.show_start()  # before the check in the background has answered
    qtbot.waitUntil(window.is_idle, timeout=10000)
    qtbot.wait(100)
    assert window.stack.currentWidget() is window.start and window.path is None
