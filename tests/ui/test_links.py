"""Links in a pack: only http, https and mailto are offered (after the address is shown);
javascript:, file:, smb: and every other kind are refused with a message."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QPointF, Qt

from boardprep.ui.pdfview import PdfView
from boardprep.ui.pdfview_input import external_url
from boardprep.ui.render_worker import LinkInfo
from tests.ui.test_pdfview import open_and_render, wait_info

OFFERED = [
    "https://example.org/minutes?id=42",
    "http://council.example.gov.uk/agenda",
    "HTTPS://EXAMPLE.ORG/x",
    "mailto:clerk@example.org?subject=Item%204",
    "  https://example.org/padded  ",
]
REFUSED = [
    "javascript:alert(document.cookie)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "smb://fileserver/share/payload.exe",
    "file:///etc/passwd",
    "file://C:/Windows/System32/calc.exe",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "ms-msdt:/id PCWDiagnostic",
    "search-ms:query=x",
    "ftp://example.org/file",
    "tel:+441234567890",
    "www.example.org",
    "/relative/path.pdf",
    "http://",
    "https:///no-host",
    "mailto:",
    "https://example.org/\x00evil",
    "",
]


@pytest.mark.parametrize("uri", OFFERED)
def test_web_and_mail_links_are_offered(uri: str) -> None:
    url = external_url(uri)
    assert url is not None and url.scheme().lower() in ("http", "https", "mailto")


@pytest.mark.parametrize("uri", REFUSED)
def test_other_links_are_refused(uri: str) -> None:
    assert external_url(uri) is None


@pytest.fixture
def view(qtbot) -> PdfView:
    v = PdfView()
    qtbot.addWidget(v)
    v.resize(640, 720)
    v.show()
    qtbot.waitExposed(v)
    return v


def _wire(view: PdfView) -> dict[str, list[str]]:
    calls: dict[str, list[str]] = {"asked": [], "opened": [], "refused": []}

    def confirm(_parent: object, url: str) -> bool:
        calls["asked"].append(url)
        return True

    view.confirm_open_url = confirm
    view.open_url = lambda url: calls["opened"].append(url.toString())
    view.refuse_url = lambda _parent, uri: calls["refused"].append(uri)
    return calls


@pytest.mark.parametrize("uri", REFUSED[:12])
def test_follow_link_refuses_with_a_message(view: PdfView, uri: str) -> None:
    calls = _wire(view)
    view.follow_link(LinkInfo((0, 0, 10, 10), None, None, uri))
    assert calls["opened"] == [] and calls["asked"] == []
    assert calls["refused"] == ([uri] if uri else [])
    assert view.link_tooltip(LinkInfo((0, 0, 1, 1), None, None, uri)).startswith("Link not opened")


def test_follow_link_shows_the_address_then_opens(view: PdfView) -> None:
    calls = _wire(view)
    view.follow_link(LinkInfo((0, 0, 10, 10), None, None, "https://example.org/a?b=1"))
    assert calls == {"asked": ["https://example.org/a?b=1"],
                     "opened": ["https://example.org/a?b=1"], "refused": []}  # fmt: skip


def test_clicking_a_javascript_link_in_a_pack_is_refused(
    qtbot, view: PdfView, tmp_path: Path
) -> None:
    path = tmp_path / "links.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for y, uri in ((100, "javascript:app.alert('x')"), (200, "smb://evil/share"),
                   (300, "https://example.org/ok")):  # fmt: skip
        page.insert_text((72, y + 12), uri, fontsize=12)
        page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(70, y, 300, y + 20),
                          "uri": uri})  # fmt: skip
    doc.save(path)
    doc.close()
    calls = _wire(view)
    open_and_render(qtbot, view, path)
    wait_info(qtbot, view, 1)
    for y in (110, 210, 310):
        view.go_to_page(1, 0)
        pos = view.page_to_viewport(1, 100, y).toPoint()
        assert view.link_at(QPointF(pos)) is not None
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert [u.split(":")[0] for u in calls["refused"]] == ["javascript", "smb"]
    assert calls["asked"] == calls["opened"] == ["https://example.org/ok"]


def test_dialogs_show_addresses_as_plain_text(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from boardprep.ui import pdfview_input

    seen: list[tuple[str, str, object]] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append((box.text(), box.informativeText(), box.textFormat()))
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert not pdfview_input.confirm_external_url(None, "https://example.org/<b>x</b>")
    pdfview_input.refuse_external_url(None, "javascript:<img src=x>")
    assert "example.org" in seen[0][0] and seen[0][1] == "https://example.org/<b>x</b>"
    assert "only web (http, https) and e-mail (mailto)" in seen[1][0]
    assert seen[1][1] == "javascript:<img src=x>"
    assert all(fmt == Qt.TextFormat.PlainText for *_x, fmt in seen)
