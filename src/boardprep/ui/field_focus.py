"""Tab leaves single-purpose text fields (a question, its answer), as it leaves a line edit.

A QPlainTextEdit takes Tab as a character by default, so a keyboard user who tabs into a
question's text is stuck there. Those fields each hold one short text in which a tab
character is never meant; the notes editor, where the member writes at length, keeps Tab
(Ctrl+1 / Ctrl+2 move to the agenda or the pages).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget


def tab_leaves_fields(root: QWidget, keep_tab: Iterable[QWidget] = ()) -> int:
    """Make Tab move focus out of every editable text field under ``root`` except ``keep_tab``;
    returns how many fields changed."""
    keep = set(map(id, keep_tab))
    fields: list[QPlainTextEdit | QTextEdit] = [
        *root.findChildren(QPlainTextEdit),
        *root.findChildren(QTextEdit),
    ]
    changed = 0
    for field in fields:
        if id(field) not in keep and not field.isReadOnly() and not field.tabChangesFocus():
            field.setTabChangesFocus(True)
            changed += 1
    return changed
