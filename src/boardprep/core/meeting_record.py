"""The meeting as recorded: each item's outcome (with votes), attendance, actions.

Kept in the database beside the member's records (tables ``outcomes``, ``attendance``,
``actions``; schema v4), keyed by pack sha256 + item number like every record. The draft
minutes, the action log and the calendar file are made from these (core/export/minutes.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from boardprep.core.errors import UsageError
from boardprep.core.store.db import new_uid, now_iso, transaction

DECISIONS = ("agreed", "agreed-as-amended", "noted", "deferred", "withdrawn", "other")
DECISION_WORDS = {
    "agreed": "Agreed",
    "agreed-as-amended": "Agreed as amended",
    "noted": "Noted",
    "deferred": "Deferred",
    "withdrawn": "Withdrawn",
    "other": "Other",
}
ATTENDANCE = ("present", "apologies", "absent")


@dataclass
class Outcome:
    id: int
    uid: str
    item: str | None
    item_title: str | None
    decision: str
    text: str
    votes_for: int | None
    votes_against: int | None
    votes_abstain: int | None
    created: str

    kind = "outcome"

    @property
    def votes(self) -> str | None:
        if self.votes_for is None and self.votes_against is None and self.votes_abstain is None:
            return None
        return (
            f"For {self.votes_for or 0}, against {self.votes_against or 0}, "
            f"abstentions {self.votes_abstain or 0}"
        )

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, **self.__dict__}


@dataclass
class Attendance:
    id: int
    uid: str
    name: str
    status: str
    role: str | None
    created: str

    kind = "attendance"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, **self.__dict__}


@dataclass
class Action:
    id: int
    uid: str
    item: str | None
    item_title: str | None
    text: str
    who: str | None
    due: str | None
    done: bool
    created: str

    kind = "action"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, **self.__dict__}


@dataclass
class MeetingDeclaration:
    """A declaration of interest made at the meeting by any member (the clerk's record)."""

    id: int
    uid: str
    item: str | None
    item_title: str | None
    name: str
    interest: str
    nature: str
    left_room: bool
    created: str

    kind = "meeting-declaration"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, **self.__dict__}


def _anchor(store: Any, sha: str, item: str | None) -> dict[str, Any]:
    it = store.resolve_item(sha, item) if item else None
    now = now_iso()
    return {
        "uid": new_uid(),
        "sha256": sha,
        "item": it.number if it else None,
        "item_title": it.title if it else None,
        "created": now,
        "updated": now,
    }


def _insert(store: Any, table: str, values: dict[str, Any]) -> int:
    cols = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    with transaction(store.conn) as c:
        cur = c.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(values.values()))
        return int(cur.lastrowid or 0)


def _votes(n: int | None, what: str) -> int | None:
    if n is not None and not 0 <= n <= 100_000:
        raise UsageError(f"--{what} must be a number of votes (0 or more)")
    return n


def add_outcome(
    store: Any,
    sha: str,
    item: str,
    decision: str,
    text: str = "",
    *,
    votes_for: int | None = None,
    votes_against: int | None = None,
    votes_abstain: int | None = None,
) -> Outcome:
    """The item's outcome; a second one for the same item replaces the first (the last word)."""
    if decision not in DECISIONS:
        raise UsageError(f"decision must be one of: {', '.join(DECISIONS)}")
    values = _anchor(store, sha, item)
    values.update(
        decision=decision,
        text=text,
        votes_for=_votes(votes_for, "for"),
        votes_against=_votes(votes_against, "against"),
        votes_abstain=_votes(votes_abstain, "abstain"),
    )
    with transaction(store.conn) as c:
        c.execute("DELETE FROM outcomes WHERE sha256=? AND item IS ?", (sha, values["item"]))
        cols = ", ".join(values)
        cur = c.execute(
            f"INSERT INTO outcomes ({cols}) VALUES ({', '.join('?' for _ in values)})",
            list(values.values()),
        )
        oid = int(cur.lastrowid or 0)
    return next(o for o in outcomes(store, sha) if o.id == oid)


