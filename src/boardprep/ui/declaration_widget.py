"""The member's declaration of interest on the item (domain §9), saved on every edit.

An edit the store refuses is kept (in the form, or in ``_unsaved`` by declaration id after an
item switch) and ``saveFailed`` tells the panel, which retries.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from boardprep.core.errors import NotFoundError, StoreError
from boardprep.ui.autosave import Autosave
from boardprep.ui.labels import ACTIONS, INTEREST_LABELS

_HINTS = {
    "pecuniary": "With a disclosable pecuniary interest members usually must not take part in "
    "the discussion or vote, and most codes ask them to leave the room.",
    "other-registrable": "Where the matter directly relates to the body: declare, speak where "
    "the public may, then withdraw.",
    "non-registrable": "Where the matter directly affects you, a relative or close associate: "
    "declare, speak where the public may, then withdraw.",
    "other": "Record what you intend to do; your code of conduct and clerk decide.",
}


class DeclarationWidget(QWidget):
    recordsChanged = Signal()
    saveFailed = Signal(object)  # the StoreError; the edit is kept

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Any = None
        self._last_store: Any = None
        self._sha: str | None = None
        self._item: str | None = None
        self._decl_id: int | None = None
        self._loading = False
        self._pending = False  # edits not yet written
        self._unsaved: dict[int, dict[str, Any]] = {}  # declaration id -> fields a save refused
        self.edits: Any = None  # the window's undoable record changes (record_undo.RecordEdits)

        self.has_interest = QCheckBox("I have an interest to declare on this item", self)
        self.has_interest.setAccessibleName("I have an interest to declare")
        self.has_interest.toggled.connect(self._toggled)

        self.interest = QComboBox(self)
        self.interest.setAccessibleName("Kind of interest")
        for code, label in INTEREST_LABELS.items():
            self.interest.addItem(label, code)
        self.nature = QLineEdit(self)
        self.nature.setPlaceholderText("e.g. my spouse is employed by the applicant")
        self.nature.setAccessibleName("Nature of the interest")
        self.action = QComboBox(self)
        self.action.setAccessibleName("What I will do")
        self.action.addItems(list(ACTIONS))
        self.withdraw = QCheckBox("I will withdraw from the room", self)
        self.withdraw.setAccessibleName("Withdraw from the room")
        self.dispensation = QLineEdit(self)
        self.dispensation.setPlaceholderText("Reference and date, if one was granted")
        self.dispensation.setAccessibleName("Dispensation")
        self.sensitive = QCheckBox("Sensitive interest (details withheld)", self)
        self.sensitive.setAccessibleName("Sensitive interest")
        self.hint = QLabel(self)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)

        self.autosave = Autosave(self, self.flush)
        self.interest.currentIndexChanged.connect(self._edited_now)
        self.action.currentIndexChanged.connect(self._action_changed)
        self.withdraw.toggled.connect(self._withdraw_toggled)
        self.sensitive.toggled.connect(self._edited_now)
        self.nature.textEdited.connect(self._edited_later)
        self.dispensation.textEdited.connect(self._edited_later)

        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Kind", self.interest)
        form.addRow("Nature", self.nature)
        form.addRow("Action", self.action)
        form.addRow("", self.withdraw)
        form.addRow("Dispensation", self.dispensation)
        form.addRow("", self.sensitive)

        note = QLabel("boardprep records your decision; it does not give legal advice.", self)
        note.setObjectName("muted")
        note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(self.has_interest)
        lay.addWidget(self.form)
        lay.addWidget(self.hint)
        lay.addStretch(1)
        lay.addWidget(note)
        self.setEnabled(False)
        self._sync()

    def set_context(self, store: Any, sha: str | None, item: str | None) -> None:
        if not self.flush() and self._pending and self._decl_id is not None:
            self._unsaved[self._decl_id] = self._fields()  # never lost on an item switch
            self._pending = False
        self._store, self._sha, self._item = store, sha, item
        self._last_store = store or self._last_store  # parked edits are saved there
        self.setEnabled(bool(store and sha and item))
        decls = store.declarations(sha, item) if store and sha and item else []
        d = decls[0] if decls else None
        self._decl_id = d.id if d else None
        kept = self._unsaved.pop(d.id, None) if d else None
        if d is not None and kept:
            from dataclasses import replace

            d = replace(d, **kept)
        self._loading = True
        try:
            self.has_interest.setChecked(d is not None)
            self.interest.setCurrentIndex(max(0, self.interest.findData(d.interest if d else "")))
            self.nature.setText(d.nature if d else "")
            self.action.setCurrentIndex(max(0, self.action.findText((d.action or "") if d else "")))
            self.withdraw.setChecked(bool(d and d.withdraw))
            self.dispensation.setText((d.dispensation or "") if d else "")
            self.sensitive.setChecked(bool(d and d.sensitive))
        finally:
            self._loading = False
        self._pending = bool(kept)
        self._sync()

    def refresh(self) -> None:
        """Another process changed the database: reload unless an edit is waiting."""
        if not self._pending and not self.autosave.is_pending():
            self.set_context(self._store, self._sha, self._item)

    def _sync(self) -> None:
        on = self.has_interest.isChecked()
        self.form.setVisible(on)
        self.hint.setVisible(on)
        self.hint.setText(_HINTS.get(self.interest.currentData() or "other", ""))

    def _toggled(self, on: bool) -> None:
        self._sync()
        if self._loading or not (self._store and self._sha and self._item):
            return
        try:
            if on and self._decl_id is None:
                d = self._store.add_declaration(
                    self._sha,
                    self._item,
                    interest=self.interest.currentData() or "other",
                    nature=self.nature.text(),
                    withdraw=self.withdraw.isChecked(),
                    dispensation=self.dispensation.text().strip() or None,
                    sensitive=self.sensitive.isChecked(),
                    action=self.action.currentText(),
                )
                self._decl_id = d.id
                if self.edits is not None:
                    self.edits.added("declaration", d)
            elif not on and self._decl_id is not None and self.edits is not None:
                # No confirmation: undo (Ctrl+Z, or Undo in the status bar) brings it back.
                if not self.edits.delete("declaration", self._decl_id):
                    self._show_stored()
                return
            elif not on and self._decl_id is not None:
                self.autosave.done()
                self._store.delete_declaration(self._decl_id)
                self._pending = False
                self._unsaved.pop(self._decl_id, None)
                self._decl_id = None
        except StoreError as err:
            self._loading = True
            try:
                self.has_interest.setChecked(not on)  # the box shows what the database holds
            finally:
                self._loading = False
            self._sync()
            self.saveFailed.emit(err)
            return
        self.recordsChanged.emit()

    def _show_stored(self) -> None:
        self.set_context(self._store, self._sha, self._item)

    # Action and withdraw say the same thing twice: keep them consistent as the member edits.
    def _action_changed(self, _index: int) -> None:
        if not self._loading:
            withdraws = "withdraw" in self.action.currentText().lower()
            if withdraws != self.withdraw.isChecked():
                self.withdraw.setChecked(withdraws)
        self._edited_now()

    def _withdraw_toggled(self, on: bool) -> None:
        if not self._loading:
            withdraws = "withdraw" in self.action.currentText().lower()
            if on and not withdraws:
                self.action.setCurrentIndex(self.action.findText("Withdraw"))
            elif not on and withdraws:
                self.action.setCurrentIndex(self.action.findText("Remain"))
        self._edited_now()

    def _edited_now(self, *_args: Any) -> None:
        self._sync()
        if not self._loading:
            self._pending = True
            self.autosave.now()

    def _edited_later(self, *_args: Any) -> None:
        if not self._loading:
            self._pending = True
            self.autosave.edited()

    def _fields(self) -> dict[str, Any]:
        return {
            "interest": self.interest.currentData(),
            "nature": self.nature.text(),
            "withdraw": self.withdraw.isChecked(),
            "dispensation": self.dispensation.text().strip() or None,
            "sensitive": self.sensitive.isChecked(),
            "action": self.action.currentText(),
        }

    def flush(self) -> bool:
        """Write the edit now; False (edit kept, ``saveFailed`` sent) if the store refused."""
        self.autosave.done()
        for did, fields in list(self._unsaved.items()):
            try:
                (self._store or self._last_store).update_declaration(did, **fields)
            except StoreError as err:
                self.saveFailed.emit(err)
                return False
            except NotFoundError:  # deleted elsewhere meanwhile
                pass
            del self._unsaved[did]
        if not self._pending or self._decl_id is None or not self._store:
            return True
        try:
            self._store.update_declaration(self._decl_id, **self._fields())
        except StoreError as err:
            self.saveFailed.emit(err)
            return False
        self._pending = False
        self.recordsChanged.emit()
        return True

    def has_unsaved(self) -> bool:
        return self._pending or bool(self._unsaved)

    def unsaved_texts(self) -> list[tuple[str, str]]:
        out = [(f"declaration {did}", _as_text(f)) for did, f in self._unsaved.items()]
        if self._pending and self._decl_id is not None and self._item:
            out.append((f"declaration on item {self._item}", _as_text(self._fields())))
        return out


def _as_text(fields: dict[str, Any]) -> str:
    parts = [f"Interest: {fields.get('interest')}", f"Nature: {fields.get('nature')}"]
    parts.append(f"Action: {fields.get('action')}")
    if fields.get("dispensation"):
        parts.append(f"Dispensation: {fields['dispensation']}")
    return "\n".join(parts)
