"""Recognisers for the pieces of an agenda line: item numbers, page ranges, papers, headings.

Pure text functions; the layout decisions (indentation, fonts) live in ``parse``; the words
they look for (headings, exempt marks, column headings, months) in ``engine.vocabulary``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from boardprep.core.engine.meeting import date_only
from boardprep.core.engine.vocabulary import (
    GROUP_WORDS,
    HEADER_WORDS,
    MONTHS,
    NO_PAPERS_RE,
    PAGE_STAMP_RE,
    STREET_RE,
    TITLE_SMALL_WORDS,
)
from boardprep.core.model import PageRange

DASH = r"[-‐‑‒–—]"

# "(Pages 9 - 14)", "Pages 9 to 14", "pp. 9-14", "(Page 5)", "p. 5"
PAGES_RE = re.compile(
    rf"[(\[]?\s*(?:\bPages?(?:\s+Nos?\.?)?|\bpgs?\.?|\bTudalen(?:nau)?|\bpp\.?|\bp\.|\b(?-i:P)(?=\d))"
    rf"\s*:?\s*(\d{{1,4}})\s*(?:(?:{DASH}|to|and|i)\s*(\d{{1,4}}))?\s*[)\]]?",
    re.IGNORECASE,
)
# A bare "27 - 62" at the end of a line or alone in a cell.
# A second number with a leading zero ("22-0348") is a file number, not pages, and so is a
# pair glued to letters ("Ordinance No. O2ØØ7-26").
BARE_RANGE_END_RE = re.compile(rf"(?<![\w/.,£%\-–—])(\d{{1,4}})\s*{DASH}\s*(?!0)(\d{{1,4}})\s*$")
# "Program (32-35)": a bare pair in brackets ending the title ("(6-14-21)" is a date).
BRACKET_RANGE_END_RE = re.compile(rf"\((\d{{1,4}})\s*{DASH}\s*(?!0)(\d{{1,4}})\)\s*$")
BARE_RANGE_RE = re.compile(
    rf"^\s*(\d{{1,4}})\s*(?:{DASH}|to)\s*(?!0)(\d{{1,4}})\s*$", re.IGNORECASE
)
# "Forward Work Programme ........ 44": leader dots (or a wide gap) then one page.
LEADER_PAGE_RE = re.compile(r"(?:\.{3,}|(?:\s?\.){4,}|…+|_{3,}|\s{4,})\s*(\d{1,4})\s*$")
# Word's dotted tab leader before a range: "Minutes ........ 3 - 8" (the dots defeat the
# bare-range lookbehind, which rejects "1.5-2" style numbers).
LEADER_RANGE_RE = re.compile(
    rf"(?:\.{{3,}}|…+|_{{3,}})\s*(\d{{1,4}})\s*(?:{DASH}|to)\s*(\d{{1,4}})\s*$"
)
# Modern.gov wraps a long title's range: "(Pages 15 -" ends one line, "40)" starts the next.
# A range cut by the line end: "(Pages 15 -", "Pages 27 to", or a bare "(Pages" or "(p.".
OPEN_RANGE_RE = re.compile(
    rf"(?:\(\s*(?:Pages?|pp\.?)\s*(\d{{1,4}})\s*(?:{DASH}|to)"
    rf"|\b(?:Pages|pp\.?)\s*(\d{{1,4}})\s*(?:{DASH}|to)|\(\s*(?:Pages|pp\.?|p\.)\s*(\d{{1,4}})?)"
    r"\s*$",
    re.IGNORECASE,
)
# Its end on the next line: "40)", "35", "- 12)" after "(Pages 7", or "228 - 231)" after a
# bare "(Pages".
RANGE_CLOSE_RE = re.compile(
    rf"^\s*(?:{DASH}\s*)?(?:(\d{{1,4}})\s*(?:{DASH}|to)\s*)?(\d{{1,4}})\s*\)?\s*"
)
BARE_PAGE_RE = re.compile(r"^\s*(\d{1,4})\s*$")

# Papers named instead of pages.
PAPER_RE = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=\())"
    r"((?:Paper|PAPER|Enclosure|ENCLOSURE|Enc\.?|Annex|Item\s+Paper)\s+[A-Z0-9]{1,4}"
    r"(?:[.\-/][A-Z0-9]{1,3})?"
    r"|[A-Z]{2,5}[\s/]?\d{2}/\d{2,3}(?:\s\d{1,2}[A-Z]?)?(?:\([a-z]\))?"
    r"|[A-Z]\s\d{2}/\d{2}\s\d{1,2}[A-Z]?"  # a university senate's "S 23/24 3E"
    # A board's paper numbered by its meeting: "paper TB(4)2.i", "TB(7)3", "TB(6)2v1".
    r"|(?:[Pp]aper\s+)?[A-Z]{1,4}\(\d{1,2}\)\s?\d{1,2}(?:\.?[ivx]{1,4}|\.\d{1,2})?(?:v\d)?)"
    r"\)?\s*$"
)


ROMAN = r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
# The item number at the start of a line. Groups: prefix word, number.
NUMBER_RE = re.compile(
    r"^\s*(?P<word>(?i:(?:Agenda\s+)?Item|Eitem(?:\s+Agenda)?)(?i:\s+No\.?)?(?:\s+|(?=\d))"
    # A town meeting's warrant: "ARTICLE 4: Amend Zoning Bylaw" (its colon is required).
    r"|(?-i:ARTICLE|Article)\s+(?=\d{1,3}:\s)"
    r"|(?-i:TOPIC|Topic)\s+(?=\d{1,2}\.\s)"  # a web agenda's "TOPIC 01. Mission (Tom)"
    r"|NO\.\s*(?=\d{1,2}\.))?"  # a university board's calendar: "NO. 1.", "NO.2."
    # "6(a)", "7 (ii)": a sub-item printed with its parent's number.
    rf"(?P<num>\d{{1,3}}\s?\((?:[a-z]|{ROMAN.lower()})\)"
    r"|\d{1,3}\.[A-Za-z](?=[.)]?(?:\s|$))"  # "4.A City Council Minutes": a lettered sub-item
    r"|\d{1,4}(?:\.\d{1,2}){0,3}(?:[a-z]|[A-Z](?=[.:)]?(?:\s|$)))?"  # to "5.1.1.1"
    r"|[A-Z]-\d{1,2}(?=\s)"  # "A-1 READ AND APPROVE THE MINUTES": item 1 of section A
    r"|(?:[A-Z]|\d{1,2})\.-\d{1,2}(?=[.\s])"  # "A.-1. <tab> 23-6894 <tab> Presentation …"
    rf"|[A-Z](?=[.)])|{ROMAN}(?=[.)])|\([a-z]\)|[a-z]\)|\((?:{ROMAN.lower()})\)|(?:{ROMAN.lower()})\)"
    r"|\(\d{1,2}\)"
    r"|\((?P<cap>[A-Z])(?P=cap)?\)"  # "(A)" ... "(Z)", "(AA)", "(BB)": a city council's letters
    r"|[a-z](?=\.(?:\s|$))|[ivx]{1,4}(?=\.(?:\s|$))"
    # Legistar's "aa.", "ab." after "z.": in a cell of their own or before the file number.
    r"|a[a-z](?=\.(?:\t|$|\s+(?:(?:19|20)?\d{2}-\d{3,5}|TMP-\d))))"
    r"(?P<punct>[.:)]?)"
    # Welsh and English side by side: "Eitem 5 / Item 5".
    r"(?:(?<=\d)\s*/\s*(?:Agenda\s+)?Item\s+\d{1,3}(?:\.\d{1,2})?[a-z]?[.:]?)?"
    # "10.Resolution: …", "2.Matters arising": a list's number overran its tab stop (or
    # the list was typed without one), so no space follows it.
    # "a)To receive an update": a letter's bracket run into its title the same way.
    r"(?:\s+|\t|$|(?<=\d\.)(?=[A-Z][a-z][A-Za-z-]+)|(?<=[a-z]\))(?=[A-Z][a-z]+\b))"
)
BULLET_RE = re.compile(r"^\s*[-•▪◦‣·*○●■►◆]\s+")
# A list's bullet glyphs, not dashes: Word's Symbol and Wingdings bullets come out of the text
# layer as private-use code points ("\uf0b7" •, "\uf0a7" ▪, "\uf076" ❖, "\uf0d8" ➢).
LIST_MARKS = frozenset(
    {"•", "▪", "◦", "‣", "·", "❖", "➢", "○", "●", "■", "►", "◆"}
    | {"\uf0b7", "\uf0a7", "\uf076", "\uf0d8", "o"}
)


def symbol_glyph(text: str) -> bool:
    """``text`` is one glyph of a symbol font (Wingdings, Symbol, Webdings): the text layer
    gives those private-use code points ("\uf075", a Wingdings 3 triangle), and set alone
    before a line's words they are its bullet."""
    return len(text) == 1 and "\ue000" <= text <= "\uf8ff"


