"""Text recognition (Tesseract) for scanned or garbled pages.

Recognition runs the `tesseract` program as processes of one thread each (see ``_Run``).
The pages the agenda search reads are recognised whole where they are images without a text
layer (1.2-1.7 s a page). When the agenda itself was a scan, the papers' pages are scanned
too: only their tops are recognised (where a paper's title, "Minutes" or "Resolution No."
stand; about 0.5 s a page), and at most ``MAX_TOP_OCR_PAGES`` of them, so a scanned pack of
300 pages is never read whole. Without Tesseract the engine says so in a warning instead.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import subprocess
import sys
from collections import deque
from collections.abc import Callable
from dataclasses import replace

import pymupdf

from boardprep.core.engine.pages.pagemap import PageScan, scan_page
from boardprep.core.engine.pages.textlayer import Line, PageLines, page_lines
from boardprep.core.engine.vocabulary import MONTHS
from boardprep.core.pagebudget import page_too_heavy

OCR_DPI = 200  # measured: 150 misreads small print in agenda tables, 300 doubles the time
MAX_OCR_PAGES = 8  # front sheet + agenda; papers are never recognised
MAX_OCR_EXTRA = 3  # more pages while a recognised agenda runs on over the budget's end
MAX_TOP_OCR_PAGES = 40  # a scanned pack's papers: their tops, ~0.5 s a page
TOP_OCR_DPI = 150  # a paper's title is set large; 200 dpi took a third longer
# An agenda page is read as one block of text, in colour (measured on the corpus's scanned
# agendas): Tesseract's automatic layout (the program's default) dropped item numbers set
# apart from their titles ("7." before "SRO/DARE Vehicle Replacement") and page references
# in the margin, and grey made red references too faint to be read.
AGENDA_LAYOUT = "6"  # Tesseract's page segmentation mode: a single uniform block of text
TOP_FRACTION = 0.4  # of the page's height: where papers' titles and item marks stand

NOT_INSTALLED = (
    "Text recognition (OCR) is not installed, so the scanned pages could not be read: install "
    "Tesseract (on Debian/Ubuntu: sudo apt-get install tesseract-ocr) and open the pack again."
)


@functools.cache
def tessdata() -> str | None:
    """Tesseract's language folder, or None when Tesseract is not installed. The program
    itself is needed (recognition runs it), not only its language data."""
    if shutil.which("tesseract") is None:
        return None
    env = os.environ.get("TESSDATA_PREFIX")
    if env and os.path.isdir(env):
        return env
    try:
        found = pymupdf.get_tessdata()
    except Exception:  # PyMuPDF raises when it cannot find the folder
        return None
    return found if found and os.path.isdir(found) else None


def ocr_available() -> bool:
    return tessdata() is not None


def garbled(text: str) -> bool:
    """Text from fonts without a character map: control characters where letters should be,
    or every space read as a quote or "!" ("Formal'notice'for", "The!Cookhouse!")."""
    chars = [c for c in text if not c.isspace()]
    if len(chars) < 20:
        return False
    # (A control code between every two glyph codes, "\x009\x00R\x00W", is half of them.)
    readable = sum(1 for c in chars if c.isprintable() and c != "\ufffd")
    if readable < 0.7 * len(chars):
        return True
    glued = len(_GLUED_RE.findall(text))
    if glued >= 15 and glued > text.count(" "):
        return True
    # A font whose ligatures map to stray signs ("mee=ng", "resolu=ons" for "ti").
    return len(_LIGATURE_HOLE_RE.findall(text)) >= 5


_GLUED_RE = re.compile(r"(?<=\w)['!](?=\w)")
_LIGATURE_HOLE_RE = re.compile(r"(?<=[a-z])=(?=[a-z])")


def is_scanned(page: pymupdf.Page, lines: PageLines) -> bool:
    """A page whose text must be recognised: an image without text, or text that is garbled."""
    text = "\n".join(ln.text for ln in lines.lines)
    if garbled(text):
        return True
    return len(text) <= 10 and draws_image(page)


# Filled shapes on a page without text beyond any chart's: its words drawn as outlines (a PDF
# tool's "convert text to curves"; a Pakistani insurer's AGM notice had 2,700 of them).
_GLYPH_OUTLINES = 400


def draws_image(page: pymupdf.Page) -> bool:
    """The page paints a picture of its text: an image of its own, or one inside a pattern or
    form (a browser printed through macOS paints each page as a tiling pattern of its
    picture), or its letters as filled outlines. A page over the content budget is never run
    (a content bomb would take seconds), nor recognised."""
    try:
        if page_too_heavy(page):
            return False
        if page.get_images():
            return True
        kinds = [k for k, _ in page.get_bboxlog()]
        return "fill-image" in kinds or kinds.count("fill-path") >= _GLYPH_OUTLINES
    except Exception:  # a damaged page is not evidence either way
        return False


def ocr_lines(page: pymupdf.Page) -> PageLines | None:
    """The page's lines as Tesseract reads them, or None (not installed, or it failed)."""
    return AgendaOcr().lines(page)


