"""Rendering during the analysis: one thread for all PyMuPDF work must not freeze the pages.

A generated ~400-page pack is opened in a fresh app process (offscreen, 1400x900, a new data
dir each run, so the real engine analyses it). Measured from the ``open_pack`` call: the first
page on screen and the agenda tree shown, with the reader idle; then again with a reader who
jumps to a random page every 100 ms while the agenda is being found, timing each jump until
its pages are drawn. Run:

    .venv/bin/python benchmarks/bench_owner.py [--pages 400] [--runs 3] [--src DIR]

``--src`` measures another checkout (``DIR/src``), e.g. the tree before a change.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, os, random, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings, QTimer
from boardprep.ui.app import make_app
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[3])
app = make_app(["bench"])
import boardprep.ui.main_window as mw
jumping = sys.argv[4] == "jump"
w = mw.MainWindow(sys.argv[2])
w.resize(1400, 900)
w.show()
rng = random.Random(5)
marks, lags = {}, []
state = {"asked": None, "next": 0.0}
def poll():
    now = time.perf_counter()
    t = now - t0
    pages = w.view.page_count()
    if "first_page" not in marks and pages and w.view.visible_pages_rendered():
        marks["first_page"] = t
    if "tree" not in marks and w.tree is not None:
        marks["tree"] = t
    if jumping and "first_page" in marks and "tree" not in marks:
        if state["asked"] is not None and w.view.visible_pages_rendered():
            lags.append(now - state["asked"])
            state["asked"] = None
        if now >= state["next"]:
            if state["asked"] is not None:
                lags.append(now - state["asked"])  # not drawn by the next jump: count the wait
            w.view.go_to_page(rng.randint(1, pages))
            state["asked"], state["next"] = now, now + 0.1
    if "tree" in marks or t > 120:
        marks["lags"] = lags
        print(json.dumps(marks), flush=True)
        w.close()
        app.quit()
timer = QTimer(); timer.timeout.connect(poll); timer.start(2)
t0 = time.perf_counter()
w.open_pack(sys.argv[1])
app.exec()
"""


def run_once(src: Path, pack: Path, tmp: Path, n: int, mode: str) -> dict:
    data, settings = tmp / f"data-{mode}-{n}", tmp / f"settings-{mode}-{n}"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=f"{src / 'src'}:{ROOT}")
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(pack), str(data), str(settings), mode],
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
    ap.add_argument("--src", type=Path, default=ROOT, help="checkout to measure (its src/)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.packgen import PackSpec, build_pack

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pack = tmp / "pack.pdf"
        truth = build_pack(PackSpec(n_items=14, seed=5, target_pages=args.pages), pack)
        idle = [run_once(args.src, pack, tmp, i, "idle") for i in range(args.runs)]
        jump = [run_once(args.src, pack, tmp, i, "jump") for i in range(args.runs)]
    lags = sorted(lag for r in jump for lag in r["lags"])

    def med(runs: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    print(f"pack: {truth['pack']['pages']} pages, {args.runs} runs, tree from {args.src}")
    print("| measure (median) | seconds |")
    print("|---|---|")
    print(f"| first page visible, reader idle | {med(idle, 'first_page'):.2f} |")
    print(f"| agenda tree shown, reader idle | {med(idle, 'tree'):.2f} |")
    print(f"| agenda tree shown, reader jumping every 0.1 s | {med(jump, 'tree'):.2f} |")
    if lags:
        p90 = lags[min(len(lags) - 1, int(0.9 * len(lags)))]
        print(
            f"| a jump during the analysis until drawn: median / 90th pct / max "
            f"({len(lags)} jumps) | {statistics.median(lags):.3f} / {p90:.3f} / {lags[-1]:.3f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
