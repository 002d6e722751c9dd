"""Typed errors with messages a user understands: packs that cannot be read, store faults."""

from __future__ import annotations


class BoardprepError(Exception):
    """Base class for every error boardprep reports to a user."""


class PackError(BoardprepError):
    """The file cannot be analysed as an agenda pack; ``str(err)`` is the user's message."""

    reason = "cannot be read"

    def __init__(self, path: str, detail: str | None = None) -> None:
        self.path = path
        self.detail = detail or self.reason
        super().__init__(self.detail)


class NotAPdfError(PackError):
    reason = "not a PDF file"


class EmptyFileError(PackError):
    reason = "the file is empty"


class DamagedPdfError(PackError):
    reason = "the PDF is damaged and cannot be repaired"


class EncryptedPdfError(PackError):
    reason = "file is encrypted (it needs a password)"


class WrongPasswordError(EncryptedPdfError):
    reason = "the password does not open this file"


class NoPagesError(PackError):
    reason = "the PDF has no pages"


class UsageError(BoardprepError):
    """Bad command-line values (unknown item, bad interest kind...): exit status 2."""


class NotFoundError(BoardprepError):
    """A record or item that does not exist."""


class StoreError(BoardprepError):
    """The member's database cannot be used right now; ``str(err)`` is one sentence for the user.

    ``kept`` says what is safe (for the window's dialog), ``todo`` what the user can do about it.
    ``retry`` is True when trying again later may work (busy database, full disk).
    """

    retry = False

    def __init__(self, message: str, *, kept: str = "", todo: str = "") -> None:
        self.kept = kept or "Everything saved before this is still in the database."
        self.todo = todo
        super().__init__(message)


class DatabaseBusyError(StoreError):
    """Another boardprep (window or command) held the database locked for too long."""

    retry = True


class DiskFullError(StoreError):
    """The disk holding the database (or the file being written) has no space left."""

    retry = True


class ReadOnlyError(StoreError):
    """The data folder or the database file cannot be written."""


class NoPermissionError(StoreError):
    """The user may not read or write the data folder or the database."""


class DataDirError(StoreError):
    """The data folder cannot be used (it is a file, or cannot be created)."""


class DatabaseDamagedError(StoreError):
    """The database file is not a database, or is truncated or corrupt. Never overwritten."""

    def __init__(self, message: str, path: str, reason: str = "", **kw: str) -> None:
        self.path = path
        self.reason = reason or "damaged"
        super().__init__(message, **kw)


class StoreIOError(StoreError):
    """The disk failed to read or write the database (an I/O error)."""

    retry = True
