"""The storing verbs on generated packs through the real engine (``boardprep`` as users run it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

packgen = pytest.importorskip("tests.packgen")
pytest.importorskip("boardprep.core.engine.analysis")

ROOT = Path(__file__).resolve().parents[2]


def _run(data: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "boardprep", *argv, "--data-dir", str(data)]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_reissued_generated_pack_keeps_the_members_words(tmp_path: Path) -> None:
    first, second = tmp_path / "pack.pdf", tmp_path / "pack-reissued.pdf"
    truth = packgen.build_pack(packgen.PackSpec(n_items=6, seed=3), first)
    # Same meeting, re-issued with blank separator pages: every paper moves.
    packgen.build_pack(packgen.PackSpec(n_items=6, seed=3, blank_separators=True), second)
    item = next(i for i in truth["items"] if i["pdf_pages"])
    data = tmp_path / "data"

    r = _run(data, "add", "question", str(first), "--item", item["number"], "--text",
             "What does the audit say?")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["item_title"] == item["title"]

    r = _run(data, "list", str(second), "--json")
    assert r.returncode == 0, r.stderr
    listed = json.loads(r.stdout)
    assert "carried over" in r.stderr
    assert [(i["number"], [q["text"] for q in i["questions"]]) for i in listed["items"]] == [
        (item["number"], ["What does the audit say?"])
    ]
    assert listed["items"][0]["questions"][0]["carried_from"] is not None
