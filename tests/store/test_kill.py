from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
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


def test_killed_at_random_points_during_imports_and_edits(
    pack1: tuple[Path, AgendaTree], data_dir: Path, tmp_path: Path
) -> None:
    """Five writers in a row, each killed after a random number of writes (imports in batches,
    autosave edits, questions): after every kill the database is intact and every write that
    was acknowledged is there."""
    _, tree = pack1
    sha = tree.pack.sha256
    tree_file = tmp_path / "tree.json"
    tree_file.write_text(json.dumps(tree.to_json(with_labels=True)))
    rng = random.Random(12)
    notes: set[int] = set()
    questions: set[int] = set()
    last_edit: dict[str, int] = {}
    last_qedit: dict[int, int] = {}
    for round_ in range(5):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.store.writer_proc", str(data_dir), str(tree_file),
             "mixed", str(round_)],
            cwd=ROOT, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert proc.stdout is not None
        lines: list[str] = []
        stop_after = rng.randint(5, 120)
        deadline = time.monotonic() + 30
        for line in proc.stdout:
            lines.append(line)
            if len(lines) >= stop_after or time.monotonic() > deadline:
                break
        time.sleep(rng.random() * 0.05)  # and land somewhere inside the next write
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        lines += proc.stdout.read().splitlines()
        for line in lines:
            kind, *rest = line.split()
            if kind == "note":
                notes.add(int(rest[0]))
            elif kind == "question":
                questions.add(int(rest[0]))
            elif kind == "import":
                questions.update(int(x) for x in rest)
            elif kind == "edit":
                last_edit[rest[0]] = int(rest[1])
            elif kind == "qedit":
                last_qedit[int(rest[0])] = int(rest[1])
        with Store(data_dir, backup=False) as store:
            assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored_notes = {n.id for n in store.notes(sha) if not n.is_item_note}
            assert notes <= stored_notes, f"round {round_}: acknowledged notes lost"
            stored_q = {q.id: q.text for q in store.questions(sha)}
            assert questions <= set(stored_q), f"round {round_}: acknowledged questions lost"
            for item, n in last_edit.items():  # an edit is never older than the last one acked
                got = int(store.item_note_text(sha, item).rsplit("#", 1)[1])
                assert got >= n
            for qid, n in last_qedit.items():
                text = stored_q[qid]
                assert "#" in text and int(text.rsplit("#", 1)[1]) >= n
            fts = store.conn.execute("SELECT count(*) FROM records_fts").fetchone()[0]
            total = store.conn.execute(
                "SELECT (SELECT count(*) FROM notes) + (SELECT count(*) FROM questions)"
            ).fetchone()[0]
            assert fts == total
    assert len(questions) > 300  # at least one import was acknowledged
