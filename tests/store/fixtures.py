"""Fictional agenda packs built in code, with the agenda tree an engine would find for them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from boardprep.core.model import AgendaTree, Item, Meeting, PackInfo

MEETING = Meeting("Wexcombe Borough Council", "Cabinet", "2026-03-12", "18:30", "Civic Hall")

RIVERSIDE_QUOTE = "the footbridge contract will be let in two phases"
PARKING_QUOTE = "evening charges rise to two pounds"


@dataclass
class PaperPage:
    item: str
    text: str


def _paper(item: str, title: str, n: int, extra: dict[int, str] | None = None) -> list[PaperPage]:
    pages = []
    for i in range(n):
        body = f"Report to Cabinet. {title}. Section {i + 1}. The officers recommend noting."
        if extra and i in extra:
            body += " " + extra[i]
        pages.append(PaperPage(item, body))
    return pages


# (number, title, paper pages) for the first issue and for the re-issue.
ISSUE_1 = [
    ("1", "Apologies for Absence", []),
    ("2", "Declarations of Interest", []),
    ("3", "Minutes of the Previous Meeting", _paper("3", "Minutes", 2)),
    ("4", "Riverside Regeneration Scheme", _paper("4", "Riverside", 3, {1: RIVERSIDE_QUOTE})),
    ("5", "Car Parking Charges Review", _paper("5", "Parking", 2, {0: PARKING_QUOTE})),
    ("6", "Library Service Review", _paper("6", "Libraries", 2)),
]
# Re-issue: an inserted minutes page, an urgent item 4 (renumbering the rest), the parking
# item withdrawn, and the riverside quote moved to the report's third page.
ISSUE_2 = [
    ("1", "Apologies for Absence", []),
    ("2", "Declarations of Interest", []),
    ("3", "Minutes of the Previous Meeting", _paper("3", "Minutes", 3)),
    ("4", "Urgent Item: Storm Damage Response", _paper("4", "Storm", 1)),
    ("5", "Riverside Regeneration Scheme", _paper("5", "Riverside", 3, {2: RIVERSIDE_QUOTE})),
    ("6", "Library Service Review", _paper("6", "Libraries", 2)),
]


def build_pack(path: Path, issue: list[tuple[str, str, list[PaperPage]]]) -> AgendaTree:
    """Front sheet + agenda (unstamped), then papers stamped "Page 1".. ; returns the tree."""
    doc = pymupdf.open()
    texts = [
        f"{MEETING.organisation}\nMeeting of the {MEETING.body}\nThursday 12 March 2026 at 6.30 pm",
        "AGENDA\n" + "\n".join(f"{n}. {t}" for n, t, _ in issue),
    ]
    labels: list[int | None] = [None, None]
    items = []
    for number, title, pages in issue:
        first = len(texts) + 1
        for i, pp in enumerate(pages):
            stamp = len(texts) - 1
            texts.append(f"Agenda Item {number}\n{pp.text}" if i == 0 else pp.text)
            labels.append(stamp)
        rng = (first, len(texts)) if pages else None
        pack = (labels[first - 1], labels[-1]) if pages else None
        items.append(Item(number=number, title=title, pdf_pages=rng, pack_pages=pack))  # type: ignore[arg-type]
    for i, text in enumerate(texts):
        page = doc.new_page(width=595, height=842)
        page.insert_textbox(pymupdf.Rect(60, 60, 535, 760), text, fontsize=11)
        if labels[i] is not None:
            page.insert_text((280, 810), f"Page {labels[i]}", fontsize=9)
    doc.save(str(path))
    doc.close()
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    return AgendaTree(
        pack=PackInfo(path=str(path), sha256=sha, pages=len(texts)),
        meeting=Meeting(**MEETING.to_json()),
        items=items,
        page_labels=labels,
    )


def page_texts(path: Path) -> list[str]:
    with pymupdf.open(str(path)) as doc:
        return [p.get_text() for p in doc]
