"""A committee's agenda with no AGENDA heading, page ranges or procedural run: its name, the
date, then items 1 to 7 with lettered points (first seen on a transit board's advisory
committee; rebuilt with fictional wording)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from boardprep.core.engine.analysis import analyze

ITEMS = [
    "Member Introductions",
    "Fare Media Review",
    "Membership Proposals",
    "Service Status Report",
    "Stroller Policy",
    "Spring Schedule Change",
    "Citizens Police Academy",
]


def _pack(path: Path, items: list[str]) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((110, 80), "Harbour Transit Riders Advisory Committee", fontsize=12)
    page.insert_text((200, 100), "March 18, 2026 - 5:30 PM", fontsize=12)
    y = 150
    for k, title in enumerate(items):
        page.insert_text((90, y), f"{k + 1}. {title}", fontsize=11)
        y += 18
        if k == 2:
            page.insert_text((108, y), "a. Proposal - New Member Organizations", fontsize=11)
            y += 18
        y += 10
    for paper in ("Proposal for New Member Organizations", "Stroller Policy", "Spring Schedule"):
        page = doc.new_page(width=612, height=792)
        page.insert_text((72, 80), paper, fontsize=16)
        for j in range(20):
            page.insert_text((72, 120 + 16 * j), "The committee is asked to agree.", fontsize=10)
    doc.save(path)
    return path


def test_a_first_page_numbered_one_to_seven_is_the_agenda(tmp_path: Path) -> None:
    tree = analyze(_pack(tmp_path / "cac.pdf", ITEMS), data_dir=tmp_path, use_cache=False)
    assert [(it.number, it.title) for it in tree.items] == [
        (str(k + 1), t) for k, t in enumerate(ITEMS)
    ]
    assert [c.number for c in tree.items[2].sub_items] == ["3a"]
    assert tree.meeting.date == "2026-03-18"


def test_a_short_numbered_first_page_is_not_taken_for_an_agenda(tmp_path: Path) -> None:
    tree = analyze(_pack(tmp_path / "short.pdf", ITEMS[:3]), data_dir=tmp_path, use_cache=False)
    assert tree.items == []
