"""Killed 0.2 s after three seconds of typing without a pause: all but the last second kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from boardprep.core.store import Store
from tests.ui.typing_child import WORDS

ROOT = Path(__file__).resolve().parents[2]


def test_typing_without_a_pause_survives_a_kill(
    tmp_path: Path, pack: tuple[Path, dict[str, Any]]
) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = [sys.executable, str(ROOT / "tests/ui/typing_child.py")]
    proc = subprocess.Popen(
        [*child, str(pack[0]), str(data), str(tmp_path / "settings"), "3.0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    keys: list[tuple[float, int]] = []
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("ITEM"), (first, proc.stderr.read() if proc.stderr else "")
        _, sha, item = first.split()
        for line in proc.stdout:
            word, when, *rest = line.split()
            if word == "KEY":
                keys.append((float(when), int(rest[0])))
            elif word == "END":
                end = float(when)
                break
        time.sleep(0.2)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert keys[-1][0] - keys[0][0] > 2.5 and len(keys) > 60  # three seconds of typing
    typed = "".join(WORDS[i % len(WORDS)] for i in range(keys[-1][1]))
    due = max((n for t, n in keys if t <= end - 1.0), default=0)
    with Store(data, backup=False) as store:
        kept = store.item_note_text(sha, item)
    assert typed.startswith(kept)
    assert len(kept) >= due > 0, (len(kept), due, len(typed))
