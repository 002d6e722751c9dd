"""The shortcut table, and its macOS version (no Cmd+Shift+Q, F9-F11 or Cmd+G clashes)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence

from boardprep.ui.window_actions import shortcuts

# Keys macOS keeps for itself (Qt's "Ctrl" is the Command key there, "Meta" the Control key).
MAC_SYSTEM = {"Ctrl+Shift+Q", "Ctrl+Alt+Q", "F9", "F10", "F11", "Meta+Ctrl+Q", "Ctrl+Meta+Q"}


def _texts(keys: list) -> list[str]:
    """Each key as Qt's portable text; a standard key as its bindings on this platform."""
    out: list[str] = []
    for k in keys:
        if isinstance(k, str):
            out.append(QKeySequence(k).toString())
        else:
            out += [b.toString() for b in QKeySequence.keyBindings(k)]
    return [t for t in out if t]


def test_mac_table_avoids_the_system_keys(qapp: Any) -> None:
    table = shortcuts(mac=True)
    for name, keys in table.items():
        primary = _texts(keys)[:1]
        assert not set(primary) & MAC_SYSTEM, f"{name}: {primary}"
    assert QKeySequence("Ctrl+Shift+Q").toString() not in _texts(table["add_question"])
    assert _texts(table["goto"]) == ["Ctrl+Alt+G"]  # Cmd+Opt+G, as in Preview
    assert _texts(table["full_screen"]) == [QKeySequence("Ctrl+Meta+F").toString()]
    assert _texts(table["meeting"]) == ["Ctrl+Shift+M"]


def test_no_key_does_two_things(qapp: Any) -> None:
    for mac in (False, True):
        seen: dict[str, str] = {}
        for name, keys in shortcuts(mac=mac).items():
            for text in {t for k in keys if isinstance(k, str) for t in _texts([k])}:
                assert text not in seen, f"{text}: {seen[text]} and {name}"
                seen[text] = name


def test_linux_and_windows_keep_the_documented_keys() -> None:
    table = shortcuts(mac=False)
    assert table["add_question"] == ["Ctrl+Shift+Q"]
    assert table["full_screen"] == ["F11"] and table["goto"] == ["Ctrl+G"]
    assert table["meeting"] == ["F5"] and table["paper"] == ["P"]
