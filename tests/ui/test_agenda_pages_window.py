"""Mark pages as agenda in the window: the agenda is read again from them in the background
(with progress), the tree follows, and it is one correction on the undo stack."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox

from boardprep.core.corrections import new_op
from boardprep.core.pageref import page_refs
from boardprep.ui.agenda_model import CorrectedRole

AGENDA_PAGE = 3  # the generated pack: front sheet, notice to the public, then the agenda


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text: said.append(text))
    return said


def _wait_read(qtbot: Any, w: Any) -> None:
    qtbot.waitUntil(lambda: w.fixer.reread is None, timeout=30000)


def test_marking_the_agenda_pages_reads_it_again(qtbot: Any, opened: Any, told: list[str]) -> None:
    w = opened
    numbers = [it.number for it in w.tree.walk()]
    assert not any(w.model.index_for_number(n).data(CorrectedRole) for n in numbers)
    w.view.go_to_page(AGENDA_PAGE)
    qtbot.waitUntil(lambda: w.view.current_page() == AGENDA_PAGE, timeout=5000)
    asked: list[tuple[str, ...]] = []
    w.fixer.ask = lambda *a: asked.append(a) or f"#{AGENDA_PAGE}"
    progress: list[tuple[int, int, str]] = []

    assert w.act_agenda_pages.isEnabled()
    w.act_agenda_pages.trigger()  # Edit ▸ Mark pages as agenda…
    assert asked[0][2] == page_refs([AGENDA_PAGE], w.tree)  # the page being read is offered
    job = w.fixer.reread
    assert job is not None and w.busy.isVisibleTo(w)
    job.progress.connect(lambda *a: progress.append(a))
    assert w.statusBar().currentMessage().startswith("Reading the agenda")
    _wait_read(qtbot, w)
    assert told == [] and progress and progress[-1][0] == progress[-1][1]
    assert not w.busy.isVisibleTo(w)
    # The tree is the agenda as read from page #3, shown as the member's correction.
    assert [it.number for it in w.tree.walk()] == numbers
    assert all(w.model.index_for_number(n).data(CorrectedRole) for n in numbers)
    assert [op["page"] for op in w.store.corrections(w.sha)] == [AGENDA_PAGE]
    assert w.act_undo.text() == "&Undo Read the agenda from page 3"
    assert "was read from page 3" in w.statusBar().currentMessage()

    w.act_undo.trigger()  # one step: the engine's agenda again
    assert w.store.corrections(w.sha) == []
    assert not w.model.index_for_number(numbers[0]).data(CorrectedRole)
    w.act_redo.trigger()  # the reading was kept: no second reading
    assert w.fixer.reread is None
    assert w.model.index_for_number(numbers[0]).data(CorrectedRole)

    # The pages already marked are offered next time; the same pages change nothing.
    w.fixer.ask = lambda *a: asked.append(a) or a[2]
    assert not w.fixer.mark_agenda_pages()
    assert (
        asked[-1][2] == page_refs([AGENDA_PAGE], w.tree)
        and "already read" in w.statusBar().currentMessage()
    )


def test_pages_without_an_agenda_or_not_in_the_pack_change_nothing(
    qtbot: Any, opened: Any, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    w = opened
    menu = QMenu()
    ix = w.model.index_for_number(w.tree.walk()[0].number)
    texts = [a.text() for a in w.fixer.add_menu_actions(menu, ix)]
    assert texts[-1] == "Mark pages as agenda…"  # in the tree's menu too
    w.fixer.ask = lambda *_a: "#999"
    assert not w.fixer.mark_agenda_pages()
    assert "names no pages of this pack" in told[-1]
    # Pages on which the engine reads no agenda at all.
    from boardprep.core.engine import analysis

    real = analysis.analyze

    def nothing(*a: Any, **k: Any) -> Any:
        tree = real(*a, **k)
        tree.items = []
        return tree

    monkeypatch.setattr(analysis, "analyze", nothing)
    w.fixer.ask = lambda *_a: "#2"
    assert w.fixer.mark_agenda_pages()
    _wait_read(qtbot, w)
    assert told[-1] == "No agenda items could be read on page 2; nothing was changed."
    assert w.store.corrections(w.sha) == [] and w.fixer.stack.count() == 0


def test_marks_that_came_without_their_reading_are_read_on_opening(
    qtbot: Any, opened: Any, told: list[str]
) -> None:
    w = opened
    w.store.merge_corrections(w.sha, [new_op("agenda_page", page=AGENDA_PAGE)])  # a bundle's
    assert w.store.reread_pending(w.sha) == [AGENDA_PAGE]
    w.fixer._on_registered(w.sha)  # as when the pack is opened
    _wait_read(qtbot, w)
    assert told == [] and w.store.reread_pending(w.sha) == []
    first = w.tree.walk()[0].number
    assert w.model.index_for_number(first).data(CorrectedRole)


def test_closing_the_window_while_reading_forgets_the_reading(
    qtbot: Any, opened: Any, told: list[str]
) -> None:
    w = opened
    w.fixer.ask = lambda *_a: f"#{AGENDA_PAGE}"
    assert w.fixer.mark_agenda_pages() and w.fixer.reread is not None
    w.close()  # waits for the reading, then drops it: no write to the closed database
    assert w.fixer.reread is None and told == []
    qtbot.wait(50)  # the job's queued signals land (disconnected)
