"""Where boardprep keeps its data: one place for every path decision."""

from __future__ import annotations

import atexit
import contextlib
import importlib.resources
import os
from pathlib import Path

import platformdirs

APP_NAME = "boardprep"
ENV_DATA_DIR = "BOARDPREP_DATA_DIR"
_extracted = contextlib.ExitStack()  # resources copied out of a zip import, removed at exit
atexit.register(_extracted.close)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory (database, caches), created private to the user.

    Order: explicit ``--data-dir``, then ``$BOARDPREP_DATA_DIR``, then the platform's user data
    directory (e.g. ``~/.local/share/boardprep``).
    """
    path = chosen_data_dir(override)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def chosen_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The directory `data_dir` would use, neither created nor checked (a name for it)."""
    chosen = override or os.environ.get(ENV_DATA_DIR) or platformdirs.user_data_dir(APP_NAME, False)
    return Path(chosen).expanduser()


def log_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where the rotating log file goes: ``logs/`` in a data directory that was given
    (``--data-dir`` or ``$BOARDPREP_DATA_DIR``), else the platform's user log folder
    (``~/.local/state/boardprep/log``, ``%LOCALAPPDATA%\\boardprep\\Logs``,
    ``~/Library/Logs/boardprep``)."""
    given = override or os.environ.get(ENV_DATA_DIR)
    path = data_dir(given) / "logs" if given else platform_log_dir()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def platform_log_dir() -> Path:
    """The platform's user log folder for boardprep (not created)."""
    return Path(platformdirs.user_log_dir(APP_NAME, False))


def resource(*parts: str) -> Path:
    """A file shipped inside the package (``boardprep/resources/...``), as a real path.

    Found through importlib.resources, so the same call works from a source tree, an installed
    wheel and a frozen (PyInstaller) app; from a zip import the file is copied out once.
    """
    ref = importlib.resources.files("boardprep").joinpath("resources", *parts)
    if isinstance(ref, Path):
        return ref
    return Path(_extracted.enter_context(importlib.resources.as_file(ref)))


def sample_pack() -> Path:
    """The bundled sample agenda pack (fictional council), opened by ``make run``."""
    return resource("sample", "sample-pack.pdf")


def icon_file(size: int | None = None) -> Path:
    """The application icon: ``boardprep.svg``, or the PNG rendered at SIZE pixels."""
    return resource("icons", f"boardprep-{size}.png" if size else "boardprep.svg")
