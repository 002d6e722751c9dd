"""Writing an export safely: a private temporary file beside the target, renamed into place.

An export killed or failing half-way (full disk, a crash, Cancel) leaves the previous file
exactly as it was; the new file appears whole or not at all. The temporary file is created
0600 and keeps that mode when renamed: every export holds the member's own records.

Progress and Cancel: :func:`export` (in ``__init__``) sets the current job with
:func:`running`; exporters call :func:`step` in their loops, which reports progress at most
every 0.1 s and raises :class:`ExportCancelled` when the job was cancelled. In the window
exports run on the PDF owner's thread (``core.pdf_owner``): each step also lets the pages
waiting to be rendered through, so the reader never freezes behind an export.
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from boardprep.core.errors import BoardprepError
from boardprep.core.pdf_owner import cooperate

Progress = Callable[[int, int, str], None]


class ExportError(BoardprepError):
    """An export could not be written; ``str(err)`` is one sentence for the member."""


class ExportCancelled(ExportError):
    """The member pressed Cancel: nothing was written, the previous file is unchanged."""


_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "the folder does not exist",
    errno.EISDIR: "it is a folder",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EIO: "the disk reported an input/output error",
}


def reason(err: OSError) -> str:
    return _REASONS.get(err.errno or 0) or (err.strerror or str(err)).lower()


def failed(out: str | Path, why: str) -> ExportError:
    return ExportError(f"cannot write {out}: {why}; any earlier file there is unchanged")


@contextlib.contextmanager
def atomic_output(out: str | Path) -> Iterator[Path]:
    """Yield a private temporary path beside ``out``; on success it replaces ``out`` whole."""
    target = Path(out)
    if target.is_symlink():
        target = Path(os.path.realpath(target))  # replace the file the link points to
    try:
        mode = target.stat().st_mode
    except OSError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise failed(out, "it is a folder")
    if mode is not None and not stat.S_ISREG(mode):
        raise failed(out, "it is not a regular file (a device or a pipe)")
    folder = target.parent
    if not folder.is_dir():
        raise failed(out, "the folder does not exist")
    _remove_stale(folder, target)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=f".part{target.suffix}", dir=folder
        )  # mkstemp: O_EXCL, mode 0600
    except OSError as err:
        raise failed(out, reason(err)) from err
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)  # a writer that recreated the file must not widen it
        os.replace(tmp, target)
    except OSError as err:
        _remove(tmp)
        raise failed(out, reason(err)) from err
    except BaseException:
        _remove(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


STALE_SECONDS = 3600


def _remove_stale(folder: Path, target: Path) -> None:
    """Temporary files of this target left by an export that was killed an hour or more ago."""
    now = time.time()
    with contextlib.suppress(OSError):
        for p in folder.glob(f".{glob_escape(target.name)}.*.part{glob_escape(target.suffix)}"):
            with contextlib.suppress(OSError):
                if now - p.stat().st_mtime > STALE_SECONDS:
                    p.unlink()


def glob_escape(s: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in s)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


@dataclass
class Job:
    progress: Progress | None = None
    cancel: Callable[[], bool] | None = None
    last: float = 0.0


_JOB: contextvars.ContextVar[Job | None] = contextvars.ContextVar("export_job", default=None)


@contextlib.contextmanager
def running(progress: Progress | None, cancel: Callable[[], bool] | None) -> Iterator[Job]:
    job = Job(progress, cancel)
    token = _JOB.set(job)
    try:
        yield job
    finally:
        _JOB.reset(token)


def step(done: int, total: int, message: str = "") -> None:
    """Report progress (throttled) and stop here if the member cancelled."""
    job = _JOB.get()
    if job is None:
        return
    cooperate()  # a no-op off the owner thread (the command line)
    if job.cancel is not None and job.cancel():
        raise ExportCancelled("export cancelled; nothing was written")
    now = time.monotonic()
    if job.progress is not None and (now - job.last >= 0.1 or done >= total):
        job.last = now
        job.progress(done, total, message)
