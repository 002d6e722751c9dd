"""``boardprep import BUNDLE.json``: merge another member's questions or restore a backup."""

from __future__ import annotations

import argparse

from boardprep.core.bundle import import_bundle
from boardprep.core.store import Store


def run(args: argparse.Namespace) -> int:
    store = Store(getattr(args, "data_dir", None))
    try:
        result = import_bundle(store, args.bundle)
        meeting = store.tree(result.sha256).meeting
    finally:
        store.close()
    added = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in result.added.items())
    where = " ".join(p for p in (meeting.organisation, meeting.body, meeting.date) if p)
    print(
        f"imported from {result.source}: {added or 'nothing new'} ({where or result.sha256[:12]})"
    )
    if result.already_present:
        print(f"{result.already_present} already present (skipped)")
    for dup in result.duplicates:
        print(f"duplicate of a question already stored (not added): item {dup['item']}: "
              f"{dup['text']}")  # fmt: skip
    if not result.pack_was_known:
        print("the pack has not been opened here yet; its records will appear when you open it")
    return 0
