"""The two-process page scan must give exactly what the serial scan gives."""

from __future__ import annotations

import threading
from pathlib import Path

import pymupdf
import pytest

from boardprep.core.engine.pages import pagemap
from boardprep.core.engine.pages.pagemap import scan_pages
from tests.packgen import PackSpec, build_pack


@pytest.fixture(scope="module")
def big_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pdf = tmp_path_factory.mktemp("par") / "big.pdf"
    build_pack(PackSpec(n_items=8, seed=7, blank_separators=True, target_pages=130), pdf)
    return pdf


def test_parallel_scan_equals_serial(big_pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagemap, "_cores_busy", lambda: False)
    doc = pymupdf.open(big_pack)
    try:
        assert doc.page_count >= pagemap._PARALLEL_MIN_PAGES
        assert pagemap._can_fork(doc) == (threading.active_count() == 1)
        parallel = pagemap._scan_parallel(doc)
        serial = scan_pages(doc, parallel=False)
        assert parallel is not None
        assert [s.index for s in parallel] == list(range(doc.page_count))
        assert parallel == serial
        assert scan_pages(doc) == serial
    finally:
        doc.close()


def test_no_fork_with_other_threads_or_small_docs(
    big_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pagemap, "_cores_busy", lambda: False)
    doc = pymupdf.open(big_pack)
    small = pymupdf.open()
    small.new_page()
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert not pagemap._can_fork(doc)  # a second thread (e.g. the Qt app's worker)
    finally:
        stop.set()
        t.join()
    try:
        assert not pagemap._can_fork(small)
    finally:
        small.close()
        doc.close()


def test_child_failure_falls_back_to_serial(
    big_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(path: str, lo: int, hi: int) -> list[pagemap.PageScan]:
        raise RuntimeError("child failed")

    monkeypatch.setattr(pagemap, "_scan_file_range", boom)
    doc = pymupdf.open(big_pack)
    try:
        assert pagemap._scan_parallel(doc) is None
        assert len(scan_pages(doc)) == doc.page_count
    finally:
        doc.close()


def test_no_fork_when_the_cores_are_busy(big_pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagemap, "_cores_busy", lambda: True)
    doc = pymupdf.open(big_pack)
    try:
        assert not pagemap._can_fork(doc)
        assert not pagemap.start_scan(doc).forked
    finally:
        doc.close()
