"""The clerk's question register: every question for the meeting, the same question grouped.

Nobody is lost when bundles merge: a question that reads the same as one already stored for the
item (case, punctuation, spacing, small wording changes: a fuzzy match with rapidfuzz) is still
stored, with its own uid and asker, in the first one's group (``group_uid``). The register shows
one line per group with every asker. The clerk may keep a grouped question apart
(:func:`ungroup`) or put two together (:func:`group_with`).

Statuses: draft → (ready) → submitted → accepted → asked → answered, or withdrawn / ruled-out.
When the clerk's bundle comes back to a member, the status and answer of the member's own
questions (matched by uid) are taken when they are further along or newer (:func:`take_update`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process, utils

from boardprep.core.model import AgendaTree

# How alike two questions on one item must read (0-100, token_sort_ratio on lower-case text
# without punctuation) to be grouped: "Who will maintain the footbridge?" / "Who maintains
# the footbridge" score 90; "When will the bridge reopen?" / "... close?" 87 (not grouped).
SIMILAR = 88
# Fuzzy matching is quadratic within an item; past this many questions on one item (never a
# real meeting, only synthetic imports) only exact matches after normalisation are grouped.
FUZZY_LIMIT = 500

_DIGITS = re.compile(r"\d+")

STATUS_RANK = {
    "draft": 0, "ready": 1, "submitted": 2, "accepted": 3, "asked": 4, "answered": 5,
    "withdrawn": 6, "ruled-out": 6,
}  # fmt: skip


_JOINERS = re.compile(r"[-‐‑–'’]")


def normalise(text: str) -> str:
    """Lower case, punctuation and extra spaces gone; "foot-bridge" reads as "footbridge"."""
    return utils.default_process(_JOINERS.sub("", text or ""))


class Grouper:
    """Finds, per item, the group a new question belongs to (exact first, then fuzzy)."""

    def __init__(self) -> None:
        self._exact: dict[tuple[str | None, str], str] = {}
        self._texts: dict[str | None, list[str]] = {}
        self._keys: dict[str | None, list[str]] = {}

    def add(self, item: str | None, text: str, key: str) -> None:
        norm = normalise(text)
        self._exact.setdefault((item, norm), key)
        self._texts.setdefault(item, []).append(norm)
        self._keys.setdefault(item, []).append(key)

    def find(self, item: str | None, text: str) -> str | None:
        norm = normalise(text)
        hit = self._exact.get((item, norm))
        if hit is not None:
            return hit
        texts = self._texts.get(item) or []
        if not texts or len(texts) > FUZZY_LIMIT or not norm:
            return None
        digits = _DIGITS.findall(norm)
        for _text, _score, i in process.extract(
            norm, texts, scorer=fuzz.token_sort_ratio, processor=None, score_cutoff=SIMILAR,
            limit=5,
        ):  # fmt: skip
            if _DIGITS.findall(texts[i]) == digits:  # "Question 1" is not "Question 10"
                return self._keys[item][i]
        return None


def grouper_for(conn: Any, sha: str) -> Grouper:
    g = Grouper()
    for item, text, uid, group_uid in conn.execute(
        "SELECT item, text, uid, group_uid FROM questions WHERE sha256=? ORDER BY id", (sha,)
    ):
        g.add(item, text or "", group_uid or uid)
    return g


def take_update(local: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    """What of ``incoming`` (the clerk's copy of a question) to write on the local copy."""
    newer = (incoming.get("updated") or "") > (local.get("updated") or "")
    out: dict[str, Any] = {}
    status = incoming.get("status")
    if status and status != local.get("status"):
        ahead = STATUS_RANK.get(status, 0) > STATUS_RANK.get(local.get("status") or "", 0)
        if ahead or newer:
            out["status"] = status
    for key in ("answer", "answered_by"):
        value = incoming.get(key)
        if value and value != local.get(key) and (not local.get(key) or newer):
            out[key] = value
    return out


# ---- the register ----------------------------------------------------------------------------
@dataclass
class Entry:
    """One line of the register: a question and everyone who asked it."""

    item: str | None
    item_title: str
    order: int  # numbered per item, in running order
    text: str
    askers: list[str]
    status: str
    answer: str | None
    answered_by: str | None
    ids: list[int] = field(default_factory=list)
    uids: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def asker_of(q: Any, me: str | None = None) -> str:
    """Who asked: the asker, else whose bundle brought it, else (one's own) the user."""
    return q.asker or q.source or me or "(unnamed)"


def with_group_answers(questions: list[Any]) -> list[Any]:
    """Every question of a group carries the group's answer and status (the clerk answers the
    question once; each asker gets it on their own copy when the bundle goes back)."""
    from dataclasses import replace

    groups: dict[str, list[Any]] = {}
    for q in questions:
        groups.setdefault(q.group_uid or q.uid, []).append(q)
    fill: dict[str, dict[str, Any]] = {}
    for key, members in groups.items():
        if len(members) < 2:
            continue
        fill[key] = {
            "status": _group_status([q.status for q in members]),
            "answer": next((q.answer for q in members if q.answer), None),
            "answered_by": next((q.answered_by for q in members if q.answered_by), None),
        }
    if not fill:
        return questions
    out = []
    for q in questions:
        f = fill.get(q.group_uid or q.uid)
        if f:
            change = {k: v for k, v in f.items() if v and not getattr(q, k)}
            if STATUS_RANK.get(f["status"], 0) > STATUS_RANK.get(q.status, 0) and q.status not in (
                "withdrawn", "ruled-out"):  # fmt: skip
                change["status"] = f["status"]
            if change:
                q = replace(q, **change)
        out.append(q)
    return out


def _group_status(statuses: list[str]) -> str:
    live = [s for s in statuses if s not in ("withdrawn", "ruled-out")]
    pool = live or statuses
    return max(pool, key=lambda s: STATUS_RANK.get(s, 0))


def entries(store: Any, sha: str, *, include_apart: bool = False) -> list[Entry]:
    """The register in agenda order: one entry per group, numbered per item."""
    from boardprep.core.export.common import grouped
    from boardprep.core.identity import user_name

    tree: AgendaTree = store.tree(sha)
    me = user_name(store)
    questions = store.questions(sha, include_apart=include_apart)
    out: list[Entry] = []
    for number, title, qs in grouped(tree, questions):
        groups: dict[str, list[Any]] = {}
        for q in qs:
            groups.setdefault(q.group_uid or q.uid, []).append(q)
        for order, members in enumerate(groups.values(), 1):
            first = members[0]
            askers: list[str] = []
            for q in members:
                who = asker_of(q, me)
                if who not in askers:
                    askers.append(who)
            answer = next((q.answer for q in members if q.answer), None)
            by = next((q.answered_by for q in members if q.answered_by), None)
            out.append(
                Entry(
                    item=number,
                    item_title=title,
                    order=order,
                    text=first.text,
                    askers=askers,
                    status=_group_status([q.status for q in members]),
                    answer=answer,
                    answered_by=by,
                    ids=[q.id for q in members],
                    uids=[q.uid for q in members],
                )
            )
    return out


def group_members(store: Any, qid: int) -> list[int]:
    """The ids of every question in ``qid``'s group (itself included)."""
    row = store.conn.execute("SELECT uid, group_uid FROM questions WHERE id=?", (qid,)).fetchone()
    if row is None:
        return []
    key = row[1] or row[0]
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT id FROM questions WHERE uid=? OR group_uid=? ORDER BY id", (key, key)
        )
    ]


