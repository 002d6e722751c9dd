"""``boardprep shot``: the main window off screen, one item selected, saved as a PNG.

Prints one JSON line describing what is shown (see cli.md); used for README pictures and checks.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from boardprep.core.errors import UsageError

LOAD_TIMEOUT_S = 120.0  # a 400-page pack analyses in seconds; this only stops a hang
RENDER_TIMEOUT_S = 20.0


def parse_size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text or "")
    if not m:
        raise UsageError(f"--size must look like 1400x900, not {text!r}")
    w, h = int(m.group(1)), int(m.group(2))
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise UsageError(f"--size {w}x{h} is out of range (320x240 to 8000x8000)")
    return w, h


def _wait(app: Any, done: Callable[[], bool], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def run(args: argparse.Namespace) -> int:
    width, height = parse_size(args.size)
    pack = Path(args.pack).expanduser()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    from PySide6.QtCore import QSettings

    from boardprep.ui.app import make_app

    # Screenshots must not depend on (or change) the user's window layout.
    settings_dir = tempfile.mkdtemp(prefix="boardprep-shot-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = make_app([sys.argv[0] if sys.argv else "boardprep"])
    from boardprep.ui.main_window import MainWindow

    window = MainWindow(getattr(args, "data_dir", None))
    errors: list[str] = []
    window.report_error = lambda _name, message: errors.append(message)

    def no_password(_parent: Any, _name: str, _wrong: bool) -> None:
        # No one is there to type it: say so instead of waiting on a dialog.
        errors.append("file is encrypted (it needs a password)")

    window.opener.gate.ask = no_password
    window.resize(width, height)
    window.show()
    window.open_pack(str(pack))
    loaded = _wait(
        app,
        lambda: (
            bool(errors)
            or (window.tree is not None and window.is_idle() and window.view.page_count() > 0)
        ),
        LOAD_TIMEOUT_S,
    )
    if errors or not loaded:
        detail = errors[0] if errors else "timed out while reading the pack"
        print(f"boardprep: cannot open {args.pack}: {detail}", file=sys.stderr)
        window.close()
        return 1
    if args.mode == "meeting":
        if not hasattr(window, "set_meeting_mode"):
            print("boardprep: --mode meeting is not available yet", file=sys.stderr)
            window.close()
            return 2
        window.meeting_full_screen = False  # the picture keeps --size
        window.set_meeting_mode(True)
    if args.item and not window.select_item(args.item):
        print(f"boardprep: no item {args.item!r} in this pack", file=sys.stderr)
        window.close()
        return 2
    _wait(app, lambda: window.view.visible_pages_rendered(), RENDER_TIMEOUT_S)
    _wait(app, lambda: False, 0.05)  # let the last repaint land before grabbing
    out = Path(args.out).expanduser()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out), "PNG"):
        print(f"boardprep: cannot write {args.out}", file=sys.stderr)
        window.close()
        return 1
    item = window.panel.item
    info = {
        "window_title": window.windowTitle(),
        "tree_items": window.model.total_rows(),
        "current_item": item.number if item is not None else None,
        "current_pdf_page": window.view.current_page(),
        "visible_pages_rendered": bool(window.view.visible_pages_rendered()),
    }
    if window.is_meeting_mode():  # what the chair's view shows, for scripts that check it
        mv = window.meeting
        info["meeting"] = {
            "item": mv.item.number if mv.item is not None else None,
            "clock": mv.timer.text(),
            "to_decide": [mv.decide.item(i).text() for i in range(mv.decide.count())],
            "attendance": mv.attendance.text(),
            # What the clerk's record strip shows for the item (issue 10: record as you go).
            "record": {
                "outcome": mv.record.outcome.decision.currentText(),
                "resolution": mv.record.outcome.text.toPlainText(),
                "votes": {k: b.text() for k, b in mv.record.outcome.votes.items()},
                "actions": mv.record.actions_box.texts(),
                "declarations": mv.record.declared.texts(),
            },
        }
    window.close()
    print(json.dumps(info, ensure_ascii=False))
    return 0
