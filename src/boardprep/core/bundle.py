"""Importing a JSON bundle: another member's questions, or a full backup of this member's own.

A bundle is a file from outside: it is read with size and shape limits, checked field by field
against the schema of its version (:mod:`boardprep.core.bundle_schema`), its text cleaned of
NUL and control characters, before anything is written. A bundle that fails the check is
refused as a whole with :class:`BundleError` (one sentence per problem); nothing is imported.

Origin: a bundle from someone else never becomes the member's own records. Its records carry
``source`` (who they came from); a "backup" counts as the member's own only when it was made
under the member's own name (or both are unnamed). Declarations are personal: a colleague's are
reported, never imported as the member's.

Idempotent: every record carries a ``uid``, and a record already here is skipped. A question
whose item and normalised text match one already stored is a duplicate: reported, not doubled.
The bundle carries the pack's sha256, meeting and tree, so the pack need not be opened here.
Import is linear: what is already stored is read once, and rows are inserted in batches.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from boardprep.core import meeting_record, register
from boardprep.core.bundle_fixes import store_corrections, take_corrections, tree_to_check
from boardprep.core.bundle_schema import (
    BundleError,
    ValidBundle,
    read_bundle_file,
    validate_bundle,
)
from boardprep.core.export.common import member_name
from boardprep.core.identity import user_role
from boardprep.core.store import Store
from boardprep.core.store.db import transaction
from boardprep.core.store.records import columns_of, insert_rows
from boardprep.core.store.store import TABLES, new_uid, now_iso

__all__ = ["BundleError", "ImportResult", "import_bundle", "load_bundle"]

_COLUMNS: dict[str, list[str]] = {
    kind: [c for c in columns_of(cls) if c != "id"] for kind, (_t, cls) in TABLES.items()
}
_JSON_COLUMNS = ("rect", "quads")
_BOOL_COLUMNS = ("withdraw", "sensitive", "is_item_note", "declared")


@dataclass
class ImportResult:
    sha256: str
    kind: str
    source: str | None
    pack_was_known: bool
    added: dict[str, int] = field(default_factory=dict)
    already_present: int = 0
    duplicates: list[dict[str, Any]] = field(default_factory=list)  # grouped, never dropped
    updated: int = 0  # the member's own questions given the clerk's status or answer
    apart: int = 0  # other members' questions kept apart from the member's own list
    own: bool = False  # True: a backup of the member's own records (no provenance added)
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "kind": self.kind,
            "source": self.source,
            "own": self.own,
            "pack_was_known": self.pack_was_known,
            "added": self.added,
            "already_present": self.already_present,
            "duplicates": self.duplicates,
            "updated": self.updated,
            "apart": self.apart,
            "warnings": self.warnings,
        }


def load_bundle(path: str | Path) -> ValidBundle:
    """Read and check a bundle file; BundleError (one sentence per problem) when it is not."""
    return validate_bundle(read_bundle_file(path), Path(path).name)


def _same_name(a: str | None, b: str | None) -> bool:
    def norm(s: str | None) -> str:
        return " ".join((s or "").lower().split())

    return norm(a) == norm(b)


def import_bundle(store: Store, path: str | Path) -> ImportResult:
    raw = read_bundle_file(path)
    name = Path(path).name
    fixes = take_corrections(raw, name)  # the agenda's corrections, checked
    sha = _peek_sha(raw)
    local_tree = tree_to_check(store, sha, raw, name, fixes)
    bundle = validate_bundle(raw, name, local_tree=local_tree)
    from_clerk = isinstance(raw, dict) and raw.get("role") == "clerk"
    record = meeting_record.take_section(raw, name, local_tree or bundle.tree)  # checked too
    del raw
    me = member_name(store)
    own = bundle.kind == "backup" and _same_name(bundle.member, me)
    origin = bundle.member or name
    warnings = list(bundle.warnings)
    if bundle.kind == "backup" and not own:
        who = bundle.member or "someone unnamed"
        mine = f"yours is {me}" if me else "you have not set your name (Edit ▸ Your name)"
        warnings.insert(
            0,
            f"this backup was made by {who}, not by you ({mine}): its records are kept as "
            f"{origin}'s, apart from your own",
        )
    known = local_tree is not None and store.has_pack(bundle.sha256)
    if not known:
        store.ensure_pack(bundle.tree, None)
    result = ImportResult(
        bundle.sha256, bundle.kind, None if own else origin, known, own=own, warnings=warnings
    )
    n_fixes, not_here = store_corrections(store, bundle.sha256, fixes)
    result.warnings += [f"a correction to the agenda does not apply here: {p}" for p in not_here]
    _insert_all(store, bundle, own, origin, result, from_clerk=from_clerk)
    if record and any(record.values()):
        if own:  # the meeting as recorded comes back with one's own backup only
            n = meeting_record.restore_section(store, bundle.sha256, record)
            if n:
                result.added["meeting record"] = n
        else:
            result.warnings.append(
                f"the meeting record in {origin}'s backup (attendance, outcomes, actions) was "
                "not imported: it is theirs"
            )
    if n_fixes:
        result.added["agenda correction"] = n_fixes
    return result


def _peek_sha(raw: Any) -> str | None:
    """The pack sha256 the bundle claims, if it looks like one (to check items against ours)."""
    try:
        sha = raw["pack"]["sha256"]
    except (TypeError, KeyError, IndexError):
        return None
    if isinstance(sha, str) and len(sha) == 64 and all(c in "0123456789abcdef" for c in sha):
        return sha
    return None


def _insert_all(
    store: Store,
    bundle: ValidBundle,
    own: bool,
    origin: str,
    result: ImportResult,
    *,
    from_clerk: bool = False,
) -> None:
    c = store.conn
    sha = bundle.sha256
    now = now_iso()
    skipped_declarations = 0
    for kind, records in bundle.records.items():
        if not records:
            continue
        if kind == "declaration" and not own:
            skipped_declarations += len(records)
            continue
        table = TABLES[kind][0]
        present = _existing_uids(c, table, [r["uid"] for r in records if r.get("uid")])
        positions: dict[str | None, int] = {}
        item_notes: set[str | None] = set()
        apart = False
        reused: set[str] = set()
        if kind == "question":
            grouper = register.grouper_for(c, sha)
            for item, pos in c.execute(
                "SELECT item, max(position) FROM questions WHERE sha256=? GROUP BY item", (sha,)
            ):
                positions[item] = pos if pos is not None else -1
            if not own and present:
                # Another asker's question under a uid already here (a bundle copied and
                # edited by hand) is a question of its own: a new uid, never skipped.
                reused = _reused_uids(c, sha, records, present, bundle.member or origin)
                # The clerk's bundle back: statuses and answers land on the member's own
                # questions; the other members' questions are kept apart from the member's list.
                mine = _take_updates(c, records, present - reused, result)
                apart = (mine or from_clerk) and user_role(store) != "clerk"
        if kind == "note":
            item_notes = {
                r[0]
                for r in c.execute(
                    "SELECT item FROM notes WHERE sha256=? AND is_item_note=1", (sha,)
                )
            }
        rows: list[dict[str, Any]] = []
        for rec in records:
            uid = rec.get("uid") or new_uid()
            if kind == "question" and uid in reused:
                reused.discard(uid)
                uid = new_uid()
            if uid in present:
                result.already_present += 1
                continue
            present.add(uid)
            values = dict(rec)
            values.update(uid=uid, sha256=sha)
            values["created"] = values.get("created") or now
            values["updated"] = values.get("updated") or values["created"]
            if not own:
                values["source"] = values.get("source") or origin
            item = values.get("item")
            if kind == "question":
                if not own:
                    values["asker"] = values.get("asker") or bundle.member or origin
                    values["apart"] = bool(apart)
                    result.apart += bool(apart)
                group = grouper.find(item, values.get("text") or "")
                if group is not None and group != uid:
                    result.duplicates.append({"item": item, "text": values.get("text")})
                    values["group_uid"] = group
                grouper.add(item, values.get("text") or "", values.get("group_uid") or uid)
                positions[item] = positions.get(item, -1) + 1
                values["position"] = positions[item]
            if kind == "note" and values.get("is_item_note"):
                # Keep the member's own item note; another's is an ordinary note beside it.
                values["is_item_note"] = own and item not in item_notes
                if values["is_item_note"]:
                    item_notes.add(item)
            rows.append(_encode(values))
        if rows:
            insert_rows(c, table, _COLUMNS[kind], rows)
            result.added[kind] = len(rows)
    if skipped_declarations:
        result.warnings.append(
            f"{skipped_declarations} declaration{'s' if skipped_declarations != 1 else ''} "
            f"of interest from {origin} not imported: declarations are personal to each member"
        )


def _reused_uids(
    c: Any, sha: str, records: list[dict[str, Any]], present: set[str], member: str | None
) -> set[str]:
    """uids of incoming questions that are here already as another asker's question."""

    def norm(s: str | None) -> str:
        return " ".join((s or "").lower().split())

    out: set[str] = set()
    for rec in records:
        uid = rec.get("uid")
        if not uid or uid not in present:
            continue
        row = c.execute("SELECT asker, source FROM questions WHERE uid=?", (uid,)).fetchone()
        if row is None:
            continue
        theirs = norm(rec.get("asker") or member)
        ours = norm(row[0] or row[1])
        if theirs and ours and theirs != ours:
            again = c.execute(  # imported before under a new uid: already present
                "SELECT 1 FROM questions WHERE sha256=? AND lower(asker)=? AND text=?",
                (sha, theirs, rec.get("text") or ""),
            ).fetchone()
            if again is None:
                out.add(uid)
    return out