def outcomes(store: Any, sha: str) -> list[Outcome]:
    rows = store.conn.execute(
        "SELECT id, uid, item, item_title, decision, text, votes_for, votes_against,"
        " votes_abstain, created FROM outcomes WHERE sha256=? ORDER BY id",
        (sha,),
    ).fetchall()
    return [Outcome(*tuple(r)) for r in rows]


def set_attendance(
    store: Any, sha: str, name: str, status: str, role: str | None = None
) -> Attendance:
    """Who was there: one line per name (recording a name again changes its status)."""
    name = " ".join((name or "").split())
    if not name:
        raise UsageError("attendance needs --name NAME")
    if status not in ATTENDANCE:
        raise UsageError(f"attendance status must be one of: {', '.join(ATTENDANCE)}")
    store.tree(sha)  # the pack must be known
    now = now_iso()
    with transaction(store.conn) as c:
        row = c.execute(
            "SELECT id FROM attendance WHERE sha256=? AND name=?", (sha, name)
        ).fetchone()
        if row:
            c.execute(
                "UPDATE attendance SET status=?, role=coalesce(?, role), updated=? WHERE id=?",
                (status, role, now, row[0]),
            )
        else:
            c.execute(
                "INSERT INTO attendance (uid, sha256, created, updated, name, status, role)"
                " VALUES (?,?,?,?,?,?,?)",
                (new_uid(), sha, now, now, name, status, role),
            )
    return next(a for a in attendance(store, sha) if a.name == name)


def remove_attendance(store: Any, sha: str, name: str) -> None:
    """Forget a name's attendance (a name added to the roll by mistake)."""
    with transaction(store.conn) as c:
        c.execute("DELETE FROM attendance WHERE sha256=? AND lower(name)=lower(?)", (sha, name))


def attendance(store: Any, sha: str) -> list[Attendance]:
    rows = store.conn.execute(
        "SELECT id, uid, name, status, role, created FROM attendance WHERE sha256=? ORDER BY id",
        (sha,),
    ).fetchall()
    return [Attendance(*tuple(r)) for r in rows]


def add_declaration(
    store: Any, sha: str, item: str, name: str, interest: str, nature: str, left_room: bool
) -> MeetingDeclaration:
    from boardprep.core.store.records import INTEREST_KINDS

    name = " ".join((name or "").split())
    if not name:
        raise UsageError("a declaration made at the meeting needs --name NAME")
    if interest not in INTEREST_KINDS:
        raise UsageError(f"interest must be one of: {', '.join(INTEREST_KINDS)}")
    values = _anchor(store, sha, item)
    values.update(name=name, interest=interest, nature=nature, left_room=int(bool(left_room)))
    did = _insert(store, "meeting_declarations", values)
    return next(d for d in declarations(store, sha) if d.id == did)


def update_declaration(
    store: Any, uid: str, name: str, interest: str, nature: str, left_room: bool
) -> None:
    """Correct a declaration made at the meeting (who, the kind, what, left the room)."""
    from boardprep.core.store.records import INTEREST_KINDS

    name = " ".join((name or "").split())
    if not name:
        raise UsageError("a declaration made at the meeting needs --name NAME")
    if interest not in INTEREST_KINDS:
        raise UsageError(f"interest must be one of: {', '.join(INTEREST_KINDS)}")
    with transaction(store.conn) as c:
        c.execute(
            "UPDATE meeting_declarations SET name=?, interest=?, nature=?, left_room=?, updated=?"
            " WHERE uid=?",
            (name, interest, nature, int(bool(left_room)), now_iso(), uid),
        )


def declarations(store: Any, sha: str) -> list[MeetingDeclaration]:
    rows = store.conn.execute(
        "SELECT id, uid, item, item_title, name, interest, nature, left_room, created"
        " FROM meeting_declarations WHERE sha256=? ORDER BY id",
        (sha,),
    ).fetchall()
    out = []
    for r in rows:
        vals = list(r)
        vals[7] = bool(vals[7])
        out.append(MeetingDeclaration(*vals))
    return out


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DMY_RE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_due(due: str | None) -> str | None:
    """An action's deadline as YYYY-MM-DD: also 30/04/2026 (day first) and 30 April 2026."""
    due = " ".join((due or "").split())
    if not due:
        return None
    try:
        if _DATE_RE.match(due):
            return date.fromisoformat(due).isoformat()
        m = _DMY_RE.match(due)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    except ValueError:
        pass
    from boardprep.core.deadlines import date_in

    found = date_in(due)
    if found is None:
        raise UsageError(f"--by must be a date such as 2026-04-30 or 30 April 2026, not {due!r}")
    return found[0].isoformat()


