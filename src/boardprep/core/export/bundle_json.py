"""The JSON bundle: questions for a clerk, or a full backup, restorable by ``boardprep import``.

It carries the pack's sha256, meeting and agenda tree, so a bundle imports even on a computer
where the pack was never opened.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from boardprep.core.bundle_schema import FORMAT, RECORD_KINDS, SUPPORTED_VERSIONS
from boardprep.core.export.common import member_name
from boardprep.core.store import Store
from boardprep.core.store.store import now_iso

VERSION = SUPPORTED_VERSIONS[-1]  # written; bundle_schema checks what is read
KINDS = RECORD_KINDS
__all__ = ["FORMAT", "KINDS", "VERSION", "build_bundle", "write_bundle"]


def build_bundle(
    store: Store, sha: str, kinds: tuple[str, ...], bundle_kind: str
) -> dict[str, Any]:
    tree = store.tree(sha)
    getters = {
        "note": lambda: [n for n in store.notes(sha) if n.text.strip()],
        "question": lambda: store.questions(sha),
        "declaration": lambda: store.declarations(sha),
        "highlight": lambda: store.highlights(sha),
        "bookmark": lambda: store.bookmarks(sha),
    }
    records: dict[str, list[dict[str, Any]]] = {}
    for kind in kinds:
        records[kind + "s"] = [_record_json(r) for r in getters[kind]()]
    return {
        "format": FORMAT,
        "version": VERSION,
        "kind": bundle_kind,
        "exported": now_iso(),
        "member": member_name(store),
        "pack": {
            "sha256": sha,
            "meeting": tree.meeting.to_json(),
            "paths": store.pack_paths(sha),
            "tree": tree.to_json(with_labels=True),
        },
        "records": records,
    }


def _record_json(record: Any) -> dict[str, Any]:
    d = record.to_json()
    for key in ("rect",):
        if d.get(key) is not None:
            d[key] = list(d[key])
    if "quads" in d:
        d["quads"] = [list(q) for q in d["quads"]]
    return d


def write_bundle(bundle: dict[str, Any], out: str | Path) -> None:
    Path(out).write_text(json.dumps(bundle, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
