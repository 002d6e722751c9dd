"""Exports of a pack's records: which --what/--format pairs exist, and the dispatch.

Exporter modules are imported only when used: python-docx and the PDF writer are not needed by
``boardprep list`` or ``add``, which import this package for its shared wording.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from boardprep.core.errors import BoardprepError, UsageError
from boardprep.core.export.output import (
    ExportError,
    Progress,
    atomic_output,
    failed,
    reason,
    running,
)

if TYPE_CHECKING:  # the table below is read by the CLI's parser: no store import for it
    from boardprep.core.store import Store

# what -> format -> "module.function" under boardprep.core.export
EXPORTERS: dict[str, dict[str, str]] = {
    "questions": {
        "md": "questions.to_md",
        "csv": "questions.to_csv",
        "json": "questions.to_json",
        "docx": "questions.to_docx",
    },
    "declarations": {
        "pdf": "declarations.to_pdf",
        "docx": "declarations.to_docx",
        "md": "declarations.to_md",
    },
    "notes": {"md": "notes.to_md", "docx": "notes.to_docx", "json": "notes.to_json"},
    "brief": {"pdf": "brief.to_pdf", "md": "brief.to_md"},
    "annotated-pdf": {"pdf": "annotated.to_pdf"},
    "everything": {"json": "backup.to_json"},
    # issue 10: the clerk's register (json: the clerk's bundle back) and the meeting record
    "question-register": {
        "csv": "register.to_csv",
        "docx": "register.to_docx",
        "pdf": "register.to_pdf",
        "md": "register.to_md",
        "json": "register.to_json",
    },
    "minutes": {"docx": "minutes.to_docx", "md": "minutes.to_md"},
    "actions": {"csv": "minutes.actions_csv"},
    "ics": {"ics": "minutes.to_ics"},
}
# issue 9: the agenda as the member corrected it (a bundle of kind "agenda", for import)
EXPORTERS["agenda"] = {"json": "agenda.to_json"}


def valid_formats(what: str) -> list[str]:
    return list(EXPORTERS.get(what, {}))


def check_pair(what: str, fmt: str) -> None:
    """UsageError naming the valid formats when ``what`` cannot be written as ``fmt``."""
    if what not in EXPORTERS:
        raise UsageError(f"cannot export {what!r}; choose one of: {', '.join(EXPORTERS)}")
    if fmt not in EXPORTERS[what]:
        raise UsageError(
            f"{what} cannot be exported as {fmt}; valid formats for {what}: "
            f"{', '.join(valid_formats(what))}"
        )


def export(
    store: Store,
    sha: str,
    what: str,
    fmt: str,
    out: str | Path,
    *,
    pack_path: str | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> None:
    """Write one export; an unsupported pair is a UsageError naming the valid formats.

    The file is written to a private temporary file beside ``out`` and renamed into place
    (see :mod:`~boardprep.core.export.output`): a failure or Cancel (``cancel()`` returning
    True, checked as the export goes) leaves any earlier ``out`` untouched; ``progress(done,
    total, what)`` is called now and then. Only reads the store. Faults are ExportError.
    """
    check_pair(what, fmt)
    module_name, func_name = EXPORTERS[what][fmt].split(".")
    fn = getattr(importlib.import_module(f"boardprep.core.export.{module_name}"), func_name)
    try:
        with running(progress, cancel), atomic_output(out) as tmp:
            if what == "annotated-pdf":
                fn(store, sha, tmp, pack_path=pack_path)
            else:
                fn(store, sha, tmp)
    except BoardprepError:
        raise
    except OSError as err:
        raise failed(out, reason(err)) from err
    except MemoryError as err:
        raise failed(out, "there is not enough memory") from err
    except Exception as err:  # a writer library's own error: one sentence, never a traceback
        detail = " ".join(str(err).split())[:200] or type(err).__name__
        raise ExportError(
            f"cannot write {out}: {detail}; any earlier file there is unchanged"
        ) from err