def add_action(
    store: Any, sha: str, item: str | None, text: str, who: str | None, due: str | None
) -> Action:
    due = parse_due(due)
    values = _anchor(store, sha, item)
    values.update(text=text, who=who, due=due or None)
    aid = _insert(store, "actions", values)
    return next(a for a in actions(store, sha) if a.id == aid)


def update_action(store: Any, uid: str, text: str, who: str | None, due: str | None) -> None:
    """Correct an action: what, who, by when (the clerk's typo, a new deadline)."""
    text = " ".join((text or "").split())
    if not text:
        raise UsageError("an action needs its text")
    with transaction(store.conn) as c:
        c.execute(
            "UPDATE actions SET text=?, who=?, due=?, updated=? WHERE uid=?",
            (text, who or None, parse_due(due), now_iso(), uid),
        )


def actions(store: Any, sha: str) -> list[Action]:
    rows = store.conn.execute(
        "SELECT id, uid, item, item_title, text, who, due, done, created FROM actions"
        " WHERE sha256=? ORDER BY id",
        (sha,),
    ).fetchall()
    out = []
    for r in rows:
        vals = list(r)
        vals[7] = bool(vals[7])
        out.append(Action(*vals))
    return out


# ---- when the meeting opened and closed ----------------------------------------------------
# The clerk's times for the minutes ("The meeting opened at 10:02 and closed at 12:14"), kept
# in the settings table per pack (no schema change); the printed start time until then.
_TIME_RE = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


def _times_key(sha: str) -> str:
    return f"meeting-times:{sha}"


def meeting_times(store: Any, sha: str) -> dict[str, str | None]:
    """{"opened": "10:02" | None, "closed": "12:14" | None}."""
    import json

    raw = store.setting(_times_key(sha))
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = {}
    return {k: data.get(k) if isinstance(data.get(k), str) else None for k in ("opened", "closed")}


def parse_time(text: str | None) -> str | None:
    """'10:02', '10.02' or '9:30' as HH:MM; '' -> None."""
    text = (text or "").strip()
    if not text:
        return None
    m = _TIME_RE.match(text)
    if m is None:
        raise UsageError(f"a time is written as 10:02 (hours and minutes), not {text!r}")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def put_meeting_times(store: Any, sha: str, times: dict[str, str | None]) -> None:
    import json

    value = {k: times.get(k) for k in ("opened", "closed")}
    store.set_setting(_times_key(sha), json.dumps(value) if any(value.values()) else None)


def set_meeting_time(store: Any, sha: str, which: str, hhmm: str | None) -> None:
    """The time the meeting ``opened`` or ``closed`` (None forgets it)."""
    if which not in ("opened", "closed"):
        raise UsageError("the meeting's times are 'opened' and 'closed'")
    times = meeting_times(store, sha)
    times[which] = parse_time(hhmm)
    put_meeting_times(store, sha, times)


# ---- undo: a record's stored row, put back as it was -------------------------------------
# The window records as the meeting goes and Ctrl+Z takes a change back: it keeps the row as
# it was before (None: there was none) and writes it back whole, same id and uid.
_TABLES = {"outcome": "outcomes", "action": "actions", "declaration": "meeting_declarations"}


def stored_row(store: Any, kind: str, uid: str) -> dict[str, Any] | None:
    found = store.conn.execute(f"SELECT * FROM {_TABLES[kind]} WHERE uid=?", (uid,)).fetchone()
    return dict(found) if found else None


