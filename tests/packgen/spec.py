"""PackSpec: every knob of a generated pack, with realistic defaults."""

from __future__ import annotations

import random
from dataclasses import dataclass

LAYOUTS: tuple[str, ...] = ("glued", "table", "colon", "timed", "papers", "no_agenda", "mixed")

STAMP_STYLES: tuple[str, ...] = (
    "Page {n}",
    "{n}",
    "- {n} -",
    "Page {n} of {total}",
    "Pack Page {n}",
    "{n} | Page",
    "p. {n}",
)

AGENDA_HEADINGS: tuple[str, ...] = (
    "AGENDA",
    "Agenda",
    "AGENDA – PART 1",
    "Order of Business",
    "Business to be transacted",
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
    meta_style: str = "labelled"  # "labelled" | "oneline" | "letter" | "datetime"
    range_variants: bool = True  # mix "(Page 5)", "Pages 9 to 14", next-line ranges, en dashes
    sub_items: bool = True  # one item with a), b) sub-items
    exempt_tail: bool = False  # exclusion resolution + an exempt Part II item at the end
    wrong_item_stamp: bool = False  # one report's "Agenda Item N" stamp names another item
    font: str = "helv"  # "helv" (Helvetica family) | "tiro" (Times family)
    number_style: str = "plain"  # glued agendas print "5", "5." or "Item 5"
    agenda_heading: str = "AGENDA"  # "Agenda", "AGENDA – PART 1", "Order of Business"...
    stamp_align: str = "centre"  # "centre" | "left" | "right"
    doc_page_numbers: bool = False  # reports also number their own pages (two numberings)
    running_heads: bool = False  # report pages carry "Body – date" running heads
    date_style: str = "plain"  # "plain" | "ordinal" ("Monday, 15th June 2026") | "comma"
    clock_style: str = "dot"  # "dot" (2.00 pm) | "compact" (2.00pm) | "short" (2pm) | "colon"
    leaders: bool = False  # colon agendas: "Title ........ 9 - 14" leader dots to the range
    sub_style: str = "a)"  # glued sub-item labels: "a)" | "(a)"
    item_stamp_style: str = "Agenda Item {n}"  # or "Agenda item: {n}", "Item {n}"
    org_on_front: bool = True  # False: the front sheet does not print the organisation
    shared_doc: bool = False  # sub-items a) and b) share one report
    footer_text: bool = False  # report pages carry "OFFICIAL" on the stamp's baseline
    stamp_blanks: bool = False  # blank separator pages carry stamps too
    missing_ranges: bool = False  # every third item with papers prints no page range
    broken_stamps: bool = False  # some stamps / "Agenda Item" marks split as "P" + "age 5"
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
        if self.date_style not in ("plain", "ordinal", "comma"):
            raise ValueError(f"unknown date_style {self.date_style!r}")
        if self.clock_style not in ("dot", "compact", "short", "colon"):
            raise ValueError(f"unknown clock_style {self.clock_style!r}")
        if self.sub_style not in ("a)", "(a)"):
            raise ValueError(f"unknown sub_style {self.sub_style!r}")
        if self.font not in ("helv", "tiro"):
            raise ValueError(f"unknown font {self.font!r}")
        if self.number_style not in ("plain", "dot", "item"):
            raise ValueError(f"unknown number_style {self.number_style!r}")
        if self.stamp_align not in ("centre", "left", "right"):
            raise ValueError(f"unknown stamp_align {self.stamp_align!r}")
        if self.meta_style not in ("labelled", "oneline", "letter", "datetime"):
            raise ValueError(f"unknown meta_style {self.meta_style!r}")
        if self.n_items < 4:
            raise ValueError("n_items must be at least 4")
        if "{n}" not in self.item_stamp_style:
            raise ValueError("item_stamp_style needs {n}")
        if self.front_pages < 1:
            raise ValueError("front_pages must be at least 1 (the front sheet)")
        if self.target_pages is not None and not 5 <= self.target_pages <= 600:
            raise ValueError("target_pages must be between 5 and 600")


def random_spec(seed: int) -> PackSpec:
    """A seeded random mixture of knobs, for fuzzing the engine beyond the golden matrix."""
    rng = random.Random(seed)
    layout = rng.choice(LAYOUTS)
    stale = rng.choice([0, 0, 0, 2, 1, -1]) if layout not in ("papers", "no_agenda") else 0
    only_agenda = layout not in ("papers", "no_agenda") and rng.random() < 0.08
    return PackSpec(
        layout=layout,
        n_items=rng.randint(6, 16),
        seed=seed,
        front_pages=rng.randint(1, 3),
        stamps=rng.choice(["footer", "footer", "header", "none"]),
        stamp_style=rng.choice(STAMP_STYLES),
        stamp_start=rng.choice([None, None, 1, rng.randint(2, 300)]),
        stamp_agenda=rng.random() < 0.3,
        stale_offset=stale,
        blank_separators=rng.random() < 0.5,
        agenda_item_stamps=rng.random() < 0.7,
        outline=rng.choice([None, None, "good", "junk"]),
        page_labels=rng.random() < 0.2,
        slides=rng.random() < 0.4,
        contents_pages=rng.random() < 0.4,
        scanned=rng.random() < 0.3,
        glitches=rng.random() < 0.4,
        agenda_only=only_agenda,
        supplement=not only_agenda and layout != "no_agenda" and rng.random() < 0.1,
        target_pages=rng.choice([None, None, rng.randint(30, 250)]),
        meta_style=rng.choice(["labelled", "oneline", "letter", "datetime"]),
        font=rng.choice(["helv", "helv", "tiro"]),
        number_style=rng.choice(["plain", "plain", "dot", "item"]),
        agenda_heading=rng.choice(AGENDA_HEADINGS),
        stamp_align=rng.choice(["centre", "centre", "left", "right"]),
        doc_page_numbers=rng.random() < 0.4,
        running_heads=rng.random() < 0.3,
        date_style=rng.choice(["plain", "plain", "ordinal", "comma"]),
        clock_style=rng.choice(["dot", "dot", "compact", "short", "colon"]),
        leaders=rng.random() < 0.5,
        sub_style=rng.choice(["a)", "(a)"]),
        item_stamp_style=rng.choice(["Agenda Item {n}", "Agenda Item {n}", "Agenda item: {n}"]),
        org_on_front=rng.random() < 0.8,
        shared_doc=rng.random() < 0.2,
        footer_text=rng.random() < 0.3,
        stamp_blanks=rng.random() < 0.3,
        missing_ranges=rng.random() < 0.2,
        broken_stamps=rng.random() < 0.25,
        sub_items=rng.random() < 0.6,
        exempt_tail=rng.random() < 0.3,
        wrong_item_stamp=rng.random() < 0.2,
    )