def ungroup(store: Any, qid: int) -> None:
    """Keep one question apart from its group (the clerk decides they differ)."""
    from boardprep.core.store.db import now_iso, transaction

    row = store.conn.execute("SELECT uid, group_uid FROM questions WHERE id=?", (qid,)).fetchone()
    if row is None:
        return
    uid, group = row
    with transaction(store.conn) as c:
        if group is None:  # the group's first question leaves: the next one leads the rest
            rest = [r[0] for r in c.execute(
                "SELECT uid FROM questions WHERE group_uid=? ORDER BY id", (uid,))]  # fmt: skip
            if rest:
                c.execute("UPDATE questions SET group_uid=NULL WHERE uid=?", (rest[0],))
                c.execute("UPDATE questions SET group_uid=? WHERE group_uid=?", (rest[0], uid))
        c.execute("UPDATE questions SET group_uid=NULL, updated=? WHERE id=?", (now_iso(), qid))


def group_with(store: Any, qid: int, other: int) -> None:
    """Put ``qid`` (and its group) in ``other``'s group."""
    from boardprep.core.store.db import now_iso, transaction

    row = store.conn.execute("SELECT uid, group_uid FROM questions WHERE id=?", (other,)).fetchone()
    mine = store.conn.execute("SELECT uid, group_uid FROM questions WHERE id=?", (qid,)).fetchone()
    if row is None or mine is None:
        return
    key = row[1] or row[0]
    old = mine[1] or mine[0]
    if old == key:
        return
    with transaction(store.conn) as c:
        c.execute(
            "UPDATE questions SET group_uid=?, updated=? WHERE uid=? OR group_uid=?",
            (key, now_iso(), old, old),
        )


