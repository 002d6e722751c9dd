"""Shared by every export: agenda-order grouping, the board's wording, meeting headings."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from boardprep.core.model import AgendaTree, Meeting
from boardprep.core.store import Store

R = TypeVar("R")
UNPLACED = "Unplaced (carried from an earlier issue of the pack; no item found)"

# The CLI's interest kinds in the words each kind of board prints on its forms.
_COUNCIL_WORDS = {
    "pecuniary": "Disclosable pecuniary interest",
    "other-registrable": "Other registrable interest",
    "non-registrable": "Non-registrable interest",
    "other": "Other interest",
}
_NHS_WORDS = {
    "pecuniary": "Financial interest",
    "other-registrable": "Non-financial professional interest",
    "non-registrable": "Non-financial personal interest",
    "other": "Indirect interest",
}


def is_nhs(meeting: Meeting) -> bool:
    text = f"{meeting.organisation or ''} {meeting.body or ''}"
    return "NHS" in text or "Integrated Care" in text or "Foundation Trust" in text


def interest_words(kind: str, meeting: Meeting) -> str:
    words = _NHS_WORDS if is_nhs(meeting) else _COUNCIL_WORDS
    return words.get(kind, kind)


def member_name(store: Store) -> str | None:
    """The member's name for forms and bundles (see :mod:`boardprep.core.identity`)."""
    from boardprep.core.identity import user_name

    return user_name(store)


def meeting_heading(meeting: Meeting) -> str:
    parts = [meeting.organisation, meeting.body]
    head = " — ".join(p for p in parts if p) or "Meeting"
    when = " ".join(p for p in (meeting.date, meeting.time) if p)
    return f"{head}, {when}" if when else head


def grouped(tree: AgendaTree, records: Iterable[R]) -> list[tuple[str | None, str, list[R]]]:
    """Records grouped by item in agenda order; items without records are left out.

    Records whose item is no longer on the agenda (or unplaced) come last, never dropped.
    """
    by_item: dict[str | None, list[Any]] = {}
    for r in records:
        by_item.setdefault(r.item, []).append(r)  # type: ignore[attr-defined]
    out: list[tuple[str | None, str, list[R]]] = []
    for it in tree.walk():
        if it.number in by_item:
            out.append((it.display_number, it.title, by_item.pop(it.number)))
    for number, recs in by_item.items():
        if number is None:
            continue
        out.append((number, recs[0].item_title or "", recs))  # type: ignore[attr-defined]
    if None in by_item:
        out.append((None, UNPLACED, by_item[None]))
    return out


def item_label(number: str | None, title: str) -> str:
    return f"Item {number}: {title}" if number is not None else title


def non_empty_notes(store: Store, sha: str) -> list[Any]:
    return [n for n in store.notes(sha) if n.text.strip()]


# A spreadsheet reads a cell starting with one of these as a formula (=HYPERLINK(...) can leak
# data or run commands); tab and carriage return hide such a start from a quick look.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: a formula start gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
