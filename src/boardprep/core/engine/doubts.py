"""Stage 6: say when unsure. Cross-checks of the finished tree against the evidence.

A wrong tree shown with confidence is worse than an honest warning, so after reconciliation
the tree is compared with what the pages themselves show: numbered lines on the agenda pages
that became no item, outline entries naming items the tree lacks, items whose pages overlap.
Each doubt becomes one plain sentence for the banner; nothing here changes the tree.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from boardprep.core.engine.agenda.lines import match_number
from boardprep.core.engine.documents import DocStart
from boardprep.core.engine.pages.textlayer import PageLines
from boardprep.core.engine.vocabulary import NO_PAPERS_BUSINESS_RE
from boardprep.core.model import Item, normalise_number, walk_items

_TIME_LIKE = re.compile(r"^\d{1,2}\.\d{2}$")  # "10.30 Title": a time, not item 10.30
_MAX_LISTED = 6


def _listed(numbers: Iterable[str]) -> str:
    nums = list(numbers)
    shown = ", ".join(nums[:_MAX_LISTED])
    return shown + (f" and {len(nums) - _MAX_LISTED} more" if len(nums) > _MAX_LISTED else "")


def _full_numbers(items: list[Item]) -> set[str]:
    """Every item's number, normalised, both as printed and qualified by its parent."""
    out: set[str] = set()

    def walk(its: list[Item], parent: str) -> None:
        for it in its:
            own = normalise_number(it.number)
            out.update({own, parent + own})
            walk(it.sub_items, parent + own)

    walk(items, "")
    return out


