"""From a pack file on disk to its registered tree: what the storing CLI verbs share.

The pack is identified by content (sha256), so a renamed copy reaches the same records.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from boardprep.core.errors import PackError
from boardprep.core.model import AgendaTree
from boardprep.core.store.records import PackOpenResult
from boardprep.core.store.store import Store


def _engine_analyze(path: str, data_dir: str | None) -> AgendaTree:
    from boardprep.core.engine.analysis import analyze  # heavy: imported when first needed

    return analyze(path, data_dir=data_dir)


# Swappable in tests that drive the CLI with a hand-made agenda tree.
analyze_pack: Callable[[str, str | None], AgendaTree] = _engine_analyze


@dataclass
class OpenedPack:
    store: Store
    tree: AgendaTree
    path: str
    opened: PackOpenResult

    @property
    def sha(self) -> str:
        return self.tree.pack.sha256


def open_registered(path: str, data_dir: str | None) -> OpenedPack:
    """Analyse (cached per sha256) and register the pack; reports carried records on stderr."""
    if not os.path.exists(path):
        raise PackError(path, "no such file")
    if os.path.isdir(path):
        raise PackError(path, "is a directory, not a PDF file")
    tree = analyze_pack(path, data_dir)
    store = Store(data_dir)
    opened = store.register_pack(tree, os.path.abspath(path), page_texts=tree.page_texts)
    if opened.carried or opened.unplaced:
        print(
            f"boardprep: re-issued pack: {len(opened.carried)} records carried over from the "
            f"earlier issue, {len(opened.unplaced)} could not be placed (listed as unplaced)",
            file=sys.stderr,
        )
    if opened.corrections_carried or opened.corrections_not_carried:
        print(
            f"boardprep: re-issued pack: {len(opened.corrections_carried)} of your corrections to "
            f"the agenda carried over, {len(opened.corrections_not_carried)} no longer apply"
            + "".join(f"\n  not carried: {line}" for line in opened.corrections_not_carried),
            file=sys.stderr,
        )
    return OpenedPack(store, tree, path, opened)
