"""File ▸ Print: the pack, the current item's pages or the current page, through Qt's print
dialog (answered here by a stand-in), rendered and painted in a worker thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from PySide6.QtPrintSupport import QPrinter

import boardprep.ui.render_worker as render_worker


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # quick to render
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def run_print(qtbot: Any, w: Any, what: str, out: Path, dialog: Any = None) -> list[Any]:
    seen: list[Any] = []

    def ask(_parent: Any, printer: QPrinter, count: int) -> bool:
        seen.append((printer.printRange(), printer.fromPage(), printer.toPage(), count))
        if dialog is not None:
            dialog(printer)
        return True

    w.printing.ask = ask
    job = w.printing.print_pages(what, pdf_printer(out))
    assert job is not None
    qtbot.waitUntil(job.isFinished, timeout=30000)
    qtbot.waitUntil(lambda: w.printing.progress is None, timeout=5000)
    return seen


def ink(doc: pymupdf.Document, index: int) -> int:
    """Distinct colours on a printed sheet: a blank sheet has one."""
    pix = doc[index].get_pixmap(dpi=30)
    return len({pix.pixel(x, y) for x in range(0, pix.width, 3) for y in range(0, pix.height, 3)})


def test_print_the_items_pages_the_page_and_the_pack(
    qtbot: Any, opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = opened
    threads: set[str] = set()
    real = render_worker.render_page

    def spy(*args: Any) -> Any:
        threads.add(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(render_worker, "render_page", spy)
    item = next(it for it in w.tree.walk() if it.pdf_pages and it.pdf_pages[1] > it.pdf_pages[0])
    assert w.select_item(item.number)
    first, last = item.pdf_pages

    seen = run_print(qtbot, w, "item", tmp_path / "item.pdf")
    assert seen == [(QPrinter.PrintRange.PageRange, first, last, w.view.page_count())]
    with pymupdf.open(tmp_path / "item.pdf") as doc:
        assert doc.page_count == last - first + 1
        assert all(ink(doc, i) > 2 for i in range(doc.page_count))
    assert w.statusBar().currentMessage() == f"Sent {last - first + 1} pages to the printer."
    assert threading.current_thread().name not in threads and threads  # never the UI thread

    w.view.go_to_page(3)
    seen = run_print(qtbot, w, "page", tmp_path / "page.pdf")
    assert seen[0][0] == QPrinter.PrintRange.CurrentPage
    with pymupdf.open(tmp_path / "page.pdf") as doc, pymupdf.open(w.path) as pack:
        assert doc.page_count == 1
        # The page read is the page printed: its words come out on paper (as an image, so
        # compare what the eye sees: the same sheet rendered small).
        assert ink(doc, 0) > 2 and ink(pack, 2) > 2

    # The whole pack, after the member changes the range in the dialog to pages 2-4.
    seen = run_print(
        qtbot,
        w,
        "pack",
        tmp_path / "some.pdf",
        dialog=lambda p: (p.setPrintRange(QPrinter.PrintRange.PageRange), p.setFromTo(2, 4)),
    )
    assert seen[0][0] == QPrinter.PrintRange.AllPages
    with pymupdf.open(tmp_path / "some.pdf") as doc:
        assert doc.page_count == 3


def test_print_is_off_without_a_pack_and_cancel_prints_nothing(
    qtbot: Any, window: Any, opened: Any, tmp_path: Path
) -> None:
    w = opened
    w.printing.ask = lambda *_a: False  # the dialog's Cancel
    assert w.printing.print_pages("pack", pdf_printer(tmp_path / "none.pdf")) is None
    assert not (tmp_path / "none.pdf").exists()
    w.show_start()
    assert not w.act_print.isEnabled() and not w.act_print_item.isEnabled()
    assert w.act_print.shortcut().toString() == "Ctrl+P"


def test_slides_print_on_landscape_sheets(qtbot: Any, tmp_path: Path) -> None:
    from boardprep.ui.printing import PrintJob

    src = tmp_path / "mixed.pdf"
    with pymupdf.open() as doc:
        for w, h in ((595, 842), (842, 595), (595, 842)):
            doc.new_page(width=w, height=h).insert_text((60, 80), "Fictional page", fontsize=20)
        doc.save(src)
    out = tmp_path / "printed.pdf"
    job = PrintJob(str(src), [1, 2, 3], pdf_printer(out))
    done: list[int] = []
    job.succeeded.connect(done.append)
    job.run()  # synchronously here: the thread's body
    assert done == [3]
    with pymupdf.open(out) as doc:
        shapes = [pg.rect.width > pg.rect.height for pg in doc]
    assert shapes == [False, True, False]
