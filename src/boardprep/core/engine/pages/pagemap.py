"""Printed pack-page stamps -> physical pages, by a monotone offset model.

Each page's header and footer band lines are taken from the one shared extraction per page
(clipping the extraction to the bands saves nothing: MuPDF interprets the whole page either
way) and every number that looks like a stamp becomes a weighted candidate ``offset = physical -
printed``. A Viterbi pass over the pages then picks one offset per page: matching a candidate
earns its weight, changing offset costs more than a single stray number earns, so out-of-order
stamps, slide numbers and list numbers are outvoted by the long consistent run, and unstamped
pages (front sheet, blank separators, images) take the offset of their neighbours.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import pymupdf

from boardprep.core.engine.pages.textlayer import ZERO_WIDTH
from boardprep.core.engine.vocabulary import PAGE_OF_WORD, PAGE_WORD
from boardprep.core.pagebudget import page_too_heavy

_WIDE_GAP = re.compile(r"\s{6,}")
BAND = 0.12  # fraction of the page height read at the top and at the bottom
_SWITCH_COST = 3.5  # an offset change must be backed by more than one strong stamp
_MAX_STATES = 12
_MIN_RUN_MATCHES = 2  # a segment needs this many matching stamps to be trusted

# (pattern, weight); each pattern is tried on one visual cell of a band line.
_PATTERNS: list[tuple[re.Pattern[str], float]] = [
    (re.compile(r"^pack\s*page\s*(\d{1,4})$", re.I), 3.0),
    (re.compile(r"^(?:p\s?age|tudalen)\s*(\d{1,4})$", re.I), 2.0),  # Welsh: "Tudalen 5"
    (re.compile(r"^(\d{1,4})\s*\|\s*p\s?a\s?g\s?e$", re.I), 2.0),  # Word's "3 | P a g e"
    (re.compile(r"^page\s*\|\s*(\d{1,4})$", re.I), 2.0),
    (re.compile(r"^p\.\s*(\d{1,4})$", re.I), 1.5),
    (re.compile(r"^[-–—]\s*(\d{1,4})\s*[-–—]$"), 1.5),
    (re.compile(r"^(\d{1,4})$"), 1.0),
    (re.compile(r"^[-–—•]\s*(\d{1,4})\s*[•·]"), 0.8),  # "- 46 • …": stamp glued to a bullet
    (re.compile(r"^(\d{1,4})\s*\|$"), 0.5),  # "4 |": usually a slide number
]
# "Page 7 of 120", and the bare "7 of 120" some systems print; European papers' "Sida 7 av 120",
# "Página 7 de 120" (their connectives only after the word for page).
_PAGE_OF = re.compile(
    r"^(?:p\s?age\s*)?(\d{1,4})\s*of\s*(\d{1,4})$"
    rf"|^{PAGE_WORD}\s*(\d{{1,4}})\s*{PAGE_OF_WORD}\s*(\d{{1,4}})$",
    re.I,
)
_PAGE_ANYWHERE = re.compile(r"(?:^|\s)(?:pack\s*)?page\s*(\d{1,4})(?!\d)(?!\s*(?:of|[a-z]))", re.I)


@dataclass
class PageMap:
    """Printed pack page per physical page, both 1-based in the public methods."""

    labels: list[int | None]
    stamped: list[bool] = field(default_factory=list)  # the page carries its own stamp
    warnings: list[str] = field(default_factory=list)
    source: str = "stamps"  # "stamps", "page-labels" or "none"

    @property
    def has_stamps(self) -> bool:
        return any(self.stamped)

    @property
    def page_count(self) -> int:
        return len(self.labels)

    def label(self, pdf_page: int) -> int | None:
        if 1 <= pdf_page <= len(self.labels):
            return self.labels[pdf_page - 1]
        return None

    def physical(self, pack_page: int) -> int | None:
        """The physical page stamped ``pack_page``; a stamped page wins over an inferred one."""
        # list.index scans in C: reconcile asks this hundreds of times on a big pack.
        labels = self.labels
        try:
            i = first = labels.index(pack_page)
        except ValueError:
            return None
        if not self.stamped:
            return i + 1
        while not self.stamped[i]:
            try:
                i = labels.index(pack_page, i + 1)
            except ValueError:
                return first + 1
        return i + 1

    def range_to_physical(self, first: int, last: int) -> tuple[int | None, int | None]:
        return self.physical(first), self.physical(last)

    @property
    def label_span(self) -> tuple[int, int] | None:
        known = [x for x in self.labels if x is not None]
        return (min(known), max(known)) if known else None


@dataclass(slots=True)
class VisualLine:
    """Words on one baseline; ``cells`` splits them at wide gaps (table cells, corners)."""

    text: str
    cells: list[str]
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass
class PageScan:
    """What the page-side stages need from one page, from a single text extraction."""

    index: int  # 0-based
    width: float
    height: float
    lines: list[VisualLine]
    char_count: int  # 0 on a page without a text layer (blank or scanned)
    heavy: bool = False  # not read: its content is far beyond any real page's
    damaged: bool = False  # MuPDF could not load it (a broken page in a damaged file)

    def band(self, fraction: float = BAND) -> list[VisualLine]:
        lo, hi = self.height * fraction, self.height * (1 - fraction)
        return [ln for ln in self.lines if ln.y1 <= lo + 2 or ln.y0 >= hi - 2]

    def top(self, fraction: float = 0.4) -> list[VisualLine]:
        return [ln for ln in self.lines if ln.y0 < self.height * fraction]


def _page_rows(page: pymupdf.Page) -> PageScan:
    """Lines of the page from MuPDF's blocks: its C layout analysis, no per-word Python work.

    Each block line becomes a line of its own (a stamp in a corner is its own block, so it
    stays its own cell); the y position of a block's lines is interpolated from the block box.
    """
    # Text off the page is dropped by block here, not by MuPDF's mediabox clip (which costs a
    # tenth of the extraction: every glyph is tested).
    textpage = page.get_textpage(flags=0)
    blocks = textpage.extractBLOCKS()
    r = page.rect
    # A page turned by /Rotate (a landscape table in a portrait pack) gives its blocks in the
    # unturned page's space: turn them as the reader sees the page, where "top" is the top.
    turn = page.rotation_matrix if page.rotation else None
    lines: list[VisualLine] = []
    chars = 0
    spread: set[int] = set()  # blocks whose lines sit far apart: read line by line
    for x0, y0, x1, y1, text, no, btype in blocks:
        if turn is not None:
            x0, y0, x1, y1 = pymupdf.Rect(x0, y0, x1, y1).transform(turn).normalize()
        if btype != 0 or x1 <= r.x0 or x0 >= r.x1 or y1 <= r.y0 or y0 >= r.y1:
            continue
        parts = [t for t in map(str.strip, text.translate(ZERO_WIDTH).split("\n")) if t]
        if not parts:
            continue
        step = (y1 - y0) / len(parts)
        if step > _SPREAD_STEP and turn is None:
            spread.add(no)
            chars += sum(map(len, parts))
            continue
        for k, t in enumerate(parts):
            chars += len(t)
            ly0 = y0 + k * step
            lines.append(VisualLine(t, [t], x0, ly0, x1, ly0 + step))
    if spread:
        lines += _spread_lines(textpage, spread)
    lines.sort(key=lambda ln: (round(ln.y0), ln.x0))
    return PageScan(page.number, r.width, r.height, lines, chars)


# Points between the lines of one block, interpolated, beyond which they are not one
# paragraph: a cover's text frame ("PREPARED FOR:" at the top of a frame whose next line
# sits a third of the page lower) would give each line a third of the page's height.
_SPREAD_STEP = 40.0


def _spread_lines(textpage: pymupdf.TextPage, numbers: set[int]) -> list[VisualLine]:
    """The lines of blocks ``numbers`` at their own positions (one more extraction of the
    page's text, with line boxes: only pages with such a block pay for it)."""
    out: list[VisualLine] = []
    for block in textpage.extractDICT()["blocks"]:
        if block.get("number") not in numbers:
            continue
        for line in block.get("lines", []):
            t = "".join(s["text"] for s in line["spans"]).translate(ZERO_WIDTH).strip()
            if t:
                x0, y0, x1, y1 = line["bbox"]
                out.append(VisualLine(t, [t], x0, y0, x1, y1))
    return out


def scan_page(page: pymupdf.Page) -> PageScan:
    """One extraction of the page: its lines in reading order and its character count.

    A page over the content budget (see ``pagebudget``) is not read: it scans as empty and
    ``heavy``."""
    if page_too_heavy(page):
        r = page.rect
        return PageScan(page.number, r.width, r.height, [], 0, heavy=True)
    return _page_rows(page)


def scan_pages(
    doc: pymupdf.Document, progress: Callable[[int, int], None] | None = None
) -> list[PageScan]:
    """One text extraction per page, shared by the page map and the document finder."""
    out: list[PageScan] = []
    n = doc.page_count
    for i in range(n):
        try:
            out.append(scan_page(doc[i]))
        except Exception:  # a broken page in a repaired file: treat it as blank
            out.append(PageScan(i, 595.0, 842.0, [], 0, damaged=True))
        if progress and (i % 20 == 19 or i == n - 1):
            progress(i + 1, n)
    return out


def band_cells(scan: PageScan, apart: bool = False) -> list[str]:
    """Cells of the header and footer lines, with stamps broken as "P" / "age 5" re-joined.
    ``apart``: a line's runs of spaces part cells too (a running head with "3 | P a g e" at
    its right margin, one line of text)."""
    rows = [list(ln.cells) for ln in scan.band()]
    if apart:
        rows = [[c for cell in cells for c in _WIDE_GAP.split(cell)] for cells in rows]
    cells: list[str] = []
    for k, texts in enumerate(rows):
        if k + 1 < len(rows) and texts and texts[-1] in ("P", "Pa"):
            nxt = rows[k + 1]
            if nxt and re.match(r"^(age|ge)\s*\d", nxt[0]):
                nxt[0] = texts[-1] + nxt[0]
                texts.pop()
        cells.extend(texts)
    return cells


def stamp_candidates(cells: list[str], page_count: int) -> dict[int, float]:
    """Printed page numbers a page's band cells may carry, with their weights."""
    out: dict[int, float] = {}

    def add(v: int, w: float) -> None:
        if 1 <= v <= page_count + 1500 and not 1900 <= v <= 2100:
            out[v] = max(out.get(v, 0.0), w)

    for raw in cells:
        cell = " ".join(raw.split()).strip(" .,;:")
        if not cell:
            continue
        m = _PAGE_OF.match(cell)
        if m:
            n, of = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            # "Page 3 of 14" restarting per paper is not the pack's numbering.
            if int(of) >= max(page_count * 0.6, 2):
                add(int(n), 2.5)
            continue
        for pat, w in _PATTERNS:
            m = pat.match(cell)
            if m:
                add(int(m.group(1)), w)
                break
        else:
            # "Page 69" inside a longer footer cell ("Date of issue … Page 69").
            for m in _PAGE_ANYWHERE.finditer(cell):
                add(int(m.group(1)), 1.2)
    return out


def _page_label_candidates(doc: pymupdf.Document) -> list[dict[int, float]] | None:
    """Numeric /PageLabels as candidates, when the catalogue has them."""
    try:
        if not doc.get_page_labels():
            return None
    except Exception:
        return None
    out: list[dict[int, float]] = []
    numeric = 0
    for page in doc.pages():
        try:
            lab = page.get_label().strip()
        except Exception:  # pages before the first label range have no label
            lab = ""
        m = re.search(r"(\d{1,4})$", lab)
        if m:
            numeric += 1
            out.append({int(m.group(1)): 2.5})
        else:
            out.append({})
    if numeric < max(2, doc.page_count // 2):
        return None
    # Labels that restart ("1, 2, 3" per section) are not one pack numbering.
    values = [next(iter(c)) for c in out if c]
    if any(b <= a for a, b in itertools.pairwise(values)):
        return None
    return out


def build_page_map(doc: pymupdf.Document, scans: list[PageScan] | None = None) -> PageMap:
    n = doc.page_count
    if scans is None:
        scans = scan_pages(doc)
    cands = [stamp_candidates(band_cells(s, apart=True), n) for s in scans]
    for s, c in zip(scans, cands, strict=True):
        if s.width > s.height:  # landscape slides: bare numbers are slide numbers, mostly
            for v, w in c.items():
                if w <= 1.0:
                    c[v] = w / 2
    source = "stamps"
    labelled = _page_label_candidates(doc)
    if labelled is not None and not _labels_agree(fit_page_map([dict(c) for c in cands]), labelled):
        labelled = None  # consistent printed stamps win over labels that say otherwise
    if labelled is not None:
        for c, lc in zip(cands, labelled, strict=True):
            for v, w in lc.items():
                c[v] = c.get(v, 0.0) + w
        source = "page-labels"
    return fit_page_map(cands, source=source)


def _labels_agree(stamps: PageMap, labelled: list[dict[int, float]]) -> bool:
    """True unless the pages' own stamps mostly contradict the /PageLabels."""
    checked = agree = 0
    for lab, st, lc in zip(stamps.labels, stamps.stamped, labelled, strict=True):
        if st and lab is not None and lc:
            checked += 1
            agree += lab in lc
    return checked < 3 or agree * 2 >= checked


def _drop_restarts(labels: list[int | None], stamped: list[bool]) -> None:
    """Numbering that starts again (each paper's own "1, 2, 3") is not the pack's.

    Runs are split where a stamped label is lower than the one before. One restart keeps
    the run with more stamps; more than one means per-document numbering: nothing is kept.
    """
    runs: list[list[int]] = [[]]
    last: int | None = None
    for i, (lab, st) in enumerate(zip(labels, stamped, strict=True)):
        if not st or lab is None:
            continue
        if last is not None and lab < last:
            runs.append([])
        runs[-1].append(i)
        last = lab
    if len(runs) == 1:
        return
    keep = max(runs, key=len) if len(runs) == 2 else []
    lo, hi = (keep[0], keep[-1]) if keep else (len(labels), -1)
    for i in range(len(labels)):
        if not lo <= i <= hi:
            labels[i] = None
            stamped[i] = False


def fit_page_map(cands: list[dict[int, float]], source: str = "stamps") -> PageMap:
    """Fit the monotone offset model to per-page candidates (index 0 = physical page 1)."""
    n = len(cands)
    votes: dict[int, float] = defaultdict(float)
    for i, c in enumerate(cands):
        for v, w in c.items():
            votes[i + 1 - v] += w
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])[:_MAX_STATES]  # as most_common()
    states = [d for d, w in ranked if w >= 2.0]
    if not states:
        return PageMap([None] * n, [False] * n, [], "none")
    offsets = _best_offsets(cands, states)
    stamped = [(i + 1 - offsets[i]) in cands[i] for i in range(n)]
    labels: list[int | None] = [i + 1 - offsets[i] for i in range(n)]
    _drop_weak_runs(offsets, labels, stamped)
    _drop_restarts(labels, stamped)
    # Unstamped pages before the first and after the last stamp: extrapolate, never below 1;
    # an inferred label that collides with a stamped page's label is dropped.
    stamped_labels = {labels[i] for i in range(n) if stamped[i]}
    for i in range(n):
        lab = labels[i]
        if lab is not None and (lab < 1 or (not stamped[i] and lab in stamped_labels)):
            labels[i] = None
    n_stamped = sum(stamped)
    strongest = max(
        (cands[i][lab] for i in range(n) if stamped[i] and (lab := labels[i]) is not None),
        default=0.0,
    )
    # A short run of bare numbers (a slide deck, a numbered list) is not a pack numbering.
    if n_stamped == 0 or (n_stamped < max(4, n * 0.2) and strongest < 1.5):
        return PageMap([None] * n, [False] * n, [], "none")
    return PageMap(labels, stamped, _map_warnings(cands, offsets, stamped), source)


