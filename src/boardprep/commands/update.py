"""``boardprep update question PACK ID [--status S] [--answer T] [--answered-by W]``.

The clerk's side of the register: a question's status and answer (given to every question in
its group, the same question from several askers, unless ``--only-this``), and whether it is
grouped (``--ungroup``, ``--group-with ID``). Prints the question as JSON.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from boardprep.core import register
from boardprep.core.errors import UsageError
from boardprep.core.store.packref import open_registered
from boardprep.core.store.records import QUESTION_STATUSES


def _find(store: Any, sha: str, ref: str) -> int:
    ref = ref.strip()
    if ref.isdigit():
        row = store.conn.execute(
            "SELECT id FROM questions WHERE id=? AND sha256=?", (int(ref), sha)
        ).fetchone()
    else:
        row = store.conn.execute(
            "SELECT id FROM questions WHERE sha256=? AND uid=?", (sha, ref)
        ).fetchone()
    if row is None:
        raise UsageError(f"no question {ref!r} for this pack (see boardprep list PACK --json)")
    return int(row[0])


def run(args: argparse.Namespace) -> int:
    if args.status is not None and args.status not in QUESTION_STATUSES:
        raise UsageError(f"--status must be one of: {', '.join(QUESTION_STATUSES)}")
    fields: dict[str, Any] = {}
    if args.status is not None:
        fields["status"] = args.status
    if args.answer is not None:
        fields["answer"] = args.answer
    if args.answered_by is not None:
        fields["answered_by"] = args.answered_by
    if not fields and not args.ungroup and not args.group_with:
        raise UsageError("nothing to change: give --status, --answer, --answered-by, "
                         "--ungroup or --group-with")  # fmt: skip
    pack = open_registered(args.pack, getattr(args, "data_dir", None))
    store, sha = pack.store, pack.sha
    try:
        qid = _find(store, sha, args.id)
        if args.ungroup:
            register.ungroup(store, qid)
        if args.group_with:
            register.group_with(store, qid, _find(store, sha, args.group_with))
        if fields:
            targets = [qid] if args.only_this else register.group_members(store, qid)
            for target in targets:
                store.update_question(target, **fields)
        print(json.dumps(store.get("question", qid).to_json(), ensure_ascii=False))
    finally:
        store.close()
    return 0
