"""PackSpec: every knob of a generated pack, with realistic defaults."""

from __future__ import annotations

from dataclasses import dataclass

LAYOUTS: tuple[str, ...] = ("glued", "table", "colon", "timed", "papers", "no_agenda", "mixed")

STAMP_STYLES: tuple[str, ...] = (
    "Page {n}",
    "{n}",
    "- {n} -",
    "Page {n} of {total}",
    "Pack Page {n}",
    "{n} | Page",
)


@dataclass
class PackSpec:
    layout: str = "glued"
    n_items: int = 10  # top-level items (procedural ones included)
    seed: int = 1
    front_pages: int = 2  # unstamped front sheet pages
    stamps: str = "footer"  # "footer" | "header" | "none"
    stamp_style: str = "Page {n}"
    # Pack page of the first stamped page. None: numbering counts the front sheet and agenda
    # (unstamped) from 1, as Modern.gov packs do, so the first paper is stamped e.g. "Page 7".
    stamp_start: int | None = None
    stamp_agenda: bool = False  # agenda pages carry stamps too
    stale_offset: int = 0  # agenda ranges are this much higher than the stamps
    blank_separators: bool = False  # "This page is intentionally left blank" after papers
    agenda_item_stamps: bool = True  # "Agenda Item N" on each report's first page
    outline: str | None = None  # None | "good" | "junk"
    page_labels: bool = False  # /PageLabels matching the stamps
    appendices: bool = True
    slides: bool = False  # landscape slide decks with slide numbers
    contents_pages: bool = False  # annual reports open with "Foreword ..... 3" contents
    scanned: bool = False  # one image-only page inside a report
    glitches: bool = False  # one out-of-sequence, one garbled and one missing stamp
    agenda_only: bool = False  # front sheet + agenda only: every pdf_pages is null
    supplement: bool = False  # the last items' papers are not in this file
    target_pages: int | None = None  # pad reports with body pages to reach about this size
    meta_style: str = "labelled"  # "labelled" | "oneline" | "letter"
    range_variants: bool = True  # mix "(Page 5)", "Pages 9 to 14", next-line ranges, en dashes
    sub_items: bool = True  # one item with a), b) sub-items
    exempt_tail: bool = False  # exclusion resolution + an exempt Part II item at the end
    wrong_item_stamp: bool = False  # one report's "Agenda Item N" stamp names another item
    # Fixed wording instead of seeded choices (the bundled sample pack uses these).
    organisation: str | None = None
    body: str | None = None
    venue: str | None = None
    topics: tuple[str, ...] = ()  # agenda titles of C.TOPICS to use first, in order

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise ValueError(f"unknown layout {self.layout!r}; choose from {LAYOUTS}")
        if self.stamps not in ("footer", "header", "none"):
            raise ValueError(f"unknown stamps {self.stamps!r}")
        if self.stamp_style not in STAMP_STYLES:
            raise ValueError(f"unknown stamp_style {self.stamp_style!r}")
        if self.meta_style not in ("labelled", "oneline", "letter"):
            raise ValueError(f"unknown meta_style {self.meta_style!r}")
        if self.n_items < 4:
            raise ValueError("n_items must be at least 4")
