"""Agenda claims + page map + document starts -> physical pages, documents and warnings.

The agenda's ranges are claims, the stamps and the documents are evidence. A constant shift
between the ranges and the stamps (a re-issued pack) is detected by how many items would then
start on a page where a document visibly starts; ranges beyond this file (a supplement) are
reported, not guessed; items without ranges are located by their "Agenda Item N" stamp, their
paper reference or their title.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import pymupdf

from boardprep.core.engine.documents import (
    FILE_NAME_RE,
    DocStart,
    OutlineEntry,
    names_cover_sheet,
)
from boardprep.core.engine.pages.pagemap import PageMap
from boardprep.core.engine.vocabulary import (
    BOARD_CODE_RE,
    NO_PAPERS_BUSINESS_RE,
    plain,
    report_code,
)
from boardprep.core.model import Document, Item, normalise_number, walk_items

_MAX_SHIFT = 30
_STOP = {
    "the", "and", "for", "with", "from", "into", "update", "report", "reports", "of", "to",
    "on", "in", "a", "an", "plan", "review", "final", "draft", "annual", "council", "board",
    # What the meeting does with a paper, not what it is ("Code update discussion" for a
    # paper headed "Code Update Topics").
    "discussion", "discuss",
    # Function words of the other languages packs come in: "Wahl der Stimmenzähler" shares
    # only "der" with a sentence in the minutes that repeat it.
    "der", "die", "das", "den", "dem", "des", "und", "von", "zur", "zum", "mit", "für", "auf",
    "aus", "bei", "les", "une", "pour", "sur", "aux", "och", "för", "med", "til", "som",
    "fra", "del", "las", "los", "por", "una", "het", "een", "voor",
}  # fmt: skip


@dataclass
class _Ctx:
    page_map: PageMap
    starts: list[DocStart]
    page_count: int
    blanks: list[bool]
    first_paper_page: int  # 1-based: the first page after the front sheet and agenda
    warnings: list[str]
    heads: list[list[str]] = field(default_factory=list)  # first lines of each page
    shared_parents: set[int] = field(default_factory=set)  # ids: one paper for all sub-items
    no_papers: set[int] = field(default_factory=set)  # ids: the outline says "not in this file"
    dividers: set[int] = field(default_factory=set)  # pages that only name a section
    papers: set[str] = field(default_factory=set)  # the items' own paper codes, normalised
    cut_short: set[int] = field(default_factory=set)  # ids: the next item starts on its page
    texts: Sequence[str] = ()  # the text of each page
    wide: Sequence[bool] = ()  # each page is landscape (a slide)
    # Words atop most papers (the body's name: "Township", "Nipissing"): naming nothing.
    common: frozenset[str] = frozenset()

    @functools.cached_property
    def start_at(self) -> dict[int, DocStart]:
        """The document start read on each page (the starts do not change once found)."""
        return {s.pdf_page: s for s in self.starts}


_LOST_LIGATURE_RE = re.compile(r"(?<=[a-z])\ufffd(?=[a-z])")


@functools.lru_cache(maxsize=8192)
def tokens(text: str) -> frozenset[str]:
    # Cached: the shift search compares the same few hundred titles thousands of times on a
    # long pack (3,000 pages: 300,000 calls, 1.7 s uncached).
    text = re.sub(r"['’]s\b", "", text.replace("’", "'"))  # "Chair’s" and "Chair's": "chair"
    # A font whose "ti" ligature has no character code: "Mee\ufffdng", "Coali\ufffdon" (the
    # commonest lost ligature; "tt", "ft" and "fi" are rarer).
    text = _LOST_LIGATURE_RE.sub("ti", text)
    # Any alphabet's letters: "Föreningsstämma" is one word, not "F", "reningsst", "mma".
    words = re.findall(r"[^\W\d_](?:[^\W\d_]|')+|\d+", text)
    return frozenset(w.lower()[:6] for w in words if w.lower() not in _STOP and len(w) > 2)


@functools.lru_cache(maxsize=65536)  # the shift search asks the same pairs again and again
def title_similarity(agenda_title: str, doc_title: str) -> float:
    """How well a document title fits an agenda title: token overlap plus acronyms."""
    a, b = tokens(agenda_title), tokens(doc_title)
    if not a or not b:
        return 0.0
    shared = a & b
    if all(t.isdigit() for t in shared):
        shared = frozenset()  # "2024-25 Final Budget" / "2024-2025 Tax Roll": a year, no more
    score = len(shared) / min(len(a), len(b))
    # "SEND Travel" vs "Special Educational Needs ... Travel": acronyms against initials.
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", doc_title) if w[0].isupper())
    for acro in re.findall(r"\b[A-Z]{3,6}\b", agenda_title):
        if acro == initials.upper():  # "CEO Report" / "Chief Executive Officer": spelled out
            score += 1.0 / max(len(a), 1)
        elif acro in initials.upper():
            score += 0.5 / max(len(a), 1)
    # "MINUTES OF THE ASCSU MEETINGS" for "Statewide Academic Senate CSU Reports": the paper
    # shortens the item's words to their initials (an acronym among them kept whole).
    spelled = "".join(
        w if w.isupper() and len(w) > 1 else w[0].upper()
        for w in re.findall(r"[A-Za-z]+", agenda_title)
    )
    upper_words = set(agenda_title.upper().split())
    if any(
        acro in spelled and acro not in upper_words
        for acro in set(re.findall(r"\b[A-Z]{4,6}\b", doc_title))
    ):
        score += 1.0 / min(len(a), len(b))
    return min(score, 1.0)


_MORE_CODES_RE = re.compile(r"(?:\s*(?:,|and|&)\s*\d{1,2}\.?(?:[ivx]{1,4}|\d{1,2})\b)+")


def _named_codes(text: str) -> set[str]:
    """The board paper codes a text names, normalised: "papers TB(2)1i., 1.ii and 1.iii" names
    TB(2)1i, TB(2)1.ii and TB(2)1.iii."""
    out: set[str] = set()
    for m in BOARD_CODE_RE.finditer(text):
        out.add(_norm_paper(m.group(0)))
        prefix = m.group(0)[: m.group(0).index(")") + 1]
        more = _MORE_CODES_RE.match(text, m.end() + (text[m.end() : m.end() + 1] == "."))
        for part in re.findall(
            r"\d{1,2}\.?(?:[ivx]{1,4}|\d{1,2})\b", more.group(0) if more else ""
        ):
            out.add(_norm_paper(prefix + part))
    return out


def _own_codes(it: Item) -> set[str]:
    """The codes of the item's own papers: its paper's, and those its purpose names."""
    return _named_codes(it.purpose or "") | ({_norm_paper(it.paper)} if it.paper else set())


def _norm_paper(p: str | None) -> str:
    # "Resolution 2026-02-02" on the agenda is "Resolution No. 2026-02-02" on its form;
    # "Paper TB(4)3" is the paper headed "TB(4)3".
    p = re.sub(r"^\s*paper\s+(?=\w+\s?\()", "", (p or "").lower())
    return re.sub(r"[^a-z0-9/]", "", re.sub(r"\bno\b\.?", "", p))


def _physical(ctx: _Ctx, pack_page: int, has_stamps: bool | None = None) -> int | None:
    pm = ctx.page_map
    if not (pm.has_stamps if has_stamps is None else has_stamps):
        return pack_page if ctx.first_paper_page <= pack_page <= ctx.page_count else None
    hit = pm.physical(pack_page)
    if hit is not None:
        return hit
    # Inside the numbered span but on a page without a label: interpolate from below.
    span = pm.label_span
    if span and span[0] <= pack_page <= span[1]:
        for p in range(ctx.page_count, 0, -1):
            lab = pm.label(p)
            if lab is not None and lab < pack_page:
                guess = p + (pack_page - lab)
                return guess if guess <= ctx.page_count else None
    return None


def _beyond_file(ctx: _Ctx, pack_page: int) -> bool:
    span = ctx.page_map.label_span
    if ctx.page_map.has_stamps and span:
        last_phys = ctx.page_map.physical(span[1]) or ctx.page_count
        return pack_page > span[1] + (ctx.page_count - last_phys)
    return pack_page > ctx.page_count


def _support(ctx: _Ctx, claimed: list[Item], shift: int) -> float:
    """How well the papers back the agenda's ranges moved by ``shift`` pack pages."""
    # Asked once, not per item: it walks every page, and the shift search of a long unstamped
    # pack calls this thousands of times (3,000 pages: 1.5 s).
    has_stamps = ctx.page_map.has_stamps
    total = 0.0
    for it in claimed:
        assert it.pack_pages is not None
        phys = _physical(ctx, it.pack_pages[0] + shift, has_stamps)
        if phys is not None and phys < ctx.first_paper_page:
            total -= 1.0  # an item's papers cannot start on the front sheet or agenda
            continue
        start = ctx.start_at.get(phys) if phys is not None else None
        if start is None:
            # No cover sheet or stamp: a page headed by the item's title will do.
            if phys is not None and _headed_by(ctx, phys, it.title):
                total += 1.5
            continue
        if start.kind == "appendix":  # items do not open with an appendix
            total -= 1.0
            continue
        if start.kind in ("heading", "enactment"):  # only with the item's title is evidence
            if title_similarity(it.title, start.title) >= 0.5:
                total += 1.5
            continue
        total += 1.0
        if start.agenda_item is not None:
            same = normalise_number(start.agenda_item) == normalise_number(it.number)
            total += 2.0 if same else -1.0
        if it.paper and _norm_paper(start.paper) == _norm_paper(it.paper):
            total += 2.0
        if start.title and title_similarity(it.title, start.title) >= 0.5:
            total += 1.0
        elif names_cover_sheet(start.title):
            # A sheet that says it opens an item's papers, before the memo that repeats
            # the item's title: the item starts here, not on the memo.
            total += 1.5
    return total


