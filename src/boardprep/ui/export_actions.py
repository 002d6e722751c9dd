"""File ▸ Export and File ▸ Import: dialogs in the GUI thread, the writing in the background.

An export runs on the PDF owner's thread (``core.pdf_owner``: PDF exports call PyMuPDF, which
runs on that thread alone); its progress steps let the pages waiting to be drawn through. An
import never touches a PDF: it runs in a thread of its own. Each opens its own Store because a
sqlite connection must stay in the thread that made it. An export reads through a read-only
connection (it works when the database's disk is full) and shows a progress dialog with
Cancel once it takes more than half a second; a cancelled or failed export leaves any earlier
file untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThread, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
)

from boardprep.ui import settings as st
from boardprep.ui.owner_job import OwnerJob

FILTERS: dict[str, str] = {
    "docx": "Word document (*.docx)",
    "md": "Markdown (*.md)",
    "csv": "CSV spreadsheet (*.csv)",
    "json": "JSON bundle (*.json)",
    "pdf": "PDF (*.pdf)",
    "ics": "Calendar (*.ics)",
}


@dataclass(frozen=True)
class ExportKind:
    what: str  # the core exporter's --what
    label: str  # menu text
    slug: str  # default file name suffix
    formats: tuple[str, ...]  # first = default
    needs_name: bool = False


KINDS: tuple[ExportKind, ...] = (
    ExportKind("questions", "&Questions…", "questions", ("docx", "md", "csv", "json"), True),
    ExportKind(
        "declarations", "&Declarations of interest form…", "declarations", ("pdf", "docx"), True
    ),
    ExportKind("notes", "&Notes…", "notes", ("docx", "md", "json")),
    ExportKind("brief", "&Briefing pack (PDF)…", "briefing", ("pdf",)),
    ExportKind(
        "annotated-pdf",
        "&Annotated pack (PDF with your notes and highlights)…",
        "annotated",
        ("pdf",),
    ),
    ExportKind("everything", "Backup of &everything (JSON)…", "backup", ("json",)),
    # The clerk's side (issue 10): the register, the draft minutes, the action log, the dates.
    ExportKind(
        "question-register",
        "Question &register…",
        "question register",
        ("docx", "pdf", "csv", "md", "json"),
    ),
    ExportKind("minutes", "Draft &minutes…", "draft minutes", ("docx", "md")),
    ExportKind("actions", "&Action log (CSV)…", "actions", ("csv",)),
    ExportKind("ics", "Meeting and deadlines (&calendar)…", "calendar", ("ics",)),
)
REGISTER = next(k for k in KINDS if k.what == "question-register")
# The register window's Export menu: one entry per format.
REGISTER_FORMATS: tuple[tuple[str, str], ...] = (
    ("docx", "Word (Questions put and answers given)…"),
    ("pdf", "PDF (Questions put and answers given)…"),
    ("csv", "CSV for a spreadsheet…"),
    ("md", "Markdown…"),
    ("json", "Bundle back to the members (JSON)…"),
)


def default_file_name(body: str | None, date: str | None, slug: str, fmt: str) -> str:
    """'Planning Committee 2026-03-04 questions.docx', without characters file systems refuse."""
    parts = [p for p in (body, date) if p] + [slug]
    name = re.sub(r'[\\/:*?"<>|]+', "-", " ".join(parts)).strip()
    return f"{name}.{fmt}"


def format_for(selected_filter: str, path: str, formats: tuple[str, ...]) -> str:
    """The chosen format: the file's suffix when it is one we write, else the filter's."""
    suffix = Path(path).suffix.lstrip(".").lower()
    if suffix in formats:
        return suffix
    for fmt in formats:
        if FILTERS[fmt] == selected_filter:
            return fmt
    return formats[0]


def problem_text(exc: BaseException) -> str:
    """One message for the member; a refused bundle lists its problems, one sentence each."""
    message = str(exc) or type(exc).__name__
    problems = getattr(exc, "problems", None) or []
    if len(problems) > 1:
        shown = [f"• {p}" for p in problems[:10]]
        if len(problems) > 10:
            shown.append(f"… and {len(problems) - 10} more")
        message += "\n\n" + "\n".join(shown)
    return message


class ExportJob(OwnerJob):
    """One export, on the PDF owner's thread, against a read-only Store of its own."""

    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progressed = Signal(int, int, str)

    job = "export"

    def __init__(self, data_dir: str | None, args: dict[str, Any]) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.args = args
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True
        if self.drop_if_waiting():  # still waiting for its turn: nothing was written
            self.cancelled.emit()

    def is_cancelled(self) -> bool:
        return self._cancel

    def run(self) -> None:
        from boardprep.core.export import export
        from boardprep.core.export.output import ExportCancelled
        from boardprep.core.export.reading import open_for_reading

        a = self.args
        try:
            store = open_for_reading(self.data_dir)
            try:
                export(store, a["sha"], a["what"], a["fmt"], a["out"], pack_path=a["pack_path"],
                       progress=self._progress, cancel=self.is_cancelled)  # fmt: skip
            finally:
                store.close()
        except ExportCancelled:
            self.post("cancelled")
        except Exception as exc:
            self.post("failed", problem_text(exc))
        else:
            self.post("succeeded", a["out"])

    def _progress(self, done: int, total: int, what: str) -> None:
        self.post("progressed", done, total, what)


