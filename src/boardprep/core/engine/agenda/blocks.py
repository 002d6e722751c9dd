"""Agendas printed as labelled blocks, one per item, with no agenda list (BoardDocs).

A school board's "detailed agenda" prints every item as a block of fields:
``Subject : 3. Translation Services`` / ``Meeting : Feb 10, 2026 - Regular Meeting`` /
``Category : A. General Information`` / ``Type : Information`` / ``Recommended Action : ...``.
The categories are the agenda's sections (the items), the subjects their sub-items. Such a
file has no agenda page to find; when enough blocks are present, they are the agenda.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from boardprep.core.engine.agenda.lines import match_number
from boardprep.core.model import Item, sub_item_number

_LABEL = re.compile(
    r"^(subject|meeting|category|type|access|preferred\s+date|absolute\s+date|fiscal\s+impact|"
    r"budgeted|budget\s+source|recommended\s+action|goals?|public\s+content|administrative\s+"
    r"content|executive\s+content|file\s+attachments)\s*:?\s*(.*)$",
    re.IGNORECASE,
)
_MIN_BLOCKS = 3
# A block: "Subject :" with "Meeting :", "Category :" or "Type :" a few lines under it (a
# report's cover sheet has a "Subject:" line alone).
_SUBJECT_FIELDS = re.compile(
    r"^\s*subject\s*:.*\n(?:.*\n){0,6}?\s*(?:meeting|category|type)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_BLOCK_FIELD = re.compile(r"^\s*(?:subject|category|meeting|type)\s*:", re.IGNORECASE)
# "3. -- General Consent --", and "1.1 Call to Order" where subjects carry their category's number
_SUBJECT_NUMBER = re.compile(r"^(\d{1,3}\.\d{1,3}|\d{1,3}[a-z]?(?=[.)]))[.)]?\s+(\S.*)$")
_SECTION_LINE = re.compile(r"^([A-Z])\.\s+([A-Z]\S*(?:\s+\S+){0,8})$")
# A section's heading: its letter, then words in capitals ("H. PUBLIC COMMENT PERIOD - For …").
_SECTION_HEAD = re.compile(r"^[A-Z]\.\s+[A-Z][A-Z/&'’-]+(?:\s+[A-Z/&'’-]+)*(?:\s|$)")
# A numbered section's heading over its blocks: "9. OLD BUSINESS (Discussion)"
_NUMBERED_SECTION = re.compile(r"^(\d{1,2})\.\s+([A-Z][A-Z/&'’-]+(?:\s+\S+){0,8})$")
_CLOSED = re.compile(r"\bclosed\s+session\b|\bexecutive\s+session\b|\bconfidential\b", re.I)


def _fields(lines: Iterable[str]) -> list[tuple[str, str]]:
    """(label, value) pairs in order; a value runs on over the unlabelled lines below it."""
    out: list[tuple[str, str]] = []
    for text in lines:
        m = _LABEL.match(text.strip())
        # A label is followed by ":" in this layout; "Public Content" stands alone.
        if m and (":" in text or m.group(1).lower().endswith("content")):
            out.append((m.group(1).lower(), m.group(2).strip()))
        elif out and out[-1][0] in ("subject", "category") and text.strip():
            label, value = out[-1]
            if len(value) < 600:
                out[-1] = (label, f"{value} {text.strip()}".strip())
    return out


def items_from_blocks(pages: Iterable[Iterable[str]]) -> list[Item] | None:
    """The agenda from labelled item blocks, or None when the file is not laid out so."""
    pages_list = [list(page) for page in pages]
    lines = [t for page in pages_list for t in page]
    # One search over the whole text first: most files hold no blocks, and reading every
    # line's label costs ~20 ms on 400 pages.
    if len(_SUBJECT_FIELDS.findall("\n".join(lines))) < _MIN_BLOCKS:
        return None
    fields = _fields(lines)
    subjects = sum(1 for label, _v in fields if label == "subject")
    categories = sum(1 for label, _v in fields if label == "category")
    if subjects >= _MIN_BLOCKS and categories < _MIN_BLOCKS:
        fields = _sections_as_categories(lines, fields)
        categories = sum(1 for label, _v in fields if label == "category")
    if subjects < _MIN_BLOCKS or categories < _MIN_BLOCKS:
        return None
    top: list[Item] = []
    by_category: dict[str, Item] = {}
    subject: str | None = None
    for label, value in fields:
        if label == "subject":
            subject = value
            continue
        if label != "category" or subject is None or not value:
            continue
        parent = by_category.get(value)
        if parent is None:
            nm = match_number(value)
            number, title = (nm.number, nm.rest) if nm and nm.rest else (str(len(top) + 1), value)
            # "PUBLIC COMMENT PERIOD FOR CLOSED SESSION ITEMS ONLY" is held in public.
            closed = bool(_CLOSED.search(title)) and not re.search(r"public\s+comment", title, re.I)
            parent = Item(number=number, title=title, exempt=closed)
            by_category[value] = parent
            top.append(parent)
        sm = _SUBJECT_NUMBER.match(subject)
        label_ = sm.group(1) if sm else str(len(parent.sub_items) + 1)
        title = sm.group(2) if sm else subject
        number, printed = sub_item_number(parent.number, label_)
        if printed is None and label_.isdigit():
            # Numbering restarts in every category: "3" under "B" is "B3" to the app.
            number, printed = f"{parent.number}{label_}", label_
        child = Item(number=number, title=title.strip(), exempt=parent.exempt)
        child.printed = printed
        parent.children.append(child)
        subject = None
    if top:
        _closing_sections(top, lines)
        _numbered_sections_without_blocks(top, lines)
    return top or None


def last_block_page(pages: Sequence[Sequence[str]]) -> int:
    """The 0-based index of the last page holding an item block's field."""
    return max(
        (k for k, page in enumerate(pages) if any(_BLOCK_FIELD.match(t) for t in page)), default=0
    )


