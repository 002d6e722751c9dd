"""The words of agenda packs that more than one stage needs, in one place.

Each pattern says what a board's paperwork calls a thing, in the forms seen in real packs
(UK councils and NHS bodies, US city councils and school boards, Canadian, Australian and
New Zealand councils, universities). A new layout usually needs a word added here, not a new
rule: see docs/ADDING-A-LAYOUT.md.
"""

from __future__ import annotations

import re

# Business with no papers of its own: opening and closing formalities, declarations, the
# public's part, the chair's words. (Minutes and matters arising DO carry papers.)
_NO_PAPERS = (
    r"apolog|declarations?\s+of|disclosures?\s+of|(?:pecuniary|conflicts?\s+of)\s+interest|"
    r"\binterests?\b|urgent\s+(?:items?|business)|any\s+other\s+business|\baob\b|"
    r"date\s+of\s+(?:the\s+)?next|next\s+meeting|welcome|call(?:ed)?\s+to\s+order|roll\s+call|"
    r"pledge\s+of\s+allegiance|invocation|moment\s+of\s+(?:reflection|silence)|prayers?\b|"
    r"(?:land|territory|country)\s+acknowledge?ment|acknowledge?ment\s+of\s+(?:country|"
    r"traditional)|adjourn|close\s+of\s+(?:the\s+)?meeting|meeting\s+clos|"
    r"public\s+(?:questions?|participation|comments?|forum|time|speaking)|"
    r"(?:chair|mayor|president)(?:man|person)?'?s?\s+(?:announcements?|remarks|welcome)|"
    r"exclusion\s+of|exclude\s+the\s+(?:press|public)|approval\s+of\s+(?:the\s+)?agenda|"
    r"adoption\s+of\s+(?:the\s+)?agenda|substitut"
)
NO_PAPERS_RE = re.compile(_NO_PAPERS, re.IGNORECASE)

# Items every agenda has: evidence that a page of numbered lines is an agenda.
PROCEDURAL_RE = re.compile(
    _NO_PAPERS + r"|(?:^|\s)minutes?\b|matters\s+arising|forward\s+plan|work\s*programme|"
    r"action\s+log|consent\s+(?:agenda|calendar)",
    re.IGNORECASE,
)

# A numbered part of the agenda, printed as a heading over its items: "Section 2: Governance",
# "Part B – Items for decision". Not an item; as the start of an item's title, not its title.
SECTION_HEAD_RE = re.compile(
    r"^\s*(?:section|part)\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])\b\s*[:.–—-]?\s*", re.IGNORECASE
)

# A supplement's covering letter: the list after it is the file's agenda ("I am now able to
# enclose ... the following reports", "Agenda Item No" over the numbered list).
SUPPLEMENT_LETTER_RE = re.compile(
    r"\b(?:able\s+to\s+(?:enclose|forward|send)|(?:please\s+)?find\s+(?:attached|enclosed)|"
    r"i\s+(?:now\s+)?enclose|enclosed\s+(?:are|is)|attached\s+(?:are|is))\b.*\b(?:following|"
    r"reports?|items?|papers?|documents?)\b|^\s*agenda\s+item\s+(?:no\.?|number)\s*$",
    re.IGNORECASE,
)
