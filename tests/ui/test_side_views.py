"""Optional side views: page thumbnails (rendered in their own worker thread) and the PDF's
own outline; off by default, chosen in the View menu, remembered."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from PySide6.QtCore import Qt

import boardprep.ui.render_worker as render_worker
from tests.packgen import PackSpec, build_pack
from tests.ui.conftest import open_and_wait, truth_analyzer

WAIT = 10000


@pytest.fixture(scope="module")
def outlined(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    path = tmp_path_factory.mktemp("outlined") / "outlined-pack.pdf"
    truth = build_pack(PackSpec(layout="glued", n_items=6, seed=5, outline="good"), path)
    return path, truth


def make_window(qtbot: Any, data_dir: Path, pack: tuple[Path, dict[str, Any]]) -> Any:
    from boardprep.ui.main_window import MainWindow

    w = MainWindow(str(data_dir), analyze_fn=truth_analyzer(pack[1]))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    open_and_wait(qtbot, w, pack[0])
    return w


def test_side_views_are_off_by_default(opened: Any) -> None:
    side = opened.side_views
    assert not side.act_thumbnails.isChecked() and not side.act_outline.isChecked()
    assert not side.thumbnails.isVisible() and not side.outline.isVisible()
    assert side.worker is None  # nothing opened or rendered for views nobody asked for
    menu_texts = [a.text() for a in opened.menuBar().actions()[2].menu().actions()]
    assert "Page &thumbnails" in menu_texts and "PDF &outline" in menu_texts


def test_thumbnails_render_in_the_background_and_follow_the_reader(
    qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = opened
    threads: set[str] = set()
    real = render_worker.render_page

    def spy(*args: Any) -> Any:
        threads.add(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(render_worker, "render_page", spy)
    view_width = w.view.viewport().width()
    w.side_views.act_thumbnails.trigger()
    strip = w.side_views.thumbnails
    model = strip.model
    assert strip.isVisible()
    qtbot.waitUntil(lambda: model.rowCount() == w.view.page_count(), timeout=WAIT)
    qtbot.waitUntil(lambda: model.image(0) is not None, timeout=WAIT)
    assert threading.current_thread().name not in threads and threads
    image = model.image(0)
    assert image is not None and abs(image.width() / image.devicePixelRatio() - 104) <= 1
    # Between the agenda and the pages; the pages still fill their (narrower) pane.
    assert w.splitter.indexOf(strip) == w.splitter.indexOf(w.left) + 1
    qtbot.waitUntil(lambda: w.view.viewport().width() < view_width, timeout=WAIT)
    assert w.view.page_rect(0).width() == w.view.viewport().width()
    # Printed page numbers under the pictures.
    labels = w.tree.page_labels
    row = next(i for i, n in enumerate(labels) if n is not None)
    assert model.index(row).data() == str(labels[row])
    # The strip follows the reader, and a click takes the reader there.
    w.view.go_to_page(9)
    assert strip.list.currentIndex().row() == 8
    ix = model.index(4)
    strip.list.scrollTo(ix)
    qtbot.mouseClick(
        strip.list.viewport(), Qt.MouseButton.LeftButton, pos=strip.list.visualRect(ix).center()
    )
    assert w.view.current_page() == 5
    assert w.act_back.isEnabled()  # a jump like any other: Alt+Left comes back
    # Scrolling the strip asks for the pictures now in sight.
    strip.list.scrollToBottom()
    last = model.rowCount() - 1
    qtbot.waitUntil(lambda: model.image(last) is not None, timeout=WAIT)


def test_the_pdfs_outline_goes_to_its_pages(
    qtbot: Any, data_dir: Path, outlined: tuple[Path, dict[str, Any]]
) -> None:
    w = make_window(qtbot, data_dir, outlined)
    with pymupdf.open(outlined[0]) as doc:
        toc = doc.get_toc()
    assert toc
    w.side_views.act_outline.trigger()
    outline = w.side_views.outline
    assert outline.isVisible() and w.left_split.indexOf(outline) == 1  # below the agenda tree
    qtbot.waitUntil(lambda: outline.tree.topLevelItemCount() > 0, timeout=WAIT)
    assert outline.tree.topLevelItemCount() == sum(1 for lvl, *_ in toc if lvl == 1)
    assert outline.tree.topLevelItem(0).text(0) == toc[0][1]
    target = next(
        outline.tree.topLevelItem(i)
        for i in range(outline.tree.topLevelItemCount())
        if (outline.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) or 0) > 3
    )
    page = target.data(0, Qt.ItemDataRole.UserRole)
    outline.tree.itemActivated.emit(target, 0)
    assert w.view.current_page() == page
    assert not outline.note.isVisible()


def test_a_pack_without_outline_says_so_and_the_choice_is_kept(
    qtbot: Any, opened: Any, data_dir: Path, pack: tuple[Path, dict[str, Any]]
) -> None:
    w = opened
    w.side_views.act_outline.trigger()
    outline = w.side_views.outline
    qtbot.waitUntil(lambda: "no outline" in outline.note.text(), timeout=WAIT)
    assert outline.note.isVisible() and not outline.tree.isVisible()
    w.close()
    again = make_window(qtbot, data_dir, pack)
    assert again.side_views.act_outline.isChecked() and again.side_views.outline.isVisible()
    assert not again.side_views.act_thumbnails.isChecked()
    again.side_views.act_outline.trigger()
    assert not again.side_views.outline.isVisible()
