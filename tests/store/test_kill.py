from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from boardprep.core.model import AgendaTree
from boardprep.core.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_sigkill_mid_write_loses_nothing_committed(
    pack1: tuple[Path, AgendaTree], data_dir: Path, tmp_path: Path
) -> None:
    _, tree = pack1
    tree_file = tmp_path / "tree.json"
    tree_file.write_text(json.dumps(tree.to_json(with_labels=True)))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.store.writer_proc", str(data_dir), str(tree_file)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    reported: list[int] = []
    for line in proc.stdout:  # kill it while it is busy writing, after 300 commits
        reported.append(int(line))
        if len(reported) >= 300:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    reported += [int(x) for x in proc.stdout.read().split()]

    store = Store(data_dir)
    try:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {n.id for n in store.notes(tree.pack.sha256)}
        assert set(reported) <= stored
        assert len(stored) >= 300
        fts = store.conn.execute("SELECT count(*) FROM records_fts").fetchone()[0]
        assert fts == len(stored)  # the FTS index was written in the same transactions
    finally:
        store.close()
