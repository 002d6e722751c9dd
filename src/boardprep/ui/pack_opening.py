"""Opening a pack: the start screen ↔ reader switch, and the analysis worker hand-off.

Pages render at once; the agenda, the store registration and the search index arrive later
from a `PackLoader`, a job on the PDF owner's thread (core.pdf_owner) whose signals reach the
slots of `PackOpener` (a QObject living in the GUI thread) queued, in that thread. An
encrypted pack first goes through a `PasswordGate`, which asks for its password before
anything on screen changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from boardprep.core.model import AgendaTree
from boardprep.core.pageref import PageNames
from boardprep.core.venue import shown_venue
from boardprep.ui import settings as st
from boardprep.ui.pack_password import PasswordGate
from boardprep.ui.window_actions import enable_reader_actions
from boardprep.ui.workers import PackLoader, describe_carry_over

if TYPE_CHECKING:
    from boardprep.ui.main_window import MainWindow

BUSY_AFTER_MS = 300  # show a progress indicator only for work a user would notice
LOADER_DELAY_MS = 500  # longest wait for the first rendered page before analysing


class PackOpener(QObject):
    """Owns the current `PackLoader` (and abandoned ones still finishing) for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.loader: PackLoader | None = None
        self.old_loaders: list[PackLoader] = []  # abandoned loads still finishing
        self._loading = False
        self._error_shown = False
        self._gate = QTimer(self)
        self._gate.setSingleShot(True)
        self._gate.setInterval(LOADER_DELAY_MS)
        self._gate.timeout.connect(self.start_loader)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self.w.busy.setVisible(self.is_loading()))
        self.gate = PasswordGate(window, self._open_now, self._not_opened)

    # ---- screens ---------------------------------------------------------------------------
    def show_start(self) -> None:
        w = self.w
        self.gate.forget()  # a pack still being checked must not open over the start screen
        w.panel.flush()
        try:
            w.start.set_recent(w.store.recent_packs())
        except Exception:  # an unreadable history must not block opening a pack
            w.start.set_recent([])
        w.act_meeting.setChecked(False)
        w.stack.setCurrentWidget(w.start)
        w.setWindowTitle("boardprep")
        enable_reader_actions(w, False)
        w.exports.set_enabled(False)

    def browse(self) -> None:
        start_dir = st.settings().value("lastDir", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(
            self.w, "Open an agenda pack", str(start_dir), "PDF files (*.pdf);;All files (*)"
        )
        if path:
            st.settings().setValue("lastDir", str(Path(path).parent))
            self.w.open_pack(path)

    def open_sample(self) -> None:
        from boardprep.core.paths import sample_pack

        self.w.open_pack(str(sample_pack()))

    # ---- opening ---------------------------------------------------------------------------
    def open_pack(self, path: str) -> None:
        """Open ``path`` once it is known to open (asking for a password if it needs one)."""
        self.gate.open(str(path))

    def _not_opened(self, path: str) -> None:
        """The password dialog was cancelled: the window stays as it was."""
        self.w.statusBar().showMessage(
            f"“{Path(path).name}” was not opened: it needs its password.", 8000
        )

    def _open_now(self, path: str) -> None:
        """Start rendering at once; the agenda arrives from a worker thread."""
        w = self.w
        w.panel.flush()
        self.stop_loader()
        w.nav.save_last_page()
        w.path = str(path)
        w.tree = None
        w.sha = None
        self._error_shown = False
        w.nav.reset_history()
        w.model.set_tree(None)
        w.panel.set_store(None, None)
        w.panel.set_item(None)
        w.search.set_context(None, None, None)
        w.warnings.hide()
        w.notice.hide()
        # (The status bar says which step: finding the agenda, recognising scanned pages …)
        w.meeting_label.setText("Reading the pack…")
        w.deadlines_label.hide()
        w.stack.setCurrentWidget(w.splitter)
        enable_reader_actions(w, True)
        w.setWindowTitle(f"{Path(path).name} – boardprep")
        w.view.open_document(w.path)
        self.loader = PackLoader(w.path, w.data_dir, w._analyze_fn, w)
        self.loader.progress.connect(self._on_progress)
        self.loader.treeReady.connect(self._on_tree_ready)
        self.loader.registered.connect(self.on_registered)
        self.loader.indexed.connect(self._on_indexed)
        self.loader.deadlinesFound.connect(self._on_deadlines)
        self.loader.failed.connect(self.on_failed)
        loader = self.loader
        loader.finished.connect(lambda: self._on_loader_finished(loader))
        # The analysis shares the PDF owner's thread with page rendering (renders only get
        # through between its pages): let the first page land first (or wait at most
        # LOADER_DELAY_MS), so the reader sees the pack at once.
        self._loading = True
        self._gate.start()
        self._busy_timer.start()

    def start_loader(self) -> None:
        self._gate.stop()
        if self.loader is not None and not self.loader.isRunning() and not self.loader.isFinished():
            self.loader.start()

    def is_loading(self) -> bool:
        # Cleared by the loader's queued `finished`, so every result signal has landed by then.
        return self._loading or self.gate.busy()

    def stop_loader(self, wait: bool = False) -> None:
        """Abandon the current load without blocking the UI (its thread ends on its own)."""
        self._gate.stop()
        self._loading = False
        if self.loader is not None:
            loader = self.loader
            loader.cancel()
            for sig in (
                loader.progress,
                loader.treeReady,
                loader.registered,
                loader.indexed,
                loader.failed,
            ):
                sig.disconnect()
            if loader.isRunning():
                self.old_loaders.append(loader)
                loader.finished.connect(lambda: self._forget_loader(loader))
            else:  # never started (still behind the first-page gate) or already done
                loader.deleteLater()
            self.loader = None
        if wait:
            self.gate.wait()
            for old in list(self.old_loaders):
                old.wait(30000)

    def _forget_loader(self, loader: PackLoader) -> None:
        if loader in self.old_loaders:
            self.old_loaders.remove(loader)
            loader.deleteLater()

    def _on_loader_finished(self, loader: PackLoader) -> None:
        if loader is not self.loader:
            return  # a superseded load finishing late
        self._loading = False
        self._busy_timer.stop()
        self.w.busy.hide()
        if self.w.statusBar().currentMessage().endswith("…"):
            self.w.statusBar().clearMessage()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        busy = self.w.busy
        if total > 0:
            busy.setRange(0, total)
            busy.setValue(done)
        else:
            busy.setRange(0, 0)
        if message:
            self.w.statusBar().showMessage(message)

    # ---- results ---------------------------------------------------------------------------
    def on_failed(self, message: str) -> None:
        if self._error_shown:
            return
        self._error_shown = True
        w = self.w
        name = Path(w.path or "").name or "The file"
        self._stop_loader_soon()
        w.view.close_document()
        w.show_start()
        w.report_error(name, message)

    def error_dialog(self, name: str, message: str) -> None:
        QMessageBox.warning(
            self.w,
            "Cannot open this pack",
            f"“{name}” cannot be opened: {message}.\n\nCheck that it is the PDF agenda pack "
            "you downloaded, not a web page or a damaged copy.",
        )

    def _stop_loader_soon(self) -> None:
        # Called from the loader's own signal: let its thread finish, never block on it here.
        if self.loader is not None:
            self.loader.cancel()

    def _on_tree_ready(self, tree: AgendaTree) -> None:
        w = self.w
        w.tree = tree
        w.model.set_tree(tree)
        if hasattr(w.view, "page_names"):
            w.view.page_names = PageNames.of(tree)
        w.tree_view.expandAll()
        m = tree.meeting
        w.setWindowTitle(window_title_for(tree))
        where = " · ".join(x for x in (m.organisation, shown_venue(m.venue)) if x)
        when = ", ".join(x for x in (long_date(m.date), m.time) if x)
        w.meeting_label.setText("\n".join(x for x in (m.body, when, where) if x))
        if tree.warnings:
            n = len(tree.warnings)
            w.warnings.show_message(
                f"⚠ boardprep was unsure of {n} thing{'s' if n != 1 else ''} in this agenda.",
                "\n".join(f"• {x}" for x in tree.warnings),
            )
        last = w.store.last_page(tree.pack.sha256)
        if last and last > 1:
            w.view.go_to_page(int(last))
            at = PageNames.of(tree).words(int(last))
            w.statusBar().showMessage(f"Reopened where you left off ({at})", 4000)
        w.nav.history.visit(last or 1)
        w.nav.sync_tree_to_page(w.view.current_page() or last or 1)
        w.status.update()
        w.packOpened.emit(tree)

    def _on_deadlines(self, found: list[Any]) -> None:
        """Reminders under the meeting's facts: what is due and how soon; a click opens the
        page that says so."""
        from datetime import datetime
        from html import escape

        from boardprep.core.deadlines import has_passed, reminder, upcoming_first

        now = datetime.now()
        # Only what is still to come: a deadline passed is no reminder, only clutter (the
        # sentence stays on its page, and in the calendar export).
        rows = [
            f'Due · <a href="page:{dl.pdf_page}">{escape(reminder(dl, now))}</a>'
            for dl in upcoming_first(found, now)[:4]
            if not has_passed(dl, now)
        ]
        label = self.w.deadlines_label
        if not rows:
            label.hide()
            return
        label.setText("<br>".join(rows))
        label.setToolTip("Deadlines printed in this pack; click one to read it.")
        label.show()

    def on_registered(self, result: Any) -> None:
        w = self.w
        w.sha = result.sha256
        w.panel.set_store(w.store, w.sha)
        w.exports.set_enabled(True)
        w.panels.refresh_badges()
        w.panels.load_highlights()
        text = describe_carry_over(result)
        if text:
            first, _, rest = text.partition("\n")
            w.notice.show_message(first, rest)
        w.packRegistered.emit(w.sha)

    def _on_indexed(self, sha: str) -> None:
        self.w.search.set_context(self.w.store, sha, self.w.tree)


def window_title_for(tree: AgendaTree) -> str:
    m = tree.meeting
    parts = [x for x in (m.body or m.organisation, m.date) if x]
    if not parts:
        parts = [Path(tree.pack.path).name]
    return " – ".join([*parts, "boardprep"])


def long_date(iso: str | None) -> str | None:
    """'2026-06-15' -> 'Monday 15 June 2026' (as the pack's front sheet would print it)."""
    if not iso:
        return None
    from datetime import date

    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d:%A} {d.day} {d:%B %Y}"
