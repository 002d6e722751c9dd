"""Exports of a pack's records: which --what/--format pairs exist, and the dispatch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from boardprep.core.errors import UsageError
from boardprep.core.export import annotated, backup, brief, declarations, notes, questions
from boardprep.core.store import Store

Exporter = Callable[..., Any]

EXPORTERS: dict[str, dict[str, Exporter]] = {
    "questions": {
        "md": questions.to_md,
        "csv": questions.to_csv,
        "json": questions.to_json,
        "docx": questions.to_docx,
    },
    "declarations": {
        "pdf": declarations.to_pdf,
        "docx": declarations.to_docx,
        "md": declarations.to_md,
    },
    "notes": {"md": notes.to_md, "docx": notes.to_docx, "json": notes.to_json},
    "brief": {"pdf": brief.to_pdf, "md": brief.to_md},
    "annotated-pdf": {"pdf": annotated.to_pdf},
    "everything": {"json": backup.to_json},
}


def valid_formats(what: str) -> list[str]:
    return list(EXPORTERS.get(what, {}))


def export(
    store: Store, sha: str, what: str, fmt: str, out: str | Path, *, pack_path: str | None = None
) -> None:
    """Write one export; an unsupported pair is a UsageError naming the valid formats."""
    if what not in EXPORTERS:
        raise UsageError(f"cannot export {what!r}; choose one of: {', '.join(EXPORTERS)}")
    fn = EXPORTERS[what].get(fmt)
    if fn is None:
        raise UsageError(
            f"{what} cannot be exported as {fmt}; valid formats for {what}: "
            f"{', '.join(valid_formats(what))}"
        )
    if what == "annotated-pdf":
        fn(store, sha, out, pack_path=pack_path)
    else:
        fn(store, sha, out)
