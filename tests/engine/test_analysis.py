"""analyze(): the whole engine on generated packs, the cache, and the odd files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from boardprep.core.engine import analysis
from boardprep.core.engine.analysis import ANALYSIS_VERSION, analyze
from boardprep.core.store.agendas import stored_agenda
from boardprep.core.store.db import DB_NAME
from boardprep.core.store.packtext import read_page_texts
from tests.packgen import PackSpec, build_pack, make_damaged


def _flat(items: list[dict[str, Any]]) -> dict[str, tuple[Any, list[Any]]]:
    out: dict[str, tuple[Any, list[Any]]] = {}
    for it in items:
        docs = [c["pdf_pages"] for c in it["children"] if c.get("kind") == "document"]
        out[it["number"]] = (it["pdf_pages"], docs)
        out.update(_flat([c for c in it["children"] if c.get("kind") != "document"]))
    return out


def _check(spec: PackSpec, tmp_path: Path) -> dict[str, Any]:
    pdf = tmp_path / "pack.pdf"
    truth = build_pack(spec, pdf)
    got = analyze(pdf, data_dir=tmp_path / "data", use_cache=False).to_json(with_labels=True)
    assert _flat(got["items"]) == _flat(truth["items"])
    return got


@pytest.mark.parametrize(
    "spec",
    [
        PackSpec(n_items=6, seed=2, blank_separators=True, slides=True),
        PackSpec(layout="table", n_items=6, seed=3, stale_offset=2),
        PackSpec(layout="papers", n_items=6, seed=4),
        PackSpec(layout="colon", n_items=6, seed=5, stamps="none", agenda_item_stamps=False),
        PackSpec(layout="timed", n_items=6, seed=6, glitches=True, stamp_style="{n}"),
    ],
    ids=["glued-blanks-slides", "table-stale", "papers", "colon-unstamped", "timed-glitches"],
)
def test_generated_packs_match_truth(spec: PackSpec, tmp_path: Path) -> None:
    _check(spec, tmp_path)


def test_stale_offset_warns(tmp_path: Path) -> None:
    got = _check(PackSpec(n_items=6, seed=7, stale_offset=2), tmp_path)
    assert any("higher" in w for w in got["warnings"])


def test_supplement_warns(tmp_path: Path) -> None:
    got = _check(PackSpec(n_items=6, seed=8, supplement=True), tmp_path)
    assert any("not in this file" in w for w in got["warnings"])


def test_no_agenda_builds_items_and_warns(tmp_path: Path) -> None:
    pdf = tmp_path / "p.pdf"
    truth = build_pack(PackSpec(layout="no_agenda", n_items=6, seed=9), pdf)
    tree = analyze(pdf, data_dir=tmp_path, use_cache=False)
    assert {i.number for i in tree.items} == {i["number"] for i in truth["items"] if i["pdf_pages"]}
    assert any("No agenda" in w for w in tree.warnings)


def test_agenda_only_has_null_pdf_pages(tmp_path: Path) -> None:
    pdf = tmp_path / "p.pdf"
    build_pack(PackSpec(n_items=5, seed=10, agenda_only=True), pdf)
    tree = analyze(pdf, data_dir=tmp_path, use_cache=False)
    assert tree.items and all(it.pdf_pages is None for it in tree.walk())
    assert tree.warnings


def test_page_labels_follow_stamps(tmp_path: Path) -> None:
    pdf = tmp_path / "p.pdf"
    truth = build_pack(PackSpec(n_items=5, seed=11), pdf)
    tree = analyze(pdf, data_dir=tmp_path, use_cache=False)
    stamped = [(a, b) for a, b in zip(truth["page_labels"], tree.page_labels, strict=True) if b]
    assert len(stamped) > len(truth["page_labels"]) // 2
    assert all(a == b for a, b in stamped)


def test_scanned_file_warns(tmp_path: Path) -> None:
    pdf = make_damaged("scanned", tmp_path / "scan.pdf")
    tree = analyze(pdf, data_dir=tmp_path, use_cache=False)
    assert tree.items == []
    assert any("no text layer" in w for w in tree.warnings)


def test_cache_hit_skips_analysis_and_keeps_given_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = tmp_path / "p.pdf"
    build_pack(PackSpec(n_items=4, seed=12), pdf)
    first = analyze(pdf, data_dir=tmp_path / "d")
    assert stored_agenda(first.pack.sha256, ANALYSIS_VERSION, tmp_path / "d") is not None
    assert not (tmp_path / "d" / "cache").exists()  # stored once: in the database, no file

    def boom(*_a: object) -> None:
        raise AssertionError("analysed again despite the cache")

    monkeypatch.setattr(analysis, "_analyze_doc", boom)
    moved = tmp_path / "renamed.pdf"
    moved.write_bytes(pdf.read_bytes())
    again = analyze(moved, data_dir=tmp_path / "d")
    assert again.pack.path == str(moved)
    assert again.to_json()["items"] == first.to_json()["items"]
    assert again.page_labels == first.page_labels


def test_cache_of_another_version_is_ignored(tmp_path: Path) -> None:
    pdf = tmp_path / "p.pdf"
    build_pack(PackSpec(n_items=4, seed=13), pdf)
    tree = analyze(pdf, data_dir=tmp_path)
    sha = tree.pack.sha256
    with sqlite3.connect(tmp_path / DB_NAME) as c:
        ((version, raw),) = c.execute(
            "SELECT analysis_version, tree_json FROM agendas WHERE sha256=?", (sha,)
        ).fetchall()
        assert version == ANALYSIS_VERSION
        doctored = {**json.loads(raw), "items": []}
        c.execute(
            "UPDATE agendas SET analysis_version=?, tree_json=? WHERE sha256=?",
            (ANALYSIS_VERSION - 1, json.dumps(doctored), sha),
        )
    again = analyze(pdf, data_dir=tmp_path)
    assert again.items  # recomputed, not the stored result of another engine version
    with sqlite3.connect(tmp_path / DB_NAME) as c:
        row = c.execute("SELECT analysis_version FROM agendas WHERE sha256=?", (sha,)).fetchone()
    assert row == (ANALYSIS_VERSION,)  # and the new result replaced it


def test_progress_reaches_total(tmp_path: Path) -> None:
    pdf = tmp_path / "p.pdf"
    build_pack(PackSpec(n_items=4, seed=14), pdf)
    calls: list[tuple[int, int, str]] = []
    analyze(
        pdf, data_dir=tmp_path, use_cache=False, progress=lambda d, t, m: calls.append((d, t, m))
    )
    assert calls and calls[-1][0] == calls[-1][1]
    assert all(d <= t for d, t, _ in calls)


def test_a_failing_agenda_stage_costs_the_agenda_not_the_pack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from boardprep.core.engine.agenda import parse as agenda_parse

    def broken(*_a: object) -> None:
        raise ValueError("synthetic parser bug")

    monkeypatch.setattr(agenda_parse, "parse_agenda", broken)
    pdf = tmp_path / "p.pdf"
    build_pack(PackSpec(n_items=5, seed=15), pdf)
    tree = analyze(pdf, data_dir=tmp_path, use_cache=False)
    assert any("synthetic parser bug" in w for w in tree.warnings)
    assert tree.items  # rebuilt from the papers' "Agenda Item N" marks


def test_no_agenda_meeting_details_skip_a_blank_cover(tmp_path: Path) -> None:
    import pymupdf

    pdf = tmp_path / "p.pdf"
    truth = build_pack(PackSpec(layout="no_agenda", n_items=6, seed=9), pdf)
    doc = pymupdf.open(pdf)
    doc.new_page(0)  # a blank cover before the first paper
    doc.new_page(0)
    doc.save(tmp_path / "blank_cover.pdf")
    doc.close()
    tree = analyze(tmp_path / "blank_cover.pdf", data_dir=tmp_path, use_cache=False)
    assert tree.meeting.date == truth["meeting"]["date"]


def test_scanned_agenda_page_is_named_in_the_warnings(tmp_path: Path) -> None:
    import pymupdf

    doc = pymupdf.open()
    front = doc.new_page()
    front.insert_text((72, 80), "Harbourside Town Council - Finance Committee", fontsize=14)
    scan = doc.new_page()  # the agenda, scanned: an image and no text
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 40), False)
    pix.set_rect(pix.irect, (200, 200, 200))
    scan.insert_image(scan.rect, pixmap=pix)
    for number, title in [("3", "Minutes"), ("4", "Budget Monitoring Report")]:
        page = doc.new_page()
        page.insert_text((400, 40), f"Agenda Item {number}", fontsize=12)
        page.insert_text((72, 100), title, fontsize=16)
        page.insert_text((72, 130), "The committee is asked to note this report.", fontsize=10)
    pdf = tmp_path / "p.pdf"
    doc.save(pdf)
    tree = analyze(pdf, data_dir=tmp_path, use_cache=False)
    assert [it.number for it in tree.items] == ["3", "4"]
    assert any("Page 2" in w and "scanned" in w for w in tree.warnings)


def test_a_fresh_analysis_hands_over_the_page_text_it_read(tmp_path: Path) -> None:
    """The search index reuses the analysis's reading of every page (one pass, not two)."""
    pdf = tmp_path / "pack.pdf"
    build_pack(PackSpec(n_items=4, seed=9), pdf)
    fresh = analyze(pdf, data_dir=tmp_path / "data")
    assert fresh.page_texts is not None and len(fresh.page_texts) == fresh.pack.pages
    assert any("Minutes" in t for t in fresh.page_texts)
    assert "page_texts" not in fresh.to_json(with_labels=True)
    cached = analyze(pdf, data_dir=tmp_path / "data")
    assert cached.page_texts is None  # the cache keeps the tree, not the text
    # Read again without the analysis (a stored agenda, a re-issue): the very same text, so
    # the search index holds the same words whichever path filled it.
    assert read_page_texts(str(pdf)) == fresh.page_texts