def list_mark(text: str) -> bool:
    """``text`` is a list's bullet glyph (not a dash)."""
    return text in LIST_MARKS or symbol_glyph(text)


@dataclass
class NumberMatch:
    number: str  # as printed, without brackets and trailing punctuation
    rest: str  # the text after the number
    # "arabic", "dotted", "letter", "roman", "sub-letter", "sub-roman", "sub-number", "code"
    kind: str
    worded: bool  # "Item 5" / "Agenda Item 5"
    printed: str = ""  # the number exactly as printed, where it differs ("6(a)", "7 (ii)")
    punct: str = ""  # what follows an arabic number: "." in "1.", ")" in "1)", "" in "1"


# Item codes some boards print instead of numbers: "TB1", "TB 01/25", "PB.01.24", "24/045".
CODE_RE = re.compile(
    r"^\s*(?P<code>[A-Z]{1,5}\d{1,4}[a-z]?|[A-Z]{1,5}[ ./-]?\d{1,4}(?:[./]\d{1,4}){1,2}[a-z]?"
    r"|\d{1,4}(?:/\d{1,4}){1,2}[a-z]?"
    r"|\d{2}/\d{2}/\d{2}-\d{1,2})[.:)]?(?:\s+|$)"  # "11/09/22-2.": the meeting's date, then 2
)
_DATE_LIKE_RE = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4}$")


