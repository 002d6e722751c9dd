"""End to end through real processes: the note survives a kill; ``boardprep shot`` works."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from boardprep.core.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_typed_words_survive_killing_the_app(
    tmp_path: Path, pack: tuple[Path, dict[str, Any]]
) -> None:
    data = tmp_path / "data"
    text = "Challenge the 4.5% saving assumption"
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "tests/ui/autosave_child.py"),
            str(pack[0]),
            str(data),
            str(tmp_path / "settings"),
            text,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.startswith("TYPED"), (line, proc.stderr.read() if proc.stderr else "")
        _, sha, item = line.split()
        time.sleep(1.0)  # the promise: saved within a second of the last keystroke
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    with Store(data) as store:
        assert store.item_note_text(sha, item) == text


def test_shot_prints_json_and_writes_a_png(
    tmp_path: Path, pack: tuple[Path, dict[str, Any]]
) -> None:
    out = tmp_path / "shots" / "window.png"
    truth = pack[1]
    item = next(i for i in truth["items"] if i["pdf_pages"])
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "boardprep",
            "shot",
            str(pack[0]),
            "--out",
            str(out),
            "--item",
            item["number"],
            "--size",
            "1200x800",
            "--data-dir",
            str(tmp_path / "d"),
        ],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    lines = res.stdout.strip().splitlines()
    assert len(lines) == 1
    info = json.loads(lines[0])
    assert set(info) == {
        "window_title",
        "tree_items",
        "current_item",
        "current_pdf_page",
        "visible_pages_rendered",
    }
    assert info["current_item"] == item["number"]
    assert info["current_pdf_page"] == item["pdf_pages"][0]
    assert info["visible_pages_rendered"] is True
    assert info["window_title"].endswith(" – boardprep")
    assert info["tree_items"] > len(truth["items"])
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    img = QImage(str(out))
    assert (img.width(), img.height()) == (1200, 800)


def test_shot_rejects_a_bad_size_and_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "x.pdf"
    bad.write_text("not a pdf")
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "boardprep",
            "shot",
            str(bad),
            "--out",
            str(tmp_path / "o.png"),
            "--data-dir",
            str(tmp_path / "d"),
        ],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert res.returncode == 1 and res.stdout == ""
    assert res.stderr.startswith("boardprep: cannot open") and "Traceback" not in res.stderr
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "boardprep",
            "shot",
            str(bad),
            "--out",
            str(tmp_path / "o.png"),
            "--size",
            "huge",
        ],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    assert res.returncode == 2 and "--size" in res.stderr


def test_shot_in_meeting_mode_shows_the_clock_what_to_decide_and_the_outcome(
    tmp_path: Path,
) -> None:
    from boardprep.core.paths import sample_pack

    pack, data = str(sample_pack()), str(tmp_path / "d")

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "boardprep", *argv, "--data-dir", data]
        return subprocess.run(cmd, capture_output=True, text=True, env=_env(), timeout=120)

    for argv in (
        ("add", "outcome", pack, "--item", "5", "--decision", "agreed", "--text", "As printed",
         "--for", "6", "--against", "1"),
        ("add", "attendance", pack, "--name", "Wilfred Yardley", "--status", "present"),
        ("add", "action", pack, "--item", "5", "--text", "Publish the strategy", "--who",
         "Wilfred Yardley", "--by", "2026-09-01"),
    ):  # fmt: skip
        assert run(*argv).returncode == 0
    out = tmp_path / "meeting.png"
    res = run("shot", pack, "--mode", "meeting", "--item", "5", "--size", "1366x768",
              "--out", str(out))  # fmt: skip
    assert res.returncode == 0, res.stderr
    info = json.loads(res.stdout)
    assert out.stat().st_size > 10_000
    meeting = info["meeting"]
    assert meeting["item"] == "5" and meeting["clock"].startswith("This item 0:00")
    decide = meeting["to_decide"]
    assert decide[0] == "Recorded: Agreed — As printed (For 6, against 1, abstentions 0)"
    assert any(r.startswith("(a) note the contents") for r in decide[1:])  # the report's own
    assert meeting["attendance"].startswith("1 present of 8 · quorum 3")
    record = meeting["record"]  # the clerk's record strip, filled from the same record
    assert record["outcome"] == "Agreed as recommended" and record["resolution"] == "As printed"
    assert record["votes"] == {"for": "6", "against": "1", "abstain": "–"}
    assert record["actions"] == ["Publish the strategy — Wilfred Yardley — by 2026-09-01"]
    assert record["declarations"] == []
