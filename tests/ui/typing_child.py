"""Child process for the kill test: open a pack, type a note without a pause, then idle.

Prints ``KEY <monotonic> <characters typed>`` after each key and ``END <monotonic>`` when the
typing stops; the parent kills it 0.2 s later and reads the database.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = "challenge the assumed saving of four point five percent and ask for the risk register "


def main(pack: str, data_dir: str, settings_dir: str, seconds: str) -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest

    from boardprep.ui.app import make_app
    from boardprep.ui.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = make_app(["typing-child"])
    window = MainWindow(data_dir)
    window.show()
    window.open_pack(pack)
    deadline = time.monotonic() + 60
    while window.sha is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    item = next(it for it in window.tree.walk() if it.pdf_pages)
    window.select_item(item.number)
    editor = window.panel.notes.editor
    editor.setFocus()
    print(f"ITEM {window.sha} {item.number}", flush=True)
    typed = 0
    stop_at = time.monotonic() + float(seconds)

    def key() -> None:
        nonlocal typed
        if time.monotonic() >= stop_at:
            timer.stop()
            print(f"END {time.monotonic()}", flush=True)
            return
        QTest.keyClicks(editor, WORDS[typed % len(WORDS)])
        typed += 1
        print(f"KEY {time.monotonic()} {typed}", flush=True)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(key)
    timer.start()
    return int(app.exec())  # the parent kills us while the event loop runs


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