def _item_shifts(ctx: _Ctx, claimed: list[Item], shift: int) -> dict[int, int]:
    """Per item: the pack-wide shift, or none where the item's own papers say its printed
    range was right (a pack re-issued with pages added part-way: the shift starts there)."""
    out: dict[int, int] = {}
    for it in claimed:
        local = shift
        if shift and _support(ctx, [it], 0) >= 2.0 > _support(ctx, [it], shift):
            local = 0
        out[id(it)] = local
    return out


def _detect_shift(ctx: _Ctx, claimed: list[Item]) -> int:
    """Shift (in pack pages) to add to the agenda's ranges so items start where papers do."""

    def support(shift: int) -> float:
        return _support(ctx, claimed, shift)

    stamped = ctx.page_map.has_stamps
    lo, hi = -_MAX_SHIFT, _MAX_SHIFT
    if not stamped:
        # Unstamped: the pack's numbering may start anywhere ("Page 84" of a council-wide
        # series); every offset that puts some item inside the file is a candidate.
        firsts = [it.pack_pages[0] for it in claimed if it.pack_pages]
        lo, hi = ctx.first_paper_page - max(firsts), ctx.page_count - min(firsts)
    base = support(0)
    best, best_score = 0, base
    for shift in range(lo, hi + 1):
        if shift == 0:
            continue
        sc = support(shift)
        if sc > best_score or (sc == best_score and abs(shift) < abs(best)):
            best, best_score = shift, sc
    # Unstamped, no offset is privileged; stamped, a range that opens on an appendix
    # (base < 0) needs less evidence to be corrected.
    floor = 2.0 if not stamped or base < 0 else 3.0
    need = max(floor, base + (1.0 if not stamped else 3.0))
    if best != 0 and best_score >= need:
        return best
    # One ranged item is all the evidence there is: a paper that starts a page or two off,
    # with the item's title, where the printed range opens on no document start, will do.
    if len(claimed) == 1 and base <= 0 and 0 < abs(best) <= 2 and best_score >= 2.0:
        return best
    first = min(it.pack_pages[0] for it in claimed if it.pack_pages)
    if not stamped and first < ctx.first_paper_page:
        # No stamps and no evidence (papers without text), but taken as positions in the
        # file the ranges fall on the front sheet or agenda: page 1 is the first paper page.
        return ctx.first_paper_page - first
    return 0


def _infer_labels(page_map: PageMap, shift: int, first_paper: int, page_count: int) -> None:
    """An unstamped pack whose offset was found from its papers: label its pages in place."""
    labels: list[int | None] = [None] * page_count
    for p in range(first_paper, page_count + 1):
        if p - shift >= 1:
            labels[p - 1] = p - shift
    page_map.labels = labels
    page_map.stamped = [False] * page_count
    page_map.source = "inferred"


def _extend_over_blanks(ctx: _Ctx, end: int, limit: int) -> int:
    """Blank separator pages after an item's papers belong to the item."""
    p = end
    while p + 1 <= limit and ctx.blanks[p]:  # blanks is 0-based: blanks[p] is page p+1
        p += 1
    return p


def _follow_item_stamps(ctx: _Ctx, claimed: list[Item]) -> None:
    """A range that runs back before the previous item's papers, where a later page is
    marked "Agenda Item N" for this item: the mark wins (an exempt part appended to the pack
    with its own page numbers restarting at 1)."""
    prev_start = 0
    for it in claimed:
        if it.pdf_pages is None or it.pack_pages is None or it.sub_items:
            continue
        if it.pdf_pages[0] < prev_start:
            key = normalise_number(it.number)
            marks = [
                s.pdf_page
                for s in ctx.starts
                if s.agenda_item
                and normalise_number(s.agenda_item) == key
                and s.pdf_page > prev_start
            ]
            if marks:
                length = it.pack_pages[1] - it.pack_pages[0]
                it.pdf_pages = (marks[0], min(marks[0] + length, ctx.page_count))
        prev_start = max(prev_start, it.pdf_pages[0])


def _trim_at_step(claimed: list[Item]) -> None:
    """Where the shift changes part-way, an unshifted range can run into the next item's."""
    leaves = sorted(
        (it for it in claimed if it.pdf_pages and not it.sub_items),
        key=lambda it: it.pdf_pages[0],  # type: ignore[index]
    )
    for a, b in itertools.pairwise(leaves):
        assert a.pdf_pages is not None and b.pdf_pages is not None
        if a.pdf_pages[0] < b.pdf_pages[0] <= a.pdf_pages[1]:
            a.pdf_pages = (a.pdf_pages[0], b.pdf_pages[0] - 1)


def _claimed_ranges(ctx: _Ctx, items: list[Item], shifts: dict[int, int]) -> None:
    beyond: list[str] = []
    for it in items:
        if it.pack_pages is None:
            continue
        shift = shifts.get(id(it), 0)
        first, last = it.pack_pages[0] + shift, it.pack_pages[1] + shift
        start = _physical(ctx, first)
        if start is None:
            if _beyond_file(ctx, first):
                beyond.append(it.number)
            else:
                ctx.warnings.append(
                    f"Item {it.number} ({it.title}): its pages {it.pack_pages[0]}–"
                    f"{it.pack_pages[1]} could not be found in the file."
                )
            continue
        end = _physical(ctx, last)
        if end is None:
            end = ctx.page_count if _beyond_file(ctx, last) else start
        it.pdf_pages = (start, max(start, end))
    if beyond:
        nums = ", ".join(beyond)
        ctx.warnings.append(
            f"The papers for item{'s' if len(beyond) > 1 else ''} {nums} are not in this file: "
            "the agenda's page numbers point beyond its last page (perhaps a supplement "
            "or a separate pack)."
        )


def _nudge_starts(ctx: _Ctx, claimed: list[Item]) -> None:
    """A hand-made contents page one page out for one paper ("Special Board Meeting ...
    22-28", the minutes headed on page 23 after the last minutes' signature page): where no
    paper starts on the item's first page, the page after it opens a paper of the item's
    title, and the item before ends just before it, that page is the item's start and the
    page before it the earlier item's last."""
    leaves = sorted(
        (it for it in claimed if it.pdf_pages and not it.sub_items),
        key=lambda it: it.pdf_pages[0],  # type: ignore[index]
    )
    for before, it in itertools.pairwise(leaves):
        start, end = it.pdf_pages  # type: ignore[misc]
        nxt = ctx.start_at.get(start + 1)
        if (
            start in ctx.start_at
            or nxt is None
            or end <= start
            or nxt.kind not in ("report", "paper", "minutes")
            or before.pdf_pages is None
            or before.pdf_pages[1] != start - 1
            or title_similarity(it.title, nxt.title) < 0.5
        ):
            continue
        before.pdf_pages = (before.pdf_pages[0], start)
        it.pdf_pages = (start + 1, end)


