"""Stress: everything that reads the PDF at once, on a 400-page pack, with the thread guard on.

While the real engine (slowed a little, so the storm always meets it) analyses the pack, the
reader flicks through the pages, the view searches every page and the thumbnails render; once
the pack is registered the annotated pack is exported and twenty pages are printed to a file.
``BOARDPREP_PDF_GUARD`` raises and records any PyMuPDF call made off the owner's thread: none
may happen, every job must complete, and the UI thread must keep ticking.
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter

from boardprep.core import pdf_guard, pdf_owner
from tests.packgen import PackSpec, build_pack

PAGES = 400


@pytest.fixture(scope="module")
def big_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stress") / "big-pack.pdf"
    build_pack(PackSpec(n_items=14, seed=5, target_pages=PAGES), path)
    return path


@pytest.fixture
def guard(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv(pdf_guard.ENV, "1")
    pdf_owner.owner()  # installs the guard as the app does when the variable is set
    assert pdf_guard.installed()
    before = len(pdf_guard.violations)
    yield lambda: pdf_guard.violations[before:]
    pdf_guard.uninstall()


def slowed_engine(
    path: str, *, data_dir: Any = None, use_cache: bool = True, progress: Any = None
) -> Any:
    """The real engine, as on a slower machine (a pause at each progress report), so the
    storm below always meets the analysis however fast this one runs."""
    from boardprep.core.engine.analysis import analyze

    def slowly(done: int, total: int, message: str) -> None:
        time.sleep(0.04)
        progress(done, total, message)

    return analyze(path, data_dir=data_dir, use_cache=use_cache, progress=slowly)


class Heartbeat:
    """Ticks every 10 ms on the UI thread; the longest gap says how long it was blocked."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def test_scroll_search_thumbnails_export_and_print_at_once(
    qtbot: Any, data_dir: Path, tmp_path: Path, big_pack: Path, guard: Any
) -> None:
    from boardprep.ui.main_window import MainWindow

    started = time.perf_counter()
    w = MainWindow(str(data_dir), analyze_fn=slowed_engine)  # on the owner's thread too
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.side_views.act_thumbnails.setChecked(True)
    beat = Heartbeat()
    w.open_pack(str(big_pack))
    qtbot.waitUntil(lambda: w.view.page_count() == PAGES, timeout=10000)

    # While the agenda is being found: flick through the pages (each flick's first pages are
    # stale before they render) and search every page; time each flick until it is drawn.
    rng = random.Random(11)
    w.view.set_search_term("council")
    during: list[float] = []  # seconds from a flick to its pages drawn, while analysing
    deadline = time.perf_counter() + 4.0
    while w.tree is None and time.perf_counter() < deadline:
        for _ in range(3):
            w.view.go_to_page(rng.randint(1, PAGES))
            qtbot.wait(5)
        asked = time.perf_counter()
        analysing = w.loader is not None and w.loader.isRunning()
        qtbot.waitUntil(w.view.visible_pages_rendered, timeout=5000)
        if analysing and w.tree is None:
            during.append(time.perf_counter() - asked)
    qtbot.waitUntil(lambda: w.tree is not None, timeout=20000)
    analysed = time.perf_counter()
    assert len(during) >= 3, "the analysis was over before the storm began: nothing was tested"

    # Once registered: the annotated pack, with a note and a highlight, and a print job.
    qtbot.waitUntil(lambda: w.sha is not None, timeout=15000)
    item = next(it for it in w.tree.walk() if it.pdf_pages)
    page = item.pdf_pages[0]
    w.store.add_note(w.sha, item.number, "Ask about the fictional budget", page=page)
    w.store.add_highlight(w.sha, page, [(72, 72, 300, 72, 72, 90, 300, 90)], "budget")
    out = tmp_path / "annotated.pdf"
    args = {
        "sha": w.sha,
        "what": "annotated-pdf",
        "fmt": "pdf",
        "out": str(out),
        "pack_path": w.path,
    }
    w.exports._start("export", args, w.exports._exported)
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))

    def twenty_pages(_parent: Any, p: QPrinter, _count: int) -> bool:
        p.setPrintRange(QPrinter.PrintRange.PageRange)
        p.setFromTo(PAGES - 19, PAGES)
        return True

    w.printing.ask = twenty_pages
    job = w.printing.print_pages("pack", printer)
    assert job is not None
    for _ in range(40):  # still reading while both run
        w.view.go_to_page(rng.randint(1, PAGES))
        qtbot.wait(10)
    w.search.query.setText("council")
    w.search.run_search()

    # Everything completes.
    qtbot.waitUntil(lambda: not w.exports.jobs and job.isFinished(), timeout=20000)
    qtbot.waitUntil(w.is_idle, timeout=10000)
    qtbot.waitUntil(w.view.visible_pages_rendered, timeout=10000)
    strip = w.side_views.thumbnails
    qtbot.waitUntil(lambda: strip.model.rowCount() == PAGES, timeout=10000)
    qtbot.waitUntil(lambda: len(w.view.search_hits()) > 100, timeout=10000)
    qtbot.waitUntil(lambda: pdf_owner.owner().idle(), timeout=10000)
    finished = time.perf_counter()
    beat.timer.stop()

    assert guard() == []  # no PyMuPDF call from any thread but the owner's
    assert w.search.results.count() > 0
    visible = strip.list.indexAt(strip.list.viewport().rect().center()).row()
    assert visible >= 0
    # The strip draws the rows in sight through the owner too: wait for it, never race it.
    qtbot.waitUntil(lambda: strip.model.image(visible) is not None, timeout=10000)
    pdf_guard.uninstall()  # reading the results here, on the test's own thread
    with pymupdf.open(out) as doc:
        assert doc.page_count == PAGES
        assert {a.type[1] for a in doc[page - 1].annots()} == {"Text", "Highlight"}
    with pymupdf.open(printed) as doc:
        assert doc.page_count == 20
    # Pages were drawn during the analysis, and the UI thread never stalled long. The bounds
    # only catch a frozen thread (seconds), not slowness: CI machines are shared and slow;
    # the figures themselves are measured by benchmarks/bench_owner.py.
    assert max(during) < 4.0, f"a page took {max(during):.2f} s to draw during the analysis"
    assert beat.longest < 4.0, f"the UI thread stalled for {beat.longest:.2f} s"
    print(
        f"\nstress: analysis {analysed - started:.2f} s with {len(during)} flicks drawn in "
        f"{min(during) * 1000:.0f}-{max(during) * 1000:.0f} ms, all done "
        f"{finished - started:.2f} s, longest UI stall {beat.longest * 1000:.0f} ms"
    )
