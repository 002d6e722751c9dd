"""The engine's speed paths must give exactly what the plain paths give.

Lazy agenda search, the one-pattern cover-label match, the guarded "Agenda Item" re-join and
the paused garbage collector.
"""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pymupdf
import pytest

from boardprep.core.engine import documents
from boardprep.core.engine.agenda import find as agenda_find
from boardprep.core.engine.agenda.find import find_agenda, pages_from_scores, score_page
from boardprep.core.engine.analysis import analyze
from boardprep.core.engine.pages.textlayer import page_lines
from tests.engine.agenda_pdfkit import build_doc
from tests.engine.agenda_pdfkit import line as row_line
from tests.engine.test_agenda_find import FRONT, MINUTES, REPORT, agenda_page
from tests.packgen import PackSpec, build_pack


def _eager(doc: pymupdf.Document) -> list[int]:
    n = min(doc.page_count, agenda_find.MAX_SCAN)
    return pages_from_scores([score_page(page_lines(doc[i])) for i in range(n)])


def test_lazy_agenda_search_reads_only_what_it_needs() -> None:
    doc = build_doc([FRONT, agenda_page(1, 9), agenda_page(10, 13, heading=False), MINUTES])
    for _ in range(10):
        doc.insert_pdf(build_doc([REPORT]))
    pages, read = find_agenda(doc)
    assert pages == _eager(doc) == [1, 2]
    assert sorted(read) == [0, 1, 2, 3]  # the minutes page ends the agenda; nothing after it
    assert read[1] == page_lines(doc[1])  # the shared lines are the ones a re-read would give


@pytest.mark.parametrize(
    "pages",
    [
        [REPORT, REPORT, MINUTES],  # no agenda: every page up to MAX_SCAN is read
        [agenda_page(1, 6), MINUTES],
        [FRONT, agenda_page(1, 8), MINUTES, REPORT],
    ],
)
def test_lazy_agenda_search_equals_the_eager_one(pages: list) -> None:  # type: ignore[type-arg]
    doc = build_doc(pages)
    assert find_agenda(doc)[0] == _eager(doc)


COVER_LINES = [
    "Subject: Review of parks",
    "Title",
    "Report title: Budget",
    "REPORT TO: Cabinet",
    "Report of the Director",
    "Recommendations to Cabinet:",
    "Recommendation",
    "3. Purpose of the report",
    "Executive Summary",
    "Portfolio Holder: Cllr Lee",
    "Key decision: yes",
    "Lead officer: Kim",
    "Contact Officer",
    "Date of meeting: 3 June",
    "Meeting date",
    "Titles and deeds",
    "Subjective views",
    "An ordinary line of text.",
    "",
]


def _cover_title_loop(lines: list[str]) -> tuple[int, str | None]:
    """The label loop as it was before the labels were joined into one pattern."""
    pats = [(name, re.compile(p, re.I)) for name, p in documents._COVER_LABELS]
    found: set[str] = set()
    title: str | None = None
    for i, line in enumerate(lines):
        for name, pat in pats:
            m = pat.match(line)
            if not m:
                continue
            found.add(name)
            if name in ("subject", "title") and title is None:
                rest = documents._clean(line[m.end() :])
                parts = [rest] if rest else []
                for nxt in lines[i + 1 : i + 4]:
                    if documents._LABEL_LINE.match(nxt) or any(p.match(nxt) for _n, p in pats):
                        break
                    parts.append(nxt)
                    if rest:
                        break
                title = documents.plausible_title(documents._clean(" ".join(parts)))
            break
    return len(found), title


def test_one_pattern_cover_labels_equal_the_label_loop() -> None:
    for k in range(len(COVER_LINES)):
        window = COVER_LINES[k:] + COVER_LINES[:k]
        assert documents._cover_title(window) == _cover_title_loop(window)
    assert documents._cover_title(["Title", "Budget 2025", "Report of:"]) == (2, "Budget 2025")


@pytest.mark.parametrize(
    "lines",
    [
        ["A", "genda Item", "10"],
        ["Agenda item", " 5 Budget"],
        ["AGENDA ITEM", "7"],
        ["System update", "3"],
        ["Nothing to join"],
    ],
)
def test_guarded_join_equals_the_plain_substitutions(lines: list[str]) -> None:
    text = "\n".join(lines)
    text = re.sub(r"\bA\s*\n\s*genda", "Agenda", text)
    text = re.sub(r"(?i)(agenda\s*item)\s*\n\s*(\d)", r"\1 \2", text)
    assert documents._join_broken(lines) == text


@pytest.fixture(scope="module")
def big_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pdf = tmp_path_factory.mktemp("speed") / "big.pdf"
    build_pack(PackSpec(n_items=8, seed=11, blank_separators=True, target_pages=130), pdf)
    return pdf


def test_garbage_collector_is_resumed_after_an_analysis(
    big_pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert gc.isenabled()
    tree = analyze(big_pack, data_dir=tmp_path, use_cache=False)
    assert tree.items and gc.isenabled()

    def boom(*_a: object) -> None:
        assert not gc.isenabled()  # paused while the engine runs
        raise RuntimeError("stage failed")

    from boardprep.core.engine import analysis

    monkeypatch.setattr(analysis, "_analyze_doc", boom)
    with pytest.raises(RuntimeError):
        analyze(big_pack, data_dir=tmp_path, use_cache=False)
    assert gc.isenabled()


def test_heap_is_frozen_only_when_the_process_is_the_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from boardprep.commands import agenda as agenda_cmd

    assert not agenda_cmd._process_ends_here()  # pytest calling run() lives on
    for argv0 in ("/usr/local/bin/boardprep", "/work/src/boardprep/__main__.py"):
        monkeypatch.setattr("sys.argv", [argv0, "agenda", "x.pdf"])
        assert agenda_cmd._process_ends_here()
    for argv0 in (
        "/usr/lib/python3/site-packages/other/__main__.py",
        # "python -m pytest" run in a checkout named after the project (git clone's default):
        # the path holds "boardprep", the process is still pytest's.
        "/home/ann/boardprep/.venv/lib/python3.11/site-packages/pytest/__main__.py",
    ):
        monkeypatch.setattr("sys.argv", [argv0])
        assert not agenda_cmd._process_ends_here()


def test_pymupdf_table_finder_loads_only_when_used() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from boardprep.core.pdfopen import import_pymupdf, _LazySubmodules\n"
        "m = import_pymupdf()\n"
        "print('pymupdf._table_headers' in sys.modules)\n"
        "print(any(isinstance(f, _LazySubmodules) for f in sys.meta_path))\n"
        "print(callable(m.table.find_tables))\n"
        "print('pymupdf._table_headers' in sys.modules)\n"
        "print(import_pymupdf() is m)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "False", "True", "True", "True"]


def test_a_short_agenda_before_scanned_papers_reads_no_scan_for_a_running_head() -> None:
    """A one-page agenda of four items, then scanned papers: the look for a longer agenda
    under a running head after a short list stops at the first scan, never recognising it."""
    rows = [row_line("AGENDA", 260, True), 10.0]
    for n, title in enumerate(("Call to Order", "Roll Call", "Approval of Minutes", "Adjourn")):
        rows.append(row_line(f"{n + 1}. {title}"))  # no page ranges: a short list
    doc = build_doc([rows])
    for _ in range(6):
        page = doc.new_page(width=595, height=842)
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 60, 80), False)
        pix.clear_with(200)
        page.insert_image(page.rect, pixmap=pix)
    pages, read = find_agenda(doc)
    assert pages == [0]
    assert max(read) <= 2  # the pages after the agenda that end it; no scan further on