class AgendaOcr:
    """Recognises agenda pages one after another, the next one read ahead: while the page
    asked for is read, Tesseract already reads the page after it in a process of its own
    (a scanned agenda runs on over pages; a page read ahead and never asked for is
    stopped by ``close``)."""

    def __init__(self) -> None:
        self.folder = tessdata()
        self._ahead: dict[int, _Run | None] = {}

    def lines(self, page: pymupdf.Page) -> PageLines | None:
        """The page's lines as Tesseract reads them, or None (not installed, or it failed)."""
        if self.folder is None:
            return None
        run = self._ahead.pop(page.number) if page.number in self._ahead else self._start(page)
        return _agenda_lines(page, run.result() if run else None)

    def ahead(self, page: pymupdf.Page) -> None:
        """Start reading ``page`` now: ``lines`` will want it soon."""
        if self.folder is not None and page.number not in self._ahead:
            self._ahead[page.number] = self._start(page)

    def close(self) -> None:
        for run in self._ahead.values():
            if run is not None:
                run.cancel()
        self._ahead.clear()

    def _start(self, page: pymupdf.Page) -> _Run | None:
        try:
            png = page.get_pixmap(dpi=OCR_DPI, alpha=False).tobytes()
        except Exception:  # MuPDF cannot draw the page: it stays unread
            return None
        assert self.folder is not None
        return _Run(png, OCR_DPI, self.folder, ["--psm", AGENDA_LAYOUT])


def _agenda_lines(page: pymupdf.Page, pdf: bytes | None) -> PageLines | None:
    """The agenda page's lines from Tesseract's page of its words (``pdf``)."""
    if pdf is None:
        return None
    r = page.rect
    try:
        with pymupdf.open("pdf", pdf) as read:
            words = read[0]  # held: a text page keeps only a weak reference to its page
            got = page_lines(words, textpage=words.get_textpage())
    except Exception:  # Tesseract wrote a page MuPDF cannot read: it stays unread
        return None
    # The picture shows the page as the reader sees it (turned, if it is): its words are
    # placed in that space, scaled from the picture's size to the page's.
    sx, sy = r.width / max(got.width, 1.0), r.height / max(got.height, 1.0)
    for ln in got.lines:
        ln.x0, ln.x1 = ln.x0 * sx, ln.x1 * sx
        ln.y0, ln.y1, ln.size = ln.y0 * sy, ln.y1 * sy, ln.size * sy
        ln.spans = [replace(sp, x0=sp.x0 * sx, x1=sp.x1 * sx, size=sp.size * sy) for sp in ln.spans]
    lines = PageLines(page.number, r.width, r.height, got.lines, ocr=True)
    mend(lines)
    return lines


def recognise_paper_tops(
    doc: pymupdf.Document,
    scans: list[PageScan],
    skip: set[int],
    report: Callable[[int, int], None] | None = None,
) -> list[int]:
    """Replace the scans of scanned pages (images without text, outside ``skip``) by their
    recognised tops, in place; the 0-based pages recognised. Pages beyond the first
    ``MAX_TOP_OCR_PAGES`` such pages stay unread."""
    folder = tessdata()
    if folder is None:
        return []
    todo = [
        s.index
        for s in scans
        if s.index not in skip
        and s.char_count == 0
        and not s.heavy
        # Pages shown turned are left: measured on the corpus, recognising them cost a fire
        # district's packets a minute (sideways tables) and moved a township's items wrongly.
        and not doc[s.index].rotation
        and draws_image(doc[s.index])
    ][:MAX_TOP_OCR_PAGES]
    done: list[int] = []
    # Pictures are drawn here (PyMuPDF stays on the PDF's thread) and read by Tesseract
    # processes side by side: as one is read, the next starts.
    waiting: deque[tuple[int, _Run | None]] = deque()
    later = iter(todo)

    def start_next() -> None:
        i = next(later, None)
        if i is not None:
            png = _top_picture(doc[i])
            waiting.append((i, _Run(png, TOP_OCR_DPI, folder) if png else None))

    try:
        for _ in range(ocr_workers()):
            start_next()
        for k in range(len(todo)):
            if report:
                report(k, len(todo))  # (raises when the user stops the loading)
            i, run = waiting.popleft()
            pdf = run.result() if run else None
            start_next()
            top = _recognised_top(doc[i], pdf)
            if top is not None and top.char_count:
                scans[i] = top
                done.append(i)
    finally:  # stopped part-way: no process reads on for nobody
        for _i, left in waiting:
            if left is not None:
                left.cancel()
    return done


