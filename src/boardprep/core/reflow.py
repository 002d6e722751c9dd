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
