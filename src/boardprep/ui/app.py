"""Application start-up: QApplication, theme, settings identity, the first window.

Before the window: the database is checked (store_faults.ensure_store). With it: store faults
become dialogs, and SIGTERM / session end save the panel first.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from boardprep.ui.settings import APP_NAME, ORG_NAME


def make_app(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created once with boardprep's identity and theme."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("boardprep")
    QGuiApplication.setDesktopFileName("boardprep")
    from boardprep.ui.theme import apply_theme

    apply_theme(app)
    return app


def run_app(pack: str | None, data_dir: str | None, open_sample: bool) -> int:
    """Start the desktop app: PACK if given, else the sample pack if asked, else the start."""
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)  # MuPDF repair chatter must not reach stdout
    app = make_app()
    # Packaging (issue 11): the log file and the crash dialog; one window per data directory
    # (a second start hands its pack to the running window and ends here).
    from boardprep.ui import crash
    from boardprep.ui.single_instance import SingleInstance

    crash.install(data_dir, pack, open_sample)
    instance = SingleInstance(data_dir)
    if instance.hand_over(pack, open_sample):
        instance.close()
        return 0
    from boardprep.ui.main_window import MainWindow
    from boardprep.ui.store_faults import (
        ensure_store,
        install_fault_hook,
        install_termination_save,
    )

    # A database that cannot be used is explained (a damaged one: restore or start anew)
    # before the window exists, never a traceback.
    if not ensure_store(data_dir):
        return 1
    window = MainWindow(data_dir)
    install_fault_hook(window, window.store.path)
    saver = install_termination_save(app, window)
    window.show()
    instance.serve(window)
    if pack:
        target = str(Path(pack).expanduser())
        QTimer.singleShot(0, lambda: window.open_pack(target))
    elif open_sample:
        QTimer.singleShot(0, window.open_sample)
    try:
        return int(app.exec())
    finally:
        saver.uninstall()
        instance.close()