def unread_numbered_lines(pages: list[PageLines], items: list[Item]) -> str | None:
    """Lines on the agenda pages that start like an item but became none."""
    found = _full_numbers(items)
    unread: dict[str, None] = {}
    for page in pages:
        for line in page.lines:
            m = match_number(line.text)
            if m is None or m.kind not in ("arabic", "dotted") or _TIME_LIKE.match(m.number):
                continue
            words = re.findall(r"[A-Za-z]{2,}", m.rest)
            if len(words) < 2 or not m.rest[:1].isupper():
                continue
            if normalise_number(m.number) not in found:
                unread[m.number] = None
    if len(unread) < max(3, len(found) // 2):
        return None
    return (
        f"The agenda pages show numbered lines ({_listed(unread)}) that did not become "
        f"items, while {len(walk_items(items))} were found: some items may be missing or "
        "merged; check the tree against the agenda."
    )


def numbering_gaps(items: list[Item]) -> str | None:
    """Main items numbered 1, 5, 7, 9: the numbers between were printed but not read (a
    scanned agenda's recognised text misreads "2." as "Z." or "O22Ø3" as "02263")."""
    values = {int(it.number) for it in items if it.number.isdigit()}
    if len(values) < 3:
        return None
    # Numbers printed out of order or restarted per section are all there; a far jump
    # ("100", "200") is another numbering.
    missing = [n for n in range(min(values), max(values)) if n not in values]
    if not 2 <= len(missing) <= 2 * len(values):
        return None  # one skipped number: often an item withdrawn before printing
    return (
        f"The agenda's numbering skips {_listed(str(n) for n in missing)}: those items may not "
        "have been read (a scanned agenda's text can misread numbers); check the tree against "
        "the agenda."
    )


def outline_disagrees(outline: list[DocStart], items: list[Item]) -> str | None:
    """Numbered bookmarks for items the tree does not have."""
    numbered = [s for s in outline if s.agenda_item]
    if len(numbered) < 3:
        return None
    found = _full_numbers(items)
    missing = dict.fromkeys(
        s.agenda_item for s in numbered if normalise_number(s.agenda_item or "") not in found
    )
    if not missing:
        return None
    return (
        f"The PDF's bookmarks name item{'s' if len(missing) > 1 else ''} "
        f"{_listed(m for m in missing if m)} that the agenda found here does not have."
    )


def overlapping_items(items: list[Item]) -> list[str]:
    """Sibling items whose physical pages overlap (a shared paper is said once, per pair)."""
    out: list[str] = []

    def check(siblings: list[Item]) -> None:
        placed = sorted(
            (it for it in siblings if it.pdf_pages), key=lambda it: it.pdf_pages or (0, 0)
        )
        for a, b in itertools.pairwise(placed):
            assert a.pdf_pages and b.pdf_pages
            if b.pdf_pages[0] <= a.pdf_pages[1] and a.pdf_pages != b.pdf_pages:
                out.append(
                    f"Items {a.number} and {b.number} both claim page"
                    f"{'s' if a.pdf_pages[1] > b.pdf_pages[0] else ''} {b.pdf_pages[0]}"
                    + (f"–{a.pdf_pages[1]}" if a.pdf_pages[1] > b.pdf_pages[0] else "")
                    + ": check where each one starts."
                )
        for it in siblings:
            check(it.sub_items)

    check(items)
    return out


def papers_left_over(items: list[Item], first_paper: int, blanks: list[bool]) -> str | None:
    """Pages after the agenda that no item took, while items that should have papers have
    none: their papers may be among those pages, so "no pages" is no proof of "no papers"
    (a scanned pack's papers cannot be read; a publisher's covers not recognised)."""
    covered: set[int] = set()
    for it in walk_items(items):
        if it.pdf_pages:
            covered.update(range(it.pdf_pages[0], it.pdf_pages[1] + 1))
    left = [
        p
        for p in range(max(first_paper, 1), len(blanks) + 1)
        if p not in covered and not blanks[p - 1]
    ]
    wanting = [
        it
        for it in walk_items(items)
        if not it.sub_items
        and it.pdf_pages is None
        and it.pack_pages is None
        and not NO_PAPERS_BUSINESS_RE.search(it.title)
    ]
    if len(left) < 2 or not wanting:
        return None
    return (
        f"{pages_phrase(left)} of the file went to no item, and {len(wanting)} item"
        f"{'s have' if len(wanting) > 1 else ' has'} no pages: "
        f"{'their' if len(wanting) > 1 else 'its'} papers may be among them "
        "(right-click an item to give it its pages)."
    )


def pages_phrase(pages: list[int]) -> str:
    """ "Page 3", "Pages 3–15, 17 and 20–46": consecutive pages as ranges."""
    spans: list[str] = []
    for _k, group in itertools.groupby(enumerate(pages), key=lambda kp: kp[1] - kp[0]):
        run = [p for _i, p in group]
        spans.append(str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}")
    listed = spans[0] if len(spans) == 1 else ", ".join(spans[:-1]) + " and " + spans[-1]
    return ("Page " if len(pages) == 1 else "Pages ") + listed


# A sentence starting inside a title: "… Work Plan The Parks and Recreation Department is",
# "… Proposal At the September 13, 2022, City Council Meeting, …".
_SECOND_SENTENCE = re.compile(
    r"[a-z)]{2}\.\s+[A-Z][a-z]+\s+\w+|\s(?:On|In|At)\s+(?:the\s+)?[A-Z][a-z]+\s+\d"
    r"|\b(?:is|are|was|were|has|have)\s+(?:responsible|committed|required|proposed)\b"
)


def titles_with_descriptions(items: list[Item]) -> str | None:
    """Titles so long that they likely run on into the item's description (agenda viewers
    print both in one paragraph)."""
    long = [
        it.number
        for it in walk_items(items)
        if len(it.title) > 160 and _SECOND_SENTENCE.search(it.title[60:])
    ]
    if not long:
        return None
    return (
        f"The title{'s' if len(long) > 1 else ''} of item{'s' if len(long) > 1 else ''} "
        f"{_listed(long)} may run on into the description printed with "
        f"{'them' if len(long) > 1 else 'it'}: shorten {'them' if len(long) > 1 else 'it'} "
        "with Rename if so."
    )


def doubts(items: list[Item], agenda: list[PageLines], outline: list[DocStart]) -> list[str]:
    """Every doubt about the finished tree, as sentences for the user."""
    found = [
        unread_numbered_lines(agenda, items),
        outline_disagrees(outline, items),
        numbering_gaps(items),
        titles_with_descriptions(items),
    ]
    return [w for w in found if w] + overlapping_items(items)