def _best_offsets(cands: list[dict[int, float]], states: list[int]) -> list[int]:
    """Viterbi over offsets (physical minus printed). Offsets may change anywhere (inserted or
    removed pages), at a cost."""
    n, k = len(cands), len(states)
    score = [0.0] * k
    back: list[list[int]] = []
    for i in range(n):
        c = cands[i]
        emit = [c.get(i + 1 - d, 0.0) for d in states]
        best_prev = max(range(k), key=lambda j: score[j])
        new = [0.0] * k
        ptr = [0] * k
        for s in range(k):
            stay = score[s]
            switch = score[best_prev] - _SWITCH_COST
            if switch > stay:
                new[s], ptr[s] = switch + emit[s], best_prev
            else:
                new[s], ptr[s] = stay + emit[s], s
        score = new
        back.append(ptr)
    s = max(range(k), key=lambda j: score[j])
    path = [0] * n
    for i in range(n - 1, -1, -1):
        path[i] = s
        s = back[i][s]
    return [states[s] for s in path]


def _drop_weak_runs(offsets: list[int], labels: list[int | None], stamped: list[bool]) -> None:
    """Segments of one offset with too little evidence are not trusted."""
    n = len(offsets)
    i = 0
    while i < n:
        j = i
        while j + 1 < n and offsets[j + 1] == offsets[i]:
            j += 1
        if sum(stamped[i : j + 1]) < _MIN_RUN_MATCHES:
            for t in range(i, j + 1):
                labels[t] = None
                stamped[t] = False
        i = j + 1


def _map_warnings(
    cands: list[dict[int, float]], offsets: list[int], stamped: list[bool]
) -> list[str]:
    n = len(cands)
    warnings: list[str] = []
    ignored = sum(
        1 for i in range(n) if cands[i] and not stamped[i] and max(cands[i].values()) >= 1.5
    )
    if ignored:
        warnings.append(
            f"{ignored} page number stamp(s) did not fit the pack's numbering and were ignored."
        )
    changes = sum(1 for a, b in itertools.pairwise(offsets) if a != b)
    if changes > 3:
        warnings.append(
            "The printed page numbers jump in several places; page references may be inexact."
        )
    if sum(stamped) < n * 0.3:
        warnings.append(
            "Few pages carry a printed page number; pack page numbers were partly inferred."
        )
    return warnings
