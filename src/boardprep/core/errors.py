"""Typed errors for packs that cannot be read, with messages a user understands."""

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


class NoPagesError(PackError):
    reason = "the PDF has no pages"


class UsageError(BoardprepError):
    """Bad command-line values (unknown item, bad interest kind...): exit status 2."""


class NotFoundError(BoardprepError):
    """A record or item that does not exist."""
