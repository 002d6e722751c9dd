"""The agenda tree's corrections in the window: context-menu entries and undo/redo.

Thin: each entry builds one operation (:mod:`boardprep.core.corrections`) and pushes a
:class:`FixCommand` on the window's ``QUndoStack``; the command stores it through the store
(:mod:`boardprep.core.store.fixes`, where records follow their item) and takes it back on undo.
After each change the tree is shown again from ``store.tree(sha)``, the corrected tree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox

from boardprep.core.corrections import (
    CorrectionError,
    agenda_page_ops,
    describe,
    marked_agenda_pages,
    merge_with_next,
    new_op,
    next_item,
    split_at,
    split_number,
)
from boardprep.core.errors import BoardprepError
from boardprep.core.model import AgendaTree, Document, Item
from boardprep.core.pageref import PageNames, page_refs, parse_page_list
from boardprep.core.store.fixes import Moved
from boardprep.ui.agenda_model import ItemRole, NumberRole

if TYPE_CHECKING:
    from boardprep.ui.main_window import MainWindow

# (title, label, initial text) -> the text, or None when cancelled. Tests replace it.
AskText = Callable[[str, str, str], "str | None"]


def ask_text(parent: Any) -> AskText:
    def ask(title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        value = " ".join(value.split())
        return value if ok and value else None

    return ask


class FixCommand(QUndoCommand):
    """One correction: stored on redo, taken back (records moved back) on undo."""

    def __init__(self, fixer: AgendaFixer, sha: str, op: dict[str, Any]) -> None:
        words = describe(op, fixer.page_names())
        super().__init__(words[:1].upper() + words[1:])
        self.fixer, self.sha, self.op = fixer, sha, op
        self.moved: list[Moved] = []
        self.failed: str | None = None

    def redo(self) -> None:
        try:
            fix = self.fixer.store.add_correction(self.sha, self.op)
        except BoardprepError as err:
            self.failed = str(err)
            self.setObsolete(True)  # nothing was stored: nothing to undo
            return
        self.op, self.moved = fix.op, fix.moved
        self.fixer.refresh(self.sha, self._focus())

    def undo(self) -> None:
        self.fixer.store.remove_correction(self.sha, self.op["uid"], self.moved)
        self.moved = []
        self.fixer.refresh(self.sha, self.op.get("item"))

    def _focus(self) -> str | None:
        op = self.op
        if op["op"] in ("renumber", "add_item", "split"):
            return op.get("number")
        return op.get("into") or op.get("item")


class MarksCommand(QUndoCommand):
    """Marking the agenda's pages: one or more ``agenda_page`` operations, one undo step."""

    def __init__(self, fixer: AgendaFixer, sha: str, ops: list[dict[str, Any]], text: str) -> None:
        super().__init__(text)
        self.fixer, self.sha, self.ops = fixer, sha, ops
        self.failed: str | None = None

    def redo(self) -> None:
        stored: list[dict[str, Any]] = []
        try:
            for op in self.ops:
                stored.append(self.fixer.store.add_correction(self.sha, op).op)
        except BoardprepError as err:
            for op in reversed(stored):  # all or nothing
                self.fixer.store.remove_correction(self.sha, op["uid"])
            self.failed = str(err)
            self.setObsolete(True)
            return
        self.ops = stored
        self.fixer.refresh(self.sha, None)

    def undo(self) -> None:
        for op in reversed(self.ops):
            self.fixer.store.remove_correction(self.sha, op["uid"])
        self.fixer.refresh(self.sha, None)


