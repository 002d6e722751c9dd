"""File ▸ Print: the pack, the current item's pages or the current page, through Qt's dialog.

The print dialog runs in the GUI thread with the range already set (all pages, the item's
pages, or the page being read; the member can change it there). The pages are then rendered
and painted onto the printer by a `PrintJob` on the PDF owner's thread (``core.pdf_owner``,
the one thread that calls PyMuPDF; QPainter may paint on a QPrinter outside the GUI thread),
from the pack's shared Document, behind a progress dialog with Cancel. Between sheets it lets
the pages waiting to be drawn on screen through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog

from boardprep.core import pdf_owner
from boardprep.ui.owner_job import OwnerJob

if TYPE_CHECKING:
    from boardprep.ui.main_window import MainWindow

MAX_PRINT_DPI = 300  # sharp on paper; a 1200 dpi page image would be ~140 MB


def pages_to_print(printer: QPrinter, page_count: int, current: int) -> list[int]:
    """The 1-based pages the print dialog's range names, within the pack."""
    rng = printer.printRange()
    if rng == QPrinter.PrintRange.CurrentPage:
        return [min(max(current, 1), page_count)]
    if rng == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
        return list(range(first, last + 1))
    return list(range(1, page_count + 1))


def fit_rect(width: float, height: float, area: QRectF) -> QRectF:
    """The largest rectangle of the page's proportions centred in ``area``."""
    scale = min(area.width() / width, area.height() / height)
    w, h = width * scale, height * scale
    return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)


class PrintJob(OwnerJob):
    """Renders ``pages`` of the pack and paints them onto ``printer``, one sheet each."""

    progressed = Signal(int, int)  # pages done, pages in all
    succeeded = Signal(int)  # pages printed
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, path: str, pages: list[int], printer: QPrinter) -> None:
        super().__init__()
        self.path, self.pages, self.printer = path, pages, printer
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True
        if self.drop_if_waiting():  # still behind an analysis or an export: never started
            self.cancelled.emit()

    def _orient(self, doc: Any, page: int) -> None:
        """A landscape slide goes on a landscape sheet, a portrait report on a portrait one."""
        rect = doc[page - 1].rect
        wide = rect.width > rect.height
        self.printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait
        )

    def run(self) -> None:
        """Print every page (on the owner's thread; a test may call it directly)."""
        try:
            # An encrypted pack opens with the password typed this session.
            with pdf_owner.shared_document(self.path) as doc:
                self._print(doc)
        except Exception as err:  # the opener's sentence, for the member
            self.post("failed", f"The pack could not be read for printing: {err}")

    def _print(self, doc: Any) -> None:
        from boardprep.ui.render_worker import RenderJob, render_page

        painter = QPainter()
        try:
            self._orient(doc, self.pages[0] if self.pages else 1)
            if not painter.begin(self.printer):
                self.post("failed", "The printer could not be started; nothing was printed.")
                return
            dpi = min(self.printer.resolution(), MAX_PRINT_DPI)
            for k, page in enumerate(self.pages):
                pdf_owner.cooperate()  # the pages on screen are drawn between sheets
                if self._cancel:
                    self.printer.abort()
                    self.post("cancelled")
                    return
                if k:
                    self._orient(doc, page)  # takes effect on the sheet newPage() starts
                    self.printer.newPage()
                # The painter's origin is the printable area's corner: fit the page inside it.
                paint = self.printer.pageLayout().paintRectPixels(self.printer.resolution())
                area = QRectF(0, 0, paint.width(), paint.height())
                image = render_page(doc, RenderJob(page - 1, dpi / 96.0, 1.0))
                painter.drawImage(fit_rect(image.width(), image.height(), area), image)
                self.post("progressed", k + 1, len(self.pages))
        except Exception as err:  # a damaged page or a printer gone away: say so
            self.post("failed", f"Printing stopped: {err}")
            return
        finally:
            if painter.isActive():
                painter.end()
        self.post("succeeded", len(self.pages))


def ask_print_dialog(parent: Any, printer: QPrinter, page_count: int) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print")
    options = QPrintDialog.PrintDialogOption
    dialog.setOptions(
        options.PrintToFile
        | options.PrintPageRange
        | options.PrintCurrentPage
        | options.PrintShowPageSize
    )
    dialog.setMinMax(1, max(1, page_count))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


