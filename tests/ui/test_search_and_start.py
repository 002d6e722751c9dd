from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from boardprep.core.pdfopen import open_pack
from tests.ui.conftest import open_and_wait


def _a_word_on(path: Path, page: int) -> str:
    doc = open_pack(path)
    try:
        words = [w[4] for w in doc[page - 1].get_text("words") if w[4].isalpha() and len(w[4]) > 7]
    finally:
        doc.close()
    return words[0]


def test_search_jumps_to_a_hit(qtbot: Any, opened: Any, pack: tuple[Path, dict[str, Any]]) -> None:
    target = opened.view.page_count() - 1
    word = _a_word_on(pack[0], target)
    terms: list[str | None] = []
    opened.view.set_search_term = lambda t: terms.append(t)  # observe the hand-over
    opened.act_find.trigger()
    assert opened.search.isVisible()
    qtbot.keyClicks(opened.search.query, word)
    qtbot.keyClick(opened.search.query, Qt.Key.Key_Return)
    assert opened.search.results.count() > 0
    pages = [
        opened.search.results.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(opened.search.results.count())
    ]
    assert target in pages
    assert opened.view.current_page() == pages[0]
    assert terms and terms[-1] == word
    # F3 walks to the next hit and the view follows.
    if len(pages) > 1:
        opened.act_next_hit.trigger()
        assert opened.view.current_page() == pages[1]
        opened.act_prev_hit.trigger()
        assert opened.view.current_page() == pages[0]


def test_start_screen_lists_recent_packs(
    qtbot: Any, window: Any, pack: tuple[Path, dict[str, Any]]
) -> None:
    open_and_wait(qtbot, window, pack[0])
    window.show_start()
    recent = window.start.recent
    assert recent.topLevelItemCount() == 1
    group = recent.topLevelItem(0)
    m = pack[1]["meeting"]
    assert m["body"] in group.text(0)
    assert group.isFirstColumnSpanned()  # the meeting's name is not cut short by the columns
    row = group.child(0)
    assert row.text(0) == pack[0].name and row.text(1) == m["date"]
    opened_paths: list[str] = []
    window.start.openRequested.connect(opened_paths.append)
    recent.itemActivated.emit(row, 0)
    assert opened_paths == [str(pack[0])]


def test_dropping_a_pdf_opens_it(
    qtbot: Any, window: Any, pack: tuple[Path, dict[str, Any]]
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pack[0]))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.tree is not None and window.is_idle(), timeout=10000)
    assert window.path == str(pack[0])
    assert window.stack.currentWidget() is window.splitter


def test_reopens_where_the_reader_left_off(
    qtbot: Any, window: Any, pack: tuple[Path, dict[str, Any]]
) -> None:
    open_and_wait(qtbot, window, pack[0])
    window.view.go_to_page(17)
    window._save_last_page()
    open_and_wait(qtbot, window, pack[0])
    qtbot.waitUntil(lambda: window.view.current_page() == 17, timeout=3000)


def test_a_record_hit_shows_its_item(qtbot: Any, opened: Any) -> None:
    item = next(it for it in opened.tree.walk() if it.pdf_pages and it is not opened.panel.item)
    opened.store.add_question(opened.sha, item.number, "Is the zebrafinch survey funded?")
    opened.show_search()
    opened.search.query.setText("zebrafinch")
    opened.search.run_search()
    assert opened.search.results.count() == 1
    assert opened.search.results.item(0).text().startswith("Question · item")
    opened.search.results.setCurrentRow(0)
    assert opened.panel.item is item
