"""The agenda read again from the pages the member says hold it ("Mark pages as agenda").

The engine finds the agenda pages itself and has no entry point that takes them
(``engine.analysis.analyze(path, data_dir=, use_cache=, progress=)``; ``_analyze_doc`` calls
``_find_agenda(doc)`` unconditionally). So this module runs the engine's own public stages
with the pages given instead of found: the positioned lines of those pages (text recognition
for a scanned one), ruled tables re-stacked, ``parse_agenda``, then the page map, the document
starts after the agenda and ``reconcile``, as ``analyze`` does. The meeting's facts are kept
from the first analysis (only the agenda was in the wrong place). When the engine takes the
pages itself, :func:`reread_agenda` becomes one call to it.

No Qt, no database: the store keeps the result (``store.fixes``), the window runs it off
the UI thread (``ui/agenda_reread.py``), ``boardprep fix --agenda-page`` runs it directly.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Sequence
from typing import Any

from boardprep.core.model import AgendaTree, Item, PackInfo, walk_items

Progress = Callable[[int, int, str], None]


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
    """The pack's tree with its agenda read from ``pages`` (physical, 1-based).

    ``base`` is the engine's tree of the same pack (its meeting facts are kept). Raises a
    ``PackError`` for a file that cannot be opened; a page number out of range, ValueError."""
    from boardprep.core.pdfopen import open_pack, sha256_file

    doc = open_pack(path)
    try:
        n = doc.page_count
        chosen = sorted({int(p) - 1 for p in pages})
        if not chosen or chosen[0] < 0 or chosen[-1] >= n:
            raise ValueError(f"the agenda pages must be between 1 and {n}")
        sha = base.pack.sha256 or sha256_file(path)
        return _reread(doc, str(path), sha, chosen, base, progress)
    finally:
        doc.close()


def _reread(
    doc: Any, path: str, sha: str, chosen: list[int], base: AgendaTree, progress: Progress | None
) -> AgendaTree:
    from boardprep.core.engine.documents import (
        blank_pages,
        find_documents,
        merge_outline,
        outline_entries,
        outline_starts,
    )
    from boardprep.core.engine.pages.pagemap import build_page_map, scan_pages
    from boardprep.core.store.packtext import text_of

    n = doc.page_count
    total = n + 3

    def step(done: int, message: str) -> None:
        if progress:
            progress(min(done, total), total, message)

    warnings: list[str] = []
    step(0, "Reading the agenda pages")
    lines = [_page_lines(doc, i) for i in chosen]
    scans = scan_pages(doc, lambda d, _t: step(d, f"Reading page {d} of {n}"))
    page_map = build_page_map(doc, scans)
    tree = AgendaTree(
        pack=PackInfo(path=path, sha256=sha, pages=n),
        meeting=copy.deepcopy(base.meeting),
        page_labels=list(page_map.labels),
        page_texts=[text_of(sc) for sc in scans],
    )
    step(n + 1, "Reading the agenda")
    items = _parse(doc, chosen, lines, tree.meeting.time, warnings)
    last = max(chosen)
    skip = range(0, last + 1)
    starts = find_documents(doc, page_map, scans, skip_pages=skip)
    try:
        toc = doc.get_toc(simple=True)
    except Exception:  # a broken outline is no outline
        toc = []
    starts = merge_outline(starts, [s for s in outline_starts(toc, n) if s.page > last])
    step(n + 2, "Matching papers to items")
    if not items:
        warnings.append(f"No agenda items could be read on {_pages_words(chosen)}.")
    elif last < n - 1:
        from boardprep.core.engine.reconcile import reconcile

        try:
            warnings.extend(
                reconcile(
                    items,
                    page_map,
                    starts,
                    n,
                    doc,
                    agenda_pages=list(skip),
                    blanks=blank_pages(scans),
                    heads=[[ln.text for ln in sc.top(0.3)[:3]] for sc in scans],
                    outline=outline_entries(toc, n),
                )
            )
        except Exception as err:  # as the engine does: a stage's bug costs the papers only
            warnings.append(f"The papers could not be matched to the items ({err}).")
    tree.page_labels = list(page_map.labels)  # reconcile may have inferred labels
    tree.items = items
    for it in walk_items(items):
        it.corrected = True  # the items come from the member's correction, not the engine's
    tree.warnings = list(dict.fromkeys(warnings))
    step(total, "Done")
    return tree


def _page_lines(doc: Any, index: int) -> Any:
    """A page's positioned lines; a scanned page by text recognition when it is installed."""
    from boardprep.core.engine.pages.ocr import is_scanned, ocr_available, ocr_lines
    from boardprep.core.engine.pages.textlayer import PageLines, page_lines

    try:
        page = doc[index]
        lines = page_lines(page)
        if is_scanned(page, lines) and ocr_available():
            return ocr_lines(page) or lines
        return lines
    except Exception:  # a page MuPDF cannot read (repaired file) holds no agenda
        return PageLines(index, 595.0, 842.0, [])


def _parse(
    doc: Any, chosen: list[int], lines: list[Any], start: str | None, warnings: list[str]
) -> list[Item]:
    from boardprep.core.engine.agenda.parse import parse_agenda
    from boardprep.core.engine.agenda.table_cells import top_align_tables

    pages = []
    for i, pl in zip(chosen, lines, strict=True):
        try:
            pages.append(top_align_tables(doc[i], pl))
        except Exception:
            pages.append(pl)
    try:
        parsed = parse_agenda(pages, start)
    except Exception as err:  # untrusted layouts: a parser bug is a warning, never a crash
        warnings.append(f"The agenda on those pages could not be read ({err}).")
        return []
    warnings.extend(parsed.warnings)
    return list(parsed.items)


def _pages_words(chosen: list[int]) -> str:
    shown = [str(i + 1) for i in chosen]
    return ("page #" if len(shown) == 1 else "pages #") + ", #".join(shown)