def _locate_unclaimed(ctx: _Ctx, top: list[Item]) -> None:
    """Items with no printed range: find their first page from stamps, papers and titles."""
    everything = walk_items(top)
    claimed = [it for it in everything if it.pdf_pages is not None]
    # A parent's first page is also its first sub-item's: it stays free for the children.
    used: set[int] = {it.pdf_pages[0] for it in claimed if it.pdf_pages and not it.sub_items}
    prev_start = ctx.first_paper_page - 1
    placed: Item | None = None  # the last item placed before this one
    # The first page marked with each item's number ("Item No. 5" on a cover sheet).
    marked: dict[str, int] = {}
    for s in ctx.starts:
        if s.agenda_item is not None and s.pdf_page >= ctx.first_paper_page and not s.inside:
            marked.setdefault(normalise_number(s.agenda_item), s.pdf_page)
    coded = {id(c): p for c in everything if (p := _coded_page(ctx, c)) is not None}
    parent = {id(c): p for p in everything for c in p.sub_items}
    for k, it in enumerate(everything):
        if it.pdf_pages is not None:
            first = it.pdf_pages[0] - (1 if it.sub_items else 0)
            prev_start = max(prev_start, first)
            placed = it if not it.sub_items else placed
            continue
        if it.sub_items or it.pack_pages is not None or id(it) in ctx.no_papers:
            continue
        # Papers come in agenda order: an item's start lies before the next placed item's,
        # and before the page marked with a later item's number.
        later = [c.pdf_pages[0] for c in everything[k + 1 :] if c.pdf_pages and not c.sub_items]
        later += [
            marked[n] + 1  # (a page two items' statements share is either's)
            for c in everything[k + 1 :]
            if (n := normalise_number(c.number)) in marked and marked[n] > prev_start
        ]
        # And before the paper carrying a later item's code ("FIN Report No. 04-2026"), unless
        # it carries this item's code too.
        mine = coded.get(id(it))
        later += [
            p for c in everything[k + 1 :] if (p := coded.get(id(c), 0)) > prev_start and p != mine
        ]
        before = min(later, default=ctx.page_count + 1)
        blocked = set(range(before, ctx.page_count + 1))
        hit = _find_start(
            ctx,
            it,
            used | blocked,
            prev_start,
            claimed,
            placed,
            shareable=used - blocked,
            later=_next_items(everything, k),
        )
        if hit is not None and _jumps_ahead(ctx, everything, k, hit, used | blocked, prev_start):
            hit = None
        mother = parent.get(id(it))
        if hit is None and placed is not None and mother and parent.get(id(placed)) is mother:
            hit = _sibling_appendix(ctx, it, used | blocked, prev_start, claimed, placed)
        if hit is not None:
            used.add(hit)
            # "Agree note of previous meeting – paper 1.i & actions – paper 1.ii": the minutes
            # filed before the action log its code marks open the item.
            hit = _minutes_before(ctx, it, used | blocked, prev_start, hit) or hit
            it.pdf_pages = (hit, hit)  # end fixed below
            used.add(hit)
            prev_start = hit
            placed = it
    _locate_by_order(ctx, everything, used)
    # A parent none of whose sub-items was found may hold one paper for them all
    # ("Planning applications: a) …, b) …" on one list): look for it by its own title.
    prev_start = ctx.first_paper_page - 1
    for it in everything:
        if it.pdf_pages is not None and not it.sub_items:
            prev_start = max(prev_start, it.pdf_pages[0])
        if not it.sub_items or it.pdf_pages is not None or it.pack_pages is not None:
            continue
        k = everything.index(it)
        kids = [c.pdf_pages[0] for c in walk_items(it.sub_items) if c.pdf_pages]
        if kids:
            _section_title_page(ctx, everything, k, used, prev_start, min(kids))
            continue
        if any(c.pack_pages for c in walk_items(it.sub_items)):
            continue
        hit = _find_start(ctx, it, used, prev_start, claimed, later=_next_items(everything, k))
        if hit is not None:
            it.pdf_pages = (hit, hit)
            used.add(hit)
            ctx.shared_parents.add(id(it))


def _section_title_page(
    ctx: _Ctx, everything: list[Item], k: int, used: set[int], after: int, first: int
) -> None:
    """A section whose sub-items' papers were found opens at its own title page just before
    the first of them ("RLCA Updates and Key Initiatives", listing the reports under it), when
    that page's title fits the section's closely."""
    it = everything[k]
    blocked = used | set(range(first, ctx.page_count + 1))
    hit = _by_title(ctx, it, blocked, after, [], None, _next_items(everything, k))
    if hit is None or (fit := _fit_at(it, ctx, hit)) < _CLOSE_FIT:
        return
    # Not a page an item just before it, still without a paper, fits as well ("Metro
    # Initiative Status Report" before "Initiatives Discussion", for "Initiatives").
    waiting = [c for c in everything[:k] if c.pdf_pages is None and not c.sub_items][-3:]
    if any(_fit_at(c, ctx, hit) >= fit for c in waiting):
        return
    it.pdf_pages = (hit, hit)
    used.add(hit)


def _next_items(everything: list[Item], k: int) -> list[Item]:
    """The few items after item ``k`` and its own sub-items, in agenda order."""
    own = {id(c) for c in walk_items(everything[k].sub_items)}
    return [c for c in everything[k + 1 :] if id(c) not in own][:3]


def _jumps_ahead(
    ctx: _Ctx, everything: list[Item], k: int, hit: int, used: set[int], after: int
) -> bool:
    """Item ``k``'s fit at ``hit`` lies past papers the next items waiting for one fit
    closely (their minutes, their resolution forms): papers come in agenda order, so taking
    it would push every item between them past their papers. A loose fit gives way to one
    such item, a close one to two ("Committee Reports" and a recreation committee's minutes
    filed among the correspondence, after the minutes and the forms of the items between)."""
    it = everything[k]
    if _by_mark(ctx, it, used, set()) == hit:
        return False  # stamped with its number or its paper's code: no guess
    waiting = [c for c in everything[k + 1 :] if not c.sub_items and c.pdf_pages is None][:4]
    close = 0
    for nxt in waiting:
        page = _by_title(ctx, nxt, used, after, [], None)
        if page is not None and page < hit and _fit_at(nxt, ctx, page) >= _CLOSE_FIT:
            close += 1
    # Even a close fit gives way to two later items' close fits before it (a committee's
    # minutes among the correspondence, for "Committee Reports").
    return close >= (1 if _fit_at(it, ctx, hit) < _CLOSE_FIT else 2)


def _fit_at(it: Item, ctx: _Ctx, page: int) -> float:
    """How well the item's title fits the papers starting on ``page``."""
    fits = [0.0]
    for s in ctx.starts:
        if s.pdf_page == page and s.title:
            fits += [title_similarity(it.title, s.title), _kind_fit(it, s)]
    return max(fits)


_CLOSE_FIT = 0.75


def _sibling_appendix(
    ctx: _Ctx, it: Item, used: set[int], after: int, claimed: list[Item], placed: Item
) -> int | None:
    """A sub-item whose sibling before it holds the parent's one enclosure starts at the
    enclosure's appendix that names it ("9.2 Draft Operating Plan" at "Appendix 2 - PCT
    Operating Plan 2007/08", after 9.1's commissioning intentions)."""
    for s in ctx.starts:
        if s.kind != "appendix" or not s.title or not _free(s, used, after):
            continue
        if _inside_other(it, s.pdf_page, claimed):
            continue
        fit = title_similarity(it.title, s.title)
        if fit >= _APPENDIX_FIT and not _belongs_before(placed, it, s, fit):
            return s.pdf_page
    return None


_APPENDIX_FIT = 0.75

_PREVIOUS_MEETING_RE = re.compile(
    r"\b(?:minutes|notes?\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting)\b", re.IGNORECASE
)


def _minutes_before(ctx: _Ctx, it: Item, used: set[int], after: int, page: int) -> int | None:
    """Free minutes starting after ``after`` and before ``page``, where the item names the
    last meeting's minutes or note and ``page`` carries one of the item's paper codes."""
    if not _PREVIOUS_MEETING_RE.search(f"{it.title} {it.purpose or ''}"):
        return None
    mine = _own_codes(it)
    if not any(s.pdf_page == page and s.paper and _norm_paper(s.paper) in mine for s in ctx.starts):
        return None
    return next(
        (
            s.pdf_page
            for s in ctx.starts
            if s.kind == "minutes" and after < s.pdf_page < page and s.pdf_page not in used
        ),
        None,
    )


_OUTLINE_MATCH = 0.5  # title similarity for a bookmark to name an item


def _outline_fit(it: Item, entry: OutlineEntry) -> float:
    """How surely a bookmark names an item: its number, else its title (either way round)."""
    if entry.number is not None:
        return 1.0 if normalise_number(entry.number) == normalise_number(it.number) else 0.0
    sim = max(title_similarity(it.title, entry.title), title_similarity(entry.title, it.title))
    if FILE_NAME_RE.match(entry.title):  # "2021 gov comp in CA repo_001"
        sim = max(sim, _abbreviated_fit(it.title, entry.title))
    return sim if sim >= _OUTLINE_MATCH else 0.0


def _abbreviated_fit(title: str, name: str) -> float:
    """How well a file name's clipped words ("2021 gov comp in CA repo_001") fit a title
    ("2021 Government Compensation in California Report"): each word the start of one of
    the title's."""
    want = tokens(title)
    have = [h for h in tokens(name.replace("_", " ")) if not h.isdigit()]
    hits = sum(1 for h in have if any(w.startswith(h) for w in want))
    return hits / min(len(want), len(have)) if hits >= 2 else 0.0


