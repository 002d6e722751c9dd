"""The meeting's venue as the member reads it: the place, not the clerk's contact details.

Front sheets print the venue in a block with the contact officer ("Venue: Council Chamber,
Town Hall  Contact: Jo Bloggs, Tel: 01234 567890, jo.bloggs@council.gov.uk"), so the venue the
analysis finds may carry a phone number, an e-mail or web address, or the meeting time on its
line. :func:`shown_venue` is what the window, the brief and every export print; the analysis's
own text is kept as found (``boardprep agenda --json``).
"""

from __future__ import annotations

import re

# A tail that starts the contact block: everything from it on is not the place.
_CONTACT_TAIL = re.compile(
    r"[\s,;.(–—-]*(?:\b(?:contact|enquiries|enquiry|inquiries|tel(?:ephone)?|e-?mail)\b|"
    r"\b(?:phone|fax|mobile|web(?:site)?|minicom|textphone|direct\s+line)\s*(?:no\.?\s*)?:)"
    r".*$",
    re.IGNORECASE | re.DOTALL,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# Phone numbers: "01234 567890", "020 7946 0000", "+44 (0)20 7946 0000", "(555) 123-4567",
# "555-123-4567", "1-800-555-0199": seven or more digits in one run of digits, spaces and
# dashes, a bracketed area code only at its start (so "CA 94301 (650) 329-2571" keeps the ZIP).
_PHONE = re.compile(
    r"(?<![\w])(?:\+\d{1,3}[\s.-]*)?(?:\(\s*\d+\s*\)[\s.-]*)?\d[\d\s.-]{5,}\d(?![\w])"
)
# A word that names a phone number left alone once the number is gone: "Tel", "Phone".
_PHONE_WORD = re.compile(r"\b(?:tel(?:ephone)?|phone|fax)\b\.?\s*:?\s*$", re.IGNORECASE)
# The meeting time printed on the venue's line: "…, Suite 150 6:00 p.m", "… at 7.30pm".
_TIME_TAIL = re.compile(
    r"[\s,;–—-]*(?:\bat\s+)?\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s*m\.?|p\.?\s*m\.?)$", re.IGNORECASE
)
_LEADING_PREPOSITION = re.compile(r"^(?:in|at)\s+(?:the\s+)?(?=[A-Z0-9])")
_EDGE_PUNCTUATION = " \t,;:.-–—/|("
LONGEST = 100  # a venue longer than this has run on into the next text


def _digits(s: str) -> int:
    return sum(ch.isdigit() for ch in s)


def _drop_phones(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        return "" if _digits(m.group(0)) >= 7 else m.group(0)

    return _PHONE.sub(repl, text)


def _shorten(text: str) -> str:
    """A run-on venue cut at the last bracket or comma that keeps it under LONGEST."""
    if len(text) <= LONGEST:
        return text
    head = text[:LONGEST]
    cut = max(head.rfind(")") + 1, head.rfind(","))
    if cut <= 0:
        cut = head.rfind(" ")
    return text[:cut] if cut > 0 else head


def shown_venue(venue: str | None) -> str | None:
    """The venue without phone numbers, e-mail and web addresses, contact tails and the time;
    None when nothing of a place is left."""
    if not venue:
        return None
    text = " ".join(venue.split())
    text = _CONTACT_TAIL.sub("", text)
    text = _URL.sub("", _EMAIL.sub("", text))
    text = _drop_phones(text)
    text = _PHONE_WORD.sub("", text.rstrip(_EDGE_PUNCTUATION))
    text = _TIME_TAIL.sub("", text.rstrip(_EDGE_PUNCTUATION))
    text = _LEADING_PREPOSITION.sub("", text.strip())
    # Separators left around what was taken out: "Town Hall, , Bath" -> "Town Hall, Bath".
    text = re.sub(r"\s*([,;])(?:\s*[,;])+", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = " ".join(text.split()).strip(_EDGE_PUNCTUATION.replace("(", ""))
    text = _shorten(text).rstrip(_EDGE_PUNCTUATION)
    return text if any(ch.isalpha() for ch in text) else None
