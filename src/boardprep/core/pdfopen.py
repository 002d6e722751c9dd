"""Opening untrusted pack files safely, with errors a user understands.

``pymupdf.open`` sniffs content (an HTML page named ``x.pdf`` opens as a 1-page document),
prints repair messages to stdout (which would corrupt ``--json`` output) and accepts encrypted
files it cannot read. ``open_pack`` checks all of that and raises a typed ``PackError``.

An encrypted pack opens with its password. The window asks for it once and remembers it for
the session (``remember_password``, in memory only, never written anywhere), so every later
``open_pack(path)`` — the analysis, the search index, exports, the presenter — opens it too.
"""

from __future__ import annotations

import hashlib
import os
import stat
from typing import TYPE_CHECKING

from boardprep.core.errors import (
    DamagedPdfError,
    EmptyFileError,
    EncryptedPdfError,
    NoPagesError,
    NotAPdfError,
    PackError,
    WrongPasswordError,
)

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec
    from types import ModuleType

    import pymupdf

_CHUNK = 1 << 20

# Passwords the user typed this session, by the file's real path (memory only).
_passwords: dict[str, str] = {}


def _password_key(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(os.fspath(path))


def remember_password(path: str | os.PathLike[str], password: str) -> None:
    """Let every later ``open_pack(path)`` in this process open the encrypted pack."""
    _passwords[_password_key(path)] = password


def forget_password(path: str | os.PathLike[str]) -> None:
    _passwords.pop(_password_key(path), None)


def known_password(path: str | os.PathLike[str]) -> str | None:
    return _passwords.get(_password_key(path))


def unlock(doc: pymupdf.Document, path: str | os.PathLike[str], password: str | None) -> None:
    """Authenticate an encrypted document with ``password`` (or the remembered one); raise
    EncryptedPdfError when none is known and WrongPasswordError when it does not open it."""
    if not doc.needs_pass:
        return
    if password is None:
        password = known_password(path)
    if password is None:
        raise EncryptedPdfError(str(path))
    if not doc.authenticate(password):
        raise WrongPasswordError(str(path))


def _kind_problem(mode: int) -> str | None:
    """Why a file of this mode cannot be a pack (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "it is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "it is a pipe (FIFO), not a PDF file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "it is a device, not a PDF file"
    if stat.S_ISSOCK(mode):
        return "it is a socket, not a PDF file"
    return "it is not a regular file"


def check_pack_file(path: str | os.PathLike[str]) -> int:
    """The file's size; PackError for a missing file, a folder, a FIFO, a device or a socket.

    Only ``stat``: nothing is opened, so a FIFO (which would block ``open`` until a writer
    comes) or a device (endless data) is refused up front instead of hanging.
    """
    name = str(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise PackError(name, "no such file") from None
    except OSError as err:
        raise PackError(name, err.strerror or "cannot be read") from None
    problem = _kind_problem(st.st_mode)
    if problem:
        raise PackError(name, problem)
    return st.st_size


def open_regular(path: str | os.PathLike[str]) -> int:
    """A read-only file descriptor, refusing special files without blocking on them.

    O_NONBLOCK makes opening a FIFO return at once (a file swapped for one after
    :func:`check_pack_file`); fstat on the open descriptor then decides.
    """
    check_pack_file(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        raise PackError(str(path), err.strerror or "cannot be read") from err
    problem = _kind_problem(os.fstat(fd).st_mode)
    if problem:
        os.close(fd)
        raise PackError(str(path), problem)
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return fd


def sha256_file(path: str | os.PathLike[str]) -> str:
    """Hex sha256 of the file, read in chunks so big packs never sit in memory twice."""
    h = hashlib.sha256()
    with os.fdopen(open_regular(path), "rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


_LAZY_SUBMODULES = ("pymupdf.table",)  # its table finder is never used by the engine


def import_pymupdf() -> ModuleType:
    """``import pymupdf``, with its table-finder submodule loaded only when first used.

    PyMuPDF imports ``pymupdf.table`` (and its helpers) eagerly: ~0.04 s of every command's
    start-up for code the engine never calls. A one-shot finder hands that submodule to
    ``importlib.util.LazyLoader``, so it runs on first attribute access instead. Any surprise
    (PyMuPDF already imported, a different layout) falls back to the plain import.
    """
    import sys

    if "pymupdf" in sys.modules:
        return sys.modules["pymupdf"]
    finder = _LazySubmodules()
    sys.meta_path.insert(0, finder)
    try:
        import pymupdf
    finally:
        if finder in sys.meta_path:
            sys.meta_path.remove(finder)
    return pymupdf


class _LazySubmodules:
    """A meta-path finder that wraps the normal loader of a few submodules in a LazyLoader."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if name not in _LAZY_SUBMODULES:
            return None
        import importlib.util
        import sys

        sys.meta_path.remove(self)  # the normal finders do the finding, once
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            return None
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = importlib.util.LazyLoader(spec.loader)
        return spec


def open_pack(
    path: str | os.PathLike[str], password: str | None = None, keep_structure: bool = False
) -> pymupdf.Document:
    """Open ``path`` as a PDF or raise the ``PackError`` subclass that explains why not.

    An encrypted file opens with ``password``, else with the one remembered for it this
    session; without either it raises EncryptedPdfError, with a wrong one WrongPasswordError.
    The document's ``repair_warnings`` attribute lists MuPDF's messages when it had to repair
    the file (empty when the file was clean). Its structure tree (a tagged PDF's reading
    order for screen readers) is left out of the open copy unless ``keep_structure`` (a copy
    saved again keeps it): nothing here reads it, and MuPDF draws a page of a file whose tree
    loops back on itself forever (a PyMuPDF test file: the window, which waits on the
    drawing, would hang for good).
    """
    name = str(path)
    try:
        with os.fdopen(open_regular(path), "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            head = fh.read(1024)
    except OSError as err:
        raise PackError(name, err.strerror or "cannot be read") from err
    if size == 0:
        raise EmptyFileError(name)
    # A PDF header may be preceded by junk, but must be within the first 1 KB.
    if b"%PDF-" not in head:
        raise NotAPdfError(name)

    pymupdf = import_pymupdf()  # lazily: a cached analysis never needs it

    # MuPDF writes "MuPDF error: ..." to stdout by default; keep stdout clean for JSON output.
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    pymupdf.TOOLS.mupdf_warnings(reset=True)
    try:
        doc = pymupdf.open(name, filetype="pdf")
    except pymupdf.EmptyFileError as err:
        raise EmptyFileError(name) from err
    except Exception as err:  # FileDataError and friends: beyond repair
        raise DamagedPdfError(name) from err
    if not doc.is_pdf:
        doc.close()
        raise NotAPdfError(name)
    try:
        unlock(doc, name, password)
    except EncryptedPdfError:
        doc.close()
        raise
    try:
        count = doc.page_count
    except Exception as err:
        doc.close()
        raise DamagedPdfError(name) from err
    if count == 0:
        doc.close()
        raise NoPagesError(name)
    if not keep_structure:
        _drop_structure_tree(doc)
    messages = pymupdf.TOOLS.mupdf_warnings(reset=True)
    repaired = bool(getattr(doc, "is_repaired", False)) or bool(messages.strip())
    doc.repair_warnings = [m for m in messages.splitlines() if m.strip()] if repaired else []
    return doc


def _drop_structure_tree(doc: pymupdf.Document) -> None:
    try:
        root = doc.pdf_catalog()
        if root > 0 and doc.xref_get_key(root, "StructTreeRoot")[0] != "null":
            doc.xref_set_key(root, "StructTreeRoot", "null")
    except Exception:  # a catalog MuPDF cannot change: the file is read as it is
        return


def viewer_message(path: str | os.PathLike[str], err: PackError) -> str:
    """The page viewer's sentence for a pack ``open_pack`` refused: it names the file alone
    (never its folder) and says what is wrong in words a member understands."""
    name = os.path.basename(os.fspath(path))
    if isinstance(err, EncryptedPdfError):
        # The window asks for the password first (ui/pack_password.py) and remembers it.
        why = "the PDF is password-protected"
    elif isinstance(err, NotAPdfError):
        why = "it is not a PDF file"
    elif isinstance(err, NoPagesError):
        why = "the PDF has no pages"
    elif isinstance(err, DamagedPdfError | EmptyFileError):
        why = "it is damaged or not a PDF file"
    else:  # missing, a folder, a pipe, no permission: the opener's own words
        why = err.detail
    return f"Cannot open {name}: {why}."


def repair_warning(doc: pymupdf.Document) -> str | None:
    """A user-facing warning when the file had to be repaired on opening, else None."""
    if getattr(doc, "repair_warnings", None) or getattr(doc, "is_repaired", False):
        return (
            "The PDF file is slightly damaged and was repaired on opening; "
            "some pages may be missing or out of place."
        )
    return None


def password_state(path: str | os.PathLike[str], password: str | None = None) -> str:
    """Whether the pack opens: "opens", "needs password" or "wrong password".

    A file that fails for another reason "opens" as far as passwords go: the caller's own
    ``open_pack`` then reports what is wrong with it.
    """
    try:
        open_pack(path, password).close()
    except WrongPasswordError:
        return "wrong password"
    except EncryptedPdfError:
        return "needs password"
    except PackError:
        pass
    return "opens"
