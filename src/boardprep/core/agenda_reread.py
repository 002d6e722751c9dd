"""The agenda read again from the pages the member says hold it ("Mark pages as agenda").

The engine reads them itself: ``analyze(path, agenda_pages=[…])`` takes the pages instead of
finding them (scanned ones recognised) and caches nothing. This module adds what the member's
correction needs around it: the meeting's facts kept from the first analysis (only the agenda
was in the wrong place), the items marked as the member's, and no agenda on those pages said
as such rather than papers' marks taken for one.

No Qt, no database: the store keeps the result (``store.fixes``), the window runs it off
the UI thread (``ui/agenda_reread.py``), ``boardprep fix --agenda-page`` runs it directly.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Sequence

from boardprep.core.model import AgendaTree, walk_items

Progress = Callable[[int, int, str], None]

# What the engine says when no agenda was read and it built the items from the papers' own
# "Agenda Item N" marks instead: for marked pages, that means they hold no agenda.
_NO_AGENDA = "No agenda was found in this file"


def reader_version() -> int:
    """A stored re-read stands for the engine version that made it (a new engine reads again)."""
    from boardprep.core.engine.analysis import ANALYSIS_VERSION

    return ANALYSIS_VERSION


def reread_agenda(
    path: str | os.PathLike[str],
    pages: Sequence[int],
    base: AgendaTree,
    *,
    progress: Progress | None = None,
) -> AgendaTree:
    """The pack's tree with its agenda read from ``pages`` (physical, 1-based); no items when
    those pages hold none.

    ``base`` is the engine's tree of the same pack (its meeting facts are kept). Raises a
    ``PackError`` for a file that cannot be opened, ValueError for a page out of range."""
    from boardprep.core.engine.analysis import analyze

    tree = analyze(path, use_cache=False, progress=progress, agenda_pages=list(pages))
    tree.page_texts = None  # the search index has the pack's text already
    tree.meeting = copy.deepcopy(base.meeting)
    if any(w.startswith(_NO_AGENDA) for w in tree.warnings):
        tree.items = []
    for it in walk_items(tree.items):
        it.corrected = True  # the items come from the member's correction, not the engine's
    return tree