def match_code(text: str) -> NumberMatch | None:
    m = CODE_RE.match(text)
    if not m or _DATE_LIKE_RE.match(m.group("code")):
        return None
    rest = text[m.end() :].strip()
    if rest and not rest[:1].isupper():
        return None  # "BA14 8JN": a postcode, not an item code
    return NumberMatch(m.group("code"), rest, "code", False)


def match_number(text: str) -> NumberMatch | None:
    m = NUMBER_RE.match(text)
    if not m:
        return match_code(text)
    num = m.group("num")
    if not num.strip("()"):
        return None  # the optional Roman pattern matched nothing: "()" or ")"
    if re.match(r"\d{4}", num) and (m.group("punct") != "." or not num.isdigit()):
        return None  # a year or an amount; only a minute number prints four digits: "2709."
    rest = text[m.end() :].strip()
    if rest[:1] in ("*", "†") and rest[1:2].isalnum():
        rest = rest[1:]  # "ITEM 1: *3903 HAINES STREET": a footnote mark before the title
    if rest[:1] in "-–—" and rest[:1]:
        # "1 – Apologies": a dash between number and title (but "3 - 12" is a range).
        after = rest[1:].strip()
        if not after[:1].isalpha():
            return None
        rest = after
    worded = bool(m.group("word"))
    # "a. Title", "ii. Title" (not "3a. Title": item 3a)
    lower_dot = num.isalpha() and num.islower() and m.group("punct") == "."
    if m.group("cap"):
        inner = num.strip("()").lower()  # in sequence as "a", "b"; the JSON prints "(A)"
        return NumberMatch(inner, rest, "sub-letter", worded, printed=num)
    if num.startswith("(") or num.endswith(")") or lower_dot:
        return _sub_number(num.strip("()"), rest, worded)
    if re.fullmatch(r"[A-Z]\.?-\d{1,2}|\d{1,2}\.-\d{1,2}", num):
        return NumberMatch(num.replace(".-", "-"), rest, "dotted", worded)
    if num.isdigit() and int(num) >= 100 and not m.group("punct") and STREET_RE.match(rest):
        return None  # "545 E. Cheyenne Drive": an address, not item 545
    if num[0].isdigit():
        kind = "dotted" if "." in num else "arabic"
        if "(" in num:  # "6(a)" -> "6a"; the printed form is kept for the JSON
            return NumberMatch(re.sub(r"[\s()]", "", num), rest, kind, worded, printed=num)
        return NumberMatch(num, rest, kind, worded, punct=m.group("punct"))
    if not m.group("punct"):
        return None
    if re.fullmatch(ROMAN, num) and (len(num) > 1 or num in ("I", "V", "X")):
        return NumberMatch(num, rest, "roman", worded)
    return NumberMatch(num, rest, "letter", worded)


def _sub_number(inner: str, rest: str, worded: bool) -> NumberMatch:
    """A bracketed or lower-case label: "(a)", "ii.", "(1)" (or "ITEM NO. (1)": an item's own)."""
    lettered = (len(inner) == 1 and inner not in "ivx") or re.fullmatch(r"a[a-z]", inner)
    kind = "sub-letter" if lettered else "sub-roman"
    if inner.isdigit():
        kind = "arabic" if worded else "sub-number"  # "(1) Motion on …" under "6 Notices of"
    return NumberMatch(inner, rest, kind, worded)


