"""Export and import at scale: 110,000 records exported to every format; bundles imported.

Each export runs in its own process (wall time and peak memory of that process, with a
timeout), so one slow format cannot hide another. Target: every export under a minute;
importing 8,000 questions well under 2 s, 136,772 well under a minute.

    .venv/bin/python benchmarks/bench_exports.py [--records N] [--only what/fmt]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from boardprep.core.export import EXPORTERS
from boardprep.core.model import AgendaTree, Item, Meeting, PackInfo
from boardprep.core.pdfopen import sha256_file
from boardprep.core.store import Store
from boardprep.core.store.records import insert_rows

N_PAGES = 60
N_ITEMS = 20
WORDS = [
    "budget",
    "reserves",
    "footbridge",
    "library",
    "housing",
    "contract",
    "parking",
    "school",
    "audit",
    "risk",
]


def _pack(folder: Path) -> AgendaTree:
    import pymupdf

    doc = pymupdf.open()
    for i in range(N_PAGES):
        page = doc.new_page()
        page.insert_text((72, 72), f"Report page {i + 1}. " + " ".join(WORDS))
    path = folder / "pack.pdf"
    doc.save(path)
    doc.close()
    per = N_PAGES // N_ITEMS
    items = [Item(str(i + 1), f"Report {i + 1}", pdf_pages=(i * per + 1, (i + 1) * per))
             for i in range(N_ITEMS)]  # fmt: skip
    meeting = Meeting("Benchmark Borough Council", "Cabinet", "2026-03-12", "18:30")
    return AgendaTree(PackInfo(str(path), sha256_file(path), N_PAGES), meeting, items)


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def fill(data_dir: Path, tree: AgendaTree, n: int) -> None:
    rng = random.Random(7)
    sha = tree.pack.sha256
    now = "2026-03-01T10:00:00.000Z"
    shares = {"question": 0.36, "note": 0.36, "declaration": 0.09, "highlight": 0.14}
    counts = {k: int(n * v) for k, v in shares.items()}
    counts["bookmark"] = n - sum(counts.values())
    with Store(data_dir) as store:
        store.register_pack(tree, tree.pack.path)

        def common(i: int) -> dict[str, object]:
            it = tree.items[i % N_ITEMS]
            return {"uid": uuid.uuid4().hex, "sha256": sha, "item": it.number,
                    "item_title": it.title, "created": now, "updated": now}  # fmt: skip

        def page_of(i: int) -> int:
            it = tree.items[i % N_ITEMS]
            assert it.pdf_pages
            return it.pdf_pages[0] + i % 3

        q = [{**common(i), "text": _text(rng, 14) + "?", "status": "draft", "position": i}
             for i in range(counts["question"])]  # fmt: skip
        notes = [{**common(i), "text": _text(rng, 20), "is_item_note": 0,
                  "page": page_of(i) if i % 2 else None,
                  "rect": json.dumps([50, 50 + i % 600, 70, 70 + i % 600]) if i % 2 else None}
                 for i in range(counts["note"])]  # fmt: skip
        decl = [{**common(i), "interest": "other", "nature": _text(rng, 8), "withdraw": i % 2,
                 "sensitive": 0} for i in range(counts["declaration"])]  # fmt: skip
        hl = [{**common(i), "page": page_of(i), "quads": json.dumps([[60, 60 + i % 700, 200,
               60 + i % 700, 60, 72 + i % 700, 200, 72 + i % 700]]), "quote": _text(rng, 5),
               "colour": "#ffd54f"} for i in range(counts["highlight"])]  # fmt: skip
        bm = [{**common(i), "page": page_of(i), "label": _text(rng, 3)}
              for i in range(counts["bookmark"])]  # fmt: skip
        for table, rows in (("questions", q), ("notes", notes), ("declarations", decl),
                            ("highlights", hl), ("bookmarks", bm)):  # fmt: skip
            insert_rows(store.conn, table, list(rows[0]), rows)
    print(f"{n:,} records: {counts}")


_CHILD = """
import sys, time
from boardprep.core.export import export
from boardprep.core.store import Store
data_dir, sha, what, fmt, out, pack = sys.argv[1:7]
t = time.perf_counter()
with Store(data_dir) as s:
    export(s, sha, what, fmt, out, pack_path=pack)
hwm = [ln for ln in open("/proc/self/status") if ln.startswith("VmHWM")]
mb = int(hwm[0].split()[1]) // 1024 if hwm else -1
print(time.perf_counter() - t, mb)
"""


def run_export(data_dir: Path, tree: AgendaTree, what: str, fmt: str, out: Path) -> str:
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, str(data_dir), tree.pack.sha256, what, fmt, str(out),
             tree.pack.path],
            capture_output=True, text=True, timeout=180,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return "> 180 s (killed)"
    if proc.returncode != 0:
        return "failed: " + (proc.stderr.strip().splitlines() or ["?"])[-1]
    secs, mb = proc.stdout.split()
    size = out.stat().st_size / 1e6
    return f"{float(secs):.1f} s, {mb} MB peak, {size:.1f} MB file"


def bench_import(folder: Path, tree: AgendaTree, n: int) -> str:
    sha = tree.pack.sha256
    src = folder / f"src-{n}"
    with Store(src) as s:
        s.register_pack(tree, tree.pack.path)
        s.set_setting("member_name", "Cllr Ng")
        from boardprep.core.export import export

        export(s, sha, "questions", "json", folder / "empty.json")
    data = json.loads((folder / "empty.json").read_text())
    data["records"]["questions"] = [
        {"uid": uuid.uuid4().hex, "item": str(i % N_ITEMS + 1), "text": f"Question {i}?",
         "status": "draft", "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z"}
        for i in range(n)
    ]  # fmt: skip
    bundle = folder / f"q{n}.json"
    bundle.write_text(json.dumps(data, indent=2))
    t = time.perf_counter()
    proc = subprocess.run(
        ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "boardprep", "--data-dir",
         str(folder / f"dst-{n}"), "import", str(bundle)], capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    dt = time.perf_counter() - t
    assert proc.returncode == 0, proc.stderr
    mb = int(proc.stderr.strip().splitlines()[-1]) // 1024
    return f"{dt:.1f} s whole process ({bundle.stat().st_size / 1e6:.0f} MB bundle, {mb} MB peak)"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=110_000)
    ap.add_argument("--only", default="")
    ap.add_argument("--no-import", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tree = _pack(folder)
        if not args.no_import:
            for n in (8_000, 136_772):
                print(f"import {n:,} questions: {bench_import(folder, tree, n)}", flush=True)
        t = time.perf_counter()
        fill(folder / "data", tree, args.records)
        print(f"fill: {time.perf_counter() - t:.1f} s", flush=True)
        for what, formats in EXPORTERS.items():
            for fmt in formats:
                if args.only and args.only != f"{what}/{fmt}":
                    continue
                out = folder / f"{what}.{fmt}"
                print(f"{what} {fmt}: {run_export(folder / 'data', tree, what, fmt, out)}",
                      flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
