"""What `make dist` and a wheel rely on: package data, version, license, desktop files, icons.

The built app itself is checked by packaging/smoke.py (run by .ci/run after `make dist`).
"""

from __future__ import annotations

import configparser
import importlib.resources
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import boardprep
from boardprep.cli import main
from boardprep.core import paths

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_version_flag_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--version"], ["--data-dir", "x", "--version"]):
        with pytest.raises(SystemExit) as done:
            main(argv)
        assert done.value.code == 0
        assert capsys.readouterr().out.strip() == f"boardprep {boardprep.__version__}"


def test_pyproject_tells_the_truth() -> None:
    data = _pyproject()
    project = data["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    assert "version" in project["dynamic"]  # from boardprep.__version__, one place
    assert data["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "boardprep.__version__"}
    # PEP 639 SPDX strings in `license` need setuptools 77 or newer.
    (backend,) = [r for r in data["build-system"]["requires"] if r.startswith("setuptools")]
    assert backend.replace(" ", "") == "setuptools>=77"
    assert any(d.startswith("pyinstaller") for d in project["optional-dependencies"]["dist"])
    data_globs = data["tool"]["setuptools"]["package-data"]["boardprep"]
    assert "resources/sample/*" in data_globs and "resources/icons/*" in data_globs


def test_license_file_is_mit() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "boardprep contributors" in text


def test_package_data_is_found_through_importlib_resources() -> None:
    base = importlib.resources.files("boardprep") / "resources"
    sample = paths.sample_pack()
    assert sample.is_file() and sample.read_bytes()[:5] == b"%PDF-"
    assert sample == Path(str(base / "sample" / "sample-pack.pdf"))
    assert paths.icon_file().read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert paths.resource("sample", "sample-pack.truth.json").is_file()


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_png_icons_have_their_size(size: int) -> None:
    data = paths.icon_file(size).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (size, size)


def test_ico_and_icns_hold_png_images() -> None:
    ico = (PACKAGING / "icons" / "boardprep.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    for i in range(count):
        _w, _h, _c, _r, _p, _b, size, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        assert ico[offset : offset + 4] == b"\x89PNG" and offset + size <= len(ico)
    icns = (PACKAGING / "icons" / "boardprep.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, pos = [], 8
    while pos < len(icns):
        kind, length = icns[pos : pos + 4], struct.unpack(">I", icns[pos + 4 : pos + 8])[0]
        assert icns[pos + 8 : pos + 12] == b"\x89PNG"
        kinds.append(kind)
        pos += length
    assert pos == len(icns) and {b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)


def test_desktop_entry_and_metainfo_agree() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "boardprep.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Exec"] == "boardprep %f"
    assert d["Icon"] == "boardprep" and "application/pdf;" in d["MimeType"]
    validate = shutil.which("desktop-file-validate")
    if validate:
        done = subprocess.run([validate, str(PACKAGING / "boardprep.desktop")], capture_output=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout
    meta = ET.parse(PACKAGING / "org.boardprep.boardprep.metainfo.xml").getroot()
    assert meta.get("type") == "desktop-application"
    assert meta.findtext("launchable") == "boardprep.desktop"
    assert meta.findtext("project_license") == "MIT"
    releases = [r.get("version") for r in meta.iter("release")]
    assert boardprep.__version__ in releases
    appstream = shutil.which("appstreamcli")
    if appstream:
        xml = str(PACKAGING / "org.boardprep.boardprep.metainfo.xml")
        done = subprocess.run([appstream, "validate", "--no-net", xml], capture_output=True)
        assert done.returncode == 0, done.stdout


def test_spec_bundles_what_is_loaded_by_name() -> None:
    spec = (PACKAGING / "boardprep.spec").read_text(encoding="utf-8")
    assert 'collect_submodules("boardprep")' in spec  # verbs and exports (importlib)
    assert 'collect_data_files("docx")' in spec  # python-docx's templates
    assert 'collect_data_files("boardprep"' in spec  # sample pack and icons
    for needed in ("boardprep.ico", "boardprep.icns", "CFBundleDocumentTypes", "console=True"):
        assert needed in spec


def test_makefile_has_dist_and_ci_runs_the_smoke_test() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "\ndist:" in makefile and "packaging/boardprep.spec" in makefile
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make dist" in ci and "packaging/smoke.py" in ci
    assert ci.index("make test") < ci.index("make dist")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell")
def test_smoke_script_is_self_describing() -> None:
    text = (PACKAGING / "smoke.py").read_text(encoding="utf-8")
    assert "passed, " in text and "failed" in text
