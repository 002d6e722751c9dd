"""The window shows the deadlines a pack prints (written questions, deputations) under the
meeting's facts, soonest first, and a click opens the page that prints them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pymupdf

from tests.ui.conftest import open_and_wait


def _pack_with_a_deadline(path: Path, year: int = 2099) -> None:
    doc = pymupdf.open()
    front = doc.new_page()
    front.insert_htmlbox(
        pymupdf.Rect(56, 56, 539, 400),
        f"<p><b>Harbour Town Council</b></p><p>Wednesday 11 March {year} at 7.00 pm</p>"
        "<p>Written questions must be received by the Clerk no later than 12 noon on "
        f"Monday 9 March {year}.</p><p><b>AGENDA</b></p>"
        "<p>1. Apologies for absence</p><p>2. Minutes (Pages 2 - 3)</p>"
        "<p>3. Budget (Pages 4 - 4)</p>",
    )
    for n in range(2, 5):
        page = doc.new_page()
        page.insert_text((72, 100), f"Paper text on page {n}", fontsize=12)
        page.insert_text((280, 820), f"Page {n}", fontsize=9)
    doc.save(path)


def test_deadlines_are_shown_and_open_their_page(qtbot: Any, tmp_path: Path) -> None:
    from boardprep.ui.main_window import MainWindow

    pdf = tmp_path / "deadline.pdf"
    _pack_with_a_deadline(pdf)
    w = MainWindow(str(tmp_path / "data"))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    open_and_wait(qtbot, w, pdf)
    qtbot.waitUntil(lambda: w.deadlines_label.isVisible(), timeout=10000)
    due = datetime(2099, 3, 9, 12, 0)
    assert f"Written questions: by 12:00, {due:%a} 9 Mar 2099 — in " in w.deadlines_label.text()
    w.view.go_to_page(3)
    w.deadlines_label.linkActivated.emit("page:1")
    qtbot.waitUntil(lambda: w.view.current_page() == 1, timeout=5000)


def test_a_deadline_already_passed_is_no_reminder(qtbot: Any, tmp_path: Path) -> None:
    from boardprep.ui.main_window import MainWindow

    pdf = tmp_path / "old.pdf"
    _pack_with_a_deadline(pdf, year=2001)
    w = MainWindow(str(tmp_path / "data"))
    qtbot.addWidget(w)
    w.show()
    open_and_wait(qtbot, w, pdf)
    qtbot.wait(300)  # the deadlines are read after indexing
    assert not w.deadlines_label.isVisible()
