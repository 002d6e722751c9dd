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

# A heading over the list: "Membership:", "Councillors:", "Members of the Cabinet:", "Council:".
# Without a colon only the bare words count ("Membership"), never a sentence that starts so
# ("Members of the public may attend", "COMMITTEE MEMBERS OF THE ILLINOIS FINANCE AUTHORITY").
_LABEL = re.compile(
    r"^\s*(?:committee\s+|board\s+|panel\s+|council\s+)?"
    r"(?P<word>membership|members|councillors|cllrs|council|commissioners|trustees|directors)\b"
    r"(?P<of>\s+of\s+the\s+[^:\-–]*)?\s*(?P<sep>[:\-–])?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# Titles before a name that say "a member", and offices that are also roles.
_TITLE = re.compile(
    r"^(?:county\s+councillor|councillors?|cllrs?\.?|council\s*members?|councilmembers?|"
    r"commissioners?|trustees?|board\s+members?|alderman|aldermen)\s+",
    re.I,
)
OFFICES = (
    "mayor pro tem", "vice mayor", "deputy mayor", "mayor", "vice-chairman", "vice chairman",
    "vice-chair", "vice chair", "deputy chairman", "deputy chair", "chairman", "chairwoman",
    "chairperson", "chair", "vice president", "vice-president", "president", "deputy leader",
    "leader",
)  # fmt: skip
_OFFICE = re.compile(r"^(?P<office>" + "|".join(re.escape(o) for o in OFFICES) + r")\s+", re.I)
# Words after a name that say "a member" (no role kept) or an office (kept as the role).
MEMBER_WORDS = (
    "councillor", "councilmember", "council member", "member", "board member", "commissioner",
    "trustee", "cabinet member", "ex officio",
)  # fmt: skip
ROLE_WORDS = OFFICES + MEMBER_WORDS
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
    "date", "time", "place", "venue", "please", "contact", "agenda", "enquiries", "email",
    "tel", "telephone", "page", "item", "meeting", "public", "notice", "substitutes",
    "substitute", "quorum", "apologies", "the", "to", "for", "council", "committee", "staff",
    "city", "town", "county", "clerk", "officer", "report", "reports", "executive", "minutes",
    "information", "general", "business", "order", "roll", "call", "pledge", "welcome",
    "update", "approval", "regular", "special", "session", "chamber", "chambers",
}  # fmt: skip


@dataclass
class Member:
    name: str
    role: str | None = None


def _role(text: str) -> str | None:
    """The office a word names ("Vice Chair" -> "Vice-Chair"); "" for a plain member's word
    ("Councilmember"); None when it names neither."""
    t = " ".join(text.lower().replace("–", "-").split())
    if "/" in t:  # "Mayor/Chair", "Councilmember/Member": the first word that is a role
        found = [r for r in (_role(part) for part in t.split("/")) if r is not None]
        return found[0] if found else None
    if t in MEMBER_WORDS:
        return ""
    for r in OFFICES:
        if t == r:
            word = r.title().replace("Vice Chair", "Vice-Chair").replace("Pro Tem", "pro tem")
            return word.replace("Vice President", "Vice-President")
    return None


def _name(raw: str) -> tuple[Member, bool] | None:
    """'Councillor Wilfred Yardley (Chair)' -> Member('Wilfred Yardley', 'Chair'); also
    'Drew Boyles, Mayor', 'Mayor Pro Tem Steve Freedland', 'Council Member Eniko Gold'."""
    role: str | None = None
    for inside in _BRACKET.findall(raw):
        role = role or _role(inside)
    text = _BRACKET.sub(" ", raw)
    text = " ".join(text.replace("\u00a0", " ").split()).strip(" ,;.")
    m = re.match(r"^(.*?)\s*(?:[-–,]\s*)(.+)$", text)  # "A Smith - Chair", "A Smith, Mayor"
    if m and _role(m.group(2)) is not None:
        role, text = role or _role(m.group(2)), m.group(1)
        titled = True
    else:
        titled = False
    office = _OFFICE.match(text)
    if office:
        role, text, titled = role or _role(office.group("office")), text[office.end() :], True
    if _TITLE.match(text):
        titled = True
        text = _TITLE.sub("", text)
    text = text.strip(" ,;.")
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 60:
        return None
    if any(w.lower().strip(":.") in _NOT_NAMES for w in words):
        return None  # "Regular City Council Meeting", "A. General Information"
    if any(c.isdigit() or c in "@:/" for c in text) or re.fullmatch(r"[A-Z]\.?", words[-1]):
        return None  # a name does not end in an initial: "Emmanuel J." is cut by a line end
    if not all(_NAME_WORD.match(w) for w in words) or text.isupper():
        return None  # "ILLINOIS FINANCE AUTHORITY" is a heading, not a person
    if len(words) == 1 and (not titled or len(words[0]) < 3):
        return None  # "Labour" is a party column, "Cllr Smith" a member
    return Member(text, role or None), titled


