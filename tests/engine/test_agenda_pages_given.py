"""The engine reads the agenda from the pages the member names ("Mark pages as agenda")."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from boardprep.core.engine.analysis import analyze


def _pack(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=595, height=842)
    cover.insert_text((200, 80), "AGENDA", fontsize=16, fontname="hebo")
    for k, title in enumerate(["Welcome", "Apologies for absence", "Minutes of the last meeting"]):
        cover.insert_text((60, 120 + 24 * k), f"{k + 1}. {title}", fontsize=11)
    real = doc.new_page(width=595, height=842)
    real.insert_text((60, 80), "Items for decision", fontsize=14, fontname="hebo")
    for k, title in enumerate(["Budget Setting 2026/27", "Parks Strategy", "Staffing Review"]):
        real.insert_text((60, 120 + 24 * k), f"{k + 1}. {title}", fontsize=11)
    doc.new_page(width=595, height=842).insert_text((60, 80), "Budget report", fontsize=14)
    doc.save(path)
    return path


def test_agenda_read_from_the_pages_given_and_not_cached(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "pack.pdf")
    found = analyze(pack, data_dir=tmp_path, use_cache=False)
    assert [i.title for i in found.items][:1] == ["Welcome"]
    given = analyze(pack, data_dir=tmp_path, agenda_pages=[2])
    assert [i.title for i in given.items] == [
        "Budget Setting 2026/27",
        "Parks Strategy",
        "Staffing Review",
    ]
    # Nothing cached: the next ordinary analysis is the engine's own again.
    assert [i.title for i in analyze(pack, data_dir=tmp_path).items][:1] == ["Welcome"]


def test_agenda_pages_out_of_range_are_refused(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "pack.pdf")
    with pytest.raises(ValueError, match="between 1 and 3"):
        analyze(pack, data_dir=tmp_path, agenda_pages=[4])


def test_progress_is_reported_while_the_agenda_is_looked_for(tmp_path: Path) -> None:
    """Each page the agenda finder reads is reported (the window renders pages between
    reports on the PDF's one thread), before the page-by-page scan starts."""
    pack = _pack(tmp_path / "pack.pdf")
    seen: list[str] = []
    analyze(pack, data_dir=tmp_path, use_cache=False, progress=lambda _d, _t, m: seen.append(m))
    finding = [m for m in seen if m == "Finding the agenda"]
    assert len(finding) >= 3  # one per page read (3 pages), then the stage itself
    assert seen.index("Finding the agenda") < next(
        k for k, m in enumerate(seen) if m.startswith("Reading page")
    )