def roman_value(s: str) -> int:
    vals = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    s = s.lower()
    for i, ch in enumerate(s):
        v = vals.get(ch, 0)
        if i + 1 < len(s) and vals.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    return total


def number_value(nm: NumberMatch) -> int:
    """The main ordinal of an item number, for sequence checks."""
    if nm.kind == "dotted" and nm.number[:1].isalpha():
        return ord(nm.number[0].lower()) - ord("a") + 1  # "C-1": in section C
    if nm.kind in ("arabic", "dotted", "sub-number"):
        return int(re.match(r"\d+", nm.number).group(0))  # type: ignore[union-attr]
    if nm.kind in ("roman", "sub-roman"):
        return roman_value(nm.number)
    if nm.kind == "code":
        digits = re.sub(r"\D", "", nm.number)
        return int(digits[:9]) if digits else 0
    return letter_value(nm.number)


def letter_value(label: str) -> int:
    """ "a" 1, "z" 26, then "aa" 27, "ab" 28 (Legistar letters on past "z")."""
    value = 0
    for ch in label.lower():
        value = value * 26 + ord(ch) - ord("a") + 1
    return value


def _plausible_range(a: int, b: int) -> PageRange | None:
    if 1900 <= a <= 2100 and (b < a or 1900 <= b <= 2100):
        return None  # a year span ("2016-21", "2024-2025"), not pages
    if a <= b <= a + 1000 and a >= 1:
        return (a, b)
    return None


def take_range(text: str, allow_bare: bool) -> tuple[PageRange | None, str]:
    """Find a page range in ``text``; return it and the text without it.

    "(Pages 9 - 14)" forms are found anywhere at the end; a bare "61 - 70" only at the end and
    only when ``allow_bare`` (a bare pair inside a title is usually a year or a count).
    """
    best: re.Match[str] | None = None
    for m in PAGES_RE.finditer(text):
        if text[m.end() :].strip(" .\t)") == "" or "(" in m.group(0):
            best = m
    if best is not None:
        a = int(best.group(1))
        b = int(best.group(2)) if best.group(2) else a
        rng = _plausible_range(a, b)
        if rng:
            return rng, (text[: best.start()] + " " + text[best.end() :]).strip()
    m4 = LEADER_RANGE_RE.search(text) or BRACKET_RANGE_END_RE.search(text)
    if m4:
        rng = _plausible_range(int(m4.group(1)), int(m4.group(2)))
        if rng:
            return rng, text[: m4.start()].strip()
    if allow_bare:
        m3 = LEADER_PAGE_RE.search(text)
        if m3 and 0 < int(m3.group(1)) < 1900:
            return (int(m3.group(1)), int(m3.group(1))), text[: m3.start()].strip()
        m2 = BARE_RANGE_END_RE.search(text)
        if m2 and not _after_month(text[: m2.start()]) and not _cited(text[: m2.start()]):
            rng = _plausible_range(int(m2.group(1)), int(m2.group(2)))
            if rng:
                return rng, text[: m2.start()].strip()
    return None, text


def _after_month(before: str) -> bool:
    """The text before a bare pair ends with a month ("Convention – July 4-8" is dates) or
    with "at" ("the property located at 112-116", wrapping before "Alhambra Circle", is an
    address)."""
    words = before.split()
    return bool(words) and (words[-1].lower().rstrip(".,") in MONTHS or words[-1] == "at")


def _cited(before: str) -> bool:
    """The text before a bare pair cites sections ("amending Sections 31-37 and" / "31-108"):
    the pair is a section's number, not the item's pages."""
    return bool(_CITED_RE.search(before.rstrip()))


_CITED_RE = re.compile(
    r"\b(?:sections?|§+|chapters?|articles?|rules?)\s+[\d.-]+(?:,\s*[\d.-]+)*\s+"
    r"(?:and|or|to|through)$",
    re.IGNORECASE,
)


def cell_range(cell: str) -> PageRange | None:
    """A cell that holds only a range or a single page number."""
    c = cell.strip()
    m = BARE_RANGE_RE.match(c)
    if m:
        return _plausible_range(int(m.group(1)), int(m.group(2)))
    m = BARE_PAGE_RE.match(c)
    if m and 0 < int(m.group(1)) < 1900:
        return (int(m.group(1)), int(m.group(1)))
    rng, rest = take_range(c, allow_bare=False)
    if rng and not rest.strip(" ()"):
        return rng
    return None