def _take_updates(
    c: Any, records: list[dict[str, Any]], present: set[str], result: ImportResult
) -> bool:
    """Status and answer from the clerk on questions already here; True when some of them
    are the member's own (written here, not brought by a bundle)."""
    mine = False
    cols = ("uid", "status", "answer", "answered_by", "updated", "source")
    for rec in records:
        uid = rec.get("uid")
        if not uid or uid not in present:
            continue
        row = c.execute(f"SELECT {', '.join(cols)} FROM questions WHERE uid=?", (uid,)).fetchone()
        if row is None:
            continue
        local = dict(zip(cols, row, strict=True))
        mine = mine or local["source"] is None
        change = register.take_update(local, rec)
        if change:
            change["updated"] = max(rec.get("updated") or "", now_iso())
            sets = ", ".join(f"{k}=?" for k in change)
            with transaction(c):
                c.execute(f"UPDATE questions SET {sets} WHERE uid=?", [*change.values(), uid])
            result.updated += 1
    return mine


def _existing_uids(c: Any, table: str, uids: list[str]) -> set[str]:
    out: set[str] = set()
    for i in range(0, len(uids), 500):
        chunk = uids[i : i + 500]
        marks = ",".join("?" for _ in chunk)
        out.update(
            r[0] for r in c.execute(f"SELECT uid FROM {table} WHERE uid IN ({marks})", chunk)
        )
    return out


def _encode(values: dict[str, Any]) -> dict[str, Any]:
    import json

    out = dict(values)
    for key in _JSON_COLUMNS:
        if out.get(key) is not None:
            out[key] = json.dumps([list(q) for q in out[key]] if key == "quads" else out[key])
    if "quads" in values and out.get("quads") is None:
        out["quads"] = "[]"
    for key in _BOOL_COLUMNS:
        if isinstance(out.get(key), bool):
            out[key] = int(out[key])
    return out
