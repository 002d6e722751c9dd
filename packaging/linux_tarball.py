"""Pack the one-folder app (dist/boardprep) with its desktop integration into a tarball.

    .venv/bin/python packaging/linux_tarball.py      # run by `make dist` after PyInstaller

Writes dist/boardprep-VERSION-linux-ARCH.tar.gz holding boardprep-VERSION/: app/ (the frozen
app), share/ (the .desktop entry, AppStream metainfo, the hicolor icon set), install.sh (per
user into ~/.local, or PREFIX=/usr/local as root) and LICENSE.
"""

from __future__ import annotations

import platform
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from boardprep import __version__  # noqa: E402

INSTALL_SH = """#!/bin/sh
# Install boardprep for this user (PREFIX=~/.local) or system-wide (PREFIX=/usr/local, as root).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
rm -rf "$PREFIX/lib/boardprep"
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share"
cp -a "$here/app" "$PREFIX/lib/boardprep"
ln -sf "$PREFIX/lib/boardprep/boardprep" "$PREFIX/bin/boardprep"
cp -a "$here/share/." "$PREFIX/share/"
bin="$PREFIX/bin/boardprep"
sed -i "s|^Exec=boardprep|Exec=$bin|; s|^TryExec=boardprep|TryExec=$bin|" \\
    "$PREFIX/share/applications/boardprep.desktop"
if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$PREFIX/share/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
fi
echo "$("$bin" --version) installed in $PREFIX (run: boardprep)"
"""


def main() -> int:
    if not sys.platform.startswith("linux"):
        print("linux_tarball: not on Linux, no tarball (see packaging/README.md)")
        return 0
    app = ROOT / "dist" / "boardprep"
    if not (app / "boardprep").exists():
        print(f"no one-folder app in {app}: run `make dist`", file=sys.stderr)
        return 1
    top = f"boardprep-{__version__}"
    out = ROOT / "dist" / f"{top}-linux-{platform.machine()}.tar.gz"
    icons = ROOT / "src" / "boardprep" / "resources" / "icons"
    pkg = ROOT / "packaging"
    script = ROOT / "build" / "install.sh"
    script.parent.mkdir(exist_ok=True)
    script.write_text(INSTALL_SH, encoding="utf-8")
    script.chmod(0o755)
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(app, f"{top}/app")
        tar.add(pkg / "boardprep.desktop", f"{top}/share/applications/boardprep.desktop")
        tar.add(
            pkg / "org.boardprep.boardprep.metainfo.xml",
            f"{top}/share/metainfo/org.boardprep.boardprep.metainfo.xml",
        )
        for png in sorted(icons.glob("boardprep-*.png")):
            n = png.stem.split("-")[1]
            tar.add(png, f"{top}/share/icons/hicolor/{n}x{n}/apps/boardprep.png")
        tar.add(icons / "boardprep.svg", f"{top}/share/icons/hicolor/scalable/apps/boardprep.svg")
        tar.add(script, f"{top}/install.sh")
        tar.add(ROOT / "LICENSE", f"{top}/LICENSE")
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