class JobThread(QThread):
    """Runs one import against a Store of its own (no PDF is read: a thread of its own)."""

    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progressed = Signal(int, int, str)

    job = "import"

    def __init__(self, data_dir: str | None, args: dict[str, Any]) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.args = args

    def cancel(self) -> None:
        """An import is not cancelled half-way (it is one transaction per bundle)."""

    def run(self) -> None:
        try:
            self._import()
        except Exception as exc:
            self.failed.emit(problem_text(exc))

    def _import(self) -> None:
        from boardprep.core.bundle import import_bundle
        from boardprep.core.store import Store

        paths = self.args.get("paths") or [self.args["path"]]
        results: list[tuple[str, Any]] = []  # (file name, ImportResult or the problem)
        store = Store(self.data_dir)
        try:
            for path in paths:
                try:
                    results.append((Path(path).name, import_bundle(store, path)))
                except Exception as exc:
                    if len(paths) == 1:
                        raise
                    results.append((Path(path).name, str(exc) or type(exc).__name__))
        finally:
            store.close()
        self.succeeded.emit(results if len(paths) > 1 else results[0][1])


def describe_import(result: Any) -> str:
    added = sum(result.added.values()) if result.added else 0
    lines = [
        f"Added: {added}",
        f"Already present: {result.already_present}",
        f"Duplicates flagged: {len(result.duplicates)}",
    ]
    if getattr(result, "own", False):
        lines.insert(0, "Your own backup")
    elif result.source:
        lines.insert(0, f"From: {result.source} (kept apart from your own records)")
    lines += [f"Note: {w}" for w in getattr(result, "warnings", [])[:10]]
    return "\n".join(lines)


