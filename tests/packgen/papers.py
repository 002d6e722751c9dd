"""The papers behind the agenda: cover sheets, report bodies, appendices, minutes, slides."""

from __future__ import annotations

import random

import pymupdf

from tests.packgen import content as C
from tests.packgen.draw import (
    A4,
    A4_LANDSCAPE,
    LEFT,
    RIGHT,
    TOP,
    flush,
    put,
    put_centre,
    put_right,
    text_at,
    wrap,
)
from tests.packgen.plan import DocPlan, ItemPlan, Plan
from tests.packgen.spec import PackSpec

BLANK_TEXT = "This page is intentionally left blank"
SECTION_HEADS = [
    "Background",
    "Main considerations",
    "Options",
    "Financial implications",
    "Risks",
    "Consultation",
]


class PaperWriter:
    """Appends every paper to ``doc`` and records each page's kind (for stamping and truth)."""

    def __init__(self, doc: pymupdf.Document, plan: Plan, spec: PackSpec) -> None:
        self.doc = doc
        self.plan = plan
        self.spec = spec
        self.rng = random.Random(spec.seed * 31 + 5)
        self.kinds: list[str] = []  # one per page: cover/body/appendix/slide/scanned/blank/...
        self._scan_xref = 0

    # -- pages ------------------------------------------------------------------------------
    def _page(self, kind: str, landscape: bool = False) -> pymupdf.Page:
        w, h = A4_LANDSCAPE if landscape else A4
        self.kinds.append(kind)
        return self.doc.new_page(width=w, height=h)

    def _body(self, page: pymupdf.Page, y: float, section: int, limit: float = 740) -> None:
        head = self.rng.choice(SECTION_HEADS)
        y = put(page, LEFT, y, f"{section}. {head}", "hebo", 11) + 4
        k = 1
        while True:
            lines = wrap(
                f"{section}.{k}  " + C.paragraph(self.rng, self.rng.randint(2, 4)),
                RIGHT - LEFT,
                "helv",
                10,
            )
            if y + len(lines) * 13 > limit:
                break
            y = put(page, LEFT, y, lines) + 6
            k += 1

    def cover(self, item: ItemPlan, doc: DocPlan) -> None:
        page = self._page("cover")
        m = self.plan.meeting
        topic = doc.topic
        assert topic is not None
        put(page, LEFT, TOP, m.organisation, "hebo", 13)
        y = TOP + 30
        officer = C.person(self.rng)
        # Partial packs keep "Report to:" so the meeting can be recovered from cover sheets.
        if self.rng.random() < 0.5 or self.spec.layout == "no_agenda":
            fields = [
                ("Report to:", m.body),
                ("Date:", f"{m.date.day} {m.date:%B %Y}"),
                ("Subject:", topic.formal),
                ("Report of:", f"{officer}, {C.job(self.rng)}"),
            ]
        else:
            fields = [
                ("Title", topic.formal),
                ("Date", f"{m.date.day} {m.date:%B %Y}"),
                ("Report of:", f"{officer}, {C.job(self.rng)}"),
                ("Purpose of this report:", topic.purpose),
            ]
        for label, value in fields:
            font = "hebo" if label in ("Subject:", "Title") else "helv"
            lines = wrap(value, RIGHT - LEFT - 130, font, 11)
            put(page, LEFT, y, label, "hebo", 11)
            y = put(page, LEFT + 130, y, lines, font, 11) + 6
        y += 10
        y = put(page, LEFT, y, "1. Purpose of the report", "hebo", 11) + 4
        y = (
            put(page, LEFT, y, wrap(topic.purpose + " " + C.paragraph(self.rng, 2), RIGHT - LEFT))
            + 8
        )
        y = put(page, LEFT, y, "2. Recommendations", "hebo", 11) + 4
        y = (
            put(
                page,
                LEFT,
                y,
                wrap(
                    "The committee is recommended to: (a) note the contents of "
                    "this report; and (b) agree the proposals set out in section "
                    "4.",
                    RIGHT - LEFT,
                ),
            )
            + 8
        )
        self._body(page, y + 4, 3)

    def body(self, section: int, own_number: int | None = None) -> None:
        page = self._page("body")
        self._body(page, TOP, section)
        if self.spec.running_heads:
            m = self.plan.meeting
            text_at(page, LEFT, 40, f"{m.body} – {m.date.day} {m.date:%B %Y}", "heit", 8)
        if self.spec.footer_text:
            # Same baseline as a centred pack stamp: extraction may glue them into one line.
            text_at(page, LEFT, page.rect.height - 24, "OFFICIAL", "hebo", 9)
        if own_number is not None and self.spec.doc_page_numbers:
            # The report's own numbering, opposite the pack stamp: two numberings on a page.
            y = page.rect.height - 24
            if self.spec.stamp_align == "right":
                text_at(page, LEFT - 16, y, str(own_number), "helv", 9)
            else:
                put_right(page, RIGHT + 16, y, str(own_number), "helv", 9)

    def contents(self, doc: DocPlan) -> None:
        page = self._page("contents")
        y = put(page, LEFT, TOP, doc.title, "hebo", 14) + 10
        y = put(page, LEFT, y, "Contents", "hebo", 12) + 6
        for k, head in enumerate(
            [
                "Foreword",
                "Executive summary",
                "Our partnership",
                "Progress against priorities",
                "Case studies",
                "Priorities for next year",
            ]
        ):
            put(page, LEFT, y, head + " " + "." * 60, "helv", 11)
            put_right(page, RIGHT, y, str(3 + k * 2), "helv", 11)
            y += 20

    def appendix_first(self, doc: DocPlan) -> None:
        page = self._page("appendix")
        y = put(page, LEFT, TOP, doc.title, "hebo", 14) + 10
        shape = page.new_shape()
        for row in range(8):
            top = y + row * 22
            shape.draw_rect(pymupdf.Rect(LEFT, top, RIGHT, top + 22))
            label = (
                ["Measure", "Target", "Actual", "RAG"]
                if row == 0
                else [
                    self.rng.choice(["Visits", "Requests", "Cases closed", "Responses"]),
                    str(self.rng.randint(100, 900)),
                    str(self.rng.randint(100, 900)),
                    self.rng.choice(["Green", "Amber", "Red"]),
                ]
            )
            for col, text in enumerate(label):
                text_at(
                    page, LEFT + 6 + col * 120, top + 15, text, "hebo" if row == 0 else "helv", 10
                )
        shape.finish(color=(0, 0, 0), width=0.6)
        shape.commit()
        y += 8 * 22 + 20
        put(page, LEFT, y, wrap(C.paragraph(self.rng, 3), RIGHT - LEFT))

    def slide(self, doc: DocPlan, k: int) -> None:
        page = self._page("slide", landscape=True)
        page.draw_rect(page.rect, color=None, fill=(0.93, 0.95, 0.98))
        if k == 1:
            put(page, 60, 250, wrap(doc.title, 700, "hebo", 28), "hebo", 28)
            put(page, 60, 340, self.plan.meeting.organisation, "helv", 16)
        else:
            y = put(page, 60, 90, C.rng_title(self.rng), "hebo", 24) + 20
            for _ in range(4):
                y = (
                    put(
                        page,
                        80,
                        y,
                        wrap("• " + self.rng.choice(C.SENTENCES), 680, "helv", 16),
                        "helv",
                        16,
                    )
                    + 10
                )
        # A slide number where pack stamps also live: a look-alike for a stamp.
        put(page, 790, 560, str(k), "helv", 12)

    def scanned(self) -> None:
        page = self._page("scanned")
        if not self._scan_xref:
            src = pymupdf.open()
            p = src.new_page(width=A4[0], height=A4[1])
            put(p, LEFT, TOP, "Letter of support (scanned)", "hebo", 14)
            put(p, LEFT, TOP + 30, wrap(C.paragraph(self.rng, 5), RIGHT - LEFT))
            flush(src)
            pix = p.get_pixmap(dpi=50, colorspace=pymupdf.csGRAY)
            self._scan_xref = page.insert_image(page.rect, stream=pix.tobytes("png"))
            src.close()
        else:
            page.insert_image(page.rect, xref=self._scan_xref)

    def minutes(self, doc: DocPlan) -> None:
        m = self.plan.meeting
        prev = self.plan.prev_date
        page = self._page("minutes")
        y = put(page, LEFT, TOP, m.body.upper(), "hebo", 13) + 6
        y = (
            put(
                page,
                LEFT,
                y,
                wrap(
                    f"MINUTES OF THE MEETING OF THE {m.body.upper()} HELD ON "
                    f"{prev.day} {prev:%B %Y}".upper()
                    + f" AT {m.venue.upper()}",
                    RIGHT - LEFT,
                    "hebo",
                    10,
                ),
                "hebo",
                10,
            )
            + 8
        )
        y = (
            put(page, LEFT, y, wrap("Present: " + ", ".join(self.plan.members[:6]), RIGHT - LEFT))
            + 8
        )
        self._minutes_body(page, y, 1)
        for k in range(2, doc.n_pages + 1):
            self._minutes_body(self._page("body"), TOP, k * 3)

    def _minutes_body(self, page: pymupdf.Page, y: float, first: int) -> None:
        heads = [
            "Apologies",
            "Declarations of Interest",
            "Public Participation",
            "Budget update",
            "Service performance",
            "Forward work programme",
            "Urgent items",
        ]
        for k in range(first, first + 3):
            y = put(page, LEFT, y, f"{k}  {heads[(k - 1) % len(heads)]}", "hebo", 11) + 4
            y = put(page, LEFT + 20, y, wrap(C.paragraph(self.rng, 3), RIGHT - LEFT - 20)) + 4
            y = put(page, LEFT + 20, y, "Resolved:", "hebo", 10) + 2
            y = (
                put(
                    page,
                    LEFT + 20,
                    y,
                    wrap(
                        "To note the update and request a further report to a future meeting.",
                        RIGHT - LEFT - 20,
                    ),
                )
                + 10
            )

    def blank(self) -> None:
        page = self._page("blank")
        put_centre(page, 421, BLANK_TEXT, "helv", 11)

    # -- documents -------------------------------------------------------------------------
    def document(self, item: ItemPlan, doc: DocPlan) -> None:
        start = len(self.kinds)
        if doc.kind == "minutes":
            self.minutes(doc)
        elif doc.kind == "slides":
            for k in range(1, doc.n_pages + 1):
                self.slide(doc, k)
        elif doc.kind == "appendix":
            self.appendix_first(doc)
            for k in range(2, doc.n_pages + 1):
                self.body(k)
        elif doc.kind == "paper" and doc.topic is None:
            self.minutes(doc)
        else:
            n = doc.n_pages
            if doc.contents:
                self.contents(doc)
                n -= 1
            self.cover(item, doc)
            for k in range(2, n + 1):
                if doc.scanned_page is not None and k == doc.scanned_page:
                    self.scanned()
                else:
                    self.body(k + 1, own_number=k)
        doc.first, doc.last = start + 1, len(self.kinds)
        assert doc.last - doc.first + 1 == doc.n_pages, (doc.kind, doc.n_pages)

    def item(self, item: ItemPlan) -> None:
        if item.in_file and item.shares is not None:
            item.pdf_pages = item.shares.pdf_pages
        if item.in_file and item.docs:
            first = len(self.kinds) + 1
            for d in item.docs:
                self.document(item, d)
            if self.spec.blank_separators and (len(self.kinds) - first + 1) % 2 == 1:
                self.blank()
            item.pdf_pages = (first, len(self.kinds))
        for child in item.children:
            self.item(child)
        spans = [c.pdf_pages for c in item.children if c.pdf_pages]
        if spans and item.pdf_pages is None:
            item.pdf_pages = (spans[0][0], spans[-1][1])

    def write_all(self) -> None:
        for it in self.plan.items:
            self.item(it)
        flush(self.doc)