def outcome_row(store: Any, sha: str, item: str) -> dict[str, Any] | None:
    """The item's outcome as stored (there is at most one per item)."""
    it = store.resolve_item(sha, item)
    found = store.conn.execute(
        "SELECT * FROM outcomes WHERE sha256=? AND item IS ?", (sha, it.number if it else item)
    ).fetchone()
    return dict(found) if found else None


def _put(c: Any, table: str, row: dict[str, Any] | None) -> None:
    if row is None:
        return
    values = dict(row)
    if c.execute(f"SELECT 1 FROM {table} WHERE id=?", (values["id"],)).fetchone():
        del values["id"]  # taken meanwhile: the row comes back under a new id
    cols = ", ".join(values)
    c.execute(
        f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' for _ in values)})",
        list(values.values()),
    )


def put_row(store: Any, kind: str, uid: str, row: dict[str, Any] | None) -> None:
    """Make the record ``uid`` be ``row`` again (None: remove it)."""
    table = _TABLES[kind]
    with transaction(store.conn) as c:
        c.execute(f"DELETE FROM {table} WHERE uid=?", (uid,))
        _put(c, table, row)


def put_outcome_row(store: Any, sha: str, item: str, row: dict[str, Any] | None) -> None:
    """Make the item's outcome be ``row`` again (None: no outcome recorded)."""
    it = store.resolve_item(sha, item)
    with transaction(store.conn) as c:
        c.execute(
            "DELETE FROM outcomes WHERE sha256=? AND item IS ?", (sha, it.number if it else item)
        )
        _put(c, "outcomes", row)


def remove_outcome(store: Any, sha: str, item: str) -> None:
    put_outcome_row(store, sha, item, None)


def remove(store: Any, kind: str, uid: str) -> None:
    """Delete an action or a declaration made at the meeting."""
    put_row(store, kind, uid, None)


# ---- in a backup -------------------------------------------------------------------------
# A backup ("everything") carries the meeting record under "meeting_record"; restoring one's
# own backup brings it back. Read from a file from outside: checked and cleaned like every
# bundle part before anything is written (BundleError, one sentence per problem).
MAX_RECORD_ROWS = 20_000
_SECTION = ("attendance", "outcomes", "actions", "declarations")


def backup_section(store: Any, sha: str) -> dict[str, Any]:
    return {
        "attendance": [a.to_json() for a in attendance(store, sha)],
        "outcomes": [o.to_json() for o in outcomes(store, sha)],
        "actions": [a.to_json() for a in actions(store, sha)],
        "declarations": [d.to_json() for d in declarations(store, sha)],
        "times": meeting_times(store, sha),
    }


