"""The window on a pack whose printed numbers are not the PDF's own (front sheet and agenda
unstamped, the papers from "Page 1"): every place that shows a page names it as printed with
the PDF's own in brackets, quotes are re-flowed, and the venue has no phone number."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from boardprep.ui.agenda_model import MetaRole
from tests.packgen import PackSpec, build_pack
from tests.ui.conftest import open_and_wait

CONTACT = " Contact: Jo Bloggs, Democratic Services, Tel: 01234 567890, jo.bloggs@wbvcc.gov.uk"


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    path = tmp_path_factory.mktemp("packs") / "offset-pack.pdf"
    truth = build_pack(PackSpec(layout="glued", n_items=6, seed=7, stamp_start=1), path)
    truth["meeting"] = dict(truth["meeting"], venue=truth["meeting"]["venue"] + CONTACT)
    return path, truth


@pytest.fixture
def item(qtbot: Any, window: Any, pack: tuple[Path, dict[str, Any]]) -> Any:
    open_and_wait(qtbot, window, pack[0])
    it = next(i for i in window.tree.walk() if i.pdf_pages and i.pack_pages and not i.sub_items)
    assert it.pack_pages[0] != it.pdf_pages[0]  # the point of this pack
    window.select_item(it.number)
    return it


def _printed(window: Any, page: int) -> int:
    label = window.tree.label_for(page)
    assert label is not None and label != page
    return label


def test_status_bar_panel_and_tree(window: Any, item: Any) -> None:
    (a, b), (pa, pb) = item.pack_pages, item.pdf_pages
    page = window.view.current_page()
    total = window.view.page_count()
    assert window.page_label.text() == f"Page {_printed(window, page)} (#{page} of {total})"
    assert f"Pages {a}–{b} (#{pa}–{pb})" in window.panel.details.text()
    ix = window.model.index_for_number(item.number)
    # The tree's row names the printed pages only (its title keeps the width at 1366×768);
    # the PDF's own pages are in the tooltip and what a screen reader says.
    assert ix.data(MetaRole) == f"pp {a}–{b}"
    assert f"Pages {a}–{b} (#{pa}–{pb})" in ix.data(Qt.ItemDataRole.ToolTipRole)
    assert f"pp {a}–{b} (#{pa}–{pb})" in ix.data(Qt.ItemDataRole.AccessibleTextRole)
    assert window.view.accessibleDescription() == window.page_label.text()


def test_quotes_and_highlights_lists(qtbot: Any, window: Any, item: Any) -> None:
    page = item.pdf_pages[0]
    printed = _printed(window, page)
    window.view.quoteRequested.emit(page, (72.0, 100.0, 300.0, 120.0), "the budget gap of\n£2m")
    (note,) = [n for n in window.store.notes(window.sha, item.number) if not n.is_item_note]
    assert note.quote == note.text == "the budget gap of £2m"  # stored re-flowed
    row = window.panel.notes.quotes.item(0).text()
    assert row == f"Page {printed} (#{page})\n“the budget gap of £2m”"

    window.view.highlightRequested.emit(page, [(72.0, 100.0, 300.0, 120.0)], "over-\nspend")
    window.panel.tabs.setCurrentWidget(window.panel.highlights)
    assert window.panel.highlights.list.item(0).text() == f"Page {printed} (#{page})\noverspend"
    undo_text = window.edits.stack.undoText()
    assert f"page {printed} (#{page})" in undo_text


def test_search_results_name_the_printed_page(qtbot: Any, window: Any, item: Any) -> None:
    window.act_find.trigger()
    qtbot.keyClicks(window.search.query, item.title.split()[0])
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.results.count() > 0, timeout=10000)
    results = window.search.results
    heads = [results.item(r).text().split("\n")[0] for r in range(results.count())]
    assert any("(#" in h and "Page " in h for h in heads), heads


def test_the_venue_is_the_place(window: Any, item: Any) -> None:
    text = window.meeting_label.text()
    assert "Westbrook WB4 7JA" in text or "County Hall" in text or "Room" in text
    for tail in ("Tel", "01234", "@", "Contact"):
        assert tail not in text