def _member(raw: str) -> Member | None:
    got = _name(raw)
    return got[0] if got else None


def _titled(raw: str) -> Member | None:
    """A member standing alone on a front sheet: only with a title or an office."""
    got = _name(raw)
    return got[0] if got and got[1] else None


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
    run: list[Member] = []  # titled names in a row outside any heading ("Cllr X (Chair)")

    def end_run() -> None:
        if len(run) >= 2:  # one titled line alone is a sentence ("Cllr Richards expenses")
            for m in run:
                add(m)
        run.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        label = _LABEL.match(line)
        if label and (label.group("of") or label.group("rest")) and not label.group("sep"):
            label = None  # a sentence that starts with the word
        if (
            label
            and not label.group("sep")
            and (label.group("word").lower() == "council" or not line[:1].isupper())
        ):
            label = None  # "Council" alone is a place or a body; "members" in a sentence
        if label is None:
            if not line:
                continue
            m = _titled(line)
            if m is not None:
                run.append(m)
            else:
                end_run()
            continue
        end_run()
        rest = label.group("rest")
        if rest and re.search(r"(?:,|\b[A-Z]\.)$", rest) and i < len(lines):
            rest += " " + lines[i]  # the list goes on over the next line ("Paul C." / "Hernandez")
            i += 1
        for part in _split_inline(rest):  # "Councillors: A, B and C"
            add(_member(part))
        # The lines under the heading, down to the first that is not a member: names, role
        # headings over the next name (a table's cells) and "Role: name" rows.
        role: str | None = None
        while i < len(lines):
            cur = lines[i]
            rl = _ROLE_LINE.match(cur)
            if not cur or cur.lower().strip(" :()") in _PARTIES:
                pass
            elif rl and not rl.group("rest").strip(" :"):
                role = _role(rl.group("role")) or None
            elif _MEMBERS_HEADING.match(cur):
                role = None
            elif rl and ":" in cur and _member(rl.group("rest").strip(" :")):
                add(_member(rl.group("rest").strip(" :")), _role(rl.group("role")) or None)
            else:
                whole = _member(cur)  # "Drew Boyles, Mayor" is one member
                names = [whole] if whole else [_member(p) for p in _split_inline(cur)]
                if not all(names):
                    break
                for n in names:
                    add(n, role)
                role = None
            i += 1
    end_run()
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
    if all((r["name"] or "").lower() != name.lower() for r in rows):
        rows.append({"name": name, "role": role or None})
    _save_roll(store, sha, rows)


def remove_member(store: Any, sha: str, name: str) -> None:
    """Off the roll, and their attendance with them (a name added by mistake)."""
    rows = [{"name": e.name, "role": e.role} for e in roll(store, sha)
            if e.name.lower() != name.lower()]  # fmt: skip
    _save_roll(store, sha, rows)
    meeting_record.remove_attendance(store, sha, name)


def snapshot(store: Any, sha: str) -> dict[str, Any]:
    """The roll, the quorum and every attendance line as stored, for :func:`restore` (undo
    of a change in the attendance window)."""
    rows = store.conn.execute("SELECT * FROM attendance WHERE sha256=? ORDER BY id", (sha,))
    return {
        "roll": store.setting(_roll_key(sha)),
        "quorum": store.setting(f"quorum:{sha}"),
        "attendance": [dict(r) for r in rows],
    }


def restore(store: Any, sha: str, snap: dict[str, Any]) -> None:
    """Put the roll, the quorum and the attendance back as :func:`snapshot` found them."""
    from boardprep.core.store.db import transaction

    with transaction(store.conn) as c:
        for key, value in ((_roll_key(sha), snap["roll"]), (f"quorum:{sha}", snap["quorum"])):
            c.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?,?)", (key, value))
        c.execute("DELETE FROM attendance WHERE sha256=?", (sha,))
        for row in snap["attendance"]:
            cols = ", ".join(row)
            c.execute(
                f"INSERT INTO attendance ({cols}) VALUES ({', '.join('?' for _ in row)})",
                list(row.values()),
            )


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
