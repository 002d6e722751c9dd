"""Split a subject cell into the item title and the description printed after it.

Tables often merge both into one cell ("Minutes To confirm the minutes of ..."). The title is
the bold run when the cell mixes fonts, the capitals when an upper-case title is followed by a
sentence, else the text before a description opener ("To confirm", "The purpose") or before
the first sentence break.
"""

from __future__ import annotations

import re

from boardprep.core.engine.agenda.lines import all_capitalised, is_upperish, match_number
from boardprep.core.engine.vocabulary import (
    ACTION_LABEL_RE,
    FILE_REFERENCE_RE,
    PROSE_OPENERS,
    TITLE_SMALL_WORDS,
)

_VERBS = (
    "confirm|receive|consider|note|approve|agree|discuss|review|update|provide|endorse|share|"
    "assess|seek|inform|present|declare|sign|elect|appoint|ratify|hear|report|adopt|determine|"
    "scrutinise|scrutinize|comment|recommend|resolve|give|set|invite|outline|highlight|raise"
)
_OPENER_RE = re.compile(
    rf"\s(?=To\s+(?:{_VERBS})\b|The\s+(?i:purpose|report|committee|board|panel|presentation|paper"
    r"|commission|council|city\s+council|staff)\s+(?:will|is|has|shall|may)\b"
    r"|The\s+(?:purpose|report|committee|board|panel|presentation|paper)\b"
    r"|This\s+(?:report|paper|item|presentation)\b|Purpose\s*:|Members\s+(?:are|will)\b"
    r"|Report\s+of\s*:)"
)
_COLON_OPENER_RE = re.compile(rf"\s*[:–—-]\s+(?=[Tt]o\s+(?:{_VERBS})\b)")
# "Title: a sentence about it": a finite verb early in what follows the colon.
_COLON_PROSE_RE = re.compile(
    r"^([^:]{3,80}):\s+(?=[^.:;]{0,80}?\b(?:will|is|are|was|were|has|have|had|wishes|seeks|"
    r"requests|would|shall)\s)"
)
# "Anderson v. City of …", "Dr. Lee", "Iowa Dept. Public Safety": abbreviations, whose full
# stop ends no sentence ("Inc." often is one).
_ABBREVIATIONS = frozenset(
    re.split(
        r"\s+",
        "Dr St Mr Ms No Co Nr vs Jr Sr Mt Ft Rd Ln Ct Ave Hwy Mrs Cty Blvd Cllr Dept Comm Corp "
        "Assn Univ Govt al Sec Art Ala Ariz Ark Calif Colo Conn Fla Ga Ill Ind Kan Ky Md Mass Mich "
        "Minn Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wis Wyo",
    )
)
# A lookbehind needs one width: one per length of abbreviation.
_NOT_AFTER_ABBREVIATION = "".join(
    rf"(?<!\b(?:{'|'.join(sorted(w for w in _ABBREVIATIONS if len(w) == n))}))"
    for n in sorted({len(w) for w in _ABBREVIATIONS})
)
_SENTENCE_RE = re.compile(
    rf"(?<!\b[A-Z])(?<!\bv){_NOT_AFTER_ABBREVIATION}\.\s+(?=[A-Z][a-z]|[A-Z]&[A-Z]\b)"
)


# A tail that asks for something ("– Approve 2023 City Council Committee Assignments") is
# the recommendation, not the title's qualifier.
_ACTION_START_RE = re.compile(
    r"(?i)(?:approve|adopt|receive|consider|authori[sz]e|accept|note|review|discuss|direct|"
    r"award|introduce|waive|ratify|provide|appoint|elect|confirm|endorse|agree)\b"
)


