"""The core never imports Qt: it runs headless, from the CLI and in tests."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "src" / "boardprep" / "core"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "boardprep.ui")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_modules_never_import_qt() -> None:
    files = sorted(CORE.rglob("*.py"))
    assert files, "core package not found"
    offenders = {
        str(f.relative_to(CORE)): sorted(n for n in _imports(f) if n.startswith(QT_MODULES))
        for f in files
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_agenda_command_does_not_load_qt() -> None:
    code = (
        "import sys, boardprep.cli, boardprep.core.model, boardprep.core.paths;"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
