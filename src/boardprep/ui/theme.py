"""Look and feel: Fusion with a palette that follows the system light/dark scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory

ACCENT = QColor("#2f6db5")
EXEMPT = QColor("#b5542f")
PROGRESS = QColor("#3e9b5f")


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    if dark:
        window, base, alt, text = "#25272b", "#1d1f22", "#2b2e33", "#e6e6e6"
        button, mid, hl_text = "#30333a", "#4a4e56", "#ffffff"
    else:
        window, base, alt, text = "#f3f4f6", "#ffffff", "#f7f8fa", "#1f2328"
        button, mid, hl_text = "#f8f9fb", "#c9ccd2", "#ffffff"
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: alt,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.Mid: mid,
        QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: "#8a8f98",
        QPalette.ColorRole.Highlight: ACCENT.name(),
        QPalette.ColorRole.HighlightedText: hl_text,
        QPalette.ColorRole.Link: "#6aa7ec" if dark else ACCENT.name(),
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#80848c"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#80848c"))
    return p


STYLE_SHEET = """
QLabel#sectionTitle { font-weight: 600; }
QLabel#itemHeaderNumber { font-size: 15pt; font-weight: 700; color: palette(highlight); }
QLabel#itemHeaderTitle { font-size: 12pt; font-weight: 600; }
QLabel#muted { color: palette(placeholder-text); }
QLabel#savedIndicator { color: palette(placeholder-text); }
QFrame#warningBanner { background: #fff4d6; border: 1px solid #e8c66a; border-radius: 4px; }
QFrame#warningBanner QLabel, QFrame#warningBanner QToolButton { color: #5a4300; }
QFrame#noticeBanner { background: #e3effc; border: 1px solid #9dc0ea; border-radius: 4px; }
QFrame#noticeBanner QLabel { color: #163a63; }
QLabel#startTitle { font-size: 22pt; font-weight: 700; }
QLabel#startSubtitle { font-size: 11pt; color: palette(placeholder-text); }
QTreeView, QListWidget, QTreeWidget { border: none; }
QSplitter::handle { background: palette(mid); }
QSplitter::handle:horizontal { width: 1px; }
QTabWidget::pane { border: none; }
"""

# Pale banners glare in a dark window: the same meaning in muted dark tones, light text.
DARK_BANNERS = """
QFrame#warningBanner { background: #3d3320; border: 1px solid #8a6d1f; border-radius: 4px; }
QFrame#warningBanner QLabel, QFrame#warningBanner QToolButton { color: #f3dc9a; }
QFrame#noticeBanner { background: #1f3049; border: 1px solid #3f6aa3; border-radius: 4px; }
QFrame#noticeBanner QLabel { color: #cfe2fa; }
"""


def style_sheet(dark: bool) -> str:
    return STYLE_SHEET + (DARK_BANNERS if dark else "")


def set_scheme(app: QApplication, dark: bool) -> None:
    """Palette and banner colours for one scheme; also the hook to force dark mode."""
    app.setPalette(_palette(dark))
    app.setStyleSheet(style_sheet(dark))


def apply_theme(app: QApplication) -> QStyle:
    """Fusion + palette + style sheet; returns the base style (the app's wraps it)."""
    style = QStyleFactory.create("Fusion")
    app.setStyle(style)
    set_scheme(app, is_dark())
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    # Follow the system when the user switches light/dark while the app runs.
    QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda _scheme: set_scheme(app, is_dark())
    )
    return style
