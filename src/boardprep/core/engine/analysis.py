"""analyze(path): the whole engine, stage by stage, with its result stored per sha256.

Stages (each a pure function, tested alone): open safely -> scan every page once -> page map
-> find and parse the agenda -> meeting facts -> document starts -> reconcile. The result is
kept once, in the member's database (``core.store.agendas``), keyed by the file's content so a
renamed or moved pack is not analysed twice, and with ANALYSIS_VERSION so an engine change
invalidates old results.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from boardprep.core.model import AgendaTree, Item, Meeting, PackInfo, number_items_uniquely

# 2: "(i)" labels; 3: round-3/4 parser; 4: real packs; 5: 5-6; 6: 7-9; 7: 10; 8: 10b-11;
# 9: 12-13 (round 12 changed results without a bump: its trees are read again too)
ANALYSIS_VERSION = 137
_FRONT_PAGES = 3  # pages before the agenda read for meeting facts

Progress = Callable[[int, int, str], None]


def _load_cache(sha: str, data_dir: str | os.PathLike[str] | None) -> AgendaTree | None:
    from boardprep.core.store.agendas import stored_agenda

    return stored_agenda(sha, ANALYSIS_VERSION, data_dir)


def _save_cache(tree: AgendaTree, data_dir: str | os.PathLike[str] | None) -> None:
    from boardprep.core.store.agendas import keep_agenda

    keep_agenda(tree, data_dir)


def analyze(
    path: str | os.PathLike[str],
    *,
    data_dir: str | os.PathLike[str] | None = None,
    use_cache: bool = True,
    progress: Progress | None = None,
    agenda_pages: Sequence[int] | None = None,
) -> AgendaTree:
    """The agenda tree of the pack at ``path``; raises a ``PackError`` for unreadable files.

    ``agenda_pages`` (physical, 1-based) are where the member says the agenda is ("Mark pages
    as agenda"): the engine reads it there instead of finding it, and nothing is cached."""
    from boardprep.core.errors import PackError
    from boardprep.core.pdfopen import open_pack, repair_warning, sha256_file

    # The cache is consulted before PyMuPDF is even imported: a cached pack opens instantly.
    # Only packs that were analysed successfully are cached, so a hit is a readable PDF.
    sha: str | None = None
    given = sorted({int(p) - 1 for p in agenda_pages}) if agenda_pages is not None else None
    use_cache = use_cache and given is None
    if use_cache and os.path.isfile(path):
        try:
            sha = sha256_file(path)
        except OSError:
            sha = None
        if sha is not None:
            cached = _load_cache(sha, data_dir)
            if cached is not None:
                cached.pack.path = str(path)
                if progress:
                    progress(1, 1, "Loaded from cache")
                return cached
    before = _stamp(path)
    doc = open_pack(path)
    try:
        sha = sha or sha256_file(path)
        if given is not None and (not given or given[0] < 0 or given[-1] >= doc.page_count):
            raise ValueError(f"the agenda pages must be between 1 and {doc.page_count}")
        try:
            tree = _analyze_doc_no_gc(doc, str(path), sha, progress, given)
        except Exception:
            if _stamp(path) != before:  # cut short while it was read: say so, not a traceback
                raise PackError(str(path), "the file changed while it was being read") from None
            raise
        warn = repair_warning(doc)
        if warn:
            tree.warnings.insert(0, warn)
    finally:
        doc.close()
    if _stamp(path) != before:
        # Copied over or cut short while it was read: this result is not the file's.
        tree.warnings.insert(
            0, "The file changed while it was being read; open it again for a complete result."
        )
        return tree
    tree.analysis_version = ANALYSIS_VERSION  # complete: the stored copy stands for it
    if given is None:
        _save_cache(tree, data_dir)
    return tree


def _recognise_papers(
    doc: Any, scans: list[Any], last_agenda: int, progress: Progress | None
) -> None:
    from boardprep.core.engine.pages.ocr import recognise_paper_tops

    def report(k: int, m: int) -> None:
        if progress:
            progress(k, m, f"Recognising the text of scanned page {k + 1} of {m}")

    recognise_paper_tops(doc, scans, set(range(last_agenda + 1)), report)


def _stamp(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


def _analyze_doc_no_gc(
    doc: Any, path: str, sha: str, progress: Progress | None, given: list[int] | None = None
) -> AgendaTree:
    """``_analyze_doc`` with the cyclic garbage collector paused.

    The scan allocates tens of thousands of small line objects that form no cycles; the
    collector would walk them again and again as they pile up (measured: ~5% of a cold run).
    Reference counting still frees everything; the collector resumes afterwards.
    """
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _analyze_doc(doc, path, sha, progress, given)
    finally:
        if was_enabled:
            gc.enable()


def _analyze_doc(
    doc: Any, path: str, sha: str, progress: Progress | None, given: list[int] | None = None
) -> AgendaTree:
    from boardprep.core.engine.documents import (
        blank_pages,
        find_documents,
        merge_outline,
        outline_entries,
        outline_starts,
        statement_starts,
    )
    from boardprep.core.engine.doubts import pages_phrase
    from boardprep.core.engine.pages.pagemap import build_page_map, scan_pages
    from boardprep.core.engine.pages.textlayer import page_lines
    from boardprep.core.engine.reconcile import reconcile
    from boardprep.core.store.packtext import text_of

    n = doc.page_count
    total = n + 4

    def step(done: int, msg: str) -> None:
        if progress:
            progress(min(done, total), total, msg)

    warnings: list[str] = []
    if given is not None:
        from boardprep.core.engine.agenda.find import read_agenda_pages

        agenda_pages, read = list(given), read_agenda_pages(doc, given)
    else:
        # ``read``: the lines of the pages it read; a report per page keeps the window's
        # page renders flowing on the PDF's one thread (core/pdf_owner.py) meanwhile.
        agenda_pages, read = _find_agenda(doc, warnings, lambda: step(0, "Finding the agenda"))
    first_agenda = agenda_pages[0] if agenda_pages else 0
    items: list[Item] = []
    pages = [read.get(i) or _lines(doc, i, page_lines) for i in agenda_pages]
    scans = scan_pages(doc, lambda d, _t: step(d, f"Reading page {d} of {n}"))
    tree = AgendaTree(pack=PackInfo(path=path, sha256=sha, pages=n))
    heavy = [s.index + 1 for s in scans if s.heavy]
    warnings.extend(_unread_pages(scans, heavy))
    recognised = sorted(i + 1 for i, pl in read.items() if pl.ocr)
    if recognised and agenda_pages:
        warnings.append(
            f"The text of {pages_phrase(recognised).lower()} could not be read (a scan, or "
            "fonts without a character map): the agenda was read by text recognition (OCR), "
            "so check the items' titles and numbers."
        )
        # A scanned agenda comes with scanned papers: their tops say where each starts.
        _recognise_papers(doc, scans, agenda_pages[-1], progress)
    tree.page_texts = [text_of(sc) for sc in scans]  # the search index's text, read once
    if sum(s.char_count for s in scans) < 20 and not agenda_pages:
        tree.page_labels = [None] * n
        tree.warnings.extend(warnings)
        if not heavy:
            _no_text_layer(tree, read)
        step(total, "Done")
        return tree

    page_map = build_page_map(doc, scans)
    tree.page_labels = list(page_map.labels)
    step(n + 1, "Finding the agenda")

    # Meeting facts: the front sheet and the agenda's first page; without an agenda, the
    # first paper's cover sheet (its "Date:" and "Report to:" lines) is all there is.
    front_idx = list(range(0, min(first_agenda, _FRONT_PAGES))) + agenda_pages[:1]
    if not front_idx:  # no agenda: the first two pages that carry text (skip blank covers)
        front_idx = [s.index for s in scans if s.char_count > 0][:2] or [0]
    front = [read.get(i) or _lines(doc, i, page_lines) for i in dict.fromkeys(front_idx)]
    # The agenda's second page may be its real first ("Sunday, April 28, 2019 at 1:30 PM"
    # under a divider that only says "Agenda"): only the meeting's own dated line counts there.
    later = [read[i] for i in agenda_pages[1:2] if i in read]
    tree.meeting = _meeting(front, warnings, later)
    step(n + 2, "Reading the agenda")

    blocks = _blocks(scans, warnings)
    if blocks:
        # A detailed agenda (one labelled block per item) up to its last block; pages after
        # it are the attachments, as a committee's budget files are.
        items, agenda_pages = blocks[0], list(range(blocks[1] + 1))
    elif agenda_pages:
        items = _parse(_top_aligned(doc, agenda_pages, pages), tree.meeting.time, warnings, front)
        # A packet's contents page lists the papers' pages that its agenda does not print.
        # (Its list may run on over the page taken for the agenda's first.)
        own = {page_map.labels[i] for i in agenda_pages if i < len(page_map.labels)} - {None}
        front_read = [read[i] for i in sorted(read) if i <= first_agenda]
        _ranges_from_contents(items, front_read, own)
        warnings.extend(_items_from_contents(items, front_read))
    last_agenda = max(agenda_pages) if agenda_pages else -1
    skip = range(0, last_agenda + 1)
    starts = find_documents(doc, page_map, scans, skip_pages=skip)
    try:
        toc = doc.get_toc(simple=True)
    except Exception:  # a broken outline is no outline
        toc = []
    outline = [s for s in outline_starts(toc, n) if s.page > last_agenda]
    starts = merge_outline(starts, outline, scans)
    inside = statement_starts(scans, last_agenda + 1)  # a notice's "Item No. 3" mid-page
    starts = sorted([*starts, *inside], key=lambda s: s.pdf_page)  # stable: page tops first
    blanks = blank_pages(scans)
    step(n + 3, "Matching papers to items")

    if not items:
        items = _items_from_papers(doc, scans, [s for s in starts if not s.inside], warnings)
    if agenda_pages and last_agenda >= n - 1:
        warnings.append(
            "This file holds only the front sheet and agenda: the papers are not in it."
        )
    else:
        warnings.extend(
            reconcile(
                items,
                page_map,
                starts,
                n,
                doc,
                agenda_pages=list(skip),
                blanks=blanks,
                heads=[[ln.text for ln in sc.top(0.3)[:3]] for sc in scans],
                outline=outline_entries(toc, n),
                texts=tree.page_texts,
                wide=[sc.width > sc.height for sc in scans],
            )
        )
    if agenda_pages:
        warnings.extend(_doubts(items, pages, outline))
        # A scan's pages carry no text: none of them is a blank separator here.
        warnings.extend(_left_over(items, last_agenda + 2, [] if recognised else blanks, n))
    warnings.extend(page_map.warnings)
    tree.page_labels = list(page_map.labels)  # reconcile may have inferred labels
    number_items_uniquely(items)  # numbering restarting per section: notes need one item each
    tree.items = items
    tree.warnings.extend(dict.fromkeys(warnings))  # keep order, drop repeats
    step(total, "Done")
    return tree


def _unread_pages(scans: list[Any], heavy: list[int]) -> list[str]:
    """The banner's sentences for pages that were not read: ``heavy`` (hostile, 1-based), or
    damaged."""
    from boardprep.core.engine.doubts import pages_phrase
    from boardprep.core.pagebudget import heavy_warning

    out: list[str] = []
    if heavy:
        out.append(heavy_warning(heavy))
    if damaged := [s.index + 1 for s in scans if s.damaged]:
        out.append(
            f"{pages_phrase(damaged)} of the file could not be read (the file is damaged "
            f"there): {'it is' if len(damaged) == 1 else 'they are'} left blank."
        )
    return out


def _no_text_layer(tree: AgendaTree, read: dict[int, Any]) -> None:
    """A scan whose recognised first pages hold no agenda: say so, and keep the meeting's date
    and time as recognised all the same."""
    from boardprep.core.engine.pages.ocr import NOT_INSTALLED, ocr_available

    tree.warnings.append(
        "This PDF has no text layer (it looks like a scan), so its agenda cannot be read. "
        + (
            NOT_INSTALLED
            if not ocr_available()
            else "Text recognition (OCR) found no agenda on its first pages."
        )
    )
    recognised = [read[i] for i in sorted(read) if read[i].ocr][:_FRONT_PAGES]
    if recognised:
        tree.meeting = _meeting(recognised, tree.warnings)


def _items_from_papers(
    doc: Any, scans: list[Any], starts: list[Any], warnings: list[str]
) -> list[Item]:
    """No agenda: items from the papers' "Agenda Item" marks and titles, with a warning that
    says so (and where a scanned front page may hold the agenda)."""
    from boardprep.core.engine.pages.ocr import NOT_INSTALLED, ocr_available
    from boardprep.core.engine.reconcile import items_from_documents

    items = items_from_documents(starts, len(scans))
    warnings.append(
        "No agenda was found in this file; the items were built from the 'Agenda Item' "
        "marks and titles on the papers."
        if items
        else "No agenda was found in this file, and no papers could be told apart."
    )
    scanned = _scanned_front_pages(doc, scans)
    if scanned:
        listed = ", ".join(str(p) for p in scanned)
        warnings.append(
            f"Page {listed} at the front of the pack is an image without text (a scanned "
            "page): the agenda may be on it. Items without papers could not be listed. "
            + (NOT_INSTALLED if not ocr_available() else "Text recognition found no agenda.")
        )
    return items


def _scanned_front_pages(doc: Any, scans: list[Any]) -> list[int]:
    """1-based numbers of the first pages that are images without text (a scanned agenda)."""
    from boardprep.core.engine.pages.ocr import draws_image

    out: list[int] = []
    for sc in scans[:4]:
        try:
            if sc.char_count == 0 and draws_image(doc[sc.index]):
                out.append(sc.index + 1)
        except Exception:  # a damaged page is not evidence either way
            continue
    return out


def _lines(doc: Any, index: int, page_lines: Callable[[Any], Any]) -> Any:
    """Positioned lines of one page; a page MuPDF cannot read (repaired file) is empty."""
    from boardprep.core.engine.pages.textlayer import PageLines

    try:
        return page_lines(doc[index])
    except Exception:
        return PageLines(index, 595.0, 842.0, [])


# The agenda stages read untrusted layouts: a bug there must cost the user the agenda (with a
# warning, items then come from the papers), never the whole pack or a traceback.
_STAGE_FAILED = "Part of the analysis failed ({stage}: {err}); the result may be incomplete."


def _find_agenda(
    doc: Any, warnings: list[str], on_page: Callable[[], None] | None = None
) -> tuple[list[int], dict[int, Any]]:
    """The agenda pages and the ``PageLines`` of the pages read to find them (reused later)."""
    from boardprep.core.engine.agenda.find import find_agenda

    try:
        pages, read = find_agenda(doc, on_page)
        return list(pages), read
    except Exception as err:
        warnings.append(_STAGE_FAILED.format(stage="finding the agenda", err=err))
        return [], {}


def _meeting(front: list[Any], warnings: list[str], later: Sequence[Any] = ()) -> Meeting:
    from boardprep.core.engine.agenda.rows import in_column_order
    from boardprep.core.engine.meeting import extract_meeting, time_on_dated_line

    try:
        # A notice set in two columns is read column by column here too: read across, its
        # summons' date is interleaved with the other column's words.
        m = extract_meeting([in_column_order(pl) for pl in front])
        if m.date and m.time is None:
            m.time = time_on_dated_line([*front, *later], m.date)
        return m
    except Exception as err:
        warnings.append(_STAGE_FAILED.format(stage="meeting details", err=err))
        return Meeting()


def _top_aligned(doc: Any, indices: list[int], pages: list[Any]) -> list[Any]:
    """The agenda pages with ruled tables' cells re-stacked from the top of their rows."""
    from boardprep.core.engine.agenda.table_cells import top_align_tables

    out = []
    for i, pl in zip(indices, pages, strict=True):
        try:
            out.append(top_align_tables(doc[i], pl))
        except Exception:  # a page MuPDF can no longer load: its lines as first read
            out.append(pl)
    return out


def _blocks(scans: list[Any], warnings: list[str]) -> tuple[list[Item], int] | None:
    """The items of a detailed agenda printed as labelled blocks, and its last page."""
    from boardprep.core.engine.agenda.blocks import items_from_blocks, last_block_page

    try:
        pages = [[ln.text for ln in sc.lines] for sc in scans]
        items = items_from_blocks(pages)
        return (items, last_block_page(pages)) if items else None
    except Exception as err:
        warnings.append(_STAGE_FAILED.format(stage="reading the agenda", err=err))
        return None


def _ranges_from_contents(items: list[Item], front: list[Any], own: set[Any]) -> None:
    """``own``: the agenda pages' printed numbers. A contents entry that starts and ends on
    them is printed in the agenda itself (a business paper's "Declaration of Opening ..... 4"),
    not a paper after it; one that runs on past them is (its report, "5.1.1 … 6" to 9)."""
    from boardprep.core.engine.contents import contents_entries, ranges_from_contents

    try:
        entries = contents_entries(front)
        ends = [nxt[1][0] - 1 for nxt in entries[1:]] + [None]
        inside = [
            rng[0] in own and (end if end is not None and end >= rng[1] else rng[1]) in own
            for (_t, rng), end in zip(entries, ends, strict=True)
        ]
        ranges_from_contents(
            items, [e for e, mine in zip(entries, inside, strict=True) if not mine]
        )
    except Exception:  # a contents page is a help, never a reason to lose the agenda
        return


def _items_from_contents(items: list[Item], front: list[Any]) -> list[str]:
    """Items the contents page lists after the agenda text's last, added; the warning."""
    from boardprep.core.engine.contents import items_after_the_agenda, numbered_entries

    try:
        added = items_after_the_agenda(items, numbered_entries(front))
    except Exception:  # a contents page is a help, never a reason to lose the agenda
        return []
    if not added:
        return []
    names = ", ".join(it.number for it in added)
    return [
        f"Item{'s' if len(added) > 1 else ''} {names} {'are' if len(added) > 1 else 'is'} on "
        "the contents page but not in the agenda's text as read: taken from the contents "
        "page, so check them."
    ]


def _doubts(items: list[Item], pages: list[Any], outline: list[Any]) -> list[str]:
    from boardprep.core.engine.doubts import doubts

    try:
        return doubts(items, pages, outline)
    except Exception as err:
        return [_STAGE_FAILED.format(stage="checking the result", err=err)]


def _left_over(items: list[Item], first_paper: int, blanks: list[bool], n: int) -> list[str]:
    """The doubt that papers went to no item (none when the file ends with its agenda)."""
    from boardprep.core.engine.doubts import papers_left_over

    if first_paper > n:
        return []
    try:
        found = papers_left_over(items, first_paper, blanks or [False] * n)
    except Exception as err:
        return [_STAGE_FAILED.format(stage="checking the result", err=err)]
    return [found] if found else []


def _parse(
    pages: list[Any], meeting_start: str | None, warnings: list[str], front: list[Any]
) -> list[Item]:
    """The agenda's items; ``front``: the front sheet's lines (its members by office)."""
    from boardprep.core.engine.agenda.parse import parse_agenda

    try:
        parsed = parse_agenda(pages, meeting_start, front)
    except Exception as err:
        warnings.append(_STAGE_FAILED.format(stage="reading the agenda", err=err))
        return []
    warnings.extend(parsed.warnings)
    return list(parsed.items)