def test_a_file_cut_short_while_read_warns_and_is_not_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from boardprep.core.engine.pages import pagemap

    pdf = tmp_path / "pack.pdf"
    build_pack(PackSpec(n_items=6, seed=12, target_pages=60), pdf)
    real_scan, seen = pagemap.scan_page, []

    def cut_short(page: object) -> object:
        seen.append(1)
        if len(seen) == 20:
            with open(pdf, "r+b") as fh:
                fh.truncate(pdf.stat().st_size // 3)
        return real_scan(page)  # type: ignore[arg-type]

    monkeypatch.setattr(pagemap, "scan_page", cut_short)
    tree = analyze(pdf, data_dir=tmp_path / "data")
    assert "changed while it was being read" in tree.warnings[0]
    assert not list((tmp_path / "data").rglob("*.json"))  # nothing cached for the old sha


def test_a_page_tree_that_loops_leaves_one_page_blank_and_says_so(tmp_path: Path) -> None:
    """MuPDF loads page 1 of a file whose page tree loops back on itself and fails on page
    2: the agenda on page 1 is still read, and the banner names the page that was not."""
    from tests.packgen.damaged import make_looped_page_tree

    path = make_looped_page_tree(tmp_path / "looped.pdf")
    tree = analyze(path, data_dir=tmp_path / "data")
    assert [it.title for it in tree.items] == [
        "Apologies for absence",
        "Minutes of the last meeting",
        "Budget monitoring report",
    ]
    assert any("Page 2 of the file could not be read" in w for w in tree.warnings)
    assert not any("analysis failed" in w for w in tree.warnings)
