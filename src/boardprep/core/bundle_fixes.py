"""The member's corrections to the agenda in JSON bundles (export and import).

Every bundle boardprep writes carries the engine's tree as ``pack.tree`` (as before) and, when
the member corrected the agenda, ``"corrections": {"version": 1, "operations": [...]}``; the
``agenda`` kind of bundle (``boardprep export PACK --what agenda --format json``) carries only
that, with the corrected tree as ``"agenda"`` for people to read. On import the operations are
checked strictly (a newer version of them is refused, asking to update boardprep), records are
checked against the agenda as corrected, and the operations are added to the store's (those
already there, by uid, skipped); records follow renumbered and merged items.
"""

from __future__ import annotations

from typing import Any

from boardprep.core.bundle_schema import BundleError, validate_bundle
from boardprep.core.corrections import VERSION, CorrectionError, apply_corrections, check_ops
from boardprep.core.model import AgendaTree
from boardprep.core.store import Store

KEY = "corrections"
READABLE_KEY = "agenda"  # the corrected tree, for people: ignored on import


def corrections_part(store: Store, sha: str) -> dict[str, Any]:
    """The bundle's ``corrections`` entry ({} when the member corrected nothing)."""
    ops = store.corrections(sha)
    return {KEY: {"version": VERSION, "operations": ops}} if ops else {}


def take_corrections(raw: Any, name: str) -> list[dict[str, Any]]:
    """Remove the corrections (and the readable agenda) from a parsed bundle and check them."""
    if not isinstance(raw, dict):
        return []
    raw.pop(READABLE_KEY, None)
    part = raw.pop(KEY, None)
    if part is None:
        return []
    if not isinstance(part, dict):
        raise BundleError(name, ["its corrections must be an object"])
    version = part.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise BundleError(name, ["its corrections have no version (a whole number)"])
    if version > VERSION:
        raise BundleError(
            name,
            [f"its corrections to the agenda are version {version}, made by a newer boardprep; "
             f"this one reads version {VERSION} (update boardprep)"],
        )  # fmt: skip
    try:
        return check_ops(part.get("operations"))
    except CorrectionError as err:
        raise BundleError(name, [f"its corrections to the agenda: {err}"]) from None


def tree_to_check(
    store: Store, sha: str | None, raw: Any, name: str, ops: list[dict[str, Any]]
) -> AgendaTree | None:
    """The agenda the bundle's records are checked against: the local one as corrected, with
    the bundle's corrections added; None (the bundle's own tree) when there is nothing to add."""
    known = bool(sha) and store.has_pack(sha)  # type: ignore[arg-type]
    if not ops:
        return store.tree(sha) if known else None  # type: ignore[arg-type]
    if known:
        have = store.corrections(sha)  # type: ignore[arg-type]
        uids = {o.get("uid") for o in have}
        all_ops = have + [o for o in ops if o.get("uid") not in uids]
        base = store.base_tree(sha, all_ops)  # type: ignore[arg-type]
    else:
        base = validate_bundle({**raw, "records": {}}, name).tree
        all_ops = ops
    return apply_corrections(base, all_ops).tree


def store_corrections(store: Store, sha: str, ops: list[dict[str, Any]]) -> tuple[int, list[str]]:
    """Add the bundle's corrections; (how many were new, those that do not apply, in words)."""
    if not ops:
        return 0, []
    return store.merge_corrections(sha, ops)
