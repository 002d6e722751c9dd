"""``--what agenda --format json``: the agenda as corrected, for ``boardprep import`` elsewhere.

A bundle of kind ``agenda``: the engine's tree (``pack.tree``), the member's corrections
(``corrections``, versioned) and the corrected tree for people to read (``agenda``); no records.
"""

from __future__ import annotations

from pathlib import Path

from boardprep.core.bundle_fixes import READABLE_KEY, corrections_part
from boardprep.core.corrections import VERSION
from boardprep.core.export.bundle_json import build_bundle, write_bundle
from boardprep.core.store import Store


def to_json(store: Store, sha: str, out: str | Path) -> None:
    bundle = build_bundle(store, sha, (), "agenda")
    bundle.update(corrections_part(store, sha) or {"corrections": {"version": VERSION,
                                                                   "operations": []}})  # fmt: skip
    bundle[READABLE_KEY] = store.tree(sha).to_json()
    bundle["pack"]["tree"] = store.engine_tree(sha).to_json(with_labels=True)
    write_bundle(bundle, out)
