"""A 3,000-page pack through the core open and analysis path: first page, analysis, memory.

Each step runs in a fresh process (its wall time measured inside it, after the interpreter
started; its peak resident memory from the kernel), on a generated pack of about 3,000 pages
and, for comparison, one of 400: memory must not grow with the pack's length as a copy of
every page would. Prints the table and writes it into benchmarks/README.md under "A 3,000-page
pack" (other sections are left alone).

    .venv/bin/python benchmarks/bench_bigpack.py [--pages 3000] [--no-readme]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.readme_section import put_section  # noqa: E402
from tests.packgen import PackSpec, build_pack  # noqa: E402

FIRST_PAGE_TARGET_S = 1.0

# Open the pack as the window's first step does (core.pdfopen.open_pack: the checked opener)
# and draw page 1 at screen size: what stands between choosing a pack and seeing it.
FIRST_PAGE = """
import json, resource, sys, time
t0 = time.perf_counter()
from boardprep.core.pdfopen import open_pack
doc = open_pack(sys.argv[1])
pix = doc[0].get_pixmap(dpi=96)
t1 = time.perf_counter()
n = doc.page_count
doc.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": t1 - t0, "pages": n, "peak_mb": peak, "width": pix.width}))
"""

# The analysis as the window's loader runs it (core.engine.analysis.analyze), then the pack
# registered and its text indexed for search from the analysis's own reading of the pages.
ANALYSE = """
import json, resource, sys, time
t0 = time.perf_counter()
from boardprep.core.engine.analysis import analyze
from boardprep.core.store import Store
steps = []
tree = analyze(sys.argv[1], data_dir=sys.argv[2], use_cache=sys.argv[3] == "cached",
               progress=lambda d, t, m: steps.append(time.perf_counter()))
t1 = time.perf_counter()
with Store(sys.argv[2]) as store:
    store.register_pack(tree, sys.argv[1], page_texts=tree.page_texts)
t2 = time.perf_counter()
gaps = [b - a for a, b in zip([t0, *steps], [*steps, t1])]
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"analyse": t1 - t0, "register": t2 - t1, "peak_mb": peak,
                  "items": len(tree.items), "gap": max(gaps)}))
