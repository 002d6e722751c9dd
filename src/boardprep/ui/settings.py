"""QSettings in one place: window geometry, splitter sizes, zoom.

The application's organisation/name (set in ``app.py``) decide where QSettings writes; tests point
them at a temporary directory so they never touch the user's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORG_NAME = "boardprep"
APP_NAME = "boardprep"


def settings() -> QSettings:
    return QSettings()


def load_bytes(key: str) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_bytes(key: str, value: QByteArray) -> None:
    settings().setValue(key, value)


def load_float(key: str, default: float | None = None) -> float | None:
    value = settings().value(key)
    try:
        return float(value) if value is not None else default
    except (TypeError, ValueError):
        return default


def save_float(key: str, value: float) -> None:
    settings().setValue(key, float(value))


def load_bool(key: str, default: bool) -> bool:
    value = settings().value(key)
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


def save_bool(key: str, value: bool) -> None:
    settings().setValue(key, bool(value))


SAVE_DIR_KEY = "dialogs/saveDir"


def save_dir() -> str:
    """Where a save dialog starts: the folder the member last saved into (if it still exists),
    else their Documents folder, else their home folder."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    last = settings().value(SAVE_DIR_KEY)
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return docs
    return str(Path.home())


def remember_save_dir(chosen_file: str) -> None:
    """Remember the folder of a file the member chose to save, for the next save dialog."""
    from pathlib import Path

    settings().setValue(SAVE_DIR_KEY, str(Path(chosen_file).expanduser().parent))
