"""Agenda titles stay readable in a narrow tree: printed pages only in the row, two lines."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from boardprep.ui.agenda_model import AgendaDelegate, MetaRole

ToolTip = Qt.ItemDataRole.ToolTipRole


def test_title_lines_break_between_words_and_end_in_an_ellipsis(qapp: Any) -> None:
    fm = QFontMetrics(QFont())
    text = "7  Chief Executive Officer's Report on the Regional Health Plan for 2019"
    width = fm.horizontalAdvance("7  Chief Executive Officer's")
    lines = AgendaDelegate.title_lines(fm, text, width)
    assert lines[0] == "7  Chief Executive Officer's"  # the printed spacing is kept
    assert len(lines) == 2 and lines[1].endswith("…") and lines[1].startswith("Report on")
    assert all(fm.horizontalAdvance(line) <= width for line in lines)
    assert AgendaDelegate.title_lines(fm, "Short", 500) == ["Short"]
    one_word = AgendaDelegate.title_lines(fm, "Supercalifragilistic words", 30)
    assert len(one_word) == 1 and one_word[0].endswith("…")


def test_long_titles_take_two_lines_in_a_narrow_tree(qtbot: Any, opened: Any) -> None:
    w = opened
    view = w.tree_view
    w.splitter.setSizes([260, 800, 340])
    qtbot.waitUntil(lambda: view.viewport().width() < 280, timeout=3000)
    view.expandAll()
    long_rows = [ix for ix in w.model.all_indexes() if len(str(ix.data())) > 34]
    short_rows = [ix for ix in w.model.all_indexes() if len(str(ix.data())) < 14]
    assert long_rows and short_rows, "the test pack has long and short titles"
    one = view.visualRect(short_rows[0]).height()

    def tall(ix: Any) -> bool:
        return view.visualRect(ix).height() > one + 8

    qtbot.waitUntil(lambda: all(tall(ix) for ix in long_rows), timeout=3000)
    # The page range names the printed pages only; the whole title is in the tooltip.
    assert all("#" not in (ix.data(MetaRole) or "") for ix in w.model.all_indexes())
    assert str(long_rows[0].data()).split("  ")[-1] in long_rows[0].data(ToolTip)
    # A wider tree: the rows are measured again and the titles fit on one line.
    w.splitter.setSizes([1000, 200, 200])
    qtbot.waitUntil(lambda: view.viewport().width() > 900, timeout=3000)
    qtbot.waitUntil(lambda: not any(tall(ix) for ix in long_rows), timeout=3000)