def ocr_workers() -> int:
    """Tesseract processes run at once: one per core, at most four (they run below the
    window's priority, so it keeps its turn); ``BOARDPREP_OCR_WORKERS`` overrides it. Two
    on two cores read a library board's scanned packet in 19 s instead of 28 s."""
    try:
        asked = int(os.environ.get("BOARDPREP_OCR_WORKERS", "0"))
    except ValueError:
        asked = 0
    return asked if asked > 0 else max(1, min(4, os.cpu_count() or 1))


def _top_clip(page: pymupdf.Page) -> pymupdf.Rect:
    r = page.rect
    return pymupdf.Rect(0, 0, r.width, r.height * TOP_FRACTION)


def _top_picture(page: pymupdf.Page) -> bytes | None:
    """The page's top ``TOP_FRACTION`` drawn in grey, or None where MuPDF cannot draw it."""
    try:
        pix = page.get_pixmap(dpi=TOP_OCR_DPI, clip=_top_clip(page), colorspace=pymupdf.csGRAY)
        return pix.tobytes()
    except Exception:
        return None


def _recognised_top(page: pymupdf.Page, pdf: bytes | None) -> PageScan | None:
    """The page's top as Tesseract read it (``pdf``, its words' page), in the page's own
    space; None where it read nothing."""
    if pdf is None:
        return None
    try:
        with pymupdf.open("pdf", pdf) as read:
            got = scan_page(read[0])
    except Exception:  # Tesseract wrote a page MuPDF cannot read: it stays unread
        return None
    # The recognised page is the picture's size: scale it to the part of the page it shows
    # (the clip starts at the page's top-left corner).
    clip, r = _top_clip(page), page.rect
    sx, sy = clip.width / max(got.width, 1.0), clip.height / max(got.height, 1.0)
    for ln in got.lines:
        ln.x0, ln.x1, ln.y0, ln.y1 = ln.x0 * sx, ln.x1 * sx, ln.y0 * sy, ln.y1 * sy
    return PageScan(page.number, r.width, r.height, got.lines, got.char_count)


