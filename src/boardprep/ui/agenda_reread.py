"""Reading the agenda again from the pages the member marks, off the UI thread.

:class:`RereadJob` runs :func:`boardprep.core.agenda_reread.reread_agenda` as a job of the PDF
owner (``core.pdf_owner``: every PyMuPDF call on one thread), posting its progress; the
window's :class:`~boardprep.ui.agenda_fixes.AgendaFixer` keeps the result in the store and
pushes the marks as one undoable correction.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from boardprep.core import pdf_owner
from boardprep.core.errors import BoardprepError
from boardprep.core.model import AgendaTree
from boardprep.ui.owner_job import OwnerJob

log = logging.getLogger(__name__)


class RereadJob(OwnerJob):
    progress = Signal(int, int, str)  # done, total, what it is doing
    done = Signal(object)  # the AgendaTree read from the pages
    failed = Signal(str)  # one sentence

    def __init__(
        self, path: str, pages: list[int], base: AgendaTree, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path, self.pages, self.base = path, list(pages), base

    def run(self) -> None:
        from boardprep.core.agenda_reread import reread_agenda

        def report(done: int, total: int, message: str) -> None:
            self.post("progress", done, total, message)
            pdf_owner.cooperate()  # the pages asked for meanwhile are drawn now

        try:
            tree = reread_agenda(self.path, self.pages, self.base, progress=report)
        except (BoardprepError, ValueError) as err:
            self.post("failed", str(err))
            return
        except Exception as err:  # the engine's stages read untrusted layouts: said, logged
            log.exception("reading the agenda again failed")
            self.post("failed", f"the agenda could not be read from those pages ({err})")
            return
        self.post("done", tree)
