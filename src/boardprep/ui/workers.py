"""Background work for opening a pack: analysis, registration, text for the search index.

It runs as one job on the PDF owner's thread (``core.pdf_owner``: PyMuPDF is called from that
thread alone), with a Store of its own opened and closed there (a sqlite connection stays on
one thread). The analysis reports progress once every few pages; each report also lets the
pages waiting to be drawn through, so the reader scrolls while the agenda is being found.
Results reach the GUI thread as queued signals.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from boardprep.core import pdf_owner
from boardprep.core.errors import PackError, StoreError
from boardprep.core.model import AgendaTree
from boardprep.ui.owner_job import OwnerJob

AnalyzeFn = Callable[..., AgendaTree]


def _default_analyze() -> AnalyzeFn:
    from boardprep.core.engine.analysis import analyze  # heavy import, kept off the start-up path

    return analyze


def extract_page_texts(path: str) -> list[str]:
    """Plain text of every page, for the FTS index, from the owner's shared document."""
    from boardprep.core.store.packtext import page_texts

    def let_renders_through(_done: int, _total: int) -> None:
        pdf_owner.cooperate()

    with pdf_owner.shared_document(path) as doc:
        return page_texts(doc, progress=let_renders_through)


class LoadCancelled(Exception):
    """Raised from the progress report of a load nobody waits for any more."""


class PackLoader(OwnerJob):
    """Analyse ``path``, then register it in the store and index its text.

    Signals arrive in this order: ``progress``*, ``treeReady`` (show the agenda now),
    ``registered`` (records may be written), ``indexed`` (search works); or ``failed``.
    """

    progress = Signal(int, int, str)
    treeReady = Signal(object)  # AgendaTree
    registered = Signal(object)  # PackOpenResult
    indexed = Signal(str)  # sha256
    deadlinesFound = Signal(list)  # the pack's Deadline objects (questions, deputations…)
    failed = Signal(str)  # a message for the user

    def __init__(
        self,
        path: str,
        data_dir: str | None,
        analyze_fn: AnalyzeFn | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.data_dir = data_dir
        self._analyze_fn = analyze_fn
        self._cancelled = False

    def cancel(self) -> None:
        """Stop at the next progress report (or never start)."""
        self._cancelled = True
        self.drop_if_waiting()

    def run(self) -> None:
        try:
            self._run()
        except LoadCancelled:
            pass
        except (PackError, StoreError) as err:  # a sentence for the user, no traceback
            self.post("failed", f"{err}")
        except Exception as err:  # the UI must survive any engine bug: report, never crash
            traceback.print_exc()
            self.post("failed", f"Unexpected error while reading the pack: {err}")

    def _run(self) -> None:
        from boardprep.core.store import Store

        analyze = self._analyze_fn or _default_analyze()

        def report(done: int, total: int, message: str) -> None:
            if self._cancelled:
                raise LoadCancelled
            self.post("progress", int(done), int(total), str(message))
            pdf_owner.cooperate()  # the pages asked for meanwhile are drawn now

        tree = analyze(self.path, data_dir=self.data_dir, progress=report)
        if self._cancelled:
            return
        self.post("treeReady", tree)
        pdf_owner.cooperate()
        sha = tree.pack.sha256
        store = Store(self.data_dir)
        try:
            texts: list[str] | None = None
            if not store.has_pack(sha) or not store.has_pack_text(sha):
                self.post("progress", 0, 0, "Indexing the pack's text for search…")
                # The analysis has just read every page: its text serves the index. Only a
                # tree from the cache (text not indexed yet) needs the pages read again.
                texts = tree.page_texts or extract_page_texts(self.path)
            if self._cancelled:
                return
            result = store.register_pack(tree, self.path, page_texts=texts)
            self.post("registered", result)
            pdf_owner.cooperate()
            if texts is not None and not store.has_pack_text(sha):
                store.index_pack_text(sha, texts)
            self.post("indexed", sha)
            pdf_owner.cooperate()
            # Deadlines printed in the pack (questions, deputations): read here, off the UI
            # thread, from the text just indexed.
            from boardprep.core.deadlines import find_deadlines

            found = find_deadlines(texts if texts is not None else store.page_texts(sha))
            if found and not self._cancelled:
                self.post("deadlinesFound", found)
        finally:
            store.close()


def describe_carry_over(result: Any) -> str:
    """Plain words for the re-issued-pack notice: what moved, what found no home."""
    lines: list[str] = []
    carried = list(getattr(result, "carried", []) or [])
    unplaced = list(getattr(result, "unplaced", []) or [])
    if carried:
        lines.append(
            f"This is a new issue of a pack you already worked on: {len(carried)} of your records "
            "were carried over."
        )
        for c in carried[:8]:
            move = (
                f"item {c.old_item} → {c.new_item}"
                if c.old_item != c.new_item
                else (f"item {c.new_item}")
            )
            lines.append(f"• {c.kind.capitalize()} ({move}): {_short(c.text)}")
        if len(carried) > 8:
            lines.append(f"• … and {len(carried) - 8} more")
    if unplaced:
        lines.append(
            f"{len(unplaced)} record(s) could not be placed in this issue; they are kept, "
            "unattached:"
        )
        for c in unplaced[:8]:
            lines.append(f"• {c.kind.capitalize()} (was item {c.old_item}): {_short(c.text)}")
    return "\n".join(lines)


def _short(text: str, n: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"