def _split_at_bold(t: str, b: str) -> tuple[str, str] | None:
    """(title, description) where the bold run ``b`` that opens ``t`` is the title; None where
    the weight tells nothing."""
    if not (
        b
        and len(b) < len(t)
        and t.startswith(b)
        and not ACTION_LABEL_RE.match(b)
        and not FILE_REFERENCE_RE.match(b)  # "Resolution No. R2ØØ7-34" names no subject
    ):
        return None
    rest = t[len(b) :].strip()
    dashed_caps = re.match(r"^[–—-]\s*(.+)$", rest)
    if (
        dashed_caps
        and len(rest.split()) <= 6
        and (
            is_upperish(dashed_caps.group(1))
            or (
                # in the title's own Title Case (a capitals title's Title Case tail is
                # its description, maybe cut at the line's end: "… REVIEW - City")
                not is_upperish(b)
                and all(w[:1].isupper() for w in dashed_caps.group(1).split())
                and not _ACTION_START_RE.match(dashed_caps.group(1))
            )
        )
    ):
        # "REPORTS - CITY CLERK", "Policy Item – Educational Policies Committee": a short
        # plain-type tail in capitals or Title Case after a dash is the title's.
        return t, ""
    opener = _COLON_OPENER_RE.search(rest)
    if rest[:1].islower() and opener and opener.start() > 0 and not rest.startswith("to "):
        # "Minutes of the last Meeting" in bold, "held on the 3 March 2025 – to receive …"
        # in plain type: the title runs on to the dash before what is asked.
        return f"{b} {rest[: opener.start()].strip()}", rest[opener.end() :].strip()
    if rest and re.search(r"[A-Za-z]{3}", rest) and not rest.startswith("("):
        return b, rest.lstrip(" –—-:")  # "KTC Policies" + "– to consider …": no dash to show
    return None


def split_title(text: str, bold_run: str, upper: bool) -> tuple[str, str]:
    """(title, description) of a subject cell; description "" when there is none."""
    t = " ".join(text.split())
    if not t:
        return "", ""
    b = " ".join(bold_run.split())
    if b and not t.startswith(b[:3]):
        nm = match_number(b)
        if nm is not None and nm.rest:
            b = nm.rest
    by_weight = _split_at_bold(t, b)
    if by_weight is not None:
        return by_weight
    cap = re.match(r"^([^a-z:]{4,}?)\s*(?::|\s[–—-])\s*(?=[A-Z][a-z])", t)
    if (
        cap
        and is_upperish(cap.group(1))
        and re.search(r"[A-Z]{4,}", cap.group(1))  # a word, not a reference ("DC/25/0131")
        and len(t[cap.end() :].split()) >= 4
        # "PUBLIC HEARING: Adoption of an Ordinance Establishing …": the subject, in Title Case;
        # but "CONSIDERATION OF MINUTES - Consideration of Minutes of …" says the title again.
        and (
            not _title_case(t[cap.end() :].split()[:6])
            or t[cap.end() :].lower().startswith(cap.group(1).strip().lower())
        )
    ):
        # "CONSENT CALENDAR: The following matters will be acted upon ..."
        return cap.group(1).strip(), t[cap.end() :].strip()
    motion = re.match(r"^([^:]{3,40}):\s+(?=That\s)", t)
    if motion and len(t[motion.end() :].split()) >= 8:
        # "Closed Session: That this part of our meeting will be closed …": the motion.
        return motion.group(1).strip(), t[motion.end() :].strip()
    if upper:
        title, rest = _split_upper(t)
        if rest and not _title_case(rest.split()[:6]):
            return title, rest
    told = _COLON_PROSE_RE.match(t)
    if told and all_capitalised(told.group(1)) and len(t[told.end() :].split()) >= 6:
        # "Abatements: City Administrator Logan Burns will present abatements."
        return told.group(1).strip(), t[told.end() :].strip()
    m0 = _COLON_OPENER_RE.search(t)
    if m0 and m0.start() > 0:
        # "Budget Monitoring: to note the quarter 2 position"
        return t[: m0.start()].strip(), t[m0.end() :].strip()
    m = _OPENER_RE.search(t)
    if m and m.start() > 0:
        return t[: m.start()].strip(), t[m.end() :].strip()
    m2 = _SENTENCE_RE.search(t)
    if m2 and m2.start() > 3 and len(t[m2.end() :].split()) >= 3:
        return t[: m2.start()].strip(), t[m2.end() :].strip()
    return title_case_then_prose(t)


