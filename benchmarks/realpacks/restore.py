"""Rebuild the real-pack corpus PDFs from repository snapshots (the PDFs stay out of git).

    python benchmarks/realpacks/restore.py [--mirror DIR] [--missing] [ID ...]

Each truth file's ``source`` names a public repository, a commit and a path (or, for an
assembled pack, a list of parts). The snapshot must already be on this machine (the search
tool's ``fetch`` puts it in ``/work/.mirror/owner+name/``); the PDF is read with ``git show``
and written to ``benchmarks/realpacks/pdfs/<id>.pdf``, checked against its sha256.
``--missing`` lists the repositories still to fetch, one ``github:owner/name`` a line (a new
machine has none of the ~130 snapshots: fetch them all, then restore).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRUTH = HERE / "truth"
PDFS = HERE / "pdfs"


def git_dir(mirror: Path, repo: str) -> Path | None:
    """The snapshot's git directory (bare, or a checkout's .git) below the mirror folder."""
    base = mirror / repo.replace("/", "+")
    if not base.exists():
        return None
    for cand in [base, *sorted(base.rglob("HEAD"))]:
        d = cand if cand.is_dir() else cand.parent
        if (d / "objects").is_dir():
            return d
    return None


def show(mirror: Path, repo: str, commit: str, path: str) -> bytes:
    gd = git_dir(mirror, repo)
    if gd is None:
        raise LookupError(f"no snapshot of {repo} under {mirror} (fetch github:{repo} first)")
    out = subprocess.run(
        ["git", "--git-dir", str(gd), "show", f"{commit}:{path}"], capture_output=True, check=False
    )
    if out.returncode:
        raise LookupError(f"{repo}@{commit[:10]}:{path}: {out.stderr.decode().strip()}")
    return out.stdout


def assemble(mirror: Path, parts: list[dict]) -> bytes:
    import pymupdf

    out = pymupdf.open()
    for part in parts:
        if "blank" in part:
            for _ in range(int(part["blank"])):
                w, h = (out[-1].rect.width, out[-1].rect.height) if out.page_count else (595, 842)
                out.new_page(width=w, height=h)
            continue
        src = pymupdf.open(stream=show(mirror, part["repo"], part["commit"], part["path"]))
        first, last = part.get("pages") or (1, src.page_count)
        out.insert_pdf(src, from_page=first - 1, to_page=last - 1)
    return out.tobytes(garbage=0, deflate=True, no_new_id=True)


def restore(truth_file: Path, mirror: Path) -> str:
    truth = json.loads(truth_file.read_text())
    src = truth["source"]
    target = PDFS / f"{truth['id']}.pdf"
    if src.get("parts"):
        data = assemble(mirror, src["parts"])
    else:
        data = show(mirror, src["repo"], src["commit"], src["path"])
    digest = hashlib.sha256(data).hexdigest()
    if src.get("sha256") and digest != src["sha256"]:
        return f"{truth['id']}: sha256 differs ({digest[:12]} != {src['sha256'][:12]}), not written"
    PDFS.mkdir(exist_ok=True)
    target.write_bytes(data)
    return f"{truth['id']}: ok"


def source_repos(truth: dict) -> set[str]:
    """The repositories a pack is read from (one, or one per part of an assembled pack)."""
    src = truth["source"]
    return {p["repo"] for p in src.get("parts") or [] if "repo" in p} or {src["repo"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--missing", action="store_true", help="list the repositories to fetch")
    ap.add_argument("ids", nargs="*")
    args = ap.parse_args(argv)
    files = [f for f in sorted(TRUTH.glob("*.json")) if not args.ids or f.stem in args.ids]
    if args.missing:
        repos = set().union(*(source_repos(json.loads(f.read_text())) for f in files))
        for repo in sorted(r for r in repos if git_dir(args.mirror, r) is None):
            print(f"github:{repo}")
        return 0
    failed = 0
    for f in files:
        try:
            print(restore(f, args.mirror))
        except (LookupError, OSError, ValueError) as exc:
            failed += 1
            print(f"{f.stem}: {exc}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
