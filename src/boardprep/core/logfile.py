"""The rotating log file people can send with a report (no Qt: the CLI may use it too).

`setup(data_dir)` points the ``boardprep`` logger at ``boardprep.log`` in `paths.log_dir`
(``logs/`` under a given data directory, else the platform's user log folder), rotated at
1 MB with three old files kept, readable by the user alone.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
from pathlib import Path

from boardprep.core import paths

LOG_NAME = "boardprep.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("boardprep")


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every file it opens (the first, and each after a rotation) is the user's alone."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, 0o600)
        return stream


_handler: logging.handlers.RotatingFileHandler | None = None


def setup(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    backups: int = BACKUPS,
) -> Path | None:
    """Log to the rotating file for DATA_DIR (idempotent); returns the log file's path.

    When that folder cannot be made or written (the data directory is a file or read-only,
    the disk is full) the platform's log folder is used instead; when neither can be, nothing
    goes to a file and None is returned: logging never stops boardprep from starting.
    """
    global _handler
    for choose in (lambda: paths.log_dir(data_dir), paths.platform_log_dir):
        try:
            folder = choose()
            path = folder / LOG_NAME
            same = _handler is not None and Path(_handler.baseFilename) == path
            if same and _handler is not None and _handler.maxBytes == max_bytes:
                return path
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            handler = _PrivateRotatingFileHandler(
                path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
            )
        except OSError:
            continue
        close()
        handler.setFormatter(logging.Formatter(FORMAT))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        _handler = handler
        return path
    close()
    return None


def current() -> Path | None:
    """The log file `setup` chose, or None before it ran."""
    return Path(_handler.baseFilename) if _handler is not None else None


def close() -> None:
    """Stop writing the log file (tests, or before the data directory goes away)."""
    global _handler
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None
