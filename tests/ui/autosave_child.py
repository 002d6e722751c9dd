"""Child process for the kill test: open a pack, type a note, then idle until killed."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(pack: str, data_dir: str, settings_dir: str, text: str) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from boardprep.ui.app import make_app
    from boardprep.ui.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = make_app(["autosave-child"])
    window = MainWindow(data_dir)
    window.show()
    window.open_pack(pack)
    deadline = time.monotonic() + 60
    while window.sha is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    item = next(it for it in window.tree.walk() if it.pdf_pages)
    window.select_item(item.number)
    QTest.keyClicks(window.panel.notes.editor, text)
    print(f"TYPED {window.sha} {item.number}", flush=True)
    return int(app.exec())  # the parent kills us while the event loop runs


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
