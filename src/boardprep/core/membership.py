"""Who sits on the body: the membership list printed on the pack's front sheet, and the quorum.

Front sheets print the members in a few ways: a line ("Councillors: A Smith, B Jones and C
Patel"), a column under a "Membership:" heading ("Councillor Wilfred Yardley (Chair)", one per
line), or a table whose cells come out one per line ("Chair" / "Cllr X" / "Members" / "Cllr A").
:func:`members_in_text` reads any of them; titles (Councillor, Cllr) are dropped, a role in
brackets or a role heading (Chair, Vice-Chair) is kept. :func:`printed_quorum` reads "Quorum: 3".

The clerk's roll for the meeting (the attendance window, ``boardprep add attendance``) starts
from that list and is editable: names added or removed are kept per pack in the settings table
(``roll:<sha>``, a JSON list), statuses in the meeting record's ``attendance`` table.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from boardprep.core import meeting_record
from boardprep.core.errors import UsageError

FRONT_PAGES = 4  # the membership list is on the front sheet or the page after it

_LABEL = re.compile(
    r"^\s*(?:committee\s+|board\s+|panel\s+)?(?:membership|members|councillors|cllrs)\b"
    r"(?:\s+of\s+the\s+[\w\s]+?)?\s*[:\-–]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_TITLE = re.compile(r"^(?:councillors?|cllrs?\.?|county\s+councillor|alderman)\s+", re.I)
ROLE_WORDS = (
    "chair", "chairman", "chairwoman", "chairperson", "vice-chair", "vice chair",
    "vice-chairman", "vice chairman", "deputy chair", "deputy chairman", "mayor",
    "deputy mayor", "leader", "deputy leader", "cabinet member", "ex officio",
)  # fmt: skip
_ROLE_LINE = re.compile(
    r"^\s*(?P<role>" + "|".join(re.escape(r) for r in ROLE_WORDS) + r")\s*[:\-–]?\s*(?P<rest>.*)$",
    re.I,
)
_MEMBERS_HEADING = re.compile(r"^\s*(?:other\s+)?members?\s*:?\s*$", re.I)
_BRACKET = re.compile(r"\s*\(([^)]*)\)\s*")
_QUORUM = re.compile(r"\bquorum\b\s*(?:is|:|-|–|=)?\s*(?P<n>\d{1,3}|[a-z]+)\b", re.I)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_NAME_WORD = re.compile(r"^(?:[A-Z][A-Za-z'’\-]*\.?|[A-Z]\.|Mc[A-Z][a-z]+|d[ae]|van|von|de)$")
_NOT_NAMES = {
    "date",
    "time",
    "place",
    "venue",
    "please",
    "contact",
    "agenda",
    "enquiries",
    "email",
    "tel",
    "telephone",
    "page",
    "item",
    "meeting",
    "public",
    "notice",
    "substitutes",
    "substitute",
    "quorum",
    "apologies",
    "the",
    "to",
    "for",
    "council",
    "committee",
}


@dataclass
class Member:
    name: str
    role: str | None = None


def _role(text: str) -> str | None:
    t = " ".join(text.lower().replace("–", "-").split())
    for r in ROLE_WORDS:
        if t == r:
            return r.title().replace("Vice Chair", "Vice-Chair")
    return None


def _name(raw: str) -> Member | None:
    """'Councillor Wilfred Yardley (Chair)' -> Member('Wilfred Yardley', 'Chair')."""
    role = None
    for inside in _BRACKET.findall(raw):
        role = role or _role(inside)
    text = _BRACKET.sub(" ", raw)
    text = " ".join(text.replace("\u00a0", " ").split()).strip(" ,;.")
    # "Cllr A Smith - Chair" / "A Smith, Chair"
    m = re.match(r"^(.*?)\s*(?:[-–,]\s*)(.+)$", text)
    if m and _role(m.group(2)):
        role, text = role or _role(m.group(2)), m.group(1)
    titled = bool(_TITLE.match(text))
    text = _TITLE.sub("", text).strip(" ,;.")
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 60:
        return None
    if words[0].lower().strip(":") in _NOT_NAMES or any(c.isdigit() or c in "@:/" for c in text):
        return None
    if not all(_NAME_WORD.match(w) for w in words):
        return None
    if len(words) == 1 and (not titled or len(words[0]) < 3):
        return None  # "Labour" is a party column, "Cllr Smith" a member
    return Member(text, role)


def _split_inline(rest: str) -> list[str]:
    return [p for p in re.split(r"\s*(?:,|;|\band\b|&)\s*", rest) if p.strip()]


def members_in_text(text: str) -> list[Member]:
    """The members printed in ``text`` (front pages), in printed order, without repeats."""
    out: list[Member] = []
    seen: set[str] = set()

    def add(m: Member | None, role: str | None = None) -> None:
        if m is not None and m.name.lower() not in seen:
            seen.add(m.name.lower())
            out.append(Member(m.name, m.role or role))

    lines = [ln.strip() for ln in (text or "").splitlines()]
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        label = _LABEL.match(line)
        if label is None:
            if _TITLE.match(line):  # a titled name anywhere on a front sheet ("Cllr X (Chair)")
                add(_name(line))
            continue
        for part in _split_inline(label.group("rest")):  # "Councillors: A, B and C"
            add(_name(part))
        # The lines under the heading, down to the first that is not a member: names, role
        # headings over the next name (a table's cells) and "Role: name" rows.
        role: str | None = None
        while i < len(lines):
            cur = lines[i]
            rl = _ROLE_LINE.match(cur)
            if not cur or cur.lower().strip(" :()") in _PARTIES:
                pass
            elif rl and not rl.group("rest").strip(" :"):
                role = _role(rl.group("role"))
            elif _MEMBERS_HEADING.match(cur):
                role = None
            elif rl and _name(rl.group("rest")):
                add(_name(rl.group("rest")), _role(rl.group("role")))
            else:
                parts = _split_inline(cur) if "," in cur or ";" in cur else [cur]
                names = [_name(p) for p in parts]
                if not all(names):
                    break
                for n in names:
                    add(n, role)
                role = None
            i += 1
    return out


# Party cells beside names in a membership table are skipped, not taken for the list's end.
_PARTIES = {
    "labour", "lab", "conservative", "con", "liberal democrat", "liberal democrats", "lib dem",
    "ld", "green", "green party", "independent", "ind", "reform", "reform uk", "plaid cymru",
    "snp", "party", "group", "political group",
}  # fmt: skip


def printed_quorum(text: str) -> int | None:
    """'Quorum: 3' / 'The quorum is three' -> 3."""
    for m in _QUORUM.finditer(text or ""):  # a "Quorum" heading, then "The quorum is three"
        n = m.group("n").lower()
        value = int(n) if n.isdigit() else _NUMBER_WORDS.get(n)
        if value and 0 < value < 1000:
            return value
    return None


def _front_text(store: Any, sha: str) -> str:
    texts = store.page_texts(sha) or []
    return "\n".join(texts[:FRONT_PAGES])


# ---- the clerk's roll ------------------------------------------------------------------------
@dataclass
class RollEntry:
    name: str
    role: str | None
    status: str | None  # present / apologies / absent, None while not yet marked


def _roll_key(sha: str) -> str:
    return f"roll:{sha}"


def _stored_roll(store: Any, sha: str) -> list[dict[str, Any]] | None:
    raw = store.setting(_roll_key(sha))
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return [d for d in data if isinstance(d, dict) and isinstance(d.get("name"), str)]


def _save_roll(store: Any, sha: str, rows: list[dict[str, Any]]) -> None:
    store.set_setting(_roll_key(sha), json.dumps(rows, ensure_ascii=False))


def roll(store: Any, sha: str) -> list[RollEntry]:
    """The members for this meeting: the edited list (or the pack's printed one), then anyone
    recorded with a status who is not on it (``boardprep add attendance --name``)."""
    rows = _stored_roll(store, sha)
    if rows is None:
        rows = [{"name": m.name, "role": m.role} for m in members_in_text(_front_text(store, sha))]
    recorded = {a.name.lower(): a for a in meeting_record.attendance(store, sha)}
    out: list[RollEntry] = []
    seen: set[str] = set()
    for r in rows:
        a = recorded.get(r["name"].lower())
        out.append(RollEntry(r["name"], (a.role if a else None) or r.get("role"),
                             a.status if a else None))  # fmt: skip
        seen.add(r["name"].lower())
    for key, a in recorded.items():
        if key not in seen:
            out.append(RollEntry(a.name, a.role, a.status))
    return out


def add_member(store: Any, sha: str, name: str, role: str | None = None) -> None:
    name = " ".join((name or "").split())
    if not name:
        raise UsageError("a member needs a name")
    rows = [{"name": e.name, "role": e.role} for e in roll(store, sha)]
    if all(r["name"].lower() != name.lower() for r in rows):
        rows.append({"name": name, "role": role or None})
    _save_roll(store, sha, rows)


def remove_member(store: Any, sha: str, name: str) -> None:
    """Off the roll, and their attendance with them (a name added by mistake)."""
    rows = [{"name": e.name, "role": e.role} for e in roll(store, sha)
            if e.name.lower() != name.lower()]  # fmt: skip
    _save_roll(store, sha, rows)
    meeting_record.remove_attendance(store, sha, name)


def quorum(store: Any, sha: str) -> tuple[int, str]:
    """(the quorum, where it comes from): set by the clerk, printed in the pack ("Quorum: 3"),
    or a third of the members rounded up (at least one)."""
    chosen = store.setting(f"quorum:{sha}")
    if chosen and chosen.isdigit() and int(chosen) > 0:
        return int(chosen), "set"
    printed = printed_quorum(_front_text(store, sha))
    if printed:
        return printed, "printed"
    n = len(roll(store, sha))
    return max(1, -(-n // 3)), "a third"


def set_quorum(store: Any, sha: str, n: int | None) -> None:
    """The clerk's quorum; None goes back to the printed one or a third."""
    if n is not None and not 0 < n < 1000:
        raise UsageError("the quorum must be a number of members (1 or more)")
    store.set_setting(f"quorum:{sha}", str(n) if n else None)


def quorum_line(store: Any, sha: str) -> str:
    """'5 present of 8 · quorum 3 (printed): quorate' — the line the chair reads."""
    entries = roll(store, sha)
    present = sum(1 for e in entries if e.status == "present")
    n, source = quorum(store, sha)
    state = "quorate" if present >= n else f"not quorate ({n - present} more needed)"
    return f"{present} present of {len(entries)} · quorum {n} ({source}): {state}"
