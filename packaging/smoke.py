"""Smoke test of the BUILT app (`make dist` first): runs the frozen binary, never the source.

    .venv/bin/python packaging/smoke.py [dist/boardprep]

Checks `--version`; the sample pack, icons and python-docx's templates inside the bundle;
`agenda` on the sample pack (the same JSON as the source tree gives), `add`, `list`,
`search`, every export pair, `import` of an exported bundle, `shot`; the window for a few
seconds offscreen with its log file, and a second start handing its pack to the running
window; the wheel and the Linux tarball `make dist` wrote beside it. Each check prints one
line; the last line is "N passed, N failed". Exit status 1 when any check failed.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSION = re.search(
    r'__version__ = "([^"]+)"', (ROOT / "src" / "boardprep" / "__init__.py").read_text()
).group(1)  # type: ignore[union-attr]
# Every --what/--format pair; taken from the source tree when it can be imported.
PAIRS_FALLBACK = {
    "questions": ["md", "csv", "json", "docx"],
    "declarations": ["pdf", "docx", "md"],
    "notes": ["md", "docx", "json"],
    "brief": ["pdf", "md"],
    "annotated-pdf": ["pdf"],
    "everything": ["json"],
}
MAGIC = {"pdf": b"%PDF", "docx": b"PK\x03\x04", "json": b"{", "png": b"\x89PNG"}


def export_pairs() -> dict[str, list[str]]:
    try:
        from boardprep.core.export import EXPORTERS
    except Exception:
        return PAIRS_FALLBACK
    return {what: list(formats) for what, formats in EXPORTERS.items()}


def find_binary(app: Path) -> Path:
    for name in ("boardprep-cli.exe", "boardprep", "Contents/MacOS/boardprep"):
        if (app / name).is_file():
            return app / name
    raise SystemExit(f"no built boardprep in {app}: run `make dist` first")


class Smoke:
    def __init__(self, app: Path, work: Path) -> None:
        self.app = app
        self.exe = find_binary(app)
        self.work = work
        self.data = work / "data"
        self.pack = work / "pack.pdf"
        self.items: list[dict] = []
        self.results: list[tuple[str, bool]] = []
        # The frozen app must not lean on the source tree or a Python installation.
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "BOARD"))}
        self.env.update(QT_QPA_PLATFORM="offscreen", HOME=str(work / "home"))
        (work / "home").mkdir()

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.exe), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=self.env,
            cwd=self.work,
            stdin=subprocess.DEVNULL,
        )

    def ok(self, *args: str, timeout: float = 120) -> str:
        done = self.run(*args, timeout=timeout)
        if done.returncode != 0:
            raise AssertionError(
                f"`boardprep {' '.join(args)}` exited {done.returncode}: "
                f"{(done.stderr or done.stdout).strip()[-600:]}"
            )
        return done.stdout

    def check(self, name: str, fn: Callable[[], str | None]) -> None:
        start = time.perf_counter()
        try:
            detail = fn() or ""
        except Exception as err:
            self.results.append((name, False))
            msg = str(err) if isinstance(err, AssertionError) else traceback.format_exc(limit=3)
            print(f"FAILED {name}: {msg.strip()}", flush=True)
            return
        self.results.append((name, True))
        took = time.perf_counter() - start
        print(f"PASSED {name} ({took:.1f} s){': ' + detail if detail else ''}", flush=True)

    # ---- the checks ---------------------------------------------------------------------
    def version(self) -> str:
        out = self.ok("--version").strip()
        assert out == f"boardprep {VERSION}", f"--version printed {out!r}"
        return out

    def bundle(self) -> str:
        found = {}
        for what, pattern in (
            ("sample pack", "boardprep/resources/sample/sample-pack.pdf"),
            ("icon", "boardprep/resources/icons/boardprep-256.png"),
            ("docx template", "docx/templates/default.docx"),
        ):
            hits = list(self.app.rglob(pattern))
            assert hits, f"no {pattern} in {self.app}"
            found[what] = hits[0]
        shutil.copyfile(found["sample pack"], self.pack)
        return f"sample pack at {found['sample pack'].relative_to(self.app)}"

    def agenda(self) -> str:
        tree = json.loads(self.ok("--data-dir", str(self.data), "agenda", "pack.pdf", "--json"))
        self.items = [i for i in tree["items"] if i.get("number")]
        assert len(self.items) >= 5, f"only {len(self.items)} items found"
        text = self.ok("--data-dir", str(self.data), "agenda", "pack.pdf")
        assert self.items[0]["title"][:20] in text, "the indented tree lacks the first item"
        source = self.source_agenda(Path("pack.pdf"), "src-data")
        if source is None:
            return f"{len(self.items)} items (the source tree cannot run here)"
        assert json.loads(source) == tree, "the frozen app's JSON differs from the source's"
        return f"{len(self.items)} items, JSON identical to the source tree's"

    def source_agenda(self, pdf: Path, data: str) -> str | None:
        """`agenda --json` from the source tree (None when this Python cannot run it)."""
        cmd = [sys.executable, "-m", "boardprep", "--data-dir", str(self.work / data)]
        try:
            done = subprocess.run(
                [*cmd, "agenda", str(pdf), "--json"],
                capture_output=True,
                text=True,
                timeout=180,
                cwd=self.work,
                env={**self.env, "PYTHONPATH": str(ROOT / "src")},
            )
        except OSError:
            return None
        return done.stdout if done.returncode == 0 else None

    def same_as_source(self) -> str:
        """Generated packs in other layouts, and a scanned copy (OCR), give the source's JSON."""
        sys.path[:0] = [str(ROOT), str(ROOT / "src")]
        try:
            import pymupdf
            from tests.packgen import PackSpec, build_pack
        except ImportError as err:
            return f"skipped: {err}"
        packs = []
        for layout in ("table", "colon", "timed", "papers"):
            pdf = self.work / f"gen-{layout}.pdf"
            build_pack(PackSpec(layout=layout, n_items=7, seed=11), pdf)
            packs.append(pdf)
        scanned = self.work / "scanned.pdf"  # the sample with its first 3 pages as images
        with pymupdf.open(self.pack) as doc, pymupdf.open() as out:
            for i, page in enumerate(doc):
                if i < 3:
                    pix = page.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
                    new = out.new_page(width=page.rect.width, height=page.rect.height)
                    new.insert_image(new.rect, pixmap=pix)
                else:
                    out.insert_pdf(doc, from_page=i, to_page=i)
            out.save(scanned)
        packs.append(scanned)
        for pdf in packs:
            frozen = self.ok("--data-dir", str(self.work / "cmp"), "agenda", str(pdf), "--json")
            source = self.source_agenda(pdf, "cmp-src")
            if source is None:
                return "skipped: the source tree cannot run here"
            assert json.loads(frozen) == json.loads(source), f"{pdf.name}: JSON differs"
        ocr = "OCR" if "text recognition" in frozen else "no Tesseract: named as a scan"
        return f"{len(packs)} packs identical ({', '.join(p.stem for p in packs)}; {ocr})"

    def records(self) -> str:
        item = self.items[min(3, len(self.items) - 1)]["number"]
        d = ["--data-dir", str(self.data)]
        self.ok(*d, "add", "note", "pack.pdf", "--item", item, "--text", "Smoke note: budget?")
        self.ok(*d, "add", "question", "pack.pdf", "--item", item, "--text", "What does it cost?")
        self.ok(
            *d, "add", "declaration", "pack.pdf", "--item", item, "--text", "Member of the trust",
            "--interest", "other-registrable", "--withdraw", "no",
        )  # fmt: skip
        listed = json.loads(self.ok(*d, "list", "pack.pdf", "--json"))
        counts = [
            (len(i.get("notes", [])), len(i.get("questions", [])), len(i.get("declarations", [])))
            for i in listed["items"]
        ]
        assert (1, 1, 1) in counts, f"list --json does not show the three records: {counts}"
        hits = json.loads(self.ok(*d, "search", "pack.pdf", "budget", "--json"))["hits"]
        assert hits, "search found nothing for 'budget'"
        return f"note, question and declaration on item {item}; {len(hits)} search hits"

    def exports(self) -> str:
        written = []
        for what, formats in export_pairs().items():
            for fmt in formats:
                out = self.work / "exports" / f"{what}.{fmt}"
                out.parent.mkdir(exist_ok=True)
                self.ok(
                    "--data-dir", str(self.data), "export", "pack.pdf", "--what", what,
                    "--format", fmt, "-o", str(out),
                )  # fmt: skip
                data = out.read_bytes()
                assert data, f"{what} {fmt}: empty file"
                head = data.lstrip()[:4] if fmt == "json" else data[:4]
                assert head.startswith(MAGIC.get(fmt, b"")), f"{what} {fmt}: starts {data[:8]!r}"
                if fmt == "docx":
                    with zipfile.ZipFile(out) as z:
                        assert "word/document.xml" in z.namelist(), f"{what} docx: no document"
                written.append(f"{what}.{fmt}")
        assert len(written) >= 15, f"only {len(written)} export pairs"
        return f"{len(written)} files: {', '.join(written)}"

    def import_bundle(self) -> str:
        bundle = self.work / "exports" / "questions.json"
        out = self.ok("--data-dir", str(self.work / "data2"), "import", str(bundle))
        return out.strip().splitlines()[-1][:100] if out.strip() else "imported"

    def shot(self) -> str:
        out = self.work / "shot.png"
        item = self.items[min(5, len(self.items) - 1)]["number"]
        line = self.ok(
            "--data-dir", str(self.data), "shot", "pack.pdf", "--out", str(out), "--item", item,
            timeout=180,
        )  # fmt: skip
        json.loads(line.strip().splitlines()[-1])
        data = out.read_bytes()
        assert data.startswith(MAGIC["png"]) and len(data) > 20_000, "the screenshot is empty"
        return f"{len(data) // 1024} KB"

    def window(self) -> str:
        """The window runs for a few seconds; a second start hands its pack over."""
        d = self.work / "gui-data"
        log = d / "logs" / "boardprep.log"
        first = subprocess.Popen(
            [str(self.exe), "--data-dir", str(d), "--sample"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env,
            cwd=self.work,
            stdin=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while "listening" not in (log.read_text() if log.exists() else ""):
                assert first.poll() is None, f"the window exited {first.returncode} at start"
                assert time.monotonic() < deadline, "no 'listening' line in the log in 60 s"
                time.sleep(0.2)
            time.sleep(4)  # a few seconds of the window with the sample pack
            assert first.poll() is None, f"the window exited {first.returncode}"
            second = self.run("--data-dir", str(d), str(self.pack), timeout=60)
            assert second.returncode == 0, f"the second start exited {second.returncode}"
            deadline = time.monotonic() + 30
            while "opens " + str(self.pack) not in log.read_text():
                assert time.monotonic() < deadline, "the running window never got the pack"
                time.sleep(0.2)
            time.sleep(2)
            assert first.poll() is None, f"the window exited {first.returncode} after hand-over"
        finally:
            if first.poll() is None:
                first.terminate()  # SIGTERM: the app saves first; TerminateProcess on Windows
            with contextlib.suppress(subprocess.TimeoutExpired):
                first.wait(30)
            if first.poll() is None:
                first.kill()
            _out, err = first.communicate()
        assert "Traceback" not in err, f"the window printed a traceback:\n{err[-1500:]}"
        text = log.read_text()
        assert "sample" in text and "Traceback" not in text, f"log:\n{text[-1500:]}"
        return f"ran, handed over, stopped (exit {first.returncode}); log {log.name} ok"

    def wheel(self) -> str:
        wheels = sorted(self.app.parent.glob(f"boardprep-{VERSION}-*.whl"))
        assert wheels, f"no boardprep-{VERSION} wheel in {self.app.parent}"
        with zipfile.ZipFile(wheels[-1]) as z:
            names = set(z.namelist())
        for need in (
            "boardprep/resources/sample/sample-pack.pdf",
            "boardprep/resources/icons/boardprep.svg",
            f"boardprep-{VERSION}.dist-info/licenses/LICENSE",
        ):
            assert need in names, f"{wheels[-1].name} lacks {need}"
        return f"{wheels[-1].name}: sample pack, icons, LICENSE"

    def tarball(self) -> str:
        if not sys.platform.startswith("linux"):
            return "not Linux: no tarball"
        balls = sorted(self.app.parent.glob(f"boardprep-{VERSION}-linux-*.tar.gz"))
        assert balls, f"no Linux tarball in {self.app.parent}"
        top = f"boardprep-{VERSION}"
        with tarfile.open(balls[-1]) as t:
            names = set(t.getnames())
        for need in (
            "app/boardprep",
            "install.sh",
            "share/applications/boardprep.desktop",
            "share/metainfo/org.boardprep.boardprep.metainfo.xml",
            "share/icons/hicolor/scalable/apps/boardprep.svg",
            "share/icons/hicolor/256x256/apps/boardprep.png",
        ):
            assert f"{top}/{need}" in names, f"{balls[-1].name} lacks {need}"
        return f"{balls[-1].name} ({balls[-1].stat().st_size // 1_000_000} MB)"


def main(argv: list[str]) -> int:
    app = Path(argv[0] if argv else ROOT / "dist" / "boardprep").resolve()
    with tempfile.TemporaryDirectory(prefix="boardprep-smoke-") as tmp:
        s = Smoke(app, Path(tmp))
        print(f"smoke test of {s.exe}", flush=True)
        s.check("version", s.version)
        s.check("bundle contents", s.bundle)
        s.check("agenda on the sample pack", s.agenda)
        s.check("agenda: frozen = source on other layouts and a scan", s.same_as_source)
        if s.items:
            s.check("add, list, search", s.records)
            s.check("every export format", s.exports)
            s.check("import an exported bundle", s.import_bundle)
            s.check("shot", s.shot)
        s.check("window offscreen, one instance", s.window)
        s.check("wheel holds the package data", s.wheel)
        s.check("Linux tarball", s.tarball)
    passed = sum(ok for _n, ok in s.results)
    failed = len(s.results) - passed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
