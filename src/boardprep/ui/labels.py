"""Words the app shows for stored codes (interest kinds, question statuses)."""

from __future__ import annotations

INTEREST_LABELS: dict[str, str] = {
    "pecuniary": "Disclosable pecuniary interest",
    "other-registrable": "Other registrable interest",
    "non-registrable": "Non-registrable interest",
    "other": "Other interest",
}

STATUS_LABELS: dict[str, str] = {
    "draft": "Draft",
    "ready": "Ready to send",
    "submitted": "Submitted",
    "accepted": "Accepted",
    "asked": "Asked",
    "answered": "Answered",
    "withdrawn": "Withdrawn",
    "ruled-out": "Ruled out",
}

# Intended action in the meeting (domain §9): stored as free text in Declaration.action.
ACTIONS: tuple[str, ...] = ("Remain", "Speak then withdraw", "Withdraw", "Not vote")


def item_caption(number: str, title: str) -> str:
    """'7  Safeguarding report' - the number leads so a scanning eye finds it."""
    return f"{number}  {title}" if number else title


def headline(text: str, limit: int = 160) -> str:
    """``text`` cut at a word before ``limit`` characters with "…": a US ordinance's title can
    run to 600 characters, and the panel over the notes must leave room to write."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return f"{cut} …"