class PrintController(QObject):
    """The three Print entries of the File menu and the print job behind them."""

    def __init__(self, window: MainWindow, menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self.w = window
        # Injectable: tests print to a PDF file without the modal dialog.
        self.ask: Callable[[Any, QPrinter, int], bool] = ask_print_dialog
        self.job: PrintJob | None = None
        self.progress: QProgressDialog | None = None
        self.act_print = self._action("&Print…", "pack", QKeySequence.StandardKey.Print)
        self.act_print_item = self._action("Print this &item's pages…", "item")
        self.act_print_page = self._action("Print this pa&ge…", "page")
        menu.insertActions(before, list(self.actions()))
        menu.insertSeparator(before)
        # The window's act_* names: enabled with the other reader actions (window_actions.py).
        window.act_print = self.act_print
        window.act_print_item = self.act_print_item
        window.act_print_page = self.act_print_page
        window.installEventFilter(self)  # a print in progress ends before the window closes

    def _action(self, text: str, what: str, key: Any = None) -> QAction:
        act = QAction(text, self.w)
        if key is not None:
            act.setShortcut(QKeySequence(key))
        act.triggered.connect(lambda _=False: self.print_pages(what))
        self.w.addAction(act)
        return act

    def actions(self) -> tuple[QAction, ...]:
        return (self.act_print, self.act_print_item, self.act_print_page)

    # ---- what to print -------------------------------------------------------------------
    def item_pages(self) -> tuple[int, int] | None:
        item = getattr(self.w.panel, "item", None)
        pages = getattr(item, "pdf_pages", None)
        return (int(pages[0]), int(pages[1])) if pages else None

    def print_pages(self, what: str, printer: QPrinter | None = None) -> PrintJob | None:
        """Open the print dialog with ``what`` ("pack", "item" or "page") as its range."""
        w = self.w
        count, current = w.view.page_count(), w.view.current_page()
        if not w.path or not count:
            return None
        if self.job is not None and self.job.isRunning():
            w.statusBar().showMessage("A print is still being sent to the printer.", 5000)
            return None
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(w.windowTitle().removesuffix(" – boardprep"))
        printer.setFromTo(1, count)
        printer.setPrintRange(QPrinter.PrintRange.AllPages)
        if what == "item":
            pages = self.item_pages()
            if pages is None:
                w.statusBar().showMessage("Choose an item with papers to print its pages.", 6000)
                return None
            printer.setFromTo(*pages)
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
        elif what == "page":
            printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
        if not self.ask(w, printer, count):
            return None
        return self._start(pages_to_print(printer, count, current), printer)

    # ---- the job -------------------------------------------------------------------------
    def _start(self, pages: list[int], printer: QPrinter) -> PrintJob:
        assert self.w.path is not None
        job = self.job = PrintJob(self.w.path, pages, printer)
        self.progress = dialog = QProgressDialog(
            f"Sending {len(pages)} page{'s' if len(pages) != 1 else ''} to the printer…",
            "Cancel",
            0,
            len(pages),
            self.w,
        )
        dialog.setWindowTitle("Print")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)
        queued = Qt.ConnectionType.QueuedConnection
        job.progressed.connect(self._on_progress, queued)
        job.succeeded.connect(self._printed, queued)
        job.failed.connect(self._failed, queued)
        job.cancelled.connect(self._cancelled, queued)
        job.finished.connect(self._finished, queued)
        job.start()
        return job

    def _on_progress(self, done: int, _total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(done)

    def _printed(self, n: int) -> None:
        self.w.statusBar().showMessage(
            f"Sent {n} page{'s' if n != 1 else ''} to the printer.", 8000
        )

    def _finished(self) -> None:
        if self.job is not None and self.job.isFinished():
            self.job.deleteLater()  # its C++ side, in this (the GUI) thread
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, message: str) -> None:
        self.w.statusBar().clearMessage()
        QMessageBox.warning(self.w, "Print", message)

    def _cancelled(self) -> None:
        self.w.statusBar().showMessage("Printing cancelled.", 6000)

    def wait(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.w and event.type() == QEvent.Type.Close:
            self.wait()
        return False
