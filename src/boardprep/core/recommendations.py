"""What the meeting is asked to decide: the recommendations printed in an item's report.

"Recommendations" as a heading, or a sentence ending in a colon ("Cabinet is asked to:",
"The committee is recommended to:"), followed by lettered or numbered parts ("(a) NOTE …;
(b) AGREE …"). Read from the first pages of the item's papers (the pack's text as stored for
search). The outcome of an item is pre-filled from them (``boardprep add outcome`` without
``--text``).
"""

from __future__ import annotations

import re

from boardprep.core.model import Item

FIRST_PAGES = 4  # recommendations sit at the front of a report
MAX_CHARS = 1200

_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)?\.?\s+)?recommendations?\s*:?\s*$", re.I | re.M)
_ASKED = re.compile(
    r"\b(?:is|are)\s+(?:asked|recommended|invited|requested)\s+to\s*:", re.I
)  # "to:" with its colon: "Members are asked to note that …" is prose, not the decision
# The report's next section: "2. Background", or a line in capitals ("EXECUTIVE DIRECTOR
# FINANCIAL SERVICES COMMENTS") after a recommendation printed in a box.
_NEXT_HEADING = re.compile(
    r"\n\s*\d+(?:\.0)?\.?\s+[A-Z][A-Za-z ,&'-]{2,60}\n"
    r"|\n\s*[A-Z][A-Z&'’-]+(?:\s+[A-Z&'’-]+){1,8}\s*\n"
)
_PART = re.compile(r"(?:^|\s|;)\(?([a-h]|i{1,3}|iv|v|vi{0,3}|\d{1,2})[).]\s+", re.I)


def _parts(block: str) -> list[str]:
    block = " ".join(block.split())
    marks = list(_PART.finditer(block))
    if len(marks) < 2:
        text = block.strip(" ;.")
        return [text] if text else []
    out = []
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        end = nxt.start() if nxt else len(block)
        part = block[m.end() : end].strip(" ;.")
        part = re.sub(r"[\s;]+(?:and|or)$", "", part).strip(" ;.")
        if part:
            out.append(f"({m.group(1).lower()}) {part}")
    return out


def find_recommendations(page_texts: list[str] | None, item: Item) -> list[str]:
    """The recommendations in the item's papers, as printed parts; [] when none are found."""
    if not page_texts or not item.pdf_pages:
        return []
    first, last = item.pdf_pages
    pages = page_texts[first - 1 : min(last, first - 1 + FIRST_PAGES)]
    text = "\n".join(p or "" for p in pages)
    start = None
    m = _ASKED.search(text)
    if m:
        start = m.end()
    else:
        h = _HEADING.search(text)
        if h:
            start = h.end()
    if start is None:
        return []
    block = text[start : start + MAX_CHARS]
    stop = _NEXT_HEADING.search(block)
    if stop:
        block = block[: stop.start()]
    return _parts(block)