def _align_outline(ctx: _Ctx, top: list[Item], outline: Sequence[OutlineEntry]) -> None:
    """Bookmarks matched to items in order (the best monotone alignment by title or number).

    An item the outline places gets that first page when the agenda printed no range for it;
    one the outline marks as absent (a bookmark pointing nowhere) has no papers here. Entries
    inside the front sheet and agenda are not papers.
    """
    entries = [e for e in outline if e.page is None or e.page >= ctx.first_paper_page]
    items = walk_items(top)
    if len(entries) < 3 or not items:
        return
    n, m = len(items), len(entries)
    fit = [[_outline_fit(it, e) for e in entries] for it in items]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = fit[i][j] + best[i + 1][j + 1] if fit[i][j] else 0.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], take)
    i = j = 0
    pairs: list[tuple[Item, OutlineEntry]] = []
    while i < n and j < m:
        if fit[i][j] and best[i][j] == fit[i][j] + best[i + 1][j + 1]:
            pairs.append((items[i], entries[j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    if len(pairs) < max(2, len(entries) // 3):
        return  # the outline is not this agenda's (a merged report's own bookmarks)
    for it, entry in pairs:
        if entry.page is None:
            if it.pdf_pages is None:
                ctx.no_papers.add(id(it))
        elif it.pdf_pages is None and it.pack_pages is None and not it.sub_items:
            it.pdf_pages = (entry.page, entry.page)  # end fixed with the others'


def _locate_by_order(ctx: _Ctx, everything: list[Item], used: set[int]) -> None:
    """An item still unplaced between two placed ones, with exactly one unclaimed paper
    between them (a cover sheet, a report, minutes), has that paper: papers come in agenda
    order. Business that never has papers is left alone, and so is a gap that several
    unplaced items share (which paper is whose would be a guess)."""
    leaves = [it for it in everything if not it.sub_items]

    def wants_paper(c: Item) -> bool:
        return (
            c.pdf_pages is None
            and c.pack_pages is None
            and id(c) not in ctx.no_papers
            and not c.no_papers  # "(to follow)": an unclaimed paper nearby is another's
            and not NO_PAPERS_BUSINESS_RE.search(c.title)
        )

    for k, it in enumerate(leaves):
        if not wants_paper(it):
            continue
        prev = max((j for j in range(k) if leaves[j].pdf_pages), default=-1)
        nxt = min((j for j in range(k + 1, len(leaves)) if leaves[j].pdf_pages), default=None)
        gap = range(prev + 1, nxt if nxt is not None else len(leaves))
        if sum(1 for j in gap if wants_paper(leaves[j])) != 1:
            continue
        lo = leaves[prev].pdf_pages[1] if prev >= 0 else ctx.first_paper_page - 1  # type: ignore[index]
        hi = leaves[nxt].pdf_pages[0] if nxt is not None else ctx.page_count + 1  # type: ignore[index]
        before = leaves[prev] if prev >= 0 else None
        strong = [
            s.pdf_page
            for s in ctx.starts
            if lo < s.pdf_page < hi
            and s.pdf_page not in used
            and s.kind in ("report", "paper", "stamp", "minutes")
            and not _belongs_before(before, it, s, title_similarity(it.title, s.title))
        ]
        if len(strong) == 1:
            it.pdf_pages = (strong[0], strong[0])
            used.add(strong[0])


def _belongs_before(placed: Item | None, it: Item, s: DocStart, fit: float) -> bool:
    """A paper much more like the item placed before than like ``it`` (``fit``: how much like
    ``it``) is the one before's: a cover sheet printed after its papers ("Ordinance
    appropriating grants" after the ordinance)."""
    if placed is None or not s.title:
        return False
    before = title_similarity(placed.title, s.title)
    if before == fit == 1.0:
        # Alike word for word ("… Carellton, Phase 3-A" and "… Phase 3-C"): the short words
        # and numbers that tell them apart decide.
        words = _fine_words(s.title)
        return len(words & _fine_words(placed.title)) > len(words & _fine_words(it.title))
    return before > fit + 0.25


def _anothers(
    placed: Item | None, it: Item, later: Sequence[Item], s: DocStart, fit: float, special: bool
) -> bool:
    """The paper is rather the item's placed before, or (by its title's words alone, not
    as minutes, accounts or a form) one of the next items'."""
    return _belongs_before(placed, it, s, fit) or (not special and _belongs_after(later, s, fit))


def _belongs_after(later: Sequence[Item], s: DocStart, fit: float) -> bool:
    """A paper much more like one of the next items than like this one (``fit``) is theirs:
    "RLCA Updates and Key Initiatives" is the next item's, "RLCA - Key Initiatives &
    Updates", not "Dysart et al. - Key Initiatives & Updates". (A bare heading only: a
    council's resolution forms, titled by its name, fit every motion naming the council.)"""
    if s.kind != "heading":
        return False
    return any(title_similarity(o.title, s.title) > fit + 0.2 for o in later)


def _fine_words(title: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", title.lower()))


def _inside_other(it: Item, page: int, claimed: list[Item]) -> bool:
    return any(
        c is not it and c.pdf_pages and c.pdf_pages[0] <= page <= c.pdf_pages[1] and not c.sub_items
        for c in claimed
    )


def _find_start(
    ctx: _Ctx,
    it: Item,
    used: set[int],
    after: int,
    claimed: list[Item],
    placed: Item | None = None,
    shareable: set[int] | None = None,
    later: Sequence[Item] = (),
) -> int | None:
    """The first page of the item's paper: the page stamped with its number or paper code,
    else the paper whose title is the item's (or its purpose's), else a heading naming it.
    ``shareable``: pages already taken where a mark inside the page may still start it."""
    marked = _by_mark(ctx, it, used, shareable or set())
    if marked is not None:
        return marked
    # A paper marked with another item's code ("Resolution No. 2026-02-03") is that item's,
    # whatever its letterhead shares with this item's title.
    mine = _own_codes(it)
    used = used | {
        s.pdf_page
        for s in ctx.starts
        if s.paper and _norm_paper(s.paper) in ctx.papers and _norm_paper(s.paper) not in mine
    }
    if NO_PAPERS_BUSINESS_RE.search(it.title):
        return _procedural_paper(ctx, it, used, after, claimed) or _find_heading(
            ctx, it, used, after, claimed, slides_only=True
        )
    best = _by_title(ctx, it, used, after, claimed, placed, later)
    if best is None:
        best = _by_packet_note(ctx, it, used, after, claimed)
    if best is not None and _divider_before(ctx, it, best, used, after):
        best -= 1  # the deck's divider slide naming the item, just before its first page
    if best is None:
        best = _find_heading(ctx, it, used, after, claimed)
    if best is None and it.purpose:
        # Last: the purpose's words ("to review maternity services in Tower Hamlets") also
        # name what every paper of the pack names (the body, its area).
        best = _by_purpose(ctx, it, used, after, claimed)
    return best


# "(Agenda Packet: Project Manager Job Posting; LA County VSAP Records Request)": the
# papers the item brings, by name, in the packet's order.
_PACKET_NOTE_RE = re.compile(
    r"\((?:agenda\s+)?(?:packet|attachments?|enclosures?)\s*:\s*([^()]{3,300})\)", re.IGNORECASE
)


def _by_packet_note(
    ctx: _Ctx, it: Item, used: set[int], after: int, claimed: list[Item]
) -> int | None:
    """The first paper the item's packet note names, by its title."""
    note = _PACKET_NOTE_RE.search(it.purpose or "")
    if note is None:
        return None
    first = re.split(r"\s*;\s*", note.group(1).strip())[0]
    return _first_named(ctx, it, first, used, after, claimed, _NOT_APPENDIX)


def _divider_before(ctx: _Ctx, it: Item, page: int, used: set[int], after: int) -> bool:
    """The page before ``page`` is a divider holding little but the item's title (a title
    slide "History and top level orientation" over its speaker, before the slide headed so)."""
    before = page - 1
    return (
        after < before
        and before >= ctx.first_paper_page
        and before not in used
        and not ctx.blanks[before - 1]
        and (
            _slide_titled(ctx, before, it.title)
            or _divider_of(ctx, before, it.title)
            or _section_divider(ctx, before, page, it.title)
        )
    )


def _section_divider(ctx: _Ctx, page: int, slide: int, title: str) -> bool:
    """Page ``page`` holds a section number and a word or two, all of them the item's and
    the next slide's ("12 Authorisation" before the slide headed "Authorisation: Giving the
    President …"): the deck's divider, whatever number the deck gave its section."""
    text = ctx.texts[page - 1] if page <= len(ctx.texts) else ""
    m = _DIVIDER_NUMBER_RE.match(text)
    if m is None or len(text.split()) > 4 or slide > len(ctx.texts):
        return False
    words = tokens(text[m.end() :])
    return bool(words) and words <= tokens(title) and words <= tokens(ctx.texts[slide - 1])


def _free(s: DocStart, used: set[int], after: int) -> bool:
    return s.pdf_page not in used and s.pdf_page > after


def _item_codes(it: Item) -> tuple[str | None, set[str]]:
    """The item's paper code, or the report number its title gives ("Report No. FIN-03-2026:
    …"); and the codes its purpose names ("- papers TB(2)1i., 1.ii and 1.iii")."""
    return _norm_paper(it.paper or report_code(it.title)) or None, _named_codes(it.purpose or "")


def _coded_page(ctx: _Ctx, it: Item) -> int | None:
    """The first page of a paper carrying the item's code."""
    own, named = _item_codes(it)
    for s in ctx.starts:
        if s.paper and ((theirs := _norm_paper(s.paper)) == own or theirs in named):
            return s.pdf_page
    return None


def _by_mark(ctx: _Ctx, it: Item, used: set[int], shareable: set[int]) -> int | None:
    """A page stamped "Agenda Item 7" for item 7, or carrying the item's paper code; or a
    notice's "Item No. 7" statement inside a page another item's statement starts on."""
    key = normalise_number(it.number)
    own, named = _item_codes(it)
    for s in ctx.starts:
        if s.pdf_page in used and not (s.inside and s.pdf_page in shareable):
            continue
        theirs = _norm_paper(s.paper) if s.paper else None
        if theirs and (theirs == own or theirs in named):
            return s.pdf_page
        # "Item 1 / Resolution No. 2025-02-14" is the paper of the item listing that
        # resolution, not of another item printed "1" (a speaker under a bullet).
        if theirs in ctx.papers and theirs != own:
            continue
        if s.agenda_item is not None and normalise_number(s.agenda_item) == key:
            return s.pdf_page
    return None


def _procedural_paper(
    ctx: _Ctx, it: Item, used: set[int], after: int, claimed: list[Item]
) -> int | None:
    """Procedural items rarely have papers; one does when a paper opens with exactly its
    title ("Declarations of interest" over the register of interests)."""
    for s in ctx.starts:
        if not _free(s, used, after) or s.kind not in ("report", "paper"):
            continue
        if _inside_other(it, s.pdf_page, claimed):
            continue
        heads = ctx.heads[s.pdf_page - 1][:2] if s.pdf_page <= len(ctx.heads) else []
        want = tokens(it.title)
        # Its very words, or (two words or more) inside a longer heading: "Interests
        # Register" in "Board Meeting 26 March 2025 - Interests Register".
        if want and any(tokens(h) == want or (len(want) >= 2 and want <= tokens(h)) for h in heads):
            return s.pdf_page
    return None


def _by_title(
    ctx: _Ctx,
    it: Item,
    used: set[int],
    after: int,
    claimed: list[Item],
    placed: Item | None,
    later: Sequence[Item] = (),
) -> int | None:
    """The unclaimed paper whose title is most like the item's (at least half alike), unless
    it is much more like the item placed before (``placed``): a cover sheet printed after its
    item's papers ("Ordinance appropriating grants" after that ordinance) is that item's."""
    key = normalise_number(it.number)
    found: list[tuple[float, int]] = []
    forms: set[int] = set()  # the free resolution forms that fit it
    for s in ctx.starts:
        if not _free(s, used, after) or s.kind == "appendix" or not s.title:
            continue
        # A stamp naming this item's parent ("13" on 13a's first page) does not rule it out.
        if s.agenda_item is not None and not key.startswith(normalise_number(s.agenda_item)):
            continue
        if _inside_other(it, s.pdf_page, claimed):
            continue
        sim = title_similarity(it.title, s.title)
        words = tokens(s.title)
        minutes = s.kind == "minutes" and _MINUTES_ITEM_RE.search(it.title) is not None
        form = _motion_item(it, s)
        # "Minutes of the meeting of March 17" over minutes headed only by the body's name
        # and date ("HAYS AREA BOARD OF ZONING APPEALS MEETING / March 17, 2025"), and
        # "Resolution: Transfer to reserve …" over a blank form: the next minutes or form
        # are the item's, as papers come in agenda order.
        sim = max(sim, _kind_fit(it, s))
        if s.kind in ("paper", "minutes") and s.pdf_page <= len(ctx.heads):
            # A paper that opens with its body's name over its own title ("Cycle Forum
            # Annual General Meeting" / "Chairman's report for 2011-12"): either line.
            # (Not a sentence run over lines: "for the benefit of the … Community.")
            heads = [h for h in ctx.heads[s.pdf_page - 1][:3] if _title_line(h)]
            sim = max([sim, *(_heads_fit(it.title, h) for h in heads)])
            words = words.union(*map(tokens, heads))
        accounts = _accounts_for(ctx, it, s)
        if not (minutes or accounts or form) and not (tokens(it.title) - ctx.common) & words:
            continue  # the body's name alone: "Township Parks" is no "Lincoln Township" paper
        if s.kind == "heading" and not accounts:
            sim = _heading_fit(it.title, s.title)
            if sim <= 0.5:
                continue
        if accounts:
            sim = max(sim, _ACCOUNTS_FIT)
        if _anothers(placed, it, later, s, sim, special=minutes or accounts or form):
            continue
        if sim >= 0.5:
            found.append((sim, s.pdf_page))
            if form:
                forms.add(s.pdf_page)
    return _first_fitting(found, forms)


def _first_fitting(found: list[tuple[float, int]], forms: set[int]) -> int | None:
    """Papers come in agenda order: of the (fit, page) found, the first that fits nearly as
    well as the best opens the item (its resolution, before the cover sheet filed after it),
    and the motion's form just before the by-law it passes (``forms``: the forms' pages)."""
    if not found:
        return None
    top = max(sim for sim, _page in found)
    first = min(page for sim, page in found if sim >= top - 0.2)
    return first - 1 if first - 1 in forms else first


def _common_words(ctx: _Ctx) -> frozenset[str]:
    """Words in the opening lines of at least ``_COMMON_SHARE`` of the papers' first pages
    (of six or more): the body's name and letterhead, which every paper shares. (Counted by
    paper, not by page: a long paper's running head names that paper.)"""
    firsts = sorted({s.pdf_page for s in ctx.starts if s.pdf_page >= ctx.first_paper_page})
    heads = [ctx.heads[p - 1] for p in firsts if p <= len(ctx.heads)]
    pages = [frozenset().union(*map(tokens, h[:3])) for h in heads if h]
    if len(pages) < 6:
        return frozenset()
    counts = Counter(w for page in pages for w in page)
    return frozenset(w for w, c in counts.items() if c >= _COMMON_SHARE * len(pages))


_COMMON_SHARE = 0.4


def _title_line(text: str) -> bool:
    t = text.strip()
    return bool(t) and not t[:1].islower() and not t.endswith((".", ","))


def _heads_fit(title: str, head: str) -> float:
    """How well a paper's opening line fits an item's title. A line of prose (more words
    than a title has) must share two of the title's words: "2006 has been a difficult year
    for NHS Connecting for Health" opens the "Connecting for Health update", but "The board
    is asked to note the progress … and the work" does not open the "Work Programme"."""
    if len(head.split()) > _TITLE_LINE_WORDS and len(tokens(title) & tokens(head)) < 2:
        return 0.0
    return title_similarity(title, head)


_TITLE_LINE_WORDS = 12


_MINUTES_ITEM_RE = re.compile(r"\bminutes\b", re.IGNORECASE)
_MINUTES_FIT = 0.75

# "Resolution: Amend the 2026 Council Meeting Dates", "By-Law: Appoint …": an item moved on
# a council's blank resolution form ("Township of Nipissing Resolution", one per motion).
_MOTION_ITEM_RE = re.compile(r"^\s*(?:resolution|by-?law)\s*[:–—-]", re.IGNORECASE)
_FORM_FIT = 0.75


def _motion_item(it: Item, s: DocStart) -> bool:
    return s.form and _MOTION_ITEM_RE.match(it.title) is not None


def _kind_fit(it: Item, s: DocStart) -> float:
    """The fit a paper's kind gives the item, whatever its title's words: the next minutes
    for a minutes item, the next resolution form for a motion."""
    fit = _MINUTES_FIT if s.kind == "minutes" and _MINUTES_ITEM_RE.search(it.title) else 0.0
    return max(fit, _FORM_FIT if _motion_item(it, s) else 0.0)


# "Treasurer's Report" / "Finance" over a paper headed "Income and Expenditure Account for
# the period to 31st December" under the body's name: the accounts are the item's paper.
_FINANCE_ITEM_RE = re.compile(r"\b(?:treasurer|finances?|financials?|accounts)\b", re.IGNORECASE)
# (A county's "Trial Balance Detail", a bookkeeper's "Profit & Loss" or "Budget vs.
# Actuals", a district's "Financials - November".)
_ACCOUNTS_PAPER_RE = re.compile(
    r"\b(?:income\s+(?:and|&)\s+expenditure|receipts\s+(?:and|&)\s+payments|balance\s+sheet|"
    r"profit\s+(?:and|&)\s+loss|financial\s+statements|statement\s+of\s+(?:financial|accounts)|"
    r"trial\s+balance|budget\s+(?:vs\.?|versus|to)\s+actuals?|financials)\b",
    re.IGNORECASE,
)
_ACCOUNTS_FIT = 0.75


def _accounts_for(ctx: _Ctx, it: Item, s: DocStart) -> bool:
    """The paper is a set of accounts (by its title or its first lines) and the item is the
    treasurer's or the finances' (in a few words: "Directors' annual report, annual statement
    of accounts and the next 12 months" has a paper of its own)."""
    if not _FINANCE_ITEM_RE.search(it.title) or len(tokens(it.title)) > 3:
        return False
    heads = ctx.heads[s.pdf_page - 1][:3] if s.pdf_page <= len(ctx.heads) else []
    return any(_ACCOUNTS_PAPER_RE.search(h) for h in [s.title, *heads])


def _by_purpose(ctx: _Ctx, it: Item, used: set[int], after: int, claimed: list[Item]) -> int | None:
    """ "Finance: to approve the schedule of payments" read as title "Finance" and a purpose:
    the paper is headed "Schedule of Payments"."""
    words = f"{it.title} {it.purpose}"
    return _first_named(ctx, it, words, used, after, claimed, ("heading", "report"))


_NOT_APPENDIX = ("report", "minutes", "paper", "slides", "stamp", "heading", "enactment", "outline")


def _first_named(
    ctx: _Ctx,
    it: Item,
    words: str,
    used: set[int],
    after: int,
    claimed: list[Item],
    kinds: tuple[str, ...],
) -> int | None:
    """The first free paper of these kinds whose title shares two words with ``words`` and
    fits them at least half."""
    for s in ctx.starts:
        if not _free(s, used, after) or s.kind not in kinds or not s.title:
            continue
        if _inside_other(it, s.pdf_page, claimed):
            continue
        if len(tokens(words) & tokens(s.title)) >= 2 and title_similarity(words, s.title) >= 0.5:
            return s.pdf_page
    return None


def _find_heading(
    ctx: _Ctx,
    it: Item,
    used: set[int],
    after: int,
    claimed: list[Item],
    *,
    slides_only: bool = False,
) -> int | None:
    """A paper with no cover sheet or stamp, headed by the item's title (a one-word title
    heads too many ordinary pages to count, except a slide's whole heading). ``slides_only``:
    routine business ("Welcome") is looked for only on a slide headed by its very title."""
    last = max(len(ctx.heads), len(ctx.texts))
    for page in range(max(after + 1, ctx.first_paper_page), last + 1):
        if page in used or ctx.blanks[page - 1] or _inside_other(it, page, claimed):
            continue
        if _slide_titled(ctx, page, it.title) or (
            not slides_only
            and (
                _headed_by(ctx, page, it.title)
                or _headed_by_word(ctx, page, it.title)
                or _first_line_from(ctx, page, it.title)
                or _divider_of(ctx, page, it.title)
                or _numbered_divider(ctx, page, it)
            )
        ):
            return page
    return None


def _slide_titled(ctx: _Ctx, page: int, title: str) -> bool:
    """A slide headed by the item's very title ("Welcome!" for "Welcome"): in a deck every
    slide has a heading, so a one-word title counts when it is the whole heading."""
    if not (page <= len(ctx.wide) and ctx.wide[page - 1] and page <= len(ctx.texts)):
        return False
    want = plain(title)
    # The slide's first lines wherever they sit (a divider's title is set mid-slide).
    lines = [ln for ln in ctx.texts[page - 1].splitlines() if ln.strip()][:3]
    return bool(want) and any(plain(ln) == want for ln in lines)


_DIVIDER_NUMBER_RE = re.compile(r"\s*(?:item\s+)?(\d{1,2}[a-z]?)[.):]?\s+(?=[A-Za-z])", re.I)


def _numbered_divider(ctx: _Ctx, page: int, it: Item) -> bool:
    """A slide holding only the item's number and a word of its title ("5 President's report"
    for "5. Presentation of the President's report"): the deck's divider for that item."""
    text = ctx.texts[page - 1] if page <= len(ctx.texts) else ""
    m = _DIVIDER_NUMBER_RE.match(text)
    if m is None or len(text.split()) > 12 or m.group(1).lower() != it.number.lower():
        return False
    return bool(tokens(text[m.end() :]) & tokens(it.title))


def _divider_of(ctx: _Ctx, page: int, title: str) -> bool:
    """Page ``page`` holds a few words, most of them the item's: a slide or divider page
    naming its speaker and subject ("Malcolm Cockwell / Haliburton Forest" for "Malcolm
    Cockwell - Haliburton Forest Update"), wherever on the page they sit."""
    text = ctx.texts[page - 1] if page <= len(ctx.texts) else ""
    slide = page <= len(ctx.wide) and ctx.wide[page - 1]
    if not text or len(text.split()) > (_SLIDE_DIVIDER_WORDS if slide else _DIVIDER_WORDS):
        return False
    want, have = tokens(title), tokens(text)
    shared = len(want & have)
    return shared >= 2 and (shared >= 0.6 * len(want) or shared >= 0.6 * len(have))


# A divider's few words: a speaker's name and subject; on a slide, three officers' names and
# titles over their subject ("Andrea Roberts - Mayor / Walt McKechnie - Councillor Ward 5 /
# …"), more words than a portrait page of so few could hold without being a cover sheet.
_DIVIDER_WORDS = 16
_SLIDE_DIVIDER_WORDS = 30


def _heading_fit(title: str, heading: str) -> float:
    """How well a bare heading fits the item: it must carry the item's words, and scores the
    share of them it holds, so "Housing Delivery Update" (a section) loses to "Housing
    Delivery Test Plan"; half the words or less is no fit ("Introduction of Standing
    Committee Chairs" is not a heading "STANDING COMMITTEE REPORTS" inside another paper)."""
    if _shortened(title, heading):
        return _SHORTENED_FIT
    if not _names(title, heading):
        return 0.0
    want = tokens(title)
    return len(want & tokens(heading)) / len(want)


def _shortened(title: str, heading: str) -> bool:
    """A sentence-long item's heading made of its words alone, fewer of them, opening as the
    item does ("Authorisation: Giving the President and the Vice-President authorization to
    sign …" over its slide, for an item that goes on to the Treasurer's right to sign in
    financial transactions; not "CAP2-Permissive-Written-Notice", a section of the rules,
    for "To accept the proposed amendments … relating to CAP2-Permissive-Written-Notice")."""
    want, have = tokens(title), tokens(heading)
    if len(want) < _SENTENCE_TITLE or len(have) < 4 or not have <= want:
        return False
    return bool(tokens(" ".join(title.split()[:2])) & tokens(" ".join(heading.split()[:2])))


_SENTENCE_TITLE = 8  # words of an item's title (stems) that make it a sentence
_SHORTENED_FIT = 0.75


def _names(title: str, heading: str) -> bool:
    """The heading holds every word of the title, or two of them at least."""
    a, b = tokens(title), tokens(heading)
    return bool(a) and (a <= b or (len(a & b) >= 2 and len(a & b) * 2 >= len(a)))


_SECTION_NUMBER_RE = re.compile(r"\s*\d{1,2}\.\d{1,2}(?:\.[\da-z]+)*\s")


def _headed_by(ctx: _Ctx, page: int, title: str) -> bool:
    """Page ``page`` (1-based) opens with a line holding every word of ``title`` (of two or
    more words): "Parks Strategy" heads "Review of the Parks Strategy: Final Report"."""
    want = tokens(title)
    if len(want) < 2 or not 1 <= page <= len(ctx.heads):
        return False
    prev = ""
    for line in ctx.heads[page - 1]:
        wrapped = len(prev.split()) >= 8 and not prev.rstrip().endswith((".", ":", "?", "!"))
        prev = line
        if _SECTION_NUMBER_RE.match(line) or wrapped or line[:1].islower():
            # "3.2 The National Co-ordinator": a numbered section inside a paper; "Consent
            # Agenda or placed later on the agenda …" under a line it carries on: prose.
            continue
        have = tokens(line)
        if want <= have and len(have) <= 3 * len(want) + 2:
            return True
    return False


def _headed_by_word(ctx: _Ctx, page: int, title: str) -> bool:
    """A one-word title of some length ("Correspondence.") that a line among the page's
    first is, alone and in capitals ("CORRESPONDENCE" under the township's letterhead)."""
    word = title.strip().rstrip(".:").strip()
    if not (word.isalpha() and len(word) >= 8) or not 1 <= page <= len(ctx.texts):
        return False
    if any(s.pdf_page == page for s in ctx.starts):
        return False  # a page opening another paper: "ANNOUNCEMENTS" is its section
    first = [ln.strip() for ln in ctx.texts[page - 1].splitlines() if ln.strip()][:_WORD_LINES]
    return any(line.rstrip(":") == word.upper() for line in first)


_WORD_LINES = 6  # (under a letterhead of three or four lines)


def _first_line_from(ctx: _Ctx, page: int, title: str) -> bool:
    """The page's first line is a short title made of the item's words (three at least): a
    sentence of a title, "Tom Munk and Wendy Michener, Co-clerks of the Peace and Justice
    Committee, will present the annual report", over a paper headed "Peace and Justice
    Committee Annual Report 2022"."""
    if not 1 <= page <= len(ctx.heads) or not ctx.heads[page - 1]:
        return False
    line = ctx.heads[page - 1][0].strip()
    if len(line.split()) > 10 or not _title_line(line) or line.endswith(("?", "!")):
        return False
    if not _PAPER_WORD_RE.search(line):
        return False  # "Conduit Financing Committee": a body's name, no paper's title
    # Not the body's name heading the agenda's pages too ("City Council Regular Meeting").
    key = " ".join(line.lower().split())
    elsewhere = (
        " ".join(h.lower().split())
        for k, lines in enumerate(ctx.heads)
        if k != page - 1
        for h in lines[: 1 if k + 1 >= ctx.first_paper_page else 6]
    )
    return _made_of(line, tokens(title)) and key not in set(elsewhere)


def _start_pages_only(claimed: list[Item]) -> bool:
    """The agenda prints each item's first page only ("Minutes .... 1", a "Page" column, or
    just two items' "(PAGE 1)" and "(PAGE 5)": pages 2-4 are the first one's too)."""
    ranges = [it.pack_pages for it in claimed if it.pack_pages]
    firsts = [r[0] for r in ranges]
    # A section and its first sub-item print the same start page: non-decreasing will do.
    return (
        len(set(firsts)) >= 2
        and all(a == b for a, b in ranges)
        and all(x <= y for x, y in itertools.pairwise(firsts))
        and any(y - x > 1 for x, y in itertools.pairwise(firsts))
    )


def _close_ranges(ctx: _Ctx, top: list[Item], start_only: bool = False) -> None:
    """Items located by evidence end where the next item (at any level) starts; so do all
    items of an agenda that prints start pages only."""
    everything = walk_items(top)
    leaves = [it for it in everything if not any(c.pdf_pages for c in it.sub_items)]
    # (A section's own title page before its sub-items' papers ends the item before it too.)
    starts = sorted({it.pdf_pages[0] for it in everything if it.pdf_pages})
    # A sub-item ends with its parent's printed range at the latest.
    limit = {
        id(c): p.pdf_pages[1]
        for p in everything
        if p.pack_pages is not None and p.pdf_pages and not start_only
        for c in p.sub_items
    }
    # A notice's statements inside a page: "Item No. 4" below "Item No. 2 & 3" on page 11.
    marked_inside = {
        (s.pdf_page, normalise_number(s.agenda_item or "")) for s in ctx.starts if s.inside
    }
    for k, it in enumerate(leaves):
        if it.pdf_pages is None or (it.pack_pages is not None and not start_only):
            continue
        nxt = [s for s in starts if s > it.pdf_pages[0]]
        end = (nxt[0] - 1) if nxt else ctx.page_count
        if marked_inside and _next_statement_below(ctx, it, leaves[k + 1 :], marked_inside):
            end = it.pdf_pages[0]
            ctx.cut_short.add(id(it))
        end = min(end, limit.get(id(it), end))
        it.pdf_pages = (it.pdf_pages[0], max(it.pdf_pages[0], end))
    if start_only:
        # The section's own start page covers its sub-items' papers too.
        for it in reversed(everything):
            ends = [c.pdf_pages[1] for c in it.sub_items if c.pdf_pages]
            if it.pdf_pages and ends:
                it.pdf_pages = (it.pdf_pages[0], max(it.pdf_pages[1], *ends))


def _next_statement_below(
    ctx: _Ctx, it: Item, later: list[Item], marked_inside: set[tuple[int, str]]
) -> bool:
    """A later item's own statement starts further down the page ``it`` starts on."""
    if it.pdf_pages is None:
        return False
    page = it.pdf_pages[0]
    here = [c for c in later if c.pdf_pages and c.pdf_pages[0] == page]
    if not here:
        return False
    own = _own_marks(ctx, it)
    return any(
        (page, key) in marked_inside and (page, key) not in own
        for key in (normalise_number(c.number) for c in here)
    )


def _own_marks(ctx: _Ctx, it: Item) -> set[tuple[int, str]]:
    """The (page, item) marks of the statement that names ``it`` ("Item No. 2 & 3" names
    both: their statement is one)."""
    key = normalise_number(it.number)
    titles = {
        s.title for s in ctx.starts if s.inside and normalise_number(s.agenda_item or "") == key
    }
    return {
        (s.pdf_page, normalise_number(s.agenda_item or ""))
        for s in ctx.starts
        if s.inside and s.title in titles
    }


def _fix_parents(items: list[Item], shared: set[int] | None = None) -> None:
    shared = shared or set()
    for it in items:
        subs = it.sub_items
        if not subs:
            continue
        _fix_parents(subs, shared)
        if id(it) in shared:
            # One paper for all of them ("Planning applications: a) …, b) …" on one list).
            for s in subs:
                # (Not one whose papers the agenda says are to follow: the parent's paper is
                # not its. A verbal item elsewhere may still have a page of its own.)
                s.pdf_pages = None if s.no_papers else it.pdf_pages
            continue
        ranges = [s.pdf_pages for s in subs if s.pdf_pages]
        if ranges and it.pdf_pages is None:
            it.pdf_pages = (min(r[0] for r in ranges), max(r[1] for r in ranges))
        elif ranges and it.pdf_pages is not None:
            # A section covers its sub-items' papers ("A. Chair Reports" over nine reports).
            ranges.append(it.pdf_pages)
            it.pdf_pages = (min(r[0] for r in ranges), max(r[1] for r in ranges))


def _section_dividers(top: list[Item], texts: Sequence[str], first_paper: int) -> set[int]:
    """A page holding little but a section's name ("Approval Items") just before its
    sub-items' papers is the section's own divider page: the section starts there (and the
    page is no paper of it). The divider pages found."""
    found: set[int] = set()
    everything = walk_items(top)
    leaves = [it for it in everything if it.pdf_pages and not it.sub_items]
    for it in everything:
        if not it.sub_items or not it.pdf_pages:
            continue
        # The page before its papers, or its own first page (its title page found by name).
        for page in (it.pdf_pages[0] - 1, it.pdf_pages[0]):
            if not first_paper <= page <= len(texts):
                continue
            if any(lf.pdf_pages and lf.pdf_pages[0] <= page <= lf.pdf_pages[1] for lf in leaves):
                continue
            text, want, have = texts[page - 1], tokens(it.title), tokens(texts[page - 1])
            if not want:  # a title of common words only ("Board Reports"): all its words
                want, have = _all_words(it.title), _all_words(text)
            if want and len(text.split()) <= 40 and want <= have:
                it.pdf_pages = (min(page, it.pdf_pages[0]), it.pdf_pages[1])
                found.add(page)
                break
    return found


def _all_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z]{2,}", text))


def _blank_tails(ctx: _Ctx, top: list[Item]) -> None:
    everything = walk_items(top)
    starts = sorted({it.pdf_pages[0] for it in everything if it.pdf_pages})
    for it in everything:
        if it.pdf_pages is None or id(it) in ctx.cut_short:
            continue
        nxt = [s for s in starts if s > it.pdf_pages[1]]
        limit = (nxt[0] - 1) if nxt else ctx.page_count
        end = _extend_over_blanks(ctx, it.pdf_pages[1], limit)
        if it.pack_pages is not None and not it.sub_items and nxt:
            end = _unlisted_tail(ctx, end, limit)
        if not nxt and _back_matter(ctx, end):
            end = ctx.page_count  # a distribution list, a page for notes
        it.pdf_pages = (it.pdf_pages[0], end)


def _unlisted_tail(ctx: _Ctx, end: int, limit: int) -> int:
    """One page left between a paper's printed range and the next paper, starting nothing
    ("Respectfully submitted" and the signatures, left out of a contents page's count): the
    paper's last page. (Longer gaps stay unowned: pages added or withheld.)"""
    gap = end + 1
    if (
        limit == gap
        and gap not in ctx.start_at
        and gap not in ctx.dividers
        and (gap + 1 in ctx.start_at or gap + 1 in ctx.dividers)
    ):
        return gap
    return end


_PAPER_KINDS = ("report", "minutes", "paper", "appendix", "stamp", "slides", "enactment")


def _back_matter(ctx: _Ctx, end: int) -> bool:
    """The few pages after ``end`` start no paper: the pack's back matter (a distribution
    list, a "Notes" page), which the last item's papers run into."""
    tail = range(end + 1, ctx.page_count + 1)
    if not 0 < len(tail) <= 3:
        return False
    starts = {s.pdf_page for s in ctx.starts if s.kind in _PAPER_KINDS}
    return not any(p in starts for p in tail)


def _add_documents(ctx: _Ctx, it: Item) -> None:
    for sub in it.sub_items:
        _add_documents(ctx, sub)
    if it.pdf_pages is None:
        return
    first, last = it.pdf_pages
    covered: set[int] = set()
    for sub in it.sub_items:
        if sub.pdf_pages:
            covered.update(range(sub.pdf_pages[0], sub.pdf_pages[1] + 1))
    own = [p for p in range(first, last + 1) if p not in covered and p not in ctx.dividers]
    if not own:
        return
    own_set = set(own)
    # A big heading inside the papers is a section, unless it opens the item's pages (or a
    # file of another paper size).
    starts = [
        s
        for s in ctx.starts
        if s.pdf_page in own_set
        and (s.kind != "heading" or s.pdf_page == own[0] or s.bookmarked or s.first_page)
    ]
    starts = _fold_outline(ctx, _on_shared_pages(starts, normalise_number(it.number)))
    if (
        starts
        and 0 < starts[0].pdf_page - own[0] <= 2
        and starts[0].kind != "appendix"
        and (starts[0].kind == "heading" or _light_pages(ctx, own[0], starts[0].pdf_page))
    ):
        # A contents or title page just before the cover sheet belongs to that document
        # (not two pages of minutes before a trial balance: a paper of their own).
        lead = starts[0]
        starts[0] = DocStart(own[0], lead.title, lead.kind, lead.agenda_item, lead.paper)
    if not starts or starts[0].pdf_page != own[0]:
        if all(ctx.blanks[p - 1] for p in own):
            return
        title = _own_heading(ctx, own[0], it.title)
        if title is None and _numbered_divider(ctx, own[0], it):
            title = " ".join(ctx.texts[own[0] - 1].split())  # "6 Treasurer's report"
        lead = DocStart(own[0], title or it.title, "report")
        starts = [lead, *starts]
    docs: list[Document] = []
    for k, s in enumerate(starts):
        end = starts[k + 1].pdf_page - 1 if k + 1 < len(starts) else max(own)
        while end > s.pdf_page and ctx.blanks[end - 1]:
            end -= 1
        title = s.title or it.title
        if k == 0 and s.kind == "outline" and FILE_NAME_RE.match(title):
            title = it.title  # a scan bookmarked by its file's name: the item names it better
        docs.append(Document(title=title, pdf_pages=(s.pdf_page, end)))
    it.children.extend(docs)


def _light_pages(ctx: _Ctx, first: int, stop: int) -> bool:
    """Pages ``first`` to ``stop - 1`` hold a title or contents page's few words at most."""
    if len(ctx.texts) < stop - 1:
        return True  # (no text given: as before)
    return all(len(ctx.texts[p - 1].split()) <= _LIGHT_PAGE_WORDS for p in range(first, stop))


_LIGHT_PAGE_WORDS = 150


def _on_shared_pages(starts: list[DocStart], key: str) -> list[DocStart]:
    """On a page that several items' statements share, an item's documents are its own
    statement; the page's heading too ("EXPLANATORY STATEMENT" over "Item No. 1") when its
    statement comes first there."""
    out: list[DocStart] = []
    for _page, group in itertools.groupby(starts, key=lambda s: s.pdf_page):
        here = list(group)
        marks = [s for s in here if s.inside]
        if not marks:
            out.extend(here)
            continue
        mine = [s for s in marks if normalise_number(s.agenda_item or "") == key]
        if not mine:
            continue  # another item's page: this item's text only runs on to its top
        # A page-top stamp for an item marked again inside the page is that mark's start.
        named = {m.agenda_item for m in marks}
        heads = [
            s for s in here if not s.inside and not (s.kind == "stamp" and s.agenda_item in named)
        ]
        out.extend(heads if heads and marks[0] is mine[0] else mine[:1])
    return out


def _own_heading(ctx: _Ctx, page: int, title: str) -> str | None:
    """The paper's own title among the first lines of the page its item starts on, when no
    start was seen there: a short line holding at least half the item's words
    ("Communications & Marketing Board Report" for "Communications & Marketing Chair")."""
    want = tokens(title)
    if not want or not 1 <= page <= len(ctx.heads):
        return None
    for line in ctx.heads[page - 1]:
        text = " ".join(line.split())
        have = tokens(text)
        if len(text.split()) > 14 or text.endswith("."):
            continue
        if 2 * len(want & have) >= len(want) or _made_of(text, want):
            return text
    return None


_PAPER_WORD_RE = re.compile(
    r"\b(?:report|plan|policy|strategy|update|review|statement|budget|proposal|summary)\b",
    re.IGNORECASE,
)


def _made_of(line: str, want: frozenset[str]) -> bool:
    """A title line made of a long title's words ("Peace and Justice Committee Annual
    Report 2022" for "Tom Munk …, Co-clerks of the Peace and Justice Committee, will
    present the annual report"): three at least, and nearly all of the line's."""
    have = {t for t in tokens(line) if not t.isdigit()}
    return len(have) >= 3 and len(have & want) >= max(3, 0.75 * len(have))


def _fold_outline(ctx: _Ctx, starts: list[DocStart]) -> list[DocStart]:
    """A bookmark on a contents page just before a cover sheet: one document, the cover's
    title. (Not a bookmarked paper of full pages before the next paper; a section's heading
    or bookmark there is the bookmarked paper's own.)"""
    out: list[DocStart] = []
    for s in starts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "outline"
            and 0 < s.pdf_page - prev.pdf_page <= 2
            and s.kind != "appendix"
            and (s.kind in ("heading", "outline") or _light_pages(ctx, prev.pdf_page, s.pdf_page))
        ):
            out[-1] = DocStart(prev.pdf_page, s.title or prev.title, s.kind, s.agenda_item, s.paper)
            continue
        out.append(s)
    return out


def items_from_documents(starts: list[DocStart], page_count: int) -> list[Item]:
    """No agenda in the file: one item per "Agenda Item N" stamp (or per report)."""
    stamped = [s for s in starts if s.agenda_item]
    anchors = stamped or [s for s in starts if s.kind in ("report", "minutes", "paper")]
    numbers = [s.agenda_item or str(k + 1) for k, s in enumerate(anchors)]
    # One stamp naming the wrong item shows as a duplicate after a gap ("8, 10, 10"): the first
    # of the pair takes the number just below. Start from the end so errors cannot cascade.
    for k in range(len(numbers) - 2, 0, -1):
        a, b, c = numbers[k - 1], numbers[k], numbers[k + 1]
        if a.isdigit() and b.isdigit() and b == c and int(a) + 1 < int(b):
            numbers[k] = str(int(b) - 1)
            anchors[k].agenda_item = numbers[k]
    items: list[Item] = []
    for number, s in zip(numbers, anchors, strict=True):
        items.append(Item(number=number, title=s.title or f"Item {number}"))
    return items


def reconcile(
    items: list[Item],
    page_map: PageMap,
    doc_starts: list[DocStart],
    page_count: int,
    doc: pymupdf.Document | None = None,
    *,
    agenda_pages: Sequence[int] = (),
    blanks: list[bool] | None = None,
    heads: list[list[str]] | None = None,
    outline: Sequence[OutlineEntry] = (),
    texts: Sequence[str] = (),
    wide: Sequence[bool] = (),
) -> list[str]:
    """Fill ``pdf_pages`` on items and sub-items and add their ``Document`` children.

    ``agenda_pages`` are 0-based (front sheet and agenda end before the papers start);
    ``blanks[i]`` says physical page i+1 is a blank separator; ``heads[i]`` are the first
    lines of physical page i+1 (to find an unstamped paper by its heading); ``outline`` the
    PDF's top-level bookmarks; ``texts[i]`` the text of physical page i+1 (to find a
    section's divider page); ``wide[i]`` that page i+1 is landscape. Returns the warnings.
    """
    blanks = blanks if blanks is not None else [False] * page_count
    first_paper = (max(agenda_pages) + 2) if agenda_pages else 1
    starts = [s for s in doc_starts if s.pdf_page >= first_paper]
    ctx = _Ctx(
        page_map, starts, page_count, blanks, first_paper, [], heads or [], texts=texts, wide=wide
    )
    ctx.common = _common_words(ctx)
    everything = walk_items(items)
    ctx.papers = {_norm_paper(it.paper) for it in everything if it.paper}
    ctx.papers |= {c for it in everything for c in _named_codes(it.purpose or "")}
    claimed = [it for it in everything if it.pack_pages is not None]
    if claimed:
        if not page_map.has_stamps:
            ctx.warnings.append(
                "No printed page numbers were found on the papers: the agenda's page numbers "
                "were taken as positions in the file."
            )
        shift = _detect_shift(ctx, claimed)
        if shift and not page_map.has_stamps:
            ctx.warnings.append(
                f"The agenda's page numbers were matched to the papers by their titles and "
                f"marks: pack page N is page N{shift:+d} of this file."
            )
            _infer_labels(page_map, shift, first_paper, page_count)
        elif shift:
            ctx.warnings.append(
                f"The agenda's page numbers are {abs(shift)} "
                f"{'higher' if shift < 0 else 'lower'} than the numbers printed on the papers "
                f"(the pack was probably re-issued); the ranges were corrected by {abs(shift)}."
            )
        shifts = _item_shifts(ctx, claimed, shift)
        _claimed_ranges(ctx, claimed, shifts)
        _nudge_starts(ctx, claimed)
        if len(set(shifts.values())) > 1:
            _trim_at_step(claimed)
        _follow_item_stamps(ctx, claimed)
    _align_outline(ctx, items, outline)
    _locate_unclaimed(ctx, items)
    _close_ranges(ctx, items, start_only=_start_pages_only(claimed))
    _fix_parents(items, ctx.shared_parents)
    ctx.dividers = _section_dividers(items, texts, first_paper)
    _blank_tails(ctx, items)
    _fix_parents(items, ctx.shared_parents)  # a section covers its papers' tails too
    for it in items:
        _add_documents(ctx, it)
    _check_stamps(ctx, everything)
    missing = [it for it in everything if it.paper and it.pdf_pages is None]
    if missing and any(it.pdf_pages for it in everything):
        refs = ", ".join(f"{it.paper} (item {it.number})" for it in missing)
        ctx.warnings.append(f"Not found in this file: {refs}; it may be confidential or to follow.")
    return ctx.warnings


def _check_stamps(ctx: _Ctx, everything: list[Item]) -> None:
    """'Agenda Item N' stamps that disagree with where item N was placed: say so."""
    by_number = {normalise_number(it.number): it for it in everything}
    for s in ctx.starts:
        if not s.agenda_item:
            continue
        it = by_number.get(normalise_number(s.agenda_item))
        if it is None or it.pdf_pages is None:
            continue
        if not it.pdf_pages[0] <= s.pdf_page <= it.pdf_pages[1]:
            ctx.warnings.append(
                f"Page {s.pdf_page} is marked 'Agenda Item {s.agenda_item}' but the agenda "
                f"places item {it.number} on pages {it.pdf_pages[0]}–{it.pdf_pages[1]}."
            )