def update_group(store: Any, qid: int, *, only_this: bool = False, **fields: Any) -> None:
    """The clerk's status, answer or answerer, given to every question of ``qid``'s group (the
    same question asked by several members is answered once), or to ``qid`` alone."""
    for target in [qid] if only_this else group_members(store, qid):
        store.update_question(target, **fields)


def move(store: Any, sha: str, rows: list[Entry], index: int, delta: int) -> int:
    """Move register line ``index`` up (-1) or down (+1) among its item's lines; the running
    order is the questions' stored position (a group's copies stay together). Returns the
    line's new index in ``rows`` (unchanged when it cannot move)."""
    entry = rows[index]
    same = [i for i, e in enumerate(rows) if e.item == entry.item]
    pos = same.index(index)
    to = pos + delta
    if entry.item is None or not 0 <= to < len(same):
        return index
    order = [rows[i] for i in same]
    order[pos], order[to] = order[to], order[pos]
    store.reorder_questions(sha, entry.item, [qid for e in order for qid in e.ids])
    return same[to]


def place(store: Any, sha: str, rows: list[Entry], index: int, before: int) -> bool:
    """Drag and drop: put register line ``index`` just before line ``before`` (``len(rows)`` or
    the line after its item's last: at its item's end). Only within the line's own item."""
    entry = rows[index]
    same = [i for i, e in enumerate(rows) if e.item == entry.item]
    if entry.item is None or not same[0] <= before <= same[-1] + 1 or before in (index, index + 1):
        return False
    order = [rows[i] for i in same if i != index]
    at = sum(1 for i in same if i < before and i != index)
    order.insert(at, entry)
    store.reorder_questions(sha, entry.item, [qid for e in order for qid in e.ids])
    return True


# ---- undo of the clerk's changes -------------------------------------------------------------
# Every change the register makes (status, answer, who answers, running order, merge, keep
# apart) stays within one item, so the item's questions as they were are enough to undo it.
_UNDO_COLS = ("status", "answer", "answered_by", "group_uid", "position", "updated")


def snapshot(store: Any, sha: str, item: str | None) -> list[dict[str, Any]]:
    """The item's questions' register fields, by uid, for :func:`restore`."""
    cols = ", ".join(_UNDO_COLS)
    rows = store.conn.execute(
        f"SELECT uid, {cols} FROM questions WHERE sha256=? AND item IS ? ORDER BY id", (sha, item)
    )
    return [dict(r) for r in rows]


def restore(store: Any, snap: list[dict[str, Any]]) -> None:
    """Write the fields :func:`snapshot` kept back onto the same questions (by uid)."""
    from boardprep.core.store.db import transaction

    sets = ", ".join(f"{c}=?" for c in _UNDO_COLS)
    with transaction(store.conn) as c:
        for row in snap:
            c.execute(
                f"UPDATE questions SET {sets} WHERE uid=?",
                [row[k] for k in _UNDO_COLS] + [row["uid"]],
            )
