"""Rendering benchmark for PdfView on a generated 400-page pack.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_render.py [--pages 400]

Prints: worker page-geometry time, time to first page visible, the longest UI-thread stall
while scrolling through every page (a 5 ms QTimer heartbeat measures gaps between ticks),
and the time to paint a page flip served from the cache.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pymupdf
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from boardprep.ui.pdfview import PdfView
from boardprep.ui.render_worker import open_checked, page_sizes

WORDS = [
    "council",
    "budget",
    "drainage",
    "report",
    "appendix",
    "minutes",
    "committee",
    "resolved",
    "noted",
    "officer",
]


def make_pack(path: Path, pages: int) -> None:
    """Dense text pages, every 10th with a full-page vector chart (slower to render)."""
    doc = pymupdf.open()
    for n in range(1, pages + 1):
        page = doc.new_page(width=595, height=842)
        page.insert_text((60, 70), f"Report {n // 10 + 1}: section {n}", fontsize=16)
        for k in range(44):
            line = " ".join(WORDS[(n + k + j) % len(WORDS)] for j in range(11))
            page.insert_text((60, 100 + 16 * k), line, fontsize=10)
        if n % 10 == 0:
            for j in range(300):
                x = 60 + (j * 37) % 470
                y = 120 + (j * 53) % 650
                page.draw_rect(
                    pymupdf.Rect(x, y, x + 30, y + 18), color=(0.2, 0.3, 0.7), fill=(0.8, 0.9, 1)
                )
        page.insert_text((280, 815), f"Page {n}", fontsize=9)
    doc.save(path)
    doc.close()


def wait(signal, timeout_ms: int = 20000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def process_for(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Heartbeat:
    """Ticks every 5 ms on the UI thread; any long gap between ticks is a stall."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append((now - self.last) / 1e6)
        self.last = now

    def stop(self) -> None:
        self.timer.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=400)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pack.pdf"
        make_pack(path, args.pages)

        doc = open_checked(str(path))
        t = time.perf_counter()
        page_sizes(doc)
        geometry_ms = (time.perf_counter() - t) * 1000
        doc.close()

        view = PdfView()
        view.resize(900, 1000)
        view.show()
        app.processEvents()

        # Baseline: the same heartbeat with nothing to do shows what the machine's load costs.
        idle = Heartbeat()
        idle.start()
        process_for(2000)
        idle.stop()
        idle_max = max(idle.gaps, default=0.0)

        t = time.perf_counter()
        view.open_document(str(path))
        wait(view.documentLoaded)
        loaded_ms = (time.perf_counter() - t) * 1000
        if not view.visible_pages_rendered():
            wait(view.renderedVisible)
        first_ms = (time.perf_counter() - t) * 1000

        # Scroll through every page at ~60 steps/s, half a screen per step (a fast reader).
        beat = Heartbeat()
        beat.start()
        bar = view.verticalScrollBar()
        step = view.viewport().height() // 2
        t = time.perf_counter()
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + step)
            process_for(16)
        scroll_s = time.perf_counter() - t
        beat.stop()
        gaps = sorted(beat.gaps)
        p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0.0

        # Cached page flip: both pages rendered, then time a synchronous repaint after a jump.
        view.go_to_page(200)
        if not view.visible_pages_rendered():
            wait(view.renderedVisible)
        view.go_to_page(201)
        if not view.visible_pages_rendered():
            wait(view.renderedVisible)
        process_for(1000)  # let prefetch finish so flips measure painting, not GIL waits
        flips = []
        for n in range(20):
            t = time.perf_counter()
            view.go_to_page(200 + n % 2)
            view.viewport().repaint()
            flips.append((time.perf_counter() - t) * 1000)
        cached = view.visible_pages_rendered()

        print(f"pages                         {view.page_count()}")
        print(f"page geometry in worker       {geometry_ms:7.1f} ms")
        print(f"open -> documentLoaded        {loaded_ms:7.1f} ms")
        print(f"open -> first page visible    {first_ms:7.1f} ms")
        print(f"scroll through all pages      {scroll_s:7.2f} s ({len(gaps)} heartbeats)")
        print(f"idle heartbeat gap max        {idle_max:7.1f} ms (machine-load baseline)")
        print(f"UI stall while scrolling max  {gaps[-1] if gaps else 0:7.1f} ms (p99 {p99:.1f} ms)")
        print(
            f"cached page flip paint median {statistics.median(flips):7.2f} ms "
            f"(max {max(flips):.2f} ms, served from cache: {cached})"
        )
        print(
            f"cache                         {len(view._cache)} images, "
            f"{view._cache.bytes_used / 2**20:.0f} MB"
        )
        view.close()


if __name__ == "__main__":
    main()
