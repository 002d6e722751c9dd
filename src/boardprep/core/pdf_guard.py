"""A debug guard: PyMuPDF calls made off the owner thread, caught as they happen.

With ``BOARDPREP_PDF_GUARD=1`` in the environment (or :func:`install` called), the PyMuPDF
entry points the app uses (opening, pages, text, pixmaps, display lists, search, links,
outline, saving, Story and DocumentWriter) are wrapped: while a ``pdf_owner`` thread runs,
a call from any other thread is logged with its stack, kept in :data:`violations` and raised
as :class:`PdfThreadError` (``BOARDPREP_PDF_GUARD=log``: logged and kept, not raised). Without
an owner (the command line) every thread may call. It costs a thread comparison per call;
it is meant for tests and debugging, not for users.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
import traceback
from collections.abc import Callable
from typing import Any

from boardprep.core import pdf_owner

log = logging.getLogger(__name__)

ENV = "BOARDPREP_PDF_GUARD"

# (class name, attribute) wrapped; properties are wrapped through their getter.
ENTRY_POINTS: dict[str, tuple[str, ...]] = {
    "Document": (
        "__init__",
        "load_page",
        "__getitem__",
        "page_count",
        "get_toc",
        "authenticate",
        "save",
        "saveIncr",
        "close",
        "get_new_xref",
        "update_object",
        "update_stream",
        "xref_set_key",
        "set_metadata",
    ),
    "Page": (
        "rect",
        "get_text",
        "get_pixmap",
        "get_displaylist",
        "search_for",
        "get_links",
    ),
    "DisplayList": ("get_pixmap",),
    "Story": ("__init__", "place", "draw"),
    "DocumentWriter": ("__init__", "begin_page", "end_page", "close"),
}


class PdfThreadError(RuntimeError):
    """PyMuPDF was called from a thread other than the PDF owner's."""


violations: list[str] = []  # one line per offending call: "Page.get_text from thread X"
_originals: dict[tuple[type, str], Any] = {}
_lock = threading.Lock()
_raise = True


def installed() -> bool:
    return bool(_originals)


def install_if_asked() -> None:
    """Install when ``$BOARDPREP_PDF_GUARD`` asks for it (``1``: raise, ``log``: log only)."""
    value = os.environ.get(ENV, "").strip().lower()
    if value not in ("", "0") and not installed():
        install(raise_errors=value != "log")


def _check(what: str) -> None:
    owner = pdf_owner.current()
    if owner is None or owner.is_owner_thread():
        return
    where = f"{what} from thread {threading.current_thread().name!r}"
    with _lock:
        violations.append(where)
    log.error(
        "PyMuPDF called off the owner thread: %s\n%s", where, "".join(traceback.format_stack())
    )
    raise PdfThreadError(f"PyMuPDF called off the owner thread: {where}")


def _wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _check(name)
        return fn(*args, **kwargs)

    return guarded


def install(raise_errors: bool = True) -> None:
    """Wrap the entry points (idempotent); ``raise_errors=False`` only logs and records."""
    import pymupdf

    global _raise
    with _lock:
        _raise = raise_errors
        if _originals:
            return
        for cls_name, attrs in ENTRY_POINTS.items():
            cls = getattr(pymupdf, cls_name, None)
            if cls is None:
                continue
            for attr in attrs:
                original = cls.__dict__.get(attr)
                if original is None:
                    continue
                label = f"{cls_name}.{attr}"
                if isinstance(original, property) and original.fget is not None:
                    wrapped: Any = property(
                        _wrap(label, original.fget), original.fset, original.fdel, original.__doc__
                    )
                elif callable(original):
                    wrapped = _wrap(label, original)
                else:
                    continue
                _originals[(cls, attr)] = original
                setattr(cls, attr, wrapped)
    log.warning("PyMuPDF thread guard on: calls off the PDF owner thread raise PdfThreadError")


def uninstall() -> None:
    """Put the original entry points back (tests)."""
    with _lock:
        for (cls, attr), original in _originals.items():
            setattr(cls, attr, original)
        _originals.clear()