# "…Anticipated LitigationSignificant exposure…": the line break between title and text lost.
_JOINED_RE = re.compile(r"(?<=[a-z]{4})(?=[A-Z][a-z]{3,}\s+[a-z]{2,})")


def _title_case(words: list[str]) -> bool:
    return len(words) >= 3 and all_capitalised(" ".join(words))


def _abbreviated(word: str) -> bool:
    """ "Dept", "U.S", "E": a word whose full stop ends no sentence (an initial too)."""
    return word in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word) is not None


_LABEL_ON_RE = re.compile(r"(?:[A-Z][\w'’&/-]*\s+){0,3}[A-Z][\w'’&/-]*:\s")


def title_case_then_prose(t: str) -> tuple[str, str]:
    """A Title Case heading run on into the description's sentences in one paragraph (agenda
    viewers print both so): "… Request for Proposal At the September 13, 2022, City Council
    Meeting, the City Council awarded …" -> the heading, then the prose."""
    words = t.split(" ")
    if len(words) < 8:
        return t, ""
    if words[0].isalpha() and words[0].isupper() and len(words[0]) >= 4:
        title, rest = _split_upper(t)  # "ADJOURNMENT The next meeting will take place …"
        # Not "PUBLIC HEARING: Adoption of …", nor an acronym opening a label ("BSRAD Grant
        # Allocation: Discuss …").
        if rest and not _title_case(rest.split()[:6]) and not _LABEL_ON_RE.match(rest):
            return title, rest
    joined = _JOINED_RE.search(t)
    if joined and _title_case(t[: joined.start()].split(" ")):
        return t[: joined.start()].strip(), t[joined.start() :].strip()
    # The first word of running prose: lower case and no small word ("awarded", "is").
    k = next(
        (
            i
            for i, w in enumerate(words)
            if (core := w.strip("()[],.;:'\"“”‘’")).isalpha()
            and core[0].islower()
            and core.lower() not in TITLE_SMALL_WORDS
        ),
        None,
    )
    if k is None:
        return t, ""
    for j in range(k - 1, 2, -1):  # back to that sentence's first word
        ended = words[j - 1].endswith(".") and not _abbreviated(words[j - 1][:-1])
        if words[j] in PROSE_OPENERS or (ended and words[j][:1].isupper()):
            # "Comments from the Public – This is a time for …": the dash sets the sentence
            # into the printed title on purpose.
            # Nor does a heading end on "for" / "of": "… Development Plan for The Goat Farm".
            joins = words[j - 1].lower() in ("for", "of", "and", "the", "to", "with", "a", "an")
            if _title_case(words[:j]) and words[j - 1] not in ("-", "–", "—") and not joins:
                return " ".join(words[:j]).rstrip(" ,;:"), " ".join(words[j:])
            break
    return t, ""


def _split_upper(t: str) -> tuple[str, str]:
    words = t.split(" ")
    k = 0
    while k < len(words):
        w = words[k]
        letters = [c for c in w if c.isalpha()]
        if letters and not is_upperish(w) and not (len(letters) == 1 and letters[0].isupper()):
            break
        k += 1
    if k == 0 or k >= len(words) - 1:
        return t, ""
    nxt = words[k]
    # Description starts with a capitalised word followed by lower-case text.
    if nxt[:1].isupper() and any(c.islower() for c in " ".join(words[k : k + 3])):
        # Keep a single capital letter at the boundary with the description ("A" in "A report").
        if k > 1 and len(words[k - 1]) == 1 and words[k - 1].isalpha() and words[k - 1] != "&":
            k -= 1
        return " ".join(words[:k]).strip(), " ".join(words[k:]).strip()
    return t, ""