"""


GENERATED_MAX = 600  # the pack generator's largest pack


def _pack(pdf: Path, pages: int) -> None:
    """A generated pack of about ``pages`` pages: the generator's own up to 600 pages; beyond,
    its papers run on (the 600-page pack's papers appended again until the length is reached),
    as a pack with long annual reports and appendices does."""
    import pymupdf

    part = min(pages, GENERATED_MAX)
    spec = PackSpec(
        n_items=max(14, part // 10), seed=pages, target_pages=part, slides=True,
        blank_separators=True,
    )  # fmt: skip
    build_pack(spec, pdf)
    if pages <= GENERATED_MAX:
        return
    src = pymupdf.open(pdf)
    out = pymupdf.open()
    out.insert_pdf(src)
    papers = 4  # after the front sheet and agenda
    while out.page_count < pages:
        last = min(src.page_count - 1, papers + pages - out.page_count - 1)
        out.insert_pdf(src, from_page=papers, to_page=last)
    big = pdf.with_suffix(".big.pdf")
    out.save(big, garbage=1)
    out.close()
    src.close()
    big.replace(pdf)


def _run(code: str, *args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True, cwd=ROOT
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _measure(pdf: Path, data: Path) -> dict[str, dict[str, float]]:
    first = min((_run(FIRST_PAGE, str(pdf)) for _ in range(3)), key=lambda r: r["seconds"])
    cold = _run(ANALYSE, str(pdf), str(data), "cold")
    cached = _run(ANALYSE, str(pdf), str(data), "cached")
    return {"first": first, "cold": cold, "cached": cached}


def _write_readme(rows: list[tuple[str, str, str]], pages: int) -> None:
    table = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows)
    section = (
        f"## A {pages:,}-page pack\n\n"
        "`benchmarks/bench_bigpack.py`: generated packs (glued agenda, slides, blank separators, "
        "appendices) of 400 and 3,000 pages (the generator's 600-page pack with its papers "
        "appended again up to the length) through the core path the window takes: "
        "`core.pdfopen.open_pack` and page 1 drawn at 96 dpi (best of 3), then "
        "`core.engine.analysis.analyze` in the loader (cold, then from the stored agenda), the "
        "pack registered and its text indexed for search from the analysis's own reading. Each "
        "step in a fresh process: seconds inside it (interpreter start excluded), peak resident "
        "memory of the process. Development machine, 2 cores shared with other jobs. Targets: "
        f"first page within {FIRST_PAGE_TARGET_S:.0f} s; the loader reports progress at least "
        "every second.\n\n"
        "| step | 400-page spec | 3,000 pages |\n|---|---|---|\n" + table + "\n\n"
        "The first page never waits for the analysis: the opener reads only the file's "
        "structure (page 1 is drawn in the same ~0.06 s at any length). Memory is bounded by "
        "the pack's text, not its drawing: the analysis keeps each page's positioned lines "
        "until it ends (~25 KB a page, ~65 MB more at 3,000 pages), and no page's pixels. The "
        "cold analysis took 5.7 s at 3,000 pages, with 4.8 s without a progress report: the "
        "shift search of `reconcile` tried every offset, asking per item and offset whether "
        "any page is stamped (a walk of every page), rebuilding its map of document starts and "
        "re-tokenising the same titles; asked once, built once and cached, the output is "
        "identical (62 real packs, the generated ones).\n"
    )
    put_section(r"A [\d,]+-page pack", section)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--no-readme", action="store_true")
    args = ap.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "boardprep")])
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, pages in (("small", 400), ("big", args.pages)):
            pdf = Path(tmp) / f"pack{pages}.pdf"
            _pack(pdf, pages)
            results[label] = _measure(pdf, Path(tmp) / f"data{pages}")
    s, b = results["small"], results["big"]
    rows = [
        ("pages", f"{s['first']['pages']:.0f}", f"{b['first']['pages']:.0f}"),
        (
            "open + first page drawn (s)",
            f"{s['first']['seconds']:.2f}",
            f"{b['first']['seconds']:.2f}",
        ),
        (
            "open + first page: peak memory (MB)",
            f"{s['first']['peak_mb']:.0f}",
            f"{b['first']['peak_mb']:.0f}",
        ),
        ("analysis, cold (s)", f"{s['cold']['analyse']:.2f}", f"{b['cold']['analyse']:.2f}"),
        (
            "analysis: longest wait between progress reports (s)",
            f"{s['cold']['gap']:.2f}",
            f"{b['cold']['gap']:.2f}",
        ),
        (
            "register + index the text for search (s)",
            f"{s['cold']['register']:.2f}",
            f"{b['cold']['register']:.2f}",
        ),
        (
            "analysis + register: peak memory (MB)",
            f"{s['cold']['peak_mb']:.0f}",
            f"{b['cold']['peak_mb']:.0f}",
        ),
        (
            "analysis from the stored agenda (s)",
            f"{s['cached']['analyse']:.2f}",
            f"{b['cached']['analyse']:.2f}",
        ),
        ("items found", f"{s['cold']['items']:.0f}", f"{b['cold']['items']:.0f}"),
    ]
    width = max(len(a) for a, _, _ in rows)
    for a, x, y in rows:
        print(f"  {a:<{width}}  {x:>8}  {y:>8}")
    ok = b["first"]["seconds"] <= FIRST_PAGE_TARGET_S and b["cold"]["gap"] <= 1.0
    print("targets met" if ok else "TARGETS MISSED")
    if not args.no_readme:
        _write_readme(rows, args.pages)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
