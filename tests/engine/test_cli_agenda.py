"""`boardprep agenda` as a user runs it: exit codes, clean stdout, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packgen import PackSpec, build_pack, make_damaged


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "boardprep", "agenda", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "pack.pdf"
    build_pack(PackSpec(n_items=5, seed=21), path)
    return path


def test_json_output(pack: Path, tmp_path: Path) -> None:
    res = _run(pack, "--json", "--data-dir", tmp_path)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert set(data) == {"pack", "meeting", "items", "warnings"}
    assert data["pack"]["path"] == str(pack)
    assert any(it["pdf_pages"] for it in data["items"])
    # The analysis is kept in --data-dir's database (once: no cache file beside it).
    assert (tmp_path / "boardprep.db").is_file() and not (tmp_path / "cache").exists()


def test_cached_run_gives_the_same_json(pack: Path, tmp_path: Path) -> None:
    one = _run(pack, "--json", "--data-dir", tmp_path).stdout
    two = _run(pack, "--json", "--data-dir", tmp_path).stdout
    three = _run(pack, "--json", "--no-cache", "--data-dir", tmp_path).stdout
    assert json.loads(one) == json.loads(two) == json.loads(three)


def test_human_tree(pack: Path, tmp_path: Path) -> None:
    res = _run(pack, "--data-dir", tmp_path)
    assert res.returncode == 0
    assert "(pdf " in res.stdout and "pages" in res.stdout
    assert not res.stdout.lstrip().startswith("{")


def test_repaired_file_still_prints_valid_json(pack: Path, tmp_path: Path) -> None:
    data = pack.read_bytes()
    broken = tmp_path / "repaired.pdf"
    broken.write_bytes(data[: data.rfind(b"startxref")])
    res = _run(broken, "--json", "--no-cache", "--data-dir", tmp_path)
    assert res.returncode == 0, res.stderr
    tree = json.loads(res.stdout)  # MuPDF's repair chatter must not reach stdout
    assert any("repaired" in w for w in tree["warnings"])


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("not_pdf", "not a PDF"),
        ("html_named_pdf", "not a PDF"),
        ("empty", "empty"),
        ("encrypted", "file is encrypted"),
        ("zero_pages", "no pages"),
    ],
)
def test_unreadable_files_exit_1_with_one_line(kind: str, reason: str, tmp_path: Path) -> None:
    bad = make_damaged(kind, tmp_path / f"{kind}.pdf")
    res = _run(bad, "--json", "--data-dir", tmp_path)
    assert res.returncode == 1
    assert res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"boardprep: cannot open {bad}: ")
    assert reason in lines[0]


def test_missing_file(tmp_path: Path) -> None:
    res = _run(tmp_path / "absent.pdf", "--data-dir", tmp_path)
    assert res.returncode == 1 and "Traceback" not in res.stderr