class _Run:
    """Tesseract reading one picture, in a process started now and waited for by
    ``result``. A process, not PyMuPDF's OCR: PyMuPDF holds the interpreter's lock for the
    whole call (a second or more a page), and the window would stand still while a scanned
    pack is read (up to 4.3 s, measured); a process runs on while the window does, and a
    few of them read side by side (``ocr_workers``). It runs at a lower priority than the
    window, so they never make it lag. Its warnings ("Line cannot be recognized!!") stay
    off the terminal. The picture goes by a temporary file: a pipe would have to be fed
    while the process runs."""

    def __init__(self, png: bytes, dpi: int, folder: str, options: list[str] | None = None):
        import tempfile  # (only when a scan is read: kept off every pack's start-up)

        self.proc: subprocess.Popen[bytes] | None = None
        self.path = ""
        try:
            fd, self.path = tempfile.mkstemp(prefix="boardprep-ocr-", suffix=".png")
            command = ["tesseract", self.path, "stdout", "--tessdata-dir", folder, "-l", "eng"]
            command += ["--dpi", str(dpi), *(options or []), "-c", "textonly_pdf=1", "pdf"]
            with os.fdopen(fd, "wb") as fh:
                fh.write(png)
            self.proc = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=_child_env(),
                creationflags=getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0),  # Windows
            )
        except (OSError, subprocess.SubprocessError):
            self._forget()
            return
        if hasattr(os, "setpriority"):
            with contextlib.suppress(OSError):  # (it may have ended already)
                os.setpriority(os.PRIO_PROCESS, self.proc.pid, _NICENESS)

    def result(self) -> bytes | None:
        """The page of the picture's words, or None (Tesseract missing, failed, too slow)."""
        if self.proc is None:
            return None
        try:
            out, _err = self.proc.communicate(timeout=_TESSERACT_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.cancel()
            return None
        finally:
            self._forget()
        return out if self.proc.returncode == 0 and out.startswith(b"%PDF") else None

    def cancel(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate()
        self._forget()

    def _forget(self) -> None:
        if self.path:
            with contextlib.suppress(OSError):
                os.remove(self.path)
            self.path = ""


_NICENESS = 10  # POSIX: the window (priority 0) comes first whenever it needs the core


_TESSERACT_TIMEOUT = 60  # seconds for one page or page top: a picture Tesseract cannot finish


def _child_env() -> dict[str, str]:
    """The environment for the Tesseract program. One thread: Tesseract's own (OpenMP)
    threads made a page take 4.4 s instead of 1.6 s on two cores (measured), and the
    loader's thread and the window need a core too. The frozen app's launcher points the
    library path at its own bundled libraries, which the system's Tesseract must not load:
    give it the path the user had (PyInstaller keeps it as ``LD_LIBRARY_PATH_ORIG``)."""
    env = dict(os.environ)
    env.setdefault("OMP_THREAD_LIMIT", "1")
    if getattr(sys, "frozen", False):
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is None:
            env.pop("LD_LIBRARY_PATH", None)
        else:
            env["LD_LIBRARY_PATH"] = original
    return env


_RULE_BEFORE_PAGES_RE = re.compile(r"\s+[|\[\]{}]{1,2}\s+(?=\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*$)")
_RULE_SPAN_RE = re.compile(r"^\s*_?[|\[\]{}]{1,2}\s*$")  # a table's ruling, read as a bar
# A rule between two cells: "BOG/41/4 | To consider …"
_RULE_BETWEEN_RE = re.compile(r"\s+_?\|\s+(?=[A-Z])")
# Specks in the left margin (punched holes, staples) read as "@", "©", "bd" before a line.
_SPECK_RE = re.compile(r"^(?:[^\w\s]{1,3}|(?!(?:ii|iv|vi|ix|xi|xv|xx)$)[a-z]{2})$")


def _drop_margin_speck(ln: Line, width: float) -> None:
    """A speck read as a cell of its own far left of the line's words: not text."""
    if "\t" not in ln.text or len(ln.spans) < 2:
        return
    first, second = ln.spans[0], ln.spans[1]
    if (
        _SPECK_RE.match(first.text.strip())
        and ln.text.split("\t", 1)[0].strip() == first.text.strip()
        and first.x1 < width * 0.15
        and second.x0 - first.x1 > 15
    ):
        ln.text = ln.text.split("\t", 1)[1]
        ln.spans = ln.spans[1:]
        ln.x0 = second.x0


_FIVE_AS_S_RE = re.compile(r"^S\.\s*(?=[A-Z])")
# A 1 read as a bar or a letter: "|. To receive the accounts" first, "ll. To authorise" after 10.
_ONE_AS_BAR_RE = re.compile(r"^[|l]\.(?=\s+[A-Z])")  # not "I.": a roman one
_ELEVEN_AS_LETTERS_RE = re.compile(r"^[|lI]{2}\.(?=\s+[A-Z])")


# A bullet read as a letter before an indented note: "e June 14, 2016", "o Treasurer's Report".
_BULLET_AS_LETTER_RE = re.compile(r"^[eo°«]\s+(?=[A-Z0-9])")
# A line opening with a Roman number ("III."), or with what recognition made of one ("Vv.").
_ROMANISH_RE = re.compile(r"^(?P<num>[IVX][IVXivxYy]{0,4})[.,]\s+(?:[-–—]\s+)?(?=\S)")
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII")


def _mend_romans(lines: list[Line]) -> None:
    """A Roman column's slips: "II." between "II." and "IV." is III; "Vv." between "IV." and
    "VI." is V (recognition drops or doubles the strokes of a Roman number)."""
    marks = [
        (ln, m.group("num"), m.end())
        for ln in lines
        if (m := _ROMANISH_RE.match(ln.text)) is not None
    ]
    for k in range(1, len(marks) - 1):
        (a, na, _), (b, nb, end), (c, nc, _) = marks[k - 1], marks[k], marks[k + 1]
        if (
            na not in _ROMANS
            or nc not in _ROMANS
            or max(a.x0, b.x0, c.x0) - min(a.x0, b.x0, c.x0) > 6
        ):
            continue
        want = _ROMANS.index(na) + 1
        if (
            _ROMANS.index(nc) == want + 1
            and nb != _ROMANS[want]
            and (nb == na or nb not in _ROMANS)
        ):
            sep = "\t" if "\t" in b.text[:end] else " "
            b.text = f"{_ROMANS[want]}.{sep}{b.text[end:]}"
            marks[k] = (b, _ROMANS[want], 0)


def mend(lines: PageLines) -> None:
    """Recognition slips in recognised lines, mended in place (see ``_tidy``)."""
    last = 0  # the last item number a line opened with
    for ln in lines.lines:
        _drop_margin_speck(ln, lines.width)  # first: "· <tab> 9, Planning …" opens with "9,"
        ln.text = _BULLET_AS_LETTER_RE.sub("• ", _tidy(ln.text))
        if "\t" in ln.text and any(_RULE_SPAN_RE.match(sp.text) for sp in ln.spans):
            # A table's ruling or a box's edge read as a bar: "LINCOLN TOWNSHIP <tab> |".
            ln.spans = [sp for sp in ln.spans if not _RULE_SPAN_RE.match(sp.text)]
            cells = [c for c in ln.text.split("\t") if not _RULE_SPAN_RE.match(c)]
            ln.text = "\t".join(cells) or ln.text
        # Sizes are estimated word by word from their boxes (a tall bar, a page number or a
        # word with capitals and descenders reads big): the line's size is its middle word's.
        sizes = sorted(sp.size for sp in ln.spans if sp.text.strip())
        if sizes:
            ln.size = sizes[len(sizes) // 2]
        if last == 4 and _FIVE_AS_S_RE.match(ln.text):
            ln.text = "5" + ln.text[1:]  # "S. To consider …" after item 4: a 5 read as an S
        elif last == 0 and _ONE_AS_BAR_RE.match(ln.text):
            ln.text = "1" + ln.text[1:]
        elif last == 10 and _ELEVEN_AS_LETTERS_RE.match(ln.text):
            ln.text = "11" + ln.text[2:]
        if m := re.match(r"(\d{1,2})[.)]\s", ln.text):
            last = int(m.group(1))
    _mend_romans(lines.lines)


def _tidy(text: str) -> str:
    """Undo recognition slips that hide dates: "Tuesday29" April2014" -> "Tuesday 29 April 2014"."""
    # A superscript "th" read as a quote mark or a degree sign: 'April 9°", 2024'.
    text = re.sub(r"(?<=\d)(?:°[\"”“]?|[\"”“])", "", text)
    text = re.sub(r"(?<=\d)t[\"”“]", "th", text)  # its "h" read as a quote: "18t" March"
    text = _ORDINAL_AS_PERCENT_RE.sub(lambda m: m.group(1) + _ordinal(int(m.group(2))), text)
    text = re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[A-Z][a-z])", " ", text)
    # A table's ruling read as a bar before the page cell: "… Minutes of 29th Finance | 4-7".
    text = _RULE_BEFORE_PAGES_RE.sub("\t", text)
    text = _RULE_BETWEEN_RE.sub("\t", text)
    # Two words read as one where the space between them was narrow: "ofthe", "closure ofElm".
    text = _GLUED_SMALL_WORD_RE.sub(r"\1 ", text)
    # An item's full stop read as a comma: "1, To receive …" (not "1, 2 and 3").
    return re.sub(r"^(\d{1,2}),(?=\s+[A-Z])", r"\1.", text)


# A superscript ordinal read as a per cent sign after a month's day: "October 20% 9:45 am".
_ORDINAL_AS_PERCENT_RE = re.compile(
    rf"(\b(?:{'|'.join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))})"
    r"\.?\s+)(\d{1,2})%"
)


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


_GLUED_SMALL_WORD_RE = re.compile(
    r"\b(of|to|in|on|at|for|and|by|from|with|into)(?=the\b|[A-Z][a-z])"
)
