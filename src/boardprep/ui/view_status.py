"""The status bar's read-outs (working…, zoom, page) and the zoom commands that set them.

A zoom the member chose is remembered across packs; "fit" zooms follow the window instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressBar

from boardprep.core.pageref import PageNames
from boardprep.ui import settings as st

if TYPE_CHECKING:
    from boardprep.ui.main_window import MainWindow


class ViewStatus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.busy = QProgressBar(window)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName("Working")
        self.busy.hide()
        self.zoom_label = QLabel(window)
        self.zoom_label.setAccessibleName("Zoom")
        self.page_label = QLabel(window)
        self.page_label.setAccessibleName("Current page")
        self.page_label.setMinimumWidth(120)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar = window.statusBar()
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.zoom_label)
        bar.addPermanentWidget(self.page_label)

    def status_text(self) -> str:
        w = self.w
        page, total = w.view.current_page(), w.view.page_count()
        if not total:
            return ""
        return PageNames.of(w.tree).of_total(page, total)

    def update(self) -> None:
        self.page_label.setText(self.status_text())

    def on_document_loaded(self, pages: int) -> None:
        zoom = st.load_float("view/zoom")
        if zoom and st.load_bool("view/fixedZoom", False):
            self.w.view.set_zoom(zoom)
        self.update()

    def on_zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")
        st.save_float("view/zoom", zoom)

    def zoom_in(self) -> None:
        self.w.view.zoom_in()
        st.save_bool("view/fixedZoom", True)

    def zoom_out(self) -> None:
        self.w.view.zoom_out()
        st.save_bool("view/fixedZoom", True)

    def fit_width(self) -> None:
        self.w.view.fit_width()
        st.save_bool("view/fixedZoom", False)

    def fit_page(self) -> None:
        self.w.view.fit_page()
        st.save_bool("view/fixedZoom", False)
