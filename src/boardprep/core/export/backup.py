"""Everything stored for a pack as one JSON bundle (restorable by ``boardprep import``)."""

from __future__ import annotations

from pathlib import Path

from boardprep.core.export.bundle_json import KINDS, build_bundle, write_bundle
from boardprep.core.store import Store


def to_json(store: Store, sha: str, out: str | Path) -> None:
    write_bundle(build_bundle(store, sha, KINDS, "backup"), out)
