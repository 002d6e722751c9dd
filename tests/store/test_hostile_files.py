"""Special files named as a pack (FIFO, device, folder, socket) are refused up front with one
sentence, never opened and never waited on."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from boardprep.core import pdfopen
from boardprep.core.errors import PackError

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")


@pytest.fixture
def specials(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    fifo = tmp_path / "fifo.pdf"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    out = {
        "fifo": (fifo, "it is a pipe (FIFO), not a PDF file"),
        "folder": (folder, "it is a folder, not a file"),
        "missing": (tmp_path / "missing.pdf", "no such file"),
    }
    sock_path = tmp_path / "s.pdf"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(sock_path))
        out["socket"] = (sock_path, "it is a socket, not a PDF file")
    except OSError:  # a socket path longer than the system allows: skip that case
        pass
    if Path("/dev/zero").exists():
        out["device"] = (Path("/dev/zero"), "it is a device, not a PDF file")
    yield out
    sock.close()


def test_open_pack_and_sha_refuse_special_files(specials) -> None:
    for name, (path, words) in specials.items():
        with pytest.raises(PackError) as err:
            pdfopen.open_pack(path)
        assert err.value.detail == words, name
        with pytest.raises(PackError):
            pdfopen.sha256_file(path)


def test_a_fifo_swapped_in_after_the_check_is_not_waited_on(
    specials, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdfopen, "check_pack_file", lambda _p: 0)
    with pytest.raises(PackError, match="pipe"):
        pdfopen.sha256_file(specials["fifo"][0])  # would block forever without O_NONBLOCK


@pytest.mark.parametrize("verb", ["agenda", "list", "export"])
def test_cli_refuses_special_files_in_one_line(specials, tmp_path: Path, verb: str) -> None:
    for name, (path, words) in specials.items():
        args = [verb, str(path)]
        if verb == "export":
            args += ["--what", "questions", "--format", "csv", "-o", str(tmp_path / "q.csv")]
        proc = subprocess.run(
            [sys.executable, "-m", "boardprep", "--data-dir", str(tmp_path / "d"), *args],
            capture_output=True, text=True, timeout=30, cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        )  # fmt: skip
        assert proc.returncode == 1, (name, proc.stderr)
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert proc.stderr.startswith(f"boardprep: cannot open {path}: "), proc.stderr
        assert words in proc.stderr or (name == "folder" and "directory" in proc.stderr)
