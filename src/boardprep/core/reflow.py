"""Text copied from a PDF page, re-flowed: the page's line breaks are not the author's.

A quote selected over three printed lines arrives as three lines (often with a word split by
a hyphen at a line end); shown in a list or quoted in a note it reads as one sentence.
"""

from __future__ import annotations

import re

# A word split at a line end: "regener-\nation" (a lower-case letter on both sides).
_SPLIT_WORD = re.compile(r"(?<=[a-z])[-\u00ad]\s*\n\s*(?=[a-z])")
_SOFT_HYPHEN = "\u00ad"


def reflow(text: str | None) -> str:
    """One line: line breaks become spaces, split words are mended, spacing collapsed."""
    if not text:
        return ""
    mended = _SPLIT_WORD.sub("", text).replace(_SOFT_HYPHEN, "")
    return " ".join(mended.split())


def quote_and_comment(quote: str | None, text: str | None) -> tuple[str, str]:
    """A quote note's words to show: (the quote re-flowed, the member's own text).

    A quote saved into the notes is stored as its own text too, until the member writes
    something of their own: the text is shown only when it is not the quote again.
    """
    shown = reflow(quote)
    own = (text or "").strip()
    if own and reflow(own) == shown:
        own = ""
    return shown, own