def _sections_as_categories(
    lines: list[str], fields: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """Simbli prints each block's section over it ("A. OPENING CEREMONY / ROLL CALL", then
    "Subject : 1. Roll Call"), with no "Category :" field: the section line above a subject
    is its category."""
    sections: list[str] = []
    section: str | None = None
    heading: list[str] = []  # the section's heading lines read so far, until a label
    for text in lines:
        t = text.strip()
        if _SECTION_HEAD.match(t) and _SECTION_LINE.match(t):
            heading = [t]  # it may wrap ("… VERBAL &" / "WRITTEN COMMUNICATION")
        elif _LABEL.match(t):
            if heading:
                section = " ".join(heading) if t.lower().startswith("subject") else heading[0]
            heading = []
            if t.lower().startswith("subject"):
                sections.append(section or "")
        elif heading and t:
            heading.append(t)
    if sum(1 for sec in sections if sec) < _MIN_BLOCKS:
        return fields
    out: list[tuple[str, str]] = []
    k = 0
    for label, value in fields:
        out.append((label, value))
        if label == "subject" and k < len(sections):
            if sections[k]:
                out.append(("category", sections[k]))
            k += 1
    return out


def _closing_sections(top: list[Item], lines: list[str]) -> None:
    """Sections printed as a heading with no item block ("J. Adjournment") after the last."""
    last = top[-1].number
    if not re.fullmatch(r"[A-Y]", last):
        return
    seen = {it.title for it in top}
    for text in lines:
        m = _SECTION_LINE.match(text.strip())
        if m and m.group(1) == chr(ord(last) + 1) and m.group(2) not in seen:
            top.append(Item(number=m.group(1), title=m.group(2)))
            last = m.group(1)
            if last == "Z":
                return


def _numbered_sections_without_blocks(top: list[Item], lines: list[str]) -> None:
    """A numbered section printed as a heading with no item block under it ("9. OLD
    BUSINESS (Discussion)" between 8 and 10): an item still, in its place."""
    have = {it.number for it in top}
    if not all(n.isdigit() for n in have):
        return
    last = max(int(n) for n in have)
    for text in lines:
        m = _NUMBERED_SECTION.match(text.strip())
        if not m or m.group(1) in have or not 1 <= int(m.group(1)) < last:
            continue
        n = int(m.group(1))
        at = next(k for k, it in enumerate(top) if int(it.number) > n)
        top.insert(at, Item(number=m.group(1), title=m.group(2).strip()))
        have.add(m.group(1))