class AgendaFixer(QObject):
    """The window's corrections: the undo stack, the tree menu's entries, the refresh."""

    corrected = Signal(str)  # sha256, after a correction was stored or taken back

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.stack = QUndoStack(self)
        self.ask: AskText = ask_text(window)
        self.reread: Any = None  # the RereadJob running (ui/agenda_reread.py), if any
        window.packRegistered.connect(self._on_registered)

    @property
    def store(self) -> Any:
        return self.w.store

    # ---- the tree shown --------------------------------------------------------------------
    def _on_registered(self, sha: str) -> None:
        self.stack.clear()  # another pack: its corrections are not undoable from here
        if self.store.corrections(sha):
            self.refresh(sha, None)
        pending = self.store.reread_pending(sha)
        if pending:  # marks that came without their reading (a bundle, a re-issued pack)
            self.read_agenda(pending, push=False)

    def refresh(self, sha: str, focus: str | None) -> None:
        """Show the corrected tree, keep the reader where they are, select ``focus``."""
        w = self.w
        if w.sha != sha:
            return
        tree = self.store.tree(sha)
        w.tree = tree
        w.model.set_tree(tree)
        w.tree_view.expandAll()
        w.panels.refresh_badges()
        page = w.view.current_page() if hasattr(w.view, "current_page") else None
        if focus and w.model.index_for_number(focus).isValid():
            nav = w.nav
            nav._syncing = True  # select without jumping to the item's first page
            try:
                w.select_item(focus)
            finally:
                nav._syncing = False
        elif page:
            w.nav.sync_tree_to_page(page)
        self.corrected.emit(sha)

    def push(self, op: dict[str, Any]) -> bool:
        """Store ``op`` as an undoable command; a correction that does not apply says why."""
        sha = self.w.sha
        if not sha:
            return False
        cmd = FixCommand(self, sha, op)
        self.stack.push(cmd)
        if cmd.failed:
            QMessageBox.information(self.w, "Cannot correct the agenda", cmd.failed)
            return False
        self.w.statusBar().showMessage(f"{cmd.text()} — Ctrl+Z to undo", 5000)
        return True

    # ---- the context menu ------------------------------------------------------------------
    def add_menu_actions(self, menu: QMenu, index: QModelIndex) -> list[QAction]:
        """The correction entries for the row at ``index``, added to ``menu``."""
        obj = index.data(ItemRole)
        if not self.w.sha or obj is None:
            return []
        menu.addSeparator()
        fix = menu
        acts: list[QAction] = []

        def add(text: str, slot: Callable[[], Any], enabled: bool = True) -> None:
            act = fix.addAction(text)
            act.triggered.connect(slot)
            act.setEnabled(enabled)
            acts.append(act)

        if isinstance(obj, Item):
            number = obj.number
            add("Rename…", lambda: self.rename(number))
            add("Renumber…", lambda: self.renumber(number))
            add("Item starts here", lambda: self.bound(number, "start"))
            add("Item ends here", lambda: self.bound(number, "end"))
            add("Add item here…", lambda: self.add_item(None))
            add("Add document here…", lambda: self.add_document(number))
            add("Delete item", lambda: self.push(new_op("delete", item=number)))
            following = next_item(self.w.tree, number) if self.w.tree else None
            add(
                f"Merge with next item ({following.display_number})"
                if following
                else "Merge with next item",
                lambda: self.merge_next(number),
                following is not None,
            )
            page, r = self._current_page(), obj.pdf_pages
            add(
                f"Split item at {self.page_names().words(page)}…",
                lambda: self.split(number),
                bool(r and r[0] < page <= r[1]),  # the page being read, after its first
            )
            flip = not obj.exempt
            add(
                "Mark exempt" if flip else "Mark not exempt",
                lambda: self.push(new_op("exempt", item=number, exempt=flip)),
            )
        if isinstance(obj, Document):
            owner, title = str(index.data(NumberRole)), obj.title
            add("Rename document…", lambda: self.rename(owner, title))
            add("Document starts here", lambda: self.bound(owner, "start", title))
            add("Document ends here", lambda: self.bound(owner, "end", title))
            add("Delete document", lambda: self.push(new_op("delete", item=owner, document=title)))
            add("Add item here…", lambda: self.add_item(None))
        fix.addSeparator()
        add("Mark pages as agenda…", self.mark_agenda_pages, self.reread is None)
        return acts

    # ---- the entries -----------------------------------------------------------------------
    def _current_page(self) -> int:
        return int(self.w.view.current_page() or 1)

    def page_names(self) -> PageNames:
        return PageNames.of(self.w.tree)

    def rename(self, number: str, document: str | None = None) -> bool:
        tree = self.w.tree
        item = tree.find_item(number) if tree else None
        old = document or (item.title if item else "")
        title = self.ask("Rename", "New title:", old)
        if not title or title == old:
            return False
        return self.push(new_op("rename", item=number, document=document, title=title))

    def renumber(self, number: str) -> bool:
        new = self.ask("Renumber", f"New number for item {number}:", number)
        if not new or new == number:
            return False
        return self.push(new_op("renumber", item=number, number=new))

    def bound(self, number: str, which: str, document: str | None = None) -> bool:
        return self.push(new_op(which, item=number, document=document, page=self._current_page()))

    def merge_next(self, number: str) -> bool:
        """The next item's pages, papers and records join this one (undoable)."""
        if self.w.tree is None:
            return False  # no agenda shown (yet): nothing to merge
        try:
            op = merge_with_next(self.w.tree, number)
        except CorrectionError as err:
            QMessageBox.information(self.w, "Cannot correct the agenda", str(err))
            return False
        return self.push(op)

    def split(self, number: str) -> bool:
        """A new item from the page being read to the item's end; the member types its number
        (a free one is offered: 7a for 7) and title. The records stay on the first part."""
        tree, page = self.w.tree, self._current_page()
        if tree is None:
            return False  # no agenda shown (yet): nothing to split
        where = self.page_names().words(page)
        new = self.ask(
            "Split item", f"Number of the new item starting on {where}:", split_number(tree, number)
        )
        if not new:
            return False
        title = self.ask("Split item", f"Title of item {new}:", "")
        if not title:
            return False
        try:
            op = split_at(tree, number, page, title, new)
        except CorrectionError as err:
            QMessageBox.information(self.w, "Cannot correct the agenda", str(err))
            return False
        return self.push(op)

    # ---- the agenda's own pages ------------------------------------------------------------
    def mark_agenda_pages(self) -> bool:
        """Ask which pages hold the agenda; it is read again from them in the background."""
        w = self.w
        if not w.sha or w.tree is None or self.reread is not None:
            return False
        marked = marked_agenda_pages(self.store.corrections(w.sha))
        offered = page_refs(marked or [self._current_page()], w.tree)
        text = self.ask(
            "Mark pages as agenda",
            "The agenda is on pages (as printed: 2-3, or the PDF's own: #2-#3, #5):",
            offered,
        )
        if not text:
            return False
        pages = parse_page_list(text, w.tree, w.tree.pack.pages)
        if pages is None:
            QMessageBox.information(
                w,
                "Cannot correct the agenda",
                f"“{text}” names no pages of this pack. Give the printed pages (2-3) or the "
                f"PDF's own (#2-#3), between #1 and #{w.tree.pack.pages}.",
            )
            return False
        if pages == marked and not self.store.reread_pending(w.sha):
            w.statusBar().showMessage("The agenda is already read from those pages.", 4000)
            return False
        return self.read_agenda(pages, push=True)

    def read_agenda(self, pages: list[int], *, push: bool) -> bool:
        """Read the agenda from ``pages`` (a stored reading is used at once), keep it, and
        (``push``) store the marks as one undoable correction."""
        from boardprep.ui.agenda_reread import RereadJob

        w, sha = self.w, self.w.sha
        if not sha or not w.path:
            return False
        if self.store.reread_tree(sha, pages) is not None:
            return self._read(sha, pages, None, push)
        job = RereadJob(str(w.path), pages, self.store.engine_tree(sha), self)
        self.reread = job
        job.progress.connect(self._on_progress)
        job.done.connect(lambda tree: self._read(sha, pages, tree, push))
        job.failed.connect(lambda message: self._reread_failed(message))
        job.finished.connect(lambda: self._reread_over(job))
        w.statusBar().showMessage(f"Reading the agenda from {self._words(pages)}…")
        w.busy.setRange(0, 0)
        w.busy.show()
        job.start()
        return True

    def _words(self, pages: list[int]) -> str:
        names = self.page_names()
        if len(pages) > 1 and pages == list(range(pages[0], pages[-1] + 1)):
            return names.range_words((pages[0], pages[-1]))
        return ", ".join(names.words(p) for p in pages)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        busy = self.w.busy
        busy.setRange(0, max(total, 0))
        busy.setValue(done)
        if message:
            self.w.statusBar().showMessage(f"Reading the agenda again: {message}")

    def _read(self, sha: str, pages: list[int], tree: AgendaTree | None, push: bool) -> bool:
        w = self.w
        if tree is not None:
            if not tree.items:
                QMessageBox.information(
                    w,
                    "No agenda on those pages",
                    f"No agenda items could be read on {self._words(pages)}; nothing was changed.",
                )
                return False
            self.store.keep_reread(sha, pages, tree)
        if not push:
            self.refresh(sha, None)
            return True
        ops = agenda_page_ops(self.store.corrections(sha), pages)
        if not ops:  # marked already (its reading was pending): shown now
            self.refresh(sha, None)
            return True
        if w.sha != sha:
            return False
        cmd = MarksCommand(self, sha, ops, f"Read the agenda from {self._words(pages)}")
        self.stack.push(cmd)
        if cmd.failed:
            QMessageBox.information(w, "Cannot correct the agenda", cmd.failed)
            return False
        n = len(w.tree.items) if w.tree else 0
        w.statusBar().showMessage(
            f"The agenda was read from {self._words(pages)}: {n} item{'s' if n != 1 else ''}"
            " — Ctrl+Z to undo",
            8000,
        )
        return True

    def stop_reread(self, wait: bool = False) -> None:
        """Forget a reading under way (the window closes): its result is not wanted."""
        job, self.reread = self.reread, None
        if job is None:
            return
        for signal in (job.progress, job.done, job.failed):
            signal.disconnect()
        if not job.drop_if_waiting() and wait:
            job.wait(30000)
        self.w.busy.hide()

    def _reread_failed(self, message: str) -> None:
        QMessageBox.information(
            self.w, "The agenda could not be read", message[:1].upper() + message[1:] + "."
        )

    def _reread_over(self, job: Any) -> None:
        if self.reread is job:
            self.reread = None
        self.w.busy.hide()
        if self.w.statusBar().currentMessage().startswith("Reading the agenda"):
            self.w.statusBar().clearMessage()
        job.deleteLater()

    def add_item(self, parent: str | None) -> bool:
        page = self._current_page()
        where = self.page_names().words(page)
        number = self.ask("Add item", f"Number of the item starting on {where}:", "")
        if not number:
            return False
        title = self.ask("Add item", f"Title of item {number}:", "")
        if not title:
            return False
        op = new_op("add_item", number=number, title=title, page=page, parent=parent)
        return self.push(op)

    def add_document(self, number: str) -> bool:
        page = self._current_page()
        where = self.page_names().words(page)
        title = self.ask("Add document", f"Title of the document starting on {where}:", "")
        if not title:
            return False
        return self.push(new_op("add_document", item=number, title=title, page=page))


def add_undo_actions(w: MainWindow, menu: QMenu) -> None:
    """Edit ▸ Undo / Redo (Ctrl+Z, Ctrl+Shift+Z) over the window's corrections."""
    fixer = getattr(w, "fixer", None)
    if fixer is None:
        fixer = w.fixer = AgendaFixer(w)
    w.act_undo = fixer.stack.createUndoAction(w, "&Undo")
    w.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])
    w.act_redo = fixer.stack.createRedoAction(w, "&Redo")
    w.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for act in (w.act_undo, w.act_redo):
        w.addAction(act)
        menu.addAction(act)
    menu.addSeparator()
    # The agenda is read from the wrong pages: the member says which (also in the tree's menu).
    w.act_agenda_pages = QAction("Mark pages as &agenda…", w)
    w.act_agenda_pages.setToolTip("Say which pages hold the agenda: it is read again from them")
    w.act_agenda_pages.triggered.connect(fixer.mark_agenda_pages)
    menu.addAction(w.act_agenda_pages)
    menu.addSeparator()
