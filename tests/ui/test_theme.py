from __future__ import annotations

from typing import Any

from PySide6.QtGui import QPalette

from boardprep.ui import theme


def test_dark_and_light_palettes_keep_text_readable(qapp: Any) -> None:
    for dark in (False, True):
        p = theme._palette(dark)
        window = p.color(QPalette.ColorRole.Window).lightness()
        text = p.color(QPalette.ColorRole.Text).lightness()
        base = p.color(QPalette.ColorRole.Base).lightness()
        assert (window < 100) == dark
        assert abs(text - base) > 150  # strong contrast for long reading sessions
        assert p.color(QPalette.ColorRole.Highlight) == theme.ACCENT


def test_apply_theme_uses_fusion(qapp: Any) -> None:
    base = theme.apply_theme(qapp)
    assert base.metaObject().className() == "QFusionStyle"
    assert "itemHeaderNumber" in qapp.styleSheet()
    assert qapp.palette().color(QPalette.ColorRole.Highlight) == theme.ACCENT
    assert qapp.font().pointSizeF() >= 10


def test_dark_scheme_gives_dark_banners(qapp) -> None:
    from boardprep.ui.theme import is_dark, set_scheme

    set_scheme(qapp, True)
    try:
        assert "#3d3320" in qapp.styleSheet() and "#fff4d6" in qapp.styleSheet()
        assert qapp.palette().window().color().lightness() < 80
    finally:
        set_scheme(qapp, is_dark())
    assert "#3d3320" not in qapp.styleSheet() or is_dark()
