"""Desktop app start-up: process start -> first page visible, and -> agenda tree shown.

Generates a ~400-page fictional pack, then starts the app in a fresh process (offscreen) twice
with the same data dir: "cold" (no analysis cache, text not indexed) and "cached". Each child
prints how long after its own interpreter start the first page was on screen and the tree was
shown; the parent adds the measured process spawn time. Run:

    .venv/bin/python benchmarks/bench_startup.py [--pages 400] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, os, sys, time
t0 = float(sys.argv[3])
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings, QTimer
from boardprep.ui.app import make_app
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[4])
app = make_app(["bench"])
import boardprep.ui.main_window as mw
if os.environ.get("BENCH_NO_GATE"):
    mw.LOADER_DELAY_MS = 0  # analyse at once, racing the first render (for comparison)
w = mw.MainWindow(sys.argv[2])
w.resize(1400, 900)
w.show()
marks = {}
def poll():
    now = time.time()
    if "first_page" not in marks and w.view.page_count() and w.view.visible_pages_rendered():
        marks["first_page"] = now - t0
    if "tree" not in marks and w.tree is not None:
        marks["tree"] = now - t0
    if "idle" not in marks and w.sha is not None and w.is_idle():
        marks["idle"] = now - t0
    if len(marks) == 3 or now - t0 > 120:
        print(json.dumps(marks), flush=True)
        w.close()
        app.quit()
timer = QTimer(); timer.timeout.connect(poll); timer.start(5)
w.open_pack(sys.argv[1])
app.exec()
"""


def run_once(pack: Path, data: Path, settings: Path, gate: bool) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    if not gate:
        env["BENCH_NO_GATE"] = "1"
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(pack), str(data), repr(t0), str(settings)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.packgen import PackSpec, build_pack

    results: dict[str, list[dict[str, float]]] = {
        "cold": [],
        "cached": [],
        "cold, analysis not deferred": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        pack = Path(tmp) / "pack.pdf"
        truth = build_pack(PackSpec(n_items=14, seed=5, target_pages=args.pages), pack)
        print(f"pack: {truth['pack']['pages']} pages")
        for i in range(args.runs):
            data = Path(tmp) / f"data{i}"
            settings = Path(tmp) / f"settings{i}"
            results["cold"].append(run_once(pack, data, settings, True))
            results["cached"].append(run_once(pack, data, settings, True))
            data2 = Path(tmp) / f"nogate{i}"
            results["cold, analysis not deferred"].append(run_once(pack, data2, settings, False))
    print("| start-up | first page visible (s) | agenda tree shown (s) | indexed, idle (s) |")
    print("|---|---|---|---|")
    for kind, runs in results.items():
        med = {
            k: statistics.median(r.get(k, float("nan")) for r in runs)
            for k in ("first_page", "tree", "idle")
        }
        print(f"| {kind} | {med['first_page']:.2f} | {med['tree']:.2f} | {med['idle']:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