def take_section(raw: Any, name: str, tree: Any) -> dict[str, Any] | None:
    """The bundle's meeting record, checked and cleaned; None when it has none."""
    from boardprep.core.bundle_schema import BundleError, clean_line, clean_text

    section = raw.get("meeting_record") if isinstance(raw, dict) else None
    if section is None:
        return None
    problems: list[str] = []

    def line(where: str, key: str, v: Any, limit: int = 2000, optional: bool = True) -> Any:
        if v is None and optional:
            return None
        if not isinstance(v, str) or len(v) > limit:
            problems.append(f"{where}: its {key} must be text of at most {limit:,} characters")
            return None
        return clean_line(v)

    def count(where: str, key: str, v: Any) -> Any:
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= 100_000:
            problems.append(f"{where}: its {key} must be a number of votes")
            return None
        return v

    if not isinstance(section, dict):
        raise BundleError(name, ["its meeting_record must be an object"])
    out: dict[str, Any] = {k: [] for k in _SECTION}
    times = section.get("times") or {}
    if not isinstance(times, dict):
        raise BundleError(name, ["its meeting_record.times must be an object"])
    out["times"] = {}
    for which in ("opened", "closed"):
        value = times.get(which)
        try:
            out["times"][which] = parse_time(value) if isinstance(value, str) else None
        except UsageError:
            problems.append(f"meeting record times: {which} must be a time such as 10:02")
    for key in _SECTION:
        rows = section.get(key) or []
        if not isinstance(rows, list) or len(rows) > MAX_RECORD_ROWS:
            raise BundleError(name, [f"its meeting_record.{key} must be a list of at most "
                                     f"{MAX_RECORD_ROWS:,} records"])  # fmt: skip
        for i, r in enumerate(rows, 1):
            where = f"meeting record {key} {i}"
            if not isinstance(r, dict):
                problems.append(f"{where}: it must be an object")
                continue
            rec: dict[str, Any] = {
                "uid": line(where, "uid", r.get("uid"), 100, optional=False),
                "created": line(where, "created", r.get("created"), 40),
            }
            if key == "declarations":
                from boardprep.core.store.records import INTEREST_KINDS

                item = line(where, "item", r.get("item"), 40)
                found = tree.find_item(item) if item else None
                rec["item"] = found.number if found else None
                rec["item_title"] = found.title if found else None
                rec["name"] = line(where, "name", r.get("name"), optional=False)
                rec["interest"] = r.get("interest")
                if rec["interest"] not in INTEREST_KINDS:
                    problems.append(f"{where}: its interest must be one of "
                                    f"{', '.join(INTEREST_KINDS)}")  # fmt: skip
                nature = r.get("nature")
                if not isinstance(nature, str) or len(nature) > 1_000_000:
                    problems.append(f"{where}: its nature must be text")
                    nature = ""
                rec["nature"] = clean_text(nature)
                rec["left_room"] = r.get("left_room") is True
            elif key == "attendance":
                rec["name"] = line(where, "name", r.get("name"), optional=False)
                rec["status"] = r.get("status")
                rec["role"] = line(where, "role", r.get("role"))
                if rec["status"] not in ATTENDANCE:
                    problems.append(f"{where}: its status must be one of {', '.join(ATTENDANCE)}")
            else:
                item = line(where, "item", r.get("item"), 40)
                found = tree.find_item(item) if item else None
                rec["item"] = found.number if found else None
                rec["item_title"] = found.title if found else line(where, "title", r.get(
                    "item_title"))  # fmt: skip
                text = r.get("text")
                if not isinstance(text, str) or len(text) > 1_000_000:
                    problems.append(f"{where}: its text must be text")
                    text = ""
                rec["text"] = clean_text(text)
            if key == "outcomes":
                rec["decision"] = r.get("decision")
                if rec["decision"] not in DECISIONS:
                    problems.append(f"{where}: its decision must be one of {', '.join(DECISIONS)}")
                for v in ("votes_for", "votes_against", "votes_abstain"):
                    rec[v] = count(where, v, r.get(v))
            if key == "actions":
                rec["who"] = line(where, "who", r.get("who"))
                due = line(where, "due", r.get("due"), 40)
                rec["due"] = due if due and _DATE_RE.match(due) else None
                rec["done"] = bool(r.get("done")) if isinstance(r.get("done"), bool) else False
            out[key].append(rec)
    if problems:
        raise BundleError(name, problems[:1], len(problems))
    return out


def restore_section(store: Any, sha: str, section: dict[str, Any]) -> int:
    """Insert the records the database lacks (by uid), and the meeting's times when none
    are recorded here; returns how many records."""
    tables = {"attendance": "attendance", "outcomes": "outcomes", "actions": "actions",
              "declarations": "meeting_declarations"}  # fmt: skip
    now = now_iso()
    added = 0
    times = section.get("times") or {}
    if any(times.values()) and not any(meeting_times(store, sha).values()):
        put_meeting_times(store, sha, times)
    with transaction(store.conn) as c:
        for key, rows in section.items():
            if key not in tables:
                continue
            table = tables[key]
            for rec in rows:
                if c.execute(f"SELECT 1 FROM {table} WHERE uid=?", (rec["uid"],)).fetchone():
                    continue
                if (
                    key == "attendance"
                    and c.execute(
                        "SELECT 1 FROM attendance WHERE sha256=? AND name=?", (sha, rec["name"])
                    ).fetchone()
                ):
                    continue
                values = {**rec, "sha256": sha, "created": rec.get("created") or now,
                          "updated": now}  # fmt: skip
                cols = ", ".join(values)
                c.execute(
                    f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' for _ in values)})",
                    list(values.values()),
                )
                added += 1
    return added