def take_paper(text: str) -> tuple[str | None, str]:
    m = PAPER_RE.search(text)
    if not m:
        return None, text
    ref = m.group(1).strip()
    before = text[: m.start()].rstrip(" (\t-–—")
    return ref, before


def take_no_papers(text: str) -> tuple[bool, str]:
    m = NO_PAPERS_RE.search(text)
    if not m:
        return False, text
    before = text[: m.start()].rstrip(" (\t-–—:")
    if not before:
        return True, text  # the whole text is "Verbal update": keep it as a title
    return True, before


def is_header_cells(cells: list[str]) -> bool:
    """Column headings such as "Item No | Subject | Page No" or "Reports attached | Pages"."""
    # "Ref #", "Time (pm)": the heading word without its marks; a section's name printed in
    # the heading row ("Item | Section 1: Routine | Ref # | Time") is no heading either way.
    words = [
        re.sub(r"\s*(?:#|\(.*?\)|\(.*$)\s*", "", c.strip().lower()).rstrip(":. ")
        for c in cells
        if c.strip() and not re.match(r"^\s*(?:section|part)\s+\w{1,4}\b", c, re.IGNORECASE)
    ]
    if len(words) < 2:
        return False
    hits = sum(1 for w in words if w in HEADER_WORDS or w.rstrip("s") in HEADER_WORDS)
    return hits >= max(2, len(words) - 1)


def is_header_line(text: str) -> bool:
    """A table's column headings, or a page's running head ("March 4, 2025 <tab> Page 2")."""
    cells = text.split("\t")
    if len(cells) == 2 and date_only(cells[0]) and PAGE_STAMP_RE.match(cells[1]):
        return True
    if len(cells) >= 2:
        return is_header_cells(cells)
    low = text.strip().lower()
    parts = re.split(r"\s{2,}|\s+(?=(?:page|pages|time|subject|title|paper)\b)", low)
    return len(parts) >= 2 and is_header_cells(parts)


_ATTACHED_RE = re.compile(
    r"\s*\((?:report\s+|copy\s+|papers?\s+|minutes\s+)?(?:attached|enclosed|herewith)\)\s*$",
    re.IGNORECASE,
)


def clean_title(title: str) -> str:
    """Strip leader dots, markup leftovers, trailing ':' / '.' and surrounding space."""
    t = title.replace("\t", " ")
    t = re.sub(r"(?:\s*\.){3,}\s*$", "", t)  # leader dots
    t = re.sub(r"[ _]{3,}$", "", t)
    t = re.sub(r"\s+", " ", t).strip()
    t = _ATTACHED_RE.sub("", t)
    t = t.rstrip(" :;.–—*†‡").strip()  # "*" / "†" mark key decisions
    t = re.sub(r"\s+-+$", "", t)  # a detached dash; "Trans-" may continue on the next line
    t = re.sub(r"\s[–—-]\s*\([^()]*\)$", "", t)  # "Brave Futures – (application form attached)"
    # A bracket left open by a stripped range.
    if t.endswith("(") or t.count("(") > t.count(")"):
        t = t.rstrip("( ").strip()
    return t


def is_upperish(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def starts_like_title(text: str) -> bool:
    """An item title starts with a capital (or a quote/digit) and is not a date or a count."""
    t = text.strip().lstrip("\"'‘“(")
    if not t:
        return False
    first = t.split()[0].lower().strip(",.;:")
    if first in MONTHS or first in ("am", "pm", "a.m.", "p.m.", "noon"):
        return False
    if t[0] in "£$€#@" and len(t) > 1 and t[1].isalnum():
        return True  # "£20m Town Deal", "#LoveLocal Campaign"
    # "eDemocracy", "iPads": a brand-style word with a capital inside it.
    return t[0].isupper() or t[0].isdigit() or bool(re.match(r"[a-z]{1,2}[A-Z][a-z]", t))


def looks_like_group_heading(text: str) -> bool:
    """'FOR DECISION', 'PART A', 'ITEMS FOR INFORMATION': capitals, short, no number."""
    t = text.strip().rstrip(":")
    if not t or "\t" in t or len(t) > 70:
        return False
    if not is_upperish(t):
        return False
    if re.match(r"^\s*(PART|SECTION)\s+([A-Z0-9]{1,3}|ONE|TWO)\b", t, re.IGNORECASE):
        return True
    return bool(GROUP_WORDS.search(t.upper())) and len(t.split()) <= 8


def all_capitalised(text: str) -> bool:
    """ "DC Real Estate - Option to Purchase": every word but the small ones capitalised."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and all(
        w[:1].isupper() or w.lower().strip(",;:") in TITLE_SMALL_WORDS for w in words
    )
