"""Where boardprep keeps its data: one place for every path decision."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "boardprep"
ENV_DATA_DIR = "BOARDPREP_DATA_DIR"
_REPO_ROOT = Path(__file__).resolve().parents[3]


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory (database, caches), created private to the user.

    Order: explicit ``--data-dir``, then ``$BOARDPREP_DATA_DIR``, then the platform's user data
    directory (e.g. ``~/.local/share/boardprep``).
    """
    chosen = override or os.environ.get(ENV_DATA_DIR) or platformdirs.user_data_dir(APP_NAME, False)
    path = Path(chosen).expanduser()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def cache_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Analysis cache, keyed by pack sha256; lives inside the data dir so --data-dir isolates it."""
    path = data_dir(override) / "cache"
    path.mkdir(exist_ok=True, mode=0o700)
    return path


def sample_pack() -> Path:
    """The bundled sample agenda pack (fictional council), opened by ``make run``."""
    return _REPO_ROOT / "resources" / "sample" / "sample-pack.pdf"
