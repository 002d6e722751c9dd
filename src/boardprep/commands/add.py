"""``boardprep add note|question|declaration PACK --item N --text T``: store one record."""

from __future__ import annotations

import argparse
import json

from boardprep.core.errors import UsageError
from boardprep.core.store.packref import open_registered


def run(args: argparse.Namespace) -> int:
    kind = args.kind
    if kind != "declaration" and (args.interest or args.withdraw):
        raise UsageError("--interest and --withdraw apply to declarations only")
    if kind != "question" and (args.status or args.asker):
        raise UsageError("--status and --asker apply to questions only")
    if kind == "declaration" and not args.interest:
        raise UsageError(
            "a declaration needs --interest pecuniary|other-registrable|non-registrable|other"
        )
    if not args.text.strip():
        raise UsageError("--text is empty")
    pack = open_registered(args.pack, getattr(args, "data_dir", None))
    store, sha = pack.store, pack.sha
    try:
        if args.page is not None and not 1 <= args.page <= pack.tree.pack.pages:
            raise UsageError(f"--page must be between 1 and {pack.tree.pack.pages}")
        if kind == "note":
            record = store.add_note(sha, args.item, args.text, page=args.page)
        elif kind == "question":
            record = store.add_question(
                sha, args.item, args.text, status=args.status or "draft", asker=args.asker,
                page=args.page,
            )  # fmt: skip
        else:
            record = store.add_declaration(
                sha, args.item, interest=args.interest, nature=args.text,
                withdraw=args.withdraw == "yes",
            )  # fmt: skip
        print(json.dumps(record.to_json(), ensure_ascii=False))
    finally:
        store.close()
    return 0