class ExportController:
    """Owns the Export submenu, the import action and the running job of one main window."""

    def __init__(self, window: QMainWindow, file_menu: QMenu, before: Any) -> None:
        self.window = window
        self.jobs: list[ExportJob | JobThread] = []
        self.last_path: str | None = None
        self.progress: QProgressDialog | None = None
        self.menu = QMenu("&Export", window)
        self.actions = []
        for kind in KINDS:
            act = self.menu.addAction(kind.label)
            act.triggered.connect(lambda _=False, k=kind: self.export(k))
            self.actions.append(act)
        self.after_import: list[Any] = []  # called with the results (the register window)
        self.act_import = QAction("&Import bundles…", window)
        self.act_import.setToolTip(
            "Import members' question bundles (several at once), the clerk's answers or a backup"
        )
        self.act_import.triggered.connect(lambda _=False: self.import_bundle())
        self.act_name = QAction("Your &name…", window)
        self.act_name.triggered.connect(lambda _=False: self.ask_name())
        file_menu.insertMenu(before, self.menu)
        file_menu.insertAction(before, self.act_import)
        file_menu.insertSeparator(before)
        self.set_enabled(False)

    def set_enabled(self, on: bool) -> None:
        self.menu.setEnabled(on)

    # --- the member's name -------------------------------------------------------------------
    def ask_name(self) -> None:
        w: Any = self.window
        name, ok = QInputDialog.getText(
            w,
            "Your name",
            "Your name, for declarations and question bundles:",
            text=w.store.setting("member_name") or "",
        )
        if ok and name.strip():
            w.store.set_setting("member_name", name.strip())

    def _ask_name_once(self) -> None:
        """Asked the first time only; a blank answer still exports (the form has a blank)."""
        w: Any = self.window
        if w.store.setting("member_name") or w.store.setting("member_name_asked"):
            return
        w.store.set_setting("member_name_asked", "1")
        self.ask_name()

    # --- export / import ---------------------------------------------------------------------
    def export_register(self, fmt: str) -> None:
        """The register window's Export menu: the register in ``fmt``."""
        formats = (fmt, *(f for f in REGISTER.formats if f != fmt))
        self.export(ExportKind(REGISTER.what, REGISTER.label, REGISTER.slug, formats))

    def export(self, kind: ExportKind) -> None:
        w: Any = self.window
        if not w.sha or w.tree is None:
            return
        if kind.needs_name:
            self._ask_name_once()
        m = w.tree.meeting
        # The Documents folder, or the folder the member last saved an export into.
        start = Path(st.save_dir()) / default_file_name(m.body, m.date, kind.slug, kind.formats[0])
        filters = ";;".join(FILTERS[f] for f in kind.formats)
        path, chosen = QFileDialog.getSaveFileName(
            w, f"Export {kind.slug}", str(start), filters, FILTERS[kind.formats[0]]
        )
        if not path:
            return
        st.remember_save_dir(path)
        fmt = format_for(chosen, path, kind.formats)
        if not Path(path).suffix:
            path = f"{path}.{fmt}"
        args = {"sha": w.sha, "what": kind.what, "fmt": fmt, "out": path, "pack_path": w.path}
        flush = getattr(getattr(w, "panel", None), "flush", None)
        if callable(flush):
            flush()  # the note being typed is part of the export
        self._start("export", args, self._exported)

    def import_bundle(self) -> None:
        """Several bundles at once (the clerk's merge): each is checked and imported in turn."""
        w: Any = self.window
        paths, _ = QFileDialog.getOpenFileNames(
            w, "Import bundles", str(Path.home()), FILTERS["json"]
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> ExportJob | JobThread:
        return self._start("import", {"paths": list(paths)}, self._imported)

    def _start(self, job: str, args: dict[str, Any], done: Any) -> ExportJob | JobThread:
        w: Any = self.window
        thread: ExportJob | JobThread = (
            ExportJob(w.data_dir, args) if job == "export" else JobThread(w.data_dir, args)
        )
        thread.succeeded.connect(done)
        thread.failed.connect(self._failed)
        thread.cancelled.connect(self._cancelled)
        thread.finished.connect(lambda t=thread: self._forget(t))
        self.jobs.append(thread)
        w.statusBar().showMessage("Exporting…" if job == "export" else "Importing…")
        if job == "export":
            self.progress = self._progress_dialog(thread, Path(args["out"]).name)
        thread.start()
        return thread

    def _forget(self, job: ExportJob | JobThread) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
            job.deleteLater()  # in the GUI thread, never where the job ran

    def _progress_dialog(self, thread: ExportJob | JobThread, name: str) -> QProgressDialog:
        dialog = QProgressDialog(f"Exporting {name}…", "Cancel", 0, 0, self.window)
        dialog.setWindowTitle("Export")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)  # quick exports finish before it shows
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(thread.cancel)

        def on_progress(done: int, total: int, _what: str) -> None:
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total))

        thread.progressed.connect(on_progress)
        thread.finished.connect(dialog.close)
        thread.finished.connect(dialog.deleteLater)
        return dialog

    def cancel(self) -> None:
        """Cancel the running export(s): nothing is written, any earlier file stays."""
        for t in list(self.jobs):
            if t.job == "export":
                t.cancel()

    def _cancelled(self) -> None:
        self.window.statusBar().showMessage("Export cancelled; nothing was written", 10000)

    def _exported(self, path: str) -> None:
        self.last_path = path
        bar = self.window.statusBar()
        bar.showMessage(f"Saved {path}", 15000)
        self._open_folder_button().setVisible(True)

    def _open_folder_button(self) -> Any:
        w: Any = self.window
        btn = getattr(self, "_folder_btn", None)
        if btn is None:
            from PySide6.QtWidgets import QPushButton

            btn = QPushButton("Open folder", w)
            btn.setFlat(True)
            btn.clicked.connect(self.open_folder)
            w.statusBar().addWidget(btn)
            self._folder_btn = btn
        return btn

    def open_folder(self) -> None:
        if self.last_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.last_path).parent)))

    def _imported(self, result: Any) -> None:
        w: Any = self.window
        w.statusBar().clearMessage()
        results = result if isinstance(result, list) else [("", result)]
        if w.sha and any(getattr(r, "sha256", None) == w.sha for _n, r in results):
            w.refresh_badges()
            w.panel.set_store(w.store, w.sha)  # shows the imported questions
        for hook in self.after_import:
            hook(results)
        if len(results) == 1:
            text = describe_import(results[0][1])
        else:
            text = "\n\n".join(
                f"{name}:\n" + (f"Not imported: {r}" if isinstance(r, str) else describe_import(r))
                for name, r in results
            )
        QMessageBox.information(w, "Bundles imported", text)

    def _failed(self, message: str) -> None:
        self.window.statusBar().clearMessage()
        QMessageBox.warning(self.window, "boardprep", message)

    def wait(self) -> None:
        for t in list(self.jobs):
            t.wait()
