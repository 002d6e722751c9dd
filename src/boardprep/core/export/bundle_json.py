"""The JSON bundle: questions for a clerk, or a full backup, restorable by ``boardprep import``.

It carries the pack's sha256, meeting and agenda tree, so a bundle imports even on a computer
where the pack was never opened.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from boardprep.core.bundle_schema import FORMAT, RECORD_KINDS, SUPPORTED_VERSIONS
from boardprep.core.export.common import member_name
from boardprep.core.export.output import step
from boardprep.core.identity import user_role
from boardprep.core.register import with_group_answers
from boardprep.core.store import Store
from boardprep.core.store.store import now_iso

VERSION = SUPPORTED_VERSIONS[-1]  # written; bundle_schema checks what is read
KINDS = RECORD_KINDS
__all__ = ["FORMAT", "KINDS", "VERSION", "build_bundle", "write_bundle"]


def build_bundle(
    store: Store, sha: str, kinds: tuple[str, ...], bundle_kind: str
) -> dict[str, Any]:
    from boardprep.core.bundle_fixes import corrections_part

    tree = store.engine_tree(sha)  # the member's corrections travel as operations (below)
    me = member_name(store)
    getters = {
        "note": lambda: [n for n in store.notes(sha) if n.text.strip()],
        "question": lambda: (
            store.questions(sha, include_apart=True)
            if bundle_kind == "backup"
            else with_group_answers(_with_askers(store.questions(sha), me))
        ),
        "declaration": lambda: store.declarations(sha),
        "highlight": lambda: store.highlights(sha),
        "bookmark": lambda: store.bookmarks(sha),
    }
    # Record objects: write_bundle turns them into JSON one at a time (110,000 records would
    # otherwise sit in memory twice more, as dicts and as one huge string).
    records: dict[str, list[Any]] = {}
    for kind in kinds:
        records[kind + "s"] = getters[kind]()
    extra: dict[str, Any] = {}
    if bundle_kind == "backup":  # the meeting as recorded comes back with the backup
        from boardprep.core.meeting_record import backup_section

        extra["meeting_record"] = backup_section(store, sha)
    return {
        "format": FORMAT,
        "version": VERSION,
        "kind": bundle_kind,
        "exported": now_iso(),
        "member": me,
        "role": user_role(store),
        "pack": {
            "sha256": sha,
            "meeting": tree.meeting.to_json(),
            "paths": store.pack_paths(sha),
            "tree": tree.to_json(with_labels=True),
        },
        **corrections_part(store, sha),
        **extra,
        "records": records,
    }


def _with_askers(questions: list[Any], me: str | None) -> list[Any]:
    """The member's own questions carry their asker: the member's name when none is set."""
    if not me:
        return questions
    return [replace(q, asker=me) if q.asker is None and q.source is None else q for q in questions]


def _record_json(record: Any) -> dict[str, Any]:
    if isinstance(record, dict):
        return record
    d = record.to_json()
    for key in ("rect",):
        if d.get(key) is not None:
            d[key] = list(d[key])
    if "quads" in d:
        d["quads"] = [list(q) for q in d["quads"]]
    return d


def write_bundle(bundle: dict[str, Any], out: str | Path) -> None:
    """The bundle as indented JSON with one record per line, written as it is encoded."""
    records: dict[str, list[Any]] = bundle.get("records") or {}
    head = {k: v for k, v in bundle.items() if k != "records"}
    total = sum(len(v) for v in records.values())
    done = 0
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        text = json.dumps(head, indent=2, ensure_ascii=False)
        fh.write(text[: text.rindex("}")].rstrip() + ',\n  "records": {')
        for i, (key, recs) in enumerate(records.items()):
            fh.write(("," if i else "") + f"\n    {json.dumps(key)}: [")
            for j, rec in enumerate(recs):
                fh.write(("," if j else "") + "\n      ")
                fh.write(json.dumps(_record_json(rec), ensure_ascii=False))
                done += 1
                if done % 2000 == 0:
                    step(done, total, "records")
            fh.write("\n    ]" if recs else "]")
        fh.write("\n  }\n}\n" if records else "}\n}\n")
