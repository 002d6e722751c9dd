"""Importing a JSON bundle: another member's questions, or a full backup of this member's own.

Idempotent: every record carries a ``uid``, and a record already here is skipped. A question
whose item and normalised text match one already stored is a duplicate: reported, not doubled.
The bundle carries the pack's sha256, meeting and tree, so the pack need not be opened here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from boardprep.core.errors import UsageError
from boardprep.core.export.bundle_json import FORMAT, KINDS
from boardprep.core.model import AgendaTree
from boardprep.core.store import Store
from boardprep.core.store.db import transaction
from boardprep.core.store.records import INTEREST_KINDS, QUESTION_STATUSES
from boardprep.core.store.store import TABLES, _encode, new_uid, normalised_text, now_iso


@dataclass
class ImportResult:
    sha256: str
    kind: str
    source: str | None
    pack_was_known: bool
    added: dict[str, int] = field(default_factory=dict)
    already_present: int = 0
    duplicates: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "kind": self.kind,
            "source": self.source,
            "pack_was_known": self.pack_was_known,
            "added": self.added,
            "already_present": self.already_present,
            "duplicates": self.duplicates,
        }


def load_bundle(path: str | Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise UsageError(f"no such file: {path}") from err
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise UsageError(f"{path} is not a boardprep bundle (not readable JSON: {err})") from err
    if not isinstance(data, dict) or data.get("format") != FORMAT or "pack" not in data:
        raise UsageError(f"{path} is not a boardprep bundle (made by boardprep export … json)")
    return data


def import_bundle(store: Store, path: str | Path) -> ImportResult:
    data = load_bundle(path)
    pack = data["pack"]
    tree = AgendaTree.from_json(pack["tree"])
    sha = pack["sha256"]
    if tree.pack.sha256 != sha:
        raise UsageError(f"{path}: the bundle's agenda belongs to another pack")
    known = store.has_pack(sha)
    if not known:
        store.ensure_pack(tree, None)
    kind = str(data.get("kind", "questions"))
    source = data.get("member") or Path(path).name
    result = ImportResult(sha, kind, source, known)
    records = data.get("records") or {}
    with transaction(store.conn) as c:
        for rk in KINDS:
            for rec in records.get(rk + "s", []):
                _import_one(c, sha, rk, rec, kind, source, result)
    return result


def _import_one(
    c: Any, sha: str, kind: str, rec: dict[str, Any], bundle_kind: str,
    source: str, result: ImportResult,
) -> None:  # fmt: skip
    table, cls = TABLES[kind]
    uid = rec.get("uid") or new_uid()
    if c.execute(f"SELECT 1 FROM {table} WHERE uid=?", (uid,)).fetchone():
        result.already_present += 1
        return
    if kind == "question" and _is_duplicate(c, sha, rec):
        result.duplicates.append({"item": rec.get("item"), "text": rec.get("text")})
        return
    names = set(cls.__dataclass_fields__) - {"id"}
    values = {k: v for k, v in rec.items() if k in names}
    # A bundle is a file from someone else: keep only values the app can show.
    if kind == "question" and values.get("status") not in QUESTION_STATUSES:
        values["status"] = "draft"
    if kind == "declaration" and values.get("interest") not in INTEREST_KINDS:
        values["interest"] = "other"
    for key in ("text", "nature", "label"):
        if key in values and not isinstance(values[key], str):
            values[key] = "" if values[key] is None else str(values[key])
    values.update(uid=uid, sha256=sha)
    values.setdefault("created", now_iso())
    values.setdefault("updated", values["created"])
    if bundle_kind != "backup":
        values["source"] = rec.get("source") or source  # provenance of another member's words
    if kind == "question":
        row = c.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM questions WHERE sha256=? AND item IS ?",
            (sha, values.get("item")),
        ).fetchone()
        values["position"] = row[0]
    if kind == "note" and values.get("is_item_note"):
        taken = c.execute(
            "SELECT 1 FROM notes WHERE sha256=? AND item IS ? AND is_item_note=1",
            (sha, values.get("item")),
        ).fetchone()
        values["is_item_note"] = not taken  # keep the member's own item note; add this one
    enc = _encode(values)
    cols = ", ".join(enc)
    c.execute(
        f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' for _ in enc)})", list(enc.values())
    )
    result.added[kind] = result.added.get(kind, 0) + 1


def _is_duplicate(c: Any, sha: str, rec: dict[str, Any]) -> bool:
    want = normalised_text(str(rec.get("text") or ""))
    rows = c.execute(
        "SELECT text FROM questions WHERE sha256=? AND item IS ?", (sha, rec.get("item"))
    )
    return any(normalised_text(r[0]) == want for r in rows)
